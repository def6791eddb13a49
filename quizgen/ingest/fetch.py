"""Fetching pages and feeds over HTTP(S): a timeout, a size limit, a polite User-Agent, one clear error.

The standard library's urllib is enough: one GET per page, redirects followed only to http(s), the
body read in slices so that an endless or oversized response is cut off at `max_bytes`.
"""
from __future__ import annotations

import re
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import InputError

USER_AGENT = f"quizgen/{__version__} (study questions from news articles; one request per article)"
TIMEOUT = 20.0  # seconds without an answer
WHOLE = 3  # a whole download may take this many times TIMEOUT
MAX_BYTES = 10 * 1024 * 1024
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
           "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")


@dataclass(frozen=True)
class Page:
    """What a server sent back: the final URL (after redirects), its body and declared type."""

    url: str
    data: bytes
    content_type: str  # "text/html", lower case, without parameters; "" when not declared
    charset: str | None = None


def is_url(text: str) -> bool:
    """Whether a command-line argument names a URL rather than a file ("scheme://...")."""
    return bool(_SCHEME.match(text))


def check_url(url: str) -> str:
    """The URL if quizgen may fetch it; InputError for other schemes (file://, ftp://...) or no host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(f"{url}: quizgen fetches only http:// and https:// addresses; "
                         "for a file on this computer give its path instead")
    if not parts.hostname:
        raise InputError(f"{url}: no host name in the address; check the URL")
    return url


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only, never to file:// or ftp://."""

    max_redirections = 5

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        location = headers.get("Location") or headers.get("URI")
        if location:
            check_url(urljoin(req.full_url, location))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_Redirects())


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Page:
    """GET `url`; InputError naming the URL and what to do when anything goes wrong."""
    check_url(url)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
    try:
        with _opener().open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise _too_big(url, max_bytes)
            chunks: list[bytes] = []
            size = 0
            # The socket's timeout bounds each read; this bounds them all, or a server sending a byte a
            # second would hold quizgen for as long as it liked.
            deadline = time.monotonic() + WHOLE * timeout
            while size <= max_bytes:
                chunk = response.read1(min(64 * 1024, max_bytes + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if time.monotonic() > deadline:
                    raise InputError(f"{url}: still downloading after {WHOLE * timeout:g} s; try again later")
            if size > max_bytes:
                raise _too_big(url, max_bytes)
            headers: Message = response.headers
            return Page(url=response.geturl(), data=b"".join(chunks),
                        content_type=headers.get_content_type() if headers.get("Content-Type") else "",
                        charset=headers.get_content_charset())
    except InputError:
        raise
    except urllib.error.HTTPError as e:
        if 300 <= e.code < 400:  # urllib gives up on a redirect loop with a three-line reason
            raise InputError(f"{url}: the server redirects round in a loop (or too many times); check the address"
                             ) from None
        raise InputError(f"{url}: the server answered {e.code} {' '.join(str(e.reason).split())}; check the address"
                         ) from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise _timed_out(url, timeout) from None
        raise InputError(f"{url}: cannot connect ({_describe(reason)}); check the address and the connection") from None
    except (socket.timeout, TimeoutError):
        raise _timed_out(url, timeout) from None
    except (OSError, ValueError) as e:  # a connection reset mid-body, a malformed URL or header
        raise InputError(f"{url}: download failed ({_describe(e)}); try again later") from None


def _too_big(url: str, max_bytes: int) -> InputError:
    size = f"{max_bytes // (1024 * 1024)} MB" if max_bytes >= 1024 * 1024 else f"{max_bytes // 1024 or 1} kB"
    return InputError(f"{url}: larger than {size}; save the article as a file instead")


def _timed_out(url: str, timeout: float) -> InputError:
    return InputError(f"{url}: no answer within {timeout:g} s; try again later")


def _describe(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or reason.__class__.__name__
