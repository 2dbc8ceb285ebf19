"""A change rebuilds only what depends on it: a CLI edit never retrains the model (issue 12).

Read from make's own account of the dependency graph (``make -n -d -W FILE``: which
prerequisite is newer than which target when FILE has just been edited), so nothing is built.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from careerbot.nlu_lookups import write_if_changed
from tests.servers import ROOT

MODEL = "models/current.tar.gz"
DATA = "var/.data-built"
STAMPS = {".venv/app/.installed", ".venv/rasa/.installed"}
NEWER = re.compile(r"Prerequisite '([^']+)' is newer than target '([^']+)'")


def _debug(*args: str) -> str:
    if not all((ROOT / path).exists() for path in (MODEL, DATA, *STAMPS)):
        pytest.skip("the tree is not built: `make setup` first")
    result = subprocess.run(
        ["make", "-n", "-d", *args, "model"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return result.stdout


def _after_editing(path: str) -> set[tuple[str, str]]:
    """(prerequisite, target) pairs make would act on right after ``path`` is edited."""
    return set(NEWER.findall(_debug("-W", path)))


def test_cli_help_text_is_no_input_of_the_data_or_the_model() -> None:
    assert "careerbot/cli/lookups.py" not in _debug()


def test_pyproject_edit_reinstalls_the_project_but_neither_rebuilds_nor_retrains() -> None:
    pairs = _after_editing("pyproject.toml")
    assert {target for prerequisite, target in pairs if prerequisite == "pyproject.toml"} == STAMPS
    assert not {(stamp, target) for stamp in STAMPS for target in (MODEL, DATA)} & pairs


def test_training_data_edit_retrains() -> None:
    assert ("data/nlu/pay.yml", MODEL) in _after_editing("data/nlu/pay.yml")


def test_importer_edit_rebuilds_the_data() -> None:
    assert ("occupations/importers/onet.py", DATA) in _after_editing(
        "occupations/importers/onet.py"
    )


def test_unchanged_lookup_file_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "places.yml"
    assert write_if_changed(path, "- tupelo\n")
    before = path.stat().st_mtime_ns
    assert not write_if_changed(path, "- tupelo\n")
    assert path.stat().st_mtime_ns == before
    assert write_if_changed(path, "- tupelo\n- iuka\n")
