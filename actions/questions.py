"""The question catalogue: one row per question a student can ask, the one place to add one.

Everything that lists the questions is derived from this table, so a new question is one row
here plus its own domain file, NLU file and action module (README, "Add a question"):

- ``actions/forms.py``: which intents start a question (a different one mid-form makes the
  form step aside) and which intents each form's validator owns;
- ``actions/fallback.py``: the "Did you mean ...?" buttons (each titled by the texts entry
  ``button.did_you_mean.<intent>`` in actions/texts.yml);
- ``domain/generated/questions.yml``: the ``topic`` slot (one value per question), the
  ``from_text`` conditions of ``occupation`` and ``place`` (every question form that needs
  them, read from the forms' ``required_slots`` in the domain), and the coach form's
  plain-word slots, which never take a question as their answer;
- ``data/rules/generated/questions.yml``: per question the rule that starts its form, the rule
  that answers once the form is filled, the rules that answer again for a new place or job,
  the rule that answers it in the middle of the coach form (which steps aside), and the side
  questions (help, privacy, ...) answered mid-form before the form asks again.

The two generated files are written by ``python -m actions.questions`` (``make model`` runs it;
a file is rewritten only when its content changes, so the model is retrained only then), and
``tests/actions/test_questions.py`` checks the domain and the rules against this table.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GENERATED_DOMAIN = ROOT / "domain" / "generated" / "questions.yml"
GENERATED_RULES = ROOT / "data" / "rules" / "generated" / "questions.yml"


@dataclass(frozen=True)
class Question:
    """One question: the intent that asks it, the form and action that answer it."""

    intent: str  # what NLU calls the question
    form: str  # the form that collects the job and place it needs (its domain file)
    answer: str  # the action that answers once the form is filled
    topic: str  # the ``topic`` slot's value: a new place or job answers this question again
    again: tuple[str, ...]  # intents that, after this answer, answer it again ("what about ...")

    @property
    def button(self) -> str:
        """The texts key of its "Did you mean ...?" button (``button.`` in actions/texts.yml)."""
        return f"did_you_mean.{self.intent}"


QUESTIONS: tuple[Question, ...] = (
    Question("ask_pay", "pay_form", "action_tell_wage", "pay",
             ("inform_place", "inform_occupation")),
    Question("ask_pathway", "pathway_form", "action_tell_pathway", "pathway",
             ("inform_occupation",)),
    Question("ask_need_college", "pathway_form", "action_tell_pathway", "pathway",
             ("inform_occupation",)),
    Question("ask_describe", "describe_form", "action_describe_occupation", "describe",
             ("inform_occupation",)),
    Question("explore", "explore_form", "action_explore", "explore",
             ("inform_place",)),
    Question("compare", "compare_form", "action_compare", "compare",
             ("inform_place",)),
    Question("ask_outlook", "outlook_form", "action_tell_outlook", "outlook",
             ("inform_occupation",)),
)  # fmt: skip

# Side questions answered in the middle of any question form, which then asks again.
SIDE_QUESTIONS: dict[str, str] = {
    "help": "utter_help",
    "privacy": "utter_privacy",
    "out_of_scope": "action_out_of_scope",  # or the pick of a "which one?" (actions/fallback.py)
    "gibberish": "action_not_understood",
    "ask_bot": "utter_bot",
}
# Slots a student's plain words fill when the form has just asked for them, and the intents
# NLU may give such an answer ("the first one", "atlantis").
FROM_TEXT: dict[str, list[str]] = {
    "occupation": ["inform_occupation", "choose", "inform_place", "affirm", "nlu_fallback"],
    "place": ["inform_place", "inform_occupation", "choose", "affirm", "nlu_fallback"],
}
QUESTION_INTENTS = frozenset(question.intent for question in QUESTIONS)
# The coach form's slots filled from a student's plain words. A question asked at one of its
# prompts ("how much do welders make in tupelo" when the form asked a first name) is never
# taken as the answer: the form steps aside and the question is answered (rules below).
HANDOFF_FORM = "handoff_form"
HANDOFF_TEXT_SLOTS = ("handoff_first_name", "handoff_school", "handoff_contact")
HANDOFF_NOT_ANSWERS = ["deny", "stop", "crisis", "request_coach"]


def forms() -> list[str]:
    """Every question form, in the table's order."""
    return list(dict.fromkeys(question.form for question in QUESTIONS))


def form_of_topic(topic: object) -> str | None:
    """The form of the question last answered (the ``topic`` slot's value), or None."""
    return next((question.form for question in QUESTIONS if question.topic == topic), None)


def intents_of(form: str) -> frozenset[str]:
    """The intents whose questions ``form`` answers (its validator's own intents)."""
    return frozenset(question.intent for question in QUESTIONS if question.form == form)


def _read_yaml(path: Path) -> Any:
    import yaml

    return yaml.safe_load(path.read_text()) or {}


def required_slots(domain_dir: Path = ROOT / "domain") -> dict[str, list[str]]:
    """Each form's required slots, as the hand-written domain files declare them."""
    found: dict[str, list[str]] = {}
    for path in sorted(domain_dir.glob("*.yml")):
        for name, form in (_read_yaml(path).get("forms") or {}).items():
            found[name] = list((form or {}).get("required_slots") or [])
    return found


def domain_part(slots_of: dict[str, list[str]]) -> dict[str, Any]:
    """The generated domain: the ``topic`` slot and the slots filled from plain words."""
    slots: dict[str, Any] = {}
    for slot, intents in FROM_TEXT.items():
        conditions = [
            {"active_loop": form, "requested_slot": slot}
            for form in forms()
            if slot in slots_of.get(form, [])
        ]
        slots[slot] = {
            "type": "text",
            "influence_conversation": False,
            "mappings": [
                {"type": "from_entity", "entity": slot},
                {"type": "from_text", "conditions": conditions, "intent": intents},
            ],
        }
    for slot in HANDOFF_TEXT_SLOTS:
        slots[slot] = {
            "type": "text",
            "influence_conversation": False,
            "mappings": [{
                "type": "from_text",
                "not_intent": HANDOFF_NOT_ANSWERS + sorted(QUESTION_INTENTS),
                "conditions": [{"active_loop": HANDOFF_FORM, "requested_slot": slot}],
            }],
        }  # fmt: skip
    slots["topic"] = {
        "type": "categorical",
        "values": list(dict.fromkeys(question.topic for question in QUESTIONS)),
        "influence_conversation": True,
        "mappings": [
            {"type": "from_intent", "intent": question.intent, "value": question.topic}
            for question in QUESTIONS
        ],
    }
    return {"version": "3.1", "slots": slots}


def _loop(form: str) -> list[dict[str, Any]]:
    return [{"action": form}, {"active_loop": form}]


def rules() -> list[dict[str, Any]]:
    """Every rule the table implies, in a stable order."""
    found: list[dict[str, Any]] = []
    for question in QUESTIONS:
        found.append({
            "rule": f"{question.intent} starts the {question.form}",
            "steps": [{"intent": question.intent}, *_loop(question.form)],
        })  # fmt: skip
    answered: set[str] = set()
    for question in QUESTIONS:
        if question.form in answered:
            continue
        answered.add(question.form)
        found.append({
            "rule": f"{question.form} filled, answer",
            "condition": [{"active_loop": question.form}],
            "steps": [{"action": question.form}, {"active_loop": None},
                      {"slot_was_set": [{"requested_slot": None}]}, {"action": question.answer}],
        })  # fmt: skip
    again: set[tuple[str, str]] = set()
    for question in QUESTIONS:
        for intent in question.again:
            if (question.topic, intent) in again:
                continue
            again.add((question.topic, intent))
            found.append({
                "rule": f"{intent} after a {question.topic} question answers it again",
                "condition": [{"slot_was_set": [{"topic": question.topic}]}],
                "steps": [{"intent": intent}, *_loop(question.form)],
            })  # fmt: skip
    for intent, form in dict.fromkeys((question.intent, question.form) for question in QUESTIONS):
        found.append({
            "rule": f"{intent} during the coach form is answered instead",
            "condition": [{"active_loop": HANDOFF_FORM}],
            "steps": [{"intent": intent}, {"action": "action_deactivate_loop"},
                      {"active_loop": None}, {"slot_was_set": [{"requested_slot": None}]},
                      *_loop(form)],
        })  # fmt: skip
    for form in forms():
        for intent, reply in SIDE_QUESTIONS.items():
            found.append({
                "rule": f"{intent} during {form}",
                "condition": [{"active_loop": form}],
                "steps": [{"intent": intent}, {"action": reply}, *_loop(form)],
            })  # fmt: skip
    return found


HEADER = "# Generated from actions/questions.py by `python -m actions.questions`: do not edit.\n"


def render(document: dict[str, Any]) -> str:
    """YAML text of ``document`` with the generated-file header."""
    import yaml

    return HEADER + str(yaml.safe_dump(document, sort_keys=False, width=100))


def generated(domain_dir: Path = ROOT / "domain") -> dict[Path, str]:
    """What each generated file must contain."""
    return {
        GENERATED_DOMAIN: render(domain_part(required_slots(domain_dir))),
        GENERATED_RULES: render({"version": "3.1", "rules": rules()}),
    }


def write(paths: Iterable[tuple[Path, str]]) -> list[Path]:
    """Write each file whose content changed; the paths written."""
    written = []
    for path, text in paths:
        if path.exists() and path.read_text() == text:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        written.append(path)
    return written


if __name__ == "__main__":
    for changed in write(generated().items()):
        sys.stdout.write(f"wrote {changed.relative_to(ROOT)}\n")
