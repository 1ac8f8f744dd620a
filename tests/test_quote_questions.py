"""Forms added for issue 3's third round: reporter questions, a clause before a parenthetical
cue, and the writer's comment after a report.

Every fixture is a fictional report written for these tests (invented people, towns, outlets).
"""

from __future__ import annotations


from quote_checks import by_cue

from storyweave.analyze.statements import group_statements


def test_reporters_question_is_a_quote_with_no_speaker(quotes_of):
    text = "Asked whether he would run again, Tomas Brandt said he had not decided."
    quotes = quotes_of(text)
    asked = by_cue(quotes, "asked")
    assert asked.text == "whether he would run again"
    # the one asked is not the one who asked
    assert asked.speaker_name is None
    answer = by_cue(quotes, "said")
    assert answer.text == "he had not decided"
    assert answer.speaker_name == "Tomas Brandt"


def test_question_put_to_someone_named(quotes_of):
    text = "Reporters asked Mayor Lena Voss if the ferry would run in May."
    q = by_cue(quotes_of(text), "asked")
    assert q.text == "if the ferry would run in May"


def test_passive_wh_question(quotes_of):
    text = "Lena Voss was asked why she left the council."
    assert by_cue(quotes_of(text), "asked").text == "why she left the council"


def test_asked_about_gives_the_topic(quotes_of):
    text = "Asked about the merger, the chief executive of Corvel Foods declined to comment."
    q = by_cue(quotes_of(text), "asked")
    assert q.text == "the merger"
    assert q.speaker_name is None


def test_past_participle_that_is_no_question_stays_out(quotes_of):
    text = "Named in the lawsuit, Tomas Brandt said he would fight it."
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == ["he would fight it"]


def test_clause_before_a_parenthetical_cue_joins_the_quote(quotes_of):
    text = "If turnout keeps falling, Lena Voss wrote, “the council will lose its mandate.”"
    quotes = quotes_of(text)
    # one statement in two parts sharing the cue: the clause, then the quoted words
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", "If turnout keeps falling"), ("direct", "the council will lose its mandate.")]
    assert {q.cue for q in quotes} == {"wrote"}
    assert {q.speaker_name for q in quotes} == {"Lena Voss"}
    assert [len(g) for g in group_statements(quotes)] == [2]


def test_lower_case_quote_finishes_the_sentence_begun_before_the_cue(quotes_of):
    text = "The roads were empty, Tomas Brandt added, “but people still came to the hall.”"
    quotes = quotes_of(text)
    groups = group_statements(quotes)
    assert [[q.text for q in g] for g in groups] == [
        ["The roads were empty", "but people still came to the hall."]]
    assert {q.speaker_name for q in quotes} == {"Tomas Brandt"}


def test_framing_phrase_before_the_cue_is_not_taken_as_lead_in(quotes_of):
    # a main clause of the writer's before a quote that opens its own sentence
    text = "The hall was full, Tomas Brandt said, “We expected twice as many.”"
    quotes = quotes_of(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["We expected twice as many."]
    assert not any(q.kind == "mixed" for q in quotes)


def test_participle_after_a_comma_is_the_writers_comment(quotes_of):
    text = "The Harlow Water Board said the plant would close, echoing a memo sent to staff last week."
    q = by_cue(quotes_of(text), "said")
    assert q.text == "the plant would close"


def test_participle_of_the_speakers_own_claim_stays(quotes_of):
    text = "The Harlow Water Board said it raised $2 million in May, bringing its total to $9 million."
    q = by_cue(quotes_of(text), "said")
    assert q.text == "it raised $2 million in May, bringing its total to $9 million"


def test_naming_an_object_is_a_statement_without_quotation_marks(quotes_of):
    quotes = quotes_of("Tomas Brandt called the harbour plan a disgrace.")
    assert by_cue(quotes, "called").text == "the harbour plan a disgrace"
    assert by_cue(quotes, "called").speaker_name == "Tomas Brandt"
    quotes = quotes_of("Lena Voss described the ferry deal as reckless.")
    assert by_cue(quotes, "described").text == "the ferry deal as reckless"


def test_called_as_a_name_giver_is_no_statement(quotes_of):
    assert quotes_of("A group called the River Trust filed suit on Monday.") == []


def test_participle_inside_a_noun_phrase_is_no_cue(quotes_of):
    assert quotes_of("The totals include pledged delegates and superdelegates.") == []
    # the verb itself still reports
    q = by_cue(quotes_of("Lena Voss has pledged support to the dock workers."), "pledged")
    assert q.text == "support to the dock workers"


def test_writers_comment_after_a_closing_quotation_mark(quotes_of):
    text = "Tomas Brandt said the talks “should be wrapped up by June,” referring to the summer congress."
    q = by_cue(quotes_of(text), "said")
    assert "referring" not in q.text
    assert q.text.startswith("the talks “should be wrapped up by June")


def test_according_to_closing_a_sentence_covers_all_its_clauses(quotes_of):
    text = ("Turnout rose in the north, and it fell sharply in the coastal wards, "
            "according to figures from the Harlow electoral office.")
    q = by_cue(quotes_of(text), "according")
    assert q.text == "Turnout rose in the north, and it fell sharply in the coastal wards"


def test_according_to_after_a_colon_keeps_to_its_own_clause(quotes_of):
    text = ("The board faced one problem: the pier was closed, and the ferry was late, "
            "according to the harbour master.")
    q = by_cue(quotes_of(text), "according")
    assert not q.text.startswith("The board")


def test_wh_object_question_before_the_answer(quotes_of):
    text = "Asked what qualities the next harbour master should have, Lena Voss said patience."
    quotes = quotes_of(text)
    asked = by_cue(quotes, "asked")
    assert asked.text == "what qualities the next harbour master should have"
    assert asked.speaker_name is None
