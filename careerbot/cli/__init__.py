"""The ``careerbot`` command: the coaches' and maintainers' tools, and the assistant's."""

from __future__ import annotations

import sys
from typing import Any

import click

from bot.handoff.errors import StoreUnavailable
from careerbot.cli import data, db, lookups
from careerbot.cli.coaches import coaches
from careerbot.cli.handoffs import handoffs
from careerbot.cli.output import fail
from careerbot.cli.purge import purge_command


class _Commands(click.Group):
    """Every command: an unreachable app database is a clear message and exit 2, not a trace."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; report the app database being down the way ``fail`` does."""
        try:
            return super().invoke(ctx)
        except StoreUnavailable as error:
            fail(f"the app database cannot be reached ({error})", as_json="--json" in sys.argv)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Mississippi career-coach assistant: data, occupations, wages, places and handoffs."""


main.add_command(data.data)
for command in lookups.COMMANDS:
    main.add_command(command)
main.add_command(handoffs)
main.add_command(coaches)
main.add_command(purge_command)
main.add_command(db.db)
