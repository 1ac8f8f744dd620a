"""Story clustering: fictional multi-outlet events, the seeds, determinism, restore, duplicates."""

from __future__ import annotations

import json
import random

import pytest

from storyweave.model import Analysis, AnalyzedArticle, Article, Entity, Sentence, Story
from storyweave.stories.cluster import ClusterConfig, OnlineClusterer, cluster_articles, story_id_for
from storyweave.stories.features import normalize_entity, published_days

# Two fictional events, each told by several fictional outlets in their own words, and
# unrelated noise. Every name here is invented.
EVENTS = {
    "dam": [
        ("dam-1", "Lakeside Courier", "2031-05-04T08:10:00",
         "Dam gives way above Orvello, hundreds evacuated",
         "The Tarrin dam above the mountain town of Orvello collapsed early on Sunday after days of "
         "heavy rain, sending a wall of water through the lower valley. Mayor Elsa Brandvik said more "
         "than 400 residents were evacuated to the sports hall and that two people were still missing. "
         "Engineers from the Valmora water authority had inspected the dam last autumn and found cracks "
         "in the spillway, according to documents seen by the Courier."),
        ("dam-2", "North Valley Times", "2031-05-04T11:30:00",
         "Orvello flood: two missing after Tarrin dam collapse",
         "Rescue teams searched the flooded streets of Orvello on Sunday for two residents missing since "
         "the Tarrin dam burst before dawn. Elsa Brandvik, the town's mayor, told reporters the "
         "evacuation of the valley was going well. The Valmora water authority, which runs the dam, "
         "said it would open an inquiry into the collapse and the cracked spillway."),
        ("dam-3", "Radio Meridian", "2031-05-05T07:00:00",
         "Missing pair found alive as Orvello counts flood damage",
         "The two people missing after the Tarrin dam collapse were found alive on a farm roof east of "
         "Orvello, mayor Elsa Brandvik said on Monday. Floodwater is receding from the valley, but the "
         "town faces months of repairs. Critics asked why the Valmora water authority did not repair "
         "the spillway cracks its engineers reported last year."),
        ("dam-4", "Lakeside Courier", "2031-05-07T09:00:00",
         "Inquiry opens into Tarrin dam failure",
         "An independent inquiry into the failure of the Tarrin dam began on Wednesday in Orvello. "
         "The Valmora water authority handed over inspection reports on the spillway. Mayor Elsa "
         "Brandvik asked for compensation for families whose homes were flooded when the dam collapsed."),
    ],
    "chess": [
        ("chess-1", "Board and Clock", "2031-05-04T18:00:00",
         "Quillan takes Halvern Open title with final-round win",
         "Grandmaster Tomas Quillan won the Halvern Open chess championship on Sunday, beating the "
         "defending champion Mirela Dostana in a tense final round. Quillan sacrificed a rook on move 31 "
         "and forced resignation twelve moves later. The victory lifts him into the top ten of the "
         "world rating list and earns him a place at the Candidates tournament."),
        ("chess-2", "Evening Sports Wire", "2031-05-05T06:45:00",
         "Rook sacrifice seals Halvern Open for Quillan",
         "Tomas Quillan is the new Halvern Open chess champion after a daring rook sacrifice against "
         "Mirela Dostana in the last round on Sunday. Dostana, who won the tournament a year ago, said "
         "she had missed the attack. Quillan qualifies for the Candidates tournament next spring."),
        ("chess-3", "Lakeside Courier", "2031-05-05T12:00:00",
         "Local fans cheer Halvern Open champion",
         "Chess fans packed the Halvern town hall to watch grandmaster Tomas Quillan win the Open on "
         "Sunday. His final-round game against the former champion Mirela Dostana, decided by a rook "
         "sacrifice, was replayed on a giant board. Quillan now heads to the Candidates tournament."),
    ],
}
NOISE = [
    ("noise-1", "Kitchen Weekly", "2031-05-04T10:00:00", "Five ways to cook spring asparagus",
     "Asparagus season is short, so make the most of it. Roast the spears with olive oil and sea "
     "salt, grill them over charcoal, or shave them raw into a salad with lemon and parmesan. Thick "
     "stems should be peeled; thin ones only need their woody ends snapped off."),
    ("noise-2", "Gadget Post", "2031-05-05T09:30:00", "Lumatek unveils folding e-reader",
     "The electronics maker Lumatek showed a folding e-reader with two colour screens at its launch "
     "event on Monday. The device weighs 240 grams, charges in forty minutes and goes on sale in "
     "June. Analysts said the price would decide whether readers switch from paper books."),
    ("noise-3", "Green Fingers", "2031-05-06T15:00:00", "Pruning roses after the last frost",
     "Gardeners should wait for the last frost before pruning roses. Cut each stem just above an "
     "outward-facing bud, remove dead wood and thin the centre of the bush so air can move through "
     "it. Feed the plants with compost and water them well during dry weeks."),
]
# Three weeks after the dam story went quiet: the same event, long after it went cold.
LATE_DAM = ("dam-5", "North Valley Times", "2031-06-02T10:00:00",
            "Tarrin dam inquiry blames spillway cracks",
            "The inquiry into the Tarrin dam collapse at Orvello found that the Valmora water authority "
            "ignored cracks in the spillway reported by its own engineers. Mayor Elsa Brandvik said the "
            "families of the flooded valley deserved an apology from the authority.")


def analyse(nlp, article: Article) -> AnalyzedArticle:
    """The fields the clusterer reads, computed as the analysis pipeline does."""
    from storyweave.analyze.pipeline import content_terms, title_terms

    doc = nlp(article.text)
    analysis = Analysis(
        article_id=article.id,
        sentences=[Sentence(s.start_char, s.end_char) for s in doc.sents],
        entities=[Entity(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents],
        terms=content_terms(doc),
        title_terms=title_terms(nlp, article.title),
    )
    return AnalyzedArticle(article, analysis)


def _article(row: tuple[str, str, str, str, str], **extra) -> Article:
    aid, outlet, published, title, text = row
    return Article(id=aid, text=text, outlet=outlet, published=published, title=title, **extra)


@pytest.fixture(scope="module")
def fixture_items(nlp) -> list[AnalyzedArticle]:
    rows = [row for rows in EVENTS.values() for row in rows] + NOISE
    items = [analyse(nlp, _article(row)) for row in rows]
    return sorted(items, key=lambda it: (it.article.published, it.article.id))


@pytest.fixture(scope="module")
def late_item(nlp) -> AnalyzedArticle:
    return analyse(nlp, _article(LATE_DAM))


@pytest.fixture(scope="module")
def copy_item(nlp) -> AnalyzedArticle:
    """A wire copy that another feed re-titled; its words match the noise, not its original."""
    return analyse(nlp, Article(id="copy-of-chess-2", text=NOISE[0][4], title="Rook sacrifice wins it",
                                published="2031-05-05T13:00:00", duplicate_of="chess-2"))


def _groups(stories: list[Story]) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in stories}


def _expected_groups() -> set[frozenset[str]]:
    groups = {frozenset(row[0] for row in rows) for rows in EVENTS.values()}
    return groups | {frozenset([row[0]]) for row in NOISE}


def test_fixture_events_separate_from_each_other_and_from_noise(fixture_items):
    stories = cluster_articles(fixture_items)
    assert _groups(stories) == _expected_groups()


def test_online_clusterer_matches_batch_on_time_ordered_stream(fixture_items):
    clusterer = OnlineClusterer()
    ids = [clusterer.add(it) for it in fixture_items]
    assert _groups(clusterer.stories()) == _expected_groups()
    # the story id returned by add() is the story the article ends up in
    story_of = {aid: s.id for s in clusterer.stories() for aid in s.articles}
    assert ids == [story_of[it.article.id] for it in fixture_items]


def test_story_fields(fixture_items):
    stories = {s.articles[0]: s for s in cluster_articles(fixture_items)}
    dam = stories["dam-1"]
    assert dam.id == story_id_for("dam-1")
    assert dam.articles == ["dam-1", "dam-2", "dam-3", "dam-4"]  # oldest first
    assert dam.first_published == "2031-05-04T08:10:00"
    assert dam.last_published == "2031-05-07T09:00:00"
    titles = {row[3] for row in EVENTS["dam"]}
    assert dam.title in titles
    keys = {normalize_entity(e) for e in dam.entities}
    assert {"orvello", "elsa brandvik"} & keys


def test_cluster_articles_is_deterministic_for_any_input_order(fixture_items):
    expected = [s.to_dict() for s in cluster_articles(fixture_items)]
    for seed in range(3):
        shuffled = list(fixture_items)
        random.Random(seed).shuffle(shuffled)
        assert [s.to_dict() for s in cluster_articles(shuffled)] == expected
    assert json.dumps(expected)  # plain JSON, as the CLI prints it


def test_cold_story_stays_listed_and_takes_a_late_article(fixture_items, late_item):
    config = ClusterConfig()
    clusterer = OnlineClusterer(config)
    for it in fixture_items:
        clusterer.add(it)
    dam_story = clusterer.add(late_item)
    assert dam_story == story_id_for("dam-1")
    # the chess story went cold when the late article moved the clock on, yet is listed
    stories = {s.id: s for s in clusterer.stories()}
    assert stories[story_id_for("chess-1")].articles == ["chess-1", "chess-2", "chess-3"]
    assert stories[dam_story].articles[-1] == "dam-5"
    assert clusterer._by_id[story_id_for("chess-1")].cold
    assert story_id_for("chess-1") not in {clusterer._stories[s].id
                                           for posting in clusterer._active[0].values() for s in posting}


@pytest.mark.parametrize("split", [1, 4, 7, 10, 11])
def test_restore_continues_the_stream_identically(fixture_items, copy_item, late_item, split):
    stream = fixture_items + [copy_item, late_item]
    full = OnlineClusterer()
    full_ids = [full.add(it) for it in stream]

    first = OnlineClusterer()
    for it in stream[:split]:
        first.add(it)
    stored = [Story.from_dict(s.to_dict()) for s in first.stories()]  # as a store gives them back
    restored = OnlineClusterer.restore(stored, stream[:split])
    rest_ids = [restored.add(it) for it in stream[split:]]

    assert rest_ids == full_ids[split:]
    assert [s.to_dict() for s in restored.stories()] == [s.to_dict() for s in full.stories()]


def test_duplicate_joins_its_original_story(fixture_items, copy_item):
    clusterer = OnlineClusterer()
    for it in fixture_items:
        clusterer.add(it)
    copy = copy_item
    assert clusterer.add(copy) == story_id_for("chess-1")
    chess = next(s for s in clusterer.stories() if s.id == story_id_for("chess-1"))
    assert chess.articles[-1] == "copy-of-chess-2"
    # adding the same article again changes nothing
    before = [s.to_dict() for s in clusterer.stories()]
    assert clusterer.add(copy) == story_id_for("chess-1")
    assert [s.to_dict() for s in clusterer.stories()] == before
    # in a batch too, and in either input order
    batch = cluster_articles([copy] + fixture_items)
    assert next(s for s in batch if "chess-2" in s.articles).articles[-1] == "copy-of-chess-2"


def test_undated_articles_cluster_and_headline_falls_back_to_lead(nlp):
    rows = [row for row in EVENTS["chess"]] + [NOISE[1]]
    items = [analyse(nlp, Article(id=r[0], text=r[4])) for r in rows]  # no title, no date
    stories = cluster_articles(items)
    assert _groups(stories) == {frozenset({"chess-1", "chess-2", "chess-3"}), frozenset({"noise-2"})}
    chess = next(s for s in stories if "chess-1" in s.articles)
    assert chess.first_published is None and chess.title
    assert chess.title.split()[0] in rows[0][4]  # taken from the lead, not invented


def test_an_untitled_text_files_first_line_is_its_headline(nlp):
    text = ("Tarrin dam gives way above Orvello\n\nThe Tarrin dam above the mountain town of Orvello "
            "collapsed early on Sunday after days of heavy rain.")
    (story,) = cluster_articles([analyse(nlp, Article(id="dam-txt", text=text))])
    assert story.title == "Tarrin dam gives way above Orvello"


def test_published_days_reads_dates_and_datetimes():
    assert published_days("1970-01-02") == 1.0
    assert published_days("1970-01-01T12:00:00Z") == 0.5
    assert published_days("1970-01-01T12:00:00+12:00") == 0.0
    assert published_days("not a date") is None
    assert published_days(None) is None


def test_normalize_entity():
    assert normalize_entity("the  Valmora Water Authority's") == "valmora water authority"
    assert normalize_entity("Orvello") == "orvello"


def test_seeds_land_in_one_story(nlp, seeds_dir):
    items = []
    for path in sorted(seeds_dir.glob("*.txt")):
        meta_path = path.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        text = path.open(encoding="utf-8", newline="").read()
        items.append(analyse(nlp, Article(id=path.name, text=text, outlet=meta.get("outlet"),
                                          published=meta.get("published"))))
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))["stories"]
    stories = cluster_articles(items)
    assert [sorted(s.articles) for s in stories] == [sorted(g) for g in gold]


def test_vocabulary_pruning_forgets_only_keys_seen_once(fixture_items):
    from storyweave.stories.features import DocumentFrequencies

    dfs = DocumentFrequencies()
    dfs.observe(["orvello", "dam", "flood"])
    dfs.observe(["orvello", "dam"])
    rare_idf = dfs.idf("flood")
    dfs.prune()
    assert dfs.df == {"orvello": 2, "dam": 2} and dfs.n == 2
    assert dfs.idf("flood") > rare_idf  # a forgotten key counts as unseen: rarer, never commoner
    # a clusterer with a tiny vocabulary bound still separates the fixture events
    clusterer = OnlineClusterer(ClusterConfig(max_vocabulary=150))
    for it in fixture_items:
        clusterer.add(it)
    assert len(clusterer._dfs[0].df) <= 150 + max(len(it.analysis.terms) for it in fixture_items)
    assert _groups(clusterer.stories()) == _expected_groups()
