"""HTML pages from small templates; every value is escaped here, once."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from string import Template
from zoneinfo import ZoneInfo

from aiohttp import web

TEMPLATES = Path(__file__).resolve().parent / "templates"


def page(name: str, *, title: str, http_status: int = 200, **parts: str) -> web.Response:
    """Fill ``templates/<name>.html`` (already-safe parts) inside the base layout."""
    body = Template((TEMPLATES / f"{name}.html").read_text(encoding="utf-8")).substitute(parts)
    layout = Template((TEMPLATES / "base.html").read_text(encoding="utf-8"))
    return web.Response(
        text=layout.substitute(title=e(title), body=body),
        content_type="text/html",
        status=http_status,
    )


def e(value: object) -> str:
    """Escape for HTML text and attributes."""
    return html.escape("" if value is None else str(value), quote=True)


def when(value: datetime | None, tz: str) -> str:
    """A local date and time a coach reads at a glance."""
    if value is None:
        return ""
    return value.astimezone(ZoneInfo(tz)).strftime("%a %b %d, %I:%M %p").replace(" 0", " ")
