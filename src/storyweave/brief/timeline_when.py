"""Which of a sentence's time expressions dates its event on the timeline.

The analyser records where each expression hangs (`Timex.clause`, `modifies_noun`,
`tense`; see `analyze.timex_attach`). A sentence is dated by the expressions of its
main clauses (the root, a clause coordinated with it, what a reporting root reports)
before those of a subordinate clause ("families who were moved out on Monday
returned in the evening", "after the alarm sounded at 2.10am, ..."); the timeline
then takes the most precise of them, the first in the text on a tie. A noun's time
that lies after the article's date never dates a past event ("have approved a plan
for next year"): the plan is next year's, the vote is not. Records without these
fields (all defaults) keep every expression, as before. A time of advice, habit or opening
hours (`tense` "generic") dates nothing, nor does one of a relative clause in a sentence not told
in the past (`clause` "relative"): of 476 dated sentences of 220 MultiLing and WikiRef articles,
14 lose their date, 9 rightly ("the UK has frozen deals until the sailors, who were detained on
March 23, are released", "a search team has recovered part of Flight 447, which crashed on June
1"), 3 wrongly ("the proceeding, which concluded Wednesday, is a preliminary hearing") and 2
either way; "a fire that gutted a house on Tuesday night", told in the past, stays dated.
A time inside the noun phrase of "since" (`clause` "period": "the first departure since the
budget a week ago") dates nothing, as "since 27 May" does not. A noun's day told before its
clause's own, other day in the past ("the inquest into the crash on May 27 opened on Tuesday")
gives way to the clause's. A noun's time before the article's day in a sentence told in the
present or future ("Fresh from last week's licence, the company is in a hurry"; "a coroner says
she will write ... after an inquest into the death of a cyclist last October") dates nothing,
quarters of account aside; `split_events` cuts a sentence telling two events of different days
("on 2 May a fire broke out; four days later the owner was arrested") into two entries.

Tried and not kept: ranking what a reporting root reports before the root's own time
("X happened in May, officials said on Tuesday"), and a verb's time before a noun's
within a clause: both as often worse as better on TimeBank articles ("third-quarter
profit rose 19% from a year ago" is the quarter's news, not the year-ago's).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyweave.model import Timex

_RANK = {"main": 0, "report": 0, None: 1, "sub": 2}  # None: no verb above it (a fragment)
_QUARTER = re.compile(r"^\d{4}-[QH]\d$")
_YMD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_YEAR = re.compile(r"^\d{4}$")
_RELATIVE_OPENER = re.compile(r",\s+(?:which|who|whose|where|that)\b", re.IGNORECASE)


def dating_timexes(txs: list[Timex], published: str | None, text: str | None = None) -> list[Timex]:
    """The expressions (in text order) that date the sentence holding `txs`; [] when none may.
    `text` (the article's) lets a thing's year give way to the event's finer time."""
    # advice, habits and opening hours ("never leave a dryer running overnight", "open from
    # 9am to 7pm") hold on any day: no event of the story happened then
    # so does a relative clause's time: it tells a noun's past ("the sailors, who were detained
    # on March 23, ..."), and a sentence dated by nothing else is not news of that day
    # a time inside the noun phrase of "since" ("since the budget a week ago") tells when a period
    # began, as "since 27 May" does
    usable = [t for t in txs if t.tense != "generic" and t.clause not in ("relative", "period")
              and not _future_thing_of_past_event(t, published)]
    usable = [t for t in usable if not _nouns_day_beside_clauses_day(t, usable, published)
              and not _nouns_past_in_present(t, published) and not _things_year_beside_finer(t, usable, text)]
    if not usable:
        return []
    best = min(_key(t) for t in usable)
    return [t for t in usable if _key(t) == best]


def _key(t: Timex) -> int:
    return _RANK.get(t.clause, 1)


def _future_thing_of_past_event(t: Timex, published: str | None) -> bool:
    return t.modifies_noun and t.tense == "past" and _after(t.value, published)


def _nouns_day_beside_clauses_day(t: Timex, txs: list[Timex], published: str | None) -> bool:
    """`t` is a noun's day told before its clause's own, other day, in the past ("the inquest
    into the crash on May 27 opened on Tuesday"): the clause's day dates the sentence's event.
    After the clause's day, text order already puts the clause's first ("police on Monday
    charged a man over the stabbing on May 30"), and a noun's day there is as often the news
    ("Two days later, at Friday's close, the index was down 4%"). A coarser time of the
    noun ("the 2031 budget"), a noun's day the clause's clock time refines ("the meeting on
    Monday ended at 11pm") and a day of another clause ("the crash on May 27 ..., police said
    on Tuesday") are left to the rank and precision rules; so is a clause's day after the
    article's ("will buy shares at the same price from today through June 30")."""
    if not t.modifies_noun or t.clause is None or t.tense not in ("past", "present", "future"):
        return False
    if t.tense != "past":
        # not told in the past: the clause's own day ("After Monday's vote, the council meets
        # again on Friday"); not over today's ("will buy shares from today through June 30")
        return _day(t.value) not in (None, _day(published)) and any(
            o.start != t.start and not o.modifies_noun and o.clause == t.clause
            and _day(o.value) not in (None, _day(t.value)) for o in txs)
    day = _day(t.value)
    return day is not None and any(
        o.start > t.start and not o.modifies_noun and o.clause == t.clause and _day(o.value) not in (None, day)
        and not _after(o.value, published) for o in txs)


def _things_year_beside_finer(t: Timex, txs: list[Timex], text: str | None) -> bool:
    """`t` is a noun's bare year ("the bus, a 2019 diesel double-deck, ...", "the 2032 budget")
    in a sentence that also tells a month or a day in another clause ("... when it crashed on
    Tuesday"): the year says when the thing was made or planned for, the finer time when the
    sentence's event happened. Not a time in a relative clause opened after the year ("the 2030
    floods, which were reported on 3 March, cost ..."): that one describes the noun."""
    if text is None or not t.modifies_noun or not _YEAR.match(t.value or ""):
        return False
    return any(
        o.start > t.end and not o.modifies_noun and (m := _YMD.match(o.value or "")) is not None
        and m.group(2) is not None and not _RELATIVE_OPENER.search(text, t.end, o.start) for o in txs)


def _nouns_past_in_present(t: Timex, published: str | None) -> bool:
    """`t` is a noun's time before the article's day in a sentence told in the present or future
    ("Fresh from last week's licence, the company is in a hurry", "a coroner says she will write
    ... after an inquest into the death of a cyclist last October"): the noun's past, not
    the sentence's event, which is now or ahead. A noun's time of today or later may be the
    sentence's own ("next week's summit will be held in Velm"); so is a quarter or half of
    account, whose figures are told in the present ("third-quarter earnings will be lower")."""
    return t.modifies_noun and t.tense in ("present", "future") and not _QUARTER.match(t.value or "") \
        and _ends_before(t.value, published)


def _ends_before(value: str | None, published: str | None) -> bool:
    """`value` (a day, week, month, quarter, season or year) ends before the publication day."""
    p = _day(published)
    v = value or ""
    if p is None:
        return False
    m = re.match(r"^(\d{4})-W(\d{2})$", v)
    if m:
        end = date.fromisocalendar(int(m[1]), int(m[2]), 7)
    elif (m := re.match(r"^(\d{4})-Q([1-4])$", v)):
        end = _month_end(int(m[1]), int(m[2]) * 3)
    elif (m := re.match(r"^(\d{4})-(SP|SU|FA|AU|WI)$", v)):
        end = _month_end(int(m[1]) + (m[2] == "WI"), {"SP": 5, "SU": 8, "FA": 11, "AU": 11, "WI": 2}[m[2]])
    elif (m := _YMD.match(v)) and m.end() == len(v.split("T")[0]):
        if m[3]:
            end = date(int(m[1]), int(m[2]), int(m[3]))
        else:
            end = _month_end(int(m[1]), int(m[2] or 12))
    else:
        return False
    return end < date.fromisoformat(p)


def _month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def _day(value: str | None) -> str | None:
    m = _YMD.match(value or "")
    return m.group(0) if m and m.group(3) else None


def _after(value: str | None, published: str | None) -> bool:
    """`value` begins after the publication day ("2032" or "2031-07" for an article of 2031-06-05)."""
    m = _YMD.match(value or "")
    p = _YMD.match(published or "")
    if not m or not p or not p.group(3):
        return False
    start = (int(m[1]), int(m[2] or 1), int(m[3] or 1))
    return start > (int(p[1]), int(p[2]), int(p[3]))


# a clause boundary between two events of one sentence ("a fire broke out on 2 May; four days
# later the owner was arrested", "... burned down on 12 April, and two days later ...")
_BOUNDARY = re.compile(r";\s+|,\s+(?:and|but|while)\s+")
_MIN_PART_WORDS = 4


def split_events(text: str, start: int, end: int, txs: list[Timex]) -> list[tuple[int, int, list[Timex]]]:
    """The parts (start, end, their expressions) of the sentence `text[start:end]` that tell events
    of different days: a sentence is cut at a semicolon or a comma and conjunction that lies
    between two of its dating expressions of different days, when each part has words of its
    own; otherwise the whole sentence, one part."""
    parts = [(start, end, list(txs))]
    days = [_day(t.value) for t in txs]
    if len({d for d in days if d}) < 2:
        return parts
    out: list[tuple[int, int, list[Timex]]] = []
    lo = start
    for k in range(1, len(txs)):
        a, b = txs[k - 1], txs[k]
        if not days[k - 1] or not days[k] or days[k - 1] == days[k]:
            continue
        cuts = list(_BOUNDARY.finditer(text, a.end, b.start))
        if not cuts:
            continue
        cut = cuts[-1]
        if len(text[lo:cut.start()].split()) < _MIN_PART_WORDS or len(text[cut.end():end].split()) < _MIN_PART_WORDS:
            continue
        out.append((lo, cut.start(), [t for t in txs if lo <= t.start < cut.start()]))
        lo = cut.end()
    if not out:
        return parts
    out.append((lo, end, [t for t in txs if t.start >= lo]))
    return out

