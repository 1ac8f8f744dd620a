"""Content boundaries and forms added for issue 3's second round (PolNeAR error analysis).

Every fixture is a fictional report written for these tests (invented people, towns, outlets).
"""

from __future__ import annotations


from quote_checks import by_cue

from storyweave.analyze.statements import group_statements


def test_content_never_reaches_into_the_headline_or_the_dateline(quotes_of):
    text = ("Mayor quits over budget row.\n\n"
            "LAKEVILLE (Wirepress) — A report published Monday said Mayor Ana Ferreira used "
            "city funds to pay for a private trip.")
    q = by_cue(quotes_of(text), "said")
    assert q.text == "Mayor Ana Ferreira used city funds to pay for a private trip"


def test_dateline_is_not_part_of_a_content_before_its_cue(quotes_of):
    text = "RIVERTON, Ore. (Wirepress) — The city will close the old bridge in March, officials said."
    q = by_cue(quotes_of(text), "said")
    assert q.text == "The city will close the old bridge in March"


def test_second_report_coordinated_with_the_first_is_its_own_quote(quotes_of):
    text = "Tomas Brandt said the budget was balanced and told the council that it would pass easily."
    quotes = quotes_of(text)
    first, second = by_cue(quotes, "said"), by_cue(quotes, "told")
    assert first.text == "the budget was balanced"
    assert second.text == "that it would pass easily"
    assert first.speaker_name == second.speaker_name == "Tomas Brandt"


def test_trailing_relative_clause_after_a_comma_is_the_writers_gloss(quotes_of):
    text = "Tomas Brandt said the emails went to Lena Voss, who was then his deputy."
    assert by_cue(quotes_of(text), "said").text == "the emails went to Lena Voss"


def test_parenthetical_cue_inside_a_short_clause_keeps_both_sides(quotes_of):
    # the words around the attribution are two parts of one statement, as for direct quotes
    quotes = quotes_of("Lena Voss spoke at the pier. This plan, she said, is dead.")
    assert [(q.text, q.kind, q.cue, q.speaker_name) for q in quotes] == [
        ("This plan", "indirect", "said", "Lena Voss"), ("is dead", "indirect", "said", "Lena Voss")]
    assert [[q.text for q in g] for g in group_statements(quotes)] == [["This plan", "is dead"]]


def test_as_clause_reports_the_main_clause(quotes_of):
    text = "As the Harbor Gazette reported, the ferry will stop running in May."
    q = by_cue(quotes_of(text), "reported")
    assert q.text == "the ferry will stop running in May"
    assert q.speaker_name and "Harbor Gazette" in q.speaker_name


def test_reported_clause_finished_by_a_direct_quote_is_one_mixed_quote(quotes_of):
    text = "Councillor Mira Holt said that once the vote is held, “we will rebuild the pier before the summer.”"
    quotes = quotes_of(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "mixed"
    assert q.text.startswith("that once the vote is held") and "rebuild the pier before the summer" in q.text
    assert q.speaker_name == "Mira Holt"


def test_call_for_and_call_on_need_no_quoted_words(quotes_of):
    text = "Mayor Ana Ferreira called for calm. Councillor Mira Holt called on the council to delay the vote."
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["calm", "the council to delay the vote"]
    assert [q.speaker_name for q in quotes] == ["Ana Ferreira", "Mira Holt"]


def test_according_to_set_off_inside_its_clause_takes_the_whole_clause(quotes_of):
    text = "The ferry carries, according to the port authority, about 3,000 people a day."
    quotes = quotes_of(text)
    assert [[q.text for q in g] for g in group_statements(quotes)] == [
        ["The ferry carries", "about 3,000 people a day"]]
    assert {q.speaker for q in quotes} == {"the port authority"}


def test_according_to_after_a_noun_takes_its_clause(quotes_of):
    text = "Ana Ferreira leads Tomas Brandt by 212 votes, according to the county clerk."
    q = by_cue(quotes_of(text), "according to")
    assert q.text == "Ana Ferreira leads Tomas Brandt by 212 votes"


def test_subordinate_clause_hung_on_the_cue_belongs_to_the_content(quotes_of):
    text = "Tomas Brandt threatened to resign unless the council restores the grant."
    assert by_cue(quotes_of(text), "threatened").text == "to resign unless the council restores the grant"


def test_who_is_urged_goes_with_what(quotes_of):
    q = by_cue(quotes_of("Lena Voss urged the council to delay the vote."), "urged")
    assert q.text == "the council to delay the vote"


def test_praise_without_quoted_words_is_an_opinion_not_a_quote(quotes_of):
    text = "Mira Holt praised the fire crews."
    assert quotes_of(text) == []
    # PolNeAR-style attributions (beliefs and endorsements) keep it
    assert [q.text for q in quotes_of(text, beliefs=True)] == ["the fire crews"]


def test_object_of_stress_is_the_message(quotes_of):
    q = by_cue(quotes_of("Lena Voss stressed her experience in the port."), "stressed")
    assert q.text == "her experience in the port"


def test_cue_after_a_long_subject_with_apposition(quotes_of):
    text = "“We are ready for the storm,” Tomas Brandt, the head of the harbour workers’ union in the town, said."
    quotes = quotes_of(text)
    assert len(quotes) == 1 and quotes[0].cue == "said"
    assert quotes[0].speaker_name == "Tomas Brandt"


def test_quoted_word_inside_a_sentence_is_a_mixed_quote_with_its_mark(quotes_of):
    text = "Ana Ferreira said “sorry” to the families on Monday."
    q = by_cue(quotes_of(text), "said")
    assert q.kind == "mixed"
    assert q.text == "“sorry” to the families on Monday"


def test_paragraph_with_its_own_cue_is_a_new_statement_after_an_open_quote(quotes_of):
    text = ("“The tide tables are wrong,” Tomas Brandt said. “Nobody checked them this year.\n\n"
            "“We asked twice,” he said with a shrug. “Nobody answered.”")
    quotes = quotes_of(text)
    second = [q for q in quotes if q.text.startswith("We asked twice")]
    assert len(second) == 1
    assert second[0].cue_start == text.index("said with")
    assert second[0].speaker_name == "Tomas Brandt"
    assert all(not q.text.startswith("Nobody checked") or q.cue_start == text.index("said.") for q in quotes)


def test_quote_after_another_persons_sentence_is_theirs(quotes_of):
    text = ("“The tide tables are wrong,” Tomas Brandt said on Monday.\n\n"
            "Dr Ines Larkin agreed. “The numbers have not been updated since the flood.”")
    quotes = quotes_of(text)
    last = [q for q in quotes if q.text.startswith("The numbers")]
    assert len(last) == 1
    assert last[0].speaker_name == "Ines Larkin"
    assert last[0].cue is None  # "agreed" is no reporting verb: no cue is shared with Brandt's


def test_said_yes_and_said_the_same_of(quotes_of):
    text = ("Asked whether the pier would reopen, Tomas Brandt said yes. "
            "Lena Voss said the same of the ferry.")
    quotes = quotes_of(text)
    # the reporter's question is a quote of its own, with no speaker (tests/test_quote_questions.py)
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("whether the pier would reopen", None), ("yes", "Tomas Brandt"), ("the same of the ferry", "Lena Voss")]


def test_summary_phrase_after_the_content_is_the_writers(quotes_of):
    text = "Tomas Brandt said the harbour fees would rise in June, an admission his rivals quickly seized on."
    assert by_cue(quotes_of(text), "said").text == "the harbour fees would rise in June"


def test_clause_before_a_colon_is_not_the_content_of_a_later_cue(quotes_of):
    text = "The budget was late again: Some councillors said the mayor had ignored their letters."
    assert by_cue(quotes_of(text), "said").text == "the mayor had ignored their letters"


def test_long_subject_with_apposition_is_the_speaker_not_the_content(quotes_of):
    text = "Pavel Okonkwo, a fisherman helping to organise the protest, said the quota was unfair."
    q = by_cue(quotes_of(text), "said")
    assert q.text == "the quota was unfair"
    assert q.speaker_name == "Pavel Okonkwo"


def test_as_clause_after_a_conjunction(quotes_of):
    text = "And, as the Harbor Gazette reported, the ferry will stop running in May."
    assert by_cue(quotes_of(text), "reported").text == "the ferry will stop running in May"


def test_tweeted_after_a_quote_is_its_cue(quotes_of):
    text = "“The ferry is late again!” Lena Voss, a councillor for the harbour ward, tweeted on Monday."
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].cue == "tweeted" and quotes[0].speaker_name == "Lena Voss"


def test_second_that_clause_belongs_to_the_same_report(quotes_of):
    text = "Tomas Brandt said the pier would reopen in May and that the ferry would follow in June."
    q = by_cue(quotes_of(text), "said")
    assert q.text == "the pier would reopen in May and that the ferry would follow in June"
