"""Fuzz the ingest and generation path for a while and report what breaks.

    .venv/bin/python scripts/fuzz.py --minutes 10 --log fuzz-findings.jsonl

Hypothesis drives two properties over and over with fresh random inputs, in rounds, until the time is up:
  generate  any article text (news-like prose laced with hostile fragments, or noise) -> generate(): never
            raises, every question passes the hard checks of tests/hardchecks.py, and the questions
            read back from JSON, CSV and Anki notes as they were;
  ingest    any bytes saved as an article file (.txt, .md or .html; text in any encoding, a web page with
            menus, scripts and broken tags, binary data, or a fragment repeated
            thousands of times) -> read_articles() -> generate(): an Article or a one-line Failure, never an
            exception, then the same checks; and no input may take more than SLOW seconds.
A failing input is shrunk to a small one, logged with what went wrong, and the run goes on. The summary
gives the inputs tried, the time taken and each distinct finding with its smallest example.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from quizgen import nlp as loader  # noqa: E402
from quizgen.generate import generate  # noqa: E402
from quizgen.ingest import read_articles  # noqa: E402
from quizgen.models import Article, Failure, digest  # noqa: E402
from tests.hardchecks import output_defects, unsound  # noqa: E402
from tests.strategies import article_bytes, article_text  # noqa: E402


SLOW = 10.0  # seconds for one input: an article of a few kilobytes takes well under one


class Finding(AssertionError):
    """A property that did not hold, with a short signature to tell findings apart."""

    def __init__(self, signature: str, detail: str) -> None:
        super().__init__(signature)
        self.signature, self.detail = signature, detail


class Fuzzer:
    def __init__(self, nlp, log: str | None = None) -> None:  # type: ignore[no-untyped-def]
        self.nlp = nlp
        self.log = log
        self.tried = 0
        self.last: object = None
        self.findings: dict[str, dict] = {}

    def _checked(self, articles: list[Article], seed: int) -> None:
        try:
            results = generate(articles, self.nlp, seed=seed)
        except Exception as e:
            raise Finding(f"generate raised {type(e).__name__}: {str(e)[:80]}", traceback.format_exc()) from e
        bad = unsound(results)
        if bad:
            q, what = bad[0]
            raise Finding(f"unsound question: {what[0].split(' {')[0].split(' ' + repr(q.answer))[0]}",
                          json.dumps({"defects": what, "question": q.__dict__ | {"kind": q.kind.value}},
                                     ensure_ascii=False, default=str))
        try:
            written = output_defects(results)
        except Exception as e:
            raise Finding(f"writing out raised {type(e).__name__}: {str(e)[:80]}", traceback.format_exc()) from e
        if written:
            raise Finding(f"output: {written[0]}", repr(results)[:3000])

    def generate_target(self, texts: list[str], seed: int) -> None:
        self.tried += 1
        self.last = {"texts": texts, "seed": seed}
        self._checked([Article(id=digest(str(i), t), source=f"a{i}.txt", text=t) for i, t in enumerate(texts)], seed)

    def ingest_target(self, data: bytes, suffix: str) -> None:
        self.tried += 1
        self.last = {"bytes": data.decode("latin-1")[:2000], "length": len(data), "suffix": suffix}
        started = time.monotonic()
        self._ingest(data, suffix)
        took = time.monotonic() - started
        if took > SLOW:  # kept as it is: shrinking an input that takes minutes would take hours
            self.record("ingest", Finding(f"slow input ({suffix})", f"{took:.0f} s for {len(data):,} bytes"))

    def _ingest(self, data: bytes, suffix: str) -> None:
        with tempfile.TemporaryDirectory(prefix="quizgen-fuzz-") as folder:
            path = Path(folder) / f"2024-06-19-article{suffix}"
            path.write_bytes(data)
            try:
                items = list(read_articles([str(path)]))
            except Exception as e:
                raise Finding(f"read_articles raised {type(e).__name__}: {str(e)[:80]}", traceback.format_exc()) from e
        if len(items) != 1:
            raise Finding("read_articles gave other than one item", repr(items))
        [item] = items
        if isinstance(item, Failure):
            if not item.message or "\n" in item.message.strip():
                raise Finding("failure message not one line", repr(item.message))
            return
        self._checked([item], 0)

    def record(self, target: str, error: BaseException) -> None:
        signature = f"{target}: " + (error.signature if isinstance(error, Finding)
                                     else f"{type(error).__name__}: {str(error).splitlines()[0][:100] if str(error) else ''}")
        entry = self.findings.setdefault(signature, {"signature": signature, "times": 0})
        entry["times"] += 1
        # Hypothesis replays the shrunk example last, so the last input is the smallest failing one.
        entry["example"] = self.last
        entry["detail"] = error.detail if isinstance(error, Finding) else "".join(
            traceback.format_exception(type(error), error, error.__traceback__))[-2000:]
        print(f"  found: {signature}", flush=True)
        if self.log:  # as it happens: a long run stopped early keeps what it found
            with open(self.log, "a", encoding="utf-8") as f:
                f.write(json.dumps(entry, ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0, help="how long to run (default 10)")
    ap.add_argument("--round", type=int, default=200, help="inputs per Hypothesis round (default 200)")
    ap.add_argument("--log", help="append each finding, as it is found, as a JSON line to this file")
    args = ap.parse_args()

    if args.log:
        Path(args.log).write_text("")
    fuzzer = Fuzzer(loader.load(), args.log)
    budget = settings(max_examples=args.round, deadline=None, database=None, print_blob=False,
                      phases=[Phase.generate, Phase.shrink], suppress_health_check=list(HealthCheck))

    @budget
    @given(texts=st.lists(article_text(), min_size=1, max_size=3), seed=st.integers(0, 2**16))
    def generate_round(texts: list[str], seed: int) -> None:
        fuzzer.generate_target(texts, seed)

    @budget
    @given(data=article_bytes(), suffix=st.sampled_from([".txt", ".md", ".html"]))
    def ingest_round(data: bytes, suffix: str) -> None:
        fuzzer.ingest_target(data, suffix)

    targets = {"generate": generate_round, "ingest": ingest_round}
    start = time.monotonic()
    end = start + args.minutes * 60
    rounds = 0
    while time.monotonic() < end:
        name = list(targets)[rounds % len(targets)]
        rounds += 1
        try:
            targets[name]()
        except Exception as e:  # a property failed: keep the smallest example and go on
            fuzzer.record(name, e)
        elapsed = time.monotonic() - start
        print(f"[{elapsed / 60:5.1f} min] round {rounds} ({name}): {fuzzer.tried} inputs, "
              f"{len(fuzzer.findings)} distinct finding(s)", flush=True)
    summary = {"minutes": round((time.monotonic() - start) / 60, 1), "inputs": fuzzer.tried, "rounds": rounds,
               "findings": list(fuzzer.findings.values())}
    print(json.dumps({k: v for k, v in summary.items() if k != "findings"}))
    for finding in summary["findings"]:
        print(f"- {finding['signature']} (x{finding['times']}): {json.dumps(finding['example'], ensure_ascii=False)[:300]}")
    return 1 if summary["findings"] else 0


if __name__ == "__main__":
    sys.exit(main())
