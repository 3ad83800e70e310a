"""Ingest + link throughput as the store grows from 1k to 30k documents (the full ANT corpus).

    .venv/bin/python benchmarks/link.py [--limit 30000] [--extract synthetic|pipeline] [--db PATH] [--json OUT]

Documents are read from ``../shared/data/corpora/ant/ant_v2.1_multisource_full.tar.gz`` and ingested
in publication order into a fresh SQLite store, one transaction per document, exactly as
``rasd ingest`` does. At each checkpoint (1k, 2k, 5k, 10k, 20k, 30k) it prints the time per document
over the last window, split into extraction and storing (LSH lookup, alignment, blocking, linking,
merged-record rebuild, FTS) — the second is what this benchmark is about, and it should stay flat
as the store grows: every step of it is bounded by blocking keys and LSH buckets, never by the size
of the store.

``--extract synthetic`` (the default) stands in for the recognizers with a cheap deterministic
extractor (place names from a short list, act and actor from cue words), so the benchmark measures
the store and not the recognizers; ``--extract pipeline`` runs ``rasd.pipeline.extract``.
"""
from __future__ import annotations

import argparse
import email.utils
import json
import re
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import regex

from rasd.model import Actor, Document, Evidence, Incident, Location
from rasd.store import open_store
from rasd.text.normalize import fold

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/corpora/ant/ant_v2.1_multisource_full.tar.gz"
CHECKPOINTS = (1000, 2000, 5000, 10000, 20000, 30000)
_TAG = re.compile(r"<(DOCNO|URL|SRC|TITLE|TIME|TEXT)>\s*(.*?)\s*</\1>", re.DOTALL)

# --- a stand-in extractor -------------------------------------------------------------------------
PLACES = [  # name, English, admin1, lat, lon
    ("دوما", "Douma", "Rural Damascus", 33.57, 36.40), ("الغوطة الشرقية", "Eastern Ghouta", "Rural Damascus", 33.55, 36.45),
    ("عفرين", "Afrin", "Aleppo", 36.51, 36.87), ("حلب", "Aleppo", "Aleppo", 36.20, 37.16),
    ("إدلب", "Idleb", "Idleb", 35.93, 36.63), ("درعا", "Dar'a", "Dar'a", 32.62, 36.10),
    ("دير الزور", "Deir ez-Zor", "Deir-ez-Zor", 35.33, 40.14), ("الرقة", "Raqqa", "Ar-Raqqa", 35.95, 39.01),
    ("حمص", "Homs", "Homs", 34.73, 36.71), ("حماة", "Hama", "Hama", 35.13, 36.75),
    ("منبج", "Manbij", "Aleppo", 36.53, 37.95), ("الموصل", "Mosul", "Ninewa", 36.34, 43.13),
    ("بغداد", "Baghdad", "Baghdad", 33.31, 44.36), ("البصرة", "Basra", "Al-Basrah", 30.51, 47.78),
    ("كركوك", "Kirkuk", "Kirkuk", 35.47, 44.39), ("الأنبار", "Anbar", "Al-Anbar", 33.42, 43.30),
    ("القنيطرة", "Quneitra", "Quneitra", 33.13, 35.82), ("تدمر", "Palmyra", "Homs", 34.56, 38.28),
]
ACTS = [("غارة", "Explosions/Remote violence", "Air/drone strike"), ("غارات", "Explosions/Remote violence", "Air/drone strike"),
        ("قصف", "Explosions/Remote violence", "Shelling/artillery/missile attack"), ("اشتباكات", "Battles", "Armed clash"),
        ("تفجير", "Explosions/Remote violence", "Remote explosive/landmine/IED"), ("اعتقال", "Strategic developments", "Arrests")]
ACTORS = [("الروسي", "russia", "Russian Military"), ("التحالف", "coalition", "International Coalition"),
          ("النظام", "regime", "Syrian Government Forces"), ("التركي", "turkey", "Turkish Military"),
          ("داعش", "isis", "Islamic State"), ("العراقية", "iraq", "Iraqi Security Forces")]
_PLACE_RE = [(regex.compile(r"(?<![\w])(?:و|ب|ل|ف)?" + fold(p[0]) + r"(?![\w])"), p) for p in PLACES]


def synthetic_extract(doc: Document) -> list[Incident]:
    """Up to two incidents: the first places named, the first act and actor cue words found."""
    t = fold(doc.text)
    act = next((a for a in ACTS if fold(a[0]) in t), None)
    if act is None or doc.published is None:
        return []
    actor = next((a for a in ACTORS if fold(a[0]) in t), None)
    out = []
    for rx, (name_ar, name, admin1, lat, lon) in _PLACE_RE:
        m = rx.search(t)
        if m is None:
            continue
        day = doc.published.fromordinal(doc.published.toordinal() - (len(doc.text) + len(out)) % 2)
        s, e = m.span()  # folding only deletes or maps 1:1; close enough for a benchmark span
        out.append(Incident(
            id=f"{doc.id}:{len(out)}", doc_ids=(doc.id,), event_date=day, date_precision="day", date_range=(day, day),
            time_of_day=None, event_type=act[1], sub_event_type=act[2],
            actor1=Actor(actor[1], actor[2], actor[0]) if actor else None,
            location=Location(name=name, name_ar=name_ar, mention=name_ar, country=None,
                              iso3="IRQ" if admin1 in ("Ninewa", "Baghdad", "Al-Basrah", "Kirkuk", "Al-Anbar") else "SYR",
                              admin1=admin1, latitude=lat, longitude=lon, geo_precision=1, gazetteer_id="b-" + name),
            evidence=(Evidence(doc.id, "location", s, e, doc.text[s:e]),), confidence=0.5))
        if len(out) == 2:
            break
    return out


# --- the corpus -----------------------------------------------------------------------------------


def ant_documents(path: Path, limit: int) -> list[Document]:
    """ANT documents in publication order (reading the whole tarball, ~30 s)."""
    docs = []
    with tarfile.open(path) as tar:
        for m in tar:
            if not m.isfile() or not m.name.endswith(".txt"):
                continue
            raw = tar.extractfile(m).read().decode("utf-8", errors="replace")
            f = {k: v for k, v in _TAG.findall(raw)}
            if not f.get("TEXT") or not f.get("DOCNO"):
                continue
            try:
                when = email.utils.parsedate_to_datetime(f["TIME"]).date() if f.get("TIME") else None
            except (TypeError, ValueError):
                when = None
            docs.append(Document(id=f["DOCNO"], text=f["TEXT"], title=f.get("TITLE"), published=when,
                                 outlet=f.get("SRC"), url=f.get("URL")))
    docs.sort(key=lambda d: (d.published is None, d.published or 0, d.id))
    return docs[:limit]


def timed(extract):
    spent = [0.0]

    def run(doc: Document) -> list[Incident]:
        t = time.perf_counter()
        try:
            return extract(doc)
        finally:
            spent[0] += time.perf_counter() - t

    return run, spent


def batches(docs: list[Document], marks: tuple[int, ...]) -> Iterator[tuple[int, list[Document]]]:
    start = 0
    for mark in (m for m in marks if m <= len(docs)):
        yield mark, docs[start:mark]
        start = mark
    if start < len(docs):
        yield len(docs), docs[start:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=30000)
    ap.add_argument("--extract", choices=("synthetic", "pipeline"), default="synthetic")
    ap.add_argument("--db", help="store path (default: a temporary file)")
    ap.add_argument("--json", help="write the result here too")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    docs = ant_documents(args.data, args.limit)
    print(f"read {len(docs)} documents in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    if args.extract == "pipeline":
        from rasd.pipeline import extract as base
    else:
        base = synthetic_extract
    extract, spent = timed(base)
    db = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="rasd-bench-")) / "bench.db"
    if db.exists():
        ap.error(f"{db} exists; the benchmark needs a fresh store")
    store = open_store(db)
    rows = []
    print(f"{'docs':>6} {'ms/doc total':>12} {'extract':>8} {'store+link':>10} {'mentions':>8} {'incidents':>9} "
          f"{'passages':>8} {'db MB':>6}")
    for mark, batch in batches(docs, CHECKPOINTS):
        spent[0] = 0.0
        t = time.perf_counter()
        store.ingest_documents(batch, extract=extract)
        total = time.perf_counter() - t
        st = store.stats()
        size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6
        row = {"documents": mark, "window": len(batch), "ms_per_doc": round(1000 * total / len(batch), 2),
               "extract_ms_per_doc": round(1000 * spent[0] / len(batch), 2),
               "store_link_ms_per_doc": round(1000 * (total - spent[0]) / len(batch), 2),
               "mentions": st["mentions"], "incidents": st["incidents"], "passages": st["passages"],
               "db_mb": round(size, 1)}
        rows.append(row)
        print(f"{mark:>6} {row['ms_per_doc']:>12} {row['extract_ms_per_doc']:>8} {row['store_link_ms_per_doc']:>10} "
              f"{st['mentions']:>8} {st['incidents']:>9} {st['passages']:>8} {size:>6.0f}", flush=True)
    store.close()
    first, last = rows[0]["store_link_ms_per_doc"], rows[-1]["store_link_ms_per_doc"]
    result = {"extract": args.extract, "checkpoints": rows, "store_link_growth": round(last / first, 2) if first else None}
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(f"store+link time per document, last window / first window: {result['store_link_growth']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
