"""A reported clause whose subject the parser hung on the cue: "The agency said about a third of
the new cases involved children" ("about a third of ..." as a phrase of "said"), "The coroner
said just because the crossing was lit did not mean ...", "According to Jane Roe, poor sleep
was ..." (the subject taken for an apposition of the source).

The content found is then a bare predicate ("involved children"): a finite verb with no subject
of its own. The phrase written right before it, between the cue and the content, with no comma
in it, is the subject the parse lost, and the content starts with it (PolNeAR marks the whole
clause). A predicate with a subject ("the weapon was his phone") and one after punctuation are
left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _bare_predicate(doc: Doc, a: int, b: int) -> bool:
    """Whether doc[a:b] is headed by a finite verb with no subject (and opens with it or its
    auxiliaries and adverbs)."""
    h = doc[a]
    while a <= h.head.i < b and h.head.i != h.i:
        h = h.head
    if h.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in h.children):
        return False
    finite = h.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
                                          for c in h.children)
    return finite and all(t.i == h.i or t.head.i == h.i and t.dep_ in ("aux", "auxpass", "neg", "advmod")
                          for t in doc[a:h.i + 1])


def restore_cut_subject(doc: Doc, cue: Token, a: int, b: int) -> int:
    """The start of the content doc[a:b] after `cue`, moved back over a subject the parser hung
    on the cue (or made an apposition of its subject); `a` when there is none."""
    if a <= cue.i + 1 or not _bare_predicate(doc, a, b):
        return a
    top = None
    t = doc[a - 1]
    while t.i != cue.i and t.right_edge.i == a - 1 and t.left_edge.i > cue.i \
            and not any(doc[k].is_punct or doc[k].is_space for k in range(t.left_edge.i, a)):
        top = t
        if t.head.i == t.i:
            break
        t = t.head
    if top is None or not (top.head.i == cue.i or top.dep_ == "appos"):
        return a
    if top.sent != cue.sent:
        return a
    return top.left_edge.i


def subject_taken_for_apposition(appos: Token) -> bool:
    """"According to Jane Roe, poor sleep was the main cause": an "apposition" set
    off by a comma before it and none after it, and followed straight away by a finite verb that
    has no subject, is that verb's subject (not a description of the name)."""
    doc = appos.doc
    left, right = appos.left_edge.i, appos.right_edge.i
    if appos.dep_ != "appos" or left == 0 or doc[left - 1].text != "," or right + 1 >= len(doc):
        return False
    nxt = doc[right + 1]
    if nxt.tag_ not in FINITE_TAGS or nxt.sent != appos.sent:
        return False
    verb = nxt if nxt.dep_ not in ("aux", "auxpass") else nxt.head
    return verb.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
