"""Two reporting forms built on verbs that report nothing alone (round 31): a retort with a
"that" clause ("the union shot back that ...", "hit back that", "fired back that": "back" read
by the parser as an adverb, so no phrasal particle), and a question put as a wish to know
("wanted to know whether ...", "wished to know why ..."), reported as "demanded to know" is."""

from __future__ import annotations

from spacy.tokens import Token

RETORT_VERBS = frozenset({"hit", "fire", "shoot"})
WISH_VERBS = frozenset({"want", "wish"})
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "who", "where"})


def back_after(verb: Token) -> Token | None:
    """'shot back': the "back" right after a retort verb, whatever the parser tagged it."""
    doc = verb.doc
    if verb.lemma_.lower() in RETORT_VERBS and verb.i + 1 < len(doc):
        nxt = doc[verb.i + 1]
        if nxt.lower_ == "back" and nxt.head.i == verb.i:
            return nxt
    return None


def retort_that(verb: Token) -> bool:
    """'X shot back that ...': a retort verb with "back" and a clause opened by "that"."""
    return back_after(verb) is not None and any(
        c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children)


def wish_to_know(verb: Token) -> bool:
    """'X wanted to know whether ...': "want"/"wish" + "to know" + a question clause right
    after (the question is the report, as after "demanded to know")."""
    if verb.lemma_.lower() not in WISH_VERBS:
        return False
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() == "know" and c.i == verb.i + 2 and doc[verb.i + 1].lower_ == "to":
            return c.i + 1 < len(doc) and doc[c.i + 1].lower_ in QUESTION_WORDS
    return False
