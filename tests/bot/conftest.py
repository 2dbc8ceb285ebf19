"""Channel test constants; the fake SMS provider itself is wired into the stack in the root
conftest, so the stack has it whichever test starts it first."""

from __future__ import annotations

from tests.bot.fake_sms_provider import SMS_HASH_SECRET, SMS_PUBLIC_BASE_URL

__all__ = ["SMS_HASH_SECRET", "SMS_PUBLIC_BASE_URL"]
