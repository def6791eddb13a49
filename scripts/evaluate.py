#!/usr/bin/env python3
"""Score quizgen's questions against human judgments: runs `quizgen generate --format json` on each
evaluation set and the set's own `score` script, and prints one line of figures per set.

usage: evaluate.py EVAL_DIR [--sets cnndm newsqa gum quail] [--quizgen PATH]

EVAL_DIR is an evaluation folder with cnndm/, newsqa/, gum_wikinews/, quail_news/ (each with articles/)
and a `score` script beside them. Nothing from it is copied anywhere.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

FOLDERS = {"cnndm": "cnndm", "newsqa": "newsqa", "gum": "gum_wikinews", "quail": "quail_news"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", type=pathlib.Path)
    ap.add_argument("--sets", nargs="+", choices=sorted(FOLDERS), default=["cnndm", "newsqa", "gum", "quail"])
    ap.add_argument("--quizgen", default=shutil.which("quizgen", path=str(pathlib.Path(sys.executable).parent))
                    or "quizgen", help="the quizgen command to evaluate")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            out = pathlib.Path(tmp) / f"{name}.json"
            with open(out, "w", encoding="utf-8") as f:
                subprocess.run([args.quizgen, "generate", str(args.eval_dir / FOLDERS[name] / "articles"),
                                "--format", "json"], stdout=f, check=True)
            proc = subprocess.run([str(args.eval_dir / "score"), str(args.eval_dir), str(out), "--set", name],
                                  capture_output=True, text=True, check=True)
            print(json.dumps(json.loads(proc.stdout)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
