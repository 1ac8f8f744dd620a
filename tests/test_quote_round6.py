"""Round 6 of the quote bounds: a report the parser split at an "and"/"but" hung on the cue,
an "in" phrase completing an object message, the writer's words after the last quoted words,
and "Police said" resolved to the one police force an article names. Fictional text."""

from __future__ import annotations


def _indirect(quotes):
    return [(q.text, q.speaker_name) for q in quotes if q.kind == "indirect"]


def test_a_conjunct_in_another_tense_than_the_cue_goes_on_with_the_report(quotes_of):
    text = "Tom Ashby said the plan had failed, but it will be tried again next year."
    assert _indirect(quotes_of(text)) == [
        ("the plan had failed, but it will be tried again next year", "Tom Ashby")]


def test_the_speakers_next_act_in_the_cues_tense_is_the_writers(quotes_of):
    text = "Tom Ashby said the depot would close in March and he walked out of the chamber."
    assert _indirect(quotes_of(text)) == [("the depot would close in March", "Tom Ashby")]


def test_someone_elses_answer_in_the_cues_tense_is_the_writers(quotes_of):
    text = "Jane Roe told the inquiry the council had acted lawfully, but a judge disagreed."
    assert _indirect(quotes_of(text)) == [("the council had acted lawfully", "Jane Roe")]


def test_an_in_phrase_completes_an_object_message(quotes_of):
    quotes = quotes_of("Jane Roe denied any role in the collapse of the fund.")
    assert _indirect(quotes) == [("any role in the collapse of the fund", "Jane Roe")]


def test_an_in_phrase_of_when_or_what_medium_is_not_the_message(quotes_of):
    for text in ("Jane Roe announced a charity concert in a statement on Friday.",
                 "Jane Roe announced a charity concert in March."):
        assert _indirect(quotes_of(text)) == [("a charity concert", "Jane Roe")]


def _mixed(quotes):
    return [(q.text, q.speaker_name) for q in quotes if q.kind == "mixed"]


def test_a_gloss_after_a_dash_closing_the_quoted_words_is_the_writers(quotes_of):
    text = "Jane Roe has called the mayor “the next Churchill” – the wartime leader she admires most."
    assert _mixed(quotes_of(text)) == [("the mayor “the next Churchill”", "Jane Roe")]
    text = "Jane Roe said the plan was a “betrayal” — the word the union used last week."
    assert _mixed(quotes_of(text)) == [("the plan was a “betrayal”", "Jane Roe")]


def test_where_the_quoted_words_were_given_is_the_writers(quotes_of):
    assert _mixed(quotes_of("Jane Roe called for “a fresh start” in a post on Facebook.")) == [
        ("“a fresh start”", "Jane Roe")]


def test_a_phrase_after_a_single_dash_closing_a_report_is_the_writers(quotes_of):
    assert _indirect(quotes_of("Jane Roe said the vote had been close - two ballots in all.")) == [
        ("the vote had been close", "Jane Roe")]


def test_a_dash_before_who_the_last_noun_is_or_a_clause_keeps_the_report_whole(quotes_of):
    text = ("Jane Roe said officers stopped the car because they were looking for another man "
            "— a suspect in the robbery.")
    assert _indirect(quotes_of(text)) == [(text[14:-1], "Jane Roe")]
    text = "Jane Roe said the plan would fail — and that the council knew it."
    assert _indirect(quotes_of(text)) == [("the plan would fail — and that the council knew it", "Jane Roe")]


def _police(quotes):
    return [q.speaker_name for q in quotes if q.speaker == "Police"]


def test_police_is_the_one_force_named_later_in_the_article(quotes_of):
    text = ("Police said a 42-year-old man had been arrested in Brackwell on Sunday.\n\n"
            "Officers from the Northshire Constabulary searched the house on Monday.")
    assert _police(quotes_of(text)) == ["Northshire Constabulary"]


def test_police_is_the_force_named_in_a_later_paragraph(quotes_of):
    text = ("A man has died after a crash near Tollmere.\n\n"
            "Police said the driver of the van was pronounced dead at the scene.\n\n"
            "Lakeland Police is appealing for witnesses.")
    assert _police(quotes_of(text)) == ["Lakeland Police"]


def test_police_stays_unresolved_when_two_forces_are_named(quotes_of):
    text = ("Police said two men had been arrested.\n\n"
            "Officers from Lakeland Police and the Northshire Constabulary took part in the raid.")
    assert _police(quotes_of(text)) == [None]


def test_a_bare_title_is_the_person_the_article_gave_that_role_not_the_last_named(quotes_of):
    text = ("Brendan Corless, the Taoiseach, and Orla Kinsella, the Tánaiste, met on Monday.\n\n"
            "The Taoiseach said the talks had been useful.")
    assert [q.speaker_name for q in quotes_of(text)] == ["Brendan Corless"]
    text = ("The Taoiseach, Brendan Corless, met the Tánaiste, Orla Kinsella, on Monday.\n\n"
            "The Tánaiste said the talks had been useful.")
    assert [q.speaker_name for q in quotes_of(text)] == ["Orla Kinsella"]
