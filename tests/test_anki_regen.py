"""Real articles through spaCy, the bank and the export into a real Anki collection: a learner's daily
re-import, and an article written to attack the cards."""
import time

from quizgen.anki import guid
from quizgen.bank import Bank
from quizgen.build import build
from quizgen.export import export

from .anki_support import assert_clean, collection, import_apkg, page, visible
from .conftest import ARTICLES, SAMPLE
from .test_anki import assert_inert

BRIDGE = ARTICLES / "2025-03-04-harbour-bridge-vote.txt"
GLACIER = ARTICLES / "glacier-survey.md"


def export_to(bank_path, path, **options):
    with Bank(str(bank_path)) as bank:
        result = export(bank, "anki", **options)
        questions = bank.questions()
    path.write_bytes(result.data)
    return path, {guid(q): q for q in questions}


def next_second() -> None:
    """The bank stamps rows to the second; Anki updates a note only if the new one is strictly newer."""
    time.sleep(1.05 - time.time() % 1)


def schedule(card):
    return (card.type, card.queue, card.due, card.ivl, card.factor, card.reps, card.lapses, card.left, card.did)


def review(col, answers):
    """Study the deck through Anki's scheduler; returns each reviewed card's schedule afterwards."""
    col.decks.select(col.decks.id_for_name("Current Affairs"))
    done = {}
    for ease in answers:
        card = col.sched.getCard()
        card.start_timer()
        col.sched.answerCard(card, ease)
        done[card.id] = schedule(col.get_card(card.id))
    return done


def guids(col):
    return [col.get_note(nid).guid for nid in col.find_notes("")]


def mcq_options(col):
    """Each multiple-choice note's options, by GUID."""
    out = {}
    for nid in col.find_notes('"note:quizgen multiple choice"'):
        note = col.get_note(nid)
        out[note.guid] = tuple(note[x] for x in "ABCD")
    return out


def sources_by_guid(bank_path):
    with Bank(str(bank_path)) as bank:
        source = {a.id: a.source for a in bank.articles()}
        return {guid(q): source[q.article_id] for q in bank.questions()}


def test_regenerating_adds_new_notes_updates_changed_ones_and_keeps_schedules_and_edits(tmp_path, nlp):
    col = collection(tmp_path / "col")
    bank = tmp_path / "bank.db"
    glacier = tmp_path / GLACIER.name
    glacier.write_text(GLACIER.read_text(encoding="utf-8"), encoding="utf-8")
    with Bank(str(bank)) as b:
        build([str(SAMPLE), str(glacier)], b, lambda: nlp, seed=0)
    first, day1 = export_to(bank, tmp_path / "day1.apkg")
    assert_clean(import_apkg(col, first), new=len(day1))
    reviewed = review(col, [3, 4, 1, 3, 4])
    assert len(reviewed) == 5 and any(s[0] == 2 for s in reviewed.values())  # one graduated to review
    revlog = col.db.scalar("select count() from revlog")

    # The learner writes a note of their own on a card about the sample story, and restyles the cloze cards.
    sample_guids = {g for g, source in sources_by_guid(bank).items() if source == str(SAMPLE)}
    assert sample_guids
    edited = next(note for note in map(col.get_note, col.find_notes("")) if note.guid in sample_guids)
    edited.fields[0] += " (my own note)"
    col.update_note(edited)
    cloze_type = col.models.by_name("quizgen cloze")
    cloze_type["css"] += "\n.card { font-size: 30px; }"
    col.models.update_dict(cloze_type)

    # The next day: a new article, and a revised version of the glacier story (one sentence more), wrong
    # options drawn with another seed.
    next_second()
    glacier.write_text(glacier.read_text(encoding="utf-8") + "\nThe survey will be repeated next summer.\n",
                       encoding="utf-8")
    with Bank(str(bank)) as b:
        build([str(BRIDGE), str(glacier)], b, lambda: nlp, seed=5)
    second, day2 = export_to(bank, tmp_path / "day2.apkg")
    source = sources_by_guid(bank)
    kept = set(day1) & set(day2)
    revised = {g for g in kept if source[g] == str(glacier)}
    assert revised and sample_guids < kept
    log = import_apkg(col, second)
    assert_clean(log, new=len(set(day2) - set(day1)), updated=len(revised), unchanged=len(kept - revised))
    assert {col.get_note(n.id.nid).guid for n in log.updated} == revised
    assert col.get_note(edited.id).fields[0].endswith(" (my own note)"), "an import undid the learner's edit"
    assert col.models.by_name("quizgen cloze")["css"].endswith("font-size: 30px; }")
    assert col.note_count() == len(set(day1) | set(day2)) and len(set(guids(col))) == col.note_count()
    assert {cid: schedule(col.get_card(cid)) for cid in reviewed} == reviewed
    assert col.db.scalar("select count() from revlog") == revlog

    # quizgen improves its wrong options: a bank rebuilt from scratch with another seed gives the same facts
    # new options. Re-importing updates those notes in place.
    next_second()
    fresh = tmp_path / "fresh.db"
    with Bank(str(fresh)) as b:
        build([str(SAMPLE), str(GLACIER), str(BRIDGE)], b, lambda: nlp, seed=11)
    before = mcq_options(col)
    third, day3 = export_to(fresh, tmp_path / "day3.apkg")
    log = import_apkg(col, third)
    added = set(day3) - set(day1) - set(day2)  # a fact of day 1 that day 2 dropped is in the collection already
    assert_clean(log, new=len(added), updated=len(day3) - len(added))
    assert col.note_count() == len(set(day1) | set(day2) | set(day3)) and len(set(guids(col))) == col.note_count()
    after = mcq_options(col)
    changed = [g for g in set(before) & set(day3) if before[g] != after[g]]
    assert changed, "another seed should change some wrong options"
    for g in changed:
        assert tuple(visible(o) for o in after[g]) != tuple(visible(o) for o in before[g])
    assert {cid: schedule(col.get_card(cid)) for cid in reviewed} == reviewed
    assert col.db.scalar("select count() from revlog") == revlog


HOSTILE = """\
Summit <script>alert("title")</script> ends in Geneva {{c2::x}}

Leaders from France and Germany met in Geneva on Monday, while a banner reading <img src=x onerror=alert(1)> hung \
outside the hall.

The European Commission said the talks, code-named {{c2::Aurora}}, would resume in Brussels in September.

Chancellor Olaf Scholz told reporters that the agreement :: worth €4 billion }} would be signed by 2026.

President Emmanuel Macron said France would host the next round <script>alert(document.cookie)</script> in Paris.

The Swiss government spent 12 million francs on security [sound:siren.mp3] for the two-day meeting.
"""


def test_a_hostile_article_gives_inert_cards_that_show_it_literally(tmp_path, nlp):
    article = tmp_path / "2024-06-20-hostile-summit.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    bank = tmp_path / "bank.db"
    with Bank(str(bank)) as b:
        build([str(article)], b, lambda: nlp)
    path, questions = export_to(bank, tmp_path / "hostile.apkg")
    sentences = " ".join(q.sentence for q in questions.values())
    assert "<img src=x onerror" in sentences and "{{c2::Aurora}}" in sentences, "the attack must reach a question"

    col = collection(tmp_path / "col")
    assert_clean(import_apkg(col, path), new=len(questions))
    assert col.card_count() == len(questions)
    for card in (col.get_card(cid) for cid in col.find_cards("")):
        question = questions[card.note().guid]
        front, back = card.question(), card.answer()
        assert_inert(front)
        assert_inert(back)
        assert not card.question_av_tags() and not card.answer_av_tags()
        assert '<script>alert("title")</script> ends in Geneva {{c2::x}}' in visible(back)
        assert " ".join(question.sentence.split()) in visible(back)
        if card.note().note_type()["name"] == "quizgen cloze":
            assert card.ord == 0
            assert len([a for _, a in page(front).elements if ("class", "cloze") in a]) == 1
            assert question.answer not in visible(front)
