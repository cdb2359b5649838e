"""Benchmark: full OAuth 1.0a handshakes per second against mock X, next to a bare uvicorn endpoint.

One handshake is what the WSO2 connector and a returning browser do: ``POST /oauth/request_token``,
``GET /oauth/authenticate`` (approved before, so X redirects straight back), ``POST /oauth/access_token``,
``GET /1.1/account/verify_credentials.json?include_email=true``. The bare endpoint answers ``GET /`` with
``ok`` on the same uvicorn setup, so the ratio shows what the mock's own work costs per request.

Run: ``python bench/mock_x_handshakes.py [--seconds 5]`` (about 2 × seconds plus start-up in all).
"""

from __future__ import annotations

import argparse
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

import httpx
from oauthlib.oauth1 import Client
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from harness.targets.server import BackgroundServer, bind_loopback
from mock_x.app import create_app
from mock_x.models import XApp, XUser
from mock_x.settings import MockXSettings

CALLBACK = "http://127.0.0.1:9443/commonauth"


def bare_app() -> Starlette:
    """The baseline: one route, no work."""

    async def ok(_request: Request) -> PlainTextResponse:
        return PlainTextResponse("ok")

    return Starlette(routes=[Route("/", ok)])


class Handshaker:
    """Runs handshakes as the connector (signed server calls) and a signed-in browser (cookie) would."""

    def __init__(self, base: str, app: XApp, user: XUser) -> None:
        self.base, self.app, self.user = base, app, user
        self.server = client(base)
        self.browser = client(base)

    def _signed(self, method: str, path: str, **keys: str) -> httpx.Response:
        oauth = Client(self.app.consumer_key, self.app.consumer_secret, **keys)
        uri, headers, _ = oauth.sign(self.base + path, method)
        return self.server.request(method, uri, headers=headers)

    def sign_in_once(self) -> None:
        """First visit: sign in and approve, so later handshakes skip the pages."""
        token = self._request_token()
        self.browser.post(
            "/oauth/login",
            data={
                "oauth_token": token[0],
                "mode": "authenticate",
                "username_or_email": self.user.screen_name,
                "password": self.user.password,
            },
        )
        self.browser.post("/oauth/consent", data={"oauth_token": token[0], "decision": "allow"})

    def _request_token(self) -> tuple[str, str]:
        answer = dict(parse_qsl(self._signed("POST", "/oauth/request_token", callback_uri=CALLBACK).text))
        return answer["oauth_token"], answer["oauth_token_secret"]

    def handshake(self) -> None:
        """request_token → authenticate (redirect back) → access_token → verify_credentials."""
        token, secret = self._request_token()
        back = self.browser.get("/oauth/authenticate", params={"oauth_token": token})
        verifier = dict(parse_qsl(urlsplit(back.headers["location"]).query))["oauth_verifier"]
        keys = {"resource_owner_key": token, "resource_owner_secret": secret, "verifier": verifier}
        access = dict(parse_qsl(self._signed("POST", "/oauth/access_token", **keys).text))
        me = self._signed(
            "GET",
            "/1.1/account/verify_credentials.json?include_email=true",
            resource_owner_key=access["oauth_token"],
            resource_owner_secret=access["oauth_token_secret"],
        )
        assert me.status_code == 200, me.text


def interleaved_rates(
    actions: list[Callable[[], object]], seconds: float, slice_s: float = 0.25
) -> list[float]:
    """Calls per second of each action, measured in alternating slices so load drift hits all alike."""
    counts, spent = [0] * len(actions), [0.0] * len(actions)
    while sum(spent) < seconds * len(actions):
        for index, action in enumerate(actions):
            start = time.perf_counter()
            while time.perf_counter() - start < slice_s:
                action()
                counts[index] += 1
            spent[index] += time.perf_counter() - start
    return [c / s for c, s in zip(counts, spent, strict=True)]


@dataclass(frozen=True)
class HandshakeRates:
    """What one run measured: the bare endpoint's requests/s and mock X's full handshakes/s."""

    bare_requests_per_s: float
    handshakes_per_s: float
    requests_per_handshake: int = 4

    @property
    def ratio(self) -> float:
        """Mock X's requests/s over the bare endpoint's: the cost of the mock's own work."""
        return self.handshakes_per_s * self.requests_per_handshake / self.bare_requests_per_s


def client(base_url: str) -> httpx.Client:
    """A keep-alive client with TCP_NODELAY, so small writes are not held back by Nagle."""
    transport = httpx.HTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
    return httpx.Client(base_url=base_url, transport=transport, trust_env=False, follow_redirects=False)


def measure(seconds: float = 5.0) -> HandshakeRates:
    """Start both servers in this process, measure each for about ``seconds``, stop them."""
    sock = bind_loopback()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    # A high limit: the benchmark reuses one user token far beyond X's 75 calls per 15 minutes.
    settings = MockXSettings(public_url=url, rate_limit_verify_credentials=10**9, request_log_size=1000)
    mock_app = create_app(settings)
    mock = mock_app.state.mock
    with (
        BackgroundServer(bare_app(), sock=bind_loopback()) as bare,
        BackgroundServer(mock_app, sock=sock, health_path="/_mock/health"),
    ):
        shaker = Handshaker(url, mock.register_app("bench", [CALLBACK]), mock.create_user())
        shaker.sign_in_once()
        with client(bare.url) as http:
            bare_rps, handshakes = interleaved_rates([lambda: http.get("/"), shaker.handshake], seconds)
    return HandshakeRates(bare_rps, handshakes)


def main() -> None:
    """Measure and print the rates and the ratio."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="measuring time per target")
    rates = measure(parser.parse_args().seconds)
    mock_rps = rates.handshakes_per_s * rates.requests_per_handshake
    print(f"bare uvicorn endpoint : {rates.bare_requests_per_s:8.1f} requests/s")
    print(f"mock X handshakes     : {rates.handshakes_per_s:8.1f} handshakes/s ({mock_rps:.1f} requests/s)")
    print(f"ratio (mock requests / bare requests): {rates.ratio:.3f}")


if __name__ == "__main__":
    main()
