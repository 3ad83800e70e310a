"""The quick ways through normalization, segmentation and date scanning say what the plain ways say.

`NormText.of` finds deletions with one regex and glued words from runs of Latin letters and
digits; `paragraphs` keeps its last results; the date trigger scan skips ahead by its first
characters. Each is checked here against a plain, character-by-character statement of the rule.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from hypothesis import given
from hypothesis import strategies as st

from rasd.assemble import dates as AD
from rasd.assemble._base import _BEGAN_CAMPAIGN, _BEGAN_VERB, _DAYS_AFTER, _EVE, _SPAN_CLOSE
from rasd.recognize import dates as D
from rasd.text import segment as S
from rasd.text.normalize import NormText, fold
from rasd.text.segment import paragraphs, sentences

_LETTERS = "قتلغارهفيسوريادحصبـ"
_ODD = "ـ.* _*ـ.ـ  ـ\u064b\u0670\u200f\u00adأإىة٣«»“"
texts = st.text(alphabet=st.one_of(st.sampled_from(_LETTERS + _ODD + "abcXYZ019_\n"), st.characters()), max_size=120)

_TATWEEL = "\u0640"
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_ARABIC_OR_TATWEEL = re.compile("[\u0621-\u064a\u0640]")
_LATIN_OR_DIGIT = re.compile("[A-Za-z0-9]")


def _reference(s: str) -> tuple[str, list[int]]:
    """NormText.of spelled out: (folded text, offset of each of its characters in *s*)."""
    deleted = {i for i, c in enumerate(s) if fold(c) == ""}
    for run, between in ((r"[ .]+", lambda a, b: s[a] == _TATWEEL and s[b] == _TATWEEL),
                         (r"\*+", lambda a, b: bool(_ARABIC_OR_TATWEEL.match(s[a]) and _ARABIC_OR_TATWEEL.match(s[b])))):
        for m in re.finditer(run, s):  # a run of at most three, between two letters or tatweels
            if m.end() - m.start() <= 3 and m.start() > 0 and m.end() < len(s) and between(m.start() - 1, m.end()):
                deleted.update(range(m.start(), m.end()))
    kept = [i for i in range(len(s)) if i not in deleted]
    chars = [fold(s[i]) for i in kept]
    for k, c in enumerate(chars):
        if c == "_":  # a hashtag's word break; a dash between digits
            digits = 0 < k < len(chars) - 1 and chars[k - 1].isdecimal() and chars[k + 1].isdecimal()
            chars[k] = "-" if digits else " "
    text, offsets = [], []
    for k, (c, i) in enumerate(zip(chars, kept)):
        if k and ((_LATIN_OR_DIGIT.match(chars[k - 1]) and _ARABIC_LETTER.match(c))
                  or (_ARABIC_LETTER.match(chars[k - 1]) and _LATIN_OR_DIGIT.match(c))):
            text.append(" ")  # glued words: a space, mapped to the character after it
            offsets.append(i)
        text.append(c)
        offsets.append(i)
    return "".join(text), [*offsets, len(s)]


@given(texts)
def test_normtext_follows_the_plain_rule(s: str) -> None:
    nt = NormText.of(s)
    assert (nt.text, list(nt.offsets)) == _reference(s)


@given(texts, st.data())
def test_offsets_read_like_a_tuple(s: str, data) -> None:
    """The runs behind `NormText.offsets` answer as the plain tuple of offsets would."""
    nt = NormText.of(s)
    plain = tuple(nt.offsets)
    assert len(nt.offsets) == len(plain) and nt.offsets[-1] == plain[-1] == len(s)
    assert [nt.offsets[i] for i in range(len(plain))] == list(plain)
    for pos in range(-1, len(s) + 2):
        assert nt.to_norm(pos) == bisect_left(plain, pos, 0, len(nt.text))
    start = data.draw(st.integers(0, len(nt.text)))
    end = data.draw(st.integers(0, len(nt.text)))
    o = plain[start]
    want = (o, o) if end <= start else (o, plain[end - 1] + 1)
    if end > start:
        while want[1] < plain[end] and unicodedata.combining(s[want[1]]) and fold(s[want[1]]) == "":
            want = (o, want[1] + 1)
    assert nt.orig_span(start, end) == want


def test_normtext_examples_of_the_plain_rule() -> None:
    for s in ("بـ . ـت", "بـ    ـت", "ب****ت", "ب***ت", "*ب", "ـ.ـ.ـ", "a_b 1_2 ب_3", "Xب1ت2", "ـ*", ""):
        nt = NormText.of(s)
        assert (nt.text, list(nt.offsets)) == _reference(s), s


def test_paragraphs_are_a_fresh_list_each_time() -> None:
    text = "العنوان\n\n  الفقرة الأولى.  \nالثانية"
    first = paragraphs(text)
    first.clear()
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["العنوان", "الفقرة الأولى.", "الثانية"]
    assert [s.paragraph for s in sentences(text)] == [0, 1, 2]


def test_trigger_scan_starts_wherever_the_plain_scan_does() -> None:
    """The first-character lookahead of `_TRIGGER` changes nothing in what it matches: digits of
    any script, case variants of the English months ("ſeptember" folds to "september")."""
    plain = re.compile(D._TRIGGER.pattern[D._TRIGGER.pattern.index("(?<!"):], D._TRIGGER.flags)
    for text in ("SEPTEMBER 2019 ſeptember ١٢ ５ Aug. وفي 12 آب", "في ١٢ تشرين والـ٥ من", "اليوم الخميس 3:40"):
        folded = NormText.of(text).text
        assert [m.span() for m in D._TRIGGER.finditer(folded)] == [m.span() for m in plain.finditer(folded)]


def test_alike_characters_are_alike() -> None:
    """Where `_triggers` reads the tokens instead of scanning, and where `segment.tokens` splits
    with `re`, `re` and `regex` must agree on every character of the text: letters, digits, spaces
    and word characters."""
    import regex

    alike = re.compile(f"[{S.ALIKE}]")
    classes = [(re.compile(p), regex.compile(p)) for p in (r"[^\W\d_]", r"\d", r"\s", r"\w")]
    for c in map(chr, range(0x110000)):
        if alike.match(c):
            assert all(bool(a.match(c)) == bool(b.match(c)) for a, b in classes), hex(ord(c))


def test_alike_classes_read_as_their_classes() -> None:
    """`segment.alike_class` spells a class out over the ALIKE characters: on each of them the set
    it gives matches where the class does (the tokens' split of a plain text relies on it)."""
    alike = [c for c in map(chr, range(0x110000)) if re.match(f"[{S.ALIKE}]", c)]
    for cls in (r"[^\W\d_]", r"\d", r"\s"):
        spelled = re.compile(f"[{S.alike_class(cls)}]")
        assert [c for c in alike if spelled.match(c)] == [c for c in alike if re.match(cls, c)], cls
    assert S.tokens("قتل ٣ و1,500 مدني\n(دمشق)") == (
        ("قتل", "٣", "و", "1,500", "مدني", S.NEWLINE, "(", "دمشق", ")"), (0, 4, 6, 7, 13, 17, 18, 19, 23))


@given(texts)
def test_triggers_from_tokens_are_the_scans(s: str) -> None:
    for text in (s, NormText.of(s).text):
        assert [m.span() for m in D._triggers(text)] == [m.span() for m in D._TRIGGER.finditer(text)]


@given(texts)
def test_tokens_found_by_re_are_those_regex_finds(s: str) -> None:
    for text in (s, NormText.of(s).text, f"  {s}\n\n1,500 {s} "):
        assert S.tokens(text) == S._tokens_regex(text)


def test_triggers_from_tokens_examples() -> None:
    for s in ("في 1,500 و12 آب والـ24 من أيار", "منذ 3 أيام، امس5 _5 a5 May2019 ſeptember 2019", "x\u0654امس 12"):
        text = NormText.of(s).text
        assert [m.span() for m in D._triggers(text)] == [m.span() for m in D._TRIGGER.finditer(text)]


def _place_tokens_by_split(text: str) -> tuple[list[str], list[int]]:
    """The place finder's own tokens of *text* (its re.split), with their starts."""
    from itertools import accumulate

    from rasd.recognize.places import _TOKEN_SPLIT

    parts = _TOKEN_SPLIT.split(text)
    return parts[1::2], list(accumulate(map(len, parts)))[0:-1:2]


@given(st.text(alphabet=st.one_of(st.sampled_from(_LETTERS + _ODD + "019_,#'\"\n ¶"), st.characters()), max_size=120))
def test_place_tokens_from_segment_tokens_are_the_splits(s: str) -> None:
    """Where the place finder takes the tokens `segment.tokens` read, less those it skips, they are
    the ones its own split finds."""
    from rasd.recognize.places import _SKIPPED, _shared_tokens

    for text in (s, NormText.of(s).text, f"  {s}\n\n1500 {s} "):
        if _shared_tokens(text):
            toks, starts = S.tokens(text)
            kept = [(t, p) for t, p in zip(toks, starts) if t not in _SKIPPED]
            assert ([t for t, _ in kept], [p for _, p in kept]) == _place_tokens_by_split(text)


def test_place_tokens_from_segment_tokens_examples() -> None:
    from rasd.recognize.places import _shared_tokens

    assert _shared_tokens('قصف #سرمدا و"مارع" في 12_11\n')
    assert not _shared_tokens("قتل 1,500 شخص")  # grouped digits: one token for segment, three here
    assert _shared_tokens("قتل 1، 500 شخص")
    assert not _shared_tokens("SyriaCivilDefeمقتل")  # Latin letters glued to Arabic ones
    assert not _shared_tokens("سطر ¶ آخر")  # a ¶ of the text's own, not a newline


@given(texts)
def test_long_texts_fold_like_short_ones(s: str) -> None:
    """fold() asks a long text for each character to change in turn, a short one finds them: the
    same folding, character by character."""
    from rasd.text.normalize import FOLD_BY_CHARACTER_MIN

    long = (s or "x") * (FOLD_BY_CHARACTER_MIN // len(s or "x") + 1)
    assert len(long) >= FOLD_BY_CHARACTER_MIN
    assert fold(long) == "".join(fold(c) for c in long)


# Pieces of a page's furniture and prose, joined at random: labels of links and boxes, line breaks,
# colons, full stops, headlines.
_PAGE_PIECES = ["اقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد", "مواضيع ذات صلة", "قد يهمك أيضا", "الأكثر قراءة", "سمات",
                "الوسوم", "مقتل 3 أشخاص في قصف على إدلب", "وقال المرصد", "\n", "\n\n", " ", ":", " : ", ".", "؟", "،"]
pages = st.lists(st.sampled_from(_PAGE_PIECES), max_size=30).map("".join)


def _at_line_starts(pattern: re.Pattern) -> re.Pattern:
    """The plain form of a pattern of pipeline._line_spans: ``(?m)^`` where it opens with the line break."""
    return re.compile("(?m)^" + pattern.pattern.removeprefix(r"(?m)\n"))


@given(pages)
def test_line_spans_are_the_matches_at_line_starts(s: str) -> None:
    from rasd import pipeline as P

    for pattern in (P._READ_ALSO, P._BOX_LINE):
        assert list(P._line_spans(pattern, s)) == [m.span() for m in _at_line_starts(pattern).finditer(s)]


def test_line_spans_examples() -> None:
    from rasd import pipeline as P

    text = "اقرأ أيضا: مقتل 3 أشخاص\nوقال المرصد.\n  اقرأ أيضاً\nمواضيع ذات صلة : اعتراض دورية أمريكية"
    spans = list(P._line_spans(P._READ_ALSO, text))
    assert [text[s:e] for s, e in spans] == ["اقرأ أيضا: مقتل 3 أشخاص", "  اقرأ أيضاً"]
    assert [text[s:e] for s, e in P._line_spans(P._BOX_LINE, text)] == [
        "اقرأ أيضا: مقتل 3 أشخاص", "مواضيع ذات صلة : اعتراض دورية أمريكية"]


@given(pages)
def test_tags_are_sought_after_the_last_full_stop_as_anywhere_in_the_tail(s: str) -> None:
    from rasd import pipeline as P

    m = P._TAGS.search(s, max(0, len(s) - P.TAGS_CHARS - 40))
    plain = s if m is None else s[:m.start()] + "".join(ch if ch == "\n" else " " for ch in m.group()) + s[m.end():]
    assert P.tags_blanked(s) == plain


# Words of the patterns the dates of acts read around a cue, with others, for the guards in front of them.
_DATE_WORDS = ("غداه", "بعد", "يومين", "ايام", "من", "على", "بدات", "بدا", "اطلق", "الجيش", "حمله", "عمليه",
               "عسكريه", "في", "الغوطه", "الى", "حتى", "و", "يوم", "20", "18", "فبراير", "،", ".")
_windows = st.lists(st.sampled_from(_DATE_WORDS), max_size=14).map(" ".join).map(lambda s: s + " ")


@given(_windows)
def test_guards_of_the_dates_of_acts_pass_every_match(window: str) -> None:
    if _EVE.search(window) or _DAYS_AFTER.search(window):
        assert AD._tells_a_day_before(window)
    if _BEGAN_CAMPAIGN.search(window):
        assert _BEGAN_VERB.guard.search(window)
    if _SPAN_CLOSE.search(window):
        assert AD._DIGIT.search(window)


def test_guards_of_the_dates_of_acts_examples() -> None:
    for window, pattern in ((fold("وجاءت هذه القذائف، غداة "), _EVE), (fold("بعد يومين من "), _DAYS_AFTER),
                            (fold("بدأ الجيش التركي عملية عسكرية في عفرين باسم غصن الزيتون، في "), _BEGAN_CAMPAIGN),
                            (fold("من 19 فبراير إلى "), _SPAN_CLOSE)):
        assert pattern.search(window)
    assert AD._tells_a_day_before(fold("وجاءت هذه القذائف، غداة "))
    assert not AD._tells_a_day_before(fold("قتل مدنيان في قصف على "))
