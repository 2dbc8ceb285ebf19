"""A student talking to the real servers: the one-call pay answer and the job outlook question.

Issue 10 point 6 (a pay question naming the job and the place takes one action-server call)
and issue 12 point 2 (the outlook question, added by the README's "Add a question" recipe).
"""

from __future__ import annotations

import json
import urllib.request
import uuid
from typing import Any

import pytest

from tests.servers import RASA_TOKEN

pytestmark = pytest.mark.slow


def _text(replies: list[dict[str, Any]]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)


def _payloads(replies: list[dict[str, Any]]) -> list[str]:
    return [button["payload"] for reply in replies for button in reply.get("buttons") or []]


def _actions_of_last_turn(stack, sender: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The actions Rasa ran after the student's last message, in order."""
    url = f"{stack.rasa_url}/conversations/{sender}/tracker?token={RASA_TOKEN}"
    with urllib.request.urlopen(url, timeout=30) as response:
        events = json.loads(response.read())["events"]
    last_user = max(i for i, event in enumerate(events) if event["event"] == "user")
    return [e["name"] for e in events[last_user:] if e["event"] == "action"]


@pytest.fixture
def student() -> str:
    return f"student-{uuid.uuid4().hex[:8]}"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("how much do electricians make in hattiesburg", "Electricians in the Hattiesburg area"),
        ("wat do nurses get paid in jackson", "Registered Nurses in the Jackson metro area"),
        ("tryna see how much electritions make in 39401", "Electricians in the Hattiesburg area"),
    ],
)
def test_pay_naming_job_and_place_is_answered_in_one_action_call(
    stack, student: str, message: str, expected: str
) -> None:
    text = _text(stack.say(student, message))
    assert f"{expected}: the middle pay is $" in text and "BLS OEWS, May 2025" in text
    assert _actions_of_last_turn(stack, student) == ["action_tell_wage_at_once", "action_listen"]


def test_follow_ups_after_the_one_call_answer_still_know_the_job_and_place(
    stack, student: str
) -> None:
    stack.say(student, "how much do electricians make in hattiesburg")
    hour = _text(stack.say(student, "whats that per hour"))
    assert "Electricians in the Hattiesburg area: about $23.35 an hour" in hour
    there = _text(stack.say(student, "what about in tupelo"))
    assert "Electricians in northeast Mississippi" in there
    other = _text(stack.say(student, "what about plumbers"))
    assert "Plumbers" in other and "northeast Mississippi" in other


def test_unclear_job_with_a_place_hands_over_to_the_form_and_asks_which_one(
    stack, student: str
) -> None:
    replies = stack.say(student, "how much do engineers make in jackson")
    assert "Which one do you mean?" in _text(replies)
    assert _actions_of_last_turn(stack, student)[:2] == ["action_tell_wage_at_once", "pay_form"]
    answer = _text(stack.say(student, _payloads(replies)[0]))
    assert "the Jackson metro area: the middle pay is $" in answer


def test_unknown_place_in_the_question_is_asked_again_then_answered(stack, student: str) -> None:
    text = _text(stack.say(student, "how much do welders make in zzyzx"))
    assert "couldn't find that place" in text or "Where do you live" in text
    answer = _text(stack.say(student, "hattiesburg"))
    assert answer.startswith("Welders in the Hattiesburg area: the middle pay is $")


def test_pay_question_while_another_form_waits_answers_and_closes_that_form(
    stack, student: str
) -> None:
    asked = _text(stack.say(student, "how do i become one"))
    assert "Which job" in asked
    text = _text(stack.say(student, "how much do plumbers make in meridian"))
    assert "Plumbers" in text and "in southeast Mississippi: the middle pay is $" in text
    college = _text(stack.say(student, "do i need college for that"))
    assert "Which job" not in college and college, college


# The outlook question (README "Add a question").
def test_job_outlook_gives_growth_and_openings_with_the_source(stack, student: str) -> None:
    replies = stack.say(student, "whats the job outlook for electricians?")
    text = _text(replies)
    assert text.startswith("Electricians: across the U.S., BLS expects this job to grow 9.5%")
    assert "About 81,000 jobs open up each year" in text
    assert "Source: BLS Employment Projections, 2024-34." in text
    assert "/ask_pay" in _payloads(replies)


def test_outlook_asked_with_slang_and_a_typo(stack, student: str) -> None:
    text = _text(stack.say(student, "is weldin a growing field or nah"))
    assert text.startswith("Welders: across the U.S., BLS expects"), text


def test_outlook_without_a_job_asks_for_one_then_answers(stack, student: str) -> None:
    asked = _text(stack.say(student, "whats the job outlook"))
    assert "Which job do you want to know about?" in asked
    text = _text(stack.say(student, "nurses"))
    assert text.startswith("Registered Nurses: across the U.S., BLS expects"), text


def test_outlook_after_a_pay_answer_is_for_that_job_and_a_new_job_asks_it_again(
    stack, student: str
) -> None:
    stack.say(student, "how much do plumbers make in tupelo")
    same = _text(stack.say(student, "is that job growing?"))
    assert same.startswith("Plumbers"), same
    assert "BLS expects" in same
    other = _text(stack.say(student, "what about electricians"))
    assert other.startswith("Electricians: across the U.S., BLS expects"), other


def test_place_outside_mississippi_after_a_wage_answer_offers_the_state_and_the_nation(
    stack, student: str
) -> None:
    stack.say(student, "how much do welders make in biloxi")
    replies = stack.say(student, "what about in new orleans")
    assert _text(replies).startswith("New Orleans, Louisiana is outside Mississippi")
    assert '/inform_place{"place": "the U.S."}' in _payloads(replies)
    nation = _text(stack.say(student, '/inform_place{"place": "the U.S."}'))
    assert "Welders" in nation and "U.S." in nation and "$" in nation


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("optician pay in ocean springs", "Opticians, Dispensing in the Gulfport-Biloxi area"),
        ("electrician pay across the state", "Electricians in Mississippi"),
    ],
)
def test_job_and_place_with_a_pay_word_is_a_pay_question(
    stack, student: str, message: str, expected: str
) -> None:
    assert f"{expected}: the middle pay is $" in _text(stack.say(student, message))


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("cuanto gana un electricista en jackson", "Electricians in the Jackson metro area"),
        ("como me hago enfermera", "registered nurse"),
    ],
)
def test_spanish_question_gets_its_own_answer_with_the_spanish_note(
    stack, student: str, message: str, expected: str
) -> None:
    text = _text(stack.say(student, message))
    assert "Pronto voy a hablar español" in text
    assert expected.lower() in text.lower()
    assert "BLS expects" not in text  # never the outlook of another question
