"""`quizgen export`: choose questions from the bank and write them as an Anki package, JSON or CSV.

Never imports spaCy, and imports genanki (through quizgen.anki) only for Anki packages, so exports start instantly.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from urllib.parse import urlsplit

from .bank import Bank
from .difficulty import describe, matches
from .errors import QuizgenError, UsageError
from .models import Article, Difficulty, Kind, Question, kinds_named

FORMATS = ("anki", "json", "csv")
DEFAULT_APKG = "decks/current-affairs.apkg"
DEFAULT_DECK = "Current Affairs"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ("question", "answer", "choices", "source", "tags", "difficulty")  # new columns go last
CHOICE_SEPARATOR = " | "

# The word shown in a cloze gap and used as a tag, by spaCy entity label; other labels show the bare [...].
HINTS = {
    "PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
    "NORP": "nationality or group", "DATE": "date", "TIME": "time", "MONEY": "amount", "PERCENT": "percentage",
    "QUANTITY": "quantity", "CARDINAL": "number", "ORDINAL": "ordinal", "EVENT": "event", "LAW": "law",
    "WORK_OF_ART": "title", "PRODUCT": "product", "LANGUAGE": "language",
}
_TAG_UNSAFE = re.compile(r"[^\w.-]+")

Results = list[tuple[Article, list[Question]]]


@dataclass(frozen=True)
class Export:
    """What an export produced: the file's bytes and how many questions it holds."""

    data: bytes
    questions: int
    articles: int


def deck_name(text: str) -> str:
    """A deck name Anki accepts as given: "::" separates subdecks, and no part may be empty."""
    parts = [p.strip() for p in text.split("::")]
    if not all(parts) or any(c in text for c in "\x1f\n\r\t"):
        raise UsageError(f"--deck {text!r} is not a deck name; use a name like \"UPSC::Current Affairs\"")
    return "::".join(parts)


def select(articles: Iterable[Article], questions: Iterable[Question], *, kind: str = "mixed",
           since: str | None = None, difficulty: Collection[Difficulty] = ()) -> Results:
    """Articles in the bank's order with their questions of `kind` ("mixed" keeps every kind) and of the
    `difficulty` levels (none: all), published on or after `since` (undated articles are then left out).
    Articles left with no question are dropped."""
    by_article: dict[str, list[Question]] = {}
    wanted = kinds_named(kind)
    for q in questions:
        if q.kind in wanted and matches(q.difficulty, difficulty):
            by_article.setdefault(q.article_id, []).append(q)
    return [(a, by_article[a.id]) for a in articles
            if a.id in by_article and (since is None or (a.published or "") >= since)]


def source_name(article: Article) -> str:
    """Where an article came from, for people: its outlet, else the host of its URL, else its file's name."""
    if article.outlet:
        return article.outlet
    for where in (article.url, article.source):
        if where and "://" in where:
            return urlsplit(where).hostname or where
    return PurePath(article.source).name or article.source


def month_of(article: Article) -> str:
    """The publication month (YYYY-MM) that names an article's subdeck, or "undated"."""
    return article.published[:7] if article.published else "undated"


def citation(article: Article) -> str:
    """One line naming an article: title, then source and date."""
    where = ", ".join(x for x in (source_name(article), article.published) if x)
    return f"{article.title} ({where})" if article.title else where


def to_csv(results: Results, *, header_row: bool = False) -> str:
    """One row per question: question, answer, choices (joined with " | ", empty for cloze and wh), source, tags,
    difficulty (empty for a question not rated).

    Plain text, never HTML. By default the file opens with Anki's header lines: without them Anki guesses the
    separator from the first character it meets among "|;:," (sentences are full of those) and treats a field
    holding "<script>" as HTML. `header_row` writes a conventional header row instead, for other tools: those are
    spreadsheets, which run a cell that starts like a formula, so such a cell is written with a leading "'"."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    # With "\n" as the line end, csv leaves a field holding a lone "\r" unquoted, and readers split the row there.
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    if header_row:
        writer.writerow(CSV_COLUMNS)
    else:
        out.write("#separator:comma\n#html:false\n#tags column:5\n#quizgen columns:" + ",".join(CSV_COLUMNS) + "\n")
    for article, questions in results:
        for q in questions:
            row = (*csv_cells(q), citation(article), " ".join(tags_for(article, q)),
                   q.difficulty.value if q.difficulty else "")
            if header_row:
                row = tuple(inert(cell) for cell in row)
            (quoted if any("\r" in cell for cell in row) else writer).writerow(row)
    return out.getvalue()


def inert(cell: str) -> str:
    """A cell a spreadsheet shows as text: one starting with "=", "+", "-", "@", a tab or a carriage return
    would be read as a formula (an article is untrusted: "=HYPERLINK(...)"), so it gets a leading "'"."""
    return "'" + cell if cell[:1] in _FORMULA_START else cell


def csv_cells(q: Question) -> tuple[str, str, str]:
    """A question's question, answer and choices cells. A true/false statement is asked as "True or false? ..."
    with the options True | False, and its answer says what the sentence has when the statement is false."""
    if q.kind is Kind.TRUEFALSE:
        return f"True or false? {q.prompt}", q.shown_answer, CHOICE_SEPARATOR.join(("True", "False"))
    return q.prompt, q.answer, CHOICE_SEPARATOR.join(q.choices)


def tags_for(article: Article, question: Question) -> list[str]:
    """Anki tags: quizgen, the kind of answer, the source, the month, the difficulty (when rated; stored in
    the bank, so the same bank gives the same tags). Never a space inside one."""
    tags = ["quizgen"]
    if question.answer_label:
        tags.append("type::" + tag(HINTS.get(question.answer_label, question.answer_label)))
    tags += ["source::" + tag(source_name(article)), "month::" + month_of(article)]
    return tags + (["difficulty::" + question.difficulty.value] if question.difficulty else [])


def tag(value: str) -> str:
    """A tag Anki keeps whole: no spaces, and no "::" hierarchy coming from an article."""
    return _TAG_UNSAFE.sub("-", value.strip().lower()).strip("-") or "unknown"


def _unix(iso: str) -> int:
    return int(datetime.fromisoformat(iso).timestamp())


def export(bank: Bank, fmt: str, *, kind: str = "mixed", since: str | None = None,
           difficulty: Collection[Difficulty] = (), deck: str | None = None, flat: bool = False,
           header_row: bool = False) -> Export:
    """The chosen questions of `bank` as a file in `fmt`; refuses to produce an empty file."""
    if fmt != "anki" and (deck is not None or flat):
        raise UsageError("--deck and --flat only apply to `quizgen export anki`")
    if fmt != "csv" and header_row:
        raise UsageError("--header-row only applies to `quizgen export csv`")
    results = select(bank.articles(), bank.questions(), kind=kind, since=since, difficulty=difficulty)
    if not results:
        if bank.count()[1] == 0:
            raise QuizgenError("the bank has no questions yet; run `quizgen build input/` first")
        asked = " ".join(p for p in (f"--kind {kind}", f"--since {since}" if since else "", describe(difficulty)) if p)
        raise QuizgenError(f"no questions match {asked}; widen --kind, --since or --difficulty")
    count = sum(len(qs) for _, qs in results)
    if fmt == "anki":
        from .anki import to_apkg  # genanki only here

        last = _unix(bank.last_change() or "1980-01-01T00:00:00+00:00")  # set: there are questions
        changed = {qid: _unix(when) for qid, when in bank.changed().items()}
        data = to_apkg(results, deck=deck_name(deck or DEFAULT_DECK), flat=flat, timestamp=last, changed=changed)
    elif fmt == "json":
        from .render import to_json

        data = (to_json(results) + "\n").encode("utf-8")
    elif fmt == "csv":
        data = to_csv(results, header_row=header_row).encode("utf-8")
    else:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return Export(data=data, questions=count, articles=len(results))

