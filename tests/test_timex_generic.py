"""Times of advice, habit and opening hours hold on any day (tense "generic"), and a relative
clause's time tells a noun's past (clause "relative"): neither dates a sentence on a timeline."""

from __future__ import annotations

import pytest

from storyweave.analyze.pipeline import analyze_doc
from storyweave.brief.timeline import build_timeline
from storyweave.model import AnalyzedArticle, Article
from test_timex import one

PUB = "2031-03-11T10:00:00+00:00"


@pytest.mark.parametrize("text, needle", [
    ("Fire officers urged residents never to leave tumble dryers running overnight.", "overnight"),
    ("Never leave a heater on overnight, the brigade said.", "overnight"),
    ("The rest centre at Orbury Hall is open from 9am to 7pm.", "9am"),
    ("The helpline is open 8am to 8pm every day.", "8pm"),
    ("Shuttle buses run from 6am.", "6am"),
    ("He always walks the dog at 6am, his neighbour said.", "6am"),
])
def test_advice_habits_and_opening_hours_are_generic(nlp, text, needle):
    assert one(nlp, text, needle, published=PUB).tense == "generic"


@pytest.mark.parametrize("text, needle", [
    ("He never came home on Monday night.", "Monday night"),  # that night, told in the past
    ("The rest centre will stay open until 10pm tonight.", "10pm"),  # tonight's arrangement
    ("Polls close at 10pm.", "10pm"),  # the day's fixture
    ("The fire started at 6am and is still burning.", "6am"),
])
def test_one_time_events_are_not_generic(nlp, text, needle):
    assert one(nlp, text, needle, published=PUB).tense != "generic"


def test_advice_is_not_dated_on_the_timeline(nlp):
    text = ("A tumble dryer started a fire that gutted a house in Orbury on Tuesday night. "
            "Fire officers urged residents never to leave dryers running overnight. "
            "A rest centre at Orbury Hall is open from 9am to 7pm.")
    article = Article(id="a", text=text, outlet="Orbury Post", published=PUB)
    item = AnalyzedArticle(article, analyze_doc(nlp(text), article, nlp))
    whats = [e.what for e in build_timeline([item])]
    assert any(w.startswith("A tumble dryer started a fire") for w in whats)
    assert not any("never to leave" in w or "open from 9am" in w for w in whats), whats


def test_a_relative_clause_time_dates_a_sentence_told_in_the_past_only(nlp):
    text = ("A search team has recovered part of the tail of Flight 212, which crashed into the sea on "
            "June 1. A tumble dryer started a fire that gutted a house in Orbury on Tuesday night.")
    article = Article(id="a", text=text, outlet="Orbury Post", published=PUB)
    item = AnalyzedArticle(article, analyze_doc(nlp(text), article, nlp))
    assert one(nlp, text, "June 1", published=PUB).clause == "relative"
    whats = [e.what for e in build_timeline([item])]
    assert not any(w.startswith("A search team") for w in whats), whats
    assert any(w.startswith("A tumble dryer") for w in whats), whats


def test_a_clock_time_beside_since_is_a_habit_and_no_claim(nlp):
    text = "The front desk has closed at 8pm since March, which the ministry blamed on a shortage of officers."
    assert one(nlp, text, "8pm", published=PUB).tense == "generic"
    article = Article(id="a", text=text, outlet="Orbury Post", published=PUB)
    analysis = analyze_doc(nlp(text), article, nlp)
    assert not [c for c in analysis.claims if c.slot == "time"]
    # the clock time a period began at is that time ("missing since 8pm on Monday")
    assert one(nlp, "Ana Roe has been missing since 8pm on Monday.", "8pm", published=PUB).tense != "generic"
