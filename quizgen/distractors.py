"""Choosing wrong options: same type and shape as the answer, never a correct answer in disguise."""
from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from .models import BLANK, Fact
from .names import builtin, comparable, entity_key, group_of, kind_of, region_of, related, subregion_of
from .traits import ROLE_ONLY, ROLE_WORDS, builtin_people, country_key, org_type, prompt_gender, traits_by_name

POOL_SAMPLE = 400  # candidates drawn from the rest of the bank for one question
NUMERIC = {"DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_MONTH_WORD = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")


def _acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("&", "")
    return bare.isalpha() and bare.isupper() and len(bare) <= 6


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
        "GPE": tuple(c["name"] for c in data["countries"]) + tuple(c["capital"] for c in data["countries"]),
        "NORP": tuple(norp),
        # Legislatures and seats of power are left out: "the Knesset" is no lure for a story about Congress
        "ORG": tuple(n for n in dict.fromkeys([*data["organizations"], *(n for k, ns in data["org_types"].items()
                                                                         for n in ns)])
                     if org_type(n) not in ("legislature", "executive")),
        "PERSON": tuple(p["name"] for p in people),
        "PERSON_SHORT": tuple(dict.fromkeys(p["short"] for p in people if " " not in p["short"])),
    }


def _shape_ok(answer: str, label: str, candidate: str) -> bool:
    """Same kind of thing and similar form: a full name for a full name, a country for a country,
    a religion for a religion, a plural for a plural."""
    if not 0.4 <= len(candidate) / max(1, len(answer)) <= 2.5:
        return False
    if answer[:1].isupper() != candidate[:1].isupper():
        return False
    if label == "PERSON":  # a surname for a surname, a full name for a full name; never a place or a body
        if kind_of(candidate) is not None or org_type(candidate) in _KNOWN_ORG or re.search(r"\d", candidate):
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
        kind = kind_of(answer)
        if kind is not None and kind_of(candidate) != kind:
            return False
        if kind is None and label == "GPE" and kind_of(candidate) not in (None, "city"):
            return False  # a town or region quizgen does not know gets no country or state
        if label == "NORP" and answer.endswith("s") != candidate.endswith("s"):
            return False
    return True


def _fit(candidate: str, answer: str) -> str:
    """Bring a candidate to the answer's form: "the" only where the answer has it."""
    candidate = candidate.strip()
    has_the = answer.lower().startswith("the ")
    if candidate.lower().startswith("the ") and not has_the:
        candidate = candidate[4:]
    return candidate


def _scaled(value: float, factor: float, decimals: int, sig: int) -> float:
    v = value * factor
    if decimals:
        return round(v, decimals)
    digits = len(str(int(abs(v)))) if v >= 1 else 1
    return float(round(v, -max(0, digits - sig)))


def _format(number: float, like: str) -> str:
    decimals = len(like.split(".")[1]) if "." in like else 0
    text = f"{number:,.{decimals}f}" if "," in like else f"{number:.{decimals}f}"
    return text


def numeric_options(answer: str, label: str, rng: random.Random) -> list[str]:
    """The answer with its numbers (or month) changed, in its own format and scale."""
    numbers = list(_NUMBER.finditer(answer))
    out: list[str] = []
    if label == "DATE" and _MONTH_WORD.search(answer) and not numbers:
        month = _MONTH_WORD.search(answer).group(1)
        others = [m for m in MONTHS if m != month]
        rng.shuffle(others)
        return [_MONTH_WORD.sub(m, answer, count=1) for m in others]
    if not numbers:
        return out
    years = [m for m in numbers if label == "DATE" and re.fullmatch(r"1[5-9]\d\d|20\d\d", m.group())]
    if years:
        decade = answer[years[0].end():years[0].end() + 1] == "s"
        offsets = [10, -10, 20, -20, 30] if decade else [1, -1, 2, -2, 3, -3, 4, 5, -5, 10, -10]
        rng.shuffle(offsets)
        for off in offsets:
            new = answer
            for m in reversed(years):
                new = new[: m.start()] + str(int(m.group()) + off) + new[m.end():]
            out.append(new)
        return out
    first = numbers[0].group()
    value = float(first.replace(",", ""))
    decimals = len(first.split(".")[1]) if "." in first else 0
    sig = max(2, min(3, len(first.replace(",", "").split(".")[0].rstrip("0"))))
    if value < 10 and not decimals:
        factors = [(value + d) / value for d in (1, 2, 3, -1, -2, 4, 5) if value + d >= 1] if value else []
    elif label == "PERCENT":
        factors = [0.5, 0.75, 1.25, 1.5, 0.6, 1.4, 0.4]  # a share stays a plausible share
    else:
        factors = [0.5, 1.5, 2, 0.75, 3, 0.25, 1.25, 4, 0.6]
    rng.shuffle(factors)
    for f in factors:
        new = answer
        for m in reversed(numbers):
            raw = m.group()
            v = _scaled(float(raw.replace(",", "")), f, decimals, sig)
            if label == "PERCENT" and v >= 100:
                break
            new = new[: m.start()] + _format(v, raw) + new[m.end():]
        else:
            if new != answer and new not in out:
                out.append(new)
    return out


@lru_cache(maxsize=1 << 14)
def _whole_word(text: str) -> re.Pattern[str]:
    """The pattern for `text` as a whole word, compiled once: re's own cache (512) is far too small for
    every candidate of every fact, and compiling was a fifth of generation's time outside spaCy."""
    return re.compile(r"\b" + re.escape(text) + r"\b")


_PEOPLE_SPHERES = ("sphere:", "from:", "role:", "gender:")


class _Described:
    """What is known about names for one question: the article's traits, the run's ("PERSON/sphere:sport"
    pools) and the built-in people's."""

    def __init__(self, label: str, traits: Sequence[tuple[str, str]], pool: Mapping[str, Sequence[str]],
                 article: Sequence[tuple[str, str]] = ()) -> None:
        self.label = label
        # Surnames the story gives to someone quizgen does not know: its "Sanchez" is no Spanish premier
        self.others = {t.split()[-1] for t, lab in article
                       if lab == "PERSON" and " " in t and t not in builtin_people()}
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


def _person_score(answer: frozenset[str], cand: frozenset[str]) -> float:
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


def _famous_alike(answer: str, answer_traits: set[str], cand_traits: set[str]) -> bool:
    """Whether a built-in (famous) person is a fair lure: the answer is famous too, or public office or role
    is shared."""
    if answer in builtin_people():
        return True
    shared = answer_traits & cand_traits
    return bool(shared & _PUBLIC) or any(t.startswith("role:") and t[5:] not in ROLE_ONLY for t in shared)


def _place_score(answer: str, cand: str) -> float:
    sub = subregion_of(answer)
    if sub and subregion_of(cand) == sub:
        return 2  # Central America for Central America
    region = region_of(answer)
    return 1 if region and region_of(cand) == region else 0


def effective_label(answer: str, label: str | None) -> str | None:
    """The label a fact's options follow: spaCy's, unless quizgen knows the name as something else
    ("Boko Haram" tagged PERSON is an organisation, "Dhaka" tagged ORG a city)."""
    if label in ("PERSON", "ORG", "GPE", "NORP"):
        kind = kind_of(answer)
        if label == "PERSON" and kind in ("city", "party"):
            return label  # "Green" or "Washington" the article calls a person is one: a surname
        if kind in ("country", "city", "us-state"):
            return "GPE"
        if kind in ("nationality", "religion", "party"):
            return "NORP"
        if label == "PERSON" and (org_type(answer) in _KNOWN_ORG or kind == "outlet"):
            return "ORG"
    return label


_KNOWN_ORG = {"international", "ngo", "agency", "department", "executive", "legislature", "court", "militant",
              "company", "club", "sports-body", "university", "party"}


def _ranked(fact: Fact, *, article: Sequence[tuple[str, str]], pool: Mapping[str, Sequence[str]],
            rng: random.Random, traits: Sequence[tuple[str, str]] = (), own_only: bool = False
            ) -> Iterator[tuple[str, int]]:
    """(candidate, source) most plausible first; source 0 is the article, 1 the run and bank, 2 built-in."""
    label = effective_label(fact.answer, fact.label) or ""
    if label in NUMERIC:
        for c in numeric_options(fact.answer, label, rng):
            yield c, 0
        return
    # A name used alone ("Putin") gets names used alone: the article's, then leaders' short names.
    builtin_label = "PERSON_SHORT" if label == "PERSON" and len(fact.answer.split()) == 1 else label
    mentioned = {group_of(t) for t, _lab in article} - {None}
    first_names = {t.split()[0] for t, lab in article if lab == "PERSON" and " " in t}
    own = [t for t, lab in article if lab == label and t not in first_names]  # "Donald" is no surname
    if label == "PERSON" and " " not in fact.answer:  # "Craig" for "Phillips" when the story has Charlie Craig
        kin = {t.split()[-1] for t, lab in article if lab == label and t.split()[0] == fact.answer}
        own += [t.split()[-1] for t, lab in article if lab == label and " " in t and len(t.split()[-1]) > 2
                and t.split()[-1] not in kin]  # not "Williams" when the answer is Venus of Venus Williams
    described = _Described(label, traits, pool, article)
    answer_traits = described.of(fact.answer)
    if label == "PERSON" and not any(t.startswith("gender:") for t in answer_traits):
        said = prompt_gender(fact.prompt, BLANK)
        if said:
            answer_traits = answer_traits | {f"gender:{said}"}
    answer_gender = {t for t in answer_traits if t.startswith("gender:")}
    # The story's countries: a minister "of" no stated country is likelier one of theirs
    story_countries = {f"from:{c}" for t, lab in article if lab in ("GPE", "NORP") and (c := country_key(t))}
    if any(t.startswith("from:") for t in answer_traits) or not any(t.startswith("sphere:") for t in answer_traits):
        story_countries = set()  # only for someone of known office and no stated country
    bank = list(pool.get(label, ()))
    if len(bank) > POOL_SAMPLE:  # a big bank costs a bounded sample per question, not a sort of everything
        bank = rng.sample(bank, POOL_SAMPLE)
    alike_names: set[str] = set()
    for trait in answer_traits:  # the run's people of the same role or country are worth more than a sample
        if trait.startswith(_PEOPLE_SPHERES):
            alike = list(pool.get(f"{label}/{trait}", ()))
            alike = rng.sample(alike, POOL_SAMPLE) if len(alike) > POOL_SAMPLE else alike
            bank += alike
            alike_names.update(alike)
    if label == "PERSON" and " " not in fact.answer:
        firsts = _first_names(pool)
        bank = [b for b in bank if b not in firsts]
    famous = builtin_pool().get(builtin_label, ())
    if label == "PERSON":  # only the famous people who share something with the answer can be offered
        index = _people_by_trait(builtin_label)
        famous = tuple(dict.fromkeys(n for t in sorted(answer_traits) if not t.startswith("gender:")
                                     for n in index.get(t, ())))
    org_kind = org_type(fact.answer) if label == "ORG" else None
    width = len(fact.answer)

    def score_of(name: str, source: int) -> float | None:
        """How alike `name` is to the answer (higher is better), None when it must not be offered."""
        score = 0.0
        if label == "PERSON":
            if answer_traits and described.known(name):  # most of a run's names are known for nothing
                cand_traits = described.of(name)
                if answer_gender and any(t.startswith("gender:") for t in cand_traits) and \
                        not answer_gender & cand_traits:
                    return None  # "_____ said she": no man
                if answer_gender & cand_traits:
                    score += 1
                score = _person_score(answer_traits, cand_traits) + (1 if cand_traits & story_countries else 0)
                if source == 0 and cand_traits:
                    score += 1  # the story's own minister beats a foreign one the story never names
                if source and name in builtin_people() and not _famous_alike(fact.answer, answer_traits, cand_traits):
                    return None  # a world leader is no lure for a lawyer the story quotes
            elif source and name in builtin_people() and fact.answer not in builtin_people():
                return None
        elif label in ("GPE", "NORP"):
            score = _place_score(fact.answer, name)
        elif org_kind:
            score = 2 if org_type(name) == org_kind else 0
        if source == 2 and group_of(name) in mentioned:
            score += 0.5  # built-in names tied to the story: capitals of the countries it mentions
        return score

    def ordered(sources: Iterable[tuple[int, Sequence[str]]], skip: set[str]) -> list[tuple[float, int, int, int, str]]:
        entries: list[tuple[float, int, int, int, str]] = []
        for source, names in sources:
            names = [n for n in dict.fromkeys(names) if n not in skip]
            rng.shuffle(names)
            for name in names:
                skip.add(name)
                score = score_of(name, source)
                if score is not None:
                    entries.append((-score, source, abs(len(name) - width) // 4, len(entries), name))
        entries.sort()
        return entries

    # First the few that can be alike (the story's names, the run's of the same role, the built-in names of
    # the same region, type or office), best first; most questions need no more. Then everything else.
    done: set[str] = set()
    alike_bank = [n for n in bank if n in alike_names] if alike_names else []
    first = ordered(((0, own), (1, alike_bank), (2, _alike_builtin(builtin_label, fact.answer, label, famous))), set())
    for entry in first:
        if entry[0] < 0 or entry[0] == 0 and entry[1] == 0:  # the alike, then the story's own names
            done.add(entry[4])
            yield entry[4], entry[1]
    if own_only:
        for entry in ordered(((0, own),), done):
            yield entry[4], entry[1]
        return
    for entry in ordered(((0, own), (1, bank), (2, famous)), done):
        yield entry[4], entry[1]


@lru_cache(maxsize=4)
def _people_by_trait(builtin_label: str) -> dict[str, tuple[str, ...]]:
    """Trait -> the built-in people (full or short names, as `builtin_label` says) who have it."""
    out: dict[str, list[str]] = {}
    for name in builtin_pool().get(builtin_label, ()):
        for trait in builtin_people().get(name, ()):
            out.setdefault(trait, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _alike_builtin(builtin_label: str, answer: str, label: str, famous: Sequence[str]) -> Sequence[str]:
    """The built-in names that can score above nothing: same region, same type, or any famous person."""
    if label == "PERSON":
        return famous
    if label in ("GPE", "NORP"):
        return _by_region(builtin_label).get(region_of(answer) or "", ())
    if label == "ORG":
        return _by_type(builtin_label).get(org_type(answer) or "", ())
    return ()


@lru_cache(maxsize=8)
def _by_region(builtin_label: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in builtin_pool().get(builtin_label, ()):
        out.setdefault(region_of(name) or "", []).append(name)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8)
def _by_type(builtin_label: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in builtin_pool().get(builtin_label, ()):
        out.setdefault(org_type(name) or "", []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def candidates(fact: Fact, *, article: Sequence[tuple[str, str]], pool: Mapping[str, Sequence[str]],
               rng: random.Random, traits: Sequence[tuple[str, str]] = ()) -> Iterable[str]:
    """Candidate wrong options, most plausible first: alike in role, country, region or type; then the
    article's own entities before the run's and the built-in lists."""
    for name, _source in _ranked(fact, article=article, pool=pool, rng=rng, traits=traits):
        yield name


_FIRST_CACHE: dict[int, tuple[int, frozenset[str]]] = {}


def _first_names(pool: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """First names of the run's full names: "Donald" alone is no surname to offer for "Phillips"."""
    people = pool.get("PERSON", ())
    cached = _FIRST_CACHE.get(id(pool))
    if cached is not None and cached[0] == len(people):
        return cached[1]
    found = frozenset(n.split()[0] for n in people if " " in n)
    _FIRST_CACHE.clear()
    _FIRST_CACHE[id(pool)] = (len(people), found)
    return found


_ORG_WORDS = re.compile(r"\b(?:department|ministry|office|agency|administration|bureau|service|commission|"
                        r"council|court|university|college|school|institute|party|committee|of|the|for|and)\b",
                        re.IGNORECASE)


_NAMED = {"PERSON", "ORG", "GPE", "NORP"}
_SPAN_END = re.compile(r"[’']s?$|[,;:]$")
_FAITHS = {"muslim": "sunni shiite sufi", "christian": "catholic protestant orthodox evangelical mormon "
           "anglican baptist methodist lutheran"}
_DENOMINATION = {d: faith for faith, ds in _FAITHS.items() for d in ds.split()}


def _within(a: str, b: str) -> bool:
    """Whether one religion word names a part of the other's faith (Sunni, Muslim) or the same (Shia, Shiite)."""
    ka, kb = (_SAME_FAITH.get(k, k) for k in (entity_key(a).rstrip("s"), entity_key(b).rstrip("s")))
    return ka == kb or _DENOMINATION.get(ka) == kb or _DENOMINATION.get(kb) == ka


_SAME_FAITH = {"shia": "shiite"}


def _head(text: str) -> str:
    words = re.findall(r"[\w’'-]+", text.lower())
    return words[-1] if words else ""


def _same_head(a: str, b: str) -> bool:
    """Whether two names of places, events or works end in the same word ("LaGuardia Airport", "Fiumicino
    airport") and have more words than that one."""
    return " " in a.strip() and " " in b.strip() and _head(a) == _head(b)


def _same_but_head(a: str, b: str) -> bool:
    """related() without the shared last word, which says what kind of thing both are."""
    if _head(a) != _head(b) or _head(a) == "":
        return related(a, b)
    cut = re.compile(r"[\s-]*\b" + re.escape(_head(a)) + r"\W*$", re.IGNORECASE)
    ra, rb = cut.sub("", a), cut.sub("", b)
    return not comparable(ra) or not comparable(rb) or related(ra, rb)


def _same_org(a: str, b: str) -> bool:
    """related() for organisations, where a shared generic word ("Department") says nothing: "State
    Department" is no other name for the Justice Department, but "Defense Department" is the Pentagon."""
    if not related(a, b):
        return False
    sa, sb = _ORG_WORDS.sub(" ", a).strip(), _ORG_WORDS.sub(" ", b).strip()
    if not comparable(sa) or not comparable(sb) or related(sa, sb):
        return True
    group = group_of(a)
    return group is not None and group == group_of(b)


_US = group_of("United States")
_US_PARTIES = {"democrat", "democrats", "democratic", "republican", "republicans"}


def _given_away(answer: str, label: str | None) -> bool:
    """Answers no set of wrong options makes a fair question of, read on the dev stories: the United States
    (a news sentence about it names Congress, the states or the president, so Mexico or Yemen fools nobody)
    and an American party (it has one rival; "Tories" or "Communists" in Congress fool nobody)."""
    if label in ("GPE", "ORG") and _US is not None and group_of(answer) == _US:
        return True
    return label == "NORP" and entity_key(answer) in _US_PARTIES


def choose(fact: Fact, *, article: Sequence[tuple[str, str]], pool: Mapping[str, Sequence[str]],
           rng: random.Random, n: int = 3, traits: Sequence[tuple[str, str]] = ()) -> list[str]:
    """Up to `n` wrong options for `fact`, each certainly different from the answer and from each other.

    `traits` are the article's (text, trait) pairs (see traits.py): names it coordinates with the answer
    ("Russia and China vetoed") are never options, as either may be the answer to the same question."""
    sentence = fact.sentence.lower()
    prompt = fact.prompt
    names_in = re.findall(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", prompt)
    chosen: list[str] = []
    if not comparable(fact.answer):
        return chosen  # nothing could tell an option from the answer itself
    if _given_away(fact.answer, fact.label):
        return chosen
    answer_key = entity_key(fact.answer)
    peers = {t[5:] for name, t in traits if t.startswith("peer:") and entity_key(name) == answer_key}
    peers |= {entity_key(name) for name, t in traits if t == "peer:" + answer_key}
    label = effective_label(fact.answer, fact.label) or ""
    unknown_org = label == "ORG" and org_type(fact.answer) is None
    # A town quizgen does not know (Tikrit, Twin City) gets the story's own places, not a stranger's city
    unknown_place = label == "GPE" and kind_of(fact.answer) is None
    for raw, source in _ranked(fact, article=article, pool=pool, rng=rng, traits=traits,
                               own_only=unknown_org or unknown_place):
        if (unknown_org or unknown_place) and source != 0:
            continue  # an organisation of no known type: only the story's own are surely the same kind
        if entity_key(raw) in peers:
            continue
        cand = _fit(raw, fact.answer)
        if _SPAN_END.search(cand) or cand.lower() in ROLE_WORDS:
            continue  # "Trump’s" and "Duke," are spaCy's spans, not names
        if not comparable(cand) or "\n" in cand or not _shape_ok(fact.answer, label, cand):
            continue
        numeric = label in NUMERIC
        if label not in _NAMED and not numeric and not _same_head(fact.answer, cand):
            continue  # an airport for an airport, a war for a war: other things only by their last word
        if label == "ORG":
            same = _same_org
        elif label not in _NAMED and not numeric:
            same = _same_but_head
        else:
            same = lambda a, b: related(a, b, numeric=numeric)  # noqa: E731
        if same(fact.answer, cand) or any(same(c, cand) for c in chosen):
            continue
        if label == "NORP" and _within(fact.answer, cand):
            continue  # a Sunni is a Muslim: no wrong option for "Muslim", nor "Muslim" for "Sunni"
        if _whole_word(cand.lower()).search(sentence):
            continue  # already in the prompt: it cannot be the blank
        if not numeric and any(related(name, cand) for name in names_in):
            continue  # "Vladimir Putin" when the prompt says "Putin's adviser"; "Moscow" when it says "Russia"
        chosen.append(cand)
        if len(chosen) == n:
            break
    return chosen
