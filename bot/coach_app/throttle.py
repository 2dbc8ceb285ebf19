"""Slow down password guessing: a few failed sign-ins per username and address, then a pause."""

from __future__ import annotations

import time
from collections import defaultdict, deque

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


class SignInThrottle:
    """In-memory failure counts (per process; enough for one coach app behind a proxy)."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW_SECONDS) -> None:
        self._max, self._window = max_failures, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] < now - self._window:
            failures.popleft()
        return failures

    def blocked(self, username: str, address: str) -> bool:
        """Whether this username or address has failed too often lately."""
        now = time.monotonic()
        return any(
            len(self._recent(key, now)) >= self._max
            for key in (f"user:{username.lower()}", f"addr:{address}")
        )

    def failed(self, username: str, address: str) -> None:
        """Count one failed sign-in."""
        now = time.monotonic()
        for key in (f"user:{username.lower()}", f"addr:{address}"):
            self._recent(key, now).append(now)

    def succeeded(self, username: str) -> None:
        """A good password clears the username's count."""
        self._failures.pop(f"user:{username.lower()}", None)
