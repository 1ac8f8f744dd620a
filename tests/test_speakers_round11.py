"""Speaker rules added in session 11 (issue 3); every sentence here is invented."""

from __future__ import annotations

from quote_checks import speakers_of

# --- leftovers from session 10 ---

def test_post_nominal_letters_belong_to_the_mention_not_the_name(quotes_of):
    # a seat or a rank at the bar is a role; an honour is neither name nor role
    assert speakers_of(quotes_of, "Ms Wenna Calloway KC said: \"The appeal has no merit.\"") == [
        ("Ms Wenna Calloway KC", "Wenna Calloway", "KC")]
    assert speakers_of(quotes_of, "Brid Tolan TD said the scheme had failed. \"It has failed,\" Ms Tolan said.") == [
        ("Brid Tolan TD", "Brid Tolan", "TD"), ("Ms Tolan", "Brid Tolan", "TD")]
    assert speakers_of(quotes_of, "Gardener Helen Marr OBE said: \"We will keep digging.\"") == [
        ("Helen Marr OBE", "Helen Marr", "Gardener")]


def test_an_office_of_a_place_after_a_name_is_a_role_not_a_person(quotes_of):
    text = "Simon Penhale, Dean of Marrowby, said: \"The cathedral will reopen.\""
    assert speakers_of(quotes_of, text) == [("Simon Penhale", "Simon Penhale", "Dean of Marrowby")]
    text = "The Very Rev Simon Penhale, Dean of Marrowby, said: \"The cathedral will reopen.\""
    assert speakers_of(quotes_of, text) == [
        ("The Very Rev Simon Penhale", "Simon Penhale", "Very Rev; Dean of Marrowby")]


def test_a_spokesman_for_a_body_written_in_lower_case_names_the_body(quotes_of):
    text = "A spokesman for the Veldonian embassy said: \"We are following events.\""
    assert speakers_of(quotes_of, text) == [
        ("A spokesman for the Veldonian embassy", "Veldonian embassy spokesman", "spokesman, Veldonian embassy")]


def test_a_statement_issued_on_behalf_of_someone_is_theirs(quotes_of):
    text = "A statement released on behalf of Corin Abbot said: \"I regret nothing.\""
    assert speakers_of(quotes_of, text) == [
        ("A statement released on behalf of Corin Abbot", "Corin Abbot", None)]
    # a family the article does not name has no resolved name, but the mention is whole
    text = "A statement issued on behalf of the family said: \"She was a loving mother.\""
    assert speakers_of(quotes_of, text) == [("A statement issued on behalf of the family", None, None)]


# --- batch 10 fixes ---

def test_a_bracketed_acronym_after_a_body_stands_for_it_later(quotes_of):
    text = ("The Guild of Harbour Pilots (GHP) has balloted its members.\n\n"
            "The GHP said the vote was \"overwhelming\".")
    assert speakers_of(quotes_of, text) == [("The GHP", "Guild of Harbour Pilots", None)]


def test_the_plural_of_a_couples_surname_is_the_couple(quotes_of):
    text = ("Dennis and Alison Tregear bought the farm in 2011.\n\n"
            "Mr Tregear said the barn had cost them a fortune.\n\n"
            "The Tregears said they hoped to open a shop.")
    assert speakers_of(quotes_of, text) == [
        ("Mr Tregear", "Dennis Tregear", None), ("The Tregears", None, None)]


def test_an_honorific_makes_a_person_of_a_surname_tagged_as_a_body(quotes_of):
    # and "Mr" after only her full name and "her husband, Name" is her husband
    text = ("Gwen Hollister and her husband, Piran, lost everything in the fire.\n\n"
            "Mr Hollister said the firefighters had been \"incredible\".")
    assert speakers_of(quotes_of, text) == [("Mr Hollister", "Piran", "husband to Gwen Hollister")]


def test_names_with_particles_resolve_alone_later(quotes_of):
    text = ("Councillor Elena de la Vega said the pool would stay open.\n\n"
            "\"Pools are not a luxury,\" Ms de la Vega said.")
    assert [s[:3] for s in speakers_of(quotes_of, text)] == [
        ("Councillor Elena de la Vega", "Elena de la Vega", "Councillor"),
        ("Ms de la Vega", "Elena de la Vega", "Councillor")]
    text = ("Samira al-Rashidi, who runs a bakery in the old town, said flour was short.\n\n"
            "\"We have flour for a week,\" al-Rashidi said.")
    assert [s[1] for s in speakers_of(quotes_of, text)] == ["Samira al-Rashidi"] * 2


def test_a_hyphenated_given_name_with_a_lower_case_half(quotes_of):
    text = ("Kim Ji-woo, an engineer at the Daesan Institute, said the bridge was safe.\n\n"
            "\"The cables are new,\" Kim said.")
    got = speakers_of(quotes_of, text)
    assert [g[1] for g in got] == ["Kim Ji-woo", "Kim Ji-woo"]
    assert got[0][2] == "engineer at the Daesan Institute"


def test_initials_and_a_surname_are_a_person(quotes_of):
    text = ("The poet R.T. Marrable said: \"I wrote it on a bus.\"\n\n"
            "Marrable said the book had surprised everyone.")
    assert speakers_of(quotes_of, text) == [("R.T. Marrable", "R.T. Marrable", "poet"),
                                          ("Marrable", "R.T. Marrable", "poet")]


def test_an_acronym_written_with_a_is_a_job_not_a_body(quotes_of):
    text = ("Dr Morwenna Tull, a GP in Pellow, has treated patients for 30 years.\n\n"
            "The GP said: \"I have never known it this bad.\"")
    assert speakers_of(quotes_of, text) == [("The GP", "Morwenna Tull", "Dr; GP")]
    # "a HSE spokeswoman": the acronym modifies a noun and still names the body
    text = "The clinic closed in May. A NHSW spokeswoman said it would reopen."
    assert speakers_of(quotes_of, text)[0][0] == "A NHSW spokeswoman"


def test_a_quoted_nickname_alone_names_the_person(quotes_of):
    text = ("Former jockey Desmond \"Dusty\" Farrant now trains horses.\n\n"
            "\"Racing saved me,\" Dusty said.")
    assert speakers_of(quotes_of, text) == [("Dusty", "Desmond Farrant", "Former jockey")]


def test_a_noun_set_off_by_a_comma_before_a_name_with_an_age_is_her_role(quotes_of):
    # the parser makes both "baker" and the name subjects of "said"
    text = "The baker, Dilys Prowse, 58, said she had been buying flour when the ceiling gave way."
    assert speakers_of(quotes_of, text) == [("Dilys Prowse", "Dilys Prowse", "baker")]


def test_two_capitalised_words_before_who_are_a_persons_name(quotes_of):
    # the recogniser takes only the surname, for a body; ", who" says a person
    text = ("Ngaire Tawhiri, who has campaigned for the crossing since her son was hurt there in "
            "2019, said: \u201cIt should not take an injury.\u201d")
    assert speakers_of(quotes_of, text)[0][:2] == ("Ngaire Tawhiri", "Ngaire Tawhiri")
