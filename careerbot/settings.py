"""Configuration: every setting is an environment variable prefixed ``CAREERBOT_``.

Defaults run the embedded demo (SQLite files under ``var/``). Production is a settings
change: point the database URLs at PostgreSQL and Rasa's lock store at Redis. This is the
only module that reads the environment; everything else receives values from it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PREFIX = "CAREERBOT_"


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(PREFIX + name)
    return value if value not in (None, "") else default


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class Settings:
    """Typed view of the environment, read once by :func:`load`."""

    var_dir: Path
    source_dir: Path | None
    occupations_db_url: str
    database_url: str
    source_mirror: str | None
    download_user_agent: str | None
    lookups_dir: Path
    handoff: HandoffSettings
    channels: ChannelSettings
    # Rasa's SQL tracker store (conversations), as endpoints.yml reads it.
    tracker_url: str = ""
    # `careerbot purge` deletes conversations, SMS contacts and closed tasks older than this.
    retention_days: int = 400


def load() -> Settings:
    """Read the settings from the environment."""
    var_dir = Path(_env("VAR_DIR", str(PROJECT_ROOT / "var")) or "var").resolve()
    source = _env("SOURCE_DIR")
    return Settings(
        var_dir=var_dir,
        source_dir=Path(source).resolve() if source else None,
        occupations_db_url=_env("OCCUPATIONS_DB_URL")
        or _sqlite_url(var_dir / "occupations.sqlite"),
        database_url=_env("DATABASE_URL") or _sqlite_url(var_dir / "careerbot.sqlite"),
        source_mirror=_env("SOURCE_MIRROR"),
        download_user_agent=_env("DOWNLOAD_USER_AGENT"),
        lookups_dir=Path(
            _env("LOOKUPS_DIR", str(PROJECT_ROOT / "data" / "nlu" / "generated")) or "."
        ),
        handoff=_load_handoff(var_dir),
        channels=_load_channels(),
        tracker_url=_env("TRACKER_URL") or _sqlite_url(var_dir / "tracker.db"),
        retention_days=int(_env("RETENTION_DAYS", "400") or "400"),
    )


def cached() -> Settings:
    """:func:`load`, reused while every ``CAREERBOT_`` variable keeps its value.

    For code that runs on every request (the actions): comparing the variables costs a
    fraction of building the settings, and a changed variable is always seen.
    """
    return _load_for(tuple((k, v) for k, v in os.environ.items() if k.startswith(PREFIX)))


@lru_cache(maxsize=8)
def _load_for(_environment: tuple[tuple[str, str], ...]) -> Settings:
    return load()


@dataclass(frozen=True)
class HandoffSettings:
    """The coach handoff: coach app, notifiers (SMTP, chat webhook, SMS) and the outbox worker.

    A notifier whose address is unset is switched off; the task still reaches the inbox.
    Outside the demo (``CAREERBOT_DEMO=0``) the session key and coach passwords must be set.
    """

    demo: bool
    coach_host: str
    coach_port: int
    coach_base_url: str
    session_key: str | None
    demo_coach_password: str | None
    smtp_host: str | None
    smtp_port: int
    smtp_from: str
    smtp_user: str | None
    smtp_password: str | None
    smtp_starttls: bool
    sms_api_url: str | None
    sms_account_sid: str | None
    sms_auth_token: str | None
    sms_from: str | None
    notify_timeout: float
    outbox_poll_seconds: float
    retry_base_seconds: float
    retry_max_seconds: float
    urgent_repeat_seconds: float
    school_timezone: str
    school_day_end: str


def _flag(name: str, default: bool) -> bool:
    value = _env(name)
    return default if value is None else value.lower() in ("1", "true", "yes", "on")


def _load_handoff(var_dir: Path) -> HandoffSettings:
    demo = _flag("DEMO", True)
    port = int(_env("COACH_PORT", "8080") or 8080)
    password = _env("DEMO_COACH_PASSWORD")
    return HandoffSettings(
        demo=demo,
        coach_host=_env("COACH_HOST", "127.0.0.1") or "127.0.0.1",
        coach_port=port,
        coach_base_url=_env("COACH_BASE_URL") or f"http://localhost:{port}",
        session_key=_env("SESSION_KEY"),
        demo_coach_password=password if password or not demo else "coach-demo-only",
        smtp_host=_env("SMTP_HOST"),
        smtp_port=int(_env("SMTP_PORT", "25") or 25),
        smtp_from=_env("SMTP_FROM", "careerbot@localhost") or "careerbot@localhost",
        smtp_user=_env("SMTP_USER"),
        smtp_password=_env("SMTP_PASSWORD"),
        smtp_starttls=_flag("SMTP_STARTTLS", False),
        sms_api_url=_env("SMS_API_URL"),
        sms_account_sid=_env("SMS_ACCOUNT_SID"),
        sms_auth_token=_env("SMS_AUTH_TOKEN"),
        sms_from=_env("SMS_FROM"),
        notify_timeout=float(_env("NOTIFY_TIMEOUT", "10") or 10),
        outbox_poll_seconds=float(_env("OUTBOX_POLL_SECONDS", "1") or 1),
        retry_base_seconds=float(_env("RETRY_BASE_SECONDS", "5") or 5),
        retry_max_seconds=float(_env("RETRY_MAX_SECONDS", "300") or 300),
        urgent_repeat_seconds=float(_env("URGENT_REPEAT_SECONDS", "900") or 900),
        school_timezone=_env("SCHOOL_TIMEZONE", "America/Chicago") or "America/Chicago",
        school_day_end=_env("SCHOOL_DAY_END", "15:30") or "15:30",
    )


DEMO_SMS_AUTH_TOKEN = "demo-sms-auth-token"
DEMO_SMS_HASH_SECRET = "demo-sms-hash-secret"


@dataclass(frozen=True)
class ChannelSettings:
    """The student channels: the web chat widget and the SMS webhook.

    The SMS provider shares ``CAREERBOT_SMS_*`` with the coach SMS notifier (one account).
    Demo defaults for the auth token and the number-hashing secret exist only in demo mode;
    outside it they are ``None`` and the SMS channel refuses to start without them.
    """

    demo: bool
    widget_socket_url: str
    sms_api_url: str
    sms_account_sid: str
    sms_auth_token: str | None
    sms_from: str
    sms_hash_secret: str | None
    sms_public_base_url: str
    sms_max_length: int
    sms_send_timeout: float
    sms_send_attempts: int
    # Every channel (REST, socket.io, SMS) cuts a message to these before NLU reads it.
    max_message_chars: int = 1000
    max_message_tokens: int = 200
    # Web pages allowed to talk to Rasa from a browser (CORS and the socket.io origin check).
    allowed_origins: tuple[str, ...] = ("http://localhost:8080",)
    # Durable SMS replies (bot/sms/worker.py): retry backoff and how long a text is tried.
    sms_retry_base_seconds: float = 2.0
    sms_retry_max_seconds: float = 300.0
    sms_give_up_seconds: float = 12 * 3600.0
    sms_poll_seconds: float = 0.5
    # Demo only (scripts/run.sh sets it): the coach app shows a phone (/demo/phone) and the
    # coaches' notifications (/demo/sinks), and receives their e-mail and chat webhooks.
    demo_sinks: bool = False


def _load_channels() -> ChannelSettings:
    demo = _flag("DEMO", True)
    return ChannelSettings(
        demo=demo,
        widget_socket_url=_env("WIDGET_SOCKET_URL", "http://localhost:5005") or "",
        sms_api_url=(_env("SMS_API_URL", "https://api.twilio.com") or "").rstrip("/"),
        sms_account_sid=_env("SMS_ACCOUNT_SID", "AC" + "0" * 32) or "",
        sms_auth_token=_env("SMS_AUTH_TOKEN", DEMO_SMS_AUTH_TOKEN if demo else None),
        sms_from=_env("SMS_FROM", "+15005550006") or "",
        sms_hash_secret=_env("SMS_HASH_SECRET", DEMO_SMS_HASH_SECRET if demo else None),
        sms_public_base_url=(_env("SMS_PUBLIC_BASE_URL", "http://localhost:5005") or "").rstrip(
            "/"
        ),
        sms_max_length=int(_env("SMS_MAX_LENGTH", "320") or 320),
        sms_send_timeout=float(_env("SMS_SEND_TIMEOUT", "10") or 10),
        sms_send_attempts=int(_env("SMS_SEND_ATTEMPTS", "4") or 4),
        max_message_chars=max(1, int(_env("MAX_MESSAGE_CHARS", "1000") or 1000)),
        max_message_tokens=max(1, int(_env("MAX_MESSAGE_TOKENS", "200") or 200)),
        allowed_origins=_origins(_env("ALLOWED_ORIGINS") or _coach_app_origins()),
        sms_retry_base_seconds=float(_env("SMS_RETRY_BASE_SECONDS", "2") or 2),
        sms_retry_max_seconds=float(_env("SMS_RETRY_MAX_SECONDS", "300") or 300),
        sms_give_up_seconds=float(_env("SMS_GIVE_UP_SECONDS", "43200") or 43200),
        sms_poll_seconds=float(_env("SMS_POLL_SECONDS", "0.5") or 0.5),
        demo_sinks=demo and _flag("DEMO_SINKS", False),
    )


def _coach_app_origins() -> str:
    """The demo's default: the coach app's own page, by either local name."""
    port = _env("COACH_PORT", "8080")
    return f"http://localhost:{port} http://127.0.0.1:{port}"


def _origins(value: str) -> tuple[str, ...]:
    """Comma- or space-separated origins, without trailing slashes (``https://school.org``)."""
    return tuple(o.rstrip("/") for o in value.replace(",", " ").split() if o)
