"""Where "here" is: a county, town, ZIP code, school or nickname -> a Mississippi OEWS area.

Counties and their areas come from the database (BLS area definitions); towns and ZIP
codes from the pinned ``zipcodes`` package, which carries USPS data in its wheel.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import zipcodes
from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from occupations.cache import PerDatabase
from occupations.models import Area as AreaRow
from occupations.models import County, Institution
from occupations.text import DIRECTIONS, MAX_QUERY_CHARS, STATE_AFTER_TOWN_WORDS, normalize
from occupations.types import Area, Place, PlaceKind, Unresolved

STATE = "2800000"
NATION = "0000000"
# Counties as people shorten them ("down in jeff davis county"), to the name's bare key.
COUNTY_SHORT_NAMES = {"jeff davis": "jefferson davis"}
NICKNAMES: dict[str, str] = {
    # Gulfport-Biloxi
    "the coast": "0025060",
    "coast": "0025060",
    "gulf coast": "0025060",
    "the gulf coast": "0025060",
    "ms coast": "0025060",
    "mississippi coast": "0025060",
    "mississippi gulf coast": "0025060",
    "coastal mississippi": "0025060",
    "gulfport biloxi": "0025060",
    "biloxi gulfport": "0025060",
    # Hattiesburg
    "pine belt": "0025620",
    "the pine belt": "0025620",
    "hburg": "0025620",
    "hub city": "0025620",
    "the hub city": "0025620",
    "the burg": "0025620",
    # colleges by the short names IPEDS does not list (the rest come from IPEDS: College)
    "southern miss": "0025620",
    "co lin": "0027140",  # Copiah-Lincoln CC, Wesson, Copiah County
    "nemcc": "2800006",  # Northeast Mississippi CC, Booneville
    "jones college": "2800008",  # Jones County Junior College's name since 2022, Ellisville
    "belhaven": "0027140",
    # Census-designated places the ZIP list has no name for, by their county: students name
    # their high schools by them ("im at st martin high", "oak grove high")
    "st martin": "0025060",  # Jackson County
    "saint martin": "0025060",
    "latimer": "0025060",  # Jackson County
    "lyman": "0025060",  # Harrison County
    "oak grove": "0025620",  # Lamar County
    "arnold line": "0025620",  # Lamar County
    "gluckstadt": "0027140",  # Madison County
    "lewisburg": "0032820",  # DeSoto County
    "lynchburg": "0032820",  # DeSoto County
    # military bases, where students' parents work and jobs are posted
    "camp shelby": "0025620",  # Forrest County (Shelby the town is in the Delta)
    "keesler": "0025060",  # Biloxi
    "keesler afb": "0025060",
    "keesler air force base": "0025060",
    "columbus afb": "2800006",
    "columbus air force base": "2800006",
    "nas meridian": "2800008",
    "naval air station meridian": "2800008",
    # employers with one site in the state, named for where they are ("bartenders at the beau
    # rivage"); employers with plants in many towns (Tyson, Sanderson Farms) are no place
    "ingalls": "0025060",  # Pascagoula
    "ingalls shipbuilding": "0025060",
    "huntington ingalls": "0025060",
    "seabee base": "0025060",  # Naval Construction Battalion Center, Gulfport
    "viking range": "2800005",  # Greenwood
    "yokohama tire": "2800006",  # West Point
    "paccar": "2800006",  # Columbus
    "airbus helicopters": "2800006",  # Columbus
    "beau rivage": "0025060",  # Biloxi
    "hard rock biloxi": "0025060",
    "ip casino": "0025060",
    "golden nugget biloxi": "0025060",
    "scarlet pearl": "0025060",  # D'Iberville
    "island view casino": "0025060",  # Gulfport
    "stennis space center": "0025060",  # Hancock County
    "stennis": "0025060",
    "nissan": "0027140",  # Canton, Madison County
    "ummc": "0027140",  # University of Mississippi Medical Center, Jackson
    "forrest general": "0025620",  # Hattiesburg
    "north mississippi medical center": "2800006",  # Tupelo
    "nmmc": "2800006",
    "toyota": "2800006",  # Blue Springs, Union County
    "parchman": "2800005",  # the state penitentiary, Sunflower County
    "pearl river resort": "2800008",  # Choctaw, Neshoba County
    # The Mississippi Band of Choctaw Indians' reservation: its largest communities and the
    # resort (Pearl River, Bogue Chitto, Tucker) are in Neshoba County.
    "the rez": "2800008",
    "choctaw reservation": "2800008",
    "the choctaw reservation": "2800008",
    "philly": "2800008",  # Philadelphia, Neshoba County, as it is called there
    # Jackson
    "metro jackson": "0027140",
    "jackson metro": "0027140",
    "metro": "0027140",
    "the metro": "0027140",
    "jackson area": "0027140",
    "jxn": "0027140",
    "capital city": "0027140",
    "central mississippi": "0027140",
    # Memphis (Mississippi part)
    "desoto": "0032820",
    "memphis": "0032820",
    "memphis area": "0032820",
    "northwest mississippi": "0032820",
    # nonmetropolitan areas
    "the delta": "2800005",
    "delta": "2800005",
    "mississippi delta": "2800005",
    "ms delta": "2800005",
    "west delta": "2800005",
    "golden triangle": "2800006",
    "starkvegas": "2800006",
    "stark vegas": "2800006",
    "the golden triangle": "2800006",
    "northeast mississippi": "2800006",
    "northeast ms": "2800006",
    "ne mississippi": "2800006",
    "ne ms": "2800006",
    "upper east": "2800006",
    "southwest mississippi": "2800007",
    "southwest ms": "2800007",
    "sw ms": "2800007",
    "lower west": "2800007",
    "southeast mississippi": "2800008",
    "southeast ms": "2800008",
    "se ms": "2800008",
    "east mississippi": "2800008",
    "queen city": "2800008",
    "the queen city": "2800008",
    "east ms": "2800008",
    "east central mississippi": "2800008",
    "lower east": "2800008",
    # the state
    "mississippi": STATE,
    "ms": STATE,
    "miss": STATE,
    "statewide": STATE,
    "the state": STATE,
    "whole state": STATE,
    "state": STATE,
    "mississippi statewide": STATE,
    "the sip": STATE,
    "the magnolia state": STATE,
    "all of mississippi": STATE,
    "all of ms": STATE,
    "the rest of mississippi": STATE,
    "the whole of mississippi": STATE,
    "the whole state": STATE,
    "across the state": STATE,
    "state wide": STATE,
    # the nation (OEWS national figures), for "what about nationally?"
    "nationally": NATION,
    "nationwide": NATION,
    "national": NATION,
    "the us": NATION,
    "the u s": NATION,
    "usa": NATION,
    "the usa": NATION,
    "united states": NATION,
    "the united states": NATION,
    "the country": NATION,
    "the whole country": NATION,
    "whole country": NATION,
    "across the country": NATION,
    "all over the country": NATION,
    "america": NATION,
    "the nation": NATION,
    "rest of the country": NATION,
    "the rest of the country": NATION,
    "national average": NATION,
    "the national average": NATION,
    "the rest of the us": NATION,
    "the whole us": NATION,
    "across the us": NATION,
    "all over the us": NATION,
    "the whole nation": NATION,
}
# Parts of the state a student may name that span several OEWS areas: a wage for one of them
# would be a guess, so the student is asked which area (each choice is a nickname above or a
# county, so that it resolves when sent back). Area codes are what students call home too.
_NORTH = ("DeSoto County area", "Northeast Mississippi", "The Delta")
_SOUTH = ("The Coast", "The Pine Belt", "Southeast Mississippi", "Southwest Mississippi")
_601 = ("Jackson metro", "The Pine Belt", "Southeast Mississippi", "Southwest Mississippi")
REGIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    **dict.fromkeys(
        ["north mississippi", "north ms", "northern mississippi", "northern ms", "north miss",
         "up north"],
        ("North Mississippi", _NORTH),
    ),
    **dict.fromkeys(
        ["south mississippi", "south ms", "southern mississippi", "southern ms", "south miss",
         "down south"],
        ("South Mississippi", _SOUTH),
    ),
    **dict.fromkeys(["the 662", "662 area"], ("The 662", _NORTH)),
    **dict.fromkeys(["the 601", "601 area", "the 769", "769 area"], ("The 601", _601)),
    # The coast and George County (Lucedale), in another pay area.
    **dict.fromkeys(["the 228", "228 area"], ("The 228", ("The Coast", "Southeast Mississippi"))),
}  # fmt: skip
# Colleges a student names as where they are or will be ("nursing pay near itawamba cc"):
# IPEDS's public universities, private nonprofit colleges and community colleges, found in
# their main campus's area by their name, IPEDS's aliases ("Ole Miss", "MUW"), "<name> cc"
# and their initials ("usm", "jcjc", "mgccc").
COLLEGE_SECTORS = (1, 2, 4)
_COLLEGE_ENDINGS = ("community college", "junior college", "university", "college")
_NOT_AN_INITIAL = frozenset(["of", "for", "the", "and", "at"])
# "mississippi state" is the state as often as the university: the state, as before.
_STATE_NAME_WORDS = frozenset(["mississippi", "ms", "state", "the"])


def college_names(name: str, alias: str | None = None) -> set[str]:
    """What students call a college: its name, IPEDS's aliases, a short form, its initials.

    A short form of one word ("rust", "hinds"), of state words only or a direction is left
    out: it is an everyday word, a county, the state or a part of it.
    """
    full = normalize(name)
    names = {full}
    for other in map(normalize, re.split(r"\s{2,}|[|,;]", alias or "")):
        if len(other) >= 3 and other not in DIRECTIONS:  # "Southwest" for its college
            names.add(other)
    initials = "".join(w[0] for w in full.split() if w not in _NOT_AN_INITIAL)
    if len(initials) >= 3:
        names.add(initials)
    ending = next((e for e in _COLLEGE_ENDINGS if full.endswith(f" {e}")), None)
    short = full.removesuffix(f" {ending}") if ending else ""
    if ending in ("community college", "junior college"):
        names |= {f"{short} cc", f"{short} community", f"{short} community college"}
    if len(short.split()) >= 2 and not set(short.split()) <= _STATE_NAME_WORDS:
        names.add(short)
    return names


# Words around a place that are not the place: "i live in tupelo ms" -> "tupelo".
FILLER = set(
    [
        "i",
        "im",
        "live",
        "living",
        "stay",
        "staying",
        "from",
        "go",
        "goes",
        "going",
        "to",
        "attend",
        "at",
        "in",
        "on",
        "near",
        "around",
        "by",
        "close",
        "the",
        "my",
        "our",
        "school",
        "we",
        "are",
        "is",
        "it",
        "s",
        "area",
        "city",
        "town",
        "county",
        "parish",
        "ms",
        "miss",
        "mississippi",
        "out",
        "outside",
        "of",
        "just",
        "im",
        "kinda",
        "like",
        "over",
        "down",
        "up",
        "here",
        "there",
        "about",
    ]
)
SCHOOL_WORDS = re.compile(
    r"\b(high school|middle school|junior high|high|hs|h s|middle|school|academy|"
    r"attendance center|att ctr|career center|career and technical center|ctc|"
    r"christian|prep|preparatory|early college|magnet|jr|sr|senior|junior|elementary)\b"
)
ZIP = re.compile(r"\b(\d{5})(?:-\d{4})?\b")
US_LETTERS = re.compile(r"\bu s\b")
# A town with this many ZIP codes is a city people mean by its bare name (Jackson).
CITY_OVER_COUNTY_ZIPS = 3
# A town written as an address ("quitman ms", "prentiss mississippi") means the town, not the
# county of the same name.
STATE_AFTER_TOWN = re.compile(rf"(.+) (?:{'|'.join(STATE_AFTER_TOWN_WORDS)})")
# Many schools are named for their part of a county ("West Jones", "South Panola"): the
# county, never a town named by the direction (West, in Attala County).
DIRECTION_BEFORE_COUNTY = re.compile(rf"(?:{'|'.join(DIRECTIONS)}) (.+)")
# Others for the whole county with a word after it: "Harrison Central", "Pearl River Central".
SCHOOL_AFTER_COUNTY_WORDS = ("central",)
COUNTY_BEFORE_SCHOOL = re.compile(rf"(.+) (?:{'|'.join(SCHOOL_AFTER_COUNTY_WORDS)})")
# Places outside Mississippi a student may name ("what about in new orleans"): the other
# states, every city of a neighbouring state with this many ZIP codes, and every US city with
# that many. They are answered "not in Mississippi" with the state to offer, never with a
# Mississippi town whose name looks alike.
NEIGHBOUR_STATES = ("LA", "AL", "TN", "AR")
NEIGHBOUR_CITY_ZIPS = 3
US_CITY_ZIPS = 15
MILITARY_MAIL = frozenset({"apo", "dpo", "fpo"})
OTHER_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin",
    "WY": "Wyoming", "PR": "Puerto Rico",
}  # fmt: skip
# What an Unresolved place outside Mississippi offers instead: the state's figures.
OUTSIDE_SUGGESTION = "Mississippi"


@dataclass(frozen=True)
class _Town:
    name: str
    county: str  # "Lee County"
    zips: int


class PlaceIndex:
    """Counties, towns, ZIP codes and nicknames of Mississippi, loaded once."""

    def __init__(
        self,
        areas: dict[str, Area],
        counties: dict[str, str],
        colleges: Iterable[tuple[str, str | None, str]] = (),
    ) -> None:
        """``colleges``: (IPEDS name, IPEDS alias, county name) of each college."""
        self.areas = areas
        self.county_area = {normalize(c): code for c, code in counties.items()}
        # "lee" -> "Lee County"
        self.county_names = {normalize(c).removesuffix(" county"): c for c in counties}
        for short, bare in COUNTY_SHORT_NAMES.items():  # "jeff davis county"
            if bare in self.county_names:
                self.county_names[short] = self.county_names[bare]
                self.county_area[f"{short} county"] = self.county_area[f"{bare} county"]
        self.towns: dict[str, _Town] = {}
        self.zip_county: dict[str, str] = {}
        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        by_town: dict[str, Counter[str]] = defaultdict(Counter)
        display: dict[str, str] = {}
        for entry in zipcodes.filter_by(state="MS"):  # type: ignore[no-untyped-call]
            county = normalize(entry.get("county") or "")
            if county not in self.county_area:
                continue
            self.zip_county[entry["zip_code"]] = county
            if entry.get("lat") and entry.get("long"):
                point = (float(entry["lat"]), float(entry["long"]))
                points[self.county_area[county]].append(point)
                points[STATE].append(point)
            for city in [entry["city"], *(entry.get("acceptable_cities") or [])]:
                key = normalize(city)
                by_town[key][county] += 1
                display.setdefault(key, city.title())
        for key, counts in by_town.items():
            county, _ = counts.most_common(1)[0]
            self.towns[key] = _Town(display[key], county, sum(counts.values()))
        self.names = sorted(
            set(self.towns)
            | set(self.county_names)
            | {f"{c} county" for c in self.county_names}
            | set(NICKNAMES)
            | set(REGIONS)
        )

        self.colleges = self._colleges(colleges)
        self.names = sorted(set(self.names) | set(self.colleges))
        self.outside = outside_places(set(self.names) | set(self.zip_county))
        self.centres = {
            code: (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
            for code, pts in points.items()
        }

    def _colleges(
        self, colleges: Iterable[tuple[str, str | None, str]]
    ) -> dict[str, tuple[str, str]]:
        """Each college name -> (the college, its county), when it is no other place's name.

        A name two colleges share ("hcc": Hinds and Holmes) is left out.
        """
        taken = set(self.names)
        found: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for name, alias, county in colleges:
            if normalize(county) not in self.county_area:
                continue
            for key in college_names(name, alias):
                if key not in taken:
                    found[key].add((name, county))
        return {key: next(iter(who)) for key, who in found.items() if len(who) == 1}

    def centre(self, code: str) -> tuple[float, float] | None:
        """The mean position of the area's ZIP codes (for "nearest college")."""
        return self.centres.get(code)

    @classmethod
    def load(cls, session: Session) -> PlaceIndex:
        """Read the areas and the county table from the database."""
        areas = {
            row.code: Area(row.code, row.name, row.plain_name, row.kind)  # type: ignore[arg-type]
            for row in session.scalars(select(AreaRow))
        }
        rows = list(session.scalars(select(County)))
        counties = {c.name: c.area_code for c in rows}
        county_of = {c.fips: c.name for c in rows}
        colleges = [
            (i.name, i.alias, county_of[i.county_fips])
            for i in session.scalars(
                select(Institution).where(Institution.sector.in_(COLLEGE_SECTORS))
            )
            if i.county_fips in county_of
        ]
        return cls(areas, counties, colleges)

    def area(self, code: str) -> Area:
        """The area with this OEWS code."""
        return self.areas[code]

    def resolve(self, text: str) -> Place | Unresolved:
        """Resolve what a student typed; unknown places come back with suggestions."""
        raw = text.strip()[:MAX_QUERY_CHARS]
        words = US_LETTERS.sub("us", normalize(raw))  # "the whole U.S." -> "the whole us"
        if not words:
            return Unresolved(text, [])
        zip_match = ZIP.search(raw)
        if zip_match:
            return self._zip(text, zip_match.group(1))
        candidates = self._candidates(words)
        for candidate in candidates:
            found = self._exact(text, candidate)
            if isinstance(found, Unresolved) and f"{candidate} county" in candidates:
                return self._county(text, candidate)  # "in quitman county" without filler
            if found:
                return found
        for candidate in candidates:  # only when no town or county is named as well
            if candidate in REGIONS:
                region, areas = REGIONS[candidate]
                return Unresolved(text, list(areas), region=region)
        if any(candidate in self.outside for candidate in candidates):
            return Unresolved(text, [OUTSIDE_SUGGESTION])
        return self._fuzzy(text, words)

    def outside_state(self, text: str) -> str | None:
        """The state (two letters) of a place outside Mississippi named in ``text``, or None."""
        if isinstance(self.resolve(text), Place):
            return None
        for candidate in self._candidates(normalize(text[:MAX_QUERY_CHARS])):
            if candidate in self.outside:
                return self.outside[candidate]
        return None

    def outside_name(self, text: str) -> str | None:
        """How to name a place outside Mississippi named in ``text`` ("New Orleans, Louisiana").

        None when ``text`` names a Mississippi place or no place we know outside the state.
        """
        state = self.outside_state(text)
        if state is None:
            return None
        full = OTHER_STATES.get(state, state)
        for candidate in self._candidates(normalize(text[:MAX_QUERY_CHARS])):
            if self.outside.get(candidate) == state:
                name = candidate.title()
                return full if name == full else f"{name}, {full}"
        return full

    def _candidates(self, words: str) -> list[str]:
        """The whole text, without filler, without school words, then every n-gram."""
        tokens = words.split()
        core = " ".join(t for t in tokens if t not in FILLER)
        school = normalize(SCHOOL_WORDS.sub(" ", words))
        school_core = " ".join(t for t in school.split() if t not in FILLER)
        out = [words, core, school, school_core]
        for size in range(min(4, len(tokens)), 0, -1):
            for start in range(len(tokens) - size + 1):
                gram = tokens[start : start + size]
                if size == 1 and gram[0] in FILLER:
                    continue
                out.append(" ".join(gram))
        seen: set[str] = set()
        return [c for c in out if c and not (c in seen or seen.add(c))]  # type: ignore[func-returns-value]

    def _exact(self, text: str, key: str) -> Place | Unresolved | None:
        if key in NICKNAMES:
            code = NICKNAMES[key]
            kind: PlaceKind = "state" if code == STATE else "nickname"
            if code not in self.areas:
                return None
            return Place(text, self.areas[code], key.title(), kind)
        if key in self.colleges:
            college, campus_county = self.colleges[key]
            area = self.areas[self.county_area[normalize(campus_county)]]
            return Place(text, area, f"{college} ({campus_county})", "school", campus_county)
        if key.endswith(" county") and key.removesuffix(" county") in self.county_names:
            return self._county(text, key.removesuffix(" county"))
        school = DIRECTION_BEFORE_COUNTY.fullmatch(key) or COUNTY_BEFORE_SCHOOL.fullmatch(key)
        if school and self.school_county(school.group(1)):  # "west jones" (a high school)
            return self._county(text, school.group(1))
        side = DIRECTION_BEFORE_COUNTY.fullmatch(key)
        if side and side.group(1) in self.towns:  # "west hattiesburg": never West (Attala)
            return self._town(text, self.towns[side.group(1)])
        state = STATE_AFTER_TOWN.fullmatch(key)
        if state and state.group(1) in self.towns:  # "quitman ms": an address names a town
            return self._town(text, self.towns[state.group(1)])
        town = self.towns.get(key)
        county = self.county_names.get(key)
        # "Quitman": the town (Clarke County) or Quitman County, in another area? A bare name
        # means the town when it is a sizeable one (Jackson); otherwise the student is asked.
        if (
            town
            and county
            and self.county_area[key + " county"] != self.county_area[town.county]
            and town.zips < CITY_OVER_COUNTY_ZIPS
        ):
            return Unresolved(text, [self._town(text, town).matched, county], region=town.name)
        if town:
            return self._town(text, town)
        if county:
            return self._county(text, key)
        return None

    def school_county(self, bare: str) -> bool:
        """Whether "<direction> <bare>" names a part of a county ("west jones"), not of a city.

        The same for a school named for the whole county ("harrison central").

        "North Jackson" is part of the city of Jackson, not of Jackson County.
        """
        town = self.towns.get(bare)
        return bare in self.county_names and not (town and town.zips >= CITY_OVER_COUNTY_ZIPS)

    def _town(self, text: str, town: _Town) -> Place:
        county_name = self.county_names[town.county.removesuffix(" county")]
        return Place(
            text,
            self.areas[self.county_area[town.county]],
            f"{town.name} ({county_name})",
            "city",
            county_name,
        )

    def _county(self, text: str, bare: str) -> Place:
        name = self.county_names[bare]
        return Place(text, self.areas[self.county_area[bare + " county"]], name, "county", name)

    def _zip(self, text: str, code: str) -> Place | Unresolved:
        county = self.zip_county.get(code)
        if county is None:  # out of state: nothing close to offer (the reply says why)
            return Unresolved(text, [])
        name = self.county_names[county.removesuffix(" county")]
        return Place(text, self.areas[self.county_area[county]], f"{code} ({name})", "zip", name)

    def _fuzzy(self, text: str, words: str) -> Place | Unresolved:
        core = " ".join(t for t in words.split() if t not in FILLER) or words
        hits = process.extract(core, self.names, scorer=fuzz.ratio, limit=5, score_cutoff=60)
        if hits and hits[0][1] >= 85 and (len(hits) == 1 or hits[0][1] - hits[1][1] >= 5):
            found = self._exact(text, hits[0][0])
            if found:
                return found
        suggestions = []
        for name, _, _ in hits:
            label = self.towns[name].name if name in self.towns else name.title()
            if label not in suggestions:
                suggestions.append(label)
        return Unresolved(text, suggestions[:3])


def outside_places(mississippi: set[str]) -> dict[str, str]:
    """Names of places outside Mississippi (no Mississippi name among them) -> their state."""
    out: dict[str, str] = {}
    for code, name in OTHER_STATES.items():
        out[normalize(name)] = code
    zips: Counter[tuple[str, str]] = Counter()
    for entry in zipcodes.list_all():  # type: ignore[no-untyped-call]
        if entry["state"] != "MS":
            zips[(normalize(entry["city"]), entry["state"])] += 1
    for (city, state), count in zips.most_common():
        wanted = US_CITY_ZIPS if state not in NEIGHBOUR_STATES else NEIGHBOUR_CITY_ZIPS
        if count >= wanted and city not in MILITARY_MAIL:
            out.setdefault(city, state)
    return {name: state for name, state in out.items() if name not in mississippi}


# The index for the session's database, built on first use and kept.
index_for = PerDatabase(PlaceIndex.load)


def resolve_place(*, session: Session, text: str) -> Place | Unresolved:
    """Resolve a county, town, ZIP, school or nickname to its OEWS area."""
    return index_for(session).resolve(text)


def outside_mississippi(*, session: Session, text: str) -> str | None:
    """The name of the place outside Mississippi that ``text`` names, or None."""
    return index_for(session).outside_name(text)
