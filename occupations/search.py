"""Occupation search: what a student types -> ranked SOC matches, ambiguity reported.

Names come from the database (BLS and O*NET titles, My Next Move and reported titles,
O*NET alternates and short titles, and the project's own list of student words); the
index is built once per database and reused for every query.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from occupations.cache import PerDatabase
from occupations.models import Occupation, OccupationName
from occupations.text import (
    ABBREVIATIONS,
    MAX_QUERY_CHARS,
    PEOPLE_WORDS,
    fold,
    short_title,
    title_fields,
)
from occupations.types import Match, SearchResult

# How much a kind of name is trusted when several occupations share it.
KIND_WEIGHT = {
    "student": 6,
    "title": 5,
    "onet_title": 5,
    "my_next_move": 4,
    "work": 4,  # "massage therapy": the work of one title's people
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
    one day later someone person people ppl guy guys folks who thinking think maybe kinda sorta
    really please pls plz hey hi yo ya
    """.split()  # noqa: SIM905 - a word list reads better as prose
}
MAX_VARIANTS = 8
PEOPLE = {fold(word) for word in PEOPLE_WORDS}
# Among names of one kind shared by several jobs, the job this many times more common is
# what a student means ("realtor": sales agents, not brokers; "ironworker": structural).
DOMINANCE = 3.0
GENERIC_HEAD = 3
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
        # Head noun -> how many titles it heads ("operator": dozens, "realtor": none).
        self.head_counts = Counter(h for title in titles.values() for h in title_heads(title))
        # A title's field -> its jobs: "the medical records ppl" are Medical Records Specialists.
        self.by_field: dict[str, set[str]] = defaultdict(set)
        for soc, title in titles.items():
            for text in {title, short_title(title)}:
                for field in title_fields(text):
                    self.by_field[fold(field)].add(soc)

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

        # "customer service reps", "surgical tech": the short form and the whole words
        # compete on their kind of name.
        exact = [name for variant in variants(core) for name in self.by_folded.get(variant, [])]
        if exact:
            return self._rank_exact(text, exact, limit)
        if words[-1] in PEOPLE and len(words) > 1:
            # "maintenance guys" are the maintenance workers, never "sign maintenance"
            worker = " ".join([*(w for w in words[:-1] if w not in FILLER), "worker"])
            exact = [n for variant in variants(worker) for n in self.by_folded.get(variant, [])]
            if exact:
                return self._rank_exact(text, exact, limit)
            by_field = self._by_field(text, words[:-1], limit)
            if by_field is not None:
                return by_field
        return self._rank_fuzzy(text, core, limit)

    def _by_field(self, text: str, words: list[str], limit: int) -> SearchResult | None:
        """The jobs of the field named before a people word ("medical records ppl")."""
        while words and words[0] in FILLER:
            words = words[1:]
        socs = self.by_field.get(" ".join(words))
        if not socs:
            return None
        ranked = sorted(socs, key=lambda soc: (-self.sizes.get(soc, 0), self.titles[soc]))
        matches = [Match(soc, self.titles[soc], 100.0, self.titles[soc]) for soc in ranked[:limit]]
        return SearchResult(text, matches, ambiguous=len(ranked) > 1)

    def names_in(self, text: str, max_words: int = 5) -> list[str]:
        """Whole names of jobs written inside ``text``, longest first, none overlapping.

        Every kind of name counts (O*NET's alternates too: "landscaper", "medical coder"),
        matched word for word after folding; a span of filler words alone is never a name.
        """
        words = fold(text[:MAX_QUERY_CHARS]).split()
        spans = [
            (start, start + size)
            for size in range(min(max_words, len(words)), 0, -1)
            for start in range(len(words) - size + 1)
            if " ".join(words[start : start + size]) in self.by_folded
            and not all(w in FILLER for w in words[start : start + size])
        ]
        taken: set[int] = set()
        found = []
        for start, end in spans:
            if taken & set(range(start, end)):
                continue
            taken |= set(range(start, end))
            found.append(" ".join(words[start:end]))
        return found

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
        # Two jobs the project's own table gives one word ("logger", "farm hand") are asked.
        if len(leaders) > 1 and top < KIND_WEIGHT["student"]:
            leaders = self._settle(fold(text), leaders)
            chosen = {n.soc for n in leaders}
            ranked = leaders + [n for n in ranked if n.soc not in chosen]
        # One word that heads many titles ("operator", "tech") names no job by O*NET's word
        # alone.
        words = [w for w in fold(text).split() if w not in FILLER] or fold(text).split()
        vague = (
            len(words) == 1
            and any(
                self.head_counts.get(word, 0) >= GENERIC_HEAD
                for word in (words[0], *ABBREVIATIONS.get(words[0], ()))
            )
            and top < KIND_WEIGHT["title"]
            and len(ranked) > 1
        )
        ambiguous = len(leaders) > 1 or vague
        if ambiguous:
            ranked = self._offered(words, ranked)
        matches = [
            Match(n.soc, self.titles[n.soc], 100.0 - 2 * (top - n.weight), n.text)
            for n in ranked[:limit]
        ]
        return SearchResult(text, matches, ambiguous=ambiguous)

    def _offered(self, words: list[str], ranked: list[_Name]) -> list[_Name]:
        """The order to offer shared-name jobs in: those the typed head noun heads first.

        "engineers" offers Civil, Industrial and Mechanical Engineers before Ship Engineers or
        Computer Network Architects (who are "engineers" by an O*NET alternate only); a bare
        head noun is ordered by how common the job is, O*NET's name kinds saying little there,
        after the jobs the project's student table gives the word.
        """
        words = [w for w in words if w not in FILLER] or words
        head = words[-1] if words else ""

        def order(name: _Name) -> tuple[bool, bool, int, float]:
            heads = title_heads(self.titles[name.soc])
            weight = 0 if len(words) == 1 else name.weight
            # The project's own table first: "therapist" offers the counselors a student means.
            curated = name.weight >= KIND_WEIGHT["student"]
            return not curated, head not in heads, -weight, -self.sizes.get(name.soc, 0.0)

        return sorted(ranked, key=order)

    def _settle(self, typed: str, leaders: list[_Name]) -> list[_Name]:
        """The jobs, among those sharing the name, that the words typed point at.

        The official title that holds the typed head noun and most typed words wins ("fast
        food worker": Fast Food and Counter Workers, not Cooks, Fast Food; "cnc operator":
        Computer Numerically Controlled Tool Operators); then a job many times more common.
        """
        words = [w for w in typed.split() if w not in FILLER] or typed.split()

        def fit(name: _Name) -> tuple[bool, int]:
            heads = title_heads(self.titles[name.soc])
            title = fold(self.titles[name.soc])
            named = set(title.split()) | acronyms(title)
            return bool(words) and words[-1] in heads, sum(w in named for w in words)

        best = max(fit(n) for n in leaders)
        kept = [n for n in leaders if fit(n) == best]
        # A word that heads many titles ("operator", "clerk") stays a question.
        generic = self.head_counts.get(words[-1] if words else "", 0) >= GENERIC_HEAD
        sizes = sorted((self.sizes.get(n.soc, 0.0) for n in kept), reverse=True)
        if len(kept) > 1 and not generic and sizes[1] > 0 and sizes[0] >= DOMINANCE * sizes[1]:
            kept = [max(kept, key=lambda n: self.sizes.get(n.soc, 0.0))]
        return kept

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


def title_heads(title: str) -> set[str]:
    """The head noun of each part of a title ("Cooks, Fast Food" -> cook, food)."""
    parts = [fold(part) for part in re.split(r",| and ", title)]
    return {part.split()[-1] for part in parts if part}


def variants(core: str) -> list[str]:
    """The typed words and their expansions ("surgical tech" -> "surgical technologist")."""
    out = [""]
    for word in core.split():
        options = (word, *ABBREVIATIONS.get(word, ()))
        out = [f"{done} {option}".strip() for done in out for option in options][:MAX_VARIANTS]
    return out


def acronyms(title: str) -> set[str]:
    """Initials of two to four consecutive words ("computer numerically controlled" -> "cnc")."""
    words = title.split()
    return {
        "".join(w[0] for w in words[i : i + size])
        for size in (2, 3, 4)
        for i in range(len(words) - size + 1)
    }


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


def job_names_in(*, session: Session, text: str) -> list[str]:
    """Whole job names written inside ``text``, longest first (see ``OccupationIndex.names_in``)."""
    return index_for(session).names_in(text)
