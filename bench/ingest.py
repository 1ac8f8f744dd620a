"""Ingestion: reading speed per format, language id, near-duplicate detection.

    python bench/ingest.py [--limit N] [--show-pairs]

Rows:
  read .txt / .jsonl / .html   read_inputs articles/s, beside a bare open().read() of the
                               same files (the anchor: no reader can beat it); .html pages
                               are the texts wrapped in a page template with navigation,
                               script and footer, and "words kept" is the share of the
                               text's words trafilatura gives back (anchor 1.0)
  language = en                share of the (all English) articles detected as "en"
  dedupe find+add              Deduplicator articles/s over the texts (anchor: 1,000/s,
                               the "thousands per second" target)
  near-dup recall              synthetic copies found (anchor 1.0): light = a line added
                               and a word changed; heavy = also a new first paragraph and
                               a paragraph cut (short texts change by a third: missed)
  flagged pairs (real)         distinct PolNeAR articles reported as copies of another:
                               agency copies run by several outlets are true hits, anything
                               else a false positive; --show-pairs lists them to check
Rates are per CPU second of this process (time.process_time; everything here runs in
one process), so other jobs on the machine do not skew them much.
Reads ../shared/data (never copied into the repo).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from storyweave.ingest.dedupe import Deduplicator  # noqa: E402
from storyweave.ingest.read import read_inputs  # noqa: E402
from storyweave.model import Article  # noqa: E402

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | The Bench Times</title>
<meta property="og:site_name" content="The Bench Times"><script>var ads = {{slot: "top"}};</script></head>
<body><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Ten things you missed</a></li><li><a href="/b">Weather</a></li></ul></aside>
<footer>Copyright The Bench Times. Terms | Privacy | Contact</footer></body></html>"""


def polnear_paths(limit: int) -> list[Path]:
    base = SHARED / "polnear"
    if not base.exists():
        sys.exit(f"shared corpus not found at {base}")
    paths = sorted((base / "train" / "text").glob("*.txt")) + sorted((base / "dev" / "text").glob("*.txt"))
    return list(islice(paths, limit))


def titles() -> dict[str, str]:
    out = {}
    with open(SHARED / "polnear" / "metadata.tsv", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            out[row["filename"]] = row.get("title") or row["filename"]
    return out


def timed(fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    # CPU seconds of this (single) process: other jobs on a shared machine do not skew them
    start = time.process_time()
    value = fn()
    return time.process_time() - start, value


def bare_read(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        with open(p, encoding="utf-8", newline="") as f:
            total += len(f.read())
    return total


def words(text: str) -> list[str]:
    return [w.strip(".,;:!?\"'()[]").lower() for w in text.split() if w.strip(".,;:!?\"'()[]")]


def light_copy(text: str, rng: random.Random) -> str:
    """The copy the brief names: same body, one line added, a word changed (headline aside)."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    paragraphs.insert(rng.randrange(0, len(paragraphs) + 1), "A spokesperson declined to comment further on Friday.")
    return "\n\n".join(paragraphs).replace(" said ", " says ", 1)


def wire_copy(text: str, rng: random.Random) -> str:
    """A heavier edit: new first paragraph, a paragraph cut, a line added, a word changed."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) > 4:
        del paragraphs[rng.randrange(1, len(paragraphs))]  # trimmed for space
    paragraphs.insert(0, "Our reporter adds: the story below was supplied by an agency.")
    paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), "A spokesperson declined to comment further on Friday.")
    out = "\n\n".join(paragraphs)
    return out.replace(" said ", " says ", 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=600, help="PolNeAR articles to use (default 600)")
    ap.add_argument("--show-pairs", action="store_true", help="list the real pairs flagged as duplicates")
    args = ap.parse_args()
    paths = polnear_paths(args.limit)
    n = len(paths)
    names = titles()
    rows: list[tuple[str, str, str, str, str]] = []

    def row(figure: str, value: float, unit: str, anchor: float, anchor_name: str) -> None:
        rows.append((figure, (f"{value:,.0f} {unit}" if unit else f"{value:.3f}"), f"PolNeAR x{n}", f"{anchor:,.3g} ({anchor_name})", f"{value / anchor:.3f}"))

    bare_read(paths)  # warm the page cache
    t_bare, _ = timed(lambda: bare_read(paths))
    bare_rate = n / t_bare
    list(read_inputs([str(paths[0])]))  # imports and model loads are not timed
    t_txt, results = timed(lambda: list(read_inputs([str(p) for p in paths])))
    found = [r for r in results if isinstance(r, Article)]
    row("read .txt", n / t_txt, "art/s", bare_rate, "bare open().read()")
    row("language = en", sum(a.language == "en" for a in found) / max(len(found), 1), "", 1.0, "all English")

    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "all.jsonl"
        with open(jsonl, "w", encoding="utf-8") as f:
            for a in found:
                f.write(json.dumps({"id": a.id, "text": a.text}) + "\n")
        t_jsonl, out = timed(lambda: [r for r in read_inputs([str(jsonl)]) if isinstance(r, Article)])
        row("read .jsonl", len(out) / t_jsonl, "art/s", bare_rate, "bare open().read()")

        page_dir = Path(tmp) / "pages"
        page_dir.mkdir()
        for p, a in zip(paths, found):
            paragraphs = "".join(f"<p>{html.escape(x.strip())}</p>\n" for x in a.text.split("\n") if x.strip())
            title = html.escape(names.get(p.stem, p.stem))
            (page_dir / f"{p.stem}.html").write_text(PAGE.format(title=title, paragraphs=paragraphs), encoding="utf-8")
        t_html, pages = timed(lambda: [r for r in read_inputs([str(page_dir)]) if isinstance(r, Article)])
        row("read .html (trafilatura)", len(pages) / t_html, "art/s", bare_rate, "bare open().read()")
        by_name = {Path(a.source).stem: a for a in pages}
        kept = []
        for p, a in zip(paths, found):
            page = by_name.get(p.stem)
            want = words(a.text)
            got = set(words(page.text)) if page else set()
            kept.append(sum(w in got for w in want) / max(len(want), 1))
        row("html words kept", sum(kept) / len(kept), "", 1.0, "all text words")
        row("html pages read", len(pages) / len(found), "", 1.0, "every page")

    dedupe = Deduplicator()
    t_dd, flagged = timed(lambda: [(a.id, dedupe.find(a), dedupe.add(a))[:2] for a in found])
    row("dedupe find+add", n / t_dd, "art/s", 1000.0, "target")
    pairs = [(a, b) for a, b in flagged if b is not None]
    rows.append(("flagged pairs (real)", str(len(pairs)), f"PolNeAR x{n}", "check with --show-pairs", "-"))

    for name, edit in (("light", light_copy), ("heavy", wire_copy)):
        rng = random.Random(7)
        copies = [Article(id=f"copy-{a.id}", text=edit(a.text, rng)) for a in found]
        hits = sum(dedupe.find(c) == c.id[len("copy-"):] for c in copies)
        row(f"near-dup recall ({name} edits)", hits / len(copies), "", 1.0, "all found")

    widths = [max(len(r[i]) for r in rows + [("figure", "value", "data set", "anchor", "ratio")]) for i in range(5)]
    header = ("figure", "value", "data set", "anchor", "ratio")
    for r in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    if args.show_pairs:
        for a, b in pairs:
            print(f"{a}  copies  {b}")


if __name__ == "__main__":
    main()
