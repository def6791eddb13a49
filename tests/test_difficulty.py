"""The difficulty rule on hand-written inputs: prominence, kind and how close the wrong options are."""
import pytest

from quizgen.difficulty import ONE_OFF, PROMINENT, close, prominence, prominence_in_text, rate
from quizgen.models import Difficulty, Kind

EASY, MEDIUM, HARD = Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD
TITLE_SUBJECT = prominence(mentions=6, first=0.0, in_title=True)
SIDE_NOTE = prominence(mentions=2, first=0.4, in_title=False)
ONE_OFF_MENTION = prominence(mentions=1, first=0.7, in_title=False)


def test_prominence_rewards_title_mentions_and_an_early_first_mention():
    assert TITLE_SUBJECT == 1.0 and TITLE_SUBJECT >= PROMINENT
    assert prominence(mentions=4, first=0.0, in_title=False) >= PROMINENT  # the lead's subject, mentioned often
    assert prominence(mentions=1, first=0.5, in_title=True) >= PROMINENT  # named in the title
    assert ONE_OFF <= SIDE_NOTE < PROMINENT
    assert ONE_OFF_MENTION < ONE_OFF
    assert prominence(mentions=9, first=2.0, in_title=False) == prominence(mentions=4, first=1.0, in_title=False)


def test_the_same_fact_is_easier_to_recognise_than_to_recall():
    fact = dict(answer="Oslo", label="GPE", prominence=SIDE_NOTE)
    assert rate(kind=Kind.CLOZE, **fact) is MEDIUM
    assert rate(kind=Kind.MCQ, choices=("Oslo", "Lima", "Nairobi", "Canberra"), **fact) is EASY


@pytest.mark.parametrize("level, expected", [(TITLE_SUBJECT, EASY), (SIDE_NOTE, MEDIUM), (ONE_OFF_MENTION, HARD),
                                             (None, MEDIUM)])
def test_a_cloze_is_as_hard_as_its_answer_is_obscure(level, expected):
    assert rate(kind=Kind.CLOZE, prominence=level, answer="Lena Marsh", label="PERSON") is expected


def test_neighbours_and_names_from_the_same_story_make_a_choice_harder():
    article = ["Lena Marsh", "Tomas Berg", "Ines Okafor", "Harbour Board"]
    generic = ("Lena Marsh", "Joe Biden", "Emmanuel Macron", "Olaf Scholz")
    same_story = ("Lena Marsh", "Tomas Berg", "Ines Okafor", "Joe Biden")
    fact = dict(kind=Kind.MCQ, answer="Lena Marsh", label="PERSON", prominence=SIDE_NOTE, article=article)
    assert rate(choices=generic, **fact) is EASY
    assert rate(choices=same_story, **fact) is MEDIUM
    assert rate(choices=same_story, **{**fact, "prominence": ONE_OFF_MENTION}) is HARD
    assert rate(choices=generic, **{**fact, "prominence": TITLE_SUBJECT}) is EASY


def test_what_counts_as_a_close_option():
    assert close("Syria", "Lebanon", label="GPE")  # same kind, same region
    assert not close("Syria", "Peru", label="GPE")
    assert not close("Syria", "Beirut", label="GPE")  # a city is no lure for a country
    assert close("Kenyan", "Ugandan", label="NORP")
    assert close("Joe Biden", "Emmanuel Macron", label="PERSON")  # leader for leader
    assert not close("Lena Marsh", "Emmanuel Macron", label="PERSON")
    assert close("Lena Marsh", "Tomas Berg", label="PERSON", article=["Tomas Berg"])


@pytest.mark.parametrize("answer, option, near", [
    ("2019", "2020", True), ("2019", "2014", False), ("the 1990s", "the 1980s", True),
    ("June 2024", "June 2023", True), ("12,000", "15,000", True), ("12,000", "24,000", False),
    ("3", "4", True), ("3", "6", False), ("45%", "56%", True), ("45%", "22.5%", False),
    ("March", "April", True), ("March", "September", False), ("December", "January", True),
])
def test_numbers_close_within_a_small_factor(answer, option, near):
    assert close(answer, option, label="DATE" if not answer[0].isdigit() or len(answer) == 4 else "CARDINAL") is near


def test_numbers_perturbed_slightly_make_a_hard_choice():
    fact = dict(kind=Kind.MCQ, answer="2,400", label="CARDINAL", prominence=ONE_OFF_MENTION)
    assert rate(choices=("2,400", "2,100", "2,700", "3,000"), **fact) is HARD
    assert rate(choices=("2,400", "2,100", "9,600", "1,200"), **fact) is MEDIUM
    assert rate(choices=("2,400", "600", "9,600", "1,200"), **fact) is EASY  # the scale alone tells them apart


def test_prominence_from_stored_text_for_questions_rated_later():
    text = ("Lena Marsh opened the harbour bridge in Tromso on Monday. Marsh said the bridge cost 2 billion crowns. "
            "Critics in Bergen called it a waste. Marsh disagreed, and the mayor of Narvik stayed silent.")
    title = "Marsh opens the Tromso bridge"
    assert prominence_in_text(text, answer="Lena Marsh", title=title, label="PERSON") >= PROMINENT
    assert prominence_in_text(text, answer="Narvik", title=title, label="GPE") < ONE_OFF
    assert prominence_in_text(text, answer="Tromsø", title=None, label="GPE") == prominence(
        mentions=0, first=1.0, in_title=False)


def test_stored_questions_are_rated_from_their_articles_text():
    from quizgen.difficulty import rate_stored

    text = "Lena Marsh opened the bridge. Marsh said it cost little. Marsh smiled. The mayor of Narvik stayed away."
    rows = [("q1", "a1", "cloze", "Lena Marsh", "PERSON", []),
            ("q2", "a1", "cloze", "Narvik", "GPE", []),
            ("q3", "a1", "mcq", "Narvik", "GPE", ["Narvik", "Lena Marsh", "Oslo", "Bergen"]),
            ("q4", "a1", "riddle", "Narvik", "GPE", [])]  # a kind from a later quizgen: left unrated
    rated = rate_stored(rows, articles={"a1": (text, "Marsh opens a bridge")}, names={"a1": ["Lena Marsh"]})
    assert rated == [("q1", EASY), ("q2", HARD), ("q3", MEDIUM)]


def test_true_false_is_rated_by_its_swap():
    from quizgen.difficulty import rate
    from quizgen.models import Difficulty, Kind

    common = dict(kind=Kind.TRUEFALSE, prominence=0.45, answer="Norway", label="GPE", article=("Norway", "Oslo"))
    assert rate(choices=(), **common) is Difficulty.EASY  # true: the fact as it stands
    assert rate(choices=("Sweden",), **common) is Difficulty.EASY  # a neighbour swapped in: a real check, still easy
    assert rate(choices=("Brazil",), **common) is Difficulty.EASY  # far-fetched: easier still
    one_off = {**common, "prominence": 0.1}
    assert rate(choices=("Sweden",), **one_off) is Difficulty.MEDIUM
    assert rate(choices=("Brazil",), **one_off) is Difficulty.EASY
