"""Crisis language is recognised in many phrasings (and job questions are not mistaken for it)."""

from __future__ import annotations

import json
import subprocess

import pytest

from bot.nlu.crisis_patterns import crisis_kind
from tests.servers import RASA_BIN, ROOT

SELF_HARM = [
    "i want to kill myself",
    "I wanna kill my self",
    "im gonna kill myself tonight",
    "I'm thinking about suicide",
    "SUICIDAL",
    "i feel suicidal lately",
    "kms",
    "i want to die",
    "i just wanna die",
    "thinking about ending my life",
    "i want to end it all",
    "I don't want to live anymore",
    "dont want to be alive",
    "i cut myself again",
    "I've been hurting myself",
    "i want to hurt myself",
    "everyone would be better off without me",
    "i wish i was dead",
    "there's no reason to live",
    "i took all my pills",
    "I’m going to end my life",
    "i can't go on",
    "gonna unalive myself",
    "quiero morir",
    "me quiero matar",
    "i'm planning to take my own life",
    "i keep thinking about self harm",
    "i might overdose",
]
ABUSE = [
    "my dad hits me",
    "my stepdad touches me",
    "my mom's boyfriend beats me",
    "someone is abusing me",
    "i am being abused at home",
    "I was raped",
    "i got molested",
    "he chokes me when he's mad",
    "i live in an abusive home",
    "my boyfriend hurts me",
]
DANGER = [
    "he said he is going to kill me",
    "someone is threatening to hurt me",
    "i'm not safe at home",
    "I am in danger",
    "a kid said he's gonna shoot up the school",
    "somebody brought a gun to school",
    "I got kicked out of the house",
    "i have nowhere to sleep tonight",
]
NOT_CRISIS = [
    "how much do electricians make in hattiesburg",
    "what does a suicide prevention counselor do",
    "substance abuse counselor pay in jackson",
    "what about a sexual abuse counselor",
    "this homework is killing me",
    "i could die of embarrassment lol",
    "how much do cops make",
    "i want to be a nurse",
    "can i talk to my coach",
    "how much do barbers who cut hair make",
    "what do welders make on the coast",
    "i hate math",
    "do I need college to be a firefighter",
    "what does a corrections officer do",
    "🔥🔥🔥",
    "",
    "a" * 10000,
    "'; DROP TABLE handoff_tasks; --",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_phrasings_are_crisis(text: str) -> None:
    assert crisis_kind(text) == "self_harm"


@pytest.mark.parametrize("text", ABUSE)
def test_abuse_phrasings_are_crisis(text: str) -> None:
    assert crisis_kind(text) == "abuse"


@pytest.mark.parametrize("text", DANGER)
def test_danger_phrasings_are_crisis(text: str) -> None:
    assert crisis_kind(text) == "danger"


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_job_questions_and_figures_of_speech_are_not_crisis(text: str) -> None:
    assert crisis_kind(text) is None


SCRIPT = """
import json, sys
from rasa.shared.nlu.training_data.message import Message
from bot.nlu.crisis import CrisisOverride
component = CrisisOverride.create({}, None, None, None)
out = []
for text in json.loads(sys.argv[1]):
    pay, crisis = float(sys.argv[2]), float(sys.argv[3])
    top = {"name": "crisis" if crisis > pay else "ask_pay", "confidence": max(pay, crisis)}
    m = Message(data={"text": text, "intent": top,
                      "intent_ranking": [{"name": "ask_pay", "confidence": float(sys.argv[2])},
                                         {"name": "crisis", "confidence": float(sys.argv[3])}],
                      "entities": [{"entity": "occupation", "value": "welders"}]})
    component.process([m])
    out.append([m.get("intent"), [r["name"] for r in m.get("intent_ranking")],
                [(e["entity"], e["value"]) for e in m.get("entities") or []]])
print(json.dumps(out))
"""


def _component(texts: list[str], pay: float = 0.97, crisis: float = 0.01) -> list[list[object]]:
    result = subprocess.run(
        [str(RASA_BIN / "python"), "-c", SCRIPT, json.dumps(texts), str(pay), str(crisis)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.slow
def test_the_rasa_component_overrides_the_model_with_crisis() -> None:
    texts = [
        "how much do welders make if i want to kill myself",
        "how much do welders make",
        "me quiero morir",
        "/crisis",
    ]
    crisis, ordinary, spanish, payload = _component(texts)
    # The job named in a crisis message is dropped, so no open form takes the message.
    assert crisis == [
        {"name": "crisis", "confidence": 1.0},
        ["crisis", "ask_pay"],
        [["crisis_language", "en"]],
    ]
    assert ordinary == [
        {"name": "ask_pay", "confidence": 0.97},
        ["ask_pay", "crisis"],
        [["occupation", "welders"]],
    ]
    assert spanish[2] == [["crisis_language", "es"]]
    assert payload[0] == {"name": "ask_pay", "confidence": 0.97}  # typed intents are not words


@pytest.mark.slow
def test_the_trained_crisis_intent_alone_is_enough() -> None:
    [unseen] = _component(["everything is gray and i feel nothing"], pay=0.1, crisis=0.85)
    assert unseen[0] == {"name": "crisis", "confidence": 1.0}


@pytest.mark.slow
def test_the_model_alone_cannot_make_a_figure_of_speech_a_crisis() -> None:
    texts = ["i could kill for a burger", "quiero ser policia", "what does a coroner make"]
    for intent, ranking, _ in _component(texts, pay=0.05, crisis=0.95):
        assert intent == {"name": "ask_pay", "confidence": 0.05}
        assert ranking == ["ask_pay"]
