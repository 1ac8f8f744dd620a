"""Round 11 quote detection: the forms batch 10 of tests/quote_probe_cases.py found missing,
each fixed by a grammar rule and tested here with fictional variants of its own.

- a cue in the infinitive of "is expected to", "is due to", "is set to" reports nothing yet;
- an apostrophe before a decade ("the '80s") opens no single-quoted span;
- a vox pop's label "Name, age, job:" gives the quoted words after it to the name;
- a one-word cry before a headline's colon ("'Outrageous': councillor slams ...") is the
  subject's quote, not a title (a noun or a name there still is one);
- a quoted paragraph right after a paragraph that ends with someone's indirect report goes
  on with that report (its cue and speaker);
- the middle part of a quote cut twice ("“A,” said X, “B,” she added, “C.”") takes the tag
  after it, not the one before (which is the first part's);
- a clause that ends in a colon before a quote ("X fired back: “A,” he wrote, “B.”") is not
  the report of the tag after the quote, even where the parser hangs it (colon and all) there.
"""

from __future__ import annotations


def _all(quotes):
    return [(q.text, q.kind, q.cue, q.speaker) for q in quotes]


def test_words_yet_to_come_are_no_report(quotes_of):
    assert not quotes_of("The regulator is expected to announce new fines for the water firms.")
    assert not quotes_of("The inquiry is set to reveal its findings on the ferry sinking in May.")
    # a report in the past with the same verb is kept
    text = "The regulator announced new fines for the water firms on Monday."
    assert [q.cue for q in quotes_of(text)] == ["announced"]


def test_an_apostrophe_before_a_decade_opens_no_quote(quotes_of):
    text = ("Growing up in the '80s, Ros Teague sold records from a stall. 'Those were the "
            "happiest days I can remember,' she said.")
    assert _all(quotes_of(text)) == [
        ("Those were the happiest days I can remember,", "direct", "said", "she")]


def test_a_vox_pop_label_with_age_and_job(quotes_of):
    text = ("On the doorstep\n\nKwabena Adjei, 47, bus driver: \u201cThe fares are too high.\u201d\n\n"
            "Sian Morrow, 22: \u201cI have not decided yet.\u201d")
    assert _all(quotes_of(text)) == [
        ("The fares are too high.", "direct", None, "Kwabena Adjei"),
        ("I have not decided yet.", "direct", None, "Sian Morrow")]


def test_a_headline_cry_before_its_colon(quotes_of):
    text = "\u2018Outrageous\u2019: Councillor slams cuts to library hours"
    assert _all(quotes_of(text)) == [("Outrageous", "direct", None, "Councillor")]
    # also where the parser hangs the quote on the verb after the colon as its clause
    text = "‘Shocking’: MP slams delays to flood defences"
    assert _all(quotes_of(text)) == [("Shocking", "direct", None, "MP")]
    # a title before the colon stays a title
    assert not quotes_of("\u2018Billions\u2019: actor joins cast of new drama")


def test_a_quoted_paragraph_goes_on_with_the_report_before_it(quotes_of):
    text = ("Warden Pia Castellano said the shelter had run out of blankets.\n\n\u201cWe turned "
            "away eleven people last night alone.\u201d")
    assert _all(quotes_of(text)) == [
        ("the shelter had run out of blankets", "indirect", "said", "Pia Castellano"),
        ("We turned away eleven people last night alone.", "direct", "said", "Pia Castellano")]
    # a paragraph with no report at its end gives the quote to nobody
    text = ("The shelter ran out of blankets on Friday.\n\n\u201cWe turned away eleven people last "
            "night alone.\u201d")
    assert not [q for q in quotes_of(text) if q.speaker is not None]


def test_a_quote_cut_twice_takes_the_tag_after_its_middle_part(quotes_of):
    text = ("\u201cThe bridge,\u201d said Lorna Kett, \u201cwas meant to open in June, but,\u201d she "
            "went on, \u201cnobody has seen a builder since March.\u201d")
    assert _all(quotes_of(text)) == [
        ("The bridge,", "direct", "said", "Lorna Kett"),
        ("was meant to open in June, but,", "direct", "went on", "she"),
        ("nobody has seen a builder since March.", "direct", "went on", "she")]
    # cut once, the part after the tag still takes it
    text = "\u201cThe bridge,\u201d said Lorna Kett, \u201cwas meant to open in June.\u201d"
    assert [q.cue for q in quotes_of(text)] == ["said", "said"]


def test_a_clause_before_a_colon_is_not_the_next_tags_report(quotes_of):
    # the parser hangs "X fired back:" (colon and all) on the tag after the quote as its clause
    text = ("Lind fired back: \u201cAs a fan of this club,\u201d he wrote, \u201cyou know "
            "better.\u201d")
    assert _all(quotes_of(text)) == [
        ("As a fan of this club,", "direct", "wrote", "he"),
        ("you know better.", "direct", "wrote", "he")]
