"""The countries a story is set in: those it names as places or peoples; failing those, the ones its
organisations, cities and title name. Wrong options for its officials and cities come from them. Sentences are
written for these tests."""
import random

from quizgen.cities import cities_of, story_countries
from quizgen.distractors import choose
from quizgen.models import Fact


def fact(sentence: str, answer: str, label: str) -> Fact:
    return Fact(sentence=sentence, answer=answer, answer_start=sentence.index(answer), label=label, score=1.0)


def countries(nlp, text: str, title: str | None = None) -> tuple[str, ...]:
    return story_countries(nlp(text).ents, title, lambda e: e.label_)


def test_the_countries_and_peoples_a_story_names_first_named_first(nlp):
    assert countries(nlp, "Peru and Chile met in Lima on Friday. Egyptian officials came too.",
                     "Talks in Jordan") == ("peru", "chile", "egypt")  # no title country when the story names some


def test_a_country_named_in_passing_is_not_where_the_story_is_set(nlp):
    text = ("Romania's court annulled the vote on Friday. Romanian officials said the US had shared reports. "
            "The new vote in Romania will be held in May, and Romanian parties are campaigning.")
    assert countries(nlp, text) == ("romania",)


def test_a_story_naming_no_country_is_set_where_its_organisations_cities_and_title_are(nlp):
    text = "The ruling Maldives Democratic Party won 65 seats in the parliament, the Elections Commission said."
    assert countries(nlp, text) == ("maldives",)
    text = "The Egyptian Ministry of Antiquities said on Friday that a tomb was found in the city of Akhmim."
    assert countries(nlp, text) == ("egypt",)
    assert countries(nlp, "A tomb was found in the city of Akhmim, officials said on Friday.") == ("egypt",)
    assert countries(nlp, "The party won 65 seats, officials said on Friday.", "Ruling party wins big in Fiji's "
                     "election") == ("fiji",)
    assert countries(nlp, "The Papua New Guinea Defence Force said the talks went well.") == ("papua new guinea",)


def test_a_city_gets_cities_of_the_country_its_story_is_set_in():
    s = "The tomb, found in the city of Akhmim, has two rooms with walls covered in pictures."
    article = [("Egyptian Ministry of Antiquities", "ORG"), ("Akhmim", "GPE")]
    for seed in range(3):
        wrong = choose(fact(s, "Akhmim", "GPE"), article=article, pool={}, rng=random.Random(seed),
                       countries=("egypt",))
        assert len(wrong) == 3 and all(w in cities_of("egypt") for w in wrong)  # no Beijing or New Delhi


def test_an_official_of_no_stated_country_gets_compatriots_of_the_country_the_story_is_set_in():
    s = "Former President Hassan Nadeem's party won eight seats in the parliament on Saturday."
    article = [("Maldives Democratic Party", "ORG"), ("Hassan Nadeem", "PERSON")]
    traits = [("Hassan Nadeem", "role:president"), ("Hassan Nadeem", "sphere:head")]
    for seed in range(3):
        wrong = choose(fact(s, "Hassan Nadeem", "PERSON"), article=article, pool={}, rng=random.Random(seed),
                       traits=traits, countries=("maldives",))
        assert not set(wrong) & {"Sergio Mattarella", "Vicente Fox", "Joe Biden", "Emmanuel Macron"}


def test_an_official_is_taken_to_be_of_the_most_named_country_only():
    # a Solomon Islands story about a pact with China: its former foreign minister gets no Chinese or Japanese one
    s = "The governor-general announced on Thursday that Jonas Tali had won 31 votes, to the opposition's 18."
    article = [("Solomon Islands", "GPE"), ("China", "GPE"), ("Jonas Tali", "PERSON"), ("Ben Kwaio", "PERSON"),
               ("Mark Lilo", "PERSON"), ("Peter Sau", "PERSON")]
    traits = [("Jonas Tali", "role:foreign-minister"), ("Jonas Tali", "sphere:government")]
    for seed in range(3):
        wrong = choose(fact(s, "Jonas Tali", "PERSON"), article=article, pool={}, rng=random.Random(seed),
                       traits=traits, countries=("solomon islands", "china", "australia"))
        assert not set(wrong) & {"Wang Yi", "Taro Kono", "Ri Yong-ho", "Yang Jiechi"}


def test_a_city_gets_its_own_countrys_cities_whether_or_not_the_story_names_the_country():
    from quizgen.cities import city_country

    s = "A committee chaired by the Hong Kong Chief Executive will carry out the law, officials said on Tuesday."
    for seed in range(3):
        wrong = choose(fact(s, "Hong Kong", "GPE"), article=[("Hong Kong", "GPE")], pool={}, rng=random.Random(seed))
        assert len(wrong) == 3 and {city_country(w) for w in wrong} == {"china"}  # no Khartoum or Melbourne


def test_a_place_named_as_a_province_gets_no_cities():
    s = "Fires burned in nearly all of Canada's provinces, with the eastern province of Quebec among the worst hit."
    assert choose(fact(s, "Quebec", "GPE"), article=[("Canada", "GPE"), ("Quebec", "GPE")], pool={},
                  rng=random.Random(0)) == []  # not Edmonton, Winnipeg or Hamilton


def test_a_state_or_province_sets_a_story_in_its_country(nlp):
    from quizgen.rank import label_of

    text = "A court in Tamil Nadu jailed a former minister on Thursday, and his party said it would appeal."
    doc = nlp(text)
    assert story_countries(doc.ents, None, label_of) == ("india",)  # whatever the tagger called Tamil Nadu
    assert story_countries(nlp("Floods hit Queensland and killed three people on Monday.").ents, None,
                           label_of) == ("australia",)


def test_a_state_named_like_a_foreign_city_gets_no_cities_of_that_country():
    s = "Extreme fire ratings were issued for large parts of Victoria on Wednesday, officials said."
    article = [("Australia", "GPE"), ("Victoria", "GPE"), ("Melbourne", "GPE"), ("Ballarat", "GPE"),
               ("Geelong", "GPE"), ("Bendigo", "GPE")]
    for seed in range(5):
        wrong = choose(fact(s, "Victoria", "GPE"), article=article, pool={}, rng=random.Random(seed),
                       countries=("australia",))
        assert len(wrong) == 3 and set(wrong) <= {"Melbourne", "Ballarat", "Geelong", "Bendigo"}, wrong  # no Shenzhen


def test_a_sea_named_after_a_people_sets_no_story_there(nlp):
    text = "The opposition hailed its historic victory at the polls in the Indian Ocean archipelago on Sunday."
    assert countries(nlp, text, "Seychelles opposition wins parliamentary vote") == ("seychelles",)
