"""Reading sources into Articles: finding files, decoding, extracting pages, cleaning, identity.

Every kind of source (a text, Markdown or HTML file, a URL, standard input, a feed entry) ends as
bytes plus what is known about them, goes through `parse_bytes` into Raw text, and through
`to_article` into an Article whose id is a hash of its cleaned text.
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article, Failure, digest
from .clean import clean, iso_date
from .html import looks_like_feed, looks_like_html
from .lang import looks_english
from .text import Raw, decode, parse_markdown

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)
MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"
_FILE_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def discover(paths: Iterable[str]) -> Iterator[str | Failure]:
    """Article files under the given paths (directories recursively, sorted), or a Failure per bad path."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield Failure(given, f"{given}: no such file or directory")
        elif path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                        found = True
                        yield os.path.join(root, name)
            if not found:
                yield Failure(given, f"{given}: no articles here (quizgen reads {', '.join(SUFFIXES)} files)")
        else:
            yield given


def title_from_name(path: str) -> str | None:
    """A title from a descriptive file name ("2024-06-19-putin-visits-pyongyang.txt"), never from a hash."""
    stem = _FILE_DATE.sub("", Path(path).stem)
    words = [w for w in re.split(r"[-_\s.]+", stem) if w]
    if len(words) < 2 or not all(re.fullmatch(r"[A-Za-z][A-Za-z']*|\d{1,4}", w) for w in words):
        return None
    if sum(1 for w in words if w.isalpha()) < 2:
        return None
    text = " ".join(words)
    return text[0].upper() + text[1:]


def date_from_name(path: str) -> str | None:
    m = _FILE_DATE.search(Path(path).name)
    return iso_date(m.group(0)) if m else None


def _declared(data: bytes, charset: str | None) -> str | None:
    """The text in the encoding a server declared, if it really is in that encoding."""
    if not charset:
        return None
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def parse_bytes(data: bytes, *, source: str, suffix: str = "", url: str | None = None, html: bool = False,
                charset: str | None = None) -> Raw:
    """Bytes of one article into Raw text: HTML by suffix, declared type (`html`) or content; else text.

    `charset` is what an HTTP server declared; without it the bytes say (BOM, meta tag) or are guessed."""
    if suffix in HTML_SUFFIXES or html or (suffix not in (".txt", ".text", *MARKDOWN_SUFFIXES) and looks_like_html(data)):
        from .html import extract

        return extract(_declared(data, charset) or data, source=source, url=url)
    if looks_like_feed(data):
        raise InputError(f"{source}: an RSS or Atom feed, not an article; pass it with --feed")
    text = _declared(data, charset) or decode(data)
    if text is None:
        raise InputError(f"{source}: not a text file (binary data); give quizgen text, Markdown or HTML articles")
    if suffix in MARKDOWN_SUFFIXES or (not suffix and text.startswith("---\n")):
        return parse_markdown(text)
    return Raw(text)


def read_bytes(path: str) -> bytes:
    """A file's bytes; InputError names the file and the fix."""
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(f"{path}: file is {size // (1024 * 1024)} MB; quizgen reads articles up to {MAX_BYTES // (1024 * 1024)} MB")
        with open(path, "rb") as f:
            return f.read()
    except PermissionError:
        raise InputError(f"{path}: permission denied; check the file's read permission") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None


def read_raw(path: str) -> Raw:
    """Read one file into Raw text."""
    return parse_bytes(read_bytes(path), source=path, suffix=Path(path).suffix.lower())


def to_article(raw: Raw, source: str, *, named: bool = True) -> Article:
    """Clean raw text into an Article; InputError when nothing readable (or nothing English) is left.

    `named` says whether `source` is a file name worth mining for a title and date."""
    cleaned = clean(raw.text)
    if not cleaned.paragraphs:
        raise InputError(f"{source}: no article text found (empty, or only headlines and captions)")
    text = cleaned.text
    if not looks_english(text):
        raise InputError(f"{source}: not English; quizgen reads English articles only")
    meta = raw.meta
    return Article(
        id=digest(" ".join(text.split())),
        source=source,
        text=text,
        title=meta.get("title") or cleaned.title or (title_from_name(source) if named else None),
        published=iso_date(meta.get("date", "")) or cleaned.published or (date_from_name(source) if named else None),
        outlet=meta.get("source") or meta.get("outlet"),
        url=meta.get("url"),
    )


def read_article(path: str) -> Article:
    return to_article(read_raw(path), path)


def read_articles(paths: Iterable[str], *, feeds: Iterable[str] = ()) -> Iterator[Article | Failure]:
    """Every article under `paths` (files, directories, URLs, "-") and `feeds`, in a stable order;
    unreadable ones as Failures, never raised."""
    from .sources import candidates

    for item in candidates(paths, feeds=feeds):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield item.load()
        except InputError as e:
            yield Failure(item.source, str(e))
