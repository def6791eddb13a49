"""The .apkg as Anki reads it: imported into a real collection with the `anki` package, every card rendered."""
import hashlib
import html
import io
import json
import zipfile
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen import anki
from quizgen.models import Article, Kind

from .anki_support import (assert_clean, both, collection, every_kind, hand_built, import_apkg, new_kinds, page,
                           question, visible)

STAMP = 1_718_800_000  # 2024-06-19


def write(tmp_path, results, name="deck.apkg", **options):
    path = tmp_path / name
    path.write_bytes(anki.to_apkg(results, deck=options.pop("deck", "Current Affairs"), timestamp=STAMP, **options))
    return path


def every_card(col):
    return [col.get_card(cid) for cid in col.find_cards("")]


def test_package_imports_cleanly_and_every_card_renders(tmp_path):
    results = hand_built()
    questions = [q for _, qs in results for q in qs]
    col = collection(tmp_path / "col")
    log = import_apkg(col, write(tmp_path, results))
    assert_clean(log, new=len(questions))
    assert col.note_count() == len(questions) and col.card_count() == len(questions)  # one card per note
    problems, ok = col.fix_integrity()
    assert ok, problems

    by_answer_and_kind = {}
    for card in every_card(col):
        note = card.note()
        notetype = note.note_type()
        front, back = card.question(), card.answer()
        assert "{{" not in front + back, "a template or cloze was left unrendered"
        if notetype["name"] == "quizgen cloze":
            assert notetype["type"] == 1 and card.ord == 0  # Anki's own cloze type, the c1 card
            answer = html.unescape(note["Text"].split("{{c1::")[1].split("::")[0].split("}}")[0])
            [gap] = [attrs for _, attrs in page(front).elements if ("class", "cloze") in attrs]
            assert html.unescape(dict(gap)["data-cloze"]) == answer  # Anki puts the field's HTML there
            assert answer not in visible(front), "the front gives the answer away"
            assert answer in visible(back) and "cloze" in back
            by_answer_and_kind[answer, Kind.CLOZE] = card
        else:
            assert notetype["name"] == "quizgen multiple choice"
            options = [html.unescape(note[x]) for x in "ABCD"]
            correct = note["Correct"]
            assert "_____" in visible(front) and all(o in visible(front) for o in options)
            assert not any(("data-correct", correct) in attrs for _, attrs in page(front).elements)
            assert ("ol", [("class", "options"), ("data-correct", correct)]) in page(back).elements
            assert options["ABCD".index(correct)] == html.unescape(note["Answer"])
            by_answer_and_kind[html.unescape(note["Answer"]), Kind.MCQ] = card
        if note["Context"]:
            assert html.unescape(note["Context"]) not in visible(front), "context may name the answer: back only"

    cloze = by_answer_and_kind["Pyongyang", Kind.CLOZE]
    assert "[place]" in visible(cloze.question())
    assert "Vladimir Putin landed in Pyongyang for a rare visit." in visible(cloze.answer())
    assert "Example Wire · 2024-06-19" in visible(cloze.answer())
    assert '<a href="https://example.org/putin">' in cloze.answer()
    kim = by_answer_and_kind["Kim Jong Un", Kind.CLOZE]
    assert "[person]" in visible(kim.question())
    assert "Context Vladimir Putin landed in Pyongyang" in visible(kim.answer())
    assert "[...]" in visible(by_answer_and_kind["market", Kind.CLOZE].question())  # no label, no hint
    mcq = by_answer_and_kind["2.5 percent", Kind.MCQ]
    assert "C 2.5 percent" in visible(mcq.question())
    assert "glacier-survey.md · 2024-10-01" in visible(mcq.answer())


def test_decks_by_month_and_tags(tmp_path):
    col = collection(tmp_path / "col")
    import_apkg(col, write(tmp_path, hand_built(), deck="UPSC::Current Affairs"))
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {"UPSC", "UPSC::Current Affairs", "UPSC::Current Affairs::2024-06", "UPSC::Current Affairs::2024-10",
            "UPSC::Current Affairs::undated"} <= names
    for card in every_card(col):
        month = col.decks.name(card.did).rsplit("::", 1)[1]
        tags = set(card.note().tags)
        assert "quizgen" in tags and f"month::{month}" in tags
        assert all(" " not in t for t in tags)
    pyongyang = col.get_note(col.find_notes('"Text:*Pyongyang*"')[0])
    assert set(pyongyang.tags) == {"quizgen", "type::place", "source::example-wire", "month::2024-06"}
    glacier = col.get_note(col.find_notes('"Text:*glaciers*"')[0])
    assert "source::glacier-survey.md" in glacier.tags and "type::percentage" in glacier.tags


def test_flat_keeps_one_deck(tmp_path):
    col = collection(tmp_path / "col")
    import_apkg(col, write(tmp_path, hand_built(), flat=True))
    used = {col.decks.name(card.did) for card in every_card(col)}
    assert used == {"Current Affairs"}


def test_same_questions_and_stamp_give_the_same_bytes():
    one = anki.to_apkg(hand_built(), deck="Current Affairs", timestamp=STAMP)
    two = anki.to_apkg(hand_built(), deck="Current Affairs", timestamp=STAMP)
    assert one == two
    assert anki.to_apkg(hand_built(), deck="Current Affairs", timestamp=STAMP + 1) != one
    with zipfile.ZipFile(io.BytesIO(one)) as z:
        assert z.namelist() == ["collection.anki2", "media"] and z.testzip() is None


def test_guid_depends_only_on_the_fact_and_kind():
    [(article, [cloze, mcq, _]), *_] = hand_built()
    assert anki.guid(cloze) != anki.guid(mcq)
    reworded = replace(mcq, choices=("Hanoi", "Pyongyang", "Minsk", "Tehran"), prompt="Where did Putin land? _____",
                       score=0.1, rank=7, context=None, answer_label="LOC")
    assert anki.guid(reworded) == anki.guid(mcq)
    assert anki.guid(replace(mcq, answer="Putin")) != anki.guid(mcq)
    assert anki.guid(replace(mcq, article_id="other")) != anki.guid(mcq)
    assert anki.guid(replace(mcq, sentence=mcq.sentence.replace(" ", "  "))) == anki.guid(mcq)  # spacing only


# The note types as they were when anki.CARDS_CHANGED last moved. When this fails the cards have changed: move
# CARDS_CHANGED to the release time (so the next import brings the change to the learner's notes and note
# types) and record the new digest here.
CARDS = (1795824000, "ffc11fa696a84a8d")


def test_the_cards_change_only_with_cards_changed():
    models = [anki.CLOZE_MODEL, anki.MCQ_MODEL, anki.WH_MODEL, anki.TRUEFALSE_MODEL]
    shape = json.dumps([(m.model_id, m.name, m.model_type, [f["name"] for f in m.fields], m.css,
                         [(t["name"], t["qfmt"], t["afmt"]) for t in m.templates]) for m in models])
    assert (anki.CARDS_CHANGED, hashlib.sha256(shape.encode()).hexdigest()[:16]) == CARDS


def test_notes_carry_their_own_question_s_time_and_note_types_carry_cards_changed(tmp_path):
    results = hand_built()
    [first, *rest] = [q for _, qs in results for q in qs]
    later = anki.CARDS_CHANGED + 86_400
    col = collection(tmp_path / "col")
    assert_clean(import_apkg(col, write(tmp_path, results, changed={first.id: later})), new=1 + len(rest))
    stamps = {col.get_note(nid).guid: col.get_note(nid).mod for nid in col.find_notes("")}
    assert stamps == {anki.guid(q): later if q is first else anki.CARDS_CHANGED for q in [first, *rest]}
    assert all(col.models.by_name(m.name)["mod"] == anki.CARDS_CHANGED
               for m in (anki.CLOZE_MODEL, anki.MCQ_MODEL))


def test_deck_ids_come_from_names():
    assert anki.deck_id("Current Affairs") == anki.deck_id("Current Affairs")
    ids = {anki.deck_id(f"Current Affairs::2024-{m:02}") for m in range(1, 13)}
    assert len(ids) == 12 and all((1 << 30) <= i < (1 << 31) for i in ids)


@given(st.text())
def test_escaped_text_keeps_no_markup_and_reads_the_same(value):
    escaped = anki.text(value)
    assert not set("<>{}[]\"'") & set(escaped)
    assert html.unescape(escaped) == value
    assert "::" not in anki.cloze_answer(value) and "}}" not in anki.cloze_answer(value)


_ARTICLE = Article(id="prop", source="p.txt", text="...", published="2024-06-01")
_HOSTILE_CHARS = st.sampled_from(list("{}:<>&[]_\"' /\\=c1xyzAé") + ["{{c2::", "}}", "::", "<script>", "[sound:a.mp3]"])
_TEXT = st.lists(_HOSTILE_CHARS, max_size=12).map("".join)


@pytest.fixture(scope="module")
def note_types(tmp_path_factory):
    """A collection that holds quizgen's note types (imported once) for adding notes directly."""
    col = collection(tmp_path_factory.mktemp("types"))
    path = tmp_path_factory.mktemp("apkg") / "t.apkg"
    path.write_bytes(anki.to_apkg(hand_built(), deck="Current Affairs", timestamp=STAMP))
    import_apkg(col, path)
    yield col
    col.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=_TEXT, answer=_TEXT.filter(lambda s: s.strip() != ""), after=_TEXT)
def test_any_sentence_makes_one_cloze_that_reads_as_written(note_types, before, answer, after):
    col = note_types
    q = question(_ARTICLE, before + answer + after, answer, label="GPE")
    q = replace(q, prompt=before + "_____" + after)
    note = col.new_note(col.models.by_name("quizgen cloze"))
    for name, value in zip(note.keys(), anki.cloze_note(_ARTICLE, q).fields):
        note[name] = value
    col.add_note(note, col.decks.id("Property"))
    [card] = note.cards()
    clozes = [e for e in page(card.question()).elements if ("class", "cloze") in e[1]]
    assert len(clozes) == 1 and html.unescape(dict(clozes[0][1])["data-cloze"]) == answer
    assert " ".join("".join(page(card.answer()).text).split()).startswith(" ".join((before + answer + after).split()))
    assert not card.question_av_tags() and not card.answer_av_tags()


SAFE_ELEMENTS = {"style", "div", "span", "ol", "li", "hr", "b", "a", "br"}


def assert_inert(card_html: str) -> None:
    """Only the elements quizgen's templates write, no event handlers, no link but a web link."""
    for tag, attrs in page(card_html).elements:
        assert tag in SAFE_ELEMENTS, tag
        for name, value in attrs:
            assert not name.startswith("on"), name
            if name == "href":
                assert value.startswith("https://"), value


def test_hostile_text_shows_literally_and_runs_nothing(tmp_path):
    evil = Article(id="evil", source="evil.txt", text="...", published="2024-06-02",
                   title='<script>alert("title")</script> {{c2::title}}', outlet="Evil <b>Wire</b> :: {{Text}}",
                   url="javascript:alert(1)")
    img = "<img src=x onerror=alert(1)>"
    sentence = f"Officials in Geneva said {img} and " + "{{c2::hidden}} }} :: [sound:boom.mp3] were seen."
    hostile_answer = "{{c3::Geneva::x}}"
    results = [(evil, [
        *both(evil, sentence, "Geneva", ("Geneva", "Bern", "<script>x()</script>", "{{c1::Basel}}"), label="GPE",
              context="<script>alert('context')</script>"),
        question(evil, f"The code word was {hostile_answer} on Monday.", hostile_answer, label="ORG", rank=1),
    ])]
    col = collection(tmp_path / "col")
    assert_clean(import_apkg(col, write(tmp_path, results)), new=3)
    assert col.card_count() == 3
    for card in every_card(col):
        front, back = card.question(), card.answer()
        assert_inert(front)
        assert_inert(back)
        assert not card.question_av_tags() and not card.answer_av_tags()
        shown = visible(back)
        assert 'alert("title")' in shown and "{{c2::title}}" in shown and "Evil <b>Wire</b> :: {{Text}}" in shown
        assert "javascript:" not in back
        if card.note().note_type()["name"] == "quizgen cloze":
            assert card.ord == 0 and len([a for _, a in page(front).elements if ("class", "cloze") in a]) == 1
            assert "[sound:boom.mp3]" in shown or hostile_answer in shown
        else:
            assert img in visible(front) and "{{c2::hidden}} }} ::" in visible(front)
            assert "<script>x()</script>" in visible(front) and "{{c1::Basel}}" in visible(front)
            assert "<script>alert('context')</script>" in shown
    tricky = col.get_note(col.find_notes("code")[0])
    [card] = tricky.cards()
    assert f"The code word was {hostile_answer} on Monday." in visible(card.answer())
    assert "[organisation]" in visible(card.question()) and hostile_answer not in visible(card.question())



def test_wh_and_true_false_notes_import_and_render(tmp_path):
    results = every_kind()
    col = collection(tmp_path / "col")
    assert_clean(import_apkg(col, write(tmp_path, results)), new=sum(len(qs) for _, qs in results))
    problems, ok = col.fix_integrity()
    assert ok, problems
    cards = {}
    for card in every_card(col):
        note = card.note()
        if note.note_type()["name"] in ("quizgen wh-question", "quizgen true or false"):
            cards[note.note_type()["name"], html.unescape(note[note.keys()[0]])] = card
    assert len(cards) == 4
    where = cards["quizgen wh-question", "Where did Vladimir Putin land for a rare visit?"]
    assert visible(where.question()) == "Where did Vladimir Putin land for a rare visit?"  # the answer is not on the front
    back = visible(where.answer())
    assert "Pyongyang Vladimir Putin landed in Pyongyang for a rare visit." in back and "Example Wire" in back
    assert "<b>Pyongyang</b>" in where.answer()
    false = cards["quizgen true or false", "Vladimir Putin landed in Seoul for a rare visit."]
    assert visible(false.question()) == "Vladimir Putin landed in Seoul for a rare visit. True or false?"
    assert "False: the sentence says Pyongyang, not Seoul Vladimir Putin landed in Pyongyang" in visible(false.answer())
    true = cards["quizgen true or false", "Kim Jong Un greeted the Russian leader at the airport."]
    assert "True or false? True Kim Jong Un greeted" in visible(true.answer())
    kim = {anki.guid(q) for _, qs in results for q in qs if q.answer == "Kim Jong Un"}
    assert len(kim) == 3  # cloze, wh and true/false of one fact are three notes


def test_new_note_types_keep_their_ids():
    assert (anki.WH_MODEL.model_id, anki.TRUEFALSE_MODEL.model_id) == (anki.WH_MODEL_ID, anki.TRUEFALSE_MODEL_ID)
    ids = {anki.CLOZE_MODEL_ID, anki.MCQ_MODEL_ID, anki.WH_MODEL_ID, anki.TRUEFALSE_MODEL_ID}
    assert len(ids) == 4


def test_hostile_text_in_wh_and_true_false_notes_shows_literally(tmp_path):
    evil = Article(id="evil", source="evil.txt", text="...", published="2024-06-02", url="javascript:alert(1)")
    sentence = "Officials in Geneva said <img src=x onerror=alert(1)> and {{c1::hidden}} [sound:boom.mp3] were seen."
    results = [(evil, new_kinds(evil, sentence, "Geneva", wh="Where did officials say <script>x()</script> {{c2::y}}?",
                                swapped="<b>Bern</b> {{c1::z}}", label="GPE"))]
    col = collection(tmp_path / "col")
    assert_clean(import_apkg(col, write(tmp_path, results)), new=2)
    for card in every_card(col):
        front, back = card.question(), card.answer()
        assert_inert(front)
        assert_inert(back)
        assert not card.question_av_tags() and not card.answer_av_tags()
        assert "{{c1::hidden}} [sound:boom.mp3]" in visible(back) and "<img src=x onerror=alert(1)>" in visible(back)
    shown = " ".join(visible(c.question()) for c in every_card(col))
    assert "<script>x()</script> {{c2::y}}" in shown and "<b>Bern</b> {{c1::z}}" in shown
