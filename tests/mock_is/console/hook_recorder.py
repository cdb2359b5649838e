"""Records every test id, component id and tour id the simulated Console renders in a browser context.

An init script watches the DOM of every page in the context (a ``MutationObserver`` on the document,
attribute changes included) and reports each new value through a binding, so modals and menus that
open and close between two assertions are seen too. ``uncited(seen)`` lists what PROVENANCE.md lacks.
"""

from __future__ import annotations

from playwright.sync_api import BrowserContext

from tests.mock_is.console.provenance import covers

ATTRIBUTES = {"data-testid": "testid", "data-componentid": "cid", "data-tourid": "tour"}

_SCRIPT = """
(() => {
  const names = %s;
  const seen = new Set();
  let pending = [];
  const report = () => { const batch = pending; pending = [];
    if (batch.length && window.__xloginHooks) window.__xloginHooks(batch); };
  const note = (el) => { if (!el || el.nodeType !== 1) return;
    for (const n of names) { const v = el.getAttribute(n);
      if (v !== null && !seen.has(n + "=" + v)) { seen.add(n + "=" + v); pending.push([n, v]); } } };
  const scan = (root) => { note(root); if (root.querySelectorAll) root.querySelectorAll(
    names.map((n) => "[" + n + "]").join(",")).forEach(note); };
  new MutationObserver((records) => { for (const r of records) {
      if (r.type === "attributes") note(r.target); else r.addedNodes.forEach(scan); }
    queueMicrotask(report); })
    .observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: names });
})();
"""


def record_hooks(context: BrowserContext, seen: set[tuple[str, str]]) -> None:
    """Add to ``seen`` every ``(kind, value)`` rendered in ``context`` from now on."""

    def add(source: object, batch: list[list[str]]) -> None:
        seen.update((ATTRIBUTES[name], value) for name, value in batch)

    context.expose_binding("__xloginHooks", add)
    context.add_init_script(_SCRIPT % list(ATTRIBUTES))


def uncited(seen: set[tuple[str, str]]) -> list[str]:
    """The rendered hooks PROVENANCE.md does not cite, as ``kind=value``."""
    return sorted(f"{kind}={value}" for kind, value in seen if not covers((kind,), value))
