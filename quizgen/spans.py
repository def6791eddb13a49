"""A parsed Doc's text and each sentence's entities, computed once per Doc.

spaCy rebuilds `Doc.text` from every token on each access, and `Span.ents` walks every entity of the
Doc on each call; ranking and selection ask for both for every entity of every sentence, which made
them cost more than spaCy itself. The results are kept in `Doc.user_data` (quizgen never edits a Doc
after the pipeline, so they stay true) and are exactly what spaCy returns: same spans, same order.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TEXT, _ENTS = "quizgen.spans.text", "quizgen.spans.ents"


def doc_text(doc: Doc) -> str:
    """doc.text, built once."""
    data = doc.user_data
    if _TEXT not in data:
        data[_TEXT] = doc.text
    return data[_TEXT]


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
