"""Candidates' shortcuts say what the full reading said: the stretch of a unit scanned for tally words
holds every window its cues' tests read, and the words of a forecast are looked for from the first
forecast word found."""
import datetime as dt

import pytest

from rasd.assemble._base import _NOT_FACTUAL, TOTALS_WINDOW
from rasd.assemble.candidates import _FORECAST_WORDS, _a_tallys_act, _is_total, _tally_words_in, _units
from rasd.model import Document
from rasd.pipeline import analyze
from rasd.text.normalize import fold

PUB = dt.date(2018, 3, 17)


def test_a_tally_word_far_before_the_cue_is_outside_the_stretch():
    """"خلال الأشهر الماضية" more than TALLY_CLAUSE_WINDOW before the only cue of a long unit: the stretch
    has no tally word, and neither has any window the cue's tests read."""
    text = ("قال المرصد إن عدد الضحايا خلال الأشهر الماضية ارتفع في المحافظة، وإن الأهالي يعانون من نقص "
            "الغذاء والدواء منذ فترة طويلة في ظل الحصار المفروض على المدينة وريفها الجنوبي والشرقي، "
            "وقصفت الطائرات الحربية اليوم بلدة كفرنبل.")
    a = analyze(Document(id="t", text=text, published=PUB))
    (unit,) = [u for u in _units(a) if any(u.start <= e.start < u.end for e in a.events)]
    cues = [e for e in a.events if unit.start <= e.start < unit.end]
    assert cues and cues[0].start - text.index("خلال") > 100
    assert not _tally_words_in(a, unit, cues)
    for e in cues:  # (read in full, as when the stretch holds a tally word)
        assert not _is_total(a, max(unit.start, e.start - TOTALS_WINDOW), min(unit.end, e.end + TOTALS_WINDOW))
        assert not _a_tallys_act(a, unit, e)


@pytest.mark.parametrize("clause", [
    "ويخشى السكان من المتوقع أن تشن قوات النظام",
    "من المتوقع أن يشن النظام",
    "وتخشى المعارضة أن تشن",
    "هددت الفصائل بشن",
    "ويتخوف السكان من المتوقع أن تشن قوات النظام",  # a fearing word only, then one of _NOT_FACTUAL
    "ويتخوف السكان أن تشن قوات النظام",  # a fearing word only, and none of _NOT_FACTUAL
])
def test_forecast_words_from_the_first_found(clause):
    clause = fold(clause)
    first = _FORECAST_WORDS.search(clause)
    assert first is not None
    worded = first.group() in _NOT_FACTUAL.keys or _NOT_FACTUAL.guard.search(clause, first.start()) is not None
    assert worded == (_NOT_FACTUAL.guard.search(clause) is not None)
