"""``careerbot purge``: delete conversations, SMS contacts and closed tasks past retention."""

from __future__ import annotations

import click

from bot.handoff.errors import StoreUnavailable
from bot.handoff.retention import purge
from careerbot.cli.output import emit_json, fail
from careerbot.settings import load

LABELS = {
    "conversations": "conversations",
    "events": "conversation events",
    "sms_contacts": "SMS contacts (numbers that texted STOP are kept)",
    "sms_inbound": "records of handled texts",
    "sms_outbox": "finished SMS replies",
    "tasks": "resolved handoff tasks",
    "coach_sessions": "expired coach sign-ins",
}


@click.command("purge")
@click.option(
    "--days",
    type=click.IntRange(min=1),
    default=None,
    help="retention in days (default: CAREERBOT_RETENTION_DAYS, 400)",
)
@click.option("--dry-run", is_flag=True, help="count what would be deleted; delete nothing")
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def purge_command(days: int | None, dry_run: bool, as_json: bool) -> None:
    """Delete personal data older than the retention period (run it daily)."""
    settings = load()
    try:
        report = purge(
            database_url=settings.database_url,
            tracker_url=settings.tracker_url,
            retention_days=days or settings.retention_days,
            dry_run=dry_run,
        )
    except (StoreUnavailable, OSError) as error:
        fail(f"a database is not reachable: {error}", as_json=as_json)
    except Exception as error:  # noqa: BLE001 - e.g. the tracker store refused the connection
        fail(f"purge failed: {type(error).__name__}: {error}", as_json=as_json)
    if as_json:
        emit_json(report.as_dict())
        return
    verb = "would delete" if dry_run else "deleted"
    click.echo(f"Older than {report.cutoff} ({days or settings.retention_days} days), {verb}:")
    for key, label in LABELS.items():
        click.echo(f"  {getattr(report, key):>6}  {label}")
