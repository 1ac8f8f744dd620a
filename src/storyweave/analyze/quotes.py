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
   content ("described the scene as “...”" too); "according to X"; "As X reported, ...".
   A content stays in its cue's paragraph (no headline or dateline), ends before a
   coordinated report of its own ("said A and told them B"), before a comma-set gloss of
   the writer (", who ...", ", an admission ..."), and takes in a subordinate clause hung
   on the cue ("threatened to quit unless ..."). "said that X, “...”" is one mixed quote.
   A report with its attribution inside it ("The plan, she said, will work.", "X, according
   to Y, Z", "If X, she warned, Y") is two Quotes sharing the cue, the words before and after it.
   A phrase that only tells when ("reported on Tuesday") is never a content; "said in a
   statement that ..." takes the clause the parser hung on the noun; a document can be the
   subject of a cue ("the statement read: “...”") and speaks for the one who issued it.
3. *Speakers*: the verb's subject (climbing through "adding"/"saying" clauses),
   resolved to a person or organisation from `find_people`: names by their
   chains, pronouns to the most recent compatible person, "a spokesman" to the
   organisation in context.

Everything is linear in the number of tokens (each search is bounded by a
sentence or a paragraph).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyweave.analyze.lexicon import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    belief_verbs,
    org_heads,
    quote_only_verbs,
    speech_verbs,
    spokesperson_nouns,
    titles,
)
from storyweave.analyze.marks import QuoteSpan, find_quote_spans
from storyweave.analyze.people import person_token_map
from storyweave.model import Person, Quote

OPEN_MARKS = "“‘«„\"'`"
# the text before a quote ends a sentence (or is empty): the quote starts a statement
CLAUSE_START = re.compile(r"(?:^|[.!?:]|[.!?,][”’\"'])\s*$")
SENTENCE_END = frozenset({".", "!", "?"})
COMPLEMENT_DEPS = ("ccomp",)
OBJECT_DEPS = ("dobj", "oprd", "xcomp", "attr", "ccomp", "acomp", "npadvmod")
NO_XCOMP = frozenset({"continue", "add", "say", "state", "write"})
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "prep", "pobj", "relcl", "ccomp"})
DASHES = "-–—"
# verbs whose direct object is the message itself ("announced her resignation")
OBJECT_CONTENT = frozenset({
    "announce", "propose", "promise", "pledge", "mention",
    "accuse", "deny", "confirm", "admit", "acknowledge", "reveal", "disclose", "recommend", "demand",
    "predict", "repeat", "reiterate", "claim", "urge", "stress", "emphasise", "emphasize", "state",
    "recall", "report", "note",
})
# "claimed the nomination", "denied them entry": taking and refusing things, not statements
# ("claimed victory", "claimed responsibility" are statements and stay)
TAKEN_OR_REFUSED = {
    "claim": frozenset({"nomination", "seat", "title", "prize", "crown", "majority", "lead", "delegate",
                        "life", "residency", "ownership", "spot", "place", "land", "territory"}),
    "deny": frozenset({"access", "entry", "service", "license", "licence", "bail", "visa", "permit",
                       "benefit", "permission", "parole", "funding", "coverage"}),
}
# what words come in: "said in a statement that ...", "wrote in a letter that ..."
MEDIUM_NOUNS = frozenset({
    "statement", "interview", "letter", "email", "e-mail", "post", "tweet", "speech", "release",
    "memo", "note", "message", "conference", "briefing", "call", "filing", "op-ed", "column",
    "video", "broadcast", "appearance", "address", "remark", "comment", "testimony", "hearing",
})
# documents that "read" words and speak for whoever issued them ("the statement read"); signs
# and banners are left out: who wrote them is seldom who the story is about
DOCUMENT_NOUNS = frozenset({
    "statement", "letter", "note", "message", "post", "tweet", "release", "memo", "email", "e-mail",
    "notice", "text", "filing", "complaint", "petition", "communique",
})
# verbs of promising: their infinitive is what was promised ("vowed to fight on")
COMMISSIVE = frozenset({"promise", "pledge", "vow", "threaten"})
# verbs of evaluation ("criticised the plan", "praised the crews") give an opinion of their
# object, not words: with no quoted words they make a quote only with `beliefs=True`
# (attributions of opinion and endorsement too, as PolNeAR counts them)
EVALUATION_OBJECT = frozenset({
    "criticise", "criticize", "condemn", "dismiss", "question", "challenge", "praise", "defend",
    "blame", "endorse", "decry",
})
# nouns that, after "the", stand for a person named before ("the candidate said")
PERSON_NOUNS = frozenset({
    "republican", "democrat", "candidate", "nominee", "lawmaker", "billionaire", "businessman",
    "businesswoman", "mogul", "congressman", "congresswoman", "politician", "campaigner", "activist",
    "author", "actor", "actress", "singer", "star", "veteran", "victim", "witness", "lawyer",
    "teacher", "doctor", "driver", "owner", "mother", "father", "woman", "man", "incumbent",
    "frontrunner", "front-runner", "challenger", "hopeful", "contender", "economist", "analyst",
})
# verbs whose direct object is who is spoken to ("told reporters"), never the message
ADDRESSEE_VERBS = frozenset({
    "tell", "ask", "inform", "assure", "reassure", "advise", "remind", "instruct", "order", "beg",
    "implore", "thank", "notify", "warn", "urge",
})
# verbs that name what something is ("described the scene as “...”", "branded it “...”"):
# with quoted words in their "as" phrase, the object and the phrase are the content
NAMING_VERBS = frozenset({
    "describe", "call", "brand", "label", "dub", "term", "characterise", "characterize", "hail",
    "dismiss", "denounce", "condemn", "praise", "slam", "criticise", "criticize", "portray",
    "decry", "tout",
})
# naming verbs that report words even when nothing is quoted ("called the plan a disgrace")
PLAIN_NAMING = frozenset({"call", "describe", "brand", "label", "dub", "term"})
# verb + preposition whose object is the message ("called for", "warned of")
PREP_CONTENT = {
    "call": ("for", "on"), "talk": ("about", "of"), "speak": ("about", "of"), "write": ("about",),
    "complain": ("about",), "warn": ("of", "about", "against"), "report": ("on",), "comment": ("on",),
    "apologise": ("for",), "apologize": ("for",), "ask": ("for", "about"), "argue": ("for", "against"),
    "boast": ("about", "of"), "brag": ("about", "of"), "joke": ("about",), "testify": ("about", "on"), "tweet": ("about",),
    "post": ("about",), "push": ("for",), "plead": ("for",), "lobby": ("for",),
}
# speech verbs that report words only next to a quotation ("“...,” she continued"); alone
# they tell of going on or of consent ("the debate continues", "agreed to the terms")
AFTER_QUOTE_ONLY = frozenset({"continue", "agree"})
OBJECT_PREPS = frozenset({"for", "to", "of", "about", "against", "by", "into", "toward", "towards", "over", "from"})
YES_NO = frozenset({"yes", "no", "so", "nothing"})
SUBORDINATORS = frozenset({"if", "unless", "because", "so", "although", "though", "once",
                           "until", "whether", "even"})
AFTER_WINDOW = 25  # tokens searched after a quote for "he said" ("“...,” Jane Roe, a lawyer for the firm, said")
FLOAT_PARAGRAPHS = 1  # a cue-less quote inherits a speaker at most this many paragraphs back
ORG_WINDOW = 3000  # characters searched back for "a spokesman"'s organisation
PRONOUN_WINDOW = 1500
JOIN_GAP = 300  # "“A,” Jane Roe said.\n\n“B.”": at most this many characters between A and B


@dataclass
class _Speaker:
    mention: str
    start: int
    end: int
    name: str | None = None
    role: str | None = None
    pid: str | None = None


class _Context:
    """Per-document indexes shared by the passes."""

    def __init__(self, doc: Doc, people: list[Person], beliefs: bool):
        self.doc = doc
        self.text = doc.text
        spans = find_quote_spans(self.text)
        self.people = people
        self.owner = person_token_map(doc, people)
        self.tok_starts = [t.idx for t in doc]
        self.spans = spans
        # token -> index of the quote span whose content holds it, or -1
        self.in_quote = [-1] * len(doc)
        for qi, sp in enumerate(spans):
            a = bisect.bisect_left(self.tok_starts, sp.start)
            b = bisect.bisect_left(self.tok_starts, sp.end)
            for i in range(a, b):
                if self.in_quote[i] < 0:
                    self.in_quote[i] = qi
        self.beliefs = beliefs
        self.cue_lemmas = speech_verbs() | (belief_verbs() if beliefs else frozenset())
        self.quote_only = quote_only_verbs()
        # mentions outside quotes, in order: (start, end, person index)
        ments = []
        for pi, p in enumerate(people):
            for m in p.mentions:
                ti = self.token_at(m.start)
                if ti is not None and self.in_quote[ti] < 0:
                    ments.append((m.start, m.end, pi))
        ments.sort()
        self.mentions = ments
        self.mention_starts = [m[0] for m in ments]
        # paragraphs are the non-blank lines (blank lines belong to the paragraph before)
        self.paragraph_starts = [0] + [m.start() for m in re.finditer(r"(?<=\n)[^\S\n]*\S", self.text)]

    def token_at(self, char: int) -> int | None:
        i = bisect.bisect_right(self.tok_starts, char) - 1
        return i if i >= 0 else None

    def paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, char) - 1

    def is_cue(self, tok: Token) -> bool:
        if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_.startswith("VB")):
            return False
        lemma = tok.lemma_.lower()
        if lemma == "read":
            # "the statement read", "her letter reads": a document that carries words
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in tok.children)
        return lemma in self.cue_lemmas or lemma in self.quote_only

    def mention_of(self, pi: int, tok: Token) -> tuple[int, int]:
        for m in self.people[pi].mentions:
            if m.start <= tok.idx < m.end:
                return m.start, m.end
        return tok.idx, tok.idx + len(tok)


def _speaker_for_person(ctx: _Context, pi: int, tok: Token) -> _Speaker:
    p = ctx.people[pi]
    s, e = ctx.mention_of(pi, tok)
    return _Speaker(ctx.text[s:e], s, e, p.name, p.role, p.id)


def _recent(ctx: _Context, char: int, want, window: int) -> int | None:
    pos = bisect.bisect_left(ctx.mention_starts, char)
    for j in range(pos - 1, -1, -1):
        s, _e, pi = ctx.mentions[j]
        if char - s > window:
            return None
        if want(ctx.people[pi]):
            return pi
    return None


def _np_span(tok: Token) -> tuple[int, int]:
    """Character span of a subject noun phrase, without relative clauses or appositions."""
    left = tok.left_edge
    right = tok
    for child in tok.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "for"):
            right = child.right_edge
        else:
            break
    return left.idx, right.idx + len(right)


def resolve_speaker(ctx: _Context, tok: Token) -> _Speaker:
    """The speaker a subject token stands for: a person, an organisation or an unnamed mention."""
    pi = ctx.owner[tok.i]
    if pi >= 0:
        return _speaker_for_person(ctx, pi, tok)
    for child in tok.children:
        if child.dep_ in ("appos", "compound", "flat") and ctx.owner[child.i] >= 0 \
                and ctx.people[ctx.owner[child.i]].kind == "person" and child.i > tok.i:
            sp = _speaker_for_person(ctx, ctx.owner[child.i], child)
            return sp
    for t in tok.subtree:
        # "Head of X at Y, Jane Roe, said": the name in apposition speaks
        if t.dep_ == "appos" and ctx.owner[t.i] >= 0 and ctx.people[ctx.owner[t.i]].kind == "person":
            return _speaker_for_person(ctx, ctx.owner[t.i], t)
    low = tok.lower_
    start, end = tok.idx, tok.idx + len(tok)
    if low in MALE_PRONOUNS or low in FEMALE_PRONOUNS:
        g = "m" if low in MALE_PRONOUNS else "f"
        pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and p.gender == g, PRONOUN_WINDOW)
        if pi is None:
            pi = _recent(ctx, tok.idx, lambda p: p.kind == "person" and p.gender is None, PRONOUN_WINDOW)
        if pi is not None:
            p = ctx.people[pi]
            return _Speaker(tok.text, start, end, p.name, p.role, p.id)
        return _Speaker(tok.text, start, end)
    if low in ("they", "it", "we"):
        pi = _recent(ctx, tok.idx, lambda p: p.kind == "org", 600)
        if pi is not None:
            p = ctx.people[pi]
            return _Speaker(tok.text, start, end, p.name, p.role, p.id)
        return _Speaker(tok.text, start, end)
    s, e = _np_span(tok)
    mention = ctx.text[s:e]
    if tok.lemma_.lower() in DOCUMENT_NOUNS:
        # "a statement from the Harbor Trust said", "her letter read", "the statement read":
        # a document speaks for the one who issued it, named in the phrase or last named
        named = _named_in_phrase(ctx, tok)
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if named is not None:
            p = ctx.people[ctx.owner[named.i]]
        elif poss is not None:
            by = resolve_speaker(ctx, poss)
            return _Speaker(mention, s, e, by.name, by.role, by.pid)
        else:
            pi = _recent(ctx, tok.idx, lambda p: True, PRONOUN_WINDOW)
            p = ctx.people[pi] if pi is not None else None
        if p is not None:
            return _Speaker(mention, s, e, p.name, p.role if p.kind == "person" else None, p.id)
        return _Speaker(mention, s, e)
    if low in spokesperson_nouns():
        org = None
        for t in tok.subtree:
            if ctx.owner[t.i] >= 0 and ctx.people[ctx.owner[t.i]].kind == "org":
                org = ctx.owner[t.i]
                break
        if org is None:
            org = _recent(ctx, tok.idx, lambda p: p.kind == "org", ORG_WINDOW)
        if org is not None:
            p = ctx.people[org]
            word = tok.text.lower()
            return _Speaker(mention, s, e, f"{p.name} {word}", f"{word}, {p.name}", p.id)
        return _Speaker(mention, s, e)
    named = _named_in_phrase(ctx, tok)
    if named is not None and not (_definite_person_description(tok) and ctx.people[ctx.owner[named.i]].kind == "org"):
        p = ctx.people[ctx.owner[named.i]]
        if named.dep_ == "appos" and p.kind == "person":
            return _speaker_for_person(ctx, ctx.owner[named.i], named)
        # "Jane Roe's campaign", "a producer for Acme Studios": the body or person behind it
        return _Speaker(mention, s, e, f"{p.name} {tok.lower_}", p.role if p.kind == "person" else None, p.id)
    if _definite_person_description(tok):
        # "the senator said", "The Wisconsin Republican said": the person last named
        pi = _recent(ctx, tok.idx, lambda p: p.kind == "person", PRONOUN_WINDOW)
        if pi is not None:
            p = ctx.people[pi]
            return _Speaker(mention, s, e, p.name, p.role, p.id)
    if low in org_heads():
        # "police said" -> the police force named before
        pi = _recent(ctx, tok.idx, lambda p: p.kind == "org" and p.name.lower().split()[-1] == low, ORG_WINDOW)
        if pi is not None:
            p = ctx.people[pi]
            return _Speaker(mention, s, e, p.name, p.role, p.id)
    return _Speaker(mention, s, e)


PHRASE_DEPS = frozenset({"poss", "compound", "prep", "pobj", "nmod", "amod", "appos", "flat", "case"})


def _named_in_phrase(ctx: _Context, tok: Token) -> Token | None:
    """The first named person or body inside a subject noun phrase ("Jane Roe's aides")."""
    for t in tok.subtree:
        if t.i == tok.i or ctx.owner[t.i] < 0:
            continue
        up = t
        while up.i != tok.i and up.dep_ in PHRASE_DEPS:
            up = up.head
        if up.i == tok.i:
            return t
    return None


def _definite_person_description(tok: Token) -> bool:
    """'the senator', 'the Kentucky Republican': a singular definite noun naming a role."""
    if tok.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    word = tok.lower_
    return word in titles() or word in PERSON_NOUNS


def _crosses_paragraph(doc: Doc, a: int, b: int) -> bool:
    """A line break between tokens a and b (a < b)."""
    return any("\n" in doc[i].text_with_ws for i in range(a, b))


def _nearest_subject(tok: Token, passive: bool) -> Token | None:
    """The subject child of `tok` nearest to it, preferring one in its paragraph.

    The parser may run a sentence across a paragraph break and give the verb two
    subjects ("The budget passed ...\n\nCouncil leader Jane Roe said:").
    """
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    best, best_key = None, None
    for child in tok.children:
        if child.dep_ not in deps:
            continue
        a, b = sorted((child.i, tok.i))
        if _crosses_paragraph(tok.doc, a, b):
            continue  # a parse that ran on past a paragraph break
        if best_key is None or b - a < best_key:
            best, best_key = child, b - a
    return best


def _subject(verb: Token, is_cue=None) -> Token | None:
    """The grammatical subject of a cue verb, climbing "..., saying"/"adding"/"and said" clauses."""
    tok = verb
    for _ in range(5):
        subj = _nearest_subject(tok, passive=tok is not verb)
        if subj is not None:
            return subj
        if tok is verb and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and is_cue is not None \
                and is_cue(tok.head.head):
            # "said the plan was sound and told the council ...": the parser hung the second
            # report on the first one's clause; it shares the first report's subject
            tok = tok.head.head
            continue
        for child in tok.children:
            if child.dep_ == "agent":
                for g in child.children:
                    if g.dep_ == "pobj":
                        return g
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        if tok.dep_ not in CLIMB_DEPS or tok.head is tok:
            return None
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp", "pcomp", "pobj"):
            # a participle clause ("..., saying") shares the subject of the main clause
            root = tok.sent.root
            if root is not tok:
                tok = root
                continue
        tok = tok.head
    return None


def _left_person(ctx: _Context, verb: Token) -> Token | None:
    """A name just before the verb when the parser found no subject ("Theresa May called")."""
    i = verb.i - 1
    floor = max(verb.sent.start, verb.i - 4)
    while i >= floor:
        tok = ctx.doc[i]
        if ctx.owner[i] >= 0:
            return tok
        if tok.pos_ not in ("ADV", "AUX", "PART"):
            return None
        i -= 1
    return None


def _speaker_of_verb(ctx: _Context, verb: Token) -> _Speaker | None:
    subj = _subject(verb, ctx.is_cue)
    if subj is None or subj.ent_type_ in ("TIME", "DATE"):
        # no subject, or a live blog's time stamp parsed as one ("4:40 p.m. Jane Roe says")
        subj = _left_person(ctx, verb) or subj
    if subj is None and verb.dep_ == "acl" and verb.head.i < verb.i and ctx.owner[verb.head.i] >= 0:
        # "“...” Jane Roe, a councillor, tweeted": the verb misparsed as a modifier of the name
        return resolve_speaker(ctx, verb.head)
    if subj is None:
        # "Jane Roe, a lawyer helping them, said ...", the name parsed as a clause before the cue
        for child in verb.lefts:
            if child.dep_ == "ccomp" and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.rights):
                named = next((t for t in child.subtree if ctx.owner[t.i] >= 0), None)
                if named is not None:
                    return resolve_speaker(ctx, named)
        return None
    if subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl":
        subj = subj.head.head
    return resolve_speaker(ctx, subj)


def _quote(sp_start: int, sp_end: int, text: str, kind: str, cue: Token | None,
           speaker: _Speaker | None, cue_end_tok: Token | None = None) -> Quote:
    q = Quote(text=text[sp_start:sp_end], start=sp_start, end=sp_end, kind=kind)  # type: ignore[arg-type]
    if cue is not None:
        last = cue_end_tok or cue
        q.cue_start, q.cue_end = cue.idx, last.idx + len(last)
        q.cue = text[q.cue_start:q.cue_end]
    if speaker is not None:
        q.speaker, q.speaker_start, q.speaker_end = speaker.mention, speaker.start, speaker.end
        q.speaker_name, q.speaker_role, q.speaker_id = speaker.name, speaker.role, speaker.pid
    return q


def _cue_after(ctx: _Context, sp: QuoteSpan) -> tuple[Token | None, _Speaker | None]:
    """'“...,” she said' / '“...” - Jane Roe': a cue or signature right after the quote."""
    text = ctx.text
    j = sp.outer_end if sp.closed else sp.end
    rest = text[j:j + 4]
    start_tok = bisect.bisect_left(ctx.tok_starts, j)
    para_end = text.find("\n", j)
    para_end = len(text) if para_end < 0 else para_end
    if rest.lstrip()[:1] in DASHES:
        for i in range(start_tok, min(len(ctx.doc), start_tok + 5)):
            tok = ctx.doc[i]
            if tok.idx >= para_end:
                break
            if ctx.owner[i] >= 0:
                return None, _speaker_for_person(ctx, ctx.owner[i], tok)
    for i in range(start_tok, min(len(ctx.doc), start_tok + AFTER_WINDOW)):
        tok = ctx.doc[i]
        if tok.idx >= para_end or ctx.in_quote[i] >= 0:
            break
        lemma = tok.lemma_.lower()
        # "“...,” she tweeted" yes; "“...,” she called" no ("call" reports only quoted words it holds)
        if ctx.is_cue(tok) and (lemma not in ctx.quote_only or lemma in ctx.cue_lemmas):
            if _introduces_next(ctx, sp, tok, para_end):
                return None, None
            return tok, _speaker_of_verb(ctx, tok)
        if tok.text in SENTENCE_END:
            break
    return None, None


def _tail_clause_end(ctx: _Context, sp: QuoteSpan, cue: Token | None, speaker: _Speaker | None) -> int | None:
    """End of the words that finish a quoted phrase's sentence before its cue.

    '“Boots on the ground” would be a mistake, he said': the quoted words open a
    clause that goes on past the closing mark; the statement is the whole clause.
    None when the quote ends its own clause ('“...,” he said').
    """
    text = ctx.text
    if not sp.closed or cue is None:
        return None
    inner = text[sp.start:sp.end].rstrip()
    if not inner or not (inner[-1].isalnum() or inner[-1] in ")]%"):
        return None  # '“...,” he said', '“...?” she asked': the quote ends its clause
    m = re.match(r"[ \t]+([a-z0-9])", text[sp.outer_end:sp.outer_end + 4])
    if m is None:
        return None
    stop = cue.idx
    if speaker is not None and sp.outer_end <= speaker.start < stop:
        stop = speaker.start
    cut = text.rfind(",", sp.outer_end, stop)
    if cut < 0:
        return None
    words = text[sp.outer_end:cut]
    if len(words.split()) < 2 or any(c in words for c in ".!?;:\n") or ctx.in_quote[cue.i] >= 0:
        return None
    ti = ctx.token_at(sp.outer_end + m.start(1))
    if ti is not None and ctx.is_cue(ctx.doc[ti]):
        return None  # '“...” said Jane Roe, a lawyer, ...'
    return cut


def _tail_to_sentence_end(ctx: _Context, sp: QuoteSpan) -> int | None:
    """End of the sentence that a quoted phrase after its cue runs into ('said, “A” until B.')."""
    text = ctx.text
    if not sp.closed:
        return None
    inner = text[sp.start:sp.end].rstrip()
    if not inner or not (inner[-1].isalnum() or inner[-1] in ")]%"):
        return None
    if re.match(r"[ \t]+[a-z0-9]", text[sp.outer_end:sp.outer_end + 3]) is None:
        return None
    i = ctx.token_at(sp.outer_end)
    if i is None:
        return None
    if ctx.doc[i].idx < sp.outer_end:
        i += 1
    j = i
    while j < len(ctx.doc) and j - i < 20:
        t = ctx.doc[j]
        if ctx.in_quote[j] >= 0 or ctx.is_cue(t) or "\n" in t.text_with_ws or t.text in (",", ";", ":"):
            return None
        if t.text in SENTENCE_END:
            if j == i or all(u.ent_type_ in ("DATE", "TIME") or u.pos_ in ("ADP", "DET") for u in ctx.doc[i:j]):
                return None  # '“...” on Friday.': when it was said, the writer's
            return t.idx
        j += 1
    return None


def _introduces_next(ctx: _Context, sp: QuoteSpan, cue: Token, para_end: int) -> bool:
    """'“A.” Jane Roe said: “B.”': a cue after a finished sentence that ends in a colon
    before another quote introduces that quote, not the one before it; one with a clause
    of its own ('“A.” She said that B.') reports that clause."""
    text = ctx.text
    inner = text[sp.start:sp.end].rstrip()
    if not inner.endswith((".", "!", "?")):
        return False  # '“A,” she said:' is rare; a comma ties the quote to the cue
    if inner.endswith(".") and any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i and ctx.in_quote[c.i] < 0
                                   for c in cue.children):
        # '“A.” He said that B.': after a full stop the cue starts a report of its own
        return True
    j = cue.i + 1
    while j < len(ctx.doc) and ctx.doc[j].idx < para_end and j - cue.i < 12:
        t = ctx.doc[j]
        if t.text in SENTENCE_END or ctx.in_quote[j] >= 0:
            return False
        if t.text == ":":
            rest = text[t.idx + 1:t.idx + 4].lstrip()
            return rest[:1] in OPEN_MARKS or rest[:2] == "''" or not rest
        j += 1
    return False


def _cue_before(ctx: _Context, sp: QuoteSpan, prev_end: int) -> Token | None:
    """'X said: “...”': the nearest cue verb before the quote in its sentence."""
    text = ctx.text
    para_start = ctx.paragraph_starts[ctx.paragraph(sp.outer_start)]
    floor = max(prev_end, para_start)
    i = bisect.bisect_left(ctx.tok_starts, sp.outer_start) - 1
    before = text[floor:sp.outer_start].rstrip()
    introduces = before.endswith((":", ","))  # "said:" / "said," introduce a direct quote
    steps = 0
    while i >= 0 and ctx.doc[i].idx >= floor and steps < 40:
        tok = ctx.doc[i]
        if ctx.in_quote[i] >= 0:
            break
        if tok.text in SENTENCE_END:
            break
        if ctx.is_cue(tok):
            # "said: “...”", "said, “...”" or the quote right after the verb ("said “...”")
            if introduces:
                return tok
            if steps == 0 and ctx.text[sp.start:sp.start + 1].isupper():
                # 'said “Sorry” to the crowd': the sentence goes on, a mixed quote
                after = ctx.text[sp.outer_end:sp.outer_end + 3].lstrip(" ") if sp.closed else ""
                return None if after[:1].isalpha() and after[:1].islower() else tok
            return None
        i -= 1
        steps += 1
    return None


def _colon_paragraph_cue(ctx: _Context, sp: QuoteSpan) -> Token | None:
    """'Jane Roe said:' ending the paragraph before a quoted paragraph."""
    para = ctx.paragraph(sp.outer_start)
    if para == 0 or ctx.text[ctx.paragraph_starts[para]:sp.outer_start].strip():
        return None
    k = para - 1
    prev_text = ctx.text[ctx.paragraph_starts[k]:ctx.paragraph_starts[para]].rstrip()
    if not prev_text.endswith(":"):
        return None
    i = bisect.bisect_left(ctx.tok_starts, ctx.paragraph_starts[k] + len(prev_text)) - 1
    steps = 0
    while i >= 0 and steps < 40:
        tok = ctx.doc[i]
        if tok.text in SENTENCE_END or ctx.in_quote[i] >= 0:
            break
        if ctx.is_cue(tok):
            return tok
        i -= 1
        steps += 1
    return None


def _newcomer_before(ctx: _Context, sp: QuoteSpan, last: Quote | None) -> _Speaker | None:
    """A person, not the last speaker, who is the subject of the sentence just before a
    quote in its paragraph ("Jane Roe agreed. “...”"): the quote is theirs."""
    para_start = ctx.paragraph_starts[ctx.paragraph(sp.outer_start)]
    lo = bisect.bisect_left(ctx.mention_starts, para_start)
    hi = bisect.bisect_left(ctx.mention_starts, sp.outer_start)
    for j in range(hi - 1, lo - 1, -1):
        s, _e, pi = ctx.mentions[j]
        p = ctx.people[pi]
        if last is not None and p.id == last.speaker_id:
            return None
        ti = ctx.token_at(s)
        if ti is None or p.kind != "person":
            continue
        tok = ctx.doc[ti]
        # the head word of the name, subject of a verb in the sentence right before the quote
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "nsubj" and tok.sent.end_char <= sp.outer_start + 1 \
                and not ctx.text[tok.sent.end_char:sp.outer_start].strip():
            return _speaker_for_person(ctx, pi, ctx.doc[ti])
        return None
    return None


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _lead_in(ctx: _Context, cue: Token, sp: QuoteSpan, prev_end: int) -> tuple[int, int] | None:
    """Span of a clause that opens the sentence before a parenthetical cue and its quote.

    'If turnout falls, Jane Roe wrote, “the council will lose its mandate.”': the clause
    before "Jane Roe wrote," is the first half of what she wrote. A framing phrase with no
    clause of its own ("At the end of the day, she said, “...”") is the writer's.
    """
    doc = ctx.doc
    subj = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None  # "..., saying: “...”": a participle, not a parenthetical "she said"
    k = subj.left_edge.i
    if k < 2 or doc[k - 1].text != ",":
        return None
    # the cue phrase runs straight into the quote: "Jane Roe wrote, “...", also past who was
    # told or when ("Jane Roe told reporters on Friday, “...")
    between = ctx.text[cue.idx + len(cue):sp.outer_start].strip(" ,:")
    if between and (len(between.split()) > 5 or any(c in between for c in ",;:.\n\"“”'‘’")):
        return None
    para_start = ctx.paragraph_starts[ctx.paragraph(sp.outer_start)]
    floor = max(prev_end, para_start)
    i = k - 2
    while i >= 0 and doc[i].idx >= floor and doc[i].text not in SENTENCE_END and ctx.in_quote[i] < 0:
        i -= 1
    first = i + 1
    if first >= k - 1 or doc[first].idx < floor:
        return None
    lead = doc[first:k - 1]
    if any(ctx.is_cue(t) for t in lead):
        return None
    # a quote opening in lower case finishes the sentence the phrase began, clause or not
    # ("Sooner or later, she said, “it will pay off.”")
    opens_lower = ctx.text[sp.start:sp.start + 1].islower()
    if not opens_lower and (not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in lead)
                            or not any(t.tag_ in FINITE_TAGS for t in lead)):
        return None
    # one opening a sentence of its own goes with the clause only when that is subordinate
    # ("If X, she said, “...”")
    if not opens_lower and not (lead[0].dep_ == "mark" or lead[0].tag_ == "IN" and lead[0].pos_ == "SCONJ"):
        return None
    return doc[first].idx, doc[k - 1].idx


def _direct_quotes(ctx: _Context) -> list[Quote]:
    """Pass 1: quoted spans with their cue or inherited speaker."""
    quotes: list[Quote] = []
    last: tuple[int, Quote] | None = None  # (paragraph, quote) of the last attributed quote
    by_span: dict[int, Quote] = {}
    joins: list[bool] = []  # quote i continues quote i-1 (same statement, one Quote)
    prev_end = 0
    # 'X, “a,” she said. “B.”': the mid-sentence quote goes to the mixed pass, but B goes on
    # with its statement; `pending` stands for it (its cue and speaker) until a quote is kept
    pending: Quote | None = None
    for qi, sp in enumerate(ctx.spans):
        latest = pending if pending is not None else (quotes[-1] if quotes else None)
        if sp.single and (sp.end - sp.start) < 40 or (sp.end - sp.start) < 2:
            prev_end = max(prev_end, sp.outer_end)  # scare quotes: left to the mixed pass
            continue
        cue: Token | None = None
        speaker: _Speaker | None = None
        # '“...\n\n“B,” he said with a grin.': a paragraph that carries its own cue is a
        # statement of its own, even when the quote before it was left open
        own_cue = sp.closed and sp.continues >= 0 and any(x is not None for x in _cue_after(ctx, sp))
        if sp.continues >= 0 and sp.continues in by_span and not own_cue:
            src = by_span[sp.continues]
            q = Quote(ctx.text[sp.start:sp.end], sp.start, sp.end, "direct")
            _copy_speaker(q, src)
            quotes.append(q)
            pending = None
            joins.append(len(quotes) > 1 and quotes[-2] is src)
            by_span[qi] = q
            last = (ctx.paragraph(sp.start), q)
            prev_end = sp.outer_end
            continue
        before = _cue_before(ctx, sp, prev_end)
        tail: int | None = None  # end of a clause the quoted words open or close (a mixed quote)
        if before is not None:
            cue, speaker = before, _speaker_of_verb(ctx, before)
            # 'Jane Roe said, “We have three weeks to go” until the vote.'
            tail = _tail_to_sentence_end(ctx, sp)
        else:
            text_before = ctx.text[ctx.paragraph_starts[ctx.paragraph(sp.outer_start)]:sp.outer_start]
            starts_clause = CLAUSE_START.search(text_before) is not None
            after_cue, after_speaker = _cue_after(ctx, sp) if starts_clause else (None, None)
            if after_cue is not None or after_speaker is not None:
                cue, speaker = after_cue, after_speaker
                # '“We have three weeks to go” until the vote, she said'
                tail = _tail_clause_end(ctx, sp, cue, speaker)
            elif not starts_clause:
                # quoted words inside a sentence: the mixed pass takes them
                after_cue, after_speaker = _cue_after(ctx, sp)
                if after_cue is not None and after_speaker is not None and not sp.single:
                    pending = _quote(sp.start, sp.end, ctx.text, "mixed", after_cue, after_speaker)
                    last = (ctx.paragraph(sp.start), pending)
                prev_end = sp.outer_end
                continue
            else:
                cue = _colon_paragraph_cue(ctx, sp)
                if cue is not None:
                    speaker = _speaker_of_verb(ctx, cue)
        if tail is not None:  # the quoted words and the clause they belong to: one statement
            q = _quote(sp.start, tail, ctx.text, "mixed", cue, speaker)
            quotes.append(q)
            pending = None
            joins.append(False)
            by_span[qi] = q
            last = (ctx.paragraph(sp.start), q)
            prev_end = sp.outer_end
            continue
        lead = _lead_in(ctx, before, sp, prev_end) if before is not None else None
        if lead is not None:
            # 'The roads were empty, he added, “but people came.”': one statement around its
            # cue, in two parts that share it (the clause, then the quoted words)
            ls, le = _trim_chars(ctx.text, *lead)
            if le - ls >= 2:
                quotes.append(_quote(ls, le, ctx.text, "mixed", cue, speaker))
                pending = None
                joins.append(False)
        q = _quote(sp.start, sp.end, ctx.text, "direct", cue, speaker)
        newcomer = _newcomer_before(ctx, sp, last[1] if last is not None else None) \
            if cue is None and speaker is None else None
        if newcomer is not None:
            # 'Jane Roe agreed. “...”': someone else named as the subject just before the quote
            speaker = newcomer
            q = _quote(sp.start, sp.end, ctx.text, "direct", None, speaker)
        elif cue is None and speaker is None and last is not None:
            para = ctx.paragraph(sp.start)
            if para - last[0] <= FLOAT_PARAGRAPHS:
                _copy_speaker(q, last[1])
                # '“A,” she said. “B.”': B goes on with the same statement, so the same cue
                # reports it; it stays a Quote of its own, the attribution between them outside both
                if (latest is last[1] and para - ctx.paragraph(last[1].end) <= 1
                        and sp.outer_start - last[1].end <= JOIN_GAP):
                    _copy_cue(q, last[1])
        if cue is None and (q.speaker is None and q.speaker_name is None or _looks_like_title(q.text)):
            prev_end = sp.outer_end
            continue  # a quoted title or block with no one to say it: not a quote we can attribute
        if sp.single and q.speaker_name is None and cue is None:
            # a lone single-quoted phrase is a scare quote, not a statement
            prev_end = sp.outer_end
            continue
        quotes.append(q)
        pending = None
        joins.append(False)  # '“A,” she said, “B.”': two Quotes sharing the cue (statements.group_statements)
        by_span[qi] = q
        if q.speaker is not None or q.speaker_name is not None:
            last = (ctx.paragraph(sp.start), q)
        prev_end = sp.outer_end
    return _join(ctx.text, quotes, joins)


TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by"})


def _looks_like_title(words: str) -> bool:
    """“The Long Night”, “Billions”: a short title-case name with no sentence punctuation."""
    tokens = words.split()
    if not tokens or len(tokens) > 6 or words.rstrip()[-1:] in ".,!?;:":
        return False
    return all(t[:1].isupper() or t[:1].isdigit() or (i > 0 and t.lower() in TITLE_SMALL_WORDS)
               for i, t in enumerate(tokens))


def _join(text: str, quotes: list[Quote], joins: list[bool]) -> list[Quote]:
    """One Quote per statement: paragraphs of one quote and quotes split by their cue merge."""
    out: list[Quote] = []
    for q, join in zip(quotes, joins):
        if join and out:
            prev = out[-1]
            prev.end = q.end
            prev.text = text[prev.start:prev.end]
            if prev.cue is None and q.cue is not None:
                prev.cue, prev.cue_start, prev.cue_end = q.cue, q.cue_start, q.cue_end
        else:
            out.append(q)
    return out


def _copy_cue(q: Quote, src: Quote) -> None:
    q.cue, q.cue_start, q.cue_end = src.cue, src.cue_start, src.cue_end


def _copy_speaker(q: Quote, src: Quote) -> None:
    q.speaker, q.speaker_start, q.speaker_end = src.speaker, src.speaker_start, src.speaker_end
    q.speaker_name, q.speaker_role, q.speaker_id = src.speaker_name, src.speaker_role, src.speaker_id


def _names_someone(tok: Token) -> bool:
    """A pronoun object ("accused him"): who the words were about, with no message to show."""
    return tok.pos_ == "PRON"


def _has_words(doc: Doc, a: int, b: int) -> bool:
    return any(not (t.is_punct or t.is_space) for t in doc[a:b])


QUESTION_MARKS = frozenset({"if", "whether"})


def _is_question(child: Token) -> bool:
    """A question put by "ask": "(asked) if/whether ...", "(asked) what/why/how ..."."""
    if child.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS
                                                for c in child.children):
        return True
    if child.dep_ == "ccomp" and any(t.tag_ in ("WRB", "WP", "WDT") for t in child.subtree if t.i <= child.i):
        return True
    # "asked what qualities he wanted": the wh-phrase parsed as the object of "ask"
    return child.dep_ == "dobj" and child.left_edge.tag_ in ("WP", "WDT")


def _asked_question(tok: Token) -> bool:
    """"Asked whether he would run (asked about it), she said ...": a reporter's question.

    Who put it goes unnamed; the main clause's subject is the one asked."""
    return tok.lemma_.lower() == "ask" and tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("advcl", "amod", "acl") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and any((_is_question(c) or (c.dep_ == "prep" and c.lower_ == "about")) and c.i > tok.i
                for c in tok.children)


def _attributive(tok: Token) -> bool:
    """A past participle inside a noun phrase ("include pledged delegates"), misparsed as a verb."""
    doc = tok.doc
    if tok.tag_ not in ("VBN", "VBD") or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    return prev.pos_ in ("DET", "NUM", "ADP", "VERB") and prev.dep_ not in ("aux", "auxpass") \
        and nxt.pos_ == "NOUN" and nxt.head.i == tok.i and nxt.dep_ == "dobj"


def _only_when(tok: Token) -> bool:
    """A phrase that only tells when ("Tuesday", "this week", "last month")."""
    words = [t for t in tok.subtree if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") or t.pos_ == "DET" for t in words)


def _content_range(ctx: _Context, verb: Token, has_quote) -> tuple[int, int] | None:
    """Token range of what a cue verb reports.

    Its clause ("said that ...", also before it: "..., she said"), an xcomp
    ("urged them to ..."), an object holding quoted words ("called the attack
    “sick”"), the object of verbs whose object is the message ("announced her
    resignation"), a fixed preposition ("called for ..."), or, for a
    parenthetical "she said", the clause around it.
    """
    lemma = verb.lemma_.lower()
    quote_only = lemma in ctx.quote_only and lemma not in ctx.cue_lemmas
    preps = PREP_CONTENT.get(lemma, ())
    parts = []
    free = False  # a content that needs no quoted words even after a quote-only verb
    for child in verb.children:
        dep = child.dep_
        if dep in COMPLEMENT_DEPS:
            parts.append(child)
        elif child.i < verb.i:
            continue
        elif dep == "xcomp" and lemma not in NO_XCOMP and not quote_only:
            parts.append(child)
            # "urged the senator to resign": who is urged goes with what
            parts.extend(c for c in verb.rights if c.dep_ == "dobj" and c.i < child.i and ctx.in_quote[c.i] < 0)
        elif dep in OBJECT_DEPS and has_quote(child) and not (dep == "dobj" and lemma in ADDRESSEE_VERBS):
            parts.append(child)
        elif dep == "dobj" and (lemma in OBJECT_CONTENT or (ctx.beliefs and lemma in EVALUATION_OBJECT)) \
                and child.lemma_.lower() not in TAKEN_OR_REFUSED.get(lemma, ()) \
                and (not _names_someone(child) or any(c.dep_ == "prep" and c.lower_ == "of" and c.i > child.i
                                                      for c in verb.rights)):
            # ("accused him of lying": with its charge, the one accused goes with it)
            parts.append(child)
            # "accused the agency of hiding it", "dismissed the claim as nonsense"
            parts.extend(c for c in verb.rights if c.dep_ == "prep" and c.i > child.i and c.lower_ in ("of", "as"))
        elif lemma == "say" and (dep == "dobj" or (dep in ("advmod", "intj") and child.lower_ in YES_NO)) \
                and child.left_edge.i == verb.i + 1:
            # "said yes", "said so", "said the same of her rival": the object is the message
            parts.append(child)
            parts.extend(c for c in verb.rights if c.dep_ == "prep" and c.i > child.i
                         and c.lower_ in ("of", "about", "for"))
        elif lemma == "ask" and _is_question(child):
            parts.append(child)  # "asked them if it would pass", "asked why she left"
        elif dep == "prep" and child.lower_ in preps:
            parts.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
            free = True  # "called for calm": the preposition makes it a report, quoted or not
            if child.lower_ in ("on", "for"):
                # "called on Congress to pass it", "called for the governor to resign": the
                # parser may hang the infinitive on the verb
                parts.extend(c for c in verb.rights if c.i > child.i and (c.dep_ == "xcomp" or (
                    c.dep_ == "advcl" and c.left_edge.tag_ == "TO" and c.left_edge.i == child.right_edge.i + 1)))
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    parts.extend(c for c in pobj.rights if c.dep_ in ("acl", "xcomp"))
        elif dep == "advcl" and "for" in preps and child.left_edge.lower_ == "for" \
                and child.left_edge.dep_ == "mark" and child.left_edge.i == verb.i + 1:
            # "called for the president to resign": the parser makes "for" open a clause
            parts.append(child)
            free = True
        elif dep == "prep" and child.lower_ == "as" and lemma in NAMING_VERBS and has_quote(child):
            parts.append(child)  # "described the scene as “...”": the object joins it below
        elif dep == "prep" and lemma not in ctx.quote_only:
            # "said in a statement that ...": the parser hung the clause on the statement
            for pobj in (c for c in child.children if c.dep_ == "pobj" and c.lemma_.lower() in MEDIUM_NOUNS):
                parts.extend(c for c in pobj.rights if c.dep_ == "acl"
                             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
    # "reported on Tuesday", "promised Sunday": when it was said, not what
    parts = [p for p in parts if not _only_when(p)]
    if not parts and lemma in COMMISSIVE:
        # "promised on Sunday at a rally to end the program": an infinitive the parser hung
        # on the cue as an adverbial clause past a phrase of time or place
        parts.extend(c for c in verb.rights if c.dep_ == "advcl" and c.left_edge.tag_ == "TO"
                     and c.left_edge.i > verb.i + 1)
    # a parse that runs across a paragraph break ("Headline.\n\nCITY (AP) — X said ...")
    # never gives the cue a complement in another paragraph
    parts = [p for p in parts if ctx.paragraph(p.idx) == ctx.paragraph(verb.idx)]
    # a clause before the cue past a colon or semicolon is a sentence of its own ("...: Some
    # said ..."), and with a clause after the cue and no subject, the "clause" before it is a
    # misparsed subject ("Jane Roe, a lawyer helping them, said the case ...")
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    right = [p for p in parts if p.i > verb.i]
    parts = [p for p in parts if p.i > verb.i or not (
        any(t.text in (":", ";") for t in ctx.doc[p.right_edge.i + 1:verb.i])
        or (right and not has_subject))]
    # "As the paper reported, ...": the clause after the comma is the report
    as_clause = verb.dep_ == "advcl" and verb.i < verb.head.i and verb.right_edge.i + 1 < len(verb.doc) \
        and verb.doc[verb.right_edge.i + 1].text == "," \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if quote_only and not free and not any(has_quote(p) for p in parts):
        # "called the plan a disgrace", "described her as reckless": naming an object is
        # a statement even with no quoted words (a verb with a subject, in the active voice)
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None) \
            if lemma in PLAIN_NAMING and (any(c.dep_ == "nsubj" for c in verb.children) or verb.tag_ == "VBG") \
            else None
        name = next((c for c in verb.rights if obj is not None and c.i > obj.i and (
            c.dep_ in ("oprd", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as"))), None)
        if obj is not None and name is not None:
            return obj.left_edge.i, name.right_edge.i + 1
    if not parts:
        # "The plan, she said, will work." / "As the paper reported, the plan failed."
        if verb.dep_ in ("parataxis", "advcl") and (verb.dep_ == "parataxis" or as_clause) \
                and verb.head.i != verb.i and not quote_only:
            head = verb.head  # "The plan, she said, will work.": the clause around the cue
            a, b = head.left_edge.i, head.right_edge.i + 1
            va, vb = verb.left_edge.i, verb.right_edge.i + 1
            if as_clause and _has_words(ctx.doc, vb, b):
                return vb, b  # "And, as the paper reported, the plan failed."
            if _has_words(ctx.doc, a, va) and _has_words(ctx.doc, vb, b):
                return a, b  # the cue sits inside its content
            return (a, va) if va - a >= b - vb else (vb, b)
        return None
    if quote_only and not free and not any(has_quote(p) for p in parts):
        return None
    start = min(p.left_edge.i for p in parts)
    if ctx.doc[start].lower_ == "for" and ctx.doc[start].dep_ == "mark" and start == verb.i + 1:
        start += 1  # "called for the president to resign": what was called for
    # an object before the clause belongs to it: "called the attack “sick”"
    if lemma not in ADDRESSEE_VERBS and not any(p.dep_ == "ccomp" for p in parts):
        for child in verb.rights:
            if child.dep_ in ("dobj",) and child.i < start and any(has_quote(p) for p in parts) \
                    and not _only_when(child):
                start = child.left_edge.i
    end = max(p.right_edge.i for p in parts) + 1
    # a subordinate clause the parser hung on the cue belongs to the report: "threatened
    # to leave unless he is paid", "said it would pass if the vote is held"
    for child in verb.rights:
        if child.dep_ == "advcl" and child.left_edge.i == end and child.i > end \
                and any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in child.children):
            end = child.right_edge.i + 1
    # a phrase the parser hung on the verb right after an object message completes it:
    # "proposed a safe zone for the refugees", "announced his engagement to Jane Roe"
    if not any(p.dep_ == "ccomp" for p in parts):
        for child in verb.rights:
            if child.i < end:
                continue
            if child.dep_ == "prep" and child.left_edge.i == end and child.lower_ in OBJECT_PREPS \
                    and not (child.lower_ == "to" and _audience(child)):
                end = child.right_edge.i + 1
            else:
                break
    # a clause coordinated with the cue verb, "said X, and Y", is the writer's, except a second
    # "that" clause the parser hung on the verb ("said X and that Y")
    for child in verb.rights:
        if child.dep_ == "conj" and child.i >= end and not ctx.is_cue(child) \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            end = child.right_edge.i + 1
    if start < verb.i < end:
        # content on both sides of the verb (a left clause and a right object): keep the clause
        left = [p for p in parts if p.i < verb.i]
        if left:
            start, end = min(p.left_edge.i for p in left), min(verb.i, max(p.right_edge.i for p in left) + 1)
        else:
            start = verb.i + 1
    return start, end


AUDIENCE = frozenset({"reporter", "journalist", "press", "crowd", "audience", "supporter", "voter", "viewer",
                      "listener", "reader", "student", "member", "delegate", "lawmaker", "donor", "employee",
                      "staff", "worker", "official"})


def _audience(prep: Token) -> bool:
    """"(confirmed the closure) to reporters": who was told, not part of the message."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (pobj.pos_ == "PRON" or pobj.lemma_.lower() in AUDIENCE)


def _cut_nested_report(ctx: _Context, verb: Token, a: int, b: int) -> int:
    """End a content before a coordinated report of its own.

    "says he will win and tells the crowd he was first": the second verb is the
    speaker's next act, with its own content, not part of what was said first.
    """
    doc = ctx.doc
    for i in range(a + 1, b):
        t = doc[i]
        if t.i == verb.i or ctx.in_quote[i] >= 0:
            continue
        first = t.left_edge.i
        if t.dep_ == "conj" and first > a + 1 and doc[first - 1].text in DASHES and doc[first - 2].whitespace_ \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return first - 1  # "X happened — and he blamed Y": a new sentence in all but name
        if t.dep_ not in ("conj", "advcl", "ccomp") or not ctx.is_cue(t):
            continue
        if t.dep_ == "advcl" and not (t.tag_ == "VBG" and first > a and doc[first - 1].text == ","):
            continue  # only "..., suggesting that ...": a participle clause after a comma
        if t.dep_ == "ccomp" and not (t.head.i == verb.i and first > a + 1 and doc[first - 1].pos_ == "CCONJ"
                                      and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
            # "said A, and most said B": the parser hung the second report on the first cue
            continue
        if not (a <= t.head.i < b or t.dep_ == "ccomp"):
            continue
        j = first
        # the conjunction and comma before the conjunct go with it
        while j > a + 1 and (doc[j - 1].pos_ in ("CCONJ", "PUNCT") or doc[j - 1].is_space):
            j -= 1
        if j > a:
            return j
    return b


TRAILING_ASIDE_DEPS = frozenset({"relcl"})  # an apposition is part of the reported clause
# participles with which a writer comments on a report: "said it would close, echoing a
# memo", "..., drawing a sharp reply", "..., putting them at odds with the party"
WRITER_COMMENT = frozenset({
    "echo", "reflect", "highlight", "underscore", "contrast", "draw", "prompt", "spark", "signal",
    "put", "point", "surpass", "elevate", "mark", "fuel", "raise", "set", "refer",
})


def _after_comma(doc: Doc, i: int) -> bool:
    """Token i follows a comma, also one inside closing quotation marks ('“... June,” referring')."""
    if doc[i - 1].text == ",":
        return True
    return i >= 2 and doc[i - 1].text in "”’\"'" and doc[i - 2].text == ","


def _clause_top(doc: Doc, a: int, b: int) -> int:
    """The token of doc[a:b] whose head lies outside it (the reported clause's verb)."""
    for t in doc[a:b]:
        if not (a <= t.head.i < b) or t.head.i == t.i:
            return t.i
    return a


def _cut_trailing_aside(ctx: _Context, a: int, b: int) -> int:
    """End a content before an aside set off by a comma that runs to its end.

    "said the emails went to Jane Roe, who was then her deputy": the relative clause
    or apposition after the comma is the writer's gloss, not the speaker's words.
    """
    doc = ctx.doc
    for i in range(a + 2, b - 1):
        # "..., an admission the campaign quickly seized on": a summary phrase after a comma;
        # after a dash only one hung on the clause ("said it would close — a claim she has
        # made before"), not an apposition to the noun before it ("another man — a suspect")
        t = doc[i]
        dash = t.text in DASHES + "--" and bool(t.whitespace_)
        if (t.text == "," or dash) and doc[i + 1].lower_ in ("a", "an") and ctx.in_quote[i] < 0:
            head = doc[i + 1].head
            if head.pos_ == "NOUN" and head.dep_ in ("dobj", "npadvmod", "appos", "attr", "dep") \
                    and not (dash and (head.dep_ == "appos" or any(
                        c.dep_ == "acl" and any(m.dep_ == "mark" for m in c.children) for c in head.rights))) \
                    and head.left_edge.i == i + 1 and head.right_edge.i + 1 >= b - 1 and head.head.i < i:
                return i
    for i in range(a + 2, b):
        t = doc[i]
        if ctx.in_quote[i] >= 0:
            continue
        first = t.left_edge.i
        tail = t.right_edge.i + 1 >= b - 1 and first > a + 1 and t.head.i < first and a <= t.head.i
        if tail and t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj", "acl") \
                and _after_comma(doc, first) and first == t.i and t.lemma_.lower() in WRITER_COMMENT:
            # "said it would close, putting 200 jobs at risk": the writer's comment on the report
            return first - 1
        if tail and t.dep_ == "advcl" and _after_comma(doc, first) \
                and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in t.children) \
                and any(ctx.is_cue(c) for c in t.subtree):
            # "said she backed the plan, while others said they wanted a delay": another report
            return first - 1
        if tail and t.dep_ == "advcl" and first > a + 1 and doc[first].lower_ == "after" \
                and doc[first].dep_ == "mark" and t.head.i == _clause_top(doc, a, b) \
                and any(ctx.is_cue(u) for u in t.subtree):
            # "said she is tough enough after a voter told her she was too nice": what the report
            # answered, told by the writer (an "after" clause with no report in it may be the speaker's)
            return first - (1 if doc[first - 1].text == "," else 0)
        if t.dep_ not in TRAILING_ASIDE_DEPS:
            continue
        first = t.left_edge.i
        if first <= a + 1 or doc[first - 1].text != "," or t.right_edge.i + 1 < b - 1:
            continue
        if t.dep_ == "relcl" and doc[first].lower_ not in ("who", "which", "whose", "whom", "where"):
            continue
        return first - 1
    return b


def _indirect_quotes(ctx: _Context, direct: list[Quote], absorbed: set[int]) -> list[Quote]:
    """Pass 2: clausal complements of cue verbs ("said that ..."), mixed quotes, "according to".

    A direct quote that finishes a reported clause ("said that X, “...”") becomes part of
    one mixed quote; its id goes into `absorbed`.
    """
    doc, text = ctx.doc, ctx.text
    out: list[Quote] = []
    # direct quote intervals, to cut complements at a quote they introduce
    d_starts = sorted((q.start, q.end) for q in direct)
    by_start = {q.start: q for q in direct}
    d_first = [s for s, _ in d_starts]
    covered_until = -1  # end char of the last content span: cues inside it are nested, skipped

    def has_marks_in(a: int, b: int) -> bool:
        return any(ctx.in_quote[i] >= 0 for i in range(a, b))

    def has_quote(tok: Token) -> bool:
        a, b = tok.left_edge.i, tok.right_edge.i
        return any(ctx.in_quote[i] >= 0 for i in range(a, b + 1))

    for tok in doc:
        if tok.idx < covered_until or ctx.in_quote[tok.i] >= 0:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            qs = _according_to(ctx, tok)
            if qs is not None:
                out.extend(qs)
            continue
        if not ctx.is_cue(tok):
            continue
        if _attributive(tok):
            continue  # "won 1,700 pledged delegates": a participle modifying a noun, no report
        asked = _asked_question(tok)
        if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "amod", "acl") and not asked:
            continue  # "Named in the suit, she said ...": not a statement
        rng = _content_range(ctx, tok, has_quote)
        if rng is None:
            continue
        a, b = rng
        if tok.lemma_.lower() in AFTER_QUOTE_ONLY and not has_marks_in(a, b):
            continue  # "the debate continues, ...", "agreed that ...": a report only next to quoted words
        # "told reporters at the rally that X": the report starts at "that"
        for i in range(a, min(b, a + 12)):
            if doc[i].lower_ == "that" and doc[i].dep_ == "mark":
                if i > a and not any(doc[j].pos_ in ("VERB", "AUX") for j in range(a, i)):
                    a = i
                break
        b = _cut_nested_report(ctx, tok, a, b)
        b = _cut_trailing_aside(ctx, a, b)
        while b > a + 1 and (doc[b - 1].pos_ in ("CCONJ", "PUNCT") and ctx.in_quote[b - 1] < 0
                             and doc[b - 1].text not in "”’\"'"):
            b -= 1  # "that X, and" -> "that X"
        start_char = doc[a].idx
        end_char = doc[b - 1].idx + len(doc[b - 1])
        start_char, end_char = _clip_to_paragraph(ctx, tok.idx, start_char, end_char)
        if end_char <= start_char:
            continue
        orig_end = end_char
        # a direct quote introduced after the clause ends it ("said that X: “...”")
        k = bisect.bisect_right(d_first, start_char)
        merged = None
        if k < len(d_starts) and d_starts[k][0] < end_char:
            end_char = d_starts[k][0]
            dq = by_start[d_starts[k][0]]
            lead = text[start_char:dq.start].rstrip(OPEN_MARKS + " \t")
            if dq.cue_start == tok.idx and lead.endswith(",") and len(lead) > 3 and start_char > tok.idx:
                merged = dq  # "said that once the vote is held, “we will act.”": one mixed quote
            while end_char > start_char and (text[end_char - 1].isspace() or text[end_char - 1] in OPEN_MARKS):
                end_char -= 1
        if merged is not None:
            end_char = merged.end
            if end_char < len(text) and text[end_char] in "”’\"'":
                end_char += 1
            q = _quote(start_char, end_char, text, "mixed", tok, _speaker_of_verb(ctx, tok))
            if merged.speaker_name is not None and q.speaker_name is None:
                _copy_speaker(q, merged)
            out.append(q)
            absorbed.add(id(merged))
            covered_until = max(covered_until, end_char)
            continue
        if k > 0 and d_starts[k - 1][1] > start_char:
            continue  # the complement is itself a direct quote already found
        if b - 1 < tok.i and any(s0 < orig_end and e0 > start_char for s0, e0 in d_starts[max(0, k - 1):k + 2]):
            continue  # "“...,” she said": the clause before the cue is a direct quote already found
        if any(s0 < orig_end and e0 > start_char and by_start[s0].cue_start == tok.idx
               for s0, e0 in d_starts[max(0, k - 1):k + 2]):
            continue  # the cue's words are a direct quote already found with it
        start_char, end_char = _trim_chars(text, start_char, end_char)
        # quoted words at the edges of the clause are kept whole, with their marks (the parser
        # may end a sentence inside a quotation)
        qi = next((ctx.in_quote[i] for i in range(b - 1, max(a, b - 3) - 1, -1) if ctx.in_quote[i] >= 0), -1)
        if qi >= 0 and (k >= len(d_starts) or d_starts[k][0] >= ctx.spans[qi].end):
            sp = ctx.spans[qi]
            end_char = max(end_char, sp.outer_end if sp.closed else sp.end)
        qi = next((ctx.in_quote[i] for i in range(a, min(b, a + 2)) if ctx.in_quote[i] >= 0), -1)
        if qi >= 0 and ctx.spans[qi].start <= start_char:
            start_char = ctx.spans[qi].outer_start
        start_char, end_char = _clip_to_paragraph(ctx, tok.idx, start_char, end_char)
        if tok.i < a and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
            end_char = _past_closing_mark(ctx, end_char)
        if end_char - start_char < 3:
            continue
        has_marks = any(ctx.in_quote[i] >= 0 for i in range(a, b))
        kind = "mixed" if has_marks else "indirect"
        # the one asked is the main clause's subject; who asked goes unnamed
        speaker = None if asked else _speaker_of_verb(ctx, tok)
        lo, hi = tok.left_edge, tok.right_edge
        if start_char < lo.idx and hi.idx + len(hi) < end_char:
            # "The plan, she said, will work": the words around the attribution are two parts
            # of one statement sharing the cue ('“A,” she said, “B.”' likewise)
            out.extend(_split_around(text, start_char, end_char, lo.idx, hi.idx + len(hi), kind, tok, speaker))
        else:
            lead = _indirect_lead_in(ctx, tok, a) if kind == "indirect" else None
            if lead is not None:
                # "If the toll stays, she warned, workers will strike": the opening phrase is the
                # first part of the report, the attribution sits inside it
                out.append(_quote(lead[0], lead[1], text, kind, tok, speaker))
            out.append(_quote(start_char, end_char, text, kind, tok, speaker))
        covered_until = max(covered_until, end_char)
    return out


def _indirect_lead_in(ctx: _Context, cue: Token, a: int) -> tuple[int, int] | None:
    """Characters of a phrase that opens the sentence before a parenthetical "she said," whose
    report goes on after it ("If the toll stays, she warned, workers will strike")."""
    doc = ctx.doc
    if a <= cue.i + 1 or doc[cue.i + 1].text != "," or a != cue.i + 2:
        return None  # the report must follow "she said," straight away
    subj = next((c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    k = subj.left_edge.i
    if k < 2 or doc[k - 1].text != ",":
        return None
    first = cue.sent.start
    if first >= k - 1 or "\n" in doc[first:k].text:
        return None
    lead = doc[first:k - 1]
    if any(ctx.in_quote[t.i] >= 0 or ctx.is_cue(t) or t.text in (":", ";", "(", ")") for t in lead) \
            or not _has_words(doc, first, k - 1):
        return None
    s, e = _trim_chars(ctx.text, lead[0].idx, lead[-1].idx + len(lead[-1]))
    return (s, e) if e - s >= 3 else None


def _past_closing_mark(ctx: _Context, e: int) -> int:
    """'said the actions were “unacceptable” and that the panel would act': a reported
    clause the parser ended at a closing mark goes on with a coordinated "and"/"but" part
    (for a clause after the cue; an object message, "promised “jobs,” but ...", does not)."""
    text = ctx.text
    if e == 0 or text[e - 1] not in "”\"'":
        return e
    i = ctx.token_at(e)
    if i is None:
        return e
    if ctx.doc[i].idx < e:
        i += 1
    if i < len(ctx.doc) and ctx.doc[i].text == ",":
        i += 1
    if i + 1 >= len(ctx.doc) or ctx.doc[i].lower_ not in ("and", "but") or ctx.doc[i].sent != ctx.doc[i - 1].sent:
        return e
    j = i + 1
    end = e
    while j < len(ctx.doc) and j < i + 40:
        t = ctx.doc[j]
        # ("would continue to investigate": "continue" as an aspect, not a report)
        if ctx.is_cue(t) and t.lemma_.lower() != "continue" or "\n" in t.text_with_ws \
                or t.text in (";", ":") or t.lower_ == "according":
            return e
        if t.text in SENTENCE_END:
            return end
        end = t.idx + len(t)
        j += 1
    return e


def _split_around(text: str, s: int, e: int, gap_s: int, gap_e: int, kind: str, cue: Token,
                  speaker: _Speaker | None, cue_end_tok: Token | None = None) -> list[Quote]:
    """A content with its attribution inside it as the parts before and after that."""
    a = _trim_chars(text, s, gap_s)
    b = _trim_chars(text, gap_e, e)
    if a[1] - a[0] < 3 or b[1] - b[0] < 3:
        return [_quote(s, e, text, kind, cue, speaker, cue_end_tok)]
    return [_quote(a[0], a[1], text, kind, cue, speaker, cue_end_tok),
            _quote(b[0], b[1], text, kind, cue, speaker, cue_end_tok)]


# "WASHINGTON (AP) — ", "CAMBRIDGE, Mass., Dec. 11 (UPI) — ": a dateline opening a paragraph
DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,40}(?:,[^\n—–(]{1,40})?\s*(?:\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s+")


def _clip_to_paragraph(ctx: _Context, cue_char: int, s: int, e: int) -> tuple[int, int]:
    """Content characters inside the cue's paragraph, without a dateline opening it."""
    k = ctx.paragraph(cue_char)
    p_start = ctx.paragraph_starts[k]
    p_end = ctx.paragraph_starts[k + 1] if k + 1 < len(ctx.paragraph_starts) else len(ctx.text)
    s, e = max(s, p_start), min(e, p_end)
    if s == p_start:
        m = DATELINE.match(ctx.text, s, e)
        if m:
            s = m.end()
    while e > s and ctx.text[e - 1].isspace():
        e -= 1
    return s, e


def _according_to(ctx: _Context, tok: Token) -> list[Quote] | None:
    doc, text = ctx.doc, ctx.text
    to = doc[tok.i + 1]
    src = next((c for c in to.children if c.dep_ == "pobj"), None)
    if src is None:
        return None
    src_end = src.right_edge.i + 1
    inside = None
    head = tok.head
    # climb to the clause "according to" modifies: a verb with a subject
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                                                  for c in head.children):
            break
        if head.head.i == head.i or head.head.sent != tok.sent:
            break
        head = head.head
    sent = tok.sent
    opens = not _has_words(doc, sent.start, tok.i)
    if opens:
        # "According to the polls, majorities of voters want ...": the parser may take the
        # report's subject for a second source ("polls, majorities"), a conjunct with no "and"
        conj = next((c for c in src.rights if c.dep_ == "conj"), None)
        if conj is not None and doc[conj.i - 1].text == "," and not any(c.dep_ == "cc" for c in src.rights):
            src_end = conj.i - 1
    if opens and src_end < sent.end and doc[src_end].text == "," and _has_words(doc, src_end + 1, sent.end):
        # "According to the survey, most voters want a change.": the source opens the sentence
        # and all the rest of it is the report, whatever clause the parser hung it on
        a, b = src_end + 1, sent.end
    elif head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        a, b = sent.start, sent.end
    else:
        a, b = head.left_edge.i, head.right_edge.i + 1
    if a <= tok.i < b:
        before, after = _has_words(doc, a, tok.i), _has_words(doc, src_end, b)
        set_off = tok.i > 0 and doc[tok.i - 1].text == "," and src_end < len(doc) and doc[src_end].text == ","
        resumes = src_end + 1 < len(doc) and not (
            doc[src_end + 1].tag_ == "VBG" or doc[src_end + 1].pos_ == "CCONJ"
            or doc[src_end + 1].text in ("(", "—", "–", "-", "--") or doc[src_end + 1].lower_ in ("which", "who"))
        if before and after and set_off and resumes and tok.i - a >= 2 and b - src_end >= 3:
            # "The ferry carries, according to the port, 3,000 people": the cue sits inside;
            # the words around it are two parts of one report
            inside = (doc[tok.i - 1].idx, doc[src_end].idx + 1)
        elif tok.i - a >= b - src_end or (before and set_off and not resumes):
            # (", according to X, adding ...": what follows the source is the writer's)
            b = tok.i
            sent = tok.sent
            if tok.i > 0 and doc[tok.i - 1].text == "," and not _has_words(doc, src_end, sent.end) \
                    and sent.start < a and not any(ctx.in_quote[i] >= 0 or ctx.is_cue(doc[i])
                                                   or doc[i].text in (":", ";", "(", ")")
                                                   for i in range(sent.start, a)):
                # "A rose, and B fell, according to the survey": closing the sentence, the source
                # stands for all of it, not only the clause the parser hung it on
                a = sent.start
        else:
            a = max(a, src_end)
    if b <= a:
        return None
    s, e = _clip_to_paragraph(ctx, tok.idx, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))
    s, e = _trim_chars(text, s, e)
    if e - s < 3:
        return None
    speaker = resolve_speaker(ctx, src)
    if inside is not None and s < inside[0] and inside[1] < e:
        return _split_around(text, s, e, inside[0], inside[1], "indirect", tok, speaker, cue_end_tok=to)
    return [_quote(s, e, text, "indirect", tok, speaker, cue_end_tok=to)]


def _trim_chars(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:—–-"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.—–-"):
        e -= 1
    return s, e


def extract_quotes(doc: Doc, people: list[Person], beliefs: bool = False) -> list[Quote]:
    """Every quote in `doc` with its cue and resolved speaker, in text order.

    `beliefs=True` also reports attributions of belief ("X thinks that ..."),
    as PolNeAR annotates them; by default only speech and writing count.
    """
    ctx = _Context(doc, people, beliefs)
    direct = _direct_quotes(ctx)
    absorbed: set[int] = set()
    indirect = _indirect_quotes(ctx, direct, absorbed)
    quotes = [q for q in direct if id(q) not in absorbed] + indirect
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
