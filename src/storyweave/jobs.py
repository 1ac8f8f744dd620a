"""The jobs behind the commands, independent of the CLI (the web app and a cluster
engine reuse them): read inputs, skip and deduplicate, analyse, cluster, store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from storyweave.engine.local import AnalysisError, LocalEngine
from storyweave.ingest.base import Failed, Skipped
from storyweave.ingest.dedupe import Deduplicator
from storyweave.ingest.read import DEFAULT_MAX_BYTES, read_inputs
from storyweave.model import AnalyzedArticle, Article, Story
from storyweave.stories.cluster import ClusterConfig, OnlineClusterer, clustering_view
from storyweave.stories.settings import SETTINGS_SNAPSHOT, dump_settings, load_settings
from storyweave.stories.snapshot import BadSnapshot, code_fingerprint, dump_clusterer, load_clusterer
from storyweave.store.base import Store

ANALYZED_LANGUAGES = {"en"}

Progress = Callable[[int], None]


@dataclass
class ReadOptions:
    outlet: str | None = None
    published: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None  # for inputs that are not UTF-8 and declare no charset
    input_format: str | None = None  # read every file as this format (ingest.read.INPUT_FORMATS)


@dataclass
class RunSummary:
    """What a run did, for the summary table and the exit code."""

    analyzed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (copy id, original id)
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    stories: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.failed


def _language_skip(article: Article) -> str | None:
    if article.language and article.language not in ANALYZED_LANGUAGES:
        return f"language '{article.language}' is not analysed (English only)"
    return None


def _time_order(articles: list[Article]) -> list[Article]:
    return sorted(articles, key=lambda a: (a.published or "", a.id))


def read_articles(
    inputs: Sequence[str], options: ReadOptions, summary: RunSummary
) -> list[Article]:
    """Read every input; failures and skips go to the summary, articles are returned."""
    articles = []
    for result in read_inputs(
        inputs, outlet=options.outlet, published=options.published, max_bytes=options.max_bytes,
        encoding=options.encoding, input_format=options.input_format,
    ):
        if isinstance(result, Failed):
            summary.failed.append(result)
        elif isinstance(result, Skipped):
            summary.skipped.append(result)
        else:
            articles.append(result)
    return articles


def _analyzed(
    queue: list[Article], summary: RunSummary, workers: int, progress: Progress | None
) -> Iterator[AnalyzedArticle]:
    """Analyse the queue in order; failures go to the summary."""
    for article, result in LocalEngine(workers).analyze(queue):
        if progress:
            progress(1)
        if isinstance(result, AnalysisError):
            summary.failed.append(Failed(article.source or article.id, f"analysis failed: {result}"))
        else:
            yield AnalyzedArticle(article, result)


def analyze_in_memory(
    articles: Iterable[Article],
    summary: RunSummary,
    *,
    workers: int = 1,
    deduplicate: bool = True,
    progress: Progress | None = None,
) -> list[AnalyzedArticle]:
    """Analyse articles without a store (the contract commands). Copies are recorded, not analysed."""
    dedupe = Deduplicator()
    queue = []
    # Deduplicating needs time order (the earlier copy is the original); otherwise keep input order.
    for article in _time_order(list(articles)) if deduplicate else articles:
        reason = _language_skip(article)
        if reason:
            summary.skipped.append(Skipped(article.source or article.id, reason))
            continue
        if deduplicate:
            original = dedupe.find(article)
            if original and original != article.id:
                article.duplicate_of = original
                summary.duplicates.append((article.id, original))
                continue
            dedupe.add(article)
        queue.append(article)
    items = list(_analyzed(queue, summary, workers, progress))
    summary.analyzed.extend(i.article.id for i in items)
    return items


CLUSTERER_SNAPSHOT = "clusterer"


def _snapshot_fingerprint(store: Store) -> str:
    return f"{code_fingerprint()}:{store.generation()}"


def stored_config(store: Store) -> ClusterConfig:
    """The clustering thresholds the store was clustered with (`storyweave recluster
    --threshold ...`), or the defaults."""
    saved = store.load_snapshot(SETTINGS_SNAPSHOT)
    return load_settings(saved[1] if saved else None)


def store_config(store: Store, config: ClusterConfig) -> None:
    store.save_snapshot(SETTINGS_SNAPSHOT, "", dump_settings(config))


def restore_clusterer(store: Store) -> OnlineClusterer:
    """The online clusterer as the store left it: from its saved state when that is still
    current (same code, no write since), otherwise rebuilt from the stored analyses."""
    saved = store.load_snapshot(CLUSTERER_SNAPSHOT)
    config = stored_config(store)
    if saved and saved[0] == _snapshot_fingerprint(store):
        try:
            clusterer = load_clusterer(saved[1])
            if clusterer.config == config:
                return clusterer
        except BadSnapshot:
            pass  # replaying the analyses gives the same state, only slower
    return OnlineClusterer.restore(store.list_stories(), store.iter_analyzed(), config)


def save_clusterer(store: Store, clusterer: OnlineClusterer) -> None:
    """Save the clusterer's state for the next run, tied to the store's current generation."""
    store.save_snapshot(CLUSTERER_SNAPSHOT, _snapshot_fingerprint(store), dump_clusterer(clusterer))


def analyze_into_store(
    inputs: Sequence[str],
    store: Store,
    options: ReadOptions,
    *,
    workers: int = 1,
    on_total: Callable[[int], None] | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """The main job: ingest, skip, deduplicate, analyse, cluster and store, one article per transaction."""
    summary = RunSummary()
    dedupe = Deduplicator()
    for article_id, content_hash, signature in store.signatures():
        dedupe.add_signature(article_id, content_hash, signature)

    queue: list[Article] = []
    # Time order first, so that of two copies the earlier one is the original.
    for article in _time_order(read_articles(inputs, options, summary)):
        state = store.state(article.id)
        if state and state.content_hash == article.hash:
            summary.unchanged.append(article.id)
            continue
        reason = _language_skip(article)
        if reason:
            store.save_article(article, status="skipped", reason=reason)
            summary.skipped.append(Skipped(article.source or article.id, reason))
            continue
        original = dedupe.find(article)
        if original and original != article.id:
            article.duplicate_of = original
            store.save_article(article, status="duplicate", reason=f"copy of {original}")
            summary.duplicates.append((article.id, original))
            continue
        dedupe.add(article)
        queue.append(article)

    if on_total:
        on_total(len(queue))
    if not queue:
        return summary
    clusterer = restore_clusterer(store)
    views: dict[str, AnalyzedArticle] = {}  # what the end-of-run merge reads of this run's articles
    for item in _analyzed(queue, summary, workers, progress):
        article, result = item.article, item.analysis
        story_id = clusterer.add(item)
        store.save_article(
            article,
            status="analyzed",
            analysis=result,
            signature=dedupe.signature(article),
            story=clusterer.story(story_id),
        )
        summary.analyzed.append(article.id)
        summary.stories.add(story_id)
        views[article.id] = clustering_view(item)
    merge_touched_stories(store, clusterer, summary.stories, views)
    save_clusterer(store, clusterer)
    return summary


def embed_into_store(store: Store, article_ids: Sequence[str], batch: int = 256) -> int:
    """Dense embeddings (optional extra `embeddings`) of those stored articles that have none
    for their present content, kept in the store a batch at a time; how many were made."""
    from storyweave.stories.embed import MODEL_NAME, ArticleEmbedder

    have = store.load_embeddings(MODEL_NAME, article_ids)
    missing = [a for a in dict.fromkeys(article_ids) if a not in have]
    embedder = ArticleEmbedder()
    for k in range(0, len(missing), batch):
        store.save_embeddings(MODEL_NAME, embedder.embed(store.load_analyzed(missing[k:k + batch])))
    return len(missing)


def merge_touched_stories(
    store: Store, clusterer: OnlineClusterer, touched: set[str], known: dict[str, AnalyzedArticle] | None = None
) -> None:
    """After a run, merge the stories it touched, and the older stories that share their
    strongest keys, where the single pass split an event (as `recluster` would); write the
    result. `touched` loses the stories merged away and gains the older ones that grew.
    `known` holds the clustering views of this run's articles; others are read from the store."""
    pool = touched | set(clusterer.neighbour_stories(sorted(touched)))
    sizes = {sid: len(clusterer.story(sid).articles) for sid in pool}
    items = dict(known or {})
    members = {a for sid in pool for a in clusterer.story(sid).articles}
    items.update((i.article.id, clustering_view(i)) for i in store.iter_analyzed(members - items.keys()))
    absorbed = clusterer.merge_stories(sorted(pool), items)
    if absorbed:
        grown = {sid for sid in pool - set(absorbed) if len(clusterer.story(sid).articles) != sizes[sid]}
        touched.difference_update(absorbed)
        touched.update(grown)
        store.update_stories([clusterer.story(sid) for sid in sorted(grown)], removed=absorbed)


def story_items(store: Store, story: Story) -> list[AnalyzedArticle]:
    """The analysed articles of a story, oldest first."""
    return store.load_analyzed(story.articles)
