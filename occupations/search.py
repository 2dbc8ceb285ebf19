"""Occupation search: what a student types -> ranked SOC matches, ambiguity reported.

Names come from the database (BLS and O*NET titles, My Next Move and reported titles,
O*NET alternates and short titles, and the project's own list of student words); the
index is built once per database and reused for every query.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from occupations.cache import PerDatabase
from occupations.models import Occupation, OccupationName
from occupations.text import MAX_QUERY_CHARS, fold
from occupations.types import Match, SearchResult

# How much a kind of name is trusted when several occupations share it.
KIND_WEIGHT = {
    "student": 6,
    "title": 5,
    "onet_title": 5,
    "my_next_move": 4,
    "short": 3,
    "reported": 2,
    "alternate": 1,
}
# Words that carry no occupation: "im tryna be a welder" -> "welder".
FILLER = {
    fold(word)
    for word in """
    i im m am a an the to be become becoming tryna trying try want wanna wana gonna going
    how much do does did what whats wat is are make makes making earn earns pay paid get
    job jobs career work working as like would should could my u you your for about being
    me tell know of in on at around near here there salary money wage wages dream someday
    one day later someone person people who thinking think maybe kinda sorta really please
    pls plz hey hi yo ya
    """.split()  # noqa: SIM905 - a word list reads better as prose
}
SOC_CODE = re.compile(r"^\d{2}-?\d{4}$")
FUZZY_CUTOFF = 80.0
WORD_CUTOFF = 75.0
MIN_LIKENESS = 75.0
AMBIGUITY_MARGIN = 4.0
WORD_AGREEMENT = 80.0


@dataclass(frozen=True)
class _Name:
    soc: str
    text: str
    folded: str
    weight: int


class OccupationIndex:
    """All names of all occupations, folded for comparison."""

    def __init__(
        self, names: list[_Name], titles: dict[str, str], sizes: dict[str, float] | None = None
    ) -> None:
        self.titles = titles
        # National employment: among equally good names, the common job comes first.
        self.sizes = sizes or {}
        self.names = names
        self.by_folded: dict[str, list[_Name]] = defaultdict(list)
        for name in names:
            self.by_folded[name.folded].append(name)
        self.choices = list(self.by_folded)
        # Word -> names containing it: a typo is corrected word by word against this
        # vocabulary first, so the costly whole-name scoring runs on a few hundred names.
        self.by_word: dict[str, set[str]] = defaultdict(set)
        for folded in self.choices:
            for word in folded.split():
                self.by_word[word].add(folded)
        self.words = list(self.by_word)

    @classmethod
    def load(cls, session: Session) -> OccupationIndex:
        """Read every name once from the database."""
        rows = session.execute(
            select(Occupation.soc, Occupation.title, Occupation.employment_2024).where(
                Occupation.level == "detailed"
            )
        ).all()
        titles = {soc: title for soc, title, _ in rows}
        sizes = {soc: float(size or 0) for soc, _, size in rows}
        names = [
            _Name(soc, text, fold(text), KIND_WEIGHT.get(kind, 0))
            for soc, text, kind in session.execute(
                select(OccupationName.soc, OccupationName.name, OccupationName.kind)
            )
            if soc in titles
        ]
        return cls(names, titles, sizes)

    def search(self, text: str, limit: int = 5) -> SearchResult:
        """Rank occupations for ``text``; ``ambiguous`` when no single one clearly fits."""
        query = text.strip()[:MAX_QUERY_CHARS]
        if SOC_CODE.match(query):
            soc = query if "-" in query else f"{query[:2]}-{query[2:]}"
            if soc in self.titles:
                return SearchResult(text, [Match(soc, self.titles[soc], 100.0, soc)], False)
        words = fold(query).split()
        # Repeated words ("welder welder welder") say no more than one of them.
        kept = list(dict.fromkeys(w for w in words if w not in FILLER)) or words
        core = " ".join(kept)
        if not core:
            return SearchResult(text, [], False)

        exact = self.by_folded.get(core)
        if exact:
            return self._rank_exact(text, exact, limit)
        return self._rank_fuzzy(text, core, limit)

    def _rank_exact(self, text: str, names: list[_Name], limit: int) -> SearchResult:
        best: dict[str, _Name] = {}
        for name in names:
            if name.soc not in best or name.weight > best[name.soc].weight:
                best[name.soc] = name
        ranked = sorted(
            best.values(), key=lambda n: (-n.weight, -self.sizes.get(n.soc, 0), self.titles[n.soc])
        )
        top = ranked[0].weight
        leaders = [n for n in ranked if n.weight == top]
        matches = [
            Match(n.soc, self.titles[n.soc], 100.0 - 2 * (top - n.weight), n.text)
            for n in ranked[:limit]
        ]
        return SearchResult(text, matches, ambiguous=len(leaders) > 1)

    def _rank_fuzzy(self, text: str, core: str, limit: int) -> SearchResult:
        candidates: set[str] = set()
        for word in core.split():
            for similar, _, _ in process.extract(
                word, self.words, scorer=fuzz.ratio, limit=8, score_cutoff=WORD_CUTOFF
            ):
                candidates |= self.by_word[similar]
        hits = process.extract(
            core, list(candidates), scorer=fuzz.WRatio, limit=60, score_cutoff=FUZZY_CUTOFF
        )
        per_soc: dict[str, tuple[float, _Name]] = {}
        for folded, score, _ in hits:
            # Whole-name likeness guards against one shared word ("table") carrying a match.
            base = 0.5 * score + 0.5 * fuzz.ratio(core, folded)
            if base < MIN_LIKENESS or not words_agree(core, folded):
                continue
            for name in self.by_folded[folded]:
                adjusted = base + name.weight
                if name.soc not in per_soc or adjusted > per_soc[name.soc][0]:
                    per_soc[name.soc] = (adjusted, name)
        ranked = sorted(per_soc.items(), key=lambda item: -item[1][0])[:limit]
        matches = [
            Match(soc, self.titles[soc], round(min(score, 100.0), 1), name.text)
            for soc, (score, name) in ranked
        ]
        ambiguous = len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] < AMBIGUITY_MARGIN
        return SearchResult(text, matches, ambiguous)


def words_agree(query: str, name: str) -> bool:
    """Every word typed is (close to) a word of the name, and so is the name's head noun.

    A near miss must not carry a different job: "hair braider" is not "hat braider",
    "youtuber" is not "tuber", a "nurse aide" is not a "nurse".
    """
    typed, named = query.split(), name.split()

    def close(word: str, others: list[str]) -> bool:
        return any(fuzz.ratio(word, other) >= WORD_AGREEMENT for other in others)

    # The head of each part of "Automotive Service Technicians and Mechanics" is a head noun
    # too, when that part names a job of its own (two words or more, not "medical and ...").
    heads = [named[-1]] + [
        part.split()[-1] for part in name.split(" and ")[:-1] if len(part.split()) >= 2
    ]
    return all(close(word, named) for word in typed) and any(close(h, typed) for h in heads)


# The index for the session's database, built on first use and kept.
index_for = PerDatabase(OccupationIndex.load)


def search_occupations(*, session: Session, text: str, limit: int = 5) -> SearchResult:
    """Ranked occupations for what a student typed (typos, slang and abbreviations)."""
    return index_for(session).search(text, limit)
