"""``python -m careerbot.rasa_server``: Rasa with action answers checked by a validator built once.

The check runs in the Rasa environment, against Rasa's own method, for good and bad answers.
"""

from __future__ import annotations

import json
import subprocess

from tests.servers import RASA_BIN, ROOT

CHECK = r"""
import json, sys
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from careerbot.rasa_server import install_precompiled_action_validator

answers = json.loads(sys.argv[1])
action = RemoteAction("action_tell_wage", None)

def outcome(answer):
    try:
        return ["ok", action._validate_action_result(answer)]
    except ValidationError as error:
        return ["error", error.message, list(error.path)]

stock = [outcome(answer) for answer in answers]
install_precompiled_action_validator()
print(json.dumps({"stock": stock, "precompiled": [outcome(answer) for answer in answers]}))
"""

ANSWERS = [
    {
        "events": [{"event": "slot", "name": "soc", "value": "47-2111"}],
        "responses": [{"text": "x"}],
    },
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": 5}], "responses": []},
    {"events": [{"event": "no_such_event"}], "responses": []},
    {"events": "not a list", "responses": [{"text": "x"}]},
    {"events": [], "responses": "not a list"},
]


def test_action_answers_are_judged_exactly_as_rasa_judges_them():
    done = subprocess.run(
        [str(RASA_BIN / "python"), "-c", CHECK, json.dumps(ANSWERS)],
        cwd=ROOT, capture_output=True, text=True, timeout=180,
        env={"TF_CPP_MIN_LOG_LEVEL": "3", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["precompiled"] == result["stock"]
    assert [kind for kind, *_ in result["stock"]] == [
        "ok",
        "ok",
        "error",
        "error",
        "error",
        "error",
    ]
    assert "Failed to validate Action server response" in result["precompiled"][2][1]
