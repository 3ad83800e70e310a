"""Extraction speed and memory: documents per second and peak RSS, one process.

    .venv/bin/python benchmarks/extract.py [DOCS.jsonl] [--repeat N]

Default input: the ANT Syria/Iraq conflict subset (../shared/data/corpora/ant/ant_conflict_documents.jsonl).
Targets (issue 2): ≥ 300 documents/s, peak memory ≤ 500 MB.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from rasd.errors import DocumentError
from rasd.geo.gazetteer import default_gazetteer
from rasd.pipeline import extract
from rasd.read import iter_documents

DEFAULT = Path(__file__).resolve().parents[1] / "../shared/data/corpora/ant/ant_conflict_documents.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docs", nargs="?", default=str(DEFAULT))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    t0 = time.perf_counter()
    gaz = default_gazetteer()
    load_s = time.perf_counter() - t0
    if not Path(args.docs).is_file():
        sys.exit(f"no such file: {args.docs} (the ANT subset lives in ../shared; or name a JSON Lines file)")
    docs = [d for d in iter_documents([args.docs]) if not isinstance(d, DocumentError)]
    if not docs:
        sys.exit(f"no readable documents in {args.docs}")
    chars = sum(len(d.text) for d in docs)
    extract(docs[0], gaz)  # warm caches (compiled patterns)
    best = float("inf")
    incidents = 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        incidents = sum(len(extract(d, gaz)) for d in docs)
        best = min(best, time.perf_counter() - t)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "documents": len(docs),
        "mean_chars": round(chars / max(1, len(docs))),
        "incidents": incidents,
        "seconds": round(best, 3),
        "docs_per_second": round(len(docs) / best, 1),
        "gazetteer_load_seconds": round(load_s, 3),
        "peak_rss_mb": round(peak_mb, 1),
    }
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
