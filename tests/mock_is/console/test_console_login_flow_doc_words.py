"""The Login Flow tab under ``console-labels-as-documented``: the add-authenticator modal's button reads the
doc's "Confirm", so the Visual editor reports no drift on login-1..login-3, and the flow is still saved."""

from __future__ import annotations

from harness.pages.console import Console, LabelDrift
from tests.mock_is.console.console_support import IsServer
from tests.mock_is.console.login_flow_support import (
    BASIC,
    app_and_twitter,
    edit_page,
    stored_sequence,
    twitter_option,
)

DEVIATIONS = ("console-labels-as-documented",)


def test_doc_words_leave_no_login_flow_drift(
    console: Console, is_server: IsServer, drifts: list[LabelDrift]
) -> None:
    app_id = app_and_twitter(is_server, "DocFlow", "DocFlowX")
    edit_page(console, is_server, app_id, "DocFlow").add_sign_in_option("DocFlowX")
    steps = stored_sequence(is_server, app_id)["steps"]
    assert steps == [{"id": 1, "options": [BASIC, twitter_option("DocFlowX")]}]
    assert drifts == []
