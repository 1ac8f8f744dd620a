"""Products named like people or bodies: a drug's brand and its generic name ("Torvaline,
branded Maxiquel, ...", "sold as Solvira", "marketed as Maxiquel in Europe").

A word right after "branded", "sold as", "marketed as" or "brand name" names a product, and so
does the word right before ", branded" or ", sold as" (the thing sold under that brand). The
small model tags such invented words as persons, places or bodies; the words around them say
what they are, whatever the parse (which often makes "branded" a verb with the generic name
as its subject).
"""

from __future__ import annotations

from spacy.tokens import Doc

SALE_VERBS = frozenset({"sell", "sold", "market", "marketed", "brand", "branded", "license", "licensed",
                        "distribute", "distributed", "prescribe", "prescribed"})
NAME_NOUNS = frozenset({"brand", "trade", "product"})
# devices and apps named by their maker's or their own brand: "the Lumo speaker"
PRODUCT_NOUNS = frozenset({
    "speaker", "speakers", "phone", "phones", "smartphone", "smartphones", "laptop", "laptops", "tablet",
    "tablets", "headset", "headsets", "earbuds", "headphones", "console", "consoles", "app", "apps",
    "smartwatch", "chip", "chips", "router", "drone", "drones", "handset", "handsets", "e-reader",
})


def _brand_before(doc: Doc, i: int) -> bool:
    """The words before token `i` give it as a brand: "branded X", "sold as X", "brand name X"."""
    prev = doc[i - 1].lower_ if i >= 1 else ""
    prev2 = doc[i - 2].lower_ if i >= 2 else ""
    return prev == "branded" or (prev == "as" and prev2 in SALE_VERBS) or (prev == "name" and prev2 in NAME_NOUNS)


def _brand_after(doc: Doc, end: int) -> bool:
    """The words after a name end at `end` give its brand: "X, branded Y", "X, sold as Y"."""
    words = [t.lower_ for t in doc[end:end + 3]]
    return len(words) >= 2 and words[0] == "," and (
        words[1] == "branded" or (words[1] in SALE_VERBS and len(words) == 3 and words[2] == "as"))


def product_mention(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens [start, end) is a product by the words around it."""
    return _brand_before(doc, start) or _brand_after(doc, end)


def product_modifier(doc: Doc, i: int) -> bool:
    """"the Lumo speaker": one capitalised word between "the" and a device or app noun names the
    product line (the small model tags such invented words as bodies)."""
    return 1 <= i < len(doc) - 1 and doc[i - 1].lower_ == "the" and doc[i + 1].lower_ in PRODUCT_NOUNS \
        and doc[i + 1].pos_ == "NOUN"
