"""Round 16 speaker finding: the forms speaker batch 15 of tests/speaker_probe_cases.py (US
political wire, sports, science releases, foreign ministries, TV interviews) found missing,
each tested on fictional variants: a party-and-state tag is no role, an apposition of two
noun phrases gives two roles and a relative clause none, "the governor" after "Gov.", "X's
office" speaks for X, and a first name before a hyphenated surname."""

from __future__ import annotations

from quote_checks import speakers_of


def test_a_party_and_state_tag_is_no_role(quotes_of):
    text = "Sen. Hollis Varga (D-Westmark) said the bill would pass."
    assert speakers_of(quotes_of, text) == [("Sen. Hollis Varga", "Hollis Varga", "Sen.")]
    text = "Rep. Gil Hamada (R-Kessing) said he would vote against the bill."
    assert speakers_of(quotes_of, text) == [("Rep. Gil Hamada", "Gil Hamada", "Rep.")]


def test_two_descriptions_joined_by_and_are_two_roles(quotes_of):
    text = ("\u201cThe effect was larger than we expected,\u201d said Dr. Ines Marlowe, a chemist at "
            "Brackwater University and the paper's senior author.")
    assert speakers_of(quotes_of, text) == [("Dr. Ines Marlowe", "Ines Marlowe",
                                      "Dr.; chemist at Brackwater University; paper's senior author")]


def test_a_relative_clause_in_an_apposition_is_no_role(quotes_of):
    text = ("Professor Kwame Adjei, a geologist at Tallis College who was not part of the survey, "
            "said the data were sound.")
    assert speakers_of(quotes_of, text) == [("Professor Kwame Adjei", "Kwame Adjei", "Professor; geologist at Tallis College")]
    text = ("Dr. Ines Marlowe, an epidemiologist at Brackwater University who was not involved in the "
            "study, said the results were \u201cpromising\u201d.")
    assert speakers_of(quotes_of, text) == [("Dr. Ines Marlowe", "Ines Marlowe", "Dr.; epidemiologist at Brackwater University")]


def test_the_governor_after_gov_is_the_one_given_the_title(quotes_of):
    text = ("Gov. Lena Marsh told host Ed Fry that she would veto the bill. Fry asked about the "
            "budget. \u201cWe will balance it,\u201d the governor replied.")
    got = speakers_of(quotes_of, text)
    assert got[-1] == ("the governor", "Lena Marsh", "Gov.")


def test_a_persons_office_speaks_for_the_person(quotes_of):
    text = ("Mayor Ruth Okoro said the pool would reopen. Okoro's office said in a statement that "
            "repairs would cost $2 million.")
    assert speakers_of(quotes_of, text)[-1] == ("Okoro's office", "Ruth Okoro", "Mayor")


def test_a_first_name_before_a_hyphenated_surname_is_part_of_the_name(quotes_of):
    text = "\u201cTurnout will decide it,\u201d said Ana Soto-Varela, director of the Kellmoor poll."
    assert speakers_of(quotes_of, text) == [("Ana Soto-Varela", "Ana Soto-Varela", "director of the Kellmoor poll")]
