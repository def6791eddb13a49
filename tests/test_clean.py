"""Cleaning pasted articles: prose kept verbatim, page furniture dropped, title and date found."""
import pytest

from quizgen.ingest import read_article, title_from_name
from quizgen.ingest.clean import clean, iso_date, strip_dateline

from .conftest import ARTICLES, SAMPLE


def test_sample_keeps_prose_and_drops_furniture():
    raw = SAMPLE.read_text(encoding="utf-8")
    c = clean(raw)
    assert c.title and c.title.startswith("Putin says Russia and North Korea")
    assert c.published == "2024-06-19"
    text = c.text
    assert "close" not in c.paragraphs
    assert "This is a developing story" not in text
    assert "(R)" not in text and "(right)" not in text  # photo captions
    assert not any(p == "CNN" for p in c.paragraphs)
    assert c.paragraphs[0].startswith("Vladimir Putin said")
    flat = " ".join(raw.split())
    for p in c.paragraphs:
        assert " ".join(p.split()) in flat  # verbatim, whitespace aside


def test_lead_sentence_is_never_the_title():
    c = clean("Scientists in Chile found a new species of frog in the Atacama desert last week.\n\n"
              "The frog, about two centimetres long, lives near hot springs.")
    assert c.title is None
    assert c.paragraphs[0].startswith("Scientists in Chile")


def test_datelines_bylines_and_date_lines():
    c = clean("Harbour plan approved\n\nBy Jane Example, Staff Writer\nMonday, May 18, 2015\n\n"
              "OSLO, Norway (AP) -- The city council in Oslo approved a harbour plan worth 2 billion crowns on Monday.")
    assert c.title == "Harbour plan approved"
    assert c.published == "2015-05-18"
    assert c.paragraphs == ("The city council in Oslo approved a harbour plan worth 2 billion crowns on Monday.",)


@pytest.mark.parametrize("line", ["Date: 2023-03-16", "Dated March 16, 2023", "Published: 16 March 2023"])
def test_a_labelled_date_line_is_the_publication_date(line):
    c = clean(f"Leaders agree to resume visits\n{line}\n\n"
              "The two leaders agreed on Thursday to resume regular visits between their capitals.")
    assert c.title == "Leaders agree to resume visits" and c.published == "2023-03-16"
    assert c.paragraphs == ("The two leaders agreed on Thursday to resume regular visits between their capitals.",)


def test_strip_dateline_variants():
    assert strip_dateline("(CNN)Sigma Alpha is a fraternity with many chapters across the country.").startswith("Sigma")
    assert strip_dateline("(CNN) -- The Gulf of Mexico spill is the largest in history.").startswith("The Gulf")
    assert strip_dateline("WASHINGTON (Reuters) - The Senate passed the bill late on Tuesday night.").startswith("The Senate")
    assert strip_dateline("Paris is the capital of France and its largest city.").startswith("Paris")
    assert strip_dateline("ATHENS, July 29 (Reuters) - The minister may call an early election.").startswith("The")
    assert strip_dateline("OSLO (AP) Lena Berg picked a bad time for her first missed penalty.").startswith("Lena")
    assert strip_dateline("UNITED NATIONS, Apr 01 (APP):The parties agreed on a two-month truce.").startswith("The")
    assert strip_dateline("Kenya (KE) is a country in East Africa with many people.").startswith("Kenya")
    assert strip_dateline("ABU DHABI-The Louvre Abu Dhabi opened its doors to the public on Saturday.").startswith("The")
    assert strip_dateline("ASEAN-China trade grew by a third in the first half of the year.").startswith("ASEAN")
    assert strip_dateline("World Health Organization (WHO) Director-General Tedros warned of a new wave.").startswith(
        "World")  # an acronym in brackets is no agency's dateline
    assert strip_dateline("LIMA (KTV/Wire News) -- A search for survivors went on in the hills.").startswith("A search")
    assert strip_dateline("Fresno, CA — The deadline for the governor to sign bills has passed.").startswith("The")
    assert strip_dateline("Fresno, the county seat, grew faster than any city in the state.").startswith("Fresno")
    for dateline in ("Aug. 2 (UPI) -- ", "Coral Gables, Florida (CNN)", "NORTH VALE - ", "Donetsk - ", "Lima: ",
                     "Lima : ", "LIMA: ", "CBS NEWS-- ", "ISLAMABAD, Pakistan (AA) – ", "LIMA: (APP) ",
                     "LA PAZ, Bolivia -- ", "Antara, Jakarta – ", "Xinhua, Port Moresby — ",
                     "LIMA/WASHINGTON (Reuters) – ", "SANTO DOMINGO. Dom. Rep. – "):
        assert strip_dateline(dateline + "The council approved the harbour plan on Monday.").startswith("The council")
    for sentence in ("Kim Jong Un - the leader - met officials on Tuesday.",
                     "Two - and possibly three - people were killed in the blast on Monday.",
                     "NASA - the US space agency - said the launch would go ahead on Friday.",
                     "ISIS (also known as ISIL) -- the militant group -- claimed the attack.",
                     "Mr Brown, MP -- the local member -- said the plan was a mistake.",
                     "Sunday - the last day of the festival - drew the biggest crowds yet.",
                     "Lena, Berg's sister – and her coach – won the race on Sunday."):
        assert strip_dateline(sentence) == sentence  # a dash inside the sentence, no dateline


def test_a_headline_may_end_on_an_abbreviation():
    c = clean("Norway beats Chile 2-0 as Berg scores twice in the U.S.\n\n"
              "OSLO (AP) Lena Berg scored twice as Norway beat Chile 2-0 on Tuesday night in Denver.")
    assert c.title == "Norway beats Chile 2-0 as Berg scores twice in the U.S."
    assert c.paragraphs == ("Lena Berg scored twice as Norway beat Chile 2-0 on Tuesday night in Denver.",)
    c = clean("The team flew home on Monday after a long tour of the U.S.\nIt won nine of its ten games there.")
    assert c.title is None  # no blank line after it: the story's first paragraph


def test_iso_date_formats():
    assert iso_date("June 19, 2024") == "2024-06-19"
    assert iso_date("19 June 2024") == "2024-06-19"
    assert iso_date("Sept. 3, 2021") == "2021-09-03"
    assert iso_date("2024-06-19") == "2024-06-19"
    assert iso_date("sometime soon") is None


def test_title_from_file_name_but_never_from_a_hash():
    assert title_from_name("input/2024-06-19-putin-visits-pyongyang.txt") == "Putin visits pyongyang"
    assert title_from_name("articles/00716be72be8cf48cc23ac3b4b8924e569628be2.txt") is None
    assert title_from_name("a.txt") is None


def test_markdown_front_matter():
    a = read_article(str(ARTICLES / "glacier-survey.md"))
    assert a.title == "Swiss glaciers lost record ice in 2024, survey finds"
    assert a.published == "2024-10-01"
    assert a.outlet == "Example Wire" and a.url == "https://example.org/glaciers"
    assert not a.text.startswith("#")


def test_article_identity_is_the_cleaned_text(tmp_path):
    one = tmp_path / "one.txt"
    two = tmp_path / "sub" / "two.txt"
    two.parent.mkdir()
    body = SAMPLE.read_text(encoding="utf-8")
    one.write_text(body, encoding="utf-8")
    two.write_text("close\n\n" + body.replace("\n", "\r\n"), encoding="utf-8")
    assert read_article(str(one)).id == read_article(str(two)).id


def test_browser_notices_are_not_the_story():
    text = ("Please enable JavaScript to read the Northern Ledger.\n\nYour browser does not support the video tag.\n\n"
            "We use cookies to improve your experience. Accept all cookies to continue.\n\n"
            "The EU will let websites set cookies only with consent, the commission said on Monday in Brussels.\n\n"
            "Ferry crews on 14 routes walked out on Monday after talks with the operator collapsed overnight.")
    assert clean(text).paragraphs == (
        "The EU will let websites set cookies only with consent, the commission said on Monday in Brussels.",
        "Ferry crews on 14 routes walked out on Monday after talks with the operator collapsed overnight.")
