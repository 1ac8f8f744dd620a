"""read_inputs: files, directories and stdin to Articles, with a reason for every miss.

Each input gives Article, Skipped (not an article: unknown extension in a
directory, sidecar, JSON without text) or Failed (meant to be an article but
unreadable). Bad input never raises and never stops the batch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO

from storyweave.ingest.base import DEFAULT_MAX_BYTES, Failed, ReadResult, Skipped
from storyweave.ingest.dates import BadDate, normalise_date
from storyweave.ingest.decode import NotText, check_encoding, too_big
from storyweave.ingest.formats.feed import read_feed, read_feed_bytes
from storyweave.ingest.formats.jsondoc import read_json, read_json_bytes, read_jsonl, read_jsonl_lines
from storyweave.ingest.formats.txt import read_text_bytes, read_txt
from storyweave.ingest.formats.warc import read_warc, read_warc_stream
from storyweave.ingest.formats.webpage import read_html, read_html_bytes
from storyweave.ingest.records import Defaults
from storyweave.ingest.sniff import sniff_format

__all__ = ["DEFAULT_MAX_BYTES", "INPUT_FORMATS", "READERS", "read_inputs", "format_of"]

Reader = Callable[[str, str, Defaults, int], Iterator[ReadResult]]


def _read_xml(path: str, source: str, defaults: Defaults, max_bytes: int) -> Iterator[ReadResult]:
    # .xml is used for much besides feeds: XML that is not a feed is skipped, not failed
    return read_feed(path, source, defaults, max_bytes, strict=False)


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": _read_xml,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}
# Files whose NAME.json next to them is their sidecar, not an article.
_SIDECAR_OWNERS = (".txt", ".html", ".htm")
# `--input-format NAME`: read every input file with this reader, whatever its extension
# (corpora name their files "M0001.english", "story.sgml" or give them none)
INPUT_FORMATS: dict[str, str] = {"txt": ".txt", "html": ".html", "json": ".json", "jsonl": ".jsonl",
                                 "feed": ".rss", "warc": ".warc"}


def format_of(path: str) -> str | None:
    """The extension that picks the reader ('.warc.gz' counts as one), or None."""
    name = os.path.basename(path).lower()
    for ext in sorted(READERS, key=len, reverse=True):
        if name.endswith(ext):
            return ext
    return None


def _sidecar_owner(path: str) -> str | None:
    if format_of(path) != ".json":
        return None
    stem = os.path.splitext(path)[0]
    for ext in _SIDECAR_OWNERS:
        for candidate in (stem + ext, stem + ext.upper()):
            if os.path.isfile(candidate):
                return candidate
    return None


def _forced_sidecar_owner(path: str) -> str | None:
    """With every file read as text or HTML, NAME.json is the sidecar of any NAME.* beside it."""
    stem, ext = os.path.splitext(path)
    if ext.lower() != ".json":
        return None
    folder = os.path.dirname(path) or "."
    base = os.path.basename(stem)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return None
    return next((os.path.join(folder, n) for n in names
                 if os.path.splitext(n)[0] == base and n != os.path.basename(path)), None)


def _read_file(path: str, defaults: Defaults, max_bytes: int, *, walked: bool,
               forced: str | None = None) -> Iterator[ReadResult]:
    ext = forced or format_of(path)
    if ext is None:
        reason = (f"unknown extension {os.path.splitext(path)[1] or '(none)'!r}; known: {', '.join(READERS)} "
                  "(--input-format reads every file as one format)")
        yield Skipped(path, reason) if walked else Failed(path, reason)
        return
    owner = _forced_sidecar_owner(path) if forced in _SIDECAR_OWNERS else _sidecar_owner(path)
    if owner is not None:
        yield Skipped(path, f"sidecar of {owner}")
        return
    try:
        yield from READERS[ext](path, path, defaults, max_bytes)
    except Exception as exc:  # a reader bug must cost one file, not the batch
        yield Failed(path, f"could not read: {type(exc).__name__}: {exc}")


def _walk(root: str) -> Iterator[tuple[str, bool]]:
    """(path, is_hidden) of every file under root, sorted by name at each level."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            yield entry.path, True
        elif entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path, False


def _read_stdin(stdin: BinaryIO, defaults: Defaults, max_bytes: int) -> Iterator[ReadResult]:
    source = "-"
    try:
        data = stdin.read(max_bytes + 1)
    except Exception as exc:
        yield Failed(source, f"could not read stdin: {exc}")
        return
    if len(data) > max_bytes:
        yield Failed(source, f"stdin {too_big(len(data), max_bytes)}")
        return
    if not data:
        yield Failed(source, "empty input on stdin")
        return
    kind = sniff_format(data)
    try:
        if kind == "json":
            yield from read_json_bytes(data, source, defaults)
        elif kind == "jsonl":
            lines = ((line, len(line)) for line in data.splitlines(keepends=True))
            yield from read_jsonl_lines(lines, source, defaults, max_bytes)
        elif kind == "feed":
            yield from read_feed_bytes(data, source, defaults)
        elif kind == "html":
            yield from read_html_bytes(data, source, {}, defaults)
        elif kind == "warc":
            import io

            yield from read_warc_stream(io.BytesIO(data), source, defaults, max_bytes)
        else:
            yield from read_text_bytes(data, source, {}, defaults)
    except Exception as exc:
        yield Failed(source, f"could not read: {type(exc).__name__}: {exc}")


def read_inputs(
    inputs: Sequence[str],
    *,
    outlet: str | None = None,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
    encoding: str | None = None,
    input_format: str | None = None,
) -> Iterator[ReadResult]:
    """Articles from files, directories (walked recursively, sorted) and "-" (stdin).

    `outlet` and `published` fill only what an input lacks; `encoding` decodes text
    and HTML inputs that are not valid UTF-8 and declare no charset; `input_format` (a key
    of `INPUT_FORMATS`) reads every file with that format's reader whatever its extension
    (stdin is still sniffed). Never raises on bad input: each problem is a Failed (or
    Skipped) and the batch goes on.
    """
    try:
        default_date = normalise_date(published)
        codec = check_encoding(encoding) if encoding else None
    except BadDate as exc:
        yield Failed("--published", str(exc))
        return
    except NotText as exc:
        yield Failed("--encoding", str(exc))
        return
    if input_format is not None and input_format not in INPUT_FORMATS:
        yield Failed("--input-format", f"unknown input format {input_format!r}; known: {', '.join(INPUT_FORMATS)}")
        return
    forced = INPUT_FORMATS[input_format] if input_format is not None else None
    defaults = Defaults(outlet=(outlet or "").strip() or None, published=default_date, encoding=codec)
    for given in inputs:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream, defaults, max_bytes)
        elif os.path.isdir(given):
            for path, hidden in _walk(given):
                if hidden:
                    yield Skipped(path, "hidden")
                else:
                    yield from _read_file(path, defaults, max_bytes, walked=True, forced=forced)
        elif os.path.isfile(given):
            yield from _read_file(given, defaults, max_bytes, walked=False, forced=forced)
        elif os.path.exists(given):
            yield Failed(given, "not a regular file or directory")
        else:
            yield Failed(given, "no such file or directory")

