"""Checks on what a student types into the handoff form: first name and a way to reach them."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_NAME_LEADS = re.compile(
    r"^(?:(?:hi|hey|hello|ok|okay|sure|yes|yeah)[,!.]?\s+)?(?:my (?:first )?name is|"
    r"my (?:first )?name's|(?:first )?name is|name's|i am|i'm|im|it's|its|it is|call me|"
    r"this is|me llamo|soy|mi nombre es)\s+",
    re.IGNORECASE,
)
MAX_NAME = 40
_NOT_LISTED = re.compile(
    r"\b(?:not (?:listed|there|on (?:the|your|that) list|in (?:the|your|that) list|one of "
    r"(?:them|those|these))|isn'?t (?:listed|there|on)|none of (?:them|those|these)|"
    r"something else|other school|another school|different school|no (?:es|esta) ninguna)\b",
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\d+])(?:\+?1[\s.-]*)?\(?\s*(\d{3})\s*\)?[\s.-]*(\d{3})[\s.-]*(\d{4})(?!\d)"
)


def first_name(text: str) -> str | None:
    """The first name in ``text`` ("I'm maria" -> "Maria"), or ``None`` if it is not one.

    Letters of any script, hyphens and apostrophes; no digits, e-mails or whole sentences.
    """
    text = _NAME_LEADS.sub("", text.strip()).strip(" .!,")
    words = text.split()
    if not words or len(words) > 2:
        return None
    name = words[0]
    if len(name) > MAX_NAME or not all(ch.isalpha() or ch in "-'" for ch in name):
        return None
    if not any(ch.isalpha() for ch in name):
        return None
    return name[:1].upper() + name[1:] if name.islower() else name


def not_listed(text: str) -> bool:
    """Whether the student says their school is not among those offered."""
    return bool(_NOT_LISTED.search(text))


def phone_number(text: str) -> str | None:
    """A US phone number in E.164 ("601-555-0123" -> "+16015550123"), or ``None``.

    The number may sit inside a sentence ("text me at (601) 555-0123"); a text with two
    different numbers is refused rather than guessed.
    """
    if "@" in text:
        return None
    found = {"".join(match.groups()) for match in _PHONE.finditer(text)}
    if len(found) == 1:
        return _us_number(found.pop())
    if found or re.search(r"[A-Za-z]", text):
        return None
    return _us_number(re.sub(r"\D", "", text))


def _us_number(digits: str) -> str | None:
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10 or digits[0] in "01" or digits[3] in "01":
        return None
    return "+1" + digits


def email_address(text: str) -> str | None:
    """A plausible e-mail address, lower-cased domain, or ``None``."""
    text = text.strip().strip(".,;")
    if len(text) > 200 or not _EMAIL.match(text):
        return None
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def contact(text: str) -> tuple[str, str] | None:
    """``(value, "phone" | "email")`` from what the student typed, or ``None``."""
    found = re.search(r"\S+@\S+", text)
    if found:
        email = email_address(found.group(0).strip("<>()[]\"'"))
        return (email, "email") if email else None
    phone = phone_number(text)
    return (phone, "phone") if phone else None
