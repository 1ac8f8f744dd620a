"""Learn the event split's pair model (`stories/event_model.py`) from the event sets.

    python bench/train_event_pairs.py [--hold-out events24,events25] [--write]
    python bench/train_event_pairs.py --dense [--write]   # the model with dense embeddings

Every registered fictional event set (`bench/cluster_events.py` SETS) is clustered into
storylines with the default ClusterConfig, as `storyweave cluster` does; every pair of
articles inside a storyline with two or more dated articles is a row (the features of
`stories/event_pairs.py`, templates left out first as `story_events` does), positive when
the set's gold puts both articles in one event. A logistic regression (standardised
features, L2, C=1) scores the rows; the time features' weights are bounded so that the
probability never grows with the gap between two articles (NON_NEGATIVE, NON_POSITIVE).

Leave-one-set-out: each set's event F1 with a model fitted on the other sets, at each
average-link threshold of THRESHOLDS; the threshold with the best mean is kept. The dev
sets (MultiLing, WikiRef: gold topics, one event each) are scored with the model fitted on
all training sets, to check that it does not cut their storylines. `--hold-out` leaves sets
out of all fitting (sets written blind to be judged afterwards). `--write` fits on every
training set and stores the weights, scales and threshold in
src/storyweave/stories/data/event_pair_model.json (no text).

`--dense` (optional extra `embeddings`) adds the two dense-embedding features
(`event_pairs.DENSE_FEATURES`: title and lead embeddings of all-MiniLM-L6-v2, cached under
the bench cache) and stores the dense model, event_pair_model_dense.json. The storylines
are the same as without (the clusterer without embeddings), so the two models split the same
stories.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import cluster as devbench  # noqa: E402
import cluster_events as ce  # noqa: E402
from storyweave.stories.cluster import ClusterConfig, cluster_articles  # noqa: E402
from storyweave.stories.event_model import DENSE_MODEL_PATH, MODEL_PATH  # noqa: E402
from storyweave.stories.event_pairs import DENSE_FEATURES, FEATURES, pair_features  # noqa: E402
from storyweave.stories.events import EventConfig, story_events  # noqa: E402
from storyweave.stories.templates import without_templates  # noqa: E402

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5)
C = 1.0


def storylines(items):
    by_id = {it.article.id: it for it in items}
    return [(s, [by_id[a] for a in s.articles]) for s in cluster_articles(items, ClusterConfig())]


def embeddings(items) -> dict:
    """Title and lead embeddings of the articles (cached under the bench cache)."""
    from storyweave.stories.embed import ArticleEmbedder

    return ArticleEmbedder(cache_dir=devbench.CACHE / "embeddings").embed(items)


def pair_rows(items, gold, vectors: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of every article pair inside each storyline (with the dense
    features when the articles' embeddings are given)."""
    xs, ys = [], []
    width = len(DENSE_FEATURES if vectors is not None else FEATURES)
    for _, own in storylines(items):
        if len(own) < 2 or sum(1 for it in own if it.article.published) < 2:
            continue
        rows = None if vectors is None else np.stack([vectors[it.article.id] for it in own])
        feats = pair_features(without_templates(own), vectors=rows)
        iu = np.triu_indices(len(own), k=1)
        xs.append(feats[:, iu[0], iu[1]].T)
        events = [gold[it.article.id] for it in own]
        ys.append(np.array([events[i] == events[j] for i, j in zip(*iu)], dtype=int))
    if not xs:
        return np.zeros((0, width)), np.zeros(0, dtype=int)
    return np.vstack(xs), np.concatenate(ys)


# signs the time features may take: P(same event) never grows with the gap between two
# articles, all else equal (a free fit made the kernels' sum rise again past three weeks, as
# the sets' follow-ups weeks later taught it, and joined a barn fire to a mill fire 48 days on)
NON_NEGATIVE = ("kernel_1d", "kernel_3d", "kernel_7d", "kernel_21d", "content_x_k3", "content_x_k7")
NON_POSITIVE = ("gap_share",)


def fit(x: np.ndarray, y: np.ndarray, threshold: float, features: tuple[str, ...] = FEATURES) -> dict:
    """L2-regularised logistic regression (standardised features) with the sign bounds above."""
    from scipy.optimize import minimize

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    n, k = z.shape

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        logit = z @ w[:k] + w[k]
        p = 1.0 / (1.0 + np.exp(-logit))
        eps = 1e-12
        value = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + 0.5 / C * np.sum(w[:k] ** 2)
        g = p - y
        grad = np.concatenate([z.T @ g + w[:k] / C, [g.sum()]])
        return float(value), grad

    bounds = [(0.0, None) if f in NON_NEGATIVE else (None, 0.0) if f in NON_POSITIVE else (None, None)
              for f in features] + [(None, None)]
    w = minimize(loss, np.zeros(k + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                 options={"maxiter": 5000}).x
    return {"features": list(features), "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
            "coef": w[:k].round(6).tolist(), "intercept": round(float(w[k]), 6), "threshold": threshold}


def event_f1(items, gold, model: dict, threshold: float, vectors: dict | None = None) -> float:
    config = EventConfig(threshold=threshold, model=model, embeddings=vectors)
    pred = {aid: e.id for s, own in storylines(items) for e in story_events(s, own, config) for aid in e.articles}
    return ce.scores(pred, gold)["F1"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hold-out", default="", help="comma-separated sets left out of all fitting")
    ap.add_argument("--write", action="store_true", help="fit on every training set and store the model")
    ap.add_argument("--dense", action="store_true", help="the model with dense embeddings (extra `embeddings`)")
    args = ap.parse_args()
    held = {s for s in args.hold_out.split(",") if s}
    names = [n for n in ce.SETS if n not in held]
    features, path = (DENSE_FEATURES, DENSE_MODEL_PATH) if args.dense else (FEATURES, MODEL_PATH)
    data = {n: devbench.analysed(n) for n in names + sorted(held) + ["multiling", "wikiref"]}
    vecs = {n: embeddings(data[n][0]) if args.dense else None for n in data}
    rows = {n: pair_rows(*data[n], vecs[n]) for n in names}
    print(f"training sets: {len(names)}, pairs: {sum(len(r[1]) for r in rows.values())} "
          f"(same event: {sum(int(r[1].sum()) for r in rows.values())})")
    table = {t: {} for t in THRESHOLDS}
    for test in names:
        x = np.vstack([rows[n][0] for n in names if n != test])
        y = np.concatenate([rows[n][1] for n in names if n != test])
        model = fit(x, y, THRESHOLDS[0], features)
        for t in THRESHOLDS:
            table[t][test] = event_f1(*data[test], model, t, vecs[test])
    means = {t: float(np.mean(list(table[t].values()))) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: (means[t], -abs(t - 0.4)))
    print("\nevent F1, leave one set out (each set scored by a model fitted on the others)")
    print(f"{'set':<10}" + "".join(f"{'t=' + str(t):>8}" for t in THRESHOLDS))
    for n in names:
        print(f"{n:<10}" + "".join(f"{table[t][n]:8.3f}" for t in THRESHOLDS))
    print(f"{'mean':<10}" + "".join(f"{means[t]:8.3f}" for t in THRESHOLDS))
    print(f"\nthreshold kept: {best}")
    x = np.vstack([rows[n][0] for n in names])
    y = np.concatenate([rows[n][1] for n in names])
    model = fit(x, y, best, features)
    extra = sorted(held) + ["multiling", "wikiref"]
    print("\nfitted on every training set:")
    for n in extra:
        print(f"  {n:<10} event F1 {event_f1(*data[n], model, best, vecs[n]):.3f}")
    if args.write:
        model["trained_on"] = names
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
