"""Reading exports the way their consumer does: a real Anki collection in a temp dir and Anki's own importers,
plus hand-built questions (no spaCy) to export."""
from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from anki.collection import (Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest, ImportCsvRequest)

from quizgen.bank import Bank
from quizgen.models import BLANK, Article, Kind, Question


def collection(directory: Path) -> Collection:
    directory.mkdir(parents=True, exist_ok=True)
    return Collection(str(directory / "collection.anki2"))


def import_apkg(col: Collection, path: Path):  # -> ImportResponse.Log
    """File > Import with Anki's default options (update notes and note types if newer)."""
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def import_csv(col: Collection, path: Path):
    """Anki's text importer with the settings it reads from the file itself."""
    metadata = col.get_csv_metadata(str(path), None)
    return metadata, col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def assert_clean(log, *, new: int, updated: int = 0, unchanged: int = 0) -> None:
    """What an import did: notes added, updated, and left as they were (Anki's log calls those "duplicate":
    the collection's note is as new as the package's, or newer after the learner edited it)."""
    assert (len(log.new), len(log.updated), len(log.duplicate)) == (new, updated, unchanged)
    for problem in ("conflicting", "first_field_match", "missing_notetype", "missing_deck",
                    "empty_first_field"):
        assert not list(getattr(log, problem)), problem


class _Page(HTMLParser):
    """What a card shows (text outside <style>) and every element and attribute it contains."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.text.append(data)


def page(html: str) -> _Page:
    p = _Page()
    p.feed(html)
    p.close()
    return p


def visible(html: str) -> str:
    """The card's text as a reader sees it, whitespace collapsed."""
    return " ".join("".join(page(html).text).split())


# -- hand-built questions -----------------------------------------------------------------------------------

def question(article: Article, sentence: str, answer: str, *, kind: Kind = Kind.CLOZE, label: str | None = None,
             choices: tuple[str, ...] = (), context: str | None = None, rank: int = 0) -> Question:
    start = sentence.index(answer)
    prompt = sentence[:start] + BLANK + sentence[start + len(answer):]
    return Question(article_id=article.id, kind=kind, sentence=sentence, answer=answer, prompt=prompt,
                    answer_label=label, score=1.0 - rank / 10, choices=choices, context=context, rank=rank)


def both(article: Article, sentence: str, answer: str, choices: tuple[str, ...], **kw) -> list[Question]:
    """A fact asked as cloze and as multiple choice, as generate() does."""
    return [question(article, sentence, answer, **kw),
            question(article, sentence, answer, kind=Kind.MCQ, choices=choices, **kw)]


def hand_built() -> list[tuple[Article, list[Question]]]:
    """Three articles: two months with an outlet or a file as source, and one undated."""
    visit = Article(id="a-visit", source="news/putin.txt", text="...", title="Putin visits Pyongyang",
                    published="2024-06-19", outlet="Example Wire", url="https://example.org/putin")
    glacier = Article(id="a-glacier", source="tests/articles/glacier-survey.md", text="...",
                      title="Swiss glaciers lost record ice", published="2024-10-01")
    undated = Article(id="a-undated", source="notes/market.txt", text="...")
    first = "Vladimir Putin landed in Pyongyang for a rare visit."
    return [
        (visit, [*both(visit, first, "Pyongyang", ("Seoul", "Pyongyang", "Hanoi", "Beijing"), label="GPE"),
                 question(visit, "Kim Jong Un greeted the Russian leader at the airport.", "Kim Jong Un",
                          label="PERSON", context=first, rank=1)]),
        (glacier, both(glacier, "Switzerland's glaciers lost 2.5 percent of their volume in 2024.", "2.5 percent",
                       ("1.5 percent", "3.1 percent", "2.5 percent", "4 percent"), label="PERCENT")),
        (undated, [question(undated, "The market opened lower after the holiday weekend.", "market")]),
    ]


def store(results: list[tuple[Article, list[Question]]], path: Path) -> str:
    """A bank file holding these articles and questions, through the Bank API."""
    with Bank(str(path)) as bank:
        for article, questions in results:
            bank.add(article, questions, [])
    return str(path)


def new_kinds(article: Article, sentence: str, answer: str, *, wh: str, swapped: str | None, label: str | None = None,
              **kw) -> list[Question]:
    """A fact asked as a wh-question and as a true/false statement (false when `swapped` is given)."""
    base = question(article, sentence, answer, label=label, **kw)
    statement = sentence.replace(answer, swapped, 1) if swapped else sentence
    return [replace(base, kind=Kind.WH, prompt=wh), replace(base, kind=Kind.TRUEFALSE, prompt=statement, swapped=swapped)]


def every_kind() -> list[tuple[Article, list[Question]]]:
    """hand_built() with wh-questions and true/false statements (one true, one false) on the first article."""
    (visit, questions), *rest = hand_built()
    first = "Vladimir Putin landed in Pyongyang for a rare visit."
    extra = [*new_kinds(visit, first, "Pyongyang", wh="Where did Vladimir Putin land for a rare visit?", swapped="Seoul",
                        label="GPE"),
             *new_kinds(visit, "Kim Jong Un greeted the Russian leader at the airport.", "Kim Jong Un",
                        wh="Who greeted the Russian leader at the airport?", swapped=None, label="PERSON", rank=1)]
    return [(visit, questions + extra), *rest]
