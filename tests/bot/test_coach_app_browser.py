"""A coach signs in, claims and resolves a handoff in real headless Chromium."""

from __future__ import annotations

import shutil
import sys

import pytest

from bot.handoff import store
from bot.handoff.db import session_scope
from bot.handoff.store import HandoffRequest
from bot.seed import apply_seed, read_seed
from tests.servers import Process, free_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PASSWORD = "browser-test-password"
pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def coach_app(tmp_path):
    db = f"sqlite:///{tmp_path / 'handoff.sqlite'}"
    with session_scope(db) as session:
        apply_seed(session=session, seed=read_seed(), password=PASSWORD)
        task_id = store.create_task(
            session=session,
            request=HandoffRequest(
                conversation_id="c",
                channel="web",
                topic="job_shadowing",
                school_id="petal-high",
                first_name="Jordan",
                contact="jordan@example.net",
                contact_kind="email",
                consent=True,
                summary="Asked about electricians.",
            ),
            tz="America/Chicago",
            day_end="15:30",
        ).task_id
    port = free_port()
    env = {
        "CAREERBOT_DATABASE_URL": db,
        "CAREERBOT_VAR_DIR": str(tmp_path),
        "CAREERBOT_COACH_PORT": str(port),
    }
    with Process(
        [sys.executable, "-m", "bot.coach_app"],
        port=port,
        ready_path="/login",
        env=env,
        log=tmp_path / "coach.log",
    ):
        yield f"http://127.0.0.1:{port}", task_id, db


def test_coach_signs_in_claims_and_resolves_a_handoff(coach_app) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, task_id, db = coach_app
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        try:
            page = browser.new_page()
            page.goto(f"{url}/inbox")
            expect(page).to_have_url(f"{url}/login")
            page.get_by_label("Username").fill("rivera")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_role("heading", name="Handoffs for Ms. Rivera")).to_be_visible()
            row = page.locator(f'tr[data-task="{task_id}"]')
            expect(row).to_contain_text("Petal High School")
            expect(row).to_contain_text("Jordan")
            row.get_by_role("link").click()
            expect(page.get_by_text("jordan@example.net (email)")).to_be_visible()
            page.get_by_role("button", name="Claim").click()
            expect(page.get_by_role("status")).to_have_text("Task claimed.")
            expect(page.locator("dd.status")).to_have_text("claimed")
            page.get_by_label("Add a note").fill("Emailed Jordan about a shadow day")
            page.get_by_role("button", name="Save note").click()
            expect(page.locator("ul.notes")).to_contain_text("Emailed Jordan")
            page.get_by_role("button", name="Mark resolved").click()
            expect(page.locator("dd.status")).to_have_text("resolved")
            expect(page.get_by_role("button", name="Claim")).to_have_count(0)
        finally:
            browser.close()
    with session_scope(db) as session:
        task = store.get_task(session=session, task_id=task_id)
        assert task.status == "resolved" and task.claimed_by is not None
