"""Create, find and move handoff tasks. Plain functions over a caller-owned session.

Every look-up the assistant's actions make lives here (the actions only read the tracker
and call these through :func:`actions.db.in_app_database`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.handoff import outbox
from bot.handoff.errors import InvalidTransition, TaskNotFound
from bot.handoff.models import Coach, Note, School, Task, utcnow
from bot.handoff.routing import assign_coach
from bot.handoff.schedule import due_at
from bot.handoff.schools import find_school, school_choices

log = logging.getLogger(__name__)

# What a task (and every notification) says when the student's school is not in the
# directory: never what the student typed, which may hold a name or a phone number.
UNLISTED_SCHOOL = "a school not in our list"

TOPICS = {
    "coach": "wants to talk with their coach",
    "not_understood": "the assistant could not understand them",
    "application": "help with an application",
    "financial_aid": "financial aid / FAFSA",
    "job_shadowing": "job shadowing or an internship",
    "personal": "a personal situation",
    "crisis": "CRISIS language: safety check needed",
}


@dataclass(frozen=True)
class HandoffRequest:
    """Everything the assistant learned that the coach needs, and nothing more."""

    conversation_id: str
    channel: str
    topic: str
    school_id: str | None = None
    school_name: str | None = None
    first_name: str | None = None
    contact: str | None = None
    contact_kind: str | None = None  # "phone" | "email"
    consent: bool = False
    summary: str = ""
    transcript: list[dict[str, str]] = field(default_factory=list)
    urgent: bool = False
    request_key: str | None = None


@dataclass(frozen=True)
class TaskReceipt:
    """What the student is told: which task, who will reach out and by when."""

    task_id: int
    coach_name: str
    due_at: datetime
    urgent: bool
    school_id: str | None = None
    school_name: str | None = None


def create_task(
    *,
    session: Session,
    request: HandoffRequest,
    tz: str,
    day_end: str,
    now: datetime | None = None,
) -> TaskReceipt:
    """Write the task and its notification jobs, and commit, before the student is told.

    A request with a ``request_key`` already stored returns the stored task, so a retried
    action never creates a second task.
    """
    if request.request_key:
        existing = session.scalars(
            select(Task).where(Task.request_key == request.request_key)
        ).first()
        if existing is not None:
            return _receipt(existing)
    now = now or utcnow()
    school = session.get(School, request.school_id) if request.school_id else None
    coach = assign_coach(session=session, school=school)
    task = Task(
        request_key=request.request_key,
        school_id=school.id if school else None,
        school_name=school.name if school else UNLISTED_SCHOOL,
        coach=coach,
        student_first_name=request.first_name,
        contact=request.contact,
        contact_kind=request.contact_kind,
        channel=request.channel,
        conversation_id=request.conversation_id,
        topic=request.topic,
        summary=request.summary,
        transcript=request.transcript,
        urgent=request.urgent,
        consent=request.consent,
        status="open",
        created_at=now,
        due_at=due_at(now, urgent=request.urgent, tz=tz, day_end=day_end),
    )
    session.add(task)
    channels = coach.all_channels if request.urgent else coach.channels
    outbox.enqueue(session=session, task=task, channels=channels, kind="new", at=now)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        if not request.request_key:
            raise
        return _receipt(
            session.scalars(select(Task).where(Task.request_key == request.request_key)).one()
        )
    log.info(
        "handoff task %s created: topic=%s urgent=%s coach_id=%s channels=%s",
        task.id,
        task.topic,
        task.urgent,
        coach.id,
        ",".join(channels) or "inbox only",
    )
    return _receipt(task)


def create_task_from_chat(
    *, session: Session, request: HandoffRequest, tz: str, day_end: str
) -> TaskReceipt:
    """:func:`create_task` for the assistant's requests.

    A school id the page sent that is not in the directory is dropped (the task goes to a
    fallback coach), never stored as given.
    """
    if request.school_id and session.get(School, request.school_id) is None:
        request = replace(request, school_id=None)
    return create_task(session=session, request=request, tz=tz, day_end=day_end)


def school_name(*, session: Session, school_id: str) -> str | None:
    """The directory name of ``school_id`` (None: not in the directory)."""
    school = session.get(School, school_id)
    return school.name if school else None


SchoolRef = tuple[str, str]  # (id, name)


def match_school(*, session: Session, text: str) -> tuple[SchoolRef | None, list[SchoolRef]]:
    """The school ``text`` names, or else the closest ones to offer (id and name of each)."""
    school = find_school(session=session, text=text)
    if school is not None:
        return (school.id, school.name), []
    return None, [(s.id, s.name) for s in school_choices(session=session, text=text)]


def coach_name(*, session: Session, task_id: int) -> str:
    """Who holds the task, as the student is told."""
    return get_task(session=session, task_id=task_id).coach.display_name


def add_contact(
    *,
    session: Session,
    task_id: int,
    first_name: str | None,
    contact: str | None,
    contact_kind: str | None,
    consent: bool,
    school_id: str | None = None,
    school_name: str | None = None,
) -> TaskReceipt:
    """Complete a task the student added details to (a crisis task raised before we knew them).

    A school learned only now moves the task to that school's coach, who is notified too.
    ``school_name`` is ignored: only a school from the directory is written.
    """
    task = get_task(session=session, task_id=task_id)
    task.student_first_name = task.student_first_name or first_name
    if contact:
        task.contact, task.contact_kind = contact, contact_kind
    task.consent = task.consent or consent
    school = session.get(School, school_id) if school_id else None
    if task.school_id is None and school is not None:
        task.school_name, task.school = school.name, school
        coach = assign_coach(session=session, school=school)
        if coach.id != task.coach_id:
            task.coach = coach
            channels = coach.all_channels if task.urgent else coach.channels
            outbox.enqueue(session=session, task=task, channels=channels, kind="new", at=utcnow())
    session.commit()
    log.info("handoff task %s: contact details added", task.id)
    return _receipt(task)


def _receipt(task: Task) -> TaskReceipt:
    return TaskReceipt(
        task_id=task.id,
        coach_name=task.coach.display_name,
        due_at=task.due_at,
        urgent=task.urgent,
        school_id=task.school_id,
        school_name=task.school_name if task.school_id else None,
    )


def _visible(coach: Coach):  # type: ignore[no-untyped-def]
    own_schools = select(School.id).where(School.coach_id == coach.id)
    return or_(Task.coach_id == coach.id, Task.school_id.in_(own_schools))


def list_tasks(
    *,
    session: Session,
    coach: Coach | None = None,
    status: str | None = None,
    now: datetime | None = None,
    limit: int = 500,
) -> list[Task]:
    """Tasks, unresolved before resolved, then urgent, overdue, and soonest due first.

    With ``coach``, only the tasks of that coach's schools or assigned to them; without,
    every task (the command line, for regional and state staff).
    """
    query = select(Task)
    if coach is not None:
        query = query.where(_visible(coach))
    if status:
        query = query.where(Task.status == status)
    tasks = list(session.scalars(query.order_by(Task.created_at.desc()).limit(limit)))
    now = now or utcnow()
    rank = {"open": 0, "claimed": 1, "resolved": 2}
    tasks.sort(key=lambda t: (rank.get(t.status, 3), not t.urgent, not t.is_overdue(now), t.due_at))
    return tasks


def get_task(*, session: Session, task_id: int, coach: Coach | None = None) -> Task:
    """One task; a coach asking for another school's task gets :class:`TaskNotFound`."""
    query = select(Task).where(Task.id == task_id)
    if coach is not None:
        query = query.where(_visible(coach))
    task = session.scalars(query).first()
    if task is None:
        raise TaskNotFound(f"task {task_id} not found")
    return task


def claim(*, session: Session, task_id: int, coach: Coach) -> Task:
    """The coach takes the task; urgent reminders stop."""
    task = get_task(session=session, task_id=task_id, coach=coach)
    if task.status != "open":
        raise InvalidTransition(f"task {task_id} is {task.status}, not open")
    task.status, task.claimed_at, task.claimed_by = "claimed", utcnow(), coach
    outbox.cancel_reminders(session=session, task=task)
    session.commit()
    log.info("handoff task %s claimed by coach_id=%s", task.id, coach.id)
    return task


def resolve(*, session: Session, task_id: int, coach: Coach) -> Task:
    """The coach has followed up; the task is done."""
    task = get_task(session=session, task_id=task_id, coach=coach)
    if task.status == "resolved":
        raise InvalidTransition(f"task {task_id} is already resolved")
    now = utcnow()
    if task.claimed_at is None:
        task.claimed_at, task.claimed_by = now, coach
    task.status, task.resolved_at = "resolved", now
    outbox.cancel_reminders(session=session, task=task)
    session.commit()
    log.info("handoff task %s resolved by coach_id=%s", task.id, coach.id)
    return task


def add_note(*, session: Session, task_id: int, coach: Coach, text: str) -> Note:
    """A coach's note on the task (trimmed; empty notes are refused)."""
    text = text.strip()[:4000]
    if not text:
        raise InvalidTransition("a note needs some text")
    task = get_task(session=session, task_id=task_id, coach=coach)
    note = Note(task_id=task.id, coach=coach, text=text, created_at=utcnow())
    session.add(note)
    session.commit()
    return note
