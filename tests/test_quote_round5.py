"""Boundaries and speakers added for issue 3's fifth round (PolNeAR train error analysis).

Every fixture is a fictional report written for these tests (invented people, towns, outlets).
"""

from __future__ import annotations

from quote_checks import by_cue, statements


def test_name_after_an_inverted_cue_is_the_speaker_not_a_report(quotes_of):
    # the parser hangs "Tomas Brandt, half joking" on "said" as a clause of its own
    text = "“I am better with my hands than I am with my head,” said Tomas Brandt, half joking."
    quotes = quotes_of(text)
    assert [(q.kind, q.text) for q in quotes] == [
        ("direct", "I am better with my hands than I am with my head,")]
    assert quotes[0].speaker_name == "Tomas Brandt"


def test_report_before_an_inverted_cue_is_the_content(quotes_of):
    text = ("The pier also had a voice in decisions about the harbour, said a former spokesman for "
            "the port, Tomas Brandt, who also ran as a candidate in the new party Lena Voss helped form.")
    assert statements(quotes_of(text)) == [
        [("indirect", "The pier also had a voice in decisions about the harbour")]]


def test_writer_gloss_of_a_name_closing_the_report_is_cut(quotes_of):
    q = by_cue(quotes_of("Lena Voss said she would vote for Tomas Brandt, the harbour board's chairman."), "said")
    assert q.text == "she would vote for Tomas Brandt"
    q = by_cue(quotes_of("Lena Voss reiterated her support for Mr. Brandt, the harbour board's chairman."),
               "reiterated")
    assert q.text == "her support for Mr. Brandt"


def test_list_after_a_comma_is_no_gloss(quotes_of):
    text = "Lena Voss said the two rivals differ on Harlow, the budget and the future of the pier."
    assert by_cue(quotes_of(text), "said").text == \
        "the two rivals differ on Harlow, the budget and the future of the pier"


def test_bare_verb_joined_to_the_reported_clause_stays_in_it(quotes_of):
    # "tell" cannot go on with "says": it shares the reported clause's "would"
    text = "Mira Holt says she would sit the council down and tell them the truth about the pier."
    assert statements(quotes_of(text)) == [
        [("indirect", "she would sit the council down and tell them the truth about the pier")]]
    text = "Lena Voss asked the council to delay the vote and explain its plan for the pier."
    assert by_cue(quotes_of(text), "asked").text == \
        "the council to delay the vote and explain its plan for the pier"


def test_finite_report_joined_to_the_cue_is_the_speakers_next_act(quotes_of):
    quotes = quotes_of("Tomas Brandt said the harbour would close and warned that jobs would go.")
    assert by_cue(quotes, "said").text == "the harbour would close"
    assert by_cue(quotes, "warned").text == "that jobs would go"


def test_cue_of_a_new_sentence_after_a_quote_is_not_the_quotes(quotes_of):
    # the second quote goes on with Tomas Brandt's statement; "he added" reports the sentence
    # that "That is why" opens
    text = ("“The ferry is a name people know,” Tomas Brandt said. “If you see it, you know what you "
            "are getting.” That is why, he added, the council kept the old name for the new boat.")
    quotes = quotes_of(text)
    assert statements([q for q in quotes if q.kind == "direct"]) == [
        [("direct", "The ferry is a name people know,"), ("direct", "If you see it, you know what you are getting.")]]
    assert {q.cue for q in quotes if q.kind == "direct"} == {"said"}
    # a speaker phrase right after the quote is still its cue
    quotes = quotes_of("“We will not sell the pier.” Lena Voss, the mayor of Harlow, said on Sunday.")
    assert [(q.text, q.cue, q.speaker_name) for q in quotes] == [("We will not sell the pier.", "said", "Lena Voss")]


def test_two_apostrophe_marks_close_a_sentence_before_the_next_quote(quotes_of):
    text = ("''We will not sell the pier,'' Lena Voss said on the radio show ''Harbour Hour.'' "
            "''The pier belongs to the town.''")
    quotes = quotes_of(text)
    assert statements(quotes) == [
        [("direct", "We will not sell the pier,"), ("direct", "The pier belongs to the town.")]]
    assert {q.speaker_name for q in quotes} == {"Lena Voss"}


def test_writers_words_after_quoted_words_closed_by_a_comma_are_cut(quotes_of):
    text = ("Lena Voss said the ferry company does not want “that kind of trouble,” in an interview "
            "with the Harbour Gazette on Sunday.")
    assert by_cue(quotes_of(text), "said").text == "the ferry company does not want “that kind of trouble,”"
    # a contrast the writer adds holds a report of its own
    quotes = quotes_of("Voters said the two plans were “about right,” though most of them say the bridge "
                       "is too expensive.")
    assert by_cue(quotes, "said").text == "the two plans were “about right,”"
    assert by_cue(quotes, "say").text == "the bridge is too expensive"
    quotes = quotes_of("Tomas Brandt insisted that he has “saved the harbour,” claiming that he is "
                       "responsible for the new jobs.")
    assert by_cue(quotes, "insisted").text == "that he has “saved the harbour,”"
    assert by_cue(quotes, "claiming").text == "that he is responsible for the new jobs"


def test_second_that_clause_after_quoted_words_stays(quotes_of):
    text = "Lena Voss said the pier was “safe enough,” and that the council would check it again in May."
    assert by_cue(quotes_of(text), "said").text == \
        "the pier was “safe enough,” and that the council would check it again in May"


def test_when_the_source_came_out_is_not_the_report(quotes_of):
    q = by_cue(quotes_of("According to a Harbour Gazette poll out Thursday, most residents want the pier rebuilt."),
               "according to")
    assert q.text == "most residents want the pier rebuilt"
    q = by_cue(quotes_of("According to the harbour master on duty that night, the ferry left the pier on time."),
               "according to")
    assert q.text == "the ferry left the pier on time"


def test_cue_inside_parentheses_reports_words_inside_them(quotes_of):
    text = ("Coastal towns like Harlow (93 percent of the voters there were retired, according to the "
            "county) top the list.")
    assert by_cue(quotes_of(text), "according to").text == "93 percent of the voters there were retired"


def test_verb_in_another_tense_than_the_cue_goes_on_with_the_report(quotes_of):
    # "asked" cannot go on with "says": it is the council's act, part of what she says
    text = "Lena Voss says the council voted against the pier in May and asked the mayor to resign."
    assert statements(quotes_of(text)) == [
        [("indirect", "the council voted against the pier in May and asked the mayor to resign")]]
    text = "Tomas Brandt pledged that the town is ready for visitors, but wants a bigger ferry."
    assert by_cue(quotes_of(text), "pledged").text == "that the town is ready for visitors, but wants a bigger ferry"


def test_writers_comparison_closing_a_report_is_cut(quotes_of):
    text = "Two council members said they will not back the pier plan, as has the mayor."
    assert by_cue(quotes_of(text), "said").text == "they will not back the pier plan"
    text = "Lena Voss said the ferry would be sold, as she said at the start of the meeting."
    assert [q.text for q in quotes_of(text)] == ["the ferry would be sold"]
    # a reason is the speaker's
    text = "Tomas Brandt said the harbour is safe, as he is still in charge of it."
    assert by_cue(quotes_of(text), "said").text == "the harbour is safe, as he is still in charge of it"


def test_subject_before_a_parenthetical_cue_opens_a_mixed_quote(quotes_of):
    text = "The council's plan for the harbour, Lena Voss said, ''is a fine example of planning'' for a small town."
    assert statements(quotes_of(text)) == [
        [("mixed", "The council's plan for the harbour"), ("mixed", "is a fine example of planning'' for a small town")]]


def test_asides_closing_a_report_are_cut_one_after_another(quotes_of):
    # the writer's participle goes first, then the relative clause it bared
    text = ("Other voters said they had heard nothing to pull them away from Tomas Brandt, who also held "
            "a rally in Harlow on Wednesday night, drawing 1,100 people.")
    assert by_cue(quotes_of(text), "said").text == "they had heard nothing to pull them away from Tomas Brandt"
