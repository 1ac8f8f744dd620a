"""Round 12 quote detection: the forms batch 11 of tests/quote_probe_cases.py found missing
(US local TV copy, fact-checks, sports wire, press reports), each tested here on its own
fictional variants, with the false friends each rule must leave alone."""

from __future__ import annotations

from quote_checks import rows


def test_said_in_a_medium_that_parsed_as_a_relative_clause(quotes_of):
    # "that" taken for the object of a relative clause on the medium: the clause is the report
    text = "Councillor Abe Lindell said in a radio advert that fares had fallen since 2019."
    assert rows(quotes_of(text)) == [
        ("that fares had fallen since 2019", "indirect", "said", "Councillor Abe Lindell")]
    text = "The union said in a lawsuit that the depot had broken safety law for years."
    assert rows(quotes_of(text)) == [
        ("that the depot had broken safety law for years", "indirect", "said", "The union")]


def test_a_statement_the_speaker_issued_is_no_report(quotes_of):
    # a true relative clause ("the statement that she issued") reports nothing on its own
    text = "Ms Hana Bell stood by the statement that she issued on Monday."
    assert quotes_of(text) == []


def test_told_a_station_then_the_report_without_that(quotes_of):
    text = "Chief Ona Farrell told Channel 4 News the crash had closed two lanes of the highway."
    assert rows(quotes_of(text)) == [
        ("the crash had closed two lanes of the highway", "indirect", "told", "Chief Ona Farrell")]


def test_told_someone_a_story_is_no_report(quotes_of):
    # a determiner's noun with a relative clause ("the story she loved") is an object, no report
    assert quotes_of("Grandma told the children the story she loved most.") == []


def test_per_a_source_is_according_to(quotes_of):
    text = "The striker will sign a three-year contract, per people familiar with the talks."
    assert rows(quotes_of(text)) == [
        ("The striker will sign a three-year contract", "indirect", "per",
         "people familiar with the talks")]
    text = "Per the court filing, the firm owes its landlord $2 million."
    assert rows(quotes_of(text)) == [
        ("the firm owes its landlord $2 million", "indirect", "Per", "the court filing")]


def test_per_as_a_unit_is_no_source(quotes_of):
    for text in ("Tickets cost $15 per person on the day.",
                 "Entry costs $12 for adults, per person.",
                 "The limit is 30 miles per hour near the school.",
                 "Prices rose by 4 per cent in March."):
        assert quotes_of(text) == [], text


def test_asked_about_a_topic_is_no_question_reported(quotes_of):
    text = "Asked about the injury, coach Lara Vint said the scan was clear."
    assert rows(quotes_of(text)) == [("the scan was clear", "indirect", "said", "Lara Vint")]
    # a question put in words stays a report with no speaker (the reporter's)
    text = "Asked whether she would stay, Ms Vint said she had a year left on her deal."
    got = rows(quotes_of(text))
    assert ("whether she would stay", "indirect", "Asked", None) in got
    assert ("she had a year left on her deal", "indirect", "said", "Ms Vint") in got


def test_thats_how_x_put_it_after_a_quote(quotes_of):
    text = "\u201cA total shambles\u201d \u2013 that\u2019s how one commuter described the new timetable."
    assert rows(quotes_of(text)) == [("A total shambles", "direct", "described", "one commuter")]
    text = "\u201cWe were lucky, nothing more,\u201d is how Captain Io Varga put it."
    assert rows(quotes_of(text)) == [
        ("We were lucky, nothing more,", "direct", "put", "Captain Io Varga")]


def test_a_person_of_some_manner_then_a_colon_and_a_quote(quotes_of):
    text = "Ms Dela Marsh, 51, is blunt: \u201cWe are running on goodwill.\u201d"
    assert rows(quotes_of(text)) == [("We are running on goodwill.", "direct", None, "Ms Dela Marsh")]
    # a rule or an answer that is simple names no speaker
    assert quotes_of("The rule is simple: \u201cNo phones in class.\u201d") == []


def test_a_negated_report_inside_another_sources_account(quotes_of):
    text = "Ms Oona Reed never claimed the bridge was unsafe, her solicitor told the tribunal."
    assert rows(quotes_of(text)) == [
        ("Ms Oona Reed never claimed the bridge was unsafe", "indirect", "told", "her solicitor")]
    # an asserted report inside it stays a report of its own
    text = "Ms Reed said the bridge was unsafe, her solicitor told the tribunal."
    got = rows(quotes_of(text))
    assert ("the bridge was unsafe", "indirect", "said", "Ms Reed") in got
    assert ("Ms Reed said the bridge was unsafe", "indirect", "told", "her solicitor") in got


def test_quoted_words_make_an_according_to_report_mixed(quotes_of):
    text = "The fare rise is \u201cthe last straw,\u201d according to commuter group chair Ivo Lund."
    assert rows(quotes_of(text)) == [
        ("The fare rise is \u201cthe last straw,\u201d", "mixed", "according to", "Ivo Lund")]
    # of a report cut by its source, only the part with quoted words is mixed
    text = "The mayor, according to aides, called the plan \u201ca mess\u201d."
    got = rows(quotes_of(text))
    assert ("The mayor", "indirect", "according to", "aides") in got
    assert ("called the plan \u201ca mess\u201d", "mixed", "according to", "aides") in got


def test_a_notes_column_name_on_a_topic_then_a_quote(quotes_of):
    text = "Coach Pia Nyberg, on her side's second half: \u201cWe stopped running.\u201d"
    assert rows(quotes_of(text)) == [("We stopped running.", "direct", None, "Coach Pia Nyberg")]
    # page furniture before "on" is no speaker
    assert quotes_of("Update on the storm: \u201cRoads are closed.\u201d") == []


def test_a_quote_after_a_gesture_of_a_role_is_that_roles(quotes_of):
    text = "Asked if she would stand again, the councillor laughed. \u201cAsk me in May.\u201d"
    got = rows(quotes_of(text))
    assert ("Ask me in May.", "direct", None, "the councillor") in got
    # a sentence that does more than a gesture gives its subject no quote after it
    assert rows(quotes_of("The captain read out the names. \u201cStay safe.\u201d")) == []
    # a thing is no speaker
    assert quotes_of("The storm hit at noon. \u201cIt was terrifying.\u201d") == []
