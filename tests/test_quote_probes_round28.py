"""Round 28 quote probes: detection batch 27 (tests/quote_probe_cases_b27.py) -- English-language
papers of Nigeria, Kenya, Ghana, the Philippines, Pakistan and Malaysia, a broadcaster's wire,
sports interviews, analysts' notes, press-conference transcripts, ellipses, em-dash interruptions
and nested marks, with their false friends -- run as tests/test_quote_probes_round8.py runs the
main list: every case must pass, and an open case must fail (strictly, so a fix shows)."""

from __future__ import annotations

import pytest
from probe_views import case_params
from quote_probe_cases import quote_keys
from quote_probe_cases_b27 import B27_CASES, B27_OPEN_CASES


@pytest.mark.parametrize("case", case_params(B27_CASES, B27_OPEN_CASES))
def test_probe_gives_exactly_the_expected_quotes(quotes_of, case):
    assert quote_keys(quotes_of(case.text), True) == quote_keys(case.quotes, True)


# the forms batch 27 found wrong that round 28 fixed, each on its own fictional variants with
# what each rule must leave alone

def _found(quotes):
    return [(q.text, q.cue, q.speaker) for q in quotes]


def test_a_dash_after_the_tag_that_split_a_quote_introduces_its_rest(quotes_of):
    text = "\u201cWe queued all night,\u201d he said \u2014 \u201cand still got nothing.\u201d"
    assert _found(quotes_of(text)) == [("We queued all night,", "said", "he"),
                                       ("and still got nothing.", "said", "he")]
    text = "\u201cWe queued all night\u201d \u2013 Ada Roe said \u2013 \u201cand still got nothing.\u201d"
    assert _found(quotes_of(text)) == [("We queued all night", "said", "Ada Roe"),
                                       ("and still got nothing.", "said", "Ada Roe")]
    # a dash after a clause that is no tag leads into quoted words of that clause, not a new quote
    text = ("She went on to praise \u201cThe Long Field,\u201d and boast about her farm in Delmore "
            "\u2014 \u201cwhich is a lovely spot.\u201d")
    assert all(q.kind != "direct" for q in quotes_of(text))


def test_speaking_of_a_topic_is_the_writers_turn(quotes_of):
    for text in ("Speaking of the weather, the final went ahead despite a downpour.",
                 "Talking of money, the club has spent \u00a340m this summer."):
        assert _found(quotes_of(text)) == [], text
    # before a report it frames that report, which stays
    assert _found(quotes_of("Speaking of his late wife, he said she had loved the sea.")) == [
        ("she had loved the sea", "said", "he")]


def test_noted_for_is_famous_for(quotes_of):
    for text in ("The village, noted for its cider, hosted the fair.",
                 "The coast here is noted for its cliffs and caves."):
        assert _found(quotes_of(text)) == [], text
    assert _found(quotes_of("She noted for the record that the vote was unanimous.")) == [
        ("that the vote was unanimous", "noted", "She")]


def test_a_declared_sum_of_wealth_is_no_report(quotes_of):
    assert _found(quotes_of("The senator declared assets worth 3 million cedis to the commission.")) == []
    # earnings with no sum, or a clause, stay reports (PolNeAR train marks "disclosing his earnings")
    assert _found(quotes_of("He declined to disclose his earnings.")) == [("his earnings", "disclose", "He")]
    assert _found(quotes_of("The firm disclosed that it held assets worth 2 million euros.")) == [
        ("that it held assets worth 2 million euros", "disclosed", "The firm")]


def test_a_press_briefing_introduces_a_transcript(quotes_of):
    text = ("Governor Ada Eze addressed journalists at the state house on Monday.\n\nQ: When will salaries "
            "be paid?\n\nA: Before the end of the month.")
    assert _found(quotes_of(text)) == [("Before the end of the month.", None, "Governor Ada Eze")]


def test_a_subject_the_parser_hung_on_an_aside_speaks(quotes_of):
    text = ("The prime minister, in a speech broadcast live on state television, warned that the country "
            "faced hard choices.")
    assert _found(quotes_of(text)) == [("that the country faced hard choices", "warned", "The prime minister")]


def test_the_occasion_of_saying_after_the_clause_is_the_cues(quotes_of):
    text = "The governor said the bridge would be fixed before the rains while addressing journalists in Kesi."
    assert _found(quotes_of(text)) == [("the bridge would be fixed before the rains", "said", "The governor")]
    text = "The MP said the bill would be debated next week in an interview with Harbour FM on Monday."
    assert _found(quotes_of(text)) == [("the bill would be debated next week", "said", "The MP")]
    # the clause's own event at an occasion, a topic talked about, an interview to come: reported
    for text, content in [
            ("He said he had been misquoted in an interview with the Gazette.",
             "he had been misquoted in an interview with the Gazette"),
            ("She said she could not stay calm while talking about her son.",
             "she could not stay calm while talking about her son"),
            ("She said she will be asked about it in an interview with the Gazette.",
             "she will be asked about it in an interview with the Gazette")]:
        assert _found(quotes_of(text)) == [(content, "said", text.split()[0])], text


def test_a_quote_broken_off_with_a_dash_ends_its_clause(quotes_of):
    text = "\u201cIf the board had listened \u2014\u201d \u201cIt did listen,\u201d the chairwoman cut in."
    assert _found(quotes_of(text)) == [("It did listen,", "cut in", "the chairwoman")]
    text = "\u201cWe waited \u2026\u201d \u201cFor how long?\u201d asked the judge."
    assert _found(quotes_of(text)) == [("For how long?", "asked", "the judge")]


def test_a_stance_expressed_with_a_that_clause_reports(quotes_of):
    assert _found(quotes_of("The chief expressed concern that young people were leaving the village.")) == [
        ("that young people were leaving the village", "expressed", "The chief")]
    assert _found(quotes_of("Analysts voiced doubt that the bank would cut rates.")) == [
        ("that the bank would cut rates", "voiced", "Analysts")]
    # a participle used as a preposition stays in the clause
    text = "She expressed the hope that all parties, including the unions, would sign."
    assert _found(quotes_of(text)) == [("that all parties, including the unions, would sign", "expressed", "She")]
    # negated, or the noun alone: nothing voiced
    for text in ("She did not express concern that the bridge was unsafe.",
                 "The hope that the talks would succeed soon faded."):
        assert _found(quotes_of(text)) == [], text


def test_an_answer_runs_on_over_its_paragraphs_up_to_the_next_question(quotes_of):
    text = ("Minister Ana Ruiz took questions after the budget speech.\n\nQ: Will taxes rise?\n\nA: Not for "
            "families under the threshold.\n\nWe have protected them.\n\nQ: And firms?\n\nA: They will pay a "
            "little more.\n\nThe budget passed on Friday.")
    assert _found(quotes_of(text)) == [
        ("Not for families under the threshold.\n\nWe have protected them.", None, "Minister Ana Ruiz"),
        ("They will pay a little more.", None, "Minister Ana Ruiz")]
