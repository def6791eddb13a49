"""Reading plain-text and Markdown files into raw text plus whatever metadata they declare."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
# Neither may scan past the next bracket or marker: a line of a thousand "[" or "*a " would otherwise be
# searched to its end from each one, minutes for a few kilobytes.
_MD_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)((?:(?!\1).)+?)(?<=\S)\1")


# What a file is when its first bytes say so: named in the message, since "binary data" alone leaves a
# learner guessing. A PDF is checked here because its first kilobytes can pass for Latin-1 text.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or a Word or EPUB file)"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF file (a WebP image, WAV or AVI)"), (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"), (b"7z\xbc\xaf", "a 7-Zip archive"), (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)


def letter_share(text: str) -> float:
    """The share of letters among the visible characters: nine in ten for any news story, far fewer for symbols
    or a file decoded as the wrong kind of text, which spaCy cuts into ten times the usual number of tokens."""
    visible = len(text) - sum(c.isspace() for c in text)
    return sum(c.isalpha() for c in text) / visible if visible else 0.0


def binary_kind(data: bytes) -> str | None:
    """What kind of non-text file `data` is, by its signature ("a PDF document"), or None."""
    return next((name for magic, name in _SIGNATURES if data.startswith(magic)), None)


@dataclass(frozen=True)
class Raw:
    """Text as read from a source, before cleaning, and metadata the source itself declared."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


def decode(data: bytes) -> str | None:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, UTF-16 without one, Windows-1252
    (which reads Latin-1 prose too), else None for binary data."""
    for boms, codec in (((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"), "utf-32"), ((b"\xff\xfe", b"\xfe\xff"), "utf-16")):
        if data.startswith(boms):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    if b"\x00" in data[:4096]:
        return _utf16_without_bom(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    # Latin-1 prose has few control characters; binary data has many.
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t")
    return None if controls > 8 else text


def parse_markdown(text: str) -> Raw:
    """Front matter (title, date, source, url) as metadata; headings and inline markup made plain."""
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip():
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[m.end():]
    lines = []
    for line in text.splitlines():
        heading = re.match(r"^#{1,6}\s+(.*)$", line)
        if heading:
            if "title" not in meta and line.startswith("# "):
                meta["title"] = heading.group(1).strip()
                continue
            line = heading.group(1)
        line = re.sub(r"^\s*(?:[-*+]|>)\s+", "", line)
        line = _MD_EMPHASIS.sub(r"\2", _MD_LINK.sub(r"\1", line))
        lines.append(line)
    return Raw("\n".join(lines), meta)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte order mark: ASCII letters leave a zero in every other byte, always on
    the same side. Binary data has zeros on both sides."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if len(data) % 2 or not half:
        return None
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= 0.6 * half and other == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return None if "\x00" in text else text
    return None
