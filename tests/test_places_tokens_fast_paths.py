"""The place finder's setup: the tokens it keeps and what it knows of each, whether a text's words
are met for the first time or looked up again (see ``_Finder.__init__``)."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.geo.gazetteer import default_gazetteer
from rasd.recognize.places import _SKIPPED, _TOKEN_SPLIT, _cut_apart, _Finder, _shared_tokens
from rasd.text.normalize import NormText
from rasd.text.segment import NEWLINE, has_unlike, tokens

TEXTS = [
    'قصفت قوات النظام #سرمدا و"مارع"\nفي ريف إدلب الشمالي',  # tokens shared with segment.tokens
    "SyriaCivilDefeمقتل رجل في قصف على مدينة الباب",  # Latin letters: the finder's own split
    "سطر ¶ آخر في مدينة حلب",  # a ¶ of the text's own: punctuation, not a skipped newline
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_are_the_same_met_first_or_again(text: str) -> None:
    gaz = default_gazetteer()
    nt = NormText.of(text)
    memo: dict = {}
    first, again = _Finder(nt, gaz, memo), _Finder(nt, gaz, memo)
    parts = _TOKEN_SPLIT.split(nt.text)
    assert first.texts == again.texts == parts[1::2]
    assert first.words == again.words
    assert None not in first.words and len(first.words) == first.n == len(first.texts)
    assert all(memo["place_words"][c] is None for c in _SKIPPED)  # a skipped token stays no word
    assert first.run() == again.run() == _Finder(nt, gaz, gaz.memo).run()


def test_which_texts_share_the_tokens() -> None:
    assert [_shared_tokens(NormText.of(t).text) for t in TEXTS] == [True, False, False]


@given(st.text(alphabet=st.sampled_from("ابة ى٣019,،_#'\"\nAbcéſ.-¶"), max_size=80))
def test_segment_tokens_cut_apart_are_the_splits(s: str) -> None:
    """Where the text holds no UNLIKE character and no "¶" of its own, segment's tokens cut apart
    where they differ are the finder's own split, less the skipped tokens."""
    for text in (s, NormText.of(s).text, f"x1,500 {s}Caféمقتل 2,000,000"):
        if has_unlike(text) or NEWLINE in text:
            continue
        toks, starts = _cut_apart(text, *tokens(text))
        kept = [(t, p) for t, p in zip(toks, starts) if t not in _SKIPPED]
        parts = _TOKEN_SPLIT.split(text)
        assert [t for t, _ in kept] == parts[1::2]
        assert [p for _, p in kept] == list(itertools.accumulate(map(len, parts)))[0:-1:2]


def test_cut_apart_examples() -> None:
    text = 'قتل 1,500 شخص في SyriaCivilDefeمقتل "Café"'
    toks, starts = _cut_apart(text, *tokens(text))
    assert toks == ["قتل", "1", ",", "500", "شخص", "في", "SyriaCivilDefe", "مقتل", '"', "Caf", "é", '"']
    assert [text[p:p + len(t)] for t, p in zip(toks, starts)] == toks
