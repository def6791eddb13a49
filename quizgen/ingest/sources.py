"""What a build or `generate` reads: files, directories, URLs, standard input and feed entries, as Candidates.

A Candidate says where an article lives and how to tell, without reading it, that it has not changed
since the last build (a file's size and modification time, a feed entry's date); `load` does the
reading, fetching and cleaning. Building skips unchanged candidates before any of that work.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..models import Article, Failure
from ..safe import path_text
from . import MAX_BYTES, STDIN, discover, parse_bytes, read_bytes, to_article
from .feeds import Entry, read_feed
from .fetch import Page, fetch, is_url
from .text import Raw

Fetcher = Callable[[str], Page]
MAX_ENTRIES = 200  # news feeds carry 10 to 100


@dataclass(frozen=True)
class Candidate:
    """Something that may hold an article, not read yet."""

    source: str  # as the user gave it, or the feed entry's link
    origin: str | None  # where it lives across builds: an absolute path or a URL; None for standard input
    stamp: str | None  # equal between builds only if the content is unchanged; None: always read
    load: Callable[[], Article]


def file_candidate(path: str) -> Candidate:
    """A file, stamped with its size and modification time (one stat, no read)."""
    try:
        st = os.stat(path)
        stamp: str | None = f"{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        stamp = None  # let load() report the problem
    shown = path_text(path)  # a name that is not UTF-8 must still be stored and printed
    return Candidate(shown, path_text(os.path.abspath(path)), stamp,
                     lambda: to_article(parse_bytes(read_bytes(path), source=shown, suffix=Path(path).suffix.lower()),
                                        shown))


def url_candidate(url: str, *, fetcher: Fetcher = fetch) -> Candidate:
    """A web page: always fetched (the user asked for it by name), then extracted like a saved page."""
    return Candidate(url, url, None, lambda: page_article(fetcher(url), source=url))


def stdin_candidate(stream: BinaryIO | None = None) -> Candidate:
    def load() -> Article:
        if stream is None and sys.stdin.isatty():
            print("quizgen: reading an article from standard input; end it with Ctrl-D", file=sys.stderr)
        data = (stream or sys.stdin.buffer).read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"standard input: more than {MAX_BYTES // (1024 * 1024)} MB; "
                             "quizgen reads one article at a time")
        return to_article(parse_bytes(data, source="standard input"), "standard input", named=False)

    return Candidate(STDIN, None, None, load)


def page_article(page: Page, *, source: str, fallback: dict[str, str] | None = None) -> Article:
    """A fetched page as an Article; `fallback` holds what a feed said (title, date...) for what the page does not."""
    html = page.content_type in ("text/html", "application/xhtml+xml")
    if page.content_type in ("application/rss+xml", "application/atom+xml"):
        raise InputError(f"{source}: an RSS or Atom feed, not an article; pass it with --feed")
    raw = parse_bytes(page.data, source=source, url=page.url, html=html, charset=page.charset)
    meta = {**(fallback or {}), **raw.meta}
    meta.setdefault("url", page.url)
    return to_article(Raw(raw.text, meta), source, named=False)


def entry_candidate(entry: Entry, *, fetcher: Fetcher = fetch) -> Candidate:
    """A feed entry: its own full text when the feed carries it, else its linked page."""
    fallback = {k: v for k, v in (("title", entry.title), ("date", entry.published), ("outlet", entry.outlet),
                                  ("url", entry.link)) if v}
    source = entry.link or entry.key

    def load() -> Article:
        if entry.content is not None:
            from .html import extract

            raw = extract(entry.content, source=source, url=entry.link)
            # The feed's own title and date describe the entry; the fragment has no head to say otherwise.
            return to_article(Raw(raw.text, {**raw.meta, **fallback}), source, named=False)
        if not entry.link:
            raise InputError(f"{source}: the feed entry has neither text nor a link")
        return page_article(fetcher(entry.link), source=source, fallback=fallback)

    return Candidate(source, entry.key, entry.stamp, load)


def feed_candidates(feed: str, *, fetcher: Fetcher = fetch) -> Iterator[Candidate | Failure]:
    """The entries of one feed (a URL or a file) as Candidates; a Failure if the feed itself cannot be read."""
    try:
        data = fetcher(feed).data if is_url(feed) else read_bytes(feed)
        entries = read_feed(data, source=feed)
    except InputError as e:
        yield Failure(feed, str(e))
        return
    if not entries:
        yield Failure(feed, f"{feed}: the feed has no entries")
    if len(entries) > MAX_ENTRIES:  # each may mean a download: a feed of 10,000 would take hours
        yield Failure(feed, f"{feed}: skipped {len(entries) - MAX_ENTRIES:,} of its {len(entries):,} entries; quizgen "
                            f"reads the first {MAX_ENTRIES} of a feed (the newest, in most feeds)")
    for entry in entries[:MAX_ENTRIES]:
        yield entry_candidate(entry, fetcher=fetcher)


def candidates(paths: Iterable[str], *, feeds: Iterable[str] = (), fetcher: Fetcher = fetch,
               stdin: BinaryIO | None = None) -> Iterator[Candidate | Failure]:
    """Every Candidate named by `paths` (files, directories, URLs, "-") and `feeds`, in a stable order."""
    for given in paths:
        if given == STDIN:
            yield stdin_candidate(stdin)
        elif is_url(given):
            yield url_candidate(given, fetcher=fetcher)
        else:
            for item in discover([given]):
                yield item if isinstance(item, Failure) else file_candidate(item)
    for feed in feeds:
        yield from feed_candidates(feed, fetcher=fetcher)
