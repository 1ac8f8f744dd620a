"""What a count or a time is scoped to, so that figures of different things are not set
against each other: the venue of a happening, the day of an operation, the team that
arrived; and tolls that move (a developing figure, a lower bound in undated reports).

Fictional stories and outlets, run through the whole analysis (`analyze_doc`); each
rule is checked both ways: the figures of different things are not a conflict, the
same thing told with another number still is.
"""

from __future__ import annotations

from storyweave.analyze.pipeline import analyze_doc
from storyweave.compare.align import compare_story
from storyweave.model import AnalyzedArticle, Article, Comparison

from test_claims import claims_of, only


def compared_story(nlp, texts: dict[str, str], published: str | None = None) -> list[Comparison]:
    """The comparisons of a story made of `texts` (article id -> text), fully analysed."""
    items = []
    for aid, text in texts.items():
        art = Article(id=aid, text=text, outlet=f"Outlet {aid}", published=published)
        items.append(AnalyzedArticle(art, analyze_doc(nlp(text), art, nlp)))
    return compare_story(items)


def _conflicts(comps: list[Comparison], slot: str) -> list[Comparison]:
    return [c for c in comps if c.slot == slot and c.verdict == "conflict"]


# -- venues ------------------------------------------------------------------------

def test_count_of_a_shooting_keeps_its_venue(nlp) -> None:
    c = only(claims_of(nlp, "A gunman opened fire on the Velmor bar, killing at least 12 people."), "killed")
    assert c.subject == "attack"  # gunfire, not a blaze
    assert any(s.startswith("in ") and "bar" in s for s in c.scope), c.scope
    text = "She was at a show at the Ostrin concert hall where gunmen opened fire, killing at least 80."
    c = only(claims_of(nlp, text), "killed")
    assert any(s.startswith("in ") and "hall" in s for s in c.scope), c.scope


def test_counts_at_two_venues_are_no_conflict_but_one_venue_is(nlp) -> None:
    bar = "Gunmen opened fire on the Velmor bar, killing at least 12 people."
    hall = "Gunmen opened fire on a concert at the Ostrin hall, killing 80 people."
    assert not _conflicts(compared_story(nlp, {"a": bar, "b": hall}, "2031-05-14"), "killed")
    # the same venue, more or less fully named, with another toll: a conflict
    other = "Three gunmen opened fire in the bar, killing 25 people."
    assert _conflicts(compared_story(nlp, {"a": bar, "b": other}, "2031-05-14"), "killed")


# -- subjects of times ---------------------------------------------------------------

def test_a_team_and_a_swat_team_are_two_subjects(nlp) -> None:
    texts = {"a": "The team arrived in Dorvik around 10 a.m., several of the players said.",
             "b": "At around 10.15 pm a heavily armed Swat team arrived and entered the building."}
    comps = compared_story(nlp, texts, "2031-05-14")
    times = [c for c in comps if c.slot == "time"]
    assert {c.subject for c in times} == {"team arrive", "swat team arrive"}, [(c.subject, c.verdict) for c in times]
    assert not _conflicts(comps, "time")
    # the describing adjective goes, the compound stays: one team, two times
    texts["a"] = "A Swat team arrived at 9.30 pm and sealed the street."
    (x,) = _conflicts(compared_story(nlp, texts, "2031-05-14"), "time")
    assert x.subject == "swat team arrive"


# -- days ----------------------------------------------------------------------------

def test_arrests_of_one_day_are_no_figure_of_the_running_total(nlp) -> None:
    raids = "Police made 23 arrests in overnight raids on Monday."
    total = "Sixty people have been arrested since the attacks."
    assert not _conflicts(compared_story(nlp, {"a": raids, "b": total}), "arrested")
    # with publication dates the running total is that day's figure, and is compared
    assert _conflicts(compared_story(nlp, {"a": raids, "b": total}, "2031-05-14"), "arrested")


def test_counts_of_two_days_are_not_compared_counts_of_one_day_are(nlp) -> None:
    monday = "Police arrested 23 people in raids on Monday."
    wednesday = "Police arrested 40 people in raids on Wednesday."
    assert not _conflicts(compared_story(nlp, {"a": monday, "b": wednesday}, "2031-05-16"), "arrested")
    other = "Police arrested 40 people in raids on Monday."
    assert _conflicts(compared_story(nlp, {"a": monday, "b": other}, "2031-05-16"), "arrested")


# -- tolls that move ---------------------------------------------------------------------

def test_a_large_toll_a_few_apart_is_a_developing_figure(nlp) -> None:
    a = "The bombings in Tarnow killed 127 people, officials said."
    b = "The bombings in Tarnow killed 130 people, officials said."
    (x,) = [c for c in compared_story(nlp, {"a": a, "b": b}, "2031-05-14") if c.slot == "killed"]
    assert x.verdict == "agree" and "developing figure: 127 to 130" in (x.note or "")
    # further apart, or small counts, still contradict each other
    c = "The bombings in Tarnow killed 120 people, officials said."
    assert _conflicts(compared_story(nlp, {"b": b, "c": c}, "2031-05-14"), "killed")
    assert _conflicts(compared_story(nlp, {"a": "The crash killed three people.", "b": "The crash killed five people."},
                             "2031-05-14"), "killed")


def test_a_lower_bound_in_undated_reports_has_no_far_end(nlp) -> None:
    early = "At least 180 people were injured in the riot."
    late = "The riot left 352 people injured, the ministry said."
    (x,) = [c for c in compared_story(nlp, {"a": early, "b": late}) if c.slot == "injured"]
    assert x.verdict == "agree" and "developing figure: 180 to 352" in (x.note or ""), (x.verdict, x.note)
    # reports of the same day hold "at least 180" to about that figure
    assert _conflicts(compared_story(nlp, {"a": early, "b": late}, "2031-05-14"), "injured")
    # undated, the same statement with another number is still a contradiction
    copy = "At least 290 people were injured in the riot."
    assert _conflicts(compared_story(nlp, {"a": early, "b": copy}), "injured")


def test_a_warning_does_not_hedge_the_next_clause(nlp) -> None:
    text = ("Police warn that the toll could exceed 9,000 in the north, and an aid agency reported that "
            "more than 1,600 people were confirmed dead.")
    c = only(claims_of(nlp, text), "killed", value=1600)
    assert c.hedge is None or "warn" not in c.hedge, c.hedge
    text = "Officials believe that 300 people were killed in the flood."
    assert only(claims_of(nlp, text), "killed").hedge == "officials believe"


def test_a_named_person_meets_the_same_person_by_surname(nlp) -> None:
    texts = {"a": "Ann Vell was arrested on Wednesday at her home in Dorvik.",
             "b": "Vell was arrested on Friday at her home in Dorvik."}
    comps = compared_story(nlp, texts, "2031-05-17")
    dates = [c for c in comps if c.slot == "date"]
    assert [c.verdict for c in dates] == ["conflict"], [(c.subject, c.verdict) for c in dates]
    assert dates[0].subject.endswith("Vell arrest") and len({v.article for v in dates[0].values}) == 2
