"""Where wrong options come from besides the article: the built-in names by label, indexed by trait,
region and organisation type, and the first names of the run's people."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from .names import builtin, kind_of, power, region_of
from .orgs import org_type
from .traits import builtin_people


def _plural(demonym: str) -> str | None:
    """"Russian" -> "Russians"; None where English has no -s plural ("Chinese", "British", "Swiss")."""
    return None if demonym.endswith(("ese", "ish", "ch", "ss", "i")) else demonym + "s"


@lru_cache(maxsize=1)
def builtin_pool() -> dict[str, tuple[str, ...]]:
    """Built-in candidates by spaCy label."""
    data = builtin()
    people = [*data["leaders"], *data.get("people", [])]
    demonyms = [c["demonym"] for c in data["countries"]]
    norp = demonyms + [p for p in map(_plural, demonyms) if p] + data["religions"] + data["parties"]
    return {
        "GPE": tuple(c["name"] for c in data["countries"]) + tuple(c["capital"] for c in data["countries"])
        + tuple(data.get("territories", ())),
        "NORP": tuple(norp),
        # Legislatures and seats of power are left out: "the Knesset" is no lure for a story about Congress
        "ORG": tuple(n for n in dict.fromkeys([*data["organizations"], *(n for k, ns in data["org_types"].items()
                                                                         for n in ns)])
                     if org_type(n) not in ("legislature", "executive")),
        "PERSON": tuple(p["name"] for p in people),
        "PERSON_SHORT": tuple(dict.fromkeys(p["short"] for p in people if " " not in p["short"])),
    }


@lru_cache(maxsize=4)
def people_by_trait(builtin_label: str) -> dict[str, tuple[str, ...]]:
    """Trait -> the built-in people (full or short names, as `builtin_label` says) who have it."""
    out: dict[str, list[str]] = {}
    for name in builtin_pool().get(builtin_label, ()):
        for trait in builtin_people().get(name, ()):
            out.setdefault(trait, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def alike_builtin(builtin_label: str, answer: str, label: str, famous: Sequence[str],
                  peers: bool = False) -> Sequence[str]:
    """The built-in names that can score above nothing: same region, same type, or any famous person; with
    `peers`, the great powers too."""
    if label == "PERSON":
        return famous
    if label == "GPE" and kind_of(answer) == "us-state":
        return tuple(builtin()["us_states"])  # a state for a state
    if label in ("GPE", "NORP"):
        found = _powers(builtin_label) if peers else ()  # Russia's peers are China and the US
        return (*found, *_grouped(builtin_label, region_of).get(region_of(answer) or "", ()))
    if label == "ORG":
        return _grouped(builtin_label, org_type).get(org_type(answer) or "", ())
    return ()


@lru_cache(maxsize=16)
def _grouped(builtin_label: str, key: Callable[[str], str | None]) -> dict[str, tuple[str, ...]]:
    """The built-in names of a label grouped by `key` (region_of, org_type); "" for those it does not know."""
    out: dict[str, list[str]] = {}
    for name in builtin_pool().get(builtin_label, ()):
        out.setdefault(key(name) or "", []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4)
def _powers(builtin_label: str) -> tuple[str, ...]:
    """The built-in names of a label that name a great power or its capital or people."""
    return tuple(name for name in builtin_pool().get(builtin_label, ()) if power(name))


_FIRST_CACHE: dict[int, tuple[int, tuple[frozenset[str], frozenset[str]]]] = {}


def run_name_parts(pool: Mapping[str, Sequence[str]]) -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames of the run's full names: "Donald" alone is no surname to offer for
    "Phillips", and a lone word that is nobody's surname ("Prozac") is likely no person at all."""
    people = pool.get("PERSON", ())
    cached = _FIRST_CACHE.get(id(pool))
    if cached is not None and cached[0] == len(people):
        return cached[1]
    full = [n.split() for n in people if " " in n]
    found = (frozenset(n[0] for n in full), frozenset(n[-1] for n in full))
    _FIRST_CACHE.clear()
    _FIRST_CACHE[id(pool)] = (len(people), found)
    return found
