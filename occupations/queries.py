"""Questions the assistant and the CLI ask of the database: pay, entry routes, explore."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from occupations import models
from occupations.errors import DatabaseUnavailable, UnknownArea, UnknownOccupation
from occupations.fields import field_of
from occupations.importers.areas import NATION, STATE
from occupations.locations import miles_between
from occupations.places import index_for as place_index
from occupations.sources import citation_of
from occupations.text import short_title
from occupations.types import (
    EDUCATION_LEVELS,
    INTERESTS,
    Area,
    AreaWages,
    Description,
    ExploreItem,
    Measure,
    MeasureStatus,
    OccupationRef,
    Pathway,
    Program,
    Source,
    WageReport,
)


@dataclass(frozen=True)
class Sources:
    """What the answers cite, as the build recorded it in the ``provenance`` table."""

    oews: Source  # wages and employment
    projections: Source  # entry education, openings and growth
    onet: Source  # descriptions, tasks, interests, education detail
    programs: Source | None  # completions (optional source)


# (table, a piece of the file's path) of the provenance row each citation comes from.
_CITED = {
    "oews": ("wage", ""),
    "projections": ("occupation", "occupation.xlsx"),
    "onet": ("occupation", "onet-"),
    "programs": ("completion", ""),
}


def sources(*, session: Session) -> Sources:
    """The database's sources, read once per database from ``provenance``.

    Raises :class:`DatabaseUnavailable` when a required one is missing (a database built by
    an older build): an answer never cites a source the data did not come from.
    """
    bind = session.get_bind()
    url = (bind if isinstance(bind, Engine) else bind.engine).url.render_as_string(False)
    if url not in _SOURCES:
        _SOURCES[url] = _read_sources(session)
    return _SOURCES[url]


_SOURCES: dict[str, Sources] = {}  # by database URL: read once per process


def _read_sources(session: Session) -> Sources:
    rows = list(session.scalars(select(models.Provenance)))
    found: dict[str, Source] = {}
    for key, (table, piece) in _CITED.items():
        row = next((r for r in rows if r.table_name == table and piece in r.file), None)
        if row is not None:
            name, release = citation_of(row.file, row.source, row.release)
            found[key] = Source(name, release, row.file, row.sha256)
    missing = [key for key in ("oews", "projections", "onet") if key not in found]
    if missing:
        raise DatabaseUnavailable(
            f"The occupations database records no source for {', '.join(missing)}: "
            "rebuild it with `careerbot data build`."
        )
    return Sources(found["oews"], found["projections"], found["onet"], found.get("programs"))


# BLS's floors for top-coded wages (footnote 5).
TOP_CODE_HOURLY = Decimal("115.00")
TOP_CODE_ANNUAL = Decimal(239200)
FOOTNOTE_NOT_RELEASED = "8"
FOOTNOTE_TOP_CODED = "5"
LEVEL_OF = {label: key for key, label in EDUCATION_LEVELS.items()}
LEVEL_ORDER = list(EDUCATION_LEVELS)
NON_DEGREE_LEVELS = {"none", "high_school", "some_college", "certificate"}
BACHELORS_OR_MORE = {"bachelor", "master", "doctoral"}
ALL_OCCUPATIONS = "00-0000"
MEASURE_ORDER = [
    "employment",
    "employment_rse",
    "hourly_mean",
    "annual_mean",
    "wage_rse",
    "hourly_p10",
    "hourly_p25",
    "hourly_median",
    "hourly_p75",
    "hourly_p90",
    "annual_p10",
    "annual_p25",
    "annual_median",
    "annual_p75",
    "annual_p90",
    "per_1000_jobs",
    "location_quotient",
]


def _ref(soc: str, title: str) -> OccupationRef:
    return OccupationRef(soc, title, short_title(title))


def occupation(*, session: Session, soc: str) -> OccupationRef:
    """The occupation with this SOC code, or :class:`UnknownOccupation`."""
    row = session.get(models.Occupation, soc.strip())
    if row is None:
        raise UnknownOccupation(f"No occupation has the code {soc!r}.")
    return _ref(row.soc, row.title)


def area(*, session: Session, code: str) -> Area:
    """The OEWS area with this code, or :class:`UnknownArea`."""
    try:
        return place_index(session).area(code)
    except KeyError:
        raise UnknownArea(f"No area has the code {code!r}.") from None


def _measure(row: models.Wage, column: str) -> Measure:
    value = getattr(row, column)
    if value is not None:
        return Measure(Decimal(value), "published")
    notes = row.footnotes.split("|")
    note = notes[MEASURE_ORDER.index(column)] if len(notes) == len(MEASURE_ORDER) else ""
    status: MeasureStatus
    if note == FOOTNOTE_TOP_CODED:
        floor = TOP_CODE_HOURLY if column.startswith("hourly") else TOP_CODE_ANNUAL
        return Measure(floor, "top_coded")
    status = "not_released" if note == FOOTNOTE_NOT_RELEASED else "not_published"
    return Measure(None, status)


def _area_wages(row: models.Wage | None, where: Area) -> AreaWages | None:
    if row is None:
        return None
    measures = {
        column: _measure(row, column)
        for column in MEASURE_ORDER
        if column.startswith(("hourly", "annual"))
    }
    employment = _measure(row, "employment")
    return AreaWages(
        area=where,
        employment=int(employment.value) if employment.value is not None else None,
        employment_status=employment.status,
        **measures,
    )


def wages(*, session: Session, soc: str, area_code: str) -> WageReport:
    """Pay for ``soc`` in the area, with Mississippi and the nation beside it."""
    ref = occupation(session=session, soc=soc)
    here = area(session=session, code=area_code)
    rows = {
        row.area_code: row
        for row in session.scalars(
            select(models.Wage).where(
                models.Wage.soc == ref.soc,
                models.Wage.area_code.in_({area_code, STATE, NATION}),
            )
        )
    }
    return WageReport(
        occupation=ref,
        area=here,
        local=_area_wages(rows.get(area_code), here),
        statewide=_area_wages(rows.get(STATE), area(session=session, code=STATE)),
        national=_area_wages(rows.get(NATION), area(session=session, code=NATION)),
        source=sources(session=session).oews,
    )


def _routes(row: models.Occupation, level: str) -> list[str]:
    """Non-degree ways in, in the order a student would weigh them."""
    routes = []
    training = (row.training or "").lower()
    if "apprenticeship" in training:
        routes.append("apprenticeship")
    if level == "certificate":
        routes.append("postsecondary certificate")
    if "internship" in training or "residency" in training:
        routes.append("internship or residency")
    if "on-the-job" in training:
        routes.append("on-the-job training")
    if level == "associate":
        routes.append("associate degree (community college)")
    if level in {"none", "high_school"} and not routes:
        routes.append("start after high school")
    return routes


def _programs(session: Session, soc: str, area_code: str | None) -> list[Program]:
    """Community-college programs for ``soc``, nearest the area's centre first.

    An area has no single position, so the order is from its centre and no miles are given
    (``routes()`` measures miles from the student's own town).
    """
    rows = session.execute(
        select(models.Completion, models.College)
        .join(models.College, models.College.unitid == models.Completion.unitid)
        .join(models.ProgramOccupation, models.ProgramOccupation.cip == models.Completion.cip)
        .where(models.ProgramOccupation.soc == soc)
    ).all()
    centre = place_index(session).centre(area_code) if area_code else None
    ranked = []
    for completion, college in rows:
        distance = 1e9
        if centre and college.latitude is not None and college.longitude is not None:
            distance = miles_between(centre, (float(college.latitude), float(college.longitude)))
        program = Program(
            college=college.name,
            city=college.city,
            program=completion.cip_title,
            cip=completion.cip,
            award_levels=completion.award_levels,
            completions=completion.completions,
            miles=None,
        )
        ranked.append((distance, -(completion.completions or 0), program))
    ranked.sort(key=lambda dp: (dp[0], dp[1]))
    return [program for _, _, program in ranked]


def pathway(*, session: Session, soc: str, area_code: str | None = None) -> Pathway:
    """What it takes to get in, non-degree routes first, and where to train nearby."""
    row = session.get(models.Occupation, soc.strip())
    if row is None:
        raise UnknownOccupation(f"No occupation has the code {soc!r}.")
    if row.education is None:
        raise UnknownOccupation(f"BLS publishes no entry route for {row.title} ({row.soc}).")
    level = LEVEL_OF.get(row.education, "high_school")
    cited = sources(session=session)
    shares = session.scalars(
        select(models.EducationShare)
        .where(models.EducationShare.soc == row.soc)
        .order_by(models.EducationShare.category)
    ).all()
    return Pathway(
        occupation=_ref(row.soc, row.title),
        education=row.education,
        education_level=level,
        experience=row.experience or "None",
        training=row.training or "None",
        needs_bachelors=level in BACHELORS_OR_MORE,
        non_degree_routes=_routes(row, level),
        education_distribution=[(s.label, float(s.percent)) for s in shares if s.percent > 0],
        job_zone=row.job_zone,
        programs=_programs(session, row.soc, area_code),
        annual_openings=row.annual_openings,
        growth_percent=row.growth_percent,
        source=cited.projections,
        detail_source=cited.onet,
        programs_source=cited.programs,
    )


def explore(
    *,
    session: Session,
    area_code: str,
    max_education: str | None = None,
    interest: str | None = None,
    sort: str = "score",
    limit: int = 5,
    offset: int = 0,
    entry_level: bool = True,
) -> list[ExploreItem]:
    """Occupations in an area with published pay, filtered and ranked.

    ``"score"`` (the default) ranks mostly by local median pay, then by how many work in it
    there and by national openings, so that a well-paid job with a handful of workers does
    not crowd out the ones a student can actually get. ``"pay"`` ranks by pay alone,
    ``"employment"`` by local jobs, ``"openings"`` by national openings a year. ``pay`` and
    ``score`` consider jobs with at least 100 workers in the area. ``entry_level`` leaves out
    jobs that BLS says need years of work experience first (supervisors, managers).
    """
    area(session=session, code=area_code)
    if max_education is not None and max_education not in EDUCATION_LEVELS:
        raise ValueError(f"max_education must be one of {', '.join(EDUCATION_LEVELS)}")
    field = field_of(interest)
    if interest is not None and field is None and interest not in INTERESTS:
        raise ValueError(f"interest must be one of {', '.join(INTERESTS)} or a field")
    if sort not in {"pay", "employment", "openings", "score"}:
        raise ValueError("sort must be pay, employment, openings or score")
    query = (
        select(models.Occupation, models.Wage)
        .join(models.Wage, models.Wage.soc == models.Occupation.soc)
        .where(
            models.Wage.area_code == area_code,
            models.Occupation.level == "detailed",
            models.Occupation.education.is_not(None),
            models.Wage.annual_median.is_not(None),
        )
    )
    if max_education is not None:
        allowed = [EDUCATION_LEVELS[k] for k in LEVEL_ORDER[: LEVEL_ORDER.index(max_education) + 1]]
        query = query.where(models.Occupation.education.in_(allowed))
    if entry_level:
        query = query.where(models.Occupation.experience == "None")
    if interest is not None and field is None:
        query = query.where(models.Occupation.soc.in_(_top_interest_socs(session, interest)))
    rows = [(occ, wage) for occ, wage in session.execute(query).all()]
    if field is not None:  # "i like animals": the jobs of that field, not an interest area
        rows = [row for row in rows if field.holds(row[0].soc)]
    if sort in {"pay", "score"}:
        # A field's jobs may all be small in a rural area ("animals" in the Delta): then every
        # one with published pay, rather than nothing.
        common = [r for r in rows if (r[1].employment or 0) >= 100]
        rows = common if common or field is None else rows
    if sort == "openings":
        # "In demand" means many openings among jobs paying at least the area's typical wage,
        # not fast food first.
        overall = session.get(models.Wage, (area_code, ALL_OCCUPATIONS))
        floor = overall.annual_median if overall and overall.annual_median else 0
        rows = [r for r in rows if (r[1].annual_median or 0) >= floor]

    def pay(r: tuple[models.Occupation, models.Wage]) -> float:
        return float(r[1].annual_median or 0)

    def jobs(r: tuple[models.Occupation, models.Wage]) -> float:
        return float(r[1].employment or 0)

    def openings(r: tuple[models.Occupation, models.Wage]) -> float:
        return float(r[0].annual_openings or 0)

    if sort == "pay":
        rows.sort(key=lambda r: (-pay(r), -jobs(r)))
    elif sort == "employment":
        rows.sort(key=lambda r: (-jobs(r), -pay(r)))
    elif sort == "openings":
        rows.sort(key=lambda r: (-openings(r), -pay(r)))
    else:
        rows.sort(
            key=lambda r: (
                -(
                    4 * math.log(pay(r) + 1)
                    + 0.5 * math.log(jobs(r) + 1)
                    + 0.5 * math.log(openings(r) * 1000 + 1)
                )
            )
        )
    cited = sources(session=session)
    # Pay and jobs from OEWS, entry education and openings from EP, interests from O*NET.
    explore_sources = (cited.oews, cited.projections) + (
        (cited.onet,) if interest and field is None else ()
    )
    items = []
    for occ, wage in rows[offset : offset + limit]:
        level = LEVEL_OF.get(occ.education or "", "high_school")
        items.append(
            ExploreItem(
                occupation=_ref(occ.soc, occ.title),
                annual_median=_measure(wage, "annual_median"),
                hourly_median=_measure(wage, "hourly_median"),
                employment=wage.employment,
                annual_openings=occ.annual_openings,
                education=occ.education or "",
                education_level=level,
                non_degree=level in NON_DEGREE_LEVELS or level == "associate",
                sources=explore_sources,
            )
        )
    return items


def strongest_interests(*, session: Session, soc: str) -> list[str]:
    """The occupation's strongest RIASEC interests (O*NET; ties within a tenth count)."""
    rows = session.scalars(select(models.Interest).where(models.Interest.soc == soc)).all()
    if not rows:
        return []
    best = max(row.score for row in rows)
    ranked = sorted(rows, key=lambda row: -row.score)
    return [row.interest for row in ranked if row.score >= best - Decimal("0.1")]


def _top_interest_socs(session: Session, interest: str) -> set[str]:
    scores: dict[str, list[tuple[Decimal, str]]] = {}
    for row in session.scalars(select(models.Interest)):
        scores.setdefault(row.soc, []).append((row.score, row.interest))
    chosen = set()
    for soc, values in scores.items():
        best = max(score for score, _ in values)
        # The occupation's strongest interest (ties within a tenth count as strongest).
        if any(name == interest and score >= best - Decimal("0.1") for score, name in values):
            chosen.add(soc)
    return chosen


def describe(*, session: Session, soc: str, tasks: int = 3) -> Description:
    """O*NET's description of the job and its most common core tasks."""
    row = session.get(models.Occupation, soc.strip())
    if row is None:
        raise UnknownOccupation(f"No occupation has the code {soc!r}.")
    texts = session.scalars(
        select(models.Task.text)
        .where(models.Task.soc == row.soc)
        .order_by(models.Task.rank)
        .limit(tasks)
    ).all()
    return Description(
        occupation=_ref(row.soc, row.title),
        description=row.description or "",
        tasks=list(texts),
        source=sources(session=session).onet,
    )


def related(*, session: Session, soc: str, limit: int = 5) -> list[OccupationRef]:
    """O*NET's related occupations, closest first."""
    occupation(session=session, soc=soc)
    rows = session.execute(
        select(models.Occupation.soc, models.Occupation.title)
        .join(models.Related, models.Related.related_soc == models.Occupation.soc)
        .where(models.Related.soc == soc)
        .order_by(models.Related.rank)
        .limit(limit)
    ).all()
    return [_ref(s, t) for s, t in rows]
