"""A story's report: comparisons, brief and timeline put together for rendering."""

from __future__ import annotations

from storyweave.brief.render import build_report
from storyweave.brief.summarize import summarize
from storyweave.brief.timeline import build_timeline
from storyweave.compare.align import compare_story
from storyweave.model import AnalyzedArticle, Article, Comparison, Story, StoryEvent
from storyweave.stories.events import story_events

BRIEF_WORDS = 120


def story_from_items(items: list[AnalyzedArticle], story_id: str = "input") -> Story:
    """Treat a set of analysed articles as one story (the contract commands' view of INPUT...)."""
    ordered = sorted(items, key=lambda i: (i.article.published or "", i.article.id))
    title = next((i.article.title for i in ordered if i.article.title), None)
    dates = [i.article.published for i in ordered if i.article.published]
    return Story(
        id=story_id,
        title=title or "Untitled story",
        articles=[i.article.id for i in ordered],
        first_published=min(dates) if dates else None,
        last_published=max(dates) if dates else None,
    )


def compare_events(items: list[AnalyzedArticle], events: list[StoryEvent]) -> list[Comparison]:
    """Outlets' claims compared within each event of a story: a story that holds several
    events of one kind (two fires in one town) would otherwise set the death toll of one
    against the other's as a conflict. Each comparison names its event."""
    if len(events) <= 1:
        return compare_story(items)
    by_id = {it.article.id: it for it in items}
    out = []
    for event in events:
        for comparison in compare_story([by_id[a] for a in event.articles if a in by_id]):
            comparison.event = event.id
            out.append(comparison)
    return out


def event_story(story: Story, event: StoryEvent) -> Story:
    """One event of a story as a story of its own (`show STORY.N`): its id, title, articles."""
    return Story(id=event.id, title=event.title, articles=list(event.articles), entities=list(story.entities),
                 first_published=event.first_published, last_published=event.last_published)


def make_report(
    story: Story, items: list[AnalyzedArticle], copies: list[Article] | None = None, words: int = BRIEF_WORDS,
    events: list[StoryEvent] | None = None,
) -> dict:
    """Everything `show` renders: brief, events, timeline, what each outlet says, quotes, people, sources.
    `events`: the story's events when already known (one event shown alone is its own only event)."""
    if events is None:
        events = story_events(story, items)
    comparisons = compare_events(items, events)
    brief = summarize(items, words=words)
    timeline = build_timeline(items, comparisons)
    report = build_report(story, items, comparisons, brief, timeline)
    number = {src["id"]: src["n"] for src in report["sources"]}
    report["events"] = [
        {"id": e.id, "title": e.title, "first_published": e.first_published, "last_published": e.last_published,
         "sources": [number[a] for a in e.articles if a in number]}
        for e in events
    ]
    if copies:
        report["copies"] = [
            {"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published, "url": a.url,
             "duplicate_of": a.duplicate_of}
            for a in copies
        ]
    return report
