"""How important a sentence and a gap are: features over the whole article, and a small fitted model.

The weights live in data/ranker.json, fitted on human judgments of news articles by
scripts/fit_ranker.py; the features are computed here and only here, so fitting and use agree.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .cities import city_country, is_country_name
from .names import DIVISIONS, MEMBERS, entity_key, kind_of
from .spans import sent_ents, text_of
from .traits import builtin_people, region_country

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

NUMERIC = {"DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
LABELS = ("PERSON", "ORG", "GPE", "NORP", "DATE", "CARDINAL", "MONEY", "PERCENT", "LOC", "EVENT")
GAP_LABELS = (*LABELS, "NP")  # NP: a noun phrase that is no named entity (phrases.py)
_FAC_HEADS = {"square", "street", "avenue", "road", "airport", "palace", "hall", "bridge", "park", "stadium",
              "station", "tower", "building", "hospital", "prison", "base", "port", "guesthouse", "house", "arena",
              "hotel", "museum", "mosque", "cathedral", "temple", "dam"}
_PLACE_TAILS = DIVISIONS - {"state", "region", "territory"} | {"municipal", "municipality"}  # not "Islamic State"
_ORG_HEADS = {"university", "party", "council", "agency", "ministry", "committee", "army", "navy", "bank",
              "company", "corp", "inc", "association", "union", "institute", "department", "court", "police"}
# A team's nickname, which the tagger takes for a person: "the Teranga Lions", "the Super Eagles"
_TEAM_HEADS = {"lions", "lionesses", "eagles", "stars", "elephants", "pharaohs", "leopards", "tigers", "bears",
               "springboks", "wallabies", "socceroos", "matildas", "blacks", "ferns", "pumas", "azzurri", "warriors"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"}  # not "Miss" (America)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")  # a quotation, in curly or straight marks
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to|reported|added|stated)\b")


def quoted_share(text: str) -> float:
    """How much of a text lies inside quotation marks, from 0 to 1."""
    return sum(len(m) for m in QUOTED.findall(text)) / max(1, len(text))


def label_of(span: Span) -> str:
    """spaCy's label, corrected where the small model often errs (a "Square" is not a PERSON)."""
    last, kind = span[-1].text.lower(), kind_of(span.text)
    if kind == "territory" or span.label_ in ("PERSON", "ORG") and (
            is_country_name(span.text) or region_country(span.text) and city_country(span.text) is None):
        return "GPE"  # "West Bank", "Malawi", "Tamil Nadu": places, whatever the tagger (or "Bank") says, but not a
        # state named like a city ("Victoria", "Quebec"), which may be a woman or a city; profile() still makes the
        # "Jordan" of a story about Michael Jordan a person
    if span.label_ == "PERSON" and kind in ("party", "nationality"):
        return "NORP"  # "Four other Lib Dems will take cabinet posts", "The Kenyan defended his title"
    if span.label_ == "PERSON" and span.end < len(span.doc) and span.doc[span.end].lower_ in MEMBERS:
        return "ORG"  # "the first serving Dravida Munnetra Kazhagam minister": a party (not "the Netanyahu government")
    if span.label_ == "PERSON" and span.end + 1 < len(span.doc) and span.doc[span.end].text == "," and \
            span.doc[span.end + 1].lower_ == "which":
        return "ORG"  # "Odebrecht, which has 200,000 workers": a person is "who"
    if span.label_ == "GPE" and kind is None and city_country(span.text) is None and span.end + 1 < len(span.doc) \
            and span.doc[span.end].text == "," and span.doc[span.end + 1].lower_ == "who":
        return "PERSON"  # "Haaland, who scored 52 goals": no place quizgen knows, and a place is never "who"
    if span.label_ in NUMERIC and re.search(r"(?:%|percent|per[ -]cent)$", span.text.lower()):
        return "PERCENT"  # "11.9 per cent", tagged MONEY
    if last in _PLACE_TAILS and span.label_ in ("PERSON", "ORG") and len(span) > 1:
        return "GPE"  # "Techiman Municipal", "Nkoranza South District": districts, not people
    if last in _FAC_HEADS and span.label_ in ("PERSON", "ORG", "GPE"):
        return "FAC"
    if (last in _ORG_HEADS or last in _TEAM_HEADS) and span.label_ in ("PERSON", "GPE", "NORP"):
        return "ORG"
    return span.label_


def _keys(text: str, label: str) -> set[str]:
    key = entity_key(text)
    keys = {key}
    if label == "PERSON":
        keys |= {w for w in key.split() if len(w) > 2}
    return keys


@dataclass(frozen=True)
class Profile:
    """What the whole article says: how often and how early each entity and word is mentioned."""

    mentions: Counter  # entity key -> mention count
    first_seen: dict  # entity key -> index of the sentence where it first appears
    words: Counter  # content word -> count
    title_terms: frozenset
    sentences: int
    full_names: dict  # a name's word -> the multi-word PERSON names that contain it
    labels: dict  # entity key -> the label most of its mentions got
    rank_of: dict  # entity key -> its place by mention count, 0 for the most mentioned
    words_norm: float  # Euclidean norm of `words`, for the centroid similarity

    def label(self, span: Span) -> str:
        """The article's majority label for an entity: one "Trump" tagged ORG among ten PERSONs is a PERSON."""
        return self.labels.get(entity_key(span.text)) or label_of(span)

    def prominence(self, text: str, label: str) -> float:
        """1 for the article's most mentioned entity, 1/2 for the next, ... 0 for one never counted."""
        ranks = [self.rank_of[k] for k in _keys(text, label) if k in self.rank_of]
        return 1 / (1 + min(ranks)) if ranks else 0.0

    def standing(self, text: str, label: str) -> tuple[int, float, bool]:
        """(mentions, relative position of first mention, whether a word of it is in the title)."""
        keys = _keys(text, label)
        count = max(self.mentions.get(k, 0) for k in keys)
        first = min(self.first_seen.get(k, self.sentences) for k in keys)
        return count, first / self.sentences, bool(self.title_terms & set(entity_key(text).split()))

    def centrality(self, text: str, label: str) -> tuple[float, float]:
        """(log mention count, relative position of first mention) of an entity."""
        count, first, _in_title = self.standing(text, label)
        return math.log1p(count), first


def placed(ent: Span) -> bool:
    """Whether the sentence places a name like a town: after "in", "at", "from", "near" or "to", and before a
    comma and a country or US state ("in Indian Wells, California"); or names it as a province ("the coastal
    province of Quang Ninh", "Quang Ninh province")."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in DIVISIONS or \
            ent.end < len(doc) and doc[ent.end].lower_ in DIVISIONS and doc[ent.end].is_lower:
        return True
    if ent.start == 0 or ent.end + 1 >= len(doc):
        return False
    if doc[ent.start - 1].lower_ not in ("in", "at", "from", "near", "to") or doc[ent.end].text != ",":
        return False
    after = next((e for e in doc.ents if e.start == ent.end + 1), None)
    return after is not None and kind_of(after.text) in ("us-state", "country")


_PLACE_BEFORE = {"in", "near", "around", "outside"}
_LANDFORMS = {"rainforest", "river", "basin", "valley", "delta", "jungle", "desert", "mountains", "glacier",
              "peninsula", "estuary", "canyon"}
_STORMS = {"storm", "typhoon", "super-typhoon", "supertyphoon", "hurricane", "cyclone", "depression", "storms",
           "typhoons", "hurricanes", "cyclones"}  # "Typhoons Saola and Tembin"
_TOWN_WORDS = {"city", "town", "capital", "port", "village"}


def _city_named(ent: Span) -> bool:
    """Whether a name the tagger did not call a place is a city quizgen knows, named as one: "in Sanaa",
    "the northern port city of Genoa" (not "Jackson" or "Hamilton" of a story about them)."""
    doc = ent.doc
    if ent.start == 0 or city_country(ent.text) is None:
        return False
    before = doc[ent.start - 1].lower_
    return before in _PLACE_BEFORE or (before == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in _TOWN_WORDS)


def profile(doc: Doc, title: str | None = None) -> Profile:
    mentions: Counter = Counter()
    first_seen: dict[str, int] = {}
    full_names: dict[str, set[str]] = {}
    sent_of = {}
    for i, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            sent_of[t] = i
    votes: dict[str, Counter] = {}
    placed_somewhere: set[str] = set()
    addressed: set[str] = set()  # surnames the article puts after "Mr", "Ms", "Dr"...: people's
    tagged_facility: set[str] = set()  # names spaCy itself called a building or place: "Carnegie Hall"
    storms: set[str] = set()  # names the article puts after "storm", "typhoon"...: "tropical storm Jangmi"
    for ent in doc.ents:
        label, key = label_of(ent), entity_key(ent.text)
        if label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP") and (
                ent.start > 0 and doc[ent.start - 1].lower_ in _STORMS or len(ent) > 1 and ent[0].lower_ in _STORMS):
            storms.add(key)  # "tropical storm Jangmi", "Cyclone Mora"; not the DATE of "the storm Tuesday"
        if ent.end < len(doc) and doc[ent.end].lower_ in _LANDFORMS and label in ("ORG", "PERSON", "GPE"):
            label = "LOC"  # "the Amazon rainforest", "the Mekong delta": a place of nature, no company or town
        if ent.label_ in ("FAC", "GPE", "LOC"):
            tagged_facility.add(key)
        if ent.start > 0 and doc[ent.start - 1].lower_ in HONORIFICS and key:
            label = "PERSON"  # "Mr Hall", whose name ends like a building's
            addressed.add(key.split()[-1])
        elif key in _famous_full_names():
            label = "PERSON"  # "Novak Djokovic", tagged ORG
        votes.setdefault(key, Counter())[label] += 1
        if placed(ent) or label in ("PERSON", "ORG") and _city_named(ent):
            placed_somewhere.add(key)
        if label == "PERSON" and len(ent) > 1:
            for word in key.split():
                full_names.setdefault(word, set()).add(key)
        for key in _keys(ent.text, label):
            mentions[key] += 1
            first_seen.setdefault(key, sent_of.get(ent.start, 0))
    words = Counter(t.lower_ for t in doc if t.is_alpha and not t.is_stop and len(t) > 2)
    title_terms = frozenset(w for w in re.findall(r"\w+", (title or "").lower()) if len(w) > 3)
    labels = {key: max(sorted(c), key=lambda lab: c[lab]) for key, c in votes.items()}
    for key in placed_somewhere:
        if labels[key] in ("PERSON", "ORG"):
            labels[key] = "GPE"  # "in Indian Wells, California", whatever the tagger said
    for key in storms:
        labels[key] = "EVENT"  # a storm is no place and no person, whatever the tagger said
    for key, label in labels.items():
        if label in ("ORG", "GPE", "NORP") and " " not in key and key in full_names and not (
                key in tagged_facility and is_country_name(key)) and kind_of(key) not in ("nationality", "party"):
            labels[key] = "PERSON"  # "Phillips" alone, tagged ORG, is Jack Phillips; not the Thailand the tagger
            # itself calls a place, of a "Srettha Thavisin Thailand's" it ran together
        elif label in ("ORG", "FAC") and key and key.split()[-1] in addressed and key not in tagged_facility:
            labels[key] = "PERSON"  # "Stuart Hall" of the "Mr Hall" the story is about
    ranked = sorted(mentions, key=lambda k: (-mentions[k], first_seen[k], k))
    return Profile(mentions, first_seen, words, title_terms, max(1, len(set(sent_of.values()))), full_names,
                   labels, {k: i for i, k in enumerate(ranked)}, math.sqrt(sum(v * v for v in words.values())))


@lru_cache(maxsize=1)
def _famous_full_names() -> frozenset[str]:
    """The keys of the full names of the people quizgen ships: a tagger's ORG among them is a person."""
    return frozenset(entity_key(name) for name in builtin_people() if " " in name)


def sentence_features(sent: Span, index: int, prof: Profile) -> dict[str, float]:
    ents = [e for e in sent_ents(sent) if prof.label(e) in LABELS]
    content = [t.lower_ for t in sent if t.is_alpha and not t.is_stop and len(t) > 2]
    total = max(1, sum(prof.words.values()))
    cent = [prof.centrality(e.text, prof.label(e)) for e in ents]
    text = sent.text
    quoted = quoted_share(text)
    return {
        "pos_inv": 1 / (1 + index),
        "pos_rel": index / prof.sentences,
        "first": float(index == 0),
        "length": math.log1p(len(content)),
        "entities": math.log1p(len(ents)),
        "figures": float(any(prof.label(e) in NUMERIC and re.search(r"\d", e.text) for e in ents)),
        "cent_max": max((c for c, _ in cent), default=0.0),
        "early_max": max((1 - f for _, f in cent), default=0.0),
        "word_freq": 100 * sum(prof.words[w] for w in content) / total / max(1, len(content)),
        "word_mass": 10 * sum(prof.words[w] for w in set(content)) / total,
        "centroid": _cosine(Counter(content), prof.words, prof.words_norm),
        "top_entity": max((prof.prominence(e.text, prof.label(e)) for e in ents), default=0.0),
        "quoted": quoted,
        "attribution": float(bool(_ATTRIBUTION.search(text))),
    }


def gap_features(ent: Span, sent: Span, index: int, prof: Profile, *, label: str | None = None,
                 most: int = 0) -> dict[str, float]:
    """`most`: the highest mention count among the sentence's gaps (most_mentioned), for how this gap
    compares with the others its sentence could ask."""
    label = label or prof.label(ent)
    count, first, in_title = prof.standing(ent.text, label)
    before = text_of(sent)[:ent.start_char - sent.start_char]
    feats = {f"is_{lab}": float(label == lab) for lab in GAP_LABELS}
    feats.update({
        "mentions": math.log1p(count),
        "mentions_below_best": math.log1p(max(most, count)) - math.log1p(count),
        "prominence": prof.prominence(ent.text, label),
        "first_seen": first,
        "in_lead": float(first == 0),
        "subject": float(ent.root.dep_ in ("nsubj", "nsubjpass")),
        "words": math.log1p(len(ent)),
        "in_title": float(in_title),
        "after_according": float(bool(re.search(r"\baccording to\s+(?:\S+\s+){0,6}$", before))),
        "pos_inv": 1 / (1 + index),
        "head_freq": math.log1p(prof.words[ent.root.lower_]),  # how much the article is about its head word
    })
    return feats


def most_mentioned(gaps: list[tuple[Span, str]], prof: Profile) -> int:
    """The highest mention count among a sentence's gaps: what gap_features' `most` wants."""
    return max((prof.standing(ent.text, label)[0] for ent, label in gaps), default=0)


def _cosine(a: Counter, b: Counter, b_norm: float) -> float:
    """Cosine similarity of two word-count vectors: how close a sentence is to the article's centroid."""
    dot = sum(v * b[w] for w, v in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * b_norm
    return dot / norm if norm else 0.0


@lru_cache(maxsize=1)
def weights() -> dict:
    """The fitted model: {"sentence": {feature: weight, "bias": b}, "gap": {...}, "mix": {...}}."""
    return json.loads(resources.files("quizgen").joinpath("data/ranker.json").read_text(encoding="utf-8"))


def _logistic(features: dict[str, float], w: dict[str, float]) -> float:
    z = w.get("bias", 0.0) + sum(w.get(k, 0.0) * v for k, v in features.items())
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def sentence_score(features: dict[str, float], *, model: dict | None = None) -> float:
    return _logistic(features, (model or weights())["sentence"])


def gap_score(features: dict[str, float], *, model: dict | None = None) -> float:
    return _logistic(features, (model or weights())["gap"])


def fact_score(sentence: float, gap: float, *, model: dict | None = None) -> float:
    mix = (model or weights()).get("mix", {"sentence": 1.0, "gap": 1.0})
    return sentence ** mix["sentence"] * gap ** mix["gap"]
