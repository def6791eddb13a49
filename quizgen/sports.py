"""Which sport a story reports, and the teams that play it: in a cricket report only Test nations are lures
for a Test nation, in a football report only nations that have played a World Cup, in a winter-sport or
badminton report only nations strong in it, and a club gets other clubs of its league. The lists are
entities.json's; distractors.choose asks these before anything else."""
from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from .names import builtin, entity_key, listed, whole_word


def cricket_nations() -> frozenset[str]:
    """The keys of the countries that play Test cricket: in a cricket report, the only lures for one of them."""
    return listed("cricket_nations")


def rugby_nations() -> frozenset[str]:
    """The keys of the countries that play Test rugby: in a rugby report, the only lures for one of them."""
    return listed("rugby_nations")


_RUGBY = re.compile(r"\b(?:(?i:rugby|scrum-half|fly-half|line-?outs?)|All Blacks|Wallabies|Springboks|Pumas|"
                    r"Six Nations|Rugby Championship|Bledisloe)\b")
_WINTER = re.compile(r"\b(?i:short[- ]track|speed skat\w*|figure skat\w*|ski(?:ing|er|ers|s)?|snowboard\w*|"
                     r"biathlon|curling|luge|bobsleigh|skeleton|ice hockey)\b|\bWinter (?:Olympics|Games)\b")
_BADMINTON = re.compile(r"\b(?:(?i:badminton|shuttlers?)|Thomas Cup|Uber Cup|Sudirman Cup)\b")
_CRICKET = re.compile(r"\b(?:(?i:cricket(?:ing|ers?)?|wickets?|innings|batsm[ae]n|bowlers?|overs)|Test match|ODIs?|T20|"
                      r"Twenty20)\b")


_FOOTBALL = re.compile(r"\b(?:(?i:football|soccer|striker|midfielder|goalkeeper|penalty shoot-?out)|FIFA|UEFA|"
                       r"World Cup|Premier League|Champions League|La Liga|Serie A|Bundesliga|Copa América|"
                       r"Euro \d{4}|European Championships?|Nations League|Ballon d'Or|Golden Boot)\b")


def _sport_story(story: str, names: Iterable[tuple[str, str]]) -> str:
    """The sentence and its context with the article's events and organisations ("Rugby World Cup"), which
    tell the sport where the sentence does not."""
    return " ".join([story, *(text for text, label in names if label in ("EVENT", "ORG"))])


def team_nations(story: str, answer: str, names: Iterable[tuple[str, str]] = ()) -> frozenset[str] | None:
    """The nations that play the sport a story reports, when the answer is one of them ("to leave _____ needing
    seven wickets": Test cricket nations only; short track or the Thomas Cup: nations strong in them; "out-fought
    _____" at the World Cup: no Malta, which never played one); else None. `names` are the article's (text,
    label) pairs."""
    key = entity_key(answer)
    story = _sport_story(story, names)
    sports = ((_CRICKET, cricket_nations()), (_RUGBY, rugby_nations()), (_WINTER, listed("winter_nations")),
              (_BADMINTON, listed("badminton_nations")))
    named = [teams for pattern, teams in sports if pattern.search(story)]
    if named:
        return next((teams for teams in named if key in teams), None)
    football = listed("football_nations")  # those that have played a World Cup, men's or women's
    return football if key in football and _FOOTBALL.search(story) else None


def league_of(story: str, answer: str, names: Iterable[tuple[str, str]] = ()) -> tuple[str, ...] | None:
    """The clubs of the answer's league when a football story names a club quizgen knows ("their 3-0 win over
    _____" for Newcastle: Chelsea or Everton, not the Australian city); else None."""
    clubs = _leagues().get(entity_key(answer))
    return clubs if clubs is not None and _FOOTBALL.search(_sport_story(story, names)) else None


@lru_cache(maxsize=1)
def _leagues() -> dict[str, tuple[str, ...]]:
    """A club's key -> the clubs of its league."""
    return {entity_key(c): tuple(clubs) for clubs in builtin().get("football_clubs", {}).values() for c in clubs}


def club_options(answer: str, clubs: Sequence[str], article: Sequence[tuple[str, str]], sentence: str,
                 rng: random.Random) -> list[str]:
    """Other clubs of the answer's league: the story's own first, but not the first it names (whose story it
    is: Leicester cannot beat Leicester), then the league's, in a seeded order. Never the answer under a
    longer or shorter name ("Newcastle United"), nor a club the prompt names."""
    league = {entity_key(c) for c in clubs}
    own = list(dict.fromkeys(t for t, _lab in article if entity_key(t) in league))[1:]
    rest = list(clubs)
    rng.shuffle(rest)
    taken = [entity_key(answer)]
    out = []
    for cand in dict.fromkeys([*own, *rest]):
        key = entity_key(cand)
        if any(key == k or key.startswith(k + " ") or k.startswith(key + " ") for k in taken):
            continue
        if whole_word(cand.lower()).search(sentence):
            continue
        taken.append(key)
        out.append(cand)
    return out
