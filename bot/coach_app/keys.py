"""Typed keys for what the coach app stores on the application and the request."""

from __future__ import annotations

from aiohttp import web

from careerbot.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
