"""Is this English? Function words settle it for news prose without a language-identification model."""
from __future__ import annotations

import re

# The commonest English function words: about a third of the words of any English news story, and
# rare in other languages (a few, like "a", "in" or "die", are shared; the threshold allows for that).
_FUNCTION_WORDS = frozenset(
    "the of and to a in is was that for on with as by at from it he she his her its they their be "
    "has have had were are been not but or an which who this said will would after than also".split()
)
_WORD = re.compile(r"[^\W\d_]+")
MIN_SHARE = 0.12
MIN_WORDS = 20  # below this the share says little; let the article through


def english_share(text: str) -> float:
    """The share of words in `text` that are common English function words."""
    words = _WORD.findall(text[:20000].lower())
    return sum(w in _FUNCTION_WORDS for w in words) / max(1, len(words))


def looks_english(text: str) -> bool:
    """Whether `text` reads as English prose (short texts get the benefit of the doubt)."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if letters and sum(c < "\u0250" for c in letters) < len(letters) / 2:
        return False  # mostly another script (Cyrillic, Chinese...), whose words need no spaces to be many
    if len(_WORD.findall(text[:2000])) < MIN_WORDS:
        return True
    return english_share(text) >= MIN_SHARE
