"""Whether a candidate has the answer's form and kind: a surname for a surname, a country for a country, an
acronym for an acronym, a plural for a plural; and the label a fact's options follow (effective_label)."""
from __future__ import annotations

import re
from functools import lru_cache

from .cities import city_country
from .names import builtin, entity_key, kind_of
from .orgs import org_type

# Organisation types quizgen knows well enough to tell a body from a person the tagger mislabelled
KNOWN_ORG = {"international", "ngo", "agency", "department", "executive", "legislature", "court", "militant",
             "company", "club", "sports-body", "university", "party"}


def _acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("&", "")
    return bare.isalpha() and bare.isupper() and len(bare) <= 6


def shape_ok(answer: str, label: str, candidate: str, *, plural: bool | None = None) -> bool:
    """Same kind of thing and similar form: a full name for a full name, a country for a country,
    a religion for a religion, a plural for a plural (`plural`: whether the options must be plurals, when
    the answer's own form does not say: "thousands of _____ took to the streets" for "Sudanese")."""
    countries = label in ("GPE", "NORP") and kind_of(answer) == kind_of(candidate) in ("country", "nationality")
    if not countries and not 0.4 <= len(candidate) / max(1, len(answer)) <= 2.5:
        return False  # (a country's name says nothing of its kind by its length: "Samoa" for "Papua New Guinea")
    if answer[:1].isupper() != candidate[:1].isupper():
        return False
    if label == "PERSON":  # a surname for a surname, a full name for a full name; never a place or a body
        if kind_of(candidate) is not None or org_type(candidate) in KNOWN_ORG or re.search(r"\d", candidate):
            return False  # nor a number plate the article's tagger took for a name ("H982 FKL")
        return (len(candidate.split()) == 1) == (len(answer.split()) == 1)
    if label == "ORG":
        if _acronym(answer) != _acronym(candidate):
            return False  # "NATO" gets "OPEC", not "World Bank"
        if kind_of(candidate) != kind_of(answer):
            return False  # a news outlet for an outlet; never a country, a city or a party
        kind = org_type(answer)
        if org_type(candidate) != kind:
            return False  # an agency for an agency; unknown for unknown
        if kind == "department":  # "State Department" for "Justice Department", not "Foreign Office"
            return ("department" in answer.lower()) == ("department" in candidate.lower())
        return True
    if label in ("GPE", "NORP"):
        kind, cand_kind = _place_kind(answer), _place_kind(candidate)
        if kind is not None and cand_kind != kind:
            return False
        if kind is None and label == "GPE" and cand_kind not in (None, "city"):
            return False  # a town or region quizgen does not know gets no country or state
        if label == "NORP" and (_plural(answer) if plural is None else plural) != _plural(candidate):
            return False
        if kind == "religion" and _world_faith(answer) != _world_faith(candidate):
            return False  # "Muslim countries" get other world faiths, not "Mormon countries"
    return True


def _plural(text: str) -> bool:
    """Whether a people's name is a plural: "Afghans", not "Swiss" (a demonym that ends in s)."""
    return text.endswith("s") and text not in _singular_demonyms()


@lru_cache(maxsize=1)
def _singular_demonyms() -> frozenset[str]:
    return frozenset(c["demonym"] for c in builtin()["countries"])


def _place_kind(text: str) -> str | None:
    """kind_of, and "city" for any city of the shipped list, not only a capital."""
    return kind_of(text) or ("city" if city_country(text) else None)


_WORLD_FAITHS = {"muslim", "christian", "jewish", "jew", "hindu", "buddhist", "sikh"}


def _world_faith(text: str) -> bool:
    """A world religion ("Muslim", "Hindus"), not a denomination or movement within one ("Mormon", "Sunni")."""
    return entity_key(text).rstrip("s") in _WORLD_FAITHS


def fit(candidate: str, answer: str) -> str:
    """Bring a candidate to the answer's form: "the" only where the answer has it."""
    candidate = candidate.strip()
    has_the = answer.lower().startswith("the ")
    if candidate.lower().startswith("the ") and not has_the:
        candidate = candidate[4:]
    return candidate


def effective_label(answer: str, label: str | None) -> str | None:
    """The label a fact's options follow: spaCy's, unless quizgen knows the name as something else
    ("Boko Haram" tagged PERSON is an organisation, "Dhaka" tagged ORG a city)."""
    if label in ("PERSON", "ORG", "GPE", "NORP"):
        kind = kind_of(answer)
        if label == "PERSON" and kind in ("city", "party"):
            return label  # "Green" or "Washington" the article calls a person is one: a surname
        if kind in ("country", "city", "us-state", "territory"):
            return "GPE"
        if kind in ("nationality", "religion", "party"):
            return "NORP"
        if label == "PERSON" and (org_type(answer) in KNOWN_ORG or kind == "outlet"):
            return "ORG"
    return label
