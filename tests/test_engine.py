"""The local engine: order kept, one bad article isolated, processes give the same result."""

from __future__ import annotations

import pytest

from storyweave.engine import local
from storyweave.engine.local import AnalysisError, LocalEngine
from storyweave.model import Analysis, Article


def _fake_analyze(articles, nlp=None, batch_size=32):
    for article in articles:
        if "BOOM" in article.text:
            raise ValueError("cannot parse this one")
        yield article, Analysis(article_id=article.id, words=len(article.text.split()))


@pytest.fixture(autouse=True)
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(local, "analyze_articles", _fake_analyze)
    monkeypatch.setattr(local, "load_nlp", lambda: None)


ARTICLES = [Article(id=f"a{n}", text="word " * n + ("BOOM" if n == 5 else "")) for n in range(1, 12)]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_in_order_and_bad_article_isolated(workers):
    results = list(LocalEngine(workers=workers, batch_size=4).analyze(ARTICLES))
    assert [a.id for a, _ in results] == [a.id for a in ARTICLES]
    failed = [a.id for a, r in results if isinstance(r, AnalysisError)]
    assert failed == ["a5"]
    assert "cannot parse this one" in str(results[4][1])
    assert all(r.words == n + 1 for n, (_, r) in enumerate(results) if n != 4)


def test_empty_input_yields_nothing():
    assert list(LocalEngine(workers=2).analyze([])) == []
