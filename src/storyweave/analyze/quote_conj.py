"""Does a reported clause go on through an "and"/"but" conjunct that the parser hung on its cue?

"said the plan had failed, but it would be tried again": the parser often hangs the second
clause on the cue verb, and a writer's own next sentence about the speaker looks the same
("said the plan had failed, and he left the room", "told the inquiry X, but a judge
disagreed"). The sign news grammar gives is the tense: the writer goes on in the cue's
tense, while a clause in another tense ("would", "will", a present after "said") cannot be
the writer's narration of the same moment and goes on with the report. A conjunct with its
own subject in another tense than the cue's is taken into the content (those with no subject
are left to `quote_indirect._goes_on_with_report`).

Only a reported clause goes on ("called for a cut, but X would ..." does not). A logistic
regression over these and other signs (conjunction, pronoun for the speaker, quoted words,
length) trained on PolNeAR train did no better in cross-validation than the tense test (both
+13 right extensions net over 143 candidates; +10 with the clause condition) and took in the
writer's "and he walked out", so the test is kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyweave.analyze.quote_context import QuoteContext

PAST, PRESENT = ("VBD",), ("VBZ", "VBP")
SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def _tense(tok: Token) -> str:
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return "modal"
    for t in aux + [tok]:
        if t.tag_ in PAST:
            return "past"
        if t.tag_ in PRESENT:
            return "present"
    return "bare" if tok.tag_ in ("VB", "VBN") else ("ing" if tok.tag_ == "VBG" else "other")


def _do_so(tok: Token) -> bool:
    """'has not done so', 'did so': "do so" stands for an act named before; outside a modal (which
    keeps the report's future, "but he would not do so before May") it is the writer saying
    whether the act happened."""
    return tok.lemma_.lower() == "do" and _tense(tok) != "modal" \
        and any(c.lower_ == "so" and c.dep_ == "advmod" for c in tok.children)


def _piece_start(ctx: QuoteContext, conj: Token, lo: int) -> int:
    """Where a conjunct's piece begins: its conjunction and comma go with it."""
    doc = ctx.doc
    j = conj.left_edge.i
    while j > lo and (doc[j - 1].pos_ in ("CCONJ", "PUNCT") or doc[j - 1].is_space) \
            and ctx.in_quote[j - 1] < 0:
        j -= 1
    return j


def _extensions(ctx: QuoteContext, verb: Token, b: int) -> list[Token]:
    """Verb conjuncts of the cue right after the content (nothing but a conjunction between)."""
    return [c for c in verb.rights if c.dep_ == "conj" and c.i >= b and c.pos_ in ("VERB", "AUX")
            and not ctx.is_cue(c) and c.sent == verb.sent and ctx.in_quote[c.left_edge.i] < 0]


def adjust_end(ctx: QuoteContext, verb: Token, a: int, b: int) -> int:
    """The end (token index) of the content doc[a:b] of cue `verb`, gone on through the
    conjuncts of the cue right after it that carry on the report (see the module docstring)."""
    doc = ctx.doc
    if verb.i >= a:
        return b  # content before the cue ("..., she said"): nothing after it to take in
    for c in verb.rights:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.left_edge.i == b and b > a \
                and not doc[b - 1].is_punct and ctx.in_quote[b] < 0 \
                and not any(x.dep_ in SUBJECTS + ("cc",) for x in c.children) and c.sent == verb.sent:
            # "told to keep the doors closed", "described panic as neighbours were led away": no
            # conjunction, no comma, the words run straight on: a parse that cut the clause
            return c.right_edge.i + 1 if not doc[c.right_edge.i].is_punct else c.right_edge.i
    if not any(c.dep_ == "ccomp" and a <= c.i < b for c in verb.children):
        return b  # only a reported clause goes on ("called for X, but Y" does not)
    for c in _extensions(ctx, verb, b):
        j = _piece_start(ctx, c, b)
        if j > b or any(not (x.is_punct or x.is_space or x.pos_ == "CCONJ") for x in doc[b:c.left_edge.i]):
            break  # words between: not right after the content
        e = c.right_edge.i + 1
        if ctx.paragraph(doc[e - 1].idx) != ctx.paragraph(verb.idx):
            break
        if not any(x.dep_ in SUBJECTS for x in c.children) or _tense(c) == _tense(verb):
            break  # no subject of its own, or the writer's narration in the cue's tense
        if _do_so(c):
            break  # "said he would publish them, but he has not done so": the writer's check on it
        b = e
    return b


