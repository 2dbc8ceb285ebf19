"""Which notifiers run: chosen by configuration (a channel without settings is off)."""

from __future__ import annotations

from bot.notifiers.base import Notifier
from bot.notifiers.sms import SmsNotifier
from bot.notifiers.smtp import SmtpNotifier
from bot.notifiers.webhook import WebhookNotifier
from careerbot.settings import HandoffSettings


def build_notifiers(settings: HandoffSettings) -> dict[str, Notifier]:
    """The notifiers by channel name; webhooks need no global settings (URL is per coach)."""
    timeout = settings.notify_timeout
    notifiers: dict[str, Notifier] = {"webhook": WebhookNotifier(timeout=timeout)}
    if settings.smtp_host:
        notifiers["email"] = SmtpNotifier(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.smtp_from,
            timeout=timeout,
            user=settings.smtp_user,
            password=settings.smtp_password,
            starttls=settings.smtp_starttls,
        )
    if (
        settings.sms_api_url
        and settings.sms_account_sid
        and settings.sms_auth_token
        and settings.sms_from
    ):
        notifiers["sms"] = SmsNotifier(
            api_url=settings.sms_api_url,
            account_sid=settings.sms_account_sid,
            auth_token=settings.sms_auth_token,
            sender=settings.sms_from,
            timeout=timeout,
        )
    return notifiers
