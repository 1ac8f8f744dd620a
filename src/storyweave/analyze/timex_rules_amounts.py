"""Rules for amounts of time: durations ("three days", "48 hours"), sets ("every week",
"daily") and vague references ("recently", "now"). They register into `timex_rules.RULES`.
"""

from __future__ import annotations

import re

from storyweave.analyze.timex_lexicon import (
    MONTH,
    NUM,
    NUM_WORD,
    UNIT,
    UNIT_MULT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    number_text,
    parse_number,
)
from storyweave.analyze.timex_rules import Sem, capitalised, month_of, rule, text_before, unit_of

# --- durations ---------------------------------------------------------------------


def duration_value(n: float | str, unit: str) -> str | None:
    """TIMEX3 duration: (3, day) -> P3D, (48, hour) -> PT48H, (X, year) -> PXY, (2.5, year) -> P2Y6M."""
    if unit not in UNITS or unit == "weekend":
        return None
    letter, clock = UNITS[unit]
    if isinstance(n, (float, int)):
        n = n * UNIT_MULT.get(unit, 1)
        scale = {"decade": 10, "century": 100, "millennium": 1000}.get(unit)
        if scale:
            letter, n = "Y", n * scale
        if not float(n).is_integer():
            return _fraction(float(n), unit)
    return ("PT" if clock else "P") + number_text(n) + letter


# a fraction of a unit written in the next smaller one: 2.5 years -> P2Y6M
_SMALLER = {"year": (12, "M", False), "month": (30, "D", False), "week": (7, "D", False),
            "day": (24, "H", True), "hour": (60, "M", True), "minute": (60, "S", True)}


def _fraction(n: float, unit: str) -> str | None:
    if unit not in _SMALLER:
        return None
    letter, clock = UNITS[unit]
    mult, small, small_clock = _SMALLER[unit]
    whole, rest = int(n), round((n - int(n)) * mult)
    if unit == "week":
        return f"P{whole * 7 + rest}D"
    head = f"{whole}{letter}" if whole else ""
    if clock:
        return f"PT{head}{rest}{small}"
    return f"P{head}{'T' if small_clock else ''}{rest}{small}"


_DUR_PRE = (
    r"(?:(the\s+(?:past|last|next|first|coming|previous|following|latest|final|initial|remaining|"
    r"same|full|entire|whole)|the|another|an\s+additional|a\s+further|past|last|next|first|"
    r"coming|all|each\s+of\s+the\s+(?:past|last|next))\s+)?"
)


@rule(
    "duration",
    _DUR_PRE + rf"({NUM})[- ](?:more\s+|full\s+|straight\s+|consecutive\s+|long\s+|short\s+|"
    r"trading\s+|business\s+|working\s+|calendar\s+|fiscal\s+)?(" + UNIT + r")s?(\s+and\s+a\s+half)?(?:[- ](long|old))?",
)
def _duration(m: re.Match[str], text: str) -> Sem | None:
    n = parse_number(m[2])
    unit = unit_of(m[3])
    if n is None or unit is None or unit == "weekend":
        return None
    if m[5]:
        return None  # ages ("48-year-old") are left to the claims
    if (m[1] or "").lower() == "the" and m.string[m.end(2) : m.start(3)].startswith("-"):
        return None  # "the two-week strike": the adjective alone (duration_adjective)
    if m[4] and isinstance(n, float):
        n += 0.5
    if isinstance(n, float) and n >= 1000 and unit not in ("year", "day"):
        return None  # "the 1988 quarter" is a year, not 1988 quarters
    if n == 0:
        return None
    value = duration_value(n, unit)
    if value is None:
        return None
    # "in a day", "a second" (ordinal) are not worth a timex
    if m[2].lower() == "a" and unit == "second":
        return None
    return Sem("DURATION", "abs", value)


@rule(
    "duration_vague",
    r"(?:(the\s+(?:past|last|next|coming|first|final|intervening|ensuing)|recent|coming|"
    r"the\s+coming|future|past)\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)",
)
def _duration_vague(m: re.Match[str], text: str) -> Sem | None:
    unit = unit_of(m[2][:-1] if m[2].lower() != "centuries" else "centuries")
    if unit is None:
        return None
    pre = " ".join((m[1] or "").lower().split())
    if "coming" in pre or pre == "future":
        return Sem("DATE", "fuzzy", "FUTURE_REF")
    if pre in ("recent", "past"):
        return Sem("DATE", "fuzzy", "PAST_REF")
    # bare plural ("for years", "within hours") only after a preposition that takes a duration
    if not pre and not re.search(r"\b(for|in|within|over|after|took|spent|lasted|taking|than|up to)\W*$", text_before(text, m.start(), 10)):
        return None
    return Sem("DURATION", "abs", duration_value("X", unit))


@rule("half_hour", r"(half\s+an\s+hour|half\s+a\s+day|half\s+a\s+year|half\s+a\s+century|a\s+half[- ]hour|half[- ]hour)")
def _half_unit(m: re.Match[str], text: str) -> Sem | None:
    w = m[1].lower()
    if "hour" in w:
        return Sem("DURATION", "abs", "PT30M")
    if "day" in w:
        return Sem("DURATION", "abs", "PT12H")
    if "century" in w:
        return Sem("DURATION", "abs", "P50Y")
    return Sem("DURATION", "abs", "P6M")


# --- sets --------------------------------------------------------------------------

_SET_UNIT = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M",
             "hour": "PT1H", "minute": "PT1M", "decade": "P10Y", "weekend": "XXXX-WXX-WE",
             "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF",
             "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI", "summer": "XXXX-SU",
             "winter": "XXXX-WI", "spring": "XXXX-SP", "autumn": "XXXX-FA"}


@rule(
    "set_every",
    rf"(every|each)\s+(other\s+|single\s+)?(day|week|month|year|quarter|hour|minute|decade|weekend|"
    rf"morning|afternoon|evening|night|summer|winter|spring|autumn|{WEEKDAY}|{MONTH})",
)
def _set_every(m: re.Match[str], text: str) -> Sem | None:
    w = m[3].lower()
    if w in WEEKDAYS:
        return Sem("SET", "abs", f"XXXX-WXX-{WEEKDAYS[w] + 1}")
    if month_of(w) and w not in _SET_UNIT:
        return Sem("SET", "abs", f"XXXX-{month_of(w):02d}")
    value = _SET_UNIT[w]
    if m[2] and m[2].lower().startswith("other") and value.startswith("P1"):
        value = value.replace("1", "2", 1)
    return Sem("SET", "abs", value)


@rule("set_adverb", r"(daily|weekly|monthly|yearly|annually|hourly|nightly|fortnightly|twice-weekly|bi-weekly)")
def _set_adverb(m: re.Match[str], text: str) -> Sem | None:
    w = m[1]
    if capitalised(w) and m.start() > 0 and text[max(0, m.start() - 2) : m.start()].strip() not in ("", ".", '"', "“"):
        return None  # "the Daily Mail": a name
    value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
             "hourly": "PT1H", "nightly": "P1D", "fortnightly": "P2W", "twice-weekly": "P1W",
             "bi-weekly": "P2W"}[w.lower()]
    return Sem("SET", "abs", value)


@rule("set_per", r"(?<=\btimes\s)(?:a|an|per|each)\s+(day|week|month|year|hour)|(?<=\bonce\s)(?:a|an|per|each)\s+(day|week|month|year|hour)|(?<=\btwice\s)(?:a|an|per|each)\s+(day|week|month|year|hour)", priority=1)
def _set_per(m: re.Match[str], text: str) -> Sem | None:
    unit = (m[1] or m[2] or m[3]).lower()
    return Sem("SET", "abs", _SET_UNIT[unit])


# --- fuzzy -------------------------------------------------------------------------

_FUZZY = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PAST_REF",
    "currently": "PRESENT_REF", "current": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "for now": "PRESENT_REF", 
    "recently": "PAST_REF", "more recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF",
    "recent": "PAST_REF", "earlier": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "future": "FUTURE_REF",
    "soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "later": "FUTURE_REF",
    "one day": "FUTURE_REF", "someday": "FUTURE_REF", "a later date": "FUTURE_REF",
}


@rule("fuzzy", "(" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _FUZZY), key=len, reverse=True)) + ")")
def _fuzzy(m: re.Match[str], text: str) -> Sem | None:
    w = " ".join(m[1].lower().split())
    after = text[m.end() : m.end() + 20].lower()
    before = text_before(text, m.start(), 12)
    if w == "once" and not re.match(r"^\s*(was|were|had|a|the|\w+ed)\b", after):
        return None  # "once" as a conjunction or a count
    if w == "earlier" and (re.match(r"^\s*(than|this|that|in|on|today|yesterday|in the)\b", after) or not re.search(r"(,|\bsaid|\bwas|\bhad)\s*$", before + " ")):
        return None
    if w == "later" and not re.search(r"(\bwas|\bwill|\bcame|\bsaid|,)\s*$", before):
        return None
    if w in ("future", "current", "recent"):
        # adjectives: "future plans", "the current crisis" -- only before a time noun or as noun
        if not re.match(r"^\s*(years?|months?|weeks?|days?|quarters?|periods?|times?|generations?)\b", after):
            return None
        return None if w != "future" else Sem("DATE", "fuzzy", "FUTURE_REF")
    if w == "one day" and not re.match(r"^\s*(,|\.|will|\w+ will)", after):
        return None
    if w == "now" and re.match(r"^-", after):
        return None  # "now-defunct"
    if w == "the past" and re.match(r"^\s*(\d|few|several|two|three|four|five|year|month|week|decade|day)", after):
        return None
    return Sem("DATE", "fuzzy", _FUZZY[w])


# --- more durations ----------------------------------------------------------------


@rule("age", rf"({NUM})[- ]({UNIT})s?[- ]old|({NUM})\s+({UNIT})s?\s+old(?=\W)")
def _age(m: re.Match[str], text: str) -> Sem | None:
    """Ages ("48-year-old", "55 years old") are facts about people, not times: the match
    only blocks the duration rules (claims read ages themselves)."""
    return Sem("NONE", "block")


@rule(
    "duration_another",
    r"(another|an\s+additional|a\s+further|an\s+extra)\s+(second|minute|hour|day|week|month|quarter|year|decade)",
)
def _duration_another(m: re.Match[str], text: str) -> Sem | None:
    value = duration_value(1.0, m[2].lower())
    return Sem("DURATION", "abs", value) if value else None


@rule("duration_range", _DUR_PRE + rf"({NUM})\s*(?:to|or|-|–)\s*({NUM})[- ](?:more\s+)?({UNIT})s?")
def _duration_range(m: re.Match[str], text: str) -> Sem | None:
    """"two to three weeks": one duration; TIMEX3 has no range, the lower bound is kept."""
    low, high = parse_number(m[2]), parse_number(m[3])
    unit = unit_of(m[4])
    if not isinstance(low, float) or not isinstance(high, float) or unit is None or not low < high:
        return None
    value = duration_value(low, unit)
    return Sem("DURATION", "abs", value) if value else None


@rule("duration_adjective", rf"({NUM_WORD}|\d+)-({UNIT})(?:-long)?")
def _duration_adjective(m: re.Match[str], text: str) -> Sem | None:
    """"a two-week strike", "the 30-day period"."""
    n = parse_number(m[1])
    unit = unit_of(m[2])
    if not isinstance(n, float) or unit is None:
        return None
    value = duration_value(n, unit)
    return Sem("DURATION", "abs", value) if value else None


@rule(
    "period_ended",
    r"the\s+(?:(?:fiscal|financial|calendar)\s+)?(year|month|week|six\s+months|nine\s+months)(?=\s+(?:ended|ending|to)\s)",
    priority=1,
)
def _period_ended(m: re.Match[str], text: str) -> Sem | None:
    """"revenue for the year ended March 31": a length of time, closed by the date after it."""
    unit = m[1].lower()
    value = {"year": "P1Y", "month": "P1M", "week": "P1W"}.get(unit)
    if value is None:
        value = "P6M" if unit.startswith("six") else "P9M"
    return Sem("DURATION", "abs", value)
