"""Rules for conventions outside 1990s US wire copy: named days ("Boxing Day", "Easter
Monday"), quarters written "Q3", a bare ordinal day ("on the 22nd"), 24-hour clock
times with a dot ("14.40 GMT"), "the past fortnight" and "the day before,".
They register into `timex_rules.RULES` (imported at the end of `timex_rules`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyweave.analyze.timex_lexicon import NUM, UNIT, parse_number
from storyweave.analyze.timex_rules import _ZONE_WORDS, Sem, rule, text_before, unit_of
from storyweave.analyze.timex_rules_amounts import duration_value

# --- named days ----------------------------------------------------------------------

# fixed-date days: name -> (month, day)
FIXED_DAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "hogmanay": (12, 31),
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "boxing day": (12, 26), "valentine's day": (2, 14), "st valentine's day": (2, 14),
    "st patrick's day": (3, 17), "halloween": (10, 31), "bonfire night": (11, 5),
    "guy fawkes night": (11, 5), "armistice day": (11, 11), "remembrance day": (11, 11),
    "may day": (5, 1), "new year's": (1, 1),
}
MOVABLE_DAYS = ("easter sunday", "easter monday", "good friday", "easter", "thanksgiving",
                "thanksgiving day", "pancake day", "shrove tuesday", "ash wednesday")
# bare names that are also ordinary nouns ("Christmas shopping", "Easter eggs"): only
# after a preposition or a "last/this/next", and not before another noun
_BARE_NOUNS = {"christmas", "easter", "thanksgiving", "halloween", "new year's", "may day"}


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def named_day(name: str, year: int) -> date | None:
    """The date of a named day in `year`."""
    if name in FIXED_DAYS:
        return date(year, *FIXED_DAYS[name])
    if name.startswith("thanksgiving"):  # US: fourth Thursday of November
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    offsets = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2,
               "shrove tuesday": -47, "pancake day": -47, "ash wednesday": -46}
    if name in offsets:
        return easter(year) + timedelta(days=offsets[name])
    return None


def _names() -> str:
    words = sorted(list(FIXED_DAYS) + list(MOVABLE_DAYS), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]?").replace(r"st\s+", r"st\.?\s+")
                    for w in words)


_NOUN_AFTER = re.compile(r"^\s+[a-z]", re.S)
_FREE_AFTER = re.compile(r"^\s+(?:and|or|last|this|next|when|while|in|to|with|as|the|a|at|on|is|was|"
                         r"will|has|had|were|are|after|before|for|of|from|until|day|eve)\b", re.I)


@rule("named_day", rf"(?:(last|this|next|this\s+past|this\s+coming)\s+)?({_names()})(?:\s+(\d{{4}}))?")
def _named_day(m: re.Match[str], text: str) -> Sem | None:
    name = " ".join(m[2].lower().replace("’", "'").replace("st.", "st").split())
    if m[2][:1].islower():
        return None
    name = {"new years day": "new year's day", "new years eve": "new year's eve",
            "valentines day": "valentine's day", "st valentines day": "st valentine's day",
            "st patricks day": "st patrick's day", "new years": "new year's"}.get(name, name)
    if name not in FIXED_DAYS and name not in MOVABLE_DAYS:
        return None
    if name in _BARE_NOUNS and not m[1] and not m[3]:
        after = text[m.end() : m.end() + 12]
        if _NOUN_AFTER.match(after) and not _FREE_AFTER.match(after):
            return None  # "Christmas shopping", "Easter eggs", "Thanksgiving dinner"
        if not re.search(r"\b(at|over|on|before|after|since|until|till|to|by|for|of|during|from|around|"
                         r"through|ahead\s+of|in\s+time\s+for)\W*$", text_before(text, m.start(), 16)):
            return None
    shift = {"last": "last", "this past": "last", "next": "next", "this coming": "next",
             "this": "this"}.get(" ".join((m[1] or "").lower().split()))
    return Sem("DATE", "holiday", code=name, year=int(m[3]) if m[3] else None, shift=shift)


# --- quarters and halves as written in company reports -----------------------------------

@rule("quarter_code", r"(?:(\d{4})\s+)?([QH])([1-4])(?:\s+(\d{4})|\s*['’](\d{2}))?")
def _quarter_code(m: re.Match[str], text: str) -> Sem | None:
    """"Q3", "Q3 2022", "2022 Q3", "Q1'23", "H1 2023": quarters and halves."""
    letter, n = m[2], int(m[3])
    if letter not in ("Q", "H") or (letter == "H" and n > 2):  # "q3" in lower case is no code
        return None
    year = int(m[1] or m[4]) if (m[1] or m[4]) else (2000 + int(m[5]) if m[5] else None)
    if year is not None:
        return Sem("DATE", "abs", f"{year:04d}-{letter}{n}")
    if letter == "H":
        return None  # a bare "H1" is too often a name (a visa, a road, a virus)
    return Sem("DATE", "quarter", n=n)


# --- a day of the month on its own -------------------------------------------------------

@rule("ordinal_day", r"the\s+(\d{1,2})(?:st|nd|rd|th)")
def _ordinal_day(m: re.Match[str], text: str) -> Sem | None:
    """"on the 22nd": a day of the month in the discourse (not "the 22nd floor")."""
    d = int(m[1])
    suffix = m.group(0)[-2:].lower()
    if not 1 <= d <= 31 or suffix != {1: "st", 2: "nd", 3: "rd"}.get(d % 10 if d // 10 != 1 else 0, "th"):
        return None
    if not re.search(r"\b(on|by|until|till|from|since|before|after)\s*$", text_before(text, m.start(), 8)):
        return None
    after = text[m.end() : m.end() + 12]
    if not re.match(r"^(?:\s*[,.;:!?)]|\s*$|\s+(?:at|when|as|after|before|but|of\s+(?:this|next|last)\s+month)\b)", after, re.I):
        return None
    return Sem("DATE", "ordday", day=d)


# --- 24-hour clock with a dot, UK style --------------------------------------------------

_TZ_WORDS = rf"GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|{_ZONE_WORDS}|hrs|hours|h"
_TIME_CUE = re.compile(
    r"\b(at|from|until|till|by|before|after|around|about|approximately|shortly\s+after|"
    r"just\s+(?:after|before)|between)\s+$", re.I)
# "closed at 14.40", "priced at 12.50": a price, not a time
_PRICE_CUE = re.compile(r"\b(clos\w*|open\w*|stood|trad\w*|pric\w*|valu\w*|ended|finish\w*|peak\w*|"
                        r"fell|rose|set|fixed|sold|bought|bid|offer\w*|rate\w*|level\w*)\s+(?:\w+\s+)?at\s+$", re.I)


@rule("clock24_dot", rf"([01]\d|2[0-3]|\d)\.([0-5]\d)(\s*(?:{_TZ_WORDS})\b)?")
def _clock24_dot(m: re.Match[str], text: str) -> Sem | None:
    """"14.40 GMT", "at 14.40 on Tuesday", "09.15 local time"."""
    if text[m.end() : m.end() + 1].isdigit() or text[max(0, m.start() - 1) : m.start()] in "$£€¥.,":
        return None
    if not m[3]:
        before = text_before(text, m.start(), 40)
        after = text[m.end() : m.end() + 12].lower()
        if not _TIME_CUE.search(before) or _PRICE_CUE.search(before):
            return None
        if re.match(r"^\s*(?:%|per|p\b|pence|cents?|points?|percent|euros?|dollars?|pounds?|"
                    r"[mk]\b|bn|million|billion|a\s+share|and\s+\d)", after):
            return None
        if int(m[1]) < 13 and not re.match(r"^\s+(?:on|yesterday|today|tonight|this|last|that)\b", after):
            return None  # "at 9.30" could be a price or a score; a day next to it says time
    return Sem("TIME", "time", hour=int(m[1]), minute=int(m[2]))


# --- fortnights and anaphoric days ---------------------------------------------------------

@rule("fortnight", r"(?:the\s+)?(?:past|last|next|coming|previous|following|first)\s+fortnight")
def _fortnight(m: re.Match[str], text: str) -> Sem | None:
    return Sem("DURATION", "abs", "P2W")


@rule("day_before", r"the\s+(day|night|morning|evening|afternoon)\s+(before|after)(?=\s*[,.;:!?]|\s*$)")
def _day_before(m: re.Match[str], text: str) -> Sem | None:
    """"The day before, ..." / "... the night before.": a day next to the last one named."""
    pod = {"night": "NI", "morning": "MO", "evening": "EV", "afternoon": "AF"}.get(m[1].lower())
    off = -1 if m[2].lower() == "before" else 1
    return Sem("TIME" if pod else "DATE", "rel", unit="day", offset=off, anchor="ref", pod=pod)


# --- parts of the day named by an event of the day -------------------------------------------

_DAY_EVENTS = {"lunchtime": "MI", "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV",
               "sunset": "EV", "teatime": "AF", "nightfall": "NI"}


@rule("day_event", r"(lunchtime|dawn|daybreak|sunrise|dusk|sunset|teatime|nightfall)")
def _day_event(m: re.Match[str], text: str) -> Sem | None:
    """"at dawn on Monday", "by lunchtime": a part of the day (not "the dawn of a new era")."""
    if not re.search(r"\b(at|by|before|after|until|till|around|from|since|shortly\s+after|"
                     r"just\s+before)\s+$", text_before(text, m.start(), 16)):
        return None
    return Sem("TIME", "time", pod=_DAY_EVENTS[m[1].lower()])


# --- "in two weeks' time" ----------------------------------------------------------------------

@rule("in_time", rf"({NUM})\s+({UNIT})s?['’]?\s+time")
def _in_time(m: re.Match[str], text: str) -> Sem | None:
    """"in two weeks' time", "in a month's time": that far after publication."""
    if not re.search(r"\bin\s+$", text_before(text, m.start(), 6)):
        return None
    n, unit = parse_number(m[1]), unit_of(m[2])
    if not isinstance(n, float) or not n.is_integer() or unit is None:
        return None
    return Sem("DATE", "rel", unit=unit, offset=int(n), shift="ago")


@rule("set_every_n", rf"(every|each)\s+({NUM})\s+({UNIT})s?")
def _set_every_n(m: re.Match[str], text: str) -> Sem | None:
    """"every 10 minutes", "every two weeks": a recurrence at that interval."""
    n, unit = parse_number(m[2]), unit_of(m[3])
    if not isinstance(n, float) or unit is None:
        return None
    value = duration_value(n, unit)
    return Sem("SET", "abs", value) if value else None
