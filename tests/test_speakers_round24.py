"""Round 24 speaker finding (round 31 of quotes): speaker batch 28 of tests/speaker_probe_cases.py
-- live-blog stamps on a line of their own, emailed and translated statements, "per a company
spokesperson", "Speaking through a spokesperson", bulleted reactions, a caption ending in a colon,
reported questions, "X and Y both said", "in the words of X", "for her part", "went further,
saying", "Separately, the ministry said" after a minister -- and the rules it led to, each
tested on fictional variants with what each rule must leave alone."""

from __future__ import annotations

from speaker_probe_cases import CASES


def test_batch_28_is_in_the_list():
    assert sum(c.batch == 28 for c in CASES) >= 10


def _found(quotes_of, text: str):
    return [(q.text, q.cue, q.speaker, q.speaker_name) for q in quotes_of(text)]


def test_a_retort_with_a_that_clause_is_a_report(quotes_of):
    # "back" parsed as an adverb: the cue is still "shot back", "hit back", "fired back"
    assert _found(quotes_of, "The union shot back that the offer was an insult.") == [
        ("that the offer was an insult", "shot back", "The union", None)]
    assert _found(quotes_of, "Jane Roe hit back that the figures were wrong.") == [
        ("that the figures were wrong", "hit back", "Jane Roe", "Jane Roe")]
    # no clause of words: no report
    assert quotes_of("The striker shot back into the box and scored.") == []


def test_a_wish_to_know_is_a_reported_question(quotes_of):
    assert _found(quotes_of, "Jane Roe wanted to know why the library had closed.") == [
        ("why the library had closed", "wanted to know", "Jane Roe", "Jane Roe")]
    # a wish with no question after it asks nothing
    assert quotes_of("Jane Roe wanted to know more about the scheme.") == []
    assert quotes_of("Fans want to see the team win.") == []


def test_the_subject_of_a_ready_adjective_speaks(quotes_of):
    assert _found(quotes_of, "The minister was keen to stress that no decision had been made.") == [
        ("that no decision had been made", "stress", "The minister", None)]
    assert _found(quotes_of, "Jane Roe was quick to point out that the bridge was safe.") == [
        ("that the bridge was safe", "point out", "Jane Roe", "Jane Roe")]


def test_both_makes_joined_names_one_mention(quotes_of):
    assert _found(quotes_of, "Jane Roe and Tom Vale both warned that the bridge was unsafe.") == [
        ("that the bridge was unsafe", "warned", "Jane Roe and Tom Vale", None)]
    assert _found(quotes_of, "Both Jane Roe and Tom Vale said the plan was sound.") == [
        ("the plan was sound", "said", "Jane Roe and Tom Vale", None)]
    # unmarked, the first named is given (see _joined_names)
    assert _found(quotes_of, "Jane Roe and Tom Vale said the plan was sound.") == [
        ("the plan was sound", "said", "Jane Roe", "Jane Roe")]


def test_a_titled_name_owning_an_office(quotes_of):
    quotes = quotes_of("Senator Wren Halloway's office said she would not run again.")
    assert [(q.speaker, q.speaker_name, q.speaker_role) for q in quotes] == [
        ("Senator Wren Halloway's office", "Wren Halloway", "Senator")]


def test_a_caption_naming_where_the_words_were_said(quotes_of):
    assert _found(quotes_of, "Jane Roe in Brussels: \u201cWe will not sign.\u201d") == [
        ("We will not sign.", None, "Jane Roe", "Jane Roe")]
    # a line that goes on past the quote is no caption
    assert all(q.speaker != "Jane Roe" or q.cue is not None for q in quotes_of(
        "Jane Roe at the rally: \u201cWe will not sign,\u201d she said, and left."))


def test_both_joins_unnamed_speakers_too(quotes_of):
    assert _found(quotes_of, "\u201cWe will rebuild,\u201d the mayor and her deputy both said.") == [
        ("We will rebuild,", "said", "the mayor and her deputy", None)]
    assert _found(quotes_of, "Both the mayor and her deputy said the bridge would reopen.") == [
        ("the bridge would reopen", "said", "the mayor and her deputy", None)]

