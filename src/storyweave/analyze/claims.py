"""Checkable claims, read off the dependency parse one sentence at a time.

A claim is what an outlet asserts that another outlet could contradict: how many
people were killed, injured, missing, arrested or evacuated (with scope words such
as "innocent" or "including the attacker"), how old a person is, when and where the
event happened, what happened to a person ("shot by police"), whether the
perpetrator has been named, and other numbers with units (money, percentages,
distances, vehicles, weapons; a range as one claim, a change "from £20 to £45" as two,
votes for and against as two: `claim_shifts`, `claim_votes`). Each kind has its module
(`claim_counts`, `claim_people`, `claim_when`); this one runs them per sentence and adds hedges
("police believe") and attribution (the speaker, when the claim sits in a quote).
"""

from __future__ import annotations

from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from storyweave.analyze import claim_words as W
from storyweave.analyze.claim_caps import caps_claims
from storyweave.analyze.claim_context import ClaimContext, canonical_name
from storyweave.analyze.claim_counts import count_claims
from storyweave.analyze.claim_figures import quantity_claims
from storyweave.analyze.claim_people import age_claims, fate_claims, identity_claims
from storyweave.analyze.claim_votes import vote_claims
from storyweave.analyze.claim_when import when_claims, where_claims
from storyweave.model import Claim, Person, Quote, Timex

def _hedge_words(ctx: ClaimContext) -> list[int]:
    """Tokens that may make a hedge (the tests of `_sentence_hedges`, read off plain lists)."""
    return [i for i, (low, lemma, pos) in enumerate(zip(ctx.lower, ctx.lemma, ctx.pos))
            if low in W.HEDGE_ADVERBS or low in W.HEDGE_MODALS or pos == VERB and lemma in W.HEDGE_VERBS]


def _sentence_hedges(sent: Span, ctx: ClaimContext) -> list[tuple[str, set[int] | None]]:
    """The hedges of a sentence, each with the tokens it hedges (None: the whole sentence).

    A hedging verb hedges its complement clause only: in "police warn that the toll could
    exceed 10,000, and an agency reported that 1,600 were confirmed dead" the warning is
    not about the 1,600. Said after its clause ("the toll is 300, officials believe"), it
    hedges that clause. Adverbs and modals hedge the sentence, as written.
    """
    doc = sent.doc
    out: list[tuple[str, set[int] | None]] = []
    for i in ctx.indexes(_hedge_words, sent):  # no other token can make one
        tok = doc[i]
        low = tok.lower_
        if low in W.HEDGE_ADVERBS:
            out.append((low, None))
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in W.HEDGE_VERBS:
            comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
            if not comps and tok.dep_ != "ccomp":
                continue
            scope = {t.i for c in comps for t in c.subtree} if comps else \
                {t.i for t in tok.head.subtree if t.i not in {k.i for k in tok.subtree}}
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj and subj[0].lower_ not in ("i", "we"):
                out.append((f"{subj[0].text} {tok.text}".lower() if subj[0].pos_ != "PROPN" else
                            f"{subj[0].text} {tok.text}", scope))
            elif any(c.dep_ == "auxpass" for c in tok.children):
                out.append((tok.text.lower(), scope))
            continue
        if low in W.HEDGE_MODALS and tok.dep_ == "aux":
            out.append((low, None))
    return out


def _hedge_of(claim: Claim, hedges: list[tuple[str, set[int] | None]], doc: Doc) -> str | None:
    """The first hedge of the sentence whose scope holds the claim's first token."""
    if not hedges:
        return None
    span = doc.char_span(claim.start, max(claim.start + 1, claim.end), alignment_mode="expand")
    first = span.start if span is not None and len(span) else None
    for text, scope in hedges:
        if scope is None or first is None or first in scope:
            return text
    return None


def _outside_modal(doc: Doc, start: int, sent: Span) -> bool:
    """No modal of the sentence governs the claim at `start`: in "the quake was at 05:46,
    meaning waves could arrive at 17:00" the first time is stated, not hedged, and so is
    the day in "debris that could be from the plane, which vanished on March 8" (a
    relative clause states its own fact)."""
    tok = next((t for t in sent if t.idx <= start < t.idx + len(t.text)), None)
    if tok is None:
        return False
    while True:
        if any(c.dep_ == "aux" and c.lower_ in W.HEDGE_MODALS for c in tok.children):
            return False
        if tok.dep_ == "relcl" or tok.head.i == tok.i:  # spaCy gives a new Token per access: compare indexes
            return True
        tok = tok.head


def _earlier_figure(doc: Doc, claim: Claim, sent: Span) -> bool:
    """The sentence gives the claim's figure as one since replaced: a stating verb above it
    marked as earlier ("police initially put the toll at 12", "officials had earlier said
    40", "early reports had spoken of five dead": an adverb of earlier time or a subject
    that is an early report or estimate; a past perfect alone is only the order of
    reported events), or a figure noun marked so ("an earlier toll of 40"). Only the path
    from the figure up to its clause's stating verb counts: "five people were killed in an
    earlier attack" is no earlier figure."""
    tok = next((t for t in sent if t.idx <= claim.start < t.idx + len(t.text)), None)
    seen = 0
    while tok is not None and seen < 8:
        seen += 1
        lemma = tok.lemma_.lower()
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod", "compound")}
        if tok.pos_ == "NOUN" and lemma in W.FIGURE_NOUNS and mods & W.EARLIER_MODIFIERS:
            return True
        if tok.pos_ in ("VERB", "AUX") and (lemma in W.STATING_VERBS or lemma == "put" and any(
                c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)):  # "put the toll at 12"
            if {c.lower_ for c in tok.children if c.dep_ == "advmod"} & W.EARLIER_ADVERBS:
                return True
            return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in W.FIGURE_NOUNS
                       and {m.lower_ for m in c.children if m.dep_ in ("amod", "compound")} & W.EARLIER_MODIFIERS
                       for c in tok.children)
        if tok.head.i == tok.i or tok.dep_ in ("relcl", "advcl"):
            return False
        tok = tok.head
    return False


def _other_event_figure(doc: Doc, claim: Claim, sent: Span) -> bool:
    """The figure sits in a subordinate clause that dates this story by another event of its
    kind, introduced as new ("a month after a storm killed 12 people", "two weeks after a 6.9
    earthquake killed more than 60"): its verb is an adverbial clause opened by "after",
    "before" or "since", and its event is an event noun with an indefinite article."""
    tok = next((t for t in sent if t.idx <= claim.start < t.idx + len(t.text)), None)
    for _ in range(6):
        if tok is None or tok.pos_ == "VERB" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok is None or tok.pos_ != "VERB" or tok.dep_ != "advcl":
        return False
    opener = next((c for c in tok.children if c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before", "since")),
                  None)
    if opener is None or opener.lower_ == "after" and _within_days(opener, tok):
        return False  # "today, a day after a chemical fire killed two workers": that fire's aftermath
    events = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")] + \
        [c for c in opener.children if c.dep_ == "pobj"]
    return any(e.lemma_.lower() in W.EVENT_GROUPS and any(d.dep_ == "det" and d.lower_ in ("a", "an", "another")
                                                           for d in e.children) for e in events)


_SHORT_GAPS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "2": 2, "1": 1, "48": 2, "24": 1}


def _within_days(opener: Token, verb: Token) -> bool:
    """The gap before "after" (on it or on the clause's verb) is hours or at most two days
    ("hours after", "a day after")."""
    gap = next((c for c in [*opener.children, *verb.children] if c.dep_ == "npadvmod" and c.i < opener.i), None)
    if gap is None:
        return False
    unit = gap.lemma_.lower()
    if unit in ("hour", "minute"):
        return True
    if unit != "day":
        return False
    count = next((c.lower_ for c in gap.children if c.dep_ in ("nummod", "det")), "a")
    return count in _SHORT_GAPS


def _attributive_age(doc: Doc, claim: Claim) -> bool:
    """An age said in passing of a person ("Jane Roe, 34, could win", "the 34-year-old driver
    probably knew"): the writer states it; the clause's modal or hedge is about something
    else. An age that is the clause's predicate ("he is thought to be 34") is not."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    toks = list(span) if span is not None else []
    if not toks or any(t.dep_ in ("acomp", "attr", "oprd") for t in toks):
        return False
    before = doc[toks[0].i - 1] if toks[0].i > 0 else None
    after = doc[toks[-1].i + 1] if toks[-1].i + 1 < len(doc) else None
    if before is not None and before.text in (",", "(") and after is not None and after.text in (",", ")"):
        return True  # "Roe, 34," is read off the words, whatever the parse makes of it
    last = toks[-1]
    return last.lower_.endswith("old") and last.dep_ in ("amod", "compound") or \
        toks[0].lower_ == "aged" and toks[0].dep_ in ("acl", "amod")


def _line_breaks(ctx: ClaimContext) -> list[int]:
    doc = ctx.doc
    return [i for i, space in enumerate(ctx.is_space) if space and "\n" in doc[i].text]


def _segments(sent: Span, ctx: ClaimContext) -> list[Span]:
    """A sentence cut at line breaks: a title or a dateline is never part of the next sentence."""
    out, start = [], sent.start
    for i in ctx.indexes(_line_breaks, sent):
        if i > start:
            out.append(sent.doc[start:i])
        start = i + 1
    if start < sent.end:
        out.append(sent.doc[start:sent.end])
    return [seg for seg in out if ctx.text[seg.start_char : seg.end_char].strip()]


EXTRACTORS = (count_claims, age_claims, when_claims, where_claims, fate_claims, identity_claims, quantity_claims,
              vote_claims)


def extract_claims(
    doc: Doc, *, people: list[Person], quotes: list[Quote], timexes: list[Timex], published: str | None
) -> list[Claim]:
    """Every checkable claim in `doc`, in text order, with offsets into the article text."""
    ctx = ClaimContext(doc, people, quotes, timexes, published)
    claims: list[Claim] = []
    seen: set[tuple[str, str, str, int]] = set()
    for sent in (seg for s in doc.sents for seg in _segments(s, ctx)):
        hedges = _sentence_hedges(sent, ctx)
        # a line in capitals is read off a parse of its own: the article's parse of it is no use
        caps, caps_end = caps_claims(sent, ctx)
        for claim in caps + [c for extract in EXTRACTORS for c in extract(sent, ctx) if c.start >= caps_end]:
            key = (claim.slot, claim.subject, str(claim.value), claim.start)
            if key in seen:
                continue
            seen.add(key)
            hedge = _hedge_of(claim, hedges, doc)
            if claim.slot == "age" and _attributive_age(doc, claim):
                pass  # keeps only a hedge of its own
            elif hedge in W.HEDGE_MODALS and _outside_modal(doc, claim.start, sent):
                claim.hedge = claim.hedge or None
            else:
                claim.hedge = claim.hedge or hedge
            if isinstance(claim.value, (int, float)) and claim.slot != "age":
                if _earlier_figure(doc, claim, sent):
                    claim.hedge = W.EARLIER_FIGURE
                elif _other_event_figure(doc, claim, sent):
                    claim.hedge = W.OTHER_EVENT
            quote = ctx.quote_at(claim.start)
            if quote is not None:
                claim.attribution = quote.speaker_name or quote.speaker
            claims.append(claim)
    if ctx.datelines:  # where and when the copy was filed, no claim ("PELWORTH, June 5 - ...")
        claims = [c for c in claims if not ctx.in_dateline(c.start)]
    claims.sort(key=lambda c: (c.start, c.slot))
    return claims


__all__ = ["extract_claims", "canonical_name"]
