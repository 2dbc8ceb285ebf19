"""Every button a student can tap: titles from ``actions/texts.yml``, payloads from the code.

A fixed button is ``button(<title key under "button.">, <intent>)``; buttons made from data
(occupation titles, place names) show the data's own words.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from actions import texts
from occupations.types import OccupationRef

Button = dict[str, str]


def payload(intent: str, **entities: str) -> str:
    """A button payload that sends ``intent`` with entities, as Rasa parses it."""
    return f"/{intent}{json.dumps(entities)}" if entities else f"/{intent}"


def button(name: str, intent: str, **entities: str) -> Button:
    """A button titled ``button.<name>`` of the texts file that sends ``intent``."""
    return {"title": texts.say(f"button.{name}"), "payload": payload(intent, **entities)}


def coach() -> Button:
    """The button to the student's coach, offered whenever the assistant can't help."""
    return button("coach", "request_coach")


def occupation_buttons(titles: Sequence[str], intent: str = "inform_occupation") -> list[Button]:
    """One button per occupation title, sending the title back as the occupation."""
    return [{"title": title, "payload": payload(intent, occupation=title)} for title in titles]


def occupation_ref_buttons(
    refs: Sequence[OccupationRef], intent: str = "inform_occupation"
) -> list[Button]:
    """Buttons that show the short name and send BLS's full title, which finds one job."""
    return [{"title": ref.name, "payload": payload(intent, occupation=ref.title)} for ref in refs]


def place_buttons(names: Sequence[str]) -> list[Button]:
    """One button per place name the data layer suggested, sending it back as the place."""
    return [{"title": name, "payload": payload("inform_place", place=name)} for name in names]


def titled(name: str, sends: str) -> Button:
    """A button titled ``button.<name>`` that sends ``sends`` as typed text, not an intent."""
    return {"title": texts.say(f"button.{name}"), "payload": sends}
