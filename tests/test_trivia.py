"""Blanks that ask trivia: who kicked or scored one moment of a match, the score along the way, half a score,
someone's age.
Sentences are written for these tests."""
from quizgen.rank import profile
from quizgen.select import LEAD_SENTENCES, gaps

STORY = ("Fiji beat Samoa 39-29 on Saturday to win the Pacific cup in Suva. Fiji led from the start. "
         "Samoa never gave up. The crowd was loud. Tavita Lemoe slotted a penalty to put Fiji 10-0 up before the break. "
         "Samoa fought back with two more penalties to make it 17-9 at half-time.")


def _answers(nlp, text):
    doc = nlp(text)
    prof = profile(doc)
    return {i: [ent.text for ent, _label in gaps(sent, prof, index=i)] for i, sent in enumerate(doc.sents)}


def test_a_minor_player_and_the_score_along_the_way_are_no_blanks(nlp):
    answers = _answers(nlp, STORY)
    assert "39-29" in answers[0]  # the result, in the lead
    late = [a for i, found in answers.items() if i >= LEAD_SENTENCES for a in found]
    assert "Tavita Lemoe" not in late and "17-9" not in late  # who kicked, and the half-time score
    assert "10" not in late  # half of "10-0"


def test_an_age_set_off_by_commas_is_no_blank(nlp):
    text = ("Captain Rosa Delgado, 45, led the crews into the burning town on Friday. "
            "Delgado said 27 homes were lost and 45 families were moved to the school.")
    answers = [a for found in _answers(nlp, text).values() for a in found]
    assert answers.count("45") <= 1 and "27" in answers  # the families' count stays, her age goes
    doc = nlp(text)
    first = next(doc.sents)
    assert "45" not in [ent.text for ent, _label in gaps(first, profile(doc), index=0)]


def test_a_one_word_name_is_a_person_s_where_written_after_a_first_name_a_title_or_an_office():
    from quizgen.plausible import called_a_person
    assert called_a_person("Carlsen", "Magnus Carlsen won again.")
    assert called_a_person("Blagojevich", "Gov. Blagojevich spoke.")
    assert called_a_person("Thaksin", "The former premier Thaksin flew home.")
    assert not called_a_person("Gonen", "It was Sunday. Gonen was taken from the festival.")
    assert not called_a_person("Alfred", "Cyclone Alfred blacked out homes.")
    from quizgen.plausible import maybe_no_person
    assert not maybe_no_person("Booker", [("Cory Booker", "PERSON")], "Booker spoke.")  # a senator, not the prize
    assert maybe_no_person("Oscar", [("Oscar", "PERSON")], "She won the best director Oscar.")


def test_where_a_passer_by_lives_whose_sources_said_it_and_an_age_in_decades_are_no_blanks(nlp):
    from quizgen.trivia import age_aside, passer_by_home, sources_of

    from .handmade import make
    doc = make(nlp.vocab, "Porto resident Ana Lima said the water rose .", [("Porto", "GPE"), ("Ana Lima", "PERSON")])
    prof = profile(doc)
    assert passer_by_home(doc.ents[0], "GPE", prof)
    doc = make(nlp.vocab, "Marta Reis from Braga said she saw it .", [("Marta Reis", "PERSON"), ("Braga", "GPE")])
    assert passer_by_home(doc.ents[1], "GPE", profile(doc))
    doc = make(nlp.vocab, "Floods hit Braga on Monday .", [("Braga", "GPE")])
    assert not passer_by_home(doc.ents[0], "GPE", profile(doc))  # the place the story is about
    doc = make(nlp.vocab, "Residents and Red Cross sources said homes were lost .", [("Red Cross", "ORG")])
    assert sources_of(doc.ents[0], "ORG")
    doc = make(nlp.vocab, "A woman in her 40s was taken to hospital .", [("40s", "DATE")])
    assert age_aside(doc.ents[0], "DATE")
