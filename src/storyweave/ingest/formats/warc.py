"""Web archives (.warc, .warc.gz, warcio): each HTML response is a page for trafilatura.

The size cap applies to each record's payload, not to the archive: crawls are big.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from storyweave.ingest.base import Failed, ReadResult, Skipped
from storyweave.ingest.decode import too_big
from storyweave.ingest.formats.webpage import read_html_bytes
from storyweave.ingest.records import Defaults

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([a-z0-9_.:-]+)")


def _starts_like_warc(head: bytes) -> bool:
    """True when the (possibly gzipped) data begins with a WARC record header."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    head = head.lstrip(b"\r\n")
    return head.startswith(b"WARC/")


def _drain(record: object) -> int:
    """Read a record to its end; the bytes its Content-Length promised but the file lacks."""
    raw = record.raw_stream  # type: ignore[attr-defined]
    while raw.read(1 << 16):
        pass
    return int(getattr(raw, "limit", 0) or 0)


def read_warc_stream(fh: BinaryIO, source: str, defaults: Defaults, max_bytes: int) -> Iterator[ReadResult]:
    from warcio.archiveiterator import ArchiveIterator

    head = fh.read(4096)
    if not head:
        yield Failed(source, "empty file")
        return
    if not _starts_like_warc(head):
        yield Failed(source, "malformed WARC: does not start with a WARC/1.x record header")
        return
    fh.seek(0)
    n = 0
    yielded = 0
    try:
        records = ArchiveIterator(fh)
        records.INC_RECORD = ""  # warcio writes this warning to stderr; we count err_count instead
        for record in records:
            n += 1
            item = f"{source}#{n}"
            if not record.rec_type:
                yield Failed(source, f"malformed WARC: record {n} has no WARC-Type")
                return
            results = list(_read_record(record, item, defaults, max_bytes))
            missing = _drain(record)
            if missing:
                yield Failed(source, f"malformed or truncated WARC: record {n} ends {missing} bytes short of its Content-Length")
                return
            yielded += len(results)
            yield from results
            if records.err_count:
                yield Failed(source, f"malformed WARC after record {n}: its Content-Length does not match its data")
                return
    except Exception as exc:  # warcio, gzip and zlib each raise their own on bad archives
        where = f"after {n} records" if n else "at the start"
        yield Failed(source, f"malformed or truncated WARC {where}: {type(exc).__name__}: {exc}")
        return
    if n == 0:
        yield Failed(source, "malformed WARC: no records")
    elif not yielded:
        yield Skipped(source, f"no web pages in this WARC ({n} records)")


def _read_record(record: object, item: str, defaults: Defaults, max_bytes: int) -> Iterator[ReadResult]:
    rec_type = record.rec_type  # type: ignore[attr-defined]
    if rec_type not in ("response", "resource"):
        return  # requests, metadata, warcinfo: not documents
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    if rec_type == "response":
        http = record.http_headers  # type: ignore[attr-defined]
        if http is None:
            yield Skipped(item, "response without HTTP headers")
            return
        status = http.get_statuscode() or ""
        ctype = (http.get_header("Content-Type") or "").lower()
        if not status.startswith("2"):
            yield Skipped(item, f"HTTP {status} for {url}")
            return
    else:
        ctype = (record.rec_headers.get_header("Content-Type") or "").lower()  # type: ignore[attr-defined]
    if not ctype.startswith(_HTML_TYPES):
        yield Skipped(item, f"not HTML ({ctype or 'no content type'}): {url}")
        return
    payload = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(payload) > max_bytes:
        yield Failed(item, f"payload of {url} {too_big(len(payload), max_bytes)}")
        return
    charset = _CHARSET_PARAM.search(ctype)
    yield from read_html_bytes(payload, item, {"url": url}, defaults, url=url, charset=charset.group(1) if charset else None)


def read_warc(path: str, source: str, defaults: Defaults, max_bytes: int) -> Iterator[ReadResult]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Failed(source, str(exc))
        return
    with fh:
        yield from read_warc_stream(fh, source, defaults, max_bytes)
