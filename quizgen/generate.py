"""Articles -> questions: pick facts from each parsed article, then write cloze and multiple-choice questions.

Two passes, so that distractors can come from every article of the run (and the bank) while only the
small Fact records, never the spaCy Docs, are kept in memory.
"""
from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import distractors
from .models import Article, Fact, Kind, Question
from .rank import profile
from .select import candidate_facts, choose_facts

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_PER_ARTICLE = 10


@dataclass(frozen=True)
class Parsed:
    """What generation keeps of one article after spaCy: its best facts and its named entities."""

    article: Article
    facts: tuple[Fact, ...]
    entities: tuple[tuple[str, str], ...]  # (text, label), in order of first mention


def parse(articles: Iterable[Article], nlp: Language, *, per_article: int = DEFAULT_PER_ARTICLE,
          batch_size: int = 16) -> Iterator[Parsed]:
    """Run spaCy over the articles (streamed) and keep each one's best facts and its entities."""
    pairs = ((a.text[: nlp.max_length], a) for a in articles)  # spaCy raises on longer texts; ingest refuses them
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        prof = profile(doc, article.title)
        facts = choose_facts(list(candidate_facts(doc, prof=prof)), per_article)
        ents = dict.fromkeys((e.text.strip(), prof.label(e)) for e in doc.ents if "\n" not in e.text)
        yield Parsed(article, tuple(facts), tuple(ents))


def pool_of(parsed: Iterable[Parsed]) -> dict[str, list[str]]:
    """Entities by label across articles: where distractors from other stories come from."""
    pool: dict[str, dict[str, None]] = {}
    for p in parsed:
        for text, label in p.entities:
            pool.setdefault(label, {})[text] = None
    return {label: list(names) for label, names in pool.items()}


def questions_for(parsed: Parsed, *, pool: Mapping[str, Sequence[str]], seed: int = 0,
                  kinds: Sequence[Kind] = (Kind.CLOZE, Kind.MCQ)) -> list[Question]:
    """Each fact as a cloze question and, when three safe wrong options exist, a multiple-choice one."""
    out: list[Question] = []
    for rank, fact in enumerate(parsed.facts):
        common = dict(article_id=parsed.article.id, sentence=fact.sentence, answer=fact.answer, prompt=fact.prompt,
                      answer_label=fact.label, score=fact.score, context=fact.context, rank=rank)
        if Kind.CLOZE in kinds:
            out.append(Question(kind=Kind.CLOZE, **common))
        if Kind.MCQ in kinds:
            probe = Question(kind=Kind.MCQ, **common)
            rng = random.Random(f"{seed}:{probe.fact_id}")
            wrong = distractors.choose(fact, article=parsed.entities, pool=pool, rng=rng)
            if len(wrong) == 3:
                choices = [fact.answer, *wrong]
                rng.shuffle(choices)
                out.append(Question(kind=Kind.MCQ, choices=tuple(choices), **common))
    return out


def generate(articles: Iterable[Article], nlp: Language, *, per_article: int = DEFAULT_PER_ARTICLE, seed: int = 0,
             kinds: Sequence[Kind] = (Kind.CLOZE, Kind.MCQ), extra_pool: Mapping[str, Sequence[str]] | None = None,
             ) -> list[tuple[Article, list[Question]]]:
    """The public entry point: articles in, questions out, best first within each article."""
    parsed = list(parse(articles, nlp, per_article=per_article))
    pool = pool_of(parsed)
    for label, names in (extra_pool or {}).items():
        pool[label] = list(dict.fromkeys([*pool.get(label, []), *names]))
    return [(p.article, questions_for(p, pool=pool, seed=seed, kinds=kinds)) for p in parsed]
