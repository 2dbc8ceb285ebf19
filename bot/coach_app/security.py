"""Sessions, sign-in checks, CSRF tokens, API tokens and protective headers."""

from __future__ import annotations

import base64
import hmac
import logging
import os
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web
from aiohttp_session import get_session
from aiohttp_session import setup as session_setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from sqlalchemy.exc import SQLAlchemyError

from bot.coach_app.keys import SETTINGS
from bot.handoff.accounts import coach_for_token
from bot.handoff.db import session_scope
from bot.handoff.errors import StoreUnavailable
from bot.handoff.models import Coach
from careerbot.settings import Settings

log = logging.getLogger(__name__)
COOKIE = "careerbot_coach"
SESSION_HOURS = 10
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def session_key(settings: Settings) -> bytes:
    """The cookie encryption key: configured, or (demo only) generated once under var/."""
    if settings.handoff.session_key:
        return base64.urlsafe_b64decode(settings.handoff.session_key)
    if not settings.handoff.demo:
        raise RuntimeError("CAREERBOT_SESSION_KEY must be set outside the demo")
    path: Path = settings.var_dir / "coach_session.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(base64.urlsafe_b64encode(secrets.token_bytes(32)))
    return base64.urlsafe_b64decode(path.read_bytes())


def setup_sessions(app: web.Application, settings: Settings) -> None:
    """Encrypted, HttpOnly, SameSite=Strict cookies; Secure when served over https."""
    storage = EncryptedCookieStorage(
        session_key(settings),
        cookie_name=COOKIE,
        httponly=True,
        secure=settings.handoff.coach_base_url.startswith("https://"),
        samesite="Strict",
        max_age=SESSION_HOURS * 3600,
    )
    session_setup(app, storage)


async def csrf_token(request: web.Request) -> str:
    """The session's CSRF token, created on first use."""
    session = await get_session(request)
    token = session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return str(token)


async def check_csrf(request: web.Request, form: dict[str, str]) -> None:
    """Refuse a form post whose token does not match the session's (403)."""
    session = await get_session(request)
    expected = str(session.get("csrf") or "")
    given = form.get("csrf", "")
    if not expected or not hmac.compare_digest(expected, given):
        raise web.HTTPForbidden(text="This form has expired. Go back, reload the page and retry.")


async def session_token(request: web.Request) -> str | None:
    """The server-side session token in the cookie, if any (checked against the database)."""
    session = await get_session(request)
    value = session.get("sid")
    return str(value) if value else None


def bearer_coach(request: web.Request, db_session: object) -> Coach:
    """The coach owning the request's ``Authorization: Bearer`` token, else 401."""
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    coach = None
    if scheme.lower() == "bearer" and token.strip():
        coach = coach_for_token(session=db_session, token=token.strip())  # type: ignore[arg-type]
    if coach is None:
        raise web.HTTPUnauthorized(
            text='{"error": "a valid API token is required"}',
            content_type="application/json",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return coach


def db(request: web.Request):  # type: ignore[no-untyped-def]
    """A handoff-database session for one request."""
    return session_scope(request.app[SETTINGS].database_url)


PRIVATE_PREFIXES = ("/inbox", "/login", "/logout", "/api/")
# Coach pages: no scripts at all, nothing from elsewhere, never in a frame.
PRIVATE_CSP = (
    "default-src 'self'; style-src 'self'; script-src 'none'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'; object-src 'none'"
)
# Other pages (the widget's demo page) keep their own scripts, but are never framed.
PUBLIC_CSP = "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"


def protect(request: web.Request, response: web.StreamResponse) -> None:
    """Set the protective headers on any response: pages, redirects and errors alike."""
    headers = response.headers
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers.setdefault("Referrer-Policy", "no-referrer")
    if request.path.startswith(PRIVATE_PREFIXES):
        headers["Cache-Control"] = "no-store"
        headers["Content-Security-Policy"] = PRIVATE_CSP
    else:
        headers.setdefault("Content-Security-Policy", PUBLIC_CSP)


def security_middlewares() -> list[Callable[..., Awaitable[web.StreamResponse]]]:
    """Protective headers on every response; database outages as 503, bugs as a plain 500."""

    @web.middleware
    async def headers(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            response = await handler(request)
        except web.HTTPException as http_error:  # redirects and 4xx are raised in aiohttp
            protect(request, http_error)
            raise
        except (StoreUnavailable, SQLAlchemyError) as error:
            log.error("handoff database error on %s: %s", request.path, type(error).__name__)
            response = web.Response(
                status=503,
                text="The handoff database is not reachable right now. Try again in a minute.",
                headers={"Retry-After": "60"},
            )
        except Exception:  # noqa: BLE001 - a bug answers a plain 500, headers included
            log.exception("coach app error on %s", request.path)
            response = web.Response(status=500, text="Something went wrong. Try again.")
        protect(request, response)
        return response

    return [headers]
