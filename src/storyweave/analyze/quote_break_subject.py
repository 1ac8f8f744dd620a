"""'Updated at 5.30pm¶¶The fire service said ...': the parser runs a live blog's stamp line into
the paragraph after it and hangs the paragraph's opening noun phrase on the stamp ("at ...
service"), leaving the cue with no subject. The noun phrase that opens the cue's own paragraph,
right before the cue, is its subject."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from storyweave.analyze.quote_context import QuoteContext, Speaker
from storyweave.analyze.quote_speakers import resolve_speaker

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def subject_across_break(ctx: QuoteContext, verb: Token) -> Speaker | None:
    """The speaker of a subjectless cue whose paragraph opens with a noun phrase right before
    it that the parser hung on the line before; None otherwise."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = ctx.doc
    para_start = ctx.paragraph_starts[ctx.paragraph(verb.idx)]
    if para_start == 0:
        return None
    first = next((t.i for t in doc[verb.sent.start:verb.i] if t.idx >= para_start), None)
    if first is None or first == verb.i or doc[first].sent.start == first:
        return None  # (a sentence of its own: the parse kept the paragraph apart)
    words = doc[first:verb.i]
    heads = [t for t in words if not (first <= t.head.i < verb.i)]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].head.i >= first:
        return None  # not one noun phrase hung on the line before
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
        return None
    sp = resolve_speaker(ctx, heads[0])
    a, b = doc[first].idx, words[-1].idx + len(words[-1])
    if sp.start < a or sp.end > b:
        # the mention ran back into the stamp: the paragraph's words alone
        mention = ctx.text[a:b]
        return dataclasses.replace(sp, mention=mention, start=a, end=b) if sp.name is not None \
            and sp.name in mention else Speaker(mention, a, b)
    return sp
