"""The JSON API under /api/, for coaches' own tools: bearer-token authentication only."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from bot.coach_app.security import bearer_coach, db
from bot.coach_app.views import task_id_of
from bot.handoff import store
from bot.handoff.errors import InvalidTransition, TaskNotFound
from bot.handoff.models import TASK_STATUSES, Task


def setup(app: web.Application) -> None:
    """Register the API routes."""
    app.router.add_get("/api/tasks", list_tasks)
    app.router.add_get("/api/tasks/{id:\\d+}", show_task)
    app.router.add_post("/api/tasks/{id:\\d+}/{action:claim|resolve|notes}", act_on_task)


def _json(payload: Any, status: int = 200) -> web.Response:
    return web.json_response(payload, status=status, dumps=lambda v: json.dumps(v, default=str))


def _error(status: int, message: str) -> web.HTTPException:
    cls = {400: web.HTTPBadRequest, 404: web.HTTPNotFound, 409: web.HTTPConflict}[status]
    return cls(text=json.dumps({"error": message}), content_type="application/json")


def task_json(task: Task, *, full: bool) -> dict[str, Any]:
    """A task as the API shows it; the list leaves out contact details and the transcript."""
    data: dict[str, Any] = {
        "id": task.id,
        "status": task.status,
        "school": task.school_name,
        "school_id": task.school_id,
        "topic": task.topic,
        "urgency": "urgent" if task.urgent else "normal",
        "first_name": task.student_first_name,
        "created_at": task.created_at.isoformat(),
        "due_at": task.due_at.isoformat(),
        "coach": task.coach.username,
    }
    if full:
        data.update(
            contact=task.contact,
            contact_kind=task.contact_kind,
            consent=task.consent,
            channel=task.channel,
            summary=task.summary,
            transcript=task.transcript,
            notes=[
                {"coach": n.coach.username, "text": n.text, "at": n.created_at.isoformat()}
                for n in task.notes
            ],
        )
    return data


async def list_tasks(request: web.Request) -> web.Response:
    """The token owner's tasks (``?status=open|claimed|resolved``)."""
    status = request.query.get("status")
    if status is not None and status not in TASK_STATUSES:
        raise _error(400, f"status must be one of {', '.join(TASK_STATUSES)}")
    with db(request) as session:
        coach = bearer_coach(request, session)
        tasks = store.list_tasks(session=session, coach=coach, status=status)
        return _json({"tasks": [task_json(t, full=False) for t in tasks]})


async def show_task(request: web.Request) -> web.Response:
    """One of the token owner's tasks, in full."""
    with db(request) as session:
        coach = bearer_coach(request, session)
        try:
            task = store.get_task(session=session, task_id=task_id_of(request), coach=coach)
        except TaskNotFound as error:
            raise _error(404, "task not found") from error
        return _json(task_json(task, full=True))


async def act_on_task(request: web.Request) -> web.Response:
    """Claim, resolve, or add a note (``{"text": ...}``)."""
    task_id, action = task_id_of(request), request.match_info["action"]
    with db(request) as session:
        coach = bearer_coach(request, session)
        try:
            if action == "claim":
                task = store.claim(session=session, task_id=task_id, coach=coach)
            elif action == "resolve":
                task = store.resolve(session=session, task_id=task_id, coach=coach)
            else:
                try:
                    body = await request.json()
                except (json.JSONDecodeError, UnicodeDecodeError) as error:
                    raise _error(400, 'send JSON: {"text": "..."}') from error
                text = body.get("text") if isinstance(body, dict) else None
                if not isinstance(text, str):
                    raise _error(400, 'send JSON: {"text": "..."}')
                store.add_note(session=session, task_id=task_id, coach=coach, text=text)
                task = store.get_task(session=session, task_id=task_id, coach=coach)
        except TaskNotFound as error:
            raise _error(404, "task not found") from error
        except InvalidTransition as error:
            raise _error(409, str(error)) from error
        return _json(task_json(task, full=True))
