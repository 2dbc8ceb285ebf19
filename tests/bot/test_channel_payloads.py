"""The closed list of button payloads: every button we send passes, nothing else does."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bot.channels.payloads import BUTTON_INTENTS, allowed, screen
from tests.servers import ROOT

SHORT = "Electricians"


def domain_payloads() -> Iterator[tuple[str, str]]:
    """(where, payload) of every button in the domain's responses."""
    for path in sorted((ROOT / "domain").glob("*.yml")):
        domain = yaml.safe_load(path.read_text()) or {}
        for name, variants in (domain.get("responses") or {}).items():
            for variant in variants or []:
                for button in variant.get("buttons") or []:
                    yield f"{path.name}:{name}", str(button["payload"])


def _built(intent: str, keywords: list[str]) -> str:
    """The payload ``actions.buttons.payload`` builds, with a short sample value per entity."""
    from actions.buttons import payload

    return payload(intent, **dict.fromkeys(keywords, SHORT))


def _intent_parameter_values(tree: ast.Module, function: str) -> list[str]:
    """The default of ``function``'s ``intent`` parameter."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == function:
            names = [a.arg for a in node.args.args]
            with_defaults = names[len(names) - len(node.args.defaults) :]
            defaults = dict(zip(with_defaults, node.args.defaults, strict=True))
            default = defaults.get("intent")
            assert isinstance(default, ast.Constant), f"{function}: intent default not literal"
            return [str(default.value)]
    return []


def action_payloads() -> Iterator[tuple[str, str]]:
    """(where, payload) of every payload the actions can send, read from their source.

    Literal ``"/..."`` strings, ``payload("intent", entity=...)`` calls, and the helpers that
    take the intent as a parameter (their default and every literal ``intent=`` at a call).
    A payload built from anything else fails the test until it is added here.
    """
    from actions.fallback import INTENT_BUTTONS

    trees = {path: ast.parse(path.read_text()) for path in sorted((ROOT / "actions").glob("*.py"))}
    helpers = {"occupation_buttons": ["occupation"], "occupation_ref_buttons": ["occupation"]}
    builders = trees[ROOT / "actions" / "buttons.py"]  # where every button is built
    for helper, keywords in helpers.items():
        for intent in _intent_parameter_values(builders, helper):
            yield f"buttons.py:{helper}", _built(intent, keywords)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            where = f"{path.name}:{getattr(node, 'lineno', 0)}"
            literal = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if literal and re.fullmatch(r"/[a-z_]+(\{.*\})?", node.value):
                yield where, node.value
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            keywords = [k.arg for k in node.keywords if k.arg]
            if name in helpers:
                for keyword in node.keywords:
                    if keyword.arg == "intent":
                        assert isinstance(keyword.value, ast.Constant), where
                        yield where, _built(str(keyword.value.value), helpers[name])
            # button(title key, intent, **entities) and payload(intent, **entities)
            position = {"button": 1, "payload": 0}.get(name)
            if position is None or len(node.args) <= position:
                continue
            intent = node.args[position]
            if isinstance(intent, ast.Constant):
                yield where, _built(str(intent.value), keywords)
            elif path.name == "buttons.py":
                continue  # the builders themselves: their callers are read instead
            elif path.name == "fallback.py":
                for guess in INTENT_BUTTONS:
                    yield f"fallback.py:INTENT_BUTTONS[{guess}]", _built(guess, keywords)
            else:
                pytest.fail(f"{where}: a payload whose intent this test cannot read")


def widget_and_sms_payloads() -> Iterator[tuple[str, str]]:
    """The widget's own "Talk to my coach" button and the SMS COACH keyword."""
    from bot.sms.texts import COACH_REQUEST

    script = (ROOT / "bot" / "widget" / "static" / "widget.js").read_text()
    for found in re.findall(r'sendMessage\("(/[^"]+)"', script):
        yield "widget.js", found
    yield "bot/sms/texts.py", COACH_REQUEST


def test_every_button_payload_we_send_is_allowed() -> None:
    found = [*domain_payloads(), *action_payloads(), *widget_and_sms_payloads()]
    assert len(found) > 20  # the scan really read the buttons
    refused = [(where, text) for where, text in found if not allowed(text)]
    assert refused == []


def test_crisis_is_never_a_button_payload() -> None:
    assert "crisis" not in BUTTON_INTENTS
    assert not allowed("/crisis")
    assert screen("/crisis") == "crisis"


@pytest.mark.parametrize(
    "typed",
    [
        "/crisis",
        " /crisis",
        "//crisis",
        "/ /crisis",
        "/crisis@1.0",
        "/request_coach@0.9",
        '/ask_pay{"occupation": "Electricians", "place": "Hattiesburg"}',
        '/ask_pay{"soc": "47-2111"}',
        '/inform_place{"place": ["Hattiesburg"]}',
        '/inform_place{"place": ""}',
        '/inform_place{"place": "' + "x" * 151 + '"}',
        '/inform_place{"place": "Hattiesburg"} and more',
        "/stop",
        "/greet",
        '/ask_pay{"occupation": "a\\nb"}',
    ],
)
def test_a_typed_intent_that_no_button_sends_is_read_as_words(typed: str) -> None:
    assert not allowed(typed)
    screened = screen(typed)
    assert not screened.startswith("/")
    assert screened  # the words are kept, for NLU to read


@pytest.mark.parametrize(
    "payload",
    [
        "/request_coach",
        "/affirm",
        '/ask_pay{"occupation": "electrician"}',
        '/inform_place{"place": "Hattiesburg"}',
        "/inform_occupation"
        + json.dumps(
            {"occupation": "Heating, Air Conditioning, and Refrigeration Mechanics and Installers"}
        ),  # noqa: E501
    ],
)
def test_our_own_button_payloads_pass_unchanged(payload: str) -> None:
    assert screen(payload) == payload


def test_plain_words_pass_unchanged() -> None:
    assert screen("  how much do welders make?  ") == "how much do welders make?"
    assert screen("1/2 of my class wants to weld") == "1/2 of my class wants to weld"


def test_the_table_names_only_intents_and_entities_the_domain_has() -> None:
    intents: set[str] = set()
    entities: set[str] = set()
    for path in Path(ROOT / "domain").glob("*.yml"):
        domain = yaml.safe_load(path.read_text()) or {}
        intents |= {i if isinstance(i, str) else next(iter(i)) for i in domain.get("intents", [])}
        entities |= {e if isinstance(e, str) else next(iter(e)) for e in domain.get("entities", [])}
    assert set(BUTTON_INTENTS) <= intents
    assert set().union(*BUTTON_INTENTS.values()) <= entities
