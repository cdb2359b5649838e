"""mock_is: a simulator of WSO2 Identity Server 7.x for the surfaces "Add X login" touches.

The package imports nothing itself: the suite's process reads a few of its modules (``mock_is.tls``,
``mock_is.profiles``, ``mock_is.console.versions``) without the server, whose FastAPI app is about half a
second of imports (docs/performance.md). Import from the modules: ``mock_is.app`` (``create_app``),
``mock_is.settings`` (``IsSettings``), ``mock_is.store`` (``Store``, ``LocalUser``,
``FederatedAssociation``).
"""
