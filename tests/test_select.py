"""Sentence and gap rules, mostly on hand-built Docs (no model load); rules that read the parse use the model."""
import pytest
import spacy
from spacy.tokens import Doc

from quizgen.select import choose_facts, usable_answer
from quizgen.models import Fact

from .handmade import make


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def sent_and_ent(doc, k=0):
    return next(iter(doc.sents)), doc.ents[k]


def test_relative_dates_and_bare_numbers_are_not_gaps(vocab):
    doc = make(vocab, "The council met on Wednesday and two members voted in 2014 against the plan.",
               [("Wednesday", "DATE"), ("two", "CARDINAL"), ("2014", "DATE")])
    sent = next(iter(doc.sents))
    assert [usable_answer(e, sent) for e in doc.ents] == [False, False, True]
    for text, usable in [("Deputies answered a 911 call from the harbour office shortly after noon.", False),
                         ("Some 911 delegates voted for the harbour plan shortly after noon.", True)]:
        doc = make(vocab, text, [("911", "CARDINAL")])
        assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable  # an emergency number is a name


def test_an_entity_repeated_in_its_sentence_is_not_a_gap(vocab):
    doc = make(vocab, "Putin met Kim while Putin was in Pyongyang for talks on trade.",
               [("Putin", "PERSON"), ("Kim", "PERSON"), ("Putin", "PERSON"), ("Pyongyang", "GPE")])
    sent = next(iter(doc.sents))
    assert [usable_answer(e, sent) for e in doc.ents] == [False, True, False, True]


def test_demonyms_and_capitals_give_a_country_away(vocab):
    doc = make(vocab, "Russia signed the pact as Russian officials watched the ceremony closely.",
               [("Russia", "GPE"), ("Russian", "NORP")])
    sent, russia = sent_and_ent(doc)
    assert not usable_answer(russia, sent)
    doc = make(vocab, "Officials in Moscow said Russia would sign the new pact this summer.",
               [("Moscow", "GPE"), ("Russia", "GPE")])
    sent = next(iter(doc.sents))
    assert not usable_answer(doc.ents[1], sent)
    doc = make(vocab, "Wiccans use ancient Greek rites, while Hellenic worshippers keep to the old gods.",
               [("Greek", "NORP"), ("Hellenic", "NORP")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))  # an old name for the same people


def test_a_surname_gives_away_the_full_name(vocab):
    doc = make(vocab, "Kim Jong Un greeted the visitors while Kim waved from the stage above.",
               [("Kim Jong Un", "PERSON"), ("Kim", "PERSON")])
    sent = next(iter(doc.sents))
    assert not usable_answer(doc.ents[0], sent)


def fact(sentence: str, answer: str, score: float, label: str = "PERSON") -> Fact:
    return Fact(sentence=sentence, answer=answer, answer_start=sentence.index(answer), label=label, score=score)


def test_choose_facts_varies_sentences_and_answers():
    facts = [
        fact("Alice Smith won the race in Rome on a rainy afternoon.", "Alice Smith", 0.9),
        fact("Alice Smith won the race in Rome on a rainy afternoon.", "Rome", 0.8),
        fact("Alice Smith later thanked the crowd in the city square.", "Alice Smith", 0.7),
        fact("Alice Smith signed autographs for young fans at the stadium.", "Alice Smith", 0.6),
        fact("Bob Jones finished second after a late fall near the end.", "Bob Jones", 0.5),
    ]
    chosen = choose_facts(facts, 10)
    assert [f.score for f in chosen] == [0.9, 0.7, 0.5]  # one per sentence, one answer at most twice


def test_a_person_by_full_name_and_by_surname_counts_as_one_answer():
    facts = [
        fact("Roman Polanski was arrested at the airport in Zurich on Saturday.", "Roman Polanski", 0.9),
        fact("Polanski had been invited to receive a prize at the film festival.", "Polanski", 0.8),
        fact("Lawyers for Polanski said they would appeal the decision at once.", "Polanski", 0.7),
        fact("Anna Berg, the festival's director, said she was shocked by the news.", "Anna Berg", 0.6),
    ]
    assert [f.answer for f in choose_facts(facts, 10)] == ["Roman Polanski", "Polanski", "Anna Berg"]


def test_a_country_and_its_demonym_count_as_one_answer():
    facts = [
        fact("North Korea sent troops to the border region on a cold morning.", "North Korea", 0.9),
        fact("Observers said North Korean officers led the long convoy south.", "North Korean", 0.8),
        fact("The statement named North Korea as the source of the shells fired.", "North Korea", 0.7),
        fact("Japan protested the tests at an emergency meeting in New York.", "Japan", 0.6),
        fact("A minor detail about the weather in Oslo was also mentioned here.", "Oslo", 0.001),
    ]
    chosen = choose_facts(facts, 10)
    assert [f.answer for f in chosen] == ["North Korea", "North Korean", "Japan"]  # the tail is dropped too


def test_an_acronym_in_brackets_after_its_expansion_is_not_a_gap(vocab):
    doc = make(vocab, "The Federal Aviation Administration ( FAA ) has registered more than a million drones.",
               [("FAA", "ORG")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))


def test_the_tail_is_cut_relative_to_the_third_sentence_not_to_one_outlier():
    lines = [f"Councillor number {n} of Oslo spoke about the harbour plan at length." for n in range(1, 6)]
    facts = [fact(lines[0], "Oslo", 0.9, "GPE"),  # named in the title: far above the rest
             *(fact(line, "Oslo", score, "GPE") for line, score in zip(lines[1:], (0.004, 0.003, 0.002, 0.0001)))]
    chosen = choose_facts(facts, 10, max_per_answer=10, overlap=1.0)
    assert [f.score for f in chosen] == [0.9, 0.004, 0.003, 0.002]  # only the trivia below a tenth of the 3rd goes


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin arrived in Oslo on a cold and windy morning.",
    "Vladimir Putin arrived in Oslo , where crowds cheered the Russian leader on a cold morning.",
    "Vladimir Putin arrived in Oslo , where crowds cheered Russia’s president on a cold morning.",
])
def test_a_country_and_its_office_give_a_person_away(vocab, text):
    ents = [("Russian", "NORP"), ("Vladimir Putin", "PERSON")] if text.startswith("Russian") else \
        [("Vladimir Putin", "PERSON"), ("Russia", "GPE") if "Russia’s" in text else ("Russian", "NORP")]
    doc = make(vocab, text, ents)
    sent = next(iter(doc.sents))
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    assert not usable_answer(person, sent)


def test_an_office_without_a_country_leaves_the_person_askable(vocab):
    doc = make(vocab, "President Vladimir Putin arrived in Oslo on a cold and windy morning.",
               [("Vladimir Putin", "PERSON"), ("Oslo", "GPE")])
    assert usable_answer(doc.ents[0], next(iter(doc.sents)))


def test_a_name_that_runs_into_underscores_is_no_blank(vocab):
    # An article's own "_____" beside a name: blanked, "Apple_____" would read as one long blank.
    words = "Narendra Modi studied in Oslo before he joined Apple _____ in the year 2001 .".split()
    spaces = [w not in ("Apple", "2001") for w in words]
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=[True] + [False] * (len(words) - 1),
              ents=["O", "O", "O", "O", "B-GPE", "O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O"])
    oslo, apple = doc.ents
    assert apple.text == "Apple" and doc.text.count("Apple_____") == 1
    assert not usable_answer(apple, doc[:])
    assert usable_answer(oslo, doc[:])


def speaker_doc(vocab, extra_mentions: int, name: str = "Lund") -> Doc:
    """ "The harbour plan will cost four million kroner, Lund said." after `extra_mentions` sentences naming Lund
    (or `name`)."""
    words, heads, deps, ents, starts = [], [], [], [], []
    for _ in range(extra_mentions):
        base = len(words)
        words += [name, "opened", "the", "harbour", "."]
        heads += [base + 1, base + 1, base + 3, base + 1, base + 1]
        deps += ["nsubj", "ROOT", "det", "dobj", "punct"]
        ents += ["B-PERSON", "O", "O", "O", "O"]
        starts += [True, False, False, False, False]
    base = len(words)
    tail = [("The", 2, "det"), ("harbour", 2, "compound"), ("plan", 4, "nsubj"), ("will", 4, "aux"),
            ("cost", 12, "ccomp"), ("four", 6, "compound"), ("million", 7, "nummod"), ("kroner", 4, "dobj"),
            ("for", 4, "prep"), ("Oslo", 8, "pobj"), (",", 12, "punct"), (name, 12, "nsubj"),
            ("said", 12, "ROOT"), (".", 12, "punct")]
    words += [w for w, _h, _d in tail]
    heads += [base + h for _w, h, _d in tail]
    deps += [d for _w, _h, d in tail]
    ents += ["O"] * 9 + ["B-GPE", "O", "B-PERSON", "O", "O"]
    starts += [True] + [False] * (len(tail) - 1)
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ","} for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, ents=ents, sent_starts=starts)


@pytest.mark.parametrize("name, mentions, asked", [("Lund", 0, False), ("Lund", 2, False), ("Lund", 3, True),
                                                   ("Lavrov", 0, True)])
def test_who_said_it_is_asked_only_of_the_storys_main_people(vocab, name, mentions, asked):
    from quizgen.rank import profile
    from quizgen.select import gaps

    doc = speaker_doc(vocab, mentions, name=name)
    last = list(doc.sents)[-1]
    answers = [g.text for g, _label in gaps(last, profile(doc))]
    assert "Oslo" in answers
    # named four times (three before), Lund is one of the story's people; Lavrov is known to quizgen
    assert (name in answers) is asked


def test_a_gap_is_ranked_against_its_sentences_most_mentioned_gap(vocab):
    import math

    from quizgen.rank import gap_features, most_mentioned, profile
    from quizgen.select import gaps

    doc = speaker_doc(vocab, 3)
    prof = profile(doc)
    index, last = len(list(doc.sents)) - 1, list(doc.sents)[-1]
    found = list(gaps(last, prof))
    most = most_mentioned(found, prof)
    below = {g.text: gap_features(g, last, index, prof, label=label, most=most)["mentions_below_best"]
             for g, label in found}
    assert below["Lund"] == 0.0 and below["Oslo"] == math.log1p(4) - math.log1p(1)  # Lund is named four times


def test_a_bare_direction_is_no_place(vocab):
    doc = make(vocab, "Officials said the North was willing to give the talks more time and more chances.",
               [("North", "LOC")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))


@pytest.mark.parametrize("text, answer, label, asked", [
    ("The woman can still pursue three forms of relief in the United States under the law.", "United States", "GPE",
     False),
    ("About 42 million Americans will travel for the holiday this weekend.", "Americans", "NORP", False),
    ("The White House press secretary took questions for an hour on Monday.", "White House", "ORG", False),
    ("In 1910, 2,000 cherry trees arrived in Washington as a gift from Tokyo.", "Washington", "GPE", True),
    ("Three weeks later, the treaty was ratified by Canada after a long debate.", "Canada", "GPE", True),
])
def test_the_united_states_is_no_gap_but_its_capital_is(vocab, text, answer, label, asked):
    doc = make(vocab, text, [(answer, label)])
    assert usable_answer(doc.ents[0], next(iter(doc.sents))) is asked


def test_a_member_of_a_list_of_three_is_no_gap(nlp):
    doc = nlp("Other nations with top rankings were Denmark, Finland, Sweden and the Netherlands last year.")
    sent = next(iter(doc.sents))
    countries = [e for e in doc.ents if e.label_ == "GPE"]
    assert len(countries) >= 3, "the test needs the model to find the list"
    assert not any(usable_answer(e, sent) for e in countries)
    pair = nlp("Malaysia and Indonesia have kept a policy of turning away boats of migrants at sea.")
    assert any(usable_answer(e, next(iter(pair.sents))) for e in pair.ents)  # two: which two is the fact


def test_a_leader_of_the_answers_country_gives_it_away(vocab):
    doc = make(vocab, "Crowds chanted the name of Putin and waved Russian flags along the wide boulevards.",
               [("Putin", "PERSON"), ("Russian", "NORP")])
    assert not usable_answer(doc.ents[1], next(iter(doc.sents)))
    doc = make(vocab, "Crowds chanted the name of Putin and waved Chinese flags along the wide boulevards.",
               [("Putin", "PERSON"), ("Chinese", "NORP")])
    assert usable_answer(doc.ents[1], next(iter(doc.sents)))  # Putin leads Russia, not China
    doc = make(vocab, "The half-brother of North Korean leader Kim Jong-un was killed in Kuala Lumpur .",
               [("North Korean", "NORP"), ("Kim Jong-un", "PERSON"), ("Kuala Lumpur", "GPE")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))  # however his name is spelt


def test_who_speaks_for_someone_else_is_no_gap(nlp):
    from quizgen.rank import profile
    from quizgen.select import gaps

    doc = nlp("Mayor Anna Lund opened the new harbour in Oslo. Anna Lund thanked the crew at the harbour. "
              "The harbour plan will cost four million kroner for Oslo, the company's spokesman Lund said. "
              "The harbour plan will cost four million kroner for Bergen, Lund said on Monday.")
    prof = profile(doc)
    *_, spoken_for, own = list(doc.sents)
    assert "Lund" not in [g.text for g, _label in gaps(spoken_for, prof)]
    assert "Lund" in [g.text for g, _label in gaps(own, prof)]  # named four times: one of the story's people


def test_whose_news_agency_reported_it_is_no_blank(vocab):
    doc = make(vocab, "The toll rose to 40 , the official Vessian news agency reported on Monday morning.",
               [("40", "CARDINAL"), ("Vessian", "NORP")])
    assert [usable_answer(e, next(iter(doc.sents))) for e in doc.ents] == [True, False]
    doc = make(vocab, "The Vessian al-Nahar newspaper reported that 40 people were killed on Monday.",
               [("Vessian", "NORP"), ("40", "CARDINAL")])
    assert [usable_answer(e, next(iter(doc.sents))) for e in doc.ents] == [False, True]


def test_a_difference_worked_out_from_the_storys_figures_is_no_blank(vocab):
    doc = make(vocab, "Dorsey was sentenced to 4 years in prison , 2 years less than he received at his first trial.",
               [("4 years", "DATE"), ("2 years", "DATE")])
    assert [usable_answer(e, next(iter(doc.sents))) for e in doc.ents] == [True, False]


@pytest.mark.parametrize("text, answer, usable", [
    ("The Vessian National Party ( VNP ) leader won all but one of the seats .", "Vessian National Party", False),
    ("The plan was run by the Harbour Action Fund ( the fund ) until May .", "Harbour Action Fund", True),
    ("The Vessian Institute of Volcanology and Seismology Department ( VesVocs ) has been monitoring it .",
     "Seismology Department", False),
    ("The plan was run by the Harbour Action Fund ( Oslo ) until May .", "Harbour Action Fund", True),
])
def test_an_acronym_in_brackets_after_the_blank_gives_it_away(vocab, text, answer, usable):
    doc = make(vocab, text, [(answer, "ORG"), ("May", "DATE")])  # the date the model finds: the name is not alone
    assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable


def test_a_country_is_given_away_by_one_of_its_cities(vocab):
    doc = make(vocab, "In Johannesburg the union met the firms under the auspices of South Africa’s arbitration body .",
               [("Johannesburg", "GPE"), ("South Africa", "GPE")])
    assert not usable_answer(doc.ents[1], next(iter(doc.sents)))
    doc = make(vocab, "Hours later , a magnitude-5.4 earthquake hit Bosnia , with an epicenter south of Sarajevo .",
               [("Bosnia", "GPE"), ("Sarajevo", "GPE")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))  # a country by its short name too


@pytest.mark.parametrize("text, ents, usable", [
    ("The bus fell about 200 feet , or 60 meters , to the ground .", [("about 200 feet", "QUANTITY"), ("60 meters", "QUANTITY")],
     [False, False]),  # either gives the other away
    ("The fire had burned 27366 acres ( 11074 hectares ) by Monday .", [("27366 acres", "QUANTITY"),
                                                                         ("11074 hectares", "QUANTITY")],
     [False, False]),
    ("The fires have burned 36000 acres — or just over 52 square miles — in five days .",
     [("36000 acres", "QUANTITY"), ("52 square miles", "QUANTITY")], [False, False]),
    ("The fire had burned 27366 acres by Monday , up from 200 acres .", [("27366 acres", "QUANTITY"),
                                                                         ("200 acres", "QUANTITY")],
     [True, True]),
])
def test_a_figure_converted_beside_the_blank_gives_it_away(vocab, text, ents, usable):
    doc = make(vocab, text, ents)
    assert [usable_answer(e, next(iter(doc.sents))) for e in doc.ents] == usable


def test_a_news_outlet_by_its_name_is_no_blank(vocab):
    doc = make(vocab, "The drop was larger than the median forecast in a survey by Vessia News on Monday .",
               [("Vessia News", "ORG")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))
    doc = make(vocab, "One customer told the Vessian Broadcasting Corporation she could not call home .",
               [("Vessian Broadcasting Corporation", "ORG")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))


def test_the_model_of_a_car_someone_drove_is_no_gap(vocab):
    for text, usable in [("A Toyota Camry was heading west on the highway when it hit an oncoming bus.", False),
                         ("Regulators grounded the Boeing 737 MAX after a second crash within five months.", True)]:
        product = "Camry" if "Camry" in text else "737 MAX"
        doc = make(vocab, text, [(product, "PRODUCT")])
        assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable


def test_past_the_lead_a_name_with_nothing_else_named_beside_it_is_no_blank(nlp):
    from quizgen.select import candidate_facts

    text = ("Norland has long been torn by disputed votes and violence. Observers from Velmark said the vote on "
            "Sunday was calm. Turnout was 61 percent, officials said. Most homes in Norland are built to withstand "
            "strong quakes. Norland signed a trade accord with Velmark in March.")
    asked = {(f.answer, f.sentence.split()[1]) for f in candidate_facts(nlp(text))}
    assert ("Norland", "has") in asked  # the lead says what the story is about: asked though nothing else is named
    assert not any(word == "homes" for _answer, word in asked)  # "most homes in _____": which country?
    assert {("Norland", "signed"), ("Velmark", "signed"), ("March", "signed")} <= asked  # named beside others


def test_a_name_alone_in_quotation_marks_is_a_title_not_someones_words(nlp):
    from quizgen.select import candidate_facts

    doc = nlp('The drama "Harbour Lights" and the comedy "Damages" led the Emmy nominations announced on Thursday '
              'in Los Angeles. "We will win the vote in Norland," Maria Vell said on Monday.')
    answers = {f.answer for f in candidate_facts(doc)}
    assert "Harbour Lights" in answers  # the drama's title, not '"Harbour Lights' with a stray mark
    assert "Norland" not in answers  # inside someone's words


@pytest.mark.parametrize("text, usable", [
    ("Norland is ranked as one of the countries most prone to disasters in 2024 .", False),
    ("Norland was among the nations that signed the accord in 2024 .", False),
    ("Norland , one of the poorest countries , signed the accord in 2024 .", True),
])
def test_one_of_many_is_no_blank(vocab, text, usable):
    doc = make(vocab, text, [("Norland", "GPE"), ("2024", "DATE")])
    assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable


def test_a_leader_named_with_a_possessive_gives_away_the_country(vocab):
    doc = make(vocab, "Indian Prime Minister Narendra Modi’s party was in talks with its allies on Wednesday .",
               [("Indian", "NORP"), ("Narendra Modi ’s", "PERSON"), ("Wednesday", "DATE")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))


def test_a_noun_phrase_is_a_blank_only_when_the_story_says_it_again_or_its_title_does(nlp):
    from quizgen.select import candidate_facts

    doc = nlp("Health officials in Norland will launch a vaccination campaign against yellow fever on Thursday. "
              "The campaign follows six confirmed cases of yellow fever in the capital. Rescuers ended an intense "
              "search for the missing hikers on Friday.")
    phrases = {f.answer for f in candidate_facts(doc, title="Norland fights outbreak") if f.label is None}
    assert phrases == {"yellow fever"}  # "an intense search", said once, is the writer's wording
    phrases = {f.answer for f in candidate_facts(doc, title="Hikers found after search") if f.label is None}
    assert "intense search" in phrases  # the title says what the story is about
    from quizgen.rank import profile
    from quizgen.phrases import topical as _topical

    doc = nlp("In many of the surrounding areas power and phone lines were still down on Saturday.")
    phrase = doc[4:7]
    assert phrase.text == "surrounding areas power"
    assert _topical(phrase, profile(doc, "Power cut in the valley"))
    assert not _topical(phrase, profile(doc, "Merkel to visit flood-affected areas"))  # not by a vague word alone


@pytest.mark.parametrize("text, usable", [
    ("The Egyptian daily al-Akhbar reported the arrests on Monday .", False),
    ("The Syrian state daily Tishreen reported the talks on Monday .", False),
    ("The Egyptian army reported the arrests on Monday .", True),
])
def test_whose_daily_newspaper_it_is_is_no_blank(vocab, text, usable):
    answer = text.split()[1]
    doc = make(vocab, text, [(answer, "NORP"), ("Monday", "DATE")])
    assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable


def test_an_amount_after_a_year_in_brackets_is_no_converted_figure(vocab):
    doc = make(vocab, "Revenue rose in 2019 ( about $5 billion in all ) as sales grew in May .",
               [("$5 billion", "MONEY"), ("May", "DATE")])
    assert usable_answer(doc.ents[0], next(iter(doc.sents)))


def test_a_span_in_lower_case_is_no_name(vocab):
    for text, span, label, usable in [
            ("Thousands of kwaad home fans invaded the pitch after the final whistle .", "kwaad home fans", "ORG", False),
            ("Thousands of Arema home fans invaded the pitch after the final whistle .", "Arema", "ORG", True),
            ("The council voted against the plan in early spring 2014 after a long debate .", "early spring 2014",
             "DATE", True)]:
        doc = make(vocab, text, [(span, label)])
        assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable


def test_a_newspaper_named_for_a_people_is_no_blank(vocab):
    for text, usable in [("The deal was closed on Thursday , The Hindu reported .", False),
                         ("The deal was backed by the Hindu community on Thursday , officials said .", True)]:
        doc = make(vocab, text, [("Hindu", "NORP")])
        assert usable_answer(doc.ents[0], next(iter(doc.sents))) is usable


def test_a_share_that_makes_up_the_whole_with_another_is_no_blank(vocab):
    doc = make(vocab, "Final results showed that 66 percent of voters backed reform , with 34% against .",
               [("66 percent", "PERCENT"), ("34%", "PERCENT")])
    assert [usable_answer(e, next(iter(doc.sents))) for e in doc.ents] == [False, False]
    doc = make(vocab, "Final results showed that 66 percent of voters backed reform , with 28% against .",
               [("66 percent", "PERCENT"), ("28%", "PERCENT")])
    assert [usable_answer(e, next(iter(doc.sents))) for e in doc.ents] == [True, True]


def test_who_comments_for_a_newspaper_is_no_gap(nlp):
    from quizgen.rank import profile
    from quizgen.select import gaps

    doc = nlp("Harbour Holdings bought the Oslo shipyard on Monday. Harbour Holdings will pay four billion kroner. "
              "BBC business correspondent Tom Berg commented that the takeover was a shock to many in Oslo. "
              "Reporter Tom Berg was detained by police in Oslo on Tuesday after the takeover.")
    prof = profile(doc)
    *_, comment, news = list(doc.sents)
    assert "Tom Berg" not in [g.text for g, _label in gaps(comment, prof)]
    assert "Tom Berg" in [g.text for g, _label in gaps(news, prof)]  # a reporter who is the news


def test_half_of_a_range_is_no_blank(vocab):
    doc = make(vocab, "The bones are around 500 to 670 years old , the team said .", [("around 500 to", "CARDINAL")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))
    doc = make(vocab, "Two survivors , aged 25 and 33 , were pulled from the wreckage .", [("25 and", "DATE")])
    assert not usable_answer(doc.ents[0], next(iter(doc.sents)))
