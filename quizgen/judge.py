"""Judging a typed answer the way a teacher would: lenient on form, strict on the entity."""
from __future__ import annotations

import re
import unicodedata

from .models import Kind, Question


def normalise(text: str) -> str:
    """Lower case, no accents, punctuation, leading "the" or digit grouping: "The U.S." -> "us"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"(?<=\d)[,\s](?=\d{3}\b)", "", text)  # 10,000 / 10 000 -> 10000
    text = re.sub(r"[’'`]s\b", "", text)
    text = re.sub(r"[^\w\s]", "", text)
    text = re.sub(r"^\s*the\s+", "", text)
    return " ".join(text.split())


def is_correct(question: Question, given: str | None) -> bool:
    if given is None:
        return False
    if question.kind is Kind.MCQ:
        return given == question.answer
    return bool(normalise(given)) and normalise(given) == normalise(question.answer)
