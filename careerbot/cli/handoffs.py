"""``careerbot handoffs``: the follow-up tasks the assistant created for coaches."""

from __future__ import annotations

from typing import Any

import click

from bot.handoff.db import session_scope
from bot.handoff.errors import TaskNotFound
from bot.handoff.models import TASK_STATUSES, Task
from bot.handoff.store import get_task, list_tasks
from careerbot.cli.output import emit_json, fail
from careerbot.settings import load


def summary_row(task: Task) -> dict[str, Any]:
    """The fields a list shows (no student name or contact)."""
    return {
        "id": task.id,
        "status": task.status,
        "school": task.school_name,
        "school_id": task.school_id,
        "topic": task.topic,
        "urgency": "urgent" if task.urgent else "normal",
        "coach": task.coach.username,
        "channel": task.channel,
        "created_at": task.created_at,
        "due_at": task.due_at,
    }


@click.group()
def handoffs() -> None:
    """Handoff tasks for coaches."""


@handoffs.command("list")
@click.option("--status", type=click.Choice(TASK_STATUSES), default=None)
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def list_command(status: str | None, as_json: bool) -> None:
    """Tasks: unresolved first, urgent and overdue first."""
    with session_scope(load().database_url) as session:
        rows = [summary_row(t) for t in list_tasks(session=session, status=status)]
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("no handoff tasks")
    for row in rows:
        click.echo(
            f"#{row['id']:<5} {row['status']:<9} {row['urgency']:<7} {row['school']:<28} "
            f"{row['topic']:<16} created {row['created_at']:%Y-%m-%d %H:%M} UTC"
        )


@handoffs.command("show")
@click.argument("task_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def show_command(task_id: int, as_json: bool) -> None:
    """One task in full, for staff: contact, summary, transcript, notes, notifications."""
    with session_scope(load().database_url) as session:
        try:
            task = get_task(session=session, task_id=task_id)
        except TaskNotFound as error:
            fail(str(error), as_json=as_json)
        detail = {
            **summary_row(task),
            "first_name": task.student_first_name,
            "contact": task.contact,
            "contact_kind": task.contact_kind,
            "consent": task.consent,
            "conversation_id": task.conversation_id,
            "summary": task.summary,
            "transcript": task.transcript,
            "notes": [
                {"coach": n.coach.username, "text": n.text, "at": n.created_at} for n in task.notes
            ],
            "notifications": [
                {
                    "channel": n.channel,
                    "kind": n.kind,
                    "status": n.status,
                    "attempts": n.attempts,
                    "last_error": n.last_error,
                    "delivered_at": n.delivered_at,
                }
                for n in task.notifications
            ],
        }
    if as_json:
        emit_json(detail)
        return
    for key, value in detail.items():
        if key in ("transcript", "notes", "notifications"):
            click.echo(f"{key}:")
            for item in value:
                click.echo("  " + "  ".join(f"{k}={v}" for k, v in item.items()))
        else:
            click.echo(f"{key}: {value}")
