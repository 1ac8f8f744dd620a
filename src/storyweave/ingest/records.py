"""Metadata + text -> Article, the one place ids, dates, flags and language are settled."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from storyweave.ingest.base import Failed
from storyweave.ingest.dates import BadDate, normalise_date
from storyweave.ingest.ids import article_id
from storyweave.ingest.language import detect_language
from storyweave.model import Article

META_FIELDS = ("id", "url", "outlet", "title", "published")


@dataclass(frozen=True)
class Defaults:
    """What the caller gives for inputs that lack it (`--outlet`, `--published`, `--encoding`)."""

    outlet: str | None = None
    published: str | None = None  # already normalised
    encoding: str | None = None  # for text and pages that are not UTF-8 and declare no charset


def _as_str(name: str, value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or isinstance(value, (dict, list)):
        raise ValueError(f"field {name!r} must be a string, not {type(value).__name__}")
    value = str(value).strip()
    return value or None


def build_article(source: str, text: str, meta: Mapping[str, Any], defaults: Defaults) -> Article | Failed:
    """An Article from `text` and the input's own metadata; `defaults` fill only the gaps."""
    if not text.strip():
        return Failed(source, "empty text")
    try:
        fields = {name: _as_str(name, meta.get(name)) for name in META_FIELDS if name != "published"}
        published = normalise_date(meta.get("published"))  # numbers there are Unix times
    except (ValueError, BadDate) as exc:
        return Failed(source, str(exc))
    return Article(
        id=article_id(fields["id"], fields["url"], text),
        text=text,
        url=fields["url"],
        outlet=fields["outlet"] or defaults.outlet,
        title=fields["title"],
        published=published or defaults.published,
        source=source,
        language=detect_language(text),
    )
