"""Forms and boundaries added for issue 3's fifth round (PolNeAR train error analysis),
and statements that speak through a document ("the statement read").

Every fixture is a fictional report written for these tests (invented people, towns, bodies).
"""

from __future__ import annotations

from quote_checks import by_cue, statements



def test_second_report_hung_on_the_first_cue_is_its_own(quotes_of):
    # the parser makes "more than 4 in 10 said ..." a second clause of the first "said"
    text = ("In the Harlow Courier poll, 52 percent of voters said they were worried about the ferry "
            "service, and more than 4 in 10 said the mayor would be best at fixing it.")
    texts = sorted(q.text for q in quotes_of(text))
    assert texts == ["the mayor would be best at fixing it",
                     "they were worried about the ferry service"]


def test_summary_after_a_dash_is_the_writers(quotes_of):
    text = "Lena Voss said that she would not raise the harbour toll — a pledge she has made at every stop."
    assert by_cue(quotes_of(text), "said").text == "that she would not raise the harbour toll"


def test_apposition_after_a_dash_stays_in_the_report(quotes_of):
    text = ("Police have said officers stopped Tomas Brandt because they were searching for another "
            "man - a suspect with an outstanding warrant.")
    assert by_cue(quotes_of(text), "said").text.endswith("another man - a suspect with an outstanding warrant")


def test_phrase_before_parenthetical_cue_joins_a_lower_case_quote(quotes_of):
    text = "Sooner or later, Lena Voss said, “it starts to pay off for the town.”"
    assert statements(quotes_of(text)) == [
        [("mixed", "Sooner or later"), ("direct", "it starts to pay off for the town.")]]


def test_lead_in_past_who_was_told(quotes_of):
    text = "Sooner or later, Lena Voss told reporters on Friday, “it starts to pay off for the town.”"
    assert statements(quotes_of(text)) == [
        [("mixed", "Sooner or later"), ("direct", "it starts to pay off for the town.")]]


def test_framing_phrase_before_a_capitalised_quote_stays_out(quotes_of):
    text = "As for the ferry's future, Lena Voss said, “The vote will decide it.”"
    assert statements(quotes_of(text)) == [[("direct", "The vote will decide it.")]]


def test_according_to_opening_the_sentence_reports_all_of_it(quotes_of):
    # the parser takes "majorities" for a second source ("the polls, majorities")
    text = ("According to the exit polls, majorities of voters in Harlow, Dunmore and Kestrel Bay want "
            "the ferry service kept.")
    q = by_cue(quotes_of(text), "according")
    assert q.text == "majorities of voters in Harlow, Dunmore and Kestrel Bay want the ferry service kept"
    assert q.speaker == "the exit polls"
    # an apposition to the source is not the report
    text = "According to Lena Voss, a lawyer for the port, the ruling was wrong."
    q = by_cue(quotes_of(text), "according")
    assert (q.text, q.speaker_name) == ("the ruling was wrong", "Lena Voss")


def test_when_it_was_said_is_not_what_was_said(quotes_of):
    text = ("Ferry traffic will fall this year, sooner than expected, the Harlow Port Authority "
            "reported on Tuesday.")
    assert all(q.text != "Tuesday" for q in quotes_of(text))
    text = "Lena Voss promised Sunday at a rally in Dunmore to end the toll on the harbour bridge."
    q = by_cue(quotes_of(text), "promised")
    assert (q.text, q.speaker_name) == ("to end the toll on the harbour bridge", "Lena Voss")
    text = "Lena Voss promised Sunday at a rally in Dunmore to end “the wasteful ferry toll.”"
    q = by_cue(quotes_of(text), "promised")
    assert (q.kind, q.text) == ("mixed", "to end “the wasteful ferry toll.”")


def test_said_in_a_statement_that(quotes_of):
    # the parser hangs the clause on "statement"; it is still what was said
    text = "The Harlow Port Authority said in a statement that the ruling was wrong."
    q = by_cue(quotes_of(text), "said")
    assert (q.text, q.speaker_name) == ("that the ruling was wrong", "Harlow Port Authority")
    text = "Tomas Brandt told the Harlow Courier in an interview that he would run again."
    q = by_cue(quotes_of(text), "told")
    assert (q.text, q.speaker_name) == ("that he would run again", "Tomas Brandt")


def test_the_statement_read(quotes_of):
    text = ("The Harlow Port Authority issued a statement on Friday. "
            "“We will appeal the ruling,” the statement read.")
    q = by_cue(quotes_of(text), "read")
    assert (q.kind, q.text, q.speaker, q.speaker_name) == (
        "direct", "We will appeal the ruling,", "the statement", "Harlow Port Authority")
    text = "Tomas Brandt wrote to the council on Monday. His letter read: “I resign with regret.”"
    q = by_cue(quotes_of(text), "read")
    assert (q.text, q.speaker_name) == ("I resign with regret.", "Tomas Brandt")


def test_reading_aloud_is_not_a_cue(quotes_of):
    assert quotes_of("Lena Voss read the letter aloud to the council on Monday.") == []


def test_a_statement_from_a_body_speaks_for_it(quotes_of):
    text = "A statement from the Harlow Port Authority said the ruling was wrong."
    q = by_cue(quotes_of(text), "said")
    assert (q.text, q.speaker_name) == ("the ruling was wrong", "Harlow Port Authority")


def test_phrase_before_parenthetical_cue_opens_an_indirect_report(quotes_of):
    text = "If the demands are not met, Lena Voss warned, angry ferry workers plan to strike on Monday."
    assert statements(quotes_of(text)) == [
        [("indirect", "If the demands are not met"), ("indirect", "angry ferry workers plan to strike on Monday")]]
    # with nothing before the speaker, the report is the words after the cue alone
    text = "Lena Voss warned, angry ferry workers plan to strike on Monday."
    assert statements(quotes_of(text)) == [[("indirect", "angry ferry workers plan to strike on Monday")]]


def test_called_for_someone_to_act_takes_the_infinitive(quotes_of):
    # the parser hangs "to release ..." on "called", not on "the governor"
    text = "The Harlow council has called for the former harbour master to release the ferry accounts."
    q = by_cue(quotes_of(text), "called")
    assert q.text == "the former harbour master to release the ferry accounts"


def test_after_clause_with_a_report_of_its_own_is_the_writers(quotes_of):
    text = ("Lena Voss is assuring voters she is tough enough to lead the town after a woman in "
            "Dunmore told her she was too nice.")
    q = by_cue(quotes_of(text), "assuring")
    assert q.text == "she is tough enough to lead the town"
    # with no report in it, an "after" clause may be part of what was said
    text = "Tomas Brandt said the ferry will run again after the storm has passed."
    assert by_cue(quotes_of(text), "said").text == "the ferry will run again after the storm has passed"


def test_called_for_with_for_opening_a_clause(quotes_of):
    # "for" parsed as the mark of a clause ("for the president to resign"), not a preposition
    text = "Lena Voss called for the harbour master to resign."
    q = by_cue(quotes_of(text), "called")
    assert (q.text, q.speaker_name) == ("the harbour master to resign", "Lena Voss")


def test_bragged_about(quotes_of):
    q = by_cue(quotes_of("Lena Voss bragged about her record on the harbour."), "bragged")
    assert (q.text, q.speaker_name) == ("her record on the harbour", "Lena Voss")


def test_in_a_statement_before_the_speaker(quotes_of):
    text = "In a statement, the Harlow Port Authority said it would appeal the ruling."
    q = by_cue(quotes_of(text), "said")
    assert (q.text, q.speaker_name) == ("it would appeal the ruling", "Harlow Port Authority")
