"""Dates and parts of the day in Arabic reports, resolved backwards from the publication date.

The rules are SCHEMA.md's DATE RULES: reports tell of the past, so a bare weekday is its latest
occurrence on or before publication (with الماضي / الفائت / السابق strictly before), a year-less date
or bare month its latest occurrence begun by publication, weeks run Saturday to Friday, a night is
dated by the evening it starts, and an explicit date beats a weekday or relative word beside it.
Without a publication date, anything that needs it resolves to ``None`` (no date beats a wrong one),
except a year-less date with its weekday ("اليوم السبت 30 تشرين الثاني"): the pair recurs only every
five or six years, so it takes the latest year, up to today, that fits.

How it works, and why:

1. *Atoms* are found in the folded text: a part-of-day word, a relative day ("أمس الأول"; months
   and years ago, "قبل نحو 6 أشهر", take that month or year), a weekday, an explicit date (day +
   month [+ year], numeric, English, Hijri), a day of "this month",
   a month, a week, a year, a clock time. Each alternative of `_MASTER` starts with its core (a
   digit, a month name, "أمس" …) and is written so the regex takes its longest form ("آب / أغسطس
   الجاري من العام 2017" belongs to the date); openers before a core ("في", "يوم", "الـ", "مطلع",
   "شهر") are read backwards from it (`_LEADS`). The first words (`_TRIGGER`), looked up among the
   text's tokens (`_triggers`), pick the few places worth trying, which keeps a 5k-character report
   near half a millisecond.
2. Atoms that touch (only spaces, commas, "من", "يوم", "الموافق" … between them) in the natural order
   part-of-day → relative day → weekday → date → clock → part-of-day make ONE mention, so
   "فجر اليوم الخميس الـ 24 من آب / أغسطس الجاري من العام 2017" is one DateMention.
3. The mention's value comes from its most explicit atom: date > relative day > weekday.

Vocabulary lives in `rasd.lang.ar.months` and `rasd.lang.ar.dates_words`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import compress
from operator import itemgetter

import regex
from hijridate import Hijri

from rasd.lang.ar import dates_words as W
from rasd.lang.ar import months as M
from rasd.model import DateMention
from rasd.text.normalize import NormText, fold
from rasd.text.segment import has_unlike, tokens

__all__ = ["find_dates", "resolve_weekday", "told_today", "week_start"]

# (value, precision, (first, last), resolved against publication?)
_Res = tuple[dt.date, str, tuple[dt.date, dt.date], bool]
_Resolver = Callable[[dt.date | None], "_Res | None"]

_SATURDAY = 5  # date.weekday()
# How many years back a year-less date with its weekday is looked for when the page has no date.
WEEKDAY_YEARS_BACK = 12
# A bare year-less date this few days after publication is one to come ("في إطار حملة انتخابات 24 يونيو"
# in a report of 16 June), not the same day of last year, which a report would give its year.
UPCOMING_DAYS = 10


# --- vocabulary, folded ------------------------------------------------------------------------


@functools.lru_cache(maxsize=1024)
def _key(s: str) -> str:
    """Lookup key of a matched phrase: folded, one space between words. (Kept for the phrases read
    last: a few hundred month names, weekdays and words of time come back again and again.)"""
    return " ".join(fold(s).split())


def _table(d: Mapping[str, int | str]) -> dict[str, int | str]:
    return {_key(k): v for k, v in d.items()}


def _alt(words: Iterable[str]) -> str:
    """A non-capturing alternation of *words* factored as a trie (a space matches any run of
    spaces). Regex engines try alternatives one by one, so "الاثنين|الاربعاء|…" re-reads "ال" for
    every word; the trie reads each character once (the `_TRIGGER` scan is ~3x faster with it)."""
    trie: dict = {}
    for w in {_key(w) for w in words}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else regex.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(trie) + ")"


_MONTHS = _table({**M.LEVANTINE, **M.WESTERN})
_WEAK_MONTHS = {_key(w) for w in M.AMBIGUOUS}
_HIJRI = _table(M.HIJRI)
_ENGLISH = M.ENGLISH
_WEEKDAYS = _table(W.WEEKDAYS)
_ORDINALS = _table(W.ORDINAL_DAYS)
_NUMBER_WORDS = _table(W.NUMBER_WORDS)
_REL_DAYS = _table(W.RELATIVE_DAYS)
_REL_NIGHTS = _table(W.RELATIVE_NIGHTS)
_AGO = _table(W.AGO_UNITS)
_AGO_MONTHS = _table(W.AGO_MONTHS)
_AGO_YEARS = _table(W.AGO_YEARS)
_HOUR_WORDS = _table(W.HOUR_WORDS)
_TOD_CONSTRUCT = _table(W.TOD_CONSTRUCT)
_TOD_ADVERB = _table(W.TOD_ADVERB)
_TOD_ALONE = {_key(w) for w in W.TOD_CONSTRUCT_ALONE_OK}
_DIRECTION = {**{_key(w): "past" for w in W.PAST}, **{_key(w): "current" for w in W.CURRENT},
              **{_key(w): "next" for w in W.NEXT}}

# --- the grammar ------------------------------------------------------------------------------
# Written in ordinary Arabic; every pattern is folded once before compiling. Group names are shared
# between top-level alternatives (the `regex` module allows it): only one takes part in a match.
#
# Speed: every alternative of the scan starts with a *core* that fails on its first characters —
# a digit, a month, a weekday, "أمس", "فجر", "العام" … — because the `regex` module tries each
# alternative at each word start, and optional openers ("في", "يوم", "الـ", "مطلع", "شهر") in front
# made the scan ten times slower. Those openers are read afterwards, backwards from the core
# (`_LEADS`, REVERSE patterns), only where a core matched.

_E = r"(?!\w)"
_MOD = _alt(W.PAST + W.CURRENT + W.NEXT)
_MN = rf"(?P<mn>{_alt(_MONTHS)}){_E}"
_MN2 = rf"(?P<mn2>{_alt(_MONTHS)}){_E}"
# "آب / أغسطس", "أبريل/نيسان", "نيسان (أبريل)", "مايو أيار"
_MONTH = rf"{_MN}(?:\s*[/\\|-]\s*{_MN2}|\s*\(\s*{_MN2}\s*\)|\s+{_MN2})?"
_MMOD = rf"(?:\s+(?P<mmod>{_MOD}){_E})?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# Today or a day before it named in a date mention with its day ("اليوم الأربعاء 16 شباط", "يوم أمس
# الأحد 20 تشرين الثاني"), and how many days before the report's: the longest phrases first.
_TODAY_WORDS = sorted(((_key(w), n) for w, n in W.RELATIVE_DAYS.items() if n <= 2 and w not in W.ROUGHLY_NOW),
                      key=lambda wn: -len(wn[0]))
_TODAY_BACK = dict(_TODAY_WORDS)
_TODAY = regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(w) for w, _ in _TODAY_WORDS) + r")(?!\w)")
# A year of an earlier era after a day and month, which the grammar does not read as a year (1000-1899).
_OTHER_ERA = regex.compile(r"\s*(?:(?:من\s+)?(?:عام|العام|سنة)\s+)?1[0-8]\d\d(?!\d)")
_YWORDS = _alt(["عام", "العام", "لعام", "للعام", "سنة", "السنة", "لسنة"])
_YWORD = rf"(?:(?:من|في)\s+)?{_YWORDS}"
_YREL = rf"(?P<yrel>{_alt(W.PAST + W.CURRENT)}){_E}"
# ", 2017" / "من العام 2017" / "من العام الجاري 2017" / "من العام الماضي" / "من هذا العام"
_YP = (rf"(?:\s*[,،/]?\s*(?:{_YWORD}\s+(?:{_YREL}\s*)?)?{_YEAR}|\s+{_YWORD}\s+{_YREL}"
       rf"|\s+(?:من\s+)?(?P<ythis>هذا\s+العام){_E})")
_DAYN = r"(?<![\d.:/])(?P<day>3[01]|[12]\d|0?[1-9])(?![\d:])"
# "الرابع عشر من نيسان" — but "الأسبوع الثاني من شهر شباط" is no day
_ORD = rf"(?<!{_alt(['أسبوع', 'الأسبوع', 'يوم', 'اليوم', 'الشهر', 'العام'])}\s+)(?P<dayw>{_alt(_ORDINALS)}){_E}(?=\s+من\s)"
# "24-25 تموز", "من 15 إلى 17 يونيو", "بين 20 و26 حزيران": the first day, the range to the last
_DAY2 = r"(?:\s*-\s*|\s+(?:إلى|الى|حتى|و)\s*)(?P<day2>3[01]|[12]\d|0?[1-9])(?![\d:])"
_SEP = r"(?:\s*[/-]\s*|\s+(?:من\s+)?(?:شهر\s+)?)"
_SPAN = _alt(W.SPAN_WORDS)
# Nouns a number before them counts ("في 2016 غارة"): such a number is no year.
_COUNTED = _alt(["غارة", "غارات", "قذيفة", "قذائف", "شخص", "شخصا", "مدني", "مدنيا", "قتيل", "قتيلا", "عنصر",
                 "عنصرا", "برميل", "برميلا", "صاروخ", "صاروخا", "صواريخ", "حالة", "حالات", "طلعة"])
_NUM_D = r"(?P<day>3[01]|[12]\d|0?[1-9])"
_NUM_M = r"(?P<mon>1[0-2]|0?[1-9])"
_EMN = rf"(?i:(?P<emn>{_alt(_ENGLISH)})(?![a-z]))\.?"
_PRO = r"(?P<pro>[وفب])?"  # a proclitic, left out of the evidence span ("وأمس" → "أمس")
# A month takes "ل" too ("بأبريل الماضي", "وآذار 2015", "لأيلول الفائت"); such a name of `M.AMBIGUOUS`
# needs a year or "الماضي" beside it ("باب الهوى" is a gate, "ومارس نشاطه" he practised).
_MPRO = r"(?P<pro>[وفبل])?"
_HIJRI_TAIL = (rf"(?P<hmn>{_alt(_HIJRI)}){_E}\s*[,،/]?\s*(?:{_YWORD}\s+)?(?P<hyear>1[34]\d\d)\s*"
               rf"{_alt(['هـ', 'هجري', 'هجرية', 'للهجرة'])}{_E}")

# Alternatives by what their core starts with; "k_date__d" and "k_date__m" are both read as k_date.
_DIGIT_KINDS: dict[str, str] = {
    "k_hij__d": rf"{_DAYN}{_SEP}{_HIJRI_TAIL}",
    # "9/9/1436هـ": a Hijri date in digits, its year of the 14th or 15th century and its mark after it
    "k_hnum__d": (rf"(?<![\d.:/-]){_NUM_D}(?P<sep>\s?[/.-]\s?){_NUM_M}(?P=sep)(?P<hyear>1[34]\d\d)\s*"
                  rf"{_alt(['هـ', 'هجري', 'هجرية', 'للهجرة'])}{_E}"),
    "k_date__d": rf"{_DAYN}(?:{_DAY2})?{_SEP}{_MONTH}{_MMOD}(?:{_YP})?",
    "k_num": (rf"(?<![\d.:/-]){_NUM_D}(?P<sep>\s?[/.-]\s?){_NUM_M}(?P=sep){_YEAR}"
              rf"|(?<![\d.:/-])(?P<year>(?:19|20)\d\d)(?P<sep>[/.-]){_NUM_M}(?P=sep){_NUM_D}(?!\d)"
              rf"|(?<![\d.:/-]){_NUM_D}/{_NUM_M}(?![\d/]|\s?/\s?\d|\.\d)"),
    "k_numm": rf"(?<![\d.:/-]){_NUM_M}[/-](?P<year>(?:19|20)\d\d)(?![\d/.-]\d|\d)",
    "k_eng__d": rf"{_NUM_D}\s+{_EMN},?\s+{_YEAR}",
    "k_dom": (rf"{_DAYN}\s+(?:من\s+)?(?:(?P<mthis>هذا\s+الشهر)|(?:ال)?شهر\s+(?P<mmod>{_MOD})){_E}"
              rf"|{_DAYN}(?<=(?<!\w)[وفل]?يوم\s+(?:ال\s*)?\d+)(?!\s*[/.-]\s*\d)"),  # "يوم 27"
    "k_year__d": rf"{_YEAR}(?<={_SPAN}\s+\d{{4}})"  # "مطلع 2015"
                 rf"|{_YEAR}(?<=(?<!\w)[وف]?(?:في|خلال|منذ|حتى)\s+\d{{4}})(?!\s*[\d%]|\s+{_COUNTED})",  # "خلال 2016"
    "k_clock__d": rf"(?<![\d:.])(?P<hour>\d{{1,2}}):\d\d(?![\d:])(?:\s*(?:ص|م|(?i:am|pm)){_E})?",
}
_LATIN_KINDS: dict[str, str] = {
    "k_eng": rf"{_EMN}\s+{_NUM_D}(?!\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)|{_EMN},?\s+{_YEAR}",
}
_ARABIC_KINDS: dict[str, str] = {
    "k_hij": rf"(?:{_ORD}{_SEP})?{_HIJRI_TAIL}",
    "k_date": (rf"{_ORD}{_SEP}{_MONTH}{_MMOD}(?:{_YP})?"
               rf"|{_MONTH}\s+{_DAYN}\s*[,،]?\s*{_YEAR}"),  # WordPress: "أغسطس 30, 2023"
    # "في السابع من الشهر الحالي": a day of this month or the last, by its ordinal
    "k_dom__w": rf"{_ORD}\s+من\s+(?:(?P<mthis>هذا\s+الشهر)|(?:ال)?شهر\s+(?P<mmod>{_MOD})){_E}",
    "k_month": rf"{_MPRO}{_MONTH}{_MMOD}(?:{_YP})?",
    "k_mrel": (rf"{_PRO}(?:(?P<mthis>هذا\s+الشهر)|(?:ال)?شهر\s+(?P<mmod>{_MOD})){_E}"
               rf"|(?P<mthis>الشهر){_E}(?<={_SPAN}\s+الشهر)"),  # "مطلع الشهر"
    "k_week": (rf"{_PRO}(?:(?P<wthis>هذا\s+الأسبوع)|(?:ال)?أسبوع\s+(?P<wback>قبل\s+الماضي)"
               rf"|(?:ال)?أسبوع\s+(?P<wmod>{_MOD})){_E}|(?P<wthis>الأسبوع){_E}(?<={_SPAN}\s+الأسبوع)"),
    "k_year": (rf"{_PRO}(?:(?P<ythis>هذا\s+العام|هذه\s+السنة){_E}|{_YWORDS}\s+(?:{_YREL}\s*)?(?:{_YEAR})?)"
               rf"|(?P<ythis>العام){_E}(?<={_SPAN}\s+العام)"),  # "منذ بداية العام"
    "k_rel": (rf"{_PRO}(?P<relnight>{_alt(_REL_NIGHTS)}){_E}"
              rf"|{_PRO}(?P<reld>{_alt(_REL_DAYS.keys() - {'اليوم'})}){_E}"
              rf"|{_PRO}قبل\s+(?P<agov>{_alt(W.AGO_VAGUE)}){_E}(?!\s+(?:من|على){_E})"
              rf"|{_PRO}(?:قبل|منذ)\s+(?:(?P<ago>{_alt(_AGO)})"
              rf"|(?:(?P<agon>\d{{1,2}})|(?P<agow>{_alt(_NUMBER_WORDS)}))\s+{_alt(W.DAY_UNITS)})"
              rf"{_E}(?!\s+(?:من|على|الأمس|أمس){_E})"
              rf"|{_PRO}قبل\s+(?:{_alt(W.AGO_HEDGES)}\s+)?(?:(?P<agomo>{_alt(_AGO_MONTHS)})"
              rf"|(?:(?P<agomn>\d{{1,2}})|(?P<agomw>{_alt(_NUMBER_WORDS)}))\s+{_alt(W.MONTH_UNITS)}){_E}"
              rf"|{_PRO}قبل\s+(?:{_alt(W.AGO_HEDGES)}\s+)?(?:(?P<agoyr>{_alt(_AGO_YEARS)})"
              rf"|(?:(?P<agoyn>\d{{1,2}})|(?P<agoyw>{_alt(_NUMBER_WORDS)}))\s+{_alt(W.YEAR_UNITS)}){_E}"
              rf"|{_PRO}(?P<today>اليوم){_E}(?<!{_alt(W.TODAY_NOT_AFTER)}\s+[وفب]?اليوم)"
              rf"(?!\s+{_alt(W.TODAY_NOT_BEFORE)}{_E})"),
    "k_wd": (rf"{_PRO}(?P<wd>{_alt(_WEEKDAYS)}){_E}(?!\s+عشر)"
             rf"(?:\s+(?P<wdmod>{_alt(W.PAST + W.NEXT)}){_E})?(?P<wd2>(?:\s*[-/]\s*|\s+)(?:{_alt(_WEEKDAYS)}){_E})?"),
    "k_tod": rf"{_PRO}(?P<tod>{_alt(_TOD_CONSTRUCT.keys() | _TOD_ADVERB.keys())}){_E}",
    "k_clock": (rf"{_alt(['ساعة', 'الساعة'])}\s+(?:(?P<hour>\d{{1,2}})(?:[:.]\d\d)?(?!\d)"
                rf"|(?P<hourw>{_alt(_HOUR_WORDS)}){_E})"
                rf"(?:\s+(?:والنصف|والربع|والثلث|إلا\s+ربعا?|إلا\s+الربع){_E})?(?:\s*(?:ص|م){_E})?"),
}


def _compile(pattern: str) -> regex.Pattern:
    """Fold *pattern* and compile it; a space never matches a line break, since a date phrase does
    not run across lines (a heading's "يوم" is not the next line's "السبت 14 حزيران")."""
    return regex.compile(fold(pattern).replace(r"\s", r"[^\S\n]"))


def _group(kinds: dict[str, str]) -> str:
    return "|".join(f"(?P<{k}>{p})" for k, p in kinds.items())


# At a word start, or at digits glued to "الـ" or "و" ("الـ24" folds to "ال24"; "و26"). Order matters where two
# kinds can start at the same place: the more specific first. No Arabic kind starts with a digit (their first
# words are _FIRST_WORDS; tests/test_dates.py checks it): at a digit that no digit kind takes (a count, mostly:
# "مقتل 5 أشخاص"), the `(?!\d)` spares `regex` trying each Arabic alternative in turn, half the cost of the try.
_AT_START = r"(?:(?<!\w)|(?=\d)(?<=(?<!\w)(?:[وب]?ال|و)))"
_MASTER = _compile(
    _AT_START
    + rf"(?:(?=\d)(?:{_group(_DIGIT_KINDS)})|(?=[A-Za-z])(?:{_group(_LATIN_KINDS)})|(?!\d)(?:{_group(_ARABIC_KINDS)}))"
)
_KINDS = {k: k.split("__")[0] for k in (*_DIGIT_KINDS, *_LATIN_KINDS, *_ARABIC_KINDS)}
_KIND_GROUPS = tuple((_MASTER.groupindex[k], base) for k, base in _KINDS.items())  # (group number, kind)

# The words each Arabic kind opens with, after a proclitic (as its pattern above starts). At a word,
# `_MASTER` would try every Arabic kind in turn, about 8 µs a try, of which most cannot start with
# that word; `_master_at` tries only those that can (1 to 3 of 11): the same match, a fifth of the
# time. (tests/test_dates.py checks every kind of `_ARABIC_KINDS` is listed here.)
_OPENING_WORDS: dict[str, frozenset[str]] = {kind: frozenset(_key(w).split()[0] for w in words) for kind, words in {
    "k_hij": [*_ORDINALS, *_HIJRI],
    "k_date": [*_ORDINALS, *_MONTHS],
    "k_dom__w": _ORDINALS,
    "k_month": _MONTHS,
    "k_mrel": ["هذا", "شهر", "الشهر"],
    "k_week": ["هذا", "أسبوع", "الأسبوع"],
    "k_year": ["هذا", "هذه", "عام", "العام", "لعام", "للعام", "سنة", "السنة", "لسنة"],
    "k_rel": [*_REL_NIGHTS, *_REL_DAYS, "قبل", "منذ"],
    "k_wd": _WEEKDAYS,
    "k_tod": [*_TOD_CONSTRUCT, *_TOD_ADVERB],
    "k_clock": ["ساعة", "الساعة"],
}.items()}
# A branch that never matches, naming every group of `_MASTER` in its order: put first in a pattern
# of some of `_MASTER`'s alternatives, it gives their groups `_MASTER`'s numbers (`_KIND_GROUPS`, `_PRO_G`).
_MASTER_GROUPS = "(?!)" + "".join(f"(?P<{g}>)" for g in sorted(_MASTER.groupindex, key=_MASTER.groupindex.get))


@functools.cache
def _master_of(kinds: tuple[str, ...]) -> regex.Pattern:
    """`_MASTER` with only the Arabic alternatives *kinds* (in its order): where no other can match, it
    matches as `_MASTER` does, its groups numbered alike."""
    return _compile(rf"(?:{_MASTER_GROUPS}|{_AT_START}(?!\d)(?:{_group({k: _ARABIC_KINDS[k] for k in kinds})}))")


def _openers(token: str) -> tuple[str, ...]:
    """The Arabic kinds that may start at *token* (a word with the proclitic it may have), in `_MASTER`'s order."""
    words = {token[len(p):] for p in ("", "و", "ف", "ب", "ل") if token.startswith(p)}
    return tuple(kind for kind, firsts in _OPENING_WORDS.items() if words & firsts)

# Where `_MASTER` can match: a digit, an English month, or the first word of an Arabic alternative.
# `_MASTER.finditer` would try every alternative at every word start (~4 ms for 5k characters);
# the stdlib `re` walks one trie of first words several times faster than `regex` does, so this
# scan picks the ~50 places per 5k characters where `_MASTER.match` is worth trying. Keep it a
# superset of _MASTER's starts: the tests compare both on real reports.
_FIRST_WORDS = frozenset().union(*_OPENING_WORDS.values())
_NAMED = regex.compile(r"(?<!\w)(?:[وفبل]|لل)?(?:" + _alt(W.NAMES_WITH_DATE) + r")\s*[(\"«“]?\s*$")
_NAMES_WITH_DATE = tuple(_key(w) for w in W.NAMES_WITH_DATE)
NAMED_REACH = 20  # characters before a date its name's word is read in


def _named(text: str, pos: int) -> bool:
    """Whether the date at *pos* of the folded *text* is part of a name ("قوى 8 آذار", `_NAMED`).

    Such a name's word ends the text before the date, but for spaces and a quote: a test of that
    (a fifth of the time of the search) leaves the search to the few texts where it holds."""
    before = text[max(0, pos - NAMED_REACH):pos].rstrip()
    if before[-1:] in ("(", "\"", "«", "“"):
        before = before[:-1].rstrip()
    return before.endswith(_NAMES_WITH_DATE) and _NAMED.search(text, max(0, pos - NAMED_REACH), pos) is not None
# "اليوم" in an outlet's name (`W.OUTLET_WORDS`), read before and after the word: right after a word for a
# medium ("قناة اليوم", 'لـ"اليوم"'), closing a quoted name after one ('قناة "روسيا اليوم"'), or a
# one-word name's label ("مراسل حلب اليوم: ..."); and in a dateline, a line of its own that holds the
# outlet and the city apart by a dash ("عين اليوم – بغداد") or the writer and the outlet ("رغد عشميل –
# عين اليوم").
_OUTLET = (rf"(?<!\w)(?:[وفبلك]?{_alt(w for w in W.OUTLET_WORDS if len(_key(w)) > 1)}"
           rf"|{_alt(w for w in W.OUTLET_WORDS if len(_key(w)) == 1)})")
_OUTLET_NAMES = (  # (before "اليوم", after it)
    (_compile(rf"{_OUTLET}\s*\"?\s*$"), None),
    (_compile(rf"{_OUTLET}\s*\"\s*(?:\w+\s+){{1,2}}$"), _compile(r'\s*"')),
    (_compile(rf"{_OUTLET}\s+(?!ال)\w+\s+$"), _compile(r"\s*[:@]")),
    (regex.compile(r"(?m)^[^\S\n]*(?:[^\s\-]+[^\S\n]+){1,2}$"),
     regex.compile(fold(rf"[^\S\n]*-[^\S\n]*(?![^\n]*{_alt(_WEEKDAYS)})[^\d\n\-]{{1,40}}$"), regex.M)),
    (regex.compile(r"(?m)^[^\n\-]{0,40}-[^\S\n]*(?:[^\s\-]+[^\S\n]+){1,2}$"), regex.compile(r"(?m)[^\S\n]*$")),
)
OUTLET_REACH = 40  # characters before "اليوم" its outlet's words are read in


def _outlet_name(text: str, start: int, end: int) -> bool:
    """Whether "اليوم" at *start*–*end* of the folded *text* is part of an outlet's name (`_OUTLET_NAMES`)."""
    lo = max(0, start - OUTLET_REACH)
    return any(before.search(text, lo, start) and (after is None or after.match(text, end))
               for before, after in _OUTLET_NAMES)


# The leading lookahead names every character a trigger can start with (case-insensitively, like
# the English months: "ſeptember" is one too): it changes nothing in what matches, but lets `re`
# skip ahead with a character-set scan instead of trying the alternatives at every position.
_TRIGGER_FIRST = sorted({w[0] for w in (*_FIRST_WORDS, *_ENGLISH)} | set("وفبل"))
_MONTH_FIRST = {k.split()[0] for k in _MONTHS}  # the words a month may follow "ل" in (`_MPRO`)
_TRIGGER = re.compile(fold(
    r"(?=(?i:[\d" + "".join(re.escape(c) for c in _TRIGGER_FIRST) + "]))"
    rf"(?<!\w)(?:[وفب]?{_alt(_FIRST_WORDS)}(?!\w)|ل{_alt(_MONTH_FIRST)}(?!\w)"
    rf"|(?:[وب]?ال|و)?(?P<d>\d)|(?i:{_alt(_ENGLISH)})(?![a-z]))"
))

# Finding the triggers from the tokens of the text (`segment.tokens`, which the count recognizer
# reads too) saves the scan: a trigger starts a token that is one of the trigger words, a digit
# run (or its opener: "الـ24"), or an English word; `_TRIGGER.match` then says whether it is one
# where the scan would have found it. That holds where `regex` (the tokens) and `re` (the scan)
# agree on letters, digits, spaces and word characters: on the characters of `segment.ALIKE` (the tests
# check every one); a text with another one is scanned.
_TRIGGER_TOKENS = frozenset([*(p + w for p in ("", "و", "ف", "ب") for w in _FIRST_WORDS),
                             *("ل" + w for w in _MONTH_FIRST)])
# The part of `_MASTER` to try at a trigger of each word (`_master_at`)
_KINDS_AT = {token: _openers(token) for token in _TRIGGER_TOKENS}
_DIGIT_OPENERS = frozenset(("ال", "وال", "بال", "و"))  # "الـ24" folds to "ال24"; "و26"
_LATIN_FIRST = frozenset(c for c in map(chr, range(0x2200)) if re.match(r"(?i:[a-z])", c))
# The first characters of English words and digit runs, in one set: one pass over the tokens finds
# both (the text's characters are all ALIKE here, and none of those is past U+1FAFF).
_LATIN_OR_DIGIT = _LATIN_FIRST | frozenset(c for c in map(chr, range(0x1FB00)) if c.isdecimal())


def _latin_or_digit_tokens(text: str, words: tuple[str, ...]) -> Iterator[int]:
    """The tokens of *text* that start with one of `_LATIN_OR_DIGIT`. In a text with no Latin letter and
    no comma ("1,500" is one token) they are those of digits alone, told by str.isdecimal: a third
    quicker than reading the first character of every token, a new string each."""
    if _LATIN_OR_GROUPED.search(text) is None:
        return compress(range(len(words)), map(str.isdecimal, words))
    return compress(range(len(words)), map(_LATIN_OR_DIGIT.__contains__, map(itemgetter(0), words)))


def _char_set(chars: Iterable[str]) -> str:
    """A regex character set of *chars*, consecutive ones written as a range."""
    points = sorted(map(ord, chars))
    runs: list[list[int]] = []
    for p in points:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs) + "]"


# Where a text holds none of these (most), its tokens that start with a digit are its tokens of digits.
_LATIN_OR_GROUPED = re.compile(_char_set(_LATIN_FIRST | {","}))


def _triggers(text: str) -> Iterator[re.Match]:
    """The matches of `_TRIGGER` in *text*, in order: those its scan finds."""
    if has_unlike(text):
        yield from _TRIGGER.finditer(text)
        return
    words, starts = tokens(text)
    at = set(compress(starts, map(_TRIGGER_TOKENS.__contains__, words)))
    for k in _latin_or_digit_tokens(text, words):
        s = starts[k]
        at.add(s)
        if not words[k][0].isdecimal():
            continue  # an English word
        if "," in words[k]:  # "1,500": the scan starts at the "500" too
            at.update(s + i + 1 for i, c in enumerate(words[k]) if c == ",")
        if k and words[k - 1] in _DIGIT_OPENERS and starts[k - 1] + len(words[k - 1]) == s:
            at.add(starts[k - 1])
    for pos in sorted(at):
        if t := _TRIGGER.match(text, pos):
            yield t


# What may follow the one or two digits a date starts with (`_DIGIT_KINDS`; a year's four are read
# apart, `_may_date_digits`): a separator or a Latin letter ("24-25", "9/6", "11:30", "5 June"); or,
# after spaces, a month or the words between a day and its month ("24 آب", "24 من آب", "15 شهر
# رمضان", "7 من هذا الشهر") or a day's range ("من 15 إلى 17", "بين 20 و26"). At most digits
# (counts: "مقتل 5 أشخاص") none of these stands.
_DAY_FOLLOWERS = sorted({*(k.split()[0] for k in (*_MONTHS, *_HIJRI)),
                         *(_key(w) for w in ("شهر", "الشهر", "هذا", "إلى", "الى", "حتى"))}, key=len, reverse=True)
_DIGITS_OF_A_DATE = re.compile(r"(?:19|20)\d\d[/.\-]|\d\d?(?!\d)[^\S\n]*+(?:(?![\u0621-\u064a])|(?:من[^\S\n]+)?(?:"
                               + "|".join(_DAY_FOLLOWERS) + r")(?!\w)|و[^\S\n]*\d)")
# A year alone is a date after a span's word or one of these ("مطلع 2015", "خلال 2016": "k_year").
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d(?!\d)")
_BEFORE_A_YEAR = tuple(_key(w) for w in (*W.SPAN_WORDS, "في", "خلال", "منذ", "حتى"))


def _may_date_digits(text: str, pos: int) -> bool:
    """Whether a date may start at the digits at *pos* of the folded *text*: `_MASTER` would find none
    where this says no (about nine digits in ten), so it is not tried there. (In a text with a
    character on which `re` and `regex` may disagree, always yes.)"""
    if _DIGITS_OF_A_DATE.match(text, pos) is not None or has_unlike(text):
        return True
    if _YEAR_DIGITS.match(text, pos) is not None:
        return text.endswith(_BEFORE_A_YEAR, 0, _spaces_before(text, pos))
    return _after_day_word(text, pos)


def _spaces_before(text: str, pos: int) -> int:
    """Where the spaces before *pos* begin (not past a line break: a date does not run across lines)."""
    while pos and text[pos - 1] != "\n" and text[pos - 1].isspace():
        pos -= 1
    return pos


def _after_day_word(text: str, pos: int) -> bool:
    """Whether "يوم" goes before the digits at *pos*, spaces between, "ال" maybe ("يوم 27", "يوم الـ 27"):
    as the second form of "k_dom" looks behind for it."""
    k = _spaces_before(text, pos)
    if text.endswith("ال", 0, k):
        k = _spaces_before(text, k - 2)
    return text.endswith("يوم", 0, k)


def _master_at(trigger: re.Match) -> regex.Pattern:
    """`_MASTER`, or the part of it that may match where *trigger* starts: at a word, the Arabic kinds
    that open with it (a digit or a Latin word is left to `_MASTER`)."""
    if trigger.group("d"):
        return _MASTER
    token = trigger.group()
    master = _MASTER_AT.get(token)
    if master is None:  # (the first time this word is a trigger)
        kinds = _KINDS_AT.get(token)
        master = _MASTER_AT[token] = _MASTER if kinds is None else _master_of(kinds)
    return master


_MASTER_AT: dict[str, regex.Pattern] = {}  # trigger word -> what `_master_at` gives, as it is asked for


# Openers read backwards from a core. `pre` words ("في", "منذ" …) are left out of the evidence span;
# the others belong to it. "كلا الاثنين" is "both", not Monday.
_PRE_WORDS = r"(?<!\w)(?P<pre>[وف]?(?:في|بتاريخ|تاريخ|منذ|حتى|خلال|من|عند))\s+"
_LEADS: dict[str, regex.Pattern] = {
    name: _compile("(?r)" + p) for name, p in {
        "day": rf"(?:{_PRE_WORDS})?(?:(?<!\w)[وفل]?(?P<yom>يوم)\s+)?(?:(?<!\w)[وب]?(?P<al>ال)\s*)?",
        "month": rf"(?:{_PRE_WORDS})?(?:(?<!\w)(?P<span>{_SPAN})\s+)?(?:(?<!\w)[وفبل]?(?P<mword>شهر)\s+)?",
        "wd": rf"(?:(?<!\w)(?P<kila>كلا)\s+)?(?:{_PRE_WORDS})?(?:(?<!\w)[وفل]?(?P<yom>يوم)\s+)?",
    }.items()
}
_LEAD_PARTS = ("yom", "al", "span", "mword")  # openers that belong to the evidence span
# The words each class of openers may end with, right before its core but for spaces: where none
# stands there (most cores), `_lead` reads no opener without trying the pattern.
_PRE_FORMS = ("في", "بتاريخ", "تاريخ", "منذ", "حتى", "خلال", "من", "عند")
_LEAD_ENDS = {cls: tuple(_key(w) for w in words) for cls, words in {
    "day": (*_PRE_FORMS, "يوم", "ال"), "month": (*_PRE_FORMS, *W.SPAN_WORDS, "شهر"), "wd": (*_PRE_FORMS, "يوم", "كلا"),
}.items()}
# Group numbers, for reading a match's spans all at once (`Match.regs`): `regex` takes about a
# microsecond to look a group up by name, and `Pattern.groupindex` builds a new dict on each call.
_LEAD_GROUPS = {cls: tuple(p.groupindex[g] for g in _LEAD_PARTS if g in p.groupindex) for cls, p in _LEADS.items()}
_LEAD_PRE = {cls: p.groupindex["pre"] for cls, p in _LEADS.items()}
_LEAD_KILA = _LEADS["wd"].groupindex["kila"]
# (the numbers of the master pattern's groups: `_PRO` above is the text of one)
_PRO_G, _DAY_G, _DAYW_G = (_MASTER.groupindex[g] for g in ("pro", "day", "dayw"))


# What may stand between two atoms of one mention: "، ", " - ", " من ", " يوم ", " الموافق ".
_GAP = regex.compile(fold(r"(?:[^\S\n]|[,،:()\-/|]|(?:من|يوم|في|عند|الموافق|حوالي|نحو)(?!\w))*"))
_MAX_GAP = 20


# --- resolution -------------------------------------------------------------------------------


def week_start(d: dt.date) -> dt.date:
    """The Saturday that starts the (Saturday–Friday) week holding *d*."""
    return d - dt.timedelta(days=(d.weekday() - _SATURDAY) % 7)


def resolve_weekday(weekday: int, published: dt.date, direction: str | None = None) -> dt.date:
    """The date of *weekday* (Monday 0) seen from *published*: on or before it (bare weekday),
    strictly before (``direction="past"``: الماضي / الفائت / السابق) or strictly after ("next")."""
    if direction == "next":
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    back = (published.weekday() - weekday) % 7
    if direction == "past" and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _day(d: dt.date, relative: bool) -> _Res:
    return d, "day", (d, d), relative


def _month(y: int, m: int, relative: bool) -> _Res:
    first = dt.date(y, m, 1)
    return first, "month", (first, dt.date(y, m, calendar.monthrange(y, m)[1])), relative


def _year(y: int, relative: bool) -> _Res:
    return dt.date(y, 1, 1), "year", (dt.date(y, 1, 1), dt.date(y, 12, 31)), relative


def _week(sat: dt.date, relative: bool) -> _Res:
    return sat, "week", (sat, sat + dt.timedelta(days=6)), relative


def _shift_month(y: int, m: int, by: int) -> tuple[int, int]:
    n = y * 12 + m - 1 + by
    return n // 12, n % 12 + 1


def _year_of_month(m: int, direction: str | None, pub: dt.date) -> int:
    """Year of month *m* seen from *pub*: الجاري → this year; الماضي → latest strictly before the
    publication month; المقبل → first after it; bare → latest that has begun by publication."""
    if direction == "current":
        return pub.year
    if direction == "past":
        return pub.year if m < pub.month else pub.year - 1
    if direction == "next":
        return pub.year if m > pub.month else pub.year + 1
    return pub.year if m <= pub.month else pub.year - 1


def _latest_day(m: int, d: int, pub: dt.date) -> dt.date | None:
    """Latest d/m on or before *pub* (29 February looks back to the last leap year)."""
    y = pub.year if (m, d) <= (pub.month, pub.day) else pub.year - 1
    for yy in range(y, y - 8, -1):
        try:
            return dt.date(yy, m, d)
        except ValueError:
            continue
    return None


def _dated(y: int | None, m: int, d: int | None, direction: str | None, year_rel: int | None) -> _Resolver:
    """Resolver of a Gregorian day (d given) or month (d None) whose year may be missing."""

    def resolve(pub: dt.date | None) -> _Res | None:
        try:
            if y is not None:
                return _day(dt.date(y, m, d), False) if d else _month(y, m, False)
            if pub is None:
                return None
            if year_rel is not None:
                yy = pub.year + year_rel
            elif direction is None and d:
                if _valid(pub.year, m, d) and 0 < (dt.date(pub.year, m, d) - pub).days <= UPCOMING_DAYS:
                    return _day(dt.date(pub.year, m, d), True)  # to come: it dates no act of the report
                found = _latest_day(m, d, pub)
                return _day(found, True) if found else None
            else:
                yy = _year_of_month(m, direction, pub)
            return _day(dt.date(yy, m, d), True) if d else _month(yy, m, True)
        except ValueError:
            return None

    return resolve


def _until(resolve: _Resolver, last_day: int) -> _Resolver:
    """A day range in one month ("24-25 تموز"): dated by its first day, ranging to *last_day*."""

    def resolve_range(pub: dt.date | None) -> _Res | None:
        res = resolve(pub)
        if res is None or last_day <= res[0].day or not _valid(res[0].year, res[0].month, last_day):
            return res
        return res[0], res[1], (res[0], res[0].replace(day=last_day)), res[3]

    return resolve_range


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


# --- atoms ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Atom:
    kind: str  # tod | rel | wd | anchor | clock
    s: int
    e: int
    resolve: _Resolver | None = None
    tod: str | None = None
    pre: bool = False  # a part-of-day construct leaning on the date after it ("فجر الخميس")
    post: bool = False  # a part-of-day form that follows a date or stands alone ("صباحاً")
    hour: int | None = None
    night: bool = False  # "الليلة الماضية", "الخميس - الجمعة"
    weekday: int | None = None  # of a weekday atom (Monday 0)


def _g(m: regex.Match, name: str) -> str | None:
    v = m.group(name)
    return _key(v) if v is not None else None


def _year_rel(m: regex.Match) -> int | None:
    if m.group("ythis"):
        return 0
    rel = _g(m, "yrel")
    return None if rel is None else (-1 if _DIRECTION[rel] == "past" else 0)


@dataclass(slots=True)
class _Lead:
    """What stood before a core: where the mention starts, and whether "في"/"منذ"… or
    "مطلع"/"شهر" introduced it (so an ambiguous month name such as "آب" may stand alone)."""

    start: int
    introduced: bool
    kila: bool = False


def _lead(kind: str, m: regex.Match, text: str, lo: int) -> _Lead:
    spans = m.regs
    start = spans[0][0]
    pro_start, pro_end = spans[_PRO_G]
    s = pro_end if pro_end > pro_start else start  # after a non-empty "pro"
    if kind in ("k_rel", "k_tod", "k_clock"):
        return _Lead(s, False)
    if kind == "k_wd":
        cls = "wd"
    elif spans[_DAY_G][0] == start or spans[_DAYW_G][0] == start or kind in ("k_num", "k_numm"):
        cls = "day"
    else:
        cls = "month"
    k = start
    while k > lo and text[k - 1].isspace():
        k -= 1
    if not text.endswith(_LEAD_ENDS[cls], lo, k):
        return _Lead(s, False)  # (what `_LEADS` reads ends with one of these words, then spaces)
    lm = _LEADS[cls].match(text, lo, start)
    if lm is None or lm.start() == lm.end():
        return _Lead(s, False)
    lead = lm.regs
    parts = [lead[g][0] for g in _LEAD_GROUPS[cls] if lead[g][0] >= 0]
    pre_start, pre_end = lead[_LEAD_PRE[cls]]
    return _Lead(min(parts, default=s), pre_end > pre_start or (cls == "month" and bool(parts)),
                 cls == "wd" and lead[_LEAD_KILA][0] >= 0)


def _parse(m: regex.Match, text: str, lo: int) -> _Atom | None:
    """The atom of one match of `_MASTER` (openers before it read back to *lo*), or None when the
    match is not a date after all."""
    spans = m.regs  # every group's span at once: much quicker than asking for each kind's group by name
    kind = next(base for group, base in _KIND_GROUPS if spans[group][0] >= 0)
    if m.group("day2") and int(m.group("day2")) <= int(m.group("day")):  # "قتل 20 و 5 آب": no range
        m2 = _MASTER.match(text, m.start("day2"))
        return _parse(m2, text, lo) if m2 else None
    lead = _lead(kind, m, text, lo)
    s, e = lead.start, m.end()
    if kind in ("k_date", "k_month") and not m.group("year") and _OTHER_ERA.match(text, e):
        # "عصر يوم 14 يونيو/حزيران 1800": a day told, of another era, in no year of ours
        return _Atom("rel", s, e, resolve=lambda p: None)
    if kind == "k_tod":
        word = _g(m, "tod")
        return _Atom("tod", s, e, tod=_TOD_CONSTRUCT.get(word) or _TOD_ADVERB[word],
                     pre=word in _TOD_CONSTRUCT, post=word in _TOD_ADVERB or word in _TOD_ALONE)
    if kind == "k_clock":
        hour = int(m.group("hour")) if m.group("hour") else _HOUR_WORDS[_g(m, "hourw")]
        return _Atom("clock", s, e, hour=hour) if hour <= 24 else None
    if kind == "k_rel":
        if m.group("agov"):
            return _Atom("rel", s, e, resolve=lambda p: None)  # "قبل أيام": some day, unknown
        ago = _months_or_years_back(m)
        if ago is not None:  # "قبل نحو 6 أشهر": that month; "قبل عامين": that year
            n, unit = ago
            if unit == "year":
                return _Atom("rel", s, e, resolve=lambda p: _year(p.year - n, True) if p else None)
            return _Atom("rel", s, e, resolve=lambda p: _month(*_shift_month(p.year, p.month, -n), True)
                         if p else None)
        n = _days_back(m)
        return _Atom("rel", s, e, resolve=lambda p: _day(p - dt.timedelta(days=n), True) if p else None,
                     night=m.group("relnight") is not None)
    if kind == "k_wd":
        if lead.kila:
            return None
        wd = _WEEKDAYS[_g(m, "wd")]
        direction = _DIRECTION.get(_g(m, "wdmod") or "")
        night = False
        if m.group("wd2"):  # "ليلة الخميس - الجمعة": a night pair; anything else is not ours
            if _WEEKDAYS[_key(m.group("wd2")).strip("-/ ")] == (wd + 1) % 7:
                night = True
            else:
                e = m.start("wd2")
        return _Atom("wd", s, e, night=night, weekday=wd,
                     resolve=lambda p: _day(resolve_weekday(wd, p, direction), True) if p else None)
    resolve = _anchor(kind, m, lead.introduced)
    return _Atom("anchor", s, e, resolve=resolve) if resolve else None


def _months_or_years_back(m: regex.Match) -> tuple[int, str] | None:
    """How many months or years before publication a "months / years ago" match tells ("قبل 6 أشهر"
    (6, "month"), "قبل عامين" (2, "year")), or None for any other relative match."""
    for unit, word, digits, number in (("month", "agomo", "agomn", "agomw"), ("year", "agoyr", "agoyn", "agoyw")):
        if m.group(word):
            return (_AGO_MONTHS if unit == "month" else _AGO_YEARS)[_g(m, word)], unit
        if m.group(digits):
            return int(m.group(digits)), unit
        if m.group(number):
            return _NUMBER_WORDS[_g(m, number)], unit
    return None


def _days_back(m: regex.Match) -> int:
    """Days before publication of a relative-day match: "اليوم" 0, "أمس" 1, "قبل 3 أيام" 3 …"""
    if m.group("today"):
        return 0
    if m.group("relnight"):
        return _REL_NIGHTS[_g(m, "relnight")]
    if m.group("reld"):
        return _REL_DAYS[_g(m, "reld")]
    if m.group("ago"):
        return _AGO[_g(m, "ago")]
    return int(m.group("agon")) if m.group("agon") else _NUMBER_WORDS[_g(m, "agow")]


def _anchor(kind: str, m: regex.Match, introduced: bool) -> _Resolver | None:
    """Resolver of an explicit date, month, week or year match (None: not a date after all)."""
    year = int(m.group("year")) if m.group("year") else None
    if kind in ("k_date", "k_month"):
        month_name = _g(m, "mn")
        mon = _MONTHS[month_name]
        direction = _DIRECTION.get(_g(m, "mmod") or "")
        day = None
        if kind == "k_date":
            day = int(m.group("day")) if m.group("day") else _ORDINALS[_g(m, "dayw")]
        elif month_name in _WEAK_MONTHS and not ((introduced or m.group("mn2")) and not m.group("pro")
                                                 or direction or year or _year_rel(m) is not None):
            return None  # "بيك آب", "مارس ضغوطاً", "في باب الهوى": not a month
        if year and day and not _valid(year, mon, day):
            return None
        resolve = _dated(year, mon, day, direction, _year_rel(m))
        return _until(resolve, int(m.group("day2"))) if m.group("day2") else resolve
    if kind in ("k_num", "k_eng", "k_numm"):
        mon = int(m.group("mon")) if kind != "k_eng" else _ENGLISH[m.group("emn").lower()]
        day = int(m.group("day")) if m.group("day") else None
        if year and day and not _valid(year, mon, day):
            return None
        return _dated(year, mon, day, None, None)
    if kind in ("k_hij", "k_hnum"):
        hy = int(m.group("hyear"))
        hm = int(m.group("mon")) if kind == "k_hnum" else _HIJRI[_g(m, "hmn")]
        hd = int(m.group("day")) if m.group("day") else _ORDINALS[_g(m, "dayw")] if m.group("dayw") else None
        try:
            first = Hijri(hy, hm, hd or 1).to_gregorian()
            last = Hijri(hy, hm, hd or Hijri(hy, hm, 1).month_length()).to_gregorian()
        except (ValueError, OverflowError):
            return None
        a, b = dt.date(*first.datetuple()), dt.date(*last.datetuple())
        res: _Res = (a, "day" if hd else "month", (a, b), False)
        return lambda p: res
    if kind == "k_dom":
        day = int(m.group("day")) if m.group("day") else _ORDINALS[_g(m, "dayw")]
        direction = "current" if m.group("mthis") else _DIRECTION.get(_g(m, "mmod") or "")
        return lambda p: _day_of_month(day, direction, p)
    if kind == "k_mrel":
        shift = {"past": -1, "next": 1}.get(_DIRECTION.get(_g(m, "mmod") or "", ""), 0)
        return lambda p: _month(*_shift_month(p.year, p.month, shift), True) if p else None
    if kind == "k_week":
        shift = -14 if m.group("wback") else {"past": -7, "next": 7}.get(_DIRECTION.get(_g(m, "wmod") or "", ""), 0)
        return lambda p: _week(week_start(p) + dt.timedelta(days=shift), True) if p else None
    if kind == "k_year":
        rel = _year_rel(m)
        if year is not None:
            return lambda p: _year(year, False)
        if rel is None:
            return None  # "الرأي العام"
        return lambda p: _year(p.year + rel, True) if p else None
    raise ValueError(f"no reader for date kind {kind!r}")  # a kind added to the grammar but not here


def _day_of_month(day: int, direction: str | None, pub: dt.date | None) -> _Res | None:
    """"يوم 27" / "الـ 22 من الشهر الجاري": this month's, last month's, or the latest day *day* by *pub*."""
    if pub is None:
        return None
    shift = {"current": 0, "past": -1, "next": 1}.get(direction or "")
    if shift is None:  # bare: latest on or before publication
        shift = 0 if day <= pub.day else -1
    for k in range(12):  # a 31st looks back to the last month that has one
        y, m = _shift_month(pub.year, pub.month, shift - k)
        if _valid(y, m, day):
            return _day(dt.date(y, m, day), True)
        if direction:
            return None
    return None


# --- atoms into mentions ----------------------------------------------------------------------

_RANK = {"rel": 1, "wd": 2, "anchor": 3, "clock": 4}


def _atoms(text: str) -> list[_Atom]:
    out: list[_Atom] = []
    end = 0
    for t in _triggers(text):
        pos = t.start("d")
        if pos >= 0:  # digits
            if pos < end or not _may_date_digits(text, pos) or (m := _MASTER.match(text, pos)) is None:
                continue
        elif (pos := t.start()) < end or (m := _master_at(t).match(text, pos)) is None:
            continue
        end = m.end()
        if _named(text, pos):
            continue  # "قوى 8 آذار": a name
        if m.group("today") and _outlet_name(text, m.start("today"), m.end()):
            continue  # "قناة اليوم": an outlet
        a = _parse(m, text, out[-1].e if out else 0)
        if a is not None:
            while a.e > a.s and text[a.e - 1].isspace():
                a.e -= 1
            out.append(a)
    return out


def _touch(text: str, end: int, start: int) -> bool:
    return start - end <= _MAX_GAP and _GAP.fullmatch(text, end, start) is not None


def _chains(atoms: list[_Atom], text: str) -> list[list[_Atom]]:
    """Group touching atoms, in order part-of-day → relative → weekday → date → clock → part-of-day."""
    chains: list[list[_Atom]] = []
    last_rank = 99
    for i, a in enumerate(atoms):
        if a.kind == "tod":
            nxt = atoms[i + 1] if i + 1 < len(atoms) else None
            leans = a.pre and nxt is not None and nxt.kind in ("rel", "wd", "anchor") and _touch(text, a.e, nxt.s)
            rank = 0 if leans or not a.post else 5
        else:
            rank = _RANK[a.kind]
        if chains and rank > last_rank and _touch(text, chains[-1][-1].e, a.s):
            chains[-1].append(a)
        else:
            chains.append([a])
        last_rank = rank
    return chains


def _today() -> dt.date:
    return dt.date.today()


def _year_by_weekday(anchor: _Atom, weekday: int | None) -> _Res | None:
    """"اليوم السبت 30 تشرين الثاني" on a page that does not say when it was published: the latest
    year, up to today, in which that day fell on that weekday (a weekday and a day of a month recur
    together only every five or six years, and pages are read soon after they are written)."""
    if anchor.resolve is None or weekday is None:
        return None
    today = _today()
    for year in range(today.year, today.year - WEEKDAY_YEARS_BACK, -1):
        res = anchor.resolve(dt.date(year, 12, 31))
        if res is not None and res[1] == "day" and res[0].year == year and res[0] <= today \
                and res[0].weekday() == weekday:
            return res
    return None


def _mention(chain: list[_Atom], nt: NormText, published: dt.date | None) -> DateMention | None:
    by_kind: dict[str, _Atom] = {}
    tods: list[_Atom] = []
    for a in chain:
        if a.kind == "tod":
            tods.append(a)
        else:
            by_kind.setdefault(a.kind, a)
    dated = [by_kind[k] for k in ("anchor", "rel", "wd") if k in by_kind]
    if not dated and not any(t.post for t in tods):
        return None  # a clock alone, or "فجر" / "ظهر" alone (detonated / appeared)
    tod = tods[0].tod if tods else "night" if any(a.night for a in dated) else None
    clock = by_kind.get("clock")
    if tods and clock is not None and clock.hour is not None:
        # the word nearest the clock speaks of its hour ("صباح اليوم الساعة 11 ليلاً" is night)
        tod = min(tods, key=lambda t: min(abs(t.s - clock.e), abs(clock.s - t.e))).tod
        if (clock.hour % 12 or 12) not in W.TOD_HOURS[tod]:
            tod = None  # "الساعة 3 مساءً" is afternoon, not evening: say nothing
    if not dated and tod is None:
        return None
    res = None
    for a in dated:
        if a.resolve is not None and (res := a.resolve(published)) is not None:
            break
    if res is None and published is None and "wd" in by_kind and "anchor" in by_kind:
        res = _year_by_weekday(by_kind["anchor"], by_kind["wd"].weekday)
    start, end = nt.orig_span(chain[0].s, chain[-1].e)
    # a final diacritic or the tatweel of "هـ" belongs to the evidence (folding dropped it)
    while end < len(nt.original) and (nt.original[end] == "\u0640" or unicodedata.category(nt.original[end]) == "Mn"):
        end += 1
    if res is None:  # a bare part of day; or a day that needs the publication date, unknown here
        return DateMention(start, end, None, _coarse_unknown(dated), None, tod, relative=bool(dated),
                           days_back=_days_back_unknown(dated))
    value, precision, span, relative = res
    return DateMention(start, end, value, precision, span, tod, relative=relative)


# Any day: what a relative mention would resolve to, seen from it, tells whether it names a day or more.
_STAND_IN = dt.date(2001, 6, 15)


def _days_back_unknown(dated: list[_Atom]) -> int | None:
    """How many days before an unknown publication day the day told only relative to it fell ("أمس",
    "قبل يومين", "الليلة الماضية"); None when a weekday or a date is told, or no single day."""
    if len(dated) != 1 or dated[0].kind != "rel" or dated[0].resolve is None:
        return None
    res = dated[0].resolve(_STAND_IN)
    return (_STAND_IN - res[0]).days if res is not None and res[1] == "day" else None


def _coarse_unknown(dated: list[_Atom]) -> str | None:
    """The precision of a month or a year told relative to an unknown publication day ("الشهر الماضي",
    "بأبريل الماضي", "العام الماضي": "month" or "year"); None for a day or a week, and for anything else."""
    for a in dated:
        if a.resolve is not None and (res := a.resolve(_STAND_IN)) is not None:
            return res[1] if res[1] in ("month", "year") else None
    return None


# "غدا الاثنين", "يوم غد الأحد", "بعد غد": the day after the report (reports tell of the past; this
# is what they announce)
_TOMORROW = regex.compile(r"(?<!\w)(?:و)?(?:يوم\s+)?(?:بعد\s+)?(?:غدا|غد|الغد)\s+$")
TOMORROW_REACH = 16
# "هدنة اعتبارا من الثلاثاء", "ابتداء من يوم السبت": the day a period starts (W.ONWARD_FROM)
_ONWARD = regex.compile(r"(?<!\w)(?:" + "|".join(fold(w).replace(" ", r"\s+") for w in W.ONWARD_FROM)
                        + r")\s+(?:يوم\s+|تاريخ\s+)?$")
ONWARD_REACH = 24


def told_today(mentions: list[DateMention], text: str) -> dt.date | None:
    """The day a report with no publication date names as its own, "today", with the day itself ("اليوم
    الأربعاء 16 شباط": a weekday and a date that fix the year), or the day after the one it names as
    yesterday ("يوم أمس الأحد 20 تشرين الثاني"), from *mentions* found without a publication date; None
    when it names none, or names another weekday for today elsewhere."""
    for d in mentions:
        if d.value is None or d.precision != "day":
            continue
        words = _key(text[d.start:d.end])
        told = _TODAY.search(words)
        if told is not None:
            back = _TODAY_BACK[told.group()]
            today = d.value + dt.timedelta(days=back)
            # "فجر اليوم السبت" in the same report, when that day is a Monday: its days disagree
            return today if all(_today_weekday(text[o.start:o.end]) in (None, today.weekday())
                                for o in mentions) else None
    return None


def _today_weekday(phrase: str) -> int | None:
    """The weekday a mention names for today ("فجر اليوم السبت" -> 5), if it names one."""
    words = _key(phrase).split()
    if "اليوم" not in words:
        return None
    return next((_WEEKDAYS[w] for w in words if w in _WEEKDAYS), None)


def find_dates(nt: NormText, published: dt.date | None, whole: str | None = None) -> list[DateMention]:
    """Every date or part-of-day expression in *nt*, sorted by start, non-overlapping, with spans in
    the original text; relative expressions resolved against *published* (None when it is unknown).
    In a chronology cut by year headers ("- 2013 -" alone on its line), a day told without its year
    is of the header's year (the latest on or before its end: a range "-2014 إلى 2016 -" ends in 2016).
    In one whose lines open on their dates ("30 يناير 2013: ..." then "3 و5 مايو: ..."), a line's date
    told without its year is of the year of the line before it, or of the next when it would fall
    before that line's date. *whole*: the folded text the headers are read in, when *nt* is a focus
    that blanked them (the same length: offsets agree)."""
    text = nt.text
    lines = text if whole is None else whole
    headers = [(m.start(), int(m["last"] or m["year"])) for m in _YEAR_HEADER.finditer(lines)] \
        if _YEAR_HEADER_NEEDS.match(lines) or _YEAR_HEADER_NEEDS_NL.search(lines) else []
    item: dt.date | None = None  # the date of the last line opening on a date, in an earlier year
    item_line = -1  # where that line starts
    out = []
    for chain in _chains(_atoms(text), text):
        start = chain[0].s
        # (each pattern is searched only where its one word every match holds stands: "غد", "من")
        if text.find("غد", max(0, start - TOMORROW_REACH), start) >= 0 \
                and _TOMORROW.search(text, max(0, start - TOMORROW_REACH), start):
            continue  # "إعلان العقوبات غدا الاثنين": a day to come, which dates no act of the report
        if text.find("من", max(0, start - ONWARD_REACH), start) >= 0 \
                and _ONWARD.search(text, max(0, start - ONWARD_REACH), start):
            continue  # "هدنة يومية اعتبارا من الثلاثاء": when a period starts, no act's day
        pub = published
        year = next((y for s, y in reversed(headers) if s < start), None) if headers else None
        line = text.rfind("\n", 0, start) + 1
        opens = _opens_line(text, line, start)
        if year is None and item is not None and (opens or line == item_line):
            year = item.year  # (a day told later in the item's line is of its year: "وفي 23 سبتمبر، تم إسقاط")
        if year is not None and {a.kind for a in chain} <= {"anchor", "tod", "clock"} and \
                (pub is None or year < pub.year):
            pub = dt.date(year, 12, 31)  # "- 2013 - / 30 كانون الثاني/يناير: قصف الطيران ..."
        mention = _mention(chain, nt, pub)
        if mention is not None and item is not None and opens and mention.relative and mention.value is not None \
                and mention.value < item and pub is not None and pub.year < (published or _today()).year:
            mention = _mention(chain, nt, dt.date(pub.year + 1, 12, 31))  # the list went on into the next year
        if mention is not None:
            out.append(mention)
            if opens and mention.value is not None and mention.precision in ("day", "month") and (
                    not mention.relative or item is not None) and (published is None or mention.value.year < published.year):
                item, item_line = mention.value, line
    return out


def _opens_line(text: str, line: int, start: int) -> bool:
    """Whether the date at *start* opens its line (starting at *line*), after a list's mark or another
    day joined to it ("- 30 يناير 2013:"، "3 و5 مايو:")."""
    return _LINE_OPENING.fullmatch(text, line, start) is not None


_LINE_OPENING = regex.compile(r"[ \t\-–—•*]*(?:\d{1,2}\s*و\s*)?")


# A line that is only a year or a range of years, between dashes: a chronology's section header.
_YEAR_HEADER = regex.compile(r"(?m)^[ \t\-–—_*]*(?P<year>(?:19|20)\d\d)(?:\s*(?:الي|الى|حتي|-|–)\s*"
                             r"(?P<last>(?:19|20)\d\d))?[ \t\-–—_*:]*$")
# (most texts have none: a quick test, of the text's start and of what follows each line break; ``(?m)^``
# would try every character)
_YEAR_HEADER_NEEDS = re.compile(r"[ \t\-–—_*]*(?:19|20)\d\d")
_YEAR_HEADER_NEEDS_NL = re.compile(r"\n[ \t\-–—_*]*(?:19|20)\d\d")
