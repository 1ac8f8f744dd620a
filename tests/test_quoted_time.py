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


# --- counting deictic words from the day the attribution names -----------------

def _analysed(nlp, text: str, published: str):
    from storyweave.analyze.pipeline import analyze_text

    return analyze_text(text, published=published)


def _spoken(analysis, text: str, phrase: str, published: str) -> str | None:
    from storyweave.analyze.quoted_time import quote_of, spoken_value

    tx = next(t for t in analysis.timexes if t.text.endswith(phrase))
    quote = quote_of(tx, analysis.quotes)
    assert quote is not None, analysis.quotes
    return spoken_value(tx, quote, analysis.timexes, text, published)


def test_today_in_a_quote_counts_from_the_day_the_speaker_spoke(nlp):
    text = ("Harbour police said on Monday: “We arrested two men last night and will "
            "question them today.”\n\nThe pier stays closed.")
    a = _analysed(nlp, text, "2031-03-12")  # a Wednesday; Monday is 2031-03-10
    assert _spoken(a, text, "today", "2031-03-12") == "2031-03-10"
    assert _spoken(a, text, "last night", "2031-03-12") == "2031-03-09TNI"


def test_a_clock_time_keeps_its_time_of_day(nlp):
    text = "“The pier will reopen at 3pm tomorrow,” Ines Marlow told reporters yesterday."
    a = _analysed(nlp, text, "2031-03-12")
    assert _spoken(a, text, "3pm tomorrow", "2031-03-12") == "2031-03-12T15:00"


def test_no_named_day_no_weekday_shift(nlp):
    text = "“We will reopen the pier today,” Ines Marlow said."
    a = _analysed(nlp, text, "2031-03-12")
    assert _spoken(a, text, "today", "2031-03-12") is None  # when she spoke is not said
    text = "“We met on Friday and again today,” the mayor said on Tuesday."
    a = _analysed(nlp, text, "2031-03-12")
    assert _spoken(a, text, "Friday", "2031-03-12") is None  # which Friday is not a shift
    assert _spoken(a, text, "today", "2031-03-12") == "2031-03-11"
