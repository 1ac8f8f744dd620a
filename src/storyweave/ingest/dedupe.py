"""Exact and near-duplicate articles: wire copies, re-posts, lightly edited syndication.

`find(new)` answers: does this new article add nothing to one already seen?

Exact: the whitespace-normalised content hash (`Article.hash`).

Near: MinHash (datasketch, 128 permutations) over 5-word shingles of the
lower-cased words; candidates from an LSH index; a candidate is the original when
- the estimated Jaccard similarity is >= 0.8 (the same text, lightly edited), or
- >= 0.85 of the new article's shingles are in it (a trimmed copy: an outlet ran
  the agency text cut short, with a line of its own), with Jaccard >= 0.4.
The opposite case, an earlier text inside a longer new one, is not a duplicate:
the new article adds reporting of its own.

Why these numbers:
- 5-word shingles: two articles written independently about the same event
  share names and stock phrases, but few runs of five words (near 0 in practice),
  while a copy shares almost all of them.
- 0.8 Jaccard: a 400-word wire story with a new headline, a local paragraph added
  or a sentence trimmed keeps 0.85-0.95 of its shingles; a rewrite that keeps only
  the quotes falls far below. Lower, we would start merging distinct reports and
  hide the differences storyweave exists to show.
- 0.85 containment: a copy with a new first sentence and a closing line added
  keeps ~0.9 of its shingles inside the original for a 250-word story.
- 128 permutations: the estimate's standard error at J=0.8 is about 0.035; a
  signature is 521 bytes. Hashing is vectorised (one numpy pass per text).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from storyweave.model import Article

THRESHOLD = 0.8  # Jaccard similarity of shingle sets
CONTAINMENT = 0.85  # share of the new article's shingles found in the original
MIN_JACCARD = 0.4  # LSH threshold: below this a text is not even a candidate
NUM_PERM = 128
SHINGLE_WORDS = 5
_SCHEME = "affine32"
_MAGIC = b"SWMH1"  # then uint32 shingle count, then NUM_PERM uint32 hash values
_WORD = re.compile(r"\w+")


# Odd multipliers, one per position in a shingle: a shingle's hash is
# sum(word_hash[i] * _POSITION[i]) mod 2**32, computed for all shingles at once.
_POSITION = np.array(
    [0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0xD3A2646D, 0xFD7046C5, 0xB55A4F09],
    dtype=np.uint32,
)


class _WordHashes(dict[str, int]):
    """crc32 of each word, memoised: news vocabulary repeats, hashing it again does not pay."""

    MAX_SIZE = 1_000_000

    def __missing__(self, word: str) -> int:
        if len(self) >= self.MAX_SIZE:
            self.clear()
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


_word_hashes = _WordHashes()


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the distinct lower-cased `size`-word shingles of `text`.

    A text shorter than `size` words is one shingle; a text without words has none."""
    words = _WORD.findall(text.lower())
    if not words:
        return np.empty(0, dtype=np.uint32)
    word_hashes = np.fromiter(map(_word_hashes.__getitem__, words), dtype=np.uint32, count=len(words))
    size = min(size, len(words), len(_POSITION))
    n = len(words) - size + 1
    acc = np.zeros(n, dtype=np.uint32)
    with np.errstate(over="ignore"):
        for k in range(size):  # uint32 arithmetic wraps: that is the mod 2**32
            acc += word_hashes[k : k + n] * _POSITION[k]
    return np.unique(acc)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser: spreads every input bit over the output."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of the num_perm hash functions h -> a*h + b mod 2**32 (a odd: a bijection)."""
    rng = np.random.default_rng(seed)
    a = rng.integers(1, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32) | np.uint32(1)
    b = rng.integers(0, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32)
    return a, b


_CHUNK = 4096  # shingles per step: bounds the (shingles x num_perm) matrix


def minhash_values(hashes: np.ndarray, perms: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """The MinHash of a set of 32-bit hashes: per hash function, the least permuted value
    (the "affine32" scheme of datasketch, done in one numpy pass per chunk)."""
    a, b = perms
    out = np.full(len(a), np.iinfo(np.uint32).max, dtype=np.uint32)
    mixed = _fmix32(hashes.astype(np.uint32, copy=False))
    with np.errstate(over="ignore"):
        for start in range(0, len(mixed), _CHUNK):
            block = mixed[start : start + _CHUNK, None] * a + b  # uint32 arithmetic wraps
            np.minimum(out, block.min(axis=0), out=out)
    return out


@dataclass
class _Sketch:
    values: np.ndarray  # uint32 MinHash values, one per permutation
    size: int  # distinct shingles: with Jaccard it gives the containment

    def jaccard(self, other: "_Sketch") -> float:
        return float(np.count_nonzero(self.values == other.values)) / len(self.values)


class Deduplicator:
    """Finds the article a new one copies, among those added so far.

    >>> d = Deduplicator(); d.add(a); d.find(b)  # -> a.id, or None
    """

    def __init__(
        self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM, containment: float = CONTAINMENT
    ) -> None:
        self.threshold = threshold
        self.containment = containment
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=min(MIN_JACCARD, threshold), num_perm=num_perm)
        self._by_hash: dict[str, str] = {}
        self._sketches: dict[str, _Sketch] = {}
        self._perms = permutations(num_perm)
        # datasketch's LSH takes MinHash objects; giving it ready permutations skips their generation
        self._ds_perms = (self._perms[0].astype(np.uint32), self._perms[1].astype(np.uint32))
        self._last: tuple[str, str, _Sketch] | None = None

    def __len__(self) -> int:
        return len(self._by_hash)

    def _prepare(self, article: Article) -> tuple[str, _Sketch]:
        """Content hash and sketch of an article; find() then add() computes them once."""
        if self._last is not None and self._last[0] is article.text:
            return self._last[1], self._last[2]
        hashes = shingle_hashes(article.text)
        sketch = _Sketch(minhash_values(hashes, self._perms), len(hashes))
        self._last = (article.text, article.hash, sketch)
        return self._last[1], sketch

    def _copies(self, new: _Sketch, old: _Sketch) -> float | None:
        """Jaccard of the pair when `new` copies `old`, else None."""
        jaccard = new.jaccard(old)
        if jaccard >= self.threshold:
            return jaccard
        if jaccard < MIN_JACCARD:
            return None
        # |A & B| = J (|A| + |B|) / (1 + J); the share of the new text inside the old one
        inside = jaccard * (new.size + old.size) / ((1 + jaccard) * new.size)
        return jaccard if inside >= self.containment else None

    def find(self, article: Article) -> str | None:
        """Id of the article `article` copies (exactly or nearly), or None."""
        content_hash, sketch = self._prepare(article)
        original = self._by_hash.get(content_hash)
        if original is not None and original != article.id:
            return original
        if not sketch.size:
            return None
        best: tuple[float, str] | None = None
        for candidate in self._lsh.query(self._minhash(sketch)):
            if candidate == article.id:
                continue
            score = self._copies(sketch, self._sketches[candidate])
            if score is not None and (best is None or score > best[0]):
                best = (score, candidate)
        return best[1] if best else None

    def add(self, article: Article) -> None:
        """Remember `article` as a possible original of later ones."""
        content_hash, sketch = self._prepare(article)
        self._insert(article.id, content_hash, sketch)

    def signature(self, article: Article) -> bytes:
        """The article's sketch, serialised, for a store to keep next to the article."""
        sketch = self._prepare(article)[1]
        values = sketch.values.astype("<u4")
        return _MAGIC + np.array([sketch.size], dtype="<u4").tobytes() + values.tobytes()

    def add_signature(self, article_id: str, content_hash: str, signature: bytes) -> None:
        """Restore an article added in an earlier run from its stored hash and signature."""
        if not signature.startswith(_MAGIC) or (len(signature) - len(_MAGIC)) % 4:
            raise ValueError("not a storyweave MinHash signature")
        numbers = np.frombuffer(signature[len(_MAGIC) :], dtype="<u4")
        if len(numbers) != self.num_perm + 1:
            raise ValueError(f"signature has {len(numbers) - 1} permutations, this index uses {self.num_perm}")
        self._insert(article_id, content_hash, _Sketch(numbers[1:].astype(np.uint32), int(numbers[0])))

    def _insert(self, article_id: str, content_hash: str, sketch: _Sketch) -> None:
        self._by_hash.setdefault(content_hash, article_id)
        if article_id in self._sketches or not sketch.size:
            return
        self._sketches[article_id] = sketch
        self._lsh.insert(article_id, self._minhash(sketch))

    def _minhash(self, sketch: _Sketch) -> MinHash:
        return MinHash(scheme=_SCHEME, hashvalues=sketch.values, permutations=self._ds_perms)
