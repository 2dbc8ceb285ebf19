"""Typed keys for what the coach app stores on the application and the request."""

from __future__ import annotations

from aiohttp import web

from bot.coach_app.throttle import SignInThrottle
from careerbot.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
THROTTLE = web.AppKey("sign_in_throttle", SignInThrottle)
