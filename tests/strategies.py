"""Hypothesis strategies for article text: news-like prose that yields questions, laced with what hostile or
broken input contains, and raw bytes for the ingest path. Used by the property tests and scripts/fuzz.py."""
from __future__ import annotations

from hypothesis import strategies as st

PEOPLE = ["Vladimir Putin", "Kim Jong Un", "Kim Jong Il", "Angela Merkel", "Emmanuel Macron", "Jane Smith",
          "Ali Hassan", "Xi Jinping", "Narendra Modi", "Putin", "Macron", "John", "O'Brien", "Mary-Jane Li"]
PLACES = ["France", "North Korea", "South Korea", "Pyongyang", "Sydney", "the United States", "Russia", "Moscow",
          "Paris", "Geneva", "New Delhi", "India", "China", "Beijing", "the UK", "Kyiv", "Ukraine", "Georgia"]
ORGS = ["the United Nations", "NATO", "Reuters", "the World Bank", "the European Union", "Apple", "the Senate",
        "the Ministry of Defence", "UN", "EU"]
NORPS = ["Russian", "French", "North Korean", "American", "Ukrainian", "Chinese"]
VERBS = ["met", "visited", "signed a treaty with", "criticised", "thanked", "called", "warned", "praised"]
HOSTILE = ["_____", "___", "{{c1::x}}", "{{c2::Paris::place}}", "}}", "{{", "<script>alert(1)</script>", "<b>",
           "&amp;", "[sound:a.mp3]", "[latex]x[/latex]", "\\(x\\)", "\x1b[2J", "\x1b]0;t\x07", "\x00", "\x9b",
           "\u200b", "\ufeff", "\u202e", "e\u0301", "’s", "'s", "“", "”", '"', "'", "(", ")", "[", "]", "...", "…",
           "U.S.", "No. 10", "--", "—", "\t", "\r\n", "\n", "\n\n", "  ", "😀", "مرحبا", "北京", "Ωmega", "ß",
           "=cmd|' /C calc'!A0", "$(rm -rf /)", "`id`", "%s%n", "../../etc/passwd", "::", "|", ";", ",", ".", "?", "!",
           "0", "1", "10", "-5", "+44", "1e9", "3.14", "½", "Ⅻ", "٣"]


@st.composite
def number(draw: st.DrawFn) -> str:
    value = draw(st.integers(min_value=0, max_value=10**10))
    form = draw(st.sampled_from(["plain", "comma", "money", "percent", "year", "decade", "billion", "decimal",
                                 "people", "date", "month", "range"]))
    if form == "comma":
        return f"{value:,}"
    if form == "money":
        return f"${value:,}"
    if form == "percent":
        return f"{value % 101}%"
    if form == "year":
        return str(1500 + value % 600)
    if form == "decade":
        return f"the {1900 + value % 12 * 10}s"
    if form == "billion":
        return f"${value % 1000 / 10:g} billion"
    if form == "decimal":
        return f"{value / 1000:.{value % 4}f}"
    if form == "people":
        return f"{value % 100000:,} people"
    if form == "date":
        months = ["January", "February", "March", "June", "July", "September", "December"]
        return f"{months[value % len(months)]} {value % 31 + 1}, {1990 + value % 40}"
    if form == "month":
        return ["January", "May", "August", "November"][value % 4]
    if form == "range":
        return f"{value % 100}-{value % 100 + value % 7}"
    return str(value)


def _name() -> st.SearchStrategy[str]:
    word = st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True)
    return st.one_of(st.sampled_from(PEOPLE), st.builds(lambda a, b: f"{a} {b}", word, word))


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """One news-like sentence, sometimes with something hostile in it."""
    person, other = draw(_name()), draw(_name())
    place, place2 = draw(st.sampled_from(PLACES)), draw(st.sampled_from(PLACES))
    org, norp, n = draw(st.sampled_from(ORGS)), draw(st.sampled_from(NORPS)), draw(number())
    verb = draw(st.sampled_from(VERBS))
    templates = [
        f"{person} {verb} {other} in {place} on {n}, officials said.",
        f"{org} said {n} people were killed in {place} after the attack on {place2}.",
        f"The {norp} government will spend {n} on the new programme, according to {org}.",
        f"{person} won the election in {place} with {n} of the vote, beating {other}.",
        f"He told reporters in {place} that {org} had agreed to the plan.",
        f"In {n}, {place} and {place2} signed a treaty that {person} called historic.",
        f"“We will not back down,” said {person}, the leader of {place}.",
        f"But {org} warned that {n} troops had crossed into {place} from {place2}.",
        f"{place}’s {org} fined {person} {n} for breaking the rules in {place2}.",
        f"Is {person} really the leader of {place}?",
        f"{person} was born in {place} and studied in {place2} before joining {org} in {n}.",
    ]
    text = draw(st.sampled_from(templates))
    for _ in range(draw(st.integers(min_value=0, max_value=2))):
        junk = draw(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=6)))
        at = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:at] + junk + text[at:]
    return text


@st.composite
def article_text(draw: st.DrawFn) -> str:
    """Paragraphs of news-like sentences, or plain noise, or a mix: anything a pasted article might be."""
    kind = draw(st.sampled_from(["news", "news", "news", "noise", "mixed", "lines", "mutated"]))
    if kind == "noise":
        return draw(st.text(max_size=400))
    if kind == "mutated":  # news with characters inserted, deleted or replaced anywhere, words cut in half
        text = " ".join(draw(st.lists(sentence(), min_size=2, max_size=6)))
        for _ in range(draw(st.integers(min_value=1, max_value=6))):
            at = draw(st.integers(min_value=0, max_value=len(text)))
            cut = draw(st.integers(min_value=0, max_value=3))
            text = text[:at] + draw(st.text(max_size=3)) + text[at + cut:]
        return text
    paragraphs = []
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        sents = draw(st.lists(sentence(), min_size=1, max_size=4))
        if kind == "mixed":
            sents.insert(draw(st.integers(0, len(sents))), draw(st.text(max_size=40)))
        paragraphs.append(" ".join(sents))
    joiner = draw(st.sampled_from(["\n\n", "\n", " ", "\r\n\r\n"])) if kind != "lines" else "\n"
    return joiner.join(paragraphs)


def repeated_text() -> st.SearchStrategy[str]:
    """A fragment repeated thousands of times, alone or after a real paragraph: what makes a regular expression
    that backtracks take minutes instead of milliseconds."""
    fragment = st.one_of(st.sampled_from(HOSTILE + ["*a ", "[", "[a](", "__a ", "`x ", "By Aa ", "A ", "1:"]),
                         st.text(min_size=1, max_size=4))
    repeated = st.builds(lambda frag, n: frag * n, fragment, st.integers(min_value=500, max_value=20_000))
    return st.builds(lambda lead, body: lead + body, st.sampled_from(["", sentence_example()]), repeated)


def sentence_example() -> str:
    return "Vladimir Putin met Kim Jong Un in Pyongyang on June 19, 2024, officials said.\n\n"


_FURNITURE = ["<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>", "<script>var x = '<p>not text</p>';</script>",
              "<noscript>Please enable JavaScript to read this page.</noscript>", "<style>p { color: red }</style>",
              "<footer>Copyright 2024 Example Wire</footer>", "<!-- a comment with <p>markup</p> -->", "<div>", "</div>",
              "<p>", "</span>", "<br>", "<img src=x onerror=alert(1)>", "<![CDATA[ x ]]>", "&amp;", "&nbsp;", "&#0;"]


@st.composite
def html_page(draw: st.DrawFn) -> bytes:
    """A web page around news-like paragraphs, with menus, scripts and tags left open or closed twice."""
    parts = ["<!doctype html><html><head><title>", draw(st.text(max_size=20)), "</title></head><body>"]
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        parts.append(draw(st.sampled_from(_FURNITURE)) if draw(st.booleans()) else
                      "<p>" + " ".join(draw(st.lists(sentence(), min_size=1, max_size=3))) + "</p>")
    if draw(st.booleans()):
        parts.append("</body></html>")
    return "".join(parts).encode("utf-8", errors="replace")


def article_bytes(*, long: bool = True) -> st.SearchStrategy[bytes]:
    """What a file named like an article may hold: text in some encoding, or any bytes at all; with `long`,
    also a fragment repeated thousands of times (slow to process, so only for scripts/fuzz.py)."""
    encoded = st.builds(lambda text, codec: text.encode(codec, errors="replace"), article_text(),
                        st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1", "cp1252", "utf-32"]))
    front = st.builds(lambda title, text: f"---\ntitle: {title}\ndate: 2024-06-19\n---\n# {title}\n\n{text}".encode(),
                      st.text(max_size=30), article_text())
    repeated = st.builds(lambda text: text.encode("utf-8", errors="replace"), repeated_text())
    return st.one_of(encoded, encoded, front, html_page(), st.binary(max_size=600), *([repeated] if long else []))
