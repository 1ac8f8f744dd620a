"""Schema versions. Each migration is a list of SQL statements applied in one
transaction; `schema_version` records the highest applied. Append, never edit."""

from __future__ import annotations

from sqlalchemy import Connection, text

SQLITE_MIGRATIONS: list[list[str]] = [
    # 1: articles, analyses, stories, full-text search
    [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source TEXT, url TEXT, outlet TEXT, title TEXT, published TEXT, language TEXT,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            duplicate_of TEXT,
            status TEXT NOT NULL CHECK (status IN ('analyzed', 'duplicate', 'skipped')),
            reason TEXT,
            signature BLOB,
            ingested_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_hash ON articles (content_hash)",
        "CREATE INDEX articles_published ON articles (published)",
        "CREATE INDEX articles_duplicate_of ON articles (duplicate_of)",
        """CREATE TABLE analyses (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            data TEXT NOT NULL
        )""",
        """CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            first_published TEXT,
            last_published TEXT,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
            position INTEGER NOT NULL
        )""",
        "CREATE INDEX story_articles_story ON story_articles (story_id)",
        "CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, tokenize = 'porter unicode61')",
    ],
    # 2: a generation counter (bumped by every write) and saved engine state (the clusterer),
    # valid only while the generation it was saved at is still the store's
    [
        "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)",
        "INSERT INTO store_meta (key, value) VALUES ('generation', 0)",
        """CREATE TABLE snapshots (
            name TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            data BLOB NOT NULL,
            saved_at TEXT NOT NULL
        )""",
    ],
    # 3: dense embeddings of articles (optional extra `embeddings`), valid while the article's
    # content hash is still the one they were made from
    [
        """CREATE TABLE embeddings (
            article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            model TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            vector BLOB NOT NULL
        )""",
    ],
]


def current_version(conn: Connection) -> int:
    conn.execute(text("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
    return conn.execute(text("SELECT COALESCE(MAX(version), 0) FROM schema_version")).scalar_one()


def migrate(conn: Connection, migrations: list[list[str]]) -> int:
    """Apply the migrations newer than the database; return the resulting version."""
    version = current_version(conn)
    if version > len(migrations):
        raise RuntimeError(
            f"database schema version {version} is newer than this storyweave ({len(migrations)}); upgrade storyweave"
        )
    for number, statements in enumerate(migrations[version:], start=version + 1):
        for statement in statements:
            conn.execute(text(statement))
        conn.execute(text("DELETE FROM schema_version"))
        conn.execute(text("INSERT INTO schema_version (version) VALUES (:v)"), {"v": number})
    return len(migrations)
