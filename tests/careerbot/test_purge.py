"""``careerbot purge`` on real SQLite files and real PostgreSQL databases, run as a process."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from bot.handoff import store
from bot.handoff.db import engine_for, session_scope
from bot.handoff.models import Coach
from bot.seed import apply_seed, read_seed
from bot.sms.store import SMSStore
from tests.servers import APP_BIN, throwaway_postgres

DAY = 86400.0
# The table Rasa's SQLTrackerStore writes (rasa/core/tracker_store.py, SQLEvent).
TRACKER = sa.MetaData()
EVENTS = sa.Table(
    "events",
    TRACKER,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False, index=True),
    sa.Column("type_name", sa.String(255), nullable=False),
    sa.Column("timestamp", sa.Float),
    sa.Column("intent_name", sa.String(255)),
    sa.Column("action_name", sa.String(255)),
    sa.Column("data", sa.Text),
)


def _postgres_databases() -> Iterator[tuple[str, str]]:
    with (
        throwaway_postgres("careerbot_purge_app") as app,
        throwaway_postgres("careerbot_purge_tracker") as tracker,
    ):
        yield app, tracker


@pytest.fixture(params=["sqlite", "postgresql"])
def databases(request: pytest.FixtureRequest, tmp_path) -> Iterator[tuple[str, str]]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'app.sqlite'}", f"sqlite:///{tmp_path / 'tracker.db'}"
    else:
        yield from _postgres_databases()


def _fill(app_url: str, tracker_url: str) -> dict[str, int]:
    now = datetime.now(timezone.utc)
    old = now - timedelta(days=500)
    with session_scope(app_url) as session:
        apply_seed(session=session, seed=read_seed(), password=None)
        rivera = session.query(Coach).filter_by(username="rivera").one()
        ids = {}
        for name in ("old_resolved", "new_resolved", "old_open"):
            ids[name] = store.create_task(
                session=session,
                request=store.HandoffRequest(
                    conversation_id=name,
                    channel="web",
                    topic="coach",
                    school_id="hattiesburg-high",
                    first_name="Maria",
                    contact="+16015550123",
                    contact_kind="phone",
                ),
                tz="America/Chicago",
                day_end="15:30",
            ).task_id
            if name != "old_open":
                store.add_note(session=session, task_id=ids[name], coach=rivera, text="called")
                store.resolve(session=session, task_id=ids[name], coach=rivera)
        task = store.get_task(session=session, task_id=ids["old_resolved"])
        task.resolved_at = task.created_at = old
        store.get_task(session=session, task_id=ids["old_open"]).created_at = old
    sms = SMSStore(app_url)
    for key in ("old-contact", "old-stopped", "new-contact"):
        sms.mark_welcomed(key)
    sms.set_opted_out("old-stopped", True)
    sms.first_time("SM-old", "old-contact")
    with sms.engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE sms_contacts SET updated_at = :t WHERE sender_key LIKE 'old-%'"),
            {"t": old},
        )
        connection.execute(sa.text("UPDATE sms_inbound SET received_at = :t"), {"t": old})
    sms.engine.dispose()
    from bot.sms import outbox as sms_outbox

    outbox_engine = sa.create_engine(app_url)
    sms_outbox.texts.metadata.create_all(outbox_engine, tables=[sms_outbox.texts])
    naive_old, naive_now = old.replace(tzinfo=None), now.replace(tzinfo=None)
    with outbox_engine.begin() as connection:
        for finished in (naive_old, naive_now, None):
            connection.execute(
                sa.insert(sms_outbox.texts).values(
                    sender_key="old-contact",
                    phone=None if finished else "+16015550123",
                    turn="t1",
                    part=1,
                    parts=1,
                    body="a reply",
                    always=False,
                    status="sent" if finished else "pending",
                    attempts=1,
                    next_attempt_at=naive_old,
                    created_at=naive_old,
                    finished_at=finished,
                )
            )
    outbox_engine.dispose()
    tracker = sa.create_engine(tracker_url)
    TRACKER.create_all(tracker)
    stamp = time.time()
    rows = [
        ("old-conversation", stamp - 500 * DAY),
        ("old-conversation", stamp - 499 * DAY),
        ("returning-student", stamp - 450 * DAY),
        ("returning-student", stamp - 2 * DAY),  # came back: the conversation stays
        ("recent", stamp - DAY),
    ]
    with tracker.begin() as connection:
        connection.execute(
            sa.insert(EVENTS),
            [
                {"sender_id": s, "type_name": "slot", "timestamp": t, "data": '{"value": "Maria"}'}
                for s, t in rows
            ],
        )
    tracker.dispose()
    return ids


def _purge(app_url: str, tracker_url: str, *args: str) -> dict[str, object]:
    result = subprocess.run(
        [str(APP_BIN / "careerbot"), "purge", "--json", *args],
        capture_output=True,
        text=True,
        env={
            "CAREERBOT_DATABASE_URL": app_url,
            "CAREERBOT_TRACKER_URL": tracker_url,
            "PATH": "/usr/bin:/bin",
        },
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_purge_deletes_only_what_is_past_retention(databases: tuple[str, str]) -> None:
    app_url, tracker_url = databases
    ids = _fill(app_url, tracker_url)
    expected = {
        "conversations": 1,
        "events": 2,
        "sms_contacts": 1,
        "sms_inbound": 1,
        "sms_outbox": 1,  # finished long ago; the recent and the unfinished ones stay
        "tasks": 1,
    }

    dry = _purge(app_url, tracker_url, "--dry-run")
    assert dry["dry_run"] is True
    assert {key: dry[key] for key in expected} == expected
    tracker = sa.create_engine(tracker_url)
    with tracker.connect() as connection:
        assert connection.execute(sa.select(sa.func.count()).select_from(EVENTS)).scalar() == 5

    done = _purge(app_url, tracker_url)
    assert {key: done[key] for key in expected} == expected
    with tracker.connect() as connection:
        senders = set(connection.execute(sa.select(EVENTS.c.sender_id)).scalars())
    tracker.dispose()
    assert senders == {"returning-student", "recent"}
    with session_scope(app_url) as session:
        left = {task.id for task in store.list_tasks(session=session)}
        assert left == {ids["new_resolved"], ids["old_open"]}  # open tasks are never deleted
    with engine_for(app_url).connect() as connection:
        keys = set(connection.execute(sa.text("SELECT sender_key FROM sms_contacts")).scalars())
        inbound = connection.execute(sa.text("SELECT count(*) FROM sms_inbound")).scalar()
    assert keys == {"old-stopped", "new-contact"} and inbound == 0  # STOP is remembered

    again = _purge(app_url, tracker_url)
    assert {key: again[key] for key in expected} == dict.fromkeys(expected, 0)


def test_purge_explains_an_unreachable_tracker_store(tmp_path) -> None:
    result = subprocess.run(
        [str(APP_BIN / "careerbot"), "purge", "--json"],
        capture_output=True,
        text=True,
        env={
            "CAREERBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'app.sqlite'}",
            "CAREERBOT_TRACKER_URL": "postgresql+psycopg2://postgres@127.0.0.1:1/nowhere",
            "PATH": "/usr/bin:/bin",
        },
        timeout=120,
    )
    assert result.returncode != 0
    assert "error" in json.loads(result.stdout)
