"""A figure the article itself gives as superseded ("early reports had spoken of five dead",
"police initially put the toll at 12") is kept, marked `hedge == "earlier figure"`, and takes no
side in a conflict: the outlet has moved on from it. So does a figure of another event the
sentence dates this one by ("a month after a storm killed 12 people"), marked "another event".
Fictional texts."""

from __future__ import annotations

import pytest

from storyweave.analyze.claim_words import EARLIER_FIGURE, OTHER_EVENT
from storyweave.compare.align import compare_story
from storyweave.model import Analysis, AnalyzedArticle, Article

from test_claims import claims_of


@pytest.mark.parametrize("text", [
    "Early reports had spoken of five dead.",
    "Police initially put the death toll at 12.",
    "Officials had earlier said 40 people were injured.",
    "An earlier toll of 40 dead was revised on Monday.",
    "Preliminary estimates suggested 300 people were evacuated.",
    "The authorities first said three people had been arrested.",
])
def test_figures_given_as_superseded_are_marked(nlp, text) -> None:
    counts = [c for c in claims_of(nlp, text) if c.slot in ("killed", "injured", "evacuated", "arrested")]
    assert counts and all(c.hedge == EARLIER_FIGURE for c in counts), [(c.slot, c.value, c.hedge) for c in counts]


@pytest.mark.parametrize("text", [
    "Five people were killed in an earlier attack on the market.",  # an earlier event, not figure
    "Police earlier arrested five people near the square.",  # an earlier act, stated now
    "Three people had been killed in the blast, police said on Sunday.",  # past perfect: order only
    "By Monday the toll had risen to 30, officials said.",
    "The magazine wrote that the firm had claimed a loss of $40 million in 2019.",
])
def test_figures_stated_now_are_not_marked(nlp, text) -> None:
    claims = claims_of(nlp, text)
    assert claims and all(c.hedge != EARLIER_FIGURE for c in claims), [(c.slot, c.value, c.hedge) for c in claims]


def _item(nlp, aid: str, text: str) -> AnalyzedArticle:
    return AnalyzedArticle(Article(id=aid, text=text, outlet=f"Outlet {aid}", published="2032-03-10T12:00:00+00:00"),
                           Analysis(article_id=aid, claims=claims_of(nlp, text, published="2032-03-10T12:00:00+00:00")))


SECOND_REPORT = "Flash floods killed 14 people in the Tessavale valley on Sunday, the emergency service said."


@pytest.mark.parametrize("aside, note", [
    ("Early reports had spoken of five dead.", "given as an earlier figure: five dead"),
    ("The floods come a month after a flood killed 40 people in the south.", "given for another event: 40 people"),
])
def test_a_figure_given_aside_takes_no_side_and_is_named_in_the_note(nlp, aside, note) -> None:
    first = _item(nlp, "a", f"Flash floods killed 14 people in the Tessavale valley on Sunday, officials said. {aside}")
    killed = [c for c in compare_story([first, _item(nlp, "b", SECOND_REPORT)]) if c.slot == "killed"]
    assert [c.verdict for c in killed] == ["agree"], [(c.verdict, [v.display for v in c.values]) for c in killed]
    assert killed[0].note == note


def test_the_same_figure_stated_as_the_outlets_own_is_a_conflict(nlp) -> None:
    own = _item(nlp, "a", "Flash floods killed five people in the Tessavale valley on Sunday, officials said.")
    killed = [c for c in compare_story([own, _item(nlp, "b", SECOND_REPORT)]) if c.slot == "killed"]
    assert [c.verdict for c in killed] == ["conflict"]


@pytest.mark.parametrize("text", [
    "The floods come a month after a storm killed 12 people in the south.",
    "Two weeks after a 6.9 earthquake in the north killed more than 60 people, rescuers were stretched thin.",
])
def test_a_figure_of_another_event_named_to_date_this_one_is_marked(nlp, text) -> None:
    counts = [c for c in claims_of(nlp, text) if c.slot == "killed"]
    assert counts and all(c.hedge == OTHER_EVENT for c in counts), [(c.value, c.hedge) for c in counts]


@pytest.mark.parametrize("text", [
    "The toll rose to 14 after a woman died in hospital.",  # this event's toll, after a death
    "Four people died after the storm hit the coast on Sunday.",  # the story's own storm
    "Three people were killed after a car ploughed into a crowd on Sunday.",
])
def test_this_events_figures_before_after_clauses_are_not_marked(nlp, text) -> None:
    counts = [c for c in claims_of(nlp, text) if c.slot == "killed"]
    assert counts and all(c.hedge != OTHER_EVENT for c in counts), [(c.value, c.hedge) for c in counts]


def test_the_storys_own_event_named_to_date_a_follow_up_is_no_other_event(nlp) -> None:
    first = _item(nlp, "a", "A chemical fire killed two workers at a depot in Tessavale on Monday, officials said.")
    follow = _item(nlp, "b", "Investigators searched the depot today, a day after a chemical fire killed four workers.")
    killed = [c for c in compare_story([first, follow]) if c.slot == "killed"]
    assert [c.verdict for c in killed] == ["conflict"]
