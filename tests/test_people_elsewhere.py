"""People from other stories and from quizgen's lists as wrong options: someone of no stated country is taken
to be of the country their story names first. No model load."""
import random

import pytest

from quizgen.distractors import choose
from quizgen.generate import Parsed, pool_of
from quizgen.models import Article, Fact


def fact(sentence: str, answer: str, label: str = "PERSON") -> Fact:
    return Fact(sentence=sentence, answer=answer, answer_start=sentence.index(answer), label=label, score=1.0)


def parsed(entities, traits=(), countries=()) -> Parsed:
    return Parsed(Article(id="a", source="a.txt", text="x"), (), tuple(entities), tuple(traits), tuple(countries))


def test_the_pool_takes_someone_of_no_stated_country_for_one_of_the_storys_first_country():
    pool = pool_of([parsed([("Peruvian", "NORP"), ("Dina Ortal", "PERSON"), ("Spanish", "NORP"),
                            ("Ana Vell", "PERSON")], [("Ana Vell", "from:chile")], ["peru", "spain"])])
    assert pool["PERSON/story:peru"] == ["Dina Ortal"]  # Ana Vell is said to be Chilean: nothing is assumed


def test_someone_from_a_story_set_in_another_part_of_the_world_is_no_lure():
    s = "Prosecutors said the minister promised to help Marc Aubert get a job in exchange for information."
    other = ["Dina Ortal", "Luis Pardo", "Rosa Quispe"]  # a Peruvian story's lawyers
    pool = {"PERSON": other, "PERSON/sphere:judiciary": other, "PERSON/role:lawyer": other,
            "PERSON/story:peru": other}
    traits = [("Marc Aubert", "role:judge"), ("Marc Aubert", "sphere:judiciary"), ("Marc Aubert", "from:france")]
    article = [("France", "GPE"), ("Marc Aubert", "PERSON"), ("Paul Tessier", "PERSON"), ("Anne Roux", "PERSON"),
               ("Yves Morel", "PERSON")]
    for seed in range(3):
        wrong = choose(fact(s, "Marc Aubert"), article=article, pool=pool, rng=random.Random(seed), traits=traits)
        assert not set(wrong) & set(other)
    del pool["PERSON/story:peru"]  # of no known story, a fellow lawyer may be offered
    wrong = choose(fact(s, "Marc Aubert"), article=article[:2], pool=pool, rng=random.Random(0), traits=traits)
    assert set(wrong) & set(other)


@pytest.mark.parametrize("sentence, answer, traits, article, never", [
    # a known person of another part of the world: Peru's vice president gets no Kamala Harris
    ("Fluent in Quechua, Dina Ortal was elected vice president on the ticket that brought Castillo to power.",
     "Dina Ortal", [("Dina Ortal", "role:vice-president"), ("Dina Ortal", "sphere:government")],
     [("Peru", "GPE"), ("Dina Ortal", "PERSON"), ("Castillo", "PERSON")],
     {"Kamala Harris", "Mike Pence", "Joe Biden", "JD Vance"}),
    # an official of no stated country, in a prompt naming the story's country, gets compatriots only
    ("Dutch parties began coalition talks after Prime Minister Jan Velde's party easily won the election.",
     "Jan Velde", [("Jan Velde", "role:prime-minister"), ("Jan Velde", "sphere:head")],
     [("Netherlands", "GPE"), ("Dutch", "NORP"), ("Jan Velde", "PERSON")],
     {"David Cameron", "Theresa May", "Keir Starmer", "Boris Johnson", "Tony Blair"}),
])
def test_a_known_person_the_story_rules_out_is_no_lure(sentence, answer, traits, article, never):
    for seed in range(3):
        wrong = choose(fact(sentence, answer), article=article, pool={}, rng=random.Random(seed), traits=traits)
        assert not set(wrong) & never


def test_someone_of_no_stated_office_is_still_of_the_storys_country():
    # a Guinean opposition leader had been offered two Australian party leaders from another story of the run
    s = "Everybody knows this election was a masquerade, Sekou Balde said in a statement on Monday."
    far = ["Julia Gill", "John Howe"]
    pool = {"PERSON": far, "PERSON/role:leader": far, "PERSON/story:australia": far}
    traits = [("Sekou Balde", "role:leader"), ("Julia Gill", "role:leader"), ("John Howe", "role:leader")]
    article = [("Guinea", "GPE"), ("Sekou Balde", "PERSON"), ("Alpha Kone", "PERSON")]
    for seed in range(3):
        wrong = choose(fact(s, "Sekou Balde"), article=article, pool=pool, rng=random.Random(seed), traits=traits,
                       countries=("guinea",))
        assert not set(wrong) & set(far)


def test_a_head_of_government_gets_compatriot_heads_of_state_before_foreign_ones_of_the_same_title():
    from quizgen.likeness import person_score

    khan = frozenset({"role:prime-minister", "sphere:head", "from:pakistan"})
    musharraf = frozenset({"role:president", "sphere:head", "from:pakistan"})
    modi = frozenset({"role:prime-minister", "sphere:head", "from:india"})
    assert person_score(khan, musharraf) > person_score(khan, modi)


def test_a_title_and_a_name_in_one_span_is_no_option():
    s = "Electoral officials declared Hakim Banda the winner on Monday, with 2.8 million votes."
    article = [("Hakim Banda", "PERSON"), ("Spokesperson Esther Mwale", "PERSON"), ("Edgar Lungo", "PERSON"),
               ("Esau Chola", "PERSON")]
    for seed in range(3):
        wrong = choose(fact(s, "Hakim Banda"), article=article, pool={}, rng=random.Random(seed))
        assert "Spokesperson Esther Mwale" not in wrong


def test_someone_of_no_known_office_from_another_country_is_no_lure_for_an_officeholder():
    from quizgen.likeness import alike_elsewhere

    deputy = frozenset({"role:deputy", "gender:m", "from:kenya"})
    assert not alike_elsewhere(deputy, frozenset({"from:south africa"}))  # a footballer the story only named
    assert alike_elsewhere(deputy, frozenset({"role:deputy", "from:uganda"}))


def test_asia_is_four_parts_of_the_world():
    from quizgen.likeness import worlds_apart

    def apart(a: str, b: str) -> bool:
        return worlds_apart(frozenset({f"from:{a}"}), frozenset({f"from:{b}"}))

    assert apart("uzbekistan", "india") and apart("uzbekistan", "philippines")  # no Tamil Nadu minister
    assert not apart("china", "japan") and not apart("kazakhstan", "uzbekistan")
    assert not apart("united kingdom", "greece") and apart("united states", "brazil")


def test_a_leader_is_offered_only_in_the_years_they_could_be_in_the_news():
    from quizgen.plausible import of_its_time

    assert not of_its_time("Javier Milei", "2010-05-01") and of_its_time("Javier Milei", "2024-05-01")
    assert not of_its_time("Nelson Mandela", "2020-01-01") and of_its_time("Nelson Mandela", "1995-01-01")
    assert of_its_time("Castro", "2015-01-01") and of_its_time("Castro", "1990-01-01")  # Fidel's years and Raul's
    assert of_its_time("Javier Milei", None) and of_its_time("Ann Berg", "1990-01-01")
    s = "President Hugo Chavez said on Sunday that the oil company would be nationalised."
    for seed in range(5):
        wrong = choose(fact(s, "Hugo Chavez", "PERSON"), article=[], pool={}, rng=random.Random(seed),
                       published="2007-01-01")
        assert len(wrong) == 3 and all(of_its_time(w, "2007-01-01") for w in wrong), wrong  # no Maduro, no Bukele


def test_a_nickname_cut_inside_its_quotes_gives_no_surname_to_offer():
    s = "Marsh set a tentative sentencing date for June 25."
    article = [("Alma Marsh", "PERSON"), ('Ramón "El Toro', "PERSON"), ("Vidal Ortega", "PERSON"),
               ("Nina Pell", "PERSON"), ("Dario Fenn", "PERSON")]
    for seed in range(5):
        wrong = choose(fact(s, "Marsh"), article=article, pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and "Toro" not in wrong, wrong  # Toro and Ortega would be one man twice
