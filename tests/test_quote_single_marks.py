"""Outlets that quote in single marks ('...' and ‘...’): short statements are quotes,
short phrases inside a sentence stay scare quotes. Fictional text."""

from __future__ import annotations


def test_short_single_quoted_statements_with_a_cue_are_direct_quotes(quotes_of):
    text = ("'We're not going anywhere,' said Ines Marlow, the ferry company's chief. "
            "'The town's ferries will run tomorrow.'\n\nShe added: 'It's been a hard week.'")
    direct = [(q.text, q.speaker_name) for q in quotes_of(text) if q.kind == "direct"]
    assert direct == [("We're not going anywhere,", "Ines Marlow"),
                      ("The town's ferries will run tomorrow.", "Ines Marlow"),
                      ("It's been a hard week.", "Ines Marlow")]


def test_curly_single_marks_with_apostrophes_inside(quotes_of):
    text = "‘We won’t stop,’ said campaigner Ada Brill. ‘The council’s plan is wrong.’"
    direct = [(q.text, q.speaker_name) for q in quotes_of(text) if q.kind == "direct"]
    assert direct == [("We won’t stop,", "Ada Brill"), ("The council’s plan is wrong.", "Ada Brill")]


def test_scare_quoted_phrases_in_single_marks_are_not_direct_quotes(quotes_of):
    text = ("The mayor called the decision 'a disgrace' and said residents' concerns had been "
            "'ignored for years'. The film 'Dark Water Rising' opened on Friday.")
    quotes = quotes_of(text)
    assert not [q for q in quotes if q.kind == "direct"]
    assert any("'a disgrace'" in q.text and q.speaker == "The mayor" for q in quotes)
