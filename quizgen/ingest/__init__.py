"""Reading sources into Articles: finding files, decoding, cleaning, identity."""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article, Failure, digest
from .clean import clean, iso_date
from .text import Raw, decode, parse_markdown

SUFFIXES = (".txt", ".md", ".markdown", ".text")
MAX_BYTES = 20 * 1024 * 1024
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


def read_raw(path: str) -> Raw:
    """Read one file into Raw text; InputError names the file and the fix."""
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(f"{path}: file is {size // (1024 * 1024)} MB; quizgen reads articles up to {MAX_BYTES // (1024 * 1024)} MB")
        with open(path, "rb") as f:
            data = f.read()
    except PermissionError:
        raise InputError(f"{path}: permission denied; check the file's read permission") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    text = decode(data)
    if text is None:
        raise InputError(f"{path}: not a text file (binary data); give quizgen .txt or .md articles")
    if path.lower().endswith((".md", ".markdown")):
        return parse_markdown(text)
    return Raw(text)


def to_article(raw: Raw, source: str) -> Article:
    """Clean raw text into an Article; InputError when nothing readable is left."""
    cleaned = clean(raw.text)
    if not cleaned.paragraphs:
        raise InputError(f"{source}: no article text found (empty, or only headlines and captions)")
    text = cleaned.text
    meta = raw.meta
    return Article(
        id=digest(" ".join(text.split())),
        source=source,
        text=text,
        title=meta.get("title") or cleaned.title or title_from_name(source),
        published=iso_date(meta.get("date", "")) or cleaned.published or date_from_name(source),
        outlet=meta.get("source") or meta.get("outlet"),
        url=meta.get("url"),
    )


def read_article(path: str) -> Article:
    return to_article(read_raw(path), path)


def read_articles(paths: Iterable[str]) -> Iterator[Article | Failure]:
    """Every article under `paths`, in a stable order; unreadable ones as Failures, never raised."""
    for item in discover(paths):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield read_article(item)
        except InputError as e:
            yield Failure(item, str(e))
