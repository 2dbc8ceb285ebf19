"""Warning signs without the crisis words, and everyday talk that must stay calm.

Phrasings written for this test (in none of the corpora), one per behaviour of
:mod:`bot.nlu.crisis_signs` and of the text normalisation in :mod:`bot.nlu.crisis_text`.
They are checked with the rules alone (``learned=False``), so a rule that stops matching
fails here even when the learned model would have covered for it.
"""

from __future__ import annotations

import pytest

from bot.nlu.crisis_patterns import detect, prepared
from bot.nlu.crisis_text import canonical


def _rules(text: str) -> tuple[str, str] | None:
    found = detect(text, learned=False)
    return (found.kind, found.language) if found else None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Goodbyes, last times and plans, with no word for death in them.
        ("this is the last time anyone will hear from me", "self_harm"),
        ("bye everybody it was nice knowing yall", "self_harm"),
        ("i gave all my shoes away since i wont need them", "self_harm"),
        ("i picked a date and i'm ready", "self_harm"),
        ("i dont think i'll make it to christmas", "self_harm"),
        ("dont cry when im gone ok", "self_harm"),
        ("if i dont answer tomorrow its because im gone", "self_harm"),
        # Methods and self-harm without "suicide" or "kill".
        ("how many advil would it take to not wake up", "self_harm"),
        ("i sat in the car in the garage with the engine running", "self_harm"),
        ("i carved his name into my arm", "self_harm"),
        ("🔪🩸 again tonight", "self_harm"),
        # Emergencies with no threat in them, and luring.
        ("my cousin is passed out and barely breathing", "danger"),
        ("my homie od'd at the party", "danger self_harm"),  # the overdose rule comes first
        ("someone broke into our house and im hiding", "danger"),
        ("an older guy wants me to travel with him to another state", "danger"),
        ("i got put out the house and im sleeping at the park", "danger"),
        # Abuse described without the word.
        ("my stepdad whoops me with an extension cord", "abuse"),
        ("i have to hide my bruises from gym class", "abuse"),
        ("my mom broke my wrist and told the doctor i fell", "abuse"),
        ("my uncle sneaks into my room at night", "abuse"),
    ],
)
def test_warning_signs_without_crisis_words_are_caught(text: str, kind: str) -> None:
    found = _rules(text)
    assert found is not None, text
    assert found[0] in kind.split()


@pytest.mark.parametrize(
    "text",
    [
        "ya ni quiero estar aqui",
        "me voy a colgar esta noche",
        "siento que sobro en mi casa",
        "mi padrastro me trata muy mal",
        "un hombre me ofrecio trabajo si me voy con el a otro estado",
    ],
)
def test_spanish_warning_signs_are_caught_and_answered_in_spanish(text: str) -> None:
    found = _rules(text)
    assert found is not None and found[1] == "es", (text, found)


@pytest.mark.parametrize(
    ("typed", "canonical_form"),
    [
        ("i been wantin to die", "i been wanting to die"),
        ("thinkin bout k1ll!ng myself", "thinking about killing myself"),
        ("i want to d!e", "i want to die"),
        ("my cousin has a coffin joke", "my cousin has a coffin joke"),  # real -in words stay
        ("a stranger", "a stranger"),  # never "corrected" to "strangled"
        ("ion wanna be here", "i dont want to be here"),
    ],
)
def test_texting_spellings_are_normalised(typed: str, canonical_form: str) -> None:
    assert canonical(typed) == canonical_form


@pytest.mark.parametrize(
    "text",
    [
        "this weather finna kill me",
        "id rather die than take the ACT again lol",
        "my brother is gonna kill me for eating his leftovers",
        "i cut myself shaving before church",
        "i wont be here next week we have a tournament",
        "i want to leave mississippi for good after graduation",
        "im checking out colleges this weekend",
        "how much does a child abuse pediatrician make",
        "this class makes me want to die lol",
        "i wanted to die when my voice cracked in choir",
        "i want to help people who think about suicide",
        "i cant go on with this class what jobs dont need math",
    ],
)
def test_figures_of_speech_and_job_questions_stay_calm(text: str) -> None:
    assert detect(text) is None, (text, prepared(text))


def test_meaning_it_keeps_a_joking_wish_to_die_a_crisis() -> None:
    assert detect("this class makes me want to die lol") is None
    assert detect("i want to die lol not joking") is not None
    assert detect("school is whatever i want to die for real lol") is not None
