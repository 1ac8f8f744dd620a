"""People probes: which names short fictional passages list as persons and bodies (round 27).

The cases live in tests/people_probe_cases.py; batch 1 was written all at once before any rule
was changed for it (first run: see the README). Prints checks passed per batch and the misses.

    python bench/people_probes.py [--quiet]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from people_probe_cases import CASES, check  # noqa: E402
from probe_run import probe_args  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    from storyweave.analyze.nlp import load_nlp
    from storyweave.analyze.people import find_people

    args = probe_args(__doc__.splitlines()[0], argv)
    cases = CASES[: args.limit] if args.limit else CASES
    nlp = load_nlp()
    scores: dict[int, list[int]] = {}
    misses: list[str] = []
    for case in cases:
        people = find_people(nlp(case.text))
        row = scores.setdefault(case.batch, [0, 0, 0, 0])
        ok_all = True
        for what, name in case.checks:
            ok = check(people, what, name)
            row[0] += ok
            row[1] += 1
            ok_all &= ok
            if not ok:
                misses.append(f"{case.id}: {what} {name!r}; got {[(p.name, p.kind) for p in people]}")
        row[2] += ok_all
        row[3] += 1
    for batch, (ok, n, cok, cn) in sorted(scores.items()):
        print(f"batch {batch}: checks {ok}/{n}, cases fully right {cok}/{cn}")
    if not args.quiet and misses:
        print("\nmisses:")
        for line in misses:
            print(line)


if __name__ == "__main__":
    main()
