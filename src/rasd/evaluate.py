"""Scores of this checkout on the shared gold sets, and the floors CI keeps them above.

The scorer is the shared one (``SHARED/eval/score.py``); we only run extraction and hand it the
output, so the numbers printed here are the numbers the project is judged by.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from rasd.errors import ConfigError

SETS = ("seeds", "dev", "dev_airwars")


def shared_dir(shared: str | None = None) -> Path:
    """The shared folder: the argument, $RASD_SHARED, or ../shared beside the checkout."""
    for cand in (shared, os.environ.get("RASD_SHARED"), "../shared",
                 str(Path(__file__).resolve().parents[3] / "../shared")):
        if cand and (Path(cand) / "eval").is_dir():
            return Path(cand).resolve()
    raise ConfigError("the shared folder was not found: pass --shared or set RASD_SHARED")


def extract_file(docs: str | Path, out: Path) -> None:
    from rasd.engines.local import extract_all
    from rasd.errors import DocumentError
    from rasd.read import iter_documents

    with open(out, "w", encoding="utf-8") as f:
        for item in extract_all(iter_documents([str(docs)])):
            if isinstance(item, DocumentError):
                continue
            f.writelines(json.dumps(inc.to_dict(), ensure_ascii=False) + "\n" for inc in item)


def score(gold: str | Path, pred: str | Path, scorer: str | Path) -> dict:
    """Run the shared scorer; its full JSON result plus the summary line it prints."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        proc = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred),
                               "--json", str(out)], capture_output=True, text=True, check=True)
        result = json.loads(out.read_text(encoding="utf-8"))
    result["summary"] = proc.stdout.strip().splitlines()[-1].removeprefix("summary: ")
    return result


def evaluate_sets(sets: dict[str, tuple[str, str]] | None = None, *, shared: str | None = None,
                  scorer: str | None = None) -> dict[str, dict]:
    """Extract and score each named (documents, gold) pair; default every shared dev set."""
    root = shared_dir(shared) if sets is None or scorer is None else None
    scorer = scorer or str(root / "eval" / "score.py")
    if sets is None:
        sets = {s: (str(root / "eval" / s / "documents.jsonl"), str(root / "eval" / s / "gold.jsonl")) for s in SETS
                if (root / "eval" / s / "gold.jsonl").is_file()}
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (docs, gold) in sets.items():
            pred = Path(tmp) / f"{name}.jsonl"
            extract_file(docs, pred)
            results[name] = score(gold, pred, scorer)
    return results


def _lookup(result: dict, dotted: str):
    cur = result
    for part in dotted.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return None
        cur = cur[part]
    return cur


def check_floors(results: dict[str, dict], floors_file: str | Path) -> list[str]:
    """Each floor ``[set] "dotted.key" = minimum`` that the results fall below."""
    with open(floors_file, "rb") as f:
        floors = tomllib.load(f)
    problems = []
    for name, keys in floors.items():
        if name not in results:
            continue
        for key, minimum in keys.items():
            got = _lookup(results[name], key)
            if got is None or got < minimum:
                problems.append(f"{name} {key} = {got} < {minimum}")
    return problems
