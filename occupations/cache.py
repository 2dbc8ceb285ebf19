"""Indexes built once per database and reused by every request."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

T = TypeVar("T")


class PerDatabase(Generic[T]):
    """Builds a value from a database on first use and keeps it, one per database URL.

    A process keeps its indexes until it restarts, so restart the action servers after
    ``careerbot data build`` refreshes the data.
    """

    def __init__(self, load: Callable[[Session], T]) -> None:
        self._load = load
        self._values: dict[str, T] = {}
        self._lock = threading.Lock()

    def __call__(self, session: Session) -> T:
        """The value for the session's database."""
        key = str(session.get_bind().engine.url)
        with self._lock:
            if key not in self._values:
                self._values[key] = self._load(session)
            return self._values[key]
