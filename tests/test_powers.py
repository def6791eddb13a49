"""Places among places: a great power acting as one gets its peers as wrong options, not its small
neighbours; a place outside the European Union, in a sentence that names the Union, gets no member of it; a US
state gets states, first of its part of the country, and none without a coast where a hurricane hits; a
country with neighbours gets no island nation that has none; a city listed among other countries' cities gets
no city of its own country, nor does one hosting a world event.
Sentences are written for these tests."""
import random

from quizgen.distractors import choose
from quizgen.models import Fact
from quizgen.names import in_eu, power

POWERS = {"United States", "China", "Russia", "United Kingdom", "France", "Germany", "Japan", "India"}


def fact(sentence: str, answer: str, label: str) -> Fact:
    return Fact(sentence=sentence, answer=answer, answer_start=sentence.index(answer), label=label, score=1.0)


def offered(sentence: str, answer: str, article: list[tuple[str, str]], label: str = "GPE",
            seeds: int = 5) -> list[list[str]]:
    return [choose(fact(sentence, answer, label), article=article, pool={}, rng=random.Random(seed))
            for seed in range(seeds)]


def test_every_name_of_a_power_and_of_a_union_member_is_known():
    assert power("Moscow") == power("Russian") == power("Russia") == "russia"
    assert power("U.S.") == power("Americans") == "united states"
    assert power("Poland") is None
    assert in_eu("Prague") and in_eu("Dutch") and in_eu("Czechia")
    assert not in_eu("Norway") and not in_eu("Britain")


def test_a_power_acting_as_one_gets_its_peers():
    sentence = "Diplomats said Russia had refused to join the talks on the treaty."
    article = [("Russia", "GPE"), ("the United States", "GPE"), ("Slovakia", "GPE")]
    for wrong in offered(sentence, "Russia", article):
        assert len(wrong) == 3 and set(wrong) <= POWERS - {"Russia", "United States"}, wrong


def test_a_power_on_a_map_or_in_a_story_of_no_power_keeps_its_neighbours():
    article = [("India", "GPE"), ("the United States", "GPE")]
    for sentence in ["Heavy rain fell across northern India on Sunday, and the talks on trade were put off.",
                     "Mobs tore down posters of the film in parts of India on Friday."]:
        for wrong in offered(sentence, "India", article):
            assert len(wrong) == 3 and not set(wrong) & POWERS, (sentence, wrong)
    sentence = "Diplomats said India had refused to join the talks on the treaty."  # no other power named
    for wrong in offered(sentence, "India", [("India", "GPE"), ("Nepal", "GPE")]):
        assert not set(wrong) & POWERS, wrong


def test_a_power_beside_a_lesser_country_of_its_region_keeps_its_neighbours():
    sentence = "Only Germany and Hungary voted against the trade measure."
    article = [("Germany", "GPE"), ("Hungary", "GPE"), ("China", "GPE")]
    for wrong in offered(sentence, "Germany", article):
        assert len(wrong) == 3 and not set(wrong) & {"China", "Russia", "India", "Japan"}, wrong


def test_a_people_gets_no_peers_its_names_may_belong_to_neighbours():
    article = [("France", "GPE"), ("China", "GPE"), ("French", "NORP")]
    sentence = "French far-right leader Lea Marchand said the trade deal was a betrayal."
    for wrong in offered(sentence, "French", article, "NORP"):
        assert len(wrong) == 3 and not set(wrong) & {"Chinese", "Russian", "Japanese", "Indian"}, wrong


def test_a_place_outside_the_union_gets_no_member_of_it():
    sentence = "Ukraine applied to join the European Union days after the war began."
    for wrong in offered(sentence, "Ukraine", [("Ukraine", "GPE")], seeds=8):
        assert len(wrong) == 3 and not any(in_eu(w) for w in wrong), wrong
    sentence = "Moldova and Ukraine applied to join the EU."  # at the end of the sentence too
    for wrong in offered(sentence, "Ukraine", [("Ukraine", "GPE"), ("Moldova", "GPE")], seeds=8):
        assert len(wrong) == 3 and not any(in_eu(w) for w in wrong), wrong
    sentence = "Russia said it would answer the sanctions the EU announced on Friday."
    for wrong in offered(sentence, "Russia", [("Russia", "GPE")], seeds=8):
        assert len(wrong) == 3 and not any(in_eu(w) for w in wrong), wrong


def test_a_member_of_the_union_may_still_get_members():
    sentence = "Poland joined the European Union in 2004 with nine other countries."
    seen = {w for wrong in offered(sentence, "Poland", [("Poland", "GPE")], seeds=8) for w in wrong}
    assert any(in_eu(w) for w in seen), seen


def test_a_us_state_gets_states_of_its_part_of_the_country_and_none_inland_where_a_hurricane_hits():
    from quizgen.names import division_of, entity_key, landlocked
    sentence = "The storm was the most powerful hurricane to hit Texas in more than 50 years."
    article = [("Texas", "GPE"), ("Kentucky", "GPE"), ("Nevada", "GPE"), ("Ohio", "GPE")]
    for wrong in offered(sentence, "Texas", article):
        assert len(wrong) == 3 and not any(entity_key(w) in landlocked() for w in wrong), wrong
    sentence = "A doctor was shot at his ranch in Wichita, Kansas, on Saturday."
    for wrong in offered(sentence, "Kansas", [("Wichita", "GPE"), ("Kansas", "GPE")]):
        assert len(wrong) == 3 and all(division_of(w) == "west-north-central" for w in wrong), wrong


def test_a_country_with_neighbours_gets_no_island_nation_that_has_none():
    from quizgen.names import entity_key, listed
    sentence = "Under the deal, Greece's northern neighbour will take a new name."
    lonely = listed("island_nations") - {"ireland", "united kingdom", "haiti"}
    for wrong in offered(sentence, "Greece", [("Greece", "GPE")], seeds=8):
        assert len(wrong) == 3 and not any(entity_key(w) in lonely for w in wrong), wrong


def test_a_city_among_cities_of_other_countries_gets_no_city_of_its_own_country():
    from quizgen.cities import city_country
    sentence = "Bourses in Shanghai, Seoul and Hong Kong ended lower, while Tokyo was higher."
    article = [("Shanghai", "GPE"), ("Seoul", "GPE"), ("Hong Kong", "GPE"), ("Tokyo", "GPE")]
    for wrong in offered(sentence, "Tokyo", article):
        assert len(wrong) == 3 and not any(city_country(w) == "japan" for w in wrong), wrong
    sentence = "The minister flew from Hong Kong to Tokyo on Tuesday."  # a journey: Tokyo among Japan's cities
    for wrong in offered(sentence, "Tokyo", [("Hong Kong", "GPE"), ("Tokyo", "GPE")]):
        assert len(wrong) == 3 and all(city_country(w) == "japan" for w in wrong), wrong


def test_the_island_of_blank_gets_island_nations():
    from quizgen.names import entity_key, listed
    from quizgen.names import shore_of
    shore = shore_of("They sailed to the island of the dead.", "Mauritius")
    assert shore is None or shore("france")  # no name after "island of": not only island nations
    sentence = "The Indian Ocean island of Mauritius declared an emergency after a ship ran aground."
    for wrong in offered(sentence, "Mauritius", [("Mauritius", "GPE")]):
        assert len(wrong) == 3 and all(entity_key(w) in listed("island_nations") for w in wrong), wrong


def test_a_city_hosting_a_world_event_gets_no_town_of_its_own_country():
    from quizgen.cities import city_country
    sentence = "She finished seventh in last year's 1500m final in Budapest."
    for wrong in offered(sentence, "Budapest", [("Budapest", "GPE")]):
        assert len(wrong) == 3 and not any(city_country(w) == "hungary" for w in wrong), wrong
