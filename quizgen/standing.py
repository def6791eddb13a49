"""Whether a sentence stands alone as a question: fragments, captions, questions and unresolved pronouns are
skipped, a leading connective or "He" is rewritten, and the sentence before is kept as context."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import entity_key
from .rank import QUOTED, label_of
from .safe import INVISIBLE_CHARS
from .spans import sent_ents

if TYPE_CHECKING:
    from spacy.tokens import Span

# Connectives dropped from the prompt: the sentence reads the same without them.
_CONNECTIVES = {"but", "and", "so", "yet", "however", "meanwhile", "still", "instead", "also", "moreover",
                "furthermore", "besides", "nevertheless", "nonetheless", "thus", "hence", "otherwise"}
_COMMA_CONNECTIVES = {"rather", "indeed", "additionally", "similarly", "likewise", "consequently", "therefore",
                      "separately", "overall"}  # only with a comma: "Rather, Trump said"; not "Rather than ..."
_NOT_CONNECTIVE = re.compile(r"(?:So far|So much|So many|So long|Still more|Also known)\b")  # "So far, no group..."
_PERSONAL = {"he": "", "she": "", "his": "’s", "her": "’s"}  # resolved to the previous sentence's person
_UNRESOLVED = {"it", "they", "this", "that", "these", "those", "their", "its", "them", "him", "such", "both",
               "neither", "here", "i", "we", "you", "my", "our", "your", "then", "later", "again"}
_FIRST_SECOND_PERSON = {"i", "me", "my", "we", "us", "our", "you", "your"}
_EXPLETIVE_IT = re.compile(r"^It (?:is|was|has been|had been) (?:widely |now |also |not )?(?:believed|expected|"
                           r"thought|likely|unlikely|unclear|not clear|understood|estimated|reported|known)\b")
_ANAPHORIC_START = re.compile(
    r"^(?:The|Both) (?:pair|two|three|former|latter|elder|younger|couple|duo|trio|same|other|move|decision|"
    r"incident|attack|deal|plan|report|statement|comments?|remarks)\b"
)
_FILLER = re.compile(r"\b(?:did not|didn't|could not|couldn't) (?:immediately )?(?:respond|reply|be reached)\b|"
                     r"\brequests? for comment\b|\bdeclined to comment\b|\bcontributed to this report\b")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_BULLET = re.compile("[•▪►●■◆]")  # a list run into a sentence: "races worth watching: • Virginia governor: ..."
_WORD_RUN = re.compile(r"[^\W\d_]+")
# A web page's link text run into the next sentence: "Watch a preview of 'X' Vinas' case sheds light ..."
_LINK_TEXT = re.compile(r"(?:Watch|Read|Check|Click|See|Explore|Listen|Follow)\b")
# A photo caption run into the sentence after it: "Ann Chiang of DAB In the Kowloon West constituency, ..."
_RUN_ON = {"In", "On", "At", "During", "After", "Before", "When", "From", "For", "As", "With"}
# A sentence cut after a title by the splitter: "..., said Sheriff's Office spokesman Sgt."
_CUT_AT_TITLE = re.compile(r"\b(?:Sgt|Lt|Gen|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Capt|Col|Cpl|Pvt|Det|Insp|Supt|Prof|Rev|Maj|Adm|"
                           r"Cmdr)\.$")
_RANK_START = re.compile(r"No\.?\s?\d+[’']s\b")  # "No 1's eighth title...": cut from "It was the World"
_CONTEXT_WORDS = 5  # a shorter sentence before ("Think again.", "No.") is no context worth showing
EDGES = INVISIBLE_CHARS + " \n\t"  # stripped from a sentence's ends only: the rest stays verbatim
MIN_WORDS, MAX_WORDS = 8, 60
# A trailing attribution the fact survives without: ", police said.", ", according to the ministry."
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:according to\s+(?:[^,\s]+\s+){0,7}[^,\s]+|(?:[^,\s]+\s+){1,8}?(?:said|says|told\s+(?:[^,\s]+\s*){1,3}|"
    r"reported|added|confirmed|announced|wrote|noted|stated))\s*\.$")


def _quotes_balanced(text: str) -> bool:
    """Whether every quotation opened in `text` is closed: “…”, "…", and the doubled single marks some sites
    type for them (‘‘…’’)."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0 and text.count("‘‘") == text.count("’’")


def _antecedent(prev: Span | None) -> str | None:
    """The person a sentence-initial "He"/"She" most likely means: the previous sentence's only person,
    or its subject when that is a person. None when unclear."""
    if prev is None:
        return None
    people = [e for e in sent_ents(prev) if label_of(e) == "PERSON"]
    subjects = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")]
    if len({entity_key(e.text) for e in people}) == 1:
        return people[0].text
    if len(subjects) == 1:
        return subjects[0].text
    return None


def _run_on(sent: Span) -> bool:
    """Whether a capitalised preposition starts a clause mid-sentence with no punctuation before it: a caption,
    a heading or a dateline run into the sentence ("... of DAB In the Kowloon West ...", "... debates During
    the ...", "Thursday, May 7, 2015 On Tuesday, ...")."""
    doc = sent.doc
    for i in range(sent.start + 1, sent.end - 1):
        t, before = doc[i], doc[i - 1]
        if t.text in _RUN_ON and t.ent_iob_ == "O" and not before.is_punct and not before.is_space \
                and (doc[i + 1].is_lower or before.like_num):  # "2015 On Tuesday": a year ends a dateline
            return True
    return False


def opening(sent: Span, prev: Span | None) -> tuple[int, str] | None | bool:
    """Whether a sentence stands alone: True as it is, a (cut, replacement) lead that makes it stand alone,
    or False when it cannot (an unresolved pronoun, a question, a fragment)."""
    text = sent.text.strip(EDGES)
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not MIN_WORDS <= len(words) <= MAX_WORDS or "\n" in text:
        return False
    if not re.search(r"[.!][\"'”’)]*$", text) or "?" in text[-3:] or _CUT_AT_TITLE.search(text) \
            or _RANK_START.match(text):
        return False
    if not _quotes_balanced(text) or _FILLER.search(text) or _BIDI.search(text) or _BULLET.search(text) \
            or _LINK_TEXT.match(text):
        return False  # a direction override shows a sentence in another order than it reads
    if _run_on(sent):
        return False
    unquoted = QUOTED.sub(" ", text)
    if any(w.lower() in _FIRST_SECOND_PERSON for w in re.findall(r"\b\w+\b", unquoted)):
        return False
    first = re.match(r"[“\"‘']?(\w+)(,?)\s*", text)
    if first is None or not (text[0].isupper() or text[0].isdigit() or text[0] in "“\"‘'"):
        return False
    word = first.group(1).lower()
    if _ANAPHORIC_START.match(text):
        return False
    if (word in _CONNECTIVES or word in _COMMA_CONNECTIVES and first.group(2)) and text[0].isalpha() and \
            not _NOT_CONNECTIVE.match(text):
        rest = text[first.end():]
        return (first.end(), "") if rest[:1].isalpha() else False
    if word in _PERSONAL and text[0].isalpha():
        name = _antecedent(prev)
        if name is None:
            return False
        return len(first.group(1)), f"[{name}{_PERSONAL[word]}]"
    if word == "it" and _EXPLETIVE_IT.match(text):
        return True
    if word in _UNRESOLVED:
        return False
    if word == "there" and not re.match(r"There (?:is|are|was|were|have|has|had|will|would|could|may|might)\b", text):
        return False
    return True


def attribution_tail(text: str) -> int | None:
    """Where a sentence's trailing attribution begins (the offset of its comma), if what comes before it
    is a whole statement of at least MIN_WORDS words; else None."""
    m = _ATTRIBUTION_TAIL.search(text)
    if m is None or len(re.findall(r"\w+", text[: m.start()])) < MIN_WORDS:
        return None
    if not _quotes_balanced(text[: m.start()]):
        return None  # the comma sits inside a quotation
    return m.start()


def context_before(prev: Span | None) -> str | None:
    """The sentence before, shown as context: none where it is a stray quotation mark the splitter left, or a
    few words ("Think again.")."""
    if prev is None or len(_WORD_RUN.findall(prev.text)) < _CONTEXT_WORDS:
        return None
    return prev.text.strip()
