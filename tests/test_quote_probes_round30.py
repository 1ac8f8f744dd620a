"""Round 30 quote probes: detection batch 29 (tests/quote_probe_cases_b29.py) -- honour chains
before a name ("Tan Sri Dato'", "Puan Sri", "Datuk Seri"), police ranks at a sentence's start
("DSP", "ACP", "AIG", "CP"), a style before the name ("His Royal Highness, Emir X,"), a colon
after a verb of going on speaking, "According to a report by X," -- run as
tests/test_quote_probes_round8.py runs the main list: every case must pass, and an open case must
fail (strictly, so a fix shows)."""

from __future__ import annotations

import pytest
from probe_views import case_params
from quote_probe_cases import quote_keys
from quote_probe_cases_b29 import B29_CASES, B29_OPEN_CASES


@pytest.mark.parametrize("case", case_params(B29_CASES, B29_OPEN_CASES))
def test_probe_gives_exactly_the_expected_quotes(quotes_of, case):
    assert quote_keys(quotes_of(case.text), True) == quote_keys(case.quotes, True)
