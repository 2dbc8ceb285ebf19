"""Normalising what students type, shared by occupation search and place resolution."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")
MAX_QUERY_CHARS = 200


# Texting spellings too short for typo correction to fix safely ("vet tek" -> "vet tech").
RESPELLINGS = {"tek": "tech", "teks": "techs", "tec": "tech", "tecs": "techs", "teck": "tech"}


def normalize(text: str) -> str:
    """Lowercase ASCII words separated by single spaces ("Électricien's" -> "electricien s")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = _NON_WORD.sub(" ", ascii_text.lower()).split()
    return " ".join(RESPELLINGS.get(word, word) for word in words)


def singular(word: str) -> str:
    """A crude singular that is applied the same way to names and queries."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def fold(text: str) -> str:
    """Normalised and singularised: the form names and queries are compared in."""
    return " ".join(singular(w) for w in normalize(text).split())


def short_title(title: str) -> str:
    """BLS's title up to its first comma: "Welders, Cutters, ..." -> "Welders".

    Titles like "Engineers, All Other" keep their whole name: the head alone would mislead.
    """
    head = title.split(",")[0].strip()
    return title if "All Other" in title or head == title else head
