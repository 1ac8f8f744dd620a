"""ROUGE of storyweave briefs on the TAC 2011 MultiLing pilot (English, 10 topics x 10 articles).

    python bench/brief_rouge.py [--limit N] [--words 100 250] [--no-cache]

Each topic's 10 WikiNews articles are analysed once (spaCy; cached in a temp dir keyed
by text hash, never in the repo), then `summarize` writes a brief of at most N words.
ROUGE-1/2/L (rouge-score, Porter stemming on) against the 3 human summaries of about
250 words: recall and F1 per reference, AVERAGED over the 3 references, then over topics.
At budgets under 250 words the references are also scored cut to their first N words
("cut"): DUC 2004's references are 100 words long, so the 100-word "cut" rows are the ones
to compare with the DUC 2004 anchors; the "full" rows (250-word references) are not.
Rows per topic split: tune (topics 0-4, used to choose the settings), held-out (5-9), all.
With a Lead baseline (first whole sentences of the most recent article) and the time per brief.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "multiling2011"
CACHE = Path(tempfile.gettempdir()) / "storyweave-bench-cache" / "analyses"
sys.path.insert(0, str(ROOT / "src"))

from storyweave.model import ANALYSIS_VERSION, Analysis, AnalyzedArticle, Article, BriefSentence  # noqa: E402

# DUC 2004 task 2, 100 words, ROUGE recall x100 (see ../shared/ANCHORS.md)
ANCHORS_R2 = {"LexRank": 7.51, "Centroid": 7.98, "DPP": 9.62, "ICSISumm": 9.81}
TARGET = {"rouge1": 40.0, "rouge2": 10.0}


def read_topic(topic: int) -> list[Article]:
    articles = []
    for path in sorted((DATA / "source").glob(f"M00{topic}?.english")):
        raw = path.read_text(encoding="utf-8")
        first, _, body = raw.partition("\n")
        m = re.match(r"(\d{4})/(\d{2})/(\d{2})\s+(.*)", first.strip())
        published, title = (f"{m[1]}-{m[2]}-{m[3]}", m[4]) if m else (dateline(body), first.strip())
        articles.append(Article(id=path.name, text=body, title=title, published=published, outlet="WikiNews"))
    return articles


def dateline(body: str) -> str | None:
    """The WikiNews dateline ("Monday, June 1, 2009") among the first lines, as ISO date."""
    for line in body.strip().splitlines()[:3]:
        try:
            return datetime.strptime(line.strip(), "%A, %B %d, %Y").date().isoformat()
        except ValueError:
            continue
    return None


def analyse(articles: list[Article], use_cache: bool = True) -> list[AnalyzedArticle]:
    from storyweave.analyze.nlp import load_nlp
    from storyweave.analyze.pipeline import analyze_doc

    CACHE.mkdir(parents=True, exist_ok=True)
    # the cache key covers the analyser code too: a change there re-analyses
    code = hashlib.sha1(str(ANALYSIS_VERSION).encode())
    for src in sorted((ROOT / "src" / "storyweave" / "analyze").rglob("*")):
        if src.is_file() and src.suffix in (".py", ".txt", ".json", ".tsv"):
            code.update(src.read_bytes())
    code = code.hexdigest()
    out: list[AnalyzedArticle | None] = [None] * len(articles)
    todo = []
    for i, a in enumerate(articles):
        key = hashlib.sha1(f"{code}\0{a.published}\0{a.text}".encode()).hexdigest()
        path = CACHE / f"{key}.json"
        if use_cache and path.exists():
            out[i] = AnalyzedArticle(a, Analysis.from_dict(json.loads(path.read_text())))
        else:
            todo.append((i, a, path))
    if todo:
        nlp = load_nlp()
        for (i, a, path), doc in zip(todo, nlp.pipe([a.text for _, a, _ in todo])):
            analysis = analyze_doc(doc, a, nlp)
            path.write_text(json.dumps(analysis.to_dict()))
            out[i] = AnalyzedArticle(a, analysis)
    return [x for x in out if x is not None]


def lead(items: list[AnalyzedArticle], words: int) -> list[str]:
    from storyweave.brief.units import is_junk, story_units

    latest = max(range(len(items)), key=lambda d: (items[d].article.published or "", d))
    out, used = [], 0
    for u in story_units(items)[latest]:
        if is_junk(u.text):
            continue
        if used + u.words > words:
            break
        out.append(u.text)
        used += u.words
    return out


def references(topic: int) -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted((DATA / "models").glob(f"M00{topic}.?.250"))]


def score(scorer, summary: str, refs: list[str]) -> dict[str, tuple[float, float]]:
    """metric -> (recall, F1), x100, averaged over the references."""
    per = [scorer.score(ref, summary) for ref in refs]
    return {m: (100 * mean(p[m].recall for p in per), 100 * mean(p[m].fmeasure for p in per)) for m in per[0]}


SPLITS = {"tune": range(0, 5), "held-out": range(5, 10)}  # topics 0-4 tuned the settings


def _mean_scores(scores: list[dict]) -> dict[str, tuple[float, float]]:
    return {m: (mean(s[m][0] for s in scores), mean(s[m][1] for s in scores)) for m in scores[0]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=10, help="number of topics (default all 10)")
    ap.add_argument("--words", type=int, nargs="+", default=[100, 250])
    ap.add_argument("--no-cache", action="store_true")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"MultiLing 2011 not found at {DATA}", file=sys.stderr)
        return 2
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("needs rouge-score: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    from storyweave.brief.summarize import summarize

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    topics = list(range(min(args.limit, 10)))
    t0 = time.perf_counter()
    stories = [analyse(read_topic(t), not args.no_cache) for t in topics]
    t_analyse = time.perf_counter() - t0
    rows = []  # (words, refs, split, system, scores, mean s, max s, mean words)
    for words in args.words:
        # refs "full": the ~250-word human summaries; refs "cut": their first `words` words,
        # as long as DUC 2004's 100-word references (only for budgets below 250)
        variants = ["cut", "full"] if words < 250 else ["full"]
        per: dict[tuple[str, str], dict[int, dict]] = {(v, n): {} for v in variants for n in ("storyweave", "Lead")}
        times: dict[int, float] = {}
        lengths: dict[int, int] = {}
        for t, items in zip(topics, stories):
            t1 = time.perf_counter()
            brief: list[BriefSentence] = summarize(items, words=words)
            times[t] = time.perf_counter() - t1
            text = "\n".join(s.text for s in brief)
            lengths[t] = len(text.split())
            lead_text = "\n".join(lead(items, words))
            for v in variants:
                refs = references(t)
                if v == "cut":
                    refs = [" ".join(r.split()[:words]) for r in refs]
                per[(v, "storyweave")][t] = score(scorer, text, refs)
                per[(v, "Lead")][t] = score(scorer, lead_text, refs)
        splits = {"all": topics, **{k: [t for t in topics if t in r] for k, r in SPLITS.items()}}
        for v in variants:
            for split, ts in splits.items():
                if not ts:
                    continue
                for name in ("storyweave", "Lead"):
                    sc = _mean_scores([per[(v, name)][t] for t in ts])
                    timing = (mean(times[t] for t in ts), max(times[t] for t in ts), mean(lengths[t] for t in ts))
                    rows.append((words, v, split, name, sc, *(timing if name == "storyweave" else (None, None, None))))

    print(f"MultiLing 2011 English, {len(topics)} topics x 10 articles; ROUGE x100 (rouge-score, Porter stemming),")
    print("per reference, AVERAGED over the 3 human summaries, then over topics.")
    print("refs: cut  = each human summary's first N words: 100-word references like DUC 2004's, so the")
    print("             100-word 'cut' rows are the ones COMPARABLE to the DUC 2004 anchors below;")
    print("      full = the whole ~250-word summaries (a 100-word brief can recall at most ~40% of them).")
    print("split: tune = topics 0-4 (used to choose the settings), held-out = topics 5-9, all = both.")
    print(f"analysis (spaCy + storyweave analysers, cached after the first run): {t_analyse:.1f} s\n")
    head = f"{'words':>5} {'refs':<5} {'split':<8} {'system':<11} {'R1 rec':>7} {'R1 F1':>7} {'R2 rec':>7} {'R2 F1':>7} {'RL rec':>7} {'RL F1':>7}"
    print(head + f"  {'ms/brief':>8} {'max ms':>7} {'words':>5}")
    for words, v, split, name, avg, t, tmax, n in rows:
        extra = f"  {1000 * t:8.1f} {1000 * tmax:7.1f} {n:5.1f}" if t is not None else ""
        print(
            f"{words:>5} {v:<5} {split:<8} {name:<11} {avg['rouge1'][0]:7.2f} {avg['rouge1'][1]:7.2f} "
            f"{avg['rouge2'][0]:7.2f} {avg['rouge2'][1]:7.2f} {avg['rougeL'][0]:7.2f} {avg['rougeL'][1]:7.2f}{extra}"
        )

    def at(words: int, v: str, split: str) -> dict | None:
        return next((r[4] for r in rows if r[:4] == (words, v, split, "storyweave")), None)

    for v, note in (("cut", "COMPARABLE: 100-word refs as in DUC 2004"), ("full", "NOT comparable: 250-word refs")):
        for split in ("all", "held-out"):
            a = at(100, v, split)
            if not a:
                continue
            print(f"\nstoryweave at 100 words, refs {v} ({note}), topics {split}, vs DUC 2004 anchors (ROUGE recall):")
            print(f"{'figure':<8} {'anchor':<20} {'value':>7} {'anchor':>7} {'ratio':>6}")
            for anchor, val in ANCHORS_R2.items():
                print(f"{'R-2 rec':<8} {anchor:<20} {a['rouge2'][0]:7.2f} {val:7.2f} {a['rouge2'][0] / val:6.2f}")
            print(f"{'R-1 rec':<8} {'DUC systems ~36-40':<20} {a['rouge1'][0]:7.2f} {38.0:7.2f} {a['rouge1'][0] / 38.0:6.2f}")
            for m, val in TARGET.items():
                name = "R-1 rec" if m == "rouge1" else "R-2 rec"
                print(f"{name:<8} {'target':<20} {a[m][0]:7.2f} {val:7.2f} {a[m][0] / val:6.2f}")
    slow = [r for r in rows if r[0] == 100 and r[3] == "storyweave" and r[2] == "all" and r[6] is not None]
    if slow:
        tmax = max(r[6] for r in slow)
        print(f"\n{'figure':<26} {'anchor':<22} {'value':>7} {'anchor':>7} {'ratio':>6}")
        print(f"{'max s per 100-word brief':<26} {'target < 1 s':<22} {tmax:7.3f} {1.0:7.3f} {tmax / 1.0:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
