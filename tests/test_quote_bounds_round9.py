"""Content boundaries added for issue 3's ninth round (PolNeAR train error analysis).

Every fixture is a fictional report written for these tests (invented people, towns, outlets).
"""

from __future__ import annotations

import pytest

from quote_checks import by_cue


@pytest.mark.parametrize("text, cue, content", [
    ("Tomas Brandt told reporters the budget was balanced and that the council had confirmed the figures.",
     "told", "the budget was balanced and that the council had confirmed the figures"),
    ("Lena Voss said the repairs were overdue but that the contractor had promised a date.",
     "said", "the repairs were overdue but that the contractor had promised a date"),
    ("Tomas Brandt said the talks had stalled, and that the union had warned of a strike.",
     "said", "the talks had stalled, and that the union had warned of a strike"),
])
def test_second_that_clause_goes_on_with_the_report(quotes_of, text, cue, content):
    # "said A and that B": the "that" ties B to the cue, even when B's verb is itself a
    # reporting verb ("confirmed", "promised", "warned"); B is no report of its own
    quotes = quotes_of(text)
    assert by_cue(quotes, cue).text == content
    assert len(quotes) == 1


def test_speakers_next_act_is_still_cut(quotes_of):
    # a conjunct with no "that" of its own is the speaker's next act, with its own content
    quotes = quotes_of("Lena Voss said the ferry had run late and asked the board to pay refunds.")
    assert by_cue(quotes, "said").text == "the ferry had run late"
    assert by_cue(quotes, "asked").text == "the board to pay refunds"


@pytest.mark.parametrize("text, content", [
    ("Lena Voss said the town needed its pier back, a place to fish and a place to meet.",
     "the town needed its pier back, a place to fish and a place to meet"),
    ("Mira Holt said the council promised the families a fair hearing, a clear timetable and a vote.",
     "the council promised the families a fair hearing, a clear timetable and a vote"),
])
def test_list_after_a_comma_is_no_writers_gloss(quotes_of, text, content):
    assert by_cue(quotes_of(text), "said").text == content


def test_summary_phrase_after_a_comma_is_still_cut(quotes_of):
    quotes = quotes_of("Tomas Brandt said the union had won a pay rise, a result that surprised the board.")
    assert by_cue(quotes, "said").text == "the union had won a pay rise"


def test_a_clause_the_parser_cut_off_with_no_conjunction_stays_in_the_content(quotes_of):
    # the parser hangs "closed" on the cue as a second verb; with no "and" and no comma
    # between, the words run straight on: it is the end of what they were told
    text = ("Households within two miles of the works have been told to keep their doors and "
            "windows closed.")
    assert [(q.text, q.cue) for q in quotes_of(text)] == [
        ("to keep their doors and windows closed", "told")]
