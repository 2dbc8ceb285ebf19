"""The Rasa server's environment can load every custom component of config.yml.

The two environments are separate on purpose (README): a data-layer import that only the
action server installs (``zipcodes``, say) must never reach a module the NLU pipeline loads.
"""

from __future__ import annotations

import subprocess

import yaml

from tests.servers import RASA_BIN, ROOT


def custom_components() -> list[str]:
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    names = [step["name"] for step in config["pipeline"] + config["policies"]]
    return [name for name in names if "." in name]


def test_the_pipeline_names_custom_components() -> None:
    assert "bot.nlu.mentions.DataMentions" in custom_components()


def test_every_custom_component_imports_in_the_rasa_environment() -> None:
    imports = "; ".join(
        f"from {name.rpartition('.')[0]} import {name.rpartition('.')[2]}"
        for name in custom_components()
    )
    result = subprocess.run(
        [str(RASA_BIN / "python"), "-c", imports],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
