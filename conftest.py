"""Root conftest of the project's own tests: the conformance suite's plugins (``harness.suite``).

Step modules are plugins (not star-imports) so every feature binding sees the same steps; the suite's
plugin turns the ``@doc:<id>`` Gherkin tags into ``pytest.mark.doc("<id>")`` for the report and the
coverage gate.
"""

from __future__ import annotations

from harness.suite import SUITE_PLUGINS

pytest_plugins = SUITE_PLUGINS
