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

Tried and not kept: ranking what a reporting root reports before the root's own time
("X happened in May, officials said on Tuesday"), and a verb's time before a noun's
within a clause: both as often worse as better on TimeBank articles ("third-quarter
profit rose 19% from a year ago" is the quarter's news, not the year-ago's).
"""

from __future__ import annotations

import re

from storyweave.model import Timex

_RANK = {"main": 0, "report": 0, None: 1, "sub": 2}  # None: no verb above it (a fragment)
_YMD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def dating_timexes(txs: list[Timex], published: str | None) -> list[Timex]:
    """The expressions (in text order) that date the sentence holding `txs`; [] when none may."""
    # advice, habits and opening hours ("never leave a dryer running overnight", "open from
    # 9am to 7pm") hold on any day: no event of the story happened then
    # so does a relative clause's time: it tells a noun's past ("the sailors, who were detained
    # on March 23, ..."), and a sentence dated by nothing else is not news of that day
    usable = [t for t in txs if t.tense != "generic" and t.clause != "relative"
              and not _future_thing_of_past_event(t, published)]
    if not usable:
        return []
    best = min(_key(t) for t in usable)
    return [t for t in usable if _key(t) == best]


def _key(t: Timex) -> int:
    return _RANK.get(t.clause, 1)


def _future_thing_of_past_event(t: Timex, published: str | None) -> bool:
    return t.modifies_noun and t.tense == "past" and _after(t.value, published)


def _after(value: str | None, published: str | None) -> bool:
    """`value` begins after the publication day ("2032" or "2031-07" for an article of 2031-06-05)."""
    m = _YMD.match(value or "")
    p = _YMD.match(published or "")
    if not m or not p or not p.group(3):
        return False
    start = (int(m[1]), int(m[2] or 1), int(m[3] or 1))
    return start > (int(p[1]), int(p[2]), int(p[3]))
