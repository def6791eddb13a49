"""What names mean: aliases, demonyms and capitals that denote the same thing, and name normalisation.

Shared by answer choice (a blank must not be given away by its own alias elsewhere in the sentence) and by
distractors (a wrong option must never be the answer in disguise).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

_STOP = {"the", "of", "and", "a", "an", "for", "in", "on", "at", "to", "de", "la", "al", "el", "bin", "von", "der"}


@lru_cache(maxsize=1 << 16)  # called for every candidate against every name: memoised for speed
def entity_key(text: str) -> str:
    """A normalised form of an entity for counting mentions: lower case, no article or possessive."""
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return " ".join(re.findall(r"\w+", text.lower()))


@lru_cache(maxsize=1)
def builtin() -> dict:
    """The lists shipped with quizgen: countries with demonyms and capitals, organisations, leaders, aliases."""
    return json.loads(resources.files("quizgen").joinpath("data/entities.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _same_thing() -> dict[str, int]:
    """Normalised name -> group id, for names that may denote the same thing (aliases, demonyms, capitals)."""
    groups: dict[str, int] = {}
    data = builtin()
    sets = [list(g) for g in data["aliases"]]
    sets += [[c["name"], c["demonym"], c["capital"], c["demonym"] + "s"] for c in data["countries"]]
    for gid, names in enumerate(sets):
        for name in names:
            groups.setdefault(entity_key(name), gid)
    # Merge country rows into alias groups that share a name ("Russia" with "Kremlin").
    for gid, names in enumerate(sets):
        ids = {groups[entity_key(n)] for n in names}
        keep = min(ids)
        for name in names:
            groups[entity_key(name)] = keep
        for key, value in list(groups.items()):
            if value in ids:
                groups[key] = keep
    return groups


@lru_cache(maxsize=1 << 16)
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", text.lower()) if w not in _STOP)


_NORM_STOP = set("a an the of in on at to for and or by with from as is was be".split())


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Words and digits only, without function words: "10,000" is "10 000", "the US" is "us"."""
    return " ".join(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _NORM_STOP)


@lru_cache(maxsize=1 << 16)
def _stems(key: str) -> frozenset[str]:
    return frozenset(w[:4] for w in key.split() if len(w) >= 4)


@lru_cache(maxsize=1 << 18)  # pure; the same pairs recur for every fact of an article
def related(a: str, b: str, *, numeric: bool = False) -> bool:
    """Whether `b` could be the same answer as `a`: equal, overlapping, alias, demonym, capital or stem."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb or na in nb or nb in na:
        return True
    if numeric:
        return False
    ka, kb = entity_key(a), entity_key(b)
    if _words(a) & _words(b):
        return True  # "Kim" vs "Kim Jong Un", "North Korea" vs "North Korean"
    groups = _same_thing()
    if ka in groups and groups.get(kb) == groups[ka]:
        return True
    if not _stems(ka) & _stems(kb):
        return False  # the loop below needs two words with the same first four letters
    for wa in ka.split():
        for wb in kb.split():
            if len(wa) >= 4 and len(wb) >= 4 and (wa.startswith(wb[: max(4, len(wb) - 3)]) or wb.startswith(wa[: max(4, len(wa) - 3)])):
                return True  # Russia / Russian, Japan / Japanese
    return False


def related_to_any(names: Iterable[str], others: Iterable[str]) -> frozenset[str]:
    """The `names` that are `related` to at least one of `others`, found through indexes rather than by
    calling `related` on every pair (hundreds of built-in names against every entity of an article)."""
    others = list(dict.fromkeys(others))
    norms = [_norm(o) for o in others]
    if not all(norms):
        return frozenset(names)  # an empty name is related to everything
    groups = _same_thing()
    words = frozenset().union(*(_words(o) for o in others))
    group_ids = {groups.get(entity_key(o)) for o in others}
    by_stem: dict[str, list[str]] = {}
    for o in others:
        for stem in _stems(entity_key(o)):
            by_stem.setdefault(stem, []).append(o)
    out = set()
    for name in names:
        n, k = _norm(name), entity_key(name)
        if (not n or any(n in m or m in n for m in norms) or _words(name) & words
                or (k in groups and groups[k] in group_ids)
                or any(related(name, o) for stem in _stems(k) for o in by_stem.get(stem, ()))):
            out.add(name)
    return frozenset(out)


@lru_cache(maxsize=None)
def _keys_of(field: str) -> frozenset[str]:
    return frozenset(entity_key(c[field]) for c in builtin()["countries"])


def is_country(text: str) -> bool:
    return entity_key(text) in _keys_of("name")


def is_city(text: str) -> bool:
    return entity_key(text) in _keys_of("capital")
