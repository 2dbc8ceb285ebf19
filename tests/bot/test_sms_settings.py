"""The SMS channel refuses to start on demo secrets outside the demo."""

from __future__ import annotations

import os
import subprocess

import pytest

from careerbot import settings
from tests.servers import RASA_BIN, ROOT

START_CHANNEL = (
    "from bot.channels.sms import SMSInput; SMSInput.from_credentials(None); print('started')"
)


def start_channel(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Build the channel the way Rasa does, in the Rasa environment."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_")}
    return subprocess.run(
        [str(RASA_BIN / "python"), "-c", START_CHANNEL],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_demo_mode_runs_on_demo_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAREERBOT_DEMO", raising=False)
    monkeypatch.delenv("CAREERBOT_SMS_AUTH_TOKEN", raising=False)
    assert settings.load().channels.sms_auth_token == settings.DEMO_SMS_AUTH_TOKEN


def test_outside_demo_there_is_no_default_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERBOT_DEMO", "0")
    monkeypatch.delenv("CAREERBOT_SMS_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("CAREERBOT_SMS_HASH_SECRET", raising=False)
    channels = settings.load().channels
    assert channels.sms_auth_token is None and channels.sms_hash_secret is None


@pytest.mark.slow
def test_channel_refuses_to_start_without_secrets_outside_demo() -> None:
    result = start_channel({"CAREERBOT_DEMO": "0"})
    assert result.returncode != 0
    assert "CAREERBOT_SMS_AUTH_TOKEN" in result.stderr


@pytest.mark.slow
def test_channel_refuses_the_demo_token_outside_demo() -> None:
    result = start_channel(
        {
            "CAREERBOT_DEMO": "0",
            "CAREERBOT_SMS_AUTH_TOKEN": settings.DEMO_SMS_AUTH_TOKEN,
            "CAREERBOT_SMS_HASH_SECRET": "a real secret",
        }
    )
    assert result.returncode != 0
    assert "refused outside demo mode" in result.stderr


@pytest.mark.slow
def test_channel_starts_with_real_secrets_outside_demo() -> None:
    result = start_channel(
        {
            "CAREERBOT_DEMO": "0",
            "CAREERBOT_SMS_AUTH_TOKEN": "a real token",
            "CAREERBOT_SMS_HASH_SECRET": "a real secret",
        }
    )
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout
