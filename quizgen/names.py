"""What names mean: aliases, demonyms and capitals that denote the same thing, and name normalisation.

Shared by answer choice (a blank must not be given away by its own alias elsewhere in the sentence) and by
distractors (a wrong option must never be the answer in disguise).
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

# Words that call the name before or after them an administrative division: "the province of Quang Ninh"
DIVISIONS = frozenset({"province", "state", "region", "prefecture", "county", "district", "governorate", "territory"})
# Words after a party's (or a state's, or a ministry's) name that make its members: "the Labour MPs"
MEMBERS = frozenset({"minister", "ministers", "mp", "mps", "mla", "mlas", "lawmaker", "lawmakers", "legislator",
                     "legislators", "cadres"})
_STOP = {"the", "of", "and", "a", "an", "for", "in", "on", "at", "to", "de", "la", "al", "el", "bin", "von", "der"}


@lru_cache(maxsize=65536)
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
    """Normalised name -> group id, for names that may denote the same thing: aliases, metonyms and
    overlapping bodies ("Kremlin", "Senate"/"Congress"), a country's demonym and capital."""
    data = builtin()
    sets = [list(g) for g in data["aliases"]] + [list(g) for g in data["overlaps"]]
    sets += [[c["name"], c["demonym"], c["capital"], c["demonym"] + "s"] for c in data["countries"]]
    parent = list(range(len(sets)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for gid, names in enumerate(sets):  # union the sets that share a name
        for name in names:
            key = entity_key(name)
            if key in owner:
                parent[find(gid)] = find(owner[key])
            else:
                owner[key] = gid
    return {key: find(gid) for key, gid in owner.items()}


def united_states(text: str) -> bool:
    """Whether `text` names the United States: "U.S.", "America", "Americans", "the White House", "Washington"."""
    us = group_of("United States")
    return us is not None and group_of(text) == us


def group_of(text: str) -> int | None:
    """The id of the group of names `text` belongs to, or None for a name quizgen knows nothing about."""
    return _same_thing().get(entity_key(text))


@lru_cache(maxsize=65536)  # related() misses its own cache for each new pair, but the names recur
def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", text.lower()) if w not in _STOP)


_NORM_STOP = set("a an the of in on at to for and or by with from as is was be".split())


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    """Words and digits only, without function words: "10,000" is "10 000", "the US" is "us"."""
    return " ".join(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _NORM_STOP)


def comparable(text: str) -> bool:
    """Whether `text` has a word or number to compare names by: related() says nothing about one without."""
    return bool(_norm(text))


@lru_cache(maxsize=262144)
def related(a: str, b: str, *, numeric: bool = False) -> bool:
    """Whether `b` could be the same answer as `a`: equal, overlapping, alias, demonym, capital or stem."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False  # "The" at the start of a prompt is no name
    if na in nb or nb in na:
        return True
    if numeric:
        return False
    ka, kb = entity_key(a), entity_key(b)
    if _words(a) & _words(b):
        return True  # "Kim" vs "Kim Jong Un", "North Korea" vs "North Korean"
    groups = _same_thing()
    if ka in groups and groups.get(kb) == groups[ka]:
        return True
    for wa in ka.split():
        for wb in kb.split():
            if len(wa) >= 4 and len(wb) >= 4 and (wa.startswith(wb[: max(4, len(wb) - 3)]) or wb.startswith(wa[: max(4, len(wa) - 3)])):
                return True  # Russia / Russian, Japan / Japanese
    return False


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """Normalised name -> what kind of thing it is: country, city, nationality, religion or party."""
    data = builtin()
    kinds: dict[str, str] = {}
    for c in data["countries"]:
        kinds[entity_key(c["name"])] = "country"
        kinds.setdefault(entity_key(c["capital"]), "city")
        kinds[entity_key(c["demonym"])] = "nationality"
        kinds[entity_key(c["demonym"] + "s")] = "nationality"
    for name in data["country_aliases"]:
        kinds[entity_key(name)] = "country"
    for name in data["religions"]:
        kinds[entity_key(name)] = "religion"
    for name in data["parties"]:
        kinds[entity_key(name)] = "party"
    for name in data["us_states"]:
        kinds.setdefault(entity_key(name), "us-state")  # Georgia and Washington keep their first meaning
    for name in data["outlets"]:
        kinds[entity_key(name)] = "outlet"
    for name in data.get("territories", ()):
        kinds[entity_key(name)] = "territory"  # "West Bank", which ends like a bank's name
    return kinds


def _by_country(field: str) -> dict[str, str]:
    """Normalised country name, capital or demonym -> that country's `field` ("region", "subregion")."""
    out: dict[str, str] = {}
    for c in builtin()["countries"]:
        for key in (c["name"], c["capital"], c["demonym"], c["demonym"] + "s"):
            out.setdefault(entity_key(key), c[field])
    return out


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return _by_country("region")


@lru_cache(maxsize=1)
def _subregions() -> dict[str, str]:
    return _with_aliases(_by_country("subregion"))  # "U.S." is in North America like the United States


def _with_aliases(mapping: dict[str, str]) -> dict[str, str]:
    """`mapping` (normalised name -> value) with each alias group ("U.S.", "America") given the value its named
    members share, where they share one."""
    for group in builtin()["aliases"]:
        found = {mapping[entity_key(n)] for n in group if entity_key(n) in mapping}
        if len(found) == 1:
            for n in group:
                mapping.setdefault(entity_key(n), next(iter(found)))
    return mapping


@lru_cache(maxsize=None)  # one entry per shipped list
def _every_name(field: str) -> dict[str, str]:
    """The keys of every name of the countries in one of the shipped lists (name, capital, demonym, aliases),
    each to its country's key."""
    country = {k: entity_key(name) for k, name in _by_country("name").items()}
    return _with_aliases({k: c for k, c in country.items() if c in listed(field)})  # "U.S.", "Britain"


def power(text: str) -> str | None:
    """The key of the great power a country, capital or nationality names ("russia" for "Moscow", "united
    states" for "American"), else None: a power's peers, not its small neighbours, are what a reader confuses
    it with in a story of powers."""
    return _every_name("powers").get(entity_key(text))


def in_eu(text: str) -> bool:
    """Whether a country, capital or nationality is of a member of the European Union."""
    return entity_key(text) in _every_name("eu_members")


@lru_cache(maxsize=1)
def _divisions() -> dict[str, str]:
    return {entity_key(state): division for division, states in builtin()["us_divisions"].items() for state in states}


def division_of(state: str) -> str | None:
    """The census division of a US state ("west-south-central" for Texas), else None."""
    return _divisions().get(entity_key(state))


def subregion_of(text: str) -> str | None:
    """The part of the world a country, capital or nationality is in ("central-america", "east-asia")."""
    return _subregions().get(entity_key(text))


def region_of(text: str) -> str | None:
    """The world region of a country, capital or nationality quizgen knows ("asia", "americas"...)."""
    return _regions().get(entity_key(text))


def kind_of(text: str) -> str | None:
    """"country", "city", "us-state", "territory", "nationality", "religion", "party", "outlet", or None when quizgen
    does not know."""
    return _kinds().get(entity_key(text))


# A capital standing for its government: "firm promises from _____", "talks with _____", "_____ warned"
_GOVERNS_BEFORE = re.compile(r"\b(?:(?:promises?|pressure|demands?|commitments?|assurances?|guarantees?|concessions?|"
                             r"criticism|threats?|support|approval)\s+(?:from|by)|(?:talks|ties|relations|dialogue|"
                             r"negotiations|deal|tensions|dispute)\s+with|between\s+\w+\s+and)\s+$", re.IGNORECASE)
_GOVERNS_AFTER = re.compile(r"\s*(?:[’']s\s+(?:government|leaders?|leadership|regime|nuclear|missiles?|policy|"
                            r"position|stance|demands?|envoys?|negotiators?)\b|\s+(?:(?:has|have|had)\s+)?(?:says?|"
                            r"said|warned|agreed|denied|rejected|refused|insist(?:s|ed)?|demanded|accused|announced|"
                            r"promised|claim(?:s|ed)?|urged|responded|vowed|threatened)\b)")


def governs(answer: str, prompt: str, blank: str) -> bool:
    """Whether a capital in the prompt stands for its country's government ("the agreement holds no firm promises
    from _____ to abandon its nuclear weapons", "_____ warned"): other capitals fit there, not its country's
    other cities."""
    if kind_of(answer) != "city":
        return False
    before, _, after = prompt.partition(blank)
    return bool(_GOVERNS_BEFORE.search(before) or _GOVERNS_AFTER.match(after))


_THE_COUNTRY = re.compile(r"(?:Republic|Kingdom|States|Union|Emirates|Islands)$|"
                          r"^(?:Philippines|Netherlands|Maldives|Bahamas|Gambia)$")


def country_with_the(text: str) -> bool | None:
    """Whether a country's name is written after "the" ("the Philippines", "the Czech Republic"); None when
    `text` is no country quizgen knows."""
    if kind_of(text) != "country":
        return None
    return bool(_THE_COUNTRY.search(text.strip()))


@lru_cache(maxsize=1 << 14)
def whole_word(text: str) -> re.Pattern[str]:
    """The pattern for `text` as a whole word, compiled once: re's own cache (512) is far too small for
    every candidate of every fact, and compiling was a fifth of generation's time outside spaCy."""
    return re.compile(r"\b" + re.escape(text) + r"\b")


@lru_cache(maxsize=None)  # one entry per shipped list
def listed(field: str) -> frozenset[str]:
    """The keys of the names in one of the shipped lists (entities.json's `field`)."""
    return frozenset(entity_key(name) for name in builtin().get(field, ()))


@lru_cache(maxsize=1)
def landlocked() -> frozenset[str]:
    """The keys of the countries with no coast and the US states with none on an ocean (Ohio's is on a lake): no
    lure where a typhoon makes landfall or a navy sails ("the most powerful hurricane to hit _____" got Nevada and
    Kentucky for Texas, "coastal areas of _____" Ohio)."""
    return listed("landlocked") | listed("inland_states")


_SEA = re.compile(r"\b(?:typhoon|hurricane|cyclone|tsunami|coast(?:al|line|guard)?|seas?|ocean|navy|naval|port|"
                  r"maritime|ships?|fishing boats|beach(?:es)?|islands?)\b", re.IGNORECASE)
_ISLAND_NATION = re.compile(r"\bisland (?:nation|state|country|republic)s?\b|\barchipelag|\bisland of\s+(?-i:[A-Z])",
                            re.IGNORECASE)  # "the Indian Ocean island of Mauritius", not "the island of the dead"


_PACIFIC = re.compile(r"\bPacific\b(?! Islands? Forum)")


def shore_of(story: str, answer: str, names: Iterable[tuple[str, str]] = ()) -> Callable[[str], bool] | None:
    """Which countries' keys may stand for a country where the story speaks of the sea: for an island
    nation the story calls one ("the small island nation of _____"), island nations only; for a country with
    a coast, where a typhoon makes landfall or a navy sails, no landlocked one; for a country with a land
    border, where the story speaks of neighbours or borders, no island nation that has none. None when the
    story says none of these. In a Pacific story (the sentence, or a place the article names: "the Pacific
    Ocean"), a country on the Pacific gets only such countries."""
    key = entity_key(answer)
    if key in listed("island_nations") and _ISLAND_NATION.search(story):
        return listed("island_nations").__contains__
    if key in listed("pacific_nations") and (_PACIFIC.search(story) or
                                             any(_PACIFIC.search(t) for t, lab in names if lab == "LOC")):
        return listed("pacific_nations").__contains__  # "a tsunami struck parts of _____ and Japan": no Poland
    if key not in landlocked() and _SEA.search(story):
        return lambda name: name not in landlocked()
    if _NEIGHBOUR.search(story) and key not in _alone_at_sea():
        return lambda name: name not in _alone_at_sea()  # "_____'s northern neighbor" (Greece): no Malta
    return None


_NEIGHBOUR = re.compile(r"\b(?:neighbou?r(?:s|ing)?|border(?:s|ing|ed)?)\b", re.IGNORECASE)
_SHARED_ISLANDS = {"haiti", "dominican republic", "ireland", "united kingdom", "indonesia", "papua new guinea",
                   "timor leste"}


@lru_cache(maxsize=1)
def _alone_at_sea() -> frozenset[str]:
    """The keys of the island nations that border no other country (not Haiti, Ireland or the United Kingdom)."""
    return listed("island_nations") - _SHARED_ISLANDS


def is_country(text: str) -> bool:
    return kind_of(text) == "country"


def is_city(text: str) -> bool:
    return kind_of(text) == "city"


def shown_context(context: str | None, answer: str) -> str | None:
    """The sentence before a question as shown with it: none when it names or gives away the answer
    ("..., said Blaine Bookey." before "_____ said."), nor when it holds no word (a stray quotation mark)."""
    if not context or not re.search(r"[^\W\d_]", context) or mentions(context, answer):
        return None
    return context


def mentions(text: str, answer: str) -> bool:
    """Whether `text` names `answer` or gives it away: the answer, one of its words, its demonym, capital
    or another name for it. Context shown before a question must not."""
    words = set(re.findall(r"\w+", text.lower()))
    names = re.findall(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", text)
    answer_words = [w for w in re.findall(r"\w+", answer.lower()) if len(w) > 2 and w not in _STOP]
    if any(w in words for w in answer_words):
        return True
    if any(any(x.startswith(w[: max(4, len(w) - 3)]) for x in words) for w in answer_words if len(w) >= 4):
        return True  # "Russian" in the context gives away "Russia"
    return any(related(answer, n) for n in names)

