"""Which incident mentions from different documents report the same real incident, and what the
merged incident says.

Pure logic: the store fetches candidates and writes results; everything here is a function of the
values handed in, so it is tested without a database.

* :class:`Mention` — what linking reads of one per-document incident (a :class:`rasd.model.Incident`
  extracted from one document) plus its document's publication date.
* :func:`block_keys` / :func:`query_keys` — blocking, so each new mention is compared with a few
  hundred others at most, however large the store: a dated mention is filed under each day it
  covers × its country (``d:2017-08-24:SYR``) and looks up the days within :data:`DATE_WINDOW` of
  its own (a mention dated only by its publication day covers the :data:`REPORT_LAG` days before
  it); a mention whose date is unknown or coarse is also filed under its place
  (``u:<place>``) and looks up everything at its place (``p:<place>``). The store adds mentions of
  documents that share copied passages with the new one (reuse-LSH candidates).
* :func:`pair_score` — evidence that two mentions report the same incident, or ``None`` when they
  cannot (a *conflict*: different days, different places, different perpetrators or kinds of act).
  Outlets misread who did what more often than when and where: on the same stated day at the same
  place, another perpetrator for the same act, or another kind of act by the same perpetrator, is a
  disagreement that costs score, not a conflict; so are a perpetrator and target read the other way
  round, and partners of joint operations (the coalition and the SDF).
* :func:`assign` — the new document's mentions each join the best compatible incident (at most one
  mention per document per incident: the extractor already decided that two mentions of one
  document are different incidents), or found a new one. An incident is compatible only when no
  member conflicts with the mention (complete link for conflicts, best member for evidence), so
  two incidents at the same place and day with different perpetrators or types stay apart.
* :func:`merge` — the merged record: each field's value with the sources that gave it; counts that
  differ keep every value and a merged low/best/high; ``disagreements`` lists the fields where
  sources differ. The date is the act's own day when a source names it, over the day of a
  statement about the act (whose ``date_range`` runs back a week before it) and over a
  publication day standing in.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from rasd.model import CASUALTY_KINDS, SCHEMA_ID
from rasd.store.search import stem, words

# --- tuned constants (calibrated with `rasd link-eval` — rasd.ingest.link_eval — on eval/seeds, eval/dev
# and eval/dev_airwars, with the pipeline's mentions and with mentions made from the gold files) ----------
DATE_WINDOW = 2  # days either side searched for a dated mention (relative dates drift by a day)
MAX_DAYS_KEYED = 10  # a mention whose date spans more days than this is filed by place only
LINK_THRESHOLD = 4.0  # pair score a mention needs to join an incident
SAME_KM = 1.0  # two precisely located places this close are one place under two names
NEAR_KM = 5.0  # a vaguely located report ("near X", "the outskirts of X") this close to another is near it
CLOSE_KM = 12.0  # a city contains what lies this close to it; neighbouring governorates meet this close
CONTAINERS = {"city", "admin1", "admin2", "admin3", "country"}  # gazetteer features that contain places
TEXT_WINDOW = 200  # characters: evidence mapped through a copied passage must land this close
INFERRED_DATE_SLACK = 7  # days: dates read against an inferred publication day conflict only beyond this
REPORT_LAG = 7  # days: a report dated only by its publication day may tell of an incident this much older
STAND_IN_SAME_DAY = 0.5  # a publication day standing in for the date, on the other report's day: weak evidence
ANCHORED_PENALTY = 1.5  # score a disagreement on who or on what costs when day and place agree

# Sub-event types outlets code differently for the same act (a raid with or without an exchange of
# fire; "قصف" read as an air strike by one outlet and as shelling by another). A pair of these is a
# weak disagreement, not a conflict.
CONFUSABLE = {
    frozenset({"Armed clash", "Other"}),
    frozenset({"Air/drone strike", "Shelling/artillery/missile attack"}),
    frozenset({"Air/drone strike", "Attack"}),
    frozenset({"Shelling/artillery/missile attack", "Attack"}),
    frozenset({"Armed clash", "Attack"}),
    frozenset({"Remote explosive/landmine/IED", "Suicide bomb"}),
    frozenset({"Remote explosive/landmine/IED", "Attack"}),
    frozenset({"Armed clash", "Government regains territory"}),
    frozenset({"Armed clash", "Non-state actor overtakes territory"}),
    frozenset({"Violent demonstration", "Mob violence"}),
    frozenset({"Peaceful protest", "Protest with intervention"}),
    frozenset({"Protest with intervention", "Excessive force against protesters"}),
    frozenset({"Violent demonstration", "Protest with intervention"}),
    frozenset({"Violent demonstration", "Excessive force against protesters"}),
    # a helicopter raid told as an air strike; a strike told by the houses it destroyed
    frozenset({"Air/drone strike", "Other"}),
    frozenset({"Air/drone strike", "Looting/property destruction"}),
    frozenset({"Shelling/artillery/missile attack", "Looting/property destruction"}),
    frozenset({"Armed clash", "Excessive force against protesters"}),
    frozenset({"Attack", "Excessive force against protesters"}),
    frozenset({"Arrests", "Abduction/forced disappearance"}),
    frozenset({"Armed clash", "Shelling/artillery/missile attack"}),  # "اشتباكات وقصف متبادل"
    frozenset({"Remote explosive/landmine/IED", "Shelling/artillery/missile attack"}),  # "انفجار" of unclear cause
    frozenset({"Remote explosive/landmine/IED", "Air/drone strike"}),
    frozenset({"Arrests", "Other"}),  # a raid: arrests to one outlet, an airdrop/raid to another
    frozenset({"Arrests", "Armed clash"}),
}
# Actor ids that name the same side (the US strikes for the coalition it leads).
SAME_SIDE = {frozenset({"us", "coalition"}), frozenset({"ypg", "sdf"}), frozenset({"hts", "opposition"}),
             frozenset({"pkk", "ypg"}), frozenset({"pkk", "sdf"})}  # Turkish-aligned outlets call the SDF "PKK"
# Allies fighting together, whom reports often confuse ("الطيران الحربي" is Russian to one outlet and
# the regime's to another): a disagreement, not a conflict.
ALLIED = {frozenset({"russia", "regime"}), frozenset({"iran", "regime"}), frozenset({"hezbollah", "regime"}),
          frozenset({"iran", "hezbollah"}), frozenset({"turkey", "sna"}), frozenset({"pmf", "iraq"}),
          frozenset({"opposition", "sna"}),
          # joint raids: the coalition's to one outlet, the SDF's to another
          frozenset({"coalition", "sdf"}), frozenset({"us", "sdf"}), frozenset({"coalition", "ypg"}),
          frozenset({"us", "ypg"})}
VAGUE_ACTORS = {"unknown", None}
SOFT_CONFLICTS = {"type", "actor"}  # see tolerated_conflicts
_PRECISION_DAYS = {"day": 0, "week": 6, "month": 30, "year": 365}


@dataclass(frozen=True, slots=True)
class Mention:
    """What linking reads of one document's incident. ``key`` is the store's handle (row id)."""

    id: str
    doc_id: str
    published: dt.date | None = None
    event_date: dt.date | None = None
    date_precision: str | None = None
    date_lo: dt.date | None = None
    date_hi: dt.date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    assoc: tuple[str | None, ...] = ()  # the perpetrator's associates ("حلف النظام وروسيا": the regime)
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    place_key: str | None = None
    gazetteer_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    counts: tuple[tuple[str, int | None], ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    date_inferred: bool = False  # dates read against a publication day inferred from linked reports
    feature: str | None = None  # gazetteer feature of the place (city, town, village, neighbourhood ...)
    date_stated: bool = True  # False: no words of the text give the date; the publication day stands in
    key: Any = None

    @classmethod
    def from_record(cls, rec: dict, doc_id: str, published: dt.date | None = None, key: Any = None,
                    mention_id: str | None = None, date_inferred: bool = False) -> Mention:
        """From an incident record (``Incident.to_dict()``) of document *doc_id*."""
        d = _date(rec.get("event_date"))
        rng = rec.get("date_range") or None
        lo, hi = (_date(rng[0]), _date(rng[1])) if rng else (d, d)
        if d is not None and (lo is None or hi is None):
            lo, hi = d, d + dt.timedelta(days=_PRECISION_DAYS.get(rec.get("date_precision") or "day", 0))
        loc = rec.get("location") or {}
        cas = rec.get("casualties") or {}
        return cls(
            id=mention_id or rec.get("id") or "",
            doc_id=doc_id,
            published=published,
            event_date=d,
            date_precision=rec.get("date_precision"),
            date_lo=lo if d else None,
            date_hi=hi if d else None,
            event_type=rec.get("event_type"),
            sub_event_type=rec.get("sub_event_type"),
            actor1=(rec.get("actor1") or {}).get("id"),
            actor2=(rec.get("actor2") or {}).get("id"),
            assoc=tuple(a.get("id") for a in rec.get("assoc_actors") or () if isinstance(a, dict)),
            iso3=loc.get("iso3"),
            admin1=loc.get("admin1"),
            admin2=loc.get("admin2"),
            place_key=place_key(loc.get("name_ar")) or None,
            gazetteer_id=loc.get("gazetteer_id"),
            latitude=_num(loc.get("latitude")),
            longitude=_num(loc.get("longitude")),
            geo_precision=loc.get("geo_precision"),
            counts=tuple((k, (cas.get(k) or {}).get("best")) for k in CASUALTY_KINDS),
            spans=tuple(sorted({(int(e["start"]), int(e["end"])) for e in rec.get("evidence") or []
                                if e.get("doc_id") in (None, doc_id) and e.get("part", "text") == "text"})),
            date_inferred=date_inferred,
            feature=_feature(loc),
            date_stated=_date_stated(rec, doc_id, d, published),
            key=key,
        )

    @property
    def dated(self) -> bool:
        """Dated finely enough to be blocked by day."""
        return self.date_lo is not None and (self.date_hi - self.date_lo).days <= MAX_DAYS_KEYED

    @property
    def stand_in(self) -> bool:
        """Dated only by its publication day: the incident happened by then, not necessarily on it."""
        return not self.date_stated and self.published is not None and self.event_date == self.published

    def count(self, kind: str) -> int | None:
        return dict(self.counts).get(kind)


def _date_stated(rec: dict, doc_id: str, d: dt.date | None, published: dt.date | None) -> bool:
    """Whether words of the document (body or title) give the date of *rec*, or it could not be a
    stand-in anyway (undated, no publication day, or another day than the publication day)."""
    if d is None or published is None or d != published:
        return True
    return any(e.get("field") == "event_date" and e.get("doc_id") in (None, doc_id) for e in rec.get("evidence") or [])


def _feature(loc: dict) -> str | None:
    """The gazetteer feature of the entry a location was resolved to (from its ``why``), if known."""
    why = loc.get("why") or {}
    entry = why.get("entry") or loc.get("gazetteer_id")
    for c in why.get("candidates") or []:
        if c.get("id") == entry:
            return c.get("feature")
    return loc.get("feature")


def place_key(name_ar: str | None) -> str:
    """A comparable key for an Arabic place name: folded, clitics and article off, no spaces."""
    if not name_ar:
        return ""
    return "".join(stem(w) for w in words(name_ar))


def incident_id(founding_mention_id: str) -> str:
    """The stable id of the incident a mention founds (it never changes as sources join)."""
    return "i-" + hashlib.sha1(founding_mention_id.encode("utf-8")).hexdigest()[:14]


# --- blocking -----------------------------------------------------------------------------------


def _days(lo: dt.date, hi: dt.date) -> Iterable[dt.date]:
    for k in range((hi - lo).days + 1):
        yield lo + dt.timedelta(days=k)


def _key_span(m: Mention) -> tuple[dt.date, dt.date]:
    """The days a dated mention is filed under: its date range, or for a report dated only by its
    publication day the :data:`REPORT_LAG` days before it too."""
    if m.stand_in:
        return m.published - dt.timedelta(days=REPORT_LAG), m.published
    return m.date_lo, m.date_hi


def block_keys(m: Mention) -> list[str]:
    """The keys a stored mention is filed under."""
    keys = []
    if m.dated:
        keys += [f"d:{d.isoformat()}:{m.iso3 or '-'}" for d in _days(*_key_span(m))]
    for k in _place_keys(m):
        keys.append("p:" + k)
        if not m.dated:
            keys.append("u:" + k)
    return keys


def query_keys(m: Mention) -> list[str]:
    """The keys to look up for a new mention's candidates."""
    keys = []
    if m.dated:
        w = dt.timedelta(days=DATE_WINDOW)
        lo, hi = _key_span(m)
        keys += [f"d:{d.isoformat()}:{m.iso3 or '-'}" for d in _days(lo - w, hi + w)]
        keys += ["u:" + k for k in _place_keys(m)]
    else:
        keys += ["p:" + k for k in _place_keys(m)]
    return keys


def _place_keys(m: Mention) -> list[str]:
    out = []
    if m.place_key:
        out.append("n:" + m.place_key)
    if m.gazetteer_id:
        out.append("g:" + str(m.gazetteer_id))
    return out


# --- pair evidence --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PairEvidence:
    """How strongly two mentions look like the same incident. ``eligible`` is False when nothing
    ties them to one place (no shared place, no copied passage): they may sit in one incident
    (they do not conflict) but this pair alone is no reason to put them there."""

    score: float
    reasons: tuple[str, ...]
    eligible: bool = True


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def pair_score(a: Mention, b: Mention, text_link: bool = False, shared_text: bool = False) -> PairEvidence | None:
    """Evidence that *a* and *b* report the same incident, or None when they cannot (a conflict).

    *text_link*: the evidence of *a* lies in a passage its document shares with *b*'s document, at
    the place where *b*'s evidence lies (one copied the report of the other). *shared_text*: the
    two documents share some passage.
    """
    ev = compare(a, b, text_link, shared_text)
    return ev if isinstance(ev, PairEvidence) else None


Part = tuple[float, list[str]]  # score and reasons of one respect in which two mentions are compared


def compare(a: Mention, b: Mention, text_link: bool = False, shared_text: bool = False) -> PairEvidence | str:
    """:func:`pair_score`, naming the conflict when there is one: ``document`` (the same one),
    ``date``, ``place``, ``type`` or ``actor``. The last two are *soft*: outlets misread who did
    what more often than when and where (see :func:`fit`)."""
    if a.doc_id == b.doc_id:
        return "document"
    when = _when(a, b, text_link)
    if isinstance(when, str):
        return when
    place = _place_relation(a, b)
    if place == "conflict" and not text_link:
        return "place"
    where: Part = ({"same": 3.0, "near": 1.0, "admin2": 0.5, "admin1": 0.0, "conflict": -1.0}.get(place, 0.0),
                   ["place " + place] if place else [])
    # the same stated day at the same place: a disagreement on who or what is more likely a misreading
    anchored = place == "same" and "date±0" in when[1]
    who = _who(a, b, anchored and a.sub_event_type is not None and a.sub_event_type == b.sub_event_type)
    if isinstance(who, str):
        return who
    what = _what(a, b, text_link, anchored and "same actor1" in who[1])
    if isinstance(what, str):
        return what
    score, why = 0.0, []
    for part in (when, where, what, who, _how_many(a, b), _copied(text_link, shared_text)):
        score += part[0]
        why += part[1]
    eligible = place in ("same", "near") or text_link or (
        # without a shared place or copied text, only a same-day report of the same act by the
        # same perpetrator in the same district may join
        place in ("admin1", "admin2") and "date±0" in why and "same actor1" in why
        and a.sub_event_type == b.sub_event_type)
    return PairEvidence(score, tuple(why), bool(eligible))


def _when(a: Mention, b: Mention, text_link: bool) -> Part | str:
    """Date evidence, or ``"date"`` when the two cannot be of one day."""
    if a.date_lo is None or b.date_lo is None:
        # an undated mention's incident happened by its document's publication day
        for x, y in ((a, b), (b, a)):
            if x.date_lo is None and x.published and y.date_lo and y.date_lo > x.published + dt.timedelta(days=1):
                return "date"
        return 0.0, []
    gap = max((b.date_lo - a.date_hi).days, (a.date_lo - b.date_hi).days, 0)
    if a.date_inferred or b.date_inferred:
        # read against a publication day that was itself inferred from links: a weak signal,
        # and using it to refuse links would be circular
        if gap > INFERRED_DATE_SLACK:
            return "date"
        return (0.5 if gap <= 1 else 0.0), [f"inferred date±{gap}"]
    for x, y in ((a, b), (b, a)):
        if x.stand_in and x.published - dt.timedelta(days=REPORT_LAG) <= y.date_lo and y.date_hi <= x.published:
            # a report dated only by its publication day may tell of any incident of the days before
            return (STAND_IN_SAME_DAY, ["publication day"]) if gap == 0 else (0.0, ["before publication"])
    if gap > DATE_WINDOW or (gap == DATE_WINDOW and not text_link):
        return "date"
    if a.stand_in or b.stand_in:
        return 0.0, [f"publication day±{gap}"]
    if a.date_precision in (None, "day") and b.date_precision in (None, "day") and \
            a.date_lo == a.date_hi and b.date_lo == b.date_hi:
        return {0: 2.0, 1: 1.0}.get(gap, 0.0), [f"date±{gap}"]
    if gap == 0:
        return 0.5, ["date range overlaps"]
    return 0.0, []


def _what(a: Mention, b: Mention, text_link: bool, anchored: bool) -> Part | str:
    """Sub-event evidence, or ``"type"`` when the acts differ. *anchored*: the same stated day, the
    same place and the same perpetrator, so a kind of act outlets name differently (a raid as an
    arrest or an air strike, an incursion as a transfer of territory) is a disagreement."""
    if not (a.sub_event_type and b.sub_event_type):
        return 0.0, []
    if a.sub_event_type == b.sub_event_type:
        return 1.0, ["same sub-event"]
    if frozenset({a.sub_event_type, b.sub_event_type}) in CONFUSABLE:
        return -0.5, ["confusable sub-events"]
    if anchored:
        return -ANCHORED_PENALTY, ["different sub-events"]
    if text_link and a.event_type == b.event_type:
        return -1.0, []
    return "type"


def _who(a: Mention, b: Mention, anchored: bool) -> Part | str:
    """Actor evidence, or ``"actor"`` when the perpetrators differ. Perpetrator and target read the
    other way round (A against B by one outlet, B against A by another) disagree but do not conflict;
    *anchored* (the same stated day, place and act) makes another perpetrator a disagreement too."""
    score, why = 0.0, []
    if a.actor1 not in VAGUE_ACTORS and b.actor1 not in VAGUE_ACTORS:
        pair = frozenset({a.actor1, b.actor1})
        if a.actor1 == b.actor1 or pair in SAME_SIDE:
            score, why = 1.0, ["same actor1"]
        elif a.actor1 in b.assoc or b.actor1 in a.assoc:
            # one outlet's "طائرات النظام", another's "طائرات حلف النظام وروسيا" (Russia's, the regime
            # its associate): the same perpetrator
            score, why = 1.0, ["associated actor1"]
        elif pair in ALLIED:
            score, why = -1.0, ["allied actor1"]
        elif a.actor1 == b.actor2 or b.actor1 == a.actor2:
            score, why = -1.0, ["actor roles swapped"]
        elif anchored:
            score, why = -ANCHORED_PENALTY, ["different actor1"]
        else:
            return "actor"
    if a.actor2 not in VAGUE_ACTORS and b.actor2 not in VAGUE_ACTORS:
        if a.actor2 == b.actor2 or frozenset({a.actor2, b.actor2}) in SAME_SIDE:
            score += 0.5
        else:
            score -= 1.0
            why.append("different actor2")
    return score, why


def _how_many(a: Mention, b: Mention) -> Part:
    """Casualty counts: the same toll is evidence, very different tolls count against."""
    score, why = 0.0, []
    for kind in ("killed", "civilians_killed"):
        x, y = a.count(kind), b.count(kind)
        if x and y:
            if x == y:
                score += 0.5
                why.append(f"same {kind}")
            elif max(x, y) > 2 * min(x, y) + 2:
                score -= 0.5
                why.append(f"different {kind}")
    return score, why


def _copied(text_link: bool, shared_text: bool) -> Part:
    """Text reuse: the evidence of one lies in a passage copied from the other, or the documents
    share some passage."""
    if text_link:
        return 3.0, ["copied passage"]
    if shared_text:
        return 0.5, ["documents share text"]
    return 0.0, []


def _place_relation(a: Mention, b: Mention) -> str | None:
    """same | near | admin2 | admin1 | conflict | None (nothing known to compare).

    Two different named places each located precisely are different places (the annotation rule:
    the same perpetrator striking three named villages is three incidents) unless they are within
    :data:`SAME_KM` (one place under two names) or one is a city containing the other (a
    neighbourhood named by one outlet, its city by another)."""
    if a.iso3 and b.iso3 and a.iso3 != b.iso3:
        return "conflict"
    if (a.gazetteer_id and a.gazetteer_id == b.gazetteer_id) or (a.place_key and a.place_key == b.place_key):
        return "same"
    d = None
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        d = km(a.latitude, a.longitude, b.latitude, b.longitude)
    if a.admin1 and b.admin1 and a.admin1 != b.admin1 and (d is None or d > CLOSE_KM):
        return "conflict"
    if a.geo_precision == 1 and b.geo_precision == 1 and a.place_key and b.place_key:
        if d is not None and d <= SAME_KM:
            return "same"
        if (a.feature in CONTAINERS or b.feature in CONTAINERS) and (d is None or d <= CLOSE_KM):
            return "near"
        return "conflict"
    if d is not None and d <= NEAR_KM:
        return "near"
    if a.admin2 and a.admin2 == b.admin2:
        return "admin2"
    if a.admin1 and a.admin1 == b.admin1:
        return "admin1"
    return None


# --- assignment -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one new mention goes: an existing incident (its key) or None for a new incident.
    ``also``: other incidents the mention would fit as well (candidates to merge with the chosen one)."""

    incident: Any
    score: float | None = None
    reasons: tuple[str, ...] = ()
    via: str | None = None  # id of the member mention that gave the best evidence
    also: tuple[Any, ...] = ()


TextLink = Callable[[Mention, Mention], tuple[bool, bool]]


def tolerated_conflicts(n: int) -> int:
    """How many members of an n-member incident may softly conflict (:data:`SOFT_CONFLICTS`) with a
    mention that joins it: none in small incidents; in large ones a few, since one outlet's misreading
    (shelling for an air strike, the opposition for the regime) must not keep every later report out
    of an incident a dozen others agree on. Conflicts of day or place are never tolerated."""
    return (n - 1) // 3


def fit(m: Mention, members: Sequence[Mention], text_link: TextLink | None = None,
        threshold: float = LINK_THRESHOLD) -> tuple[PairEvidence, str] | None:
    """How well *m* fits an incident: the best eligible evidence from any member, or None when it
    comes from a document already in the incident, conflicts with a member on day or place, conflicts
    otherwise with more members than :func:`tolerated_conflicts` allows (or than support it), or no
    member gives eligible evidence."""
    best: tuple[PairEvidence, str] | None = None
    conflicts = support = 0
    for other in members:
        if other.doc_id == m.doc_id:
            return None
        tl, st = text_link(m, other) if text_link else (False, False)
        ev = compare(m, other, tl, st)
        if isinstance(ev, str):
            conflicts += 1
            if ev not in SOFT_CONFLICTS or conflicts > tolerated_conflicts(len(members)):
                return None
            continue
        if ev.eligible and ev.score >= threshold:
            support += 1
        if ev.eligible and (best is None or ev.score > best[0].score):
            best = (ev, other.id)
    if conflicts and support <= conflicts:
        return None
    return best


def assign(new: Sequence[Mention], incidents: dict[Any, list[Mention]], text_link: TextLink | None = None,
           threshold: float = LINK_THRESHOLD) -> list[Assignment]:
    """Each mention of one new document: the incident it joins (best first, each incident used once
    by this document), or a new incident."""
    scored: list[tuple[float, int, Any, PairEvidence, str]] = []
    for i, m in enumerate(new):
        for inc, members in incidents.items():
            best = fit(m, members, text_link, threshold)
            if best is not None and best[0].score >= threshold:
                # agreement of several sources is worth a little more than one
                bonus = 0.1 * min(5, len(members) - 1)
                scored.append((best[0].score + bonus, i, inc, best[0], best[1]))
    scored.sort(key=lambda x: (-x[0], x[1], str(x[2])))
    fits: dict[int, list[Any]] = {}
    for _, i, inc, _, _ in scored:
        fits.setdefault(i, []).append(inc)
    out: list[Assignment] = [Assignment(None) for _ in new]
    used_m: set[int] = set()
    used_i: set[Any] = set()
    for s, i, inc, ev, via in scored:
        if i in used_m or inc in used_i:
            continue
        used_m.add(i)
        used_i.add(inc)
        out[i] = Assignment(inc, round(s, 3), ev.reasons, via)
    for i, a in enumerate(out):
        if a.incident is not None:
            others = tuple(x for x in fits.get(i, []) if x != a.incident and x not in used_i)
            out[i] = replace(a, also=others)
    return out


def mergeable(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """Whether two incidents may become one: no document in both, and conflicts between their
    members no more than one incident of their joint size tolerates."""
    if {m.doc_id for m in a} & {m.doc_id for m in b}:
        return False
    kinds = [compare(x, y) for x in a for y in b]
    conflicts = [k for k in kinds if isinstance(k, str)]
    if any(k not in SOFT_CONFLICTS for k in conflicts):
        return False
    return len(conflicts) <= tolerated_conflicts(len(a) + len(b)) * min(len(a), len(b))


def text_linked(a_spans: Sequence[tuple[int, int]], b_spans: Sequence[tuple[int, int]],
                passages: Iterable[tuple[int, int, int, int]]) -> tuple[bool, bool]:
    """(*text_link*, *shared_text*) for two mentions given the passages their documents share,
    each ``(a_start, a_end, b_start, b_end)`` oriented a → b. Evidence of *a* inside a passage is
    mapped proportionally into the other side and must land within TEXT_WINDOW of *b*'s evidence."""
    shared = False
    for ps, pe, qs, qe in passages:
        shared = True
        for s, e in a_spans:
            if e <= ps or s >= pe:
                continue
            mid = (max(s, ps) + min(e, pe)) / 2
            mapped = qs + (mid - ps) * (qe - qs) / max(1, pe - ps)
            for t, u in b_spans:
                if t - TEXT_WINDOW <= mapped <= u + TEXT_WINDOW and u > qs and t < qe:
                    return True, True
    return False, shared


# --- merging --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """One member of an incident: its record and its document."""

    mention_id: str
    record: dict
    doc_id: str
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    date_inferred: bool = False  # its dates were read against an inferred publication date
    aliases: tuple[str, ...] = ()


@dataclass
class Merged:
    record: dict
    sources: list[dict] = field(default_factory=list)
    disagreements: dict[str, list[dict]] = field(default_factory=dict)


_PRECISION_WEIGHT = {"day": 3.0, "week": 2.0, "month": 1.5, "year": 1.0}


def _source_order(s: Source) -> tuple:
    return (s.published is None, s.published or dt.date.max, s.doc_id)


def _exact_day(s: Source) -> bool:
    """The words of the source give the act's own day: a day's precision, a range of that one day,
    not inferred, not the publication day standing in."""
    r = s.record
    d = _date(r.get("event_date"))
    rng = r.get("date_range") or (None, None)
    return d is not None and (r.get("date_precision") or "day") == "day" and not s.date_inferred \
        and _date(rng[0]) in (None, d) and _date_stated(r, s.doc_id, d, s.published)


def merge(incident_id_: str, sources: Sequence[Source]) -> Merged:
    """The merged record of one incident (SCHEMA.md shape plus ``disagreements``), its sources with
    the values each gave, and the fields where they disagree. ``sources[0]`` is the founder."""
    founder = sources[0]
    ordered = sorted(sources, key=_source_order)
    rec: dict[str, Any] = {"schema": SCHEMA_ID, "id": incident_id_}
    doc_ids: list[str] = []
    for s in ordered:
        for d in (s.doc_id, *s.aliases):
            if d not in doc_ids:
                doc_ids.append(d)
    rec["doc_ids"] = doc_ids
    rec["outlets"] = list(dict.fromkeys(s.outlet for s in ordered if s.outlet))

    # date: the most supported value; exact day over week over month; text-dated over inferred or
    # over the publication day standing in; and the day of the act itself over a bound on it (the
    # day of a statement about it, whose range runs back before it): an outlet that names the act's
    # day knows what the others, dating it by the ministry's announcement, do not
    votes: Counter = Counter()
    by_value: dict[str, Source] = {}
    exact = [s for s in ordered if _exact_day(s)]
    for s in exact or ordered:
        r = s.record
        if r.get("event_date"):
            w = _PRECISION_WEIGHT.get(r.get("date_precision") or "day", 1.0) * (0.5 if s.date_inferred else 1.0)
            if not _date_stated(r, s.doc_id, _date(r["event_date"]), s.published):
                w *= 0.5  # the publication day standing in for a date no words give
            votes[r["event_date"]] += w
            by_value.setdefault(r["event_date"], s)
    if votes:
        top = max(votes.values())
        chosen = next(v for v in (s.record.get("event_date") for s in ordered) if v and votes[v] == top)
        src = by_value[chosen].record
        rec["event_date"], rec["date_precision"], rec["date_range"] = chosen, src.get("date_precision"), src.get("date_range")
    else:
        rec["event_date"], rec["date_precision"], rec["date_range"] = None, None, None
    rec["time_of_day"] = _vote([s.record.get("time_of_day") for s in ordered])

    # what: sub-event type by weighted vote, its event type with it
    sub_votes: Counter = Counter()
    for s in ordered:
        if s.record.get("sub_event_type"):
            sub_votes[(s.record.get("event_type"), s.record["sub_event_type"])] += 1.0 + float(s.record.get("confidence") or 0)
    if sub_votes:
        top = max(sub_votes.values())
        et = next(k for k in ((s.record.get("event_type"), s.record.get("sub_event_type")) for s in [founder, *ordered])
                  if sub_votes.get(k) == top)
    else:
        et = (founder.record.get("event_type"), founder.record.get("sub_event_type"))
    rec["event_type"], rec["sub_event_type"] = et
    rec["tags"] = sorted({t for s in ordered for t in s.record.get("tags") or []})

    for role in ("actor1", "actor2"):
        rec[role] = _vote_actor([s.record.get(role) for s in [founder, *ordered]])
    assoc: dict[str, dict] = {}
    for s in ordered:
        for a in s.record.get("assoc_actors") or []:
            assoc.setdefault(a.get("id"), a)
    rec["assoc_actors"] = list(assoc.values())
    rec["location"] = _best_location([s.record.get("location") for s in [founder, *ordered]])

    cas: dict[str, dict] = {}
    for kind in CASUALTY_KINDS:
        cas[kind] = _merge_count([(s.record.get("casualties") or {}).get(kind) for s in ordered])
    rec["casualties"] = cas

    best_src = max(ordered, key=lambda s: (float(s.record.get("confidence") or 0), s is founder))
    rec["notes"] = best_src.record.get("notes") or next((s.record.get("notes") for s in ordered if s.record.get("notes")), "")
    ev = []
    for s in ordered:
        for e in s.record.get("evidence") or []:
            ev.append({**e, "doc_id": e.get("doc_id") or s.doc_id})
    rec["evidence"] = ev
    p = 1.0
    for s in ordered:
        p *= 1.0 - min(0.99, float(s.record.get("confidence") or 0.5))
    rec["confidence"] = round(min(0.99, 1.0 - p), 3)

    per_source = []
    field_values: dict[str, list[dict]] = {}
    for s in ordered:
        vals = source_values(s.record)
        per_source.append({
            "doc_id": s.doc_id, "mention_id": s.mention_id, "outlet": s.outlet, "url": s.url,
            "published": s.published.isoformat() if s.published else None, "title": s.title,
            "date_inferred": s.date_inferred, "values": vals,
            "evidence": [e for e in s.record.get("evidence") or [] if e.get("doc_id") in (None, s.doc_id)],
        })
        for k, v in vals.items():
            if v is not None:
                field_values.setdefault(k, []).append({"doc_id": s.doc_id, "value": v})
    disagreements = {k: v for k, v in field_values.items() if len({_hashable(x["value"]) for x in v}) > 1}
    rec["disagreements"] = disagreements
    return Merged(rec, per_source, disagreements)


def source_values(r: dict) -> dict[str, Any]:
    """The values one source gives for the fields shown side by side."""
    loc = r.get("location") or {}
    cas = r.get("casualties") or {}
    return {
        "event_date": r.get("event_date"),
        "date_precision": r.get("date_precision"),
        "event_type": r.get("event_type"),
        "sub_event_type": r.get("sub_event_type"),
        "actor1": (r.get("actor1") or {}).get("id"),
        "actor2": (r.get("actor2") or {}).get("id"),
        "location": loc.get("name") or loc.get("name_ar"),
        "admin1": loc.get("admin1"),
        **{k: (cas.get(k) or {}).get("best") for k in CASUALTY_KINDS},
    }


def _hashable(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v


def _vote(values: Sequence[Any]) -> Any:
    c = Counter(v for v in values if v is not None)
    if not c:
        return None
    top = max(c.values())
    return next(v for v in values if v is not None and c[v] == top)


def _vote_actor(actors: Sequence[dict | None]) -> dict | None:
    """The actor most sources name; a named actor beats "unknown"; the founder breaks ties."""
    named = [a for a in actors if a and a.get("id") not in VAGUE_ACTORS]
    pool = named or [a for a in actors if a]
    if not pool:
        return None
    c = Counter(a.get("id") for a in pool)
    top = max(c.values())
    return next(a for a in pool if c[a.get("id")] == top)


def _best_location(locs: Sequence[dict | None]) -> dict | None:
    """The most precise location; among equals the one most sources give; the founder breaks ties."""
    pool = [loc for loc in locs if loc]
    if not pool:
        return None
    c = Counter(loc.get("gazetteer_id") or place_key(loc.get("name_ar")) for loc in pool)

    def rank(loc: dict) -> tuple:
        has_point = loc.get("latitude") is not None
        return (loc.get("geo_precision") or 9, not has_point, -c[loc.get("gazetteer_id") or place_key(loc.get("name_ar"))])

    return min(pool, key=rank)  # min is stable: the first (founder) wins ties


def _merge_count(counts: Sequence[dict | None]) -> dict[str, int | None]:
    """Every source's count of one kind → one low/best/high. Equal reports give that count; when
    they differ: low the smallest reported (low or best), high the largest (high or best), best the
    upper median of the reported bests (tolls rise as they are updated, the first reports count only
    the first dead: of two, the later, higher one; the median keeps one outlier from deciding)."""
    reported = [c for c in counts if c and any(c.get(k) is not None for k in ("low", "best", "high"))]
    if not reported:
        return {"low": None, "best": None, "high": None}
    uniq = {(c.get("low"), c.get("best"), c.get("high")) for c in reported}
    if len(uniq) == 1:
        lo, be, hi = next(iter(uniq))
        return {"low": lo, "best": be, "high": hi}
    bests = sorted(c["best"] for c in reported if c.get("best") is not None)
    lows = [c.get("low") if c.get("low") is not None else c.get("best") for c in reported]
    highs = [c.get("high") if c.get("high") is not None else c.get("best") for c in reported]
    lows = [x for x in lows if x is not None]
    highs = [x for x in highs if x is not None]
    return {"low": min(lows) if lows else None,
            "best": bests[len(bests) // 2] if bests else None,
            "high": max(highs) if highs else None}


def _date(v: Any) -> dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _num(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
