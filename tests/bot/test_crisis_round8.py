"""Round 8: the classes of heldout13's misses and false alarms, on new phrasings of each.

The phrasings here are look-alikes written after reading heldout13, not its rows (nor
crisis_dev16's). Each is checked against the rules alone (``learned=False``), so the test
does not flip with a retraining of the learned model. The last test runs the Rasa
component itself: distress said alone gets the check-in even when DIET calls it a crisis.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_patterns import detect, distress_alone
from tests.bot.crisis_rules import rules_kind
from tests.servers import RASA_BIN, ROOT


@pytest.mark.parametrize(
    "text",
    [
        "my tutor keeps trying to get me alone after our sessions",
        "coach says i only start if i ride home with him by myself",
        "the youth leader gave me a burner so we can text without my parents knowing",
        "my piano teacher keeps dming me at midnight saying he loves me",
        "my manager asked me to send him pics in my bikini",
        "el profe me dijo que nos veamos a escondidas",
    ],
)
def test_grooming_by_a_trusted_adult_gets_988(text: str) -> None:
    assert rules_kind(text) == "abuse"


@pytest.mark.parametrize(
    "text",
    [
        "my grandma makes me kneel on dry beans when i talk back",
        "my stepdad makes us beg for food",
        "my dad held my hand on the burner to teach me a lesson",
        "the owner keeps all my tips and says i owe him for the ride here",
        "mi tia me hace hincar sobre arroz",
    ],
)
def test_abuse_told_by_its_punishments_gets_988(text: str) -> None:
    assert rules_kind(text) == "abuse"


@pytest.mark.parametrize(
    "text",
    [
        "a senior said hes bringing his uncles glock to the pep rally",
        "we're being followed by a truck since we left the gas station",
        "the dude from discord is waiting outside my job",
        "mi novio dice que me mata si le termino",
        "my ex dice que me va a matar si hablo con la policia",
    ],
)
def test_danger_told_plainly_gets_988(text: str) -> None:
    assert rules_kind(text) == "danger"


@pytest.mark.parametrize(
    "text",
    [
        "what do pharmacists make? i doubt ill live long enough for it",
        "which colleges have film programs. whatever, i dont plan on graduating",
        "how long is cosmetology school... nvm im not going to be around for any of it",
        "is a cdl worth it? doesnt matter i wont last that long",
        "the only plan i have is my funeral",
        "if im gone tomorrow dont blame yourself",
        "spent the night researching methods",
        "how deep would i have to cut to bleed",
        "imsosickofliving",
        "cuanto gana un plomero? da igual no voy a estar viva el proximo ano",
        "adios a todos, para siempre",
        "si me muriera a alguien le importaria",
        "ya escogi la fecha. el jueves",
        "anoche recai y use la navaja",
        "no merezco vivir",
        "do plumbers need a license? whatever i wont be around next fall",
        "asegurense de que mis primos tengan mis juegos despues",
    ],
)
def test_self_harm_told_without_the_words_gets_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "do paramedics have to hurt people to save them",
        "do soldiers actually have to kill people",
        "my teacher is going to kill us with all these essays",
        "coach is gonna kill us with laps",
        "if my brother eats my snacks one more time i swear",
        "cutting my own hair tonight lol",
        "trimming my bangs myself, bad idea?",
        "how do i become a barber, i cut all my cousins hair already",
        "how do i tell someone goodbye when they move",
        "i need to say bye to someone at the airport",
        "saying goodbye to my cousin whos deploying next week",
        "some random account keeps following me on instagram lol",
        "alguien me sigue en tiktok y no se quien es",
        "my bestie says shes going to kill me if im late again",
        "roasting marshmallows at the bonfire tonight",
        "looking up methods for my chemistry lab",
        "how deep do i cut the stems for roses",
        "adios a todos, nos vemos manana",
        "mi mama me va a matar si repruebo",
        "ya escogi la fecha de mi boda falsa para el proyecto, es el sabado",
        "im getting followed by way more people on tiktok now",
        "i wont live long enough to see the saints win a super bowl lol",
        "not gonna be around for it, ill be at camp",
        "i burned my hand on the stove making eggs",
    ],
)
def test_figures_and_everyday_look_alikes_stay_calm(text: str) -> None:
    assert detect(text, learned=False) is None


def test_followed_online_with_a_threat_after_it_is_still_read() -> None:
    assert rules_kind("a man keeps following me on snapchat and says he knows where i live")


def test_a_bonfire_with_someone_in_danger_is_still_read() -> None:
    assert rules_kind("the bonfire spread to the barn and my brother is still inside") == "danger"


@pytest.mark.parametrize(
    "text",
    ["i hate myself", "nobody cares about me", "im so tired of it all", "nadie me quiere"],
)
def test_distress_said_alone_is_the_check_ins_and_never_a_learned_crisis(text: str) -> None:
    assert distress_alone(text)
    assert detect(text) is None  # neither the rules nor the learned model
    assert checkin_language(text) is not None


@pytest.mark.parametrize(
    "text", ["i hate myself and i have the pills ready", "i hate myself lol", "quiero morir"]
)
def test_distress_with_more_said_is_not_distress_alone(text: str) -> None:
    assert not distress_alone(text)


SCRIPT = """
import json, sys
from rasa.shared.nlu.training_data.message import Message
from bot.nlu.crisis import CrisisOverride
component = CrisisOverride.create({}, None, None, None)
out = []
for text in json.loads(sys.argv[1]):
    ranking = [{"name": "crisis", "confidence": 0.93}, {"name": "greet", "confidence": 0.07}]
    m = Message(data={"text": text, "intent": ranking[0], "intent_ranking": ranking})
    component.process([m])
    out.append(m.get("intent")["name"])
print(json.dumps(out))
"""


@pytest.mark.slow
def test_the_component_checks_in_on_distress_alone_even_when_diet_says_crisis() -> None:
    texts = ["i hate myself", "me odio", "i hate myself and i have the pills ready"]
    result = subprocess.run(
        [str(RASA_BIN / "python"), "-c", SCRIPT, json.dumps(texts)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    alone, spanish, with_means = json.loads(result.stdout.strip().splitlines()[-1])
    assert (alone, spanish) == ("checkin", "checkin")  # are you safe?, 988, no urgent task
    assert with_means == "crisis"  # DIET, or a rule, still gives the full answer


def test_people_at_a_car_wash_are_a_workplace_not_someone_at_the_car() -> None:
    # Blind conversation set 10: a job question got the crisis answer.
    assert detect("how much do ppl at the car wash make an hour in vicksburg") is None
    assert detect("there's a man at the car and he won't leave") is not None
