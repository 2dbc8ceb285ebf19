"""The pieces of wording the actions compose, read once from ``actions/texts*.yml``.

Whole messages live in the domain's responses (``domain/*.yml``), which Rasa renders.
What an action has to put together itself (the lines of an answer with numbers, the plain
words for a data code, every button title) lives in ``actions/texts.yml`` and in files
``actions/texts_<feature>.yml`` beside it, each entry a template with ``{placeholders}``.
Nested YAML keys are joined with dots: ``wage: {local: ...}`` is ``"wage.local"``.
A key written in two files is an error, so each piece has one home.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import yaml

FOLDER = Path(__file__).resolve().parent
PATTERN = "texts*.yml"


class TextsError(ValueError):
    """A texts file that is not a mapping of strings, or a key written twice."""


def _flatten(prefix: str, node: object, out: dict[str, str], source: Path) -> None:
    if isinstance(node, Mapping):
        for key, value in node.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), value, out, source)
        return
    if not isinstance(node, str):
        raise TextsError(f"{source.name}: {prefix} is not text")
    if prefix in out:
        raise TextsError(f"{source.name}: {prefix} is written twice")
    out[prefix] = node


def load(folder: Path = FOLDER) -> dict[str, str]:
    """Every entry of the texts files in ``folder``, by dotted key."""
    found: dict[str, str] = {}
    for path in sorted(folder.glob(PATTERN)):
        _flatten("", yaml.safe_load(path.read_text(encoding="utf-8")) or {}, found, path)
    return found


@cache
def _all() -> dict[str, str]:
    return load()


def has(key: str) -> bool:
    """Whether a piece of wording exists for ``key``."""
    return key in _all()


def say(key: str, **values: object) -> str:
    """The piece ``key`` with its placeholders filled; a missing key or value is a KeyError."""
    return _all()[key].format_map(values)


def table(prefix: str) -> dict[str, str]:
    """The entries under ``prefix`` by their last part: ``table("interest")["social"]``."""
    start = prefix + "."
    return {key[len(start) :]: text for key, text in _all().items() if key.startswith(start)}


def placeholders(key: str) -> set[str]:
    """The names a piece needs filled."""
    return {name for _, name, _, _ in string.Formatter().parse(_all()[key]) if name}


def keys() -> list[str]:
    """Every key, sorted (for the tests)."""
    return sorted(_all())
