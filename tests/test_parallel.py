"""--jobs: worker processes give exactly the output of one process; the progress bar shows on a terminal only."""
import shutil
import sys

import pexpect
import pytest

from quizgen.bank import Bank
from quizgen.build import build
from quizgen.generate import generate
from quizgen.ingest import read_article, to_article
from quizgen.ingest.text import Raw
from quizgen.workers import can_fork, workers_for

from .conftest import ARTICLES, SAMPLE, quizgen_command
from .test_web import PAGES

PATHS = [SAMPLE, *sorted(ARTICLES.iterdir()), *sorted(PAGES.iterdir())]
needs_fork = pytest.mark.skipif(not can_fork(), reason="worker processes are forked")


@needs_fork
def test_jobs_give_the_same_questions(nlp):
    articles = [read_article(str(p)) for p in PATHS] * 3  # enough for two workers with several chunks each
    failures: list = []
    parallel = generate(articles, nlp, seed=4, jobs=2, failures=failures)
    assert parallel == generate(articles, nlp, seed=4, jobs=1) and not failures


@needs_fork
def test_build_with_jobs_stores_what_one_process_stores(tmp_path, nlp):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for p in PATHS:
        shutil.copy(p, inputs / p.name)
    banks = []
    for jobs in (1, 2):
        with Bank(str(tmp_path / f"b{jobs}.db")) as bank:
            report = build([str(inputs)], bank, lambda: nlp, jobs=jobs)
            assert report.new == len(PATHS) and not report.failures
            banks.append(sorted((q.id, q.prompt, q.choices) for q in bank.questions()))
    assert banks[0] == banks[1]


def test_few_articles_need_no_workers():
    assert workers_for(3, 8) == 1 and workers_for(100, 2) == 2 and workers_for(9, 4) == 2


def test_no_progress_bar_without_a_terminal(run, tmp_path):
    proc = run("build", str(ARTICLES), str(PAGES), "--bank", str(tmp_path / "b.db"))
    assert proc.returncode == 0 and proc.stderr == ""
    assert proc.stdout.count("\n") == 1  # the summary, nothing else


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminal")
def test_progress_bar_on_a_terminal(tmp_path):
    exe, *rest = quizgen_command()
    child = pexpect.spawn(exe, [*rest, "build", str(ARTICLES), str(PAGES), "--bank", str(tmp_path / "b.db")],
                          encoding="utf-8", timeout=120, dimensions=(24, 160))
    child.expect("generating")
    child.expect("articles")
    child.expect(r"5 new article\(s\)")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


# Who said a quotation is asked only when the speaker is the subject of a verb of saying: a rule that
# reads lemmas, so the lemmatizer (and the tagger it needs) must run.
QUOTES = """Dock workers strike for a third week in Rotterdam

The strike at the port of Rotterdam entered its third week on Monday after talks with the Port Authority failed again.

"The offer on the table is an insult to every crane operator in this city and in the whole country," Pieter Bakker told reporters.

The Port Authority said it had offered a pay rise of 4 percent over two years to about 8,000 workers.
"""


def test_the_components_left_out_change_nothing(nlp):
    """nlp.UNUSED must name only components whose output no rule reads."""
    import spacy

    from quizgen.nlp import DEFAULT_MODELS, PARAGRAPHS

    for name in DEFAULT_MODELS:  # the pipeline quizgen loaded, this time with every component
        try:
            full = spacy.load(name)
            break
        except OSError:
            continue
    full.add_pipe(PARAGRAPHS, before="parser")
    assert set(nlp.pipe_names) <= set(full.pipe_names)
    articles = [read_article(str(p)) for p in PATHS] + [to_article(Raw(QUOTES), "quotes.txt")]
    assert generate(articles, nlp, seed=1) == generate(articles, full, seed=1), \
        "a component in quizgen.nlp.UNUSED is read after all: take it off the list"
