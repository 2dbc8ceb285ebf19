"""Each notifier over real sockets to a local fake of the outside service."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

from bot.notifiers import Notice, NotifierError, NotifierTimeout
from bot.notifiers.sms import SmsNotifier
from bot.notifiers.smtp import SmtpNotifier
from bot.notifiers.webhook import WebhookNotifier
from tests.bot.handoff_fakes import FakeSmsApi, FakeSmtp, FakeWebhook
from tests.servers import free_port

NOTICE = Notice(
    job_id=7,
    task_id=42,
    school="Hattiesburg High School",
    topic="financial aid / FAFSA",
    urgent=False,
    due="by Tuesday at 3:30 pm",
    link="http://localhost:8080/inbox/tasks/42",
)


@pytest.fixture
def webhook() -> Iterator[FakeWebhook]:
    fake = FakeWebhook().start()
    yield fake
    fake.stop()


async def test_webhook_notice_arrives_as_chat_text_with_inbox_link(webhook: FakeWebhook) -> None:
    await WebhookNotifier(timeout=5).send(NOTICE, webhook.hook_url)
    [received] = webhook.received
    assert "Hattiesburg High School" in received["json"]["text"]
    assert "http://localhost:8080/inbox/tasks/42" in received["json"]["text"]
    assert received["json"]["careerbot"]["task_id"] == 42
    assert received["key"] == "careerbot-notification-7"


async def test_webhook_error_status_is_a_failure_to_retry(webhook: FakeWebhook) -> None:
    webhook.status = 503
    with pytest.raises(NotifierError, match="503"):
        await WebhookNotifier(timeout=5).send(NOTICE, webhook.hook_url)


async def test_slow_webhook_times_out_with_its_own_error(webhook: FakeWebhook) -> None:
    webhook.delay = 3
    with pytest.raises(NotifierTimeout):
        await WebhookNotifier(timeout=0.5).send(NOTICE, webhook.hook_url)


async def test_webhook_that_is_down_is_a_failure_to_retry() -> None:
    with pytest.raises(NotifierError):
        await WebhookNotifier(timeout=2).send(NOTICE, f"http://127.0.0.1:{free_port()}/hook")


async def test_email_reaches_the_coach_mailbox_with_the_inbox_link() -> None:
    smtp = FakeSmtp().start()
    try:
        notifier = SmtpNotifier(
            host="127.0.0.1", port=smtp.port, sender="bot@example.org", timeout=5
        )
        await notifier.send(NOTICE, "rivera@example.org")
        [message] = smtp.wait_for(1, timeout=5)
    finally:
        smtp.stop()
    assert message["To"] == "rivera@example.org"
    assert "handoff #42" in message["Subject"]
    assert message["Message-ID"] == "<careerbot-notification-7@careerbot>"
    body = message.get_payload(decode=True).decode()
    assert "Respond by Tuesday at 3:30 pm" in body
    assert "http://localhost:8080/inbox/tasks/42" in body


async def test_email_with_the_relay_down_is_a_failure_to_retry() -> None:
    notifier = SmtpNotifier(host="127.0.0.1", port=free_port(), sender="bot@example.org", timeout=2)
    with pytest.raises(NotifierError):
        await notifier.send(NOTICE, "rivera@example.org")


async def test_sms_posts_to_the_twilio_compatible_api_with_basic_auth() -> None:
    api = FakeSmsApi().start()
    try:
        notifier = SmsNotifier(
            api_url=api.url,
            account_sid="AC123",
            auth_token="secret-token",
            sender="+16015550100",
            timeout=5,
        )
        await notifier.send(NOTICE, "+16015550199")
    finally:
        api.stop()
    [received] = api.received
    assert received["account"] == "AC123"
    assert received["auth"] == "Basic " + base64.b64encode(b"AC123:secret-token").decode()
    assert received["form"]["To"] == "+16015550199"
    assert received["form"]["From"] == "+16015550100"
    assert "handoff #42" in received["form"]["Body"]


async def test_sms_api_down_is_a_failure_to_retry() -> None:
    notifier = SmsNotifier(
        api_url=f"http://127.0.0.1:{free_port()}",
        account_sid="AC1",
        auth_token="t",
        sender="+16015550100",
        timeout=2,
    )
    with pytest.raises(NotifierError):
        await notifier.send(NOTICE, "+16015550199")
