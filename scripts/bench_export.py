"""How long `quizgen export` takes on a large bank, and how big the files are.

    .venv/bin/python scripts/bench_export.py                   # 10,000 questions
    .venv/bin/python scripts/bench_export.py --questions 2000 --repeat 3

The bank is synthesised through the Bank API (no spaCy): articles spread over twelve months, each fact asked
as cloze and as multiple choice, like `quizgen build` stores them. Timings are wall-clock on a shared machine:
compare runs on the same machine, not across machines.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from quizgen.bank import Bank
from quizgen.export import export
from quizgen.models import BLANK, Article, Kind, Question, digest

PEOPLE = ["Vladimir Putin", "Kim Jong Un", "Olaf Scholz", "Emmanuel Macron", "Narendra Modi", "Lula da Silva",
          "Cyril Ramaphosa", "Fumio Kishida", "Giorgia Meloni", "Pedro Sanchez"]
PLACES = ["Pyongyang", "Geneva", "Lisbon", "Nairobi", "Jakarta", "Brasilia", "Ottawa", "Canberra", "Hanoi", "Oslo"]
ORGS = ["the European Commission", "the World Bank", "NATO", "the African Union", "ASEAN", "the IMF"]
TOPICS = ["trade", "energy", "security", "climate finance", "fisheries", "rail links", "vaccines", "water"]


def synthesise(rng: random.Random, *, article_no: int, facts: int) -> tuple[Article, list[Question]]:
    month = 1 + article_no % 12
    article = Article(id=digest("bench", str(article_no)), source=f"bench/{article_no:05}.txt", text="(synthetic)",
                      title=f"Talks on {rng.choice(TOPICS)} in {rng.choice(PLACES)}",
                      published=f"2024-{month:02}-{1 + article_no % 28:02}", outlet="Bench Wire",
                      url=f"https://example.org/{article_no}")
    questions: list[Question] = []
    previous = None
    for rank in range(facts):
        person, place, org = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(ORGS)
        amount = f"{rng.randint(2, 90)} billion dollars"
        sentence = (f"{person} met officials from {org} in {place} on Tuesday to discuss a {amount} plan on "
                    f"{rng.choice(TOPICS)}, the {rank + 1}th such meeting this year.")
        answer, label, pool = rng.choice([(person, "PERSON", PEOPLE), (place, "GPE", PLACES),
                                          (amount, "MONEY", [f"{n} billion dollars" for n in range(2, 91)])])
        start = sentence.index(answer)
        common = dict(article_id=article.id, sentence=sentence, answer=answer,
                      prompt=sentence[:start] + BLANK + sentence[start + len(answer):], answer_label=label,
                      score=1 - rank / facts, context=previous, rank=rank)
        choices = [answer, *rng.sample([p for p in pool if p != answer], 3)]
        rng.shuffle(choices)
        questions += [Question(kind=Kind.CLOZE, **common), Question(kind=Kind.MCQ, choices=tuple(choices), **common)]
        previous = sentence
    return article, questions


def main() -> int:
    p = argparse.ArgumentParser(description="Time `quizgen export` on a synthetic bank.")
    p.add_argument("--questions", type=int, default=10_000, help="questions in the bank (default 10000)")
    p.add_argument("--per-article", type=int, default=10, help="facts per article; each gives 2 questions")
    p.add_argument("--repeat", type=int, default=1, help="time each export this many times, report the best")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        bank_path = str(Path(tmp) / "bench.db")
        started = time.perf_counter()
        stored = 0
        with Bank(bank_path) as bank:
            n = 0
            while stored < args.questions:
                article, questions = synthesise(rng, article_no=n, facts=args.per_article)
                stored += bank.add(article, questions[: args.questions - stored], [])
                n += 1
        print(f"bank: {stored} questions from {n} articles, built in {time.perf_counter() - started:.1f} s")

        for fmt in ("anki", "csv", "json"):
            best = float("inf")
            for _ in range(args.repeat):
                started = time.perf_counter()
                with Bank(bank_path, create=False) as bank:
                    result = export(bank, fmt)
                out = Path(tmp) / f"export.{fmt}"
                out.write_bytes(result.data)
                best = min(best, time.perf_counter() - started)
            print(f"export {fmt:4}: {result.questions} questions in {best:.2f} s, "
                  f"{out.stat().st_size / 1_000_000:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
