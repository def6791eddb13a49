"""`quizgen build`: new articles into the bank, paying only for what is new.

1. Scan: every candidate (file, URL, feed entry, standard input) is checked against what the bank
   remembers of its origin. An unchanged file or feed entry is skipped without being read; an article
   whose cleaned text is already stored is skipped after reading. spaCy is not loaded for either.
2. Versions: an article that comes from the same place (path, URL) or names the same canonical URL as
   a stored one, and shares much of its text, is a revision: it takes over the stored version's
   lineage, so the facts it keeps keep their ids and review history.
3. Generate and store, streamed in windows: spaCy runs (in worker processes with --jobs) while only
   small Parsed records are kept; each article is stored in its own transaction.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING, Protocol

from .bank import Bank
from .errors import InputError
from .generate import DEFAULT_PER_ARTICLE, FactIndex, Parsed, drop_repeats, parse, pool_of, questions_for
from .ingest.fetch import fetch
from .ingest.sources import Candidate, Fetcher, candidates
from .models import Article, BuildReport, Failure, digest

if TYPE_CHECKING:
    from spacy.language import Language

# Distractors come from the bank and from the articles of the same window; a window bounds memory.
WINDOW = 64
# A revision shares at least this share of its three-word sequences with the version it replaces
# (corrections and updates share most; another story at the same path shares almost none).
SAME_STORY = 0.3


class Progress(Protocol):
    """What build reports while it generates (see progress.py for the terminal's bar)."""

    def start(self, total: int, *, threads: bool) -> None: ...  # threads: False when workers will be forked
    def advance(self, *, articles: int = 0, questions: int = 0) -> None: ...
    def stop(self) -> None: ...


@dataclass(frozen=True)
class _New:
    article: Article
    origin: str | None
    stamp: str | None
    replaces: str | None  # id of the stored version this one revises


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 3]) for i in range(max(0, len(words) - 2))}


def same_story(old: str, new: str) -> bool:
    """Whether `new` is a revision of `old` rather than a different article."""
    a, b = _shingles(old), _shingles(new)
    return bool(a and b) and len(a & b) >= SAME_STORY * min(len(a), len(b))


class _Scan:
    """Step 1 and 2: sort candidates into new articles, skipped ones and failures."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self.stored = bank.article_ids()
        self.known = bank.origins()
        self.new: list[_New] = []
        self.skipped = 0
        self.failures: list[Failure] = []
        self.remember: list[tuple[str, str, str | None, str | None]] = []
        self.seen: set[str] = set()
        self.claimed: set[str] = set()  # stored versions already revised in this build

    def add(self, item: Candidate | Failure) -> None:
        if isinstance(item, Failure):
            self.failures.append(item)
            return
        known = self.known.get(item.origin) if item.origin else None
        if known and item.stamp is not None and known[0] == item.stamp:
            if known[1] in self.stored:
                self.skipped += 1
                return
            if known[2]:  # failed before, unchanged since: no need to load spaCy to fail again
                self.failures.append(Failure(item.source, known[2]))
                return
        try:
            article = item.load()
        except InputError as e:
            self.failures.append(Failure(item.source, str(e)))
            return
        if article.id in self.stored or article.id in self.seen:
            self.skipped += 1
            if item.origin and item.stamp is not None:
                self.remember.append((item.origin, item.stamp, article.id, None))
            return
        self.seen.add(article.id)
        old = self._earlier_version(article, known[1] if known else None, item.source if item.origin else None)
        if old:
            self.claimed.add(old[0])
            article = replace(article, lineage=old[1])
        elif self.bank.lineage_taken(article.id):
            # This text was once the first version of an article since revised: a new lineage keeps
            # the two apart.
            article = replace(article, lineage=digest(article.id, item.origin or item.source))
        self.new.append(_New(article, item.origin, item.stamp, old[0] if old else None))

    def _earlier_version(self, article: Article, known_id: str | None, source: str | None) -> tuple[str, str] | None:
        """The stored article this one revises: same canonical URL, same origin or same source, and much
        the same text. (The source covers banks built before origins were remembered.)"""
        if not (article.url or known_id or source):
            return None
        for old_id, lineage, text in self.bank.versions(url=article.url, article_id=known_id, source=source):
            if old_id not in self.claimed and same_story(text, article.text):
                return old_id, lineage
        return None


def _batched(items: Iterable[Parsed | Failure], size: int, progress: Progress | None) -> Iterator[list[Parsed | Failure]]:
    """Windows of `size` parsed articles; progress counts each article as it comes out of spaCy."""

    def counted() -> Iterator[Parsed | Failure]:
        for item in items:
            if progress:
                progress.advance(articles=1)
            yield item

    it = counted()
    while window := list(islice(it, size)):
        yield window


def _store(p: Parsed, new: _New, bank: Bank, *, pool: dict[str, list[str]], known: FactIndex, seed: int,
           failures: list[Failure],
           remember: list[tuple[str, str, str | None, str | None]]) -> int | None:
    """Questions for one parsed article, stored in one transaction; the number added, or None if it failed."""
    had_facts = bool(p.facts)
    p = drop_repeats(p, known, replaces=new.replaces)
    questions = questions_for(p, pool=pool, seed=seed)
    if new.article.lineage:
        questions = [replace(q, lineage=new.article.lineage) for q in questions]
    if not questions and had_facts and not p.facts:
        # Another outlet's copy of a story already in the bank: stored, so it is known next time, but
        # every fact it has is already asked.
        count = bank.add(p.article, [], p.entities, replaces=new.replaces)
        if new.origin and new.stamp is not None:
            remember.append((new.origin, new.stamp, p.article.id, None))
        return count
    if not questions:
        message = (f"{p.article.source}: no sentence to ask about; quizgen needs full sentences naming people, "
                   "places, dates or numbers")
        failures.append(Failure(p.article.source, message))
        if new.origin and new.stamp is not None:
            remember.append((new.origin, new.stamp, None, message))  # spaCy need not run on it again
        return None
    count = bank.add(p.article, questions, p.entities, replaces=new.replaces)
    if new.origin and new.stamp is not None:
        remember.append((new.origin, new.stamp, p.article.id, None))
    return count


def build(paths: Iterable[str], bank: Bank, load_nlp: Callable[[], Language], *, feeds: Iterable[str] = (),
          per_article: int = DEFAULT_PER_ARTICLE, seed: int = 0, jobs: int = 1, progress: Progress | None = None,
          fetcher: Fetcher = fetch) -> BuildReport:
    """Read, generate and store every new article under `paths` and in `feeds`; one transaction per article."""
    scan = _Scan(bank)
    for item in candidates(paths, feeds=feeds, fetcher=fetcher):
        scan.add(item)
    bank.remember(scan.remember)
    failures = scan.failures
    if not scan.new:
        return BuildReport(skipped=scan.skipped, failures=tuple(failures))
    from .workers import workers_for

    nlp = load_nlp()
    pool = bank.entity_pool()
    known = FactIndex(bank.facts())
    by_id = {n.article.id: n for n in scan.new}
    added = stored = revised = 0
    workers = workers_for(len(scan.new), jobs)
    if progress:
        progress.start(len(scan.new), threads=workers == 1)
    try:
        stream = parse((n.article for n in scan.new), nlp, per_article=per_article, jobs=workers)
        for window in _batched(stream, WINDOW, progress):
            for label, names in pool_of(p for p in window if isinstance(p, Parsed)).items():
                pool[label] = list(dict.fromkeys([*pool.get(label, []), *names]))
            remember: list[tuple[str, str, str | None, str | None]] = []
            for p in window:
                if isinstance(p, Failure):
                    failures.append(p)  # an internal error: not remembered, so the next build tries again
                    continue
                new = by_id[p.article.id]
                count = _store(p, new, bank, pool=pool, known=known, seed=seed, failures=failures, remember=remember)
                if count is not None:
                    added += count
                    stored += 1
                    revised += new.replaces is not None
                    if progress:
                        progress.advance(questions=count)
            bank.remember(remember)
    finally:
        if progress:
            progress.stop()
    return BuildReport(new=stored, revised=revised, skipped=scan.skipped, questions=added, failures=tuple(failures))
