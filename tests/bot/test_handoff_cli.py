"""``careerbot handoffs`` and ``careerbot coaches`` as a real process."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from bot.handoff import store
from bot.handoff.db import session_scope
from bot.handoff.store import HandoffRequest
from tests.servers import APP_BIN, ROOT


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    return {
        **os.environ,
        "CAREERBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'handoff.sqlite'}",
        "CAREERBOT_VAR_DIR": str(tmp_path),
        "CAREERBOT_DEMO_COACH_PASSWORD": "cli-test-password",
    }


def careerbot(env: dict[str, str], *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(APP_BIN / "careerbot"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if ok:
        assert result.returncode == 0, result.stderr
    return result


def test_handoffs_list_json_shows_status_school_topic_urgency_and_time(env) -> None:
    careerbot(env, "coaches", "seed")
    with session_scope(env["CAREERBOT_DATABASE_URL"]) as session:
        task_id = store.create_task(
            session=session,
            request=HandoffRequest(
                conversation_id="c",
                channel="sms",
                topic="crisis",
                school_id="greenville-high",
                first_name="Ana",
                contact="+16625550123",
                contact_kind="phone",
                urgent=True,
            ),
            tz="America/Chicago",
            day_end="15:30",
        ).task_id
    [row] = json.loads(careerbot(env, "handoffs", "list", "--json").stdout)
    assert row["id"] == task_id
    assert (row["status"], row["school"], row["topic"], row["urgency"]) == (
        "open",
        "Greenville High School",
        "crisis",
        "urgent",
    )
    assert row["coach"] == "delta-lead"  # Greenville has no coach: the Delta fallback
    assert row["created_at"].startswith("20")
    assert "Ana" not in json.dumps(row) and "6625550123" not in json.dumps(row)
    assert (
        json.loads(careerbot(env, "handoffs", "list", "--status", "resolved", "--json").stdout)
        == []
    )
    detail = json.loads(careerbot(env, "handoffs", "show", str(task_id), "--json").stdout)
    assert detail["contact"] == "+16625550123"
    assert [n["channel"] for n in detail["notifications"]] == ["email"]
    assert f"id: {task_id}" in careerbot(env, "handoffs", "show", str(task_id)).stdout


def test_showing_a_missing_task_is_a_clear_error(env) -> None:
    result = careerbot(env, "handoffs", "show", "999", ok=False)
    assert result.returncode != 0 and "task 999 not found" in result.stderr


def test_coaches_are_added_assigned_and_given_api_tokens(env) -> None:
    careerbot(env, "coaches", "seed")
    careerbot(
        env,
        "coaches",
        "add",
        "lee",
        "--name",
        "Mr. Lee",
        "--region",
        "delta",
        "--email",
        "lee@example.org",
        "--password",
        "a-long-password",
    )
    careerbot(env, "coaches", "assign", "greenville-high", "lee")
    coaches = {
        c["username"]: c for c in json.loads(careerbot(env, "coaches", "list", "--json").stdout)
    }
    assert coaches["lee"]["schools"] == ["greenville-high"]
    token = careerbot(env, "coaches", "token", "lee").stdout.strip()
    assert len(token) >= 40
    short = careerbot(
        env,
        "coaches",
        "add",
        "kim",
        "--name",
        "Ms. Kim",
        "--region",
        "delta",
        "--password",
        "short",
        ok=False,
    )
    assert short.returncode != 0 and "at least 10 characters" in short.stderr


def test_the_demo_seed_is_refused_outside_the_demo(env) -> None:
    result = careerbot({**env, "CAREERBOT_DEMO": "0"}, "coaches", "seed", ok=False)
    assert result.returncode != 0 and "demo only" in result.stderr
