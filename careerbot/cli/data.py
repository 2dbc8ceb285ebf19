"""``careerbot data build``: build or refresh the occupations database and the NLU lookups."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from careerbot import settings
from careerbot.cli.output import emit_json, fail
from careerbot.nlu_lookups import write_lookups, write_mentions
from occupations.build import build_database
from occupations.db import session_scope
from occupations.errors import OccupationsError
from occupations.mentions import PATTERNS_FILE


@click.group()
def data() -> None:
    """The occupations database."""


@data.command()
@click.option(
    "--source-dir", type=click.Path(path_type=Path), help="Overrides CAREERBOT_SOURCE_DIR."
)
@click.option("--url", help="Database URL; overrides CAREERBOT_OCCUPATIONS_DB_URL.")
@click.option("--json", "as_json", is_flag=True, help="Print the build report as JSON.")
def build(source_dir: Path | None, url: str | None, as_json: bool) -> None:
    """Build (or rebuild) the database from the official sources, then the NLU lookups.

    The lookups are Rasa's lookup tables and the spaCy patterns file ``var/mentions.jsonl``.
    """
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    config = settings.load()
    target = url or config.occupations_db_url
    try:
        report = build_database(
            source_dir=source_dir or config.source_dir,
            url=target,
            cache_dir=config.var_dir / "sources",
            mirror=config.source_mirror,
            user_agent=config.download_user_agent,
        )
        with session_scope(target) as session:
            lookups = write_lookups(session, config.lookups_dir)
            lookups.append(write_mentions(session, config.var_dir / PATTERNS_FILE))
    except OccupationsError as error:
        fail(str(error), as_json=as_json)
    if as_json:
        emit_json(
            {
                "seconds": round(report.seconds, 2),
                "rows": report.rows,
                "sources": report.sources,
                "lookups": [str(p) for p in lookups],
                "left_out": report.left_out,
            }
        )
        return
    click.echo(f"Built {report.url} in {report.seconds:.1f} s")
    for table, count in sorted(report.rows.items()):
        click.echo(f"  {table:20} {count:>8,} rows")
    for path in lookups:
        click.echo(f"  wrote {path}")
    for what in report.left_out:
        click.echo(f"  left out: {what}")
