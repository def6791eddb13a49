"""Whether an article is English: spaCy's English pipeline finds "entities" in any language, so a French
story would give confident nonsense. Common function words settle it without a language model."""
from __future__ import annotations

import re

# Frequent in any English prose (together about a quarter of its words) and rare elsewhere. Words that are
# also common in other languages ("a", "in", "die", "son") are left out.
_ENGLISH = frozenset("""the of and to is was for that with as by at from it he she his her they their
has have had were are been not but which who this said will would after than also about when more""".split())
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 30  # fewer words than this say too little to judge: give the benefit of the doubt
MIN_SHARE = 0.08


def english_share(text: str) -> float:
    """The share of the words in (the first part of) `text` that are common English words."""
    words = _WORD.findall(text[:20_000].lower())
    return sum(w in _ENGLISH for w in words) / max(1, len(words))


def looks_english(text: str) -> bool:
    """Whether `text` reads as English prose."""
    letters = [c for c in text[:5_000] if c.isalpha()]
    if letters and sum(c < "\u0250" for c in letters) < len(letters) / 2:
        return False  # mostly another script (Cyrillic, Chinese...), whose words need no spaces between them
    if len(_WORD.findall(text[:5_000])) < MIN_WORDS:
        return True
    return english_share(text) >= MIN_SHARE
