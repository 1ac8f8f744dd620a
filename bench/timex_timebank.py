"""Time expressions on TimeBank 1.2 (TempEval-3 cleaned), scored TempEval-3 style.

    python bench/timex_timebank.py [--split train|dev|all] [--limit N] [--errors K] [--no-cache]

Reads ../shared/data/timebank/*.tml, strips the TimeML tags (keeping character
offsets), runs spaCy + `find_timexes` with the document creation time (TIMEX3 t0)
as the publication date, and prints span P/R/F1 (strict and relaxed), type and
value accuracy on matched spans, and value F1 (a relaxed match with the right
value), against HeidelTime and SUTime at TempEval-3.

The spaCy parses are cached as DocBin files under $TMPDIR/storyweave-bench-cache (keyed
by the texts and the pipeline's name and version; `--no-cache` parses afresh).

The folder ships no train/dev lists, so the split is fixed here: files sorted by
name, every fifth one (index % 5 == 4) is dev, the rest train. Tune on train.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from storyweave.analyze.nlp import load_nlp, pipeline_tag  # noqa: E402
from storyweave.analyze.timex import find_timexes  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "timebank"
CACHE = Path(os.environ.get("STORYWEAVE_BENCH_CACHE", Path(tempfile.gettempdir()) / "storyweave-bench-cache"))

# TempEval-3 task A, English (UzZaman et al. 2013, results table): HeidelTime-t (best value F1)
# and SUTime. TempEval-3 scores type as an F1, not an accuracy: no anchor for our type accuracy.
ANCHORS = {
    "HeidelTime": {"strict F1": 0.8134, "relaxed F1": 0.9030, "value F1": 0.7761},
    "SUTime": {"strict F1": 0.7957, "relaxed F1": 0.9032, "value F1": 0.6738},
}

TAG = re.compile(r"<[^>]+>")
TIMEX_OPEN = re.compile(r'<TIMEX3\b([^>]*)>')
ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


def read_tml(path: Path) -> tuple[str, str | None, list[Gold]]:
    """Plain text of <TEXT>, the creation date (t0) and the gold TIMEX3 spans in it."""
    raw = path.read_text(encoding="utf-8")
    dct = None
    for m in TIMEX_OPEN.finditer(raw):
        attrs = dict(ATTR.findall(m.group(1)))
        if attrs.get("tid") == "t0" or attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value")
            break
    body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
    out: list[str] = []
    pos = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    last = 0
    for m in TAG.finditer(body):
        chunk = html.unescape(body[last : m.start()])
        out.append(chunk)
        pos += len(chunk)
        tag = m.group(0)
        if tag.startswith("<TIMEX3"):
            open_timex = (pos, dict(ATTR.findall(tag)))
        elif tag.startswith("</TIMEX3") and open_timex is not None:
            start, attrs = open_timex
            if attrs.get("tid") != "t0":
                text_so_far = "".join(out)
                gold.append(Gold(start, pos, text_so_far[start:pos], attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
        last = m.end()
    out.append(html.unescape(body[last:]))
    return "".join(out), dct, gold


def split_files(split: str) -> list[Path]:
    files = sorted(DATA.glob("*.tml"))
    if split == "all":
        return files
    dev = [f for i, f in enumerate(files) if i % 5 == 4]
    return dev if split == "dev" else [f for f in files if f not in dev]


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Counts) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


def score(gold: list[Gold], pred: list, errors: list | None = None, name: str = "") -> Counts:
    c = Counts(gold=len(gold), pred=len(pred))
    used: set[int] = set()
    for g in gold:
        best = None
        for i, p in enumerate(pred):
            if i in used or p.end <= g.start or p.start >= g.end:
                continue
            if p.start == g.start and p.end == g.end:
                best = i
                break
            if best is None:
                best = i
        if best is None:
            if errors is not None:
                errors.append(("miss", name, g.text, g.value, ""))
            continue
        used.add(best)
        p = pred[best]
        c.relaxed += 1
        c.strict += p.start == g.start and p.end == g.end
        c.type_ok += p.type == g.type
        c.value_ok += p.value == g.value
        if errors is not None and p.value != g.value:
            errors.append(("value", name, f"{g.text} | {p.text}", g.value, p.value))
    if errors is not None:
        for i, p in enumerate(pred):
            if i not in used:
                errors.append(("spurious", name, p.text, "", p.value))
    return c


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(c: Counts, label: str) -> None:
    def prf(k: int) -> tuple[float, float, float]:
        p = k / c.pred if c.pred else 0.0
        r = k / c.gold if c.gold else 0.0
        return p, r, f1(p, r)

    sp, sr, sf = prf(c.strict)
    rp, rr, rf = prf(c.relaxed)
    vp, vr, vf = prf(c.value_ok)
    type_acc = c.type_ok / c.relaxed if c.relaxed else 0.0
    value_acc = c.value_ok / c.relaxed if c.relaxed else 0.0
    print(f"\n## {label}: {c.gold} gold timexes, {c.pred} predicted")
    print(f"{'figure':<22}{'ours':>8}{'HeidelTime':>12}{'ratio':>8}{'SUTime':>9}{'ratio':>8}")
    rows = [
        ("span P strict", sp, None), ("span R strict", sr, None), ("span F1 strict", sf, "strict F1"),
        ("span P relaxed", rp, None), ("span R relaxed", rr, None), ("span F1 relaxed", rf, "relaxed F1"),
        ("type accuracy", type_acc, None), ("value accuracy", value_acc, None),
        ("value P", vp, None), ("value R", vr, None), ("value F1", vf, "value F1"),
    ]
    for name, ours, key in rows:
        line = f"{name:<22}{ours:>8.4f}"
        for anchor, width in (("HeidelTime", 12), ("SUTime", 9)):
            ref = ANCHORS[anchor].get(key) if key else None
            line += f"{ref:>{width}.4f}{ours / ref:>8.3f}" if ref else " " * (width + 8)
        print(line.rstrip())


def parsed(nlp, texts: list[str], no_cache: bool = False) -> tuple[list, bool]:
    """spaCy docs of `texts`, cached as a DocBin keyed by the texts and the pipeline
    (the parse is the slow part; the timex rules run on it afresh every time)."""
    from spacy.tokens import DocBin

    key = hashlib.sha1("\x00".join([pipeline_tag(nlp), *texts]).encode())
    path = CACHE / f"timebank-{key.hexdigest()[:16]}.spacy"
    if path.exists() and not no_cache:
        return list(DocBin().from_disk(path).get_docs(nlp.vocab)), True
    docs = list(nlp.pipe(texts, batch_size=16))
    if not no_cache:
        CACHE.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=True, docs=docs).to_disk(path)
    return docs, False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev", "all"], default=None,
                    help="one split (default: dev, then all)")
    ap.add_argument("--limit", type=int, default=None, help="at most N documents per split")
    ap.add_argument("--errors", type=int, default=0, help="print K errors of each kind (for tuning on train)")
    ap.add_argument("--no-cache", action="store_true", help="parse again instead of reading cached spaCy docs")
    args = ap.parse_args()
    if not DATA.exists():
        print(f"TimeBank not found at {DATA}", file=sys.stderr)
        return 2
    nlp = load_nlp()
    splits = [args.split] if args.split else ["dev", "all"]
    print("# Time expressions on TimeBank 1.2 (TempEval-3), data set:", DATA)
    print("anchors: TempEval-3 task A English, HeidelTime (value F1 77.61) and SUTime (67.38);")
    print("they were measured on the TempEval-3 platinum test set (newswire), not on TimeBank:")
    print("the ratios compare like with like in kind of text and scoring, not in documents.")
    print(f"split: no train/dev lists ship with the data; dev = every 5th file by name ({len(split_files('dev'))} docs)")
    for split in splits:
        files = split_files(split)[: args.limit]
        docs = [read_tml(f) for f in files]
        total = Counts()
        errors: list | None = [] if args.errors else None
        t0 = time.perf_counter()
        words = 0
        parses, cached = parsed(nlp, [d[0] for d in docs], args.no_cache)
        for (text, dct, gold), doc, f in zip(docs, parses, files):
            pred = find_timexes(doc, dct)
            words += len(doc)
            total.add(score(gold, pred, errors, f.name))
        secs = time.perf_counter() - t0
        how = "parses read from the cache" if cached else "with parsing"
        report(total, f"{split} ({len(files)} docs, {words} tokens, {secs:.1f}s {how})")
        if errors:
            for kind in ("miss", "spurious", "value"):
                rows = [e for e in errors if e[0] == kind]
                print(f"\n### {kind}: {len(rows)}")
                for e in rows[: args.errors]:
                    print("  ", e[1], repr(e[2]), "gold:", e[3], "ours:", e[4])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
