"""The quick paths of the offset map (``Offsets``' first run, the deletions before a window) give
what the general look-ups give, on any text and at any position."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.text.normalize import NormText, fold, fold_slice

_SPECIALS = "أإآىة\u064b\u064c\u0651\u0652\u0640\u200f_.*قصف غارة على إدلبSyriaمقتل16تشرين\n"
texts = st.text(alphabet=st.one_of(st.sampled_from(_SPECIALS), st.characters()), max_size=120)


@given(texts, st.data())
def test_to_norm_and_orig_span_are_the_offsets_lookups(s: str, data: st.DataObject) -> None:
    nt = NormText.of(s)
    n = len(nt.text)
    pos = data.draw(st.integers(-3, len(s) + 3))
    assert nt.to_norm(pos) == nt.offsets.folded(pos)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(0, n))
    assert nt.orig_span(start, end) == nt._orig_span(start, end)


@given(texts, st.integers(-5, 130), st.integers(-5, 130))
def test_fold_slice_around_the_deletions(s: str, start: int, end: int) -> None:
    text = f"\u064b{s}قَتَلَ{s}"  # deletions at the start, in the middle and wherever s has some
    assert fold_slice(text, start, end) == fold(text[start:end])


def test_quick_paths_on_a_report() -> None:
    report = "قتل مدني في غارة على إدلب أمس، وأصيب آخرون بجروحٍ"  # one mark, near the end
    nt = NormText.of(report)
    assert nt.offsets._head_end == report.index("\u064d")
    assert nt.orig_text(0, 3) == "قتل" and nt.to_norm(4) == 4
    assert nt.orig_text(nt.text.index("بجروح"), len(nt.text)) == "بجروحٍ"
    assert NormText.of("").to_norm(-1) == NormText.of("").to_norm(5) == 0


@given(texts)
def test_word_ends_glued_are_found_letter_by_letter(s: str) -> None:
    import re

    from rasd.text.normalize import _WORD_END_GLUED

    text = f"عيسى{s}إصابة{s}الحسكةقصفت"
    both = re.compile("[\u0629\u0649](?=[\u0621-\u064a])")
    assert sorted(m.end() for p in _WORD_END_GLUED for m in p.finditer(text)) == [m.end() for m in both.finditer(text)]
    assert NormText.of("عين عيسىإصابة").text == "عين عيسي اصابه"


@given(texts)
def test_every_character_folding_deletes_starts_a_deletion(s: str) -> None:
    """NormText.of folds what its deletions leave by the replacements alone (_REPLACE_ITEMS)."""
    from rasd.text.normalize import _DELETABLE, _FOLD_DELETES, _REPLACE_ITEMS, _fold_by_character

    starts = {m.start() for m in _DELETABLE.finditer(s)}
    assert {i for i, c in enumerate(s) if c in _FOLD_DELETES} <= starts
    left = _DELETABLE.sub("", s)
    assert _fold_by_character(left, _REPLACE_ITEMS) == fold(left)


@given(texts)
def test_a_long_text_folds_alike_by_replacements_and_deletions(s: str) -> None:
    from rasd.text.normalize import _FOLD_DELETES, FOLD_BY_CHARACTER_MIN, _folded_whole

    text = "قَتَلَ " + s * (FOLD_BY_CHARACTER_MIN // max(len(s), 1) + 1) + "ـ"
    folded, deleted = _folded_whole.__wrapped__(text)
    assert folded == fold(text) == "".join(map(fold, text))
    assert deleted == [i for i, c in enumerate(text) if c in _FOLD_DELETES]


def test_fold_whole_reuses_the_last_folding() -> None:
    from rasd.text.normalize import fold_whole

    report = "أعلنت وزارة الدفاع التركيّة مقتل جندي " * 20
    assert fold_slice(report, 0, 5) == fold(report[:5])
    assert fold_whole(report) == fold(report) and fold_whole(report[1:]) == fold(report[1:])


@given(texts, st.integers(-5, 130), st.integers(-5, 130))
def test_fold_slice_after_normalizing_the_text(s: str, start: int, end: int) -> None:
    """NormText.of keeps its folding of a text that deletes nothing for fold_slice (_remember_whole)."""
    from rasd.text.normalize import fold_whole

    text = s + " غارة على إدلب_2 Syriaمقتل " + s
    NormText.of(text)
    assert fold_slice(text, start, end) == fold(text[start:end])
    assert fold_whole(text) == fold(text)


def test_a_report_with_nothing_deleted_is_folded_once() -> None:
    from rasd.text import normalize

    report = "أعلنت وزارة الدفاع مقتل جندي في إدلب"
    nt = NormText.of(report)
    assert normalize._last_whole == (report, nt.text, []) and fold_slice(report, 0, 5) == "اعلنت"
    marked = "قَتَلَ جنديٌّ"  # (marks deleted: fold's deletions, kept with their offsets)
    assert normalize._last_whole[1:] != normalize._folded_whole.__wrapped__(marked)
    NormText.of(marked)
    assert normalize._last_whole == (marked, *normalize._folded_whole.__wrapped__(marked))
    NormText.of("ض.ربة")  # (a dot deleted, which fold keeps: not kept)
    assert normalize._last_whole[0] is marked


@given(texts)
def test_the_folding_normalization_keeps_is_fold_slices(s: str) -> None:
    from rasd.text import normalize

    text = "قَتَلَ " + s
    NormText.of(text)
    if normalize._last_whole[0] is text:
        assert normalize._last_whole[1:] == normalize._folded_whole.__wrapped__(text)
