"""The SMS webhook end to end: signed calls from the provider, real Rasa, replies delivered
to the local fake of the provider's Messages API."""

from __future__ import annotations

import itertools
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest
from twilio.request_validator import RequestValidator

from bot.channels import texts as channel_texts
from bot.sms import texts
from bot.sms.identity import sender_key
from tests.bot.conftest import SMS_HASH_SECRET, SMS_PUBLIC_BASE_URL
from tests.bot.fake_sms_provider import AUTH_TOKEN, SENDER, FakeSMSProvider
from tests.servers import RASA_TOKEN

pytestmark = pytest.mark.slow

PATH = "/webhooks/sms/webhook"
_numbers = itertools.count(1001)


def new_student() -> str:
    """A phone number no other test has used."""
    return f"+1601555{next(_numbers):04d}"


def post(stack, form: dict[str, str], signature: str | None = "sign") -> tuple[int, str]:
    """POST a form to the webhook as the provider would, signed unless told otherwise."""
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if signature == "sign":
        signature = RequestValidator(AUTH_TOKEN).compute_signature(SMS_PUBLIC_BASE_URL + PATH, form)
    if signature is not None:
        headers["X-Twilio-Signature"] = signature
    request = urllib.request.Request(
        stack.rasa_url + PATH, data=urllib.parse.urlencode(form).encode(), headers=headers
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def text(stack, phone: str, body: str, message_sid: str | None = None) -> tuple[int, str]:
    """A text from ``phone``, as the provider posts it (each text has its own MessageSid)."""
    sid = message_sid or "SM" + uuid.uuid4().hex
    return post(stack, {"From": phone, "To": SENDER, "Body": body, "MessageSid": sid})


def settle(fake: FakeSMSProvider, phone: str, seconds: float = 6) -> list[str]:
    """The texts to ``phone`` once nothing new has arrived for a while."""
    time.sleep(seconds)
    return fake.to(phone)


def tracker(stack, phone: str) -> dict:
    key = sender_key(phone, SMS_HASH_SECRET)
    with urllib.request.urlopen(
        f"{stack.rasa_url}/conversations/{key}/tracker?token={RASA_TOKEN}", timeout=30
    ) as r:
        return json.loads(r.read())


def test_unsigned_sms_is_refused(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    status, _ = post(stack, {"From": phone, "Body": "hi"}, signature=None)
    assert status == 403
    assert settle(fake_sms, phone, 2) == []


def test_forged_sms_is_refused(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    form = {"From": phone, "Body": "hi"}
    signed_for_other_body = RequestValidator(AUTH_TOKEN).compute_signature(
        SMS_PUBLIC_BASE_URL + PATH, {"From": phone, "Body": "hello"}
    )
    wrong_key = RequestValidator("not-the-token").compute_signature(
        SMS_PUBLIC_BASE_URL + PATH, form
    )
    assert post(stack, form, signature=signed_for_other_body)[0] == 403
    assert post(stack, form, signature=wrong_key)[0] == 403
    assert post(stack, form, signature="")[0] == 403
    assert settle(fake_sms, phone, 2) == []


def test_signed_pay_question_gets_the_published_figure_by_text(
    stack, fake_sms: FakeSMSProvider
) -> None:
    phone = new_student()
    status, body = text(stack, phone, "how much do electricians make in hattiesburg")
    assert status == 200 and "<Response>" in body
    replies = fake_sms.wait_for(phone, 1)
    joined = "\n".join(settle(fake_sms, phone, 3))
    assert "$48,580" in joined
    assert texts.OPT_OUT_LINE in replies[0]  # the first text says how to opt out
    assert all(len(reply) <= 320 for reply in fake_sms.to(phone))


def test_opt_out_line_is_sent_only_once(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    text(stack, phone, "hi")
    fake_sms.wait_for(phone, 1)
    first = settle(fake_sms, phone, 3)
    text(stack, phone, "hi")
    later = fake_sms.wait_for(phone, len(first) + 1)[len(first) :]
    assert texts.OPT_OUT_LINE in "\n".join(first)
    assert texts.OPT_OUT_LINE not in "\n".join(later)


def test_greeting_buttons_arrive_as_numbered_choices(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    text(stack, phone, "hi")
    fake_sms.wait_for(phone, 1)
    joined = "\n".join(settle(fake_sms, phone, 3))
    assert "1) " in joined and "2) " in joined
    assert "Reply 1, 2" in joined
    assert "/request_coach" not in joined and "{" not in joined


def test_a_number_reply_sends_the_chosen_buttons_payload(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    text(stack, phone, "hi")
    fake_sms.wait_for(phone, 1)
    offered = "\n".join(settle(fake_sms, phone, 3))
    coach = next(line for line in offered.splitlines() if "coach" in line.lower() and ") " in line)
    text(stack, phone, coach.split(")")[0])
    fake_sms.wait_for(phone, len(fake_sms.to(phone)) + 1)
    said = [e for e in tracker(stack, phone)["events"] if e["event"] == "user"][-1]
    assert said["text"] == "/request_coach"
    assert said["parse_data"]["intent"]["name"] == "request_coach"


def test_stop_confirms_once_and_then_nothing_more_is_sent(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    text(stack, phone, "hi")
    fake_sms.wait_for(phone, 1)
    before = len(settle(fake_sms, phone, 3))
    assert text(stack, phone, "STOP")[0] == 200
    confirmation = fake_sms.wait_for(phone, before + 1)[before:]
    assert confirmation == [texts.STOPPED]
    text(stack, phone, "how much do electricians make in hattiesburg")
    text(stack, phone, "hi")
    assert settle(fake_sms, phone, 8)[before + 1 :] == []


def test_start_opts_back_in(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    text(stack, phone, "stop")
    fake_sms.wait_for(phone, 1)
    text(stack, phone, "START")
    assert texts.STARTED in fake_sms.wait_for(phone, 2)[1]
    text(stack, phone, "hi")
    assert len(fake_sms.wait_for(phone, 3)) >= 3


def test_help_says_what_this_is_and_how_to_reach_a_person(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    text(stack, phone, "HELP")
    reply = "\n".join(fake_sms.wait_for(phone, 1))
    assert "COACH" in reply and "988" in reply and "STOP" in reply


def test_an_empty_message_gets_a_friendly_hint(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    assert text(stack, phone, "")[0] == 200
    assert fake_sms.wait_for(phone, 1)[0].startswith(texts.EMPTY)


def test_bad_requests_get_a_clear_status_never_a_500(stack) -> None:
    assert post(stack, {"Body": "no sender"})[0] == 400
    status, _ = post(stack, {"From": "garbage", "Body": "x" * 5000})
    assert status == 200
    raw = urllib.request.Request(
        stack.rasa_url + PATH,
        data=b"\xff\xfe{not a form",
        headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(raw, timeout=30)
    assert refused.value.code == 403


def test_number_stays_out_of_the_conversation_id_and_the_logs(
    stack, fake_sms: FakeSMSProvider
) -> None:
    phone = new_student()
    text(stack, phone, "hi")
    fake_sms.wait_for(phone, 1)
    settle(fake_sms, phone, 2)
    conversation = tracker(stack, phone)
    assert phone[2:] not in conversation["sender_id"]
    metadata = [e.get("metadata", {}) for e in conversation["events"] if e["event"] == "user"]
    # The number travels in the metadata, for the coach who texts back.
    assert {"channel": "sms", "phone": phone}.items() <= metadata[-1].items()
    log = (stack.log_dir / "rasa.log").read_text(errors="replace")
    assert phone[2:] not in log


def user_texts(stack, phone: str) -> list[str]:
    return [e["text"] for e in tracker(stack, phone)["events"] if e["event"] == "user"]


def test_a_replayed_webhook_is_answered_once(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    sid = "SM" + uuid.uuid4().hex
    assert text(stack, phone, "hi", message_sid=sid)[0] == 200
    fake_sms.wait_for(phone, 1)
    first = settle(fake_sms, phone, 3)
    assert text(stack, phone, "hi", message_sid=sid)[0] == 200  # the provider retried
    assert settle(fake_sms, phone, 5) == first
    assert user_texts(stack, phone) == ["hi"]


def test_a_long_text_is_cut_and_the_student_told(stack, fake_sms: FakeSMSProvider) -> None:
    phone = new_student()
    text(stack, phone, "how much do electricians make in hattiesburg " * 100)
    fake_sms.wait_for(phone, 1)
    replies = settle(fake_sms, phone, 3)
    assert replies[0].startswith(channel_texts.MESSAGE_CUT)
    assert len(user_texts(stack, phone)[-1]) <= 1000


@pytest.fixture(scope="module")
def coaches(stack_env: dict[str, str]) -> None:
    """The demo schools and coaches in the stack's app database (crisis tasks need a coach)."""
    from bot.handoff.db import session_scope
    from bot.seed import apply_seed, read_seed

    with session_scope(stack_env["CAREERBOT_DATABASE_URL"]) as session:
        apply_seed(session=session, seed=read_seed(), password="sms-test-coach-password")


def urgent_tasks(stack_env: dict[str, str], conversation_id: str) -> list[tuple[str, bool]]:
    import sqlalchemy as sa

    engine = sa.create_engine(stack_env["CAREERBOT_DATABASE_URL"])
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT topic, urgent FROM handoff_tasks WHERE conversation_id = :id"),
            {"id": conversation_id},
        ).all()
    engine.dispose()
    return [(row[0], bool(row[1])) for row in rows]


def test_crisis_after_stop_alerts_a_coach_without_texting_the_student(
    stack, stack_env, coaches, fake_sms: FakeSMSProvider
) -> None:
    phone = new_student()
    key = sender_key(phone, SMS_HASH_SECRET)
    text(stack, phone, "STOP")
    assert fake_sms.wait_for(phone, 1) == [texts.STOPPED]
    text(stack, phone, "how much do welders make")  # read by nobody
    text(stack, phone, "i want to kill myself")
    deadline = time.monotonic() + 60
    while not urgent_tasks(stack_env, key) and time.monotonic() < deadline:
        time.sleep(1)
    assert ("crisis", True) in urgent_tasks(stack_env, key)
    assert settle(fake_sms, phone, 4) == [texts.STOPPED]  # nothing texted after STOP
    assert user_texts(stack, phone) == ["i want to kill myself"]
