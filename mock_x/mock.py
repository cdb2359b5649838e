"""``MockX``: the Python control plane tests and steps drive (reset, apps, users, log, failures, clock)."""

from __future__ import annotations

import dataclasses

from mock_x.accounts import UserFactory, bearer_token, oauth2_client_id, random_alnum
from mock_x.callbacks import validate_callback_urls
from mock_x.models import GENERATE, Failure, RecordedRequest, XApp, XUser
from mock_x.settings import MockXSettings
from mock_x.store import Store

APP_TYPES = ("web", "native", "spa")
ACCESS_LEVELS = ("read", "read-write", "read-write-directmessages")


class MockX:
    """The control plane of one mock X; thread-safe, shared by the app's routes and the tests."""

    def __init__(self, settings: MockXSettings | None = None) -> None:
        self.settings = settings or MockXSettings()
        self.store = Store(log_size=self.settings.request_log_size)
        self._users = UserFactory(self.settings.seed)

    def reset(self) -> None:
        """Forget every app, user, token, session, armed failure and logged request; reset the clock."""
        self.store.clear()

    def register_app(
        self,
        name: str,
        callback_urls: list[str],
        website_url: str = "https://example.org",
        request_email: bool = True,
        *,
        app_type: str = "web",
        access_level: str = "read",
        terms_url: str | None = None,
        privacy_url: str | None = None,
        sign_in_with_x: bool = True,
        organization_name: str | None = None,
        organization_url: str | None = None,
    ) -> XApp:
        """Create an app as the Developer Portal would; raises ``ValueError`` on what the portal refuses."""
        if app_type not in APP_TYPES or access_level not in ACCESS_LEVELS:
            raise ValueError(f"app_type must be one of {APP_TYPES}, access_level one of {ACCESS_LEVELS}")
        app = XApp(
            name=name,
            consumer_key=random_alnum(25),
            consumer_secret=random_alnum(50),
            bearer_token=bearer_token(),
            client_id=oauth2_client_id(),
            client_secret=random_alnum(50) if app_type == "web" else None,
            callback_urls=validate_callback_urls(callback_urls),
            website_url=website_url,
            request_email=request_email,
            app_type=app_type,
            access_level=access_level,
            terms_url=terms_url,
            privacy_url=privacy_url,
            sign_in_with_x=sign_in_with_x,
            organization_name=organization_name,
            organization_url=organization_url,
        )
        with self.store.lock:
            self.store.apps[app.consumer_key] = app
        return app

    def regenerate_consumer_keys(self, consumer_key: str) -> XApp:
        """New API Key and Secret for an app; the old key, and tokens issued to it, stop working."""
        with self.store.lock:
            old = self.store.apps.pop(consumer_key)
            app = dataclasses.replace(old, consumer_key=random_alnum(25), consumer_secret=random_alnum(50))
            self.store.apps[app.consumer_key] = app
            for project in self.store.projects.values():
                project.apps = [app.consumer_key if k == consumer_key else k for k in project.apps]
            # Pending request tokens die with the old key (access tokens are refused by their key).
            orphans = [t for t, rt in self.store.request_tokens.items() if rt.consumer_key == consumer_key]
            for token in orphans:
                del self.store.request_tokens[token]
        return app

    def update_app(self, app: XApp) -> None:
        """Replace an app's settings (the portal's Edit); its keys stay the same."""
        with self.store.lock:
            self.store.apps[app.consumer_key] = app

    def create_user(
        self,
        screen_name: str | None = None,
        password: str | None = None,
        email: str | None = GENERATE,
        email_verified: bool = True,
        name: str | None = None,
    ) -> XUser:
        """Create an account; unset fields come from faker seeded with ``settings.seed``."""
        with self.store.lock:
            if screen_name and self.store.user_by_login(screen_name):
                raise ValueError(f"screen name {screen_name!r} is already taken")
            user = self._users.make(screen_name, password, email, email_verified, name)
            while user.id in self.store.users or self.store.user_by_login(user.screen_name):
                user = self._users.make(screen_name, password, email, email_verified, name)
            self.store.users[user.id] = user
        return user

    def requests_to(self, path: str) -> list[RecordedRequest]:
        """Every logged request whose path is ``path``, oldest first."""
        with self.store.lock:
            return [r for r in self.store.log if r.path == path]

    def fail_next(
        self,
        path: str,
        status: int,
        code: int | None = None,
        message: str | None = None,
        latency: float = 0.0,
    ) -> None:
        """Make the next call to ``path`` wait ``latency`` s, then fail; a status below 400 only delays."""
        with self.store.lock:
            self.store.failures.setdefault(path, []).append(Failure(status, code, message, latency))

    def shift_clock(self, seconds: float) -> None:
        """Move the mock's clock (timestamps, token and code expiry, rate windows) by ``seconds``."""
        with self.store.lock:
            self.store.clock_offset += seconds
