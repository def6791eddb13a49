"""Terminal adapters for the quiz loop: questionary on a terminal, numbered lines everywhere else."""
from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TextIO

from .judge import ALIAS, SURNAME, TRUE_FALSE, TYPO, WRONG, accepts
from .models import Article, Kind, Question
from .names import shown_context
from .quiz import INTERRUPT, Result, Summary
from .safe import for_display

_ACCEPTED_AS = {ALIAS: "another name for it", SURNAME: "the surname is enough", TYPO: "allowing a typo"}


def context_line(article: Article | None) -> str:
    """The article's title and date: where a question's fact comes from."""
    if article is None:
        return ""
    parts = [article.title or article.source, article.published]
    return " · ".join(p for p in parts if p)


def duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}m {secs:02d}s" if minutes else f"{secs}s"


class Plain:
    """One question per block, numbered options, one answer per line: for pipes, scripts and screen readers."""

    def __init__(self, articles: Mapping[str, Article], *, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout):
        self.articles, self.stdin, self.stdout = articles, stdin, stdout
        self.n = 0
        self.asked: set[str] = set()
        self.shown_article: str | None = None  # the article whose title was printed last

    def _print(self, text: str = "") -> None:
        self.stdout.write(for_display(text) + "\n")  # a bank from elsewhere may hold terminal escapes
        self.stdout.flush()

    def _title(self, q: Question) -> str:
        """"Q3." for a first attempt, "Again:" when a missed question comes back at the end; then the
        question's level, when it has one, so that a learner sees what a miss means."""
        level = f"({q.difficulty.value}) " if q.difficulty else ""
        prompt = f"True or false? {q.prompt}" if q.kind is Kind.TRUEFALSE else q.prompt
        if q.id in self.asked:
            return f"Again: {level}{prompt}"
        self.asked.add(q.id)
        self.n += 1
        return f"Q{self.n}. {level}{prompt}"

    def _heading(self, q: Question) -> None:
        """The article's title and date when the question comes from another article than the one before
        (a fact is asked "given the title and date"), the sentence before as context, then the question."""
        self._print()
        line = context_line(self.articles.get(q.article_id))
        if line and q.article_id != self.shown_article:
            self._print(f"From: {line}")
        self.shown_article = q.article_id
        context = shown_context(q.context, q.answer)  # the bank may hold context saved before that rule
        if context:
            self._print(f"  {context}")
        self._print(self._title(q))

    def ask(self, q: Question) -> str | None:
        self._heading(q)
        if q.kind in TYPED:
            return self._read("Your answer: ")
        options = options_of(q)
        for i, choice in enumerate(options, 1):
            self._print(f"  {i}) {choice}")
        while True:
            given = self._read(f"Your answer (1-{len(options)}): ")
            out_of_range = given.isdigit() and not 1 <= int(given) <= len(options) and given not in options
            if given and not out_of_range:
                return _choice(q, given)
            self._print(f"Type a number from 1 to {len(options)}, or the answer itself.")

    def _read(self, prompt: str) -> str:
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            self._print()
            raise EOFError
        given = line.strip()
        if not self.stdin.isatty():
            self._print(given)  # echo piped answers so the transcript reads like a session
        return given

    def _verdict(self, result: Result) -> str:
        q = result.question
        if not result.correct:
            return f"Wrong. The answer is: {q.shown_answer}"
        note = _ACCEPTED_AS.get(result.how)
        return f"Right! The answer is: {q.shown_answer}" + (f" ({note})" if note else "")

    def _print_verdict(self, result: Result) -> None:
        self._print(self._verdict(result))

    def show(self, result: Result) -> None:
        self._print_verdict(result)
        self._print(f"  {result.question.sentence}")

    def summary(self, summary: Summary) -> None:
        self._print()
        if summary.stopped == INTERRUPT:
            self._print("Quiz stopped early (Ctrl-C); your answers are saved.")
        elif summary.stopped:
            self._print("Quiz ended early; your answers are saved.")
        self._print(f"Score: {summary.score}/{len(summary.first)}")
        if summary.missed:
            self._print("Missed:")
            for r in summary.missed:
                self._print(f"  {r.question.prompt} -> {r.question.shown_answer}")
        second = [r for r in summary.results if r.again]
        if second:
            self._print(f"Second try: {sum(r.correct for r in second)}/{len(second)} right")
        self._print(f"Time: {duration(summary.seconds)}")


TYPED = (Kind.CLOZE, Kind.WH)  # answered by typing; the other kinds by choosing
TRUE_OR_FALSE = ("True", "False")


def options_of(q: Question) -> tuple[str, ...]:
    """What the learner chooses from: the options of a multiple-choice question, True/False for a statement."""
    return TRUE_OR_FALSE if q.kind is Kind.TRUEFALSE else q.choices


def _choice(q: Question, given: str) -> str:
    """An option's number, or an answer the judge would accept for exactly one option ("putin", "t"), as
    that option; anything else as typed, and so wrong."""
    options = options_of(q)
    if given.isdigit() and 1 <= int(given) <= len(options):
        return options[int(given) - 1]
    if q.kind is Kind.TRUEFALSE:
        said = TRUE_FALSE.get(given.strip().casefold())
        return given if said is None else TRUE_OR_FALSE[0 if said else 1]
    matches = [c for c in options if accepts(c, given, label=q.answer_label) != WRONG]
    return matches[0] if len(matches) == 1 else given


class Questionary(Plain):
    """Arrow keys (or 1-4, then Enter) for multiple choice and true/false, a text box for cloze and wh-questions.
    Ctrl-D ends the quiz.

    The question itself is printed as a paragraph, and the prompt below it holds only the options: a long
    news sentence wraps well that way, and the question is on screen before questionary has loaded."""

    def ask(self, q: Question) -> str | None:
        self._heading(q)
        import questionary
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

        if q.kind in TYPED:
            return questionary.text("Your answer:", qmark="  ").unsafe_ask()
        options = options_of(q)
        choices = [questionary.Choice(c, value=c, shortcut_key=str(i)) for i, c in enumerate(options, 1)]
        question = questionary.select("Choose", choices=choices, qmark="  ", use_shortcuts=True, use_arrow_keys=True,
                                      instruction=f"(arrow keys or 1-{len(options)}, then Enter)")
        end = KeyBindings()
        end.add("c-d", eager=True)(lambda event: event.app.exit(exception=EOFError, style="class:aborting"))
        question.application.key_bindings = merge_key_bindings([question.application.key_bindings, end])
        return question.unsafe_ask()

    def _print_verdict(self, result: Result) -> None:
        import questionary

        questionary.print(self._verdict(result), style="bold fg:ansigreen" if result.correct else "bold fg:ansired")
