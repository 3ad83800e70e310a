"""Folding and segmentation: the offset map every recognizer's evidence depends on.

Property tests (hypothesis) check the contract of :mod:`rasd.text.normalize` on arbitrary text —
folding is idempotent, every folded character maps back to the original character it came from,
spans round-trip — and a table pins the Arabic forms folding must unify.
"""
from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from rasd.text.normalize import NormText, fold, fold_slice
from rasd.text.segment import Sentence, Span, paragraphs, sentences

# Characters that folding treats specially, mixed into arbitrary unicode so hypothesis meets them.
_ARABIC_SPECIALS = (
    "أإآٱٲٳاىیېةۀھکڪءؤئ"  # letter variants
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"  # harakat, superscript alef, tatweel
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬"  # digits and separators
    "“”„«»″‟‘’‚‛`–—‒−"  # quotes and dashes
    "\u00a0\u2007\u202f\u2009\u200a\u3000\u200b\u200c\u200d\u200e\u200f\ufeff\u061c\u00ad"  # spaces, controls
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u06d6\u06e5\u06e6\u06ed"
    "قتلغارهفيسوريا .،\n"
)
texts = st.text(alphabet=st.one_of(st.sampled_from(_ARABIC_SPECIALS), st.characters()), max_size=200)


@given(texts)
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@given(texts, st.integers(-250, 250), st.integers(-250, 250))
def test_fold_slice_is_the_fold_of_the_slice(s: str, start: int, end: int) -> None:
    assert fold_slice(s, start, end) == fold(s[start:end])


def test_fold_slice_follows_the_text_it_is_given() -> None:
    # fold_slice keeps the folding of the text it cut last: asked about another text (or a copy of
    # the same, another object), it cuts from that one's
    report, headline = "قُتِلَ مدنيٌّ في غارةٍ على إدلب", "غارة جوية على أريحا"
    copy = "".join(list(report))
    for s in (report, headline, report, copy, headline):
        assert fold_slice(s, 3, 20) == fold(s[3:20])


def _plain(s: str) -> bool:
    """No glued Latin/Arabic words, underscores or dots, no word glued after ة or ى: where NormText is
    exactly fold()."""
    return not any(c == "_" or c == "." or (fold(c).isascii() and fold(c).isalnum()) for c in s) and not re.search(
        "\u0640[ .]|[ .]\u0640|\\*|[\u0629\u0649][^\\s\u0621-\u064a]*[\u0621-\u064a]", s)


@given(texts)
def test_normtext_agrees_with_fold(s: str) -> None:
    assume(_plain(s))
    assert NormText.of(s).text == fold(s)


@given(texts)
def test_every_folded_char_comes_from_its_original(s: str) -> None:
    nt = NormText.of(s)
    assert len(nt.offsets) == len(nt.text) + 1
    assert nt.offsets[-1] == len(s)
    assert all(a <= b for a, b in itertools.pairwise(nt.offsets))  # monotonic
    for i, ch in enumerate(nt.text):
        if ch == " " and i + 1 < len(nt.offsets) and nt.offsets[i] == nt.offsets[i + 1]:
            continue  # a space inserted between glued words
        if s[nt.offsets[i]] == "_":
            # a hashtag's underscore: a space between words, a hyphen between digits (#20_11_2022)
            assert ch == ("-" if 0 < i < len(nt.text) - 1 and nt.text[i - 1].isdecimal() and nt.text[i + 1].isdecimal()
                          else " ")
            continue
        assert fold(s[nt.offsets[i]]) == ch


@given(texts, st.data())
def test_orig_span_round_trips(s: str, data: st.DataObject) -> None:
    assume(_plain(s))
    nt = NormText.of(s)
    start = data.draw(st.integers(0, len(nt.text)))
    end = data.draw(st.integers(start, len(nt.text)))
    a, b = nt.orig_span(start, end)
    assert 0 <= a <= b <= len(s)
    # The original span folds to exactly the folded span: evidence quotes what was matched.
    assert fold(s[a:b]) == nt.text[start:end]
    assert nt.orig_text(start, end) == s[a:b]
    if start < len(nt.text):
        assert nt.to_norm(a) == start


@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(s: str) -> None:
    nt = NormText.of(s)
    nt.orig_span(0, len(nt.text))
    paragraphs(s)
    sentences(s)


@pytest.mark.parametrize(
    ("given_", "folded"),
    [
        ("قَتَلَ", "قتل"),  # harakat
        ("شُهَدَاءُ", "شهداء"),
        ("مُسَيَّرَة", "مسيره"),  # shadda + ة
        ("الرحمٰن", "الرحمن"),  # superscript alef
        ("قـــصف", "قصف"),  # tatweel
        ("أحمد", "احمد"),
        ("إدلب", "ادلب"),
        ("آذار", "اذار"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),  # ى → ي
        ("ی", "ي"),  # Persian yeh
        ("غارة", "غاره"),  # ة → ه
        ("کوباني", "كوباني"),  # Persian kaf
        ("٢٠٢٤/١١/٢٩", "2024/11/29"),  # Arabic-Indic digits
        ("۱۲", "12"),  # Extended (Persian) digits
        ("٣٫٥", "3.5"),  # Arabic decimal separator
        ("«قسد»", '"قسد"'),
        ("“داعش”", '"داعش"'),
        ("‘ب ي د’", "'ب ي د'"),
        ("حلب – إدلب", "حلب - ادلب"),  # en dash
        ("— خطاب", "- خطاب"),  # em dash
        ("10\u00a0قتلى", "10 قتلي"),  # no-break space
        ("\u200fالمرصد\u200e", "المرصد"),  # direction marks
        ("سوريا\u200c", "سوريا"),  # zero-width non-joiner
        ("\ufeffنص", "نص"),  # byte-order mark
    ],
)
def test_arabic_forms_fold(given_: str, folded: str) -> None:
    assert fold(given_) == folded
    nt = NormText.of(given_)
    assert nt.text == folded
    assert nt.orig_text(0, len(nt.text)).strip("\u200f\u200e\ufeff\u200c") == given_.strip("\u200f\u200e\ufeff\u200c")


def test_evidence_quotes_the_original() -> None:
    original = "استُشهِدَ ٣ مدنيين في غارةٍ على إدلب"
    nt = NormText.of(original)
    s = nt.text.index("غاره علي ادلب")
    start, end = nt.orig_span(s, s + len("غاره علي ادلب"))
    assert original[start:end] == "غارةٍ على إدلب"
    d = nt.text.index("3")
    assert original.__getitem__(slice(*nt.orig_span(d, d + 1))) == "٣"


def test_span_keeps_the_marks_of_its_last_letter() -> None:
    original = "غارةٍ، ثم قصفٌ"
    nt = NormText.of(original)
    assert nt.orig_text(0, len("غاره")) == "غارةٍ"  # not "غارة" with the kasratan left behind
    assert nt.orig_text(0, len(nt.text)) == original


def test_span_does_not_swallow_the_next_words_controls() -> None:
    original = "قصف\u200f إدلب"
    nt = NormText.of(original)
    assert nt.orig_text(0, 3) == "قصف"  # a direction mark is not written on the letter before it


def test_empty_span_maps_to_a_point() -> None:
    nt = NormText.of("قَصف")
    assert nt.orig_span(1, 1) == (nt.offsets[1], nt.offsets[1])
    assert nt.orig_span(len(nt.text), len(nt.text)) == (len("قَصف"), len("قَصف"))


# --- segmentation -----------------------------------------------------------------------------


def _quote(text: str, spans: list[Span] | list[Sentence]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def test_paragraphs_are_trimmed_nonblank_lines() -> None:
    text = "  العنوان  \n\n\tالفقرة الأولى.\r\n   \nالثانية"
    assert _quote(text, paragraphs(text)) == ["العنوان", "الفقرة الأولى.", "الثانية"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قصف على إدلب. وقتل مدنيان.", ["قصف على إدلب.", "وقتل مدنيان."]),
        ("هل انتهى القصف؟ لا", ["هل انتهى القصف؟", "لا"]),
        ("قتل 5 في عام 2017. وقال المرصد", ["قتل 5 في عام 2017.", "وقال المرصد"]),  # a number ends a sentence
        ('قال: "انتهى." ثم غادر.', ['قال: "انتهى."', "ثم غادر."]),  # the closing quote stays with its sentence
        ("قال «انتهى.» ثم", ["قال «انتهى.»", "ثم"]),
        ("بلدة بقرص.عملية الإنزال", ["بلدة بقرص.", "عملية الإنزال"]),  # pages glued when saved
        ("أطلقوا النار على المارة العُزّل.وأصيب طفل", ["أطلقوا النار على المارة العُزّل.", "وأصيب طفل"]),  # marks too
        ("اثار القص.ف على حي ض.ربة", ["اثار القص.ف على حي ض.ربة"]),  # one letter cut off: a dodged filter
        ("في حوادث متفرقة غربي العراق .وأفاد مصدر", ["في حوادث متفرقة غربي العراق .", "وأفاد مصدر"]),
        ("انظر pic.twitter.com/x و S.N.N اليوم", ["انظر pic.twitter.com/x و S.N.N اليوم"]),
        ("النسبة 2.5 بالمئة", ["النسبة 2.5 بالمئة"]),
        ("1. المنطقة الجنوبية\n2. الشمالية", ["1. المنطقة الجنوبية", "2. الشمالية"]),
        ("مقتل رجل… وإصابة آخر", ["مقتل رجل…", "وإصابة آخر"]),
        ("اعزاز تحت النار…14 مدنياً", ["اعزاز تحت النار…14 مدنياً"]),
        ("القصف مستمر؛ والضحايا كثر", ["القصف مستمر؛", "والضحايا كثر"]),
        ("سطر بلا نقطة\nوسطر آخر", ["سطر بلا نقطة", "وسطر آخر"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _quote(text, sentences(text)) == expected


def test_sentences_carry_their_paragraph() -> None:
    text = "أولى. ثانية.\n\nثالثة."
    assert [s.paragraph for s in sentences(text)] == [0, 0, 1]


def test_a_text_flattened_into_one_long_line_is_cut_where_it_turns_to_another_story() -> None:
    story = "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي. وقال ناشطون إن القصف طال الأحياء السكنية. " * 14
    other = "وفي ريف الحسكة الغربي، استهدف تنظيم داعش حاجزا في مدخل مدينة رأس العين."
    text = story + other + " على صعيد آخر، هز انفجار بلدة رميلان."
    assert len(story) > 1200
    assert [text[p.start:p.end] for p in paragraphs(text)] == [
        story.strip(), other, "على صعيد آخر، هز انفجار بلدة رميلان."]
    # a report's own paragraph, however long, stays whole: newlines cut it, not its sentences
    assert len(paragraphs(story + "\n" + other)) == 2
    long_sentence = "، وفي التفاصيل ".join(["جرت عملية إنزال في بلدة بقرص"] * 60) + "."
    assert len(paragraphs(long_sentence)) == 1  # the Observatory's run-on sentence has nowhere to cut


@given(texts)
def test_sentences_partition_each_paragraph(text: str) -> None:
    paras = paragraphs(text)
    sents = sentences(text)
    for s in sents:
        p = paras[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
    # In order, never overlapping, and every non-space character of a paragraph is in a sentence.
    assert all(a.end <= b.start for a, b in itertools.pairwise(sents))
    covered = {i for s in sents for i in range(s.start, s.end)}
    for p in paras:
        assert all(i in covered for i in range(p.start, p.end) if not text[i].isspace())


def test_glued_latin_and_arabic_words_are_split():
    from rasd.text.normalize import NormText

    original = "SyriaCivilDefeمقتل رجل"
    nt = NormText.of(original)
    assert "Defe مقتل" in nt.text
    s = nt.text.index("مقتل")
    assert nt.orig_text(s, s + 4) == "مقتل"


@pytest.mark.parametrize("original, folded, word", [
    # after ta marbuta or alef maqsura, which end words only
    ("قرب بلدة عين عيسىإصابة 3 أطفال", "قرب بلده عين عيسي اصابه 3 اطفال", "عيسى"),
    ("#الحسكةقصـ.ــفت مدفعية الاحتلال", "#الحسكه قصفت مدفعيه الاحتلال", "#الحسكة"),
    # ... or a tanween, after the alef it may stand before
    ("استشهاد 12 مدنياً وعسكرياًأعلنت قسد", "استشهاد 12 مدنيا وعسكريا اعلنت قسد", "أعلنت"),
    ("قتل مدنيًاأمس في القصف", "قتل مدنيا امس في القصف", "أمس"),
    ("قتل مدنيًا أمس", "قتل مدنيا امس", "أمس"),
    # after a post's label
    ("#عاجلإصابة 4 أشخاص بقصف تركي", "#عاجل اصابه 4 اشخاص بقصف تركي", "إصابة"),
    ("Public#متابعاتشهيدان من المدنيين", "Public#متابعات شهيدان من المدنيين", "شهيدان"),
    ("#عاجلة", "#عاجله", "#عاجلة"),  # the label's own word, not another glued to it
    ("#عاجل_آخر_الأخبار", "#عاجل اخر الاخبار", "#عاجل"),
    # a story's opening word glued to the hashtag before it
    ("في #سد_تشريناستشهاد مواطنين", "في #سد تشرين استشهاد مواطنين", "استشهاد"),
    ("#استشهاد", "#استشهاد", "#استشهاد"),  # the tag is the word itself
])
def test_a_word_glued_to_the_one_before_is_split(original, folded, word):
    from rasd.text.normalize import NormText

    nt = NormText.of(original)
    assert nt.text == folded
    s = nt.text.index(fold(word))
    assert nt.orig_text(s, s + len(word)) == word


@pytest.mark.parametrize("original,folded", [
    ("إصـ.ـابة مواطن في قصـ.ـف", "اصابه مواطن في قصف"),  # dots written to dodge platform filters
    ("استهـ.ـ.ـدفت السيارة", "استهدفت السياره"),
    ("ضحـ ـايا مـ ـجـ ـزرة صرين", "ضحايا مجزره صرين"),
    ("تستهدف بالـ ـمدفـ عـ ـية الثقيلة", "تستهدف بالمدفعيه الثقيله"),  # one letter between tatweels
    ("الطائرات تقــ .ـصف حي الأربعين", "الطائرات تقصف حي الاربعين"),
    ("#جسر_الشغور 20_11_2022", "#جسر الشغور 20-11-2022"),
    ("ق*صف مستشفى حلب", "قصف مستشفي حلب"),
    ("#دير_الزور", "#دير الزور"),  # hashtag underscores are word breaks
    ("عام 2017. وقال", "عام 2017. وقال"),  # a real full stop stays
    # a lone dot cutting one letter off a word, without tatweel
    ("قص.ف على حي", "قصف علي حي"),
    ("ض.ربة جوية", "ضربه جويه"),
    ("القص.ف على حي الفرقان", "القصف علي حي الفرقان"),
    ("غار.ة جوية.", "غاره جويه."),
    # ... but not a full stop without its space, a number, an abbreviation or a Latin address
    ("في حلب.وقال المرصد", "في حلب.وقال المرصد"),
    ("نقل له.وقال", "نقل له.وقال"),
    ("على بعد 3.5 كلم", "علي بعد 3.5 كلم"),
    ("قال د.محمد", "قال د.محمد"),
    ("عام 100 ق.م", "عام 100 ق.م"),
    ("موقع www.sohr.com", "موقع www.sohr.com"),
])
def test_social_media_spellings(original: str, folded: str) -> None:
    assert NormText.of(original).text == folded


def test_a_dot_written_into_a_word_does_not_end_the_sentence():
    from rasd.text.segment import sentences

    t = "إصـ.ــابة 4 أشخاص بقصـ. ـف تـ.ـركي على معبر الدادات بريف منبج.وكالة نودم"
    assert [t[s.start:s.end] for s in sentences(t)] == [
        "إصـ.ــابة 4 أشخاص بقصـ. ـف تـ.ـركي على معبر الدادات بريف منبج.", "وكالة نودم"]


def test_folding_changes_each_character_on_its_own():
    """fold() replaces characters in any order and folds slices as the whole: each changed character
    becomes one character or none, and none becomes a character that is changed too."""
    from rasd.text.normalize import _CHANGED

    assert all(len(v) <= 1 for v in _CHANGED.values())
    assert not set("".join(_CHANGED.values())) & set(_CHANGED)
