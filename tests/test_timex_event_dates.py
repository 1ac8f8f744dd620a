"""A day without a year that names an event ("the March 3 earthquake") lies in the past."""

from __future__ import annotations

from test_timex import one


def test_a_dated_event_noun_is_in_the_past(nlp):
    text = "Officials defended their response after the March 3 earthquake, the mayor's office said."
    assert one(nlp, text, "March 3", published="2024-11-20").value == "2024-03-03"


def test_a_dated_event_noun_far_back_in_the_year_is_not_next_year(nlp):
    text = "Residents are still rebuilding after the January 9 floods and the February 2 fire."
    assert one(nlp, text, "February 2", published="2024-11-20").value == "2024-02-02"
    assert one(nlp, text, "January 9", published="2024-11-20").value == "2024-01-09"


def test_a_planned_event_keeps_the_usual_reading(nlp):
    # a vote is no unplanned event: a day far back in the year is read as next year's
    text = "Campaigners are preparing for the January 9 vote."
    assert one(nlp, text, "January 9", published="2024-11-20").value == "2025-01-09"


def test_a_year_earlier_in_a_quarterly_report_is_that_quarter(nlp):
    text = ("Brindle Foods said third-quarter net income rose to $12 million. "
            "Sales climbed 8% to $310 million from $287 million a year earlier.")
    assert one(nlp, text, "a year earlier", published="2024-10-24").value == "2023-Q3"


def test_a_year_earlier_compared_with_another_period_stays_a_year(nlp):
    text = ("Brindle Foods said third-quarter net income rose to $12 million. "
            "For the nine months, net was $30 million, up from $25 million a year earlier.")
    assert one(nlp, text, "a year earlier", published="2024-10-24").value == "2023"
    # no quarter in the discourse: a plain year back
    assert one(nlp, "The bridge opened a year ago.", "a year ago", published="2024-10-24").value == "2023"


def test_a_deadline_told_in_the_past_perfect_has_passed(nlp):
    # published Monday 28 October 2024
    text = "The offer had been due to expire Friday evening, but it was extended to November 20."
    assert one(nlp, text, "Friday", published="2024-10-28").value == "2024-10-25TEV"
    text = "The offer is due to expire Friday evening."
    assert one(nlp, text, "Friday", published="2024-10-28").value == "2024-11-01TEV"
