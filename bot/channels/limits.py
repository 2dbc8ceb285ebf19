"""One bound on what the assistant reads, applied by every channel before NLU.

The NLU pipeline's cost grows with the square of a message's length (a 200,000-character
REST message once grew the Rasa server to 23.8 GB), so a message is cut to a number of
characters and of words first; the student is told that only the first part was read.
Nothing here imports Rasa, so it is tested in either environment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Roughly what Rasa's WhitespaceTokenizer makes a token of: a run of word characters.
TOKEN = re.compile(r"\w+")
# A cut looks back this far for a space, so the last word is not chopped in half.
WORD_BACKTRACK = 40


@dataclass(frozen=True)
class Bounded:
    """The text the assistant may read, and whether it was cut."""

    text: str
    cut: bool


def bound(text: str, *, max_chars: int, max_tokens: int) -> Bounded:
    """``text`` without control characters, at most ``max_chars`` long and ``max_tokens`` words.

    The work done is proportional to ``max_chars``, not to the length of ``text``.
    """
    head = text[: max_chars + 1]
    cut = len(head) > max_chars
    if cut:
        head = head[:max_chars]
        space = head.rfind(" ", max_chars - WORD_BACKTRACK)
        if space > 0:
            head = head[:space]
    head = CONTROL.sub(" ", head)
    for count, token in enumerate(TOKEN.finditer(head), start=1):
        if count == max_tokens:
            rest = head[token.end() :]
            if TOKEN.search(rest):
                head, cut = head[: token.end()], True
            break
    return Bounded(text=head.strip(), cut=cut)
