"""A one-word name only ever written as the owner of a body's officer or staff ("Corvane's
founder", "Velix's chief executive", "Brightwell's shareholders") names a company, whatever the
small model tags it (it often calls an invented one-word brand a person): people have no chief
executive, board or shareholders."""

from __future__ import annotations

from spacy.tokens import Doc

# the officers, organs and staff only a body has (lower case, as written after the possessive)
# (not what a person may have too: a spokesman, staff, employees, a blog, a press office)
BODY_ROLES = (
    "founder", "co-founder", "chief executive", "chief financial officer", "chief operating officer",
    "chief technology officer", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "board",
    "shareholders", "workforce", "headquarters", "head office", "developer forum",
)


def owns_body_role(doc: Doc, end: int) -> bool:
    """The name ending at token `end` is followed by "'s" and one of a body's officers or organs."""
    if end >= len(doc) or doc[end].tag_ != "POS":
        return False
    after = " ".join(t.lower_ for t in doc[end + 1:end + 5])
    return any(after == r or after.startswith(r + " ") for r in BODY_ROLES)


def body_by_its_officers(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """Every mention (one word each) owns a body's officer or organ."""
    return bool(spans) and all(e - s == 1 and owns_body_role(doc, e) for s, e in spans)
