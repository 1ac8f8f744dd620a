"""Guess the format of bytes with no file name (stdin) from how they begin."""

from __future__ import annotations

import json
import re
from typing import Literal

Format = Literal["json", "jsonl", "feed", "html", "warc", "text"]

_FEED = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.I)
_HTML = re.compile(rb"<(!doctype\s+html|html|head|body|article|main|div|p|h1|title)[\s>/]", re.I)
# What may follow an opening bracket in JSON (anything else is prose in brackets).
_JSON_OBJECT_NEXT = b'"}'
_JSON_ARRAY_NEXT = b'{["]-0123456789tfn'


def sniff_format(data: bytes) -> Format:
    if data.startswith(b"\x1f\x8b") or data.startswith(b"WARC/"):
        return "warc"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        return "text"
    first = head[:1]
    if first in (b"{", b"["):
        after = head[1:].lstrip(b" \t\r\n")[:1]
        if (first == b"{" and after and after in _JSON_OBJECT_NEXT) or (first == b"[" and after and after in _JSON_ARRAY_NEXT):
            return "jsonl" if first == b"{" and _is_jsonl(data) else "json"
        return "text"
    if first == b"<":
        if _FEED.search(head):
            return "feed"
        if _HTML.search(head):
            return "html"
        return "feed" if head.startswith(b"<?xml") else "html"
    return "text"


def _is_jsonl(data: bytes) -> bool:
    """Several JSON objects, one a line (a single object over many lines is JSON)."""
    try:
        json.loads(data.decode("utf-8").lstrip("\ufeff"))
        return False
    except (UnicodeDecodeError, ValueError, RecursionError):
        pass
    line = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line.decode("utf-8")), dict)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
