"""Text out of HTML: whole pages through trafilatura, feed fragments by a plain stripper."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from storyweave.ingest.decode import NotText

# Elements that end a paragraph: their text is kept apart from the text around them.
_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content): one paragraph per block."""
    if "<" not in fragment and "&" not in fragment:
        raw = fragment
    else:
        parser = _Stripper()
        try:
            parser.feed(fragment)
            parser.close()
        except Exception:  # html.parser is lenient; this is a last resort
            return ""
        raw = "".join(parser.parts)
    paragraphs = (_SPACES.sub(" ", p).strip() for p in raw.split("\n"))
    return "\n\n".join(p for p in paragraphs if p)


@dataclass
class Page:
    text: str
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None


# trafilatura logs every page it cannot use; the reader reports those itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def extract_page(html: str | bytes, url: str | None = None) -> Page:
    """Main text and metadata of a web page; NotText when there is no article text in it."""
    import trafilatura  # import is slow (~0.5 s); only pay it when there is HTML

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
        )
    except Exception as exc:  # lxml and trafilatura raise many types on broken markup
        raise NotText(f"malformed HTML: {type(exc).__name__}: {exc}") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise NotText("malformed HTML: no extractable article text")
    title = _clean(getattr(doc, "title", None))
    return Page(
        text=_drop_title_line(text, title),
        title=title,
        published=_precise_date(html, _clean(getattr(doc, "date", None))),
        outlet=_clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)) or url,
    )


def _drop_title_line(text: str, title: str | None) -> str:
    """Pages repeat their headline as the first line of the body; the title is kept apart."""
    first, sep, rest = text.partition("\n")
    if title and sep and rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        return rest.lstrip("\n")
    return text


# Publication datetimes in page metadata: <meta property="article:published_time" content="...">,
# itemprop="datePublished", JSON-LD "datePublished": "...".
_META_DATETIME = re.compile(
    r"""(?:published_time|datePublished|pubdate|publish[_-]?date|dc\.date\.issued)["']?"""
    r"""[^>]{0,200}?(?:content|datetime)?\s*[=:]\s*["'](\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[^"']{0,15})["']""",
    re.I,
)


def _precise_date(html: str | bytes, day: str | None) -> str | None:
    """trafilatura finds the publication day; the page's own metadata may also give the time."""
    if not day:
        return None
    head = html[:200_000] if isinstance(html, str) else html[:200_000].decode("utf-8", "replace")
    from storyweave.ingest.dates import BadDate, normalise_date

    for match in _META_DATETIME.finditer(head):
        try:
            value = normalise_date(match.group(1))
        except BadDate:
            continue
        if value and value.startswith(day):
            return value
    return day


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None
