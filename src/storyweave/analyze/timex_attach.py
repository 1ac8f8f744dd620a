"""Where a time expression hangs in its sentence's parse: on a noun or on a verb, and which clause.

A timeline dates a sentence by one of its time expressions; which one depends on
what each expression is attached to:

- a time that modifies a noun ("the 2032 budget", "next year's election", "a plan for
  next year", "a deadline of March 31") tells the time of that thing, not when the
  clause's event happened;
- a time of a main clause (the root, a clause coordinated with it, or, under a
  reporting root, "X happened on Monday, police said on Tuesday", the reported clause:
  `clause` "main", the reporting root "report") dates the sentence's event;
- a time of an adverbial, participial or infinitive clause ("after the alarm sounded at
  2.10am", "arrested on Saturday") dates another, subordinate event (`clause` "sub"); one
  of a relative clause ("who were moved out on Monday", "the quake that hit eleven days
  ago") in a sentence not told in the past tells about a noun of the sentence, not
  its news (`clause` "relative");
- a time of the noun of a "since" phrase ("the first departure since the budget a week ago")
  tells when a period began (`clause` "period", set by `analyze.timex`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

MAIN, REPORT, SUB, RELATIVE, PERIOD = "main", "report", "sub", "relative", "period"

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
    clause: str | None  # MAIN, REPORT, SUB, RELATIVE; None without a verb above it
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
    verb = _verb_above(tok)
    for _ in range(4):
        if verb is None or not (verb.dep_ in ("acl", "relcl") and verb.head is not verb
                                and _is_time_token(verb.head, in_timex)):
            return verb
        verb = _verb_above(verb.head)
    return verb


def _clause(verb: Token) -> str:
    if verb.dep_ == "ROOT":
        # "police said on Tuesday" over a clausal complement: the root reports, the complement happened
        return REPORT if any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in verb.children) else MAIN
    if verb.dep_ in ("ccomp", "conj") and verb.head.dep_ == "ROOT":
        return MAIN  # what was reported; a main clause coordinated with the first
    if verb.dep_ == "relcl" and not _told_in_the_past(verb.head):
        # "the UK has frozen deals until the sailors, who were detained on March 23, are freed":
        # a noun's past, not the news; in a story told in the past, the clause carries the news
        # ("a dryer started a fire that gutted a house on Tuesday night")
        return RELATIVE
    return SUB


def _told_in_the_past(tok: Token) -> bool:
    """The verb the noun `tok` hangs on is in the past, not the perfect ("started", "were
    raised", not "has frozen")."""
    verb = _verb_above(tok)
    return verb is not None and (verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                           for c in verb.children))


# "14 cases reported since 27 May": the day a period began, not the day of the sentence's event
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)


def opens_period(text: str, start: int) -> bool:
    """The time expression at `start` follows "since": when a state began, not an event's time."""
    return bool(_SINCE.search(text[max(0, start - 12):start]))


_NP_PREPS = {"on", "in", "of", "at"}


def in_since_phrase(span: Span) -> bool:
    """The expression dates the noun of a "since" phrase ("the first departure since the budget a
    week ago", "the first sailing since the strike on May 2", "the biggest rise since the crash
    in 2029"): the day a period began, not the sentence's event. The parser hangs such a time
    on the noun (inside the phrase) or, as often, on the verb right after it ("a week ago")."""
    tok = span.root
    for _ in range(8):  # inside: up through nouns and prepositions to "since", stopping at a verb
        if tok.head is tok or _is_verb(tok):
            break
        tok = tok.head
        if _since_prep(tok):
            return True
    # right after: "since", a noun phrase, then the expression (a preposition apart); read by
    # parts of speech, as the parser takes a sentence's first "Since the storm on Monday, ..."
    # for a clause
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in _NP_PREPS:
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN"):
        return False
    for _ in range(_NP_WORDS):
        i -= 1
        if i < 0:
            return False
        if doc[i].lower_ == "since":
            return True
        if doc[i].pos_ not in _NP_POS:
            return False
    return False


_NP_WORDS = 6
_NP_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"}  # "the", "Caddow", "club" "'s", "first"


def _since_prep(tok: Token) -> bool:
    return tok.lower_ == "since" and tok.dep_ == "prep"


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass")


# Adverbs of habit: a time under them is when something is done as a rule ("never leave a
# dryer running overnight", "he always walks the dog at 6am"), not when it happened.
_HABITUAL = {"never", "always", "usually", "normally", "typically", "generally", "routinely", "often"}
# verbs and predicates of opening hours: "the rest centre is open from 9am to 7pm", "buses run
# from 6am"; not "open" or "close", whose present tells the day's fixture as often ("polls
# close at 10pm", "the exhibition opens at 7pm")
_SCHEDULE_VERBS = {"run", "operate", "serve"}
_SCHEDULE_PREDICATES = {"open", "closed", "staffed", "available"}


def is_generic(verb: Token | None, clock_only: bool, habit_verbs: set[int]) -> bool:
    """A time of advice, habit or opening hours, true on any day: the clause's verb (or one it
    hangs under through an infinitive, participle or coordinated clause) is marked by an
    adverb of habit, not "never" in the past ("he never came home on Monday" tells that
    night); or shares its clause with a recurring time ("every day": `habit_verbs`, the verbs
    of such expressions); or, for a clock time with no day (`clock_only`), is a present tense
    of opening hours ("the centre is open from 9am to 7pm")."""
    tok = verb
    for _ in range(4):
        if tok is None:
            return False
        if tok.i in habit_verbs:
            return True
        for c in tok.children:
            if c.dep_ in ("neg", "advmod") and c.lower_ in _HABITUAL:
                return not (c.lower_ == "never" and _past(tok))
        if clock_only and tok is verb and _schedule(tok):
            return True
        if tok.dep_ not in ("acl", "xcomp", "conj") or tok.head is tok:
            return False
        tok = _verb_above(tok.head)
    return False


def finite_above(verb: Token) -> Token:
    """The finite verb a participle hangs on ("Buoyed by Monday's vote, the council is pressing
    ahead", "the family of a man killed in a fall in March is suing", "completed its offer, with
    holders tendering by the Tuesday deadline", "had rejected in talks following the May 2029
    truce"): a noun's time in the participle's phrase belongs to a sentence told in that
    verb's tense."""
    tok = verb
    for _ in range(4):
        if tok.tag_ not in ("VBN", "VBG") or tok.dep_ in ("ROOT", "conj", "ccomp", "relcl") \
                or any(c.dep_ in ("aux", "auxpass", "mark") for c in tok.children) or tok.head is tok:
            return tok
        above = _verb_above(tok.head)
        if above is None:
            return tok
        tok = above
    return tok


def _verb_above(tok: Token) -> Token | None:
    """The first verb (not an auxiliary) at or above `tok`."""
    for _ in range(16):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)) \
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _schedule(verb: Token) -> bool:
    """A present tense of opening hours, no auxiliary ("will", "has"): "is open", "runs"."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.lemma_.lower() in _SCHEDULE_VERBS:
        return True
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _SCHEDULE_PREDICATES for c in verb.children)
