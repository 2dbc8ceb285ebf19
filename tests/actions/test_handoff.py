"""Handoff actions with real Trackers and CollectingDispatcher, against a real handoff database."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from ruamel.yaml import YAML

from actions import crisis as crisis_actions
from actions import handoff, handoff_form
from bot.handoff import store
from bot.handoff.db import session_scope
from bot.seed import apply_seed, read_seed
from tests.actions.conftest import run_action

ROOT = Path(__file__).resolve().parents[2]
DOMAIN: dict[str, Any] = YAML(typ="safe").load((ROOT / "domain" / "handoff.yml").read_text())


@pytest.fixture
def db_url(tmp_path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'handoff.sqlite'}"
    monkeypatch.setenv("CAREERBOT_DATABASE_URL", url)
    with session_scope(url) as session:
        apply_seed(session=session, seed=read_seed(), password=None)
    return url


def user(text: str, intent: str, metadata: dict[str, Any] | None = None, message_id: str = "m1"):
    return {
        "event": "user",
        "text": text,
        "message_id": message_id,
        "metadata": metadata or {},
        "parse_data": {"intent": {"name": intent, "confidence": 0.9}, "entities": []},
    }


def tracker(
    events: list[dict[str, Any]], slots: dict[str, Any] | None = None, sender: str = "student-1"
) -> Tracker:
    latest = next(e for e in reversed(events) if e["event"] == "user")
    return Tracker(
        sender_id=sender,
        slots=slots or {},
        latest_message={
            **latest["parse_data"],
            "text": latest["text"],
            "message_id": latest["message_id"],
            "metadata": latest["metadata"],
        },
        events=events,
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


async def test_on_sms_the_phone_is_known_and_never_asked(db_url: str) -> None:
    track = tracker(
        [
            user(
                "can I talk to my coach",
                "request_coach",
                {"channel": "sms", "phone": "+16015550123"},
            )
        ]
    )
    messages, events = await run_action(handoff.ActionStartHandoff(), track, DOMAIN)
    slots = slot_events(events)
    assert slots["handoff_contact"] == "+16015550123"
    assert slots["handoff_contact_kind"] == "phone"
    assert slots["handoff_topic"] == "coach"
    assert messages[0]["response"] == "utter_handoff_intro"


async def test_on_a_school_page_the_school_is_known(db_url: str) -> None:
    track = tracker(
        [user("get my coach", "request_coach", {"channel": "web", "school_id": "petal-high"})]
    )
    slots = slot_events((await run_action(handoff.ActionStartHandoff(), track, DOMAIN))[1])
    assert slots["handoff_school"] == "Petal High School"
    assert slots["handoff_school_id"] == "petal-high"
    assert "handoff_contact" not in slots


async def test_a_financial_aid_question_fills_in_what_it_is_about(db_url: str) -> None:
    track = tracker([user("how do i fill out the fafsa", "ask_financial_aid")])
    messages, events = await run_action(handoff.ActionStartHandoff(), track, DOMAIN)
    slots = slot_events(events)
    assert slots["handoff_topic"] == "financial_aid"
    assert slots["handoff_about"] == "how do i fill out the fafsa"
    assert messages[0]["response"] == "utter_handoff_topic_financial_aid"


async def test_after_misunderstandings_the_coach_hears_what_was_not_understood(db_url: str) -> None:
    track = tracker(
        [
            user("asdf qwerty zork", "nlu_fallback", message_id="m1"),
            user("blorp the fizz", "nlu_fallback", message_id="m2"),
            user("/request_coach", "request_coach", message_id="m3"),
        ]
    )
    slots = slot_events((await run_action(handoff.ActionStartHandoff(), track, DOMAIN))[1])
    assert slots["handoff_topic"] == "not_understood"
    assert "blorp the fizz" in slots["handoff_about"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("maria", "Maria"),
        ("my name is Dre", "Dre"),
        ("I'm José", "José"),
        ("李", "李"),
        ("my name is Maria", "Maria"),
        ("im deshawn", "Deshawn"),
        ("hey im deshawn", "Deshawn"),
        ("me llamo Ana", "Ana"),
    ],
)
async def test_first_name_answers_are_taken(db_url: str, typed: str, expected: str) -> None:
    result = await handoff_form.ValidateHandoffForm().validate_handoff_first_name(
        typed, CollectingDispatcher(), tracker([user(typed, "inform")]), DOMAIN
    )
    assert result == {"handoff_first_name": expected}


@pytest.mark.parametrize("typed", ["601-555-0123", "what do welders make in biloxi", "😀", ""])
async def test_non_names_are_asked_again_with_an_example(db_url: str, typed: str) -> None:
    dispatcher = CollectingDispatcher()
    result = await handoff_form.ValidateHandoffForm().validate_handoff_first_name(
        typed, dispatcher, tracker([user(typed, "inform")]), DOMAIN
    )
    assert result == {"handoff_first_name": None}
    assert dispatcher.messages[0]["response"] == "utter_handoff_first_name_invalid"


@pytest.mark.parametrize("typed", ["hattiesburg high", "Hattiesburg", "i go to hattiesburg hs"])
async def test_a_known_school_is_matched_with_or_without_high_school(
    db_url: str, typed: str
) -> None:
    result = await handoff_form.ValidateHandoffForm().validate_handoff_school(
        typed, CollectingDispatcher(), tracker([user("x", "inform")]), DOMAIN
    )
    assert result == {
        "handoff_school": "Hattiesburg High School",
        "handoff_school_id": "hattiesburg-high",
        "handoff_school_misses": 0,
    }


async def test_an_unknown_school_offers_the_closest_known_ones_as_buttons(db_url: str) -> None:
    dispatcher = CollectingDispatcher()
    result = await handoff_form.ValidateHandoffForm().validate_handoff_school(
        "Hattiesbrg Hgh Schol", dispatcher, tracker([user("x", "inform")]), DOMAIN
    )
    assert result == {"handoff_school": None, "handoff_school_misses": 1}
    [message] = dispatcher.messages
    assert message["response"] == "utter_handoff_school_choose"
    titles = [b["title"] for b in message["buttons"]]
    assert titles[0] == "Hattiesburg High School" and titles[-1] == "My school isn't listed"
    # Buttons send plain words, never an intent.
    assert not any(b["payload"].startswith("/") for b in message["buttons"])


async def test_what_the_student_typed_as_a_school_is_never_kept(db_url: str) -> None:
    typed = "Deshawn Smith 601-555-0167 Lincoln Academy"
    validator, dispatcher = handoff_form.ValidateHandoffForm(), CollectingDispatcher()
    first = await validator.validate_handoff_school(
        typed, dispatcher, tracker([user(typed, "inform")]), DOMAIN
    )
    assert first["handoff_school"] is None
    not_listed = await validator.validate_handoff_school(
        "my school is not listed",
        dispatcher,
        tracker([user("my school is not listed", "inform")], {"handoff_school_misses": 1}),
        DOMAIN,
    )
    again = await validator.validate_handoff_school(
        typed, dispatcher, tracker([user(typed, "inform")], {"handoff_school_misses": 1}), DOMAIN
    )
    for result in (not_listed, again):
        assert result["handoff_school"] == store.UNLISTED_SCHOOL
        assert result["handoff_school_id"] is None
    assert "Deshawn" not in str([first, not_listed, again])


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("text me at 662 555 0199", ("+16625550199", "phone")),
        ("my number is (601) 555-0123", ("+16015550123", "phone")),
        ("call me at 1-601-555-0123 after school", ("+16015550123", "phone")),
        ("email me at x@y.org", ("x@y.org", "email")),
        ("its maria.l@school.k12.ms.us.", ("maria.l@school.k12.ms.us", "email")),
        ("601 555 0123 or 662 555 0199", None),  # two numbers: ask again, don't guess
        ("call me maybe", None),
    ],
)
async def test_a_phone_or_email_inside_a_sentence_is_found(
    db_url: str, typed: str, expected: tuple[str, str] | None
) -> None:
    result = await handoff_form.ValidateHandoffForm().validate_handoff_contact(
        typed, CollectingDispatcher(), tracker([user(typed, "inform")]), DOMAIN
    )
    if expected is None:
        assert result["handoff_contact"] is None
    else:
        assert result == {"handoff_contact": expected[0], "handoff_contact_kind": expected[1]}


async def test_contact_is_checked_and_explained_after_two_misses(db_url: str) -> None:
    validator, dispatcher = handoff_form.ValidateHandoffForm(), CollectingDispatcher()
    first = await validator.validate_handoff_contact(
        "call me", dispatcher, tracker([user("call me", "inform")]), DOMAIN
    )
    assert first == {"handoff_contact": None, "handoff_contact_misses": 1}
    second = await validator.validate_handoff_contact(
        "12345",
        dispatcher,
        tracker([user("12345", "inform")], {"handoff_contact_misses": 1}),
        DOMAIN,
    )
    assert second["handoff_contact_misses"] == 2
    assert [m["response"] for m in dispatcher.messages] == [
        "utter_handoff_contact_invalid",
        "utter_handoff_contact_explain",
    ]
    good = await validator.validate_handoff_contact(
        "Sam.Lee@Example.com", dispatcher, tracker([user("x", "inform")]), DOMAIN
    )
    assert good == {"handoff_contact": "Sam.Lee@example.com", "handoff_contact_kind": "email"}


FILLED = {
    "handoff_first_name": "Maria",
    "handoff_school": "Hattiesburg High School",
    "handoff_school_id": "hattiesburg-high",
    "handoff_contact": "+16015550123",
    "handoff_contact_kind": "phone",
    "handoff_about": "FAFSA help",
    "handoff_consent": True,
    "handoff_topic": "financial_aid",
    "occupation_title": "Electricians",
    "area_name": "the Hattiesburg area",
}


async def test_task_is_written_before_the_student_hears_who_and_when(db_url: str) -> None:
    track = tracker(
        [
            user("how much do electricians make", "ask_pay"),
            {"event": "bot", "text": "Electricians make $48,580 a year."},
            user("yes", "affirm", message_id="m9"),
        ],
        FILLED,
    )
    messages, events = await run_action(handoff.ActionCreateHandoff(), track, DOMAIN)
    with session_scope(db_url) as session:
        [task] = store.list_tasks(session=session)
        assert (task.student_first_name, task.contact, task.topic) == (
            "Maria",
            "+16015550123",
            "financial_aid",
        )
        assert task.summary == (
            "Asked about Electricians in the Hattiesburg area. Wants help with: FAFSA help"
        )
        assert task.transcript[1] == {"who": "bot", "text": "Electricians make $48,580 a year."}
        assert task.conversation_id == "student-1" and task.consent is True
    [message] = messages
    assert message["response"] == "utter_handoff_created"
    assert message["coach"] == "Ms. Rivera"
    assert re.match(
        r"by (tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday) at 3:30 pm", message["due"]
    )
    cleared = slot_events(events)
    # Every personal answer leaves the conversation once the task holds it.
    personal = ["handoff_first_name", "handoff_contact", "handoff_school", "handoff_school_id"]
    assert {slot: cleared.get(slot, "kept") for slot in personal} == dict.fromkeys(personal)
    with session_scope(db_url) as session:
        [task] = store.list_tasks(session=session)
        assert task.school_id == "hattiesburg-high"  # the coach still knows


async def test_a_retried_create_action_makes_one_task(db_url: str) -> None:
    track = tracker([user("yes", "affirm", message_id="same")], FILLED)
    await run_action(handoff.ActionCreateHandoff(), track, DOMAIN)
    await run_action(handoff.ActionCreateHandoff(), track, DOMAIN)
    with session_scope(db_url) as session:
        assert len(store.list_tasks(session=session)) == 1


async def test_a_database_outage_is_admitted_not_hidden(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("CAREERBOT_DATABASE_URL", f"sqlite:///{tmp_path}/missing/dir/x.sqlite")
    messages, events = await run_action(
        handoff.ActionCreateHandoff(), tracker([user("yes", "affirm")], FILLED)
    )
    assert [m["response"] for m in messages] == ["utter_handoff_failed"]
    assert events == []


async def test_crisis_raises_an_urgent_task_for_the_school_coach(db_url: str) -> None:
    track = tracker(
        [user("i want to kill myself", "crisis", {"channel": "sms", "phone": "+16015550199"})]
    )
    messages, _ = await run_action(crisis_actions.ActionHandleCrisis(), track, DOMAIN)
    with session_scope(db_url) as session:
        [task] = store.list_tasks(session=session)
        assert task.urgent and task.topic == "crisis" and task.contact == "+16015550199"
        assert task.school_name == store.UNLISTED_SCHOOL  # SMS: school unknown, fallback
    assert messages[0]["response"] == "utter_crisis_coach_told"
    assert messages[0]["due"] == "within the hour"


async def test_crisis_from_a_school_page_goes_to_that_school_s_coach(db_url: str) -> None:
    track = tracker(
        [user("my dad hits me", "crisis", {"channel": "web", "school_id": "tupelo-high"})]
    )
    messages, _ = await run_action(crisis_actions.ActionHandleCrisis(), track, DOMAIN)
    assert messages[0]["coach"] == "Mr. Johnson"


async def test_crisis_with_the_database_down_still_points_to_a_trusted_adult(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERBOT_DATABASE_URL", f"sqlite:///{tmp_path}/missing/dir/x.sqlite")
    messages, _ = await run_action(
        crisis_actions.ActionHandleCrisis(), tracker([user("i want to die", "crisis")])
    )
    assert [m["response"] for m in messages] == ["utter_crisis_coach_not_told"]


async def test_a_slow_crisis_write_is_never_reported_as_failed(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crisis_actions, "CRISIS_WRITE_TIMEOUT", 0.5)
    blocker = sqlite3.connect(db_url.removeprefix("sqlite:///"), timeout=1)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the database for a while
    try:
        messages, _ = await run_action(
            crisis_actions.ActionHandleCrisis(), tracker([user("i want to die", "crisis")])
        )
    finally:
        blocker.rollback()
        blocker.close()
    # The student heard that the message is on its way, not that the coach wasn't reached ...
    assert [m["response"] for m in messages] == ["utter_crisis_coach_pending"]
    # ... and the write, which a timeout cannot stop, does go through.
    tasks: list[store.Task] = []
    for _ in range(100):
        with session_scope(db_url) as session:
            tasks = [t for t in store.list_tasks(session=session) if t.urgent]
        if tasks:
            break
        await asyncio.sleep(0.1)
    assert len(tasks) == 1


async def test_an_unreachable_database_is_one_error_for_the_actions() -> None:
    from bot.handoff.db import session_scope as scope
    from bot.handoff.errors import StoreUnavailable

    nowhere = "postgresql+psycopg2://postgres@127.0.0.1:1/nowhere"
    with pytest.raises(StoreUnavailable), scope(nowhere) as session:
        session.execute(store.select(store.Task))


def test_every_response_the_actions_use_is_in_the_domain() -> None:
    modules = ("handoff.py", "handoff_form.py", "crisis.py")
    source = "".join((ROOT / "actions" / name).read_text() for name in modules)
    used = set(re.findall(r'"(utter_[a-z_]+)"', source))
    used |= {
        f"utter_handoff_topic_{topic}"
        for topic in ["financial_aid", "application", "job_shadowing", "personal", "not_understood"]
    }
    assert used - set(DOMAIN["responses"]) == set()


def test_every_handoff_action_is_declared_once() -> None:
    names = [
        cls().name()
        for cls in (
            handoff.ActionStartHandoff,
            handoff_form.ValidateHandoffForm,
            handoff.ActionCreateHandoff,
            handoff.ActionCancelHandoff,
            crisis_actions.ActionHandleCrisis,
        )
    ]
    assert len(set(names)) == len(names)
    assert set(names) <= set(DOMAIN["actions"])


async def test_crisis_on_the_web_offers_to_pass_on_a_way_to_reach_the_student(db_url: str) -> None:
    track = tracker([user("i want to die", "crisis", {"channel": "web"})])
    messages, events = await run_action(crisis_actions.ActionHandleCrisis(), track, DOMAIN)
    assert [m["response"] for m in messages] == [
        "utter_crisis_coach_told",
        "utter_crisis_ask_contact",
    ]
    assert {"event": "followup", "name": "handoff_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events
    ]
    slots = slot_events(events)
    assert slots["handoff_topic"] == "crisis" and slots["handoff_task_id"]


async def test_answers_after_crisis_complete_the_urgent_task_not_a_new_one(db_url: str) -> None:
    crisis = tracker([user("i want to die", "crisis", {"channel": "web"}, message_id="c1")])
    task_id = slot_events(
        (await run_action(crisis_actions.ActionHandleCrisis(), crisis, DOMAIN))[1]
    )["handoff_task_id"]
    answers = {
        "handoff_task_id": task_id,
        "handoff_topic": "crisis",
        "handoff_first_name": "Ana",
        "handoff_school": "Tupelo High School",
        "handoff_school_id": "tupelo-high",
        "handoff_contact": "ana@example.net",
        "handoff_contact_kind": "email",
        "handoff_consent": True,
    }
    messages, events = await run_action(
        handoff.ActionCreateHandoff(), tracker([user("yes", "affirm", message_id="c5")], answers)
    )
    with session_scope(db_url) as session:
        [task] = store.list_tasks(session=session)
        assert (
            task.urgent and task.contact == "ana@example.net" and task.student_first_name == "Ana"
        )
        assert task.school_name == "Tupelo High School" and task.coach.username == "johnson"
        assert {n.coach.username for n in task.notifications} == {"state", "johnson"}
    assert messages[0]["response"] == "utter_crisis_contact_added"
    assert messages[0]["coach"] == "Mr. Johnson" and messages[0]["due"] == "within the hour"
    assert slot_events(events)["handoff_task_id"] is None


async def test_declining_after_crisis_says_the_coach_still_knows(db_url: str) -> None:
    crisis = tracker(
        [user("i want to die", "crisis", {"channel": "web", "school_id": "petal-high"})]
    )
    slots = slot_events((await run_action(crisis_actions.ActionHandleCrisis(), crisis, DOMAIN))[1])
    assert slots["handoff_school"] == "Petal High School"  # the form will not ask for it
    task_id = slots["handoff_task_id"]
    messages, _ = await run_action(
        handoff.ActionCancelHandoff(),
        tracker([user("no", "deny", message_id="c2")], {"handoff_task_id": task_id}),
    )
    assert messages == [
        {**messages[0], "response": "utter_crisis_contact_declined", "coach": "Ms. Rivera"}
    ]


async def test_declining_after_crisis_with_the_database_down_still_says_the_coach_knows(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERBOT_DATABASE_URL", f"sqlite:///{tmp_path}/missing/dir/x.sqlite")
    messages, events = await run_action(
        handoff.ActionCancelHandoff(),
        tracker([user("no", "deny", message_id="c3")], {"handoff_task_id": "7"}),
    )
    assert [m["response"] for m in messages] == ["utter_crisis_contact_declined_no_name"]
    assert "utter_crisis_contact_declined_no_name" in DOMAIN["responses"]
    assert slot_events(events)["handoff_task_id"] is None
