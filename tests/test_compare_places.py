"""A count for one place beside the story's counts for all places. Fictional claims."""

from __future__ import annotations

from storyweave.compare.align import compare_story
from storyweave.model import Analysis, AnalyzedArticle, Article, Claim


def _killed(value: int, *scope: str) -> Claim:
    return Claim(slot="killed", subject="fire", value=value, display=str(value), start=0, end=1,
                 sentence_start=0, sentence_end=8, scope=list(scope), unit="people")


def _article(aid: str, *claims: Claim) -> AnalyzedArticle:
    return AnalyzedArticle(Article(id=aid, text="Sentence one. Sentence two.", outlet=f"Outlet {aid}",
                                   published="2031-05-14"), Analysis(article_id=aid, claims=list(claims)))


def _rows(items):
    return sorted((c.verdict, sorted(v.article for v in c.values)) for c in compare_story(items))


def test_a_count_at_the_venue_repeating_the_whole_count_joins_it() -> None:
    items = [_article("a", _killed(3)), _article("b", _killed(3)),
             _article("c", _killed(3, "in Harlow Mill warehouse"))]
    assert _rows(items) == [("agree", ["a", "b", "c"])]


def test_a_count_at_one_place_with_a_figure_of_its_own_stays_apart() -> None:
    # three of the eleven dead at one site: a part of the toll, no contradiction
    items = [_article("a", _killed(11)), _article("b", _killed(11)),
             _article("c", _killed(3, "in Harlow Mill warehouse"))]
    assert _rows(items) == [("agree", ["a", "b"]), ("single", ["c"])]


def test_counts_of_one_place_that_differ_keep_their_conflict() -> None:
    items = [_article("a", _killed(3)), _article("b", _killed(3, "in Harlow Mill warehouse")),
             _article("c", _killed(5, "in Harlow Mill warehouse"))]
    rows = _rows(items)
    assert ("conflict", ["b", "c"]) in rows and ("single", ["a"]) in rows
