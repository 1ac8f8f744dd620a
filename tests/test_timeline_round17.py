"""Timeline dates, round 17: a thing's year beside the event's day.

A year that describes a thing ("the bus, a 2019 diesel double-deck, ...", "a 1998 steel-hulled
ferry") is when the thing was made or bought, not when the sentence's event happened: where the
sentence also tells a day or a month, that finer time dates the event, whichever clause holds
it. A year of an event noun ("the 2027 budget was passed on Tuesday") gives way the same way; a
sentence with no other time keeps the year ("The 2029 election was won by the Greens").

The batch (THING_YEAR) was written before any fix and run once: 3 of 6 passed (the held-out
figure); FRIENDS and GUARDS were written with it, from the shapes such a rule could catch wrongly
(one friend's expectation was wrong: "founded in 1998 and listed its shares on Monday" has two main
clauses, and the timeline takes the more precise time, as documented in `timeline_when`).
Fictional outlets, places and people throughout. Published Wednesday 2031-06-04 at 13:30.
"""

from __future__ import annotations

import pytest

from timeline_case_helpers import assert_dated, case_ids, timelines_of

# Wednesday: Monday 06-02, Tuesday (yesterday) 06-03
PUBLISHED = "2031-06-04T13:30"

# (id, passage, a word of the sentence, the date the timeline must give it; None: no timeline entry)
THING_YEAR = [
    ("bus-year-when-crashed", "The bus, a 2019 diesel double-deck, was carrying 40 passengers when it crashed "
     "on Tuesday.", "passengers", "2031-06-03"),
    ("ferry-year-ran-aground", "The Selby ferry, a 1998 steel-hulled vessel, ran aground off Caddow on Monday.",
     "aground", "2031-06-02"),
    ("lorry-year-after-hit", "A 2024 refuse lorry was written off after it hit a wall in Bexton on Monday.",
     "written off", "2031-06-02"),
    ("van-year-month", "The 2027 van was stolen from a Tolworth driveway in May, police said.", "stolen",
     "2031-05"),
    ("budget-year-passed-day", "The 2032 budget was finally passed after councillors voted on Tuesday.",
     "passed", "2031-06-03"),
    ("engine-year-clock", "A 1987 fire engine, restored by volunteers, caught fire at the Harlow show when a "
     "fuel line split at 2.40pm on Monday.", "restored", "2031-06-02T14:40"),
]
FRIENDS = [
    ("election-year-alone", "The 2029 election in Dorrow was won by the Greens.", "Greens", "2029"),
    ("year-main-day-relative", "The 2030 floods, which were reported on 3 March, cost Caddow 4 million.", "cost",
     "2030"),
    # two main clauses: the more precise time, as before (a verb's year is no thing's)
    ("year-verb-day", "Corvane was founded in 1998 and listed its shares on Monday.", "founded", "2031-06-02"),
    ("day-main-noun-year", "Survivors of the 2029 Selby fire gathered on Monday.", "Survivors", "2031-06-02"),
]
GUARDS = [
    ("year-of-clause-beside-day", "The mill closed in 2029 after a fire that broke out on 3 March.", "mill",
     "2029"),
    ("month-noun-beside-day", "The March floods were declared over on Tuesday.", "floods", "2031-06-03"),
]

CASES = THING_YEAR + FRIENDS + GUARDS


@pytest.fixture(scope="module")
def timelines(nlp):
    return timelines_of(nlp, CASES, PUBLISHED)


@pytest.mark.parametrize("cid,text,word,expected", CASES, ids=case_ids(CASES))
def test_timeline_date_of_sentence(timelines, cid, text, word, expected):
    assert_dated(timelines[cid], word, expected)
