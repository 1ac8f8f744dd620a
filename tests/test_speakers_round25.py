"""Round 25 speaker finding (round 32 of quotes): speaker batch 29 of tests/speaker_probe_cases.py
-- technology trade press and product launches, live blogs, emergency briefings and police
appeals, magazine features, translated speech and crowds -- and the rules it led to, each tested
on fictional variants with what each rule must leave alone."""

from __future__ import annotations

from speaker_probe_cases import CASES


def test_batch_29_is_in_the_list():
    assert sum(c.batch == 29 for c in CASES) >= 20


def _people(nlp, text: str) -> list[tuple[str, str]]:
    from storyweave.analyze.people import find_people

    return [(p.name, p.kind) for p in find_people(nlp(text))]


def test_a_bare_age_as_the_complement_makes_a_person(nlp):
    # the small model tags the pair as nothing or a body; "is 84" is said of a person
    assert ("Odile Marsh", "person") in _people(nlp, "Odile Marsh is 84.")


def test_a_surname_tagged_a_person_alone_makes_the_pair_a_person(nlp):
    text = "Odile Marsh grew up above the harbour. \u201cMy mother said it,\u201d Marsh says."
    assert ("Odile Marsh", "person") in _people(nlp, text)


def test_what_only_a_person_does_makes_a_person(nlp):
    assert ("Odile Marsh", "person") in _people(nlp, "Odile Marsh remembers the winter the mill closed.")
    # a body's name with a body's word in it, or a common noun first, stays a body
    assert ("Apple Music", "person") not in _people(nlp, "Apple Music remembers every song you skip.")
    assert ("Harbour Freight Group", "person") not in _people(nlp, "Harbour Freight Group remembers its founder.")


def test_a_product_line_between_the_and_a_device_noun_is_no_body(nlp, quotes_of):
    text = ("Eli Strand wrote on X that the Lumo speaker had been a mistake. The company said in a statement "
            "that refunds would start on Monday.")
    assert not [p for p in _people(nlp, text) if p[0] == "Lumo"]
    # a name that also stands on its own elsewhere is kept (whatever kind the tagger gives it)
    text = "Lumo said sales rose. The Lumo app was updated on Monday."
    assert [p for p in _people(nlp, text) if p[0] == "Lumo"]


def test_she_after_a_person_only_verb_resolves(quotes_of):
    q = quotes_of("Odile Marsh remembers the winter the mill closed.\n\n\u201cWe had nothing,\u201d she recalls.")[0]
    assert (q.speaker, q.speaker_name) == ("she", "Odile Marsh")


def test_a_one_word_name_owning_a_chief_executive_is_a_body(nlp, quotes_of):
    text = ("Corvane's founder, Eli Strand, wrote on X that the speaker had been a mistake. The company said "
            "in a statement that refunds would start on Monday.")
    q = quotes_of(text)[1]
    assert (q.speaker, q.speaker_name) == ("The company", "Corvane")
    # a spokesman or staff a person has too: no evidence of a body
    from storyweave.analyze.people_employers import owns_body_role

    doc = nlp("Halloway's spokesman said no. Corvane's chief executive said yes.")
    assert not owns_body_role(doc, 1) and owns_body_role(doc, 7)
