"""Wrong options no reader would weigh against the answer, whatever they have in common with it: a state of under a
million people for a populous country, a leader in a story from years before they rose or after they died.

distractors.choose asks these of each candidate; how alike a candidate is, for those that pass, is likeness.py's.
"""
from __future__ import annotations

from functools import lru_cache

from .cities import populous
from .names import builtin, listed
from .traits import country_key


def too_small(answer: str, cand: str) -> bool:
    """Whether `cand` is a state of under a million people (or its people) offered for a populous country or
    its people: "Alcaraz's first career _____ Open title" (Australian) gets no "Tuvaluan", nor Singapore Monaco.
    Papua New Guinea still gets Samoa and Tonga."""
    answer_country = country_key(answer)
    return answer_country is not None and populous(answer_country) and country_key(cand) in listed("small_states")


def of_its_time(name: str, published: str | None) -> bool:
    """Whether a leader quizgen ships could be in the news of the article's year: not years before they rose
    (no Javier Milei in a 2010 story, no Keir Starmer in a 2008 one), nor after they died (no Nelson Mandela in
    2020). Anyone else, and any article of no known date, is of its time."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    span = _lifetimes().get(name) if year else None
    return span is None or span[0] - 1 <= year and (span[1] is None or year <= span[1] + 1)


@lru_cache(maxsize=1)
def _lifetimes() -> dict[str, tuple[int, int | None]]:
    """Full and short name -> (the year a leader rose to the office quizgen lists, the year they died or None);
    a short name shared by two ("Castro", "Clinton") spans both."""
    out: dict[str, tuple[int, int | None]] = {}
    for r in builtin()["leaders"]:
        for name in {r["name"], r["short"]}:
            since, died = r["since"], r.get("died")
            if name in out:
                other_since, other_died = out[name]
                since = min(since, other_since)
                died = None if died is None or other_died is None else max(died, other_died)
            out[name] = (since, died)
    return out
