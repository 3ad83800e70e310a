"""Whole-result summaries for the page: every matching incident as a map point, and the facets.

The map and the timeline need all matching incidents at once, not a page of 50, but only a few of
their fields. The store offers only whole records, so the points are gathered by reading them all
(about a second for 10,000) and kept in a small cache: panning, brushing the timeline and reopening
the page reuse them; a stale entry is served while it is recomputed in the background, and a write
through the API clears them.
"""
from __future__ import annotations

import itertools
import threading
import time
from collections import Counter
from collections.abc import Callable, Hashable
from concurrent.futures import Executor
from typing import Any

PAGE = 500
MAX_POINTS = 50_000  # beyond this the page would be slow anyway; the response says it was cut
POINT_FIELDS = ("id", "event_date", "lat", "lon", "event_type", "sub_event_type", "geo_precision",
                "place", "admin1", "sources")


def iter_incidents(store: Any, filters: dict, limit: int = MAX_POINTS) -> tuple[list[dict], int]:
    """Up to *limit* incident records matching *filters*, and how many match in all.

    Uses the store's own ``iter_incidents`` (keyset pages) when it has one, else pages through
    ``incidents`` by offset."""
    if hasattr(store, "iter_incidents"):
        records = list(itertools.islice(store.iter_incidents(**filters), limit + 1))
        if len(records) <= limit:
            return records, len(records)
        return records[:limit], store.incidents(**filters, limit=1)[1]
    records: list[dict] = []
    seen: set[str] = set()
    offset, total = 0, None
    while len(records) < limit:
        items, total = store.incidents(**filters, sort="event_date", limit=PAGE, offset=offset)
        for item in items:
            if item["id"] not in seen:  # paging over a changing store may repeat a record
                seen.add(item["id"])
                records.append(item)
        offset += len(items)
        if not items or offset >= total:
            break
    return records[:limit], total or 0


def point_row(record: dict) -> list:
    location = record.get("location") or {}
    sources = record.get("sources")
    return [
        record["id"],
        record.get("event_date"),
        location.get("latitude"),
        location.get("longitude"),
        record.get("event_type"),
        record.get("sub_event_type"),
        location.get("geo_precision"),
        location.get("name") or location.get("name_ar"),
        location.get("admin1"),
        sources if isinstance(sources, int) else len(record.get("doc_ids") or []),
    ]


def collect_points(store: Any, filters: dict) -> dict:
    records, total = iter_incidents(store, filters)
    return points_of(records, total)


def points_of(records: list[dict], total: int) -> dict:
    return {
        "fields": list(POINT_FIELDS),
        "rows": [point_row(r) for r in records],
        "total": total,
        "truncated": total > len(records),
    }


def collect_facets(store: Any) -> tuple[dict, dict]:
    """The governorates, event types, actors and outlets present in the store, most frequent first;
    and, from the same pass, the points of the whole store (what the page asks for first)."""
    records, total = iter_incidents(store, {})
    return facets_of(records, total), points_of(records, total)


def facets_of(records: list[dict], total: int) -> dict:
    admin1: Counter = Counter()
    types: Counter = Counter()
    sub_types: Counter = Counter()
    actors: Counter = Counter()
    names: dict[str, str] = {}
    outlets: Counter = Counter()
    dates = [r["event_date"] for r in records if r.get("event_date")]
    for record in records:
        location = record.get("location") or {}
        if location.get("admin1"):
            admin1[(location.get("iso3") or "", location["admin1"])] += 1
        types[record.get("event_type")] += 1
        sub_types[(record.get("event_type"), record.get("sub_event_type"))] += 1
        for actor in [record.get("actor1"), record.get("actor2"), *(record.get("assoc_actors") or [])]:
            if actor and actor.get("id"):
                actors[actor["id"]] += 1
                names.setdefault(actor["id"], actor.get("name") or actor["id"])
        for outlet in record.get("outlets") or []:  # listed by the store when it knows them
            outlets[outlet] += 1
    return {
        "total": total,
        "date_min": min(dates) if dates else None,
        "date_max": max(dates) if dates else None,
        "admin1": [{"iso3": iso3, "name": name, "count": n} for (iso3, name), n in admin1.most_common()],
        "event_types": [{"name": t, "count": n} for t, n in types.most_common() if t],
        "sub_event_types": [{"event_type": t, "name": s, "count": n} for (t, s), n in sub_types.most_common() if s],
        "actors": [{"id": a, "name": names[a], "count": n} for a, n in actors.most_common()],
        "outlets": [{"name": o, "count": n} for o, n in outlets.most_common()],
    }


class PointsCache:
    """A small thread-safe cache of summaries, stale-while-revalidate.

    An entry younger than *ttl* seconds is served as it is. An older one is still served, at once,
    while *refresher* (a one-thread executor, so its store connection is reused) recomputes it; a
    missing one is computed in the request, once however many requests wait for it. :meth:`clear`
    (after a write through the API) drops everything, so the writer's next read is fresh.
    """

    def __init__(self, ttl: float, refresher: Executor | None = None, size: int = 64) -> None:
        self.ttl = ttl
        self.size = size
        self._refresher = refresher
        self._entries: dict[Hashable, tuple[float, Any]] = {}
        self._computing: dict[Hashable, threading.Lock] = {}
        self._refreshing: set[Hashable] = set()
        self._lock = threading.Lock()
        self._generation = 0

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        key = _hashable(key)
        with self._lock:
            hit = self._entries.get(key)
            if hit and (hit[0] > time.monotonic() or self._refresh_later(key, compute)):
                return hit[1]
            flight = self._computing.setdefault(key, threading.Lock())
        with flight:
            with self._lock:
                hit = self._entries.get(key)
                if hit and hit[0] > time.monotonic():
                    return hit[1]
                generation = self._generation
            value = compute()
            with self._lock:
                self._computing.pop(key, None)
                self._store(key, value, generation)
        return value

    def _refresh_later(self, key: Hashable, compute: Callable[[], Any]) -> bool:
        """Schedule a recomputation of a stale entry (lock held); False when there is no refresher."""
        if self._refresher is None:
            return False
        if key not in self._refreshing:
            self._refreshing.add(key)
            generation = self._generation

            def refresh() -> None:
                try:
                    value = compute()
                    with self._lock:
                        self._store(key, value, generation)
                finally:
                    with self._lock:
                        self._refreshing.discard(key)

            self._refresher.submit(refresh)
        return True

    def _store(self, key: Hashable, value: Any, generation: int) -> None:
        if generation != self._generation:  # cleared by a write meanwhile: the value may predate it
            return
        if len(self._entries) >= self.size and key not in self._entries:
            now = time.monotonic()
            self._entries = {k: v for k, v in self._entries.items() if v[0] > now}
            if len(self._entries) >= self.size:
                self._entries.clear()
        self._entries[key] = (time.monotonic() + self.ttl, value)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._generation += 1


def _hashable(value: Any) -> Hashable:
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_hashable(v) for v in value)
    return value
