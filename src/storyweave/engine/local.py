"""Local engine: analyse articles in batches, in this process or a pool of processes.

Each worker loads the spaCy pipeline once and runs `analyze_articles` (one `nlp.pipe`
per batch). Results come back in input order. A batch that fails is retried one
article at a time, so one bad article costs only itself.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from storyweave.analyze.nlp import load_nlp
from storyweave.analyze.pipeline import BATCH_SIZE, analyze_articles
from storyweave.model import Analysis, Article


class AnalysisError(Exception):
    """Analysis of one article failed; carries a picklable message."""


Result = tuple[Article, Analysis | AnalysisError]


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def analyze_batch(batch: list[Article]) -> list[Analysis | AnalysisError]:
    """Analyse one batch; on failure fall back to one article at a time."""
    nlp = load_nlp()
    try:
        return [analysis for _, analysis in analyze_articles(batch, nlp=nlp, batch_size=len(batch))]
    except Exception:  # noqa: BLE001 - isolate the failing article below
        pass
    out: list[Analysis | AnalysisError] = []
    for article in batch:
        try:
            out.append(next(analyze_articles([article], nlp=nlp))[1])
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            out.append(AnalysisError(_describe(exc)))
    return out


def _warm_worker() -> None:
    load_nlp()


class LocalEngine:
    """Analyse articles with `workers` processes (1 = in this process)."""

    def __init__(self, workers: int = 1, batch_size: int = BATCH_SIZE):
        self.workers = max(1, workers)
        self.batch_size = max(1, batch_size)

    def analyze(self, articles: Iterable[Article]) -> Iterator[Result]:
        batches = _batches(articles, self.batch_size)
        if self.workers == 1:
            for batch in batches:
                yield from zip(batch, analyze_batch(batch))
            return
        # fork shares the already-imported code; each worker loads the model once.
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(self.workers, initializer=_warm_worker) as pool:
            pending = _with_inputs(batches)
            for batch, results in pending(pool):
                yield from zip(batch, results)


def _with_inputs(batches: Iterator[list[Article]]):
    """Pair each batch with its results while streaming through `pool.imap`."""
    kept: deque[list[Article]] = deque()

    def feed() -> Iterator[list[Article]]:
        for batch in batches:
            kept.append(batch)
            yield batch

    def run(pool) -> Iterator[tuple[list[Article], list[Analysis | AnalysisError]]]:
        for results in pool.imap(analyze_batch, feed()):
            yield kept.popleft(), results

    return run
