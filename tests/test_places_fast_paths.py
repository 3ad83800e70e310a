"""The quick ways through the place stages say what the plain ways say: a unit's places and a place's
paragraph found by bisection, the regions a name names with its side kept per name, a lone place of
a sentence taken as its best without the tests that could not drop it."""
from __future__ import annotations

from types import SimpleNamespace

from rasd.assemble.places import _best_place, _by_unit, _enumeration, _para_of
from rasd.geo.gazetteer import arabic_key, default_gazetteer
from rasd.geo.resolve import _region_heads, _sided_regions
from rasd.model import EventMention, Location, PlaceMention
from rasd.text.segment import sentences

TEXT = ("قصفت قوات النظام بلدة كفرنبل في ريف إدلب الجنوبي.\n"
        "وقال المرصد إن الغارات استهدفت مدينة دوما في الغوطة الشرقية. وأصيب ثلاثة مدنيين في حرستا!\n\n"
        "وفي دير الزور، قتل شخصان بانفجار عبوة ناسفة.")


def _plain_para_of(sents, pos: int) -> int:
    for s in sents:
        if s.start <= pos < s.end + 1:
            return s.paragraph
    return -1


def test_para_of_is_the_plain_scan() -> None:
    sents = sentences(TEXT)
    starts = [s.start for s in sents]
    for pos in range(len(TEXT) + 2):
        assert _para_of(sents, starts, pos) == _plain_para_of(sents, pos), pos


def test_places_by_unit_are_the_plain_filter() -> None:
    sents = sentences(TEXT)
    starts = [s.start for s in sents]
    places = [PlaceMention(i, i + 4, TEXT[i:i + 4], i, i + 4) for i in range(0, len(TEXT) - 4, 7)]
    got = _by_unit(places, sents, starts)
    for k, sent in enumerate(sents):
        assert got.get(k, []) == [p for p in places if sent.start <= p.start < sent.end]


def test_region_heads_name_the_region_told_with_its_side() -> None:
    gaz = default_gazetteer()
    heads = _region_heads(gaz, "الغوطة الشرقية")
    assert heads and all(key == arabic_key("الغوطة") and region in gaz.regions for key, region in heads)
    assert _region_heads(gaz, "دوما") == ()
    mentions = [PlaceMention(0, 4, "دوما", 0, 4, context="الغوطة الشرقية")]
    assert _sided_regions(gaz, mentions) == _sided_regions(gaz, mentions)  # (the second time from the memo)
    assert set(_sided_regions(gaz, mentions)) == {arabic_key("الغوطة")}


def test_a_lone_place_is_the_best_and_lists_nothing() -> None:
    start = TEXT.index("حرستا")
    p = PlaceMention(start, start + 5, "حرستا", start, start + 5)
    ev = EventMention(TEXT.index("وأصيب"), TEXT.index("وأصيب") + 5, "Violence against civilians", "Attack")
    locations = {start: Location("Harasta", "حرستا", "حرستا", "Syria", "SYR", geo_precision=1)}
    assert _best_place(TEXT, [p], ev, locations) is p
    assert _enumeration(SimpleNamespace(doc=SimpleNamespace(text=TEXT)), [p], p, locations) == []
