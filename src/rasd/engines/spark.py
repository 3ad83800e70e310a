"""Run extraction over a corpus of millions on Apache Spark, with the same per-document function.

    spark-submit -m rasd.engines.spark INPUT.jsonl OUTPUT_DIR      # or:
    python -m rasd.engines.spark INPUT.jsonl OUTPUT_DIR [--partitions N]

The input is JSON Lines documents (SCHEMA.md, "Documents in"); the output is a folder of JSON
Lines incident records, one part per partition, plus ``_errors`` with one line per document that
could not be read. Each executor loads the gazetteer once (per Python worker) and calls
:func:`rasd.pipeline.extract` — nothing here knows about Arabic.

Needs ``pip install 'rasd[spark]'`` (pyspark) and Java 17.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator


def extract_lines(lines: Iterable[str]) -> Iterator[tuple[bool, str]]:
    """For each JSON line of a partition: ``(True, incident_json)`` per incident, or
    ``(False, error_json)`` for a document that could not be read. Pure: the unit Spark maps."""
    from rasd.engines.local import extract_all
    from rasd.errors import DocumentError
    from rasd.read import document_from_dict

    def docs() -> Iterator:
        for n, line in enumerate(lines):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                yield document_from_dict(obj, where=f"line {n + 1}")
            except json.JSONDecodeError as exc:
                yield DocumentError(f"line {n + 1}", f"malformed JSON ({exc.msg})")
            except DocumentError as exc:
                yield exc

    for item in extract_all(docs()):
        if isinstance(item, DocumentError):
            yield False, json.dumps({"doc_id": item.doc_id, "reason": item.reason}, ensure_ascii=False)
        else:
            for inc in item:
                yield True, json.dumps(inc.to_dict(), ensure_ascii=False)


def run(input_path: str, output_dir: str, partitions: int | None = None) -> None:
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("rasd-extract").getOrCreate()
    try:
        rdd = spark.sparkContext.textFile(input_path, minPartitions=partitions or 2)
        results = rdd.mapPartitions(extract_lines).cache()
        results.filter(lambda r: r[0]).map(lambda r: r[1]).saveAsTextFile(output_dir)
        results.filter(lambda r: not r[0]).map(lambda r: r[1]).saveAsTextFile(output_dir.rstrip("/") + "/_errors")
    finally:
        spark.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="rasd extraction on Apache Spark")
    ap.add_argument("input", help="JSON Lines documents (local path, hdfs://, s3a:// ...)")
    ap.add_argument("output", help="a folder that does not exist yet")
    ap.add_argument("--partitions", type=int, default=None)
    args = ap.parse_args(argv)
    run(args.input, args.output, args.partitions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
