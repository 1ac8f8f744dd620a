"""Turning a `Sem` into a TIMEX3 value with the document's anchors.

Anchors, as HeidelTime does for news: deictic words ("yesterday", "last week",
"two days ago") count from the publication date; anaphoric ones ("the next day",
"that night", a bare "2.45pm") from the last date the text mentioned. Names of days
and months without a year are placed before or after the publication date by the
tense of the verb that governs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from storyweave.analyze.timex_rules import Sem

DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
QUARTER_RE = re.compile(r"^(\d{4})-Q([1-4])$")


@dataclass
class Context:
    dct: date | None  # publication date
    ref: date | None = None  # last day-granular date mentioned before this expression
    ref_quarter: tuple[int, int] | None = None
    ref_month: tuple[int, int] | None = None  # last mentioned month (or finer), as (year, month)
    ref_year: int | None = None  # last mentioned year (or finer)
    tense: str | None = None  # "past" | "present" | "future" | None
    sentence_day: date | None = None  # a day-granular date in the same sentence
    focus_quarter: tuple[int, int] | None = None  # the quarter a results report is about just here


def _ymd(m: re.Match[str] | None) -> date | None:
    """The date of a (year, month, day) match; None when absent or impossible (2017-02-30)."""
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def parse_published(published: str | None) -> date | None:
    """ISO 8601 date or datetime -> date; None when missing or unreadable."""
    if not published or not isinstance(published, str):
        return None
    return _ymd(re.match(r"\s*(\d{4})-?(\d{2})-?(\d{2})", published))


def day_of(value: str | None) -> date | None:
    """The day a value names, when it names one ("2017-03-22TNI" -> 2017-03-22)."""
    if not value:
        return None
    return _ymd(DAY_RE.match(value))


def fmt_day(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def fmt_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(d: date, n: int) -> tuple[int, int]:
    k = d.year * 12 + (d.month - 1) + n
    return k // 12, k % 12 + 1


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _pod(value: str | None, pod: str | None) -> str | None:
    return value + "T" + pod if value and pod else value


def resolve(sem: Sem, ctx: Context) -> str | None:
    """The TIMEX3 value of `sem` under `ctx` (None when it cannot be anchored)."""
    try:
        return _resolve(sem, ctx)
    except (ValueError, OverflowError, KeyError, TypeError):
        return None  # dates beyond the calendar ("year 9999 + 1"), impossible days


def _resolve(sem: Sem, ctx: Context) -> str | None:
    kind = sem.kind
    if kind in ("abs", "fuzzy"):
        return sem.value
    if kind == "date":
        return _pod(_date(sem, ctx), sem.pod)
    if kind == "weekday":
        return _pod(_weekday(sem, ctx), sem.pod)
    if kind == "rel":
        return _rel(sem, ctx)
    if kind == "quarter":
        return _quarter(sem, ctx)
    if kind == "half":
        return f"{ctx.dct.year + sem.offset}-H{sem.n}" if ctx.dct else None
    if kind == "season":
        if ctx.dct is None:
            return f"XXXX-{sem.code}"
        if sem.shift == "latest":  # "this past summer": the latest one before publication
            start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[sem.code or "SU"]
            return f"{ctx.dct.year if ctx.dct.month > start else ctx.dct.year - 1}-{sem.code}"
        if sem.shift is None and sem.offset == 0 and sem.code in _SEASON_MONTHS:
            # "in the summer" told in the past before this year's summer: last year's one;
            # told in the future after this year's: next year's
            first, last = _SEASON_MONTHS[sem.code]
            if ctx.tense == "past" and ctx.dct.month < first:
                return f"{ctx.dct.year - 1}-{sem.code}"
            if ctx.tense == "future" and ctx.dct.month > last:
                return f"{ctx.dct.year + 1}-{sem.code}"
        return f"{ctx.dct.year + sem.offset}-{sem.code}"
    if kind == "time":
        return _time(sem, ctx)
    if kind == "holiday":
        return _holiday(sem, ctx)
    if kind == "ordday":
        return _ordday(sem, ctx)
    if kind == "yearago":
        if ctx.ref_quarter:
            return f"{ctx.ref_quarter[0] - 1}-Q{ctx.ref_quarter[1]}"
        return f"{ctx.dct.year - 1}" if ctx.dct else None
    return None


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}  # winter spans two years: left as is


def _date(sem: Sem, ctx: Context) -> str | None:
    month, day = sem.month, sem.day
    tail = f"-{month:02d}" + (f"-{day:02d}" if day else "")
    if sem.year is not None:
        return f"{sem.year:04d}{tail}"
    dct = ctx.dct
    if dct is None:
        return f"XXXX{tail}"
    assert month is not None
    if sem.shift == "year":
        return f"{dct.year + sem.offset:04d}{tail}"
    year = dct.year
    here = date(dct.year, dct.month, dct.day if day else 1)
    try:
        this_year = date(dct.year, month, day or 1)
    except ValueError:
        return None
    gap = (this_year - here).days  # > 0: later in the year than publication
    if sem.shift == "last":
        year = dct.year if gap < 0 else dct.year - 1
    elif sem.shift == "next":
        year = dct.year if gap > 0 else dct.year + 1
    elif sem.shift == "this":
        year = dct.year
    elif ctx.tense == "future":
        if gap < 0:
            year += 1
    elif ctx.tense == "past":
        # a past event later in the year than publication is last year's -- unless only weeks
        # ahead: the past tense is then the report's ("said ... will vote Nov. 9")
        if gap > (62 if day else 31):
            year -= 1
    elif gap > 183:
        year -= 1
    elif gap < -240:
        year += 1
    if day and sem.weekday is not None:
        # "Saturday, April 25": the year, near publication, in which that day is a Saturday
        for y in (year, year - 1, year + 1):
            try:
                if date(y, month, day).weekday() == sem.weekday:
                    year = y
                    break
            except ValueError:
                continue
    if day:
        try:
            date(year, month, day)
        except ValueError:
            return None
    return f"{year:04d}{tail}"


def _weekday(sem: Sem, ctx: Context) -> str | None:
    wd = sem.weekday
    assert wd is not None
    shift = sem.shift
    if shift and shift.startswith("ref"):
        base = ctx.ref or ctx.dct
        if base is None:
            return f"XXXX-WXX-{wd + 1}"
        if shift == "ref-":
            return fmt_day(base - timedelta(days=((base.weekday() - wd) % 7) or 7))
        if shift == "ref+":
            return fmt_day(base + timedelta(days=((wd - base.weekday()) % 7) or 7))
        return fmt_day(base + timedelta(days=wd - base.weekday()))
    dct = ctx.dct
    if dct is None:
        return f"XXXX-WXX-{wd + 1}"
    # wire copy names the publication day by its weekday ("said Friday"): 0 days is allowed
    back = (dct.weekday() - wd) % 7
    ahead = (wd - dct.weekday()) % 7
    if shift == "last":
        return fmt_day(dct - timedelta(days=back or 7))
    if shift == "next":
        return fmt_day(dct + timedelta(days=ahead or 7))
    if shift == "this":
        return fmt_day(dct + timedelta(days=wd - dct.weekday()))
    if ctx.tense == "future":
        # as HeidelTime's PRESENTFUTURE: "the trial opens on Monday", "the deadline is Friday"
        return fmt_day(dct + timedelta(days=ahead))
    # past or no verb: the latest such day (news reports what happened)
    return fmt_day(dct - timedelta(days=back))


def _rel(sem: Sem, ctx: Context) -> str | None:
    if sem.shift == "ago" and sem.unit == "year" and ctx.focus_quarter:
        # "net rose in the third quarter to $5m from $4m a year earlier": that quarter, a year back
        y, q = ctx.focus_quarter
        return f"{y + sem.offset:04d}-Q{q}"
    if sem.shift == "same" and ctx.ref is None and ctx.ref_year is None:
        # "the swap came on the same day aid trucks rolled over", no time told before: unknown
        return None
    base = (ctx.ref or ctx.dct) if sem.anchor == "ref" else ctx.dct
    if sem.anchor == "ref" and sem.unit == "month" and ctx.ref_month:
        y, m = ctx.ref_month
        y, m = add_months(date(y, m, 1), sem.offset)
        return f"{y:04d}-{m:02d}"
    if sem.anchor == "ref" and sem.unit == "year" and ctx.ref_year:
        return f"{ctx.ref_year + sem.offset:04d}"
    if base is None:
        return None
    unit, off = sem.unit, sem.offset
    if sem.shift == "tense" and ctx.tense == "future":
        off = 0
    if unit == "day":
        return _pod(fmt_day(base + timedelta(days=off)), sem.pod)
    if unit in ("hour", "minute", "second"):
        # "48 hours later", "two hours earlier": the day it lands on
        step = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1), "second": timedelta(seconds=1)}[unit]
        return fmt_day(base + off * step)
    if unit == "week":
        return fmt_week(base + timedelta(weeks=off))
    if unit == "weekend":
        d = base + timedelta(weeks=off)
        if sem.shift == "the" and ctx.tense == "past" and d.weekday() < 5:
            d -= timedelta(weeks=1)
        if sem.shift == "the" and ctx.tense == "future" and d.weekday() >= 5:
            d += timedelta(weeks=1)
        return fmt_week(d) + "-WE"
    if unit == "month":
        y, m = add_months(base, off)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        y, m = add_months(base, 3 * off)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "year":
        return f"{base.year + off:04d}"
    if unit == "decade":
        return f"{base.year // 10 + off:03d}"
    if unit == "century":
        return f"{base.year // 100 + off:02d}"
    if unit == "millennium":
        return f"{base.year // 1000 + off:01d}"
    return None


def _quarter(sem: Sem, ctx: Context) -> str | None:
    dct = ctx.dct
    if sem.n == 0:  # "the quarter": the one last mentioned, else the latest reported one
        if sem.shift in ("the", "that", "the same", "the latest") and ctx.ref_quarter:
            y, q = ctx.ref_quarter
            return f"{y}-Q{q}"
        if dct is None:
            return None
        if sem.shift in ("this", "the current"):
            return f"{dct.year}-Q{quarter_of(dct)}"
        y, m = add_months(dct, -3)
        return f"{y}-Q{(m - 1) // 3 + 1}"
    if dct is None:
        return f"XXXX-Q{sem.n}"
    if sem.shift == "year":
        return f"{dct.year + sem.offset}-Q{sem.n}"
    year = dct.year
    if sem.n > quarter_of(dct) and ctx.tense != "future":
        year -= 1
    return f"{year}-Q{sem.n}"


def _time(sem: Sem, ctx: Context) -> str | None:
    clock = f"T{sem.hour:02d}:{sem.minute:02d}" if sem.hour is not None else f"T{sem.pod}"
    if sem.on is not None:
        day_value = resolve(sem.on, ctx)
        d = day_of(day_value)
        if d is not None:
            return fmt_day(d) + clock
        if day_value and day_value.startswith("XXXX"):
            return day_value.split("T")[0] + clock
        return None
    d = ctx.sentence_day or ctx.ref or ctx.dct
    if d is None:
        return "XXXX-XX-XX" + clock
    return fmt_day(d) + clock


def _holiday(sem: Sem, ctx: Context) -> str | None:
    """A named day: its year given, else placed around publication like a day and month."""
    from storyweave.analyze.timex_rules_named import named_day  # the rules import this module

    name = sem.code or ""
    if sem.year is not None:
        d = named_day(name, sem.year)
        return fmt_day(d) if d else None
    if ctx.dct is None:
        d = named_day(name, 2000)
        return f"XXXX-{d.month:02d}-{d.day:02d}" if d and name not in _MOVABLE else None
    this_year = named_day(name, ctx.dct.year)
    if this_year is None:
        return None
    if sem.shift in ("last", "next"):
        # "last Christmas": the latest one before publication; "next Easter": the first after
        y = ctx.dct.year
        if sem.shift == "last" and this_year >= ctx.dct:
            y -= 1
        if sem.shift == "next" and this_year <= ctx.dct:
            y += 1
        d = named_day(name, y)
        return fmt_day(d) if d else None
    shift = "this" if sem.shift == "this" else None
    year = _date(Sem("DATE", "date", month=this_year.month, day=this_year.day, shift=shift), ctx)
    d = named_day(name, int(year[:4])) if year else None
    return fmt_day(d) if d else None


_MOVABLE = {"easter sunday", "easter monday", "good friday", "easter", "thanksgiving",
            "thanksgiving day", "pancake day", "shrove tuesday", "ash wednesday"}


def _ordday(sem: Sem, ctx: Context) -> str | None:
    """"on the 22nd": in the month last named, else the publication month (or the one before
    it for a past day beyond publication, the one after for a future day before it)."""
    day = sem.day or 1
    if ctx.ref_month:
        y, m = ctx.ref_month
    elif ctx.dct is not None:
        y, m = ctx.dct.year, ctx.dct.month
        if ctx.tense == "past" and day > ctx.dct.day:
            y, m = add_months(ctx.dct, -1)
        elif ctx.tense == "future" and day < ctx.dct.day:
            y, m = add_months(ctx.dct, 1)
    else:
        return f"XXXX-XX-{day:02d}"
    try:
        return fmt_day(date(y, m, day))
    except ValueError:
        return None
