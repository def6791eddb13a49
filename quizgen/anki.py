"""Anki packages (.apkg): the only module that imports genanki.

A learner imports a new package every day, so identity must be stable. The note types carry fixed ids written
once below; deck ids are a hash of the deck's name; a note's GUID hashes only what identifies its fact and
kind (Question.id: article, sentence, answer, kind), never the wrong options, wording, order or run. Anki then
matches a re-imported note to the one it already has: it updates the fields and keeps the cards' schedules.

Anki updates an existing note only when the incoming one is newer than the one it has, and a learner's edit makes
a note as new as the edit. So each note is stamped with the time its own question last changed (stored, or its
article revised), never with the time of the export or of the bank's last build: a question that changed updates
its note, and a note the learner edited since keeps the edit. The note types carry CARDS_CHANGED, so a learner's
own styling survives every import until quizgen changes its cards.
"""
from __future__ import annotations

import hashlib
import html
import io
import itertools
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path

import genanki

from . import anki_cards
from .export import HINTS, Results, month_of, source_name, tags_for
from .models import BLANK, Article, Kind, Question, hedge_article
from .safe import for_display

# Fixed forever. A note type whose fields change needs a new id (Anki would otherwise keep the old fields);
# templates and CSS may change under the same id.
CLOZE_MODEL_ID = 2007581451
MCQ_MODEL_ID = 1574352836
WH_MODEL_ID = 1739258604
TRUEFALSE_MODEL_ID = 1283716095

DESCRIPTION = ("Study questions made by quizgen from news articles. Import a newer export of the same deck to "
               "add the new questions: notes you already have keep their review history and your edits, and are "
               "updated only when their question has changed since.")

# When the note types (fields, templates, CSS) or what quizgen writes into the fields last changed, in Unix time.
# Every note is at least this new, and the note types are exactly this new: move it to the release time with any
# change to the cards, so that the next import brings the change to notes the learner has not edited since.
# tests/test_anki.py holds a digest of the note types, which fails until this moves with them.
CARDS_CHANGED = 1795824000  # 2026-11-28 00:00 UTC

_COMMON_FIELDS = ("Context", "Title", "Source", "Date", "Link")

class _Model(genanki.Model):
    """A note type stamped CARDS_CHANGED, not with the export's time, so importing does not reset its styling."""

    def to_json(self, timestamp: float, deck_id: int) -> dict:
        return super().to_json(CARDS_CHANGED, deck_id)


class _Note(genanki.Note):
    """A note stamped with `changed`, the time its own question last changed (genanki gives every note the
    package's time)."""

    changed: int | None = None

    def write_to_db(self, cursor, timestamp: float, deck_id, id_gen) -> None:  # type: ignore[no-untyped-def]
        super().write_to_db(cursor, max(self.changed or int(timestamp), CARDS_CHANGED), deck_id, id_gen)


CLOZE_MODEL = _Model(
    CLOZE_MODEL_ID, "quizgen cloze",
    fields=[{"name": n} for n in ("Text", *_COMMON_FIELDS)],
    templates=[{"name": "Cloze", "qfmt": anki_cards.CLOZE_FRONT, "afmt": anki_cards.CLOZE_BACK}],
    css=anki_cards.CSS, model_type=genanki.Model.CLOZE,
)
MCQ_MODEL = _Model(
    MCQ_MODEL_ID, "quizgen multiple choice",
    fields=[{"name": n} for n in ("Question", *anki_cards.LETTERS, "Correct", "Answer", "Sentence", *_COMMON_FIELDS)],
    templates=[{"name": "Multiple choice", "qfmt": anki_cards.MCQ_FRONT, "afmt": anki_cards.MCQ_BACK}],
    css=anki_cards.CSS,
)

WH_MODEL = _Model(
    WH_MODEL_ID, "quizgen wh-question",
    fields=[{"name": n} for n in ("Question", "Answer", "Sentence", *_COMMON_FIELDS)],
    templates=[{"name": "Wh-question", "qfmt": anki_cards.WH_FRONT, "afmt": anki_cards.WH_BACK}],
    css=anki_cards.CSS,
)
TRUEFALSE_MODEL = _Model(
    TRUEFALSE_MODEL_ID, "quizgen true or false",
    fields=[{"name": n} for n in ("Statement", "Verdict", "Sentence", *_COMMON_FIELDS)],
    templates=[{"name": "True or false", "qfmt": anki_cards.TRUEFALSE_FRONT, "afmt": anki_cards.TRUEFALSE_BACK}],
    css=anki_cards.CSS,
)

# Zip stores local time from 1980 on; the package's member dates come from the stamp, so they repeat too.
_ZIP_EPOCH = 315532800


def text(value: str | None) -> str:
    """Article text as an Anki field: HTML-escaped, and with the characters Anki reads as its own syntax
    (braces for clozes and templates, square brackets for [sound:...] and [latex]) as character references,
    which display the same but are never parsed."""
    escaped = html.escape(value or "", quote=True)
    return escaped.replace("{", "&#123;").replace("}", "&#125;").replace("[", "&#91;").replace("]", "&#93;")


def cloze_answer(value: str) -> str:
    """The answer inside {{c1::...}}: also escape ":" so that "::" in it is not taken for the hint."""
    return text(value).replace(":", "&#58;")


def guid(question: Question) -> str:
    """The note's GUID: only what identifies the fact and the kind of question."""
    return genanki.guid_for("quizgen", question.id)


def deck_id(name: str) -> int:
    """A deck id derived from the deck's name, in the range genanki recommends."""
    h = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
    return (1 << 30) + h % (1 << 30)


def split(question: Question) -> tuple[str, str] | None:
    """The sentence around its answer, as (before, after), when the prompt is the sentence with the answer
    blanked (found by position, so an article's own "_____" or a repeated word cannot mislead)."""
    s, a = question.sentence, question.answer
    start = s.find(a)
    while start != -1 and a:
        before, after = s[:start], s[start + len(a):]
        for shown in (before, hedge_article(before)):  # the prompt's "a(n) _____" for "an 81 percent"
            if shown + BLANK + after == question.prompt:
                return shown, after
        start = s.find(a, start + 1)
    return None



def _link(url: str | None) -> str:
    """Only web links: a javascript: or file: URL from an article must not become a tappable link."""
    return text(url) if url and re.match(r"https?://", url, re.IGNORECASE) else ""


def _common(article: Article, question: Question) -> list[str]:
    return [text(question.context), text(article.title), text(source_name(article)), text(article.published),
            _link(article.url)]


def cloze_note(article: Article, question: Question, *, due: int = 0) -> _Note:
    hint = HINTS.get(question.answer_label or "")
    gap = "{{c1::" + cloze_answer(question.answer) + (f"::{hint}" if hint else "") + "}}"
    parts = split(question)
    if parts:
        body = text(parts[0]) + gap + text(parts[1])
    else:  # a prompt that is not the sentence with a blank: show it, then the gap
        body = text(question.prompt) + "<br>" + gap
    return _Note(model=CLOZE_MODEL, fields=_fields([body, *_common(article, question)]),
                        guid=guid(question), tags=tags_for(article, question), due=due)


def mcq_note(article: Article, question: Question, *, due: int = 0) -> _Note:
    parts = split(question)
    blank = '<span class="blank">' + BLANK + "</span>"
    if parts:
        prompt = text(parts[0]) + blank + text(parts[1])
        said = question.sentence[:len(question.sentence) - len(parts[1]) - len(question.answer)]  # "an", not "a(n)"
        sentence = text(said) + "<b>" + text(question.answer) + "</b>" + text(parts[1])
    else:
        prompt, sentence = text(question.prompt).replace(BLANK, blank, 1), text(question.sentence)
    options = [text(c) for c in question.choices] + [""] * (len(anki_cards.LETTERS) - len(question.choices))
    correct = anki_cards.LETTERS[question.choices.index(question.answer)]
    fields = [prompt, *options, correct, text(question.answer), sentence, *_common(article, question)]
    return _Note(model=MCQ_MODEL, fields=_fields(fields), guid=guid(question),
                        tags=tags_for(article, question), due=due)


def _marked(question: Question) -> str:
    """The sentence as the article has it, its answer in bold."""
    s, a = question.sentence, question.answer
    start = s.find(a)
    if start == -1 or not a:
        return text(s)
    return text(s[:start]) + "<b>" + text(a) + "</b>" + text(s[start + len(a):])


def wh_note(article: Article, question: Question, *, due: int = 0) -> _Note:
    fields = [text(question.prompt), text(question.answer), _marked(question), *_common(article, question)]
    return _Note(model=WH_MODEL, fields=_fields(fields), guid=guid(question),
                        tags=tags_for(article, question), due=due)


def truefalse_note(article: Article, question: Question, *, due: int = 0) -> _Note:
    """The statement on the front; the verdict, and for a false one what the sentence really says, on the back."""
    if question.truth:
        verdict = "True"
    else:
        verdict = f"False: the sentence says <b>{text(question.answer)}</b>, not {text(question.swapped)}"
    fields = [text(question.prompt), verdict, _marked(question), *_common(article, question)]
    return _Note(model=TRUEFALSE_MODEL, fields=_fields(fields), guid=guid(question),
                        tags=tags_for(article, question), due=due)


def _fields(values: list[str]) -> list[str]:
    """Anki stores a note's fields joined by \x1f: one inside a field (from a bank written before articles lost
    their control characters) would shift every field after it and make the whole package fail to import."""
    return [for_display(v) for v in values]


def note_for(article: Article, question: Question, *, due: int = 0) -> _Note:
    """A wh-question or true/false note for those kinds; a multiple-choice note when the question has 2 to 4
    options, one of them its answer; otherwise a cloze."""
    if question.kind is Kind.WH:
        return wh_note(article, question, due=due)
    if question.kind is Kind.TRUEFALSE:
        return truefalse_note(article, question, due=due)
    if 2 <= len(question.choices) <= len(anki_cards.LETTERS) and question.answer in question.choices:
        return mcq_note(article, question, due=due)
    return cloze_note(article, question, due=due)


def decks_for(results: Results, *, deck: str, flat: bool = False,
              changed: Mapping[str, int] | None = None) -> list[genanki.Deck]:
    """The top deck, then a subdeck per month of publication (unless flat), notes in the bank's order, each
    stamped with `changed[question id]` (Unix time) where given, else with the package's time."""
    decks = {deck: genanki.Deck(deck_id(deck), deck, description=DESCRIPTION)}
    due = itertools.count()  # new cards come up in this order: articles by date, best facts first
    for article, questions in results:
        name = deck if flat else f"{deck}::{month_of(article)}"
        if name not in decks:
            decks[name] = genanki.Deck(deck_id(name), name)
        for q in questions:
            note = note_for(article, q, due=next(due))
            note.changed = (changed or {}).get(q.id)
            decks[name].add_note(note)
    return [decks[name] for name in sorted(decks)]


def to_apkg(results: Results, *, deck: str, flat: bool = False, timestamp: int,
            changed: Mapping[str, int] | None = None) -> bytes:
    """The .apkg file's bytes. Notes are stamped with when their question changed (`changed`, by question id;
    `timestamp` for those it does not give); everything else genanki would take from the clock (collection
    time, note and card ids) comes from `timestamp`, and the zip is written here with fixed member dates, so
    the same questions and stamps give byte-identical packages."""
    package = genanki.Package(decks_for(results, deck=deck, flat=flat, changed=changed))
    with tempfile.TemporaryDirectory(prefix="quizgen-apkg-") as tmp:
        path = Path(tmp) / "collection.anki2"
        db = sqlite3.connect(path)
        try:
            package.write_to_db(db.cursor(), timestamp, itertools.count(timestamp * 1000))
            db.commit()
        finally:
            db.close()
        collection = path.read_bytes()
    return _zip([("collection.anki2", collection), ("media", b"{}")], timestamp=timestamp)


def _zip(members: Sequence[tuple[str, bytes]], *, timestamp: int) -> bytes:
    when = time.gmtime(max(timestamp, _ZIP_EPOCH))[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # what Unix Python writes; pinned so Windows gives the same bytes
            info.external_attr = 0o644 << 16
            z.writestr(info, data, compresslevel=6)
    return buffer.getvalue()
