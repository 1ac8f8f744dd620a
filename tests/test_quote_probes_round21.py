"""Round 21 quotes and speakers: the forms detection batch 20 of tests/quote_probe_cases.py and
speaker batch 20 of tests/speaker_probe_cases.py (English-language dailies of Asia, Africa,
Latin America and the Middle East, joint statements and merger releases, headline quotes with a
colon, Commonwealth sentencing remarks, long "added / continued / went on" chains) found
missing, each tested on its own fictional variants with what each rule must leave alone:
"Sheikh" and "Magistrate" as titles, a name with letters after it ("KC") the tagger missed, "the
judge" as the one given a title of the bench, a name renaming someone inside a relative clause,
a capitalised office set before a name, a court report's bare participle ("defending"), a first
name with a place's surname renamed by a job, "an official at the authority", "the spokesman"
after a named spokesman, and a pledge's infinitive after a phrase of time."""

from __future__ import annotations

from quote_checks import rows, speakers_of


def test_sheikh_and_magistrate_are_titles(quotes_of):
    text = "Sheikh Saeed al-Mansur told the agency that the talks would resume."
    assert speakers_of(quotes_of, text) == [("Sheikh Saeed al-Mansur", "Saeed al-Mansur", "Sheikh")]
    text = "Magistrate Aroha Tane said the fine reflected the harm done."
    assert speakers_of(quotes_of, text) == [("Magistrate Aroha Tane", "Aroha Tane", "Magistrate")]


def test_a_name_with_letters_after_it_is_a_person(quotes_of):
    text = "Opening the case, Rachel Moss KC said the defendant had lied to his employer."
    assert speakers_of(quotes_of, text) == [("Rachel Moss KC", "Rachel Moss", "KC")]
    # a place with no first name stays no person
    text = "Kell Castle OBE said the event was cancelled."
    assert speakers_of(quotes_of, text)[0][1] != "Kell Castle"


def test_the_judge_is_the_one_given_a_title_of_the_bench(quotes_of):
    text = "Recorder Ian Venn jailed Paul Orme and his cousin, Dean Orme. The judge said both men had lied."
    assert speakers_of(quotes_of, text) == [("The judge", "Ian Venn", "Recorder")]
    # no one named for the bench: "the judge" is left unresolved, not the last person named
    text = "Carl Weir, 41, admitted theft. His victim, Rose Lyle, said she felt unsafe. The judge said he was a menace."
    assert speakers_of(quotes_of, text)[-1] == ("The judge", None, None)
    # other nouns still take the person last named
    text = "Mayor Aoife Kell opened the bridge. The mayor said it had cost less than planned."
    assert speakers_of(quotes_of, text) == [("The mayor", "Aoife Kell", "Mayor")]


def test_a_name_inside_a_relative_clause_does_not_speak(quotes_of):
    text = ("The senator, who was flanked by her chief of staff, Omar Diallo, said the vote would be held "
            "on Friday.")
    assert speakers_of(quotes_of, text) == [("The senator", None, None)]
    # a name in apposition to the subject itself still speaks
    text = "The chief of staff, Omar Diallo, said the vote would be held on Friday."
    assert speakers_of(quotes_of, text)[0][:2] == ("Omar Diallo", "Omar Diallo")


def test_a_capitalised_office_before_a_name_is_no_name(nlp, quotes_of):
    text = "The premier's Chief Communications Officer, Hana Obi, said the plan was on track."
    assert speakers_of(quotes_of, text) == [("Hana Obi", "Hana Obi", "premier's Chief Communications Officer")]


def test_a_court_reports_bare_participle_is_no_role(quotes_of):
    text = "In mitigation, Liam Harte, defending, said his client was sorry for the harm."
    assert speakers_of(quotes_of, text) == [("Liam Harte", "Liam Harte", None)]
    # a noun in apposition is still a role
    text = "Liam Harte, a barrister, said his client was sorry for the harm."
    assert speakers_of(quotes_of, text) == [("Liam Harte", "Liam Harte", "barrister")]


def test_a_first_name_renamed_by_a_job_is_a_person_whatever_the_surname(quotes_of):
    text = "Rosa Quito, a midwife, said the unit was short of staff.\n\n\u201cWe cope,\u201d she added."
    assert speakers_of(quotes_of, text) == [("Rosa Quito", "Rosa Quito", "midwife"),
                                            ("she", "Rosa Quito", "midwife")]


def test_an_official_at_a_body_keeps_the_body(quotes_of):
    text = "An official at the port authority said the ferry would sail on Monday."
    assert speakers_of(quotes_of, text) == [("An official at the port authority", None, None)]
    # where they were is not which ones
    text = "Officials at the summit said a deal was close."
    assert speakers_of(quotes_of, text)[0][0] == "Officials"


def test_the_spokesman_is_the_one_given_that_job(quotes_of):
    text = ("Interior Ministry spokesman Yusuf Karim spoke on Monday. The agency quoted the spokesman as "
            "saying that the border was calm.")
    assert speakers_of(quotes_of, text) == [("the spokesman", "Yusuf Karim", "Interior Ministry spokesman")]


def test_a_pledge_after_a_phrase_of_time_keeps_its_infinitive(quotes_of):
    text = "The governor vowed on Tuesday to rebuild every school."
    assert rows(quotes_of(text)) == [("to rebuild every school", "indirect", "vowed", "The governor")]
    # a journey's purpose is no report
    assert quotes_of("The governor flew on Tuesday to inspect the dam.") == []
