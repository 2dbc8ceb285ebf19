"""Serve the coach app: ``python -m bot.coach_app`` (host/port from settings)."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.coach_app import init_app
from careerbot.settings import load


def main() -> None:
    """Run until interrupted."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = load()
    web.run_app(
        init_app(settings),
        host=settings.handoff.coach_host,
        port=settings.handoff.coach_port,
        access_log_format='%a "%r" %s %b',  # no query strings or referrers beyond the path
    )


if __name__ == "__main__":
    main()
