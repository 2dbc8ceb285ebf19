"""A Rasa 3.6 NLU component that makes crisis language outrank the trained model.

Placed after the classifiers in config.yml, it sets the intent to ``crisis`` with confidence
1.0 whenever one of four checks fires, whatever DIET (or the fallback classifier) made the
top intent: the rules, the word window and the learned n-gram model
(:mod:`bot.nlu.crisis_model`) of :func:`bot.nlu.crisis_patterns.detect`, or the
trained ``crisis`` intent itself scoring at least :data:`DIET_THRESHOLD` anywhere in the
ranking. The model alone is not trusted on figures of speech and job or school questions
(:func:`bot.nlu.crisis_patterns.calm`): there its ``crisis`` guess gives way to the next
intent, since it learned from few examples that "kill" and "die" mean crisis. It also adds
a ``crisis_language`` entity (``en`` or ``es``), which fills the slot that picks the Spanish
988 answer. Rasa-only: no database.

Below a crisis, the check-in tier (:mod:`bot.nlu.crisis_checkin`): distress that is not
clearly a crisis ("im so tired of it all", "nobody cares about me") becomes the ``checkin``
intent, answered with "are you safe?", 988 and the coach's button but no urgent task
(``domain/checkin.yml``). A crisis always wins; a job or pay question is never a check-in.
DIET's ``crisis`` intent outranks the check-in except on distress said alone ("i hate
myself", "nobody cares about me": :func:`bot.nlu.crisis_patterns.distress_alone`), where no
rule has found a crisis and the check-in answers it.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_patterns import calm, detect, distress_alone, language

log = logging.getLogger(__name__)
CRISIS_INTENT = "crisis"
CHECKIN_INTENT = "checkin"
LANGUAGE_ENTITY = "crisis_language"
DIET_THRESHOLD = 0.8


def _demote(message: Message) -> None:
    """Replace a ``crisis`` guess of the model by the next intent in its ranking."""
    if (message.get(INTENT) or {}).get("name") != CRISIS_INTENT:
        return
    ranking = [e for e in message.get(INTENT_RANKING_KEY) or [] if e.get("name") != CRISIS_INTENT]
    fallback = {"name": "nlu_fallback", "confidence": 1.0}
    message.set(INTENT, ranking[0] if ranking else fallback, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking or [fallback], add_to_output=True)
    log.info("the model's crisis guess on everyday words gave way to the next intent")


def _model_confidence(message: Message) -> float:
    """The trained model's confidence in ``crisis`` (0 when it is not in the ranking)."""
    for entry in message.get(INTENT_RANKING_KEY) or []:
        if entry.get("name") == CRISIS_INTENT:
            return float(entry.get("confidence") or 0.0)
    return 0.0


def _check_in(message: Message, lang: str) -> None:
    """Make ``checkin`` the intent; the message's entities stay (a form may use them)."""
    checkin = {"name": CHECKIN_INTENT, "confidence": 1.0}
    others = [
        {**entry, "confidence": 0.0}
        for entry in message.get(INTENT_RANKING_KEY) or []
        if entry.get("name") not in (CRISIS_INTENT, CHECKIN_INTENT)
    ]
    message.set(INTENT, checkin, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [checkin, *others], add_to_output=True)
    entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") != LANGUAGE_ENTITY]
    text = message.get(TEXT) or ""
    language_entity = {
        "entity": LANGUAGE_ENTITY,
        "value": lang,
        "start": 0,
        "end": len(text),
        "extractor": CrisisOverride.__name__,
    }
    message.set(ENTITIES, [*entities, language_entity], add_to_output=True)
    log.info("distress without crisis language (%s); intent set to %s", lang, CHECKIN_INTENT)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisOverride(GraphComponent, IntentClassifier):
    """Overrides the predicted intent with ``crisis`` on crisis phrasings."""

    @classmethod
    def required_components(cls) -> list[type]:
        """Runs after an intent classifier, whose prediction it may replace."""
        return [IntentClassifier]

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisOverride:
        """No Rasa training: the patterns are code; the learned check is fitted here, once."""
        from bot.nlu.crisis_model import shared

        shared()  # about a second, so the first student's message does not wait for it
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Set ``crisis`` (confidence 1.0) first in the ranking of every matching message."""
        for message in messages:
            text = message.get(TEXT) or ""
            if text.startswith("/"):
                continue  # a button payload, not words (the channels refuse a typed /crisis)
            found = detect(text)
            diet = _model_confidence(message) >= DIET_THRESHOLD
            # Distress said alone ("i hate myself") is the check-in's even when DIET calls it
            # a crisis: DIET learned "crisis" from wishes to die, not from distress without
            # danger. Below the threshold the check-in rules decide, as before.
            alone = found is None and diet and distress_alone(text)
            if found is None and (not diet or alone):
                checkin = checkin_language(text) or (language(text) if alone else None)
                if checkin is not None:
                    _check_in(message, checkin)
                    continue
            if found is None and calm(text):
                _demote(message)
                continue
            if found is None and not diet:
                continue
            kind = found.kind if found else "model"
            lang = found.language if found else language(text)
            crisis = {"name": CRISIS_INTENT, "confidence": 1.0}
            others = [
                {**entry, "confidence": 0.0}
                for entry in message.get(INTENT_RANKING_KEY) or []
                if entry.get("name") != CRISIS_INTENT
            ]
            message.set(INTENT, crisis, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [crisis, *others], add_to_output=True)
            message.set("crisis_kind", kind, add_to_output=True)
            # Only the language entity is kept: a job or town in a crisis message must not
            # fill an open form's slot, or the form would carry on instead of the crisis rule.
            entities = [
                {
                    "entity": LANGUAGE_ENTITY,
                    "value": lang,
                    "start": 0,
                    "end": len(text),
                    "extractor": type(self).__name__,
                }
            ]
            message.set(ENTITIES, entities, add_to_output=True)
            log.info(
                "crisis language detected (%s, %s, %s); intent set to %s",
                kind,
                lang,
                found.check if found else "model",
                CRISIS_INTENT,
            )
        return messages
