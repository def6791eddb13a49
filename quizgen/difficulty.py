"""How hard a question is likely to be for someone who has read its article: easy, medium or hard.

The rule is a handful of points a learner can check by looking at the card (pure functions, no spaCy):

1. **Prominence** of the answer in its article, a number from 0 to 1 (see `prominence`): 0.4 for being in
   the title, up to 0.4 for mentions (0.1 each, four or more count fully), up to 0.2 for appearing early.
   Prominent (0.6 or more: in the title and mentioned twice or early, or mentioned four times or more from
   the opening sentence on) takes a point off; a one-off (under 0.3: mentioned once, after the lead) adds one.
2. **Kind**: typing the answer (cloze, wh-question) is recall and adds a point; picking it from options is
   recognition.
3. **Options**: a wrong option is *close* when it could fool someone who half remembers (see `close`):
   named in the same article, the same kind of place in the same region (neighbouring countries,
   capitals), another world leader for a leader, or a number within a small factor (a year within two, an
   amount within a third). Multiple choice: two or three close options add a point; none takes one off.
   True/false: a false statement whose swapped option is not close takes a point off; a true one is
   rated as recognising the fact as it stands (no point either way).

Points of 0 or less are easy, 1 is medium, 2 or more hard. So a cloze on a one-off mention is hard; a
multiple choice on the title's subject with options from elsewhere is easy.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache

from .errors import UsageError
from .models import Difficulty, Kind
from .names import builtin, entity_key, kind_of, region_of
from .numbers import MONTHS, NUMBER, NUMERIC, YEAR

PROMINENT = 0.6
ONE_OFF = 0.3
_YEAR = re.compile(rf"\b({YEAR})(s?)\b")
_MONTHS = tuple(m[:3].lower() for m in MONTHS)
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\b", re.IGNORECASE)


def prominence(*, mentions: int, first: float, in_title: bool) -> float:
    """How much the article itself teaches the answer, from 0 to 1.

    `mentions` counts the answer's mentions, `first` is where it first appears (0 the opening sentence,
    1 the end), `in_title` whether a word of it is in the title."""
    early = 1 - min(max(first, 0.0), 1.0)
    return round(0.4 * in_title + 0.1 * min(max(mentions, 0), 4) + 0.2 * early, 3)


def prominence_in_text(text: str, *, answer: str, title: str | None, label: str | None) -> float:
    """`prominence` estimated from an article's stored text, for questions stored before quizgen rated
    difficulty (the parse that counted mentions is gone): whole-word occurrences of the answer (or, for
    a person, of any word of the name), the first one's place in the text, and the title's words."""
    words = [answer.strip()]
    if label == "PERSON":
        words += [w for w in answer.split() if len(w) > 2]
    counts, firsts = [], []
    for word in dict.fromkeys(w for w in words if w):
        found = _whole_word_at(text, word)
        counts.append(len(found))
        if found:
            firsts.append(found[0])
    first = min(firsts) / max(1, len(text)) if firsts else 1.0
    title_words = {w for w in entity_key(title or "").split() if len(w) > 3}
    return prominence(mentions=max(counts, default=0), first=first,
                      in_title=bool(title_words & set(entity_key(answer).split())))


def _whole_word_at(text: str, word: str) -> list[int]:
    """Where `word` occurs in `text` as a whole word. str.find, not a regex: a bank of 10,000 old questions
    is rated in one go, and a pattern with look-arounds scans each article ten times slower."""
    found, at = [], text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and (text[at - 1].isalnum() or text[at - 1] == "_")) and \
                not (end < len(text) and (text[end].isalnum() or text[end] == "_")):
            found.append(at)
        at = text.find(word, at + 1)
    return found


@lru_cache(maxsize=1)
def _leaders() -> frozenset[str]:
    return frozenset(entity_key(n) for p in builtin()["leaders"] for n in (p["name"], p["short"]))


def _month(text: str) -> int | None:
    m = _MONTH.search(text)
    return _MONTHS.index(m.group(1).lower()[:3]) if m else None


def _close_number(answer: str, option: str) -> bool:
    """A year within two (a decade within ten), a month within one, an amount within a third (or one)."""
    ya, yb = _YEAR.search(answer), _YEAR.search(option)
    if ya and yb:
        return abs(int(ya.group(1)) - int(yb.group(1))) <= (10 if ya.group(2) else 2)
    na, nb = NUMBER.search(answer), NUMBER.search(option)
    if na and nb:
        a, b = (float(n.group().replace(",", "")) for n in (na, nb))
        return abs(a - b) <= 1 or (min(a, b) > 0 and max(a, b) / min(a, b) <= 4 / 3)
    ma, mb = _month(answer), _month(option)
    return ma is not None and mb is not None and min(abs(ma - mb), 12 - abs(ma - mb)) <= 1


def close(answer: str, option: str, *, label: str | None, article: Collection[str] = ()) -> bool:
    """Whether a wrong option is a strong lure for `answer`; `article` holds the entity names of its article."""
    if (label or "") in NUMERIC:
        return _close_number(answer, option)
    if entity_key(option) in {entity_key(a) for a in article}:
        return True  # the learner met it in the same story
    kind = kind_of(answer)
    if kind is not None and kind_of(option) == kind and region_of(answer) is not None \
            and region_of(option) == region_of(answer):
        return True  # a neighbour: Lebanon for Syria, Hanoi for Pyongyang
    return label == "PERSON" and entity_key(answer) in _leaders() and entity_key(option) in _leaders()


def levels(text: str) -> tuple[Difficulty, ...]:
    """`--difficulty easy,medium` as levels, in the order easy, medium, hard; one clear line for a typo."""
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    wrong = [n for n in names if n not in Difficulty._value2member_map_]
    if wrong or not names:
        raise UsageError(f"--difficulty takes easy, medium or hard, or a comma list such as easy,medium; "
                         f"got {text!r}")
    return tuple(d for d in Difficulty if d.value in names)


def matches(level: Difficulty | None, wanted: Collection[Difficulty]) -> bool:
    """Whether a question's level passes a --difficulty filter (none given passes all; an unrated one
    passes only when no filter is given)."""
    return not wanted or level in wanted


def describe(wanted: Collection[Difficulty]) -> str:
    """The filter as the learner would type it: "--difficulty easy,medium", or "" for none."""
    return "--difficulty " + ",".join(d.value for d in Difficulty if d in wanted) if wanted else ""


def rate(*, kind: Kind, prominence: float | None, answer: str, label: str | None, choices: Sequence[str] = (),
         article: Collection[str] = ()) -> Difficulty:
    """The question's level by the rule in this module's docstring. An unknown prominence counts as neither
    prominent nor a one-off."""
    points = 0
    if prominence is not None:
        points += (prominence < ONE_OFF) - (prominence >= PROMINENT)
    wrong = [c for c in choices if c != answer]
    near = sum(close(answer, c, label=label, article=article) for c in wrong)
    if kind is Kind.MCQ:
        points += (near >= 2) - (near == 0)
    elif kind is Kind.TRUEFALSE:
        points += near - 1 if wrong else 0  # a false statement with a far-fetched swap is easy to reject
    else:
        points += 1  # recall: nothing on screen to recognise
    if points <= 0:
        return Difficulty.EASY
    return Difficulty.MEDIUM if points == 1 else Difficulty.HARD


def rate_stored(rows: Iterable[tuple[str, str, str, str, str | None, Sequence[str]]], *,
                articles: Mapping[str, tuple[str, str | None]],
                names: Mapping[str, Sequence[str]]) -> list[tuple[str, Difficulty]]:
    """(question id, level) for stored questions given as (id, article id, kind, answer, label, choices), with
    `articles` (id -> (text, title)) and `names` (article id -> its entities): the bank's questions from
    before quizgen rated difficulty, whose parse is gone. Kinds this quizgen does not know are left out."""
    out, known = [], {}  # a fact's cloze and multiple choice share its prominence
    for qid, article_id, kind, answer, label, choices in rows:
        if kind not in Kind._value2member_map_:
            continue
        if (article_id, answer, label) not in known:
            text, title = articles.get(article_id, ("", None))
            known[article_id, answer, label] = prominence_in_text(text, answer=answer, title=title, label=label)
        out.append((qid, rate(kind=Kind(kind), prominence=known[article_id, answer, label], answer=answer,
                              label=label, choices=choices, article=names.get(article_id, ()))))
    return out
