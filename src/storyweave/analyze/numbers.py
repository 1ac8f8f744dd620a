"""Numbers as news writes them: digits ("1,200", "2.5"), words ("three",
"forty-eight", "two hundred"), scaled forms ("2.5 million", "12m") and ages
("48-year-old").

`parse_number` turns one written number into a float (or None); `number_at`
reads the longest number that spans a run of spaCy tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
# Words that stand for a number on their own ("a dozen", "a couple").
SPECIAL = {"dozen": 12, "a dozen": 12, "couple": 2, "a couple": 2, "single": 1, "a": 1, "an": 1}
# Plural number nouns that give only an order of size ("dozens of people", "scores were
# hurt"): the least each can mean. A count so told is read as that least value up to five
# times it (`VAGUE_SPREAD`), and keeps the word as its qualifier.
VAGUE_COUNTS = {"dozens": 20, "scores": 40, "hundreds": 200, "thousands": 2_000}
VAGUE_SPREAD = 5
SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
                 # scale words written onto the number, as UK papers do: "£17.7billion", "€5million"
                 "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                 "trillion": 1_000_000_000_000}
# Scales written onto a number ("4.5m", "£17bn"), which the tokenizer may tell apart ("4.5" "m").
SCALE_SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                  "b": 1_000_000_000, "tn": 1_000_000_000_000}


def glued_suffix_scale(doc, b: int) -> float:
    """The scale of a suffix glued to the number ending at token b but told apart ("12" "m";
    "4.5" "m." at a sentence's end), 1 if none."""
    if 0 < b < len(doc) and doc[b].lower_.rstrip(".") in SCALE_SUFFIXES \
            and doc[b].idx == doc[b - 1].idx + len(doc[b - 1]):
        return float(SCALE_SUFFIXES[doc[b].lower_.rstrip(".")])
    return 1.0

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)(k|m|mn|bn|b|thousand|million|billion|trillion)$", re.I)
_AGE = re.compile(r"^(\d{1,3})-?years?-?old$", re.I)


def _words_value(words: list[str]) -> float | None:
    """Value of number words ("two", "hundred", "and", "five"), or None."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w == "and" and seen:
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in SCALES:
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """The value of one written number, or None when `text` is not a number.

    >>> parse_number("forty-eight"), parse_number("1,200"), parse_number("2.5 million")
    (48.0, 1200.0, 2500000.0)
    """
    t = text.strip().lower().replace("\u2009", " ")
    if not t:
        return None
    if t in SPECIAL and t not in ("a", "an"):
        return float(SPECIAL[t])
    m = _AGE.match(t)
    if m:
        return float(m.group(1))
    if _DIGITS.match(t):
        return float(t.replace(",", ""))
    m = _SUFFIXED.match(t)
    if m:
        return float(m.group(1)) * SUFFIX_SCALES[m.group(2).lower()]
    parts = [p for p in re.split(r"[\s-]+", t) if p]
    # "2.5 million", "3 thousand"
    if len(parts) >= 2 and _DIGITS.match(parts[0]) and all(p in SCALES for p in parts[1:]):
        value = float(parts[0].replace(",", ""))
        for p in parts[1:]:
            value *= SCALES[p]
        return value
    if parts and parts[0] in ("a", "an") and len(parts) > 1:
        parts = ["one"] + parts[1:]
    return _words_value(parts)


def is_number_token(tok: Token) -> bool:
    """A token that is (part of) a written number."""
    low = tok.lower_
    if low in UNITS or low in TENS or low in SCALES or low in ("dozen",):
        return True
    if tok.like_num and parse_number(tok.text) is not None:
        return True
    return bool(_SUFFIXED.match(low)) or "-" in low and parse_number(low) is not None


def number_span(tok: Token) -> tuple[int, int, float] | None:
    """The run of number tokens around `tok`: (first token index, end index, value).

    "two hundred" and "2.5 million" are one number; "forty - eight" tokenised apart
    is joined back.
    """
    if not is_number_token(tok):
        return None
    doc = tok.doc
    start = end = tok.i
    while start > 0 and (is_number_token(doc[start - 1]) or doc[start - 1].text == "-" and start > 1
                         and is_number_token(doc[start - 2])):
        start -= 1
    while end + 1 < len(doc) and (is_number_token(doc[end + 1]) or doc[end + 1].text == "-"
                                  and end + 2 < len(doc) and is_number_token(doc[end + 2])):
        end += 1
    # Keep only runs that parse as one number ("3 , 4" is two numbers).
    while start <= end:
        text = doc[start : end + 1].text
        value = parse_number(text)
        if value is not None:
            return start, end + 1, value
        if start < tok.i:
            start += 1
        elif end > tok.i:
            end -= 1
        else:
            break
    return None


def format_number(value: float) -> str:
    """48.0 -> "48", 2.5 -> "2.5"."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
