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
from typing import Any

from actions import texts
from occupations.routes import LEVELS, NON_DEGREE, WORK_UP, level_name
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
    if route.kind == "job_training" and route.name == WORK_UP:
        return texts.say("route.step_name.work_up")
    return texts.say(f"route.step_name.{route.kind}")


def _miles(miles: float | None) -> str:
    return "" if miles is None else texts.say("route.miles", miles=round(miles))


def _years(years: int) -> str:
    return texts.say("route.years_after" if years == 1 else "route.years_after_plural", years=years)


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
    return texts.say("route.nearest_program" if located else "route.state_program", **values)


def _sponsor_sentence(sponsor: SponsorOffer, located: bool) -> str:
    values = {"sponsor": sponsor.name, "city": sponsor.city, "miles": _miles(sponsor.miles)}
    return texts.say("route.nearest_sponsor" if located else "route.state_sponsor", **values)


def _earnings_sentence(program: ProgramOffer) -> str | None:
    if program.earnings is None:
        return None
    return texts.say(
        "route.earnings",
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
            key = "route.lead.apprenticeship"
        elif first is not None and first.kind == "job_training":
            key = "route.lead.work_up" if first.name == WORK_UP else "route.lead.on_the_job"
        else:
            key = "route.lead.typical"
        return texts.say(key, jobs=jobs, typical=typical), (routes.typical_level,)
    text = texts.say(
        "route.lead.lower",
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
        return texts.say("route.college.no")
    if level in ("certificate", "associate"):
        return texts.say("route.college.no_four_year")
    return texts.say("route.college.yes")


def _licence_sentence(licence: LicenceInfo) -> str:
    return texts.say(
        "route.licence",
        title=licence.title,
        agency=licence.agency,
        note=texts.say("route.licence_note", note=licence.note) if licence.note else "",
        url=texts.say("route.licence_url", url=licence.url) if licence.url else "",
    )


def _focus_sentence(routes: Routes, focus: str, located: bool) -> str:
    jobs = _jobs(routes)
    if focus == "nearest":
        found = _nearest_program(routes)
        if found is None:
            return texts.say("route.focus.no_program", jobs=jobs)
        program = found[1]
        values = {
            "place": _town(routes),
            "program": program.program,
            "award": program.award,
            "school": program.institution,
            "city": program.city,
            "miles": _miles(program.miles),
        }
        return texts.say(
            "route.focus.nearest" if located else "route.focus.nearest_state", **values
        )
    if focus == "earnings":
        paid = [
            p for r in routes.routes for p in r.programs if p.earnings is not None and p.completers
        ]
        if not paid:
            return texts.say("route.focus.no_earnings")
        program = paid[0]
        assert program.earnings is not None
        return texts.say(
            "route.focus.earnings",
            program=program.program,
            school=program.institution,
            pay=f"{program.earnings.annual_median:,}",
            years=_years(program.earnings.years_after),
        )
    if focus == "licence":
        if not routes.licences:
            return texts.say("route.focus.no_licence", jobs=jobs)
        licence = routes.licences[0]
        return texts.say(
            "route.focus.licence",
            title=licence.title,
            agency=licence.agency,
            note=texts.say("route.licence_note", note=licence.note) if licence.note else "",
        )
    lengths = [
        texts.say(
            "route.length_part",
            name=texts.say(f"route.length_name.{r.kind}"),
            length=_short_length(r.length.text),
        )
        for r in routes.routes[:MAX_STEPS]
        if r.length is not None
    ]
    return texts.say("route.focus.length", lengths="; ".join(lengths))


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
            texts.say("route.step", number=number, name=name, length=length)
            if length
            else texts.say("route.step_no_length", number=number, name=name)
        )
        details: list[str] = []
        places: list[dict[str, Any]] = []
        if route.kind == "apprenticeship":
            if route.sponsors:
                details.append(_sponsor_sentence(route.sponsors[0], located))
                places = [_sponsor_card(s) for s in route.sponsors[:3]]
            else:
                details.append(texts.say("route.no_sponsor"))
        elif route.kind != "job_training":
            program = _program(route)
            if program is None or not program.completers:
                details.append(texts.say("route.no_program"))
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
        texts.say("route.no_licence")
    ]
    reports = ""
    # O*NET suppresses unreliable shares (RN: the bachelor's share); a partial list misleads.
    if routes.levels_differ and sum(x.percent for x in routes.common_levels) >= COMPLETE_SHARES:
        shares = [
            texts.say("route.share", percent=f"{s.percent:.0f}", level=LEVELS[s.level].short)
            for s in routes.common_levels[:3]
            if s.percent >= 5
        ]
        reports = texts.say("route.workers_report", shares=", ".join(shares))
    where = "" if located else texts.say("route.tell_place")
    heading = (
        texts.say("route.steps_heading_from", place=_town(routes))
        if located and routes.place
        else texts.say("route.steps_heading")
    )
    sources = texts.say(
        "route.sources", sources="; ".join(s.citation for s in _sources(routes, steps))
    )

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
        "title": texts.say(
            "route.card.title", title=routes.occupation.short or routes.occupation.title
        ),
        "lead": " ".join(opening),
        "reports": reports or None,
        "steps_label": heading.rstrip(":"),
        "steps": card_steps,
        "licences": licence_lines,
        "where": where or None,
        "source": sources,
        "summary": texts.say("route.card.summary", jobs=_jobs(routes), text=text),
    }
    return RouteAnswer(text=text, card=card, lead=lead, lead_levels=lead_levels)


def how_long_answer(routes: Routes) -> str:
    """The answer to "how many years is that?": the route answer's first sentence and lengths."""
    lead, _ = _lead(routes)
    used = [routes.typical_source] + ([routes.common_source] if routes.levels_differ else [])
    used += [r.length.source for r in routes.routes[:MAX_STEPS] if r.length is not None]
    cited = {source.citation: source for source in used}
    sources = texts.say("route.sources", sources="; ".join(cited))
    located = routes.place is not None
    return "\n".join([f"{lead} {_focus_sentence(routes, 'length', located)}", sources])


def licence_answer(routes: Routes) -> str:
    """The answer to "is there a license for it?": the licence sentence, with its source."""
    located = routes.place is not None
    cited = {x.source.citation: x for x in routes.licences[:MAX_LICENCES]}
    lines = [_focus_sentence(routes, "licence", located)]
    if cited:
        lines.append(texts.say("route.sources", sources="; ".join(cited)))
    return "\n".join(lines)


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
    return city if miles is None else texts.say("route.card.where", city=city, miles=round(miles))
