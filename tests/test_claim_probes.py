"""Figure-claim probes (tests/claim_probe_cases.py): every case must give exactly its expected
figure claims -- (slot, value, upper, unit, qualifier) -- through the whole analysis; a case
still wrong would be a strict xfail with its reason (none is, at the end of round 13).

Also the rules one by one, checked both ways on fictional text: a change ("rose from £20 to
£45") is two figures and not a range, while "range from $50 to $500" stays one; a sum the
tagger calls a date ("between 12 and 20 million euros") is money, while a real span of days
("from 12 to 20 June") gives no figure; percentage points are no per cents; votes for and
against are two figures; and the changed figure of a change conflicts across outlets.
"""

from __future__ import annotations

import pytest

from claim_probe_cases import CASES, figure_keys
from storyweave.analyze.pipeline import analyze_doc
from storyweave.model import Article

from test_claim_conventions import _story, _verdicts

XFAIL: dict[str, str] = {}  # case text -> why it is still wrong


def _claims(nlp, text: str):
    art = Article(id="x", text=text, outlet="Outlet x", published="2031-03-23")
    claims = analyze_doc(nlp(text), art, nlp).claims
    for c in claims:  # offsets index the text as given
        assert text[c.start:c.end] == c.display
    return claims


@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c.batch}-{c.form}-{i}", marks=[pytest.mark.xfail(
    strict=True, reason=XFAIL[c.text])] if c.text in XFAIL else []) for i, c in enumerate(CASES)])
def test_probe_case(nlp, case) -> None:
    assert figure_keys(_claims(nlp, case.text)) == sorted(case.figures, key=repr)


def _money(nlp, text: str):
    return [c for c in _claims(nlp, text) if c.slot == "money"]


def test_a_change_is_two_figures_with_one_subject(nlp) -> None:
    got = _money(nlp, "The Velby bus fare rose from £3 to £5 in April.")
    assert [(c.value, c.upper, c.display) for c in got] == [(3, None, "£3"), (5, None, "£5")]
    assert got[0].subject == got[1].subject == "rise"


def test_a_range_from_one_sum_to_another_is_still_one_claim(nlp) -> None:
    got = _money(nlp, "Stall rents at the Velby fair vary from £30 to £75.")
    assert [(c.value, c.upper) for c in got] == [(30, 75)]


def test_a_sum_tagged_as_a_date_is_money_and_days_stay_days(nlp) -> None:
    got = _money(nlp, "The Velby ring road will cost between 8 and 11 million euros.")
    assert [(c.value, c.upper, c.unit) for c in got] == [(8_000_000, 11_000_000, "EUR")]
    assert figure_keys(_claims(nlp, "The Velby fair runs from 8 to 11 May.")) == []


def test_percentage_points_are_not_per_cents(nlp) -> None:
    got = [c for c in _claims(nlp, "Velby's jobless rate fell by 0.6 percentage points to 4%.") if c.slot == "percent"]
    assert sorted((c.value, c.unit) for c in got) == [(0.6, "percentage points"), (4, "%")]


def test_a_count_told_as_a_range(nlp) -> None:
    got = [c for c in _claims(nlp, "Between 40 and 60 people were arrested in Velby.") if c.slot == "arrested"]
    assert [(c.value, c.upper) for c in got] == [(40, 60)]
    got = [c for c in _claims(nlp, "The toll in Velby rose from 12 to 15 people.") if c.upper is not None]
    assert got == []


def test_votes_are_two_figures(nlp) -> None:
    got = [c for c in _claims(nlp, "Velby council backed the plan by 19 votes to 14.") if c.unit == "votes"]
    assert sorted(c.value for c in got) == [14, 19]


def test_the_changed_figure_of_a_change_conflicts(nlp) -> None:
    a = "The Velby bus fare rose from £3 to £5 in April, the operator said."
    assert set(_verdicts(_story(nlp, a, a), "money")) <= {"agree"}
    b = "The Velby bus fare rose from £3 to £6 in April, the operator said."
    assert "conflict" in _verdicts(_story(nlp, a, b), "money")


def test_a_score_keeps_its_two_sides_in_order(nlp) -> None:
    # "52% to 44%" after a lead is a score: one claim, its sides in order (value, upper), compared
    # end by end as a range is; the lead in points is a figure of its own
    got = [c for c in _claims(nlp, "The Velby mayor leads by 8 percentage points, 52% to 44%, in the poll.")
           if c.slot == "percent"]
    assert sorted((c.value, c.upper, c.unit) for c in got) == [(8, None, "percentage points"), (52, 44, "%")]
    rng = [c for c in _claims(nlp, "The Velby mayor expects to win 44% to 52% of the vote.") if c.slot == "percent"]
    assert [(c.value, c.upper) for c in rng] == [(44, 52)]


def test_trillions_and_ranges_whose_between_is_tagged_with_the_first_sum(nlp) -> None:
    assert [c.value for c in _money(nlp, "Velby's exporters earned $1.3 trillion last year.")] == [1.3e12]
    got = _money(nlp, "The Velby mill is worth between $400,000 and $2 million, its owners say.")
    assert [(c.value, c.upper) for c in got] == [(400_000, 2_000_000)]


def test_votes_told_before_the_noun(nlp) -> None:
    got = [c for c in _claims(nlp, "The Velby mayor won by 3,512 to 3,498 votes.") if c.unit == "votes"]
    assert sorted(c.value for c in got) == [3498, 3512]
