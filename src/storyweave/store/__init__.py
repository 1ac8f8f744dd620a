"""Storage: one interface (`Store`), SQLite by default; PostgreSQL will plug in here."""

from __future__ import annotations

from pathlib import Path

from storyweave.store.base import Store

DEFAULT_DB = "storyweave.db"


class UnsupportedDatabase(ValueError):
    pass


def open_store(url: str | Path | None = None) -> Store:
    """Open a store from a path or URL: `file.db`, `sqlite:///file.db` (PostgreSQL to come)."""
    target = str(url or DEFAULT_DB)
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    elif "://" in target:
        scheme = target.split("://", 1)[0]
        raise UnsupportedDatabase(f"unsupported database URL scheme {scheme!r}: use a file path or sqlite:///PATH")
    from storyweave.store.sqlite import SQLiteStore

    return SQLiteStore(target)
