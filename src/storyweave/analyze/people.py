"""People and organisations with roles, ages and aliases. (Being written: see issue 2.)"""

from __future__ import annotations

from spacy.tokens import Doc

from storyweave.model import Person


def find_people(doc: Doc) -> list[Person]:
    raise NotImplementedError
