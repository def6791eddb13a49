"""Wrong options: same type and shape, never the answer in disguise. No model load."""
import random

import pytest

from quizgen.distractors import choose
from quizgen.models import Fact
from quizgen.names import related, subregion_of
from quizgen.numbers import numeric_options


def fact(sentence: str, answer: str, label: str) -> Fact:
    return Fact(sentence=sentence, answer=answer, answer_start=sentence.index(answer), label=label, score=1.0)


@pytest.mark.parametrize("a, b", [
    ("United States", "US"), ("Russia", "Russian"), ("Russia", "Moscow"), ("Kim Jong Un", "Kim"),
    ("North Korea", "Pyongyang"), ("United Nations", "UN"), ("Japan", "Japanese"), ("the Kremlin", "Russia"),
])
def test_aliases_demonyms_capitals_and_parts_are_related(a, b):
    assert related(a, b) and related(b, a)


@pytest.mark.parametrize("a, b", [("Russia", "China"), ("Vladimir Putin", "Xi Jinping"), ("Seoul", "Tokyo")])
def test_different_things_are_not_related(a, b):
    assert not related(a, b)


def test_country_options_are_countries_and_never_aliases():
    f = fact("Putin said joint exercises were hostile to North Korea and its allies.", "North Korea", "GPE")
    wrong = choose(f, article=[("Russia", "GPE"), ("Pyongyang", "GPE"), ("DPRK", "GPE"), ("Japan", "GPE")],
                   pool={}, rng=random.Random(0))
    assert len(wrong) == 3
    assert "Pyongyang" not in wrong and "DPRK" not in wrong
    assert wrong[0] == "Japan"  # the story's own neighbour first, then other East Asian countries
    assert all(subregion_of(w) == "east-asia" for w in wrong)


def test_person_options_match_the_name_form_and_skip_names_in_the_prompt():
    f = fact("According to Putin’s adviser Yuri Ushakov, the gifts were good.", "Yuri Ushakov", "PERSON")
    article = [("Vladimir Putin", "PERSON"), ("Kim", "PERSON"), ("Kim Jong Il", "PERSON"), ("Sergei Ryabkov", "PERSON"),
               ("Maria Zakharova", "PERSON")]
    wrong = choose(f, article=article, pool={}, rng=random.Random(0), traits=[("Yuri Ushakov", "sphere:government")])
    assert len(wrong) == 3
    assert "Vladimir Putin" not in wrong  # "Putin" is in the prompt
    assert all(len(w.split()) >= 2 for w in wrong)  # a full name for a full name


def test_options_are_distinct_and_not_in_the_sentence():
    f = fact("Signed in 2000 and 2001, the treaties were replaced this week.", "2000", "DATE")
    for seed in range(20):
        wrong = choose(f, article=[], pool={}, rng=random.Random(seed))
        assert len(set(wrong)) == 3
        assert "2001" not in wrong and "2000" not in wrong


def test_same_seed_same_options():
    f = fact("Russia has received more than 10,000 shipping containers since September.", "10,000", "CARDINAL")
    assert choose(f, article=[], pool={}, rng=random.Random("7:x")) == choose(f, article=[], pool={}, rng=random.Random("7:x"))


def test_a_leader_gets_other_leaders_as_options():
    f = fact("The president met North Korean leader Kim Jong Un at the border.", "Kim Jong Un", "PERSON")
    wrong = choose(f, article=[("Jane Smith", "PERSON"), ("Bob Jones", "PERSON")], pool={}, rng=random.Random(0))
    from quizgen.pools import builtin_pool
    assert all(w in builtin_pool()["PERSON"] for w in wrong)


def test_first_names_are_not_surnames():
    f = fact("Phillips appealed the decision to the court in Denver.", "Phillips", "PERSON")
    wrong = choose(f, article=[("Jack Phillips", "PERSON"), ("Donald Trump", "PERSON"), ("Donald", "PERSON"),
                               ("Trump", "PERSON")], pool={},
                   rng=random.Random(0))
    assert "Donald" not in wrong and "Trump" in wrong


def test_states_for_states_and_shares_below_a_hundred():
    f = fact("The bakery in Colorado refused to make the cake for the couple.", "Colorado", "GPE")
    wrong = choose(f, article=[("Yemen", "GPE"), ("Texas", "GPE")], pool={"GPE": ["Ohio", "Utah", "Peru"]},
                   rng=random.Random(0))
    assert "Yemen" not in wrong and "Peru" not in wrong and "Texas" in wrong
    assert all(float(o.split()[0]) < 100 for o in numeric_options("80 percent", "PERCENT", random.Random(2)))


def test_a_person_named_like_a_party_gets_people_and_no_number_plates():
    f = fact("Parents need to be prepared for the worst, Green said at the school meeting.", "Green", "PERSON")
    article = [("Green", "PERSON"), ("Tom Green", "PERSON"), ("Carter", "PERSON"), ("Sarah Carter", "PERSON"),
               ("Walsh", "PERSON"), ("Anna Walsh", "PERSON"), ("Moore", "PERSON"), ("K982 FKL", "PERSON"),
               ("Labour", "ORG")]
    wrong = choose(f, article=article, pool={"PERSON": ["Hughes", "Baker"]}, rng=random.Random(0))
    assert len(wrong) == 3
    assert not {"Democratic", "Liberal", "Communist", "Labour", "K982 FKL"} & set(wrong)  # a surname for a surname
    g = fact("His co-host Jim Rowe wrote a short apology on the show's website.", "Jim Rowe", "PERSON")
    article = [("Jim Rowe", "PERSON"), ("K982 FKL", "PERSON"), ("Sarah Carter", "PERSON"), ("Anna Walsh", "PERSON"),
               ("Tom Moore", "PERSON")]
    assert "K982 FKL" not in choose(g, article=article, pool={}, rng=random.Random(0))


def test_a_world_faith_gets_world_faiths_and_a_denomination_denominations():
    f = fact("Citizens of five Muslim countries are barred from travelling to the harbour city.", "Muslim", "NORP")
    wrong = choose(f, article=[("Muslim", "NORP")], pool={}, rng=random.Random(0))
    assert len(wrong) == 3 and not {"Mormon", "Catholic", "Evangelical", "Protestant", "Orthodox"} & set(wrong)
    g = fact("The Catholic bishops met in the harbour city to discuss the new school plan.", "Catholic", "NORP")
    wrong = choose(g, article=[("Catholic", "NORP")], pool={}, rng=random.Random(0))
    assert wrong and not {"Muslim", "Hindu", "Buddhist", "Jewish", "Sikh"} & set(wrong)


def test_a_demonym_before_a_noun_gets_adjectives_only():
    f = fact("Almost half of all Australian primary school children lack iodine, researchers say.", "Australian",
             "NORP")
    for seed in range(5):
        wrong = choose(f, article=[("Australian", "NORP")], pool={"NORP": ["New Zealander", "Italian"]},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and "New Zealander" not in wrong  # "New Zealander primary school children"


def test_the_united_states_is_never_an_option_as_it_is_never_an_answer():
    f = fact("Applicants from Mexico could be hit especially hard by the asylum ruling, advocates say.", "Mexico",
             "GPE")
    for seed in range(5):
        wrong = choose(f, article=[("Mexico", "GPE"), ("United States", "GPE"), ("U.S.", "GPE")],
                       pool={"GPE": ["America", "Canada", "Cuba"]}, rng=random.Random(seed))
        assert len(wrong) == 3 and not {"United States", "U.S.", "America"} & set(wrong)


def test_a_story_naming_england_never_offers_the_united_kingdom():
    f = fact("Six minutes later, Lukaku scored a third goal for Belgium from a corner.", "Belgium", "GPE")
    article = [("Belgium", "GPE"), ("England", "GPE"), ("Tunisia", "GPE")]
    for seed in range(5):
        wrong = choose(f, article=article, pool={"GPE": ["United Kingdom", "Britain", "Austria"]},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and not {"United Kingdom", "Britain"} & set(wrong)


def test_a_cricket_nation_gets_only_cricket_nations():
    f = fact("Late wickets left Australia needing seven wickets in the final session.", "Australia", "GPE")
    for seed in range(5):
        wrong = choose(f, article=[("Australia", "GPE"), ("India", "GPE"), ("France", "GPE")], pool={},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and "France" not in wrong and "India" in wrong
    f = fact("Australia and France signed a trade deal in Paris on Monday.", "Australia", "GPE")
    assert choose(f, article=[("Australia", "GPE")], pool={}, rng=random.Random(0))  # no cricket, any country
    from quizgen.sports import cricket_nations
    from quizgen.traits import country_key
    s = "The pair resumed with 69 runs between them and South African cricketing history at Lord's."
    for seed in range(5):  # a people of a cricket nation: peoples of cricket nations (no Mozambican)
        wrong = choose(fact(s, "South African", "NORP"), article=[("South African", "NORP")], pool={},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and all(country_key(w) in cricket_nations() for w in wrong), wrong


def test_a_nationality_used_as_a_plural_noun_gets_plural_options():
    s = "Police fired on the crowd as thousands of Sudanese took to the streets of the capital."
    wrong = choose(fact(s, "Sudanese", "NORP"), article=[("Sudanese", "NORP")], pool={}, rng=random.Random(0))
    assert len(wrong) == 3 and all(w.endswith(("s", "ese")) for w in wrong)  # "Libyans", never "Libyan took"
    s = "Sudanese forces fired on the crowd in the capital on Wednesday night."
    wrong = choose(fact(s, "Sudanese", "NORP"), article=[("Sudanese", "NORP")], pool={}, rng=random.Random(0))
    assert len(wrong) == 3 and not any(w.endswith("s") for w in wrong)  # an adjective before "forces"


@pytest.mark.parametrize("sentence, answer", [
    ("Iraqi and American troops patrolled the city on Wednesday night.", "Iraqi"),
    ("He became the first Kenyan to win the race in Boston on Monday.", "Kenyan"),
    ("The company, which is Japanese, said profits fell sharply.", "Japanese"),
])
def test_a_nationality_used_as_an_adjective_or_a_single_noun_keeps_singular_options(sentence, answer):
    wrong = choose(fact(sentence, answer, "NORP"), article=[(answer, "NORP")], pool={}, rng=random.Random(0))
    assert len(wrong) == 3 and not any(w.endswith("s") for w in wrong)


def test_a_city_gets_cities_of_its_country_when_the_story_names_it():
    from quizgen.cities import cities_of

    s = "Schools were shut until May 6, extending an order already in place in Mexico City and five states."
    for seed in range(3):
        wrong = choose(fact(s, "Mexico City", "GPE"), article=[("Mexico", "GPE"), ("Ottawa", "GPE")], pool={},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and all(w in cities_of("mexico") for w in wrong)  # never Ottawa or Washington


def test_a_city_before_a_us_state_gets_cities_of_that_state():
    from quizgen.cities import cities_in_state

    s = "The second victim was airlifted to an Austin, Texas, hospital on Tuesday night."
    wrong = choose(fact(s, "Austin", "GPE"), article=[("Texas", "GPE"), ("Chicago", "GPE")], pool={},
                   rng=random.Random(0))
    assert len(wrong) == 3 and all(w in cities_in_state("Texas") for w in wrong)


def test_a_city_gets_only_cities():
    from quizgen.cities import city_country

    s = "Crowds massed in the streets of central Mosul on Saturday to call for the governor to resign."
    wrong = choose(fact(s, "Mosul", "GPE"), article=[("Tibet", "GPE"), ("Anbar", "GPE"), ("Ninawa", "GPE")], pool={},
                   rng=random.Random(0))
    assert wrong and all(city_country(w) for w in wrong)  # no region the story names: a city quizgen knows


def test_a_person_whose_country_the_prompt_names_gets_compatriots_only():
    from quizgen.traits import builtin_people

    s = "Francois Rugard, a senior French minister and close ally of President Emmanuel Macron, resigned."
    pool = {"PERSON": ["Dmitry Medvedev"], **{f"PERSON/{t}": ["Dmitry Medvedev"]
                                              for t in ("role:president", "sphere:head", "from:russia")}}
    for seed in range(3):  # "Francois Hollande" is ruled out by the "Francois" of the prompt
        wrong = choose(fact(s, "Emmanuel Macron", "PERSON"), article=[("Emmanuel Macron", "PERSON")], pool=pool,
                       rng=random.Random(seed))
        assert "Dmitry Medvedev" not in wrong and all("from:france" in builtin_people()[w] for w in wrong)


def test_a_president_of_no_stated_country_gets_neighbours_of_the_storys_country():
    from quizgen.names import region_of

    s = "President Tomas Ruiz Olmo denied taking bribes when he was governor of a southern region."
    traits = [("Tomas Ruiz Olmo", "role:president"), ("Tomas Ruiz Olmo", "sphere:head")]
    wrong = choose(fact(s, "Tomas Ruiz Olmo", "PERSON"), article=[("Tomas Ruiz Olmo", "PERSON"), ("Peru", "GPE")],
                   pool={}, rng=random.Random(0), traits=traits)
    from quizgen.traits import builtin_people
    countries = [next(t[5:] for t in builtin_people()[w] if t.startswith("from:")) for w in wrong]
    assert len(wrong) == 3 and all(region_of(c) == region_of("Peru") for c in countries)


def test_a_coast_gets_no_landlocked_country():
    from quizgen.names import entity_key, landlocked

    s = "The typhoon barreled into southern Vietnam on Sunday after lashing the coast with heavy rain."
    for seed in range(5):
        wrong = choose(fact(s, "Vietnam", "GPE"), article=[("Laos", "GPE"), ("Mongolia", "GPE")], pool={},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and not any(entity_key(w) in landlocked() for w in wrong)


def test_a_territory_is_a_place_and_gets_territories():
    from quizgen.names import kind_of

    s = "Separately, in the southern West Bank, a settler was stabbed at a farm on Wednesday."
    wrong = choose(fact(s, "West Bank", "ORG"), article=[("Barclays", "ORG"), ("Wells Fargo", "ORG")], pool={},
                   rng=random.Random(0))
    assert len(wrong) == 3 and all(kind_of(w) == "territory" for w in wrong)
    assert not {"Gaza", "Gaza Strip"} <= set(wrong)  # one place under two names


def test_someone_from_another_story_and_another_part_of_the_world_is_no_lure():
    s = "Former finance minister Youssef Kamal was sentenced in absentia on Saturday."
    pool = {"PERSON": ["Ravi Mehta"], "PERSON/role:finance-minister": ["Ravi Mehta"], "PERSON/from:india": ["Ravi Mehta"]}
    traits = [("Youssef Kamal", "role:minister"), ("Youssef Kamal", "sphere:government"), ("Youssef Kamal", "from:egypt")]
    for seed in range(3):
        wrong = choose(fact(s, "Youssef Kamal", "PERSON"), article=[("Youssef Kamal", "PERSON")], pool=pool,
                       rng=random.Random(seed), traits=traits)
        assert "Ravi Mehta" not in wrong


def test_a_rugby_report_gets_rugby_nations():
    from quizgen.names import entity_key
    from quizgen.sports import rugby_nations

    s = "The All Blacks thumped France 43-17 to win the second Test in Wellington and clinch the series."
    for seed in range(5):
        wrong = choose(fact(s, "France", "GPE"), article=[("Belgium", "GPE"), ("Netherlands", "GPE")], pool={},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and all(entity_key(w) in rugby_nations() for w in wrong)


def test_a_city_before_georgia_gets_cities_of_the_state_and_accents_do_not_matter():
    from quizgen.cities import cities_in_state, city_country

    s = "The second victim was airlifted to an Atlanta, Georgia, hospital on Tuesday night."
    wrong = choose(fact(s, "Atlanta", "GPE"), article=[("Georgia", "GPE")], pool={}, rng=random.Random(0))
    assert wrong and all(w in cities_in_state("Georgia") for w in wrong)
    assert "Tbilisi" not in cities_in_state("Georgia") and cities_in_state("Tbilisi") is None
    assert city_country("São Paulo") == city_country("Sao Paulo") == "brazil"


def test_a_city_of_a_state_the_story_names_gets_cities_of_that_state_and_never_the_state():
    from quizgen.cities import cities_in_state

    s = "The bus ran a scheduled route between Seattle and Spokane, the company said."
    article = [("Washington", "GPE"), ("Seattle", "GPE"), ("Spokane", "GPE")]
    for seed in range(3):
        wrong = choose(fact(s, "Seattle", "GPE"), article=article, pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and "Washington" not in wrong
        assert all(w in cities_in_state("Washington") for w in wrong)


def test_a_country_written_with_the_gets_countries_written_with_it():
    from quizgen.names import country_with_the

    assert [country_with_the(c) for c in ("Netherlands", "Czech Republic", "Mauritius", "Honduras", "Paris")] == \
        [True, True, False, False, None]
    s = "Earthquakes regularly strike the Philippines, which sits along a belt of active volcanoes."
    for seed in range(3):
        wrong = choose(fact(s, "Philippines", "GPE"), article=[("Philippines", "GPE")], pool={},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and all(country_with_the(w) for w in wrong)  # no "strike the Thailand"
    s = "Earthquakes regularly strike Indonesia, which sits along a belt of active volcanoes."
    for seed in range(3):
        wrong = choose(fact(s, "Indonesia", "GPE"), article=[("Indonesia", "GPE")], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and not any(country_with_the(w) for w in wrong)  # no "strike Philippines"


def test_a_person_with_a_number_in_the_name_gets_no_options():
    s = "The police's counterterrorism squad, Densus 88, arrested 12 suspected militants on Tuesday."
    article = [("Densus 88", "PERSON"), ("Aswin Siregar", "PERSON"), ("Gunung Sindur", "PERSON"), ("Ali Imron", "PERSON")]
    assert choose(fact(s, "Densus 88", "PERSON"), article=article, pool={}, rng=random.Random(0)) == []


def test_a_country_with_a_long_name_gets_neighbours_with_short_ones():
    from quizgen.names import region_of

    s = "More than 300 people were killed in a landslide in a remote region in northern Papua New Guinea on Friday."
    for seed in range(3):
        wrong = choose(fact(s, "Papua New Guinea", "GPE"), article=[("Papua New Guinea", "GPE")],
                       pool={"GPE": ["Burkina Faso", "Guinea-Bissau"]}, rng=random.Random(seed))
        assert len(wrong) == 3 and {region_of(w) for w in wrong} == {"oceania"}  # Samoa, Tonga, not Burkina Faso


def test_a_nationality_ending_in_s_is_no_plural():
    s = "The Swiss bank is paying more than $2bn for its rival, the regulator said on Sunday."
    for seed in range(3):
        wrong = choose(fact(s, "Swiss", "NORP"), article=[("Swiss", "NORP")], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and not any(w.endswith("s") for w in wrong)  # "The Austrian bank", not "Austrians"




def test_an_island_nation_gets_island_nations():
    from quizgen.names import entity_key, listed

    s = "The small island nation of Vanuatu declared a state of emergency after the cyclone."
    for seed in range(5):
        wrong = choose(fact(s, "Vanuatu", "GPE"), article=[("Australia", "GPE"), ("Peru", "GPE")], pool={},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and all(entity_key(w) in listed("island_nations") for w in wrong), wrong


def test_a_country_of_a_small_subregion_gets_its_neighbours_before_the_rest_of_its_continent():
    from quizgen.likeness import place_score

    s = "Armenian officials reported one casualty and said 13 soldiers were captured on Tuesday."
    for seed in range(5):
        wrong = choose(fact(s, "Armenian", "NORP"), article=[], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(place_score("Armenian", w) >= 1.5 for w in wrong), wrong  # no Irish
    assert place_score("Armenia", "Turkey") == 1.5 and place_score("Armenia", "Ireland") == 1


def test_a_sport_the_story_names_only_in_an_event_still_limits_the_teams():
    from quizgen.names import entity_key
    from quizgen.sports import rugby_nations

    s = "A see-saw battle at the stadium saw Fiji race away to an early 17-3 lead before the Samoans hit back."
    article = [("Fiji", "GPE"), ("Samoa", "GPE"), ("Rugby World Cup", "EVENT"), ("England", "GPE")]
    for seed in range(5):
        wrong = choose(fact(s, "Fiji", "GPE"), article=article, pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(entity_key(w) in rugby_nations() for w in wrong), wrong  # no Palau or Nauru


def test_a_small_state_is_no_lure_for_a_big_country():
    from quizgen.plausible import too_small

    s = "The young Spaniard won his first Australian Open title in Melbourne on Sunday."
    for seed in range(5):
        wrong = choose(fact(s, "Australian", "NORP"), article=[], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and not any(too_small("Australian", w) for w in wrong), wrong  # no Tuvaluan
    assert too_small("Australia", "Nauru") and too_small("Singapore", "Monaco")
    assert not too_small("Samoa", "Tonga") and not too_small("Australia", "New Zealand")


def test_a_city_state_gets_countries_not_cities():
    from quizgen.names import is_country

    s = "The leader spent the evening before the summit on a tour of sites on Singapore's waterfront."
    for seed in range(5):
        wrong = choose(fact(s, "Singapore", "GPE"), article=[("Kim", "PERSON")], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(is_country(w) for w in wrong), wrong
        assert not any(w in ("Monaco", "San Marino", "Luxembourg") for w in wrong), wrong


def test_a_capital_standing_for_its_government_gets_capitals_and_one_standing_for_a_city_its_country_s_cities():
    from quizgen.cities import city_country
    from quizgen.names import governs

    article = [("North Korea", "GPE"), ("Pyongyang", "GPE"), ("Singapore", "GPE")]
    s = "The agreement holds no firm promises from Pyongyang to abandon its nuclear weapons programme."
    for seed in range(5):
        wrong = choose(fact(s, "Pyongyang", "GPE"), article=article, pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(city_country(w) not in (None, "north korea") for w in wrong), wrong
    s = "The leader toured a new fertiliser factory on the outskirts of Pyongyang on Monday."
    wrong = choose(fact(s, "Pyongyang", "GPE"), article=article, pool={}, rng=random.Random(0))
    assert len(wrong) == 3 and all(city_country(w) == "north korea" for w in wrong), wrong
    assert governs("Moscow", "_____ warned that the sanctions would fail.", "_____")
    assert not governs("Moscow", "Snow fell in _____ on Monday.", "_____")


def test_a_twenty20_report_gets_only_cricket_nations():
    from quizgen.names import entity_key
    from quizgen.sports import cricket_nations

    s = "Electing to bat, Sri Lanka struggled to post 138 for six off their 20 overs in the World Twenty20 final."
    for seed in range(5):
        wrong = choose(fact(s, "Sri Lanka", "GPE"), article=[("Pakistan", "GPE")], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(entity_key(w) in cricket_nations() for w in wrong), wrong  # no Bhutan


def test_the_countries_a_sentence_speaks_of_as_a_group_are_no_options_for_what_they_face():
    article = [("United Arab Emirates", "GPE"), ("Bahrain", "GPE"), ("Israel", "GPE"), ("Iran", "GPE"),
               ("Qatar", "GPE"), ("Oman", "GPE"), ("Kuwait", "GPE"), ("Saudi Arabia", "GPE")]
    for sentence, group in [
            ("All three countries are aligned against Iran and its aggression in the region.",
             {"United Arab Emirates", "Bahrain", "Israel"}),
            ("Both nations see Iran as the main threat to shipping in the Gulf.", {"United Arab Emirates", "Bahrain"})]:
        for seed in range(5):
            wrong = choose(fact(sentence, "Iran", "GPE"), article=article, pool={}, rng=random.Random(seed))
            assert len(wrong) == 3 and not set(wrong) & group, wrong
    sentence = "Many countries are aligned against Iran and its aggression in the region."  # no group
    offered = set()
    for seed in range(10):
        offered |= set(choose(fact(sentence, "Iran", "GPE"), article=article, pool={}, rng=random.Random(seed)))
    assert offered & {"United Arab Emirates", "Bahrain", "Israel"}


@pytest.mark.parametrize("sentence, answer, article, kind", [
    ("Morocco out-fought Portugal in a 1-0 win at the World Cup to reach the semifinals.", "Portugal",
     [("Morocco", "GPE"), ("Portugal", "GPE")], "football_nations"),  # no Malta, which never played one
    ("A late goal gave Spain a 2-1 Euro 2024 final victory over Portugal in Berlin.", "Spain",
     [("Spain", "GPE"), ("Portugal", "GPE")], "football_nations"),  # no Cyprus
    ("Canada won four medals at the short track world championships on Saturday.", "Canada",
     [("Canada", "GPE")], "winter_nations"),  # no Panama
    ("India won the Thomas Cup for the first time with a 3-0 win in Bangkok.", "India",
     [("India", "GPE"), ("Bangkok", "GPE")], "badminton_nations"),  # no Nepal
    ("A powerful tsunami struck parts of Russia and Japan after a strong earthquake in the Pacific Ocean.", "Russia",
     [("Russia", "GPE"), ("Japan", "GPE")], "pacific_nations"),  # no Poland
    ("In Russia's Far East, the tsunami hit the coastal town of Severo-Kurilsk in the northern Kuril Islands.",
     "Russia", [("Russia", "GPE"), ("Japan", "GPE"), ("the Pacific Ocean", "LOC")], "pacific_nations"),  # named elsewhere
])
def test_a_sport_or_pacific_story_gets_nations_that_play_it_or_border_the_pacific(sentence, answer, article,
                                                                                   kind):
    from quizgen.names import entity_key, listed
    for seed in range(5):
        wrong = choose(fact(sentence, answer, "GPE"), article=article, pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and all(entity_key(w) in listed(kind) for w in wrong), wrong


def test_a_club_in_a_football_report_gets_other_clubs_of_its_league():
    from quizgen.names import builtin
    england = set(builtin()["football_clubs"]["england"])
    s = "The champions went top on November 21 following their 3-0 win over Newcastle and stayed there."
    article = [("Leicester", "GPE"), ("Premier League", "ORG"), ("Tottenham", "ORG"), ("Chelsea", "GPE"),
               ("Newcastle", "GPE"), ("Sydney", "GPE")]
    for seed in range(5):
        wrong = choose(fact(s, "Newcastle", "GPE"), article=article, pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and set(wrong) <= england and {"Tottenham", "Chelsea"} <= set(wrong), wrong
        assert "Leicester" not in wrong and "Newcastle United" not in wrong  # whose story it is; the answer itself
    # the same town outside a football story is a town
    s = "The ship docked in Newcastle on Tuesday after a long voyage along the coast."
    wrong = choose(fact(s, "Newcastle", "GPE"), article=[("Newcastle", "GPE"), ("Sydney", "GPE")], pool={},
                   rng=random.Random(0))
    assert not set(wrong) & england


def test_a_surname_the_story_gives_someone_else_in_a_longer_span_is_not_the_famous_one():
    s = "Brown said he was recommending that businesses and schools remain closed tomorrow."
    british = {"Blair", "Sunak", "Starmer", "Cameron", "May", "Johnson", "Truss", "Major", "Thatcher"}
    for span, label in [("Auckland Mayor Wayne Brown", "ORG"), ("Wayne Brown", "GPE")]:
        article = [(span, label), ("Brown", "PERSON"), ("Auckland", "GPE"), ("Chris Hipkins", "PERSON")]
        for seed in range(5):
            wrong = choose(fact(s, "Brown", "PERSON"), article=article, pool={}, rng=random.Random(seed))
            assert not set(wrong) & british, wrong  # no Gordon Brown's fellow prime ministers
    article = [("Prime Minister Gordon Brown", "ORG"), ("Brown", "PERSON"), ("London", "GPE")]
    wrong = choose(fact(s, "Brown", "PERSON"), article=article, pool={}, rng=random.Random(0))
    assert set(wrong) & british, wrong  # the story's Brown is the prime minister


def test_a_ministry_gets_ministries():
    s = "Interior Ministry spokeswoman Olga Vessina said police efforts to restore order were continuing overnight."
    for seed in range(5):
        wrong = choose(fact(s, "Interior Ministry", "ORG"), article=[("Belarus", "GPE"), ("Minsk", "GPE")], pool={},
                       rng=random.Random(seed))
        assert len(wrong) == 3 and all(w.endswith("Ministry") for w in wrong), wrong  # no Home Office, no Pentagon


def test_a_body_the_prompt_names_inside_a_run_of_capitals_is_no_option():
    s = "The European Union's ambassador to the UN Olof Skoog said the vote was not just about one country."
    for seed in range(5):
        wrong = choose(fact(s, "European Union", "ORG"), article=[("European Union", "ORG"), ("UN", "ORG")], pool={},
                       rng=random.Random(seed))
        assert "United Nations" not in wrong, wrong  # "the UN Olof Skoog" names it


def test_a_countrys_own_politics_gets_no_foreign_leaders_for_someone_quizgen_does_not_know():
    from quizgen.traits import builtin_people

    traits = [("Tomas Ruiz Olmo", "role:president"), ("Tomas Ruiz Olmo", "sphere:head")]
    article = [("Tomas Ruiz Olmo", "PERSON"), ("Peru", "GPE")]
    s = "Parliament voted to impeach Tomas Ruiz Olmo on Tuesday, with 130 lawmakers in favour of the motion."
    for seed in range(3):
        wrong = choose(fact(s, "Tomas Ruiz Olmo", "PERSON"), article=article, pool={}, rng=random.Random(seed),
                       traits=traits)
        assert all("from:peru" in builtin_people().get(w, {"from:peru"}) for w in wrong), wrong  # no Bolsonaro
    s = "Right-wing candidate Tomas Ruiz Olmo swept Sunday's ballot and will be the country's next president."
    article += [("Ana Quispe", "PERSON"), ("Luis Mamani", "PERSON"), ("Rosa Huaman", "PERSON"), ("Jane Porter", "PERSON")]
    traits += [("Jane Porter", "from:united states"), ("Jane Porter", "role:secretary")]
    wrong = choose(fact(s, "Tomas Ruiz Olmo", "PERSON"), article=article, pool={}, rng=random.Random(0), traits=traits)
    assert "Jane Porter" not in wrong  # the story's own foreigner, who congratulated him, is no lure either
    s = "Museveni won 58.6 percent of the vote, the electoral commission said on Saturday."
    for seed in range(3):  # a leader quizgen knows too: no Kenyatta or Kagame for a Ugandan vote
        wrong = choose(fact(s, "Museveni", "PERSON"), article=[("Museveni", "PERSON"), ("Uganda", "GPE")], pool={},
                       rng=random.Random(seed))
        assert all("from:uganda" in builtin_people().get(w, {"from:uganda"}) for w in wrong), wrong


def test_a_first_name_quizgen_knows_as_a_womans_says_she_is_a_woman():
    article = [("Harvey Weinstein", "PERSON"), ("Mimi Haley", "PERSON"), ("Donna Rotunno", "PERSON"),
               ("James Burke", "PERSON"), ("Cyrus Vance", "PERSON"), ("Arthur Aidala", "PERSON")]
    s = "Harvey Weinstein was convicted on Monday and led off to jail, sealing his fall from power."
    for seed in range(3):
        wrong = choose(fact(s, "Harvey Weinstein", "PERSON"), article=article, pool={}, rng=random.Random(seed),
                       traits=[("Harvey Weinstein", "gender:m")])
        assert wrong and not {"Mimi Haley", "Donna Rotunno"} & set(wrong), wrong
    s = "Jessica Mann testified on Friday that she had been afraid of him for years."
    article = [("Jessica Mann", "PERSON"), *article]
    offered = set()
    for seed in range(5):
        offered |= set(choose(fact(s, "Jessica Mann", "PERSON"), article=article, pool={}, rng=random.Random(seed),
                              traits=[("Jessica Mann", "gender:f")]))
    assert offered and offered <= {"Mimi Haley", "Donna Rotunno"}, offered  # women only, now that some are known
