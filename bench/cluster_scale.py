"""Story clustering at stream scale: throughput, time per article as the store grows, memory.

The stream is synthetic, derived from the analyses of the shared corpora (MultiLing 2011,
WikiRef220, seeds: 322 real articles, analysed once by bench/cluster.py and cached):

- Events start as a Poisson process, `--rate` articles a day on average (default 2,000).
  An event's size is Pareto-distributed (shape 1.3: many one-article events, a heavy tail,
  capped at 300); its articles are spread after its start with exponential delays (mean
  1.5 days), and the stream is emitted in publication order (a heap merges the events).
- An event is built on a primary real article A and a secondary one B, each taken in one
  of `--variants` vocabulary variants (default 8,192): the article's rarer words (in at
  most 5% of the bases) and its entity names get a variant suffix, common words stay
  shared. So 322 x 8,192 = 2.6M bases stand for the many unrelated events of a real
  stream (1M articles are ~300k events: an event picks a primary base an older event
  already used about 11% of the time by the end, 6% on average, and two events of the
  10-day active window almost never), and the body vocabulary grows by about 20 new words
  an article, faster than a real stream's, so that vocabulary pruning
  (`ClusterConfig.max_vocabulary`) runs every ~25k articles. Before 2026-11-24's fifth session the bench used 256 variants (82k
  bases for ~300k events): late in a long stream most new events were re-runs of
  archived ones, so the work per article grew with the stream by construction (stories
  scored per article 1.4 -> 3.7 and cold stories revived 0.003 -> 0.17 per article from
  the first to the twelfth 25k window; with 8,192 both stay flat); `--variants 256`
  gives that stream back. Each event adds
  10 invented signature words and 3 invented entity names of its own. Each article of the event keeps 60% of A's 120 most frequent terms (counts kept), 15% of
  B's, 10% of a random third article's (noise), 6 of the 10 signature words; half of A's
  24 first distinct entities and 2 of the 3 invented names; a title from A's title words
  (or A's top terms when A has no title) and one signature word. That is about 100
  distinct content lemmas an article, as in a 400-word news story. Articles are fresh
  `AnalyzedArticle`s; no text is parsed.

Measured: clustering CPU time only (`OnlineClusterer.add`, after analysis; process CPU
time, so other load on the machine does not count), articles/s per window and cumulative, process RSS (psutil) at each checkpoint and its peak, the number
of stories and of active (not cold) stories, the share of the cyclic garbage
collector in the clustering time, and BCubed F1 against the synthetic events
(a sanity check of the retrieval shortcuts, not a quality figure for real news). With
`--work` it also counts, per window, the stories opened, scored, frozen (gone cold) and
revived per article (wrappers around the clusterer's methods: timings of such a run
include their cost): flat counts with a rising time per article mean the cost of each
operation grew (memory), not the number of operations. With `--sections` it times the
clusterer's steps per window, in us per article: advancing the stream clock (and, of
it, freezing the stories that went cold), the article's features and entity bag, the
search for its story (and, of it, scoring the candidates) and joining it; the rest of
`add` (duplicate check, member bookkeeping) is the difference to the window's total.

The curve's summary compares the mean over the first checkpoint with the mean over the
whole stream (the issue's "flat from 10k to 1M"), and the first window that began with
an archive (cold stories) with the last window: the first ~20k articles are a warm-up with
nothing cold yet, cheaper by construction. `--gc-freeze N` calls `gc.freeze()` every N
articles, outside the timed calls, to show what the cyclic GC's walks over the growing
state cost (a process that keeps a clusterer for a long stream could do the same; the
clusterer itself does not, since it would freeze the whole process's objects).

It also prints a digest of every decision (sha1 of the story id each article got, in
stream order) at each checkpoint: two versions of the clusterer made the same decisions
on the stream when their digests match (`--max-vocabulary 60000` makes vocabulary
pruning happen within 100k articles, to check that path too).

    python bench/cluster_scale.py                          # 10k and 100k (a few minutes)
    python bench/cluster_scale.py --sizes 10000,100000,1000000   # the 1M run: ~12-15 min
"""

from __future__ import annotations

import argparse
from array import array
import gc
import hashlib
import heapq
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cluster import SHARED, all_sets, bcubed  # noqa: E402  (bench/cluster.py)

from storyweave.model import Analysis, AnalyzedArticle, Article, Entity  # noqa: E402
from storyweave.stories.cluster import ClusterConfig, OnlineClusterer  # noqa: E402

TARGET_RATE = 2000.0  # articles/s on one core at 100k
TARGET_MEMORY_GB = 4.0  # at 1M
START = datetime(2030, 1, 1, tzinfo=timezone.utc)
BAG, ENTS = 120, 24
SIGNATURE_WORDS, SIGNATURE_NAMES = 10, 3
VARIANTS = 8192


class _Base:
    """One real analysed article, flattened for fast sampling: its `BAG` most frequent
    terms and `ENTS` most frequent entity mentions (a news article's worth)."""

    __slots__ = ("terms", "ents", "title")

    def __init__(self, item: AnalyzedArticle) -> None:
        ranked = sorted(item.analysis.terms.items(), key=lambda tc: (-tc[1], tc[0]))
        self.terms = ranked[:BAG]
        seen: dict[str, Entity] = {}
        for ent in item.analysis.entities:
            seen.setdefault(ent.text, ent)
        self.ents = list(seen.values())[:ENTS]
        self.title = list(item.analysis.title_terms) or [t for t, _ in ranked[:8]]


def _sample(rng: random.Random, seq: list, share: float) -> list:
    k = int(len(seq) * share)
    return rng.sample(seq, k) if k else []


class SyntheticStream:
    """Yields (AnalyzedArticle, event id) in publication order; see the module docstring."""

    def __init__(self, bases: list[_Base], rate_per_day: float, seed: int = 7,
                 variants: int = VARIANTS) -> None:
        self.bases = bases
        self.variants = variants
        self.rng = random.Random(seed)
        self.rate = rate_per_day
        df: dict[str, int] = defaultdict(int)
        for base in bases:
            for term, _ in base.terms:
                df[term] += 1
        # words in more than 5% of the bases are the language's, shared by every variant
        self.common = {t for t, n in df.items() if n > 0.05 * len(bases)}

    def variant(self, index: int, shard: int) -> _Base:
        """Base `index` with its rarer words and its entity names renamed for `shard`."""
        base = self.bases[index]
        found = _Base.__new__(_Base)
        found.terms = [(t if t in self.common else f"{t}{shard}", c) for t, c in base.terms]
        found.ents = [Entity(f"{e.text} {shard}", e.label, 0, 0) for e in base.ents]
        found.title = [t if t in self.common else f"{t}{shard}" for t in base.title]
        return found

    def __iter__(self) -> Iterator[tuple[AnalyzedArticle, int]]:
        rng = self.rng
        pending: list[tuple[float, int, int]] = []  # (day, event, article number)
        events: dict[int, tuple] = {}
        remaining: dict[int, int] = {}
        mean_size = 4.3  # mean of min(300, int(pareto(1.3))), measured
        event_rate = self.rate / mean_size  # events a day
        clock, event_id, serial = 0.0, 0, 0
        while True:
            next_start = clock + rng.expovariate(event_rate)
            while pending and pending[0][0] <= next_start:
                day, ev, n = heapq.heappop(pending)
                yield self._article(serial, day, ev, events[ev]), ev
                serial += 1
                remaining[ev] -= 1
                if not remaining[ev]:
                    del events[ev], remaining[ev]
            clock = next_start
            size = min(300, int(rng.paretovariate(1.3)))
            events[event_id] = self._event(event_id)
            remaining[event_id] = size
            for n in range(size):
                day = clock if n == 0 else clock + rng.expovariate(1 / 1.5)
                heapq.heappush(pending, (day, event_id, n))
            event_id += 1

    def _event(self, ev: int) -> tuple:
        rng = self.rng
        n = len(self.bases)
        a = self.variant(rng.randrange(n), rng.randrange(self.variants))
        b = self.variant(rng.randrange(n), rng.randrange(self.variants))
        words = [f"sig{ev}w{j}" for j in range(SIGNATURE_WORDS)]
        names = [Entity(f"Name{ev} Place{j}", "GPE" if j == 0 else "PERSON", 0, 0)
                 for j in range(SIGNATURE_NAMES)]
        return a, b, words, names

    def _article(self, serial: int, day: float, ev: int, event: tuple) -> AnalyzedArticle:
        rng = self.rng
        a, b, words, names = event
        noise = rng.choice(self.bases)
        terms: dict[str, int] = {}
        for part in (_sample(rng, noise.terms, 0.1), _sample(rng, b.terms, 0.15), _sample(rng, a.terms, 0.6)):
            terms.update(part)
        for w in rng.sample(words, 6):
            terms[w] = rng.randint(1, 3)
        ents = _sample(rng, a.ents, 0.5) + rng.sample(names, 2)
        title_words = _sample(rng, a.title, 0.7) + [rng.choice(words)]
        published = (START + timedelta(days=day)).isoformat(timespec="seconds")
        aid = f"syn-{serial}"
        article = Article(id=aid, text="", title=" ".join(title_words), published=published)
        analysis = Analysis(article_id=aid, entities=ents, terms=terms,
                            title_terms={w: 1 for w in title_words})
        return AnalyzedArticle(article, analysis)


# what `--work` counts: the clusterer's method behind each operation
WORK = {"opened": "_open", "scored": "_score", "frozen": "_freeze", "revived": "_revive"}
# what `--sections` times: the clusterer's steps for one article (nested ones are "of which":
# freezing happens inside the clock's advance, scoring inside the search)
SECTIONS = {"advance": "_advance", "of it freeze": "_freeze", "features": "_features",
            "entities": "_entities", "search": "_best", "of it score": "_score", "join": "_join"}


def _count_work(clusterer: OnlineClusterer) -> dict[str, int]:
    """Wrap the clusterer's operations (on this instance only) to count them."""
    counts: dict[str, int] = defaultdict(int)
    for name, method in WORK.items():
        def counted(*args, _f=getattr(clusterer, method), _name=name, **kwargs):
            counts[_name] += 1
            return _f(*args, **kwargs)
        setattr(clusterer, method, counted)
    return counts


def _time_sections(clusterer: OnlineClusterer) -> dict[str, float]:
    """Wrap the clusterer's steps (on this instance only) to sum their CPU time."""
    spent: dict[str, float] = defaultdict(float)
    clock = time.process_time  # as the window's figure: other load does not count
    for name, method in SECTIONS.items():
        def timed(*args, _f=getattr(clusterer, method), _name=name, **kwargs):
            t0 = clock()
            try:
                return _f(*args, **kwargs)
            finally:
                spent[_name] += clock() - t0
        setattr(clusterer, method, timed)
    return spent


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000", help="checkpoints (the stream runs to the largest)")
    ap.add_argument("--rate", type=float, default=2000.0, help="articles a day in the synthetic stream")
    ap.add_argument("--variants", type=int, default=VARIANTS,
                    help="vocabulary variants of each real article (256: the construction used "
                         "before 2026-11-24's fifth session, where late events mostly re-run old ones)")
    ap.add_argument("--window", type=int, default=0, help="articles per curve point (default: size/20)")
    ap.add_argument("--work", action="store_true",
                    help="count stories opened, scored, frozen and revived per article, per window")
    ap.add_argument("--sections", action="store_true",
                    help="time the clusterer's steps per window (us per article: clock advance and, of "
                         "it, freezing; features; search and, of it, scoring; join); the wrappers "
                         "cost a few us per call, so such a run is a little slower")
    ap.add_argument("--no-quality", action="store_true", help="skip the BCubed sanity check")
    ap.add_argument("--gc-freeze", type=int, default=0, metavar="N",
                    help="call gc.freeze() every N articles (outside the timed calls): the cyclic GC "
                         "then leaves the state built so far alone, as a long-running stream process "
                         "could do; off by default, the figures are the clusterer's as it comes")
    ap.add_argument("--max-vocabulary", type=int, default=0,
                    help="ClusterConfig.max_vocabulary (default: the config's); a small value makes "
                         "pruning happen in a short run, to compare decision digests across versions")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        sys.exit(f"shared corpora not found at {SHARED}")
    sizes = sorted(int(s) for s in args.sizes.split(","))
    total = sizes[-1]
    window = args.window or max(1000, total // 20)

    sets = all_sets()
    bases = [_Base(it) for it in sets["pooled"][0] if it.analysis.terms]
    synthetic = SyntheticStream(bases, args.rate, variants=args.variants)
    del sets
    proc = psutil.Process()
    base_rss = proc.memory_info().rss
    print(f"base pool: {len(bases)} analysed articles x {args.variants} variants; "
          f"RSS before clustering (Python, base pool) {base_rss / 2**20:.0f} MiB")
    print(f"stream: {total:,} articles, ~{args.rate:,.0f}/day, curve every {window:,} articles\n")

    config = ClusterConfig(max_vocabulary=args.max_vocabulary) if args.max_vocabulary else ClusterConfig()
    clusterer = OnlineClusterer(config)
    work = _count_work(clusterer) if args.work else None
    sections = _time_sections(clusterer) if args.sections else None
    gold_events = array("l")  # event of article n (ids are syn-n): compact, not a dict
    spent = win_spent = 0.0
    peak_rss = base_rss
    stream = iter(synthetic)
    header = (f"{'articles':>9} {'window art/s':>12} {'us/article':>10} {'cumul art/s':>11} "
              f"{'stories':>8} {'active':>7} {'RSS MiB':>8}")
    if work is not None:
        header += "  per article: " + " ".join(f"{name:>7}" for name in WORK)
    if sections is not None:
        header += "  us/article: " + " ".join(f"{name:>12}" for name in SECTIONS)
    print(header)
    checkpoints = {}
    digests: dict[int, str] = {}
    # (end of window, us per article, whether stories had gone cold before it began)
    windows: list[tuple[int, float, bool]] = []
    archived = False
    # CPU time of this process, not wall time: the figure is the clusterer's cost on one
    # core, not what other processes on a shared machine leave it
    clock = time.process_time
    # CPU time of the cyclic garbage collector inside `add` (it walks every container the
    # process holds, so its share grows with the state): reported, not subtracted
    gc_spent = [0.0, 0.0, False]  # start of the running collection, total, inside add

    def _gc_clock(phase: str, info: dict) -> None:
        if phase == "start":
            gc_spent[0] = clock()
        elif gc_spent[2]:
            gc_spent[1] += clock() - gc_spent[0]

    gc.callbacks.append(_gc_clock)
    # digest of every decision (the story id each article got, in order): two versions
    # of the clusterer made the same decisions when their digests match
    decisions = hashlib.sha1()
    for n in range(1, total + 1):
        item, ev = next(stream)
        gold_events.append(ev)
        gc_spent[2] = True
        t0 = clock()
        sid = clusterer.add(item)
        dt = clock() - t0
        gc_spent[2] = False
        decisions.update(sid.encode())
        if args.gc_freeze and n % args.gc_freeze == 0:
            gc.freeze()  # O(1): moves every tracked object to the permanent generation
        spent += dt
        win_spent += dt
        if n % window == 0 or n in sizes:
            rss = proc.memory_info().rss
            peak_rss = max(peak_rss, rss)
            active = len(clusterer._live)
            if n % window == 0:
                line = (f"{n:>9,} {window / win_spent:>12,.0f} {1e6 * win_spent / window:>10.1f} "
                        f"{n / spent:>11,.0f} {len(clusterer._stories):>8,} {active:>7,} {rss / 2**20:>8,.0f}")
                if work is not None:
                    line += "               " + " ".join(f"{work[name] / window:>7.3f}" for name in WORK)
                    work.clear()
                if sections is not None:
                    line += "              " + " ".join(f"{1e6 * sections[name] / window:>12.0f}"
                                                      for name in SECTIONS)
                    sections.clear()
                print(line, flush=True)
                windows.append((n, 1e6 * win_spent / window, archived))
                archived = active < len(clusterer._stories)
                win_spent = 0.0
            if n in sizes:
                checkpoints[n] = (n / spent, rss, len(clusterer._stories), 1e6 * spent / n)
                digests[n] = decisions.hexdigest()[:16]

    gc.callbacks.remove(_gc_clock)
    print("decision digest (sha1 of the story ids in stream order): "
          + ", ".join(f"{n:,}: {d}" for n, d in digests.items()))
    frozen = f", gc.freeze() every {args.gc_freeze:,} articles" if args.gc_freeze else ""
    print(f"\ncyclic GC inside add: {gc_spent[1]:.1f}s of {spent:.1f}s ({100 * gc_spent[1] / spent:.0f}%){frozen}")
    t0 = clock()
    stories = clusterer.stories()
    listing = clock() - t0
    peak_rss = max(peak_rss, proc.memory_info().rss)
    print(f"\nstories() over {len(stories):,} stories: {listing:.1f}s; vocabulary kept (body, entities, "
          f"title): {', '.join(f'{len(d.df):,}' for d in clusterer._dfs)}")
    if not args.no_quality:
        pred = {aid: s.id for s in stories for aid in s.articles}
        gold = {f"syn-{n}": str(ev) for n, ev in enumerate(gold_events)}
        p, r, f = bcubed(pred, gold)
        print(f"synthetic events: {len(set(gold_events)):,}; BCubed P {p:.3f} R {r:.3f} F1 {f:.3f} "
              "(sanity check of retrieval shortcuts)")

    print(f"\n{'figure':<34} {'stream':>9} {'value':>12} {'target':>10} {'ratio':>7}")
    for n, (rate, rss, n_stories, us) in checkpoints.items():
        print(f"{'throughput (articles/s, 1 core)':<34} {n:>9,} {rate:>12,.0f} {TARGET_RATE:>10,.0f} "
              f"{rate / TARGET_RATE:>7.2f}")
        print(f"{'mean time per article (us)':<34} {n:>9,} {us:>12.1f} {1e6 / TARGET_RATE:>10.0f} "
              f"{(1e6 / TARGET_RATE) / us:>7.2f}")
        gb = rss / 2**30
        print(f"{'RSS at checkpoint (GB)':<34} {n:>9,} {gb:>12.2f} {TARGET_MEMORY_GB:>10.1f} "
              f"{TARGET_MEMORY_GB / gb:>7.2f}")
        own = (rss - base_rss) / 2**30
        print(f"{'  of which clusterer state (GB)':<34} {n:>9,} {own:>12.2f} {'':>10} {'':>7}")
    print(f"{'peak RSS, whole run (GB)':<34} {total:>9,} {peak_rss / 2**30:>12.2f} {TARGET_MEMORY_GB:>10.1f} "
          f"{TARGET_MEMORY_GB / (peak_rss / 2**30):>7.2f}")
    first, last = checkpoints[sizes[0]][3], checkpoints[total][3]
    print(f"time per article, mean over the first {sizes[0]:,} vs the first {total:,}: "
          f"{first:.1f} -> {last:.1f} us (x{last / first:.2f}; flat = 1.00)")
    steady = [w for w in windows if w[2]]
    if len(steady) > 1:
        # the first ~20k articles are a warm-up: no story is cold yet, so nothing is frozen
        # or scored from the archive, and the 10k mean is cheaper by construction
        (n0, us0, _), (n1, us1, _) = steady[0], steady[-1]
        print(f"time per article, first window with an archive (to {n0:,}) vs the last (to {n1:,}): "
              f"{us0:.1f} -> {us1:.1f} us (x{us1 / us0:.2f})")
    print("ratio > 1 is better than the target. RSS includes the Python process, the base pool and the generator's pending events.")


if __name__ == "__main__":
    main()
