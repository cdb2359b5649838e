"""Async tests here run on their own event loop in a worker thread.

pytest-playwright's sync API keeps an event loop running on the main thread for the rest of the session
once any test used a browser, so a coroutine test run there (anyio, pytest-asyncio) would fail with
"Cannot run the event loop while another loop is running".
"""

from __future__ import annotations

import asyncio
import inspect
from concurrent.futures import ThreadPoolExecutor

import pytest


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests with ``asyncio.run`` in a fresh thread."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = inspect.signature(pyfuncitem.obj).parameters
    kwargs = {name: pyfuncitem.funcargs[name] for name in names}
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(asyncio.run, pyfuncitem.obj(**kwargs)).result()
    return True
