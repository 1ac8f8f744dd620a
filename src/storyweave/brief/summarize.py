"""Extractive multi-document briefs by weighted concept coverage.

The model is ICSISumm's (Gillick & Favre 2009): concepts are stemmed word bigrams,
a concept's weight is the number of articles that contain it (so facts several outlets
report weigh more), and the brief is the set of whole sentences that covers the most
concept weight within the word budget, each concept counted once (that, not a penalty,
keeps the brief free of repeats). The selection is an integer program solved with
HiGHS through `scipy.optimize.milp`, with a greedy fallback.

Each chosen sentence cites every article that says the same thing: a similar sentence
(IDF cosine) or a claim with the same slot, subject and value.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from storyweave.brief.text import SimilarityIndex, bigram_concepts, tokens
from storyweave.brief.units import CONNECTIVE_START, PRONOUN_START, Unit, citation, is_junk, story_units
from storyweave.model import AnalyzedArticle, BriefSentence

REPEAT = 0.8  # IDF cosine above which two sentences are the same sentence (copies)
SAME_SENTENCE = 0.42  # IDF cosine above which two sentences of different articles say the same thing
SAME_CLAIM = 0.15  # lower bar when the two sentences also state the same claim
MIN_SELECT_WORDS = 8  # shorter sentences are rarely informative enough for a brief
DANGLING_PENALTY = 0.5  # x mean concept weight: sentences opening on a pronoun or "However"
LEAD_BONUS = 0.5  # x weight: concepts in an article's first sentences (news is written top-down)
LEAD_SENTENCES = 3
SOLVER_SECONDS = 0.5
MAX_CANDIDATES = 400  # sentences the integer program chooses from (big stories)
MIN_DF_LARGE = 3  # ICSISumm's threshold for stories of many articles
CLAIM_WEIGHT = 2.0  # x document frequency: a checkable fact counts as much as two bigrams


@dataclass
class _Candidate:
    unit: Unit
    gid: int  # index into the flat unit list
    concepts: list[int]
    penalty: float


def summarize(items: list[AnalyzedArticle], words: int = 100) -> list[BriefSentence]:
    """An extractive brief of at most `words` words over the articles of one story."""
    if not items or words <= 0:
        return []
    per_doc = story_units(items)
    flat = [u for units in per_doc for u in units]
    if not flat:
        return []
    gid = {(u.doc, u.index): g for g, u in enumerate(flat)}
    toks = [tokens(u.text) for u in flat]
    sims = SimilarityIndex(toks)

    originals = [d for d, it in enumerate(items) if not it.article.duplicate_of] or list(range(len(items)))
    concept_sets = [bigram_concepts(t) for t in toks]
    _add_claim_concepts(items, per_doc, gid, concept_sets)
    weights, df = _concept_weights(per_doc, concept_sets, gid, originals)

    cands = _drop_repeats(_densest(_candidates(flat, concept_sets, weights, words), weights, MAX_CANDIDATES), sims)
    if not cands:
        return []
    chosen = [cands[i] for i in _select(cands, weights, words)]
    chosen += _fill(flat, concept_sets, df, chosen, words, sims)
    return _build(items, per_doc, flat, gid, sims, chosen)


def _add_claim_concepts(
    items: list[AnalyzedArticle],
    per_doc: list[list[Unit]],
    gid: dict[tuple[int, int], int],
    concept_sets: list[set],
) -> None:
    """Claims are concepts too: ("claim", slot, subject) in the sentence stating it. Their
    document frequency is how many outlets report that fact (whatever its value), so the
    facts several outlets corroborate ("how many were injured") weigh most."""
    if not CLAIM_WEIGHT:
        return
    for d, item in enumerate(items):
        units = per_doc[d]
        for cl in item.analysis.claims or []:
            for u in units:
                if u.start <= cl.start < u.end:
                    concept_sets[gid[(d, u.index)]].add(("claim", cl.slot, str(cl.subject).lower()))
                    break


def _fill(
    flat: list[Unit],
    concept_sets: list[set[tuple[str, str]]],
    df: dict[tuple[str, str], int],
    chosen: list[_Candidate],
    budget: int,
    sims: SimilarityIndex,
) -> list[_Candidate]:
    """Use budget the shared concepts left over: greedily add sentences covering new
    concepts of any document frequency (a 250-word brief of a small story runs out of
    concepts several articles share long before it runs out of words)."""
    left = budget - sum(c.unit.words for c in chosen)
    if left < MIN_SELECT_WORDS:
        return []
    weights = {c: float(k) for c, k in df.items()}
    pool = [c for c in _candidates(flat, concept_sets, weights, left) if c.unit.words >= MIN_SELECT_WORDS]
    pool = _densest(pool, weights, MAX_CANDIDATES)
    taken = {c.gid for c in chosen}
    covered = {t for c in chosen for t in concept_sets[c.gid]}
    added: list[_Candidate] = []
    while True:
        best, best_score = None, 0.0
        for c in pool:
            if c.gid in taken or c.unit.words > left:
                continue
            gain = sum(weights[t] for t in concept_sets[c.gid] if t not in covered) - c.penalty
            score = gain / c.unit.words**0.7
            if score > best_score:
                best, best_score = c, score
        if best is None:
            return added
        taken.add(best.gid)
        kept = [k.gid for k in [*chosen, *added]]
        if kept and sims.block([best.gid], kept).max() >= REPEAT:
            continue
        added.append(best)
        covered |= concept_sets[best.gid]
        left -= best.unit.words


def _concept_weights(
    per_doc: list[list[Unit]],
    concept_sets: list[set[tuple[str, str]]],
    gid: dict[tuple[int, int], int],
    originals: list[int],
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], int]]:
    """Concept -> weight: documents containing it (sentences, for a single article),
    for the concepts frequent enough to count; and every concept's raw frequency."""
    df: Counter[tuple[str, str]] = Counter()
    lead: set[tuple[str, str]] = set()
    single = len(originals) == 1
    for d in originals:
        seen: set[tuple[str, str]] = set()
        for u in per_doc[d]:
            cs = concept_sets[gid[(u.doc, u.index)]]
            if single:
                df.update(cs)
            else:
                seen |= cs
            if u.index < LEAD_SENTENCES:
                lead |= cs
        df.update(seen)
    n = len(originals)
    min_df = MIN_DF_LARGE if n >= 6 else 2
    weights = {c: float(k) for c, k in df.items() if k >= min_df}
    if len(weights) < 5:  # too little overlap to learn from: every concept counts
        weights = {c: float(k) for c, k in df.items()}
    for c in weights:
        if c[0] == "claim" and len(c) == 3:
            weights[c] *= CLAIM_WEIGHT
    for c in lead:
        if c in weights:
            weights[c] += LEAD_BONUS * weights[c]
    return weights, dict(df)


def _candidates(
    flat: list[Unit], concept_sets: list[set[tuple[str, str]]], weights: dict, budget: int
) -> list[_Candidate]:
    index = {c: k for k, c in enumerate(weights)}
    mean_w = float(np.mean(list(weights.values()))) if weights else 1.0
    out = []
    for g, u in enumerate(flat):
        if is_junk(u.text) or u.words > budget:
            continue
        concepts = [index[c] for c in concept_sets[g] if c in index]
        if not concepts:
            continue
        penalty = 0.0
        first = u.first_word
        if first in PRONOUN_START or first in CONNECTIVE_START:
            penalty += DANGLING_PENALTY * mean_w
        if u.quoted and u.text[:1] in "\"“'‘" and not u.speaker:
            penalty += DANGLING_PENALTY * mean_w  # a quote with nobody to say it
        out.append(_Candidate(u, g, concepts, penalty))
    long_enough = [c for c in out if c.unit.words >= MIN_SELECT_WORDS]
    return long_enough or out


def _densest(cands: list[_Candidate], weights: dict, limit: int) -> list[_Candidate]:
    """At most `limit` candidates, those with the most concept weight per word (keeps big
    stories fast; small ones are untouched), in their original order."""
    if len(cands) <= limit:
        return cands
    w = list(weights.values())
    score = {id(c): sum(w[k] for k in c.concepts) / c.unit.words for c in cands}
    keep = {id(c) for c in sorted(cands, key=lambda c: -score[id(c)])[:limit]}
    return [c for c in cands if id(c) in keep]


def _drop_repeats(cands: list[_Candidate], sims: SimilarityIndex) -> list[_Candidate]:
    """Keep one of each group of near-identical sentences (wire copy, repeated leads)."""
    if not cands:
        return cands
    ids = [c.gid for c in cands]
    block = sims.block(ids, ids)
    kept: list[int] = []
    for a in range(len(cands)):
        if not kept or block[a, kept].max() < REPEAT:
            kept.append(a)
    return [cands[a] for a in kept]


def _select(cands: list[_Candidate], weights: dict, budget: int) -> list[int]:
    """Indexes of the chosen candidates: the integer program, else greedy."""
    w = np.array(list(weights.values()), dtype=float)
    try:
        chosen = _ilp(cands, w, budget)
    except Exception:  # solver failure must never lose the brief
        chosen = None
    return _prune(cands, chosen if chosen else _greedy(cands, w, budget))


def _prune(cands: list[_Candidate], picked: list[int]) -> list[int]:
    """Drop sentences that add no concept the others do not already cover."""
    picked = sorted(picked, key=lambda i: -cands[i].unit.words)
    for i in list(picked):
        others = {k for j in picked if j != i for k in cands[j].concepts}
        if set(cands[i].concepts) <= others:
            picked.remove(i)
    return picked


def _objective(cands: list[_Candidate], w: np.ndarray, picked: list[int]) -> float:
    covered = {k for i in picked for k in cands[i].concepts}
    return float(sum(w[k] for k in covered) - sum(cands[i].penalty for i in picked))


def _ilp(cands: list[_Candidate], w: np.ndarray, budget: int) -> list[int] | None:
    ns, nc = len(cands), len(w)
    lengths = np.array([c.unit.words for c in cands], dtype=float)
    # maximise covered weight, a little for using the budget, minus penalties
    tie = 1e-3 * float(w.min() if nc else 1.0)
    cost = np.concatenate([-(tie * lengths - np.array([c.penalty for c in cands])), -w])
    rows, cols = [], []
    for i, c in enumerate(cands):
        for k in c.concepts:
            rows.append(k)
            cols.append(i)
    occ = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(nc, ns))
    # c_k <= sum of s_i over the sentences containing k
    a_cov = sparse.hstack([-occ, sparse.identity(nc)])
    a_len = sparse.hstack([sparse.csr_matrix(lengths), sparse.csr_matrix((1, nc))])
    constraints = [
        LinearConstraint(a_len, -np.inf, budget),
        LinearConstraint(a_cov, -np.inf, 0.0),
    ]
    integrality = np.concatenate([np.ones(ns), np.zeros(nc)])  # concepts may stay continuous
    with _native_stderr_silenced():
        res = milp(
            cost,
            constraints=constraints,
            integrality=integrality,
            bounds=Bounds(0, 1),
            options={"time_limit": SOLVER_SECONDS, "disp": False},
        )
    if res.x is None:
        return None
    picked = [i for i in range(ns) if res.x[i] > 0.5]
    greedy = _greedy(cands, w, budget)
    return picked if _objective(cands, w, picked) >= _objective(cands, w, greedy) else greedy


_STDERR_LOCK = threading.Lock()


@contextlib.contextmanager
def _native_stderr_silenced() -> Iterator[None]:
    """HiGHS now and then prints a debug line straight to file descriptor 2, even with
    `disp` off; keep it out of the CLI's stderr (which is for errors)."""
    with _STDERR_LOCK:
        try:
            saved = os.dup(2)
        except OSError:  # no usable stderr: nothing to protect
            yield
            return
        try:
            with open(os.devnull, "w") as null:
                os.dup2(null.fileno(), 2)
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _greedy(cands: list[_Candidate], w: np.ndarray, budget: int) -> list[int]:
    """Budgeted greedy (gain per word), the classic 1 - 1/e approximation with the best single sentence."""
    covered: set[int] = set()
    picked: list[int] = []
    used = 0
    remaining = set(range(len(cands)))
    while remaining:
        best, best_score = None, 0.0
        for i in remaining:
            c = cands[i]
            if used + c.unit.words > budget:
                continue
            gain = sum(w[k] for k in c.concepts if k not in covered) - c.penalty
            score = gain / (c.unit.words**0.7)
            if score > best_score:
                best, best_score = i, score
        if best is None:
            break
        picked.append(best)
        covered.update(cands[best].concepts)
        used += cands[best].unit.words
        remaining.discard(best)
    singles = [i for i, c in enumerate(cands) if c.unit.words <= budget]
    if singles:
        top = max(singles, key=lambda i: _objective(cands, w, [i]))
        if _objective(cands, w, [top]) > _objective(cands, w, picked):
            return [top]
    return picked


def _claim_keys(items: list[AnalyzedArticle], per_doc: list[list[Unit]]) -> dict[tuple[int, int], set]:
    """(doc, sentence index) -> {(slot, subject, value)} of the claims stated there."""
    keys: dict[tuple[int, int], set] = defaultdict(set)
    for d, item in enumerate(items):
        for cl in item.analysis.claims or []:
            for u in per_doc[d]:
                if u.start <= cl.start < u.end:
                    keys[(d, u.index)].add((cl.slot, str(cl.subject).lower(), str(cl.value)))
                    break
    return keys


def _claims_agree(a: set, b: set) -> bool:
    """Some claim of `a` and one of `b` have the same slot and subject and agreeing values:
    equal, or one label inside the other ("killed" and "killed by attacker")."""
    for slot, subject, va in a:
        for slot_b, subject_b, vb in b:
            if (slot, subject) != (slot_b, subject_b):
                continue
            if va == vb:
                return True
            if not _is_number(va) and not _is_number(vb) and (va in vb or vb in va):
                return True
    return False


def _claims_conflict(a: set, b: set) -> bool:
    """Some claim of `a` and one of `b` give different numbers for the same slot and subject
    ("two dead" vs "four dead"): such a sentence must not be cited as saying the same thing."""
    return any(
        (slot, subject) == (slot_b, subject_b) and _is_number(va) and _is_number(vb) and float(va) != float(vb)
        for slot, subject, va in a
        for slot_b, subject_b, vb in b
    )


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def _build(
    items: list[AnalyzedArticle],
    per_doc: list[list[Unit]],
    flat: list[Unit],
    gid: dict[tuple[int, int], int],
    sims: SimilarityIndex,
    chosen: list[_Candidate],
) -> list[BriefSentence]:
    rows = sims.block([c.gid for c in chosen]) if chosen else None
    claims = _claim_keys(items, per_doc)
    out = []
    for r, cand in enumerate(chosen):
        u = cand.unit
        cites = [citation(items[u.doc], u.start, u.end)]
        mine = claims.get((u.doc, u.index), set())
        for d, units in enumerate(per_doc):
            if d == u.doc or not units:
                continue
            row = [rows[r, gid[(v.doc, v.index)]] for v in units]  # type: ignore[index]
            j = int(np.argmax(row))
            match = units[j] if row[j] >= SAME_SENTENCE else None
            if match is None and mine:
                # the same claim (slot, subject, value) in a sentence about the same thing
                same = [
                    (r, v)
                    for r, v in zip(row, units)
                    if r >= SAME_CLAIM and _claims_agree(mine, claims.get((d, v.index), set()))
                ]
                match = max(same, key=lambda pair: pair[0])[1] if same else None
            if match is not None and not _claims_conflict(mine, claims.get((d, match.index), set())):
                cites.append(citation(items[d], match.start, match.end))
        out.append((_order_key(items, u, cites), BriefSentence(text=u.text, citations=cites, speaker=u.speaker)))
    out.sort(key=lambda pair: pair[0])
    return [s for _, s in out]


def _order_key(items: list[AnalyzedArticle], u: Unit, cites: list) -> tuple:
    """Time first (the earliest day any citing outlet reported it), then discourse position."""
    days = [c.published[:10] for c in cites if c.published]
    return (min(days) if days else "", u.position, u.doc, u.index)
