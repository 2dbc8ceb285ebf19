"""Checks on what a student types into the handoff form: first name and a way to reach them."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_NAME_LEADS = re.compile(
    r"^(?:my name is|my name's|name is|name's|i am|i'm|im|it's|its|call me|this is)\s+",
    re.IGNORECASE,
)
MAX_NAME = 40


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


def phone_number(text: str) -> str | None:
    """A US phone number in E.164 ("601-555-0123" -> "+16015550123"), or ``None``."""
    if re.search(r"[A-Za-z@]", text):
        return None
    digits = re.sub(r"\D", "", text)
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
        email = email_address(found.group(0))
        return (email, "email") if email else None
    phone = phone_number(text)
    return (phone, "phone") if phone else None
