"""A crashed process is restarted and nothing a student is owed is lost.

``scripts/run.sh`` supervises the demo (systemd units do in production). The tests start
the whole demo on free ports with its own databases and a fake SMS provider of their own,
then kill processes with SIGKILL as a crash or the out-of-memory killer would: the
supervisor logs which process died and how and restarts it, the conversation goes on, and
SMS replies written before and during a 60-second provider outage (with Rasa and the SMS
worker killed mid-way) all arrive once, in order.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import signal
import subprocess
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from twilio.request_validator import RequestValidator

from bot.sms.identity import sender_key
from bot.sms.outbox import SMSOutbox
from bot.sms.store import SMSStore
from tests.bot import fake_sms_provider
from tests.bot.fake_sms_provider import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    SENDER,
    SMS_HASH_SECRET,
    FakeSMSProvider,
)
from tests.bot.test_widget import CHROMIUM, CHROMIUM_ARGS
from tests.servers import ROOT, free_port, wait_for_http

UNITS = ROOT / "deploy" / "systemd"
# Every long-running process of scripts/run.sh, and the unit that runs it in production.
PROCESSES = {
    "actions": ("careerbot-actions.service", "-m rasa_sdk --actions actions"),
    "rasa": ("careerbot-rasa.service", "-m careerbot.rasa_server run --enable-api"),
    "coach-app": ("careerbot-coach.service", "-m bot.coach_app"),
    "outbox-worker": ("careerbot-outbox.service", "-m bot.handoff.worker"),
    "sms-worker": ("careerbot-sms.service", "-m bot.sms.worker"),
}


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(UNITS / name)
    return parser


def test_every_process_of_the_run_script_has_a_unit_that_restarts_it() -> None:
    script = (ROOT / "scripts" / "run.sh").read_text()
    target = unit("careerbot.target")["Unit"]["Wants"].split()
    for name, (service, command) in PROCESSES.items():
        assert re.search(rf"start {name} ", script), f"run.sh does not supervise {name}"
        config = unit(service)
        assert command in config["Service"]["ExecStart"].replace("\\\n", " ")
        assert config["Service"]["Restart"] == "always"
        assert config["Unit"]["StartLimitIntervalSec"] == "0"  # never gives up restarting
        assert service in target


@dataclass(frozen=True)
class Demo:
    """The running demo: its ports, var directory, app database and fake SMS provider."""

    ports: dict[str, int]
    var: Path
    database_url: str
    fake: FakeSMSProvider

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.ports['rasa']}"

    @property
    def coach_url(self) -> str:
        return f"http://127.0.0.1:{self.ports['coach']}"

    def pid(self, name: str) -> int:
        return int((self.var / "run" / f"{name}.pid").read_text())

    def kill(self, name: str) -> int:
        """SIGKILL the supervised process ``name``; wait until the supervisor saw it die."""
        pid = self.pid(name)
        os.kill(pid, signal.SIGKILL)
        log = self.var / "log" / "supervisor.log"
        deadline = time.monotonic() + 60
        while f"{name} (pid {pid}) killed by signal KILL" not in log.read_text():
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.5)
        return pid


@pytest.fixture(scope="module")
def demo(occupations_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """``scripts/run.sh`` on free ports, with its own var directory and databases."""
    var = tmp_path_factory.mktemp("demo")
    ports = {name: free_port() for name in ("actions", "rasa", "coach", "sms")}
    database_url = f"sqlite:///{var / 'careerbot.sqlite'}"
    with fake_sms_provider.running() as fake:
        env = {
            **os.environ,
            "CAREERBOT_VAR_DIR": str(var),
            "CAREERBOT_OCCUPATIONS_DB_URL": occupations_db_url,
            "CAREERBOT_DATABASE_URL": database_url,
            "CAREERBOT_ACTIONS_PORT": str(ports["actions"]),
            "CAREERBOT_RASA_PORT": str(ports["rasa"]),
            "CAREERBOT_COACH_PORT": str(ports["coach"]),
            "CAREERBOT_DEMO_SMS_PORT": str(ports["sms"]),
            "CAREERBOT_SMTP_PORT": str(free_port()),
            "CAREERBOT_RASA_TOKEN": "supervisor-test-token",
            # Students' replies go to this test's own fake provider.
            "CAREERBOT_SMS_API_URL": fake.url,
            "CAREERBOT_SMS_ACCOUNT_SID": ACCOUNT_SID,
            "CAREERBOT_SMS_AUTH_TOKEN": AUTH_TOKEN,
            "CAREERBOT_SMS_FROM": SENDER,
            "CAREERBOT_SMS_HASH_SECRET": SMS_HASH_SECRET,
            # The outage stays 60 s; a short cap on the back-off only keeps the test from
            # waiting minutes after the provider is back (production default: 300 s).
            "CAREERBOT_SMS_RETRY_MAX_SECONDS": "5",
            "PYTHONHASHSEED": "0",
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        }
        for name in ("CAREERBOT_TRACKER_URL", "CAREERBOT_ACTION_ENDPOINT", "CAREERBOT_DEMO"):
            env.pop(name, None)
        log = open(var / "run.log", "ab")  # noqa: SIM115
        process = subprocess.Popen(
            ["bash", "scripts/run.sh"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_for_http(f"http://127.0.0.1:{ports['rasa']}/", 300, process)
            wait_for_http(f"http://127.0.0.1:{ports['coach']}/", 60, process)
            yield Demo(ports=ports, var=var, database_url=database_url, fake=fake)
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            log.close()


def say(port: int, sender: str, message: str) -> str:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/webhooks/rest/webhook",
        data=json.dumps({"sender": sender, "message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return " ".join(r.get("text", "") for r in json.loads(response.read()))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is needed: `make browser` installs it")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.mark.slow
@pytest.mark.browser
def test_the_demo_phone_texts_the_assistant_and_shows_its_answer(demo: Demo, browser) -> None:
    page = browser.new_page(viewport={"width": 900, "height": 900})
    page.goto(f"{demo.coach_url}/demo/phone")
    page.get_by_label("Text message").fill("how much do electricians make in hattiesburg")
    page.get_by_role("button", name="Send").click()
    page.locator(".phone-messages .sent", has_text="electricians").wait_for(timeout=10_000)
    page.locator(".phone-messages .received", has_text="$48,580").wait_for(timeout=90_000)
    page.screenshot(path=str(demo.var / "demo-phone.png"))
    first = page.locator(".phone-messages li").first
    assert "sent" in (first.get_attribute("class") or "")  # the question shows above the answer
    assert "Reply STOP to opt out" in page.locator(".phone-messages .received").first.inner_text()
    page.close()


@pytest.mark.slow
@pytest.mark.browser
def test_a_crisis_text_on_the_demo_phone_shows_the_coach_e_mail_on_the_sinks_page(
    demo: Demo, browser
) -> None:
    page = browser.new_page(viewport={"width": 900, "height": 1000})
    page.goto(f"{demo.coach_url}/demo/phone")
    page.get_by_label("Text message").fill("i want to kill myself")
    page.get_by_role("button", name="Send").click()
    page.locator(".phone-messages .received", has_text="988").wait_for(timeout=90_000)
    page.goto(f"{demo.coach_url}/demo/sinks")
    mails = page.locator("#mails li", has_text="@example.org")
    mails.first.wait_for(timeout=60_000)
    page.screenshot(path=str(demo.var / "demo-sinks.png"), full_page=True)
    assert "urgent" in mails.first.inner_text().lower()
    assert "kill" not in mails.first.inner_text().lower()  # no student words in notices
    assert page.locator("#texts li", has_text="988").count() >= 1
    page.close()


@pytest.mark.slow
def test_a_killed_action_server_is_restarted_and_the_conversation_goes_on(demo: Demo) -> None:
    question = "how much do electricians make in hattiesburg"
    assert "$48,580" in say(demo.ports["rasa"], "supervised", question)

    old_pid = demo.kill("actions")
    wait_for_http(f"http://127.0.0.1:{demo.ports['actions']}/health", 60)
    assert demo.pid("actions") != old_pid

    answer = say(demo.ports["rasa"], "supervised", "what about welders")
    assert "$" in answer and "welder" in answer.lower()


OUTAGE_SECONDS = 60  # the outage
QUESTIONS = ["hi", "how much do electricians make in hattiesburg", "what about welders"]
SMS_PATH = "/webhooks/sms/webhook"


def text(demo: Demo, phone: str, body: str) -> int:
    """A signed text from ``phone``, as the provider posts it."""
    form = {"From": phone, "To": SENDER, "Body": body, "MessageSid": "SM" + uuid.uuid4().hex}
    signed_url = f"http://localhost:{demo.ports['rasa']}{SMS_PATH}"  # run.sh's public address
    signature = RequestValidator(AUTH_TOKEN).compute_signature(signed_url, form)
    request = urllib.request.Request(
        demo.rasa_url + SMS_PATH,
        data=urllib.parse.urlencode(form).encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature,
        },
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return int(response.status)


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.5)


@pytest.mark.slow
def test_sms_replies_survive_a_provider_outage_and_a_rasa_crash_arriving_once_in_order(
    demo: Demo,
) -> None:
    phone = f"+1601555{uuid.uuid4().int % 10000:04d}"
    store = SMSStore(demo.database_url)
    outbox = SMSOutbox(store.engine)
    key = sender_key(phone, SMS_HASH_SECRET)

    def turns() -> int:
        return len({row["turn"] for row in outbox.history(key)})

    demo.fake.stop()  # the provider is down: connection refused
    down_since = time.monotonic()
    for number, question in enumerate(QUESTIONS[:2], start=1):
        assert text(demo, phone, question) == 200
        wait_until(lambda n=number: turns() >= n, 120, f"answer {number} written")

    demo.kill("rasa")  # its answers are rows already
    demo.kill("sms-worker")  # and the worker keeps nothing in memory
    wait_for_http(demo.rasa_url + "/", 300)
    assert text(demo, phone, QUESTIONS[2]) == 200
    wait_until(lambda: turns() >= 3, 120, "answer 3 written")
    assert demo.fake.to(phone) == []  # nothing could be sent yet

    time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - down_since)))
    demo.fake.start()
    written = len(outbox.history(key))
    wait_until(lambda: len(demo.fake.to(phone)) >= written, 90, "every text delivered")
    time.sleep(3)  # a duplicate would arrive now

    history = outbox.history(key)
    assert [row["status"] for row in history] == ["delivered"] * len(history)
    assert demo.fake.to(phone) == [row["body"] for row in history]  # once each, in order
    assert min(row["attempts"] for row in history[:1]) > 1  # it really waited out the outage
    assert "$48,580" in "\n".join(demo.fake.to(phone))
    store.dispose()
