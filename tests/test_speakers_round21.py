"""Round 21 speaker finding (session 27): the forms speaker batch 25 of tests/speaker_probe_cases.py
found wrong, each tested on fictional variants with what each rule must leave alone: a job at a
one-word firm named by its possessive ("Velmar's finance director said") is that firm's job; a
common word at a sentence's start that the tagger took for a body ("Households", "Heartbroken
neighbours") or a place on a diversion route ("via Marsh Junction") is nobody a quote or a
pronoun can go to."""

from __future__ import annotations

from quote_checks import speakers_of


def test_a_job_at_a_firm_named_by_its_possessive(quotes_of):
    text = "Velmar\u2019s finance director said the plant would stay open."
    assert speakers_of(quotes_of, text) == [
        ("Velmar\u2019s finance director", "Velmar finance director", "finance director, Velmar")]
    # a spokesman keeps its form; a person's lawyer is unnamed, as before
    text = "Velmar\u2019s spokesman said the plant would stay open."
    assert speakers_of(quotes_of, text) == [("Velmar\u2019s spokesman", "Velmar spokesman", "spokesman, Velmar")]


def test_a_common_word_at_the_start_is_no_speaker_name(quotes_of):
    text = "Parents told the Clarion the bus had not come for a week."
    assert speakers_of(quotes_of, text) == [("Parents", None, None)]
    text = "Furious commuters said the trains were late again."
    assert speakers_of(quotes_of, text) == [("Furious commuters", None, None)]


def test_a_place_on_a_diversion_takes_no_pronoun(quotes_of):
    text = ("Nadia Pell runs the corner shop. Since May, lorries have gone via Marsh Junction. "
            "She said trade had halved.")
    assert speakers_of(quotes_of, text) == [("She", "Nadia Pell", None)]
