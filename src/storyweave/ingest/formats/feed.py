"""RSS and Atom feeds (feedparser): one article per item with text."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

from storyweave.ingest.base import Failed, ReadResult, Skipped
from storyweave.ingest.dates import BadDate, format_datetime, normalise_date
from storyweave.ingest.decode import NotText, check_not_binary, read_capped
from storyweave.ingest.htmltext import strip_html
from storyweave.ingest.records import Defaults, build_article


def _entry_text(entry: Any) -> str:
    """The fullest text of an item: its longest content, else its summary, as plain text."""
    candidates = [c for c in entry.get("content") or [] if c.get("value")]
    if candidates:
        best = max(candidates, key=lambda c: len(c.get("value", "")))
        value, kind = best.get("value", ""), best.get("type", "text/html")
    else:
        detail = entry.get("summary_detail") or {}
        value, kind = entry.get("summary", "") or "", detail.get("type", "text/html")
    if "html" in kind:
        return strip_html(value)
    return value.strip()


def _entry_date(entry: Any) -> str | None:
    """The item's date as written (keeps its offset), else feedparser's UTC reading of it."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return normalise_date(raw)
        except BadDate:
            parsed = entry.get(f"{key}_parsed")
            if parsed:
                dt = datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)
                return format_datetime(dt)
            raise
    return None


def read_feed_bytes(data: bytes, source: str, defaults: Defaults, *, strict: bool = True) -> Iterator[ReadResult]:
    """Items of a feed. `strict=False` (a .xml file) skips XML that is not a feed."""
    import feedparser

    try:
        check_not_binary(data)
        parsed = feedparser.parse(data)
    except NotText as exc:
        yield Failed(source, str(exc))
        return
    except Exception as exc:  # feedparser is lenient, but its XML backends are not always
        yield Failed(source, f"malformed feed: {type(exc).__name__}: {exc}")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            yield Failed(source, f"malformed feed: {problem or 'not well-formed'}")
        elif not parsed.get("version"):
            if strict:
                yield Failed(source, "not an RSS or Atom feed")
            else:
                yield Skipped(source, "XML but not an RSS or Atom feed")
        else:
            yield Skipped(source, "feed without items")
        return
    texts = [_entry_text(entry) for entry in entries]
    if parsed.get("bozo") and not any(t.strip() for t in texts):
        # broken XML that yielded only empty husks of items: the feed is malformed, not empty
        yield Failed(source, f"malformed feed: {parsed.get('bozo_exception') or 'not well-formed'}")
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for n, (entry, text) in enumerate(zip(entries, texts), 1):
        item = f"{source}#{n}"
        if not text.strip():
            yield Skipped(item, "feed item without content or summary")
            continue
        try:
            published = _entry_date(entry)
        except BadDate as exc:
            yield Failed(item, str(exc))
            continue
        meta = {
            "url": entry.get("link"),
            "title": strip_html(entry.get("title", "") or "") or None,
            "outlet": strip_html(outlet) if outlet else None,
            "published": published,
        }
        yield build_article(item, text, meta, defaults)


def read_feed(path: str, source: str, defaults: Defaults, max_bytes: int, *, strict: bool = True) -> Iterator[ReadResult]:
    try:
        data = read_capped(path, max_bytes)
    except (NotText, OSError) as exc:
        yield Failed(source, str(exc))
        return
    yield from read_feed_bytes(data, source, defaults, strict=strict)
