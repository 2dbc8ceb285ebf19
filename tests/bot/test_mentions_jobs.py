"""The Rasa mentions component on job words: one entity per job, DIET's guesses, question words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.bot.mentions_component import Case, run_mentions


def _component(patterns: Path, cases: list[Case]) -> list[Any]:
    return run_mentions(patterns, cases, confidence=0.4, runner_up=None)


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


@pytest.mark.slow
def test_a_diet_place_of_everyday_words_is_dropped_but_a_town_named_by_one_stays(
    patterns: Path,
) -> None:
    school, pearl = "high school", "pearl"
    casinos = "how much do the card dealers at the casinos make"
    at = casinos.index("the casinos")
    fire = "how much do forest fire prevention specialists make"
    out = run_mentions(
        patterns,
        [(school, "inform_place", [("place", 0, 4)]),
         (pearl, "inform_place", [("place", 0, 5)]),
         (casinos, "ask_pay", [("place", at, at + len("the casinos"))]),
         (fire, "ask_pay", [("place", fire.index("forest"), fire.index("forest") + 6)])],
    )  # fmt: skip
    # "high" names no place; Pearl is a town; "the casinos" is where card dealers work; the
    # town of Forest is no place in the middle of a job's name.
    assert [entities for _, entities in out] == [
        [],
        [["place", "pearl"]],
        [["occupation", "card dealers"]],
        [["occupation", "forest fire prevention specialists"]],
    ]
