"""Reading sources into Articles: finding files, decoding, extracting pages, cleaning, identity.

Every kind of source (a text, Markdown or HTML file, a URL, standard input, a feed entry) ends as
bytes plus what is known about them, goes through `parse_bytes` into Raw text, and through
`to_article` into an Article whose id is a hash of its cleaned text.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article, Failure, digest
from ..safe import path_text, without_controls
from .clean import clean, iso_date
from .html import looks_like_feed, looks_like_html
from .lang import looks_english
from .text import Raw, binary_kind, decode, letter_share, parse_markdown

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)
MAX_BYTES = 20 * 1024 * 1024
# spaCy needs about a second per 25,000 characters here and refuses texts over a million; the longest
# news features are well under this (about 30,000 words).
MAX_CHARS = 200_000
MIN_LETTERS = 0.5  # of the visible characters; news prose has about 0.9
STDIN = "-"
_FILE_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def discover(paths: Iterable[str]) -> Iterator[str | Failure]:
    """Article files under the given paths (directories recursively, sorted), or a Failure per bad path."""
    for given in paths:
        problem = path_problem(given)
        if problem:
            yield Failure(given, problem)
        elif Path(given).is_dir():
            found = False
            unreadable: list[OSError] = []
            for root, dirs, files in os.walk(given, onerror=unreadable.append):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                        found = True
                        yield os.path.join(root, name)
            for e in unreadable:  # os.walk would otherwise skip a folder it cannot list without a word
                where = str(e.filename or given)
                yield Failure(where, f"{where}: cannot list this folder ({e.strerror or e}); check its permissions")
            if not found and not unreadable:
                yield Failure(given, f"{given}: no articles here (quizgen reads {', '.join(SUFFIXES)} files)")
        else:
            yield given


def path_problem(given: str) -> str | None:
    """What stops quizgen from reaching `given` at all, as a message with the fix; None when it can stat it."""
    try:
        os.stat(given)
        return None
    except FileNotFoundError:
        if os.path.islink(given):
            return f"{given}: broken symbolic link (its target does not exist); fix the link or give the file itself"
        return f"{given}: no such file or directory; check the path"
    except PermissionError:
        return f"{given}: permission denied; check the permissions of the folders above it"
    except OSError as e:
        if e.errno == errno.ELOOP:
            return f"{given}: symbolic link loop; fix the link or give the file itself"
        return f"{given}: cannot read ({e.strerror or e}); check the path and the disk"
    except ValueError:  # a NUL byte in the path
        return f"{given!r}: not a valid path"


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
    kind = binary_kind(data)
    if kind:
        raise InputError(f"{source}: {kind}, not a text file; give quizgen text, Markdown or HTML articles")
    if suffix in HTML_SUFFIXES or html or (suffix not in (".txt", ".text", *MARKDOWN_SUFFIXES) and looks_like_html(data)):
        from .html import extract

        return extract(_declared(data, charset) or data, source=source, url=url)
    if looks_like_feed(data):
        raise InputError(f"{source}: an RSS or Atom feed, not an article; pass it with --feed")
    text = _declared(data, charset) or decode(data)
    if text is None:
        raise InputError(f"{source}: not a text file (binary data); give quizgen text, Markdown or HTML articles")
    if len(text) > 5 * MAX_CHARS:  # refused before cleaning: no page furniture is four times the story
        raise too_long(source, len(text))
    if suffix in MARKDOWN_SUFFIXES or (not suffix and text.startswith("---\n")):
        return parse_markdown(text)
    return Raw(text)


def read_bytes(path: str, *, limit: int = MAX_BYTES) -> bytes:
    """A regular file's bytes, at most `limit` of them; InputError names the file and the fix.

    Opened without blocking and checked before reading: a pipe named like an article would otherwise wait
    forever, and a device such as /dev/zero would never end. The read stops at the limit whatever size the
    file claims, so a file that grows (or lies, as /proc does) cannot fill the memory."""
    problem = path_problem(path)
    if problem:
        raise InputError(problem)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise InputError(f"{path}: is a directory")
            if not stat.S_ISREG(st.st_mode):
                raise InputError(f"{path}: not a regular file (a pipe, device or socket); give quizgen article files")
            if st.st_size > limit:
                raise _too_big(path, limit)
            data = f.read(limit + 1)
    except PermissionError:
        raise InputError(f"{path}: permission denied; check the file's read permission") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e}); check the file and the disk") from None
    if len(data) > limit:
        raise _too_big(path, limit)
    return data


def _too_big(path: str, limit: int) -> InputError:
    return InputError(f"{path}: file is over {limit // (1024 * 1024)} MB, more than any article; "
                      "give quizgen one article per file")


def read_raw(path: str) -> Raw:
    """Read one file into Raw text."""
    return parse_bytes(read_bytes(path), source=path, suffix=Path(path).suffix.lower())


def to_article(raw: Raw, source: str, *, named: bool = True) -> Article:
    """Clean raw text into an Article; InputError when nothing readable (or nothing English) is left.

    `named` says whether `source` is a file name worth mining for a title and date."""
    if not raw.text.strip():
        raise InputError(f"{source}: no text at all (empty, or only spaces); save the article's text in it")
    cleaned = clean(without_controls(raw.text))
    text = cleaned.text
    if len(text) > MAX_CHARS:
        raise too_long(source, len(text))
    if cleaned.paragraphs and letter_share(text) < MIN_LETTERS:
        raise InputError(f"{source}: mostly symbols, not prose ({letter_share(text):.0%} letters); quizgen needs "
                         "the article's text")
    if not looks_english(text if cleaned.paragraphs else raw.text):  # Chinese has no spaces: no "prose"
        raise InputError(f"{source}: not English; quizgen reads English articles only")
    if not cleaned.paragraphs:
        raise InputError(f"{source}: no article text found (only headlines, captions or short lines); "
                         "quizgen needs the article's paragraphs")
    meta = {key: without_controls(value) for key, value in raw.meta.items()}
    return Article(
        id=digest(" ".join(text.split())),
        source=source,
        text=text,
        title=meta.get("title") or cleaned.title or (title_from_name(source) if named else None),
        published=iso_date(meta.get("date", "")) or cleaned.published or (date_from_name(source) if named else None),
        outlet=meta.get("source") or meta.get("outlet"),
        url=meta.get("url"),
    )


def too_long(source: str, length: int) -> InputError:
    return InputError(f"{source}: {length:,} characters of text, more than an article (quizgen reads up to "
                      f"{MAX_CHARS:,}); split it into one file per article")


def read_article(path: str) -> Article:
    return to_article(read_raw(path), path_text(path))


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
