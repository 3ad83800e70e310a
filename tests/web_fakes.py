"""An in-memory store for the web tests: the ``rasd.store`` interface, none of its machinery.

:func:`seed_store` fills it with the two seed reports and hand-made incidents shaped like the real
store's (merged Buqrus and al-Bulayl records with a source per document, evidence spans, a copied
passage, a disagreement), so the API and the page can be tested without the extractor or SQLite.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.errors import DocumentError, NotFoundError
from rasd.model import SCHEMA_ID, Document
from rasd.text.normalize import fold

SHARED = Path(os.environ.get("RASD_SHARED") or Path(__file__).resolve().parents[2] / "shared")
SEED_DOCUMENTS = SHARED / "eval" / "seeds" / "documents.jsonl"
DOC_A = "000_68ca2180bc9c5453.txt"  # undated, no outlet
DOC_B = "002_4bd687e866dc954b.txt"  # SOHR, 2017-08-26
EMPTY_CASUALTIES = {k: {"low": None, "best": None, "high": None}
                    for k in ("killed", "civilians_killed", "injured", "captured")}
COALITION = {"id": "coalition", "name": "International Coalition", "name_ar": "التحالف الدولي"}
ISIS = {"id": "isis", "name": "Islamic State", "name_ar": "تنظيم الدولة الإسلامية"}
SDF = {"id": "sdf", "name": "Syrian Democratic Forces", "name_ar": "قوات سوريا الديمقراطية"}
US = {"id": "us", "name": "US Military", "name_ar": "القوات الأمريكية"}


@dataclass
class FakeIngestReport:
    """The fields of ``rasd.store.IngestReport`` that the API reads."""

    added: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    unchanged_ids: list[str] = field(default_factory=list)


def simple_extract(doc: Document) -> list[dict]:
    """One incident per document, its evidence the first words of the text (for write tests)."""
    end = min(len(doc.text), 30)
    return [{
        "id": f"inc-{doc.id}",
        "event_date": doc.published.isoformat() if doc.published else None,
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "location": _location("Buqrus", "بقرص", 35.05, 40.42, 1),
        "notes": f"An incident reported by {doc.id}.",
        "evidence": [{"doc_id": doc.id, "field": "event_type", "start": 0, "end": end, "text": doc.text[:end]}],
    }]


class FakeStore:
    """Thread-safe enough for a test server: every method takes one lock."""

    def __init__(self, extract=simple_extract) -> None:
        self.extract = extract
        self.docs: dict[str, dict] = {}
        self.records: dict[str, dict] = {}  # incident id -> merged record (SCHEMA) without "sources"
        self.sources: dict[str, list[dict]] = {}
        self.disagreements: dict[str, dict] = {}
        self.reuse: dict[str, list[dict]] = {}
        self.closed = False
        self._lock = threading.RLock()

    # --- building ------------------------------------------------------------------------------

    def add_document(self, doc: Document, status: str = "ok", error: str | None = None) -> None:
        self.docs[doc.id] = {**doc.to_dict(), "status": status, "error": error}

    def add_incident(self, record: dict, values: dict[str, dict] | None = None,
                     disagreements: dict | None = None, inferred: set[str] = frozenset()) -> dict:
        """*record*: SCHEMA fields (missing ones defaulted); *values*: per document, the values it gave;
        *inferred*: documents whose dates were inferred from the others."""
        full = {
            "schema": SCHEMA_ID, "doc_ids": sorted({e["doc_id"] for e in record.get("evidence", [])}),
        "outlets": [],
            "event_date": None, "date_precision": "day" if record.get("event_date") else None,
            "date_range": [record["event_date"]] * 2 if record.get("event_date") else None,
            "time_of_day": None, "tags": [], "actor1": None, "actor2": None, "assoc_actors": [],
            "location": None, "casualties": EMPTY_CASUALTIES, "notes": "", "evidence": [], "confidence": 0.7,
            **record,
        }
        full["outlets"] = sorted({self.docs[d]["outlet"] for d in full["doc_ids"] if self.docs[d]["outlet"]})
        self.records[full["id"]] = full
        self.sources[full["id"]] = [
            {"doc_id": d, "outlet": self.docs[d]["outlet"], "url": self.docs[d]["url"],
             "published": self.docs[d]["published"], "title": self.docs[d]["title"],
             "date_inferred": d in inferred, "values": (values or {}).get(d, {}),
             "evidence": [e for e in full["evidence"] if e["doc_id"] == d]}
            for d in full["doc_ids"]
        ]
        self.disagreements[full["id"]] = disagreements or {}
        return full

    # --- the rasd.store interface -------------------------------------------------------------

    def ingest_documents(self, docs, extract=None, progress=None) -> FakeIngestReport:
        extract = extract or self.extract
        report = FakeIngestReport()
        with self._lock:
            for doc in docs:
                if isinstance(doc, DocumentError):
                    report.failed += 1
                    report.failures.append((doc.doc_id, doc.reason))
                    continue
                known = self.docs.get(doc.id)
                if known is not None and known["text"] == doc.text:
                    report.unchanged += 1
                    report.unchanged_ids.append(doc.id)
                    continue
                self.add_document(doc)
                for record in extract(doc):
                    self.add_incident(record)
                report.added += 1
        return report

    def incidents(self, *, date_from=None, date_to=None, admin1=None, admin2=None, bbox=None, event_type=None,
                  sub_event_type=None, actor=None, outlet=None, q=None, sort="-event_date", limit=50,
                  offset=0) -> tuple[list[dict], int]:
        with self._lock:
            rows = [r for r in self.records.values() if self._matches(
                r, date_from, date_to, admin1, admin2, bbox, event_type, sub_event_type, actor, outlet, q)]
            value = {"event_date": lambda r: r.get("event_date"), "sources": lambda r: len(r["doc_ids"]),
                     "fatalities": lambda r: r["casualties"]["killed"]["best"]}[sort.lstrip("-")]
            present = sorted((r for r in rows if value(r) is not None), key=lambda r: (value(r), r["id"]),
                             reverse=sort.startswith("-"))
            rows = present + [r for r in rows if value(r) is None]  # NULLS LAST, as the SQL store
            page = rows[offset:offset + limit]
            return [{**r, "sources": len(r["doc_ids"])} for r in page], len(rows)

    def iter_incidents(self, sort="event_date", **filters):
        yield from self.incidents(**filters, sort=sort, limit=10**9)[0]

    def _matches(self, r, date_from, date_to, admin1, admin2, bbox, event_type, sub_event_type, actor, outlet, q):
        loc = r.get("location") or {}
        date = r.get("event_date")
        if date_from and (date is None or date < str(date_from)):
            return False
        if date_to and (date is None or date > str(date_to)):
            return False
        if admin1 and loc.get("admin1") != admin1 or admin2 and loc.get("admin2") != admin2:
            return False
        if bbox:
            lon, lat = loc.get("longitude"), loc.get("latitude")
            if lon is None or not (bbox[0] <= lon <= bbox[2] and bbox[1] <= lat <= bbox[3]):
                return False
        if event_type and r["event_type"] != event_type or sub_event_type and r["sub_event_type"] != sub_event_type:
            return False
        if actor and actor not in {a["id"] for a in [r.get("actor1"), r.get("actor2"), *r["assoc_actors"]] if a}:
            return False
        if outlet and outlet not in {self.docs[d]["outlet"] for d in r["doc_ids"]}:
            return False
        if q:
            hay = " ".join([r.get("notes") or "", loc.get("name") or "", loc.get("name_ar") or "",
                            loc.get("mention") or "", *(e["text"] for e in r["evidence"])])
            if fold(q).lower() not in fold(hay).lower():
                return False
        return True

    def incident(self, incident_id: str) -> dict:
        with self._lock:
            if incident_id not in self.records:
                raise NotFoundError(f"no incident {incident_id!r} in the store")
            return {**self.records[incident_id], "sources": self.sources[incident_id],
                    "disagreements": self.disagreements[incident_id]}

    def document(self, doc_id: str) -> dict:
        with self._lock:
            if doc_id not in self.docs:
                raise NotFoundError(f"no document {doc_id!r} in the store")
            ids = [i for i, r in self.records.items() if doc_id in r["doc_ids"]]
            spans = [e for i in ids for e in self.records[i]["evidence"] if e["doc_id"] == doc_id]
            return {**self.docs[doc_id], "incidents": ids, "spans": spans, "reuse": self.reuse.get(doc_id, [])}

    def export(self, fmt: str, out, **filters) -> int:
        rows, _ = self.incidents(**filters, limit=10**9)
        for r in rows:
            r.pop("sources")
        if fmt == "jsonl":
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif fmt == "acled-csv":
            writer = csv.writer(out)
            writer.writerow(["event_id_cnty", "event_date", "event_type", "sub_event_type", "admin1", "notes"])
            for r in rows:
                writer.writerow([r["id"], r["event_date"], r["event_type"], r["sub_event_type"],
                                 (r["location"] or {}).get("admin1"), r["notes"]])
        elif fmt == "geojson":
            features = [{"type": "Feature", "properties": {"id": r["id"], "event_type": r["event_type"]},
                         "geometry": {"type": "Point", "coordinates": [r["location"]["longitude"],
                                                                       r["location"]["latitude"]]}}
                        for r in rows if r.get("location") and r["location"].get("latitude") is not None]
            out.write(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False))
        else:
            raise ValueError(fmt)
        return len(rows)

    def close(self) -> None:
        self.closed = True


# --- the seeds -----------------------------------------------------------------------------------


def _location(name, name_ar, lat, lon, precision, mention=None, admin2="Al Mayadin"):
    return {"name": name, "name_ar": name_ar, "mention": mention, "country": "Syria", "iso3": "SYR",
            "admin1": "Deir-ez-Zor", "admin2": admin2, "admin3": None, "latitude": lat, "longitude": lon,
            "geo_precision": precision, "gazetteer_id": None}


def load_seed_documents() -> list[Document]:
    docs = []
    for line in SEED_DOCUMENTS.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        published = dt.date.fromisoformat(obj["published"]) if obj.get("published") else None
        docs.append(Document(id=obj["id"], text=obj["text"], title=obj.get("title"), published=published,
                             outlet=obj.get("outlet"), url=obj.get("url")))
    return docs


class _Spans:
    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def __call__(self, field_name: str, quote: str, after: str | None = None) -> dict:
        """Evidence for the first *quote* in the text (after the first *after*, if given)."""
        begin = self.doc.text.index(after) if after else 0
        start = self.doc.text.index(quote, begin)
        return {"doc_id": self.doc.id, "field": field_name, "start": start, "end": start + len(quote), "text": quote}


def seed_store() -> FakeStore:
    store = FakeStore()
    a, b = load_seed_documents()
    store.add_document(a)
    store.add_document(b)
    ea, eb = _Spans(a), _Spans(b)
    killed = {"low": 1, "best": 1, "high": None}
    store.add_incident({
        "id": "inc-buqrus", "event_date": "2017-08-24", "time_of_day": "night",
        "event_type": "Strategic developments", "sub_event_type": "Other", "tags": ["airdrop", "evacuation"],
        "actor1": COALITION, "actor2": ISIS,
        "location": _location("Buqrus", "بقرص", 35.05, 40.42, 1, "بلدة بقرص"),
        "casualties": {**EMPTY_CASUALTIES, "killed": killed},
        "notes": "On 24 August 2017, International Coalition forces carried out an airdrop at Buqrus "
                 "(Deir ez-Zor) and evacuated an explosives expert; an IS member and his family were killed.",
        "evidence": [
            ea("event_type", "قاموا بعملية إنزال"), ea("location", "بأطراف بلدة بقرص"),
            ea("actor1", "قوات التحالف الدولي", after="نحو 20 عنصراً"),
            eb("event_date", "ليل أمس الأول الـ 24 من آب / أغسطس الجاري"), eb("time_of_day", "ليل"),
            eb("location", "منطقة بقرص بريف دير الزور الشرقي"), eb("event_type", "قاموا بعملية إنزال"),
            eb("actor1", "قوات التحالف الدولي", after="نحو 20 عنصراً"),
            eb("casualties.killed", "مصرع عنصر التنظيم الكازخي وعائلته"),
        ],
    }, values={
        a.id: {"event_date": "2017-08-25", "event_type": "Strategic developments", "actor1": "coalition",
               "location": "Buqrus", "killed": None},
        b.id: {"event_date": "2017-08-24", "event_type": "Strategic developments", "actor1": "coalition",
               "location": "Buqrus", "killed": 1},
    }, disagreements={"event_date": [{"doc_id": a.id, "value": "2017-08-25"}, {"doc_id": b.id, "value": "2017-08-24"}]},
        inferred={a.id})
    store.add_incident({
        "id": "inc-bulayl", "event_date": "2017-08-24", "time_of_day": "dawn",
        "event_type": "Strategic developments", "sub_event_type": "Other", "tags": ["airdrop"],
        "actor1": COALITION, "actor2": ISIS,
        "location": _location("Al-Bulayl", "البوليل", 35.08, 40.46, 2, "بادية بلدة البوليل"),
        "notes": "On 24 August 2017, a Coalition aircraft landed near Al-Bulayl (Deir ez-Zor), "
                 "probably to evacuate IS members.",
        "evidence": [ea("location", "منطقة البوليل"), ea("event_date", "فجر الخميس الماضي"),
                     eb("location", "منطقة البوليل"), eb("event_date", "فجر اليوم الخميس الـ 24 من آب")],
    })
    store.add_incident({
        "id": "inc-tabni-airdrop", "event_date": "2017-08-26", "time_of_day": "afternoon",
        "event_type": "Strategic developments", "sub_event_type": "Other", "tags": ["airdrop"],
        "actor1": COALITION, "actor2": ISIS,
        "location": _location("Al-Tabni", "التبني", 35.57, 39.80, 1, "منطقة التبني", admin2="Deir-ez-Zor"),
        "notes": "On 26 August 2017, the Coalition carried out an airdrop in Al-Tabni (Deir ez-Zor).",
        "evidence": [ea("event_type", "عملية الإنزال نُفذت"), ea("event_date", "عصر السبت"),
                     ea("location", "منطقة التبني")],
    })
    store.add_incident({
        "id": "inc-tabni-shelling", "event_date": "2017-08-26",
        "event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": SDF, "actor2": ISIS,
        "location": _location("Al-Tabni", "التبني", 35.57, 39.80, 1, "منطقة التبني", admin2="Deir-ez-Zor"),
        "notes": "On 26 August 2017, the SDF shelled IS positions in Al-Tabni (Deir ez-Zor).",
        "evidence": [ea("event_type", "قصف مدفعي"), ea("actor1", "قوات سوريا الديمقراطية", after="قصف مدفعي")],
    })
    store.add_incident({
        "id": "inc-karin", "event_date": "2017-03-22", "event_type": "Strategic developments",
        "sub_event_type": "Other", "tags": ["airdrop"], "actor1": US, "actor2": ISIS,
        "location": {**_location("Al-Karin", "الكرين", 35.83, 38.48, 2, "منطقة الكرين"), "admin1": "Ar-Raqqa",
                     "admin2": "Ath-Thawrah"},
        "notes": "On 22 March 2017, US forces and the SDF made a parachute landing at Al-Karin near Tabqa (Raqqa).",
        "evidence": [eb("event_type", "بعملية إنزال مظلي"), eb("event_date", "الـ 22 من آذار / مارس الفائت"),
                     eb("location", "بمنطقة الكرين")],
    })
    store.add_incident({
        "id": "inc-kubar", "event_date": "2017-01-08", "time_of_day": "afternoon",
        "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": COALITION, "actor2": ISIS,
        "location": _location("Al-Kubar", "الكبر", 35.70, 39.83, 1, "منطقة الكبر", admin2="Deir-ez-Zor"),
        "casualties": {**EMPTY_CASUALTIES, "killed": {"low": 25, "best": 25, "high": None}},
        "notes": "On 8 January 2017, a Coalition raid at Al-Kubar (Deir ez-Zor) killed at least 25 IS members.",
        "evidence": [eb("event_date", "الـ 8 من كانون الثاني / يناير من العام 2017"),
                     eb("location", "منطقة الكبر"), eb("casualties.killed", "مقتل ما لا يقل عن 25")],
    })
    # The Buqrus paragraph that the undated report shares with the SOHR one.
    start_a, end_a = a.text.index("نحو 20 عنصراً"), a.text.index("ورجل مدني من بلدة بقرص") + 22
    start_b, end_b = b.text.index("نحو 20 عنصراً"), b.text.index("ورجل مدني من بلدة بقرص") + 22
    store.reuse[a.id] = [{"other_doc_id": b.id, "direction": "copied_from", "this_start": start_a,
                          "this_end": end_a, "other_start": start_b, "other_end": end_b, "similarity": 0.91}]
    store.reuse[b.id] = [{"other_doc_id": a.id, "direction": "copied_by", "this_start": start_b,
                          "this_end": end_b, "other_start": start_a, "other_end": end_a, "similarity": 0.91}]
    return store


def hostile_document(doc_id: str = "hostile.txt") -> Document:
    """A document whose text, title and URL try to run script when shown as HTML."""
    return Document(
        id=doc_id,
        title='<img src=x onerror="window.__pwned=1">عنوان',
        text='قصف <script>window.__pwned=1;alert(1)</script> على بلدة بقرص '
             '<img src=x onerror="window.__pwned=1;alert(2)"> انتهى & "quotes" </mark>',
        published=dt.date(2017, 8, 20),
        outlet='<b onmouseover="window.__pwned=1">Outlet</b>',
        url="javascript:window.__pwned=1",
    )


def stringio_export(store: FakeStore, fmt: str, **filters: Any) -> str:
    out = io.StringIO()
    store.export(fmt, out, **filters)
    return out.getvalue()


# --- the real store --------------------------------------------------------------------------------

EXAMPLE_SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds.jsonl"


def seed_sqlite(path: Path) -> Path:
    """A real SQLite store at *path* holding the two seed reports, read and extracted by rasd itself."""
    from rasd.read import iter_documents
    from rasd.store import open_store

    seeds = EXAMPLE_SEEDS if EXAMPLE_SEEDS.exists() else SEED_DOCUMENTS
    with open_store(path) as store:
        report = store.ingest_documents(iter_documents([seeds]))
    if report.failed:
        raise AssertionError(f"the seeds did not ingest: {report.summary()}")
    return path


def find_buqrus(client_get) -> dict:
    """The merged Buqrus (بقرص) incident of the seeds, through the API (*client_get(path, params)*)."""
    items = client_get("/api/incidents", {"q": "بقرص", "limit": 50})["items"]
    found = [i for i in items if (i.get("location") or {}).get("name_ar") == "بقرص"]
    if not found:
        raise AssertionError(f"no Buqrus incident among {[(i['id'], i.get('location')) for i in items]}")
    return max(found, key=lambda i: i["sources"])
