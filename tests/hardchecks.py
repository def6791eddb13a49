"""The hard checks every generated question must pass, whatever the article: written from what the evaluation
calls a defect. Used by the property tests and by scripts/fuzz.py."""
from __future__ import annotations

import re

from quizgen.models import BLANK, Article, Kind, Question

# Words that do not tell two options apart ("the Hague" and "Hague" are one option).
_FILLER = frozenset("a an the of in on at to for and or by with from as is was be".split())


def normal(text: str) -> str:
    """An option as a reader compares it: lower case, letters and digits, filler words left out."""
    return " ".join(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _FILLER)


def contains_words(haystack: str, needle: str) -> bool:
    """Whether `needle` occurs in `haystack` as whole words, ignoring case."""
    return bool(re.search(r"(?<!\w)" + re.escape(needle.lower()) + r"(?!\w)", haystack.lower()))


def defects(q: Question, article: Article) -> list[str]:
    """What is wrong with `q` as a question about `article`; empty when nothing is."""
    bad = []
    if not q.answer.strip():
        bad.append("empty answer")
    if q.answer not in q.sentence:
        bad.append("answer not in its sentence")
    if q.kind in (Kind.CLOZE, Kind.MCQ) and BLANK not in q.prompt:
        bad.append("no blank in the prompt")
    leaks = q.kind is not Kind.TRUEFALSE or q.truth is False  # a true statement holds its answer
    if leaks and q.answer.strip() and contains_words(q.prompt, q.answer.strip()):
        bad.append("answer leaks into the prompt")
    blank_added = BLANK in q.prompt and BLANK not in q.sentence  # an article may hold "_____" itself
    if q.kind is Kind.WH and (blank_added or not q.prompt.endswith("?") or not q.prompt[:1].isupper()):
        bad.append("a wh-question that is not a question")
    if q.kind is Kind.TRUEFALSE:
        shown = q.answer if q.truth else q.swapped
        if not shown or not contains_words(q.prompt, shown.strip()) or blank_added:
            bad.append("a true/false statement without the answer or option it states")
        if q.swapped is not None and normal(q.swapped) == normal(q.answer):
            bad.append("a false statement that swaps in the answer")
    elif q.swapped is not None:
        bad.append("a swapped option outside a true/false statement")
    if " ".join(q.sentence.split()) not in " ".join(article.text.split()):
        bad.append("sentence not verbatim in the article")
    if q.kind is Kind.MCQ:
        options = [normal(c) for c in q.choices]
        if len(q.choices) < 3:
            bad.append("too few choices")
        if not all(options):
            bad.append("a choice with no letters or digits")
        if len(set(options)) != len(options):
            bad.append("duplicate choices")
        if sum(o == normal(q.answer) for o in options) != 1 or q.answer not in q.choices:
            bad.append("answer not exactly once among the choices")
        for choice, option in zip(q.choices, options):
            if option == normal(q.answer) or not option:
                continue
            if option in normal(q.answer) or normal(q.answer) in option:
                bad.append(f"choice {choice!r} overlaps the answer")
            if contains_words(q.prompt, choice.strip()):
                bad.append(f"choice {choice!r} is in the prompt")
    elif q.choices:
        bad.append("a cloze question with choices")
    return bad


def unsound(results: list[tuple[Article, list[Question]]]) -> list[tuple[Question, list[str]]]:
    """Every question of `results` that fails a hard check, with what it fails."""
    return [(q, bad) for article, questions in results for q in questions if (bad := defects(q, article))]


def output_defects(results: list[tuple[Article, list[Question]]]) -> list[str]:
    """What goes wrong when `results` are written out: JSON and CSV must read back as the same questions, and each
    Anki note must keep its fields apart (Anki joins them with \\x1f) and carry only its own cloze markup."""
    import csv
    import io
    import json

    from quizgen import anki
    from quizgen.export import CSV_COLUMNS, to_csv
    from quizgen.render import to_json

    bad = []
    questions = [q for _, qs in results for q in qs]
    doc = json.loads(to_json(results))
    if [(q["prompt"], q["answer"], q.get("choices", []), q.get("truth"), q.get("swapped"), q["difficulty"])
            for q in doc["questions"]] != [(q.prompt, q.answer, list(q.choices), q.truth, q.swapped,
                                            q.difficulty and q.difficulty.value) for q in questions]:
        bad.append("JSON does not read back as the questions")
    rows = [r for r in csv.reader(io.StringIO(to_csv(results), newline="")) if r and not r[0].startswith("#")]
    expected = [(f"True or false? {q.prompt}", "True" if q.truth else f"False ({q.answer}, not {q.swapped})")
                if q.kind is Kind.TRUEFALSE else (q.prompt, q.answer) for q in questions]
    levels = [q.difficulty.value if q.difficulty else "" for q in questions]
    if [(r[0], r[1], r[-1]) for r in rows] != [(*e, level) for e, level in zip(expected, levels)] \
            or any(len(r) != len(CSV_COLUMNS) for r in rows):
        bad.append("CSV does not read back as the questions")
    for article, qs in results:
        for q in qs:
            note = anki.note_for(article, q)
            if any("\x1f" in f for f in note.fields) or len(note.fields) != len(note.model.fields):
                bad.append("an Anki note's fields run together")
            markup = "".join(note.fields)
            if markup.count("{{") != markup.count("}}") or markup.count("{{") > (note.model is anki.CLOZE_MODEL):
                bad.append("template markup from the article in an Anki note")
            if re.search(r"<(?!/?(?:b|br|span)\b)", markup):
                bad.append("HTML from the article in an Anki note")
    return bad
