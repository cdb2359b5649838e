"""The Python control plane and the parts of the app around it: settings, flags, log redaction."""

from __future__ import annotations

import httpx
import pytest

from mock_x.jvm import twitter4j_jvm_flags
from mock_x.mock import MockX
from mock_x.models import XApp
from mock_x.oauth1 import tokens
from mock_x.settings import MockXSettings


def test_jvm_flags_point_twitter4j_at_the_mock() -> None:
    """x-authenticator.md §4: four properties, restBaseURL ending with ``/``."""
    assert twitter4j_jvm_flags("http://127.0.0.1:8081/") == [
        "-Dtwitter4j.oauth.requestTokenURL=http://127.0.0.1:8081/oauth/request_token",
        "-Dtwitter4j.oauth.authenticationURL=http://127.0.0.1:8081/oauth/authenticate",
        "-Dtwitter4j.oauth.accessTokenURL=http://127.0.0.1:8081/oauth/access_token",
        "-Dtwitter4j.restBaseURL=http://127.0.0.1:8081/1.1/",
    ]


def test_settings_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """``MOCK_X_*`` variables configure the mock."""
    monkeypatch.setenv("MOCK_X_PUBLIC_URL", "https://x.test:8443")
    monkeypatch.setenv("MOCK_X_RATE_LIMIT_VERIFY_CREDENTIALS", "5")
    settings = MockXSettings()
    assert settings.public_url == "https://x.test:8443" and settings.rate_limit_verify_credentials == 5


def test_users_are_unique_and_faker_generated(mock: MockX) -> None:
    """Screen names and ids never repeat; email None means no email; the seed makes runs repeatable."""
    users = [mock.create_user() for _ in range(50)]
    assert len({u.screen_name for u in users}) == 50 and len({u.id for u in users}) == 50
    assert all(u.id_str == str(u.id) and u.id < 2**63 and "@" in (u.email or "") for u in users)
    assert mock.create_user(email=None).email is None
    assert MockX(MockXSettings(seed=7)).create_user().name == MockX(MockXSettings(seed=7)).create_user().name


def test_regenerated_keys_drop_the_old_keys_request_tokens(mock: MockX, x_app: XApp) -> None:
    """A request token issued to the old API Key is no longer live; the new key's tokens are."""
    old = tokens.issue_request_token(mock, x_app, "oob", None)
    renewed = mock.regenerate_consumer_keys(x_app.consumer_key)
    new = tokens.issue_request_token(mock, renewed, "oob", None)
    assert tokens.live_request_token(mock, old.token) is None
    assert tokens.live_request_token(mock, new.token) is new


def test_two_unseeded_mocks_never_share_x_ids() -> None:
    """Two runs through two mocks against one IS: X ids become JIT usernames, so they must differ."""
    first, second = (MockX(MockXSettings()) for _ in range(2))
    ids = [{first.create_user().id for _ in range(20)}, {second.create_user().id for _ in range(20)}]
    assert not ids[0] & ids[1]


def test_register_app_refuses_what_the_portal_refuses(mock: MockX) -> None:
    """Queries, dangerous schemes, more than ten callbacks, unknown app types."""
    for bad in (["https://a.example/cb?q=1"], ["data://x"], [f"https://a.example/{i}" for i in range(11)]):
        with pytest.raises(ValueError):
            mock.register_app("bad", bad)
    with pytest.raises(ValueError):
        mock.register_app("bad", [], app_type="desktop")
    assert mock.register_app("ok", ["twitter://callback/path"]).callback_urls == ["twitter://callback/path"]


def test_reset_forgets_everything(mock: MockX, client: httpx.Client) -> None:
    """After reset the app and user are unknown and the log is empty."""
    app = mock.register_app("gone", ["https://a.example/cb"])
    mock.create_user(screen_name="gone_user")
    client.get("/oauth/authenticate")
    mock.reset()
    assert app.consumer_key not in mock.store.apps and mock.requests_to("/oauth/authenticate") == []
    assert mock.create_user(screen_name="gone_user").screen_name == "gone_user"


def test_log_redacts_passwords_secrets_and_signatures(client: httpx.Client, mock: MockX) -> None:
    """Secrets never reach the request log (working rules)."""
    user = mock.create_user()
    client.post("/portal/login", data={"username_or_email": user.screen_name, "password": user.password})
    client.post("/2/oauth2/token", data={"client_secret": "s3cr3t", "code_verifier": "v"}, auth=("id", "pw"))
    log = repr(mock.requests_to("/portal/login") + mock.requests_to("/2/oauth2/token"))
    assert user.password not in log and "s3cr3t" not in log and "Basic aWQ6cHc=" not in log
    assert mock.requests_to("/portal/login")[0].form["password"] == "<redacted>"


def test_http_control_plane_refuses_bad_bodies(client: httpx.Client) -> None:
    """A malformed control body is a 400, never a 500."""
    assert client.post("/_mock/apps", json={"callback_urls": "nope"}).status_code == 400
    assert client.post("/_mock/fail-next", content=b"{").status_code == 400
    assert client.get("/_mock/health").json() == {"status": "ok"}
