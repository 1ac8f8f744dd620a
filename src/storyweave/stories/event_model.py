"""Which of a story's articles report the same event: a learned pair model, then average link.

The probability that two articles of one storyline report the same event is a logistic
regression over their pair features (`event_pairs.FEATURES`), standardised with the
training set's means and scales. Articles are then grouped by average linkage: two groups
join while the mean probability over their article pairs exceeds the threshold stored with
the model. The weights, scales and threshold are learned by `bench/train_event_pairs.py`
from the team's fictional event sets and stored in `data/event_pair_model.json` (feature
weights only, no text); `data/event_pair_model_dense.json` is the same model with the two
dense-embedding features (`event_pairs.DENSE_FEATURES`), used when the articles' title and
lead embeddings are at hand (optional extra `embeddings`).

A story longer than `MAX_ARTICLES` is split in publication order into windows of that
many articles, each grouped on its own: the pair matrices grow with the square of its
size, and an event seldom runs across thousands of a storyline's articles.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from storyweave.model import AnalyzedArticle
from storyweave.stories.event_pairs import DENSE_FEATURES, FEATURES, pair_features

MODEL_PATH = Path(__file__).parent / "data" / "event_pair_model.json"
# the same model with the two dense-embedding features, used when every article has an embedding
DENSE_MODEL_PATH = Path(__file__).parent / "data" / "event_pair_model_dense.json"
MAX_ARTICLES = 1500


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> dict:
    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model["features"]) not in (FEATURES, DENSE_FEATURES):
        raise ValueError(f"{path}: its features {model['features']} are neither event_pairs.FEATURES "
                         "nor event_pairs.DENSE_FEATURES")
    return model


def is_dense(model: dict) -> bool:
    """Whether the model scores the dense-embedding features too."""
    return tuple(model["features"]) == DENSE_FEATURES


def same_event_probability(feats: np.ndarray, model: dict) -> np.ndarray:
    """P(same event) for every pair, from features shaped (features, n, n)."""
    mean = np.asarray(model["mean"])[:, None, None]
    scale = np.asarray(model["scale"])[:, None, None]
    coef = np.asarray(model["coef"])[:, None, None]
    logit = ((feats - mean) / scale * coef).sum(axis=0) + model["intercept"]
    return 1.0 / (1.0 + np.exp(-logit))


def average_link_groups(prob: np.ndarray, threshold: float) -> list[list[int]]:
    """Indexes grouped by average linkage on 1 - prob, cut where the mean probability
    between two groups falls to `threshold`; groups in order of their first index."""
    n = len(prob)
    if n < 2:
        return [list(range(n))]
    dist = 1.0 - (prob + prob.T) / 2.0
    np.fill_diagonal(dist, 0.0)
    labels = fcluster(linkage(squareform(dist, checks=False), method="average"), t=1.0 - threshold,
                      criterion="distance")
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def event_groups(items: Sequence[AnalyzedArticle], threshold: float | None = None,
                 model: dict | None = None, vectors: np.ndarray | None = None
                 ) -> tuple[list[list[int]], np.ndarray | None]:
    """Indexes of `items` (in publication order) grouped into events, and for a story of at
    most MAX_ARTICLES how much each pair shares (content plus title cosine, to pick each
    event's title). With the articles' unit embeddings (`vectors`, one row per item) the
    dense model scores the pairs (the stored one unless `model` is given)."""
    model = model or load_model(DENSE_MODEL_PATH if vectors is not None else MODEL_PATH)
    if is_dense(model) != (vectors is not None):
        raise ValueError("a dense event model needs the articles' embeddings, and only it uses them")
    cut = model["threshold"] if threshold is None else threshold
    groups: list[list[int]] = []
    shared = None
    for lo in range(0, len(items), MAX_ARTICLES):
        window = items[lo:lo + MAX_ARTICLES]
        feats = pair_features(window, vectors=None if vectors is None else vectors[lo:lo + MAX_ARTICLES])
        if len(items) <= MAX_ARTICLES:
            shared = feats[FEATURES.index("content")] + feats[FEATURES.index("title")]
        groups += [[lo + i for i in g] for g in average_link_groups(same_event_probability(feats, model), cut)]
    return groups, shared
