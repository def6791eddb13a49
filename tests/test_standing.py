"""Standing alone: which sentences make a question without their neighbours, what is dropped or resolved at
their start, the attribution trimmed from their end, and the sentence before shown as context."""
import pytest
import spacy

from quizgen.models import Fact
from quizgen.standing import attribution_tail, opening

from .handmade import make


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def test_a_plain_statement_stands_alone(vocab):
    doc = make(vocab, "The council in Oslo approved the harbour plan on Monday after a long debate.", [("Oslo", "GPE")])
    assert opening(next(iter(doc.sents)), None) is True


@pytest.mark.parametrize("text", [
    "He said the council would approve the harbour plan next year without delay.",
    "They said the council would approve the harbour plan next year without delay.",
    "Will the council in Oslo approve the harbour plan after a long debate?",
    "the council in Oslo approved the harbour plan after a long debate and a vote.",
    "Oslo approved it.",
    "The pair then signed the harbour plan in Oslo after a long debate.",
    "We approved the harbour plan in Oslo after a very long debate.",
    "Watch a preview of the film The council in Oslo approved the harbour plan after a debate.",  # link text
    "The plan was approved after a long debate in Oslo, said the harbour office's spokesman Sgt.",  # cut short
    "Mayor Anna Berg of Oslo In the harbour district, the council approved the plan after a debate.",  # caption
    "Thursday, May 7, 2015 On Tuesday, the council in Oslo approved the harbour plan after a debate.",  # dateline
    "Three races are worth watching this week: • Oslo mayor: Anna Berg is the projected winner.",  # a list
    "Mayor Anna Berg said ‘‘Oslo celebrates, because the harbour plan is finally approved.",  # a quotation left open
    "No 1’s eighth title this year put her fifth on the all-time list of Oslo winners.",  # of "the World No 1's"
])
def test_sentences_that_need_their_neighbours_are_skipped(vocab, text):
    doc = make(vocab, text, [])
    assert opening(next(iter(doc.sents)), None) is False


def test_a_leading_connective_is_dropped_from_the_prompt(vocab):
    doc = make(vocab, "But the council in Oslo approved the harbour plan after a long debate.", [("Oslo", "GPE")])
    assert opening(next(iter(doc.sents)), None) == (4, "")
    doc = make(vocab, "So far , no group has claimed the attack on the harbour in Oslo.", [("Oslo", "GPE")])
    assert opening(next(iter(doc.sents)), None) is True  # "So far" is no connective: "Far, no group" is no English
    doc = make(vocab, "Rather , the council in Oslo approved the harbour plan after a long debate.", [("Oslo", "GPE")])
    assert opening(next(iter(doc.sents)), None) == (len("Rather, "), "")
    doc = make(vocab, "Rather than wait , the council in Oslo approved the harbour plan after a debate.", [("Oslo", "GPE")])
    assert opening(next(iter(doc.sents)), None) is True  # only with a comma: "Than wait" is no English


def test_he_is_resolved_to_the_previous_sentences_only_person(vocab):
    prev = make(vocab, "Mayor Anna Berg opened the new harbour in Oslo on a windy morning.", [("Anna Berg", "PERSON")])
    doc = make(vocab, "He said the council would approve the harbour plan next year without delay.", [])
    assert opening(next(iter(doc.sents)), next(iter(prev.sents))) == (2, "[Anna Berg]")
    two = make(vocab, "Anna Berg met Ola Dahl at the new harbour in Oslo on a windy morning.",
               [("Anna Berg", "PERSON"), ("Ola Dahl", "PERSON")])
    assert opening(next(iter(doc.sents)), next(iter(two.sents))) is False  # no subject parse: unclear


@pytest.mark.parametrize("text, head", [
    ("The roof of the new cement factory collapsed on Thursday in the south, police said.",
     "The roof of the new cement factory collapsed on Thursday in the south"),
    ("The harbour plan will cost the city four million kroner over ten years, according to the council.",
     "The harbour plan will cost the city four million kroner over ten years"),
    ("The harbour plan will cost the city four million kroner over ten years, the mayor told reporters.",
     "The harbour plan will cost the city four million kroner over ten years"),
])
def test_a_trailing_attribution_is_trimmed_from_the_prompt(text, head):
    assert text[:attribution_tail(text)] == head
    fact = Fact(sentence=text, answer="Thursday" if "Thursday" in text else "ten years",
                answer_start=text.index("Thursday" if "Thursday" in text else "ten years"), label="DATE", score=1.0,
                tail=attribution_tail(text))
    assert fact.prompt.endswith("_____ in the south.") or fact.prompt.endswith("over _____.")


@pytest.mark.parametrize("text", [
    "“We will finish the harbour plan before the winter comes,” the mayor said.",  # the quotation is the claim
    "The plan failed, officials said.",  # too little left to be a statement
    "The harbour plan will cost the city four million kroner over ten years and more.",
])
def test_no_attribution_to_trim(text):
    assert attribution_tail(text) is None


def test_an_answer_inside_the_attribution_keeps_it():
    text = "The roof of the new cement factory collapsed on Thursday in the south, Oslo police said."
    fact = Fact(sentence=text, answer="Oslo", answer_start=text.index("Oslo"), label="GPE", score=1.0,
                tail=attribution_tail(text))
    assert fact.prompt == text.replace("Oslo", "_____")


@pytest.mark.parametrize("before, shown", [
    ("Think again.", False),
    ("Video: Miharris & Acphillips.", False),
    ("The harbour has been closed to ships for most of the winter.", True),
])
def test_only_a_sentence_of_some_length_is_context(nlp, before, shown):
    from quizgen.select import candidate_facts

    doc = nlp(before + " The council in Oslo approved the harbour plan after a long debate in March 2024.")
    facts = [f for f in candidate_facts(doc) if f.sentence.startswith("The council")]
    assert facts, "the test needs a fact in the second sentence"
    assert all((f.context == before) is shown and (f.context is None) is not shown for f in facts)
