"""Ranges of sums and percentages ("a 25-40% cut", "between €7 million and €9 million",
"from $250,000 to $3 million") read as one claim with both ends; scale words glued to
the number ("£17.7billion", "€5million"); sums and percentages the entity tagger misses.

Fictional events, places and outlets, run through the whole analysis (`analyze_doc`) and
`compare`; each rule checked both ways: the same figure agrees, another figure conflicts.
"""

from __future__ import annotations

from test_claim_conventions import _claims, _one, _story, _verdicts

# -- ranges ---------------------------------------------------------------------------


def test_a_hyphenated_percent_range_is_one_claim_with_both_ends(nlp) -> None:
    c = _one(_claims(nlp, "Delegates at Korrin backed a 25-40% cut in river pollution by 2040."), "percent")
    assert (c.value, c.upper) == (25, 40)
    assert "25-40%" in c.display


def test_a_worded_percent_range_is_one_claim(nlp) -> None:
    c = _one(_claims(nlp, "The Velmar board wants to cut costs by 25 to 40 percent next year."), "percent")
    assert (c.value, c.upper) == (25, 40)


def test_a_money_range_between_two_sums(nlp) -> None:
    c = _one(_claims(nlp, "The Ardley trust has pledged between €7 million and €9 million for the new wing."), "money")
    assert (c.value, c.upper, c.unit) == (7_000_000, 9_000_000, "EUR")


def test_a_money_range_from_one_sum_to_another(nlp) -> None:
    c = _one(_claims(nlp, "Ardley growers expect payouts ranging from $250,000 to $3 million."), "money")
    assert (c.value, c.upper, c.unit) == (250_000, 3_000_000, "USD")


def test_a_changed_upper_end_of_a_range_conflicts(nlp) -> None:
    a = "Delegates at Korrin backed a 25-40% cut in river pollution by 2040."
    assert _verdicts(_story(nlp, a, a), "percent") == ["agree"]
    b = "Delegates at Korrin backed a 25-60% cut in river pollution by 2040."
    assert _verdicts(_story(nlp, a, b), "percent") == ["conflict"]


def test_a_changed_end_of_a_money_range_conflicts(nlp) -> None:
    a = "The Ardley trust has pledged between €7 million and €9 million for the new wing."
    b = "The Ardley trust has pledged between €7 million and €14 million for the new wing."
    assert _verdicts(_story(nlp, a, b), "money") == ["conflict"]


def test_a_single_figure_inside_a_range_is_compatible() -> None:
    from storyweave.compare.verdict import compatible
    from storyweave.model import Claim

    rng = Claim(slot="percent", subject="cut", value=25.0, upper=40.0, display="25-40%", start=0, end=6,
                sentence_start=0, sentence_end=10, unit="%")
    inside = Claim(slot="percent", subject="cut", value=30.0, display="30%", start=0, end=3,
                   sentence_start=0, sentence_end=10, unit="%")
    outside = Claim(slot="percent", subject="cut", value=60.0, display="60%", start=0, end=3,
                    sentence_start=0, sentence_end=10, unit="%")
    assert compatible("percent", rng, inside) and compatible("percent", inside, rng)
    assert not compatible("percent", rng, outside)
    assert not compatible("percent", rng, Claim(slot="percent", subject="cut", value=25.0, upper=60.0,
                                                 display="25-60%", start=0, end=6, sentence_start=0,
                                                 sentence_end=10, unit="%"))


# -- scale words glued to the number ---------------------------------------------------


def test_a_glued_billion_with_a_currency_sign_is_money(nlp) -> None:
    c = _one(_claims(nlp, "The Dunmere levy will cost taxpayers an extra £17.7billion."), "money")
    assert (c.value, c.unit) == (17_700_000_000, "GBP")


def test_a_glued_million_with_a_currency_sign_is_money(nlp) -> None:
    c = _one(_claims(nlp, "Harlow council set aside a €5million repair fund for the Tolva pier."), "money")
    assert (c.value, c.unit) == (5_000_000, "EUR")


def test_glued_sums_in_one_frame_conflict(nlp) -> None:
    a = "The Dunmere levy will cost taxpayers an extra £17.7billion."
    b = "The Dunmere levy will cost taxpayers an extra £9.2billion."
    assert _verdicts(_story(nlp, a, b), "money") == ["conflict"]


# -- figures the entity tagger misses --------------------------------------------------


def test_a_percentage_tagged_as_a_cardinal_is_still_a_percentage(nlp) -> None:
    c = _one(_claims(nlp, "Joblessness in Marrow has soared to more than 29 per cent this spring."), "percent")
    assert (c.value, c.qualifier) == (29, "more than")


def test_a_sum_in_currency_words_after_a_scaled_number(nlp) -> None:
    c = _one(_claims(nlp, "The Corvel club paid 2.5m euros for the young striker."), "money")
    assert (c.value, c.unit) == (2_500_000, "EUR")


# -- added after the first fix (not part of the held-out batch) ------------------------


def test_a_range_the_tokenizer_keeps_in_one_token(nlp) -> None:
    c = _one(_claims(nlp, "The Ardley trust will pay £12m-£20m for the Tolva pier."), "money")
    assert (c.value, c.upper, c.unit) == (12_000_000, 20_000_000, "GBP")
    c = _one(_claims(nlp, "Delegates at Korrin backed a 25%-40% cut in river pollution."), "percent")
    assert (c.value, c.upper) == (25, 40)


def test_the_low_end_takes_the_scale_of_the_high_end(nlp) -> None:
    c = _one(_claims(nlp, "The Tolva pier repairs will cost $5-10 million."), "money")
    assert (c.value, c.upper, c.unit) == (5_000_000, 10_000_000, "USD")


def test_a_single_sum_is_no_range(nlp) -> None:
    c = _one(_claims(nlp, "The council agreed to pay £4.5m to repair the Ossory bridge."), "money")
    assert (c.value, c.upper) == (4_500_000, None)


def test_a_qualifier_the_tagger_puts_inside_the_figure_is_read(nlp) -> None:
    c = _one(_claims(nlp, "The Velmar ferry is used each week by around 60% of island households."), "percent")
    assert (c.value, c.qualifier) == (60, "about")
    a = "The Velmar ferry is used each week by around 60% of island households."
    assert _verdicts(_story(nlp, a, a.replace("60%", "62%")), "percent") == ["agree"]
    assert _verdicts(_story(nlp, a, a.replace("60%", "99%")), "percent") == ["conflict"]
