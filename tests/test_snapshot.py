"""The clusterer's saved state: a later `analyze` continues from it instead of replaying every
stored analysis, gives the same stories as a replay, and never trusts a crafted blob."""

from __future__ import annotations

import os
import pickle
import zlib

import pytest

from storyweave import jobs
from storyweave.model import Analysis, AnalyzedArticle, Article, Entity
from storyweave.stories.cluster import OnlineClusterer
from storyweave.stories.snapshot import BadSnapshot, dump_clusterer, load_clusterer
from storyweave.store import open_store

# Two fictional events, three articles each, told with different words.
EVENTS = {
    "flood": ({"river": 3, "flood": 4, "levee": 2, "rain": 2, "evacuate": 1}, ["Oskarby", "Vendel River"]),
    "strike": ({"tram": 3, "strike": 4, "union": 2, "wage": 2, "depot": 1}, ["Halvorsund", "Tram Workers Union"]),
}


def _item(event: str, n: int) -> AnalyzedArticle:
    terms, names = EVENTS[event]
    text = f"Report {n} on the {event}: " + " ".join(terms) + ". " + " and ".join(names) + "."
    entities = [Entity(text=name, label="GPE" if i == 0 else "ORG", start=0, end=len(name))
                for i, name in enumerate(names)]
    article = Article(id=f"{event}-{n}", text=text, title=f"{event.title()} update {n}",
                      outlet=f"Outlet {n}", published=f"2031-02-0{n}")
    analysis = Analysis(article_id=article.id, entities=entities, terms=dict(terms),
                        title_terms={event: 1, "update": 1})
    return AnalyzedArticle(article, analysis)


def _store_batch(store, clusterer: OnlineClusterer, items: list[AnalyzedArticle]) -> None:
    """What analyze_into_store does per article, without parsing."""
    for item in items:
        story_id = clusterer.add(item)
        store.save_article(item.article, status="analyzed", analysis=item.analysis,
                           story=clusterer.story(story_id))
    jobs.save_clusterer(store, clusterer)


def _memberships(store) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in store.list_stories()}


def _two_runs(path, *, drop_snapshot: bool) -> set[frozenset[str]]:
    first = [_item("flood", 1), _item("strike", 1), _item("flood", 2)]
    later = [_item("strike", 2), _item("flood", 3), _item("strike", 3)]
    with open_store(path) as store:
        _store_batch(store, jobs.restore_clusterer(store), first)
    with open_store(path) as store:
        if drop_snapshot:
            store.save_snapshot(jobs.CLUSTERER_SNAPSHOT, "stale", b"")
        _store_batch(store, jobs.restore_clusterer(store), later)
        return _memberships(store)


def test_second_run_continues_from_the_snapshot_without_replaying(tmp_path, monkeypatch):
    path = tmp_path / "sw.db"
    with open_store(path) as store:
        _store_batch(store, jobs.restore_clusterer(store), [_item("flood", 1), _item("strike", 1)])

    def no_replay(*_args, **_kw):
        raise AssertionError("replayed the stored analyses although the snapshot was current")

    monkeypatch.setattr(OnlineClusterer, "restore", no_replay)
    with open_store(path) as store:
        clusterer = jobs.restore_clusterer(store)
        stored = {s.id for s in store.list_stories()}
    assert {s.id for s in clusterer.stories()} == stored and len(stored) == 2


def test_snapshot_and_replay_give_the_same_stories(tmp_path):
    from_snapshot = _two_runs(tmp_path / "a.db", drop_snapshot=False)
    replayed = _two_runs(tmp_path / "b.db", drop_snapshot=True)
    assert from_snapshot == replayed
    assert from_snapshot == {frozenset({"flood-1", "flood-2", "flood-3"}),
                             frozenset({"strike-1", "strike-2", "strike-3"})}


def test_a_write_after_the_snapshot_makes_it_stale(tmp_path, monkeypatch):
    path = tmp_path / "sw.db"
    with open_store(path) as store:
        _store_batch(store, jobs.restore_clusterer(store), [_item("flood", 1)])
        before = store.generation()
        store.save_article(Article(id="x", text="A stray note."), status="skipped", reason="test")
        assert store.generation() == before + 1
        replays = []
        monkeypatch.setattr(OnlineClusterer, "restore", classmethod(lambda cls, *a, **k: replays.append(1) or cls()))
        jobs.restore_clusterer(store)
    assert replays == [1]


class _Exploit:
    def __reduce__(self):
        return (os.system, ("echo pwned > /dev/null",))


def test_crafted_snapshot_is_refused_not_executed(tmp_path):
    blob = zlib.compress(pickle.dumps(_Exploit()))
    with pytest.raises(BadSnapshot, match="system"):
        load_clusterer(blob)
    with pytest.raises(BadSnapshot, match="unreadable"):
        load_clusterer(b"not a snapshot at all")
    # a store holding the crafted blob under a current fingerprint falls back to replaying
    path = tmp_path / "sw.db"
    with open_store(path) as store:
        _store_batch(store, jobs.restore_clusterer(store), [_item("flood", 1)])
        fingerprint = store.load_snapshot(jobs.CLUSTERER_SNAPSHOT)[0]
        store.save_snapshot(jobs.CLUSTERER_SNAPSHOT, fingerprint, blob)
        clusterer = jobs.restore_clusterer(store)
    assert [s.articles for s in clusterer.stories()] == [["flood-1"]]


def test_dump_and_load_round_trip_keeps_cold_stories():
    clusterer = OnlineClusterer()
    for item in [_item("flood", 1), _item("strike", 1)]:
        clusterer.add(item)
    late = _item("strike", 2)
    late.article.published = "2031-06-01"  # months later: the flood story has gone cold
    clusterer.add(late)
    copy = load_clusterer(dump_clusterer(clusterer))
    assert [s.to_dict() for s in copy.stories()] == [s.to_dict() for s in clusterer.stories()]
    probe = _item("flood", 4)
    probe.article.published = "2031-06-02"
    assert copy.add(probe) == clusterer.add(_item_copy(probe))


def _item_copy(item: AnalyzedArticle) -> AnalyzedArticle:
    return AnalyzedArticle(Article.from_dict(item.article.to_dict()), Analysis.from_dict(item.analysis.to_dict()))


def test_loading_by_ids_and_streaming_keep_time_order(tmp_path):
    with open_store(tmp_path / "sw.db") as store:
        for item in [_item("flood", 3), _item("flood", 1), _item("strike", 2)]:
            store.save_article(item.article, status="analyzed", analysis=item.analysis)
        got = store.load_analyzed(["flood-3", "flood-1", "missing"])
        streamed = [i.article.id for i in store.iter_analyzed()]
    assert [i.article.id for i in got] == ["flood-1", "flood-3"]
    assert streamed == ["flood-1", "strike-2", "flood-3"]


# -- merging the stories a run split (the main job's end-of-run pass) ----------------------


def _split_flood_store(path):
    """A store where one event sits in two stories, as a single pass can leave it."""
    items = [_item("flood", 1), _item("flood", 2), _item("strike", 1)]
    from storyweave.model import Story

    forced = [Story(id="s-one", title="t", articles=["flood-1"]), Story(id="s-two", title="t", articles=["flood-2"]),
              Story(id="s-three", title="t", articles=["strike-1"])]
    clusterer = OnlineClusterer.restore(forced, items)
    store = open_store(path)
    for item in items:
        sid = clusterer._story_of[item.article.id]
        store.save_article(item.article, status="analyzed", analysis=item.analysis,
                           story=clusterer.story(clusterer._stories[sid].id))
    return store, clusterer


def test_end_of_run_merge_joins_a_split_event_in_clusterer_and_store(tmp_path):
    store, clusterer = _split_flood_store(tmp_path / "sw.db")
    with store:
        touched = {"s-one", "s-two", "s-three"}
        jobs.merge_touched_stories(store, clusterer, touched)
        assert touched == {"s-one", "s-three"}
        assert _memberships(store) == {frozenset({"flood-1", "flood-2"}), frozenset({"strike-1"})}
        assert store.get_story("s-two") is None
        # the stream goes on: a later flood report finds the merged story
        assert clusterer.add(_item("flood", 3)) == "s-one"


def test_merge_reaches_older_stories_that_share_keys_only(tmp_path):
    store, clusterer = _split_flood_store(tmp_path / "sw.db")
    with store:
        touched = {"s-one"}  # this run added to one half of the flood only
        assert clusterer.neighbour_stories(["s-one"]) == ["s-two"]  # the strike shares no strong key
        jobs.merge_touched_stories(store, clusterer, touched)
        assert touched == {"s-one"}
        assert _memberships(store) == {frozenset({"flood-1", "flood-2"}), frozenset({"strike-1"})}
