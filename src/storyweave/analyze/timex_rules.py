"""Patterns that find time expressions and say what they mean, before any anchoring.

Like HeidelTime, each rule is a regular expression plus a function that turns the
match into a `Sem`: either a finished TIMEX3 value ("2014", "P3D") or a description
that needs an anchor ("the day before the publication date", "a Friday, resolve by
tense"). `timex_resolve` turns a `Sem` into a value with the document's anchors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from storyweave.analyze.regex_prefix import match_prefixes, trie_regex
from storyweave.analyze.timex_lexicon import (
    MONTH,
    MONTHS,
    NUM,
    NUM_WORD,
    ORDINALS,
    PARTS_OF_DAY,
    POD,
    SEASON,
    SEASONS,
    TENS,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAY_ABBR,
    WEEKDAYS,
    parse_number,
    year_words,
)


@dataclass(frozen=True)
class Sem:
    """What an expression means. `kind` says which fields matter:

    abs      value is final
    date     year/month/day (year None: pick by tense around the anchor)
    weekday  weekday 0-6, shift "last"/"next"/"this"/None (None: pick by tense)
    rel      unit + offset from an anchor ("dct": publication date; "ref": last date in the text)
    quarter  n (1-4), year or offset; n 0 = "the quarter" (anaphoric)
    half     n (1-2), year or offset
    season   code SP/SU/FA/WI, year or offset
    time     hour/minute (or only `pod`: "mid-afternoon"), with `on` (a Sem for the day) or
             None (then anchored to a day of its sentence or of the discourse)
    fuzzy    value is final (PAST_REF, PRESENT_REF, FUTURE_REF)
    yearago  the last mentioned quarter a year back ("the year-ago quarter")
    holiday  a named day, `code` its name ("boxing day"), year or shift, else by tense
    ordday   a day of the month alone ("on the 22nd"): the month of the discourse
    block    not a time expression, but keeps other rules off its span ("48-year-old")
    """

    type: str
    kind: str
    value: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    unit: str | None = None
    offset: int = 0
    anchor: str = "dct"
    shift: str | None = None
    n: int = 0
    code: str | None = None
    pod: str | None = None
    hour: int | None = None
    minute: int | None = None
    on: Sem | None = None
    is_year: bool = False  # a bare four-digit year: checked against the parse (could be a count)


@dataclass
class Match:
    start: int
    end: int
    sem: Sem
    rule: str


Handler = Callable[[re.Match[str], str], Sem | None]

RULES: list[tuple[str, re.Pattern[str], Handler]] = []
# Among matches of the same length, the higher priority wins, then the rule defined first.
PRIORITY: dict[str, int] = {}


def rule(name: str, pattern: str, flags: int = re.I, priority: int = 0) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        RULES.append((name, re.compile(rf"(?<![\w'’-])(?:{pattern})(?![\w-])", flags), fn))
        PRIORITY[name] = priority
        return fn

    return deco


def month_of(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text.lstrip("'’"))
    if len(text.lstrip("'’")) == 2:  # '98, 12/3/98
        y += 1900 if y >= 50 else 2000
    return y


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def text_before(text: str, start: int, n: int = 25) -> str:
    return text[max(0, start - n) : start].lower()


# --- absolute dates ----------------------------------------------------------------

@rule("iso", r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
def _iso(m: re.Match[str], text: str) -> Sem | None:
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if m[4]:
        return Sem("TIME", "abs", f"{y:04d}-{mo:02d}-{d:02d}T{m[4]}:{m[5]}")
    return Sem("DATE", "abs", f"{y:04d}-{mo:02d}-{d:02d}")


@rule("numeric", r"(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})")
def _numeric(m: re.Match[str], text: str) -> Sem | None:
    a, b, y = int(m[1]), int(m[3]), _year(m[4])
    # US order month/day unless the first number cannot be a month; dotted is day.month
    mo, d = (b, a) if (a > 12 or m[2] == ".") else (a, b)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return Sem("DATE", "abs", f"{y:04d}-{mo:02d}-{d:02d}")


@rule(
    "day_month",
    rf"(?:({WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})(?:,?\s+(\d{{4}}))?",
)
def _day_month(m: re.Match[str], text: str) -> Sem | None:
    d, mo = int(m[2]), month_of(m[3])
    if mo is None or not 1 <= d <= 31 or not capitalised(m[3]):
        return None
    return Sem("DATE", "date", year=_year(m[4]), month=mo, day=d, weekday=_wd(m[1]))


def _wd(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower().rstrip(".")
    return next((i for name, i in WEEKDAYS.items() if name.startswith(w[:3])), None)


@rule(
    "month_day",
    rf"(?:({WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?({MONTH})\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?![\d:.]\d)(?:,?\s+(\d{{4}}))?",
)
def _month_day(m: re.Match[str], text: str) -> Sem | None:
    mo, d = month_of(m[2]), int(m[3])
    if mo is None or not 1 <= d <= 31 or not capitalised(m[2]):
        return None
    return Sem("DATE", "date", year=_year(m[4]), month=mo, day=d, weekday=_wd(m[1]))


@rule("month_ordinal_word", rf"({MONTH})\s+(?:the\s+)?({'|'.join(ORDINALS)})")
def _month_ordinal(m: re.Match[str], text: str) -> Sem | None:
    mo = month_of(m[1])
    if mo is None or not capitalised(m[1]):
        return None
    return Sem("DATE", "date", month=mo, day=ORDINALS[m[2].lower()])


@rule(
    "month_year",
    rf"({MONTH}),?\s+(?:of\s+)?(\d{{4}}|(?:nineteen|twenty)[- ]{NUM_WORD}|two\s+thousand(?:\s+and)?(?:[- ]{NUM_WORD})?)",
)
def _month_year(m: re.Match[str], text: str) -> Sem | None:
    mo = month_of(m[1])
    y = int(m[2]) if m[2].isdigit() else year_words(m[2])
    if mo is None or y is None or not capitalised(m[1]):
        return None
    return Sem("DATE", "abs", f"{y:04d}-{mo:02d}")


_REL_WORD = {"last": -1, "past": -1, "this past": -1, "previous": -1, "next": 1, "coming": 1,
             "this coming": 1, "following": 1, "this": 0, "current": 0}


@rule(
    "month",
    rf"(?:(last|next|this|this\s+past|this\s+coming|coming)\s+)?({MONTH})(?:\s+(last|this|next)\s+year)?",
)
def _month_only(m: re.Match[str], text: str) -> Sem | None:
    mo = month_of(m[2])
    word = m[2]
    if mo is None or not capitalised(word):
        return None
    # "may", "march" are also verbs, short forms are also words: ask for a cue
    if not m[1] and not m[3]:
        if word.lower() in ("may", "march") or word.endswith(".") or len(word) <= 4:
            if not re.search(r"\b(in|of|since|until|till|by|from|during|early|late|mid|before|after|last|next|this|through|to|and|or|between)\W*$", text_before(text, m.start(), 12)):
                return None
    if m[3]:
        return Sem("DATE", "date", month=mo, offset={"last": -1, "this": 0, "next": 1}[m[3].lower()], shift="year")
    if m[1]:
        w = " ".join(m[1].lower().split())
        return Sem("DATE", "date", month=mo, shift={-1: "last", 0: "this", 1: "next"}[_REL_WORD[w]])
    return Sem("DATE", "date", month=mo)


@rule("year", r"(?:(?:the\s+)?year\s+|fiscal\s+)?((?:1[0-9]|20)\d\d)(?!\s*(?:%|percent|per\s*cent))")
def _year_only(m: re.Match[str], text: str) -> Sem | None:
    y = int(m[1])
    if not 1000 <= y <= 2100:
        return None
    pre = text[max(0, m.start() - 1) : m.start()]
    if pre in ("$", "£", "€", "#", "/", ".", ":"):
        return None
    return Sem("DATE", "abs", f"{y:04d}", is_year=not m.group(0).lower().startswith(("the", "year", "fiscal")))


@rule(
    "year_words",
    rf"(?:(?:the\s+)?year\s+)?(?:nineteen[- ](?:{'|'.join(TENS)})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+and)?(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)",
)
def _year_words(m: re.Match[str], text: str) -> Sem | None:
    words = re.sub(r"^(?:the\s+)?year\s+", "", m.group(0), flags=re.I)
    y = year_words(words)
    if y is None:
        return None
    # "two thousand" alone is a count unless said as a year
    if words.lower().strip() == "two thousand" and not m.group(0).lower().startswith(("the", "year")):
        return None
    return Sem("DATE", "abs", f"{y:04d}")


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


@rule(
    "decade",
    r"(?:the\s+)?(?:(1\d|20)(\d)0s|['’](\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"
    r"|the\s+([2-9])0s",
)
def _decade(m: re.Match[str], text: str) -> Sem | None:
    if m[1]:
        return Sem("DATE", "abs", f"{m[1]}{m[2]}")
    if m[3] or m[5]:
        return Sem("DATE", "abs", f"19{m[3] or m[5]}")  # "the 80s", "'90s": last century's
    if not m.group(0).lower().startswith("the"):
        return None  # "in her forties" is an age
    return Sem("DATE", "abs", f"19{_DECADE_WORDS[m[4].lower()]}")


@rule("century", rf"(?:the\s+)?(\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(ORDINALS)})[- ]century")
def _century(m: re.Match[str], text: str) -> Sem | None:
    word = m[1].lower()
    n = int(re.sub(r"\D", "", word)) if word[0].isdigit() else ORDINALS.get(word)
    if not n:
        return None
    return Sem("DATE", "abs", f"{n - 1:02d}")


# --- quarters, halves, seasons -----------------------------------------------------

_QUARTER_N = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
              "4th": 4, "final": 4, "last": 4}


@rule(
    "quarter",
    r"(?:(the|its|this\s+year's|last\s+year's|next\s+year's|the\s+year-earlier|the\s+year-ago|"
    r"year-earlier|year-ago|the\s+comparable)\s+)?(?:(\d{4})\s+)?(?:fiscal[- ]\s*)?"
    r"(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter"
    r"(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year))?",
)
def _quarter(m: re.Match[str], text: str) -> Sem | None:
    n = _QUARTER_N[m[3].lower()]
    pre = (m[1] or "").lower()
    if pre in ("the", "its") and not m[2] and "-quarter" in m.group(0).lower():
        return None  # "the third-quarter loss": the adjective alone is the timex (next rule)
    year = int(m[2]) if m[2] else int(m[4]) if m[4] else None
    if year is not None:
        return Sem("DATE", "abs", f"{year}-Q{n}")
    if m[5] or "year's" in pre:
        word = (m[5] or pre.split("\u0020")[0]).lower()
        return Sem("DATE", "quarter", n=n, offset={"last": -1, "this": 0, "next": 1}[word], shift="year")
    if "year-" in pre:
        return Sem("DATE", "quarter", n=n, offset=-1, shift="year")
    return Sem("DATE", "quarter", n=n)


@rule("quarter_adjective", r"(?:fiscal[- ]\s*)?(first|second|third|fourth|1st|2nd|3rd|4th)-quarter")
def _quarter_adjective(m: re.Match[str], text: str) -> Sem | None:
    return Sem("DATE", "quarter", n=_QUARTER_N[m[1].lower()])


@rule("quarter_anaphoric", r"(the|this|that|the\s+latest|the\s+current|the\s+same|last)\s+(?:fiscal\s+)?quarter")
def _quarter_ref(m: re.Match[str], text: str) -> Sem | None:
    w = " ".join(m[1].lower().split())
    return Sem("DATE", "quarter", n=0, offset={"last": -1}.get(w, 0), shift=w)


@rule(
    "half",
    r"(?:the\s+)?(first|second|1st|2nd|last)\s+half(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year|the\s+year))?",
)
def _half(m: re.Match[str], text: str) -> Sem | None:
    n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "last": 2}[m[1].lower()]
    if m[2]:
        return Sem("DATE", "abs", f"{m[2]}-H{n}")
    if not (m[3] or m.group(0).lower().endswith("the year")):
        return None  # "the first half" of a match, a game...
    off = {"last": -1, "this": 0, "next": 1}.get((m[3] or "this").lower(), 0)
    return Sem("DATE", "half", n=n, offset=off)


@rule(
    "season",
    rf"(?:(last|next|this|this\s+past|this\s+coming|the|early|late|mid)[- ]\s*)?({SEASON})(?:\s+(?:of\s+)?(\d{{4}}|nineteen[- ]{NUM_WORD}|two\s+thousand(?:\s+and)?(?:[- ]{NUM_WORD})?|(?:this|last|next)\s+year))?",
)
def _season(m: re.Match[str], text: str) -> Sem | None:
    code = SEASONS[m[2].lower()]
    if m[3] and m[3].lower().endswith("year"):  # "autumn this year", "summer of last year"
        off = {"last": -1, "this": 0, "next": 1}[m[3].split()[0].lower()]
        return Sem("DATE", "season", code=code, offset=off)
    if m[3]:
        y = int(m[3]) if m[3].isdigit() else year_words(m[3])
        return Sem("DATE", "abs", f"{y:04d}-{code}") if y else None
    w = " ".join((m[1] or "").lower().split())
    if w == "this past":
        return Sem("DATE", "season", code=code, shift="latest")
    if not w and m[2].lower() in ("fall", "spring"):
        return None  # verbs and nouns too
    if not w and not re.search(r"\b(in|this|last|next|during|by|until|since|over)\W*$", text_before(text, m.start(), 10)):
        return None
    if w in _REL_WORD:
        return Sem("DATE", "season", code=code, offset=_REL_WORD[w], shift=w)
    return Sem("DATE", "season", code=code)


# --- days relative to the publication date -------------------------------------------

_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0,
              "the day before yesterday": -2, "the day after tomorrow": 2}


@rule(
    "day_word",
    rf"(the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)(?:\s+({POD}))?",
)
def _day_word(m: re.Match[str], text: str) -> Sem | None:
    word = " ".join(m[1].lower().split())
    pod = PARTS_OF_DAY[m[2].lower()] if m[2] else ("NI" if word == "tonight" else None)
    return Sem("TIME" if pod else "DATE", "rel", unit="day", offset=_DAY_WORDS[word], pod=pod)


@rule("pod", rf"(this|last|that|the|tomorrow|yesterday)\s+({POD})|(overnight)")
def _pod(m: re.Match[str], text: str) -> Sem | None:
    if m[3]:
        return Sem("TIME", "rel", unit="day", offset=-1, pod="NI", shift="tense")
    w, pod = m[1].lower(), PARTS_OF_DAY[m[2].lower()]
    if w == "last":
        if pod != "NI":
            return None
        return Sem("TIME", "rel", unit="day", offset=-1, pod=pod)
    if w in ("that", "the"):
        if w == "the" and not re.search(r"\b(in|on|during|by|until|of|through)\W*$", text_before(text, m.start(), 8)):
            return None
        return Sem("TIME", "rel", unit="day", anchor="ref", pod=pod)
    return Sem("TIME", "rel", unit="day", offset=_DAY_WORDS.get(w, 0), pod=pod)


@rule(
    "weekday",
    rf"(?:(last|next|this|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+following|that)\s+)?({WEEKDAY})(?:\s+({POD}))?",
)
def _weekday(m: re.Match[str], text: str) -> Sem | None:
    if not capitalised(m[2]):
        return None
    wd = WEEKDAYS[m[2].lower()]
    pod = PARTS_OF_DAY[m[3].lower()] if m[3] else None
    w = " ".join((m[1] or "").lower().split())
    shift = {"last": "last", "past": "last", "this past": "last", "next": "next",
             "coming": "next", "this coming": "next", "this": "this",
             "the previous": "ref-", "the following": "ref+", "that": "ref"}.get(w)
    return Sem("TIME" if pod else "DATE", "weekday", weekday=wd, pod=pod, shift=shift)


_REL_UNIT = r"(week|month|year|weekend|decade|century|day|fiscal\s+year|financial\s+year|school\s+year)"


@rule(
    "rel_unit",
    r"(last|this|next|past|coming|previous|following|current|this\s+past|this\s+coming|"
    r"the\s+past|the\s+previous|the\s+following|the\s+next|the\s+coming|the\s+current|"
    r"the\s+latest|the\s+last|that|the\s+same|the)\s+" + _REL_UNIT,
)
def _rel_unit(m: re.Match[str], text: str) -> Sem | None:
    w = " ".join(m[1].lower().split())
    unit = m[2].lower().split()[-1]
    if unit == "day":
        if w in ("the following", "the next", "following", "next"):
            return Sem("DATE", "rel", unit="day", offset=1, anchor="ref")
        if w in ("the previous", "previous"):
            return Sem("DATE", "rel", unit="day", offset=-1, anchor="ref")
        if w in ("that", "the same"):
            # the day of an event told before; with no day named before it, unknown
            return Sem("DATE", "rel", unit="day", anchor="ref", shift="same")
        return None  # "the day", "this day", "the past day": too vague
    if w in ("the last", "the past") and unit in ("decade", "century"):
        return Sem("DATE", "rel", unit=unit, offset=-1)
    if w in ("the next", "the last", "the coming"):
        return None  # "the next year" reads as a duration; left to the duration rule
    if w in ("the following", "following"):
        return Sem("DATE", "rel", unit=unit, offset=1, anchor="ref")
    if w in ("the previous", "previous"):
        return Sem("DATE", "rel", unit=unit, offset=-1, anchor="ref")
    if w in ("that", "the same"):
        return Sem("DATE", "rel", unit=unit, anchor="ref")
    if w == "the":
        if unit not in ("year", "weekend", "week", "month"):
            return None
        return Sem("DATE", "rel", unit=unit, offset=0, shift="the")
    off = {"last": -1, "past": -1, "this past": -1, "the past": -1, "next": 1, "coming": 1,
           "this coming": 1, "this": 0, "current": 0, "the current": 0, "the latest": 0}[w]
    return Sem("DATE", "rel", unit=unit, offset=off)


@rule(
    "ago",
    rf"({NUM})\s+(?:more\s+)?({UNIT})s?(?:\s+or\s+so)?\s+(ago|earlier|later|before|after|from\s+now|hence|previously|since)",
)
def _ago(m: re.Match[str], text: str) -> Sem | None:
    n = parse_number(m[1])
    unit = unit_of(m[2])
    if n is None or unit is None:
        return None
    word = m[3].lower()
    if word in ("before", "after", "since"):
        # "two days before the vote" is relative to an event we cannot date; a duration
        return None
    sign = -1 if word in ("ago", "earlier", "previously") else 1
    anchor = "dct" if word in ("ago", "from now", "hence") else "ref"
    if n == "X":
        return Sem("DATE", "fuzzy", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if isinstance(n, float) and not n.is_integer():
        return None
    return Sem("DATE", "rel", unit=unit, offset=sign * int(n), anchor=anchor, shift="ago")


def unit_of(word: str) -> str | None:
    w = word.lower()
    if w == "centuries":
        return "century"
    if w == "millennia":
        return "millennium"
    return w if w in UNITS else None


# --- times of day ------------------------------------------------------------------

_AMPM = r"(a\.\s?m\.|p\.\s?m\.|am|pm|a\.m|p\.m)"
# zone names, and "UK time", "Eastern time": a fixed list, as "[A-Z]\w+ time" would take
# in "next time" under the case-blind match
_ZONE_WORDS = (r"(?:local|UK|US|British|Irish|European|Eastern|Central|Pacific|Mountain|Atlantic|"
               r"Moscow|Paris|Berlin|Beijing|Tokyo|Sydney|Delhi|Indian|Singapore|Gulf)\s+time")
_TZ = rf"(?:\s*(?:GMT|BST|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|ET|{_ZONE_WORDS}))?"


# seconds ("04:32:19 AM") are read but not kept: values are to the minute
@rule("clock", rf"(\d{{1,2}})(?:[:.](\d{{2}})(?::[0-5]\d)?)?\s?{_AMPM}" + _TZ)
def _clock(m: re.Match[str], text: str) -> Sem | None:
    h, mi = int(m[1]), int(m[2] or 0)
    if not (1 <= h <= 12 and 0 <= mi < 60):
        return None
    pm = m[3].lower().startswith("p")
    h = (h % 12) + (12 if pm else 0)
    return Sem("TIME", "time", hour=h, minute=mi)


@rule("clock24", r"([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?:\s*(?:hrs|hours|h))?" + _TZ)
def _clock24(m: re.Match[str], text: str) -> Sem | None:
    after = text[m.end() : m.end() + 2]
    if after[:1].isdigit() or after.startswith(":"):
        return None
    before = text[max(0, m.start() - 1) : m.start()]
    if before.isdigit():
        return None
    return Sem("TIME", "time", hour=int(m[1]), minute=int(m[2]))


@rule("clock_military", r"([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|BST|UTC|EST|EDT|CET|hrs|hours|h|local\s+time)")
def _clock_military(m: re.Match[str], text: str) -> Sem | None:
    """"1445 GMT", "0900 hrs", "1446 local time": wire and police style."""
    return Sem("TIME", "time", hour=int(m[1]), minute=int(m[2]))


@rule("clock_word", rf"(noon|midday|midnight|(?:{NUM_WORD}|\d{{1,2}})\s+o['’]clock)" + _TZ)
def _clock_word(m: re.Match[str], text: str) -> Sem | None:
    w = m[1].lower()
    if w in ("noon", "midday"):
        return Sem("TIME", "time", hour=12, minute=0)
    if w == "midnight":
        return Sem("TIME", "time", hour=24, minute=0)
    n = parse_number(w.split()[0])
    if not isinstance(n, float) or not 1 <= n <= 12:
        return None
    return Sem("TIME", "time", hour=int(n), minute=0)


@rule("clock_offset", rf"({NUM_WORD}|\d{{1,2}})\s+minutes?\s+(after|past|before|to)\s+(midnight|noon|midday)")
def _clock_offset(m: re.Match[str], text: str) -> Sem | None:
    """"twenty minutes after midnight" (00:20), "ten minutes before noon" (11:50)."""
    n = parse_number(m[1])
    if not isinstance(n, float) or not 0 < n < 60:
        return None
    base = 0 if m[3].lower() == "midnight" else 12 * 60
    t = (base + (int(n) if m[2].lower() in ("after", "past") else -int(n))) % (24 * 60)
    return Sem("TIME", "time", hour=t // 60, minute=t % 60)


# Every rule() pattern opens with this: a match starts only where no word goes on.
_LEFT_EDGE = r"(?<![\w'’-])"
PREFIX_DEPTH = 5  # characters of each rule's possible starts read ahead (speed only)
_MEMO_MAX = 50_000


class _Starts:
    """Where each rule can start in a text, found in one pass instead of one per rule.

    Running every rule's regex over the whole text cost most of the time-expression
    step. Each rule's possible first `PREFIX_DEPTH` characters (`regex_prefix`) give
    one regex that finds the places where any rule can start; the text there (memoised)
    says which rules to try. A rule is then matched only at its places, in order and
    past its previous match, which is exactly what `finditer` returns: the places are
    a superset of where the rule can match. Rules whose starts cannot be read are run
    with `finditer` as before.
    """

    def __init__(self, rules: list[tuple[str, re.Pattern[str], Handler]]) -> None:
        self.size = len(rules)
        self.flags = rules[0][1].flags if rules else 0
        self.rules: list[int] = []  # indexes of the rules found through the shared pass
        guards: list[str] = []
        union: set[tuple[str, ...]] = set()
        for i, (_, pattern, _) in enumerate(rules):
            if pattern.flags != self.flags or not pattern.pattern.startswith(_LEFT_EDGE):
                continue
            prefixes = match_prefixes(pattern, PREFIX_DEPTH)
            if prefixes is None:
                continue
            self.rules.append(i)
            guards.append(trie_regex(prefixes))
            union |= prefixes
        self.places = re.compile(_LEFT_EDGE + "(?=" + trie_regex(union) + ")", self.flags) if union else None
        # one optional group per rule: which rules can start with a given text
        self.which = re.compile("".join(f"(?:(?=({g}))|)" for g in guards), self.flags)
        self.memo: dict[str, tuple[int, ...]] = {}

    def _rules_at(self, key: str) -> tuple[int, ...]:
        rules = self.memo.get(key)
        if rules is None:
            if len(self.memo) > _MEMO_MAX:
                self.memo.clear()
            m = self.which.match(key)
            assert m is not None  # every group is optional
            rules = self.memo[key] = tuple(self.rules[j] for j, g in enumerate(m.groups()) if g is not None)
        return rules

    def starts(self, text: str) -> dict[int, list[int]]:
        """Rule index -> the places where it can match, for the rules found this way."""
        out: dict[int, list[int]] = {i: [] for i in self.rules}
        if self.places is None:
            return out
        for m in self.places.finditer(text):
            p = m.start()
            for i in self._rules_at(text[p : p + PREFIX_DEPTH]):
                out[i].append(p)
        return out


_STARTS: _Starts | None = None


def _starts_finder() -> _Starts:
    global _STARTS
    if _STARTS is None or _STARTS.size != len(RULES):  # rules may register after import
        _STARTS = _Starts(RULES)
    return _STARTS


def _matches_at(pattern: re.Pattern[str], text: str, places: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` when `places` holds every position where it can match."""
    end = 0
    for p in places:
        if p < end:
            continue
        m = pattern.match(text, p)  # look-behinds still see the text before p
        if m is not None:
            end = m.end()
            yield m


def scan(text: str) -> Iterator[Match]:
    """Every rule match over the text (overlapping; the caller picks)."""
    starts = _starts_finder().starts(text)
    for i, (name, pattern, handler) in enumerate(RULES):
        places = starts.get(i)
        for m in pattern.finditer(text) if places is None else _matches_at(pattern, text, places):
            try:
                sem = handler(m, text)
            except (ValueError, KeyError, IndexError, TypeError):
                sem = None
            if sem is not None:
                yield Match(m.start(), m.end(), sem, name)


@rule(
    "year_ago",
    r"(?:the\s+)?(?:comparable\s+|same\s+|corresponding\s+)?(year-ago|year-earlier|year\s+earlier|prior-year|year-before)"
    r"(?:\s+(quarter|period|month|week))?",
)
def _year_ago(m: re.Match[str], text: str) -> Sem | None:
    """Financial news: "the year-ago quarter" is the reported quarter a year before."""
    if "year earlier" in m.group(0).lower() and not m[2]:
        return None  # "a year earlier" is the "ago" rule's
    unit = (m[2] or "quarter").lower()
    if unit in ("month", "week"):
        return None
    return Sem("DATE", "yearago")


@rule("pod_modified", r"(early|late|mid)[- ]?\s*(morning|afternoon|evening|night)")
def _pod_modified(m: re.Match[str], text: str) -> Sem | None:
    """"mid-afternoon": a part of the day the discourse (or a day next to it) places."""
    return Sem("TIME", "time", pod=PARTS_OF_DAY[m[2].lower()])


@rule("weekday_plural", rf"({WEEKDAY})s|({WEEKDAY})\s+({POD})s")
def _weekday_plural(m: re.Match[str], text: str) -> Sem | None:
    word = m[1] or m[2]
    if not capitalised(word):
        return None
    value = f"XXXX-WXX-{WEEKDAYS[word.lower()] + 1}"
    if m[3]:
        value += "T" + PARTS_OF_DAY[m[3].lower()]
    return Sem("SET", "abs", value)


@rule("early_hours", r"the\s+(?:early|small|wee)\s+hours")
def _early_hours(m: re.Match[str], text: str) -> Sem | None:
    """"in the early hours of Sunday": the night part of that day."""
    return Sem("TIME", "time", pod="NI")


# The duration, set and vague-reference rules live in their own module; importing it here
# registers them after the rules above (order breaks ties between equally long matches).
from storyweave.analyze import timex_rules_amounts  # noqa: E402,F401
from storyweave.analyze import timex_rules_named  # noqa: E402,F401

# Built now, not at the first text: worker processes forked after this import share it.
_starts_finder()
