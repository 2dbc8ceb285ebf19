"""The Rasa mentions component, run in Rasa's environment over the patterns file of the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bot.mentions_component import run_mentions


def _component(patterns: Path, cases: list[tuple[str, str]]) -> list[list[object]]:
    return run_mentions(patterns, [(text, intent, []) for text, intent in cases])


@pytest.mark.slow
def test_compare_to_the_whole_country_is_read_as_a_place_follow_up(patterns: Path) -> None:
    country, jobs, town, new_orleans = _component(
        patterns,
        [
            ("how does that compare to the whole country", "compare"),
            ("compare plumbers and electricians in mississippi", "compare"),
            ("how does that compare to tupelo", "compare"),
            ("what about in new orleans", "inform_place"),
        ],
    )
    assert country == ["inform_place", [["place", "the whole country"]]]
    # Two jobs named: still a comparison, whatever place comes with it.
    assert jobs[0] == "compare"
    assert ["occupation", "plumbers"] in jobs[1] and ["occupation", "electricians"] in jobs[1]
    assert town[0] == "compare"
    # A town outside the state is kept whole, never cut to a word like "orleans".
    assert new_orleans == ["inform_place", [["place", "new orleans"]]]


@pytest.mark.slow
def test_job_named_with_a_question_word_is_that_question_not_a_place(patterns: Path) -> None:
    optician, statewide, spanish, route, follow_up, coach = _component(
        patterns,
        [
            ("optician pay in ocean springs", "inform_place"),
            ("electrician pay across the state", "inform_place"),
            ("cuanto gana un electricista en jackson", "nlu_fallback"),
            ("how do i become a welder in tupelo", "inform_place"),
            ("what about plumbers in tupelo", "inform_place"),
            ("electrician pay, can i talk to my coach", "request_coach"),
        ],
    )
    assert optician == ["ask_pay", [["occupation", "optician"], ["place", "ocean springs"]]]
    assert statewide == ["ask_pay", [["occupation", "electrician"], ["place", "across the state"]]]
    assert spanish[0] == "ask_pay" and [label for label, _ in spanish[1]] == ["occupation", "place"]
    assert route[0] == "ask_pathway"
    # No question word: the job of the talk from now on, the last question answered again
    # for it (after a list of jobs, its pay).
    assert follow_up[0] == "inform_occupation"
    assert coach[0] == "request_coach"


@pytest.mark.slow
def test_question_words_decide_when_the_model_picked_another_question(patterns: Path) -> None:
    trainer, cnas, demand, certified, hotel, trucking = _component(
        patterns,
        [
            ("whats an athletic trainer do", "ask_pathway"),
            ("do they need more cnas", "ask_describe"),
            ("is that job in demand", "explore"),
            ("how do i get certified", "nlu_fallback"),
            ("how much an hour for a housekeeper at a hotel in biloxi", "ask_pay"),
            ("38671 hourly pay for a dispatcher at a trucking company", "ask_pay"),
        ],
    )
    assert trainer[0] == "ask_describe"
    assert cnas[0] == "ask_outlook"
    assert demand[0] == "ask_outlook"
    assert certified[0] == "ask_pathway"
    # "at a hotel" is where the housekeeper works: one job, and the town kept.
    assert hotel == ["ask_pay", [["occupation", "housekeeper"], ["place", "biloxi"]]]
    # "pay for a dispatcher" asks about the dispatcher; the trucking company is where.
    assert trucking == ["ask_pay", [["place", "38671"], ["occupation", "dispatcher"]]]


@pytest.mark.slow
def test_job_inside_an_outlook_question_comes_from_the_data(patterns: Path) -> None:
    (cyber,) = _component(patterns, [("is cyber security growing", "ask_outlook")])
    assert cyber[0] == "ask_outlook"
    assert [label for label, _ in cyber[1]] == ["occupation"]


@pytest.mark.slow
def test_explore_questions_and_questions_with_their_own_words_stay_as_they_are(
    patterns: Path,
) -> None:
    in_demand, pays, become, describe = _component(
        patterns,
        [
            ("what jobs are in demand in tupelo", "explore"),
            ("what jobs pay good near me", "explore"),
            ("how do i become a welder", "ask_pathway"),
            ("what does a welder do", "ask_describe"),
        ],
    )
    assert [in_demand[0], pays[0], become[0], describe[0]] == [
        "explore", "explore", "ask_pathway", "ask_describe"
    ]  # fmt: skip


@pytest.mark.slow
def test_question_words_decide_the_question_the_model_misread(patterns: Path) -> None:
    path, gotta, long_term, openings, derrick, inspect, college, needed, jobs = _component(
        patterns,
        [
            ("whats the path to being a nurse practitioner", "ask_describe"),
            ("what do i gotta do to be a real estate agent", "ask_describe"),
            ("is hvac a good career long term", "ask_how_long"),
            ("how many openings for welders", "ask_pathway"),
            ("what do derrick hands on the oil rigs make around laurel", "explore"),
            ("what do people who inspect buildings do", "explore"),
            ("is there a community college for that", "ask_financial_aid"),
            ("are diesel mechanics needed", "nlu_fallback"),
            ("is becoming a librarian a good idea, like are there jobs", "explore"),
        ],
    )
    assert path[0] == "ask_pathway" and gotta[0] == "ask_pathway"
    assert long_term[0] == "ask_outlook" and openings[0] == "ask_outlook"
    assert derrick[0] == "ask_pay" and inspect[0] == "ask_describe"
    assert college[0] == "ask_pathway"
    assert needed[0] == "ask_outlook" and jobs[0] == "ask_outlook"


@pytest.mark.slow
def test_topics_and_lists_with_their_own_words_stay_as_they_are(patterns: Path) -> None:
    fafsa, years, jobs, term = _component(
        patterns,
        [
            ("how do i pay for community college", "ask_financial_aid"),
            ("how many years of training is that", "ask_how_long"),
            ("what jobs like welders make good money", "explore"),
            ("whats community college", "nlu_fallback"),
        ],
    )
    assert [fafsa[0], years[0], jobs[0]] == ["ask_financial_aid", "ask_how_long", "explore"]
    assert term[0] == "nlu_fallback"  # a school word asked about, no route


@pytest.mark.slow
def test_a_field_a_student_likes_reaches_the_explore_action_as_its_field(patterns: Path) -> None:
    animals, cars = _component(
        patterns,
        [
            ("i like animals what jobs r there", "explore"),
            ("jobs for people who like cars", "explore"),
        ],
    )
    assert ["interest", "field:animals"] in animals[1]
    assert ["interest", "field:cars"] in cars[1]


@pytest.mark.slow
def test_a_question_with_the_students_grade_around_it_never_starts_the_coachs_form(
    patterns: Path,
) -> None:
    welder, hygienist, site, apply, shadow, home = _component(
        patterns,
        [
            ("how do i become a welder, im a junior at pearl high", "ask_application_help"),
            ("im a senior at west jones what do dental hygienists make", "personal_situation"),
            ("like at a construction site", "ask_job_shadowing"),
            ("how do i apply to nursing school", "ask_application_help"),
            ("can i shadow a welder for a day", "ask_job_shadowing"),
            ("i have to work to help my family, what do cashiers make", "personal_situation"),
        ],
    )
    assert welder[0] == "ask_pathway" and hygienist[0] == "ask_pay"
    assert site[0] == "nlu_fallback"  # not understood: "did you mean", never the form
    assert [apply[0], shadow[0], home[0]] == [
        "ask_application_help", "ask_job_shadowing", "personal_situation"
    ]  # fmt: skip


@pytest.mark.slow
def test_a_turn_naming_only_the_job_meant_is_that_job_and_how_much_is_that_asks_pay(
    patterns: Path,
) -> None:
    deputy, electricians, that, cost = _component(
        patterns,
        [
            ("like a deputy or city police", "ask_describe"),
            ("i meant electricians", "ask_pathway"),
            ("im at harrison central, dental hygienist, how much is that around here",
             "nlu_fallback"),
            ("how much is it to go to hinds", "ask_financial_aid"),
        ],
    )  # fmt: skip
    assert deputy[0] == "inform_occupation" and electricians[0] == "inform_occupation"
    assert that[0] == "ask_pay"
    assert cost[0] == "ask_financial_aid"  # what school costs is no wage


@pytest.mark.slow
def test_pull_down_asks_the_pay_and_whats_the_job_like_asks_for_the_job(patterns: Path) -> None:
    pipefitter, analyst, day = _component(
        patterns,
        [
            ("whats a pipefitter pull down on the coast fr", "ask_describe"),
            ("market research analyst whats the job like", "ask_outlook"),
            ("whats a typical day for a paralegal", "ask_pathway"),
        ],
    )
    assert pipefitter[0] == "ask_pay"
    assert analyst[0] == "ask_describe" and day[0] == "ask_describe"


@pytest.mark.slow
def test_a_job_named_to_liken_or_as_a_step_first_leaves_the_talks_job_asked_about(
    patterns: Path,
) -> None:
    csi, emt, cna = run_mentions(
        patterns,
        [
            ("is it like csi", "ask_outlook", [("occupation", 11, 14)]),
            ("do u have to be an emt first", "ask_pathway", [("occupation", 20, 23)]),
            ("i want to be a nurse but do i need to be a cna before", "ask_pathway", []),
        ],
    )
    assert csi == ["ask_describe", []]  # the job of the talk, described
    assert emt == ["ask_pathway", []]  # the paramedic's route, which says EMT first
    assert cna[0] == "ask_pathway" and [e for e in cna[1] if e[0] == "occupation"] == [
        ["occupation", "nurse"]
    ]


@pytest.mark.slow
def test_a_sentence_naming_one_job_and_asking_nothing_makes_it_the_job_of_the_talk(
    patterns: Path,
) -> None:
    shipfitter, guards, teach, welding, nursing, jobs, site = _component(
        patterns,
        [
            ("im interested in being a shipfitter", "ask_job_shadowing"),
            ("camp shelby is hiring security guards", "explore"),
            ("i wanna teach high school english", "out_of_scope"),
            ("welding jobs in tupelo", "explore"),
            ("are there nursing jobs in jackson", "explore"),
            ("what jobs pay the most in tupelo", "explore"),
            ("like at a construction site", "ask_job_shadowing"),
        ],
    )
    assert [shipfitter[0], guards[0], teach[0], welding[0]] == ["inform_occupation"] * 4
    # Camp Shelby is near Hattiesburg: never Shelby, the town in the Delta.
    assert ["place", "camp shelby"] in guards[1]
    assert nursing[0] == "ask_outlook"
    assert jobs[0] == "explore"  # jobs in the plural: the list
    assert site[0] == "nlu_fallback"


@pytest.mark.slow
def test_pay_typos_and_degree_questions_and_jobs_set_aside(patterns: Path) -> None:
    salery, year, vet, test, fedex, loggers = run_mentions(
        patterns,
        [
            ("holly springs whats a correctional officer salery", "inform_place", []),
            ("the security guards at the tunica casinos, how much a year", "nlu_fallback", []),
            ("can i be a vet tech without a 4 year degree", "nlu_fallback", []),
            ("is there like a test", "ask_describe", []),
            ("the drivers in the vans i mean not the sorters", "inform_occupation", []),
            ("what do the loggers make... the ones who run the skidders and cutters",
             "ask_pay", []),
        ],
    )  # fmt: skip
    assert salery[0] == "ask_pay" and year[0] == "ask_pay"
    assert vet[0] == "ask_pathway"
    assert test[0] == "ask_pathway"  # after "how do u become a 911 dispatcher": the route
    assert [e for e in fedex[1] if e[0] == "occupation"] == [["occupation", "drivers"]]
    # What the loggers run is no second job.
    assert [e for e in loggers[1] if e[0] == "occupation"] == [["occupation", "loggers"]]


@pytest.mark.slow
def test_a_like_turn_naming_no_place_is_never_a_place(patterns: Path) -> None:
    city, tupelo = _component(
        patterns, [("like for a city", "inform_place"), ("like near tupelo", "inform_place")]
    )
    assert city == ["nlu_fallback", []]  # never "did you mean Flora?"
    assert tupelo == ["inform_place", [["place", "tupelo"]]]


@pytest.mark.slow
def test_an_employer_is_no_second_job_and_working_at_a_workplace_asks_its_jobs(
    patterns: Path,
) -> None:
    adjuster, plant = _component(
        patterns,
        [
            ("my cousin is a claims adjuster for state farm", "inform_occupation"),
            ("im from forest ms and everybody works at the chicken plant", "inform_place"),
        ],
    )
    assert [e for e in adjuster[1] if e[0] == "occupation"] == [["occupation", "claims adjuster"]]
    assert plant[0] == "inform_occupation"  # its jobs offered, never "what job?"


@pytest.mark.slow
def test_set_12_classes_employers_colleges_held_jobs_and_question_words(patterns: Path) -> None:
    shipyard, college, his_job, emt, nps, academy, deboning, casino = _component(
        patterns,
        [
            ("i wanna work at the shipyard in pascagula when i graduate", "ask_job_shadowing"),
            ("whats paramedic pay like in monticello ms, thinking about going to co-lin for it",
             "ask_pay"),
            ("my dad is an industrial maintenance mechanic at a plant in tupelo, what is his job"
             " like", "ask_pay"),
            ("i'm already an emt, what's the next step to be a paramedic", "ask_pathway"),
            ("my cousin says NPs are gonna be everywhere in 10 years, is that true",
             "inform_occupation"),
            ("firefighter academy how does it work, can i go right out of high school",
             "ask_pay"),
            ("like the ones deboning at sanderson farms", "ask_pathway"),
            ("bartenders at the beau rivage what do they pull in a year", "ask_pay"),
        ],
    )  # fmt: skip
    # Working at a workplace, with a town: its jobs are offered, the town kept.
    assert shipyard == ["inform_occupation", [["place", "pascagoula"]]]
    # The town is where the pay is asked; the college where the student may study.
    assert college == ["ask_pay", [["occupation", "paramedic"], ["place", "monticello ms"]]]
    assert his_job[0] == "ask_describe"
    # The job the student already has is no job asked about.
    assert emt == ["ask_pathway", [["occupation", "paramedic"]]]
    assert nps[0] == "ask_outlook"
    assert academy[0] == "ask_pathway"
    # "like the ones deboning": what they do, said of the job of the talk.
    assert deboning[0] == "inform_occupation"
    # An employer with one site is where the job is.
    assert casino == ["ask_pay", [["occupation", "bartenders"], ["place", "beau rivage"]]]


@pytest.mark.slow
def test_a_job_word_of_several_meanings_and_one_of_them_named_is_that_one(
    patterns: Path,
) -> None:
    guard, orders = _component(
        patterns,
        [
            ("my aunt is a guard at parchman, what do correctional officers make up there",
             "compare"),
            ("stocking and picking orders at the walmart dc in brookhaven, whats that per hour",
             "inform_place"),
        ],
    )  # fmt: skip
    # "guard" may be a correctional officer: one job, named twice; no word compares.
    assert guard == ["ask_pay", [["place", "parchman"], ["occupation", "correctional officers"]]]
    # What someone does, with the pay's words: the pay question.
    assert orders == ["ask_pay", [["place", "brookhaven"]]]


@pytest.mark.slow
def test_pay_for_a_job_is_no_employer_and_like_doing_something_is_the_job_of_the_talk(
    patterns: Path,
) -> None:
    receptionist, trucks = _component(
        patterns,
        [
            ("columbus ms, per hour pay for a receptionist at a doctors office", "ask_pay"),
            ("like to drive 18 wheelers", "inform_place"),
        ],
    )
    # "for a receptionist" asks for the job; "at a doctors office" is where it is done.
    assert receptionist == ["ask_pay", [["place", "columbus ms"], ["occupation", "receptionist"]]]
    assert trucks[0] == "inform_occupation"


@pytest.mark.slow
def test_talk_to_my_coach_with_a_job_and_a_town_asks_for_the_coach(patterns: Path) -> None:
    (coach,) = _component(
        patterns, [("i wanna talk to my coach about nursing in tupelo", "inform_occupation")]
    )
    assert coach == ["request_coach", []]


@pytest.mark.slow
def test_set_13_classes_the_job_asked_beside_another_a_bare_place_and_long_describe_words(
    patterns: Path,
) -> None:
    lpn, surgical, trucks, perkinston, examiner, nails, poplarville = _component(
        patterns,
        [
            ("lpn salary in natchez?? my grandma keeps saying i should do nursing at co-lin",
             "ask_pay"),
            ("what school do u need to be a surgical tech, the ones that hand the doctor tools"
             " in surgery", "ask_pathway"),
            ("my dad drives trucks out of greenwood", "inform_place"),
            ("around perkinston, near the gulf coast cc campus", "explore"),
            ("what does a title examiner do, my mom works at a law office and mentioned it",
             "inform_occupation"),
            ("how much does somebody who does nails make in d'iberville", "ask_pay"),
            ("im in poplarville at pearl river cc", "ask_application_help"),
        ],
    )  # fmt: skip
    # The job the question's words are around; the other, in another clause, is in passing.
    assert lpn == ["ask_pay", [["occupation", "lpn"], ["place", "natchez"]]]
    assert surgical == ["ask_pathway", [["occupation", "surgical tech"]]]
    # What the student's dad does, with a town: that job, there.
    assert trucks == ["inform_occupation", [["place", "greenwood"]]]
    # Only places, no word of a list of jobs: the last question again, there.
    assert perkinston[0] == "inform_place"
    assert examiner == ["ask_describe", [["occupation", "title examiner"]]]
    # "does nails" is what someone does: DIET's "nails" and "d" are dropped.
    assert nails == ["ask_pay", [["place", "diberville"]]]
    assert poplarville[0] == "inform_place"


@pytest.mark.slow
def test_off_topic_requests_with_a_thing_people_do_for_work_stay_off_topic(patterns: Path) -> None:
    song, walmart, mom = _component(
        patterns,
        [
            ("sing a song", "out_of_scope"),
            ("what time does walmart close", "out_of_scope"),
            ("my mom debones chicken at the tyson plant", "out_of_scope"),
        ],
    )
    assert song[0] == "out_of_scope" and walmart[0] == "out_of_scope"
    # Someone's work, told by what they do: the job of the talk.
    assert mom[0] == "inform_occupation"


@pytest.mark.slow
def test_a_school_named_academy_is_no_question_about_training(patterns: Path) -> None:
    (school,) = _component(
        patterns, [("Deshawn Smith 601-555-0167 Lincoln Academy", "nlu_fallback")]
    )
    assert school[0] != "ask_pathway"


@pytest.mark.slow
def test_pay_of_a_workplaces_jobs_and_a_job_the_student_cannot_picture_are_those_questions(
    patterns: Path,
) -> None:
    fast_food, millwright = _component(
        patterns,
        [
            ("how much do fast food jobs pay in starkville", "explore"),
            ("my uncle is a millwright at a plant in columbus and i have no idea what that is lol",
             "inform_occupation"),
        ],
    )  # fmt: skip
    assert fast_food[0] == "ask_pay"
    assert millwright[0] == "ask_describe"


@pytest.mark.slow
def test_the_last_figure_in_another_unit_and_a_job_word_saying_what_the_first_is(
    patterns: Path,
) -> None:
    an_hr = "how much is that an hr"
    per_hr, a_yr, hr_tagged, welders, crna = run_mentions(
        patterns,
        [
            ("whats that per hr", "ask_pay", []),
            ("what is that a yr", "ask_describe", []),
            (an_hr, "ask_wage_unit", [("occupation", an_hr.index("hr"), len(an_hr))]),
            ("how much do welders make an hour", "ask_pay", []),
            ("how do i become a crna thats the nurse that does anesthesia right", "ask_pathway",
             []),
        ],
    )  # fmt: skip
    assert per_hr == ["ask_wage_unit", []]
    assert a_yr == ["ask_wage_unit", []]
    assert hr_tagged == ["ask_wage_unit", []]  # DIET's "hr" is no human resources job
    assert welders[0] == "ask_pay"
    assert crna == ["ask_pathway", [["occupation", "crna"]]]


@pytest.mark.slow
def test_getting_hired_as_a_job_is_the_way_in_and_demand_for_a_job_its_outlook(
    patterns: Path,
) -> None:
    hired, demand = _component(
        patterns,
        [
            ("how do i get hired at ingalls as a pipefitter", "ask_pay"),
            ("demand for linemen nationally", "ask_pay"),
        ],
    )
    assert hired[0] == "ask_pathway"
    assert demand[0] == "ask_outlook"


@pytest.mark.slow
def test_a_dead_end_and_how_many_jobs_later_ask_the_outlook_and_college_needed_the_route(
    patterns: Path,
) -> None:
    dead_end, later, college, phone = _component(
        patterns,
        [
            ("is welding a dead end or nah", "ask_bot"),
            ("how many jobs will there be for electricians later on", "personal_situation"),
            ("is college needed", "ask_need_college"),
            ("my phone is dead", "nlu_fallback"),
        ],
    )
    assert dead_end[0] == "ask_outlook"
    assert later[0] == "ask_outlook"
    assert college[0] == "ask_need_college"  # "needed" asks no outlook of college
    assert phone[0] != "ask_outlook"


@pytest.mark.slow
def test_is_it_like_another_thing_asks_what_the_job_is_and_hiring_its_outlook(
    patterns: Path,
) -> None:
    coding, insurance, hard, hiring, degree = _component(
        patterns,
        [
            ("is it like coding computers", "ask_bot"),
            ("is that like insurance", "nlu_fallback"),
            ("is it like hard to get into", "ask_pathway"),
            ("are the casinos in tunica hiring dealers or nah", "ask_pay"),
            ("like do i need a 4 year degree or can i do 2 years", "nlu_fallback"),
        ],
    )
    assert coding[0] == "ask_describe"
    assert insurance[0] == "ask_describe"
    assert hard[0] == "ask_pathway"  # "like" as a filler likens nothing
    assert hiring[0] == "ask_outlook"
    assert degree[0] == "ask_pathway"


@pytest.mark.slow
def test_the_one_who_said_it_before_a_job_is_no_job_asked_about(patterns: Path) -> None:
    (said,) = _component(
        patterns, [("my coach said i would make a good firefighter", "inform_occupation")]
    )
    assert said == ["inform_occupation", [["occupation", "firefighter"]]]
