"""Time expressions said inside quoted words, relative to when the speaker spoke.

A "today" or "at 3pm" in a direct quote counts from the moment of speaking, which may be
days before the article (a statement, a tweet, an interview). The analyser resolves it
against the publication date like any other expression, as TimeML does, and
`storyweave timex` marks it. When the attribution says when the words were spoken
("..., she said on Monday"), `spoken_value` re-counts a deictic expression ("today",
"last night", "at 3pm") from that day; otherwise the timeline does not date events by it.
"""

from __future__ import annotations

import re
from datetime import timedelta

from storyweave.analyze.timex_resolve import day_of, fmt_day, parse_published
from storyweave.model import Quote, Timex

# a month name, a year or a numeric date: the expression names its day itself
_ANCHORED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}\b|\d/\d", re.I)


def quoted_spans(quotes: list[Quote]) -> list[tuple[int, int]]:
    """Character spans of the quoted words (direct quotes) of an article."""
    return [(q.start, q.end) for q in quotes if q.kind == "direct"]


def relative_in_quote(timex: Timex, quoted: list[tuple[int, int]]) -> bool:
    """Whether `timex` sits in quoted words and does not name its own day."""
    return not _ANCHORED.search(timex.text) and any(s <= timex.start < e for s, e in quoted)


# what counts from the moment of speaking by a whole number of days: "today",
# "last night", "this morning", "tomorrow evening", a clock time; not weekday names
# (which Friday depends on the tense, not on a shift) nor "next week"
_DEICTIC = re.compile(
    r"^(?:(?:about|around|at|by|until|before|after|since|from)\s+)*(?:"
    r"today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening)"
    r"|(?:yesterday|tomorrow) (?:morning|afternoon|evening|night)"
    r"|\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|noon|midnight)"
    r"(?:\s+(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)))?$",
    re.I,
)
# between the cue and the speech time: "said on Monday", "told reporters yesterday"
_CUE_TO_TIME = re.compile(r"^[^\S\n]*(?:[A-Za-z'\u2019-]+[^\S\n]+){0,3}?(?:on[^\S\n]+)?$")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T.*)?$")


def speech_day_value(quote: Quote, timexes: list[Timex], text: str) -> str | None:
    """The day the quoted words were spoken, when the attribution names it just after
    its cue ("..., she said on Monday.", "told reporters yesterday"): that timex's day."""
    if quote.cue_end is None:
        return None
    for tx in timexes:
        if tx.start < quote.cue_end or tx.start - quote.cue_end > 40 or quote.start <= tx.start < quote.end:
            continue
        between = text[quote.cue_end:tx.start]
        if _CUE_TO_TIME.match(between) and tx.value and _DAY_VALUE.match(tx.value):
            return tx.value[:10]
    return None


def spoken_value(timex: Timex, quote: Quote, timexes: list[Timex], text: str,
                 published: str | None) -> str | None:
    """The value of a deictic expression in `quote`'s words counted from the day the
    attribution says they were spoken, rather than from publication: the analyser's
    value shifted by (speech day - publication day). None when the attribution names no
    day, the expression is not deictic, or its value names no day."""
    pub = parse_published(published)
    if pub is None or not _DEICTIC.match(timex.text.strip()) or not timex.value \
            or not _DAY_VALUE.match(timex.value):
        return None
    spoken = day_of(speech_day_value(quote, timexes, text))
    if spoken is None or spoken > pub:
        return None
    day = day_of(timex.value)
    if day is None:
        return None
    return fmt_day(day + timedelta(days=(spoken - pub).days)) + timex.value[10:]


def quote_of(timex: Timex, quotes: list[Quote]) -> Quote | None:
    """The direct quote whose words hold `timex`."""
    return next((q for q in quotes if q.kind == "direct" and q.start <= timex.start < q.end), None)
