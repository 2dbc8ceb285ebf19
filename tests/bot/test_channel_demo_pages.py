"""The demo's phone and notification pages exist only in the demo, and their sinks really
receive: a chat webhook over HTTP and an e-mail over SMTP. (The phone in headless Chromium
against the whole demo: tests/test_supervisor.py.)"""

from __future__ import annotations

import asyncio
import smtplib
from collections.abc import AsyncIterator
from email.message import EmailMessage

import aiohttp
import pytest
from aiohttp import web

from bot.coach_app import init_app
from bot.handoff.db import session_scope
from bot.handoff.models import Coach
from bot.seed import apply_seed, read_seed
from careerbot.settings import load
from tests.servers import free_port


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    port = free_port()
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}"


@pytest.fixture
async def demo_app(tmp_path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[str, int]]:
    db = f"sqlite:///{tmp_path / 'careerbot.sqlite'}"
    smtp_port = free_port()
    monkeypatch.setenv("CAREERBOT_DATABASE_URL", db)
    monkeypatch.setenv("CAREERBOT_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("CAREERBOT_DEMO", "1")
    monkeypatch.setenv("CAREERBOT_DEMO_SINKS", "1")
    monkeypatch.setenv("CAREERBOT_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("CAREERBOT_SMTP_PORT", str(smtp_port))
    with session_scope(db) as session:
        apply_seed(session=session, seed=read_seed(), password="demo-pages-password")
    runner, url = await serve(init_app(load()))
    yield url, smtp_port
    await runner.cleanup()


async def test_outside_the_demo_there_is_no_phone_and_no_sink(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'careerbot.sqlite'}")
    monkeypatch.setenv("CAREERBOT_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("CAREERBOT_DEMO_SINKS", "1")
    monkeypatch.setenv("CAREERBOT_DEMO", "0")
    monkeypatch.setenv("CAREERBOT_SESSION_KEY", "A" * 43 + "=")
    runner, url = await serve(init_app(load()))
    try:
        async with aiohttp.ClientSession() as http:
            for path in ("/demo/phone", "/demo/sinks", "/demo/sinks/data"):
                async with http.get(url + path) as response:
                    assert response.status == 404, path
            async with http.post(url + "/demo/sinks/webhook", json={}) as response:
                assert response.status in (404, 405)
    finally:
        await runner.cleanup()


async def test_the_sinks_page_shows_a_coach_e_mail_and_a_chat_webhook(demo_app) -> None:
    url, smtp_port = demo_app
    message = EmailMessage()
    message["From"], message["To"] = "careerbot@localhost", "rivera@example.org"
    message["Subject"] = "URGENT: a student needs you (Hattiesburg High School)"
    message.set_content("Open the task: http://localhost:8080/inbox/tasks/1")

    def mail() -> None:
        with smtplib.SMTP("127.0.0.1", smtp_port, timeout=10) as client:
            client.send_message(message)

    await asyncio.to_thread(mail)
    async with aiohttp.ClientSession() as http:
        async with http.post(url + "/demo/sinks/webhook", json={"text": "URGENT task 1"}) as hook:
            assert hook.status == 200
        async with http.get(url + "/demo/sinks/data") as response:
            data = await response.json()
        async with http.get(url + "/demo/sinks") as page:
            assert page.status == 200 and "What the coaches were sent" in await page.text()
    assert data["mails"][0]["to"] == "rivera@example.org"
    assert data["mails"][0]["subject"].startswith("URGENT")
    assert data["webhooks"][0]["payload"] == {"text": "URGENT task 1"}


async def test_demo_coaches_who_want_chat_notices_are_pointed_at_the_sink(
    demo_app, tmp_path
) -> None:
    url, _ = demo_app
    with session_scope(f"sqlite:///{tmp_path / 'careerbot.sqlite'}") as session:
        rivera = session.query(Coach).filter_by(username="rivera").one()
        assert (
            rivera.webhook_url == f"http://127.0.0.1:{load().handoff.coach_port}/demo/sinks/webhook"
        )


async def test_the_phone_refuses_a_body_that_is_not_json(demo_app) -> None:
    url, _ = demo_app
    async with aiohttp.ClientSession() as http:
        async with http.post(url + "/demo/phone/send", data={"body": "hi"}) as response:
            assert response.status == 415  # a cross-site form cannot text as the demo phone
        async with http.post(url + "/demo/phone/send", json={"phone": "12", "body": "hi"}) as bad:
            assert bad.status == 400
