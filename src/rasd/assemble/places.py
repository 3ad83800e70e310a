"""The place of each candidate: place mentions resolved in context (a newsroom abroad in the dateline
is no place of an act), the most specific place of its unit, places listed together as incidents of
their own, else the town named again, its paragraph's place or the lead's."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from rasd.assemble._base import (
    _ANAPHOR_FEATURES,
    _BETWEEN,
    _DATELINE,
    _DATELINE_SHAPE,
    _DESTINATION,
    _DIRECTION_GAP,
    _DISTANCE_GAP,
    _ENUM_GAP,
    _ENUM_GAP_COMMA,
    _HOMETOWN_OF,
    _IN_GAP,
    _IN_PROVINCE,
    _LOCATES_NAMED_AGAIN,
    _MEETING,
    _NEAR_APPOSITION,
    _NEAR_GAP,
    _PLACE_ANAPHOR,
    _QUOTE_OPENS,
    _SEAT,
    _SITUATING,
    _SPEECH,
    _STATIONED_IN,
    _TREATED,
    DATELINE_LINES,
    DESTINATION_WINDOW,
    HEADLINE_CHARS,
    HOMETOWN_REACH,
    ISO_HOME,
    MIDDLING_CUE,
    POST_STAMP_REST,
    QUOTE_REACH,
    SPEAKER_REACH,
    STRONG_CUE,
    _Candidate,
    _clause_distance,
    _either,
    _response_clause,
)
from rasd.assemble.candidates import _link_headline
from rasd.geo.resolve import FACILITY_FEATURES, SETTLEMENT_WORDS
from rasd.lang.ar import context_words
from rasd.model import EventMention, Location, PlaceMention
from rasd.recognize.events import SEIZED, SEIZED_REACH
from rasd.text.normalize import fold, fold_slice
from rasd.text.segment import Sentence

if TYPE_CHECKING:
    from rasd.pipeline import Analysis


def _resolve_places(a: Analysis, sents, events: list[EventMention]) -> dict[int, Location]:
    """Location of each place mention that an incident may use (keyed by the mention's start),
    resolved with its context. Only the lead and the paragraphs holding an event cue can give an
    incident its place, so the others are not resolved at all (the resolver is the costly part)."""
    from rasd.geo.resolve import resolve_all

    starts = [s.start for s in sents]
    wanted = {0, 1} | {sents[_unit_at(starts, e.start)].paragraph for e in events}
    # (a place is in the unit starting last before it, if in any: the units are sorted and disjoint;
    # only the units holding a place are asked whether they are a link's headline)
    headline: dict[int, bool] = {}
    mentions = []
    for p in a.places:
        x = bisect_right(starts, p.start) - 1
        unit = sents[x if x > 0 else 0]  # noqa: FURB136 — max() inline (see _unit_at)
        if unit.paragraph not in wanted:
            continue
        if x >= 0 and unit.paragraph > 0 and p.start < unit.end:
            if x not in headline:
                headline[x] = _link_headline(a.doc.text, unit)
            if headline[x]:
                continue
        mentions.append(p)
    locs = resolve_all(mentions, a.nt, a.gazetteer, outlet=a.doc.outlet, sents=a.sentences)
    # "دبي، الإمارات العربية المتحدة (CNN) –": a newsroom abroad is where the report was filed; a
    # Syrian or Iraqi one ("إدلب – نورث برس") is the region the report covers, and stays. The dateline
    # is looked for only when a place abroad was found (its pattern is slow to fail on most texts).
    abroad = any(loc is not None and loc.iso3 not in ISO_HOME for loc in locs)
    d0, d1 = _dateline(a.doc.text) if abroad else (0, 0)
    locs = _obscure_namesakes_dropped(a, mentions, locs, starts, abroad)
    return {m.start: loc for m, loc in zip(mentions, locs)
            if loc is not None and not (d0 <= m.start < d1 and loc.iso3 not in ISO_HOME)}


def _obscure_namesakes_dropped(a: Analysis, mentions: list[PlaceMention], locs: list[Location | None],
                               starts: list[int], abroad: bool) -> list[Location | None]:
    """*locs* without the home places that are only namesakes of places abroad: a name that only a
    hamlet or a quarter at home bears (no town, city, region or landmark), told as a governorate's
    ("غارات على مواقع الحوثيين في محافظة أبين": Yemen's Abyan, not a village near Aleppo), or bare
    (no "قرية" before it) in a report whose lead names places abroad and none at home, or in a
    sentence that does. The gazetteer lacks most places abroad but their big cities."""
    lead_end = starts[LEAD_UNITS] if len(starts) > LEAD_UNITS else len(a.doc.text)
    far = _FAR_COUNTRY.search(a.nt.text, 0, a.nt.to_norm(lead_end)) is not None  # (the folded text)
    if not abroad and not far and not any(m.feature == "governorate" for m in mentions):
        return locs  # (most reports: no place abroad, no war elsewhere in the lead, no governorate named)
    sentence = [bisect_right(starts, m.start) - 1 for m in mentions]
    foreign: set[int] = set()
    home: dict[int, int] = {}
    lead_home = lead_foreign = False
    for m, si, loc in zip(mentions, sentence, locs):
        if loc is None:
            continue
        at_home = loc.iso3 in ISO_HOME
        if at_home:
            home[si] = home.get(si, 0) + 1
        else:
            foreign.add(si)
        if m.start < lead_end:
            lead_home, lead_foreign = lead_home or at_home, lead_foreign or not at_home
    lead_abroad = lead_foreign and not lead_home
    # a lead telling of a war elsewhere (context_words.FAR_COUNTRY_NAMES and _ADJECTIVES) and naming no
    # place at home but such obscure namesakes: a place at home named with no qualifier, alone at home in
    # its sentence, is a namesake there of one the gazetteer lacks, whatever word names it ("حي الروضة" in
    # a report on the Houthis, "بدوار الرُقبة" in one on Tunisia)
    far_away = far and not any(m.start < lead_end and loc is not None and loc.iso3 in ISO_HOME
                               and not _obscure_namesake(a, m, loc) for m, loc in zip(mentions, locs))
    out = list(locs)
    for k, (m, loc) in enumerate(zip(mentions, locs)):
        if loc is None or loc.iso3 not in ISO_HOME:
            continue
        si = sentence[k]
        if far_away and home[si] == 1 and _obscure_namesake(a, m, loc):
            out[k] = None
            continue
        if m.feature not in (None, "governorate"):
            continue
        # (every Syrian and Iraqi governorate is in the gazetteer: "محافظة أبين" is another country's)
        if not (m.feature == "governorate" or lead_abroad or (si in foreign and home[si] == 1)):
            continue  # (asked before the entry is looked up: most places at home are told at home)
        entry = a.gazetteer.get(loc.gazetteer_id) if loc.gazetteer_id else None
        if entry is not None and entry.feature not in _PROMINENT_FEATURES and not entry.population:
            out[k] = None
    return out


def _obscure_namesake(a: Analysis, m: PlaceMention, loc: Location) -> bool:
    """Whether *m*, placed at home at *loc*, has no qualifier (a facility's own town in its name is
    none) and lies at a hamlet, quarter or spot with no population, not a town or region."""
    if m.context is not None and not (m.outer is None and fold(m.context) in fold(m.name)):
        return False
    entry = a.gazetteer.get(loc.gazetteer_id) if loc.gazetteer_id else None
    return entry is not None and entry.feature not in _PROMINENT_FEATURES and not entry.population


LEAD_UNITS = 3  # the units that open a report: its lead
_FAR_COUNTRY = re.compile(r"(?<!\w)(?:[وبل]|لل)?(?:(?:" + "|".join(
    sorted({fold(w) for w in context_words.FAR_COUNTRY_NAMES}, key=len, reverse=True))
    + r")|ال(?:" + "|".join(sorted({fold(w) for w in context_words.FAR_COUNTRY_ADJECTIVES}, key=len, reverse=True))
    + r")(?:ه|ين|ون|ان)?)(?!\w)")
_PROMINENT_FEATURES = frozenset({"country", "admin1", "admin2", "admin3", "city", "town", "landmark"})


def _unit_at(starts: list[int], pos: int) -> int:
    """The index of the unit starting last at or before *pos*, or of the first unit (*starts* are the
    sorted units' starts). (A comparison, not max(): on Python 3.11 the builtin parses its arguments
    for keywords at each call, ten times the cost of the test; this is asked for every event.)"""
    x = bisect_right(starts, pos) - 1
    return x if x > 0 else 0  # noqa: FURB136 — max() inline


def _folded_before(text: str, pos: int, reach: int) -> str:
    """The folded window of *reach* characters of *text* before *pos* (shorter at the text's start):
    where the words before a place are looked for (see _unit_at on max())."""
    return fold_slice(text, pos - reach if pos > reach else 0, pos)


def _dateline(text: str) -> tuple[int, int]:
    """The dateline that opens a report ("دبي، الإمارات (CNN) –", "أربيل (كوردستان24)-"), on one of
    its first lines (a byline may come first); (0, 0) when there is none."""
    start = 0
    for _ in range(DATELINE_LINES):
        m = _DATELINE.match(text, start) if _DATELINE_SHAPE.match(text, start) else None
        if m is not None and len(m["head"].split()) <= (6 if m["agency"] else 3):
            return start, m.end()
        start = text.find("\n", start) + 1
        if start == 0:
            break
    return 0, 0


def _dateline_line(text: str) -> tuple[int, int]:
    """The dateline (:func:`_dateline`) with the rest of its line when that is a place's few words
    ("عين اليوم – بغداد": the outlet, then where it filed from)."""
    d0, d1 = _dateline(text)
    if d1:
        end = text.find("\n", d1)
        if end > 0 and len(text[d1:end].split()) <= DATELINE_PLACE_WORDS:
            return d0, end
    return d0, d1


DATELINE_PLACE_WORDS = 3  # words after a dateline's dash, up to the line's end, that name where it was filed


def _attach_places(a: Analysis, cands, sents, locations) -> None:
    text = a.doc.text
    # a place the wounded were taken to, a source's seat or a meeting abroad is no act's, nor one to inherit
    # (or what only tells where a town named again lies)
    places = [p for p in a.places if p.start in locations and not _brand(text, p)
              and not _not_the_acts(text, p, locations[p.start])]
    starts = [s.start for s in sents]
    para: dict[int, int] | None = None  # each place's paragraph, for the candidates that inherit one (few)
    told_before: set[int] | None = None  # the places of pluperfect clauses, likewise
    dateline: tuple[int, int] | None = None  # the report's dateline, for acts known only by reactions to them
    event_starts: list[int] | None = None  # where each of the report's cues starts, when asked
    # A sentence often tells of several acts: what it offers them is worked out once, its places
    # (without those the wounded were taken to) and, when it names none, the place it inherits.
    here_of = _by_unit(places, sents, starts)
    inherited_of: dict[tuple[int, int, bool], tuple[PlaceMention | None, bool]] = {}
    extra: list[_Candidate] = []
    answering = {c.sentence for c in cands if c.answered}  # sentences that tell of an act and its answer
    cuts: dict[int, tuple[int, int, bool] | None] = {}  # where each sentence tells of the act answered
    # sentences naming a city no entry resolves (every Syrian and Iraqi city has one: one abroad)
    lost_cities = {bisect_right(starts, p.start) - 1 for p in a.places if p.feature == "city" and p.start not in locations}
    for c in cands:
        here = here_of.get(c.sentence, [])
        answer_of = None  # the clause of the act *c* answers, whose places are not *c*'s to inherit either
        cut = cuts[c.sentence] if c.sentence in cuts else cuts.setdefault(
            c.sentence, _response_clause(a, sents[c.sentence]) if here else None)
        if here and cut is not None and (c.sentence in answering or cut[2]
                                         or (c.anchor.start < cut[0] and c.anchor.weight >= STRONG_CUE)):
            # "شنت الدول الثلاث ضربات ضد مواقع سورية ردا على هجوم كيميائي في دوما": the places after
            # the answer's word are the answered act's, those before it the answer's (and so when an act
            # told plainly before it has folded in a weak cue of its kind told after it, the act answered:
            # "أمطرت الفصائل بلدتي الفوعة وكفريا بالقذائف، ردا على تعرض بلدة الزبداني لهجوم"); a clause
            # opening the sentence ends at its comma ("ردا على مقتل جنديين في عفرين، قصفت المدفعية قرى
            # في ريف منبج"), and the answer told after it has the places after it
            told = c.answered or (cut[2] and cut[0] <= c.anchor.start < cut[1])  # (alone, the act answered)
            here = [p for p in here if (cut[0] < p.start < cut[1]) == told]
            answer_of = None if told else cut
        if here:
            if here[-1].start > c.anchor.end:  # (a place after the cue: what other act may it be of?)
                if event_starts is None:
                    event_starts = [e.start for e in a.events]
                here = _before_another_act(text, c, here, a.events, event_starts) or here
            best = _best_place(text, here, c.anchor, locations)
            again = _place_anaphor(text, sents[c.sentence], places, locations, c.anchor) \
                if locations[best.start].geo_precision != 1 else _named_again_by_the_act(text, c, best, places, locations)
            if again is not None:
                # "شنت مقاتلات 6 غارات على البلدة تسببت بانفجارات سمع صداها في عموم ريفي إدلب وحلب":
                # the town named again is the act's, not the countryside its sentence goes on to
                c.place, c.location = again, locations[again.start]
                continue
            c.place, c.location = best, locations[best.start]
            for p in _enumeration(a, here, best, locations):
                extra.append(replace(c, cues=list(c.cues), counts=list(c.counts), place=p,
                                     location=locations[p.start]))
            continue
        if c.sentence in lost_cities:
            continue  # "الهجوم، الذي وقع في مدينة الأحواز": a city abroad the gazetteer lacks; not the place before
        got = inherited_of.get((c.sentence, c.paragraph, answer_of is None))
        if got is None:
            if para is None:
                para = {p.start: _para_of(sents, starts, p.start) for p in places}
            # ("وجاءت هذه الضربات ردا على هجوم كيميائي في مدينة دوما": the strikes were not at دوما)
            pool = places if answer_of is None else [p for p in places if not answer_of[0] < p.start < answer_of[1]]
            # (nor a place of what had happened before, told in a clause of its own: see _pluperfect)
            if told_before is None:
                told_before = {p.start for p in places if _pluperfect(text, p.start)}
            pool = [p for p in pool if p.start not in told_before] or pool
            got = inherited_of[c.sentence, c.paragraph, answer_of is None] = \
                _headline_rest(text, c, sents, pool, locations) or \
                _place_from_before(text, c, sents, pool, locations, para)
        place, inherited = got
        if place is not None and c.known and inherited:
            if dateline is None:
                dateline = _dateline_line(text)
            if dateline[0] <= place.start < dateline[1]:
                # "بغداد – ندد رئيس البرلمان بالتفجير الذي استهدف مسجدا في منطقة عسير": an act told only
                # as what others reacted to is not where the reaction was filed from
                continue
        if place is not None:
            c.place, c.location = place, locations[place.start]
            if inherited:
                c.place_inherited = True
    cands.extend(extra)
    cands.sort(key=lambda c: (c.anchor.start, c.place.start if c.place else 0))


def _before_another_act(text: str, c: _Candidate, here: list[PlaceMention], events,
                        event_starts: list[int]) -> list[PlaceMention]:
    """The places of *here* not told after an act of another type (ACLED's event type), named by a cue
    of its own (not a bare "استهدف") in a clause after *c*'s ("غداة مقتل 9 مدنيين في غارة استهدفت مخيما
    في ريف إدلب، ومقتل 62 عنصرا ... من جراء هجوم لتنظيم داعش مكنه من السيطرة على حي القدم": the quarter
    taken is no place of the air strike). *event_starts*: where each of *events* starts."""
    end, last = c.anchor.end, here[-1].start
    kind, own = c.anchor.event_type, {e.start for e in c.cues}
    for k in range(bisect_right(event_starts, end), bisect_left(event_starts, last)):
        o = events[k]
        if o.event_type != kind and o.weight >= MIDDLING_CUE and o.start not in own and "،" in text[end:o.start]:
            return [p for p in here if p.start < o.start]
    return here


def _by_unit(places: list[PlaceMention], sents, starts: list[int]) -> dict[int, list[PlaceMention]]:
    """The places of each unit (by index), in the order of *places*: a place is in the unit starting
    last before it, if it starts before that unit's end (the units are sorted and disjoint)."""
    out: dict[int, list[PlaceMention]] = {}
    for p in places:
        x = bisect_right(starts, p.start) - 1
        if x >= 0 and p.start < sents[x].end:
            out.setdefault(x, []).append(p)
    return out


# The state forces of the home countries, and the name of the country their sites lie in.
STATE_HOMES = {"regime": "سوريا", "iraq": "العراق"}
_STATE_SITE = re.compile("(?:" + "|".join(sorted({fold(w) for w in context_words.STATE_SITES}, key=len, reverse=True))
                         + r")(?!\w)")


def _seized_places(a: Analysis, cands) -> None:
    """A verb of seizing whose object, right after its "على", is the candidate's own place ("كما استولت
    القوات الحكومية السورية على كفر بطنا وسقبا"): ground taken, not goods. (The recognizer, which knows no
    places, tells it so only by a place word after the verb: "استولى التنظيم على مدينة الرمادي".)"""
    text = a.doc.text
    for c in cands:
        if SEIZED not in c.anchor.tags or c.place is None or c.place_inherited \
                or not 0 <= c.place.start - c.anchor.end <= SEIZED_REACH:
            continue
        if fold_slice(text, c.anchor.end, c.place.start).split()[-1:] == [_ON]:
            c.anchor = replace(c.anchor, event_type="Battles", sub_event_type="Non-state actor overtakes territory")


_ON = fold("على")


def _state_sites(a: Analysis, cands) -> None:
    """An act whose sentence names no place, on sites of a home state's forces ("شنت الولايات المتحدة
    وبريطانيا وفرنسا ضربات ضد مواقع سورية"، "ضد مواقع تابعة لنظام الأسد"), took place in that state's
    country: the country is its place, not one borrowed from the lead (which may tell of another act).
    Run once the targets are known."""
    for c in cands:
        t = c.actor2
        if (c.place is not None and not c.place_inherited) or t is None or t.actor_id not in STATE_HOMES:
            continue
        if _STATE_SITE.match(fold_slice(a.doc.text, t.start, t.end)) is None:
            continue
        loc = _country(a.gazetteer, STATE_HOMES[t.actor_id])
        if loc is not None:
            name = a.doc.text[t.start:t.end]
            c.place = PlaceMention(t.start, t.end, name, t.start, t.end, feature="country")
            c.location, c.place_inherited, c.on_state_sites = replace(loc, mention=name), False, True


def _country(gazetteer, name: str) -> Location | None:
    """The location of the country *name* (a home country: the gazetteer has it)."""
    from rasd.geo.resolve import resolve

    return resolve(PlaceMention(0, len(name), name, 0, len(name), feature="country"), gazetteer)


def _headline_rest(text: str, c, sents, places, locations) -> tuple[PlaceMention, bool] | None:
    """"برصاص القوات التركية.. إصابة 4 أشخاص في الدرباسية": a headline's parts joined by ".." are
    one story, cut into sentences by the dots; an act of the first part with no place takes the
    place the rest of the headline names, as its own."""
    sent = sents[c.sentence]
    said = text[sent.start:sent.end]
    if not said.endswith("..") or said.endswith("...") or c.sentence + 1 >= len(sents):
        return None
    rest = sents[c.sentence + 1]
    if rest.paragraph != sent.paragraph or rest.end - sent.start > HEADLINE_CHARS:
        return None
    there = [p for p in places if rest.start <= p.start < rest.end]
    return (_best_place(text, there, c.anchor, locations), False) if there else None


def _place_from_before(text: str, c, sents, places, locations, para) -> tuple[PlaceMention | None, bool]:
    """The place of a candidate whose sentence names none, and whether it is inherited: the town named
    again ("في المدينة"), else its paragraph's place or the lead's (the same for every candidate of a
    sentence)."""
    named_again = _place_anaphor(text, sents[c.sentence], places, locations)
    if named_again is not None:
        return named_again, False
    prev = _paragraph_place(c, sents, places, locations, para)
    if prev is None:
        prev = _lead_place(places, locations, para)
    if prev is None or locations[prev.start].geo_precision == 3:
        # a lead about a whole country: the paragraph before tells where the story is
        prev = _previous_paragraph_place(c, sents, places, locations, para) or prev
    return prev, True


def _not_the_acts(text: str, p: PlaceMention, loc: Location) -> bool:
    """Whether *p* is where the wounded were taken or a source has its seat (:func:`_destination`),
    where a meeting abroad is held (:func:`_meeting_abroad`) or only where a town named again lies
    (:func:`_locates_named_again`). Their words are looked for first in one window before the place
    that holds the windows of all three: before most places there is none of them."""
    if not _NOT_THE_ACTS.search(_folded_before(text, p.start, NOT_THE_ACTS_WINDOW)):
        return False
    return _destination(text, p) or _meeting_abroad(text, p, loc) or _locates_named_again(text, p)


def _destination(text: str, p: PlaceMention) -> bool:
    """"تم نقلهم إلى محافظة بغداد", "نقلوا إلى مستشفى في دهوك": a place the wounded were taken to
    (or are treated in: "ويتلقى العلاج في مستشفى أفرين في الشهباء"),
    or people fled to; "ومقره لندن", "يتخذ من لندن مقرا له": where a source has its seat."""
    before = _folded_before(text, p.start, DESTINATION_WINDOW)
    return bool(_MOVED_OR_SEATED.search(before) and (_DESTINATION.search(before) or _SEAT.search(before)
                                                     or _TREATED.search(before)))


_MOVED_OR_SEATED = _either(_DESTINATION, _SEAT, _TREATED)  # (one guard for all: most windows hold none's words)


def _locates_named_again(text: str, p: PlaceMention) -> bool:
    """"بعد ليلة من القصف العنيف على المدينة الواقعة قرب دمشق", "عدا عن قربها من دمشق": a place that only
    tells where a town named again lies (context_words.TOWNS_NAMED_AGAIN): the act is that town's, not
    the capital's beside it."""
    return _LOCATES_NAMED_AGAIN.search(_folded_before(text, p.start, LOCATES_WINDOW)) is not None


LOCATES_WINDOW = 50  # characters before a place where the town named again and the words of lying stand
# (each of the three tests reads a window that ends where the place starts: the longest holds the others)
NOT_THE_ACTS_WINDOW = max(DESTINATION_WINDOW, LOCATES_WINDOW)
_NOT_THE_ACTS = _either(_DESTINATION, _SEAT, _TREATED, _MEETING, _LOCATES_NAMED_AGAIN)


def _meeting_abroad(text: str, p: PlaceMention, loc: Location) -> bool:
    """"قبل ساعات من قمة حاسمة في طهران", "عشية مؤتمر سوتشي": where a meeting abroad is held (talks at home,
    "انهيار المفاوضات في درعا", are held where the war is)."""
    return loc.iso3 not in ISO_HOME and \
        _MEETING.search(_folded_before(text, p.start, DESTINATION_WINDOW)) is not None


def _place_anaphor(text: str, sent: Sentence, places, locations, cue: EventMention | None = None) -> PlaceMention | None:
    """"استهدفت المشفى الرئيسي في المدينة", "اشتباكات عند أطراف المدينة": the town named last
    before the sentence is the place of its act (a town or village, never a province), when the words
    naming it again stand near the act's *cue* (within ANAPHOR_REACH: a long sentence may tell of
    another town in another clause, "يحتجز نحو 100 ألف نسمة في المدينة ... وقال الشيخ إن التنظيم أعدم";
    anywhere in the sentence with no cue given)."""
    lo, hi = (sent.start, sent.end) if cue is None else \
        (max(sent.start, cue.start - ANAPHOR_REACH), min(sent.end, cue.end + ANAPHOR_REACH))
    return _town_named_again(_PLACE_ANAPHOR.search(fold_slice(text, lo, hi)), sent.start, places, locations)


ANAPHOR_REACH = 100  # characters on either side of an act's cue where the words naming a town again may stand


def _town_named_again(m, before: int, places, locations) -> PlaceMention | None:
    """The town or village named last before offset *before* that the place word *m* matched
    ("القرية") may name again."""
    if m is None:
        return None
    features = _ANAPHOR_FEATURES[m["word"]]
    named = [p for p in places if p.start < before and locations[p.start].geo_precision == 1
             and locations[p.start].iso3 is not None and (p.feature is None or p.feature in features)]
    return named[-1] if named else None


ANAPHOR_AFTER_CUE = 30  # characters after an act's cue within which the words naming again the town it hit start


def _named_again_by_the_act(text: str, c, best: PlaceMention, places, locations) -> PlaceMention | None:
    """"القصف الذي طال القرية تسبب بمقتل شخص، منوها إلى أن بلدة كفرنبل تعرضت لقصف مماثل": the
    town named again right after the act's cue, before the place its sentence goes on to, is the act's
    (the one named last before the cue: :func:`_town_named_again`)."""
    if best.start < c.anchor.end:
        return None
    m = _PLACE_ANAPHOR.search(fold_slice(text, c.anchor.end, best.start))
    if m is None or m.start() > ANAPHOR_AFTER_CUE:
        return None  # (one starting in reach, however long: "قنابل بها مواد كيميائية سامة على البلدة")
    return _town_named_again(m, c.anchor.start, places, locations)


def _specificity(loc: Location) -> int:
    return _SPECIFICITY.get(loc.geo_precision or 3, 2) + (loc.iso3 not in ISO_HOME)


_SPECIFICITY = {1: 0, 2: 1, 3: 2}  # geo_precision -> rank, most specific first


def _best_place(text: str, here: list[PlaceMention], ev: EventMention, locations) -> PlaceMention:
    # most specific first, then the one after the cue ("غارة على بلدة X"), then the nearest in its clause;
    # a place that only situates the one before it ("خان شيخون، جنوبي إدلب") does not compete, and the
    # outskirts of a town ("ضواحي مدينة خان شيخون") or a facility in it are as good as the town
    if len(here) == 1:
        return here[0]  # (every step below keeps one place at least: a lone place is the best)
    own = [p for i, p in enumerate(here) if not (i and _situates(text, here[i - 1], p, locations))] or here
    # a place in the words naming the speaker of a quote that tells of the act is the speaker's
    # ("وقال فلان، مسؤول الحزب في الموصل، لـ«الشرق الأوسط»: «فجر أحد مسلحي داعش نفسه في قضاء بعاج»")
    own = [p for p in own if not (p.end <= ev.start and _speakers_place(text, p))] or own
    # a post's labels after its last stop ("... بريف إدلب الغربي.#نورث_برس #إدلب") tag the story, they
    # tell no place of its act
    own = [p for p in own if not _post_label(text, p)] or own
    # the name of the page a saved post went out on, glued to the post's stamp ("المجلس العسكري لمدينة
    # منبج وريفهاDecember 5, 2024 · Shared with Public#تحديث ..."), tells who posted: a place the post
    # names comes first
    own = [p for p in own if not _page_name(text, p)] or own
    # a victim's home ("مقتل شخصين أحدهما من بلدة بزاعة") gives way to a town or village its sentence
    # names besides (not to a province: "أعدم داعش 50 من أهالي الفلوجة، بحسب مسؤول في محافظة الأنبار")
    # (or a spot beside a town: "شرقي بلدة خان أرنبة ... والمقيم في درعا")
    # (or where the forces that fired are stationed: "القصف المدفعي من قبل قوات الاسد المتمركزة في بلدة
    # الشيخ علي ساحة باب الهوى في مدينة سرمدا")
    homes = [p for p in own if _HOMETOWN_OF.search(before := _folded_before(text, p.start, HOMETOWN_REACH))
             or _STATIONED_IN.search(before)]
    if homes and any(p not in homes and (locations[p.start].geo_precision == 1 or _beside_a_town(p, locations[p.start]))
                     for p in own):
        own = [p for p in own if p not in homes]
    # the places of what the act went on amid, told after it ("برصاص عناصر ميليشيا بدر، وذلك خلال تظاهرات
    # اجتاحت محافظات في جنوب البلاد، وفي العاصمة بغداد"), give way to its own
    if _AMID_WORD in text[ev.end:own[-1].start]:  # (a plain search first: most sentences have none)
        own = [p for p in own if not (p.start >= ev.end and _AMID.search(fold_slice(text, ev.end, p.start)))] or own
    # (a hashtag, "في #الحسكة", tags the story's area: a place as specific named plainly comes first)
    return min(own, key=lambda p: (_specificity(locations[p.start]) - _as_good_as_its_town(p, locations[p.start]),
                                   "#" in text[p.start - 1 if p.start else 0:p.start + 1], p.start < ev.start,
                                   _clause_distance(text, p, ev)))


# "وذلك" opening what the act went on amid ("وذلك خلال تظاهرات ...", "وذلك في ظل حملة ...")
_AMID_WORD = "ذلك"  # (as written: folding leaves it as it is)
_AMID = re.compile(r"(?<!\w)" + fold("وذلك") + r"\s+(?:" + "|".join(fold(w) for w in context_words.AMID) + r")(?!\w)")


def _beside_a_town(p: PlaceMention, loc: Location) -> bool:
    """*p* is a spot told by its side of a town ("شرقي بلدة خان أرنبة"), placed near it (precision 2),
    not a countryside or a province."""
    return loc.geo_precision == 2 and p.direction is not None and p.feature != "countryside" and not p.context


def _brand(text: str, p: PlaceMention) -> bool:
    """Whether *p* begins the name of a page or an outlet, a Latin word right after it ("القنيطرة
    online - اعتداء إسرائيلي شرقي خان أرنبة", "Idlib Post"): no place of an act."""
    return _LATIN_AFTER.match(text, p.end) is not None


# a Latin word right after it, not part of a web address ("بريف الرقة ypj-office.com")
_LATIN_AFTER = re.compile(r"[ \t]+[A-Za-z]{2,}(?![A-Za-z0-9]*[./_-][A-Za-z0-9])")


def _page_name(text: str, p: PlaceMention) -> bool:
    """Whether *p* is in the name of the page a saved post went out on (:func:`_page_name_span`)."""
    span = _page_name_span(text)
    return span is not None and span[0] <= p.start and p.end <= span[1]


@functools.lru_cache(maxsize=8)
def _page_name_span(text: str) -> tuple[int, int] | None:
    """Where a saved Facebook post's page names itself, glued to the post's stamp at its line's start
    ("المجلس العسكري لمدينة منبج وريفهاDecember 5, 2024 · Shared with Public"), within PAGE_HEADER_CHARS
    of the top (the lines over it are blanked: `pipeline.post_header_blanked`)."""
    head = text[:PAGE_HEADER_CHARS]
    if "·" not in head:
        return None
    m = _PAGE_STAMP.search(head)
    if m is None:
        return None
    return head.rfind("\n", 0, m.start()) + 1, m.start()


# a saved Facebook post's stamp, its page's name glued before it: "وريفهاDecember 5, 2024 · Shared with Public"
_PAGE_STAMP = re.compile(r"[A-Z][a-z]+ \d{1,2}, \d{4}" + POST_STAMP_REST)
PAGE_HEADER_CHARS = 600  # a post's stamp this near the top closes the page's header


def _post_label(text: str, p: PlaceMention) -> bool:
    """Whether *p* is a hashtag among the labels that follow a post's last stop ("...الغربي.#نورث_برس
    #إدلب"): only hashtags between it and the stop."""
    tag = p.start + 1 if text[p.start:p.start + 1] == "#" else p.start
    return tag > 0 and text[tag - 1] == "#" and \
        _LABELS_BEFORE.search(text, max(0, tag - LABELS_REACH), tag) is not None


_LABELS_BEFORE = re.compile(r"[.!?؟][ \t]*(?:#\S+[ \t]*)*#$")
LABELS_REACH = 120  # characters of labels between a post's last stop and a place's hashtag


def _speakers_place(text: str, p: PlaceMention) -> bool:
    """Whether *p* stands in the words that name the speaker of a quote: after a verb of saying and
    before the colon and quote mark that open what was said."""
    end = p.end + QUOTE_REACH
    after = fold_slice(text, p.end, end if end < len(text) else len(text))  # noqa: FURB136 — min() inline (see _unit_at)
    return bool(_QUOTE_OPENS.match(after)) and \
        _SPEECH.search(_folded_before(text, p.start, SPEAKER_REACH)) is not None


def _as_good_as_its_town(p: PlaceMention, loc: Location) -> bool:
    """The outskirts of a town, or a facility in it the gazetteer lacks ("مطار البصرة الدولي"), or a
    village the gazetteer lacks, placed at a place named with it (:func:`_unlisted_settlement`)."""
    return p.feature == "outskirts" or _unlisted_facility(p, loc) or _unlisted_settlement(p, loc)


def _unlisted_settlement(p: PlaceMention | None, loc: Location | None) -> bool:
    """A village or town the gazetteer lacks, told by its place word in the singular, placed at or near
    a place named with it: "وأفاد مراسل عنب بلدي في الحسكة أن قوة من التحالف نفذت عملية إنزال جوي
    استهدفت خلالها قرية صلهام" tells of the village, not of the town the reporter is in. Not "قرى
    تسكنها أغلبية شيعية" nor "بلدات موالية للنظام", which name none."""
    return p is not None and loc is not None and p.feature in SETTLEMENT_WORDS and loc.geo_precision == 2 \
        and not p.direction and "unresolved" in (loc.why or {}) and loc.mention is not None \
        and _ONE_SETTLEMENT.search(fold(loc.mention[:max(0, p.name_start - p.start)])) is not None


_ONE_SETTLEMENT = re.compile(fold(r"(?:^|[\s#])[وبل]?(?:ال)?(?:قرية|بلدة)[\s#\"“”«»(]*$"))


def _unlisted_facility(p: PlaceMention | None, loc: Location | None) -> bool:
    """A facility the gazetteer lacks, placed at the town it is in."""
    return p is not None and p.feature in FACILITY_FEATURES and loc is not None and "unresolved" in (loc.why or {})


_OF_GAP = re.compile(r"^\s*ل$")  # "الغوطة الشرقية لدمشق": the Ghouta of Damascus


def _situates(text: str, prev: PlaceMention, p: PlaceMention, locations) -> bool:
    """*p* follows *prev* and tells where *prev* is: after a comma with a direction or a countryside
    word ("مدينة خان شيخون، جنوبي إدلب", "قرية الكبر بريف دير الزور"), or right after it with "بـ" /
    "في" and in the same province ("شمال سرمدا بإدلب", "بلدة كفرنبل في إدلب")."""
    gap = text[prev.end:p.start]
    folded_gap = fold_slice(text, prev.end, p.start)
    if (_ENUM_GAP_COMMA.match(gap) or _IN_GAP.match(folded_gap)) and _SITUATING.match(fold_slice(text, p.start, p.name_start)):
        return True  # "شرقي مدينة جرابلس بريف حلب الشرقي": the countryside the place lies in
    if _DIRECTION_GAP.match(folded_gap):
        return True  # "في محافظة صلاح الدين شمالي العاصمة بغداد": the town it lies north of
    if prev.feature is not None and _NEAR_APPOSITION.match(folded_gap) and \
            (locations[p.start].geo_precision or 3) >= (locations[prev.start].geo_precision or 3):
        return True  # "مدينة دوما، آخر معقل للمعارضة قرب دمشق": the capital only tells where the town is
    if _DISTANCE_GAP.match(folded_gap) or _NEAR_GAP.match(folded_gap) or _OF_GAP.match(folded_gap):
        # "مخارج سامراء، على بعد نحو مئة كيلومتر من بغداد", "الغوطة القريبة من دمشق", "الغوطة الشرقية لدمشق"
        return True
    return bool(_IN_PROVINCE.match(folded_gap + fold_slice(text, p.start, p.name_start))) and \
        locations[p.start].admin1 is not None and locations[p.start].admin1 == locations[prev.start].admin1


def _enumeration(a: Analysis, here, best, locations) -> list[PlaceMention]:
    """Places listed with *best* ("بلدات A وB وC"), each of its own rank: three incidents."""
    text = a.doc.text
    rank = locations[best.start].geo_precision
    if rank != 1:
        return []  # "محافظتي الرقة ودير الزور" is one area, not two incidents
    if len(here) == 1:
        return []  # (nothing listed with it)
    seq = sorted(here, key=lambda p: p.start)
    i = seq.index(best)
    out = []
    for direction in (1, -1):
        j, prev = i + direction, best
        while 0 <= j < len(seq):
            p = seq[j]
            left, right = (prev, p) if direction == 1 else (p, prev)
            gap = fold_slice(text, left.end, right.start)
            if not _ENUM_GAP.match(gap) or (not gap.strip(_BARE_GAP) and right.name_start == right.start):
                # (a name right after another, only a space between, is its owner: "بغوطة دمشق", the
                # Ghouta of Damascus; not one with its place word: "في حلب منطقة #الباب")
                break
            if locations[p.start].geo_precision != rank or (p.context and best.context and p.context != best.context):
                break
            out.append(p)
            prev, j = p, j + direction
    first = min([best, *out], key=lambda p: p.start)
    if _BETWEEN.search(_folded_before(text, first.start, 20)):
        return []  # "بين قريتي الكبر والجزرة" is one place between two villages
    return out


_BARE_GAP = " \t\"“”«»"  # a gap of these only is no list's: no comma, no "و", no place word


def _paragraph_place(c, sents, places, locations, para) -> PlaceMention | None:
    best = None
    for p in places:
        si_start = sents[c.sentence].start
        if p.start >= si_start:
            break
        if para[p.start] == c.paragraph and \
                (best is None or _specificity(locations[p.start]) <= _specificity(locations[best.start])):
            best = p
    return best


def _previous_paragraph_place(c, sents, places, locations, para) -> PlaceMention | None:
    """The most specific place of the paragraph just before the candidate's ("وأدى القصف إلى ..."
    goes on about the place the paragraph before it named)."""
    before = [p for p in places if p.start < sents[c.sentence].start and para[p.start] == c.paragraph - 1]
    return min(before, key=lambda p: (_specificity(locations[p.start]), -p.start), default=None)


def _para_of(sents, starts: list[int], pos: int) -> int:
    """The paragraph of the first unit holding *pos* or ending right before it, -1 if none. The units
    are sorted and disjoint (*starts* are theirs): the one starting last before *pos*, or one ending
    right at *pos* before it."""
    x = bisect_right(starts, pos) - 1
    while x > 0 and pos <= sents[x - 1].end:
        x -= 1
    return sents[x].paragraph if x >= 0 and pos <= sents[x].end else -1


def _lead_place(places, locations, para) -> PlaceMention | None:
    """The most specific place of the report's first two paragraphs (title included)."""
    lead = [p for p in places if para[p.start] in (0, 1)]
    if not lead:
        return None
    return min(lead, key=lambda p: (_specificity(locations[p.start]), p.start))


def _pluperfect(text: str, pos: int) -> bool:
    """Whether *pos* lies in a clause, opened after a comma, that tells what had happened before
    ("اندلعت اشتباكات في محافظة دير الزور، وكانت قوات سوريا الديمقراطية قد سيطرت على المنطقة ضمن حملة
    أخرجت التنظيم من معقلهم في الرقة": Raqqa is no place of the clashes)."""
    lo = max(0, pos - PLUPERFECT_REACH)
    if _PLUPERFECT_WORD not in text[lo:pos]:  # (a plain search first: most places have none before them)
        return False
    return _PLUPERFECT.search(fold_slice(text, lo, pos)) is not None


_PLUPERFECT_WORD = "قد"
# a comma, "وكان / وكانت / وكانوا", a few words (its subject), "قد", then no stop up to the place
_PLUPERFECT = re.compile(r"[،,]\s*و(?:كان|كانت|كانوا)\s+(?:[^\s.!?؟\n]+\s+){0,5}?قد\s[^.!?؟\n]*$")
PLUPERFECT_REACH = 250  # characters before a place where the opener of its pluperfect clause may stand
