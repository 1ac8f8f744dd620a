"""Throughput of the whole storyweave pipeline beside raw spaCy `nlp.pipe` on the same texts.

    python bench/throughput.py [--corpus polnear|multiling|timebank|wikiref] [--limit N] [--workers N] [--repeat R]

Rows (each after an untimed warm-up, with the model already loaded in the parent so
forked workers share it and no row times a model load; with --repeat R the rows run in R
interleaved rounds and each keeps its fastest):
  raw nlp.pipe      spaCy parse only, N forked processes, same batches: the anchor
  engine            storyweave.engine.local.LocalEngine(N).analyze: parse + our analysis
  main job          storyweave.jobs.analyze_into_store: read JSON Lines, language id,
                    near-duplicate check, engine, online clustering, one SQLite transaction
                    per article (a temp database)
Words are whitespace tokens of the article texts, the same count for every row.
Peak RSS is the highest sum of RSS over this process and all its children, sampled every
50 ms (pages shared after fork are counted once per process, so it overstates the total).
Reads ../shared/data (never copied into the repo).
"""

from __future__ import annotations

import argparse
import html
import json
import multiprocessing
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import resource

import psutil

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))  # runnable from a checkout without `pip install -e .`

from storyweave.analyze.nlp import load_nlp  # noqa: E402
from storyweave.analyze.pipeline import BATCH_SIZE  # noqa: E402
from storyweave.model import Article  # noqa: E402

TARGET_RATIO = 0.8
CEILING_WORDS_PER_CORE = 5000  # DESIGN.md: small English pipeline on this machine
WARMUP_ARTICLES = 4


# -- corpora -----------------------------------------------------------------------------------


def polnear(limit: int) -> Iterator[Article]:
    """PolNeAR: US election news, one .txt per article; outlet and date from metadata.tsv."""
    base = SHARED / "polnear"
    meta = {}
    with open(base / "metadata.tsv", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            meta[row["filename"]] = row
    paths = sorted((base / "train" / "text").glob("*.txt")) + sorted((base / "dev" / "text").glob("*.txt"))
    for path in islice(paths, limit):
        row = meta.get(path.stem, {})
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        yield Article(id=path.stem, text=text, outlet=row.get("publisher"),
                      published=row.get("publication_date"), title=row.get("title"))


def multiling(limit: int) -> Iterator[Article]:
    """MultiLing 2011 (WikiNews): first line the title (after a YYYY/MM/DD date when there is one)."""
    for path in islice(sorted((SHARED / "multiling2011" / "source").glob("*.english")), limit):
        with open(path, encoding="utf-8", newline="") as f:
            first, _, text = f.read().partition("\n")
        dated = re.match(r"(\d{4})/(\d{2})/(\d{2})\s+(.*)", first)
        title, published = (dated.group(4), "-".join(dated.group(1, 2, 3))) if dated else (first, None)
        yield Article(id=path.name, text=text.lstrip("\n"), title=title.strip(), published=published)


def timebank(limit: int) -> Iterator[Article]:
    """TimeBank 1.2: the <TEXT> of each .tml with the TimeML tags removed; DCT as date."""
    for path in islice(sorted((SHARED / "timebank").glob("*.tml")), limit):
        raw = path.read_text(encoding="utf-8")
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        dct = re.search(r'value="(\d{4}-\d{2}-\d{2})"[^>]*functionInDocument="CREATION_TIME"', raw)
        text = html.unescape(re.sub(r"<[^>]+>", "", body.group(1) if body else "")).strip()
        yield Article(id=path.stem, text=text, published=dct.group(1) if dct else None)


def wikiref(limit: int) -> Iterator[Article]:
    """WikiRef220: long, noisy web articles, one .txt each."""
    for path in islice(sorted((SHARED / "wikiref" / "WikiRef220").glob("*.txt")), limit):
        with open(path, encoding="utf-8", errors="replace", newline="") as f:
            yield Article(id=path.stem, text=f.read())


CORPORA: dict[str, Callable[[int], Iterator[Article]]] = {
    "polnear": polnear, "multiling": multiling, "timebank": timebank, "wikiref": wikiref,
}


# -- measuring ---------------------------------------------------------------------------------


class PeakRSS:
    """Highest RSS of this process plus all its descendants while the block runs."""

    def __init__(self, interval: float = 0.05):
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:  # the child exited between listing and reading
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())


def cpu_seconds() -> float:
    """User + system CPU time of this process and of every child it has reaped."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass
class Row:
    name: str
    articles: int
    words: int
    seconds: float
    peak_rss: int
    failed: int = 0
    cpu: float = 0.0

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def words_per_cpu_s(self) -> float:
        return self.words / self.cpu if self.cpu else 0.0


def words_of(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


Outcome = tuple[int, int, str | None]  # articles done, articles failed, first failure reason
Runner = Callable[[list[Article]], Outcome]


def measure(configs: list[tuple[str, Runner]], articles: list[Article], repeat: int = 1) -> list[Row]:
    """Warm each configuration up on a few articles (untimed), then time them over all the
    articles in `repeat` interleaved rounds (A B C, A B C, ...) and keep each one's fastest
    round, so that a burst of load from other programs does not land on one row only."""
    for _, run in configs:
        run(articles[:WARMUP_ARTICLES])
    rounds = [[_timed(name, run, articles) for name, run in configs] for _ in range(max(1, repeat))]
    return [min((r[i] for r in rounds), key=lambda row: row.seconds) for i in range(len(configs))]


def _timed(name: str, run: Runner, articles: list[Article]) -> Row:
    with PeakRSS() as rss:
        start, start_cpu = time.perf_counter(), cpu_seconds()
        done, failed, reason = run(articles)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - start_cpu
    assert done + failed == len(articles), f"{name}: {done} + {failed} results for {len(articles)} articles"
    if failed:
        print(f"{name}: {failed} article(s) failed, first: {reason}", file=sys.stderr)
    return Row(name, done, words_of(articles), seconds, rss.peak, failed, cpu)


# -- the configurations ------------------------------------------------------------------------


def _parse_batch(texts: list[str]) -> int:
    nlp = load_nlp()
    return sum(1 for _ in nlp.pipe(texts, batch_size=len(texts)))


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def raw_nlp_pipe(workers: int) -> Runner:
    """spaCy alone: the same texts, batches and number of forked processes as the engine."""

    def run(articles: list[Article]) -> Outcome:
        texts = [a.text for a in articles]
        if workers == 1:
            return sum(_parse_batch(b) for b in _batches(texts, BATCH_SIZE)), 0, None
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(workers) as pool:
            return sum(pool.imap(_parse_batch, _batches(texts, BATCH_SIZE))), 0, None

    return run


def engine(workers: int) -> tuple[str, Runner]:
    """Parse + every analysis component, through the engine (or the plain pipeline before it existed)."""
    try:
        from storyweave.engine.local import LocalEngine
    except ImportError:
        from storyweave.analyze.pipeline import analyze_articles

        def run_pipeline(articles: list[Article]) -> Outcome:
            return sum(1 for _ in analyze_articles(articles)), 0, None

        return "analyze_articles (1 process)", run_pipeline

    def run(articles: list[Article]) -> Outcome:
        done = failed = 0
        reason = None
        for _, result in LocalEngine(workers=workers).analyze(articles):
            if isinstance(result, Exception):
                failed += 1
                reason = reason or str(result)
            else:
                done += 1
        return done, failed, reason

    return f"engine ({workers} proc)", run


def main_job(workers: int, tmp: Path) -> tuple[str, Runner] | None:
    """The stored main job, as `storyweave analyze FILE.jsonl --db tmp.db` runs it."""
    try:
        from storyweave.jobs import ReadOptions, analyze_into_store
        from storyweave.store import open_store
    except ImportError:
        return None
    counter = iter(range(1_000_000))

    def run(articles: list[Article]) -> Outcome:
        n = next(counter)
        source = tmp / f"input-{n}.jsonl"
        with open(source, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps({"id": a.id, "text": a.text, "outlet": a.outlet,
                                    "title": a.title, "published": a.published}) + "\n")
        with open_store(tmp / f"bench-{n}.db") as store:
            summary = analyze_into_store([str(source)], store, ReadOptions(), workers=workers)
        # copies and non-English texts are handled (stored, not analysed): count them as done
        handled = len(summary.analyzed) + len(summary.duplicates) + len(summary.skipped)
        reason = f"{summary.failed[0].source}: {summary.failed[0].reason}" if summary.failed else None
        return handled, len(summary.failed), reason

    return f"main job + SQLite ({workers} proc)", run


# -- report ------------------------------------------------------------------------------------


def print_table(rows: list[Row], corpus: str, workers: int) -> None:
    anchor, anchor_cpu = rows[0].words_per_s, rows[0].words_per_cpu_s
    header = ("configuration", "data set", "articles", "words", "seconds", "articles/s", "words/s",
              "ratio to raw nlp.pipe", "CPU s", "words/CPU-s", "CPU ratio", "peak RSS MiB")
    table = [header]
    for r in rows:
        ratio = r.words_per_s / anchor if anchor else 0.0
        cpu_ratio = r.words_per_cpu_s / anchor_cpu if anchor_cpu else 0.0
        mark = "" if r is rows[0] else (" ok" if ratio >= TARGET_RATIO and not r.failed else " BELOW")
        table.append((r.name, corpus, f"{r.articles}" + (f" ({r.failed} failed)" if r.failed else ""),
                      f"{r.words}", f"{r.seconds:.1f}", f"{r.articles_per_s:.2f}", f"{r.words_per_s:.0f}",
                      f"{ratio:.2f}{mark}", f"{r.cpu:.1f}", f"{r.words_per_cpu_s:.0f}", f"{cpu_ratio:.2f}",
                      f"{r.peak_rss / 2**20:.0f}"))
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for i, row in enumerate(table):
        print("  ".join(cell.ljust(w) if j < 2 else cell.rjust(w) for j, (cell, w) in enumerate(zip(row, widths))))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print(f"\nanchor: raw spaCy nlp.pipe, same texts, {workers} process(es); target ratio >= {TARGET_RATIO}.")
    print("CPU columns: user+system seconds of this process and its workers; on a busy machine the")
    print("CPU ratio is the steadier figure (wall time also counts waiting for other programs).")
    print(f"raw nlp.pipe: {anchor_cpu:.0f} words per CPU-second "
          f"({anchor_cpu / CEILING_WORDS_PER_CORE:.2f} of the ~{CEILING_WORDS_PER_CORE} words/s per core ceiling in DESIGN.md)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="polnear")
    parser.add_argument("--limit", type=int, default=200, help="articles to process (default 200)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="time every row R times (interleaved rounds), keep each fastest")
    parser.add_argument("--skip-main-job", action="store_true", help="time the engine only, no store")
    args = parser.parse_args(argv)

    if not SHARED.exists():
        print(f"shared corpora not found at {SHARED}", file=sys.stderr)
        return 2
    articles = list(CORPORA[args.corpus](args.limit))
    if not articles:
        print(f"no articles read from corpus {args.corpus}", file=sys.stderr)
        return 2
    print(f"{len(articles)} articles, {words_of(articles)} words from {args.corpus}; "
          f"{args.workers} worker(s); loading the model (untimed)...", file=sys.stderr)
    load_nlp()  # loaded before forking: workers inherit it, no row times a model load

    configs = [(f"raw nlp.pipe ({args.workers} proc)", raw_nlp_pipe(args.workers)), engine(args.workers)]
    with tempfile.TemporaryDirectory(prefix="storyweave-bench-") as tmp:
        if not args.skip_main_job:
            job = main_job(args.workers, Path(tmp))
            if job is None:
                print("storyweave.jobs / storyweave.store not available: main job row left out", file=sys.stderr)
            else:
                configs.append(job)
        rows = measure(configs, articles, args.repeat)
    print_table(rows, args.corpus, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
