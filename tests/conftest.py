"""Shared fixtures: the spaCy pipeline (loaded once) and the shared corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DEMO = ROOT / "demo"


def require_shared(sub: str = "", root: Path = SHARED_DATA) -> Path:
    """Path into ../shared/data (or another `root` in ../shared); fails under CI (CI=true),
    skips elsewhere, when missing."""
    path = root / sub
    if not path.exists():
        message = f"shared corpus not found at {path}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + " (CI must have ../shared)")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def nlp():
    from storyweave.analyze.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return require_shared("seeds")


@pytest.fixture(scope="session")
def people_kinds_of(nlp):
    """(name, kind) of every person and organisation `find_people` finds in a text."""
    from storyweave.analyze.people import find_people

    def run(text: str) -> list[tuple[str, str]]:
        return [(p.name, p.kind) for p in find_people(nlp(text))]

    return run


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """Quotes of a text (people found first, as the pipeline does); every offset is checked
    to index the text as given."""
    from quote_checks import assert_offsets
    from storyweave.analyze.people import find_people
    from storyweave.analyze.quotes import extract_quotes

    def run(text: str, beliefs: bool = False):
        doc = nlp(text)
        quotes = extract_quotes(doc, find_people(doc), beliefs=beliefs)
        assert_offsets(quotes, text)
        return quotes

    return run
