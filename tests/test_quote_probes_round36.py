"""Round 36 quote probes: detection batch 35 (in tests/quote_probe_cases.py, batch=35) -- photo captions
and TV news scripts ("Pictured:", "SOT: Mayor X: “...”", "(on camera)", "told Kelmar Tonight that"),
celebrity and entertainment gossip ("a source close to the couple told X magazine that", "An insider
claims:", a rep who "confirmed to" an outlet, "said one pal of the actor"), affidavits, charging documents
and lawsuits ("According to an affidavit,", "The complaint alleges that", "Prosecutors wrote in a filing
that", "The lawsuit calls the policy “...”"), investigative pieces ("Records obtained by X show that",
"In emails reviewed by X, the director wrote", "two officials with knowledge of the matter", "said one
official, who spoke on condition of anonymity"), horse racing and motor sport (jockeys, trainers, team
principals, "said over team radio") and false friends (a banner's words, a single's and a film's titles,
"dubbed “...” by fans", "so-called", "said to be", a scare quote, a horse named "Say No More") -- run as
tests/test_quote_probes_round8.py runs the main list: every case must pass, and an open case must fail
(strictly, so a fix shows). The rules the batch led to are tested below on fictional variants, with
what each must leave alone."""

from __future__ import annotations

import pytest
from probe_views import case_params
from probe_views import found as _found
from quote_probe_cases import CASES, OPEN_CASES, quote_keys

B35 = [c for c in CASES if c.batch == 35]


def test_batch_35_is_in_the_list():
    assert len(B35) >= 30


@pytest.mark.parametrize("case", case_params(B35, OPEN_CASES))
def test_probe_gives_exactly_the_expected_quotes(quotes_of, case):
    assert quote_keys(quotes_of(case.text), True) == quote_keys(case.quotes, True)


def test_a_tv_script_tag_before_a_label_is_no_part_of_it(quotes_of):
    # "SOT:" (sound on tape) tags the clip; the label after it names the speaker
    assert _found(quotes_of, "SOT: Fire chief Sam Oyelaran: \u201cThe roof could go at any time.\u201d") == [
        ("The roof could go at any time.", "direct", None, "Sam Oyelaran")]
    # page furniture is still no speaker, with or without the tag
    assert _found(quotes_of, "SOT: Watch: \u201cThe roof could go at any time.\u201d") == []


def test_a_speech_verb_inside_a_title_case_name_is_no_cue(quotes_of):
    assert _found(quotes_of, "Her horse, Say No More, won the sprint by two lengths.") == []
    assert _found(quotes_of, "The trainer entered Tell Me Twice in the Kelmar Stakes.") == []
    # a plain report after a comma stays one
    assert _found(quotes_of, "The colt ran well, said the trainer, Bill Cawley.") == [
        ("The colt ran well", "indirect", "said", "Bill Cawley")]
