"""Round 20 speaker finding (session 26): the forms speaker batch 24 of
tests/speaker_probe_cases.py found wrong, each tested on fictional variants with what each rule
must leave alone: a one-word news outlet the small model tags as a person, named only as the
addressee ("told Keelwatch"), in "speaking to" or in a "seen by" phrase, takes no pronoun; a
document read by someone is not signed by them ("a memo seen by X", against "a letter signed
by X"); a hyphenated role the parser split into appositions ("a co-founder of the charity"); a
first name and a surname the small model took for a body, named again by the surname alone."""

from __future__ import annotations

from quote_checks import speakers_of


def test_an_outlet_named_only_as_addressee_takes_no_pronoun(quotes_of):
    text = ("Piet Carne manages the harbour. He told Keelwatch the harbour would shut in May. "
            "He said the council had cut its grant.")
    assert speakers_of(quotes_of, text) == [("He", "Piet Carne", None), ("He", "Piet Carne", None)]
    text = ("Piet Carne manages the harbour. Speaking to Keelwatch, he said the harbour would shut. "
            "He said the council had cut its grant.")
    assert [name for _, name, _ in speakers_of(quotes_of, text)] == ["Piet Carne", "Piet Carne"]


def test_who_saw_a_document_did_not_write_it(quotes_of):
    text = "A memo seen by Lobbyline warns managers that the depot will close."
    assert speakers_of(quotes_of, text) == [("A memo seen by Lobbyline", None, None)]
    # a signer still speaks for the document
    text = "A letter signed by headteacher Alun Brice said the school would close."
    assert speakers_of(quotes_of, text) == [("Alun Brice", "Alun Brice", "headteacher")]


def test_a_hyphenated_role_is_one_role(quotes_of):
    text = "\u201cIt works,\u201d said Ada Moss, a co-founder of the charity."
    assert speakers_of(quotes_of, text) == [("Ada Moss", "Ada Moss", "co-founder of the charity")]
    # a word with hyphens inside an apposition stays whole as before
    text = "Jane Roe, a mother-of-three, said the road was dangerous."
    assert speakers_of(quotes_of, text) == [("Jane Roe", "Jane Roe", "mother-of-three")]


def test_a_first_name_and_surname_taken_for_a_body_is_a_person(quotes_of):
    text = "Ines Varga runs Tessaly Foods. In an interview on Friday, Varga said the dairy arm would stay."
    assert speakers_of(quotes_of, text) == [("Varga", "Ines Varga", None)]
    # a body whose last word is a first name is not named by it alone
    text = "Hollis Stanley cut its forecast on Monday. The bank said growth would slow."
    assert all(name != "Stanley" for _, name, _ in speakers_of(quotes_of, text))
