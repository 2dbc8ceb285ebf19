"""The app database's Alembic migrations: a fresh database, and one made before them.

"Before them" is the code of commit ``LEGACY`` (the last one that created its tables on
first use), run from a copy of that commit in its own process: its tables, a seeded
directory, a task and an SMS opt-out are written, then today's code upgrades the database
and everything is still there, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from bot.handoff import schema, store
from bot.handoff.db import engine_for, session_scope
from bot.handoff.engine import create_app_engine
from bot.seed import apply_seed, read_seed
from bot.sms.store import SMSStore
from tests.servers import ROOT

LEGACY = "4913415"  # the last commit whose code made the app tables with create_all

LEGACY_WRITE = """
import json, sys
from datetime import datetime, timezone
from bot.handoff import store
from bot.handoff.db import session_scope
from bot.seed import apply_seed, read_seed
from bot.sms.outbox import Outgoing, SMSOutbox
from bot.sms.store import SMSStore

url = sys.argv[1]
with session_scope(url) as session:  # created the handoff tables on first use
    apply_seed(session=session, seed=read_seed(), password=None)
    receipt = store.create_task(
        session=session,
        request=store.HandoffRequest(
            conversation_id="legacy-1", channel="web", topic="coach", school_id="petal-high",
            first_name="Ana", contact="ana@example.net", contact_kind="email", consent=True,
            request_key="legacy:1",
        ),
        tz="America/Chicago", day_end="15:30",
    )
sms = SMSStore(url)  # and the SMS tables on its first use
sms.set_opted_out("legacy-key", True)
SMSOutbox(sms.engine).add([Outgoing(key="legacy-key", phone="+16015550100", body="Hi")])
print(json.dumps({"task_id": receipt.task_id}))
"""


@pytest.fixture(scope="module")
def legacy_code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bot`` package as it was at ``LEGACY``, unpacked into a folder of its own."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", LEGACY, "bot"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        shallow = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--is-shallow-repository"],
            capture_output=True,
            text=True,
            check=False,
        )
        if shallow.stdout.strip() == "true":  # history cut off: nothing to upgrade from here
            pytest.skip(f"commit {LEGACY} is not in this shallow clone (.ci/run unshallows)")
        pytest.fail(f"commit {LEGACY} is needed: {archive.stderr.decode()}")
    folder = tmp_path_factory.mktemp("legacy")
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def write_with_legacy_code(code: Path, url: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", LEGACY_WRITE, url],
        cwd=code,
        env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return int(json.loads(done.stdout.strip().splitlines()[-1])["task_id"])


def schema_differences(url: str) -> list[object]:
    """What the database lacks or has beyond the models (empty: exactly what the code expects)."""
    engine = create_app_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return list(compare_metadata(context, list(schema.TARGET_METADATA)))
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'careerbot.sqlite'}"
    return str(request.getfixturevalue("postgres_url"))


def test_a_fresh_database_is_migrated_to_exactly_the_models(empty_url: str) -> None:
    engine = engine_for(empty_url)
    assert schema.current(engine) == schema.head()
    assert schema_differences(empty_url) == []


def test_a_database_made_before_migrations_is_upgraded_and_keeps_its_data(
    empty_url: str, legacy_code: Path
) -> None:
    task_id = write_with_legacy_code(legacy_code, empty_url)
    legacy = create_app_engine(empty_url)
    assert schema.current(legacy) is None  # made by create_all: never migrated
    assert sa.inspect(legacy).has_table("handoff_tasks")
    legacy.dispose()

    engine = engine_for(empty_url)  # what every process of today's code does first

    assert schema.current(engine) == schema.head()
    assert schema_differences(empty_url) == []
    with session_scope(empty_url) as session:
        task = store.get_task(session=session, task_id=task_id)
        assert (task.student_first_name, task.contact, task.school_name) == (
            "Ana",
            "ana@example.net",
            "Petal High School",
        )
        assert [n.channel for n in task.notifications]  # its notification jobs too
        again = store.create_task(
            session=session,
            request=store.HandoffRequest(
                conversation_id="after-1", channel="web", topic="coach", request_key="after:1"
            ),
            tz="America/Chicago",
            day_end="15:30",
        )
        assert again.task_id != task_id
    assert SMSStore(empty_url).is_opted_out("legacy-key")  # the opt-out is kept
    with engine.connect() as connection:
        queued = connection.execute(sa.text("SELECT count(*) FROM sms_outbox")).scalar_one()
    assert queued == 1


def test_upgrading_twice_changes_nothing(empty_url: str) -> None:
    engine = engine_for(empty_url)
    with session_scope(empty_url) as session:
        apply_seed(session=session, seed=read_seed(), password=None)
    schema.upgrade(engine)  # a second process, or `careerbot db upgrade` by hand
    assert schema.current(engine) == schema.head()
    with session_scope(empty_url) as session:
        assert store.school_name(session=session, school_id="petal-high") == "Petal High School"


def test_the_rasa_side_store_refuses_a_database_that_was_never_migrated(tmp_path: Path) -> None:
    from bot.handoff.engine import require_sms_tables
    from bot.handoff.errors import StoreUnavailable

    engine = create_app_engine(f"sqlite:///{tmp_path / 'new.sqlite'}")
    with pytest.raises(StoreUnavailable, match="not migrated"):
        require_sms_tables(engine)
    schema.upgrade(engine)
    require_sms_tables(engine)


@pytest.mark.parametrize("command", [["handoffs", "list", "--json"], ["db", "upgrade", "--json"]])
def test_the_cli_says_the_app_database_is_down_without_a_traceback(command: list[str]) -> None:
    from tests.servers import APP_BIN

    env = {"CAREERBOT_DATABASE_URL": "postgresql://postgres@127.0.0.1:1/none", "PATH": "/bin"}
    done = subprocess.run(
        [str(APP_BIN / "careerbot"), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "cannot be reached" in json.loads(done.stdout)["error"]
