"""A "that" clause after the occasion of saying, written before it (round 29).

"The governor said while addressing journalists in Okanla that salaries would be paid", "The
minister told reporters after inspecting the site that the bridge would be ready": the parser
hangs the "that" clause on the participle of the occasion ("addressing", "inspecting"), or on
that participle's object as a relative clause, so the cue has no complement. When the cue has
none of its own, such a clause is what the cue reports.

Left alone: a participle that takes a "that" clause of its own (a cue or a verb of learning:
"left after hearing that his son was safe" is heard, not said), a true relative clause (its
"that" is its subject or object, not a mark: "after inspecting the site that flooded").
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs of learning and finding whose "that" clause is their own ("after hearing that ...")
LEARNING_VERBS = frozenset({"hear", "learn", "read", "see", "find", "know", "realise", "realize", "discover",
                            "notice", "note", "understand", "confirm", "establish", "show", "prove", "reveal"})
OCCASION_MARKS = frozenset({"while", "when", "after", "before", "upon", "on", "during", "in"})


def _that_clause(clause: Token) -> bool:
    """A finite clause opened by "that" as a mark, with a subject of its own."""
    return (any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i for m in clause.children)
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children))


def _participles(verb: Token) -> list[Token]:
    """The -ing participles of occasion phrases after the cue: "while addressing ...", "after
    inspecting ..." (an advcl, or the pcomp of a preposition)."""
    found = []
    for child in verb.rights:
        if child.dep_ == "advcl" and child.tag_ == "VBG" \
                and any(m.dep_ == "mark" and m.lower_ in OCCASION_MARKS for m in child.children):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in OCCASION_MARKS:
            found.extend(c for c in child.children if c.dep_ == "pcomp" and c.tag_ == "VBG")
    return found


def occasion_that_clause(verb: Token, cue_lemmas: frozenset[str]) -> Token | None:
    """The "that" clause the parser hung inside an occasion phrase of the cue `verb`, or None."""
    for part in _participles(verb):
        lemma = part.lemma_.lower()
        if lemma in cue_lemmas or lemma in LEARNING_VERBS:
            continue
        for c in part.rights:
            if c.dep_ == "ccomp" and _that_clause(c):
                return c
            if c.dep_ == "dobj":
                for r in c.rights:
                    if r.dep_ in ("relcl", "acl") and _that_clause(r):
                        return r
    return None


def occasion_before_that(clause: Token, start: int) -> int:
    """Where a "that" clause's report starts when the parser hung the occasion of saying inside
    it, before its "that": "said while speaking with journalists in Umuaro on Tuesday that the
    state had ..." (the occasion is the cue's, the report opens at "that"). `start` is returned
    unchanged unless the words before the mark are only occasion phrases of the clause's head."""
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
    if mark is None or mark.i <= start:
        return start
    lead = [c for c in clause.children if c.i < mark.i and c.dep_ != "mark"]
    if not lead or any(c.dep_ not in ("advcl", "prep", "npadvmod") for c in lead):
        return start  # a subject or anything else before "that": leave the parse alone
    if min(c.left_edge.i for c in lead) != start or max(c.right_edge.i for c in lead) + 1 != mark.i:
        return start
    first = min(lead, key=lambda c: c.i)
    opens = first if first.dep_ == "prep" else next((m for m in first.children if m.dep_ == "mark"), None)
    if opens is None or opens.lower_ not in OCCASION_MARKS:
        return start
    return mark.i
