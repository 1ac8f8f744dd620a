"""Events inside a story: its articles grouped by what happened when.

A story is a storyline: the clusterer's defaults, tuned on dev sets whose gold stories are
whole topics (MultiLing 2011 topics run for months, WikiRef's for years), put the phases of
one event, and events of one kind in one place (three fires in one county, two strikes at
one port), into one story. Its events are found by grouping the story's own articles with a
learned pair model (`event_model`): the probability that two articles report the same
event, from how much they share under the story's own document frequencies (the words
every member shares weigh nothing), how far apart they were published, whether one outlet
wrote both and how the pair ranks among each article's other pairs (`event_pairs`); then
average linkage over those probabilities.

The model is a logistic regression trained on the team's fictional event sets
(`bench/train_event_pairs.py`; leave-one-set-out figures in the README). It replaced, in the
sixteenth session, a hand-tuned second run of the story clusterer with rules for lone
reports and outlets' templates (its history is in docs/notes/stories.md): on the two sets
written blind for the comparison, event F1 0.787 and 0.794 with the rules, 0.838 and 0.835
with the model trained on the 23 sets before them.

With dense embeddings of every article of a story (optional extra `embeddings`: `cluster
--embeddings`, or `analyze --embeddings`, which keeps them in the store), a second model
trained the same way with two more features, the embeddings' cosine and its share of each
article's best, splits the story: leave-one-set-out 0.907 against 0.888 over the 36 sets,
most on long events in phases, whose articles share few words but are near in that space
(on the six sets written after it was chosen, run once, no better: 0.872 either way).

Before the pairs are scored, an outlet's template sentences (a press office's "Notes to
editors", a broadcaster's sign-off) leave what is compared (`templates.without_templates`):
they tie one outlet's reports of different events together.

Undated articles cannot be placed in time: a story with fewer than two dated articles is one
event. When one outlet (or none known) wrote the whole story, it is that outlet's series on
a topic (MultiLing's WikiNews topics: an article every few days or weeks, each alone in
time), so it splits only into events of at least `min_articles` articles each, otherwise
it stays one event.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from storyweave.model import AnalyzedArticle, Story, StoryEvent
from storyweave.stories.cluster import headline_candidate
from storyweave.stories.event_model import event_groups
from storyweave.stories.templates import without_templates


@dataclass(frozen=True)
class EventConfig:
    """The knobs of the event split: the probability above which two groups of articles are
    one event (`threshold`; None: the one stored with the model), the fewest articles an
    event may have when one outlet wrote the whole story (`min_articles`), the pair model
    itself (`model`, as `event_model.load_model` reads it; None: the stored one), and the
    articles' dense embeddings (`embeddings`, article id -> unit vector, `stories/embed.py`):
    when every article of a story has one, the dense model splits it."""

    threshold: float | None = None
    min_articles: int = 2
    model: dict | None = None
    embeddings: Mapping[str, np.ndarray] | None = None


def story_events(story: Story, items: Sequence[AnalyzedArticle], config: EventConfig | None = None) -> list[StoryEvent]:
    """The events of `story` from its analysed articles (`items`; others are ignored), in
    the order of their first article, with ids `<story id>.<n>` from 1. Deterministic for
    the same articles."""
    by_id = {it.article.id: it for it in items}
    own = [by_id[a] for a in story.articles if a in by_id]  # the story's order: oldest first
    if not own:
        return []
    dated = sum(1 for it in own if it.article.published)
    if len(own) == 1 or dated < 2:
        groups, titles = [[it.article.id for it in own]], [story.title]
    else:
        config = config or EventConfig()
        compared = without_templates(own)
        vectors = _vectors(own, config.embeddings)
        index_groups, shared = event_groups(compared, config.threshold, config.model, vectors)
        outlets = {it.article.outlet for it in own if it.article.outlet}
        if len(outlets) < 2 and any(len(g) < config.min_articles for g in index_groups):
            groups, titles = [[it.article.id for it in own]], [story.title]  # one outlet's series
        else:
            groups = [[own[i].article.id for i in g] for g in index_groups]
            titles = [_event_title(own, g, shared) for g in index_groups]
    published = {it.article.id: it.article.published for it in own}
    events = []
    for articles, title in zip(groups, titles):
        dates = sorted(p for a in articles if (p := published[a]))
        events.append(StoryEvent(id="", title=title, articles=articles,
                                 first_published=dates[0] if dates else None,
                                 last_published=dates[-1] if dates else None))
    order = {aid: k for k, aid in enumerate(story.articles)}
    events.sort(key=lambda e: (e.first_published is None, e.first_published or "", order.get(e.articles[0], 0)))
    for k, e in enumerate(events, start=1):
        e.id = f"{story.id}.{k}"
    return events


def _vectors(own: Sequence[AnalyzedArticle], embeddings: Mapping[str, np.ndarray] | None) -> np.ndarray | None:
    """The articles' embeddings as rows, or None unless every article has one (a story is
    scored by one model throughout)."""
    if not embeddings or any(it.article.id not in embeddings for it in own):
        return None
    return np.stack([np.asarray(embeddings[it.article.id], dtype=float) for it in own])


def _event_title(own: Sequence[AnalyzedArticle], group: list[int], shared: np.ndarray | None) -> str:
    """The headline of the event's most typical titled member (the most content and title
    words shared with the others; ties: the earliest), else the first member's lead."""
    candidates = [(i, *headline_candidate(own[i])) for i in group]
    titled = [c for c in candidates if c[2]] or candidates
    if shared is None or len(titled) == 1:
        return titled[0][1]
    best = max(titled, key=lambda c: (sum(shared[c[0], j] for j in group if j != c[0]), -c[0]))
    return best[1]
