"""The notes' dates written out and the earlier act's words tested one by one say what strftime and
the trie said."""
import datetime as dt

import pytest

from rasd.assemble.candidates import _EARLIER_WORDS
from rasd.notes import _when

_STRFTIME = {"day": "On %-d %B %Y", "week": "In the week of %-d %B %Y", "month": "In %B %Y", "year": "In %Y"}


@pytest.mark.parametrize("precision", [None, "day", "week", "month", "year", "season"])
def test_when_reads_as_strftime(precision):
    for month in range(1, 13):
        day = dt.date(2017, month, 1 + 2 * month)
        assert _when(day, precision) == day.strftime(_STRFTIME.get(precision or "day", _STRFTIME["day"]))


@pytest.mark.parametrize("before", [
    "وقال المرصد إن ما يحصل اليوم يذكر",
    "على غرار ما حدث في",
    "وأعاد إلى الأذهان",
    "قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب",
    "",
])
def test_earlier_words_as_the_trie(before):
    from rasd.text.normalize import fold

    folded = fold(before)
    assert _EARLIER_WORDS.holds(folded) == (_EARLIER_WORDS.guard.search(folded) is not None)
