"""The mention featurizer, run in Rasa's environment over the patterns file of the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.servers import run_in_rasa_env

SCRIPT = """
import json, sys
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from bot.nlu.mention_features import KINDS, MentionFeatures
tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
config = {**MentionFeatures.get_default_config(), **json.loads(sys.argv[1])}
component = MentionFeatures.create(config, None, None, None)
messages = [Message(data={"text": text}) for text in json.loads(sys.argv[2])]
tokenizer.process(messages)
if json.loads(sys.argv[3]):
    component.process_training_data(TrainingData(training_examples=messages))
else:
    component.process(messages)
out = []
for m in messages:
    features = {f.type: f.features.toarray().tolist() for f in m.features}
    sentence = features.get("sentence", [[]])[0]
    out.append({
        "lemmas": [t.lemma for t in m.get("text_tokens")],
        "tokens": [[KINDS[i] for i, v in enumerate(row) if v]
                   for row in features.get("sequence", [])],
        "sentence": [KINDS[i] for i, v in enumerate(sentence) if v],
        "width": len(sentence),
    })
print(json.dumps(out))
"""


def _featurize(
    config: dict[str, object], texts: list[str], training: bool = False
) -> list[dict[str, list[object]]]:
    return run_in_rasa_env(SCRIPT, config, texts, training)  # type: ignore[no-any-return]


@pytest.mark.slow
def test_job_and_town_inside_a_pay_question_are_features_of_their_tokens(patterns: Path) -> None:
    (wage,) = _featurize({"patterns": str(patterns)}, ["how much do glaziers make in iuka"])
    assert wage["tokens"] == [[], [], [], ["occupation"], [], [], ["place"]]
    assert wage["sentence"] == ["occupation", "place"]
    # The words themselves are still what the word featurizer counts.
    assert wage["lemmas"][3] == "glaziers"


@pytest.mark.slow
def test_the_state_and_the_nation_are_kinds_of_their_own(patterns: Path) -> None:
    nation, state, town = _featurize(
        {"patterns": str(patterns)},
        ["and nationally?", "what about the whole state", "what about tupelo"],
    )
    assert nation["sentence"] == ["nation"]
    assert state["sentence"] == ["state"]
    assert town["sentence"] == ["place"]


@pytest.mark.slow
def test_training_examples_are_marked_like_the_messages_the_assistant_reads(
    patterns: Path,
) -> None:
    texts = ["what jobs pay good without college in the delta", "thanks bye"]
    read = _featurize({"patterns": str(patterns)}, texts)
    trained = _featurize({"patterns": str(patterns)}, texts, training=True)
    assert read == trained
    assert read[0]["sentence"] == ["place", "education", "sort"]
    assert read[1]["sentence"] == []


@pytest.mark.slow
def test_placeholders_replace_the_lemmas_of_a_job_and_a_place(patterns: Path) -> None:
    (wage,) = _featurize(
        {"patterns": str(patterns), "placeholders": True}, ["how much do glaziers make in iuka"]
    )
    assert wage["lemmas"] == ["how", "much", "do", "__occupation__", "make", "in", "__place__"]


@pytest.mark.slow
def test_without_the_patterns_file_every_message_still_has_features_of_the_same_size(
    tmp_path: Path,
) -> None:
    missing = str(tmp_path / "none.jsonl")
    wage, command = _featurize({"patterns": missing}, ["how much do welders make", "/greet"])
    assert wage["sentence"] == [] and wage["width"] == 8
    assert command["width"] == 8 and command["tokens"] == [[]]


FINGERPRINT = """
import json, sys
from bot.nlu.mention_features import MentionFeatures
print(json.dumps(MentionFeatures.fingerprint_addon({"patterns": sys.argv[1]})))
"""


def _fingerprint(patterns: Path) -> str | None:
    return run_in_rasa_env(FINGERPRINT, str(patterns))  # type: ignore[no-any-return]


def test_a_rebuilt_patterns_file_changes_the_training_fingerprint(tmp_path: Path) -> None:
    """Rasa reuses cached features unless the fingerprint changes with the patterns file."""
    patterns = tmp_path / "mentions.jsonl"
    patterns.write_text('{"label": "occupation", "pattern": "welder"}\n', encoding="utf-8")
    before = _fingerprint(patterns)
    patterns.write_text('{"label": "occupation", "pattern": "plumber"}\n', encoding="utf-8")
    after = _fingerprint(patterns)
    assert before and after and before != after
