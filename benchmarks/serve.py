"""API latency of ``rasd serve`` on a synthetic store of 10,000 incidents.

    .venv/bin/python benchmarks/serve.py [--incidents 10000] [--db PATH] [--runs 100]

Builds (or reuses, with ``--db``) a SQLite store through the store's own ingest, with a synthetic
extractor giving each document one incident spread over Syria and Iraq, five years and every ACLED
event type; then runs the application in uvicorn on localhost and times sequential HTTP requests:
the incident list with each filter, deep pages, the largest pages, one incident, one document, the
page's map points, and exports. Prints p50 / p95 / max in milliseconds; the bar is p95 of
``GET /api/incidents`` (50 per page, as the page asks) under 200 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from rasd.model import Actor, Count, Document, Evidence, Incident, Location
from rasd.store import open_store
from rasd.web.api import create_app
from rasd.web.testing import LocalServer

TARGET_P95_MS = 200.0
TYPES = [
    ("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"), ("Riots", "Mob violence"),
    ("Strategic developments", "Arrests"),
]
ACTORS = [Actor("regime", "Syrian Government Forces", "قوات النظام"), Actor("isis", "Islamic State", "داعش"),
          Actor("sdf", "Syrian Democratic Forces", "قسد"), Actor("russia", "Russian Military", "الطائرات الروسية"),
          Actor("iraq", "Iraqi Security Forces", "القوات العراقية"), Actor("civilians", "Civilians", "مدنيين")]
ADMIN1 = [("SYR", "Aleppo", 36.2, 37.2), ("SYR", "Idleb", 35.8, 36.6), ("SYR", "Deir-ez-Zor", 35.3, 40.1),
          ("SYR", "Ar-Raqqa", 35.9, 39.0), ("IRQ", "Ninewa", 36.3, 43.1), ("IRQ", "Al-Anbar", 33.4, 43.3)]
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def synthetic_document(n: int) -> Document:
    r = random.Random(n)
    words = ["".join(r.choice(LETTERS) for _ in range(r.randint(3, 7))) for _ in range(60)]
    published = dt.date(2014, 1, 1) + dt.timedelta(days=r.randrange(5 * 365))
    return Document(id=f"bench-{n:06d}", text=" ".join(words), title=" ".join(words[:6]), published=published,
                    outlet=f"Outlet {n % 12}", url=f"https://example.org/{n}")


def synthetic_extract(doc: Document) -> list[Incident]:
    """One incident per document, placed and dated at random (deterministically from the id)."""
    n = int(doc.id.rsplit("-", 1)[1])
    r = random.Random(n * 7919)
    day = doc.published - dt.timedelta(days=r.randrange(3))
    event_type, sub = TYPES[r.randrange(len(TYPES))]
    iso3, admin1, lat, lon = ADMIN1[r.randrange(len(ADMIN1))]
    first_word = doc.text.split(" ", 1)[0]
    location = Location(f"Village {n}", first_word, first_word, "Syria" if iso3 == "SYR" else "Iraq", iso3, admin1,
                        None, None, round(lat + r.uniform(-0.6, 0.6), 4), round(lon + r.uniform(-0.6, 0.6), 4),
                        r.choice([1, 1, 1, 2, 3]))
    a1, a2 = r.sample(ACTORS, 2)
    killed = r.choice([None, 1, 2, 5, 12])
    return [Incident(
        id="x", doc_ids=(doc.id,), event_date=day, date_precision="day", date_range=(day, day), time_of_day=None,
        event_type=event_type, sub_event_type=sub, actor1=a1, actor2=a2, location=location,
        casualties={"killed": Count(killed, killed, killed)} if killed else {},
        notes=f"On {day:%d %B %Y}, {a1.name} and {a2.name}: {sub.lower()} in Village {n} ({admin1}).",
        evidence=(Evidence(doc.id, "location", 0, len(first_word), first_word),), confidence=0.6,
    )]


def build(db: Path, n: int) -> None:
    with open_store(db) as store:
        have = store.incidents(limit=1)[1]
        if have >= n:
            print(f"store: {db} already holds {have} incidents")
            return
        started = time.perf_counter()
        batch = 500
        for lo in range(0, n, batch):
            store.ingest_documents((synthetic_document(i) for i in range(lo, min(lo + batch, n))),
                                   extract=synthetic_extract)
            print(f"\rstore: ingested {min(lo + batch, n)}/{n} documents", end="", file=sys.stderr)
        total = store.incidents(limit=1)[1]
        print(f"\nstore: {total} incidents in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def timed(client: httpx.Client, path: str, params: dict | None, runs: int) -> list[float]:
    client.get(path, params=params).raise_for_status()  # warm up (and fail loudly)
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(path, params=params)
        _ = response.content
        out.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return out


def report(name: str, ms: list[float]) -> tuple[float, float]:
    ms = sorted(ms)
    p50 = statistics.median(ms)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(f"{name:<52} {p50:8.1f} {p95:8.1f} {ms[-1]:8.1f}   (n={len(ms)})")
    return p50, p95


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="store to build or reuse (default: a temporary file)")
    parser.add_argument("--runs", type=int, default=100, help="requests per list/detail measurement")
    args = parser.parse_args(argv)
    tmp = tempfile.TemporaryDirectory(prefix="rasd-bench-")
    db = args.db or Path(tmp.name) / "bench.db"
    build(db, args.incidents)

    with open_store(db) as store:
        items, total = store.incidents(limit=20, sort="-sources")
        some_id, some_doc = items[0]["id"], items[0]["doc_ids"][0]
    list_cases = [
        ("GET /api/incidents (no filter, newest first)", {}),
        ("  date range (one month)", {"date_from": "2016-03-01", "date_to": "2016-03-31"}),
        ("  admin1", {"admin1": "Deir-ez-Zor"}),
        ("  event type + sub-event type", {"event_type": "Explosions/Remote violence",
                                           "sub_event_type": "Air/drone strike"}),
        ("  actor", {"actor": "russia"}),
        ("  outlet", {"outlet": "Outlet 3"}),
        ("  bbox", {"bbox": "39.5,34.8,40.8,35.9"}),
        ("  text search (q)", {"q": "Village 4242"}),
        ("  all filters together", {"date_from": "2015-01-01", "date_to": "2017-12-31", "admin1": "Aleppo",
                                    "event_type": "Battles", "actor": "regime"}),
        ("  deep page (offset 9000)", {"offset": 9000, "sort": "event_date"}),
        ("  sorted by sources", {"sort": "-sources"}),
    ]
    big_pages = [  # the largest page the API serves: mostly JSON decoding and encoding of 500 records
        ("GET /api/incidents limit=500, newest first", {"limit": 500}),
        ("GET /api/incidents limit=500, sorted by sources", {"sort": "-sources", "limit": 500}),
    ]
    print(f"\n{total} incidents in {db}\n")
    print(f"{'request':<52} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    list_p95 = []
    with LocalServer(create_app(db, points_ttl=0)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        for name, params in list_cases:
            list_p95.append(report(name, timed(client, "/api/incidents", params, args.runs))[1])
        for name, params in big_pages:
            report(name, timed(client, "/api/incidents", params, max(10, args.runs // 4)))
        report("GET /api/incidents/{id}", timed(client, f"/api/incidents/{some_id}", None, args.runs))
        report("GET /api/documents/{id}", timed(client, f"/api/documents/{some_doc}", None, args.runs))
        report("GET /api/points (all, uncached)", timed(client, "/api/points", None, 10))
        report("GET /api/points (one governorate, uncached)", timed(client, "/api/points", {"admin1": "Aleppo"}, 10))
        report("GET /api/export jsonl (all)", timed(client, "/api/export", {"format": "jsonl"}, 5))
        report("GET /api/export acled-csv (all)", timed(client, "/api/export", {"format": "acled-csv"}, 5))
        report("GET /api/export geojson (one governorate)", timed(client, "/api/export",
                                                                  {"format": "geojson", "admin1": "Aleppo"}, 5))
        report("GET / (the page)", timed(client, "/", None, args.runs))
    with LocalServer(create_app(db)) as server, httpx.Client(base_url=server.url, timeout=60) as client:
        report("GET /api/points (all, cached)", timed(client, "/api/points", None, args.runs))
    worst = max(list_p95)
    verdict = "OK" if worst < TARGET_P95_MS else "OVER TARGET"
    print(f"\nworst p95 of GET /api/incidents (the page's 50 per page, any filter or sort): {worst:.1f} ms "
          f"(target < {TARGET_P95_MS:.0f} ms): {verdict}")
    tmp.cleanup()
    return 0 if worst < TARGET_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
