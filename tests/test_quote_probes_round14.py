"""Round 14 quote detection: the forms batch 13 of tests/quote_probe_cases.py found missing
(an inverted attribution set inside a sentence, ", says Jane Roe,"; quotes in a bulleted list
after "told X:"; a parenthesis that holds nothing but quoted words and "according to"; a lone
surname signing a headline quote; "in X's words"), each tested on its own fictional variants,
with the false friends each rule must leave alone."""

from __future__ import annotations

from quote_checks import rows


def test_an_inverted_aside_splits_the_statement_around_it(quotes_of):
    assert rows(quotes_of("The answer, says chef Tomas Vidal, is cold butter.")) == [
        ("The answer", "indirect", "says", "Tomas Vidal"),
        ("is cold butter", "indirect", "says", "Tomas Vidal")]
    # the speaker is the subject after the cue, not the first part the parser hung on it
    got = rows(quotes_of("The hardest part, said Nadia Ferro, was the waiting."))
    assert got == [("The hardest part", "indirect", "said", "Nadia Ferro"),
                   ("was the waiting", "indirect", "said", "Nadia Ferro")]


def test_words_about_the_speaker_after_an_inverted_cue_are_not_the_statement(quotes_of):
    # a relative clause or an apposition after the name tells who she is
    assert rows(quotes_of("The plant will close in June, said Hal Moreno, who chairs the works "
                        "council.")) == [("The plant will close in June", "indirect", "said", "Hal Moreno")]
    got = rows(quotes_of("Prices will rise, said Jo Roe, chief economist at Orvik Bank, in a note."))
    assert [g[0] for g in got] == ["Prices will rise"]


def test_bulleted_quotes_after_a_colon_cue(quotes_of):
    text = ("Ms Vale told MPs:\n\n- \u201cStaffing is at its lowest level.\u201d\n\n- \u201cWaiting lists "
            "are growing.\u201d")
    assert rows(quotes_of(text)) == [
        ("Staffing is at its lowest level.", "direct", "told", "Ms Vale"),
        ("Waiting lists are growing.", "direct", "told", "Ms Vale")]
    text = ("The chief constable told the committee:\n\n\u2022 \u201cWe have fewer officers.\u201d\n\n"
            "\u2022 \u201cResponse times have doubled.\u201d")
    assert [q.cue for q in quotes_of(text)] == ["told", "told"]


def test_a_bulleted_list_of_quoted_names_with_no_cue_is_no_quote(quotes_of):
    text = "The plan has three parts:\n\n\u2022 \u201cFaster buses\u201d\n\n\u2022 \u201cCheaper fares\u201d"
    assert quotes_of(text) == []


def test_quoted_words_alone_before_according_to_are_direct(quotes_of):
    text = "The fund (\u201ca licence to print money,\u201d according to one trader) closed in May."
    assert rows(quotes_of(text)) == [("a licence to print money,", "direct", "according to", "one trader")]
    # with words of the writer's before them, the clause is one mixed report, marks kept
    text = "The fund is \u201ca licence to print money,\u201d according to one trader."
    assert rows(quotes_of(text)) == [
        ("The fund is \u201ca licence to print money,\u201d", "mixed", "according to", "one trader")]


def test_a_lone_surname_signs_a_headline_quote(quotes_of):
    assert rows(quotes_of("\u2018We go again\u2019 \u2013 Mbeki")) == [("We go again", "direct", None, "Mbeki")]
    assert rows(quotes_of("\u201cI\u2019m not finished yet\u201d \u2013 Kaur")) == [
        ("I\u2019m not finished yet", "direct", None, "Kaur")]
    # page furniture after a dash signs nothing
    assert quotes_of("\u2018Back to basics\u2019 \u2013 Review") == []


def test_in_someones_words_gives_the_quoted_words_to_them(quotes_of):
    assert rows(quotes_of("The budget was, in the treasurer\u2019s words, \u201ctight but fair\u201d.")) == [
        ("\u201ctight but fair\u201d", "mixed", "words", "the treasurer")]
    assert rows(quotes_of("In the words of one driver, the road is \u201ca death trap\u201d.")) == [
        ("\u201ca death trap\u201d", "mixed", "words", "one driver")]


def test_in_other_words_names_no_one(quotes_of):
    assert not any(q.cue == "words" for q in quotes_of("In other words, the road is \u201cunsafe\u201d."))
    assert quotes_of("He chose his words carefully.") == []
