"""Round 34 quote probes: detection batch 33 (in tests/quote_probe_cases.py, batch=33) -- military and
defence briefings (ranks "Lt. Col.", "Maj. Gen.", "Rear Adm.", "a defence official who was not
authorised to speak publicly", "the ministry said in its daily update"), election-night coverage (a
concession "told supporters:", "told cheering supporters that", a returning officer who "declared that",
an exit-poll professor, a results line over "Name: “...”", a victory speech's "vowed to"), corporate
filings and market notices ("said in a regulatory filing", "The prospectus warns that", "In a letter to
shareholders, ... wrote", analysts who "wrote in a note to clients"), live text commentary of sports
("FT:", "88 min:", "Coach X: “...”": open, the job kept as a title), weather and emergency warnings ("a
yellow warning ... says", a fire and rescue service that "urged drivers to"), the open form of a live-blog
stamp line ("Updated at 5.30pm" before "Mayor X said": found) and false friends ("said to be close to",
a code name, "so-called", a song, a compound modifier in marks, signs reading words, a film's title) --
run as tests/test_quote_probes_round8.py runs the main list: every case must pass, and an open case must
fail (strictly, so a fix shows). The rules the batch led to are tested below on fictional variants, with
what each must leave alone."""

from __future__ import annotations

import pytest
from probe_views import case_params
from probe_views import found as _found
from quote_probe_cases import CASES, OPEN_CASES, quote_keys

B33 = [c for c in CASES if c.batch == 33]


def test_batch_33_is_in_the_list():
    assert len(B33) >= 30


@pytest.mark.parametrize("case", case_params(B33, OPEN_CASES))
def test_probe_gives_exactly_the_expected_quotes(quotes_of, case):
    assert quote_keys(quotes_of(case.text), True) == quote_keys(case.quotes, True)



def test_an_ing_word_on_the_one_told_is_no_part_of_the_report(quotes_of):
    # the parser makes "cheering" an xcomp of "told" with "supporters" its object, and may hang the
    # clause on "cheering": who was told stays out, whichever word the clause hangs on
    assert _found(quotes_of, "Sam Oduya told cheering supporters that \u201ca new chapter starts "
                             "tonight\u201d.") == [
        ("that \u201ca new chapter starts tonight\u201d", "mixed", "told", "Sam Oduya")]
    assert _found(quotes_of, "Sam Oduya told cheering supporters that a new chapter starts tonight.") == [
        ("that a new chapter starts tonight", "indirect", "told", "Sam Oduya")]
    assert _found(quotes_of, "The coach told waiting reporters that the striker would miss the final.") == [
        ("that the striker would miss the final", "indirect", "told", "The coach")]
    # a plain addressee, and one urged to do something (who goes with what), are as they were
    assert _found(quotes_of, "He told reporters that the plan was dead.") == [
        ("that the plan was dead", "indirect", "told", "He")]
    assert _found(quotes_of, "She urged cheering crowds to vote early.") == [
        ("cheering crowds to vote early", "indirect", "urged", "She")]


def test_a_body_named_with_and_that_the_recogniser_split_is_one_speaker(quotes_of):
    # the small model tags "Kelmar Fire" a person and "Rescue Service" a body
    assert _found(quotes_of, "In a post on X, Kelmar Fire and Rescue Service urged drivers to avoid the A41.") == [
        ("drivers to avoid the A41", "indirect", "urged", "Kelmar Fire and Rescue Service")]
    assert _found(quotes_of, "Kelmar Fire and Rescue Service said the blaze was out.") == [
        ("the blaze was out", "indirect", "said", "Kelmar Fire and Rescue Service")]
    # a person, or a body, joined by "and" to another body is no one name
    assert _found(quotes_of, "Jane Roe and Kelmar Council said the road would close.")[0][3] != \
        "Jane Roe and Kelmar Council"
    assert _found(quotes_of, "Kelmar Council and Harbour Authority said the road would close.")[0][3] != \
        "Kelmar Council and Harbour Authority"
