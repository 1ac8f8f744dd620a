"""Speaker rules added in session 13 (issue 3, after probe batch 12); every sentence here is invented."""

from __future__ import annotations

from quote_checks import people_found, speakers_of


def test_it_said_is_the_body_named_as_a_subject_not_a_modifier_after_it(quotes_of):
    text = ("Penrow District Council has apologised to tenants of the Marsh estate. It said repairs would "
            "start in May.")
    assert speakers_of(quotes_of, text) == [("It", "Penrow District Council", None)]


def test_grammar_only_a_body_takes_makes_a_name_a_body(nlp, quotes_of):
    # a relative "which", a plural "have" after one name, "its" in the clause it opens
    assert people_found(nlp, "Tolley Brewing, which employs 40 people, has closed.")["Tolley Brewing"][0] == "org"
    assert people_found(nlp, "Ashgrove Rovers have signed a new goalkeeper.")["Ashgrove Rovers"][0] == "org"
    text = ("Brindle Homes has dropped its plans for the old quarry. The firm said the site would be sold.")
    assert speakers_of(quotes_of, text) == [("The firm", "Brindle Homes", None)]
    # a person's name stays a person's
    assert people_found(nlp, "Megan Tolley has closed her cafe.")["Megan Tolley"][0] == "person"


def test_the_watchdog_is_the_body_that_acted_not_the_one_it_acted_on(quotes_of):
    text = ("The Office for Water Quality has fined Selbrook Water £2m. The watchdog said the leaks had "
            "gone on for years.")
    assert speakers_of(quotes_of, text) == [("The watchdog", "Office for Water Quality", None)]


def test_mr_and_mrs_surname_speak_together(quotes_of):
    assert speakers_of(quotes_of, "Mr and Mrs Pellow said they had lived in the village for 50 years.") == [
        ("Mr and Mrs Pellow", None, None)]


def test_an_unlisted_first_name_shares_the_surname_of_a_spouse_written_with_an_honorific(quotes_of):
    text = ("Ravi and Sunita Kothari run the post office. Mrs Kothari said the counter would close. \"It "
            "breaks my heart,\" he said.")
    assert speakers_of(quotes_of, text) == [
        ("Mrs Kothari", "Sunita Kothari", None), ("he", "Ravi Kothari", None)]


def test_a_rank_in_capitals_is_the_same_role_as_the_rank_spelled_out(quotes_of):
    text = ("Detective Sergeant Owen Marsh found the car.\n\n\"It had been burnt out,\" DS Marsh said.")
    assert speakers_of(quotes_of, text)[-1] == ("DS Marsh", "Owen Marsh", "Detective Sergeant")


def test_district_judge_is_a_title_written_with_the_name(quotes_of):
    assert speakers_of(quotes_of, "District Judge Amos Reilly said the fine had to be paid within a month.") == [
        ("District Judge Amos Reilly", "Amos Reilly", "District Judge")]


def test_an_age_by_decade_is_part_of_an_unnamed_speaker(quotes_of):
    assert speakers_of(quotes_of, "A man in his 70s said the bus had not stopped for him.") == [
        ("A man in his 70s", None, None)]


def test_an_unlisted_first_name_before_a_listed_middle_name_is_no_job(quotes_of):
    assert speakers_of(quotes_of, "Kahurangi Ann Tamatea said the marae would feed the volunteers.") == [
        ("Kahurangi Ann Tamatea", "Kahurangi Ann Tamatea", None)]
    # a common noun opening the sentence still says what she does
    assert speakers_of(quotes_of, "Beekeeper Ann Tamatea said the hives had survived the winter.") == [
        ("Ann Tamatea", "Ann Tamatea", "Beekeeper")]


def test_particles_the_recogniser_split_off_stay_in_the_name(quotes_of):
    text = ("Ines das Neves-Lobo, a pharmacist in Cardwell, said the shelves were empty. \"We wait every "
            "week,\" Mrs das Neves-Lobo said.")
    assert speakers_of(quotes_of, text) == [
        ("Ines das Neves-Lobo", "Ines das Neves-Lobo", "pharmacist"),
        ("Mrs das Neves-Lobo", "Ines das Neves-Lobo", "pharmacist")]
    # a first name tagged alone, then "ter" and a surname the recogniser left out; the surname
    # with its particle capitalised after quoted words is the same person
    text = "Dutch skater Femke ter Laan won the final. \"The ice was perfect,\" Ter Laan said."
    assert speakers_of(quotes_of, text)[-1][:2] == ("Ter Laan", "Femke ter Laan")


def test_the_first_of_two_surnames_names_the_person(quotes_of):
    text = ("Lucía Moreno Vidal, the director of the Calera food bank, said demand had doubled. \"We are "
            "out of rice,\" Moreno said.")
    assert speakers_of(quotes_of, text) == [
        ("Lucía Moreno Vidal", "Lucía Moreno Vidal", "director of the Calera food bank"),
        ("Moreno", "Lucía Moreno Vidal", "director of the Calera food bank")]


def test_one_name_with_an_age_that_speaks_is_a_person(quotes_of):
    text = "Wartini, 61, a weaver in the hill villages, said the dye had doubled in price."
    assert speakers_of(quotes_of, text) == [("Wartini", "Wartini", "weaver")]


def test_a_word_business_news_uses_for_a_firm_is_the_business_named_last(quotes_of):
    text = ("Pellworth Mutual has cut its savings rates again. The lender said savers would be told by "
            "letter.")
    assert speakers_of(quotes_of, text) == [("The lender", "Pellworth Mutual", None)]
    # a person whose job is that word is not replaced by a business ("the builder")
    text = "Tessa Marlow, a builder from Crossway, said the drains were too small."
    assert speakers_of(quotes_of, text) == [("Tessa Marlow", "Tessa Marlow", "builder")]


def test_a_title_and_an_honorific_joined_by_and_are_a_couple(quotes_of):
    assert speakers_of(quotes_of, "Dr and Mrs Calloway said they had not been told about the road.") == [
        ("Dr and Mrs Calloway", None, None)]


def test_a_first_name_alone_is_the_one_of_two_people_sharing_a_surname(quotes_of):
    text = ("Sisters Anna and Kate Brill run the bakery on Quay Street. \"We start at four,\" Kate said.")
    assert speakers_of(quotes_of, text) == [("Kate", "Kate Brill", None)]
