"""Turn the assistant's messages into text messages, and a student's "2" back into a button.

Rasa hands the channel dicts like ``{"text": ..., "buttons": [{"title", "payload"}]}``.
On a phone, buttons become numbered choices ("Reply 1, 2 or 3"), markup becomes plain
text, and long answers are split where a sentence ends, so each text reads on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
NUMBER_REPLY = re.compile(r"^\s*#?\s*(\d{1,2})\s*[.)]?\s*$")
MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\((\S+?)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")


@dataclass(frozen=True)
class Choice:
    """One numbered option: what the student sees, and what the assistant receives."""

    title: str
    payload: str


@dataclass
class Reply:
    """One turn's answer: blocks of text (a paragraph, a list of choices) and the choices.

    ``texts`` are the blocks packed into texts of the length asked for; callers that need
    another packing (the first text to a number also carries the opt-out line) use
    :func:`pack` on ``blocks``.
    """

    blocks: list[str] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


def plain(text: str) -> str:
    """Markdown as a phone shows it: ``[label](url)`` -> ``label: url``, no ``**``."""
    text = MARKDOWN_LINK.sub(lambda m: f"{m.group(1)}: {m.group(2)}", text)
    text = BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    return re.sub(r"[ \t]+", " ", text).strip()


def or_list(numbers: Sequence[int]) -> str:
    """``1, 2 or 3``."""
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def render(messages: Iterable[Mapping[str, Any]], max_length: int) -> Reply:
    """All of one turn's messages as SMS texts, each at most ``max_length`` characters.

    Short messages of one turn share a text (Rasa splits paragraphs into messages; a phone
    would show them as a burst of tiny texts); a list of choices stays in one text.
    """
    reply = Reply()
    for message in messages:
        text = message.get("text")
        if isinstance(text, str) and text.strip():
            reply.blocks.append(plain(text))
        image = message.get("image")
        if isinstance(image, str) and image:
            reply.blocks.append(image)
        lines: list[str] = []
        numbers: list[int] = []
        for button in message.get("buttons") or message.get("quick_replies") or []:
            title, payload = button.get("title"), button.get("payload")
            if not title or payload is None:
                continue
            reply.choices.append(Choice(title=plain(str(title)), payload=str(payload)))
            numbers.append(len(reply.choices))
            lines.append(f"{numbers[-1]}) {reply.choices[-1].title}")
        if numbers:
            reply.blocks.append("\n".join([*lines, f"Reply {or_list(numbers)}."]))
    reply.texts = pack(reply.blocks, max_length)
    return reply


def split(text: str, limit: int) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut where sentences end."""
    return pack([text], limit)


def pack(blocks: Sequence[str], limit: int, first_limit: int | None = None) -> list[str]:
    """Blocks packed into as few texts as fit, none longer than its limit.

    A block that fits in a text is never cut; a longer one is cut between lines, then
    between sentences, then between words, and a word longer than a text (a long link) is
    cut as a last resort. ``first_limit`` is a tighter limit for the first text only.
    """
    cap = min(limit, first_limit or limit)
    units: list[tuple[str, str]] = []  # (text, what joins it to the unit before)
    for block in blocks:
        block = block.strip()
        if not block:
            continue
        if len(block) <= cap:
            units.append((block, "\n"))
            continue
        for line in block.split("\n"):
            glue = "\n"
            for sentence in SENTENCE_END.split(line.strip()):
                for piece in _fit(sentence, cap):
                    units.append((piece, glue))
                    glue = " "
    pieces: list[str] = []
    current = ""
    for text, glue in units:
        allowed = first_limit if first_limit and not pieces else limit
        if current and len(current) + len(glue) + len(text) <= allowed:
            current += glue + text
        else:
            if current:
                pieces.append(current)
            current = text
    if current:
        pieces.append(current)
    return pieces


def _fit(sentence: str, limit: int) -> list[str]:
    if len(sentence) <= limit:
        return [sentence] if sentence else []
    pieces: list[str] = []
    current = ""
    for word in sentence.split():
        while len(word) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(word[:limit])
            word = word[limit:]
        if current and len(current) + 1 + len(word) > limit:
            pieces.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        pieces.append(current)
    return pieces


def chosen(body: str, choices: Sequence[Choice]) -> Choice | None:
    """The choice a reply picks: its number ("2", "#2", "2.") or its exact title."""
    match = NUMBER_REPLY.match(body)
    if match:
        index = int(match.group(1))
        return choices[index - 1] if 1 <= index <= len(choices) else None
    wanted = body.strip().casefold()
    return next((c for c in choices if c.title.casefold() == wanted), None)
