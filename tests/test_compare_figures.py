"""Sums and percentages two outlets give for what they name in other words: one distinctive
figure with shared words around it is one agreement, not two single claims. Fictional text."""

from __future__ import annotations

import pytest

from storyweave.compare.align import _distinctive, compare_story
from storyweave.model import Analysis, AnalyzedArticle, Article, Claim


def _article(aid: str, sentence: str, figures: list[tuple[str, str, float, str]]) -> AnalyzedArticle:
    """One sentence; `figures`: (slot, subject, value, display) each found in it as written."""
    claims = []
    for slot, subject, value, display in figures:
        start = sentence.index(display)
        claims.append(Claim(slot=slot, subject=subject, value=value, display=display, start=start,
                            end=start + len(display), sentence_start=0, sentence_end=len(sentence),
                            unit="GBP" if slot == "money" else None))
    return AnalyzedArticle(Article(id=aid, text=sentence, outlet=f"Outlet {aid}", published="2031-03-10"),
                           Analysis(article_id=aid, claims=claims))


def _rows(items):
    return sorted((c.slot, c.verdict, len(c.values)) for c in compare_story(items))


def test_one_figure_named_in_other_words_agrees() -> None:
    a = _article("a", "Marlow Vale council approved a budget of 236 million pounds, with a 3.75% rise "
                      "in council tax.",
                 [("money", "budget", 236e6, "236 million pounds"), ("percent", "rise", 3.75, "3.75%")])
    b = _article("b", "Councillors voted to raise council tax by 3.75% as part of a 236 million pound "
                      "spending budget.",
                 [("money", "plan", 236e6, "236 million pound"), ("percent", "raise", 3.75, "3.75%")])
    assert _rows([a, b]) == [("money", "agree", 2), ("percent", "agree", 2)]


def test_the_same_figure_for_unrelated_things_stays_apart() -> None:
    # no word near the two figures in common: a road programme and a care shortfall
    a = _article("a", "The council will spend 18 million pounds on road repairs next year.",
                 [("money", "spend", 18e6, "18 million pounds")])
    b = _article("b", "Carers warned of an 18 million pound shortfall in adult social services.",
                 [("money", "shortfall", 18e6, "18 million pound")])
    assert _rows([a, b]) == [("money", "single", 1), ("money", "single", 1)]


def test_round_figures_do_not_join_on_their_own() -> None:
    a = _article("a", "Bus fares in the district will rise by 5% in council areas.",
                 [("percent", "rise", 5.0, "5%")])
    b = _article("b", "Parking charges in council areas are to go up 5% from April.",
                 [("percent", "go", 5.0, "5%")])
    assert _rows([a, b]) == [("percent", "single", 1), ("percent", "single", 1)]


def test_different_figures_never_join() -> None:
    a = _article("a", "The council approved a budget of 236 million pounds on Tuesday.",
                 [("money", "budget", 236e6, "236 million pounds")])
    b = _article("b", "Councillors passed a 237 million pound budget plan on Tuesday.",
                 [("money", "plan", 237e6, "237 million pound")])
    assert _rows([a, b]) == [("money", "single", 1), ("money", "single", 1)]


@pytest.mark.parametrize("value, distinctive", [
    (4.99, True), (412e6, True), (18e6, True), (3000.0, False), (25.0, False), (4.5, False),
    (5.0, False), (1.25, True), (0.37, True), (92.0, True), (100.0, False)])
def test_distinctive_figures(value: float, distinctive: bool) -> None:
    assert _distinctive(value) is distinctive
