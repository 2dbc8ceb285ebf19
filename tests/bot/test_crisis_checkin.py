"""The check-in tier: distress that is not clearly a crisis gets "are you safe?" and 988.

Unit checks of :mod:`bot.nlu.crisis_checkin` on the corpus, then the conversation over
Rasa's REST channel with the trained model (the shared ``stack``): the check-in answer, no
urgent task, the Spanish answer, and the forms it must not break.
"""

from __future__ import annotations

import csv
import json

import pytest

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_model import DATA, NLU_DATA, TRAINING_FILES, everyday_messages
from bot.nlu.crisis_patterns import detect
from tests.bot.test_crisis_everyday import _everyday_examples
from tests.bot.test_handoff_conversation import PAGE, _tasks, receivers, texts

__all__ = ["receivers"]  # the fixture, shared with the handoff conversation tests

# Distress without a wish to die, a plan or abuse: the full crisis answer does not fire.
CHECK_INS = [
    ("i'm not okay", "en"),
    ("im not ok honestly", "en"),  # found by talking to it: was answered "Bye!"
    ("i am not okay rn", "en"),
    ("i hate myself", "en"),
    ("i feel so alone", "en"),
    ("i dont see the point anymore", "en"),
    ("whats the point", "en"),
    ("i cant stop crying", "en"),
    ("i have nobody", "en"),
    ("i feel empty inside", "en"),
    ("estoy cansada de todo", "es"),
    ("me siento muy sola", "es"),
    ("odio mi vida", "es"),
]
# Everyday trouble with a cause, and job questions: neither tier.
CALM = [
    "im stressed about school",
    "im tired of school",
    "i feel useless at my job what else pays",
    "i hate myself for forgetting my homework lol",
    "i want to disappear from social media",
    "i dont see the point of college",
    "im sad my team lost",
    "i hate waking up for school",
    "i have nobody to help me with fafsa",
    "is there a future in welding",
    "this class is killing me",
    "suicide prevention counselor pay",
]


@pytest.mark.parametrize(("text", "lang"), CHECK_INS)
def test_distress_without_crisis_words_is_a_check_in_in_its_language(text: str, lang: str) -> None:
    assert detect(text) is None
    assert checkin_language(text) == lang


@pytest.mark.parametrize("text", CALM)
def test_everyday_trouble_and_job_questions_get_neither_tier(text: str) -> None:
    assert detect(text) is None
    assert checkin_language(text) is None


def test_the_calm_corpus_stays_under_two_percent_for_both_tiers_together() -> None:
    calm = []
    for name in TRAINING_FILES:
        with (DATA / name).open(newline="", encoding="utf-8") as handle:
            calm += [row["text"] for row in csv.DictReader(handle) if row["kind"] == "none"]
    assert len(calm) > 1000
    checkins = [text for text in calm if checkin_language(text)]
    either = [text for text in calm if detect(text) or checkin_language(text)]
    assert len(checkins) <= len(calm) // 200, checkins  # the check-in adds at most 0.5 %
    assert len(either) / len(calm) < 0.02, either


def test_other_intents_training_examples_are_never_a_check_in() -> None:
    # Round 13: personal situations too ("my dad got locked up and its hard to focus") reach
    # the coach by the personal-situation answer, not by "are you safe?".
    everyday = set(everyday_messages(NLU_DATA))  # every intent's but crisis
    examples = [text for text in _everyday_examples() if text in everyday]
    assert len(examples) > 1000
    assert [text for text in examples if checkin_language(text)] == []


def _urgent(app_db_url: str) -> int:
    """Urgent crisis tasks in the app database (other tests share it: compare counts)."""
    return sum(t["topic"] == "crisis" and t["urgency"] == "urgent" for t in _tasks(app_db_url))


@pytest.mark.slow
def test_a_check_in_asks_if_the_student_is_safe_gives_988_and_no_urgent_task(
    stack, receivers, app_db_url
) -> None:
    sender, before = "e2e-checkin", _urgent(app_db_url)
    replies = stack.say(sender, "honestly i'm not okay", PAGE)
    first = replies[0]
    assert "Are you safe right now?" in first["text"]
    assert "988" in first["text"] and "911" in first["text"]
    assert [b["payload"] for b in first.get("buttons", [])] == ["/request_coach"]
    assert _urgent(app_db_url) == before  # a check-in raises no urgent task
    # The full crisis answer still comes, with its urgent task, when the student says more.
    assert "988" in texts(stack.say(sender, "i want to kill myself", PAGE))
    assert _urgent(app_db_url) == before + 1


@pytest.mark.slow
def test_no_to_the_check_ins_are_you_safe_is_a_crisis_with_its_urgent_task(
    stack, receivers, app_db_url
) -> None:
    sender, before = "e2e-checkin-not-safe", _urgent(app_db_url)
    assert "Are you safe right now?" in texts(stack.say(sender, "honestly i'm not okay", PAGE))
    replies = stack.say(sender, "no", PAGE)
    assert "988" in texts(replies) and "911" in texts(replies)
    assert _urgent(app_db_url) == before + 1


@pytest.mark.slow
def test_yes_to_the_check_in_keeps_988_and_the_coach_at_hand(stack, receivers) -> None:
    sender = "e2e-checkin-safe"
    stack.say(sender, "honestly i'm not okay", PAGE)
    replies = stack.say(sender, "yes", PAGE)
    assert "I'm glad you're safe" in texts(replies) and "988" in texts(replies)


@pytest.mark.slow
def test_a_spanish_check_in_is_answered_in_spanish(stack, receivers) -> None:
    replies = stack.say("e2e-checkin-es", "estoy cansada de todo", PAGE)
    assert "¿Estás a salvo ahora mismo?" in replies[0]["text"]
    assert "988" in replies[0]["text"]


@pytest.mark.slow
def test_the_handoff_form_still_takes_a_worried_reason(stack, receivers) -> None:
    sender = "e2e-checkin-in-handoff"
    say = stack.say
    assert "first name" in texts(say(sender, "can I talk to my coach", PAGE))
    say(sender, "Maria", PAGE)
    say(sender, "text me at 601 555 0167", PAGE)
    asked = json.dumps(say(sender, "im stressed about school", PAGE))
    assert "contact you" in asked and "Are you safe" not in asked  # the form asks for consent


@pytest.mark.slow
def test_a_check_in_inside_another_form_is_given_and_the_form_asks_again(stack, receivers):
    sender = "e2e-checkin-in-pay-form"
    assert "Which job" in texts(stack.say(sender, "how much do they make", PAGE))
    replies = stack.say(sender, "honestly i'm not okay", PAGE)
    assert "Are you safe right now?" in replies[0]["text"]
    assert "Which job" in texts(replies[1:])


@pytest.mark.slow
def test_a_job_question_with_everyday_words_is_answered_not_checked_in(stack, receivers) -> None:
    replies = stack.say("e2e-checkin-job", "im tired of fast food jobs what pays good", PAGE)
    assert "Are you safe" not in texts(replies)
