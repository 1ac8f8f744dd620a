"""Average-link merging of stories (batch mode) and the fast paths of the online clusterer."""

from __future__ import annotations

import math

from test_stories import _expected_groups, _groups, fixture_items, late_item  # noqa: F401 (fixtures)

from storyweave.stories.cluster import ClusterConfig, OnlineClusterer, cluster_articles
from storyweave.stories.features import (
    DocumentFrequencies,
    article_vectors,
    unit_vector,
)
from storyweave.stories.merge import _Group, average_link


def test_average_link_pass_rebuilds_the_events_from_singletons(fixture_items):  # noqa: F811
    # an online threshold no pair reaches: the single pass leaves every article alone,
    # and the average-link pass alone must find the events, and keep the noise apart
    config = ClusterConfig(threshold=1.01)
    clusterer = OnlineClusterer(config)
    for it in fixture_items:
        clusterer.add(it)
    assert all(len(s.articles) == 1 for s in clusterer.stories())
    assert _groups(cluster_articles(fixture_items, config)) == _expected_groups()


def test_without_the_link_pass_batch_equals_the_single_pass(fixture_items):  # noqa: F811
    config = ClusterConfig(threshold=1.01, link_threshold=None)
    assert len(cluster_articles(fixture_items, config)) == len(fixture_items)


def test_average_link_is_the_mean_pairwise_score():
    cfg = ClusterConfig(w_time=0.0)
    arts_a = [({"flood": 0.8, "dam": 0.6}, {"orvello": 1.0}, {}),
              ({"dam": 1.0}, {"orvello": 0.6, "tarrin": 0.8}, {"dam": 1.0})]
    arts_b = [({"flood": 0.6, "rain": 0.8}, {}, {"flood": 1.0})]
    a, b = _Group((None, None)), _Group((None, None))
    for vecs in arts_a:
        a.add(vecs)
    for vecs in arts_b:
        b.add(vecs)
    # by hand: per space, the mean cosine over the article pairs that have the space
    body = (0.8 * 0.6 + 0.0) / 2
    ents = 0.0  # b has no entities: the space does not count
    title = (0.0 + 0.0) / 1  # one article of a has a title, b's has one: no shared key
    w_body, _, w_title = cfg.link_weights
    expected = (w_body * body + w_title * title) / (w_body + w_title)
    assert ents == 0.0
    assert math.isclose(average_link(a, b, cfg), expected)
    # time scales it down by at most link_w_time
    cfg_t = ClusterConfig(link_w_time=0.5, link_sigma_days=1.0)
    a.span, b.span = (0.0, 1.0), (30.0, 31.0)
    assert math.isclose(average_link(a, b, cfg_t), 0.5 * expected, rel_tol=1e-6)


def test_counting_while_vectorising_equals_counting_first():
    counts = {"flood": 3, "dam": 1, "orvello": 2}
    first, fused = DocumentFrequencies(), DocumentFrequencies()
    for d in (first, fused):
        d.observe(["dam", "rain"])
    first.observe(counts)
    expected = article_vectors(counts, first, 100)
    assert article_vectors(counts, fused, 100, observe=True) == expected
    assert fused.df == first.df and fused.n == first.n
    unit = unit_vector(counts, first, 100)
    assert math.isclose(sum(w * w for w in unit.values()), 1.0)


def test_cold_story_scores_the_same_packed_and_unpacked(fixture_items, late_item):  # noqa: F811
    clusterer = OnlineClusterer()
    for it in fixture_items:
        clusterer.add(it)
    clusterer._advance(clusterer._now + 30)  # everything goes cold
    cold = [st for st in clusterer._stories if st.members]
    assert cold and all(st.cold and st._cents is None for st in cold)
    feats = clusterer._features(late_item, clusterer._entities(late_item))
    packed = [clusterer._score(feats, st) for st in cold]
    for st in cold:
        assert st.centroids[0]  # reading the property unpacks the story for good
        assert st._cents is not None
    unpacked = [clusterer._score(feats, st) for st in cold]
    assert max(packed) > 0.0
    assert all(math.isclose(p, u, rel_tol=1e-9, abs_tol=1e-12) for p, u in zip(packed, unpacked))


def test_strongest_candidates_rank_by_weight_then_older_story():
    from storyweave.stories.cluster import _strongest
    from storyweave.stories.features import top_keys

    hits = {7: 0.5, 3: 0.9, 9: 0.5, 1: 0.2, 4: 0.5}
    assert _strongest(hits, 3) == [3, 4, 7]  # ties at the cut-off go to the older story
    assert _strongest(hits, 10) == [3, 4, 7, 9, 1]
    assert top_keys({"b": 1.0, "a": 1.0, "c": 2.0, "d": 0.1}, 2) == ["c", "a"]


def test_a_dated_and_an_undated_story_get_half_the_time_credit():
    a, b = _Group((None, None)), _Group((None, None))
    a.add(({"ferry": 1.0}, {"carrow": 1.0}, {}))
    b.add(({"ferry": 1.0}, {"carrow": 1.0}, {}))
    cfg = ClusterConfig(link_w_time=0.4, link_time_mixed=0.5)
    both_undated = average_link(a, b, cfg)
    a.span = (14000.0, 14002.0)  # dated; b stays undated: the gap is unknown
    mixed = average_link(a, b, cfg)
    assert math.isclose(both_undated, 1.0)  # identical content, undated both: "same day"
    assert math.isclose(mixed, 1.0 - 0.4 + 0.4 * 0.5)
    b.span = (14001.0, 14001.0)  # now both dated and overlapping: full credit again
    assert math.isclose(average_link(a, b, cfg), 1.0)
