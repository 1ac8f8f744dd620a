"""Exact and near-duplicate detection (MinHash LSH) and its persistence."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.ingest.dedupe import NUM_PERM, Deduplicator, shingle_hashes
from storyweave.model import Article

DIR = Path(__file__).resolve().parent / "fixtures" / "ingest" / "dedupe"


def load(name: str, **kw: str) -> Article:
    text = (DIR / name).read_text(encoding="utf-8")
    return Article(id=kw.pop("id", name), text=text, **kw)


@pytest.fixture()
def original() -> Article:
    return load("wire_original.txt", id="wire-1", title="River defences hold as Carrow peaks", outlet="Agency")


def wire_copy(original: Article) -> Article:
    """A local paper's copy: new headline, a local line added, a word changed."""
    paragraphs = original.text.split("\n\n")
    paragraphs.insert(2, "Among those evacuated was the Netherby Bowls Club, whose clubhouse sits yards from the bank.")
    text = "\n\n".join(paragraphs).replace("on Thursday", "yesterday", 1)
    return Article(id="local-7", text=text, title="Our river walls held, says agency", outlet="Netherby News")


def test_exact_copy_is_found(original: Article) -> None:
    dedupe = Deduplicator()
    dedupe.add(original)
    same = Article(id="other", text=original.text.replace("\n\n", "\n  \n"))  # whitespace only differs
    assert dedupe.find(same) == "wire-1"


def test_wire_copy_with_new_headline_and_added_line_is_found(original: Article) -> None:
    dedupe = Deduplicator()
    dedupe.add(original)
    assert dedupe.find(wire_copy(original)) == "wire-1"


def test_unrelated_and_independent_reports_are_not_duplicates(original: Article) -> None:
    dedupe = Deduplicator()
    dedupe.add(original)
    assert dedupe.find(load("unrelated.txt")) is None
    # the same event written up independently shares facts and names, not 5-word runs
    assert dedupe.find(load("same_event_rewrite.txt")) is None


def test_article_is_not_a_copy_of_itself(original: Article) -> None:
    dedupe = Deduplicator()
    dedupe.add(original)
    assert dedupe.find(original) is None


def test_best_match_is_returned(original: Article) -> None:
    dedupe = Deduplicator()
    dedupe.add(load("unrelated.txt", id="u"))
    dedupe.add(original)
    copy = wire_copy(original)
    dedupe.add(copy)
    again = Article(id="third", text=copy.text + "\n\nUpdated at noon.")
    assert dedupe.find(again) == "local-7"  # closer to the copy than to the original


def test_signature_round_trip(original: Article) -> None:
    first = Deduplicator()
    signature = first.signature(original)
    assert isinstance(signature, bytes) and len(signature) > 4 * NUM_PERM
    restored = Deduplicator()  # e.g. a new process reading the store
    restored.add_signature(original.id, original.hash, signature)
    assert restored.find(wire_copy(original)) == "wire-1"
    assert restored.find(Article(id="x", text=original.text)) == "wire-1"  # exact, by hash
    assert restored.find(load("unrelated.txt")) is None
    # signatures are deterministic: the same text gives the same bytes in any instance
    assert Deduplicator().signature(original) == signature


def test_bad_signature_is_refused(original: Article) -> None:
    with pytest.raises(ValueError):
        Deduplicator().add_signature("x", original.hash, b"garbage")
    with pytest.raises(ValueError):
        Deduplicator(num_perm=64).add_signature("x", original.hash, Deduplicator().signature(original))


def test_shingles_short_and_empty_texts() -> None:
    assert len(shingle_hashes("")) == 0
    assert len(shingle_hashes("Two words")) == 1
    text = "one two three four five six seven"
    assert len(shingle_hashes(text)) == 3
    assert set(shingle_hashes(text.upper())) == set(shingle_hashes(text))  # case-insensitive


def test_empty_text_matches_nothing() -> None:
    dedupe = Deduplicator()
    dedupe.add(Article(id="a", text="..."))
    assert dedupe.find(Article(id="b", text="!!!")) is None



def test_trimmed_copy_with_own_intro_is_found(original: Article) -> None:
    # an outlet ran the agency text cut short, under a first line of its own
    paragraphs = original.text.split("\n\n")
    text = "\n\n".join(["From our news desk, with agency reports."] + paragraphs[:-3])
    dedupe = Deduplicator()
    dedupe.add(original)
    assert dedupe.find(Article(id="trimmed", text=text)) == "wire-1"


def test_longer_article_built_on_an_earlier_one_is_not_a_copy(original: Article) -> None:
    # the new article adds as much reporting of its own as it takes: it is news, not a copy
    extra = (DIR / "same_event_rewrite.txt").read_text(encoding="utf-8")
    dedupe = Deduplicator()
    dedupe.add(original)
    assert dedupe.find(Article(id="extended", text=original.text + "\n\n" + extra)) is None


def test_quoting_one_paragraph_is_not_a_copy(original: Article) -> None:
    quoted = original.text.split("\n\n")[3]
    own = (DIR / "unrelated.txt").read_text(encoding="utf-8")
    dedupe = Deduplicator()
    dedupe.add(original)
    assert dedupe.find(Article(id="quoting", text=own + "\n\n" + quoted)) is None
