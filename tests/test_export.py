"""Exports: JSON Lines records, ACLED column names, GeoJSON."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from rasd.errors import ConfigError
from rasd.export import ACLED_COLUMNS, write
from rasd.model import Count, Document
from rasd.store.testing import StaticExtract, make_incident, memory_store

BUQRUS = {"name_ar": "بقرص", "name": "Buqrus", "admin1": "Deir-ez-Zor", "lat": 35.05, "lon": 40.42, "gazetteer_id": "g-buqrus"}


@pytest.fixture(scope="module")
def store():
    ex = StaticExtract({
        "a": [make_incident("a", date="2017-08-24", actor1="coalition", actor2="civilians", killed=3,
                            notes="Coalition air strike on Buqrus.", **BUQRUS)],
        "b": [make_incident("b", date="2017-08-24", actor1="coalition", killed=Count(4, 4, 6), **BUQRUS),
              make_incident("b", 1, date="2017-08-20", admin1="Idleb", sub_event_type="Armed clash", actor1="regime",
                            actor2="hts")],
    })
    s = memory_store()
    s.ingest_documents([Document("a", "نص أ", published=dt.date(2017, 8, 25), outlet="SOHR"),
                        Document("b", "نص ب", published=dt.date(2017, 8, 26), outlet="Enab Baladi")], extract=ex)
    yield s
    s.close()


def test_jsonl_is_schema_records(store):
    out = io.StringIO()
    assert store.export("jsonl", out) == 2
    recs = [json.loads(line) for line in out.getvalue().splitlines()]
    for r in recs:
        assert r["schema"] == "rasd.incident/1"
        assert set(r["casualties"]) == {"killed", "civilians_killed", "injured", "captured"}
        for k in ("id", "doc_ids", "event_date", "date_precision", "date_range", "time_of_day", "event_type",
                  "sub_event_type", "tags", "actor1", "actor2", "assoc_actors", "location", "notes", "evidence",
                  "confidence"):
            assert k in r
    merged = next(r for r in recs if len(r["doc_ids"]) == 2)
    assert merged["casualties"]["killed"] == {"low": 3, "best": 4, "high": 6}  # the higher of two tolls
    assert "killed" in merged["disagreements"]


def test_acled_csv(store):
    out = io.StringIO()
    assert store.export("acled-csv", out, date_from="2017-08-21") == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    (r,) = rows
    assert r["event_date"] == "2017-08-24" and r["year"] == "2017" and r["time_precision"] == "1"
    assert r["event_type"] == "Explosions/Remote violence" and r["sub_event_type"] == "Air/drone strike"
    assert r["disorder_type"] == "Political violence" and r["civilian_targeting"] == "Civilian targeting"
    assert r["actor1"] == "International Coalition" and r["inter1"] == "8" and r["inter2"] == "7"
    assert r["iso"] == "760" and r["country"] == "Syria" and r["admin1"] == "Deir-ez-Zor"
    assert (r["location"], r["latitude"], r["longitude"], r["geo_precision"]) == ("Buqrus", "35.05", "40.42", "1")
    assert r["source"] == "SOHR; Enab Baladi" and r["fatalities"] == "3"
    assert r["notes"] == "Coalition air strike on Buqrus."


def test_geojson(store):
    out = io.StringIO()
    assert store.export("geojson", out) == 2
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    point = next(f for f in fc["features"] if f["geometry"])
    assert point["geometry"] == {"type": "Point", "coordinates": [40.42, 35.05]}
    assert point["properties"]["sources"] == 2 and point["properties"]["disputed"] == ["killed"]
    assert next(f for f in fc["features"] if not f["geometry"])["properties"]["admin1"] == "Idleb"


def test_empty_and_unknown_formats(store):
    out = io.StringIO()
    assert store.export("geojson", out, admin1="Nowhere") == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}
    with pytest.raises(ConfigError, match="acled-csv"):
        write("xml", [], io.StringIO())
