"""Round 26 speaker finding (round 33 of quotes): speaker batch 30 of tests/speaker_probe_cases.py
-- West and East African English-language press, arts criticism, court judgments and rulings,
sermons and ceremonies, think-tank reports and polls -- and the rules it led to, each tested on
fictional variants with what each rule must leave alone."""

from __future__ import annotations

from probe_views import who as _who
from speaker_probe_cases import CASES


def test_batch_30_is_in_the_list():
    assert sum(c.batch == 30 for c in CASES) >= 20



def test_the_cleric_is_the_one_given_a_clergy_title(quotes_of):
    text = ("Imam Ali Sesay urged the faithful to pray for peace. Mayor Jo Bell agreed. The cleric said "
            "violence had no place in the town.")
    assert _who(quotes_of, text)[-1] == ("The cleric", "Ali Sesay", "Imam")
    # with nobody given such a title it names no one (not the person named last)
    text = "Tom Reed, a farmer, said it rained. The cleric said we must pray."
    assert _who(quotes_of, text)[-1] == ("The cleric", None, None)
    # the bench's class noun still finds its judge
    text = "Justice Ann Roe sat alone. Tom Reed, a farmer, said it rained. The judge said we must wait."
    assert _who(quotes_of, text)[-1] == ("The judge", "Ann Roe", "Justice")


def test_a_works_possessive_names_its_author(quotes_of):
    text = "The Halden Institute's report, published on Monday, warns that rents could rise by a fifth."
    assert _who(quotes_of, text) == [("The Halden Institute's report", "Halden Institute", None)]
    assert _who(quotes_of, "Jane Roe's report said the river was dying.")[0][:2] == ("Jane Roe's report", "Jane Roe")
    # a job at a body is no work: "Kestrin's chief executive" stays the body's job
    assert _who(quotes_of, "Kestrin's chief executive said sales rose.") == [
        ("Kestrin's chief executive", "Kestrin chief executive", "chief executive, Kestrin")]


def test_a_role_in_a_verbs_by_phrase_is_the_role_of_the_name_after_it(quotes_of):
    text = ("The party issued a statement signed by its spokesman, Mr Okon Etim. Etim later told reporters "
            "that the party would go to court.")
    assert _who(quotes_of, text) == [("Etim", "Okon Etim", "spokesman")]
    assert _who(quotes_of, "A statement issued by the family's lawyer, Tom Roe, said the boy was safe.") == [
        ("Tom Roe", "Tom Roe", "family's lawyer")]
    # a name renaming a noun inside a noun's phrase still takes the whole phrase
    assert _who(quotes_of, "Head of Security at Varn Police, Jane Roe, said the gates were shut.") == [
        ("Jane Roe", "Jane Roe", "Head of Security at Varn Police")]


def test_a_bare_chief_beside_an_office_is_an_honour(quotes_of):
    text = "The Chairman of Ogbaru Local Government, Chief Festus Adeyemi, disclosed that 40 boreholes had been sunk."
    assert _who(quotes_of, text) == [("Chief Festus Adeyemi", "Festus Adeyemi", "Chairman of Ogbaru Local Government")]
    # alone it is the person's only title (a police chief in US copy) and stays
    assert _who(quotes_of, "Chief Calvin Ward said two officers were hurt.") == [
        ("Chief Calvin Ward", "Calvin Ward", "Chief")]
    # a rank with "Chief" in it is no bare "Chief"
    assert _who(quotes_of, "Police Chief Calvin Ward said two officers were hurt.") == [
        ("Police Chief Calvin Ward", "Calvin Ward", "Police Chief")]
