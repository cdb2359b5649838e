"""The documented suite on every deployment profile, and a broken deployment in each one.

The default profile (7.1) runs in full in ``tests/features``. Every other profile runs, through
``xlogin run --profile``'s own code path, the scenarios its switches affect plus the first login as a
smoke scenario: the run must be conformant, and what the profile changes must show where it should
(a skip with its reason, a warning, a check that now passes). Each profile then runs once more with a
deviation that breaks the doc, and the step it breaks must FAIL: adapting to a profile must never make
the harness pass a broken deployment.

All runs go at once, one pytest process each, with the REST driver (the Console pages of each release
are held by ``tests/mock_is/console``) except 7.2's, which drives 7.2's Console.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from harness.browser import find_chromium
from harness.config import HarnessSettings
from harness.report.runner import RunResult, run_suite
from mock_is.deviations import DEVIATIONS
from mock_is.profiles import DEFAULT_PROFILE, PROFILES

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

FIRST_LOGIN = "first_login_with_x"
EMAIL_MATCH = "takes_xs_attributes"
NO_ASSOCIATION = "without_association"
JIT_SWITCH = "provisioning_state"
FIRST_STEP = "first_step_of_the_login_flow"


@dataclass(frozen=True)
class ProfileRun:
    """One run of the suite in a profile: the scenarios (a ``-k`` expression), and the deviation and
    the step it must FAIL when the run is a broken deployment's."""

    profile: str
    keyword: str
    driver: str = "api"
    deviation: str = ""
    fails: str = ""

    @property
    def key(self) -> str:
        return f"{self.profile}+{self.deviation}" if self.deviation else self.profile


def _any(*words: str) -> str:
    return " or ".join(words)


CONFORMANCE = {
    "7.0": ProfileRun("7.0", _any(FIRST_LOGIN, JIT_SWITCH)),
    "7.2": ProfileRun("7.2", _any(FIRST_LOGIN, "custom_connector_for_x", "api_key_api_secret"), "console"),
    "7.1-classic-login-flow": ProfileRun("7.1-classic-login-flow", _any(FIRST_LOGIN, FIRST_STEP), "console"),
    "7.2-classic-login-flow": ProfileRun("7.2-classic-login-flow", _any(FIRST_LOGIN, FIRST_STEP), "console"),
    "7.1-enhanced-jit": ProfileRun("7.1-enhanced-jit", _any(FIRST_LOGIN, "subject_attribute_identifies")),
    "7.1-email-usernames": ProfileRun("7.1-email-usernames", _any(FIRST_LOGIN, EMAIL_MATCH, NO_ASSOCIATION)),
    "7.1-prompt-jit": ProfileRun("7.1-prompt-jit", _any(FIRST_LOGIN, JIT_SWITCH, "mapped_x_attributes")),
    "7.1-preserve-local": ProfileRun("7.1-preserve-local", _any(FIRST_LOGIN, EMAIL_MATCH)),
    "7.1-sync-none": ProfileRun("7.1-sync-none", _any(FIRST_LOGIN, EMAIL_MATCH)),
    "7.1-associate-local": ProfileRun("7.1-associate-local", _any(FIRST_LOGIN, EMAIL_MATCH, NO_ASSOCIATION)),
}


def _broken(profile: str, deviation: str, keyword: str, fails: str) -> ProfileRun:
    return ProfileRun(profile, keyword, deviation=deviation, fails=fails)


_NO_ACCOUNT = ("jit-ignored", FIRST_LOGIN, "try-5")
_NO_OVERRIDE = ("no-override-on-email-match", EMAIL_MATCH, "jit-override-on-email-match")
BROKEN = {
    "7.0": _broken("7.0", *_NO_ACCOUNT),
    "7.2": _broken("7.2", *_NO_ACCOUNT),
    "7.1-classic-login-flow": ProfileRun(
        "7.1-classic-login-flow", FIRST_STEP, "console", deviation="login-flow-not-saved", fails="login-3"
    ),
    "7.2-classic-login-flow": ProfileRun(
        "7.2-classic-login-flow", FIRST_STEP, "console", deviation="login-flow-not-saved", fails="login-3"
    ),
    "7.1-enhanced-jit": _broken("7.1-enhanced-jit", *_NO_ACCOUNT),
    "7.1-email-usernames": _broken("7.1-email-usernames", *_NO_OVERRIDE),
    "7.1-prompt-jit": _broken("7.1-prompt-jit", *_NO_ACCOUNT),
    "7.1-preserve-local": _broken("7.1-preserve-local", *_NO_OVERRIDE),
    # NONE leaves accounts alone by design, so the override cannot be broken there: its first login can.
    "7.1-sync-none": _broken("7.1-sync-none", *_NO_ACCOUNT),
    "7.1-associate-local": _broken("7.1-associate-local", *_NO_OVERRIDE),
}


def _run(spec: ProfileRun, folder: Path) -> RunResult:
    settings = HarnessSettings.load(
        profile=spec.profile, driver=spec.driver, deviations=[spec.deviation] if spec.deviation else [],
        report_dir=folder / spec.key, workers=1, browser_path=find_chromium(),
    )  # fmt: skip
    return run_suite(settings, spec.keyword, stream=False)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, RunResult]:
    """Every profile's conformance run and broken run, at once (the processes wait on browsers and
    servers as much as on the CPU)."""
    folder = tmp_path_factory.mktemp("profiles")
    specs = [*CONFORMANCE.values(), *BROKEN.values()]
    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2) * 2)) as pool:
        results = pool.map(lambda spec: _run(spec, folder), specs)
        return {spec.key: result for spec, result in zip(specs, results, strict=True)}


def _scenario(result: RunResult, words: str) -> dict[str, Any]:
    assert result.summary is not None, result.output_tail
    matches = [s for s in result.summary["scenarios"] if words in s["nodeid"]]
    ran = [s["nodeid"] for s in result.summary["scenarios"]]
    assert matches, f"no scenario matching {words!r} ran: {ran}"
    return matches[0]


def test_every_profile_but_the_default_is_run_here_and_broken_here() -> None:
    others = set(PROFILES) - {DEFAULT_PROFILE}
    assert set(CONFORMANCE) == others and set(BROKEN) == others
    for broken in BROKEN.values():
        assert broken.fails in DEVIATIONS[broken.deviation].breaks, broken


@pytest.mark.parametrize("name", sorted(CONFORMANCE))
def test_the_suite_is_conformant_in_the_profile(runs: dict[str, RunResult], name: str) -> None:
    result = runs[name]
    assert result.exit_code == 0, (result.reason, result.output_tail)
    summary = result.summary
    assert summary is not None and summary["conformant"] and summary["totals"]["failed"] == 0
    assert summary["target"]["profile"] == name
    assert _scenario(result, FIRST_LOGIN)["outcome"] == "passed"


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_deployment_fails_the_step_it_breaks_in_the_profile(
    runs: dict[str, RunResult], name: str
) -> None:
    spec = BROKEN[name]
    result = runs[spec.key]
    assert result.exit_code == 1, (result.reason, result.output_tail)
    assert result.summary is not None and result.summary["target"]["profile"] == name
    assert result.summary["steps"][spec.fails]["verdict"] == "FAIL", result.summary["steps"]
    assert _scenario(result, spec.keyword)["outcome"] == "failed"


def _outcome_is(outcome: str) -> Callable[[dict[str, Any]], None]:
    def check(scenario: dict[str, Any]) -> None:
        assert scenario["outcome"] == outcome, (scenario["outcome"], scenario["message"])

    return check


def _skipped_because(words: str) -> Callable[[dict[str, Any]], None]:
    def check(scenario: dict[str, Any]) -> None:
        assert scenario["outcome"] == "skipped" and words in scenario["message"], scenario["message"]

    return check


def _warns(step: str, words: str) -> Callable[[dict[str, Any]], None]:
    def check(scenario: dict[str, Any]) -> None:
        notes = [f["deployment_words"] for f in scenario["findings"] if f["step_id"] == step]
        assert any(words in n for n in notes), scenario["findings"]

    return check


# What each profile changes, seen in its run.
SHOWS = [
    ("7.1-email-usernames", EMAIL_MATCH, _outcome_is("passed")),
    ("7.1-email-usernames", NO_ASSOCIATION, _outcome_is("passed")),
    ("7.1-preserve-local", EMAIL_MATCH, _outcome_is("passed")),
    ("7.1-associate-local", EMAIL_MATCH, _outcome_is("passed")),
    ("7.1-associate-local", NO_ASSOCIATION, _outcome_is("passed")),
    ("7.1-sync-none", EMAIL_MATCH, _skipped_because("attributeSyncMethod NONE")),
    ("7.1-enhanced-jit", FIRST_LOGIN, _warns("try-5", "IS's internal id for the federated user")),
    ("7.0", FIRST_LOGIN, _warns("try-5", "X's numeric id")),
    # The Classic editor was the one clicked: only it words the doc's "Add Sign In Option" so.
    ("7.1-classic-login-flow", FIRST_STEP, _warns("login-1", "Add Authentication")),
    ("7.2-classic-login-flow", FIRST_STEP, _warns("login-1", "Add Authentication")),
]


@pytest.mark.parametrize(("name", "words", "check"), SHOWS, ids=[f"{n}-{w}" for n, w, _ in SHOWS])
def test_what_the_profile_changes_shows_in_its_run(
    runs: dict[str, RunResult], name: str, words: str, check: Callable[[dict[str, Any]], None]
) -> None:
    check(_scenario(runs[name], words))


def test_the_72_run_names_its_console_and_release(runs: dict[str, RunResult]) -> None:
    target = runs["7.2"].summary["target"]  # type: ignore[index]
    assert target["is_version"].startswith("7.2") and target["console_version"].startswith("2.81.6")


def test_every_documented_step_a_console_run_proves_has_the_picture_of_its_moment(
    runs: dict[str, RunResult],
) -> None:
    """Issue 15: one picture per proved step, taken where the step is proved (not the scenario's last
    screen), small, and shown beside the verdict in index.html."""
    result = runs["7.2"]
    assert result.summary is not None, result.output_tail
    verdicts = ("PASS", "WARNING", "REVIEW")
    proved = {s: v for s, v in result.summary["steps"].items() if v["verdict"] in verdicts}
    # The Console's steps (idp-1..6) and the person's (try-1..5) are each pictured at their own moment.
    for step_id in ("idp-1", "idp-2", "idp-3", "idp-4", "idp-5", "idp-6", "try-1", "try-3", "try-4", "try-5"):
        assert step_id in proved, f"{step_id} was not proved in this run: {sorted(proved)}"
        proof = proved[step_id]["proof"]
        assert proof and not proof["caption"].startswith("the end of"), (step_id, proof)
        picture = Path(proof["path"])
        assert picture.read_bytes()[:3] == b"\xff\xd8\xff" and picture.stat().st_size < 200_000, picture
    # try-5 ("a user account is created in the … Console") is pictured on the Console's user page.
    assert "on the Console's user page" in proved["try-5"]["proof"]["caption"], proved["try-5"]
    html = (result.run_dir / "index.html").read_text()
    missing = [s for s in proved if proved[s].get("proof") and f'data-testid="proof-{s}"' not in html]
    assert missing == []
