"""The Rasa mentions component on job words: one entity per job, DIET's guesses, question words."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from careerbot.nlu_lookups import write_mentions
from tests.servers import RASA_BIN, ROOT

# Each case: text, DIET's intent, DIET's entities as (entity, start, end).
SCRIPT = """
import json, sys
from rasa.shared.nlu.training_data.message import Message
from bot.nlu.mentions import DataMentions
component = DataMentions.create({"patterns": sys.argv[1]}, None, None, None)
out = []
for text, intent, spans in json.loads(sys.argv[2]):
    entities = [{"entity": e, "start": s, "end": t, "value": text[s:t],
                 "extractor": "DIETClassifier"} for e, s, t in spans]
    m = Message(data={"text": text, "intent": {"name": intent, "confidence": 0.4},
                      "intent_ranking": [{"name": intent, "confidence": 0.4}],
                      "entities": entities})
    component.process([m])
    out.append([m.get("intent")["name"], [(e["entity"], e["value"]) for e in m.get("entities")]])
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def patterns(occupations_session, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The patterns file `careerbot data build` writes, from the test database."""
    return write_mentions(occupations_session, tmp_path_factory.mktemp("var") / "mentions.jsonl")


def _component(patterns: Path, cases: list[tuple[str, str, list[tuple[str, int, int]]]]) -> list:
    result = subprocess.run(
        [str(RASA_BIN / "python"), "-c", SCRIPT, str(patterns), json.dumps(cases)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _span(text: str, words: str) -> tuple[str, int, int]:
    start = text.index(words)
    return ("occupation", start, start + len(words))


@pytest.mark.slow
def test_make_that_a_real_job_or_making_apps_asks_no_pay(patterns: Path) -> None:
    braids = "i like braiding hair is there a way to make that a real job like licensed"
    apps = "i wanna get into coding like making apps how do i start"
    welders = "so what do welders make"
    out = _component(
        patterns, [(braids, "nlu_fallback", []), (apps, "nlu_fallback", []),
                   (welders, "nlu_fallback", [])]
    )  # fmt: skip
    assert [intent for intent, _ in out] == ["ask_pathway", "ask_pathway", "ask_pay"]


@pytest.mark.slow
def test_will_there_still_be_jobs_is_an_outlook_question_about_the_activity(
    patterns: Path,
) -> None:
    cars = "is working on cars a good career like will there still be jobs with electric cars"
    boats = "i want to drive tugboats on the river how do i get started"
    out = _component(
        patterns,
        [(cars, "nlu_fallback", [_span(cars, "electric")]),
         (boats, "ask_pathway", [_span(boats, "tugboats")])],
    )  # fmt: skip
    # DIET's one-word guesses ("electric", "tugboats") give way to what the person does.
    assert out == [["ask_outlook", []], ["ask_pathway", []]]


@pytest.mark.slow
def test_one_job_named_twice_is_one_entity(patterns: Path) -> None:
    text = "im a welder, whats welder pay in tupelo"
    out = _component(patterns, [(text, "ask_pay", [])])
    assert out[0][1] == [["occupation", "welder"], ["place", "tupelo"]]
