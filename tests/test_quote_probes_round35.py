"""Round 35 quote probes: detection batch 34 (in tests/quote_probe_cases.py, batch=34) -- travel and
lifestyle features (locals by first name, "says" in the present, "“...,” she laughs", "“...,” he
shrugs", a guide who "explains"), radio phone-ins and letters to the editor ("caller Dave from X said",
"writes reader X of Y", "A listener texted:", "In a letter to the editor, X of Y argues that"),
explainers for young readers and Q&A explainers ("Experts say", "Scientists think": no quote without
beliefs, "According to the charity,", a question the explainer answers itself), property and consumer
columns ("A spokesperson for the letting agency said", "The ombudsman's ruling says", "The retailer told
X magazine that"), restaurant and product reviews (a menu that "promises", packaging that "says": the
document speaks, no person) and false friends ("said to be", "so-called", a scare quote, a song asked
for and one played, a film's title, a jar labelled “...”, a neon sign's words) -- run as
tests/test_quote_probes_round8.py runs the main list: every case must pass, and an open case must fail
(strictly, so a fix shows). The rules the batch led to are tested below on fictional variants, with
what each must leave alone."""

from __future__ import annotations

import pytest
from probe_views import case_params
from probe_views import found as _found
from quote_probe_cases import CASES, OPEN_CASES, quote_keys

B34 = [c for c in CASES if c.batch == 34]


def test_batch_34_is_in_the_list():
    assert len(B34) >= 30


@pytest.mark.parametrize("case", case_params(B34, OPEN_CASES))
def test_probe_gives_exactly_the_expected_quotes(quotes_of, case):
    assert quote_keys(quotes_of(case.text), True) == quote_keys(case.quotes, True)



def test_a_past_tense_the_lemmatizer_left_an_e_on_is_still_a_cue(quotes_of):
    # the lemmatizer makes "texted" "texte": the "-ed" stem is the listed verb
    assert _found(quotes_of, "A caller texted: \u201cThe bridge is shut again.\u201d") == [
        ("The bridge is shut again.", "direct", "texted", "A caller")]
    assert _found(quotes_of, "She texted that she was running late.") == [
        ("that she was running late", "indirect", "texted", "She")]
    # a verb whose stem is no speech verb is no cue
    assert _found(quotes_of, "He needed the money, he said.") == [
        ("He needed the money", "indirect", "said", "he")]


def test_where_a_named_person_lives_is_no_part_of_the_mention(quotes_of):
    # the recogniser runs "Ruth Penhale of Dunmere" into one person
    assert _found(quotes_of, "In a letter to the editor, Ruth Penhale of Dunmere argues that the ferry "
                             "timetable favours tourists.") == [
        ("that the ferry timetable favours tourists", "indirect", "argues", "Ruth Penhale")]
    assert _found(quotes_of, "Tom Ashby of Kelmar said the road was shut.") == [
        ("the road was shut", "indirect", "said", "Tom Ashby")]
    # an office "of" a place, with no first name before it, is left whole
    assert _found(quotes_of, "The Duke of Carrow said the road was shut.") == [
        ("the road was shut", "indirect", "said", "The Duke of Carrow")]


def test_a_works_title_asked_for_is_no_quote(quotes_of):
    assert _found(quotes_of, "Another listener asked for \u201cRainy Day Blues\u201d, and the show played "
                             "it twice.") == []
    # quoted words that are no title, and a plain request, are reports as before
    assert _found(quotes_of, "The union asked for \u201ca fair deal for every nurse\u201d.") == [
        ("\u201ca fair deal for every nurse\u201d", "mixed", "asked", "The union")]
    assert _found(quotes_of, "She asked for calm.") == [("calm", "indirect", "asked", "She")]
