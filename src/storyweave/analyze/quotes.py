"""Quotation extraction and speaker attribution. (Being written: see issue 3.)"""

from __future__ import annotations

from spacy.tokens import Doc

from storyweave.model import Person, Quote


def extract_quotes(doc: Doc, people: list[Person]) -> list[Quote]:
    raise NotImplementedError
