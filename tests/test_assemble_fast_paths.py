"""The assembler's quick ways say what the plain ways say: the comma-weighted distance counted in
place, the strength of a lone cue read without telling cues apart, a guard's words tested one by one
instead of its trie, a strong candidate kept without being tried as a detail, two words besides a
date found by one search, and a digit looked for in the text rather than its folding."""
from __future__ import annotations

from typing import NamedTuple

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from rasd.assemble import _base as B
from rasd.assemble._base import _ALLEGED, _RESULT, CLAUSE_PENALTY, _Candidate, _clause_distance, _distance, _Guarded
from rasd.assemble.dates import _DIGIT, _TWO_WORDS
from rasd.assemble.merging import _fold_details, _strength, _tier
from rasd.model import EventMention
from rasd.text.normalize import fold

_TEXT = "تبنى داعش، الأربعاء، الهجوم الذي أودى الثلاثاء بحياة خمسة مدنيين، في بلدة الشحيل"


class _Span(NamedTuple):  # a mention: all the distance reads of one
    start: int
    end: int


def _span(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = _TEXT.index(word, start + 1)
    return start, start + len(word)


@pytest.mark.parametrize(("mention", "cue"), [
    ("الأربعاء", "الهجوم"),  # a day before the cue, a comma between
    ("الثلاثاء", "الهجوم"),  # after it, none
    ("الشحيل", "الهجوم"),  # after it, past a comma
    ("داعش", "تبنى"),  # right after it
    ("الهجوم", "الهجوم"),  # the same span
])
def test_clause_distance_counts_the_commas_between_as_it_did(mention, cue):
    m, ev = _Span(*_span(mention)), EventMention(*_span(cue), "Battles", "Armed clash")
    lo, hi = (m.end, ev.start) if m.end <= ev.start else (ev.end, m.start)
    between = _TEXT[lo:hi] if hi > lo else ""
    plain = _distance(m, ev) + CLAUSE_PENALTY * sum(between.count(ch) for ch in "،,")
    assert _clause_distance(_TEXT, m, ev) == plain


@pytest.mark.parametrize("weight", [0.3, 0.5, 0.7, 0.8, 1.0])
def test_a_lone_cue_is_as_strong_as_it_was(weight):
    cue = EventMention(0, 4, "Explosions/Remote violence", "Air/drone strike", weight=weight)
    alone = _Candidate(anchor=cue, sentence=0, paragraph=0, cues=[cue])
    told_apart = _Candidate(anchor=cue, sentence=0, paragraph=0, cues=[EventMention(0, 4, "Explosions/Remote violence",
                                                                               "Air/drone strike", weight=weight)])
    assert _strength(alone) == _strength(told_apart)


@pytest.mark.parametrize("text", ["الهجوم الكيمياوي المزعوم على دوما", "هجوم كيميائي مفترض في دوما",
                                  "الهجوم المفترضة", "المشتبه بأنه هجوم", "استهدف القصف بلدة نوى"])
def test_a_guard_s_words_find_what_its_trie_finds(text):
    folded = fold(text)
    assert _ALLEGED.words is not None and len(_ALLEGED.words) < len(_ALLEGED.keys)
    assert all(any(w in key for w in _ALLEGED.words) for key in _ALLEGED.keys)
    assert _ALLEGED.holds(folded) == (_ALLEGED.guard.search(folded) is not None)


@pytest.mark.parametrize("guarded", [g for g in vars(B).values() if isinstance(g, _Guarded)])
def test_every_guard_holds_what_its_trie_finds(guarded):
    windows = [fold(w) for w in ("ودان المرصد، الأحد، الهجوم المزعوم منذ بداية الحملة التي أطلقتها القوات",
                                 "قال المرصد إن القصف استمر خلال الساعات الـ24 الماضية، وأدى إلى مقتل",
                                 "قتل مدنيان في غارة")] + list(guarded.keys)
    for w in windows:
        assert guarded.holds(w) == (guarded.guard.search(w) is not None)


def test_a_strong_cue_is_no_detail_of_another():
    strike = EventMention(0, 4, "Explosions/Remote violence", "Air/drone strike", weight=0.8)
    shelling = EventMention(20, 24, "Explosions/Remote violence", "Shelling/artillery/missile attack", weight=0.9)
    bombs = EventMention(40, 46, "Explosions/Remote violence", "Air/drone strike", weight=0.3)
    cands = [_Candidate(anchor=e, sentence=k, paragraph=0, cues=[e], place_inherited=True)
             for k, e in enumerate((shelling, strike, bombs))]
    assert [_tier(c) for c in cands] == [2, 2, 0]
    kept, tiers = _fold_details(cands)
    assert kept == cands[:2] and tiers == [2, 2]  # the weak one folded into the first strong one only
    assert bombs in kept[0].cues and strike not in kept[0].cues


_LETTERS = regex.compile(r"\p{L}{2,}")  # (what _dates_an_act searched for twice)
_ALPHABET = st.one_of(st.sampled_from("قتلغارهفيسوريادحصب ـ،.\n19٣²½ⅫabcXY_"), st.characters())


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_two_words_are_two_runs_of_letters(rest):
    first = _LETTERS.search(rest)
    assert (_TWO_WORDS.search(rest) is not None) == (first is not None and _LETTERS.search(rest, first.end()) is not None)


@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_a_text_holds_a_digit_where_its_folding_does(text):
    assert (_DIGIT.search(text) is not None) == (_DIGIT.search(fold(text)) is not None)


@pytest.mark.parametrize(("text", "found"), [("، ما أدى إلى مقتل", True), ("مما أسفر عن سقوط", True),
                                           ("وأسفر القصف عن", False), ("وأدت الغارة الى", False)])
def test_a_result_phrase_is_found_behind_its_guard(text, found):
    folded = fold(text)
    assert _RESULT.words is not None
    m, plain = _RESULT.search(folded), _RESULT.pattern.search(folded)
    assert (m is not None) == found == (plain is not None)
    assert m is None or m.span() == plain.span()
