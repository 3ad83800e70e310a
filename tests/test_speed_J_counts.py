"""The count recognizer's shortcuts pick what the plain reading would (speed round 2, helper J)."""
from __future__ import annotations

from itertools import compress

import pytest

from rasd.recognize import counts as C
from rasd.text.normalize import fold


def test_clause_ends_start_no_phrase_or_count() -> None:
    # _Tokens files a clause end as one and looks no further at it
    assert not C._BOUNDS & (set(C._PHRASES) | C._STARTS)


def test_no_word_a_count_cannot_start_at_looks_like_a_number() -> None:
    # a number in digits is a candidate because it is in none of _NOT_STARTS
    assert not [w for w in C._NOT_STARTS if w[:1].isdigit()]


@pytest.mark.parametrize("text", [
    "قتل 5 أشخاص على الأقل، بينهم طفلان. وأصيب 1,300 آخرون في القصف على إدلب",
    "مقتل \"خلف الوهاب\" وهو معلم مدرسة بالإضافة إلى اثنين من أقاربه",
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
