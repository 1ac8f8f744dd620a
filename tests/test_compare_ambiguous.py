"""Groups that hold figures of several things, side groups, and ages of undated articles.

Fictional stories, claims built by hand with the sentence that states them, so that
the statement-by-statement comparison sees real sentences.
"""

from __future__ import annotations

import re

from storyweave.compare.align import compare_story
from storyweave.model import Analysis, AnalyzedArticle, Article, Claim, Comparison


def story(aid: str, *stated: tuple[str, Claim], published: str | None = None) -> AnalyzedArticle:
    """An article made of the given sentences, each with the claim it states (placed on it)."""
    text, claims = "", []
    for sentence, c in stated:
        start = len(text)
        text += sentence + " "
        c.sentence_start, c.sentence_end = start, start + len(sentence)
        digit = re.search(r"\d", sentence)  # the value's place in its sentence, where written in digits
        c.start = start + (digit.start() if digit else 0)
        c.end = c.start + 2
        claims.append(c)
    return AnalyzedArticle(Article(id=aid, text=text, outlet=f"Outlet {aid}", published=published),
                           Analysis(article_id=aid, claims=claims))


def c(slot: str, subject: str, value, *, qualifier=None, scope=()) -> Claim:
    unit = None if slot in ("age", "time", "date") else "people"
    return Claim(slot=slot, subject=subject, value=value, display=str(value), start=0, end=1,
                 sentence_start=0, sentence_end=1, qualifier=qualifier, scope=list(scope), unit=unit)


def conflicts(comps: list[Comparison], slot: str) -> list[Comparison]:
    return [x for x in comps if x.slot == slot and x.verdict == "conflict"]


MARKET = "Twelve people were killed when the blast tore through the Ostery fish market at dawn."
TOTAL = "The bombings across the port city of Ostery killed 30 people in all, officials said."


def test_counts_of_sites_are_not_set_against_the_total_of_another_outlet() -> None:
    a = story("a", (MARKET, c("killed", "bombing", 12)), (TOTAL, c("killed", "bombing", 30)))
    b = story("b", ("Thirty people died in the bombings, the port authority of Ostery said.",
                    c("killed", "bombing", 30)))
    assert not conflicts(compare_story([a, b]), "killed")


def test_totals_still_conflict_when_an_article_gives_several_counts() -> None:
    a = story("a", (MARKET, c("killed", "bombing", 12)), (TOTAL, c("killed", "bombing", 30)))
    b = story("b", ("Thirty-eight people died in the bombings, the port authority of Ostery said.",
                    c("killed", "bombing", 38)))
    (x,) = conflicts(compare_story([a, b]), "killed")
    assert x.gap == "8"


def test_the_same_sentence_with_another_count_conflicts() -> None:
    a = story("a", (MARKET, c("killed", "bombing", 12)), (TOTAL, c("killed", "bombing", 30)))
    b = story("b", (MARKET.replace("Twelve", "Nineteen"), c("killed", "bombing", 19)),
              (TOTAL, c("killed", "bombing", 30)))
    (x,) = conflicts(compare_story([a, b]), "killed")
    assert {v.value for v in x.values} >= {12, 19} and x.gap == "7"


def test_times_of_several_blasts_in_one_article_are_no_contradiction() -> None:
    a = story("a", ("The first bomb went off at 9:20 p.m. near the north gate.", c("time", "explosion", "T21:20")),
              ("A second bomb went off at 9:30 p.m. by the ticket hall.", c("time", "explosion", "T21:30")))
    b = story("b", ("Witnesses heard a blast at 9:20 p.m. outside the arena.", c("time", "explosion", "T21:20")))
    assert not conflicts(compare_story([a, b]), "time")
    b_changed = story("b", ("A second bomb went off at 9:50 p.m. by the ticket hall.",
                            c("time", "explosion", "T21:50")))
    assert conflicts(compare_story([a, b_changed]), "time")


def test_a_toll_that_rises_in_the_article_itself() -> None:
    a = story("a", ("At least 30 people were killed in the first hours, rescuers said.",
                    c("killed", "quake", 30, qualifier="at least")),
              ("By the evening the toll had risen to 52.", c("killed", "quake", 52)))
    b = story("b", ("The quake killed 52 people in the valley towns.", c("killed", "quake", 52)))
    assert not conflicts(compare_story([a, b]), "killed")


WORDINGS = {"a": "The floods have killed {n} people across the delta, the ministry said.",
            "b": "Rescue teams are still searching villages where {n} residents drowned last week.",
            "c": "Aid agencies put the number of dead at {n} as river levels began to fall."}


def _toll(aid: str, n: int, published: str | None) -> AnalyzedArticle:
    return story(aid, (WORDINGS[aid].format(n=n), c("killed", "flood", n)), published=published)


def test_undated_reports_with_three_different_tolls_are_a_moving_figure() -> None:
    assert not conflicts(compare_story([_toll("a", 120, None), _toll("b", 127, None), _toll("c", 132, None)]),
                         "killed")
    # two undated figures, or reports of the same day, are still a contradiction
    assert conflicts(compare_story([_toll("a", 120, None), _toll("b", 127, None), _toll("c", 120, None)]),
                     "killed")
    assert conflicts(compare_story([_toll("a", 120, None), _toll("b", 132, None)]), "killed")
    day = "2031-04-02"
    assert conflicts(compare_story([_toll("a", 120, day), _toll("b", 127, day), _toll("c", 132, day)]), "killed")


def test_police_injured_are_a_side_of_their_own() -> None:
    riot = "Clashes in the capital left more than 60 people injured, the health ministry said."
    day = "2031-04-02"
    a = story("a", (riot, c("injured", "riot", 60, qualifier="more than")), published=day)
    b = story("b", ("Fifty police officers were injured in the clashes.", c("injured", "riot", 50, scope=["officers"])),
              published=day)
    assert not conflicts(compare_story([a, b]), "injured")
    # more officers than people injured in all, the same day, is a discrepancy, shown with the scopes
    b = story("b", ("Ninety-five police officers were injured in the clashes.",
                    c("injured", "riot", 95, scope=["officers"])), published=day)
    (x,) = conflicts(compare_story([a, b]), "injured")
    assert "officers" in (x.note or "")
    # undated reports: "more than 60" may be an early figure of a toll that grew past 95
    a = story("a", (riot, c("injured", "riot", 60, qualifier="more than")))
    b = story("b", ("Ninety-five police officers were injured in the clashes.",
                    c("injured", "riot", 95, scope=["officers"])))
    assert not conflicts(compare_story([a, b]), "injured")


def _family(aid: str, ada: int, ben: int) -> AnalyzedArticle:
    return story(aid, (f"Their children Ada Morrow, {ada}, and Ben Morrow, {ben}, were at the ceremony.",
                       c("age", "Ada Morrow", ada)),
                 (f"Their children Ada Morrow, {ada}, and Ben Morrow, {ben}, were at the ceremony.",
                  c("age", "Ben Morrow", ben)))


def test_ages_of_several_people_shifted_alike_mean_articles_years_apart() -> None:
    assert not conflicts(compare_story([_family("a", 10, 7), _family("b", 16, 13)]), "age")
    # one changed age is no shift of years: a conflict for that person only
    (x,) = conflicts(compare_story([_family("a", 10, 7), _family("b", 16, 7)]), "age")
    assert x.subject == "Ada Morrow" and x.gap == "6 years"


def test_two_ages_of_one_person_in_one_article_still_conflict_with_another() -> None:
    a = story("a", ("Her brother Jonas Keel, 13, left home in spring.", c("age", "Jonas Keel", 13)),
              ("Jonas Keel, 13, was later seen in the border town.", c("age", "Jonas Keel", 13)))
    b = story("b", ("Her brother Jonas Keel, 13, left home in spring.", c("age", "Jonas Keel", 13)),
              ("Jonas Keel, 20, was later seen in the border town.", c("age", "Jonas Keel", 20)))
    (x,) = conflicts(compare_story([a, b]), "age")
    assert 20 in {v.value for v in x.values}


def test_the_same_two_ages_in_other_articles_are_explained_by_the_shift() -> None:
    # a and b are six years apart (two people); c gives only Ada, at b's age: from b's time
    c_only = story("c", ("Ada Morrow, 16, read a poem at the ceremony.", c("age", "Ada Morrow", 16)))
    comps = compare_story([_family("a", 10, 7), _family("b", 16, 13), c_only])
    assert not conflicts(comps, "age")
    # an age that no pair of articles explains still conflicts
    c_other = story("c", ("Ada Morrow, 19, read a poem at the ceremony.", c("age", "Ada Morrow", 19)))
    assert conflicts(compare_story([_family("a", 10, 7), _family("b", 16, 13), c_other]), "age")


def test_the_same_words_before_two_values_are_the_same_statement() -> None:
    # one parse cut the sentence after the time: the words before it still match
    a = story("a", ("The second blast went off at 9:30", c("time", "explosion", "T21:30")),
              ("The first blast was at 9:20 p.m. by the gate.", c("time", "explosion", "T21:20")))
    b = story("b", ("The second blast went off at 9:45 p.m. near the ticket hall of the arena, police said.",
                    c("time", "explosion", "T21:45")),
              ("The first blast was at 9:20 p.m. by the gate.", c("time", "explosion", "T21:20")))
    (x,) = conflicts(compare_story([a, b]), "time")
    assert x.gap == "15 minutes"
