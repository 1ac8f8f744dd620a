"""Figures written without their own unit, which the entity tagger leaves bare: a number that
shares the unit of the figure beside it ("cut from 10m euros to 3m", "rose by 5 and 10
percentage points, respectively"), and a fraction of a point written in words ("half a
percentage point", "a quarter of a percentage point").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from storyweave.analyze.claim_context import ClaimContext, make_claim, qualifier_before
from storyweave.analyze.numbers import SCALES, glued_suffix_scale, number_span
from storyweave.model import Claim

Found = tuple[Claim, int, int]  # a claim and the tokens it spans

# "half a", "a quarter of a", "three quarters of a", "a tenth of one" before "percentage point"
_FRACTION = re.compile(
    r"\b(?:(a|one|two|three|four)\s+)?(half|quarters?|thirds?|fifths?|tenths?)\s+(?:of\s+)?(?:a|one)\s+$", re.I)
_DENOMINATOR = {"half": 2, "quarter": 4, "third": 3, "fifth": 5, "tenth": 10}
_NUMERATOR = {None: 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _verb_of(token) -> str:
    """The word a figure is about, as for tagged figures: the head above its prepositions
    ("raised rates by half a percentage point": "raise")."""
    head = token.head
    while head.dep_ in ("prep", "agent") and head.head is not head:
        head = head.head
    return head.lemma_.lower()


def fraction_points(sent: Span, ctx: ClaimContext, taken: set[int]) -> list[Found]:
    """Fractions of a percentage point written in words, as claims in percentage points."""
    doc, out = ctx.doc, []
    for k in range(sent.start, sent.end - 1):
        if doc[k].lower_ != "percentage" or doc[k + 1].lower_ not in ("point", "points") or k in taken:
            continue
        before = ctx.text[sent.start_char:doc[k].idx]
        m = _FRACTION.search(before)
        if m is None:
            continue
        numerator = _NUMERATOR[m.group(1).lower() if m.group(1) else None]
        denominator = _DENOMINATOR[m.group(2).lower().rstrip("s")]
        start_char = sent.start_char + m.start()
        first = next(t.i for t in sent if t.idx >= start_char)
        qual, q_first = qualifier_before(doc, first)
        start = doc[q_first].idx
        end = doc[k + 1].idx + len(doc[k + 1])
        out.append((make_claim("percent", _verb_of(doc[first:k + 2].root), round(numerator / denominator, 4),
                               ctx.text[start:end], start, end, sent, qualifier=qual,
                               unit="percentage points"), first, k + 2))
    return out


def _bare_number(doc, a: int, sent: Span, taken: set[int]) -> tuple[int, int, float] | None:
    """A number at token `a` with no unit of its own, and not part of another figure or a
    date: (first token, end, value), a glued scale suffix or a scale word included."""
    if a < sent.start or a >= sent.end or a in taken:
        return None
    ns = number_span(doc[a])
    if ns is None or ns[0] != a or any(i in taken or doc[i].ent_type_ not in ("", "CARDINAL", "MONEY", "QUANTITY")
                                       for i in range(ns[0], ns[1])):
        return None
    b, value = ns[1], ns[2]
    if b < sent.end and (glued := glued_suffix_scale(doc, b)) != 1.0:
        value, b = value * glued, b + 1
    elif b < sent.end and doc[b].lower_ in SCALES:
        value, b = value * SCALES[doc[b].lower_], b + 1
    return a, b, value


def unit_sharing(found: list[Found], sent: Span, ctx: ClaimContext, taken: set[int]) -> list[Found]:
    """Bare numbers with the unit of the figure they are joined to: by "to" after a sum
    that a "from" opens (a change), or by "and"/"or" before a sum or percentage (a pair or,
    after "between", a range)."""
    doc, out = ctx.doc, []
    for claim, a, b in found:
        if claim.slot not in ("money", "percent") or claim.upper is not None:
            continue
        # after, in a change of a sum: "from 10m euros to 3m" -- not "to 3 people", not "to 3"
        # of a bigger scale, not "jumped 29.9 percent to 21.32" (a percentage's level is another thing)
        opens_change = claim.slot == "money" and a - 1 >= sent.start and doc[a - 1].lower_ == "from"
        if opens_change and b + 1 < sent.end and doc[b].lower_ == "to" and (bare := _bare_number(doc, b + 1, sent, taken)):
            x, y, value = bare
            next_is_noun = y < sent.end and doc[y].pos_ in ("NOUN", "PROPN", "NUM")
            if not next_is_noun and (value >= 1000 or float(claim.value) < 1000):
                out.append((make_claim(claim.slot, claim.subject, value, doc[x:y].text, doc[x].idx,
                                       doc[y - 1].idx + len(doc[y - 1]), sent, unit=claim.unit), x, y))
        # before: "by 5 and 10 percentage points" -- the first of a pair or a range
        if a - 2 >= sent.start and doc[a - 1].lower_ in ("and", "or"):
            k = a - 2
            while k > sent.start and (doc[k - 1].like_num or doc[k - 1].text in (".", ",")) and k - 1 not in taken:
                k -= 1  # the start of a number like "5.5" or "1,500"
            bare = _bare_number(doc, k, sent, taken)
            if bare is not None and bare[1] == a - 1:
                x, y, value = bare
                out.append((make_claim(claim.slot, claim.subject, value, doc[x:y].text, doc[x].idx,
                                       doc[y - 1].idx + len(doc[y - 1]), sent, unit=claim.unit), x, y))
    return out
