"""Configuration: every setting is an environment variable prefixed ``CAREERBOT_``.

Defaults run the embedded demo (SQLite files under ``var/``). Production is a settings
change: point the database URLs at PostgreSQL and Rasa's lock store at Redis. This is the
only module that reads the environment; everything else receives values from it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PREFIX = "CAREERBOT_"


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(PREFIX + name)
    return value if value not in (None, "") else default


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class Settings:
    """Typed view of the environment, read once by :func:`load`."""

    var_dir: Path
    source_dir: Path | None
    occupations_db_url: str
    database_url: str


def load() -> Settings:
    """Read the settings from the environment."""
    var_dir = Path(_env("VAR_DIR", str(PROJECT_ROOT / "var")) or "var").resolve()
    source = _env("SOURCE_DIR")
    return Settings(
        var_dir=var_dir,
        source_dir=Path(source).resolve() if source else None,
        occupations_db_url=_env("OCCUPATIONS_DB_URL")
        or _sqlite_url(var_dir / "occupations.sqlite"),
        database_url=_env("DATABASE_URL") or _sqlite_url(var_dir / "careerbot.sqlite"),
    )
