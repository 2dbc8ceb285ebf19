"""Jobs and places named inside a sentence, found from the data with spaCy.

``careerbot data build`` writes one patterns file (``var/mentions.jsonl``) from the database:
every occupation title and student word, every Mississippi town, county, ZIP code and
nickname, the state and the nation. This module, the only copy of the matching logic, loads
it into a blank English spaCy pipeline (lookup lemmas from ``spacy-lookups-data``, no model
download) with a ``PhraseMatcher`` on lemmas, and is used by both the Rasa component
(``bot/nlu/mentions.py``) and the action server. It needs no database and no Rasa.

The longest match wins, so "bay st louis" is one place and "west point" is never "west".
A typed word that is no English word and no word of any name ("electritions") is corrected
to the closest name word (rapidfuzz) before matching, and the mention is marked ``fuzzy``.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from rapidfuzz import fuzz, process
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from occupations.text import (
    ABBREVIATIONS,
    DIRECTIONS,
    PEOPLE_WORDS,
    SET_ASIDE,
    STATE_AFTER_TOWN_WORDS,
    names_people,
    normalize,
    singular,
    title_fields,
)

OCCUPATION = "occupation"
PLACE = "place"
ACTIVITY = "activity"
LABELS = (OCCUPATION, PLACE, ACTIVITY)
# What an explore question asks for ("without college", "working with my hands", "in
# demand"): phrases of occupations/data/explore_terms.csv, matched in a pass of their own so
# that they never take words from a job, a place or an activity. ``ids`` holds the value.
EDUCATION = "education"
INTEREST = "interest"
SORT = "sort"
EXPLORE_LABELS = (EDUCATION, INTEREST, SORT)
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_ZIP = re.compile(r"^\d{5}$")
# Before or after a place that is also an everyday word ("in pearl", "forest ms").
PATTERNS_FILE = "mentions.jsonl"  # in the var directory
PLACE_BEFORE = frozenset(["in", "near", "around", "from", "at", "by", "outside", "to", "of",
                          "live", "stay"])  # fmt: skip
PLACE_AFTER = frozenset(["ms", "mississippi", "miss", "county", "area"])
# "tupleo how much do electricians make": a place typo opening the message before a question.
QUESTION_OPENERS = frozenset(["how", "hw", "what", "wat", "whats", "wats", "wut", "where",
                              "is", "are", "do", "does", "can", "which"])  # fmt: skip
SPANISH_OPENERS = frozenset(["cuanto", "cuanta", "cuantos", "cuantas", "donde", "como", "quiero"])
# Typos are corrected only in words at least this long, to a name word this close.
TYPO_MIN_LENGTH = 5
TYPO_CUTOFF = 80.0
# Endings that make another word of a name word ("apprentice" -> "apprenticeship").
DERIVED = frozenset(["ship", "ships", "hood", "ment", "ments", "ism", "ing"])
# A short form that stands for one word only ("info" -> "information") is that word when
# matching, so "info security analysts" is the whole title, not "security analysts".
# Verb forms the lookup table leaves alone and the crude singular would spoil ("does" ->
# "doe"): "somebody who does nails" is the activity "do nails"; or reads as other words
# ("putting" as "putt").
IRREGULAR_VERBS = {"does": "do", "goes": "go", "putting": "put", "puts": "put"}
SHORT_FORMS = {
    short: full[0] for short, full in ABBREVIATIONS.items() if len(full) == 1 and " " not in full[0]
}
# A word heading this many job titles ("technician", "operator") names no job alone: right
# after a job's field it is part of the job ("civil engineering techs" are no civil engineers).
GENERIC_HEAD_TITLES = 3
# Short forms standing for several words or for a phrase ("tech": technician or technologist;
# "hs": high school): every name is also matched with its words so shortened ("ag tech").
SHORTENED = {
    tuple(full.split()): short
    for short, fulls in ABBREVIATIONS.items()
    for full in fulls
    if len(fulls) > 1 or " " in full
}
# Words skipped inside an activity ("cutting the fish", "fix my car"): they change no job.
ACTIVITY_FILLER = frozenset(
    "the a an my your his her their our some them those these".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Mention:
    """A job or place found in a message: where it is, what was typed, what it matched."""

    label: str  # "occupation", "place" or "activity"
    start: int  # character offsets in the message
    end: int
    text: str  # as typed
    value: str  # the typed words, typos corrected: what to look up
    ids: tuple[str, ...]  # SOC codes or area codes of the matched name
    kind: str  # "title", "student", "town", "county", "zip", "nickname", "state", "nation"...
    fuzzy: bool  # a typo was corrected to find it


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str  # normalised ASCII, lower case


def tokens(text: str) -> list[_Token]:
    """Words of the message with their offsets ("D'Iberville" -> "d", "iberville")."""
    out = []
    for found in _TOKEN.finditer(text):
        word = normalize(re.sub("['\u2019]", "", found.group()))
        for part in word.split():
            out.append(_Token(found.start(), found.end(), part))
    return out


class MentionFinder:
    """The phrase matcher over every name in the patterns file, built once per process."""

    def __init__(self, patterns: Iterable[dict[str, Any]], common_words: Iterable[str]) -> None:
        self.nlp = spacy.blank("en")
        lemmatizer: Lemmatizer = self.nlp.add_pipe("lemmatizer", config={"mode": "lookup"})  # type: ignore[assignment]
        self.nlp.initialize()
        self._lemmas = lemmatizer.lookups.get_table("lemma_lookup")  # keyed by string hash
        self.common = frozenset(common_words)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        # Matched on the words as typed: a lemma would make "grow up" the sort "growing".
        self.terms_matcher = PhraseMatcher(self.nlp.vocab)
        self.terms: dict[tuple[str, str], str] = {}  # (label, words) -> value
        # (label, lemma key) -> ids, kind, everyday-word flag
        self.entries: dict[tuple[str, str], tuple[tuple[str, ...], str, bool]] = {}
        docs: dict[str, list[Doc]] = {label: [] for label in LABELS}
        patterns = list(patterns)
        # The last word of every place name as written ("springs" of Holly Springs): a town
        # typed in the plural ("18 wheelers", "laurels") is a word that only looks like one.
        self._place_ends = frozenset(
            p["text"].split()[-1] for p in patterns if p["label"] == PLACE and p["text"].split()
        )
        heads = self._title_heads(patterns)
        for pattern in patterns:
            label, text = pattern["label"], pattern["text"]
            words = text.split()
            if words and label in EXPLORE_LABELS:
                key = (label, " ".join(words))
                if key not in self.terms:
                    self.terms[key] = str((pattern.get("ids") or [""])[0])
                    self.terms_matcher.add(label, [Doc(self.nlp.vocab, words=words)])
                continue
            if not words or label not in docs:
                continue
            key = (label, " ".join(self.lemma(w) for w in words))
            ids = tuple(pattern.get("ids") or ())
            if key in self.entries:
                old_ids, kind, common = self.entries[key]
                if kind in ("curated", "workplace") and pattern.get("kind") == "task":
                    continue  # "drive truck", "water plant": the curated jobs, not a task's
                merged = tuple(dict.fromkeys(old_ids + ids))
                self.entries[key] = (merged, kind, common and bool(pattern.get("common")))
                continue
            self.entries[key] = (ids, pattern.get("kind", ""), bool(pattern.get("common")))
            docs[label].append(self._doc(words))
        self._add_shortened(patterns, docs)
        # "hair braiding", "solar installing": a curated activity with its object first.
        self.reversed: set[str] = set()
        for (label, phrase), (ids, kind, _) in list(self.entries.items()):
            words = phrase.split()
            turned = (label, " ".join(words[::-1]))
            curated = label == ACTIVITY and kind == "curated" and len(words) == 2
            if curated and turned not in self.entries:
                self.entries[turned] = (ids, kind, False)
                self.reversed.add(turned[1])
                docs[label].append(Doc(self.nlp.vocab, words=words[::-1], lemmas=words[::-1]))
        self.fields = self._fields(patterns)
        for label, label_docs in docs.items():
            if label_docs:
                self.matcher.add(label, label_docs)
        self.vocabulary = sorted({w for _, key in self.entries for w in key.split()})
        self.generic_heads = _generic(heads)
        self._vocabulary_set = frozenset(self.vocabulary)
        # A typo is corrected only to a word of a Mississippi name or a job: a place outside
        # the state is found whole, so "atlantis" is an unknown word, not Atlanta.
        self._typo_targets = sorted(
            {w for key, (_, kind, _) in self.entries.items() if kind != "outside"
             for w in key[1].split()}
        )  # fmt: skip
        # Words of place names only: a typo is corrected to one only beside a place word, so
        # "cuanto" (Spanish) at the start of a question is never the town of Canton.
        other = {w for (label, key) in self.entries if label != PLACE for w in key.split()}
        self._place_only = self._vocabulary_set - other
        self._job_words = frozenset(
            w for (label, key) in self.entries if label == OCCUPATION for w in key.split()
        )
        # The actions ask about one message several times (the form, the pay answer, the
        # slots); the message is matched once and the answer reused (mentions are frozen).
        self.found_in = functools.lru_cache(maxsize=1024)(self._found_in)

    def _found_in(self, text: str) -> tuple[Mention, ...]:
        return tuple(self.find(text))

    def names_no_place(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """DIET's place span ``text[start:end]`` names no place of the data, by its words.

        Everyday words ("high" of "high school", "the plant") are no place. A town called by
        an everyday word ("pearl", "forest") is one when it is the whole message or stands
        where places stand ("in forest", "forest ms"), as the data's own matches; "forest
        fire prevention specialists" names a job.
        """
        end = len(text) if end is None else end
        toks = tokens(text)
        inside = [i for i, t in enumerate(toks) if start <= t.start and t.end <= end]
        words = [toks[i].word for i in inside]
        if not words or any(w.isdigit() for w in words):
            return False
        entry = self.entries.get((PLACE, " ".join(self.lemma(w) for w in words)))
        if entry is not None:
            everyday = entry[2]
            alone = len(inside) == len(toks)
            return (
                everyday
                and not alone
                and not self._place_context(toks, inside[0], inside[-1] + 1, PLACE)
            )
        return all(w in self.common or w in ACTIVITY_FILLER for w in words)

    def _title_heads(self, patterns: list[dict[str, Any]]) -> dict[str, set[str]]:
        """Official titles by the people word that ends them ("technician" -> their SOCs).

        The build adds a plural of each title ("managerses", "all others"); only the titles
        as BLS writes them count.
        """
        titles: dict[str, list[str]] = {}
        for p in patterns:
            if p["label"] == OCCUPATION and p.get("kind") == "title":
                titles.setdefault(p["text"], []).extend(p.get("ids") or ())
        heads: dict[str, set[str]] = {}
        for text, ids in titles.items():
            if names_people(text) and text[:-1] not in titles and text[:-2] not in titles:
                heads.setdefault(self.lemma(text.split()[-1]), set()).update(ids)
        return heads

    def _add_shortened(self, patterns: list[dict[str, Any]], docs: dict[str, list[Doc]]) -> None:
        """Each job name once more with a phrase shortened as students do ("ag tech", "hs teacher").

        A shortened name that is already a name keeps its own jobs ("surgical tech").
        """
        added: dict[str, tuple[str, ...]] = {}
        kinds: dict[str, str] = {}
        for pattern in patterns:
            if pattern["label"] != OCCUPATION:
                continue
            lemmas = [self.lemma(w) for w in pattern["text"].split()]
            for full, short in SHORTENED.items():
                size = len(full)
                for i in range(len(lemmas) - size + 1):
                    if tuple(lemmas[i : i + size]) != full:
                        continue
                    key = " ".join([*lemmas[:i], self.lemma(short), *lemmas[i + size :]])
                    if (OCCUPATION, key) in self.entries or " " not in key:
                        continue  # "tech" alone names no job ("i wanna work in tech")
                    ids = tuple(pattern.get("ids") or ())
                    added[key] = tuple(dict.fromkeys(added.get(key, ()) + ids))
                    kinds.setdefault(key, pattern.get("kind", ""))
        for key, ids in added.items():
            self.entries[(OCCUPATION, key)] = (ids, kinds[key], False)
            words = key.split()
            docs[OCCUPATION].append(Doc(self.nlp.vocab, words=words, lemmas=words))

    def _fields(self, patterns: list[dict[str, Any]]) -> dict[str, tuple[str, ...]]:
        """A job's field (see :func:`occupations.text.title_fields`) -> its SOCs."""
        fields: dict[str, tuple[str, ...]] = {}
        for p in patterns:
            if p["label"] != OCCUPATION or p.get("kind") != "title":
                continue
            for field in title_fields(p["text"]):
                key = " ".join(self.lemma(w) for w in field.split())
                ids = tuple(p.get("ids") or ())
                fields[key] = tuple(dict.fromkeys(fields.get(key, ()) + ids))
        return fields

    @classmethod
    def from_file(cls, path: Path) -> MentionFinder:
        """Load the patterns file that ``careerbot data build`` wrote."""
        common: list[str] = []
        patterns: list[dict[str, Any]] = []
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                if row.get("label") == "meta":
                    common = row.get("common_words", [])
                else:
                    patterns.append(row)
        return cls(patterns, common)

    def lemma(self, word: str) -> str:
        """The lookup lemma, made singular the crude way ("cnas" -> "cna")."""
        # Applied until it settles, so "shots" -> "shot" -> "shoot" meets "shot" -> "shoot".
        word = IRREGULAR_VERBS.get(word, word)
        for _ in range(3):
            lemma = str(self._lemmas.get(word, word))
            lemma = SHORT_FORMS.get(lemma, lemma)
            if word.endswith(("er", "ers")) and not lemma.endswith("er"):
                lemma = word  # "fitter" is a job, not the comparative of "fit"
            lemma = singular(lemma)
            if lemma == word:
                break
            word = lemma
        return word

    def _doc(self, words: list[str]) -> Doc:
        return Doc(self.nlp.vocab, words=words, lemmas=[self.lemma(w) for w in words])

    def _correct(self, word: str) -> str | None:
        """The name word a typo stands for, or None when the word is fine or unknown."""
        if len(word) < TYPO_MIN_LENGTH or word.isdigit() or word in self.common:
            return None
        lemma = self.lemma(word)
        if lemma in self._vocabulary_set:
            return None
        hit = process.extractOne(
            lemma, self._typo_targets, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF
        )
        if hit and lemma.startswith(str(hit[0])) and lemma[len(str(hit[0])) :] in DERIVED:
            return None  # "apprenticeship" is a word of its own, no typo of "apprentice"
        if hit and not _same_first_sound(lemma, str(hit[0])):
            return None  # a typo seldom changes the first letter: "bookkeepers" no "zookeeper"
        return str(hit[0]) if hit else None

    def find(self, text: str) -> list[Mention]:
        """Every job, place and activity named in ``text``, longest first, none overlapping."""
        toks = tokens(text)
        if not toks:
            return []
        words = [t.word for t in toks]
        dropped = {i: g for i, w in enumerate(words) if (g := self._dropped_g(w)) is not None}
        corrected = {
            i: c for i, w in enumerate(words) if i not in dropped and (c := self._correct(w))
        }
        corrected = {
            i: c
            for i, c in corrected.items()
            if c not in self._place_only
            or self._place_context(toks, i, i + 1, PLACE)
            or self._opens_with_a_job_after(words, i, c)
        }
        lemmas = [dropped.get(i) or corrected.get(i) or self.lemma(w) for i, w in enumerate(words)]
        doc = Doc(self.nlp.vocab, words=words, lemmas=lemmas)
        found: list[tuple[int, int, str]] = []
        for match_id, start, end in self.matcher(doc):
            found.append((start, end, self.nlp.vocab.strings[match_id]))
        found += self._activities_around_filler(words, lemmas, found)
        found += self._fields_with_people(words, lemmas)
        for i, word in enumerate(words):  # any ZIP code is a place, even one out of state
            if _ZIP.match(word) and not any(s <= i < e for s, e, lab in found if lab == PLACE):
                found.append((i, i + 1, PLACE))
        chosen = self._with_heads(toks, lemmas, self._choose(toks, lemmas, corrected, found))
        chosen = _without_right_now(toks, _without_asked_of_them(toks, chosen))
        chosen = [m for m in chosen if not self._plural_of_a_place(m)]
        return sorted(chosen + self._terms(doc, toks, chosen), key=lambda m: m.start)

    def _dropped_g(self, word: str) -> str | None:
        """The lemma of a word typed without its final g ("runnin", "fixin"), or None.

        Only when the word as typed names nothing and the -ing word is a word of the names,
        so "cousin" or "cabin" are left alone.
        """
        if len(word) < 5 or not word.endswith("in") or self.lemma(word) in self._vocabulary_set:
            return None
        lemma = self.lemma(word + "g")
        return lemma if lemma != word + "g" and lemma in self._vocabulary_set else None

    def _plural_of_a_place(self, mention: Mention) -> bool:
        """A place found only by making its last typed word singular: "wheelers" is no Wheeler."""
        if mention.label != PLACE or mention.fuzzy or mention.kind == "zip":
            return False
        last = normalize(mention.value).split()[-1:]
        return bool(last) and singular(last[0]) != last[0] and last[0] not in self._place_ends

    def _activities_around_filler(
        self, words: list[str], lemmas: list[str], found: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """Activities written with "the", "my" inside ("cutting the fish", "fix my car")."""
        kept = [i for i, w in enumerate(words) if w not in ACTIVITY_FILLER]
        if len(kept) == len(words):
            return []
        doc = Doc(self.nlp.vocab, words=[words[i] for i in kept],
                  lemmas=[lemmas[i] for i in kept])  # fmt: skip
        known = set(found)
        out = []
        for match_id, start, end in self.matcher(doc):
            span = (kept[start], kept[end - 1] + 1, self.nlp.vocab.strings[match_id])
            if span[2] == ACTIVITY and span not in known:
                out.append(span)
        return out

    def _fields_with_people(
        self, words: list[str], lemmas: list[str]
    ) -> list[tuple[int, int, str]]:
        """A job's field followed by a people word ("the medical records ppl") names the job.

        So does the first part of a "<field> worker" name ("the maintenance guys").
        """
        out = []
        for end, word in enumerate(words):
            if word not in PEOPLE_WORDS:
                continue
            for size in range(min(4, end), 0, -1):
                field = " ".join(lemmas[end - size : end])
                if field in self.fields or (OCCUPATION, f"{field} worker") in self.entries:
                    out.append((end - size, end + 1, OCCUPATION))
                    break
        return out

    def _key(self, lemmas: list[str], start: int, end: int, label: str) -> str:
        """The entry a span matched: an activity without its filler, a field with its people."""
        key = " ".join(lemmas[start:end])
        if (label, key) in self.entries or label not in (ACTIVITY, OCCUPATION):
            return key
        if label == OCCUPATION:  # "maintenance guys" are the maintenance workers
            field = " ".join(lemmas[start : end - 1])
            worker = f"{field} worker"
            return worker if (OCCUPATION, worker) in self.entries else field
        return " ".join(w for w in lemmas[start:end] if w not in ACTIVITY_FILLER)

    def _with_heads(
        self, toks: list[_Token], lemmas: list[str], chosen: list[Mention]
    ) -> list[Mention]:
        """Each job named by its field alone, with the generic head word typed right after it.

        "civil engineering techs" asks about the technicians, not the civil engineers; the
        search finds the job the longer words name (or says it found none, never the field's).
        """
        taken = {i for m in chosen for i, t in enumerate(toks) if m.start <= t.start < m.end}
        out = []
        for mention in chosen:
            last = max(i for i, t in enumerate(toks) if mention.start <= t.start < mention.end)
            after = last + 1
            if (
                mention.label == OCCUPATION
                and after < len(toks)
                and after not in taken
                and lemmas[after] in self.generic_heads
                and singular(toks[last].word) not in self.generic_heads  # "engineering" is no head
            ):
                # No ids: the field's job is not the one named; the search looks the words up.
                mention = Mention(mention.label, mention.start, toks[after].end, "",
                                  f"{mention.value} {toks[after].word}", (), "qualified",
                                  mention.fuzzy)  # fmt: skip
            out.append(mention)
        return out

    def _terms(self, doc: Doc, toks: list[_Token], chosen: list[Mention]) -> list[Mention]:
        """Education, interest and sort phrases, longest first, off the words already taken."""
        taken = {
            i for m in chosen if m.label != ACTIVITY
            for i, t in enumerate(toks) if m.start <= t.start < m.end
        }  # fmt: skip
        places = {i for m in chosen if m.label == PLACE for i, t in enumerate(toks)
                  if t.start == m.start}  # fmt: skip
        found = [(s, e, self.nlp.vocab.strings[m]) for m, s, e in self.terms_matcher(doc)]
        out: list[Mention] = []
        for start, end, label in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            if taken & set(range(start, end)):
                continue
            if toks[start].word == "outside" and end in places:  # "outside jackson": a place
                continue
            taken |= set(range(start, end))
            words = " ".join(toks[i].word for i in range(start, end))
            value = self.terms[(label, words)]
            out.append(Mention(label, toks[start].start, toks[end - 1].end, "", words,
                               (value,), "explore", False))  # fmt: skip
        return out

    def _choose(
        self,
        toks: list[_Token],
        lemmas: list[str],
        corrected: dict[int, str],
        found: list[tuple[int, int, str]],
    ) -> list[Mention]:
        taken: set[int] = set()
        chosen_places: set[tuple[int, int]] = set()
        out: list[Mention] = []
        # Longest first ("driving trucks" is an activity, not the job "trucks"), jobs and
        # places before an activity of the same length, then the earliest; a place before a
        # job on the very same words.
        order = sorted(found, key=lambda f: (f[0] - f[1], f[2] == ACTIVITY, f[0], f[2] != PLACE))
        # An employer with one site ("ingalls") is where the job is and the jobs it stands
        # for: its place and its workplace are both kept on the same words.
        for start, end, label in order:
            twin = label == ACTIVITY and (start, end) in chosen_places
            if taken & set(range(start, end)) and not twin:
                continue
            key = (label, self._key(lemmas, start, end, label))
            ids, kind, common = self.entries.get(key, ((), "zip", False))
            if label == OCCUPATION and key not in self.entries:
                ids, kind = self.fields.get(key[1], ()), "field"  # "medical records ppl"
            if common and end - start == 1 and not self._place_context(toks, start, end, label):
                continue
            if key[1] in self.reversed and not toks[end - 1].word.endswith("ing"):
                continue  # "hair braiding" is the activity; "hair braids" are no job
            if twin and kind != "workplace":
                continue
            taken |= set(range(start, end))
            if label == PLACE:
                chosen_places.add((start, end))
            value = " ".join(
                corrected[i] if i in corrected else toks[i].word for i in range(start, end)
            )
            last = end - 1
            if kind == "town" and end < len(toks) and toks[end].word in STATE_AFTER_TOWN_WORDS:
                # Written as an address, a name that is also a county elsewhere means the
                # town: the value keeps the state ("quitman ms").
                last = end
                taken.add(end)
                value += " ms"
            out.append(
                Mention(
                    label=label,
                    start=toks[start].start,
                    end=toks[last].end,
                    text="",
                    value=value,
                    ids=ids,
                    kind=kind,
                    fuzzy=any(i in corrected for i in range(start, end)),
                )
            )
        return _one_place_per_name(sorted(out, key=lambda m: m.start))

    def _opens_with_a_job_after(self, words: list[str], i: int, corrected: str) -> bool:
        """A misspelled town first, then a job word: "hattiesbrg rn pay", "tupleo welder pay".

        A typo seldom changes the first letter ("pleaes" is no Leake), and a Spanish
        question word is no town ("cuanto electricista" is not Canton).
        """
        return (
            i == 0
            and len(words) > 1
            and words[0][0] == corrected[0]
            and words[0] not in SPANISH_OPENERS
            and self.lemma(words[1]) in self._job_words
        )

    @staticmethod
    def _place_context(toks: list[_Token], start: int, end: int, label: str) -> bool:
        """An everyday word counts as a place only right after "in"/"near" or before "ms"."""
        if label != PLACE:
            return False
        before = toks[start - 1].word if start > 0 else ""
        after = toks[end].word if end < len(toks) else ""
        opens_question = start == 0 and after in QUESTION_OPENERS
        return before in PLACE_BEFORE or after in PLACE_AFTER or opens_question


# "do they write code or run the machines": a question about the job just talked about.
ASKED_OF = frozenset(["do", "does", "did", "can", "will", "would", "dont", "doesnt"])
THEM = frozenset(["they", "he", "she", "it"])
JOINED = frozenset(["or", "and"])


# First letters a student swaps by sound ("kashier", "fysical therapist", "sertified").
_SOUNDS_ALIKE = ({"c", "k", "s"}, {"f", "p"})


def _same_first_sound(typed: str, name: str) -> bool:
    """Whether a typed word may be a typo of ``name``: the same first letter, or one like it."""
    first, other = typed[:1], name[:1]
    return first == other or any(first in group and other in group for group in _SOUNDS_ALIKE)


def _without_right_now(toks: list[_Token], chosen: list[Mention]) -> list[Mention]:
    """The mentions minus a last "rn" after another job: "... make in ocean springs rn".

    Texted at the end of a question about another job, "rn" is "right now", not a nurse;
    alone ("hattiesbrg rn pay") or first ("an rn make rn") it is the nurse.
    """
    last = toks[-1] if toks else None
    if last is None or last.word != "rn":
        return chosen
    jobs = [m for m in chosen if m.label in (OCCUPATION, ACTIVITY)]
    if len(jobs) < 2 or jobs[-1].start != last.start:
        return chosen
    return [m for m in chosen if m is not jobs[-1]]


def _without_asked_of_them(toks: list[_Token], chosen: list[Mention]) -> list[Mention]:
    """The mentions minus what someone does right after "do they" / "does she".

    "what is a cnc programmer || like do they write code or run the machines" asks what the
    job named before does; "write code" there names no job of its own. "how much do they
    make fixing cars" still asks about fixing cars.
    """
    after = {toks[i + 2].start for i in range(len(toks) - 2)
             if toks[i].word in ASKED_OF and toks[i + 1].word in THEM}  # fmt: skip
    if not after:
        return chosen
    out = []
    for mention in chosen:
        if mention.label == ACTIVITY and mention.start in after:
            # "... or run the machines": the next activity joined to it is asked too.
            following = [t for t in toks if t.start >= mention.end]
            if len(following) > 1 and following[0].word in JOINED:
                after.add(following[1].start)
            continue
        out.append(mention)
    return out


def _generic(heads: dict[str, set[str]]) -> frozenset[str]:
    """People words heading several official titles, and the short forms standing for them."""
    generic = {head for head, socs in heads.items() if len(socs) >= GENERIC_HEAD_TITLES}
    shorts = {short for short, full in ABBREVIATIONS.items() if any(f in generic for f in full)}
    return frozenset(generic | shorts)


def _one_place_per_name(mentions: list[Mention]) -> list[Mention]:
    """Two places side by side that name one place, kept once.

    The state after a town ("new albany ms") is part of the town; a direction before a place
    is its side ("west hattiesburg", never West in Attala County).
    """
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous is None or mention.label != PLACE or previous.label != PLACE:
            out.append(mention)
            continue
        gap = mention.start - previous.end
        if mention.kind == "state" and previous.kind != "state" and gap <= 2:
            continue
        if previous.value in DIRECTIONS and gap <= 1:
            out.pop()
        out.append(mention)
    return out


def with_text(message: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with ``text`` filled in from the message."""
    return [
        Mention(m.label, m.start, m.end, message[m.start : m.end], m.value, m.ids, m.kind, m.fuzzy)
        for m in mentions
    ]


class _Cache:
    """One finder per patterns file per process, reloaded when the file changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._finders: dict[Path, tuple[float, MentionFinder]] = {}

    def __call__(self, path: Path) -> MentionFinder:
        stamp = path.stat().st_mtime
        with self._lock:
            cached = self._finders.get(path)
            if cached is None or cached[0] != stamp:
                cached = (stamp, MentionFinder.from_file(path))
                self._finders[path] = cached
            return cached[1]


finder_for = _Cache()


def find_mentions(text: str, path: Path) -> list[Mention]:
    """Jobs, places and activities in ``text``, from the patterns file at ``path``."""
    found = with_text(text, list(finder_for(path).found_in(text)))
    return without_places_set_aside(text, without_where_it_is_done(text, found))


def without_places_set_aside(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions minus a place turned down beside another place.

    "the golden triangle one not georgia": Columbus, Mississippi, never Georgia's.
    """
    places = [m for m in mentions if m.label == PLACE]
    lowered = text.lower()
    aside = [m for m in places if SET_ASIDE.search(lowered[: m.start])]
    if not aside or len(aside) == len(places):
        return mentions
    return [m for m in mentions if m not in aside]


# "the ladies that clean your teeth at the dentist", "fixing airplanes like the mechanics at
# the base": after what someone does, a job word is where it is done, or whom it is like.
WHERE_OR_LIKE_BEFORE = re.compile(r"\b(at|like) (a|an|the)\s*$")
# "the ones runnin the skidders and cutters": a job word joined to what is done, ending the
# clause, is one more thing done ("fixing cars and welders make good money" names welders).
JOINED_TO_IT = re.compile(r"\s*(,|and|or|n|&)\s*(the |their |them )?")
CLAUSE_END = re.compile(r"\s*($|[,.!?;]|(and|n) (stuff|things|all that|all)\b)")


def without_where_it_is_done(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions minus a lone job word that only says where, or like whom, an activity is done.

    The job word must follow the activity, after "at the" or "like the" or joined to it by
    "and", and name none of the activity's jobs ("cutting hair like the barbers" keeps the
    barbers).
    """
    jobs = [m for m in mentions if m.label == OCCUPATION]
    if len(jobs) != 1:
        return mentions
    job = jobs[0]
    doing = [
        m
        for m in mentions
        if m.label == ACTIVITY and m.kind != "workplace" and m.end <= job.start
        and not set(m.ids) & set(job.ids)
    ]  # fmt: skip
    if doing and WHERE_OR_LIKE_BEFORE.search(text[: job.start].lower()):
        return [m for m in mentions if m is not job]
    ends = CLAUSE_END.match(text[job.end :].lower())
    if ends and any(JOINED_TO_IT.fullmatch(text[m.end : job.start].lower()) for m in doing):
        return [m for m in mentions if m is not job]  # "runnin the skidders and cutters"
    return mentions


def first(mentions: Iterable[Mention], label: str) -> Mention | None:
    """The first mention with this label, or None."""
    return next((m for m in mentions if m.label == label), None)


def iter_label(mentions: Iterable[Mention], label: str) -> Iterator[Mention]:
    """The mentions with this label, in order."""
    return (m for m in mentions if m.label == label)
