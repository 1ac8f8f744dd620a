"""The writer's own formulas that look like a report: "..., the Courier can reveal".

A paper that "can reveal" (or "can report", "can disclose") what it found, after the clause it
found, is the writer telling the reader where the news comes from, as "the Times has learned"
(no cue verb) is: no speaker's words. The clause before it keeps its own reports ("Engineers
warned that ..., the Courier can reveal" is the engineers'). A source that "can confirm" stays
a report ("Police can confirm a man was arrested"): officials say it of their own words.
"""

from __future__ import annotations

from spacy.tokens import Token

WRITERS_VERBS = frozenset({"reveal", "report", "disclose"})


def writers_formula(verb: Token) -> bool:
    """True for "can reveal"/"can report" closing a sentence after a comma, the clause it
    would report standing before it."""
    if verb.lemma_.lower() not in WRITERS_VERBS or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(c.i > verb.i and c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in verb.children):
        return False  # "We can reveal that ...": the report comes after, the formula opens it
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i:
        return False
    doc = verb.doc
    k = subj.left_edge.i - 1
    return k > verb.sent.start and doc[k].text == ","
