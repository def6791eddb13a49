"""Bad article files: each gets one line naming it and the fix, a non-zero exit when nothing could be done,
no traceback; a build stores the good articles and reports the bad ones."""
from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.errors import InputError
from quizgen.ingest import MAX_BYTES, read_article, read_articles
from quizgen.models import Failure

from .conftest import SAMPLE

PROSE = SAMPLE.read_text(encoding="utf-8")
SHORT = ("Ministers from Norway and Iceland agreed on Tuesday to share the cost of a new harbour in Tromso.\n\n"
         "The harbour will cost about 450 million dollars and should open in 2027, the Norwegian government said.\n\n"
         "Prime Minister Jonas Gahr Store called the agreement a turning point for fishing towns in the north.\n")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, list[str]]:
    """The real command line, in this process: exit code, standard output, and the lines of standard error."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, [line for line in err.splitlines() if line.strip()]


def png() -> bytes:
    """A real one-pixel PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) \
        + chunk(b"IEND", b"")


def zipped() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("article.txt", PROSE)
    return buffer.getvalue()


BAD_FILES = {
    # name: (content, words the one line must contain)
    "empty.txt": (b"", ["empty", "save the article's text"]),
    "spaces.txt": (b"  \n\t\n   \r\n" * 50, ["empty", "save the article's text"]),
    "picture.txt": (png(), ["PNG image", "text, Markdown or HTML articles"]),
    "archive.txt": (zipped(), ["ZIP archive", "text, Markdown or HTML articles"]),
    "noise.txt": (bytes(range(256)) * 40, ["binary", "text, Markdown or HTML articles"]),
    "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", ["PDF", "text, Markdown or HTML articles"]),
    "one-line.txt": (b"word " * 210_000, ["characters", "split it into one file per article"]),
    "headline.txt": (b"Summit ends without a deal\n", ["no article text", "paragraphs"]),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_gets_one_line_naming_it_and_the_fix(tmp_path, capsys, name):
    content, words = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = cli(capsys, "generate", str(path))
    assert code == 1 and not out
    assert len(err) == 1 and err[0].startswith(f"quizgen: error: {path}: "), err
    for word in words:
        assert word in err[0]


def test_a_50_mb_file_is_refused_without_reading_it_all(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        line = PROSE.encode("utf-8")
        while f.tell() < 50 * 1024 * 1024:
            f.write(line)
    code, _, err = cli(capsys, "generate", str(path))
    assert code == 1 and len(err) == 1
    assert str(path) in err[0] and f"over {MAX_BYTES // (1024 * 1024)} MB" in err[0] and "one article per file" in err[0]


def test_missing_paths_loops_and_broken_links(tmp_path, capsys):
    (tmp_path / "loop-a.txt").symlink_to("loop-b.txt")
    (tmp_path / "loop-b.txt").symlink_to("loop-a.txt")
    (tmp_path / "dangling.txt").symlink_to("gone.txt")
    cases = {"no/such/article.txt": "no such file or directory; check the path",
             str(tmp_path / "loop-a.txt"): "symbolic link loop; fix the link",
             str(tmp_path / "dangling.txt"): "broken symbolic link",
             "bad\x00name.txt": "not a valid path"}
    for given, words in cases.items():
        code, _, err = cli(capsys, "generate", given)
        assert code == 1 and len(err) == 1 and words in err[0], err
        assert "\x00" not in err[0]


def test_a_folder_with_no_articles_and_a_folder_that_loops(tmp_path, capsys):
    empty = tmp_path / "notes"
    empty.mkdir()
    (empty / "todo.docx").write_bytes(b"x")
    (empty / ".hidden.txt").write_text(PROSE)
    (empty / "self").symlink_to(".")  # os.walk must not follow it round and round
    code, _, err = cli(capsys, "generate", str(empty))
    assert code == 1 and len(err) == 1
    assert f"{empty}: no articles here" in err[0] and ".txt" in err[0]


def test_a_pipe_named_like_an_article_is_not_waited_on(tmp_path, capsys):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    code, _, err = cli(capsys, "generate", str(tmp_path))  # found by walking the folder, then refused
    assert code == 1 and len(err) == 1 and "not a regular file" in err[0]
    with pytest.raises(InputError, match="not a regular file"):
        read_article("/dev/zero")


def test_control_characters_in_a_file_name_stay_on_one_line(tmp_path, capsys):
    path = tmp_path / "evil\n\x1b]0;pwned\x07.txt"
    path.write_bytes(b"")
    code, _, err = cli(capsys, "generate", str(path))
    assert code == 1 and len(err) == 1
    assert "\x1b" not in err[0] and "\x07" not in err[0] and "\\x1b]0;pwned\\x07" in err[0]


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_text_in_other_encodings_reads_as_written(tmp_path, encoding):
    text = ("Zürich and São Paulo signed the accord in Genève on Tuesday, officials said. " * 3 + "\n\n") * 2
    if encoding == "cp1252":
        text = text.replace("officials said", "“officials” said")
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(str(path))
    assert "Zürich and São Paulo signed the accord in Genève" in article.text
    assert "\x00" not in article.text and "\ufffd" not in article.text


def test_control_characters_never_reach_the_article(tmp_path):
    path = tmp_path / "escapes.md"
    path.write_text("---\ntitle: Summit\x1b[2J ends\x07\n---\n" + PROSE.replace("Putin", "Pu\x1b]0;x\x07tin\x9b", 1),
                    encoding="utf-8")
    article = read_article(str(path))
    for field in (article.text, article.title):
        assert not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in field)


def test_a_build_stores_the_good_articles_and_names_each_bad_one(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (content, _) in BAD_FILES.items():
        (folder / name).write_bytes(content)
    (folder / "good.txt").write_text(SHORT, encoding="utf-8")
    (folder / "good-latin1.txt").write_bytes("Ministers from Chile and Perú signed a fishing treaty in Lima on Monday, "
                                             "officials in Santiago said.\n".encode("latin-1"))
    bank = str(tmp_path / "b.db")
    code, out, err = cli(capsys, "build", str(folder), "--bank", bank)
    assert code == 0
    assert out.startswith("2 new article(s)") and f"{len(BAD_FILES)} failed" in out
    assert len(err) == len(BAD_FILES)
    for name in BAD_FILES:
        assert sum(name in line for line in err) == 1, name


def test_a_build_with_nothing_usable_exits_non_zero(tmp_path, capsys):
    one = tmp_path / "one-sentence.txt"
    one.write_text("The committee met on a quiet morning to talk about the weather and the roads.\n")
    none = tmp_path / "no-entities.txt"
    none.write_text(("the cat sat on the mat and looked at the dog, who did not look back at all. " * 4 + "\n\n") * 3)
    code, out, err = cli(capsys, "build", str(one), str(none), "--bank", str(tmp_path / "b.db"))
    assert code == 1 and out.startswith("0 new article(s)")
    assert len(err) == 2 and all("no sentence to ask about" in line for line in err)


def test_read_articles_never_raises_on_a_mixed_folder(tmp_path):
    for name, (content, _) in BAD_FILES.items():
        (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(PROSE, encoding="utf-8")
    items = list(read_articles([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert sum(not isinstance(i, Failure) for i in items) == 1
    assert {Path(i.source).name for i in items if isinstance(i, Failure)} == {*BAD_FILES, "missing.txt"}


def test_a_bug_still_ends_in_one_line_and_a_distinct_exit(capsys, monkeypatch):
    from quizgen import cli as cli_module

    def broken(args):
        raise RuntimeError("unexpected\nstate")

    monkeypatch.setitem(cli_module.COMMANDS, "stats", broken)
    monkeypatch.delenv("QUIZGEN_DEBUG", raising=False)
    code, _, err = cli(capsys, "stats")
    assert code == 70 and len(err) == 1
    assert "internal error: RuntimeError: unexpected\\x0astate" in err[0] and "please report" in err[0]
    monkeypatch.setenv("QUIZGEN_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["stats"])


@pytest.mark.parametrize("fragment", ["*a ", "[", "[a](", "__a ", "`x "])
def test_markdown_that_would_make_a_regex_backtrack_reads_in_linear_time(tmp_path, fragment):
    """Found by scripts/fuzz.py's repeated fragments: emphasis and link patterns searched each line to its end
    from every marker, so 60 kB of "*a " took half a minute. 300 kB must take well under a second or two."""
    import time

    path = tmp_path / "stars.md"
    path.write_text(PROSE + "\n\n" + fragment * (300_000 // len(fragment)), encoding="utf-8")
    started = time.monotonic()
    try:
        read_article(str(path))
    except InputError:
        pass
    assert time.monotonic() - started < 3


def test_markdown_emphasis_and_links_still_read_plainly(tmp_path):
    path = tmp_path / "styled.md"
    path.write_text("# Talks end\n\nThe **European Union** said *on Monday* that [the deal](https://example.org) "
                    "worth `4 billion` euros was signed by __France__ and *Germany*.\n", encoding="utf-8")
    article = read_article(str(path))
    assert article.title == "Talks end"
    assert article.text == ("The European Union said on Monday that the deal worth 4 billion euros was signed by "
                            "France and Germany.")


def test_text_far_longer_than_an_article_is_refused_before_cleaning(tmp_path, capsys):
    path = tmp_path / "lines.txt"
    path.write_text("\n" * 1_500_000 + PROSE, encoding="utf-8")
    code, _, err = cli(capsys, "generate", str(path))
    assert code == 1 and len(err) == 1 and "more than an article" in err[0]


def test_a_file_name_that_is_not_utf8_is_stored_and_shown(tmp_path, capsys):
    """Python reads such a name into characters SQLite refuses: the build used to end in an exception."""
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(os.path.join(folder, b"caf\xe9-story.txt"), "wb") as f:
        f.write(SHORT.encode("utf-8"))
    with open(os.path.join(folder, b"empty\xff.txt"), "wb"):
        pass
    bank = str(tmp_path / "b.db")
    code, out, err = cli(capsys, "build", str(tmp_path / "in"), "--bank", bank)
    assert code == 0 and out.startswith("1 new article(s)") and len(err) == 1 and "empty\\xff.txt" in err[0]
    from quizgen.bank import Bank

    with Bank(bank) as b:
        [article] = b.articles()
    assert article.source.endswith("caf\\xe9-story.txt")


FOREIGN = {
    "french.txt": "Le président Emmanuel Macron a rencontré jeudi le chancelier allemand à Berlin pour discuter de la "
                  "crise énergétique. Les deux dirigeants ont convenu de renforcer la coopération entre leurs pays, "
                  "selon un communiqué publié par le gouvernement. Les prix du gaz continuent d'augmenter en Europe.",
    "german.txt": "Bundeskanzler Olaf Scholz hat am Donnerstag in Berlin den französischen Präsidenten getroffen. Die "
                  "beiden Politiker sprachen über die Energiekrise und die Zusammenarbeit zwischen ihren Ländern, "
                  "teilte ein Regierungssprecher mit. Die Gaspreise in Europa steigen weiter.",
    "russian.txt": "Президент России Владимир Путин в четверг встретился с лидером Северной Кореи в Пхеньяне. "
                   "Стороны подписали договор о всеобъемлющем стратегическом партнерстве, сообщает Кремль.",
    "chinese.txt": "俄罗斯总统普京周三抵达平壤，对朝鲜进行国事访问。双方签署了全面战略伙伴关系条约。" * 3,
}


def test_a_non_english_article_is_named_and_refused(tmp_path, capsys):
    for name, text in FOREIGN.items():
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    (tmp_path / "english.txt").write_text(SHORT.replace("Ministers", "Les ministres and ministers"), encoding="utf-8")
    code, out, err = cli(capsys, "build", str(tmp_path), "--bank", str(tmp_path / "b.db"))
    assert code == 0 and out.startswith("1 new article(s)")
    assert len(err) == len(FOREIGN)
    for line, name in zip(err, sorted(FOREIGN)):
        assert name in line and "not English" in line and "English articles only" in line


def test_symbols_that_are_not_prose_are_refused_before_spacy(tmp_path, capsys):
    """Found by scripts/fuzz.py: 80 kB of symbols after one English sentence passed as an article (too few words
    to judge its language) and took spaCy 13 s."""
    path = tmp_path / "junk.txt"
    path.write_bytes(SHORT.encode() + b"\n\n" + b'"\xf3\xa9\xb1\xa0\xc2\x83\x17' * 20_000)
    code, _, err = cli(capsys, "generate", str(path))
    assert code == 1 and len(err) == 1 and "mostly symbols, not prose" in err[0]


def test_invisible_formatting_never_reaches_an_answer_or_a_learner(tmp_path, nlp):
    """Article text keeps invisible formatting, so sentences stay verbatim; answers never hold it, a sentence
    with a direction override is never asked, and what a learner is shown carries none of it."""
    from quizgen.generate import generate
    from quizgen.judge import normalise
    from quizgen.safe import INVISIBLE, for_display

    pasted = tmp_path / "pasted.txt"
    pasted.write_text(SHORT.replace("Norway", "Nor\u00adway\u200b").replace("Iceland", "\u202eIceland\u202c\ufeff"),
                      encoding="utf-8")
    article = read_article(str(pasted))
    assert "Nor\u00adway" in article.text  # verbatim
    raw = " ".join(pasted.read_text(encoding="utf-8").split())
    for q in (q for _a, qs in generate([article], nlp) for q in qs):
        assert " ".join(q.sentence.split()) in raw  # verbatim from the file, as the evaluation checks
        assert not INVISIBLE.search(q.answer)
        assert "\u202e" not in q.sentence
    assert for_display("Nor\u00adway\u200b \u202eIceland\u202c") == "Norway Iceland"
    assert normalise("Nor\u00adway") == normalise("Norway")
