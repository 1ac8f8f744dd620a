"""Plain text: the whole file is the article text; metadata from a sidecar NAME.json."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from typing import Any

from storyweave.ingest.base import Failed, ReadResult
from storyweave.ingest.decode import NotText, decode_utf8, read_capped
from storyweave.ingest.records import Defaults, build_article


def sidecar_path(path: str) -> str:
    return os.path.splitext(path)[0] + ".json"


def read_sidecar(path: str, max_bytes: int) -> dict[str, Any]:
    """Metadata of the article at `path`, from NAME.json next to it ({} when there is none)."""
    side = sidecar_path(path)
    if not os.path.isfile(side):
        return {}
    try:
        raw = decode_utf8(read_capped(side, max_bytes)).lstrip("\ufeff")
        meta = json.loads(raw)
    except NotText as exc:
        raise NotText(f"sidecar {side}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise NotText(f"sidecar {side}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    if not isinstance(meta, dict):
        raise NotText(f"sidecar {side}: expected a JSON object, got {type(meta).__name__}")
    return meta


def read_text_bytes(data: bytes, source: str, meta: dict[str, Any], defaults: Defaults) -> Iterator[ReadResult]:
    try:
        text = decode_utf8(data, defaults.encoding)
    except NotText as exc:
        yield Failed(source, str(exc))
        return
    yield build_article(source, text, meta, defaults)


BytesReader = Callable[[bytes, str, dict[str, Any], Defaults], Iterator[ReadResult]]


def read_with_sidecar(
    path: str, source: str, defaults: Defaults, max_bytes: int, parse: BytesReader
) -> Iterator[ReadResult]:
    """Read a single-article file (size-capped) and its sidecar metadata, then `parse` the bytes."""
    try:
        data = read_capped(path, max_bytes)
        meta = read_sidecar(path, max_bytes)
    except (NotText, OSError) as exc:
        yield Failed(source, str(exc))
        return
    yield from parse(data, source, meta, defaults)


def read_txt(path: str, source: str, defaults: Defaults, max_bytes: int) -> Iterator[ReadResult]:
    yield from read_with_sidecar(path, source, defaults, max_bytes, read_text_bytes)
