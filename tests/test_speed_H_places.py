"""The place stages' comparisons that stand for min() and max() (the builtins cost ten times a test on
Python 3.11) say what the builtins say, and the resolver's rounding kept per value keeps an int an int."""
from __future__ import annotations

from bisect import bisect_right

from rasd.assemble.places import _folded_before, _unit_at
from rasd.geo.resolve import _rounded
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
