"""The two-stage fallback: suggest what the student may have meant, then ask to rephrase.

Its last step offers the coach, so a student the bot cannot understand still reaches a person.
"""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import buttons
from actions.db import in_occupations
from actions.forms import choice_slots
from actions.questions import QUESTIONS

# The intents a "Did you mean: ...?" button can send: every question of the catalogue
# (actions/questions.py), then the other things a student may have meant. Each button's title
# is the texts entry ``button.did_you_mean.<intent>`` (actions/texts.yml).
INTENT_BUTTONS: tuple[str, ...] = (
    *(question.intent for question in QUESTIONS),
    "inform_place",
    "help",
    "privacy",
    "request_coach",
)


class ActionDefaultAskAffirmation(Action):
    """First stage: offer the likeliest intents as buttons (rasa-demo's shape)."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_default_ask_affirmation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Offer up to two guesses plus "something else"."""
        ranking = tracker.latest_message.get("intent_ranking") or []
        guesses = [item["name"] for item in ranking if item.get("name") in INTENT_BUTTONS][:2]
        choices = [buttons.button(f"did_you_mean.{name}", name) for name in guesses]
        choices.append(buttons.button("something_else", "deny"))
        dispatcher.utter_message(response="utter_did_you_mean", buttons=choices)
        return []


NOT_UNDERSTOOD = frozenset({"gibberish", "nlu_fallback"})


class ActionNotUnderstood(Action):
    """Gibberish: show how to ask; the second miss in a row offers the coach instead."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_not_understood"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Look at the student's message before this one to count misses in a row."""
        said = [event for event in tracker.events if event.get("event") == "user"]
        before = said[-2] if len(said) >= 2 else {}
        intent = ((before.get("parse_data") or {}).get("intent") or {}).get("name")
        if intent in NOT_UNDERSTOOD:
            dispatcher.utter_message(response="utter_offer_coach")
        else:
            dispatcher.utter_message(response="utter_gibberish")
        return []


class ActionDefaultFallback(Action):
    """Last stage: still not understood, so offer the coach."""

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_default_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Offer the coach and forget the message we could not read."""
        dispatcher.utter_message(response="utter_default")
        return [UserUtteranceReverted()]


class ActionOutOfScope(Action):
    """Off-topic, unless the words pick one of the jobs just offered.

    "civil" after "which engineers?" reads as off-topic to NLU, which cannot see the question.
    """

    def name(self) -> str:
        """Rasa's name for this action."""
        return "action_out_of_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Fill the job from the offered choices, or say what the assistant is for."""
        choices = tracker.get_slot("occupation_choices") or []
        text = tracker.latest_message.get("text") or ""
        asking = tracker.get_slot("requested_slot") in ("occupation", "occupation_b")
        if choices and asking:
            prefix = "b" if tracker.get_slot("requested_slot") == "occupation_b" else ""
            slots = await in_occupations(lambda s: choice_slots(s, text, choices, prefix=prefix))
            if slots is not None:
                return [SlotSet(key, value) for key, value in slots.items()]
        dispatcher.utter_message(response="utter_out_of_scope")
        return []
