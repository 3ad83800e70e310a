"""Test seams for code that uses the store (rasd's tests and users' own).

    from rasd.store.testing import StaticExtract, make_incident, memory_store

    extract = StaticExtract({"a": [make_incident("a", date="2017-08-24", name_ar="بقرص", actor1="coalition")]})
    store = memory_store()
    store.ingest_documents([Document("a", "...")], extract=extract)

:class:`StaticExtract` stands in for :func:`rasd.pipeline.extract`: it returns incidents made
beforehand for each document id, so linking, merging and exports can be tested without the
recognizers.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from rasd.model import Actor, Count, Document, Evidence, Incident, Location
from rasd.store import Store, open_store

ACTOR_NAMES = {"coalition": "International Coalition", "us": "US Military", "russia": "Russian Military",
               "turkey": "Turkish Military", "regime": "Syrian Government Forces", "isis": "Islamic State",
               "sdf": "Syrian Democratic Forces", "civilians": "Civilians", "unknown": "Unidentified Armed Group"}
EVENT_TYPES = {"Air/drone strike": "Explosions/Remote violence", "Shelling/artillery/missile attack":
               "Explosions/Remote violence", "Armed clash": "Battles", "Other": "Strategic developments",
               "Attack": "Violence against civilians", "Arrests": "Strategic developments",
               "Remote explosive/landmine/IED": "Explosions/Remote violence"}


def memory_store() -> Store:
    """A fresh SQLite store in memory."""
    return open_store("sqlite://")


def make_incident(doc_id: str, k: int = 0, *, date: str | dt.date | None = None, precision: str | None = "day",
                  name_ar: str | None = None, name: str | None = None, admin1: str | None = None,
                  admin2: str | None = None, iso3: str | None = "SYR", lat: float | None = None,
                  lon: float | None = None, geo_precision: int | None = 1, gazetteer_id: str | None = None,
                  sub_event_type: str = "Air/drone strike", event_type: str | None = None,
                  actor1: str | None = None, actor2: str | None = None, killed: int | Count | None = None,
                  civilians_killed: int | None = None, evidence: Sequence[tuple[str, int, int, str]] = (),
                  notes: str = "", confidence: float = 0.6) -> Incident:
    """One per-document incident with just the fields given (others null)."""
    d = dt.date.fromisoformat(date) if isinstance(date, str) else date
    loc = None
    if name_ar or admin1 or lat is not None:
        loc = Location(name=name, name_ar=name_ar, mention=name_ar, country="Syria" if iso3 == "SYR" else None,
                       iso3=iso3, admin1=admin1, admin2=admin2, latitude=lat, longitude=lon,
                       geo_precision=geo_precision if name_ar else 3, gazetteer_id=gazetteer_id)
    cas = {}
    if killed is not None:
        cas["killed"] = killed if isinstance(killed, Count) else Count(killed, killed, None)
    if civilians_killed is not None:
        cas["civilians_killed"] = Count(civilians_killed, civilians_killed, None)
    return Incident(
        id=f"{doc_id}:{k}", doc_ids=(doc_id,), event_date=d, date_precision=precision if d else None,
        date_range=(d, d) if d else None, time_of_day=None,
        event_type=event_type or EVENT_TYPES.get(sub_event_type, "Explosions/Remote violence"),
        sub_event_type=sub_event_type,
        actor1=Actor(actor1, ACTOR_NAMES.get(actor1, actor1), actor1) if actor1 else None,
        actor2=Actor(actor2, ACTOR_NAMES.get(actor2, actor2), actor2) if actor2 else None,
        location=loc, casualties=cas, notes=notes,
        evidence=tuple(Evidence(doc_id, f, s, e, t) for f, s, e, t in evidence), confidence=confidence)


class StaticExtract:
    """An ``extract`` returning prepared incidents per document id. A value may also be a function
    of the document (to mimic dates read against its publication day); *calls* counts calls."""

    def __init__(self, by_doc: dict[str, Sequence[Incident] | Callable[[Document], Sequence[Incident]]]) -> None:
        self.by_doc = by_doc
        self.calls: list[str] = []

    def __call__(self, doc: Document) -> list[Incident]:
        self.calls.append(doc.id)
        v = self.by_doc.get(doc.id, [])
        return list(v(doc) if callable(v) else v)
