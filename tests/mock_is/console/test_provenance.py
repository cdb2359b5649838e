"""PROVENANCE.md covers every hook the page objects look for.

Every test id, component id and tour id under ``harness/pages/console`` and ``harness/pages/login.py``
(arguments of ``_tid``/``get_by_test_id``, and ``[data-testid=…]``-style selectors) must match a row of
``mock_is/console/PROVENANCE.md``: a page object may rely only on what a cited WSO2 source renders. What the
simulated Console renders is held to the same table by the browser tests (``hook_recorder``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mock_is.console.provenance import KINDS, cited_hooks, covers, covers_template

ROOT = Path(__file__).resolve().parents[3]
PAGE_OBJECTS = [
    *sorted((ROOT / "harness" / "pages" / "console").glob("*.py")),
    ROOT / "harness" / "pages" / "login.py",
]
_SELECTOR = re.compile(r"\[data-(testid|componentid|tourid)\s*([\^$*]?)=\s*['\"]([^'\"]+)['\"]\]")
# A prefix, suffix or substring selector stands for any text on the open side.
_OPEN_SIDES = {"": (False, False), "^": (False, True), "$": (True, False), "*": (True, True)}
_SELECTOR_KIND = {"testid": ("testid",), "componentid": ("cid",), "tourid": ("tour",)}
_CALL_KINDS = {"_tid": ("testid", "cid"), "get_by_test_id": ("testid",)}


def _parts(node: ast.expr) -> list[str | None] | None:
    """A string's literal parts (``None`` per placeholder), or None when it is not a string literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value if isinstance(v, ast.Constant) else None for v in node.values]
    return None


def _looked_for(tree: ast.AST) -> Iterator[tuple[int, tuple[str, ...], list[str | None]]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            parts = _parts(node.args[0]) if node.args else None
            if name in _CALL_KINDS and parts is not None:
                yield node.lineno, _CALL_KINDS[name], parts
        literal = _parts(node) if isinstance(node, (ast.Constant, ast.JoinedStr)) else None
        if literal is not None and all(p is not None for p in literal):
            for match in _SELECTOR.finditer("".join(p for p in literal if p)):
                before, after = _OPEN_SIDES[match.group(2)]
                parts = [None] * before + [match.group(3)] + [None] * after
                yield node.lineno, _SELECTOR_KIND[match.group(1)], parts


def _hooks_of(path: Path) -> list[tuple[int, tuple[str, ...], list[str | None]]]:
    return list(_looked_for(ast.parse(path.read_text(encoding="utf-8"))))


def test_the_table_cites_hooks() -> None:
    kinds = {h.kind for h in cited_hooks()}
    assert kinds <= set(KINDS) and len(cited_hooks()) > 50, "PROVENANCE.md lost its hook rows"


@pytest.mark.parametrize("path", PAGE_OBJECTS, ids=lambda p: p.name)
def test_every_hook_a_page_object_uses_is_cited(path: Path) -> None:
    missing = [
        f"{path.name}:{line}: {''.join(p if p is not None else '{…}' for p in parts)} ({'/'.join(kinds)})"
        for line, kinds, parts in _hooks_of(path)
        if not covers_template(kinds, parts)
    ]
    assert missing == [], "page-object hooks with no row in mock_is/console/PROVENANCE.md:\n" + "\n".join(
        missing
    )


def test_an_uncited_hook_is_caught() -> None:
    tree = ast.parse(
        'def f(self):\n    self._tid("side-panel")\n    self.page.locator(\'[data-testid="made-up"]\')\n'
    )
    found = [parts for _, kinds, parts in _looked_for(tree) if not covers_template(kinds, parts)]
    assert found == [["side-panel"], ["made-up"]]


def test_placeholders_match_any_name() -> None:
    assert covers(("testid",), "alert-success-message")
    assert not covers(("testid",), "alert-success-message-extra-bit-nobody-renders")
    assert covers_template(("testid", "cid"), ["side-panel-items-", None]) is False
