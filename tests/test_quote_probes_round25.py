"""Round 25 quotes: the forms detection batch 24 of tests/quote_probe_cases.py found wrong, each
tested on its own fictional variants with what each rule must leave alone: a clause set off by
"with" ("..., with analysts saying ...") whose noun is the speaker, against a "with" inside a
noun phrase or a participle set off by a comma; "told the inquest/tribunal" and a clause that the
parser hung on the hearing as a relative clause; and a paper that "can reveal" (the writer)."""

from __future__ import annotations


def _found(quotes):
    return [(q.text, q.speaker) for q in quotes]


def test_with_clause_gives_the_words_to_its_noun(quotes_of):
    text = "The depot closed on Monday, with drivers saying they had not been warned."
    assert _found(quotes_of(text)) == [("they had not been warned", "drivers")]
    text = "Turnout was low \u2014 with 30 percent of members saying they would not vote."
    assert _found(quotes_of(text)) == [("they would not vote", "30 percent of members")]
    # a "with" that is part of a noun phrase, and no set-off clause, leaves the main subject
    text = "The video shows two farmers with muddy boots saying the river had burst its banks."
    assert all(q.speaker != "muddy boots" for q in quotes_of(text))


def test_told_the_hearing_then_a_clause_is_the_report(quotes_of):
    text = "A paramedic told the inquest the crew had arrived within eight minutes."
    assert _found(quotes_of(text)) == [("the crew had arrived within eight minutes", "A paramedic")]
    text = "The landlord told the tribunal he had returned the deposit in full."
    assert _found(quotes_of(text)) == [("he had returned the deposit in full", "The landlord")]


def test_a_paper_that_can_reveal_is_the_writer(quotes_of):
    text = "Inspectors warned in March that the pier was unsafe, the Gazette can reveal."
    assert _found(quotes_of(text)) == [("that the pier was unsafe", "Inspectors")]
    assert quotes_of("The club will be sold to a new owner, the Evening Post can reveal.") == []
    # a source that "can confirm" still reports
    text = "Police can confirm a woman was arrested on Tuesday."
    assert _found(quotes_of(text)) == [("a woman was arrested on Tuesday", "Police")]


def test_a_passive_report_before_the_papers_own_clause_has_no_speaker(quotes_of):
    text = "Two councillors were warned in 2023 that the sea wall could fail, the Tribune has learned."
    assert _found(quotes_of(text)) == [("that the sea wall could fail", None)]
    # a trailing cue of someone else still names its speaker
    text = "Residents were told the water was safe, the council said."
    assert ("Residents were told the water was safe", "the council") in _found(quotes_of(text))
