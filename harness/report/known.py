"""Known deviations: the user's own list of documented steps a deployment is known not to follow.

A YAML file (``known_deviations`` in ``xlogin.toml`` or ``XLOGIN_KNOWN_DEVIATIONS``) holding entries
``{step: <doc step id>, reason: <why>, deployment: <target kind, IS URL, or "*">}``. A step that FAILs
on a deployment an entry names becomes DEVIATION (documented, not a failure). An entry that matches no
failing step any more fails the run, so the list never rots (issue 7, item 6).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["KnownDeviation", "KnownDeviationsError", "apply_known", "load_known"]


class KnownDeviationsError(ValueError):
    """The known-deviations file cannot be used; the message says which entry and why."""


@dataclass(frozen=True)
class KnownDeviation:
    """One documented step a deployment is known not to follow, and why."""

    step: str
    reason: str
    deployment: str = "*"

    def matches(self, target: dict[str, Any]) -> bool:
        """Whether the entry is about ``target``: ``*``, its kind, or its IS URL."""
        names = {"*", str(target.get("kind", "")), str(target.get("is_url", "")).rstrip("/")}
        return self.deployment.rstrip("/") in names


def _entry(index: int, raw: Any) -> KnownDeviation:
    if not isinstance(raw, dict) or not raw.get("step") or not raw.get("reason"):
        raise KnownDeviationsError(f"entry {index + 1}: needs 'step' and 'reason' (got {raw!r})")
    unknown = set(raw) - {"step", "reason", "deployment"}
    if unknown:
        raise KnownDeviationsError(f"entry {index + 1}: unknown keys {', '.join(sorted(unknown))}")
    return KnownDeviation(str(raw["step"]), str(raw["reason"]), str(raw.get("deployment", "*")))


def load_known(path: Path) -> list[KnownDeviation]:
    """The entries of the file at ``path`` (a YAML list, or a mapping with a ``deviations`` list)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnownDeviationsError(f"cannot read known deviations {path}: {exc}") from exc
    entries = data.get("deviations") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise KnownDeviationsError(f"{path}: expected a list of {{step, reason, deployment}} entries")
    return [_entry(i, raw) for i, raw in enumerate(entries)]


def apply_known(
    steps: dict[str, dict[str, Any]], known: Sequence[KnownDeviation], target: dict[str, Any]
) -> list[dict[str, str]]:
    """Turn each FAIL an entry explains into DEVIATION (in place); the entries that explain nothing."""
    stale: list[dict[str, str]] = []
    for entry in (k for k in known if k.matches(target)):
        step = steps.get(entry.step)
        if step is None or step["verdict"] not in ("FAIL", "DEVIATION"):
            stale.append(asdict(entry))
            continue
        step["verdict"] = "DEVIATION"
        step["deviation"] = entry.reason
    return stale
