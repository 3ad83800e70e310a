"""Whole-result summaries for the page: every matching incident as a map point, and the facets.

The map and the timeline need all matching incidents at once, not a page of 50, but only a few of
their fields. ``Store.incidents`` is the one listing the store offers, so the points are gathered by
paging through it (500 at a time) and kept in a small time-limited cache: panning, brushing the
timeline and reopening the page reuse them, and a write through the API clears them.
"""
from __future__ import annotations

import itertools
import threading
import time
from collections import Counter
from collections.abc import Callable, Hashable
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
    """A small thread-safe cache whose entries expire after *ttl* seconds. Concurrent requests for
    a missing key wait for one computation instead of each running their own."""

    def __init__(self, ttl: float, size: int = 64) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: dict[Hashable, tuple[float, Any]] = {}
        self._computing: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()
        self._generation = 0

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        key = _hashable(key)
        with self._lock:
            hit = self._entries.get(key)
            if hit and hit[0] > time.monotonic():
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
                if generation == self._generation:  # not cleared by a write meanwhile
                    if len(self._entries) >= self.size:
                        now = time.monotonic()
                        self._entries = {k: v for k, v in self._entries.items() if v[0] > now}
                        if len(self._entries) >= self.size:
                            self._entries.clear()
                    self._entries[key] = (time.monotonic() + self.ttl, value)
        return value

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
