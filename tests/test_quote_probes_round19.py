"""Round 19 quotes and speakers: the forms detection batch 18 of tests/quote_probe_cases.py and
speaker batch 18 of tests/speaker_probe_cases.py (UK and Irish tabloids and regional papers, US
court reporting, earnings calls and analyst notes, sports transfer news, hedged news analysis,
bodies with "and" in their names) found missing, each tested on its own fictional variants with
what each rule must leave alone: a verb of censure naming its object "as" quoted words, a
manner verb the lemmatizer cuts short ("raged"), "as X put it", a tabloid headline in capitals
over a standfirst whose subject a participle describes, a station named after a place, a name
the parser hung on the place its "of" phrase names, places joined by "and" as one subject (and a
firm named "X and Y"), court filings that speak for no one named, sources placed "in" a country or
city, "the agency", a descriptive adjective before a title, "local man", a spokesperson after a
body's name the tagger did not find, a singular possessive inside a body's name (either side of
the entity the tagger found), and a body renaming a common noun ("Her school, St Aidan's Academy,")."""

from __future__ import annotations

from quote_checks import people_found, rows, speakers_of


def test_a_verb_of_censure_names_its_object_as_quoted_words(quotes_of):
    text = "Cllr Jo Vance attacked the budget as \u201ca con trick on every ratepayer\u201d."
    assert rows(quotes_of(text)) == [("the budget as \u201ca con trick on every ratepayer\u201d", "mixed",
                                      "attacked", "Cllr Jo Vance")]
    # no quoted words, no report: an attack is an act
    assert quotes_of("The dog attacked the postman as he walked past the gate.") == []


def test_a_manner_verb_the_lemmatizer_cuts_short_still_tags_a_quote(quotes_of):
    text = "\u201cGet out of my shop!\u201d the owner raged."
    assert rows(quotes_of(text)) == [("Get out of my shop!", "direct", "raged", "the owner")]
    assert quotes_of("The fire raged for three days before crews put it out.") == []


def test_as_someone_put_it_tags_the_words_beside_it(quotes_of):
    text = "\u201cWe are out of road,\u201d as one minister put it."
    assert rows(quotes_of(text)) == [("We are out of road,", "direct", "put", "one minister")]
    text = "As a senior aide put it to me: \u201cThe boss is not listening.\u201d"
    assert rows(quotes_of(text)) == [("The boss is not listening.", "direct", "put", "a senior aide")]
    # putting something somewhere is no way of saying
    text = "He put it on the table. \u201cIt\u2019s yours,\u201d he said."
    assert rows(quotes_of(text)) == [("It\u2019s yours,", "direct", "said", "he")]


def test_a_tabloid_headline_in_capitals_over_a_standfirst_is_its_subjects(quotes_of):
    text = ("\u2018WE WANT OUR PARK BACK\u2019\n\nFurious mum Lisa Ford vows to save the playground\n\n"
            "A petition has 3,000 names.")
    found = rows(quotes_of(text))
    assert ("WE WANT OUR PARK BACK", "direct", None, "Lisa Ford") in found
    # capitals with no first person are a name, a title or a banner: no quote
    text = "\u2018STORM OF THE CENTURY\u2019\n\nForecaster Jo Lee says gales will hit the coast\n\nRoads are shut."
    assert all(r[0] != "STORM OF THE CENTURY" for r in rows(quotes_of(text)))


def test_a_participle_describing_the_standfirsts_subject_is_skipped(quotes_of):
    text = "\u2018We will rebuild\u2019\n\nHeartbroken owner Sam Hale vows to reopen the bakery\n\nFire crews left at dawn."
    assert ("We will rebuild", "direct", None, "Sam Hale") in rows(quotes_of(text))


def test_a_station_named_after_a_place_is_no_person_and_its_officer_speaks(nlp, quotes_of):
    text = "Inspector Ruth Kane of Dunmore Garda Station said the man had been released."
    assert speakers_of(quotes_of, text) == [("Inspector Ruth Kane", "Ruth Kane", "Inspector")]
    assert "Dunmore Garda Station" not in people_found(nlp, text)


def test_places_joined_by_and_speak_together_and_a_firm_named_x_and_y(quotes_of):
    text = "Varenia and Ostria said the talks would resume."
    assert speakers_of(quotes_of, text) == [("Varenia and Ostria", None, None)]
    # two bare words the text never uses apart: one firm's name
    text = "Fenwick and Hale said profits rose by a fifth."
    assert speakers_of(quotes_of, text) == [("Fenwick and Hale", "Fenwick and Hale", None)]
    # one name found whole stays one body
    text = "Harlow Power & Light said 52,000 homes had no power."
    assert speakers_of(quotes_of, text) == [("Harlow Power & Light", "Harlow Power & Light", None)]


def test_people_and_bodies_joined_by_and_are_still_given_to_the_first(quotes_of):
    # open (KNOWN_MISSES b18_court_defense_attorneys_argued_then_the_judge_replied, OPEN_CASES
    # and_body_two_parties_and_between_no_merge): the mention should be all of them, with no
    # name; PolNeAR's resolved-name figure takes either name (making it so cost 0.4 on train)
    text = "Ann Roe and Ben Fry said the shop would close."
    assert speakers_of(quotes_of, text)[0][:2] == ("Ann Roe", "Ann Roe")


def test_a_court_filing_speaks_for_no_one_named_before_it(quotes_of):
    text = "Parents sued Westbrook Academy Trust on Friday. The lawsuit claims the school ignored bullying."
    assert speakers_of(quotes_of, text) == [("The lawsuit", None, None)]
    # a statement speaks for the one who issued it, named last
    text = "Westbrook Academy Trust issued a statement on Friday. The statement said the claims were false."
    assert speakers_of(quotes_of, text) == [("The statement", "Westbrook Academy Trust", None)]


def test_sources_placed_in_a_country_or_city_keep_the_place_in_the_mention(quotes_of):
    text = "Officials in Kessing said the border crossing was closed."
    assert rows(quotes_of(text))[0][3] == "Officials in Kessing"
    text = "The club has bid for the winger, according to reports in Portugal."
    assert rows(quotes_of(text))[0][3] == "reports in Portugal"
    # not a place, or not a plural noun for sources
    assert rows(quotes_of("Protesters in the square said they would stay."))[0][3] == "Protesters"
    assert rows(quotes_of("Alda Roe in Kessing said the border was shut."))[0][3] == "Alda Roe"


def test_the_agency_is_the_public_body_named_by_its_kind(quotes_of):
    text = "The Maritime Safety Administration fined the ferry operator. The agency said the fine was a record."
    assert speakers_of(quotes_of, text) == [("The agency", "Maritime Safety Administration", None)]


def test_a_descriptive_adjective_makes_the_title_a_role(quotes_of):
    text = "Local MP Ann Hollis said the ward must stay open."
    assert speakers_of(quotes_of, text) == [("Ann Hollis", "Ann Hollis", "Local MP")]
    # a rank keeps its modifier in the mention
    text = "Senior Constable Mia Hart said the koala had been hit by a car."
    assert speakers_of(quotes_of, text) == [("Senior Constable Mia Hart", "Mia Hart", "Senior Constable")]


def test_local_man_is_no_role(nlp):
    found = people_found(nlp, "Local man Tom Kilbride said the road was dangerous.")
    assert found["Tom Kilbride"] == ("person", [])
    found = people_found(nlp, "Local farmer Tom Kilbride said the road was dangerous.")
    assert found["Tom Kilbride"][1] == ["Local farmer"]


def test_a_spokesperson_after_a_bodys_name_the_tagger_missed(quotes_of):
    text = "A Ministry for Roads and Harbours spokeswoman said the pier would close."
    assert speakers_of(quotes_of, text) == [("A Ministry for Roads and Harbours spokeswoman",
                                             "Ministry for Roads and Harbours spokeswoman",
                                             "spokeswoman, Ministry for Roads and Harbours")]


def test_a_singular_possessive_inside_a_bodys_name(nlp, quotes_of):
    text = "A spokesman for the Dunmore County Coroner's Office said the inquest would open in May."
    assert speakers_of(quotes_of, text) == [("A spokesman for the Dunmore County Coroner's Office",
                                             "Dunmore County Coroner's Office spokesman",
                                             "spokesman, Dunmore County Coroner's Office")]
    # a person's office is the person's ("Baptiste's office said"): no body of that name
    assert "Jane Baptiste's Office" not in people_found(nlp, "Attorney General Jane Baptiste's office said it would appeal.")


def test_a_singular_possessive_then_the_bodys_head_word_is_one_name(nlp):
    found = people_found(nlp, "Staff at St Brigid's Academy said pupils were in shock.")
    assert "St Brigid's Academy" in found and found["St Brigid's Academy"][0] == "org"


def test_a_body_renaming_a_common_noun_speaks(quotes_of):
    text = "Her school, St Brigid's Academy, said staff and pupils were in shock."
    assert speakers_of(quotes_of, text) == [("St Brigid's Academy", "St Brigid's Academy", None)]
    # a body named inside the subject's own phrase is not renaming it
    text = "A spokesman for Westbrook Academy said the school would reopen."
    assert speakers_of(quotes_of, text)[0][0] == "A spokesman for Westbrook Academy"
