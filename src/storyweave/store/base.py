"""The one storage interface. SQLite implements it now; PostgreSQL can follow without
touching callers (same methods, SQLAlchemy Core underneath, its own full-text search).

Every write of an article happens in one transaction: the article row, its analysis,
its full-text entry and its story membership land together or not at all.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np

from storyweave.model import Analysis, AnalyzedArticle, Article, Story

Status = Literal["analyzed", "duplicate", "skipped"]


@dataclass
class StoredState:
    """What the store already knows about an article id."""

    status: Status
    content_hash: str


@dataclass
class SearchHit:
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    story_id: str | None


class Store(ABC):
    """Articles, their analyses and stories, in one database."""

    @abstractmethod
    def state(self, article_id: str) -> StoredState | None:
        """Status and content hash of a stored article, None when unknown."""

    @abstractmethod
    def find_by_hash(self, content_hash: str) -> str | None:
        """Id of a stored article with exactly this content, if any."""

    @abstractmethod
    def save_article(
        self,
        article: Article,
        *,
        status: Status,
        analysis: Analysis | None = None,
        signature: bytes | None = None,
        reason: str | None = None,
        story: Story | None = None,
    ) -> None:
        """Insert or replace an article (and its analysis and story) in one transaction."""

    @abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abstractmethod
    def get_analysis(self, article_id: str) -> Analysis | None: ...

    @abstractmethod
    def load_analyzed(self, article_ids: Iterable[str] | None = None) -> list[AnalyzedArticle]:
        """Analysed articles (all when `article_ids` is None), oldest first."""

    @abstractmethod
    def iter_analyzed(self, article_ids: Iterable[str] | None = None) -> Iterator[AnalyzedArticle]:
        """Analysed articles (all when `article_ids` is None) one at a time, so memory stays
        flat on a big store; all of them come oldest first, a given set in no set order."""

    @abstractmethod
    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        """(article id, content hash, near-duplicate signature) of every stored original."""

    @abstractmethod
    def replace_stories(self, stories: list[Story]) -> None:
        """Replace every story at once (after re-clustering), in one transaction."""

    @abstractmethod
    def update_stories(self, stories: list[Story], removed: Iterable[str] = ()) -> None:
        """Write these stories and delete the `removed` ones (merged away), in one transaction."""

    @abstractmethod
    def list_stories(self) -> list[Story]:
        """All stories, newest activity first."""

    @abstractmethod
    def get_story(self, story_id: str) -> Story | None:
        """A story by id or unique id prefix."""

    @abstractmethod
    def duplicates(self, article_ids: Iterable[str]) -> list[Article]:
        """Stored copies of the given originals."""

    @abstractmethod
    def save_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Keep the articles' dense embeddings made by `model` (article id -> vector), for the
        content each article has now, in one transaction; ids not stored are ignored."""

    @abstractmethod
    def load_embeddings(self, model: str, article_ids: Iterable[str]) -> dict[str, np.ndarray]:
        """The embeddings by `model` of those articles whose content has not changed since
        (float32 vectors by article id)."""

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and texts, best first."""

    @abstractmethod
    def counts(self) -> dict[str, int]:
        """Number of articles by status, and of stories."""

    @abstractmethod
    def generation(self) -> int:
        """A counter that every write of articles or stories increases."""

    @abstractmethod
    def save_snapshot(self, name: str, fingerprint: str, data: bytes) -> None:
        """Keep one blob of derived state (e.g. the clusterer) under `name`, replacing the old one."""

    @abstractmethod
    def load_snapshot(self, name: str) -> tuple[str, bytes] | None:
        """(fingerprint, data) saved under `name`, or None."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
