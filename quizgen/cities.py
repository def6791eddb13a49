"""The world's cities and their countries (data/cities.json, from GeoNames: see scripts/build_cities.py), and
the countries a story is set in.

A city's wrong options are cities, and where the story names the city's country, cities of that country:
"extending an order already in place in _____ and five of the country's 32 states" asks among Mexico's
cities, not Washington, Ottawa and Brasilia.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .names import builtin, entity_key, kind_of, listed
from .traits import country_key, region_country

if TYPE_CHECKING:
    from spacy.tokens import Span

_PART_OF = {"hong kong": "china", "macao": "china", "macau": "china"}  # GeoNames lists them as countries
_POPULOUS = 3_000_000
_NOT_CITIES = ("country", "nationality", "us-state")  # "Kuwait", "Singapore", "Georgia": their first meaning


@dataclass(frozen=True)
class _Table:
    country_of: dict  # city key -> its country's key
    by_country: dict  # country key -> its cities, most populous first
    by_state: dict  # US state key -> its cities, most populous first
    countries: frozenset  # the keys of every country with a listed city
    people: dict  # country key -> how many people its listed cities hold


def _key(text: str) -> str:
    """entity_key without accents: "São Paulo" in a story is the file's "Sao Paulo"."""
    return entity_key(unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())


@lru_cache(maxsize=1)
def _table() -> _Table:
    rows = json.loads(resources.files("quizgen").joinpath("data/cities.json").read_text(encoding="utf-8"))["cities"]
    country_of: dict[str, str] = {}
    by_country: dict[str, list[str]] = {}
    by_state: dict[str, list[str]] = {}
    people: Counter[str] = Counter()
    for name, country, population, state in rows:  # most populous first: a shared name keeps the biggest city
        key = country_key(country) or _PART_OF.get(entity_key(country)) or entity_key(country)
        people[key] += population
        if kind_of(name) in _NOT_CITIES or country_key(name):
            continue
        country_of.setdefault(_key(name), key)
        by_country.setdefault(key, []).append(name)
        if state:
            by_state.setdefault(entity_key(state), []).append(name)
    for c in builtin()["countries"]:  # a capital of fewer than 100,000 people
        country_of.setdefault(_key(c["capital"]), entity_key(c["name"]))
    return _Table(country_of, {k: tuple(v) for k, v in by_country.items()},
                  {k: tuple(v) for k, v in by_state.items()},
                  frozenset(entity_key(country) for _name, country, _population, _state in rows), dict(people))


def populous(country: str) -> bool:
    """Whether the country of key `country` has cities of over three million people in all (Australia, Cuba; not
    New Zealand or Papua New Guinea): a country a reader weighs against big ones, not against Tuvalu."""
    return _table().people.get(country, 0) > _POPULOUS


def city_country(text: str) -> str | None:
    """The key of the country of the city `text` names ("mexico" for "Mexico City"), or None for no city."""
    return _table().country_of.get(_key(text))


def cities_of(country: str) -> tuple[str, ...]:
    """The cities of a country (by its key, as city_country gives it), most populous first."""
    return _table().by_country.get(country, ())


def cities_in_state(text: str) -> tuple[str, ...] | None:
    """The cities of the US state `text` names ("Texas", and "Georgia" as a state), most populous first; None
    when it names no state."""
    key = entity_key(text)
    if key not in listed("us_states"):
        return None
    return _table().by_state.get(key, ())


def is_country_name(text: str) -> bool:
    """Whether `text` names a country with a city of 100,000 people, whether or not quizgen lists it with its
    demonym and capital ("Malawi", which the tagger had called a person)."""
    return entity_key(text) in _table().countries or kind_of(text) == "country"


_WATERS = {"ocean", "sea", "gulf", "bay", "strait", "straits", "channel", "river", "lake"}
_TITLE_WORDS = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")  # runs of capitalised words


def _countries_in(words: list[str]) -> Iterable[str]:
    """The keys of the countries capitalised words name, longest name first ("Papua New Guinea", no "Guinea"),
    but not a sea's ("the Indian Ocean")."""
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            name = " ".join(words[i:i + size]).removesuffix("'s").removesuffix("’s")
            if i + size <= len(words) and words[i][:1].isupper() and (key := country_key(name)):
                if i + size == len(words) or words[i + size].lower() not in _WATERS:
                    yield key  # not the "Indian Ocean archipelago"
                i += size
                break
        else:
            i += 1


def story_countries(ents: Iterable[Span], title: str | None, label_of: Callable[[Span], str]) -> tuple[str, ...]:
    """The keys of the countries a story is set in, most named first: the countries and peoples it names at
    least half as often as its most named one (a Romanian story that names the US once is not set there).
    A story that names none as a place or a people ("the Maldives Democratic Party", "the Egyptian Ministry
    of Antiquities", "Akhmim") is set in the countries its organisations, its cities and its title name."""
    named: Counter[str] = Counter()  # in order of first mention
    other: dict[str, None] = {}
    for ent in ents:
        label = label_of(ent)
        if label in ("GPE", "NORP") and (key := country_key(ent.text)):
            named[key] += 1
        elif label == "GPE" and (key := city_country(ent.text) or region_country(ent.text)):
            other[key] = None
        elif label in ("ORG", "FAC", "LOC"):
            other.update(dict.fromkeys(_countries_in([t.text for t in ent])))
    if named:
        top = max(named.values())
        return tuple(sorted((key for key, n in named.items() if 2 * n >= top), key=lambda key: -named[key]))
    for run in _TITLE_WORDS.findall(title or ""):
        other.update(dict.fromkeys(_countries_in(run.split())))
    return tuple(other)
