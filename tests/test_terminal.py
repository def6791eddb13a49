"""The installed `quizgen quiz` and `quizgen stats`: through a pipe, and in a real pseudo-terminal with
questionary, answered with key presses. Banks are written through the Bank API (real SQLite, no spaCy)."""
import os
import re
import subprocess
import sys

import pexpect
import pytest

from quizgen.bank import Bank
from quizgen.models import Kind

from .conftest import ROOT, SAMPLE, quizgen_command
from .fakebank import answer_for, make_bank
from .test_cli import assert_clean_error

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
DOWN = "\x1b[B"


def spawn(*args, bank):
    env = {**os.environ, "QUIZGEN_BANK": bank, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"}
    exe, *pre = quizgen_command()
    return pexpect.spawn(exe, [*pre, *args], env=env, cwd=str(ROOT), encoding="utf-8", timeout=30,
                         dimensions=(40, 160))


def next_question(child, questions):
    """Wait for the next question; returns it, with the options as the menu shows them (mcq)."""
    child.expect(r"(Q\d+\.|Again:) ([^\r\n]*_____[^\r\n]*)\r\n")
    prompt = ANSI.sub("", child.match.group(2))
    if child.expect(["Your answer:", r"Choose"]) == 0:  # a text box, or a menu
        return answer_for(prompt, questions, Kind.CLOZE), []
    q = answer_for(prompt, questions, Kind.MCQ)
    child.expect(r"4\) [^\r\n\x1b]+")
    menu = ANSI.sub("", child.before + child.after)
    options = dict(re.findall(r"(\d)\) ([^\r\n]+?)\s*(?=\r|\n|$)", menu))
    return q, [options[str(n)] for n in range(1, 5)]


def test_a_whole_quiz_in_a_terminal_with_key_presses(bank_path):
    questions = make_bank(bank_path)
    child = spawn("quiz", "--seed", "1", bank=bank_path)
    wrong_once = None
    for _ in range(4):
        q, options = next_question(child, questions)
        if q.kind.value == "mcq":
            child.send(DOWN * options.index(q.answer) + "\r")  # arrow keys from the first option
        elif wrong_once is None:
            wrong_once = q
            child.send("Kim Jong Il\r")
        else:
            child.send(q.answer.lower() + "\r")
    q, options = next_question(child, questions)  # the missed one, asked again at the end
    assert q == wrong_once
    child.send(q.answer + "\r")
    child.expect(r"Score: (\d+)/(\d+)")
    assert child.match.groups() == ("3", "4")
    child.expect("Second try: 1/1 right")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    with Bank(bank_path) as bank:
        assert [correct for _, correct in bank.answers()].count(False) == 1 and len(bank.answers()) == 5
        assert len(bank.cards()) == 4


def test_number_keys_then_ctrl_c_keeps_the_answers_given(bank_path):
    questions = make_bank(bank_path)
    child = spawn("quiz", "--kind", "mcq", "--seed", "2", bank=bank_path)
    q, options = next_question(child, questions)
    child.send(str(options.index(q.answer) + 1) + "\r")
    child.expect("Right!")
    next_question(child, questions)
    child.sendcontrol("c")
    child.expect("Quiz stopped early")
    child.expect(r"Score: 1/1")
    child.expect("Time: ")
    child.expect(pexpect.EOF)
    child.close()
    assert "Traceback" not in child.before
    assert child.exitstatus == 130
    with Bank(bank_path) as bank:
        assert bank.answers() == [(q.id, True)] and list(bank.cards()) == [q.fact_id]


def test_ctrl_d_at_a_typed_answer_ends_the_quiz(bank_path):
    questions = make_bank(bank_path)
    child = spawn("quiz", "--kind", "cloze", bank=bank_path)
    next_question(child, questions)
    child.sendcontrol("d")
    child.expect("Quiz ended early")
    child.expect("Score: 0/0")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_plain_mode_through_a_pipe(run, bank_path):
    questions = make_bank(bank_path)
    first = run("quiz", "--seed", "5", "--kind", "cloze", input="")
    asked = [answer_for(line, questions) for line in first.stdout.splitlines() if line.startswith("Q1. ")]
    proc = run("quiz", "--seed", "5", "--kind", "cloze", input=f"{asked[0].answer}\nwrong\nwrong\nwrong\n")
    assert proc.returncode == 0, proc.stderr
    assert "Score: 1/4" in proc.stdout and "Quiz ended early" in proc.stdout  # the pipe ran out in the second tries
    assert "From: Putin visits Pyongyang · 2024-06-19\nQ1. " in proc.stdout  # the title and date before the question
    with Bank(bank_path) as bank:
        assert len(bank.answers()) == 4


def test_a_missed_answer_is_back_the_next_time_only_with_review(run, bank_path):
    make_bank(bank_path)
    run("quiz", "--limit", "1", "--kind", "cloze", "--seed", "1", input="nope\n")
    assert "nothing to study today" not in run("quiz", input="").stdout  # new facts remain
    review = run("quiz", "--review", input="")
    assert review.returncode == 0 and "Q1. " in review.stdout and "Q2. " not in review.stdout


@pytest.mark.parametrize("command", [["quiz", "--plain"], ["stats"]])
def test_the_bank_commands_never_import_spacy(bank_path, command):
    make_bank(bank_path)
    code = ("import sys\nfrom quizgen.cli import main\nrc = main(sys.argv[1:])\n"
            "assert 'spacy' not in sys.modules, 'spaCy was imported'\nsys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code, *command], input="", capture_output=True, text=True,
                          env={**os.environ, "QUIZGEN_BANK": bank_path}, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_stats_prints_the_tables(run, bank_path):
    make_bank(bank_path)
    run("quiz", "--seed", "1", input="1\nPutin\n")
    proc = run("stats")
    assert proc.returncode == 0, proc.stderr
    for text in ("new", "learning", "due today", "Accuracy", "question type", "entity type", "Streak: 1 day"):
        assert text in proc.stdout


@pytest.mark.parametrize("args", [("quiz",), ("stats",), ("quiz", "--article", "nothing like it")])
def test_an_empty_bank_or_no_match_says_what_to_run(run, bank_path, args):
    Bank(bank_path).close()  # the file exists, with no articles
    assert_clean_error(run(*args, input=""), code=1, mentions=["quizgen build input/"])


def test_filters_matching_nothing_in_a_full_bank(run, bank_path):
    make_bank(bank_path)
    assert_clean_error(run("quiz", "--since", "2030-01-01", input=""), code=1, mentions=["quizgen build input/"])
    assert_clean_error(run("quiz", "--review", input=""), code=1, mentions=["answered wrongly"])


@pytest.mark.parametrize("args, mentions", [
    (("quiz", "--since", "June"), ["2024-06-01", "June"]),
    (("quiz", "--kind", "essay"), ["essay"]),
    (("stats", "--bank", "no/such/bank.db"), ["quizgen build input/"]),
])
def test_bad_quiz_arguments_get_one_line(run, args, mentions):
    assert_clean_error(run(*args, input=""), mentions=mentions)


def test_quiz_straight_from_a_file_stores_nothing(run, bank_path):
    proc = run("quiz", str(SAMPLE), "--limit", "2", "--seed", "1", input="1\nPutin\n")
    assert proc.returncode == 0, proc.stderr
    assert "Q2. " in proc.stdout and "/2" in proc.stdout
    assert not os.path.exists(bank_path)
    assert_clean_error(run("quiz", str(SAMPLE), "--review", input=""), code=1, mentions=["--review"])


def test_wh_and_true_false_in_a_terminal(bank_path):
    from .fakebank import ARTICLE, FACTS, new_kinds_for

    asked = new_kinds_for(ARTICLE, FACTS)
    with Bank(bank_path) as bank:
        bank.add(ARTICLE, asked, [(f[1], f[2]) for f in FACTS])
    child = spawn("quiz", "--seed", "1", "--kind", "truefalse,wh", bank=bank_path)
    kinds = []
    for _ in range(4):
        child.expect(r"Q\d+\. (?:\((?:easy|medium|hard)\) )?([^\r\n]+)\r\n")
        prompt = ANSI.sub("", child.match.group(1)).strip()
        [q] = [x for x in asked if prompt in (x.prompt, f"True or false? {x.prompt}")]
        kinds.append(q.kind)
        if q.kind is Kind.WH:
            child.expect("Your answer:")
            child.send(q.answer.lower() + "\r")
        else:
            child.expect(r"2\) False")
            child.send(("" if q.truth else DOWN) + "\r")  # True is the first option
            if not q.truth:  # after a false statement, the sentence as the article has it
                child.expect(re.escape(f"False ({q.answer}, not {q.swapped})"))
                child.expect(re.escape(q.sentence))
    child.expect(r"Score: (\d+)/(\d+)")
    assert child.match.groups() == ("4", "4")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and sorted(k.value for k in kinds) == ["truefalse", "truefalse", "wh", "wh"]
