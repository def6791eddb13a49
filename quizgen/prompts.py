"""Terminal adapters for the quiz loop: questionary on a terminal, numbered lines everywhere else."""
from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TextIO

from .models import Article, Kind, Question
from .quiz import Result, Summary


def _context_line(article: Article | None) -> str:
    if article is None:
        return ""
    parts = [article.title or article.source, article.published]
    return " · ".join(p for p in parts if p)


class Plain:
    """One question per block, numbered options, one answer per line: for pipes, scripts and screen readers."""

    def __init__(self, articles: Mapping[str, Article], *, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout):
        self.articles, self.stdin, self.stdout = articles, stdin, stdout
        self.n = 0

    def _print(self, text: str = "") -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def ask(self, q: Question) -> str | None:
        self.n += 1
        self._print(f"\nQ{self.n}. {q.prompt}")
        if q.kind is Kind.MCQ:
            for i, choice in enumerate(q.choices, 1):
                self._print(f"  {i}) {choice}")
            self.stdout.write(f"Your answer (1-{len(q.choices)}): ")
        else:
            self.stdout.write("Your answer: ")
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise EOFError
        given = line.strip()
        if not self.stdin.isatty():
            self._print(given)  # echo piped answers so the transcript reads like a session
        if q.kind is Kind.MCQ and given.isdigit() and 1 <= int(given) <= len(q.choices):
            return q.choices[int(given) - 1]
        return given

    def show(self, result: Result) -> None:
        verdict = "Right!" if result.correct else f"Wrong. The answer is: {result.question.answer}"
        self._print(verdict)
        self._print(f"  {result.question.sentence}")
        line = _context_line(self.articles.get(result.question.article_id))
        if line:
            self._print(f"  ({line})")

    def summary(self, summary: Summary) -> None:
        self._print()
        if summary.interrupted:
            self._print("Quiz stopped early.")
        self._print(f"Score: {summary.score}/{len(summary.results)}")
        for r in summary.missed:
            self._print(f"  missed: {r.question.prompt} -> {r.question.answer}")
        self._print(f"Time: {summary.seconds:.0f}s")


class Questionary(Plain):
    """Arrow keys (or 1-4) for multiple choice, a text box for cloze."""

    def ask(self, q: Question) -> str | None:
        import questionary

        self.n += 1
        if q.kind is Kind.MCQ:
            choices = [questionary.Choice(c, value=c, shortcut_key=str(i)) for i, c in enumerate(q.choices, 1)]
            return questionary.select(f"Q{self.n}. {q.prompt}", choices=choices, use_shortcuts=True).unsafe_ask()
        return questionary.text(f"Q{self.n}. {q.prompt}\n  Your answer:").unsafe_ask()
