"""HTML pages, URLs and feeds, served by a real HTTP server on 127.0.0.1 (tests/web.py); pages written for tests."""
import re
from pathlib import Path

import pytest

from quizgen.bank import Bank
from quizgen.build import build
from quizgen.errors import InputError
from quizgen.ingest import read_article, read_articles
from quizgen.ingest.fetch import USER_AGENT, fetch
from quizgen.models import Failure

from .test_cli import assert_clean_error
from .web import Route, serve

TESTS = Path(__file__).resolve().parent
PAGES = TESTS / "pages"
FEEDS = TESTS / "feeds"


def page(name: str) -> Route:
    return Route((PAGES / name).read_bytes())


def feed(name: str, base: str, content_type: str = "application/rss+xml") -> Route:
    return Route((FEEDS / name).read_text(encoding="utf-8").replace("{base}", base).encode(), content_type)


def visible_text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&amp;", "&").split())


def test_saved_page_gives_body_and_metadata_without_furniture():
    a = read_article(str(PAGES / "ferry-strike.html"))
    assert a.title == "Ferry crews walk out across western Norway"
    assert a.published == "2025-05-12" and a.outlet == "Northern Ledger"
    assert a.url == "https://ledger.example/2025/05/12/ferry-strike"
    for furniture in ("cookies", "Subscribe", "Advertisement", "Related stories", "Copyright", "Oil fund", "By Kari"):
        assert furniture not in a.text
    assert a.text.startswith("Ferry crews on 14 routes") and a.text.rstrip().endswith("for the week.")
    page_text = visible_text((PAGES / "ferry-strike.html").read_text(encoding="utf-8"))
    for paragraph in a.text.split("\n\n"):
        assert " ".join(paragraph.split()) in page_text  # verbatim from the page


def test_questions_from_saved_pages_are_verbatim(tmp_path, nlp):
    with Bank(str(tmp_path / "b.db")) as bank:
        report = build([str(PAGES)], bank, lambda: nlp)
        # 13 since multiple choice needs options of the same kind (Bergen no longer gets Belgium and Nairobi)
        assert report.new == 3 and not report.failures and report.questions >= 12
        for q in bank.questions():
            assert q.answer in q.sentence
        texts = {a.id: " ".join(a.text.split()) for a in bank.articles()}
        assert all(" ".join(q.sentence.split()) in texts[q.article_id] for q in bank.questions())


def test_build_a_url(tmp_path, nlp):
    with serve({"/news/solar.html": page("solar-farm.html")}) as site, Bank(str(tmp_path / "b.db")) as bank:
        url = site.url("/news/solar.html")
        report = build([url], bank, lambda: nlp)
        assert report.new == 1 and not report.failures
        [article] = bank.articles()
        assert article.source == url and article.url == url  # no canonical link: the address itself
        assert article.title == "Kenya switches on East Africa's largest solar farm" and article.outlet == "Savanna Post"
        assert site.requests[0][1] == USER_AGENT and "quizgen" in USER_AGENT


def test_the_same_page_from_a_file_and_a_url_is_one_article(tmp_path, nlp):
    with serve({"/ferry": page("ferry-strike.html")}) as site, Bank(str(tmp_path / "b.db")) as bank:
        report = build([str(PAGES / "ferry-strike.html"), site.url("/ferry")], bank, lambda: nlp)
        assert (report.new, report.skipped) == (1, 1)


def test_redirects_are_followed_to_http_only():
    routes = {"/old": Route(status=301, headers={"Location": "/new"}), "/new": page("library.html"),
              "/sneaky": Route(status=302, headers={"Location": "file:///etc/passwd"})}
    with serve(routes) as site:
        got = fetch(site.url("/old"))
        assert got.url == site.url("/new") and got.content_type == "text/html"
        with pytest.raises(InputError, match="only http:// and https://"):
            fetch(site.url("/sneaky"))


@pytest.mark.parametrize("route, kwargs, message", [
    (Route(status=404), {}, "answered 404"),
    (Route(status=500), {}, "answered 500"),
    (Route(b"x" * 5000), {"max_bytes": 1000}, "larger than 1 kB"),
    (Route(b"late", delay=2.0), {"timeout": 0.3}, "no answer within 0.3 s"),
])
def test_fetch_failures_are_one_clear_error(route, kwargs, message):
    with serve({"/p": route}) as site:
        with pytest.raises(InputError, match=message) as err:
            fetch(site.url("/p"), **kwargs)
        assert str(err.value).startswith(site.url("/p"))


def test_connection_refused_and_bad_schemes():
    with serve({}) as site:
        closed = site.base
    with pytest.raises(InputError, match="cannot connect"):
        fetch(closed + "/gone", timeout=2)
    for url in ("ftp://example.org/a.txt", "file:///etc/passwd"):
        with pytest.raises(InputError, match="only http:// and https://"):
            fetch(url)


def test_cli_build_url_errors_are_one_line(run, tmp_path):
    bank = str(tmp_path / "b.db")
    with serve({}) as site:
        proc = run("build", site.url("/missing.html"), "--bank", bank)
    assert_clean_error(proc, code=1, mentions=["/missing.html", "404"])
    assert_clean_error(run("build", "file:///etc/hostname", "--bank", bank), code=1, mentions=["file:///etc/hostname"])


def test_feed_with_full_text_is_read_without_fetching_pages(tmp_path, nlp):
    with serve({}) as site, Bank(str(tmp_path / "b.db")) as bank:
        site.routes["/rss"] = feed("full.rss", site.base)
        report = build([], bank, lambda: nlp, feeds=[site.url("/rss")])
        assert report.new == 2 and not report.failures
        assert site.paths() == ["/rss"]  # the linked pages were never requested
        titles = {a.title: a for a in bank.articles()}
        chile = titles["Chile's Senate protects Patagonian forest"]
        assert chile.outlet == "Southern Cone Wire" and chile.published == "2025-10-15"
        assert chile.url.endswith("/never-fetched/chile-forest")


def test_feed_of_teasers_fetches_each_page_once(tmp_path, nlp):
    path = str(tmp_path / "b.db")
    with serve({"/news/ferry-strike.html": page("ferry-strike.html"),
                "/news/solar-farm.html": page("solar-farm.html")}) as site:
        site.routes["/atom"] = feed("teasers.atom", site.base, "application/atom+xml")
        with Bank(path) as bank:
            report = build([], bank, lambda: nlp, feeds=[site.url("/atom")])
            assert report.new == 2 and not report.failures
            ferry = next(a for a in bank.articles() if a.title.startswith("Ferry"))
            assert ferry.url == "https://ledger.example/2025/05/12/ferry-strike"  # the page's canonical URL
        assert sorted(site.paths()) == ["/atom", "/news/ferry-strike.html", "/news/solar-farm.html"]
        site.requests.clear()
        with Bank(path) as bank:
            again = build([], bank, lambda: pytest.fail("spaCy loaded for nothing"), feeds=[site.url("/atom")])
            assert (again.new, again.skipped) == (0, 2)
        assert site.paths() == ["/atom"]  # unchanged entries are not fetched again


def test_feed_from_a_file_and_a_missing_page(tmp_path, nlp):
    with serve({"/news/ferry-strike.html": page("ferry-strike.html")}) as site:
        local = tmp_path / "briefing.atom"
        local.write_text((FEEDS / "teasers.atom").read_text().replace("{base}", site.base))
        items = list(read_articles([], feeds=[str(local)]))
    [ok] = [i for i in items if not isinstance(i, Failure)]
    [failed] = [i for i in items if isinstance(i, Failure)]
    assert ok.title.startswith("Ferry") and "solar-farm.html" in failed.message and "404" in failed.message


def test_not_a_feed(tmp_path):
    with serve({"/page": page("library.html")}) as site:
        [failure] = list(read_articles([], feeds=[site.url("/page")]))
    assert isinstance(failure, Failure) and "not an RSS or Atom feed" in failure.message
    [again] = list(read_articles([str(FEEDS / "full.rss")]))
    assert isinstance(again, Failure) and "pass it with --feed" in again.message  # explained, not parsed


def test_cli_build_feed_option(run, tmp_path):
    local = tmp_path / "wire.rss"
    local.write_text((FEEDS / "full.rss").read_text().replace("{base}", "https://cone.example"))
    bank = str(tmp_path / "b.db")
    proc = run("build", "--feed", str(local), "--bank", bank)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("2 new article(s)")
    proc = run("build", "--feed", str(tmp_path / "none.rss"), "--bank", bank)
    assert_clean_error(proc, code=1, mentions=["none.rss"])


def test_standard_input(run, tmp_path):
    html = (PAGES / "library.html").read_text(encoding="utf-8")
    proc = run("generate", "-", "--format", "json", input=html)
    assert proc.returncode == 0, proc.stderr
    assert '"title": "Ghent\'s central library reopens after four years"' in proc.stdout
    text = (TESTS / "articles" / "2025-03-04-harbour-bridge-vote.txt").read_text(encoding="utf-8")
    bank = str(tmp_path / "b.db")
    proc = run("build", "-", "--bank", bank, input=text)
    assert proc.returncode == 0 and proc.stdout.startswith("1 new article(s)"), proc.stderr
    assert_clean_error(run("build", "-", "--bank", bank, input=""), code=1, mentions=["standard input"])


def test_the_servers_charset_is_used():
    html = (PAGES / "library.html").read_text(encoding="utf-8").replace('<meta charset="utf-8">', "")
    html = html.replace("Mayor Pieter De Smet", "Mayor Pieter Désiré De Smet")
    with serve({"/lib": Route(html.encode("latin-1"), "text/html; charset=iso-8859-1")}) as site:
        [article] = list(read_articles([site.url("/lib")]))
    assert "Pieter Désiré De Smet" in article.text
