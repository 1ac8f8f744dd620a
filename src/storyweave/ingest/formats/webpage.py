"""HTML pages: main text and metadata by trafilatura."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import Any

from storyweave.ingest.base import Failed, ReadResult
from storyweave.ingest.decode import NotText, check_not_binary, check_text, decode_legacy, invalid_utf8
from storyweave.ingest.formats.txt import read_with_sidecar
from storyweave.ingest.htmltext import extract_page
from storyweave.ingest.records import Defaults, build_article

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data: bytes, charset: str | None = None, fallback: str | None = None) -> str:
    """UTF-8, or the charset the page declares in a <meta> tag (or its HTTP header does),
    or else `fallback` (the user's `--encoding`)."""
    check_not_binary(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = _CHARSET.search(data[:8192])
        name = declared.group(1).decode("ascii", "replace") if declared else charset
        try:
            codec = codecs.lookup(name).name if name else None
        except LookupError:
            codec = None
        if codec in (None, "utf-8"):
            if fallback is None:
                raise NotText(invalid_utf8(data, exc.start) + " (no other charset declared)") from None
            text = decode_legacy(data, fallback, "given by --encoding")
        else:
            text = decode_legacy(data, codec, "charset declared by the page")
    check_text(text)
    return text


def read_html_bytes(
    data: bytes,
    source: str,
    meta: dict[str, Any],
    defaults: Defaults,
    url: str | None = None,
    charset: str | None = None,
) -> Iterator[ReadResult]:
    try:
        page = extract_page(decode_html(data, charset, defaults.encoding), url=meta.get("url") or url)
    except NotText as exc:
        yield Failed(source, str(exc))
        return
    found = {"url": page.url, "outlet": page.outlet, "title": page.title, "published": page.published}
    # the input's explicit metadata (sidecar, JSON) wins over what the page says of itself
    merged = {**found, **{k: v for k, v in meta.items() if v not in (None, "")}}
    yield build_article(source, page.text, merged, defaults)


def read_html(path: str, source: str, defaults: Defaults, max_bytes: int) -> Iterator[ReadResult]:
    yield from read_with_sidecar(path, source, defaults, max_bytes, read_html_bytes)
