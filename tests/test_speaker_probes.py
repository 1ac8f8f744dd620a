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
