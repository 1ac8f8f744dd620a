"""Round 26 quotes: the forms detection batch 25 of tests/quote_probe_cases.py and its open cases
left wrong, each tested on its own fictional variants with what each rule must leave alone: a
document's mention keeps a date after "from" and a "seen by"/"obtained by" phrase written right
after it (not one set off by commas); a reported clause whose subject the parser hung on the cue
("said about a third of ... involved", "said just because ... did not mean") or took for an
apposition of the source ("According to X, poor sleep was ..."); a note handed over demands for
its sender."""

from __future__ import annotations


def _found(quotes):
    return [(q.text, q.speaker) for q in quotes]


def test_a_documents_mention_keeps_its_date_and_handling(quotes_of):
    text = "A warning letter from 2022 told the club to repair the stand."
    assert _found(quotes_of(text)) == [("the club to repair the stand", "A warning letter from 2022")]
    text = "An email obtained by Coastwire told staff to stay at home."
    assert _found(quotes_of(text)) == [("staff to stay at home", "An email obtained by Coastwire")]
    # a participle set off by commas is an aside, not part of the mention
    text = "The audit, seen by the Gazette, warns that the scheme is failing."
    assert _found(quotes_of(text)) == [("that the scheme is failing", "The audit")]


def test_a_subject_the_parser_hung_on_the_cue_opens_the_report(quotes_of):
    text = "The agency said about a third of the new cases involved children."
    assert _found(quotes_of(text)) == [("about a third of the new cases involved children", "The agency")]
    text = "The coroner said just because the crossing was lit did not mean it was safe."
    assert _found(quotes_of(text)) == [("just because the crossing was lit did not mean it was safe",
                                         "The coroner")]
    # a report with its own subject, and one after a semicolon, keep their bounds
    text = "The prosecution said the weapon was his phone; the defence said it was a knife."
    assert _found(quotes_of(text)) == [("the weapon was his phone", "The prosecution"),
                                       ("it was a knife", "the defence")]


def test_a_subject_taken_for_the_sources_apposition(quotes_of):
    quotes = quotes_of("According to Dr Ana Pell, poor sleep was the main cause.")
    assert _found(quotes) == [("poor sleep was the main cause", "Dr Ana Pell")]
    assert quotes[0].speaker_role == "Dr"
    # a real apposition stays the source's
    quotes = quotes_of("According to Jane Roe, a spokeswoman, the plan will work.")
    assert _found(quotes) == [("the plan will work", "Jane Roe")]
    assert quotes[0].speaker_role == "spokeswoman"


def test_a_note_handed_over_demands_for_its_sender(quotes_of):
    assert _found(quotes_of("He handed the cashier a note demanding the takings.")) == [("the takings", "He")]
    # a sign held up is its holder's (PolNeAR train, 3 of 4)
    text = "Outside the hall, her brother held up a sign saying she was innocent."
    assert _found(quotes_of(text)) == [("she was innocent", "her brother")]
