"""What a sentence says a person is: a role and its sphere from a title or a description, a country, a gender,
and which names it coordinates. Sentences are written for these tests."""
import pytest

from quizgen.traits import article_traits


def traits_of(nlp, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return set(article_traits(doc, lambda e: e.label_))


def test_a_title_gives_role_sphere_and_country(nlp):
    found = traits_of(nlp, "Yesterday Mexican Foreign Minister Pablo Ortiz Ramirez met reporters in the capital.")
    assert ("Pablo Ortiz Ramirez", "sphere:government") in found
    assert ("Pablo Ortiz Ramirez", "from:mexico") in found


def test_an_apposition_gives_a_role(nlp):
    found = traits_of(nlp, "The goal came late, said Tom Hargreaves, a veteran coach of the club, on Sunday.")
    assert ("Tom Hargreaves", "sphere:sport") in found and ("Tom Hargreaves", "role:coach") in found


def test_a_company_vice_president_is_no_head_of_state(nlp):
    found = traits_of(nlp, "The flaw was serious, said Dana Whitfield, a Norcom vice president, on Monday.")
    assert not any(t.startswith("sphere:") for name, t in found if name == "Dana Whitfield")


def test_coordinated_names_are_peers(nlp):
    found = traits_of(nlp, "Both Peru and Chile voted against the plan at the summit in June.")
    assert ("Peru", "peer:chile") in found and ("Chile", "peer:peru") in found


def test_an_organisations_president_is_no_head_of_state(nlp):
    found = traits_of(nlp, "The rules changed, Norcom national President Mark Ellery wrote on the group's website.")
    assert ("Mark Ellery", "sphere:head") not in found


def test_a_pronoun_gives_a_gender(nlp):
    found = traits_of(nlp, "Mara Kessler said she would appeal. Tom Reyes said his office would not.")
    assert ("Mara Kessler", "gender:f") in found and ("Tom Reyes", "gender:m") in found


def test_a_title_set_off_by_commas_and_its_countrys_possessive(nlp):
    found = traits_of(nlp, "Chile’s new Foreign Minister, Tomas Velarde, was received in Lima on Monday.")
    assert {("Tomas Velarde", "role:foreign-minister"), ("Tomas Velarde", "from:chile")} <= found
    found = traits_of(nlp, "Valley Assemblyman Frank Dorsey voted against the water bond in May.")
    assert ("Frank Dorsey", "sphere:legislature") in found


def test_a_list_of_names_gives_no_title_to_the_next_name(nlp):
    found = traits_of(nlp, "Sheriff Tom Vale, Anna Marsh, and Ted Orr spoke at the rally on Monday.")
    assert not any(name == "Anna Marsh" and t.startswith(("role:", "sphere:")) for name, t in found)


@pytest.mark.parametrize("text, name", [
    ("Islamist leader Omar Haddad was sentenced to death by a tribunal on Thursday.", "Omar Haddad"),
    # an acronym the tagger took for no organisation, and a group named after "leader of"
    ("The truce was signed in the presence of President Luis Arce and ELN leader Tomas Quintero on Friday.",
     "Tomas Quintero"),
    ("Police said John Mensah, the leader of a small liberal party, was arrested on Monday.", "John Mensah"),
    ("Opposition leader Mara Velic claimed victory before the official count.", "Mara Velic"),
    ("Hezbollah leader Karim Nasri spoke to supporters in a televised address.", "Karim Nasri"),
])
def test_the_leader_of_a_group_heads_no_state(nlp, text, name):
    found = traits_of(nlp, text)
    assert (name, "sphere:head") not in found


def test_a_country_leader_heads_a_state(nlp):
    found = traits_of(nlp, "North Korean leader Kim Jong Un watched the launch on Sunday.")
    assert ("Kim Jong Un", "sphere:head") in found


def test_a_secretary_general_of_a_national_body_is_one_of_its_officials(nlp):
    found = traits_of(nlp, "It is a great find, said Dr Karim Saber, Secretary General of the Supreme Council of "
                           "Antiquities, on Friday.")
    assert ("Karim Saber", "role:official") in found
    assert not any(t in ("role:secretary-general", "sphere:international") for name, t in found)
    found = traits_of(nlp, "The talks will go on, said Lena Marsh, Secretary General of the United Nations, on Friday.")
    assert {("Lena Marsh", "role:secretary-general"), ("Lena Marsh", "sphere:international")} <= found


def test_a_state_minister_is_of_the_states_country(nlp):
    found = traits_of(nlp, "The court sentenced Tamil Nadu higher education minister Arun Velan to three years.")
    assert ("Arun Velan", "from:india") in found and ("Arun Velan", "role:minister") in found


@pytest.mark.parametrize("prompt, gender", [
    ("_____ won the women’s race in 2 hours, 18 minutes.", "f"),
    ("_____ took the men's title in straight sets on Sunday.", "m"),
    ("_____ won the race for the party leadership.", None),
    ("In Quito, _____ races to send out job applications before 8pm, when the power and his internet go out.", "m"),
])
def test_a_womens_or_mens_event_gives_the_winner_a_gender(prompt, gender):
    from quizgen.traits import prompt_gender

    assert prompt_gender(prompt, "_____") == gender
