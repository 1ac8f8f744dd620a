"""Forms and boundaries added for issue 3's fourth round (PolNeAR train error analysis).

Every fixture is a fictional report written for these tests (invented people, towns, outlets).
"""

from __future__ import annotations

from quote_checks import by_cue, statements

from storyweave.analyze.statements import group_statements


def test_cue_ending_in_a_colon_introduces_the_next_quote(quotes_of):
    text = ("“We came here in 1990,” Tomas Brandt said. “We are not leaving.” "
            "Ana Ferreira said: “The pier belongs to the town.”")
    quotes = quotes_of(text)
    who = {q.text: q.speaker_name for q in quotes}
    # the second quote goes on with Tomas Brandt's statement; "Ana Ferreira said:" is the third's
    assert who == {"We came here in 1990,": "Tomas Brandt", "We are not leaving.": "Tomas Brandt",
                   "The pier belongs to the town.": "Ana Ferreira"}
    assert [len(g) for g in group_statements(quotes)] == [2, 1]


def test_cue_with_its_own_clause_after_a_full_stop_is_not_the_quotes(quotes_of):
    text = ("Lena Voss opened the meeting at the Harlow town hall. “The hall is full.” "
            "She said that more chairs would arrive by noon.")
    quotes = quotes_of(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.text, q.cue) for q in direct] == [("The hall is full.", None)]
    assert by_cue(quotes, "said").text == "that more chairs would arrive by noon"


def test_quoted_words_opening_a_longer_clause_take_the_clause(quotes_of):
    text = "“Boots on the ground” would be a mistake in the valley, Tomas Brandt said."
    quotes = quotes_of(text)
    assert [(q.kind, q.text, q.speaker_name) for q in quotes] == [
        ("mixed", "Boots on the ground” would be a mistake in the valley", "Tomas Brandt")]


def test_quote_ending_its_clause_keeps_only_the_quoted_words(quotes_of):
    text = "“The ferry will run again,” Tomas Brandt said, “but not this winter.”"
    assert statements(quotes_of(text)) == [
        [("direct", "The ferry will run again,"), ("direct", "but not this winter.")]]


def test_framing_phrase_before_said_is_not_part_of_the_quote(quotes_of):
    text = "In an interview with the Harbor Gazette, Lena Voss said, “We will rebuild the pier.”"
    assert statements(quotes_of(text)) == [[("direct", "We will rebuild the pier.")]]
    text = ("When she first described the plan in May, she said, “We are going to build a bridge; "
            "we are going to have a big, wide road on the bridge.”")
    assert statements(quotes_of(text)) == [[(
        "direct", "We are going to build a bridge; we are going to have a big, wide road on the bridge.")]]


def test_continue_and_agree_report_only_next_to_quoted_words(quotes_of):
    assert quotes_of("The debate over the pier continues, and the council agreed to meet again in May.") == []
    q = by_cue(quotes_of("Mira Holt paused. “We will meet again,” she continued."), "continued")
    assert q.text == "We will meet again," and q.kind == "direct"


def test_claiming_and_denying_things_are_not_statements(quotes_of):
    text = ("Tomas Brandt claimed the nomination on Tuesday. The council denied him access to the files. "
            "Ana Ferreira claimed victory.")
    # "claimed victory" declares a result; taking a nomination or refusing access says nothing
    assert [(q.text, q.cue) for q in quotes_of(text)] == [("victory", "claimed")]


def test_phrase_hung_on_the_verb_after_an_object_message_completes_it(quotes_of):
    text = "Lena Voss proposed a safe harbor inside the bay for the fishing fleet."
    assert by_cue(quotes_of(text), "proposed").text == "a safe harbor inside the bay for the fishing fleet"
    text = "Tomas Brandt demanded an apology from the council."
    assert by_cue(quotes_of(text), "demanded").text == "an apology from the council"
    # who was told is not part of the message
    text = "Tomas Brandt confirmed the closure of the pier to reporters."
    assert by_cue(quotes_of(text), "confirmed").text == "the closure of the pier"


def test_time_clause_hung_on_the_verb_is_the_writers(quotes_of):
    q = by_cue(quotes_of("Tomas Brandt announced his resignation after the vote failed."), "announced")
    assert q.text == "his resignation"


def test_contrast_with_another_report_ends_the_first(quotes_of):
    quotes = quotes_of("Lena Voss said the plan was sound, while others said it came too late.")
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("the plan was sound", "Lena Voss"), ("it came too late", None)]


def test_writers_participle_after_according_to_is_left_out(quotes_of):
    text = "The council approved the budget, according to the Harbor Gazette, ending a month of dispute."
    q = by_cue(quotes_of(text), "according to")
    assert q.text == "The council approved the budget"


def test_accused_pronoun_goes_with_the_charge(quotes_of):
    q = by_cue(quotes_of("Ana Ferreira accused him of hiding the report."), "accused")
    assert q.text == "him of hiding the report"


def test_recall_and_note_take_their_object(quotes_of):
    quotes = quotes_of("Tomas Brandt recalled the flood of 1998. Lena Voss noted the cost of the repairs.")
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("the flood of 1998", "Tomas Brandt"), ("the cost of the repairs", "Lena Voss")]


def test_quoted_phrase_after_its_cue_takes_the_rest_of_the_sentence(quotes_of):
    text = "Asked about the delay, Tomas Brandt said, “We have three weeks to go” until the county vote."
    q = by_cue(quotes_of(text), "said")
    assert (q.kind, q.text) == ("mixed", "We have three weeks to go” until the county vote")
    # when it was said is the writer's
    text = "Lena Voss wrote, “Thank you Harlow” on Friday."
    q = by_cue(quotes_of(text), "wrote")
    assert (q.kind, q.text) == ("direct", "Thank you Harlow")


def test_quote_after_a_mixed_quote_and_its_cue_goes_on_with_that_statement(quotes_of):
    text = ("The line lost two boats last year.\n\nStill, the ferry line is “just breaking even,” "
            "Tomas Brandt said from his office in Harlow. “The winter is long and the boats are old.”")
    quotes = quotes_of(text)
    assert statements(quotes) == [[("mixed", "Still, the ferry line is “just breaking even,”"),
                                   ("direct", "The winter is long and the boats are old.")]]
    assert {(q.cue, q.speaker_name) for q in quotes} == {("said", "Tomas Brandt")}


def test_quoted_title_after_a_statement_is_not_a_floating_quote(quotes_of):
    text = "Lena Voss said: “We wrote it in six weeks.” “The Long Night” drew two million viewers."
    quotes = quotes_of(text)
    assert [(q.kind, q.text, q.speaker_name) for q in quotes] == [
        ("direct", "We wrote it in six weeks.", "Lena Voss")]


def test_calling_something_a_name_is_a_statement_in_a_participle_too(quotes_of):
    q = by_cue(quotes_of("Lena Voss left the hall, calling the plan a disgrace."), "calling")
    assert q.text == "the plan a disgrace" and q.speaker_name == "Lena Voss"


def test_reported_clause_goes_on_past_a_closing_mark(quotes_of):
    text = ("Party chair Ana Ferreira said in a statement Friday that the campaign staffers’ actions were "
            "“completely unacceptable” and that the committee would continue to investigate the incident.")
    q = by_cue(quotes_of(text), "said")
    assert q.text == ("that the campaign staffers’ actions were “completely unacceptable” and that the "
                      "committee would continue to investigate the incident")
    # a second report after the closing mark stays out ("and the council agreed ...")
    text = "Ana Ferreira said the vote was “a mistake,” and the council agreed to hold it again."
    assert by_cue(quotes_of(text), "said").text == "the vote was “a mistake,”"
