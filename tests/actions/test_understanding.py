"""What a student's message names, as the actions read it: the job, the place, the choice made."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa_sdk.events import FollowupAction, SlotSet

from actions.db import in_occupations
from actions.explore import ActionExplore
from actions.followups import ActionTellWageUnit
from actions.forms import ValidatePayForm, confirm_occupation, job_written_in
from actions.mentions import mentions_of
from actions.place import ActionNotePlace
from occupations.mentions import OCCUPATION, PLACE
from tests.actions.conftest import make_tracker, run_action, texts

ENGINEERS = ["17-2071|Electrical Engineers", "17-2141|Mechanical Engineers"]
TEACHERS = [
    "25-2021|Elementary School Teachers, Except Special Education",
    "25-2031|Secondary School Teachers, Except Special and Career/Technical Education",
]


@pytest.fixture
def patterns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, occupations_session) -> Path:
    """The data matcher's patterns file, built from the test database."""
    from careerbot.nlu_lookups import write_mentions
    from occupations.mentions import PATTERNS_FILE

    write_mentions(occupations_session, tmp_path / PATTERNS_FILE)
    monkeypatch.setenv("CAREERBOT_VAR_DIR", str(tmp_path))
    return tmp_path


async def test_hourly_question_naming_a_town_answers_for_that_town_not_the_state() -> None:
    tracker = make_tracker(
        {"occupation": "bartender"},
        intent="ask_wage_unit",
        text="bartender hourly pay in oxford",
        entities=[{"entity": "occupation", "value": "bartender"},
                  {"entity": "place", "value": "oxford"}],
    )  # fmt: skip
    messages, events = await run_action(ActionTellWageUnit(), tracker)
    assert texts(messages).startswith("Bartenders in northeast Mississippi")
    assert SlotSet("area_code", "2800006") in events


@pytest.mark.usefixtures("patterns")
async def test_job_only_onets_other_titles_know_is_found_inside_the_question() -> None:
    said = "how much do landscapers make in long beach ms"
    tracker = make_tracker({"place": "long beach"}, intent="ask_pay", text=said)
    assert await in_occupations(lambda s: job_written_in(s, said)) == "landscaper"
    extracted = await ValidatePayForm().extract_occupation(None, tracker, {})  # type: ignore[arg-type]
    # Taken from the message unless the data matcher already tags it as the occupation.
    tagged = any(m.label == OCCUPATION for m in await mentions_of(said))
    assert extracted == ({} if tagged else {"occupation": "landscaper"})
    slots = await confirm_occupation("landscaper", make_tracker(text=said))
    assert slots["soc"] == "37-3011"


@pytest.mark.usefixtures("patterns")
async def test_everyday_word_in_a_question_is_no_job() -> None:
    said = "how much does it pay in pearl ms"
    tracker = make_tracker({"place": "pearl"}, intent="ask_pay", text=said)
    assert await ValidatePayForm().extract_occupation(None, tracker, {}) == {}  # type: ignore[arg-type]


@pytest.mark.usefixtures("patterns")
async def test_longer_job_name_of_the_message_wins_over_its_last_word() -> None:
    tracker = make_tracker(intent="ask_describe", text="what does a medical coder do")
    slots = await confirm_occupation("coder", tracker)
    assert slots["soc"] == "29-2072"  # Medical Records Specialists, not Computer Programmers


@pytest.mark.parametrize(
    ("said", "choices", "soc"),
    [("civil", ENGINEERS, "17-2051"), ("high school", TEACHERS, "25-2031")],
)
async def test_a_word_after_which_one_narrows_the_offered_job(
    said: str, choices: list[str], soc: str
) -> None:
    slots = await confirm_occupation(said, make_tracker({"occupation_choices": choices}, text=said))
    assert slots["soc"] == soc and slots["occupation_choices"] is None


async def test_place_message_naming_a_new_job_asks_the_last_question_again_for_it() -> None:
    said = "what about a dental hygenist in oxford"
    tracker = make_tracker(
        {"topic": "pathway", "soc": "31-1131", "occupation": "dental hygenist"},
        intent="inform_place",
        text=said,
        entities=[{"entity": "occupation", "value": "dental hygenist"},
                  {"entity": "place", "value": "oxford"}],
    )  # fmt: skip
    messages, events = await run_action(ActionNotePlace(), tracker)
    assert messages == []
    assert SlotSet("soc", None) in events and FollowupAction("pathway_form") in events


@pytest.mark.usefixtures("patterns")
async def test_explore_list_offers_its_jobs_for_the_next_question_and_drops_the_old_job() -> None:
    tracker = make_tracker(
        {"soc": "31-1131", "occupation": "cna"}, intent="explore", text="i like fixing cars"
    )
    _, events = await run_action(ActionExplore(), tracker)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["soc"] is None and slots["occupation"] is None
    assert "49-3023|Automotive Service Technicians and Mechanics" in slots["occupation_choices"]


async def test_hourly_follow_up_where_bls_publishes_nothing_says_so_for_the_students_area() -> None:
    tracker = make_tracker(
        {"soc": "29-1215", "area_code": "0025620"}, intent="ask_wage_unit", text="per hour?"
    )
    messages, _ = await run_action(ActionTellWageUnit(), tracker)
    said = texts(messages)
    assert said.startswith("BLS doesn't publish pay for family medicine physicians in the")
    assert "in Mississippi: about $" in said


@pytest.mark.parametrize(
    ("topic", "said", "form"),
    [("pathway", "and nationally", "pay_form"),
     ("pathway", "what about hattiesburg", "pathway_form"),
     ("describe", "what about tupelo", "pay_form")],
)  # fmt: skip
async def test_place_after_an_answer_about_a_job_answers_for_that_job_there(
    topic: str, said: str, form: str
) -> None:
    place = said.removeprefix("and ").removeprefix("what about ")
    tracker = make_tracker(
        {"topic": topic, "soc": "51-4121", "occupation": "welder", "place": place},
        intent="inform_place",
        text=said,
        entities=[{"entity": "place", "value": place}],
    )
    messages, events = await run_action(ActionNotePlace(), tracker)
    assert messages == [] and FollowupAction(form) in events


def _jobs(text: str, *words: str) -> list[dict[str, object]]:
    """Occupation entities for ``words`` where they stand in ``text``, as Rasa sends them."""
    return [{"entity": "occupation", "value": w, "start": text.index(w),
             "end": text.index(w) + len(w)} for w in words]  # fmt: skip


@pytest.mark.parametrize(
    ("said", "words", "asked"),
    [
        ("my math teacher said i should be an actuary lol", ("math teacher", "actuary"),
         ["actuary"]),
        ("my counselor says i should look at logistician", ("counselor", "logistician"),
         ["logistician"]),
        ("what do forensic science techs do like csi", ("forensic science techs", "csi"),
         ["forensic science techs"]),
        ("my mom is a nurse, how much do welders make", ("nurse", "welders"),
         ["nurse", "welders"]),
        ("how do i get my cdl", ("cdl",), ["cdl"]),
        ("how do u become a detective do u have to be a cop first", ("detective", "cop"),
         ["detective"]),
        ("can i be a paramedic without being an emt first", ("paramedic", "emt"), ["paramedic"]),
        ("do i have to be a cop or a detective", ("cop", "detective"), ["cop", "detective"]),
    ],
)  # fmt: skip
def test_the_job_asked_about_is_not_a_person_or_an_example_around_it(
    said: str, words: tuple[str, ...], asked: list[str]
) -> None:
    from actions.forms import jobs_asked_about

    assert jobs_asked_about(said, _jobs(said, *words)) == asked


async def test_a_person_named_before_the_job_is_not_answered_for() -> None:
    said = "my math teacher said i should be an actuary lol"
    tracker = make_tracker(
        {"occupation": "actuary"}, intent="inform_occupation", text=said,
        entities=_jobs(said, "math teacher", "actuary"),
    )  # fmt: skip
    extracted = await ValidatePayForm().extract_occupation(None, tracker, {})  # type: ignore[arg-type]
    assert extracted == {"occupation": "actuary"}


async def test_two_jobs_for_one_answer_ask_which_one_never_the_last_named() -> None:
    said = "my mom is a nurse, how much do welders make"
    tracker = make_tracker(
        {"occupation": "welders"}, intent="ask_pay", text=said,
        entities=_jobs(said, "nurse", "welders"),
    )  # fmt: skip
    extracted = await ValidatePayForm().extract_occupation(None, tracker, {})  # type: ignore[arg-type]
    assert extracted["occupation"] is None
    assert [choice.split("|")[1] for choice in extracted["occupation_choices"]] == [
        "Registered Nurses",
        "Welders, Cutters, Solderers, and Brazers",
    ]


async def test_the_first_one_after_a_list_of_jobs_is_that_job() -> None:
    listed = ["47-2111|Electricians", "47-2152|Plumbers, Pipefitters, and Steamfitters"]
    said = "how do i become the first one"
    tracker = make_tracker({"occupation_choices": listed}, intent="ask_pathway", text=said)
    extracted = await ValidatePayForm().extract_occupation(None, tracker, {})  # type: ignore[arg-type]
    assert extracted == {"occupation": said}
    slots = await confirm_occupation(said, tracker)
    assert slots["soc"] == "47-2111"


@pytest.mark.usefixtures("patterns")
async def test_i_like_animals_lists_jobs_with_animals_not_the_best_paid_hands_on_jobs() -> None:
    said = "what jobs are there if i like animals"
    interests = [m for m in await mentions_of(said) if m.label == "interest"]
    assert [m.ids for m in interests] == [("field:animals",)]
    tracker = make_tracker({"interest": "field:animals"}, intent="explore", text=said)
    messages, _ = await run_action(ActionExplore(), tracker)
    shown = texts(messages)
    assert "Veterinarians" in shown and "Dentists" not in shown
    assert "These are jobs where you work with animals." in shown


async def test_a_region_after_an_explore_question_asks_which_area_before_the_list() -> None:
    tracker = make_tracker(
        {"interest": "field:animals", "place_region": "North Mississippi",
         "place_suggestions": ["DeSoto County area", "Northeast Mississippi", "The Delta"]},
        intent="inform_place", text="im in north ms",
    )  # fmt: skip
    messages, events = await run_action(ActionExplore(), tracker)
    assert texts(messages) == "utter_place_region"
    assert SlotSet("place_region", None) in events
    delta = make_tracker(
        {"interest": "field:animals", "area_code": "2800005", "area_name": "the Delta region"},
        intent="inform_place", text="the delta",
    )  # fmt: skip
    listed, _ = await run_action(ActionExplore(), delta)
    assert "Jobs in the Delta region" in texts(listed)  # small jobs, rather than none


@pytest.mark.parametrize(
    ("said", "job", "soc"),
    [
        ("richton how much do loggers make running the skidders n stuff", "loggers", "45-4022"),
        ("petal ms how much do special ed teachers make at the high school",
         "special ed teachers", "25-2058"),
        ("what do sped teachers make at the middle school", "sped teachers", "25-2057"),
        ("im at delta state in cleveland. how much do social workers make, like the child "
         "welfare ones", "social workers", "21-1021"),
        ("like a mechanic at a dealership. do i need school for that", "mechanic", "49-3023"),
        # Farm equipment mechanics are no "which one?" choice for "mechanics": still found.
        ("yazoo city. what do the mechanics who work on tractors and combines make",
         "mechanics", "49-3041"),
        # Where a job is done narrows it before the search's likeliest one (restaurant cooks).
        ("how much an hour do the cooks in the school cafeteria make in liberty ms", "cooks",
         "35-2012"),
        ("no like the aides that help in the classroom", "aides", "25-9045"),
        ("how much do the guards at parchman get paid a year", "guards", "33-3012"),
        ("hourly for maintenance men at apartments in greenville", "maintenance men", "49-9071"),
        ("pumper job in the oil field by waynesboro how much a year", "pumper", "53-7073"),
    ],
)  # fmt: skip
async def test_the_rest_of_the_question_picks_the_one_job_a_word_may_mean(
    said: str, job: str, soc: str
) -> None:
    tracker = make_tracker({"occupation": job}, intent="ask_pay", text=said,
                           entities=_jobs(said, job))  # fmt: skip
    slots = await ValidatePayForm().validate_occupation(job, None, tracker, {})  # type: ignore[arg-type]
    assert slots["soc"] == soc


async def test_the_students_message_before_picks_the_one_job_a_word_may_mean() -> None:
    said = "how do i become a teacher"
    before = [{"event": "user", "text": "i wanna teach high school english"},
              {"event": "user", "text": said}]  # fmt: skip
    tracker = make_tracker({"occupation": "teacher"}, intent="ask_pathway", text=said,
                           entities=_jobs(said, "teacher"), events=before)  # fmt: skip
    slots = await ValidatePayForm().validate_occupation("teacher", None, tracker, {})  # type: ignore[arg-type]
    assert slots["soc"] == "25-2031"
    # Words the student said about themselves before the job ("im at pearl high school")
    # narrow nothing: the social workers are asked about.
    said = "im at pearl high school, how much do social workers make"
    tracker = make_tracker({"occupation": "social workers"}, intent="ask_pay", text=said,
                           entities=_jobs(said, "social workers"))  # fmt: skip
    slots = await ValidatePayForm().validate_occupation("social workers", None, tracker, {})  # type: ignore[arg-type]
    assert slots["soc"] is None and slots["occupation_choices"]


async def test_a_job_word_with_several_meanings_and_nothing_else_still_asks_which() -> None:
    said = "how much do special ed teachers make"
    tracker = make_tracker({"occupation": "special ed teachers"}, intent="ask_pay", text=said)
    slots = await ValidatePayForm().validate_occupation("special ed teachers", None, tracker, {})  # type: ignore[arg-type]
    assert slots["soc"] is None
    assert {c.split("|")[0] for c in slots["occupation_choices"]} >= {"25-2057", "25-2058"}


async def test_a_job_name_only_the_matcher_knows_is_answered_for_its_code() -> None:
    said = "what does a cardiovascular tech do"
    tracker = make_tracker({"occupation": "cardiovascular tech"}, intent="ask_describe", text=said)
    slots = await ValidatePayForm().validate_occupation("cardiovascular tech", None, tracker, {})  # type: ignore[arg-type]
    assert slots["soc"] == "29-2031"


ENGINEERS = ["17-2051|Civil Engineers", "17-2112|Industrial Engineers",
             "17-2141|Mechanical Engineers", "17-2071|Electrical Engineers"]  # fmt: skip


async def test_an_off_topic_word_that_picks_an_offered_job_answers_the_which_one() -> None:
    from actions.fallback import ActionOutOfScope

    tracker = make_tracker(
        {"occupation_choices": ENGINEERS, "requested_slot": "occupation"},
        intent="out_of_scope", text="civil", active_loop="pay_form",
    )  # fmt: skip
    messages, events = await run_action(ActionOutOfScope(), tracker)
    assert messages == []
    assert SlotSet("soc", "17-2051") in events


async def test_an_off_topic_message_while_a_which_one_waits_is_still_off_topic() -> None:
    from actions.fallback import ActionOutOfScope

    tracker = make_tracker(
        {"occupation_choices": ENGINEERS, "requested_slot": "occupation"},
        intent="out_of_scope", text="whats ur favorite movie", active_loop="pay_form",
    )  # fmt: skip
    messages, events = await run_action(ActionOutOfScope(), tracker)
    assert [m.get("response") for m in messages] == ["utter_out_of_scope"]
    assert events == []


async def test_a_place_given_while_a_which_one_waits_keeps_the_choices_and_is_no_miss() -> None:
    choices = ["39-5011|Barbers", "39-5012|Hairdressers, Hairstylists, and Cosmetologists"]
    tracker = make_tracker(
        {"occupation_choices": choices, "requested_slot": "occupation"},
        intent="inform_place", text="what about statewide",
    )  # fmt: skip
    slots = await ValidatePayForm().validate_occupation("what about statewide", None, tracker, {})  # type: ignore[arg-type]
    assert slots == {"occupation": None, "soc": None}


@pytest.mark.usefixtures("patterns")
@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("how much do ppl at the shipyard make in pascagoula", "51-4121"),  # welders
        ("my mom works at the casino what does she make", "39-3011"),  # dealers
        ("how much do ppl at the chicken plant make", "51-3022"),  # cutters and trimmers
    ],
)
async def test_a_workplace_without_a_job_offers_that_workplaces_jobs(
    said: str, offered: str
) -> None:
    tracker = make_tracker(intent="ask_pay", text=said)
    extracted = await ValidatePayForm().extract_occupation(None, tracker, {})  # type: ignore[arg-type]
    slots = await confirm_occupation(extracted["occupation"], tracker)
    assert slots["soc"] is None
    assert offered in {choice.split("|")[0] for choice in slots["occupation_choices"]}


@pytest.mark.usefixtures("patterns")
async def test_a_job_named_at_a_workplace_is_that_job_and_picks_its_meaning_there() -> None:
    said = "how much does a crane operator at the shipyard make"
    slots = await confirm_occupation("crane operator", make_tracker(intent="ask_pay", text=said))
    assert slots["soc"] == "53-7021"
    said = "how much do engineers at the shipyard make"
    slots = await confirm_occupation("engineers", make_tracker(intent="ask_pay", text=said))
    assert slots["soc"] == "17-2121"  # marine engineers and naval architects


@pytest.mark.usefixtures("patterns")
@pytest.mark.parametrize(
    ("said", "soc"),
    [
        ("holly springs how much do the ppl who fix the machines at the factory make", "49-9041"),
        ("how much do the ones who do x-rays at the hospital make", "29-2034"),
        ("my uncle drives a forklift at the port in gulfport what does that pay", "53-7051"),
    ],
)
async def test_what_someone_does_at_a_workplace_is_the_job_that_does_it_there(
    said: str, soc: str
) -> None:
    tracker = make_tracker(intent="ask_pay", text=said)
    extracted = await ValidatePayForm().extract_occupation(None, tracker, {})  # type: ignore[arg-type]
    slots = await confirm_occupation(extracted["occupation"], tracker)
    assert slots["soc"] == soc


@pytest.mark.usefixtures("patterns")
@pytest.mark.parametrize(
    ("said", "soc", "title"),
    [
        ("like the funeral home guy", "39-4031", "Morticians, Undertakers, and Funeral Arrangers"),
        ("like the manager over the whole factory", "11-3051", "Industrial Production Managers"),
    ],
)
async def test_a_like_turn_saying_more_of_the_job_just_answered_keeps_that_job(
    said: str, soc: str, title: str
) -> None:
    tracker = make_tracker({"soc": soc, "occupation_title": title, "occupation": title},
                           intent="ask_describe", text=said)  # fmt: skip
    assert await ValidatePayForm().extract_occupation(None, tracker, {}) == {"occupation": title}  # type: ignore[arg-type]


@pytest.mark.usefixtures("patterns")
async def test_a_like_turn_naming_another_job_is_that_job() -> None:
    said = "like a deputy or city police"
    tracker = make_tracker(
        {"soc": "33-3012", "occupation_title": "Correctional Officers and Jailers"},
        intent="inform_occupation", text=said, entities=_jobs(said, "deputy"),
    )  # fmt: skip
    assert await ValidatePayForm().extract_occupation(None, tracker, {}) == {}  # type: ignore[arg-type]


@pytest.mark.usefixtures("patterns")
async def test_the_question_again_while_which_one_waits_offers_the_choices_again() -> None:
    tracker = make_tracker(
        {"occupation_choices": ["51-3022|Meat, Poultry, and Fish Cutters and Trimmers",
                                "51-3023|Slaughterers and Meat Packers"],
         "requested_slot": "occupation"},
        intent="ask_pay", text="what does it pay", active_loop="pay_form",
    )  # fmt: skip
    # A slot of the form is set, so the form goes on and asks "which one?" again.
    assert await ValidatePayForm().extract_occupation(None, tracker, {}) == {"occupation": None}  # type: ignore[arg-type]


@pytest.mark.usefixtures("patterns")
async def test_hourly_pay_of_a_workplace_before_any_job_asks_through_the_pay_form() -> None:
    said = "chicken plant pay per hour in forest"
    tracker = make_tracker({}, intent="ask_wage_unit", text=said)
    messages, events = await run_action(ActionTellWageUnit(), tracker)
    assert messages == [] and events == [FollowupAction("pay_form")]
    extracted = await ValidatePayForm().extract_occupation(None, tracker, {})  # type: ignore[arg-type]
    assert extracted == {"occupation": said}


@pytest.mark.usefixtures("patterns")
async def test_a_model_guess_naming_no_job_after_an_answer_is_the_job_of_the_talk() -> None:
    tracker = make_tracker(
        {"soc": "53-2012", "occupation_title": "Commercial Pilots"},
        intent="ask_pathway",
        text="how do i even start flight school",
        entities=[{"entity": "occupation", "value": "flight"}],
    )
    extracted = await ValidatePayForm().extract_occupation(None, tracker, {})  # type: ignore[arg-type]
    assert extracted == {"occupation": "Commercial Pilots"}


@pytest.mark.usefixtures("patterns")
async def test_the_manager_at_a_store_is_its_supervisors_not_a_choice_of_its_jobs() -> None:
    said = "how much does a manager at dollar general make in taylorsville"
    slots = await confirm_occupation(said, make_tracker(text=said))
    assert slots["soc"] == "41-1011"  # First-Line Supervisors of Retail Sales Workers


@pytest.mark.usefixtures("patterns")
async def test_the_school_level_in_a_which_one_reply_picks_that_teacher() -> None:
    said = "high school ones"  # the matcher reads "school ones" as a job word of its own
    tracker = make_tracker({"occupation_choices": TEACHERS}, intent="inform_occupation", text=said)
    slots = await confirm_occupation("school ones", tracker)
    assert slots["soc"] == "25-2031" and slots["occupation_choices"] is None


@pytest.mark.usefixtures("patterns")
async def test_a_new_job_at_a_workplace_is_not_narrowed_into_the_offered_ones() -> None:
    social = [
        "21-1022|Healthcare Social Workers",
        "21-1021|Child, Family, and School Social Workers",
    ]
    said = "how much do nurses make at the hospital"
    slots = await confirm_occupation(
        "nurses", make_tracker({"occupation_choices": social}, text=said)
    )
    assert slots["soc"] == "29-1141"  # Registered Nurses, not the hospital's social workers


@pytest.mark.usefixtures("patterns")
async def test_the_word_just_before_an_ambiguous_job_narrows_it() -> None:
    said = "what do child social workers do"
    slots = await confirm_occupation(
        "social workers", make_tracker(intent="ask_describe", text=said)
    )
    assert slots["soc"] == "21-1021"


@pytest.mark.usefixtures("patterns")
@pytest.mark.parametrize(
    ("said", "soc", "title"),
    [
        ("just regular laborers", "47-2061", "Construction Laborers"),
        ("like the people who run the hospital not the doctors", "11-9111",
         "Medical and Health Services Managers"),
    ],
)  # fmt: skip
async def test_a_clarifying_turn_that_fits_the_job_just_answered_keeps_it(
    said: str, soc: str, title: str
) -> None:
    tracker = make_tracker(
        {"soc": soc, "occupation_title": title}, intent="inform_occupation", text=said
    )
    assert await ValidatePayForm().extract_occupation(None, tracker, {}) == {"occupation": title}  # type: ignore[arg-type]


@pytest.mark.usefixtures("patterns")
async def test_a_clarifying_turn_naming_another_job_asks_about_that_one() -> None:
    tracker = make_tracker(
        {"soc": "51-4121", "occupation_title": "Welders, Cutters, Solderers, and Brazers"},
        intent="inform_occupation", text="just plumbers",
        entities=[{"entity": "occupation", "value": "plumbers", "start": 5, "end": 13}],
    )  # fmt: skip
    assert await ValidatePayForm().extract_occupation(None, tracker, {}) == {}  # type: ignore[arg-type]


@pytest.mark.usefixtures("patterns")
@pytest.mark.parametrize(
    ("said", "soc"),
    [
        ("how much do the ladies that clean your teeth at the dentist make", "29-1292"),
        ("how do i get into fixing airplanes like the mechanics at the base", "49-3011"),
    ],
)
async def test_a_job_word_after_what_someone_does_is_where_or_like_whom(
    said: str, soc: str
) -> None:
    mentions = await mentions_of(said)
    assert not [m for m in mentions if m.label == OCCUPATION]
    slots = await confirm_occupation(said, make_tracker(text=said))
    assert slots["soc"] == soc


@pytest.mark.usefixtures("patterns")
async def test_cutting_hair_like_the_barbers_keeps_the_barbers() -> None:
    mentions = await mentions_of("i like cutting hair like the barbers do")
    assert [m.value for m in mentions if m.label == OCCUPATION] == ["barbers"]


@pytest.mark.usefixtures("patterns")
async def test_what_about_a_level_after_a_teacher_answer_is_that_levels_teacher() -> None:
    tracker = make_tracker(
        {"soc": "25-2022", "occupation_title": "Middle School Teachers, Except Special and "
         "Career/Technical Education"},
        intent="inform_occupation", text="what about elementary",
    )  # fmt: skip
    extracted = await ValidatePayForm().extract_occupation(None, tracker, {})  # type: ignore[arg-type]
    assert extracted == {"occupation": "Elementary School Teachers, Except Special Education"}


MECHANICS = ["49-3023|Automotive Service Technicians and Mechanics",
             "49-9041|Industrial Machinery Mechanics",
             "49-9021|Heating, Air Conditioning, and Refrigeration Mechanics and Installers",
             "49-3042|Mobile Heavy Equipment Mechanics, Except Engines"]  # fmt: skip


@pytest.mark.usefixtures("patterns")
async def test_what_the_one_meant_does_picks_that_kin_of_the_offered_jobs() -> None:
    said = "the ones that work on 18 wheelers and big trucks"
    tracker = make_tracker({"occupation_choices": MECHANICS}, intent="inform_occupation",
                           text=said)  # fmt: skip
    slots = await confirm_occupation(said, tracker)
    assert slots["soc"] == "49-3031"  # Bus and Truck Mechanics, though not offered
    assert not [m for m in await mentions_of(said) if m.label == PLACE]  # "wheelers": no Wheeler


@pytest.mark.usefixtures("patterns")
@pytest.mark.parametrize(
    ("said", "soc"),
    [
        ("my uncle cuts timber in fayette runnin a feller buncher how much do they make",
         "45-4022"),  # of the jobs that cut timber, the one that runs the machine
        ("how much do the people who watch the cameras at the biloxi casinos make", "33-9031"),
        ("how much do the guys who cut the trees down with a chainsaw make", "45-4021"),
        ("what does the kill floor pay at the chicken plant in hazlehurst", "51-3023"),
    ],
)  # fmt: skip
async def test_what_is_done_and_where_told_together_are_the_one_job_that_does_both(
    said: str, soc: str
) -> None:
    slots = await confirm_occupation(said, make_tracker(text=said))
    assert slots["soc"] == soc


@pytest.mark.usefixtures("patterns")
async def test_a_which_one_reply_naming_a_job_word_of_one_offered_job_picks_it() -> None:
    chicken_plant = [
        "51-3022|Meat, Poultry, and Fish Cutters and Trimmers",
        "51-3023|Slaughterers and Meat Packers",
        "53-7064|Packers and Packagers, Hand",
        "51-1011|First-Line Supervisors of Production and Operating Workers",
    ]
    said = "the ones on the line"  # a plant's line: assemblers, or at a chicken plant, cutters
    tracker = make_tracker({"occupation_choices": chicken_plant}, intent="inform_occupation",
                           text=said)  # fmt: skip
    slots = await confirm_occupation(said, tracker)
    assert slots["soc"] == "51-3022"
