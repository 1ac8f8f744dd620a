"""Round 7 of the quote bounds: "call" with an infinitive or a small clause after it (the
call-for sense), and a naming verb whose "as" phrase the parser made a clause. Fictional text."""

from __future__ import annotations


def _indirect(quotes):
    return [(q.text, q.cue, q.speaker) for q in quotes if q.kind == "indirect"]


def test_called_with_an_infinitive_reports_what_was_called_for(quotes_of):
    assert _indirect(quotes_of("At the rally, Jane Roe called to abandon the bridge plan.")) == [
        ("to abandon the bridge plan", "called", "Jane Roe")]
    assert _indirect(quotes_of("The union called to strike on Monday.")) == [
        ("to strike on Monday", "called", "The union")]


def test_called_to_mind_is_no_speech(quotes_of):
    assert quotes_of("That night the crowd called to mind the riots of 1981.") == []


def test_called_someone_somewhere_is_no_speech(quotes_of):
    assert quotes_of("Tom Vick called Jane Roe to the stage at the end of the rally.") == []


def test_described_as_a_clause_names_the_object(quotes_of):
    for text, content, speaker in (
            ("Tom Vick described the harbour as ruined by storms and neglect.",
             "the harbour as ruined by storms and neglect", "Tom Vick"),
            ("Jane Roe described the council as run by developers.", "the council as run by developers",
             "Jane Roe")):
        assert _indirect(quotes_of(text)) == [(content, "described", speaker)]


def test_described_with_no_name_for_the_object_is_no_quote(quotes_of):
    # a description of a scene is not a statement naming what something is
    assert quotes_of("Tom Vick described the harbour at dawn.") == []


def test_a_speaker_after_the_cue_taken_for_its_object_is_the_speaker(quotes_of):
    # '“...,” added another X.': the parser makes "another X" the object of "added"; the next
    # quote goes on with that speaker, not with the one named before
    text = ('"The ferry vote will be tight," said one Velmor trader.\n\n'
            '"The depot crew should win it easily," added another Velmor trader. '
            '"Their volunteers have knocked on every door in the harbour."')
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("The ferry vote will be tight,", "one Velmor trader"),
        ("The depot crew should win it easily,", "another Velmor trader"),
        ("Their volunteers have knocked on every door in the harbour.", "another Velmor trader")]


def test_who_was_told_is_not_the_speaker(quotes_of):
    quotes = quotes_of('"The pier will reopen in May," Tom Vick told reporters.')
    assert [(q.text, q.speaker) for q in quotes] == [("The pier will reopen in May,", "Tom Vick")]


def test_a_quoted_name_opening_with_a_preposition_is_a_mixed_quote(quotes_of):
    # the parser hangs "beyond" on the verb, not on an object predicate
    assert [(q.kind, q.text, q.cue, q.speaker) for q in quotes_of(
        'Tom Vick called the ferry plan "beyond preposterous".')] == [
        ("mixed", 'the ferry plan "beyond preposterous"', "called", "Tom Vick")]


def test_a_call_with_an_unquoted_preposition_is_no_naming(quotes_of):
    assert quotes_of("Tom Vick called the harbour office on Monday.") == []
