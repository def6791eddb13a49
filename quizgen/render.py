"""Questions as the documented JSON document and as readable text."""
from __future__ import annotations

import json
from collections.abc import Iterable

from .models import Article, Kind, Question


def article_record(a: Article) -> dict:
    return {"id": a.id, "source": a.source, "title": a.title, "published": a.published, "outlet": a.outlet,
            "url": a.url}


def question_record(q: Question) -> dict:
    record = {"id": q.id, "article_id": q.article_id, "type": q.kind.value, "prompt": q.prompt, "answer": q.answer}
    if q.kind is Kind.MCQ:
        record["choices"] = list(q.choices)
    if q.kind is Kind.TRUEFALSE:
        record["truth"] = q.truth
        if q.swapped is not None:
            record["swapped"] = q.swapped
    record.update({"sentence": q.sentence, "answer_label": q.answer_label, "score": q.score,
                   "difficulty": q.difficulty.value if q.difficulty else None, "context": q.context,
                   "fact_id": q.fact_id})
    return record


def to_json(results: Iterable[tuple[Article, list[Question]]]) -> str:
    """The document `quizgen generate --format json` prints (see the README)."""
    articles, questions = [], []
    for article, qs in results:
        articles.append(article_record(article))
        questions.extend(question_record(q) for q in qs)
    return json.dumps({"articles": articles, "questions": questions}, ensure_ascii=False, indent=1)


def to_text(results: Iterable[tuple[Article, list[Question]]]) -> str:
    lines: list[str] = []
    for article, qs in results:
        head = article.title or article.source
        lines.append(f"# {head}" + (f" ({article.published})" if article.published else ""))
        lines.append(f"  {article.source}")
        for n, q in enumerate(qs, 1):
            lines.append(f"{n:>3}. [{q.kind.value}] {q.prompt}")
            for letter, choice in zip("abcd", q.choices):
                lines.append(f"       {letter}) {choice}")
            if q.kind is Kind.TRUEFALSE:
                lines.append(f"       {'true' if q.truth else f'false: {q.swapped} for {q.answer}'}"
                             + (f", {q.difficulty.value}" if q.difficulty else ""))
                continue
            lines.append(f"       answer: {q.answer}" + (f" ({q.answer_label})" if q.answer_label else "")
                         + (f", {q.difficulty.value}" if q.difficulty else ""))
        lines.append("")
    return "\n".join(lines)
