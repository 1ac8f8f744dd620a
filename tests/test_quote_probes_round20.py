"""Round 20 quotes and speakers: the forms detection batch 19 of tests/quote_probe_cases.py and
speaker batch 19 of tests/speaker_probe_cases.py (press reviews and translated media summaries,
wire roundups, question time and panel debates, social-media stories, anonymous sourcing,
documents and data) found missing, each tested on its own fictional variants with what each rule
must leave alone: "according to a translation by" credits no source, the subject of a cue that
the parser ran into an opening phrase, sources "with knowledge of" something or "in the ministry",
a body's initials written without brackets, "talks between" two parties (no places), a metro's
name, an apposition describing the employer rather than the person, a counted "with"
phrase in a role, a subordinate "cut in:" before quoted words, a passive conjunct inside a
reported clause, and written records that "show that" or "record that"."""

from __future__ import annotations

from quote_checks import people_found, rows, speakers_of


def test_according_to_a_translation_credits_no_source(quotes_of):
    text = "\u201cWe will hold firm,\u201d the defence minister, Ana Kors, said, according to a translation by Radio Ostra."
    assert rows(quotes_of(text)) == [("We will hold firm,", "direct", "said", "Ana Kors")]
    # a record that carries the words is still a source
    text = "The pilot had 12 people on board, according to a transcript of the call."
    assert rows(quotes_of(text)) == [("The pilot had 12 people on board", "indirect", "according to",
                                      "a transcript of the call")]


def test_the_subject_the_parser_ran_into_an_opening_phrase_speaks(quotes_of):
    text = "In a post seen by the Dunmore Echo, the club secretary, Rob Fane, wrote that the ground would be sold."
    assert speakers_of(quotes_of, text) == [("Rob Fane", "Rob Fane", "club secretary")]
    text = "In an interview aired on Radio Kell, Nia Oduya, a coach with two titles, said the team was ready."
    assert speakers_of(quotes_of, text)[0][:2] == ("Nia Oduya", "Nia Oduya")
    # a subject of its own is left alone
    text = "In a letter to the mayor, the residents said the road was unsafe."
    assert speakers_of(quotes_of, text) == [("the residents", None, None)]


def test_which_sources_by_knowledge_or_by_the_body_they_are_in(quotes_of):
    text = "\u201cIt is over,\u201d said an official with knowledge of the talks, who asked not to be named."
    assert speakers_of(quotes_of, text) == [("an official with knowledge of the talks", None, None)]
    text = "Officials in the department said the scheme would end in May."
    assert speakers_of(quotes_of, text) == [("Officials in the department", None, None)]
    # a time is when, not which; and "with" a thing carried is no source's knowledge
    assert speakers_of(quotes_of, "Officials in the morning said the bridge was shut.")[0][0] == "Officials"
    assert speakers_of(quotes_of, "A man with a dog said he saw the crash.")[0][0] == "A man"


def test_a_bodys_initials_without_brackets_name_it(nlp, quotes_of):
    text = "The Royal College of Nursing said pay had fallen. The RCN said strikes were likely."
    assert speakers_of(quotes_of, text)[1] == ("The RCN", "Royal College of Nursing", None)
    # a person's initials are no body's
    text = "Tom Reed met the Harbour Board. TR said the deal was done."
    assert "Tom Reed" in people_found(nlp, text)


def test_talks_between_name_parties_not_places(quotes_of):
    text = ("Talks between the Dock Workers' Union and Ostler Shipping collapsed. The company said it "
            "would keep the port open.")
    assert speakers_of(quotes_of, text) == [("The company", "Ostler Shipping", None)]


def test_a_metro_is_a_body(nlp):
    found = people_found(nlp, "Kell Metro said trains were running. It said the line would reopen.")
    assert found.get("Kell Metro", ("",))[0] == "org"
    # a paper named by its title word alone stays a body
    assert people_found(nlp, "Nadia Krol told the Gazette that the smoke was thick.")["Gazette"][0] == "org"


def test_an_apposition_after_the_employer_describes_the_employer(quotes_of):
    text = "\u201cRents will rise,\u201d said Ivo Penn, head of research at the Marl Foundation, a charity in Kell."
    assert speakers_of(quotes_of, text) == [("Ivo Penn", "Ivo Penn", "head of research at the Marl Foundation")]
    # a second apposition about the person stays hers
    text = "Ann Roe, a nurse at Kell Hospital, said the ward was full."
    assert speakers_of(quotes_of, text) == [("Ann Roe", "Ann Roe", "nurse at Kell Hospital")]


def test_a_counted_with_phrase_is_no_employer(quotes_of):
    text = "\u201cIt is bad,\u201d said Ann Lowe, a nurse with 20 years of experience."
    assert speakers_of(quotes_of, text) == [("Ann Lowe", "Ann Lowe", "nurse")]
    text = "\u201cIt is bad,\u201d said Piet Lund, an analyst with Corvel Securities."
    assert speakers_of(quotes_of, text) == [("Piet Lund", "Piet Lund", "analyst with Corvel Securities")]


def test_a_subordinate_verb_before_a_colon_tags_the_words_after_it(quotes_of):
    text = "\u201cIf I may \u2014\u201d Mr Dale began, before Ms Kerr broke in: \u201cYou may not.\u201d"
    found = rows(quotes_of(text))
    assert ("You may not.", "direct", "broke in", "Ms Kerr") in found
    # a clause with no subject of its own leaves the words to the sentence's cue
    text = "Mr Dale said, before turning to leave: \u201cWe are done.\u201d"
    assert rows(quotes_of(text)) == [("We are done.", "direct", "said", "Mr Dale")]


def test_a_passive_conjunct_inside_the_reported_clause_goes_on_with_it(quotes_of):
    text = "The minister said the fines were unlawful and would be appealed."
    assert rows(quotes_of(text)) == [("the fines were unlawful and would be appealed", "indirect", "said",
                                      "The minister")]
    # the speaker's own next report still ends the first
    text = "The minister said the fines were unlawful and told reporters she would appeal."
    assert rows(quotes_of(text))[0][0] == "the fines were unlawful"


def test_written_records_that_show_or_record_that(quotes_of):
    text = "Court records show that the firm paid no tax for six years."
    assert rows(quotes_of(text)) == [("that the firm paid no tax for six years", "indirect", "show",
                                      "Court records")]
    # data show by being read, and "show" without "that" shows a thing
    assert quotes_of("The figures show that prices rose.") == []
    assert quotes_of("The records show a sharp rise in thefts.") == []
