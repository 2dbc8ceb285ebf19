"""Crisis text in one canonical form: teen slang spelled out, misspellings corrected.

The crisis rules (:mod:`bot.nlu.crisis_patterns`) are written once, on this form, so they
also match "kms", "unalive", "sewer slide", "i wanna dieee" or "suicidel" without a rule for
each spelling. Misspellings are corrected by edit distance against a short list of rare
crisis words only (never common words, so "amused" does not become "abused"). Pure Python:
it runs in the Rasa and the app environments alike, with no model or database.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Whole tokens that stand for words the rules know (slang, texting, common misspellings).
SLANG: dict[str, str] = {
    "kms": "kill myself",
    "kys": "kill myself",
    "unalive": "suicide",
    "unaliving": "suicide",
    "unalived": "suicide",
    "sewerslide": "suicide",
    "sewerslid": "suicide",
    "sewersiide": "suicide",
    "selfdelete": "suicide",
    "ctb": "suicide",
    "selfharm": "selfharm",
    "selfharming": "selfharm",
    "wanna": "want to",
    "wana": "want to",
    "wnat": "want",
    "wnt": "want",
    "wnna": "want to",
    "wanan": "want to",
    "idw": "i dont want",
    "idwt": "i dont want to",
    "idwtl": "i dont want to live",
    "idwtla": "i dont want to live anymore",
    "kiero": "quiero",
    "qiero": "quiero",
    "quero": "quiero",
    "kero": "quiero",
    "d13": "die",
    "di3": "die",
    "dissapear": "disappear",
    "disapear": "disappear",
    "dissappear": "disappear",
    "w": "with",
    "whant": "want",
    "gonna": "going to",
    "gunna": "going to",
    "finna": "going to",
    "ima": "i am going to",
    "imma": "i am going to",
    "tryna": "trying to",
    "bout": "about",
    "kil": "kill",
    "kiil": "kill",
    "kll": "kill",
    "slef": "self",
    "sefl": "self",
    "diee": "die",
    "ded": "dead",
    "2": "to",
    "u": "you",
    "ur": "your",
    "cuz": "because",
    "bc": "because",
    "rn": "right now",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrow": "tomorrow",
    "tomorow": "tomorrow",
    "nomore": "no more",
    "noone": "no one",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "stepdad": "step dad",
    "stepmom": "step mom",
    "stepfather": "step dad",
    "stepmother": "step mom",
    "mom's": "mom",
    "dad's": "dad",
    "pls": "please",
    "od'ing": "oding",
    "cuttin": "cutting",
    "ion": "i dont",
    "wan": "want",
    "wamt": "want",
    "dnt": "dont",
    "killin": "killing",
    "dyin": "dying",
    "livin": "living",
    "offing": "killing",
    "abt": "about",
    "ppl": "people",
    # Round 11: "kill urself", "w/o me", "s/h".
    "urself": "yourself",
    "yourslef": "yourself",
}

# Several tokens that stand for one word.
PHRASES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(pattern), replacement)
    for pattern, replacement in [
        (r"\bsewer ?-? ?slid(?:e|ing|ed)?\b", "suicide"),
        (r"\bself ?-? ?(?:delete|deleting|unalive)\b", "suicide"),
        (r"\bun ?-? ?aliv(?:e|ing|ed)\b", "suicide"),
        (r"\bself ?-? ?harm(?:ing|ed)?\b", "selfharm"),
        (r"\bmy ?self\b", "myself"),
        (r"\bme self\b", "myself"),
        (r"\bmy own self\b", "myself"),
        (r"\bto to\b", "to"),
        (r"\bcatch(?:ing)? the bus\b(?= for good| forever)", "suicide"),
        (r"\bsuicide(?: myself)?\b", "suicide"),
        (r"\b(it|this|life) no more\b", r"\1 anymore"),
        # Round 11: "w/o" (the slash is a space by now, and "w" already "with"), "s/h".
        (r"\bwith o\b", "without"),
        (r"\bs h\b", "selfharm"),
        # Round 12: "b" for "be" after a verb ("i dont wanna b here no more").
        (
            r"\b(to|will|cant|dont|wont|never|should|could|would|might|not|just|ill|gotta) b\b",
            r"\1 be",
        ),
    ]
]

# Rare words a misspelling is corrected to (first letter kept; edit distance 1, or 2 for
# words of 8 letters and more). Common words are left out on purpose.
FUZZY_WORDS = (
    "suicide",
    "suicidal",
    "myself",
    "overdose",
    "overdosed",
    "molested",
    "trafficked",
    "sewerslide",
    "strangled",
)
_FUZZY_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _word in FUZZY_WORDS:
    _FUZZY_BY_LETTER[_word[0]] = (*_FUZZY_BY_LETTER.get(_word[0], ()), _word)
_FUZZY_TARGET = {"sewerslide": "suicide"}
# Everyday words within reach of a crisis word, never corrected ("stranger" is not "strangled").
# Round 9: "stranded at a truck stop" had been read as "strangled".
_KEEP = frozenset(
    ("stranger", "strangers", "strange", "overdue", "overdone", "mislead", "stranded", "strangely")
    # Round 10: Spanish "molesto" (annoying) had been read as "molested".
    + ("molesto", "molesta", "molestos", "molestas", "molestar", "molestan", "molestia")
)

_CENSORED = {  # "r*pe", "k*ll", "s*icide": a star hides one or two letters
    "rape": "rape",
    "raped": "raped",
    "kill": "kill",
    "suicide": "suicide",
    "suicidal": "suicidal",
}
_NOT_WORD = re.compile(r"[^\w*\s-]")
_OD = re.compile(r"\bod'(?:d|ed)\b")
# Emoji that stand for a crisis word ("💀" is left out: "i'm dead 💀" is laughter).
_EMOJI = {"🔪": "knife", "🩸": "blood", "💊": "pills", "🔫": "gun", "⚰": "coffin", "🪦": "grave"}
# Letters typed as digits or symbols ("k1ll", "d!e", "su1c1de", "h@ng", "5u1c1d3", "t0", "ki11").
_LEET = {"1": "i", "!": "i", "3": "e", "0": "o", "4": "a", "@": "a", "$": "s", "5": "s", "7": "t"}
# A token with letters and such characters (the digits of "2pm", "38655" or "$15" are never
# read as letters: a token without a letter, or a number before a unit, is left alone).
_LEET_TOKEN = re.compile(r"[a-z0-9@$!]*[a-z][a-z0-9@$!]*")
_UNIT = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|a|p|s|k|m|x|yo|y|yr|yrs|hr|hrs|h|min|mins|mph|lb|lbs|ft|in|oz|gb|"
    r"mb|tb|g|mg|ml|cm|mm|km|ish|ers|v\d+)"
)
# Whole tokens written with digits for sounds ("b4", "2nite", "h8").
_NUMBER_WORDS = {
    "b4": "before",
    "2day": "today",
    "2nite": "tonight",
    "2night": "tonight",
    "2morrow": "tomorrow",
    "2moro": "tomorrow",
    "2mrw": "tomorrow",
    "4ever": "forever",
    "4eva": "forever",
    "h8": "hate",
    "l8r": "later",
    "gr8": "great",
    "w8": "wait",
    "some1": "someone",
    "any1": "anyone",
    "no1": "no one",
    "every1": "everyone",
}
# "2" for "to" between words run together ("want2die", "need2go", "going2 end it", "2die").
_TWO = re.compile(
    r"(?<=[a-z]{2})2(?=[a-z]{2,})|(?<=\b(?:want|need|have|plan|hope|wish))2\b|"
    r"(?<=\b(?:going|ready|wanna|tryna|about))2\b|\b2(?=(?:die|kill|live|be|end|hurt|cut|"
    r"sleep|stop|exist|disappear)\b)"
)
# A "2" after a counted thing ("hour 2", "algebra 2", "day 2") is a number, never "to"
# (round 12), unless a verb that "2" stands before follows ("1 day 2 live").
_COUNTED = re.compile(
    r"\b(hour|day|week|level|part|chapter|period|round|page|step|game|season|episode|algebra|"
    r"geometry|calculus|spanish|french|english|biology|chemistry|physics|grade|block|unit|"
    r"number|class|room|floor|lane|gate|book|volume|act|scene|quarter|semester|year|test|quiz|"
    r"lesson|module|stage|phase|rank|tier|section|question|problem) 2\b"
    r"(?! (?:die|kill|live|be|end|hurt|cut|sleep|stop|exist|disappear|go)\b)"
)
# A dropped final g ("wantin", "thinkin", "nothin"): put back, except in words that end so.
_DROPPED_G = re.compile(r"\b([a-z]{2,}[^aeiou\W\d]in|bein|doin|goin|dyin|cryin|tryin|sayin)\b")
_ENDS_IN_IN = frozenset(
    (
        *("cousin", "cousins", "within", "begin", "basin", "raisin", "cabin", "margin"),
        *("robin", "latin", "satin", "origin", "toxin", "vitamin", "penguin", "violin"),
        *("dolphin", "coffin", "muffin", "pumpkin", "napkin", "griffin", "martin", "austin"),
        *("justin", "dustin", "kevin", "calvin", "gavin", "colin", "admin", "jardin"),
        *("joplin", "insulin", "goblin", "javelin", "aspirin", "heroin", "cumin", "chaplin"),
        *("franklin", "mandolin", "kremlin", "denim", "sin", "fin"),
        *("melatonin", "serotonin", "protein", "penicillin", "amoxicillin", "gabapentin"),
        *("metformin", "captain", "mountain", "certain", "curtain", "again", "bargain"),
    )
)
_REPEATS = re.compile(r"(\w)\1{2,}")


_SH_DONE = re.compile(r"\bsh'(?:d|ed)\b")


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Words a token spelled with digits may stand for: the crisis words and common short ones."""
    from bot.nlu.crisis_lexicon import CLASSES

    slang = {word for value in SLANG.values() for word in value.split()}
    common = "to too no so me do go the is it at of on in up all am an as be by he we us or not"
    return frozenset((*CLASSES, *_JOINED_WORDS, *FUZZY_WORDS, *SLANG, *slang, *common.split()))


@lru_cache(maxsize=4096)
def _unleet(token: str) -> str:
    """``token`` with its digits and symbols read as letters, when that spells a word.

    A known word wins ("ki11" -> "kill", "5u1c1d3" -> "suicide", "t0" -> "to"); otherwise
    only characters between letters are read ("d0nt" -> "dont", "w4nt" -> "want"), so that
    "ps4", "i55" and "2pm" stay as they are.
    """
    if token in _NUMBER_WORDS:
        return _NUMBER_WORDS[token]
    if token.isalpha() or _UNIT.fullmatch(token):
        return token
    mapped = [(_LEET.get(ch, ch), "l" if ch == "1" else _LEET.get(ch, ch)) for ch in token]
    as_i = "".join(first for first, _ in mapped)
    as_l = "".join(second for _, second in mapped)
    if as_i.isalpha():
        if as_i in _vocabulary():
            return as_i
        if as_l in _vocabulary():
            return as_l
    inside = _LEET_INSIDE.sub(lambda found: "".join(_LEET[ch] for ch in found.group()), token)
    return inside


_LEET_INSIDE = re.compile(r"(?<=[a-z])[1!304@$57]+(?=[a-z])")


def plain(text: str) -> str:
    """Lower case, no accents, no apostrophes, single spaces; other punctuation is a space."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = _OD.sub("overdosed", text)  # "od'd" would become "odd"
    for emoji, word in _EMOJI.items():
        text = text.replace(emoji, f" {word} ")
    text = _SH_DONE.sub("sh", text)  # "sh'd again" (self-harmed) would become "shd"
    text = re.sub(r"(\w)'(\w)", r"\1\2", text)  # don't -> dont, i'm -> im, i'd -> id
    text = _COUNTED.sub(r"\1 two", text)  # "hour 2 of cutting grass" is a number, not "to"
    text = _TWO.sub(" to ", text)
    text = _LEET_TOKEN.sub(lambda found: _unleet(found.group()), text)
    text = _NOT_WORD.sub(" ", text)
    return " ".join(text.split())


def damerau(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance between ``a`` and ``b`` (``limit + 1`` once above)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


@lru_cache(maxsize=4096)
def correct(token: str) -> str:
    """``token`` spelled as the crisis word it nearly is ("suicidel" -> "suicidal")."""
    if token in SLANG:
        return SLANG[token]
    if "*" in token:
        pattern = re.compile(re.escape(token).replace(r"\*", ".{1,2}"))
        return next((word for word in _CENSORED if pattern.fullmatch(word)), token.strip("*"))
    if len(token) < 5 or not token.isalpha() or token.startswith("suicid") or token in _KEEP:
        return token
    for word in _FUZZY_BY_LETTER.get(token[0], ()):
        if token == word:
            return _FUZZY_TARGET.get(word, word)
        limit = 2 if len(word) >= 8 else 1
        if damerau(token, word, limit) <= limit:
            return _FUZZY_TARGET.get(word, word)
    return token


# Words a run-together crisis phrase is made of ("iwanttodie", "iwannakillmyself").
_JOINED_WORDS = frozenset(
    (
        *("i", "im", "want", "wanna", "to", "die", "kill", "killing", "myself", "dont", "live"),
        *("end", "it", "all", "be", "dead", "hurt", "cut", "going", "gonna", "just", "wish"),
        *("was", "anymore", "my", "life", "self", "suicide", "kms", "really", "so", "hate"),
        *("need", "should", "feel", "like", "dying", "alive", "not", "here", "exist"),
        *("ready", "going", "wish", "time", "disappear", "forever"),
        # Round 8: "imsotiredofbeingalive", "iamsosickofliving".
        *("am", "tired", "sick", "of", "being", "living"),
        # Round 11: "imdonewithlife".
        *("done", "with"),
    )
)
_JOINED_TRIGGERS = frozenset(
    ("die", "kill", "myself", "dead", "suicide", "kms", "dying", "disappear", "end")
    + ("alive", "living")  # round 8
    + ("life",)  # round 11
)


@lru_cache(maxsize=4096)
def _split_joined(token: str) -> str:
    """``token`` split into crisis-phrase words when it is only such words run together."""
    if len(token) < 7 or not token.isalpha():
        return token
    best: list[list[str] | None] = [[]] + [None] * len(token)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - 9), end):  # "disappear" has 9 letters
            before, word = best[start], token[start:end]
            if before is not None and word in _JOINED_WORDS:
                candidate = [*before, word]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    words = best[len(token)]
    if words is None or len(words) < 3 or not _JOINED_TRIGGERS & set(words):
        return token
    return " ".join(words)


def canonical(text: str) -> str:
    """The form the crisis rules are written on: plain text, slang and misspellings fixed."""
    text = _REPEATS.sub(r"\1", plain(text))  # "dieeee" -> "die", "plsss" -> "pls"
    text = _DROPPED_G.sub(
        lambda found: found.group() if found.group() in _ENDS_IN_IN else found.group() + "g", text
    )
    words = [word for token in text.split() for word in _split_joined(token).split()]
    text = " ".join(correct(word) for word in words)
    text = text.replace("-", " ")
    for pattern, replacement in PHRASES:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())
