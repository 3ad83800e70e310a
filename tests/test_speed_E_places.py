"""The place finder's setup: the tokens it keeps and what it knows of each, whether a text's words
are met for the first time or looked up again (see ``_Finder.__init__``)."""
from __future__ import annotations

import pytest

from rasd.geo.gazetteer import default_gazetteer
from rasd.recognize.places import _SKIPPED, _TOKEN_SPLIT, _Finder, _shared_tokens
from rasd.text.normalize import NormText

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
