"""The engines move data only: the same incidents come out of each."""
from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from rasd.engines.local import extract_all
from rasd.engines.spark import extract_lines
from rasd.errors import DocumentError
from rasd.read import iter_documents

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "seeds.jsonl"


def _local() -> list[dict]:
    out = []
    for item in extract_all(iter_documents([str(EXAMPLES)])):
        assert not isinstance(item, DocumentError)
        out += [inc.to_dict() for inc in item]
    return out


def test_partition_function_matches_the_local_engine():
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    got = [json.loads(s) for ok, s in extract_lines(lines) if ok]
    assert got == _local()


def test_partition_function_reports_bad_lines_and_goes_on():
    lines = ["{not json", *EXAMPLES.read_text(encoding="utf-8").splitlines(), '{"id": "empty", "text": "  "}']
    results = list(extract_lines(lines))
    errors = [json.loads(s) for ok, s in results if not ok]
    assert [e["doc_id"] for e in errors] == ["line 1", "empty"]
    assert sum(ok for ok, _ in results) == len(_local())


def test_pool_gives_the_same_incidents_in_the_same_order():
    docs = list(iter_documents([str(EXAMPLES)])) * 3
    one = [i.to_dict() for r in extract_all(docs) for i in r]
    two = [i.to_dict() for r in extract_all(docs, jobs=2) for i in r]
    assert one == two


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
                    reason="pyspark or Java is not installed (pip install 'rasd[spark]')")
def test_spark_job_end_to_end(tmp_path):
    from rasd.engines.spark import run

    out = tmp_path / "out"
    run(str(EXAMPLES), str(out), partitions=2)
    got = [json.loads(line) for p in sorted(out.glob("part-*")) for line in p.read_text().splitlines()]
    assert sorted(g["id"] for g in got) == sorted(i["id"] for i in _local())


def test_a_bug_met_on_one_document_is_reported_and_the_batch_goes_on(monkeypatch):
    import rasd.pipeline

    real = rasd.pipeline.extract

    def flaky(doc, gazetteer=None):
        if doc.id.startswith("000"):
            raise NameError("a bug")
        return real(doc, gazetteer)

    monkeypatch.setattr(rasd.pipeline, "extract", flaky)
    results = list(extract_all(iter_documents([str(EXAMPLES)])))
    assert isinstance(results[0], DocumentError) and "NameError" in results[0].reason
    assert results[1] and not isinstance(results[1], DocumentError)
