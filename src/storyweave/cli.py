"""The `storyweave` command line. JSON goes to stdout; progress, summaries and errors to stderr."""

from __future__ import annotations

import json
import re
import sys
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from storyweave.ingest.read import DEFAULT_MAX_BYTES
from storyweave.jobs import ReadOptions, RunSummary, analyze_in_memory, analyze_into_store, read_articles
from storyweave.model import AnalyzedArticle, Article

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Read news coverage of the same events from many outlets and turn it into stories a person can check.",
)
err = Console(stderr=True)

Inputs = Annotated[list[str], typer.Argument(help="Files, directories (walked recursively) or - for stdin.")]
OutletOpt = Annotated[str | None, typer.Option("--outlet", help="Outlet for inputs that lack one.")]
PublishedOpt = Annotated[
    str | None, typer.Option("--published", help="Publication date (ISO 8601) for inputs that lack one.")
]
DbOpt = Annotated[str, typer.Option("--db", help="Database path or URL (sqlite:///PATH).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON to stdout.")]
WorkersOpt = Annotated[int, typer.Option("--workers", min=1, help="Analysis processes.")]
MaxBytesOpt = Annotated[int, typer.Option("--max-bytes", min=1, help="Largest input file accepted.")]
EncodingOpt = Annotated[str | None, typer.Option(
    "--encoding", help="Encoding of text and HTML inputs that are not UTF-8 and declare no charset (e.g. cp1252)."
)]
InputFormatOpt = Annotated[str | None, typer.Option(
    "--input-format", help="Read every input file as txt, html, json, jsonl, feed or warc, whatever its extension "
                           "(e.g. a corpus of .english or extension-less text files)."
)]

ThresholdOpt = Annotated[float | None, typer.Option(
    "--threshold", help="Score at which an article joins a story (default 0.10, tuned on topic-level dev sets; "
    "0.15 splits a dense feed of one domain into finer stories).",
)]
LinkThresholdOpt = Annotated[float | None, typer.Option(
    "--link-threshold", help="Average score at which two stories merge (default 0.05; 0.08 for finer stories).",
)]
LevelOpt = Annotated[str, typer.Option(
    "--level", help="event (default): a storyline split into its events where its coverage splits into groups "
    "of reports (two fires in one county a week apart), else whole; story: the storylines, each with its events.",
)]
EmbeddingsOpt = Annotated[bool, typer.Option(
    "--embeddings", help="Also compare stories by dense sentence embeddings, and split them into events with "
    "the model that reads them (optional extra 'embeddings'; about 50 ms per article on a CPU).",
)]
StoreEmbeddingsOpt = Annotated[bool, typer.Option(
    "--embeddings", help="Also keep dense embeddings of the articles in the store, so that `stories --events` "
    "and `show` split stories into events with the model that reads them (optional extra 'embeddings'; "
    "about 50 ms per article on a CPU).",
)]

DEFAULT_DB = "storyweave.db"


def _emit(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _report_problems(summary: RunSummary) -> None:
    for failure in summary.failed:
        err.print(f"[red]error[/red]: {escape(failure.source)}: {escape(failure.reason)}", highlight=False, soft_wrap=True)


def _contract_id(article: Article) -> str:
    """Id shown by the contract commands: the article's own id, or the path as given when it had none."""
    derived = article.id.startswith(("sha1-", "url-"))
    return (article.source or article.id) if derived else article.id


def _read_and_analyze(
    inputs: list[str], options: ReadOptions, workers: int, deduplicate: bool
) -> tuple[list[AnalyzedArticle], RunSummary]:
    summary = RunSummary()
    articles = read_articles(inputs, options, summary)
    items = analyze_in_memory(articles, summary, workers=workers, deduplicate=deduplicate)
    _report_problems(summary)
    return items, summary


def _exit(summary: RunSummary) -> None:
    raise typer.Exit(0 if summary.ok else 1)


def _embeddings(items: list[AnalyzedArticle], wanted: bool) -> dict[str, Any] | None:
    """Article embeddings when asked for; a clear error (exit 2) when the extra is missing."""
    if not wanted:
        return None
    from storyweave.stories.embed import ArticleEmbedder

    try:
        return ArticleEmbedder().embed(items)
    except ImportError as exc:
        err.print(f"[red]error[/red]: --embeddings: {escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def _require_embeddings_extra() -> None:
    """Exit 2 with the install line before any work when the embeddings extra is missing."""
    from storyweave.stories.embed import extra_missing

    problem = extra_missing()
    if problem:
        err.print(f"[red]error[/red]: --embeddings: {escape(problem)}", highlight=False, soft_wrap=True)
        raise typer.Exit(2)


def _stored_event_config(store, article_ids: list[str]):
    """The event split's config with the stored embeddings of these articles (`analyze
    --embeddings`); the dense model is used for a story only when all of its articles have one."""
    from storyweave.stories.embed import MODEL_NAME
    from storyweave.stories.events import EventConfig

    return EventConfig(embeddings=store.load_embeddings(MODEL_NAME, article_ids) or None)


# -- the main job ----------------------------------------------------------------------------


@app.command()
def analyze(
    inputs: Inputs,
    db: DbOpt = DEFAULT_DB,
    outlet: OutletOpt = None,
    published: PublishedOpt = None,
    workers: WorkersOpt = 1,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    encoding: EncodingOpt = None, input_format: InputFormatOpt = None,
    as_json: JsonOpt = False, embeddings: StoreEmbeddingsOpt = False,
) -> None:
    """Ingest, analyse and cluster articles into the store."""
    from storyweave.jobs import embed_into_store
    from storyweave.store import open_store

    if embeddings:
        _require_embeddings_extra()
    with open_store(db) as store, Progress(
        TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(), TimeRemainingColumn(), console=err, transient=True,
    ) as bar:
        task = bar.add_task("analyse", total=None, rate="")

        def advance(n: int) -> None:
            bar.advance(task, n)
            speed = bar.tasks[0].speed
            bar.update(task, rate=f"{speed:.1f} articles/s" if speed else "")

        summary = analyze_into_store(
            inputs, store, ReadOptions(outlet, published, max_bytes, encoding, input_format), workers=workers,
            on_total=lambda n: bar.update(task, total=n), progress=advance,
        )
        if embeddings:
            embed_into_store(store, summary.analyzed + summary.unchanged)
        counts = store.counts()
    _report_problems(summary)
    sidecars = [s for s in summary.skipped if s.reason.startswith("sidecar of")]
    for skip in summary.skipped:
        if skip not in sidecars:
            err.print(f"skipped: {escape(skip.source)}: {escape(skip.reason)}", highlight=False, soft_wrap=True)
    if sidecars:
        err.print(f"skipped: {len(sidecars)} metadata sidecar file(s), read with their articles")
    table = Table(title="storyweave analyze")
    for column in ("analysed", "unchanged", "duplicates", "skipped", "failed", "stories touched", "stories in store"):
        table.add_column(column, justify="right")
    table.add_row(*(str(n) for n in (
        len(summary.analyzed), len(summary.unchanged), len(summary.duplicates), len(summary.skipped),
        len(summary.failed), len(summary.stories), counts["stories"],
    )))
    err.print(table)
    if as_json:
        _emit({
            "analyzed": summary.analyzed, "unchanged": summary.unchanged,
            "duplicates": [{"id": c, "duplicate_of": o} for c, o in summary.duplicates],
            "skipped": [{"file": s.source, "reason": s.reason} for s in summary.skipped],
            "failed": [{"file": f.source, "reason": f.reason} for f in summary.failed],
            "stories": sorted(summary.stories),
        })
    _exit(summary)


@app.command()
def recluster(db: DbOpt = DEFAULT_DB, as_json: JsonOpt = False, embeddings: StoreEmbeddingsOpt = False,
              threshold: ThresholdOpt = None, link_threshold: LinkThresholdOpt = None) -> None:
    """Re-cluster every stored article from scratch (deterministic), e.g. after thresholds change.

    Thresholds given here are kept in the store: later `analyze` runs cluster with them. With
    `--embeddings` the stories are also compared by dense embeddings, which the store keeps."""
    from storyweave.jobs import store_config, stored_config
    from storyweave.stories.cluster import cluster_articles
    from storyweave.stories.embed import MODEL_NAME
    from storyweave.store import open_store

    with open_store(db) as store:
        config = _config(threshold, link_threshold, stored_config(store))
        items = store.load_analyzed()
        vectors = _embeddings(items, embeddings)
        stories = cluster_articles(items, config, embeddings=vectors)
        store.replace_stories(stories)
        store_config(store, config)
        if vectors:
            store.save_embeddings(MODEL_NAME, vectors)
    if as_json:
        _emit({"stories": [_story_row(s) for s in stories]})
    else:
        err.print(f"{len(stories)} stories")


def _config(threshold: float | None, link_threshold: float | None, base=None):
    """The clustering config with the user's thresholds; a clear error for values out of range."""
    from storyweave.stories.settings import BadSetting, config_with

    try:
        return config_with(threshold, link_threshold, base)
    except BadSetting as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2) from None


def _story_row(story) -> dict:
    """A story (or an event of one, which has no key entities) as JSON."""
    return {"id": story.id, "title": story.title, "articles": story.articles,
            "first_published": story.first_published, "last_published": story.last_published,
            "entities": getattr(story, "entities", [])}


def _event_row(event, shown: dict[str, str] | None = None) -> dict:
    """An event as JSON; `shown` maps article ids to the ids the contract shows (input paths)."""
    return {"id": event.id, "title": event.title, "articles": [(shown or {}).get(a, a) for a in event.articles],
            "first_published": event.first_published, "last_published": event.last_published}


@app.command()
def stories(
    db: DbOpt = DEFAULT_DB, as_json: JsonOpt = False,
    with_events: Annotated[bool, typer.Option(
        "--events", help="Also list the events inside each story (found from its articles' stored analyses; "
                         "`show STORY.N` shows one).")] = False,
) -> None:
    """List stored stories, most recent first."""
    from storyweave.stories.events import story_events
    from storyweave.store import open_store

    with open_store(db) as store:
        rows = store.list_stories()
        events = {}
        if with_events:
            config = _stored_event_config(store, [a for s in rows for a in s.articles])  # one look-up
            events = {s.id: story_events(s, store.load_analyzed(s.articles), config) for s in rows}
    if as_json:
        out = []
        for s in rows:
            row = _story_row(s)
            if with_events:
                row["events"] = [_event_row(e) for e in events[s.id]]
            out.append(row)
        _emit({"stories": out})
        return
    table = Table(title=f"{len(rows)} stories")
    ids = [s.id for s in rows] + [f"  {e.id}" for found in events.values() for e in found]
    table.add_column("id", no_wrap=True, min_width=max(map(len, ids), default=2))  # whole: `show` takes them
    for column in ("title", "articles", "first", "last"):
        table.add_column(column)
    for s in rows:
        table.add_row(s.id, escape(s.title), str(len(s.articles)), s.first_published or "", s.last_published or "")
        for e in events.get(s.id, []) if len(events.get(s.id, [])) > 1 else []:
            table.add_row(f"  {e.id}", escape(f"  {e.title}"), str(len(e.articles)), e.first_published or "",
                          e.last_published or "")
    Console().print(table)


@app.command()
def show(
    story_id: Annotated[str, typer.Argument(help="Story id (or a unique prefix).")],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
    words: Annotated[int, typer.Option("--words", min=10, help="Word budget of the brief.")] = 120,
) -> None:
    """Show a story's report: brief, timeline, what each outlet says, quotes, people, sources.
    An event id (`STORY.N`, as `stories --events` lists them) shows that event alone."""
    from storyweave.brief.render import render
    from storyweave.report import event_story, make_report
    from storyweave.stories.events import story_events
    from storyweave.store import open_store

    _check_choice(fmt, ("md", "html", "json"))
    with open_store(db) as store:
        story = store.get_story(story_id)
        event_number = None
        if story is None and (m := re.fullmatch(r"(.+)\.([0-9]+)", story_id)):
            story, event_number = store.get_story(m.group(1)), int(m.group(2))
        if story is None:
            err.print(f"error: no story {escape(repr(story_id))} in {escape(db)} (or the prefix is ambiguous); see `storyweave stories`")
            raise typer.Exit(1)
        items = store.load_analyzed(story.articles)
        events = found = story_events(story, items, _stored_event_config(store, story.articles))
        if event_number is not None:
            if not 1 <= event_number <= len(found):
                err.print(f"error: story {escape(story.id)} has {len(found)} event(s), no event {event_number}; "
                          "see `storyweave stories --events`")
                raise typer.Exit(1)
            event = found[event_number - 1]
            story, events = event_story(story, event), [event]
            items = [it for it in items if it.article.id in set(event.articles)]
        copies = store.duplicates(story.articles)
    sys.stdout.write(render(make_report(story, items, copies, words=words, events=events), fmt))
    sys.stdout.write("\n")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to look for in titles and texts.")],
    db: DbOpt = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search over stored articles."""
    from storyweave.store import open_store

    with open_store(db) as store:
        hits = store.search(query, limit)
    if as_json:
        _emit({"hits": [vars(h) for h in hits]})
        return
    table = Table(title=f"{len(hits)} hits for {query!r}")
    for column in ("article", "outlet", "published", "story", "snippet"):
        table.add_column(column)
    for h in hits:
        # article text is not Rich markup: "[word]" highlights must print as they are
        table.add_row(h.article_id, escape(h.outlet or ""), h.published or "", h.story_id or "", escape(h.snippet))
    Console().print(table)


# -- the contract commands: read INPUT..., analyse in memory, print JSON -------------------------


def _check_choice(value: str, allowed: tuple[str, ...], option: str = "--format") -> None:
    if value not in allowed:
        err.print(f"error: {option} must be one of {', '.join(allowed)}, not {escape(repr(value))}")
        raise typer.Exit(2)


def _require_json(as_json: bool) -> None:
    if not as_json:
        err.print("error: this command prints JSON only; pass --json")
        raise typer.Exit(2)


def _per_article(inputs: list[str], options: ReadOptions, workers: int, as_json: bool, field: str) -> None:
    """Shared body of `quotes` and `timex`: one JSON line per input article."""
    _require_json(as_json)
    items, summary = _read_and_analyze(inputs, options, workers, deduplicate=False)
    for item in items:
        rows = [r.to_dict() for r in getattr(item.analysis, field)]
        if field == "timexes":
            from storyweave.analyze.quoted_time import quote_of, quoted_spans, relative_in_quote, spoken_value

            quoted = quoted_spans(item.analysis.quotes)
            for row, tx in zip(rows, item.analysis.timexes):
                # "today" in quoted words: its value assumes the speaker spoke on the publication date
                row["relative_in_quote"] = relative_in_quote(tx, quoted)
                quote = quote_of(tx, item.analysis.quotes) if row["relative_in_quote"] else None
                if quote is not None:  # counted from the day the attribution names, if it names one
                    row["spoken_value"] = spoken_value(tx, quote, item.analysis.timexes, item.article.text,
                                                       item.article.published)
        _emit({"file": item.article.source, "id": item.article.id, "published": item.article.published,
               field: rows})
    _exit(summary)


@app.command()
def quotes(
    inputs: Inputs, outlet: OutletOpt = None, published: PublishedOpt = None,
    workers: WorkersOpt = 1, max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES, encoding: EncodingOpt = None,
    input_format: InputFormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Quotes with resolved speakers, one JSON object per input article."""
    _per_article(inputs, ReadOptions(outlet, published, max_bytes, encoding, input_format), workers, as_json, "quotes")


@app.command()
def timex(
    inputs: Inputs, outlet: OutletOpt = None, published: PublishedOpt = None,
    workers: WorkersOpt = 1, max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES, encoding: EncodingOpt = None,
    input_format: InputFormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Time expressions normalised to TIMEX3, one JSON object per input article."""
    _per_article(inputs, ReadOptions(outlet, published, max_bytes, encoding, input_format), workers, as_json, "timexes")


@app.command()
def cluster(
    inputs: Inputs, outlet: OutletOpt = None, published: PublishedOpt = None,
    workers: WorkersOpt = 1, max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES, encoding: EncodingOpt = None,
    input_format: InputFormatOpt = None,
    as_json: JsonOpt = False, embeddings: EmbeddingsOpt = False,
    threshold: ThresholdOpt = None, link_threshold: LinkThresholdOpt = None, level: LevelOpt = "event",
) -> None:
    """Group the inputs into stories (not stored): events, or with `--level story` storylines."""
    from storyweave.stories.cluster import cluster_articles
    from storyweave.stories.events import EventConfig, story_events

    _require_json(as_json)
    _check_choice(level, ("event", "story"), "--level")
    config = _config(threshold, link_threshold)
    items, summary = _read_and_analyze(
        inputs, ReadOptions(outlet, published, max_bytes, encoding, input_format), workers, deduplicate=True
    )
    shown = {i.article.id: _contract_id(i.article) for i in items}
    copies: dict[str, list[str]] = {}
    for copy_id, original in summary.duplicates:
        copies.setdefault(original, []).append(copy_id)
    out = []
    by_id = {i.article.id: i for i in items}
    vectors = _embeddings(items, embeddings)
    event_config = EventConfig(embeddings=vectors)
    for story in cluster_articles(items, config, embeddings=vectors):
        events = story_events(story, [by_id[a] for a in story.articles], event_config)
        # a storyline of one event is listed as itself at either level
        groups = [story] if level == "story" or len(events) == 1 else events
        for group in groups:
            row = _story_row(group)
            row["articles"] = [shown[a] for a in group.articles]
            row["copies"] = {shown[a]: copies[a] for a in group.articles if a in copies}
            if level == "story":
                row["events"] = [_event_row(e, shown) for e in events]
            else:
                row["story"] = story.id
            out.append(row)
    _emit({"stories": out})
    _exit(summary)


@app.command()
def compare(
    inputs: Inputs, outlet: OutletOpt = None, published: PublishedOpt = None,
    workers: WorkersOpt = 1, max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES, encoding: EncodingOpt = None,
    input_format: InputFormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Align the claims of the inputs (taken as one story) and give each slot a verdict."""
    from storyweave.compare.align import compare_story

    _require_json(as_json)
    items, summary = _read_and_analyze(
        inputs, ReadOptions(outlet, published, max_bytes, encoding, input_format), workers, deduplicate=True
    )
    files = {i.article.id: i.article.source for i in items}
    claims = []
    for item in items:
        for claim in item.analysis.claims:
            row = claim.to_dict()
            row.update(article=item.article.id, file=item.article.source, outlet=item.article.outlet,
                       sentence=item.article.text[claim.sentence_start:claim.sentence_end])
            claims.append(row)
    comparisons = []
    for comparison in compare_story(items):
        row = comparison.to_dict()
        for value in row["values"]:
            value["file"] = files.get(value["article"])
        comparisons.append(row)
    _emit({"claims": claims, "comparisons": comparisons})
    _exit(summary)


@app.command()
def brief(
    inputs: Inputs, outlet: OutletOpt = None, published: PublishedOpt = None,
    words: Annotated[int, typer.Option("--words", min=1, help="Most words in the brief.")] = 100,
    fmt: Annotated[str, typer.Option("--format", help="text, md or json.")] = "text",
    workers: WorkersOpt = 1, max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES, encoding: EncodingOpt = None,
    input_format: InputFormatOpt = None,
) -> None:
    """A cited brief of the inputs (taken as one story) in at most N words."""
    from storyweave.brief.render import render_brief
    from storyweave.brief.summarize import summarize

    _check_choice(fmt, ("text", "md", "json"))
    items, summary = _read_and_analyze(
        inputs, ReadOptions(outlet, published, max_bytes, encoding, input_format), workers, deduplicate=True
    )
    sys.stdout.write(render_brief(summarize(items, words=words), fmt).rstrip("\n") + "\n")
    _exit(summary)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
