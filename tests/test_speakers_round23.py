"""Round 23 speaker finding (quote round 30, sixteenth session): speaker batch 27 of
tests/speaker_probe_cases.py --
honour chains before a name ("Tan Sri Dato'", "Puan Sri", "Datuk Seri", "Dato'"), police ranks
at a sentence's start, a style before the name ("His Excellency, Governor X,"), a colon after a
verb of going on speaking, "According to a report by X," -- and the rules it led to, each tested
on fictional variants with what each rule must leave alone."""

from __future__ import annotations

from speaker_probe_cases import CASES


def test_batch_27_is_in_the_list():
    assert sum(c.batch == 27 for c in CASES) >= 10


def _speakers(quotes_of, text: str):
    return [(q.speaker, q.speaker_name, q.speaker_role) for q in quotes_of(text)]


def test_malaysian_honour_pairs_are_no_part_of_the_name(quotes_of):
    # "Tan Sri", "Puan Sri", "Toh Puan", "Dato' Sri" opening a title chain: honours, neither
    # role nor name; the mention keeps them as written
    assert _speakers(quotes_of, "Toh Puan Zaleha Mansor said the orphanage would get a new wing.") == [
        ("Toh Puan Zaleha Mansor", "Zaleha Mansor", None)]
    assert _speakers(quotes_of, "Tan Sri Dato' Seri Halim Saad said the merger was complete.") == [
        ("Tan Sri Dato' Seri Halim Saad", "Halim Saad", None)]
    assert _speakers(quotes_of, "Dato' Sri Kamal Idris told reporters that the toll would be cut.") == [
        ("Dato' Sri Kamal Idris", "Kamal Idris", None)]
    # "Tan" and "Sri" as name parts stay in the name; the honour alone names no one
    assert _speakers(quotes_of, "Tan Kok Leong said the market would reopen on Friday.") == [
        ("Tan Kok Leong", "Tan Kok Leong", None)]
    assert _speakers(quotes_of, "Sri Mulyani Dewi said the ferry was late again.") == [
        ("Sri Mulyani Dewi", "Sri Mulyani Dewi", None)]
    assert _speakers(quotes_of, "The Tan Sri said the plan was sound.") == [("The Tan Sri", None, None)]


def test_a_style_before_the_name_is_no_role(quotes_of):
    text = "His Serene Highness, Prince Albrecht Vonhoff, said the palace would open to visitors."
    assert _speakers(quotes_of, text) == [("Prince Albrecht Vonhoff", "Albrecht Vonhoff", "Prince")]
    text = "His Excellency, Ambassador Petra Lindqvist, said the embassy would stay open."
    assert _speakers(quotes_of, text) == [("Ambassador Petra Lindqvist", "Petra Lindqvist", "Ambassador")]
    # a body with the words in its name is still a body's phrase
    assert _speakers(quotes_of, "The Royal Highness hotel said rooms were full.") == [
        ("The Royal Highness hotel", None, None)]


def test_police_ranks_at_a_sentence_start(quotes_of):
    assert _speakers(quotes_of, "ASP Musa Garkida said the road was now safe.") == [
        ("ASP Musa Garkida", "Musa Garkida", "ASP")]
    assert _speakers(quotes_of, "CP Adamu Ndagi told reporters that patrols had been doubled.") == [
        ("CP Adamu Ndagi", "Adamu Ndagi", "CP")]


def test_a_second_verb_after_then_shares_the_subject(quotes_of):
    assert _speakers(quotes_of, "She shrugged, then went on: \u201cWe will manage.\u201d") == [("She", None, None)]
    assert _speakers(quotes_of, "He sat down, then resumed: \u201cWe will fight this all the way.\u201d") == [
        ("He", None, None)]
    # no quoted words: no report
    assert quotes_of("The bell rang, then began again: a long, slow peal.") == []
    assert quotes_of("Officers arrived, then began searching the house.") == []


def test_a_work_by_its_author_is_the_authors_word(quotes_of):
    text = "According to a poll by Marrowgate Research, most voters back the plan."
    assert _speakers(quotes_of, text) == [("a poll by Marrowgate Research", "Marrowgate Research", None)]
    text = "Rents are rising, according to a study by Penholt University."
    assert _speakers(quotes_of, text) == [("a study by Penholt University", "Penholt University", None)]


def test_according_to_then_a_subject_the_parser_hung_on_by(quotes_of):
    # the parser runs "Ledgerline, Democratic party insiders" into one phrase: the words after
    # the comma are the report's subject, the source ends at the comma
    quotes = quotes_of("According to a new report by Ledgerline, Democratic party insiders are trying to stall "
                       "the vote.")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Democratic party insiders are trying to stall the vote", "a new report by Ledgerline")]
    # an ordinary source and a source with an apposition are left alone
    assert [(q.text, q.speaker) for q in quotes_of("According to police, the driver was speeding.")] == [
        ("the driver was speeding", "police")]
    quotes = quotes_of("According to Jane Roe, a neighbour, the fire started at midnight.")
    assert [(q.text, q.speaker_name) for q in quotes] == [("the fire started at midnight", "Jane Roe")]


def test_they_after_a_plural_subject_of_its_sentence_is_those_people(quotes_of):
    # (sixteenth session, read off `show` on a blind event set) not the body named before
    text = ("Owner Mara Quill of Quill & Daughters said the raid lasted minutes. Detectives are "
            "investigating a break-in further along the street, which they say is not linked.")
    assert _speakers(quotes_of, text)[1] == ("they", None, None)
    # "they" as the subject of the plural noun's own clause goes on resolving to the body
    text = "Halvern Council met on Monday. Councillors said they would vote on the bridge in May."
    assert [s[0] for s in _speakers(quotes_of, text)] == ["Councillors"]
    text = "Halvern Council met on Monday. They said the bridge was unsafe."
    assert _speakers(quotes_of, text) == [("They", "Halvern Council", None)]
