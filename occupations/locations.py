"""Where a town, a ZIP code or a listed address is, and whether we are sure enough to say miles.

Positions come from the USPS ZIP data in the pinned ``zipcodes`` wheel: a ZIP code's
position is its centroid, a town's is the mean of the centroids of the street-delivery
(STANDARD) ZIP codes whose main city it is (PO-box and unique ZIP codes have positions that
can sit miles from the town; they count only when a town has nothing else). A town known only
as another ZIP code's alternative name ("Bay St Louis" for 39520, "Bay Saint Louis") is placed
by those ZIP codes.

A sponsor's or a school's listed position is trusted only when it lies within
``AGREE_MILES`` of its own town or ZIP code; its town name is checked against the USPS names
(a misspelling such as "Gulfpost" for ZIP 39503 becomes "Gulfport"). A county or an area
has no single position: distances are never printed from one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import zipcodes
from rapidfuzz import fuzz, process

from occupations.text import normalize

Point = tuple[float, float]
EARTH_MILES = 3958.8
# A listed position this close to its own town or ZIP code is the place it says it is.
AGREE_MILES = 15.0
# A misspelled town: how close its name must be to one of its own ZIP code's names, and to
# any Mississippi town when the ZIP code gives none.
ZIP_NAME_MIN = 80
STATE_NAME_MIN = 90
STATE_NAME_LEAD = 5
STREET = "STANDARD"
# ZIP codes of one town name further apart than this are two towns (in different counties).
ONE_TOWN_MILES = 20.0
# USPS writes a town's name one way and lists the short form as another name.
SHORT_WORDS = {"st": "saint", "mt": "mount", "ft": "fort"}


def miles_between(a: Point, b: Point) -> float:
    """Great-circle distance in miles (haversine, mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return EARTH_MILES * 2 * math.asin(math.sqrt(h))


@dataclass(frozen=True)
class _Zip:
    code: str
    city: str  # USPS main city, as USPS writes it
    others: tuple[str, ...]  # acceptable other names
    county: str  # normalised: "hancock county"
    street: bool  # STANDARD (street delivery), not a PO-box or unique ZIP code
    point: Point | None


@dataclass(frozen=True)
class Located:
    """A listed address as the answer may show it: the town's name, and a position if trusted."""

    town: str
    point: Point | None


class _Zips:
    """Mississippi's ZIP codes, by code and by town name (main and acceptable names)."""

    def __init__(self) -> None:
        self.by_code: dict[str, _Zip] = {}
        self.main: dict[str, list[_Zip]] = defaultdict(list)
        self.other: dict[str, list[_Zip]] = defaultdict(list)
        self.display: dict[str, str] = {}
        for entry in zipcodes.filter_by(state="MS"):  # type: ignore[no-untyped-call]
            lat, lon = entry.get("lat"), entry.get("long")
            found = _Zip(
                code=entry["zip_code"],
                city=entry["city"],
                others=tuple(entry.get("acceptable_cities") or ()),
                county=normalize(entry.get("county") or ""),
                street=entry.get("zip_code_type") == STREET,
                point=(float(lat), float(lon)) if lat and lon else None,
            )
            self.by_code[found.code] = found
            self.main[normalize(found.city)].append(found)
            self.display.setdefault(normalize(found.city), found.city.title())
            for name in found.others:
                self.other[normalize(name)].append(found)
                self.display.setdefault(normalize(name), name.title())
        self.names = sorted(set(self.main) | set(self.other))


@lru_cache(maxsize=1)
def _zips() -> _Zips:
    return _Zips()


def _mean(found: list[_Zip]) -> Point | None:
    points = [z.point for z in found if z.point is not None]
    if not points:
        return None
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def _spellings(key: str) -> list[str]:
    """``key`` and its spelling with short words written out: "bay st louis", "bay saint louis"."""
    long = " ".join(SHORT_WORDS.get(word, word) for word in key.split())
    return [key] if long == key else [key, long]


def _best(found: list[_Zip]) -> Point | None:
    """The mean of the street-delivery ZIP codes, else of all of them."""
    return _mean([z for z in found if z.street and z.point]) or _mean(found)


@lru_cache(maxsize=4096)
def town_point(name: str, county: str | None = None) -> Point | None:
    """A Mississippi town's position, or None if unknown.

    ``county`` picks one of two towns of the same name; a town that spans two counties
    (Hattiesburg: Forrest and Lamar) is placed by all its ZIP codes.
    """
    zips = _zips()
    key = normalize(name)
    wanted = normalize(county) if county else None
    for table in (zips.main, zips.other):
        for spelling in _spellings(key):
            found = table.get(spelling, [])
            point = _best(found)
            if point is not None and wanted and _spread(found, point) > ONE_TOWN_MILES:
                # Two towns of one name: the one in the student's county.
                found = [z for z in found if z.county == wanted]
                point = _best(found)
            if point is not None:
                return point
    return None


def _spread(found: list[_Zip], centre: Point) -> float:
    return max((miles_between(z.point, centre) for z in found if z.point), default=0.0)


def zip_point(code: str) -> Point | None:
    """A Mississippi ZIP code's centroid, or None."""
    found = _zips().by_code.get(code.strip()[:5])
    return found.point if found else None


@lru_cache(maxsize=128)
def county_point(county: str) -> Point | None:
    """The mean of a county's ZIP centroids: good for ordering, too coarse to print miles."""
    wanted = normalize(county)
    return _mean([z for z in _zips().by_code.values() if z.county == wanted])


def town_name(city: str, zip_code: str | None) -> str | None:
    """The USPS name of the town a listing means, or None when it cannot be told.

    A known Mississippi name is kept (in USPS's spelling and case); a misspelled one becomes
    the closest name of its own ZIP code, else a clearly closest Mississippi town.
    """
    zips = _zips()
    key = normalize(city)
    if key in zips.display:
        return zips.display[key]
    own = zips.by_code.get((zip_code or "").strip()[:5])
    if own is not None:
        names = {normalize(n): n for n in (own.city, *own.others)}
        hit = process.extractOne(key, list(names), scorer=fuzz.ratio)
        if hit and hit[1] >= ZIP_NAME_MIN:
            return zips.display[hit[0]]
        # "South Hernando" for 38632 (Hernando), "Alcorn State" for 39096 (Lorman).
        inside = [n for n in names if len(n) > 3 and n in key]
        return zips.display[inside[0]] if inside else own.city.title()
    hits = process.extract(key, zips.names, scorer=fuzz.ratio, limit=2)
    clear = len(hits) == 1 or (len(hits) > 1 and hits[0][1] - hits[1][1] >= STATE_NAME_LEAD)
    if hits and hits[0][1] >= STATE_NAME_MIN and clear:
        return zips.display[hits[0][0]]
    return None


def locate(
    city: str, zip_code: str | None, latitude: float | None, longitude: float | None
) -> Located:
    """A listed address (sponsor, school): its town's name, and its position when trusted.

    The listed position is kept when it lies within ``AGREE_MILES`` of its town or its ZIP
    code; a listing without one is placed at its town. Otherwise no position: no miles.
    """
    town = town_name(city, zip_code)
    shown = town or " ".join(w.capitalize() for w in city.split())
    checks = [p for p in (town_point(town) if town else None, zip_point(zip_code or "")) if p]
    if latitude is None or longitude is None:
        return Located(shown, checks[0] if town and checks else None)
    listed = (latitude, longitude)
    if any(miles_between(listed, p) <= AGREE_MILES for p in checks):
        return Located(shown, listed)
    return Located(shown, None)
