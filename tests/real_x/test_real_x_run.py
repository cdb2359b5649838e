"""``x_mode=real`` end to end: the suite against an external IS whose X is a stand-in at ``x_api_url``.

The stand-in is the stack's own mock X, reached only as the real X would be: the suite's ``x_api_url``
and the API Key and Secret of an app a "developer" registered there beforehand. The suite must not
script it: every scenario that needs mock X's control plane skips, the Register-on-X steps come out
REVIEW with X's answer as evidence, and a person (``real_x_person``) signs in at X in the browser.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from harness.browser import find_chromium
from harness.clients.is_admin import IsAdmin
from harness.clients.mock_x import MockXControl
from harness.config import HarnessSettings
from harness.real_x.mode import NEEDS_MOCK_X
from harness.report.runner import RunResult, run_suite
from harness.targets.embedded import EmbeddedStack

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
_HERE = Path(__file__).resolve().parent
# The real-X scenarios, one that needs mock X's control plane, one that needs only IS.
_SELECTION = "real_x or person_cancels or authenticator_keeps"


def _run(stack: EmbeddedStack, tmp: Path, key: str, secret: str, keyword: str) -> RunResult:
    settings = HarnessSettings.load(
        target="external", is_url=stack.is_url, admin_user=stack.admin_user,
        admin_password=stack.admin_password, app_url=stack.app_url, x_mode="real",
        x_api_url=stack.x_url, x_api_key=key, x_api_secret=secret, x_sign_in_timeout=60,
        report_dir=tmp, browser_path=find_chromium(),
    )  # fmt: skip
    return run_suite(settings, keyword, stream=False)


def _scenario(summary: dict[str, Any], words: str) -> dict[str, Any]:
    return next(s for s in summary["scenarios"] if words in s["name"])


@dataclass(frozen=True)
class RealRun:
    """A real-mode run, the API Key Secret it was given, and the X id of the person who signed in."""

    result: RunResult
    secret: str
    person_id: str


def _run_with_person(stack: EmbeddedStack, folder: Path, keyword: str) -> RealRun:
    """A real-mode run in which the stand-in person signs in at X."""
    with MockXControl(stack.x_url) as x:
        app = x.register_app("is-for-real-mode", [f"{stack.is_url}/commonauth"])
        user = x.create_user()
    who = {"screen_name": user.screen_name, "password": user.password, "x_origin": stack.x_url}
    with pytest.MonkeyPatch.context() as env:
        env.setenv("XLOGIN_TEST_PERSON", json.dumps(who))
        env.setenv("PYTEST_ADDOPTS", "-p real_x_person")
        env.setenv("PYTHONPATH", str(_HERE))
        result = _run(stack, folder, app.consumer_key, app.consumer_secret, keyword)
    return RealRun(result, app.consumer_secret, user.id_str)


@pytest.fixture(scope="module")
def real_x_run(stack: EmbeddedStack, tmp_path_factory: pytest.TempPathFactory) -> RealRun:
    return _run_with_person(stack, tmp_path_factory.mktemp("real"), _SELECTION)


@pytest.fixture
def real_run(real_x_run: RealRun) -> RunResult:
    return real_x_run.result


def test_register_on_x_steps_are_review_with_x_answer_as_evidence(real_run: RunResult) -> None:
    assert real_run.exit_code == 0, (real_run.reason, real_run.output_tail)
    steps = real_run.summary["steps"] if real_run.summary else {}
    for step_id in [f"x-app-{n}" for n in range(1, 9)]:
        assert steps[step_id]["verdict"] == "REVIEW", (step_id, steps[step_id])
    assert "confirmed the callback" in steps["x-app-7"]["reviews"][0]["evidence"]


def test_the_person_signs_in_at_x_and_the_first_login_makes_an_account(
    real_run: RunResult, real_x_run: RealRun, stack: EmbeddedStack
) -> None:
    assert real_run.summary is not None
    signed_in = _scenario(real_run.summary, "A person signs in with their X account")
    assert signed_in["outcome"] == "passed", signed_in["message"]
    for step_id in ("idp-6", "try-1", "try-3", "try-5"):
        assert real_run.summary["steps"][step_id]["verdict"] == "PASS", step_id
    with IsAdmin(stack.is_url, stack.admin_user, stack.admin_password) as admin:
        left = admin.users.find_by_username(real_x_run.person_id)
    assert left is None, "the person's JIT account was left behind"


def test_a_deployment_that_ignores_jit_fails_the_real_sign_in(tmp_path: Path) -> None:
    with EmbeddedStack(deviations=["jit-ignored"]) as broken:
        result = _run_with_person(broken, tmp_path, "person").result
    assert result.exit_code == 1 and result.summary is not None, (result.reason, result.output_tail)
    signed_in = _scenario(result.summary, "A person signs in with their X account")
    assert (
        signed_in["outcome"] == "failed" and "JIT provisioning made no local account" in signed_in["message"]
    )
    assert result.summary["steps"]["try-5"]["verdict"] == "FAIL"


def test_scenarios_that_script_x_skip_and_those_that_need_only_is_run(real_run: RunResult) -> None:
    assert real_run.summary is not None
    cancelled = _scenario(real_run.summary, "The person cancels at X")
    assert (cancelled["outcome"], cancelled["message"]) == ("skipped", NEEDS_MOCK_X)
    assert _scenario(real_run.summary, "keeps the API Key")["outcome"] == "passed"


def test_the_api_secret_is_in_no_report_file(real_x_run: RealRun) -> None:
    secret = real_x_run.secret.encode()
    leaks = [p.name for p in real_x_run.result.run_dir.rglob("*") if p.is_file() and secret in p.read_bytes()]
    assert not leaks, f"the API Key Secret is in {leaks}"


def test_a_wrong_secret_fails_the_key_step_with_x_refusal(
    stack: EmbeddedStack, stand_in_x: MockXControl, tmp_path: Path
) -> None:
    app = stand_in_x.register_app("is-wrong-secret", [f"{stack.is_url}/commonauth"])
    result = _run(stack, tmp_path, app.consumer_key, "a-secret-x-never-issued", "real_x and not person")
    assert result.exit_code == 1, (result.reason, result.output_tail)
    assert result.summary is not None
    step = result.summary["steps"]["x-app-4"]
    assert step["verdict"] == "FAIL" and "code 32 'Could not authenticate you" in step["messages"][0]


def test_without_a_person_at_the_browser_the_sign_in_skips_and_says_why(
    stack: EmbeddedStack, stand_in_x: MockXControl, tmp_path: Path
) -> None:
    app = stand_in_x.register_app("is-no-person", [f"{stack.is_url}/commonauth"])
    result = _run(stack, tmp_path, app.consumer_key, app.consumer_secret, "person")
    assert result.summary is not None, result.output_tail
    signed_in = _scenario(result.summary, "A person signs in with their X account")
    assert signed_in["outcome"] == "skipped" and "needs a person at a visible browser" in signed_in["message"]
