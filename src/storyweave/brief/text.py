"""Light word-level text tools for briefs: tokens, stems, concepts, sentence similarity.

Briefs work on sentence slices of `Article.text` (the analysis gives their offsets);
nothing here re-parses with spaCy. Stemming is a small suffix stripper, enough to let
"injured"/"injuries" or "attack"/"attacks" count as the same concept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
STOPWORDS = frozenset(w.lower() for w in STOP_WORDS) | {"s", "t", "mr", "mrs", "ms", "said", "says", "say"}


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; possessive endings dropped."""
    out = _WORD.findall(text.lower().replace("’", "'"))
    return [w[:-2] if w.endswith("'s") else w for w in out]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A small suffix stripper (plural and verb endings), conservative on short words."""
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, repl, min_len in (
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("ness", "", 7),
        ("ments", "ment", 7),
        ("ings", "", 7),
        ("ing", "", 6),
        ("edly", "", 7),
        ("ied", "y", 5),
        ("ed", "", 5),
        ("ly", "", 6),
        ("es", "e", 5),
        ("s", "", 4),
    ):
        if word.endswith(suffix) and len(word) >= min_len:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            base = word[: len(word) - len(suffix)] + repl
            # "stopped" -> "stop", "running" -> "run"
            if suffix in ("ing", "ed", "ings") and len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            return base
    return word


def stems(text: str) -> list[str]:
    return [stem(w) for w in tokens(text)]


def content_stems(text: str | list[str]) -> list[str]:
    """Stems of the words that carry content (no stop words, no one-letter tokens)."""
    toks = tokens(text) if isinstance(text, str) else text
    return [stem(w) for w in toks if w not in STOPWORDS and len(w) > 1]


def bigram_concepts(text: str | list[str]) -> set[tuple[str, str]]:
    """Bigram "concepts" (Gillick & Favre 2009): stemmed word pairs, not both stop words."""
    toks = tokens(text) if isinstance(text, str) else text
    out = set()
    for a, b in zip(toks, toks[1:]):
        if a in STOPWORDS and b in STOPWORDS:
            continue
        out.add((stem(a), stem(b)))
    return out


def word_count(text: str) -> int:
    return len(text.split())


class SimilarityIndex:
    """IDF-weighted cosine similarity between all sentences of one story (sparse maths)."""

    def __init__(self, sentences: Sequence[str] | Sequence[list[str]]) -> None:
        """`sentences`: texts, or their `tokens`."""
        bags = [Counter(content_stems(s)) for s in sentences]
        vocab: dict[str, int] = {}
        rows, cols, vals = [], [], []
        for i, bag in enumerate(bags):
            for w, c in bag.items():
                rows.append(i)
                cols.append(vocab.setdefault(w, len(vocab)))
                vals.append(float(c))
        n = len(bags)
        m = sparse.csr_matrix((vals, (rows, cols)), shape=(n, max(len(vocab), 1)))
        df = np.bincount(m.indices, minlength=m.shape[1]) if m.nnz else np.zeros(m.shape[1])
        idf = np.log((n + 1) / (df + 0.5))
        m = m @ sparse.diags(idf)
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        self.matrix = sparse.diags(1.0 / norms) @ m
        self.bags = bags

    def block(self, rows: Sequence[int], cols: Sequence[int] | None = None) -> np.ndarray:
        """Dense cosines of sentences `rows` against `cols` (default: all sentences).

        Only blocks are ever made dense: a story of a hundred articles holds thousands
        of sentences, and the full square matrix would not fit a laptop's memory.
        """
        a = self.matrix[list(rows)]
        b = self.matrix if cols is None else self.matrix[list(cols)]
        return (a @ b.T).toarray()

    def sim(self, i: int, j: int) -> float:
        return float(self.block([i], [j])[0, 0])

    def shared(self, i: int, j: int) -> set[str]:
        return set(self.bags[i]) & set(self.bags[j])


def clean(text: str) -> str:
    """A sentence slice for display: whitespace runs (line breaks) become one space."""
    return " ".join(text.split())
