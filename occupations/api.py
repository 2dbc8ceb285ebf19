"""The data layer's public functions: what the CLI and the actions call."""

from occupations.places import resolve_place
from occupations.queries import (
    area,
    describe,
    explore,
    occupation,
    pathway,
    related,
    sources,
    strongest_interests,
    wages,
)
from occupations.routes import level_name, routes
from occupations.search import search_occupations

__all__ = [
    "area",
    "describe",
    "explore",
    "level_name",
    "occupation",
    "pathway",
    "related",
    "resolve_place",
    "routes",
    "search_occupations",
    "sources",
    "strongest_interests",
    "wages",
]
