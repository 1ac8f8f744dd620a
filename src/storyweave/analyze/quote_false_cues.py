"""Verbs of saying used for something other than a report (round 28).

"Speaking of the weather, the match went ahead": "speaking of"/"talking of" opening a sentence
whose own verb reports nothing is the writer's turn to a topic, no one's words (after a
report, ", speaking of the convention", it glosses that report and stays one, as PolNeAR
train marks it). "The former minister disclosed assets worth N2.4 billion": declaring a sum of
wealth is a filing of figures, not words (PolNeAR train marks "disclosing his earnings", with
no sum, as a report, and that stays one). "The town, noted for its cocoa farms, hosted the
festival": "noted for" is "famous for", whatever the parser makes of "noted" ("The district is
noted for its beaches"), with no clause or object of its own. "Three men said to be members of the
gang were arrested" (round 33): "said to be"/"said to have" is the passive of hearsay, a reduced
relative on the noun, whatever the parser makes of it (it may make "said" the root and the
sentence's own verb its clause); nobody is reported. "Her horse, Say No More, won" (round 36): a
verb of saying capitalised inside a sentence, after a comma or a lower-case word and before another
capitalised word, is a title-case name (a horse, a song, a boat), not a cue; a title-case headline
("Mayor Says Rates Will Rise") has a capitalised word before it and stays a report.
"""

from __future__ import annotations

from spacy.tokens import Token

TOPIC_VERBS = frozenset({"speak", "talk"})
WEALTH_NOUNS = frozenset({
    "asset", "property", "wealth", "income", "holding", "earning", "fortune", "estate", "shareholding",
    "liability",
})
DECLARING_VERBS = frozenset({"disclose", "declare"})
MONEY_WORDS = frozenset({"worth", "valued", "totalling", "totaling", "amounting"})


def topic_turn(tok: Token, cue_lemmas: frozenset[str] | set[str]) -> bool:
    """True for "Speaking of X," opening a sentence whose main verb is no cue."""
    if tok.lemma_.lower() not in TOPIC_VERBS or tok.tag_ != "VBG" or tok.dep_ != "advcl":
        return False
    if tok.i != tok.sent.start or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "of":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    return tok.head.lemma_.lower() not in cue_lemmas


def declared_wealth(tok: Token) -> bool:
    """True for "disclosed/declared assets worth ..." (a wealth noun with a sum as its object)."""
    if tok.lemma_.lower() not in DECLARING_VERBS:
        return False
    obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
    if obj is None:
        # "declared assets worth ...", parsed as a small clause on "worth"
        worth = next((c for c in tok.rights if c.dep_ in ("ccomp", "xcomp") and c.lower_ in MONEY_WORDS), None)
        obj = None if worth is None else next((c for c in worth.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if obj is None or any(c.dep_ == "mark" for c in worth.children):
            return False
    elif any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return False
    if obj.lemma_.lower() not in WEALTH_NOUNS:
        return False
    words = list(obj.subtree) if obj.head.i == tok.i else list(obj.head.subtree)
    return any(t.lower_ in MONEY_WORDS or t.tag_ == "$" or t.like_num for t in words if t.i != obj.i)


def noted_for(tok: Token) -> bool:
    """True for "noted for ..." ("famous for"): "note" with "for" right after it and nothing noted."""
    if tok.lemma_.lower() != "note" or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    if nxt.lower_ != "for" or nxt.head.i != tok.i:
        return False
    return not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children)


HEARSAY_VERBS = frozenset({"say", "report", "rumour", "rumor", "allege"})


def said_to_be(tok: Token) -> bool:
    """True for "said to be"/"said to have" (a passive of hearsay, no report), by the words as written."""
    doc = tok.doc
    if tok.lemma_.lower() not in HEARSAY_VERBS or tok.i + 2 >= len(doc):
        return False
    to, verb = doc[tok.i + 1], doc[tok.i + 2]
    return to.lower_ == "to" and to.tag_ == "TO" and verb.lemma_.lower() in ("be", "have") and verb.tag_ == "VB"


def title_case_name(tok: Token) -> bool:
    """True for a speech verb written as part of a title-case name inside a sentence ("Her horse,
    Say No More, won"), by the capitals as written around it."""
    doc = tok.doc
    if not tok.is_title or tok.is_sent_start or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    if "\n" in doc.text[prev.idx:tok.idx]:
        return False  # a line of its own (a headline or a label)
    return (prev.text == "," or prev.is_lower) and nxt.is_title and nxt.is_alpha
