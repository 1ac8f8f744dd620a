"""Time expressions normalised to TIMEX3. (Being written: see issue 4.)"""

from __future__ import annotations

from spacy.tokens import Doc

from storyweave.model import Timex


def find_timexes(doc: Doc, published: str | None) -> list[Timex]:
    raise NotImplementedError
