"""The entry-route answer, from ``occupations.routes``: one function renders both forms.

``route_answer`` turns a :class:`~occupations.types.Routes` into the plain text that SMS and
REST show and the route card the web widget draws (a custom payload, ``{"card": ...}``),
from the same sentences, so the two never say different things. The first sentence names
the level of the first route listed and BLS's typical level, so the answer cannot
contradict itself (``tests/actions/test_route_answers.py`` checks every occupation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from occupations.routes import LEVELS, NON_DEGREE, level_name
from occupations.types import LicenceInfo, ProgramOffer, Route, Routes, Source, SponsorOffer

# The student's words that ask for one part of the route answer first.
FOCUS_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "earnings",
        re.compile(r"\b(make|earn|paid|pay)\w* after\b|\bgraduates?\b|\bafter (that|the)\b"),
    ),
    ("licence", re.compile(r"\bli[cs]en[cs]|\bpermit\b|\bnclex\b|\bstate (test|exam|board)\b")),
    ("length", re.compile(r"\bhow long\b|\bhow many (years|months)\b|\bhow much time\b")),
    (
        "nearest",
        re.compile(
            r"\b(closest|nearest|near me|near here|close to me|around me|around here)\b"
            r"|\bwhere (can|do|could|should) (i|u|you)\b|\b(what|which) (school|college)s?\b"
        ),
    ),
]
FOCUSES = [name for name, _ in FOCUS_WORDS]
MAX_STEPS = 4
COMPLETE_SHARES = 90.0
MAX_LICENCES = 2
NAVIGATOR = "https://nces.ed.gov/collegenavigator/?id={unitid}"

TEXTS_FILE = Path(__file__).with_name("texts_routes.yml")


def _flatten(tree: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = str(value)
    return flat


@lru_cache(maxsize=1)
def _texts() -> dict[str, str]:
    """Every piece of the answer, keyed like "route.lead.typical" (actions/texts_routes.yml)."""
    with TEXTS_FILE.open(encoding="utf-8") as handle:
        return _flatten(yaml.safe_load(handle))


def say(key: str, **values: object) -> str:
    """One piece of the answer (``route.`` + ``key``), filled in."""
    return _texts()[f"route.{key}"].format(**values)


@dataclass(frozen=True)
class RouteAnswer:
    """The same answer twice: plain text (SMS, REST) and the widget's route card."""

    text: str
    card: dict[str, Any]
    lead: str  # the first sentence: its levels agree with the routes listed
    lead_levels: tuple[str, ...]  # the education levels the first sentence names


def focus_of(text: str) -> str | None:
    """What the student asked for first: "earnings", "licence", "length", "nearest" or None."""
    lowered = " ".join(text.lower().split())
    for name, pattern in FOCUS_WORDS:
        if pattern.search(lowered):
            return name
    return None


def _jobs(routes: Routes) -> str:
    short = routes.occupation.short or routes.occupation.title
    return " ".join(w if w.isupper() else w.lower() for w in short.split())


def _short_length(text: str) -> str:
    """A route's length without its details: "usually 2 to 10 years of paid training ..."."""
    return text.split(", full time")[0].split(" of paid")[0]


def _town(routes: Routes) -> str:
    """The student's place without its county: "Tupelo (Lee County)" -> "Tupelo"."""
    return (routes.place or "").split(" (")[0]


def _step_name(route: Route) -> str:
    if route.kind == "job_training" and "work your way up" in route.name:
        return say("step_name.work_up")
    return say(f"step_name.{route.kind}")


def _miles(miles: float | None) -> str:
    return "" if miles is None else say("miles", miles=round(miles))


def _years(years: int) -> str:
    return say("years_after" if years == 1 else "years_after_plural", years=years)


def _program(route: Route) -> ProgramOffer | None:
    """The program to name for a route: the nearest with graduates, else the nearest."""
    with_graduates = [p for p in route.programs if p.completers]
    found = with_graduates or route.programs
    return found[0] if found else None


def _nearest_program(routes: Routes) -> tuple[Route, ProgramOffer] | None:
    found = [(r, p) for r in routes.routes for p in r.programs[:1] if p.completers]
    if not found:
        return None
    return min(found, key=lambda rp: rp[1].miles if rp[1].miles is not None else 1e9)


def _program_sentence(program: ProgramOffer, located: bool) -> str:
    values = {
        "program": program.program,
        "award": program.award,
        "school": program.institution,
        "city": program.city,
        "miles": _miles(program.miles),
    }
    return say("nearest_program" if located else "state_program", **values)


def _sponsor_sentence(sponsor: SponsorOffer, located: bool) -> str:
    values = {"sponsor": sponsor.name, "city": sponsor.city, "miles": _miles(sponsor.miles)}
    return say("nearest_sponsor" if located else "state_sponsor", **values)


def _earnings_sentence(program: ProgramOffer) -> str | None:
    if program.earnings is None:
        return None
    return say(
        "earnings",
        pay=f"{program.earnings.annual_median:,}",
        years=_years(program.earnings.years_after),
    )


def _lead(routes: Routes) -> tuple[str, tuple[str, ...]]:
    """The first sentence and the levels it names (the first route's and BLS's typical)."""
    first = routes.first
    jobs = _jobs(routes)
    typical = level_name(routes.typical_level)
    if first is None or first.level == routes.typical_level:
        if first is not None and first.kind == "apprenticeship":
            key = "lead.apprenticeship"
        elif first is not None and first.kind == "job_training":
            key = "lead.work_up" if "work your way up" in first.name else "lead.on_the_job"
        else:
            key = "lead.typical"
        return say(key, jobs=jobs, typical=typical), (routes.typical_level,)
    text = say(
        "lead.lower",
        Jobs=jobs[:1].upper() + jobs[1:],
        first=level_name(first.level),
        typical=typical,
    )
    return text, (first.level, routes.typical_level)


def need_college_word(routes: Routes) -> str:
    """A straight yes or no for "do I need college?", from the first route listed."""
    first = routes.first
    level = first.level if first is not None else routes.typical_level
    if level in NON_DEGREE:
        return say("college.no")
    if level in ("certificate", "associate"):
        return say("college.no_four_year")
    return say("college.yes")


def _licence_sentence(licence: LicenceInfo) -> str:
    return say(
        "licence",
        title=licence.title,
        agency=licence.agency,
        note=say("licence_note", note=licence.note) if licence.note else "",
        url=say("licence_url", url=licence.url) if licence.url else "",
    )


def _focus_sentence(routes: Routes, focus: str, located: bool) -> str:
    jobs = _jobs(routes)
    if focus == "nearest":
        found = _nearest_program(routes)
        if found is None:
            return say("focus.no_program", jobs=jobs)
        program = found[1]
        values = {
            "place": _town(routes),
            "program": program.program,
            "award": program.award,
            "school": program.institution,
            "city": program.city,
            "miles": _miles(program.miles),
        }
        return say("focus.nearest" if located else "focus.nearest_state", **values)
    if focus == "earnings":
        paid = [
            p for r in routes.routes for p in r.programs if p.earnings is not None and p.completers
        ]
        if not paid:
            return say("focus.no_earnings")
        program = paid[0]
        assert program.earnings is not None
        return say(
            "focus.earnings",
            program=program.program,
            school=program.institution,
            pay=f"{program.earnings.annual_median:,}",
            years=_years(program.earnings.years_after),
        )
    if focus == "licence":
        if not routes.licences:
            return say("focus.no_licence", jobs=jobs)
        licence = routes.licences[0]
        return say(
            "focus.licence",
            title=licence.title,
            agency=licence.agency,
            note=say("licence_note", note=licence.note) if licence.note else "",
        )
    lengths = [
        say(
            "length_part",
            name=say(f"length_name.{r.kind}"),
            length=_short_length(r.length.text),
        )
        for r in routes.routes[:MAX_STEPS]
        if r.length is not None
    ]
    return say("focus.length", lengths="; ".join(lengths))


def _sources(routes: Routes, steps: list[Route]) -> list[Source]:
    found: list[Source] = [routes.typical_source]
    if routes.levels_differ:
        found.append(routes.common_source)
    for route in steps:
        if route.length is not None:
            found.append(route.length.source)
        if route.programs:
            found.append(route.programs[0].source)
            program = _program(route)
            if program is not None and program.earnings is not None:
                found.append(program.earnings.source)
        if route.sponsors:
            found.append(route.sponsors[0].source)
    found.extend(licence.source for licence in routes.licences[:MAX_LICENCES])
    return list({s.citation: s for s in found}.values())


def route_answer(
    routes: Routes, *, need_college: bool = False, focus: str | None = None
) -> RouteAnswer:
    """The route answer as plain text and as a card, from the same sentences."""
    located = routes.place is not None and any(
        p.miles is not None for r in routes.routes for p in r.programs
    )
    lead, lead_levels = _lead(routes)
    opening = [need_college_word(routes)] if need_college else []
    if focus in FOCUSES:
        opening.append(_focus_sentence(routes, focus, located))
    opening.append(lead)

    steps = routes.routes[:MAX_STEPS]
    step_lines: list[str] = []
    card_steps: list[dict[str, Any]] = []
    for number, route in enumerate(steps, start=1):
        name = _step_name(route)
        length = route.length.text if route.length is not None else None
        head = (
            say("step", number=number, name=name, length=length)
            if length
            else say("step_no_length", number=number, name=name)
        )
        details: list[str] = []
        places: list[dict[str, Any]] = []
        if route.kind == "apprenticeship":
            if route.sponsors:
                details.append(_sponsor_sentence(route.sponsors[0], located))
                places = [_sponsor_card(s) for s in route.sponsors[:3]]
            else:
                details.append(say("no_sponsor"))
        elif route.kind != "job_training":
            program = _program(route)
            if program is None or not program.completers:
                details.append(say("no_program"))
            else:
                details.append(_program_sentence(program, located))
                paid = _earnings_sentence(program)
                if paid:
                    details.append(paid)
                places = [_program_card(p) for p in route.programs if p.completers][:3]
        step_lines.append(" ".join([head, *details]))
        card_steps.append(
            {
                "kind": route.kind,
                "name": name,
                "length": length,
                "details": details,
                "places": places,
            }
        )

    licence_lines = [_licence_sentence(x) for x in routes.licences[:MAX_LICENCES]] or [
        say("no_licence")
    ]
    reports = ""
    # O*NET suppresses unreliable shares (RN: the bachelor's share); a partial list misleads.
    if routes.levels_differ and sum(x.percent for x in routes.common_levels) >= COMPLETE_SHARES:
        shares = [
            say("share", percent=f"{s.percent:.0f}", level=LEVELS[s.level].short)
            for s in routes.common_levels[:3]
            if s.percent >= 5
        ]
        reports = say("workers_report", shares=", ".join(shares))
    where = "" if located else say("tell_place")
    heading = (
        say("steps_heading_from", place=_town(routes))
        if located and routes.place
        else say("steps_heading")
    )
    sources = say("sources", sources="; ".join(s.citation for s in _sources(routes, steps)))

    lines = [" ".join(opening)]
    if reports:
        lines.append(reports)
    lines.append(heading)
    lines.extend(step_lines)
    lines.extend(licence_lines)
    if where:
        lines.append(where)
    lines.append(sources)
    text = "\n".join(lines)
    card = {
        "type": "route",
        "title": say("card.title", title=routes.occupation.short or routes.occupation.title),
        "lead": " ".join(opening),
        "reports": reports or None,
        "steps_label": heading.rstrip(":"),
        "steps": card_steps,
        "licences": licence_lines,
        "where": where or None,
        "source": sources,
        "summary": say("card.summary", jobs=_jobs(routes), text=text),
    }
    return RouteAnswer(text=text, card=card, lead=lead, lead_levels=lead_levels)


def _program_card(program: ProgramOffer) -> dict[str, Any]:
    return {
        "name": program.institution,
        "city": program.city,
        "where": _where(program.city, program.miles),
        "what": f"{program.program}, {program.award}",
        "url": NAVIGATOR.format(unitid=program.unitid),
    }


def _sponsor_card(sponsor: SponsorOffer) -> dict[str, Any]:
    return {
        "name": sponsor.name,
        "city": sponsor.city,
        "where": _where(sponsor.city, sponsor.miles),
        "what": sponsor.sponsor_type or "",
        "url": sponsor.url,
    }


def _where(city: str, miles: float | None) -> str:
    return city if miles is None else say("card.where", city=city, miles=round(miles))
