"""The question catalogue (actions/questions.py) agrees with the domain, the rules and the code.

No database needed: these read the YAML files and the action classes.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import yaml

import actions
from actions import fallback, forms, texts
from actions.questions import (
    GENERATED_DOMAIN,
    GENERATED_RULES,
    QUESTION_INTENTS,
    QUESTIONS,
    SIDE_QUESTIONS,
    generated,
    intents_of,
    required_slots,
)
from actions.questions import (
    forms as question_forms,
)
from bot.channels.payloads import BUTTON_INTENTS

ROOT = Path(__file__).resolve().parents[2]


def _load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text()) or {}


def _domain_files() -> list[Path]:
    return sorted((ROOT / "domain").rglob("*.yml"))


def _rules() -> list[tuple[Path, dict[str, Any]]]:
    return [
        (path, rule)
        for path in sorted((ROOT / "data").rglob("*.yml"))
        for rule in (_load(path).get("rules") or [])
    ]


def _declared(key: str) -> dict[str, list[Path]]:
    """Where each name under ``key`` (intents, actions, forms, slots) is declared."""
    found: dict[str, list[Path]] = {}
    for path in _domain_files():
        section = _load(path).get(key) or []
        for item in section:
            name = item if isinstance(item, str) else next(iter(item))
            found.setdefault(name, []).append(path)
    return found


def test_the_generated_files_are_what_the_table_gives() -> None:
    for path, text in generated().items():
        assert path.exists(), f"{path} is missing: run `python -m actions.questions`"
        assert path.read_text() == text, f"{path} is stale: run `python -m actions.questions`"


def test_every_question_has_its_intent_form_validator_and_answer_in_the_domain() -> None:
    intents, actions, declared_forms = (
        _declared("intents"),
        _declared("actions"),
        _declared("forms"),
    )
    for question in QUESTIONS:
        assert question.intent in intents, question
        assert question.form in declared_forms, question
        assert question.answer in actions, question
        assert f"validate_{question.form}" in actions, question


def test_topic_occupation_and_place_slots_are_defined_once_from_the_table() -> None:
    slots = _declared("slots")
    for slot in ("topic", "occupation", "place"):
        assert slots[slot] == [GENERATED_DOMAIN], (slot, slots[slot])
    topic = _load(GENERATED_DOMAIN)["slots"]["topic"]
    assert {m["intent"]: m["value"] for m in topic["mappings"]} == {
        q.intent: q.topic for q in QUESTIONS
    }
    assert set(topic["values"]) == {q.topic for q in QUESTIONS}


def test_plain_words_fill_a_slot_in_exactly_the_question_forms_that_need_it() -> None:
    needs = required_slots()
    generated_slots = _load(GENERATED_DOMAIN)["slots"]
    for slot in ("occupation", "place"):
        from_text = next(m for m in generated_slots[slot]["mappings"] if m["type"] == "from_text")
        forms_listed = {c["active_loop"] for c in from_text["conditions"]}
        assert forms_listed == {f for f in question_forms() if slot in needs.get(f, [])}, slot


def test_every_question_form_has_its_rules_and_no_hand_written_copy() -> None:
    rules = _rules()
    generated_names = {rule["rule"] for path, rule in rules if path == GENERATED_RULES}
    hand_written = {rule["rule"] for path, rule in rules if path != GENERATED_RULES}
    assert not generated_names & hand_written, generated_names & hand_written
    for question in QUESTIONS:
        assert f"{question.intent} starts the {question.form}" in generated_names
        assert f"{question.form} filled, answer" in generated_names
        for intent in question.again:
            assert f"{intent} after a {question.topic} question answers it again" in generated_names
    for form in question_forms():
        for intent in SIDE_QUESTIONS:
            assert f"{intent} during {form}" in generated_names


# Hand-written rules that may start a question form: a bare job name asks its pay.
OTHER_WAYS_IN = {"a job on its own gets its pay"}


def test_no_hand_written_rule_starts_or_interrupts_a_question_form() -> None:
    """A form's rules come from the table only (a copy elsewhere would drift)."""
    for path, rule in _rules():
        if path == GENERATED_RULES:
            continue
        conditions = rule.get("condition") or []
        steps = rule.get("steps") or []
        loops = {c.get("active_loop") for c in conditions if isinstance(c, dict)}
        started = {s.get("active_loop") for s in steps if isinstance(s, dict)}
        if rule["rule"] in OTHER_WAYS_IN:
            continue
        assert not (loops | started) & set(question_forms()), (path.name, rule["rule"])


def test_the_code_derives_from_the_table() -> None:
    for module in pkgutil.iter_modules(actions.__path__):  # the action server loads them all
        importlib.import_module(f"actions.{module.name}")
    assert forms.QUESTION_INTENTS == QUESTION_INTENTS == {q.intent for q in QUESTIONS}
    validators = {
        cls().form_name(): cls
        for cls in _subclasses(forms.JobFormValidator)
        if not getattr(cls, "__abstractmethods__", None)
    }
    assert set(validators) == set(question_forms())
    assert intents_of("pathway_form") == {"ask_pathway", "ask_need_college"}
    for question in QUESTIONS:
        assert question.intent in fallback.INTENT_BUTTONS
        assert texts.has(f"button.{question.button}"), (
            f"actions/texts.yml: button.{question.button}"
        )


def test_every_question_can_be_sent_by_its_fallback_button() -> None:
    assert set(BUTTON_INTENTS) >= QUESTION_INTENTS


def _subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def test_generated_rules_file_says_it_is_generated() -> None:
    assert GENERATED_RULES.read_text().startswith("# Generated from actions/questions.py")


def test_make_model_rewrites_the_generated_files_when_the_table_changes() -> None:
    """``make model`` writes the generated files first: an edited table reaches the model."""
    import re
    import subprocess

    if not (ROOT / "models" / "current.tar.gz").exists():
        import pytest

        pytest.skip("the tree is not built: `make setup` first")
    account = subprocess.run(
        ["make", "-n", "-d", "-W", "actions/questions.py", "model"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    newer = set(re.findall(r"Prerequisite '([^']+)' is newer than target '([^']+)'", account))
    generated_targets = {
        str(path.relative_to(ROOT)) for path in (GENERATED_DOMAIN, GENERATED_RULES)
    }
    # Both files are one grouped target (``&:``): make names the first of them.
    assert {t for p, t in newer if p == "actions/questions.py"} & generated_targets
    assert "python -m actions.questions" in account


def test_a_question_at_a_coach_form_prompt_is_answered_never_taken_as_the_answer() -> None:
    # "how much do welders make in tupelo" when the form asked a first name was answered
    # "Just your first name, please" (after a crisis answer, too).
    slots = _load(GENERATED_DOMAIN)["slots"]
    for slot in ("handoff_first_name", "handoff_school", "handoff_contact"):
        (mapping,) = slots[slot]["mappings"]
        assert set(mapping["not_intent"]) >= QUESTION_INTENTS, slot
    rules = {rule["steps"][0].get("intent"): rule for _, rule in _rules()
             if rule.get("condition") == [{"active_loop": "handoff_form"}]}  # fmt: skip
    for question in QUESTIONS:
        steps = rules[question.intent]["steps"]
        assert steps[1] == {"action": "action_deactivate_loop"}
        assert steps[-2:] == [{"action": question.form}, {"active_loop": question.form}]
