"""ROUGE of storyweave briefs on the TAC 2011 MultiLing pilot (English, 10 topics x 10 articles).

    python bench/brief_rouge.py [--limit N] [--words 100 250] [--no-cache]

Each topic's 10 WikiNews articles are analysed once (spaCy; cached in a temp dir keyed
by text hash, never in the repo), then `summarize` writes a brief of at most N words.
ROUGE-1/2/L (rouge-score, Porter stemming on) against the 3 human summaries of about
250 words: recall and F1 per reference, AVERAGED over the 3 references, then over topics.
Printed beside the DUC 2004 anchors (100-word references, so the anchors are only a
guide: our references are 250 words long, which lowers recall at 100 words), with a Lead
baseline (first whole sentences of the most recent article) and the time per brief.
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
    rows = []
    for words in args.words:
        # refs "full": the ~250-word human summaries; refs "cut": their first `words` words,
        # closer to DUC 2004's 100-word references (only for budgets below 250)
        variants = ["full"] + (["cut"] if words < 250 else [])
        sys_scores: dict[str, list] = {v: [] for v in variants}
        lead_scores: dict[str, list] = {v: [] for v in variants}
        times, lengths = [], []
        for t, items in zip(topics, stories):
            t1 = time.perf_counter()
            brief: list[BriefSentence] = summarize(items, words=words)
            times.append(time.perf_counter() - t1)
            text = "\n".join(s.text for s in brief)
            lengths.append(len(text.split()))
            lead_text = "\n".join(lead(items, words))
            for v in variants:
                refs = references(t)
                if v == "cut":
                    refs = [" ".join(r.split()[:words]) for r in refs]
                sys_scores[v].append(score(scorer, text, refs))
                lead_scores[v].append(score(scorer, lead_text, refs))
        for v in variants:
            for name, sc in (("storyweave", sys_scores[v]), ("Lead", lead_scores[v])):
                avg = {m: (mean(s[m][0] for s in sc), mean(s[m][1] for s in sc)) for m in sc[0]}
                rows.append((words, v, name, avg, mean(times) if name == "storyweave" else None, max(times)))

    print(f"MultiLing 2011 English, {len(topics)} topics x 10 articles; ROUGE x100 (rouge-score, Porter stemming),")
    print("per reference, AVERAGED over the 3 human summaries, then over topics.")
    print("refs: full = the ~250-word summaries; cut = their first N words (closer to DUC's 100-word refs).")
    print(f"analysis (spaCy + storyweave analysers, cached after the first run): {t_analyse:.1f} s\n")
    print(f"{'words':>5} {'refs':<5} {'system':<11} {'R1 rec':>7} {'R1 F1':>7} {'R2 rec':>7} {'R2 F1':>7} {'RL rec':>7} {'RL F1':>7}  {'ms/brief':>8} {'max ms':>7}")
    for words, v, name, avg, t, tmax in rows:
        ms = f"{1000 * t:8.1f} {1000 * tmax:7.1f}" if t is not None else f"{'':>16}"
        print(
            f"{words:>5} {v:<5} {name:<11} {avg['rouge1'][0]:7.2f} {avg['rouge1'][1]:7.2f} {avg['rouge2'][0]:7.2f} "
            f"{avg['rouge2'][1]:7.2f} {avg['rougeL'][0]:7.2f} {avg['rougeL'][1]:7.2f}  {ms}"
        )
    for v in ("full", "cut"):
        at100 = next((avg for words, rv, name, avg, _, _ in rows if words == 100 and rv == v and name == "storyweave"), None)
        if not at100:
            continue
        print(f"\nstoryweave at 100 words, refs {v}, vs DUC 2004 anchors (ROUGE recall, 100-word refs there):")
        print(f"{'figure':<8} {'anchor':<20} {'value':>7} {'anchor':>7} {'ratio':>6}")
        for anchor, val in ANCHORS_R2.items():
            print(f"{'R-2 rec':<8} {anchor:<20} {at100['rouge2'][0]:7.2f} {val:7.2f} {at100['rouge2'][0] / val:6.2f}")
        print(f"{'R-1 rec':<8} {'DUC systems ~36-40':<20} {at100['rouge1'][0]:7.2f} {38.0:7.2f} {at100['rouge1'][0] / 38.0:6.2f}")
        for m, val in TARGET.items():
            name = "R-1 rec" if m == "rouge1" else "R-2 rec"
            print(f"{name:<8} {'target':<20} {at100[m][0]:7.2f} {val:7.2f} {at100[m][0] / val:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
