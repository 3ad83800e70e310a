"""Where incidents live: documents, mentions, merged incidents, copied passages.

    store = open_store("rasd.db")                 # a SQLite file (or "sqlite:///rasd.db")
    store = open_store("postgresql://host/db")    # PostgreSQL, with psycopg installed

The interface is :class:`rasd.store.base.Store`; both backends share its code.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from rasd.errors import StoreError

if TYPE_CHECKING:
    from rasd.store.base import IngestReport, Store

__all__ = ["IngestReport", "Store", "StoreError", "open_store"]


def __getattr__(name: str) -> Any:
    # Imported lazily: rasd.link uses rasd.store.search, and rasd.store.base uses rasd.link.
    if name in ("Store", "IngestReport"):
        from rasd.store import base

        return getattr(base, name)
    raise AttributeError(f"module 'rasd.store' has no attribute {name!r}")


def open_store(target: str | os.PathLike) -> Store:
    """Open (creating and migrating as needed) the store at *target*: a file path or
    ``sqlite:///path`` for SQLite, ``postgresql://...`` / ``postgres://...`` for PostgreSQL."""
    t = os.fspath(target)
    if t.startswith(("postgresql://", "postgres://")):
        from rasd.store.postgres import PostgresStore

        return PostgresStore(t)
    if t.startswith("sqlite:///"):
        t = t[len("sqlite:///"):] or ":memory:"
    elif t.startswith("sqlite://"):
        t = t[len("sqlite://"):] or ":memory:"
    elif "://" in t:
        raise StoreError(f"unknown database {t!r}: give a file path, sqlite:///path or postgresql://...")
    from rasd.store.sqlite import SQLiteStore

    return SQLiteStore(t)
