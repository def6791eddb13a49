"""Incremental builds on a real bank: unchanged sources skipped unread, revisions replace their old version
and keep the review history of every fact they keep, failures remembered, old banks migrated."""
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quizgen.bank import Bank
from quizgen.schema import MIGRATIONS, SCHEMA_VERSION
from quizgen.build import build, same_story
from quizgen.schedule import rating_for, review

from .conftest import ARTICLES, SAMPLE

BRIDGE = ARTICLES / "2025-03-04-harbour-bridge-vote.txt"
PAGES = Path(__file__).resolve().parent / "pages"
NEVER = lambda: pytest.fail("spaCy loaded although nothing was new")  # noqa: E731


def stored_fact_ids(path: str) -> dict[str, str]:
    db = sqlite3.connect(path)
    try:
        return dict(db.execute("SELECT id, fact_id FROM questions"))
    finally:
        db.close()


def test_a_revised_article_keeps_the_history_of_its_unchanged_facts(tmp_path, nlp):
    story = tmp_path / "in" / "bridge.txt"
    story.parent.mkdir()
    original = BRIDGE.read_text(encoding="utf-8")
    story.write_text(original, encoding="utf-8")
    path = str(tmp_path / "b.db")
    with Bank(path) as bank:
        build([str(story.parent)], bank, lambda: nlp)
        [first] = bank.articles()
        before = bank.questions()
        for q in before:
            card = review(None, fact_id=q.fact_id, rating=rating_for(correct=True), at=datetime.now(timezone.utc))
            bank.record_answer(q, correct=True, given=q.answer, rating=rating_for(correct=True), card=card)
    changed = next(q.sentence for q in before if "€600 million" in q.sentence)
    revised_text = original.replace("€600 million", "€700 million").replace(
        "This is a developing story",
        "The council will publish the full contract for the bridge on its website next month.\n\nThis is a developing story")
    story.write_text(revised_text, encoding="utf-8")
    with Bank(path) as bank:
        report = build([str(story.parent)], bank, lambda: nlp)
        assert (report.new, report.revised, report.skipped) == (1, 1, 0)
        [second] = bank.articles()
        assert second.id != first.id
        after = bank.questions()
        assert all(q.article_id == second.id for q in after)
        old = {(q.sentence, q.answer, q.kind): q for q in before}
        kept = [q for q in after if (q.sentence, q.answer, q.kind) in old]
        assert len(kept) >= len(before) // 2
        for q in kept:
            assert q.fact_id == old[(q.sentence, q.answer, q.kind)].fact_id and q.id == old[(q.sentence, q.answer, q.kind)].id
        assert not any(q.sentence == changed for q in after)  # the changed sentence's old questions are gone
        history = {fact for fact, in bank.db.execute("SELECT fact_id FROM reviews")}
        assert {q.fact_id for q in kept} <= history
        assert len(bank.answers()) == len(before)  # no answer lost
        assert {q.fact_id for q in kept} <= set(bank.cards())  # nor a place in the review schedule
    assert stored_fact_ids(path) == {q.id: q.fact_id for q in after}  # what the bank stored, it reads back


def test_another_story_at_the_same_path_is_a_new_article(tmp_path, nlp):
    story = tmp_path / "today.txt"
    story.write_text(BRIDGE.read_text(encoding="utf-8"), encoding="utf-8")
    path = str(tmp_path / "b.db")
    with Bank(path) as bank:
        build([str(story)], bank, lambda: nlp)
    story.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    with Bank(path) as bank:
        report = build([str(story)], bank, lambda: nlp)
        assert (report.new, report.revised) == (1, 0)
        assert bank.count()[0] == 2  # yesterday's article stays


def test_a_page_with_the_same_canonical_url_revises_the_stored_one(tmp_path, nlp):
    html = (PAGES / "ferry-strike.html").read_text(encoding="utf-8")
    update = html.replace("</article>", "<p>Talks are due to resume on Thursday in Oslo, the national mediator "
                                        "Hans Berg said in a statement.</p></article>")
    (tmp_path / "v1.html").write_text(html, encoding="utf-8")
    (tmp_path / "v2.html").write_text(update, encoding="utf-8")
    path = str(tmp_path / "b.db")
    with Bank(path) as bank:
        build([str(tmp_path / "v1.html")], bank, lambda: nlp)
        report = build([str(tmp_path / "v2.html")], bank, lambda: nlp)
        assert report.revised == 1
        [article] = bank.articles()
        assert "Hans Berg" in article.text and article.source.endswith("v2.html")


def test_unchanged_files_are_skipped_without_being_read(tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(BRIDGE.read_text(encoding="utf-8"), encoding="utf-8")
    path = str(tmp_path / "b.db")
    with Bank(path) as bank:
        build([str(story)], bank, lambda: nlp)
    st = story.stat()
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("Lisbon", "Lisbin"), encoding="utf-8")  # same size
    os.utime(story, ns=(st.st_atime_ns, st.st_mtime_ns))
    with Bank(path) as bank:
        report = build([str(story)], bank, NEVER)
        assert (report.new, report.skipped) == (0, 1)  # size and time unchanged: not even read
    os.utime(story, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    with Bank(path) as bank:
        assert build([str(story)], bank, lambda: nlp).revised == 1


def test_a_file_touched_but_unchanged_is_skipped_before_spacy(tmp_path):
    path = str(tmp_path / "b.db")
    story = tmp_path / "story.txt"
    story.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    copy = tmp_path / "copy.txt"
    with Bank(path) as bank:
        from quizgen.nlp import load

        build([str(story)], bank, load)
    copy.write_text(story.read_text(encoding="utf-8"), encoding="utf-8")
    os.utime(story, None)
    with Bank(path) as bank:
        report = build([str(story), str(copy)], bank, NEVER)
        assert (report.new, report.skipped) == (0, 2)


def test_articles_without_questions_are_remembered_as_failed(tmp_path, nlp):
    dull = tmp_path / "dull.txt"
    dull.write_text("\n\n".join([
        "The weather was pleasant and many people walked slowly through the park with their dogs.",
        "Some of them stopped to talk while others sat quietly on the benches under the trees.",
        "It was the kind of afternoon that made everyone want to stay outside a little longer.",
    ]), encoding="utf-8")
    path = str(tmp_path / "b.db")
    with Bank(path) as bank:
        [failure] = build([str(dull)], bank, lambda: nlp).failures
        assert "no sentence to ask about" in failure.message
        again = build([str(dull)], bank, NEVER)
        assert [f.message for f in again.failures] == [failure.message]


def test_articles_not_in_english_are_refused(tmp_path):
    german = tmp_path / "bahn.txt"
    german.write_text(
        "Die Bundesregierung hat am Dienstag beschlossen, die Mittel für den Ausbau der Bahn um zwei Milliarden "
        "Euro zu erhöhen.\n\nDer Verkehrsminister sagte, die Investitionen seien dringend notwendig, weil viele "
        "Brücken marode seien und Züge häufig Verspätung hätten.", encoding="utf-8")
    with Bank(str(tmp_path / "b.db")) as bank:
        [failure] = build([str(german)], bank, NEVER).failures
    assert failure.message == f"{german}: not English; quizgen reads English articles only"


def test_same_story_tells_revisions_from_other_stories():
    bridge = BRIDGE.read_text(encoding="utf-8")
    assert same_story(bridge, bridge.replace("31 to 12", "30 to 13") + "\n\nA new closing paragraph was added.")
    assert same_story(bridge, bridge.split("Construction")[0])  # a shorter earlier version
    assert not same_story(bridge, SAMPLE.read_text(encoding="utf-8"))


def test_a_bank_of_schema_1_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[1])
    db.execute("INSERT INTO articles (id, source, text, added_at) VALUES ('a1', 's.txt', 'Text.', 'now')")
    db.execute("INSERT INTO questions (id, fact_id, article_id, kind, prompt, answer, sentence, score, created_at)"
               " VALUES ('q1', 'f1', 'a1', 'cloze', '_____ rose.', 'Gold', 'Gold rose.', 1.0, 'now')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with Bank(str(path)) as bank:
        assert bank.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert bank.db.execute("SELECT lineage FROM articles").fetchone()[0] == "a1"
        [q] = bank.questions()
        assert q.lineage is None and q.answer == "Gold"


def test_commands_that_do_not_generate_never_import_spacy(tmp_path, run):
    bank = str(tmp_path / "b.db")
    assert run("build", str(ARTICLES), "--bank", bank).returncode == 0
    script = (
        "import sys; from quizgen.cli import main\n"
        f"assert main(['build', {str(ARTICLES)!r}, '--bank', {bank!r}]) == 0\n"
        f"assert main(['export', 'json', '--bank', {bank!r}, '-o', {str(tmp_path / 'q.json')!r}]) == 0\n"
        "heavy = [m for m in ('spacy', 'thinc', 'trafilatura', 'feedparser') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        f"assert main(['stats', '--bank', {bank!r}]) == 0\n"
        "heavy = [m for m in ('spacy', 'thinc', 'trafilatura', 'feedparser') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "nothing new" in proc.stdout


def test_a_revision_is_recognised_by_its_path_in_a_bank_without_origins(tmp_path, nlp):
    story = tmp_path / "bridge.txt"
    story.write_text(BRIDGE.read_text(encoding="utf-8"), encoding="utf-8")
    path = str(tmp_path / "b.db")
    with Bank(path) as bank:
        build([str(story)], bank, lambda: nlp)
        bank.db.execute("DELETE FROM origins")  # as in a bank built before origins were remembered
    story.write_text(BRIDGE.read_text(encoding="utf-8").replace("31 to 12", "32 to 11"), encoding="utf-8")
    with Bank(path) as bank:
        assert build([str(story)], bank, lambda: nlp).revised == 1
        assert bank.count()[0] == 1
