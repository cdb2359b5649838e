"""The conformance report: scenario records, verdicts per documented step, summary.json (and HTML).

The package imports nothing itself: the stack's process needs only the redactor (``redact``), not the
doc's findings or the summary. Import from the modules: ``model``, ``findings``, ``summary``, ``redact``,
``runner``.
"""
