"""The sample application the doc's "Try it out" needs: an OIDC relying party with a Login button.

The package imports nothing itself: the suite's process needs only the app's URLs (``urls``), not its
FastAPI server, which the stack's process runs (about half a second of imports, docs/performance.md).
Import from the modules: ``harness.sample_app.app`` (``create_app``), ``.clients`` (``ClientRegistry``),
``.urls`` (``callback_url``, ``home_url``), ``.logins``, ``.settings`` (``SampleAppSettings``).
"""
