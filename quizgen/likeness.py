"""How alike a candidate is to the answer: what is known of names for one question (the article's, the
run's and the built-in traits), and the scores of people and places by role, sphere, country and region."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from .names import region_of, subregion_of
from .traits import ROLE_ONLY, builtin_people, traits_by_name


class Described:
    """What is known about names for one question: the article's traits, the run's ("PERSON/sphere:sport"
    pools) and the built-in people's."""

    def __init__(self, label: str, traits: Sequence[tuple[str, str]], pool: Mapping[str, Sequence[str]],
                 article: Sequence[tuple[str, str]] = ()) -> None:
        self.label = label
        # Names the story gives to someone quizgen does not know: its "Sanchez" is no Spanish premier, and its
        # "Wang" (of Wang Wenlan, family name first) no Chinese foreign minister
        self.others = {w for t, lab in article
                       if lab == "PERSON" and " " in t and t not in builtin_people() for w in t.split()}
        self.article = traits_by_name(traits)
        self.by_surname: dict[str, set[str]] = {}
        for name, found in self.article.items():
            if " " in name:
                self.by_surname.setdefault(name.split()[-1], set()).update(found)
        self.run = _run_traits(pool, label) if label == "PERSON" else {}
        self._seen: dict[str, frozenset[str]] = {}

    def known(self, name: str) -> bool:
        """Whether anything at all is known of `name` (cheap: no sets built)."""
        return (name in self.article or name in self.run or name in builtin_people()
                or (" " not in name and name in self.by_surname))

    def of(self, name: str) -> frozenset[str]:
        found = self._seen.get(name)
        if found is None:
            found = set(self.article.get(name, ())) | self.run.get(name, set())
            if self.label == "PERSON" and not (" " not in name and name in self.others):
                found |= builtin_people().get(name, frozenset())
            if self.label == "PERSON" and " " not in name:
                found |= self.by_surname.get(name, set())
            found = self._seen[name] = frozenset(found)
        return found


_RUN_CACHE: dict[int, tuple[tuple[int, ...], dict[str, set[str]]]] = {}


def _run_traits(pool: Mapping[str, Sequence[str]], label: str) -> dict[str, set[str]]:
    """Name -> traits from the run's "LABEL/trait" pools, built once per pool (and again when it grows)."""
    keys = sorted(k for k in pool if k.startswith(label + "/"))
    stamp = tuple(len(pool[k]) for k in keys)
    cached = _RUN_CACHE.get(id(pool))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    out: dict[str, set[str]] = {}
    for key in keys:
        trait = key.split("/", 1)[1]
        for name in pool[key]:
            out.setdefault(name, set()).add(trait)
    _RUN_CACHE.clear()  # one pool at a time: a build's pool grows in place
    _RUN_CACHE[id(pool)] = (stamp, out)
    return out


@lru_cache(maxsize=4096)
def _split(traits: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Roles, their last words, spheres, countries, subregions and regions of a set of traits, worked out once."""
    def values(prefix: str) -> frozenset[str]:
        return frozenset(t[len(prefix):] for t in traits if t.startswith(prefix))
    roles, spheres, countries = values("role:"), values("sphere:"), values("from:")
    bases = frozenset(r.rsplit("-", 1)[-1] for r in roles if not r.startswith("vice-"))  # a vice president is none
    return (roles, bases, spheres, countries, frozenset(subregion_of(c) for c in countries) - {None},
            frozenset(region_of(c) for c in countries) - {None}, values("party:"))


def person_score(answer: frozenset[str], cand: frozenset[str]) -> float:
    """How alike two people are by what is known of them: same role, sphere, country or region."""
    if not answer or not cand:
        return 0.0
    a_role, a_base, a_sph, a_from, a_sub, a_reg, a_party = _split(answer)
    c_role, c_base, c_sph, c_from, c_sub, c_reg, c_party = _split(cand)
    score = 0.0
    if a_party and c_party:
        score += 1 if a_party & c_party else -1  # "Republican Senator ___": a Republican, other things equal
    if a_role & c_role:
        score += 4 if a_role & c_role - ROLE_ONLY else 1  # a director is a director of anything
    elif a_base & c_base:
        score += 1.5  # a minister for a foreign minister
    if a_sph & c_sph:
        score += 2
    elif a_sph and c_sph:
        # a senator for a minister is near; a judge for a president or a coach for a minister is not
        if a_sph | c_sph <= _POLITICAL:
            score += -1 if "head" in a_sph ^ c_sph else 0.5  # a minister is no "leader ___"
        else:
            score -= 3
    if a_from & c_from:
        score += 3  # a compatriot before a neighbour of the same office
    elif a_from and c_from:
        if a_sub & c_sub:
            score += 1  # a neighbour's leader
        else:
            score += 0.5 if a_reg & c_reg else -1
    return score


_POLITICAL = {"head", "government", "legislature", "international"}
_PUBLIC = {"sphere:head", "sphere:legislature", "sphere:international"}  # an official needs the same role


def famous_alike(answer: str, answer_traits: set[str], cand_traits: set[str]) -> bool:
    """Whether a built-in (famous) person is a fair lure: the answer is famous too, or public office or role
    is shared."""
    if answer in builtin_people():
        return True
    shared = answer_traits & cand_traits
    return bool(shared & _PUBLIC) or any(t.startswith("role:") and t[5:] not in ROLE_ONLY for t in shared)


def place_score(answer: str, cand: str) -> float:
    sub = subregion_of(answer)
    if sub and subregion_of(cand) == sub:
        return 2  # Central America for Central America
    region = region_of(answer)
    return 1 if region and region_of(cand) == region else 0
