"""What the claim extractors share: the article context (people, quotes, time
expressions), qualifiers written before a value, which event a sentence is about,
and which person a noun phrase refers to."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.attrs import IS_SPACE, LEMMA, LIKE_NUM, LOWER, POS
from spacy.tokens import Doc, Span, Token

from storyweave.analyze import claim_words as W
from storyweave.analyze.datelines import dateline_spans
from storyweave.model import Claim, Person, Quote, Timex

RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her"}


def canonical_name(name: str) -> str:
    """A person's name without courtesy or rank titles: "PC Jane Roe" -> "Jane Roe"."""
    parts = name.replace("\u2019", "'").split()
    while len(parts) > 1 and parts[0].lower().rstrip(".") in W.TITLES:
        parts = parts[1:]
    if parts and parts[-1].endswith("'s"):
        parts[-1] = parts[-1][:-2]
    return " ".join(parts)


class ClaimContext:
    """What the extractors share about one article."""

    def __init__(self, doc: Doc, people: list[Person], quotes: list[Quote], timexes: list[Timex],
                 published: str | None) -> None:
        self.doc = doc
        # `Doc.text`, `Doc.ents` and `Doc.sents` are rebuilt token by token on every access:
        # read them once per article (hot loops index into these instead)
        self.text = doc.text
        self.ents = doc.ents
        self._ent_starts = [e.start for e in self.ents]
        self._sent_starts: list[int] | None = None
        self.people = [p for p in people if p.kind == "person"]
        self.quotes = quotes
        self.timexes = sorted(timexes, key=lambda t: t.start)
        self._timex_starts = [t.start for t in self.timexes]
        self.published = published
        # where and when the copy was filed ("PELWORTH, June 5 - "): no claim, no subject
        self.datelines = dateline_spans(self.text)
        self.mentions = sorted((m.start, m.end, p) for p in self.people for m in p.mentions)
        self.person_ents = {i: e for e in self.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        # The event a claim is about when its sentence names no kind of event: the
        # story's main event, which `compare` settles across the story's articles.
        self.main_event = "event"
        # the end offset, event word and subject of the last clock time claimed: a clock
        # time restated in brackets after it may sit past a sentence break the parser made
        self.last_clock: tuple[int, Token, str] | None = None
        # Token attributes as plain lists, one entry per token: the extractors test these
        # to skip tokens that cannot start a claim before building a `Token` (spaCy makes
        # a new one on every access, which dominated the cost of the per-sentence loops)
        cols = doc.to_array([LOWER, LEMMA, POS, LIKE_NUM, IS_SPACE]).T.tolist()
        lower, lemma, pos, like_num, is_space = cols if len(doc) else ([], [], [], [], [])
        strings = doc.vocab.strings
        names = {h: strings[h] for h in {*lower, *lemma}}
        lemmas = {h: names[h].lower() for h in set(lemma)}
        self.lower = [names[h] for h in lower]  # tok.lower_
        self.lemma = [lemmas[h] for h in lemma]  # tok.lemma_.lower()
        self.pos = pos  # tok.pos (compare with spacy.symbols)
        self.like_num = [bool(v) for v in like_num]
        self.is_space = [bool(v) for v in is_space]
        self._picked: dict[Callable[[ClaimContext], list[int]], list[int]] = {}

    def in_dateline(self, char: int) -> bool:
        """Whether the character at `char` is part of a dateline opening a paragraph."""
        return any(s <= char < e for s, e in self.datelines)

    # -- the parse, read once -------------------------------------------------

    def indexes(self, select: Callable[[ClaimContext], list[int]], span: Span) -> list[int]:
        """The tokens of `span` that `select` picks from the whole article (run once per article)."""
        picked = self._picked.get(select)
        if picked is None:
            picked = self._picked[select] = select(self)
        lo = bisect_left(picked, span.start)
        return picked[lo : bisect_left(picked, span.end, lo)]

    def ents_in(self, span: Span) -> list[Span]:
        """`span.ents` (the entities wholly inside `span`) without re-reading `Doc.ents`."""
        out = []
        for ent in self.ents[bisect_left(self._ent_starts, span.start):]:
            if ent.end > span.end:
                break
            out.append(ent)
        return out

    def ent_at(self, i: int) -> Span | None:
        """The entity that holds token `i`, if any (entities never overlap)."""
        k = bisect_right(self._ent_starts, i) - 1
        if k >= 0 and i < self.ents[k].end:
            return self.ents[k]
        return None

    def _floor(self, i: int, back: int) -> int:
        """Start token of the sentence `back` sentences before the one holding token `i`."""
        if self._sent_starts is None:
            self._sent_starts = [s.start for s in self.doc.sents]
        n = bisect_right(self._sent_starts, i)  # sentences starting at or before token i
        return self._sent_starts[max(0, n - 1 - back)] if n else 0

    # -- people -------------------------------------------------------------
    def _person_by_text(self, text: str) -> str:
        canon = canonical_name(text)
        last = canon.split()[-1].lower() if canon else ""
        for p in self.people:
            names = [p.name, *p.aliases]
            if text in names or canon in (canonical_name(n) for n in names):
                return canonical_name(p.name)
        for p in self.people:
            if canonical_name(p.name).split()[-1].lower() == last and len(canon.split()) == 1:
                return canonical_name(p.name)
        return canon

    def person_at(self, tok: Token) -> str | None:
        """The canonical name of the person named at `tok`, if any."""
        for start, end, person in self.mentions:
            if start <= tok.idx < end:
                return canonical_name(person.name)
        ent = self.person_ents.get(tok.i)
        if ent is None:
            return None
        if not self.people:  # no people list: trust the entity recogniser alone
            return canonical_name(ent.text)
        # the people finder dropped this entity unless its name matches one it kept
        name = self._person_by_text(ent.text)
        known = {canonical_name(n) for p in self.people for n in (p.name, *p.aliases)}
        return name if name in known else None

    def previous_person(self, tok: Token, sentences: int = 1) -> str | None:
        """The nearest person named before `tok`, in its sentence or the `sentences` before it."""
        floor = self._floor(tok.i, sentences)
        for i in range(tok.i - 1, floor - 1, -1):
            name = self.person_at(self.doc[i])
            if name:
                return name
        return None

    def antecedent(self, tok: Token) -> str | None:
        """he/she -> the nearest person or perpetrator mentioned just before."""
        floor = self._floor(tok.i, 1)
        for i in range(tok.i - 1, floor - 1, -1):
            t = self.doc[i]
            name = self.person_at(t)
            if name:
                return name
            if t.lemma_.lower() in W.ATTACKER_NOUNS and t.tag_ in ("NN", "NNP"):
                return "attacker"
        return None

    # -- spans ---------------------------------------------------------------
    def quote_at(self, char: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= char < q.end:
                return q
        return None

    def timexes_in(self, sent: Span) -> list[Timex]:
        lo = bisect_left(self._timex_starts, sent.start_char)
        return self.timexes[lo : bisect_left(self._timex_starts, sent.end_char, lo)]

    def in_timex(self, start: int, end: int) -> bool:
        return any(t.start < end and start < t.end for t in self.timexes)

    def past_year(self, sent: Span) -> str | None:
        """The year of an earlier event the sentence dates itself to ("in 2004"), if any."""
        if self.published and self.published[:4].isdigit():
            pub = self.published[:10]
        else:
            # no publication date: the latest year the article names stands in for it (a
            # report on this year's event that recalls "the 2004 bombings"); an article
            # that names no later year dates nothing as earlier
            years = [t.value[:4] for t in self.timexes if t.type == "DATE" and t.value and t.value[:4].isdigit()]
            if not years:
                return None
            pub = max(years) + "-12-31"
        for t in self.timexes_in(sent):
            if t.type != "DATE" or not t.value or not t.value[:4].isdigit():
                continue
            if t.value[:4] < pub[:4] and not (t.value[:4] == str(int(pub[:4]) - 1) and pub[5:7] == "01"):
                return t.value[:4]
        return None


def make_claim(slot: str, subject: str, value: object, display: str, start: int, end: int, sent: Span,
          **kw: object) -> Claim:
    return Claim(slot=slot, subject=subject, value=value, display=display, start=start, end=end,
                 sentence_start=sent.start_char, sentence_end=sent.end_char, **kw)  # type: ignore[arg-type]


def qualifier_before(doc: Doc, start: int) -> tuple[str | None, int]:
    """A qualifier written just before token `start`: ("at least", index of "at")."""
    for k in (3, 2, 1):
        if start - k < 0:
            continue
        words = " ".join(t.lower_ for t in doc[start - k : start])
        if words in W.QUALIFIERS:
            return W.QUALIFIERS[words], start - k
    return None, start


def leading_qualifier(span: Span) -> str | None:
    for k in (2, 1):
        words = " ".join(t.lower_ for t in span[:k])
        if len(span) > k and words in W.QUALIFIERS:
            return W.QUALIFIERS[words]
    return None


def names_event(tok: Token, ctx: ClaimContext, *, generic: bool = True) -> bool:
    """The noun phrase names an event: "the attack", "a magnitude 6.9 earthquake" (parsed
    as "magnitude" with the quake in apposition)."""
    for t in [tok, *(c for c in tok.children if c.dep_ in ("appos", "compound"))]:
        lemma = t.lemma_.lower()
        if t.pos_ in ("NOUN", "PROPN") and (lemma in W.EVENT_GROUPS or generic and lemma in W.GENERIC_EVENT_NOUNS):
            return True
    return False


def event_group(tok: Token, ctx: ClaimContext) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        if lemma == "fire" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "open":
            return "attack"  # "gunmen opened fire": gunfire, not a blaze
        if lemma in W.EVENT_GROUPS:
            return W.EVENT_GROUPS[lemma]
        if lemma in W.GENERIC_EVENT_NOUNS:
            return ctx.main_event
    if tok.pos_ == "VERB" and lemma in W.VERB_GROUPS:
        return W.VERB_GROUPS[lemma]
    return None


def is_event_word(tok: Token, ctx: ClaimContext) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        return lemma in W.EVENT_GROUPS or lemma in W.GENERIC_EVENT_NOUNS
    if tok.pos_ != "VERB":
        return False
    if lemma not in W.EVENT_VERBS:
        # what an event does, it does when it happens: "the quake left 200 dead on Tuesday",
        # "the damage caused by the earthquake on March 11"
        return any(c.dep_ == "nsubj" and names_event(c, ctx, generic=False) for c in tok.children) or any(
            c.dep_ == "agent" and any(names_event(o, ctx, generic=False) for o in c.children if o.dep_ == "pobj")
            for c in tok.children) or (
            lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in tok.children)
            and any(c.dep_ == "nsubj" and names_event(c, ctx) for c in tok.children))
    if lemma == "go":  # "went missing"
        return any(c.dep_ == "acomp" and c.lower_ == "missing" for c in tok.children)
    if lemma in ("happen", "occur", "begin", "start", "unfold", "strike", "hit", "record", "register"):
        # only when what happened is an event ("the attack happened", "the quake struck")
        # "the island was hit by a second earthquake": the event as the agent
        if any(c.dep_ == "agent" and any(names_event(o, ctx) for o in c.children) for c in tok.children):
            return True
        return any(c.dep_ in ("nsubj", "nsubjpass") and (
            names_event(c, ctx) or c.lower_ == "it"
            or c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl" and event_group(tok.head, ctx))
            for c in tok.children)
    return True


def event_subject(anchor: Token, sent: Span, ctx: ClaimContext) -> str:
    """Which event a claim in `sent` is about: the event word nearest `anchor`, else the main event."""
    own = event_group(anchor, ctx)
    if own:
        return own
    for child in anchor.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
            g = event_group(child, ctx)
            if g:
                return g
    best: tuple[int, str] | None = None
    for tok in sent:
        g = event_group(tok, ctx)
        if g and (best is None or abs(tok.i - anchor.i) < best[0]):
            best = (abs(tok.i - anchor.i), g)
    return best[1] if best else ctx.main_event


def resolve_person(tok: Token, ctx: ClaimContext, *, allow_attacker: bool = True) -> str | None:
    """The person (canonical name) or perpetrator ("attacker") a noun phrase refers to."""
    if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ in ("relcl", "acl") :
        tok = tok.head.head
    elif tok.lower_ in RELATIVE_PRONOUNS and tok.head.head.dep_ == "relcl":
        tok = tok.head.head.head
    if tok.lower_ in PERSONAL_PRONOUNS:
        return ctx.antecedent(tok)
    name = ctx.person_at(tok)
    if name:
        return name
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ == "appos":
            name = ctx.person_at(child)
            if name:
                return name
    if tok.dep_ in ("appos", "compound") and ctx.person_at(tok.head):
        return ctx.person_at(tok.head)
    if allow_attacker and lemma in W.ATTACKER_NOUNS:
        return "attacker"
    if lemma in W.PERSON_NOUNS and lemma not in W.ATTACKER_NOUNS and tok.tag_ == "NN":
        # "the officer" refers back; "her son" is someone else
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
        if definite:
            return ctx.previous_person(tok)
    return None
