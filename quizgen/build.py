"""`quizgen build`: new articles into the bank. Articles already stored are skipped before spaCy loads."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .bank import Bank
from .generate import DEFAULT_PER_ARTICLE, parse, pool_of, questions_for
from .ingest import read_articles
from .models import Article, BuildReport, Failure

if TYPE_CHECKING:
    from spacy.language import Language


def build(paths: Iterable[str], bank: Bank, load_nlp: Callable[[], Language], *,
          per_article: int = DEFAULT_PER_ARTICLE, seed: int = 0) -> BuildReport:
    """Read, generate and store every new article under `paths`; one transaction per article."""
    new: list[Article] = []
    failures: list[Failure] = []
    skipped = 0
    seen: set[str] = set()
    for item in read_articles(paths):
        if isinstance(item, Failure):
            failures.append(item)
        elif item.id in seen or bank.has_article(item.id):
            skipped += 1
        else:
            seen.add(item.id)
            new.append(item)
    if not new:
        return BuildReport(skipped=skipped, failures=tuple(failures))
    parsed = list(parse(new, load_nlp(), per_article=per_article))
    pool = bank.entity_pool()
    for label, names in pool_of(parsed).items():
        pool[label] = list(dict.fromkeys([*pool.get(label, []), *names]))
    added = stored = 0
    for p in parsed:
        questions = questions_for(p, pool=pool, seed=seed)
        if not questions:
            failures.append(Failure(p.article.source, f"{p.article.source}: no sentence to ask about; quizgen needs "
                                                       "full sentences naming people, places, dates or numbers"))
            continue
        added += bank.add(p.article, questions, p.entities)
        stored += 1
    return BuildReport(new=stored, skipped=skipped, questions=added, failures=tuple(failures))
