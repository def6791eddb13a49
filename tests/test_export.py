"""`quizgen export`: filters, CSV and JSON read back by their consumers, and the installed command."""
import csv
import json
import subprocess
import sys

import pytest

from quizgen.export import citation, select, source_name, to_csv

from .anki_support import (assert_clean, collection, hand_built, import_apkg, import_csv, page, question, store,
                           visible)
from .conftest import ROOT
from .test_cli import assert_clean_error


@pytest.fixture
def bank(tmp_path):
    return store(hand_built(), tmp_path / "hand.db")


def test_select_by_kind_and_date():
    results = hand_built()
    articles = [a for a, _ in results]
    questions = [q for _, qs in results for q in qs]
    assert select(articles, questions) == results
    mcq = select(articles, questions, kind="mcq")
    assert [a.id for a, _ in mcq] == ["a-visit", "a-glacier"] and all(q.kind.value == "mcq" for _, qs in mcq for q in qs)
    recent = select(articles, questions, since="2024-07-01")
    assert [a.id for a, _ in recent] == ["a-glacier"]  # the undated article is left out too
    assert select(articles, questions, since="2030-01-01") == []


def test_where_an_article_came_from():
    (visit, _), (glacier, _), (undated, _) = hand_built()
    assert source_name(visit) == "Example Wire" and source_name(glacier) == "glacier-survey.md"
    assert citation(visit) == "Putin visits Pyongyang (Example Wire, 2024-06-19)"
    assert citation(undated) == "market.txt"


def test_csv_reads_back_and_imports_into_anki_as_plain_text(tmp_path):
    results = hand_built()
    path = tmp_path / "q.csv"
    path.write_text(to_csv(results), encoding="utf-8")
    rows = list(csv.reader(line for line in path.open(encoding="utf-8") if not line.startswith("#")))
    questions = [q for _, qs in results for q in qs]
    assert [r[:2] for r in rows] == [[q.prompt, q.answer] for q in questions]
    assert rows[1][2] == "Seoul | Pyongyang | Hanoi | Beijing" and rows[0][2] == ""

    col = collection(tmp_path / "col")
    metadata, log = import_csv(col, path)
    assert metadata.delimiter == metadata.COMMA and not metadata.is_html
    assert_clean(log, new=len(questions))
    note = col.get_note(col.find_notes("Pyongyang")[0])
    assert note["Front"].startswith("Vladimir Putin landed in _____") and note["Back"] == "Pyongyang"
    assert {"quizgen", "type::place", "month::2024-06"} <= set(note.tags)


def test_csv_with_hostile_text_stays_text_in_anki(tmp_path):
    [(article, _), *_] = hand_built()
    evil = question(article, "Crowds chanted <script>alert(1)</script> in Geneva; police: calm.", "Geneva", label="GPE")
    path = tmp_path / "evil.csv"
    path.write_text(to_csv([(article, [evil])]), encoding="utf-8")
    col = collection(tmp_path / "col")
    metadata, _ = import_csv(col, path)
    assert metadata.delimiter == metadata.COMMA and not metadata.is_html
    [cid] = col.find_cards("")
    front = col.get_card(cid).question()
    assert all(tag != "script" for tag, _ in page(front).elements)
    assert "<script>alert(1)</script>" in visible(front)


def test_header_row_for_other_tools(tmp_path):
    text = to_csv(hand_built(), header_row=True)
    header, first, *_ = list(csv.reader(text.splitlines()))
    assert header == ["question", "answer", "choices", "source", "tags", "difficulty"] and first[1] == "Pyongyang"


def test_header_row_cells_that_start_like_a_formula_stay_text():
    [(article, _), *_] = hand_built()
    evil = question(article, "=HYPERLINK(\"http://127.0.0.1/\") was posted as Geneva voted.", "Geneva", label="GPE")
    minus = question(article, "-40 degrees was recorded in Geneva on Monday.", "Geneva", label="GPE")
    [spreadsheet, first, second] = list(csv.reader(to_csv([(article, [evil, minus])], header_row=True).splitlines()))
    assert first[0].startswith("'=HYPERLINK(") and second[0].startswith("'-40 degrees")
    assert first[1] == "Geneva" and spreadsheet[0] == "question"
    anki_rows = [r for r in csv.reader(to_csv([(article, [evil])]).splitlines()) if not r[0].startswith("#")]
    assert anki_rows[0][0].startswith("=HYPERLINK(")  # Anki runs no formulas: its file keeps the text as it is


def test_export_anki_by_default_writes_the_current_affairs_deck(run, tmp_path, bank):
    proc = run("export", "anki", "--bank", bank, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    path = tmp_path / "decks" / "current-affairs.apkg"
    assert proc.stdout.strip() == "6 question(s) from 3 article(s) written to decks/current-affairs.apkg"
    again = tmp_path / "again.apkg"
    assert run("export", "anki", "--bank", bank, "-o", str(again)).returncode == 0
    assert again.read_bytes() == path.read_bytes()
    col = collection(tmp_path / "col")
    assert_clean(import_apkg(col, path), new=6)


def test_export_anki_options(run, tmp_path, bank):
    out = tmp_path / "cloze.apkg"
    proc = run("export", "anki", "--bank", bank, "-o", str(out), "--kind", "cloze", "--since", "2024-06-01",
               "--deck", "UPSC::Current Affairs", "--flat")
    assert proc.returncode == 0, proc.stderr
    col = collection(tmp_path / "col")
    assert_clean(import_apkg(col, out), new=3)
    assert {col.decks.name(col.get_card(c).did) for c in col.find_cards("")} == {"UPSC::Current Affairs"}
    assert {col.get_card(c).note().note_type()["name"] for c in col.find_cards("")} == {"quizgen cloze"}


def test_export_json_and_csv_to_standard_output(run, bank):
    doc = json.loads(run("export", "json", "--bank", bank, "--kind", "mcq").stdout)
    assert len(doc["questions"]) == 2 and all(q["type"] == "mcq" for q in doc["questions"])
    assert [a["id"] for a in doc["articles"]] == ["a-visit", "a-glacier"]
    proc = run("export", "csv", "--bank", bank, "--since", "2024-10-01", "--header-row")
    rows = list(csv.reader(proc.stdout.splitlines()))
    assert len(rows) == 3 and rows[1][3] == "Swiss glaciers lost record ice (glacier-survey.md, 2024-10-01)"


@pytest.mark.parametrize("args, mentions", [
    (("export", "anki", "--since", "2024-6-1"), ["2024-6-1"]),
    (("export", "anki", "--since", "2024-02-30"), ["2024-02-30"]),
    (("export", "anki", "--kind", "truefalse"), ["truefalse"]),  # a kind the hand-built bank does not have
    (("export", "anki", "--kind", "essay"), ["essay", "cloze, mcq, wh, truefalse"]),
    (("export", "anki", "--deck", "Current Affairs::"), ["deck name"]),
    (("export", "json", "--deck", "X"), ["--deck"]),
    (("export", "csv", "--flat"), ["--flat"]),
    (("export", "anki", "--header-row"), ["--header-row"]),
    (("export", "anki", "--since", "2030-01-01"), ["no questions match", "--since 2030-01-01"]),
])
def test_bad_export_arguments_get_one_clear_line(run, bank, args, mentions):
    assert_clean_error(run(*args, "--bank", bank), mentions=mentions)


def test_export_from_an_empty_or_missing_bank(run, tmp_path):
    assert_clean_error(run("export", "anki", "--bank", str(tmp_path / "none.db")), code=1,
                       mentions=["quizgen build input/"])
    empty = store([], tmp_path / "empty.db")
    assert_clean_error(run("export", "csv", "--bank", empty), code=1, mentions=["no questions yet"])


def test_a_failed_export_leaves_the_old_deck_whole(run, tmp_path, bank):
    old = tmp_path / "deck.apkg"
    old.write_bytes(b"yesterday's deck")
    assert_clean_error(run("export", "anki", "--bank", bank, "-o", str(old), "--since", "2031-01-01"))
    assert old.read_bytes() == b"yesterday's deck"
    target = tmp_path / "a-directory.apkg"
    target.mkdir()
    assert_clean_error(run("export", "anki", "--bank", bank, "-o", str(target)), mentions=["cannot write"])
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp")), "a temporary file was left"


def test_export_never_imports_spacy(bank, tmp_path):
    code = ("import sys; from quizgen.cli import main\n"
            f"for fmt in ('anki', 'json', 'csv'): assert main(['export', fmt, '--bank', {bank!r}, "
            f"'-o', {str(tmp_path / 'out')!r} + fmt]) == 0\n"
            "assert 'spacy' not in sys.modules, 'export imported spaCy'\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr


def test_export_new_kinds_to_csv_and_json(run, tmp_path):
    from .anki_support import every_kind

    bank = store(every_kind(), tmp_path / "kinds.db")
    doc = json.loads(run("export", "json", "--bank", bank, "--kind", "wh,truefalse").stdout)
    assert [q["type"] for q in doc["questions"]] == ["truefalse", "wh", "truefalse", "wh"]
    statements = [q for q in doc["questions"] if q["type"] == "truefalse"]
    assert [(q["truth"], q.get("swapped")) for q in statements] == [(False, "Seoul"), (True, None)]
    assert all(q["answer"] in q["sentence"] for q in doc["questions"])
    rows = list(csv.reader(run("export", "csv", "--bank", bank, "--kind", "truefalse", "--header-row").stdout.splitlines()))
    assert rows[1][:3] == ["True or false? Vladimir Putin landed in Seoul for a rare visit.",
                           "False (Pyongyang, not Seoul)", "True | False"]
    assert rows[2][:3] == ["True or false? Kim Jong Un greeted the Russian leader at the airport.", "True", "True | False"]
    wh = list(csv.reader(run("export", "csv", "--bank", bank, "--kind", "wh", "--header-row").stdout.splitlines()))
    assert wh[1][:3] == ["Where did Vladimir Putin land for a rare visit?", "Pyongyang", ""]


def test_new_kinds_in_csv_import_into_anki(tmp_path):
    from .anki_support import every_kind

    path = tmp_path / "q.csv"
    path.write_text(to_csv(every_kind()), encoding="utf-8")
    col = collection(tmp_path / "col")
    _metadata, log = import_csv(col, path)
    assert_clean(log, new=sum(len(qs) for _, qs in every_kind()))
    note = col.get_note(col.find_notes('"Front:True or false? Vladimir Putin landed in Seoul*"')[0])
    assert note["Back"] == "False (Pyongyang, not Seoul)"
