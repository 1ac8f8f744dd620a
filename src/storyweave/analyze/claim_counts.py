"""Counts of people (killed, injured, missing, arrested, evacuated) and other numbers
with units (money, percentages, distances, vehicles, weapons).

A number is tied to what it counts through the parse: its head noun, then the verb
or adjective that governs that noun, read with its voice ("three gunmen killed a
guard" counts no victims)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from storyweave.analyze import claim_words as W
from storyweave.analyze.claim_context import ClaimContext, event_subject, is_event_word, make_claim, qualifier_before
from storyweave.analyze.claim_shifts import change_word, is_change, misread_dates
from storyweave.analyze.lexicon import word_list
from storyweave.analyze.numbers import SCALES, TENS, UNITS, VAGUE_COUNTS, number_span
from storyweave.model import Claim

_YEAR_OLD = re.compile(r"year", re.I)
NON_COUNT_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
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
    sums = misread_dates(sent, CURRENCIES, _PERCENT_WORDS)  # "between 40 and 60 people" tagged as a date
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
        if any(t.ent_type_ in NON_COUNT_ENTS and t.i not in sums for t in span) or \
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
    if link not in ("and", "to", "-", "\u2013") or is_change(doc, a, sent, CURRENCIES):
        return None
    high = number_span(doc[b + 1])
    if high is None or high[0] != b + 1 or not float(high[2]).is_integer() or any(
            t.ent_type_ in NON_COUNT_ENTS and t.i not in sums for t in doc[high[0]:high[1]]):
        return None
    return high[2], high[1]


# Currency as written ("£", "euros", "US$") -> one code, so that "£4.5m" and "£4.5 million"
# are one unit; scale words and suffixes ("m", "bn") are read into the value, never the unit.
CURRENCIES = {"£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
              "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
              "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
              "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD", "c$": "CAD", "¥": "JPY", "yen": "JPY"}
SCALE_SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                  "b": 1_000_000_000, "tn": 1_000_000_000_000}


def _quantity_span(ent: Span, a: int, b: int, value: float) -> tuple[int, int, float]:
    """The entity widened to a currency sign just before it and a scale suffix just after
    the number ("£", "4.5", "m" when the tagger kept only "4.5"), with the scaled value."""
    doc = ent.doc
    start, end = ent.start, max(ent.end, b)
    if start > 0 and doc[start - 1].lower_ in CURRENCIES and not doc[start - 1].is_alpha:
        start -= 1
    if end < len(doc) and doc[end].lower_ in _CURRENCY_WORDS and ent.label_ in ("QUANTITY", "MONEY", "DATE"):
        end += 1  # "between 8 and 11 million" tagged without its "euros"
    money = ent.label_ == "MONEY" or start < ent.start or end > max(ent.end, b)
    # "4.5m" told apart as "4.5" "m" (no space); at a sentence's end as "4.5" "m."
    if money and b < len(doc) and doc[b].lower_.rstrip(".") in SCALE_SUFFIXES \
            and doc[b].idx == doc[b - 1].idx + len(doc[b - 1]):
        value *= SCALE_SUFFIXES[doc[b].lower_.rstrip(".")]
        end = max(end, b + 1)
    elif money and b < len(doc) and doc[b].lower_ in SCALES and b >= ent.end and value < 1000:
        value *= SCALES[doc[b].lower_]
        end = max(end, b + 1)
    return start, end, value


# Words that join the two ends of a range: "25-40%", "25 to 40 percent"; "and" only after
# "between" ("between €12 million and €20 million").
RANGE_LINKS = {"-", "\u2013", "\u2014", "to"}
_CURRENCY_WORDS = {w for w in CURRENCIES if w.isalpha()}
_PERCENT_WORDS = {"%", "percent", "pc"}


def _scale_of(doc, a: int, b: int) -> float:
    """The scale a number at tokens a..b is written with ("12 million", "4.5m", "17.7billion"), 1 if none."""
    for t in doc[a:b]:
        if t.lower_ in SCALES:
            return float(SCALES[t.lower_])
        m = re.match(r"^[\d.,]+([a-z]+)$", t.lower_)
        if m and m.group(1) in SCALE_SUFFIXES:
            return float(SCALE_SUFFIXES[m.group(1)])
    return _suffix_after(doc, b) if b > 0 else 1.0


def _suffix_after(doc, b: int) -> float:
    """The scale of a suffix written onto the number ending at token b but told apart ("12" "m"), 1 if none."""
    if b < len(doc) and doc[b].lower_.rstrip(".") in SCALE_SUFFIXES and doc[b].idx == doc[b - 1].idx + len(doc[b - 1]):
        return float(SCALE_SUFFIXES[doc[b].lower_.rstrip(".")])
    return 1.0


def _is_link(doc, k: int, first: int, sent: Span) -> bool:
    """Whether token k joins two ends of a range whose first end starts at token `first`."""
    low = doc[k].lower_
    if low in RANGE_LINKS:
        return True
    # "between €12 million and €20 million": "between" just before the first end (or its sign)
    # (the tagger may keep "between" in the first sum's entity: "between $500,000" "and $1 million")
    return low == "and" and any(t.lower_ == "between" for t in doc[max(sent.start, first - 2):first + 1])


def _low_end(doc, a1: int, b1: int, v1: float, a2: int, b2: int, high: float) -> float:
    """The low end of a range, scaled as the high end when written without a scale of its own
    ("12 to 20 million euros": 12 million)."""
    v1 *= _suffix_after(doc, b1)
    if _scale_of(doc, a1, b1) == 1.0 and v1 < high:
        scale = _scale_of(doc, a2, b2)
        if v1 * scale <= high:
            return v1 * scale
    return v1


# a range the tokenizer keeps in one token: "25%-40" (of "25%-40%"), "12m-£20" (of "£12m-£20m")
_GLUED_RANGE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-z]*|%)[-\u2013]([£$€]?)(\d[\d,]*(?:\.\d+)?)$", re.I)


def _glued_range(span: Span) -> tuple[int, float, float] | None:
    """A range written in one token: (its index, low end, high end), scaled by the suffix told
    apart after it ("12m-£20" "m")."""
    for t in span:
        m = _GLUED_RANGE.match(t.lower_)
        if not m or m.group(2) not in SCALE_SUFFIXES and m.group(2) not in ("", "%"):
            continue
        low = float(m.group(1).replace(",", ""))
        high = float(m.group(4).replace(",", "")) * _suffix_after(t.doc, t.i + 1)
        low *= SCALE_SUFFIXES.get(m.group(2), 1) if m.group(2) in SCALE_SUFFIXES else 1
        if m.group(2) in ("", "%") and low * _suffix_after(t.doc, t.i + 1) <= high:
            low *= _suffix_after(t.doc, t.i + 1)
        return t.i, low, high
    return None


def _range_in(span: Span, sent: Span) -> tuple[int, int, float, int, int, float] | None:
    """Two numbers of one figure joined as a range ("25-40%", "between €12m and €20m"):
    (a1, b1, v1, a2, b2, v2) of the two numbers, or None."""
    doc = span.doc
    found: list[tuple[int, int, float]] = []
    for t in span:
        ns = number_span(t)
        if ns is not None and ns not in found:
            found.append(ns)
    if len(found) < 2:
        return None
    (a1, b1, v1), (a2, b2, v2) = found[0], found[1]
    if a2 + 1 < b2 and doc[a2].text in ("-", "\u2013") and a2 >= b1:
        a2 += 1  # "5 - 10 million": the hyphen read as part of the second number
    between = [k for k in range(b1, a2) if not (doc[k].lower_ in CURRENCIES and not doc[k].is_alpha)
               and doc[k].lower_.rstrip(".") not in SCALE_SUFFIXES and doc[k].lower_ not in _PERCENT_WORDS]
    if len(between) != 1 or not _is_link(doc, between[0], a1, sent):
        return None
    return a1, b1, v1, a2, b2, v2


def _figure_claim(ent: Span, sent: Span, ctx: ClaimContext,
                  sums: frozenset[int] = frozenset()) -> list[tuple[Claim, int, int]]:
    """The sum, percentage or quantity an entity (or a figure read from the tokens) states,
    with the tokens it spans. A range ("25-40%") is one claim: its low end as `value`,
    its high end as `upper`; a change ("rose from £20 to £45") is two. `sums`: tokens the
    tagger called a date that are a figure (`misread_dates`)."""
    doc = ctx.doc
    glued = _glued_range(ent)
    if glued is not None:
        k, low, high = glued
        start_i, end_i, _v = _quantity_span(ent, k, k + 1, high)
        if doc[end_i - 1].i == k and _suffix_after(doc, k + 1) != 1.0:
            end_i += 1
        return [_make_figure(ent, sent, ctx, start_i, end_i, low, high, {k}, k)]
    nums = [t for t in ent if number_span(t)]
    if not nums:
        return []
    rng = _range_in(ent, sent)
    if rng is None and (cut := _second_figure(ent)) is not None:
        # "0.6 percentage points to 4%" tagged as one: two figures, each read on its own
        return _figure_claim(Span(doc, ent.start, cut, label=ent.label_), sent, ctx, sums) + \
            _figure_claim(Span(doc, cut, ent.end, label=ent.label_), sent, ctx, sums)
    if rng is not None and any(t.lower_ == "to" for t in doc[rng[1]:rng[3]]) and is_change(doc, rng[0], sent, CURRENCIES):
        # "cut from $80 million to $65 million" tagged as one sum: the figure before, the figure
        # after. (A score, "49% to 41%", stays one claim, its two sides in order in `value` and
        # `upper`: compared end by end, as a range is.)
        return _change_figures(ent, sent, ctx, rng)
    if rng is not None:
        a, b = rng[3], rng[4]
        value = rng[5]
    else:
        a, b, value = number_span(nums[0])  # type: ignore[misc]
    start_i, end_i, value = _quantity_span(ent, a, b, value)
    while end_i - 1 >= b and (doc[end_i - 1].lower_ in RANGE_LINKS or doc[end_i - 1].lower_ == "and"
                              or doc[end_i - 1].lower_ in CURRENCIES and not doc[end_i - 1].is_alpha):
        end_i -= 1  # "$400,000 to" or "€150 to €" tagged without the far end: no part of the sum
    number_tokens = set(range(a, b))
    upper: float | None = None
    if rng is not None:
        upper, value = value, _low_end(doc, rng[0], rng[1], rng[2], a, b, value)
        a = rng[0]
        number_tokens |= set(range(rng[0], rng[1]))
    elif start_i >= sent.start + 2 and _is_link(doc, start_i - 1, start_i - 1, sent):
        # "by 25 to 40 percent" with only "40 percent" tagged: the bare number before is the low end
        low = number_span(doc[start_i - 2])
        if low is not None and low[1] == start_i - 1 and _is_link(doc, start_i - 1, low[0], sent) and not any(
                t.ent_type_ in NON_COUNT_ENTS and t.i not in sums for t in doc[low[0]:low[1]]) and not (
                low[0] > sent.start and doc[low[0] - 1].lower_ in CURRENCIES):
            if doc[start_i - 1].lower_ == "to" and is_change(doc, low[0], sent, CURRENCIES):
                # "rose from 20 to 45 percent": the bare number before is the figure before the change
                before = _make_figure(ent, sent, ctx, low[0], low[1], _low_end(doc, low[0], low[1], low[2], a, b,
                                                                                 value), None, set(range(low[0], low[1])), low[0])
                unit_of = _make_figure(ent, sent, ctx, start_i, end_i, value, None, number_tokens, a)
                before[0].slot, before[0].unit, before[0].subject = unit_of[0].slot, unit_of[0].unit, unit_of[0].subject
                _change_subject(before[0], unit_of[0], low[0], sent, ctx)
                return [before, unit_of]
            upper, value = value, _low_end(doc, low[0], low[1], low[2], a, b, value)
            a = start_i = low[0]
            number_tokens |= set(range(low[0], low[1]))
    return [_make_figure(ent, sent, ctx, start_i, end_i, value, upper, number_tokens, a)]


def _second_figure(ent: Span) -> int | None:
    """Where a second figure starts in an entity that holds two joined by "to", "from" or
    "by" that are no range ("0.6 percentage points to 4%"; not "£4.5m", not "25-40%"): the
    token index (its currency sign, if any), or None."""
    doc = ent.doc
    spans: list[tuple[int, int, float]] = []
    for t in ent:
        ns = number_span(t)
        if ns is not None and ns not in spans and not any(ns[0] < b for _a, b, _v in spans):
            spans.append(ns)
    if len(spans) < 2:
        return None
    b1, a2 = spans[0][1], spans[1][0]
    if not any(t.lower_ in ("to", "from", "by") for t in doc[b1:a2]) or not any(t.is_alpha and t.lower_ not in (
            "to", "from", "by") for t in doc[b1:a2]):
        return None  # "12 to 20" bare: a range the range rules read
    cut = a2 - 1 if doc[a2 - 1].lower_ in CURRENCIES and not doc[a2 - 1].is_alpha else a2
    return cut if ent.start < cut else None


def _change_figures(ent: Span, sent: Span, ctx: ClaimContext,
                    rng: tuple[int, int, float, int, int, float]) -> list[tuple[Claim, int, int]]:
    """The two figures of a change tagged as one entity, each a claim of its own, both in the
    unit of the whole ("from 900 to 1,400 euros": both in euros)."""
    doc = ctx.doc
    a1, b1, v1, a2, b2, v2 = rng
    s2, e2, v2 = _quantity_span(Span(doc, a2, ent.end, label=ent.label_), a2, b2, v2)
    after = _make_figure(ent, sent, ctx, s2, max(e2, ent.end), v2, None, set(range(a2, b2)), a2)
    s1, e1, v1 = _quantity_span(Span(doc, ent.start, b1, label=ent.label_), a1, b1, v1)
    v1 = _low_end(doc, a1, b1, rng[2], a2, b2, v2)
    while e1 > b1 and doc[e1 - 1].lower_ in RANGE_LINKS:
        e1 -= 1
    while e1 < s2 and (doc[e1].lower_ in _PERCENT_WORDS or doc[e1].lower_ in _CURRENCY_WORDS):
        e1 += 1  # "49%" of "from 49% to 41%": its sign is part of its words
    before = _make_figure(ent, sent, ctx, s1, e1, v1, None, set(range(a1, b1)), a1)
    before[0].slot, before[0].unit, before[0].subject = after[0].slot, after[0].unit, after[0].subject
    _change_subject(before[0], after[0], a1, sent, ctx)
    return [before, after]


def _change_subject(before: Claim, after: Claim, first: int, sent: Span, ctx: ClaimContext) -> None:
    """Both figures of a change are about what changed: their subject is the word of change
    ("rise"), so that an outlet's figure before is grouped with another's."""
    word = change_word(ctx.doc, first, sent, CURRENCIES)
    if word is not None:
        before.subject = after.subject = word.lemma_.lower()


def _make_figure(ent: Span, sent: Span, ctx: ClaimContext, start_i: int, end_i: int, value: float,
                 upper: float | None, number_tokens: set[int], a: int) -> tuple[Claim, int, int]:
    doc = ctx.doc
    if doc[end_i - 1].lower_ in ("percentage", "basis") and end_i < len(doc) and doc[end_i].lower_ in ("point", "points"):
        end_i += 1  # "40 to 50 percentage" tagged without its "points"
    span = doc[start_i:end_i]
    words = [t.lower_ for t in span if t.i not in number_tokens]
    label = ent.label_
    # the tagger often calls "4.99 per cent" money: the words decide
    if any(w in _PERCENT_WORDS for w in words) or "per" in words and "cent" in words:
        label = "PERCENT"
    unit: str | None
    points = "points" in words or "point" in words
    if points and ("percentage" in words or "basis" in words):
        # "four percentage points" (a change of a percentage), "50 basis points" (0.5 of one)
        label, unit = "PERCENT", "percentage points"
        if "basis" in words:
            value, upper = value / 100, None if upper is None else upper / 100
    elif label == "PERCENT":
        unit = "%"
    else:
        code = next((CURRENCIES[w] for w in words if w in CURRENCIES), None)
        rest = [t.text for t in span if t.i not in number_tokens and t.lower_ not in W.QUALIFIERS
                and t.lower_ not in SCALES and t.lower_ not in SCALE_SUFFIXES
                and t.lower_ not in RANGE_LINKS and t.lower_ not in ("and", "between", "from")]
        unit = code or (" ".join(rest) or None)
        if code is not None:
            label = "MONEY"  # "a 412 million pound plan": the tagger's QUANTITY, with a currency
    head = span.root.head
    while head.dep_ in ("prep", "agent") and head.head is not head:  # "by 60%" in a passive: its verb
        head = head.head
    slot = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}[label]
    qual, q_start = qualifier_before(doc, min(a, start_i))
    if qual is None and q_start == start_i:
        # "around 60%" tagged with its qualifier: the words just before the number (or its sign)
        first = a - 1 if a - 1 >= start_i and doc[a - 1].lower_ in CURRENCIES and not doc[a - 1].is_alpha else a
        inner, k = qualifier_before(doc, first)
        if inner is not None and k >= start_i:
            qual = inner
    start = doc[q_start].idx
    end_char = span.end_char - (1 if span[-1].text.endswith(".") and len(span[-1]) > 1 else 0)
    claim = make_claim(slot, head.lemma_.lower(), value, ctx.text[start:end_char], start,
                       end_char, sent, qualifier=qual, unit=unit, upper=upper)
    return claim, start_i, end_i


def _untagged_figures(sent: Span, taken: set[int], sums: frozenset[int] = frozenset()) -> list[Span]:
    """Sums and percentages the entity tagger missed, read from the tokens: a number after a
    currency sign ("£17.7billion"), before a currency word ("2.5m euros") or before a
    percent sign or word ("29 per cent")."""
    doc = sent.doc
    out: list[Span] = []
    k = sent.start
    while k < sent.end:
        ns = number_span(doc[k]) if k not in taken and (not doc[k].is_alpha or doc[k].like_num) else None
        if ns is None or any(i in taken for i in range(ns[0], ns[1])) or \
                any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") and t.i not in sums
                    for t in doc[ns[0]:ns[1]]):
            k += 1
            continue
        a, b, _v = ns
        after = b + 1 if b < sent.end and doc[b].lower_.rstrip(".") in SCALE_SUFFIXES else b
        label, start, end = None, a, b
        if a > sent.start and doc[a - 1].lower_ in CURRENCIES and not doc[a - 1].is_alpha and a - 1 not in taken:
            label, start, end = "MONEY", a - 1, b
        elif after < sent.end and doc[after].lower_ in _CURRENCY_WORDS:
            label, end = "MONEY", after + 1
        elif b < sent.end and doc[b].lower_ in _PERCENT_WORDS:
            label, end = "PERCENT", b + 1
        elif b + 1 < sent.end and doc[b].lower_ == "per" and doc[b + 1].lower_ == "cent":
            label, end = "PERCENT", b + 2
        elif b + 1 < sent.end and doc[b].lower_ in ("percentage", "basis") and doc[b + 1].lower_ in ("point", "points"):
            label, end = "PERCENT", b + 2
        if label is not None:
            out.append(Span(doc, start, end, label=label))
        k = max(b, k + 1)
    return out


def _join_ranges(claims: list[tuple[Claim, int, int]], sent: Span, ctx: ClaimContext) -> list[Claim]:
    """Two figures of one unit joined as a range ("from $400,000 to $10 million", tagged as
    two): one claim."""
    doc = ctx.doc
    claims = sorted(claims, key=lambda x: x[0].start)
    out: list[Claim] = []
    k = 0
    while k < len(claims):
        x, xa, xb = claims[k]
        if k + 1 < len(claims):
            y, ya, yb = claims[k + 1]
            if x.slot == y.slot and x.slot in ("money", "percent") and x.unit == y.unit and x.upper is None \
                    and y.upper is None and ya == xb + 1 and _is_link(doc, xb, xa, sent) \
                    and float(x.value) < float(y.value) and not is_change(doc, xa, sent, CURRENCIES):
                head = doc[xa:yb].root.head
                while head.dep_ in ("prep", "agent") and head.head is not head:  # "by 60%" in a passive: its verb
                    head = head.head
                out.append(make_claim(x.slot, head.lemma_.lower(), x.value, ctx.text[x.start:y.end], x.start, y.end, sent,
                                      qualifier=x.qualifier, unit=x.unit, upper=y.value))
                k += 2
                continue
        if k + 1 < len(claims) and claims[k + 1][1] == xb + 1 and _is_link(ctx.doc, xb, xa, sent):
            _change_subject(x, claims[k + 1][0], xa, sent, ctx)  # "from £20 to £45" of a change
        out.append(x)
        k += 1
    return out


def quantity_claims(sent: Span, ctx: ClaimContext) -> list[Claim]:
    found: list[tuple[Claim, int, int]] = []
    taken: set[int] = set()
    sums = frozenset(misread_dates(sent, CURRENCIES, _PERCENT_WORDS))
    for ent in ctx.ents_in(sent):
        if ent.label_ not in ("MONEY", "PERCENT", "QUANTITY"):
            continue
        for got in _figure_claim(ent, sent, ctx, sums):
            found.append(got)
            taken.update(range(got[1], got[2]))
    for span in _untagged_figures(sent, taken, sums):
        found.extend(_figure_claim(span, sent, ctx, sums))
    return _join_ranges(found, sent, ctx)
