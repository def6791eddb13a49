"""A wrong figure held against what the prompt and the article's date say: on the answer's side of an amount the
sentence compares it with ("from 8.2 percent to _____"), within the room a whole leaves ("_____ of 16 counts"),
leaving room for the other shares of a vote, and a year on its side of the day the article came out.

numbers.py makes the figures; distractors.choose asks these of each one."""
from __future__ import annotations

import re
from functools import lru_cache

from .numbers import MONTH_WORD, MONTHS, NUMBER, YEAR_WORD, amounts, shares, sign_before


def same_side_of_years(answer: str, candidate: str, prompt: str) -> bool:
    """Whether a wrong year keeps the answer's order with the other years the prompt names: after "in _____,
    up from $2.13 in 2007" the answer came after 2007, and so must every option ("2005" is no lure)."""
    a, c = YEAR_WORD.search(answer), YEAR_WORD.search(candidate)
    if a is None or c is None:
        return True
    ya, yc = int(a.group()), int(c.group())
    return all((ya > y) == (yc > y) and (ya < y) == (yc < y) for y in map(int, YEAR_WORD.findall(prompt)))


_AHEAD = re.compile(r"\b(?:will|would|hopes?|plans?|expects?|expected|aims?|due|scheduled|set to|intends?|"
                    r"next)\b", re.IGNORECASE)


def same_side_of_publication(answer: str, candidate: str, before: str, published: str | None) -> bool:
    """Whether a wrong year sits on the answer's side of the year the article came out, which the learner
    sees with the question: a year gone by gets no year to come, a year to come no year gone by, and the
    year itself, where the words before the blank look ahead ("hopes to get it passed by parliament in
    _____"), none gone by ("mid-2015" in a January 2020 story)."""
    year = YEAR_WORD.match(published or "")
    a, c = YEAR_WORD.search(answer), YEAR_WORD.search(candidate)
    if year is None or a is None or c is None:
        return True
    now, ya, yc = int(year.group()), int(a.group()), int(c.group())
    if ya < now:
        return yc <= now
    if ya > now or _AHEAD.search(before[-60:]):  # the words just before the blank, not "Due to the pandemic, ..."
        return yc > now or yc == now and not _month_gone(candidate, published or "")
    return True


def _month_gone(date: str, published: str) -> bool:
    """Whether a date of the publication's year names a month before the publication's: "May 2023" in an
    October 2023 story is no time to come."""
    month, shown = re.match(r"\d{4}-(\d{2})", published), MONTH_WORD.search(date)
    return bool(month and shown) and MONTHS.index(shown.group(1)) + 1 < int(month.group(1))


def close_share(answer: str, candidate: str) -> bool:
    """Whether a wrong share of the vote stays near the answer's, within three quarters to one and a half
    times it: a winner "garnered 53 percent of the vote", not 21 percent."""
    a, c = NUMBER.search(answer), NUMBER.search(candidate)
    if a is None or c is None:
        return True
    va, vc = float(a.group().replace(",", "")), float(c.group().replace(",", ""))
    return va <= 0 or 0.75 <= vc / va <= 1.5


# Words that set one amount against another: "from 8.2 percent to _____", "better than the _____ expected",
# "down from $520 million"; only an amount (or the blank) right after one of them is compared
_AGAINST = re.compile(r"\b(?:from|than|versus|vs\.?|compared (?:with|to)|against|(?:eas|fall|dropp|slid|slipp|retreat|"
                      r"ris|climb|jump|recover|rebound)(?:ed|ing) (?:back )?to)\s+(?:\S+\s+){0,4}$",
                      re.IGNORECASE)


@lru_cache(maxsize=4096)
def _compared(prompt: str, blank: str) -> tuple[tuple[str, float], ...]:
    """The amounts (kind, value) the prompt sets against its blank: all of them when a comparing word stands
    before the blank, else those with one right before them. Worked out once per prompt, not per candidate."""
    blank_compared = bool(_AGAINST.search(prompt.partition(blank)[0]))
    return tuple((kind, value) for kind, value, at in amounts(prompt)
                 if blank_compared or _AGAINST.search(prompt[:at]))


def same_side(answer: str, candidate: str, prompt: str, blank: str) -> bool:
    """Whether a wrong amount stays on the answer's side of each amount of its kind that the prompt compares it
    with: after "crept higher from 8.2 percent to _____" every option is above 8.2 percent, after "163,000 jobs,
    better than the _____ expected" below 163,000. Amounts a prompt only lists ("16 dead, 19 injured") are free."""
    a, c = amounts(answer), amounts(candidate)
    if len(a) != 1 or len(c) != 1 or a[0][0] != c[0][0]:
        return True
    (kind, va, _), (_, vc, _) = a[0], c[0]
    kind = kind or sign_before(prompt.partition(blank)[0])
    room = _room(prompt, blank) if not kind else None
    if room is not None and vc > room:
        return False
    return all((va > v) == (vc > v) and (va < v) == (vc < v) for k, v in _compared(prompt, blank) if k == kind)


_VOTE = re.compile(r"\b(?:votes?|ballots?|polls?)\b", re.IGNORECASE)


def within_the_whole(answer: str, candidate: str, prompt: str) -> bool:
    """Whether a wrong share of a vote leaves room for the shares the sentence gives beside it: "won 55% of the
    vote to _____ for Massa" gets no 66%. Where the answer and those shares make more than the whole (several
    races, or shares of different things), any share fits."""
    rest = _vote_shares(prompt)
    if rest is None:
        return True
    a, c = amounts(answer), amounts(candidate)
    if len(a) != 1 or len(c) != 1 or a[0][0] != "%" or c[0][0] != "%":
        return True
    return a[0][1] + rest > 100.5 or c[0][1] + rest <= 100.5


@lru_cache(maxsize=4096)
def _vote_shares(prompt: str) -> float | None:
    """The sum of the shares a vote's prompt gives beside its blank, or None for a prompt of no vote. Worked out
    once per prompt, not per candidate."""
    return sum(shares(prompt)) if _VOTE.search(prompt) else None


_SEATS = re.compile(r"\b(\d[\d,]*)-(?:seat|member|strong)\b")
_VOTES_TO = re.compile(r"\b(\d[\d,]*)\s+(?:votes?\s+)?to\s+$")  # "defeated by 153 votes to _____"
_TO_VOTES = re.compile(r"^\s*to\s+(\d[\d,]*)\b")  # "passed by _____ to 124"


_OF_WHOLE = re.compile(r"\s*of\s+(?:(?:the|its|their|his|her)\s+)?(\d[\d,]*)\b(?![.,]\d)")  # "_____ of 16 counts"


@lru_cache(maxsize=4096)
def _room(prompt: str, blank: str) -> float | None:
    """The most a count can be: the whole it is part of ("convicted on _____ of 16 counts"), or what the house the
    prompt names leaves a vote count ("by 153 votes to _____ in the 300-seat parliament" leaves 147). None where
    the blank is neither ("the 15-member council said _____ died"). Worked out once per prompt, like _compared,
    not per candidate."""
    before, _, after = prompt.partition(blank)
    whole = _OF_WHOLE.match(after)
    if whole:
        return float(whole.group(1).replace(",", ""))
    other = _VOTES_TO.search(before) or _TO_VOTES.match(after)
    seats = _SEATS.search(prompt) if other else None
    if seats is None:
        return None
    return float(seats.group(1).replace(",", "")) - float(other.group(1).replace(",", ""))
