"""Every answer that carries numbers, put together for a student reading on a phone.

Whole fixed messages live in the domain's responses; the pieces these answers are made of
(every line, with its placeholders) live in ``actions/texts.yml``, so this module holds no
wording of its own. Nothing here shows BLS jargon (SOC codes, OEWS area names): students read
the occupation title and the area's plain name. Education levels are worded once, in
``occupations/data/education_levels.csv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from actions.buttons import Button as Button
from actions.buttons import occupation_buttons as occupation_buttons
from actions.buttons import occupation_ref_buttons as occupation_ref_buttons
from actions.buttons import payload as payload
from actions.texts import say, table
from occupations import money
from occupations.fields import field_of
from occupations.routes import LEVELS
from occupations.types import (
    EDUCATION_LEVELS,
    AreaWages,
    Description,
    ExploreItem,
    Measure,
    WageReport,
)

# Button, payload and the occupation buttons stay importable from here for the modules
# that have not moved to actions.buttons yet.

NOT_SHOWN = ("not_released", "not_published")
# Share of the area's all-jobs median at or above which a job pays "well above" most jobs,
# and below which it is no longer "close".
WELL_ABOVE, CLOSE = Decimal("1.25"), Decimal("0.85")


def capitalize(text: str) -> str:
    """First letter up, the rest as written ("the Hattiesburg area" -> "The Hattiesburg area")."""
    return text[:1].upper() + text[1:]


def education_plain(level: str, fallback: str) -> str:
    """The plain words for an education level (from education_levels.csv), or BLS's own."""
    known = LEVELS.get(level)
    return known.plain if known else fallback.lower()


def _source(citation: str) -> str:
    return say("source", citation=citation)


def _year(measure: Measure) -> str | None:
    if measure.value is None or measure.status in NOT_SHOWN:
        return None
    key = "pay.year_over" if measure.status == "top_coded" else "pay.year"
    return say(key, amount=money.annual(measure.value))


def _hour(measure: Measure) -> str | None:
    if measure.value is None or measure.status in NOT_SHOWN:
        return None
    key = "pay.hour_over" if measure.status == "top_coded" else "pay.hour"
    return say(key, amount=money.hourly(measure.value))


def median_phrase(wages: AreaWages) -> str | None:
    """The median as "$48,580 a year ($23.35 an hour)", or what BLS does publish, or None."""
    year, hour = _year(wages.annual_median), _hour(wages.hourly_median)
    if year and hour:
        return say("pay.both", year=year, hour=hour)
    return year or hour


def _range(wages: AreaWages) -> str | None:
    low, high = wages.annual_p25, wages.annual_p75
    if low.published and high.published and low.value is not None and high.value is not None:
        return say("wage.range", low=money.annual(low.value), high=money.annual(high.value))
    return None


def wage_text(report: WageReport) -> str:
    """The pay answer: local median, middle range, head count, the state beside it, source."""
    title = report.occupation.name
    where = report.area.plain_name
    lines: list[str] = []
    local = median_phrase(report.local) if report.local else None
    if local:
        top = report.local is not None and report.local.annual_median.status == "top_coded"
        lines.append(say("wage.local", title=title, where=where, pay=local))
        if top:
            lines.append(say("wage.top_coded"))
        spread = _range(report.local) if report.local else None
        if spread:
            lines.append(spread)
        if report.local is not None and report.local.employment:
            lines.append(say("wage.employment", count=f"{report.local.employment:,}"))
        if (
            report.local is not None
            and not report.local.hourly_median.published
            and report.local.annual_median.published
        ):
            lines.append(say("wage.yearly_only"))
    else:
        lines.append(say("wage.none", jobs=title.lower(), where=where))
    state = median_phrase(report.statewide) if report.statewide else None
    if state and report.area.kind != "state":
        lines.append(say("wage.state", pay=state))
    elif not local and report.national:
        nation = median_phrase(report.national)
        if nation:
            lines.append(say("wage.nation", pay=nation))
    lines.append(_source(report.source.citation))
    return " ".join(lines)


def explore_text(items: Sequence[ExploreItem], *, where: str, offset: int) -> str:
    """Up to 5 jobs for the area: median pay and how people get in."""
    lines = [say("explore.heading_more" if offset else "explore.heading", where=where)]
    for number, item in enumerate(items, start=offset + 1):
        pay = _year(item.annual_median) or _hour(item.hourly_median) or say("explore.no_pay")
        route = education_plain(item.education_level, item.education)
        lines.append(
            say("explore.item", number=number, title=item.occupation.name, pay=pay, education=route)
        )
    if items and items[0].sources:  # the list's figures, cited from the database's provenance
        lines.append(_source("; ".join(source.citation for source in items[0].sources)))
    return "\n".join(lines)


def explore_place(area_name: str | None, *, statewide: bool) -> str:
    """Where an explore list is for: the state, the student's area, or "your area"."""
    if statewide:
        return say("state")
    return area_name or say("explore.your_area")


def filters_text(*, education: str | None, interest: str | None) -> str:
    """What the list was limited to, so the student knows why these jobs."""
    interests = table("interest")
    parts = []
    if education == "none":  # "a summer job": nothing less than no diploma to say
        parts.append(say("filters.education_none"))
    elif education in EDUCATION_LEVELS and education:
        parts.append(say("filters.education", education=education_plain(education, education)))
    if interest in interests and interest:
        parts.append(say("filters.interest", interest=interests[interest]))
    field = field_of(interest)
    if field is not None:
        parts.append(say("filters.field", what=field.what))
    return " ".join(parts)


def describe_text(description: Description) -> str:
    """One sentence on the job and three typical tasks."""
    first = description.description.split(". ")[0].rstrip(".") + "."
    lines = [say("describe.first", title=description.occupation.name, sentence=first)]
    if description.tasks:
        lines.append(say("describe.tasks"))
        lines += [say("describe.task", task=task.rstrip(".")) for task in description.tasks[:3]]
    lines.append(_source(description.source.citation))
    return "\n".join(lines)


def compare_text(first: WageReport, second: WageReport) -> str:
    """Two occupations' pay side by side in the student's area."""
    lines = [say("compare.heading", where=first.area.plain_name)]
    for report in (first, second):
        phrase = median_phrase(report.local) if report.local else None
        if not phrase and report.statewide:
            statewide = median_phrase(report.statewide)
            phrase = say("compare.state", pay=statewide) if statewide else None
        lines.append(
            say("compare.item", title=report.occupation.name, pay=phrase or say("compare.none"))
        )
    lines.append(_source(first.source.citation))
    return "\n".join(lines)


def _middle(report: WageReport) -> tuple[AreaWages | None, str]:
    """The local figures, or the state's when BLS publishes none there, and where they are."""
    if report.local is not None and median_phrase(report.local):
        return report.local, report.area.plain_name
    if report.statewide is not None:
        return report.statewide, say("state")
    return None, report.area.plain_name


def wage_unit_text(report: WageReport, unit: str) -> str:
    """The middle pay of the last answer per hour, week, month or year."""
    wages, where = _middle(report)
    title = report.occupation.name
    source = _source(report.source.citation)
    if wages is None:
        return f"{say('wage.none', jobs=title.lower(), where=where)} {source}"
    hour, year = _hour(wages.hourly_median), _year(wages.annual_median)
    if unit == "hour":
        said = say("wage_unit.hour", hour=hour) if hour else say("wage_unit.yearly_only", year=year)
    elif unit in ("week", "month") and wages.annual_median.value is not None and year:
        parts = 52 if unit == "week" else 12
        share = money.annual(wages.annual_median.value / parts)
        said = say(f"wage_unit.{unit}", share=share, year=year)
    else:
        said = year or say("wage_unit.other", hour=hour)
    answer = say("wage_unit.answer", title=title, where=where, said=said)
    if where != report.area.plain_name:  # the state's figure stands in: say why, for where
        answer = f"{say('wage.none', jobs=title.lower(), where=report.area.plain_name)} {answer}"
    return f"{answer} {source}"


def good_money_text(job: WageReport, overall: WageReport) -> str:
    """The job's middle pay beside the middle pay of all jobs in the same area."""
    wages, where = _middle(job)
    every, _ = _middle(overall) if where == job.area.plain_name else (overall.statewide, "")
    source = _source(job.source.citation)
    mine = wages.annual_median.value if wages else None
    typical = every.annual_median.value if every else None
    if mine is None or typical is None:
        return f"{say('good_money.no_data', where=where)} {source}"
    title = job.occupation.name
    base = say(
        "good_money.all_jobs", where=where, pay=say("pay.year", amount=money.annual(typical))
    )
    if mine >= typical * WELL_ABOVE:
        verdict = "good_money.well_above"
    elif mine >= typical:
        verdict = "good_money.above"
    elif mine >= typical * CLOSE:
        verdict = "good_money.close"
    else:
        verdict = "good_money.below"
    return f"{say(verdict, title=title, pay=money.annual(mine))} {base} {source}"
