"""`rasd ingest` and `rasd link-eval` as library functions (the CLI only parses and prints).

    report = ingest(["articles.jsonl"], "rasd.db")
    print(report.summary())

    scores = link_eval("../shared/eval/dev/documents.jsonl", "../shared/eval/dev/gold.jsonl")
    scores["linking"]["f1"]
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rasd.errors import ConfigError, RasdError
from rasd.store import IngestReport, Store, open_store
from rasd.store.base import Extract

BATCH = 200  # documents read ahead of the store; each is still committed on its own


def ingest(inputs: Iterable[str | os.PathLike] | str | os.PathLike, db: str | os.PathLike | Store, *,
           published: dt.date | None = None, outlet: str | None = None, extract: Extract | None = None,
           progress: Any = None) -> IngestReport:
    """Read every document in *inputs* (files, folders, ``-``), extract, store and link them in
    *db* (a path, a ``sqlite:///`` or ``postgresql://`` URL, or an open :class:`Store`).

    Each document is committed on its own: a run killed halfway leaves every committed document
    whole, and running it again skips them as unchanged. Documents that cannot be read or
    extracted are recorded as failed with their reason and the run goes on. *progress*: anything
    with ``step()`` (and optionally ``close()``), stepped once per document.
    """
    from rasd.read import iter_documents

    store = db if isinstance(db, Store) else open_store(db)
    try:
        docs = iter_documents(inputs, published=published, outlet=outlet)
        return store.ingest_documents(docs, extract=extract, progress=progress)
    finally:
        if progress is not None and hasattr(progress, "close"):
            progress.close()
        if store is not db:
            store.close()


def default_scorer() -> Path:
    """``score.py`` of the shared folder: $RASD_SHARED/eval/score.py or ../shared next to the project."""
    shared = os.environ.get("RASD_SHARED")
    candidates = [Path(shared)] if shared else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" for p in here.parents[:5]] + [Path.cwd().parent / "shared"]
    for c in candidates:
        if (c / "eval" / "score.py").is_file():
            return c / "eval" / "score.py"
    raise ConfigError("cannot find the shared scorer eval/score.py; set RASD_SHARED or pass scorer=")


def link_eval(docs_path: str | os.PathLike, gold_path: str | os.PathLike, *, scorer: str | os.PathLike | None = None,
              extract: Extract | None = None, db: str | os.PathLike | None = None, keep: bool = False) -> dict:
    """Ingest *docs_path* into a fresh SQLite store, export its merged incidents as JSON Lines and
    score them against *gold_path* with the shared ``score.py`` (run as a subprocess, so the score
    is exactly what the shared scorer says). Returns the scorer's JSON result plus ``ingest``
    (the ingest report) and, with *keep*, ``db`` and ``pred`` (the paths of the store and export)."""
    scorer = Path(scorer) if scorer else default_scorer()
    tmp = tempfile.mkdtemp(prefix="rasd-link-eval-")
    db_path = Path(db) if db else Path(tmp) / "store.db"
    if db_path.exists():
        raise ConfigError(f"{db_path} already exists; link-eval wants a fresh store")
    pred = Path(tmp) / "pred.jsonl"
    store = open_store(db_path)
    try:
        report = ingest([docs_path], store, extract=extract)
        with open(pred, "w", encoding="utf-8") as out:
            store.export("jsonl", out)
    finally:
        store.close()
    proc = subprocess.run([sys.executable, str(scorer), "--gold", str(gold_path), "--pred", str(pred)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RasdError(f"the scorer failed: {proc.stderr.strip()[-500:]}")
    text = proc.stdout
    result = json.loads(text[: text.rindex("}") + 1]) if "summary:" in text else json.loads(text)
    result["ingest"] = report.to_dict()
    if keep:
        result["db"], result["pred"] = str(db_path), str(pred)
    else:
        for p in (pred, db_path, Path(str(db_path) + "-wal"), Path(str(db_path) + "-shm")):
            p.unlink(missing_ok=True)
        if not db:
            os.rmdir(tmp)
    return result
