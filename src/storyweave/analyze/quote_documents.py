"""A document as the "it" that speaks: "The memo was sent to every department. It said ...".

When the sentence right before "It said" has a document (a memo, report, letter, resolution)
as its subject, "it" goes on talking about that document, not about a body named earlier
("Orbe County Council's finance chief wrote a memo in March. The memo was sent to ... It said
40 posts would go" is the memo's). A document is no person or body, so the speaker keeps no
resolved name, as "The memo said" has none. The body that issued it, when it is the subject
("The council published its budget. It said ..."), still takes "it".
"""

from __future__ import annotations

from spacy.tokens import Token

from storyweave.analyze.quote_context import DOCUMENT_NOUNS, RECORD_NOUNS

# documents that speak for themselves ("the report found", "the resolution calls on")
SPEAKING_DOCUMENTS = DOCUMENT_NOUNS | RECORD_NOUNS | frozenset({
    "report", "study", "audit", "review", "resolution", "survey", "bill", "motion", "ruling", "judgment",
    "lawsuit", "suit", "indictment", "affidavit", "answer", "reply", "response", "draft", "briefing",
})


def document_before_it(it: Token, owner: list[int]) -> bool:
    """True when `it` (subject of its clause) follows a sentence whose subject is a document
    noun that names no one (`owner`: the person or body each token belongs to, -1 for none)."""
    if it.lower_ != "it" or it.dep_ not in ("nsubj", "nsubjpass"):
        return False
    sent = it.sent
    if sent.start == 0 or it.i - sent.start > 3:
        return False  # ("It" opens its sentence, after at most a short adverb or "But")
    prev = it.doc[sent.start - 1].sent
    if "\n\n" in it.doc[prev.start:sent.start].text:
        return False
    root = prev.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in SPEAKING_DOCUMENTS \
        and owner[subj.i] < 0


# verbs whose subject gets a document someone else wrote
RECEIVING_VERBS = frozenset({"receive", "get", "obtain", "see", "read", "intercept"})


def received_document(verb: Token) -> Token | None:
    """The document a participle of a report hangs on ("a letter from residents demanding ...",
    the parser may hang it on "residents") when that document is the object of a verb of
    receiving: it, not the one who received it, is the speaker (a sign held up or carried is its
    holder's: PolNeAR train gives 3 of 4 such signs to the holder)."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl":
        return None
    noun = verb.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("from", "by") and noun.head.dep_ == "prep":
        noun = noun.head.head
    if noun.dep_ == "dobj" and noun.lemma_.lower() in SPEAKING_DOCUMENTS \
            and noun.head.lemma_.lower() in RECEIVING_VERBS and noun.i < verb.i:
        return noun
    return None


def document_from_someone(doc_tok: Token, prep: Token) -> bool:
    """"a letter from residents": the "from" phrase after a document names its writers (not
    "a letter from 2024", a date)."""
    if doc_tok.lemma_.lower() not in SPEAKING_DOCUMENTS:
        return False
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and pobj.ent_type_ not in ("DATE", "TIME") \
        and pobj.i - prep.i <= 5


# participles that say whose hands a document passed through ("a memo seen by the Ledger")
HANDLING_PARTICIPLES = frozenset({"see", "obtain", "review", "read", "leak", "share", "show", "provide",
                                  "give", "send", "publish", "release", "circulate", "hand"})


def document_post_modifier(doc_tok: Token, child: Token) -> Token | None:
    """The last token of a post-modifier that belongs to a document's mention, or None: a date
    after "from" ("A safety letter from 2023") or a participle with its "by" phrase written right
    after the noun ("A memo seen by the Harbour Times"); PolNeAR marks the whole noun phrase as
    the source. Not one set off by commas ("The audit, seen by X, warns"): an aside."""
    if doc_tok.pos_ != "NOUN" or doc_tok.lemma_.lower() not in SPEAKING_DOCUMENTS:
        return None
    if child.dep_ == "prep" and child.lower_ == "from" and child.i == doc_tok.i + 1:
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if pobj is not None and pobj.ent_type_ == "DATE" and pobj.i - child.i <= 3 \
                and all(t.ent_type_ == "DATE" for t in doc_tok.doc[child.i + 1:pobj.i + 1]):
            return pobj
        return None
    if child.dep_ == "acl" and child.tag_ == "VBN" and child.i == doc_tok.i + 1 \
            and child.lemma_.lower() in HANDLING_PARTICIPLES:
        kids = list(child.children)
        if len(kids) == 1 and kids[0].dep_ in ("agent", "prep") and kids[0].lower_ == "by" \
                and kids[0].i == child.i + 1 and not any(t.text == "," for t in kids[0].subtree) \
                and not any(t.dep_ in ("relcl", "acl") for t in kids[0].subtree):
            return kids[0].right_edge
    return None
