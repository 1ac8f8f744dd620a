"""Votes as news tells a result: "passed by 34 votes to 21", "rejected by a vote of 12 to 9",
"34 votes in favour". Each side is a figure of its own (`quantity`, unit "votes"): the
votes for and the votes against are two numbers, never a range."""

from __future__ import annotations

from spacy.tokens import Span

from storyweave.analyze.claim_context import ClaimContext, make_claim, qualifier_before
from storyweave.analyze.numbers import number_span
from storyweave.model import Claim

_VOTE_NOUNS = ("vote", "votes")


def _number_at(doc, k: int, sent: Span) -> tuple[int, int, float] | None:
    """The number that starts at token k, when one does."""
    if not sent.start <= k < sent.end:
        return None
    ns = number_span(doc[k])
    return ns if ns is not None and ns[0] == k else None


def vote_claims(sent: Span, ctx: ClaimContext) -> list[Claim]:
    doc = ctx.doc
    found: list[tuple[int, int, float]] = []
    for tok in sent:
        if tok.lower_ not in _VOTE_NOUNS:
            continue
        k = tok.i
        # "34 votes": the number just before the noun
        before = number_span(doc[k - 1]) if k - 1 >= sent.start else None
        if before is not None and before[1] == k and tok.lower_ == "votes":
            found.append(before)
            # "... votes to 21": the other side, after "to"
            if k + 1 < sent.end and doc[k + 1].lower_ == "to" and (after := _number_at(doc, k + 2, sent)):
                found.append(after)
            # "212,205 to 210,424 votes": the other side, before "to"
            elif before[0] - 2 >= sent.start and doc[before[0] - 1].lower_ in ("to", "-", "\u2013") and \
                    (other := number_span(doc[before[0] - 2])) is not None and other[1] == before[0] - 1:
                found.insert(len(found) - 1, other)
        # "a vote of 12 to 9" (also "12-9")
        elif k + 1 < sent.end and doc[k + 1].lower_ == "of" and (first := _number_at(doc, k + 2, sent)):
            link = first[1]
            if link < sent.end and doc[link].lower_ in ("to", "-", "\u2013") and \
                    (second := _number_at(doc, link + 1, sent)):
                found += [first, second]
    out: list[Claim] = []
    for a, b, value in dict.fromkeys(found):
        if value < 0 or not float(value).is_integer():
            continue
        qual, q_start = qualifier_before(doc, a)
        start, end = doc[q_start].idx, doc[b - 1].idx + len(doc[b - 1])
        head = doc[a].head
        while head.dep_ in ("prep", "pobj", "nummod", "agent") and head.head.i != head.i:
            head = head.head  # "approved ... by 34 votes": the verb that was voted
        out.append(make_claim("quantity", head.lemma_.lower(), int(value), ctx.text[start:end], start, end, sent,
                              qualifier=qual, unit="votes"))
    return out
