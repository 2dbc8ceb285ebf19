"""A Rasa 3.6 NLU component: the jobs and places the data finds, as features for DIET.

Placed after the tokenizer and before the other featurizers in config.yml, it runs the data
matcher of :mod:`occupations.mentions` on every message, in training and when the assistant
reads a message, so that DIET learns "how much do <a job> make in <a place>" rather than
which job or town a training example happened to name. Two ways, each switched in config.yml:

- ``features``: one sparse feature per kind of mention (job, town or county, the state, the
  nation, activity, education, interest, sort), on each token inside it and on the sentence;
- ``placeholders``: the lemma of every token inside a mention becomes its kind
  ("__occupation__"), which the word-level ``CountVectorsFeaturizer`` counts instead of the
  word (the character n-gram featurizer should read the words as typed, ``use_lemma: false``).

Entities are left alone: the ``DataMentions`` component after DIET picks the spans.
Rasa-only wiring: the matching logic is ``occupations/mentions.py``; the patterns file is the
one ``careerbot data build`` writes.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.featurizers.sparse_featurizer.sparse_featurizer import SparseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Token, Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from careerbot import settings
from occupations.mentions import PATTERNS_FILE, PLACE, Mention, find_mentions

log = logging.getLogger(__name__)
# The kinds of mention, one feature each. The state and the nation are kinds of their own:
# "and nationally?" asks something else than "i live in iuka".
KINDS = ("occupation", "place", "state", "nation", "activity", "education", "interest", "sort")
WIDE_PLACES = frozenset({"state", "nation"})


def kind_of(mention: Mention) -> str:
    """The kind of a mention: its label, or "state"/"nation" for those places."""
    if mention.label == PLACE and mention.kind in WIDE_PLACES:
        return mention.kind
    return mention.label


def token_kinds(tokens: list[Token], mentions: list[Mention]) -> list[str | None]:
    """For each token, the kind of the mention it is part of (None outside any)."""
    out: list[str | None] = []
    for token in tokens:
        inside = (m for m in mentions if token.start < m.end and m.start < token.end)
        mention = next(inside, None)
        out.append(kind_of(mention) if mention is not None else None)
    return out


def feature_matrices(kinds: list[str | None]) -> tuple[scipy.sparse.coo_matrix, ...]:
    """One row per token and one for the sentence, one column per kind of mention."""
    sequence = np.zeros((len(kinds), len(KINDS)))
    for row, kind in enumerate(kinds):
        if kind in KINDS:
            sequence[row, KINDS.index(kind)] = 1.0
    sentence = sequence.max(axis=0, keepdims=True) if kinds else np.zeros((1, len(KINDS)))
    return scipy.sparse.coo_matrix(sequence), scipy.sparse.coo_matrix(sentence)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class MentionFeatures(SparseFeaturizer, GraphComponent):
    """Marks the tokens of the jobs, places and explore phrases the data finds."""

    def __init__(self, config: dict[str, Any]) -> None:
        """Remember the options; the matcher loads the patterns file once per process."""
        super().__init__("MentionFeatures", config)
        self.path = Path(config.get("patterns") or settings.load().var_dir / PATTERNS_FILE)
        self.features = bool(config.get("features"))
        self.placeholders = bool(config.get("placeholders"))

    @classmethod
    def required_components(cls) -> list[type]:
        """Needs the tokens of the message."""
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The patterns file (empty: ``<CAREERBOT_VAR_DIR>/mentions.jsonl``) and the two ways."""
        return {
            **SparseFeaturizer.get_default_config(),
            "patterns": "",
            "features": True,
            "placeholders": False,
        }

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Any combination of the options is valid."""

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """The patterns file's hash: a rebuilt database retrains what read the old patterns.

        Rasa's training cache sees only the config and the training data; without this, the
        features DIET trained on could come from a patterns file that no longer exists.
        """
        path = Path(config.get("patterns") or settings.load().var_dir / PATTERNS_FILE)
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MentionFeatures:
        """No training: the patterns come from ``careerbot data build``."""
        return cls(config)

    def _mark(self, message: Message, ready: bool) -> None:
        text = message.get(TEXT)
        tokens = message.get(TOKENS_NAMES[TEXT])
        if not text or not tokens:
            return
        # Without the patterns file every message still gets its (empty) features, so the
        # model's input stays the same size.
        mentions = find_mentions(text, self.path) if ready and not text.startswith("/") else []
        kinds = token_kinds(tokens, mentions)
        if self.placeholders:
            for token, kind in zip(tokens, kinds, strict=True):
                if kind is not None:
                    token.lemma = f"__{kind}__"
        if self.features:
            sequence, sentence = feature_matrices(kinds)
            self.add_features_to_message(sequence, sentence, TEXT, message)

    def _ready(self) -> bool:
        if self.path.exists():
            return True
        log.warning("no mentions patterns at %s: run `careerbot data build`", self.path)
        return False

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Mark the training examples the same way as the messages the assistant reads."""
        ready = self._ready()
        for message in training_data.training_examples:
            self._mark(message, ready)
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Mark every message before it is featurized."""
        ready = self._ready()
        for message in messages:
            self._mark(message, ready)
        return messages
