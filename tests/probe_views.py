"""What the probe round files share: one batch's cases as pytest parameters (its open cases as
strict expected failures, so that a fix shows), and a text's quotes as plain tuples."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import pytest


def case_params(cases: Sequence, open_cases: Mapping[str, str]) -> list:
    """`cases` as parameters named by their ids; an open case must fail, strictly."""
    return [pytest.param(c, id=c.id, marks=[pytest.mark.xfail(reason=open_cases[c.id], strict=True)]
                         if c.id in open_cases else []) for c in cases]


def found(quotes_of: Callable, text: str) -> list[tuple]:
    """(text, kind, cue, speaker mention) of every quote of `text`."""
    return [(q.text, q.kind, q.cue, q.speaker) for q in quotes_of(text)]


def who(quotes_of: Callable, text: str) -> list[tuple]:
    """(speaker mention, resolved name, role) of every quote of `text`."""
    return [(q.speaker, q.speaker_name, q.speaker_role) for q in quotes_of(text)]
