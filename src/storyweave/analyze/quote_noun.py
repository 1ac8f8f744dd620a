"""Reports carried by a noun of speech: "X's claim that ...", "her insistence that ...",
"the warning by the union that ...". The noun is the cue, the "that" clause hung on it the
content, and the one it belongs to (the possessor, or the agent after "by") the speaker. A
noun with no one named for it ("the claim that vaccines ...") is no quote: nobody to give it to.

A stance voiced ("expressed concern that ...", "voiced doubt that ...", "expressed the hope
that ...") reports too: the verb is the cue, its subject the speaker (PolNeAR train marks
"expressed concern/confidence/doubt that" as a cue, 7 of 7); "the hope that" alone stays none.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from storyweave.analyze.quote_after import speaker_of_cue
from storyweave.analyze.quote_bounds import cut_trailing_aside
from storyweave.analyze.quote_context import QuoteContext, make_quote, trim_chars
from storyweave.analyze.quote_speakers import resolve_speaker
from storyweave.model import Quote

# nouns naming an act of saying whose "that" clause is what was said ("the fact that",
# "the idea that", "the hope that" name no statement and are not here)
SPEECH_NOUNS = frozenset({
    "claim", "assertion", "allegation", "insistence", "warning", "admission", "denial",
    "promise", "pledge", "vow", "suggestion", "statement", "announcement", "argument", "boast",
    "prediction", "complaint", "accusation", "assurance", "contention", "declaration",
    "acknowledgement", "acknowledgment", "confirmation", "remark", "threat",
})


# what is expressed or voiced with a "that" clause: a stance put into words
EXPRESSED_NOUNS = frozenset({
    "concern", "hope", "confidence", "doubt", "fear", "optimism", "frustration", "regret",
    "disappointment", "worry", "scepticism", "skepticism", "satisfaction", "belief", "view", "surprise",
})
EXPRESS_VERBS = frozenset({"express", "voice"})


def _expressed(noun: Token) -> Token | None:
    """The verb that expresses the stance the noun names ("expressed concern that"), or None."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in EXPRESSED_NOUNS or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in EXPRESS_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


PREPOSITION_PARTICIPLES = frozenset({"including", "excluding", "according", "following", "regarding",
                                     "concerning", "considering", "involving", "barring", "pending"})


def _last_word(sent) -> Token:
    """The last token of a sentence that is not white space or a closing mark."""
    i = sent.end - 1
    while i > sent.start and (sent.doc[i].is_space or sent.doc[i].text in ("”", "’", '"', "'")):
        i -= 1
    return sent.doc[i]


def _that_clause(noun: Token) -> Token | None:
    """The clause hung on the noun that opens with the conjunction "that" (not a relative
    clause: in "the claim that he made" the "that" is the object, not a conjunction)."""
    for c in noun.rights:
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < c.i
                                               for m in c.children):
            return c
    return None


def _owner(noun: Token) -> Token | None:
    """Whose the statement is: "Jane Roe's claim", "her claim", "the claim by Acme"."""
    for c in noun.lefts:
        if c.dep_ == "poss":
            return c
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def noun_cue_quote(ctx: QuoteContext, noun: Token) -> Quote | None:
    """The indirect (or mixed) quote a noun of speech reports, or None."""
    if noun.pos_ != "NOUN":
        return None
    voiced = _expressed(noun)
    if voiced is None and noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    clause = _that_clause(noun)
    if voiced is not None:
        speaker = speaker_of_cue(ctx, voiced) if clause is not None else None
        if clause is None or speaker is None:
            return None
    else:
        owner = _owner(noun) if clause is not None else None
        if clause is None or owner is None or owner.i > clause.i:
            return None
        speaker = resolve_speaker(ctx, owner)
    sent = noun.sent
    if noun.dep_ == "ROOT" and _last_word(sent).text in (".", "!", "?"):
        # a sentence with a full stop has a verb of its own: with the noun as its root, the parser
        # has hidden that verb in the clause ("X's announcement that she would retire stunned
        # fans"), so where the clause ends is unknown (a headline with no verb keeps its quote)
        return None
    doc = ctx.doc
    a, b = clause.left_edge.i, clause.right_edge.i + 1
    if ctx.paragraph(doc[a].idx) != ctx.paragraph(noun.idx):
        return None
    # "dismissed X's claim that ... — saying ...": a participle after a dash or comma goes on
    # with the sentence's own subject, not with the claim
    # (not a participle used as a preposition: ", including the Koch network,")
    b = next((i for i in range(a + 2, b - 1) if ctx.in_quote[i] < 0 and doc[i].text in (",", "—", "–", "-", "--")
              and doc[i + 1].tag_ == "VBG" and doc[i + 1].lower_ not in PREPOSITION_PARTICIPLES), b)
    b = cut_trailing_aside(ctx, a, b)
    s, e = trim_chars(ctx.text, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
    if e - s < 3:
        return None
    kind = "mixed" if any(ctx.in_quote[i] >= 0 for i in range(a, b)) else "indirect"
    return make_quote(s, e, ctx.text, kind, voiced if voiced is not None else noun, speaker)


def _words_owner(noun: Token) -> Token | None:
    """Whose words "in X's words" / "in the words of X" names: the possessor or the "of" object."""
    for c in noun.children:
        if c.dep_ in ("poss", "nmod") and c.i < noun.i and any(g.tag_ == "POS" for g in c.children) \
                or c.dep_ == "poss":
            return c
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def words_of_quote(ctx: QuoteContext, noun: Token) -> Quote | None:
    """'The rollout was, in the auditor's words, “a textbook failure”': the quoted words that
    follow "in X's words" (or "in the words of X") in its sentence are X's, a mixed quote with
    the noun as its cue."""
    if noun.lower_ != "words" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    owner = _words_owner(noun)
    if owner is None:
        return None
    doc, sent = ctx.doc, noun.sent
    after = noun.head.right_edge.i + 1
    if after >= sent.end or doc[after].text not in (",", ":"):
        return None  # set off as an aside: ", in X's words, “...”"
    qi = next((ctx.in_quote[i] for i in range(after, sent.end) if ctx.in_quote[i] >= 0), -1)
    if qi < 0:
        return None
    sp = ctx.spans[qi]
    if not sp.closed or ctx.paragraph(sp.outer_start) != ctx.paragraph(noun.idx):
        return None
    # the mention: the owner with its determiner ("the auditor"), without the possessive mark
    # (the parser may hang the determiner on "words")
    first = owner.left_edge.i
    if owner.i < noun.i:
        first = min([first] + [c.i for c in noun.lefts if c.dep_ == "det" and c.i < owner.i])
    last = owner
    for t in doc[owner.i + 1:owner.right_edge.i + 1]:
        if t.tag_ == "POS" or t.is_punct:
            break
        last = t
    s, e = doc[first].idx, last.idx + len(last)
    speaker = resolve_speaker(ctx, owner)
    if (speaker.start, speaker.end) != (s, e):
        speaker = dataclasses.replace(speaker, mention=ctx.text[s:e], start=s, end=e)
    return make_quote(sp.outer_start, sp.outer_end, ctx.text, "mixed", noun, speaker)
