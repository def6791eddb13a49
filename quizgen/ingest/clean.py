"""Boilerplate removal for pasted news text: keep the prose, find the title and the date.

Cleaning only ever drops whole lines or a leading dateline, never rewrites characters, so every
sentence quizgen shows is verbatim from the article (whitespace aside).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = ("January February March April May June July August September October November December").split()
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WEEKDAY_RE = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?"

# A whole line that is only a date, possibly with "Updated"/"Published", a weekday and a time.
_DATE_LINE = re.compile(
    rf"^(?:(?:Updated|Published|Posted|Last updated|Date|Dated)[:\s]+)?(?:[\d:]+\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{{2,4}})?,?\s*)?"
    rf"(?:{_WEEKDAY_RE},?\s*)?(?:{_MONTH_RE}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_RE},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:,?\s*(?:at\s+)?[\d:]+\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{{2,4}})?)?\.?$"
)
_FULL_DATE = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})\b|\b(\d{{1,2}})\s+({_MONTH_RE}),?\s+(\d{{4}})\b|\b(\d{{4}})-(\d{{2}})-(\d{{2}})\b")

_JUNK_WORDS = {
    "close", "menu", "share", "share this", "advertisement", "ad feedback", "skip to content", "watch",
    "video", "read more", "see more", "more", "photos", "photo", "image", "images", "gallery", "hide caption",
    "show caption", "toggle caption", "enlarge this image", "play", "replay", "live", "live updates",
    "subscribe", "sign in", "log in", "newsletter", "related", "related articles", "comments", "print",
    "email", "facebook", "twitter", "whatsapp", "linkedin", "copy link", "link copied", "exclusive",
    "breaking news", "story highlights", "most read", "trending", "top stories", "next", "previous",
}
_OUTLETS = (r"CNN|AP|AFP|Reuters|BBC|NPR|Bloomberg|The Associated Press|Associated Press|UPI|dpa|Xinhua|Al Jazeera|"
            r"The Guardian|Wikinews|VOA|AA|Anadolu|IANS|PTI|ANI|Kyodo|Yonhap|ANSA|EFE|APP|KUNA|WAM|SPA|BSS|IRNA|TASS|"
            r"MENA|Bernama|Antara|PNA|KCNA")
_OUTLET_LINE = re.compile(rf"^\(?(?:{_OUTLETS})(?: (?:Business|Politics|World|News|Wire))?\)?$")
_BYLINE = re.compile(r"^(?:By|Written by|Reporting by|From)\s+[A-Z][\w.'-]+(?:[ ,]+(?:and\s+)?[A-Z][\w.'-]+){0,8},?(?:\s*(?:CNN|AP|AFP|Reuters|BBC|NPR))?\.?$")
_DEVELOPING = re.compile(
    r"^(?:This (?:is a )?(?:developing|breaking) (?:news )?story|This story (?:has been|will be|is being) updated|"
    r"This article (?:has been|was|will be) updated|Correction:|Editor[’']s note:|CNN[’']s .{3,80} contributed|"
    r".{0,80}contributed to this (?:report|story)|Copyright \d{4}|©)",
    re.IGNORECASE,
)
# What a page says to a browser that does not run its scripts or take its cookies: never the story.
_BROWSER_NOTICE = re.compile(
    r"\b(?:enable|turn on|requires?|need|needs|activate)\b.{0,40}\bJavaScript\b|"
    r"\bJavaScript\b.{0,30}\b(?:disabled|required|is off|not enabled|turned off)\b|"
    r"\b(?:your|this) browser\b.{0,50}\b(?:not supported|does not support|doesn[’']t support|out of date|outdated)\b|"
    r"\b(?:accept|enable|allow) (?:all )?cookies\b|^We use cookies\b",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"\((?:R|L|C|right|left|center|centre|front|back|top|bottom|2nd [LR]|second (?:left|right))\)|"
    r"\b(?:Getty Images|AFP via Getty|AP Photo|Reuters/|Photo(?:graph)?:|Image:|Credit:|Courtesy of|/AP\b|/AFP\b|/Reuters\b|Pool/)",
)
# A caption usually ends on where and when the picture was taken: ", Pyongyang, North Korea, June 19, 2024."
_CAPTION_TAIL = re.compile(rf",\s+(?:{_WEEKDAY_RE},\s+)?{_MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}\.?$")
# "(CNN)", "(CNN) --", "LONDON, England (CNN) --", "WASHINGTON (Reuters) -", "ATHENS, July 29 (Reuters) -",
# "Aug. 2 (UPI) --", "SEOUL, South Korea —", "BRITISH COLUMBIA - ", "Sacramento, CA — ", "MEXICO CITY (CBS/AP) --",
# "Beijing - ", "London: ", "Washington : ", "DHAKA: ", "SEOUL: (APP) ", "LE BOURGET, France -- ",
# "CARACAS/WASHINGTON (Reuters) – ", "SANTO DOMINGO. Dom. Rep. – "
_DATELINE_PREFIX = re.compile(
    rf"^(?:[A-Z][A-Za-z.'/-]*(?:[ ,]+(?:[A-Z][A-Za-z.'/-]+|\d{{1,4}})){{0,5}},?\s*)?\((?:{_OUTLETS})\)\s*(?:--|—|–|-|:)?\s*"
    r"|^(?:[A-Z][A-Z.'-]{2,}|[A-Z]{2}(?= [A-Z]{3}))(?: [A-Z][A-Z.'-]+){0,2}(?:[,.] [A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2})?"
    r"(?:\s+(?:--|—|–|-)|\s*(?:--|—))\s*"
    r"|^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z]{2}\.?\s+(?:--|—|–)\s+"
    r"|^[A-Z][a-z]+, [A-Z][a-z]+(?: [A-Z][a-z]+)?\s+(?:--|—|–)\s+"  # an agency and its city: "Antara, Jakarta – "
    r"|^[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,2},?\s*\((?:[^()/]{1,30}/)+[^()/]{1,30}\)\s*(?:--|—|–|-)\s+"
    r"|^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:\s+(?:--|—|–|-)|\s?:)\s+"
    r"|^[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,2}\s?:\s+(?:\([A-Z]{2,8}\)\s*(?:--|—|–|-)?\s*)?"
    r"|^[A-Z][A-Z.']{2,}(?: [A-Z][A-Z.']+){0,2}-(?=(?:The|A|An|In|On|At|After|Police|Officials)\b)"  # "ABU DHABI-The"
)
# A headline may end on an abbreviation: "Missed penalty costs Germany in 2-0 loss to U.S."
_ENDS_ON_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}$")
_MAX_HEADLINE_WORDS = 16
MAX_FURNITURE_WORDS = 60  # captions, bylines and notes are short; a longer line is the story itself
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")


@dataclass(frozen=True)
class Cleaned:
    """The prose of an article as paragraphs, with what the page said about itself."""

    paragraphs: tuple[str, ...]
    title: str | None
    published: str | None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def iso_date(text: str) -> str | None:
    """The first full date in `text` as YYYY-MM-DD, or None."""
    m = _FULL_DATE.search(text)
    if not m:
        return None
    if m.group(1):
        month, day, year = m.group(1), m.group(2), m.group(3)
    elif m.group(4):
        day, month, year = m.group(4), m.group(5), m.group(6)
    else:
        year, mm, dd = m.group(7), m.group(8), m.group(9)
        return f"{year}-{mm}-{dd}" if 1 <= int(mm) <= 12 and 1 <= int(dd) <= 31 else None
    idx = next(i for i, name in enumerate(MONTHS, 1) if name.lower().startswith(month.rstrip(".").lower()[:3]))
    if not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{idx:02d}-{int(day):02d}"


def _is_junk(line: str) -> bool:
    if len(line.split()) > MAX_FURNITURE_WORDS:
        return False  # a whole pasted story on one line is prose, whatever its first words
    bare = line.strip().strip("|•·-–—:").strip().lower()
    return (
        not bare
        or bare in _JUNK_WORDS
        or bool(_OUTLET_LINE.match(line))
        or bool(_BYLINE.match(line))
        or bool(_DEVELOPING.match(line))
        or (len(line.split()) <= 20 and bool(_BROWSER_NOTICE.search(line)))
    )


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 6 and bool(_SENTENCE_END.search(line))


def _is_title(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 30 and not line.endswith((".", ",", ";", ":")) and not _DATE_LINE.match(line)


def _headline(lines: list[str], i: int) -> bool:
    """Whether the text's first line, set off by a blank line, is a headline that ends on an abbreviation
    ("... in 2-0 loss to U.S."): one short sentence, which prose rarely is on a line of its own."""
    line = lines[i]
    return (not any(lines[:i]) and i + 1 < len(lines) and not lines[i + 1] and bool(_ENDS_ON_ABBREVIATION.search(line))
            and 3 <= len(line.split()) <= _MAX_HEADLINE_WORDS and not re.search(r"[.!?]\s", line))


def strip_dateline(paragraph: str) -> str:
    """Drop a leading news-agency dateline such as "(CNN) --" from the first paragraph. What follows a dateline
    starts a sentence: "Two - and possibly three - people died" or "NASA - the US space agency - said" is
    no dateline but a dash inside the sentence."""
    m = _DATELINE_PREFIX.match(paragraph)
    if m and len(paragraph) - m.end() > 20 and re.match(r"[A-Z0-9\"“‘']", paragraph[m.end():]):
        return paragraph[m.end():]
    return paragraph


def clean(raw: str) -> Cleaned:
    """Split pasted article text into prose paragraphs, a title and a publication date."""
    lines = [line.strip() for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    title: str | None = None
    published: str | None = None
    caption_dates: list[str] = []
    kept: list[tuple[int, str]] = []  # (line number, text)
    captions: set[int] = set()
    seen_prose = False
    for i, line in enumerate(lines):
        if _is_junk(line):
            continue
        if _DATE_LINE.match(line):
            published = published or iso_date(line)
            continue
        if len(line.split()) <= MAX_FURNITURE_WORDS and (_CAPTION.search(line) or _CAPTION_TAIL.search(line)):
            captions.add(i)
            date = iso_date(line)
            if date:
                caption_dates.append(date)
            continue
        if not seen_prose and title is None and (not _is_prose(line) and _is_title(line) or _headline(lines, i)):
            title = line
            continue
        if _is_prose(line):
            seen_prose = True
        kept.append((i, line))
    # Captions come in runs: a line glued (no blank line) to a caption is a caption too.
    spread = True
    while spread:
        spread = False
        for i, _line in kept:
            if i not in captions and (i - 1 in captions or i + 1 in captions) \
                    and len(_line.split()) <= MAX_FURNITURE_WORDS:
                captions.add(i)
                spread = True
        kept = [(i, line) for i, line in kept if i not in captions]
    paragraphs = [line for _i, line in kept if _is_prose(line) or len(line.split()) >= 12]
    if paragraphs:
        paragraphs[0] = strip_dateline(paragraphs[0])
    if published is None and caption_dates:
        published = max(caption_dates)  # pictures of the day carry the day's date
    return Cleaned(tuple(paragraphs), title, published)
