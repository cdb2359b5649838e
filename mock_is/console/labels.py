"""The words the Console shows: the real IS 7.0 Console's, or (under a deviation) the doc's.

The real words come from ``is-console-ui.md`` (identity-apps i18n, IS 7.0 era); the doc's words from
``add-x-login.doc.txt``. Where they differ the harness must report doc drift, so the simulator shows
the real words by default; the ``console-labels-as-documented`` switch renders the doc's words so the
drift warnings can be shown both ways.
"""

from __future__ import annotations

from dataclasses import dataclass

from mock_is.settings import IsSettings

__all__ = ["LABELS_AS_DOCUMENTED", "Label", "Labels", "labels_for"]

LABELS_AS_DOCUMENTED = "console-labels-as-documented"


@dataclass(frozen=True)
class Label:
    """One visible string: what IS 7.0 shows and what the doc calls it."""

    real: str
    doc: str


# key -> (real Console words, doc words); only strings the doc names are listed here.
_LABELS: dict[str, Label] = {
    # is-console-ui.md a2 (buttons.addIDP) vs doc "Register the X IdP" step 2.
    "new_connection": Label("New Connection", "Create Connection"),
    # a9: the expert-mode wizard has one page, so its submit reads "Create"; doc step 3 says "Finish".
    "create_connection_submit": Label("Create", "Finish"),
    # f11: the add-authenticator modal's button is common.ts "Add"; doc "Enable X login" step 3.
    "add_option_submit": Label("Add", "Confirm"),
    # §6: the heading is "Connection Attribute Mappings"; doc "Configure user attributes" step 3.
    "attribute_mappings_heading": Label(
        "Connection Attribute Mappings", "Identity Provider Attribute Mappings"
    ),
}


class Labels:
    """Resolves a label key to the words this deployment shows."""

    def __init__(self, documented: bool) -> None:
        self.documented = documented

    def __call__(self, key: str) -> str:
        """The words for ``key`` (a KeyError for an unknown key is a template bug, not user input)."""
        label = _LABELS[key]
        return label.doc if self.documented else label.real


def labels_for(settings: IsSettings) -> Labels:
    """The label set of a deployment: the doc's words when the deviation is switched on."""
    return Labels(settings.deviates(LABELS_AS_DOCUMENTED))
