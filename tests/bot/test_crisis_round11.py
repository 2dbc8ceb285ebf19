"""Round 11: the classes of heldout17's misses and false alarms, on new phrasings.

The phrasings here are look-alikes written after reading heldout17, not its rows (nor
crisis_dev19's). Most are checked against the rules alone (``learned=False``), so the test does
not flip with a retraining of the learned model; the job questions at the end ask the whole
detector, since the learned check was the one that raised them.
"""

from __future__ import annotations

import pytest

from bot.nlu.crisis_checkin import checkin_language
from bot.nlu.crisis_patterns import crisis_kind
from bot.nlu.crisis_text import canonical
from tests.bot.crisis_rules import rules_kind


@pytest.mark.parametrize(
    "text",
    [
        "i really just want to cease to exist",
        "so tired of breathing honestly",
        "i want to let go forever",
        "i want everything over with",
        "everyone says life gets better. it doesnt",
        "i keep praying i get into a car crash",
        "i hope a bus hits me tomorrow",
        "thinking about going to play in the interstate",
        "i wish somebody would kill me already",
        "i wish god would just end me",
    ],
)
def test_an_end_wished_without_the_word_or_hoped_for_from_outside_gets_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "i dont expect to make it to 21 so why plan",
        "not even sure ill be around for graduation",
        "i cant imagine myself alive next week",
        "dead by 19 is honestly the goal",
        "the only plan i have is to not be here",
        "what happens to my dog if im gone. just wondering",
        "what careers are there in the grave lol jk... unless",
        "ive already got a method to do it",
        "my plan is sunday while my mom is at work",
    ],
)
def test_a_future_denied_by_growing_up_a_short_horizon_or_a_goal_gets_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "not a single person would cry if i was gone",
        "if i vanished nobody at home would care",
        "my family would be way happier without me",
        "if i wasnt here they wouldnt be broke, thinking how to make that happen",
        "im upset i woke up this morning",
        "im scared of staying alive this long",
    ],
)
def test_nobody_who_would_care_and_the_world_better_without_me_get_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "been looking up the most painless way",
        "i sat holding the pistol for hours last night",
        "i cant stop thinking about my moms pills",
        "the rope keeps calling me",
        "im going to drink everything in the medicine cabinet",
        "i have been hoarding enough tylenol",
        "im just going to sleep and never wake up",
        "where can i find the number to call when you feel like killing yourself",
        "i thought about throwing myself off the stairs at school",
        "i keep thinking about swerving into oncoming traffic",
        "im tempted to step in front of a train",
        "what if i walked into the gulf and never came back",
        "i held my head under the water and hoped i wouldnt come back up",
    ],
)
def test_a_method_researched_or_means_dwelt_on_get_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "i scratched the word fat into my stomach",
        "i sliced open my arm last night",
        "i burn my skin so i can feel something",
        "scratched myself raw again",
        "i take like 5 xanax at once to feel numb",
        "i starved for a week to punish myself",
        "the cuts on my wrist are bleeding through my sleeves",
        "s/h is all i have",
    ],
)
def test_self_harm_told_by_its_acts_and_marks_gets_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "i said bye to the whole team, they think im switching schools",
        "i told my mom goodnight and she doesnt know i meant goodbye",
        "said my goodbyes on snapchat and logged out",
        "i finished writing letters to my brothers, theyre under my pillow",
        "sometimes i plan out my own funeral in my head",
        "about to end my story for good",
        "i am afraid of myself right now",
    ],
)
def test_a_goodbye_that_hides_itself_and_things_left_get_988(text: str) -> None:
    assert rules_kind(text) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "my little brother cuts himself and begged me not to tell",
        "my friend sent me pics of her arms bleeding",
        "my girlfriend said shes driving to the bridge and said sorry",
        "my teammate is on the edge of the bleachers saying hes going to jump",
        "my friend is starving herself till she passes out",
        "my cousin said he is going to end his life",
        "my friend doesnt want to be alive anymore",
    ],
)
def test_someone_elses_self_harm_told_by_a_friend_gets_988(text: str) -> None:
    assert rules_kind(text) in ("self_harm", "danger")


@pytest.mark.parametrize(
    "text",
    [
        "my older sisters boyfriend forces her to sleep with his friends",
        "a guy bought me a phone so my mom wouldnt find out we talk",
        "a man in his 30s wants to date me",
        "my manager keeps asking for nudes and im 16",
        "this older guy offers me weed and money if i come over",
        "my family is forcing me to get married next year, im 14",
        "my stepdad comes into the bathroom when im in the shower and watches",
        "my uncle comes in my room at night when im asleep and touches me",
        "my dads buddy touches me when nobody is looking",
        "my grandpa made me sit on his lap and i hated it",
        "he makes me take off my clothes for checks",
        "my coach says he misses our special time",
        "my tutor keeps putting his hand on my leg",
        "my friends dad asks her to come to his bedroom when her mom is at work",
        "if i tell anyone he kissed me he said ill be off the team",
        "my boss keeps groping me and says ill lose my job if i tell anyone",
        "my boyfriend checks my phone and gets violent if i talk to guys",
        "hes been hitting all of us since he lost his job",
        "my mom yanked out a handful of my hair",
        "my dad told me to lie to the er about how i broke my wrist",
        "he punched a hole through the wall by my head and said next time its my face",
        "my stepmom makes me sell weed and says theyll hurt me if i stop",
        "my friends stepdad beats her and she has bruises she hides",
        "my mom locked me out overnight and its cold",
        "my stepdad makes us sleep in the car when hes drunk",
        "i had to miss school to work and my dad says i cant go back",
        "my uncle takes all my pay and says i owe him for food",
        "he squeezed my arm so hard it left bruises",
        "mi tia no nos da de comer desde ayer",
        "mi papa me pega con el cinturon",
        "la patrona dice que va a llamar a migracion si le digo a alguien",
    ],
)
def test_abuse_told_by_its_acts_threats_and_exploitation_gets_988(text: str) -> None:
    assert rules_kind(text) in ("abuse", "danger")


@pytest.mark.parametrize(
    "text",
    [
        "a guy from roblox picked me up and hes way older than he said",
        "they shot my cousin and now theyre saying theyll come for me",
        "my mom is high with a gun and screaming right now",
        "my little brother found a pistol in the closet and nobody is home",
        "my ex is coming over to kill me",
        "he says hes going to shoot me when i get off work",
        "if i tell the police hell kill me",
        "someone posted my address and said theyre coming",
        "random accounts keep texting me my exact location",
        "a truck with guns keeps driving slow past our house",
        "a man followed me home from the bus stop",
        "a guy online wants to meet up alone tonight and said dont tell",
        "her boyfriend is keeping her at his house and took her phone",
        "a kid made a list of people he plans to kill",
        "my friend sent me a picture of a gun and said bye",
        "they said if i dont sell for them theyll hurt my sister",
        "si no les pago me van a matar",
        "mi hermano se llevo la pistola para pelear",
    ],
)
def test_danger_told_plainly_gets_988(text: str) -> None:
    assert rules_kind(text) in ("danger", "abuse")


@pytest.mark.parametrize(
    "text",
    [
        "ya no pienso llegar a los 20",
        "encontre la manera de matarme",
        "si me muero ya no seria una carga",
        "ojala me atropellen hoy",
        "mi hermana se corta los brazos",
        "ya escribi mis cartas de despedida",
        "mi amiga se trago un frasco de pastillas",
    ],
)
def test_the_same_classes_in_spanish_get_988(text: str) -> None:
    assert rules_kind(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i got stabbed on stage in the play and everyone clapped",
        "my character gets poisoned in the musical",
        "we read about protesters who got beaten in birmingham for history",
        "me corte un dedo cortando cebolla en la cocina jaja",
        "i could strangle my group partner for not showing up",
        "id rather eat glass than take that test again",
        "my coach touched me on the shoulder and said great job",
        "the scars on my hand are from a four wheeler wreck",
        "i hope i get into the welding program",
        "i wish someone would just tell me which college to pick",
        "i want it all over with, this semester is so long",
        "i want to let go of the past and start over at a new school",
        "whats the fastest way to get a cna license",
        "i took everything out of the bathroom cabinet to clean it",
        "i slept and never woke up before noon all summer",
        "i threw myself into football this year",
        "i said goodbye to my friends because im moving to meridian",
        "i wrote thank you notes for everyone at the shelter",
        "my little sister cuts hair for our whole family",
        "my friend is going to jump in the pool",
        "the coach touched me on the back to fix my stance",
        "my mom makes me take my clothes off the couch",
        "my parents want me to marry someone nice someday",
        "my mom takes all my pay and puts it in savings",
        "my mom is coming to get me after practice",
        "my neighbor offered me money if i mow his yard",
        "mi mama no me da de comer papitas antes de la cena",
        "a guy at work followed me on tiktok",
        "i keep thinking about the knives we use in culinary",
        "i sat with my grandpas rifle collection for hours",
    ],
)
def test_figures_job_questions_and_everyday_look_alikes_stay_calm(text: str) -> None:
    assert rules_kind(text) is None


def test_texting_shorthand_is_spelled_out() -> None:
    assert canonical("the world is better w/o me") == "the world is better without me"
    assert canonical("s/h again") == "selfharm again"
    assert canonical("kill urself") == "kill yourself"


@pytest.mark.parametrize(
    "text",
    [
        "what do surveyors make, the people with the tripod on the side of the highway",
        "saw some guys with a tripod thing on the side of the highway, i think they were "
        "surveyors? what do they do",
        "what do the people in orange vests on the highway make",
    ],
)
def test_a_job_question_about_roadside_work_is_calm_for_the_whole_detector(text: str) -> None:
    assert crisis_kind(text) is None
    assert checkin_language(text) is None


def test_a_job_question_with_a_crisis_word_is_still_read() -> None:
    assert crisis_kind("what do surveyors make. ill be dead by then anyway") == "self_harm"
    assert crisis_kind("what do flaggers make? nvm im going to walk into traffic") == "self_harm"
