"""A body whose name holds "and", which the recogniser splits in two.

"Kelmar Fire and Rescue Service": the recogniser may take "Kelmar Fire" for a person and
"Rescue Service" for a body, so the service would speak as "Rescue Service" or "Kelmar Fire".
A run of proper nouns joined by "and" is one body's name when it ends in a body's head word
("Service", "Authority") and the word before "and" is a common word that is no body's head
itself ("Fire", "Trade"): two bodies or a person and a body joined by "and" ("Kelmar Council
and Harbour Trust", "Jane Roe and Kelmar Council") are left as two.
"""

from __future__ import annotations

from spacy.tokens import Doc

from storyweave.analyze.lexicon import first_names, norm_word, org_heads, titles
from storyweave.analyze.people_common import dictionary_word

MAX_SIDE = 4  # proper nouns on either side of "and"
LEAD_WORDS = frozenset({"the", "a", "an"})


def _proper(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return tok.tag_ in ("NNP", "NNPS") and tok.is_alpha and tok.text[:1].isupper()


def joined_body_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans (start, end) of bodies named by proper nouns joined by "and"."""
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(doc):
        if tok.lower_ not in ("and", "&") or k == 0 or k + 1 >= len(doc):
            continue
        i = k
        while i > 0 and k - i < MAX_SIDE and _proper(doc, i - 1) and doc[i - 1].ent_type_ not in ("DATE", "TIME"):
            i -= 1
        j = k + 1
        while j < len(doc) and j - k <= MAX_SIDE and _proper(doc, j):
            j += 1
        if i == k or j == k + 1 or (i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha
                                     and doc[i - 1].lower_ not in LEAD_WORDS):
            continue
        before, head = doc[k - 1].lower_, doc[j - 1].lower_
        if head not in org_heads() or before in org_heads() or before in first_names() \
                or not dictionary_word(before) or doc[k + 1].lower_ in first_names() \
                or (j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha) \
                or any(doc[x].lower_ in first_names() or norm_word(doc[x].text) in titles() for x in range(i, k)):
            continue  # ("Jane Roe and Kelmar Council", "Cllr Ann Fire and ...": a person's name before "and")
        if any(e.start < i < e.end or e.start < j < e.end for e in doc.ents):
            continue  # an entity running across either edge: not a name of its own
        out.append((i, j))
    return out
