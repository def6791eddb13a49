"""What kind of organisation a name is ("agency", "company", "club"...) and its field ("tech", "space",
"central bank"...), from the lists shipped in data/entities.json and the words of the name."""
from __future__ import annotations

import re
from functools import lru_cache

from .names import builtin, entity_key, group_of, kind_of, listed

_ORG_WORDS = [
    ("outlet", r"\b(news|press)\s+agency\b|\bnews\b"),  # "AFP news agency" reports; it is no government agency
    ("police", r"\b(police|sheriff|constabulary)\b"),
    ("agency", r"\b(electoral|elections?)\b"),  # "National Electoral Institute": an election body, no university
    ("university", r"\b(university|college|school|institute)\b"),
    ("department", r"\b(department|ministry)\b"),
    ("legislature", r"\b(congress|senate|parliament|assembly|house of)\b"),
    ("court", r"\b(court|tribunal)\b"),
    ("military", r"\b(army|navy|air force|military|forces|marines|national guard)\b"),
    ("party", r"\bparty\b"),
    ("hospital", r"\b(hospital|clinic|medical center)\b"),
    ("agency", r"\b(agency|administration|bureau|service|commission|authority|office)\b"),
    ("company", r"\b(inc|corp|corporation|co|ltd|llc|plc|holdings|airlines|motors|bank|group|technologies|"
                r"systems|energy|pharmaceuticals|company)\b"),
    ("agency", r"\b(council|board)\b"),
    ("club", r"\b(fc|rovers)\b"),
]


@lru_cache(maxsize=1)
def _known_orgs() -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, names in builtin().get("org_types", {}).items():
        for name in names:
            out[entity_key(name)] = kind
    return out


@lru_cache(maxsize=1)
def _fields() -> dict[str, str]:
    return {entity_key(name): field for field, names in builtin().get("org_fields", {}).items()
            for name in names}


@lru_cache(maxsize=1)
def _group_fields() -> dict[int, str]:
    """Group id -> field, so that an alias gets its body's field ("UN" is the United Nations)."""
    return {gid: field for key, field in _fields().items() if (gid := group_of(key)) is not None}


# A field its name gives an organisation quizgen does not know: "Merrill Lynch & Co." does not, "X Bank" does.
_CORPORATE = re.compile(r"(?:\s+(?:co|inc|corp|corporation|ltd|plc|llc|group|company|sa|ag))+$")
_FIELD_WORDS = [(field, re.compile(pattern)) for field, pattern in (
    ("finance", r"\b(?:bank|bancorp|capital|securities|financial|investments?)\b"),
    ("auto", r"\b(?:motors?|automotive)\b"), ("energy", r"\b(?:oil|petroleum|energy|gas)\b"),
    ("airline", r"\b(?:airlines?|airways)\b"), ("weather", r"\bmeteorolog"),
    ("elections", r"\b(?:electoral|elections?|referendum)\b"))]


@lru_cache(maxsize=65536)
def field_of(text: str) -> str | None:
    """The field of an organisation: a company's business ("tech" for Google, "auto" for Ford, "finance" for
    any "... Bank"), an agency's ("space" for NASA, "law enforcement" for the FBI); else None."""
    key = _CORPORATE.sub("", entity_key(text)).strip()
    gid = group_of(text)
    known = _fields().get(key) or (_group_fields().get(gid) if gid is not None else None)
    bank = _NATIONAL_BANK.fullmatch(key) if not known else None
    if bank and (bank.group(1) is None or kind_of(bank.group(1)) in ("country", "nationality")):
        return "central bank"  # "Central Bank of Nigeria", "the Central Bank", "Reserve Bank of Australia"
    return known or next((field for field, pattern in _FIELD_WORDS if pattern.search(key)), None)


# A country's central bank by its name: "central bank of nigeria", "reserve bank of new zealand" ("Bank of X" is
# often a high-street bank: Bank of China, Bank of Ireland; the shipped list names the central ones)
_NATIONAL_BANK = re.compile(r"(?:the )?(?:central|reserve) bank(?: of (?:the )?([a-z .'-]+))?")


# Words any country's legislature goes by: "the Knesset" is Israel's parliament, so "Parliament" is no wrong option
GENERIC_HOUSES = frozenset({"parliament", "national assembly", "congress", "senate", "house", "house of representatives",
                            "assembly", "legislature", "lower house", "upper house"})


@lru_cache(maxsize=65536)
def org_type(text: str) -> str | None:
    """What kind of organisation a name is: "agency", "department", "company", "club", "militant"... or None."""
    key = entity_key(text)
    known = _known_orgs()
    if key in known:
        return known[key]
    if field_of(text) == "central bank":
        return "agency"  # "Central Bank of Nigeria", whatever its last word says
    gid = group_of(text)
    if gid is not None:  # "Federal Bureau of Investigation" is the FBI
        for k, kind in known.items():
            if group_of(k) == gid:
                return kind
    for kind, pattern in _ORG_WORDS:
        if re.search(pattern, key):
            return kind
    return None


_WITH_ARTICLE = re.compile(r"^[A-Z]{2,5}$|\b(?:Union|Organi[sz]ation|Bank|Council|League|Fund|Programme|Program|"
                           r"Agency|Court|Department|Commission|Parliament|Commonwealth|Pentagon|Kremlin|Cross|"
                           r"Reserve|Service|Bureau|Administration|Ministry|Office)\b")


@lru_cache(maxsize=65536)
def takes_article(name: str) -> bool | None:
    """Whether news writes "the" before an organisation's name: "the WHO", "the World Bank", but "UNICEF",
    "NATO", "Interpol"; None when its name does not say."""
    if entity_key(name) in listed("articleless"):
        return False
    return True if _WITH_ARTICLE.search(name) else None



