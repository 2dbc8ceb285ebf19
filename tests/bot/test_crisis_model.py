"""The learned crisis check: unseen phrasings caught, calm talk and job questions left alone."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bot.nlu.crisis_model import DATA, MAX_FALSE_POSITIVES, TRAINING_FILES, corpus, shared
from bot.nlu.crisis_patterns import crisis_kind, detect, prepared

ROOT = Path(__file__).resolve().parents[2]


def _learned(text: str) -> str | None:
    found = detect(text, rules=False)
    return found.kind if found else None


@pytest.mark.parametrize(
    "text",
    [
        # Written for this test, in none of the corpora; no rule matches them.
        # (The first set, "everything would be easier if i was gone" and others, is now
        # caught by the warning-sign rules of bot/nlu/crisis_signs.py, so it was replaced.)
        "i keep thinking everyone would move on fine without me",
        "i looked at the pill bottle for an hour tonight",
        "i dont feel like im supposed to be here anymore",
        "my mom's boyfriend keeps putting his hands on me",
        "my moms boyfriend wont leave me alone at night",
        "nadie notaria si me voy",
    ],
)
def test_the_model_catches_phrasings_no_rule_was_written_for(text: str) -> None:
    assert detect(text, learned=False) is None
    assert _learned(text) is not None
    assert crisis_kind(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "this class is killing me",
        "suicide prevention counselor pay",
        "i could kill for a burger",
        "how much do crisis counselors make",
        "my little brother is so annoying",
        "how much do welders make in tupelo",
        "i bombed my chemistry quiz",
        "what does a child protective services worker earn",
    ],
)
def test_calm_talk_and_crisis_jobs_do_not_trigger_either_check(text: str) -> None:
    assert _learned(text) is None
    assert crisis_kind(text) is None


def test_the_threshold_keeps_out_of_fold_false_positives_under_budget() -> None:
    trained = shared()
    calm = [score for _, kind, score in trained.out_of_fold if kind == "none"]
    triggered = sum(score >= trained.model.threshold for score in calm) / len(calm)
    assert triggered <= MAX_FALSE_POSITIVES < 0.02


def test_training_reads_the_packaged_corpus_never_the_held_out_split() -> None:
    assert all((DATA / name).is_file() for name in TRAINING_FILES)
    # The next held-out split, once written, lives under tests/data/ and is never trained on.
    for held_out in ("crisis_heldout22",):
        assert not any(name.startswith(held_out) for name in TRAINING_FILES)
        assert not (DATA / f"{held_out}.csv").exists()
    # Training reads exactly the packaged files (no glob that could pick up a held-out split).
    assert {text for text, _, _ in shared().out_of_fold} == {text for text, _ in corpus()}


def test_the_model_gives_a_kind_for_abuse_and_self_harm() -> None:
    assert _learned("my mom's boyfriend keeps putting his hands on me") == "abuse"
    assert _learned("i have been saving up my pills") == "self_harm"


def test_a_long_calm_message_does_not_add_up_to_a_crisis() -> None:
    text = "how much do welders make in hattiesburg and what about nurses " * 40
    assert shared().model.kind(prepared(text)) is None


def test_the_model_trains_and_scores_in_the_rasa_environment() -> None:
    python = ROOT / ".venv" / "rasa" / "bin" / "python"
    if not python.exists():
        pytest.skip("no Rasa environment")
    script = (
        "import numpy; from bot.nlu.crisis_patterns import detect;"
        "print(numpy.__version__, detect('everything would be easier if i was gone', rules=False))"
    )
    done = subprocess.run(
        [str(python), "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("1.23") and "check='model'" in done.stdout, done.stdout


def test_a_cached_model_is_the_trained_model_and_a_changed_corpus_misses_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.nlu import crisis_model

    monkeypatch.setenv("CAREERBOT_CACHE_DIR", str(tmp_path))
    path = crisis_model._cache_file()
    assert path.parent == tmp_path
    crisis_model._save(path, shared())
    loaded = crisis_model._load(path)
    assert loaded is not None
    assert loaded.model == shared().model and loaded.out_of_fold == shared().out_of_fold
    # The file name hashes the corpus: one more file (or a changed one) means a new name.
    monkeypatch.setattr(crisis_model, "TRAINING_FILES", TRAINING_FILES[:-1])
    assert crisis_model._cache_file() != path
    path.write_text("{not json", encoding="utf-8")
    assert crisis_model._load(path) is None  # a broken cache file is retrained, not trusted
