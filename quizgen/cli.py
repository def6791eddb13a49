"""Command line: parse arguments, call the core, turn QuizgenError into one clear line and an exit code."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from . import __version__
from .errors import QuizgenError, UsageError
from .models import Failure
from .safe import one_line

if TYPE_CHECKING:
    from .models import Article, Difficulty, Question

EXAMPLES = """examples:
  quizgen generate input/2024-06-19-putin-visits-pyongyang.txt --format json
  quizgen build input/
  quizgen build https://example.org/news/story.html --feed https://example.org/rss.xml
  quizgen quiz
  quizgen quiz --difficulty easy,medium
  quizgen export anki
  quizgen stats
  quizgen export json -o decks/questions.json
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage plus message
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {value}")
    return value


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def _kinds(text: str) -> str:
    """A --kind value: "mixed", a kind, or kinds joined by commas ("cloze,wh"); returned as written, checked."""
    from .models import Kind, kinds_named

    try:
        kinds_named(text)
    except ValueError:
        names = ", ".join(k.value for k in Kind)
        raise argparse.ArgumentTypeError(f"expected mixed, or one or more of {names} joined by commas; got {text!r}") \
            from None
    return text.strip()


KIND_HELP = "mixed (every kind), or one or more of cloze, mcq, wh, truefalse joined by commas, e.g. cloze,wh"


def _date(text: str) -> str:
    try:
        if len(text) == 10:  # fromisoformat alone would also take 20240601
            return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"expected a date like 2024-06-01, got {text!r}")


def _levels(text: str) -> tuple[Difficulty, ...]:
    from .difficulty import levels

    try:
        return levels(text)
    except UsageError as e:
        raise argparse.ArgumentTypeError(str(e).removeprefix("--difficulty ")) from None


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="quizgen", description="Turn news articles into study questions: cloze, multiple choice, "
                                            "wh-questions and true/false.",
                epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"quizgen {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def bank_option(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("--bank", metavar="FILE", help="the question bank (default: $QUIZGEN_BANK or decks/quizgen.db)")

    def generation_options(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("--per-article", type=_positive, default=10, metavar="N",
                         help="at most N facts per article, each asked in every kind that fits it (default 10)")
        cmd.add_argument("--seed", type=_integer, default=0, metavar="S", help="seed for options and order (default 0)")
        cmd.add_argument("--model", metavar="NAME", help="spaCy pipeline to use (default: en_core_web_sm)")
        cmd.add_argument("--jobs", type=_positive, metavar="N",
                         help="worker processes for spaCy (default: one per core)")

    g = sub.add_parser("generate", help="print questions for articles (stores nothing)",
                       description="Read articles and print their questions. Stores nothing.",
                       epilog="example: quizgen generate input/ --format json > questions.json")
    g.add_argument("paths", nargs="+", metavar="PATH",
                   help="article files (.txt, .md, .html), directories, http(s) URLs, or - for standard input")
    g.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    g.add_argument("--difficulty", type=_levels, default=(), metavar="LEVELS",
                   help="print only easy, medium or hard questions (a comma list such as easy,medium takes several)")
    g.add_argument("--kind", type=_kinds, default="mixed", metavar="KINDS",
                   help=f"question kinds to write: {KIND_HELP} (default mixed)")
    generation_options(g)

    b = sub.add_parser("build", help="add new articles' questions to the bank",
                       description="Generate questions for new articles and store them in the bank. "
                                   "Articles already in the bank are skipped; revised ones replace their "
                                   "earlier version. Without PATH or --feed, reads the inputs and feeds "
                                   "listed in quizgen.toml (default: input/).",
                       epilog="example: quizgen build input/ --feed https://example.org/rss.xml")
    b.add_argument("paths", nargs="*", metavar="PATH",
                   help="article files, directories, http(s) URLs, or - for standard input")
    b.add_argument("--feed", action="append", default=[], metavar="URL_OR_FILE",
                   help="an RSS or Atom feed to read new entries from (repeatable)")
    b.add_argument("--config", metavar="FILE", help="settings file (default: ./quizgen.toml or ./pyproject.toml)")
    generation_options(b)
    bank_option(b)

    q = sub.add_parser("quiz", help="take a quiz from the bank in the terminal",
                       description="Today's session: questions due for review first, then new ones. "
                                   "Every answer is saved and schedules the question's next review. "
                                   "Given files, quizzes on them directly and stores nothing.",
                       epilog="example: quizgen quiz --limit 10 --kind mcq")
    q.add_argument("paths", nargs="*", metavar="PATH", help="quiz on these articles instead of the bank (stores nothing)")
    q.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N questions (default 20)")
    q.add_argument("--kind", type=_kinds, default="mixed", metavar="KINDS",
                   help=f"question kinds to ask, taking turns: {KIND_HELP} (default mixed)")
    q.add_argument("--article", metavar="TEXT", help="only articles whose title or file name contains TEXT")
    q.add_argument("--since", type=_date, metavar="DATE", help="only articles published (or added) since DATE (YYYY-MM-DD)")
    q.add_argument("--difficulty", type=_levels, default=(), metavar="LEVELS",
                   help="only easy, medium or hard questions; a comma list such as easy,medium takes several")
    q.add_argument("--review", action="store_true", help="only questions answered wrongly before")
    q.add_argument("--seed", type=_integer, default=None, metavar="S", help="repeatable order of questions and options")
    q.add_argument("--plain", action="store_true", help="numbered lines instead of menus (automatic without a terminal)")
    bank_option(q)

    st = sub.add_parser("stats", help="how your studying is going",
                        description="Cards new, learning, known and due today; accuracy by question and entity type; "
                                    "your streak.", epilog="example: quizgen stats")
    bank_option(st)

    e = sub.add_parser("export", help="write the bank's questions as an Anki deck, JSON or CSV",
                       description="Export the bank's questions: an Anki package (.apkg) that updates in place\n"
                                   "when re-imported, the JSON document, or CSV (question, answer, choices, source, tags).",
                       epilog="examples:\n  quizgen export anki --deck \"UPSC::Current Affairs\" --since 2024-06-01\n"
                              "  quizgen export csv --kind mcq -o decks/questions.csv",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("format", choices=("anki", "json", "csv"), help="anki, json or csv")
    e.add_argument("-o", "--output", metavar="FILE",
                   help="where to write (default: decks/current-affairs.apkg for anki, standard output otherwise)")
    e.add_argument("--kind", type=_kinds, default="mixed", metavar="KINDS",
                   help=f"question kinds to export: {KIND_HELP} (default mixed: all)")
    e.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                   help="only articles published on or after this date (undated articles are left out)")
    e.add_argument("--difficulty", type=_levels, default=(), metavar="LEVELS",
                   help="only easy, medium or hard questions (a comma list such as easy,medium takes several)")
    e.add_argument("--deck", metavar="NAME", help='anki: the top deck (default "Current Affairs"; "A::B" nests)')
    e.add_argument("--flat", action="store_true", help="anki: one deck, no subdeck per month of publication")
    e.add_argument("--header-row", action="store_true",
                   help="csv: a plain header row instead of the #-lines Anki's importer reads (for other tools)")
    bank_option(e)
    return p


def _report_failures(failures: Sequence[Failure]) -> None:
    for f in failures:
        print(f"quizgen: skipped {one_line(f.message)}", file=sys.stderr)


def _load_nlp(model: str | None):  # type: ignore[no-untyped-def]
    from . import nlp

    return nlp.load(model)


def cmd_generate(args: argparse.Namespace) -> int:
    from .generate import generate
    from .models import kinds_named
    from .render import to_json, to_text
    from .workers import cores, workers_for

    articles = _readable(args.paths)
    failed: list[Failure] = []
    results = generate(articles, _load_nlp(args.model), per_article=args.per_article, seed=args.seed,
                       kinds=kinds_named(args.kind), jobs=workers_for(len(articles), args.jobs or cores()),
                       failures=failed)
    _report_failures(failed)
    if args.difficulty:
        from .export import select

        results = select([a for a, _ in results], [q for _, qs in results for q in qs], difficulty=args.difficulty)
    print(to_json(results) if args.format == "json" else to_text(results))
    return 0


def _bank_path(args: argparse.Namespace) -> str:
    from .bank import default_path

    return args.bank or default_path()


def cmd_build(args: argparse.Namespace) -> int:
    from .bank import Bank
    from .build import build
    from .config import load_config
    from .progress import Bar
    from .workers import cores

    config = load_config(args.config)
    paths, feeds = (args.paths, args.feed) if args.paths or args.feed else config.sources()
    with Bank(_bank_path(args)) as bank:
        report = build(paths, bank, lambda: _load_nlp(args.model), feeds=feeds, per_article=args.per_article,
                       seed=args.seed, jobs=args.jobs or config.jobs or cores(), progress=Bar())
        articles, questions = bank.count()
    _report_failures(report.failures)
    revised = f" ({report.revised} revised)" if report.revised else ""
    idle = "; nothing new" if report.new == 0 and not report.failures else ""
    print(f"{report.new} new article(s){revised}, {report.skipped} already in the bank, {len(report.failures)} failed; "
          f"{report.questions} question(s) added ({articles} articles, {questions} questions in {_bank_path(args)})"
          f"{idle}")
    if report.new == 0 and report.skipped == 0:
        return 1
    return 0


def cmd_quiz(args: argparse.Namespace) -> int:
    from . import study
    from .prompts import Plain, Questionary
    from .quiz import INTERRUPT, run

    filters = study.Filters(limit=args.limit, kind=args.kind, article=args.article, since=args.since,
                            review=args.review, seed=args.seed, difficulty=args.difficulty)
    ui_class = Plain if args.plain or not (sys.stdin.isatty() and sys.stdout.isatty()) else Questionary
    if args.paths:
        session = study.from_articles(_generate_for_quiz(args.paths, seed=args.seed or 0), filters)
        ui = ui_class(session.articles)
        summary = run(session.questions, ui.ask, ui.show, again=True)
    else:
        from .bank import Bank
        from .judge import Judge

        with Bank(_bank_path(args), create=False) as bank:
            try:
                session = study.from_bank(bank, filters, now=datetime.now(timezone.utc))
            except study.NothingDue as e:
                print(e)
                return 0
            ui = ui_class(session.articles)
            summary = run(session.questions, ui.ask, ui.show, record=study.recorder(bank), judge=Judge(session.known),
                          again=True)
    ui.summary(summary)
    return 130 if summary.stopped == INTERRUPT else 0


def _generate_for_quiz(paths: Sequence[str], *, seed: int) -> list[tuple[Article, list[Question]]]:
    """Questions for `quizgen quiz PATH...`, read and generated as `generate` does (this one loads spaCy)."""
    from .generate import generate

    return generate(_readable(paths), _load_nlp(None), seed=seed)


def _readable(paths: Sequence[str]) -> list[Article]:
    """The articles under `paths`; the unreadable ones reported, an error when none is left."""
    from .ingest import read_articles

    items = list(read_articles(paths))
    articles = [a for a in items if not isinstance(a, Failure)]
    failures = [f for f in items if isinstance(f, Failure)]
    if not articles and len(failures) == 1:
        raise QuizgenError(failures[0].message)
    _report_failures(failures)
    if not articles:
        raise QuizgenError("no readable articles in " + ", ".join(paths))
    return articles


def cmd_stats(args: argparse.Namespace) -> int:
    from . import stats
    from .bank import Bank

    with Bank(_bank_path(args), create=False) as bank:
        report = stats.from_bank(bank, now=datetime.now(timezone.utc))
    stats.show(report)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .bank import Bank
    from .export import DEFAULT_APKG, export
    from .write import write_atomic

    with Bank(_bank_path(args), create=False) as bank:
        result = export(bank, args.format, kind=args.kind, since=args.since, difficulty=args.difficulty,
                        deck=args.deck, flat=args.flat, header_row=args.header_row)
    output = args.output or (DEFAULT_APKG if args.format == "anki" else None)
    if output:
        write_atomic(output, result.data)
        print(f"{result.questions} question(s) from {result.articles} article(s) written to {output}")
    else:
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()
    return 0


COMMANDS = {"generate": cmd_generate, "build": cmd_build, "quiz": cmd_quiz, "stats": cmd_stats, "export": cmd_export}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
        if not args.command:
            parser().print_help()
            return 2
        return COMMANDS[args.command](args)
    except QuizgenError as e:
        print(f"quizgen: error: {one_line(str(e))}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("quizgen: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # `quizgen ... | head` is not an error
        return 0
    except Exception as e:  # a bug, not bad input: still one line, and the traceback on request
        if os.environ.get("QUIZGEN_DEBUG"):
            raise
        print(f"quizgen: internal error: {one_line(f'{type(e).__name__}: {e}')[:300]}; please report it "
              "with the command and input that caused it (QUIZGEN_DEBUG=1 shows the details)", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
