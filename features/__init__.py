"""The conformance suite's Gherkin: one feature per documented section, the step catalog and the doc under
test. A package only so the wheel carries it (``xlogin_features``, see pyproject.toml); it holds no code."""
