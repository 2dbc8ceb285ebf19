"""End to end over Rasa's REST channel: a student asks for their coach, the coach acts.

Runs on the shared ``stack`` (action server, Rasa with models/current.tar.gz, coach app),
plus this module's outbox worker and fake e-mail and chat receivers on free local ports.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bot.handoff.db import session_scope
from bot.handoff.models import Coach
from bot.seed import apply_seed, read_seed
from tests.bot.handoff_fakes import FakeSmtp, FakeWebhook
from tests.servers import APP_BIN, ROOT

pytestmark = pytest.mark.slow
PASSWORD = "e2e-coach-password"
PAGE = {"channel": "web", "school_id": "hattiesburg-high"}
Say = Callable[[str, str, dict[str, object] | None], list[dict[str, Any]]]


def texts(replies: list[dict[str, Any]]) -> str:
    return "\n".join(r.get("text", "") for r in replies)


def seed_coaches(db_url: str, webhook: FakeWebhook) -> None:
    with session_scope(db_url) as session:
        apply_seed(session=session, seed=read_seed(), password=PASSWORD)
        rivera = session.query(Coach).filter_by(username="rivera").one()
        rivera.webhook_url, rivera.notify_via = webhook.hook_url, "email,webhook"


class CoachBrowser:
    """A coach's cookie-keeping HTTP client for the inbox."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path: str) -> str:
        with self.opener.open(f"{self.base}{path}", timeout=30) as response:
            return response.read().decode()

    def post(self, path: str, form: dict[str, str]) -> str:
        data = urllib.parse.urlencode(form).encode()
        with self.opener.open(f"{self.base}{path}", data=data, timeout=30) as response:
            return response.read().decode()

    def csrf(self, page: str) -> str:
        return re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]

    def sign_in(self, username: str, password: str) -> str:
        token = self.csrf(self.get("/login"))
        return self.post("/login", {"username": username, "password": password, "csrf": token})


def student_asks_for_coach_and_coach_resolves(
    say: Say, coach_url: str, db_url: str, webhook: FakeWebhook, smtp: FakeSmtp
) -> None:
    """The issue's "done when", as one story (also usable against hand-started servers)."""
    sender = "e2e-student-coach"
    first = texts(say(sender, "can I talk to my coach", PAGE))
    assert "first name" in first
    assert "phone number or an e-mail" in texts(say(sender, "Maria", PAGE))  # school is known
    assert "what do you want to talk" in texts(say(sender, "601-555-0123", PAGE))
    assert "contact you at +16015550123" in texts(say(sender, "filling out the FAFSA", PAGE))
    done = texts(say(sender, "yes", PAGE))
    assert "I've sent your request to Ms. Rivera" in done and "reach out by" in done

    listed = subprocess.run(
        [str(APP_BIN / "careerbot"), "handoffs", "list", "--json"],
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "CAREERBOT_DATABASE_URL": db_url},
        capture_output=True,
        text=True,
    )
    tasks = [t for t in json.loads(listed.stdout) if t["school"] == "Hattiesburg High School"]
    [task] = [t for t in tasks if t["topic"] == "coach"]
    assert (task["status"], task["urgency"]) == ("open", "normal")

    hooks = webhook.wait_for(1, timeout=30)
    assert any(h["json"]["careerbot"]["task_id"] == task["id"] for h in hooks)
    mails = smtp.wait_for(1, timeout=30)
    assert any(f"handoff #{task['id']}" in m["Subject"] for m in mails)

    coach = CoachBrowser(coach_url)
    inbox = coach.sign_in("rivera", PASSWORD)
    assert f'data-task="{task["id"]}"' in inbox and "Maria" in inbox
    page = coach.get(f"/inbox/tasks/{task['id']}")
    assert "+16015550123 (phone)" in page and "filling out the FAFSA" in page
    claimed = coach.post(f"/inbox/tasks/{task['id']}/claim", {"csrf": coach.csrf(page)})
    assert '<dd class="status">claimed</dd>' in claimed
    resolved = coach.post(f"/inbox/tasks/{task['id']}/resolve", {"csrf": coach.csrf(claimed)})
    assert '<dd class="status">resolved</dd>' in resolved


def crisis_gets_988_first_and_an_urgent_task(say: Say, db_url: str) -> None:
    replies = say("e2e-student-crisis", "sometimes i just want to kill myself", PAGE)
    assert "988" in replies[0]["text"] and "911" in replies[0]["text"]
    assert "Ms. Rivera" in texts(replies) and "within the hour" in texts(replies)
    listed = subprocess.run(
        [str(APP_BIN / "careerbot"), "handoffs", "list", "--json"],
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "CAREERBOT_DATABASE_URL": db_url},
        capture_output=True,
        text=True,
    )
    assert any(
        t["topic"] == "crisis" and t["urgency"] == "urgent" for t in json.loads(listed.stdout)
    )


def crisis_on_the_web_can_pass_on_a_way_to_reach_the_student(say: Say, db_url: str) -> None:
    page = {"channel": "web", "school_id": "petal-high"}
    sender = "e2e-student-crisis-web"
    replies = say(sender, "i dont want to live anymore", page)
    assert "988" in replies[0]["text"] and "911" in replies[0]["text"]
    assert "a way to reach you" in texts(replies) and "first name" in texts(replies)
    assert "phone number or an e-mail" in texts(say(sender, "Jay", page))
    assert "contact you at jay@example.net" in texts(say(sender, "jay@example.net", page))
    done = texts(say(sender, "yes", page))
    assert "Ms. Rivera will reach you at jay@example.net within the hour" in done
    listed = subprocess.run(
        [str(APP_BIN / "careerbot"), "handoffs", "list", "--json"],
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "CAREERBOT_DATABASE_URL": db_url},
        capture_output=True,
        text=True,
    )
    petal = [t for t in json.loads(listed.stdout) if t["school"] == "Petal High School"]
    assert [(t["topic"], t["urgency"]) for t in petal] == [("crisis", "urgent")]


def never_mind_leaves_the_form(say: Say) -> None:
    sender = "e2e-student-nevermind"
    assert "first name" in texts(say(sender, "i want to talk to a real person", PAGE))
    assert "won't contact your coach" in texts(say(sender, "never mind", PAGE))


@pytest.fixture
def receivers(stack_env: dict[str, str], app_db_url: str) -> Iterator[tuple[FakeWebhook, FakeSmtp]]:
    webhook, smtp = FakeWebhook().start(), FakeSmtp().start()
    seed_coaches(app_db_url, webhook)
    env = {
        **os.environ,
        **stack_env,
        "CAREERBOT_SMTP_HOST": "127.0.0.1",
        "CAREERBOT_SMTP_PORT": str(smtp.port),
        "CAREERBOT_OUTBOX_POLL_SECONDS": "0.5",
    }
    worker = subprocess.Popen([sys.executable, "-m", "bot.handoff.worker"], cwd=ROOT, env=env)
    try:
        yield webhook, smtp
    finally:
        worker.terminate()
        worker.wait(20)
        webhook.stop()
        smtp.stop()


def test_student_asks_for_coach_and_the_coach_claims_and_resolves(stack, receivers, app_db_url):
    if stack.coach_url is None:
        pytest.fail("the stack did not start the coach app")
    webhook, smtp = receivers
    student_asks_for_coach_and_coach_resolves(stack.say, stack.coach_url, app_db_url, webhook, smtp)


def test_crisis_language_gets_988_in_the_first_reply_and_an_urgent_task(
    stack, receivers, app_db_url
):
    crisis_gets_988_first_and_an_urgent_task(stack.say, app_db_url)


def test_after_crisis_on_the_web_the_student_can_leave_a_way_to_reach_them(
    stack, receivers, app_db_url
):
    crisis_on_the_web_can_pass_on_a_way_to_reach_the_student(stack.say, app_db_url)


def test_never_mind_leaves_the_handoff_form(stack, receivers):
    never_mind_leaves_the_form(stack.say)


def _tasks(db_url: str) -> list[dict[str, Any]]:
    listed = subprocess.run(
        [str(APP_BIN / "careerbot"), "handoffs", "list", "--json"],
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "CAREERBOT_DATABASE_URL": db_url},
        capture_output=True,
        text=True,
    )
    return json.loads(listed.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "message",
    [
        "i dont want to wake up tomorrow",  # got the greeting before
        "thinking about sewerslide",  # a misspelled euphemism: a fallback before
        "ngl i might kms tonight",
    ],
)
def test_implicit_and_slang_crisis_gets_988_first(stack, receivers, message: str) -> None:
    replies = stack.say(f"e2e-crisis-{abs(hash(message))}", message, PAGE)
    assert "988" in replies[0]["text"] and "911" in replies[0]["text"]


def test_spanish_crisis_gets_the_spanish_988_answer(stack, receivers) -> None:
    replies = stack.say("e2e-crisis-es", "ya no quiero vivir, me quiero morir", PAGE)
    assert "Llama o manda un texto al 988" in replies[0]["text"]
    assert "911" in replies[0]["text"]


def test_crisis_in_the_middle_of_another_form_is_answered_first(stack, receivers) -> None:
    sender = "e2e-crisis-in-pay-form"
    assert "Which job" in texts(stack.say(sender, "how much do they make", PAGE))
    # A job in the message would have filled the form's slot and the form would carry on.
    replies = stack.say(sender, "welders. honestly i want to kill myself", PAGE)
    assert "988" in replies[0]["text"]


def test_crisis_while_the_handoff_form_asks_a_question_is_answered_first(stack, receivers):
    sender = "e2e-crisis-in-handoff"
    assert "first name" in texts(stack.say(sender, "can I talk to my coach", PAGE))
    replies = stack.say(sender, "i want to die", PAGE)
    assert "988" in replies[0]["text"]


def test_a_name_and_number_typed_as_the_school_never_reach_the_coach(
    stack, receivers, app_db_url
) -> None:
    _, smtp = receivers
    sender, page = "e2e-school-free-text", {"channel": "web"}
    say = stack.say
    assert "first name" in texts(say(sender, "can I talk to my coach", page))
    assert "high school" in texts(say(sender, "my name is Deshawn", page))
    offered = say(sender, "Deshawn Smith 601-555-0167 Lincoln Academy", page)
    assert "isn't listed" in json.dumps(offered)
    assert "reach you" in texts(say(sender, "other school", page))  # the button's payload
    say(sender, "text me at 601 555 0167", page)
    say(sender, "help with college applications", page)
    done = texts(say(sender, "yes", page))
    assert "I've sent your request" in done
    [task] = [t for t in _tasks(app_db_url) if t["school"] == "a school not in our list"]
    mails = smtp.wait_for(1, timeout=30)
    mine = [m.as_string() for m in mails if f"#{task['id']}" in m["Subject"]]
    assert mine and not any("Deshawn" in m or "555-0167" in m or "Lincoln" in m for m in mine)


def test_a_job_question_at_the_name_prompt_after_a_crisis_answer_is_answered(
    stack, receivers, app_db_url
) -> None:
    def urgent() -> int:
        return sum(task["urgency"] == "urgent" for task in _tasks(app_db_url))

    sender, before = "e2e-crisis-then-a-job-question", urgent()
    first = texts(stack.say(sender, "i dont want to be here anymore", PAGE))
    assert "988" in first and "first name" in first
    answer = texts(stack.say(sender, "how much do welders make in tupelo", PAGE))
    assert "Welders in northeast Mississippi: the middle pay is $" in answer
    assert "first name" not in answer
    assert urgent() == before + 1  # the crisis answer's urgent task, and no other
