"""Round 27 quotes: the forms detection batch 26 of tests/quote_probe_cases.py found wrong, each
tested on its own fictional variants with what each rule must leave alone: an imperative that
opens its sentence reports nobody's words ("Ask your pharmacist", "Tell us your story"); before
an inverted cue it is the cue's subject's words; a paper that "asks" its own question is the
writer; a headline with no full stop that runs into the next paragraph leaves the subject
written there."""

from __future__ import annotations


def _found(quotes):
    return [(q.text, q.cue, q.speaker) for q in quotes]


def test_an_imperative_is_no_report(quotes_of):
    for text in ("Report any side effects to the Drugs Office through its website.",
                 "Please tell your midwife if the swelling gets worse.",
                 "Ask a pharmacist whether your inhaler is one of the packs recalled.",
                 "Tell us what happened to you: write to letters@kelby-post.example."):
        assert _found(quotes_of(text)) == [], text
    # a subject, a quote mark or a modal makes it a report again
    assert _found(quotes_of("Nurses tell patients to ask a pharmacist.")) == [
        ("patients to ask a pharmacist", "tell", "Nurses")]
    assert _found(quotes_of("\u201cAsk the minister,\u201d she said.")) == [("Ask the minister,", "said", "she")]


def test_an_imperative_before_an_inverted_cue_is_the_cues_report(quotes_of):
    assert _found(quotes_of("Write to your MP about the closure, the campaign urged members.")) == [
        ("Write to your MP about the closure", "urged", "the campaign")]
    assert _found(quotes_of("Report faults through the app, the company said.")) == [
        ("Report faults through the app", "said", "the company")]


def test_a_paper_asking_its_own_question_is_the_writer(quotes_of):
    assert _found(quotes_of("The Kelby Post asks: why did nobody act?")) == []
    assert _found(quotes_of("This week the Clarion asks whether the pier is safe.")) == []
    # a body that asks, or a paper that asked someone, reports
    assert _found(quotes_of("The council asks whether the pier is safe.")) == [
        ("whether the pier is safe", "asks", "The council")]
    assert _found(quotes_of("The Clarion asked the mayor whether the pier was safe.")) == [
        ("whether the pier was safe", "asked", "The Clarion")]


def test_a_headline_run_into_the_next_paragraph_leaves_its_subject(quotes_of):
    text = "Report: Pier was unsafe for years\n\nHarbour engineers warned in 2021 that the pier was unsafe."
    assert _found(quotes_of(text)) == [("that the pier was unsafe", "warned", "Harbour engineers")]
