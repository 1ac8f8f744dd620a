"""Timeline dates, round 16: cases seen in `storyweave show`, with false friends.

1. A bare clock time in a past-tense sentence is the latest such time not after publication
   (an article of Wednesday 13:30 about a fire "in the early hours of Wednesday": "crews sent
   four engines at 3.10 a.m." is Wednesday 03:10, not Thursday's).
2. A noun's time in a present-tense sentence ("Fresh from last week's licence, the company is
   in a hurry") is the noun's, not the sentence's: no date.
3. A nested noun's time in a present or future sentence ("a coroner says she will write ...
   after an inquest into the death of a cyclist there last October"): no date, or the
   clause's own.
4. Two events in one sentence ("On 2 May a fire broke out ...; four days later the owner was
   arrested") are two entries; "three days later" after a month alone has no day.

The batch (to LATER_FRIENDS) was written before any fix and run once: 34 of 54 passed (the
held-out figure); after the fixes all but two, parser misreadings kept as strict xfails. GUARDS
were written after the fixes. Fictional outlets, places
and people throughout. Published Wednesday 2031-06-04 at 13:30.
"""

from __future__ import annotations

import pytest

from timeline_case_helpers import assert_dated, case_ids, timelines_of


# Wednesday: Friday 05-30, Monday 06-02, Tuesday (yesterday) 06-03; last week 2031-W22
PUBLISHED = "2031-06-04T13:30"

# (id, passage, a word of the sentence, the date the timeline must give it; None: no timeline entry)
CLOCK = [
    ("early-hours-engines", "Fire broke out at the Tamsin mill in the early hours of Wednesday. Fire crews sent "
     "four engines at 3.10 a.m.", "engines", "2031-06-04T03:10"),
    ("early-hours-arrested", "Two men were arrested in Bexton in the early hours of Wednesday. They were detained "
     "at 2.15am near the station.", "detained", "2031-06-04T02:15"),
    ("bare-clock-morning", "A lorry overturned on the Harlow bypass at 5.40am, police said.", "lorry",
     "2031-06-04T05:40"),
    pytest.param("bare-clock-after-pub", "A gas main burst under Orbury high street at 4pm.", "gas main",
                 "2031-06-03T16:00", marks=pytest.mark.xfail(
                     strict=True, reason="the parser reads 'burst' as a noun: no past tense to go on")),
    ("early-hours-tuesday", "Crews were called to a Caddow farm in the early hours of Tuesday. The first engine "
     "arrived at 3.25am.", "engine", "2031-06-03T03:25"),
    ("early-hours-said-began", "A blaze gutted a Selby warehouse in the early hours of Wednesday. Police said "
     "the blaze began at 3.10 a.m.", "began", "2031-06-04T03:10"),
]
CLOCK_FRIENDS = [
    ("said-began-alone", "Police said the blaze at the Wexley depot began at 3.10 a.m.", "began",
     "2031-06-04T03:10"),
    ("tuesday-night-clock", "A blaze broke out at a Selby warehouse on Tuesday night. Police said it began at "
     "11.50pm.", "began", "2031-06-03T23:50"),
    ("evening-then-small-hours", "Crews were called at 10.40pm on Tuesday. The last flames were put out at "
     "2.05am.", "flames", "2031-06-04T02:05"),
    ("future-clock", "The Harlow bypass will reopen at 6pm.", "reopen", "2031-06-04T18:00"),
    ("meeting-monday-clock", "The meeting on Monday ended at 11pm without a vote.", "meeting", "2031-06-02T23:00"),
    ("clock-before-pub", "The alarm at the Fenwick school sounded at 1.20pm.", "alarm", "2031-06-04T13:20"),
    ("overnight-then-clock", "Rain fell overnight in Caddow. The river burst its banks at 4.30am.", "river",
     "2031-06-04T04:30"),
    ("clock-with-day", "The Pellow ferry sank at 4pm on Monday.", "ferry", "2031-06-02T16:00"),
]

PRESENT_NOUN = [
    ("fresh-licence", "Fresh from last week's licence, the Corvane company is clearly in a hurry.", "hurry", None),
    ("buoyed-vote", "Buoyed by Monday's vote, the Marlcombe council is pressing ahead with the bypass.", "bypass",
     None),
    ("after-defeat-bottom", "After yesterday's defeat, Orbury Rovers are bottom of the league.", "bottom", None),
    ("figures-in-hand", "With last month's figures in hand, the Bexton board looks stronger.", "board", None),
    ("armed-says", "Armed with Tuesday's ruling, the Tamsin ferry firm says it will sue.", "sue", None),
]
PRESENT_NOUN_FRIENDS = [
    ("vote-annulled-friday", "Last week's vote in Dorrow was annulled on Friday.", "annulled", "2031-05-30"),
    ("licence-revoked", "Last week's licence for the Corvane mine was revoked.", "revoked", "2031-W22"),
    ("fresh-hired", "Fresh from last week's licence, the Corvane company hired 40 staff.", "hired", "2031-W22"),
    ("mayor-today", "The Bexton mayor is in Selby today.", "mayor", "2031-06-04"),
    ("turnout-yesterday", "Turnout at yesterday's poll in Wexley was 41%.", "Turnout", "2031-06-03"),
    ("shares-rose-after", "Shares in Corvane rose 4% after Monday's licence.", "Shares", "2031-06-02"),
    ("meeting-possessive", "Talks at Monday's Marlcombe council meeting collapsed.", "Talks", "2031-06-02"),
    ("present-own-day", "After Monday's vote, the council meets again on Friday.", "meets", "2031-06-06"),
]

NESTED_NOUN = [
    ("coroner-write", "A coroner says she will write to the Harlow council about road markings, after an "
     "inquest into the death of a cyclist there last October.", "coroner", None),
    ("family-suing", "The family of a man killed in a fall at the Selby quarry in March is suing the owners.",
     "suing", None),
    ("faces-fine", "The Tamsin ferry company faces a fine over the sinking of the Calder Rose in April.", "fine",
     None),
    ("will-review-floods", "Bexton council will review its flood defences after the floods of last winter.",
     "review", None),
    ("inquest-will-open", "An inquest into the death of a Wexley teenager last May will open on Friday.",
     "inquest", "2031-06-06"),
    pytest.param("police-appeal-crash", "Caddow police are appealing for witnesses to a crash on the coast road "
                 "on Monday.", "appealing", None, marks=pytest.mark.xfail(
                     strict=True, reason="the parser hangs 'on Monday' on the verb, not on 'crash'")),
]
NESTED_NOUN_FRIENDS = [
    ("inquest-heard-died", "An inquest heard that the cyclist died at the Harlow junction last October.",
     "cyclist", "2030-10"),
    ("coroner-said-died", "The coroner said the cyclist died after a crash on the Harlow road last October.",
     "coroner", "2030-10"),
    ("killed-coroner-says", "The cyclist was killed at the Harlow junction last October, the coroner says.",
     "killed", "2030-10"),
    ("inquest-opened-tuesday", "An inquest into the death of a cyclist last October opened in Harlow on Tuesday.",
     "inquest", "2031-06-03"),
    ("inquest-heard-evidence", "The inquest into the death of a cyclist last October heard evidence from two "
     "witnesses.", "witnesses", "2030-10"),
    ("coroner-will-friday", "The Harlow coroner will write to the council on Friday.", "coroner", "2031-06-06"),
    ("police-say-clock", "Police say the crash on the Orbury road happened at 6.15pm on Monday.", "crash",
     "2031-06-02T18:15"),
    ("sinking-killed", "The sinking of the Calder Rose in April killed nine people.", "sinking", "2031-04"),
]

LATER = [
    ("semicolon-owner", "On 2 May a fire broke out at the Selby mill; four days later the owner was arrested.",
     "owner", "2031-05-06"),
    ("semicolon-fire", "On 2 May a fire broke out at the Selby mill; four days later the owner was arrested.",
     "fire broke", "2031-05-02"),
    ("and-later-manager", "A Dorrow depot burned down on 12 April, and two days later its manager resigned.",
     "manager", "2031-04-14"),
    ("month-then-later", "The Caddow pier collapsed in March. Three days later the harbour master resigned.",
     "harbour master", None),
    ("month-year-then-later", "The Tolworth bank failed in March 2029. Two days later its chief fled.", "chief",
     None),
]
LATER_FRIENDS = [
    ("one-day-two-verbs", "On 2 May a fire broke out at the Fenwick mill and the owner was arrested.", "owner",
     "2031-05-02"),
    ("semicolon-no-time", "The fire on 2 May destroyed the Orbury mill; the owner was arrested.", "owner",
     "2031-05-02"),
    ("day-then-later", "The Caddow pier collapsed on March 3. Three days later the harbour master resigned.",
     "harbour master", "2031-03-06"),
    ("month-then-weekday", "The Caddow pier collapsed in March. On Monday the harbour master resigned.",
     "harbour master", "2031-06-02"),
    ("month-then-ago", "The Caddow pier collapsed in March. The harbour master resigned three days ago.",
     "harbour master", "2031-06-01"),
    ("relative-then-main", "The Wexley mill, which burned on 2 May, was demolished on 9 May.", "demolished",
     "2031-05-09"),
    ("clock-later-same-sentence", "The fire broke out at 2am on 2 May and was put out four hours later.", "fire",
     "2031-05-02T02:00"),
    ("month-then-month", "The Caddow pier collapsed in March. In April the harbour master resigned.",
     "harbour master", "2031-04"),
]

# written after the fixes, from the shapes the new rules could catch wrongly
GUARDS = [
    ("clock-after-pub-exploded", "A gas main exploded under Orbury high street at 4pm.", "gas main",
     "2031-06-03T16:00"),
    ("clock-present-fixture", "Polls in the Tamsin by-election close at 10pm.", "Polls", "2031-06-04T22:00"),
    ("early-hours-with-clock", "Crews were called at 11pm on Tuesday. In the early hours of Wednesday, at 2am, the "
     "roof fell in.", "roof", "2031-06-04T02:00"),
    ("future-noun-time", "Next week's summit will be held in Velm.", "summit", "2031-W24"),
    ("today-noun-present", "Today's strike is the biggest in Bexton for years.", "strike", "2031-06-04"),
    ("quarter-present", "First-quarter profit at Corvane is expected to fall.", "profit", "2031-Q1"),
    ("participle-past", "The family of a man killed in a fall at the Selby quarry in March sued the owners.",
     "sued", "2031-03"),
    ("with-gerund-past", "Corvane completed its offer for Tolworth Mills, with holders tendering most shares by "
     "the Friday deadline.", "Corvane", "2031-05-30"),
    ("split-but", "The Selby ferry left Caddow on 2 May, but it returned to port on 3 May.", "returned",
     "2031-05-03"),
    ("no-split-and", "Shares in Corvane fell on Monday and Tuesday.", "Shares", "2031-06-02"),
    ("month-then-day-then-later", "The pier collapsed in March. On March 9 the harbour master resigned. Two days "
     "later he was charged.", "charged", "2031-03-11"),
    ("day-then-same-month", "The Caddow pier collapsed on March 3 in a March gale. Three days later the harbour "
     "master resigned.", "resigned", "2031-03-06"),
]

CASES = (CLOCK + CLOCK_FRIENDS + PRESENT_NOUN + PRESENT_NOUN_FRIENDS + NESTED_NOUN + NESTED_NOUN_FRIENDS
         + LATER + LATER_FRIENDS + GUARDS)


@pytest.fixture(scope="module")
def timelines(nlp):
    return timelines_of(nlp, CASES, PUBLISHED)


@pytest.mark.parametrize("cid,text,word,expected", CASES, ids=case_ids(CASES))
def test_timeline_date_of_sentence(timelines, cid, text, word, expected):
    assert_dated(timelines[cid], word, expected)


def test_a_timeline_entry_is_shown_without_the_wire_dateline_it_opens_on(nlp):
    text = ("TARNBY, Sept 9 (Kessel Wire) - Tarnby Rovers signed the winger Ode Marrin on Wednesday for a "
            "club-record fee.\n\nTARNBY HARBOUR - Two ferries were cancelled on Tuesday.")
    (events,) = timelines_of(nlp, [("w1", text, "", None)], "2031-09-10T09:00:00+00:00").values()
    whats = [e.what for e in events]
    assert "Tarnby Rovers signed the winger Ode Marrin on Wednesday for a club-record fee." in whats
    assert "Two ferries were cancelled on Tuesday." in whats
    assert not [w for w in whats if "Kessel Wire" in w or "HARBOUR" in w]
