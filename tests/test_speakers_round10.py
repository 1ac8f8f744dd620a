"""Speaker rules added in session 10 (issue 3); every sentence here is invented."""

from __future__ import annotations


def _speakers(quotes_of, text: str):
    return [(q.text, q.speaker, q.speaker_name, q.speaker_role) for q in quotes_of(text)]


def test_the_article_that_opens_a_named_body_is_part_of_the_mention_not_the_name(quotes_of):
    got = _speakers(quotes_of, "The Tarnmouth Water Board said on Monday that the reservoir was full.")
    assert got == [("that the reservoir was full", "The Tarnmouth Water Board", "Tarnmouth Water Board", None)]
    (q,) = quotes_of("The Tarnmouth Water Board said on Monday that the reservoir was full.")
    assert (q.speaker_start, q.speaker_end) == (0, len("The Tarnmouth Water Board"))


def test_an_article_of_a_longer_phrase_stays_out_of_the_name_mention(quotes_of):
    # "the" belongs to "the Gazette's editor", not to the body's name: the mention is the
    # whole phrase, never "the Gazette"
    quotes = quotes_of("Orrin Vale was named on Friday. The Pellbridge Gazette's editor said the "
                       "paper would appeal.")
    assert quotes[0].speaker == "The Pellbridge Gazette's editor"


def test_a_spokeswoman_of_an_unnamed_body_keeps_her_job_as_role(quotes_of):
    got = _speakers(quotes_of, "A hospital spokeswoman said: \"The ward is open again.\"")
    assert got == [("The ward is open again.", "A hospital spokeswoman", None, "spokeswoman")]
    # "a source" names no job
    got = _speakers(quotes_of, "A source said the talks had stalled.")
    assert got == [("the talks had stalled", "A source", None, None)]


def test_a_participle_cue_takes_the_speaker_written_after_its_head_verb(quotes_of):
    text = "\u201cWe lost our shape,\u201d groaned the goalkeeper, adding that the defence was tired."
    got = _speakers(quotes_of, text)
    assert [g[1] for g in got] == ["the goalkeeper", "the goalkeeper"]
    text = "\u201cIt was a long night,\u201d sighed Mina Koval, saying that the crew had earned a rest."
    got = _speakers(quotes_of, text)
    assert [g[1:3] for g in got] == [("Mina Koval", "Mina Koval")] * 2


# --- batch 9 fixes (session 10); every sentence here is invented ---

def test_a_statement_from_a_named_persons_office_is_the_whole_mention(quotes_of):
    text = "According to a statement from Mayor Odo Brennet's office, the festival is cancelled."
    assert _speakers(quotes_of, text) == [
        ("the festival is cancelled", "a statement from Mayor Odo Brennet's office", "Odo Brennet", "Mayor")]


def test_a_person_noun_before_a_first_name_outweighs_a_place_tag(quotes_of):
    # the small model tags some names as places; "fisherman"/"farmer" before a first name says person
    text = "Among the crowd was farmer Megan Dray.\n\n\u201cNobody asked us,\u201d she said."
    assert _speakers(quotes_of, text)[0][1:] == ("she", "Megan Dray", "farmer")


def test_an_age_after_a_subject_name_makes_a_person_of_an_unlisted_first_name(quotes_of):
    text = ("Bryony Castell (45) has run the shop for a decade. \u201cWe will not close,\u201d the "
            "45-year-old said.")
    assert _speakers(quotes_of, text)[0][1:3] == ("the 45-year-old", "Bryony Castell")


def test_clerical_titles_and_a_church_named_with_its_possessive(quotes_of):
    text = "The Rev Canon Ruth Idle, rector of St Cuthbert's, said the roof would be mended."
    assert _speakers(quotes_of, text) == [
        ("the roof would be mended", "The Rev Canon Ruth Idle", "Ruth Idle", "Rev Canon; rector of St Cuthbert's")]


def test_a_style_of_address_is_in_the_mention_not_the_role(quotes_of):
    text = ("Her Honour Judge Ana Brill jailed the pair. \u201cYou preyed on the elderly,\u201d she "
            "told them.")
    got = _speakers(quotes_of, text)
    assert got[0][1:] == ("she", "Ana Brill", "Judge")
    text = "His Honour Judge Ivo Marsh said the sentence had to deter others."
    assert _speakers(quotes_of, text)[0][1:] == ("His Honour Judge Ivo Marsh", "Ivo Marsh", "Judge")


def test_clerical_and_parliamentary_styles_are_written_with_the_name(quotes_of):
    text = "The Rt Rev Alun Pryce, Bishop of Kellmouth, said the cathedral would reopen."
    assert _speakers(quotes_of, text)[0][1:] == (
        "The Rt Rev Alun Pryce", "Alun Pryce", "Rt Rev; Bishop of Kellmouth")
    # "Rt Hon" is an honorific, no role; "MP" after the name is no part of it (it is in the
    # mention as written, and a role: session 11)
    text = "Rt Hon Tomas Delve MP said the bill would pass. Mr Delve added that he was confident."
    got = _speakers(quotes_of, text)
    assert [g[2] for g in got] == ["Tomas Delve", "Tomas Delve"]
    assert got[0][1] == "Rt Hon Tomas Delve MP" and got[0][3] == "MP"


def test_a_gendered_description_outweighs_pronouns_inside_her_quote(quotes_of):
    # "He" in the widow's words is her husband, not her
    text = ("Widow Olwen Tarr said: \u201cHe was my world.\u201d\n\nA neighbour, Carl Eynon, said the "
            "couple had lived there for 50 years. \u201cShe will need us now,\u201d he said. "
            "\u201cI cannot sleep,\u201d she said.")
    got = _speakers(quotes_of, text)
    assert got[-1][1:3] == ("she", "Olwen Tarr")
