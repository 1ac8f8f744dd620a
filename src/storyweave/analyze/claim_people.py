"""Claims about people: ages ("Jane Roe, 48", "the 48-year-old officer"), fates
("shot dead by police", "stabbed and killed") and identity status ("has not yet
been named")."""

from __future__ import annotations

from spacy.symbols import VERB
from spacy.tokens import Span, Token

from storyweave.analyze import claim_words as W
from storyweave.analyze.claim_context import (
    PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, ClaimContext, canonical_name, make_claim, resolve_person)
from storyweave.analyze.lexicon import speech_verbs
from storyweave.analyze.numbers import parse_number
from storyweave.model import Claim

def _maybe_ages(ctx: ClaimContext) -> list[int]:
    """Tokens that may carry an age (the first test of each case of `age_claims`)."""
    return [i for i, (low, num) in enumerate(zip(ctx.lower, ctx.like_num))
            if num or low == "old" or low == "aged" or "year-old" in low]


def age_claims(sent: Span, ctx: ClaimContext) -> list[Claim]:
    out: list[Claim] = []
    doc = ctx.doc
    for i in ctx.indexes(_maybe_ages, sent):
        tok = doc[i]
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
        elif tok.like_num and tok.i >= 2 and tok.doc[tok.i - 1].text in (",", "(") and _closes_clause(tok):
            # "Jane Roe, 48," / "Jane Doe (31)": read off the words, not the parse,
            # which attaches the ages of a list of people ("A, 25, B, 34, and C") at random
            name_tok = tok.doc[tok.i - 2]
            if ctx.person_at(name_tok) is None:
                listed = _listed_name(tok, sent, ctx) or _evident_name(tok, sent, ctx)
                if listed is None and _unnamed_role(name_tok):
                    value, target = parse_number(tok.text), name_tok  # "a woman, 67, was taken"
                elif listed is None:
                    continue
                else:
                    value = parse_number(tok.text)
                    if value is None or not float(value).is_integer() or not 0 < value < 120:
                        continue
                    out.append(make_claim("age", listed, int(value), tok.text, tok.idx, tok.idx + len(tok),
                                          sent, unit="years"))
                    continue
            else:
                value, target = parse_number(tok.text), name_tok
        elif low == "aged":
            nums = [c for c in tok.children if c.like_num]
            if not nums or any(c.dep_ == "conj" for c in nums[0].children):
                continue
            value, first, last, target = parse_number(nums[0].text), tok, nums[0], tok.head
        else:
            continue
        if value is None or target is None or not float(value).is_integer() or not 0 < value < 120:
            continue
        # "her son, 26-year-old Ann": Ann, whatever the parse hangs her name on
        subject = (resolve_person(target, ctx) if ctx.person_at(target) else None) or \
            _named_relative(first, last, target) or resolve_person(target, ctx) or _name_after_age(last, target) \
            or _unnamed_role(target)
        if subject is None:
            continue
        start = min(first.idx, last.idx)
        end = max(first.idx + len(first), last.idx + len(last))
        out.append(make_claim("age", subject, int(value), ctx.text[start:end], start, end, sent, unit="years"))
    return out


def _unnamed_role(target: Token) -> str | None:
    """An unnamed person first met with an age ("a 32-year-old man has been charged",
    "police arrested a 19-year-old woman"): named by the noun and what the clause says
    happened to them ("man charge"), so that only the same role in another report meets it."""
    lemma = target.lemma_.lower()
    if lemma not in W.PERSON_NOUNS or lemma in W.ATTACKER_NOUNS or target.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in target.children):
        return None
    if target.dep_ not in ("nsubj", "nsubjpass", "dobj") or target.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = target.head.lemma_.lower()
    if verb not in _ROLE_VERBS:
        return None
    return f"{lemma} {verb}"


# What happens to the one person a report is about: an unnamed person's age is kept only
# with these ("a man aged 61 was also hurt" may be any of the hurt, "taken to hospital" too).
_ROLE_VERBS = {"arrest", "charge", "detain", "remand", "jail", "sentence", "convict", "accuse", "bail",
               "stab", "shoot", "kill", "murder", "die", "name", "identify", "question", "appear",
               "release", "rescue", "attack", "assault", "rob", "plead", "deny", "admit", "find"}


_NOT_PERSON_ENTS = {"GPE", "ORG", "NORP", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def _name_after_age(last: Token, target: Token) -> str | None:
    """"19-year-old Ann Bea Roe": a full name (two or more capitalised proper nouns) right
    after the age, that the entity recogniser missed or took for a building."""
    if target.pos_ != "PROPN" or target.ent_type_ in _NOT_PERSON_ENTS:
        return None
    doc = target.doc
    run: list[Token] = []
    for t in doc[last.i + 1 : min(len(doc), last.i + 5)]:
        if not (t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in _NOT_PERSON_ENTS):
            break
        run.append(t)
    if len(run) < 2 or target not in run:
        return None
    return canonical_name(" ".join(t.text for t in run))


def _relative_before(tok: Token) -> bool:
    """A person noun just before `tok`, past a comma: "her son, Ann, 6" / "her son, 26-year-old Ann"."""
    k = tok.i - 1
    while k >= 0 and (tok.doc[k].is_space or tok.doc[k].text == ","):
        k -= 1
    return k >= 0 and k < tok.i - 1 and tok.doc[k].pos_ == "NOUN" and tok.doc[k].lemma_.lower() in _PERSON_CUES


def _named_relative(first: Token, last: Token, target: Token) -> str | None:
    """"her son, 26-year-old Ann": one first name right after the age, in apposition to a
    person noun: the entity recogniser often takes a rare first name for a firm or a place."""
    if target.pos_ != "PROPN" or target.i != last.i + 1 or not target.text[:1].isupper() or not _relative_before(first):
        return None
    nxt = target.doc[target.i + 1] if target.i + 1 < len(target.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN":
        return None  # a longer name is `_name_after_age`'s
    return canonical_name(target.text)


def _is_listed_age(tok: Token) -> bool:
    """`tok` is the number of a "Name, 25," item."""
    return bool(tok.like_num and tok.i >= 2 and tok.doc[tok.i - 1].text in (",", "(") and _closes_clause(tok))


def _listed_name(tok: Token, sent: Span, ctx: ClaimContext) -> str | None:
    """The name before an age in a list of named people with ages ("A Roe, 25, B Doe, 34,
    and C Poe, 23"), when the entity recogniser missed that one name: a run of proper
    nouns, opening the item, in a sentence that lists at least one known person so."""
    doc = tok.doc
    k = tok.i - 2
    names: list[Token] = []
    while k >= sent.start and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and len(names) < 4:
        names.insert(0, doc[k])
        k -= 1
    if len(names) < 2:  # a lone capitalised word may be a place ("Leeds, 25,")
        return None
    before = doc[k] if k >= sent.start else None
    if before is not None and not (before.is_punct or before.lower_ in ("and", "or", "are", "were", "is", "was")):
        return None
    others = [t for t in sent if t.i != tok.i and _is_listed_age(t) and ctx.person_at(doc[t.i - 2]) is not None]
    if not others:
        return None
    return canonical_name(" ".join(t.text for t in names))


# Nouns that say the name next to them is a person's ("daughters Ann, 6", "Ann Roe, 48,
# a taxi driver"): the entity recogniser often takes a rare name for a place or a firm.
_PERSON_CUES = W.PERSON_NOUNS | {
    "protester", "protestor", "sister", "brother", "grandmother", "grandfather", "friend", "neighbour",
    "neighbor", "partner", "fan", "player", "activist", "lawyer", "spokesman", "spokeswoman", "voter",
    "owner", "shopkeeper", "mechanic", "engineer", "farmer", "retiree", "witness", "father-of-two",
    "mother-of-two", "grandson", "granddaughter", "niece", "nephew", "cousin", "bride", "groom",
}


def _name_run(tok: Token, sent: Span) -> list[Token]:
    """The capitalised proper nouns just before "Name, 25" (at most four)."""
    doc, k, names = tok.doc, tok.i - 2, []
    while k >= sent.start and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and len(names) < 4:
        names.insert(0, doc[k])
        k -= 1
    return names


def _evident_name(tok: Token, sent: Span, ctx: ClaimContext, depth: int = 0) -> str | None:
    """The name before an age ("Ann Roe, 48,") that the entity recogniser did not take for
    a person, when the words around it say it is one: a person noun before it ("daughters
    Ann, 6"), a person noun in apposition after the age ("Ann Roe, 48, a taxi driver"),
    a speech verb it is the subject of ("Ann Roe, 48, said"), or an earlier item of the
    same list that is a person ("daughters Ann, 6, and Bea, 3"; "Ann, 6, and Bea Roe, 3")."""
    doc = tok.doc
    names = _name_run(tok, sent)
    if not names:
        return None
    name = canonical_name(" ".join(t.text for t in names))
    before = doc[names[0].i - 1] if names[0].i > sent.start else None
    if before is not None and before.lemma_.lower() in _PERSON_CUES and before.pos_ == "NOUN":
        return name
    if _relative_before(names[0]):  # "her son, Ann, 6"
        return name
    # an apposition after the age, up to the next comma: ", a taxi driver in the city,"
    k = tok.i + 1
    if k < sent.end and doc[k].text == ",":
        for t in doc[k + 1 : min(sent.end, k + 7)]:
            if t.text in (",", ";", ")"):
                break
            if t.pos_ == "NOUN" and t.lemma_.lower() in _PERSON_CUES:
                return name
    head = names[-1]
    if head.dep_ == "nsubj" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in speech_verbs():
        return name
    # "Ann Roe, 26, is accused of ...": a full name with its age, then the clause's verb
    k = tok.i + 1
    if len(names) >= 2 and k + 1 < sent.end and doc[k].text == "," and doc[k + 1].pos_ in ("AUX", "VERB") \
            and doc[k + 1].tag_ not in ("VBG", "VBN"):
        return name
    # "A, 6, and B, 3": B is a person when A is one
    if depth < 3 and before is not None and before.lower_ in ("and", ",", ";"):
        j = before.i - 1 if before.lower_ == "and" else before.i
        while j > sent.start and doc[j].text == ",":
            j -= 1
        if j > sent.start + 1 and _is_listed_age(doc[j]) and _evident_name(doc[j], sent, ctx, depth + 1):
            return name
    # the next item of the list: ", and Bea Roe, 3"
    k = tok.i + 1
    while k < sent.end and doc[k].lower_ in (",", "and"):
        k += 1
    j = k
    while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1
    if depth < 3 and j > k and j + 1 < sent.end and doc[j].text == "," and _is_listed_age(doc[j + 1]) \
            and doc[k - 1].lower_ in (",", "and") and tok.i + 1 < k:
        if ctx.person_at(doc[j - 1]) is not None or _evident_name(doc[j + 1], sent, ctx, depth + 1):
            return name
    return None


def _closes_clause(tok: Token) -> bool:
    """The number ends its phrase: followed by punctuation, "and" or the end of the text."""
    if tok.i + 1 >= len(tok.doc):
        return True
    nxt = tok.doc[tok.i + 1]
    return nxt.is_punct and nxt.text not in ("-", "%", "/") or nxt.lower_ in ("and", "or") or nxt.is_space


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


def patient_of(verb: Token) -> tuple[Token | None, bool]:
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


def _fate_verbs(ctx: ClaimContext) -> list[int]:
    return [i for i, (lemma, pos) in enumerate(zip(ctx.lemma, ctx.pos)) if pos == VERB and lemma in W.FATE_VERBS]


def fate_claims(sent: Span, ctx: ClaimContext) -> list[Claim]:
    out: list[Claim] = []
    doc = ctx.doc
    for i in ctx.indexes(_fate_verbs, sent):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lemma not in W.FATE_VERBS:
            continue
        patient, passive = patient_of(tok)
        if patient is None or patient.like_num or any(c.dep_ == "nummod" for c in patient.children):
            continue
        subject = resolve_person(patient, ctx)
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
        out.append(make_claim(W.FATE_VERBS[lemma], subject, value, ctx.text[start:end], start, end, sent))
    return out


def _negated(verb: Token) -> bool:
    """"has not been named", "has yet to be identified"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children):
        return True
    return any(c.lower_ == "yet" for c in verb.children) and any(
        c.dep_ == "neg" for c in verb.children)


def _maybe_unnamed(ctx: ClaimContext) -> list[int]:
    return [i for i, (low, lemma, pos) in enumerate(zip(ctx.lower, ctx.lemma, ctx.pos))
            if pos == VERB and lemma in ("name", "identify") or low in ("unnamed", "unidentified")]


def identity_claims(sent: Span, ctx: ClaimContext) -> list[Claim]:
    out: list[Claim] = []
    doc = ctx.doc
    for i in ctx.indexes(_maybe_unnamed, sent):
        tok = doc[i]
        low = tok.lower_
        target: Token | None = None
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ("name", "identify") and _negated(tok):
            target, passive = patient_of(tok)
            if target is None and tok.dep_ == "xcomp":
                target = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                passive = True
            if target is not None and not passive and tok.dep_ != "xcomp":
                target = None
        elif low in ("unnamed", "unidentified") and tok.dep_ == "amod":
            target = tok.head
        if target is None:
            continue
        # who is unnamed is never someone named before: no anaphora here
        if target.lower_ in RELATIVE_PRONOUNS and target.head.dep_ in ("relcl", "acl"):
            target = target.head.head
        elif target.lower_ in RELATIVE_PRONOUNS and target.head.head.dep_ == "relcl":
            target = target.head.head.head
        lemma = target.lemma_.lower()
        if target.lower_ in PERSONAL_PRONOUNS and ctx.antecedent(target) == "attacker":
            subject = "attacker"
        elif lemma in W.ATTACKER_NOUNS:
            subject = "attacker"
        elif lemma in W.PERSON_NOUNS and target.pos_ == "NOUN":
            subject = lemma
        else:
            continue
        start, end = tok.idx, tok.idx + len(tok)
        for c in tok.children:
            if c.dep_ in ("neg", "aux", "auxpass", "advmod"):
                start = min(start, c.idx)
        if tok.dep_ == "xcomp":
            start = min(start, tok.head.idx)
        out.append(make_claim("identity", subject, "not yet named", ctx.text[start:end], start, end, sent))
    return out
