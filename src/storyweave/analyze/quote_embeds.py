"""Embedded social posts: web copy prints a post as its text, unquoted, in a paragraph of its
own, then a line signing it with a dash, the account's name, its handle in brackets and the
date ("Proud of every one of you.¶— Jane Roe (@janeroe) March 3, 2026"). The paragraph is a
direct quote of the one the signature names, with no cue. Only a signature with a handle
counts (a dash and a name alone may sign a letter or a poem the direct pass deals with), and
only a paragraph with no quotation marks of its own (a quoted one is the direct pass's).
"""

from __future__ import annotations

import bisect
import re

from storyweave.analyze.quote_context import QuoteContext, Speaker, make_quote
from storyweave.analyze.quote_speakers import resolve_speaker
from storyweave.model import Quote

# "— Jane Roe (@janeroe) March 3, 2026" on a line of its own (the date may be left out)
EMBED_SIGNATURE = re.compile(
    r"(?m)^[^\S\n]*[\u2014\u2013-]{1,2}[^\S\n]*([^\n()@]{2,60}?)[^\S\n]*\(@\w{1,30}\)"
    r"(?:[^\S\n]+(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}))?[^\S\n]*$")
QUOTE_MARKS = frozenset("\"“”‘’")


def embedded_posts(ctx: QuoteContext) -> list[Quote]:
    """Each embedded post's text as a direct quote of the account the signature names."""
    text = ctx.text
    starts = ctx.paragraph_starts
    out = []
    for m in EMBED_SIGNATURE.finditer(text):
        para = ctx.paragraph(m.start(1))
        if para == 0:
            continue
        a = starts[para - 1]
        b = text.find("\n", a)
        b = starts[para] if b < 0 else b
        while b > a and text[b - 1].isspace():
            b -= 1
        post = text[a:b]
        if not post.strip() or any(c in QUOTE_MARKS for c in post):
            continue  # an empty line, or quoted words the direct pass attributes
        out.append(make_quote(a, b, text, "direct", None, _signer(ctx, m.start(1), m.end(1))))
    return out


def _signer(ctx: QuoteContext, start: int, end: int) -> Speaker:
    """The person or body the signature's name is, as written."""
    first = bisect.bisect_left(ctx.tok_starts, start)
    last = bisect.bisect_left(ctx.tok_starts, end)
    toks = ctx.doc[first:last]
    if len(toks):
        head = next((t for t in toks if not (first <= t.head.i < last) or t.head.i == t.i), toks[-1])
        speaker = resolve_speaker(ctx, head)
        if start <= speaker.start and speaker.end <= end:
            return speaker
    return Speaker(ctx.text[start:end], start, end)
