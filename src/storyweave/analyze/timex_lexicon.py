"""Words of time: numbers in words, months, weekdays, units, parts of day, seasons.

Shared by the time-expression rules (`timex_rules`) and their normaliser.
"""

from __future__ import annotations

import re

from storyweave.analyze.numbers import TENS
from storyweave.analyze.numbers import UNITS as ONES

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "thirtieth": 30,
}
# Quantities that give no number: TIMEX3 writes them as "X" ("several years" -> PXY).
VAGUE = ("a few", "a couple of", "several", "some", "many", "few", "dozens of", "hundreds of",
         "a number of", "numerous", "countless")

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "tonight": "NI", "lunchtime": "MI", "daytime": "DT",
}

# unit word -> (TIMEX3 letter, is a clock unit written after "T")
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "millennium": ("ML", False),
    "weekend": ("WE", False), "season": ("M", False),
}
UNIT_MULT = {"fortnight": 2, "season": 3}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_ONE_TO_NINE = _alt(w for w in ONES if 0 < ONES[w] < 10)
NUM_WORD = (
    rf"(?:(?:{_alt(TENS)})(?:[- ](?:{_ONE_TO_NINE}))?|{_alt(ONES)})"
    r"(?:[- ]hundred(?:[- ]and[- ]\w+)?|[- ]thousand)?"
)
# a number of units: digits, words, "a"/"an", vague quantities, halves
NUM = (
    rf"(?:\d+(?:[.,]\d+)?(?:\s1/2)?|{NUM_WORD}|(?:a|an)(?:\s+hundred|\s+dozen)?|"
    rf"{_alt(VAGUE)}|a\s+couple|couple\s+of)(?:\s+and\s+a\s+half)?"
)
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?=\s|,|$))"
)
WEEKDAY = rf"(?:{_alt(WEEKDAYS)})"
# short weekday names, only before a date ("Wed 22 March", "Thurs., March 30"): alone they are words
WEEKDAY_ABBR = r"(?:mon|tues?|weds?|thur?s?|fri|sat|sun)\.?"
SEASON = rf"(?:{_alt(SEASONS)})"
POD = r"(?:morning|afternoon|evening|night)"
UNIT = rf"(?:{_alt(UNITS)}|centuries|millennia)"


def parse_number(text: str) -> float | str | None:
    """Value of a number written in digits or words; "X" for vague quantities."""
    t = " ".join(text.lower().replace("-", " ").split())
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t.endswith(" 1/2"):
        t, half = t[:-4], 0.5
    if t in ("a", "an", "one"):
        return 1 + half
    if t in ("a couple", "a couple of", "couple of"):
        return 2 + half
    if t in ("a dozen",):
        return 12
    if t in ("a hundred",):
        return 100
    if any(t == v for v in VAGUE):
        return "X"
    digits = t.replace(",", "")
    try:
        return float(digits) + half
    except ValueError:
        pass
    total, current = 0, 0
    for w in t.split():
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif w == "and":
            continue
        else:
            return None
    return total + current + half


def number_text(n: float | str) -> str:
    """TIMEX3 amount: 3, 1.5, X."""
    if isinstance(n, str):
        return n
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def year_words(text: str) -> int | None:
    """Years said in words: "nineteen ninety-six" -> 1996, "two thousand" -> 2000."""
    t = text.lower().replace("-", " ").split()
    if len(t) >= 2 and t[0] in ONES and 10 <= ONES[t[0]] <= 20:
        rest = parse_number(" ".join(t[1:]))
        if isinstance(rest, float) and rest < 100:
            return ONES[t[0]] * 100 + int(rest)
    n = parse_number(" ".join(t))
    if isinstance(n, float) and 1000 <= n <= 2100:
        return int(n)
    return None
