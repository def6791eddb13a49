"""Plain records that flow through quizgen: Article -> Fact -> Question."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum


class Kind(str, Enum):
    """The kinds of question quizgen makes."""

    CLOZE = "cloze"
    MCQ = "mcq"
    WH = "wh"
    TRUEFALSE = "truefalse"


MIXED = "mixed"


def kinds_named(text: str) -> tuple[Kind, ...]:
    """The kinds a --kind value names: "mixed" (every kind), one kind, or a comma-separated list
    ("cloze,wh"), in the order given. ValueError for a name that is not a kind."""
    if text.strip() == MIXED:
        return tuple(Kind)
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise ValueError("no kind named")
    return tuple(dict.fromkeys(Kind(n) for n in names))


class Difficulty(str, Enum):
    """How hard a question is likely to be for someone who read its article (see difficulty.py)."""

    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


def digest(*parts: str, size: int = 16) -> str:
    """A short, stable hex id for the given parts (never depends on the run)."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:size]


@dataclass(frozen=True)
class Article:
    """One cleaned article. `id` is a hash of the cleaned text, so the same story read
    from another path is the same article."""

    id: str
    source: str
    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None  # the canonical URL, when the source names one
    lineage: str | None = None  # the id of its first version when this is a revised article (else its own id)


@dataclass(frozen=True)
class Fact:
    """A sentence with the span chosen as its answer: what a question asks about."""

    sentence: str
    answer: str
    answer_start: int  # character offset of the answer inside `sentence`
    label: str | None  # spaCy entity label (PERSON, GPE, ...) or None for a noun phrase
    score: float
    context: str | None = None  # the sentence before, shown when the fact needs it
    # How the prompt's opening differs from the sentence's: (characters replaced, replacement), e.g.
    # (2, "[Putin]") for a resolved "He", (4, "") for a dropped "But ".
    lead: tuple[int, str] | None = None
    prominence: float | None = None  # how much the article teaches the answer, 0-1 (difficulty.prominence)
    # Where the prompt ends when a trailing attribution is trimmed (", police said."): the sentence
    # offset of that comma; the prompt closes with a full stop there.
    tail: int | None = None
    wh: str | None = None  # the fact asked as a wh-question ("In what year ...?"), when one reads well

    @property
    def prompt(self) -> str:
        """The sentence with the answer blanked out (its opening made to stand alone, its attribution trimmed)."""
        return self.stated(BLANK)

    def stated(self, answer: str) -> str:
        """The sentence with `answer` in place of its answer, its opening made to stand alone and its
        attribution trimmed: the prompt with a blank, or a true/false statement with the answer or a wrong option."""
        end = self.answer_start + len(self.answer)
        sentence = self.sentence
        if self.tail is not None and self.tail >= end:
            sentence = sentence[: self.tail] + "."
        after = sentence[end:]
        before = sentence[: self.answer_start]
        quoting = re.search(r"‘|(?:^|[\s(\[—–\"“])'", before)  # then "Phelps' " may close a quotation
        if re.match(r"['’] \w", after) and not answer.endswith(("s", BLANK)) and not quoting:
            after = after[0] + "s" + after[1:]  # "Phelps' achievements" -> "Nurmi's achievements"
        if answer == BLANK:
            before = hedge_article(before)  # "an _____ plunge": "a(n)", so that the article gives nothing away
        elif answer != self.answer and (article := _ARTICLE_BEFORE.search(before)):
            word = indefinite(answer)
            word = word[0].upper() + word[1:] if article.group(1)[0].isupper() else word
            before = before[: article.start(1)] + word + before[article.end(1):]
        text = before + answer + after
        if self.lead:
            cut, replacement = self.lead
            rest = text[cut:]
            if not replacement and rest[:1].islower():
                rest = rest[0].upper() + rest[1:]
            text = replacement + rest
        return text


BLANK = "_____"
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s“\"(]))([Aa]n?) $")
_VOWEL_LETTERS = set("AEFHILMNORSX")  # letters whose names start with a vowel sound: "eff", "aitch", "em"
_AN_WORD = re.compile(r"(?:[aeio]|u(?!ni|s[eu]|kr|ga|ru|ra)|hou?r|hon|heir)", re.IGNORECASE)


def hedge_article(before: str) -> str:
    """The text before a blank with a closing "a" or "an" written "a(n)" ("despite a(n) _____ plunge")."""
    return _ARTICLE_BEFORE.sub(lambda m: m.group(1)[0] + "(n) ", before)


def indefinite(text: str) -> str:
    """"a" or "an" before `text` as it is read aloud: "an 81 percent plunge", "a 61 percent", "an Iraqi", "a
    Ukrainian"; a name in capitals by how it is read: letter by letter ("an FBI agent", "a UN envoy", "an MP") or
    as a word ("a NATO summit", "an OPEC deal")."""
    number = re.match(r"[$€£¥]?\s?(\d[\d,]*)", text)
    if number:
        digits = number.group(1).split(",")[0]
        return "an" if digits.startswith("8") or digits in ("11", "18") else "a"
    capitals = re.match(r"[A-Z]{2,}(?![a-z])", text)
    if capitals and (len(capitals.group()) <= 3 or not re.search("[AEIOU]", capitals.group())):
        return "an" if text[0] in _VOWEL_LETTERS else "a"  # read letter by letter: "eff-bee-eye"
    if capitals and text[0] == "U":
        return "a"  # "a UNESCO site", "a UEFA ban": "you-"
    return "an" if _AN_WORD.match(text) and not re.match(r"(?i)eu|one\b|once\b", text) else "a"


@dataclass(frozen=True)
class Question:
    """A question as stored in the bank and exported."""

    article_id: str
    kind: Kind
    sentence: str
    answer: str
    prompt: str
    answer_label: str | None
    score: float
    choices: tuple[str, ...] = ()
    context: str | None = None
    rank: int = 0  # position within its article, best first
    lineage: str | None = None  # the article's lineage (see Article) when it has been revised
    difficulty: Difficulty | None = None  # None only for a question nobody has rated
    swapped: str | None = None  # truefalse: the wrong option put in place of the answer (a false statement)

    @property
    def truth(self) -> bool | None:
        """Whether a true/false statement is true (None for other kinds)."""
        return self.swapped is None if self.kind is Kind.TRUEFALSE else None

    @property
    def shown_answer(self) -> str:
        """The right answer as a learner is told it: a false statement also says what the sentence has."""
        if self.kind is not Kind.TRUEFALSE:
            return self.answer
        return "True" if self.truth else f"False ({self.answer}, not {self.swapped})"

    @property
    def fact_id(self) -> str:
        """What identifies the fact: article, sentence, answer. Never wording or distractors.

        The article is its lineage, so a fact keeps its id (and its review history) across revisions
        of the article that leave its sentence and answer unchanged."""
        return digest(self.lineage or self.article_id, " ".join(self.sentence.split()), self.answer)

    @property
    def id(self) -> str:
        return digest(self.fact_id, self.kind.value)


@dataclass(frozen=True)
class Failure:
    """An input that could not be read, with a message that says what to do."""

    source: str
    message: str


@dataclass(frozen=True)
class BuildReport:
    """What one build did."""

    new: int = 0  # stored, revisions included
    revised: int = 0  # of which replaced an earlier version of the same article
    skipped: int = 0
    questions: int = 0
    failures: tuple[Failure, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class CardState:
    """Where one fact stands in the review schedule (FSRS's card, as the bank stores it). Times are UTC."""

    fact_id: str
    state: int  # fsrs.State: 1 learning, 2 review, 3 relearning
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None
