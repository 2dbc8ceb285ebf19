"""Form validators: confirm the student's words with the data layer before any answer.

A job or place the data layer cannot confirm is never kept: the slot is emptied so the
form asks again, with the choices or suggestions the data layer offered.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import replace
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict
from sqlalchemy.orm import Session

from actions.answering import latest_intent
from actions.db import in_occupations
from actions.language import note_spanish
from actions.mentions import everyday, mentions_in, mentions_of
from actions.questions import QUESTION_INTENTS, intents_of
from occupations import api
from occupations.errors import DatabaseUnavailable
from occupations.mentions import ACTIVITY, OCCUPATION, PLACE, Mention
from occupations.places import outside_mississippi
from occupations.search import job_names_in
from occupations.text import CLARIFYING, SET_ASIDE, fold, normalize
from occupations.types import OccupationRef, Place

MAX_TEXT = 200
ORDINALS = {
    "1": 0, "first": 0, "top": 0, "one": 0,
    "2": 1, "second": 1, "2nd": 1, "two": 1,
    "3": 2, "third": 2, "3rd": 2, "three": 2,
    "4": 3, "fourth": 3, "4th": 3, "four": 3,
}  # fmt: skip


# Words around a pick that pick nothing: "like the elementary ones i guess".
PICK_FILLER = frozenset(
    "like the a an one ones i mean um uh maybe probably prob kinda guess lol tho just".split()  # noqa: SIM905
)


def pick_choice(text: str, choices: list[str]) -> tuple[str, str] | None:
    """The (soc, title) the student picked from the offered choices, by title or position."""
    options = [tuple(choice.split("|", 1)) for choice in choices if "|" in choice]
    if not options:
        return None
    wanted = text.strip().lower()
    for soc, title in options:
        if wanted == title.lower():
            return soc, title
    words = re.findall(r"[a-z0-9]+", wanted)
    if "last" in words:
        return options[-1]  # type: ignore[return-value]
    for word in words:
        index = ORDINALS.get(word)
        if index is not None and index < len(options):
            return options[index]  # type: ignore[return-value]
    # "elementary" (or "like elementary") after "which teacher?": the one option whose title
    # has every word typed.
    typed = set(fold(wanted).split()) - PICK_FILLER
    fitting = [option for option in options if typed and typed <= set(fold(option[1]).split())]
    if len(fitting) == 1:
        return fitting[0]  # type: ignore[return-value]
    return None


def with_head(text: str, choices: list[str]) -> str | None:
    """The typed words with the offered jobs' shared head noun ("civil" -> "civil engineers").

    None when nothing was offered or the words already hold it.
    """
    heads = Counter(
        fold(choice.split("|", 1)[1].split(",")[0]).split()[-1]
        for choice in choices
        if "|" in choice and choice.split("|", 1)[1].strip()
    )
    if not heads or not text.strip():
        return None
    head, count = heads.most_common(1)[0]
    if count * 2 <= sum(heads.values()):
        return None  # a list of different jobs ("jobs in mississippi") shares no head noun
    return None if head in fold(text).split() else f"{text.strip()} {head}"


def _narrowed_match(session: Session, text: str, narrowed: str, choices: list[str]) -> Any:
    """The job the narrowed words find: one of the offered, or a clear one the words alone miss.

    "high school" after "which teachers?" is the one offered secondary-school job among the
    search's close matches; "civil" after "which engineers?" is Civil Engineers even if not
    offered, since "civil" alone names no job.
    """
    offered = {choice.split("|", 1)[0] for choice in choices if "|" in choice}
    found = api.search_occupations(session=session, text=narrowed, limit=5)
    if found.best is not None and found.best.soc in offered:
        return found.best
    fitting = [match for match in found.matches[:2] if match.soc in offered]
    if len(fitting) == 1:
        return fitting[0]
    if found.best is not None and not api.search_occupations(session=session, text=text).matches:
        return found.best
    return None


# Where a job is done, as students say it, and the word of the titles that names it: a school
# level, or a hospital ("social worker at the hospital").
WORKPLACE_WORDS = (
    (re.compile(r"\b(high ?schools?|hs|secondary)\b"), "secondary"),
    (re.compile(r"\b(middle ?schools?|junior high|jr high)\b"), "middle"),
    (re.compile(r"\b(elementary|grade school)\b"), "elementary"),
    (re.compile(r"\b(pre ?schools?|pre ?k|head start)\b"), "preschool"),
    (re.compile(r"\b(hospitals?|clinics?|medical)\b"), "healthcare"),
    (re.compile(r"\b(prisons?|jails?|parchman|penitentiary|detention)\b"), "correctional"),
)


def narrowed_by_message(said: str, options: list[tuple[str, str]]) -> str | None:
    """The one offered (soc, title) that the rest of the message points to, or its SOC; None.

    "how much do loggers make running the skidders": of the jobs "loggers" may mean, only the
    equipment operators run skidders (an activity of the data). "special ed teachers ... at the
    high school": of the special education teachers, only one title says secondary school;
    "a social worker at the hospital", only one says healthcare.
    """
    codes = {soc for soc, _ in options}
    found = mentions_in(said)
    each = [set(m.ids) & codes for m in found if m.label == ACTIVITY and set(m.ids) & codes]
    done = set.union(*each) if each else set()
    if len(done) != 1 and each:
        done = set.intersection(*each)  # "cuts timber ... runnin a feller buncher"
    if len(done) == 1:
        return done.pop()
    lowered = said.lower()
    levels = [word for pattern, word in WORKPLACE_WORDS if pattern.search(lowered)]
    if len(levels) == 1:
        fitting = [soc for soc, title in options if levels[0] in fold(title).split()]
        return fitting[0] if len(fitting) == 1 else None
    return _named_after_the_job(found, lowered, options)


# The one who runs a workplace, as students say it.
BOSS_WORDS = re.compile(
    r"\b(managers?|bosses|boss|supervisors?|shift leads?|in charge|(?:who|that) runs? the)\b"
)


def _boss_title(title: str) -> bool:
    """Whether the title is of the ones who run the others ("First-Line Supervisors of ...")."""
    return bool({"supervisor", "manager"} & set(fold(title).split()))


def _the_boss(said: str, options: list[tuple[str, str]]) -> str | None:
    """The one offered supervisor or manager when the message asks about the boss, or None."""
    if not BOSS_WORDS.search(said.lower()):
        return None
    fitting = [soc for soc, title in options if _boss_title(title)]
    return fitting[0] if len(fitting) == 1 else None


# Words after a job word that narrow nothing, even when a title holds them.
NOT_NARROWING = frozenset("the a an and or of in at for all other ones one kind like".split())  # noqa: SIM905


def _named_after_the_job(
    found: list[Mention], lowered: str, options: list[tuple[str, str]]
) -> str | None:
    """The one option whose title holds a word said after the job word, or None.

    "social workers, like the child welfare ones": of the social workers, only one title
    says child; "doctors, like regular family doctors", only one says family. Of the words
    before the job only the one next to it is the job's ("child social workers"); the others
    are the student's ("im at pearl high school").
    """
    jobs = [m for m in found if m.label == OCCUPATION]
    if not jobs or any(m.ids != jobs[0].ids for m in jobs):
        return None  # "like regular family doctors" names the doctors again
    before = fold(lowered[: jobs[0].start]).split()[-1:]  # "child social workers"
    after = set(fold(lowered[jobs[0].end :]).split() + before) - NOT_NARROWING
    named = set(fold(jobs[0].value).split())
    fitting = [
        soc
        for soc, title in options
        if (after - named) & set(fold(title.replace(",", " ")).split())
    ]
    return fitting[0] if len(fitting) == 1 else None


def _what_they_do(mentions: list[Mention]) -> Mention | None:
    """The activity of a message, before its workplace; its jobs narrowed by the workplace.

    "the ppl who fix the machines at the factory": what they do comes first, and of the jobs
    that do it, those of the workplace ("engineers ... at the shipyard" is the job word's).
    """
    doing = [m for m in mentions if m.label == ACTIVITY and m.kind != "workplace"]
    places = [m for m in mentions if m.label == ACTIVITY and m.kind == "workplace"]
    if not doing:
        return places[0] if places else None
    both = tuple(code for code in doing[0].ids if all(code in m.ids for m in doing[1:]))
    if len(doing) > 1 and both:
        # "cuts timber ... runnin a feller buncher": the jobs that do every thing told.
        doing = [replace(doing[0], ids=both), *doing[1:]]
    if places:
        # "dealing cards at the casino": the workplace confirms the jobs that do it there, as
        # its own jobs are ("workplace"), so one of them is answered, never a lone choice.
        there = tuple(code for code in doing[0].ids if code in places[0].ids)
        if there:
            return replace(doing[0], ids=there, kind="workplace")
    return doing[0]


def _job_at_the_workplace(session: Session, said: str, jobs: list[Mention]) -> str | None:
    """The one job of a workplace or activity named by the job word.

    "engineers at the shipyard" -> marine engineers; "the mechanics who work on tractors" ->
    farm equipment mechanics, even when the search did not offer them. None without a
    workplace or activity in the message, or when none or several of their jobs fit.
    """
    if len(jobs) != 1:
        return None
    head = jobs[0].value.split()[-1].removesuffix("s")
    codes = dict.fromkeys(c for m in mentions_in(said) if m.label == ACTIVITY for c in m.ids)
    fitting = [
        code
        for code in codes
        if re.search(
            rf"\b{re.escape(head)}s?\b", fold(api.occupation(session=session, soc=code).title)
        )
    ]
    return fitting[0] if len(fitting) == 1 else None


def misses_of(tracker: Tracker, slot: str) -> float:
    """A miss counter slot as a number (0 when unset)."""
    value = tracker.get_slot(slot)
    return float(value) if isinstance(value, (int, float)) else 0.0


def job_written_in(session: Session, said: str) -> str | None:
    """The longest whole job name in the message, any kind of name ("medical coder"), or None.

    The matcher knows titles and student words; O*NET's alternates ("landscaper", "line
    cook") are only in the search, found here word for word. A single everyday word ("it")
    or a place's words are no job.
    """
    if not said or said.startswith("/") or len(said) > MAX_TEXT:
        return None
    places = {fold(m.value) for m in mentions_in(said) if m.label == PLACE}
    for name in job_names_in(session=session, text=said):
        if " " not in name and (len(name) < 4 or everyday(name)):
            continue
        if name not in places:
            return name
    return None


def _longer_name(session: Session, text: str, said: str) -> str:
    """The job name of the message that holds the words named ("coder" -> "medical coder")."""
    longer = job_written_in(session, said)
    typed = fold(text).split()
    if longer and len(longer.split()) > len(typed) and set(typed) <= set(longer.split()):
        return longer
    return text


def _slot_names(prefix: str) -> tuple[str, str, str]:
    """The occupation, SOC and title slots: the first job's, or with "b" the compared one's."""
    if prefix:
        return "occupation_b", "soc_b", "occupation_b_title"
    return "occupation", "soc", "occupation_title"


def _found(prefix: str, typed: str, code: str, title: str) -> dict[str, Any]:
    """Slots for a confirmed job: the words typed, its SOC and title; choices and misses reset."""
    word, soc, title_slot = _slot_names(prefix)
    return {word: typed, soc: code, title_slot: title,
            "occupation_choices": None, "occupation_misses": 0}  # fmt: skip


TITLE_GLUE = frozenset({"and", "or", "of", "except", "all", "other", "the", "related"})


def _kin_of_the_offered(
    session: Session, said: str, options: list[tuple[str, str]]
) -> OccupationRef | None:
    """The one job that does what the message says and bears the offered jobs' people word.

    "the ones that work on 18 wheelers" after "which mechanics?": the bus and truck
    mechanics, though the four offered were others.
    """
    if len(options) < 2:
        return None
    heads = set.intersection(*(set(fold(title).split()) for _, title in options)) - TITLE_GLUE
    done = {code for m in mentions_in(said) if m.label == ACTIVITY for code in m.ids}
    if not heads or len(done) != 1:
        return None
    ref = api.occupation(session=session, soc=done.pop())
    return ref if heads & set(fold(ref.title).split()) else None


def choice_slots(
    session: Session, text: str, choices: list[str], *, prefix: str = "", said: str = ""
) -> dict[str, Any] | None:
    """Slots for the offered job the words pick ("the first one", "civil"), or None.

    ``said``, the whole message, may point to one of them where the job words alone do not
    ("the high school ones" after "which teachers?").
    """
    picked = pick_choice(text, choices)
    if picked:
        return _found(prefix, picked[1], picked[0], picked[1])
    if not text or len(text) > MAX_TEXT:
        return None
    options = [(soc, title) for soc, title in (c.split("|", 1) for c in choices if "|" in c)]
    offered = dict(options)
    told = narrowed_by_message(said or text, options) if options else None
    if told in offered and not _another_job(said or text, offered):
        return _found(prefix, offered[told], told, offered[told])
    # "the ones on the line" after the chicken plant's jobs: the one offered job the words mean.
    meant = {c for m in mentions_in(said or text) if m.label == OCCUPATION for c in m.ids}
    if len(meant & set(offered)) == 1:
        (code,) = meant & set(offered)
        return _found(prefix, offered[code], code, offered[code])
    kin = _kin_of_the_offered(session, said or text, options)
    if kin is not None:
        return _found(prefix, kin.title, kin.soc, kin.title)
    narrowed = with_head(text, choices)  # "civil" after "which engineers?"
    if narrowed is not None:
        hit = _narrowed_match(session, text, narrowed, choices)
        if hit is not None:
            return _found(prefix, narrowed, hit.soc, hit.title)
    return None


def _another_job(said: str, offered: dict[str, str]) -> bool:
    """Whether the message names a job of its own, none offered ("nurses at the hospital")."""
    return any(
        m.label == OCCUPATION and m.kind != "field" and not set(m.ids) & set(offered)
        for m in mentions_in(said)
    )


def _student_word(text: str) -> str | None:
    """The SOC of a curated student word of one job that is the whole of ``text``, or None."""
    if not text or len(text) > MAX_TEXT:
        return None
    jobs = [m for m in mentions_in(text) if m.label == OCCUPATION]
    whole = len(jobs) == 1 and jobs[0].value == " ".join(text.lower().split())
    return jobs[0].ids[0] if whole and jobs[0].kind == "student" and len(jobs[0].ids) == 1 else None


def _told_by_the_rest(session: Session, said: str, jobs: list[Mention]) -> OccupationRef | None:
    """The one job of a word's several that the rest of the message names, or None.

    "the cooks in the school cafeteria": of the cooks the data knows, only the cafeteria
    cooks work there, whichever cook the search would answer first.
    """
    if not said or len(jobs) != 1 or len(jobs[0].ids) < 2:
        return None
    refs = [api.occupation(session=session, soc=code) for code in jobs[0].ids[:6]]
    one = narrowed_by_message(said, [(ref.soc, ref.title) for ref in refs])
    return next((ref for ref in refs if ref.soc == one), None)


def occupation_slots(
    session: Session,
    value: Any,
    choices: list[str],
    misses: float,
    *,
    prefix: str = "",
    said: str = "",
    before: str = "",
) -> dict[str, Any]:
    """Slots for an occupation the student named: confirmed, ambiguous, or not found.

    Runs in a worker thread with one session for every look-up. ``prefix`` "b" fills the
    second occupation of a comparison. A job word of several meanings is narrowed by the
    rest of the message, else by the student's message ``before`` it ("i wanna teach high
    school english" then "how do i become a teacher").
    """
    word, soc, _ = _slot_names(prefix)
    text = value.strip() if isinstance(value, str) else ""
    chosen = choice_slots(session, text, choices, prefix=prefix, said=said)
    if chosen is not None:
        return chosen
    curated = _student_word(text)
    if curated is not None:
        # A student's word of the curated table, named whole ("people on the line",
        # "cybersecurity"): its job, whatever looser name the search would match first.
        ref = api.occupation(session=session, soc=curated)
        return _found(prefix, text, ref.soc, ref.title)
    if not text or len(text) > MAX_TEXT:
        return {word: None, soc: None}
    text = _longer_name(session, text, said) if said and said != text else text
    mentions = mentions_in(text)
    jobs = [m for m in mentions if m.label == OCCUPATION]
    activity = _what_they_do(mentions)
    if not jobs and activity is None and any(m.label == PLACE for m in mentions):
        # "what about statewide" while "which one?" waits: a place (its own slot), no job
        # and no miss; the choices stay and are offered again.
        return {word: None, soc: None}
    if activity is not None and not jobs:
        # "fixing cars": the jobs that do it, offered as choices, never picked silently; an
        # activity of the curated table that only one job does ("draw blood") is that job,
        # and the answer names it.
        refs = [api.occupation(session=session, soc=code) for code in activity.ids[:4]]
        if len(refs) == 1 and activity.kind in ("curated", "workplace"):
            return _found(prefix, activity.text, refs[0].soc, refs[0].title)
        boss = _the_boss(text, [(ref.soc, ref.title) for ref in refs])
        if boss is not None:  # "a manager at dollar general": the store's supervisors
            ref = api.occupation(session=session, soc=boss)
            return _found(prefix, text, ref.soc, ref.title)
        choices = [f"{ref.soc}|{ref.title}" for ref in refs]
        return {word: None, soc: None, "occupation_choices": choices}
    told = _told_by_the_rest(session, said, jobs)
    if told is not None:
        return _found(prefix, text, told.soc, told.title)
    result = api.search_occupations(session=session, text=text, limit=5)
    if result.best is None and len(jobs) == 1 and jobs[0].value != text.lower():
        # The job named inside a longer sentence ("i wanna be a glazier when im older").
        inner = api.search_occupations(session=session, text=jobs[0].value, limit=5)
        if inner.matches:
            result = inner
    if result.best is not None:
        return _found(prefix, text, result.best.soc, result.best.title)
    if result.ambiguous and result.matches:
        options = [(match.soc, match.title) for match in result.matches[:4]]
        done = next(
            (
                code
                for message in dict.fromkeys(m for m in (said or text, before) if m)
                for code in (
                    narrowed_by_message(message, options),
                    _job_at_the_workplace(session, message, jobs),
                )
                if code is not None
            ),
            None,
        )
        if done is not None:  # "loggers ... running the skidders": the one who runs them
            ref = api.occupation(session=session, soc=done)
            return _found(prefix, text, ref.soc, ref.title)
        choices = [f"{match.soc}|{match.title}" for match in result.matches[:4]]
        return {word: None, soc: None, "occupation_choices": choices}
    # A job name of the data the search does not know ("cardiovascular tech", a My Next
    # Move title): the matcher's codes, one answered, several offered.
    named = [m for m in jobs if m.ids]
    if len(named) == 1:
        refs = [api.occupation(session=session, soc=code) for code in named[0].ids[:4]]
        one = refs[0].soc if len(refs) == 1 else None
        one = one or narrowed_by_message(said or text, [(r.soc, r.title) for r in refs])
        if one is not None:
            ref = next(r for r in refs if r.soc == one)
            return _found(prefix, text, ref.soc, ref.title)
        return {word: None, soc: None,
                "occupation_choices": [f"{ref.soc}|{ref.title}" for ref in refs]}  # fmt: skip
    return {word: None, soc: None, "occupation_choices": None,
            "occupation_misses": misses + 1}  # fmt: skip


def place_slots(session: Session, value: Any, misses: float) -> dict[str, Any]:
    """Slots for a place the student named: its OEWS area, or suggestions to offer."""
    text = value.strip() if isinstance(value, str) else ""
    if not text or len(text) > MAX_TEXT:
        return {"place": None}
    resolved = api.resolve_place(session=session, text=text)
    if isinstance(resolved, Place):
        return {"place": text, "area_code": resolved.area.code,
                "area_name": resolved.area.plain_name, "place_suggestions": None,
                "place_outside": None, "place_region": None, "place_misses": 0}  # fmt: skip
    if resolved.region is not None:  # "north ms" spans several areas: ask which, not a miss
        return {"place": None, "area_code": None, "area_name": None,
                "place_suggestions": list(resolved.suggestions), "place_region": resolved.region,
                "place_outside": None}  # fmt: skip
    outside = outside_mississippi(session=session, text=text)
    if outside is not None:  # "new orleans": say it is not in Mississippi, offer the state
        return {"place": None, "area_code": None, "area_name": None,
                "place_suggestions": None, "place_outside": outside}  # fmt: skip
    return {"place": None, "area_code": None, "area_name": None,
            "place_suggestions": list(resolved.suggestions[:4]) or None,
            "place_misses": misses + 1}  # fmt: skip


async def confirm_occupation(value: Any, tracker: Tracker, *, prefix: str = "") -> dict[str, Any]:
    """:func:`occupation_slots` off the event loop, with one session."""
    choices = tracker.get_slot("occupation_choices") or []
    misses = misses_of(tracker, "occupation_misses")
    said = tracker.latest_message.get("text") or ""
    before = previous_message(tracker)
    return await in_occupations(
        lambda s: occupation_slots(
            s, value, choices, misses, prefix=prefix, said=said, before=before
        )
    )


def previous_message(tracker: Tracker) -> str:
    """The student's message before this one ("" when there is none or it was a button)."""
    texts = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    text = texts[-2] if len(texts) > 1 else ""
    return "" if text.startswith("/") else text


async def confirm_place(value: Any, tracker: Tracker) -> dict[str, Any]:
    """:func:`place_slots` off the event loop, with one session."""
    misses = misses_of(tracker, "place_misses")
    return await in_occupations(lambda s: place_slots(s, value, misses))


def named_occupation(text: str, intent: str | None, slot: Any, talk_job: bool = False) -> Any:
    """The job a question names, as the form reads it (blocking: call it in a worker thread).

    The ``occupation`` slot Rasa filled from the message, or the whole message when it names
    what someone does ("braiding hair") and no job, as :meth:`JobFormValidator.extract_occupation`.
    """
    if intent in QUESTION_INTENTS | {"inform_occupation"} and _only_activity(
        mentions_in(text), text, talk_job
    ):
        return text
    return slot


# "what do they actually do at the hospital" after respiratory therapists: where the talk's
# job is done, not the hospital's jobs to choose from.
ABOUT_THE_JOB = re.compile(r"\b(they|them|he|she|it|that job|this job|those)\b")


def said_of_the_talks_job(
    mentions: list[Mention], text: str, soc: str | None, title: str | None
) -> bool:
    """Whether a "like ..." turn only says more of the job just answered.

    "like the funeral home guy" after morticians (a funeral home's jobs include them), "like
    the manager over the whole factory" after industrial production managers (the job word
    is in the title): the same job, never a new "which one?".
    """
    if not soc or not title or not CLARIFYING.match(" ".join(normalize(text).split()) + " "):
        return False
    lowered = text.lower()
    jobs = [
        m for m in mentions if m.label == OCCUPATION and not SET_ASIDE.search(lowered[: m.start])
    ]
    if jobs:
        words = set(fold(title).split())
        return all(set(fold(m.value).split()) <= words or _works_there(m, soc) for m in jobs)
    head = fold(title.split(",")[0].split(" and ")[0]).split()[-1]  # "manager"
    if BOSS_WORDS.search(lowered) and _boss_title(title):
        return True  # "like the people who run the hospital" after its managers
    return head in fold(text).split() or any(soc in m.ids for m in mentions if m.label == ACTIVITY)


def _works_there(job: Mention, soc: str) -> bool:
    """Whether "the funeral home guy" (a workplace and a people word) may be ``soc``."""
    if job.kind != "field":
        return False
    where = " ".join(job.value.split()[:-1])
    return any(soc in m.ids for m in mentions_in(where) if m.label == ACTIVITY)


def _only_activity(mentions: list[Mention], text: str = "", talk_job: bool = False) -> bool:
    """Whether the message names what someone does, or where, and no job.

    A workplace alone, said of the job of the talk ("they"), names no new job.
    """
    labels = {m.label for m in mentions}
    if ACTIVITY not in labels or OCCUPATION in labels:
        return False
    workplaces_only = all(m.kind == "workplace" for m in mentions if m.label == ACTIVITY)
    return not (talk_job and workplaces_only and ABOUT_THE_JOB.search(text.lower()))


# "what about", "and", "how about" before the words that narrow the talk's kind of job.
WHAT_ABOUT = re.compile(r"^(?:ok |okay |so |and |but )*(?:what|how|wat) (?:about|abt)\s+|^and\s+")


def _sibling_of_the_talks_job(session: Session, text: str, title: str) -> str | None:
    """The job "what about elementary" names beside the talk's ("middle school teachers").

    The words typed, with the talk's head noun ("teachers"), must find a job whose title
    holds every one of them; None otherwise.
    """
    lowered = " ".join(fold(text).split())
    rest = WHAT_ABOUT.sub("", lowered).removesuffix(" ones").removesuffix(" one").strip()
    if rest == lowered or not rest or len(rest.split()) > 3:
        return None
    head = title.split(",")[0].split()[-1]
    found = api.search_occupations(session=session, text=f"{rest} {head}")
    if found.best is None or found.best.title == title:
        return None
    words = set(fold(found.best.title.replace(",", " ")).split())
    return found.best.title if set(rest.split()) <= words else None


def _names_no_job(session: Session, words: list[str]) -> bool:
    """Whether none of these spans finds any job at all."""
    return not any(api.search_occupations(session=session, text=w).matches for w in words)


# Besides the questions, the intents whose message may start a question's form and name its
# job: a job on its own, and the follow-ups asked before any job ("fast food pay per hour").
FORM_STARTERS = frozenset({"inform_occupation", "ask_wage_unit", "ask_good_money", "ask_how_long"})


async def known_area(tracker: Tracker) -> tuple[str | None, list[EventType]]:
    """The confirmed area, or the one of a place named earlier that was never confirmed.

    A place can reach the slot outside a form ("im from long beach" read as small talk);
    it is resolved here rather than asked for again.
    """
    area_code = tracker.get_slot("area_code")
    if isinstance(area_code, str) and area_code:
        return area_code, []
    place = tracker.get_slot("place")
    if not isinstance(place, str) or not place:
        return None, []
    slots = await confirm_place(place, tracker)
    found = slots.get("area_code")
    events: list[EventType] = [SlotSet(k, v) for k, v in slots.items()] if found else []
    return found, events


# "my counselor said i should look at logistician": a job word right after "my" and before a
# verb is a person in the student's life, not the job asked about; "forensic science techs
# ... like csi": a job after "like" is an example of the one before.
_PERSON_BEFORE = re.compile(r"\b(?:my|our|his|her|their|your|ur)\s+$")
_PERSON_AFTER = re.compile(
    r"^\s*(?:said|says|told|tells|thinks|wants|keeps|is always|always|showed|talked)\b"
)
_EXAMPLE_BEFORE = re.compile(
    r"\b(?:like|such as|kinda like)\s+(?:on\s+|in\s+|an?\s+(?:real\s+|regular\s+|normal\s+)?)?$"
)
# "how do u become a detective do u have to be a cop first": the second job is a step on the way.
_STEP_BEFORE = re.compile(
    r"\b(?:(?:have|has|need|needs|got) to|gotta|must|should)\s+(?:be|become|start as|work as)"
    r"\s+(?:an?\s+)?$"
)
_STEP_AFTER = re.compile(r"^\s*(?:first|before|beforehand)\b")
_WITHOUT_BEFORE = re.compile(r"\bwithout (?:being|becoming|working as)\s+(?:an?\s+)?$")
ORDINAL_REFERENCE = re.compile(
    r"\b(?:first|1st|second|2nd|third|3rd|fourth|4th|last|top)\s+(?:one|job|option)\b"
)


def jobs_asked_about(text: str, entities: list[dict[str, Any]]) -> list[str]:
    """The distinct jobs a question names, in order, without people and examples around them."""
    found = sorted(
        (e for e in entities if e.get("entity") == OCCUPATION and isinstance(e.get("start"), int)),
        key=lambda e: int(e["start"]),
    )
    kept: list[str] = []
    for entity in found:
        before, after = text[: entity["start"]].lower(), text[entity["end"] :].lower()
        if _PERSON_BEFORE.search(before) and _PERSON_AFTER.search(after):
            continue
        if kept and _EXAMPLE_BEFORE.search(before):
            continue
        if kept and (
            (_STEP_BEFORE.search(before) and _STEP_AFTER.search(after))
            or _WITHOUT_BEFORE.search(before)
        ):
            continue
        value = str(entity.get("value") or "")
        if value and value.lower() not in (k.lower() for k in kept):
            kept.append(value)
    if not kept and found:  # only people ("my counselor said so"): the words as typed
        kept = [str(found[-1].get("value") or "")]
    return kept


def _choices_of(session: Session, names: list[str]) -> list[str]:
    """A "which one?" choice for each job named (its best match), in the order named."""
    choices: list[str] = []
    for name in names:
        best = api.search_occupations(session=session, text=name, limit=1).best
        if best is not None and f"{best.soc}|{best.title}" not in choices:
            choices.append(f"{best.soc}|{best.title}")
    return choices


class JobFormValidator(FormValidationAction, ABC):
    """Shared checks for every question form; subclasses name their form.

    A validator owns the intents of its form's questions (actions/questions.py); another
    question arriving mid-form makes it step aside.
    """

    @abstractmethod
    def name(self) -> str:
        """Rasa's name for the validator: ``validate_<form>``."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Step aside when the student asks a different question, so its rule can answer."""
        intent = latest_intent(tracker)
        if intent in QUESTION_INTENTS and intent not in intents_of(self.form_name()):
            return [ActionExecutionRejected(self.form_name())]
        noted = note_spanish(dispatcher, tracker)  # a Spanish question: answered, with a note
        try:
            events: list[EventType] = await super().run(dispatcher, tracker, domain)
        except DatabaseUnavailable:
            dispatcher.utter_message(response="utter_database_down")
            return [ActionExecutionRejected(self.form_name())]
        return noted + events

    async def extract_occupation(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A question naming what someone does ("braiding hair") and no job asks about that."""
        if latest_intent(tracker) not in QUESTION_INTENTS | FORM_STARTERS:
            return {}
        text = tracker.latest_message.get("text") or ""
        entities = tracker.latest_message.get("entities") or []
        asked = jobs_asked_about(text, entities)
        if len(asked) >= 2 and latest_intent(tracker) != "compare":
            # Two jobs for one answer: ask which, never answer for the last one named.
            choices = await in_occupations(lambda s: _choices_of(s, asked))
            if len(choices) >= 2:
                return {"occupation": None, "soc": None, "occupation_choices": choices}
        if len(asked) == 1 and len({str(e.get("value")).lower() for e in entities
                                    if e.get("entity") == OCCUPATION}) >= 2:  # fmt: skip
            return {"occupation": asked[0]}
        choices = tracker.get_slot("occupation_choices") or []
        if not asked and choices and ORDINAL_REFERENCE.search(text.lower()):
            return {"occupation": text}  # "how do i become the first one" after a list
        if not asked and choices and pick_choice(text, choices):
            return {"occupation": text}  # "like elementary" after "which teachers?"
        mentions = await mentions_of(text)
        soc, title = tracker.get_slot("soc"), tracker.get_slot("occupation_title")
        if said_of_the_talks_job(mentions, text, soc, title):
            return {"occupation": title}
        if _only_activity(mentions, text, talk_job=bool(soc)):
            return {"occupation": text}
        named = list(tracker.get_latest_entity_values("occupation"))
        if named and soc and title and not any(m.label == OCCUPATION for m in mentions):
            unknown = await in_occupations(lambda s: _names_no_job(s, named))
            if unknown:
                # "how do i even start flight school" after pilots: DIET's guess ("flight")
                # names no job, so the question is about the job of the talk.
                return {"occupation": title}
        if named or any(m.label == OCCUPATION for m in mentions):
            return {}
        if title and not mentions:
            # "what about elementary" after middle school teachers: the talk's kind of job.
            sibling = await in_occupations(lambda s: _sibling_of_the_talks_job(s, text, title))
            if sibling:
                return {"occupation": sibling}
        # A job only O*NET's other names know ("how much do landscapers make").
        found = await in_occupations(lambda s: job_written_in(s, text))
        if found:
            return {"occupation": found}
        if choices and tracker.get_slot("requested_slot") == "occupation":
            # "what does it pay" while "which one?" waits: the choices are offered again,
            # never Rasa's "I'm still not getting it".
            return {"occupation": None}
        return {}

    async def validate_occupation(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Confirm the job with the data layer (typos, slang, "which one?")."""
        return await confirm_occupation(value, tracker)

    async def validate_place(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Resolve the place to one of Mississippi's OEWS areas."""
        return await confirm_place(value, tracker)


class ValidatePayForm(JobFormValidator):
    """Pay needs a job and a place."""

    def name(self) -> str:
        """Rasa's name for this validator."""
        return "validate_pay_form"


class ValidatePathwayForm(JobFormValidator):
    """The entry route needs a job; a known place orders the colleges by distance."""

    def name(self) -> str:
        """Rasa's name for this validator."""
        return "validate_pathway_form"


class ValidateDescribeForm(JobFormValidator):
    """A description needs a job."""

    def name(self) -> str:
        """Rasa's name for this validator."""
        return "validate_describe_form"


class ValidateExploreForm(JobFormValidator):
    """Exploring uses the place when one is named; without one it answers for the state."""

    def name(self) -> str:
        """Rasa's name for this validator."""
        return "validate_explore_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        """The place only when the student named one (or one just failed to resolve)."""
        if tracker.get_slot("place") is not None or misses_of(tracker, "place_misses"):
            return domain_slots
        return []


class ValidateCompareForm(JobFormValidator):
    """A comparison needs two jobs and a place."""

    def name(self) -> str:
        """Rasa's name for this validator."""
        return "validate_compare_form"

    async def extract_occupation_b(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Two jobs in one message fill both; one job is compared with the last one asked about.

        Rasa's own entity mapping keeps the last job named in ``occupation``; this puts the
        first named back there so "welders vs electricians" keeps its order.
        """
        named = list(tracker.get_latest_entity_values("occupation"))
        if len(named) >= 2:
            return {"occupation": named[0], "occupation_b": named[1]}
        if len(named) == 1:
            earlier = tracker.get_slot("occupation_title")
            if earlier and tracker.get_slot("soc") and earlier.lower() != named[0].lower():
                return {"occupation": earlier, "occupation_b": named[0]}
            if tracker.get_slot("requested_slot") == "occupation_b":
                return {"occupation": earlier, "occupation_b": named[0]}
        elif tracker.get_slot("requested_slot") == "occupation_b":
            intent = latest_intent(tracker)
            if intent in ("inform_occupation", "choose"):
                return {"occupation_b": tracker.latest_message.get("text")}
        return {}

    async def validate_occupation_b(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Confirm the second job the same way as the first."""
        return await confirm_occupation(value, tracker, prefix="b")
