"""Look-ups for coaches and maintainers: occupations, wages, entry routes, explore, places."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click
from sqlalchemy.orm import Session

from careerbot import settings
from careerbot.cli.output import emit_json, fail
from occupations import api, money
from occupations.db import check_built, engine_for, session_scope
from occupations.errors import OccupationsError
from occupations.types import EDUCATION_LEVELS, INTERESTS, Area, Measure, Place, Unresolved

MAX_INPUT = 200


def _check_text(value: str, what: str, as_json: bool) -> str:
    text = value.strip()
    if not text:
        fail(f"{what} is empty.", as_json=as_json)
    if len(text) > MAX_INPUT:
        fail(
            f"{what} is too long ({len(text):,} characters; at most {MAX_INPUT}).", as_json=as_json
        )
    return text


@contextmanager
def _session(as_json: bool) -> Iterator[Session]:
    url = settings.load().occupations_db_url
    try:
        check_built(engine_for(url))
        with session_scope(url) as session:
            yield session
    except OccupationsError as error:
        fail(str(error), as_json=as_json)


def _soc_for(session: Session, text: str, as_json: bool) -> str:
    result = api.search_occupations(session=session, text=text)
    if not result.matches:
        fail(f"No occupation matches {text!r}.", as_json=as_json)
    if result.ambiguous:
        options = "; ".join(f"{m.soc} {m.title}" for m in result.matches)
        fail(f"{text!r} could be several occupations: {options}. Give a SOC code.", as_json=as_json)
    return result.matches[0].soc


def _area_for(session: Session, text: str, as_json: bool) -> Area:
    if text.isdigit() and len(text) == 7:
        return api.area(session=session, code=text)
    place = api.resolve_place(session=session, text=text)
    if isinstance(place, Unresolved):
        fail(_not_resolved(text, place), as_json=as_json)
    return place.area


def _not_resolved(text: str, place: Unresolved) -> str:
    """Why ``text`` names no one area, and what to try instead."""
    if place.region is not None:
        return f"{text!r} covers several areas: {', '.join(place.suggestions)}. Name one of them."
    hint = f" Did you mean: {', '.join(place.suggestions)}?" if place.suggestions else ""
    return f"No Mississippi place matches {text!r}.{hint}"


def _money(measure: Measure, hourly: bool) -> str:
    if measure.value is None:
        return "not published" if measure.status == "not_published" else "not released by BLS"
    text = money.hourly(measure.value) if hourly else money.annual(measure.value)
    return f"{text} or more" if measure.status == "top_coded" else text


def _value(measure: Measure) -> Any:
    return measure.value if measure.published else None


@click.group("occupations")
def occupations_group() -> None:
    """Occupations by what people call them."""


@occupations_group.command("search")
@click.argument("text")
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 50))
@click.option("--json", "as_json", is_flag=True)
def search(text: str, limit: int, as_json: bool) -> None:
    """Ranked matches for TEXT: SOC code, title and score."""
    query = _check_text(text, "The search text", as_json)
    with _session(as_json) as session:
        result = api.search_occupations(session=session, text=query, limit=limit)
    if not result.matches:
        fail(f"No occupation matches {query!r}.", as_json=as_json, code=1)
    if as_json:
        emit_json(
            {
                "query": query,
                "ambiguous": result.ambiguous,
                "matches": [m.__dict__ for m in result.matches],
            }
        )
        return
    if result.ambiguous:
        click.echo("Several occupations fit; which one?")
    for m in result.matches:
        click.echo(f"{m.soc}  {m.title}  ({m.score:.0f}, matched {m.matched!r})")


@click.command("wages")
@click.argument("occupation")
@click.argument("place")
@click.option("--json", "as_json", is_flag=True)
def wages(occupation: str, place: str, as_json: bool) -> None:
    """Pay for OCCUPATION (SOC code or title) in PLACE (county, town, ZIP, nickname, area code)."""
    occupation = _check_text(occupation, "The occupation", as_json)
    place = _check_text(place, "The place", as_json)
    with _session(as_json) as session:
        soc = _soc_for(session, occupation, as_json)
        where = _area_for(session, place, as_json)
        report = api.wages(session=session, soc=soc, area_code=where.code)
    local = report.local
    if as_json:
        emit_json(
            {
                "soc": report.occupation.soc,
                "title": report.occupation.title,
                "area": report.area,
                "annual_median": _value(local.annual_median) if local else None,
                "hourly_median": _value(local.hourly_median) if local else None,
                "local": local,
                "statewide": report.statewide,
                "national": report.national,
                "source": report.source.citation,
            }
        )
        return
    click.echo(f"{report.occupation.title} ({report.occupation.soc}) in {report.area.name}")
    if local is None:
        click.echo("  BLS publishes no figures for this occupation in this area.")
    else:
        click.echo(
            f"  median: {_money(local.annual_median, False)} a year, "
            f"{_money(local.hourly_median, True)} an hour"
        )
        click.echo(
            f"  middle range: {_money(local.annual_p25, False)} to "
            f"{_money(local.annual_p75, False)} a year"
        )
        click.echo(
            f"  employment: {local.employment:,}"
            if local.employment
            else "  employment: not published"
        )
    if report.statewide:
        click.echo(f"  Mississippi median: {_money(report.statewide.annual_median, False)} a year")
    click.echo(f"  Source: {report.source.citation}")


@click.command("pathway")
@click.argument("occupation")
@click.option("--place", help="Where the student is, for the nearest community colleges.")
@click.option("--json", "as_json", is_flag=True)
def pathway(occupation: str, place: str | None, as_json: bool) -> None:
    """What it takes to enter OCCUPATION: education, experience, training, programs."""
    occupation = _check_text(occupation, "The occupation", as_json)
    with _session(as_json) as session:
        soc = _soc_for(session, occupation, as_json)
        where = (
            _area_for(session, _check_text(place, "The place", as_json), as_json) if place else None
        )
        try:
            result = api.pathway(session=session, soc=soc, area_code=where.code if where else None)
        except OccupationsError as error:
            fail(str(error), as_json=as_json)
    if as_json:
        emit_json(result)
        return
    click.echo(f"{result.occupation.title} ({result.occupation.soc})")
    click.echo(f"  education for entry: {result.education}")
    click.echo(f"  work experience: {result.experience}")
    click.echo(f"  on-the-job training: {result.training}")
    click.echo(f"  four-year degree needed: {'yes' if result.needs_bachelors else 'no'}")
    if result.non_degree_routes:
        click.echo(f"  non-degree routes: {', '.join(result.non_degree_routes)}")
    for p in result.programs[:5]:
        miles = f", {p.miles:.0f} mi" if p.miles is not None else ""
        click.echo(f"  program: {p.program} at {p.college} ({p.city}{miles})")
    click.echo(f"  Source: {result.source.citation}; {result.detail_source.citation}")


@click.command("explore")
@click.argument("place")
@click.option("--max-education", type=click.Choice(list(EDUCATION_LEVELS)))
@click.option("--interest", type=click.Choice(list(INTERESTS)))
@click.option(
    "--sort",
    type=click.Choice(["pay", "employment", "openings", "score"]),
    default="score",
    show_default=True,
)
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True)
def explore(
    place: str,
    max_education: str | None,
    interest: str | None,
    sort: str,
    limit: int,
    as_json: bool,
) -> None:
    """Top occupations in PLACE, filtered by entry education and RIASEC interest."""
    place = _check_text(place, "The place", as_json)
    with _session(as_json) as session:
        where = _area_for(session, place, as_json)
        items = api.explore(
            session=session,
            area_code=where.code,
            max_education=max_education,
            interest=interest,
            sort=sort,
            limit=limit,
        )
        known = api.sources(session=session)
        cited = items[0].sources if items else (known.oews, known.projections)
    if as_json:
        emit_json(
            {
                "area": where,
                "items": items,
                "source": "; ".join(s.citation for s in cited),
            }
        )
        return
    click.echo(f"{where.name}: sorted by {sort}")
    for item in items:
        click.echo(
            f"  {item.occupation.soc}  {item.occupation.title}: "
            f"{_money(item.annual_median, False)} a year; {item.education}"
        )
    click.echo(f"  Source: {'; '.join(s.citation for s in cited)}")


@click.group("places")
def places_group() -> None:
    """Mississippi places and their OEWS areas."""


@places_group.command("resolve")
@click.argument("text")
@click.option("--json", "as_json", is_flag=True)
def resolve(text: str, as_json: bool) -> None:
    """The OEWS area for a county, town, ZIP code, school or nickname."""
    query = _check_text(text, "The place", as_json)
    with _session(as_json) as session:
        place = api.resolve_place(session=session, text=query)
    if isinstance(place, Unresolved):
        fail(_not_resolved(query, place), as_json=as_json, code=1)
    if as_json:
        emit_json(place)
        return
    click.echo(f"{place.matched} -> {place.area.name} ({place.area.code})")


def _miles_text(miles: float | None) -> str:
    return f", {miles:.0f} mi" if miles is not None else ""


@click.command("routes")
@click.argument("occupation")
@click.option("--place", help="Where the student is (town, county, ZIP, nickname, area code).")
@click.option("--limit", default=3, show_default=True, type=click.IntRange(1, 50))
@click.option("--json", "as_json", is_flag=True)
def routes(occupation: str, place: str | None, limit: int, as_json: bool) -> None:
    """The ways into OCCUPATION, ranked, with the nearest programs, sponsors and licences."""
    occupation = _check_text(occupation, "The occupation", as_json)
    with _session(as_json) as session:
        soc = _soc_for(session, occupation, as_json)
        resolved: Place | None = None
        area_code: str | None = None
        if place is not None:
            text = _check_text(place, "The place", as_json)
            if text.isdigit() and len(text) == 7:
                area_code = api.area(session=session, code=text).code
            else:
                found = api.resolve_place(session=session, text=text)
                if isinstance(found, Unresolved):
                    fail(_not_resolved(text, found), as_json=as_json)
                resolved = found
        try:
            result = api.routes(session=session, soc=soc, area_code=area_code, place=resolved)
        except OccupationsError as error:
            fail(str(error), as_json=as_json)
    if as_json:
        emit_json(result)
        return
    where = f", from {result.place}" if result.place else ""
    click.echo(f"{result.occupation.title} ({result.occupation.soc}){where}")
    click.echo(f"  BLS: most start with {result.typical_name} ({result.typical_source.citation})")
    if result.common_levels:
        shares = "; ".join(
            f"{s.percent:.0f}% {s.name}" for s in result.common_levels[:3] if s.percent >= 1
        )
        click.echo(f"  workers report: {shares} ({result.common_source.citation})")
    if result.experience != "None":
        also = f"; O*NET: {result.related_experience.text}" if result.related_experience else ""
        click.echo(f"  work experience first: {result.experience.lower()} (BLS){also}")
    for number, route in enumerate(result.routes, 1):
        length = f": {route.length.text}" if route.length else ""
        click.echo(f"  {number}. {route.name}{length}")
        for p in route.programs[:limit]:
            done = f", {p.completers} finished in 2023-24" if p.completers is not None else ""
            click.echo(
                f"     {p.program}, {p.award} at {p.institution} ({p.city}{_miles_text(p.miles)})"
                f"{done}"
            )
            if p.earnings:
                click.echo(
                    f"       graduates earn {money.annual(p.earnings.annual_median)} a year "
                    f"{p.earnings.years_after} years after ({p.earnings.source.citation})"
                )
        for sponsor in route.sponsors[:limit]:
            click.echo(f"     sponsor: {sponsor.name} ({sponsor.city}{_miles_text(sponsor.miles)})")
        if route.programs or route.sponsors:
            click.echo(f"     Source: {route.source.citation}")
        elif route.kind not in ("job_training", "apprenticeship"):
            click.echo("     no Mississippi program found in the data")
    for licence in result.licences:
        note = f" ({licence.note})" if licence.note else ""
        click.echo(f"  licence: {licence.title}, {licence.agency} {licence.url or ''}{note}")
    if result.licences:
        click.echo(f"  Source: {result.licences[0].source.citation}")
    if result.left_out:
        click.echo(f"  not in this database: {', '.join(result.left_out)}")


COMMANDS = [occupations_group, wages, pathway, explore, routes, places_group]
