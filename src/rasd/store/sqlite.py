"""The SQLite store (the default): one file, WAL mode, FTS5 text search.

Every write runs inside ``BEGIN IMMEDIATE ... COMMIT`` (the connection itself is in autocommit
mode), so a process killed mid-document leaves the previous documents whole and nothing of the
current one. WAL lets readers (the web server) go on while a writer ingests.
"""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rasd.errors import StoreError
from rasd.store.base import Store
from rasd.store.search import fts5_match

BUSY_TIMEOUT_MS = 30_000


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create the database {self.path}: folder {parent} does not exist")
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                         check_same_thread=False)
            self._conn.row_factory = sqlite3.Row
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {self.path} as a rasd database: {exc}") from exc
        self._depth = 0
        try:
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(f"cannot open {self.path} as a rasd database: {exc}") from exc

    def _execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, tuple(params))
        except sqlite3.OperationalError as exc:
            raise StoreError(f"database error on {self.path}: {exc}") from exc

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"database error on {self.path}: {exc}") from exc

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:  # nested: part of the enclosing transaction
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self._execute("COMMIT")

    def _fts_set(self, pk: int, terms: str) -> None:
        self._execute("DELETE FROM incidents_fts WHERE rowid = ?", (pk,))
        self._execute("INSERT INTO incidents_fts (rowid, terms) VALUES (?, ?)", (pk, terms))

    def _fts_delete(self, pk: int) -> None:
        self._execute("DELETE FROM incidents_fts WHERE rowid = ?", (pk,))

    def _fts_filter(self, q: str) -> tuple[str, list[Any]] | None:
        expr = fts5_match(q)
        if expr is None:
            return None
        return "i.pk IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)", [expr]

    def close(self) -> None:
        with contextlib.suppress(sqlite3.ProgrammingError):
            self._conn.close()
