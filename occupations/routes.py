"""The ways into an occupation, ranked, with where to do each one near the student.

Non-degree routes come first where they are real: a registered apprenticeship (EP's
training, Mississippi sponsors), training on the job, certificates (award levels under two
years and up to four), then degrees. A route below BLS's typical entry level is listed only
when a large share of workers report it (O*NET RL, ``REAL_SHARE``) and Mississippi
programs graduate people at it: registered nurses start with an associate degree as well
as a bachelor's. Every figure carries its source.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from occupations import models
from occupations.cache import PerDatabase
from occupations.errors import UnknownArea, UnknownOccupation
from occupations.locations import (
    Located,
    Point,
    county_point,
    locate,
    miles_between,
    town_point,
    zip_point,
)
from occupations.places import index_for as place_index
from occupations.text import short_title
from occupations.types import (
    Area,
    Earnings,
    Length,
    LevelShare,
    LicenceInfo,
    OccupationRef,
    Place,
    ProgramOffer,
    Route,
    RouteKind,
    Routes,
    Source,
    SponsorOffer,
)

LEVELS_FILE = Path(__file__).with_name("data") / "education_levels.csv"
# A level this share of workers report (O*NET RL, percent) is a real way in; below BLS's
# typical level it also needs a Mississippi program that graduated someone in 2023-24.
REAL_SHARE = 15.0
ORDER = ["none", "high_school", "some_college", "certificate", "associate", "bachelor"]
ORDER += ["master", "doctoral"]
# Programs that train instructors of a trade come after the trade's own programs.
INSTRUCTOR = "Instructor"
TEACHERS = "25-"
NON_DEGREE = {"none", "high_school", "some_college"}
PROGRAM_ROUTES: list[RouteKind] = ["certificate", "associate", "bachelor", "master", "doctoral"]
SECTOR_KIND = {
    1: "public university",
    2: "private college",
    3: "for-profit school",
    4: "community college",
    5: "private college",
    6: "for-profit school",
    7: "public school",
    8: "private school",
    9: "for-profit school",
}
ROUTE_NAMES: dict[RouteKind, str] = {
    "apprenticeship": "a registered apprenticeship (paid training on the job, with classes)",
    "job_training": "start after high school and train on the job",
    "certificate": "a certificate program",
    "associate": "an associate degree",
    "bachelor": "a bachelor's degree",
    "master": "a master's degree",
    "doctoral": "a doctoral or professional degree",
}
WORK_UP = "start in a related job and work your way up"
# Month ranges of O*NET's length categories (None: no upper bound).
OJ_MONTHS: dict[int, tuple[int, int | None]] = {
    1: (0, 0),
    2: (0, 1),
    3: (1, 3),
    4: (3, 6),
    5: (6, 12),
    6: (12, 24),
    7: (24, 48),
    8: (48, 120),
    9: (120, None),
}
# O*NET's related work experience (RW) has finer categories above 4 years.
RW_MONTHS: dict[int, tuple[int, int | None]] = {
    **{c: OJ_MONTHS[c] for c in range(1, 8)},
    8: (48, 72),
    9: (72, 96),
    10: (96, 120),
    11: (120, None),
}
# BLS's own definitions of its on-the-job training categories, in months.
EP_TRAINING_MONTHS: dict[str, tuple[int, int | None]] = {
    "Short-term on-the-job training": (0, 1),
    "Moderate-term on-the-job training": (1, 12),
    "Long-term on-the-job training": (12, None),
}
# Degree lengths as NCES and O*NET define them (full-time), in months.
DEGREE_MONTHS: dict[str, tuple[int, int | None, str]] = {
    "associate": (24, 36, "about 2 years of college, full time"),
    "bachelor": (48, 60, "about 4 years of college, full time"),
    "master": (12, 24, "1 to 2 years after a bachelor's degree"),
    "doctoral": (72, None, "at least 6 years of college in all, often more"),
}


@dataclass(frozen=True)
class Level:
    """One education level: EP's label, O*NET's categories and the plain words."""

    key: str
    ep_label: str
    onet_categories: tuple[int, ...]
    plain: str
    short: str


def _levels() -> dict[str, Level]:
    with LEVELS_FILE.open(newline="", encoding="utf-8") as handle:
        return {
            r["key"]: Level(
                r["key"],
                r["ep_label"],
                tuple(int(c) for c in r["onet_categories"].split()),
                r["plain"],
                r["short"],
            )
            for r in csv.DictReader(handle)
        }


LEVELS = _levels()
LEVEL_OF_EP = {level.ep_label: key for key, level in LEVELS.items()}
LEVEL_OF_ONET = {c: key for key, level in LEVELS.items() for c in level.onet_categories}


def level_name(key: str) -> str:
    """The plain words for an education level: "an associate degree (2 years of college)"."""
    return LEVELS[key].plain


@dataclass(frozen=True)
class _Award:
    """An award level as routes() uses it."""

    route: str
    plain: str
    months_low: int | None
    months_high: int | None


@dataclass(frozen=True)
class _Offer:
    """A program award at a school, before its distance from the student is known."""

    route: str
    point: Point | None  # the school's position, when its listing is trusted
    offer: ProgramOffer  # with miles=None


@dataclass(frozen=True)
class _SponsorAt:
    """A sponsor, before its distance from the student is known."""

    point: Point | None  # the sponsor's position, when its listing is trusted
    offer: SponsorOffer  # with miles=None


@dataclass(frozen=True)
class _Static:
    """What every routes() call reads, loaded once per database as plain values."""

    sources: dict[str, Source]
    awards: dict[int, _Award]
    programs: dict[str, list[_Offer]]  # SOC -> programs
    sponsors: dict[str, list[_SponsorAt]]  # SOC -> sponsors
    licences: dict[str, list[LicenceInfo]]  # SOC -> licences
    left_out: list[str]


SHORT_NAMES = {
    "projections": "BLS Employment Projections",
    "onet": "O*NET 29.3",
    "program_award": "NCES IPEDS",
    "program_earnings": "College Scorecard",
    "licence_occupation": "CareerOneStop (U.S. DOL)",
    "sponsor_occupation": "Apprenticeship.gov (U.S. DOL)",
}
FALLBACK_RELEASES = {
    "projections": "2024-34",
    "onet": "May 2025",
    "program_award": "2023-24",
    "program_earnings": "2026-06-10",
    "licence_occupation": "October 2024",
    "sponsor_occupation": "August 2026",
}


def _load_static(session: Session) -> _Static:
    rows = list(session.scalars(select(models.Provenance)))
    by_table: dict[str, models.Provenance] = {}
    for row in rows:
        if row.table_name == "occupation" and "occupation.xlsx" in row.file:
            by_table["projections"] = row
        elif row.table_name == "education_share":
            by_table["onet"] = row
        elif row.table_name in SHORT_NAMES and row.table_name not in by_table:
            by_table[row.table_name] = row
    sources = {}
    left_out = []
    for key, name in SHORT_NAMES.items():
        found = by_table.get(key)
        if found is None:
            sources[key] = Source(name, FALLBACK_RELEASES[key])
            if key not in ("projections", "onet"):
                left_out.append(name)
        else:
            if key == "program_award" and "partial" in found.file:
                left_out.append("NCES IPEDS complete completions (a partial extract was used)")
            release = found.release.removeprefix("O*NET 29.3, ")
            sources[key] = Source(name, release, found.file, found.sha256)
    awards = {
        a.code: _Award(a.route, a.plain, a.months_low, a.months_high)
        for a in session.scalars(select(models.AwardLevel))
    }
    return _Static(
        sources=sources,
        awards=awards,
        programs=_load_programs(session, sources),
        sponsors=_load_sponsors(session, sources),
        licences=_load_licences(session, sources),
        left_out=left_out,
    )


def _float(value: object) -> float | None:
    return None if value is None else float(str(value))


def _located(city: str, zip_code: str | None, latitude: object, longitude: object) -> Located:
    return locate(city, zip_code, _float(latitude), _float(longitude))


def _load_programs(session: Session, sources: dict[str, Source]) -> dict[str, list[_Offer]]:
    levels = {a.code: a for a in session.scalars(select(models.AwardLevel))}
    schools = {i.unitid: i for i in session.scalars(select(models.Institution))}
    earnings = {
        (e.unitid, e.cip4, e.credential_level): Earnings(
            e.earnings, e.horizon_years, e.cip_title, sources["program_earnings"]
        )
        for e in session.scalars(select(models.ProgramEarnings))
    }
    located: dict[str, Located] = {}
    # Each program award once; the crosswalk then lists it under every SOC its CIP trains for.
    offers: dict[str, list[_Offer]] = defaultdict(list)  # CIP -> offers
    for award in session.scalars(select(models.ProgramAward)):
        level = levels.get(award.award_level)
        school = schools.get(award.unitid)
        if level is None or school is None:
            continue
        paid = earnings.get((award.unitid, award.cip[:5], level.scorecard_level or -1))
        where = located.get(school.unitid)
        if where is None:
            where = located[school.unitid] = _located(
                school.city, school.zip, school.latitude, school.longitude
            )
        offer = ProgramOffer(
            institution=school.name,
            unitid=school.unitid,
            city=where.town,
            kind=SECTOR_KIND.get(school.sector or 0, "school"),
            miles=None,
            cip=award.cip,
            program=award.cip_title,
            award_level=award.award_level,
            award=level.plain,
            completers=award.completers,
            earnings=paid,
            source=sources["program_award"],
        )
        offers[award.cip].append(_Offer(level.route, where.point, offer))
    by_soc: dict[str, list[_Offer]] = defaultdict(list)
    for soc, cip in session.execute(
        select(models.ProgramOccupation.soc, models.ProgramOccupation.cip)
    ).tuples():
        by_soc[soc].extend(offers.get(cip, []))
    return dict(by_soc)


def _load_sponsors(session: Session, sources: dict[str, Source]) -> dict[str, list[_SponsorAt]]:
    by_soc: dict[str, list[_SponsorAt]] = defaultdict(list)
    for soc, sponsor in session.execute(
        select(models.SponsorOccupation.soc, models.Sponsor).join(
            models.Sponsor, models.Sponsor.id == models.SponsorOccupation.sponsor_id
        )
    ).tuples():
        where = _located(sponsor.city, sponsor.zip, sponsor.latitude, sponsor.longitude)
        offer = SponsorOffer(
            name=sponsor.name,
            city=where.town,
            miles=None,
            sponsor_type=sponsor.sponsor_type,
            url=sponsor.url,
            source=sources["sponsor_occupation"],
        )
        by_soc[soc].append(_SponsorAt(where.point, offer))
    return dict(by_soc)


def _load_licences(session: Session, sources: dict[str, Source]) -> dict[str, list[LicenceInfo]]:
    by_soc: dict[str, list[LicenceInfo]] = defaultdict(list)
    for licence, link in session.execute(
        select(models.Licence, models.LicenceOccupation)
        .join(models.LicenceOccupation, models.LicenceOccupation.licence_id == models.Licence.id)
        .order_by(models.LicenceOccupation.note.is_not(None), models.Licence.title)
    ).tuples():
        by_soc[link.soc].append(
            LicenceInfo(
                title=licence.title,
                agency=licence.agency,
                url=licence.url,
                jurisdiction="Mississippi"
                if licence.jurisdiction == "State"
                else licence.jurisdiction,
                requirements=[
                    part.strip()
                    for part in (licence.requirements or "").split(";")
                    if part.strip() and "No mention" not in part
                ],
                note=link.note,
                source=sources["licence_occupation"],
            )
        )
    return dict(by_soc)


_static = PerDatabase(_load_static)


def _miles(a: Point | None, b: Point | None) -> float | None:
    if a is None or b is None:
        return None
    return round(miles_between(a, b), 1)


def student_point(
    session: Session, place: Place | None, area_code: str | None
) -> tuple[Point | None, bool]:
    """Where distances are measured from, and whether miles may be shown from there.

    A town or ZIP code the student named is a place: its position, miles shown. A county
    (the mean of its ZIP codes) or an area (its centre) only orders the list: no miles.
    """
    if place is not None and place.kind == "city":
        point = town_point(place.matched.split(" (")[0], place.county)
        if point is not None:
            return point, True
    if place is not None and place.kind == "zip":
        point = zip_point(place.matched.split(" (")[0])
        if point is not None:
            return point, True
    if place is not None and place.county:
        point = county_point(place.county)
        if point is not None:
            return point, False
    code = place.area.code if place is not None else area_code
    return (place_index(session).centre(code) if code else None), False


def _span(low: int | None, high: int | None) -> str:
    """Months as words: (24, 48) -> "2 to 4 years"; (1, 12) -> "1 month to 1 year"."""

    def words(months: int) -> str:
        if months >= 12 and months % 12 == 0:
            years = months // 12
            return f"{years} year{'s' if years > 1 else ''}"
        return f"{months} month{'s' if months != 1 else ''}"

    if high is not None and high <= 0:
        return "little or no time"
    if low is None or low <= 0:
        return f"up to {words(high)}" if high is not None else "some time"
    if high is None:
        return f"more than {words(low)}"
    if low == high:
        return words(low)
    if low >= 12 and high >= 12 and low % 12 == 0 and high % 12 == 0:
        return f"{low // 12} to {high // 12} years"
    if low < 12 and high < 12:
        return f"{low} to {high} months"
    return f"{words(low)} to {words(high)}"


def _quartile_length(
    shares: dict[int, float], months: dict[int, tuple[int, int | None]]
) -> tuple[int, int | None] | None:
    """The months covering the middle half of workers (25th to 75th percentile category)."""
    total = sum(shares.values())
    if total <= 0:
        return None
    low_cat = high_cat = None
    running = 0.0
    for category in sorted(shares):
        running += shares[category] / total * 100
        if low_cat is None and running >= 25:
            low_cat = category
        if high_cat is None and running >= 75:
            high_cat = category
    if low_cat is None or high_cat is None or low_cat not in months:
        return None
    return months[low_cat][0], months.get(high_cat, (0, None))[1]


def _lengths(session: Session, soc: str) -> dict[str, dict[int, float]]:
    """O*NET's length distributions for ``soc``: scale (RW, PT, OJ) -> category -> percent."""
    found: dict[str, dict[int, float]] = defaultdict(dict)
    for share in session.scalars(
        select(models.TrainingShare).where(models.TrainingShare.soc == soc)
    ):
        found[share.scale][share.category] = float(share.percent)
    return found


def _from_onet(
    shares: dict[int, float], months: dict[int, tuple[int, int | None]], source: Source
) -> Length | None:
    found = _quartile_length(shares, months)
    if found is None:
        return None
    low, high = found
    return Length(low, high, f"usually {_span(low, high)}", source)


def _on_the_job(
    shares: dict[int, float], training: str, sources: dict[str, Source]
) -> Length | None:
    found = _from_onet(shares, OJ_MONTHS, sources["onet"])
    if found is not None:
        return found
    if training in EP_TRAINING_MONTHS:
        low, high = EP_TRAINING_MONTHS[training]
        return Length(low, high, _span(low, high), sources["projections"])
    return None


def _common_levels(session: Session, soc: str) -> list[LevelShare]:
    totals: dict[str, float] = defaultdict(float)
    for share in session.scalars(
        select(models.EducationShare).where(models.EducationShare.soc == soc)
    ):
        key = LEVEL_OF_ONET.get(share.category)
        if key:
            totals[key] += float(share.percent)
    return [
        LevelShare(key, level_name(key), round(percent, 1))
        for key, percent in sorted(totals.items(), key=lambda kv: -kv[1])
        if percent > 0
    ]


def _far(miles: float | None) -> float:
    return miles if miles is not None else 1e9


def _programs(
    soc: str, point: Point | None, shown: bool, static: _Static
) -> dict[str, list[ProgramOffer]]:
    """Mississippi programs for ``soc`` by route kind, nearest first (miles only if ``shown``)."""
    by_route: dict[str, list[tuple[float | None, ProgramOffer]]] = defaultdict(list)
    for found in static.programs.get(soc, []):
        miles = _miles(point, found.point)
        by_route[found.route].append((miles, replace(found.offer, miles=miles if shown else None)))
    for offers in by_route.values():
        offers.sort(
            key=lambda mp: (
                mp[1].completers == 0,
                INSTRUCTOR in mp[1].program and not soc.startswith(TEACHERS),
                _far(mp[0]),
                -(mp[1].completers or 0),
            )
        )
    return {route: [p for _, p in offers] for route, offers in by_route.items()}


def _sponsors(soc: str, point: Point | None, shown: bool, static: _Static) -> list[SponsorOffer]:
    """Sponsors for ``soc``, nearest first (miles only if ``shown``)."""
    offers = [(_miles(point, s.point), s.offer) for s in static.sponsors.get(soc, [])]
    offers.sort(key=lambda mo: _far(mo[0]))
    return [replace(offer, miles=miles if shown else None) for miles, offer in offers]


def _program_length(
    kind: str, offers: list[ProgramOffer], static: _Static, source: Source
) -> Length:
    if kind == "certificate":
        codes = {p.award_level for p in offers} or {
            code for code, a in static.awards.items() if a.route == "certificate"
        }
        spans = [static.awards[c] for c in codes if c in static.awards]
        low = min((a.months_low for a in spans if a.months_low is not None), default=None)
        high = max((a.months_high for a in spans if a.months_high is not None), default=None)
        return Length(low, high, f"{_span(low, high)} of classes, full time", source)
    low, high, text = DEGREE_MONTHS[kind]
    return Length(low, high, text, source)


def routes(
    *,
    session: Session,
    soc: str,
    area_code: str | None = None,
    place: Place | None = None,
) -> Routes:
    """The ways into ``soc``, ranked, with programs and sponsors nearest the student first.

    ``place`` (a resolved town, county or ZIP) measures distances from that spot;
    ``area_code`` alone measures them from the area's centre.
    """
    row = session.get(models.Occupation, soc.strip())
    if row is None:
        raise UnknownOccupation(f"No occupation has the code {soc!r}.")
    if row.education is None:
        raise UnknownOccupation(f"BLS publishes no entry route for {row.title} ({row.soc}).")
    static = _static(session)
    sources = static.sources
    typical = LEVEL_OF_EP.get(row.education, "high_school")
    training = row.training or "None"
    common = _common_levels(session, row.soc)
    share = {s.level: s.percent for s in common}
    point, shown = student_point(session, place, area_code)
    area: Area | None = place.area if place is not None else None
    if area is None and area_code:
        try:
            area = place_index(session).area(area_code)
        except KeyError:
            raise UnknownArea(f"No area has the code {area_code!r}.") from None
    lengths = _lengths(session, row.soc)
    on_the_job = _on_the_job(lengths["OJ"], training, sources)
    programs = _programs(row.soc, point, shown, static)
    sponsors = _sponsors(row.soc, point, shown, static)
    ep_apprenticeship = "apprenticeship" in training.lower()

    related = _from_onet(lengths["RW"], RW_MONTHS, sources["onet"])
    experience = row.experience or "None"
    found: list[Route] = []
    if typical in NON_DEGREE and not ep_apprenticeship:
        climb = experience != "None"  # managers and supervisors: a related job comes first
        found.append(
            Route(
                kind="job_training",
                name=WORK_UP if climb else ROUTE_NAMES["job_training"],
                level=typical,
                length=(related or on_the_job) if climb else on_the_job,
                programs=[],
                sponsors=[],
                why=f"BLS: most start with {level_name(typical)}; training: {training.lower()}"
                + (f"; work experience: {experience.lower()}" if climb else ""),
                source=sources["projections"],
            )
        )
    rank = ORDER.index
    for kind in PROGRAM_ROUTES:
        offers = programs.get(kind, [])
        level = kind
        if level == typical:
            why = "BLS: the typical way in"
        elif (
            rank(level) < rank(typical)
            and share.get(level, 0) >= REAL_SHARE
            and any(p.completers for p in offers)
        ):
            why = f"{share[level]:.0f}% of workers report this level (O*NET)"
        elif rank(typical) < rank(level) <= rank("associate") and offers:
            why = "Mississippi programs train for it"
        elif rank(level) > rank(typical) and share.get(level, 0) >= REAL_SHARE:
            why = f"{share[level]:.0f}% of workers report this level (O*NET)"
        elif (
            rank(level) > rank(typical)
            and any(p.completers for p in offers)
            and not any(p.completers for r in found for p in r.programs)
        ):
            # Occupational therapists: a master's is typical, Mississippi's program a doctorate.
            why = "the Mississippi programs for it award this level"
        else:
            continue
        found.append(
            Route(
                kind=kind,
                name=ROUTE_NAMES[kind],
                level=level,
                length=_program_length(kind, offers, static, sources["program_award"]),
                programs=offers,
                sponsors=[],
                why=why,
                source=sources["program_award"],
            )
        )
    found.sort(key=lambda r: rank(r.level))
    if ep_apprenticeship or sponsors:
        apprenticeship = Route(
            kind="apprenticeship",
            name=ROUTE_NAMES["apprenticeship"],
            level=typical,
            length=Length(
                on_the_job.low_months,
                on_the_job.high_months,
                f"{on_the_job.text} of paid training on the job, with classes",
                on_the_job.source,
            )
            if on_the_job
            else None,
            programs=[],
            sponsors=sponsors,
            why="BLS: apprenticeship is the typical training"
            if ep_apprenticeship
            else "Mississippi employers run registered apprenticeships for it",
            source=sources["sponsor_occupation"] if sponsors else sources["projections"],
        )
        if ep_apprenticeship:
            found.insert(0, apprenticeship)
        else:
            after = next((i + 1 for i, r in enumerate(found) if r.level == typical), len(found))
            found.insert(after, apprenticeship)

    levels_differ = any(s.level != typical and s.percent >= REAL_SHARE for s in common)
    place_label = place.matched if place is not None else (area.name if area else None)
    return Routes(
        occupation=OccupationRef(row.soc, row.title, short_title(row.title)),
        area=area,
        place=place_label,
        typical_level=typical,
        typical_name=level_name(typical),
        typical_source=sources["projections"],
        common_levels=common,
        common_source=sources["onet"],
        levels_differ=levels_differ,
        experience=experience,
        training=training,
        on_the_job=on_the_job,
        on_site=_from_onet(lengths["PT"], OJ_MONTHS, sources["onet"]),
        related_experience=related,
        routes=found,
        licences=list(static.licences.get(row.soc, [])),
        left_out=static.left_out,
    )
