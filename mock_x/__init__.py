"""mock_x: a mock X provider faithful enough that real X clients and WSO2's connector cannot tell.

The package imports nothing itself: the suite's process needs mock X's records (``mock_x.models``) and its
client, not its server, whose FastAPI app, pages and fake accounts are about 0.6 s of imports
(docs/performance.md). Import from the modules: ``mock_x.app`` (``create_app``), ``mock_x.mock``
(``MockX``), ``mock_x.models`` (``XApp``, ``XUser``, ``RecordedRequest``), ``mock_x.settings``
(``MockXSettings``), ``mock_x.jvm`` (``twitter4j_jvm_flags``).
"""
