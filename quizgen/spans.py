"""Each sentence's entities, found once per Doc.

spaCy's `Span.ents` walks every entity of the Doc on each call, and ranking and selection ask for a
sentence's entities several times per sentence, so a long article paid for its entity list once per
question per sentence. The grouping is kept in `Doc.user_data` (quizgen never edits a Doc after the
pipeline, so it stays true) and is exactly what spaCy returns: same spans, same order.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

_ENTS = "quizgen.spans.ents"


def sent_ents(sent: Span) -> list[Span]:
    """sent.ents: the entities that lie wholly inside `sent`, found by bisection in the Doc's entities."""
    data = sent.doc.user_data
    if _ENTS not in data:
        ents = list(sent.doc.ents)
        data[_ENTS] = (ents, [e.start for e in ents], {})
    ents, starts, by_span = data[_ENTS]
    key = (sent.start, sent.end)
    if key not in by_span:
        inside = []
        for ent in ents[bisect_left(starts, sent.start):]:
            if ent.end > sent.end:
                break  # as Span.ents: stop at the first entity that runs past the end
            inside.append(ent)
        by_span[key] = inside
    return by_span[key]


_TEXT = "quizgen.spans.text"


def text_of(span: Span) -> str:
    """span.text, built once per span: spaCy joins the tokens again on every call, and the gap rules read a
    sentence's text several times for each of its candidate blanks."""
    cache = span.doc.user_data.setdefault(_TEXT, {})
    key = (span.start, span.end)
    if key not in cache:
        cache[key] = span.text
    return cache[key]
