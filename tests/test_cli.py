"""The installed `quizgen` command: every command, and bad arguments (one line, non-zero, no traceback)."""
import json
import os

import pytest

from .conftest import ARTICLES, SAMPLE


def assert_clean_error(proc, *, code=None, mentions=()):
    assert proc.returncode != 0 if code is None else proc.returncode == code
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    for text in mentions:
        assert text in lines[0]


def test_help_lists_the_commands(run):
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("generate", "build", "quiz", "export"):
        assert command in proc.stdout


def test_generate_json_document(run):
    proc = run("generate", str(SAMPLE), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    [article] = doc["articles"]
    assert article["source"] == str(SAMPLE) and article["published"] == "2024-06-19"
    assert len(doc["questions"]) >= 10
    assert {q["type"] for q in doc["questions"]} == {"cloze", "mcq", "wh", "truefalse"}
    for q in doc["questions"]:
        assert q["article_id"] == article["id"] and q["type"] in ("cloze", "mcq", "wh", "truefalse")
        assert q["answer"] in q["sentence"]
        assert ("___" in q["prompt"]) == (q["type"] in ("cloze", "mcq"))
        assert isinstance(q["score"], float)
        assert ("choices" in q) == (q["type"] == "mcq")
        assert ("truth" in q) == (q["type"] == "truefalse")
        if q["type"] == "wh":
            assert q["prompt"].endswith("?") and q["answer"] not in q["prompt"]
        if q["type"] == "truefalse":
            assert isinstance(q["truth"], bool) and ("swapped" in q) == (not q["truth"])
            assert q["prompt"].count(q["answer"] if q["truth"] else q["swapped"]) >= 1


def test_generate_kind_chooses_the_kinds(run):
    proc = run("generate", str(SAMPLE), "--format", "json", "--kind", "wh,truefalse")
    assert proc.returncode == 0, proc.stderr
    assert {q["type"] for q in json.loads(proc.stdout)["questions"]} == {"wh", "truefalse"}
    bad = run("generate", str(SAMPLE), "--kind", "essay")
    assert bad.returncode == 2 and "cloze, mcq, wh, truefalse" in bad.stderr and len(bad.stderr.splitlines()) == 1


def test_generate_text_and_determinism(run):
    one = run("generate", str(ARTICLES), "--seed", "3")
    two = run("generate", str(ARTICLES), "--seed", "3")
    assert one.returncode == 0 and one.stdout == two.stdout
    assert "answer:" in one.stdout


def test_build_then_rebuild_then_quiz_then_export(run, tmp_path):
    bank = str(tmp_path / "cli.db")
    first = run("build", str(SAMPLE), "--bank", bank)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("1 new article(s)")
    again = run("build", str(SAMPLE), "--bank", bank)
    assert "0 new article(s), 1 already in the bank" in again.stdout and "0 question(s) added" in again.stdout
    quiz = run("quiz", "--bank", bank, "--limit", "3", "--seed", "1", input="1\nPutin\n1\n")
    assert quiz.returncode == 0, quiz.stderr
    assert "Score: " in quiz.stdout and "/3" in quiz.stdout
    out = tmp_path / "out.json"
    export = run("export", "json", "--bank", bank, "-o", str(out))
    assert export.returncode == 0, export.stderr
    assert len(json.loads(out.read_text())["questions"]) >= 10


def test_build_uses_quizgen_bank_variable(run, tmp_path):
    bank = tmp_path / "env.db"
    proc = run("build", str(ARTICLES), env={"QUIZGEN_BANK": str(bank)})
    assert proc.returncode == 0, proc.stderr and bank.exists()


@pytest.mark.parametrize("args, mentions", [
    (("generate",), ["PATH"]),
    (("generate", "no/such/file.txt"), ["no/such/file.txt"]),
    (("generate", str(SAMPLE), "--format", "xml"), ["xml"]),
    (("generate", str(SAMPLE), "--per-article", "0"), ["at least 1"]),
    (("generate", str(SAMPLE), "--seed", "abc"), ["abc"]),
    (("generate", str(SAMPLE), "--model", "no_such_model"), ["no_such_model"]),
    (("frobnicate",), ["frobnicate"]),
    (("quiz", "--limit", "-3"), ["at least 1"]),
    (("export", "pdf"), ["pdf"]),
])
def test_bad_arguments_get_one_clear_line(run, args, mentions):
    assert_clean_error(run(*args), mentions=mentions)


def test_quiz_on_an_empty_bank_says_what_to_run(run, tmp_path):
    proc = run("quiz", "--bank", str(tmp_path / "none.db"))
    assert_clean_error(proc, code=1, mentions=["quizgen build input/"])


def test_binary_and_empty_inputs(run, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 10)
    proc = run("generate", str(tmp_path / "empty.txt"), str(tmp_path / "image.txt"))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "empty.txt" in proc.stderr and "image.txt" in proc.stderr


def test_a_bad_article_does_not_stop_a_build(run, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "in" / "good.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    bank = str(tmp_path / "b.db")
    proc = run("build", str(tmp_path / "in"), "--bank", bank)
    assert proc.returncode == 0 and "1 new article(s)" in proc.stdout and "1 failed" in proc.stdout
    assert "broken.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_unreadable_file_and_folder(run, tmp_path, without_root_reads):
    secret = tmp_path / "secret.txt"
    secret.write_text(SAMPLE.read_text(encoding="utf-8"))
    secret.chmod(0)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "article.txt").write_text(SAMPLE.read_text(encoding="utf-8"))
    locked.chmod(0)
    try:
        proc = run("generate", str(secret), preexec_fn=without_root_reads)
        assert_clean_error(proc, code=1, mentions=[str(secret), "permission denied; check the file's read permission"])
        proc = run("generate", str(locked), preexec_fn=without_root_reads)
        assert_clean_error(proc, code=1, mentions=[str(locked), "cannot list this folder", "check its permissions"])
        proc = run("generate", str(locked / "article.txt"), preexec_fn=without_root_reads)
        assert_clean_error(proc, code=1, mentions=["article.txt", "permission denied"])
    finally:
        locked.chmod(0o700)
