"""The ``careerbot`` command: the coaches' and maintainers' tools, and the assistant's."""

from __future__ import annotations

import click

from careerbot.cli import data, db, lookups
from careerbot.cli.coaches import coaches
from careerbot.cli.handoffs import handoffs
from careerbot.cli.purge import purge_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Mississippi career-coach assistant: data, occupations, wages, places and handoffs."""


main.add_command(data.data)
for command in lookups.COMMANDS:
    main.add_command(command)
main.add_command(handoffs)
main.add_command(coaches)
main.add_command(purge_command)
main.add_command(db.db)
