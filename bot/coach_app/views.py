"""The inbox pages: sign-in, the coach's own tasks (urgent and overdue first), one task."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from aiohttp import web
from aiohttp_session import get_session, new_session
from sqlalchemy.orm import Session

from bot.coach_app.keys import SETTINGS, THROTTLE
from bot.coach_app.render import e, page, when
from bot.coach_app.security import SESSION_HOURS, check_csrf, csrf_token, db, session_token
from bot.handoff import store
from bot.handoff.accounts import authenticate, coach_for_session, end_session, start_session
from bot.handoff.errors import InvalidTransition, TaskNotFound
from bot.handoff.models import TASK_STATUSES, Coach, Task, utcnow
from bot.handoff.store import TOPICS

log = logging.getLogger(__name__)
STATIC = Path(__file__).resolve().parent / "static"


def setup(app: web.Application) -> None:
    """Register the page routes."""
    app.router.add_get("/login", login_form)
    app.router.add_post("/login", login)
    app.router.add_post("/logout", logout)
    app.router.add_get("/inbox", inbox)
    app.router.add_get("/inbox/tasks/{id}", task_page)
    app.router.add_post("/inbox/tasks/{id}/{action:claim|resolve|notes}", task_action)
    app.router.add_static("/inbox/static", STATIC)


async def _form(request: web.Request) -> dict[str, str]:
    data = await request.post()
    return {key: str(value) for key, value in data.items()}


def _tz(request: web.Request) -> str:
    return request.app[SETTINGS].handoff.school_timezone


MAX_TASK_ID = 2**31 - 1


def task_id_of(request: web.Request) -> int:
    """The task id in the path; anything that cannot be one (letters, 40 digits) is a 404."""
    raw = request.match_info["id"]
    if not raw.isascii() or not raw.isdigit() or len(raw) > 10 or int(raw) > MAX_TASK_ID:
        raise web.HTTPNotFound(text="No such handoff in your inbox.")
    return int(raw)


async def _coach(request: web.Request, session: Session) -> Coach:
    """The coach of a live server-side session, or a redirect to the sign-in page."""
    token = await session_token(request)
    coach = coach_for_session(session=session, token=token) if token else None
    if coach is None:
        raise web.HTTPSeeOther("/login")
    return coach


async def login_form(request: web.Request, error: str = "", status: int = 200) -> web.Response:
    """The sign-in form."""
    return page(
        "login",
        title="Sign in",
        http_status=status,
        csrf=e(await csrf_token(request)),
        error=f'<p class="error" role="alert">{e(error)}</p>' if error else "",
    )


async def login(request: web.Request) -> web.Response:
    """Check the credentials; on success start a fresh session (no fixation)."""
    form = await _form(request)
    await check_csrf(request, form)
    username, password = form.get("username", "")[:80], form.get("password", "")[:200]
    throttle, address = request.app[THROTTLE], request.remote or "unknown"
    wait = throttle.delay(username, address)
    if wait:
        log.warning("coach sign-in slowed by %.2f s after repeated failures", wait)
        await asyncio.sleep(wait)  # slower, never locked: the right password still works

    def _check() -> tuple[int, str] | None:
        with db(request) as session:
            coach = authenticate(session=session, username=username, password=password)
            if coach is None:
                return None
            return coach.id, start_session(session=session, coach=coach, hours=SESSION_HOURS)

    signed_in = await asyncio.to_thread(_check)
    if signed_in is None:
        throttle.failed(username, address)
        log.info("coach sign-in refused")
        return await login_form(request, "That username and password do not match.", 401)
    throttle.succeeded(username)
    coach_id, token = signed_in
    session = await new_session(request)
    session["sid"] = token
    log.info("coach_id=%s signed in", coach_id)
    raise web.HTTPSeeOther("/inbox")


async def logout(request: web.Request) -> web.Response:
    """End the session on the server too, so a copy of the cookie stops working."""
    await check_csrf(request, await _form(request))
    token = await session_token(request)
    if token:
        with db(request) as session:
            end_session(session=session, token=token)
    (await get_session(request)).invalidate()
    raise web.HTTPSeeOther("/login")


def _badges(task: Task, now: object) -> str:
    badges = []
    if task.urgent:
        badges.append('<span class="badge urgent">urgent</span>')
    if task.is_overdue(now):  # type: ignore[arg-type]
        badges.append('<span class="badge overdue">overdue</span>')
    return " ".join(badges)


async def inbox(request: web.Request) -> web.Response:
    """The coach's tasks: open first, urgent and overdue at the top."""
    status = request.query.get("status")
    status = status if status in TASK_STATUSES else None
    tz, now = _tz(request), utcnow()
    with db(request) as session:
        coach = await _coach(request, session)
        tasks = store.list_tasks(session=session, coach=coach, status=status, now=now)
        rows = "\n".join(
            f'<tr class="{"urgent" if t.urgent else ""} {"overdue" if t.is_overdue(now) else ""}"'
            f' data-task="{t.id}"><td><a href="/inbox/tasks/{t.id}">#{t.id}</a></td>'
            f'<td class="status">{e(t.status)} {_badges(t, now)}</td><td>{e(t.school_name)}</td>'
            f"<td>{e(t.student_first_name or '-')}</td><td>{e(TOPICS.get(t.topic, t.topic))}</td>"
            f"<td>{e(when(t.created_at, tz))}</td><td>{e(when(t.due_at, tz))}</td></tr>"
            for t in tasks
        )
        name = coach.display_name
    filters = " ".join(f'<a href="/inbox?status={s}">{s.title()}</a>' for s in TASK_STATUSES)
    return page(
        "inbox",
        title="Inbox",
        coach=e(name),
        csrf=e(await csrf_token(request)),
        filters='<a href="/inbox">All</a> ' + filters,
        rows=rows,
        empty="" if rows else "<p>No handoffs here.</p>",
    )


def _action_button(task_id: int, action: str, label: str, csrf: str) -> str:
    return (
        f'<form method="post" action="/inbox/tasks/{task_id}/{action}">'
        f'<input type="hidden" name="csrf" value="{e(csrf)}">'
        f'<button type="submit" name="do" value="{action}">{label}</button></form>'
    )


async def task_page(request: web.Request) -> web.Response:
    """One task with everything the coach needs to follow up."""
    task_id = task_id_of(request)
    tz, now = _tz(request), utcnow()
    csrf = await csrf_token(request)
    with db(request) as session:
        coach = await _coach(request, session)
        try:
            task = store.get_task(session=session, task_id=task_id, coach=coach)
        except TaskNotFound as error:
            raise web.HTTPNotFound(text="No such handoff in your inbox.") from error
        actions = []
        if task.status == "open":
            actions.append(_action_button(task.id, "claim", "Claim", csrf))
        if task.status != "resolved":
            actions.append(_action_button(task.id, "resolve", "Mark resolved", csrf))
        transcript = "".join(
            f'<li class="{e(t.get("who"))}"><b>{e(t.get("who"))}:</b> {e(t.get("text"))}</li>'
            for t in task.transcript
        )
        notes = "".join(
            f"<li>{e(n.text)} <small>— {e(n.coach.display_name)}, {e(when(n.created_at, tz))}"
            "</small></li>"
            for n in task.notes
        )
        notifications = "".join(
            f"<li>{e(n.channel)} ({e(n.kind)}): {e(n.status)}, {n.attempts} attempt(s)</li>"
            for n in task.notifications
        )
        contact = f"{task.contact} ({task.contact_kind})" if task.contact else "not given"
        flash = request.query.get("done")
        response = page(
            "task",
            title=f"Handoff #{task.id}",
            id=str(task.id),
            badges=_badges(task, now),
            flash=f'<p class="flash" role="status">Task {e(flash)}.</p>' if flash else "",
            status=e(task.status),
            school=e(task.school_name),
            first_name=e(task.student_first_name or "not given"),
            contact=e(contact),
            consent="yes" if task.consent else "no",
            topic=e(TOPICS.get(task.topic, task.topic)),
            summary=e(task.summary or "-"),
            channel=e(task.channel),
            conversation=e(task.conversation_id[:12]),
            created=e(when(task.created_at, tz)),
            due=e(when(task.due_at, tz)),
            coach=e(task.coach.display_name),
            actions="".join(actions),
            transcript=transcript,
            notes=notes or "<li>No notes yet.</li>",
            notifications=notifications or "<li>None.</li>",
            csrf=e(csrf),
        )
    return response


async def task_action(request: web.Request) -> web.Response:
    """Claim, resolve or annotate a task, then show it again."""
    task_id, action = task_id_of(request), request.match_info["action"]
    form = await _form(request)
    await check_csrf(request, form)
    with db(request) as session:
        coach = await _coach(request, session)
        try:
            if action == "claim":
                store.claim(session=session, task_id=task_id, coach=coach)
            elif action == "resolve":
                store.resolve(session=session, task_id=task_id, coach=coach)
            else:
                store.add_note(
                    session=session, task_id=task_id, coach=coach, text=form.get("text", "")
                )
        except TaskNotFound as error:
            raise web.HTTPNotFound(text="No such handoff in your inbox.") from error
        except InvalidTransition as error:
            raise web.HTTPConflict(text=str(error)) from error
    done = {"claim": "claimed", "resolve": "resolved", "notes": "noted"}[action]
    raise web.HTTPSeeOther(f"/inbox/tasks/{task_id}?done={done}")
