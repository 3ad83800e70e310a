"""_Guarded's search, match and finditer ask holds() first: they answer as the pattern
does where a key stands, and None (nothing) elsewhere, for a guard of words and one left to its trie."""
from __future__ import annotations

import pytest

from rasd.assemble import _base as B
from rasd.text.normalize import fold

_WINDOWS = [fold(w) for w in (
    "ودانت وزارة الخارجية التركية الهجوم", "الرد على الهجوم المفترض", "وعلى الطرف الآخر، قصفت",
    "ومن المتوقع أن يشن النظام", "أعلنت الوزارة أمس", "", "على غرار ما حدث في حلب",
    "من المتوقع أن تتصاعد الغارات خلال الأيام المقبلة")]
_GUARDS = [B._REACTED_TO, B._OTHER_SIDE, B._NOT_FACTUAL, B._NOT_FACTUAL_AFTER, B._COMPARISON, B._TOTALS]


def _span(m):
    return None if m is None else m.span()


@pytest.mark.parametrize("guard", _GUARDS)
@pytest.mark.parametrize("text", _WINDOWS)
def test_guarded_answers_as_its_pattern_behind_holds(guard: B._Guarded, text: str) -> None:
    held = guard.holds(text)
    assert _span(guard.search(text)) == (_span(guard.pattern.search(text)) if held else None)
    assert _span(guard.match(text)) == (_span(guard.pattern.match(text)) if held else None)
    assert [m.span() for m in guard.finditer(text)] == ([m.span() for m in guard.pattern.finditer(text)] if held else [])


def test_both_kinds_of_guard_are_tested() -> None:
    assert any(g.words is None for g in _GUARDS) and any(g.words is not None for g in _GUARDS)
    assert B._REACTED_TO.holds(_WINDOWS[0]) and not B._OTHER_SIDE.holds(_WINDOWS[4])
    assert B._OTHER_SIDE.match(_WINDOWS[2]) is not None  # (a window that holds a key, where the pattern matches)
