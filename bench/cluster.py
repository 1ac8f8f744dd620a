"""Story clustering quality on the dev sets: BCubed P/R/F1, NMI, number of stories.

Sets (read from ../shared/data, never copied):
  multiling  MultiLing 2011 source: 10 WikiNews topics x 10 articles (M00TD.english:
             topic T). The first line holds the title (sometimes after a yyyy/mm/dd date),
             the date line below it gives the publication date.
  wikiref    WikiRef220: 220 undated web pages; gold topic = file-name prefix (5 topics
             plus small "noise" topics, each its own gold class). Article ids are hashed
             file names so that the id tie-break does not hand the clusterer topic order.
  seeds      the two seed articles (one story), published 2017-03-23.
  pooled     all of the above as one stream.

Articles are analysed once with spaCy (terms, title terms, entities, sentences: the only
fields the clusterer reads) and cached as JSON under $TMPDIR/storyweave-bench-cache;
with --embeddings, their title + lead embeddings are cached there too (embeddings/).

    python bench/cluster.py                # table of figures with the default ClusterConfig
    python bench/cluster.py --grid         # grid search used to tune ClusterConfig
    python bench/cluster.py --online       # only the OnlineClusterer (single pass, no merge)
    python bench/cluster.py --no-cv        # without the leave-one-set-out cross-validation
    python bench/cluster.py --main-job     # also as `storyweave analyze` stores it, in 1 and 3 runs
    python bench/cluster.py --embeddings   # also with dense embeddings in the merge (extra
                                           # `embeddings`), their cross-validation and cost
    python bench/cluster.py --embeddings --grid   # grid over the embedding knobs
    python bench/cluster.py --embeddings --lead-chars 300   # a shorter lead embedded

The main-job rows feed the cached analyses through what `storyweave analyze` does after
parsing (restore the clusterer from the store, single pass, the end-of-run merge of the
stories the run touched, save) into a temporary SQLite store, in one run, and in 3 runs
of interleaved thirds of the stream (each run spans the whole period, the hard case for
merging only what a run touched).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
import json
import math
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from storyweave.model import Analysis, AnalyzedArticle, Article, Entity, Sentence  # noqa: E402
from storyweave.stories.cluster import ClusterConfig, OnlineClusterer, cluster_articles  # noqa: E402

ANCHOR_F1 = 0.94  # Miranda et al. 2018, BCubed F1 on their English news stream
TARGET_F1 = 0.95
CACHE = Path(os.environ.get("STORYWEAVE_BENCH_CACHE", Path(tempfile.gettempdir()) / "storyweave-bench-cache"))

Gold = dict[str, str]  # article id -> gold label
Embeddings = dict  # article id -> unit numpy vector (stories/embed.py)

_DATE_LINE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2}),\s+(\d{4})"
)
_SLASH_DATE = re.compile(r"^(\d{4})/(\d{2})/(\d{2})\s+")


# ---- data sets ------------------------------------------------------------------


def load_multiling(root: Path = SHARED / "multiling2011" / "source") -> tuple[list[Article], Gold]:
    articles, gold = [], {}
    for path in sorted(root.glob("M*.english")):
        raw = path.read_text(encoding="utf-8")
        first, _, rest = raw.partition("\n")
        published = None
        slash = _SLASH_DATE.match(first)
        if slash:
            published = "-".join(slash.groups())
            first = first[slash.end():]
        match = _DATE_LINE.search("\n".join(rest.lstrip().splitlines()[:2]))
        if match:
            month, day, year = match.groups()
            published = datetime.strptime(f"{month} {day} {year}", "%B %d %Y").date().isoformat()
        aid = f"multiling/{path.name}"
        articles.append(Article(id=aid, text=rest.strip(), title=first.strip(), published=published,
                                outlet="WikiNews"))
        gold[aid] = "multiling:" + path.name[3]
    return articles, gold


def wikiref_topic(name: str) -> str:
    stem = name[: -len(".txt")] if name.endswith(".txt") else name
    stem = re.sub(r"\s*\(\d+\)$", "", stem)
    return re.sub(r"\.\d+$", "", stem)


def load_wikiref(root: Path = SHARED / "wikiref" / "WikiRef220") -> tuple[list[Article], Gold]:
    articles, gold = [], {}
    for path in sorted(root.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        aid = "wikiref/" + hashlib.sha1(path.name.encode()).hexdigest()[:12]
        articles.append(Article(id=aid, text=text, source=str(path)))
        gold[aid] = "wikiref:" + wikiref_topic(path.name)
    return articles, gold


def load_seeds(root: Path = SHARED / "seeds") -> tuple[list[Article], Gold]:
    articles, gold = [], {}
    for path in sorted(root.glob("*.txt")):
        meta_path = path.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        text = path.open(encoding="utf-8", newline="").read()
        aid = f"seeds/{path.name}"
        articles.append(Article(id=aid, text=text, outlet=meta.get("outlet"), published=meta.get("published")))
        gold[aid] = "seeds:0"
    return articles, gold


LOADERS: dict[str, Callable[[], tuple[list[Article], Gold]]] = {
    "multiling": load_multiling,
    "wikiref": load_wikiref,
    "seeds": load_seeds,
}


# ---- analysis (cached) ------------------------------------------------------------


def light_analyses(articles: Sequence[Article]) -> list[Analysis]:
    """Only what the clusterer reads: terms, title terms, entities, sentences."""
    from storyweave.analyze.nlp import load_nlp
    from storyweave.analyze.pipeline import content_terms, title_terms

    nlp = load_nlp()
    out = []
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=16):
        out.append(Analysis(
            article_id=article.id,
            sentences=[Sentence(s.start_char, s.end_char) for s in doc.sents],
            entities=[Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents],
            terms=content_terms(doc),
            title_terms=title_terms(nlp, article.title),
            words=sum(1 for t in doc if not t.is_punct and not t.is_space),
        ))
    return out


def analysed(name: str, limit: int | None = None) -> tuple[list[AnalyzedArticle], Gold]:
    """A dev set with its analyses, parsed once and cached outside the repository."""
    articles, gold = LOADERS[name]()
    if limit:
        articles = articles[:limit]
        gold = {a.id: gold[a.id] for a in articles}
    from storyweave.analyze.nlp import TOKENIZER_REVISION

    digest = hashlib.sha1(f"tok{TOKENIZER_REVISION}".encode())  # a tokenizer change analyses again
    for a in articles:
        digest.update(json.dumps(a.to_dict(), sort_keys=True).encode())
    path = CACHE / f"{name}-{digest.hexdigest()[:16]}.json"
    if path.exists():
        analyses = [Analysis.from_dict(d) for d in json.loads(path.read_text())]
    else:
        t0 = time.perf_counter()
        analyses = light_analyses(articles)
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps([a.to_dict() for a in analyses]))
        print(f"[analysed {name}: {len(articles)} articles in {time.perf_counter() - t0:.1f}s, cached {path}]",
              file=sys.stderr)
    return [AnalyzedArticle(a, an) for a, an in zip(articles, analyses)], gold


def all_sets(limit: int | None = None) -> dict[str, tuple[list[AnalyzedArticle], Gold]]:
    sets = {name: analysed(name, limit) for name in LOADERS}
    pooled_items = [it for items, _ in sets.values() for it in items]
    pooled_gold = {k: v for _, g in sets.values() for k, v in g.items()}
    sets["pooled"] = (pooled_items, pooled_gold)
    return sets


def embed_sets(sets: dict, lead_chars: int | None = None) -> tuple[Embeddings, dict[str, float]]:
    """Dense embeddings (title + lead, all-MiniLM-L6-v2 on the CPU, one torch thread) of
    every article of the sets, cached under the bench cache; and what embedding cost
    (only cache misses are timed)."""
    from storyweave.stories.embed import LEAD_CHARS, ArticleEmbedder

    embedder = ArticleEmbedder(cache_dir=CACHE / "embeddings", threads=1, lead_chars=lead_chars or LEAD_CHARS)
    items = [it for name, (its, _) in sets.items() if name != "pooled" for it in its]
    t0 = time.perf_counter()
    vectors = embedder.embed(items)
    seconds = time.perf_counter() - t0
    return vectors, {"articles": len(items), "embedded": embedder.embedded, "seconds": seconds}


# ---- metrics ----------------------------------------------------------------------


def bcubed(pred: dict[str, str], gold: Gold) -> tuple[float, float, float]:
    """BCubed precision, recall and F1 (Amigo et al. 2009) over the gold items."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item, label in gold.items():
        by_pred[pred[item]].add(item)
        by_gold[label].add(item)
    p = r = 0.0
    for item, label in gold.items():
        cluster, klass = by_pred[pred[item]], by_gold[label]
        both = len(cluster & klass)
        p += both / len(cluster)
        r += both / len(klass)
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def nmi(pred: dict[str, str], gold: Gold) -> float:
    """Normalised mutual information, arithmetic mean of the entropies (as scikit-learn)."""
    items = list(gold)
    n = len(items)
    joint = Counter((pred[i], gold[i]) for i in items)
    pc, gc = Counter(pred[i] for i in items), Counter(gold[i] for i in items)
    mi = sum(c / n * math.log(c * n / (pc[a] * gc[b])) for (a, b), c in joint.items())
    hp = -sum(c / n * math.log(c / n) for c in pc.values())
    hg = -sum(c / n * math.log(c / n) for c in gc.values())
    if hp == 0.0 and hg == 0.0:
        return 1.0
    return mi / ((hp + hg) / 2) if hp + hg else 0.0


def run(items: list[AnalyzedArticle], config: ClusterConfig, online: bool,
        embeddings: Embeddings | None = None) -> dict[str, str]:
    if online:
        clusterer = OnlineClusterer(config)
        for it in sorted(items, key=lambda i: (i.article.published is None, i.article.published or "", i.article.id)):
            clusterer.add(it)
        stories = clusterer.stories()
    else:
        stories = cluster_articles(items, config, embeddings=embeddings)
    return {aid: s.id for s in stories for aid in s.articles}


def evaluate(sets: dict, config: ClusterConfig, online: bool = False,
             embeddings: Embeddings | None = None) -> dict[str, dict[str, float]]:
    out = {}
    for name, (items, gold) in sets.items():
        pred = run(items, config, online, embeddings)
        p, r, f = bcubed(pred, gold)
        out[name] = {"P": p, "R": r, "F1": f, "NMI": nmi(pred, gold),
                     "stories": len(set(pred.values())), "gold": len(set(gold.values())), "n": len(gold)}
    return out


def print_table(results: dict[str, dict[str, float]], title: str) -> None:
    print(f"\n{title}")
    print(f"{'set':<10} {'docs':>5} {'stories':>7} {'gold':>5} {'B3-P':>6} {'B3-R':>6} {'B3-F1':>6} "
          f"{'NMI':>6} {'anchor F1':>9} {'ratio':>6}")
    for name, m in results.items():
        print(f"{name:<10} {m['n']:>5} {m['stories']:>7} {m['gold']:>5} {m['P']:>6.3f} {m['R']:>6.3f} "
              f"{m['F1']:>6.3f} {m['NMI']:>6.3f} {ANCHOR_F1:>9.2f} {m['F1'] / ANCHOR_F1:>6.3f}")
    print(f"anchor: Miranda et al. 2018 BCubed F1 ~{ANCHOR_F1} (their English stream); target >= {TARGET_F1}")


GRID = {
    # the knobs of the batch decision, with the values the grid and the cross-validation try
    "threshold": [0.08, 0.10, 0.12],
    "link_threshold": [0.04, 0.05, 0.06, 0.07, 0.08],
    "link_weights": [(0.45, 0.45, 0.1), (0.65, 0.3, 0.05), (0.3, 0.65, 0.05)],
    "link_sigma_days": [3.0, 180.0],
    "link_w_time": [0.2, 0.4],
}
# with --embeddings: the knobs of the embedding term instead of the space weights
EMBED_GRID = {
    "threshold": [0.08, 0.10, 0.12],
    "link_threshold": [0.04, 0.05, 0.06, 0.07, 0.08],
    "link_w_embed": [0.25, 0.5, 1.0],
    "embed_floor": [0.2, 0.3],
    "embed_gate": [0.0, 0.05, 0.1],  # 0: the embedding counts whatever the entities say
}
LABELLED = ("multiling", "wikiref")  # the sets with more than one gold event


def grid_results(sets: dict, space: dict, online: bool = False,
                 embeddings: Embeddings | None = None) -> list[tuple[dict, dict]]:
    rows = []
    for values in itertools.product(*space.values()):
        knobs = dict(zip(space, values))
        rows.append((knobs, evaluate(sets, dataclasses.replace(ClusterConfig(), **knobs), online, embeddings)))
    return rows


def grid(sets: dict, online: bool, embeddings: Embeddings | None = None) -> None:
    """Grid over the decision knobs; ranks by the mean F1 of multiling, wikiref and pooled
    (the seeds are one story of two articles: every sane setting gets 1.0)."""
    space = dict(EMBED_GRID if embeddings is not None else GRID)
    if online:  # the link pass is batch only
        space = {"threshold": [0.06, 0.08, 0.10, 0.12, 0.14, 0.16, 0.20], "w_time": [0.0, 0.2, 0.4],
                 "sigma_days": [3.0, 7.0, 30.0]}
    rows = grid_results(sets, space, online, embeddings)
    rows.sort(key=lambda r: -(r[1]["multiling"]["F1"] + r[1]["wikiref"]["F1"] + r[1]["pooled"]["F1"]))
    for knobs, res in rows[:15]:
        score = (res["multiling"]["F1"] + res["wikiref"]["F1"] + res["pooled"]["F1"]) / 3
        per = " ".join(f"{k}={v['F1']:.3f}" for k, v in res.items())
        print(f"mean F1 {score:.4f} {knobs} {per}")


def cross_validate(sets: dict, embeddings: Embeddings | None = None) -> None:
    """Leave one set out: pick the grid point with the best F1 on the other labelled set,
    report its F1 on the held-out one, next to the default's and the held-out set's own
    best (an upper bound no tuning can pass). Close figures: the default is not fitted
    to one set's annotation."""
    space = EMBED_GRID if embeddings is not None else GRID
    labelled = {k: sets[k] for k in LABELLED}
    rows = grid_results(labelled, space, embeddings=embeddings)
    default = evaluate(labelled, ClusterConfig(), embeddings=embeddings)
    print(f"\nleave-one-set-out cross-validation of the batch knobs"
          f"{' with embeddings' if embeddings is not None else ''} ({len(rows)} grid points: "
          + ", ".join(f"{k} {v}" for k, v in space.items()) + ")")
    print(f"{'held out':<10} {'tuned on':<10} {'F1 tuned':>8} {'F1 default':>10} {'F1 best':>8}  knobs chosen")
    for held in LABELLED:
        train = [k for k in LABELLED if k != held]
        knobs, res = max(rows, key=lambda r: sum(r[1][t]["F1"] for t in train))  # ties: first in grid order
        best = max(r[1][held]["F1"] for r in rows)
        print(f"{held:<10} {','.join(train):<10} {res[held]['F1']:>8.3f} {default[held]['F1']:>10.3f} "
              f"{best:>8.3f}  {knobs}")


def embedding_cost(items: Sequence[AnalyzedArticle], n: int = 48) -> None:
    """CPU cost of embedding, cache off: model load, then `n` articles on one torch
    thread (the machine's other core stays with the rest of the pipeline)."""
    from storyweave.stories.embed import ArticleEmbedder, embedding_text

    embedder = ArticleEmbedder(cache_dir=None, threads=1)
    t0 = time.perf_counter()
    embedder._load()
    load = time.perf_counter() - t0
    sample = list(items)[:n]
    embedder.embed_texts([embedding_text(sample[0])])  # warm-up: first call allocates
    embedder._memory.clear()
    t0 = time.perf_counter()
    embedder.embed(sample)
    per = (time.perf_counter() - t0) / len(sample)
    chars = sum(len(embedding_text(it)) for it in sample) / len(sample)
    print(f"\nembedding cost (all-MiniLM-L6-v2, title + lead, mean {chars:.0f} chars, CPU, 1 thread): "
          f"model load {load:.1f}s, {1000 * per:.1f} ms per article over {len(sample)} articles "
          f"({1 / per:.1f} articles/s)")


def run_main_job(items: list[AnalyzedArticle], runs: int) -> dict[str, str]:
    """Stories as the main job stores them, fed in `runs` interleaved batches."""
    from storyweave import jobs
    from storyweave.store import open_store

    order = sorted(items, key=lambda i: (i.article.published is None, i.article.published or "", i.article.id))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        for k in range(runs):
            with open_store(path) as store:
                clusterer, touched = jobs.restore_clusterer(store), set()
                for item in order[k::runs]:
                    story_id = clusterer.add(item)
                    touched.add(story_id)
                    store.save_article(item.article, status="analyzed", analysis=item.analysis,
                                       story=clusterer.story(story_id))
                jobs.merge_touched_stories(store, clusterer, touched)
                jobs.save_clusterer(store, clusterer)
        with open_store(path) as store:
            return {aid: s.id for s in store.list_stories() for aid in s.articles}


def evaluate_main_job(sets: dict, runs: int) -> dict[str, dict[str, float]]:
    out = {}
    for name, (items, gold) in sets.items():
        pred = run_main_job(items, runs)
        p, r, f = bcubed(pred, gold)
        out[name] = {"P": p, "R": r, "F1": f, "NMI": nmi(pred, gold),
                     "stories": len(set(pred.values())), "gold": len(set(gold.values())), "n": len(gold)}
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--online", action="store_true", help="only OnlineClusterer (default: both modes)")
    ap.add_argument("--grid", action="store_true", help="grid search over the ClusterConfig decision knobs")
    ap.add_argument("--limit", type=int, default=None, help="articles per set (for a quick run)")
    ap.add_argument("--no-cv", action="store_true", help="skip the leave-one-set-out cross-validation")
    ap.add_argument("--main-job", action="store_true", help="also the stored main job, in 1 and 3 runs")
    ap.add_argument("--embeddings", action="store_true",
                    help="also with dense embeddings (extra `embeddings`; cached under the bench cache)")
    ap.add_argument("--lead-chars", type=int, default=None,
                    help="with --embeddings: characters of lead embedded after the title (default: embed.LEAD_CHARS)")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        sys.exit(f"shared corpora not found at {SHARED}")
    sets = all_sets(args.limit)
    embeddings = None
    if args.embeddings:
        try:
            embeddings, cost = embed_sets(sets, args.lead_chars)
        except ImportError as exc:
            sys.exit(str(exc))
        print(f"[embeddings: {cost['articles']} articles, {cost['embedded']} embedded now "
              f"({cost['seconds']:.1f}s), the rest from the cache]", file=sys.stderr)
    if args.grid:
        grid(sets, args.online, embeddings)
        return
    for online in ([True] if args.online else [False, True]):
        t0 = time.perf_counter()
        res = evaluate(sets, ClusterConfig(), online)
        mode = ("OnlineClusterer, single pass" if online
                else "cluster_articles (single pass + average-link merge)")
        print_table(res, f"{mode}, default ClusterConfig ({time.perf_counter() - t0:.2f}s)")
        if embeddings is not None and not online:
            t0 = time.perf_counter()
            res = evaluate(sets, ClusterConfig(), online, embeddings)
            print_table(res, f"{mode} + embeddings in the merge, default ClusterConfig "
                             f"({time.perf_counter() - t0:.2f}s)")
    if args.main_job:
        for runs in (1, 3):
            t0 = time.perf_counter()
            res = evaluate_main_job(sets, runs)
            print_table(res, f"storyweave analyze into SQLite, {runs} run(s), end-of-run merge "
                             f"({time.perf_counter() - t0:.2f}s)")
    if not args.online and not args.no_cv and not args.limit:
        cross_validate(sets)
        if embeddings is not None:
            cross_validate(sets, embeddings)
    if embeddings is not None:
        embedding_cost(sets["pooled"][0])


if __name__ == "__main__":
    main()
