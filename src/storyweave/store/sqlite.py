"""SQLite store: one file, WAL journal, FTS5 full-text search, versioned schema."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from sqlalchemy import Connection, Engine, create_engine, event, text

from storyweave.model import Analysis, AnalyzedArticle, Article, Story
from storyweave.store.base import SearchHit, Status, StoredState, Store
from storyweave.store.migrations import SQLITE_MIGRATIONS, migrate

ARTICLE_COLUMNS = ("id", "source", "url", "outlet", "title", "published", "language", "text", "duplicate_of")
_IDS_PER_QUERY = 500  # well under SQLite's bound-parameter limit
_BUMP = text("UPDATE store_meta SET value = value + 1 WHERE key = 'generation'")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _fts_query(query: str) -> str:
    """Turn free text into an FTS5 query of quoted terms, so user input is never FTS syntax."""
    terms = re.findall(r"\w+", query)
    return " ".join(f'"{t}"' for t in terms)


def _article(row) -> Article:
    return Article(**{c: row._mapping[c] for c in ARTICLE_COLUMNS})


def _story(row) -> Story:
    return Story.from_dict(json.loads(row._mapping["data"]))


class SQLiteStore(Store):
    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(f"sqlite:///{self.path}")
        event.listen(self.engine, "connect", self._on_connect)
        with self.engine.begin() as conn:
            migrate(conn, SQLITE_MIGRATIONS)

    @staticmethod
    def _on_connect(dbapi_conn, _record) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    # -- articles -------------------------------------------------------------------------

    def state(self, article_id: str) -> StoredState | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT status, content_hash FROM articles WHERE id = :id"), {"id": article_id}
            ).first()
        return StoredState(row.status, row.content_hash) if row else None

    def find_by_hash(self, content_hash: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT id FROM articles WHERE content_hash = :h AND status != 'skipped' ORDER BY rowid LIMIT 1"),
                {"h": content_hash},
            ).first()
        return row.id if row else None

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
        values = {c: getattr(article, c) for c in ARTICLE_COLUMNS}
        values.update(content_hash=article.hash, status=status, reason=reason, signature=signature, ingested_at=_now())
        with self.engine.begin() as conn:
            old = conn.execute(text("SELECT rowid FROM articles WHERE id = :id"), {"id": article.id}).first()
            if old:
                conn.execute(text("DELETE FROM articles_fts WHERE rowid = :r"), {"r": old.rowid})
                conn.execute(text("DELETE FROM analyses WHERE article_id = :id"), {"id": article.id})
                conn.execute(text("DELETE FROM story_articles WHERE article_id = :id"), {"id": article.id})
                conn.execute(text("DELETE FROM articles WHERE id = :id"), {"id": article.id})
            cols = ", ".join(values)
            conn.execute(text(f"INSERT INTO articles ({cols}) VALUES ({', '.join(':' + c for c in values)})"), values)
            rowid = conn.execute(text("SELECT rowid FROM articles WHERE id = :id"), {"id": article.id}).scalar_one()
            conn.execute(
                text("INSERT INTO articles_fts (rowid, title, text) VALUES (:r, :title, :text)"),
                {"r": rowid, "title": article.title or "", "text": article.text},
            )
            if analysis is not None:
                conn.execute(
                    text("INSERT INTO analyses (article_id, version, data) VALUES (:id, :v, :d)"),
                    {"id": article.id, "v": analysis.version, "d": json.dumps(analysis.to_dict(), ensure_ascii=False)},
                )
            if story is not None:
                self._write_story(conn, story)
            conn.execute(_BUMP)

    def get_article(self, article_id: str) -> Article | None:
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT * FROM articles WHERE id = :id"), {"id": article_id}).first()
        return _article(row) if row else None

    def get_analysis(self, article_id: str) -> Analysis | None:
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT data FROM analyses WHERE article_id = :id"), {"id": article_id}).first()
        return Analysis.from_dict(json.loads(row.data)) if row else None

    def load_analyzed(self, article_ids: Iterable[str] | None = None) -> list[AnalyzedArticle]:
        items = list(self.iter_analyzed(article_ids))
        if article_ids is not None:
            items.sort(key=lambda i: (i.article.published or "", i.article.id))
        return items

    def iter_analyzed(self, article_ids: Iterable[str] | None = None) -> Iterator[AnalyzedArticle]:
        sql = "SELECT a.*, n.data AS analysis FROM articles a JOIN analyses n ON n.article_id = a.id"
        with self.engine.connect() as conn:
            if article_ids is None:
                rows = conn.execution_options(yield_per=256).execute(
                    text(sql + " ORDER BY COALESCE(a.published, ''), a.id"))
                for row in rows:
                    yield AnalyzedArticle(_article(row), Analysis.from_dict(json.loads(row.analysis)))
                return
            # look the ids up (a story's few articles must not cost a scan of the store)
            ids = sorted(set(article_ids))
            for i in range(0, len(ids), _IDS_PER_QUERY):
                chunk = ids[i : i + _IDS_PER_QUERY]
                marks = ", ".join(f":i{n}" for n in range(len(chunk)))
                params = {f"i{n}": v for n, v in enumerate(chunk)}
                for row in conn.execute(text(f"{sql} WHERE a.id IN ({marks})"), params).all():
                    yield AnalyzedArticle(_article(row), Analysis.from_dict(json.loads(row.analysis)))

    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT id, content_hash, signature FROM articles WHERE status = 'analyzed' AND signature IS NOT NULL")
            ).all()
        for row in rows:
            yield row.id, row.content_hash, row.signature

    def duplicates(self, article_ids: Iterable[str]) -> list[Article]:
        ids = list(article_ids)
        if not ids:
            return []
        marks = ", ".join(f":i{n}" for n in range(len(ids)))
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(f"SELECT * FROM articles WHERE duplicate_of IN ({marks}) ORDER BY published, id"),
                {f"i{n}": i for n, i in enumerate(ids)},
            ).all()
        return [_article(r) for r in rows]

    # -- stories --------------------------------------------------------------------------

    @staticmethod
    def _write_story(conn: Connection, story: Story) -> None:
        conn.execute(text("DELETE FROM story_articles WHERE story_id = :s"), {"s": story.id})
        conn.execute(
            text(
                "INSERT INTO stories (id, title, first_published, last_published, data, updated_at)"
                " VALUES (:id, :title, :first, :last, :data, :now)"
                " ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_published = excluded.first_published,"
                " last_published = excluded.last_published, data = excluded.data, updated_at = excluded.updated_at"
            ),
            {
                "id": story.id,
                "title": story.title,
                "first": story.first_published,
                "last": story.last_published,
                "data": json.dumps(story.to_dict(), ensure_ascii=False),
                "now": _now(),
            },
        )
        for pos, article_id in enumerate(story.articles):
            conn.execute(
                text(
                    "INSERT INTO story_articles (story_id, article_id, position) VALUES (:s, :a, :p)"
                    " ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, position = excluded.position"
                ),
                {"s": story.id, "a": article_id, "p": pos},
            )

    def replace_stories(self, stories: list[Story]) -> None:
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM story_articles"))
            conn.execute(text("DELETE FROM stories"))
            for story in stories:
                self._write_story(conn, story)
            conn.execute(_BUMP)

    def update_stories(self, stories: list[Story], removed: Iterable[str] = ()) -> None:
        with self.engine.begin() as conn:
            for story_id in removed:  # first: their articles are re-pointed by the writes below
                conn.execute(text("DELETE FROM stories WHERE id = :s"), {"s": story_id})
            for story in stories:
                self._write_story(conn, story)
            conn.execute(_BUMP)

    def list_stories(self) -> list[Story]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT data FROM stories ORDER BY COALESCE(last_published, '') DESC, id")
            ).all()
        return [_story(r) for r in rows]

    def get_story(self, story_id: str) -> Story | None:
        with self.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT data FROM stories WHERE id = :id OR substr(id, 1, :n) = :id ORDER BY id = :id DESC LIMIT 2"
                ),
                {"id": story_id, "n": len(story_id)},
            ).all()
        if not rows:
            return None
        exact = _story(rows[0])
        if exact.id == story_id or len(rows) == 1:
            return exact
        return None  # ambiguous prefix

    # -- search and counts ----------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        fts = _fts_query(query)
        if not fts:
            return []
        sql = (
            "SELECT a.id, a.title, a.outlet, a.published, sa.story_id,"
            " snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snip"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " LEFT JOIN story_articles sa ON sa.article_id = a.id"
            " WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT :n"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), {"q": fts, "n": limit}).all()
        return [SearchHit(r.id, r.title, r.outlet, r.published, r.snip, r.story_id) for r in rows]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT status, COUNT(*) AS n FROM articles GROUP BY status")).all()
            stories = conn.execute(text("SELECT COUNT(*) FROM stories")).scalar_one()
        out = {"analyzed": 0, "duplicate": 0, "skipped": 0}
        out.update({r.status: r.n for r in rows})
        out["stories"] = stories
        return out

    # -- dense embeddings -----------------------------------------------------------------

    def save_embeddings(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        with self.engine.begin() as conn:
            for article_id, vector in vectors.items():
                conn.execute(
                    text(
                        "INSERT INTO embeddings (article_id, model, content_hash, vector)"
                        " SELECT id, :m, content_hash, :v FROM articles WHERE id = :id"
                        " ON CONFLICT(article_id) DO UPDATE SET model = excluded.model,"
                        " content_hash = excluded.content_hash, vector = excluded.vector"
                    ),
                    {"id": article_id, "m": model, "v": np.asarray(vector, dtype="<f4").tobytes()},
                )

    def load_embeddings(self, model: str, article_ids: Iterable[str]) -> dict[str, np.ndarray]:
        ids = list(dict.fromkeys(article_ids))
        out: dict[str, np.ndarray] = {}
        with self.engine.connect() as conn:
            for k in range(0, len(ids), _IDS_PER_QUERY):
                chunk = ids[k:k + _IDS_PER_QUERY]
                marks = ", ".join(f":i{j}" for j in range(len(chunk)))
                rows = conn.execute(
                    text(
                        "SELECT e.article_id, e.vector FROM embeddings e JOIN articles a ON a.id = e.article_id"
                        f" WHERE e.model = :m AND e.content_hash = a.content_hash AND e.article_id IN ({marks})"
                    ),
                    {"m": model, **{f"i{j}": v for j, v in enumerate(chunk)}},
                )
                out.update({r.article_id: np.frombuffer(r.vector, dtype="<f4") for r in rows})
        return out

    # -- saved derived state --------------------------------------------------------------

    def generation(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT value FROM store_meta WHERE key = 'generation'")).scalar_one()

    def save_snapshot(self, name: str, fingerprint: str, data: bytes) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO snapshots (name, fingerprint, data, saved_at) VALUES (:n, :f, :d, :t)"
                    " ON CONFLICT(name) DO UPDATE SET fingerprint = excluded.fingerprint, data = excluded.data,"
                    " saved_at = excluded.saved_at"
                ),
                {"n": name, "f": fingerprint, "d": data, "t": _now()},
            )

    def load_snapshot(self, name: str) -> tuple[str, bytes] | None:
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT fingerprint, data FROM snapshots WHERE name = :n"), {"n": name}).first()
        return (row.fingerprint, bytes(row.data)) if row else None

    def close(self) -> None:
        self.engine.dispose()
