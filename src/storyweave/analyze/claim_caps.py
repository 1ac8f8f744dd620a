"""Claims of a line set in capitals: "AT LEAST 10 KILLED IN DEADLY BLAST", "TWO DEAD, 16
INJURED IN NIGHTCLUB SHOOTING" (headlines of news digests and wire summaries), also
when the text runs on after it without a line break.

The tagger reads every word of such a line as a proper noun, so no count or time can be
read off its parse. The line is parsed again in lower case (its first letter kept upper
case when the line opens with a word), which the parser reads as an ordinary sentence;
lower-casing keeps every character in place, so the claims' offsets are those of the
article text. The extra parse costs little: such lines are rare and short.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from storyweave.analyze.claim_context import ClaimContext
from storyweave.analyze.claim_counts import count_claims
from storyweave.analyze.claim_when import when_claims
from storyweave.model import Claim, Timex

# a run of words without a lower-case letter, from the start of the text
_CAPS_RUN = re.compile(r"[^a-z\u00df-\u00ff\s]*(?:\s+[^a-z\u00df-\u00ff\s]+)*")
_WORD = re.compile(r"[A-Z\u00c0-\u00de]{2,}")


def caps_prefix(text: str) -> int:
    """Length of the opening run of `text` in capitals, when it holds at least three words
    of two or more capitals; 0 otherwise. A run that stops inside a word ("SHOOTING Three":
    the run ends before "Three") ends at the last space."""
    m = _CAPS_RUN.match(text)
    end = m.end() if m else 0
    if end < len(text) and not text[end].isspace():
        end = text.rfind(" ", 0, end) + 1 if " " in text[:end] else 0
    return end if len(_WORD.findall(text[:end])) >= 3 else 0


def caps_claims(seg: Span, ctx: ClaimContext) -> tuple[list[Claim], int]:
    """Counts and times of the part of `seg` in capitals, read off a lower-case parse of it,
    and the offset where that part ends (`seg`'s start when it has none)."""
    from storyweave.analyze.nlp import load_nlp  # cached per process; only for such lines

    text = ctx.text[seg.start_char : seg.end_char]
    n = caps_prefix(text)
    caps = text[:n].rstrip()
    low = caps.lower()
    if not caps or len(low) != len(caps):  # a letter whose lower case is longer: offsets would move
        return [], seg.start_char
    if low[:1].isalpha():
        low = low[0].upper() + low[1:]
    doc = load_nlp()(low)
    off, end = seg.start_char, seg.start_char + len(caps)
    timexes = [Timex(t.text, t.start - off, t.end - off, t.type, t.value) for t in ctx.timexes
               if off <= t.start and t.end <= end]
    sub = ClaimContext(doc, [], [], timexes, ctx.published)
    out: list[Claim] = []
    for sent in doc.sents:
        for extract in (count_claims, when_claims):
            for claim in extract(sent, sub):
                claim.start, claim.end = claim.start + off, claim.end + off
                claim.sentence_start, claim.sentence_end = claim.sentence_start + off, claim.sentence_end + off
                claim.display = ctx.text[claim.start : claim.end]
                out.append(claim)
    return out, end
