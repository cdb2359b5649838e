"""Proof pictures: one screenshot per documented step, of the moment that proves it.

Page objects and steps call ``ProofCamera.capture(step_ids, page, caption)`` where a documented step is
proved (the Console after its Update, the login page with the X button, X's sign-in page, the application
signed in). Steps proved where no page object captured get, when their scenario ends, a picture of the page
that shows their outcome (``fallback``): the Console for configuration steps, the person's browser for Try
it out, the developer's for Register on X. Pictures are JPEG at the viewport's size (tens of kilobytes),
and any text or field value holding a secret the run knows is masked before the shot, so the picture
is redacted like the rest of the report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from harness.report.model import Proof
from harness.report.sections import section_of

__all__ = [
    "PAGE_KINDS",
    "ProofCamera",
    "camera_of",
    "fallback_order",
    "proof_pages",
    "proof_pictures",
    "register_proof_page",
]

_log = logging.getLogger(__name__)
_QUALITY = 60
_MASK = "data-xlogin-mask"
_SHORTEST_SECRET = 6  # shorter "secrets" would mask ordinary words
PAGE_KINDS = ("console", "person", "developer")
_MARK_SECRETS = """(args) => {
  const [secrets, mark] = args;
  const hit = (text) => text && secrets.some((s) => text.includes(s));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    if (hit(walker.currentNode.nodeValue)) walker.currentNode.parentElement.setAttribute(mark, "");
  }
  for (const el of document.querySelectorAll("input, textarea")) {
    if (hit(el.value)) el.setAttribute(mark, "");
  }
}"""
_PAGES = pytest.StashKey[dict[str, Any]]()
_CAMERA = pytest.StashKey["ProofCamera"]()


def register_proof_page(item: pytest.Item, kind: str, page: Any) -> None:
    """Tell the report which page is the scenario's ``kind`` ("console", "person", "developer"): where a
    documented step nobody captured is pictured when the scenario ends."""
    item.stash.setdefault(_PAGES, {})[kind] = page


def camera_of(item: pytest.Item, folder: Path | None, secrets: Callable[[], Iterable[str]]) -> ProofCamera:
    """The scenario's camera (made on first use, with where it keeps pictures and the secrets to mask)."""
    if _CAMERA not in item.stash:
        item.stash[_CAMERA] = ProofCamera(folder, secrets)
    return item.stash[_CAMERA]


def proof_pictures(item: pytest.Item) -> list[tuple[str, str, str]]:
    """The scenario's pictures, each once: ``(the step ids it proves, path, caption)``."""
    if _CAMERA not in item.stash:
        return []
    by_path: dict[str, tuple[list[str], str]] = {}
    for proof in item.stash[_CAMERA].proofs.values():
        by_path.setdefault(proof.path, ([], proof.caption))[0].append(proof.step_id)
    return [(", ".join(ids), path, caption) for path, (ids, caption) in by_path.items()]


def proof_pages(item: pytest.Item) -> dict[str, Any]:
    """The pages registered for the scenario, by kind."""
    found: dict[str, Any] = item.stash.get(_PAGES, {})
    return {**found}


_UNMARK = "(mark) => document.querySelectorAll('[' + mark + ']').forEach((el) => el.removeAttribute(mark))"


def fallback_order(step_id: str) -> tuple[str, ...]:
    """Which pages show a documented step's outcome, best first (by the doc section it belongs to)."""
    section = section_of(step_id)
    if section.startswith("Register WSO2 Identity Server on X"):
        return ("developer", "person")
    if section == "Try it out":
        return ("person", "console")
    return ("console", "person")


class ProofCamera:
    """Takes the proof pictures of one scenario into ``folder`` (None: a run without a report keeps none)."""

    def __init__(self, folder: Path | None, secrets: Callable[[], Iterable[str]]) -> None:
        self.folder = folder
        self._secrets = secrets
        self.proofs: dict[str, Proof] = {}

    def capture(self, step_ids: Sequence[str], page: Any, caption: str, *, fallback: bool = False) -> None:
        """A picture of ``page`` now, as the proof of ``step_ids`` (a later one for a step replaces it)."""
        if self.folder is None or not step_ids or page is None or page.is_closed():
            return
        path = self.folder / f"proof-{'-'.join(step_ids)[:80]}.jpg"
        if self._shoot(page, path):
            for step_id in step_ids:
                self.proofs[step_id] = Proof(
                    step_id=step_id, path=str(path), caption=caption, fallback=fallback
                )

    def fill_gaps(self, step_ids: Iterable[str], pages: dict[str, Any], caption: str) -> None:
        """Give each step without a proof a picture of the page showing its outcome (one picture a page)."""
        wanting: dict[int, tuple[Any, list[str]]] = {}
        for step_id in step_ids:
            page = next((pages[k] for k in fallback_order(step_id) if pages.get(k) is not None), None)
            if step_id not in self.proofs and page is not None:
                wanting.setdefault(id(page), (page, []))[1].append(step_id)
        for page, ids in wanting.values():
            self.capture(ids, page, caption, fallback=True)

    def _shoot(self, page: Any, path: Path) -> bool:
        from playwright.sync_api import Error as PlaywrightError

        secrets = [s for s in self._secrets() if len(s) >= _SHORTEST_SECRET]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            page.evaluate(_MARK_SECRETS, [secrets, _MASK])
            page.screenshot(
                path=str(path), type="jpeg", quality=_QUALITY, animations="disabled", caret="hide",
                mask=[page.locator(f"[{_MASK}]")], timeout=5000,
            )  # fmt: skip
            page.evaluate(_UNMARK, _MASK)
        except PlaywrightError as exc:  # a page that is leaving or gone: the step keeps no picture
            _log.info("no proof picture of %s: %s", page.url, exc)
            return False
        return True
