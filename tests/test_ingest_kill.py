"""Kill `ingest` with SIGKILL mid-batch, run it again: every document stored exactly once, nothing
half-written. (That re-running on a complete store changes nothing is tested in test_store.py.)"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

N_DOCS = 30

# The child ingests a JSONL file through rasd.ingest.ingest (what `rasd ingest` calls). Each
# document's transaction is slowed down after its document row is written, so the kill lands
# inside a transaction most of the time.
CHILD = textwrap.dedent("""
    import sys, time
    from rasd.ingest import ingest
    from rasd.store.sqlite import SQLiteStore
    from rasd.store.testing import make_incident

    slow = SQLiteStore._find_reuse
    def find_reuse(self, *a, **k):
        n = slow(self, *a, **k)
        time.sleep(0.03)
        return n
    SQLiteStore._find_reuse = find_reuse

    def extract(doc):
        k = int(doc.id[1:])
        return [make_incident(doc.id, date="2018-03-%02d" % (1 + k % 5), name_ar="قرية%d" % (k % 4),
                              admin1="Idleb", actor1="russia"),
                make_incident(doc.id, 1, date="2018-03-%02d" % (1 + k % 5), name_ar="بلدة%d" % (k % 3),
                              admin1="Idleb", actor1="regime", sub_event_type="Armed clash")]

    report = ingest([sys.argv[1]], sys.argv[2], extract=extract)
    print(report.added, report.unchanged, report.failed)
""")


def _write_docs(path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for k in range(N_DOCS):
            text = f"أفاد مصدر محلي أن الطائرات الحربية قصفت القرية رقم {k} في ريف إدلب الجنوبي صباح اليوم " * 3
            f.write(json.dumps({"id": f"d{k:03d}", "text": text, "published": "2018-03-06", "outlet": "X"},
                               ensure_ascii=False) + "\n")


def _count(db) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigkill_mid_batch_then_rerun(tmp_path):
    docs, db = tmp_path / "docs.jsonl", tmp_path / "rasd.db"
    _write_docs(docs)
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}

    child = subprocess.Popen([sys.executable, str(script), str(docs), str(db)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while _count(db) < 10 and child.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    time.sleep(0.017)  # land somewhere inside a document's transaction
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, child.stderr.read().decode()
    committed = _count(db)
    assert 0 < committed < N_DOCS

    done = subprocess.run([sys.executable, str(script), str(docs), str(db)], env=env, capture_output=True, text=True,
                          check=False,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    added, unchanged, failed = map(int, done.stdout.split())
    assert (added + unchanged, failed) == (N_DOCS, 0)
    assert unchanged == committed

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ids = [r[0] for r in con.execute("SELECT id FROM documents")]
    assert sorted(ids) == [f"d{k:03d}" for k in range(N_DOCS)]  # each exactly once
    per_doc = dict(con.execute("SELECT d.id, COUNT(m.pk) FROM documents d LEFT JOIN mentions m ON m.doc_pk = d.pk "
                               "GROUP BY d.id"))
    assert set(per_doc.values()) == {2}  # every document whole
    assert con.execute("SELECT COUNT(*) FROM incidents i WHERE NOT EXISTS "
                       "(SELECT 1 FROM mentions m WHERE m.incident_pk = i.pk)").fetchone()[0] == 0
    assert con.execute("SELECT COUNT(*) FROM mention_blocks b WHERE NOT EXISTS "
                       "(SELECT 1 FROM mentions m WHERE m.pk = b.mention_pk)").fetchone()[0] == 0
    assert con.execute("SELECT COUNT(*) FROM lsh_bands l WHERE NOT EXISTS "
                       "(SELECT 1 FROM documents d WHERE d.pk = l.doc_pk)").fetchone()[0] == 0
    n_sources = con.execute("SELECT SUM(n_sources) FROM incidents").fetchone()[0]
    assert n_sources == 2 * N_DOCS
