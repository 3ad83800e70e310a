"""Instruction count of one warm extraction pass, for changes too small for wall time to show.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=cg.out \
        .venv/bin/python benchmarks/instructions.py [DOCS.jsonl] [--every N] | grep Collected

Runs every Nth document (default 10) of the ANT conflict subset once to warm the caches, then switches
callgrind's instrumentation on (``callgrind_control -i on``) for a second pass only. Two runs of the
same checkout agree to about 0.1%; ``callgrind_annotate cg.out`` shows where the instructions went.
Without valgrind it just runs the two passes.

Before the second pass the objects alive are collected and frozen (``gc.freeze()``): otherwise whether
a full collection of the gazetteer's millions of objects falls inside the pass (about 115M
instructions) depends on how many objects the first pass happened to allocate, and a change of a few
allocations moves the count by 5%.
"""
from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

from rasd.errors import DocumentError
from rasd.geo.gazetteer import default_gazetteer
from rasd.pipeline import extract
from rasd.read import iter_documents

DEFAULT = Path(__file__).resolve().parents[1] / "../shared/data/corpora/ant/ant_conflict_documents.jsonl"


def _instrument(state: str) -> None:
    if shutil.which("callgrind_control"):  # valgrind's; without it the passes just run
        subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], capture_output=True, check=False)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("docs", nargs="?", default=str(DEFAULT))
    ap.add_argument("--every", type=int, default=10, help="take every Nth document (default 10)")
    args = ap.parse_args()
    if not os.path.isfile(args.docs):
        sys.exit(f"no such file: {args.docs}")
    gaz = default_gazetteer()
    docs = [d for d in iter_documents([args.docs]) if not isinstance(d, DocumentError)][::args.every]
    for d in docs:
        extract(d, gaz)
    gc.collect()
    gc.freeze()  # (the gazetteer and the warm caches: no full collection walks them during the pass)
    _instrument("on")
    for d in docs:
        extract(d, gaz)
    _instrument("off")
    print(f"{len(docs)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
