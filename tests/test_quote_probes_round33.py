"""Round 33 quote probes: detection batch 32 (in tests/quote_probe_cases.py, batch=32) -- West and
East African English-language press ("said while speaking with journalists ... that", "told our
correspondent:", "in a statement signed by", honorific chains), arts criticism and reviews (a critic
"calls" a show "“...”", star ratings, a book's own line, an author who "writes" in her memoir), court
judgments and regulatory rulings (a 40-page ruling, a dissent, "the panel's decision states", "the
tribunal found": open), sermons and ceremonies ("told worshippers", "said in his homily", a
congregation's "Amen"), think-tank reports and polls ("the report concludes", "respondents said",
"according to the survey", a lead author), the open forms of round 32 (a stamp line before "Mayor X
said", "called last year “...”") and false friends ("said to be", "so-called", a scare quote, titles
of songs, hymns and books, carved words) -- run as tests/test_quote_probes_round8.py runs the main
list: every case must pass, and an open case must fail (strictly, so a fix shows). The rules the
batch led to are tested below on fictional variants, with what each must leave alone."""

from __future__ import annotations

import pytest
from probe_views import case_params
from probe_views import found as _found
from quote_probe_cases import CASES, OPEN_CASES, quote_keys

B32 = [c for c in CASES if c.batch == 32]


def test_batch_32_is_in_the_list():
    assert len(B32) >= 30


@pytest.mark.parametrize("case", case_params(B32, OPEN_CASES))
def test_probe_gives_exactly_the_expected_quotes(quotes_of, case):
    assert quote_keys(quotes_of(case.text), True) == quote_keys(case.quotes, True)



def test_an_occasion_the_parser_hung_inside_the_that_clause_stays_the_cues(quotes_of):
    # the parser hangs "while speaking ... on Tuesday" on the reported verb, before its "that"
    assert _found(quotes_of, "The minister said while speaking with journalists in Umuaro on Tuesday that "
                             "salaries would be paid.") == [
        ("that salaries would be paid", "indirect", "said", "The minister")]
    # the occasion hung on the cue, and a plain time, were cut before and still are
    assert _found(quotes_of, "The governor said while addressing journalists in Okanla that salaries would "
                             "be paid.") == [("that salaries would be paid", "indirect", "said", "The governor")]
    assert _found(quotes_of, "The minister said on Tuesday that salaries would be paid.") == [
        ("that salaries would be paid", "indirect", "said", "The minister")]
    # a second "that" clause after the first stays in the report
    assert _found(quotes_of, "The minister said while visiting the site that she was pleased, and that more "
                             "money would come.") == [
        ("that she was pleased, and that more money would come", "indirect", "said", "The minister")]


def test_said_to_be_is_hearsay_not_a_report(quotes_of):
    assert quotes_of("Three men said to be members of the gang were arrested in Ogbaru on Sunday.") == []
    assert quotes_of("The new chip is said to be twice as fast as its predecessor.") == []
    # a report inside the hearsay is still a report
    assert _found(quotes_of, "The firm is said to have told staff that 40 jobs would go.") == [
        ("that 40 jobs would go", "indirect", "told", "The firm")]


def test_a_time_named_by_a_naming_verb_is_its_object(quotes_of):
    # the parser makes "last year" when the calling happened (and, after a common noun, makes
    # "called" a modifier of the noun, as in "a man called Tom")
    assert _found(quotes_of, "Jane Roe called last year \u201ca disaster for the club\u201d.") == [
        ("last year \u201ca disaster for the club\u201d", "mixed", "called", "Jane Roe")]
    assert _found(quotes_of, "The chairman called last year \u201ca disaster for the club\u201d.") == [
        ("last year \u201ca disaster for the club\u201d", "mixed", "called", "The chairman")]
    # a real object, or no quoted name, is left as it was
    assert _found(quotes_of, "The chairman called the season \u201ca disaster\u201d.") == [
        ("the season \u201ca disaster\u201d", "mixed", "called", "The chairman")]
    assert quotes_of("Jane Roe called last year.") == []
    assert _found(quotes_of, "The mayor called Tuesday for calm.") == [("calm", "indirect", "called", "The mayor")]
