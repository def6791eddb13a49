"""Untrusted text made safe to store and show: no control characters.

Articles, file names and feed titles come from anywhere. A control character in them is never prose, and
printed to a terminal an escape sequence can retitle the window, clear the screen or hide text; in a
message, a newline would split the one line quizgen promises into two.
"""
from __future__ import annotations

import os
import re

# C0 controls except tab, newline and carriage return; DEL; C1 controls (U+009B is a terminal's CSI).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


# Invisible formatting that pasted web text is full of: soft hyphens, zero-width spaces, word joiners, byte order
# marks, direction marks and overrides. Article text keeps them, since every sentence quizgen shows must be
# verbatim from the article; answers never contain them (select.py), judging ignores them (judge.py), and
# nothing shown to a learner carries them (for_display), since overrides make a line display out of order.
INVISIBLE_CHARS = "\u00ad\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
INVISIBLE = re.compile(f"[{INVISIBLE_CHARS}]")


def without_controls(text: str) -> str:
    """`text` with each control character (but tab and line breaks) replaced by a space, for article text:
    a space keeps the words on either side apart, and cleaning treats it as any other."""
    return _CONTROLS.sub(" ", text)


def for_display(text: str) -> str:
    """`text` as it may be shown in a terminal or on a card: no control characters, no invisible formatting."""
    return INVISIBLE.sub("", without_controls(text))


def one_line(text: str) -> str:
    """`text` for a one-line message: every control character, line breaks included, shown as an escape, and
    what cannot be encoded (a file name's stray bytes) too."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return _ANY_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def path_text(path: str) -> str:
    """A file name as text that can be stored and printed. Python reads a name that is not UTF-8 into
    characters that cannot be encoded again (SQLite refuses them); here its stray bytes show as \\xNN."""
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return path.encode("utf-8", "backslashreplace").decode("utf-8")
