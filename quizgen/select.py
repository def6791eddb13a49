"""Which spans of a sentence to blank, and which facts of an article to ask: pure functions over a spaCy Doc."""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import rank
from .bounds import (UNITS, adverb_first, answer_span, beside_a_person, lone_head, longer_name, name_runs_on,
                     numbered_name, of_name_runs_on, particle_runs_on, place_runs_on, portfolio_piece, title_piece,
                     two_names)
from .cities import city_country
from .difficulty import prominence
from .models import Fact
from .names import MEMBERS, entity_key, group_of, kind_of, related, united_states, whole_word
from .numbers import shares
from .phrases import LABEL, noun_phrases, topical
from .rank import Profile, label_of, profile, quoted_share
from .safe import INVISIBLE
from .spans import sent_ents, text_of
from .standing import EDGES, attribution_tail, context_before, opening
from .traits import country_key, people_by_key
from .trivia import age_aside, minor_player, minor_speaker, passer_by_home, says, score_along_the_way, sources_of
from .wh import wh_question

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ANSWER_LABELS = {"PERSON", "ORG", "GPE", "EVENT", "LAW", "MONEY", "PERCENT", "LOC", "DATE", "NORP", "FAC",
                 "WORK_OF_ART", "QUANTITY", "CARDINAL", "PRODUCT"}
_RELATIVE_TIME = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|week|weekend|weeks|ago|recent|recently|earlier|later|last|next|"
    r"this|that|current|past|coming|early hours|morning|afternoon|evening|night|decades?|months|time|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|daily|annual|annually|now|then)\b",
    re.IGNORECASE,
)
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "united", "great"}
_EMERGENCY = {"call", "calls", "caller", "callers", "dispatcher", "dispatchers", "operator", "operators"}
_MEDIA_AFTER = re.compile(r"(?:(?:al-|el-)?[A-Z][\w’'-]*\s+){0,3}"  # "the _____ al-Nahar newspaper"
                          r"(?i:(?:state[- ])?(?:news agency|media|television|tv|newspapers?|broadcaster|"
                          r"press agency|radio|news website|news channel))\b"
                         r"|(?:state )?daily (?:newspaper\b|[A-Z]|al-|el-)")  # "_____ daily Le Monde", "daily al-Akhbar"
_OUTLET_NAME = re.compile(r"\b(?:News|Times|Herald|Journal|Gazette|Telegraph|Tribune|Radio|Television|TV|"
                          r"Broadcasting (?:Corporation|Company|System|Service))$")
_THE_NAMED = re.compile(r"(?<=[\s,(“\"])The $")  # a capital "The" inside a sentence: part of a name
_REPORTED_AFTER = re.compile(r"[\s,]*(?:reported|reports|said|says|wrote|writes|quoted|newspaper|daily)\b")
_MAKE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+[A-Z][\w-]*\s+$")  # "A Toyota _____"
# "_____ (SNP) leader Nicola Sturgeon", "Volcanology and _____ (PhilVocs)": capitals of the answer's words
_ACRONYM_AFTER = re.compile(r"\(\s*(?:[A-Z]{2,8}|[A-Z][a-z]*[A-Z][A-Za-z]{0,8})\s*\)")
_APPROX = r"(?:about|around|nearly|some|roughly|almost|approximately|more than)?\s*"
_MEASURES = "|".join(sorted(UNITS | {"mph", "kph", "dollars", "euros", "pounds", "yen", "yuan", "rupees", "naira",
                                      "million", "billion"}, key=len, reverse=True))
_MEASURED = r"\d[\d,.]*(?:\s*(?:" + _MEASURES + r")\b)"  # "200 feet", "7.2 billion naira"
# "_____ (110,748 hectares)", "9.8 trillion won (approximately USD 7.06 billion)", "_____ New Taiwanese Dollars (about
# $33 million)", "_____ — or just over 52 square miles —"
_OR_JUST = r"\s*[,—–-]?\s*\bor\s+(?:just\s+)?(?:over\s+|under\s+)?" + _APPROX  # ", or", "— or just over"
_CURRENCY = r"(?:euros?|pounds?|dollars?|crowns?|kronor|yen|yuan|rupees?|naira|francs?|pesos?|rand|lira|riyals?)"
_CONVERSION_AFTER = re.compile(r"(?:(?:[A-Z][a-z]+\s+){0,2}(?i:" + _CURRENCY + r")\s*)?\(\s*" + _APPROX
                               + r"(?:[$€£¥]|US\$|(?:USD|EUR|GBP|US)\s?)?\d|" + _OR_JUST + r"\d[\d,.]*\s*(?:square\s+)?(?:"
                               + _MEASURES + r")\b")
# A figure right before the blank in another unit: "119 kph (_____", "200 feet, or _____"
_CONVERTED_BEFORE = re.compile(_MEASURED + r"{1,2}\s*\(\s*" + _APPROX + r"$|" + _MEASURED + r"{1,2}\.?" + _OR_JUST + r"$")
# A sum converted in brackets: "240bn euros (£_____; $323bn)", "11 million Swedish crowns ($_____, €948,000)"
_BRACKETED_SUM = re.compile(r"\d[\d,.]*\s*(?:(?:bn|m|tn|million|billion|trillion)\b\s*(?:[A-Z][a-z]+\s+)?"
                            + _CURRENCY + r"?|(?:[A-Z][a-z]+\s+)?" + _CURRENCY + r")\s*\(\s*(?:[$€£¥]?\s*\d[\d,.]*\s*[a-z]*\s*[;,]\s*)*"
                            + _APPROX + r"[$€£¥]?\s*$")
_ONE_OF = re.compile(r"(?:(?:is|was|are|were|has|had|have|been|remains|ranks|ranked|as)\s+){1,3}(?:one of|among)\b",
                     re.IGNORECASE)
# "Koottickal town in _____": the town's district, state and country all fit the blank
_TOWN_IN = re.compile(r"\b(?:town|village|city|area|district|neighbou?rhood|suburb|camp)\s+in\s+$", re.IGNORECASE)
_MEMBER_AFTER = re.compile(r"\s*(?:" + "|".join(sorted(MEMBERS)) + r")\b", re.IGNORECASE)
_COMPARED = re.compile(r"(?:less|more|fewer|higher|lower|longer|shorter|greater|smaller|bigger)\s+than\b")
_NAMES = {"PERSON", "ORG", "GPE", "NORP", "LOC"}  # blanks that need something else named beside them
LEAD_SENTENCES = 3  # ... past the lead: in it, the story says what it is about, so the name needs no company
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
# An office that, with a country, names one person: "the Russian president" gives away "Putin".
_OFFICE = re.compile(r"\s*(?:[’']s\s+)?(?:acting\s+|then-|former\s+|new\s+)?(?:president|prime minister|premier|"
                     r"chancellor|leader|supreme leader|king|queen|emperor|dictator|head of state|foreign minister|"
                     r"defen[cs]e minister|secretary of state)\b", re.IGNORECASE)


def _ambiguous_name(text: str, label: str, prof: Profile) -> bool:
    """A bare name shared by several people in the article ("Kim" with Kim Jong Un and Kim Jong Il)."""
    if label != "PERSON" or " " in text.strip():
        return False
    return len(prof.full_names.get(text.lower(), ())) > 1


def _fair_blank(span: Span, sent: Span, rest: str) -> bool:
    """What every blank needs, entity or phrase: visible, not spelled out beside it, not inside a quotation,
    not repeated in the rest of the sentence (`rest`, lowercased)."""
    text = span.text
    if INVISIBLE.search(text):
        return False  # a learner cannot type what they cannot see
    doc = span.doc
    joined_after = span.end < len(doc) and not doc[span.end - 1].whitespace_ and re.match(r"\w", doc[span.end].text)
    joined_before = (span.start > 0 and not doc[span.start - 1].whitespace_
                     and re.search(r"\w$", doc[span.start - 1].text))
    if joined_after or joined_before:
        return False  # the span runs into a word ("Apple_____"): blanked, it would not read as one word
    before = text_of(sent)[:span.start_char - sent.start_char]
    after = _after(span, sent)
    if before.rstrip().endswith("(") or after.startswith(")") or _ACRONYM_AFTER.match(after):
        return False  # "Deferred Action for Childhood Arrivals (DACA)": the words beside it spell the answer
    if quoted_share(text_of(sent)) > 0.4 and not says(span):
        return False  # in a sentence that is mostly a quotation, only "who said it" is a fact
    # Inside quotation marks the blank is part of someone's words, not a fact about the world; unless the marks
    # hold the name alone, as a title: '"_____" and "Damages" found themselves on top'
    titled = before.endswith(("\"", "“")) and after[:1] in ("\"", "”")
    if (before.count("“") > before.count("”") or before.count('"') % 2 == 1) and not titled:
        return False
    return not whole_word(text.lower()).search(rest)


def _rest(span: Span, sent: Span, lead: str) -> str:
    """The prompt's words around the blank, lowercased."""
    return (lead + " " + text_of(sent)[:span.start_char - sent.start_char] + " "
            + text_of(sent)[span.end_char - sent.start_char:]).lower()


def _named_office(ent: Span, sent: Span) -> bool:
    """Whether the sentence names a country's office ("Russian President", "North Korea’s leader")."""
    for other in sent_ents(sent):
        if other.start != ent.start and label_of(other) in ("NORP", "GPE") and \
                _OFFICE.match(text_of(sent), other.end_char - sent.start_char):
            return True
    return False


def _leader_named(answer: str, others: list[str]) -> bool:
    """Whether one of the sentence's other names is a leader quizgen knows of the answer's country."""
    country = country_key(answer)
    if country is None:
        return False
    people = people_by_key()  # "Kim Jong-un" is Kim Jong Un
    return any(f"from:{country}" in people.get(entity_key(name), ()) for name in others)


def _after(span: Span, sent: Span) -> str:
    """The sentence's text right after a span, from its next word on."""
    return text_of(sent)[span.end_char - sent.start_char:].lstrip()


_NAMED_THINGS = {"GPE", "LOC", "FAC", "ORG"}


def _listed(ent: Span, sent: Span) -> bool:
    """Whether the entity is one of a list of three or more of its kind ("Denmark, Finland, _____ and the
    Netherlands"): any other member of the kind fills the blank as well."""
    chain = {t.i for t in ent.root.conjuncts}
    # the tagger's labels for places, buildings and bodies vary within one list: "Tain, Wenchi and the _____" (LOC)
    kind = label_of(ent)
    kinds = _NAMED_THINGS if kind in _NAMED_THINGS else {kind}
    return sum(1 for e in sent_ents(sent) if e.root.i in chain and label_of(e) in kinds) >= 2


def _anchored(ent: Span, sent: Span) -> bool:
    """Whether the sentence names something besides `ent`: another name (tagged, an acronym, or capitalised past
    the sentence's first word: "WHO", "Ceres"), a date or a number."""
    return any(o.end <= ent.start or o.start >= ent.end for o in sent_ents(sent)) or \
        any(t.like_num or t.is_alpha and len(t) > 1 and (t.is_upper or t.is_title and t.i > sent.start)
            for t in sent if not ent.start <= t.i < ent.end)


def _inside_a_place(ent: Span, sent: Span, label: str, before: str) -> bool:
    """Whether a place below a country is asked as the place another place is in ("Koottickal town in _____",
    "Tavua in _____"): its state and its country fit the blank as well."""
    if label != "GPE" or kind_of(ent.text) in ("country", "us-state") or ent.start < 2:
        return False
    if _TOWN_IN.search(before):
        return True
    doc = ent.doc
    return doc[ent.start - 1].lower_ == "in" and any(
        e.end == ent.start - 1 and label_of(e) in ("GPE", "LOC", "FAC") for e in sent_ents(sent))


def _complement(ent: Span, sent: Span) -> bool:
    """Whether a share and another the sentence gives make up the whole, so that either is worked out from the
    other ("51.87% against and _____ for")."""
    mine = shares(ent.text)
    others = [o for e in sent_ents(sent) if e.start != ent.start for o in shares(e.text)]
    return len(mine) == 1 and any(abs(mine[0] + o - 100) < 0.15 for o in others)


def usable_answer(ent: Span, sent: Span, *, lead: str = "", label: str | None = None) -> bool:
    """Whether blanking `ent` leaves a fair question: specific, not given away by the rest of the sentence."""
    text = ent.text
    label = label or label_of(ent)
    if label not in ANSWER_LABELS or "\n" in text or len(text) < 2:
        return False
    if label in ("DATE", "TIME"):
        if _RELATIVE_TIME.search(text) or not (re.search(r"\d", text) or _MONTH.search(text)):
            return False
    if label in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT") and not re.search(r"\d", text):
        return False
    if label not in rank.NUMERIC and label != "TIME" and text.islower():
        return False  # "thousands of _____ invaded the pitch" for "kwaad home fans": a name has a capital
    if label == "CARDINAL" and re.fullmatch(r"\d", text.strip()):
        return False  # a bare single digit is a guess, not a fact
    if label == "DATE" and text.endswith("year-old") and ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj",
                                                                           "appos", "attr"):
        return False  # '"We played better," the _____ told ESPN': an age standing for someone unnamed
    if label == "CARDINAL" and re.match(r"-\d", text_of(sent)[ent.end_char - sent.start_char:]) or \
            label in rank.NUMERIC and ent[-1].lower_ in ("to", "and", "or"):
        return False  # "to put Fiji _____-0 up": half of a score; "around [50,000 to] 67,000 years ago": of a range
    if label == "CARDINAL" and numbered_name(ent):
        return False  # "Digi _____ reported": the number is part of a name
    if text.strip() in ("911", "999", "112") and ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _EMERGENCY:
        return False  # "a _____ call": an emergency number is a name, and "a 3640 call" no fact
    if text.lower() in _DIRECTIONS:
        return False  # "the ___ (North)": a direction, not a place
    if title_piece(ent, label) or lone_head(ent) or portfolio_piece(ent) or longer_name(ent):
        return False
    if label == "PERSON" and name_runs_on(ent) or label in _NAMES and (beside_a_person(ent) or particle_runs_on(ent)):
        return False
    if label in ("GPE", "NORP", "LOC") and place_runs_on(ent) or adverb_first(ent):
        return False  # "LiSTNR's _____ Today" (a programme); "[Crucially Chad] also neighbours Libya"
    if text.count("(") != text.count(")") or label != "PERSON" and two_names(ent) or \
            label == "ORG" and of_name_runs_on(ent):
        return False  # "Porto Alegre (Rio Grande", "Palmeiras the Copa Libertadores": the span runs into another
    after = _after(ent, sent)
    if kind_of(text) == "outlet" or label == "ORG" and _OUTLET_NAME.search(text) or \
            label in ("NORP", "GPE") and _MEDIA_AFTER.match(after):
        return False  # who reported it is not the news, nor whose news agency did ("the official _____ news agency")
    if _ONE_OF.match(after):
        return False  # "_____ is ranked as one of the countries most prone to disasters": so are others
    if label in rank.NUMERIC and _COMPARED.match(after):
        return False  # "four years, _____ less than before": a difference worked out from the story's figures
    if label == "PERCENT" and _complement(ent, sent):
        return False  # "66.4% backed reform, with _____ against": 100 less the other share
    before = text_of(sent)[:ent.start_char - sent.start_char]
    if label in ("NORP", "GPE") and _THE_NAMED.search(before) and _REPORTED_AFTER.match(after):
        return False  # "..., The _____ reported" for "The Hindu", "The Australian": a newspaper, not a people
    if _inside_a_place(ent, sent, label, before):
        return False
    if label == "ORG" and _MEMBER_AFTER.match(after):
        return False  # "the first serving _____ minister": the party, the state or the portfolio fits
    if label == "PRODUCT" and _MAKE_BEFORE.search(before):
        return False  # "A Toyota _____ was heading west": which model of car someone drove is trivia
    if label in ("QUANTITY", "MONEY") and (_CONVERSION_AFTER.match(after) or _CONVERTED_BEFORE.search(before)
                                           or label == "MONEY" and _BRACKETED_SUM.search(before)):
        return False  # "about 200 feet, or _____", "_____ (110,748 hectares)": the other unit gives it away
    if united_states(text) and kind_of(text) != "city":
        return False  # "relief in the _____", "_____ press secretary": English news's first guess, read on dev
    if re.search(r"[’']s\s", text) or (label != "PERSON" and re.search(r"[\w.]-\w", text) and text[:1].isupper()):
        return False  # two entities in one ("the U.S. Constitution’s First Amendment", "U.S.-Mexico")
    if _listed(ent, sent):
        return False
    rest = _rest(ent, sent, lead)
    if not _fair_blank(ent, sent, rest):
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
    if label == "PERSON" and _named_office(ent, sent):
        return False  # "Russian President ___", or "the Russian leader" beside the blank, names the answer
    # An alias, capital or demonym of the answer elsewhere in the sentence ("Moscow" for "Russia").
    if label in ("GPE", "NORP", "ORG", "LOC"):
        others = [o.text for o in sent_ents(sent) if not (o.start <= ent.start < o.end)]
        if lead:
            others.append(lead.strip("[]’s"))
        if any(related(text, o) for o in others):
            return False
        country = country_key(text) if kind_of(text) == "country" else None
        if country and any(city_country(o) == country for o in others):
            return False  # "In Johannesburg ... under the auspices of _____'s arbitration body": South Africa
        if label in ("GPE", "NORP") and _leader_named(text, others):
            return False  # "chanting 'Welcome, Putin,' waving _____ flags": Russian
    return True


def usable_phrase(phrase: Span, sent: Span, *, lead: str = "") -> bool:
    """Whether blanking a noun phrase is fair: as for entities, and none of its words (or their stems:
    "assist" for "assistance") elsewhere in the prompt."""
    rest = _rest(phrase, sent, lead)
    if not _fair_blank(phrase, sent, rest):
        return False
    rest_words = [r for r in re.findall(r"\w+", rest) if len(r) >= 4]
    return not any(len(os.path.commonprefix([w.lower_, r])) >= max(4, min(len(w), len(r)) - 2)
                   for w in phrase if len(w) >= 4 for r in rest_words)


def gaps(sent: Span, prof: Profile, *, lead: str = "", index: int = 0) -> Iterator[tuple[Span, str]]:
    """Every fair blank of the article's `index`-th sentence with its label: named entities first, then noun
    phrases (label NP). Fitting (scripts/fit_ranker.py) and generation both read gaps from here, so they agree."""
    for ent in (answer_span(e) for e in sent_ents(sent)):
        label = prof.label(ent)
        if label in _NAMES and index >= LEAD_SENTENCES and not lead and not _anchored(ent, sent):
            continue  # "_____ has a long history of disputed votes": past the lead, nothing else says which country
        if index >= LEAD_SENTENCES and score_along_the_way(ent, label):
            continue  # "to make it _____ at half-time" (17-9): past the lead, not the result
        if age_aside(ent, label) or passer_by_home(ent, label, prof) or sources_of(ent, label):
            continue  # "Mr Kim, _____, was poisoned"; "_____ resident Sophie Peret"; "_____ sources said"
        if usable_answer(ent, sent, lead=lead, label=label) and not _ambiguous_name(ent.text, label, prof) \
                and not minor_speaker(ent, label, prof) and not minor_player(ent, label, prof):
            yield ent, label
    for phrase in noun_phrases(sent):
        if usable_phrase(phrase, sent, lead=lead) and topical(phrase, prof):
            yield phrase, LABEL


def candidate_facts(doc: Doc, *, title: str | None = None, model: dict | None = None,
                    prof: Profile | None = None) -> Iterator[Fact]:
    """Every usable (sentence, answer) pair of the article, scored by the fitted model."""
    for fact, _where in located_facts(doc, title=title, model=model, prof=prof):
        yield fact


def best_facts(doc: Doc, limit: int, *, prof: Profile, model: dict | None = None) -> list[Fact]:
    """The article's `limit` best facts (see choose_facts), each with its wh-question when one reads well.
    Wh-questions are worked out for the chosen facts only: parsing a sentence into one costs as much as
    finding all its gaps."""
    located = list(located_facts(doc, model=model, prof=prof))
    where = {id(fact): place for fact, place in located}
    chosen = choose_facts([fact for fact, _place in located], limit)
    return [with_wh(fact, where[id(fact)]) for fact in chosen]


def with_wh(fact: Fact, place: tuple[Span, Span, str, int]) -> Fact:
    """`fact` with its wh-question, from where it sits (see located_facts)."""
    sent, ent, label, offset = place
    return replace(fact, wh=wh_question(sent, ent, label=label, sentence=fact.sentence, offset=offset, lead=fact.lead))


def located_facts(doc: Doc, *, title: str | None = None, model: dict | None = None,
             prof: Profile | None = None) -> Iterator[tuple[Fact, tuple[Span, Span, str, int]]]:
    """Each candidate fact with where it sits: (sentence, answer span, label, sentence offset)."""
    prof = prof or profile(doc, title)
    sents = list(doc.sents)
    for i, sent in enumerate(sents):
        prev = sents[i - 1] if i > 0 else None
        lead = opening(sent, prev)
        if lead is False:
            continue
        lead = None if lead is True else lead
        s_score = rank.sentence_score(rank.sentence_features(sent, i, prof), model=model)
        stripped = text_of(sent).strip(EDGES)
        offset = sent.start_char + text_of(sent).index(stripped)
        context = context_before(prev)
        tail = attribution_tail(stripped)
        found = list(gaps(sent, prof, lead=lead[1] if lead else "", index=i))
        most = rank.most_mentioned(found, prof)
        for ent, label in found:
            if ent.start_char - offset < (lead[0] if lead else 0):
                continue  # the blank cannot sit in the part of the opening we rewrote
            if ent.end_char > offset + len(stripped):
                continue  # the entity runs into what was stripped ("Korea.\u200b" is one token)
            g_score = rank.gap_score(rank.gap_features(ent, sent, i, prof, label=label, most=most), model=model)
            mentions, first, in_title = prof.standing(ent.text, label)
            yield Fact(
                sentence=stripped,
                answer=ent.text,
                answer_start=ent.start_char - offset,
                label=None if label == LABEL else label,
                score=round(rank.fact_score(s_score, g_score, model=model), 4),
                context=context,
                lead=lead,
                tail=tail if tail is not None and tail >= ent.end_char - offset else None,
                prominence=prominence(mentions=mentions, first=first, in_title=in_title),
            ), (sent, ent, label, offset)


def choose_facts(facts: list[Fact], limit: int, *, max_per_answer: int = 2, overlap: float = 0.6,
                 floor: float = 0.1, reference: int = 3) -> list[Fact]:
    """The best `limit` facts: one per sentence, no answer (or its demonym, capital...) asked more than
    `max_per_answer` times, no near-duplicate sentences, none scoring below `floor` times the best fact of
    the `reference`-th best sentence (not the best fact: a gap named in the title can outscore the rest of a
    short article a hundredfold)."""
    chosen: list[Fact] = []
    used_answers: Counter = Counter()
    seen_sentences: list[set[str]] = []
    ranked = sorted(facts, key=lambda f: (-f.score, f.sentence, f.answer_start))
    tops = list({f.sentence: f.score for f in reversed(ranked)}.values())  # each sentence's best score
    best = sorted(tops, reverse=True)[min(reference, len(tops)) - 1] if tops else 0.0
    for fact in ranked:
        if len(chosen) >= limit or fact.score < floor * best:
            break  # the tail of an article is trivia a teacher would throw away
        group = group_of(fact.answer)
        key = f"group:{group}" if group is not None else entity_key(fact.answer)
        if fact.label == "PERSON" and group is None and key:
            key = "person:" + key.split()[-1]  # "Roman Polanski" and "Polanski" are one person
        words = set(re.findall(r"\w+", fact.sentence.lower()))
        if used_answers[key] >= max_per_answer:
            continue
        if any(len(words & s) / max(1, len(words | s)) > overlap for s in seen_sentences):
            continue  # the same sentence (or a near copy) already has its question
        chosen.append(fact)
        used_answers[key] += 1
        seen_sentences.append(words)
    return chosen
