"""Rasa's mentions component (bot/nlu/mentions.py) run in Rasa's environment on test messages.

Shared by the tests of the component; the patterns file comes from the test database, as
`careerbot data build` writes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.servers import run_in_rasa_env

# Each case: text, DIET's intent, DIET's entities as (entity, start, end).
SCRIPT = """
import json, sys
from rasa.shared.nlu.training_data.message import Message
from bot.nlu.mentions import DataMentions
component = DataMentions.create({"patterns": sys.argv[1]}, None, None, None)
confidence, runner_up = json.loads(sys.argv[3])
out = []
for text, intent, spans in json.loads(sys.argv[2]):
    entities = [{"entity": e, "start": s, "end": t, "value": text[s:t],
                 "extractor": "DIETClassifier"} for e, s, t in spans]
    ranking = [{"name": intent, "confidence": confidence}]
    if runner_up:
        ranking.append({"name": runner_up[0], "confidence": runner_up[1]})
    m = Message(data={"text": text, "intent": {"name": intent, "confidence": confidence},
                      "intent_ranking": ranking, "entities": entities})
    component.process([m])
    out.append([m.get("intent")["name"], [(e["entity"], e["value"]) for e in m.get("entities")]])
print(json.dumps(out))
"""
Case = tuple[str, str, list[tuple[str, int, int]]]


def run_mentions(
    patterns: Path,
    cases: list[Case],
    *,
    confidence: float = 0.9,
    runner_up: tuple[str, float] | None = ("inform_place", 0.05),
) -> list[Any]:
    """[intent, [(entity, value), ...]] for each case, after the component ran."""
    return run_in_rasa_env(SCRIPT, str(patterns), cases, [confidence, runner_up])
