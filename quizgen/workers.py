"""Parsing articles in worker processes: `--jobs N`.

Each worker runs spaCy *and* fact selection on a small chunk of articles and sends back only the
Parsed records (a few facts and entity names), never a Doc: shipping Docs back to one process, as
spaCy's own `n_process` does, leaves selection single-threaded and costs a serialisation per Doc.
Workers are forked after the model is loaded, so they share its memory and start at once.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING

from .models import Article, Failure

if TYPE_CHECKING:
    from spacy.language import Language

    from .generate import Parsed

CHUNK = 4  # articles per task: small enough to balance, large enough for spaCy's batching
IN_FLIGHT = 4  # tasks queued per worker: workers never wait while the parent stores results
MIN_PER_WORKER = 4  # below this many articles per worker, starting workers costs more than it saves

_STATE: dict[str, object] = {}


def cores() -> int:
    """The cores this process may use (the default for --jobs)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def workers_for(articles: int, jobs: int) -> int:
    """How many processes are worth starting for this many articles."""
    return max(1, min(jobs, articles // MIN_PER_WORKER))


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _init(nlp: Language, per_article: int, batch_size: int) -> None:
    _STATE.update(nlp=nlp, per_article=per_article, batch_size=batch_size)


def _work(articles: list[Article]) -> list[Parsed | Failure]:
    from .generate import parse

    return list(parse(articles, _STATE["nlp"], per_article=_STATE["per_article"],  # type: ignore[arg-type]
                      batch_size=_STATE["batch_size"], jobs=1))  # type: ignore[arg-type]


def parse_parallel(articles: Iterable[Article], nlp: Language, *, per_article: int, batch_size: int,
                   jobs: int) -> Iterator[Parsed | Failure]:
    """`generate.parse` over `jobs` forked processes, in input order, with a bounded queue of work."""
    if not can_fork():  # spawned workers would each load the model again: not worth it
        from .generate import parse

        yield from parse(articles, nlp, per_article=per_article, batch_size=batch_size, jobs=1)
        return
    # Under fork the initializer's arguments are inherited, not pickled: the loaded model is shared.
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=_init,
                               initargs=(nlp, per_article, batch_size))
    source = iter(articles)
    pending: deque[Future[list[Parsed | Failure]]] = deque()

    def submit() -> None:
        chunk = list(islice(source, CHUNK))
        if chunk:
            pending.append(pool.submit(_work, chunk))

    finished = False
    try:
        for _ in range(jobs * IN_FLIGHT):
            submit()
        while pending:
            results = pending.popleft().result()
            submit()
            yield from results
        finished = True
    finally:
        # On Ctrl-C or an early stop, drop queued work instead of finishing it.
        pool.shutdown(wait=finished, cancel_futures=True)
