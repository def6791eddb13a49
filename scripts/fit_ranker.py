#!/usr/bin/env python3
"""Fit quizgen's fact ranker (quizgen/data/ranker.json) on human judgments of news articles.

usage: fit_ranker.py EVAL_DIR [--out quizgen/data/ranker.json] [--folds 2]

EVAL_DIR holds cnndm/ (articles + journalists' highlights), newsqa/ (articles + crowd answers) and
gum_wikinews/ (articles + salient entities), as described in its README. Two logistic models are fitted:
one scores sentences (how much of the highlights a sentence covers, whether it holds a crowd answer), one
scores gaps (whether the blanked entity is in the highlights, is a crowd answer, or is a salient entity).
Then the exponents that mix them are chosen by running EVAL_DIR/score on the generated questions.
With --folds 2 it also reports each half's metrics when fitted on the other half only: the figure to
trust for articles the ranker has never seen. No data from EVAL_DIR is written anywhere but the weights.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from quizgen import nlp as loader  # noqa: E402
from quizgen import rank, select, standing  # noqa: E402
from quizgen.generate import Parsed, pool_of, questions_for  # noqa: E402
from quizgen.ingest import read_article  # noqa: E402
from quizgen.render import to_json  # noqa: E402

SETS = {"cnndm": "cnndm", "newsqa": "newsqa", "gum": "gum_wikinews"}
STOP = set("a an the of in on at to for and or by with from as is was be s".split())


def toks(text: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9]+", text.lower()) if t not in STOP]


def f1(a: str, b: str) -> float:
    ta, tb = toks(a), toks(b)
    common = sum((collections.Counter(ta) & collections.Counter(tb)).values())
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def judgments(ev: pathlib.Path) -> dict[str, dict[str, object]]:
    """Per set, per article file stem: what the humans marked as mattering."""
    out: dict[str, dict[str, object]] = {"cnndm": {}, "newsqa": collections.defaultdict(list), "gum": {}}
    for line in open(ev / "cnndm/highlights.jsonl", encoding="utf-8"):
        r = json.loads(line)
        out["cnndm"][pathlib.Path(r["article_path"]).stem] = " ".join(r["highlights"])
    for line in open(ev / "newsqa/qa.jsonl", encoding="utf-8"):
        r = json.loads(line)
        out["newsqa"][pathlib.Path(r["article_path"]).stem].append(r["answer"])
    docs = [json.loads(line) for line in open(ev / "gum_wikinews/annotations.jsonl", encoding="utf-8")]
    for p in (ev / "gum_wikinews/articles").glob("*.txt"):
        text = p.read_text(encoding="utf-8")
        for r in docs:
            if r["title"] and r["title"].strip() in text[:400]:
                out["gum"][p.stem] = [m["text"] for e in r["entities"] if e.get("in_summary1") for m in e["mentions"]]
                break
    return out


def labels(setname: str, judged: object, sentence: str, answer: str | None) -> float | None:
    if setname == "cnndm":
        h = set(toks(str(judged)))
        if answer is None:
            s = set(toks(sentence))
            return sum(1 for t in h if t in s) / max(1, len(h))
        t = toks(answer)
        return float(bool(t) and all(x in h for x in t))
    if setname == "newsqa":
        if answer is None:
            return float(any(a in sentence for a in judged))
        return float(any(f1(a, answer) >= 0.5 for a in judged))
    if answer is None:
        return None  # salient entities say nothing about sentences
    return float(any(f1(answer, m) >= 0.5 for m in judged))


def fit_logistic(X: np.ndarray, y: np.ndarray, *, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Newton's method on the L2-penalised log loss; y may be soft targets in [0, 1]."""
    X1 = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(X1.shape[1])
    reg = l2 * np.eye(X1.shape[1])
    reg[-1, -1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(X1 @ w, -30, 30)))
        grad = X1.T @ (p - y) + reg @ w
        hess = (X1.T * (p * (1 - p))) @ X1 + reg + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def as_model(names: list[str], w: np.ndarray) -> dict[str, float]:
    model = {n: round(float(v), 5) for n, v in zip(names, w[:-1])}
    model["bias"] = round(float(w[-1]), 5)
    return model


class Corpus:
    """Parsed articles of every set, with their sentences' and gaps' features and labels."""

    def __init__(self, ev: pathlib.Path) -> None:
        nlp = loader.load()
        self.ev = ev
        self.judged = judgments(ev)
        self.items: dict[str, list[tuple[object, object]]] = {}
        for setname, folder in SETS.items():
            paths = sorted((ev / folder / "articles").glob("*.txt"))
            articles = [read_article(str(p)) for p in paths]
            self.items[setname] = [(a, doc, rank.profile(doc, a.title))
                                   for a, doc in zip(articles, nlp.pipe(a.text for a in articles))]

    def rows(self, keep) -> tuple[list, list, list, list]:  # type: ignore[no-untyped-def]
        sx, sy, gx, gy = [], [], [], []
        for setname, items in self.items.items():
            for article, doc, prof in items:
                stem = pathlib.Path(article.source).stem
                if not keep(stem) or stem not in self.judged[setname]:
                    continue
                judged = self.judged[setname][stem]
                sents = list(doc.sents)
                for i, sent in enumerate(sents):
                    if standing.opening(sent, sents[i - 1] if i else None) is False:
                        continue
                    y = labels(setname, judged, sent.text, None)
                    if y is not None:
                        sx.append(rank.sentence_features(sent, i, prof))
                        sy.append(y)
                    found = list(select.gaps(sent, prof, index=i))
                    most = rank.most_mentioned(found, prof)
                    for gap, label in found:
                        gx.append(rank.gap_features(gap, sent, i, prof, label=label, most=most))
                        gy.append(labels(setname, judged, sent.text, gap.text))
        return sx, sy, gx, gy

    def score(self, model: dict, keep) -> dict[str, dict]:  # type: ignore[no-untyped-def]
        """Generate questions with `model` for the kept articles and run EVAL_DIR/score on each set.
        The scorer counts every article in its folder, so a part is scored in a temporary copy of the
        folder's layout that links only the kept articles."""
        out = {}
        with tempfile.TemporaryDirectory() as tmp:
            ev = pathlib.Path(tmp)
            for entry in self.ev.iterdir():
                if entry.name not in SETS.values():
                    (ev / entry.name).symlink_to(entry)
            for setname, items in self.items.items():
                folder = ev / SETS[setname]
                (folder / "articles").mkdir(parents=True)
                kept = {pathlib.Path(a.source).stem for a, _d, _p in items if keep(pathlib.Path(a.source).stem)}
                for entry in (self.ev / SETS[setname]).iterdir():
                    if entry.suffix == ".jsonl" and setname != "gum":  # judgments of the kept articles only
                        lines = [line for line in entry.read_text(encoding="utf-8").splitlines()
                                 if pathlib.Path(json.loads(line)["article_path"]).stem in kept]
                        (folder / entry.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
                    elif entry.name != "articles":
                        (folder / entry.name).symlink_to(entry)
                parsed = []
                for article, doc, prof in items:
                    if not keep(pathlib.Path(article.source).stem):
                        continue
                    (folder / "articles" / pathlib.Path(article.source).name).symlink_to(pathlib.Path(article.source).resolve())
                    facts = select.choose_facts(list(select.candidate_facts(doc, model=model, prof=prof)), 10)
                    ents = dict.fromkeys((e.text.strip(), prof.label(e)) for e in doc.ents if "\n" not in e.text)
                    parsed.append(Parsed(article, tuple(facts), tuple(ents)))
                pool = pool_of(parsed)
                results = [(p.article, questions_for(p, pool=pool)) for p in parsed]
                export = ev / f"{setname}.json"
                export.write_text(to_json(results), encoding="utf-8")
                proc = subprocess.run([str(self.ev / "score"), str(ev), str(export), "--set", setname],
                                      capture_output=True, text=True, check=True)
                out[setname] = json.loads(proc.stdout)
        return out


# metric: (lead baseline, target), from the evaluation set's README and the quality issue.
GOALS = {("cnndm", "answer_in_highlights@k"): (0.298, 0.60),
         ("cnndm", "highlight_recall_by_sentences@k"): (0.497, 0.65),
         ("newsqa", "crowd_answers_covered@k"): (0.155, 0.30),
         ("gum", "answers_on_human_salient_entities@k"): (0.55, 0.80)}


def objective(scores: dict[str, dict]) -> float:
    """Progress from the lead baseline towards the target, averaged over the metrics, a loss below the
    baseline counting double (a plain sum of metrics let answers buy a sentence recall worse than lead-5)."""
    progress = [(scores[s][m] - base) / (target - base) for (s, m), (base, target) in GOALS.items()]
    return sum(p if p >= 0 else 2 * p for p in progress) / len(progress)


def fit(corpus: Corpus, keep) -> dict:  # type: ignore[no-untyped-def]
    sx, sy, gx, gy = corpus.rows(keep)
    s_names, g_names = sorted(sx[0]), sorted(gx[0])
    sw = fit_logistic(np.array([[r[n] for n in s_names] for r in sx]), np.array(sy))
    gw = fit_logistic(np.array([[r[n] for n in g_names] for r in gx]), np.array(gy))
    model = {"sentence": as_model(s_names, sw), "gap": as_model(g_names, gw), "mix": {"sentence": 1.0, "gap": 1.0}}
    best = None
    # The gap model is scored on the articles it was fitted on, where it looks better than it is: with a gap
    # exponent of 2 allowed, a half's fit chose it by a hair and fell below lead-5 on the other half's newsqa
    # (0.125); capped at 1, the mean of the two held-out halves went from 0.477 / 0.479 / 0.190 / 0.68 to
    # 0.467 / 0.511 / 0.239 / 0.69 (cnndm answers / recall / newsqa / gum).
    for a in (0.5, 1.0, 1.5, 2.0, 3.0):
        for b in (0.25, 0.5, 1.0):
            model["mix"] = {"sentence": a, "gap": b}
            started = time.time()
            value = objective(corpus.score(model, keep))
            print(f"  mix sentence^{a} gap^{b}: objective {value:.4f} ({time.time() - started:.0f}s)", flush=True)
            if best is None or value > best[0]:
                best = (value, a, b)
    model["mix"] = {"sentence": best[1], "gap": best[2]}
    return model


def half(stem: str) -> int:
    return int(hashlib.sha256(stem.encode()).hexdigest(), 16) % 2


def summary(scores: dict[str, dict]) -> dict[str, float]:
    keys = ["valid_rate", "answer_in_highlights@k", "highlight_recall_by_sentences@k", "crowd_answers_covered@k",
            "answers_on_human_salient_entities@k"]
    return {f"{s}:{k}": v[k] for s, v in scores.items() for k in keys if k in v}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", type=pathlib.Path)
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent.parent / "quizgen/data/ranker.json")
    ap.add_argument("--folds", type=int, choices=(0, 2), default=2, help="2: also report held-out-half figures")
    args = ap.parse_args()
    corpus = Corpus(args.eval_dir.resolve())
    if args.folds == 2:
        for held in (0, 1):
            model = fit(corpus, lambda s, h=held: half(s) != h)
            print(f"fitted without half {held}, scored on half {held}:",
                  json.dumps(summary(corpus.score(model, lambda s, h=held: half(s) == h))))
    model = fit(corpus, lambda s: True)
    model["fitted_on"] = "cnndm highlights, newsqa crowd answers, gum salient entities (scripts/fit_ranker.py)"
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print("all articles:", json.dumps(summary(corpus.score(model, lambda s: True))))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
