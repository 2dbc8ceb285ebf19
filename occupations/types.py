"""Typed results of the data layer. Every figure carries the release it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

AreaKind = Literal["metro", "nonmetro", "state", "nation"]
PlaceKind = Literal["county", "city", "zip", "nickname", "school", "state"]
# published: the value is BLS's own figure.
# top_coded: BLS publishes only a floor ($115.00 an hour / $239,200 a year); value is that floor.
# not_released: BLS did not release the estimate (footnote 8).
# not_published: BLS publishes no hourly figure for this occupation (annual pay only,
#   footnote 4, e.g. teachers), or the cell is empty.
MeasureStatus = Literal["published", "top_coded", "not_released", "not_published"]

EDUCATION_LEVELS: dict[str, str] = {
    "none": "No formal educational credential",
    "high_school": "High school diploma or equivalent",
    "some_college": "Some college, no degree",
    "certificate": "Postsecondary nondegree award",
    "associate": "Associate's degree",
    "bachelor": "Bachelor's degree",
    "master": "Master's degree",
    "doctoral": "Doctoral or professional degree",
}
INTERESTS = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")
SortKey = Literal["pay", "employment", "openings", "score"]


@dataclass(frozen=True)
class Source:
    """Where a figure came from, as the student is told it."""

    name: str  # "BLS OEWS"
    release: str  # "May 2025"
    file: str = ""
    sha256: str = ""

    @property
    def citation(self) -> str:
        """The short credit line, e.g. "BLS OEWS, May 2025"."""
        return f"{self.name}, {self.release}"


@dataclass(frozen=True)
class Area:
    """One of Mississippi's OEWS areas (or the state, or the nation)."""

    code: str  # 7 digits, e.g. "0025620"
    name: str  # BLS's name, e.g. "Hattiesburg, MS"
    plain_name: str  # what a student reads, e.g. "the Hattiesburg area"
    kind: AreaKind


@dataclass(frozen=True)
class Place:
    """A place a student named, resolved to an OEWS area."""

    query: str
    area: Area
    matched: str  # e.g. "Tupelo (Lee County)"
    kind: PlaceKind
    county: str | None = None


@dataclass(frozen=True)
class Unresolved:
    """A place we could not find in Mississippi, with close names to offer.

    ``region`` names a part of the state that spans several OEWS areas ("North
    Mississippi"), or a name that is a town in one area and a county in another
    ("Quitman"); its ``suggestions`` are then those areas, or the town and the county,
    never a look-alike town.
    """

    query: str
    suggestions: list[str] = field(default_factory=list)
    region: str | None = None


@dataclass(frozen=True)
class OccupationRef:
    """An occupation by its SOC 2018 code ("47-2111") and title.

    ``short`` is what fits a phone screen ("Welders" for "Welders, Cutters, Solderers, and
    Brazers"); ``name`` is the short form when there is one.
    """

    soc: str
    title: str
    short: str = ""

    @property
    def name(self) -> str:
        """The short title when there is one, else BLS's title."""
        return self.short or self.title


@dataclass(frozen=True)
class Match:
    """One search hit: the occupation, the name that matched, and a 0-100 score."""

    soc: str
    title: str
    score: float
    matched: str


@dataclass(frozen=True)
class SearchResult:
    """Ranked matches; ``ambiguous`` means ask "which one?" rather than take the first."""

    query: str
    matches: list[Match]
    ambiguous: bool

    @property
    def best(self) -> Match | None:
        """The match to use without asking, or None when empty or ambiguous."""
        return None if self.ambiguous or not self.matches else self.matches[0]


@dataclass(frozen=True)
class Measure:
    """One published OEWS value with its status (see ``MeasureStatus``)."""

    value: Decimal | None
    status: MeasureStatus

    @property
    def published(self) -> bool:
        """True when the value is BLS's own figure (not a floor, not missing)."""
        return self.status == "published"


@dataclass(frozen=True)
class AreaWages:
    """OEWS figures for one occupation in one area."""

    area: Area
    employment: int | None
    employment_status: MeasureStatus
    hourly_mean: Measure
    annual_mean: Measure
    hourly_p10: Measure
    hourly_p25: Measure
    hourly_median: Measure
    hourly_p75: Measure
    hourly_p90: Measure
    annual_p10: Measure
    annual_p25: Measure
    annual_median: Measure
    annual_p75: Measure
    annual_p90: Measure


@dataclass(frozen=True)
class WageReport:
    """Pay for an occupation where the student lives, with the state beside it.

    ``local`` is None when BLS publishes nothing for the occupation in that area.
    """

    occupation: OccupationRef
    area: Area
    local: AreaWages | None
    statewide: AreaWages | None
    national: AreaWages | None
    source: Source


@dataclass(frozen=True)
class Program:
    """A Mississippi community-college program that trains for an occupation."""

    college: str
    city: str
    program: str  # CIP title
    cip: str
    award_levels: str
    completions: int | None
    miles: float | None  # from the student's area, when known


@dataclass(frozen=True)
class Pathway:
    """What it takes to get in: BLS Employment Projections plus O*NET detail."""

    occupation: OccupationRef
    education: str  # EP "Typical education needed for entry"
    education_level: str  # key of EDUCATION_LEVELS
    experience: str  # EP "Work experience in a related occupation"
    training: str  # EP "Typical on-the-job training"
    needs_bachelors: bool
    non_degree_routes: list[str]  # e.g. ["apprenticeship", "postsecondary certificate"]
    education_distribution: list[tuple[str, float]]  # O*NET: (level, percent of workers)
    job_zone: int | None
    programs: list[Program]
    annual_openings: Decimal | None  # national, thousands a year (EP)
    growth_percent: Decimal | None  # national, 2024-34 (EP)
    source: Source
    detail_source: Source
    programs_source: Source | None = None  # where the college list came from


@dataclass(frozen=True)
class ExploreItem:
    """One row of an "explore" list for an area."""

    occupation: OccupationRef
    annual_median: Measure
    hourly_median: Measure
    employment: int | None
    annual_openings: Decimal | None
    education: str
    education_level: str
    non_degree: bool
    sources: tuple[Source, ...] = ()  # what the row's figures come from, cited in this order


@dataclass(frozen=True)
class Description:
    """What the job is: O*NET's description and its most important tasks."""

    occupation: OccupationRef
    description: str
    tasks: list[str]
    source: Source


# Entry routes (issue 11). Every figure carries its Source; lengths are ranges.
RouteKind = Literal[
    "apprenticeship", "job_training", "certificate", "associate", "bachelor", "master", "doctoral"
]


@dataclass(frozen=True)
class Length:
    """How long something takes, as an honest range in months (``None``: open-ended)."""

    low_months: int | None
    high_months: int | None
    text: str  # "usually 2 to 4 years of paid training on the job"
    source: Source


@dataclass(frozen=True)
class LevelShare:
    """One education level and the share of workers in the occupation who report it."""

    level: str  # key of EDUCATION_LEVELS
    name: str  # plain words: "an associate degree (2 years of college)"
    percent: float


@dataclass(frozen=True)
class Earnings:
    """What a program's graduates earn (College Scorecard median), some years after finishing."""

    annual_median: int
    years_after: int
    program: str  # the 4-digit CIP field the Scorecard reports
    source: Source


@dataclass(frozen=True)
class ProgramOffer:
    """One Mississippi program that awards a credential for the occupation."""

    institution: str
    unitid: str
    city: str
    kind: str  # "community college", "public university", "private college", "for-profit school"
    miles: float | None  # from the student's place
    cip: str
    program: str  # CIP title: "Welding Technology/Welder"
    award_level: int  # IPEDS AWLEVEL
    award: str  # plain words: "a certificate (1 to 2 years)"
    completers: int | None  # 2023-24 graduates (first majors)
    earnings: Earnings | None
    source: Source


@dataclass(frozen=True)
class SponsorOffer:
    """A registered-apprenticeship sponsor that trains for the occupation."""

    name: str
    city: str
    miles: float | None
    sponsor_type: str | None
    url: str | None
    source: Source


@dataclass(frozen=True)
class LicenceInfo:
    """A licence that fits the occupation: who issues it and where to read about it."""

    title: str
    agency: str
    url: str | None
    jurisdiction: str  # "Mississippi" or "Federal"
    requirements: list[str]  # "Exam: State exam required", ...
    note: str | None  # e.g. "needed to run your own electrical contracting business, ..."
    source: Source


@dataclass(frozen=True)
class Route:
    """One way in, with where to do it near the student and how long it takes."""

    kind: RouteKind
    name: str  # plain words: "a certificate program"
    level: str  # the education level a student has when done (key of EDUCATION_LEVELS)
    length: Length | None
    programs: list[ProgramOffer]
    sponsors: list[SponsorOffer]
    why: str  # "BLS: the typical way in", "42% of workers report this level (O*NET)", ...
    source: Source

    @property
    def local(self) -> bool:
        """True when a Mississippi program or sponsor offers it."""
        return bool(self.programs or self.sponsors)


@dataclass(frozen=True)
class Routes:
    """The ways into an occupation, ranked, for a student in a place.

    ``typical_level`` is BLS's typical entry education; ``common_levels`` what O*NET's
    workers report (largest share first). When they differ, ``levels_differ`` is True and an
    answer should say both.
    """

    occupation: OccupationRef
    area: Area | None
    place: str | None  # what the distances are from: "Tupelo (Lee County)"
    typical_level: str
    typical_name: str
    typical_source: Source
    common_levels: list[LevelShare]
    common_source: Source
    levels_differ: bool
    experience: str  # EP "Work experience in a related occupation"
    training: str  # EP "Typical on-the-job training"
    on_the_job: Length | None  # O*NET OJ (else EP's training category)
    on_site: Length | None  # O*NET PT: on-site or in-plant training (classes at work)
    related_experience: Length | None  # O*NET RW: work experience in a related job first
    routes: list[Route]
    licences: list[LicenceInfo]
    left_out: list[str]  # sources this database was built without

    @property
    def first(self) -> Route | None:
        """The route to mention first."""
        return self.routes[0] if self.routes else None
