"""The data matcher of occupations/mentions.py in the action server, loaded once per process."""

from __future__ import annotations

import asyncio
import threading

from careerbot import settings
from occupations.mentions import PATTERNS_FILE, Mention, find_mentions, finder_for


def mentions_in(text: str) -> list[Mention]:
    """Jobs, places and activities in ``text`` (none when the patterns file is missing)."""
    path = settings.cached().var_dir / PATTERNS_FILE
    if not text or text.startswith("/") or not path.exists():
        return []
    return find_mentions(text, path)


def everyday(word: str) -> bool:
    """A word frequent in English ("it", "driver"): never a job name on its own when typed."""
    path = settings.cached().var_dir / PATTERNS_FILE
    return path.exists() and word in finder_for(path).common


async def mentions_of(text: str) -> list[Mention]:
    """:func:`mentions_in` off the event loop (the first call loads the patterns)."""
    return await asyncio.to_thread(mentions_in, text)


# Load the patterns while the server starts, not on the first student's message.
threading.Thread(target=mentions_in, args=("warm up",), daemon=True).start()
