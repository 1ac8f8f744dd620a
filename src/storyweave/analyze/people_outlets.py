"""A one-word name seen only where news outlets stand: "told Lobbyline", "in an interview with
Harbourwatch", "a memo seen by Lobbyline", "speaking to Coastwire".

The small model tags an unfamiliar one-word outlet name as a person; as a person it would take
"he"/"she" in the next sentence ("Tom Reid told Lobbyline the port would close. He said ...").
A name written only as the addressee of a report, the partner of an interview or whoever saw or
obtained a document, never as a subject, with no first name and no title, is taken for an
organisation: it stays a name the quotes can mention, but no pronoun and no quote goes to it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# verbs whose object is the one spoken to ("told Lobbyline"); "to X" after these is the same
ADDRESS_VERBS = frozenset({"tell"})
TO_VERBS = frozenset({"speak", "talk", "say", "tell", "explain", "confirm", "describe", "reveal", "admit"})
# nouns whose "with X" is the other party of an interview
INTERVIEW_NOUNS = frozenset({"interview", "interviews", "conversation", "podcast", "exchange"})
# participles of a document's handling whose "by X" is who saw or got it
HANDLING_VERBS = frozenset({"see", "obtain", "review", "read", "publish", "report", "leak", "share", "show"})


def outlet_slot(tok: Token) -> bool:
    """Whether `tok`, the head of a name, stands where an outlet stands (see the module)."""
    head = tok.head
    if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() in ADDRESS_VERBS:
        return True
    if tok.dep_ != "pobj":
        return False
    prep, up = head, head.head
    if prep.lower_ == "to" and up.lemma_.lower() in TO_VERBS:
        return True
    if prep.lower_ == "with" and up.lower_ in INTERVIEW_NOUNS:
        return True
    return prep.lower_ == "by" and up.tag_ == "VBN" and up.lemma_.lower() in HANDLING_VERBS


def outlet_only(doc: Doc, spans: list[tuple[int, int]], first_name: bool, titled: bool) -> bool:
    """Whether a name whose mentions are `spans` (token ranges) is an outlet taken for a person:
    one word each time, no listed first name or title, and every mention in an outlet's slot."""
    if not spans or first_name or titled or any(e - s != 1 for s, e in spans):
        return False
    return all(outlet_slot(doc[s]) for s, _ in spans)
