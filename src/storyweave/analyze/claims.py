"""Checkable claims, read off the dependency parse one sentence at a time.

A claim is what an outlet asserts that another outlet could contradict: how many
people were killed, injured, missing, arrested or evacuated (with scope words such
as "innocent" or "including the attacker"), how old a person is, when the event
happened (clock time and day), what happened to a person ("shot by police"),
whether the perpetrator has been named, and other numbers with units (money,
percentages, distances, vehicles, weapons).

Numbers are tied to what they count through the parse (the head noun of the
number and the verb or adjective that governs it), not through sentence
templates; the word lists live in `claim_words`.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from storyweave.analyze import claim_words as W
from storyweave.analyze.numbers import format_number, number_span, parse_number
from storyweave.model import Claim, Person, Quote, Timex

_CLOCK = re.compile(r"T(\d{2}):(\d{2})")
_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_YEAR_OLD = re.compile(r"year", re.I)
NON_COUNT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
VEHICLE_NOUNS = {"car", "vehicle", "truck", "lorry", "van", "bus", "coach", "train", "carriage", "plane",
                 "aircraft", "helicopter", "boat", "ship", "vessel", "tank"}
WEAPON_NOUNS = {"knife", "gun", "rifle", "pistol", "handgun", "bomb", "grenade", "device", "weapon",
                "firearm", "missile", "rocket", "explosive"}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her"}


def canonical_name(name: str) -> str:
    """A person's name without courtesy or rank titles: "PC Keith Palmer" -> "Keith Palmer"."""
    parts = name.replace("\u2019", "'").split()
    while len(parts) > 1 and parts[0].lower().rstrip(".") in W.TITLES:
        parts = parts[1:]
    if parts and parts[-1].endswith("'s"):
        parts[-1] = parts[-1][:-2]
    return " ".join(parts)


class _Context:
    """What the extractors share about one article."""

    def __init__(self, doc: Doc, people: list[Person], quotes: list[Quote], timexes: list[Timex],
                 published: str | None) -> None:
        self.doc = doc
        self.people = [p for p in people if p.kind == "person"]
        self.quotes = quotes
        self.timexes = sorted(timexes, key=lambda t: t.start)
        self.published = published
        self.mentions = sorted((m.start, m.end, p) for p in self.people for m in p.mentions)
        self.person_ents = {t.i: e for e in doc.ents if e.label_ == "PERSON" for t in e}
        self.main_event = self._main_event()

    def _main_event(self) -> str:
        """The kind of event the article is mostly about: its most frequent event noun group."""
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for tok in self.doc:
            group = W.EVENT_GROUPS.get(tok.lemma_.lower()) if tok.pos_ in ("NOUN", "PROPN") else None
            if group:
                counts[group] += 1
                first.setdefault(group, tok.i)
        if not counts:
            return "event"
        return max(counts, key=lambda g: (counts[g], -first[g]))

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
        sent_starts = [s.start for s in self.doc.sents if s.start <= tok.i]
        floor = sent_starts[max(0, len(sent_starts) - 1 - sentences)] if sent_starts else 0
        for i in range(tok.i - 1, floor - 1, -1):
            name = self.person_at(self.doc[i])
            if name:
                return name
        return None

    def antecedent(self, tok: Token) -> str | None:
        """he/she -> the nearest person or perpetrator mentioned just before."""
        sent_starts = [s.start for s in self.doc.sents if s.start <= tok.i]
        floor = sent_starts[max(0, len(sent_starts) - 2)] if sent_starts else 0
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
        return [t for t in self.timexes if sent.start_char <= t.start < sent.end_char]

    def in_timex(self, start: int, end: int) -> bool:
        return any(t.start < end and start < t.end for t in self.timexes)

    def past_year(self, sent: Span) -> str | None:
        """The year of an earlier event the sentence dates itself to ("in 2004"), if any."""
        if not self.published or not self.published[:4].isdigit():
            return None
        pub = self.published[:10]
        for t in self.timexes_in(sent):
            if t.type != "DATE" or not t.value or not t.value[:4].isdigit():
                continue
            if t.value[:4] < pub[:4] and not (t.value[:4] == str(int(pub[:4]) - 1) and pub[5:7] == "01"):
                return t.value[:4]
        return None


# -- shared helpers -----------------------------------------------------------

def _qualifier(doc: Doc, start: int) -> tuple[str | None, int]:
    """A qualifier written just before token `start`: ("at least", index of "at")."""
    for k in (3, 2, 1):
        if start - k < 0:
            continue
        words = " ".join(t.lower_ for t in doc[start - k : start])
        if words in W.QUALIFIERS:
            return W.QUALIFIERS[words], start - k
    return None, start


def _leading_qualifier(span: Span) -> str | None:
    for k in (2, 1):
        words = " ".join(t.lower_ for t in span[:k])
        if len(span) > k and words in W.QUALIFIERS:
            return W.QUALIFIERS[words]
    return None


def _event_group(tok: Token, ctx: _Context) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        if lemma in W.EVENT_GROUPS:
            return W.EVENT_GROUPS[lemma]
        if lemma in W.GENERIC_EVENT_NOUNS:
            return ctx.main_event
    if tok.pos_ == "VERB" and lemma in W.VERB_GROUPS:
        return W.VERB_GROUPS[lemma]
    return None


def _event_subject(anchor: Token, sent: Span, ctx: _Context) -> str:
    """Which event a claim in `sent` is about: the event word nearest `anchor`, else the main event."""
    own = _event_group(anchor, ctx)
    if own:
        return own
    for child in anchor.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
            g = _event_group(child, ctx)
            if g:
                return g
    best: tuple[int, str] | None = None
    for tok in sent:
        g = _event_group(tok, ctx)
        if g and (best is None or abs(tok.i - anchor.i) < best[0]):
            best = (abs(tok.i - anchor.i), g)
    return best[1] if best else ctx.main_event


def _resolve_person(tok: Token, ctx: _Context, *, allow_attacker: bool = True) -> str | None:
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


def _sentence_hedge(sent: Span) -> str | None:
    for tok in sent:
        low = tok.lower_
        if low in W.HEDGE_ADVERBS:
            return low
        if tok.pos_ == "VERB" and tok.lemma_.lower() in W.HEDGE_VERBS:
            if not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) and tok.dep_ != "ccomp":
                continue
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            if subj and subj[0].lower_ not in ("i", "we"):
                return f"{subj[0].text} {tok.text}".lower() if subj[0].pos_ != "PROPN" else \
                    f"{subj[0].text} {tok.text}"
            if any(c.dep_ == "auxpass" for c in tok.children):
                return tok.text.lower()
        if low in W.HEDGE_MODALS and tok.dep_ == "aux":
            return low
    return None


def _make(slot: str, subject: str, value: object, display: str, start: int, end: int, sent: Span,
          **kw: object) -> Claim:
    return Claim(slot=slot, subject=subject, value=value, display=display, start=start, end=end,
                 sentence_start=sent.start_char, sentence_end=sent.end_char, **kw)  # type: ignore[arg-type]


# -- counts of people -----------------------------------------------------------

def _casualty_slot(noun: Token, number_head: Token) -> tuple[str, Token] | None:
    """Which casualty count a counted noun is, and the word that says so."""
    head = noun.head
    hl = head.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in head.children) or head.tag_ == "VBN"
    if noun.dep_ == "nsubjpass" and hl in W.TRANSITIVE_CASUALTY:
        return W.TRANSITIVE_CASUALTY[hl], head
    if noun.dep_ in ("nsubjpass", "nsubj") and hl in W.STATUS_VERBS:
        # "were reported dead", "are feared dead", "have been declared missing"
        for c in head.children:
            if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr") and c.lower_ in W.ADJ_CASUALTY:
                return W.ADJ_CASUALTY[c.lower_], c
    if noun.dep_ == "nsubj":
        if hl in W.INTRANSITIVE_CASUALTY:
            return W.INTRANSITIVE_CASUALTY[hl], head
        if hl in W.TRANSITIVE_CASUALTY and passive and head.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") for c in head.children):
            return W.TRANSITIVE_CASUALTY[hl], head
        if hl in ("be", "remain", "lie", "lay"):
            for c in head.children:
                if c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in W.ADJ_CASUALTY:
                    return W.ADJ_CASUALTY[c.lower_], c
        if hl == "lose" and any(c.lemma_.lower() == "life" for c in head.children if c.dep_ == "dobj"):
            return "killed", head
    if noun.dep_ == "dobj":
        if hl in W.TRANSITIVE_CASUALTY and not passive or hl in W.TRANSITIVE_CASUALTY and head.tag_ in ("VBD", "VBG"):
            return W.TRANSITIVE_CASUALTY[hl], head
        if hl == "leave":
            for c in list(head.children) + list(noun.children):
                if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "acl", "amod") and c.lower_ in W.ADJ_CASUALTY:
                    return W.ADJ_CASUALTY[c.lower_], c
        if hl == "claim" and noun.lemma_.lower() == "life":
            return "killed", head
    # "15 sailors and marines, who were detained": the clause hangs on the last conjunct
    modifiers = list(noun.children) + [k for c in noun.children if c.dep_ == "conj" for k in c.children]
    for c in modifiers:
        cl = c.lemma_.lower()
        if c.dep_ in ("acl", "relcl"):
            if cl in W.INTRANSITIVE_CASUALTY:
                return W.INTRANSITIVE_CASUALTY[cl], c
            if cl in W.TRANSITIVE_CASUALTY and (c.tag_ == "VBN" or any(k.dep_ == "auxpass" for k in c.children)):
                # "people killed", "people who were killed" -- not "men who killed"
                if c.dep_ == "acl" or not any(k.dep_ == "nsubj" for k in c.children):
                    return W.TRANSITIVE_CASUALTY[cl], c
            if cl in ("be", "remain") and any(k.lower_ in W.ADJ_CASUALTY for k in c.children
                                               if k.dep_ in ("acomp", "attr")):
                k = next(k for k in c.children if k.dep_ in ("acomp", "attr") and k.lower_ in W.ADJ_CASUALTY)
                return W.ADJ_CASUALTY[k.lower_], k
        if c.dep_ == "amod" and c.lower_ in W.ADJ_CASUALTY:
            return W.ADJ_CASUALTY[c.lower_], c
    nl = noun.lemma_.lower()
    if noun is not number_head and nl in W.NOUN_CASUALTY and nl not in ("toll", "life"):
        return W.NOUN_CASUALTY[nl], noun
    # "killing 300 people and injuring 1,500": the number itself is the object.
    # "a death toll of 52", "the toll rose to 52", "the toll is 52"
    if noun is number_head:
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            owner = head.head
            if owner.lemma_.lower() == "toll":
                return "killed", owner
            if owner.pos_ in ("VERB", "AUX") and any(c.lemma_.lower() == "toll" for c in owner.children
                                                       if c.dep_ == "nsubj"):
                return "killed", owner
        if noun.dep_ in ("attr", "dobj") and any(c.lemma_.lower() == "toll" for c in head.children
                                                   if c.dep_ == "nsubj"):
            return "killed", head
        if head.lower_ in W.ADJ_CASUALTY and head.pos_ in ("ADJ", "VERB") and noun.dep_ in ("npadvmod", "nummod"):
            return W.ADJ_CASUALTY[head.lower_], head
    return None


def _scope(noun: Token, predicate: Token, sent: Span) -> list[str]:
    scope: list[str] = []
    if noun.lower_ in ("others", "other"):
        scope.append("others")
    for c in noun.children:
        if c.dep_ in ("amod", "advmod") and c.lower_ in W.SCOPE_MODIFIERS and c.lower_ not in scope:
            scope.append(c.lower_ if c.lower_ != "other" else "others")
    for node in (noun, predicate, predicate.head):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "excluding", "plus"):
                phrase = " ".join(t.text for t in c.subtree)
                neg = "not " if c.i > 0 and c.doc[c.i - 1].lower_ == "not" else ""
                if phrase and f"{neg}{phrase}".lower() not in scope:
                    scope.append(f"{neg}{phrase}".lower())
    return scope


def _count_claims(sent: Span, ctx: _Context) -> list[Claim]:
    doc = ctx.doc
    out: list[Claim] = []
    seen: set[int] = set()
    for tok in sent:
        if tok.i in seen or _YEAR_OLD.search(tok.text):
            continue
        ns = number_span(tok)
        if ns is None:
            continue
        a, b, value = ns
        seen.update(range(a, b))
        span = doc[a:b]
        if any(t.ent_type_ in NON_COUNT_ENTS for t in span) or ctx.in_timex(span.start_char, span.end_char):
            continue
        if value <= 0 or not float(value).is_integer():
            continue
        num_head = span.root
        if num_head.dep_ in ("nummod", "quantmod") and num_head.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
            noun = num_head.head
        elif num_head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "appos", "npadvmod"):
            noun = num_head
        else:
            continue
        if noun is num_head and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue  # "one of the five": a member, not a count
        if noun.i < b and noun is not num_head:
            continue  # the number follows its noun ("page 3", "flight 447")
        found = _casualty_slot(noun, num_head)
        lemma = noun.lemma_.lower()
        unit: str | None
        if found is not None:
            slot, predicate = found
            unit = "people" if noun is num_head or lemma in W.GENERIC_COUNTED or lemma in W.NOUN_CASUALTY \
                else lemma
        elif noun is not num_head and lemma in VEHICLE_NOUNS | WEAPON_NOUNS:
            slot = "vehicles" if lemma in VEHICLE_NOUNS else "weapons"
            predicate, unit = noun.head, lemma
        else:
            continue
        qual, q_start = _qualifier(doc, a)
        end_tok = noun.i + 1 if noun is not num_head and noun.i <= b + 2 else b
        start_char = doc[q_start].idx
        end_char = doc[end_tok - 1].idx + len(doc[end_tok - 1])
        display = doc.text[start_char:end_char]
        subject = _event_subject(predicate, sent, ctx)
        year = ctx.past_year(sent)
        if year:  # a count of an earlier event is compared only with counts of that event
            subject = f"{subject} of {year}"
        out.append(_make(slot, subject, int(value), display, start_char, end_char,
                         sent, qualifier=qual, scope=_scope(noun, predicate, sent), unit=unit))
    return out


# -- ages ------------------------------------------------------------------------

def _age_claims(sent: Span, ctx: _Context) -> list[Claim]:
    out: list[Claim] = []
    for tok in sent:
        value: float | None = None
        target: Token | None = None
        first, last = tok, tok
        low = tok.lower_
        if low == "old" and tok.i >= 2:
            # "48-year-old", "48 years old" (tokenised as number, year, old)
            year = tok.doc[tok.i - 1] if tok.doc[tok.i - 1].lemma_.lower() == "year" else (
                tok.doc[tok.i - 2] if tok.doc[tok.i - 1].text == "-" else None)
            if year is None or year.lemma_.lower() != "year":
                continue
            nums = [c for c in year.children if c.dep_ == "nummod"] or [tok.doc[year.i - 1]] if year.i > 0 else []
            num = next((n for n in nums if parse_number(n.text) is not None), None)
            if num is None:
                k = year.i - 1
                while k >= 0 and tok.doc[k].text == "-":
                    k -= 1
                num = tok.doc[k] if k >= 0 and parse_number(tok.doc[k].text) is not None else None
            if num is None:
                continue
            value, first, last = parse_number(num.text), num, tok
            if tok.dep_ == "amod":
                target = tok.head
            elif tok.dep_ == "acomp":
                subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                target = subj[0] if subj else None
            else:
                target = tok  # "the 48-year-old died"
        elif "year-old" in low and parse_number(low) is not None:
            value, target = parse_number(low), tok.head if tok.dep_ == "amod" else tok
        elif tok.like_num and tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            # "Keith Palmer, 48," / "Jane Doe (31)"
            if any(c.pos_ in ("NOUN", "PROPN") for c in tok.children):
                continue
            value, target = parse_number(tok.text), tok.head
        elif low == "aged":
            nums = [c for c in tok.children if c.like_num]
            if not nums or any(c.dep_ == "conj" for c in nums[0].children):
                continue
            value, first, last, target = parse_number(nums[0].text), tok, nums[0], tok.head
        else:
            continue
        if value is None or target is None or not float(value).is_integer() or not 0 < value < 120:
            continue
        subject = _resolve_person(target, ctx)
        if subject is None:
            continue
        start = min(first.idx, last.idx)
        end = max(first.idx + len(first), last.idx + len(last))
        out.append(_make("age", subject, int(value), ctx.doc.text[start:end], start, end, sent, unit="years"))
    return out


# -- when the event happened ---------------------------------------------------------

def _is_event_word(tok: Token, ctx: _Context) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN"):
        return lemma in W.EVENT_GROUPS or lemma in W.GENERIC_EVENT_NOUNS
    if tok.pos_ != "VERB":
        return False
    if lemma not in W.EVENT_VERBS:
        # what an event does, it does when it happens: "the quake left 200 dead on Tuesday"
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in W.EVENT_GROUPS for c in tok.children) or (
            lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in tok.children)
            and any(c.dep_ == "nsubj" and _event_group(c, ctx) for c in tok.children))
    if lemma == "go":  # "went missing"
        return any(c.dep_ == "acomp" and c.lower_ == "missing" for c in tok.children)
    if lemma in ("happen", "occur", "begin", "start", "unfold", "strike", "hit", "record", "register"):
        # only when what happened is an event ("the attack happened", "the quake struck")
        return any(c.dep_ in ("nsubj", "nsubjpass") and (_event_group(c, ctx) or c.lower_ == "it")
                   for c in tok.children)
    return True


def _event_anchor(tok: Token, ctx: _Context) -> Token | None:
    """The event word a time expression is attached to, walking up at most three heads."""
    t = tok
    for _ in range(4):
        if _is_event_word(t, ctx):
            return t
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return None
        t = t.head
    return None


_ZONE = re.compile(r"^(?:UTC|GMT|Z|[A-Z]{2,4}T|UTC[+-]\d{1,2}|GMT[+-]\d{1,2})$")


def _time_zone(doc: Doc, span: Span) -> str:
    """The zone a clock time is given in: "UTC", "EST", ... or "local" (the default in news)."""
    if any(t.lower_ == "local" for t in span):
        return "local"
    for tok in list(span) + list(doc[span.end : min(len(doc), span.end + 3)]):
        if tok.i >= span.end and (tok.text in ("(", "[") or tok.lower_ == "local"):
            break  # "11:39 local time (14:39 UTC)": the bracket gives the same time in UTC
        text = tok.text.strip("()")
        if _ZONE.match(text):
            return "UTC" if text in ("GMT", "Z") or text.startswith(("UTC", "GMT")) and len(text) <= 3 else text
        if tok.i >= span.end and tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", "."):
            break
    return "local"


def _when_claims(sent: Span, ctx: _Context) -> list[Claim]:
    out: list[Claim] = []
    for tx in ctx.timexes_in(sent):
        quote = ctx.quote_at(tx.start)
        if not tx.value or tx.type not in ("DATE", "TIME") or quote is not None and quote.kind == "direct":
            continue  # "today" in a quoted tweet is the speaker's day, not necessarily the article's
        span = ctx.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        anchor = _event_anchor(span.root, ctx)
        if anchor is None or not sent.start <= anchor.i < sent.end:
            continue
        if tx.type == "DATE" and ctx.published and tx.value[:10] > ctx.published[:10] \
                and anchor.tag_ in ("VBD", "VBN"):
            continue  # a past event dated after publication: a misread date
        subject = _event_subject(anchor, sent, ctx)
        qual, q_start = _qualifier(ctx.doc, span.start)
        if qual is None:  # the time expression may hold its own qualifier ("about 2.45pm")
            qual = _leading_qualifier(span)
        start = ctx.doc[q_start].idx
        display = ctx.doc.text[start:tx.end]
        if tx.type == "TIME" and _CLOCK.search(tx.value):
            out.append(_make("time", subject, tx.value, display, start, tx.end, sent, qualifier=qual,
                             unit=_time_zone(ctx.doc, span)))
        else:  # a day, or a part of a day ("Sunday afternoon": 2010-01-10TAF)
            m = _DAY.match(tx.value)
            if m:
                out.append(_make("date", subject, m.group(1), display, start, tx.end, sent, qualifier=qual))
    return out


# -- fates and identity ---------------------------------------------------------

def _agent_class(tok: Token | None) -> str | None:
    if tok is None:
        return None
    lemma = tok.lemma_.lower()
    if lemma in W.POLICE_NOUNS:
        return "police"
    if lemma in W.ATTACKER_NOUNS:
        return "attacker"
    return None


def _agent(verb: Token) -> Token | None:
    for node in [verb, *[c for c in verb.children if c.dep_ == "conj"]]:
        for c in node.children:
            if c.dep_ == "agent":
                pobj = [k for k in c.children if k.dep_ == "pobj"]
                if pobj:
                    return pobj[0]
    if verb.dep_ == "conj":
        return _agent(verb.head) if verb.head is not verb else None
    return None


def _patient(verb: Token) -> tuple[Token | None, bool]:
    """The one the verb happens to, and whether the clause is passive."""
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return c, True
    if verb.dep_ == "conj" and verb.tag_ == "VBN":
        for c in verb.head.children:
            if c.dep_ == "nsubjpass":
                return c, True
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head, True
    for c in verb.children:
        if c.dep_ == "dobj":
            return c, False
    return None, False


def _fate_claims(sent: Span, ctx: _Context) -> list[Claim]:
    out: list[Claim] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in W.FATE_VERBS:
            continue
        patient, passive = _patient(tok)
        if patient is None or patient.like_num or any(c.dep_ == "nummod" for c in patient.children):
            continue
        subject = _resolve_person(patient, ctx)
        if subject is None:
            continue
        if passive:
            agent = _agent(tok)
        else:
            agent = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        cls = _agent_class(agent)
        if cls == "attacker" and subject == "attacker":
            cls = None
        value = W.FATE_VERBS[lemma] + (f" by {cls}" if cls else "")
        end_tok = max([tok.i] + [t.i for t in tok.children if t.dep_ in ("oprd", "prt", "acomp")])
        if agent is not None and agent.i > tok.i:
            end_tok = max(end_tok, agent.i)
        start = tok.idx
        end = ctx.doc[end_tok].idx + len(ctx.doc[end_tok])
        out.append(_make(W.FATE_VERBS[lemma], subject, value, ctx.doc.text[start:end], start, end, sent))
    return out


def _negated(verb: Token) -> bool:
    """"has not been named", "has yet to be identified"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children):
        return True
    return any(c.lower_ == "yet" for c in verb.children) and any(
        c.dep_ == "neg" for c in verb.children)


def _identity_claims(sent: Span, ctx: _Context) -> list[Claim]:
    out: list[Claim] = []
    for tok in sent:
        low = tok.lower_
        target: Token | None = None
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ("name", "identify") and _negated(tok):
            target, passive = _patient(tok)
            if target is None and tok.dep_ == "xcomp":
                target = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                passive = True
            if target is not None and not passive and tok.dep_ != "xcomp":
                target = None
        elif low in ("unnamed", "unidentified") and tok.dep_ == "amod":
            target = tok.head
        if target is None:
            continue
        subject = _resolve_person(target, ctx)
        if subject is None and target.lemma_.lower() in ("victim", "suspect"):
            subject = target.lemma_.lower()
        if subject is None:
            continue
        start, end = tok.idx, tok.idx + len(tok)
        for c in tok.children:
            if c.dep_ in ("neg", "aux", "auxpass", "advmod"):
                start = min(start, c.idx)
        if tok.dep_ == "xcomp":
            start = min(start, tok.head.idx)
        out.append(_make("identity", subject, "not yet named", ctx.doc.text[start:end], start, end, sent))
    return out


# -- other numbers with units ---------------------------------------------------------

def _quantity_claims(sent: Span, ctx: _Context) -> list[Claim]:
    out: list[Claim] = []
    for ent in sent.ents:
        if ent.label_ not in ("MONEY", "PERCENT", "QUANTITY"):
            continue
        nums = [t for t in ent if number_span(t)]
        if not nums:
            continue
        a, b, value = number_span(nums[0])  # type: ignore[misc]
        rest = [t.text for t in ent if not (a <= t.i < b) and t.lower_ not in W.QUALIFIERS]
        unit = "%" if ent.label_ == "PERCENT" else (" ".join(rest) or None)
        head = ent.root.head
        while head.dep_ == "prep" and head.head is not head:
            head = head.head
        slot = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}[ent.label_]
        qual, q_start = _qualifier(ctx.doc, min(a, ent.start))
        start = ctx.doc[q_start].idx
        out.append(_make(slot, head.lemma_.lower(), value, ctx.doc.text[start:ent.end_char], start,
                         ent.end_char, sent, qualifier=qual, unit=unit))
    return out


def _segments(sent: Span) -> list[Span]:
    """A sentence cut at line breaks: a title or a dateline is never part of the next sentence."""
    out, start = [], sent.start
    for tok in sent:
        if tok.is_space and "\n" in tok.text:
            if tok.i > start:
                out.append(sent.doc[start:tok.i])
            start = tok.i + 1
    if start < sent.end:
        out.append(sent.doc[start:sent.end])
    return [seg for seg in out if seg.text.strip()]


EXTRACTORS = (_count_claims, _age_claims, _when_claims, _fate_claims, _identity_claims, _quantity_claims)


def extract_claims(
    doc: Doc, *, people: list[Person], quotes: list[Quote], timexes: list[Timex], published: str | None
) -> list[Claim]:
    """Every checkable claim in `doc`, in text order, with offsets into the article text."""
    ctx = _Context(doc, people, quotes, timexes, published)
    claims: list[Claim] = []
    seen: set[tuple[str, str, str, int]] = set()
    for sent in (seg for s in doc.sents for seg in _segments(s)):
        hedge = _sentence_hedge(sent)
        for extract in EXTRACTORS:
            for claim in extract(sent, ctx):
                key = (claim.slot, claim.subject, str(claim.value), claim.start)
                if key in seen:
                    continue
                seen.add(key)
                claim.hedge = hedge
                quote = ctx.quote_at(claim.start)
                if quote is not None:
                    claim.attribution = quote.speaker_name or quote.speaker
                claims.append(claim)
    claims.sort(key=lambda c: (c.start, c.slot))
    return claims


__all__ = ["extract_claims", "canonical_name", "format_number"]
