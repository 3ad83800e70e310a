"""Merged incidents out: JSON Lines (SCHEMA.md records), ACLED-style CSV, GeoJSON.

Each writer takes an iterable of merged records (as :meth:`rasd.store.base.Store.iter_incidents`
yields them) and a text stream, streams them out, and returns how many it wrote.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from rasd.errors import ConfigError

FORMATS = ("jsonl", "acled-csv", "geojson")

# ACLED's export columns, in ACLED's order (ACLED codebook, 2023+).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

# ACLED's actor type codes (inter1/inter2): 1 state forces, 2 rebel groups, 3 political militias,
# 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
INTER_CODE = {
    "regime": 1, "iraq": 1, "turkey": 1, "russia": 1, "us": 1, "israel": 1, "iran": 1, "coalition": 8,
    "isis": 2, "hts": 2, "opposition": 2, "sna": 2, "sdf": 2, "ypg": 2,
    "pmf": 3, "hezbollah": 3,
    "civilians": 7, "unknown": 3,
}
ISO_NUMERIC = {"SYR": 760, "IRQ": 368, "TUR": 792, "LBN": 422, "JOR": 400, "ISR": 376, "PSE": 275, "IRN": 364,
               "SAU": 682, "YEM": 887, "EGY": 818, "LBY": 434, "FRA": 250, "BEL": 56, "DEU": 276, "GBR": 826}
_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Riots": "Political violence; Demonstrations",
             "Protests": "Demonstrations", "Strategic developments": "Strategic developments"}


def write(fmt: str, records: Iterable[dict], out: TextIO) -> int:
    """Write *records* to *out* in *fmt* (one of :data:`FORMATS`)."""
    writers: dict[str, Callable[[Iterable[dict], TextIO], int]] = {
        "jsonl": write_jsonl, "acled-csv": write_acled_csv, "geojson": write_geojson}
    if fmt not in writers:
        raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return writers[fmt](records, out)


def write_jsonl(records: Iterable[dict], out: TextIO) -> int:
    """One SCHEMA.md record per line (with ``disagreements`` and the ``sources`` count added)."""
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _actor_name(a: dict | None) -> str:
    return (a or {}).get("name") or (a or {}).get("id") or ""


def acled_row(rec: dict) -> dict[str, Any]:
    """One merged record as an ACLED row (columns :data:`ACLED_COLUMNS`)."""
    loc = rec.get("location") or {}
    a1, a2 = rec.get("actor1") or {}, rec.get("actor2") or {}
    i1, i2 = INTER_CODE.get(a1.get("id"), "") if a1 else "", INTER_CODE.get(a2.get("id"), "") if a2 else ""
    date = rec.get("event_date")
    # ACLED codes the most conservative figure when sources differ: the record's low, else its best
    toll = (rec.get("casualties") or {}).get("killed") or {}
    killed = toll.get("low") if toll.get("low") is not None else toll.get("best")
    iso3 = loc.get("iso3") or ""
    outlets = []
    for s in rec.get("outlets") or []:
        if s and s not in outlets:
            outlets.append(s)
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}-{rec.get('id')}",
        "event_date": date or "",
        "year": date[:4] if date else "",
        "time_precision": _PRECISION.get(rec.get("date_precision") or "", ""),
        "disorder_type": _DISORDER.get(rec.get("event_type") or "", ""),
        "event_type": rec.get("event_type") or "",
        "sub_event_type": rec.get("sub_event_type") or "",
        "actor1": _actor_name(a1),
        "assoc_actor_1": "; ".join(_actor_name(a) for a in rec.get("assoc_actors") or []),
        "inter1": i1,
        "actor2": _actor_name(a2),
        "assoc_actor_2": "",
        "inter2": i2,
        "interaction": int(f"{min(i1, i2)}{max(i1, i2)}") if i1 and i2 else (i1 * 10 if i1 else ""),
        "civilian_targeting": "Civilian targeting" if a2.get("id") == "civilians" else "",
        "iso": ISO_NUMERIC.get(iso3, ""),
        "region": "Middle East" if iso3 in ("SYR", "IRQ", "TUR", "LBN", "JOR", "ISR", "PSE", "IRN", "SAU", "YEM") else "",
        "country": loc.get("country") or "",
        "admin1": loc.get("admin1") or "",
        "admin2": loc.get("admin2") or "",
        "admin3": loc.get("admin3") or "",
        "location": loc.get("name") or loc.get("name_ar") or "",
        "latitude": loc.get("latitude") if loc.get("latitude") is not None else "",
        "longitude": loc.get("longitude") if loc.get("longitude") is not None else "",
        "geo_precision": loc.get("geo_precision") or "",
        "source": "; ".join(outlets) or "; ".join(rec.get("doc_ids") or []),
        "source_scale": "",
        "notes": rec.get("notes") or "",
        "fatalities": killed if killed is not None else 0,
        "tags": "; ".join(rec.get("tags") or []),
        "timestamp": int(dt.datetime.now(dt.UTC).timestamp()),
    }


def write_acled_csv(records: Iterable[dict], out: TextIO) -> int:
    """ACLED's column names and conventions (fatalities 0 when unknown, time_precision 1-3)."""
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for rec in records:
        w.writerow(acled_row(rec))
        n += 1
    return n


def geojson_feature(rec: dict) -> dict:
    """One merged record as a GeoJSON Feature (a Point, or null geometry when it has no coordinates)."""
    loc = rec.get("location") or {}
    lat, lon = loc.get("latitude"), loc.get("longitude")
    geom = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    cas = rec.get("casualties") or {}
    props = {
        "id": rec.get("id"),
        "event_date": rec.get("event_date"),
        "date_precision": rec.get("date_precision"),
        "event_type": rec.get("event_type"),
        "sub_event_type": rec.get("sub_event_type"),
        "actor1": (rec.get("actor1") or {}).get("id"),
        "actor2": (rec.get("actor2") or {}).get("id"),
        "location": loc.get("name") or loc.get("name_ar"),
        "location_ar": loc.get("name_ar"),
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "geo_precision": loc.get("geo_precision"),
        "killed": (cas.get("killed") or {}).get("best"),
        "civilians_killed": (cas.get("civilians_killed") or {}).get("best"),
        "injured": (cas.get("injured") or {}).get("best"),
        "captured": (cas.get("captured") or {}).get("best"),
        "doc_ids": rec.get("doc_ids") or [],
        "sources": rec.get("sources") if isinstance(rec.get("sources"), int) else len(rec.get("doc_ids") or []),
        "disputed": sorted((rec.get("disagreements") or {}).keys()),
        "notes": rec.get("notes"),
        "confidence": rec.get("confidence"),
    }
    return {"type": "Feature", "id": rec.get("id"), "geometry": geom, "properties": props}


def write_geojson(records: Iterable[dict], out: TextIO) -> int:
    """A FeatureCollection, streamed feature by feature."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for rec in records:
        out.write((",\n" if n else "") + json.dumps(geojson_feature(rec), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
