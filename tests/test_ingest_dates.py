"""Publication dates normalised to ISO 8601."""

from __future__ import annotations

import pytest

from storyweave.ingest.dates import BadDate, normalise_date


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("2017-03-23", "2017-03-23"),
        (" 2017-03-23 ", "2017-03-23"),
        ("2017-03-23T10:00:00", "2017-03-23T10:00:00"),
        ("2017-03-23T10:00", "2017-03-23T10:00:00"),
        ("2017-03-23 10:00:00.123", "2017-03-23T10:00:00"),
        ("2017-03-23T10:00:00Z", "2017-03-23T10:00:00+00:00"),
        ("2017-03-23T10:00:00+01:00", "2017-03-23T10:00:00+01:00"),
        ("Thu, 23 Mar 2017 10:05:00 +0100", "2017-03-23T10:05:00+01:00"),
        ("Thu, 23 Mar 2017 10:05:00 GMT", "2017-03-23T10:05:00+00:00"),
        ("23 March 2017", "2017-03-23"),
        ("March 23, 2017", "2017-03-23"),
        ("23 March 2017 10:05", "2017-03-23T10:05:00"),
        (None, None),
        ("", None),
    ],
)
def test_normalise(raw: str | None, expected: str | None) -> None:
    assert normalise_date(raw) == expected


@pytest.mark.parametrize("raw", ["yesterday", "3 hours ago", "not a date", "2017-13-45", "March 2017", "99"])
def test_refused_with_the_value(raw: str) -> None:
    with pytest.raises(BadDate) as err:
        normalise_date(raw)
    assert repr(raw) in str(err.value)


def test_non_string_refused() -> None:
    with pytest.raises(BadDate):
        normalise_date(["2017-03-23"])


def test_unix_times() -> None:
    assert normalise_date(1490263200) == "2017-03-23T10:00:00+00:00"
    assert normalise_date(1490263200000) == "2017-03-23T10:00:00+00:00"  # milliseconds
    with pytest.raises(BadDate):
        normalise_date(12)
    with pytest.raises(BadDate):
        normalise_date(True)
