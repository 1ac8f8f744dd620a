"""Story clustering at EVENT level on fictional sets with confusers (the team wrote them).

The dev sets of `bench/cluster.py` have whole topics (WikiRef) or long events (MultiLing)
as gold stories, so they cannot tell whether the defaults lump two events of one kind.
`bench/fixtures/events/` (written for storyweave, all names invented; see its README)
holds 52 articles from 6 outlets on 17 events: 5 topic groups of 2-3 events of one kind
in one region, days to weeks apart (three fires in one county, three trials at one crown
court, a first and a second strike at one port, three council budget votes, two storms),
plus 4 one-event groups. Gold: `gold.json` (article -> event, event -> group).

Articles are read with storyweave's own reader (JSON Lines, as the demo corpus) and
analysed and cached by `bench/cluster.py`'s helpers; clustering is `cluster_articles`, and
the events inside each story (`storyweave cluster --level event`) are `stories/events.py`'s,
whose knobs were first set on `events`; `events2` and `events3` were written blind to them and
run once each (held-out first runs: 0.953 and 0.927, README), then the knobs were tuned on all three;
`events4` (first run 0.771) and `events5` (first run 0.900) were written blind too, each run once
before the rule it led to (the outlet rule after `events4`, the lone-report attachment after `events5`);
`events6` (first run 0.950) and `events7` (first run 0.947) were written blind and run once with
both rules in place.

    python bench/cluster_events.py            # default ClusterConfig, event and group level
    python bench/cluster_events.py --sweep    # + threshold x link_threshold table (to read,
                                              #   not to pick defaults from: 52 articles)
    python bench/cluster_events.py --dev      # + both outputs on the dev sets (gold: topics)
    python bench/cluster_events.py --sweep --dev   # + the dev sets' F1 at each sweep point
    python bench/cluster_events.py --explain  # merge-pass score parts between gold events
                                              # of one group
    python bench/cluster_events.py --set events31 --embeddings   # events split by the dense
                                              # model (optional extra `embeddings`)
    python bench/cluster_events.py --set events2   # the second set (67 articles,
                                              # 8 outlets, 20 events; see its README)
    python bench/cluster_events.py --set events3   # the third set (63 articles,
                                              # 8 outlets, 18 events; see its README)
    python bench/cluster_events.py --set events4   # the fourth set (64 articles,
                                              # 8 outlets, 25 events; see its README)
    python bench/cluster_events.py --set events5   # the fifth set (68 articles,
                                              # 10 outlets, 20 events; see its README)
    python bench/cluster_events.py --set events6   # the sixth set (70 articles,
                                              # 11 outlets, 20 events; see its README)
    python bench/cluster_events.py --set events7   # the seventh set (70 articles,
                                              # 10 outlets, 21 events; see its README)
    python bench/cluster_events.py --set events8   # the eighth set (70 articles,
                                              # 9 outlets, 20 events; see its README)
    python bench/cluster_events.py --set events9   # the ninth set (70 articles,
                                              # 10 outlets, 22 events; see its README)
    python bench/cluster_events.py --set events10  # the tenth set (70 articles,
                                              # 9 outlets, 20 events; see its README)
    python bench/cluster_events.py --set events11  # the eleventh set (70 articles,
                                              # 9 outlets, 20 events; see its README)
    python bench/cluster_events.py --set events12  # the twelfth set (70 articles,
                                              # 10 outlets, 19 events; see its README)
    python bench/cluster_events.py --set events13  # the thirteenth set (70 articles,
                                              # 9 outlets, 17 events; see its README)
    python bench/cluster_events.py --set events14  # the fourteenth set (70 articles,
                                              # 9 outlets, 19 events; see its README)
    python bench/cluster_events.py --set events15  # the fifteenth set (70 articles,
                                              # 8 outlets, 19 events; see its README)
    ... events16 to events36 likewise (each folder's README); events24 to events28
    (sixteenth session) were run once each to compare the rule-based event split with the
    learned pair model that replaced it (`bench/train_event_pairs.py`, README); events29 and
    events30 (seventeenth session) were run once with the model fitted on the sets before them;
    events31 and events32 (eighteenth session) were run once with both stored models fitted on
    the thirty sets before them, without and with `--embeddings`, and events33 and events34 with
    both fitted on the thirty-two before them, and events35 and events36 with both fitted on the
    thirty-four before them (README); the stored models were then refitted on all thirty-six.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

import cluster as devbench  # noqa: E402  (bench/cluster.py: loaders' cache, metrics)

from storyweave.model import AnalyzedArticle, Article  # noqa: E402
from storyweave.stories.cluster import ClusterConfig, cluster_articles  # noqa: E402

FIXTURE = ROOT / "bench" / "fixtures" / "events"
TARGET_F1 = devbench.TARGET_F1  # issue #5: >= 0.95 on unseen multi-outlet event sets


def load_gold(root: Path = FIXTURE) -> tuple[dict[str, str], dict[str, str]]:
    """(article id -> event id, event id -> topic group) from gold.json."""
    data = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    return data["articles"], {e: v["group"] for e, v in data["events"].items()}


def load_events(root: Path = FIXTURE) -> tuple[list[Article], dict[str, str]]:
    """The fixture's articles through storyweave's reader; gold = event ids."""
    from storyweave.ingest.read import read_inputs

    paths = [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in sorted(root.glob("*.jsonl"))]
    articles = [r for r in read_inputs(paths) if isinstance(r, Article)]
    events, _ = load_gold(root)
    return articles, {a.id: events[a.id] for a in articles}


# --set name -> fixture folder. `events` was written first and the knobs set on it; every later
# set was written blind to the method it judges: events2 and events3 (busy news weeks), events4
# (three weeks of a regional stream: single-article briefs, same-kind events, long events in
# phases), events5 (a national multi-outlet stream, a merger in phases), events6 (an international
# desk, a long crisis), events7 (a business and technology desk, a hostile takeover in phases).
SETS = {name: ROOT / "bench" / "fixtures" / name
        for name in ("events", "events2", "events3", "events4", "events5", "events6", "events7",
                     "events8", "events9", "events10", "events11", "events12", "events13", "events14",
                     "events15", "events16", "events17", "events18", "events19", "events20", "events21", "events22", "events23", "events24", "events25", "events26", "events27", "events28",
                     "events29", "events30", "events31", "events32", "events33", "events34", "events35", "events36")}
for _name, _root in SETS.items():  # so `analysed` reads and caches them like the dev sets
    devbench.LOADERS[_name] = functools.partial(load_events, _root)


def scores(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    p, r, f = devbench.bcubed(pred, gold)
    return {"P": p, "R": r, "F1": f, "NMI": devbench.nmi(pred, gold), "stories": len(set(pred.values())),
            "gold": len(set(gold.values())), "n": len(gold)}


def predict(items: list[AnalyzedArticle], config: ClusterConfig) -> dict[str, str]:
    return {aid: s.id for s in cluster_articles(items, config) for aid in s.articles}


def lumps_and_splits(pred: dict[str, str], gold: dict[str, str]) -> tuple[list[Counter], dict[str, Counter]]:
    """Predicted stories holding more than one gold event (with the articles of each), and
    gold events spread over more than one predicted story."""
    by_story: dict[str, Counter] = defaultdict(Counter)
    by_event: dict[str, Counter] = defaultdict(Counter)
    for aid, event in gold.items():
        by_story[pred[aid]][event] += 1
        by_event[event][pred[aid]] += 1
    lumps = [c for c in by_story.values() if len(c) > 1]
    splits = {e: c for e, c in by_event.items() if len(c) > 1}
    return lumps, splits


def predict_events(items: list[AnalyzedArticle], config: ClusterConfig, vectors: dict | None = None) -> dict[str, str]:
    """Article -> event of its story (stories/events.py), as `storyweave cluster --level event`;
    with the articles' embeddings, the dense model splits the stories (the storylines are the
    same: the model was trained on storylines found without embeddings)."""
    from storyweave.stories.events import EventConfig, story_events

    by_id = {it.article.id: it for it in items}
    event_config = EventConfig(embeddings=vectors)
    return {aid: e.id for s in cluster_articles(items, config)
            for e in story_events(s, [by_id[a] for a in s.articles], event_config) for aid in e.articles}


def print_row(output: str, level: str, m: dict[str, float]) -> None:
    print(f"{output:<8} {level:<12} {m['n']:>5} {m['stories']:>7} {m['gold']:>5} {m['P']:>6.3f} {m['R']:>6.3f} "
          f"{m['F1']:>6.3f} {m['NMI']:>6.3f} {TARGET_F1:>6.2f} {m['F1'] / TARGET_F1:>6.3f}")


def report(items: list[AnalyzedArticle], gold: dict[str, str], groups: dict[str, str],
           config: ClusterConfig, title: str, vectors: dict | None = None) -> None:
    """Both outputs of `storyweave cluster` (stories; with `--level event`, the events inside
    them) against the gold events and the gold topic groups, then what each output lumped and split."""
    outputs = {"stories": predict(items, config), "events": predict_events(items, config, vectors)}
    topic_gold = {aid: groups[e] for aid, e in gold.items()}
    print(f"\n{title}")
    print(f"{'output':<8} {'gold level':<12} {'docs':>5} {'groups':>7} {'gold':>5} {'B3-P':>6} {'B3-R':>6} "
          f"{'B3-F1':>6} {'NMI':>6} {'target':>6} {'ratio':>6}")
    for output, pred in outputs.items():
        print_row(output, "event", scores(pred, gold))
        print_row(output, "topic group", scores(pred, topic_gold))
    print(f"target: issue #5, BCubed F1 >= {TARGET_F1} on unseen multi-outlet event sets (event level)")
    for output, pred in outputs.items():
        lumps, splits = lumps_and_splits(pred, gold)
        print(f"\n{output}: lumped ({len(lumps)} predicted groups hold more than one gold event):")
        for c in lumps:
            kind = "same group" if len({groups[e] for e in c}) == 1 else "ACROSS groups"
            print(f"  [{kind}] " + " + ".join(f"{e} ({n})" for e, n in sorted(c.items())))
        print(f"{output}: split ({len(splits)} gold events over more than one predicted group):")
        for e, c in sorted(splits.items()):
            print(f"  {e}: " + " / ".join(str(n) for n in sorted(c.values(), reverse=True)))


def dev_sets() -> dict:
    """bench/cluster.py's sets and their pooled stream, without this fixture."""
    sets = {name: devbench.analysed(name) for name in devbench.LOADERS if name not in SETS}
    sets["pooled"] = ([it for items, _ in sets.values() for it in items],
                      {k: v for _, g in sets.values() for k, v in g.items()})
    return sets


def dev_levels(config: ClusterConfig) -> None:
    """Both outputs on the dev sets, whose gold stories are topics running for months: what
    `--level event` costs where the wanted granularity is the storyline."""
    print("\ndev sets (gold: topics) and all sets pooled, both outputs")
    print(f"{'set':<11} {'output':<8} {'groups':>7} {'gold':>5} {'B3-P':>6} {'B3-R':>6} {'B3-F1':>6}")
    sets = dev_sets()
    # the dev sets and the event sets as one stream (event gold, prefixed so sets do not collide)
    pooled_items, pooled_gold = list(sets["pooled"][0]), dict(sets["pooled"][1])
    for name in SETS:
        items, gold = devbench.analysed(name)
        pooled_items += items
        pooled_gold.update({aid: f"{name}:{event}" for aid, event in gold.items()})
    sets["all pooled"] = (pooled_items, pooled_gold)
    for name, (items, gold) in sets.items():
        for output, pred in (("stories", predict(items, config)), ("events", predict_events(items, config))):
            m = scores(pred, gold)
            print(f"{name:<11} {output:<8} {m['stories']:>7} {m['gold']:>5} {m['P']:>6.3f} {m['R']:>6.3f} {m['F1']:>6.3f}")


SWEEP = {"threshold": [0.08, 0.10, 0.12, 0.15, 0.20],
         "link_threshold": [0.05, 0.08, 0.10, 0.12, 0.15, None]}


def sweep(items: list[AnalyzedArticle], gold: dict[str, str], groups: dict[str, str], dev: bool) -> None:
    """Event/group F1 over the knobs `storyweave cluster --threshold/--link-threshold` set;
    with `dev`, the dev sets' F1 beside (what a change of default would cost there)."""
    topic_gold = {aid: groups[e] for aid, e in gold.items()}
    sets = dev_sets() if dev else {}
    names = [n for n in ("multiling", "wikiref", "pooled") if n in sets]
    print(f"\nsweep (for reading only: {len(items)} articles, not a tuning set)")
    print(f"{'threshold':>9} {'link':>5} {'stories':>7} {'event F1':>8} {'P':>6} {'R':>6} {'group F1':>8}"
          + "".join(f" {n:>9}" for n in names))
    for t in SWEEP["threshold"]:
        for lt in SWEEP["link_threshold"]:
            cfg = dataclasses.replace(ClusterConfig(), threshold=t, link_threshold=lt)
            pred = predict(items, cfg)
            ev, gr = scores(pred, gold), scores(pred, topic_gold)
            extra = ""
            if names:
                res = devbench.evaluate({n: sets[n] for n in names}, cfg)
                extra = "".join(f" {res[n]['F1']:>9.3f}" for n in names)
            mark = " <- default" if (t, lt) == (ClusterConfig().threshold, ClusterConfig().link_threshold) else ""
            print(f"{t:>9.2f} {lt if lt is not None else 'off':>5} {ev['stories']:>7} {ev['F1']:>8.3f} "
                  f"{ev['P']:>6.3f} {ev['R']:>6.3f} {gr['F1']:>8.3f}{extra}{mark}")


def explain(items: list[AnalyzedArticle], gold: dict[str, str], groups: dict[str, str],
            config: ClusterConfig) -> None:
    """The merge pass's average-link score between every two gold events of one topic
    group, in parts: mean body / entity / title cosine, content, time factor, score (the
    pass merges at >= link_threshold). Read-only: the batch IDF is the single pass's."""
    from storyweave.stories import merge
    from storyweave.stories.cluster import OnlineClusterer, _stream_order
    from storyweave.stories.features import entity_counts, published_days, unit_vector

    clusterer = OnlineClusterer(config)
    for it in sorted(items, key=_stream_order):
        clusterer.add(it)
    dfs, keep = clusterer._dfs, config.article_keep
    by_event: dict[str, merge._Group] = {}
    for it in items:
        e = gold[it.article.id]
        days = published_days(it.article.published)
        g = by_event.get(e)
        if g is None:
            g = by_event[e] = merge._Group((days, days))
        else:
            g.span = (min(g.span[0], days), max(g.span[1], days))
        ents, _ = entity_counts(it)
        g.add((unit_vector(it.analysis.terms, dfs[0], keep[0]), unit_vector(ents, dfs[1], keep[1]),
               unit_vector(it.analysis.title_terms, dfs[2], keep[2])))
    print(f"\nmerge-pass score between gold events of one group (link_threshold {config.link_threshold})")
    print(f"{'event A':<28} {'event B':<28} {'body':>5} {'ents':>5} {'title':>5} {'content':>7} "
          f"{'gap d':>5} {'time':>5} {'score':>6}")
    events = sorted(by_event)
    for i, a in enumerate(events):
        for b in events[i + 1:]:
            if groups[a] != groups[b]:
                continue
            ga, gb = by_event[a], by_event[b]
            cos = [merge.dot(ga.sums[s], gb.sums[s]) / (ga.counts[s] * gb.counts[s])
                   if ga.counts[s] and gb.counts[s] else 0.0 for s in range(3)]
            w = config.link_weights
            content = sum(wi * c for wi, c in zip(w, cos)) / sum(w)
            gap = max(0.0, gb.span[0] - ga.span[1], ga.span[0] - gb.span[1])
            score = merge.average_link(ga, gb, config)
            print(f"{a:<28} {b:<28} {cos[0]:>5.3f} {cos[1]:>5.3f} {cos[2]:>5.3f} {content:>7.3f} "
                  f"{gap:>5.1f} {score / content if content else 0.0:>5.2f} {score:>6.3f}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sweep", action="store_true", help="threshold x link_threshold table")
    ap.add_argument("--dev", action="store_true", help="both outputs on the dev sets (their gold is topics), and "
                    "with --sweep the dev sets' F1 at each point (needs ../shared)")
    ap.add_argument("--explain", action="store_true", help="merge-pass score parts between same-group events")
    ap.add_argument("--set", choices=sorted(SETS), default="events",
                    help="which fixture: bench/fixtures/events (default), events2 to events36")
    ap.add_argument("--embeddings", action="store_true",
                    help="split the stories into events with the dense model (optional extra `embeddings`)")
    args = ap.parse_args(argv)
    items, gold = devbench.analysed(args.set)
    _, groups = load_gold(SETS[args.set])
    vectors = None
    if args.embeddings:
        from storyweave.stories.embed import ArticleEmbedder

        vectors = ArticleEmbedder(cache_dir=devbench.CACHE / "embeddings").embed(items)
    title = "cluster_articles, default ClusterConfig" + (", events by the dense model" if vectors else "")
    report(items, gold, groups, ClusterConfig(), title, vectors)
    if args.dev and not devbench.SHARED.exists():
        sys.exit(f"shared corpora not found at {devbench.SHARED}")
    if args.dev:
        dev_levels(ClusterConfig())
    if args.sweep:
        sweep(items, gold, groups, args.dev)
    if args.explain:
        explain(items, gold, groups, ClusterConfig())


if __name__ == "__main__":
    main()
