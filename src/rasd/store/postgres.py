"""The PostgreSQL store: the same SQL as SQLite (``?`` placeholders become ``%s``), text search
through a ``tsvector`` column filled with the same normalized terms (:mod:`rasd.store.search`).

Needs psycopg 3 (``pip install 'rasd[postgres]'``). Tests run against it when ``RASD_PG_DSN``
names a database (each test uses its own schema).
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import Any

from rasd.errors import StoreError
from rasd.store.base import Store
from rasd.store.search import tsquery


class PostgresStore(Store):
    dialect = "postgres"

    def __init__(self, dsn: str, schema: str | None = None) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:
            raise StoreError("PostgreSQL needs psycopg: pip install 'rasd[postgres]' (or use a SQLite file)") from exc
        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(dsn, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {exc}") from exc
        if schema:
            self._conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            self._conn.execute(f'SET search_path TO "{schema}"')
        self._depth = 0
        self._migrate()

    def _execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        try:
            return self._conn.execute(sql.replace("?", "%s"), tuple(params))
        except self._psycopg.Error as exc:
            raise StoreError(f"database error: {exc}") from exc

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self._conn.transaction():
                # one writer at a time, as SQLite's BEGIN IMMEDIATE: linking reads what it then writes
                self._conn.execute("SELECT pg_advisory_xact_lock(7262001)")
                yield
        finally:
            self._depth = 0

    def _fts_set(self, pk: int, terms: str) -> None:
        self._execute("UPDATE incidents SET search = to_tsvector('simple', ?) WHERE pk = ?", (terms, pk))

    def _fts_delete(self, pk: int) -> None:
        pass  # the vector lives in the incident row

    def _fts_filter(self, q: str) -> tuple[str, list[Any]] | None:
        expr = tsquery(q)
        if expr is None:
            return None
        return "i.search @@ to_tsquery('simple', ?)", [expr]

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._conn.close()
