"""The held-out event fixtures of bench/cluster_events.py (`events` to `events36`) are
well-formed: every article is read by storyweave's reader and has a gold event, ids are
unique, dates are ISO with a timezone, every event belongs to a group, and every event
covered by several articles has several outlets."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest

from storyweave.ingest.read import read_inputs
from storyweave.model import Article
from storyweave.stories.features import published_days

FIXTURES = Path(__file__).resolve().parent.parent / "bench" / "fixtures"
# fixture -> (fewest, most) words per article text
SETS = {"events": (40, 250), "events2": (80, 600), "events3": (80, 600), "events4": (60, 600),
        "events5": (60, 600), "events6": (60, 600), "events7": (60, 600),
        "events8": (60, 600), "events9": (60, 600), "events10": (60, 600), "events11": (60, 600),
        "events12": (60, 600), "events13": (60, 600), "events14": (60, 600), "events15": (60, 600),
        "events16": (55, 600), "events17": (60, 600),
        "events18": (55, 600), "events19": (55, 600),
        "events20": (55, 600), "events21": (60, 600),
        "events22": (55, 600), "events23": (55, 600),
        "events24": (55, 600), "events25": (55, 600),
        "events26": (55, 600), "events27": (55, 600), "events28": (55, 600),
        "events29": (55, 600), "events30": (55, 600), "events31": (55, 600), "events32": (55, 600),
        "events33": (55, 600), "events34": (55, 600), "events35": (55, 600), "events36": (55, 600)}
pytestmark = pytest.mark.parametrize("name", sorted(SETS))


def _rows(name: str) -> list[dict]:
    rows = []
    for path in sorted((FIXTURES / name).glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def _gold(name: str) -> dict:
    return json.loads((FIXTURES / name / "gold.json").read_text(encoding="utf-8"))


def test_every_article_has_unique_id_and_gold_event(name: str) -> None:
    rows, gold = _rows(name), _gold(name)
    assert rows, name
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    assert set(ids) == set(gold["articles"]), "articles and gold differ"
    assert set(gold["articles"].values()) <= set(gold["events"]), "gold names an unknown event"
    assert all(v.get("group") for v in gold["events"].values())


def test_reader_reads_every_article_with_its_metadata(name: str) -> None:
    rows = {r["id"]: r for r in _rows(name)}
    paths = [str(p) for p in sorted((FIXTURES / name).glob("*.jsonl"))]
    read = [r for r in read_inputs(paths) if isinstance(r, Article)]
    assert {a.id for a in read} == set(rows)
    low, high = SETS[name]
    for a in read:
        assert a.outlet == rows[a.id]["outlet"] and a.title == rows[a.id]["title"]
        assert published_days(a.published) is not None, a.id
        assert datetime.fromisoformat(rows[a.id]["published"]).tzinfo is not None, a.id
        assert rows[a.id]["url"].split("/")[2].endswith(".example"), a.id
        assert low <= len(a.text.split()) <= high, a.id


def test_multi_article_events_have_several_outlets_and_groups_confuse(name: str) -> None:
    rows, gold = {r["id"]: r for r in _rows(name)}, _gold(name)
    outlets: dict[str, set[str]] = defaultdict(set)
    count: dict[str, int] = defaultdict(int)
    for aid, event in gold["articles"].items():
        outlets[event].add(rows[aid]["outlet"])
        count[event] += 1
    for event, n in count.items():
        if n > 1:
            assert len(outlets[event]) >= 2, event
    # the point of the set: topic groups holding more than one event of one kind
    per_group: dict[str, set[str]] = defaultdict(set)
    for event, v in gold["events"].items():
        per_group[v["group"]].add(event)
    # (at least three such groups, or events of several groups in one storyline; `events14` has
    # three groups of two to four events, all in one conflict)
    assert sum(1 for events in per_group.values() if len(events) >= 2) >= 3
    assert set(count) == set(gold["events"]), "an event without articles"
