"""How long `quizgen quiz` takes to show its first question on a bank of 1,000 questions.

    .venv/bin/python scripts/bench_quiz.py [--runs 9] [--questions 1000]

Builds a synthetic bank in a temporary directory (through the Bank API: no spaCy), then starts the
installed `quizgen quiz` several times, in a pseudo-terminal (questionary, as a learner sees it) and through
a pipe (plain mode), and prints the median time from start to the first question. It also checks that
spaCy is never imported by `quizgen quiz` or `quizgen stats` on the bank. Nothing is recorded: each run
stops at the first question.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quizgen.bank import Bank
from quizgen.models import BLANK, Article, Kind, Question, digest

FACTS_PER_ARTICLE = 5
PEOPLE = ["Ana Lopez", "Ben Okafor", "Chen Wei", "Dara Singh", "Eva Novak", "Femi Adeyemi", "Gus Larsen"]
PLACES = ["Norway", "Chile", "Kenya", "Vietnam", "Canada", "Peru", "Ghana", "Poland"]


def build_bank(path: str, questions: int) -> None:
    """`questions` questions: each fact as cloze and multiple choice, five facts per article."""
    facts = questions // 2
    with Bank(path) as bank:
        for a in range(0, facts, FACTS_PER_ARTICLE):
            article = Article(id=digest(f"bench {a}"), source=f"input/bench-story-{a}.txt", text=f"Story {a}.",
                              title=f"Bench story {a}", published=f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}")
            stored, entities = [], []
            for rank in range(min(FACTS_PER_ARTICLE, facts - a)):
                n = a + rank
                person, place = PEOPLE[n % len(PEOPLE)], PLACES[n % len(PLACES)]
                sentence = f"{person} met officials in {place} on day {n} of the talks."
                wrong = [p for p in PLACES if p != place][:3]
                common = dict(article_id=article.id, sentence=sentence, answer=place,
                              prompt=sentence.replace(place, BLANK), answer_label="GPE", score=1.0, rank=rank)
                stored += [Question(kind=Kind.CLOZE, **common),
                           Question(kind=Kind.MCQ, choices=(place, *wrong), **common)]
                entities += [(person, "PERSON"), (place, "GPE")]
            bank.add(article, stored, entities)


def quizgen() -> str:
    exe = Path(sys.executable).with_name("quizgen")
    if not exe.exists():
        sys.exit("quizgen is not installed next to this Python; run `make install` and use .venv/bin/python")
    return str(exe)


def first_question_tty(env: dict[str, str], seed: int) -> tuple[float, float]:
    """Seconds until the first question is on screen, and until its prompt (menu or text box) takes keys."""
    import pexpect

    start = time.perf_counter()
    child = pexpect.spawn(quizgen(), ["quiz", "--seed", str(seed)], env=env, encoding="utf-8", timeout=30,
                          dimensions=(40, 160))
    child.expect(r"Q1\.")
    shown = time.perf_counter() - start
    child.expect(["Your answer:", "Choose"])  # a text box or a menu
    ready = time.perf_counter() - start
    child.terminate(force=True)
    return shown, ready


def first_question_pipe(env: dict[str, str], seed: int) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([quizgen(), "quiz", "--seed", str(seed)], env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    while "Q1." not in proc.stdout.readline():
        pass
    elapsed = time.perf_counter() - start
    proc.kill()
    proc.wait()
    return elapsed


def spacy_imported(env: dict[str, str], command: str) -> bool:
    """Runs `quizgen COMMAND` in a fresh interpreter and reports whether spaCy got imported."""
    code = ("import sys\nfrom quizgen.cli import main\nmain([sys.argv[1]])\n"
            "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY')")
    out = subprocess.run([sys.executable, "-c", code, command], env=env, stdin=subprocess.DEVNULL,
                         capture_output=True, text=True, timeout=60).stdout
    return "NO-SPACY" not in out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=9)
    p.add_argument("--questions", type=int, default=1000)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bank = os.path.join(tmp, "bench.db")
        build_bank(bank, args.questions)
        with Bank(bank) as b:
            print(f"bank: {b.count()[1]} questions in {b.count()[0]} articles ({bank})")
        env = {**os.environ, "QUIZGEN_BANK": bank, "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm"}
        first_question_pipe(env, 0)  # warm the file cache and bytecode before timing
        tty = [first_question_tty(env, seed) for seed in range(args.runs)]
        results = {"terminal: question shown": [shown for shown, _ in tty],
                   "terminal: prompt ready": [ready for _, ready in tty],
                   "pipe (plain mode)": [first_question_pipe(env, seed) for seed in range(args.runs)]}
        print("time to first question, from starting `quizgen quiz`:")
        for name, times in results.items():
            print(f"  {name:26} median {statistics.median(times):.3f} s  "
                  f"(min {min(times):.3f}, max {max(times):.3f}, {len(times)} runs)")
        for command in ("quiz", "stats"):
            print(f"spaCy imported by `quizgen {command}`: {'YES' if spacy_imported(env, command) else 'no'}")


if __name__ == "__main__":
    main()
