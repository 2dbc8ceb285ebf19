"""Jobs and places inside a sentence, found by the spaCy matcher over the generated patterns."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from careerbot.nlu_lookups import ACTIVITIES, WORKPLACES
from occupations.mentions import ACTIVITY, OCCUPATION, PLACE, Mention, find_mentions
from occupations.models import Occupation
from occupations.places import resolve_place
from occupations.search import search_occupations
from occupations.types import Place

GULFPORT, UPPER_EAST, LOWER_EAST, STATE, NATION = (
    "0025060",
    "2800006",
    "2800008",
    "2800000",
    "0000000",
)
HATTIESBURG = "0025620"


def _places(text: str, patterns: Path) -> list[Mention]:
    return [m for m in find_mentions(text, patterns) if m.label == PLACE]


def _jobs(text: str, patterns: Path) -> list[Mention]:
    return [m for m in find_mentions(text, patterns) if m.label == OCCUPATION]


@pytest.mark.parametrize(
    ("text", "town", "area"),
    [
        ("how much do electricians make in bay st louis", "bay st louis", GULFPORT),
        ("how much do welders make in new albany ms", "new albany ms", UPPER_EAST),
        ("how much do nurses make in quitman ms", "quitman ms", LOWER_EAST),
        ("optician pay around long beach", "long beach", GULFPORT),
        ("how much do glaziers make near iuka", "iuka", UPPER_EAST),
        ("nurse pay in ocean springs tho", "ocean springs", GULFPORT),
        ("im tryna be a electrician in west point how much they make", "west point", UPPER_EAST),
        ("how much do lpns make in bay springs", "bay springs", LOWER_EAST),
        ("hairstylist salary in d'iberville", "diberville", GULFPORT),
        ("how much do nurses make in west hattiesburg", "hattiesburg", HATTIESBURG),  # not West
        ("im at harrison central what do nurses make", "harrison central", GULFPORT),
        ("welding program at itawamba cc, what do welders make", "itawamba cc", UPPER_EAST),
        ("going to jcjc for nursing how much do rns make", "jcjc", LOWER_EAST),
    ],
)
def test_town_inside_a_question_is_found_whole(
    patterns: Path, occupations_session, text: str, town: str, area: str
) -> None:
    places = _places(text, patterns)
    assert [m.value for m in places] == [town]
    resolved = resolve_place(session=occupations_session, text=places[0].value)
    assert isinstance(resolved, Place) and resolved.area.code == area


def test_one_word_of_a_two_word_town_is_never_a_place_alone(patterns: Path) -> None:
    assert [m.value for m in _places("welders in west point", patterns)] == ["west point"]
    assert _places("i like the springs and the west", patterns) == []


def test_everyday_word_is_a_town_only_after_a_place_word(patterns: Path) -> None:
    assert _places("how much money do welders make", patterns) == []
    assert [m.value for m in _places("how much do teachers make in pearl", patterns)] == ["pearl"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("hattiesbrg rn pay", "hattiesburg"),
        ("tupleo welder pay", "tupelo"),
        ("merdian electrician salary", "meridian"),
        ("pleaes nurse pay", None),  # "please", not Leake County
        ("cuanto electricista gana", None),  # Spanish "how much", not Canton
    ],
)
def test_misspelled_town_first_then_a_job_word_is_the_town(
    patterns: Path, text: str, town: str | None
) -> None:
    assert [m.value for m in _places(text, patterns)] == ([town] if town else [])


def test_job_typo_is_corrected_and_marked_fuzzy(patterns: Path) -> None:
    jobs = _jobs("how much do electritions make in tupelo", patterns)
    assert [(m.text, m.value, m.fuzzy) for m in jobs] == [("electritions", "electrician", True)]


def test_a_word_is_never_corrected_to_a_job_that_starts_with_another_letter(
    patterns: Path,
) -> None:
    jobs = _jobs("what do bookkeepers make", patterns)
    assert [(m.value, m.ids, m.fuzzy) for m in jobs] == [("bookkeepers", ("43-3031",), False)]


def test_an_employer_with_one_site_is_both_where_and_the_jobs_it_stands_for(
    patterns: Path,
) -> None:
    found = find_mentions("the people at ingalls what do they make", patterns)
    assert [(m.label, m.value) for m in found] == [("place", "ingalls"), ("activity", "ingalls")]


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("how much do glaziers make", "glaziers"),
        ("court reporter salary in jackson", "court reporter"),
        ("web developer salary in jackson", "web developer"),
        ("home health aide pay in jackson", "home health aide"),
    ],
)
def test_whole_job_name_inside_a_sentence_is_found(patterns: Path, text: str, job: str) -> None:
    assert [m.value for m in _jobs(text, patterns)] == [job]


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("what about nationally", NATION),
        ("how does that compare to the whole country", NATION),
        ("and in the whole state?", STATE),
    ],
)
def test_state_and_nation_follow_ups_are_places(
    patterns: Path, occupations_session, text: str, area: str
) -> None:
    (place,) = _places(text, patterns)
    resolved = resolve_place(session=occupations_session, text=place.value)
    assert isinstance(resolved, Place) and resolved.area.code == area


def test_any_zip_code_is_a_place_mention_even_out_of_state(patterns: Path) -> None:
    assert [m.value for m in _places("my zip is 90210", patterns)] == ["90210"]


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("how much do people make braiding hair in jackson", "39-5012"),
        ("i like fixing cars", "49-3023"),
        ("giving shots", "29-1141"),
        ("cutting grass", "37-3011"),
        ("fixing phones", "49-2011"),
    ],
)
def test_activity_is_found_by_its_lemmas(patterns: Path, text: str, soc: str) -> None:
    (activity,) = [m for m in find_mentions(text, patterns) if m.label == ACTIVITY]
    assert soc in activity.ids


def test_zip_code_words_are_no_activity(patterns: Path) -> None:
    labels = [m.label for m in find_mentions("my zip code is 39401", patterns)]
    assert labels == [PLACE]


@pytest.mark.parametrize(
    "text", ["how long does it take to become one", "i like art what jobs are there"]
)
def test_everyday_words_are_never_a_job(patterns: Path, text: str) -> None:
    assert _jobs(text, patterns) == []


def test_texting_spelling_of_tech_keeps_the_whole_job(patterns: Path) -> None:
    """ "vet tek" is a vet tech, never the veterinarian its first word names."""
    jobs = _jobs("whats the pay for a vet tek in starkvill", patterns)
    assert [job.value for job in jobs] == ["vet tech"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("what about in new orleans", "new orleans"),
        ("welders pay in baton rouge", "baton rouge"),
        ("how much do nurses make in mobile", "mobile"),
    ],
)
def test_town_outside_mississippi_is_found_whole_as_outside(
    patterns: Path, text: str, place: str
) -> None:
    (found,) = _places(text, patterns)
    assert (found.value, found.kind) == (place, "outside")


def test_unknown_word_is_never_corrected_to_a_place_outside_mississippi(patterns: Path) -> None:
    """ "atlantis" is no typo of Atlanta: an outside place is found only as spelled."""
    assert _places("how much do welders make in atlantis", patterns) == []
    assert [m.value for m in _places("welders pay in atlanta", patterns)] == ["atlanta"]


def test_spanish_word_is_never_corrected_to_a_town(patterns: Path) -> None:
    """ "cuanto" looks like Canton; a typo becomes a place only beside a place word."""
    assert _places("cuanto ganan los electricistas", patterns) == []
    assert [m.value for m in _places("how much do welders make in cantn", patterns)] == ["canton"]


def test_app_is_no_job(patterns: Path) -> None:
    assert _jobs("do you have a mobile app", patterns) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "what jobs pay well around hattiesburg without a four-year degree",
            [("sort", "pay"), ("education", "associate")],
        ),
        ("jobs that don't need college in the pine belt", [("education", "certificate")]),
        (
            "best paying jobs right out of high school",
            [("sort", "pay"), ("education", "high_school")],
        ),
        ("i like working with my hands", [("interest", "realistic")]),
        ("whats in demand on the coast", [("sort", "openings")]),
        ("i want a job outside", [("interest", "field:outdoors")]),  # the outdoors field
        ("jobs outside jackson", []),  # a place, not an interest in working outdoors
        ("art teacher pay", []),  # the job's words are the job's
    ],
)
def test_explore_words_are_found_with_the_value_the_explore_action_reads(
    patterns: Path, text: str, found: list[tuple[str, str]]
) -> None:
    terms = [(m.label, m.ids[0]) for m in find_mentions(text, patterns)
             if m.label in ("education", "interest", "sort")]  # fmt: skip
    assert terms == found


def test_activity_is_kept_beside_the_interest_it_names(patterns: Path) -> None:
    """ "i like drawing": the activity still offers drawing jobs; "fit" is no job."""
    labels = [m.label for m in find_mentions("i like drawing what jobs fit me", patterns)]
    assert labels == [ACTIVITY, "interest"]


def test_explore_words_are_matched_as_typed_not_by_lemma(patterns: Path) -> None:
    """ "when i grow up" is no ranking by growth; "of course" is no job."""
    assert find_mentions("what should i be when i grow up", patterns) == []
    assert _jobs("of course", patterns) == []


def test_what_someone_does_wins_over_one_word_of_it(patterns: Path) -> None:
    """The activity "driving trucks" (the curated jobs only), not the job "trucks"."""
    mentions = find_mentions("how much u make driving trucks out of batesville", patterns)
    assert [m.label for m in mentions] == [ACTIVITY, PLACE]
    assert mentions[0].text == "driving trucks"
    assert set(mentions[0].ids) == {"53-3032", "53-3033"}


@pytest.mark.parametrize(
    ("text", "jobs"),
    [
        ("how much an hour for a housekeeper at a hotel in biloxi", ["housekeeper"]),
        ("is cyber security growing", ["cyber security"]),
        ("what does a medical coder do", ["medical coder"]),
        ("what training do u need to be an xray tech", ["xray tech"]),
        ("whats the hourly for maintenance workers in greenwood", ["maintenance workers"]),
        ("brick layers pay in greenville", ["brick layers"]),
        ("how much do landscapers make in long beach ms", ["landscapers"]),
        ("how much does it help desk pay in pearl ms", ["it help desk"]),
        ("retail sales associate in tupelo how much an hour", ["retail sales associate"]),
        ("are solar panel installers growing", ["solar panel installers"]),
        ("is wind turbine tech a growing job", ["wind turbine tech"]),
        ("what about cnc operators", ["cnc operators"]),
        ("how much an hour do fast food workers make in clarksdale", ["fast food workers"]),
    ],
)
def test_a_workplace_is_no_job_and_a_job_is_found_whole(
    patterns: Path, text: str, jobs: list[str]
) -> None:
    assert [m.text for m in _jobs(text, patterns)] == jobs


def test_climbing_power_poles_is_the_line_workers_job(patterns: Path) -> None:
    text = "the guys who climb power poles what do they make in hernando"
    activities = [m for m in find_mentions(text, patterns) if m.label == ACTIVITY]
    assert [(m.text, m.ids) for m in activities] == [("climb power poles", ("49-9051",))]


def test_power_line_guys_are_the_line_workers_not_a_plants_line(patterns: Path) -> None:
    jobs = _jobs("what do the power line guys make in tupelo", patterns)
    assert [(m.text, m.ids) for m in jobs] == [("power line guys", ("49-9051",))]


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("what do civil engineering techs make in vicksburg", "civil engineering techs"),
        ("hvac technicians pay in jackson", "hvac technicians"),
    ],
)
def test_a_generic_head_after_a_field_is_part_of_the_job(
    patterns: Path, text: str, job: str
) -> None:
    # The field's own job ("civil engineers") is not claimed for the longer words; a short
    # form of the longer job's own name ("civil engineering techs") is that job.
    jobs = _jobs(text, patterns)
    assert [m.value for m in jobs] == [job]
    assert "17-2051" not in jobs[0].ids


def test_a_head_noun_job_keeps_its_own_words(patterns: Path) -> None:
    # "welders" is a job already: the next word is no part of it.
    assert [m.value for m in _jobs("how much do welders make", patterns)] == ["welders"]


def test_a_one_word_short_form_matches_the_whole_title(patterns: Path) -> None:
    (job,) = _jobs("how many openings for info security analysts", patterns)
    assert (job.value, job.ids) == ("info security analysts", ("15-1212",))


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("how much do people who fix ac units make in 39042", "49-9021"),
        ("what do people who inspect buildings do", "47-4011"),
        ("what do guys who run skidders make near richton", "45-4022"),
    ],
)
def test_a_curated_activity_is_the_one_job_that_does_it(
    patterns: Path, text: str, soc: str
) -> None:
    activities = [m for m in find_mentions(text, patterns) if m.label == ACTIVITY]
    assert [(m.ids, m.kind) for m in activities] == [((soc,), "curated")]


def _ids(text: str, patterns: Path, label: str = OCCUPATION) -> list[tuple[str, ...]]:
    return [m.ids for m in find_mentions(text, patterns) if m.label == label]


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("how much do software devs make in jackson", "15-1252"),
        ("do web devs need college", "15-1254"),
        ("cleveland ms how much do ag techs make", "19-4012"),
        ("what do ag engineers do", "17-2021"),
        ("how do i become a hs teacher", "25-2031"),
        ("is being a radiologic tech hard", "29-2034"),
    ],
)
def test_job_named_with_a_short_form_of_its_words_is_found(
    patterns: Path, text: str, soc: str
) -> None:
    assert _ids(text, patterns) == [(soc,)]


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("how much do medical records ppl make in jackson", "29-2072"),
        ("what do the gambling surveillance guys do all day", "33-9031"),
        ("do the software people need a degree", "15-1252"),
        ("how much do the air traffic people make", "53-2021"),
    ],
)
def test_job_field_followed_by_a_people_word_is_that_job(
    patterns: Path, text: str, soc: str
) -> None:
    assert _ids(text, patterns) == [(soc,)]


def test_people_word_after_no_field_names_no_job(patterns: Path) -> None:
    assert _ids("what do the ppl at my church do", patterns) == []
    assert _ids("how much do those guys make", patterns) == []
    # "plant" fields no title of its own ("Soil and Plant Scientists" is a part of one): a
    # chicken plant's workers are a curated student word (its line's cutters and trimmers).
    assert _ids("how much do chicken plant workers make", patterns) == [("51-3022",)]


@pytest.mark.parametrize(
    ("text", "socs"),
    [
        ("the ones cutting the fish", ("51-3022",)),
        ("my mom is trimming the chicken on the line", ("51-3022",)),
        ("he fixes my car for cheap", ("49-3023", "49-3021")),
        ("like loading and unloading the trucks", ("53-7062",)),
        ("i kinda wanna clean teeth for a living", ("29-1292",)),
    ],
)
def test_activity_with_the_or_my_inside_is_found(
    patterns: Path, text: str, socs: tuple[str, ...]
) -> None:
    assert _ids(text, patterns, ACTIVITY) == [socs]


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("is hair braiding a real job", "39-5012"),
        ("is solar installing a growing job", "47-2231"),
        ("i want to get into truck driving", "53-3032"),
    ],
)
def test_activity_written_object_first_is_found(patterns: Path, text: str, soc: str) -> None:
    assert soc in [s for ids in _ids(text, patterns, ACTIVITY) for s in ids]


def test_object_and_verb_as_nouns_are_no_activity(patterns: Path) -> None:
    assert _ids("i got my hair braids done", patterns, ACTIVITY) == []


@pytest.mark.parametrize(
    ("text", "socs"),
    [
        ("what does the tooth doctor actually do all day", ("29-1021",)),
        ("how much does a foot doctor make", ("29-1081",)),
        ("what do cage cashiers make at the casinos", ("43-3041",)),
        ("how do i become an ultrasound tech", ("29-2032",)),
        ("what is a cnc programmer", ("51-9162",)),
        ("horn lake what do amazon delivery van drivers get paid", ("53-3033",)),
        ("how much do farm hands make in the delta", ("45-2092", "45-2093")),
        ("what do the ppl at the water treatment plant do", ("51-8031",)),
    ],
)
def test_student_word_for_a_job_the_names_share_is_the_job_meant(
    patterns: Path, occupations_session, text: str, socs: tuple[str, ...]
) -> None:
    jobs = _jobs(text, patterns)
    assert len(jobs) == 1
    result = search_occupations(session=occupations_session, text=jobs[0].value)
    if len(socs) == 1:
        assert result.best is not None and result.best.soc == socs[0]
    else:  # two jobs the word fits alike: asked
        assert result.ambiguous and {m.soc for m in result.matches[: len(socs)]} == set(socs)


def test_what_they_do_asked_of_the_job_talked_about_names_no_job(patterns: Path) -> None:
    # After "what is a cnc programmer": a question about that job, not about coders.
    assert _ids("like do they write code or run the machines", patterns, ACTIVITY) == []
    assert _ids("does she cut hair or do nails", patterns, ACTIVITY) == []


def test_what_you_or_they_do_for_pay_is_still_an_activity(patterns: Path) -> None:
    assert _ids("how much do they make fixing cars", patterns, ACTIVITY) == [("49-3023", "49-3021")]
    assert _ids("do you need college to fix cars", patterns, ACTIVITY) == [("49-3023", "49-3021")]


def test_a_short_form_alone_is_no_job(patterns: Path) -> None:
    assert _ids("i wanna work in tech when im older", patterns) == []


def test_a_word_made_from_a_job_word_is_no_typo_of_it(patterns: Path) -> None:
    # "apprenticeship" is the route asked about, not a misspelt "apprentice" (a second job).
    jobs = _jobs("can u do an apprenticeship for plumbing in ms", patterns)
    assert [m.value for m in jobs] == ["plumbing"]


def test_every_job_of_the_curated_tables_is_a_published_occupation(occupations_session) -> None:
    known = set(occupations_session.scalars(select(Occupation.soc)))
    for table in (ACTIVITIES, WORKPLACES, ACTIVITIES.with_name("student_terms.csv")):
        with table.open(encoding="utf-8", newline="") as rows:
            unknown = [row for row in csv.DictReader(rows) if row["soc"] not in known]
        assert unknown == [], table.name


@pytest.mark.parametrize(
    ("text", "socs"),
    [
        ("wat do the ppl who fix ac units make in ocean springs rn", [("49-9021",)]),
        ("how much do nurses make rn", [("29-1141",)]),
        ("hattiesbrg rn pay", [("29-1141",)]),
    ],
)
def test_rn_texted_last_after_another_job_is_right_now_not_a_nurse(
    patterns: Path, text: str, socs: list[tuple[str, ...]]
) -> None:
    found = [m.ids for m in find_mentions(text, patterns) if m.label in (OCCUPATION, ACTIVITY)]
    assert found == socs


@pytest.mark.parametrize(
    ("text", "soc"),
    [
        ("how much does somebody who does nails make", "39-5092"),
        ("the people filleting catfish at the processing plant", "51-3022"),
        ("guy who runs the saw at a sawmill", "51-7041"),
    ],
)
def test_what_someone_does_is_found_with_does_and_ing_forms(
    patterns: Path, text: str, soc: str
) -> None:
    activities = [m for m in find_mentions(text, patterns) if m.label == ACTIVITY]
    assert activities and activities[0].ids == (soc,)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("how much do body shop guys make in dekalb ms", "dekalb ms"),
        ("home health aide hourly in prentiss, down in jeff davis county", "jeff davis county"),
    ],
)
def test_a_town_written_joined_and_a_shortened_county_are_places(
    patterns: Path, text: str, place: str
) -> None:
    assert place in [m.text for m in find_mentions(text, patterns) if m.label == PLACE]


def test_an_acronym_of_a_rare_title_is_never_a_college_abbreviation(patterns: Path) -> None:
    assert _jobs("whats a mechatronics tech, they have it at the cc", patterns) == []


def test_an_ot_is_the_occupational_therapist_and_ot_alone_is_no_job(patterns: Path) -> None:
    assert [m.ids for m in _jobs("like what does an ot do", patterns)] == [("29-1122",)]
    assert [m.text for m in _jobs("do welders get ot", patterns)] == ["welders"]
    assert [m.ids for m in _jobs("physical therapist pay in canton and ots?", patterns)][-1] == (
        "29-1122",
    )


@pytest.mark.parametrize(
    "text", ["the ones that work on 18 wheelers", "she won laurels at the fair"]
)
def test_a_word_that_is_a_town_only_once_made_singular_is_no_place(
    patterns: Path, text: str
) -> None:
    assert [m for m in find_mentions(text, patterns) if m.label == PLACE] == []
    # The town itself, and a town whose name ends in s, still are.
    assert [m.text for m in find_mentions("i live in wheeler", patterns)] == ["wheeler"]
    assert [m.text for m in find_mentions("holly springs", patterns)] == ["holly springs"]


def test_a_doing_word_typed_without_its_g_is_what_someone_does(patterns: Path) -> None:
    doing = [m for m in find_mentions("the ones runnin the skidders", patterns)
             if m.label == ACTIVITY]  # fmt: skip
    assert [m.ids for m in doing] == [("45-4022",)]
    assert find_mentions("my cousin lives in a cabin", patterns) == []


def test_a_job_word_joined_to_what_is_done_at_the_end_is_one_more_thing_done(
    patterns: Path,
) -> None:
    assert _jobs("the ones runnin the skidders and cutters", patterns) == []
    assert [m.text for m in _jobs("i like fixing cars and welders make good money", patterns)] == [
        "welders"
    ]


def test_a_place_turned_down_beside_another_is_no_place_asked_about(patterns: Path) -> None:
    places = [m.text for m in find_mentions("the golden triangle one not georgia lol", patterns)
              if m.label == PLACE]  # fmt: skip
    assert places == ["the golden triangle"]
    assert [m.text for m in find_mentions("not in jackson", patterns)] == ["jackson"]  # alone
