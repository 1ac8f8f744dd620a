"""Round 19 speaker finding (session 25): the forms speaker batch 23 of
tests/speaker_probe_cases.py found wrong, each tested on fictional variants with what each rule
must leave alone: "It" right after a sentence whose subject is a document (the document, no
name) against "It" after a body as subject (the body); a share of people ("41 percent of
voters", "half of those asked") kept whole as the mention; and a document issued or adopted by a
body, whose participle of a report is the body's."""

from __future__ import annotations

from quote_checks import speakers_of


def test_it_after_a_document_as_subject_is_the_document(quotes_of):
    text = ("Carrow Health Trust commissioned an audit last year. The audit was finished in June. "
            "It said two wards were unsafe.")
    assert speakers_of(quotes_of, text) == [("It", None, None)]
    # a body as the subject before "It" still takes it
    text = "Carrow Health Trust published an audit on Monday. It said two wards were unsafe."
    assert speakers_of(quotes_of, text) == [("It", "Carrow Health Trust", None)]


def test_a_share_of_people_is_the_whole_mention(quotes_of):
    text = "Half of those asked said the bus service had got worse."
    assert speakers_of(quotes_of, text) == [("Half of those asked", None, None)]
    text = "In the survey, 62 percent of tenants said their rent had risen."
    assert speakers_of(quotes_of, text) == [("62 percent of tenants", None, None)]


def test_a_document_issued_by_a_body_is_the_bodys(quotes_of):
    text = "The Harwick Rowing Club issued a statement urging members to stay off the river."
    assert speakers_of(quotes_of, text)[0][0] == "The Harwick Rowing Club"
    text = "Ministers approved a plan calling on councils to build 5,000 homes."
    assert speakers_of(quotes_of, text) == [("Ministers", None, None)]


def test_a_received_document_speaks_for_its_writers(quotes_of):
    text = "The school received a letter from parents demanding that the crossing be moved."
    assert speakers_of(quotes_of, text) == [("a letter from parents", None, None)]
    # a document from a date names no writer (round 26: the date stays in the mention, as a
    # document's post-modifier does; it was cut off until then)
    text = "A warning notice from 2023 told the owners to repair the roof."
    assert speakers_of(quotes_of, text)[0][:2] == ("A warning notice from 2023", None)
