"""Publication dates to ISO 8601: a date ("2017-03-23") or a datetime
("2017-03-23T10:00:00", with its offset when the input gives one).

Absolute dates only: "yesterday" or "3 hours ago" have no meaning without a
reference time, so they are refused rather than resolved against today.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_HAS_TIME = re.compile(r"\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?m\b|T\d{2}", re.I)
_MAX_LEN = 100


class BadDate(ValueError):
    """The value is not a date; the message says which value."""


def format_datetime(dt: datetime) -> str:
    """ISO 8601 to the second, keeping the offset when there is one."""
    return dt.replace(microsecond=0).isoformat(timespec="seconds")


def normalise_date(value: object) -> str | None:
    """ISO 8601 form of a publication date; None for a missing one; BadDate if unparseable."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _from_timestamp(value)
    if not isinstance(value, str):
        raise BadDate(f"unparseable date {value!r} (expected a string)")
    raw = value.strip()
    if not raw:
        return None
    if len(raw) > _MAX_LEN:
        raise BadDate(f"unparseable date {raw[:40]!r}... (too long)")
    parsed = _parse(raw)
    if parsed is None:
        raise BadDate(f"unparseable date {raw!r}")
    return parsed


def _from_timestamp(value: float) -> str:
    """Unix time in seconds (or milliseconds, as JavaScript writes it), as UTC."""
    seconds = value / 1000 if abs(value) >= 1e11 else value
    if not 100_000_000 <= seconds < 4_102_444_800:  # 1973 .. 2100
        raise BadDate(f"unparseable date {value!r} (a number, but not a plausible Unix time)")
    return format_datetime(datetime.fromtimestamp(seconds, tz=timezone.utc))


def _parse(raw: str) -> str | None:
    if _ISO_DATE.match(raw):
        try:
            return date.fromisoformat(raw).isoformat()
        except ValueError:
            return None
    try:  # ISO 8601 datetimes, "Z" included (Python >= 3.11)
        return format_datetime(datetime.fromisoformat(raw))
    except ValueError:
        pass
    try:  # RFC 822, as in RSS and e-mail
        return format_datetime(parsedate_to_datetime(raw))
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    return _parse_free(raw)


@lru_cache(maxsize=4096)
def _parse_free(raw: str) -> str | None:
    """Written-out dates ("23 March 2017, 10:05") through dateparser, absolute only."""
    if not re.search(r"\d", raw):
        return None
    import dateparser  # slow to import; most inputs never need it

    try:
        dt = dateparser.parse(
            raw,
            # English month names only: guessing among all locales costs seconds per new
            # input, and storyweave analyses English news
            languages=["en"],
            settings={
                "PARSERS": ["custom-formats", "absolute-time"],
                "REQUIRE_PARTS": ["day", "month", "year"],
                "DATE_ORDER": "DMY",
            },
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if dt is None:
        return None
    if dt.tzinfo is not None and dt.utcoffset() is not None:
        return format_datetime(dt)
    if _HAS_TIME.search(raw):
        return format_datetime(dt)
    return dt.date().isoformat()
