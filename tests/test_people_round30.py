"""Round 30 people: honour pairs and police ranks before a name, a style of address before a
ruler's title, a noun known only as a noun opening a later sentence, and a name no first-name
list holds that only a person fits (people batch 3 of tests/people_probe_cases.py); each rule
tested on fictional variants with what it must leave alone."""

from __future__ import annotations


def test_honour_chains_and_ranks_before_a_name(people_kinds_of):
    assert people_kinds_of("Tan Sri Dato' Zainal Mokhtar opened the new terminal on Monday.") == [
        ("Zainal Mokhtar", "person")]
    assert people_kinds_of("Puan Sri Noraini Hashim launched the appeal.") == [("Noraini Hashim", "person")]
    assert people_kinds_of("Gunmen attacked a bus on Sunday. CP Garba Ndatsu said two passengers were hurt.") == [
        ("Garba Ndatsu", "person")]
    # "Tan" as a surname stays
    assert people_kinds_of("Tan Mei Ling runs a noodle stall.") == [("Tan Mei Ling", "person")]


def test_a_style_of_address_is_no_body(people_kinds_of):
    assert people_kinds_of("His Royal Highness, Emir Sadiq Barde, received the delegation.") == [
        ("Sadiq Barde", "person")]


def test_a_noun_only_word_opening_a_later_sentence(people_kinds_of):
    assert people_kinds_of("Polls closed at 10pm in Dunhallow. Turnout was the lowest in twenty years.") == []
    # a surname speaking at a sentence's start stays a person
    assert ("Carys Wendham", "person") in people_kinds_of(
        "Carys Wendham chairs the board. Wendham said the vote was fair.")


def test_an_unlisted_first_name_with_a_sign_only_a_person_has(people_kinds_of):
    assert people_kinds_of("Ulf Fenchurch said the wall had been crumbling. He said repairs were overdue.") == [
        ("Ulf Fenchurch", "person")]
    assert people_kinds_of("Bjarki Holloway said the nets had been cut. Holloway, 47, has fished the bay for years.") == [
        ("Bjarki Holloway", "person")]
    # a body is "it"; a firm named with a common word stays a body
    assert people_kinds_of("Brannock Lehrer said quarterly profits rose by 4%. It said costs fell.") == [
        ("Brannock Lehrer", "org")]
    assert people_kinds_of("Holloway Marine said the ferry would arrive in spring. He said nothing more.") == [
        ("Holloway Marine", "org")]
