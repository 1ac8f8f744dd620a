"""Speaker probes (issue 3): the speaker mention, resolved name and role of each quote in
short fictional passages in UK, Irish, Australian and New Zealand news styles. The cases
live in tests/speaker_probe_cases.py, shared with bench/speaker_probes.py."""

from __future__ import annotations

import pytest
from speaker_probe_cases import CASES, KNOWN_MISSES, find_quote


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="known speaker miss")) if c.id in KNOWN_MISSES
    else c for c in CASES], ids=[c.id for c in CASES])
def test_speaker_probe(quotes_of, case):
    quotes = quotes_of(case.text)
    for e in case.expects:
        q = find_quote(quotes, e.key)
        assert q is not None, f"no quote holds {e.key!r}: {[q.text for q in quotes]}"
        assert (q.speaker, q.speaker_name, q.speaker_role) == (e.mention, e.name, e.role), e.key


def test_probe_cases_are_distinct_and_keyed():
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)) >= 50
    for case in CASES:
        for e in case.expects:
            assert e.key in case.text, (case.id, e.key)


# --- speaker rules added in session 8; every sentence here is invented ---

def _only_quote(quotes_of, text: str):
    quotes = quotes_of(text)
    assert len(quotes) == 2, [q.text for q in quotes]
    return quotes


def test_the_job_noun_later_is_the_person_given_that_job(quotes_of):
    q = _only_quote(quotes_of, "Ledgerwood Tiles finance director Mara Quill said profits fell. "
                    "\"We expect a better year,\" the director said.")[1]
    assert (q.speaker, q.speaker_name) == ("the director", "Mara Quill")


def test_the_body_noun_later_is_the_body_named_with_it(quotes_of):
    q = _only_quote(quotes_of, "The Department of Inland Waters said the canal would close. "
                    "\"Repairs cannot wait,\" the department said.")[1]
    assert (q.speaker, q.speaker_name) == ("the department", "Department of Inland Waters")


def test_letter_signed_by_a_person_speaks_for_that_person(quotes_of):
    quotes = quotes_of("A letter signed by club secretary Bryn Talley said: \"The pitch is closed "
                       "until further notice.\"")
    assert len(quotes) == 1
    assert (quotes[0].speaker, quotes[0].speaker_name) == ("Bryn Talley", "Bryn Talley")


def test_the_body_noun_tagged_as_a_proper_noun(quotes_of):
    q = _only_quote(quotes_of, "The Exchequer said receipts were down. \"We will hold our nerve,\" the "
                    "exchequer said.")[1]
    assert q.speaker_name == "Exchequer"


# --- speaker mentions in news styles beyond PolNeAR (round 9); every sentence is invented ---

def _speakers(quotes_of, text: str):
    return [(q.speaker, q.speaker_name, q.speaker_role) for q in quotes_of(text)]


def test_an_abbreviated_rank_with_its_full_stop_is_part_of_the_mention(quotes_of):
    assert _speakers(quotes_of, "Army spokesman Maj. Tobias Wren said the convoy had turned back.") == [
        ("Maj. Tobias Wren", "Tobias Wren", "Army spokesman; Maj.")]
    # a title's full stop ends no sentence and is no person of its own
    text = "\u201cThe arena stays open,\u201d Coun. Delia Marchetti told Ridgeford Radio."
    assert _speakers(quotes_of, text) == [("Coun. Delia Marchetti", "Delia Marchetti", "Coun.")]


def test_a_service_word_before_a_rank_makes_one_title(quotes_of):
    assert _speakers(quotes_of, "Fire Chief Dana Kowalczyk said the blaze started in a garage.") == [
        ("Fire Chief Dana Kowalczyk", "Dana Kowalczyk", "Fire Chief")]
    assert _speakers(quotes_of, "\"The road is open,\" said Staff Sgt. Remy Olander.") == [
        ("Staff Sgt. Remy Olander", "Remy Olander", "Staff Sgt.")]
    # a portfolio before an office is still a description, not a title
    assert _speakers(quotes_of, "Police Minister Idris Faraday said the figures were encouraging.") == [
        ("Idris Faraday", "Idris Faraday", "Police Minister")]


def test_the_name_after_a_long_office_with_its_portfolio(quotes_of):
    text = "\u201cThe line will reopen in June,\u201d said Minister of State for Transport Lim Kai Wen."
    assert _speakers(quotes_of, text) == [
        ("Lim Kai Wen", "Lim Kai Wen", "Minister of State for Transport")]


def test_an_age_before_a_name_is_no_part_of_it(quotes_of):
    # a surname that is also a street word ("Lane", "Street") after an age is still a person
    text = "\u201cI found it under a rock,\u201d beamed nine-year-old Tansy Street after the dig."
    assert _speakers(quotes_of, text) == [("Tansy Street", "Tansy Street", None)]


def test_the_name_in_apposition_to_a_job_speaks(quotes_of):
    text = "The head teacher, Orla Penhallow, admitted that the trip had been badly planned."
    assert _speakers(quotes_of, text)[0][:2] == ("Orla Penhallow", "Orla Penhallow")
    text = "The chief executive, Ysolde Brack, conceded that the launch had been rushed."
    assert _speakers(quotes_of, text) == [("Ysolde Brack", "Ysolde Brack", "chief executive")]


def test_a_capitalised_occupation_before_a_full_name_is_a_role_anywhere(quotes_of):
    text = "\u201cThe quay stays shut,\u201d said Ferryman Owen Oldroyd."
    assert _speakers(quotes_of, text) == [("Owen Oldroyd", "Owen Oldroyd", "Ferryman")]
    # a first name ending like an occupation starts the name: "Tyler Owen Marsh" is one name
    text = "\u201cThe quay stays shut,\u201d said Tyler Owen Marsh."
    assert _speakers(quotes_of, text) == [("Tyler Owen Marsh", "Tyler Owen Marsh", None)]
