"""The place stages' comparisons that stand for min() and max() (the builtins cost ten times a test on
Python 3.11) say what the builtins say, the resolver's loops say what the generators they replace
said, and its rounding kept per value keeps an int an int."""
from __future__ import annotations

from bisect import bisect_right

import pytest

from rasd.assemble.places import _folded_before, _unit_at
from rasd.geo.gazetteer import default_gazetteer, km
from rasd.geo.resolve import FAR_KM, _Anchor, _country_named, _names_a_region, _Resolver, _rounded
from rasd.text.normalize import fold, fold_slice
from rasd.text.segment import sentences

TEXT = ("قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي.\n"
        "وقال المرصـــد إن الغارات استهدفت مدينة دوما في الغوطة الشرقية. وأُصيب ثلاثة مدنيين في حرستا!")


def test_unit_at_is_the_last_unit_starting_before_or_the_first() -> None:
    starts = [s.start for s in sentences(TEXT)]
    for pos in range(-2, len(TEXT) + 2):
        assert _unit_at(starts, pos) == max(0, bisect_right(starts, pos) - 1), pos


def test_folded_before_is_the_window_before_a_place() -> None:
    for pos in range(len(TEXT) + 1):
        for reach in (0, 1, 20, 70, 120):
            assert _folded_before(TEXT, pos, reach) == fold_slice(TEXT, max(0, pos - reach), pos), (pos, reach)
    assert _folded_before(TEXT, len(TEXT), 200) == fold(TEXT)


def test_rounded_keeps_an_int_after_the_float_of_its_value() -> None:
    assert type(_rounded(36.0, 5)) is float
    got = _rounded(36, 5)
    assert got == 36 and type(got) is int
    assert _rounded(35.1234567, 5) == 35.12346 and _rounded(35.1234567, 2) == 35.12


def _pool(name: str):
    from rasd.geo.resolve import _named_candidates
    cands, loose, _ = _named_candidates(default_gazetteer(), name, None)
    return [(p, loose) for p in cands]


@pytest.mark.parametrize("name", ["لبنان", "الغوطة الشرقية", "حلب", "الجولان", "تركيا", "كفرنبل"])
def test_the_pool_loops_say_what_the_generators_say(name) -> None:
    gaz = default_gazetteer()
    pool = _pool(name) + [(p, True) for p in gaz.lookup_loose(name)]
    assert _country_named(pool) is next((p for p, lo in pool if p.feature == "country" and not lo), None)
    assert _names_a_region(pool, gaz.regions) == any(p.id in gaz.regions for p, _ in pool)
    assert _country_named(_pool("لبنان")) is not None and _names_a_region(_pool("الغوطة الشرقية"), gaz.regions)


def test_far_is_far_from_every_place_near() -> None:
    gaz = default_gazetteer()
    near = [_Anchor(p.admin1, p.iso3, p.lat, p.lon, p.id, 3.0) for name in ("دوما", "حرستا", "كفرنبل")
            for p in gaz.lookup(name)[:1]]
    for name in ("دوما", "حلب", "الموصل", "سراقب", "البصرة"):
        for p in gaz.lookup(name):
            for anchors in ([], near[:1], near):
                want = bool(anchors) and all(a.admin1 != p.admin1 and km(p.lat, p.lon, a.lat, a.lon) > FAR_KM
                                             for a in anchors)
                assert _Resolver._far(p, anchors) == want, (name, p.id, len(anchors))
