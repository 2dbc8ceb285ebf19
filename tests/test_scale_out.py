"""The production configuration: two Rasa instances share conversations through PostgreSQL
(tracker store) and Redis (lock store), as instances behind a load balancer would."""

from __future__ import annotations

import json
import urllib.request
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import psycopg2
import pytest
import redis

from tests.servers import ROOT, Process, free_port, rasa_server_command

pytestmark = pytest.mark.slow


def _say(url: str, sender: str, message: str) -> str:
    request = urllib.request.Request(
        f"{url}/webhooks/rest/webhook",
        data=json.dumps({"sender": sender, "message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=90) as response:
        return "\n".join(r.get("text", "") for r in json.loads(response.read()))


@pytest.fixture(scope="module")
def second_instance(stack, stack_env) -> Iterator[str]:
    port = free_port()
    env = {**stack_env, "CAREERBOT_ACTION_ENDPOINT": f"{stack.actions_url}/webhook"}
    command = rasa_server_command(port, ROOT / "models" / "current.tar.gz")
    with Process(command, port=port, ready_path="/", env=env, timeout=240,
                 log=stack.log_dir / "rasa-2.log"):  # fmt: skip
        yield f"http://127.0.0.1:{port}"


def test_a_conversation_continues_on_another_instance(stack, second_instance):
    student = f"student-{uuid.uuid4().hex[:8]}"
    _say(stack.rasa_url, student, "i live in hattiesburg")
    text = _say(second_instance, student, "how much do electricians make there")
    assert "$48,580" in text and "Hattiesburg" in text


def test_conversations_are_stored_in_postgresql(stack, stack_env):
    student = f"student-{uuid.uuid4().hex[:8]}"
    _say(stack.rasa_url, student, "hi")
    connection = psycopg2.connect(
        host="127.0.0.1", user="postgres", dbname=stack_env["CAREERBOT_TRACKER_DB"]
    )
    with connection, connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM events WHERE sender_id = %s", (student,))
        assert cursor.fetchone()[0] > 0
    connection.close()


def test_simultaneous_messages_to_both_instances_are_all_answered(stack, second_instance):
    """Redis locks serialise one conversation's messages across instances: none is lost."""
    student = f"student-{uuid.uuid4().hex[:8]}"
    urls = [stack.rasa_url, second_instance] * 3
    with ThreadPoolExecutor(max_workers=6) as pool:
        replies = list(pool.map(lambda url: _say(url, student, "hi"), urls))
    assert all(replies)
    assert redis.Redis(host="127.0.0.1", port=6379, db=1).ping()
