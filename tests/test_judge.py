"""Judging typed answers: lenient on form, strict on the entity. One table, every example from the issue."""
import pytest

from quizgen.judge import ALIAS, EXACT, SURNAME, TYPO, WRONG, Judge, accepts, judge, normalise
from quizgen.models import Kind, Question

ACCEPTED = [
    # answer, label, typed, how
    ("Vladimir Putin", "PERSON", "vladimir putin", EXACT),  # case
    ("Vladimir Putin", "PERSON", "Vladimir Putin.", EXACT),  # punctuation
    ("Vladimir Putin", "PERSON", "  Vladimir   Putin ", EXACT),  # extra spaces
    ("Zürich", "GPE", "Zurich", EXACT),  # accents
    ("São Paulo", "GPE", "sao paulo", EXACT),
    ("the Kremlin", "ORG", "Kremlin", EXACT),  # a leading "the", either way
    ("Netherlands", "GPE", "The Netherlands", EXACT),
    ("10,000", "CARDINAL", "10000", EXACT),  # digit grouping
    ("10,000", "CARDINAL", "10 000", EXACT),
    ("10000", "CARDINAL", "10,000", EXACT),
    ("1,250,000", "CARDINAL", "1250000", EXACT),
    ("50%", "PERCENT", "50 per cent", EXACT),
    ("Moon Jae-in", "PERSON", "Moon Jae in", EXACT),
    ("19 June 2024", "DATE", "June 19th, 2024", EXACT),  # a date's parts in another order
    ("Vladimir Putin", "PERSON", "Putin", SURNAME),  # a surname alone for a full name
    ("Vladimir Putin", "PERSON", "putin", SURNAME),
    ("Xi Jinping", "PERSON", "Xi", SURNAME),  # a known leader's usual short name
    ("Luiz Inacio Lula da Silva", "PERSON", "Lula", SURNAME),
    ("Luiz Inacio Lula da Silva", "PERSON", "da Silva", SURNAME),
    ("Ursula von der Leyen", "PERSON", "von der Leyen", SURNAME),
    ("Putin", "PERSON", "Vladimir Putin", ALIAS),  # the full name where the sentence gives the surname
    ("Putin", None, "Vladimir Putin", ALIAS),  # a known leader, whatever the model labelled him
    ("United States", "GPE", "US", ALIAS),  # known aliases
    ("United States", "GPE", "the U.S.", ALIAS),
    ("United States", "GPE", "USA", ALIAS),
    ("US", "GPE", "United States", ALIAS),
    ("United Kingdom", "GPE", "Britain", ALIAS),
    ("North Atlantic Treaty Organization", "ORG", "Nato", ALIAS),
    ("Myanmar", "GPE", "Burma", ALIAS),
    ("Vladimir Putin", "PERSON", "Vladmir Putin", TYPO),  # a small typo in a long name
    ("Benjamin Netanyahu", "PERSON", "Netanyau", TYPO),
    ("Kazakhstan", "GPE", "Kazakstan", TYPO),
    ("Volodymyr Zelensky", "PERSON", "Volodimir Zelensky", TYPO),
    ("Volodymyr Zelensky", "PERSON", "Zelenskyy", TYPO),
]

REJECTED = [
    # answer, label, typed: a different entity, however close it is written
    ("Kim Jong Un", "PERSON", "Kim Jong Il"),
    ("Kim Jong Un", "PERSON", "Kim"),  # two leaders share that name
    ("Kim Jong Un", "PERSON", "Un"),  # not a surname
    ("Kim Jong Un", "PERSON", "Jong Un"),
    ("Australia", "GPE", "Austria"),
    ("Austria", "GPE", "Australia"),
    ("Zambia", "GPE", "Gambia"),
    ("Slovakia", "GPE", "Slovenia"),
    ("Iran", "GPE", "Iraq"),
    ("Russia", "GPE", "Russian"),  # a demonym is another word
    ("Dominica", "GPE", "Dominican"),
    ("North Korea", "GPE", "South Korea"),
    ("North Korea", "GPE", "Korea"),  # part of a place's name is not a surname
    ("Russia", "GPE", "Moscow"),  # a capital is a city, not an alias
    ("United States", "GPE", "Washington"),
    ("2000", "DATE", "2001"),  # numbers are exact
    ("10,000", "CARDINAL", "1,000"),
    ("10,000", "CARDINAL", "100000"),
    ("2.5", "CARDINAL", "25"),
    ("Vladimir Putin", "PERSON", "Putin Vladimir"),
    ("Vladimir Putin", "PERSON", "Vladimir"),  # a first name alone
    ("Vladimir Putin", "PERSON", "Ptuin"),  # a typo in a short name
    ("Hamas", "ORG", "Hamad"),
    ("United Nations", "ORG", "United States"),
    ("Vladimir Putin", "PERSON", ""),
    ("Vladimir Putin", "PERSON", "   "),
    ("Vladimir Putin", "PERSON", "the"),
]


@pytest.mark.parametrize("answer, label, typed, how", ACCEPTED)
def test_accepted(answer, label, typed, how):
    assert accepts(answer, typed, label=label) == how


@pytest.mark.parametrize("answer, label, typed", REJECTED)
def test_rejected(answer, label, typed):
    assert accepts(answer, typed, label=label) == WRONG


def test_a_typo_never_lands_on_another_entity_of_the_bank():
    q = Question(article_id="a", kind=Kind.CLOZE, sentence="Ahmed Khalil spoke first.", answer="Ahmed Khalil",
                 prompt="_____ spoke first.", answer_label="PERSON", score=1.0)
    assert Judge()(q, "Ahmed Khalid").correct  # a slip, as far as anyone knows...
    assert not Judge(["Ahmed Khalid", "Sydney"])(q, "Ahmed Khalid").correct  # ...unless the bank knows him
    assert not Judge(lambda: ["Ahmed Khalid"])(q, "Ahmed Khalid").correct  # names may come late


def test_surname_rule_is_for_people_only():
    assert accepts("Harbour Bridge", "Bridge", label="FAC") == WRONG
    assert accepts("Jane Doe", "Doe", label="PERSON") == SURNAME


def test_multiple_choice_needs_the_option_itself():
    q = Question(article_id="a", kind=Kind.MCQ, sentence="Vladimir Putin flew in.", answer="Vladimir Putin",
                 prompt="_____ flew in.", answer_label="PERSON", score=1.0,
                 choices=("Vladimir Putin", "Xi Jinping", "Joe Biden", "Emmanuel Macron"))
    assert judge(q, "Vladimir Putin").correct and not judge(q, "Xi Jinping").correct and not judge(q, None).correct


def test_normalise():
    assert normalise("The  U.S.") == normalise("US") == "us"
    assert normalise("Putin's") == "putin"
    assert normalise("2.5") != normalise("25")
