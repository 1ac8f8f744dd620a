"""Round 31 quote probes: detection batch 30 (tests/quote_probe_cases_b30.py) -- live-blog stamps
on a line of their own, translated and emailed statements, "per a spokesperson", bulleted
reactions, a caption ending in a colon, reported questions ("wanted to know whether", "queried
why"), "X and Y both said", "in the words of X", "for his part", "went further, saying", "was
quick to point out", "shot back that", false friends (a photo credit, "wondered whether", a
scare quote) -- run as tests/test_quote_probes_round8.py runs the main list: every case must
pass, and an open case must fail (strictly, so a fix shows)."""

from __future__ import annotations

import pytest
from probe_views import case_params
from quote_probe_cases import quote_keys
from quote_probe_cases_b30 import B30_CASES, B30_OPEN_CASES


@pytest.mark.parametrize("case", case_params(B30_CASES, B30_OPEN_CASES))
def test_probe_gives_exactly_the_expected_quotes(quotes_of, case):
    assert quote_keys(quotes_of(case.text), True) == quote_keys(case.quotes, True)
