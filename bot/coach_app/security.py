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


async def signed_in_coach_id(request: web.Request) -> int | None:
    """The coach id of the session, if signed in."""
    session = await get_session(request)
    value = session.get("coach_id")
    return int(value) if value is not None else None


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


def security_middlewares() -> list[Callable[..., Awaitable[web.StreamResponse]]]:
    """Headers that keep coach pages out of caches and frames."""

    @web.middleware
    async def headers(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            response = await handler(request)
        except (StoreUnavailable, SQLAlchemyError) as error:
            log.error("handoff database error on %s: %s", request.path, type(error).__name__)
            response = web.Response(
                status=503,
                text="The handoff database is not reachable right now. Try again in a minute.",
                headers={"Retry-After": "60"},
            )
        if request.path.startswith(PRIVATE_PREFIXES):
            response.headers["Cache-Control"] = "no-store"
            response.headers["X-Frame-Options"] = "DENY"
            response.headers["X-Content-Type-Options"] = "nosniff"
            response.headers["Referrer-Policy"] = "no-referrer"
            response.headers["Content-Security-Policy"] = (
                "default-src 'self'; style-src 'self'; script-src 'none'; frame-ancestors 'none'"
            )
        return response

    return [headers]
