"""RSS and Atom feeds into entries: each one's link, title, date, and its full text when the feed carries it.

feedparser only ever sees bytes that quizgen fetched or read itself, so it never goes to the network
on its own (and never without quizgen's timeout, size limit and User-Agent).
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from ..models import digest

# A feed's own content counts as the full article from this many words; shorter is a teaser, and the
# linked page is fetched instead.
FULL_TEXT_WORDS = 80
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Entry:
    """One feed entry, before any page is fetched."""

    key: str  # what identifies the entry across builds: its link, else its id
    link: str | None
    title: str | None
    published: str | None  # YYYY-MM-DD
    outlet: str | None  # the feed's title
    content: str | None  # HTML of the whole article when the feed carries it
    stamp: str  # changes when the entry is updated, so an unchanged entry is never fetched again


def _date(parsed: Any) -> str | None:
    if not parsed:
        return None
    try:
        return time.strftime("%Y-%m-%d", parsed)
    except (TypeError, ValueError):
        return None


def _words(html: str) -> int:
    return len(_TAG.sub(" ", html).split())


def _full_text(entry: Any) -> str | None:
    """The longest body the entry carries (Atom content, RSS content:encoded, or description), if whole."""
    bodies = [c.get("value") or "" for c in entry.get("content") or []]
    bodies.append(entry.get("summary") or "")
    best = max(bodies, key=_words)
    return best if _words(best) >= FULL_TEXT_WORDS else None


def read_feed(data: bytes, *, source: str) -> list[Entry]:
    """Every entry of an RSS or Atom document, in feed order; InputError when `data` is not a feed."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = f" ({str(problem).splitlines()[0]})" if problem else ""
        raise InputError(f"{source}: not an RSS or Atom feed{detail}; check the feed's address")
    outlet = (parsed.feed.get("title") or "").strip() or None
    entries: list[Entry] = []
    for e in parsed.entries:
        link = (e.get("link") or "").strip() or None
        key = link or (e.get("id") or "").strip()
        content = _full_text(e)
        if not key and content is None:
            continue  # neither an address nor a text: nothing to read
        # dict.get: feedparser's own get() maps a missing "updated" to "published" with a warning.
        updated = dict.get(e, "updated") or e.get("published") or ""
        entries.append(Entry(
            key=key or digest(content or ""), link=link, title=(e.get("title") or "").strip() or None,
            published=_date(e.get("published_parsed") or dict.get(e, "updated_parsed")), outlet=outlet,
            content=content, stamp=digest(updated, content or ""),
        ))
    return entries
