"""Every answer that carries numbers, worded for a student reading on a phone.

Texts without numbers live in the domain's responses. Nothing here shows BLS jargon
(SOC codes, OEWS area names): students read the occupation title and the area's plain name.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal

from occupations import money
from occupations.types import (
    EDUCATION_LEVELS,
    AreaWages,
    Description,
    ExploreItem,
    Measure,
    OccupationRef,
    Pathway,
    WageReport,
)

Button = dict[str, str]
# An explore list shows local pay (OEWS) and the entry route (Employment Projections).
EXPLORE_SOURCES = "BLS OEWS, May 2025; BLS Employment Projections, 2024-34"

# What the student reads for each of the data layer's education levels.
EDUCATION_PLAIN: dict[str, str] = {
    "none": "no diploma",
    "high_school": "a high school diploma",
    "some_college": "some college",
    "certificate": "a certificate after high school",
    "associate": "a 2-year degree",
    "bachelor": "a 4-year degree",
    "master": "a master's degree",
    "doctoral": "a doctoral or professional degree",
}
INTEREST_PLAIN: dict[str, str] = {
    "realistic": "hands-on work",
    "investigative": "science and problem solving",
    "artistic": "creative work",
    "social": "helping people",
    "enterprising": "leading and selling",
    "conventional": "organizing and numbers",
}
ROUTE_PLAIN: dict[str, str] = {
    "apprenticeship": "an apprenticeship (paid training on the job)",
    "postsecondary certificate": "a certificate from a community college",
    "postsecondary nondegree award": "a certificate from a community college",
    "license": "a license",
    "licence": "a license",
    "on-the-job training": "training on the job",
    "community-college programs": "a community college program",
}


def capitalize(text: str) -> str:
    """First letter up, the rest as written ("the Hattiesburg area" -> "The Hattiesburg area")."""
    return text[:1].upper() + text[1:]


def payload(intent: str, **entities: str) -> str:
    """A button payload that sends ``intent`` with entities, as Rasa parses it."""
    return f"/{intent}{json.dumps(entities)}" if entities else f"/{intent}"


def _year(measure: Measure) -> str | None:
    if measure.value is None or measure.status in ("not_released", "not_published"):
        return None
    if measure.status == "top_coded":
        return f"over {money.annual(measure.value)} a year"
    return f"{money.annual(measure.value)} a year"


def _hour(measure: Measure) -> str | None:
    if measure.value is None or measure.status in ("not_released", "not_published"):
        return None
    if measure.status == "top_coded":
        return f"over {money.hourly(measure.value)} an hour"
    return f"{money.hourly(measure.value)} an hour"


def median_phrase(wages: AreaWages) -> str | None:
    """The median as "$48,580 a year ($23.35 an hour)", or what BLS does publish, or None."""
    year, hour = _year(wages.annual_median), _hour(wages.hourly_median)
    if year and hour:
        return f"{year} ({hour})"
    return year or hour


def _range(wages: AreaWages) -> str | None:
    low, high = wages.annual_p25, wages.annual_p75
    if low.published and high.published and low.value is not None and high.value is not None:
        return f"Most make between {money.annual(low.value)} and {money.annual(high.value)}."
    return None


def wage_text(report: WageReport) -> str:
    """The pay answer: local median, middle range, head count, the state beside it, source."""
    title = report.occupation.name
    where = report.area.plain_name
    lines: list[str] = []
    local = median_phrase(report.local) if report.local else None
    if local:
        top = report.local is not None and report.local.annual_median.status == "top_coded"
        lines.append(f"{title} in {where}: the middle pay is {local}.")
        if top:
            lines.append("That is the top figure BLS reports, so many make more.")
        spread = _range(report.local) if report.local else None
        if spread:
            lines.append(spread)
        if report.local is not None and report.local.employment:
            lines.append(f"About {report.local.employment:,} people do this job there.")
        if (
            report.local is not None
            and not report.local.hourly_median.published
            and report.local.annual_median.published
        ):
            lines.append("BLS gives only yearly pay for this job.")
    else:
        lines.append(f"BLS doesn't publish pay for {title.lower()} in {where}.")
    state = median_phrase(report.statewide) if report.statewide else None
    if state and report.area.kind != "state":
        lines.append(f"In all of Mississippi: {state}.")
    elif not local and report.national:
        nation = median_phrase(report.national)
        if nation:
            lines.append(f"Across the U.S.: {nation}.")
    lines.append(f"Source: {report.source.citation}.")
    return " ".join(lines)


def _route(route: str) -> str:
    return ROUTE_PLAIN.get(route.lower(), route.lower())


def need_college_text(pathway: Pathway) -> str:
    """A straight yes or no to "do I need college for X?"."""
    title = pathway.occupation.name.lower()
    need = EDUCATION_PLAIN.get(pathway.education_level, pathway.education.lower())
    if pathway.needs_bachelors:
        return f"Yes. Most {title} need {need}."
    if pathway.education_level in ("associate", "certificate", "some_college"):
        return f"Not a 4-year college. Most {title} start with {need}."
    return "No. You don't need college for this job."


def pathway_text(pathway: Pathway, *, need_college: bool = False) -> str:
    """The entry route: non-degree routes first, then education, experience and training."""
    title = pathway.occupation.name
    lines: list[str] = []
    if need_college:
        lines.append(need_college_text(pathway))
    routes = [_route(route) for route in pathway.non_degree_routes]
    if routes:
        lines.append(f"Ways in without a 4-year degree: {', '.join(dict.fromkeys(routes))}.")
    need = EDUCATION_PLAIN.get(pathway.education_level, pathway.education.lower())
    said_already = need_college and (
        pathway.needs_bachelors
        or pathway.education_level in ("associate", "certificate", "some_college")
    )
    if not said_already:
        lines.append(f"Most {title.lower()} start with {need}.")
    if pathway.experience and pathway.experience.lower() != "none":
        lines.append(f"Work experience asked for: {pathway.experience.lower()}.")
    if pathway.training and pathway.training.lower() != "none":
        lines.append(f"Training on the job: {pathway.training.lower()}.")
    if pathway.programs:
        names = []
        for program in pathway.programs[:3]:
            name = f"{program.college} in {program.city}"
            if program.miles is not None:
                name += f" ({round(program.miles)} miles)"
            names.append(name)
        lines.append("Colleges in Mississippi that train for it: " + "; ".join(names) + ".")
    sources = [pathway.source.citation]
    if pathway.programs and pathway.programs_source:
        sources.append(pathway.programs_source.citation)
    lines.append(f"Source: {'; '.join(sources)}.")
    return " ".join(lines)


def explore_text(items: Sequence[ExploreItem], *, where: str, offset: int) -> str:
    """Up to 5 jobs for the area: median pay and how people get in."""
    start = "More jobs" if offset else "Jobs"
    lines = [f"{start} in {where}:"]
    for number, item in enumerate(items, start=offset + 1):
        pay = _year(item.annual_median) or _hour(item.hourly_median) or "pay not published"
        route = EDUCATION_PLAIN.get(item.education_level, item.education.lower())
        lines.append(f"{number}. {item.occupation.name}: {pay}, needs {route}")
    lines.append(f"Source: {EXPLORE_SOURCES}.")
    return "\n".join(lines)


def filters_text(*, education: str | None, interest: str | None) -> str:
    """What the list was limited to, so the student knows why these jobs."""
    parts = []
    if education in EDUCATION_LEVELS and education:
        parts.append(f"up to {EDUCATION_PLAIN[education]}")
    if interest in INTEREST_PLAIN and interest:
        parts.append(f"for people who like {INTEREST_PLAIN[interest]}")
    return ("Showing jobs " + " and ".join(parts) + ".") if parts else ""


def describe_text(description: Description) -> str:
    """One sentence on the job and three typical tasks."""
    first = description.description.split(". ")[0].rstrip(".") + "."
    lines = [f"{description.occupation.name}: {first}"]
    if description.tasks:
        lines.append("On a typical day they might:")
        lines += [f"- {task.rstrip('.')}" for task in description.tasks[:3]]
    lines.append(f"Source: {description.source.citation}.")
    return "\n".join(lines)


def compare_text(first: WageReport, second: WageReport) -> str:
    """Two occupations' pay side by side in the student's area."""
    where = first.area.plain_name
    lines = [f"Pay in {where}:"]
    for report in (first, second):
        phrase = median_phrase(report.local) if report.local else None
        if not phrase and report.statewide:
            statewide = median_phrase(report.statewide)
            phrase = f"{statewide} in all of Mississippi" if statewide else None
        lines.append(f"- {report.occupation.name}: {phrase or 'not published'}")
    lines.append(f"Source: {first.source.citation}.")
    return "\n".join(lines)


def occupation_buttons(titles: Sequence[str], intent: str = "inform_occupation") -> list[Button]:
    """One button per occupation title, sending the title back as the occupation."""
    return [{"title": title, "payload": payload(intent, occupation=title)} for title in titles]


def occupation_ref_buttons(
    refs: Sequence[OccupationRef], intent: str = "inform_occupation"
) -> list[Button]:
    """Buttons that show the short name and send BLS's full title, which finds one job."""
    return [{"title": ref.name, "payload": payload(intent, occupation=ref.title)} for ref in refs]


# How long the usual way in takes, from BLS Employment Projections' category definitions.
EDUCATION_LENGTH: dict[str, str] = {
    "none": "no school after high school",
    "high_school": "a high school diploma and no more school",
    "some_college": "some college classes, but no degree",
    "certificate": "a certificate: a few weeks to 2 years of classes after high school",
    "associate": "a 2-year degree after high school",
    "bachelor": "a 4-year degree after high school",
    "master": "a 4-year degree and then 1 to 2 more years",
    "doctoral": "a 4-year degree and then 3 or more years",
}
TRAINING_LENGTH: dict[str, str] = {
    "short-term on-the-job training": "up to a month of training on the job",
    "moderate-term on-the-job training": "1 to 12 months of training on the job",
    "long-term on-the-job training": "more than a year of training on the job",
    "apprenticeship": "an apprenticeship: paid training on the job for more than a year",
    "internship/residency": "an internship or residency after school",
}


def _middle(report: WageReport) -> tuple[AreaWages | None, str]:
    """The local figures, or the state's when BLS publishes none there, and where they are."""
    if report.local is not None and median_phrase(report.local):
        return report.local, report.area.plain_name
    if report.statewide is not None:
        return report.statewide, "Mississippi"
    return None, report.area.plain_name


def wage_unit_text(report: WageReport, unit: str) -> str:
    """The middle pay of the last answer per hour, week, month or year."""
    wages, where = _middle(report)
    title = report.occupation.name
    source = f"Source: {report.source.citation}."
    if wages is None:
        return f"BLS doesn't publish pay for {title.lower()} in {where}. {source}"
    hour, year = _hour(wages.hourly_median), _year(wages.annual_median)
    if unit == "hour":
        said = f"about {hour}" if hour else f"BLS gives only yearly pay: {year}"
    elif unit in ("week", "month") and wages.annual_median.value is not None and year:
        parts = 52 if unit == "week" else 12
        share = money.annual(wages.annual_median.value / parts)
        said = f"about {share} a {unit} ({year} divided by {parts})"
    else:
        said = year or f"about {hour}"
    return f"{title} in {where}: {said}, the middle pay. {source}"


def good_money_text(job: WageReport, overall: WageReport) -> str:
    """The job's middle pay beside the middle pay of all jobs in the same area."""
    wages, where = _middle(job)
    every, _ = _middle(overall) if where == job.area.plain_name else (overall.statewide, "")
    source = f"Source: {job.source.citation}."
    mine = wages.annual_median.value if wages else None
    typical = every.annual_median.value if every else None
    if mine is None or typical is None:
        return f"BLS doesn't publish enough to compare pay for this job in {where}. {source}"
    title = job.occupation.name
    base = f"The middle pay for all jobs in {where} is {money.annual(typical)} a year."
    if mine >= typical * Decimal("1.25"):
        verdict = f"Yes. {title} make {money.annual(mine)}, well above most jobs there."
    elif mine >= typical:
        verdict = f"Yes. {title} make {money.annual(mine)}, a bit above most jobs there."
    elif mine >= typical * Decimal("0.85"):
        verdict = f"It's close. {title} make {money.annual(mine)}, a bit below most jobs there."
    else:
        verdict = f"Not really. {title} make {money.annual(mine)}, below most jobs there."
    return f"{verdict} {base} {source}"


def how_long_text(pathway: Pathway) -> str:
    """How long the usual way into the job takes: school, then training on the job."""
    title = pathway.occupation.name.lower()
    school = EDUCATION_LENGTH.get(pathway.education_level, pathway.education.lower())
    lines = [f"Most {title} start with {school}."]
    training = TRAINING_LENGTH.get((pathway.training or "").lower())
    if training:
        lines.append(f"Then {training}.")
    if pathway.experience and pathway.experience.lower() != "none":
        lines.append(f"Some work experience first: {pathway.experience.lower()}.")
    lines.append(f"Source: {pathway.source.citation}.")
    return " ".join(lines)
