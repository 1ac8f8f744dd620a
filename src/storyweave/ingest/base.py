"""What readers yield: an article, or a reason why a source gave none."""

from __future__ import annotations

from dataclasses import dataclass

from storyweave.model import Article


@dataclass
class Skipped:
    """Not an article (unknown extension, sidecar, JSON without `text`, non-English...)."""

    source: str
    reason: str


@dataclass
class Failed:
    """Meant to be an article but unreadable: empty, binary, bad UTF-8, malformed, too big."""

    source: str
    reason: str


ReadResult = Article | Skipped | Failed

# Largest input a reader accepts: a whole file for single-article formats (.txt, .html,
# .json, feeds), one line of a .jsonl file, one HTTP payload of a WARC record.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
