"""Counts of people (killed, injured, missing, arrested, evacuated), vehicles and weapons.
Sums, percentages and other quantities are in `claim_figures`.

A number is tied to what it counts through the parse: its head noun, then the verb
or adjective that governs that noun, read with its voice ("three gunmen killed a
guard" counts no victims)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from storyweave.analyze import claim_words as W
from storyweave.analyze.claim_context import ClaimContext, event_subject, is_event_word, make_claim, qualifier_before
from storyweave.analyze.claim_shifts import is_change, misread_dates
from storyweave.analyze.lexicon import word_list
from storyweave.analyze.numbers import SCALES, TENS, UNITS, VAGUE_COUNTS, number_span
from storyweave.model import Claim

_YEAR_OLD = re.compile(r"year", re.I)
VEHICLE_NOUNS = {"car", "vehicle", "truck", "lorry", "van", "bus", "coach", "train", "carriage", "plane",
                 "aircraft", "helicopter", "boat", "ship", "vessel", "tank"}
WEAPON_NOUNS = {"knife", "gun", "rifle", "pistol", "handgun", "bomb", "grenade", "device", "weapon",
                "firearm", "missile", "rocket", "explosive"}


def _casualty_slot(noun: Token, number_head: Token) -> tuple[str, Token] | None:
    """Which casualty count a counted noun is, and the word that says so."""
    if noun.pos_ in ("ADJ", "NOUN") and noun.lower_ in W.ADJ_CASUALTY and number_head.head.i == noun.i \
            and number_head.i < noun.i and noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        # a headline's "3 dead after van hits shelter": the number counts the adjective's people
        return W.ADJ_CASUALTY[noun.lower_], noun
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
        if hl in W.TRANSITIVE_CASUALTY and head.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT" and not any(
                c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in head.children) and not any(
                k.dep_ == "dobj" for c in head.children if c.dep_ == "conj" for k in c.children):
            # a headline's passive without its auxiliary: "Eleven police killed in car bomb attack"
            return W.TRANSITIVE_CASUALTY[hl], head
        if hl in W.TRANSITIVE_CASUALTY and head.tag_ == "VBN" and head.dep_ == "conj" and any(
                c.dep_ == "auxpass" for c in head.head.children) and not any(c.dep_ == "dobj" for c in head.children):
            # "84 were killed and about 200 wounded": the second passive shares the first's auxiliary
            return W.TRANSITIVE_CASUALTY[hl], head
        if head.pos_ == "ADJ" and head.lower_ in W.ADJ_CASUALTY and head.dep_ == "ROOT":
            # a verbless headline: "6 dead, 16 injured", "40 dead as ferry sinks"
            return W.ADJ_CASUALTY[head.lower_], head
        if hl in ("be", "remain", "lie", "lay"):
            for c in head.children:
                if c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in W.ADJ_CASUALTY:
                    return W.ADJ_CASUALTY[c.lower_], c
        if hl == "lose" and any(c.lemma_.lower() == "life" for c in head.children if c.dep_ == "dobj"):
            return "killed", head
        if head.lower_ == "missing" and head.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children) and not any(
                c.dep_ == "dobj" and any(k.dep_ in ("det", "poss") for k in c.children) for c in head.children):
            # "three people are missing" tagged as a progressive verb; "are missing the
            # deadline" (an object with its determiner) is the verb "miss"
            return "missing", head
    if noun.dep_ == "dobj":
        # "which killed 129 people and injured 352": a second verb with an object, tagged as a
        # participle, is as active as the first
        active_conj = head.dep_ == "conj" and head.head.tag_ in ("VBD", "VBG", "VBZ", "VBP") and not any(
            c.dep_ == "auxpass" for c in head.children)
        # "forces have killed 400 protesters": a perfect, not a passive
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children) and not any(
            c.dep_ == "auxpass" for c in head.children)
        if hl in W.TRANSITIVE_CASUALTY and (not passive or head.tag_ in ("VBD", "VBG") or active_conj or perfect):
            return W.TRANSITIVE_CASUALTY[hl], head
        if any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "advcl", "xcomp", "ccomp", "dep", "advmod")
               for c in list(head.children) + list(noun.children)) and not passive:
            # "soldiers shot 41 people dead": the result says what happened to them
            return "killed", head
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
                                                       if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
                # "the toll rose to 52", "the agency raised the death toll to 52"
                return "killed", owner
        if noun.dep_ in ("attr", "dobj") and any(c.lemma_.lower() == "toll" for c in head.children
                                                   if c.dep_ == "nsubj"):
            return "killed", head
        if head.lower_ in W.ADJ_CASUALTY and head.pos_ in ("ADJ", "VERB") and noun.dep_ in ("npadvmod", "nummod"):
            return W.ADJ_CASUALTY[head.lower_], head
    return None


def _object_of_verb_before(doc, a: int, noun: Token) -> tuple[str, Token] | None:
    """"The attacks that killed at least 128 people were an act of war": the parser may take
    the counted noun for the subject of the next verb and leave the casualty verb just
    before it without an object. The count right after an active casualty verb that has
    no object is that verb's object."""
    _qual, q_start = qualifier_before(doc, a)
    if q_start == 0 or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i < noun.i:
        return None
    verb = doc[q_start - 1]
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in W.TRANSITIVE_CASUALTY or verb.tag_ not in ("VBD", "VBG", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("dobj", "auxpass") for c in verb.children):
        return None
    return W.TRANSITIVE_CASUALTY[lemma], verb


def _scope(noun: Token, predicate: Token, sent: Span) -> list[str]:
    scope: list[str] = []
    if noun.lower_ in ("others", "other"):
        scope.append("others")
    for c in noun.children:
        if c.dep_ in ("amod", "advmod") and c.lower_ in W.SCOPE_MODIFIERS and c.lower_ not in scope:
            scope.append(c.lower_ if c.lower_ != "other" else "others")
    if any(c.dep_ == "advmod" and c.lower_ == "also" for c in predicate.children):
        scope.append("also")
    for node in (noun, predicate, predicate.head):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "excluding", "plus"):
                phrase = " ".join(t.text for t in c.subtree)
                neg = "not " if c.i > 0 and c.doc[c.i - 1].lower_ == "not" else ""
                if phrase and f"{neg}{phrase}".lower() not in scope:
                    scope.append(f"{neg}{phrase}".lower())
    return scope


def _verb_qualifier(node: Token) -> str | None:
    """A qualifier carried by the verb that takes the number: "the toll neared 150,000"."""
    verb = node.head.head if node.dep_ == "pobj" else node.head
    if node.dep_ in ("dobj", "pobj", "attr") and verb.pos_ == "VERB":
        return W.VERB_QUALIFIERS.get(verb.lemma_.lower())
    return None


# Clauses that go on telling the same happening: "opened fire on the bar, killing 12"
_SAME_HAPPENING = ("advcl", "conj", "xcomp")
# prepositions that lead to a place where a happening goes on ("drove to the cafe and opened fire")
_TO_VENUE = ("to", "into")


def _venue_text(obj: Token, ctx: ClaimContext) -> str:
    """A venue as named: its entity, else the noun with its compounds ("Velm concert hall")."""
    ent = ctx.ent_at(obj.i)
    if ent is not None and ent.root.i == obj.i:
        return ent.text
    mods = [c for c in obj.children if c.dep_ == "compound" and c.i < obj.i]
    words = [t.text for m in mods for t in m.subtree] + [obj.text]
    return " ".join(words)


def _place_of_prep(prep: Token, ctx: ClaimContext, venues_only: bool) -> str | None:
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        if not venues_only and obj.ent_type_ in ("GPE", "LOC", "FAC"):
            ent = ctx.ent_at(obj.i)
            return ent.text if ent is not None else obj.text
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in word_list("venue_nouns"):
            return _venue_text(obj, ctx)
    return None


def _where_clause(node: Token, ctx: ClaimContext) -> str | None:
    """"the concert hall, where 89 people were killed": the place a relative clause is about."""
    if node.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in node.children):
        ent = ctx.ent_at(node.head.i)
        if ent is not None:
            return ent.text
        return _venue_text(node.head, ctx) if node.head.pos_ == "NOUN" else node.head.lemma_.lower()
    return None


def _place(noun: Token, predicate: Token, ctx: ClaimContext) -> str | None:
    """The place a count is restricted to, when the clause names one ("killed in Aceh"), or
    the venue of the happening it tells ("opened fire on the Velm bar, killing 12", "the
    hall where gunmen opened fire, killing 80"): a count for that place only."""
    place = _where_clause(predicate, ctx)
    if place:
        return place
    # "the attacks in Paris that killed 127 people": the place of the event the clause is about
    nodes = (noun, predicate, predicate.head) if predicate.dep_ in ("relcl", "acl") and \
        is_event_word(predicate.head, ctx) else (noun, predicate)
    for node in nodes:
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in W.PLACE_PREPS:
                place = _place_of_prep(c, ctx, venues_only=False)
                if place:
                    return place
    # the clauses the count's clause goes on from: a venue named there is where it happened.
    # A country or city named up there is left alone: "drove through Tarn, killing 3" may
    # count the dead of the whole event.
    node = predicate
    for _ in range(3):
        if node.dep_ not in _SAME_HAPPENING or node.head.i == node.i:
            break
        node = node.head
        place = _where_clause(node, ctx)
        if place:
            return place
        for c in node.children:
            if c.dep_ == "prep" and (c.lower_ in W.PLACE_PREPS or c.lower_ in _TO_VENUE):
                place = _place_of_prep(c, ctx, venues_only=True)
                if place:
                    return place
    return None


# Nouns of one person or of several, that a coordinated count adds up ("a man and two women").
_ONE_PERSON = {"man", "woman", "boy", "girl", "child", "baby", "teenager", "person", "pensioner"}
_PEOPLE = {"man", "woman", "boy", "girl", "child", "baby", "teenager", "person", "pensioner", "people",
           "adult", "toddler"}


def _coordinated_people(noun: Token) -> tuple[Token, float, int, int] | None:
    """People counted in a coordination ("a man and two women", "two men and a teenager"):
    (first conjunct, total, first token, end token), or None when any conjunct is not a
    person noun with its number (or "a"/"an") or the coordination is of one noun alone."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    conjuncts = [first]
    k = 0
    while k < len(conjuncts):
        conjuncts.extend(c for c in conjuncts[k].children if c.dep_ == "conj")
        k += 1
    if len(conjuncts) < 2:
        return None
    total = 0.0
    for c in conjuncts:
        lemma = c.lemma_.lower()
        if lemma not in _PEOPLE or c.pos_ != "NOUN":
            return None
        nums = [n for n in c.children if n.dep_ == "nummod"]
        if len(nums) == 1 and (ns := number_span(nums[0])) is not None:
            total += ns[2]
        elif not nums and lemma in _ONE_PERSON and c.tag_ == "NN" and any(
                d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            total += 1
        else:
            return None
    start = min(t.i for c in conjuncts for t in c.subtree if t.i <= c.i)
    return first, total, start, max(c.i for c in conjuncts) + 1


_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"dozen"} | frozenset(VAGUE_COUNTS)


def _maybe_numbers(ctx: ClaimContext) -> list[int]:
    """Tokens that may be (part of) a written number: every token `is_number_token` takes
    (a number word, `like_num`, a leading digit as in "12m", or a hyphen), and some more."""
    return [i for i, (low, num) in enumerate(zip(ctx.lower, ctx.like_num))
            if num or low in _NUMBER_WORDS or "-" in low or low[:1].isdigit()]


def count_claims(sent: Span, ctx: ClaimContext) -> list[Claim]:
    doc = ctx.doc
    out: list[Claim] = []
    seen: set[int] = set()
    sums = misread_dates(sent, W.CURRENCIES, W.PERCENT_WORDS)  # "between 40 and 60 people" tagged as a date
    for i in ctx.indexes(_maybe_numbers, sent):  # any other token has no `number_span`
        tok = doc[i]
        if tok.i in seen or _YEAR_OLD.search(tok.text):
            continue
        # "dozens of people were hurt": a count of which only the order of size is told
        vague = VAGUE_COUNTS.get(tok.lower_) if tok.tag_ == "NNS" and not (
            tok.i > sent.start and (doc[tok.i - 1].like_num or doc[tok.i - 1].lower_ in _NUMBER_WORDS
                                    or doc[tok.i - 1].lower_ == "of")) else None  # "tens of thousands"
        ns = (tok.i, tok.i + 1, float(vague)) if vague else number_span(tok)
        if ns is None:
            continue
        a, b, value = ns
        seen.update(range(a, b))
        span = doc[a:b]
        if any(t.ent_type_ in W.NON_COUNT_ENTS and t.i not in sums for t in span) or \
                ctx.in_timex(span.start_char, span.end_char) and not sums.issuperset(range(a, b)):
            continue
        if value <= 0 or not float(value).is_integer():
            continue
        if a > sent.start and doc[a - 1].lower_ in ("no", "not") and span.text.lower() == "one":
            continue  # "no one else was killed" counts nobody
        num_head = span.root
        # "Sixty people were arrested": a number word that starts a sentence may be tagged as an adjective
        if (num_head.dep_ in ("nummod", "quantmod") or num_head.dep_ == "amod" and num_head.i < num_head.head.i) \
                and num_head.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"):
            noun = num_head.head
        elif num_head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "appos", "npadvmod", "ROOT"):
            # ROOT: a verbless headline, "Two dead, 16 injured"
            noun = num_head
        else:
            continue
        if noun is num_head and not vague and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue  # "one of the five": a member, not a count
        coord = _coordinated_people(noun) if noun is not num_head else None
        if coord is not None:
            # "a man and two women were killed": one count of three, told by its first conjunct
            noun, value, a, b = coord
            seen.update(range(a, b))
        elif noun.i < b and noun is not num_head:
            continue  # the number follows its noun ("page 3", "flight 447")
        found = _casualty_slot(noun, num_head) or _object_of_verb_before(doc, a, noun)
        lemma = noun.lemma_.lower()
        unit: str | None
        population: str | None = None
        modal: str | None = None
        if found is not None:
            slot, predicate = found
            # "100 patients will die": a forecast, kept with its modal, which takes no side in a conflict
            modal = next((c.lower_ for c in predicate.children if c.dep_ == "aux"
                          and c.lower_ in ("will", "would", "'ll", "could", "may", "might")), None)
            # every casualty count counts people; "workers", "residents" say which of them,
            # a scope that `compare` names when two counts differ, never a different quantity
            unit = "people"
            if noun is not num_head and lemma not in W.GENERIC_COUNTED and lemma not in W.NOUN_CASUALTY \
                    and coord is None and noun.lower_ not in W.ADJ_CASUALTY:
                population = noun.lower_
        elif noun is not num_head and lemma in VEHICLE_NOUNS | WEAPON_NOUNS:
            slot = "vehicles" if lemma in VEHICLE_NOUNS else "weapons"
            predicate, unit = noun.head, lemma
        else:
            continue
        qual, q_start = qualifier_before(doc, a)
        if vague:
            qual = tok.lower_
        if qual is None:
            qual = _verb_qualifier(num_head if noun is num_head else noun)
        end_tok = b if coord is not None else noun.i + 1 if noun is not num_head and noun.i <= b + 2 else b
        rng = _count_range(doc, a, b, sent, sums) if coord is None and not vague else None
        upper = None
        if rng is not None and rng[0] > value:
            upper = rng[0]
            seen.update(range(b, rng[1]))
            end_tok = max(end_tok, rng[1])
        start_char = doc[q_start].idx
        end_char = doc[end_tok - 1].idx + len(doc[end_tok - 1])
        display = ctx.text[start_char:end_char]
        subject = event_subject(predicate, sent, ctx)
        year = ctx.past_year(sent)
        if year:  # a count of an earlier event is compared only with counts of that event
            subject = f"{subject} of {year}"
        scope = _scope(noun, predicate, sent)
        if population and population not in scope:
            scope.append(population)
        place = _place(noun, predicate, ctx)
        if place:
            scope.append(f"in {place}")
        out.append(make_claim(slot, subject, int(value), display, start_char, end_char,
                              sent, qualifier=qual, scope=scope, unit=unit, hedge=modal, upper=upper))
    return out


def _count_range(doc, a: int, b: int, sent: Span, sums: set[int]) -> tuple[float, int] | None:
    """The high end of a count told as a range, with the token after it: "between 150 and
    200 people", "150 to 200 people" ("rose from 20 to 35", a change, is none)."""
    if b + 1 >= sent.end:
        return None
    link = doc[b].lower_
    if link == "and" and not (a > sent.start and doc[a - 1].lower_ == "between"):
        return None
    if link not in ("and", "to", "-", "\u2013") or is_change(doc, a, sent, W.CURRENCIES):
        return None
    high = number_span(doc[b + 1])
    if high is None or high[0] != b + 1 or not float(high[2]).is_integer() or any(
            t.ent_type_ in W.NON_COUNT_ENTS and t.i not in sums for t in doc[high[0]:high[1]]):
        return None
    return high[2], high[1]
