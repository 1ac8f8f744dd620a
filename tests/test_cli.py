"""CLI commands over a store filled directly (no analysis needed)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.model import Article, Story
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
