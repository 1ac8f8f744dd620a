"""Sentence compression for briefs: delete what a brief never needs, add nothing.

Only deletions that keep the sentence's claim and its attribution intact:
- a dateline before the lead ("Tuesday, May 4, 2010", "SPRINGVALE, Ontario –");
- a list bullet ("* ", "- ");
- short parentheticals ("(04:12 UTC)", "(about 6 miles)", "(ICAO)");
- a discourse connective that points at a sentence the brief may not carry
  ("However, ", "Meanwhile, ").
Attributions ("police said", "according to the agency") are kept: who says a thing is
part of what a fact-checker needs. Every compression is a subsequence of the words of
the sentence it came from (the first letter may be upper-cased).
"""

from __future__ import annotations

import re

from storyweave.analyze.datelines import DATELINE

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
# "Tuesday, May 4, 2010" / "4 May 2010" / "May 4, 2010", glued to the lead or not
_DATE_LINE = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}),?\s+\d{{4}}\s*(?:[–—-]+\s*)?(?=[A-Z\"“])"
)
# "SPRINGVALE, Ontario – ", "PORT ALDER (Agency) — ", wire copy's "PORT ALDER _ ": a few
# capitalised words then a dash
_PLACE_LINE = re.compile(
    r"^[A-Z][\w.'’]*(?:[ ,]+[A-Z][\w.'’]*){0,4}(?:\s*\([^()]{1,40}\))?\s*(?:[–—_]|--?)\s+(?=[A-Z\"“])"
)
_BULLET = re.compile(r"^(?:[*•·▪-]\s+)+")
# an aside set off by a space before and a space or punctuation after ("x (y) z", "x (y),")
_PAREN = re.compile(r"\s+\(([^()]{1,80})\)(?=[\s,.;:!?]|$)")
_CONNECTIVE = re.compile(
    r"^(?:However|Meanwhile|Additionally|Furthermore|Moreover|Nevertheless|Nonetheless|In addition|"
    r"Also|Still|Besides|Previously|Separately|Elsewhere|In the meantime),\s+(?=\w)"
)
MAX_PAREN_WORDS = 10


def _drop_parentheticals(text: str) -> str:
    """Short asides in brackets; never a quotation, never the sentence's opening."""

    def repl(m: re.Match) -> str:
        inner = m.group(1)
        if m.start() == 0 or len(inner.split()) > MAX_PAREN_WORDS or any(q in inner for q in "\"“”"):
            return m.group(0)
        return ""

    return _PAREN.sub(repl, text)


def compress(text: str, lead: bool = False) -> str:
    """A shorter form of one (whitespace-normalised) sentence; `lead`: it opens its article,
    where datelines sit."""
    out = _BULLET.sub("", text)
    out = _DATE_LINE.sub("", out)
    if lead:
        m = DATELINE.match(out)  # "DELLMOOR, Sept 16 (CNA) - ", as the analysis reads datelines
        if m and m.end() < len(out) and (out[m.end()].isupper() or out[m.end()] in "\"“"):
            out = out[m.end():]
        out = _PLACE_LINE.sub("", out)
    out = _CONNECTIVE.sub("", out)
    out = _drop_parentheticals(out)
    out = re.sub(r"\s+([,.;:!?])", r"\1", out)
    out = " ".join(out.split())
    if out[:1].islower():
        out = out[0].upper() + out[1:]
    return out or text
