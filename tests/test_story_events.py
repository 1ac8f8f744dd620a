"""Events inside a story (stories/events.py): two fires of one kind in one town three weeks
apart are two events of one storyline; one event's follow-ups stay one; no dates, no split.
Every name here is invented."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from storyweave.analyze.pipeline import analyze_doc
from storyweave.brief.render import render
from storyweave.cli import app
from storyweave.model import AnalyzedArticle, Article, Story
from storyweave.report import make_report
from storyweave.stories.events import EventConfig, story_events

FIRST_FIRE = [
    ("mill-1", "Dunhollow Post", "2032-09-02T07:30:00", "Fire guts Brackley flour mill in Dunhollow",
     "A fire gutted the Brackley flour mill on the river front in Dunhollow overnight, the county fire "
     "service said. Twelve engines were sent to the mill after the alarm at 1am and the roof of the grain "
     "store collapsed before dawn. Nobody was hurt. Station commander Rhea Osgood said the dust in the "
     "grain store made the fire spread fast. The Brackley family has run the mill since 1921."),
    ("mill-2", "Radio Carrow", "2032-09-02T12:00:00", "Brackley mill fire: river road closed",
     "The river road in Dunhollow stays closed after a fire destroyed the grain store of the Brackley "
     "flour mill. The county fire service said crews would be at the mill all day. Owner Piers Brackley "
     "said the family would rebuild and that the forty staff would be paid."),
    ("mill-3", "Carrow Evening News", "2032-09-03T18:00:00", "Dust blamed for Brackley mill blaze",
     "Flour dust in the grain store is the likely cause of the fire at the Brackley mill in Dunhollow, "
     "investigators said on Thursday. Station commander Rhea Osgood said the grain store collapsed within "
     "an hour. Piers Brackley thanked the crews and said the mill's forty workers would keep their jobs."),
]
SECOND_FIRE = [
    ("tyre-1", "Dunhollow Post", "2032-09-24T08:00:00", "Blaze at Dunhollow tyre depot sends smoke over town",
     "Thick black smoke drifted over Dunhollow after a fire broke out at the Vantro tyre depot on the "
     "Kilnfield estate, the county fire service said. Residents were told to close their windows. Station "
     "commander Rhea Osgood said about 3,000 tyres were burning and crews would let the stack burn out."),
    ("tyre-2", "Radio Carrow", "2032-09-24T13:15:00", "Kilnfield estate fire: schools keep pupils inside",
     "Two schools near the Kilnfield estate in Dunhollow kept pupils indoors as a fire at the Vantro tyre "
     "depot burned on. The county fire service said the smoke was not toxic but asked people to avoid the "
     "area. Vantro manager Lena Fairlie said all staff had been accounted for."),
    ("tyre-3", "Carrow Evening News", "2032-09-25T17:40:00", "Vantro depot fire out after 30 hours",
     "Firefighters have put out the fire at the Vantro tyre depot on the Kilnfield estate in Dunhollow "
     "after about 30 hours. Lena Fairlie, the depot's manager, said the company would help the fire "
     "service find out how the stack of tyres caught light."),
]


# A third fire, weeks later, in one report: a split would leave it on its own.
LONE_FIRE = ("barn-1", "Radio Carrow", "2032-10-20T09:00:00", "Hay barn burns at Dunhollow farm",
             "A hay barn burned down at Cobble End farm outside Dunhollow overnight, the county fire service "
             "said. Station commander Rhea Osgood said about 400 bales were lost and no animals were hurt.")


def _items(nlp, rows, undated: bool = False) -> list[AnalyzedArticle]:
    """Full analyses (claims included), as the main job stores them."""
    articles = [Article(id=aid, text=text, outlet=outlet, title=title, published=None if undated else published)
                for aid, outlet, published, title, text in rows]
    return [AnalyzedArticle(a, analyze_doc(nlp(a.text), a, nlp)) for a in articles]


def _story(items: list[AnalyzedArticle], story_id: str = "s-fires") -> Story:
    ordered = sorted(items, key=lambda i: (i.article.published or "", i.article.id))
    dates = [i.article.published for i in ordered if i.article.published]
    return Story(id=story_id, title=ordered[0].article.title or "", articles=[i.article.id for i in ordered],
                 first_published=dates[0] if dates else None, last_published=dates[-1] if dates else None)


@pytest.fixture(scope="module")
def fire_items(nlp) -> list[AnalyzedArticle]:
    return _items(nlp, FIRST_FIRE + SECOND_FIRE)


def test_two_fires_of_one_storyline_are_two_events(fire_items):
    events = story_events(_story(fire_items), fire_items)
    assert [set(e.articles) for e in events] == [{"mill-1", "mill-2", "mill-3"}, {"tyre-1", "tyre-2", "tyre-3"}]
    assert [e.id for e in events] == ["s-fires.1", "s-fires.2"]
    assert events[0].first_published == "2032-09-02T07:30:00"
    assert events[0].last_published == "2032-09-03T18:00:00"
    assert events[1].first_published == "2032-09-24T08:00:00"
    assert events[0].title and events[1].title and events[0].title != events[1].title


def test_one_events_follow_ups_stay_one_event(fire_items):
    first = [i for i in fire_items if i.article.id.startswith("mill-")]
    events = story_events(_story(first), first)
    assert len(events) == 1 and set(events[0].articles) == {"mill-1", "mill-2", "mill-3"}


def test_events_do_not_depend_on_input_order(fire_items):
    story = _story(fire_items)
    forward = story_events(story, fire_items)
    backward = story_events(story, list(reversed(fire_items)))
    assert [(e.id, e.articles) for e in forward] == [(e.id, e.articles) for e in backward]


def test_articles_outside_the_story_are_ignored(fire_items):
    first = [i for i in fire_items if i.article.id.startswith("mill-")]
    events = story_events(_story(first), fire_items)
    assert {a for e in events for a in e.articles} == {"mill-1", "mill-2", "mill-3"}


def test_several_outlets_story_keeps_a_lone_report_as_an_event(nlp, fire_items):
    items = fire_items + _items(nlp, [LONE_FIRE])
    assert [len(e.articles) for e in story_events(_story(items), items)] == [3, 3, 1]


def test_one_outlets_series_splits_only_into_events_of_several_articles(nlp, fire_items):
    one_outlet = [AnalyzedArticle(replace(it.article, outlet="Dunhollow Post"), it.analysis)
                  for it in fire_items + _items(nlp, [LONE_FIRE])]
    events = story_events(_story(one_outlet), one_outlet)
    assert len(events) == 1 and len(events[0].articles) == 7
    # without the lone report the series splits cleanly into its two fires
    clean = [it for it in one_outlet if it.article.id != "barn-1"]
    assert [len(e.articles) for e in story_events(_story(clean), clean)] == [3, 3]
    # and with lone events allowed, the whole series falls into its three fires
    loose = replace(EventConfig(), min_articles=1)
    assert [len(e.articles) for e in story_events(_story(one_outlet), one_outlet, loose)] == [3, 3, 1]


# Published while the mill fire was being covered, in words of its own: the online pass
# leaves it alone; what it shares with the mill reports makes it part of that event.
SAME_DAY_TAKE = ("mill-tab", "The Daily Ember", "2032-09-02T21:00:00", "INFERNO! Flames roar through old landmark",
                 "TERRIFIED neighbours watched in horror as towering flames roared through a much-loved old "
                 "building by the water. Retired baker Nell Tamsin, 71, sobbed: 'I grew up with it. My dad "
                 "bought flour there.' Locals fear Dunhollow has lost a landmark for good.")
# Published the same day, about something else that the storyline happens to hold.
SAME_DAY_OTHER = ("ferry-1", "Radio Carrow", "2032-09-02T16:00:00", "Carrow ferry back in service",
                  "The Carrow river ferry is running again after a week in dry dock for new engines, its "
                  "operator said. Fares stay the same until the spring.")


def test_a_same_day_lone_report_joins_the_event_it_shares_words_with(nlp, fire_items):
    items = fire_items + _items(nlp, [SAME_DAY_TAKE, SAME_DAY_OTHER])
    story = _story(items)
    events = story_events(story, items)
    sets = [set(e.articles) for e in events]
    assert {"mill-1", "mill-2", "mill-3", "mill-tab"} in sets
    assert {"ferry-1"} in sets


def test_undated_story_is_one_event(nlp):
    items = _items(nlp, FIRST_FIRE + SECOND_FIRE, undated=True)
    events = story_events(_story(items), items)
    assert len(events) == 1 and len(events[0].articles) == 6
    assert events[0].first_published is None


def test_the_event_threshold_is_real(fire_items):
    # with a bar of zero every pair counts as one event; with a bar of one none does
    assert len(story_events(_story(fire_items), fire_items, replace(EventConfig(), threshold=0.0))) == 1
    assert len(story_events(_story(fire_items), fire_items, replace(EventConfig(), threshold=1.0))) == 6


def test_show_lists_the_events_with_their_sources(fire_items):
    report = make_report(_story(fire_items), fire_items)
    assert [e["sources"] for e in report["events"]] == [[1, 2, 3], [4, 5, 6]]
    md = render(report, "md")
    assert "## Events" in md and "- **2032-09-02 – 2032-09-03**:" in md and "[4][5][6]" in md
    html = render(report, "html")
    assert 'id="events"' in html and "2032-09-24 – 2032-09-25" in html


def test_show_has_no_events_section_for_a_single_event(fire_items):
    first = [i for i in fire_items if i.article.id.startswith("mill-")]
    md = render(make_report(_story(first), first), "md")
    assert "## Events" not in md


def _write_inputs(tmp_path) -> list[str]:
    path = tmp_path / "fires.jsonl"
    rows = [{"id": aid, "outlet": outlet, "published": published, "title": title, "text": text}
            for aid, outlet, published, title, text in FIRST_FIRE + SECOND_FIRE]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return [str(path)]


def test_cluster_json_lists_events_and_with_level_story_storylines_with_their_events(tmp_path):
    runner = CliRunner()
    inputs = _write_inputs(tmp_path)
    fires = {frozenset(r[0] for r in FIRST_FIRE), frozenset(r[0] for r in SECOND_FIRE)}
    rows = json.loads(runner.invoke(app, ["cluster", *inputs, "--json"]).stdout)["stories"]
    assert {frozenset(r["articles"]) for r in rows} == fires
    storylines = json.loads(runner.invoke(app, ["cluster", *inputs, "--json", "--level", "story"]).stdout)["stories"]
    events = [e for s in storylines for e in s["events"]]
    assert {frozenset(e["articles"]) for e in events} == fires
    assert sorted(a for s in storylines for a in s["articles"]) == sorted(a for e in events for a in e["articles"])
    assert all(r["story"] in {s["id"] for s in storylines} for r in rows)


def test_unknown_level_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["cluster", *_write_inputs(tmp_path), "--json", "--level", "topic"])
    assert result.exit_code == 2 and "--level must be one of event, story" in result.stderr


def test_show_compares_outlets_within_each_event_only(fire_items):
    report = make_report(_story(fire_items), fire_items)
    event_of = {a: e.id for e in story_events(_story(fire_items), fire_items) for a in e.articles}
    assert report["comparisons"], "the fixture's outlets state comparable facts"
    for c in report["comparisons"]:
        assert {event_of[v["article"]] for v in c["values"]} == {c["event"]}
    md = render(report, "md")
    assert "**Event 1** (2032-09-02 – 2032-09-03)" in md


def test_single_event_comparisons_name_no_event(fire_items):
    first = [i for i in fire_items if i.article.id.startswith("mill-")]
    report = make_report(_story(first), first)
    assert report["comparisons"] and all(c["event"] is None for c in report["comparisons"])


def test_stored_stories_list_their_events_and_show_shows_one_event(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "fires.db")
    assert runner.invoke(app, ["analyze", *_write_inputs(tmp_path), "--db", db]).exit_code == 0
    plain = json.loads(runner.invoke(app, ["stories", "--db", db, "--json"]).stdout)["stories"]
    assert all("events" not in s for s in plain)
    (story,) = json.loads(runner.invoke(app, ["stories", "--db", db, "--json", "--events"]).stdout)["stories"]
    fires = {frozenset(r[0] for r in FIRST_FIRE), frozenset(r[0] for r in SECOND_FIRE)}
    assert {frozenset(e["articles"]) for e in story["events"]} == fires
    assert [e["id"] for e in story["events"]] == [f"{story['id']}.1", f"{story['id']}.2"]
    table = runner.invoke(app, ["stories", "--db", db, "--events"]).stdout
    assert f"{story['id']}.2" in table
    shown = json.loads(runner.invoke(app, ["show", f"{story['id']}.2", "--db", db, "--format", "json"]).stdout)
    assert shown["id"] == f"{story['id']}.2"
    assert {s["id"] for s in shown["sources"]} == {r[0] for r in SECOND_FIRE}
    missing = runner.invoke(app, ["show", f"{story['id']}.3", "--db", db])
    assert missing.exit_code == 1 and "has 2 event(s), no event 3" in missing.stderr


FERRY_TAKES = [
    ("ferry-a", "Radio Carrow", "2032-09-10T08:00:00", "Carrow ferry runs aground on sandbank",
     "The Carrow river ferry ran aground on a sandbank near Wexley pier at dawn with 40 passengers "
     "aboard. Nobody was hurt and the passengers were taken off by lifeboat."),
    ("ferry-b", "Dunhollow Post", "2032-09-10T15:00:00", "Lifeboat lifts 40 off stranded ferry",
     "A lifeboat took 40 passengers off the Carrow ferry after it ran aground near Wexley pier. "
     "The operator said the ferry would be towed off the sandbank at high tide."),
]


def test_lone_reports_that_choose_each_other_make_one_event(nlp, fire_items):
    items = [i for i in fire_items if i.article.id.startswith("mill-")] + _items(nlp, FERRY_TAKES)
    events = story_events(_story(items), items)
    assert [set(e.articles) for e in events] == [{"mill-1", "mill-2", "mill-3"}, {"ferry-a", "ferry-b"}]


def _redated(item: AnalyzedArticle, published: str) -> AnalyzedArticle:
    return AnalyzedArticle(replace(item.article, published=published), item.analysis)


def test_pair_features_are_bounded_and_symmetric(fire_items):
    """Every feature stays within the range it had in training whatever the story's size or
    span (no raw gap or size enters), and the pair matrices are symmetric."""
    import numpy as np

    from storyweave.stories.event_pairs import FEATURES, pair_features

    far = fire_items + [_redated(fire_items[0], "2033-06-01T08:00:00")]
    feats = pair_features(far)
    assert feats.shape == (len(FEATURES), len(far), len(far))
    assert np.allclose(feats, feats.transpose(0, 2, 1))
    assert np.all(feats >= 0.0) and np.all(feats[FEATURES.index("kernel_21d")] <= 1.0)


def test_same_event_probability_never_grows_with_the_gap(fire_items):
    """The stored model's time weights keep P(same event) from rising as two articles move
    apart in time, all else equal."""
    from storyweave.stories.event_model import load_model, same_event_probability
    from storyweave.stories.event_pairs import pair_features

    from datetime import datetime, timedelta

    model = load_model()
    first, second = fire_items[0], fire_items[1]
    probs = []
    for days in (0, 1, 3, 7, 14, 30, 60, 120):
        when = datetime(2032, 9, 2, 12, 0) + timedelta(days=days)
        later = _redated(second, when.isoformat())
        probs.append(same_event_probability(pair_features([first, later]), model)[0, 1])
    assert all(b <= a + 1e-9 for a, b in zip(probs, probs[1:]))
    assert probs[-1] < probs[0]


def test_a_story_longer_than_the_window_is_grouped_window_by_window(fire_items, monkeypatch):
    from storyweave.stories import event_model

    monkeypatch.setattr(event_model, "MAX_ARTICLES", 3)
    story = _story(fire_items)
    events = story_events(story, fire_items)
    assert [set(e.articles) for e in events] == [{"mill-1", "mill-2", "mill-3"}, {"tyre-1", "tyre-2", "tyre-3"}]


# ---- the dense model (articles' embeddings given; no model is run here) ------------------


def _orthogonal_vectors(items: list[AnalyzedArticle]) -> dict:
    """One unit vector per storyline of the fire fixture: the mill's articles share one
    direction, the tyre depot's another, orthogonal to it."""
    import numpy as np

    return {it.article.id: np.array([1.0, 0.0, 0.0] if it.article.id.startswith("mill-") else [0.0, 1.0, 0.0])
            for it in items}


def test_dense_pair_features_are_the_cosine_and_its_share_of_each_best():
    import numpy as np

    from storyweave.stories.event_pairs import dense_pair_features

    vectors = np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    cosine, relative = dense_pair_features(vectors)
    assert np.allclose(cosine, vectors @ vectors.T)
    # 0 and 2 are orthogonal; 1 is each one's best partner, and they are 1's best (0.6 and 0.8)
    assert relative[0, 1] == pytest.approx(min(0.6 / 0.6, 0.6 / 0.8))
    assert relative[1, 2] == pytest.approx(1.0) and relative[0, 2] == pytest.approx(0.0)
    assert np.allclose(relative, relative.T)


def test_pair_features_with_embeddings_add_the_dense_features(fire_items):
    import numpy as np

    from storyweave.stories.event_pairs import DENSE_FEATURES, FEATURES, pair_features

    vectors = np.stack(list(_orthogonal_vectors(fire_items).values()))
    feats = pair_features(fire_items, vectors=vectors)
    assert feats.shape == (len(DENSE_FEATURES), len(fire_items), len(fire_items))
    assert np.array_equal(feats[:len(FEATURES)], pair_features(fire_items))
    with pytest.raises(ValueError, match="embeddings for"):
        pair_features(fire_items, vectors=vectors[:2])


def test_dense_model_gives_more_weight_to_closer_embeddings(fire_items):
    """All else equal, P(same event) rises with the two dense features (the stored dense
    model learned them as evidence for one event, not against it)."""
    import numpy as np

    from storyweave.stories.event_model import DENSE_MODEL_PATH, load_model, same_event_probability
    from storyweave.stories.event_pairs import DENSE_FEATURES, pair_features

    model = load_model(DENSE_MODEL_PATH)
    assert tuple(model["features"]) == DENSE_FEATURES
    base = pair_features(fire_items[:2], vectors=np.eye(2, 3))
    probs = []
    for value in (0.0, 0.3, 0.6, 0.9):
        feats = base.copy()
        feats[DENSE_FEATURES.index("dense")] = value
        feats[DENSE_FEATURES.index("dense_relative")] = value
        probs.append(same_event_probability(feats, model)[0, 1])
    assert probs == sorted(probs) and probs[-1] > probs[0]


def test_story_events_use_the_dense_model_only_when_every_article_has_an_embedding(fire_items, monkeypatch):
    from storyweave.stories import event_model

    seen = []
    real = event_model.load_model
    monkeypatch.setattr(event_model, "load_model", lambda path=event_model.MODEL_PATH: seen.append(path) or real(path))
    story = _story(fire_items)
    vectors = _orthogonal_vectors(fire_items)
    dense = story_events(story, fire_items, EventConfig(embeddings=vectors))
    assert seen == [event_model.DENSE_MODEL_PATH]
    assert [set(e.articles) for e in dense] == [{"mill-1", "mill-2", "mill-3"}, {"tyre-1", "tyre-2", "tyre-3"}]
    partial = {k: v for k, v in vectors.items() if k != "tyre-3"}
    assert story_events(story, fire_items, EventConfig(embeddings=partial)) == story_events(story, fire_items)
    assert seen[1:] == [event_model.MODEL_PATH, event_model.MODEL_PATH]


def test_a_dense_model_without_embeddings_is_refused(fire_items):
    import numpy as np

    from storyweave.stories.event_model import DENSE_MODEL_PATH, event_groups, load_model

    with pytest.raises(ValueError, match="dense event model"):
        event_groups(fire_items, model=load_model(DENSE_MODEL_PATH))
    with pytest.raises(ValueError, match="dense event model"):
        event_groups(fire_items, model=load_model(), vectors=np.eye(len(fire_items)))


def test_stored_embeddings_make_stories_and_show_split_with_the_dense_model(tmp_path, monkeypatch):
    """`analyze --embeddings` keeps the vectors in the store; `stories --events` and `show`
    then hand them to the event split (vectors written straight into the store here)."""
    from storyweave.stories import event_model
    from storyweave.stories.embed import MODEL_NAME
    from storyweave.store import open_store

    runner = CliRunner()
    db = str(tmp_path / "fires.db")
    assert runner.invoke(app, ["analyze", *_write_inputs(tmp_path), "--db", db]).exit_code == 0
    seen = []
    real = event_model.load_model
    monkeypatch.setattr(event_model, "load_model", lambda path=event_model.MODEL_PATH: seen.append(path) or real(path))
    runner.invoke(app, ["stories", "--db", db, "--json", "--events"])
    assert seen == [event_model.MODEL_PATH]
    with open_store(db) as store:
        items = store.load_analyzed()
        store.save_embeddings(MODEL_NAME, _orthogonal_vectors(items))
    (story,) = json.loads(runner.invoke(app, ["stories", "--db", db, "--json", "--events"]).stdout)["stories"]
    assert seen[1:] == [event_model.DENSE_MODEL_PATH]
    assert len(story["events"]) == 2
    assert runner.invoke(app, ["show", story["id"], "--db", db, "--format", "json"]).exit_code == 0
    assert seen[2:] == [event_model.DENSE_MODEL_PATH]


def test_analyze_with_embeddings_but_no_extra_is_a_clear_error_before_any_work(tmp_path, monkeypatch):
    from storyweave.stories import embed

    monkeypatch.setattr(embed, "extra_missing", lambda: "dense embeddings need the optional extra")
    db = tmp_path / "fires.db"
    result = CliRunner().invoke(app, ["analyze", *_write_inputs(tmp_path), "--db", str(db), "--embeddings"])
    assert result.exit_code == 2 and "--embeddings: dense embeddings need the optional extra" in result.stderr
    assert not db.exists()  # refused before the store was opened: nothing analysed, nothing half-written
