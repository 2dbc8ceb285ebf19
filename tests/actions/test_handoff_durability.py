"""No task and no notification is lost: receiver down for a minute, action server restarted.

Real processes: the action server (as Rasa calls it, over HTTP), the outbox worker, and a
webhook receiver that really stops listening and comes back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.handoff import store
from bot.handoff.db import session_scope
from bot.handoff.models import Coach, Notification
from bot.seed import apply_seed, read_seed
from tests.bot.handoff_fakes import FakeWebhook
from tests.servers import Process, action_server_command, free_port

pytestmark = pytest.mark.slow
FILLED = {
    "handoff_first_name": "Maria",
    "handoff_school": "Hattiesburg High School",
    "handoff_school_id": "hattiesburg-high",
    "handoff_contact": "+16015550123",
    "handoff_contact_kind": "phone",
    "handoff_about": "FAFSA",
    "handoff_consent": True,
    "handoff_topic": "financial_aid",
}


def call_action(actions_url: str, sender: str, name: str = "action_create_handoff") -> list[Any]:
    latest = {
        "intent": {"name": "affirm"},
        "text": "yes",
        "message_id": f"{sender}-m1",
        "metadata": {"channel": "web", "school_id": "hattiesburg-high"},
    }
    body = {
        "next_action": name,
        "sender_id": sender,
        "version": "3.6.2",
        "domain": {"responses": {}, "slots": {}, "forms": {}},
        "tracker": {
            "sender_id": sender,
            "slots": FILLED,
            "latest_message": latest,
            "paused": False,
            "events": [
                {
                    "event": "user",
                    "text": "yes",
                    "message_id": f"{sender}-m1",
                    "metadata": latest["metadata"],
                    "parse_data": latest,
                }
            ],
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "handoff_form",
        },
    }
    request = urllib.request.Request(
        f"{actions_url}/webhook",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["responses"]


def test_no_task_or_notification_is_lost_across_outage_and_restart(tmp_path) -> None:
    outage = float(os.environ.get("CAREERBOT_TEST_OUTAGE_SECONDS", "60"))
    db = f"sqlite:///{tmp_path / 'handoff.sqlite'}"
    receiver = FakeWebhook()  # not started: the receiver is down
    with session_scope(db) as session:
        apply_seed(session=session, seed=read_seed(), password=None)
        rivera = session.query(Coach).filter_by(username="rivera").one()
        rivera.webhook_url, rivera.notify_via = receiver.hook_url, "webhook"
    env = {
        "CAREERBOT_DATABASE_URL": db,
        "CAREERBOT_VAR_DIR": str(tmp_path),
        "CAREERBOT_OUTBOX_POLL_SECONDS": "0.5",
        "CAREERBOT_RETRY_BASE_SECONDS": "1",
        "CAREERBOT_RETRY_MAX_SECONDS": "5",
        "CAREERBOT_NOTIFY_TIMEOUT": "3",
    }
    port = free_port()
    action_server = action_server_command(port)
    url = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    with outbox_worker(env, tmp_path / "worker.log"):
        with Process(
            action_server, port=port, ready_path="/health", env=env, log=tmp_path / "actions-1.log"
        ):
            first = call_action(url, "student-a")
        # The task was committed before the reply that names the coach.
        assert first[0]["response"] == "utter_handoff_created"
        assert first[0]["coach"] == "Ms. Rivera"
        with Process(
            action_server, port=port, ready_path="/health", env=env, log=tmp_path / "actions-2.log"
        ):
            second = call_action(url, "student-b")
            again = call_action(url, "student-b")  # Rasa retrying the same message
        assert second[0]["response"] == again[0]["response"] == "utter_handoff_created"
        time.sleep(max(0.0, outage - (time.monotonic() - started)))
        receiver.start()
        try:
            received = receiver.wait_for(2, timeout=30)
            time.sleep(3)  # a duplicate would arrive within a few polls
        finally:
            receiver.stop()
    with session_scope(db) as session:
        tasks = store.list_tasks(session=session)
        jobs = session.query(Notification).all()
        assert sorted(t.conversation_id for t in tasks) == ["student-a", "student-b"]
        assert all(j.status == "delivered" and j.attempts >= 2 for j in jobs)
    assert sorted(r["json"]["careerbot"]["task_id"] for r in received) == sorted(
        t.id for t in tasks
    )


@contextmanager
def outbox_worker(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The outbox worker as a process (it serves no HTTP, so Process cannot wait on a port)."""
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.handoff.worker"],
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            yield proc
        finally:
            proc.terminate()
            proc.wait(20)
