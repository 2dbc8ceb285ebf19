"""The production configuration without the balancer: two Rasa instances share conversations
through PostgreSQL (tracker store) and Redis (lock store).

The lock test makes both instances handle one conversation at the same moment (each action
call is held for a second between Rasa and the action servers). With Redis locks the second
instance waits its turn; with ``CAREERBOT_TEST_LOCK_STORE=in_memory`` it does not, and a
turn is lost from the stored conversation, which the test catches.
"""

from __future__ import annotations

import json
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import psycopg2
import pytest

pytestmark = pytest.mark.slow

WAGE_QUESTION = "how much do electricians make in hattiesburg"


def _say(url: str, sender: str, message: str) -> str:
    request = urllib.request.Request(
        f"{url}/webhooks/rest/webhook",
        data=json.dumps({"sender": sender, "message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=90) as response:
        return "\n".join(r.get("text", "") for r in json.loads(response.read()))


def _stored_user_messages(database: str, sender: str) -> list[str]:
    """What the student said, in the order the tracker store holds it."""
    connection = psycopg2.connect(host="127.0.0.1", user="postgres", dbname=database)
    with connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT data FROM events WHERE sender_id = %s AND type_name = 'user' ORDER BY id",
            (sender,),
        )
        rows = [json.loads(data)["text"] for (data,) in cursor.fetchall()]
    connection.close()
    return rows


def test_a_conversation_continues_on_another_instance(cluster):
    first, second = cluster.instances()
    student = f"student-{uuid.uuid4().hex[:8]}"
    _say(first, student, "i live in hattiesburg")
    text = _say(second, student, "how much do electricians make there")
    assert "$48,580" in text and "Hattiesburg" in text


def test_conversations_are_stored_in_postgresql(cluster, stack_env):
    student = f"student-{uuid.uuid4().hex[:8]}"
    _say(cluster.instances()[0], student, "hi")
    assert _stored_user_messages(stack_env["CAREERBOT_TRACKER_DB"], student) == ["hi"]


def test_one_conversation_on_two_instances_at_once_loses_no_turn(cluster, stack_env):
    """Redis locks serialise one conversation across instances; in-memory locks lose a turn."""
    first, second = cluster.instances()
    student = f"student-{uuid.uuid4().hex[:8]}"
    _say(first, student, "hi")
    cluster.link.delay = 1.0
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            wage = pool.submit(_say, first, student, WAGE_QUESTION)
            time.sleep(0.3)  # the first instance has the conversation and waits on an action
            greeting = pool.submit(_say, second, student, "hello")
            wage_text, greeting_text = wage.result(), greeting.result()
    finally:
        cluster.link.delay = 0.0
    assert "$48,580" in wage_text and greeting_text
    stored = _stored_user_messages(stack_env["CAREERBOT_TRACKER_DB"], student)
    assert stored == ["hi", WAGE_QUESTION, "hello"]
