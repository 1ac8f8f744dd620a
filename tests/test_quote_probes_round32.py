"""Round 32 quote probes: detection batch 31 (in tests/quote_probe_cases.py, batch=31) --
technology trade press and product launches ("said in a blog post", "wrote in a post on its
developer forum", a changelog that says, an executive "on an earnings call"), live blogs (a stamp
on a line of its own before "Name: “...”", "Update:", "Earlier, X told"), emergency briefings and
police appeals, magazine features ("describes X as “...”", "as she puts it", "she recalls" before a
quote over three paragraphs, nested quotes), translated and interpreted words, a crowd that
chanted, and false friends ("is said to be", a product's name, "so-called", a scare quote, song and
film titles, a banner's and a painted sign's words, a police appeal with no cue) -- run as
tests/test_quote_probes_round8.py runs the main list: every case must pass, and an open case must
fail (strictly, so a fix shows). The rules the batch led to are tested below on fictional
variants, with what each must leave alone."""

from __future__ import annotations

import pytest
from probe_views import case_params
from probe_views import found as _found
from quote_probe_cases import CASES, OPEN_CASES, quote_keys

B31 = [c for c in CASES if c.batch == 31]


def test_batch_31_is_in_the_list():
    assert len(B31) >= 30


@pytest.mark.parametrize("case", case_params(B31, OPEN_CASES))
def test_probe_gives_exactly_the_expected_quotes(quotes_of, case):
    assert quote_keys(quotes_of(case.text), True) == quote_keys(case.quotes, True)



def test_a_stamp_on_the_line_before_a_label_is_no_time_of_the_label(quotes_of):
    # the tagger may run the stamp's TIME entity over the line break into the name
    assert _found(quotes_of, "14:05\n\nMayor Ines Varga: \u201cWe are opening three more shelters tonight.\u201d") == [
        ("We are opening three more shelters tonight.", "direct", None, "Mayor Ines Varga")]
    # a label that itself tells a time names no speaker
    assert quotes_of("Update at 10am: \u201cWe are opening three more shelters tonight.\u201d") == []


def test_a_naming_verbs_object_is_kept_even_when_it_is_a_time(quotes_of):
    assert _found(quotes_of, "Jane Roe describes her first years at the paper as \u201cchaotic and glorious\u201d.") == [
        ("her first years at the paper as \u201cchaotic and glorious\u201d", "mixed", "describes", "Jane Roe")]
    # a plain report keeps a time out of its content
    assert _found(quotes_of, "Jane Roe said on Tuesday \u201cwe are done\u201d.") == [
        ("\u201cwe are done\u201d", "mixed", "said", "Jane Roe")]


def test_as_she_puts_it_tags_the_quoted_words_after_it(quotes_of):
    assert _found(quotes_of, "The farm was, as she puts it, \u201ca kingdom of mud and apples\u201d.") == [
        ("\u201ca kingdom of mud and apples\u201d", "mixed", "puts", "she")]
    assert _found(quotes_of, "The farm, as one aide put it, was \u201ca kingdom of mud\u201d.") == [
        ("\u201ca kingdom of mud\u201d", "mixed", "put", "one aide")]
    # with no quoted words there is nothing to give
    assert quotes_of("The farm was, as she puts it, a kingdom of mud.") == []
    # the colon form stays a direct quote of its own
    assert _found(quotes_of, "As one senior backbencher put it to me: \u201cNobody is steering the ship.\u201d") == [
        ("Nobody is steering the ship.", "direct", "put", "one senior backbencher")]


def test_as_x_put_it_opening_a_sentence_before_a_comma_tags_the_quote(quotes_of):
    assert _found(quotes_of, "As one aide put it, \u201cNobody is steering the ship.\u201d") == [
        ("Nobody is steering the ship.", "direct", "put", "one aide")]
    # set off inside the writer's sentence it gives only the quoted words, once
    assert _found(quotes_of, "The farm was, as she puts it, \u201ca kingdom of mud and apples\u201d.") == [
        ("\u201ca kingdom of mud and apples\u201d", "mixed", "puts", "she")]
    # "put it" with a place it is put is no way of saying
    assert quotes_of("As they put it on the table, \u201cthe big one\u201d was gone.") == []


def test_a_plural_noun_read_as_the_verb_before_the_real_verb(quotes_of):
    # the tagger makes "notes" the verb and "state" its object: "state" is the cue
    assert _found(quotes_of, "The release notes state that dark mode is now the default.") == [
        ("that dark mode is now the default", "indirect", "state", "The release notes")]
    # "notes" that is the verb stays the cue
    assert _found(quotes_of, "The council notes that the vote was 7-2.") == [
        ("that the vote was 7-2", "indirect", "notes", "The council")]


def test_a_stamp_line_run_into_the_paragraph_leaves_the_cue_its_subject(quotes_of):
    # the parser hangs "The fire service" on "at" across the paragraph break
    assert _found(quotes_of, "Updated at 5.30pm\n\nThe fire service said a 23-year-old man had been rescued.") == [
        ("a 23-year-old man had been rescued", "indirect", "said", "The fire service")]
    # a headline run into the paragraph (the headline's label keeps its own words)
    quotes = quotes_of("\u2018Unacceptable\u2019: Minister slams delays to cancer scans\n\nThe health minister said "
                       "waiting times were far too long.")
    assert [(q.text, q.speaker) for q in quotes if q.cue == "said"] == [
        ("waiting times were far too long", "The health minister")]
