"""How alike a candidate is to the answer: what is known of names for one question (the article's, the
run's and the built-in traits), the scores of people and places by role, sphere, country and region, and
when two names are the same thing in other words (a faith and its denomination, an organisation's names)."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from .names import comparable, entity_key, group_of, listed, power, region_of, related, subregion_of
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
        # ... and the last name of a span the tagger did not call a person: "Auckland Mayor Wayne Brown" (tagged
        # ORG) is no Gordon Brown, though "Prime Minister Gordon Brown" is
        for words in (t.split() for t, lab in article if lab != "PERSON"):
            if len(words) > 1 and words[-2][:1].isupper() and not any(
                    " ".join(words).endswith(" " + f) for f in _full_names().get(words[-1], ())):
                self.others.add(words[-1])
        self.article = traits_by_name(traits)
        self.by_surname: dict[str, set[str]] = {}
        for name, found in self.article.items():
            if " " in name:
                self.by_surname.setdefault(name.split()[-1], set()).update(found)
        self.run, self.run_by_surname = _run_traits(pool, label) if label == "PERSON" else ({}, {})
        self._seen: dict[str, frozenset[str]] = {}

    def known(self, name: str) -> bool:
        """Whether anything at all is known of `name` (cheap: no sets built)."""
        return (name in self.article or name in self.run or name in builtin_people()
                or (" " not in name and (name in self.by_surname or name in self.run_by_surname)))

    def of(self, name: str) -> frozenset[str]:
        found = self._seen.get(name)
        if found is None:
            found = set(self.article.get(name, ())) | self.run.get(name, set())
            if self.label == "PERSON" and " " not in name:
                found |= self.by_surname.get(name) or self.run_by_surname.get(name, set())
            if self.label == "PERSON":
                famous = self.famous(name)
                if any(t.startswith("gender:") for t in famous):
                    # a pronoun the story seems to give them may be someone else's ("Biden, who championed her
                    # nomination"): a known person's gender is quizgen's
                    found = {t for t in found if not t.startswith("gender:")}
                found |= famous
            found = self._seen[name] = frozenset(t for t in found if not t.startswith("story:"))
        return found

    def woman(self, name: str) -> bool:
        """Whether a candidate is a woman: so quizgen knows, or her first name is in the shipped list of women's
        names ("Mimi Haley", of whom the story says nothing more). Not asked of the answer, whose gender the
        story and the prompt tell."""
        traits = self.of(name)
        if any(t.startswith("gender:") for t in traits):
            return "gender:f" in traits
        return " " in name and entity_key(name.split()[0]) in listed("female_names")

    def home_of(self, name: str) -> frozenset[str]:
        """The country of the story a name from another story comes from, as "from:" traits (see pool_of)."""
        found = self.run.get(name) or (self.run_by_surname.get(name, set()) if " " not in name else set())
        return frozenset("from:" + t[6:] for t in found if t.startswith("story:"))

    def famous(self, name: str) -> frozenset[str]:
        """The traits of the built-in person `name` stands for, or none when the story says it is someone else:
        its "Sanchez" (of a full name it gives) is no Spanish premier, its "Governor Brown" no British prime
        minister."""
        known = builtin_people().get(name, frozenset())
        if not known or " " in name:
            return known  # a full name quizgen knows is that person, whatever title a sentence gives them
        if name in self.others:
            return frozenset()
        own = set(self.article.get(name, ())) | self.by_surname.get(name, set())
        spheres = {t for t in own if t.startswith("sphere:")}
        return frozenset() if spheres and not spheres & known else known


@lru_cache(maxsize=1)
def _full_names() -> dict[str, tuple[str, ...]]:
    """The full names of the people quizgen ships, by their last word ("Brown": "Gordon Brown", ...)."""
    out: dict[str, list[str]] = {}
    for name in builtin_people():
        if " " in name:
            out.setdefault(name.split()[-1], []).append(name)
    return {last: tuple(names) for last, names in out.items()}


_RunTraits = tuple[dict[str, set[str]], dict[str, set[str]]]
_RUN_CACHE: dict[int, tuple[tuple[int, ...], _RunTraits]] = {}


def _run_traits(pool: Mapping[str, Sequence[str]], label: str) -> _RunTraits:
    """Name -> traits from the run's "LABEL/trait" pools, and surname -> the traits of the full names that end
    in it ("Mnangagwa" is President Emmerson Mnangagwa), built once per pool (and again when it grows)."""
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
    by_surname: dict[str, set[str]] = {}
    for name, found in out.items():
        if " " in name:
            by_surname.setdefault(name.split()[-1], set()).update(found)
    _RUN_CACHE.clear()  # one pool at a time: a build's pool grows in place
    _RUN_CACHE[id(pool)] = (stamp, (out, by_surname))
    return out, by_surname


@lru_cache(maxsize=4096)
def _split(traits: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Roles, their last words, spheres, countries, subregions and regions of a set of traits, worked out once."""
    def values(prefix: str) -> frozenset[str]:
        return frozenset(t[len(prefix):] for t in traits if t.startswith(prefix))
    roles, spheres, countries = values("role:"), values("sphere:"), values("from:")
    bases = frozenset(r.rsplit("-", 1)[-1] for r in roles if not r.startswith("vice-"))  # a vice president is none
    return (roles, bases, spheres, countries, frozenset(subregion_of(c) for c in countries) - {None},
            frozenset(region_of(c) for c in countries) - {None}, values("party:"))


def spheres_clash(answer: frozenset[str], cand: frozenset[str]) -> bool:
    """Whether two people are known to work in unrelated spheres: a sheriff and a president, a coach and a
    judge (two politicians of different offices are near: see person_score)."""
    a_sph, c_sph = _split(answer)[2], _split(cand)[2]
    return bool(a_sph and c_sph and not a_sph & c_sph and not a_sph | c_sph <= _POLITICAL)


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
    elif "head" in a_sph & c_sph and a_role and c_role:
        score += 2.5  # a prime minister for a president: a compatriot of either before a foreign one of the same
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


def famous_alike(answer_famous: bool, answer_traits: set[str], cand_traits: set[str]) -> bool:
    """Whether a built-in (famous) person is a fair lure: the answer is famous too, or public office or role
    is shared. Never an athlete of another sport: a driver is no lure for a tennis champion."""
    a_sport = disciplines(answer_traits)
    if a_sport and "sphere:sport" in cand_traits and not a_sport & disciplines(cand_traits):
        return False  # nor a football coach
    if answer_famous:
        return True
    shared = answer_traits & cand_traits
    return bool(shared & _PUBLIC) or any(t.startswith("role:") and t[5:] not in ROLE_ONLY for t in shared)


# What an athlete's role says of their sport: the built-in people's roles, and the words a story uses.
_DISCIPLINE = {"tennis": "tennis", "driver": "motor racing", "golfer": "golf", "basketball": "basketball",
               "football": "football", "striker": "football", "midfielder": "football", "defender": "football",
               "goalkeeper": "football", "keeper": "football", "swimmer": "swimming", "cyclist": "cycling",
               "boxer": "boxing", "quarterback": "american football", "pitcher": "baseball", "batsman": "cricket",
               "bowler": "cricket", "skier": "skiing", "sprinter": "athletics", "runner": "athletics",
               "athlete": "athletics"}


def disciplines(traits: set[str] | frozenset[str]) -> set[str]:
    """The sports a person's traits tie them to ("role:tennis" -> tennis), none for a coach or a champion."""
    return {_DISCIPLINE[t[5:]] for t in traits if t.startswith("role:") and t[5:] in _DISCIPLINE}


def alike_elsewhere(answer: frozenset[str], cand: frozenset[str], home: frozenset[str] = frozenset()) -> bool:
    """Whether someone from another story is a fair lure: known to share the answer's field, office, country
    or region, and for an athlete the sport (gender alone is not enough: "Ann Bodkin", rescued from a quake,
    is no lure for a Brazilian president, nor a cyclist for a tennis champion). `home` is the country of the
    candidate's story, taken for theirs when they have none stated."""
    if not answer or not cand or spheres_clash(answer, cand):
        return False
    if "sphere:sport" in answer | cand:
        return bool(disciplines(answer) & disciplines(cand))
    if worlds_apart(answer, cand if any(t.startswith("from:") for t in cand) else cand | home):
        return False  # India's finance minister is no lure for Egypt's: the office is shared, the world is not
    mine, theirs = _split(answer), _split(cand | home)  # (roles, bases, spheres, countries, ...)
    if mine[0] and not theirs[0] and not theirs[2] and not mine[3] & theirs[3]:
        return False  # "Kenyatta and his deputy, _____": no South African known only for being one
    return person_score(answer, cand) > 0


def worlds_apart(answer: frozenset[str], cand: frozenset[str]) -> bool:
    """Whether two people are known to be of different countries in different parts of the world (the United
    States and Canada are one part, Latin America another; Asia is four: an Indian state minister is no lure for
    Uzbekistan's president, nor a Filipino president)."""
    a_from, c_from = _split(answer)[3], _split(cand)[3]
    return bool(a_from and c_from and not a_from & c_from and not _worlds(a_from) & _worlds(c_from))


def _worlds(countries: frozenset[str]) -> frozenset[str]:
    return frozenset(subregion_of(c) if subregion_of(c) == "north-america" or region_of(c) == "asia" else region_of(c)
                     for c in countries) - {None}


# Words that say which sport a story is about, as the role of an athlete in it.
_SPORT_WORDS = [
    ("role:tennis", r"Wimbledon|Grand Slam|(?:US|French|Australian) Open|Roland Garros|tie-?break|Centre Court|"
                    r"ATP|WTA"),
    ("role:cyclist", r"Tour de France|Giro|Vuelta|peloton|yellow jersey"),
    ("role:golfer", r"PGA|birdie|bogey|Ryder Cup|the Masters"),
    ("role:driver", r"Formula (?:One|1)|F1|Grand Prix|pole position"),
    ("role:swimmer", r"freestyle|breaststroke|backstroke|butterfly|medley"),
    ("role:sprinter", r"\d00m|100 metres|marathon|IAAF|World Athletics"),
    ("role:striker", r"Premier League|Champions League|FIFA|UEFA|La Liga|Serie A|Bundesliga"),
    ("role:boxer", r"heavyweight|welterweight|knock-?out|\bbout\b"),
    ("role:batsman", r"wickets?|innings|Test match"),
]
_SPORT_PATTERNS = [(role, re.compile(r"\b(?:" + pattern + r")\b")) for role, pattern in _SPORT_WORDS]


def sport_in(text: str) -> str | None:
    """The athlete's role the words of a story give its sport ("role:tennis" where it says Wimbledon), if one."""
    return next((role for role, pattern in _SPORT_PATTERNS if pattern.search(text)), None)


# Subregions that border each other: Armenia's neighbours are Turkey, Iran and Russia, not Ireland or Italy
_BORDERING = [("caucasus", "eastern-europe"), ("caucasus", "levant"), ("caucasus", "gulf"), ("caucasus", "central-asia"),
              ("central-asia", "south-asia"), ("central-asia", "east-asia"), ("central-asia", "eastern-europe"),
              ("north-america", "central-america"), ("north-america", "caribbean"), ("central-america", "caribbean"),
              ("central-america", "south-america"), ("levant", "gulf"), ("levant", "north-africa"),
              ("north-africa", "west-africa"), ("north-africa", "east-africa"), ("east-africa", "southern-africa"),
              ("eastern-europe", "balkans"), ("eastern-europe", "northern-europe"), ("balkans", "southern-europe"),
              ("southern-europe", "western-europe"), ("western-europe", "northern-europe"), ("south-asia", "gulf"),
              ("south-asia", "southeast-asia"), ("southeast-asia", "east-asia"), ("southeast-asia", "oceania")]
_NEIGHBOURS = {pair for a, b in _BORDERING for pair in ((a, b), (b, a))}


def place_score(answer: str, cand: str, peers: bool = False) -> float:
    """2 for a country of the answer's subregion (Central America for Central America), 1.5 for one of a
    bordering subregion, 1 for one of its region, else 0; with `peers` (a story of great powers), 2.5 for a great
    power for a great power (Russia gets China, not Slovakia)."""
    if peers and power(answer) and power(cand):
        return 2.5
    sub, cand_sub = subregion_of(answer), subregion_of(cand)
    if sub and cand_sub == sub:
        return 2
    if (sub, cand_sub) in _NEIGHBOURS:
        return 1.5
    region = region_of(answer)
    return 1 if region and region_of(cand) == region else 0


_FAITHS = {"muslim": "sunni shiite sufi", "christian": "catholic protestant orthodox evangelical mormon "
           "anglican baptist methodist lutheran"}
_DENOMINATION = {d: faith for faith, ds in _FAITHS.items() for d in ds.split()}
_SAME_FAITH = {"shia": "shiite"}


def same_faith(a: str, b: str) -> bool:
    """Whether one religion word names a part of the other's faith (Sunni, Muslim) or the same (Shia, Shiite)."""
    ka, kb = (_SAME_FAITH.get(k, k) for k in (entity_key(a).rstrip("s"), entity_key(b).rstrip("s")))
    return ka == kb or _DENOMINATION.get(ka) == kb or _DENOMINATION.get(kb) == ka


_ORG_WORDS = re.compile(r"\b(?:department|ministry|office|agency|administration|bureau|service|commission|bank|"
                        r"council|court|university|college|school|institute|party|committee|of|the|for|and)\b",
                        re.IGNORECASE)


def _head(text: str) -> str:
    words = re.findall(r"[\w’'-]+", text.lower())
    return words[-1] if words else ""


def same_head(a: str, b: str) -> bool:
    """Whether two names of places, events or works end in the same word ("LaGuardia Airport", "Fiumicino
    airport") and have more words than that one."""
    return " " in a.strip() and " " in b.strip() and _head(a) == _head(b)


@lru_cache(maxsize=4096)
def _head_at_end(head: str) -> re.Pattern[str]:
    """The pattern for a name's last word at its end, compiled once per word."""
    return re.compile(r"[\s-]*\b" + re.escape(head) + r"\W*$", re.IGNORECASE)


def same_but_head(a: str, b: str) -> bool:
    """related() without the shared last word, which says what kind of thing both are."""
    head = _head(a)
    if head != _head(b) or head == "":
        return related(a, b)
    cut = _head_at_end(head)
    ra, rb = cut.sub("", a), cut.sub("", b)
    return not comparable(ra) or not comparable(rb) or related(ra, rb)


def same_org(a: str, b: str) -> bool:
    """related() for organisations, where a shared generic word ("Department") says nothing: "State
    Department" is no other name for the Justice Department, but "Defense Department" is the Pentagon."""
    if _initials_in(a, b) or _initials_in(b, a):
        return True  # "SVB Financial Group" is Silicon Valley Bank's parent
    if not related(a, b):
        return False
    sa, sb = _ORG_WORDS.sub(" ", a).strip(), _ORG_WORDS.sub(" ", b).strip()
    if not comparable(sa) or not comparable(sb) or related(sa, sb):
        return True
    group = group_of(a)
    return group is not None and group == group_of(b)


def _initials_in(name: str, other: str) -> bool:
    """Whether `other` has the initials of a name of three or more capitalised words as a word ("SVB" of
    "Silicon Valley Bank")."""
    words = [w for w in name.split() if w[:1].isupper()]
    return len(words) >= 3 and "".join(w[0] for w in words) in other.split()
