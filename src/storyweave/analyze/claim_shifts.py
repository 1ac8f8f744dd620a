"""Two readings of figures that the tagger or the range rule get wrong.

* A change is no range: "rose from £20 to £45", "was cut from $80m to $65m", "up from 5% to
  7%" give a figure before and a figure after, two claims. "from X to Y" is read as a change
  when the word it hangs on is a word of change (a verb, noun or adverb: rise, cut, increase,
  up, ...); "ranging from", "prices from ... to ..." stay ranges.
* A sum tagged as a date: spaCy's entity tagger calls "between 12 and 20 million" (of "...
  million euros") a DATE. A DATE or TIME entity made only of numbers, scale words and range
  words, written against a currency sign or word or a percent sign or word, is a figure; so
  is one written just before a plural noun that is no unit of time ("between 40 and 60
  people", not "between 5 and 10 years"), when no number of it has the shape of a year.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from storyweave.analyze.numbers import SCALES, is_number_token

# Words of change (lemmas) that a "from X to Y" hangs on: verbs, their nouns, "up"/"down".
CHANGE_WORDS = frozenset({
    "rise", "fall", "increase", "decrease", "climb", "drop", "cut", "raise", "lower", "reduce", "grow",
    "jump", "soar", "surge", "slump", "plunge", "slip", "sink", "decline", "shrink", "swell", "boost",
    "lift", "hike", "slash", "trim", "widen", "narrow", "double", "triple", "halve", "change", "move",
    "go", "up", "down", "edge", "tumble", "rocket", "leap", "dip", "ease", "rebound", "revise",
    "upgrade", "downgrade", "balloon", "spike", "expand", "contract", "shift", "reduction", "growth",
    "deepen", "recover", "advance", "retreat", "bump", "ratchet", "drift", "sag", "swing",
})
# words just before "from" that make "from X to Y" a range
SPREAD_WORDS = frozenset({"range", "ranging", "vary", "varying", "span", "anywhere", "somewhere"})
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year",
                        "decade", "century", "weekend", "season", "term", "quarter"})
_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")
_LINKS = ("and", "to", "-", "\u2013")
# words a figure read as a date may hold besides its numbers: "between 12 and 20 million"
_RANGE_WORDS = frozenset({"between", "and", "to", "from", "-", "\u2013", "about", "around", "some", "nearly",
                          "almost", "over", "under", "roughly", "approximately", "up"})


def change_word(doc, first: int, sent: Span, currencies: dict[str, str]) -> Token | None:
    """The word of change ("rose", "cut", "increase") of a "from X to Y" whose first figure
    starts at token `first` (its number, or its currency sign), or None when the figure
    starts no change."""
    k = first - 1
    if k >= sent.start and doc[k].lower_ in currencies and not doc[k].is_alpha:
        k -= 1  # "from £20": the sign
    if k < sent.start or doc[k].lower_ != "from":
        return None
    if k > sent.start and doc[k - 1].lemma_.lower() in SPREAD_WORDS:
        return None  # "range from $50 to $500", "anywhere from 5 to 8": a range, whatever the parse
    head = doc[k].head
    if head.lower_ in ("up", "down") and head.dep_ in ("advmod", "prt") and head.head.i != head.i:
        head = head.head  # "went up from": the verb
    for node in (head, *(c for c in head.children if c.dep_ in ("prt", "advmod"))):
        if node.lemma_.lower() in CHANGE_WORDS or node.lower_ in CHANGE_WORDS:
            return head
    return None


def is_change(doc, first: int, sent: Span, currencies: dict[str, str]) -> bool:
    """Whether the figure starting at token `first` starts a "from X to Y" of change."""
    return change_word(doc, first, sent, currencies) is not None


def _time_entities(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the doc's DATE and TIME entities, listed once per doc (spaCy builds
    `doc.ents` anew on every access, and this is asked once a sentence by two extractors)."""
    cached = doc.user_data.get("_sw_time_ents")
    if cached is None:
        cached = doc.user_data["_sw_time_ents"] = [(e.start, e.end) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    return cached


def misread_dates(sent: Span, currencies: dict[str, str], percent_words: set[str]) -> set[int]:
    """Token indexes of DATE/TIME entities of the sentence that are figures (see the module)."""
    doc = sent.doc
    out: set[int] = set()
    for start, end in _time_entities(doc):
        if end <= sent.start or start >= sent.end:
            continue
        ent = doc[start:end]
        toks = list(ent)
        if not any(is_number_token(t) for t in toks) or not all(
                is_number_token(t) or t.lower_ in SCALES or t.lower_ in _RANGE_WORDS for t in toks):
            continue
        after = doc[ent.end].lower_ if ent.end < sent.end else ""
        before = doc[ent.start - 1] if ent.start > sent.start else None
        noun = doc[ent.end] if ent.end < sent.end else None
        counted = noun is not None and noun.tag_ == "NNS" and noun.lemma_.lower() not in TIME_UNITS and not any(
            _YEAR.match(t.text) for t in toks)
        # "between 57 and" tagged apart from its "60 percent": a range whose far end is a figure
        # ("between 57" "and 60 percent": the same, the link left out of the entity)
        far = doc[ent.end + 1] if ent.end + 1 < sent.end and noun is not None and noun.lower_ in _LINKS else noun
        cut = (toks[-1].lower_ in _LINKS) != (far is not noun) and far is not None and is_number_token(far) \
            and not any(_YEAR.match(t.text) for t in toks) and not _YEAR.match(far.text)
        if after in currencies and after.isalpha() or after in percent_words or counted or cut or \
                before is not None and before.lower_ in currencies and not before.is_alpha:
            out.update(range(ent.start, ent.end))
    return out
