"""The occasion of saying, written at the end of a reported clause (round 28).

"The governor said the roads would be fixed while addressing journalists in Alokoja", "Dr Roe
disclosed that 40 cases had been recorded in a chat with our correspondent on Sunday", "The MP
said the bill would be debated in an interview with Coast FM": the parser hangs the phrase on
the reported clause's verb, but it tells when and how the cue's words were said (the writer's
frame, as "said in a statement that ..." before the clause), not what was said. Papers in
Nigeria, Ghana, Kenya and Pakistan write it after the clause as often as before it.

Left alone: a phrase whose verb is itself the making of words or a cue ("the remarks were made
in an interview", "she will be asked about it in an interview"), one after a past event of the
clause's own ("he had been misquoted in an interview with the Gazette"), "at a press conference"
(what will be announced there is reported), and one that is not the clause's last words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyweave.analyze.quote_context import QuoteContext

# "while addressing journalists", "when speaking to reporters": meeting an audience
AUDIENCE_VERBS = frozenset({"address", "speak", "talk", "brief", "answer", "field", "chat", "interact", "respond"})
# "in an interview with Coast FM", "in a chat with our correspondent" (not "at a press conference":
# what will be unveiled or announced there is part of the report)
OCCASION_NOUNS = frozenset({"interview", "chat"})
OCCASION_PREPS = frozenset({"in", "during"})
# verbs of making or airing words: their own occasion phrase is part of what is said
MAKING_VERBS = frozenset({"make", "say", "give", "publish", "air", "broadcast", "hold", "deliver", "record",
                          "conduct", "tell", "issue", "release", "post", "grant", "cancel", "interrupt",
                          "appear", "present", "unveil", "discuss"})
TIME_TAIL_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct"})


def _runs_to_end(doc: Doc, phrase: Token, b: int) -> bool:
    """The phrase (with time phrases after it on the same verb: "... on Monday") ends the content."""
    end = phrase.right_edge.i + 1
    for sib in phrase.head.rights:
        if sib.i < end:
            continue
        if sib.i != end or sib.dep_ not in TIME_TAIL_DEPS:
            break
        if sib.dep_ == "prep" and not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in sib.subtree):
            break
        end = sib.right_edge.i + 1
    while end < b and doc[end].is_punct:
        end += 1
    return end >= b


AUDIENCE_NOUNS = frozenset({"journalist", "reporter", "newsman", "newsmen", "correspondent", "press", "media",
                            "stakeholder", "supporter", "delegate", "delegation", "crowd", "audience",
                            "resident", "student", "worker", "member", "official", "leader", "youth", "woman",
                            "farmer", "trader", "congregation", "party", "gathering", "rally", "meeting",
                            "ceremony", "conference", "briefing", "summit", "forum"})


def _audience(verb: Token) -> bool:
    """"addressing journalists", "speaking with our correspondent", "briefing newsmen": the
    participle names who heard the words (a topic, "talking about her son", names none)."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in AUDIENCE_NOUNS:
            return True
        if c.dep_ == "prep" and c.lower_ in ("to", "with", "at") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in AUDIENCE_NOUNS for p in c.children):
            return True
    return False


def _future_or_present(clause: Token) -> bool:
    """A clause of what will be or is ("would be debated", "is ready"): no past event of its own
    that could have happened at the occasion ("he first met her at a press conference")."""
    if clause.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ in ("MD", "VBZ", "VBP")) for c in clause.children)


def occasion_start(ctx: QuoteContext, a: int, b: int) -> int:
    """Where an occasion of saying closing the content doc[a:b] starts (b when there is none)."""
    doc = ctx.doc
    for i in range(a + 3, b - 1):
        t = doc[i]
        if ctx.in_quote[i] >= 0:
            continue
        phrase = None
        if t.lower_ in ("while", "when") and t.dep_ == "mark":
            # "while addressing journalists": the mark hangs on its participle, the participle
            # on the reported clause's verb
            verb = t.head
            # (with its audience, "addressing journalists", "speaking with our correspondent"; not
            # a topic, "kept calm while talking about the crash", which is reported)
            if verb.tag_ == "VBG" and verb.lemma_.lower() in AUDIENCE_VERBS and verb.left_edge.i == i \
                    and a <= verb.head.i < i and verb.head.lemma_.lower() not in MAKING_VERBS \
                    and _audience(verb):
                phrase = verb
        elif t.lower_ in OCCASION_PREPS and t.dep_ == "prep" and a <= t.head.i < i \
                and t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() not in MAKING_VERBS \
                and not ctx.is_cue(t.head) and _future_or_present(t.head):
            # ("she will be asked about it in an interview": an interview to come is reported)
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() in OCCASION_NOUNS \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in pobj.children) \
                    and any(c.dep_ == "prep" and c.lower_ in ("with", "on") for c in pobj.children):
                phrase = t
        if phrase is None or not _runs_to_end(doc, phrase, b):
            continue
        cut = phrase.left_edge.i
        return cut - 1 if doc[cut - 1].text == "," else cut
    return b
