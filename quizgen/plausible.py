"""Wrong options no reader would weigh against the answer, whatever they have in common with it: a state of under a
million people for a populous country, a leader in a story from years before they rose or after they died, one of a
group the sentence speaks of; and answers no wrong option makes a fair question of.

distractors.choose asks these of each candidate; how alike a candidate is, for those that pass, is likeness.py's.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .cities import city_country, populous
from .models import BLANK
from .names import builtin, entity_key, in_eu, listed, power, region_of, united_states, whole_word
from .traits import ROLE_WORDS, builtin_people, country_key


def too_small(answer: str, cand: str) -> bool:
    """Whether `cand` is a state of under a million people (or its people) offered for a populous country or
    its people: "Alcaraz's first career _____ Open title" (Australian) gets no "Tuvaluan", nor Singapore Monaco.
    Papua New Guinea still gets Samoa and Tonga."""
    answer_country = country_key(answer)
    return answer_country is not None and populous(answer_country) and country_key(cand) in listed("small_states")


_EU = re.compile(r"\b(?:European Union|E\.U\.|EU)(?!\w)")  # "join the EU." too


def outside_eu(sentence: str, answer: str) -> bool:
    """Whether a sentence that names the European Union blanks a place outside it: "sanctions announced by the
    European Union on _____" (Russia) gets no Hungary, "_____ applied to join the EU" (Ukraine) no France."""
    return not in_eu(answer) and bool(_EU.search(sentence))


_COMPASS = re.compile(r"\b(?:north|south|east|west|central)\w*\s+$", re.IGNORECASE)


_POWER_PLAY = re.compile(r"\b(?:sanction(?:s|ed)?|inva(?:sion|ded?)|troops|military|nuclear|missiles?|tariffs?|trade|"
                         r"commerce|econom(?:y|ies|ic)|summit|talks|treat(?:y|ies)|diplomatic|ties|influence|space|"
                         r"rockets?|satellites?|launch(?:ed|es)?|alliance|NATO|Security Council|war|ambassadors?|"
                         r"relations|deal|superpowers?|lunar|moon|Mars|probe|lander|rover|orbit)\b")


def among_powers(answer: str, prompt: str, article: Sequence[tuple[str, str]]) -> bool:
    """Whether a great power is blanked where it acts as one (trade, war, space, diplomacy: "Sweden joined after
    _____'s invasion") in a story that names another power: its peers are the lures there, not its small
    neighbours. Not elsewhere ("a Tamil news station in _____", "born in _____"), nor on a map ("floods in
    northern _____"), nor beside a lesser country of its region ("_____ and Hungary voted"): there the neighbours
    are the lures."""
    mine = power(answer)
    if mine is None or not _POWER_PLAY.search(prompt) or _COMPASS.search(prompt.partition(BLANK)[0]):
        return False
    region = region_of(answer)
    if any(lab == "GPE" and power(t) is None and region_of(t) == region and whole_word(t).search(prompt)
           for t, lab in article):
        return False
    return any(lab in ("GPE", "NORP") and power(t) not in (None, mine) for t, lab in article)


# A world event held in a city: "last year's 1500m final in _____", "the Olympics in _____"
_HOSTED_IN = re.compile(r"\b(?:finals?|championships?|Championships?|Olympics|Olympic Games|Games|World Cup|Grand Prix|"
                        r"summit|Summit|Expo|COP\d*)\s+in\s+$")


def abroad(home: str, prompt: str, article: Sequence[tuple[str, str]]) -> bool:
    """Whether the city blank is one city of the world among others, not one of its own country's: the prompt
    lists cities of other countries than `home`, the answer's ("bourses in Shanghai, Seoul and Hong Kong fell,
    while _____ rose"), or the city hosts a world event ("last year's 1500m final in _____": no Miskolc for
    Budapest). Not a journey ("from Baku to Grozny") nor a city named once ("from Hong Kong")."""
    if _HOSTED_IN.search(prompt.partition(BLANK)[0]):
        return True
    found = sorted((m.start(), m.end()) for t, lab in dict.fromkeys(article) if lab == "GPE" and
                   city_country(t) not in (None, home) for m in whole_word(t).finditer(prompt))
    return any(re.fullmatch(r"\s*(?:,|and|, and)\s*", prompt[end:start])
               for (_, end), (start, _) in zip(found, found[1:]))


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


_US_PARTIES = {"democrat", "democrats", "democratic", "republican", "republicans"}


def given_away(answer: str, label: str | None) -> bool:
    """Answers no set of wrong options makes a fair question of, read on the dev stories: the United States
    (a news sentence about it names Congress, the states or the president, so Mexico or Yemen fools nobody)
    and an American party (it has one rival; "Tories" or "Communists" in Congress fool nobody)."""
    if label in ("GPE", "ORG") and united_states(answer):
        return True
    return label == "NORP" and entity_key(answer) in _US_PARTIES


_GROUP = re.compile(r"\b(?:[Aa]ll|[Tt]he|[Bb]oth(?: the)?)\s+(?:(two|three|four)\s+)?(?:\w+\s+)?(?:countries|nations|"
                    r"states|governments|sides|neighbou?rs|allies|leaders|parties|companies|firms|groups)\b")
_COUNTS = {"two": 2, "three": 3, "four": 4}


def grouped(sentence: str, answer: str, label: str, article: Sequence[tuple[str, str]]) -> set[str]:
    """The keys of the story's first names of the answer's kind when the sentence speaks of them as a group
    ("All three countries are aligned against _____", "both nations"): Israel, the UAE and Bahrain of a story
    about their pact, none of which is a fair option for what they are against."""
    group = _GROUP.search(sentence.replace(answer, BLANK))
    if group is None or not (group.group(1) or group.group(0).lower().startswith("both")):
        return set()
    size = _COUNTS.get(group.group(1) or "two", 2)
    named = [k for t, lab in article if lab == label and (k := entity_key(t)) != entity_key(answer)]
    return set(list(dict.fromkeys(named))[:size])


def orphan(answer: str, article: Sequence[tuple[str, str]]) -> bool:
    """Whether a one-word "person" is no surname: part of no full name the story gives, nor a name quizgen
    knows (of 55 read on the dev stories, about 22 were the tagger's mistakes, "Vanuatu", "Dawn" the
    spacecraft, and 13 first names that no list of surnames matches, "Melissa"; about 10 had fitting
    options), or only the first word of names quizgen does not know: a first name, or a family name written
    first ("Wang" of Wang Wenlan), which other names' last words ("Zedong") would not match."""
    if " " in answer.strip():
        return False
    full = [t.split() for t, lab in article if lab == "PERSON" and " " in t]
    if any(words[-1] == answer for words in full):
        return False
    if any(answer in words for words in full if " ".join(words) not in builtin_people()):
        return True
    return answer not in builtin_people() and not any(answer in words for words in full)


# Capitalised words that come before a name that is no person's: "Cyclone Alfred", "Mount Rainier"
_THING_BEFORE = frozenset("cyclone hurricane storm typhoon tropical mount lake river fort camp operation project "
                          "the a an in on at of for".split())
_SHORT_TITLES = frozenset("mr mrs ms dr gov sen rep gen lt col capt sgt st prof".split())


def called_a_person(answer: str, text: str) -> bool:
    """Whether the article writes a one-word name as a person's is written: after another capitalised word
    ("Magnus Carlsen", "Sultan Qaboos", "Gov. Blagojevich") or an office ("former premier Thaksin"), not after a
    sentence's end ("Sunday. Gonen") nor as a thing's ("Cyclone Alfred")."""
    for found in re.finditer(r"\b([A-Za-z][\w'’-]*)(\.?) +" + re.escape(answer) + r"\b", text):
        word = found.group(1).lower()
        if word.endswith(("'s", "’s")):
            continue  # "Phoenix’s Oscar win"
        if found.group(1)[0].isupper() and word not in _THING_BEFORE and (not found.group(2) or word in _SHORT_TITLES) \
                or not found.group(2) and word in ROLE_WORDS:
            return True
    return False


_AWARDS = frozenset("Oscar Emmy Grammy Tony Bafta BAFTA Nobel Pulitzer Booker Olivier Juno Bambi".split())


def maybe_no_person(answer: str, article: Sequence[tuple[str, str]], text: str) -> bool:
    """Whether a one-word "person" may be the tagger's mistake: in no full name of the story, no one quizgen
    knows, and nowhere written as a person's name is (see called_a_person): "Who is the largest and oldest
    cryptocurrency?" asked "Who" of Bitcoin, and "Who has blacked out a quarter of a million homes?" of
    Cyclone Alfred."""
    if " " in answer.strip() or answer in builtin_people():
        return False
    if any(answer in t.split() for t, lab in article if lab == "PERSON" and " " in t):
        return False  # Booker of Cory Booker
    return answer.rstrip("s") in _AWARDS or not called_a_person(answer, text)  # "Who did Parasite win for best
    # picture?": the Oscar, though "best director Oscar" reads as a name
