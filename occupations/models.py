"""The occupations database: OEWS wages, EP entry routes, O*NET detail, places, programs.

Built whole by :mod:`occupations.build`; read-only afterwards. Money is stored as
integers of dollars (annual) and Numeric cents (hourly), never floats.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the occupations database."""


class Provenance(Base):
    """Which release and which file (sha256) each table was built from."""

    __tablename__ = "provenance"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    release: Mapped[str] = mapped_column(String(100))
    file: Mapped[str] = mapped_column(String(300), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    built_at: Mapped[datetime] = mapped_column(DateTime)


class Area(Base):
    """An OEWS area: the 8 Mississippi areas, the state and the nation."""

    __tablename__ = "area"
    code: Mapped[str] = mapped_column(String(7), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    plain_name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[str] = mapped_column(String(10))


class County(Base):
    """A Mississippi county and the OEWS area it belongs to."""

    __tablename__ = "county"
    fips: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(80), index=True)
    area_code: Mapped[str] = mapped_column(ForeignKey("area.code"))


class Occupation(Base):
    """An occupation by SOC 2018 code, with BLS Employment Projections 2024-34 fields."""

    __tablename__ = "occupation"
    soc: Mapped[str] = mapped_column(String(7), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(10))  # detailed, broad, minor, major, total
    description: Mapped[str | None] = mapped_column(Text)
    # Employment Projections (Table 1.2); for O*NET-only codes, the EP aggregate's values.
    ep_soc: Mapped[str | None] = mapped_column(String(7))
    education: Mapped[str | None] = mapped_column(String(80))
    experience: Mapped[str | None] = mapped_column(String(80))
    training: Mapped[str | None] = mapped_column(String(80))
    employment_2024: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))  # thousands
    employment_2034: Mapped[Decimal | None] = mapped_column(Numeric(10, 1))
    growth_percent: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    annual_openings: Mapped[Decimal | None] = mapped_column(Numeric(8, 1))  # thousands
    national_median_2024: Mapped[int | None] = mapped_column(Integer)
    job_zone: Mapped[int | None] = mapped_column(Integer)


class OccupationName(Base):
    """Every name a person might use for an occupation: titles, alternates, reported titles."""

    __tablename__ = "occupation_name"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    soc: Mapped[str] = mapped_column(ForeignKey("occupation.soc"), index=True)
    name: Mapped[str] = mapped_column(Text)
    # title | onet_title | my_next_move | reported | alternate | short | work | student
    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(40))


class Wage(Base):
    """OEWS May 2025 for one occupation in one area: all 17 measures and their footnotes.

    A ``None`` value with its footnote tells why BLS published none (8: not released,
    5: at or above the top code, 4: hourly not published for annual-only occupations).
    """

    __tablename__ = "wage"
    area_code: Mapped[str] = mapped_column(ForeignKey("area.code"), primary_key=True)
    soc: Mapped[str] = mapped_column(String(7), primary_key=True)
    employment: Mapped[int | None] = mapped_column(Integer)
    employment_rse: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    hourly_mean: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    annual_mean: Mapped[int | None] = mapped_column(Integer)
    wage_rse: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    hourly_p10: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    hourly_p25: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    hourly_median: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    hourly_p75: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    hourly_p90: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    annual_p10: Mapped[int | None] = mapped_column(Integer)
    annual_p25: Mapped[int | None] = mapped_column(Integer)
    annual_median: Mapped[int | None] = mapped_column(Integer)
    annual_p75: Mapped[int | None] = mapped_column(Integer)
    annual_p90: Mapped[int | None] = mapped_column(Integer)
    per_1000_jobs: Mapped[Decimal | None] = mapped_column(Numeric(10, 3))
    location_quotient: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    footnotes: Mapped[str] = mapped_column(String(120))  # "f01..f17" joined by "|"


class Footnote(Base):
    """OEWS footnote texts by code."""

    __tablename__ = "footnote"
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    text: Mapped[str] = mapped_column(Text)


class EducationShare(Base):
    """O*NET: the share of workers by required level of education (scale RL)."""

    __tablename__ = "education_share"
    soc: Mapped[str] = mapped_column(ForeignKey("occupation.soc"), primary_key=True)
    category: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(Text)  # "Post-Secondary Certificate"
    percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))


class Interest(Base):
    """O*NET RIASEC interest scores (1-7) for an occupation."""

    __tablename__ = "interest"
    soc: Mapped[str] = mapped_column(ForeignKey("occupation.soc"), primary_key=True)
    interest: Mapped[str] = mapped_column(String(16), primary_key=True)
    score: Mapped[Decimal] = mapped_column(Numeric(4, 2))


class Related(Base):
    """O*NET related occupations, in O*NET's order."""

    __tablename__ = "related"
    soc: Mapped[str] = mapped_column(ForeignKey("occupation.soc"), primary_key=True)
    related_soc: Mapped[str] = mapped_column(ForeignKey("occupation.soc"), primary_key=True)
    tier: Mapped[str] = mapped_column(String(30))
    rank: Mapped[int] = mapped_column(Integer)


class Task(Base):
    """O*NET task statements; core tasks first, then by how many incumbents reported them."""

    __tablename__ = "task"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    soc: Mapped[str] = mapped_column(ForeignKey("occupation.soc"), index=True)
    text: Mapped[str] = mapped_column(Text)
    core: Mapped[bool] = mapped_column(Boolean)
    rank: Mapped[int] = mapped_column(Integer)


class College(Base):
    """A Mississippi community college (IPEDS 2024 directory, main campus)."""

    __tablename__ = "college"
    unitid: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    city: Mapped[str] = mapped_column(String(80))
    county_fips: Mapped[str | None] = mapped_column(String(5))
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))


class ProgramOccupation(Base):
    """CIP 2020 -> SOC 2018 crosswalk (NCES)."""

    __tablename__ = "program_occupation"
    cip: Mapped[str] = mapped_column(String(7), primary_key=True)
    soc: Mapped[str] = mapped_column(String(7), primary_key=True, index=True)
    cip_title: Mapped[str] = mapped_column(String(200))


class Completion(Base):
    """IPEDS 2023-24 completions by college and program (a partial extract)."""

    __tablename__ = "completion"
    unitid: Mapped[str] = mapped_column(ForeignKey("college.unitid"), primary_key=True)
    cip: Mapped[str] = mapped_column(String(7), primary_key=True)
    cip_title: Mapped[str] = mapped_column(Text)
    award_levels: Mapped[str] = mapped_column(Text)
    completions: Mapped[int | None] = mapped_column(Integer)


class Institution(Base):
    """A Mississippi college or training school in IPEDS (any sector), with its position."""

    __tablename__ = "institution"
    unitid: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    alias: Mapped[str | None] = mapped_column(Text)  # IPEDS IALIAS: "Ole Miss"
    city: Mapped[str] = mapped_column(String(80))
    zip: Mapped[str | None] = mapped_column(String(10))
    county_fips: Mapped[str | None] = mapped_column(String(5))
    sector: Mapped[int | None] = mapped_column(Integer)  # IPEDS SECTOR code
    sector_label: Mapped[str | None] = mapped_column(String(80))
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))


class AwardLevel(Base):
    """An IPEDS award level: NCES's label and the plain words a student reads."""

    __tablename__ = "award_level"
    code: Mapped[int] = mapped_column(Integer, primary_key=True)  # AWLEVEL
    ipeds_label: Mapped[str] = mapped_column(Text)
    route: Mapped[str] = mapped_column(String(16))  # certificate | associate | bachelor | ...
    plain: Mapped[str] = mapped_column(Text)
    months_low: Mapped[int | None] = mapped_column(Integer)
    months_high: Mapped[int | None] = mapped_column(Integer)
    scorecard_level: Mapped[int | None] = mapped_column(Integer)


class ProgramAward(Base):
    """IPEDS 2023-24 completions (first majors) by institution, 6-digit CIP and award level."""

    __tablename__ = "program_award"
    unitid: Mapped[str] = mapped_column(ForeignKey("institution.unitid"), primary_key=True)
    cip: Mapped[str] = mapped_column(String(7), primary_key=True, index=True)
    award_level: Mapped[int] = mapped_column(Integer, primary_key=True)
    cip_title: Mapped[str] = mapped_column(Text)
    completers: Mapped[int | None] = mapped_column(Integer)  # None: not counted per level


class ProgramEarnings(Base):
    """College Scorecard field-of-study median earnings by institution, 4-digit CIP, credential."""

    __tablename__ = "program_earnings"
    unitid: Mapped[str] = mapped_column(String(6), primary_key=True)
    cip4: Mapped[str] = mapped_column(String(5), primary_key=True)  # "12.04"
    credential_level: Mapped[int] = mapped_column(Integer, primary_key=True)
    cip_title: Mapped[str] = mapped_column(Text)
    earnings: Mapped[int] = mapped_column(Integer)  # median annual dollars
    horizon_years: Mapped[int] = mapped_column(Integer)  # years after finishing


class Licence(Base):
    """An occupational licence that applies in Mississippi (CareerOneStop)."""

    __tablename__ = "licence"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    jurisdiction: Mapped[str] = mapped_column(String(20))  # State | Federal
    agency: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    updated: Mapped[str | None] = mapped_column(String(10))
    requirements: Mapped[str | None] = mapped_column(Text)


class LicenceOccupation(Base):
    """A licence and an occupation it fits (the title checked, not the source's SOC link alone)."""

    __tablename__ = "licence_occupation"
    licence_id: Mapped[str] = mapped_column(ForeignKey("licence.id"), primary_key=True)
    soc: Mapped[str] = mapped_column(String(7), primary_key=True, index=True)
    why: Mapped[str] = mapped_column(String(20))  # title | curated
    note: Mapped[str | None] = mapped_column(Text)


class Sponsor(Base):
    """A registered-apprenticeship sponsor in Mississippi (Apprenticeship.gov)."""

    __tablename__ = "sponsor"
    id: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    city: Mapped[str] = mapped_column(String(80))
    zip: Mapped[str | None] = mapped_column(String(10))
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    sponsor_type: Mapped[str | None] = mapped_column(String(80))
    url: Mapped[str | None] = mapped_column(Text)
    updated: Mapped[str | None] = mapped_column(String(10))


class SponsorOccupation(Base):
    """An occupation a sponsor trains apprentices for, mapped from its SOC title."""

    __tablename__ = "sponsor_occupation"
    sponsor_id: Mapped[str] = mapped_column(ForeignKey("sponsor.id"), primary_key=True)
    soc: Mapped[str] = mapped_column(String(7), primary_key=True, index=True)
    title: Mapped[str] = mapped_column(Text)  # as the sponsor file names it


class TrainingShare(Base):
    """O*NET: shares of workers by length of experience (RW), on-site (PT) and OJT (OJ)."""

    __tablename__ = "training_share"
    soc: Mapped[str] = mapped_column(ForeignKey("occupation.soc"), primary_key=True)
    scale: Mapped[str] = mapped_column(String(2), primary_key=True)
    category: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))


Index("ix_wage_soc", Wage.soc)
