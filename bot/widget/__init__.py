"""The student chat widget, served by the coach web app.

A school embeds it with one ``<script src=".../widget.js" data-school="ID">`` tag. The widget
talks to Rasa's socket.io channel directly; this module only serves its files and a demo
school page at ``/``.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from aiohttp import web

from careerbot import settings

STATIC = Path(__file__).resolve().parent / "static"
TEMPLATES = Path(__file__).resolve().parent / "templates"
VENDOR_LICENSE = "socket.io-client.LICENSE"
# Files change only with a release, but a school page must pick up a fix within the hour.
CACHE = {"Cache-Control": "public, max-age=3600"}


def bundle(socket_url: str) -> str:
    """Wrap socket.io-client and the widget in one function scope.

    A local ``module`` makes socket.io's UMD header take its CommonJS branch, so the school's
    page keeps its own ``io`` or AMD loader untouched, and one request loads everything.
    """
    client = (STATIC / "vendor" / "socket.io.min.js").read_text(encoding="utf-8")
    client = "\n".join(
        line for line in client.splitlines() if not line.startswith("//# sourceMappingURL")
    )
    widget = (STATIC / "widget.js").read_text(encoding="utf-8")
    defaults = json.dumps({"server": socket_url})
    return (
        "(function () {\n"
        "var module = { exports: {} }, exports = module.exports, define = undefined;\n"
        f"{client}\n"
        "var io = module.exports;\n"
        f"var CAREERBOT_DEFAULTS = {defaults};\n"
        f"{widget}\n"
        "})();\n"
    )


def demo_page(base_url: str) -> str:
    """The demo school page, showing the one-line snippet a school pastes."""
    snippet = f'<script src="{base_url}/widget.js" data-school="YOUR-SCHOOL-ID" defer></script>'
    template = (TEMPLATES / "demo.html").read_text(encoding="utf-8")
    return template.replace("{snippet}", html.escape(snippet))


def setup_widget(app: web.Application) -> None:
    """Register ``/`` (demo page), ``/widget.js``, ``/widget.css`` and the vendored licence."""
    script = bundle(settings.load().channels.widget_socket_url)
    style = (STATIC / "widget.css").read_text(encoding="utf-8")
    license_text = (STATIC / "vendor" / VENDOR_LICENSE).read_text(encoding="utf-8")

    async def index(request: web.Request) -> web.Response:
        base = f"{request.scheme}://{request.host}"
        return web.Response(text=demo_page(base), content_type="text/html")

    async def widget_js(_: web.Request) -> web.Response:
        return web.Response(text=script, content_type="application/javascript", headers=CACHE)

    async def widget_css(_: web.Request) -> web.Response:
        return web.Response(text=style, content_type="text/css", headers=CACHE)

    async def licence(_: web.Request) -> web.Response:
        return web.Response(text=license_text, content_type="text/plain")

    app.router.add_get("/", index)
    app.router.add_get("/widget.js", widget_js)
    app.router.add_get("/widget.css", widget_css)
    app.router.add_get(f"/vendor/{VENDOR_LICENSE}", licence)
