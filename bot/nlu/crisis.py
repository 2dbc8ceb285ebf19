"""A Rasa 3.6 NLU component that makes crisis language outrank the trained model.

Placed after the classifiers in config.yml, it sets the intent to ``crisis`` with confidence
1.0 whenever :func:`bot.nlu.crisis_patterns.crisis_kind` matches, whatever DIET (or the
fallback classifier) predicted, so the crisis rule always fires. Rasa-only: no database.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.crisis_patterns import crisis_kind

log = logging.getLogger(__name__)
CRISIS_INTENT = "crisis"


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
        """No training and no state: the patterns are code."""
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Set ``crisis`` (confidence 1.0) first in the ranking of every matching message."""
        for message in messages:
            kind = crisis_kind(message.get(TEXT))
            if kind is None:
                continue
            crisis = {"name": CRISIS_INTENT, "confidence": 1.0}
            others = [
                {**entry, "confidence": 0.0}
                for entry in message.get(INTENT_RANKING_KEY) or []
                if entry.get("name") != CRISIS_INTENT
            ]
            message.set(INTENT, crisis, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [crisis, *others], add_to_output=True)
            message.set("crisis_kind", kind, add_to_output=True)
            log.info("crisis language detected (%s); intent set to %s", kind, CRISIS_INTENT)
        return messages
