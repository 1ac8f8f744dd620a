"""Round 17 speaker finding: the forms speaker batch 16 of tests/speaker_probe_cases.py (long
features, groups, reports of reports, podcasts and press conferences, posts with handles,
Indian, Nigerian, Kenyan and Filipino papers) found missing, each tested on fictional
variants with what each rule must leave alone: a name the recogniser calls a place before an
age and a verb, a title's initials ("the SP"), a handle in brackets, "One mother, X,", a
participle that says how sources know, "Asked by X", a two-word surname alone, a surname the
recogniser left off a title and a first name, an agent noun before a name in apposition, a
transcript label that is no apposition, and "the MLA from X"."""

from __future__ import annotations

from quote_checks import speakers_of


def test_a_name_with_an_age_and_a_verb_after_it_is_a_person(quotes_of):
    text = ("Elsie Harding, 81, has kept bees on the hill since 1970. \u201cThey are calmer than "
            "people,\u201d she said.")
    assert speakers_of(quotes_of, text) == [("she", "Elsie Harding", None)]


def test_the_initials_of_a_title_are_the_person_given_it(quotes_of):
    text = ("Superintendent of Police Meera Nair said two men had been held. The SP said more arrests "
            "were likely.")
    assert speakers_of(quotes_of, text) == [("Meera Nair", "Meera Nair", "Superintendent of Police"),
                                     ("The SP", "Meera Nair", "Superintendent of Police")]


def test_a_bracketed_acronym_of_a_body_still_names_the_body(quotes_of):
    text = ("Greta Voss, general secretary of the Federation of Ferry Crews (FFC), said talks had "
            "failed. The FFC said a strike was likely.")
    assert speakers_of(quotes_of, text)[1] == ("The FFC", "Federation of Ferry Crews", None)


def test_a_handle_in_brackets_is_neither_name_nor_role(quotes_of):
    text = "Harbour Rail (@HarbourRail) posted on X: \u201cServices are suspended.\u201d"
    assert speakers_of(quotes_of, text) == [("Harbour Rail", "Harbour Rail", None)]
    text = "Winger Tola Ade (@tolaade) shared a photo. \u201cNearly there,\u201d she wrote."
    assert speakers_of(quotes_of, text) == [("she", "Tola Ade", "Winger")]


def test_one_of_several_is_no_part_of_a_role(quotes_of):
    text = ("Shoppers queued from dawn. One trader, Pat Orme, said sales had doubled.")
    assert speakers_of(quotes_of, text) == [("Pat Orme", "Pat Orme", "trader")]


def test_a_participle_saying_how_sources_know_stays_in_the_mention(quotes_of):
    text = "Two officials briefed on the inquiry said the report would be published in May."
    assert speakers_of(quotes_of, text) == [("Two officials briefed on the inquiry", None, None)]
    # a participle telling what happened to the speaker is no part of how a source is named
    text = "A man arrested on Sunday said he had been at home all night."
    assert speakers_of(quotes_of, text) == [("A man", None, None)]


def test_asked_by_names_who_asked(quotes_of):
    text = "Asked by a reporter whether he would stand down, the chairman said: \u201cNo.\u201d"
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("whether he would stand down", "a reporter"), ("No.", "the chairman")]
    text = "Asked whether he would stand down, the chairman said: \u201cNo.\u201d"
    assert [(q.text, q.speaker) for q in quotes_of(text)][0] == ("whether he would stand down", None)


def test_a_two_word_surname_alone_is_the_person_named_in_full(quotes_of):
    text = ("Councillor Ana Dela Rosa said the vote would be held on Friday. \u201cWe are ready,\u201d "
            "Dela Rosa said.")
    assert speakers_of(quotes_of, text)[1] == ("Dela Rosa", "Ana Dela Rosa", "Councillor")


def test_a_surname_left_off_a_title_and_first_name_joins_them(quotes_of):
    text = "Cllr Bethan Rowe disagreed. She said the hall needed repairs."
    assert speakers_of(quotes_of, text) == [("She", "Bethan Rowe", "Cllr")]


def test_an_agent_noun_before_a_name_in_apposition_makes_a_person(quotes_of):
    text = ("Host Lia Trent spoke to the pianist Carla Fitch about her new album.\n\n"
            "TRENT: Why a lighthouse?\n\nFITCH: Because I grew up beside one.")
    got = [(q.text, q.speaker, q.speaker_name, q.speaker_role) for q in quotes_of(text)]
    # (the question in the label's paragraph is no apposition giving the host a role)
    assert ("Why a lighthouse?", "TRENT", "Lia Trent", "Host") in got
    assert ("Because I grew up beside one.", "FITCH", "Carla Fitch", "pianist") in got


def test_an_mla_from_a_place_keeps_the_seat_in_the_role(quotes_of):
    text = "Raj Menon, the MLA from Palakad, said the road would be widened."
    assert speakers_of(quotes_of, text) == [("Raj Menon", "Raj Menon", "MLA from Palakad")]
