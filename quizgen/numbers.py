"""Numbers and dates as wrong options: the answer with its numbers (or month) changed, in its own format
and scale."""
from __future__ import annotations

import random
import re
from functools import lru_cache

# spaCy labels whose wrong options are the answer with its numbers changed
NUMERIC = {"DATE", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_CLOCK = re.compile(r"\b(\d{1,2}(?::\d{2}){1,2})(?:\.(\d+))?(?!\d)")  # "10:30 a.m.", "2:30am", "4:03.84", "2:05:30"
_DURATION = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|centuries|century)\b", re.IGNORECASE)
_AGE_DECADE = re.compile(r"\b([1-9]0)s\b")  # "in their 20s"
# "22", "28-year-old", "22 years old", "age 31"
_AGE = re.compile(r"(?:[Aa]ged? )?([1-9]\d?|1[01]\d)((?:-| )years?[- ]old|(?: years)? old)?")  # "78-year old" too
# "20C", "40 °C", "104F", "minus 5 degrees Celsius": a temperature moves by degrees, not by a factor
_TEMPERATURE = re.compile(r"(?:minus |-)?(\d{1,3}(?:\.\d)?)\s?(?:°\s?[CF]?|[CF]\b|degrees?(?: Celsius| Fahrenheit|C|F)?)")
_MONTHS = "|".join(MONTHS)
MONTH_WORD = re.compile(rf"\b({_MONTHS})\b")
YEAR = r"1[5-9]\d\d|20\d\d"  # a year as news writes one, 1500 to 2099
# a day of the month beside its month: "July 25", "25th of July"
_MONTHS_SHORT = "|".join([*MONTHS, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"])
_DAY = re.compile(rf"\b(?:(?:{_MONTHS_SHORT})\.?\s+(?P<day>[1-9]|[12]\d|3[01])(?=(?:st|nd|rd|th)?\b)"
                  rf"|(?P<day2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS_SHORT})\b)")
_SHORT_YEAR = re.compile(r"[-/–](\d\d)\b")  # the "-20" of "2019-20"
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
YEAR_WORD = re.compile(rf"\b(?:{YEAR})\b")
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,.])")  # "5,7%", "440,6 pence"; not "1,500"


def _clock_options(answer: str, clock: re.Match, label: str, rng: random.Random) -> list[str]:
    """A time of day an hour or more earlier or later ("10:30 a.m."), or a race time a few per cent slower or
    faster ("4:03.84", "2:05:30"), in the answer's own format."""
    parts = [int(p) for p in clock.group(1).split(":")]
    fraction = clock.group(2) or ""
    if len(parts) == 2 and not fraction and (label == "TIME" or re.search(r"[ap]\.?m\b", answer, re.IGNORECASE)):
        hour = clock.group(1).partition(":")[0]
        day = parts[0] > 12 or hour.startswith("0")  # "23:45", "09:15": a 24-hour clock, padded as written
        shifts = [h for h in (1, -1, 2, -2, 3, -3) if (0 if day else 1) <= parts[0] + h <= (23 if day else 12)]
        rng.shuffle(shifts)
        rest, width = clock.group(1).partition(":")[2], len(hour) if hour.startswith("0") else 1
        return [f"{answer[:clock.start()]}{parts[0] + h:0{width}d}:{rest}{answer[clock.end(1):]}" for h in shifts]
    total = 0.0
    for p in parts:
        total = total * 60 + p
    total += float("0." + fraction) if fraction else 0.0
    factors = [0.96, 1.03, 0.98, 1.05, 0.94, 1.02]
    rng.shuffle(factors)
    out: list[str] = []
    for f in factors:
        t = round(total * f, len(fraction))
        units = []
        for _ in parts[1:]:
            t, sec = divmod(t, 60)
            units.insert(0, sec)
        width = 3 + len(fraction) if fraction else 2
        text = ":".join([str(int(t))] + [f"{u:0{width}.{len(fraction)}f}" if i == len(units) - 1 else f"{int(u):02d}"
                                         for i, u in enumerate(units)])
        new = answer[:clock.start()] + text + answer[clock.end():]
        if new != answer and new not in out:
            out.append(new)
    return out


def _scaled(value: float, factor: float, decimals: int, sig: int) -> float:
    v = value * factor
    if decimals:
        return round(v, decimals)
    digits = len(str(int(abs(v)))) if v >= 1 else 1
    return float(round(v, -max(0, digits - sig)))


def _unrounded(value: float, rng: random.Random) -> float:
    """A rounded wrong figure given random digits below its first three, so that an exact answer ("87,076") is
    not the one option that is not round."""
    places = len(str(int(value))) - 3
    if places <= 0:
        return value
    low = rng.randrange(1, 10 ** places)
    return value + (low if low % 10 else low + rng.randrange(1, 10))  # "348,500" would look round again


_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")


def _day_text(day: int, ordinal: bool) -> str:
    if not ordinal:
        return str(day)
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _format(number: float, like: str) -> str:
    decimals = len(like.split(".")[1]) if "." in like else 0
    text = f"{number:,.{decimals}f}" if "," in like else f"{number:.{decimals}f}"
    return text


_AGE_BEFORE = re.compile(r"\b(?:turning|turned|turns|turn|aged|age of|ages of)\s+$", re.IGNORECASE)


_METRES = r"m\b|metres?|meters?"
_EVENT = re.compile(r"(\d[\d,]*)(\s?(?:" + _METRES + r"|km|-metre|-meter))?$")  # "100m", "10,000 metres", "50"
_EVENT_AFTER = re.compile(r"\s*(?:(?:" + _METRES + r")?\s*(?:freestyle|backstroke|breaststroke|butterfly|medley|sprint|"
                          r"hurdles|steeplechase|relay|race|final|title|gold)|(?:" + _METRES + r"))", re.IGNORECASE)
_EVENT_BEFORE = re.compile(r"\b(?:(?:wo)?men[’']s|the)\s+$", re.IGNORECASE)  # "the women's _____"
_DISTANCES = (50, 100, 200, 400, 800, 1500, 3000, 5000, 10000)  # the races run and swum


def _race_options(answer: str, before: str, after: str, rng: random.Random) -> list[str] | None:
    """Other races' distances for a race's ("gold in the _____ sprint", 50, gets 100 or 200, not 30), or None
    when the answer is no race's distance."""
    race = _EVENT.fullmatch(answer.strip())
    if race is None or not _EVENT_BEFORE.search(before) or not (race.group(2) or _EVENT_AFTER.match(after)):
        return None
    value = int(race.group(1).replace(",", ""))
    if value not in _DISTANCES:
        return None
    others = [d for d in _DISTANCES if d != value and value / 10 <= d <= value * 10]
    rng.shuffle(others)
    return [(f"{d:,}" if "," in race.group(1) else str(d)) + (race.group(2) or "") for d in others]


def numeric_options(answer: str, label: str, rng: random.Random, before: str = "", after: str = "") -> list[str]:
    """The answer with its numbers (or month) changed, in its own format and scale. `before` and `after` are the
    prompt around the blank: after "before turning _____" a bare number is an age (23 gets 21 or 28, not 92), and
    a race's distance gets other races' (see _race_options)."""
    races = _race_options(answer, before, after, rng)
    if races is not None:
        return races
    if _DECIMAL_COMMA.search(answer):  # "as much as 5,7%": a decimal comma, as much of Europe writes it
        pointed = _DECIMAL_COMMA.sub(lambda m: m.group().replace(",", "."), answer)
        return [re.sub(r"(?<=\d)\.(?=\d)", ",", o) for o in numeric_options(pointed, label, rng)]
    numbers = list(NUMBER.finditer(answer))
    out: list[str] = []
    if label == "DATE" and MONTH_WORD.search(answer) and not numbers:
        month = MONTH_WORD.search(answer).group(1)
        others = [m for m in MONTHS if m != month]
        rng.shuffle(others)
        return [MONTH_WORD.sub(m, answer, count=1) for m in others]
    if not numbers:
        return out
    clock = _CLOCK.search(answer)
    if clock:
        return _clock_options(answer, clock, label, rng)
    ages = list(_AGE_DECADE.finditer(answer))
    if ages:  # "in their 20s (and 30s)": other decades of life, all moved alike; not "12s", nor a teenager's "10s"
        decades = [int(m.group(1)) for m in ages]
        shifts = [d for d in (10, -10, 20, -20, 30) if all(20 <= x + d <= 90 for x in decades)]
        rng.shuffle(shifts)
        out = []
        for d in shifts:
            new = answer
            for m in reversed(ages):
                new = new[:m.start(1)] + str(int(m.group(1)) + d) + new[m.end(1):]
            out.append(new)
        return out
    years = [m for m in numbers if label == "DATE" and re.fullmatch(YEAR, m.group())]
    if years:
        decade = answer[years[0].end():years[0].end() + 1] == "s"
        offsets = [10, -10, 20, -20, 30] if decade else [1, -1, 2, -2, 3, -3, 4, 5, -5, 10, -10]
        rng.shuffle(offsets)
        for off in offsets:
            new = answer
            for m in reversed(years):
                short = _SHORT_YEAR.match(new, m.end())  # "2019-20", a financial year: both years move
                if short and int(short.group(1)) == (int(m.group()) + 1) % 100:  # (not "2019-05-12", a day)
                    new = new[:short.start(1)] + f"{(int(short.group(1)) + off) % 100:02d}" + new[short.end(1):]
                new = new[: m.start()] + str(int(m.group()) + off) + new[m.end():]
            out.append(new)
        return out
    day = _DAY.search(answer) if label == "DATE" else None
    if day:  # "the July 25 election": another day of the month, never "July 50"
        group = "day" if day.group("day") else "day2"
        d = int(day.group(group))
        weekday = _WEEKDAY.search(answer)  # "Monday, July 4": other Mondays
        steps = (7, -7, 14, -14, 21, -21) if weekday else (1, -1, 2, -2, 3, -3, 7, -7, 5, -5, 10, -10)
        shifts = [s for s in steps if 1 <= d + s <= 28]
        rng.shuffle(shifts)
        ordinal = _ORDINAL.match(answer, day.end(group))
        return [answer[:day.start(group)] + _day_text(d + s, bool(ordinal)) + answer[day.end(group) + (
            ordinal.end() if ordinal else 0):] for s in shifts]
    age = _AGE.fullmatch(answer.strip()) if label == "DATE" or _AGE_BEFORE.search(before) else None
    if age:  # "Mahsa Amini, 22, who" (a bare number spaCy calls a date), "the 28-year-old": 24 or 18, not 66
        years = int(age.group(1))
        oldest = 17 if years < 18 else 110  # a child's age gets a child's ("any _____ boy", 10, gets no 19)
        shifts = [s for s in (2, -2, 3, -3, 5, -5, 7, -7, 9, -9, 12) if 1 <= years + s <= oldest]
        rng.shuffle(shifts)
        return [answer.strip()[:age.start(1)] + str(years + s) + answer.strip()[age.end(1):] for s in shifts]
    heat = _TEMPERATURE.fullmatch(answer.strip())
    if heat and len(numbers) == 1:  # "stay above _____" (20C) at night: 17C or 22C, not 60C
        fahrenheit = "F" in answer  # "104F", "Fahrenheit": a Fahrenheit degree is about half a Celsius one
        shifts = [2, -2, 3, -3, 5, -5, 7, -7, 9] if fahrenheit else [1, -1, 2, -2, 3, -3, 4, -4, 5]
        rng.shuffle(shifts)
        value, places = float(heat.group(1)), len(heat.group(1).partition(".")[2])
        return [answer.strip()[:heat.start(1)] + f"{value + s:.{places}f}" + answer.strip()[heat.end(1):]
                for s in shifts if value + s > 0]  # no "minus -3", and no "0C" where the sign would change
    first = numbers[0].group()
    value = float(first.replace(",", ""))
    decimals = len(first.split(".")[1]) if "." in first else 0
    sig = max(2, min(3, len(first.replace(",", "").split(".")[0].rstrip("0"))))
    if label == "PERCENT" and decimals and (value * 4).is_integer() and value < 20 and len(numbers) == 1:
        # a rate set in quarter points ("a 16-year high of 5.25 per cent") gets quarter points: not 7.88
        steps = [st for st in (0.25, -0.25, 0.5, -0.5, 0.75, -0.75, 1, -1, 1.5) if value + st > 0]
        rng.shuffle(steps)
        m = numbers[0]
        return [answer[:m.start()] + f"{value + st:.2f}".rstrip("0").rstrip(".") + answer[m.end():] for st in steps]
    if value < 10 and not decimals:
        factors = [(value + d) / value for d in (1, 2, 3, -1, -2, 4, 5) if value + d >= 1] if value else []
    elif label == "PERCENT":
        factors = [0.5, 0.75, 1.25, 1.5, 0.6, 1.4, 0.4, 0.85, 1.15]  # a share stays a plausible share
    elif decimals >= 2 and value >= 0.5 and not _SCALE_WORD.search(answer):
        factors = [0.8, 0.85, 0.9, 0.95, 1.05, 1.1, 1.15, 1.2]  # a rate or price to the cent: "1.05 dollars" to
        # the pound gets 0.95 or 1.16, not 3.15
    elif label == "DATE" and _DURATION.search(answer):
        factors = [0.5, 0.75, 1.25, 1.5, 2]  # "his first visit in 24 years": not 96 years
    else:
        factors = [0.5, 1.5, 2, 0.75, 3, 0.25, 1.25, 4, 0.6]
    if label != "DATE" and (value >= 10 or decimals) and _near_amount(answer, before, after):
        factors = list(_CLOSE)  # "revenue of _____ (compared to the $7.93 billion expected)": not $1.95 billion
    if _ORDINAL.match(answer, numbers[0].end()):
        factors = list(_CLOSE)  # "in the 68th" (minute) gets the 51st or the 77th, not the 200th
    bound = _BOUND.match(answer)
    if bound:  # "more than 30%" gets more than 38%, never "more than 12%", which is true as well
        up = bound.group(1) is not None
        factors = [f for f in factors if (f > 1) == up] + [f for f in (_UP if up else _DOWN) if f not in factors]
    rng.shuffle(factors)
    olds = [float(m.group().replace(",", "")) for m in numbers]
    exact = not decimals and len(first.replace(",", "").rstrip("0")) > 3  # "87,076 people": not 174,000
    for f in factors:
        new = answer
        values = [_scaled(v, f, decimals, sig) for v in olds]
        if exact:
            values = [_unrounded(v, rng) for v in values]
        if label == "PERCENT" and max(values) >= 100:
            continue
        texts = [_format(v, m.group()) for v, m in zip(values, numbers)]
        shown = [float(t.replace(",", "")) for t in texts]
        if any((a < b) != (x < y) or (a == b) != (x == y) for a, b, x, y in zip(olds, olds[1:], shown, shown[1:])):
            continue  # "between 23% and 24%" is no "between 12% and 12%": a range keeps its order
        for m, text in zip(reversed(numbers), reversed(texts)):
            suffix = _ORDINAL.match(new, m.end())  # "the 18th" gets "the 22nd", not "the 22th"
            if suffix and float(text.replace(",", "")).is_integer():
                text, end = _day_text(int(float(text.replace(",", ""))), True), suffix.end()
            else:
                end = m.end()
            new = new[: m.start()] + text + new[end:]
        if new != answer and new not in out:
            out.append(new)
    return out


_CLOSE = (0.75, 0.8, 0.85, 0.9, 0.95, 1.05, 1.1, 1.15, 1.2, 1.25)
_UP, _DOWN = [1.25, 1.5, 1.75, 2, 2.5, 3], [0.8, 0.7, 0.6, 0.5, 0.4, 0.3]
_BOUND = re.compile(r"(?i)\s*(?:(more than|over|above|at least|upwards of|in excess of)|"
                    r"(less than|fewer than|under|below|up to|at most|no more than))\s")


def _near_amount(answer: str, before: str, after: str) -> bool:
    """Whether the prompt gives another amount of the answer's kind within a factor of two of it, which an
    option far off would contradict."""
    mine = amounts(answer)
    if len(mine) != 1:
        return False
    kind, value, _ = mine[0]
    kind = kind or sign_before(before)
    return value > 0 and any(k == kind and 0.5 <= v / value <= 2 for k, v, _ in amounts(f"{before} {after}"))


_SIGN_BEFORE = re.compile(r"([$£€¥])\s?$")


def sign_before(before: str) -> str:
    """The currency sign the prompt leaves outside the blank ("above $_____ a barrel"), or ""."""
    sign = _SIGN_BEFORE.search(before)
    return sign.group(1) if sign else ""


_AMOUNT = re.compile(r"([$£€¥])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d-])\s*"
                     r"(%|percent\b|per cent\b|percentage points?\b)?\s*(thousand|million|billion|trillion)?"
                     r"(?:\b|(?<=%))",
                     re.IGNORECASE)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_WORD = re.compile(r"\b(?:" + "|".join(_SCALE) + r"|[mb]n)\b", re.IGNORECASE)  # and "$2bn"


def shares(text: str) -> list[float]:
    """The percentages `text` gives ("66.4%", "12 per cent")."""
    return [value for kind, value, _ in amounts(text) if kind == "%"]


@lru_cache(maxsize=4096)
def amounts(text: str) -> tuple[tuple[str, float, int], ...]:
    """Each amount of `text` as (kind, value, where): kind is the currency sign, "%" or "" for a bare number."""
    out = []
    for m in _AMOUNT.finditer(text):
        sign, number, percent, scale = m.groups()
        if not sign and not percent and not scale and re.fullmatch(YEAR, number):
            continue  # a year is no amount
        kind = sign or ("%" if percent else "")
        at = m.start(1) if sign else m.start(2)  # not the space the pattern may take before a bare number
        out.append((kind, float(number.replace(",", "")) * _SCALE.get((scale or "").lower(), 1), at))
    return tuple(out)
