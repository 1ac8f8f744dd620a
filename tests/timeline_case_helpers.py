"""Shared by the timeline case files (tests/test_timeline_round15.py, _round16.py): each case is
(id, text, a word of the sentence, the date the timeline gives that sentence or None), maybe
wrapped in `pytest.param` (a strict xfail)."""

from __future__ import annotations

from storyweave.brief.timeline import build_timeline
from storyweave.model import AnalyzedArticle, Article, TimelineEvent


def case_row(case) -> tuple:
    """The (id, text, word, expected) of a case, `pytest.param` or plain."""
    return case.values if hasattr(case, "values") else case


def case_ids(cases) -> list[str]:
    return [case_row(c)[0] for c in cases]


def timelines_of(nlp, cases, published: str) -> dict[str, list[TimelineEvent]]:
    """Each case's text analysed as one article of one outlet, and its timeline."""
    from storyweave.analyze.pipeline import analyze_articles

    arts = [Article(id=cid, text=text, outlet="Fenmarsh Gazette", published=published)
            for cid, text, _, _ in map(case_row, cases)]
    return {a.id: build_timeline([AnalyzedArticle(a, an)]) for a, an in analyze_articles(arts, nlp)}


def assert_dated(events: list[TimelineEvent], word: str, expected: str | None) -> None:
    """The sentence holding `word` is dated `expected`, or (None) not dated at all."""
    found = [e for e in events if word in e.what]
    if expected is None:
        assert found == [], f"dated by a noun's time: {[e.when for e in found]}"
    else:
        assert [e.when for e in found] == [expected]
