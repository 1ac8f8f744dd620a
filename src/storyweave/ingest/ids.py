"""Stable article ids: the input's own, else from its URL, else from its text."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from storyweave.model import content_hash

_DEFAULT_PORTS = {"http": "80", "https": "443"}
# Query parameters that track the reader, not the page.
_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid")


def normalise_url(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no default port, no fragment,
    no tracking parameters, sorted query, no trailing slash on the path."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port is not None and str(port) != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES)
    )
    path = parts.path.rstrip("/") or ""
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def url_id(url: str) -> str:
    return "url-" + hashlib.sha1(normalise_url(url).encode("utf-8")).hexdigest()[:16]


def text_id(text: str) -> str:
    return "sha1-" + content_hash(text)[:16]


def article_id(explicit: object, url: str | None, text: str) -> str:
    if explicit is not None and str(explicit).strip():
        return str(explicit).strip()
    if url:
        return url_id(url)
    return text_id(text)
