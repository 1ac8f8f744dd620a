"""Checks shared by the quote tests."""

from __future__ import annotations

from storyweave.analyze.statements import group_statements
from storyweave.model import Quote


def assert_offsets(quotes: list[Quote], text: str) -> None:
    """Every span of every quote indexes the text as given."""
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        if q.cue is not None:
            assert text[q.cue_start:q.cue_end] == q.cue
        if q.speaker is not None and q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker


def by_cue(quotes: list[Quote], cue: str) -> Quote:
    """The one quote whose cue starts with `cue`."""
    hits = [q for q in quotes if q.cue is not None and q.cue.lower().startswith(cue)]
    assert len(hits) == 1, [(q.cue, q.text) for q in quotes]
    return hits[0]


def statements(quotes: list[Quote]) -> list[list[tuple[str, str]]]:
    """(kind, text) of each part, grouped by statement (the parts of a quote split by its cue)."""
    return [[(q.kind, q.text) for q in g] for g in group_statements(quotes)]


def rows(quotes: list[Quote]) -> list[tuple[str, str, str | None, str | None]]:
    """(text, kind, cue, speaker mention) of each quote: what a detection test compares."""
    return [(q.text, q.kind, q.cue, q.speaker) for q in quotes]


def speakers_of(quotes_of, text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker mention, resolved name, role) of each quote of `text` (`quotes_of` is the
    conftest fixture): what a speaker test compares."""
    return [(q.speaker, q.speaker_name, q.speaker_role) for q in quotes_of(text)]


def people_found(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    """Name -> (kind, roles) of everyone `find_people` finds in `text`."""
    from storyweave.analyze.people import find_people

    return {p.name: (p.kind, p.roles) for p in find_people(nlp(text))}
