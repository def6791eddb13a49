"""Judging a typed answer the way a teacher would: lenient on form, strict on the entity.

Form never matters (case, accents, punctuation, spacing, digit grouping, a leading "the"). What is also
accepted: a known alias ("US"), a person's surname ("Putin"), and one small typo in a long name. What is
never accepted: a different entity, however close it is written ("Kim Jong Il", "Austria", "2001").
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cached_property, lru_cache

from . import names
from .models import Kind, Question

# How an answer was accepted; "typo" is the one that counts as a shaky recall.
EXACT, CHOICE, ALIAS, SURNAME, TYPO, WRONG = "exact", "choice", "alias", "surname", "typo", "wrong"

_PARTICLES = {"al", "bin", "da", "de", "del", "der", "di", "dos", "du", "el", "la", "le", "van", "von"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_PERSON_LABELS = {"PERSON"}
_TYPO_MIN_WORD = 6  # only a word this long may carry a typo: short names sit one letter apart (Iran, Iraq)
TRUE_FALSE = {"true": True, "t": True, "false": False, "f": False}  # what a true/false answer may be typed as
_MONTHS = "january february march april may june july august september october november december".split()


@dataclass(frozen=True)
class Verdict:
    correct: bool
    how: str  # EXACT, CHOICE, ALIAS, SURNAME, TYPO or WRONG


def normalise(text: str) -> str:
    """Lower case, no accents, punctuation, leading "the" or digit grouping: "The U.S." -> "us"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf").casefold()
    text = re.sub(r"(?<=\d)[,\s\u202f](?=\d{3}\b)", "", text)  # 10,000 / 10 000 -> 10000
    text = re.sub(r"(?<=\d)\.(?=\d)", "_", text)  # keep a decimal point: 2.5 is not 25
    text = re.sub(r"%", " percent", text).replace("per cent", "percent")
    text = re.sub(r"[’'`]s\b", "", text)
    text = re.sub(r"[-‐–—/]", " ", text)  # "Jae-in" is "Jae in"
    text = re.sub(r"[^\w\s]", "", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def _compact(text: str) -> str:
    return text.replace(" ", "")


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


@lru_cache(maxsize=1)
def _alias_groups() -> dict[str, frozenset[str]]:
    """Normalised name -> every name of the same thing, from the alias groups in quizgen's entity lists.
    Capitals are left out: "Moscow" is a city, not another name for Russia."""
    groups: dict[str, frozenset[str]] = {}
    for group in names.builtin()["aliases"]:
        keys = frozenset(_compact(normalise(n)) for n in group if not names.is_city(n))
        for key in keys:
            groups[key] = groups.get(key, frozenset()) | keys
    return groups


@lru_cache(maxsize=1)
def _leaders() -> dict[str, str]:
    """A short form that names only one leader -> that leader's full name, both normalised ("putin")."""
    rows = [(normalise(r["short"]), normalise(r["name"])) for r in names.builtin()["leaders"]]
    shorts = [short for short, _ in rows]
    return {short: full for short, full in rows if shorts.count(short) == 1 and short != full}


@lru_cache(maxsize=1)
def _builtin_names() -> frozenset[str]:
    """Every entity quizgen knows by name: a typo must not land on one of these."""
    data = names.builtin()
    found = [n for group in data["aliases"] for n in group]
    found += [c[k] for c in data["countries"] for k in ("name", "demonym", "capital")]
    found += list(data["organizations"]) + [r[k] for r in data["leaders"] for k in ("name", "short")]
    return frozenset(_compact(normalise(n)) for n in found)


def _surnames(answer: str) -> set[str]:
    """The forms a person may be called by alone: "putin"; "von der leyen" and "leyen"; "lula"."""
    full = normalise(answer)
    forms = {short for short, name in _leaders().items() if name == full}
    words = [w for w in full.split() if w not in _SUFFIXES]
    if len(words) < 2:
        return forms
    if len(words[-1]) >= 3:  # "Un" is no surname for Kim Jong Un
        forms.add(words[-1])
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
        forms.add(" ".join(words[start:]))
    return forms


def _date_key(text: str) -> str | None:
    """Day, month and year in any order ("19 June 2024" = "June 19th, 2024"); None if not that kind of date."""
    words = [re.sub(r"(?<=\d)(st|nd|rd|th)$", "", w) for w in normalise(text).split() if w != "of"]
    if not any(w in _MONTHS for w in words):
        return None
    return " ".join(sorted(words))


def _one_typo(target: str, given: str) -> bool:
    """Word by word, at most one slip (two in a long name), only in words of letters long enough to be sure."""
    t_words, g_words = target.split(), given.split()
    if len(t_words) != len(g_words) or len(_compact(target)) < _TYPO_MIN_WORD:
        return False
    from rapidfuzz.distance import OSA  # here, not at the top: the first question should not wait for it

    budget = 2 if len(_compact(target)) >= 12 else 1
    for t, g in zip(t_words, g_words):
        if t == g:
            continue
        if _has_digit(t) or _has_digit(g) or len(t) < _TYPO_MIN_WORD or t[0] != g[0]:
            return False  # numbers are exact; "Gambia" is not a slip for "Zambia"
        if t.rstrip("ns") == g.rstrip("ns"):
            return False  # "Russian", "Dominican", "Sudans": another word, not a slip
        budget -= OSA.distance(t, g, score_cutoff=2)
        if budget < 0:
            return False
    return True


def accepts(answer: str, given: str, *, label: str | None = None, known: frozenset[str] = frozenset()) -> str:
    """How `given` is accepted for `answer` (EXACT, ALIAS, SURNAME, TYPO), or WRONG.

    `known` holds compact normalised names of other entities (see Judge) that a near miss must not be."""
    a, g = normalise(answer), normalise(given)
    ca, cg = _compact(a), _compact(g)
    if not cg:
        return WRONG
    if ca == cg:
        return EXACT
    if label == "DATE" and _date_key(answer) is not None and _date_key(answer) == _date_key(given):
        return EXACT
    if cg in _alias_groups().get(ca, ()):
        return ALIAS
    targets = [a]
    if label in _PERSON_LABELS or a in _leaders() or a in _leaders().values():
        if _leaders().get(a) == g:
            return ALIAS  # "Vladimir Putin" where the sentence says "Putin"
        for form in _surnames(answer):
            if _compact(form) == cg:
                return SURNAME
            targets.append(form)
    if cg in _builtin_names() or cg in known:
        return WRONG  # a near miss that is the name of something else
    if any(_one_typo(target, g) for target in targets):
        return TYPO
    return WRONG


class Judge:
    """Judges answers, knowing the names of the other entities in the bank so that a typo never lands on one."""

    def __init__(self, known: Collection[str] | Callable[[], Collection[str]] = ()) -> None:
        self._known = known  # or a function giving them: read on the first answer, not before the first question

    @cached_property
    def known(self) -> frozenset[str]:
        names = self._known() if callable(self._known) else self._known
        return frozenset(_compact(normalise(k)) for k in names)

    def __call__(self, question: Question, given: str | None) -> Verdict:
        if given is None:
            return Verdict(False, WRONG)
        if question.kind is Kind.MCQ:  # the answer is the chosen option, so only equality counts
            return Verdict(given == question.answer, CHOICE if given == question.answer else WRONG)
        if question.kind is Kind.TRUEFALSE:
            said = TRUE_FALSE.get(given.strip().casefold())
            right = said is not None and said == question.truth
            return Verdict(right, CHOICE if right else WRONG)
        how = accepts(question.answer, given, label=question.answer_label, known=self.known)
        return Verdict(how != WRONG, how)


def judge(question: Question, given: str | None) -> Verdict:
    """The verdict on one answer, without knowledge of the bank."""
    return Judge()(question, given)


def is_correct(question: Question, given: str | None) -> bool:
    return judge(question, given).correct
