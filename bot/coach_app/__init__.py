"""The coach web app: sign-in, the inbox of handoff tasks, a JSON API, and the student widget.

``init_app(settings)`` builds it; ``python -m bot.coach_app`` serves it on
``CAREERBOT_COACH_PORT``. Configuration sits on the app under typed keys; the database
engine lives for the app's lifetime (``cleanup_ctx``).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.coach_app import api, demo, views
from bot.coach_app.keys import SETTINGS, THROTTLE
from bot.coach_app.security import security_middlewares, setup_sessions
from bot.coach_app.throttle import SignInThrottle
from bot.handoff.db import engine_for
from bot.handoff.errors import StoreUnavailable
from careerbot.settings import Settings

log = logging.getLogger(__name__)


async def _database(app: web.Application) -> AsyncIterator[None]:
    url = app[SETTINGS].database_url
    try:
        engine_for(url)  # brings the schema to the newest migration at start-up
    except (StoreUnavailable, SQLAlchemyError) as error:
        # The widget page still works; inbox requests answer 503 until the database is back.
        log.error("handoff database unavailable at start-up: %s", type(error).__name__)
    yield
    with contextlib.suppress(SQLAlchemyError):
        engine_for(url).dispose()


def init_app(settings: Settings) -> web.Application:
    """The coach app for ``settings`` (refuses to start outside the demo without a session key)."""
    app = web.Application(client_max_size=64 * 1024)
    app[SETTINGS] = settings
    app[THROTTLE] = SignInThrottle()
    setup_sessions(app, settings)
    app.middlewares.extend(security_middlewares())
    app.cleanup_ctx.append(_database)
    views.setup(app)
    api.setup(app)
    from bot.widget import setup_widget  # the channels engineer's widget and demo page at /

    setup_widget(app)
    demo.setup(app)  # the demo's phone and notification sinks (demo mode only)
    return app
