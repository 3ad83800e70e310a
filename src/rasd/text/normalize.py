"""Arabic normalization that remembers where every character came from.

Recognizers read the *folded* text — no diacritics or tatweel, one alef, ى→ي, ة→ه, Western
digits, plain quotes — and report spans in it; :class:`NormText` maps those spans back to the
original text, so evidence always quotes the document as it was given to rasd.

Folding deletes characters, replaces one character by one character, and inserts a space where
a Latin word is glued to an Arabic one; the map is a monotonic list of original offsets, one per
folded character plus one past the end (an inserted space maps to the character after it).

Patterns and data files are written in ordinary Arabic; pass them through :func:`fold` before
compiling or indexing (folding never touches regex syntax, so ``regex.compile(fold(p))`` works).
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rasd.lang.ar import page_words as _page

# Characters removed outright: harakat, superscript alef, tatweel, Quranic marks, directional and
# zero-width controls, soft hyphen.
_DELETE = set(
    [chr(c) for c in range(0x064B, 0x0653)]
    + ["\u0670", "\u0640", "\u00ad", "\u061c", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if chr(c) not in "\u06e5\u06e6"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

_REPLACE: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",  # Persian/Urdu forms seen in Kurdish-area posts
    "ة": "ه", "ۀ": "ه", "ھ": "ه", "ک": "ك", "ڪ": "ك",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"', "‟": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u3000": " ",
    "–": "-", "—": "-", "‒": "-", "−": "-", "ـ": "",
    "٫": ".", "٬": ",",
}
for _i in range(10):
    _REPLACE[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _REPLACE[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits

# Deleted characters that are written on the letter before them (harakat, Quranic marks): they
# belong to that letter when a span is mapped back.
_MARKS = frozenset(c for c in _DELETE if unicodedata.combining(c))

_CHANGES: dict[int, str | None] = {
    **{ord(c): None for c in _DELETE},
    **{ord(k): (v or None) for k, v in _REPLACE.items()},
}
# Folding by str.replace, once for each character to change that the text holds (found by one
# scan of a character set), not by str.translate: translate looks up every character of the text in
# a table one by one, about twice as slow on a report and a third slower on a 40-character window
# (both fold often: NormText.of on each document and its focus, fold ~80k times per ANT pass). The
# order of the replacements does not matter: no character is replaced by one that is changed too.
_CHANGED: dict[str, str] = {chr(c): v or "" for c, v in _CHANGES.items()}
_TO_CHANGE = re.compile("[" + "".join(re.escape(c) for c in sorted(_CHANGED)) + "]")


# A text this long (a whole report) is folded by asking it for each character to change in turn:
# a hundred substring tests cost less than listing its every ة, ى and أ with findall.
FOLD_BY_CHARACTER_MIN = 512
_CHANGED_ITEMS = tuple(_CHANGED.items())


def fold(s: str) -> str:
    """The folded form of *s* (no offset map): for patterns, dictionary keys and lookups."""
    if len(s) >= FOLD_BY_CHARACTER_MIN:
        return _fold_by_character(s, _CHANGED_ITEMS)
    for c in set(_TO_CHANGE.findall(s)):
        s = s.replace(c, _CHANGED[c])
    return s


def _fold_by_character(s: str, changes: tuple[tuple[str, str], ...]) -> str:
    """*s* with the *changes* (character, what it becomes) it needs made: the long text's fold()."""
    for c, v in changes:
        if c in s:
            s = s.replace(c, v)
    return s


# fold() changes each character on its own, into one character or none: the folded form of a slice
# of a text is the slice of the folded text between the same offsets, each moved back by the
# characters deleted before it. (tests/test_normalize.py checks both properties of _CHANGED.)
_FOLD_DELETES = tuple(sorted(c for c, v in _CHANGED.items() if not v))
_FOLD_DELETES_SET = frozenset(_FOLD_DELETES)
_REPLACE_ITEMS = tuple((c, v) for c, v in _CHANGED_ITEMS if v)  # the changes but the deletions


@functools.lru_cache(maxsize=4)
def _folded_whole(s: str) -> tuple[str, list[int]]:
    """``fold(s)`` and the offsets in *s* of the characters it deletes (sorted); kept for the last
    few texts. The characters are looked for one by one, as fold() looks for those it changes in a
    long text: a report holds few of them, and a substring test costs less than a pattern's
    character set tested at every character. The folding tells how many there are: none in half
    the reports, which are not searched, and the search stops once all are found."""
    folded = fold(s)
    left = len(s) - len(folded)  # (fold deletes characters, and changes the others one for one)
    deleted: list[int] = []
    for c in _FOLD_DELETES:
        if left == 0:
            break
        i = s.find(c)
        while i >= 0:
            deleted.append(i)
            left -= 1
            i = s.find(c, i + 1)
    deleted.sort()
    return folded, deleted


# The folding fold_slice used last: nearly every call asks about the same report as the one before
# (a thousand changes of text in 260k calls per ANT pass), and telling so by identity costs less
# than the cache's lookup.
_last_whole: tuple[str, str, list[int]] = ("", "", [])  # (text, its folding, its deletions)


def _remember_whole(s: str, folded: str, deleted: list[int]) -> None:
    """Keep ``fold(s)``, *folded*, and the offsets of the characters it *deleted*, as the folding
    fold_slice read last (NormText.of folds most reports so: fold_slice need not fold them again)."""
    global _last_whole
    _last_whole = (s, folded, deleted)


def fold_whole(s: str) -> str:
    """``fold(s)``, taken from fold_slice's folding of *s* when *s* is the text it read last (the
    report the assembler has just read, which the pipeline then searches for its headline)."""
    whole = _last_whole
    return whole[1] if whole[0] is s else fold(s)


def fold_slice(s: str, start: int, end: int) -> str:
    """``fold(s[start:end])``, cut out of one folding of the whole of *s*: the assembler folds short
    windows of a report around every cue, date and place (tens of thousands per ANT pass), and a
    slice costs a tenth of folding one."""
    global _last_whole  # (replaced whole, never changed in place: safe across threads)
    if not 0 <= start <= end <= len(s):  # (rare: most windows lie inside the text)
        start, end, _ = slice(start, end).indices(len(s))
        if end <= start:
            return ""
    whole = _last_whole
    if whole[0] is not s:
        whole = _last_whole = (s, *_folded_whole(s))
    _, folded, deleted = whole
    if not deleted or end <= deleted[0]:
        return folded[start:end]  # nothing deleted before the window's end
    k = bisect_left(deleted, start)
    if k == len(deleted) or end <= deleted[k]:
        return folded[start - k:end - k]  # nothing deleted inside the window (past its start)
    return folded[start - k:end - bisect_left(deleted, end, k)]


_ARABIC_LETTERS = "\u0621-\u064a\u0671-\u06d3"
# What folding deletes, plus dots and spaces inside a word written to dodge platform filters
# ("القـ.ـصف", "استهـ.ـ.ـدفت", "مـ ـجـ ـزرة", "تقــ .ـصف": between tatweels, deleted too, or before
# one letter and a tatweel: "بالمدفـ عـ ـية"), and
# asterisks inside a word ("ق*صف", "ارتكـ*بت"), and a lone dot cutting off one letter of a word
# ("قص.ف", "ض.ربة"). A dot between longer stretches of letters stays: it is as likely a sentence end
# with its space left out ("في حلب.وقال") as a censored word; nor does it go after a letter that is
# an abbreviation ("د.محمد").
# The pattern opens with the set of characters a deletion starts with, consumed, and each
# alternative then says (looking back over it) which one it was: `re` skips to the next character
# of a leading set with a quick scan, while a leading lookahead would be tried at every position.
# The tatweel takes the dots and spaces after it when another tatweel follows them.
_DELETED_CHARS = "".join(re.escape(c) for c in sorted(k for k, v in _REPLACE.items() if not v) + sorted(_DELETE))
_L = "\u0621-\u064a"
_ABBREVIATIONS = "دمأا"  # د. (doctor), م. (engineer), أ. (professor)
_DELETABLE = re.compile(f"[{_DELETED_CHARS}*.]"
                        f"(?:(?<=\u0640)(?:[ .]{{1,3}}(?=\u0640|[{_L}]\u0640))?"  # a tatweel
                        f"|(?<=[{_DELETED_CHARS}])"  # another character folding deletes
                        r"|(?<=[\u0621-\u064a\u0640]\*)\*{0,2}(?=[\u0621-\u064a\u0640])"  # 1-3 asterisks
                        f"|(?:(?<=^[{_L}]\\.)|(?<=[^{_L}][{_L}]\\.))(?<![{_ABBREVIATIONS}]\\.)(?=[{_L}]{{2}})"
                        f"|(?<=[{_L}]{{2}}\\.)(?=[{_L}](?![{_L}])))")
_DIGIT_UNDERSCORE = re.compile(r"(?<=\d)_(?=\d)")
# A run of Latin letters or digits, and whether an Arabic letter touches it before (group "before")
# or after (group "after"): "Defeمقتل", "16تشرين". The run's first character is consumed before the
# look back, so that `re` finds runs with a quick scan for their first character.
_LATIN_RUN = re.compile(f"[A-Za-z0-9](?P<before>(?<=[{_ARABIC_LETTERS}][A-Za-z0-9]))?[A-Za-z0-9]*"
                        f"(?P<after>(?=[{_ARABIC_LETTERS}]))?")


# A letter that only ends a word (ta marbuta, alef maqsura) with an Arabic letter right after it: a
# pattern for each letter, which `re` finds by a quick scan for that letter (a pattern opening with
# a set of two tests the set at every character: nearly three times the instructions on a report).
_WORD_END_GLUED = tuple(re.compile(f"{c}(?=[\u0621-\u064a])") for c in "\u0629\u0649")
# A post's label glued to the story's first word ("#عاجلإصابة"; see page_words.POST_LABELS): the
# position after the label, when at least POST_LABEL_REST letters follow it in the same word (so
# "#عاجلة" stays whole).
POST_LABEL_REST = 3
_LABEL_GLUED = re.compile("#(?:" + "|".join(sorted(map(re.escape, _page.POST_LABELS), key=len, reverse=True))
                          + f")(?=[\u0621-\u064a]{{{POST_LABEL_REST}}})")


class Offsets(Sequence[int]):
    """The original offset of each folded character, and the original length after them: a
    read-only sequence of ``len(text) + 1`` ints.

    Folding deletes or inserts only a few characters of a text, so the offsets are stored as runs
    in which they go up one by one: a run starting at folded index ``starts[k]`` has offset
    ``i + shifts[k]`` for each of its indices ``i``. Building and reading them needs no Python int
    per character, which a tuple of offsets did (a good part of normalizing a long report).
    """

    __slots__ = ("_end", "_head_end", "_head_last", "_head_shift", "_lasts", "_n", "_shifts", "_starts")

    def __init__(self, runs: list[tuple[int, int]], n: int, end: int) -> None:
        """*runs*: ``(folded start, original start)`` of each run, in order, none empty, covering
        the *n* folded characters; *end*: the original length."""
        starts: list[int] = []
        shifts: list[int] = []
        for f, o in runs:
            if shifts and o - f == shifts[-1]:
                continue  # goes on with the run before
            starts.append(f)
            shifts.append(o - f)
        self._starts, self._shifts, self._n, self._end = starts, shifts, n, end
        # the offset of each run's last character, for finding the folded index of an offset
        self._lasts = [e - 1 + sh for e, sh in zip([*starts[1:], n], shifts)]
        # The first run (from folded index 0) by itself: where it ends, the offset of its last character
        # and its shift. Most look-ups fall in it (all, in a text with nothing deleted), and are
        # answered without a search (NormText.to_norm, orig_span).
        self._head_end = starts[1] if len(starts) > 1 else n
        self._head_last = self._lasts[0] if n else -1
        self._head_shift = shifts[0] if n else 0

    def __len__(self) -> int:
        return self._n + 1

    def __getitem__(self, i):  # type: ignore[override]
        if type(i) is int and 0 <= i < self._n:  # the usual case first
            return i + self._shifts[bisect_right(self._starts, i) - 1]
        if isinstance(i, slice):
            return tuple(self)[i]
        if i < 0:
            i += self._n + 1
        if not 0 <= i <= self._n:
            raise IndexError("offset index out of range")
        if i == self._n:
            return self._end
        return i + self._shifts[bisect_right(self._starts, i) - 1]

    def __iter__(self) -> Iterator[int]:
        for s, e, sh in zip(self._starts, [*self._starts[1:], self._n], self._shifts):
            yield from range(s + sh, e + sh)
        yield self._end

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return (self._starts, self._shifts, self._n, self._end) == \
                (other._starts, other._shifts, other._n, other._end)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((tuple(self._starts), tuple(self._shifts), self._n, self._end))

    def __repr__(self) -> str:
        return f"Offsets({list(self)})"

    def folded(self, orig_pos: int) -> int:
        """The first folded index whose offset is at or after *orig_pos* (``n`` when none is)."""
        k = bisect_left(self._lasts, orig_pos)
        if k == len(self._lasts):
            return self._n
        return max(self._starts[k], orig_pos - self._shifts[k])


@dataclass(frozen=True, slots=True)
class NormText:
    """A folded text with the offset of each of its characters in the original.

    ``offsets[i]`` is the original index of folded character ``i``; ``offsets[len(text)]`` is the
    original length, so a folded span ``[s, e)`` maps to ``[offsets[s], offsets[e - 1] + 1)``,
    widened over the diacritics of its last letter (:meth:`orig_span`).
    """

    original: str
    text: str
    offsets: Offsets

    @classmethod
    def of(cls, original: str) -> NormText:
        # Done with C-level string operations, not a loop over characters: this runs on every
        # document and is the first thing the pipeline does. Deletions are found by one regex,
        # the kept stretches copied whole, 1:1 replacements done by str.replace (fold); the offsets
        # are the kept stretches (runs, see Offsets).
        runs: list[tuple[int, int]] = []  # (folded start, original start) of each kept stretch
        parts: list[str] = []
        prev = n = 0
        deleted: list[int] | None = []  # where a character folding deletes was, while only those are
        for m in _DELETABLE.finditer(original):
            if m.start() > prev:
                parts.append(original[prev:m.start()])
                runs.append((n, prev))
                n += m.start() - prev
            prev = m.end()
            if deleted is not None:
                if prev - m.start() == 1 and original[m.start()] in _FOLD_DELETES_SET:
                    deleted.append(m.start())
                else:
                    deleted = None  # (a dot, an asterisk or a space deleted: not fold's deletions)
        if prev < len(original):
            parts.append(original[prev:])
            runs.append((n, prev))
        joined = "".join(parts)
        # (every character folding deletes starts a deletion, and is gone: a long text is folded by
        # the replacements alone, half the substring tests)
        text = _fold_by_character(joined, _REPLACE_ITEMS) if len(joined) >= FOLD_BY_CHARACTER_MIN else fold(joined)
        if "_" in text:
            # hashtags join words with underscores (#دير_الزور); kept out of fold() for regex group names
            # hashtags write dates with underscores too: #جسر_الشغور 20_11_2022
            text = _DIGIT_UNDERSCORE.sub("-", text).replace("_", " ")
        cuts = _glued(text, joined)
        glued_on = _tanween_glued(original, runs)
        if glued_on:
            cuts = sorted({*cuts, *glued_on})
        if cuts:
            # Saved posts glue a Latin byline to the Arabic text ("SyriaCivilDefeمقتل رجل"): a
            # space keeps the word boundary every recognizer relies on. It maps to the character
            # after it, so spans never start or end on it in the original.
            runs = _with_spaces(runs, cuts)
            text = "".join(text[a:b] + " " for a, b in itertools.pairwise([0, *cuts])) + text[cuts[-1]:]
        elif deleted is not None and "_" not in joined:
            # nothing deleted but what folding deletes, nothing put in, no underscore: the text is
            # fold(original), which fold_slice is about to read (the assembler folds windows of the
            # document's text)
            _remember_whole(original, text, deleted)
        return cls(original, text, Offsets(runs, len(text), len(original)))

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded span ``[start, end)``.

        The end takes in the diacritics written on the last letter ("غارةٍ", not "غارة" and a
        stray kasratan): a quote must not split a letter from its marks.
        """
        offsets = self.offsets
        if 0 <= start < end < offsets._head_end:
            # inside the first run, the character after it too: one shift, and no mark folding
            # deleted after the last character
            shift = offsets._head_shift
            return start + shift, end + shift
        if not 0 <= start < end <= offsets._n:
            return self._orig_span(start, end)  # empty, negative or out of range: rare
        # Inline lookups in the offset runs (see Offsets), not three calls to Offsets.__getitem__:
        # the recognizers quote some fifty spans per document.
        starts, shifts = offsets._starts, offsets._shifts
        e = end + shifts[bisect_right(starts, end - 1) - 1]  # offset of the last character, + 1
        limit = end + shifts[bisect_right(starts, end) - 1] if end < offsets._n else offsets._end
        original = self.original
        while e < limit and original[e] in _MARKS:
            e += 1
        return start + shifts[bisect_right(starts, start) - 1], e

    def _orig_span(self, start: int, end: int) -> tuple[int, int]:
        """:meth:`orig_span` for any *start* and *end*, through ``Offsets.__getitem__``."""
        offsets = self.offsets
        if end <= start:
            o = offsets[start]
            return o, o
        e = offsets[end - 1] + 1
        limit = offsets[end]
        while e < limit and self.original[e] in _MARKS:
            e += 1
        return offsets[start], e

    def orig_text(self, start: int, end: int) -> str:
        """The original text under the folded span ``[start, end)``."""
        s, e = self.orig_span(start, end)
        return self.original[s:e]

    def to_norm(self, orig_pos: int) -> int:
        """The folded index of the first folded character at or after original ``orig_pos``."""
        # Offsets.folded inline: one call less on a path taken a few hundred times per document.
        offsets = self.offsets
        if orig_pos <= offsets._head_last:  # in the first run (see Offsets), whose folded start is 0
            pos = orig_pos - offsets._head_shift
            return pos if pos > 0 else 0  # noqa: FURB136 — max() inline, as below
        k = bisect_left(offsets._lasts, orig_pos)
        if k == len(offsets._lasts):
            return offsets._n
        start, pos = offsets._starts[k], orig_pos - offsets._shifts[k]
        return start if start > pos else pos  # noqa: FURB136 — max() inline: a call less, ~240k per ANT pass


def _with_spaces(runs: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    """The runs of offsets after a space is put in at each of the (folded) *cuts*: the space maps
    to the character after it, as does that character."""
    starts = [f for f, _ in runs]

    def orig(i: int) -> int:  # offset of folded character i before the spaces
        f, o = runs[bisect_right(starts, i) - 1]
        return o + i - f

    out = {f + bisect_right(cuts, f): o for f, o in runs}  # a stretch moves right by the spaces before it
    for k, c in enumerate(cuts):
        out[c + k] = out[c + k + 1] = orig(c)  # the space, and the character after it
    return sorted(out.items())


# A tanween ends its word: a letter right after it (or after the alef it stands before, "مدنيًا")
# opens the next word, glued on ("استشهاد 12 مدنياً وعسكرياًأعلنت"). The pattern ends where that word
# starts, in the original text.
_TANWEEN_GLUED = re.compile("[\u064b-\u064d](?:\u0627(?=[\u0621-\u064a])|(?=[\u0621-\u0626\u0628-\u064a]))")


def _tanween_glued(original: str, runs: list[tuple[int, int]]) -> list[int]:
    """The folded offsets where a word glued on after a tanween starts (see _TANWEEN_GLUED);
    *runs*: the (folded start, original start) of each kept stretch. (One scan of the text; the
    runs are read only in the few texts with such a word.)"""
    found = [m.end() for m in _TANWEEN_GLUED.finditer(original)]
    if not found:
        return found
    starts = [o for _, o in runs]
    out = []
    for end in found:
        k = bisect_right(starts, end) - 1
        if k >= 0:
            f, o = runs[k]
            out.append(f + end - o)
    return out


# A hashtag with a story's opening word glued to its end ("#سد_تشريناستشهاد"; page_words.GLUED_OPENERS):
# the position before that word, when at least POST_LABEL_REST letters of the tag stand before it.
_TAG_GLUED = re.compile(f"#[\u0621-\u064a_]{{{POST_LABEL_REST},}}?(?=(?:"
                        + "|".join(sorted(map(re.escape, _page.GLUED_OPENERS), key=len, reverse=True))
                        + ")(?![\u0621-\u064a]))")


def _glued(text: str, unfolded: str) -> list[int]:
    """Where a Latin letter or a digit touches an Arabic letter, either way round, and where a word
    ends in ة or ى with another glued to it ("عين عيسىإصابة", "#الحسكةقصفت": those letters end
    words only), after a post's label glued to a word ("#عاجلإصابة"), and before a story's opening
    word glued to a hashtag ("#سد_تشريناستشهاد"): the positions between
    them, in order. *unfolded*: the text before folding
    (folding replaces characters one for one, ة and ى among them)."""
    cuts = []
    for m in _LATIN_RUN.finditer(text):
        if m.start("before") >= 0:
            cuts.append(m.start())
        if m.start("after") >= 0:
            cuts.append(m.end())
    ends = [m.end() for glued in _WORD_END_GLUED for m in glued.finditer(unfolded)]  # (sorted below)
    if "#" in unfolded:
        ends += [m.end() for m in _LABEL_GLUED.finditer(unfolded)]
        ends += [m.end() for m in _TAG_GLUED.finditer(unfolded)]
    return sorted(set(cuts + ends)) if ends else cuts  # (a label may also be a tag glued to an opener)
