"""Ranking sentences and choosing the answer span (the gap): pure functions over a spaCy Doc."""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .models import Fact
from .names import entity_key, related

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# How much each entity type is worth as an answer: names and figures that carry news.
LABEL_WEIGHT = {
    "PERSON": 1.0, "ORG": 0.95, "GPE": 0.9, "EVENT": 0.9, "LAW": 0.9, "MONEY": 0.85, "PERCENT": 0.85,
    "LOC": 0.8, "DATE": 0.75, "NORP": 0.7, "FAC": 0.7, "WORK_OF_ART": 0.7, "QUANTITY": 0.7,
    "CARDINAL": 0.65, "PRODUCT": 0.6,
}
NUMERIC = {"DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
POSSESSIVES = {"’s", "'s", "’", "'"}

# Openers that need the previous sentence to make sense.
_DEPENDENT_OPENERS = {
    "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "him", "them",
    "but", "and", "or", "so", "yet", "however", "also", "then", "such", "both", "neither", "we", "i", "you",
    "our", "my", "your", "meanwhile", "still", "instead", "otherwise", "thus", "hence", "there", "here",
    "later", "afterwards", "nevertheless", "nonetheless", "moreover", "furthermore", "besides", "again",
}
_FIRST_SECOND_PERSON = {"i", "me", "my", "we", "us", "our", "you", "your"}
_RELATIVE_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|week|weekend|weeks|ago|recent|recently|earlier|later|last|next|"
    r"this|that|current|past|coming|early hours|morning|afternoon|evening|night|decades?|months|time|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|daily|annual|annually|now|then)\b",
    re.IGNORECASE,
)
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "united", "great"}
_FAC_HEADS = {"square", "street", "avenue", "road", "airport", "palace", "hall", "bridge", "park", "stadium",
              "station", "tower", "building", "hospital", "prison", "base", "port", "guesthouse", "house"}
_ORG_HEADS = {"university", "party", "council", "agency", "ministry", "committee", "army", "navy", "bank",
              "company", "corp", "inc", "association", "union", "institute", "department", "court", "police"}
_ANAPHORIC_START = re.compile(
    r"^(?:The|Both) (?:pair|two|three|former|latter|elder|younger|couple|duo|trio|same|other|move|decision|"
    r"incident|attack|deal|plan|report|statement|comments?|remarks)\b"
)
MIN_WORDS, MAX_WORDS = 8, 60
_TEXT, _ENTS = "quizgen.select.text", "quizgen.select.ents"  # per-Doc caches in Doc.user_data


@dataclass(frozen=True)
class Profile:
    """What the whole article says about its entities: how often and how early each is mentioned."""

    mentions: Counter  # entity key -> mention count
    first_seen: dict  # entity key -> index of the sentence where it first appears
    title_terms: frozenset
    sentences: int
    full_names: dict  # a name's word -> the multi-word PERSON names that contain it


def label_of(span: Span) -> str:
    """spaCy's label, corrected where the small model often errs (a "Square" is not a PERSON)."""
    last = span[-1].text.lower()
    if last in _FAC_HEADS and span.label_ in ("PERSON", "ORG", "GPE"):
        return "FAC"
    if last in _ORG_HEADS and span.label_ in ("PERSON", "GPE"):
        return "ORG"
    return span.label_


def _keys(text: str, label: str) -> set[str]:
    key = entity_key(text)
    keys = {key}
    if label == "PERSON":
        keys |= {w for w in key.split() if len(w) > 2}
    return keys


def profile(doc: Doc, title: str | None = None) -> Profile:
    mentions: Counter = Counter()
    first_seen: dict[str, int] = {}
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    starts = sorted(sent_index)
    full_names: dict[str, set[str]] = {}
    for ent in doc.ents:
        idx = _sentence_of(ent.start, starts, sent_index)
        if label_of(ent) == "PERSON" and len(ent) > 1:
            for word in entity_key(ent.text).split():
                full_names.setdefault(word, set()).add(entity_key(ent.text))
        for key in _keys(ent.text, label_of(ent)):
            mentions[key] += 1
            first_seen.setdefault(key, idx)
    title_terms = frozenset(w for w in re.findall(r"\w+", (title or "").lower()) if len(w) > 3)
    return Profile(mentions, first_seen, title_terms, max(1, len(starts)), full_names)


def _sentence_of(token_i: int, starts: list[int], index: dict[int, int]) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= token_i:
            lo = mid
        else:
            hi = mid - 1
    return index[starts[lo]] if starts else 0


def _quotes_balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _quoted_share(text: str) -> float:
    quoted = sum(len(m) for m in re.findall(r"“[^”]*”|\"[^\"]*\"", text))
    return quoted / max(1, len(text))


def stands_alone(sent: Span) -> bool:
    """Whether a sentence reads as a complete statement without its neighbours."""
    text = sent.text.strip()
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if not re.search(r"[.!][\"'”’)]*$", text) or "?" in text[-3:]:
        return False
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or not (first.text[:1].isupper() or first.text[:1].isdigit()):
        return False
    if first.lower_ in _DEPENDENT_OPENERS or text[:1] in "“\"'‘":
        return False
    if _ANAPHORIC_START.match(text):
        return False
    if not _quotes_balanced(text) or _quoted_share(text) > 0.5:
        return False
    unquoted = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)
    if any(w.lower() in _FIRST_SECOND_PERSON for w in re.findall(r"\b\w+\b", unquoted)):
        return False
    return "\n" not in text.strip()


def answer_span(ent: Span) -> Span:
    """The entity without a trailing possessive or punctuation: "North Korea’s" is asked as "North Korea"."""
    end = ent.end
    while end > ent.start + 1 and (ent.doc[end - 1].text in POSSESSIVES or ent.doc[end - 1].is_punct):
        end -= 1
    start = ent.start
    if ent.doc[start].lower_ == "the" and end - start > 1 and ent.label_ not in ("DATE", "WORK_OF_ART", "EVENT", "LAW"):
        start += 1
    span = ent.doc[start:end]
    span.label_ = ent.label_
    return span


def _ambiguous_name(text: str, label: str, prof: Profile) -> bool:
    """A bare name shared by several people in the article ("Kim" with Kim Jong Un and Kim Jong Il)."""
    if label != "PERSON" or " " in text.strip():
        return False
    return len(prof.full_names.get(text.lower(), ())) > 1


def _slice(sent: Span, start: int, end: int) -> str:
    """doc.text[start:end]; spaCy rebuilds Doc.text from every token on each access, so it is kept once."""
    data = sent.doc.user_data
    if _TEXT not in data:
        data[_TEXT] = sent.doc.text
    return data[_TEXT][start:end]


def _ents(sent: Span) -> list[Span]:
    """sent.ents, same spans, same order; spaCy walks the whole Doc on each call, so they are grouped once
    (quizgen never edits a Doc after the pipeline, so the grouping stays true)."""
    data = sent.doc.user_data
    if _ENTS not in data:
        ents = list(sent.doc.ents)
        data[_ENTS] = (ents, [e.start for e in ents], {})
    ents, starts, by_sent = data[_ENTS]
    key = (sent.start, sent.end)
    if key not in by_sent:
        inside = []
        for ent in ents[bisect_left(starts, sent.start):]:
            if ent.end > sent.end:
                break
            inside.append(ent)
        by_sent[key] = inside
    return by_sent[key]


def usable_answer(ent: Span, sent: Span) -> bool:
    """Whether blanking `ent` leaves a fair question: specific, not given away by the rest of the sentence."""
    text = ent.text
    label = label_of(ent)
    if label not in LABEL_WEIGHT or "\n" in text or len(text) < 2:
        return False
    if label in ("DATE", "TIME"):
        if _RELATIVE_TIME.search(text) or not (re.search(r"\d", text) or _MONTH.search(text)):
            return False
    if label in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") and not re.search(r"\d", text):
        return False
    if label == "CARDINAL" and re.fullmatch(r"\d", text.strip()):
        return False  # a bare single digit is a guess, not a fact
    # Inside quotation marks the blank is part of someone's words, not a fact about the world.
    before = _slice(sent, sent.start_char, ent.start_char)
    if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
        return False
    rest = (before + " " + _slice(sent, ent.end_char, sent.end_char)).lower()
    if re.search(r"\b" + re.escape(text.lower()) + r"\b", rest):
        return False
    rest_words = set(re.findall(r"\w+", rest))
    for word in re.findall(r"[A-Za-z]\w+", text):
        w = word.lower()
        if label == "PERSON" and len(w) > 2 and w in rest_words:
            return False  # "Kim" elsewhere gives away "Kim Jong Un"
        if len(w) >= 4 and w not in _COMPASS and word[0].isupper():
            stem = w[: max(4, len(w) - 3)]
            if any(r != w and r.startswith(stem) for r in rest_words):
                return False  # "Russian" gives away "Russia"
    # An alias, capital or demonym of the answer elsewhere in the sentence ("Moscow" for "Russia").
    if label in ("GPE", "NORP", "ORG", "LOC"):
        for other in _ents(sent):
            if other.start_char != ent.start_char and not (other.start <= ent.start < other.end) \
                    and related(text, other.text):
                return False
    return True


def _centrality(text: str, label: str, prof: Profile) -> float:
    keys = _keys(text, label)
    count = max(prof.mentions.get(k, 0) for k in keys)
    first = min(prof.first_seen.get(k, prof.sentences) for k in keys)
    return min(1.0, math.log1p(count) / math.log(6)) * 0.7 + 0.3 * (1 - first / prof.sentences)


def sentence_score(sent: Span, index: int, prof: Profile) -> float:
    """How much of the article's core a sentence carries: position, central entities, title terms, figures."""
    position = 1 / (1 + index / 4)
    ents = [e for e in _ents(sent) if label_of(e) in LABEL_WEIGHT]
    central = max((_centrality(e.text, label_of(e), prof) for e in ents), default=0.0)
    words = {t.lower_ for t in sent if t.is_alpha and len(t) > 3}
    title = len(words & prof.title_terms) / max(1, len(prof.title_terms)) if prof.title_terms else 0.0
    figures = 1.0 if any(label_of(e) in NUMERIC and re.search(r"\d", e.text) for e in ents) else 0.0
    attribution = 0.15 if re.search(r"\baccording to\b|\bsaid in a statement\b|\btold reporters\b", sent.text) else 0.0
    return 0.45 * position + 0.3 * central + 0.15 * min(1.0, 2 * title) + 0.1 * figures - attribution


def gap_score(ent: Span, sent: Span, prof: Profile) -> float:
    label = label_of(ent)
    score = 0.6 * LABEL_WEIGHT[label] + 0.4 * _centrality(ent.text, label, prof)
    before = _slice(sent, sent.start_char, ent.start_char)
    if re.search(r"\baccording to\s+(?:\S+\s+){0,6}$", before):
        score *= 0.5  # the source of a claim is filler, not the fact
    return score


def candidate_facts(doc: Doc, *, title: str | None = None) -> Iterator[Fact]:
    """Every usable (sentence, answer) pair of the article, best answer per sentence first."""
    prof = profile(doc, title)
    sents = list(doc.sents)
    for i, sent in enumerate(sents):
        if not stands_alone(sent):
            continue
        base = sentence_score(sent, i, prof)
        stripped = sent.text.strip()
        offset = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        context = sents[i - 1].text.strip() if i > 0 else None
        spans = [answer_span(e) for e in _ents(sent)]
        gaps = [(gap_score(e, sent, prof), e) for e in spans
                if usable_answer(e, sent) and not _ambiguous_name(e.text, label_of(e), prof)]
        for g, ent in sorted(gaps, key=lambda p: (-p[0], p[1].start)):
            yield Fact(
                sentence=stripped,
                answer=ent.text,
                answer_start=ent.start_char - offset,
                label=label_of(ent),
                score=round(base * (0.6 + 0.4 * g), 4),
                context=context,
            )


def choose_facts(facts: list[Fact], limit: int) -> list[Fact]:
    """The best `limit` facts, one per sentence, no answer asked more than twice, no near-duplicate sentences."""
    chosen: list[Fact] = []
    used_answers: Counter = Counter()
    seen_sentences: list[set[str]] = []
    for fact in sorted(facts, key=lambda f: -f.score):
        if len(chosen) >= limit:
            break
        key = entity_key(fact.answer)
        words = set(re.findall(r"\w+", fact.sentence.lower()))
        if used_answers[key] >= 2:
            continue
        if any(len(words & s) / max(1, len(words | s)) > 0.6 for s in seen_sentences):
            continue  # the same sentence (or a near copy) already has its question
        chosen.append(fact)
        used_answers[key] += 1
        seen_sentences.append(words)
    return chosen
