"""twitter4j's ``TwitterException`` and its message format (x-authenticator.md §1.4).

``getMessage()`` is ``"<status>:" + getCause(status) + "\\n" + ("message - <m>\\ncode - <n>\\n" | body)``:
the cause text is twitter4j's fixed sentence per HTTP status (``TwitterException.getCause``, 4.0.7), and
the body is read line by line, each line ending in ``\\n`` (``HttpResponse.asString``). Checked against
the real twitter4j 4.0.7 by ``tests/twitter4j`` (the ``<status>:`` prefix and the body's last newline
are missing from the messages quoted in x-authenticator.md §1.4).
"""

from __future__ import annotations

import json
import re

__all__ = ["TwitterException"]

_CAUSES: dict[int, str] = {
    304: "There was no new data to return.",
    400: "The request was invalid. An accompanying error message will explain why. This is the status code "
    "will be returned during version 1.0 rate limiting(https://dev.twitter.com/pages/rate-limiting). In API "
    "v1.1, a request without authentication is considered invalid and you will get this response.",
    401: "Authentication credentials (https://dev.twitter.com/pages/auth) were missing or incorrect. Ensure "
    "that you have set valid consumer key/secret, access token/secret, and the system clock is in sync.",
    403: "The request is understood, but it has been refused. An accompanying error message will explain "
    "why. This code is used when requests are being denied due to update limits "
    "(https://support.twitter.com/articles/15364-about-twitter-limits-update-api-dm-and-following).",
    404: "The URI requested is invalid or the resource requested, such as a user, does not exists. Also "
    "returned when the requested format is not supported by the requested method.",
    429: "Returned in API v1.1 when a request cannot be served due to the application's rate limit having "
    "been exhausted for the resource. See Rate Limiting in API v1.1."
    "(https://dev.twitter.com/docs/rate-limiting/1.1)",
    500: "Something is broken. Please post to the group (https://dev.twitter.com/docs/support) so the "
    "Twitter team can investigate.",
    502: "Twitter is down or being upgraded.",
    503: "The Twitter servers are up, but overloaded with requests. Try again later.",
    504: "The Twitter servers are up, but the request couldn't be serviced due to some failure within our "
    "stack. Try again later.",
}


def _first_error(body: str) -> tuple[str, int] | None:
    try:
        errors = json.loads(body).get("errors")
        first = errors[0]
        return str(first["message"]), int(first["code"])
    except (ValueError, AttributeError, TypeError, LookupError):
        return None


class TwitterException(Exception):
    """A failed call to X as twitter4j reports it: status -1 when no HTTP answer came back."""

    def __init__(self, body: str, status: int = -1) -> None:
        self.status = status
        self.body = body
        self.error = _first_error(body)
        super().__init__(self._message())

    def _message(self) -> str:
        coded = f"message - {self.error[0]}\ncode - {self.error[1]}\n" if self.error else None
        if self.status == -1:  # no HTTP answer: the message is the cause's own (an IOException's, say)
            return coded or self.body
        return f"{self.status}:{_CAUSES.get(self.status, '')}\n{coded or _as_string(self.body)}"


def _as_string(body: str) -> str:
    """``HttpResponse.asString()``: the body read with ``BufferedReader.readLine``, each line plus ``\\n``."""
    lines = re.split(r"\r\n|\r|\n", body)
    if lines[-1] == "":
        lines.pop()
    return "".join(line + "\n" for line in lines)
