"""Round 15 quote detection: the forms batch 14 of tests/quote_probe_cases.py found missing
(a correction's "misquoted X as saying ...", quoted words after "so-called" as the object of a
verb that reports only quoted words), each tested on its own fictional variants, with the
reports each rule must leave alone."""

from __future__ import annotations

from quote_checks import rows


def test_a_misquote_in_a_correction_is_no_quote(quotes_of):
    text = ("A previous version of this story misquoted the mayor as saying the fair was cancelled. "
            "She said it was postponed.")
    assert rows(quotes_of(text)) == [("it was postponed", "indirect", "said", "She")]
    assert quotes_of("The council misreported her as saying the library would shut.") == []
    assert quotes_of("The paper wrongly quoted the coach as saying he would quit.") == []
    assert quotes_of("Ms Vance was misquoted as saying the depot would close.") == []


def test_quoted_as_saying_without_a_correction_stays_a_report(quotes_of):
    assert rows(quotes_of("The paper quoted the coach as saying he would quit.")) == [
        ("he would quit", "indirect", "saying", "the coach")]
    got = rows(quotes_of("The striker was quoted as saying he was \u201cdone with the club\u201d."))
    assert got == [("he was \u201cdone with the club\u201d", "mixed", "saying", "The striker")]


def test_so_called_quoted_words_make_no_message_of_a_quote_only_verb(quotes_of):
    assert quotes_of("Drivers will pay the so-called \u201ccongestion charge\u201d from May.") == []
    assert quotes_of("Tenants will be offered the so-called \u201cstarter lease\u201d next year.") == []


def test_quoted_words_of_the_subject_after_a_quote_only_verb_stay_a_report(quotes_of):
    assert rows(quotes_of("He sent his \u201cdeepest sympathy\u201d to the family.")) == [
        ("his \u201cdeepest sympathy\u201d", "mixed", "sent", "He")]
    # a naming verb names the so-called thing: still a report
    assert rows(quotes_of("He branded the so-called \u201creform\u201d a sham.")) == [
        ("the so-called \u201creform\u201d a sham", "mixed", "branded", "He")]


def test_called_keeps_its_object_with_the_quoted_name(quotes_of):
    text = "Analyst Uma Reyes of Tolland Partners called the results \u201cpatchy at best\u201d."
    assert rows(quotes_of(text)) == [
        ("the results \u201cpatchy at best\u201d", "mixed", "called", "Uma Reyes")]


def test_a_quote_running_on_over_paragraphs_after_its_cue_is_one_span(quotes_of):
    text = ("\u201cIt was a long night,\u201d skipper Aled Vaughan said. \u201cThe swell came up fast.\n\n"
            "\u201cWe did what we were trained to do.\u201d")
    assert rows(quotes_of(text)) == [
        ("It was a long night,", "direct", "said", "Aled Vaughan"),
        ("The swell came up fast.\n\n\u201cWe did what we were trained to do.", "direct", "said",
         "Aled Vaughan")]
