"""Features the story clusterer compares: TF-IDF bags per space, and publication time.

An article is seen through three bags taken from its `Analysis` (never from the text):
`body` (content lemmas), `ents` (named entities, normalised) and `title` (title words).
Each bag is weighted by sublinear TF times an IDF that is learned online from the
stream (`DocumentFrequencies`), then L2-normalised and cut to its strongest keys.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from storyweave.model import AnalyzedArticle

SPACES = ("body", "ents", "title")

# Entity labels that name who/what/where an event is about. Dates, numbers, money,
# percentages and ordinals are shared by unrelated events and would only add noise.
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s$")
_SPACES_RE = re.compile(r"\s+")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_DAY = 86400.0
# sublinear TF 1 + log(c) for the small counts almost every key has (table: hot path)
_SUBLINEAR_N = 64
_SUBLINEAR = [0.0, 1.0] + [1.0 + math.log(c) for c in range(2, _SUBLINEAR_N)]


@functools.lru_cache(maxsize=1 << 18)
def normalize_entity(text: str) -> str:
    """Key for an entity mention: lower case, no leading article or trailing possessive."""
    key = _SPACES_RE.sub(" ", text.strip()).lower()
    key = _LEADING_ARTICLE.sub("", key)
    return _POSSESSIVE.sub("", key).strip(" .,'\"\u2019")


def published_days(published: str | None) -> float | None:
    """ISO 8601 date or datetime -> days since 1970-01-01 UTC (naive times taken as UTC)."""
    if not published:
        return None
    text = published.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:  # a date with a time we cannot read: keep the date
            when = datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return (when - _EPOCH).total_seconds() / _DAY


def entity_counts(item: AnalyzedArticle) -> tuple[dict[str, int], dict[str, str]]:
    """Counts of normalised entity keys, and the first surface form seen for each key."""
    counts: dict[str, int] = {}
    display: dict[str, str] = {}
    for ent in item.analysis.entities:
        if ent.label not in ENTITY_LABELS:
            continue
        key = normalize_entity(ent.text)
        if len(key) < 2:
            continue
        seen = counts.get(key)
        if seen is None:  # the display form of a key's first mention only
            counts[key] = 1
            display[key] = _SPACES_RE.sub(" ", ent.text.strip())
        else:
            counts[key] = seen + 1
    return counts, display


class DocumentFrequencies:
    """Online document frequencies for one bag space: IDF as the stream is seen so far.

    idf(key) = log((n + 1) / (df + 1)) + 1, smoothed as in scikit-learn: unseen keys get
    the highest weight, never zero. log(df + 1) comes from a table (hot path).
    """

    __slots__ = ("df", "n", "_log")

    def __init__(self) -> None:
        self.df: dict[str, int] = {}
        self.n = 0
        self._log = [math.log(i + 1) for i in range(1024)]  # _log[df] = log(df + 1)

    def observe(self, keys: Iterable[str]) -> None:
        df = self.df
        for key in keys:
            df[key] = df.get(key, 0) + 1
        self.count_document()

    def count_document(self) -> None:
        """n += 1 (the caller counts the document's keys); the log table keeps up with n."""
        self.n += 1
        if self.n >= len(self._log):
            self._log.extend(math.log(i + 1) for i in range(len(self._log), 2 * len(self._log)))

    def prune(self, target: int | None = None) -> None:
        """Forget the rarest keys: those seen once, then twice, ... until at most `target`
        keys are left (default: forget the keys seen once). A fresh dict: dicts do not shrink."""
        # the floor from a histogram of the counts, then one pass: a pass per floor grew
        # with the stream (counts rise, so more floors were tried: 4 -> 28 µs an article
        # from 50k to 300k articles in bench/cluster_scale.py)
        floor = 1
        if target is not None:
            keys_with = Counter(self.df.values())  # count -> how many keys have it
            left = len(self.df) - keys_with.get(1, 0)
            while left > target:
                floor += 1
                left -= keys_with.get(floor, 0)
        self.df = {k: v for k, v in self.df.items() if v > floor}

    def idf(self, key: str) -> float:
        return math.log(self.n + 1) - self._log[self.df.get(key, 0)] + 1.0

    def idf_table(self) -> tuple[dict[str, int], list[float], float]:
        """(df, log table, log(n + 1) + 1): idf = that - table[df.get(key, 0)]."""
        return self.df, self._log, math.log(self.n + 1) + 1.0


def article_vectors(
    counts: Mapping[str, int], dfs: DocumentFrequencies, keep: int, observe: bool = False
) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """(query, tf, idf) vectors of one bag, over its `keep` strongest TF-IDF keys.

    Story centroids hold sums of the articles' `tf` vectors (unit sublinear TF, no IDF),
    so they can be weighted with the IDF of *now* when scored: early articles, seen when
    the IDF knew little, do not bias a story forever. `query` is the article's unit
    TF-IDF vector times IDF once more, so that dot(query, centroid) / |centroid x IDF|
    is the cosine between the article and the story under the current IDF.

    `observe`: count the article in `dfs` first (as `dfs.observe(counts)` would), in the
    same pass over its keys.
    """
    if observe:
        dfs.count_document()
    if not counts:
        return {}, {}, {}
    df, table, top = dfs.idf_table()
    get = df.get
    sub = _SUBLINEAR
    # parallel lists, not three dicts filled key by key: the only hash lookup per key
    # is the df table's (the stream's biggest dict); the result dicts are built once,
    # over the kept keys
    keys: list[str] = []
    cs: list[int] = []
    idfs: list[float] = []
    if observe:
        for key, c in counts.items():
            d = get(key, 0) + 1
            df[key] = d
            if c > 0:
                keys.append(key)
                cs.append(c)
                idfs.append(top - table[d])
    else:
        for key, c in counts.items():
            if c > 0:
                keys.append(key)
                cs.append(c)
                idfs.append(top - table[get(key, 0)])
    try:
        tfs = [sub[c] if c < _SUBLINEAR_N else 1.0 + math.log(c) for c in cs]
    except TypeError:  # counts that are not ints
        tfs = [1.0 + math.log(c) if c > 1 else 1.0 for c in cs]
    weights = [t * i for t, i in zip(tfs, idfs)]
    if len(weights) > keep:
        # cut-off by sorting the floats alone (C speed); ties at the cut-off all stay
        cut = sorted(weights, reverse=True)[keep - 1]
        chosen = [j for j, w in enumerate(weights) if w >= cut]
        keys = [keys[j] for j in chosen]
        tfs = [tfs[j] for j in chosen]
        idfs = [idfs[j] for j in chosen]
        weights = [weights[j] for j in chosen]
    norm = math.sqrt(sum([w * w for w in weights]))
    tf_norm = math.sqrt(sum([t * t for t in tfs]))
    if norm == 0.0 or tf_norm == 0.0:
        return {}, {}, {}
    return (
        {k: w * i / norm for k, w, i in zip(keys, weights, idfs)},
        {k: t / tf_norm for k, t in zip(keys, tfs)},
        dict(zip(keys, idfs)),
    )


def unit_vector(counts: Mapping[str, int], dfs: DocumentFrequencies, keep: int) -> dict[str, float]:
    """The bag's unit TF-IDF vector (sublinear TF) over its `keep` strongest keys."""
    query, _, idf = article_vectors(counts, dfs, keep)
    # query = unit TF-IDF x IDF (see article_vectors): divide the extra IDF out
    return {k: q / idf[k] for k, q in query.items()}


def weighted_norm_sq(centroid: Mapping[str, float], dfs: DocumentFrequencies) -> float:
    """|centroid x IDF|^2 under the current document frequencies."""
    df, table, top = dfs.idf_table()
    get = df.get
    total = 0.0
    for key, c in centroid.items():
        w = c * (top - table[get(key, 0)])
        total += w * w
    return total


def packed_norm_sq(keys: Iterable[str], weights: Iterable[float], dfs: DocumentFrequencies) -> float:
    """`weighted_norm_sq` of a centroid packed as parallel keys and weights (a cold
    story's), without building a dict: same order of terms, same result."""
    df, table, top = dfs.idf_table()
    get = df.get
    total = 0.0
    for key, c in zip(keys, weights):
        w = c * (top - table[get(key, 0)])
        total += w * w
    return total


def strongest(centroid: Mapping[str, float], dfs: DocumentFrequencies, keep: int) -> dict[str, float]:
    """The `keep` entries of a centroid with the largest weight x IDF (ties by key)."""
    return truncate(centroid, dfs, keep)[0]


def ranked_keys(centroid: Mapping[str, float], dfs: DocumentFrequencies) -> list[tuple[float, str]]:
    """(weight x IDF, key) of every entry, strongest first (ties by key: deterministic)."""
    df, table, top = dfs.idf_table()
    get = df.get
    scored = [(c * (top - table[get(k, 0)]), k) for k, c in centroid.items()]
    scored.sort(reverse=True)
    return scored


def truncate(
    centroid: Mapping[str, float], dfs: DocumentFrequencies, keep: int
) -> tuple[dict[str, float], float]:
    """(the `keep` entries with the largest weight x IDF, |kept x IDF|^2)."""
    df, table, top = dfs.idf_table()
    get = df.get
    scored = [(c * (top - table[get(k, 0)]), k) for k, c in centroid.items()]
    if len(scored) > keep:
        scored.sort(reverse=True)  # weight, then key: deterministic
        del scored[keep:]
    return {k: centroid[k] for _, k in scored}, sum(w * w for w, _ in scored)


def _weight(pair: tuple[str, float]) -> float:
    return pair[1]


def top_keys(vector: Mapping[str, float], k: int) -> list[str]:
    """The `k` keys of largest weight, ties broken by key for determinism."""
    if len(vector) > k:  # the k-th weight by a C sort of the floats alone, then a keyed sort of the few
        cut = sorted(vector.values(), reverse=True)[k - 1]
        vector = {key: w for key, w in vector.items() if w >= cut}
    return sorted(vector, key=lambda key: (-vector[key], key))[:k]


def dot(small: Mapping[str, float], large: Mapping[str, float]) -> float:
    """Sparse dot product; iterate the smaller mapping."""
    if len(small) > len(large):
        small, large = large, small
    get = large.get
    total = 0.0
    for key, w in small.items():
        v = get(key)
        if v is not None:
            total += w * v
    return total


def gaussian(delta_days: float, sigma_days: float) -> float:
    """Time proximity in [0, 1]: 1 for the same moment, about 0.6 at one sigma."""
    return math.exp(-(delta_days * delta_days) / (2.0 * sigma_days * sigma_days))


@dataclass(slots=True)
class ArticleFeatures:
    """The vectors of one article in each space (see `article_vectors`), and its time in days."""

    query: tuple[dict[str, float], dict[str, float], dict[str, float]]  # body, ents, title
    tf: tuple[dict[str, float], dict[str, float], dict[str, float]]
    idf: tuple[dict[str, float], dict[str, float], dict[str, float]]
    days: float | None
