"""The world's cities and their countries (data/cities.json, from GeoNames: see scripts/build_cities.py).

A city's wrong options are cities, and where the story names the city's country, cities of that country:
"extending an order already in place in _____ and five of the country's 32 states" asks among Mexico's
cities, not Washington, Ottawa and Brasilia.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from .names import builtin, entity_key, kind_of
from .traits import country_key

_NOT_CITIES = ("country", "nationality", "us-state")  # "Kuwait", "Singapore", "Georgia": their first meaning


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """(city key -> its country's key, country or US state key -> its cities, most populous first)."""
    rows = json.loads(resources.files("quizgen").joinpath("data/cities.json").read_text(encoding="utf-8"))["cities"]
    country_of: dict[str, str] = {}
    by_country: dict[str, list[str]] = {}
    for name, country, _population, state in rows:  # most populous first: a shared name keeps the biggest city
        key = country_key(country) or entity_key(country)
        if kind_of(name) in _NOT_CITIES or country_key(name):
            continue
        country_of.setdefault(entity_key(name), key)
        by_country.setdefault(key, []).append(name)
        if state:
            by_country.setdefault(entity_key(state), []).append(name)
    for c in builtin()["countries"]:  # a capital of fewer than 100,000 people, or with a non-ASCII name
        country_of.setdefault(entity_key(c["capital"]), entity_key(c["name"]))
    return country_of, {k: tuple(v) for k, v in by_country.items()}


def city_country(text: str) -> str | None:
    """The key of the country of the city `text` names ("mexico" for "Mexico City"), or None for no city."""
    return _table()[0].get(entity_key(text))


def cities_of(country: str) -> tuple[str, ...]:
    """The cities of a country (by its key, as city_country gives it) or of a US state ("texas"), most
    populous first."""
    return _table()[1].get(country, ())


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    rows = json.loads(resources.files("quizgen").joinpath("data/cities.json").read_text(encoding="utf-8"))["cities"]
    return frozenset(entity_key(country) for _name, country, _population, _state in rows)


def is_country_name(text: str) -> bool:
    """Whether `text` names a country with a city of 100,000 people, whether or not quizgen lists it with its
    demonym and capital ("Malawi", which the tagger had called a person)."""
    return entity_key(text) in _countries() or kind_of(text) == "country"
