"""Normalising what students type, shared by occupation search and place resolution."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")
MAX_QUERY_CHARS = 200


# Texting spellings too short for typo correction to fix safely ("vet tek" -> "vet tech").
RESPELLINGS = {"tek": "tech", "teks": "techs", "tec": "tech", "tecs": "techs", "teck": "tech"}
# Short forms students type for a word of a title, each with the words it may stand for.
ABBREVIATIONS = {
    "rep": ("representative",),
    "tech": ("technician", "technologist"),
    "asst": ("assistant",),
    "mgr": ("manager",),
    "xray": ("x ray",),
    "info": ("information",),
    "dev": ("developer",),
    "ag": ("agricultural",),
    "hs": ("high school",),
}

# The state written after a town ("quitman ms"), read by place resolution and the mention finder.
STATE_AFTER_TOWN_WORDS = ("ms", "miss", "mississippi")
# A side of a town or county ("west jones" high school, "west hattiesburg", "north jackson").
DIRECTIONS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")


# Words that stand for the people of a job's field ("the medical records ppl", "farm workers").
PEOPLE_WORDS = frozenset(
    "ppl people peeps person persons guy guys folks ones lady ladies worker workers".split()  # noqa: SIM905
)


def normalize(text: str) -> str:
    """Lowercase ASCII words separated by single spaces ("Électricien's" -> "electricien s")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = _NON_WORD.sub(" ", ascii_text.lower()).split()
    return " ".join(RESPELLINGS.get(word, word) for word in words)


def singular(word: str) -> str:
    """A crude singular that is applied the same way to names and queries."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def fold(text: str) -> str:
    """Normalised and singularised: the form names and queries are compared in."""
    return " ".join(singular(w) for w in normalize(text).split())


# A turn that only says more of the job meant: "like a deputy or city police", "i mean the
# funeral home guy".
CLARIFYING = re.compile(
    r"^(like|i mean|i meant|as in|meaning|or|maybe|just|only|nah|no|not|the ones?|ones) "
)

# A job set aside just before it is named ("the drivers in the vans i mean not the sorters",
# "the people who run it not the doctors"): no job asked about.
SET_ASIDE = re.compile(r"\b(not|no|never|instead of|rather than) (the |a |an |those |them )?$")

# Plural words that end a title's first part without naming people ("Securities, Commodities, ...").
NOT_PEOPLE = frozenset(
    """securities occupations services products goods sales sciences studies programs utilities
    arts operations systems materials animals vessels""".split()  # noqa: SIM905 - a word list
)


def names_people(words: str) -> bool:
    """The words end with a plural that names people ("Welders", "Repair Workers")."""
    last = words.split()[-1].lower() if words.split() else ""
    return (
        len(last) > 3 and last.endswith("s") and not last.endswith("ss") and last not in NOT_PEOPLE
    )


def short_title(title: str) -> str:
    """BLS's title up to its first comma when that part is a job on its own, else the title.

    "Welders, Cutters, Solderers, and Brazers" -> "Welders" (a list of people, the first
    named); "Preschool Teachers, Except Special Education" -> "Preschool Teachers". The whole
    title stays when the first part is no job ("Heating, Air Conditioning, and ...", "Hotel,
    Motel, and Resort Desk Clerks") or the rest tells siblings apart ("Cooks, Restaurant",
    "Maintenance Workers, Machinery", "Business Teachers, Postsecondary", "... , All Other").
    """
    parts = [part.strip() for part in title.split(",")]
    head, rest = parts[0], parts[1:]
    # "Sales Representatives of Services": the people come before "of".
    if not rest or "All Other" in title or not names_people(head.split(" of ")[0]):
        return title
    if rest[0].startswith(("Except ", "Including ")):
        return head
    # "Cutters, Solderers, and Brazers": more people, up to the part that starts with "and".
    for part in rest:
        if not names_people(part.removeprefix("and ")):
            return title
        if part.startswith("and "):
            # "Supervisors of Mechanics, Installers, and Repairers": the list is the "of" part.
            return title if " of " in head else head
    return title


def title_fields(title: str) -> list[str]:
    """The fields a title names its people by, normalised: the words before each people word.

    "Medical Records Specialists" -> "medical records"; "Gambling Surveillance Officers and
    Gambling Investigators" -> "gambling surveillance", "gambling". "The medical records ppl"
    are the job of that field.
    """
    out = []
    parts = normalize(title).split(" and ")
    for part in parts:
        words = part.split()
        # One word is a field only as a whole title ("Software Developers"), never as a part
        # ("Soil and Plant Scientists": "plant workers" are no plant scientists).
        if len(words) >= 2 and names_people(part) and (len(words) > 2 or len(parts) == 1):
            out.append(" ".join(words[:-1]))
    return out


# The work a people word's holders do, as students name the field ("massage therapy").
WORK_OF = {
    "therapists": "therapy", "designers": "design", "engineers": "engineering",
    "hygienists": "hygiene", "technologists": "technology", "pathologists": "pathology",
    "carpenters": "carpentry", "masons": "masonry", "photographers": "photography",
    "cosmetologists": "cosmetology", "accountants": "accounting", "counselors": "counseling",
    "surveyors": "surveying", "welders": "welding", "plumbers": "plumbing",
    "machinists": "machining", "pharmacists": "pharmacy", "optometrists": "optometry",
    "dentists": "dentistry", "architects": "architecture", "programmers": "programming",
    "economists": "economics", "chemists": "chemistry", "biologists": "biology",
    "physicists": "physics", "nurses": "nursing", "roofers": "roofing", "drafters": "drafting",
    "barbers": "barbering", "upholsterers": "upholstery", "dietitians": "dietetics",
    "firefighters": "firefighting", "paralegals": "paralegal work", "bakers": "baking",
    "farmers": "farming", "manicurists": "nail tech work", "electricians": "electrical work",
}  # fmt: skip


# "Food Scientists and Technologists" do no "technology" of their own.
FIELDS_OF_MANY = frozenset({"technologists", "engineers", "designers", "therapists", "counselors"})


def work_names(title: str) -> list[str]:
    """What the people of a title do, named as a field: "Massage Therapists" -> "massage therapy".

    Each part of the title ("Radiologic Technologists and Technicians" -> "radiologic
    technology") whose last word is a people word of ``WORK_OF``.
    """
    if "All Other" in title or "--" in title:  # "Helpers--Carpenters" do no carpentry
        return []
    out = []
    for raw in re.split(r",\s*(?:and\s+)?|\s+and\s+", title.split(", Except")[0]):
        words = normalize(raw).split()
        if "including" in words:
            continue
        if words and words[-1] in WORK_OF and (len(words) > 1 or words[0] not in FIELDS_OF_MANY):
            out.append(" ".join([*words[:-1], WORK_OF[words[-1]]]))
    return out


# A unit the student turns down ("per year not hourly", "yearly instead of by the hour").
NOT_THIS_UNIT = re.compile(
    r"\b(?:not|instead of|rather than|no)\s+(?:(?:by|per|for|a|an|the|like)\s+)*"
    r"(?:hours?|hourly|hrs?|weeks?|weekly|months?|monthly)\b"
)
UNIT_WORDS = (
    ("hour", re.compile(r"\b(?:hours?|hourly|hrs?)\b|\d\s*hrs?\b")),
    ("week", re.compile(r"\bweek")),
    ("month", re.compile(r"\bmonth")),
)


def unit_asked(text: str) -> str:
    """The pay unit a message asks for: "hour", "week", "month", else "year"."""
    lowered = NOT_THIS_UNIT.sub(" ", text.lower())
    return next((unit for unit, words in UNIT_WORDS if words.search(lowered)), "year")
