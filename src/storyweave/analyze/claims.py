"""Checkable claims per sentence. (Being written: see issue 4.)"""

from __future__ import annotations

from spacy.tokens import Doc

from storyweave.model import Claim, Person, Quote, Timex


def extract_claims(
    doc: Doc, *, people: list[Person], quotes: list[Quote], timexes: list[Timex], published: str | None
) -> list[Claim]:
    raise NotImplementedError
