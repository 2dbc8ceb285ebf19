"""The handoff store: routing, due times, durability, visibility and privacy."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy.orm import Session

from bot.handoff import outbox, store
from bot.handoff.db import session_scope
from bot.handoff.errors import InvalidTransition, NoCoachAvailable, TaskNotFound
from bot.handoff.models import Coach, Notification
from bot.handoff.store import HandoffRequest
from bot.seed import apply_seed, read_seed

TZ, DAY_END = "America/Chicago", "15:30"
PASSWORD = "test-coach-password"


def seeded(url: str) -> str:
    with session_scope(url) as session:
        apply_seed(session=session, seed=read_seed(), password=None)
    return url


@pytest.fixture
def db_url(tmp_path) -> str:
    return seeded(f"sqlite:///{tmp_path / 'handoff.sqlite'}")


@pytest.fixture
def session(db_url: str) -> Iterator[Session]:
    with session_scope(db_url) as s:
        yield s


def coach(session: Session, username: str) -> Coach:
    return session.query(Coach).filter_by(username=username).one()


def request(**overrides: object) -> HandoffRequest:
    values: dict[str, object] = {
        "conversation_id": uuid.uuid4().hex,
        "channel": "web",
        "topic": "financial_aid",
        "school_id": "hattiesburg-high",
        "first_name": "Maria",
        "contact": "+16015550123",
        "contact_kind": "phone",
        "consent": True,
        "summary": "Asked about electricians.",
        "transcript": [{"who": "student", "text": "can I talk to my coach"}],
    }
    values.update(overrides)
    return HandoffRequest(**values)  # type: ignore[arg-type]


def create(session: Session, now: datetime | None = None, **overrides: object) -> store.TaskReceipt:
    return store.create_task(
        session=session, request=request(**overrides), tz=TZ, day_end=DAY_END, now=now
    )


def test_task_for_a_school_with_a_coach_goes_to_that_coach(session: Session) -> None:
    receipt = create(session)
    assert receipt.coach_name == "Ms. Rivera"
    task = store.get_task(session=session, task_id=receipt.task_id)
    assert (task.status, task.school_name, task.topic) == (
        "open",
        "Hattiesburg High School",
        "financial_aid",
    )


def test_school_without_a_coach_goes_to_the_regional_fallback(session: Session) -> None:
    assert create(session, school_id="biloxi-high").coach_name == "Dr. Carter (south region)"


def test_school_in_a_region_without_fallback_goes_to_the_state_office(session: Session) -> None:
    assert create(session, school_id="jackson-callaway-high").coach_name == (
        "the state career-coach office"
    )


def test_unknown_school_goes_to_the_state_office_never_nowhere(session: Session) -> None:
    receipt = create(session, school_id=None, school_name="Some Academy")
    assert receipt.coach_name == "the state career-coach office"
    # What the student typed is not kept: it may hold a name or a number.
    task = store.get_task(session=session, task_id=receipt.task_id)
    assert task.school_name == store.UNLISTED_SCHOOL


def test_inactive_coach_hands_their_school_to_the_fallback(session: Session) -> None:
    coach(session, "rivera").active = False
    session.commit()
    assert create(session).coach_name == "Dr. Carter (south region)"


def test_with_no_coach_configured_creation_fails_loudly(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    with session_scope(url) as empty, pytest.raises(NoCoachAvailable):
        create(empty, school_id=None)


def test_a_retried_request_creates_one_task(session: Session) -> None:
    first = create(session, request_key="sender-1:msg-1")
    second = create(session, request_key="sender-1:msg-1")
    assert first.task_id == second.task_id
    assert len(store.list_tasks(session=session)) == 1


def test_ordinary_task_is_due_by_the_end_of_the_next_school_day(session: Session) -> None:
    friday_evening = datetime(2026, 11, 20, 23, 0, tzinfo=timezone.utc)  # 5 pm Central
    receipt = create(session, now=friday_evening)
    assert receipt.due_at == datetime(2026, 11, 23, 21, 30, tzinfo=timezone.utc)  # Mon 3:30 pm


def test_urgent_task_is_due_within_the_hour_on_every_channel(session: Session) -> None:
    rivera = coach(session, "rivera")
    rivera.webhook_url, rivera.phone = "http://127.0.0.1:9/hook", "+16015550100"
    session.commit()
    now = datetime(2026, 11, 23, 15, 0, tzinfo=timezone.utc)
    receipt = create(session, now=now, urgent=True, topic="crisis")
    assert receipt.due_at == now + timedelta(hours=1)
    jobs = session.query(Notification).filter_by(task_id=receipt.task_id).all()
    assert sorted(j.channel for j in jobs) == ["email", "sms", "webhook"]


def test_ordinary_task_notifies_the_coach_s_chosen_channels(session: Session) -> None:
    rivera = coach(session, "rivera")
    rivera.webhook_url, rivera.phone = "http://127.0.0.1:9/hook", "+16015550100"
    session.commit()
    receipt = create(session)
    jobs = session.query(Notification).filter_by(task_id=receipt.task_id).all()
    assert sorted(j.channel for j in jobs) == ["email", "webhook"]  # notify_via: email,webhook


def test_claim_then_resolve_records_who_and_when(session: Session) -> None:
    rivera = coach(session, "rivera")
    task_id = create(session).task_id
    assert store.claim(session=session, task_id=task_id, coach=rivera).status == "claimed"
    with pytest.raises(InvalidTransition):
        store.claim(session=session, task_id=task_id, coach=rivera)
    store.add_note(session=session, task_id=task_id, coach=rivera, text="Called, left voicemail")
    task = store.resolve(session=session, task_id=task_id, coach=rivera)
    assert task.status == "resolved" and task.claimed_by is rivera and task.resolved_at
    assert [n.text for n in task.notes] == ["Called, left voicemail"]
    with pytest.raises(InvalidTransition):
        store.resolve(session=session, task_id=task_id, coach=rivera)


def test_a_coach_never_sees_another_school_s_task(session: Session) -> None:
    task_id = create(session, school_id="tupelo-high").task_id  # Mr. Johnson's school
    rivera = coach(session, "rivera")
    assert store.list_tasks(session=session, coach=rivera) == []
    for move in (store.get_task, store.claim, store.resolve):
        with pytest.raises(TaskNotFound):
            move(session=session, task_id=task_id, coach=rivera)
    assert [t.id for t in store.list_tasks(session=session, coach=coach(session, "johnson"))] == [
        task_id
    ]


def test_fallback_coach_sees_the_tasks_assigned_to_them(session: Session) -> None:
    task_id = create(session, school_id="biloxi-high").task_id
    lead = coach(session, "south-lead")
    assert [t.id for t in store.list_tasks(session=session, coach=lead)] == [task_id]


def test_urgent_and_overdue_tasks_come_first(session: Session) -> None:
    now = datetime.now(timezone.utc)
    ordinary = create(session, now=now).task_id
    overdue = create(session, now=now - timedelta(days=10)).task_id
    urgent = create(session, now=now, urgent=True, topic="crisis").task_id
    resolved = create(session, now=now, urgent=True, topic="crisis").task_id
    store.resolve(session=session, task_id=resolved, coach=coach(session, "rivera"))
    order = [t.id for t in store.list_tasks(session=session, now=now)]
    assert order == [urgent, overdue, ordinary, resolved]


def test_creating_and_moving_tasks_logs_no_names_or_contacts(
    session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    task_id = create(
        session, first_name="Zebulon", contact="zeb@example.net", contact_kind="email"
    ).task_id
    store.claim(session=session, task_id=task_id, coach=coach(session, "rivera"))
    assert "handoff task" in caplog.text
    for secret in ("Zebulon", "zeb@example.net", "rivera@example.org"):
        assert secret not in caplog.text


def test_claiming_an_urgent_task_stops_its_reminders(session: Session) -> None:
    receipt = create(session, urgent=True, topic="crisis")
    now = datetime.now(timezone.utc)
    [job] = outbox.lease_due(session=session, now=now + timedelta(seconds=1))
    outbox.mark_delivered(session=session, job=job, now=now, repeat_after=timedelta(minutes=15))
    [reminder] = session.query(Notification).filter_by(task_id=receipt.task_id, kind="reminder")
    assert reminder.status == "pending"
    store.claim(session=session, task_id=receipt.task_id, coach=coach(session, "rivera"))
    session.refresh(reminder)
    assert reminder.status == "cancelled"


def test_a_job_is_leased_to_one_worker_at_a_time(db_url: str) -> None:
    with session_scope(db_url) as first:
        create(first)
    later = datetime.now(timezone.utc) + timedelta(seconds=1)
    with session_scope(db_url) as worker_a, session_scope(db_url) as worker_b:
        leased_a = outbox.lease_due(session=worker_a, now=later)
        leased_b = outbox.lease_due(session=worker_b, now=later)
    assert len(leased_a) == 1 and leased_b == []


def test_store_works_on_postgresql(postgres_url: str) -> None:
    seeded(postgres_url)
    with session_scope(postgres_url) as session:
        receipt = create(session, request_key="pg:1", urgent=True, topic="crisis")
        assert create(session, request_key="pg:1").task_id == receipt.task_id
        later = datetime.now(timezone.utc) + timedelta(seconds=1)
        assert len(outbox.lease_due(session=session, now=later)) == 1
        store.claim(session=session, task_id=receipt.task_id, coach=coach(session, "rivera"))
        task = store.get_task(session=session, task_id=receipt.task_id)
        assert task.status == "claimed" and task.due_at.tzinfo is not None


def test_details_added_later_complete_the_task_and_reach_the_right_coach(session: Session) -> None:
    receipt = create(
        session,
        school_id=None,
        first_name=None,
        contact=None,
        contact_kind=None,
        urgent=True,
        topic="crisis",
        consent=False,
    )
    assert receipt.coach_name == "the state career-coach office"
    updated = store.add_contact(
        session=session,
        task_id=receipt.task_id,
        first_name="Ana",
        contact="ana@example.net",
        contact_kind="email",
        consent=True,
        school_id="biloxi-high",
    )
    assert updated.task_id == receipt.task_id
    assert updated.coach_name == "Dr. Carter (south region)"
    task = store.get_task(session=session, task_id=receipt.task_id)
    assert (task.student_first_name, task.contact, task.consent) == ("Ana", "ana@example.net", True)
    assert {n.coach.username for n in task.notifications} == {"state", "south-lead"}
