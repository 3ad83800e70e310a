"""The shortcuts of assemble.candidates: each answers as the full reading would."""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.assemble.candidates import _around, _goes_on, _shift_run_at, _units
from rasd.model import Document
from rasd.pipeline import analyze

PUB = dt.date(2018, 3, 17)


def _analysis(text: str):
    return analyze(Document(id="t", text=text, published=PUB))


@pytest.mark.parametrize(("text", "worded"), [
    ("قصفت الطائرات الحربية بلدة كفرنبل بريف إدلب الجنوبي اليوم.", False),
    ("الغوطة الشرقية التي تتعرض لقصف مكثف من قوات النظام منذ أسبوعين.", True),  # a place's lot
    ("القصف الذي تتعرض له الغوطة الشرقية مستمر.", True),  # told after the cue
    ("وتتواصل الغارات الجوية على ريف إدلب الجنوبي.", True),  # going on
    ("ورغم الهدنة، تواصل القصف على منطقة المرج ومحيط بلدة الشيفونية.", True),  # a verb of going on
])
def test_around_folds_the_windows_only_where_their_words_stand(text, worded):
    a = _analysis(text)
    assert a.events
    for ev in a.events:
        got = _around(a.doc.text, 0, ev)
        assert (got is not None) == worded
        # where it gives none, no pattern read in the windows could have found anything: _goes_on neither
        if got is None:
            assert not _goes_on(a.doc.text, 0, ev)


def test_the_next_turn_of_a_text_is_found_where_its_comma_stands():
    a = _analysis("قصفت الطائرات الحربية بلدة كفرنبل. وقالت مصادر محلية إن القصف استهدف السوق، "
                  "فيما استهدفت المدفعية قرية حاس.")
    comma = a.doc.text.index("،")
    assert _shift_run_at(a.nt, 0) == comma
    assert _shift_run_at(a.nt, a.nt.to_norm(comma + 1)) == len(a.doc.text) + 1  # none after it
    # the sentence before the turn is taken as it is; the one holding it is cut at its word
    first, *rest = _units(a)
    assert first is a.sentences[0]
    assert [a.doc.text[u.start:u.end].strip() for u in rest] == [
        "وقالت مصادر محلية إن القصف استهدف السوق،", "فيما استهدفت المدفعية قرية حاس."]


@pytest.mark.parametrize(("text", "counted"), [
    ("شنت الطائرات الحربية غارات على بلدة كفرنبل واستهدفت السوق بقصف مدفعي.", False),
    ("شنت الطائرات الحربية 12 غارة على بلدة كفرنبل واستهدفت السوق بقصف مدفعي.", True),
])
def test_one_look_for_a_digit_answers_for_the_counts_of_a_unit_s_cues(text, counted):
    from rasd.assemble.candidates import _counted_any, _many_acts

    a = _analysis(text)
    assert len(a.events) > 1
    assert _counted_any(a, a.events) == counted
    if not counted:
        assert not any(_many_acts(a, e, 1) for e in a.events)
    else:
        assert any(_many_acts(a, e, 1) for e in a.events)
