"""Run ``xlogin serve`` with a spy that writes down every secret the served stack hands out.

The secret scan must look for the secrets the run itself made (X apps' consumer secrets, IS's client
secrets), and the run deletes its objects when it ends, so they cannot be read back afterwards. This
entry point wraps, before the CLI starts, the two places those secrets are born, appends each secret to
the file named by ``argv[1]`` (outside any report folder), then runs ``xlogin serve --json`` unchanged.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import mock_is.api.app_oidc as app_oidc
import mock_x.mock
import mock_x.store
from harness import cli


def _write(path: Path, *secrets: str | None) -> None:
    with path.open("a", encoding="utf-8") as out:
        for secret in secrets:
            if secret:
                out.write(json.dumps(secret) + "\n")


class _RecordingApps(dict[str, Any]):
    """mock X's app table, writing down the secrets of every app put in it (regenerated keys too)."""

    path: Path

    def __setitem__(self, key: str, app: Any) -> None:
        _write(self.path, app.consumer_secret, app.bearer_token, app.client_secret)
        super().__setitem__(key, app)


def install(path: Path) -> None:
    """Wrap IS's client-secret generator and every mock X's app table."""
    generate = app_oidc.generate_client_secret

    def remembered_client_secret() -> str:
        secret = generate()
        _write(path, secret)
        return secret

    app_oidc.generate_client_secret = remembered_client_secret
    _RecordingApps.path = path
    init = mock_x.mock.MockX.__init__

    def recording_init(self: mock_x.mock.MockX, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        store: mock_x.store.Store = self.store
        store.apps = _RecordingApps(store.apps)

    mock_x.mock.MockX.__init__ = recording_init  # type: ignore[method-assign]


def main() -> None:
    """``python safety_spy.py <secrets-file> [serve options]``."""
    install(Path(sys.argv[1]))
    sys.argv = ["xlogin", "serve", *sys.argv[2:]]
    cli.main()


if __name__ == "__main__":
    main()
