"""Quote extraction and speaker attribution on PolNeAR (../shared/data/polnear).

    python bench/quotes_polnear.py [--split dev|train] [--limit N]

PolNeAR (brat standoff) marks every attribution as Content, Source and Cue
spans linked by an `E` line; articles annotated by several annotators have one
`.ann` per annotator: we score against the first in name order.

Figures, per article pooled over the split:
- content precision / recall / F1 at exact match and at overlap >= 0.3 and >= 0.8,
  overlap = shared characters / characters of the longer span (gold content may
  be discontinuous: its fragments are a set of characters). Before comparing,
  spans lose surrounding white space, quotation marks and edge punctuation
  (, . ; :), on both sides: PolNeAR puts the marks inside direct quotes, we do not.
  Matching is one-to-one, greedy by overlap. A statement split by its attribution
  ("“A,” she said, “B.”", also "The plan, she said, will work.") is one PolNeAR
  attribution with a discontinuous content and two Quote records of ours sharing one
  cue: they are scored as one prediction, the union of their spans
  (`statements.group_statements`).
- resolved name: of matched quotes whose gold Source span holds a mention of a
  person or organisation that find_people found, the share whose resolved
  `speaker_name` is that entity's name (word subset; the issue's 90% target).
  Sources that are pronouns or descriptions are left out: PolNeAR does not resolve them.
- source accuracy: of the gold quotes matched at overlap >= 0.3 that have a Source,
  the share whose predicted speaker mention overlaps the Source span, or whose
  resolved speaker name shares its words with the Source text (titles dropped).
- "all cues": every PolNeAR attribution (it also annotates beliefs and
  endorsements), extractor run with `beliefs=True`. "speech cues": gold
  attributions whose cue holds a verb (spaCy POS VERB) of speaking or writing,
  from the fixed list SPEECH_CUE_VERBS below, or "according to"; scored against
  the public extractor's default output (speech and writing only). The list is
  the bench's own, not the extractor's lexicon, so that tuning the extractor's
  cue verbs never changes the gold it is scored on; verbs of evaluation and
  endorsement ("praise", "endorse", "reject") and of belief are not in it.
  A prediction matched (overlap >= 0.3, one to one) to a gold attribution outside
  the speech subset is left out of the speech precision (it is neither a hit nor a
  false positive of the subset). `--legacy-speech` gives the definition used
  before 2026-11-23 (any token of the cue, by lemma, in the extractor's
  speech_verbs.txt; such predictions counted as false positives).
- timing: spaCy parse (nlp.pipe) vs find_people and extract_quotes on the same docs.
  Parses are cached (spaCy DocBin under $TMPDIR/storyweave-bench-cache); with a cached
  parse the parse time shown is the one measured when the cache was written. Use
  `--no-cache` for timings all taken in one run.
- `--bootstrap N` resamples the split's articles with replacement N times and prints the
  95% percentile interval of each speech-cue F1: how far the figure could move on another
  sample of articles of the same kind (the target is judged on unseen news).
- `--errors FILE` writes the misses and false positives at overlap 0.3 (and the
  boundary errors of matches below 0.8) grouped by kind, for error analysis.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import tempfile
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from storyweave.analyze.lexicon import speech_verbs, titles  # noqa: E402
from storyweave.analyze.nlp import load_nlp, pipeline_tag  # noqa: E402
from storyweave.analyze.people import find_people  # noqa: E402
from storyweave.analyze.quotes import extract_quotes  # noqa: E402
from storyweave.analyze.statements import group_statements  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
TRIM = set(" \t\n\r\"'`“”‘’«»,.;:")
ANCHORS = {"f1@0.3": 83.7, "f1@0.8": 76.1, "speaker": 86.5, "f1_overlap_citron": 83.3, "f1_exact": 59.3}


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    speech: bool = False


def parse_ann(path: Path) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, rng = parts[1].partition(" ")
            frags = [tuple(map(int, f.split())) for f in rng.split(";")]
            spans[parts[0]] = (kind, frags)  # type: ignore[assignment]
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    golds = []
    for ev in events:
        if "Content" not in ev or ev["Content"] not in spans:
            continue
        g = Gold(content=spans[ev["Content"]][1])
        if "Source" in ev and ev["Source"] in spans:
            g.source = spans[ev["Source"]][1]
        if "Cue" in ev and ev["Cue"] in spans:
            g.cue = spans[ev["Cue"]][1]
        golds.append(g)
    return golds


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    return a, b


def char_set(text: str, frags: list[tuple[int, int]]) -> frozenset[int]:
    out: set[int] = set()
    for a, b in frags:
        a, b = trim(text, a, b)
        out.update(range(a, b))
    return frozenset(out)


def overlap(g: frozenset[int], p: frozenset[int]) -> float:
    if not g or not p:
        return 0.0
    return len(g & p) / max(len(g), len(p))


def match(golds: list[frozenset[int]], preds: list[frozenset[int]], threshold: float, exact: bool = False):
    """Greedy one-to-one matching by overlap; returns [(gold index, pred index)]."""
    pairs = []
    for gi, g in enumerate(golds):
        lo, hi = (min(g), max(g)) if g else (0, -1)
        for pi, p in enumerate(preds):
            if not p or max(p) < lo or min(p) > hi:
                continue
            if exact:
                if g == p:
                    pairs.append((1.0, gi, pi))
            else:
                o = overlap(g, p)
                if o >= threshold:
                    pairs.append((o, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _o, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def same_name(a: str | None, b: str) -> bool:
    if not a:
        return False
    drop = titles()
    wa = {w.strip(".,'’").lower() for w in a.split()} - drop
    wb = {w.strip(".,'’").lower() for w in b.split()} - drop
    wa.discard("")
    wb.discard("")
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def source_ok(text: str, gold: Gold, q) -> bool:
    src = char_set(text, gold.source)
    if q.speaker_start is not None and src & set(range(q.speaker_start, q.speaker_end)):
        return True
    src_text = " ".join(text[a:b] for a, b in gold.source)
    return same_name(q.speaker_name, src_text) or same_name(q.speaker, src_text)


# Verbs of speaking and writing: the "speech cues" subset (see the module docstring).
SPEECH_CUE_VERBS = frozenset("""
say tell add state announce claim insist argue explain note warn write tweet post report
confirm deny admit acknowledge reply respond answer ask urge declare remark comment predict
promise vow pledge threaten accuse allege assert contend maintain stress emphasise emphasize
recall recount reveal disclose testify concede complain lament joke quip shout scream whisper
mutter boast brag conclude observe mention propose recommend demand plead retort counter
rebut caution advise inform assure reassure repeat reiterate interject yell exclaim speak talk
blog email text instruct order request implore beg proclaim affirm describe call
""".split())


def is_speech_cue(doc, cue: list[tuple[int, int]], lemmas: frozenset[str], legacy: bool = False) -> bool:
    for a, b in cue:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        if re.search(r"\baccording to\b", span.text, re.IGNORECASE):
            return True
        if legacy:
            if any(t.lemma_.lower() in lemmas for t in span):
                return True
        elif any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_CUE_VERBS for t in span):
            return True
    return False


def outside_other_golds(text: str, golds: list[Gold], keep: list[bool], quotes) -> list:
    """The quotes not matched (overlap >= 0.3, one to one) to a gold attribution outside the subset."""
    groups = group_statements(quotes)
    gsets = [char_set(text, g.content) for g in golds]
    psets = [char_set(text, [(q.start, q.end) for q in group]) for group in groups]
    drop = {pi for gi, pi in match(gsets, psets, 0.3) if not keep[gi]}
    return [q for pi, group in enumerate(groups) if pi not in drop for q in group]


def annotations(split: str) -> dict[str, list[Path]]:
    """Article name -> its `.ann` files (one per annotator), in name order."""
    base = POLNEAR / split
    anns: dict[str, list[Path]] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        anns.setdefault(re.sub(r"_[0-9a-f]{4}$", "", ann.stem), []).append(ann)
    return {n: a for n, a in anns.items() if (base / "text" / f"{n}.txt").exists()}


def articles(split: str, limit: int | None):
    base = POLNEAR / split
    anns = annotations(split)
    names = sorted(anns)
    if limit:
        names = names[:limit]
    for n in names:
        text = (base / "text" / f"{n}.txt").read_text(encoding="utf-8")
        yield n, text, parse_ann(anns[n][0])


class Score:
    def __init__(self) -> None:
        self.n_gold = 0
        self.n_pred = 0
        self.hits = {"exact": 0, "0.3": 0, "0.8": 0}
        self.src_total = 0
        self.src_ok = 0
        self.named_total = 0  # matched quotes whose gold Source names someone
        self.named_ok = 0  # ... and whose resolved speaker_name is that name

    def add(self, text, golds: list[Gold], quotes, people) -> None:
        groups = group_statements(quotes)
        preds = [group[0] for group in groups]  # speaker and cue are shared by the parts
        gsets = [char_set(text, g.content) for g in golds]
        psets = [char_set(text, [(q.start, q.end) for q in group]) for group in groups]
        self.n_gold += len(golds)
        self.n_pred += len(preds)
        self.hits["exact"] += len(match(gsets, psets, 1.0, exact=True))
        self.hits["0.8"] += len(match(gsets, psets, 0.8))
        pairs = match(gsets, psets, 0.3)
        self.hits["0.3"] += len(pairs)
        for gi, pi in pairs:
            if golds[gi].source:
                self.src_total += 1
                self.src_ok += source_ok(text, golds[gi], preds[pi])
                src = char_set(text, golds[gi].source)
                named = [p.name for p in people
                         if any(src & set(range(m.start, m.end)) for m in p.mentions)]
                if named:
                    self.named_total += 1
                    self.named_ok += any(same_name(preds[pi].speaker_name, n) for n in named)

    def prf(self, key: str) -> tuple[float, float, float]:
        h = self.hits[key]
        p = h / self.n_pred if self.n_pred else 0.0
        r = h / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f

    def named_acc(self) -> float:
        return 100 * self.named_ok / self.named_total if self.named_total else 0.0

    def source_acc(self) -> float:
        return 100 * self.src_ok / self.src_total if self.src_total else 0.0


class SpanScore:
    """Content hits of one annotator's (or the extractor's) spans against another's golds."""

    def __init__(self) -> None:
        self.n_gold = self.n_pred = 0
        self.hits = {"exact": 0, "0.3": 0, "0.8": 0}

    def add(self, gsets: list[frozenset[int]], psets: list[frozenset[int]]) -> None:
        self.n_gold += len(gsets)
        self.n_pred += len(psets)
        self.hits["exact"] += len(match(gsets, psets, 1.0, exact=True))
        self.hits["0.8"] += len(match(gsets, psets, 0.8))
        self.hits["0.3"] += len(match(gsets, psets, 0.3))

    prf = Score.prf


def speech_sets(text: str, doc, golds: list[Gold], preds: list[frozenset[int]]):
    """(speech golds, preds left once those matched to a non-speech gold are dropped): the
    speech-cue subset as the main table scores it."""
    keep = [is_speech_cue(doc, g.cue, SPEECH_CUE_VERBS) for g in golds]
    gsets = [char_set(text, g.content) for g in golds]
    drop = {pi for gi, pi in match(gsets, preds, 0.3) if not keep[gi]}
    return [g for g, k in zip(gsets, keep) if k], [p for pi, p in enumerate(preds) if pi not in drop]


def agreement(split: str, nlp, use_cache: bool) -> None:
    """Inter-annotator agreement on the articles two annotators marked up, beside the
    extractor scored against each of them: the ceiling the corpus sets on a figure."""
    base = POLNEAR / split
    twice = {n: a for n, a in annotations(split).items() if len(a) >= 2}
    if not twice:
        sys.exit(f"no article of PolNeAR {split} has two annotators")
    names = sorted(twice)
    texts = [(base / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    docs, _, _ = parse_docs(nlp, texts, use_cache)
    human, ours_a, ours_others = SpanScore(), SpanScore(), SpanScore()
    n_others = 0
    for name, text, doc in zip(names, texts, docs):
        first, *others = [parse_ann(path) for path in twice[name]]
        quotes = extract_quotes(doc, find_people(doc))
        ours = [char_set(text, [(q.start, q.end) for q in group]) for group in group_statements(quotes)]
        ours_a.add(*speech_sets(text, doc, first, ours))
        for other in others:
            n_others += 1
            # another annotator's own speech attributions are its predictions
            theirs = [char_set(text, g.content) for g in other if is_speech_cue(doc, g.cue, SPEECH_CUE_VERBS)]
            human.add(*speech_sets(text, doc, first, theirs))
            ours_others.add(*speech_sets(text, doc, other, ours))
    print(f"PolNeAR {split}: {len(names)} articles marked up by several annotators ({len(names) + n_others} "
          "mark-ups; speech cues; A = the first .ann in name order, the one the main table scores against)")
    print(f"{'scored':<34}{'gold':>6}{'pred':>6}" + "".join(f"{'F1 ' + k:>10}" for k in ("0.3", "0.8", "exact")))
    for label, score in (("the other annotators against A", human), ("storyweave against A", ours_a),
                         ("storyweave against the others", ours_others)):
        f1s = "".join(f"{score.prf(k)[2]:10.1f}" for k in ("0.3", "0.8", "exact"))
        print(f"{label:<34}{score.n_gold:>6}{score.n_pred:>6}{f1s}")


def parse_docs(nlp, texts: list[str], use_cache: bool):
    """spaCy docs for `texts` and the parse seconds (cached as a DocBin per text set)."""
    from spacy.tokens import DocBin

    key = hashlib.sha1("\x00".join(texts).encode("utf-8"))
    key.update(pipeline_tag(nlp).encode())
    cache = Path(tempfile.gettempdir()) / "storyweave-bench-cache" / f"polnear-{key.hexdigest()[:16]}"
    if use_cache and cache.with_suffix(".spacy").exists() and cache.with_suffix(".json").exists():
        seconds = json.loads(cache.with_suffix(".json").read_text())["parse_seconds"]
        docs = list(DocBin().from_disk(cache.with_suffix(".spacy")).get_docs(nlp.vocab))
        return docs, seconds, True
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    seconds = time.perf_counter() - t0
    if use_cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(cache.with_suffix(".spacy"))
        cache.with_suffix(".json").write_text(json.dumps({"parse_seconds": seconds}))
    return docs, seconds, False


class ErrorLog:
    """Misses, false positives and boundary errors (speech cues), grouped by a rough kind."""

    def __init__(self) -> None:
        self.items: dict[str, list[str]] = {}

    def _put(self, kind: str, line: str) -> None:
        self.items.setdefault(kind, []).append(line)

    def add(self, name: str, text: str, golds: list[Gold], quotes) -> None:
        groups = group_statements(quotes)
        gsets = [char_set(text, g.content) for g in golds]
        psets = [char_set(text, [(q.start, q.end) for q in group]) for group in groups]
        pairs = dict(match(gsets, psets, 0.3))
        matched_p = set(pairs.values())

        def show(chars: frozenset[int]) -> str:
            # runs of covered characters; a gap of more than white space shows as [...]
            runs, start, prev = [], None, None
            for i in sorted(chars):
                if start is None:
                    start = i
                elif i != prev + 1 and text[prev + 1:i].strip():
                    runs.append(text[start:prev + 1])
                    start = i
                prev = i
            runs.append(text[start:prev + 1])
            return " [...] ".join(runs).replace("\n", " / ")

        for gi, g in enumerate(golds):
            cue = " ".join(text[a:b] for a, b in g.cue)
            gtext = show(gsets[gi]) if gsets[gi] else ""
            if gi not in pairs:
                near = [pi for pi, p in enumerate(psets) if p & gsets[gi]]
                kind = "miss: overlapping pred below 0.3" if near else "miss: no pred"
                extra = f"\n    PRED {show(psets[near[0]])}" if near else ""
                self._put(kind, f"{name} cue=[{cue}]\n    GOLD {gtext}{extra}")
                continue
            p = psets[pairs[gi]]
            if p == gsets[gi]:
                continue
            o = overlap(gsets[gi], p)
            if o >= 0.8:
                continue
            kind = "boundary: pred too long" if p > gsets[gi] else (
                "boundary: pred too short" if p < gsets[gi] else "boundary: shifted")
            kind += f" ({groups[pairs[gi]][0].kind})"
            self._put(kind, f"{name} cue=[{cue}] overlap={o:.2f}\n    GOLD {gtext}\n    PRED {show(p)}")
        for pi, group in enumerate(groups):
            if pi in matched_p or not psets[pi]:
                continue
            q = group[0]
            inside_other = any(psets[pi] & gs for gs in gsets)
            kind = "false positive: overlaps a non-matched gold" if inside_other else "false positive"
            self._put(f"{kind} ({q.kind})", f"{name} cue=[{q.cue}] speaker=[{q.speaker}]\n    PRED {show(psets[pi])}")

    def render(self) -> str:
        out = []
        for kind, lines in sorted(self.items.items(), key=lambda kv: -len(kv[1])):
            out.append(f"## {kind}: {len(lines)}\n")
            out.extend(lines)
            out.append("")
        return "\n".join(out)


def print_bootstrap(per_article: list[tuple[int, int, dict[str, int]]], rounds: int, split: str) -> None:
    """95% percentile intervals of the speech-cue F1s over resamples of the articles."""
    rng = random.Random(13)  # fixed: the same interval for the same extractor output
    f1s: dict[str, list[float]] = {"0.3": [], "0.8": [], "exact": []}
    for _ in range(rounds):
        sample = [per_article[rng.randrange(len(per_article))] for _ in per_article]
        n_gold = sum(g for g, _, _ in sample)
        n_pred = sum(p for _, p, _ in sample)
        for key, values in f1s.items():
            hits = sum(h[key] for _, _, h in sample)
            values.append(200 * hits / (n_gold + n_pred) if n_gold + n_pred else 0.0)
    print(f"\nbootstrap over the {len(per_article)} articles of {split} ({rounds} resamples), speech cues:")
    for key, values in f1s.items():
        values.sort()
        lo, hi = values[int(0.025 * rounds)], values[min(rounds - 1, int(0.975 * rounds))]
        label = "exact" if key == "exact" else f"@ overlap {key}"
        print(f"  content F1 {label:<14} 95% interval {lo:5.1f} - {hi:5.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "train"], default="dev")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    ap.add_argument("--no-cache", action="store_true", help="parse again (timings from this run)")
    ap.add_argument("--legacy-speech", action="store_true",
                    help="the speech-cue subset as defined before 2026-11-23 (see the docstring)")
    ap.add_argument("--errors", type=Path, default=None, help="write an error listing here")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="95%% interval of the speech-cue F1s over N resamples of the articles")
    ap.add_argument("--agreement", action="store_true",
                    help="inter-annotator agreement on the doubly annotated articles, beside ours")
    args = ap.parse_args()
    if not POLNEAR.exists():
        sys.exit(f"PolNeAR not found at {POLNEAR}")
    nlp = load_nlp()
    if args.agreement:
        agreement(args.split, nlp, not args.no_cache)
        return
    data = list(articles(args.split, args.limit))
    lemmas = speech_verbs() if args.legacy_speech else SPEECH_CUE_VERBS
    docs, t_parse, cached = parse_docs(nlp, [t for _, t, _ in data], not args.no_cache)
    errors = ErrorLog() if args.errors else None
    t_people = t_quotes = 0.0
    all_score, speech_score = Score(), Score()
    per_article: list[tuple[int, int, dict[str, int]]] = []  # speech cues: gold, pred, hits
    words = 0
    for (name, text, golds), doc in zip(data, docs):
        words += sum(1 for t in doc if not t.is_punct and not t.is_space)
        t1 = time.perf_counter()
        people = find_people(doc)
        t2 = time.perf_counter()
        quotes = extract_quotes(doc, people)
        t3 = time.perf_counter()
        t_people += t2 - t1
        t_quotes += t3 - t2
        all_quotes = extract_quotes(doc, people, beliefs=True)
        all_score.add(text, golds, all_quotes, people)
        is_speech = [is_speech_cue(doc, g.cue, lemmas, args.legacy_speech) for g in golds]
        speech_golds = [g for g, sp in zip(golds, is_speech) if sp]
        speech_quotes = quotes if args.legacy_speech else outside_other_golds(text, golds, is_speech, quotes)
        before = (speech_score.n_gold, speech_score.n_pred, dict(speech_score.hits))
        speech_score.add(text, speech_golds, speech_quotes, people)
        per_article.append((speech_score.n_gold - before[0], speech_score.n_pred - before[1],
                            {k: speech_score.hits[k] - before[2][k] for k in speech_score.hits}))
        if errors is not None:
            errors.add(name, text, speech_golds, speech_quotes)

    print(f"PolNeAR {args.split}: {len(data)} articles, {words} words; "
          f"gold attributions {all_score.n_gold} (speech cues {speech_score.n_gold})")
    print()
    header = f"{'figure':<28}{'cues':<8}{'P':>7}{'R':>7}{'F1':>7}   {'anchor':<32}{'ratio':>6}"
    print(header)
    print("-" * len(header))
    rows = [("content F1 @ overlap 0.3", "0.3", ANCHORS["f1@0.3"], "GGT 83.7 (own gold)"),
            ("content F1 @ overlap 0.8", "0.8", ANCHORS["f1@0.8"], "GGT 76.1 (own gold)"),
            ("content F1 exact", "exact", ANCHORS["f1_exact"], "citron 59.3 exact (PARC3)")]
    for label, cues, score in (("all", "all", all_score), ("speech", "speech", speech_score)):
        for title, key, anchor, anchor_name in rows:
            p, r, f = score.prf(key)
            print(f"{title:<28}{cues:<8}{p:7.1f}{r:7.1f}{f:7.1f}   {anchor_name:<32}{f / anchor:6.2f}")
        p, r, f = score.prf("0.3")
        print(f"{'content F1 @ overlap 0.3':<28}{cues:<8}{p:7.1f}{r:7.1f}{f:7.1f}   "
              f"{'citron 83.3 overlap (PARC3)':<32}{f / ANCHORS['f1_overlap_citron']:6.2f}")
        acc = score.source_acc()
        print(f"{'source accuracy (matched)':<28}{cues:<8}{'':>7}{'':>7}{acc:7.1f}   "
              f"{'GGT speaker 86.5%':<32}{acc / ANCHORS['speaker']:6.2f}   (n={score.src_total})")
        acc = score.named_acc()
        print(f"{'resolved name (named src)':<28}{cues:<8}{'':>7}{'':>7}{acc:7.1f}   "
              f"{'target 90%':<32}{acc / 90.0:6.2f}   (n={score.named_total})")
    print()
    ours = t_people + t_quotes
    print(f"{'timing':<28}{'seconds':>9}{'% of parse':>12}   target")
    print(f"{'spaCy parse (nlp.pipe)':<28}{t_parse:9.2f}{100.0:11.1f}%")
    print(f"{'find_people':<28}{t_people:9.2f}{100 * t_people / t_parse:11.1f}%")
    print(f"{'extract_quotes':<28}{t_quotes:9.2f}{100 * t_quotes / t_parse:11.1f}%   <= 15%")
    print(f"{'people + quotes':<28}{ours:9.2f}{100 * ours / t_parse:11.1f}%")
    print(f"({words / t_parse:.0f} words/s parse{'; parse time from the cache' if cached else ''})")
    if args.bootstrap:
        print_bootstrap(per_article, args.bootstrap, args.split)
    if errors is not None:
        args.errors.write_text(errors.render(), encoding="utf-8")
        print(f"errors written to {args.errors}")


if __name__ == "__main__":
    main()
