"""Figure-claim probes (round 13): sums, ranges, changes, percentages and percentage points,
hedged figures, counts of people, ages, votes, years, days beside sums, and passages with no
figure, on short fictional passages (tests/claim_probe_cases.py, also run by
tests/test_claim_probes.py). A case is right when the figure claims the analysis gives --
(slot, value, upper, unit, qualifier) -- are exactly those expected, nothing more.

Batch 1 was written before the fixes of round 13: its first run (33/42 right) is the held-out
figure. Batch 2 (the same forms in other words, and false friends) was written after the
fixes batch 1 led to and before any fix of its own: first run 19/22. Those first runs are the
reference anchors of the table (ratio = right now / right at the first run).

    python bench/claim_probes.py            # all cases, misses listed
    python bench/claim_probes.py --limit 10 --quiet
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from claim_probe_cases import CASES, figure_keys  # noqa: E402
from probe_run import probe_args  # noqa: E402

ANCHOR = {"batch 1": 33, "batch 2": 19, "all": 52}  # first runs, each before its fixes (held out)


def claims_per_case(cases):
    """(case, the claims of the whole analysis of its text), one spaCy parse per case."""
    from storyweave.analyze.nlp import load_nlp
    from storyweave.analyze.pipeline import analyze_doc
    from storyweave.model import Article

    nlp = load_nlp()
    for case in cases:
        art = Article(id="probe", text=case.text, outlet="Probe", published="2031-03-23")
        yield case, analyze_doc(nlp(case.text), art, nlp).claims


def main(argv: list[str] | None = None) -> None:
    args = probe_args(__doc__.splitlines()[0], argv)
    cases = CASES[: args.limit] if args.limit else CASES
    rows: dict[str, list[int]] = {}
    misses: list[str] = []
    for case, claims in claims_per_case(cases):
        got, want = figure_keys(claims), sorted(case.figures, key=repr)
        right = got == want
        for key in (f"batch {case.batch}", f"batch {case.batch}: {case.form}", "all"):
            row = rows.setdefault(key, [0, 0])
            row[0] += right
            row[1] += 1
        if not right:
            misses.append(f"[{case.form}] {case.text}\n    want {want}\n    got  {got}")
    print(f"{'batch':<28} {'right':>5} {'total':>5} {'percent':>8} {'anchor':>6} {'ratio':>6}")
    for key, (right, total) in sorted(rows.items(), key=lambda kv: kv[0] == "all"):
        anchor = ANCHOR.get(key)
        ratio = f"{right / anchor:.2f}" if anchor else ""
        print(f"{key:<28} {right:>5} {total:>5} {100 * right / total:>7.1f}% {anchor or '':>6} {ratio:>6}")
    if not args.quiet and misses:
        print("\nmisses:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
