"""Round 17 quote detection: the forms batch 16 of tests/quote_probe_cases.py (features with
several voices, group speakers, denials, hedged reports, reports of reports, podcast and
press-conference transcripts, embedded posts, translated words, Indian, Nigerian, Kenyan and
Filipino papers, passive reports, headline quotes with a standfirst) found missing, and two
forms seen missing on PolNeAR train (a gerund subject after "said", a cue closing its
sentence that the parser hung on the report), each tested on its own fictional variants with
what each rule must leave alone."""

from __future__ import annotations

from quote_checks import rows


def test_a_podcast_transcripts_time_stamps_open_its_labels(quotes_of):
    text = ("[01:12:05] NELL FARRAH: Where did the money go?\n\n"
            "[01:12:09] OWEN STACK: Nobody could tell me.")
    assert rows(quotes_of(text)) == [("Where did the money go?", "direct", None, "NELL FARRAH"),
                                   ("Nobody could tell me.", "direct", None, "OWEN STACK")]


def test_q_lines_between_labelled_answers_end_a_turn_and_keep_the_chain(quotes_of):
    text = ("Q: Mayor, when will the library reopen?\n\nMAYOR NIA OKORO: In the spring, if the roof "
            "is fixed.\n\nQ: And if it is not?\n\nOKORO: Then we wait.")
    assert rows(quotes_of(text)) == [("In the spring, if the roof is fixed.", "direct", None, "MAYOR NIA OKORO"),
                                   ("Then we wait.", "direct", None, "OKORO")]


def test_one_named_answer_after_a_q_line_is_a_turn(quotes_of):
    text = ("Chief Constable Ruth Aldane took questions.\n\nQ: Will the station close?\n\n"
            "ALDANE: Not this year.")
    quotes = quotes_of(text)
    assert rows(quotes) == [("Not this year.", "direct", None, "ALDANE")]
    assert quotes[0].speaker_name == "Ruth Aldane"


def test_a_lone_name_label_heading_prose_is_still_no_turn(quotes_of):
    text = "Mira Sato: A life in pictures\n\nMs Sato has photographed the valley for forty years."
    assert quotes_of(text) == []


def test_a_report_through_an_interpreter_keeps_its_that_clause(quotes_of):
    text = "Okafor told the tribunal through a Yoruba interpreter that she had signed nothing."
    assert rows(quotes_of(text)) == [("that she had signed nothing", "indirect", "told", "Okafor")]
    assert quotes_of("The witness walked through a door that led to the yard.") == []


def test_a_headline_quote_takes_the_speaking_subject_of_its_standfirst(quotes_of):
    text = ("\u2018We will not be moved\u2019\n\nTenants vow to fight eviction from Kell Street flats\n\n"
            "Forty families received letters last week.")
    assert rows(quotes_of(text))[0] == ("We will not be moved", "direct", None, "Tenants")
    text = "\u2018Enough is enough\u2019\n\nNurses say pay offer is an insult\n\nTalks resume on Monday."
    assert ("Enough is enough", "direct", None, "Nurses") in rows(quotes_of(text))


def test_a_quoted_title_over_a_standfirst_that_reports_nothing_is_no_quote(quotes_of):
    text = ("\u2018Harbour Lights\u2019\n\nPainter Ivo Marsh returns with a show about the sea\n\n"
            "The show opens on Friday.")
    assert quotes_of(text) == []
    # a standfirst written as a sentence, with its full stop, is no headline's subhead
    text = "\u2018Enough is enough\u2019\n\nNurses say pay offer is an insult."
    assert [q.text for q in quotes_of(text)] == ["pay offer is an insult"]


def test_an_embedded_post_signed_with_a_handle_is_the_signers(quotes_of):
    text = ("The rink reopened on Saturday.\n\nBack on the ice at last. Thank you all.\n\n"
            "\u2014 Tola Ade (@tolaade) January 9, 2026")
    assert rows(quotes_of(text)) == [("Back on the ice at last. Thank you all.", "direct", None, "Tola Ade")]


def test_a_dash_and_a_name_without_a_handle_make_no_post(quotes_of):
    text = "The rink reopened on Saturday.\n\nBack on the ice at last.\n\n\u2014 Tola Ade"
    assert quotes_of(text) == []


def test_a_gerund_subject_after_said_is_part_of_the_report(quotes_of):
    text = "Mr Kell said keeping the branch open would cost \u00a32m a year."
    assert rows(quotes_of(text)) == [("keeping the branch open would cost \u00a32m a year", "indirect", "said",
                                    "Mr Kell")]
    # with "that", the clause is the parser's own complement, as before
    assert rows(quotes_of("She said that closing the pool had been a mistake.")) == [
        ("that closing the pool had been a mistake", "indirect", "said", "She")]


def test_a_cue_closing_its_sentence_reports_the_clause_before_the_comma(quotes_of):
    text = "The ward will reopen in June, Health Minister Jo Pike told a committee on Tuesday."
    assert rows(quotes_of(text)) == [("The ward will reopen in June", "indirect", "told", "Jo Pike")]


def test_no_closing_cue_no_report_and_no_report_of_a_subordinate_clause(quotes_of):
    assert quotes_of("The roads were quiet on Sunday, and the shops stayed shut.") == []
    assert quotes_of("When the council meets, she said.") == []


def test_a_that_clause_hung_on_a_noun_after_the_one_told_is_the_report(quotes_of):
    text = "Ms Pike told Jo Reed at a debate that the pier would be rebuilt."
    assert rows(quotes_of(text)) == [("that the pier would be rebuilt", "indirect", "told", "Ms Pike")]
    # a relative clause with its own "that" subject says nothing: no report
    assert quotes_of("He spoke at a rally that drew 5,000 people.") == []


def test_a_clause_before_a_dash_is_the_writers_when_the_cue_has_a_that_clause(quotes_of):
    text = ("Mr Pask seems to know the vote is lost \u2014 he told the Courier that his task now is "
            "to win back the town.")
    assert rows(quotes_of(text)) == [("that his task now is to win back the town", "indirect", "told", "he")]
