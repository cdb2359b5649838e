"""The JVM flags that point a real IS (twitter4j 4.0.7) at this mock (x-authenticator.md §4)."""

from __future__ import annotations


def twitter4j_jvm_flags(public_url: str) -> list[str]:
    """The four ``-Dtwitter4j...`` flags; ``restBaseURL`` must end with ``/`` (x-authenticator.md §4)."""
    base = public_url.rstrip("/")
    return [
        f"-Dtwitter4j.oauth.requestTokenURL={base}/oauth/request_token",
        f"-Dtwitter4j.oauth.authenticationURL={base}/oauth/authenticate",
        f"-Dtwitter4j.oauth.accessTokenURL={base}/oauth/access_token",
        f"-Dtwitter4j.restBaseURL={base}/1.1/",
    ]
