"""Contents that carry no words of their own.

A cue whose whole content is a pronoun or demonstrative ("asked for exactly that", "is what
the resolution called for", "said of them") points back at something the writer named; the
span is no report to show. "said so", "said yes" stay (lexicon of the caller).
"""

from __future__ import annotations

from spacy.tokens import Doc

# words that only sharpen a pointer: "exactly that", "just this", "much the same"
POINTER_ADVERBS = frozenset({"exactly", "just", "precisely", "only", "also", "even", "all"})
POINTER_TAGS = frozenset({"PRP", "WP", "WDT", "DT", "EX", "PRP$"})


def pointer_only(doc: Doc, a: int, b: int, in_quote, keep: frozenset[str]) -> bool:
    """True when tokens a..b are only pronouns or demonstratives (no quoted words, none in `keep`)."""
    words = [t for t in doc[a:b] if not t.is_punct]
    if not words or any(in_quote[t.i] >= 0 for t in doc[a:b]):
        return False
    if any(t.lower_ in keep for t in words):
        return False
    heads = [t for t in words if t.lower_ not in POINTER_ADVERBS]
    return bool(heads) and all(t.tag_ in POINTER_TAGS and t.pos_ in ("PRON", "DET") for t in heads)


def after_to_know(doc: Doc, a: int, b: int) -> int:
    """"demanded to know whether ...": the question starts after "to know" (or "to hear")."""
    if b - a > 3 and doc[a].lower_ == "to" and doc[a + 1].lemma_.lower() in ("know", "hear", "learn") \
            and doc[a + 2].lower_ in ("whether", "if", "why", "how", "what", "when", "who", "where"):
        return a + 2
    return a
