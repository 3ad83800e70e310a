"""Values that flow through rasd: documents in, mentions in between, incidents out.

Every mention carries ``start``/``end``: character offsets into the document text *as given to rasd*
(the original, not the folded text), so evidence quotes ``document.text[start:end]``.
Dicts appear only at the JSON/SQL boundary (:meth:`Incident.to_dict`, :meth:`Document.from_dict`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_ID = "rasd.incident/1"


@dataclass(frozen=True, slots=True)
class Document:
    """One article. ``published`` is a date or None when unknown; ``published_hour`` the hour of the
    day it came out, in Syrian and Iraqi time (UTC+3), when its metadata or its X post id says."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    published_source: str | None = None  # "metadata", "page" (found in the text itself), "title" or "url"
    published_evidence: tuple[int, int] | None = None
    published_hour: int | None = None

    @property
    def content_hash(self) -> str:
        from rasd.text.normalize import fold

        return hashlib.sha256(" ".join(fold(self.text).split()).encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "url": self.url,
        }


# --- mentions: what each recognizer finds, with its span --------------------------------------


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or part-of-day expression. ``value`` is None when it cannot be resolved (no
    publication date for a relative expression, or a bare part of day such as "فجر"); a month or a
    year told relative to an unknown publication day ("الشهر الماضي") keeps its ``precision``."""

    start: int
    end: int
    value: dt.date | None
    precision: str | None  # day | week | month | year (with no value: month or year, or None)
    range: tuple[dt.date, dt.date] | None
    time_of_day: str | None
    # resolved against the publication date; with no value, a day that needs the publication date
    # ("أمس", "الخميس الماضي", "6 نيسان" without a year) when the report does not say when it came out
    relative: bool = False
    # with no value, how many days before the unknown publication day a day told relative to it fell
    # ("اليوم": 0, "أمس": 1, "قبل يومين": 2): what tells two such days apart; None for any other
    days_back: int | None = None


@dataclass(frozen=True, slots=True)
class CountMention:
    """A number of people bound to an outcome. ``category``: killed | injured | captured."""

    start: int
    end: int
    category: str
    low: int | None
    best: int | None
    high: int | None
    civilian: bool | None = None  # True civilians, False fighters, None unknown


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    actor_id: str
    name: str
    name_ar: str


@dataclass(frozen=True, slots=True)
class EventMention:
    """A cue for an ACLED event (غارة، قصف مدفعي، اشتباكات ...)."""

    start: int
    end: int
    event_type: str
    sub_event_type: str
    tags: tuple[str, ...] = ()
    weight: float = 1.0  # how strongly the cue alone signals an incident


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place phrase: ``name`` is the bare name (clitics and بلدة/قرية ... removed), ``start``/``end``
    the whole phrase, ``name_start``/``name_end`` the name itself."""

    start: int
    end: int
    name: str
    name_start: int
    name_end: int
    feature: str | None = None  # town, village, city, neighbourhood, camp, area, countryside, governorate ...
    direction: str | None = None  # north | south | east | west | north-east ...
    distance_km: float | None = None  # "على بعد 5 كلم غرب X"
    context: str | None = None  # the governorate/district named with it ("بريف دير الزور")
    # the place named after a context that is part of the name: "معبر باب الهوى بريف إدلب" has the
    # town باب الهوى as its context and إدلب beyond it, which tells the town's namesakes apart
    outer: str | None = None


# --- output values -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    name_ar: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "name_ar": self.name_ar}


@dataclass(frozen=True, slots=True)
class Location:
    name: str | None
    name_ar: str | None
    mention: str | None
    country: str | None
    iso3: str | None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    gazetteer_id: str | None = None
    why: dict[str, Any] | None = None  # how it was resolved: candidates, clue, source

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["why"] is None:
            d.pop("why")
        return d


@dataclass(frozen=True, slots=True)
class Count:
    low: int | None = None
    best: int | None = None
    high: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {"low": self.low, "best": self.best, "high": self.high}

    @property
    def empty(self) -> bool:
        return self.low is None and self.best is None and self.high is None


EMPTY_COUNT = Count()
CASUALTY_KINDS = ("killed", "civilians_killed", "injured", "captured")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value was read: ``text == document.text[start:end]``, or, when ``part`` is
    "title", ``document.title[start:end]``, and when it is "url",
    ``rasd.pipeline.url_headline(document.url)[start:end]`` (a saved page whose body lost the
    article)."""

    doc_id: str
    field: str
    start: int
    end: int
    text: str
    part: str = "text"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if self.part == "text":
            d.pop("part")
        return d


@dataclass(frozen=True, slots=True)
class Incident:
    id: str
    doc_ids: tuple[str, ...]
    event_date: dt.date | None
    date_precision: str | None
    date_range: tuple[dt.date, dt.date] | None
    time_of_day: str | None
    event_type: str
    sub_event_type: str
    tags: tuple[str, ...] = ()
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: tuple[Actor, ...] = ()
    location: Location | None = None
    casualties: dict[str, Count] = field(default_factory=dict)
    notes: str = ""
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "id": self.id,
            "doc_ids": list(self.doc_ids),
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "date_precision": self.date_precision,
            "date_range": [d.isoformat() for d in self.date_range] if self.date_range else None,
            "time_of_day": self.time_of_day,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "tags": list(self.tags),
            "actor1": self.actor1.to_dict() if self.actor1 else None,
            "actor2": self.actor2.to_dict() if self.actor2 else None,
            "assoc_actors": [a.to_dict() for a in self.assoc_actors],
            "location": self.location.to_dict() if self.location else None,
            "casualties": {k: self.casualties.get(k, EMPTY_COUNT).to_dict() for k in CASUALTY_KINDS},
            "notes": self.notes,
            "evidence": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }
