"""Choosing wrong options: same type and shape as the answer, never a correct answer in disguise."""
from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from .models import BLANK, Fact
from .names import builtin, comparable, group_of, kind_of, region_of, related

POOL_SAMPLE = 400  # candidates drawn from the rest of the bank for one question
NUMERIC = {"DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_MONTH_WORD = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")


_GOVERNMENT = {"department", "ministry", "congress", "senate", "court", "agency", "council", "parliament",
               "commission", "administration", "service", "bureau", "office", "house", "assembly", "cabinet",
               "police", "army", "navy", "force", "forces", "committee", "government", "pentagon", "kremlin"}
_COMPANY = {"inc", "corp", "corporation", "co", "ltd", "group", "airlines", "motors", "bank", "holdings",
            "technologies", "systems", "energy", "pharmaceuticals", "company", "llc", "plc"}


_LEADER_ROLE = re.compile(r"\b(?:leader|president|prime minister|premier|chancellor|king|queen|dictator|"
                          r"head of state|supreme leader|secretary-general)\s*$", re.IGNORECASE)


def _acronym(text: str) -> bool:
    bare = text.replace(".", "").replace("&", "")
    return bare.isalpha() and bare.isupper() and len(bare) <= 6


def _org_kind(text: str) -> str | None:
    """"government" or "company" from an organisation's words, None when they do not say."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & _GOVERNMENT:
        return "government"
    if words & _COMPANY:
        return "company"
    return None


def _plural(demonym: str) -> str | None:
    """"Russian" -> "Russians"; None where English has no -s plural ("Chinese", "British", "Swiss")."""
    return None if demonym.endswith(("ese", "ish", "ch", "ss", "i")) else demonym + "s"


@lru_cache(maxsize=1)
def builtin_pool() -> dict[str, tuple[str, ...]]:
    """Built-in candidates by spaCy label."""
    data = builtin()
    demonyms = [c["demonym"] for c in data["countries"]]
    norp = demonyms + [p for p in map(_plural, demonyms) if p] + data["religions"] + data["parties"]
    return {
        "GPE": tuple(c["name"] for c in data["countries"]) + tuple(c["capital"] for c in data["countries"]),
        "NORP": tuple(norp),
        "ORG": tuple(data["organizations"]),
        "PERSON": tuple(p["name"] for p in data["leaders"]),
        "PERSON_SHORT": tuple(p["short"] for p in data["leaders"] if " " not in p["short"]),
    }


def _shape_ok(answer: str, label: str, candidate: str) -> bool:
    """Same kind of thing and similar form: a full name for a full name, a country for a country,
    a religion for a religion, a plural for a plural."""
    if not 0.4 <= len(candidate) / max(1, len(answer)) <= 2.5:
        return False
    if answer[:1].isupper() != candidate[:1].isupper():
        return False
    if label == "PERSON":  # a surname for a surname, a full name for a full name
        return (len(candidate.split()) == 1) == (len(answer.split()) == 1)
    if label == "ORG":
        if _acronym(answer) != _acronym(candidate):
            return False  # "NATO" gets "OPEC", not "World Bank"
        kind = _org_kind(answer)
        if kind is not None and _org_kind(candidate) != kind:
            return False
        return kind_of(candidate) != "outlet"
    if label in ("GPE", "NORP"):
        kind = kind_of(answer)
        if kind is not None and kind_of(candidate) != kind:
            return False
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


def candidates(fact: Fact, *, article: Sequence[tuple[str, str]], pool: Mapping[str, Sequence[str]],
               rng: random.Random) -> Iterable[str]:
    """Candidate wrong options, most plausible first: the article's own entities, the bank's, the built-in lists."""
    label = fact.label or ""
    if label in NUMERIC:
        yield from numeric_options(fact.answer, label, rng)
        return
    # A name used alone ("Putin") gets names used alone: the article's, then leaders' short names.
    builtin_label = "PERSON_SHORT" if label == "PERSON" and len(fact.answer.split()) == 1 else label
    mentioned = {group_of(t) for t, _lab in article} - {None}
    region = region_of(fact.answer)
    first_names = {t.split()[0] for t, lab in article if lab == "PERSON" and " " in t}
    own = [t for t, lab in article if lab == label and t not in first_names]  # "Donald" is no surname
    builtin_names = list(builtin_pool().get(builtin_label, ()))
    bank = pool.get(label, ())
    if len(bank) > POOL_SAMPLE:  # a big bank costs a bounded sample per question, not a sort of everything
        bank = rng.sample(list(bank), POOL_SAMPLE)
    sources = [(False, own), (False, list(bank)), (True, builtin_names)]
    if label == "PERSON" and _LEADER_ROLE.search(fact.prompt.split(BLANK)[0][-40:]):
        sources.insert(0, sources.pop())  # "North Korean leader ___": other leaders are the lures
    for is_builtin, names in sources:
        source = sorted(dict.fromkeys(names))
        rng.shuffle(source)
        source.sort(key=lambda c: abs(len(c) - len(fact.answer)) // 4)
        if is_builtin:
            # Built-in names tied to the story come first: capitals of the countries it mentions, say.
            source.sort(key=lambda c: group_of(c) not in mentioned)
        if region:
            source.sort(key=lambda c: region_of(c) != region)  # a neighbour is a better lure than a stranger
        yield from source


def choose(fact: Fact, *, article: Sequence[tuple[str, str]], pool: Mapping[str, Sequence[str]],
           rng: random.Random, n: int = 3) -> list[str]:
    """Up to `n` wrong options for `fact`, each certainly different from the answer and from each other."""
    sentence = fact.sentence.lower()
    prompt = fact.prompt
    names_in = re.findall(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", prompt)
    chosen: list[str] = []
    if not comparable(fact.answer):
        return chosen  # nothing could tell an option from the answer itself
    for raw in candidates(fact, article=article, pool=pool, rng=rng):
        cand = _fit(raw, fact.answer)
        if not comparable(cand) or "\n" in cand or not _shape_ok(fact.answer, fact.label or "", cand):
            continue
        numeric = (fact.label or "") in NUMERIC
        if related(fact.answer, cand, numeric=numeric) or any(related(c, cand, numeric=numeric) for c in chosen):
            continue
        if _whole_word(cand.lower()).search(sentence):
            continue  # already in the prompt: it cannot be the blank
        if not numeric and any(related(name, cand) for name in names_in):
            continue  # "Vladimir Putin" when the prompt says "Putin's adviser"; "Moscow" when it says "Russia"
        chosen.append(cand)
        if len(chosen) == n:
            break
    return chosen
