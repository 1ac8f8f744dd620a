"""The clusterer's stream-scale shortcuts give the same numbers as the plain paths.

Cold stories are scored from packed arrays, their norms refreshed from them, archive
postings are capped tuples, and article vectors come from a sublinear-TF table. Articles
here are built from invented term bags (no parsing): fictional events only.
"""

from __future__ import annotations

import gc

import math
from datetime import datetime, timedelta, timezone

from storyweave.model import Analysis, AnalyzedArticle, Article, Entity
from storyweave.stories.cluster import ClusterConfig, OnlineClusterer
from storyweave.stories.features import (
    DocumentFrequencies,
    article_vectors,
    packed_norm_sq,
    weighted_norm_sq,
)

START = datetime(2032, 3, 1, tzinfo=timezone.utc)


def _item(aid: str, day: float, terms: dict[str, int], names: list[str]) -> AnalyzedArticle:
    published = (START + timedelta(days=day)).isoformat(timespec="seconds")
    title = " ".join(list(terms)[:3])
    return AnalyzedArticle(
        Article(id=aid, text="", title=title, published=published),
        Analysis(article_id=aid, entities=[Entity(n, "PERSON", 0, 0) for n in names],
                 terms=terms, title_terms={w: 1 for w in title.split()}),
    )


def _event(n: int) -> dict[str, int]:
    # a few words every event shares, and rare words of its own
    return {"council": 1, "said": 2, "vote": 1, f"quarry{n}": 3, f"harbour{n}": 2, f"lantern{n}": 1}


def test_packed_norm_equals_dict_norm():
    dfs = DocumentFrequencies()
    for bag in ({"alpha": 1, "beta": 1}, {"beta": 2, "gamma": 1}, {"alpha": 1}):
        dfs.observe(bag)
    centroid = {"alpha": 0.7, "beta": 1.3, "gamma": 0.2, "delta": 0.5}  # delta: never seen
    assert packed_norm_sq(tuple(centroid), list(centroid.values()), dfs) == weighted_norm_sq(centroid, dfs)
    expected = sum((c * dfs.idf(k)) ** 2 for k, c in centroid.items())
    assert math.isclose(weighted_norm_sq(centroid, dfs), expected, rel_tol=1e-12)


def test_cold_story_norm_refresh_reads_packed_arrays_like_the_unpacked_centroid():
    config = ClusterConfig(cold_after_days=2.0, exhaustive_below=0, threshold=0.9)
    clusterer = OnlineClusterer(config)
    first = clusterer.add(_item("ev0-a", 0.0, _event(0), ["Mira Tolvane"]))
    assert clusterer.add(_item("ev0-b", 0.1, _event(0), ["Mira Tolvane"])) == first
    for n in range(1, 30):  # later, unrelated events move the clock on and grow the stream
        clusterer.add(_item(f"ev{n}", 3.0 + n * 0.01, _event(n), [f"Oskar Brenn{n}"]))
    story = clusterer._by_id[first]
    assert story.cold and story._packed is not None
    clusterer._refresh_norms(story)
    packed_norms = list(story.norm_sq)
    assert story._packed is not None  # refreshing did not unpack the story
    unpacked = story.view()
    assert packed_norms == [weighted_norm_sq(unpacked[s], clusterer._dfs[s]) for s in (0, 1, 2)]
    assert all(v > 0.0 for v in packed_norms)


def test_archive_postings_keep_the_most_recent_stories_up_to_the_cap():
    config = ClusterConfig(cold_after_days=1.0, archive_postings=3, exhaustive_below=0, threshold=0.99)
    clusterer = OnlineClusterer(config)
    ids = []
    for n in range(6):  # six one-article stories sharing one rare word (threshold: none joins)
        bag = {"glacier": 2, f"ferry{n}": 1, f"orchard{n}": 1}
        ids.append(clusterer.add(_item(f"g{n}", n * 0.001, bag, [])))
    assert len(set(ids)) == 6
    clusterer.add(_item("later", 5.0, {"meadow": 1}, []))  # all six go cold
    posting = clusterer._archive[0]["glacier"]
    assert isinstance(posting, bytes)  # no object for the cyclic GC to walk
    assert [clusterer._stories[s].id for s in memoryview(posting).cast("i")] == ids[-3:]
    assert not gc.is_tracked(clusterer._archive[0])
    # a cold story's members are a tuple (the GC stops tracking it), a list again once woken
    assert all(isinstance(clusterer._stories[s].members, tuple) for s in memoryview(posting).cast("i"))
    # a new article on the shared word reaches a cold story through the archive
    # a late article on one cold story's words reaches it through the archive and wakes it
    probe = OnlineClusterer(ClusterConfig(cold_after_days=1.0, archive_postings=3, exhaustive_below=0,
                                          threshold=0.6))
    opened = [probe.add(_item(f"g{n}", n * 0.001, {"glacier": 2, f"ferry{n}": 1, f"orchard{n}": 1}, []))
              for n in range(6)]
    assert len(set(opened)) == 6
    probe.add(_item("later", 5.0, {"meadow": 1}, []))
    assert probe._by_id[opened[5]].cold
    assert probe.add(_item("probe", 5.1, {"glacier": 2, "ferry5": 1, "orchard5": 1}, [])) == opened[5]
    assert not probe._by_id[opened[5]].cold
    assert [m[1] for m in probe._by_id[opened[5]].members] == ["g5", "probe"]  # a list again, extended


def test_article_vectors_sublinear_tf_table_and_non_int_counts():
    dfs = DocumentFrequencies()
    dfs.observe({"stone": 1})
    query, tf, idf = article_vectors({"stone": 3, "reed": 100, "moss": 1, "none": 0}, dfs, 10)
    raw = {"stone": 1.0 + math.log(3), "reed": 1.0 + math.log(100), "moss": 1.0}
    assert set(tf) == set(raw)  # a zero count is no key
    norm = math.sqrt(sum(t * t for t in raw.values()))
    assert all(math.isclose(tf[k], raw[k] / norm, rel_tol=1e-12) for k in raw)
    assert idf == {k: dfs.idf(k) for k in raw}
    # counts given as floats take the same formula
    _, tf_float, _ = article_vectors({"stone": 3.0, "reed": 100.0, "moss": 1.0}, dfs, 10)
    assert all(math.isclose(tf_float[k], tf[k], rel_tol=1e-12) for k in raw)


def test_pruning_to_a_target_forgets_the_rarest_counts_first():
    import random

    rng = random.Random(5)
    dfs = DocumentFrequencies()
    dfs.df = {f"k{i}": rng.choice((1, 1, 1, 2, 2, 3, 5, 8, 40)) for i in range(5000)}
    expected, floor = dict(dfs.df), 1  # the definition: drop count 1, then 2, ... until small enough
    expected = {k: v for k, v in expected.items() if v > floor}
    while len(expected) > 700:
        floor += 1
        expected = {k: v for k, v in expected.items() if v > floor}
    dfs.prune(700)
    assert dfs.df == expected and 0 < len(dfs.df) <= 700 and min(dfs.df.values()) > floor
