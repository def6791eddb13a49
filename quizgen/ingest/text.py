"""Reading plain-text and Markdown files into raw text plus whatever metadata they declare."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


@dataclass(frozen=True)
class Raw:
    """Text as read from a source, before cleaning, and metadata the source itself declared."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


def decode(data: bytes) -> str | None:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else None for binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data[:4096]:
        return None
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
