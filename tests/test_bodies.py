"""Wrong options for organisations: a body of the same kind and field, never an outlet, a word for any
legislature, another country's party or the answer's own initials. No model load."""
import random

import pytest

from quizgen.distractors import choose
from quizgen.models import Fact
from quizgen.orgs import field_of


def fact(sentence: str, answer: str, label: str) -> Fact:
    return Fact(sentence=sentence, answer=answer, answer_start=sentence.index(answer), label=label, score=1.0)


def test_an_organisation_whose_name_says_its_field_gets_that_field():
    f = fact("Shares of Norland Bank fell 83 cents in Wednesday morning trading.", "Norland Bank", "ORG")
    for seed in range(3):
        wrong = choose(f, article=[("Norland Bank", "ORG")], pool={"ORG": ["General Motors", "Lockheed Martin"]},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and "General Motors" not in wrong and "Lockheed Martin" not in wrong


def test_a_company_of_known_business_gets_no_firm_of_unknown_business_from_another_story():
    s = "BG shareholders will get 383 pence in cash plus 0.4454 Shell B shares for each BG share."
    pool = {"ORG": ["Experian Plc", "Norcom Widgets Inc"]}
    for seed in range(3):
        wrong = choose(fact(s, "Shell", "ORG"), article=[("Shell", "ORG")], pool=pool, rng=random.Random(seed))
        assert not set(wrong) & {"Experian Plc", "Norcom Widgets Inc"}
        assert all(field_of(w) == "energy" for w in wrong)


def test_an_international_body_gets_bodies_of_its_own_field():
    s = "The WHO said that Africa recorded a 900% increase in measles cases reported this year."
    for seed in range(3):
        wrong = choose(fact(s, "WHO", "ORG"), article=[("WHO", "ORG")], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and not set(wrong) & {"OPEC", "BRICS", "ASEAN", "NATO", "G20"}
    s = "Leaders of the 10-nation ASEAN bloc met in Hanoi on Friday to discuss the sea dispute."
    wrong = choose(fact(s, "ASEAN", "ORG"), article=[("ASEAN", "ORG")], pool={}, rng=random.Random(0))
    assert len(wrong) == 3 and not set(wrong) & {"UNICEF", "UNESCO", "WHO", "World Food Programme"}


def test_a_blank_after_the_gets_no_name_that_goes_without_it():
    s = "The WHO said that Africa recorded a 900% increase in measles cases reported this year."
    for seed in range(3):
        wrong = choose(fact(s, "WHO", "ORG"), article=[("WHO", "ORG"), ("UNICEF", "ORG")], pool={},
                       rng=random.Random(seed))
        assert wrong and not set(wrong) & {"UNICEF", "UNESCO", "NATO", "OPEC"}


def test_a_named_legislature_gets_no_word_for_any_legislature():
    # "the _____ (Knesset) gave its final approval": "Parliament" fits too, as the Knesset is Israel's parliament
    s = "After weeks of protests, the Knesset gave its final approval to the first bill of the overhaul."
    pool = {"ORG": ["Parliament", "National Assembly", "Congress", "Duma", "Bundestag", "Sejm"]}
    for seed in range(3):
        wrong = choose(fact(s, "Knesset", "ORG"), article=[("Knesset", "ORG")], pool=pool, rng=random.Random(seed))
        assert not set(wrong) & {"Parliament", "National Assembly", "Congress"}
    s = "The bill passed the Senate on Tuesday and now goes to the president."  # one chamber for another
    pool = {"ORG": ["House of Representatives", "Congress", "Duma", "Bundestag"]}
    wrong = choose(fact(s, "Senate", "ORG"), article=[("Senate", "ORG")], pool=pool, rng=random.Random(0))
    assert not set(wrong) & {"Duma", "Bundestag"}


def test_a_news_outlet_is_no_lure_for_a_body():
    s = "The Elections Commission announced on Friday that the ruling party had won 65 seats."
    pool = {"ORG": ["Jordan news Agency", "AFP news agency", "Xinhua news agency", "Higher Education Commission"]}
    for seed in range(3):
        wrong = choose(fact(s, "Elections Commission", "ORG"), article=[("Elections Commission", "ORG")], pool=pool,
                       rng=random.Random(seed))
        assert not {w for w in wrong if "news" in w.lower()}


def test_a_party_gets_only_the_storys_own_parties():
    s = "The 42-year-old leader joined the Labour Party when she was 18."
    pool = {"ORG": ["Republican Party", "Conservative Party", "Democratic Party"]}
    wrong = choose(fact(s, "Labour Party", "ORG"), article=[("Labour Party", "ORG"), ("National Party", "ORG"),
                                                            ("Green Party", "ORG"), ("Maori Party", "ORG")],
                   pool=pool, rng=random.Random(0))
    assert set(wrong) == {"National Party", "Green Party", "Maori Party"}
    assert choose(fact(s, "Labour Party", "ORG"), article=[("Labour Party", "ORG")], pool=pool,
                  rng=random.Random(0)) == []  # no US or British party for New Zealand's


def test_an_organisation_is_not_offered_for_its_initials():
    s = "Silicon Valley Bank had about $209 billion in total assets at the end of last year."
    article = [("Silicon Valley Bank", "ORG"), ("SVB Financial Group", "ORG"), ("First Republic Bank", "ORG")]
    for seed in range(3):
        wrong = choose(fact(s, "Silicon Valley Bank", "ORG"), article=article, pool={}, rng=random.Random(seed))
        assert "SVB Financial Group" not in wrong


@pytest.mark.parametrize("answer", ["Bank of Canada", "Central Bank of Nigeria", "Reserve Bank of Australia",
                                    "Central Bank"])
def test_a_countrys_central_bank_gets_central_banks(answer):
    s = f"The {answer} lowered its key interest rate on Wednesday for the first time in four years."
    for seed in range(3):
        wrong = choose(fact(s, answer, "ORG"), article=[(answer, "ORG")], pool={"ORG": ["Merrill Lynch", "Lehman Brothers"]},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and {field_of(w) for w in wrong} == {"central bank"}
    assert field_of("Bank of China") != "central bank"  # a high-street bank, whatever its name says


def test_a_party_named_as_its_people_gets_only_the_storys_own():
    # "whom the _____ (Greens) soon made clear they accepted" in Austria: no Tories and no Democrats
    s = "The chancellor proposed a career diplomat to take over, whom the Greens soon made clear they accepted."
    assert choose(fact(s, "Greens", "NORP"), article=[("Greens", "NORP")], pool={"NORP": ["Tories", "Democrats"]},
                  rng=random.Random(0)) == []
    wrong = choose(fact(s, "Greens", "NORP"), article=[("Greens", "NORP"), ("Socialists", "NORP"),
                                                       ("Liberals", "NORP"), ("Conservatives", "NORP")],
                   pool={}, rng=random.Random(0))
    assert set(wrong) == {"Socialists", "Liberals", "Conservatives"}
