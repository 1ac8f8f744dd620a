"""Round 24 quotes: the contents detection batch 23 of tests/quote_probe_cases.py found to be
no report, each tested on its own fictional variants with what each rule must leave alone: a
content that is only a pronoun or demonstrative ("asked for exactly that", "what the resolution
called for") against a noun phrase PolNeAR train annotates ("confirmed the leak", "announced 300
job cuts"); and "demanded to know whether", whose question starts after "to know"."""

from __future__ import annotations


def _texts(quotes):
    return [q.text for q in quotes]


def test_a_pointer_alone_is_no_content(quotes_of):
    assert quotes_of("The petition asked for exactly that.") == []
    assert quotes_of("A second vote is what the union called for.") == []
    # a noun phrase stays, short or long
    assert _texts(quotes_of("Marlow Foods confirmed the recall on Friday.")) == ["the recall"]
    assert _texts(quotes_of("The club announced the signing of a new goalkeeper.")) == [
        "the signing of a new goalkeeper"]


def test_said_of_a_pronoun_beside_a_direct_quote_is_only_the_quote(quotes_of):
    text = "\u201cThey were the best crew we had,\u201d the captain said of them."
    assert _texts(quotes_of(text)) == ["They were the best crew we had,"]


def test_demanded_to_know_reports_the_question(quotes_of):
    assert _texts(quotes_of("Parents demanded to know why the bus had been cut.")) == [
        "why the bus had been cut"]
    # an infinitive that is the demand stays whole
    assert _texts(quotes_of("Parents demanded to see the report.")) == ["to see the report"]
