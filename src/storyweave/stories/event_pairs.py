"""Features of every pair of a story's articles, for telling its events apart.

Inside one storyline the words every member shares (the kind of event, the region) say
nothing; what tells two events apart is how much two articles share beyond that, how far
apart in time they were published, whether one outlet wrote both, and how each compares
with the rest of the story. Every feature is an n x n matrix over the story's articles
(numpy, vectorised: a story of 1,000 articles costs about as much as its parse of one):

- `body`, `ents`, `title`: cosine of the articles' TF-IDF bags (content lemmas, named
  entities, title words) under the story's own document frequencies, cut to their strongest
  keys as the clusterer cuts them; `content`, the three weighted as the clusterer's merge
  pass weighs them;
- four kernels of the gap in days, exp(-gap / d) for d = 1, 3, 7 and 21 (bounded, so that a
  gap longer than any in training cannot push a pair together); `gap_share`, the gap over
  the story's whole span;
- `same_outlet`;
- `content_x_k3`, `content_x_k7`: content and time together;
- `rank`, `mutual_best`, `relative`, `relative_max`: how the pair's content score ranks
  among each article's own scores, and its share of each article's best score (the smaller
  and the larger of the two): an outlet's own take on an event scores low with everything,
  yet highest with its event;
- `shared_rare_ents`, `shared_ents`: entities both name (rare: named by at most three of
  the story's articles); `rare_ents_jaccard`: the rare ones both name over those either names
  (a hay barn at one farm and a mill fire share the fire chief, not the farm).

With dense embeddings of the articles' titles and leads (`stories/embed.py`, optional extra
`embeddings`), two more (`DENSE_FEATURES`): `dense`, their cosine, and `dense_relative`, its
share of each article's best dense cosine (the smaller of the two). They tell what kind of
thing happened beyond the words two articles share: an outbreak's school closures and its
vaccination drive are near in that space, though they share few words but the disease.

`stories/event_model.py` turns them into the probability that two articles report the same
event; `bench/train_event_pairs.py` learns its weights.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from storyweave.model import AnalyzedArticle
from storyweave.stories.cluster import ClusterConfig
from storyweave.stories.features import DocumentFrequencies, entity_counts, published_days, unit_vector

FEATURES = (
    "body", "ents", "title", "content", "kernel_1d", "kernel_3d", "kernel_7d", "kernel_21d",
    "same_outlet", "content_x_k3", "content_x_k7", "rank", "mutual_best", "relative", "relative_max",
    "gap_share", "shared_rare_ents", "shared_ents", "rare_ents_jaccard",
)
DENSE_FEATURES = FEATURES + ("dense", "dense_relative")
UNDATED_GAP_DAYS = 30.0  # an undated article is taken as a month from the other
RARE_ENTITY_DF = 3


def _cosines(bags: list[dict[str, float]]) -> np.ndarray:
    """Dot products of unit vectors given as dicts (one per article)."""
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, bag in enumerate(bags):
        for key, w in bag.items():
            rows.append(i)
            cols.append(vocab.setdefault(key, len(vocab)))
            vals.append(w)
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(bags), max(1, len(vocab))))
    return (m @ m.T).toarray()


def _rank_matrix(content: np.ndarray) -> np.ndarray:
    """rank[i, j]: place of j among i's partners by content score, 0 the best (ties: earlier)."""
    n = len(content)
    scores = content.copy()
    np.fill_diagonal(scores, -np.inf)
    order = np.argsort(-scores, axis=1, kind="stable")
    rank = np.empty((n, n), dtype=np.int64)
    rank[np.arange(n)[:, None], order] = np.arange(n)[None, :]
    return rank


def _shares(scores: np.ndarray) -> np.ndarray:
    """share[i, j]: the pair's score over i's best score with any partner (clipped to 0..1;
    0 where i's best is not positive)."""
    n = len(scores)
    others = scores.copy()
    np.fill_diagonal(others, -np.inf)
    top = others.max(axis=1) if n > 1 else np.zeros(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(top[:, None] > 0, np.clip(scores / top[:, None], 0.0, 1.0), 0.0)


def dense_pair_features(vectors: np.ndarray) -> np.ndarray:
    """`dense` and `dense_relative` of every pair, from the articles' unit embeddings (n, d):
    an array (2, n, n)."""
    cosine = vectors @ vectors.T
    share = _shares(cosine)
    return np.stack([cosine, np.minimum(share, share.T)])


def pair_features(items: Sequence[AnalyzedArticle], config: ClusterConfig | None = None,
                  vectors: np.ndarray | None = None) -> np.ndarray:
    """The features of every pair of `items`: an array (features, n, n), in FEATURES order,
    or DENSE_FEATURES order when the articles' unit embeddings are given (`vectors`, (n, d))."""
    cfg = config or ClusterConfig()
    n = len(items)
    dfs = [DocumentFrequencies() for _ in range(3)]
    bags = []
    for it in items:
        ents, _ = entity_counts(it)
        bag = (it.analysis.terms, ents, it.analysis.title_terms)
        bags.append(bag)
        for space in range(3):
            dfs[space].observe(bag[space].keys())
    sims = [_cosines([unit_vector(bag[space], dfs[space], cfg.article_keep[space]) for bag in bags])
            for space in range(3)]
    weights = cfg.link_weights
    content = sum(w * s for w, s in zip(weights, sims)) / sum(weights)

    days = [published_days(it.article.published) for it in items]
    known = np.array([d is not None for d in days])
    d = np.array([x if x is not None else 0.0 for x in days])
    gap = np.abs(d[:, None] - d[None, :])
    gap = np.where(known[:, None] & known[None, :], gap, UNDATED_GAP_DAYS)
    dated = d[known]
    span = float(dated.max() - dated.min()) if len(dated) else 0.0
    outlets = [it.article.outlet or None for it in items]
    same_outlet = np.array([[a is not None and a == b for b in outlets] for a in outlets], dtype=float)

    rank = _rank_matrix(content)
    best = np.minimum(rank, rank.T)
    rel_i = _shares(content)
    relative, relative_max = np.minimum(rel_i, rel_i.T), np.maximum(rel_i, rel_i.T)

    ent_sets = [set(bag[1]) for bag in bags]
    ent_df: dict[str, int] = {}
    for keys in ent_sets:
        for k in keys:
            ent_df[k] = ent_df.get(k, 0) + 1
    ent_bags = [{k: 1.0 for k in keys} for keys in ent_sets]
    shared = _cosines(ent_bags)
    rare_bags = [{k: 1.0 for k in keys if ent_df[k] <= RARE_ENTITY_DF} for keys in ent_sets]
    shared_rare = _cosines(rare_bags)
    n_rare = np.array([len(b) for b in rare_bags], dtype=float)
    union = n_rare[:, None] + n_rare[None, :] - shared_rare
    with np.errstate(divide="ignore", invalid="ignore"):
        rare_jaccard = np.where(union > 0, shared_rare / union, 0.0)

    k3, k7 = np.exp(-gap / 3.0), np.exp(-gap / 7.0)
    feats = [
        sims[0], sims[1], sims[2], content, np.exp(-gap), k3, k7, np.exp(-gap / 21.0),
        same_outlet, content * k3, content * k7, 1.0 / (1.0 + best),
        ((rank == 0) & (rank.T == 0)).astype(float), relative, relative_max,
        gap / span if span else np.zeros((n, n)), np.log1p(shared_rare), np.log1p(shared), rare_jaccard,
    ]
    if vectors is not None:
        if len(vectors) != n:
            raise ValueError(f"{len(vectors)} embeddings for {n} articles")
        feats.extend(dense_pair_features(np.asarray(vectors, dtype=float)))
    return np.stack(feats)
