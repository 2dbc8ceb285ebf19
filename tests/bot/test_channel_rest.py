"""The REST channel over real HTTP: bounded messages, no typed intents, clear 400s."""

from __future__ import annotations

import itertools
import json
import urllib.error
import urllib.request

import pytest

from bot.channels import texts
from tests.servers import RASA_TOKEN

pytestmark = pytest.mark.slow

_ids = itertools.count(1)


def new_sender() -> str:
    return f"rest-channel-{next(_ids)}"


def post(stack, body: bytes, content_type: str = "application/json") -> tuple[int, object]:
    request = urllib.request.Request(
        f"{stack.rasa_url}/webhooks/rest/webhook", data=body, headers={"Content-Type": content_type}
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def say(stack, sender: str, message: str) -> list[dict]:
    status, replies = post(stack, json.dumps({"sender": sender, "message": message}).encode())
    assert status == 200, replies
    assert isinstance(replies, list)
    return replies


def last_user_event(stack, sender: str) -> dict:
    url = f"{stack.rasa_url}/conversations/{sender}/tracker?token={RASA_TOKEN}"
    with urllib.request.urlopen(url, timeout=30) as response:
        events = json.loads(response.read())["events"]
    return [e for e in events if e["event"] == "user"][-1]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"[1, 2]", "JSON object"),
        (b'"hello"', "JSON object"),
        (b"{not json", "JSON"),
        (b'{"sender": "x"}', '"message" is required'),
        (b'{"sender": "x", "message": 42}', '"message" must be a string'),
        (b'{"sender": "x", "message": {"text": "hi"}}', '"message" must be a string'),
        (b'{"message": "hi"}', '"sender" is required'),
        (b'{"sender": 7, "message": "hi"}', '"sender" must be'),
        (b'{"sender": "", "message": "hi"}', '"sender" must be'),
        (b'{"sender": "x", "message": "hi", "metadata": [1]}', '"metadata" must be'),
        (b'{"sender": "sms-0123", "message": "hi"}', "SMS channel"),
    ],
)
def test_a_malformed_body_gets_a_400_saying_what_is_wrong(stack, body: bytes, problem: str) -> None:
    status, answer = post(stack, body)
    assert status == 400
    assert isinstance(answer, dict) and problem in answer["error"]


def test_a_well_formed_question_still_gets_the_answer(stack) -> None:
    replies = say(stack, new_sender(), "how much do electricians make in hattiesburg")
    assert "$48,580" in " ".join(r.get("text", "") for r in replies)


def test_a_huge_message_is_cut_and_the_student_told(stack) -> None:
    sender = new_sender()
    replies = say(stack, sender, "electrician pay in hattiesburg " * 7000)  # 217,000 characters
    assert replies[0]["text"] == texts.MESSAGE_CUT
    assert len(replies) > 1  # and the first part was answered
    read = last_user_event(stack, sender)["text"]
    assert 900 < len(read) <= 1000


def test_typed_crisis_intent_is_read_as_a_word_not_an_intent(stack) -> None:
    sender = new_sender()
    say(stack, sender, "/crisis")
    said = last_user_event(stack, sender)
    assert said["text"] == "crisis"
    assert said["parse_data"]["intent"]["name"] != "crisis"


def test_typed_intent_with_entities_does_not_bypass_understanding(stack) -> None:
    sender = new_sender()
    say(stack, sender, '/ask_pay{"occupation": "Chief Executives", "place": "Tupelo"}')
    said = last_user_event(stack, sender)
    assert not said["text"].startswith("/")
    # Rasa marks what it unpacked from a "/intent{...}" payload with this extractor.
    extractors = {e.get("extractor") for e in said["parse_data"]["entities"]}
    assert "RegexMessageHandler" not in extractors


def test_our_own_button_payload_still_works(stack) -> None:
    sender = new_sender()
    say(stack, sender, "/request_coach")
    said = last_user_event(stack, sender)
    assert said["text"] == "/request_coach"
    assert said["parse_data"]["intent"]["name"] == "request_coach"


def test_a_client_cannot_claim_to_be_the_sms_channel(stack) -> None:
    sender = new_sender()
    body = {
        "sender": sender,
        "message": "hi",
        "metadata": {"channel": "sms", "phone": "+16015550199", "school_id": "demo-high"},
    }
    assert post(stack, json.dumps(body).encode())[0] == 200
    metadata = last_user_event(stack, sender)["metadata"]
    assert "phone" not in metadata
    assert metadata["channel"] == "rest" and metadata["school_id"] == "demo-high"


def test_a_body_over_two_megabytes_is_refused_unread(stack) -> None:
    body = json.dumps({"sender": new_sender(), "message": "welder " * 450_000}).encode()
    status, answer = post(stack, body)
    assert status == 413
    assert isinstance(answer, dict) and "too large" in answer["error"]
