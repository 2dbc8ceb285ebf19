"""The widget's socket.io channel over a real websocket: origins, bounds, typed intents.

A small Socket.IO v5 client (Engine.IO v4 over one websocket, the transport the widget
uses) speaks to the ``stack``'s Rasa server, so the test sends exactly what a browser on a
given page would, ``Origin`` header included.
"""

from __future__ import annotations

import asyncio
import json
import urllib.request
import uuid
from typing import Any

import aiohttp
import pytest

from bot.channels import texts
from tests.servers import RASA_TOKEN, WIDGET_ORIGIN

pytestmark = pytest.mark.slow


class SocketIOClient:
    """Just enough of Socket.IO to request a session, send a message and read the replies."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws

    async def receive_event(self, timeout: float = 60) -> tuple[str, Any]:
        """The next Socket.IO event (answering pings on the way)."""
        while True:
            frame = await asyncio.wait_for(self.ws.receive_str(), timeout)
            if frame == "2":  # Engine.IO ping
                await self.ws.send_str("3")
            elif frame.startswith("42"):
                name, *args = json.loads(frame[2:])
                return name, args[0] if args else None

    async def emit(self, name: str, data: Any) -> None:
        await self.ws.send_str("42" + json.dumps([name, data]))

    async def replies(self, count_at_least: int, quiet: float = 3.0) -> list[dict]:
        """``bot_uttered`` events until at least ``count_at_least`` came and then a quiet spell."""
        got: list[dict] = []
        while True:
            try:
                name, data = await self.receive_event(60 if len(got) < count_at_least else quiet)
            except asyncio.TimeoutError:
                return got
            if name == "bot_uttered":
                got.append(data)


async def connect(
    rasa_url: str, origin: str | None
) -> tuple[aiohttp.ClientSession, SocketIOClient]:
    session = aiohttp.ClientSession()
    url = rasa_url.replace("http", "ws", 1) + "/socket.io/?EIO=4&transport=websocket"
    headers = {"Origin": origin} if origin else {}
    try:
        ws = await session.ws_connect(
            url, headers=headers, timeout=aiohttp.ClientWSTimeout(ws_close=30)
        )
    except Exception:
        await session.close()
        raise
    opening = await ws.receive_str()
    assert opening.startswith("0")  # Engine.IO open packet
    await ws.send_str("40")  # Socket.IO connect to the default namespace
    assert (await ws.receive_str()).startswith("40")
    return session, SocketIOClient(ws)


async def conversation(rasa_url: str, message: Any, expect: int = 1) -> tuple[str, list[dict]]:
    """Open a widget session from the allowed page, send ``message``, collect the replies."""
    session, client = await connect(rasa_url, WIDGET_ORIGIN)
    try:
        session_id = uuid.uuid4().hex
        await client.emit("session_request", {"session_id": session_id})
        assert await client.receive_event() == ("session_confirm", session_id)
        await client.emit(
            "user_uttered",
            {"message": message, "session_id": session_id, "metadata": {"channel": "web"}},
        )
        return session_id, await client.replies(expect)
    finally:
        await session.close()


def last_user_event(stack, sender: str) -> dict | None:
    url = f"{stack.rasa_url}/conversations/{sender}/tracker?token={RASA_TOKEN}"
    with urllib.request.urlopen(url, timeout=30) as response:
        events = json.loads(response.read())["events"]
    users = [e for e in events if e["event"] == "user"]
    return users[-1] if users else None


async def test_a_page_on_another_site_cannot_connect(stack) -> None:
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await connect(stack.rasa_url, "https://evil.example.com")
    assert refused.value.status == 400


async def test_the_allowed_school_page_gets_an_answer(stack) -> None:
    _, replies = await conversation(stack.rasa_url, "how much do electricians make in hattiesburg")
    assert "$48,580" in " ".join(r.get("text", "") for r in replies)


async def test_a_huge_message_is_cut_and_the_student_told(stack) -> None:
    session_id, replies = await conversation(
        stack.rasa_url, "electrician pay in hattiesburg " * 7000, expect=2
    )
    assert replies[0]["text"] == texts.MESSAGE_CUT
    said = last_user_event(stack, session_id)
    assert said is not None and 900 < len(said["text"]) <= 1000


async def test_typed_crisis_intent_is_read_as_a_word(stack) -> None:
    session_id, _ = await conversation(stack.rasa_url, "/crisis")
    said = last_user_event(stack, session_id)
    assert said is not None and said["text"] == "crisis"
    assert said["parse_data"]["intent"]["name"] != "crisis"


async def test_a_message_that_is_not_text_is_ignored_and_the_channel_keeps_working(stack) -> None:
    session_id, replies = await conversation(stack.rasa_url, {"text": "hi"}, expect=0)
    assert replies == [] and last_user_event(stack, session_id) is None
    _, replies = await conversation(stack.rasa_url, "hi")
    assert replies
