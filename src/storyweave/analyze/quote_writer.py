"""The writer's own formulas that look like a report: "..., the Courier can reveal".

A paper that "can reveal" (or "can report", "can disclose") what it found, after the clause it
found, is the writer telling the reader where the news comes from, as "the Times has learned"
(no cue verb) is: no speaker's words. The clause before it keeps its own reports ("Engineers
warned that ..., the Courier can reveal" is the engineers'). A source that "can confirm" stays
a report ("Police can confirm a man was arrested"): officials say it of their own words.

A paper that "asks" a question of nobody in particular, in the present tense ("The Gale asks:
who was checking this bridge?", "Today the Echo asks why ..."), is the writer putting the
question to the reader: a title with "the" and no body's or person's head word, no one asked.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyweave.analyze.lexicon import org_heads

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


ADDRESSEES = frozenset({"dobj", "dative", "iobj"})


def outlet_asks(verb: Token) -> bool:
    """True for a paper's own question: "The Gale asks: ...", "the Hollowmere Echo asks why ..."
    (present tense, nobody asked, the subject a title "the X" whose head is no body's word
    such as "Council" or "Board"; no person is named with "the", whatever the tagger says)."""
    if verb.lemma_.lower() != "ask" or verb.tag_ != "VBZ":
        return False
    if any(c.dep_ in ADDRESSEES or c.dep_ in ("aux", "neg") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i or subj.tag_ != "NNP":
        return False
    words = list(subj.subtree)
    if words[0].lower_ != "the" or not all(w.text.istitle() and w.tag_ == "NNP" for w in words[1:]):
        return False
    return subj.lower_ not in org_heads()
