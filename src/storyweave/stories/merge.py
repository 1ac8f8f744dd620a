"""Batch refinement: merge stories whose centroids describe the same event.

A single pass splits an event when its first articles differ more from each other than
from the story they will later share (recall is what single-pass clustering loses, see
Miranda et al. 2018). With the whole batch seen, story centroids are compared with each
other under the final IDF and the closest pair is merged first (average-linkage on
centroids), as long as the pair scores at least `ClusterConfig.merge_threshold`. Pairs
come from an inverted index over each story's strongest keys, so the work grows with the
number of stories that share rare keys, not with the square of the number of stories.
"""

from __future__ import annotations

import heapq
import math
from typing import TYPE_CHECKING

from storyweave.stories.features import DocumentFrequencies, dot, gaussian, strongest, top_keys

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
