"""A Rasa 3.6 NLU component: the pretrained sentence encoder's vectors as features for DIET.

Each whitespace token gets the mean of all-MiniLM-L6-v2's last-layer vectors over its word
pieces (:mod:`bot.nlu.sentence_encoder`), the sentence the encoder's sentence vector, so that
DIET knows that "am i texting a real human" and "is this a bot" ask the same thing without a
training example that pairs them. Placed after the tokenizer in config.yml; nothing is trained
here and nothing is downloaded.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import FEATURIZER_CLASS_ALIAS, TOKENS_NAMES
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu import sentence_encoder


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceFeatures(DenseFeaturizer, GraphComponent):
    """Dense sequence and sentence features from the pretrained sentence encoder."""

    @classmethod
    def required_components(cls) -> list[type]:
        """A tokenizer must run first."""
        return [Tokenizer]

    def __init__(self, config: dict[str, Any], name: str) -> None:
        """Loads the encoder once per process."""
        super().__init__(name, config)
        self.encoder = sentence_encoder.shared()

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> GraphComponent:
        """A new featurizer (the encoder comes with its package, not with the model)."""
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to check: there are no settings."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the features to each message's text."""
        alias = self._config[FEATURIZER_CLASS_ALIAS]
        for message in messages:
            tokens = message.get(TOKENS_NAMES[TEXT])
            if not tokens:
                continue
            words, sentence = self.encoder.word_vectors([token.text for token in tokens])
            message.add_features(Features(words, FEATURE_TYPE_SEQUENCE, TEXT, alias))
            message.add_features(Features(sentence[None, :], FEATURE_TYPE_SENTENCE, TEXT, alias))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Adds the features to every training example."""
        self.process(training_data.training_examples)
        return training_data
