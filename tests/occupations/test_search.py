"""Occupation search as students type: typos, slang, abbreviations, and honest ambiguity."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from occupations.models import Occupation
from occupations.search import search_occupations
from occupations.text import names_people, short_title, work_names

PHRASINGS = list(
    csv.DictReader((Path(__file__).parents[1] / "data" / "search_phrasings.csv").open())
)


def test_the_evaluation_set_is_large_enough():
    assert len(PHRASINGS) >= 60


def test_top_1_accuracy_over_student_phrasings(occupations_session, record_property):
    misses = []
    for row in PHRASINGS:
        result = search_occupations(session=occupations_session, text=row["phrase"])
        top = result.matches[0].soc if result.matches else None
        if top != row["soc"]:
            misses.append((row["phrase"], row["soc"], top))
    accuracy = 1 - len(misses) / len(PHRASINGS)
    record_property("top1_accuracy", accuracy)
    print(
        f"\nsearch top-1 accuracy: {accuracy:.1%} over {len(PHRASINGS)} phrasings; misses: {misses}"
    )
    assert accuracy >= 0.9, misses


@pytest.mark.parametrize(
    ("phrase", "soc"),
    [
        ("im tryna be a welder", "51-4121"),
        ("electrition", "47-2111"),
        ("RN", "29-1141"),
        ("CNA", "31-1131"),
        ("cop", "33-3051"),
        ("CDL driver", "53-3032"),
        ("lineman", "49-9051"),
    ],
)
def test_slang_and_typos_resolve_without_asking(occupations_session, phrase, soc):
    result = search_occupations(session=occupations_session, text=phrase)
    assert result.best is not None and result.best.soc == soc


@pytest.mark.parametrize("word", ["teacher", "engineer", "mechanic"])
def test_ambiguous_words_offer_choices_instead_of_guessing(occupations_session, word):
    result = search_occupations(session=occupations_session, text=word)
    assert result.ambiguous and result.best is None
    assert len({m.soc for m in result.matches}) >= 3


@pytest.mark.parametrize(
    "text", ["", "   ", "asdkjhasd qwpoe", "'; DROP TABLE occupation; --", "😀😀"]
)
def test_nonsense_finds_nothing(occupations_session, text):
    assert search_occupations(session=occupations_session, text=text).matches == []


def test_a_soc_code_finds_itself(occupations_session):
    assert (
        search_occupations(session=occupations_session, text="47-2111").best.title == "Electricians"
    )


def test_a_huge_query_is_answered(occupations_session):
    result = search_occupations(session=occupations_session, text="welder " * 2000)
    assert result.best is not None and result.best.soc == "51-4121"


HOLDOUT = list(
    csv.DictReader((Path(__file__).parents[1] / "data" / "search_phrasings_holdout.csv").open())
)


def test_top_1_accuracy_on_phrasings_written_after_tuning(occupations_session):
    """Phrasings written once the search was tuned, never tuned against: an honest figure."""
    misses = []
    for row in HOLDOUT:
        result = search_occupations(session=occupations_session, text=row["phrase"])
        top = result.matches[0].soc if result.matches else None
        if top != row["soc"]:
            misses.append((row["phrase"], row["soc"], top))
    accuracy = 1 - len(misses) / len(HOLDOUT)
    print(f"\nheld-out top-1 accuracy: {accuracy:.1%} over {len(HOLDOUT)}; misses: {misses}")
    assert accuracy >= 0.7, misses


def test_texting_spelling_of_tech_finds_the_technician(occupations_session) -> None:
    result = search_occupations(session=occupations_session, text="vet tek")
    assert result.best is not None and result.best.soc == "29-2056"


@pytest.mark.parametrize(
    ("text", "soc"),
    [("automotive service technician", "49-3023"), ("automotive service technicians", "49-3023")],
)
def test_first_part_of_a_two_part_title_finds_the_job(occupations_session, text, soc) -> None:
    result = search_occupations(session=occupations_session, text=text)
    assert result.best is not None and result.best.soc == soc


@pytest.mark.parametrize("text", ["medical", "health", "home"])
def test_a_modifier_before_and_is_no_job_of_its_own(occupations_session, text) -> None:
    assert search_occupations(session=occupations_session, text=text).best is None


# Everyday words for jobs, as students type them, and the job they mean (written from what
# the jobs are, not from the search's output).
EVERYDAY_WORDS = [
    ("brick layers", "47-2021"),
    ("it help desk", "15-1232"),
    ("help desk", "15-1232"),
    ("landscapers", "37-3011"),
    ("fast food workers", "35-3023"),
    ("retail sales associate", "41-2031"),
    ("cnc operators", "51-9161"),
    ("ironworkers", "47-2221"),
    ("solar panel installers", "47-2231"),
    ("wind turbine tech", "49-9081"),
    ("cyber security", "15-1212"),
    ("millwright", "49-9044"),
    ("surgical tech", "29-2055"),
    ("xray tech", "29-2034"),
    ("x-ray tech", "29-2034"),
    ("pta", "31-2021"),
    ("line cook", "35-2014"),
    ("realtors", "41-9022"),
    ("nail techs", "39-5092"),
    ("medical coder", "29-2072"),
    ("customer service reps", "43-4051"),
    ("maintenance workers", "49-9071"),
    ("housekeeper", "37-2012"),
    ("tractor driver on a farm", "45-2091"),
    ("hvac tech", "49-9021"),
    ("cna", "31-1131"),
    ("lpn", "29-2061"),
    ("funeral directors", "39-4031"),
    ("hotel front desk", "43-4081"),
    ("feller bunchers", "45-4022"),
    ("skidder", "45-4022"),
    ("info security analysts", "15-1212"),
    ("civil engineering techs", "17-3022"),
    ("high school teacher", "25-2031"),
    ("assemblers", "51-2090"),
]


@pytest.mark.parametrize(("words", "soc"), EVERYDAY_WORDS)
def test_everyday_job_words_resolve_to_the_job_students_mean(
    occupations_session, words: str, soc: str
) -> None:
    result = search_occupations(session=occupations_session, text=words)
    assert result.best is not None, (words, result.matches[:3])
    assert result.best.soc == soc, (words, result.best)


@pytest.mark.parametrize(
    ("words", "wrong"),
    [
        ("medical coder", "15-1251"),  # Computer Programmers
        ("customer service reps", "41-3091"),  # Sales Representatives of Services
        ("hotel", "43-4081"),  # a place of work, not Hotel Desk Clerks
        ("heating", "49-9021"),  # the first word of the HVAC title, no job of its own
        ("maintenance workers", "49-9043"),  # Maintenance Workers, Machinery
        ("operator", "51-8093"),  # one of dozens of operator jobs
        ("tractor driver", "53-7051"),  # a farm tractor, not a forklift
    ],
)
def test_everyday_job_words_never_resolve_to_another_job(
    occupations_session, words: str, wrong: str
) -> None:
    result = search_occupations(session=occupations_session, text=words)
    assert result.best is None or result.best.soc != wrong, (words, result.best)


@pytest.mark.parametrize("word", ["operator", "clerk", "driver"])
def test_a_word_that_heads_many_titles_offers_choices(occupations_session, word: str) -> None:
    result = search_occupations(session=occupations_session, text=word)
    assert result.ambiguous and result.best is None


def test_every_short_name_is_a_job_name(occupations_session) -> None:
    """The name an answer opens with ("Welders in ...") names people, or is the whole title."""
    titles = occupations_session.scalars(
        select(Occupation.title).where(Occupation.level == "detailed")
    ).all()
    assert len(titles) > 700
    bad = [
        (title, short)
        for title in titles
        if (short := short_title(title)) != title
        and not (title.startswith(short + ",") and names_people(short.split(" of ")[0]))
    ]
    assert bad == []
    shorts = {title: short_title(title) for title in titles}
    assert shorts["Welders, Cutters, Solderers, and Brazers"] == "Welders"
    assert shorts["Preschool Teachers, Except Special Education"] == "Preschool Teachers"
    for whole in (
        "Heating, Air Conditioning, and Refrigeration Mechanics and Installers",
        "Hotel, Motel, and Resort Desk Clerks",
        "Maintenance Workers, Machinery",
        "Cooks, Restaurant",
        "Meat, Poultry, and Fish Cutters and Trimmers",
    ):
        assert shorts[whole] == whole


@pytest.mark.parametrize("words", ["social worker", "social workers"])
def test_a_social_worker_alone_asks_which_one(occupations_session, words: str) -> None:
    result = search_occupations(session=occupations_session, text=words)
    assert result.ambiguous and result.best is None
    socs = {m.soc for m in result.matches}
    assert {"21-1021", "21-1022", "21-1023"} <= socs


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("engineers", "17-2051"),
        ("counselors", "21-1012"),
        ("teachers", "25-2031"),
    ],
)
def test_bare_head_noun_offers_the_jobs_it_heads(occupations_session, text: str, soc: str):
    result = search_occupations(session=occupations_session, text=text)
    assert result.ambiguous
    assert soc in [m.soc for m in result.matches[:4]]


def test_jobs_an_alternate_title_alone_gives_the_head_noun_come_after(occupations_session):
    result = search_occupations(session=occupations_session, text="engineers")
    heads = ["Engineer" in m.title for m in result.matches]
    assert heads == sorted(heads, reverse=True)


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("medical records ppl", "29-2072"),
        ("the software folks", "15-1252"),
        ("gambling surveillance guys", "33-9031"),
        ("software devs", "15-1252"),
        ("ag techs", "19-4012"),
        ("hs teacher", "25-2031"),
        ("ultrasound techs", "29-2032"),
        ("cage cashiers", "43-3041"),
        ("cnc programmer", "51-9162"),
        ("tooth doctor", "29-1021"),
        ("delivery van drivers", "53-3033"),
        ("data entry", "43-9021"),
        ("real estate", "41-9022"),
    ],
)
def test_student_short_forms_and_fields_find_the_job(occupations_session, text: str, soc: str):
    result = search_occupations(session=occupations_session, text=text)
    assert result.best is not None and result.best.soc == soc


def test_farm_hand_asks_crops_or_animals(occupations_session):
    result = search_occupations(session=occupations_session, text="farm hands")
    assert result.ambiguous
    assert {m.soc for m in result.matches[:2]} == {"45-2092", "45-2093"}


@pytest.mark.parametrize("text", ["tech", "techs", "the operator", "a rep"])
def test_short_form_of_a_word_heading_many_titles_asks_which_one(occupations_session, text: str):
    # "ag techs" cut to "techs" by the model was answered for electrical engineering techs.
    assert search_occupations(session=occupations_session, text=text).best is None


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("maintenance guys", "49-9071"),  # never "Sign Maintenance"
        ("carwash guys", "53-7061"),
        ("construction guys", "47-2061"),
        ("septic tank guys", "47-4071"),
    ],
)
def test_a_people_word_after_a_field_is_its_worker(occupations_session, text, soc) -> None:
    result = search_occupations(session=occupations_session, text=text)
    assert result.best is not None and result.best.soc == soc


@pytest.mark.parametrize(
    ("text", "soc"),
    [("infosec", "15-1212"), ("rehab counselor", "21-1015"), ("rehab counselors", "21-1015")],
)
def test_short_forms_students_use_for_a_field_are_its_job(occupations_session, text, soc) -> None:
    result = search_occupations(session=occupations_session, text=text)
    assert result.best is not None and result.best.soc == soc


def test_a_bare_guard_asks_which_guard(occupations_session) -> None:
    result = search_occupations(session=occupations_session, text="guards")
    assert result.best is None and result.ambiguous
    assert {"33-9032", "33-3012"} <= {m.soc for m in result.matches}


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("massage therapy", "31-9011"),
        ("graphic design", "27-1024"),
        ("respiratory therapy", "29-1126"),
        ("physical therapy", "29-1123"),
        ("dental hygiene", "29-1292"),
        ("civil engineering", "17-2051"),
        ("surgical technology", "29-2055"),
    ],
)
def test_the_work_a_title_names_finds_its_job(occupations_session, text: str, soc: str) -> None:
    result = search_occupations(session=occupations_session, text=text)
    assert result.best is not None and result.best.soc == soc


def test_work_names_come_from_the_people_word_of_each_part_of_a_title() -> None:
    assert work_names("Radiologic Technologists and Technicians") == ["radiologic technology"]
    assert work_names("Hairdressers, Hairstylists, and Cosmetologists") == ["cosmetology"]
    # Generic words and helpers name no work of one job.
    assert work_names("Food Scientists and Technologists") == []
    assert work_names("Helpers--Carpenters") == []
    assert work_names("Therapists, All Other") == []


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("surg tech", "29-2055"),
        ("slot tech", "49-9091"),
        ("garbage man", "53-7081"),
        ("shipfitter", "51-2041"),
        ("cabinet maker", "51-7011"),
        ("2nd grade teacher", "25-2021"),
        ("assembly workers", "51-2090"),
    ],
)
def test_student_words_for_mississippi_jobs_find_the_job(occupations_session, text, soc) -> None:
    result = search_occupations(session=occupations_session, text=text)
    assert result.best is not None and result.best.soc == soc


def test_a_word_the_student_table_gives_several_jobs_offers_those_first(occupations_session):
    result = search_occupations(session=occupations_session, text="therapist")
    assert result.ambiguous
    offered = {m.soc for m in result.matches[:4]}
    # To a student a therapist is most often a counselor; the physical, occupational and
    # family therapists too.
    assert offered == {"21-1018", "21-1013", "29-1123", "29-1122"}
