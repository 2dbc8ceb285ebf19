"""Slow down password guessing without ever locking a coach out.

After a few failed sign-ins for a username (or from an address), each further attempt waits
a little longer before its password is checked, up to :data:`MAX_DELAY` seconds. The right
password still works after the wait, so nobody can lock a coach (or a whole school behind
one address) out by typing wrong passwords on purpose; a guesser is slowed to a crawl.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque

from bot.handoff.accounts import normalize_username

FREE_PER_USER = 3
FREE_PER_ADDRESS = 20  # a school's coaches may share one address
BASE_DELAY = 0.25
MAX_DELAY = 4.0
WINDOW_SECONDS = 15 * 60


class SignInThrottle:
    """In-memory failure counts (per process; enough for one coach app behind a proxy)."""

    def __init__(
        self,
        *,
        free_per_user: int = FREE_PER_USER,
        free_per_address: int = FREE_PER_ADDRESS,
        base: float = BASE_DELAY,
        cap: float = MAX_DELAY,
        window: float = WINDOW_SECONDS,
    ) -> None:
        self._free = {"user": free_per_user, "addr": free_per_address}
        self._base, self._cap, self._window = base, cap, window
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def _keys(self, username: str, address: str) -> list[tuple[str, str]]:
        return [("user", f"user:{normalize_username(username)}"), ("addr", f"addr:{address}")]

    def _recent(self, key: str, now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and failures[0] < now - self._window:
            failures.popleft()
        if not failures:
            self._failures.pop(key, None)
            return deque()
        return failures

    def delay(self, username: str, address: str) -> float:
        """Seconds to wait before checking this attempt (0 until the free attempts are used)."""
        now = time.monotonic()
        waits = [0.0]
        for kind, key in self._keys(username, address):
            over = len(self._recent(key, now)) - self._free[kind]
            if over >= 0:
                waits.append(min(self._cap, self._base * 2**over))
        return max(waits)

    def failed(self, username: str, address: str) -> None:
        """Count one failed sign-in."""
        now = time.monotonic()
        for _, key in self._keys(username, address):
            self._failures[key].append(now)

    def succeeded(self, username: str) -> None:
        """A good password clears the username's count."""
        self._failures.pop(f"user:{normalize_username(username)}", None)
