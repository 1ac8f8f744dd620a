"""A present-tense attribution inside a sentence that the small parser reads as a noun phrase
("Residents, Jane Roe notes, welcome the plan"). Fictional text."""

from __future__ import annotations


def _parts(quotes):
    return [(q.text, q.speaker_name, q.cue) for q in quotes]


def test_a_name_and_a_present_speech_verb_between_commas_attribute_the_sentence(quotes_of):
    text = ("Councillor Ines Marlow spoke at the meeting. Residents of the valley, Ines Marlow "
            "notes, welcome the plan to reopen the old depot.")
    assert _parts(quotes_of(text)) == [
        ("Residents of the valley", "Ines Marlow", "notes"),
        ("welcome the plan to reopen the old depot", "Ines Marlow", "notes")]


def test_an_organisation_can_be_the_speaker_of_such_an_aside(quotes_of):
    text = "The depot, Harlan Freight says, will reopen in May."
    assert _parts(quotes_of(text)) == [("The depot", "Harlan Freight", "says"),
                                       ("will reopen in May", "Harlan Freight", "says")]


def test_a_capitalised_word_in_a_list_of_names_is_no_aside(quotes_of):
    assert quotes_of("The firm, Apple Notes, makes apps for schools.") == []
    assert quotes_of("Dunmore, Kent, lies on the coast.") == []


def test_an_aside_with_when_it_was_said_still_splits_its_sentence(quotes_of):
    for text in ("If the toll stays, she warned on Monday, workers will strike.",
                 "If the toll stays, she warned, workers will strike."):
        assert [(q.text, q.speaker) for q in quotes_of(text)] == [
            ("If the toll stays", "she"), ("workers will strike", "she")]


def test_the_part_before_an_aside_opens_a_that_clause_after_it(quotes_of):
    text = ("The papers show, he said in a telephone interview, that the council and the depot "
            "owners worked hand in hand.")
    assert [q.text for q in quotes_of(text)] == [
        "The papers show", "that the council and the depot owners worked hand in hand"]


def test_an_object_or_a_relative_clause_between_commas_is_no_aside(quotes_of):
    text = ("When the nurse came home from the clinic, the governor ordered a quarantine, "
            "even though she was well.")
    assert not any(q.text.startswith("When the nurse") for q in quotes_of(text))
    text = "The union, which endorsed Jane Roe in May, is one of the largest in the region."
    assert quotes_of(text) == []


def test_an_aside_may_name_who_heard_it(quotes_of):
    # ", the mayor told reporters on Monday,": the object of "told" is the listener; the
    # parser also hangs the first part on "told" as a second subject
    text = ("Mayor Ines Marlow visited the valley. Residents, the mayor told reporters on Monday, "
            "would be compensated within a month.")
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("Residents", "the mayor"), ("would be compensated within a month", "the mayor")]
    text = "The levy, he warned farmers at the meeting, would double by spring."
    assert [q.text for q in quotes_of(text)] == ["The levy", "would double by spring"]


def test_a_cue_with_a_real_object_between_commas_is_still_no_aside(quotes_of):
    # "announced a plan" is a message, not a listener: no aside, the sentence is not split
    text = "The depot, the firm announced a plan on Monday, will close in May."
    assert not any(q.text == "The depot" for q in quotes_of(text))
