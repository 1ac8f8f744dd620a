"""When and where the event happened: clock times (with their zone) and days from
the time expressions attached to an event word, and places named with it."""

from __future__ import annotations

import re

from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from storyweave.analyze import claim_words as W
from storyweave.analyze.claim_context import (
    ClaimContext, event_subject, is_event_word, leading_qualifier, make_claim, qualifier_before)
from storyweave.model import Claim

_CLOCK = re.compile(r"T(\d{2}):(\d{2})")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
# A day the time expression could not place in a year or week, as happens when the
# article has no publication date: "March 8" (XXXX-03-08), "on Friday" (XXXX-WXX-5).
# Still a checkable day: another outlet's "March 5" or "on Wednesday" contradicts it.
_PARTIAL_DAY = re.compile(r"^(XXXX-\d{2}-\d{2}|XXXX-WXX-[1-7])(?![\d-])")
_ZONE = re.compile(r"^(?:UTC|GMT|Z|[A-Z]{2,4}T|UTC[+-]\d{1,2}|GMT[+-]\d{1,2})$")


def _event_anchor(tok: Token, ctx: ClaimContext) -> Token | None:
    """The event word a time expression is attached to, walking up at most three heads."""
    t = tok
    for _ in range(4):
        if is_event_word(t, ctx):
            return t
        if t.dep_ == "acomp" and t.head.pos_ == "VERB":  # "went missing March 8": the day is the going's
            t = t.head
            continue
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            # "the quake was at 07:46 GMT": the time is said of the copula's subject
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None) if t.lemma_ == "be" else None
            return subj if subj is not None and is_event_word(subj, ctx) else None
        t = t.head
    return None


# Verbs that report rather than happen: a clock time on them is when it was said.
_REPORT_VERBS = {"say", "tell", "report", "announce", "state", "add", "write", "tweet", "post", "publish",
                 "confirm", "claim", "quote", "cite", "reveal", "explain", "comment", "ask", "reply"}
# "03:48 (08:48 UTC)", "15:50 local time [20:50 GMT]": the bracket restates the time before it
_RESTATED = re.compile(r"^\s*[(\[]\s*$")


def _own_event(span: Span, sent: Span, ctx: ClaimContext, named_only: bool = False) -> tuple[Token, str] | None:
    """For a clock time on no event word: the main verb it hangs on, named by its subject
    noun and lemma ("the warning was lifted at 15:50" -> "warning lift"). Such a subject
    only meets the same phrasing in another report, so it never stands for the main event."""
    heads = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if not heads:
        return None
    t = heads[0]
    for _ in range(4):
        if t.pos_ == "VERB":
            break
        if t.pos_ == "AUX" and t.lemma_ == "be":
            # "Doe was on Wednesday charged": the participle hangs on "was" as its complement
            part = next((c for c in t.children if c.dep_ in ("acomp", "advcl", "xcomp") and c.tag_ == "VBN"), None)
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if part is not None and subj is not None and not any(
                    c.dep_ == "aux" and c.lower_ in W.HEDGE_MODALS for c in t.children):
                if not any(c.dep_ in ("nsubj", "nsubjpass") for c in part.children):
                    return _own_event_of(part, subj, sent, ctx, named_only)
        if t.head.i == t.i:
            return None
        t = t.head
    else:
        return None
    if t.pos_ != "VERB" or not sent.start <= t.i < sent.end or t.lemma_.lower() in _REPORT_VERBS:
        return None
    if t.dep_ not in ("ROOT", "conj", "advcl", "ccomp") or any(c.dep_ == "aux" and c.lower_ in W.HEDGE_MODALS
                                                       for c in t.children):
        return None
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    return _own_event_of(t, subj, sent, ctx, named_only)


def _own_event_of(t: Token, subj: Token, sent: Span, ctx: ClaimContext, named_only: bool) -> tuple[Token, str] | None:
    """The verb `t` with its subject `subj`, as `_own_event` names it."""
    if not sent.start <= t.i < sent.end or t.lemma_.lower() in _REPORT_VERBS or ctx.in_dateline(subj.idx):
        return None  # (a dateline's place, "PELWORTH, June 5 - the agency declared", is no subject)
    if subj.ent_type_ in ("DATE", "TIME"):
        return None  # a time taken for the subject by the parser names no event
    # (a dateline's words the parser hangs on the subject, "HARLEY NEWS | Marrin Bridge", name nothing)
    mods = [c for c in subj.children if c.i < subj.i and (c.dep_ == "compound" or c.dep_ == "amod" and _ranks(c))
            and not ctx.in_dateline(c.idx)]
    if not (subj.pos_ in ("NOUN", "PROPN") or subj.pos_ == "NUM" and mods):
        # "he arrived at 10:00": who is he, in another report? ("the strongest one", "the jet
        # X-200" parsed as a number, are kept by their modifiers)
        return None
    if is_event_word(subj, ctx):
        return t, event_subject(subj, sent, ctx)
    if named_only and subj.pos_ != "PROPN":
        # a day on "the plane landed on Friday" is too loose a key to compare; on a named
        # person or thing ("Doe was arrested on July 9") it is a checkable fact
        return None
    if subj.pos_ == "PROPN":
        # a name keeps its case, so that `compare` takes "Doe arrest" and "Jane Doe arrest" for
        # one person's; a subject in lower case meets only the very same words
        name = ctx.person_at(subj) or " ".join([*(c.text for c in mods), subj.text])
        return t, f"{name} {t.lemma_.lower()}"
    # the modifiers keep "the third wave" apart from "the first wave", and a "Swat team" apart
    # from "the team"; a describing adjective ("a heavily armed Swat team") names no other one
    return t, " ".join([*(c.lemma_.lower() for c in mods), subj.lemma_.lower(), t.lemma_.lower()])


_RANK_WORDS = {"first", "second", "third", "last", "final", "next", "previous", "initial", "later", "earlier",
               "other", "same", "main", "lead"}


def _ranks(adj: Token) -> bool:
    """An adjective that tells one of several apart ("the second wave", "the strongest one")."""
    return adj.tag_ in ("JJS", "JJR") or adj.ent_type_ == "ORDINAL" or adj.lower_ in _RANK_WORDS


# a zone written out: "02:12 Central European time", "9pm Eastern Standard Time"
_ZONE_WORDS = re.compile(
    r"\b((?:Central|Eastern|Western|Pacific|Mountain|Atlantic|British|Greenwich|Moscow|Indian|Japan|China|"
    r"Australian)(?:\s+(?:European|Eastern|Central|Western|Standard|Daylight|Summer|Mean))*)\s+[Tt]ime\b")


def _written_zone(doc: Doc, span: Span) -> str | None:
    """The initials of a zone written out just after (or in) a clock time ("CET", "EST"; GMT as UTC)."""
    m = _ZONE_WORDS.search(doc[span.start : min(len(doc), span.end + 4)].text)
    if m is None:
        return None
    initials = "".join(w[0].upper() for w in m.group(1).split()) + "T"
    return "UTC" if initials == "GMT" else initials


def _time_zone(doc: Doc, span: Span) -> str:
    """The zone a clock time is given in: "UTC", "EST", ... or "local" (the default in news)."""
    if any(t.lower_ == "local" for t in span):
        return "local"
    written = _written_zone(doc, span)
    if written is not None:
        return written
    for tok in list(span) + list(doc[span.end : min(len(doc), span.end + 3)]):
        if tok.i >= span.end and (tok.text in ("(", "[") or tok.lower_ == "local"):
            break  # "11:39 local time (14:39 UTC)": the bracket gives the same time in UTC
        text = tok.text.strip("()")
        if _ZONE.match(text):
            return "UTC" if text in ("GMT", "Z") or text.startswith(("UTC", "GMT")) and len(text) <= 3 else text
        if tok.i >= span.end and tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", "."):
            break
    return "local"


def _event_just_before(span: Span, sent: Span, ctx: ClaimContext) -> Token | None:
    """"... said the truck was loaded when it struck the crowd about 10:30 p.m.": the parser
    may hang a clock time that ends a clause on the far reporting verb; the event verb
    just before it, in the same clause (no punctuation or other verb between), is the
    one it dates."""
    doc = ctx.doc
    for k in range(span.start - 1, max(sent.start, span.start - 6) - 1, -1):
        t = doc[k]
        if t.is_punct or t.lower_ in ("and", "or", "but", "that", "which", "who"):
            return None
        if t.pos_ in ("VERB", "AUX"):
            return t if t.pos_ == "VERB" and is_event_word(t, ctx) else None
    return None


def when_claims(sent: Span, ctx: ClaimContext) -> list[Claim]:
    out: list[Claim] = []
    last = ctx.last_clock  # end, anchor and subject of the last clock time
    for tx in ctx.timexes_in(sent):
        quote = ctx.quote_at(tx.start)
        if not tx.value or tx.type not in ("DATE", "TIME") or quote is not None and quote.kind == "direct":
            continue  # "today" in a quoted tweet is the speaker's day, not necessarily the article's
        if tx.tense == "generic":
            continue  # advice, habit, opening hours: no event's time
        span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        # every token of the expression whose head lies outside it: a bad parse may hang
        # "a.m. BST" elsewhere while "9:47" still hangs on the event verb
        heads = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
        anchor = next((a for a in (_event_anchor(t, ctx) for t in heads)
                       if a is not None and sent.start <= a.i < sent.end), None)
        subject: str | None = None
        clock = tx.type == "TIME" and _CLOCK.search(tx.value) is not None
        if clock and last is not None and _RESTATED.match(ctx.text[last[0]:tx.start]):
            anchor, subject = last[1], last[2]  # the same moment in another zone
        elif anchor is None and clock and _event_just_before(span, sent, ctx) is not None:
            anchor = _event_just_before(span, sent, ctx)
        elif anchor is None and (clock or _DAY.match(tx.value) or _PARTIAL_DAY.match(tx.value)):
            # a day, or a part of a day ("last Wednesday night", typed TIME), on the event's own verb
            own = _own_event(span, sent, ctx, named_only=not clock)
            if own is not None:
                anchor, subject = own
        if anchor is None:
            continue
        value = tx.value
        if ctx.published and _DAY.match(value) and value[:10] > ctx.published[:10] \
                and (anchor.tag_ in ("VBD", "VBN") or anchor.pos_ in ("NOUN", "PROPN")):
            # a past event dated after publication: the day is misread; a clock time stands
            if tx.type != "TIME" or not _CLOCK.search(value):
                continue
            value = value[10:]
        if subject is None:
            subject = event_subject(anchor, sent, ctx)
        if clock:
            last = ctx.last_clock = (tx.end, anchor, subject)
        qual, q_start = qualifier_before(ctx.doc, span.start)
        if qual is None:  # the time expression may hold its own qualifier ("about 2.45pm")
            qual = leading_qualifier(span)
        start = ctx.doc[q_start].idx
        display = ctx.text[start:tx.end]
        if tx.type == "TIME" and _CLOCK.search(value):
            out.append(make_claim("time", subject, value, display, start, tx.end, sent, qualifier=qual,
                             unit=_time_zone(ctx.doc, span)))
        else:  # a day, or a part of a day ("Sunday afternoon": 2010-01-10TAF)
            m = _DAY.match(value) or _PARTIAL_DAY.match(value)
            if m:
                out.append(make_claim("date", subject, m.group(1), display, start, tx.end, sent, qualifier=qual))
    return out


def _maybe_event_words(ctx: ClaimContext) -> list[int]:
    """Tokens `is_event_word` may take: event nouns, and every verb."""
    return [i for i, (lemma, pos) in enumerate(zip(ctx.lemma, ctx.pos))
            if pos == VERB or (pos == NOUN or pos == PROPN) and (lemma in W.EVENT_GROUPS or lemma in W.GENERIC_EVENT_NOUNS)]


def where_claims(sent: Span, ctx: ClaimContext) -> list[Claim]:
    """"the attack at the station", "the quake struck in Peru", "the Paris attack"."""
    out: list[Claim] = []
    doc = ctx.doc
    for i in ctx.indexes(_maybe_event_words, sent):
        tok = doc[i]
        if not is_event_word(tok, ctx):
            continue
        places = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC")]
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "on", "near", "off"):
                places += [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")]
        for place in places:
            ent = ctx.ent_at(place.i)
            if ent is None or ent.start < sent.start or ent.end > sent.end:  # as `sent.ents` would
                continue
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            start = ent.end_char - len(text)
            out.append(make_claim("where", event_subject(tok, sent, ctx), text, text, start, ent.end_char, sent))
    return out
