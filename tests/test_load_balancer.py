"""Through HAProxy (deploy/haproxy/haproxy.cfg): one conversation stays on one Rasa instance
(REST by sender, SMS by the sending number, socket.io by its session), and a conversation
continues, with nothing lost, when its instance is killed."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request

import psycopg2
import pytest
from twilio.request_validator import RequestValidator

from tests.bot.fake_sms_provider import AUTH_TOKEN, SENDER, SMS_PUBLIC_BASE_URL

pytestmark = pytest.mark.slow

INSTANCE = "X-Careerbot-Instance"
SMS_PATH = "/webhooks/sms/webhook"


def say(url: str, sender: str, message: str) -> tuple[str, str]:
    """The bot's text and the instance that answered, for one REST message."""
    request = urllib.request.Request(
        f"{url}/webhooks/rest/webhook",
        data=json.dumps({"sender": sender, "message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=90) as response:
        text = "\n".join(r.get("text", "") for r in json.loads(response.read()))
        return text, response.headers[INSTANCE]


def text_in(url: str, phone: str, body: str, sid: str) -> tuple[int, str]:
    """A signed SMS webhook call, as the provider makes it; its status and instance."""
    form = {"From": phone, "To": SENDER, "Body": body, "MessageSid": sid}
    signature = RequestValidator(AUTH_TOKEN).compute_signature(SMS_PUBLIC_BASE_URL + SMS_PATH, form)
    request = urllib.request.Request(
        url + SMS_PATH,
        data=urllib.parse.urlencode(form).encode(),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature,
        },
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, response.headers[INSTANCE]


def test_each_students_rest_messages_stay_on_one_instance(cluster):
    seen: dict[str, set[str]] = {}
    for turn in ("hi", "what can you do"):
        for index in range(12):
            _, instance = say(cluster.url, f"lb-rest-{index}", turn)
            seen.setdefault(f"lb-rest-{index}", set()).add(instance)
    assert all(len(instances) == 1 for instances in seen.values()), seen
    assert set().union(*seen.values()) == {"rasa1", "rasa2"}, "both instances share the load"


def test_each_phones_texts_stay_on_one_instance(cluster):
    seen: dict[str, set[str]] = {}
    for turn in range(2):
        for index in range(12):
            phone = f"+1601555{7000 + index:04d}"
            status, instance = text_in(cluster.url, phone, "hi", f"SM{turn:02d}{index:030d}")
            assert status == 200
            seen.setdefault(phone, set()).add(instance)
    assert all(len(instances) == 1 for instances in seen.values()), seen
    assert set().union(*seen.values()) == {"rasa1", "rasa2"}


def test_a_socketio_session_stays_on_the_instance_that_opened_it(cluster):
    polling = f"{cluster.url}/socket.io/?EIO=4&transport=polling"
    with urllib.request.urlopen(polling, timeout=30) as handshake:
        opened_on = handshake.headers[INSTANCE]
        cookie = handshake.headers["Set-Cookie"].split(";", 1)[0]
        sid = re.search(r'"sid":"([^"]+)"', handshake.read().decode()).group(1)
    assert cookie == f"careerbot_rasa={opened_on}"
    session = f"{polling}&sid={sid}"
    # Engine.io packet "40" opens the socket.io namespace; the next poll brings the answer.
    for body in (b"40", None):
        request = urllib.request.Request(session, data=body, headers={"Cookie": cookie})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200 and response.headers[INSTANCE] == opened_on
            reply = response.read().decode()
    assert reply.startswith("40")
    other = cluster.instances()[0 if opened_on == "rasa2" else 1]
    with pytest.raises(urllib.error.HTTPError):  # the session lives on one instance only
        urllib.request.urlopen(f"{other}/socket.io/?EIO=4&transport=polling&sid={sid}", timeout=30)


@pytest.mark.kills_an_instance
def test_a_conversation_continues_after_its_instance_is_killed(cluster, stack_env):
    student = "lb-failover-student"
    _, home = say(cluster.url, student, "i live in hattiesburg")
    index = int(home.removeprefix("rasa")) - 1
    cluster.kill_rasa(index)
    text, instance = say(cluster.url, student, "how much do electricians make there")
    assert instance != home
    assert "$48,580" in text and "Hattiesburg" in text
    text, _ = say(cluster.url, student, "what about plumbers")
    assert "Hattiesburg" in text
    connection = psycopg2.connect(
        host="127.0.0.1", user="postgres", dbname=stack_env["CAREERBOT_TRACKER_DB"]
    )
    with connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT data FROM events WHERE sender_id = %s AND type_name = 'user' ORDER BY id",
            (student,),
        )
        said = [json.loads(data)["text"] for (data,) in cursor.fetchall()]
    connection.close()
    assert said == [
        "i live in hattiesburg",
        "how much do electricians make there",
        "what about plumbers",
    ]
