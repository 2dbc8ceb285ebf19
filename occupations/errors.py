"""Errors the data layer raises; callers (CLI, actions, views) turn them into answers."""


class OccupationsError(Exception):
    """Base class: a question the data layer cannot answer, with a message for people."""


class UnknownOccupation(OccupationsError):
    """No occupation has this SOC code (or title)."""


class UnknownArea(OccupationsError):
    """No OEWS area has this code."""


class DatabaseUnavailable(OccupationsError):
    """The occupations database is missing, not built, or cannot be reached."""


class SourceMissing(OccupationsError):
    """A source file is neither in the source directory nor downloadable."""


class ChecksumMismatch(OccupationsError):
    """A source file's sha256 differs from the one recorded in the catalogue."""
