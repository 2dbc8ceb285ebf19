"""Session-wide fixtures: a database built once from the real sources, and the real servers."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager as ContextManager
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.bot import fake_sms_provider
from tests.bot.fake_sms_provider import FakeSMSProvider
from tests.servers import (
    APP_BIN,
    RASA_TOKEN,
    ROOT,
    WIDGET_ORIGIN,
    Background,
    Process,
    SlowLink,
    action_server_command,
    free_port,
    haproxy_command,
    haproxy_env,
    rasa_server_command,
    sms_worker_command,
    throwaway_postgres,
    wait_for_balancer,
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
def patterns(occupations_session: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data matcher's patterns file as `careerbot data build` writes it (test database)."""
    from careerbot.nlu_lookups import write_mentions

    return write_mentions(occupations_session, tmp_path_factory.mktemp("var") / "mentions.jsonl")


@pytest.fixture(scope="session")
def occupations_session(occupations_db_url: str) -> Iterator[object]:
    """A read-only session on the built database, shared by the data-layer tests."""
    from occupations.db import session_scope

    with session_scope(occupations_db_url) as session:
        yield session


@pytest.fixture(scope="session")
def cited(occupations_db_url: str) -> dict[str, str]:
    """What answers must cite, read straight from the built database's ``provenance`` rows.

    ``oews`` (wages), ``projections`` (entry routes, openings) and ``onet`` (descriptions):
    "<source>, <release>" as the build recorded them (O*NET's release names its version
    already). Tests compare citations with these, never with a typed release.
    """
    import sqlite3

    path = occupations_db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT table_name, source, release, file FROM provenance")
        provenance = list(rows)

    def first(table: str, piece: str) -> tuple[str, str]:
        return next((s, r) for t, s, r, f in provenance if t == table and piece in f)

    oews, projections = first("wage", ""), first("occupation", "occupation.xlsx")
    return {
        "oews": f"{oews[0]}, {oews[1]}",
        "projections": f"{projections[0]}, {projections[1]}",
        "onet": first("occupation", "onet-")[1],
    }


@pytest.fixture(scope="session")
def app_db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A fresh SQLite file for handoffs, coaches and SMS opt-outs."""
    return f"sqlite:///{tmp_path_factory.mktemp('app') / 'careerbot.sqlite'}"


@pytest.fixture(scope="session")
def tracker_database() -> Iterator[str]:
    """A throwaway PostgreSQL database for Rasa's tracker store (the production setting)."""
    with throwaway_postgres("careerbot_tracker") as url:
        yield url.rsplit("/", 1)[1]


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test (``tests.servers.throwaway_postgres``)."""
    with throwaway_postgres() as url:
        yield url


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
    from careerbot.nlu_lookups import write_mentions
    from occupations.db import session_scope

    with session_scope(occupations_db_url) as session:  # the data matcher's patterns (issue 8)
        write_mentions(session, var / "mentions.jsonl")
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
        # SMS replies are rows the worker sends (bot/sms/worker.py).
        running.enter_context(Background(sms_worker_command(), env=env, log=logs / "sms.log"))
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


@dataclass
class Cluster:
    """Two Rasa instances and two action servers behind HAProxy (deploy/haproxy/haproxy.cfg).

    ``url`` is the balancer's student-facing address, ``stats_url`` its server states (on
    the inside address); ``rasa_urls`` reach each instance directly (to bypass the
    balancer); ``link`` sits between the instances and the action balancer and can slow
    every action call down.
    """

    url: str
    stats_url: str
    rasa_urls: list[str]
    link: SlowLink
    log_dir: Path
    env: dict[str, str]
    running: ExitStack
    rasa: list[subprocess.Popen[bytes]]

    dead: set[int] = field(default_factory=set)

    def instances(self) -> list[str]:
        """Each Rasa instance's own address; a killed instance is started again first."""
        while self.dead:
            index = self.dead.pop()
            port = int(self.rasa_urls[index].rsplit(":", 1)[1])
            self.rasa[index] = self.running.enter_context(_cluster_rasa(self, port, index))
            wait_for_balancer(self.stats_url)
        return self.rasa_urls

    def kill_rasa(self, index: int) -> None:
        """SIGKILL instance ``index``, as a crash or an out-of-memory kill would.

        It starts again (a minute) only if a later test asks for :meth:`instances`; tests
        marked ``kills_an_instance`` run last, so usually it never needs to.
        """
        self.rasa[index].kill()
        self.rasa[index].wait()
        self.dead.add(index)


def _cluster_rasa(cluster: Cluster, port: int, index: int) -> ContextManager[Any]:
    return Process(
        rasa_server_command(port, ROOT / "models" / "current.tar.gz"),
        port=port,
        ready_path="/",
        env=cluster.env,
        timeout=480,  # two instances load at once; slow on a busy 2-core machine
        log=cluster.log_dir / f"rasa-{index + 1}.log",
    )


# The lock store the cluster's instances use. Redis in production and in the tests; set
# CAREERBOT_TEST_LOCK_STORE=in_memory to watch the cross-instance lock test fail.
CLUSTER_LOCK_STORE = os.environ.get("CAREERBOT_TEST_LOCK_STORE", "redis")


@pytest.fixture(scope="session")
def cluster(
    stack_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Cluster]:
    """The production shape: HAProxy, two Rasa instances, two action servers, shared stores."""
    if not (ROOT / "models" / "current.tar.gz").exists():
        pytest.fail("models/current.tar.gz is missing: `make model` trains it")
    if not (shutil.which("haproxy") or Path("/usr/sbin/haproxy").exists()):
        pytest.fail("HAProxy is missing: `make haproxy` installs it (Debian package)")
    logs = tmp_path_factory.mktemp("cluster")
    lb_port, lb_actions_port = free_port(), free_port()
    rasa_ports, action_ports = [free_port(), free_port()], [free_port(), free_port()]
    with ExitStack() as running:
        running.enter_context(
            Process(
                haproxy_command(),
                port=lb_port,
                ready_path="/lb-health",
                env=haproxy_env(lb_port, lb_actions_port, rasa_ports, action_ports),
                log=logs / "haproxy.log",
            )
        )
        for index, port in enumerate(action_ports):
            running.enter_context(
                Process(
                    action_server_command(port),
                    port=port,
                    ready_path="/health",
                    env=stack_env,
                    log=logs / f"actions-{index + 1}.log",
                )
            )
        link = running.enter_context(SlowLink(f"http://127.0.0.1:{lb_actions_port}"))
        env = {
            **stack_env,
            "CAREERBOT_ACTION_ENDPOINT": f"{link.url}/webhook",
            "CAREERBOT_LOCK_STORE": CLUSTER_LOCK_STORE,
        }
        cluster = Cluster(
            url=f"http://127.0.0.1:{lb_port}",
            stats_url=f"http://127.0.0.1:{lb_actions_port}/lb-stats",
            rasa_urls=[f"http://127.0.0.1:{port}" for port in rasa_ports],
            link=link,
            log_dir=logs,
            env=env,
            running=running,
            rasa=[],
        )
        # Both instances load their model at the same time (about a minute).
        with ThreadPoolExecutor(max_workers=2) as pool:
            managers = [_cluster_rasa(cluster, port, i) for i, port in enumerate(rasa_ports)]
            started = [pool.submit(manager.__enter__) for manager in managers]
            for manager, future in zip(managers, started, strict=True):
                process = future.result()
                running.push(manager.__exit__)
                cluster.rasa.append(process)
        wait_for_balancer(cluster.stats_url)
        yield cluster


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that kill a server of the shared cluster run after every other test."""
    items.sort(key=lambda item: item.get_closest_marker("kills_an_instance") is not None)
