"""Web pages into raw text: the article body and what the page says about itself, via trafilatura.

trafilatura (and lxml under it) is imported only when a page is actually read, so commands and
builds that meet no new HTML start without it.
"""
from __future__ import annotations

import logging
import re
from typing import Any

from ..errors import InputError
from .clean import iso_date
from .text import Raw

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)
_QUIET = ("trafilatura", "htmldate", "courlan", "justext", "readability")


def looks_like_html(data: bytes) -> bool:
    """Whether bytes (a saved page, standard input, a download) are an HTML document."""
    return bool(_HTML_START.match(data[:4096]))


def looks_like_feed(data: bytes) -> bool:
    """Whether bytes are an RSS or Atom feed rather than an article."""
    return bool(_FEED_START.match(data[:4096]))


def _extractor() -> Any:
    import trafilatura

    # trafilatura reports pages it discards through logging, which would print a second line
    # beside quizgen's own one-line error.
    for name in _QUIET:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return trafilatura


def extract(html: bytes | str, *, source: str, url: str | None = None) -> Raw:
    """The article in an HTML page (or fragment) as text, with its title, date, outlet and canonical URL."""
    trafilatura = _extractor()
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False,
            # The publication date from the page's own metadata, never a guess from a copyright line.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # noqa: BLE001 - lxml and trafilatura raise many types on broken markup
        raise InputError(f"{source}: cannot read the page ({e.__class__.__name__}); save it again as HTML or text") from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{source}: no article text found in the page; save the article itself, not a front page")
    meta = {"title": doc.title, "date": iso_date(doc.date or ""), "outlet": doc.sitename or doc.hostname,
            "url": doc.url or url}
    return Raw(doc.text, {k: v.strip() for k, v in meta.items() if v and v.strip()})
