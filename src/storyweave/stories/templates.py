"""An outlet's template sentences, left out of what the event split compares.

A press office, a wire or a broadcaster writes some sentences word for word under every
story ("Notes to editors: ...", "Anyone with information should call ...", "Here's what we
know so far."). Inside one storyline those sentences tie the outlet's reports of different
events together: the entity and word bags of two releases about a strike and a recall share
the office's name, phone line and sign-off. A template here is a sentence of at least
`MIN_WORDS` words that one outlet wrote, the same but for case, whitespace and reference numbers
(`sentence_key`), in two or more of the articles compared; the brief leaves out the same sentences (`brief/units.py`).

The analysis keeps an article's term bag as lemma counts, not per sentence, so a template's
words are taken out of the bag by matching each word to the bag's lemma for it: the word
itself, or a regular inflection of a lemma in the bag ("editors" -> "editor", "called" ->
"call"). A word whose lemma the bag does not show is left alone. Entities are taken out
exactly, by their offsets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from storyweave.model import AnalyzedArticle

MIN_WORDS = 4  # shorter repeats are datelines and stock phrases ("More to follow.")
_WORD = re.compile(r"[^\W\d_]+")
# regular inflections, longest first: word ending -> lemma ending
_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("es", ""), ("ed", ""), ("ed", "e"),
                ("s", ""), ("d", ""))


_REFERENCE = re.compile(r"^\d{4,}$")


def sentence_key(text: str) -> str:
    """A sentence compared across one outlet's articles: case and whitespace runs ignored, and
    a number of four digits or more standing alone is any such number (a press office's
    "quoting incident 0402" under one appeal, "incident 0533" under the next; a count of
    people or a sum keeps its digits: "rose to 12" and "rose to 15" are two facts)."""
    words = text.lower().split()
    return " ".join("#" if _REFERENCE.match(w.strip(".,;:()")) else w for w in words)


def repeated_by_outlet(rows: Iterable[tuple[str | None, str, str]]) -> set[tuple[str, str]]:
    """(outlet, sentence key) pairs one outlet wrote in two or more of its articles, from
    rows of (outlet, article id, `sentence_key`); rows without an outlet count for none."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for outlet, article_id, key in rows:
        if outlet:
            seen[(outlet, key)].add(article_id)
    return {pair for pair, ids in seen.items() if len(ids) >= 2}


def is_copy(item: AnalyzedArticle) -> bool:
    """A copy of another article (a wire story run again): its sentences are no template."""
    return bool(item.article.duplicate_of and item.article.duplicate_of != item.article.id)


def template_spans(items: Sequence[AnalyzedArticle]) -> dict[str, list[tuple[int, int]]]:
    """Article id -> the character spans of its outlet's template sentences among `items`."""
    rows: dict[str, list[tuple[int, int, str]]] = {}
    for it in items:
        text = it.article.text
        rows[it.article.id] = [(s.start, s.end, key) for s in it.analysis.sentences
                               if len((key := sentence_key(text[s.start:s.end])).split()) >= MIN_WORDS]
    template = repeated_by_outlet((it.article.outlet, it.article.id, key)
                                  for it in items if not is_copy(it) for _, _, key in rows[it.article.id])
    out: dict[str, list[tuple[int, int]]] = {}
    for it in items:
        spans = [(a, b) for a, b, key in rows[it.article.id] if (it.article.outlet, key) in template]
        if spans:
            out[it.article.id] = spans
    return out


def without_templates(items: Sequence[AnalyzedArticle]) -> list[AnalyzedArticle]:
    """`items`, each without its outlet's template sentences' entities and words (copies;
    the originals are not touched). Articles with no template sentence come back as they are."""
    spans = template_spans(items)
    if not spans:
        return list(items)
    return [_stripped(it, spans[it.article.id]) if it.article.id in spans else it for it in items]


def _stripped(item: AnalyzedArticle, spans: list[tuple[int, int]]) -> AnalyzedArticle:
    analysis = item.analysis
    entities = [e for e in analysis.entities if not any(a <= e.start and e.end <= b for a, b in spans)]
    terms = dict(analysis.terms)
    text = item.article.text
    for a, b in spans:
        for word in _WORD.findall(text[a:b]):
            lemma = _lemma_in(word.lower(), terms)
            if lemma is not None:
                terms[lemma] -= 1
                if terms[lemma] <= 0:
                    del terms[lemma]
    return replace(item, analysis=replace(analysis, entities=entities, terms=terms))


def _lemma_in(word: str, terms: dict[str, int]) -> str | None:
    """The key of `terms` that `word` was counted under, as far as spelling tells."""
    if len(word) < 2 or word in STOP_WORDS:
        return None
    if word in terms:
        return word
    for ending, base in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            lemma = word[: len(word) - len(ending)] + base
            if lemma in terms:
                return lemma
    return None
