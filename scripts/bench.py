#!/usr/bin/env python3
"""Benchmark quizgen's generation against bare spaCy, --jobs, a 1,000-article build and a no-op rebuild.

    .venv/bin/python scripts/bench.py PATH/TO/ARTICLES [--jobs 2] [--rounds 3] [--build-size 1000]

ARTICLES is a folder of .txt/.md/.html articles (the issue's figures use the 100 cnndm dev articles).
Every timed run happens in a fresh process, so neither side profits from the other's warm caches;
the model is loaded and warmed up before the clock starts. Best of `--rounds` is reported. Prints:

- throughput: words/s of bare `nlp.pipe` over the cleaned texts with quizgen's own pipeline (only the
  components quizgen runs), words/s of `quizgen.generate.generate` (spaCy, fact selection and
  distractors), and their ratio (target >= 0.85);
- jobs: words/s of generate with --jobs 1 and --jobs N, and the speed-up (target >= 1.6 on 2 cores);
- build: a `quizgen build` of `--build-size` articles (the folder's articles repeated, each copy made
  unique by one added line that never becomes a question), its peak memory summed over the process and
  its workers (RSS counts the shared model once per process; PSS shares it out), target < 1 GB;
- no-op rebuild: the same command again, wall time from start to exit (target < 1 s).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()


# -- measured in a child process ------------------------------------------------------------------

def _child(mode: str, folder: str, jobs: int) -> None:
    """Time one side once and print {"words": n, "seconds": s} as JSON."""
    from quizgen.generate import generate
    from quizgen.ingest import read_articles
    from quizgen.models import Article
    from quizgen.nlp import load

    articles = [a for a in read_articles([folder]) if isinstance(a, Article)]
    nlp = load()
    list(nlp.pipe([articles[0].text]))  # warm-up, untimed, for both sides
    words = sum(len(a.text.split()) for a in articles)
    before = os.times()
    start = time.perf_counter()
    if mode == "bare":
        for _doc in nlp.pipe((a.text for a in articles), batch_size=16):
            pass
    else:
        generate(articles, nlp, jobs=jobs)
    seconds = time.perf_counter() - start
    after = os.times()
    cpu = sum(after[i] - before[i] for i in range(4))  # this process and its workers
    print(json.dumps({"words": words, "seconds": seconds, "cpu": cpu}))


def _measure(mode: str, folder: str, *, jobs: int = 1) -> tuple[float, float]:
    """(words per second, CPU seconds of the process and its workers) of one fresh run."""
    proc = subprocess.run([sys.executable, str(HERE), "--child", mode, folder, "--jobs", str(jobs)],
                          capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return result["words"] / result["seconds"], result["cpu"]


def _rounds(modes: list[tuple[str, int]], folder: str, rounds: int) -> dict[tuple[str, int], list[float]]:
    """Alternate the sides round by round so that a busy moment on the machine hits both."""
    out: dict[tuple[str, int], list[float]] = {m: [] for m in modes}
    for r in range(rounds):
        for mode in (modes if r % 2 == 0 else modes[::-1]):
            rate, cpu = _measure(mode[0], folder, jobs=mode[1])
            out[mode].append(rate)
            # Equal CPU seconds at jobs 1 and N mean no work is added by going parallel: a speed-up
            # below N then only says the cores were busy with something else.
            print(f"  round {r + 1}: {mode[0]:<8} jobs={mode[1]}  {rate:8.0f} words/s  {cpu:6.1f} CPU s",
                  flush=True)
    return out


# -- a large build, watched from outside -------------------------------------------------------------

def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _memory(pids: list[int]) -> tuple[int, int]:
    """(RSS, PSS) in kB summed over `pids`."""
    rss = pss = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


def _run_watched(cmd: list[str]) -> tuple[float, int, int, str]:
    """Run `cmd`; (seconds, peak RSS kB, peak PSS kB, stdout)."""
    start = time.perf_counter()
    # Output goes to files, not pipes: a build reporting many articles would fill a pipe nobody reads yet.
    with tempfile.TemporaryFile("w+") as out_file, tempfile.TemporaryFile("w+") as err_file:
        proc = subprocess.Popen(cmd, stdout=out_file, stderr=err_file, text=True)
        peak_rss = peak_pss = 0
        while proc.poll() is None:
            rss, pss = _memory(_tree(proc.pid))
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(0.1)
        seconds = time.perf_counter() - start
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed:\n{err}")
    return seconds, peak_rss, peak_pss, out


def _make_corpus(folder: str, size: int, into: Path) -> int:
    """`size` distinct articles from the folder's, repeated; returns their word count."""
    from quizgen.ingest import SUFFIXES

    sources = sorted(p for p in Path(folder).rglob("*") if p.suffix.lower() in SUFFIXES)
    if not sources:
        sys.exit(f"bench: no articles in {folder}")
    words = 0
    for i in range(size):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8", errors="replace")
        if i >= len(sources):
            text += f"\n\nThis benchmark copy carries the serial number {i} and nothing else.\n"
        (into / f"{i:05d}{src.suffix}").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def _quizgen() -> list[str]:
    exe = shutil.which("quizgen", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "quizgen.cli"]


def bench_build(folder: str, *, size: int, jobs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
        corpus = Path(tmp) / "articles"
        corpus.mkdir()
        words = _make_corpus(folder, size, corpus)
        bank = str(Path(tmp) / "bench.db")
        cmd = [*_quizgen(), "build", str(corpus), "--bank", bank, "--jobs", str(jobs)]
        seconds, rss, pss, out = _run_watched(cmd)
        print(f"build of {size} articles, --jobs {jobs}: {seconds:.1f} s, {words / seconds:.0f} words/s")
        print(f"  {out.strip()}")
        print(f"  peak memory, process and workers: PSS {pss / 1024:.0f} MB, RSS {rss / 1024:.0f} MB"
              f" (target < 1024 MB)")
        times = []
        for _ in range(3):
            start = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
            times.append(time.perf_counter() - start)
        print(f"no-op rebuild of {size} stored articles: {min(times):.2f} s best of 3, "
              f"{statistics.median(times):.2f} s median (target < 1 s)")
        print(f"  {proc.stdout.strip()}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder", help="a folder of articles")
    p.add_argument("--jobs", type=int, default=2, help="worker processes for the parallel runs (default 2)")
    p.add_argument("--rounds", type=int, default=3, help="timed runs per side; the best counts (default 3)")
    p.add_argument("--build-size", type=int, default=1000, help="articles in the large build (0 to skip)")
    p.add_argument("--child", metavar="MODE", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        _child(args.child, args.folder, args.jobs)
        return
    if not Path(args.folder).is_dir():
        sys.exit(f"bench: {args.folder}: not a folder of articles")
    print(f"cores: {os.cpu_count()}, load average: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("throughput (one process):")
    res = _rounds([("bare", 1), ("generate", 1)], args.folder, args.rounds)
    bare, ours = max(res[("bare", 1)]), max(res[("generate", 1)])
    print(f"bare nlp.pipe: {bare:.0f} words/s; quizgen generate: {ours:.0f} words/s; "
          f"ratio {ours / bare:.2f} (target >= 0.85)")
    print(f"jobs (generate, --jobs 1 against --jobs {args.jobs}):")
    res = _rounds([("generate", 1), ("generate", args.jobs)], args.folder, args.rounds)
    one, many = max(res[("generate", 1)]), max(res[("generate", args.jobs)])
    print(f"--jobs 1: {one:.0f} words/s; --jobs {args.jobs}: {many:.0f} words/s; speed-up {many / one:.2f}x "
          f"(target >= 1.6 on 2 cores)")
    if args.build_size:
        bench_build(args.folder, size=args.build_size, jobs=args.jobs)


if __name__ == "__main__":
    main()
