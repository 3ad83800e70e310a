"""The resolver's quick ways say what the plain ways say: rounding kept per value, a Location made from
its fields in order, anchors kept per place, the world cities among the candidates asked for only
where one may matter."""
from __future__ import annotations

import pytest

from rasd.geo import resolve as resolve_module
from rasd.geo.gazetteer import default_gazetteer
from rasd.geo.resolve import DOCUMENT, SENTENCE, _anchor, _anchor_of, _rounded, _world_cities, geocode_text


@pytest.mark.parametrize("x", [35.099494, 40.39599999, 13.0, 11.799999999, -0.123455, 0.0, -0.0, -1e-9, 36, 2.675])
@pytest.mark.parametrize("digits", [2, 5])
def test_rounded_is_round(x, digits) -> None:
    for _ in range(2):  # (the second time from the cache)
        got, want = _rounded(x, digits), round(x, digits)
        assert got == want and type(got) is type(want) and str(got) == str(want)


def test_rounded_zero_keeps_its_sign_after_the_other_zero() -> None:
    _rounded(0.0, 5)
    assert str(_rounded(-0.0, 5)) == "-0.0"
    assert str(_rounded(-1e-9, 5)) == "-0.0"
    assert str(_rounded(0.0, 5)) == "0.0"


def test_a_location_has_each_field_in_its_place() -> None:
    (loc,) = geocode_text("قصفت الطائرات بلدة بقرص بريف دير الزور الشرقي")
    p = default_gazetteer().get(loc.gazetteer_id)
    assert (loc.name, loc.name_ar, loc.mention) == (p.name, "بقرص", "بلدة بقرص بريف دير الزور الشرقي")
    assert (loc.country, loc.iso3, loc.admin1, loc.admin2, loc.admin3) == \
        ("Syria", "SYR", "Deir-ez-Zor", p.admin2, p.admin3)
    assert (loc.latitude, loc.longitude, loc.geo_precision) == (round(p.lat, 5), round(p.lon, 5), 1)
    assert loc.why["entry"] == loc.gazetteer_id == p.id


def test_an_anchor_is_kept_per_place_and_weight() -> None:
    gaz = default_gazetteer()
    named = _anchor_of(gaz, {}, "دير الزور")
    assert named is not None
    memo: dict = {}
    first = _anchor(memo, named, SENTENCE)
    assert _anchor(memo, named, SENTENCE) is first
    assert _anchor(memo, named, DOCUMENT) == resolve_module._Anchor(*named, DOCUMENT) != first
    assert (first.admin1, first.iso3, first.place_id, first.weight) == ("Deir-ez-Zor", "SYR", named[4], SENTENCE)


@pytest.mark.parametrize(("name", "countries"), [("باريس", {"FRA"}), ("لندن", {"GBR"}), ("دمشق", set()), ("الموصل", set())])
def test_world_cities_are_the_big_cities_abroad_among_the_candidates(name, countries) -> None:
    pool = [(p, False) for p in default_gazetteer().lookup(name)]
    assert _world_cities(pool) == countries


def test_a_world_city_outshines_its_namesakes_in_a_country_named_beside_it() -> None:
    locs = geocode_text("وصل الرئيس إلى باريس قادما من الولايات المتحدة")
    assert [loc.iso3 for loc in locs if loc.name_ar == "باريس"] == ["FRA"]
