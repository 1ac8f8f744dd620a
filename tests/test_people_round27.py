"""Round 27 people: places, things and common words the tagger takes for persons or bodies
(people batch 1 of tests/people_probe_cases.py, scored by bench/people_probes.py), each rule
tested on fictional variants with what it must leave alone."""

from __future__ import annotations

import pytest
from people_probe_cases import CASES, OPEN_CASES, check

from storyweave.analyze.people import find_people


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(reason=OPEN_CASES[c.id], strict=True)) if c.id in OPEN_CASES else c
    for c in CASES], ids=[c.id for c in CASES])
def test_people_probe(nlp, case):
    people = find_people(nlp(case.text))
    for what, name in case.checks:
        assert check(people, what, name), (what, name, [(p.name, p.kind) for p in people])


def test_a_road_junction_or_a_town_after_across_is_a_place(people_kinds_of):
    assert people_kinds_of("Lorries now go via Marsh Junction and the Kell Roundabout.") == []
    assert people_kinds_of("Across Pellby, pubs shut early on Friday.") == []
    # a body one works at or invests in stays a body
    assert ("Tessaly Foods", "org") in people_kinds_of("She invested in Tessaly Foods in 2019.")


def test_kin_words_and_capitalised_common_words_are_no_names(people_kinds_of):
    assert people_kinds_of("Dad was at the match when the roof fell in.") == []
    assert people_kinds_of("Devastated relatives gathered outside the court.") == []
    assert people_kinds_of("FOUR warnings were IGNORED by the board.") == []
    # an acronym in capitals stays a body; a name after "Mum" stays a person
    assert ("NATO", "org") in people_kinds_of("NATO said the exercise would go ahead.")
    assert ("Kerry Dunn", "person") in people_kinds_of("Their mum, Kerry Dunn, said she was proud.")


def test_products_phone_lines_and_trade_words(people_kinds_of):
    assert people_kinds_of("Torvaline, branded Maxiquel, got its licence in 2018.") == []
    assert people_kinds_of("The drug is marketed as Maxiquel in Europe.") == []
    assert people_kinds_of("Call the Alert Line on 0800 555 0192.") == []
    assert ("Velmar Generics", "org") in people_kinds_of("Velmar Generics makes the tablets in Brackwater.")
    assert ("Velmar Therapeutics", "org") in people_kinds_of("The agency licensed Velmar Therapeutics for it in 2018.")
    # a shipping or rail line that speaks is a body
    assert any(name == "Kestrel Line" for name, _ in people_kinds_of("The Kestrel Line said ferries would run."))


def test_a_brand_named_once_as_a_brand_is_a_product_throughout(people_kinds_of):
    text = "Norvastin, branded Peltrex, was approved in 2015. Peltrex was withdrawn in May. Orrel makes it."
    assert people_kinds_of(text) == [("Orrel", "org")]


def test_capitals_and_sentence_start_nouns(people_kinds_of):
    assert people_kinds_of("The bridge was SLAMMED shut as cases grew to TWELVE.") == []
    text = "Turnout was 41 percent. Officials said turnout fell in every ward."
    assert people_kinds_of(text) == []
    # a surname that is also a word, never written in lower case, stays a person
    text = "Glenys Glass chairs the board. Glass is a former teacher."
    assert ("Glenys Glass", "person") in people_kinds_of(text)
