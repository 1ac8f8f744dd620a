"""A story's report: comparisons, brief and timeline put together for rendering."""

from __future__ import annotations

from storyweave.brief.render import build_report
from storyweave.brief.summarize import summarize
from storyweave.brief.timeline import build_timeline
from storyweave.compare.align import compare_story
from storyweave.model import AnalyzedArticle, Article, Story

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


def make_report(
    story: Story, items: list[AnalyzedArticle], copies: list[Article] | None = None, words: int = BRIEF_WORDS
) -> dict:
    """Everything `show` renders: brief, timeline, what each outlet says, quotes, people, sources."""
    comparisons = compare_story(items)
    brief = summarize(items, words=words)
    timeline = build_timeline(items, comparisons)
    report = build_report(story, items, comparisons, brief, timeline)
    if copies:
        report["copies"] = [
            {"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published, "url": a.url,
             "duplicate_of": a.duplicate_of}
            for a in copies
        ]
    return report
