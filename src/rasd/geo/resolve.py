"""From a place mention to a Location: pick the gazetteer entry the article means, and say why.

``resolve(mention, gazetteer, context)`` ranks the entries whose name matches the mention by:

- the name: an exact key (aliases included) beats the consonant skeleton (:func:`loose_key`),
  which is tried only when nothing matches exactly and must be backed by the context;
- the place word: "قرية/بلدة/مدينة X" wants a town or village, "ناحية X" a sub-district,
  "محافظة X" a governorate, "حي X" a neighbourhood;
- the qualifier named with it ("X بريف دير الزور الشرقي": same governorate, close to it; in a city's
  countryside, no quarter of the city);
- the other places named in the same sentence, paragraph and document (same governorate,
  distance to their points; a village or town with no qualifier lies on the side of a town whose
  countryside its sentence or paragraph names with a side, "الريف الغربي لمنبج") and the outlet's
  usual area (``ResolveContext.region``);
- Syria and Iraq before the rest of the world, then population and how many sources list it.

A village (or neighbourhood, landmark, camp) namesake far from every other Syrian or Iraqi place of
its sentence and paragraph is not the one meant: not as the place, nor as the qualifier of another
("في ناحية شيراوا بريف عفرين"), nor as the host an unknown place word phrase is placed at. Named
alone, with nothing around to back it, a village is more likely a common word and is dropped; a
named region of ``regions.tsv`` is not ("قصف على الغوطة الشرقية", "في الجولان"), and outranks a
hamlet of its name. In a report whose every other place is abroad, a town among them, a village or
small town elsewhere that the mention's place word does not name is not meant ("حي الأوبرا" in a
report on Paris is no Iraqi village).

The result's precision follows ../shared/SCHEMA.md: 1 the named place itself; 2 near it ("ريف X
الغربي", "على بعد 5 كلم غرب X", "شرقي X", "بادية X", a facility placed at its town, an admin district,
an unknown village placed in its countryside); 3 a governorate or a country.

``Location.why`` records the mention, the chosen entry and its source, the candidates with their
scores, the runner-up and the clue that decided.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rasd.geo.gazetteer import (
    ADMIN,
    POPULATED,
    Gazetteer,
    Place,
    arabic_key,
    default_gazetteer,
    km,
    takes_name,
)
from rasd.lang.ar.context_words import REGION_SIDES
from rasd.model import Location, PlaceMention
from rasd.text.normalize import NormText, fold

# --- tuned weights (calibrated by hand on the seed and dev place phrases; see tests/test_places.py) -------

W_LOCAL = 3.0  # Syria or Iraq
W_FEATURE = {  # wanted feature -> candidate feature -> bonus
    "populated": {"city": 2.0, "town": 2.0, "village": 2.0, "admin3": 0.8, "admin2": 0.6, "neighbourhood": 0.4,
                  "landmark": 0.3, "camp": 0.3, "admin1": 0.5},
    "neighbourhood": {"neighbourhood": 3.0, "landmark": 1.0, "village": 0.5, "town": 0.3, "city": 0.3},
    "camp": {"camp": 3.0, "landmark": 1.0, "village": 0.5},
    "subdistrict": {"admin3": 3.0, "admin2": 1.5, "town": 1.0, "city": 1.0, "village": 0.5},
    "district": {"admin2": 3.0, "admin3": 1.0, "town": 1.0, "city": 1.0},
    "governorate": {"admin1": 9.0, "city": 1.0, "admin2": 0.5},
    "area": {"city": 2.0, "town": 2.0, "village": 2.0, "admin3": 1.0, "admin2": 1.0, "admin1": 1.0,
             "landmark": 1.0, "neighbourhood": 0.5, "region": 2.5},
    "facility": {"landmark": 3.0, "camp": 1.0},
    "bare": {"country": 2.5, "admin1": 1.8, "city": 2.2, "town": 1.6, "village": 1.0, "admin2": 0.8, "admin3": 0.6,
             "landmark": 0.5, "neighbourhood": 0.3, "camp": 0.3, "region": 2.2},
}  # ("region": a named region of regions.tsv, where the words name no other kind of place)
W_CONTEXT_ADMIN1 = 6.0  # the qualifier's governorate
W_CONTEXT_ADMIN2 = 2.0
W_CONTEXT_MISMATCH = -3.0
W_WRONG_SIDE = -3.0  # "X شمال Y" and the candidate lies south of Y (see DIRECTION_SECTOR)
# a Syrian place named by a word of district ("قضاء", "مديرية"): Syria's districts are "منطقة X", so
# "قضاء الكرمة" is Iraq's (or another country's), not a Syrian namesake
W_DISTRICT_WORD_IN_SYRIA = -3.0
# a village or town with no qualifier of its own, on the side of a town whose countryside its sentence or
# paragraph names with a side ("... والبوغاز، للقصف في الريف الغربي لمقاطعة منبج"), within SIDE_REACH_KM
W_COUNTRYSIDE_SIDE = 1.5
SIDE_REACH_KM = 60.0
DIRECTION_SECTOR = 67.5  # degrees (three eighths of a turn) either side of "X شمال Y"'s direction that X may lie at from Y
# a village or town this far off "X شرق مدينة Y"'s direction (on the other side of Y) is another X
OPPOSITE_SECTOR = 135.0
DIRECTION_SLACK_KM = 3.0  # a candidate this close to Y may lie on any side of it (points are rough)
W_NEAR = ((15.0, 3.0), (40.0, 2.0), (100.0, 0.8))  # (km, bonus) to the qualifier or a nearby place
W_PARAGRAPH_ADMIN1 = 2.5  # share of the other places' governorates, sentence > paragraph > document
W_REGION = 1.0
W_QUALIFIER_HOLDS = 4.0  # a qualifier's namesake in the governorate of one of the name's places ("X بـY")
W_DISCOURSE = 6.0  # the entry the same name took where the text qualified it
W_POPULATION = 0.35  # per order of magnitude, up to W_POPULATION_MAX
W_POPULATION_MAX = 2.1
W_SOURCES = 0.2  # per extra source, up to 3
W_LOOSE = -2.5
# A bare name written as a named region of regions.tsv writes it ("القصف التركي على الشهباء"), not a
# town whose name only its lookup key shares (شهبا of As-Sweida)
W_REGION_AS_WRITTEN = 2.5
LOOSE_NEEDS = 3.0  # a skeleton match needs this much context support
SENTENCE, PARAGRAPH, DOCUMENT = 3.0, 2.0, 1.0  # weights of the other places by how close they are named
# a degree of latitude is at least 111 km of great circle: anchors further apart than this are out of
# W_NEAR's reach (a pre-filter for _nearest_anchor_km, which must not change which anchor is nearest)
NEAR_REACH_DEG = W_NEAR[-1][0] / 111.0
TOWN_REACH_KM = 20.0  # a neighbourhood or facility of a town lies this close to its point
# In a report on a town abroad, a place of another country is named without its country only when
# it is a city this big ("لندن"); a smaller namesake there ("Oberá", Argentina, for "حي الأوبرا" in
# Paris) is not meant.
ABROAD_CITY_POP = 1_000_000
# "مدينة X" in a report that names no place at home is a city abroad of at least this many people rather
# than a Syrian or Iraqi hamlet of that name
CITY_ABROAD_POP = 100_000
# Of the namesakes of the place named after a qualifier ("بريف X", "في مدينة X"), those within this much
# of the most prominent (:func:`_prominence`) tell the governorates the qualifier lies in
OUTER_MARGIN = 1.0
HOME_TOWN_POP = 10_000  # ... and a city of millions (ABROAD_CITY_POP) rather than a home town smaller than this
FAR_KM = 150.0  # a village this far from every place of its paragraph (and in another governorate) is dropped
QUALIFIER_REACH_KM = 60.0  # a place qualified by another ("X بريف Y") in another governorate lies this close
# ... and a whole district or subdistrict ("قضاء مخمور شرق الموصل": its seat is 70 km from Mosul) this close
DISTRICT_REACH_KM = 100.0
COUNTRYSIDE_SECTOR = 60.0  # degrees either side of a direction when averaging a countryside
# how far "ريف X" reaches: a governorate (or its namesake capital) far, a town less, a village little
COUNTRYSIDE_REACH_KM = {"admin1": 120.0, "city": 120.0, "admin2": 40.0, "town": 30.0}
COUNTRYSIDE_REACH_DEFAULT_KM = 12.0
COUNTRYSIDE_FALLBACK_KM = 20.0
COUNTRYSIDE_SKIP_KM = 3.0  # the villages this close to X are X's outskirts, not its countryside
COUNTRYSIDE_SKIP_DEG = COUNTRYSIDE_SKIP_KM / 111.0  # further apart in latitude is further than that (111+ km a degree)
DIRECTION_OFFSET_KM = {"city": 8.0, "town": 4.0}  # "شرقي X" moves off X's point by this much
DIRECTION_OFFSET_DEFAULT_KM = 2.5

FEATURE_WANTED = {
    "town": "populated", "village": "populated", "city": "populated", "farm": "populated",
    "desert": "populated", "outskirts": "populated", "countryside": "populated", "road": "populated",
    "neighbourhood": "neighbourhood", "camp": "camp", "subdistrict": "subdistrict", "district": "district",
    "governorate": "governorate", "area": "area", None: "bare",
}
FACILITY_FEATURES = frozenset({"dam", "airport", "crossing", "hospital", "station", "factory", "complex", "prison",
                               "base", "oilfield", "roundabout", "university"})
MINOR = frozenset({"village", "neighbourhood", "landmark", "camp"})
# A district is situated by a province, a district or a city, never by a village that shares the
# province's name ("مديرية حيس بمحافظة الحديدة" is in Yemen, not near the Syrian village Hadideh)
DISTRICT_FEATURES = frozenset({"district", "subdistrict"})
DISTRICT_QUALIFIERS = frozenset({"country", "admin1", "admin2", "city"})
# the administrative units a kind word names ("محافظة X" a governorate, "قضاء/ناحية X" a district or
# subdistrict, which sources rank either way): such a unit of the name is the one meant however far its
# point lies from a city it is told from ("محافظة صلاح الدين شمال غرب بغداد", "قضاء البعاج غرب الموصل")
ADMIN_KINDS = {"governorate": frozenset({"admin1"}), "district": frozenset({"admin2", "admin3"}),
               "subdistrict": frozenset({"admin2", "admin3"})}
# qualifiers ("X بريف Y") whose Syrian or Iraqi namesake keeps X's namesakes to its governorate or near it
QUALIFIER_AREAS = frozenset({"admin1", "admin2", "admin3", "city", "town"})
# place words of a part of a town or of its surroundings ("حي X", "منطقة X"): a town far from every place
# around it, in a governorate the text names nowhere, is no namesake they mean
PART_OF_TOWN = frozenset({"neighbourhood", "area"})
# ... of these features, when no district (admin2) of the name lies in its governorate: a city or a
# district's seat is known far and wide ("قصف على حمص ومنطقة عفرين"), a lesser town is not
PART_FAR_FEATURES = frozenset({"town", "admin3"})
SIDE_FEATURES = frozenset({"village", "neighbourhood", "landmark", "camp", "town"})  # see _Resolver.resolve
# the place words of a village or a small town ("قرية X", "بلدة X"): see _Resolver._unnamed_abroad
SETTLEMENT_WORDS = frozenset({"village", "town"})
NEAR_FEATURES = frozenset({"desert", "outskirts", "farm", "road"})  # "بادية X": near X, precision 2
BEARINGS = {"north": 0.0, "north-east": 45.0, "east": 90.0, "south-east": 135.0, "south": 180.0,
            "south-west": 225.0, "west": 270.0, "north-west": 315.0}
SYR_IRQ = frozenset({"SYR", "IRQ"})
NAME_MEMO_SIZE = 100_000  # names whose gazetteer entries the resolver keeps (see _memo)
ROUNDED_CACHE_SIZE = 8_192  # rounded coordinates and scores kept (see _rounded)


@dataclass(frozen=True, slots=True)
class ResolveContext:
    """What else the document says, for telling homonyms apart.

    ``sentence``/``paragraph``/``document``: the other place mentions around the one resolved;
    ``outlet``: the outlet's name (recorded); ``region``: governorates (admin1) or ISO3 codes the
    outlet usually covers; ``text``: the document text, to quote the whole mention in ``why``;
    ``lenient``: a bare village name alone in its text still counts (for a phrase typed by a user; in an
    article such a name is more often a common word).
    """

    sentence: tuple[PlaceMention, ...] = ()
    paragraph: tuple[PlaceMention, ...] = ()
    document: tuple[PlaceMention, ...] = ()
    outlet: str | None = None
    region: tuple[str, ...] = ()
    text: str | None = None
    lenient: bool = False  # keep bare village names that nothing else in the text backs (rasd geocode)


@dataclass(frozen=True, slots=True)
class _Anchor:
    admin1: str | None
    iso3: str | None
    lat: float
    lon: float
    place_id: str
    weight: float
    side: float | None = None  # the bearing of the side of its countryside the text names ("الريف الغربي لمنبج")


class _Around:
    """A mention's anchors, with the sums every candidate's score takes of them made once."""

    __slots__ = ("anchors", "by_admin1", "iso3s", "local", "sides", "total")

    def __init__(self, anchors: list[_Anchor], sides: list[_Anchor] = ()) -> None:
        self.anchors = anchors
        self.sides = sides  # the towns whose countryside the sentence or paragraph names with a side
        # one walk over the anchors for all the sums (summed in the anchors' order, like a sum() per candidate)
        total = 0.0
        by_admin1: dict[str, float] = {}
        local = []  # the ones distances are taken to
        iso3s = set()  # the countries named nearby
        for a in anchors:
            total += a.weight
            if a.admin1:
                by_admin1[a.admin1] = by_admin1.get(a.admin1, 0) + a.weight
                local.append(a)
            elif a.iso3 in SYR_IRQ:
                local.append(a)
            iso3s.add(a.iso3)
        self.total, self.by_admin1, self.local, self.iso3s = total, by_admin1, local, iso3s

    def same(self, admin1: str | None) -> float:
        """The weight of the anchors in governorate *admin1*."""
        return self.by_admin1.get(admin1, 0) if admin1 else 0


# --- helpers -------------------------------------------------------------------------------------


class _Everywhere:
    """The set of every country."""

    def __contains__(self, iso3: object) -> bool:
        return True


_EVERYWHERE = _Everywhere()


def _offset(lat: float, lon: float, bearing_deg: float, dist_km: float) -> tuple[float, float]:
    """The point *dist_km* from (lat, lon) on *bearing_deg* (great circle)."""
    r = 6371.0
    b, d = math.radians(bearing_deg), dist_km / r
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round(math.degrees(l2), 5)


def _bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360.0) % 360.0


_CITY_WORD = fold("مدينة ")
ROAD_WORD = "طريق"  # how a road between two towns is named ("طريق حارم - باريشا")
_COUNTRYSIDE_WORD = fold("ريف")


def _precision_of(p: Place) -> int:
    if p.feature in ("country", "admin1"):
        return 3
    if p.feature in ("admin2", "admin3"):
        return 2
    return 1


def _candidates(gaz: Gazetteer, name: str) -> tuple[tuple[Place, ...], bool, bool]:
    """Entries for *name* and how they were found (loose, shortened): the exact key first, then the
    name without trailing words ("مطار البصرة الدولي" -> "مطار البصرة"), then the skeleton.
    Kept per gazetteer: the same names come back in article after article."""
    memo = _memo(gaz, "resolve_candidates")
    got = memo.get(name)
    if got is None:
        got = memo[name] = _find_candidates(gaz, name)
    return got


def _named_candidates(gaz: Gazetteer, name: str, feature: str | None) -> tuple[tuple[Place, ...], bool, bool]:
    """:func:`_candidates` without the entries whose name a mention with place word *feature* (None:
    bare) does not take (:func:`takes_name`: "الصفيح" alone is not the farm "مزرعة الصفيح"). Entries
    found by a shortened name or the skeleton are kept as they are. Kept per gazetteer, like
    ``_candidates``: this filter walked every candidate's names for every mention."""
    memo = _memo(gaz, "resolve_named")
    got = memo.get((name, feature))
    if got is None:
        cands, loose, shortened = _candidates(gaz, name)
        if not loose and not shortened:
            key = arabic_key(name)
            cands = tuple(p for p in cands if takes_name(p, key, feature))
        got = memo[name, feature] = cands, loose, shortened
    return got


def _find_candidates(gaz: Gazetteer, name: str) -> tuple[tuple[Place, ...], bool, bool]:
    found = gaz.lookup(name)
    if found:
        return tuple(found), False, False
    words = name.split()
    while len(words) > 1:
        words = words[:-1]
        found = gaz.lookup(" ".join(words))
        if found:
            return tuple(found), False, True
    return tuple(gaz.lookup_loose(name)), True, False


def _part_candidates(gaz: Gazetteer, name: str) -> tuple[Place, ...]:
    """The entries of every run of words of *name* that the gazetteer knows, longest runs first
    ("عون الدادات" -> those of عون and of الدادات), without repeats."""
    words = name.split()
    out: dict[str, Place] = {}
    for n in range(len(words) - 1, 0, -1):
        for a in range(len(words) - n + 1):
            for p in gaz.lookup(" ".join(words[a:a + n])):
                out.setdefault(p.id, p)
    return tuple(out.values())


def _loose_candidates(gaz: Gazetteer, name: str) -> tuple[Place, ...]:
    """``gaz.lookup_loose(name)``, kept per gazetteer like :func:`_candidates` (a name's skeleton is
    worked out afresh at each lookup)."""
    memo = _memo(gaz, "resolve_loose")
    got = memo.get(name)
    if got is None:
        got = memo[name] = tuple(gaz.lookup_loose(name))
    return got


def _memo(gaz: Gazetteer, kind: str) -> dict:
    """A per-gazetteer cache of name lookups (``Gazetteer.memo`` is emptied when places or aliases are added),
    emptied too when it holds more than NAME_MEMO_SIZE names."""
    memo = gaz.memo.get(kind)
    if memo is None:
        memo = gaz.memo[kind] = {}
    elif len(memo) > NAME_MEMO_SIZE:
        memo.clear()
    return memo


class _Resolver:
    def __init__(self, gaz: Gazetteer, ctx: ResolveContext, cache: dict[str, tuple | None] | None = None,
                 senses: dict[str, str] | None = None) -> None:
        self.gaz = gaz
        self.ctx = ctx
        self._cache = cache if cache is not None else {}
        self.senses = senses if senses is not None else {}  # name key -> entry, from qualified mentions
        # (candidate id, anchor id) -> great-circle km, kept per gazetteer: the same towns are named
        # together article after article
        self._km: dict[tuple[str, str], float] = _memo(gaz, "resolve_km")
        self._priors: dict[str, dict[str, float]] = _memo(gaz, "resolve_prior")  # see _priors_for

    # context ----------------------------------------------------------------------------------

    def anchors(self, skip: PlaceMention) -> list[_Anchor]:
        """Points and governorates of the other places around, from unambiguous names only."""
        best: dict[str, _Anchor] = {}  # one anchor per place, at the closest level it is named
        seen: set[tuple[int, int]] = {(skip.start, skip.end)}
        for weight, mentions in ((SENTENCE, self.ctx.sentence), (PARAGRAPH, self.ctx.paragraph),
                                 (DOCUMENT, self.ctx.document)):
            for m in mentions:
                if (m.start, m.end) in seen:
                    continue
                seen.add((m.start, m.end))
                for name in (m.name, m.context):
                    got = _anchor_of(self.gaz, self._cache, name) if name else None
                    if got and got[4] not in best:
                        best[got[4]] = _Anchor(*got, weight)
        return list(best.values())

    def side_anchors(self, skip: PlaceMention) -> list[_Anchor]:
        """The towns whose countryside the mention's sentence or paragraph names with a side."""
        out = []
        for weight, mentions in ((SENTENCE, self.ctx.sentence), (PARAGRAPH, self.ctx.paragraph)):
            for m in mentions:
                if (m.start, m.end) != (skip.start, skip.end) and (side := _countryside_side(m)) is not None \
                        and (got := _anchor_of(self.gaz, self._cache, m.name)):
                    out.append(_Anchor(*got, weight, side))
        return out

    def qualifier(self, m: PlaceMention, around: _Around) -> Place | None:
        """The place named as the mention's context ("بريف دير الزور" -> Deir-ez-Zor): the most prominent
        namesake, preferring the governorates of the other places in the text."""
        if not m.context:
            return None
        cands, loose, shortened = _named_candidates(self.gaz, m.context, None)
        parts = m.feature in FACILITY_FEATURES and (shortened or loose) and len(m.context.split()) > 1
        if parts:
            # "معبر عون الدادات": a facility named by two places the gazetteer knows apart (عون, الدادات),
            # not together, lies at one of them: the namesake of either part nearest the text's places
            # (in Syria or Iraq: a part's namesake abroad is a common word's, "دار الشفاء" no Saudi Ash Shafa)
            cands, loose = tuple(p for p in _part_candidates(self.gaz, m.context) if p.iso3 in SYR_IRQ), False
        if m.feature in DISTRICT_FEATURES:
            cands = tuple(p for p in cands if p.feature in DISTRICT_QUALIFIERS)
        if not cands or loose:
            # "قرية بينه التابعة لناحية شيراوا في عفرين": the qualifier unknown, the one after it places
            return self.qualifier(replace(m, context=m.outer, outer=None), around) if m.outer else None
        country = next((p for p in cands if p.feature == "country"), None)
        if country is not None:  # "الأحساء شرق السعودية": the country, not a village of Al-Hasakeh spelled so
            return country
        if any(p.feature in MINOR for p in cands):
            # "قرية مزن في ناحية شيراوا بريف عفرين": a village namesake far from every place named around
            # (a Shirawah of Erbil) is not the one meant; when no other entry is left, the qualifier is unknown
            # (nor, in a report whose every other place is abroad, a village at home: "منطقة الخشم التابعة
            # لمديرية الزهرة شمال مدينة الحديدة" is in Yemen, not by an Iraqi hamlet called الزهرة; a place
            # named after the qualifier, "لناحية شيراوا في عفرين", places it below)
            # (but a facility is named by its village wherever else its paragraph goes: "مطار التيفور" in a
            # paragraph on Duma is still the airbase by Tiyas, in the country of the places around it, when
            # its sentence names no town to place it at: see _host)
            near = _near_local(around.anchors)
            allowed = self._abroad(around.anchors) if not m.outer else _EVERYWHERE
            kept = tuple(p for p in cands if p.feature not in MINOR or (not self._far(p, near) and p.iso3 in allowed))
            if not kept and m.feature in FACILITY_FEATURES and not self._host_named(around.anchors):
                kept = tuple(p for p in cands if p.iso3 in {a.iso3 for a in near})
            if not kept:
                return None
            cands = kept
        outer, outer_loose = (_named_candidates(self.gaz, m.outer, None)[:2] if m.outer else ((), True))
        country = next((p for p in outer if p.feature == "country"), None) if not outer_loose else None
        if country is not None:
            # "مطار التيفور العسكري السوري", "في سوريا": a country after it only narrows the namesakes
            # down to it (a village of Duhok spelled like Syria, "سوريا", is not meant)
            cands = tuple(p for p in cands if p.iso3 == country.iso3) or cands
        elif m.outer:  # "معبر باب الهوى بريف إدلب": the namesake of the governorate named after it
            # (the governorates of the place the outer name means most likely: "في مدينة بيجي" is Baiji's
            # Salah al-Din, not the Kirkuk of a town Yaychi spelled the same, where a village الإمام lies)
            home = [p for p in outer if p.iso3 in SYR_IRQ] if not outer_loose else []
            top = max(map(_prominence, home), default=0.0)
            lead = max(outer, key=_prominence) if outer and not outer_loose else None
            if lead is not None and lead.iso3 not in SYR_IRQ and _prominence(lead) > top + OUTER_MARGIN \
                    and any(a.iso3 == lead.iso3 for a in around.anchors):
                # "حي المنصورة بمنطقة الدرين في محافظة عدن" in a report on Yemen: the place named last is
                # the city abroad (not a village at home spelled عدن), and the qualifier is there too
                return next((p for p in cands if p.iso3 == lead.iso3), lead)
            regions = {p.admin1 for p in home if _prominence(p) >= top - OUTER_MARGIN}
            inside = tuple(p for p in cands if p.admin1 in regions)
            if not inside and regions:
                # "مشفى الجامعة في مدينة إدلب": no الجامعة in Idleb (an Algerian town is not meant): the
                # facility's name names no town, and it lies in the town named after it
                inside = tuple(p for p in outer if p.iso3 in SYR_IRQ and p.feature in POPULATED)
                if parts and not inside:  # "مستشفى دار الشفاء في الغوطة الشرقية": in the region named
                    inside = tuple(p for p in outer if p.iso3 in SYR_IRQ)
            cands = inside or cands
        total = around.total or 1.0
        # the governorates of the name's own places at home: a qualifier's namesake that holds one is
        # the one meant ("مدينة بلد بمحافظة صلاح الدين" is no Pirmam of Erbil, "تل رفعت بالشهباء" no Shahba of As-Sweida)
        # (as the name spells it, whole: not a facility's, whose qualifier is read off its own name)
        holds: set[str] = set()
        if len(cands) > 1 and not parts and m.feature not in FACILITY_FEATURES:
            named, named_loose, named_shortened = _named_candidates(self.gaz, m.name, m.feature)
            if not named_loose and not named_shortened:
                holds = {p.admin1 for p in named if p.admin1 and p.iso3 in SYR_IRQ}

        def rank(p: Place) -> float:
            same = around.same(p.admin1)
            r = _prominence(p) + (W_LOCAL if p.iso3 in SYR_IRQ else 0.0) + 2 * W_PARAGRAPH_ADMIN1 * same / total
            if p.admin1 in holds:
                r += W_QUALIFIER_HOLDS
            if parts:  # which part: the one nearer the places named around
                d = self._nearest_anchor_km(p, around.local)
                r += next((bonus for limit, bonus in W_NEAR if d <= limit), 0.0)
            return r

        # ties: the entry more sources agree on ("ocha:C6389|osm:node/…" over a lone record), then the id
        return max(cands, key=lambda p: (rank(p), p.source.count("|"), p.id))

    # scoring ----------------------------------------------------------------------------------

    def score(self, p: Place, m: PlaceMention, qual: Place | None, around: _Around, loose: bool,
              pool: list[tuple[Place, bool]], sense: str | None, wanted: str,
              priors: dict[str, float]) -> tuple[float, list[str], float]:
        """(score, clues, context support) of candidate *p* for mention *m*; *pool* all the candidates
        (with whether each was found loosely), among which a world city (:func:`_world_cities`)
        outshines a smaller namesake in a country the text names ("باريس" beside "الولايات المتحدة" is Paris);
        *sense* the entry the same name took where the text qualified it (``self.senses``), *wanted*
        the kind of place the mention's word wants (:func:`_wanted`) and *priors* the candidates'
        priors for it (place id -> :func:`_prior`), all looked up once per mention."""
        clues = []
        s = priors.get(p.id)
        if s is None:
            s = priors[p.id] = _prior(p, wanted, p.id in self.gaz.regions)
        support = 0.0
        if qual is not None and qual.feature == "country":
            if p.iso3 == qual.iso3:  # "عفرين شمالي سوريا": the country only narrows the candidates down
                clues.append(f"in {qual.name} like {m.context}")
        elif qual is not None and qual.id != p.id:
            if p.admin1 and p.admin1 == qual.admin1:
                s += W_CONTEXT_ADMIN1
                support += W_CONTEXT_ADMIN1
                clues.append(f"in {p.admin1} like {m.context}")
                if qual.admin2 and p.admin2 == qual.admin2 and qual.feature not in ("admin1", "country"):
                    s += W_CONTEXT_ADMIN2
            elif qual.iso3 in SYR_IRQ and p.admin1:
                s += W_CONTEXT_MISMATCH
            if p.feature == "neighbourhood" and qual.feature in POPULATED \
                    and _COUNTRYSIDE_WORD in fold(self._mention_text(m)):
                s += W_WRONG_SIDE  # "نبل والزهراء في ريف حلب": a town of the countryside, not a quarter of the city
            if qual.feature not in ("admin1", "country"):
                d = km(p.lat, p.lon, qual.lat, qual.lon)
                if self._wrong_side(p, m, qual, d):
                    s += W_WRONG_SIDE
                    d = math.inf  # "عفرين شمال حلب": a namesake east of Aleppo is not near it in the text's sense
                for limit, bonus in W_NEAR:
                    if d <= limit:
                        s += bonus
                        support += bonus
                        clues.append(f"{d:.0f} km from {m.context}")
                        break
        if around.anchors:
            total = around.total
            same = around.by_admin1.get(p.admin1, 0) if p.admin1 else 0  # (around.same, inline: asked of every candidate)
            if same:
                s += W_PARAGRAPH_ADMIN1 * same / total
                support += W_PARAGRAPH_ADMIN1 * same / total
                clues.append(f"{p.admin1} named nearby")
            if p.iso3 not in SYR_IRQ and p.iso3 in around.iso3s \
                    and (p.population >= ABROAD_CITY_POP or not _world_cities(pool) - {p.iso3}):
                s += W_LOCAL
                clues.append(f"{p.country} named nearby")
            if p.feature not in ("country", "admin1"):
                d = self._nearest_anchor_km(p, around.local)
                for limit, bonus in W_NEAR:
                    if d <= limit:
                        s += bonus * 0.6
                        support += bonus * 0.6
                        clues.append(f"{d:.0f} km from another place in the text")
                        break
        if m.feature == "city" and p.iso3 not in SYR_IRQ and p.feature == "city" and p.population >= CITY_ABROAD_POP \
                and not around.local and not any(q.iso3 in SYR_IRQ and (q.population or q.feature != "village")
                                                 and (p.population < ABROAD_CITY_POP or q.feature == "city"
                                                      or q.population >= HOME_TOWN_POP)
                                                 for q, _ in pool):
            # "في مدينة الإسماعيلية (شرقي البلاد)" in a report naming no place at home: the Egyptian
            # city, not a hamlet of Al-Hasakeh that shares its name; a city of millions ("بمدينة الرياض")
            # over any home namesake but a city or a town of some size (a Kirkuk town of no known people)
            s += W_LOCAL
            clues.append("a city abroad, where the text names no place at home and home has only hamlets of its name")
        if m.feature is None and qual is None and p.iso3 not in SYR_IRQ and p.population >= ABROAD_CITY_POP \
                and not any(a.weight == SENTENCE and a.iso3 in SYR_IRQ for a in around.anchors):
            # "بصندل نهري في النيل بشمال القاهرة": a city of millions named bare, its sentence naming no
            # place at home, is that city, not a hamlet of Hama named like it because Hama is named elsewhere
            s += W_LOCAL
            clues.append("a world city, where its sentence names no place at home")
        if around.sides and qual is None and p.feature in SIDE_FEATURES and (side := _on_side(p, around.sides)):
            s += W_COUNTRYSIDE_SIDE
            support += W_COUNTRYSIDE_SIDE
            clues.append(side)
        if m.feature == "district" and p.iso3 == "SYR":
            s += W_DISTRICT_WORD_IN_SYRIA
            clues.append("a Syrian place named by a word of district Syria does not use")
        if sense == p.id:
            s += W_DISCOURSE
            support += W_DISCOURSE
            clues.append("what the same name means elsewhere in the text")
        if self.ctx.region and (p.admin1 in self.ctx.region or p.iso3 in self.ctx.region):
            s += W_REGION
            clues.append("the outlet's area")
        if loose:
            s += W_LOOSE
            clues.append("spelling variant")
        elif m.feature in (None, "area") and p.id in self.gaz.regions and fold(m.name) == fold(p.name_ar):
            s += W_REGION_AS_WRITTEN
            clues.append("a named region as written")
        return s, clues, support

    @staticmethod
    def _wrong_side(p: Place, m: PlaceMention, qual: Place, d: float, sector: float = DIRECTION_SECTOR) -> bool:
        """Whether *p* lies off the side of *qual* that the mention's direction names ("X شمال Y" with
        X south of Y), more than *sector* degrees off it; places within DIRECTION_SLACK_KM of *qual* are on
        every side of it."""
        bearing = BEARINGS.get(m.direction or "")
        if bearing is None or m.distance_km is not None or d <= DIRECTION_SLACK_KM:
            return False
        diff = abs((_bearing(qual.lat, qual.lon, p.lat, p.lon) - bearing + 180.0) % 360.0 - 180.0)
        return diff > sector

    def _nearest_anchor_km(self, p: Place, local: list[_Anchor]) -> float:
        """The distance from *p* to the closest of the *local* anchors (Syrian or Iraqi) other than
        itself, exact when it is within W_NEAR's reach (else maybe just a number beyond it). An anchor
        further than NEAR_REACH_DEG in latitude is out of reach whatever its longitude, so the great
        circle is worked out only for the others, and once per pair of places."""
        best = math.inf
        pid, lat, lon = p.id, p.lat, p.lon
        known = self._km
        for a in local:
            if a.place_id != pid and abs(a.lat - lat) <= NEAR_REACH_DEG:
                d = known.get((pid, a.place_id))
                if d is None:
                    d = known[pid, a.place_id] = km(lat, lon, a.lat, a.lon)
                if d < best:  # noqa: PLR1730 — min() inline: the builtin costs ten times the test on Python 3.11
                    best = d
        return best

    def _abroad(self, anchors: list[_Anchor]) -> frozenset[str | None] | _Everywhere:
        """The countries a village or quarter of the text may be in: when every other place the
        document names is abroad, a town among them (a report on Paris or Kabul), only theirs; else
        any (a country alone may be a misread word: "بقطر 55 كيلومترا")."""
        if anchors and all(a.iso3 is not None and a.iso3 not in SYR_IRQ for a in anchors) \
                and any(self.gaz.get(a.place_id).feature in POPULATED for a in anchors):
            return frozenset(a.iso3 for a in anchors)
        return _EVERYWHERE

    @staticmethod
    def _far(p: Place, near: list[_Anchor]) -> bool:
        """Whether *p* lies far from every one of *near*, the Syrian or Iraqi places named in its sentence
        or paragraph (see :func:`_near_local`)."""
        for a in near:  # (a loop, not all() over a generator: asked of every village candidate)
            if a.admin1 == p.admin1 or not km(p.lat, p.lon, a.lat, a.lon) > FAR_KM:
                return False
        return bool(near)

    # resolution -------------------------------------------------------------------------------

    def resolve(self, m: PlaceMention, anchors: list[_Anchor] | None = None,
                sides: list[_Anchor] | None = None) -> Location | None:
        """The Location of *m*; *anchors* are ``self.anchors(m)`` and *sides* ``self.side_anchors(m)``
        when the caller has them already."""
        if anchors is None:
            anchors = self.anchors(m)
        around = _Around(anchors, self.side_anchors(m) if sides is None else sides)
        qual = self.qualifier(m, around)
        cands, loose, shortened = _named_candidates(self.gaz, m.name, m.feature)
        pool = [(p, loose) for p in cands]
        if not loose and m.feature is not None and (
                (qual is not None and qual.iso3 in SYR_IRQ and not any(_within(p, qual) for p in cands))
                or (qual is None and _elsewhere(cands, anchors))):
            # "الكبر ... بريف دير الزور" where only Iraq has a الكبر, "كفر بتنا" among the towns of Rural
            # Damascus where only Idleb has that spelling: a local spelling (كبار، كفربطنا) may be meant
            known = {p.id for p in cands}
            pool += [(p, True) for p in _loose_candidates(self.gaz, m.name) if p.id not in known]
        if shortened and m.feature is not None and m.feature not in FACILITY_FEATURES:
            # "قرية برخ بوطان": the whole name spelt otherwise (برخ بتان) may be meant rather than a
            # namesake of its first word (an Iraqi برخ), when the text backs it
            known = {p.id for p, _ in pool}
            pool += [(p, True) for p in _loose_candidates(self.gaz, m.name) if p.id not in known]
        sense = self.senses.get(arabic_key(m.name))
        if sense and all(p.id != sense for p, _ in pool) and self.gaz.get(sense) is not None:
            pool.append((self.gaz.get(sense), True))  # found for a qualified mention by its spelling variant
        if m.feature in FACILITY_FEATURES and (shortened or loose):
            pool = []  # "مطار X" where only the town X is known: placed at the town below
        country = _country_named(pool) if m.feature is None and not m.context else None
        if country is not None:
            # a country's name bare is the country: no town of the USA named Lebanon, however near
            # the text names the United States
            pool = [(country, False)]
        if qual is not None and qual.feature == "country":
            # a qualifier naming a country ("بلدة X شرقي سوريا", "الموصل شمال العراق") restricts the
            # candidates to it and never stands for a town it knows
            pool = [(p, lo) for p, lo in pool if p.iso3 == qual.iso3]
        elif qual is not None and qual.feature in POPULATED and (m.feature in FACILITY_FEATURES
                                                               or m.feature == "neighbourhood") \
                and _COUNTRYSIDE_WORD not in fold(self._mention_text(m)):
            # a neighbourhood or facility of a named town must be in that town (not one of its
            # countryside: "سد تشرين بريف حلب")
            pool = [(p, lo) for p, lo in pool if km(p.lat, p.lon, qual.lat, qual.lon) <= TOWN_REACH_KM]
        elif qual is not None and qual.iso3 in SYR_IRQ and (qual.feature in QUALIFIER_AREAS or qual.population > 0):
            if m.direction and qual.feature in POPULATED and _COUNTRYSIDE_WORD not in fold(self._mention_text(m)):
                # "قطاع عبلة شرق مدينة الباب" where the gazetteer's only Abla lies west of it: another,
                # unknown one is meant, placed on that side of the town (a side of its countryside, "بريف
                # دير الزور الشمالي", is told more loosely)
                pool = [(p, lo) for p, lo in pool if p.feature not in SIDE_FEATURES
                        or not self._wrong_side(p, m, qual, km(p.lat, p.lon, qual.lat, qual.lon), OPPOSITE_SECTOR)]
            # "منطقة الصناعة بمدينة القامشلي": a namesake in another governorate, far away, is not meant;
            # the qualifier places it better (and a district's: "ناحية شيراوا بريف عفرين", the district
            # of Afrin, is no Shirawah of Erbil)
            reach = DISTRICT_REACH_KM if m.feature in DISTRICT_FEATURES else QUALIFIER_REACH_KM
            kinds = ADMIN_KINDS.get(m.feature or "", frozenset())
            # (a city told by its side of another is that city however far: "الموصل شمال العاصمة بغداد",
            # even on the wrong side, "كركوك جنوبي العاصمة بغداد")
            pool = [(p, lo) for p, lo in pool if p.admin1 == qual.admin1 or (p.feature in kinds and not lo)
                    or (m.direction and p.feature == "city" and not lo and not m.distance_km)
                    or km(p.lat, p.lon, qual.lat, qual.lon) <= reach]
        elif qual is not None and qual.feature in POPULATED and qual.iso3 not in SYR_IRQ:
            # "منطقة الشيخ رضوان شمال مدينة غزة": a town abroad places what it qualifies near it, not at
            # a namesake in Iraq (the gazetteer has no governorates abroad to compare)
            pool = [(p, lo) for p, lo in pool if km(p.lat, p.lon, qual.lat, qual.lon) <= QUALIFIER_REACH_KM]
        # a region's name standing bare is the region, not a quarter or hamlet named after it elsewhere
        # ("اعتقال دروز في الجولان" is no Golan quarter of As-Sweida)
        region_named = m.feature is None and _names_a_region(pool, self.gaz.regions)
        ranked = []
        near = None  # _near_local(anchors), for the villages and landmarks of the pool
        # the governorates of the name's districts (see PART_FAR_FEATURES)
        districts = {p.admin1 for p, _ in pool if p.feature == "admin2"} if m.feature in PART_OF_TOWN else set()
        allowed = None  # self._abroad(anchors), for the candidates the place word does not name
        wanted = _wanted(m.feature)
        # (a table per kind wanted, kept per gazetteer: a candidate's prior is then found by its id alone)
        priors = self._priors.get(wanted) or self._priors.setdefault(wanted, {})
        for p, lo in pool:
            if region_named and p.feature in MINOR and p.id not in self.gaz.regions:
                continue
            s, clues, support = self.score(p, m, qual, around, lo, pool, sense, wanted, priors)
            if lo and support < LOOSE_NEEDS:
                continue
            if m.feature is None and p.feature in MINOR and not support and not qual and not self.ctx.lenient \
                    and p.id not in self.gaz.regions:
                continue  # a bare village name with nothing around to back it is more likely a common word
            if m.feature is None and p.iso3 not in SYR_IRQ and p.feature not in ("country", "admin1") \
                    and p.population < ABROAD_CITY_POP and p.iso3 not in around.iso3s and self._glued(m) \
                    and any(a.weight >= PARAGRAPH for a in around.local):
                # a word read as a clitic and a name, beside places in Syria or Iraq, does not take a
                # town abroad whose country the text does not name ("استهدف وكرا للتنظيم" in Ramadi is
                # no Gera in Germany); in a report on Egypt, "بالعريش" is al-Arish
                continue
            if not qual and m.feature in SETTLEMENT_WORDS and self._unnamed_abroad(p, anchors, around):
                continue
            if not qual and p.feature != m.feature and (
                    p.feature in MINOR or (p.iso3 not in SYR_IRQ and p.feature not in ("country", "admin1")
                                           and p.population < ABROAD_CITY_POP)):
                if allowed is None:
                    allowed = self._abroad(anchors)
                if p.iso3 not in allowed:
                    # "حي الأوبرا" in a report on Paris: a quarter there, not an Iraqi village of that
                    # name (a Damascus quarter, "حي القدم", named beside the Observatory's seat in London
                    # is what its word says)
                    continue
            if not qual and m.feature not in FACILITY_FEATURES and (
                    p.feature in MINOR or (p.feature in PART_FAR_FEATURES and m.feature in PART_OF_TOWN
                                           and p.admin1 not in districts and not around.same(p.admin1))):
                # (a facility's name is its own: "سد تشرين" is the dam wherever else the text goes)
                # "وفي البصرة ... في منطقة الكرمة": a quarter or area of the town the sentence names, not a
                # town of that name far off in a governorate the text names nowhere (Hama's Karmah)
                if near is None:
                    near = _near_local(anchors)
                if self._far(p, near) or (not near and m.feature in PART_OF_TOWN and p.feature in MINOR
                                          and self._far(p, _local(anchors))):
                    # (with no place named around it: "في مدينة البصرة" then, a line on, "في منطقة
                    # العباسية" is a quarter of the town the report named, not a village far from all it names)
                    continue  # a namesake far from every place around it: the text means another, unknown one
            ranked.append((s, p, clues))
        if len(ranked) > 1:
            ranked.sort(key=lambda x: (-x[0], x[1].id))
        mention_text = self._mention_text(m)
        if ranked:
            return self._located(m, ranked, mention_text, qual)
        if qual is not None:
            return self._fallback(m, qual, mention_text)
        if m.feature is not None and m.feature not in ("governorate", "countryside"):
            # "مخيم الوافدين الذي ... شمال شرق دوما": an unknown place word phrase takes the place
            # named with it in the same sentence, with precision 2 at best
            host = self._host(anchors)
            if host is not None:
                why = self._why(m, mention_text, [], host, f"{m.name!r} is not in the gazetteer; {host.name} is "
                                                            "named in the same sentence")
                why["unresolved"] = m.name
                loc = _location(host, m.name, mention_text, host.lat, host.lon, max(2, _precision_of(host)), why)
                return Location(**{**_asdict(loc), "name": None})
        return None

    def _host(self, anchors: list[_Anchor]) -> Place | None:
        """The place an unknown place word phrase is placed at: the first Syrian or Iraqi place named in
        its sentence, passing over a village far from all the others named around it ("بين قريتي
        قومجي و برخ بوتان جنوبي مدينة كوباني": not the Barikh of Sulaymaniyah)."""
        named = [a for a in anchors if a.weight == SENTENCE and a.iso3 in SYR_IRQ and a.admin1]
        near = _near_local(anchors)
        for a in named:
            p = self.gaz.get(a.place_id)
            if p is not None and (p.feature not in MINOR or not self._far(p, [b for b in near if b is not a])):
                return p
        return None

    @staticmethod
    def _host_named(anchors: list[_Anchor]) -> bool:
        """Whether a Syrian or Iraqi place that may host an unknown facility is named in its sentence
        (see :meth:`_host`)."""
        return any(a.weight == SENTENCE and a.iso3 in SYR_IRQ and a.admin1 for a in anchors)

    def _unnamed_abroad(self, p: Place, anchors: list[_Anchor], around: _Around) -> bool:
        """Whether *p* is a small place abroad, far from every place at home the text names (not a
        border town beside them: "بلدة سروج" near Kobani is Suruç), whose country no other place of the
        text names: "القصف التركي على قرية بينه – ناحية شيراوا" beside Afrin is an Afrin village the
        gazetteer lacks, not the Azerbaijani town Biny Selo, and "القصف الجوي على بلدة المرج" in Eastern
        Ghouta is no Libyan Al Marj (its own other mentions, "بلدة المرج" again, do not name its country)."""
        return p.iso3 not in SYR_IRQ and p.feature not in ("country", "admin1") and p.population < ABROAD_CITY_POP \
            and bool(around.local) and not any(a.iso3 == p.iso3 and a.place_id != p.id for a in anchors) \
            and self._nearest_anchor_km(p, around.local) > W_NEAR[-1][0]

    def _glued(self, m: PlaceMention) -> bool:
        """Whether the name was read off a longer written word (a proclitic "و"، "ب" ... taken off it)."""
        text = self.ctx.text
        return text is not None and 0 < m.name_start <= len(text) and text[m.name_start - 1].isalpha()

    def _mention_text(self, m: PlaceMention) -> str:
        if self.ctx.text is not None and 0 <= m.start < m.end <= len(self.ctx.text):
            return self.ctx.text[m.start:m.end]
        return m.name

    def _place_word(self, m: PlaceMention) -> str:
        """The words before the name in the mention ("بادية" of "بادية حمص"), or "" without the text."""
        text = self.ctx.text
        return text[m.start:m.name_start] if text is not None and 0 <= m.start <= m.name_start <= len(text) else ""

    def _why(self, m: PlaceMention, mention_text: str, ranked, entry: Place, clue: str) -> dict:
        cands = [{"id": p.id, "name": p.name, "admin1": p.admin1, "iso3": p.iso3, "feature": p.feature,
                  "score": _rounded(s, 2)} for s, p, _ in ranked[:5]]
        why = {
            "mention": mention_text, "name": m.name, "entry": entry.id, "source": entry.source,
            "candidates": cands, "runner_up": cands[1] if len(cands) > 1 else None, "clue": clue,
            "outlet": self.ctx.outlet,
        }
        if entry.id in self.gaz.regions:
            why["region"] = True  # a named region (regions.tsv), placed at a point though it is no spot
        return why

    def _located(self, m: PlaceMention, ranked, mention_text: str, qual: Place | None) -> Location:
        _, p, clues = ranked[0]
        precision = _precision_of(p)
        lat, lon = p.lat, p.lon
        name_ar = m.name
        if p.id in self.gaz.regions and p.name_ar and fold(p.name_ar).startswith(fold(m.name) + " "):
            name_ar = p.name_ar  # "جنوب الغوطة" told of the region the text names in full: الغوطة الشرقية
        if p.feature in ("admin2", "admin3") and m.feature != "countryside":
            # "ناحية صرين": the sub-district's seat, the town of the same name, is a better point than
            # the polygon's centroid
            seat = next((q for _, q, _ in ranked if q.feature in POPULATED and q.admin_code and p.admin_code
                         and q.admin_code.startswith(p.admin_code)), None)
            if seat is not None:
                lat, lon = seat.lat, seat.lon
                clues = [*clues, f"at its seat {seat.name}"]
        clue = "; ".join(clues) if clues else ("the only candidate" if len(ranked) == 1 else
                                               f"{p.feature}, {p.country or p.iso3}, population {p.population}")
        if m.feature == "countryside":
            lat, lon = self.countryside(p, m.direction)
            precision = max(2, precision)
            clue = f"countryside of {p.name}" + (f" ({m.direction})" if m.direction else "") + "; " + clue
        elif m.distance_km is not None and not m.context:
            bearing = BEARINGS.get(m.direction or "")
            if bearing is not None:
                lat, lon = _offset(p.lat, p.lon, bearing, m.distance_km)
            precision = max(2, precision)
            clue = f"{m.distance_km:g} km {m.direction or 'from'} {p.name}; " + clue
        elif m.direction and not m.context and p.feature not in ("country", "admin1"):
            off = DIRECTION_OFFSET_KM.get(p.feature, DIRECTION_OFFSET_DEFAULT_KM)
            lat, lon = _offset(p.lat, p.lon, BEARINGS[m.direction], off)
            precision = max(2, precision)
            clue = f"{m.direction} of {p.name}; " + clue
        elif m.feature == "road" and qual is not None:
            # "طريق حارم - باريشا": the road itself, named so, placed halfway between its towns
            lat, lon = (p.lat + qual.lat) / 2, (p.lon + qual.lon) / 2
            precision = 2
            clue = f"on the road from {p.name} to {qual.name}; " + clue
            why = self._why(m, mention_text, ranked, p, clue)
            loc = _location(p, f"{ROAD_WORD} {m.name} - {m.context}", mention_text, lat, lon, precision, why)
            return Location(**{**_asdict(loc), "name": f"{p.name} - {qual.name} road"})
        elif m.feature in NEAR_FEATURES and not _named_with_word(p, self._place_word(m), m.name):
            precision = max(2, precision)  # "بادية X": near X; but "مزرعة الصفيح" may be the farm's own name
        why = self._why(m, mention_text, ranked, p, clue)
        return _location(p, name_ar, mention_text, lat, lon, precision, why)

    def _fallback(self, m: PlaceMention, qual: Place, mention_text: str) -> Location:
        """The name is unknown but its qualifier is not: place it there, with precision 2 (or 3)."""
        if m.distance_km is not None and m.direction in BEARINGS:
            lat, lon = _offset(qual.lat, qual.lon, BEARINGS[m.direction], m.distance_km)
            clue = f"{m.name!r} is not in the gazetteer: {m.distance_km:g} km {m.direction} of {qual.name}"
        elif ((m.feature in FACILITY_FEATURES or m.feature == "neighbourhood")
              and not (qual.feature in _COUNTRYSIDE_OWNERS and _COUNTRYSIDE_WORD in fold(mention_text))) or (
                qual.feature in POPULATED and not m.direction and m.context
                and _CITY_WORD + fold(m.context) in fold(mention_text) and _COUNTRYSIDE_WORD not in fold(mention_text)):
            # "منطقة الصناعة بمدينة القامشلي": an area in the town, not in its countryside (where a
            # facility may lie too: "مطار كويرس العسكري بريف حلب الشرقي"; a village hosting a facility
            # stands for it, "مطار التيفور في ريف حمص")
            lat, lon = qual.lat, qual.lon
            clue = f"{m.name!r} is not in the gazetteer: placed at {qual.name}, the town it is in"
        else:
            lat, lon = self.countryside(qual, m.direction) if qual.feature != "country" else (qual.lat, qual.lon)
            where = f"{m.direction} countryside" if m.direction else "area"
            clue = f"{m.name!r} is not in the gazetteer: the {where} of {qual.name}"
        precision = 3 if qual.feature == "country" or (qual.feature == "admin1" and not m.direction
                                                       and m.feature not in FACILITY_FEATURES) else 2
        if m.feature in FACILITY_FEATURES and qual.feature in POPULATED:
            precision = 2
        elif m.feature == "neighbourhood" and qual.feature in POPULATED:
            precision = 1
        why = self._why(m, mention_text, [], qual, clue)
        why["unresolved"] = m.name
        loc = _location(qual, m.name, mention_text, lat, lon, precision, why)
        if m.feature not in FACILITY_FEATURES and m.feature != "neighbourhood":
            loc = Location(**{**_asdict(loc), "name": None, "admin3": None if qual.feature in ADMIN else loc.admin3})
        return loc

    def countryside(self, p: Place, direction: str | None) -> tuple[float, float]:
        """A point for "ريف X (الشرقي)": the mean of X's governorate's villages on that side of X."""
        key = ("countryside", p.id, direction)
        got = self.gaz.memo.get(key)
        if got is None:
            got = self.gaz.memo[key] = self._countryside(p, direction)
        return got

    def _countryside(self, p: Place, direction: str | None) -> tuple[float, float]:
        if not p.admin1 or p.iso3 not in SYR_IRQ:
            return p.lat, p.lon
        bearing = BEARINGS.get(direction or "")
        reach, pts, bearings = self._countryside_points(p)
        if bearing is not None:
            pts = [pt for pt, b in zip(pts, bearings) if abs((b - bearing + 180.0) % 360.0 - 180.0) <= COUNTRYSIDE_SECTOR]
        if not pts:
            if bearing is None:
                return p.lat, p.lon
            return _offset(p.lat, p.lon, bearing, min(COUNTRYSIDE_FALLBACK_KM, reach / 2))
        return round(sum(a for a, _ in pts) / len(pts), 5), round(sum(b for _, b in pts) / len(pts), 5)

    def _countryside_points(self, p: Place) -> tuple[float, list[tuple[float, float]], list[float]]:
        """The reach of X's countryside, its villages (X's governorate's, X itself and its outskirts
        left out) in grid order, and the bearing of each from X. Kept per gazetteer: the reports name
        several sides of one town's countryside, and listing them is most of the work (a city's
        reaches 120 km)."""
        key = ("countryside_points", p.id)
        got = self.gaz.memo.get(key)
        if got is not None:
            return got
        reach = COUNTRYSIDE_REACH_KM.get(p.feature, COUNTRYSIDE_REACH_DEFAULT_KM)
        if p.feature == "city" and not any(a.feature == "admin1" for a in self.gaz.lookup(p.name_ar)):
            reach = COUNTRYSIDE_REACH_KM["town"]  # a city that is not its governorate's namesake
        pts = [(lat, lon) for lat, lon in self.gaz.points_within_km(p.lat, p.lon, reach, POPULATED, p.admin1)
               if abs(lat - p.lat) >= COUNTRYSIDE_SKIP_DEG or km(p.lat, p.lon, lat, lon) >= COUNTRYSIDE_SKIP_KM]
        got = self.gaz.memo[key] = (reach, pts, [_bearing(p.lat, p.lon, lat, lon) for lat, lon in pts])
        return got


def _wanted(feature: str | None) -> str:
    """The kind of place (a key of W_FEATURE) a mention with place word *feature* wants."""
    return "facility" if feature in FACILITY_FEATURES else FEATURE_WANTED.get(feature, "populated")


def _prior(p: Place, wanted: str, region: bool = False) -> float:
    """The part of a candidate's score that owes nothing to the text: Syria or Iraq, its feature for
    the place word (*region*: a named region, known as well as a city: "الجولان" is the Golan Heights,
    not a hamlet of Aleppo), population, sources (see ``_Resolver.score``; kept per gazetteer)."""
    s = 0.0
    if p.iso3 in SYR_IRQ:
        s += W_LOCAL
    weights = W_FEATURE[wanted]
    s += weights["region"] if region and "region" in weights else weights.get(p.feature, 0.0)
    s += min(W_POPULATION_MAX, W_POPULATION * math.log10(1 + p.population))
    s += W_SOURCES * min(3, max(0, p.n_sources - 1))
    return s


def _named_with_word(p: Place, word: str, name: str) -> bool:
    """Whether *p* is named by the mention's place *word* and *name* together ("مزرعة الصفيح" is the
    farm's own name; "بادية حمص" is no name of Homs, though "مدينة حمص" is)."""
    key = arabic_key(f"{word} {name}")
    return any(arabic_key(n) == key for n in p.names)


def _countryside_side(m: PlaceMention) -> float | None:
    """The bearing of the side of a countryside *m* names ("الريف الغربي لمنبج": west), or None."""
    return BEARINGS.get(m.direction or "") if m.feature == "countryside" else None


def _on_side(p: Place, sides: list[_Anchor]) -> str | None:
    """A clue when *p* lies on the side of a town whose countryside its sentence or paragraph names with
    a side ("للقصف في الريف الغربي لمقاطعة منبج": a village west of Manbij, not its namesake east of it),
    within SIDE_REACH_KM of it and not at it; else None."""
    for a in sides:
        if a.place_id == p.id or abs(a.lat - p.lat) > SIDE_REACH_KM / 111.0:
            continue
        d = km(a.lat, a.lon, p.lat, p.lon)
        if DIRECTION_SLACK_KM < d <= SIDE_REACH_KM \
                and abs((_bearing(a.lat, a.lon, p.lat, p.lon) - a.side + 180.0) % 360.0 - 180.0) <= DIRECTION_SECTOR:
            return f"on the side of the countryside named nearby, {d:.0f} km off"
    return None


def _world_cities(pool: list[tuple[Place, bool]]) -> set[str | None]:
    """The countries of the world cities (:data:`ABROAD_CITY_POP`, abroad) among the candidates *pool*
    (asked only for a candidate abroad in a country the text names: most mentions have none)."""
    return {p.iso3 for p, _ in pool if p.population >= ABROAD_CITY_POP and p.iso3 not in SYR_IRQ}


# (_country_named and _names_a_region loop where a generator would do: asked of most mentions, bare,
# and a generator's frame costs several times the loop over a pool of two or three)
def _country_named(pool: list[tuple[Place, bool]]) -> Place | None:
    """The first country among the candidates *pool* found by the name as written (not loosely), or None."""
    for p, loose in pool:
        if p.feature == "country" and not loose:
            return p
    return None


def _names_a_region(pool: list[tuple[Place, bool]], regions) -> bool:
    """Whether a named region (``Gazetteer.regions``) is among the candidates *pool*."""
    for p, _ in pool:
        if p.id in regions:
            return True
    return False


def _local(anchors: list[_Anchor]) -> list[_Anchor]:
    """The Syrian and Iraqi places of *anchors*, wherever the text names them."""
    return [a for a in anchors if a.iso3 in SYR_IRQ and a.admin1]


def _near_local(anchors: list[_Anchor]) -> list[_Anchor]:
    """The Syrian and Iraqi places of *anchors* named in the same sentence or paragraph."""
    return [a for a in anchors if a.weight >= PARAGRAPH and a.iso3 in SYR_IRQ and a.admin1]


def _elsewhere(cands: Sequence[Place], anchors: list[_Anchor]) -> bool:
    """Whether the places named in the same sentence or paragraph lie in governorates none of *cands*
    is in ("كفر بتنا" among the towns of Rural Damascus, where only Idleb has that spelling)."""
    near_admin1 = {a.admin1 for a in anchors if a.weight >= PARAGRAPH and a.admin1}
    return bool(near_admin1) and near_admin1.isdisjoint([p.admin1 for p in cands])


def _within(p: Place, qual: Place) -> bool:
    """Whether *p* lies in the area its qualifier names: the country for a country, else the governorate."""
    if qual.feature == "country":
        return p.iso3 == qual.iso3
    return p.admin1 is not None and p.admin1 == qual.admin1


def _anchor_of(gaz: Gazetteer, cache: dict[str, tuple | None], name: str) -> tuple | None:
    """(admin1, iso3, lat, lon, id) of an unambiguous name, cached in *cache*."""
    if name in cache:
        return cache[name]
    key = arabic_key(name)
    cands = [p for p in gaz.lookup(name) if takes_name(p, key, None)]
    got = None
    if cands:
        top = max(cands, key=_prominence)
        admin1s = {c.admin1 for c in cands if c.iso3 in SYR_IRQ}
        if len(admin1s) == 1 or top.feature in ("country", "admin1", "city"):
            got = (top.admin1, top.iso3, top.lat, top.lon, top.id)
    cache[name] = got
    return got


def _anchor(memo: dict, named: tuple, weight: float) -> _Anchor:
    """The anchor of weight *weight* for *named*, an :func:`_anchor_of` tuple, kept in *memo* (the
    gazetteer's ``_memo(gaz, "resolve_anchor_objects")``): the same few hundred places anchor article
    after article, and a frozen dataclass is slow to make. Keyed by the place's id, which stands for
    the whole tuple (all of it is the place's), and hashes without hashing its point."""
    got = memo.get((named[4], weight))
    if got is None:
        got = memo[named[4], weight] = _Anchor(*named, weight)
    return got


_TableEntry = tuple[int, "int | None", _Anchor]  # see _DocumentAnchors._table


class _DocumentAnchors:
    """The anchors of every mention of one document, as :meth:`_Resolver.anchors` finds them from the
    mention's sentence, paragraph and document, but worked out once per sentence instead of once per
    mention (that made resolving a long article quadratic in its mentions).

    For each (sentence, paragraph) the other places are walked in the same order as ``anchors``
    does, all mentions included, and each place keeps its first entry and its first entry from
    another mention. A mention's anchors are then these entries without its own: for every place, the
    first entry that ``anchors`` would have met, in the same order.

    Mentions are told apart by their spans, as ``anchors`` does: each distinct span gets a number, in
    the order the spans first come (mentions with one span are one to the anchors).
    """

    def __init__(self, gaz: Gazetteer, cache: dict[str, tuple | None], mentions: Sequence[PlaceMention],
                 sentence_of: list[int | None], paragraph_of: list[int | None]) -> None:
        self.gaz = gaz
        self.anchor_memo = _memo(gaz, "resolve_anchor_objects")  # see _anchor
        numbers: dict[tuple[int, int], int] = {}
        self.spans = [numbers.setdefault((m.start, m.end), len(numbers)) for m in mentions]  # span numbers
        self.groups = list(zip(sentence_of, paragraph_of))
        self.sentences = _members(self.spans, sentence_of)
        self.paragraphs = _members(self.spans, paragraph_of)
        # the places each span names (its first mention's name and qualifier), read once; a mention with
        # the span of an earlier one is never read by ``anchors``, and neither is it here
        self.named: list[list[tuple]] = []
        self._made: dict[tuple[int, float], list[tuple[int, str, _Anchor]]] = {}
        for m, span in zip(mentions, self.spans):
            if span == len(self.named):
                named = _anchor_of(gaz, cache, m.name) if m.name else None
                qualifier = _anchor_of(gaz, cache, m.context) if m.context else None
                self.named.append([got for got in (named, qualifier) if got])
        # the document level, the same for every sentence: (span, place id, anchor) in order
        self.document = [entry for span in range(len(self.named)) for entry in self._entries(span, DOCUMENT)]
        self.tables: dict[tuple[int | None, int | None], list[_TableEntry]] = {}  # see _table
        # the towns whose countryside a mention names with a side ("الريف الغربي لمنبج"), by span
        self.side_named: dict[int, tuple] = {}
        for m, span in zip(mentions, self.spans):
            if (side := _countryside_side(m)) is not None and (got := _anchor_of(gaz, cache, m.name)):
                self.side_named.setdefault(span, (*got, side))

    def sides_of(self, k: int) -> list[_Anchor]:
        """The side anchors of mention *k*, as ``_Resolver.side_anchors`` finds them."""
        if not self.side_named:
            return []
        own = self.spans[k]
        sentence, paragraph = self.groups[k]
        out = []
        for weight, spans in ((SENTENCE, self.sentences.get(sentence, ()) if sentence is not None else ()),
                              (PARAGRAPH, self.paragraphs.get(paragraph, ()) if paragraph is not None else ())):
            for span in spans:
                if span != own and (named := self.side_named.get(span)):
                    out.append(_Anchor(*named[:5], weight, named[5]))
        return out

    def _entries(self, span: int, weight: float) -> list[tuple[int, str, _Anchor]]:
        """(span, place id, anchor) of the places the mention at *span* names, as anchors of *weight*:
        made once per document, as a mention is met again in the tables of its paragraph's sentences."""
        got = self._made.get((span, weight))
        if got is None:
            memo = self.anchor_memo
            got = self._made[span, weight] = [(span, named[4], _anchor(memo, named, weight))
                                              for named in self.named[span]]
        return got

    def of(self, k: int) -> list[_Anchor]:
        """The anchors of mention *k*: those of ``_Resolver.anchors`` with its sentence, paragraph and
        document as context."""
        group = self.groups[k]
        table = self.tables.get(group)
        if table is None:
            table = self.tables[group] = self._table(*group)
        own = self.spans[k]
        # a place's first entry, unless it is the mention's own; else its second (from another mention)
        return [anchor for span, first, anchor in table if span != own and (first is None or first == own)]

    def _table(self, sentence: int | None, paragraph: int | None) -> list[_TableEntry]:
        """(mention span, None or the span of the place's first entry, anchor) entries in the order
        ``anchors`` meets them, at most two per place: the first, and the first from another mention."""
        entries = []
        seen: set[int] = set()
        for weight, spans in ((SENTENCE, self.sentences.get(sentence, ())),
                              (PARAGRAPH, self.paragraphs.get(paragraph, ()))):
            for span in spans:
                if span not in seen:
                    seen.add(span)
                    entries += self._entries(span, weight)
        entries += [e for e in self.document if e[0] not in seen]
        table = []
        first_span: dict[str, int] = {}
        both: set[str] = set()
        for span, place_id, anchor in entries:
            if place_id in both:
                continue
            first = first_span.get(place_id)
            if first is None:
                first_span[place_id] = span
            elif first != span:
                both.add(place_id)
            else:
                continue  # named twice by one mention (its name and its qualifier)
            table.append((span, first, anchor))
        return table


def _members(spans: list[int], span_of: list[int | None]) -> dict[int | None, list[int]]:
    """The mention spans (numbers) in each sentence (or paragraph), in order; None: outside every one."""
    out: dict[int | None, list[int]] = {}
    for span, x in zip(spans, span_of):
        if x is not None:
            out.setdefault(x, []).append(span)
    return out


def _span_index(starts: list[int], spans: Sequence, pos: int) -> int | None:
    """The index of the span holding offset *pos* (the segmenter's spans are sorted and disjoint)."""
    x = bisect_right(starts, pos) - 1
    return x if x >= 0 and pos < spans[x].end else None


def _prominence(p: Place) -> float:
    rank = {"country": 6, "admin1": 5, "city": 4.5, "town": 3.5, "admin2": 3, "village": 2, "admin3": 2}
    return rank.get(p.feature, 1) + math.log10(1 + p.population) / 3


_ROUNDED: dict[int, dict[float, float]] = {}  # digits -> float -> rounded (see _rounded)


def _rounded(x: float, digits: int) -> float:
    """``round(x, digits)``, kept for the points and scores that come back report after report (a
    float is rounded by way of its decimal digits, as dear as printing it): a table per number of
    digits, keyed by the float alone (no key tuple to make and hash), emptied when it holds
    ROUNDED_CACHE_SIZE values. Only floats are kept (an int, 1 == 1.0, must stay one), and not zero
    (0.0 and -0.0 would share a key)."""
    if type(x) is not float or not x:
        return round(x, digits)
    kept = _ROUNDED.get(digits) or _ROUNDED.setdefault(digits, {})
    got = kept.get(x)
    if got is None:
        if len(kept) >= ROUNDED_CACHE_SIZE:
            kept.clear()
        got = kept[x] = round(x, digits)
    return got


def _asdict(loc: Location) -> dict:
    return {f: getattr(loc, f) for f in Location.__dataclass_fields__}


_COUNTRYSIDE_OWNERS = frozenset({"city", "town", "admin1", "admin2", "admin3"})  # what has a countryside ("ريف X")


def _location(p: Place, name_ar: str, mention: str, lat: float, lon: float, precision: int, why: dict) -> Location:
    # (Location's fields in order: a class called with keywords first gathers them into a dict, and
    # every mention resolved makes one)
    return Location(p.name or None, name_ar, mention, p.country, p.iso3,  # name .. iso3
                    p.admin1 if p.iso3 in SYR_IRQ else None, p.admin2, p.admin3,  # admin1 .. admin3
                    _rounded(lat, 5), _rounded(lon, 5), precision, p.id, why)  # latitude .. why


# --- public API ----------------------------------------------------------------------------------


def resolve(place: PlaceMention, gazetteer: Gazetteer | None = None,
            context: ResolveContext | None = None) -> Location | None:
    """The Location *place* names, or None when neither it nor its qualifier is known."""
    return _Resolver(gazetteer or default_gazetteer(), context or ResolveContext()).resolve(place)


def resolve_all(mentions: Sequence[PlaceMention], nt: NormText | str, gazetteer: Gazetteer | None = None,
                *, outlet: str | None = None, region: Iterable[str] = (), lenient: bool = False,
                sents: Sequence | None = None) -> list[Location | None]:
    """Resolve every mention of one document, each with the others of its sentence, paragraph and
    document as context. *nt* is the document (a NormText or the original text); *sents* its
    sentences when the caller has them already (the pipeline does)."""
    from rasd.text.segment import paragraphs, sentences

    text = nt.original if isinstance(nt, NormText) else nt
    gaz = gazetteer or default_gazetteer()
    sents = sentences(text) if sents is None else sents
    paras = paragraphs(text)
    sent_starts = [sp.start for sp in sents]
    para_starts = [sp.start for sp in paras]
    cache = _memo(gaz, "resolve_anchors")  # _anchor_of depends on the gazetteer only
    around = _DocumentAnchors(gaz, cache, mentions, [_span_index(sent_starts, sents, m.start) for m in mentions],
                              [_span_index(para_starts, paras, m.start) for m in mentions])
    # the other mentions reach the resolver through their anchors, shared by the mentions of a sentence
    resolver = _Resolver(gaz, ResolveContext(outlet=outlet, region=tuple(region), text=text, lenient=lenient),
                         cache, senses=_sided_regions(gaz, mentions))
    out: list[Location | None] = [None] * len(mentions)
    # one sense per document: mentions with a qualifier ("الكبر بريف دير الزور") go first and fix what
    # their name means for the bare mentions of the same name
    order = [k for k, m in enumerate(mentions) if m.context is not None] + \
        [k for k, m in enumerate(mentions) if m.context is None]
    unknown: dict[str, Location] = {}  # name key -> where the first mention of a name the gazetteer lacks was placed
    for k in order:
        m = mentions[k]
        loc = out[k] = resolver.resolve(m, around.of(k), around.sides_of(k))
        if loc is None:
            out[k] = _placed_before(unknown.get(arabic_key(m.name)), m, text)
        elif "unresolved" in (loc.why or {}):
            unknown.setdefault(arabic_key(m.name), loc)
        elif m.context and loc.gazetteer_id:
            resolver.senses.setdefault(arabic_key(m.name), loc.gazetteer_id)
    return out


def _placed_before(loc: Location | None, m: PlaceMention, text: str) -> Location | None:
    """*loc*, where an earlier mention of the same name the gazetteer lacks was placed, for *m*, which
    nothing around places: "قصفت تركيا قرية بينه التابعة لناحية شيراوا في عفرين ... وسقطت أكثر من 10
    قذائف في قرية بينه" is the same village of Afrin both times (one sense per document)."""
    if loc is None or m.feature is None:
        return None
    mention = text[m.start:m.end] if 0 <= m.start < m.end <= len(text) else m.name
    return Location(**{**_asdict(loc), "mention": mention, "why": {**(loc.why or {}), "mention": mention}})


_SIDES = frozenset(fold(w) for w in REGION_SIDES)


def _sided_regions(gaz: Gazetteer, mentions: Sequence[PlaceMention]) -> dict[str, str]:
    """Name key -> region, for the named regions of *mentions* (or their qualifiers) told with their side
    ("الغوطة الشرقية", "دوما في الغوطة الشرقية"):
    the rest of the name standing bare in the same report ("مدن وبلدات الغوطة") is that region, not a
    village of that name far off. A name two of its regions share ("الغوطة الشرقية" and "الغوطة
    الغربية" both named) is left alone."""
    heads: dict[str, set[str]] = {}
    memo = _memo(gaz, "resolve_region_heads")
    for name in {n for m in mentions for n in (m.name, m.context, m.outer) if n}:
        got = memo.get(name)
        if got is None:
            got = memo[name] = _region_heads(gaz, name)
        for key, region in got:
            heads.setdefault(key, set()).add(region)
    return {key: next(iter(ids)) for key, ids in heads.items() if len(ids) == 1}


def _region_heads(gaz: Gazetteer, name: str) -> tuple[tuple[str, str], ...]:
    """(name key without the side, region id) of the named regions *name* names with their side ("الغوطة
    الشرقية": the key of "الغوطة" and the Eastern Ghouta); () for most names, which end in no side word."""
    words = fold(name).split()
    if len(words) < 2 or words[-1] not in _SIDES:
        return ()
    key = arabic_key(" ".join(words[:-1]))
    return tuple((key, p.id) for p in gaz.lookup(name) if p.id in gaz.regions)


def geocode_text(text: str, gazetteer: Gazetteer | None = None) -> list[Location]:
    """Every place rasd finds in *text* (a phrase or a whole article), resolved: ``rasd geocode``."""
    from rasd.recognize.places import find_places

    gaz = gazetteer or default_gazetteer()
    nt = NormText.of(text)
    mentions = find_places(nt, gaz)
    if not mentions and text.strip():
        # a bare name on its own ("كوباني", "درنة"): the whole phrase is the name
        s = len(text) - len(text.lstrip())
        e = len(text.rstrip())
        mentions = [PlaceMention(s, e, text[s:e], s, e)]
    return [loc for loc in resolve_all(mentions, nt, gaz, lenient=True) if loc is not None]


__all__ = ["ResolveContext", "geocode_text", "resolve", "resolve_all"]
