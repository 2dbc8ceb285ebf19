"""Answer cards in the widget, in headless Chromium.

A route answer reaches the browser as one socket.io event carrying its plain text and a
card (``bot/channels/socketio.py``); the widget draws the card in place of the text. Here the
card is built from the real database and handed to the widget through its saved transcript,
which the widget draws with the same code as a live answer.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from actions.route_answer import route_answer
from occupations import api
from occupations.types import Place
from tests.bot.test_widget import browser, page, serious_violations, widget_host  # noqa: F401
from tests.servers import free_port

SHOTS = Path(os.environ.get("CAREERBOT_SCREENSHOTS", "/tmp/careerbot-screenshots"))


def _route_card(session: Any, soc: str, where: str) -> tuple[str, dict[str, Any]]:
    place = api.resolve_place(session=session, text=where)
    assert isinstance(place, Place)
    answer = route_answer(api.routes(session=session, soc=soc, place=place))
    return answer.text, answer.card


@pytest.mark.browser
@pytest.mark.parametrize(("soc", "where"), [("29-1141", "Tupelo"), ("47-2111", "Hattiesburg")])
def test_a_route_card_from_the_real_data_reads_on_a_phone_and_passes_axe(
    browser,  # noqa: F811
    occupations_session: Any,
    soc: str,
    where: str,
) -> None:
    """The card as the widget draws it from its transcript (the same code as a live answer)."""
    text, card = _route_card(occupations_session, soc, where)
    transcript = [
        {"from": "user", "text": "how do i get in"},
        {"from": "bot", "text": text, "card": card},
    ]
    context = browser.new_context(viewport={"width": 375, "height": 667}, is_mobile=True)
    phone = context.new_page()
    with widget_host(f"http://127.0.0.1:{free_port()}") as host:
        phone.goto(host + "/")
        phone.evaluate(
            "t => { sessionStorage.setItem('careerbot:demo-high:transcript', t);"
            " sessionStorage.setItem('careerbot:demo-high:open', 'true'); }",
            json.dumps(transcript),
        )
        phone.reload()
        shown = phone.locator(".cb-card-route")
        shown.wait_for(timeout=10000)
        assert shown.locator("h3").inner_text() == card["title"]
        steps = shown.locator(".cb-card-step")
        assert steps.count() == len(card["steps"])
        for index, step in enumerate(card["steps"]):
            assert steps.nth(index).locator(".cb-card-step-name").inner_text() == step["name"]
        first_place = card["steps"][0]["places"][0]
        link = shown.get_by_role("link", name=first_place["name"]).first
        assert link.get_attribute("href") == first_place["url"]
        licence = shown.locator(".cb-card-licence").first
        assert licence.inner_text().startswith(card["licences"][0])
        assert licence.get_by_role("link").count() == 1  # the agency's address, clickable
        assert shown.locator(".cb-card-source").inner_text() == card["source"]
        assert phone.locator(".cb-bot").count() == 1  # the card replaces its text
        box = shown.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375
        assert serious_violations(phone) == []
        SHOTS.mkdir(parents=True, exist_ok=True)
        phone.evaluate("() => document.querySelector('.cb-card-route').scrollIntoView()")
        phone.screenshot(path=str(SHOTS / f"route_card_{soc}.png"))
    context.close()
