"""CLI commands over a store filled directly (no analysis needed)."""

from __future__ import annotations

import json
import sys

from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.model import Analysis, Article, Story
from storyweave.store import open_store

runner = CliRunner()


def _db(tmp_path) -> str:
    path = str(tmp_path / "sw.db")
    with open_store(path) as store:
        article = Article(id="a1", text="Divers found the [sealed] crate near the old pier at Marrowby.",
                          outlet="Marrowby Gazette", title="Crate found [exclusive]", published="2031-07-01")
        store.save_article(article, status="analyzed", story=Story("s-1", "Crate found [exclusive]", ["a1"]))
    return path


def test_search_prints_highlights_and_brackets_literally(tmp_path):
    result = runner.invoke(app, ["search", "crate pier", "--db", _db(tmp_path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "[crate]" in result.output and "[pier]" in result.output


def test_search_and_stories_json(tmp_path):
    db = _db(tmp_path)
    hits = json.loads(runner.invoke(app, ["search", "divers", "--db", db, "--json"]).output)["hits"]
    assert [h["article_id"] for h in hits] == ["a1"] and hits[0]["story_id"] == "s-1"
    stories = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).output)["stories"]
    assert stories[0]["title"] == "Crate found [exclusive]" and stories[0]["articles"] == ["a1"]


def test_show_unknown_story_is_an_error(tmp_path):
    result = runner.invoke(app, ["show", "s-[nope]", "--db", _db(tmp_path)])
    assert result.exit_code == 1
    assert "s-[nope]" in result.output


def test_contract_commands_require_json(tmp_path):
    result = runner.invoke(app, ["quotes", str(tmp_path)])
    assert result.exit_code == 2 and "--json" in result.output



def _analysed_db(tmp_path) -> str:
    """Two stored analyses of one fictional event, written by hand (no parser needed)."""
    path = str(tmp_path / "analysed.db")
    terms = {"crate": 3, "pier": 2, "diver": 2, "harbour": 1}
    with open_store(path) as store:
        for n, outlet in enumerate(("Marrowby Gazette", "Coastline Radio"), start=1):
            article = Article(id=f"a{n}", text="Divers found a sealed crate near the old pier.", outlet=outlet,
                              title="Divers find crate by pier", published=f"2031-07-0{n}")
            analysis = Analysis(article_id=article.id, terms=terms, title_terms={"diver": 1, "crate": 1, "pier": 1})
            store.save_article(article, status="analyzed", analysis=analysis)
    return path


def test_embeddings_without_the_extra_is_a_clear_error(tmp_path, monkeypatch):
    # None in sys.modules makes the import fail, as on a machine without the extra
    monkeypatch.setitem(sys.modules, "torch", None)
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    result = runner.invoke(app, ["recluster", "--db", _analysed_db(tmp_path), "--embeddings"])
    assert result.exit_code == 2
    assert "--embeddings" in result.output and "storyweave[embeddings]" in result.output


def test_recluster_with_embeddings_keeps_them_in_the_store(tmp_path, monkeypatch):
    import numpy as np

    import storyweave.cli as cli
    from storyweave.stories.embed import MODEL_NAME

    vectors = {"a1": np.array([1.0, 0.0], dtype=np.float32), "a2": np.array([0.6, 0.8], dtype=np.float32)}
    monkeypatch.setattr(cli, "_embeddings", lambda items, wanted: vectors if wanted else None)
    db = _analysed_db(tmp_path)
    assert runner.invoke(app, ["recluster", "--db", db, "--embeddings"]).exit_code == 0
    with open_store(db) as store:
        kept = store.load_embeddings(MODEL_NAME, ["a1", "a2"])
    assert sorted(kept) == ["a1", "a2"] and np.allclose(kept["a2"], [0.6, 0.8])


def test_recluster_puts_two_reports_of_one_event_in_one_story(tmp_path):
    result = runner.invoke(app, ["recluster", "--db", _analysed_db(tmp_path), "--json"])
    assert result.exit_code == 0
    (story,) = json.loads(result.output)["stories"]
    assert story["articles"] == ["a1", "a2"]


def test_recluster_thresholds_are_kept_by_the_store(tmp_path):
    from storyweave.jobs import restore_clusterer, stored_config

    db = str(tmp_path / "two.db")
    bags = ({"crate": 3, "pier": 2, "diver": 2, "harbour": 1}, {"crate": 2, "pier": 1, "storm": 2, "boat": 2})
    with open_store(db) as store:
        for n, terms in enumerate(bags, start=1):
            article = Article(id=f"a{n}", text="Divers found a crate.", title="Crate at Marrowby",
                              published=f"2031-07-0{n}")
            store.save_article(article, status="analyzed", analysis=Analysis(article_id=article.id, terms=terms))
    joined = runner.invoke(app, ["recluster", "--db", db, "--json"])
    assert len(json.loads(joined.output)["stories"]) == 1  # the defaults join two related reports
    # join and merge thresholds above what the two reports score: two stories
    result = runner.invoke(app, ["recluster", "--db", db, "--json", "--threshold", "0.9", "--link-threshold", "0.9"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["stories"]) == 2
    with open_store(db) as store:
        assert (stored_config(store).threshold, stored_config(store).link_threshold) == (0.9, 0.9)
        assert restore_clusterer(store).config.threshold == 0.9  # later `analyze` runs go on with them
    # a plain recluster keeps the stored thresholds: the result does not depend on the run
    again = runner.invoke(app, ["recluster", "--db", db, "--json"])
    assert len(json.loads(again.output)["stories"]) == 2


def test_a_threshold_out_of_range_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["recluster", "--db", _analysed_db(tmp_path), "--threshold", "1.5"])
    assert result.exit_code == 2
    assert "threshold must be between 0 and 1" in result.output
