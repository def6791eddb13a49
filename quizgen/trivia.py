"""Blanks that ask trivia a teacher would throw away, though one answer fits: who said something, of a person the
story hardly names ("..., Bookey said."); who kicked or scored one moment of a match; the score along the way;
someone's age set off by commas ("Saise, _____, shook his head") or told in decades ("aged in her _____"); where a
passer-by lives ("_____ resident Sophie Peret"); whose sources said it ("residents and _____ sources said")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rank import Profile, quoted_share
from .spans import text_of
from .traits import builtin_people

if TYPE_CHECKING:
    from spacy.tokens import Span

# Attribution verbs, inflected: quizgen does not run the lemmatizer.
_SAY = {f"{stem}{end}" for stem in ("say", "tell", "add", "write", "state", "explain", "note", "warn", "argue",
                                    "insist", "claim", "comment", "remark", "observe")
        for end in ("", "s", "ed", "d")} | {"said", "told", "wrote"}
# Who speaks for someone else, or comments for a newspaper: "AT&T spokesman _____ said", "BBC technology
# correspondent _____ commented"
_MOUTHPIECES = {"spokesman", "spokeswoman", "spokesperson", "publicist", "representative", "manager", "correspondent",
                "reporter", "columnist", "commentator", "editor", "analyst"}
MAIN_MENTIONS = 4  # a person named this often is one of the story's main people (at 3: lawyers, pollsters)


def says(span: Span) -> bool:
    """Whether `span` is the subject of a verb of saying ("Bookey said", "officials told")."""
    return span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.lower_ in _SAY


def _hardly_named(ent: Span, label: str, prof: Profile) -> bool:
    """Whether a person is none of the story's main people: named fewer than MAIN_MENTIONS times, not in the
    title, and no one quizgen knows."""
    mentions, _first, in_title = prof.standing(ent.text, label)
    return mentions < MAIN_MENTIONS and not in_title and ent.text not in builtin_people()


def minor_speaker(ent: Span, label: str, prof: Profile) -> bool:
    """Someone the article quotes but hardly mentions ("..., Bookey said." of a lawyer named three times): who
    said it is worth knowing only of the story's main people, and of the people quizgen knows ("Lavrov")."""
    if label != "PERSON" or ent.root.dep_ != "nsubj" or not says(ent):
        return False  # (a passive subject, "Bookey was told", is no speaker)
    verb = ent.root.head
    if quoted_share(text_of(ent.sent)) < 0.3 and not any(child.dep_ == "ccomp" for child in verb.children):
        return False  # "Emma Thompson wrote the screenplay" reports what she did, not what she said
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _MOUTHPIECES:
        return True  # who speaks for them, or comments on it, is not the news
    return _hardly_named(ent, label, prof)


# A moment of a match: who kicked or scored it is trivia, unless they are among the story's main people
_SCORE = re.compile(r"\d{1,3}-\d{1,3}")
_MATCH_MOMENT = re.compile(r"\b(?:penalt(?:y|ies)|conversions?|kicked|slotted|goals?|header|scored|birdies?|bogeys?|"
                           r"wickets?|free[- ]kick)\b", re.IGNORECASE)


def minor_player(ent: Span, label: str, prof: Profile) -> bool:
    """Someone a match report names for one moment ("_____ slotted a penalty to put Fiji 10-0 up", "two more
    _____ penalties"): a learner keeps the winner and the score, not who kicked."""
    return label == "PERSON" and bool(_MATCH_MOMENT.search(text_of(ent.sent))) and _hardly_named(ent, label, prof)


def score_along_the_way(ent: Span, label: str) -> bool:
    """Whether a score sits in a sentence about a moment of a match ("to make it _____ at half-time"): past the
    lead, that is the score along the way, not the result."""
    return label == "CARDINAL" and bool(_SCORE.fullmatch(ent.text)) and bool(_MATCH_MOMENT.search(text_of(ent.sent)))


_AGE = re.compile(r"\d{1,3}")


_DECADES = re.compile(r"\d0s")
_SOURCES = {"source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson"}


def age_aside(ent: Span, label: str) -> bool:
    """Whether a number is someone's age set off by commas after their name ("Mr Kim, _____, was poisoned",
    "Stephen Paddock, _____, an area resident") or told in decades ("a man in his _____"): the story's news is
    what they did, not how old they were."""
    doc = ent.doc
    return label in ("DATE", "CARDINAL") and bool(_AGE.fullmatch(ent.text)) and ent.start >= 2 \
        and doc[ent.start - 1].text == "," and (doc[ent.start - 2].ent_type_ == "PERSON" or
                                                doc[ent.start - 2].is_title and not doc[ent.start - 2].ent_type_) \
        and ent.end < len(doc) and doc[ent.end].text in (",", ".", ";") or label == "DATE" and \
        bool(_DECADES.fullmatch(ent.text)) and ent.start >= 1 and doc[ent.start - 1].lower_ in ("his", "her", "their")


def passer_by_home(ent: Span, label: str, prof: Profile) -> bool:
    """Whether a place is only where someone lives: anyone's before "resident" or "native" ("_____ resident
    Sophie Peret said"), and after "from" only of someone the story hardly names ("Fay Mortimer from _____ in
    northern England said")."""
    if label != "GPE":
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in ("resident", "residents", "native"):
        return True
    if ent.start < 2 or doc[ent.start - 1].lower_ != "from" or doc[ent.start - 2].ent_type_ != "PERSON":
        return False
    person = next(e for e in doc.ents if e.start <= ent.start - 2 < e.end)
    return _hardly_named(person, "PERSON", prof)


def sources_of(ent: Span, label: str) -> bool:
    """Whether the blank says whose sources or officials said it ("Goma residents and _____ sources said"): who
    reported it is not the news."""
    doc = ent.doc
    return label in ("ORG", "NORP", "GPE") and ent.end + 1 < len(doc) and doc[ent.end].lower_ in _SOURCES and \
        doc[ent.end + 1].lower_ in _SAY
