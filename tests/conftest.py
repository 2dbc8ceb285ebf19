"""Session-wide fixtures: a database built once from the real sources, and the real servers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.bot import fake_sms_provider
from tests.bot.fake_sms_provider import FakeSMSProvider
from tests.servers import (
    APP_BIN,
    RASA_TOKEN,
    ROOT,
    WIDGET_ORIGIN,
    Process,
    action_server_command,
    free_port,
    rasa_server_command,
)


def _source_dir() -> Path:
    configured = os.environ.get("CAREERBOT_SOURCE_DIR") or str(ROOT.parent / "shared" / "data")
    path = Path(configured)
    if not (path / "SOURCES.md").exists():
        pytest.exit(f"source data not found at {path}: set CAREERBOT_SOURCE_DIR", returncode=3)
    return path


@pytest.fixture(scope="session")
def source_dir() -> Path:
    """The official source files (``CAREERBOT_SOURCE_DIR``, else ../shared/data)."""
    return _source_dir()


@pytest.fixture(scope="session")
def occupations_db_url(source_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """An occupations database built once per test session from the real sources."""
    from occupations.build import build_database

    path = tmp_path_factory.mktemp("occupations") / "occupations.sqlite"
    url = f"sqlite:///{path}"
    build_database(source_dir=source_dir, url=url)
    return url


@pytest.fixture(scope="session")
def occupations_session(occupations_db_url: str) -> Iterator[object]:
    """A read-only session on the built database, shared by the data-layer tests."""
    from occupations.db import session_scope

    with session_scope(occupations_db_url) as session:
        yield session


@pytest.fixture(scope="session")
def app_db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A fresh SQLite file for handoffs, coaches and SMS opt-outs."""
    return f"sqlite:///{tmp_path_factory.mktemp('app') / 'careerbot.sqlite'}"


@pytest.fixture(scope="session")
def tracker_database() -> Iterator[str]:
    """A throwaway PostgreSQL database for Rasa's tracker store (the production setting)."""
    import psycopg2

    name = f"careerbot_tracker_test_{os.getpid()}"
    admin = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="session")
def fake_sms() -> Iterator[FakeSMSProvider]:
    """The SMS provider's Messages API, faked on a free local port for the whole session."""
    with fake_sms_provider.running() as fake:
        yield fake


@pytest.fixture(scope="session")
def stack_env(
    occupations_db_url: str,
    app_db_url: str,
    tracker_database: str,
    fake_sms: FakeSMSProvider,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, str]:
    """Environment for the servers; extend it (override the fixture) to add fake services.

    The end-to-end stack runs Rasa with the production stores: PostgreSQL for conversations
    and Redis for locks, both on this machine.
    """
    var = tmp_path_factory.mktemp("var")
    return {
        "CAREERBOT_OCCUPATIONS_DB_URL": occupations_db_url,
        "CAREERBOT_DATABASE_URL": app_db_url,
        "CAREERBOT_VAR_DIR": str(var),
        "CAREERBOT_TRACKER_URL": f"postgresql://postgres@127.0.0.1:5432/{tracker_database}",
        "CAREERBOT_TRACKER_DB": tracker_database,
        "CAREERBOT_LOCK_STORE": "redis",
        "CAREERBOT_REDIS_HOST": "127.0.0.1",
        "CAREERBOT_REDIS_PORT": "6379",
        "CAREERBOT_REDIS_DB": "1",
        "SANIC_HOST": "127.0.0.1",
        "CAREERBOT_RASA_TOKEN": RASA_TOKEN,
        # SMS replies go to the local fake of the provider, never outside this machine.
        "CAREERBOT_SMS_API_URL": fake_sms.url,
        "CAREERBOT_SMS_ACCOUNT_SID": fake_sms_provider.ACCOUNT_SID,
        "CAREERBOT_SMS_AUTH_TOKEN": fake_sms_provider.AUTH_TOKEN,
        "CAREERBOT_SMS_FROM": fake_sms_provider.SENDER,
        "CAREERBOT_SMS_HASH_SECRET": fake_sms_provider.SMS_HASH_SECRET,
        "CAREERBOT_SMS_PUBLIC_BASE_URL": fake_sms_provider.SMS_PUBLIC_BASE_URL,
        "PYTHONHASHSEED": "0",
        "TF_ENABLE_ONEDNN_OPTS": "0",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "RASA_TELEMETRY_ENABLED": "false",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    }


@dataclass(frozen=True)
class Stack:
    """URLs of the running servers."""

    rasa_url: str
    actions_url: str
    coach_url: str | None
    log_dir: Path

    def say(
        self, sender: str, message: str, metadata: dict[str, object] | None = None
    ) -> list[dict]:
        """Send one message over the REST channel and return the bot's replies."""
        import json
        import urllib.request

        body = {"sender": sender, "message": message}
        if metadata:
            body["metadata"] = metadata
        request = urllib.request.Request(
            f"{self.rasa_url}/webhooks/rest/webhook",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())


@pytest.fixture(scope="session")
def stack(stack_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The action server, the Rasa server (models/current.tar.gz) and the coach app, running."""
    model = ROOT / "models" / "current.tar.gz"
    if not model.exists():
        pytest.fail("models/current.tar.gz is missing: `make model` trains it")
    logs = tmp_path_factory.mktemp("logs")
    actions_port, rasa_port, coach_port = free_port(), free_port(), free_port()
    env = {
        **stack_env,
        "CAREERBOT_ACTION_ENDPOINT": f"http://127.0.0.1:{actions_port}/webhook",
        "CAREERBOT_COACH_PORT": str(coach_port),
        "CAREERBOT_ALLOWED_ORIGINS": f"{WIDGET_ORIGIN} http://127.0.0.1:{coach_port}",
    }
    with ExitStack() as running:
        running.enter_context(
            Process(
                action_server_command(actions_port),
                port=actions_port,
                ready_path="/health",
                env=env,
                log=logs / "actions.log",
            )
        )
        coach_url = None
        if (ROOT / "bot" / "coach_app" / "__main__.py").exists():
            running.enter_context(
                Process(
                    [str(APP_BIN / "python"), "-m", "bot.coach_app"],
                    port=coach_port,
                    ready_path="/",
                    env=env,
                    log=logs / "coach.log",
                )
            )
            coach_url = f"http://127.0.0.1:{coach_port}"
        running.enter_context(
            Process(
                rasa_server_command(rasa_port, model),
                port=rasa_port,
                ready_path="/",
                env=env,
                timeout=240,
                log=logs / "rasa.log",
            )
        )
        yield Stack(
            rasa_url=f"http://127.0.0.1:{rasa_port}",
            actions_url=f"http://127.0.0.1:{actions_port}",
            coach_url=coach_url,
            log_dir=logs,
        )
