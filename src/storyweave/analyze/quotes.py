"""Quotation extraction and speaker attribution.

Three passes over one parsed article, in the spirit of the Gender Gap Tracker's
extractor (our own code and rules):

1. *Direct* quotes: spans between quotation marks (`marks.find_quote_spans`),
   each tied to a reporting verb before it ("X said: “...”") or after it
   ("“...,” X said"), to a "- Name" signature, or, with no cue, to the previous
   quote's speaker (multi-paragraph quotes and *floating* quoted paragraphs), unless
   someone else is the subject of the sentence just before it ("Jane Roe agreed. “...”").
   A direct quote is the quoted words only: "“A,” she said, “B.”" gives two
   Quotes with one cue and speaker (`statements.group_statements` pairs them again); a quote
   after a mid-sentence quote and its cue ('X is “a,” she said. “B.”') goes on with it.
   Quoted words that open a longer clause ('“A” until the vote, she said') take the clause.
2. *Indirect* and *mixed* quotes: reporting verbs whose clausal complement (or,
   for verbs such as "call" and "tweet", an object holding quoted words) is the
   content ("described the scene as “...”" too; "called to scrap the tax" is a call for it);
   "according to X"; "As X reported, ..."; a noun of speech with its owner ("X's claim that
   ...", `quote_noun`).
   A content stays in its cue's paragraph (no headline or dateline), ends before a
   coordinated report of its own ("said A and told them B"), before a comma-set gloss of
   the writer (", who ...", ", an admission ..."), and takes in a subordinate clause hung
   on the cue ("threatened to quit unless ..."). "said that X, “...”" is one mixed quote.
   A report with its attribution inside it ("The plan, she said, will work.", "X, according
   to Y, Z", "If X, she warned, Y") is two Quotes sharing the cue, the words before and after it.
   A phrase that only tells when ("reported on Tuesday") is never a content; "said in a
   statement that ..." takes the clause the parser hung on the noun; a document can be the
   subject of a cue ("the statement read: “...”") and speaks for the one who issued it.
3. *Speakers*: the verb's subject (climbing through "adding"/"saying" clauses; after quoted
   words, the name that follows the cue even where the parser made it an object),
   resolved to a person or organisation from `find_people`: names by their
   chains, pronouns to the most recent compatible person, "a spokesman" to the
   organisation in context.

Everything is linear in the number of tokens (each search is bounded by a
sentence or a paragraph).

Words a sign, banner or poster displays are nobody's statement and are dropped last
(`DISPLAY_NOUNS`); songs and chanted slogans quoted as an object are no content either.

Interviews printed as "Q: ... / A: ..." give each answer paragraph to the interviewee
(`quote_direct.transcript_quotes`, after pass 2 so reports inside an answer stay quotes too);
broadcast transcripts and parliamentary records ("KITTREDGE: ...", "Mr Jane Roe (Northtown)
(Lab): ...") give each labelled paragraph to the person its label names (`quote_turns`);
an embedded social post, its text signed on the next line "— Jane Roe (@janeroe) March 3, 2026",
is the signer's (`quote_embeds`).

Code: pass 1 in `quote_direct`, pass 2 in `quote_indirect` (where a reported clause ends,
and the inverted "..., said Jane Roe" test, in `quote_bounds`; whether a report goes on
through an "and"/"but" conjunct the parser hung on the cue, in `quote_conj`), speakers (3) in
`quote_speakers` (the speaker of a cue right after a quote, where the parse the quote broke
gives a wrong one, in `quote_after`); the per-document indexes they share in `quote_context`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyweave.analyze.quote_context import QuoteContext
from storyweave.analyze.quote_direct import _direct_quotes, transcript_quotes
from storyweave.analyze.quote_embeds import embedded_posts
from storyweave.analyze.quote_indirect import _indirect_quotes
from storyweave.analyze.quote_turns import labelled_turns
from storyweave.model import Person, Quote


def extract_quotes(doc: Doc, people: list[Person], beliefs: bool = False) -> list[Quote]:
    """Every quote in `doc` with its cue and resolved speaker, in text order.

    `beliefs=True` also reports attributions of belief ("X thinks that ..."),
    as PolNeAR annotates them; by default only speech and writing count.
    """
    ctx = QuoteContext(doc, people, beliefs)
    direct = _direct_quotes(ctx)
    absorbed: set[int] = set()
    indirect = _indirect_quotes(ctx, direct, absorbed)
    # Q&A and speaker-labelled transcripts last: reports inside an answer stay quotes of their own
    quotes = [q for q in direct if id(q) not in absorbed] + indirect + transcript_quotes(ctx) \
        + labelled_turns(ctx) + embedded_posts(ctx)
    quotes = [q for q in quotes if not _displayed_text(q.speaker)]
    quotes = _drop_reports_inside_closing_ones(doc, quotes)
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _drop_reports_inside_closing_ones(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """'X never said Y, his lawyer told the hearing': a negated report inside the words another
    source is then given as saying is no statement of X's, only part of that source's account
    (an asserted one, "X said Y, his lawyer told the court", stays X's report too)."""
    closing = [q for q in quotes if q.kind != "direct" and q.cue_start is not None and q.cue_start >= q.end]
    if not closing:
        return quotes
    by_start = {t.idx: t for t in doc}

    def negated(q: Quote) -> bool:
        cue = by_start.get(q.cue_start) if q.cue_start is not None else None
        return cue is not None and any(c.dep_ == "neg" for c in cue.children)

    return [q for q in quotes if not (
        q.kind != "direct" and q.cue_start is not None
        and any(o is not q and o.start <= q.start and q.end <= o.end and o.start <= q.cue_start < o.end
                for o in closing)
        and negated(q))]


# surfaces that display words rather than say them: "A sign on the door says “Closed”" quotes
# the sign's text, nobody's statement (a banner, a placard, graffiti likewise)
DISPLAY_NOUNS = frozenset({
    "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "graffiti",
    "plaque", "billboard", "slogan", "inscription", "sticker", "stickers", "t-shirt", "t-shirts",
    "mural", "signpost", "noticeboard",
})
PREPOSITIONS = frozenset({"of", "on", "outside", "at", "in", "from", "for", "above", "by", "near", "beside"})


def _displayed_text(mention: str | None) -> bool:
    """Whether a speaker mention is a sign or the like: the head word of its noun phrase
    (the last word before a preposition) names a surface that displays words."""
    if not mention:
        return False
    head = None
    for word in mention.split():
        if word.lower() in PREPOSITIONS:
            break
        head = word
    return head is not None and head.islower() and head.strip(",.;:") in DISPLAY_NOUNS
