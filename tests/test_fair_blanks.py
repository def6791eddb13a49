"""Blanks that more than one answer would fit, or that hold part of a figure or name: a place inside a place, a
party before "minister", a sum converted in brackets, an age standing for someone, a name cut before its end.
Sentences are written for these tests; no model load."""
import pytest
import spacy

from quizgen.select import usable_answer

from .handmade import make


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


@pytest.mark.parametrize("text, ents, usable", [
    ("A man spoke in Koottickal town in Kottayam after the landslide hit.",
     [("Koottickal", "GPE"), ("Kottayam", "GPE")], False),  # Kerala and India fit as well
    ("Rescuers reached Tavua in Ba after the floods cut the road.", [("Tavua", "GPE"), ("Ba", "GPE")], False),
    ("Rescuers reached Tavua in Fiji after the floods cut the road.", [("Tavua", "GPE"), ("Fiji", "GPE")], True),
    ("The rally was held in Lagos and in Abuja on Saturday afternoon.", [("Lagos", "GPE"), ("Abuja", "GPE")], True),
])
def test_a_place_asked_as_where_another_place_is_fits_one_answer_only_if_a_country(vocab, text, ents, usable):
    doc = make(vocab, text, ents)
    assert usable_answer(doc.ents[1], next(iter(doc.sents))) is usable


def test_a_party_named_before_minister_is_no_blank(vocab):
    doc = make(vocab, "Velan is the first serving DMK minister to be jailed for corruption in the state.",
               [("Velan", "PERSON"), ("DMK", "ORG")])
    assert not usable_answer(doc.ents[1], next(iter(doc.sents)))  # the state or the portfolio fits too
    doc = make(vocab, "Velan said the DMK would appeal the ruling in the high court next week.",
               [("Velan", "PERSON"), ("DMK", "ORG")])
    assert usable_answer(doc.ents[1], next(iter(doc.sents)))


@pytest.mark.parametrize("text, ents", [
    ("Greece got loans of 240bn euros ( £ 202bn ; $ 323bn ) in two bailouts .", [("202bn", "MONEY"), ("323bn", "MONEY")]),
    ("The prize is worth 11 million Swedish crowns ( $ 990000 , € 948000 ) this year .",
     [("990000", "MONEY"), ("948000", "MONEY")]),
])
def test_a_sum_converted_in_brackets_is_no_blank(vocab, text, ents):
    doc = make(vocab, text, ents)
    assert [usable_answer(e, next(iter(doc.sents))) for e in doc.ents] == [False, False]


@pytest.mark.parametrize("text", ["Forecasts had hovered around 98 trillion won ( approximately USD 70 billion ) .",
                                  "Profit rose from 98 trillion won ( USD 70 billion ) in the second quarter ."])
def test_a_sum_converted_into_dollars_after_it_is_no_blank(vocab, text):
    doc = make(vocab, text, [("98 trillion won", "MONEY")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))


def test_a_sum_converted_after_its_currency_s_name_is_no_blank(vocab):
    doc = make(vocab, "Storms cost 984 million New Taiwanese Dollars ( about $33 million ) last month .",
               [("984 million", "MONEY")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))


def test_an_age_standing_for_someone_is_no_blank(nlp):
    doc = nlp('"We played better from start to finish," the 29-year-old told reporters on Sunday.')
    age = next(e for e in doc.ents if e.text == "29-year-old")
    assert not usable_answer(age, age.sent)
    doc = nlp("The 29-year-old guard scored 23 points for the French on Sunday night in Berlin.")
    age = next(e for e in doc.ents if e.text == "29-year-old")
    assert usable_answer(age, age.sent)  # an age that describes someone named in the story can be asked


def test_a_name_with_of_cut_before_its_end_is_no_blank(vocab):
    doc = make(vocab, "Dixon was named a minister in the Office of the Prime Minister on Monday .",
               [("Dixon", "PERSON"), ("Office of the Prime", "ORG")])
    assert not usable_answer(doc.ents[1], next(iter(doc.sents)))
    doc = make(vocab, "Dixon was named a minister in the Office of the Prime Minister on Monday .",
               [("Dixon", "PERSON"), ("Office of the Prime Minister", "ORG")])
    assert usable_answer(doc.ents[1], next(iter(doc.sents)))


def test_a_name_with_of_before_a_title_and_a_name_is_whole(vocab):
    doc = make(vocab, "Rates were cut , Bank of England Governor Andrew Bailey said on Thursday .",
               [("Bank of England", "ORG"), ("Andrew Bailey", "PERSON")])
    assert usable_answer(doc.ents[0], next(iter(doc.sents)))


def test_a_place_in_a_list_of_places_is_no_blank_whichever_place_label_the_tagger_gave(nlp):
    doc = nlp("The worst affected districts are Tain, Wenchi, Kintampo and the Nkoranza South, all in the region.")
    sent = next(iter(doc.sents))
    last = next(e for e in doc.ents if e.text.endswith("Nkoranza South"))
    assert not usable_answer(last, sent)  # any of the region's other districts fits the blank as well


def test_a_list_of_named_things_is_no_blank_whichever_labels_the_tagger_mixed(nlp):
    doc = nlp("Strikes hit the Ford Motor Company, Harrods and Heathrow Airport on Monday.")
    sent = next(iter(doc.sents))
    named = [e for e in doc.ents if e.label_ != "DATE"]
    assert len(named) == 3 and not any(usable_answer(e, sent) for e in named)  # companies and an airport
