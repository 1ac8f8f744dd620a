"""Timeline dates, round 10: which time expression of a sentence dates its event.

1. A time expression that modifies a noun ("a plan for next year", "the 2032 budget",
   "next year's election", "a deadline of March 31") tells the time of that thing: one
   lying after the article's date never dates a past event, and a coarser one gives way
   to the verb's day ("approved the 2031 budget on Tuesday").
2. With several times in a sentence, a main clause's dates it before a subordinate
   clause's, and a bare part of day ("in the evening") keeps the day the sentence gave.

The first batch (to "root-first-kept", less "deadline-future" and "budget-this-year",
added later) was written before the fix: 8 of 14 passed on the first run.

Fictional outlets, places and people throughout. Published Thursday 2031-06-05.
"""

from __future__ import annotations

import pytest

from storyweave.brief.timeline import build_timeline
from storyweave.model import AnalyzedArticle, Article

PUBLISHED = "2031-06-05"  # a Thursday: Monday is 06-02, Tuesday 06-03, yesterday 06-04

# (id, sentence, a word of the sentence, the date the timeline must give it; None: no timeline entry)
CASES = [
    # 1. noun modifiers
    ("plan-next-year", "The Harlow Vale board voted on Tuesday to cut 40 jobs as part of a 12 million pound "
     "savings plan for next year.", "Harlow", "2031-06-03"),
    ("budget-year-only", "Trustees of the Fenwick Museum have approved the 2032 budget after a long debate.",
     "Fenwick", None),
    pytest.param("plan-for-year", "The Lorrington housing board set out a building plan for 2035 with 900 new "
                 "homes.", "Lorrington", None, marks=pytest.mark.xfail(
                     strict=True, reason="the parser hangs 'for 2035' on the verb 'set', not on 'plan'")),
    ("target-verb-time", "Ministers in Caddow abandoned their 2040 target for clean buses last week.", "Caddow",
     "2031-W22"),
    ("possessive-future", "The Orbury Rovers chairman resigned yesterday, weeks before next year's season opener.",
     "Orbury", "2031-06-04"),
    # the reported clause and its reporting frame rank alike (text order): the deadline passed,
    # and was missed, on March 31; regulators told of it on Friday
    ("deadline-of", "The Selby water company missed a deadline of March 31 to repair the main, regulators "
     "said on Friday.", "Selby", "2031-03-31"),
    ("deadline-future", "Regulators on Friday gave the Selby water company a deadline of June 30 to repair the "
     "main.", "Regulators", "2031-05-30"),
    ("budget-this-year", "The Tolworth council approved the 2031 budget on Tuesday.", "Tolworth", "2031-06-03"),
    ("past-meeting", "The Dorrow budget passed by 30 votes to 12 at Monday night's council meeting.", "Dorrow",
     "2031-06-02TNI"),
    ("past-election", "Ada Quell won last year's Castmere mayoral election by 300 votes.", "Quell", "2030"),
    ("future-election", "Voters in Bexton will choose a new mayor in next year's election.", "Bexton", "2032"),
    # 2. several times in one sentence
    ("relcl-first", "Families who were moved out of Brook Row on Monday morning returned to their homes in "
     "the evening.", "Brook Row", "2031-06-02TEV"),
    ("advcl-first", "After the alarm at Tamsin Quay sounded at 2.10am on Tuesday, the last passengers left the "
     "terminal at 3.40am.", "Tamsin", "2031-06-03T03:40"),
    ("relcl-clock", "By 11am on Monday crews had put out the Wexley fire, which started at 6.15am.", "Wexley",
     "2031-06-02T11:00"),
    ("participle-first", "Two men arrested in Marlcombe on Saturday night were charged yesterday with arson.",
     "Marlcombe", "2031-06-04"),
    ("root-first-kept", "The Pellow Lane fire started at 6.15am on Monday and was put out by 11am.", "Pellow",
     "2031-06-02T06:15"),
]


# Guards written after the fix, from the shapes of business and wire copy: a noun's time
# that is not after the article still dates it; a bond's or a dividend's date never does.
GUARDS = [
    ("quarter-vs-year-ago", "Corvane Mills reported that third-quarter profit rose 12% from a year earlier.",
     "Corvane", "2030-Q3"),  # the last third quarter before June 2031
    ("quarter-ended", "Tessler Foods posted a profit of 4 million dollars for the quarter ended March 31.",
     "Tessler", "2031-03-31"),
    ("bond-due", "Holders of Pellam Bank bonds due March 15, 2040, have agreed to swap them for shares.",
     "Pellam", None),
    ("dividend-payable", "The Harwick board declared a dividend payable July 7 to holders of record June 22.",
     "Harwick", None),
]
CASES += GUARDS


@pytest.fixture(scope="module")
def timelines(nlp):
    from storyweave.analyze.pipeline import analyze_articles

    rows = [c.values if hasattr(c, "values") else c for c in CASES]
    arts = [Article(id=cid, text=text, outlet="Fenmarsh Gazette", published=PUBLISHED) for cid, text, _, _ in rows]
    return {a.id: build_timeline([AnalyzedArticle(a, an)]) for a, an in analyze_articles(arts, nlp)}


def _id(case) -> str:
    return case.values[0] if hasattr(case, "values") else case[0]


@pytest.mark.parametrize("cid,text,word,expected", CASES, ids=[_id(c) for c in CASES])
def test_timeline_date_of_sentence(timelines, cid, text, word, expected):
    events = [e for e in timelines[cid] if word in e.what]
    if expected is None:
        assert events == [], f"a past event dated only by its thing's time: {[e.when for e in events]}"
    else:
        assert [e.when for e in events] == [expected]


# ------------------------------------------------------------------ what analyze records


@pytest.fixture(scope="module")
def timexes_of(nlp):
    from storyweave.analyze.timex import find_timexes

    def run(text: str) -> dict[str, object]:
        return {t.text: t for t in find_timexes(nlp(text), PUBLISHED)}

    return run


def test_analyze_records_a_nouns_time_and_its_clause(timexes_of):
    got = timexes_of("The Harlow Vale board voted on Tuesday to cut 40 jobs as part of a savings plan for next year.")
    assert (got["Tuesday"].modifies_noun, got["Tuesday"].clause, got["Tuesday"].tense) == (False, "main", "past")
    assert (got["next year"].modifies_noun, got["next year"].tense) == (True, "past")
    got = timexes_of("Voters in Bexton will choose a new mayor in next year's election.")
    assert (got["next year"].modifies_noun, got["next year"].tense) == (True, "future")


def test_analyze_records_report_frames_and_subordinate_clauses(timexes_of):
    got = timexes_of("Two cyclists were hurt in Alder Lane on Monday, police said on Tuesday.")
    assert got["Monday"].clause == "main" and got["Tuesday"].clause == "report"
    got = timexes_of("The Pellow Lane fire started at 6.15am on Monday and was put out by 11am.")
    assert got["6.15am on Monday"].clause == "main" and got["11am"].clause == "main", "coordinated main clauses"
    got = timexes_of("Families who left Brook Row on Monday morning returned in the evening.")
    assert got["Monday morning"].clause == "sub" and got["the evening"].clause == "main"
    assert got["the evening"].value == "2031-06-02TEV", "a bare part of day keeps the sentence's day"


def test_records_without_attachment_keep_the_text_order():
    from storyweave.brief.timeline_when import dating_timexes
    from storyweave.model import Timex

    old = [Timex("Monday", 0, 6, "DATE", "2031-06-02"), Timex("next year", 20, 29, "DATE", "2032")]
    assert dating_timexes(old, PUBLISHED) == old


# ------------------------------------------------------------------ parts of the day across outlets

BRIDGE = "The Harrowgate swing bridge was shut to all traffic on Tuesday {when} after engineers found a crack in its deck."
OTHER = {
    "a": "Ferry crews at Quillon reported calm water on Wednesday.",
    "b": "A diversion through Pell Moor added twenty minutes to journeys, drivers said on Thursday.",
}


def _bridge(nlp, when_a: str, when_b: str) -> list:
    from storyweave.analyze.pipeline import analyze_articles

    arts = [
        Article(id="a", text=BRIDGE.format(when=when_a) + " " + OTHER["a"], outlet="Quillon Star", published=PUBLISHED),
        Article(id="b", text=BRIDGE.format(when=when_b) + " " + OTHER["b"], outlet="Pell Radio", published=PUBLISHED),
    ]
    events = build_timeline([AnalyzedArticle(a, an) for a, an in analyze_articles(arts, nlp)])
    return [e for e in events if "Harrowgate" in e.what]


def test_evening_and_night_of_one_day_are_one_event_without_conflict(nlp):
    events = _bridge(nlp, "evening", "night")
    assert len(events) == 1 and not events[0].conflict
    assert events[0].when == "2031-06-03TEV" and {c.article for c in events[0].citations} == {"a", "b"}


def test_a_clock_time_inside_a_part_of_day_refines_it(nlp):
    events = _bridge(nlp, "morning", "at 9.20am")
    assert len(events) == 1 and not events[0].conflict
    assert events[0].when == "2031-06-03T09:20"


def test_morning_and_evening_stay_two_times(nlp):
    events = _bridge(nlp, "morning", "evening")
    # two events, or one whose outlets are shown to disagree: never one quiet time
    assert len(events) == 2 or (len(events) == 1 and events[0].conflict)


def _two_outlets(nlp, a: str, b: str) -> list:
    from storyweave.analyze.pipeline import analyze_articles

    arts = [Article(id="a", text=a, outlet="Quillon Star", published=PUBLISHED),
            Article(id="b", text=b, outlet="Pell Radio", published=PUBLISHED)]
    return build_timeline([AnalyzedArticle(a, an) for a, an in analyze_articles(arts, nlp)])


def test_the_same_figures_on_one_day_are_one_event_though_worded_apart(nlp):
    events = _two_outlets(
        nlp,
        "The Orbury budget was approved by 27 votes to 14 after a long debate in the town hall on Tuesday evening.",
        "Orbury councillors backed the budget 27 votes to 14 at Tuesday night's meeting, which protesters interrupted.")
    assert len(events) == 1 and {c.article for c in events[0].citations} == {"a", "b"}
    # other figures on the same day: two events
    events = _two_outlets(
        nlp,
        "The Orbury budget was approved by 27 votes to 14 after a long debate in the town hall on Tuesday evening.",
        "Orbury councillors backed a new car park 31 votes to 9 at Tuesday night's meeting, which protesters "
        "interrupted.")
    assert len(events) == 2


def _outlets(nlp, *texts: str) -> list:
    from storyweave.analyze.pipeline import analyze_articles

    from storyweave.compare.align import compare_story

    arts = [Article(id=chr(ord("a") + i), text=t, outlet=f"Outlet {i}", published=PUBLISHED)
            for i, t in enumerate(texts)]
    items = [AnalyzedArticle(a, an) for a, an in analyze_articles(arts, nlp)]
    return build_timeline(items, compare_story(items))  # as `show` builds it


def test_an_event_is_shown_by_what_most_outlets_say_of_it(nlp):
    # the shortest sentence is one outlet's angle (the questions); the others tell the event
    events = _outlets(
        nlp,
        "Three people died and 12 were hurt when a gas explosion tore through a bakery in Tolley Street on Tuesday.",
        "Three people were killed and 12 injured in a gas explosion at a bakery in Tolley Street on Tuesday.",
        "Questions were raised over the Tolley Street bakery where three people died on Tuesday.")
    assert len(events) == 1 and len(events[0].citations) == 3
    assert events[0].what.startswith("Three people")


def test_under_a_conflict_the_sentence_shown_states_the_time_given(nlp):
    events = _outlets(
        nlp,
        "The Tolley Street explosion happened at 7.40am on Tuesday, the fire service said.",
        "The explosion in Tolley Street happened at about 7.15am on Tuesday, witnesses said.",
        "The Tolley Street blast happened at 7.40am on Tuesday.")
    conflicted = [e for e in events if e.conflict]
    assert len(conflicted) == 1
    assert conflicted[0].when == "2031-06-03T07:15" and "7.15am" in conflicted[0].what


def test_an_approximate_hour_is_no_conflict_with_a_time_within_it(nlp):
    # (sixteenth session, from `show` on a blind event set) "about two o'clock" covers 02:14;
    # the entry takes the exact time and a sentence that states it
    events = _outlets(
        nlp,
        "Officers were called to the Tolley Street jewellers at 2.14am on Tuesday after an alarm.",
        "Four men broke into the Tolley Street jewellers at about two o'clock on Tuesday morning.")
    assert [(e.when, e.conflict) for e in events] == [("2031-06-03T02:14", False)]
    assert "2.14am" in events[0].what
    # an approximate time given to the quarter or the minute is taken at its word
    events = _outlets(
        nlp,
        "Officers were called to the Tolley Street jewellers at 2.40am on Tuesday after an alarm.",
        "Four men broke into the Tolley Street jewellers at about 2.45am on Tuesday.")
    assert any(e.conflict for e in events)
