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
