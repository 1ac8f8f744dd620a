"""Round 29 quote probes: detection batch 28 (tests/quote_probe_cases_b28.py) -- honorific titles
before a name, a "that" clause after an occasion of saying, tell-type verbs with a person and a
"that" clause, speakers set off by an aside, "According to a report by X," -- run as
tests/test_quote_probes_round8.py runs the main list: every case must pass, and an open case must
fail (strictly, so a fix shows)."""

from __future__ import annotations

import pytest
from probe_views import case_params
from quote_probe_cases import quote_keys
from quote_probe_cases_b28 import B28_CASES, B28_OPEN_CASES


@pytest.mark.parametrize("case", case_params(B28_CASES, B28_OPEN_CASES))
def test_probe_gives_exactly_the_expected_quotes(quotes_of, case):
    assert quote_keys(quotes_of(case.text), True) == quote_keys(case.quotes, True)
