"""Article JSON: one object or a list of objects (.json), one object a line (.jsonl).

Schema: {"id", "url", "outlet", "title", "published", "text"}; only "text" is required.
Offsets are into the "text" value as decoded.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from storyweave.ingest.base import Failed, ReadResult, Skipped
from storyweave.ingest.decode import NotText, decode_utf8, read_capped, too_big
from storyweave.ingest.records import Defaults, build_article


def _json_error(exc: json.JSONDecodeError, where: str) -> str:
    return f"malformed JSON at {where}line {exc.lineno} column {exc.colno}: {exc.msg}"


def is_article(obj: Any) -> bool:
    return isinstance(obj, dict) and "text" in obj


def article_from_obj(obj: Any, source: str, defaults: Defaults) -> ReadResult:
    if not isinstance(obj, dict):
        return Failed(source, f"expected a JSON object, got {type(obj).__name__}")
    if "text" not in obj:
        return Failed(source, "no 'text' field")
    text = obj["text"]
    if not isinstance(text, str):
        return Failed(source, f"field 'text' must be a string, not {type(text).__name__}")
    return build_article(source, text, obj, defaults)


def read_json_bytes(data: bytes, source: str, defaults: Defaults) -> Iterator[ReadResult]:
    try:
        raw = decode_utf8(data).lstrip("\ufeff")
        doc = json.loads(raw)
    except NotText as exc:
        yield Failed(source, str(exc))
        return
    except json.JSONDecodeError as exc:
        yield Failed(source, _json_error(exc, ""))
        return
    except RecursionError:
        yield Failed(source, "malformed JSON: nested too deeply")
        return
    if isinstance(doc, dict):
        if "text" in doc:
            yield article_from_obj(doc, source, defaults)
        else:
            yield Skipped(source, "JSON without a 'text' field: not an article")
    elif isinstance(doc, list):
        if not any(is_article(item) for item in doc):
            yield Skipped(source, "JSON list without articles: no item has a 'text' field")
            return
        for n, item in enumerate(doc, 1):
            yield article_from_obj(item, f"{source}#{n}", defaults)
    else:
        yield Skipped(source, f"JSON {type(doc).__name__} is not an article")


def read_json(path: str, source: str, defaults: Defaults, max_bytes: int) -> Iterator[ReadResult]:
    try:
        data = read_capped(path, max_bytes)
    except (NotText, OSError) as exc:
        yield Failed(source, str(exc))
        return
    yield from read_json_bytes(data, source, defaults)


def read_jsonl_lines(
    lines: Iterable[tuple[bytes | None, int]], source: str, defaults: Defaults, max_bytes: int
) -> Iterator[ReadResult]:
    """One article per non-blank line; a bad line fails alone, naming file and line.

    `lines` gives (line, size) pairs; line is None for a line over the cap."""
    seen_content = False
    for lineno, (line, size) in enumerate(lines, 1):
        item = f"{source}#{lineno}"
        where = f"{source}:{lineno}"
        if line is None or size > max_bytes:
            seen_content = True
            yield Failed(item, f"line {lineno} {too_big(size, max_bytes)}")
            continue
        if not line.strip():
            continue
        seen_content = True
        if b"\x00" in line:
            yield Failed(item, f"binary data at {where}: NUL byte")
            continue
        try:
            raw = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Failed(item, f"invalid UTF-8 at {where}, byte offset {exc.start} of the line")
            continue
        if lineno == 1:
            raw = raw.lstrip("\ufeff")
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Failed(item, f"malformed JSON at {where} column {exc.colno}: {exc.msg}")
            continue
        except RecursionError:
            yield Failed(item, f"malformed JSON at {where}: nested too deeply")
            continue
        result = article_from_obj(obj, item, defaults)
        if isinstance(result, Failed):
            result = Failed(item, f"{where}: {result.reason}")
        yield result
    if not seen_content:
        yield Failed(source, "empty file")


def capped_lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[bytes | None, int]]:
    """(line, size) of each line of a binary stream; a line over max_bytes is not kept."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes:
            yield line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):  # drain the rest of the over-long line
            line = fh.readline(1 << 20)
            if not line:
                break
            size += len(line)
        yield None, size


def read_jsonl_stream(fh: BinaryIO, source: str, defaults: Defaults, max_bytes: int) -> Iterator[ReadResult]:
    yield from read_jsonl_lines(capped_lines(fh, max_bytes), source, defaults, max_bytes)


def read_jsonl(path: str, source: str, defaults: Defaults, max_bytes: int) -> Iterator[ReadResult]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Failed(source, str(exc))
        return
    with fh:
        head = fh.read(8192)
        nul = head.find(b"\x00")
        if nul >= 0:  # a binary file named .jsonl: one failure, not one per "line"
            yield Failed(source, f"binary data: NUL byte at offset {nul} (not a UTF-8 text)")
            return
        fh.seek(0)
        yield from read_jsonl_stream(fh, source, defaults, max_bytes)
