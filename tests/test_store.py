"""The SQLite store: round trips, idempotence, one transaction per article, search, migrations."""

from __future__ import annotations

import sqlite3

import pytest

from storyweave.model import Analysis, Article, Person, Quote, Story
from storyweave.store import UnsupportedDatabase, open_store
from storyweave.store.migrations import SQLITE_MIGRATIONS


def _article(n: int, text: str | None = None, published: str = "2031-05-0{}") -> Article:
    return Article(
        id=f"a{n}", text=text or f"The harbour of Lindqvist reopened after storm number {n}.",
        outlet="The Lindqvist Ledger", title=f"Harbour reopens {n}", published=published.format(n), source=f"a{n}.txt",
    )


def _analysis(article_id: str) -> Analysis:
    person = Person(id="p1", name="Orla Venn", roles=["harbour master"], age=51)
    quote = Quote(text="We are open", start=0, end=11, kind="direct", speaker_name="Orla Venn")
    return Analysis(article_id=article_id, people=[person], quotes=[quote], terms={"harbour": 2})


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "sw.db") as s:
        yield s


def test_article_and_analysis_round_trip(store):
    article = _article(1)
    story = Story(id="s-1", title="Harbour reopens", articles=["a1"])
    store.save_article(article, status="analyzed", analysis=_analysis("a1"), signature=b"sig", story=story)
    assert store.get_article("a1") == article
    analysis = store.get_analysis("a1")
    assert analysis.people[0].age == 51 and analysis.quotes[0].speaker_name == "Orla Venn"
    assert [s.id for s in store.list_stories()] == ["s-1"]
    assert [i.article.id for i in store.load_analyzed()] == ["a1"]
    assert list(store.signatures()) == [("a1", article.hash, b"sig")]


def test_resaving_replaces_instead_of_duplicating(store):
    for _ in range(2):
        store.save_article(_article(1), status="analyzed", analysis=_analysis("a1"))
    assert store.counts()["analyzed"] == 1
    assert len(store.search("harbour")) == 1
    assert store.state("a1").content_hash == _article(1).hash


def test_failed_transaction_leaves_nothing_half_written(store, monkeypatch):
    original = store._write_story

    def broken(conn, story):
        original(conn, story)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_write_story", broken)
    with pytest.raises(RuntimeError):
        store.save_article(_article(2), status="analyzed", analysis=_analysis("a2"), story=Story("s-2", "t", ["a2"]))
    assert store.state("a2") is None
    assert store.get_analysis("a2") is None
    assert store.list_stories() == []
    assert store.search("harbour") == []


def test_search_ranks_and_ignores_query_syntax(store):
    store.save_article(_article(1), status="analyzed")
    store.save_article(_article(2, "A ferry strike closed the northern pier."), status="analyzed")
    hits = store.search('ferry "pier*')
    assert [h.article_id for h in hits] == ["a2"]
    assert store.search("***") == []


def test_story_lookup_by_prefix_and_ambiguity(store):
    store.replace_stories([Story("s-abc1", "One", []), Story("s-abd2", "Two", [])])
    assert store.get_story("s-abc").title == "One"
    assert store.get_story("s-ab") is None
    assert store.get_story("s-abd2").title == "Two"


def test_duplicates_are_listed_under_their_original(store):
    store.save_article(_article(1), status="analyzed")
    copy = _article(3)
    copy.duplicate_of = "a1"
    store.save_article(copy, status="duplicate")
    assert [a.id for a in store.duplicates(["a1"])] == ["a3"]
    assert store.find_by_hash(copy.hash) == "a3"


def test_schema_is_versioned_and_wal(tmp_path):
    path = tmp_path / "v.db"
    open_store(path).close()
    open_store(path).close()  # migrating twice is a no-op
    con = sqlite3.connect(path)
    assert con.execute("SELECT version FROM schema_version").fetchall() == [(len(SQLITE_MIGRATIONS),)]
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.db"
    open_store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE schema_version SET version = 99")
    con.commit()
    with pytest.raises(RuntimeError, match="newer"):
        open_store(path)


def test_unknown_url_scheme_is_a_clear_error():
    with pytest.raises(UnsupportedDatabase, match="mysql"):
        open_store("mysql://localhost/db")


def test_embeddings_round_trip_and_lapse_when_the_article_changes(store):
    import numpy as np

    for n in (1, 2):
        store.save_article(_article(n), status="analyzed", analysis=_analysis(f"a{n}"))
    vectors = {"a1": np.array([0.6, 0.8], dtype=np.float32), "a2": np.array([1.0, 0.0]), "ghost": np.ones(2)}
    store.save_embeddings("model-x", vectors)
    got = store.load_embeddings("model-x", ["a1", "a2", "ghost", "a1"])
    assert sorted(got) == ["a1", "a2"]  # an id not stored is ignored
    assert got["a1"].dtype == np.float32 and np.allclose(got["a1"], [0.6, 0.8])
    assert store.load_embeddings("model-y", ["a1"]) == {}  # another model's vectors are not these
    store.save_article(_article(2, text="The harbour of Lindqvist closed again."), status="analyzed",
                       analysis=_analysis("a2"))
    assert sorted(store.load_embeddings("model-x", ["a1", "a2"])) == ["a1"]  # made from the old text
    store.save_embeddings("model-x", {"a2": np.array([0.0, 1.0])})
    assert np.allclose(store.load_embeddings("model-x", ["a2"])["a2"], [0.0, 1.0])


def test_embed_into_store_embeds_only_articles_without_a_current_embedding(store, monkeypatch):
    import numpy as np

    from storyweave.jobs import embed_into_store
    from storyweave.stories import embed

    embedded: list[str] = []

    class FakeEmbedder:  # stands in for the model (the extra is optional)
        def embed(self, items):
            embedded.extend(it.article.id for it in items)
            return {it.article.id: np.array([1.0, float(len(it.article.text))]) for it in items}

    monkeypatch.setattr(embed, "ArticleEmbedder", FakeEmbedder)
    for n in (1, 2, 3):
        store.save_article(_article(n), status="analyzed", analysis=_analysis(f"a{n}"))
    assert embed_into_store(store, ["a1", "a2"]) == 2 and embedded == ["a1", "a2"]
    assert embed_into_store(store, ["a1", "a2", "a3"]) == 1 and embedded[2:] == ["a3"]
    store.save_article(_article(2, text="The harbour of Lindqvist closed again."), status="analyzed",
                       analysis=_analysis("a2"))
    assert embed_into_store(store, ["a1", "a2", "a3"]) == 1 and embedded[3:] == ["a2"]  # its text changed
    assert sorted(store.load_embeddings(embed.MODEL_NAME, ["a1", "a2", "a3"])) == ["a1", "a2", "a3"]
