"""The count recognizer's shortcuts pick what the plain reading would."""
from __future__ import annotations

from itertools import compress

import pytest

from rasd.recognize import counts as C
from rasd.text.normalize import NormText, fold


def test_clause_ends_start_no_phrase_or_count() -> None:
    # _Tokens files a clause end as one and looks no further at it
    assert not C._BOUNDS & (set(C._PHRASES) | C._STARTS)


def test_no_word_a_count_cannot_start_at_looks_like_a_number() -> None:
    # a number in digits is a candidate because it is in none of _NOT_STARTS
    assert not [w for w in C._NOT_STARTS if w[:1].isdigit()]


@pytest.mark.parametrize("text", [
    "قتل 5 أشخاص على الأقل، بينهم طفلان. وأصيب 1,300 آخرون في القصف على إدلب",
    "مقتل \"خلف الوهاب\" وهو معلم مدرسة بالإضافة إلى اثنين من أقاربه",
    "وفقد كل من الشابة سلمى وأخيها أحمد حياتهما، ولم ترد أنباء عن وقوع إصابات أخرى فلا ضحايا",
    "استشهد الطفل علي، ضحية جديدة لرصاص قسد؛ وقال مصدر: لم يسفر عن وقوع ضحايا",
    "",
])
def test_tokens_pick_what_separate_passes_would(text: str) -> None:
    folded = fold(text)
    tk = C._Tokens(folded)
    words = tk.text[:tk.n]
    assert tk.bounds == list(compress(range(tk.n), map(C._BOUNDS.__contains__, words)))
    assert tk.strong == [i for i in tk.bounds if words[i] in C._STRONG]
    digits = map(str.isdigit, (w[0] for w in words)) if "," in folded else map(str.isdigit, words)
    assert tk.candidates == [i for i, d in zip(range(tk.n), digits) if d or words[i] in C._STARTS]
    assert set(tk.starts_at) <= {i for i, w in enumerate(words) if w in C._PHRASES}
    for opening in (C._LIST_OPENER_FIRST, C._NO_CASUALTIES_STARTS):
        assert list(tk.openers(opening)) == [i for i, w in enumerate(words) if w in opening]


def test_phrase_ends_are_those_of_the_phrases_found() -> None:
    tk = C._Tokens(fold("قتل 5 أشخاص على الأقل بينهم طفلان في القصف"))
    ends = set(tk.ends_at)
    assert ends
    for lo in range(tk.n + 1):
        for hi in range(lo, tk.n + 1):
            assert tk.phrase_ends(lo, hi) == any(lo <= k < hi for k in ends)


def test_words_in_counts_words_but_fillers_and_marks() -> None:
    t = C._Tokens(fold("قتل فيها ، اليوم 5 أشخاص")).text
    assert C._words_in(t, 0, 6) == 3  # قتل، 5، أشخاص
    assert C._words_in(t, 1, 4) == 0


def test_a_count_coordinated_with_the_one_before_across_words_only() -> None:
    got = [(x.category, x.best) for x in C.find_counts(NormText.of("مقتل 26 من قوات النظام بالإضافة إلى تسعة مقاتلين روس"))]
    assert got == [("killed", 26), ("killed", 9)]
    got = [(x.category, x.best) for x in C.find_counts(NormText.of("مقتل 3 مدنيين و2 من العسكريين"))]
    assert got == [("killed", 3), ("killed", 2)]
