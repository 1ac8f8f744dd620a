"""'The release notes state that dark mode is the default': the tagger reads the plural noun
ending the subject ("notes", "minutes", "records") as the verb, and the real verb after it as
its object. The verb after it, a reporting verb with the "that" clause hung on the noun, is the
cue; the noun phrase up to the noun is the speaker (a document, named as written)."""

from __future__ import annotations

from spacy.tokens import Token

from storyweave.analyze.quote_context import (
    QuoteContext,
    Speaker,
    make_quote,
    trim_chars,
)
from storyweave.model import Quote

# what a document's subject may do with a "that" clause ("The release notes state that ...")
DOCUMENT_VERBS = frozenset({"state", "say", "show", "suggest", "confirm", "reveal", "warn", "claim", "allege"})


def noun_read_as_verb(ctx: QuoteContext, tok: Token) -> Quote | None:
    """The quote of "X notes state that ...", where the tagger made "notes" the verb, or None."""
    if tok.tag_ != "VBZ" or tok.i + 1 >= len(ctx.doc) or ctx.in_quote[tok.i] >= 0:
        return None
    verb = ctx.doc[tok.i + 1]
    if verb.head.i != tok.i or verb.dep_ != "dobj" or verb.tag_ not in ("VBP", "VB") \
            or verb.lemma_.lower() not in DOCUMENT_VERBS or any(True for _ in verb.children):
        return None
    clause = next((c for c in tok.rights if c.dep_ == "ccomp" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ == "that" and m.i == verb.i + 1 for m in c.children)), None)
    subj = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
    if clause is None or subj is None or subj.pos_ != "NOUN":
        return None
    doc = ctx.doc
    s, e = trim_chars(ctx.text, doc[verb.i + 1].idx, doc[clause.right_edge.i].idx + len(doc[clause.right_edge.i]))
    a = doc[subj.left_edge.i].idx
    speaker = Speaker(ctx.text[a:tok.idx + len(tok)], a, tok.idx + len(tok))
    kind = "mixed" if any(ctx.in_quote[i] >= 0 for i in range(verb.i + 1, clause.right_edge.i + 1)) else "indirect"
    return make_quote(s, e, ctx.text, kind, verb, speaker)
