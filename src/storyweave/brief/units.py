"""Sentence units of a story: the text slices briefs and timelines are built from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyweave.brief.compress import compress
from storyweave.brief.text import clean, tokens, word_count
from storyweave.model import AnalyzedArticle, Citation, Quote
from storyweave.stories.templates import is_copy, repeated_by_outlet, sentence_key

# A sentence must end like a sentence: terminal punctuation, maybe inside quotes/brackets.
_TERMINAL = re.compile(r"[.!?][\"'”’)\]]*\s*$|[\"”’]\s*$")
# Boilerplate that is never news: picture credits and labels, calls to action, copyright.
_BOILER = re.compile(
    r"^(photo|picture|image|credit|pictured|video|watch|source|updated|published|read more|related|"
    r"advertisement)\s*:"
    r"|©|\ball rights reserved\b|\bclick here\b|\bfollow us on\b|\bsign up (for|to) our\b"
    # appeals to the reader ("If you have information, please call ..."): not news
    r"|\bplease (call|contact|email|e-mail|text|visit|write)\b|\bif you have (any )?information\b"
    r"|\banyone with (any )?information\b"
    # contact lines ("Media enquiries: press office, 8am to 8pm, press@ministry.example")
    r"|^(media|press|news) (enquiries|inquiries|contact)\b|\b[\w.+-]+@[\w-]+\.[\w.-]+\b"
    # calls to follow or read more ("Follow Vale News on the app for the latest news", "For more
    # home news, see the agency's page")
    r"|^(follow|subscribe to|download)\b.*\b(app|on|for the latest|newsletter)\b|^for more\b.*\b(news|see|visit)\b",
    re.IGNORECASE,
)
# A byline: "By Ann Example." or "By Ann Example, Political Editor."
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*){0,3}\s*([,|]\s*[\w ]{0,40})?[.]?$")
PRONOUN_START = frozenset(
    "he she they it this these those his her their its him them we i that there".split()
)
CONNECTIVE_START = frozenset("however but and also meanwhile then so yet still instead therefore".split())
MIN_WORDS = 5


@dataclass
class Unit:
    """One sentence of one article of the story."""

    doc: int  # index of the article in the story's item list
    index: int  # index of the sentence in its article
    start: int
    end: int
    text: str  # whitespace-normalised slice
    words: int
    position: float  # index / number of sentences in the article: 0 = lead
    speaker: str | None = None
    quoted: bool = False  # overlaps a quote
    short: str = ""  # the compressed form a brief shows (see compress.py); "" = text
    short_words: int = 0
    boilerplate: bool = False  # its outlet's template: the same sentence in another of its articles

    def __post_init__(self) -> None:
        if not self.short:
            self.short, self.short_words = self.text, self.words

    @property
    def first_word(self) -> str:
        toks = tokens(self.short or self.text)
        return toks[0] if toks else ""


def is_junk(text: str) -> bool:
    """Captions, bylines, labels ("Outlet name:"), headings and very short fragments."""
    t = text.strip()
    if word_count(t) < MIN_WORDS or not any(c.islower() for c in t):
        return True
    if t.endswith(":") or not _TERMINAL.search(t):
        return True
    return bool(_BOILER.search(t) or _BYLINE.match(t))


def _speaker(quote: Quote) -> str | None:
    name = quote.speaker_name or quote.speaker
    if not name or name.lower() in PRONOUN_START or name.lower() in {"she", "he", "i", "we", "they"}:
        return quote.speaker_name
    return name


_PARAGRAPH = re.compile(r"\n\s*\n")
_OPEN_QUOTES = "“"
_CLOSE_QUOTES = "”"


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence span split at paragraph breaks (a parser may run a label or caption
    into the next paragraph's sentence), with surrounding whitespace trimmed."""
    out = []
    pos = start
    for m in _PARAGRAPH.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def _open_quote(piece: str) -> bool:
    """True when the sentence opens a quotation it does not close (split inside a quote)."""
    return piece.count('"') % 2 == 1 or piece.count(_OPEN_QUOTES) > piece.count(_CLOSE_QUOTES)


def _spans(text: str, sentences: list) -> list[tuple[int, int]]:
    """Sentence spans, paragraph-split, with sentences cut inside a quotation re-joined."""
    spans = [p for s in sentences for p in _pieces(text, s.start, s.end)]
    out: list[tuple[int, int]] = []
    joined = 0
    for a, b in spans:
        if out and joined < 3 and _open_quote(text[out[-1][0] : out[-1][1]]) and not _PARAGRAPH.search(text, out[-1][1], a):
            out[-1] = (out[-1][0], b)
            joined += 1
            continue
        joined = 0
        out.append((a, b))
    return out


def story_units(items: list[AnalyzedArticle]) -> list[list[Unit]]:
    """Sentence units per article, in article order; junk and outlets' templates are kept
    (callers filter them: `is_junk`, `Unit.boilerplate`)."""
    out: list[list[Unit]] = []
    for d, item in enumerate(items):
        text = item.article.text
        spans = _spans(text, item.analysis.sentences)
        quotes = sorted(item.analysis.quotes or [], key=lambda q: q.start)
        n = max(len(spans), 1)
        units = []
        for i, (a, b) in enumerate(spans):
            piece = clean(text[a:b])
            short = compress(piece, lead=i <= 1)
            u = Unit(d, i, a, b, piece, word_count(piece), i / n, short=short, short_words=word_count(short))
            for q in quotes:
                if q.start < b and q.end > a:
                    u.quoted = True
                    u.speaker = _speaker(q)
                    break
            units.append(u)
        out.append(units)
    _mark_boilerplate(items, out)
    return out


def _mark_boilerplate(items: list[AnalyzedArticle], per_doc: list[list[Unit]]) -> None:
    """A sentence one outlet writes word for word in two of its articles that are not copies
    of each other is its template (an aid agency's "X is an independent medical relief
    organisation ...", a police press office's appeal for witnesses), not news of either."""
    template = repeated_by_outlet((items[d].article.outlet, items[d].article.id, sentence_key(u.text))
                                  for d, units in enumerate(per_doc) if not is_copy(items[d])
                                  for u in units if u.words >= MIN_WORDS)
    if not template:
        return
    for d, units in enumerate(per_doc):
        outlet = items[d].article.outlet
        for u in units:
            if (outlet, sentence_key(u.text)) in template:
                u.boilerplate = True


def citation(item: AnalyzedArticle, start: int, end: int) -> Citation:
    a = item.article
    return Citation(article=a.id, outlet=a.outlet, start=start, end=end, published=a.published)
