"""The Console: the simulated IS 7.1/7.2 Console, a single-page app made of the real Console's libraries.

``frontend/`` holds its sources (React, semantic-ui-react 2.1.5, semantic-ui-css, Oxygen UI), built with
Vite into ``bundle/`` (``make console``); ``spa.py`` serves it at ``/console``. Like the real Console it
signs the admin in through this server's OIDC endpoints and makes every change through the REST APIs,
so a click and an API call always agree. ``PROVENANCE.md`` cites the WSO2 source of every hook it
renders.

The package imports nothing itself (the suite's process reads ``versions`` and ``labels`` without FastAPI):
``spa.install(app)`` serves the Console at ``/console``.
"""
