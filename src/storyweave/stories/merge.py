"""Batch refinement: merge stories that the single pass split.

A single pass splits an event when its first articles differ more from each other than
from the story they will later share (recall is what single-pass clustering loses, see
Miranda et al. 2018). With the whole batch (or a run's stories) seen, `merge_average_link`
merges stories closest pair first by average linkage over their articles, i.e. the mean
article-to-article score between two stories, computed exactly from per-story sums of
unit TF-IDF vectors under the final IDF, while it reaches `ClusterConfig.link_threshold`.
(Merging centroid against centroid was tried too; it did worse on every dev set.)

Pairs come from an inverted index over each story's strongest keys, so the work grows
with the number of stories that share rare keys, not with the square of the number of
stories.

Optional dense embeddings (`stories/embed.py`) add one more space to the pair score,
credited only as far as the two stories share entities (see `average_link`); they
never propose a pair.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from storyweave.model import AnalyzedArticle
from storyweave.stories.features import (
    dot,
    entity_counts,
    gaussian,
    strongest,
    top_keys,
    unit_vector,
)

if TYPE_CHECKING:
    from storyweave.stories.cluster import ClusterConfig, OnlineClusterer, _Story

Vectors = tuple[dict[str, float], dict[str, float], dict[str, float]]  # body, entities, title


def _merge_closest_first(
    clusterer: OnlineClusterer,
    live: set[int],
    weights_of: Callable[[int], Sequence[Mapping[str, float]]],
    score: Callable[[int, int], float],
    threshold: float,
    max_candidates: int | None,
    absorbed: Callable[[int, int], None],
) -> int:
    """Greedy agglomeration shared by both passes: the best-scoring pair first, while it
    reaches `threshold`. Candidate pairs share one of their `merge_keys` strongest body or
    entity keys (an inverted index; keys posted by more than `max_postings` stories say
    nothing); with `max_candidates`, a story scores only the stories sharing most of its
    keys, so its cost stays bounded however many share them. `absorbed(a, b)` updates the
    caller's per-story state after b's articles moved into a. Returns the number of merges."""
    cfg = clusterer.config
    stories = clusterer._stories
    version = dict.fromkeys(live, 0)
    index: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
    heap: list[tuple[float, int, int, int, int]] = []

    def keys_of(s: int) -> list[tuple[int, str]]:
        weights = weights_of(s)
        return [(space, k) for space in (0, 1) for k in top_keys(weights[space], cfg.merge_keys[space])]

    def post(s: int) -> None:
        for space, key in keys_of(s):
            index[space].setdefault(key, []).append(s)

    def push_pairs(s: int) -> None:
        shared: dict[int, int] = {}
        for space, key in keys_of(s):
            posting = index[space].get(key, ())
            if len(posting) <= cfg.max_postings:
                for o in posting:
                    if o != s and o in live:
                        shared[o] = shared.get(o, 0) + 1
        found = sorted(shared, key=lambda o: (-shared[o], o))
        for o in found if max_candidates is None else found[:max_candidates]:
            pair = score(s, o)
            if pair >= threshold:
                a, b = min(s, o), max(s, o)
                heapq.heappush(heap, (-pair, a, b, version[a], version[b]))

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
        absorbed(a, b)
        live.discard(b)
        version[a] += 1
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
    into.members = [*into.members, *other.members]  # a cold story's members are a tuple
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
    per space and how many of its articles have each space; with dense embeddings, the
    sum of its articles' unit embeddings and how many have one."""

    __slots__ = ("sums", "counts", "span", "emb", "n_emb")

    def __init__(self, span: tuple) -> None:
        self.sums: list[dict[str, float]] = [{}, {}, {}]
        self.counts = [0, 0, 0]
        self.span = span
        self.emb: Any = None  # numpy vector, sum of the members' unit embeddings
        self.n_emb = 0

    def add(self, vectors: Vectors, embedding: Any = None) -> None:
        for space, vec in enumerate(vectors):
            if vec:
                acc = self.sums[space]
                for k, w in vec.items():
                    acc[k] = acc.get(k, 0.0) + w
                self.counts[space] += 1
        if embedding is not None:
            vec = np.asarray(embedding, dtype=np.float64)
            self.emb = vec.copy() if self.emb is None else self.emb + vec
            self.n_emb += 1

    def absorb(self, other: _Group) -> None:
        for space in (0, 1, 2):
            acc = self.sums[space]
            for k, w in other.sums[space].items():
                acc[k] = acc.get(k, 0.0) + w
            self.counts[space] += other.counts[space]
        if other.emb is not None:
            self.emb = other.emb.copy() if self.emb is None else self.emb + other.emb
            self.n_emb += other.n_emb
        a, b = self.span, other.span
        if a[0] is None:
            self.span = b
        elif b[0] is not None:
            self.span = (min(a[0], b[0]), max(a[1], b[1]))


def embedding_similarity(mean_cosine: float, floor: float) -> float:
    """A mean embedding cosine on the scale of the TF-IDF cosines: what unrelated news
    share (`floor`) counts as 0, identical texts as 1; linear in between."""
    return max(0.0, (mean_cosine - floor) / (1.0 - floor))


def average_link(a: _Group, b: _Group, cfg: ClusterConfig) -> float:
    """Mean article-to-article score between two stories: per space, the mean pairwise
    cosine is dot(sum A, sum B) / (|A| |B|); spaces are weighted as in the online score,
    over the spaces both stories have; then the time term on the gap between their spans
    (`link_w_time`, `link_sigma_days`: months, stories are compared across their spans).

    With dense embeddings on both sides, their mean cosine (rescaled above
    `embed_floor`) joins as one more space of weight `link_w_embed`, but it is credited
    only in proportion to the stories' mean entity cosine, in full from `embed_gate` up:
    a sentence embedding says that two stories are about the same kind of thing (two air
    crashes, two attacks in one city), not the same event; shared names say that. So
    two stories that share no names get their score diluted by the embedding's weight,
    and two that share names are pulled together by how close their texts read."""
    num = den = 0.0
    ents = 0.0
    for space, w in enumerate(cfg.link_weights):
        na, nb = a.counts[space], b.counts[space]
        if na and nb:
            cos = dot(a.sums[space], b.sums[space]) / (na * nb)
            den += w
            num += w * cos
            if space == 1:
                ents = cos
    if cfg.link_w_embed > 0.0 and a.n_emb and b.n_emb:
        mean_cos = float(a.emb @ b.emb) / (a.n_emb * b.n_emb)
        credit = min(1.0, ents / cfg.embed_gate) if cfg.embed_gate > 0.0 else 1.0
        den += cfg.link_w_embed
        num += cfg.link_w_embed * credit * embedding_similarity(mean_cos, cfg.embed_floor)
    content = num / den if den else 0.0
    if a.span[0] is None and b.span[0] is None:
        time = cfg.time_unknown
    elif a.span[0] is None or b.span[0] is None:
        time = cfg.link_time_mixed
    else:
        gap = max(0.0, b.span[0] - a.span[1], a.span[0] - b.span[1])
        time = gaussian(gap, cfg.link_sigma_days)
    return content * (1.0 - cfg.link_w_time + cfg.link_w_time * time)


def merge_average_link(clusterer: OnlineClusterer, items: Mapping[str, AnalyzedArticle],
                       only: Collection[int] | None = None,
                       embeddings: Mapping[str, Any] | None = None) -> int:
    """Average-linkage merging of the stories of a finished batch pass, in place.

    Article vectors are recomputed under the final document frequencies (the whole
    batch), so the pass sees every article as the last one saw the stream. Closest pair
    first, while the pair's mean article-to-article score reaches
    `ClusterConfig.link_threshold`. Candidate pairs share one of their strongest keys
    (an inverted index), so the work follows the stories that share rare keys.
    `only` restricts the pass to those stories (indexes), e.g. the ones a run touched.
    `embeddings` (article id -> unit numpy vector, `stories/embed.py`) adds the mean
    embedding cosine to the score with weight `ClusterConfig.link_w_embed`; articles
    without one count in the TF-IDF spaces only.
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
                       unit_vector(item.analysis.title_terms, dfs[2], keep[2])),
                      embeddings.get(m[1]) if embeddings is not None else None)
        groups[st.idx] = group

    def absorbed(a: int, b: int) -> None:
        groups[a].absorb(groups.pop(b))

    return _merge_closest_first(clusterer, set(groups), lambda s: groups[s].sums,
                                lambda s, o: average_link(groups[s], groups[o], cfg),
                                cfg.link_threshold, cfg.max_candidates, absorbed)
