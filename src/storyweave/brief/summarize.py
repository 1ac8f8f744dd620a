"""Extractive multi-document briefs by weighted concept coverage.

The model is ICSISumm's (Gillick & Favre 2009): concepts are stemmed word bigrams,
a concept's weight is the number of articles that contain it (so facts several outlets
report weigh more), and the brief is the set of whole sentences that covers the most
concept weight within the word budget, each concept counted once (that, not a penalty,
keeps the brief free of repeats). The selection is an integer program solved with
HiGHS through `scipy.optimize.milp`, with a greedy fallback.

Additions, each measured by `bench/brief_rouge.py` (tuned on half the topics):
content words count as concepts at half weight, concepts in a headline or an article's
first sentences weigh more, claims (a death toll, a time) are concepts, sentences are
compressed first (datelines, short parentheticals; see compress.py) so the budget holds
more facts, and sentences under 10 words, bare quotations and sentences that open on a
pronoun or "But" (they lean on a sentence the brief may not carry) are avoided.

Each chosen sentence cites every article that says the same thing: a similar sentence
(IDF cosine) or a claim with the same slot, subject and value.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import sys
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from storyweave.brief.text import SimilarityIndex, bigram_concepts, content_stems, tokens
from storyweave.brief.units import CONNECTIVE_START, PRONOUN_START, Unit, citation, is_junk, story_units
from storyweave.model import AnalyzedArticle, BriefSentence

REPEAT = 0.8  # IDF cosine above which two sentences are the same sentence (copies)
SAME_SENTENCE = 0.42  # IDF cosine above which two sentences of different articles say the same thing
SAME_CLAIM = 0.15  # lower bar when the two sentences also state the same claim
MIN_SELECT_WORDS = 10  # shorter sentences are rarely informative enough for a brief (ICSISumm's cut)
DANGLING_PENALTY = 3.0  # x mean concept weight: sentences opening on a pronoun or "But" (who is "he"?)
LEAD_BONUS = 0.5  # x weight: concepts in an article's first sentences (news is written top-down)
LEAD_SENTENCES = 3
# The solver's budget is counted in branch-and-bound nodes, not seconds, so that the same
# story gives the same brief on a fast or a busy machine (a time limit made the incumbent
# depend on the machine's speed). News stories solve at the root (1 node, < 0.3 s); an
# adversarial story of near-equal sentences takes about 2 s to reach 5 nodes.
SOLVER_NODES = 5
SOLVER_SECONDS = 20.0  # a last-resort safety net only: past it the result may vary by machine
MIP_GAP = 0.005  # stop within 0.5% of the optimum: as good a brief (measured), a fraction of the time
MAX_CANDIDATES = 400  # sentences the integer program chooses from (big stories)
CANDIDATES_PER_WORD = 0.8  # ... and at most this many per word of budget: for 100 words the densest 80
# gave the same briefs as 400 on every MultiLing topic, with the solver done in a fraction of the time
MIN_DF_LARGE = 3  # ICSISumm's threshold for stories of many articles
CLAIM_WEIGHT = 2.0  # x document frequency: a checkable fact counts as much as two bigrams
TITLE_BONUS = 1.0  # x weight: concepts in a headline say what the story is about
UNIGRAM_WEIGHT = 0.5  # x document frequency: content words are concepts too (the key names, places)
MIN_CLAIM_WORDS = 6  # ... unless it states a claim (a count, a time)
FILL_MIN_WORDS = 8  # the last words of the budget may go to a shorter sentence


# a sentence that is nothing but a quotation: "...", "..." or "...".
_QUOTE_ONLY = re.compile(r"^[\"“‘'][^\"“”]*[\"”’'][.!?]?$")


@dataclass
class _Candidate:
    unit: Unit
    gid: int  # index into the flat unit list
    concepts: list[int]
    penalty: float

    @property
    def words(self) -> int:
        return self.unit.short_words


def summarize(items: list[AnalyzedArticle], words: int = 100) -> list[BriefSentence]:
    """An extractive brief of at most `words` words over the articles of one story."""
    if not items or words <= 0:
        return []
    per_doc = story_units(items)
    flat = [u for units in per_doc for u in units]
    if not flat:
        return []
    gid = {(u.doc, u.index): g for g, u in enumerate(flat)}
    sims = SimilarityIndex([tokens(u.text) for u in flat])

    originals = [d for d, it in enumerate(items) if not it.article.duplicate_of] or list(range(len(items)))
    # concepts of the text the brief would show (the compressed sentence)
    concept_sets = [_concepts(u.short) for u in flat]
    _add_claim_concepts(items, per_doc, gid, concept_sets)
    titles = set().union(*(_concepts(it.article.title or "") for d, it in enumerate(items) if d in originals))
    weights, df = _concept_weights(per_doc, concept_sets, gid, originals, titles)

    limit = min(MAX_CANDIDATES, max(40, int(CANDIDATES_PER_WORD * words)))
    cands = _drop_repeats(_densest(_candidates(flat, concept_sets, weights, words), weights, limit), sims)
    if not cands:
        return []
    chosen = [cands[i] for i in _select(cands, weights, words)]
    chosen += _fill(flat, concept_sets, df, chosen, words, sims)
    return _build(items, per_doc, flat, gid, sims, chosen)


def _concepts(text: str) -> set[tuple]:
    toks = tokens(text)
    out: set[tuple] = set(bigram_concepts(toks))
    if UNIGRAM_WEIGHT:
        out |= {("", w) for w in content_stems(toks)}
    return out


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
    left = budget - sum(c.words for c in chosen)
    if left < FILL_MIN_WORDS:
        return []
    weights = {c: float(k) * (UNIGRAM_WEIGHT if c[0] == "" else 1.0) for c, k in sorted(df.items())}
    pool = [
        c
        for c in _candidates(flat, concept_sets, weights, left, min_words=FILL_MIN_WORDS)
        if c.words >= FILL_MIN_WORDS and c.penalty <= 0
    ]
    pool = _densest(pool, weights, MAX_CANDIDATES)
    taken = {c.gid for c in chosen}
    covered = {t for c in chosen for t in concept_sets[c.gid]}
    added: list[_Candidate] = []
    while True:
        best, best_score = None, 0.0
        for c in pool:
            if c.gid in taken or c.words > left:
                continue
            gain = math.fsum(weights.get(t, 0.0) for t in concept_sets[c.gid] if t not in covered) - c.penalty  # fsum: order-free
            score = gain / c.words**0.7
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
        left -= best.words


def _concept_weights(
    per_doc: list[list[Unit]],
    concept_sets: list[set[tuple[str, str]]],
    gid: dict[tuple[int, int], int],
    originals: list[int],
    titles: set = frozenset(),
) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], int]]:
    """Concept -> weight: documents containing it (sentences, for a single article),
    for the concepts frequent enough to count; and every concept's raw frequency."""
    df: Counter[tuple[str, str]] = Counter()
    lead: set[tuple[str, str]] = set()
    single = len(originals) == 1
    for d in originals:
        seen: set[tuple[str, str]] = set()
        for u in per_doc[d]:
            if u.boilerplate:
                continue  # an outlet's template is not a fact several articles report
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
    # sorted: the solver's choice among equal optima must not depend on hash order
    weights = {c: float(df[c]) for c in sorted(df) if df[c] >= min_df}
    if len(weights) < 5:  # too little overlap to learn from: every concept counts
        weights = {c: float(df[c]) for c in sorted(df)}
    for c in weights:
        if c[0] == "claim" and len(c) == 3:
            weights[c] *= CLAIM_WEIGHT
        elif c[0] == "":
            weights[c] *= UNIGRAM_WEIGHT
    base = dict(weights)
    for c in weights:
        if c in lead:
            weights[c] += LEAD_BONUS * base[c]
        if c in titles:
            weights[c] += TITLE_BONUS * base[c]
    return weights, dict(df)


def _candidates(
    flat: list[Unit],
    concept_sets: list[set[tuple[str, str]]],
    weights: dict,
    budget: int,
    min_words: int | None = None,
) -> list[_Candidate]:
    index = {c: k for k, c in enumerate(weights)}
    mean_w = float(np.mean(list(weights.values()))) if weights else 1.0
    out = []
    for g, u in enumerate(flat):
        if is_junk(u.text) or u.boilerplate or u.short_words > budget:
            continue
        concepts = sorted(index[c] for c in concept_sets[g] if c in index)  # sorted: same sums, same brief
        if not concepts:
            continue
        penalty = 0.0
        first = u.first_word
        if first in PRONOUN_START or first in CONNECTIVE_START:
            penalty += DANGLING_PENALTY * mean_w
        if _QUOTE_ONLY.match(u.short) or (u.quoted and u.short[:1] in "\"“'‘" and not u.speaker):
            # a bare quotation: nobody named in it to say it, and rarely the news itself
            penalty += DANGLING_PENALTY * mean_w
        out.append(_Candidate(u, g, concepts, penalty))
    least = MIN_SELECT_WORDS if min_words is None else min_words
    # a short sentence stating a checkable fact ("About 40 people were injured.") still counts
    long_enough = [
        c
        for c in out
        if c.words >= least or (c.words >= MIN_CLAIM_WORDS and any(k[0] == "claim" for k in concept_sets[c.gid]))
    ]
    return long_enough or out


def _densest(cands: list[_Candidate], weights: dict, limit: int) -> list[_Candidate]:
    """At most `limit` candidates, those with the most concept weight per word (keeps big
    stories fast; small ones are untouched), in their original order."""
    if len(cands) <= limit:
        return cands
    w = list(weights.values())
    score = {id(c): sum(w[k] for k in c.concepts) / c.words for c in cands}
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
    picked = sorted(picked, key=lambda i: -cands[i].words)
    for i in list(picked):
        others = {k for j in picked if j != i for k in cands[j].concepts}
        if set(cands[i].concepts) <= others:
            picked.remove(i)
    return picked


def _objective(cands: list[_Candidate], w: np.ndarray, picked: list[int]) -> float:
    covered = {k for i in picked for k in cands[i].concepts}
    return float(sum(w[k] for k in covered) - sum(cands[i].penalty for i in picked))


def _ilp(cands: list[_Candidate], w: np.ndarray, budget: int) -> list[int] | None:
    ns = len(cands)
    lengths = np.array([c.words for c in cands], dtype=float)
    # An exact reduction before solving: concepts found in the same set of candidates act
    # as one (their weights add up), and a concept only one candidate holds is just part of
    # that candidate's value. Far fewer variables, the same optimum.
    holders: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        for k in set(c.concepts):
            holders[k].append(i)
    own = np.zeros(ns)
    groups: dict[tuple[int, ...], float] = defaultdict(float)
    for k, hs in holders.items():
        if len(hs) == 1:
            own[hs[0]] += w[k]
        else:
            groups[tuple(hs)] += w[k]
    keys = sorted(groups)
    gw = np.array([groups[key] for key in keys], dtype=float)
    nc = len(keys)
    # maximise covered weight, a little for using the budget, minus penalties
    tie = 1e-3 * float(w.min() if len(w) else 1.0)
    cost = np.concatenate([-(own + tie * lengths - np.array([c.penalty for c in cands])), -gw])
    rows = [g for g, key in enumerate(keys) for _ in key]
    cols = [i for key in keys for i in key]
    occ = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(nc, ns))
    # c_g <= sum of s_i over the sentences holding group g
    a_cov = sparse.hstack([-occ, sparse.identity(nc)])
    a_len = sparse.hstack([sparse.csr_matrix(lengths), sparse.csr_matrix((1, nc))])
    constraints = [LinearConstraint(a_len, -np.inf, budget)]
    if nc:
        constraints.append(LinearConstraint(a_cov, -np.inf, 0.0))
    integrality = np.concatenate([np.ones(ns), np.zeros(nc)])  # concepts may stay continuous
    with _native_output_silenced():
        res = milp(
            cost,
            constraints=constraints,
            integrality=integrality,
            bounds=Bounds(0, 1),
            options={"node_limit": SOLVER_NODES, "time_limit": SOLVER_SECONDS, "disp": False,
                     "mip_rel_gap": MIP_GAP},
        )
    if res.x is None:
        return None
    picked = [i for i in range(ns) if res.x[i] > 0.5]
    greedy = _greedy(cands, w, budget)
    return picked if _objective(cands, w, picked) >= _objective(cands, w, greedy) else greedy


_STDERR_LOCK = threading.Lock()


@contextlib.contextmanager
def _native_output_silenced() -> Iterator[None]:
    """HiGHS now and then prints a debug line straight to file descriptors 1 or 2, even
    with `disp` off; keep it out of the CLI's stdout (JSON) and stderr (errors)."""
    with _STDERR_LOCK:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        saved: list[tuple[int, int]] = []
        try:
            with open(os.devnull, "w") as null:
                for fd in (1, 2):
                    try:
                        saved.append((fd, os.dup(fd)))
                    except OSError:  # no such descriptor: nothing to protect
                        continue
                    os.dup2(null.fileno(), fd)
            yield
        finally:
            for fd, copy in saved:
                os.dup2(copy, fd)
                os.close(copy)


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
            if used + c.words > budget:
                continue
            gain = sum(w[k] for k in c.concepts if k not in covered) - c.penalty
            score = gain / (c.words**0.7)
            if score > best_score:
                best, best_score = i, score
        if best is None:
            break
        picked.append(best)
        covered.update(cands[best].concepts)
        used += cands[best].words
        remaining.discard(best)
    singles = [i for i, c in enumerate(cands) if c.words <= budget]
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
        negated = _negated(u.text)
        for d, units in enumerate(per_doc):
            if d == u.doc or not units:
                continue
            # a sentence that denies what this one states does not say the same thing ("has
            # pleaded not guilty" beside "was found guilty"), however many words they share
            row = [rows[r, gid[(v.doc, v.index)]] if _negated(v.text) == negated else -1.0  # type: ignore[index]
                   for v in units]
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
        out.append((_order_key(items, u, cites), BriefSentence(text=u.short, citations=cites, speaker=u.speaker)))
    out.sort(key=lambda pair: pair[0])
    return [s for _, s in out]


_NEGATION = re.compile(r"\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot)\b|n['’]t\b", re.IGNORECASE)


def _negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def _order_key(items: list[AnalyzedArticle], u: Unit, cites: list) -> tuple:
    """Time first (the earliest day any citing outlet reported it), then discourse position."""
    days = [c.published[:10] for c in cites if c.published]
    return (min(days) if days else "", u.position, u.doc, u.index)
