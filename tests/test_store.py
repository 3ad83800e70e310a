"""The store: opening and migrating, idempotent ingest, failures, queries, text search.

Runs against SQLite always and against PostgreSQL too when RASD_PG_DSN names a database.
"""
from __future__ import annotations

import io
import json
import os
import sqlite3
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.errors import DocumentError, NotFoundError, StoreError
from rasd.model import Document
from rasd.store import open_store
from rasd.store.search import clitic_variants, fts5_match, index_terms, query_groups
from rasd.store.testing import StaticExtract, make_incident, memory_store

TEXT_A = "قصفت طائرات التحالف الدولي بلدة بقرص بدير الزور فجر اليوم ما أدى لمقتل 3 مدنيين."
TEXT_B = "غارة جوية على قرية الكبر في ريف ديرالزور الغربي أمس."
TEXT_C = "اشتباكات بين قوات النظام وتنظيم داعش قرب تدمر في ريف حمص الشرقي."


def _pg_params() -> list:
    return [pytest.param("postgres", marks=pytest.mark.postgres)] if os.environ.get("RASD_PG_DSN") else []


@pytest.fixture(params=["sqlite", *_pg_params()])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = open_store(tmp_path / "rasd.db")
    else:
        from rasd.store.postgres import PostgresStore

        s = PostgresStore(os.environ["RASD_PG_DSN"], schema="t_" + uuid.uuid4().hex[:12])
    yield s
    s.close()


def docs3() -> list[Document]:
    return [
        Document("a", TEXT_A, title="غارة على بقرص", published=_d("2017-08-24"), outlet="SOHR", url="http://x/a"),
        Document("b", TEXT_B, title="غارة على الكبر", published=_d("2017-08-25"), outlet="Enab", url="http://x/b"),
        Document("c", TEXT_C, title="اشتباكات تدمر", published=_d("2018-03-01"), outlet="SOHR"),
    ]


def _d(s: str):
    import datetime as dt

    return dt.date.fromisoformat(s)


def _ev(text: str, phrase: str) -> tuple[str, int, int, str]:
    i = text.index(phrase)
    return ("location", i, i + len(phrase), phrase)


def extract3() -> StaticExtract:
    return StaticExtract({
        "a": [make_incident("a", date="2017-08-24", name_ar="بقرص", name="Buqrus", admin1="Deir-ez-Zor",
                            lat=35.05, lon=40.42, actor1="coalition", actor2="civilians", killed=3,
                            evidence=[_ev(TEXT_A, "بلدة بقرص")])],
        "b": [make_incident("b", date="2017-08-24", name_ar="الكبر", name="Kubar", admin1="Deir-ez-Zor",
                            lat=35.58, lon=39.68, actor1="coalition", evidence=[_ev(TEXT_B, "قرية الكبر")])],
        "c": [make_incident("c", date="2018-03-01", name_ar="تدمر", name="Palmyra", admin1="Homs", lat=34.55,
                            lon=38.27, sub_event_type="Armed clash", actor1="regime", actor2="isis",
                            evidence=[_ev(TEXT_C, "تدمر")])],
    })


# --- opening -----------------------------------------------------------------------------------


def test_open_store_targets(tmp_path):
    for target in (tmp_path / "a.db", f"sqlite:///{tmp_path / 'b.db'}"):
        with open_store(target) as s:
            assert s.schema_version() == 1
    with pytest.raises(StoreError, match="unknown database"):
        open_store("mysql://x")
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "dir.db")


def test_postgres_without_psycopg_is_a_clear_error():
    try:
        import psycopg  # noqa: F401
    except ImportError:
        with pytest.raises(StoreError, match="psycopg"):
            open_store("postgresql://localhost/rasd")
    else:
        pytest.skip("psycopg is installed")


def test_migrations_recorded_once(tmp_path):
    p = tmp_path / "m.db"
    open_store(p).close()
    open_store(p).close()
    rows = sqlite3.connect(p).execute("SELECT version, name FROM migrations").fetchall()
    assert rows == [(1, "0001_initial")]
    assert sqlite3.connect(p).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_not_a_database(tmp_path):
    p = tmp_path / "junk.db"
    p.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(p)


# --- ingest ------------------------------------------------------------------------------------


def test_ingest_twice_changes_nothing(store):
    ex = extract3()
    r1 = store.ingest_documents(docs3(), extract=ex)
    assert (r1.added, r1.unchanged, r1.failed, r1.mentions) == (3, 0, 0, 3)
    before = (store.stats(), store.incidents(limit=100), [store.document(d) for d in "abc"])
    r2 = store.ingest_documents(docs3(), extract=ex)
    assert (r2.added, r2.unchanged, r2.failed) == (0, 3, 0)
    assert "3 unchanged" in r2.summary()
    assert ex.calls == ["a", "b", "c"]  # nothing re-extracted
    after = (store.stats(), store.incidents(limit=100), [store.document(d) for d in "abc"])
    assert before == after


def test_same_text_or_url_under_another_id_is_unchanged_and_an_alias(store):
    ex = extract3()
    store.ingest_documents(docs3(), extract=ex)
    copy = Document("a-copy", TEXT_A + "  ", published=_d("2017-08-24"))  # same normalized text
    moved = Document("b-again", "نص آخر تماما", url="http://x/b")
    r = store.ingest_documents([copy, moved], extract=ex)
    assert (r.added, r.unchanged) == (0, 2)
    assert store.document("a-copy")["id"] == "a"
    assert "a-copy" in store.document("a")["aliases"]
    inc = store.incidents(q="بقرص")[0][0]
    assert inc["doc_ids"] == ["a", "a-copy"]  # the alias reports the incident too


def test_failures_are_recorded_and_the_batch_goes_on(store):
    def bad_extract(doc):
        if doc.id == "b":
            raise ValueError("recognizer exploded")
        return extract3()(doc)

    items = [docs3()[0], DocumentError("broken.html", "not UTF-8 and no charset"), docs3()[1], docs3()[2]]
    r = store.ingest_documents(items, extract=bad_extract)
    assert (r.added, r.failed) == (2, 2)
    assert dict(r.failures)["broken.html"] == "not UTF-8 and no charset"
    assert "recognizer exploded" in dict(r.failures)["b"]
    d = store.document("b")
    assert d["status"] == "failed" and "recognizer exploded" in d["error"] and d["incidents"] == []
    assert store.document("broken.html")["status"] == "failed"
    # a later run with a working extractor stores it
    r2 = store.ingest_documents([docs3()[1]], extract=extract3())
    assert r2.added == 1 and store.document("b")["status"] == "ok"


def test_progress_is_stepped(store):
    steps = []
    store.ingest_documents(docs3(), extract=extract3(), progress=lambda: steps.append(1))
    assert len(steps) == 3


# --- queries -----------------------------------------------------------------------------------


def test_filters_sort_and_pages(store):
    store.ingest_documents(docs3(), extract=extract3())
    recs, total = store.incidents()
    assert total == 3 and [r["event_date"] for r in recs] == ["2018-03-01", "2017-08-24", "2017-08-24"]
    assert all(r["sources"] == 1 and r["schema"] == "rasd.incident/1" for r in recs)
    assert store.incidents(date_from="2018-01-01")[1] == 1
    assert store.incidents(date_to="2017-12-31")[1] == 2
    assert store.incidents(admin1="Homs")[0][0]["location"]["name"] == "Palmyra"
    assert store.incidents(event_type="Battles")[1] == 1
    assert store.incidents(sub_event_type="Air/drone strike")[1] == 2
    assert store.incidents(actor="isis")[1] == 1 and store.incidents(actor="coalition")[1] == 2
    assert store.incidents(outlet="SOHR")[1] == 2
    assert store.incidents(bbox=(40.0, 34.9, 40.6, 35.2))[0][0]["location"]["name"] == "Buqrus"
    assert store.incidents(bbox="38,34,39,35")[1] == 1
    page1, _ = store.incidents(sort="event_date", limit=2)
    page2, _ = store.incidents(sort="event_date", limit=2, offset=2)
    assert [r["id"] for r in page1 + page2] == [r["id"] for r in store.incidents(sort="event_date")[0]]
    with pytest.raises(StoreError, match="sort"):
        store.incidents(sort="colour")


@pytest.mark.parametrize("q, hits", [
    ("دير الزور", {"a", "b"}),  # "بدير الزور" in a, "ديرالزور" in b
    ("ديرالزور", {"a", "b"}),
    ("بدير الزور", {"a", "b"}),
    ("بقرص", {"a"}),
    ("قرص", {"a"}),
    ("وبقرص", {"a"}),
    ("الكبر", {"b"}),
    ("كبر", {"b"}),
    ("Palmyra", {"c"}),
    ("palmyra", {"c"}),
    ("Islamic State", {"c"}),
    ("تدمر حمص", {"c"}),
    ("تدمر بقرص", set()),
    ("   ", {"a", "b", "c"}),  # no words: no text filter
])
def test_text_search(store, q, hits):
    store.ingest_documents(docs3(), extract=extract3())
    recs, _ = store.incidents(q=q, limit=10)
    assert {r["doc_ids"][0] for r in recs} == hits


def test_incident_and_document_views(store):
    store.ingest_documents(docs3(), extract=extract3())
    inc_id = store.incidents(q="بقرص")[0][0]["id"]
    inc = store.incident(inc_id)
    assert inc["id"] == inc_id and inc["disagreements"] == {}
    (src,) = inc["sources"]
    assert src["doc_id"] == "a" and src["outlet"] == "SOHR" and src["url"] == "http://x/a"
    assert src["values"]["killed"] == 3 and src["evidence"][0]["text"] == "بلدة بقرص"
    d = store.document("a")
    assert d["text"] == TEXT_A and d["published"] == "2017-08-24" and d["incidents"] == [inc_id]
    assert d["spans"][0]["start"] == TEXT_A.index("بلدة بقرص") and d["status"] == "ok" and d["reuse"] == []
    with pytest.raises(NotFoundError):
        store.incident("i-nope")
    with pytest.raises(NotFoundError):
        store.document("nope")
    with pytest.raises(NotFoundError):
        store.reuse("nope")


def test_export_filters(store):
    store.ingest_documents(docs3(), extract=extract3())
    out = io.StringIO()
    assert store.export("jsonl", out, admin1="Deir-ez-Zor") == 2
    assert {json.loads(line)["location"]["name"] for line in out.getvalue().splitlines()} == {"Buqrus", "Kubar"}


# --- search normalization ----------------------------------------------------------------------


def test_clitic_variants():
    assert clitic_variants("بدير") == ["بدير", "دير"]
    assert clitic_variants("والبوليل") == ["والبوليل", "البوليل", "بوليل"]
    assert clitic_variants("للتحالف") == ["للتحالف", "تحالف"]
    assert clitic_variants("بوليل") == ["بوليل", "وليل"]  # a preposition ب; never more than the grammar allows
    assert clitic_variants("بك") == ["بك"]


def test_index_terms_join_neighbours():
    terms = index_terms("بدير الزور").split()
    assert {"دير", "زور", "ديرالزور", "ديرزور"} <= set(terms)
    assert query_groups("دير الزور")[1] == [["ديرالزور"]]
    assert fts5_match("") is None


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["دير", "الزور", "بقرص", "و", "التحالف", "غارة", "ريف", "Aleppo", "٣", "3"]),
                min_size=1, max_size=6))
def test_a_text_finds_itself(words):
    """Property: any incident is found by a query made of words of its own text."""
    text = " ".join(words)
    s = memory_store()
    s.ingest_documents([Document("x", text)], extract=StaticExtract({"x": [make_incident("x", notes=text)]}))
    assert s.incidents(q=text)[1] == 1
    assert s.incidents(q=words[-1])[1] == 1
    s.close()


@settings(max_examples=25, deadline=None)
@given(killed=st.none() | st.integers(0, 500), lat=st.none() | st.floats(32, 37), name=st.sampled_from(["بقرص", "تدمر"]))
def test_single_source_round_trip(killed, lat, name):
    """Property: a one-source incident comes back out of the store as it went in (plus provenance)."""
    inc = make_incident("x", date="2018-01-02", name_ar=name, lat=lat, lon=None if lat is None else 40.0,
                        killed=killed, actor1="regime")
    s = memory_store()
    s.ingest_documents([Document("x", "نص " + name)], extract=StaticExtract({"x": [inc]}))
    (rec,), _ = s.incidents()
    want = inc.to_dict()
    for k in ("event_date", "date_precision", "date_range", "event_type", "sub_event_type", "actor1", "actor2",
              "casualties", "location", "tags", "notes"):
        assert rec[k] == want[k], k
    assert rec["doc_ids"] == ["x"] and rec["disagreements"] == {}
    s.close()
