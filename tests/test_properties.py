"""For any text, generation returns questions that pass every hard check, or none, and never raises; for any
bytes in a file, reading gives an Article or a one-line Failure. A modest budget here; scripts/fuzz.py runs the
same properties for as long as it is given."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quizgen.generate import generate
from quizgen.ingest import read_articles
from quizgen.models import Article, Failure, digest

from .hardchecks import output_defects, unsound
from .strategies import article_bytes, article_text

BUDGET = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_generation(articles: list[Article], nlp, seed: int = 0) -> int:
    """Generate for `articles` and assert every question is sound; returns how many there were."""
    results = generate(articles, nlp, seed=seed)
    assert [a.id for a, _ in results] == [a.id for a in articles]
    assert not unsound(results)
    assert not output_defects(results)
    return sum(len(questions) for _, questions in results)


def read_bytes_as_article(data: bytes, suffix: str = ".txt") -> Article | Failure:
    """The bytes written to a file named like an article, then read the way `quizgen build` reads it."""
    with tempfile.TemporaryDirectory(prefix="quizgen-prop-") as folder:
        path = Path(folder) / f"2024-06-19-article{suffix}"
        path.write_bytes(data)
        [item] = list(read_articles([str(path)]))
        return item


@BUDGET
@given(texts=st.lists(article_text(), min_size=1, max_size=2), seed=st.integers(0, 2**16))
@example(texts=["Vladimir Putin met Kim Jong Un in Pyongyang on June 19, 2024, officials said. " * 2], seed=0)
@example(texts=["", " ", "\x00", "_____"], seed=0)
# Found by scripts/fuzz.py: a lone "\r" in a sentence split its CSV row; a junk entity offered twice as an option.
@example(texts=["B\rut the United Nations warned that 0 troops had crossed into France from France."], seed=0)
@example(texts=[" Vladimir Putin met Vladimir Putin in France on 0, officials said.\n\n\u00d0\x05?\x16\x8f _____Kim Jong Un "
                "met Putin in France on 0, officials said."], seed=0)
# ... and a junk entity whose only words are function words ("Is...A"), offered twice.
# ... and an entity that ran into an invisible character the sentence is stripped of.
@example(texts=["Vladimir Putin met Vladimir Putin in North Korea on 0, officials said. But Reuters warned that "
                "1,000,000 troops had crossed into Ukraine from North Korea.\u200b"], seed=0)
@example(texts=['Vladimir Putin met Kim Jong Un in France on 0, officials said. Is𮪒\x81ê¶ÕA_____ Vladimir Putin really the leader of France? Vladimir Putin visited Vladimir Putin in Sydney on 0, officials said.'], seed=0)
def test_generation_from_any_text_gives_sound_questions_or_none(nlp, texts, seed):
    articles = [Article(id=digest(str(i), t), source=f"article-{i}.txt", text=t) for i, t in enumerate(texts)]
    check_generation(articles, nlp, seed)


@BUDGET
@given(data=article_bytes(long=False), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_file_reads_as_an_article_or_one_line_and_generates_soundly(nlp, data, suffix):
    item = read_bytes_as_article(data, suffix)
    if isinstance(item, Failure):
        assert item.message and "\n" not in item.message.strip()
        return
    assert item.text.strip()
    assert not any(ord(c) < 32 and c not in "\n\t" for c in item.text)
    check_generation([item], nlp)


def test_news_like_text_does_give_questions(nlp):
    """The properties above are not vacuous: the strategy's prose makes questions of both kinds."""
    text = ("Vladimir Putin met Emmanuel Macron in Paris on June 19, 2024, officials said. "
            "The World Bank said 12,000 people were killed in Ukraine after the attack on Russia.\n\n"
            "Angela Merkel won the election in France with 52% of the vote, beating Jane Smith.")
    assert check_generation([Article(id="x", source="x.txt", text=text)], nlp) >= 4


def test_text_longer_than_spacy_takes_is_cut_not_fatal(nlp):
    """spaCy refuses texts over nlp.max_length with an exception; generate() reads the part it can take."""
    head = "Vladimir Putin met Emmanuel Macron in Paris on June 19, 2024, officials said.\n\n"
    tail = "Angela Merkel visited Pyongyang with 4,000 officials in 2019, state media reported.\n\n"
    text = head * 20 + tail * 40
    limit = nlp.max_length
    nlp.max_length = len(head) * 20 + 10
    try:
        [(article, questions)] = generate([Article(id="long", source="long.txt", text=text)], nlp)
    finally:
        nlp.max_length = limit
    assert questions and all("Merkel" not in q.sentence for q in questions)
