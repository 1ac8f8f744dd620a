"""Speaker rules added in round 15 (issue 3, after probe batch 14); every sentence here is invented."""

from __future__ import annotations

from quote_checks import people_found, speakers_of


def test_a_whose_clause_after_a_name_is_no_role(nlp):
    text = ("Tolbridge Athletic manager Neil Harker was pleased. Harker, whose team rise to third, added: "
            "\"We kept going.\"")
    roles = people_found(nlp, text)["Neil Harker"][1]
    assert not any("team" in r or "rise" in r for r in roles), roles


def test_an_age_and_and_between_two_names_are_not_the_second_persons_role(nlp):
    text = ("Colin R. Ashby, 71, and his wife, Edna Ashby, have kept bees in Farlow for 50 years. Mrs Ashby "
            "said the hives had never been busier.")
    people = people_found(nlp, text)
    assert people["Edna Ashby"][1] == ["wife to Colin R. Ashby"]
    assert people["Colin R. Ashby"][1] == []


def test_a_capitalised_particle_opening_a_sentence_joins_the_name_written_with_it(quotes_of):
    text = ("Greystone Rangers manager Ruud van Tessel was sent to the stands. \"It was a poor decision,\" "
            "Van Tessel said.")
    assert speakers_of(quotes_of, text) == [("Van Tessel", "Ruud van Tessel", "Greystone Rangers manager")]


def test_van_as_a_first_name_stays_its_own_person(nlp):
    # no "van Hollis" is written anywhere: "Van" is the first name of another man
    text = "Ada Hollis runs the bakery. Her brother Van Hollis said the ovens were 40 years old."
    people = people_found(nlp, text)
    assert "Ada Hollis" in people
    assert "Van Hollis" in people


def test_a_surname_alone_finds_a_full_name_ending_in_jr(quotes_of):
    text = ("\"Sales were flat,\" said Dwight L. Corbin Jr., the retailer's chief executive. Corbin said "
            "stores would stay open later.")
    assert speakers_of(quotes_of, text) == [
        ("Dwight L. Corbin Jr.", "Dwight L. Corbin Jr.", "retailer's chief executive"),
        ("Corbin", "Dwight L. Corbin Jr.", "retailer's chief executive")]


def test_surname_and_suffix_pick_the_son_not_the_father(quotes_of):
    text = ("Harold Pym Sr. built the boatyard in 1958. His son, Harold Pym Jr., sold it last year. "
            "\"It broke my heart,\" Pym Jr. said.")
    assert speakers_of(quotes_of, text) == [("Pym Jr.", "Harold Pym Jr.", "son to Harold Pym Sr.")]


def test_a_nationality_noun_is_the_person_named_before(quotes_of):
    text = ("Forward Ciaran Dolan, 27, has joined Wexmoor Town on a two-year deal. \"I wanted to play every "
            "week,\" the Irishman said.")
    assert speakers_of(quotes_of, text) == [("the Irishman", "Ciaran Dolan", "Forward")]


def test_the_ombudsman_is_no_nationality(nlp):
    from storyweave.analyze.quote_speakers import DEMONYM_PERSON

    assert DEMONYM_PERSON.fullmatch("Welshwoman") and DEMONYM_PERSON.fullmatch("Scotsman")
    assert not DEMONYM_PERSON.fullmatch("Ombudsman") and not DEMONYM_PERSON.fullmatch("Chairman")


def test_the_prosecutor_is_the_barrister_named_as_prosecuting(quotes_of):
    text = ("Helen Garside KC, prosecuting, said the fire had been started deliberately. For the defence, "
            "Amit Rao said his client had been asleep. The prosecutor said the phone records showed otherwise.")
    got = speakers_of(quotes_of, text)
    assert got[-1] == ("The prosecutor", "Helen Garside", "KC")
    assert got[1][:2] == ("Amit Rao", "Amit Rao")


def test_the_prosecutor_after_prosecuting_comma_name(quotes_of):
    text = ("Prosecuting, Lewis Brand said the van had been stolen to order. The prosecutor said three other "
            "vans were found at the farm.")
    assert [s[:2] for s in speakers_of(quotes_of, text)] == [
        ("Lewis Brand", "Lewis Brand"), ("The prosecutor", "Lewis Brand")]


def test_a_plural_possessive_opens_the_role_before_a_name(quotes_of):
    text = "Tenants' association secretary Mavis Oduro said the lifts had been broken for a month."
    assert speakers_of(quotes_of, text) == [("Mavis Oduro", "Mavis Oduro", "Tenants' association secretary")]


def test_a_club_named_with_united_is_a_body_and_its_name_stays_in_the_manager_role(quotes_of, nlp):
    text = ("Ashgrove United lost 3-0 at home on Saturday. United manager Derek Fallon said: \"We were "
            "nowhere near it.\"")
    assert people_found(nlp, text)["Ashgrove United"][0] == "org"
    assert speakers_of(quotes_of, text) == [("Derek Fallon", "Derek Fallon", "United manager")]


def test_the_defendant_is_the_person_the_article_put_on_trial(quotes_of):
    text = ("Rhys Talbot, 44, denies stealing cattle from a farm near Corwen. Farmer Gwen Pryce said she had "
            "counted the herd twice. \"I have never been near that farm,\" the defendant told the jury.")
    got = [s[:2] for s in speakers_of(quotes_of, text)]
    assert ("Gwen Pryce", "Gwen Pryce") in got
    assert got[-1] == ("the defendant", "Rhys Talbot")


def test_the_defendant_with_nobody_on_trial_stays_unnamed(quotes_of):
    text = ("Farmer Gwen Pryce said she had counted the herd twice. \"I have never been near that farm,\" the "
            "defendant told the jury.")
    assert speakers_of(quotes_of, text)[-1] == ("the defendant", None, None)
