"""Round 22 quotes and speakers: the forms detection batch 21 of tests/quote_probe_cases.py and
speaker batch 21 of tests/speaker_probe_cases.py (investigative features quoting leaked emails and
messages, inquests and tribunals, cricket / rugby league / Aussie rules reports, embargoed science
releases, political sketches with interjections, obituaries) found missing, each tested on its own
fictional variants with what each rule must leave alone: an exclamation parsed as the subject of
the cue after it, a determiner standing for the speaker ("agreed another"), "show X telling", a
reaction phrase after quoted words ("..., to laughter"), "the skipper" as the captain named
before, and the names of waters and grounds the tagger takes for people."""

from __future__ import annotations

from quote_checks import people_found, rows, speakers_of


def test_an_exclamation_is_not_the_subject_of_the_cue_after_it(quotes_of):
    text = "\u201cNonsense!\u201d yelled a man at the back of the hall."
    assert rows(quotes_of(text)) == [("Nonsense!", "direct", "yelled", "a man")]
    text = "\u201cHear, hear!\u201d cried two councillors."
    assert rows(quotes_of(text)) == [("Hear, hear!", "direct", "cried", "two councillors")]
    # a subject before the cue is still the speaker
    text = "\u201cNever!\u201d the mayor shouted."
    assert rows(quotes_of(text)) == [("Never!", "direct", "shouted", "the mayor")]


def test_a_determiner_after_the_cue_stands_for_the_speaker(quotes_of):
    text = "\u201cToo slow,\u201d said one driver. \u201cFar too slow,\u201d added another."
    assert [r[3] for r in rows(quotes_of(text))] == ["one driver", "another"]
    # a determiner before a noun keeps its noun
    text = "\u201cToo slow,\u201d said several drivers."
    assert rows(quotes_of(text))[0][3] == "several drivers"


def test_show_someone_telling_gives_the_one_shown(quotes_of):
    text = "Emails obtained by the Post show the director telling staff: \u201cKeep this quiet.\u201d"
    assert rows(quotes_of(text)) == [("Keep this quiet.", "direct", "telling", "the director")]
    # a noun that is no one shown ("a statement saying") leaves the subject of the clause
    text = "The club issued a statement saying the coach had resigned."
    assert rows(quotes_of(text))[0][3] == "The club"


def test_a_reaction_phrase_after_quoted_words_is_the_writers(quotes_of):
    text = "The minister told the House the cuts were \u201cmodest\u201d, to loud groans from the benches."
    assert rows(quotes_of(text)) == [("the cuts were \u201cmodest\u201d", "mixed", "told", "The minister")]
    # a phrase with a verb in it, or with no quoted words before the comma, stays in the report
    text = "She said she would hand the prize \u201cgladly\u201d, to whoever asked first."
    assert rows(quotes_of(text))[0][0] == "she would hand the prize \u201cgladly\u201d, to whoever asked first"


def test_the_skipper_is_the_captain_named_before(quotes_of):
    text = ("Wallaroo captain Mia Hoani thanked Jo Price and Kate Ware for their partnership. The skipper "
            "said the pair had won the match.")
    assert speakers_of(quotes_of, text) == [("The skipper", "Mia Hoani", "Wallaroo captain")]
    # with no captain named, "the skipper" is still the person last named
    text = "Kate Ware made 80. The skipper said the pitch was slow."
    assert speakers_of(quotes_of, text)[0][1] == "Kate Ware"


def test_names_of_waters_and_grounds_are_no_people(nlp):
    found = people_found(nlp, "Ana Reti, 9, was rescued at Kell Reservoir. Her father, Sam Reti, said she was safe.")
    assert "Kell Reservoir" not in found
    assert found["Sam Reti"][1] == ["father to Ana Reti"]
    # a first name before the word keeps a person ("Tom Cove")
    assert "Tom Cove" in people_found(nlp, "Tom Cove said the bridge was closed.")
