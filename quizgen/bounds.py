"""Where a blank's name begins and ends: a whole name, never half of one, and never a title's piece.

spaCy's entity spans are often a word short or long: "North Korea’s", "Broadcaster Stuart Hall", "Orji [Uzor
Kalu]", "the [UN Office] for the Coordination of Humanitarian Affairs", "_____ Leader Ayatollah Ali Khamenei".
answer_span trims a span to the name it asks; the others say when no trim can make a fair blank of it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .names import DIVISIONS, kind_of
from .numbers import MONTHS, WEEKDAYS
from .rank import HONORIFICS
from .traits import OCCUPATIONS, PERSON_NOUNS, ROLE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span

POSSESSIVES = {"’s", "'s", "’", "'"}
_GENERIC_BODIES = {"court", "police", "government", "ministry", "department", "council", "committee", "agency",
                   "army", "navy", "company", "university", "hospital", "school", "commission", "office"}
UNITS = frozenset("""metre metres meter meters kilometre kilometres kilometer kilometers km mile miles foot feet inch
inches yard yards acre acres hectare hectares tonne tonnes ton tons kg kilogram kilograms gram grams pound pounds lb
lbs ounce ounces gallon gallons litre litres liter liters barrel barrels degree degrees mph cm mm square cubic
megawatt megawatts gigawatt gigawatts kilowatt kilowatts""".split())


def answer_span(ent: Span) -> Span:
    """The entity without a trailing possessive or punctuation, nor leading punctuation: "North Korea’s" is
    asked as "North Korea"."""
    end = ent.end
    while end > ent.start + 1 and (ent.doc[end - 1].text in POSSESSIVES or ent.doc[end - 1].is_punct
                                   and ent.doc[end - 1].text != "%"):
        end -= 1
    start = ent.start
    while start < end - 1 and ent.doc[start].is_punct:
        start += 1  # '"People Power' of 'the "People Power" revolution': the words, not the quotation mark
    if ent.doc[start].lower_ == "the" and end - start > 1 and ent.label_ not in ("DATE", "WORK_OF_ART", "EVENT", "LAW"):
        start += 1
    elif end - start > 2 and ent.doc[start].lower_ in {"PERSON": PERSON_NOUNS, "ORG": OCCUPATIONS}.get(ent.label_, ()):
        start += 1  # "Broadcaster Stuart Hall", "Senator Mary Vale": the name is what follows
    elif end - start > 1 and ent.label_ == "PERSON" and ent.doc[start].lower_ in HONORIFICS:
        start += 1  # "Ms Rousseff" is asked as "Rousseff", after "Ms"
    label = ent.label_
    last = ent.doc[end - 1]
    if label == "QUANTITY" and end - start > 1 and last.is_alpha and last.lower_ not in UNITS \
            and last.dep_ == "compound" and last.head.i == end:
        end, label = end - 1, "CARDINAL"  # "[Almost 350,000] measles cases": the count, not a unit
    span = ent.doc[start:end]
    span.label_ = label
    return span


def title_piece(ent: Span, label: str) -> bool:
    """Whether the blank would hold a piece of a title spaCy took for a name: "_____ Leader Ayatollah Ali
    Khamenei", "Secretary of _____ John Kerry", "the _____ (King)". A name that is also a title word stays
    ("Duke, UCLA and Kentucky", "Dr. Deputy told me")."""
    if len(ent) != 1 or label == "NORP" or (ent.text.lower() not in ROLE_WORDS and ent.text.lower() != "emeritus"):
        return False
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (ent.end < len(doc) and doc[ent.end].text[:1].isupper()) or before == "the" or (
        before == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in ROLE_WORDS)  # "belong to the _____ (King)"


_PORTFOLIO_TITLES = {"minister", "ministry", "secretary", "commissioner"}


def portfolio_piece(ent: Span) -> bool:
    """Whether a lone word the tagger took for a name is a portfolio before "Minister" or "Secretary" ("his
    _____ (Home) Minister"): part of an office, not a name. A country's own ("Japanese Foreign Minister") stays."""
    doc = ent.doc
    return len(ent) == 1 and ent.end < len(doc) and doc[ent.end].lower_ in _PORTFOLIO_TITLES \
        and doc[ent.end].text[:1].isupper() and kind_of(ent.text) is None


def lone_head(ent: Span) -> bool:
    """Whether the entity is a lone word that names a kind of body, not one body: "leaving _____ (Court) room
    GD", "told _____ (Police)". "Parliament" and "Congress" name one body and stay."""
    return len(ent) == 1 and ent[0].lower_ in _GENERIC_BODIES


# Words that stand before a name without being part of it ("Pilot Roger Peterson", "Curator Judy Polumbaum",
# "Lt Col Mark Smith", "Watch Clarke ..." of a video link): a capital word before a name that is none of these
# is likely its first word ("Orji Uzor Kalu"). Titles, honorifics and family words are read elsewhere.
_BEFORE_NAMES = ROLE_WORDS | HONORIFICS | frozenset("""pilot nurse teacher farmer student officer firefighter chef
designer survivor victim witness resident fan engineer astronaut widow veteran trooper agent guard worker miner
climber passenger hostage patient owner candidate principal curator incumbent major marshal watch mother father
wife husband son daughter brother sister cllr lt col sgt det supt prof gov rep sen""".split())


def name_runs_on(ent: Span) -> bool:
    """Whether the name goes on past what spaCy tagged ("flight attendant [Kim] Do-hee", "Orji [Uzor Kalu]"): the
    blank would hold half a name."""
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.is_alpha and prev.text[:1].isupper() and not prev.ent_type_ \
            and prev.dep_ == "compound" and ent.start <= prev.head.i < ent.end \
            and prev.lower_ not in _BEFORE_NAMES:
        return True  # "[Orji] _____ was convicted": the tagger left out the first name
    if ent.end >= len(doc) or not doc[ent.end - 1].whitespace_:
        return False
    nxt = doc[ent.end]
    capital = nxt.text[:1].isupper() and nxt.text[:1].isalpha()
    return capital and not nxt.is_sent_start and nxt.text not in MONTHS and nxt.lower_ not in WEEKDAYS


def of_name_runs_on(ent: Span) -> bool:
    """Whether a name built with "of" goes on past what the tagger took ("the [Office of the Prime] Minister",
    "[Ministry of Foreign] Affairs"): the blank would hold half of it."""
    doc = ent.doc
    if ent.end >= len(doc) or not any(t.lower_ == "of" for t in ent[1:]) or not doc[ent.end - 1].whitespace_:
        return False
    nxt = doc[ent.end]
    if not (nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start and nxt.text not in MONTHS):
        return False
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return after is None or not after.text[:1].isupper()  # "Bank of England Governor Andrew Bailey": a title


def two_names(ent: Span) -> bool:
    """Whether the tagger ran two names into one span across "the" ("won [Palmeiras the Copa Libertadores]"):
    a capitalised word, "the", a capitalised word; not "Democratic Republic of the Congo"."""
    return any(t.lower_ == "the" and t.i > ent.start and t.i + 1 < ent.end and ent.doc[t.i - 1].text[:1].isupper()
               and ent.doc[t.i + 1].text[:1].isupper() for t in ent)


def numbered_name(ent: Span) -> bool:
    """Whether a number is part of a name: right after a capitalised word that is no month, day or place
    ("Digi 24", "Channel 4", "Apollo 11")."""
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start > 0 else None
    return prev is not None and bool(prev.whitespace_) and prev.is_alpha and (prev.is_title or prev.is_upper) \
        and not prev.is_sent_start and prev.text not in MONTHS and prev.lower_ not in WEEKDAYS \
        and prev.ent_type_ not in ("GPE", "NORP", "LOC", "DATE")


# Lower-case words inside names of many languages: "Rio Grande do Sul", "Lula da Silva", "Charles de Gaulle"
_PARTICLES = {"do", "da", "dos", "das", "de", "del", "della", "di", "du", "des", "van", "von", "der", "den", "ter",
              "bin", "ibn", "al", "el", "la", "le", "y"}


def place_runs_on(ent: Span) -> bool:
    """Whether a place's name runs into a capitalised word no name holds ("LiSTNR's [Australia] Today", a
    programme): the blank would hold part of a title. Not a role ("Kazakhstan President"), a division, a date."""
    doc = ent.doc
    if ent.end >= len(doc) or not doc[ent.end - 1].whitespace_:
        return False
    nxt = doc[ent.end]
    return nxt.is_alpha and nxt.is_title and not nxt.ent_type_ and not nxt.is_sent_start and nxt.text not in MONTHS \
        and nxt.lower_ not in WEEKDAYS and nxt.lower_ not in ROLE_WORDS and nxt.lower_ not in DIVISIONS \
        and nxt.lower_ not in _BEFORE_NAMES and nxt.text != "Open"  # "Alcaraz's first _____ Open title" is fair


_SENTENCE_ADVERBS = {"crucially", "importantly", "notably", "significantly", "interestingly", "ironically",
                     "additionally", "meanwhile", "separately", "finally", "ultimately", "eventually", "initially",
                     "currently", "recently", "previously", "reportedly", "allegedly", "apparently", "officially"}


def adverb_first(ent: Span) -> bool:
    """Whether the tagger ran a sentence adverb into the name ("[Crucially Chad] also neighbours Libya")."""
    return len(ent) > 1 and ent[0].lower_ in _SENTENCE_ADVERBS


def particle_runs_on(ent: Span) -> bool:
    """Whether the name goes on past a lower-case particle ("[Rio Grande] do Sul") or began before one
    ("Lula da [Silva]"): the blank would hold half a name."""
    doc = ent.doc
    after = doc[ent.end:ent.end + 2]
    before = doc[max(0, ent.start - 2):ent.start]
    return len(after) == 2 and bool(doc[ent.end - 1].whitespace_) and after[0].text in _PARTICLES \
        and after[1].text[:1].isupper() or len(before) == 2 and before[1].text in _PARTICLES \
        and before[0].text[:1].isupper() and before[0].is_alpha and not before[0].is_sent_start


def beside_a_person(ent: Span) -> bool:
    """Whether a person's name runs straight into the entity ("Seidou Mbombo [Njoya]", the tagger's organisation):
    the blank would hold half of one name."""
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start > 0 else None
    nxt = doc[ent.end] if ent.end < len(doc) else None
    return prev is not None and prev.ent_type_ == "PERSON" and prev.is_alpha and prev.text[:1].isupper() \
        or nxt is not None and bool(doc[ent.end - 1].whitespace_) and nxt.ent_type_ == "PERSON" \
        and nxt.ent_iob_ == "B" and nxt.is_alpha and nxt.text[:1].isupper() and ent[-1].text[:1].isupper()


_INSTITUTION_HEADS = {"office", "commission", "ministry", "department", "council", "committee", "agency", "bureau",
                      "centre", "center", "institute", "fund", "programme", "program", "organisation", "organization",
                      "foundation", "society", "board", "authority", "administration", "association", "academy"}
_NAMING = {"named", "called", "dubbed", "nicknamed", "christened"}


def longer_name(ent: Span) -> bool:
    """Whether the entity is the start of a longer name spaCy cut short: "the [UN Office] for the Coordination of
    Humanitarian Affairs", a species "named [Ngwevu] intloko"."""
    doc = ent.doc
    prep = ent.start - 1  # the word before the name and its "the" (which spaCy may or may not have put in it)
    if ent[0].lower_ != "the" and prep >= 0 and doc[prep].lower_ == "the":
        prep -= 1
    if prep >= 1 and doc[prep].lower_ in ("for", "of", "on") and doc[prep - 1].lower_ in _INSTITUTION_HEADS \
            and doc[prep - 1].ent_type_ == "ORG" and ent.label_ == "ORG":
        return True  # "the UN Office for [the Coordination of Humanitarian Affairs]", not "Council on [Monday]"
    if ent.end + 1 >= len(doc):
        return False
    nxt = doc[ent.end]
    if ent[-1].lower_ in _INSTITUTION_HEADS and nxt.lower_ in ("for", "of", "on"):
        after = doc[ent.end + 2] if doc[ent.end + 1].lower_ == "the" and ent.end + 2 < len(doc) else doc[ent.end + 1]
        return after.text[:1].isupper() and after.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "TIME") \
            and after.text not in MONTHS and after.lower_ not in WEEKDAYS  # not "of [France]", "on Monday"
    return (ent.start > 0 and doc[ent.start - 1].lower_ in _NAMING and nxt.is_lower and nxt.is_alpha
            and ent.root.dep_ == "compound" and ent.root.head.i == nxt.i)
