"""Mentions → incidents: which cue, date, place, actors and counts belong together.

A report often tells of several incidents — the new raid in its lead, older operations in
background paragraphs — so we anchor candidates on event cues, sentence by sentence, and give
each the date, place, actors and counts of its own sentence, falling back to what its paragraph
said last (Arabic reports state the date and place once and then run on for several sentences).
Candidates that report the same act (same place, compatible date, same kind) are merged; the
same perpetrator striking three named villages stays three incidents, as ACLED codes them.

`assemble()` runs the stages in order, one module each:

    _base.py       tuned thresholds, compiled patterns, the `_Candidate` being put together
    candidates.py  units (sentences cut at topic shifts), factual cues, one candidate per kind of act
    dates.py       the day of each candidate (its own, its paragraph's, the lead's, a statement's)
    places.py      places resolved in context, datelines, the place of each candidate
    actors.py      perpetrator and target, the kind of act refined by them
    counts.py      the figures of each candidate: lists and sides added up, casualties combined
    merging.py     candidates that tell of one act folded together
    output.py      which candidates are incidents, and the `Incident` records with their evidence
"""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from rasd.assemble._base import COARSE_PRECISION
from rasd.assemble.actors import _attach_actors, _no_home_forces_abroad
from rasd.assemble.candidates import _candidates, _similar_acts, _units, similar_act_spans
from rasd.assemble.counts import _attach_counts, goes_on_saying
from rasd.assemble.dates import _attach_dates, _dates_an_act
from rasd.assemble.merging import _deadly_operation, _merge
from rasd.assemble.output import (
    _give_lead_toll,
    _keep,
    _lead_countries,
    _placed_within,
    _to_incident,
    _told_at_its_place,
)
from rasd.assemble.places import _attach_places, _resolve_places, _seized_places, _state_sites
from rasd.model import Incident

if TYPE_CHECKING:
    from rasd.pipeline import Analysis

__all__ = ["assemble", "goes_on_saying", "similar_act_spans"]


def assemble(a: Analysis) -> list[Incident]:
    """The incidents of one analysed document, in text order."""
    sents = _units(a)
    if not sents:
        return []
    starts = [s.start for s in sents]

    def sent_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    by_sent: dict[str, dict[int, list]] = {k: {} for k in ("dates", "counts", "actors", "events", "places")}
    # (the unit's index inline, not through sent_of: a report has hundreds of mentions; the first unit
    # read as starting at -1 takes a mention before it, as sent_of gives it, with no max() per mention)
    bounds = [-1, *starts[1:]]
    for kind, table in by_sent.items():
        mentions = getattr(a, kind)
        if kind == "dates":
            mentions = [m for m in mentions if _dates_an_act(a, m)]
        for m in mentions:
            table.setdefault(bisect_right(bounds, m.start) - 1, []).append(m)

    similar = _similar_acts(a)
    for ev in similar:
        by_sent["events"].setdefault(sent_of(ev.start), []).append(ev)
    locations = _resolve_places(a, sents, [*a.events, *similar]) if a.events else {}
    cands = _candidates(a, sents, by_sent, locations)
    if not cands:
        return []
    _attach_dates(a, cands, sents, by_sent)
    _attach_places(a, cands, sents, locations)
    _seized_places(a, cands)
    _attach_actors(a, cands, sents, by_sent)
    _state_sites(a, cands)
    # (a place's lot named the perpetrator: no act of its own; nor is an act told only in a period,
    # "حملة عسكرية عنيفة منذ 18 شباط على الغوطة الشرقية، قصفا عنيفا": the campaign)
    cands = [c for c in cands if not c.lot and not c.in_period]
    _attach_counts(a, cands, sents, by_sent, locations)
    if a.headline_again:
        for c in cands:
            c.headline_only = any(s <= c.anchor.start < e for s, e in a.headline_again)
    cands = _merge(cands, a)
    cands = [c for c in cands if not c.headline_only]
    for c in cands:
        _deadly_operation(c)
        if c.date is None and c.death_day is not None:
            c.date = c.death_day  # no other report of the act told its day: the death's is the nearest
    lead_countries = _lead_countries(a, locations)
    kept = [_keep(c, a, lead_countries) for c in cands]
    kept = [k or (bool(c.own_place_parts) and _told_at_its_place(c, a, lead_countries)) for c, k in zip(cands, kept)]
    kept = _placed_within(cands, kept)
    a.referred = [(c.anchor.event_type, c.location.admin1) for c, k in zip(cands, kept)
                  if not k and c.date is not None and c.date.precision in COARSE_PRECISION and c.location is not None]
    _give_lead_toll(cands, kept, a)
    cands = [c for c, k in zip(cands, kept) if k]
    _no_home_forces_abroad(cands)
    return _told_once([_to_incident(c, a, i) for i, c in enumerate(cands)])


def _told_once(incidents: list[Incident]) -> list[Incident]:
    """The incidents, each record told once: one that says all another said before it, field for field
    (kind, day, place, sides, toll), is that act told again ("قتل 29 مدنيا في قصف روسي وسوري استهدف مدينة
    دوما" and "مقتل 29 مدنيا جراء غارات سورية وروسية استهدفت مدينة دوما", which merging keeps apart: one
    names the regime, the other Russia, and only the record gives both to Russia). The first is kept."""
    if len(incidents) < 2:
        return incidents
    seen: set[tuple] = set()
    out = []
    for inc in incidents:
        loc = inc.location
        key = (inc.event_date, inc.date_precision, inc.sub_event_type, inc.actor1 and inc.actor1.id,
               inc.actor2 and inc.actor2.id, loc and (loc.gazetteer_id, loc.name_ar, loc.latitude, loc.longitude),
               tuple(sorted((k, v.low, v.best, v.high) for k, v in inc.casualties.items())))
        if key not in seen:
            seen.add(key)
            out.append(inc)
    return out
