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
from .models import Article, Failure, Fact, Kind, Question
from .rank import profile
from .select import candidate_facts, choose_facts

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_PER_ARTICLE = 10
BATCH_SIZE = 16  # news articles are long: small batches keep memory flat at no cost in speed


@dataclass(frozen=True)
class Parsed:
    """What generation keeps of one article after spaCy: its best facts and its named entities."""

    article: Article
    facts: tuple[Fact, ...]
    entities: tuple[tuple[str, str], ...]  # (text, label), in order of first mention


def parse(articles: Iterable[Article], nlp: Language, *, per_article: int = DEFAULT_PER_ARTICLE,
          batch_size: int = BATCH_SIZE, jobs: int = 1) -> Iterator[Parsed | Failure]:
    """Run spaCy over the articles (streamed, in order) and keep each one's best facts and its entities.

    With `jobs` > 1 the work is spread over that many worker processes; the output is the same."""
    if jobs > 1:
        from .workers import parse_parallel

        yield from parse_parallel(articles, nlp, per_article=per_article, batch_size=batch_size, jobs=jobs)
        return
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield parsed_from(doc, article, per_article=per_article)


def parsed_from(doc: Doc, article: Article, *, per_article: int) -> Parsed | Failure:
    """One article's Doc boiled down to what generation keeps; the Doc itself is dropped."""
    try:
        prof = profile(doc, article.title)
        facts = choose_facts(list(candidate_facts(doc, prof=prof)), per_article)
        ents = dict.fromkeys((e.text.strip(), prof.label(e)) for e in doc.ents if "\n" not in e.text)
    except Exception as e:  # noqa: BLE001 - one odd article must not stop a build of hundreds
        return Failure(article.source, f"{article.source}: cannot make questions ({e.__class__.__name__}: {e}); "
                                       "please report this article")
    return Parsed(article, tuple(facts), tuple(ents))


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
             jobs: int = 1, failures: list[Failure] | None = None) -> list[tuple[Article, list[Question]]]:
    """The public entry point: articles in, questions out, best first within each article.

    Articles that fail are left out and, when `failures` is given, appended to it."""
    parsed: list[Parsed] = []
    for item in parse(articles, nlp, per_article=per_article, jobs=jobs):
        if isinstance(item, Parsed):
            parsed.append(item)
        elif failures is not None:
            failures.append(item)
    pool = pool_of(parsed)
    for label, names in (extra_pool or {}).items():
        pool[label] = list(dict.fromkeys([*pool.get(label, []), *names]))
    return [(p.article, questions_for(p, pool=pool, seed=seed, kinds=kinds)) for p in parsed]
