"""'The farm was, as she puts it, “a kingdom of mud and apples”': "as X puts it" set off by
commas in the middle of the writer's sentence tags the quoted words that follow it in that
sentence as X's, a mixed quote of the quoted words (with their marks), "puts" its cue -- as "in
X's words" does (quote_noun.words_of_quote). At a sentence's start, or before a colon, the words
after it are a direct quote of their own ('As one aide put it to me: “...”'), found elsewhere."""

from __future__ import annotations

from spacy.tokens import Token

from storyweave.analyze.quote_context import QuoteContext, make_quote
from storyweave.analyze.quote_speakers import resolve_speaker
from storyweave.model import Quote


def put_it_aside_quote(ctx: QuoteContext, verb: Token) -> Quote | None:
    """The quoted words an "as X puts it" aside tags, or None."""
    if verb.lemma_.lower() != "put" or verb.dep_ != "advcl" or ctx.in_quote[verb.i] >= 0:
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids) \
            or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.lower_ == "it":
        return None
    doc, sent = ctx.doc, verb.sent
    first, last = verb.left_edge.i, verb.right_edge.i
    # set off by commas inside a sentence: ", as she puts it,"
    if first - 1 <= sent.start or doc[first - 1].text != "," or last + 1 >= sent.end or doc[last + 1].text != ",":
        return None
    qi = next((ctx.in_quote[i] for i in range(last + 2, sent.end) if ctx.in_quote[i] >= 0), -1)
    if qi < 0:
        return None
    sp = ctx.spans[qi]
    if not sp.closed or ctx.paragraph(sp.outer_start) != ctx.paragraph(verb.idx):
        return None
    return make_quote(sp.outer_start, sp.outer_end, ctx.text, "mixed", verb, resolve_speaker(ctx, subj))
