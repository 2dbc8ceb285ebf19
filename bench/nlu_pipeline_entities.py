"""Entity F1 of the whole NLU pipeline, as the assistant sees the entities.

``rasa test nlu`` scores each extractor alone; the assistant reads the final entities of the
pipeline (the data's spans where it found something, DIET's elsewhere). This parses every
message of a test file with the trained model and scores those final entities token by token
(like Rasa's own report: weighted F1 over the entity labels, tokens outside any entity not
counted as a label). Run with Rasa's environment:

    .venv/rasa/bin/python bench/nlu_pipeline_entities.py MODEL TEST_DATA.yml
"""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

from rasa.core.agent import Agent
from rasa.shared.nlu.training_data.loading import load_data
from sklearn.metrics import precision_recall_fscore_support

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORD = re.compile(r"\w+")
NONE = "O"


def token_labels(text: str, entities: list[dict[str, object]]) -> list[str]:
    """One label per word of ``text``: the entity covering it, or ``O``."""
    out = []
    for word in WORD.finditer(text):
        label = NONE
        for entity in entities:
            start, end = int(entity["start"]), int(entity["end"])  # type: ignore[call-overload]
            if start < word.end() and word.start() < end:
                label = str(entity["entity"])
        out.append(label)
    return out


async def score(model: str, test_data: str) -> None:
    """Print the pipeline's entity F1 per label and weighted over labels."""
    agent = Agent.load(model)
    gold: list[str] = []
    predicted: list[str] = []
    wrong = []
    for example in load_data(test_data).intent_examples:
        text = example.get("text")
        parsed = await agent.parse_message(text)
        expected = token_labels(text, example.get("entities") or [])
        found = token_labels(text, parsed.get("entities") or [])
        gold += expected
        predicted += found
        if expected != found:
            wrong.append((text, expected, found))
    labels = sorted({label for label in gold if label != NONE})
    _, _, f, n = precision_recall_fscore_support(gold, predicted, labels=labels, zero_division=0)
    for label, f1, support in zip(labels, f, n, strict=True):
        print(f"  {label}: F1 {f1:.3f} (tokens={support})")
    _, _, weighted, _ = precision_recall_fscore_support(
        gold, predicted, labels=labels, average="weighted", zero_division=0
    )
    print(f"entity F1 (weighted, whole pipeline as the assistant sees it): {weighted:.3f}")
    print(f"messages with a wrong entity token: {len(wrong)}")
    for text, expected, found in wrong[:25]:
        print(f"    {text!r}: expected {expected} got {found}")


if __name__ == "__main__":
    asyncio.run(score(sys.argv[1], sys.argv[2]))
