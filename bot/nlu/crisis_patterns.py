"""Crisis phrasings: self-harm, suicide, abuse and danger. Pure Python, shared by Rasa and tests.

Safety first: a phrase that might be a crisis is treated as one (a coach checks in, and the
student sees the 988 Lifeline). The few exceptions are job titles students ask about
("suicide prevention counselor", "substance abuse counselor").
"""

from __future__ import annotations

import re
import unicodedata

_SELF = r"(?:my ?self|myself|me self|mself)"
_JOB_WORDS = r"(?:prevention|counsel+or|counsel+ors|hotline|specialist|investigator|social worker)"

PATTERNS: dict[str, list[str]] = {
    "self_harm": [
        rf"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|shoot|shooting|hang|hanging|"
        rf"drown|starve|starving|burn|burning|end)\s+{_SELF}\b",
        rf"\bsuicid(?:e|al)\b(?!\s+{_JOB_WORDS})",
        r"\b(?:kms|kys)\b",
        r"\bun-?aliv(?:e|ing)\s+(?:my ?self|myself)\b",
        r"\b(?:want|wanna|going|gonna|plan|planning|thinking about|think about|ready)\s+"
        r"(?:to\s+)?(?:die|end it|end it all|end my life|be dead|not wake up|disappear forever)\b",
        r"\bend(?:ing)?\s+(?:my life|it all)\b",
        r"\btake\s+my\s+(?:own\s+)?life\b",
        r"\b(?:don'?t|do not|dont|no longer)\s+want\s+to\s+"
        r"(?:live|be alive|exist|be here anymore)\b",
        r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going on)\b",
        r"\bbetter off (?:dead|without me)\b",
        r"\bwish (?:i|i'd) (?:was|were|had) (?:dead|never been born|died)\b",
        r"\bself[- ]?harm(?:ing)?\b(?!\s+{_JOB_WORDS})",
        r"\b(?:overdose|overdosing|od'?ing)\b",
        r"\b(?:take|took|taking|swallow|swallowed) (?:all|a bunch of) "
        r"(?:my|the|these|those) pills\b",
        r"\bcan'?t (?:go on|do this anymore|take it anymore)\b",
        # Spanish
        r"\b(?:me quiero|quiero)\s+(?:matar|morir)\b",
        r"\bsuicidarme\b",
    ],
    "danger": [
        r"\b(?:going to|gonna|trying to|tried to|threaten(?:s|ed|ing)? to|wants? to)\s+"
        r"(?:kill|hurt|shoot|stab|beat)\s+me\b",
        r"\b(?:i'?m|i am|im)\s+(?:not safe|in danger|scared for my life|afraid for my life)\b",
        r"\bnot safe (?:at home|at school|here)\b",
        r"\b(?:shoot|shooting|bomb|blow)\s+up\s+(?:the|my|our)\s+school\b",
        r"\b(?:bring|bringing|brought|has|have|got)\s+a\s+(?:gun|knife|weapon)\s+(?:to|at|in)\s+school\b",
        r"\b(?:kill|hurt|shoot|stab)\s+(?:someone|somebody|people|everyone|them all)\b",
        r"\bkicked (?:me )?out (?:of|of my) (?:the )?house\b",
        r"\b(?:no|nowhere)\s+(?:place\s+)?to\s+(?:sleep|stay|live)\s+tonight\b",
    ],
    "abuse": [
        r"\b(?:hits|hit|beats|beat|hurts|hurt|touches|touched|abuses|abused|rapes|raped|"
        r"molests|molested|chokes|choked|burns|burned)\s+me\b",
        r"\b(?:being|getting|been|got|was|were|am)\s+(?:abused|beaten|beat up|raped|molested|"
        r"sexually assaulted|assaulted|trafficked)\b",
        r"\b(?:abusing|abusive to)\s+me\b",
        r"\babusive\s+(?:home|parent|parents|dad|father|mom|mother|stepdad|stepmom|boyfriend|"
        r"girlfriend|relationship|family)\b",
        r"\b(?:sexual|physical|emotional)\s+abuse\b(?!\s+{_JOB_WORDS})",
        r"\bme pega\b",
    ],
}

_COMPILED = {
    kind: [re.compile(pattern.replace("{_JOB_WORDS}", _JOB_WORDS)) for pattern in patterns]
    for kind, patterns in PATTERNS.items()
}


def normalize(text: str) -> str:
    """Lower case, plain quotes, no accents, single spaces: what the patterns expect."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w'\s-]", " ", text)
    return " ".join(text.split())


def crisis_kind(text: str | None) -> str | None:
    """``"self_harm"``, ``"abuse"`` or ``"danger"`` when ``text`` sounds like a crisis."""
    if not text:
        return None
    clean = normalize(text[:5000])
    for kind, patterns in _COMPILED.items():
        if any(pattern.search(clean) for pattern in patterns):
            return kind
    return None
