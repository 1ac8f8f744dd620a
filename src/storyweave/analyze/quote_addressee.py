"""Who was told, when the parser takes an -ing adjective on them for a verb.

"told cheering supporters that ...", "told waiting reporters that ...": the parser makes the
-ing word an xcomp of the cue with the addressee as its object, and may hang the reported clause
on it. The -ing word and its noun are who was told; only the clause after them is the report.
"""

from __future__ import annotations

from spacy.tokens import Token


def participle_addressee_clause(verb: Token, xcomp: Token) -> Token | None:
    """The reported clause after "told <-ing adjective> <noun>" (hung on the cue or on the -ing
    word), or None when `xcomp` is no such -ing adjective on the one told."""
    if xcomp.tag_ != "VBG" or xcomp.i != verb.i + 1:
        return None
    obj = next((c for c in xcomp.children if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != xcomp.i + 1 or obj.pos_ not in ("NOUN", "PROPN") \
            or any(c.i > obj.right_edge.i and c.dep_ != "ccomp" for c in xcomp.rights):
        return None
    # the clause starts right after the noun phrase, whichever word the parser hung it on
    clauses = [c for c in list(verb.rights) + list(xcomp.rights)
               if c.dep_ == "ccomp" and c.left_edge.i == obj.right_edge.i + 1]
    return clauses[0] if clauses else None
