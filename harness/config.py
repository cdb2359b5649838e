"""Configuration of a harness run: flags over ``XLOGIN_*`` environment variables over ``xlogin.toml``.

The CLI builds one ``HarnessSettings`` from all three and hands it to the pytest process as environment
variables (``to_env``), which the fixtures read back with ``HarnessSettings()``: one schema on both
sides of the process boundary.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

if TYPE_CHECKING:
    from harness.clients.is_admin import IsAdmin

__all__ = ["CONFIG_FILE", "HarnessSettings"]

CONFIG_FILE = "xlogin.toml"


def _split(value: Any) -> Any:
    # Environment and TOML may give "a,b" or ["a", "b"]; both mean the same list.
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def usable_cores() -> int:
    """The cores this process may run on (``os.sched_getaffinity`` where the OS has it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


class HarnessSettings(BaseSettings):
    """Everything a run needs: target, X, browser, workers, deviations and where the report goes."""

    model_config = SettingsConfigDict(env_prefix="XLOGIN_", toml_file=CONFIG_FILE, extra="ignore")
    _config_file: ClassVar[Path | None] = None

    # Target: the embedded stack (default) or an IS the user points at.
    target: Literal["embedded", "external"] = "embedded"
    is_url: str | None = None
    admin_user: str = "admin"
    admin_password: SecretStr | None = None
    ca_bundle: Path | None = None
    insecure: bool = False
    tenant: str = "carbon.super"
    # IS's REST APIs do not tell its version; given here, the report's header and doctor show it.
    is_version: str | None = None
    # The sample app an external IS's applications redirect to (a ``xlogin serve`` or your own).
    app_url: str | None = None

    # X: the mock (embedded, or a ``mock-x serve`` the target IS can reach) or the real X (opt-in).
    x_mode: Literal["mock", "real"] = "mock"
    mock_x_url: str | None = None
    x_api_key: str | None = None
    x_api_secret: SecretStr | None = None
    # Where the real X answers OAuth 1.0a: twitter4j's default hosts (x-authenticator.md §1.2). Another URL
    # (a `mock-x serve`) tests real mode without the internet.
    x_api_url: str = "https://api.twitter.com"
    # How long a person gets to finish signing in at X in the headed browser (real mode).
    x_sign_in_timeout: float = Field(default=300.0, gt=0)

    # Browser: a local Chromium (path, headed or not) or a remote one (Playwright ``connect``).
    browser_path: str | None = None
    headed: bool = False
    browser_endpoint: str | None = None

    # The deployment profile (mock_is/profiles.py, `xlogin profiles`): the embedded stack runs in it; an
    # external IS is assumed to be configured so (what IS's APIs cannot show, e.g. a prompting JIT scheme).
    profile: str = "7.1"

    # Playwright traces (pytest-playwright's --tracing; the Console's too, harness.tracing): kept for failed
    # scenarios by default, for all with "on".
    tracing: Literal["on", "off", "retain-on-failure"] = "retain-on-failure"
    # Where allure-pytest-bdd writes Allure results (None: no Allure output).
    alluredir: Path | None = None

    # As many workers as this process may use cores (its CPU affinity, which a CI runner's limits narrow),
    # unless told otherwise (`-n`, `workers` in xlogin.toml, XLOGIN_WORKERS).
    workers: int = Field(default_factory=usable_cores, ge=1)
    # How the documented configuration steps are driven: through the Console (default) or the REST API.
    driver: Literal["console", "api"] = "console"
    # ``K/N``: run only the K-th of N deterministic slices of the scenarios (a CI matrix).
    shard: str | None = Field(default=None, pattern=r"^[1-9][0-9]*/[1-9][0-9]*$")
    deviations: Annotated[list[str], NoDecode] = Field(default_factory=list)
    report_dir: Path = Path("reports")
    # The user's list of steps this deployment is known not to follow (harness.report.known).
    known_deviations: Path | None = None
    run_id: str | None = None

    _split_deviations = field_validator("deviations", mode="before")(_split)

    @field_validator("profile")
    @classmethod
    def _known_profile(cls, value: str) -> str:
        from mock_is.profiles import profile

        return profile(value).name

    @field_validator("known_deviations", "alluredir")
    @classmethod
    def _absolute(cls, value: Path | None) -> Path | None:
        # The suite runs from the project's folder: a path given relative to the caller's must survive.
        return value.resolve() if value else None

    @model_validator(mode="after")
    def _external_needs_target(self) -> HarnessSettings:
        if self.target == "external" and not (self.is_url and self.admin_password):
            raise ValueError("target 'external' needs is_url and admin_password (XLOGIN_IS_URL, ...)")
        if self.x_mode == "real" and not (self.x_api_key and self.x_api_secret):
            raise ValueError("x_mode 'real' needs x_api_key and x_api_secret")
        return self

    @model_validator(mode="after")
    def _tenant_qualified(self) -> HarnessSettings:
        # IS 7 serves a tenant's REST APIs, OIDC endpoints and Console under /t/<tenant> (is-rest-api.md
        # "Paths", is-console-ui.md); carbon.super's are served at the root as well.
        if self.is_url and self.tenant != "carbon.super" and "/t/" not in self.is_url:
            self.is_url = f"{self.is_url.rstrip('/')}/t/{self.tenant}"
        return self

    @property
    def browser_ignores_tls_errors(self) -> bool:
        """Whether the browser must accept the target's certificate: Chromium cannot be handed a CA
        bundle per context, so a private CA (``ca_bundle``) or ``insecure`` means accepting it."""
        return self.insecure or self.ca_bundle is not None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Flags (init) over environment over the TOML file."""
        toml = TomlConfigSettingsSource(settings_cls, toml_file=cls._config_file or CONFIG_FILE)
        return init_settings, env_settings, toml

    @classmethod
    def load(cls, config_file: Path | None = None, **flags: Any) -> HarnessSettings:
        """Settings from ``config_file`` (default ``./xlogin.toml``), the environment and ``flags``."""
        given = {k: v for k, v in flags.items() if v is not None}
        if config_file is not None and not config_file.is_file():
            raise FileNotFoundError(f"config file {config_file} does not exist")
        bound = type("HarnessSettings", (cls,), {"_config_file": config_file})
        settings: HarnessSettings = bound(**given)
        return settings

    @property
    def verify(self) -> bool | str:
        """httpx ``verify`` for the target: off with ``insecure``, else the CA bundle or the system store."""
        if self.insecure:
            return False
        return str(self.ca_bundle) if self.ca_bundle else True

    @property
    def admin_secret(self) -> str:
        """The admin's password in clear, for the clients that sign in with it ("" when none is set)."""
        return self.admin_password.get_secret_value() if self.admin_password else ""

    def admin_client(self, url: str) -> IsAdmin:
        """An ``IsAdmin`` for the IS at ``url``, as the configured admin, trusting what ``verify`` trusts."""
        from harness.clients.is_admin import IsAdmin

        return IsAdmin(url, self.admin_user, self.admin_secret, verify=self.verify)

    def to_env(self) -> dict[str, str]:
        """The ``XLOGIN_*`` variables that recreate these settings in a child process (secrets included:
        the child's environment is not a log)."""
        env: dict[str, str] = {}
        # report_dir is the parent of run folders; a child is told its own folder (--xlogin-report-dir).
        for name, value in self.model_dump(exclude_none=True, exclude={"report_dir"}).items():
            if isinstance(value, SecretStr):
                value = value.get_secret_value()
            elif isinstance(value, list):
                value = ",".join(value)
            env[f"XLOGIN_{name.upper()}"] = str(value).lower() if isinstance(value, bool) else str(value)
        if self.mock_x_url:
            env["XLOGIN_X_URL"] = self.mock_x_url  # the name harness.fixtures reads for an external target
        return env
