"""Round 23 quotes: the content boundaries detection batch 22 of tests/quote_probe_cases.py (US
political wire copy: long reports ending in a subordinate clause, the writer's "as"/"while"/"after"
clauses and participle tails, two clauses in one report, "that" repeated, "said" in the middle of
a sentence, datelines and brackets, questions and conditionals) and the boundary errors of PolNeAR
train found missing, each tested on its own fictional variants with what each rule must leave
alone: a clause of time or contrast not shifted back with the report, a clause of its own in
brackets, "and that" repeating the report's mark, "citing", a relative clause that gives the
speaker's view or is shifted with the report, "said little about", a statement that goes on after
", the council added, and", a verb in a shifted modal hung on the cue, and a concession opening a
sentence whose cue comes after it, "including" after the attribution, and a condition the parser
hung on the cue ("vowed to cut taxes should she win")."""

from __future__ import annotations

from quote_checks import rows


def _texts(quotes):
    return [q.text for q in quotes]


def test_a_clause_not_shifted_back_with_the_report_is_the_writers(quotes_of):
    # the cue's own simple past beside a report put in "would": the writer's time
    assert _texts(quotes_of("Mayor Ines Caro said the depot would close, as she visited the site on Friday.")) == [
        "the depot would close"]
    assert _texts(quotes_of("The union said the strike would go ahead, after talks broke down on Monday.")) == [
        "the strike would go ahead"]
    # the present beside a shifted report: the writer's contrast
    assert _texts(quotes_of("Caro said the budget would balance, while her deputy is expected to resign.")) == [
        "the budget would balance"]


def test_a_clause_shifted_with_the_report_or_a_concession_stays_in_it(quotes_of):
    # no comma, no shift: the speaker's own "as"
    assert _texts(quotes_of("Caro said voters were angry as prices kept rising.")) == [
        "voters were angry as prices kept rising"]
    # "after" with no comma goes with the report ("I will resign after the board votes")
    assert _texts(quotes_of("Caro said she would resign after the board voted.")) == [
        "she would resign after the board voted"]
    # a concession in the present is the speaker's as often as not: left in
    assert _texts(quotes_of("Caro said the changes were an improvement, although the budget is still too small.")) == [
        "the changes were an improvement, although the budget is still too small"]


def test_a_clause_of_its_own_in_brackets_after_a_report_is_the_writers(quotes_of):
    text = "Caro said the clinic had been closed twice (council records show it closed four times)."
    assert rows(quotes_of(text)) == [("the clinic had been closed twice", "indirect", "said", "Caro")]
    # a phrase in brackets stays, with its closing bracket
    text = "Rep. Ty Weller (D-Ore.) said the plan would cost $4 billion (about $1,200 a household)."
    assert rows(quotes_of(text)) == [
        ("the plan would cost $4 billion (about $1,200 a household)", "indirect", "said", "Rep. Ty Weller")]


def test_and_that_repeats_the_reports_own_mark(quotes_of):
    text = "Caro said that the depot would close in May, and that 40 jobs would go."
    assert _texts(quotes_of(text)) == ["that the depot would close in May, and that 40 jobs would go"]
    # a clause in the cue's simple past after ", and" is still the writer's
    text = "Caro said the debate had been rigged, and her campaign filed a complaint."
    assert _texts(quotes_of(text)) == ["the debate had been rigged"]
    # so is one after a report left in the present ("said X is Y, and he railed against Z")
    text = "Marlow said the real threat to the harbour is the new bypass, and he railed against the planners."
    assert _texts(quotes_of(text)) == ["the real threat to the harbour is the new bypass"]
    # while a clause of the report's own present goes on with it
    text = "Marlow said the harbour is too small, and the berths are silting up."
    assert _texts(quotes_of(text)) == ["the harbour is too small, and the berths are silting up"]


def test_citing_after_a_report_is_the_writers(quotes_of):
    assert _texts(quotes_of("Caro said the economy was slowing, citing a fall in house sales.")) == [
        "the economy was slowing"]


def test_a_relative_clause_with_the_speakers_view_or_shifted_stays_in_the_report(quotes_of):
    assert _texts(quotes_of("Caro said she had written to Dan Pike, whom she considers a friend.")) == [
        "she had written to Dan Pike, whom she considers a friend"]
    assert _texts(quotes_of("Caro said rates should rise, which would strengthen the pound.")) == [
        "rates should rise, which would strengthen the pound"]
    # the writer's gloss, a place, or a second report are still cut off
    assert _texts(quotes_of("Caro said the plan would stop the ferry, which the Ledger first reported on Monday.")) == [
        "the plan would stop the ferry"]
    assert _texts(quotes_of("Caro said the deal was good for Lanford, where she grew up.")) == [
        "the deal was good for Lanford"]
    assert _texts(quotes_of("Caro said she had written to Dan Pike, whom she called a coward."))[0] == \
        "she had written to Dan Pike"


def test_said_little_about_tells_how_much_not_what(quotes_of):
    assert quotes_of("Caro said little about the budget.") == []
    assert quotes_of("Caro said nothing about the tax plan.") == []
    # "said the same of" is a message
    assert _texts(quotes_of("Caro said the same of her rival.")) == ["the same of her rival"]


def test_a_statement_goes_on_after_the_attribution_with_and(quotes_of):
    text = "The depot had no known faults, the council added, and had passed every inspection."
    assert rows(quotes_of(text)) == [
        ("The depot had no known faults", "indirect", "added", "the council"),
        ("and had passed every inspection", "indirect", "added", "the council")]


def test_a_verb_in_a_shifted_modal_goes_on_with_the_report(quotes_of):
    # the parser hangs "would now vote" on the cue; "would" is the report's shifted future
    assert _texts(quotes_of("Caro said she had backed the mayor but would now vote for her rival.")) == [
        "she had backed the mayor but would now vote for her rival"]
    # a refusal to speak is no part of it
    assert _texts(quotes_of("Caro said she had backed the mayor but would not say why.")) == [
        "she had backed the mayor"]


def test_a_concession_opening_a_sentence_reported_after_it_is_the_writers(quotes_of):
    assert rows(quotes_of("Despite three defeats on Tuesday, Caro remains in the race, aides said.")) == [
        ("Caro remains in the race", "indirect", "said", "aides")]
    # "While ..." stays with the report; so does a concession after "that"
    assert _texts(quotes_of("While turnout was low, the vote was fair, officials said.")) == [
        "While turnout was low, the vote was fair"]
    assert _texts(quotes_of("Caro said that despite the rain, the count went on.")) == [
        "that despite the rain, the count went on"]


def test_including_after_the_attribution_goes_on_with_the_statement(quotes_of):
    text = "The letters covered many topics, the council said, including parking and bins."
    assert [(q.text, q.cue) for q in quotes_of(text)] == [
        ("The letters covered many topics", "said"), ("including parking and bins", "said")]
    # another participle after it is still the writer's ("..., adding that ...": a report of its own)
    text = "The letters covered many topics, the council said, adding that most were polite."
    assert [q.text for q in quotes_of(text)][0] == "The letters covered many topics"


def test_a_condition_the_parser_hung_on_the_cue_limits_the_report(quotes_of):
    assert _texts(quotes_of("Caro vowed to cut taxes should she win the seat.")) == [
        "to cut taxes should she win the seat"]
    assert _texts(quotes_of("Caro said she would quit, should the board object.")) == [
        "she would quit, should the board object"]
    # a condition on saying it is no report at all ("If Caro says ...": tests elsewhere)
    assert quotes_of("If Caro says the vote was rigged, the party will respond.") == []
