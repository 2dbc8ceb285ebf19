"""Channel test constants; the fake SMS provider itself is wired into the stack in the root
conftest, so the stack has it whichever test starts it first. And the data matcher's patterns
file, for the tests of the Rasa components that read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerbot.nlu_lookups import write_mentions
from tests.bot.fake_sms_provider import SMS_HASH_SECRET, SMS_PUBLIC_BASE_URL


@pytest.fixture(scope="module")
def patterns(occupations_session, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The patterns file `careerbot data build` writes, from the test database."""
    return write_mentions(occupations_session, tmp_path_factory.mktemp("var") / "mentions.jsonl")


__all__ = ["SMS_HASH_SECRET", "SMS_PUBLIC_BASE_URL"]
