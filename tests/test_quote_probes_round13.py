"""Round 13 quote detection: the forms batch 12 of tests/quote_probe_cases.py found missing
(a time adjective opening a reported clause, words nobody said, headline quotes with the comma
outside the marks, a signature on its own line, court transcripts labelled by role), each
tested here on its own fictional variants, with the false friends each rule must leave alone."""

from __future__ import annotations

from quote_checks import rows


def test_a_time_adjective_of_the_clause_noun_stays_in_the_report(quotes_of):
    # "annual", "quarterly" are dates to the tagger, but here they modify the clause's subject
    assert rows(quotes_of("The chain said annual sales rose 4%.")) == [
        ("annual sales rose 4%", "indirect", "said", "The chain")]
    assert rows(quotes_of("Orvik Foods said weekly orders had doubled since June.")) == [
        ("weekly orders had doubled since June", "indirect", "said", "Orvik Foods")]


def test_when_it_was_said_still_opens_no_report(quotes_of):
    assert rows(quotes_of("The bank said on Monday it would close 30 branches.")) == [
        ("it would close 30 branches", "indirect", "said", "The bank")]
    assert rows(quotes_of("The airline said last week the route would end in May.")) == [
        ("the route would end in May", "indirect", "said", "The airline")]


def test_nobody_said_is_no_report(quotes_of):
    assert quotes_of("No one has claimed the ferry was unsafe.") == []
    assert quotes_of("Nobody told the tenants the lift would be out for a month.") == []
    # a named subject is still a report
    assert rows(quotes_of("One tenant claimed the lift had been out for a month.")) == [
        ("the lift had been out for a month", "indirect", "claimed", "One tenant")]


def test_a_cue_inside_a_condition_is_no_report(quotes_of):
    assert quotes_of("Unless the council says the site is safe, the school will stay shut.") == []
    # the attribution set inside a conditional report is still one ("If X, she warned, Y")
    got = rows(quotes_of("If the toll rises, she warned, drivers will use the back roads."))
    assert got and all(q[2] == "warned" and q[3] == "she" for q in got)


def test_a_request_yet_to_be_made_is_no_report(quotes_of):
    assert quotes_of("Staff will be told to stay at home.") == []
    # one already made stays a report with no one named
    assert rows(quotes_of("The director was asked to resign.")) == [("to resign", "indirect", "asked", None)]


def test_headline_quote_with_comma_outside_the_marks(quotes_of):
    text = "\u2018We feel betrayed\u2019, say bus drivers\n\nDrivers at the depot voted to strike."
    assert rows(quotes_of(text)) == [("We feel betrayed", "direct", "say", "bus drivers")]
    # a nickname before a comma and an aside that reports nothing stays no quote
    assert quotes_of("\u2018Big Olly\u2019, as he was known, ran the chip shop for 30 years.") == []
    # an attribution set inside a sentence that goes on makes no direct quote of the phrase
    got = rows(quotes_of("\u2018Big Society\u2019, she said, was dead."))
    assert got and not any(q[1] == "direct" for q in got)
    # body copy in the same style keeps its quote
    assert rows(quotes_of("\u2018We will fight on\u2019, he said. Then he left.")) == [
        ("We will fight on", "direct", "said", "he")]


def test_a_hyphenated_compound_before_the_noun_is_part_of_the_speaker(quotes_of):
    assert rows(quotes_of("\u201cWe lost everything,\u201d said storm-hit residents.")) == [
        ("We lost everything,", "direct", "said", "storm-hit residents")]


def test_signature_on_a_line_of_its_own(quotes_of):
    text = "\u201cThe hall was packed every night.\u201d\n\n\u2014 Theatre manager Rosa Ilves"
    assert rows(quotes_of(text)) == [("The hall was packed every night.", "direct", None, "Rosa Ilves")]
    # a credit line signs nothing
    text = "\u201cThe hall was packed every night.\u201d\n\n\u2014 Additional reporting by Rosa Ilves"
    assert quotes_of(text) == []


def test_signature_names_the_person_not_the_body_in_her_role(quotes_of):
    text = "\u201cWe were never consulted.\u201d \u2014 Parish councillor Edwin Marl"
    assert rows(quotes_of(text)) == [("We were never consulted.", "direct", None, "Edwin Marl")]


def test_court_transcript_role_labels_in_a_dialogue(quotes_of):
    text = ("THE COURT: Ms. Abara, do you need a break?\n\nTHE WITNESS: No, I can go on.\n\n"
            "THE COURT: Then we continue.")
    assert rows(quotes_of(text)) == [
        ("Ms. Abara, do you need a break?", "direct", None, "THE COURT"),
        ("No, I can go on.", "direct", None, "THE WITNESS"),
        ("Then we continue.", "direct", None, "THE COURT")]


def test_role_like_labels_without_a_dialogue_are_no_turns(quotes_of):
    # a fact-check's furniture: no question answered under another label
    text = ("THE CLAIM: We will halve the waiting lists.\n\n"
            "THE VERDICT: Misleading. The lists have grown since 2022.")
    assert not any(q.speaker in ("THE CLAIM", "THE VERDICT") for q in quotes_of(text))
    # a question and answer labelled as such are the writer's explainer, not turns
    assert quotes_of("THE QUESTION: Will you go?\n\nTHE ANSWER: We do not know.") == []
