"""The route answer a student reads, against the real database and the source files themselves.

The data layer's own checks are in ``tests/occupations/test_routes.py``; these read the
sentences the action sends (the same text SMS and REST show) and the card the widget draws.
"""

from __future__ import annotations

import csv
import re
import statistics
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from actions.pathway import ActionTellPathway
from actions.route_answer import MAX_STEPS, focus_of, need_college_word, route_answer
from occupations import api, models
from occupations.routes import LEVELS, NON_DEGREE, ORDER, level_name
from occupations.types import Place
from tests.actions.conftest import make_tracker, payloads, run_action
from tests.occupations.test_routes import COMMON, COMPLETIONS, LICENCES

AWARDS = Path(__file__).parents[2] / "occupations" / "data" / "award_levels.csv"
NEAR_MILES = 100
# A step that names a school: "2. Certificate (1 to 2 years): Welding Technology/Welder at
# Jones County Junior College, Ellisville (27 miles)."
NEAREST = re.compile(
    r" at (?P<school>.+?), (?P<city>[^(,]+?) \((?P<miles>\d+) miles?(?: or less)?\)"
)
STEP = re.compile(r"^(?P<number>\d)\. (?P<name>[^:(]+?)(?: \((?P<length>[^)]+)\))?: ", re.M)
NO_LENGTH = "how long it takes is not in my data"
LENGTH = re.compile(r"\d+ (?:to \d+ )?(?:year|month|week)s?|little or no time")
# The 46 common jobs' route answers ran 577-1,472 characters (median 928) before the short
# form (median 696, longest 1,093 after).
MAX_CHARS = 1100
MEDIAN_CHARS = 720
FOCUSED_CHARS = 600


def _csv(source_dir: Path, name: str) -> list[dict[str, str]]:
    with (source_dir / name).open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def completions(source_dir: Path) -> dict[tuple[str, str, str], list[dict[str, str]]]:
    """IPEDS rows by (institution, city, program title), read without the importer."""
    found: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    for row in _csv(source_dir, COMPLETIONS):
        key = (row["INSTNM"], row["CITY"], row["CIP_TITLE"].rstrip("."))
        found.setdefault(key, []).append(row)
    return found


@pytest.fixture(scope="module")
def award_words() -> dict[str, str]:
    with AWARDS.open(newline="", encoding="utf-8") as handle:
        return {r["awlevel"]: r["plain"] for r in csv.DictReader(handle)}


async def _answer(soc: str, where: str, text: str = "", intent: str = "ask_pathway") -> Any:
    from actions.db import in_occupations

    place = await in_occupations(lambda s: api.resolve_place(session=s, text=where))
    assert isinstance(place, Place), where
    slots = {"soc": soc, "place": where, "area_code": place.area.code}
    messages, _ = await run_action(
        ActionTellPathway(), make_tracker(slots, intent=intent, text=text)
    )
    assert len(messages) == 1
    return messages[0]


@pytest.mark.parametrize(("soc", "where", "licence"), COMMON, ids=[c[0] for c in COMMON])
async def test_answer_names_a_real_program_near_the_student_with_award_length_licence(
    source_dir: Path,
    completions: dict[tuple[str, str, str], list[dict[str, str]]],
    award_words: dict[str, str],
    soc: str,
    where: str,
    licence: str | None,
) -> None:
    message = await _answer(soc, where)
    text = message["text"]
    card = message["custom"]["card"]
    steps = list(STEP.finditer(text))
    assert steps and len(card["steps"]) == len(steps), text
    near = []
    for match, step in zip(steps, card["steps"], strict=True):
        line = text[match.start() :].splitlines()[0]
        found = NEAREST.search(line)
        if found and step["kind"] != "apprenticeship" and int(found["miles"]) <= NEAR_MILES:
            near.append((found, step))
    assert near, f"no program within {NEAR_MILES} miles of {where}:\n{text}"
    for found, step in near:
        shown = step["places"][0]
        assert shown["name"] == found["school"] and shown["city"] == found["city"]
        program, award = next(
            (shown["what"][: -len(a) - 2], a)
            for a in award_words.values()
            if shown["what"].endswith(", " + a)
        )
        rows = [
            r
            for (school, _, title), in_file in completions.items()
            if (school, title) == (found["school"], program)
            for r in in_file
        ]
        assert any(award_words[r["AWLEVEL"]] == award for r in rows), shown
        assert any(int(r["CTOTALT"]) > 0 for r in rows)
        assert step["length"] and LENGTH.search(step["length"]), step
    assert all(s["length"] is None or LENGTH.search(s["length"]) for s in card["steps"]), card
    assert "NCES IPEDS, 2023-24" in text.splitlines()[-1]
    assert len(text) <= MAX_CHARS, (len(text), text)
    if licence is not None:
        in_file = next(r for r in _csv(source_dir, LICENCES) if r["license_title"] == licence)
        assert f"License: {licence}, from {in_file['agency']}" in text
        assert "CareerOneStop" in text.splitlines()[-1]
    assert text in card["summary"]
    assert "/ask_pay" in payloads([message])


async def test_route_answers_are_short_and_keep_every_source_they_use() -> None:
    lengths = []
    for soc, where, _ in COMMON:
        text = (await _answer(soc, where))["text"]
        lengths.append(len(text))
        sources = text.splitlines()[-1]
        assert sources.startswith("Sources: BLS Employment Projections, 2024-34"), text
        if "License: " in text and "none for this job" not in text:
            assert "CareerOneStop (U.S. DOL), October 2024" in sources
        if "apprenticeship (" in text.lower() and " miles)" in text:
            assert "Apprenticeship.gov (U.S. DOL), August 2026" in sources
    assert statistics.median(lengths) <= MEDIAN_CHARS, sorted(lengths)


def test_first_sentence_agrees_with_the_routes_listed_for_every_occupation(
    occupations_session: Any,
) -> None:
    socs = occupations_session.scalars(
        select(models.Occupation.soc).where(models.Occupation.education.is_not(None))
    ).all()
    assert len(socs) > 800
    wrong = []
    for soc in socs:
        routes = api.routes(session=occupations_session, soc=soc, area_code="2800000")
        answer = route_answer(routes)
        first_line = answer.text.splitlines()[0]
        first = routes.first
        assert first is not None
        named = {key for key in LEVELS if level_name(key) in first_line}
        listed = [m["name"] for m in STEP.finditer(answer.text)]
        problems = []
        if named != {first.level, routes.typical_level}:
            problems.append(f"names {sorted(named)}")
        if ORDER.index(first.level) > ORDER.index(routes.typical_level):
            problems.append("first route above the typical level")
        if not listed or len(listed) != min(len(routes.routes), MAX_STEPS):
            problems.append(f"steps {listed}")
        college = need_college_word(routes)
        if (college == "No.") != (first.level in NON_DEGREE):
            problems.append(f"'{college}' for {first.level}")
        if college == "Yes." and first.level in ("certificate", "associate"):
            problems.append("'Yes.' with a 2-year route first")
        if problems:
            wrong.append((soc, first_line, problems))
    assert not wrong, wrong[:5]


async def test_registered_nurse_says_both_levels_and_the_associate_route_comes_first() -> None:
    text = (await _answer("29-1141", "Tupelo", "how do i become an rn"))["text"]
    first = text.splitlines()[0]
    assert first.index("associate degree") < first.index("bachelor's degree")
    assert "BLS says most start with a bachelor's degree" in first
    assert STEP.search(text)["name"] == "Associate degree"  # type: ignore[index]
    assert "License: Registered Nurse" in text


async def test_do_i_need_college_is_a_straight_answer_first() -> None:
    electrician = (await _answer("47-2111", "Hattiesburg", intent="ask_need_college"))["text"]
    assert electrician.startswith("No. ")
    nurse = (await _answer("29-1141", "Jackson", intent="ask_need_college"))["text"]
    assert nurse.startswith("Not a 4-year degree. ")
    developer = (await _answer("15-1252", "Starkville", intent="ask_need_college"))["text"]
    assert developer.startswith("Yes. ")


@pytest.mark.parametrize(
    ("said", "focus"),
    [
        ("do i need a license to cut hair", "licence"),
        ("do u need a lisence for that", "licence"),
        ("whats the closest school for welding", "nearest"),
        ("where can i train for it near me", "nearest"),
        ("how much do people make after that program", "earnings"),
        ("how long does it take to become a rn", "length"),
        ("how do i become a welder", None),
    ],
)
def test_the_students_words_pick_what_comes_first(said: str, focus: str | None) -> None:
    assert focus_of(said) == focus


async def test_focused_questions_answer_that_part_first() -> None:
    barber = (await _answer("39-5011", "Jackson", "do i need a license to be a barber"))["text"]
    assert barber.startswith("Yes, you need a license: Barber, from ")
    # The state licenses plumbing contractors, not plumbers who work for one: no "Yes".
    plumber = (await _answer("47-2152", "Bay St. Louis", "do i need a license"))["text"]
    assert plumber.startswith("Plumbing, from MS State Board of Contractors: needed to run")
    emt = (await _answer("29-2042", "Natchez", "do i need a license to be an emt"))["text"]
    assert emt.startswith("My license list (CareerOneStop) has no license for ")
    welder = (await _answer("51-4121", "Laurel", "whats the closest school for welding"))["text"]
    found = re.match(r"The closest program to Laurel: .+ \((\d+) miles\)\.", welder)
    assert found, welder
    all_miles = [int(m) for m in re.findall(r"\((\d+) miles\)", welder)]
    assert int(found[1]) == min(all_miles)
    driver = await _answer("53-3032", "Southaven", "what do people make after that program")
    assert re.match(r"Graduates of .+ made about \$[\d,]+ a year, \d years? after", driver["text"])
    long = (await _answer("47-2111", "Tupelo", "how long does it take"))["text"]
    assert long.startswith("How long: an apprenticeship, usually 2 to 10 years; a certificate, ")
    # One part asked, that part answered: short, with its sources; the ways in a tap away.
    for text in (barber, emt, welder, driver["text"], long):
        assert len(text) <= FOCUSED_CHARS and "\n1. " not in text, text
        assert text.splitlines()[-1].startswith("Sources: BLS Employment Projections"), text
    assert "Also: " in welder and "College Scorecard" in driver["text"]
    assert "/ask_pathway" in payloads([driver])


async def test_no_place_says_mississippi_and_asks_for_the_town() -> None:
    messages, _ = await run_action(
        ActionTellPathway(), make_tracker({"soc": "29-2061"}, intent="ask_pathway")
    )
    text = messages[0]["text"]
    assert " at " in text and "miles" not in text
    assert "Tell me your town to see the closest schools." in text
