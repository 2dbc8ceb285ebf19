"""The entry-route answer, from ``occupations.routes``: one function renders both forms.

``route_answer`` turns a :class:`~occupations.types.Routes` into the plain text that SMS and
REST show and the route card the web widget draws (a custom payload, ``{"card": ...}``),
from the same sentences, so the two never say different things. The first sentence names
the level of the first route listed and BLS's typical level, so the answer cannot
contradict itself (``tests/actions/test_route_answers.py`` checks every occupation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
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
    if miles is None:
        return ""
    return texts.say("route.one_mile" if round(miles) <= 1 else "route.miles", miles=round(miles))


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


def _same_school(program: ProgramOffer, earlier: ProgramOffer | None) -> bool:
    return (
        earlier is not None
        and earlier.unitid == program.unitid
        and earlier.program == program.program
    )


def _schools_with_graduates(route: Route) -> int:
    return len({p.unitid for p in route.programs if p.completers})


def _award_length(route: Route, program: ProgramOffer) -> str | None:
    """The award's length when the award is the step's own kind, else None.

    "a certificate (1 to 2 years)" under "Certificate" -> "1 to 2 years".
    """
    kind = texts.say(f"route.length_name.{route.kind}").rstrip(",")
    words, _, rest = program.award.partition(" (")
    return rest.rstrip(")") if words == kind and rest else None


def _program_detail(
    route: Route,
    program: ProgramOffer,
    located: bool,
    earlier: ProgramOffer | None,
    *,
    bare: bool,
) -> str:
    """Where the step's program is; ``bare``: the head already says the award."""
    if _same_school(program, earlier):
        return texts.say("route.program_also", school=program.institution)
    values = {
        "program": program.program,
        "award": "" if bare else texts.say("route.award", award=program.award),
        "school": program.institution,
        "city": program.city,
        "miles": _miles(program.miles),
    }
    if located and _schools_with_graduates(route) == 1:
        return texts.say("route.program_only", **values)
    return texts.say("route.program" if located else "route.state_program", **values)


def _sponsor_detail(sponsor: SponsorOffer, located: bool) -> str:
    values = {"sponsor": sponsor.name, "city": sponsor.city, "miles": _miles(sponsor.miles)}
    return texts.say("route.sponsor" if located else "route.state_sponsor", **values)


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
        program = min(paid, key=lambda p: p.miles if p.miles is not None else 1e9)
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
        if licence.note:  # "needed to run your own ... business, not to work for one": no "Yes"
            return texts.say(
                "route.focus.licence_noted",
                title=licence.title,
                agency=licence.agency,
                note=licence.note,
            )
        return texts.say("route.focus.licence", title=licence.title, agency=licence.agency)
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
    """The sources of what the answer shows, each once, in the order they are used."""
    found: list[Source] = [routes.typical_source]
    if routes.levels_differ:
        found.append(routes.common_source)
    for route in steps:
        if route.length is not None:
            found.append(route.length.source)
        if route.programs:
            found.append(route.programs[0].source)
        if route.sponsors:
            found.append(route.sponsors[0].source)
    found.extend(licence.source for licence in routes.licences[:MAX_LICENCES])
    return list({s.citation: s for s in found}.values())


def _step(
    number: int, route: Route, located: bool, earlier: ProgramOffer | None
) -> tuple[str, list[str], list[dict[str, Any]], ProgramOffer | None]:
    """One step: its line, its details, its places for the card, and the program it names."""
    name = _step_name(route)
    length = _short_length(route.length.text) if route.length is not None else None
    head = (
        texts.say("route.head_length", number=number, name=name, length=length)
        if length
        else texts.say("route.head", number=number, name=name)
    )
    if route.kind == "job_training":
        plain = texts.say("route.head", number=number, name=name)
        line = texts.say("route.step", head=plain, detail=length or texts.say("route.no_length"))
        return line, [], [], earlier
    if route.kind == "apprenticeship":
        if not route.sponsors:
            detail = texts.say("route.no_sponsor")
            return texts.say("route.step", head=head, detail=detail), [detail], [], earlier
        detail = _sponsor_detail(route.sponsors[0], located)
        places = [_sponsor_card(s) for s in route.sponsors[:3]]
        return texts.say("route.step", head=head, detail=detail), [detail], places, earlier
    program = _program(route)
    if program is None or not program.completers:
        detail = texts.say("route.no_program")
        return texts.say("route.step", head=head, detail=detail), [detail], [], earlier
    # The head says how long the named program takes, from its award level.
    award = _award_length(route, program)
    head = (
        texts.say("route.head_length", number=number, name=name, length=award)
        if award
        else texts.say("route.head", number=number, name=name)
    )
    detail = _program_detail(route, program, located, earlier, bare=award is not None)
    places = [_program_card(p) for p in route.programs if p.completers][:3]
    return texts.say("route.step", head=head, detail=detail), [detail], places, program


def route_answer(
    routes: Routes, *, need_college: bool = False, focus: str | None = None
) -> RouteAnswer:
    """The route answer as plain text and as a card, from the same sentences.

    The text is the short form: the first sentence, the ways in (one place each), the
    licences and the sources; what graduates earn, each step's length and the other places
    are one question away ("how long", "closest school", "is there a license", "what do
    graduates make"). The card shows the same sentences with up to three places a step.
    """
    measured = [p.miles for r in routes.routes for p in r.programs]
    measured += [s.miles for r in routes.routes for s in r.sponsors]
    located = routes.place is not None and any(m is not None for m in measured)
    lead, lead_levels = _lead(routes)
    opening = [need_college_word(routes)] if need_college else []
    if focus in FOCUSES:
        opening.append(_focus_sentence(routes, focus, located))
    opening.append(lead)

    steps = routes.routes[:MAX_STEPS]
    step_lines: list[str] = []
    card_steps: list[dict[str, Any]] = []
    earlier: ProgramOffer | None = None
    for number, route in enumerate(steps, start=1):
        line, details, places, earlier = _step(number, route, located, earlier)
        step_lines.append(line)
        card_steps.append(
            {
                "kind": route.kind,
                "name": _step_name(route),
                "length": route.length.text if route.length is not None else None,
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
    lines = [" ".join(opening), heading, *step_lines, *_short_licences(routes)]
    lines.append(where or texts.say("route.more"))
    lines.append(sources)
    full = "\n".join(lines)
    # A question about one part is answered with that part; the ways in are one tap away.
    text = _focused_text(routes, focus, opening, located) if focus in FOCUSES else full
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
        "summary": texts.say("route.card.summary", jobs=_jobs(routes), text=full),
    }
    return RouteAnswer(text=text, card=card, lead=lead, lead_levels=lead_levels)


def _focused_text(routes: Routes, focus: str | None, opening: list[str], located: bool) -> str:
    """The short answer to one part: the opening, nearby alternatives, and its sources."""
    lines = [" ".join(opening)]
    used: list[Source] = [routes.typical_source]
    if routes.levels_differ:
        used.append(routes.common_source)
    if focus == "nearest":
        nearest = _nearest_program(routes)
        if nearest is not None:
            used.append(nearest[1].source)
            others = _other_schools(routes, nearest[1])
            if located and others:
                lines.append(texts.say("route.focus.also", places="; ".join(others)))
    elif focus == "earnings":
        paid = [p for r in routes.routes for p in r.programs if p.earnings and p.completers]
        if paid:
            used += [paid[0].source, *(p.earnings.source for p in paid[:1] if p.earnings)]
    elif focus == "licence":
        used += [x.source for x in routes.licences[:1]]
    else:
        used += [r.length.source for r in routes.routes[:MAX_STEPS] if r.length is not None]
    cited = {source.citation: source for source in used}
    lines.append(texts.say("route.focus.ways_in"))
    lines.append(texts.say("route.sources", sources="; ".join(cited)))
    return "\n".join(lines)


def _other_schools(routes: Routes, nearest: ProgramOffer) -> list[str]:
    """Up to two more schools with graduates, nearest first, as "School, Town (N miles)"."""
    found: dict[str, ProgramOffer] = {}
    for route in routes.routes:
        for program in route.programs:
            other = program.unitid != nearest.unitid and program.unitid not in found
            if program.completers and program.miles is not None and other:
                found[program.unitid] = program
    ranked = sorted(found.values(), key=lambda p: p.miles if p.miles is not None else 1e9)
    return [
        texts.say("route.focus.school", school=p.institution, city=p.city, miles=_miles(p.miles))
        for p in ranked[:2]
    ]


def _short_licences(routes: Routes) -> list[str]:
    """The licences without their addresses (the card and "is there a license" give them)."""
    if not routes.licences:
        return [texts.say("route.no_licence")]
    shown = routes.licences[:MAX_LICENCES]
    # Two from one agency for the same reason (a contractor's licences): one line.
    if len(shown) == 2 and shown[0].agency == shown[1].agency and all(x.note for x in shown):
        titles = texts.say("route.licence_pair", first=shown[0].title, second=shown[1].title)
        shown = [replace(shown[0], title=titles)]
    return [
        texts.say(
            "route.licence_short",
            title=licence.title,
            agency=licence.agency,
            note=texts.say("route.licence_note", note=licence.note) if licence.note else "",
        )
        for licence in shown
    ]


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
    if routes.licences and routes.licences[0].url:
        lines.append(texts.say("route.licence_more", url=routes.licences[0].url))
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
    if miles is None:
        return city
    if round(miles) <= 1:
        return texts.say("route.card.where_one", city=city)
    return texts.say("route.card.where", city=city, miles=round(miles))
