"""Where a time expression hangs in its sentence's parse: on a noun or on a verb, and which clause.

A timeline dates a sentence by one of its time expressions; which one depends on
what each expression is attached to:

- a time that modifies a noun ("the 2032 budget", "next year's election", "a plan for
  next year", "a deadline of March 31") tells the time of that thing, not when the
  clause's event happened;
- a time of a main clause (the root, a clause coordinated with it, or, under a
  reporting root, "X happened on Monday, police said on Tuesday", the reported clause:
  `clause` "main", the reporting root "report") dates the sentence's event;
- a time of a relative, adverbial, participial or infinitive clause ("who were moved
  out on Monday", "after the alarm sounded at 2.10am", "arrested on Saturday") dates
  another, subordinate event (`clause` "sub").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

MAIN, REPORT, SUB = "main", "report", "sub"

# dependents of a noun that describe it (before it: "2032 budget", "next year's election")
_NOUN_MODIFIERS = {"compound", "nummod", "amod", "nmod", "poss", "appos", "npadvmod"}
# nouns that are themselves times: "the morning of March 9" keeps its time on the clause
_TIME_NOUNS = {
    "morning", "afternoon", "evening", "night", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "hour", "hours", "minute", "minutes", "weekend", "time", "date",
}


@dataclass(frozen=True)
class Attachment:
    modifies_noun: bool
    clause: str | None  # MAIN, REPORT, SUB; None without a verb above it
    verb: Token | None  # the verb whose clause holds the expression


def attachment(span: Span, in_timex: set[int]) -> Attachment:
    """How `span` (a time expression) attaches; `in_timex` holds the token indexes of all time expressions."""
    tok = span.root
    noun = _modifies_noun(tok, in_timex)
    verb = _governing_verb(tok, in_timex)
    return Attachment(noun, _clause(verb) if verb is not None else None, verb)


def _is_time_token(tok: Token, in_timex: set[int]) -> bool:
    return tok.i in in_timex or tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _TIME_NOUNS


def _modifies_noun(tok: Token, in_timex: set[int]) -> bool:
    """The expression's head word depends on a noun (directly, or through a preposition)."""
    head = tok.head
    if head is tok:
        return False
    if tok.dep_ in _NOUN_MODIFIERS and head.pos_ in ("NOUN", "PROPN"):
        return not _is_time_token(head, in_timex)
    if tok.dep_ == "pobj" and head.pos_ == "ADP" and head.dep_ == "prep":
        head = head.head  # "a plan for next year", "a deadline of March 31"
    elif tok.dep_ != "npadvmod":
        return False
    if head.pos_ == "ADJ" and head.dep_ == "amod":
        head = head.head  # "bonds due Oct. 15": a thing's date through its adjective
    return head is not tok and head.pos_ in ("NOUN", "PROPN") and not _is_time_token(head, in_timex)


def _governing_verb(tok: Token, in_timex: set[int]) -> Token | None:
    """The first verb (not an auxiliary) above `tok`, through nouns and prepositions.

    A verb that describes another time ("the quarter ended Sept. 30") belongs to that
    time's clause: the walk goes on above it.
    """
    for _ in range(16):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            if not (tok.dep_ in ("acl", "relcl") and _is_time_token(tok.head, in_timex) and tok.head is not tok):
                return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _clause(verb: Token) -> str:
    if verb.dep_ == "ROOT":
        # "police said on Tuesday" over a clausal complement: the root reports, the complement happened
        return REPORT if any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in verb.children) else MAIN
    if verb.dep_ in ("ccomp", "conj") and verb.head.dep_ == "ROOT":
        return MAIN  # what was reported; a main clause coordinated with the first
    return SUB
