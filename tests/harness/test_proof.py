"""Proof pictures: secrets the run knows are masked in the picture, a page is pictured once for all the
steps it proves, and each step falls back to the page that shows its outcome."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from harness.report.moments import current_camera, prove, proving_with
from harness.report.proof import ProofCamera, fallback_order

_PAGE = (
    "<html><body style='margin:0;background:#fff'>"
    "<p id='s' style='font:48px monospace;margin:40px'>{text}</p>"
    "<input style='font:32px monospace;margin:40px;width:700px' value='{text}'></body></html>"
)


def _picture(page: Page, folder: Path, shown: str, known: list[str]) -> bytes:
    page.set_content(_PAGE.format(text=shown))
    camera = ProofCamera(folder, lambda: known)
    camera.capture(["idp-6"], page, "the form")
    return Path(camera.proofs["idp-6"].path).read_bytes()


def test_a_known_secret_is_masked_out_of_the_picture(page: Page, tmp_path: Path) -> None:
    one = _picture(page, tmp_path / "a", "SECRET-ONE-7f3a9c", ["SECRET-ONE-7f3a9c"])
    two = _picture(page, tmp_path / "b", "SECRET-TWO-1b2d4e", ["SECRET-TWO-1b2d4e"])
    shown = _picture(page, tmp_path / "c", "SECRET-TWO-1b2d4e", [])
    # Masked, two different secrets give the same picture (boxes over the same places); unmasked, not.
    assert one == two and one != shown
    assert page.locator("[data-xlogin-mask]").count() == 0, "the page is left as it was"


def test_one_picture_serves_every_step_of_a_page(page: Page, tmp_path: Path) -> None:
    page.set_content("<p>signed in</p>")
    camera = ProofCamera(tmp_path, list)
    camera.fill_gaps(["try-1", "try-5", "attr-8"], {"person": page}, "the end")
    paths = {p.path for p in camera.proofs.values()}
    assert set(camera.proofs) == {"try-1", "try-5", "attr-8"} and len(paths) == 1


def test_a_step_already_proved_keeps_its_picture(page: Page, tmp_path: Path) -> None:
    page.set_content("<p>the Console after Update</p>")
    camera = ProofCamera(tmp_path, list)
    camera.capture(["jit-4"], page, "after Update")
    camera.fill_gaps(["jit-4"], {"console": page}, "the end")
    assert camera.proofs["jit-4"].caption == "after Update"


def test_no_report_keeps_no_pictures(page: Page) -> None:
    camera = ProofCamera(None, list)
    camera.capture(["try-1"], page, "x")
    assert camera.proofs == {}


def test_each_section_falls_back_to_the_page_that_shows_it() -> None:
    assert fallback_order("x-app-3")[0] == "developer"
    assert fallback_order("try-5")[0] == "person"
    assert fallback_order("jit-2")[0] == "console" and fallback_order("attr-7")[0] == "console"


def test_a_proving_moment_in_a_run_without_a_report_takes_no_picture(page: Page) -> None:
    page.set_content("<p>the login page</p>")
    camera = current_camera()  # the report plugin's, for this test; this run writes no report
    assert camera is not None and camera.folder is None
    prove(("try-3",), page, "the login page")
    assert camera.proofs == {}


def test_a_proving_moment_pictures_only_the_steps_the_scenario_is_about(page: Page, tmp_path: Path) -> None:
    page.set_content("<p>IS's login page offering Sign in with X</p>")
    camera, outer = ProofCamera(tmp_path, list), current_camera()
    with proving_with(camera, ["try-3", "try-5"]):
        prove(("try-2", "try-3"), page, "the login page")
        prove(("jit-4",), page, "a step this scenario is not tagged with")
    assert {s: p.caption for s, p in camera.proofs.items()} == {"try-3": "the login page"}
    assert current_camera() is outer, "the camera is the scenario's only while it runs"


def test_the_report_shows_a_proving_moment_before_a_scenarios_last_screen() -> None:
    from harness.report.model import Proof, ScenarioRecord
    from harness.report.summary import _proof

    end = ScenarioRecord(
        nodeid="a",
        name="set through REST",
        docs=["jit-4"],
        proofs=[Proof(step_id="jit-4", path="end.jpg", caption="the end", fallback=True)],
    )
    moment = ScenarioRecord(
        nodeid="b",
        name="clicked",
        docs=["jit-4"],
        proofs=[Proof(step_id="jit-4", path="update.jpg", caption="after Update")],
    )
    late = Proof(step_id="jit-4", path="failed.jpg", caption="after Update")
    failed = ScenarioRecord(nodeid="c", name="failed", outcome="failed", docs=["jit-4"], proofs=[late])
    assert _proof("jit-4", [end, failed, moment]) == {"path": "update.jpg", "caption": "after Update",
                                                      "scenario": "b"}  # fmt: skip
    assert _proof("jit-4", [end])["path"] == "end.jpg"  # type: ignore[index]
