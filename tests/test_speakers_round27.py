"""Round 27 speaker finding (round 34 of quotes): speaker batch 31 of tests/speaker_probe_cases.py
-- military and defence briefings, election night, corporate filings and notes to clients, live text
commentary, weather and emergency warnings, a live-blog stamp line -- and the rules it led to, each
tested on fictional variants with what each rule must leave alone."""

from __future__ import annotations

from probe_views import who as _who
from speaker_probe_cases import CASES


def test_batch_31_is_in_the_list():
    assert sum(c.batch == 31 for c in CASES) >= 20



def test_an_office_yet_to_be_taken_up_names_who_holds_it(quotes_of):
    # "governor-elect" is three tokens, "elect" the head: the whole office is the role looked for
    text = ("Sam Oduya, the governor-elect, told supporters that a new chapter had begun. The governor-elect "
            "said bus fares would be frozen.")
    assert _who(quotes_of, text)[-1] == ("The governor-elect", "Sam Oduya", "governor-elect")
    text = ("Sam Oduya, the president-elect, told supporters that a new chapter had begun. The president-elect "
            "said his first act would be to freeze bus fares.")
    assert _who(quotes_of, text)[-1] == ("The president-elect", "Sam Oduya", "president-elect")
    # the plain office is found as before
    text = "Sam Oduya, the governor, told supporters that a new chapter had begun. The governor said fares would fall."
    assert _who(quotes_of, text)[-1] == ("The governor", "Sam Oduya", "governor")


def test_a_prospectus_or_memoir_by_possessive_names_its_author(quotes_of):
    assert _who(quotes_of, "Tessaly Foods' prospectus warns that the company may never turn a profit.") == [
        ("Tessaly Foods' prospectus", "Tessaly Foods", None)]
    # with no owner named it names no one
    assert _who(quotes_of, "The prospectus warns that the company may never turn a profit.") == [
        ("The prospectus", None, None)]
    # a job at the body is still the body's job
    assert _who(quotes_of, "Kestrin's chief executive said sales rose.") == [
        ("Kestrin's chief executive", "Kestrin chief executive", "chief executive, Kestrin")]


def test_a_fire_and_rescue_service_is_one_body(quotes_of):
    text = "Kelmar Fire and Rescue Service said the blaze was out. It said two crews would stay overnight."
    assert _who(quotes_of, text) == [
        ("Kelmar Fire and Rescue Service", "Kelmar Fire and Rescue Service", None),
        ("It", "Kelmar Fire and Rescue Service", None)]
