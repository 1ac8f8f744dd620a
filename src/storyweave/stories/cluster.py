"""Online clustering of an article stream into stories (events).

Single pass, as in Miranda et al. (2018): each article, in publication order, is scored
against candidate stories with TF-IDF cosines over three bags (content lemmas, named
entities, title words) plus a Gaussian time-proximity term against the story's newest
article; it joins the best story when the score reaches `ClusterConfig.threshold`,
otherwise it opens a new story.

Cost per article does not grow with the number of stories: candidates come from an
inverted index over the rarest keys of each article (the `active` index holds stories
updated within `cold_after_days`). Stories that go cold leave the active index; they
keep a compact centroid and stay reachable through a small `archive` index whose posting
lists are capped, so an old event can still take a new article when the content match
alone clears the threshold.

`cluster_articles` (batch: `storyweave cluster`, `recluster`) runs the same single pass,
then merges the stories it split with an average-link pass (`stories/merge.py`).
"""

from __future__ import annotations

import hashlib
import heapq
import math
import struct
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from storyweave.model import Analysis, AnalyzedArticle, Article, Story
from storyweave.stories import merge as _merge
from storyweave.stories.features import (
    ArticleFeatures,
    DocumentFrequencies,
    article_vectors,
    entity_counts,
    gaussian,
    packed_norm_sq,
    published_days,
    ranked_keys,
    strongest,
    top_keys,
    truncate,
    weighted_norm_sq,
)


@dataclass(frozen=True)
class ClusterConfig:
    """Every knob of the clusterer, with the value tuned on the dev sets.

    Score of an article against a story:

        content = sum_s w_s * cos_s / sum_s w_s     over the spaces s the article has
        score   = content * (1 - w_time + w_time * time)

    where `cos_s` is the cosine, under the current IDF, between the article's TF-IDF
    vector in space s and the story centroid (sum of its articles' unit TF vectors), and
    `time` is exp(-dt^2 / 2 sigma^2) with dt the days between the article and the story's
    newest article (`time_unknown` when either side has no date). The article joins the
    best story when score >= threshold. Time scales the content score rather than adding
    to it: closeness in time never lets an article join a story it shares no words with
    (in a dense stream many unrelated events happen on the same day), it only lowers the
    bar for related ones.

    Tuned with `bench/cluster.py --grid` on MultiLing 2011 (10 WikiNews topics spanning
    months to years), WikiRef220 (undated web pages, 5 topics + noise) and the seeds,
    separately and pooled into one stream, and checked against the dense synthetic
    stream of `bench/cluster_scale.py` (figures: bench output, README).
    """

    # Weights of the content cosines. Body lemmas carry most of the signal (as in
    # Miranda et al.'s learned weights); entities fix recall across outlets that word
    # the event differently; titles are short and noisy.
    w_body: float = 0.65
    w_ents: float = 0.3
    w_title: float = 0.05
    # Time proximity: Gaussian with sigma 3 days (Miranda et al.). With w_time 0.2 an
    # article weeks away from a story needs 25% more content similarity than a same-day
    # one. Undated (web pages, plain files) counts as close: the grid preferred it.
    w_time: float = 0.2
    sigma_days: float = 3.0
    time_unknown: float = 1.0
    # Grid over 0.08-0.20 (bench/cluster.py --grid): the dev sets (topics, sparse in time)
    # peak at 0.08-0.10; the dense synthetic stream (bench/cluster_scale.py) loses
    # precision below ~0.15. 0.10 is the compromise; raise it for dense feeds.
    threshold: float = 0.1
    # Vector sizes: an article keeps its strongest keys per space; story centroids
    # are cut back to `centroid_keep` once they grow half as large again.
    article_keep: tuple[int, int, int] = (100, 40, 20)  # body, ents, title
    centroid_keep: tuple[int, int, int] = (200, 60, 30)
    # Candidate retrieval: the article's `query_keys` strongest body/entity keys look up
    # stories; each story is indexed under its members' query keys, at most `index_cap`.
    query_keys: tuple[int, int] = (12, 6)
    index_cap: tuple[int, int] = (80, 40)
    max_postings: int = 400  # keys shared by more active stories say nothing: skipped
    max_candidates: int = 24
    min_hit_share: float = 0.3  # ...and only those with this share of the best one's hits
    # While few stories are active (a small batch, the start of a stream, when the IDF
    # still knows little about which keys are rare) every active story is a candidate.
    exhaustive_below: int = 64
    # Going cold: a story not updated for `cold_after_days` (stream time) leaves the
    # active index; it keeps `archive_keep` keys per space and is posted in the archive
    # index under its `archive_keys` strongest body/entity keys, `archive_postings`
    # most recent stories per key.
    cold_after_days: float = 10.0
    archive_keep: tuple[int, int, int] = (40, 16, 10)
    archive_keys: tuple[int, int] = (8, 4)
    archive_postings: int = 16
    # Only the best 3 archive hits are scored: in a 60k-article synthetic stream, 99% of
    # the cold stories that reached the threshold were among them (ranks 4-6 cost a
    # third of the cold scoring), and the dev sets do not change.
    max_archive_candidates: int = 3
    # Share of the article's query weight a cold story must match to be scored (0: any
    # match). Even 0.05 loses MultiLing's revivals of months-old topics: left at 0.
    min_archive_share: float = 0.0
    # Batch mode (`cluster_articles`) may count document frequencies over the whole
    # input first; off: online IDF scored better on every dev set (and batch then
    # equals the online clusterer fed in the same order, before merging).
    batch_idf: bool = False
    # Batch mode (`cluster_articles`) then merges stories, closest pair first, while the
    # pair's articles score at least `link_threshold` against each other on average
    # (average linkage, with the whole batch's IDF and the space weights `link_weights`;
    # None: off). A single pass splits an event whose first articles differ more from
    # each other than from the story they later share; topics that run for months
    # (MultiLing) are split most. Entities weigh more here than online: two events of
    # one kind (two air crashes, two earthquakes) share their vocabulary, not their
    # names. Tuned with `bench/cluster.py --grid` (0.04-0.08 x three weightings); the
    # bench prints leave-one-set-out figures for it. Pairs are found through the
    # stories' `merge_keys` strongest body/entity keys, at most `max_candidates` each.
    link_threshold: float | None = 0.05
    link_weights: tuple[float, float, float] = (0.45, 0.45, 0.1)  # body, ents, title
    merge_keys: tuple[int, int] = (20, 10)
    # Time term of the merge pass: score * (1 - link_w_time + link_w_time * Gaussian of
    # the gap between the two stories' spans), on a scale of months: online, sigma_days
    # is the distance from a story's newest article (a story goes cold within days);
    # two stories of one event are its phases (aftermath, trial, anniversary), weeks to
    # months apart, while two stories years apart are two events of one kind (a new
    # attack in the same city). Grid: sigma 3/30/180/365 days x weight 0.2-0.8:
    # MultiLing 0.983 -> 0.991 from sigma 3 to 180 (365 ties); weight 0.4 keeps that
    # and, with embeddings, parts pooled events of one kind years apart (0.941 ->
    # 0.947); 0.6 and up split MultiLing's long topics.
    link_sigma_days: float = 180.0
    link_w_time: float = 0.4
    # The merge pass's time term when one story has dates and the other none (web pages,
    # plain files): the gap is unknown, so half credit, not `time_unknown`'s "same day".
    # With 1.0 an undated topic merged into a dated event years older whenever a young
    # store's document frequencies made their shared place names look rare (main job in
    # 3 runs, pooled dev sets: 0.906 -> 0.932; 0.0 gives 0.933; batch figures unchanged
    # for 0.0-1.0). Two undated stories keep `time_unknown`.
    link_time_mixed: float = 0.5
    # Optional dense embeddings (stories/embed.py, extra `embeddings`; they act only
    # when the caller passes them): the mean embedding cosine of two stories joins the
    # average-link score as one more space of weight `link_w_embed` (next to
    # `link_weights`), counted above `embed_floor` (about what unrelated news share),
    # rescaled to [0, 1], and credited only as far as the stories share entities (in
    # full from a mean entity cosine of `embed_gate`): embeddings tell the kind of
    # event, names tell the event (stories/merge.py `average_link`). Tuned with
    # `bench/cluster.py --embeddings --grid` (270 points): a broad plateau (mean F1 of
    # MultiLing, WikiRef, pooled 0.950 here, 0.952 best); ungated (embed_gate 0) pooled
    # drops to 0.92-0.94, embeddings alone joining events of one kind (two air crashes).
    # In the online score as well, they gave nothing after the merge (tried, see bench).
    link_w_embed: float = 0.5
    embed_floor: float = 0.3
    embed_gate: float = 0.05
    # Story norms are recomputed under the current IDF when the stream has grown by this
    # share since they were last computed (and whenever the story changes).
    norm_refresh: float = 0.25
    key_entities: int = 6
    # Memory bound on a long stream: when a space's vocabulary passes this many keys, the
    # rarest keys (seen once, then twice, ...) are forgotten until half of it is left;
    # a forgotten key counts as unseen, i.e. as rare as it was (its IDF barely moves).
    max_vocabulary: int = 1_000_000


def story_id_for(article_id: str) -> str:
    """Stable story id: derived from the id of the article that opened the story."""
    return "s-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


class _Story:
    """Mutable state of one story inside the clusterer.

    A cold story keeps its (cut-down) centroids packed: a tuple of keys and their weights
    as the bytes of a float64 array, a fifth of the memory of dicts and, being tuples of
    strings and bytes, nothing the cyclic garbage collector has to walk (an `array`
    would be: 7 more tracked objects per cold story); `view()` reads them without
    unpacking, `centroids` unpacks for good.
    """

    __slots__ = (
        "idx", "id", "members", "_cents", "_packed", "norm_sq", "first_days", "last_days",
        "index_keys", "cold", "norm_n",
    )

    def __init__(self, idx: int, story_id: str) -> None:
        self.idx = idx
        self.id = story_id
        # (days, article id, published, headline candidate, title keys, has title)
        # a list while active; a tuple while cold (a tuple of such tuples leaves the GC's
        # tracking, a list is walked by every full collection)
        self.members: list[tuple] | tuple[tuple, ...] = []
        self._cents: list[dict[str, float]] | None = [{}, {}, {}]
        self._packed: tuple | None = None
        # |centroid x IDF|^2, kept up to date as articles join; recomputed in full under
        # the current IDF when the stream has grown by `norm_refresh` since `norm_n`
        self.norm_sq = [0.0, 0.0, 0.0]
        self.norm_n = 0
        self.first_days: float | None = None
        self.last_days: float | None = None
        self.index_keys: list[set[str]] = [set(), set()]
        self.cold = False

    @property
    def centroids(self) -> list[dict[str, float]]:
        if self._cents is None:
            self._cents, self._packed = self.view(), None
        return self._cents

    @centroids.setter
    def centroids(self, value: list[dict[str, float]]) -> None:
        self._cents, self._packed = value, None

    def view(self) -> list[dict[str, float]]:
        if self._cents is not None:
            return self._cents
        return [dict(zip(keys, memoryview(weights).cast("d")))
                for keys, weights in self._packed]  # type: ignore[union-attr]


_LEAD_CHARS = 120
_NO_KEYS: list = [frozenset(), frozenset()]  # index keys of a cold story (shared, never mutated)


def headline_candidate(item: AnalyzedArticle) -> tuple[str, bool]:
    """The article's title, or else the start of its first sentence, up to its first line
    break: a plain-text file's first line is most often its headline (offsets, no parse)."""
    title = (item.article.title or "").strip()
    if title:
        return " ".join(title.split()), True
    text = item.article.text
    sents = item.analysis.sentences
    lead = text[sents[0].start : sents[0].end] if sents else text[:_LEAD_CHARS * 2]
    lead = lead.strip().split("\n", 1)[0]
    lead = " ".join(lead.split())
    if len(lead) > _LEAD_CHARS:
        cut = lead.rfind(" ", 0, _LEAD_CHARS)
        lead = lead[: cut if cut > 40 else _LEAD_CHARS].rstrip(" ,;:") + "..."
    return lead, False


class OnlineClusterer:
    """Assigns articles, fed in publication order, to stories one at a time."""

    def __init__(self, config: ClusterConfig | None = None) -> None:
        self.config = config or ClusterConfig()
        self._dfs = (DocumentFrequencies(), DocumentFrequencies(), DocumentFrequencies())
        self._stories: list[_Story] = []
        self._by_id: dict[str, _Story] = {}
        self._story_of: dict[str, int] = {}  # article id -> story index
        # key -> active stories indexed under it. Tuples, replaced on change: most keys
        # post one story, a one-story set costs 4x the memory and a list 2x, and lists
        # are containers the cyclic garbage collector walks (170k of them at 200k articles)
        self._active: tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]] = ({}, {})
        # key -> cold stories posted under it, as native int32s in a bytes object: dicts of
        # str -> bytes hold no object the cyclic GC can follow, so it never walks them
        # (tuples were visited one by one in every full collection: millions on a long stream)
        self._archive: tuple[dict[str, bytes], dict[str, bytes]] = ({}, {})
        self._heap: list[tuple[float, int]] = []  # (last_days, story idx), lazily cleaned
        self._now: float | None = None
        self._live: set[int] = set()  # indexes of the active (not cold) stories
        self._display: dict[str, str] = {}  # entity key -> first surface form seen
        self._count_df = True

    # ---- public API ---------------------------------------------------------

    def add(self, item: AnalyzedArticle) -> str:
        """Cluster one article; return the id of the story it joined or opened."""
        return self._add(item, None)

    def stories(self) -> list[Story]:
        """All stories, cold ones included, ordered by first publication then id."""
        out = [self._to_story(st) for st in self._stories if st.members]
        out.sort(key=lambda s: (s.first_published is None, s.first_published or "", s.id))
        return out

    def story(self, story_id: str) -> Story:
        """One story as it stands now (what the store writes after each article)."""
        return self._to_story(self._by_id[story_id])

    def merge_stories(self, story_ids: Iterable[str], items: Mapping[str, AnalyzedArticle],
                      embeddings: Mapping[str, object] | None = None) -> list[str]:
        """Average-link merging among the given stories (e.g. those the last run touched),
        as `cluster_articles` does after its single pass; `items` holds the analyses of
        their articles (a story whose articles are missing there is left alone), the
        optional `embeddings` their unit vectors (`ClusterConfig.link_w_embed`).

        The merged stories stay in the stream: the survivor is indexed under its merged
        centroid and woken up if it was cold, the absorbed ones leave the active index.
        Returns the ids of the absorbed stories (now empty).
        """
        if self.config.link_threshold is None:
            return []
        chosen = {self._by_id[sid].idx for sid in story_ids if sid in self._by_id}
        if len(chosen) < 2:
            return []
        _merge.merge_average_link(self, items, only=chosen, embeddings=embeddings)
        absorbed = []
        for idx in sorted(chosen):
            story = self._stories[idx]
            if not story.members:
                absorbed.append(story.id)
                if not story.cold:
                    self._freeze(story)  # out of the active index; its empty centroid never scores
            elif story.cold and story.last_days is not None and self._now is not None \
                    and story.last_days >= self._now - self.config.cold_after_days:
                self._revive(story)  # took recent articles from a merged story
                heapq.heappush(self._heap, (story.last_days, story.idx))
            elif not story.cold:
                self._reindex(story)
        return absorbed

    def neighbour_stories(self, story_ids: Iterable[str], per_story: int = 3, max_members: int = 200) -> list[str]:
        """Stories outside `story_ids` that share the strongest keys of one of them (active or
        archived), at most `per_story` each and none bigger than `max_members`: the older
        stories a run's new stories may belong to, for `merge_stories` to consider."""
        given = {self._by_id[sid].idx for sid in story_ids if sid in self._by_id}
        found: set[int] = set()
        for idx in sorted(given):
            view = self._stories[idx].view()
            shared: dict[int, int] = {}
            for space in (0, 1):
                for key in strongest(view[space], self._dfs[space], self.config.query_keys[space]):
                    for posting in (self._active[space].get(key, ()), _ids(self._archive[space].get(key))):
                        if len(posting) <= self.config.max_postings:
                            for o in posting:
                                if o not in given:
                                    shared[o] = shared.get(o, 0) + 1
            ranked = sorted(shared, key=lambda o: (-shared[o], o))
            found.update([o for o in ranked if 0 < len(self._stories[o].members) <= max_members][:per_story])
        return [self._stories[o].id for o in sorted(found)]

    def _reindex(self, story: _Story) -> None:
        """Post an active story under the strongest keys of its (merged) centroid."""
        for space in (0, 1):
            keys = story.index_keys[space]
            posting = self._active[space]
            for key in strongest(story.centroids[space], self._dfs[space], self.config.query_keys[space]):
                if key not in keys:
                    keys.add(key)
                    posting[key] = posting.get(key, ()) + (story.idx,)

    @classmethod
    def restore(cls, stories: list[Story], items: Iterable[AnalyzedArticle],
                config: ClusterConfig | None = None) -> OnlineClusterer:
        """Rebuild the state from stored stories and the analyses of their articles.

        `items` are replayed in the order given (the order they were first added, for an
        identical continuation): each stored article rejoins its stored story without a
        new decision, so document frequencies, centroids and cold/active state come back
        as they were. Items that no stored story lists are clustered as new arrivals.
        """
        clusterer = cls(config)
        assigned = {aid: story.id for story in stories for aid in story.articles}
        for item in items:
            clusterer._add(item, assigned.get(item.article.id))
        return clusterer

    # ---- internals ------------------------------------------------------------

    def _entities(self, item: AnalyzedArticle) -> dict[str, int]:
        """The article's entity bag; remembers the first surface form of each key."""
        ents, display = entity_counts(item)
        setdefault = self._display.setdefault
        for key, form in display.items():
            setdefault(key, form)
        return ents

    def _observe(self, item: AnalyzedArticle) -> dict[str, int]:
        """Count the article in the document frequencies; return its entity bag."""
        ents = self._entities(item)
        self._dfs[0].observe(item.analysis.terms)
        self._dfs[1].observe(ents)
        if item.analysis.title_terms:
            self._dfs[2].observe(item.analysis.title_terms)
        self._bound_vocabulary()
        return ents

    def _bound_vocabulary(self) -> None:
        limit = self.config.max_vocabulary
        for space, dfs in enumerate(self._dfs):
            if len(dfs.df) > limit:
                dfs.prune(limit // 2)  # to half the bound, so pruning stays rare
                if space == 1:
                    self._display = {k: v for k, v in self._display.items() if k in dfs.df}

    def _features(self, item: AnalyzedArticle, ents: dict[str, int]) -> ArticleFeatures:
        """The article's vectors; while the stream counts document frequencies, the
        article is counted in them in the same pass (one lookup per key, not two)."""
        keep = self.config.article_keep
        count = self._count_df
        title_terms = item.analysis.title_terms
        body = article_vectors(item.analysis.terms, self._dfs[0], keep[0], observe=count)
        ent = article_vectors(ents, self._dfs[1], keep[1], observe=count)
        title = article_vectors(title_terms, self._dfs[2], keep[2], observe=count and bool(title_terms))
        if count:
            self._bound_vocabulary()
        return ArticleFeatures(
            query=(body[0], ent[0], title[0]),
            tf=(body[1], ent[1], title[1]),
            idf=(body[2], ent[2], title[2]),
            days=published_days(item.article.published),
        )

    def _add(self, item: AnalyzedArticle, forced_story: str | None) -> str:
        article = item.article
        known = self._story_of.get(article.id)
        if known is not None:  # already clustered: adding again changes nothing
            return self._stories[known].id
        days = published_days(article.published)
        self._advance(days)
        original = self._story_of.get(article.duplicate_of) if article.duplicate_of else None
        if original is not None and (forced_story is None or self._stories[original].id == forced_story):
            # A (near-)copy joins its original's story without weighing twice.
            story = self._stories[original]
            self._join_member_only(story, item, days)
            return story.id
        ents = self._entities(item)
        feats = self._features(item, ents)
        query = (top_keys(feats.query[0], self.config.query_keys[0]),
                 top_keys(feats.query[1], self.config.query_keys[1]))
        if forced_story is not None:
            story = self._by_id.get(forced_story) or self._open(forced_story)
        else:
            story = self._best(feats, query)
            if story is None:
                story = self._open(story_id_for(article.id))
        self._join(story, item, feats, query)
        return story.id

    def _open(self, story_id: str) -> _Story:
        story = _Story(len(self._stories), story_id)
        # an empty story's norms are exact under the current IDF: the first article's
        # vectors, added with the current IDF, keep them so (no refresh needed yet)
        story.norm_n = self._dfs[0].n
        self._stories.append(story)
        self._by_id[story_id] = story
        self._live.add(story.idx)
        return story

    def _best(self, feats: ArticleFeatures, query: tuple[list[str], list[str]]) -> _Story | None:
        cfg = self.config
        vectors = feats.query
        hits: dict[int, float] = {}
        cold_hits: dict[int, float] = {}
        for space in (0, 1):
            active, archive, vec = self._active[space], self._archive[space], vectors[space]
            for key in query[space]:
                weight = vec[key]
                posting = active.get(key)
                if posting and len(posting) <= cfg.max_postings:
                    for s in posting:
                        hits[s] = hits.get(s, 0.0) + weight
                posted = archive.get(key)
                if posted is not None:
                    for s in memoryview(posted).cast("i"):
                        cold_hits[s] = cold_hits.get(s, 0.0) + weight
        if len(self._live) <= cfg.exhaustive_below:
            candidates = sorted(self._live)
        else:
            candidates = _strongest(hits, cfg.max_candidates)
            if candidates:  # stories sharing little of the article's rarest keys cannot win
                floor = cfg.min_hit_share * hits[candidates[0]]
                candidates = [s for s in candidates if hits[s] >= floor]
        cold = [s for s in _strongest(cold_hits, cfg.max_archive_candidates * 2)
                if self._stories[s].cold][: cfg.max_archive_candidates]
        if cold and cfg.min_archive_share > 0.0:
            # a cold story must share a fair part of the article's key weight: one stray
            # common-ish key is not worth unpacking and scoring a story from the archive
            floor = cfg.min_archive_share * sum(vectors[sp][k] for sp in (0, 1) for k in query[sp])
            cold = [s for s in cold if cold_hits[s] >= floor]
        best, best_score = None, cfg.threshold
        for s in candidates + cold:
            story = self._stories[s]
            score = self._score(feats, story)
            # ">=" with the threshold as start: ties go to the earlier-ranked candidate
            if score >= best_score and (best is None or score > best_score):
                best, best_score = story, score
        return best

    def _score(self, feats: ArticleFeatures, story: _Story) -> float:
        cfg = self.config
        if self._dfs[0].n > story.norm_n * (1.0 + cfg.norm_refresh):
            self._refresh_norms(story)
        num = den = 0.0
        norm_sq = story.norm_sq
        centroids = story._cents
        packed = story._packed
        for space, w in ((0, cfg.w_body), (1, cfg.w_ents), (2, cfg.w_title)):
            vec = feats.query[space]
            if not vec:
                continue
            den += w
            if norm_sq[space] > 0.0:
                total = 0.0
                if centroids is not None:
                    get = centroids[space].get
                    for key, q in vec.items():  # the query is the smaller side (inlined dot)
                        c = get(key)
                        if c is not None:
                            total += q * c
                else:  # a cold story: walk its few packed keys, no unpacking
                    get = vec.get
                    keys, weights = packed[space]
                    for key, c in zip(keys, memoryview(weights).cast("d")):
                        q = get(key)
                        if q is not None:
                            total += q * c
                num += w * total / math.sqrt(norm_sq[space])
        content = num / den if den else 0.0
        if feats.days is None or story.last_days is None:
            time = cfg.time_unknown
        else:
            time = gaussian(feats.days - story.last_days, cfg.sigma_days)
        return content * (1.0 - cfg.w_time + cfg.w_time * time)

    def _refresh_norms(self, story: _Story) -> None:
        if story._packed is not None:
            # a cold story: read its packed keys and weights, no dicts built (most cold
            # candidates need a refresh: the stream grew since they went cold)
            for space, (keys, weights) in enumerate(story._packed):
                story.norm_sq[space] = packed_norm_sq(keys, memoryview(weights).cast("d"), self._dfs[space])
        else:
            for space, centroid in enumerate(story.centroids):
                story.norm_sq[space] = weighted_norm_sq(centroid, self._dfs[space])
        story.norm_n = self._dfs[0].n

    def _join(self, story: _Story, item: AnalyzedArticle, feats: ArticleFeatures,
              query: tuple[list[str], list[str]]) -> None:
        cfg = self.config
        if story.cold:
            self._revive(story)
        refresh = self._dfs[0].n > story.norm_n * (1.0 + cfg.norm_refresh)
        for space, vec in enumerate(feats.tf):
            if not vec:
                continue
            centroid = story.centroids[space]
            idf = feats.idf[space]
            norm_sq = story.norm_sq[space]
            for key, w in vec.items():
                old = centroid.get(key, 0.0)
                new = old + w
                centroid[key] = new
                i = idf[key]
                norm_sq += (new * new - old * old) * i * i
            story.norm_sq[space] = norm_sq
            keep = cfg.centroid_keep[space]
            if len(centroid) > keep + keep // 2:
                story.centroids[space], story.norm_sq[space] = truncate(centroid, self._dfs[space], keep)
        if refresh:
            self._refresh_norms(story)
        for space in (0, 1):
            keys = story.index_keys[space]
            posting = self._active[space]
            room = cfg.index_cap[space] - len(keys)
            for key in query[space]:
                if room <= 0:
                    break
                if key not in keys:
                    keys.add(key)
                    posting[key] = posting.get(key, ()) + (story.idx,)
                    room -= 1
        self._add_member(story, item, feats.days)

    def _join_member_only(self, story: _Story, item: AnalyzedArticle, days: float | None) -> None:
        if story.cold:
            self._revive(story)
        self._add_member(story, item, days)

    def _add_member(self, story: _Story, item: AnalyzedArticle, days: float | None) -> None:
        headline, has_title = headline_candidate(item)
        title_keys = tuple(item.analysis.title_terms) if has_title else ()
        story.members.append((days, item.article.id, item.article.published, headline, title_keys, has_title))
        self._story_of[item.article.id] = story.idx
        if days is not None:
            if story.first_days is None or days < story.first_days:
                story.first_days = days
            if story.last_days is None or days > story.last_days:
                story.last_days = days
                heapq.heappush(self._heap, (days, story.idx))

    def _advance(self, days: float | None) -> None:
        """Move the stream clock and send stories not updated for a while to the archive."""
        if days is None or (self._now is not None and days <= self._now):
            return
        self._now = days
        horizon = days - self.config.cold_after_days
        heap = self._heap
        while heap and heap[0][0] < horizon:
            last, s = heapq.heappop(heap)
            story = self._stories[s]
            if not story.cold and story.last_days == last:
                self._freeze(story)

    def _freeze(self, story: _Story) -> None:
        cfg = self.config
        for space in (0, 1):
            posting = self._active[space]
            for key in story.index_keys[space]:
                members = posting.get(key)
                if members is not None and story.idx in members:
                    if len(members) == 1:
                        del posting[key]
                    else:
                        at = members.index(story.idx)
                        posting[key] = members[:at] + members[at + 1:]
        story.index_keys = _NO_KEYS
        cents = story.centroids
        weighted: list[list[str]] = []
        packed = []
        for space in (0, 1, 2):
            # one ranking per space: it cuts the centroid (packed straight from the
            # ranking, no dict in between), gives its norm and, as its prefix, the keys
            # the archive posts the story under
            ranked = ranked_keys(cents[space], self._dfs[space])
            del ranked[cfg.archive_keep[space]:]
            keys = tuple([k for _, k in ranked])
            cent = cents[space]
            packed.append((keys, array("d", [cent[k] for k in keys]).tobytes()))
            story.norm_sq[space] = sum(w * w for w, _ in ranked)
            if space < 2:
                weighted.append(list(keys[: cfg.archive_keys[space]]))
        story.norm_n = self._dfs[0].n
        for space in (0, 1):
            archive = self._archive[space]
            own = _ID.pack(story.idx)
            for key in sorted(weighted[space]):
                posting = archive.get(key, b"")
                if story.idx in _ids(posting):
                    continue
                posting += own
                if len(posting) > cfg.archive_postings * _ID.size:
                    posting = posting[_ID.size:]  # the oldest story leaves the posting
                archive[key] = posting
        story.cold = True
        story.members = tuple(story.members)
        story._packed, story._cents = tuple(packed), None
        self._live.discard(story.idx)

    def _revive(self, story: _Story) -> None:
        story.cold = False
        story.members = list(story.members)
        self._live.add(story.idx)
        for space in (0, 1):
            keys = strongest(story.centroids[space], self._dfs[space], self.config.query_keys[space])
            if story.index_keys is _NO_KEYS:
                story.index_keys = [set(), set()]
            story.index_keys[space] = set(keys)
            posting = self._active[space]
            for key in keys:
                posting[key] = posting.get(key, ()) + (story.idx,)

    def _to_story(self, story: _Story) -> Story:
        members = sorted(story.members, key=lambda m: (m[0] is None, m[0] or 0.0, m[1]))
        dated = [m for m in members if m[0] is not None]
        return Story(
            id=story.id,
            title=self._headline(story, members),
            articles=[m[1] for m in members],
            entities=[self._display.get(k, k) for k in top_keys(
                strongest(story.view()[1], self._dfs[1], self.config.key_entities), self.config.key_entities)],
            first_published=dated[0][2] if dated else None,
            last_published=dated[-1][2] if dated else None,
        )

    def _headline(self, story: _Story, members: list[tuple]) -> str:
        """The member title most typical of the story (title and body centroids), else a lead."""
        titled = [m for m in members if m[5]]
        if not titled:
            return members[0][3]
        view = story.view()
        title_c, body_c = view[2], view[0]
        body_df, title_df = self._dfs[0], self._dfs[2]
        best, best_score = titled[0][3], -1.0
        for m in titled:  # members are oldest first: ties keep the earliest title
            keys = m[4]
            if not keys:
                continue
            score = sum(title_c.get(k, 0.0) * title_df.idf(k) + body_c.get(k, 0.0) * body_df.idf(k)
                        for k in keys) / math.sqrt(len(keys))
            if score > best_score:
                best, best_score = m[3], score
        return best


_ID = struct.Struct("=i")  # a story index in an archive posting (native int32: memoryview.cast("i"))


def _ids(posting: bytes | None) -> tuple[int, ...]:
    """The story indexes of an archive posting."""
    return tuple(memoryview(posting).cast("i")) if posting else ()


def _strongest(hits: dict[int, float], k: int) -> list[int]:
    """Story indexes with the most query weight, ties to the older story."""
    if len(hits) > k:
        # the k-th weight by a C sort of the floats alone, then only those that reach it
        # are ordered with a key (hit lists grow with the archive: a keyed heap over all
        # of them was the hot spot of a long stream)
        cut = sorted(hits.values(), reverse=True)[k - 1]
        hits = {s: w for s, w in hits.items() if w >= cut}
    return sorted(hits, key=lambda s: (-hits[s], s))[:k]


def _stream_order(item: AnalyzedArticle) -> tuple:
    days = published_days(item.article.published)
    return (days is None, days or 0.0, item.article.id)


def clustering_view(item: AnalyzedArticle) -> AnalyzedArticle:
    """The parts of an analysed article that clustering reads (terms, entities, title
    terms, dates, first sentence), so a big batch held for a merge pass stays small."""
    article, analysis = item.article, item.analysis
    first = analysis.sentences[:1]
    text = article.text[: first[0].end] if first else article.text[:240]
    return AnalyzedArticle(
        Article(id=article.id, text=text, title=article.title, published=article.published,
                duplicate_of=article.duplicate_of),
        Analysis(article_id=analysis.article_id, sentences=first, entities=analysis.entities,
                 terms=analysis.terms, title_terms=analysis.title_terms),
    )


def cluster_articles(items: Iterable[AnalyzedArticle], config: ClusterConfig | None = None,
                     embeddings: Mapping[str, object] | None = None) -> list[Story]:
    """Cluster a whole batch: sorted by publication time then id, so the result is
    deterministic for the same input whatever order it comes in; a single pass, then the
    merge passes of `stories/merge.py` (see `ClusterConfig.link_threshold`).
    `embeddings` (optional, article id -> unit vector from `stories/embed.py`) feed the
    merge pass (`ClusterConfig.link_w_embed`)."""
    ordered = sorted(items, key=_stream_order)
    clusterer = OnlineClusterer(config)
    if clusterer.config.batch_idf:
        for item in ordered:
            if not (item.article.duplicate_of and item.article.duplicate_of != item.article.id):
                clusterer._observe(item)
        clusterer._count_df = False
    for item in ordered:
        clusterer.add(item)
    if clusterer.config.link_threshold is not None:
        _merge.merge_average_link(clusterer, {it.article.id: it for it in ordered}, embeddings=embeddings)
    return clusterer.stories()
