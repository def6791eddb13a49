"""Noun-phrase blanks on hand-parsed Docs (heads and dependency labels written out): no model load."""
import pytest
import spacy
from spacy.tokens import Doc

from quizgen.phrases import noun_phrases
from quizgen.select import usable_phrase


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parsed(vocab, tokens: list[tuple[str, int, str]], ents: list[str] | None = None) -> Doc:
    """A one-sentence Doc from (word, head index, dependency label) triples; `ents` in IOB form."""
    words = [w for w, _h, _d in tokens]
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ","} for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, heads=[h for _w, h, _d in tokens],
               deps=[d for _w, _h, d in tokens], ents=ents)


# "The two towns pledged mutual assistance in the event of a flood ."
PLEDGE = [("The", 2, "det"), ("two", 2, "nummod"), ("towns", 3, "nsubj"), ("pledged", 3, "ROOT"),
          ("mutual", 5, "amod"), ("assistance", 3, "dobj"), ("in", 3, "prep"), ("the", 8, "det"),
          ("event", 6, "pobj"), ("of", 8, "prep"), ("a", 11, "det"), ("flood", 9, "pobj"), (".", 3, "punct")]


def test_an_object_with_its_adjective_is_a_phrase_blank(vocab):
    doc = parsed(vocab, PLEDGE)
    assert [p.text for p in noun_phrases(doc[:])] == ["mutual assistance"]


def test_a_bare_noun_or_a_vague_head_is_no_blank(vocab):
    # "event" and "flood" stand alone (one word); "towns" is modified by a number.
    doc = parsed(vocab, PLEDGE)
    assert all(len(p) >= 2 for p in noun_phrases(doc[:]))
    vague = parsed(vocab, [("The", 1, "det"), ("council", 2, "nsubj"), ("took", 2, "ROOT"), ("a", 5, "det"),
                           ("long", 5, "amod"), ("time", 2, "dobj"), (".", 2, "punct")])
    assert list(noun_phrases(vague[:])) == []
    abstract = parsed(vocab, [("The", 1, "det"), ("texts", 2, "nsubj"), ("show", 2, "ROOT"), ("the", 5, "det"),
                              ("fragmentary", 5, "amod"), ("nature", 2, "dobj"), (".", 2, "punct")])
    assert list(noun_phrases(abstract[:])) == []  # "the _____ of the sources": an abstract head asks nothing
    toll = parsed(vocab, [("The", 2, "det"), ("death", 2, "compound"), ("toll", 3, "nsubj"), ("rose", 3, "ROOT"),
                          (".", 3, "punct")])
    assert list(noun_phrases(toll[:])) == []  # "If the _____ tops 300": the words around it spell "death toll"
    media = parsed(vocab, [("Relatives", 1, "nsubj"), ("pleaded", 1, "ROOT"), ("on", 1, "prep"), ("social", 4, "amod"),
                           ("media", 2, "pobj"), (".", 1, "punct")])
    assert list(noun_phrases(media[:])) == []  # "pleading on _____ for help": "social media", said everywhere


def test_determiners_stay_outside_the_blank_and_compounds_inside(vocab):
    doc = parsed(vocab, [("The", 1, "det"), ("council", 2, "nsubj"), ("approved", 2, "ROOT"), ("the", 6, "det"),
                         ("coastal", 6, "amod"), ("harbour", 6, "compound"), ("plan", 2, "dobj"), (".", 2, "punct")])
    assert [p.text for p in noun_phrases(doc[:])] == ["coastal harbour plan"]


@pytest.mark.parametrize("adjective", ["new", "controversial", "recent", "major", "successful", "previous", "high"])
def test_an_opinion_or_timing_adjective_makes_no_blank(vocab, adjective):
    # "the council approved the ___ (new harbour plan)": many answers would fit.
    doc = parsed(vocab, [("The", 1, "det"), ("council", 2, "nsubj"), ("approved", 2, "ROOT"), ("the", 6, "det"),
                         (adjective, 6, "amod"), ("harbour", 6, "compound"), ("plan", 2, "dobj"), (".", 2, "punct")])
    assert list(noun_phrases(doc[:])) == []


def test_a_phrase_holding_a_named_entity_is_left_to_the_entity(vocab):
    doc = parsed(vocab, [("The", 1, "det"), ("council", 2, "nsubj"), ("approved", 2, "ROOT"), ("the", 5, "det"),
                         ("Oslo", 5, "compound"), ("plan", 2, "dobj"), (".", 2, "punct")],
                 ents=["O", "O", "O", "O", "B-GPE", "O", "O"])
    assert list(noun_phrases(doc[:])) == []


def test_a_phrase_whose_word_recurs_in_the_sentence_is_given_away(vocab):
    # "... pledged mutual assistance and promised to assist ..." : "assist" spells half the answer.
    doc = parsed(vocab, [("Both", 1, "nsubj"), ("pledged", 1, "ROOT"), ("mutual", 3, "amod"),
                         ("assistance", 1, "dobj"), ("and", 1, "cc"), ("promised", 1, "conj"), ("to", 7, "aux"),
                         ("assist", 5, "xcomp"), (".", 1, "punct")])
    phrase = next(noun_phrases(doc[:]))
    assert phrase.text == "mutual assistance"
    assert not usable_phrase(phrase, doc[:])


def test_a_phrase_inside_a_quotation_is_not_a_fact(vocab):
    doc = parsed(vocab, [("He", 1, "nsubj"), ("promised", 1, "ROOT"), ("“", 4, "punct"), ("total", 4, "amod"),
                         ("victory", 1, "dobj"), ("”", 4, "punct"), ("to", 1, "prep"), ("voters", 6, "pobj"),
                         (".", 1, "punct")])
    phrase = next(noun_phrases(doc[:]))
    assert not usable_phrase(phrase, doc[:])


def test_a_fair_phrase_is_usable(vocab):
    doc = parsed(vocab, PLEDGE)
    assert usable_phrase(next(noun_phrases(doc[:])), doc[:])


@pytest.mark.parametrize("modifier, head", [("prime", "minister"), ("head", "coach"), ("central", "bank"),
                                            ("riot", "police"), ("lower", "house")])
def test_a_role_or_a_stock_office_makes_no_blank(vocab, modifier, head):
    # "Norland's ___ (prime minister) will keep leading his coalition": any reader would guess it
    doc = parsed(vocab, [("Norland", 3, "poss"), ("’s", 0, "case"), (modifier, 3, "amod"), (head, 4, "nsubj"),
                         ("spoke", 4, "ROOT"), (".", 4, "punct")], ents=["B-GPE", "O", "O", "O", "O", "O"])
    assert list(noun_phrases(doc[:])) == []


def test_a_superlative_makes_no_blank(vocab):
    # "securing the ___ (highest win)": the superlative is a judgement, and many phrases would fit
    doc = parsed(vocab, [("The", 1, "det"), ("party", 2, "nsubj"), ("secured", 2, "ROOT"), ("the", 5, "det"),
                         ("highest", 5, "amod"), ("win", 2, "dobj"), (".", 2, "punct")])
    assert list(noun_phrases(doc[:])) == []


def test_an_opinion_of_scale_makes_no_blank(vocab):
    # "giving politicians ___ (unprecedented power)": the judgement is half the blank
    doc = parsed(vocab, [("It", 1, "nsubj"), ("gave", 1, "ROOT"), ("them", 1, "dative"), ("unprecedented", 4, "amod"),
                         ("power", 1, "dobj"), (".", 1, "punct")])
    assert list(noun_phrases(doc[:])) == []


@pytest.mark.parametrize("adjective", ["early", "scheduled"])
def test_a_timing_word_makes_no_blank_either(vocab, adjective):
    # "The ___ (early election) was held on June 28": the timing is no fact to recall
    doc = parsed(vocab, [("The", 2, "det"), (adjective, 2, "amod"), ("election", 3, "nsubjpass"), ("was", 3, "auxpass"),
                         ("held", 3, "ROOT"), (".", 3, "punct")])
    assert list(noun_phrases(doc[:])) == []


@pytest.mark.parametrize("modifier", [
    [("potentially", 5, "advmod"), ("disastrous", 6, "amod")],  # an adverb: an opinion, not a fact
    [("record", 6, "npadvmod"), ("-", 6, "punct"), ("setting", 7, "amod")],  # "record-setting": a description
    [("reported", 5, "amod")],  # "a reported ___": hedging, not the thing
])
def test_a_hedged_or_described_phrase_is_no_blank(vocab, modifier):
    flood = 4 + len(modifier)
    tokens = [("The", 1, "det"), ("town", 2, "nsubj"), ("feared", 2, "ROOT"), ("a", flood, "det")]
    tokens += modifier + [("flood", 2, "dobj"), (".", 2, "punct")]
    doc = parsed(vocab, tokens)
    assert [p.text for p in noun_phrases(doc[:])] == []


def test_a_phrase_of_more_than_four_words_is_no_blank(vocab):
    tokens = [("They", 1, "nsubj"), ("met", 1, "ROOT"), ("the", 8, "det"), ("junta", 5, "npadvmod"), ("-", 5, "punct"),
              ("appointed", 8, "amod"), ("foreign", 8, "amod"), ("affairs", 8, "compound"), ("ministry", 1, "dobj"),
              (".", 1, "punct")]
    assert [p.text for p in noun_phrases(parsed(vocab, tokens)[:])] == []


def test_an_adjective_ending_in_ly_is_no_adverb(vocab):
    tokens = [("The", 2, "det"), ("deadly", 2, "amod"), ("earthquake", 3, "nsubj"), ("destroyed", 3, "ROOT"),
              ("homes", 3, "dobj"), (".", 3, "punct")]
    assert [p.text for p in noun_phrases(parsed(vocab, tokens)[:])] == ["deadly earthquake"]
