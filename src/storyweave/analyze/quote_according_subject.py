"""'According to a new report by X, party insiders are trying to ...': the parser may run the
source's noun phrase on past the comma that closes it ("X, party insiders" made one phrase, or
"insiders" a conjunct of X), leaving the clause's verb with no subject. After the comma that
closes "According to ...", the noun phrase right before a subjectless finite verb is that
verb's subject; the source is only the words before the comma."""

from __future__ import annotations

from spacy.tokens import Token

from storyweave.analyze.quote_context import QuoteContext, Speaker

SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")
NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def comma_before_lost_subject(src: Token, head: Token) -> int | None:
    """Index of the comma inside the source phrase `src` (of "according to") after which the
    words up to the clause's verb `head` are a noun phrase the verb lacks as its subject."""
    doc = src.doc
    if head.pos_ not in ("VERB", "AUX") or head.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not any(
            c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in head.children):
        return None  # (a finite verb, or a participle with a finite auxiliary: "are trying")
    if any(c.dep_ in SUBJECT_DEPS for c in head.children) or head.i <= src.i:
        return None
    comma = next((t.i for t in doc[src.i + 1:head.i] if t.text == ","), None)
    if comma is None or comma > src.right_edge.i:
        return None
    first_aux = min((c.i for c in head.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < head.i),
                    default=head.i)
    words = doc[comma + 1:first_aux]
    if not words or any(t.pos_ not in NOUN_PHRASE_POS for t in words) or words[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    return comma


def source_before_comma(ctx: QuoteContext, src: Token, comma: int) -> Speaker:
    """The speaker of the source phrase cut at `comma`: the words before it, with the person or
    body named there (none when the name the tagger found runs on past the comma)."""
    doc = ctx.doc
    cut = doc[comma].idx
    s = doc[src.left_edge.i].idx
    last = doc[comma - 1]
    e = last.idx + len(last)
    name = role = pid = None
    for p in ctx.people:
        if any(s <= m.start and m.end <= e for m in p.mentions) and not any(
                m.start < e < m.end or m.start < cut < m.end for m in p.mentions):
            name, role, pid = p.name, (p.role if p.kind == "person" else None), p.id
    return Speaker(ctx.text[s:e], s, e, name, role, pid)
