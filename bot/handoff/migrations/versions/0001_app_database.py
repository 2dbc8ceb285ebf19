"""The app database as the code created it on first use before migrations (issue 12).

Revision ID: 0001
Revises:
Create Date: 2026-12-01

A database made before the migrations already has some or all of these tables (each
process created its own on first use): only the missing ones are created, so upgrading it
keeps every task, coach and opt-out.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# UTC datetimes of the handoff tables (bot.handoff.models.UTCDateTime stores them naive).
UTC = sa.DateTime


def _create(name: str, *items: sa.schema.SchemaItem, indexes: dict[str, list[str]]) -> None:
    if sa.inspect(op.get_bind()).has_table(name):
        return
    op.create_table(name, *items)
    for index, columns in indexes.items():
        op.create_index(index, name, columns, unique=False)


def upgrade() -> None:
    """Create the tables a database made before the migrations may lack."""
    _create(
        "coaches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("api_token_hash", sa.String(length=200), nullable=True),
        sa.Column("region", sa.String(length=80), nullable=False),
        sa.Column("fallback_for", sa.String(length=80), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("webhook_url", sa.String(length=500), nullable=True),
        sa.Column("notify_via", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
        indexes={
            "ix_coaches_api_token_hash": ["api_token_hash"],
            "ix_coaches_fallback_for": ["fallback_for"],
        },
    )
    _create(
        "coach_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC(), nullable=False),
        sa.Column("expires_at", UTC(), nullable=False),
        sa.ForeignKeyConstraint(["coach_id"], ["coaches.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
        indexes={
            "ix_coach_sessions_coach_id": ["coach_id"],
            "ix_coach_sessions_expires_at": ["expires_at"],
        },
    )
    _create(
        "schools",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("region", sa.String(length=80), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["coach_id"], ["coaches.id"]),
        sa.PrimaryKeyConstraint("id"),
        indexes={},
    )
    _create(
        "handoff_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_key", sa.String(length=200), nullable=True),
        sa.Column("school_id", sa.String(length=80), nullable=True),
        sa.Column("school_name", sa.String(length=200), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.Column("student_first_name", sa.String(length=80), nullable=True),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.Column("contact_kind", sa.String(length=10), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("conversation_id", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=80), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("transcript", sa.JSON(), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", UTC(), nullable=False),
        sa.Column("due_at", UTC(), nullable=False),
        sa.Column("claimed_at", UTC(), nullable=True),
        sa.Column("resolved_at", UTC(), nullable=True),
        sa.Column("claimed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["claimed_by_id"], ["coaches.id"]),
        sa.ForeignKeyConstraint(["coach_id"], ["coaches.id"]),
        sa.ForeignKeyConstraint(["school_id"], ["schools.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("request_key"),
        indexes={
            "ix_handoff_tasks_coach_id": ["coach_id"],
            "ix_handoff_tasks_status": ["status"],
        },
    )
    _create(
        "handoff_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UTC(), nullable=False),
        sa.ForeignKeyConstraint(["coach_id"], ["coaches.id"]),
        sa.ForeignKeyConstraint(["task_id"], ["handoff_tasks.id"]),
        sa.PrimaryKeyConstraint("id"),
        indexes={"ix_handoff_notes_task_id": ["task_id"]},
    )
    _create(
        "handoff_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("coach_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTC(), nullable=False),
        sa.Column("leased_until", UTC(), nullable=True),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("created_at", UTC(), nullable=False),
        sa.Column("delivered_at", UTC(), nullable=True),
        sa.ForeignKeyConstraint(["coach_id"], ["coaches.id"]),
        sa.ForeignKeyConstraint(["task_id"], ["handoff_tasks.id"]),
        sa.PrimaryKeyConstraint("id"),
        indexes={
            "ix_handoff_notifications_next_attempt_at": ["next_attempt_at"],
            "ix_handoff_notifications_status": ["status"],
            "ix_handoff_notifications_task_id": ["task_id"],
        },
    )
    _create(
        "sms_contacts",
        sa.Column("sender_key", sa.String(length=64), nullable=False),
        sa.Column("opted_out", sa.Boolean(), nullable=False),
        sa.Column("welcomed", sa.Boolean(), nullable=False),
        sa.Column("choices", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("sender_key"),
        indexes={},
    )
    _create(
        "sms_inbound",
        sa.Column("message_sid", sa.String(length=64), nullable=False),
        sa.Column("sender_key", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("message_sid"),
        indexes={},
    )
    _create(
        "sms_outbox",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sender_key", sa.String(length=64), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("turn", sa.String(length=32), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("always", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("leased_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("provider_sid", sa.String(length=64), nullable=True),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        indexes={
            "ix_sms_outbox_due": ["status", "next_attempt_at"],
            "ix_sms_outbox_sender_open": ["sender_key", "status", "id"],
        },
    )


def downgrade() -> None:
    """Drop every table of the app database (its data with it)."""
    for name in (
        "sms_outbox",
        "sms_inbound",
        "sms_contacts",
        "handoff_notifications",
        "handoff_notes",
        "handoff_tasks",
        "schools",
        "coach_sessions",
        "coaches",
    ):
        op.drop_table(name)
