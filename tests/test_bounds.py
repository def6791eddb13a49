"""Where a blank's name begins and ends (quizgen/bounds.py): whole names, never half of one, never a title's piece.
Sentences are written for these tests; rules that read the parse use the model."""
import pytest
import spacy
from spacy.tokens import Doc

from quizgen.bounds import answer_span
from quizgen.select import usable_answer

from .handmade import make


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def test_possessive_is_not_part_of_the_answer(vocab):
    doc = make(vocab, "The plan raised concerns about North Korea’s weapons program in the region.",
               [("North Korea ’s", "GPE")])
    assert answer_span(doc.ents[0]).text == "North Korea"


def test_a_percent_sign_is_part_of_the_answer(vocab):
    words = ["Yields", "fell", "by", "10", "%", "in", "the", "model", "."]
    doc = Doc(vocab, words=words, spaces=[True, True, True, False, True, True, True, False, False])
    doc.ents = [doc.char_span(doc[3].idx, doc[4].idx + 1, label="PERCENT")]
    assert answer_span(doc.ents[0]).text == "10%"


@pytest.mark.parametrize("text, ents, usable", [
    ("Yesterday Grand Leader Tomas Oruvo opened the new harbour bridge at Lake Vell.",
     [("Grand", "ORG"), ("Tomas Oruvo", "PERSON")], [True, True]),  # "Grand" is no role word
    ("Yesterday Supreme Leader Tomas Oruvo opened the new harbour bridge at Lake Vell.",
     [("Supreme", "ORG"), ("Tomas Oruvo", "PERSON")], [False, True]),
    ("The Secretary of State Mira Olund opened the new harbour bridge at Lake Vell.",
     [("State", "ORG"), ("Mira Olund", "PERSON")], [False, True]),
    ("Emeritus Professor Tomas Oruvo opened the new harbour bridge at Lake Vell.",
     [("Emeritus", "ORG"), ("Tomas Oruvo", "PERSON")], [False, True]),
    ("The college beat Duke , Marlow and Kent in the spring rowing cup at Lake Vell.",
     [("Duke", "ORG"), ("Lake Vell", "LOC")], [True, True]),
    ("The patient said Dr. Deputy told her mother to rest for three more weeks.",
     [("Deputy", "PERSON"), ("three more weeks", "DATE")], [True, False]),
])
def test_a_piece_of_a_title_is_no_blank(vocab, text, ents, usable):
    doc = make(vocab, text, ents)
    sent = next(iter(doc.sents))
    assert [usable_answer(e, sent) for e in doc.ents] == usable


@pytest.mark.parametrize("text, usable", [
    ("The airline sacked flight attendant Kim Do-hee after the row on the plane.", False),
    ("The novel was drawn by illustrator Johnnie Christmas over two long summers.", False),
    ("The airline sacked flight attendant Kim after the row on the plane.", True),
    ("The airline sacked flight attendant Kim Tuesday after the row on the plane.", True),
])
def test_a_blank_never_holds_half_a_name(vocab, text, usable):
    doc = make(vocab, text, [(text.split()[5] if "Kim" in text else "Johnnie", "PERSON")])
    assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable


def test_a_role_word_before_a_name_is_not_part_of_the_answer(vocab):
    doc = make(vocab, "Broadcaster Dale Hall will not give evidence from the witness box this week.",
               [("Broadcaster Dale Hall", "ORG")])
    assert answer_span(doc.ents[0]).text == "Dale Hall"
    for name, label in [("General Motors Korea", "ORG"), ("Cardinal Health Group", "ORG"),
                        ("King Abdullah University", "ORG"), ("Prince William Sound", "PERSON")]:
        doc = make(vocab, f"The {name} will close its office in the port city this week.", [(name, label)])
        assert answer_span(doc.ents[0]).text == name  # a title that also names places and bodies stays


def test_an_honorific_is_left_outside_the_blank(vocab):
    doc = make(vocab, "Ms Rousseff lost the vote in the lower house on Sunday night.", [("Ms Rousseff", "PERSON")])
    assert answer_span(doc.ents[0]).text == "Rousseff"


@pytest.mark.parametrize("text, answer, usable", [
    ("The UN Office for the Coordination of Humanitarian Affairs said 24 people had died.", "UN Office", False),
    ("The UN Office for the Coordination of Humanitarian Affairs said 24 people had died.", "Affairs", False),
    ("The Ministry of Defence said on Monday that 24 soldiers had died in the attack.", "Defence", True),
    ("Named Vessaurus ortelii, the dinosaur measured about four metres from snout to tail.", "Vessaurus", False),
    ("The UN Office said on Monday that 24 people had died in the storm.", "UN Office", True),
    ("The storm, named Harvey by forecasters, hit the coast of Texas on Friday night.", "Harvey", True),
    ("The European Commission on Friday fined the company for breaking competition rules.", "European Commission",
     True),
])
def test_the_start_of_a_longer_name_is_no_blank(nlp, text, answer, usable):
    doc = nlp(text)
    ent = next(e for e in doc.ents if e.text.endswith(answer))
    assert usable_answer(ent, next(iter(doc.sents))) is usable


@pytest.mark.parametrize("words, heads, deps, ents, answer, label", [
    # "Almost 350,000 measles cases were reported .": the tagger took "measles" for a unit
    (["Almost", "350,000", "measles", "cases", "were", "reported", "."], [1, 3, 3, 5, 5, 5, 5],
     ["advmod", "nummod", "compound", "nsubjpass", "auxpass", "ROOT", "punct"],
     ["B-QUANTITY", "I-QUANTITY", "I-QUANTITY", "O", "O", "O", "O"], "Almost 350,000", "CARDINAL"),
    (["A", "50", "metre", "section", "fell", "."], [3, 2, 3, 4, 4, 4],
     ["det", "nummod", "compound", "nsubj", "ROOT", "punct"],
     ["O", "B-QUANTITY", "I-QUANTITY", "O", "O", "O"], "50 metre", "QUANTITY"),
])
def test_a_count_keeps_its_unit_but_not_the_noun_it_counts(vocab, words, heads, deps, ents, answer, label):
    doc = Doc(vocab, words=words, heads=heads, deps=deps, ents=ents)
    span = answer_span(doc.ents[0])
    assert (span.text, span.label_) == (answer, label)


@pytest.mark.parametrize("text, usable", [
    ("Orji Uzor Kalu was convicted in Lagos of misappropriating 7.2 billion naira.", False),
    ("Labour MP Diane Abbott said the plan for the harbour was sound.", True),
    ("Yesterday Kalu said the plan for the harbour was sound.", True),
    ("Pilot Roger Peterson also died in the crash of the small plane near the airport.", True),
])
def test_a_blank_never_holds_a_name_without_its_first_word(nlp, text, usable):
    doc = nlp(text)
    ent = next(e for e in doc.ents if e.label_ == "PERSON")
    assert usable_answer(ent, next(iter(doc.sents))) is usable


@pytest.mark.parametrize("text, ents, usable", [
    ("The tests prove that the remains belong to the King .", [("King", "LOC")], [False]),
    ("Pistorius sat for a few minutes before leaving Court room GD .", [("Court", "ORG")], [False]),
    ("The bill was passed by Parliament on Monday after a long debate .", [("Parliament", "ORG")], [True]),
])
def test_a_title_or_a_kind_of_body_alone_is_no_name(vocab, text, ents, usable):
    doc = make(vocab, text, ents)
    assert [usable_answer(e, next(iter(doc.sents))) for e in doc.ents] == usable


@pytest.mark.parametrize("text, ents, usable", [
    ("The federation president , Tomas Oruvo Velde said in a statement on Tuesday .",
     [("Tomas Oruvo", "PERSON"), ("Velde", "ORG"), ("Tuesday", "DATE")], False),  # half of one name
    ("The federation , Tomas Oruvo said , met Velde Holdings on Tuesday .",
     [("Tomas Oruvo", "PERSON"), ("Velde Holdings", "ORG"), ("Tuesday", "DATE")], True),
])
def test_a_name_the_tagger_split_is_no_blank(vocab, text, ents, usable):
    doc = make(vocab, text, ents)
    assert usable_answer(doc.ents[1], next(iter(doc.sents))) is usable


@pytest.mark.parametrize("text, usable", [
    ("Citing official sources , Digi 24 reported that the vote was annulled .", False),
    ("The probe was launched after Channel 4 aired the film in May .", False),
    ("The court said 24 people were arrested in May .", True),
    ("The vote was held on May 24 in the capital .", True),
])
def test_a_number_that_is_part_of_a_name_is_no_blank(vocab, text, usable):
    doc = make(vocab, text, [("24" if "24" in text else "4", "CARDINAL"), ("May", "DATE")])
    assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable


def test_a_leading_quotation_mark_is_not_part_of_the_answer(vocab):
    words = ["exiled", "by", "the", '"', "People", "Power", '"', "revolt", "."]
    doc = Doc(vocab, words=words, spaces=[True, True, True, False, True, False, True, False, False])
    doc.ents = [doc.char_span(doc[3].idx, doc[5].idx + len("Power"), label="ORG")]
    assert answer_span(doc.ents[0]).text == "People Power"


@pytest.mark.parametrize("text, ents, k", [
    ("The floods affected 2.1 million people in Rio Grande do Sul in May .", [("Rio Grande", "GPE")], 0),
    ("The crowd cheered Luiz Lula da Silva at the rally in Brasilia in May .", [("Silva", "PERSON")], 0),
    ("Rains may return in Porto Alegre ( Rio Grande do Sul ’s capital ) in May .", [("Porto Alegre ( Rio Grande", "GPE")],
     0),
])
def test_half_a_name_past_a_particle_or_a_bracket_is_no_blank(vocab, text, ents, k):
    doc = make(vocab, text, ents)
    assert not usable_answer(doc.ents[k], next(iter(doc.sents)))


@pytest.mark.parametrize("text, ents, usable", [
    ("The latest challenge is that his Home Minister was involved in irregularities in May .", [("Home", "ORG")], False),
    ("Yesterday Japanese Foreign Minister Taro Kano met reporters in May .", [("Japanese", "NORP")], True),
])
def test_a_portfolio_before_minister_is_no_blank(vocab, text, ents, usable):
    doc = make(vocab, text, ents + [("May", "DATE")])
    assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable


@pytest.mark.parametrize("text, name, usable", [
    ("A late goal won Palmeiras the Copa Libertadores on Saturday night .", "Palmeiras the Copa Libertadores", False),
    ("Aid reached the Democratic Republic of the Congo on Saturday night .", "Democratic Republic of the Congo", True),
])
def test_two_names_run_together_across_the_are_no_blank(vocab, text, name, usable):
    doc = make(vocab, text, [(name, "ORG" if usable is False else "GPE")])
    assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable


@pytest.mark.parametrize("text, ents, usable", [
    ("Steve Price spoke on the radio show Australia Today about the floods in Lismore .",
     [("Australia", "GPE"), ("Lismore", "GPE")], False),  # a programme's title
    ("The storm hit Australia on Tuesday and moved towards Lismore .", [("Australia", "GPE"), ("Lismore", "GPE")], True),
    ("The storm hit Australia Tuesday and moved towards Lismore .", [("Australia", "GPE"), ("Lismore", "GPE")], True),
    ("Crucially Chad also neighbours Libya and Sudan , which have faced unrest .",
     [("Crucially Chad", "GPE"), ("Libya", "GPE")], False),  # an adverb the tagger ran into the name
])
def test_a_place_that_runs_into_a_title_or_an_adverb_is_no_blank(vocab, text, ents, usable):
    doc = make(vocab, text, ents)
    assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable
