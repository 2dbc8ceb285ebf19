"""Handoff throughput: tasks written per second, and notifications delivered per second.

Usage: .venv/app/bin/python bench/handoff_throughput.py [N] [DATABASE_URL]
Default: 500 tasks in a temporary SQLite file; notifications go to a local fake webhook.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.handoff import store  # noqa: E402
from bot.handoff.db import session_scope  # noqa: E402
from bot.handoff.models import Coach  # noqa: E402
from bot.handoff.store import HandoffRequest  # noqa: E402
from bot.handoff.worker import deliver_due  # noqa: E402
from bot.notifiers import build_notifiers  # noqa: E402
from bot.seed import apply_seed, read_seed  # noqa: E402
from careerbot.settings import load  # noqa: E402
from tests.bot.handoff_fakes import FakeWebhook  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    tmp = tempfile.mkdtemp(prefix="handoff-bench-")
    url = sys.argv[2] if len(sys.argv) > 2 else f"sqlite:///{tmp}/handoff.sqlite"
    os.environ.update({"CAREERBOT_DATABASE_URL": url, "CAREERBOT_VAR_DIR": tmp})
    settings = load()
    webhook = FakeWebhook().start()
    with session_scope(url) as session:
        apply_seed(session=session, seed=read_seed(), password=None)
        rivera = session.query(Coach).filter_by(username="rivera").one()
        rivera.webhook_url, rivera.notify_via = webhook.hook_url, "webhook"
    started = time.perf_counter()
    for number in range(count):
        with session_scope(url) as session:
            store.create_task(
                session=session,
                request=HandoffRequest(
                    conversation_id=f"bench-{number}",
                    channel="web",
                    topic="coach",
                    school_id="hattiesburg-high",
                    first_name="Bench",
                    contact="+16015550123",
                    contact_kind="phone",
                    consent=True,
                    request_key=f"bench:{number}",
                    transcript=[{"who": "student", "text": "can I talk to my coach"}] * 12,
                ),
                tz="America/Chicago",
                day_end="15:30",
            )
    created = time.perf_counter() - started
    notifiers = build_notifiers(settings.handoff)

    async def drain() -> int:
        total = 0
        while True:
            delivered = await deliver_due(settings=settings, notifiers=notifiers)
            if delivered == 0:
                return total
            total += delivered

    started = time.perf_counter()
    delivered = asyncio.run(drain())
    sent = time.perf_counter() - started
    webhook.stop()
    print(f"database: {url.split('://')[0]}")
    print(
        f"tasks created: {count} in {created:.2f}s = {count / created:.0f} tasks/s "
        f"({created / count * 1000:.1f} ms each, committed)"
    )
    print(
        f"notifications delivered: {delivered} in {sent:.2f}s = {delivered / sent:.0f}/s "
        "(one worker, local webhook)"
    )


if __name__ == "__main__":
    main()
