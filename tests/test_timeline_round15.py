"""Timeline dates, round 15: three open cases of docs/notes/timex.md and their false friends.

1. A noun's time before the clause's: "the inquest into the crash on May 27 opened on Tuesday"
   is the opening's news, Tuesday; the crash's day dates the crash, not the sentence, when the
   clause has a day of its own.
2. "Three days later" after a sentence naming a month and a day counts from that day.
3. "the first departure since the budget a week ago": a time inside the noun phrase of "since"
   tells when a period began, not the sentence's event.

Each case comes with false friends: times that must keep dating the clause. The whole batch (to
SINCE_FRIENDS) was written before any fix: 27 of 41 passed on the first run (held-out figure); 3 of
the 14 failures were expected values written against the convention ("a week ago" is the week,
2031-W22, as TimeBank writes it), corrected after. GUARDS were written after the fix.

Fictional outlets, places and people throughout. Published Thursday 2031-06-05.
"""

from __future__ import annotations

import pytest

from timeline_case_helpers import assert_dated, case_ids, timelines_of


PUBLISHED = "2031-06-05"  # a Thursday: Saturday 05-31, Monday 06-02, Tuesday 06-03, yesterday 06-04

# (id, passage, a word of the sentence, the date the timeline must give it; None: no timeline entry)
NOUN_TIME = [
    ("inquest-crash", "The inquest into the ferry crash on May 27 opened on Tuesday in Harlow.", "inquest",
     "2031-06-03"),
    ("inquiry-fire-yesterday", "An inquiry into the fire on May 2 at the Tamsin depot was announced yesterday.",
     "inquiry", "2031-06-04"),
    ("survivors-flood-of", "Survivors of the flood of March 14 met the Bexton mayor on Monday.", "Survivors",
     "2031-06-02"),
    ("memorial-blast", "A memorial to the victims of the blast on 9 April was unveiled in Caddow on Tuesday.",
     "memorial", "2031-06-03"),
    ("charged-stabbing", "Police on Monday charged a man over the stabbing on May 30 in Orbury.", "charged",
     "2031-06-02"),
    ("jailed-crash-of", "A Selby court jailed the driver in the crash of April 20 for six years on Tuesday.",
     "jailed", "2031-06-03"),
]
NOUN_TIME_FRIENDS = [
    ("crash-killed", "The crash on May 27 killed three people near Wexley.", "killed", "2031-05-27"),
    ("opened-into", "The inquest opened on Tuesday into the crash at Pellow Bridge.", "inquest", "2031-06-03"),
    ("meeting-ended-clock", "The meeting on Monday ended at 11pm without a vote.", "meeting", "2031-06-02T23:00"),
    ("possessive-meeting", "Talks at Monday's Marlcombe council meeting collapsed.", "Talks", "2031-06-02"),
    ("strike-closed", "The strike on Tuesday closed 40 schools in Bexton.", "strike", "2031-06-03"),
    ("rescuers-reached", "Rescuers on Tuesday reached the crash site above Dorrow.", "Rescuers", "2031-06-03"),
    ("trading-halted-clock", "Trading in Corvane shares on Monday was halted at 2pm.", "Trading",
     "2031-06-02T14:00"),
    ("compound-since-year", "The May 27 crash was the worst on the Harlow road since 2019.", "worst",
     "2031-05-27"),
    ("quarter-year-earlier", "Tolworth Mills said second-quarter sales rose 9% from a year earlier.", "Tolworth",
     "2031-Q2"),
    ("budget-this-year", "The Fenwick council approved the 2031 budget on Tuesday.", "Fenwick", "2031-06-03"),
]

LATER = [
    ("ferry-aground", "The ferry Merrow Star ran aground off Tamsin Point on March 3. Three days later the "
     "captain was suspended.", "captain", "2031-03-06"),
    ("flood-two-days", "Flood water reached the Bexton high street on 14 April. Two days later the army was "
     "called in.", "army", "2031-04-16"),
    # two events in one sentence: two timeline entries since round 16 (`timeline_when.split_events`)
    ("same-sentence", "On 2 May a fire broke out at the Selby mill; four days later the owner was arrested.",
     "owner", "2031-05-06"),
    ("dam-and-clause", "The Wexley dam burst on March 3 and the valley was evacuated. Three days later the first "
     "families returned.", "families", "2031-03-06"),
    ("report-frame-later", "The Orbury Rovers manager was sacked on April 20, the club said on Monday. Two days "
     "later his assistant left.", "assistant", "2031-04-22"),
    ("year-given", "The ferry Calder Rose sank on March 3, 2029. Three days later the captain was arrested.",
     "arrested", "2029-03-06"),
]
LATER_FRIENDS = [
    ("weekday-later", "Talks at the Pellow depot opened on Monday. Two days later they collapsed.", "collapsed",
     "2031-06-04"),
    ("ago-after-date", "The ferry Merrow Star ran aground on March 3. The captain was suspended three days ago.",
     "suspended", "2031-06-02"),
    ("yesterday-after-date", "The Wexley dam burst on March 3. Yesterday the first families returned.",
     "families", "2031-06-04"),
    ("next-day", "The Caddow bridge was closed on May 12. The next day engineers found cracks.", "engineers",
     "2031-05-13"),
    ("weekday-after-date", "The Marlcombe mill burned on March 3. On Monday the owner was charged.", "owner",
     "2031-06-02"),
    ("date-itself", "The ferry Merrow Star ran aground on March 3. Divers reached the wreck on March 5.",
     "Divers", "2031-03-05"),
]

SINCE_NOUN = [
    ("first-train-week-ago", "The Harlow Vale line ran its first train since the storm a week ago.", "train",
     None),
    ("first-departure-budget", "It was the first departure from Tamsin Quay since the budget a week ago.",
     "departure", None),
    ("fallen-since-flood", "Prices at Bexton market have fallen since the flood two weeks ago.", "Prices", None),
    ("home-game-saturday", "On Saturday the Orbury club played its first home game since the fire three weeks "
     "ago.", "home game", "2031-05-31"),
    ("biggest-since-crash-year", "It is the biggest rise in Caddow rents since the crash in 2029.", "rents",
     None),
    ("sailed-since-strike-date", "The Selby ferry sailed yesterday, its first crossing since the strike on May 2.",
     "ferry", "2031-06-04"),
]
SINCE_FRIENDS = [
    ("presented-week-ago", "The Tamsin budget was presented a week ago.", "budget", "2031-W22"),
    ("left-week-ago-since", "The trawler Brisk left Caddow a week ago and has not been seen since.", "trawler",
     "2031-W22"),
    ("since-subject-clock", "The first bus since the Wexley strike left the depot at 9am on Tuesday.", "bus",
     "2031-06-03T09:00"),
    ("said-on-monday", "Ever since the fire, the Dorrow mill has stayed closed, the owner said on Monday.", "mill",
     "2031-06-02"),
    ("storm-week-ago-subject", "The storm a week ago flooded 40 homes in Marlcombe.", "storm", "2031-W22"),
    ("after-not-since", "The Pellow ferry sailed again on Tuesday after the strike a week ago.", "Pellow",
     "2031-06-03"),
    ("since-then", "The mill closed on May 2. Since then 40 workers have left Fenwick.", "closed", "2031-05-02"),
]

# written after the fix, from the shapes the rules could catch wrongly
GUARDS = [
    ("adjourned-until", "The hearing on May 20 was adjourned until Tuesday.", "hearing", "2031-05-20"),
    ("postponed-to", "The vote on May 20 was postponed to Monday.", "vote", "2031-05-20"),
    ("possessive-before", "The inquest into Monday's crash at Pellow opened on Tuesday.", "inquest", "2031-06-03"),
    ("report-frame-noun", "The protest on Saturday was peaceful, police said on Monday.", "protest", "2031-05-31"),
    ("ended-on", "The strike of May 2 ended on May 9 after talks.", "strike", "2031-05-09"),
    ("since-clause-then-day", "The Harlow mill, shut since the fire, reopened on Tuesday.", "mill", "2031-06-03"),
    ("since-subject-landed", "The first flight since the Caddow crash landed at Orbury on Tuesday.", "flight",
     "2031-06-03"),
    ("since-first-word", "Since the storm on Monday, crews in Wexley have worked without a break.", "crews",
     None),
    ("since-verb-between", "Rents in Tolworth have doubled since the war ended in 2029.", "Rents", "2029"),
    ("frame-next-day", "The Tamsin pier collapsed on March 3, the council said on Tuesday. The next day divers "
     "found a car.", "divers", "2031-03-04"),
    ("frame-first-later", "The council said on Tuesday that the Tamsin pier collapsed on March 3. Two days later "
     "divers found a car.", "divers", "2031-03-05"),
    ("no-frame-later", "Orbury police appealed for witnesses on Monday, a spokesman said. Two days later a man "
     "was arrested.", "arrested", "2031-06-04"),
]

CASES = NOUN_TIME + NOUN_TIME_FRIENDS + LATER + LATER_FRIENDS + SINCE_NOUN + SINCE_FRIENDS + GUARDS


@pytest.fixture(scope="module")
def timelines(nlp):
    return timelines_of(nlp, CASES, PUBLISHED)


@pytest.mark.parametrize("cid,text,word,expected", CASES, ids=case_ids(CASES))
def test_timeline_date_of_sentence(timelines, cid, text, word, expected):
    assert_dated(timelines[cid], word, expected)
