"""How the difficulty estimate spreads over a folder of articles: easy/medium/hard by question kind.

    .venv/bin/python scripts/difficulty_spread.py FOLDER [FOLDER...] [--show 5] [--seed 0]

Generates as `quizgen generate` does (nothing is stored) and prints a table of counts and shares; with
--show N, N questions of each level and kind picked by the seed, to read whether the labels make sense.
"""
from __future__ import annotations

import argparse
import random
from collections import Counter

from quizgen.cli import _readable
from quizgen.generate import generate
from quizgen.models import Difficulty, Kind, Question
from quizgen.nlp import load


def table(questions: list[Question]) -> str:
    counts = Counter((q.kind, q.difficulty) for q in questions)
    levels = [*Difficulty, None]
    lines = [f"{'kind':<8}" + "".join(f"{(d.value if d else 'unrated'):>16}" for d in levels) + f"{'total':>8}"]
    for kind in [*Kind, None]:
        row = [counts[(kind, d)] if kind else sum(counts[(k, d)] for k in Kind) for d in levels]
        total = sum(row)
        cells = "".join(f"{n:>7} ({100 * n / total:4.1f}%)" if total else f"{'-':>16}" for n in row)
        lines.append(f"{kind.value if kind else 'all':<8}{cells}{total:>8}")
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folders", nargs="+")
    p.add_argument("--show", type=int, default=0, metavar="N", help="print N questions per level and kind")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    results = generate(_readable(args.folders), load(None), seed=args.seed, jobs=1)
    questions = [q for _a, qs in results for q in qs]
    print(table(questions))
    rng = random.Random(args.seed)
    for kind in Kind:
        for level in Difficulty:
            group = [q for q in questions if q.kind is kind and q.difficulty is level]
            for q in rng.sample(group, min(args.show, len(group))):
                print(f"\n[{level.value} {kind.value}] {q.prompt}\n  answer: {q.answer} ({q.answer_label})"
                      + (f"; options: {' | '.join(q.choices)}" if q.choices else ""))


if __name__ == "__main__":
    main()
