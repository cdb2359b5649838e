"""The Python side of ``tests/twitter4j``: one JVM running the real twitter4j 4.0.7 as WSO2's connector does.

The Java program (``src/main/java/xlogin/twitter4j/Driver.java``) reads one JSON request a line on stdin and
writes one JSON answer a line on stdout; its X endpoints come from the same ``-Dtwitter4j.*`` flags
``xlogin mock-x serve`` prints for a real IS (``mock_x.twitter4j_jvm_flags``).
"""

from __future__ import annotations

import fcntl
import json
import select
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from mock_x.jvm import twitter4j_jvm_flags

__all__ = ["JAR", "Initiated", "Twitter4jJvm", "Twitter4jRaised", "build_driver", "missing_tools"]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
JAR = HERE / "target" / "twitter4j-driver.jar"
# twitter4j's own timeouts are 20 s to connect and 120 s to read; a test should not wait that long.
_ANSWER_TIMEOUT = 30.0


def missing_tools() -> str | None:
    """Why the twitter4j tests cannot run here (no ``java`` or no ``mvn`` on PATH), or None."""
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if not missing:
        return None
    return (
        f"the real twitter4j 4.0.7 needs {' and '.join(missing)} on PATH "
        "(a Java 17 JVM, and Maven to build tests/twitter4j)"
    )


def build_driver() -> Path:
    """``make twitter4j`` (a no-op when the jar is newer than its sources), one build at a time."""
    lock_path = ROOT / "build" / "twitter4j.lock"
    lock_path.parent.mkdir(exist_ok=True)
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # pytest-xdist workers may both get here
        done = subprocess.run(["make", "-s", "twitter4j"], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0 or not JAR.is_file():
        raise RuntimeError(f"make twitter4j failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return JAR


class Twitter4jRaised(Exception):
    """What the driver reported instead of an answer: the exception and, for twitter4j's, its getters."""

    def __init__(self, answer: dict[str, Any]) -> None:
        super().__init__(f"{answer.get('stage')}: {answer.get('exception')}: {answer.get('message')}")
        self.stage: str = answer["stage"]
        self.exception: str = answer["exception"]
        self.message: str = answer["message"]
        self.status_code: int | None = answer.get("status_code")
        self.error_code: int | None = answer.get("error_code")
        self.error_message: str | None = answer.get("error_message")

    def getters(self) -> tuple[int | None, int | None, str | None]:
        """``(getStatusCode(), getErrorCode(), getErrorMessage())``."""
        return self.status_code, self.error_code, self.error_message


@dataclass(frozen=True)
class Initiated:
    """The connector's first leg: where it sends the browser and the callback it gave X."""

    redirect: str
    callback: str
    request_token: str


class Twitter4jJvm:
    """One running driver; ``initiate``/``process`` are the connector's two legs of a login."""

    def __init__(self, jar: Path, x_url: str, workdir: Path) -> None:
        self._stderr_path = workdir / "twitter4j.stderr"
        self._stderr = self._stderr_path.open("wb")
        # cwd: twitter4j also reads ./twitter4j.properties, so it runs where there is none.
        self._proc = subprocess.Popen(
            ["java", *twitter4j_jvm_flags(x_url), "-jar", str(jar)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            cwd=workdir,
        )

    def initiate(self, api_key: str, api_secret: str, callback_url: str, context_id: str) -> Initiated:
        """``initiateAuthenticationRequest``: request token for the callback with ``localState``."""
        answer = self.call(
            "initiate",
            api_key=api_key,
            api_secret=api_secret,
            callback_url=callback_url,
            context_id=context_id,
        )
        return Initiated(answer["redirect"], answer["callback"], answer["request_token"])

    def process(self, context_id: str, params: dict[str, str]) -> dict[str, Any]:
        """``processAuthenticationResponse`` for the callback's query ``params``: the raw user JSON."""
        return self.call("process", context_id=context_id, params=params)

    def call(self, op: str, **fields: Any) -> dict[str, Any]:
        """Send one request; its answer, or ``Twitter4jRaised`` when the driver reports a failure."""
        stdin, stdout = self._pipes()
        stdin.write(json.dumps({"op": op, **fields}).encode() + b"\n")
        stdin.flush()
        ready, _, _ = select.select([stdout], [], [], _ANSWER_TIMEOUT)
        line = stdout.readline() if ready else b""
        if not line:
            raise RuntimeError(f"twitter4j driver gave no answer to {op!r}; its stderr:\n{self.stderr()}")
        answer: dict[str, Any] = json.loads(line)
        if not answer.get("ok"):
            raise Twitter4jRaised(answer)
        return answer

    def stderr(self) -> str:
        """What the JVM wrote to stderr so far (its end), for failure messages."""
        self._stderr.flush()
        return self._stderr_path.read_text(errors="replace")[-4000:]

    def close(self) -> None:
        """End the JVM: EOF on stdin makes it exit; kill it if it does not within 10 s."""
        stdin, _ = self._pipes()
        stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._stderr.close()

    def _pipes(self) -> tuple[IO[bytes], IO[bytes]]:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        return self._proc.stdin, self._proc.stdout
