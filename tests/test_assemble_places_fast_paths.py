"""The place stages' quick ways say what the plain ways say: one guard before the tests of a place
that is not the act's."""
from __future__ import annotations

import pytest

from rasd.assemble.places import _destination, _locates_named_again, _meeting_abroad, _not_the_acts
from rasd.model import Location, PlaceMention

HOME = Location("Baghdad", "بغداد", "بغداد", "Iraq", "IRQ", geo_precision=1)
ABROAD = Location("Tehran", "طهران", "طهران", "Iran", "IRN", geo_precision=1)


@pytest.mark.parametrize(("text", "name", "loc", "expected"), [
    ("أصيب ثلاثة مدنيين وتم نقلهم إلى محافظة بغداد لتلقي العلاج", "محافظة بغداد", HOME, True),
    ("قال المرصد ومقره لندن إن الطائرات قصفت بغداد", "لندن", ABROAD, True),
    ("قبل ساعات من قمة حاسمة في طهران قصفت الطائرات", "طهران", ABROAD, True),
    ("قبل ساعات من قمة حاسمة في طهران قصفت الطائرات", "طهران", HOME, False),  # (talks at home are where the war is)
    ("بعد ليلة من القصف العنيف على المدينة الواقعة قرب دمشق", "دمشق", HOME, True),
    ("فشل التوصل إلى هدنة في المحافظة الواقعة شمال سوريا", "شمال سوريا", HOME, True),
    ("فشل التوصل إلى هدنة في المحافظة الواقعة شمال سوريا", "سوريا", HOME, True),
    ("قصفت الطائرات البلدة الواقعة في ريف حلب", "ريف حلب", HOME, False),
    ("قصفت الطائرات أحياء في مدينة بغداد", "بغداد", HOME, False),
    ("بغداد", "بغداد", HOME, False),
])
def test_one_guard_says_what_the_three_tests_say(text, name, loc, expected) -> None:
    start = text.index(name)
    p = PlaceMention(start, start + len(name), name, start, start + len(name))
    plain = _destination(text, p) or _meeting_abroad(text, p, loc) or _locates_named_again(text, p)
    assert _not_the_acts(text, p, loc) == plain == expected
