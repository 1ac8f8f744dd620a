"""Speaker rules added in session 14 (issue 3, after probe batch 13); every sentence here is invented."""

from __future__ import annotations

from quote_checks import people_found, speakers_of


def test_an_honorific_picks_the_one_of_two_unrelated_people_sharing_a_surname(quotes_of):
    # "Ms Dunne" can only be the woman whose first name no list holds; then "Mr Dunne" is not her
    text = ("Patrick Dunne, a fisherman, and Eirlys Dunne, a nurse, are not related.\n\nMs Dunne said the "
            "clinic was closing.\n\nMr Dunne said the harbour was silting up.")
    assert speakers_of(quotes_of, text) == [
        ("Ms Dunne", "Eirlys Dunne", "nurse"), ("Mr Dunne", "Patrick Dunne", "fisherman")]


def test_a_gendered_noun_the_name_renames_says_the_gender_of_an_unlisted_first_name(quotes_of):
    # the wife's first name is in no list; "his wife," says she is a woman, so "Mr Yelland" is
    # her husband, not the one named last
    text = ("Tom Yelland, a sheep farmer, and his wife, Gwenith Yelland, lost 90 ewes in the snow. Mr Yelland "
            "said the drifts were six feet deep.")
    assert speakers_of(quotes_of, text) == [("Mr Yelland", "Tom Yelland", "sheep farmer")]


def test_mrs_before_a_surname_that_is_also_a_street_word_is_a_person(nlp, quotes_of):
    text = ("Gordon Lane, 81, and Jean Lane, 79, have run the corner shop since 1970. Mrs Lane said the "
            "shop would close in June.")
    assert speakers_of(quotes_of, text) == [("Mrs Lane", "Jean Lane", None)]
    # a street named with "Lord" stays a street
    assert "Lord Lane" not in people_found(nlp, "The market moved to Lord Lane in 1990.")


def test_a_listed_first_name_a_quoted_nickname_and_a_surname_are_one_person(nlp, quotes_of):
    text = ("Winifred \"Freda\" Pengelly, 84, has sung in the chapel choir since 1950.\n\n\"I know every "
            "hymn,\" Pengelly said.\n\nFreda said the choir needed young voices.")
    people = people_found(nlp, text)
    assert "Winifred Pengelly" in people and "Pengelly" not in people
    assert [s[1] for s in speakers_of(quotes_of, text)] == ["Winifred Pengelly", "Winifred Pengelly"]


def test_given_names_no_list_holds_before_a_surname_are_the_name_not_a_role(nlp):
    from spacy.tokens import Span

    from storyweave.analyze.people import find_people

    # the recogniser may tag the surname alone ("Ama Serwaa [Boateng]"): the untagged proper
    # nouns bound to it that open the clause are given names, not a role
    doc = nlp("Efua Adjoa Quaye, treasurer of the Dockside cricket club, said the pavilion had flooded.")
    doc.ents = [Span(doc, 2, 3, label="PERSON")]
    people = {p.name: p.roles for p in find_people(doc)}
    assert people == {"Efua Adjoa Quaye": ["treasurer of the Dockside cricket club"]}
    # a plural title before a surname is not a given name ("Professors Roe and Lee")
    doc = nlp("Professors Hallam and Quist wrote the report on river pollution last year.")
    doc.ents = [Span(doc, 1, 2, label="PERSON")]
    assert not any(p.name.startswith("Professors") for p in find_people(doc))


def test_a_named_persons_lawyer_is_unnamed_and_an_appositive_name_is_that_persons_lawyer(quotes_of):
    text = "Dean Morrow, 33, was charged on Monday. According to Morrow's lawyer, he will plead not guilty."
    assert speakers_of(quotes_of, text) == [("Morrow's lawyer", None, None)]
    text = "Dean Morrow, 33, was charged on Monday. Morrow's solicitor, Asha Patel, said he would appeal."
    assert speakers_of(quotes_of, text) == [("Asha Patel", "Asha Patel", "solicitor to Dean Morrow")]
    # a body's spokesman by the body's possessive keeps the body
    text = "Lantern Energy raised prices on Monday. Lantern Energy's spokesman said costs had risen."
    assert speakers_of(quotes_of, text)[0][1] == "Lantern Energy spokesman"


def test_of_and_a_number_after_a_description_is_part_of_the_mention(quotes_of):
    text = ("Kerry Bannon, a father of four from Ashby, lost his job in March.\n\n\"We are living on "
            "savings,\" the father of four said.")
    assert speakers_of(quotes_of, text) == [("the father of four", "Kerry Bannon", "father of four")]


def test_a_noun_for_a_person_a_name_and_an_age_make_a_person_whatever_the_recogniser_says(quotes_of):
    # the recogniser may call an unfamiliar two-word name a place; no place has an age
    text = ("Joy Ayodele, 52, lost her shop in the fire. Her neighbour Segun Adeyemi, 48, said the fire "
            "started at dawn. \"She has lost everything,\" the 48-year-old said.")
    assert speakers_of(quotes_of, text) == [
        ("Segun Adeyemi", "Segun Adeyemi", "neighbour to Joy Ayodele"),
        ("the 48-year-old", "Segun Adeyemi", "neighbour to Joy Ayodele")]


def test_unlisted_names_with_a_persons_job_in_apposition_that_speak_are_a_person(nlp, quotes_of):
    text = ("Nana Efua Asantewaa, a councillor in Brenley, said the pool would stay open. Asantewaa said the "
            "money had been found.")
    assert [s[1] for s in speakers_of(quotes_of, text)] == ["Nana Efua Asantewaa", "Nana Efua Asantewaa"]
    # a body named the same way stays a body ("Harrow Trust, a charity, said")
    assert people_found(nlp, "Harrow Trust, a charity, said the appeal had raised £40,000.")["Harrow Trust"][0] == "org"


def test_a_kind_of_body_before_spokesman_matches_the_word_before_of_in_its_name(quotes_of):
    text = ("The Ministry of Inland Fisheries has closed the river to anglers. A ministry spokesman said the "
            "ban would last a month.")
    assert speakers_of(quotes_of, text) == [
        ("A ministry spokesman", "Ministry of Inland Fisheries spokesman", "spokesman, Ministry of Inland Fisheries")]
