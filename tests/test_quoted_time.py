"""Relative time expressions inside quoted words (counted from when the speaker spoke)."""

from __future__ import annotations

from storyweave.analyze.quoted_time import quoted_spans, relative_in_quote
from storyweave.model import Quote, Timex

TEXT = "“We will reopen the pier today, not on March 9,” Ines Marlow said on Monday."


def timex(phrase: str, value: str) -> Timex:
    start = TEXT.index(phrase)
    return Timex(phrase, start, start + len(phrase), "DATE", value)


QUOTES = [
    Quote(text=TEXT[1:46], start=1, end=46, kind="direct", cue="said"),
    Quote(text="a reported clause", start=0, end=len(TEXT), kind="indirect", cue="said"),
]


def test_only_direct_quotes_give_quoted_spans():
    assert quoted_spans(QUOTES) == [(1, 46)]


def test_today_in_quoted_words_is_relative_to_the_speaker():
    assert relative_in_quote(timex("today", "2031-03-11"), quoted_spans(QUOTES))


def test_a_date_that_names_its_day_is_not():
    assert not relative_in_quote(timex("March 9", "2031-03-09"), quoted_spans(QUOTES))


def test_a_day_outside_the_quote_is_not():
    assert not relative_in_quote(timex("Monday", "2031-03-10"), quoted_spans(QUOTES))
