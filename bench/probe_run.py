"""What the probe benches share: their options and the extractor's quotes for each case."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

Case = TypeVar("Case")


def probe_args(description: str, argv: list[str] | None) -> argparse.Namespace:
    """`--limit N` (first N cases only) and `--quiet` (no list of misses)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--limit", type=int, default=0, help="first N cases only")
    ap.add_argument("--quiet", action="store_true", help="no list of misses")
    return ap.parse_args(argv)


def quotes_per_case(cases: Sequence[Case]) -> Iterator[tuple[Case, list[Any]]]:
    """(case, the quotes `extract_quotes` gives for its text), one spaCy parse per case."""
    from storyweave.analyze.nlp import load_nlp
    from storyweave.analyze.people import find_people
    from storyweave.analyze.quotes import extract_quotes

    nlp = load_nlp()
    for case in cases:
        doc = nlp(case.text)  # type: ignore[attr-defined]
        yield case, extract_quotes(doc, find_people(doc))
