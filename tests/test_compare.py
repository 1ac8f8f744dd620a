"""Alignment and verdicts across the articles of a story.

Unit tests build claims by hand; one end-to-end test runs the whole analysis on a
fictional two-outlet story; the acceptance test runs the seed articles through
analysis + `compare_story` and the team's check script `check_seed_compare.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from storyweave.compare.align import compare_story
from storyweave.compare.verdict import compatible
from storyweave.model import Analysis, AnalyzedArticle, Article, Claim, Comparison

from conftest import SHARED_DATA, require_shared


def claim(slot: str, subject: str, value, *, qualifier=None, scope=(), unit=None, hedge=None) -> Claim:
    unit = unit if unit is not None else ("people" if isinstance(value, int) and slot != "age" else None)
    return Claim(slot=slot, subject=subject, value=value, display=str(value), start=0, end=1,
                 sentence_start=0, sentence_end=8, qualifier=qualifier, scope=list(scope), hedge=hedge, unit=unit)


def article(aid: str, *claims: Claim, published: str | None = "2031-05-14", outlet: str | None = None
            ) -> AnalyzedArticle:
    text = f"Sentence of {aid}. More text follows here."
    return AnalyzedArticle(Article(id=aid, text=text, outlet=outlet or f"Outlet {aid}", published=published),
                           Analysis(article_id=aid, claims=list(claims)))


def one(comps: list[Comparison], slot: str, subject: str | None = None) -> Comparison:
    found = [c for c in comps if c.slot == slot and (subject is None or c.subject == subject)]
    assert len(found) == 1, [(c.slot, c.subject, c.verdict) for c in comps]
    return found[0]


def test_qualified_counts_agree() -> None:
    comps = compare_story([article("a", claim("injured", "attack", 40, qualifier="about")),
                           article("b", claim("injured", "attack", 40, qualifier="at least", scope=["others"]))])
    c = one(comps, "injured")
    assert c.verdict == "agree" and {v.article for v in c.values} == {"a", "b"}


@pytest.mark.parametrize("a,qa,b,qb,ok", [
    (40, "about", 45, None, True), (40, "at least", 44, None, True), (40, None, 41, None, False),
    (300, "more than", 310, "about", True), (214, "at least", 345, "at least", False),
    (50, "up to", 70, None, False), (100, "nearly", 98, None, True),
])
def test_number_compatibility(a, qa, b, qb, ok) -> None:
    assert compatible("killed", claim("killed", "x", a, qualifier=qa), claim("killed", "x", b, qualifier=qb)) is ok


def test_death_toll_conflict_with_scope_note() -> None:
    comps = compare_story([article("a", claim("killed", "attack", 3, scope=["innocent"])),
                           article("b", claim("killed", "attack", 5), claim("killed", "attack", 3))])
    c = one(comps, "killed")
    assert c.verdict == "conflict" and c.gap == "2"
    assert c.note and "innocent" in c.note and "all" in c.note
    assert [v.value for v in c.values] == [3, 5, 3]
    assert all(v.sentence == "Sentence" and v.outlet == f"Outlet {v.article}" for v in c.values)


def test_time_conflict_reports_minutes() -> None:
    comps = compare_story([
        article("a", claim("time", "attack", "2031-05-13T14:45", qualifier="about", unit="local")),
        article("b", claim("time", "event", "2031-05-13T14:40", unit="local")),
        article("c", claim("killed", "attack", 2))])  # names the story's event
    c = one(comps, "time")
    assert (c.verdict, c.gap, c.subject) == ("conflict", "5 minutes", "attack")


def test_times_in_different_zones_are_not_compared() -> None:
    comps = compare_story([article("a", claim("time", "quake", "2031-05-10T03:34", unit="local")),
                           article("b", claim("time", "quake", "2031-05-10T06:34", unit="UTC"))])
    assert {c.verdict for c in comps} == {"single"}


def test_dates_of_one_event_agree_and_other_events_stay_apart() -> None:
    comps = compare_story([
        article("a", claim("date", "earthquake", "2031-02-27"), published="2031-02-28"),
        article("b", claim("date", "earthquake", "2031-02-27"), published="2031-03-01"),
        # months later: another quake of the same kind, and the February one in the background
        article("c", claim("date", "earthquake", "2031-10-20"), claim("date", "earthquake", "2031-02-27"),
                published="2031-10-22"),
        article("d", claim("date", "earthquake", "2031-10-20"), published="2031-10-21")])
    assert "conflict" not in {c.verdict for c in comps}
    feb = [c for c in comps if c.values[0].value == "2031-02-27"]
    assert feb and feb[0].verdict == "agree" and {v.article for v in feb[0].values} == {"a", "b", "c"}


def test_misdated_event_in_reports_days_apart_is_a_conflict() -> None:
    comps = compare_story([article("a", claim("date", "crash", "2031-06-01"), published="2031-06-02"),
                           article("b", claim("date", "crash", "2031-05-29"), published="2031-06-03")])
    c = one(comps, "date")
    assert c.verdict == "conflict" and c.gap == "3 days"


def test_rising_toll_days_apart_is_noted_as_update() -> None:
    comps = compare_story([article("a", claim("killed", "flood", 12), published="2031-05-10"),
                           article("b", claim("killed", "flood", 31), published="2031-05-12")])
    c = one(comps, "killed")
    assert c.verdict == "conflict" and c.note == "update between reports 2 days apart"


def test_speculative_and_partial_counts_take_no_side() -> None:
    comps = compare_story([article("a", claim("killed", "flood", 12)),
                           article("b", claim("killed", "flood", 12), claim("killed", "flood", 40, hedge="could")),
                           article("c", claim("arrested", "flood", 4, scope=["also"])),
                           article("d", claim("arrested", "flood", 25))])
    assert one(comps, "killed").verdict == "agree"
    assert one(comps, "arrested").verdict != "conflict"


def test_people_are_matched_by_name_and_ages_by_year_of_birth() -> None:
    comps = compare_story([
        article("a", claim("age", "Jane Roe", 48, unit="years"), published="2031-05-14"),
        article("b", claim("age", "Roe", 48, unit="years"), published="2031-05-14"),
        article("c", claim("age", "J. Roe", 49, unit="years"), published="2032-06-01"),
        article("d", claim("age", "Tom Roe", 20, unit="years"), published="2031-05-14")])
    jane = one(comps, "age", "Jane Roe")
    assert jane.verdict == "agree" and {v.article for v in jane.values} == {"a", "c"}
    # a bare surname shared by two people is nobody's in particular
    assert one(comps, "age", "Roe").verdict == "single"
    conflict = compare_story([article("a", claim("age", "Jane Roe", 48, unit="years")),
                              article("b", claim("age", "Jane Roe", 46, unit="years"))])
    assert one(conflict, "age").verdict == "conflict" and one(conflict, "age").gap == "2 years"


def test_fates_and_identity_agree_or_stand_alone_but_never_conflict() -> None:
    comps = compare_story([
        article("a", claim("shot", "attacker", "shot"), claim("identity", "attacker", "not yet named")),
        article("b", claim("shot", "attacker", "shot by police"), claim("identity", "attacker", "not yet named"),
                claim("stabbed", "Jane Roe", "stabbed by attacker"))])
    assert one(comps, "shot").verdict == "agree"
    assert one(comps, "identity").verdict == "agree"
    assert one(comps, "stabbed").verdict == "single"


def test_fictional_story_end_to_end(nlp) -> None:
    from storyweave.analyze.pipeline import analyze_articles

    one_text = ("Four people were killed when a gas tanker exploded on Harrow Lane yesterday. "
                "About 25 people were injured in the explosion. The blast happened at 8.30am. "
                "Driver Oskar Lindqvist, 51, was among the dead.")
    two_text = ("Six people died after a tanker blew up on Harrow Lane yesterday. "
                "At least 25 others were injured in the explosion, which happened at 8.30am. "
                "The 51-year-old driver, Oskar Lindqvist, was killed.")
    arts = [Article(id="one", text=one_text, outlet="Daily One", published="2031-05-14"),
            Article(id="two", text=two_text, outlet="Two Times", published="2031-05-14")]
    items = [AnalyzedArticle(a, an) for a, an in analyze_articles(arts, nlp=nlp)]
    comps = compare_story(items)
    killed = one(comps, "killed", "explosion")
    assert killed.verdict == "conflict" and killed.gap == "2"
    assert one(comps, "injured").verdict == "agree"
    assert one(comps, "time").verdict == "agree"
    assert one(comps, "age").verdict == "agree"
    for c in comps:
        for v in c.values:
            text = one_text if v.article == "one" else two_text
            assert v.sentence in text and text[v.start:v.end] == v.display


# -- acceptance on the seed articles ------------------------------------------------------

def _checks_dir() -> Path:
    return require_shared("checks", root=SHARED_DATA.parent)


def test_seed_comparisons_pass_the_check(nlp, seeds_dir: Path, tmp_path: Path) -> None:
    from storyweave.analyze.pipeline import analyze_articles

    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    arts = []
    for name, meta in sorted(gold["articles"].items()):
        path = seeds_dir / name
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        arts.append(Article(id=path.stem, text=text, outlet=meta.get("outlet"), published=meta.get("published")))
    items = [AnalyzedArticle(a, an) for a, an in analyze_articles(arts, nlp=nlp)]
    comps = compare_story(items)
    out = tmp_path / "compare.json"
    out.write_text(json.dumps({"claims": [c.to_dict() for it in items for c in it.analysis.claims],
                               "comparisons": [c.to_dict() for c in comps]}), encoding="utf-8")
    check = _checks_dir() / "check_seed_compare.py"
    result = subprocess.run([sys.executable, str(check), str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "seed_compare=7/7"
    # and what the check cannot see: the gap, and the scopes named in the note
    toll = next(c for c in comps if c.slot == "killed" and c.verdict == "conflict")
    assert toll.gap == "2" and "innocent" in (toll.note or "")
    assert next(c for c in comps if c.slot == "time").gap == "5 minutes"
    assert not [c for c in comps if c.verdict == "conflict" and c.slot not in ("killed", "time")]


def test_counts_of_some_people_against_counts_of_all() -> None:
    # a small part is no contradiction; most of the total counted differently is shown with its scope
    part = compare_story([article("a", claim("killed", "quake", 4, scope=["soldiers"])),
                          article("b", claim("killed", "quake", 2000))])
    assert [c.verdict for c in part] == ["single", "single"]
    same = compare_story([article("a", claim("evacuated", "fire", 120, qualifier="about", scope=["residents"])),
                          article("b", claim("evacuated", "fire", 200, qualifier="about"))])
    c = one(same, "evacuated")
    assert c.verdict == "conflict" and c.note == "different scopes: all vs residents"
    groups = compare_story([article("a", claim("killed", "quake", 4, scope=["soldiers"])),
                            article("b", claim("killed", "quake", 9, scope=["nurses"]))])
    assert [c.verdict for c in groups] == ["single", "single"]
    both = compare_story([article("a", claim("killed", "quake", 4, scope=["soldiers"]), claim("killed", "quake", 90)),
                          article("b", claim("killed", "quake", 4, scope=["soldiers"]), claim("killed", "quake", 90))])
    assert [c.verdict for c in both] == ["agree", "agree"]


def test_partial_counts_are_compared_with_partial_counts_of_the_same_scope() -> None:
    comps = compare_story([article("a", claim("arrested", "riot", 4, scope=["also"]),
                                   claim("arrested", "riot", 25)),
                           article("b", claim("arrested", "riot", 9, scope=["also"]),
                                   claim("arrested", "riot", 25))])
    conflicts = [c for c in comps if c.verdict == "conflict"]
    assert len(conflicts) == 1 and {v.value for v in conflicts[0].values} >= {4, 9}
    # a part ("another 3") set against a differently scoped part is no contradiction
    comps = compare_story([article("a", claim("arrested", "riot", 4, scope=["also"])),
                           article("b", claim("arrested", "riot", 9, scope=["another"]))])
    assert one(comps, "arrested").verdict != "conflict"


def test_planted_kinds_conflict_end_to_end(nlp) -> None:
    """One fictional report and a copy with four values changed, as the conflicts bench
    plants them: a missing count, the day of a named person's arrest, the local time
    restated in brackets with seconds, and an age in a list of named people."""
    from storyweave.analyze.pipeline import analyze_articles

    text = ("Storm surge floods Velmo harbour\n\nFriday, March 14, 2031\n\n"
            "A storm surge flooded the harbour of Velmo on Thursday. Three people are missing local radio says. "
            "The surge struck at 09:12:40 UTC (05:12:40 AM local time), at a height of four metres.\n\n"
            "Harbour master Ilse Norrgard was arrested by coastguard officers on March 11 over the "
            "failed warning. The crew named so far are Piet Aldana, 41, Oskar Venlo Brandt, 36, and Mira Sollen, 29.")
    changed = (text.replace("Three people", "Eight people").replace("March 11", "March 8")
               .replace("05:12:40 AM", "07:12:40 AM").replace("Brandt, 36", "Brandt, 43"))
    arts = [Article(id="orig", text=text, outlet="Velmo Post", published="2031-03-14"),
            Article(id="copy", text=changed, outlet="Planted", published="2031-03-14")]
    items = [AnalyzedArticle(a, an) for a, an in analyze_articles(arts, nlp=nlp)]
    conflicts = {(c.slot, str(v.value)) for c in compare_story(items) if c.verdict == "conflict"
                 for v in c.values if v.article == "copy"}
    assert ("missing", "8") in conflicts
    assert ("date", "2031-03-08") in conflicts
    assert ("time", "2031-03-13T07:12") in conflicts  # Thursday, the day of the surge
    assert ("age", "43") in conflicts
    # nothing else was changed, so nothing else conflicts
    assert {slot for slot, _ in conflicts} == {"missing", "date", "time", "age"}
