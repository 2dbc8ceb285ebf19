"""The pretrained sentence encoder: the published model, tokenized and run as BERT runs it."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from bot.nlu import sentence_encoder
from bot.nlu.sentence_encoder import ModelFileError, SentenceEncoder


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return sentence_encoder.shared()


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # What Hugging Face's BertTokenizerFast gives for the same model (checked by hand with
        # transformers 4.46, outside this project's environments).
        (
            "i dont wanna wake up tmrw 💀",
            [101, 1045, 2123, 2102, 10587, 5256, 2039, 1056, 2213, 2099, 2860, 100, 102],
        ),
        (
            "¿Cuánto gana un mecánico?",
            [101, 1094, 12731, 21634, 25957, 2050, 4895, 2033, 9336, 11261, 1029, 102],
        ),
        ("imdonewithlife", [101, 10047, 5280, 7974, 8939, 15509, 102]),
    ],
)
def test_wordpiece_ids_are_those_of_the_published_tokenizer(
    encoder: SentenceEncoder, text: str, ids: list[int]
) -> None:
    assert encoder.token_ids(text) == ids


def test_a_sentence_is_nearer_to_its_meaning_than_to_its_words(encoder: SentenceEncoder) -> None:
    def near(a: str, b: str) -> float:
        return float(encoder.encode(a) @ encoder.encode(b))

    assert near("i want to die", "i wish i was dead") > 0.5
    assert near("i want to die", "how much do nurses make") < 0.2
    assert near("the rope is in my room", "i am going to hang myself") > near(
        "the rope is in my room", "how much do welders make"
    )


def test_vectors_are_unit_length_and_the_same_alone_or_in_a_batch(encoder: SentenceEncoder) -> None:
    texts = ["hi", "how much do electricians make in tupelo", "kms fr", "x " * 400]
    together = encoder.encode_many(texts)
    alone = np.stack([SentenceEncoder.encode(encoder, text) for text in texts])
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.allclose(together, alone, atol=1e-5)


def test_word_vectors_follow_the_words(encoder: SentenceEncoder) -> None:
    words, sentence = encoder.word_vectors(["how", "much", "do", "welders", "make", "💀"])
    assert words.shape == (6, sentence_encoder.DIMENSIONS)
    assert abs(float(np.linalg.norm(sentence)) - 1.0) < 1e-5
    assert np.allclose(sentence, encoder.encode("how much do welders make 💀"), atol=1e-5)
    long_words, long_sentence = encoder.word_vectors(["job"] * 300)
    assert len(long_words) == 300
    assert np.allclose(long_words[-1], long_sentence)  # past the model's 256 tokens


def test_a_changed_model_file_is_refused(tmp_path: Path) -> None:
    original = sentence_encoder._archive()
    tampered = tmp_path / "model.zip"
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "config.json":
                data = data.replace(b'"num_hidden_layers": 6', b'"num_hidden_layers": 5')
            target.writestr(item, data)
    with pytest.raises(ModelFileError, match="config.json"):
        SentenceEncoder(tampered)
    shutil.copy(original, tmp_path / "copy.zip")
    assert SentenceEncoder(tmp_path / "copy.zip").layers == 6


def test_a_process_with_the_encoder_runs_blas_on_one_thread(encoder: SentenceEncoder) -> None:
    # Two BLAS threads on a message's small matrices wait on each other when the other core
    # is busy (59 ms against 12 ms for one message, measured on this machine).
    from threadpoolctl import threadpool_info

    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas
    assert all(pool["num_threads"] == 1 for pool in blas)
