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
    """One turn's text messages, and the choices a numeric answer refers to.

    ``body`` is the whole answer before splitting, for callers that split it to another
    length (the first text to a number also carries the opt-out line).
    """

    texts: list[str] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    body: str = ""


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
    would show them as a burst of tiny texts), and the pieces are cut where sentences end.
    """
    reply = Reply()
    parts: list[str] = []
    for message in messages:
        text = message.get("text")
        if isinstance(text, str) and text.strip():
            parts.append(plain(text))
        image = message.get("image")
        if isinstance(image, str) and image:
            parts.append(image)
        numbers: list[int] = []
        for button in message.get("buttons") or message.get("quick_replies") or []:
            title, payload = button.get("title"), button.get("payload")
            if not title or payload is None:
                continue
            reply.choices.append(Choice(title=plain(str(title)), payload=str(payload)))
            numbers.append(len(reply.choices))
            parts.append(f"{numbers[-1]}) {reply.choices[-1].title}")
        if numbers:
            parts.append(f"Reply {or_list(numbers)}.")
    if parts:
        reply.body = "\n".join(parts)
        reply.texts = split(reply.body, max_length)
    return reply


def split(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters, broken between lines or sentences if possible.

    A sentence longer than ``limit`` is broken between words, and a word longer than it
    (a long link) is cut, so no piece is ever over the limit.
    """
    units: list[str] = []
    for line in text.split("\n"):
        for sentence in SENTENCE_END.split(line.strip()):
            units.extend(_fit(sentence, limit))
        if units:
            units[-1] += "\n"
    pieces: list[str] = []
    current = ""
    for unit in units:
        glue = "" if not current or current.endswith("\n") else " "
        if current and len(current.rstrip("\n") + glue + unit.rstrip("\n")) > limit:
            pieces.append(current.strip())
            current = unit
        else:
            current = current + glue + unit
    if current.strip():
        pieces.append(current.strip())
    return [piece for piece in pieces if piece]


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
