"""Time expressions said inside quoted words, relative to when the speaker spoke.

A "today" or "at 3pm" in a direct quote counts from the moment of speaking, which may be
days before the article (a statement, a tweet, an interview). The analyser resolves it
against the publication date like any other expression, as TimeML does; the timeline
does not date events by it, and `storyweave timex` marks it.
"""

from __future__ import annotations

import re

from storyweave.model import Quote, Timex

# a month name, a year or a numeric date: the expression names its day itself
_ANCHORED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}\b|\d/\d", re.I)


def quoted_spans(quotes: list[Quote]) -> list[tuple[int, int]]:
    """Character spans of the quoted words (direct quotes) of an article."""
    return [(q.start, q.end) for q in quotes if q.kind == "direct"]


def relative_in_quote(timex: Timex, quoted: list[tuple[int, int]]) -> bool:
    """Whether `timex` sits in quoted words and does not name its own day."""
    return not _ANCHORED.search(timex.text) and any(s <= timex.start < e for s, e in quoted)
