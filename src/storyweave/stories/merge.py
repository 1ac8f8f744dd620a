"""Batch refinement: merge stories that the single pass split.

A single pass splits an event when its first articles differ more from each other than
from the story they will later share (recall is what single-pass clustering loses, see
Miranda et al. 2018). With the whole batch seen, two passes can merge stories, closest
pair first:

- `merge_average_link` (on by default): average linkage over the articles, i.e. the mean
  article-to-article score between two stories, computed exactly from per-story sums of
  unit TF-IDF vectors under the final IDF; merges while it reaches
  `ClusterConfig.link_threshold`.
- `merge_similar_stories` (off by default): story centroid against story centroid,
  while the pair scores at least `ClusterConfig.merge_threshold`.

Pairs come from an inverted index over each story's strongest keys, so the work grows
with the number of stories that share rare keys, not with the square of the number of
stories.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING

from storyweave.model import AnalyzedArticle
from storyweave.stories.features import (
    DocumentFrequencies,
    dot,
    entity_counts,
    gaussian,
    strongest,
    top_keys,
    unit_vector,
)

if TYPE_CHECKING:
    from storyweave.stories.cluster import ClusterConfig, OnlineClusterer, _Story

Vectors = tuple[dict[str, float], dict[str, float], dict[str, float]]


def _unit(centroid: dict[str, float], dfs: DocumentFrequencies) -> dict[str, float]:
    weights = {k: c * dfs.idf(k) for k, c in centroid.items()}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {k: w / norm for k, w in weights.items()} if norm else {}


def _vectors(story: _Story, dfs: tuple[DocumentFrequencies, ...]) -> Vectors:
    return (_unit(story.centroids[0], dfs[0]), _unit(story.centroids[1], dfs[1]),
            _unit(story.centroids[2], dfs[2]))


def pair_score(a: Vectors, b: Vectors, a_span: tuple, b_span: tuple, cfg: ClusterConfig) -> float:
    """Centroid-to-centroid score: weighted cosines over the spaces both stories have,
    plus the time term on the gap between their time spans."""
    num = den = 0.0
    for space, w in ((0, cfg.w_body), (1, cfg.w_ents), (2, cfg.w_title)):
        if a[space] and b[space]:
            den += w
            num += w * dot(a[space], b[space])
    content = num / den if den else 0.0
    if a_span[0] is None or b_span[0] is None:
        time = cfg.time_unknown
    else:
        gap = max(0.0, b_span[0] - a_span[1], a_span[0] - b_span[1])
        time = gaussian(gap, cfg.sigma_days)
    return content * (1.0 - cfg.w_time + cfg.w_time * time)


def merge_similar_stories(clusterer: OnlineClusterer) -> int:
    """Merge stories of a finished batch pass in place; return how many merges were made.

    The clusterer is left for `stories()` only: its retrieval indexes are not updated.
    """
    cfg = clusterer.config
    dfs = clusterer._dfs
    stories = clusterer._stories
    live = {st.idx for st in stories if st.members}
    vectors: dict[int, Vectors] = {s: _vectors(stories[s], dfs) for s in live}
    version = dict.fromkeys(live, 0)
    index: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})

    def keys_of(s: int) -> list[tuple[int, str]]:
        out = []
        for space in (0, 1):
            vec = vectors[s][space]
            out += [(space, k) for k in top_keys(vec, cfg.merge_keys[space])]
        return out

    def post(s: int) -> None:
        for space, key in keys_of(s):
            index[space].setdefault(key, []).append(s)

    def neighbours(s: int) -> set[int]:
        found: set[int] = set()
        for space, key in keys_of(s):
            posting = index[space].get(key, ())
            if len(posting) <= cfg.max_postings:
                found.update(o for o in posting if o != s and o in live)
        return found

    def span(s: int) -> tuple:
        st = stories[s]
        return (st.first_days, st.last_days)

    heap: list[tuple[float, int, int, int, int]] = []

    def push_pairs(s: int) -> None:
        for o in neighbours(s):
            score = pair_score(vectors[s], vectors[o], span(s), span(o), cfg)
            if score >= cfg.merge_threshold:
                a, b = min(s, o), max(s, o)
                heapq.heappush(heap, (-score, a, b, version[a], version[b]))

    for s in sorted(live):
        post(s)
    for s in sorted(live):
        push_pairs(s)

    merges = 0
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a not in live or b not in live or version[a] != va or version[b] != vb:
            continue
        _absorb(clusterer, stories[a], stories[b])
        live.discard(b)
        del vectors[b]
        version[a] += 1
        vectors[a] = _vectors(stories[a], dfs)
        post(a)
        push_pairs(a)
        merges += 1
    return merges


def _absorb(clusterer: OnlineClusterer, into: _Story, other: _Story) -> None:
    """Move `other`'s articles and centroid mass into `into`."""
    cfg = clusterer.config
    for space in (0, 1, 2):
        centroid = into.centroids[space]
        for key, w in other.centroids[space].items():
            centroid[key] = centroid.get(key, 0.0) + w
        keep = cfg.centroid_keep[space]
        if len(centroid) > keep + keep // 2:
            into.centroids[space] = strongest(centroid, clusterer._dfs[space], keep)
    into.members.extend(other.members)
    for m in other.members:
        clusterer._story_of[m[1]] = into.idx
    if other.first_days is not None:
        into.first_days = other.first_days if into.first_days is None else min(into.first_days, other.first_days)
        into.last_days = other.last_days if into.last_days is None else max(into.last_days, other.last_days)
    other.members = []
    other.centroids = [{}, {}, {}]
    clusterer._refresh_norms(into)


class _Group:
    """A story during the average-link pass: sums of its articles' unit TF-IDF vectors
    per space and how many of its articles have each space."""

    __slots__ = ("sums", "counts", "span")

    def __init__(self, span: tuple) -> None:
        self.sums: list[dict[str, float]] = [{}, {}, {}]
        self.counts = [0, 0, 0]
        self.span = span

    def add(self, vectors: Vectors) -> None:
        for space, vec in enumerate(vectors):
            if vec:
                acc = self.sums[space]
                for k, w in vec.items():
                    acc[k] = acc.get(k, 0.0) + w
                self.counts[space] += 1

    def absorb(self, other: _Group) -> None:
        for space in (0, 1, 2):
            acc = self.sums[space]
            for k, w in other.sums[space].items():
                acc[k] = acc.get(k, 0.0) + w
            self.counts[space] += other.counts[space]
        a, b = self.span, other.span
        if a[0] is None:
            self.span = b
        elif b[0] is not None:
            self.span = (min(a[0], b[0]), max(a[1], b[1]))


def average_link(a: _Group, b: _Group, cfg: ClusterConfig) -> float:
    """Mean article-to-article score between two stories: per space, the mean pairwise
    cosine is dot(sum A, sum B) / (|A| |B|); spaces are weighted as in the online score,
    over the spaces both stories have; then the time term on the gap between their spans."""
    num = den = 0.0
    for space, w in enumerate(cfg.link_weights):
        na, nb = a.counts[space], b.counts[space]
        if na and nb:
            den += w
            num += w * dot(a.sums[space], b.sums[space]) / (na * nb)
    content = num / den if den else 0.0
    if a.span[0] is None or b.span[0] is None:
        time = cfg.time_unknown
    else:
        gap = max(0.0, b.span[0] - a.span[1], a.span[0] - b.span[1])
        time = gaussian(gap, cfg.sigma_days)
    return content * (1.0 - cfg.w_time + cfg.w_time * time)


def merge_average_link(clusterer: OnlineClusterer, items: Mapping[str, AnalyzedArticle],
                       only: Collection[int] | None = None) -> int:
    """Average-linkage merging of the stories of a finished batch pass, in place.

    Article vectors are recomputed under the final document frequencies (the whole
    batch), so the pass sees every article as the last one saw the stream. Closest pair
    first, while the pair's mean article-to-article score reaches
    `ClusterConfig.link_threshold`. Candidate pairs share one of their strongest keys
    (an inverted index), so the work follows the stories that share rare keys.
    `only` restricts the pass to those stories (indexes), e.g. the ones a run touched.
    Returns the number of merges.
    """
    cfg = clusterer.config
    dfs = clusterer._dfs
    stories = clusterer._stories
    keep = cfg.article_keep
    groups: dict[int, _Group] = {}
    for st in stories if only is None else [stories[i] for i in sorted(only)]:
        if not st.members:
            continue
        group = _Group((st.first_days, st.last_days))
        for m in st.members:
            item = items.get(m[1])
            if item is None or (item.article.duplicate_of and item.article.duplicate_of != item.article.id
                                and item.article.duplicate_of in clusterer._story_of):
                continue  # copies were not weighed when they joined: not here either
            ents, _ = entity_counts(item)
            group.add((unit_vector(item.analysis.terms, dfs[0], keep[0]),
                       unit_vector(ents, dfs[1], keep[1]),
                       unit_vector(item.analysis.title_terms, dfs[2], keep[2])))
        groups[st.idx] = group
    live = set(groups)
    version = dict.fromkeys(live, 0)
    index: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})

    def keys_of(s: int) -> list[tuple[int, str]]:
        out = []
        for space in (0, 1):
            out += [(space, k) for k in top_keys(groups[s].sums[space], cfg.merge_keys[space])]
        return out

    def post(s: int) -> None:
        for space, key in keys_of(s):
            index[space].setdefault(key, []).append(s)

    heap: list[tuple[float, int, int, int, int]] = []

    def push_pairs(s: int) -> None:
        shared: dict[int, int] = {}
        for space, key in keys_of(s):
            posting = index[space].get(key, ())
            if len(posting) <= cfg.max_postings:
                for o in posting:
                    if o != s and o in live:
                        shared[o] = shared.get(o, 0) + 1
        # the stories sharing the most strong keys, so a story costs at most
        # `max_candidates` scores however many stories share its keys
        found = sorted(shared, key=lambda o: (-shared[o], o))[: cfg.max_candidates]
        for o in found:
            score = average_link(groups[s], groups[o], cfg)
            if score >= cfg.link_threshold:
                a, b = min(s, o), max(s, o)
                heapq.heappush(heap, (-score, a, b, version[a], version[b]))

    for s in sorted(live):
        post(s)
    for s in sorted(live):
        push_pairs(s)
    merges = 0
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if a not in live or b not in live or version[a] != va or version[b] != vb:
            continue
        _absorb(clusterer, stories[a], stories[b])
        groups[a].absorb(groups.pop(b))
        live.discard(b)
        version[a] += 1
        post(a)
        push_pairs(a)
        merges += 1
    return merges
