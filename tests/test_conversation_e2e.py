"""A student talking to the real servers over Rasa's REST channel (model, actions, database)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

pytestmark = pytest.mark.slow

# Ten ways of asking, across all eight OEWS areas: (message, area's plain name).
PAY_QUESTIONS = [
    ("how much do electricians make in hattiesburg", "the Hattiesburg area"),
    ("how much does a welder make on the coast", "the Gulfport-Biloxi area"),
    ("wat do nurses get paid in jackson", "the Jackson metro area"),
    ("truck driver pay in southaven", "the Memphis metro area (including DeSoto County)"),
    ("how much u make as a plumber in the delta", "the Delta region"),
    ("salary for electrician in tupelo", "northeast Mississippi"),
    ("how much do hvac techs make around natchez", "southwest Mississippi"),
    ("how much money do welders make in meridian", "southeast Mississippi"),
    ("tryna see how much electritions make in 39401", "the Hattiesburg area"),
    ("whats the pay for a cna in lee county", "northeast Mississippi"),
]


def _text(replies: list[dict[str, Any]]) -> str:
    return "\n".join(reply.get("text", "") for reply in replies)


def _payloads(replies: list[dict[str, Any]]) -> list[str]:
    return [button["payload"] for reply in replies for button in reply.get("buttons") or []]


@pytest.fixture
def student() -> str:
    return f"student-{uuid.uuid4().hex[:8]}"


def test_electrician_pay_in_hattiesburg_quotes_the_published_figure(stack, student: str) -> None:
    text = _text(stack.say(student, "how much do electricians make in hattiesburg"))
    assert "$48,580 a year ($23.35 an hour)" in text
    assert "the Hattiesburg area" in text and "BLS OEWS, May 2025" in text


@pytest.mark.parametrize(("message", "area"), PAY_QUESTIONS)
def test_pay_questions_asked_ten_ways_answer_for_the_right_area(
    stack, student: str, message: str, area: str
) -> None:
    text = _text(stack.say(student, message))
    assert f"in {area}: the middle pay is $" in text, text


def test_missing_place_is_asked_for_then_remembered(stack, student: str) -> None:
    asked = _text(stack.say(student, "how much do welders make"))
    assert "Where do you live or go to school?" in asked
    answer = _text(stack.say(student, "the coast"))
    assert "Welders" in answer and "the Gulfport-Biloxi area" in answer
    again = _text(stack.say(student, "what about plumbers"))
    assert "Plumbers" in again and "the Gulfport-Biloxi area" in again


def test_changing_the_place_answers_the_same_question_there(stack, student: str) -> None:
    stack.say(student, "how much do electricians make in hattiesburg")
    text = _text(stack.say(student, "what about in tupelo"))
    assert "Electricians in northeast Mississippi" in text


def test_corrections_of_place_then_job_are_followed(stack, student: str) -> None:
    stack.say(student, "how much do welders make in hattiesburg")
    place = _text(stack.say(student, "no i meant tupelo"))
    assert place.startswith("Welders") and "in northeast Mississippi" in place
    job = _text(stack.say(student, "nah i meant nurses"))
    assert job.startswith("Registered Nurses in northeast Mississippi")


def test_changing_the_subject_keeps_the_job(stack, student: str) -> None:
    stack.say(student, "how much do electricians make in hattiesburg")
    text = _text(stack.say(student, "do i need college for that"))
    assert text.startswith("No.") and "apprenticeship" in text


def test_mechanic_is_ambiguous_and_gets_a_which_one_choice(stack, student: str) -> None:
    replies = stack.say(student, "how much do mechanics make around natchez")
    assert "Which one do you mean?" in _text(replies) and len(_payloads(replies)) >= 2


def test_ambiguous_job_gets_a_which_one_choice(stack, student: str) -> None:
    replies = stack.say(student, "how much do engineers make in jackson")
    assert "Which one do you mean?" in _text(replies)
    choice = _payloads(replies)[0]
    answer = _text(stack.say(student, choice))
    assert "the Jackson metro area" in answer and "$" in answer


def test_explore_then_more(stack, student: str) -> None:
    first = _text(stack.say(student, "what jobs pay well around hattiesburg without a degree"))
    assert first.startswith("Jobs in the Hattiesburg area:") and "1. " in first
    more = _text(stack.say(student, "show me more"))
    assert more.startswith("More jobs") and "6. " in more


def test_describe_a_job(stack, student: str) -> None:
    text = _text(stack.say(student, "what does a dental hygienist actually do"))
    assert text.startswith("Dental Hygienists:") and text.count("\n- ") == 3


def test_compare_two_jobs_side_by_side(stack, student: str) -> None:
    text = _text(stack.say(student, "compare electricians and plumbers on the coast"))
    assert "Pay in the Gulfport-Biloxi area:" in text
    assert "Electricians" in text and "Plumbers" in text


def test_unknown_place_gets_another_try(stack, student: str) -> None:
    stack.say(student, "how much do welders make")
    text = _text(stack.say(student, "atlantis"))
    assert "couldn't find that place" in text


def test_gibberish_twice_offers_the_coach(stack, student: str) -> None:
    stack.say(student, "asdfgh")
    replies = stack.say(student, "jkjkjk")
    assert "/request_coach" in _payloads(replies)


def test_out_of_scope_is_said_plainly(stack, student: str) -> None:
    assert "I can't help with that" in _text(stack.say(student, "tell me a joke"))


@pytest.mark.parametrize(
    "message",
    ["", "🔥🔥🔥", "welder " * 400, "'; DROP TABLE occupations; --", "¿cuánto ganan?"],
)
def test_odd_messages_get_an_answer(stack, student: str, message: str) -> None:
    replies = stack.say(student, message)
    assert replies and all(reply.get("text") for reply in replies)


# Issue 8: jobs and places inside a sentence from the data; follow-ups in any order.
TOWN_INSIDE = [
    ("how much do electricians make in bay st louis", "Electricians", "the Gulfport-Biloxi area"),
    ("how much do welders make in new albany ms", "Welders", "northeast Mississippi"),
    ("wat do plumbers get paid around long beach", "Plumbers", "the Gulfport-Biloxi area"),
    ("how much do nurses make near iuka", "Registered Nurses", "northeast Mississippi"),
    ("truck driver pay in west point", "Heavy and Tractor-Trailer", "northeast Mississippi"),
    ("how much do electritions make in ocean springs", "Electricians", "the Gulfport-Biloxi area"),
]


@pytest.mark.parametrize(("message", "job", "area"), TOWN_INSIDE)
def test_town_inside_wage_question_is_found_whole(
    stack, student: str, message: str, job: str, area: str
) -> None:
    text = _text(stack.say(student, message))
    assert text.startswith(job) and f"in {area}: the middle pay is $" in text, text


def test_follow_ups_in_any_order_after_a_pay_answer(stack, student: str) -> None:
    first = _text(stack.say(student, "how much do electricians make in hattiesburg"))
    assert "$48,580 a year" in first
    hour = _text(stack.say(student, "whats that per hour"))
    assert "Electricians in the Hattiesburg area: about $23.35 an hour" in hour
    good = _text(stack.say(student, "is that good money?"))
    assert good.startswith("Yes.") and "all jobs in the Hattiesburg area" in good
    nation = _text(stack.say(student, "what about nationally?"))
    assert nation.startswith("Electricians in the U.S.: the middle pay is $"), nation
    state = _text(stack.say(student, "and in the whole state?"))
    assert state.startswith("Electricians in Mississippi: the middle pay is $"), state
    years = _text(stack.say(student, "how many years is that?"))
    assert "high school diploma" in years and "apprenticeship" in years
    other = _text(stack.say(student, "and glaziers?"))
    assert other.startswith("Glaziers in Mississippi")


def test_bot_question_says_automated_and_offers_the_coach_without_a_form(
    stack, student: str
) -> None:
    replies = stack.say(student, "am i talking to a robot?")
    text = _text(replies)
    assert "automated assistant" in text and "/request_coach" in _payloads(replies)
    assert "Where do you live" not in text and "first name" not in text.lower()


def test_glossary_word_is_explained(stack, student: str) -> None:
    text = _text(stack.say(student, "whats an apprenticeship?"))
    assert "paid job where you learn a trade" in text


def test_interest_without_a_place_is_answered_for_the_state_first(stack, student: str) -> None:
    replies = stack.say(student, "i like drawing, what jobs fit me")
    text = _text(replies)
    # The jobs that do the activity come first, then the wider list for the whole state.
    first_line = text.splitlines()[0]
    assert first_line.startswith("Jobs where you do that:") and "Graphic Designers" in first_line
    assert "Jobs in Mississippi:" in text and "1. " in text
    assert "town, county or ZIP code to see jobs near you" in text
    assert any("Graphic Designers" in payload for payload in _payloads(replies))


def test_activity_offers_the_jobs_that_do_it_as_choices(stack, student: str) -> None:
    replies = stack.say(student, "how much do people make fixing cars in jackson")
    # Both jobs that fix cars are offered (as a "which one?" or as the activity's jobs), and
    # no one job's pay is given unasked.
    assert "the middle pay is" not in _text(replies)
    assert any("Automotive Service Technicians" in payload for payload in _payloads(replies))
    assert any("Automotive Body" in payload for payload in _payloads(replies))


def test_out_of_state_zip_is_said_plainly_not_offered_as_a_button(stack, student: str) -> None:
    stack.say(student, "how much do welders make")
    replies = stack.say(student, "90210")
    assert "That ZIP code is not in Mississippi." in _text(replies)
    assert not any("ZIP" in payload for payload in _payloads(replies))
