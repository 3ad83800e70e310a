"""Casualty counts: numbers of people bound to an outcome (killed, injured, captured).

The grammar runs over the tokens of the folded text (words, digit runs, punctuation):

    count   := [hedge] number [- number] [hedge] [noun] [modifiers]  "ما لا يقل عن 25 من عناصر التنظيم"
             | dual noun ["اثنين"]                                    "طفلين"، "مدنيان"
             | plural noun + number word                              "متطرفين اثنين"، "العناصر الأربعة"
             | singular person noun, kin + pronoun, "أحد" + noun     "مقتل طفل"، "وعائلته"، "أحد العناصر"
             | title + name, given name, quoted name               "استشهاد الأخ والزميل غسان"، "مقتل "خلف الوهاب""
             | outcome noun + pronoun after "أدى إلى" and the like     "ما أدى لمقتله"، "أسفر عن إصابتهما"
             | a whole family, vague quantity                        "إستشهاد عائلة كاملة"، "عشرات المدنيين"، "آخرون"
    outcome := the nearest outcome word before the count ("مقتل"، "قُتل"، "أصيب"، "اعتقال"، "ارتقاء" ...),
               else a casualty noun in it ("قتلى"، "جرحى"), else a word after it ("قتلوا"، "لقوا مصرعهم");
               one person may also have it right after ("طفل استشهد اليوم"، "فقدت امرأة حياتها"،
               "مدني ضحية رصاص"); a coordinated count takes the outcome of the one before ("26 من قوات
               النظام بالإضافة إلى تسعة مقاتلين روس"), a count in brackets after another is its breakdown, and
               so is one after a count and a bare pronoun ("مقتل شخصين هما رجل وامرأة": two); a list of
               people opened by "كل من" and closed by a plural or dual outcome word counts its members
               ("فقد كل من الشابة X وأخوها Y حياتهما": two).

A name counts one person only right after an outcome noun or an intransitive verb ("مقتل محمد"،
"استشهد محمد"; not "قتل محمد زوجته"), or before an intransitive outcome ("هاني الحمود الذي ارتقى").
"ارتقاء"/"ارتقى" (also "rising") count only people named by a noun or a name. Words joined by "_" into
a hashtag ("#الأسد_يقتل_السوريين") are no outcome words.

Conventions (UCDP, as ../shared/SCHEMA.md and eval/ANNOTATION.md set them; the dev gold follows them):
    exact N, at least N, more than N   low N, best N, high None
    about N                            best N
    under N                            high N
    N - M                              low N, best N, high M
    vague                              all None: the text says people were hit, not how many
    "X وعائلته"                        X, plus the family as low 1, best None (civilians)
    "عائلة كاملة" after an outcome     all None, civilians
    one person + "ضحية"                killed 1: a single victim named so is a death in these reports
                                       (the wounded are "مصاب"/"جريح"); plural "ضحايا" stays a tally word

Not reported by :func:`find_counts`: subsets ("بينهم 3 أطفال", see :func:`find_counts_with_subsets`) but
the civilians among a total that does not say who its dead were ("مقتل 43 شخصا من بينهم سبعة أطفال":
43 killed, and at least 7 civilians), totals of two outcomes ("مقتل وإصابة 7"، "13 مدنيا بين قتيل وجريح"), and counts whose clause names a
period ("منذ بداية الشهر"، "خلال تموز"): those are tallies, not one incident (eval/ANNOTATION.md).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import compress, count
from operator import itemgetter, or_
from typing import TypeVar

import regex

from rasd.lang.ar import casualty_words as W
from rasd.lang.ar import numerals as N
from rasd.model import CountMention
from rasd.text.normalize import NormText, fold
from rasd.text.patterns import words_pattern
from rasd.text.segment import NEWLINE, tokens

__all__ = ["find_counts", "find_counts_with_subsets", "parse_number"]

# --- lexicon, built once -------------------------------------------------------------------------
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
_ARTICLE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وبال")


def _f(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


_V = TypeVar("_V")


def _ff(table: dict[str, _V]) -> dict[str, _V]:
    return {fold(k): v for k, v in table.items()}


def _prefixed(table: dict, prefixes: tuple[str, ...]) -> dict[str, tuple]:
    """``surface -> (value, prefix)``. Bare forms go in first, so a word is never read as a prefix
    plus some other word ("والد" is a father, not و + الد)."""
    out: dict[str, tuple] = {}
    for p in prefixes:
        for w, v in table.items():
            out.setdefault(p + w, (v, p))
    return out


def _strip_article(prefix: str) -> str:
    if prefix.endswith("ال"):
        return prefix[:-2]
    return prefix[:-1] if prefix.endswith("لل") else prefix


_CLITIC_OF = {p: _strip_article(p) for p in (*_CLITICS, *_ARTICLE)}


def _clitic(prefix: str) -> str:
    """The proclitics of *prefix* without the article, which belongs to the evidence."""
    return _CLITIC_OF.get(prefix, prefix)


@dataclass(frozen=True, slots=True)
class _Noun:
    n: int | None  # 1 singular, 2 dual, None plural
    civilian: bool | None
    category: str | None = None  # casualty nouns only
    alone: bool = False  # a lone indefinite singular counts one by itself ("سقوط قتيل")


def _noun_forms(sg: str, plurals: str, dual: str | None) -> Iterator[tuple[str, int | None]]:
    s = fold(sg)
    fem = s.endswith("ه")
    yield s, 1
    if not fem:
        yield s + "ا", 1  # accusative after 11-99: "25 مدنيا"
    stem = s[:-1] + "ت" if fem else s
    for end in {"broken": ("ين", "ان"), "sound": ("ان",), "fem": ("ين", "ان")}.get(dual or "", ()):
        yield stem + end, 2
    for p in fold(plurals).split():
        yield p, None
        base = p[:-1] if p.endswith("ين") else p[:-1] + "ت" if p.endswith("ه") else p
        if p.endswith("ين"):
            yield base, None  # construct: "مقاتلي الحزب"
        if not p.endswith("ون"):
            yield from ((base + pr, None) for pr in W.PRONOUNS)  # "جنوده"، "مقاتليها"


def _build_nouns() -> dict[str, tuple]:
    table: dict[str, _Noun] = {}
    for sg, pl, civ, dual in W.PEOPLE:
        for form, n in _noun_forms(sg, pl, dual):
            table.setdefault(form, _Noun(n, civ))
    for sg, pl, cat, dual, alone in W.CASUALTY_NOUNS:
        for form, n in _noun_forms(sg, pl, dual):
            table.setdefault(form, _Noun(n, None, cat, alone and n == 1))
    return _prefixed(table, _CLITICS + _ARTICLE)


def _build_kin() -> dict[str, tuple]:
    table: dict[str, int | None] = {fold(w): 1 for w in W.KIN_ONE_IRREGULAR}
    for words, value in ((W.KIN_ONE, 1), (W.KIN_TWO, 2), (W.KIN_SOME, None), (W.COMPANIONS_ONE, 1)):
        for w in words:
            s = fold(w)
            s = s[:-1] + "ت" if s.endswith("ه") else s
            # a dual in both its cases: "وطفليها" (after a preposition or as an object), "وطفلاهما" (a subject)
            stems = ([s + "ي", s + "ا"] if value == 2 else [s]) + ([s[:-1] + "ئ"] if s.endswith("اء") else [])
            table.update({stem + pr: value for stem in stems for pr in W.PRONOUNS if stem + pr not in table})
    return _prefixed(table, ("", "و", "ب", "ل"))


_UNITS, _TEEN_HEADS, _TENS = _ff(N.UNITS), _ff(N.TEEN_HEADS), _ff(N.TENS)
_HUNDREDS, _THOUSANDS, _MULT = _ff(N.HUNDREDS), _ff(N.THOUSANDS), _ff(N.MULTIPLIERS)
_TEEN_TAILS, _HUNDRED_WORDS, _VAGUE = _f(N.TEEN_TAILS), _f(N.HUNDRED_WORDS), _f(N.VAGUE)
_NUMWORDS = _prefixed({w: w for w in (*_UNITS, *_TEEN_HEADS, *_TENS, *_HUNDREDS, *_THOUSANDS, *_VAGUE)},
                      _CLITICS + _ARTICLE)
_THOUSANDS_VAGUE = _f(("آلاف", "الآلاف"))
_FRACTIONS = _f(N.FRACTIONS)
_ADAD, _ADAD_AFTER = _f(("عدد", "وعدد", "بعدد")), _f(N.VAGUE_AFTER_ADAD)
_NOUNS = _build_nouns()
_KIN = _build_kin()
#: The kin forms that name a companion ("وسائقه"): no civilian known.
_COMPANIONS = frozenset(w for w in _KIN if any(w[len(p):].startswith(fold(c)) for c in W.COMPANIONS_ONE
                                              for p in ("", "و", "ب", "ل") if w.startswith(p)))
_OTHERS = _prefixed(_ff(W.OTHERS), ("", "و"))
_OTHER_FEMININE = fold("أخرى")
_ONE_OF = _prefixed({w: 1 for w in _f(W.ONE_OF)}, _CLITICS)
_ONE_OF_PRONOUN = _prefixed({w: 1 for w in _f(W.ONE_OF_PRONOUN)}, _CLITICS)
_OF_THEM = _f(("منهم", "منهن", "منهما"))
_GROUPS = _prefixed({**{fold(w).removeprefix("ال"): False for w in W.FIGHTER_GROUPS if " " not in w},
                     **{fold(w).removeprefix("ال"): True for w in W.CIVILIAN_GROUPS if " " not in w}},
                    _CLITICS + _ARTICLE)
_GROUP_PAIRS = {tuple(fold(w).removeprefix("ال").split()): flag
                for ws, flag in ((W.FIGHTER_GROUPS, False), (W.CIVILIAN_GROUPS, True)) for w in ws if " " in w}
_MEMBERS_OF = _prefixed({w: w for w in _f(W.MEMBERS_OF)}, _CLITICS)
_NOT_PEOPLE = _f(W.NOT_PEOPLE) | _f(W.MONTHS)
_NOT_BEFORE = _f(W.NOT_A_COUNT_BEFORE)
_FILLERS = _f(W.FILLERS) | {"و" + w for w in _f(W.FILLERS)}
_CONNECTORS = _f(W.TALLY_CONNECTORS) | {"الي"}
_TALLY_VERBS = _f(W.TALLY_VERBS)
_PERIOD_NEXT = _f(W.PERIOD_WORDS) | _f(W.MONTHS)
_TWO, _ONE = _f(("اثنين", "اثنان", "اثنتين", "اثنتان")), _f(("واحد", "واحدا", "واحدة"))
_CASES = _f(("حالة", "حالات"))  # "5 حالات وفاة"
_CASE_KINDS = {fold(k): v for k, v in W.CASE_KINDS.items()}  # "70 حالة اختناق": people hurt
_RANGE_JOINS = _f(W.RANGE_JOINS)
_RANGE_OPENERS = {tuple(fold(k).split()): _f(v) for k, v in W.RANGE_OPENERS.items()}
_PERIOD_SKIP = _f(W.PERIOD_SKIP)
_PERIOD_DAYS = _f(W.PERIOD_DAYS)
_DAYS_NOT_AFTER = _f(W.PERIOD_DAYS_NOT_AFTER)
_WITNESSED = _f(W.PERIOD_WITNESSED)
_TALLIED_ACTS = _f(W.TALLIED_ACTS) | {"ال" + w for w in _f(W.TALLIED_ACTS)}
_TALLIED_ACTS_BETWEEN = _f(W.TALLIED_ACTS_BETWEEN)
_LIST_MARKS = _f(W.LIST_MARKS)
_TALLY_TURNS = frozenset(tuple(w.split()) for w in _f(W.TALLY_TURNS))
# One person told by a title or a name, not a number ("استشهاد الأخ والزميل غسان"، "مقتل "خلف الوهاب"").
_TITLES = _prefixed({fold(w): flag for w, flag in W.TITLES}, _ARTICLE)  # definite only: "الشيخ"، "والأخ"
_NAMES = _prefixed({w: 1 for w in _f(W.GIVEN_NAMES)}, ("", "و"))
_NAME_OPENERS = _prefixed({w: 1 for w in _f(W.NAME_OPENERS)}, ("", "و"))
_NOT_NAMES = _f(W.NOT_NAMES)
_ATTEMPTS = _f(W.ATTEMPTS)
_INTRANSITIVE = _f(W.INTRANSITIVE)
_OUTCOME_PRONOUNS = _prefixed({fold(k): v for k, v in W.OUTCOME_PRONOUNS.items()}, ("", "ل", "ب"))
_OUTCOME_PRONOUN_AFTER = _f(W.OUTCOME_PRONOUN_AFTER)
_OUTCOME_PRONOUN_NOT_AFTER = _f(W.OUTCOME_PRONOUN_NOT_AFTER)
_FAMILY = _prefixed({w: 1 for w in _f(W.FAMILY)}, ("", "و"))
_FAMILY_WHOLE = _f(W.FAMILY_WHOLE)
_FAMILY_MADE_OF = _f(W.FAMILY_MADE_OF)
_NAMES_FOLDED_AWAY = _f(W.GIVEN_NAMES_FOLDED_AWAY)
_RELATIVES = _f(("الذي", "التي"))
_LIST_OPENERS = frozenset(tuple(fold(w).split()) for w in W.VICTIM_LIST_OPENERS)
_LIST_OPENER_FIRST = frozenset(w[0] for w in _LIST_OPENERS)
_PERSON_BEFORE_AND = _f(W.PERSON_BEFORE_AND)
_PASSIVE = frozenset(fold(w) for ws in W.TRIGGERS_AFTER_ONE_PASSIVE.values() for w in ws)
_PASSIVE_CAUSE = frozenset(fold(w).split()[0] for w in W.PASSIVE_CAUSE_AFTER_RELATIVE)
_PASSIVE_WHEN = _f(W.PASSIVE_WHEN_AFTER_RELATIVE)
PASSIVE_OBJECT_REACH = 3  # tokens after a time or place word in which an object makes the verb active
_QUOTE = '"'
_FATHA = "\u064e"
_STRONG = frozenset(".!?؟;؛:" + NEWLINE)  # newlines are tokens too (segment.tokens)
_COMMA = frozenset("،,")
# What may stand between two entries of a roll of the dead (see _roll), and the most entries read.
_ROLL_SEPARATORS = frozenset({NEWLINE, *_COMMA, "-", "–", "*", "•"})
ROLL_MAX = 100
ROLL_NAME_WORDS = 5
_ROLL_TITLE_PREFIXES = frozenset({"ال", "وال"})
# (a verb raising a toll ends the act's clause: "قتل خمسة مدنيين جراء القصف ليرتفع عدد القتلى منذ ...")
_BOUNDS = _STRONG | _COMMA | frozenset(fold(w) for w in W.RAISING)
_QUOTES = frozenset("\")'")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_PAD = 16  # empty tokens after the text, so lookahead needs no bounds checks (and text[-1] == "")


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: tuple[str, ...]  # folded; the first without its clitic
    role: str  # near verb tally right after_one* | subset restate coord | about atleast atmost post_* | mixed | period | aside
    category: str | None = None
    person: bool = False  # counts only people named by a noun or a name (W.NEEDS_PERSON)


def _build_phrases() -> dict[str, list[tuple[int, dict[tuple[str, ...], list[tuple[_Phrase, str]]]]]]:
    needs_person = _f(W.NEEDS_PERSON)
    entries = [_Phrase(tuple(fold(w).split()), role, cat, fold(w) in needs_person)
               for role, table in (("near", W.TRIGGERS_NEAR), ("verb", W.TRIGGERS_VERB), ("right", W.TRIGGERS_RIGHT),
                                   ("right_next", W.TRIGGERS_RIGHT_NEXT), ("after_one", W.TRIGGERS_AFTER_ONE),
                                   ("after_one_passive", W.TRIGGERS_AFTER_ONE_PASSIVE))
               for cat, ws in table.items() for w in ws]
    plurals = {p.removeprefix("ال"): cat for _, pl, cat, _, _ in W.CASUALTY_NOUNS for p in fold(pl).split()}
    plurals.update({k.removeprefix("ال"): v for k, v in _ff(W.TALLY_NOUNS).items()})  # type: ignore[arg-type]
    for bare, cat in plurals.items():  # "القتلى هم"، "عدد القتلى إلى"، "حصيلة جرحى ... إلى"
        entries.append(_Phrase(("ال" + bare,), "tally", cat))
        entries += [_Phrase((fold(h), form), "tally", cat) for h in W.TALLY_HEADS for form in (bare, "ال" + bare)]
    for role, ws in (("subset", W.SUBSET_MARKERS), ("coord", W.COORDINATORS), ("about", W.HEDGE_ABOUT),
                     ("atleast", W.HEDGE_AT_LEAST), ("atmost", W.HEDGE_AT_MOST), ("mixed", W.MIXED_AFTER),
                     ("post_atleast", W.HEDGE_AFTER_AT_LEAST), ("post_about", W.HEDGE_AFTER_ABOUT),
                     ("period", W.PERIOD_HEADS), ("group", W.GROUP_INTRODUCERS), ("aside", W.ASIDES),
                     ("restate", W.RESTATING_PRONOUNS)):
        entries += [_Phrase(tuple(fold(w).split()), role) for w in ws]
    # first word (with its clitic) -> [(number of further words, {further words: phrases})], longest first
    index: dict[str, dict[int, dict[tuple[str, ...], list[tuple[_Phrase, str]]]]] = {}
    for ph in entries:
        for p in _CLITICS:
            by_len = index.setdefault(p + ph.words[0], {})
            by_len.setdefault(len(ph.words) - 1, {}).setdefault(ph.words[1:], []).append((ph, p))
    return {w: sorted(by_len.items(), reverse=True) for w, by_len in index.items()}


_PHRASES = _build_phrases()


def _by_next_word(tables: list[tuple[int, dict]]) -> tuple[list, dict[str, list]]:
    """A first word's tables split by the word after it: (the one-word phrases, {second word: the
    tables holding a phrase that goes on with it, longest first, then the one-word phrases}). Most
    of the time the next word goes on with none ("في" opens a few phrases, and thousands of other
    words), so no table of longer phrases is looked up."""
    alone = [(rest, table) for rest, table in tables if rest == 0]
    by_next: dict[str, list] = {}
    for rest, table in tables:
        for nxt in sorted({words[0] for words in table} if rest else ()):
            by_next.setdefault(nxt, []).append((rest, table))
    return alone, {nxt: [*longer, *alone] for nxt, longer in by_next.items()}


#: _PHRASES by first word and then by second word.
_PHRASES_BY_NEXT = {w: _by_next_word(tables) for w, tables in _PHRASES.items()}
_HEDGES = ("about", "atleast", "atmost")
_POST_HEDGES = ("post_atleast", "post_about")
_PLURALS = frozenset(w for w, (noun, _) in _NOUNS.items() if noun.n is None and w not in _KIN)
_HEDGE_FIRST = frozenset(w for w, v in _PHRASES.items()
                         if any(ph.role in _HEDGES for _, table in v for phs in table.values() for ph, _ in phs))
_RANGE_FIRST = frozenset(words[0] for words in _RANGE_OPENERS)
#: Tokens where a count can begin; everything else is skipped without a look.
_STARTS = frozenset({*_NUMWORDS, *_NOUNS, *_KIN, *_OTHERS, *_ONE_OF, *_ONE_OF_PRONOUN, *_ADAD, *_TITLES, *_NAMES,
                     *_NAME_OPENERS, _QUOTE, *_OUTCOME_PRONOUNS, *_FAMILY, *_RANGE_FIRST, *_HEDGE_FIRST})
#: Words (besides digits) where :func:`_parse` may read a hedge, a range or a number; at any other
#: word it finds none of them, and only :func:`_parse_noun` can find a count.
_NUMBER_OPENERS = frozenset({*_NUMWORDS, *_ADAD, *_HEDGE_FIRST, *_RANGE_FIRST, "("})
#: Tokens that start a count only by the hedge ("على الأقل"، "أكثر من") or the range ("من 5 إلى 8")
#: they open: not a number, noun or name themselves. Elsewhere (most of the time: "من"، "على"، "ما")
#: :func:`_parse` would find nothing, so :func:`_counts` does not ask it (see :func:`_opens`).
_OPENERS_ONLY = frozenset(_STARTS - {*_NUMWORDS, *_ADAD, *_KIN, *_NOUNS, *_OUTCOME_PRONOUNS, *_TITLES, *_NAMES,
                                     *_NAME_OPENERS, _QUOTE, *_FAMILY, *_ONE_OF_PRONOUN, *_ONE_OF, *_OTHERS})
#: Sound plurals whose ending a fatha can mark as a dual ("مواطنَين" two citizens, "مواطنِين" citizens).
_DUAL_SHAPED = frozenset(w for w in _PLURALS if w.endswith("ين"))
# Every match of _NO_CASUALTIES (below) starts a token, a negation's first word with or without "و" or
# "ف" ("ولم"، "من"): a word after no letter or digit (its (?<!\w)), of letters up to the space after it.
_NO_CASUALTIES_STARTS = frozenset(c + fold(w).split()[0] for w in W.NO_CASUALTIES_NEGATIONS for c in ("", "و", "ف"))
#: The tokens :class:`_Tokens` looks at (besides numbers in digits): clause ends, the first words of
#: phrases, the words a count may start at and those a list of victims or a word of no casualties
#: opens with; and those of them no count starts at.
_NOTED = frozenset({*_BOUNDS, *_PHRASES, *_STARTS, *_LIST_OPENER_FIRST, *_NO_CASUALTIES_STARTS})
_NOT_STARTS = frozenset(_NOTED - _STARTS)
_UNDERSCORE = regex.compile("_")


# --- tokens --------------------------------------------------------------------------------------
class _Tokens:
    """The folded text as tokens, with the phrases found in it. Sentences end at . ! ? ; : and new
    lines; clauses also at commas. With the :class:`NormText` at hand, sound plurals written with a
    fatha before their ending ("مواطنَين") are known for the duals they are (``duals``)."""

    __slots__ = ("bounds", "candidates", "duals", "ends", "ends_at", "items", "n", "noted", "period_clauses", "start",
                 "starts_at", "strong", "text")

    def __init__(self, folded: str, nt: NormText | None = None) -> None:
        # Per-token work runs through map/compress, not Python loops: it is most of the time spent.
        text, self.start = tokens(folded)  # shared with the date recognizer, which reads them first
        self.n = n = len(text)
        # The tokens worth a look (about a third) are picked once, and then told apart: a pass over all
        # the tokens for each kind cost more.
        self.bounds: list[int] = []  # clause ends
        self.strong: list[int] = []  # sentence ends (among the clause ends)
        self.candidates: list[int] = []  # the tokens a count may start at (see _counts)
        self.noted: list[int] = []  # all of them but the clause ends (see openers)
        firsts = []  # the tokens a phrase may start at
        # (the words and the numbers by a pass each, sorted together: one pass that asks both of each
        # token costs more)
        numbers = compress(range(n), _digits(text, "," in folded))
        for i in sorted([*compress(range(n), map(_NOTED.__contains__, text)), *numbers]):
            w = text[i]
            if w in _BOUNDS:  # (no phrase or count starts at one)
                self.bounds.append(i)
                if w in _STRONG:
                    self.strong.append(i)
                continue
            self.noted.append(i)
            if w in _PHRASES:
                firsts.append(i)
            if w not in _NOT_STARTS:
                self.candidates.append(i)
        self.text = [*text, *[""] * _PAD]
        self.ends_at: dict[int, tuple[_Phrase, int, str]] = {}
        self.starts_at: dict[int, list[tuple[_Phrase, int, str]]] = {}
        self.period_clauses: set[int] = set()
        self.items: list[tuple[int, int]] = []  # (first token, newline) of each item of a period's list
        tagged = self._hashtag_words(nt) if nt is not None and "_" in nt.original else ()
        for i in firsts:
            if i in tagged:
                continue  # "#الأسد_يقتل_السوريين" names a campaign, it reports nothing
            alone, by_next = _PHRASES_BY_NEXT[text[i]]
            for rest, table in by_next.get(self.text[i + 1], alone):
                j = i + 1 + rest
                for ph, pre in table.get(tuple(self.text[i + 1:j]) if rest else (), ()):
                    self.starts_at.setdefault(i, []).append((ph, j, pre))
                    self.ends_at.setdefault(j - 1, (ph, i, pre))
                    if ph.role == "period" and self._period_follows(j, text[i][len(pre):] not in _DAYS_NOT_AFTER):
                        self.period_clauses.add(self.clause(i))
                        if text[i][len(pre):] in _WITNESSED:  # the period the subject: its whole sentence
                            s = bisect_left(self.strong, i)
                            last = self.clause(self.strong[s]) if s < len(self.strong) else len(self.bounds)
                            self.period_clauses.update(range(self.clause(i), last + 1))
        self.ends = sorted(self.ends_at)  # the tokens a phrase ends at
        if self.period_clauses:  # (most reports name no period)
            self._tallies()
        self.duals: set[int] = set()
        if nt is not None and _FATHA in nt.original:  # most reports carry no short vowels at all
            for i in compress(range(n), map(_DUAL_SHAPED.__contains__, text)):
                o = nt.offsets[self.start[i] + len(text[i]) - 2]  # the ي of the ending
                if o > 0 and nt.original[o - 1] == _FATHA:
                    self.duals.add(i)

    def _hashtag_words(self, nt: NormText) -> set[int]:
        """The tokens joined to another word by "_" in the original ("#الأسد_يقتل_السوريين");
        folding makes "_" a space."""
        out: set[int] = set()
        for m in _UNDERSCORE.finditer(nt.original):
            f = nt.to_norm(m.start())  # the folded character after the "_"
            k = bisect_left(self.start, f)
            out.update((k - 1, k))
        return out

    def _tallies(self) -> None:
        """Widen the period clauses over a period's toll told at length. In a sentence that names a
        period and counts acts ("منذ بداية العام الحالي 2024 استجابت فرقنا لـ 52 هجوماً على شمال غربي
        سوريا، بينها 3 هجمات ...، وأدت لمقتل 7 مدنيين ...، وإصابة 18 آخرين"), every clause from the
        later of the two to the sentence's end, or to a clause that turns to another act ("، فيما أطلقت
        قوات المعارضة معركة"); and the items of a list ("– 67 استهداف على الحسكة
        أسفرت عن مقتل 15 من المدنيين") whose heading, the line ending in ":" before it, is such a
        sentence ("يرتفع إلى 102 تعداد الاستهدافات ...، منذ مطلع العام 2023، تسببت بمقتل 86 شخص ...،
        والقتلى هم:") or comes right after one or after such a list ("وتوزعت الاستهدافات على النحو
        الآتي:"). (A list of acts over a period that does not count them, "وفيما يلي أبرز الغارات التي
        شنتها إسرائيل داخل الأراضي السورية منذ عام 2003:", is a list of acts, each its own.)"""
        t, strong, bounds = self.text, self.strong, self.bounds
        # The sentences that name a period: after one that counted no acts and opened no list, the
        # others are passed over unread. (The clauses widened below are of the sentence read, or of
        # the items of a list, which are read as such.)
        named = {bisect_left(strong, bounds[c]) for c in self.period_clauses if c < len(bounds)}
        after_tally = False  # the sentence before counted acts over a period, or was an item of a period's list
        line_end = -1  # the newline that ends the item being read
        for s, end in enumerate(strong):
            if not after_tally and s not in named:
                continue
            first = strong[s - 1] + 1 if s else 0
            if first == end or end <= line_end:
                continue  # a blank line; the rest of an item's line
            lo, hi = self.clause(first), self.clause(end)
            if after_tally and t[first] in _LIST_MARKS and (first == 0 or t[first - 1] == NEWLINE):
                line_end = next((k for k in strong[s:] if t[k] == NEWLINE), self.n)
                self.period_clauses.update(range(lo, self.clause(line_end) + 1))
                self.items.append((first, line_end))
                continue
            period = min(self.period_clauses.intersection(range(lo, hi + 1)), default=None)
            acts = next(filter(self._acts_at, _numbers(t[first:end], first)), None) if period is not None else None
            if acts is not None:
                tail = max(period, self.clause(acts))
                last = next((c - 1 for c in range(tail + 1, hi + 1) if self._turns(self.bounds[c - 1] + 1)), hi)
                self.period_clauses.update(range(tail, last + 1))
                self.items.append((self.bounds[tail - 1] + 1 if tail else 0, self.bounds[last] if last < hi else end))
            heading = t[end] == ":" and self._item_next(end)
            after_tally = acts is not None or heading and after_tally

    def _turns(self, k: int) -> bool:
        """Whether the clause starting at token *k* turns to another act ("فيما"، "في حين")."""
        return (self.text[k],) in _TALLY_TURNS or (self.text[k], self.text[k + 1]) in _TALLY_TURNS

    def _acts_at(self, k: int) -> bool:
        """Whether the number at token *k* counts acts: "لـ 52 هجوماً"، "102 تعداد الاستهدافات"."""
        got = _number(self.text, k)
        if got is None:
            return False
        e = got[1] + (self.text[got[1]] in _TALLIED_ACTS_BETWEEN)
        return self.text[e] in _TALLIED_ACTS

    def _item_next(self, end: int) -> bool:
        """Whether the line after token *end* (past blank lines) is an item of a list."""
        k = end + 1
        while self.text[k] == NEWLINE:
            k += 1
        return self.text[k] in _LIST_MARKS and self.text[k - 1] == NEWLINE

    def _period_follows(self, j: int, days: bool) -> bool:
        """After منذ/خلال/حصيلة: "بداية"، "10 أشهر"، "نحو أسبوعين"، "تموز"، "2011"; *days*: "الأيام
        الماضية"، "خمسة أيام" too."""
        for t in self.text[j:j + 3]:
            if t in _PERIOD_NEXT or _YEAR.fullmatch(t) or days and t in _PERIOD_DAYS:
                return True
            if not (t.isdigit() or t in _UNITS or t in _PERIOD_SKIP):
                return False
        return False

    def openers(self, words: frozenset[str]) -> Iterator[int]:
        """The tokens that are one of *words*, all of which are in :data:`_NOTED`."""
        return compress(self.noted, map(words.__contains__, map(self.text.__getitem__, self.noted)))

    def phrase_ends(self, lo: int, hi: int) -> bool:
        """Whether a phrase ends at one of the tokens from *lo* to *hi* (not included)."""
        k = bisect_left(self.ends, hi)
        return k > 0 and self.ends[k - 1] >= lo

    def sentence(self, i: int) -> int:
        return bisect_left(self.strong, i)

    def clause(self, i: int) -> int:
        return bisect_left(self.bounds, i)

    def in_period(self, i: int) -> bool:
        """Whether token *i*'s clause, or the clause before it in the same sentence, names a period
        ("منذ مطلع العام 2023، تسببت بمقتل 86 شخصا")."""
        cl = bisect_left(self.bounds, i)
        return cl in self.period_clauses or cl > 0 and self.text[self.bounds[cl - 1]] in _COMMA \
            and cl - 1 in self.period_clauses

    def phrase(self, k: int, roles: tuple[str, ...]) -> tuple[_Phrase, int, str] | None:
        for ph, j, pre in self.starts_at.get(k, ()):
            if ph.role in roles:
                return ph, j, pre
        return None


# --- numbers -------------------------------------------------------------------------------------
def _numbers(words: list[str], first: int) -> Iterator[int]:
    """The tokens among *words* (token *first* and on) that may be numbers: digits or number words."""
    return compress(count(first), map(or_, map(_NUMWORDS.__contains__, words), map(str.isdigit, map(itemgetter(0), words))))


def _group(t: list[str], k: int, prefix_ok: bool) -> tuple[int, int, str] | None:
    """A number below 1000 in words at token *k*: (value, next token, proclitic)."""
    base, pre = _NUMWORDS.get(t[k], (None, ""))
    if base is None or (pre and not prefix_ok):
        return None
    if base in _HUNDREDS:
        rest = _and(t, k + 1, 100)
        return _HUNDREDS[base] + (rest[0] if rest else 0), rest[1] if rest else k + 1, pre
    if base in _TEEN_HEADS and t[k + 1] in _TEEN_TAILS:
        return _TEEN_HEADS[base] + 10, k + 2, pre
    if base in _UNITS:
        v = _UNITS[base]
        if 3 <= v <= 9 and t[k + 1] in _HUNDRED_WORDS:  # "ثلاث مئة"
            rest = _and(t, k + 2, 100)
            return v * 100 + (rest[0] if rest else 0), rest[1] if rest else k + 2, pre
        tens = _and(t, k + 1, 100) if v < 10 else None
        if tens and tens[0] in _TENS.values():  # "خمسة وعشرين"
            return v + tens[0], tens[1], pre
        return v, k + 1, pre
    if base in _TENS:
        return _TENS[base], k + 1, pre
    return None


def _and(t: list[str], e: int, below: int) -> tuple[int, int] | None:
    """"و" + a smaller number ("مئة وخمسين"، "خمسة وعشرين"), glued or apart."""
    g = _group(t, e + 1, False) if t[e] == "و" else _group(t, e, True)
    if g and (t[e] == "و" or g[2] == "و") and g[0] < below:
        return g[0], g[1]
    return None


def _number(t: list[str], k: int) -> tuple[int | None, int, str] | None:
    """A number at token *k*: (value, next token, proclitic); the value is None when vague."""
    w = t[k]
    if w[:1].isdigit():
        v, e, pre = int(w.replace(",", "")), k + 1, ""
    else:
        base, pre = _NUMWORDS.get(w, (None, ""))
        if base is None and w in _ADAD and t[k + 1] in _ADAD_AFTER:  # "عدد من"، "عدد آخر"
            return None, k + 1 + (t[k + 1] != "من"), ""
        if base in _VAGUE:
            return None, k + 1 + (t[k + 1] in _THOUSANDS_VAGUE), pre  # "عشرات الآلاف"
        g = _group(t, k, True)
        if g:
            v, e, pre = g
        elif base in _THOUSANDS:
            v, e = _THOUSANDS[base], k + 1
        else:
            return None
    if t[e] in _MULT:  # "5 آلاف"، "خمسة آلاف"
        v, e = v * _MULT[t[e]], e + 1
    if v >= 1000 and v % 1000 == 0 and (rest := _and(t, e, 1000)):
        v, e = v + rest[0], rest[1]
    return v, e, pre


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or words ("خمسة وعشرين"، "ثلاثمئة"، "5 آلاف"), or
    None when *text* is not exactly one number (vague words such as "عشرات" give None)."""
    tk = _Tokens(fold(text).strip())
    got = _number(tk.text, 0) if tk.n else None
    return got[0] if got and got[1] == tk.n else None


# --- counts --------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Count:
    i: int  # first token
    j: int  # one past the last token
    prefix: str  # proclitic glued to the first token (left out of the evidence)
    low: int | None
    best: int | None
    high: int | None
    kind: str  # number | single | kin | name | pronoun | vague (single, kin and name need an outcome word
    #            right before them; name only a noun or an intransitive verb; pronoun carries its own)
    civilian: bool | None = None
    category: str | None = None  # from a casualty noun
    inherit: bool = False  # the civilian status of the count before ("آخرين"، "منهم")
    bare: bool = False  # no noun: "أصيب خمسة بجروح"
    named: bool = False  # a title or a name may follow ("الطفل علي، ضحية جديدة")
    titled: bool = False  # a title and a name: one person even as a verb's object ("أعدم التنظيم الشيخ X")


def _group_flag(t: list[str], k: int) -> tuple[bool | None, int, bool]:
    """Whom "من X" / "في صفوف X" names: (civilian, next token, known). Two groups of either side
    ("من العسكريين والمدنيين") name no one side. Members of no side are those of the group named
    after them ("من أفراد الشرطة"، "من أفراد «الفرقة 30»"، "من أفراد عائلة واحدة")."""
    flag, after, known = _one_group(t, k)
    if known and flag is None and t[k] in _NOUNS and _NOUNS[t[k]][0].n is None:
        g = after + (t[after] == _QUOTE)
        member_of, after_group, named = _one_group(t, g)
        if named and member_of is not None:
            flag, after = member_of, after_group
    if known and flag is not None and t[after][:1] == "و" and len(t[after]) > 1:
        other, after2, also = _one_group([t[after][1:], t[after + 1], t[after + 2]], 0)
        if also and other is not None and other != flag:
            return None, after + after2, True
    return flag, after, known


def _one_group(t: list[str], k: int) -> tuple[bool | None, int, bool]:
    pair = (t[k].removeprefix("ال"), t[k + 1])
    if pair in _GROUP_PAIRS:
        return _GROUP_PAIRS[pair], k + 2, True
    if t[k] in _NOUNS:
        return _member_flag(t, k, _NOUNS[t[k]][0].civilian), k + 1, True
    if t[k] in _GROUPS:
        return _GROUPS[t[k]][0], k + 1, True
    return None, k + 1, False


_FROM_WORD = fold("من")


def _member_flag(t: list[str], k: int, flag: bool | None) -> bool | None:
    """Whom the people noun at token *k* names: a member of an armed or security force named right
    after it, or after "من", is a fighter ("رجال الأمن"، "رجل شرطة"، "9 رجال من الشرطة"), else what the
    noun says (*flag*)."""
    if flag and t[k] in _MEMBERS_OF:
        if t[k + 1] == _FROM_WORD:
            k += 1  # "9 رجال من الشرطة"
        pair = (t[k + 1].removeprefix("ال"), t[k + 2])
        if _GROUP_PAIRS.get(pair, True) is False or t[k + 1] in _GROUPS and _GROUPS[t[k + 1]][0] is False:
            return False
    return flag


def _modifiers(tk: _Tokens, c: _Count, e: int) -> int:
    """Hedges, "آخرين", adjectives and "من X" after the noun; they may tell who was hit."""
    t = tk.text
    skipped = False
    for _ in range(5):
        w, phrased = t[e], e in tk.starts_at  # (most words start no phrase)
        if w in _COMMA and tk.phrase(e + 1, ("post_atleast",)):
            e += 1
            continue
        if phrased and (hedge := tk.phrase(e, _POST_HEDGES)):
            if hedge[0].role == "post_about" and c.high is None:
                c.low = None
            e = hedge[1]
            continue
        if w in _OTHERS and _OTHERS[w][1] == "":
            c.inherit = c.civilian is None
            e += 1
            continue
        noun, pre = _NOUNS.get(w, (None, "x"))
        if noun and _clitic(pre) == "" and noun.category is None and (noun.n != 1 or c.category):
            if c.civilian is None:  # "قتلى عسكريين"، "مئة قتيل مدني"
                c.civilian = noun.civilian
            e += 1
            continue
        if phrased and (intro := tk.phrase(e, ("group",))):  # "من عائلة واحدة"، "في صفوف قسد"
            g = intro[1]
            flag, after, known = _group_flag(t, g)
            if known or t[g].startswith("ال"):
                c.civilian = flag if c.civilian is None else c.civilian
                e = after
                continue
        if not skipped and w[:1].isalpha() and w[0] != "و" and w not in _STARTS and not phrased and (
                t[e + 1] in _OTHERS or tk.phrase(e + 1, _POST_HEDGES) or t[e + 1] in _COMMA):
            # one adjective: "مقاتلين روس آخرين"، "مقاتلين روس، على الأقل"
            skipped = True
            e += 1
            continue
        break
    return e


def _glued(tk: _Tokens, k: int) -> bool:
    """Digits written onto a word that is not a proclitic or hedge ("السوريين9" in a hashtag)."""
    prev = tk.text[k - 1]
    return k > 0 and tk.start[k - 1] + len(prev) == tk.start[k] and prev[:1].isalpha() \
        and prev not in _FILLERS and prev not in _PHRASES


def _unit_glued(tk: _Tokens, e: int) -> bool:
    """A Latin letter written onto the number: "1y"، "5h"، "3w" (how old a post or comment is)."""
    w = tk.text[e]
    return w[:1].isascii() and w[:1].isalpha() and tk.start[e - 1] + len(tk.text[e - 1]) == tk.start[e]


def _parse(tk: _Tokens, i: int) -> _Count | None:
    """The count starting at token *i*, if one does."""
    t = tk.text
    if t[i] not in _NUMBER_OPENERS and not t[i][:1].isdigit():
        return _parse_noun(tk, i)
    k = i
    hedge = tk.phrase(k, _HEDGES) if t[k] in _HEDGE_FIRST else None
    pre = hedge[2] if hedge else ""
    if hedge:
        k = hedge[1]
    k += t[k] == "("
    got, hi = None, None
    opener = next(((w, n) for n in (2, 1) if (w := tuple(t[k:k + n])) in _RANGE_OPENERS), None) \
        if t[k] in _RANGE_FIRST else None
    if opener and (first := _number(t, k + opener[1])) and first[0] is not None:
        j, joins = first[1], _RANGE_OPENERS[opener[0]]  # "ما بين 5 و8"، "بين خمسة وثمانية"، "من 5 إلى 8"
        other = _number(t, j + 1) if t[j] in joins else _number(t, j) if "و" in joins else None
        if other and other[0] is not None and other[0] > first[0] and (t[j] in joins or other[2] == "و"):
            got, hi = (first[0], other[1], ""), other[0]
    got = got or _number(t, k)
    if not got or _clitic(got[2]) != got[2]:  # "الاثنين" is Monday; "الأربعة" counts only after its noun
        return _parse_noun(tk, i)
    v, e, num_pre = got
    pre = pre or num_pre
    e += t[e] in _QUOTES and (t[e + 1] in _NOUNS or t[e + 1] in _OTHERS or t[e + 1] == "من")  # "(3) أشخاص"، "«19» من"
    if v is not None and hi is None and t[e] in _RANGE_JOINS:  # "5 - 8"، "خمسة أو ستة"
        other = _number(t, e + 1)
        if other and other[0] is not None and v < other[0]:
            hi, e = other[0], other[1]
    if v is not None and (t[k - 1] in _NOT_BEFORE or v > 1900 and _YEAR.fullmatch(t[k])) and t[e] not in _NOUNS:
        return None  # "الفرقة 17"، "عام 2017"
    if t[k - 1] in _FRACTIONS:
        return None  # "نصف مليون"
    if t[k][0].isdigit() and (t[e] == ":" and t[e + 1][:1].isdigit() or _glued(tk, k) or _unit_glued(tk, e)):
        return None  # "9:48"، "#يقتل_السوريين9"، "1y" (a comment's age)
    role = hedge[0].role if hedge else None
    low, best, high = (None, None, None) if v is None else (v, v, hi) if hi else (
        (None, v, None) if role == "about" else (None, None, v) if role == "atmost" else (v, v, None))
    c = _Count(i, e, _clitic(pre), low, best, high, "vague" if v is None else "number")
    if v == 1 and e == k + 1 and not t[k][0].isdigit():
        c.kind = "single"  # "واحدة" alone is mostly an adjective: "عائلة واحدة"، "يوم واحد"
    if (post := tk.phrase(e, _POST_HEDGES)) and v is not None and not hedge and not hi:
        c.low, e = (v if post[0].role == "post_atleast" else None), post[1]
    w = t[e]
    if w in _NOT_PEOPLE or w == "من" and t[e + 1] in _NOT_PEOPLE:
        return None  # "5 كلم"، "عمره 12 عاما"، "24 من آب"
    if w in _CASES and t[e + 1] in _NOUNS:
        e, w = e + 1, t[e + 1]
    elif w in _CASES:  # cases of something: of hurt people ("حالة اختناق"), else of no casualty at all
        if t[e + 1] not in _CASE_KINDS:
            return None
        c.category, c.civilian, c.j = _CASE_KINDS[t[e + 1]], None, _modifiers(tk, c, e + 2)
        return c
    if w in _NOUNS and _clitic(_NOUNS[w][1]) == "":
        noun = _NOUNS[w][0]
        c.civilian, c.category, e = _member_flag(t, e, noun.civilian), noun.category, e + 1
    elif w == "من" and t[e + 1][:1].isalpha():
        c.civilian, e, _ = _group_flag(t, e + 1)
        c.category = _NOUNS[t[e - 1]][0].category if t[e - 1] in _NOUNS else None  # "اثنين من القتلى"
    elif w in _OF_THEM or w in _OTHERS and _OTHERS[w][1] == "":
        c.inherit, e = True, e + 1
    else:
        c.bare = True
    c.j = _modifiers(tk, c, e)
    return c


#: The words no name is made of: function words, numbers, counts and outcome words, but for given
#: names and openers ("عبد"، "أبو") among them.
_NOT_NAME_WORDS = _NOT_NAMES | _FILLERS | ({*_STARTS, *_PHRASES} - {*_NAMES, *_NAME_OPENERS})


def _name_like(w: str) -> bool:
    """A word that may be (part of) a name: no function word, number, count or outcome word."""
    return w[:1].isalpha() and w[0] != "و" and w not in _NOT_NAME_WORDS


def _name_follows(t: list[str], k: int) -> bool:
    """Whether a name (or another title) follows a title at token *k*."""
    w = t[k]
    if w in (_QUOTE, "("):
        return _name_like(t[k + 1])
    return w in _TITLES or _name_like(w)


def _titles_end(t: list[str], k: int) -> int:
    """After a title, the titles and the name that go with it: "الأخ والزميل غسان"، "الشهيد البطل علي"."""
    while t[k] in _TITLES:
        k += 1
    w = t[k]
    if w == _QUOTE or w in _NAMES and _NAMES[w][1] == "" or w in _NAME_OPENERS and _NAME_OPENERS[w][1] == "":
        k = _name_end(t, k) or k
    return k


def _roll(t: list[str], i: int) -> list[int]:
    """Where each entry of a roll of the dead ends: entries opening with a title of one of the dead
    ("الشهيد"، "والشهيدة") and a name (of up to ROLL_NAME_WORDS words), from token *i* on, each right
    after the one before (past a line break, a comma or a dash)."""
    ends = [_titles_end(t, i + 1)]
    while len(ends) < ROLL_MAX:
        k = ends[-1]
        for _ in range(ROLL_NAME_WORDS):
            if _roll_title(t[k]) or not (_name_like(t[k]) or t[k] in _NAMES_FOLDED_AWAY):
                break
            k += 1
        while t[k] in _ROLL_SEPARATORS:
            k += 1
        if not (_roll_title(t[k]) and _name_follows(t, k + 1)):
            break
        ends.append(_titles_end(t, k + 1))
    return ends


def _roll_title(w: str) -> bool:
    """Whether *w* opens an entry of a roll of the dead: "الشهيد"، "والشهيدة"."""
    if w not in _NOUNS:
        return False
    noun, pre = _NOUNS[w]
    return noun.n == 1 and noun.category == "killed" and noun.alone and pre in _ROLL_TITLE_PREFIXES


def opens_roll(folded: str) -> bool:
    """Whether a (folded) paragraph opens with an entry of a roll of the dead ("الشهيد البطل علي ...")."""
    words = [*folded.split(None, 3)[:3], "", ""]  # (padded as _Tokens pads a text's tokens)
    return _roll_title(words[0]) and _name_follows(words, 1)


def _name_end(t: list[str], i: int) -> int | None:
    """One past the name at token *i*: a short quoted name ("خلف الوهاب"), or a given name or an
    opener ("عبد"، "أبو") with the names after it ("محمد المصطفى"، "أبو محمد الحمود")."""
    if t[i] == _QUOTE:
        w = t[i + 1]
        if not _name_like(w) or w in _GROUPS or w in _NOT_PEOPLE or w in _NOUNS:
            return None  # "مقتل "داعش""، "مقتل "19" من"
        for k in range(i + 2, i + 6):
            if t[k] == _QUOTE:
                return k + 1
            if not t[k][:1].isalpha():
                return None
        return None
    k = i + 1 + (t[i] in _NAME_OPENERS)
    for _ in range(3):
        w = t[k]
        if not (w in _NAMES and _NAMES[w][1] == "" or w.startswith("ال") and w not in _TITLES and _name_like(w)):
            break
        k += 1
    return k


def _parse_noun(tk: _Tokens, i: int) -> _Count | None:
    """Counts a noun carries: duals, "العناصر الأربعة", singulars, kin, "أحد العناصر", "آخرون"."""
    t = tk.text
    w, after = t[i], t[i + 1]
    if w in _KIN:  # before nouns: "أطفاله" is kin here, not a plural of أطفال
        value, pre = _KIN[w]
        got = _number(t, i + 1) if value is None and _NUMWORDS.get(after, ("", ""))[1].endswith("ال") else None
        if got and got[0]:  # "وأطفاله الثلاثة"
            return _Count(i, got[1], pre, got[0], got[0], None, "kin", True)
        return _Count(i, i + 1, pre, value or 1, value, None, "kin", None if w in _COMPANIONS else True)
    if w in _NOUNS:
        noun, pre = _NOUNS[w]
        definite = _clitic(pre) != pre
        if i in tk.duals:  # "استشهاد مواطنَين"
            c = _Count(i, i + 1, _clitic(pre), 2, 2, None, "number", noun.civilian, noun.category)
            c.j = _modifiers(tk, c, i + 1)
            return c
        if noun.n == 1 and noun.category == "killed" and noun.alone and pre == "ال" and _name_follows(t, i + 1):
            # a line opening with "الشهيد" and a name: "الشهيد بإذن الله (بشار الزير)"، "الشهيد البطل علي";
            # a roll of them, one a line or one after another ("الشهداء: الشهيد البطل علي محمد الحنيص
            # الشهيد البطل أيهم هايل الحمدان ..."), is as many dead as it names
            ends = _roll(t, i)
            if len(ends) > 1 or i == 0 or t[i - 1] in _STRONG:
                return _Count(i, ends[-1], "", len(ends), len(ends), None, "number", None, noun.category)
        if noun.n == 2:  # "الطفلين" points back to children already counted, unless an outcome word is next
            if definite and noun.category:
                return None
            n, e, kind = 2, i + 1 + (after in _TWO), "single" if definite else "number"
        elif noun.n is None:  # "العناصر الأربعة" (both definite), "متطرفين اثنين"
            k = i + 2 if _agreeing_adjective(t, i) else i + 1  # "عسكريين تركيين اثنين"
            after = t[k]
            num_definite = _clitic(_NUMWORDS.get(after, ("", ""))[1]) != _NUMWORDS.get(after, ("", ""))[1]
            got = _number(t, k) if after and not after[0].isdigit() and num_definite == definite else None
            if not got or got[0] is None or (not definite and got[0] != 2):
                return None
            n, e, kind = got[0], got[1], "number"
        else:
            if noun.category and (definite or not noun.alone) or t[i - 1] == "بين":
                return None  # "القتيل" points back; "بين قتيل وجريح" is a total's breakdown
            if w[len(pre):] in _PERSON_BEFORE_AND and after[:1].isalpha() and after[0] != "و":
                return None  # "بينهم أم وطفلتان" but "ما إذا كان قد قتل أم تم اعتقاله"
            n, e = 1, i + 1 + (after in _ONE)
            kind = "number" if noun.alone or after in _ONE else "single"  # "شخصا واحدا قتل"
            titled = False
            if definite:  # "استشهاد المواطن خالد"، "الطفل علي"
                e, titled = _titles_end(t, e), e
        c = _Count(i, e, _clitic(pre), n, n, None, kind, noun.civilian, noun.category, named=definite,
                   titled=noun.n == 1 and bool(titled) and e > titled)
        c.j = _modifiers(tk, c, e)
        return c
    if w in _OUTCOME_PRONOUNS:  # "ما أدى إلى مقتله"، "تسبب بإصابتهما"
        (category, n), pre = _OUTCOME_PRONOUNS[w]
        if (pre or t[i - 1] in _OUTCOME_PRONOUN_AFTER) and t[i - 1] not in _OUTCOME_PRONOUN_NOT_AFTER:
            return _Count(i, i + 1, "", n, n, None, "pronoun", category=category)
        return None
    if w in _TITLES:  # "استشهاد الأخ والزميل غسان"
        flag, pre = _TITLES[w]
        if not _name_follows(t, i + 1):
            return None
        return _Count(i, _titles_end(t, i + 1), _clitic(pre), 1, 1, None, "single", flag, named=True, titled=True)
    if w in _NAMES or w in _NAME_OPENERS and _name_follows(t, i + 1) or w == _QUOTE:
        e = _name_end(t, i)
        if e is None:
            return None
        pre = (_NAMES.get(w) or _NAME_OPENERS.get(w) or (None, ""))[1]
        return _Count(i, e, pre, 1, 1, None, "name", named=True)
    if w in _FAMILY and not (t[i - 1][:1].isdigit() or t[i - 1] in _NUMWORDS):  # "إستشهاد عائلة كاملة": how many, unknown
        e = i + 1 + (after in _FAMILY_WHOLE)
        size = _family_size(t, e)
        if size is not None:  # "استشهاد عائلة مؤلفة من 5 أشخاص": its members
            return _Count(i, size[1], _FAMILY[w][1], size[0], size[0], None, "number", True)
        return _Count(i, e, _FAMILY[w][1], None, None, None, "single", True)
    if w in _ONE_OF_PRONOUN:
        return _Count(i, i + 1, _ONE_OF_PRONOUN[w][1], 1, 1, None, "single", inherit=True)
    if w in _ONE_OF and after in _NOUNS and _NOUNS[after][0].n is None:
        noun = _NOUNS[after][0]
        return _Count(i, i + 2, _ONE_OF[w][1], 1, 1, None, "single", noun.civilian, noun.category)
    if w in _OTHERS:
        value, pre = _OTHERS[w]
        if w == _OTHER_FEMININE and i and (t[i - 1].endswith("ات") or t[i - 1] in _PLURALS):
            return None  # "وتأكدت من عدم وجود إصابات أخرى": the adjective of a plural of things, no one
        return _Count(i, i + 1, pre, value, value, None, "single" if value else "vague", inherit=True)
    return None


def _family_size(t: list[str], k: int) -> tuple[int, int] | None:
    """The size a family's words at token *k* give it, and the token after them: "مؤلفة من 5 أشخاص",
    "من ستة أفراد" (a number of people after "من"); None when they give none."""
    k += t[k] in _FAMILY_MADE_OF
    if t[k] != "من":
        return None
    got = _number(t, k + 1)
    if not got or got[0] is None or got[2] or t[got[1]] not in _NOUNS or _NOUNS[t[got[1]]][1]:
        return None  # (a vague "عدد من"; a number glued to a clitic; no noun of people after it)
    return got[0], got[1] + 1


def _agreeing_adjective(t: list[str], i: int) -> bool:
    """Whether the word after the plural noun at *i* is an adjective agreeing with it, a number word
    after them both ("مقتل عسكريين تركيين اثنين": two Turkish soldiers): the same ending, no count word."""
    w, adj = t[i], t[i + 1]
    return len(adj) > 4 and adj[-2:] == w[-2:] and adj[:1] != "و" and adj not in _STARTS \
        and t[i + 2] in _NUMWORDS


def _counts(tk: _Tokens) -> list[_Count]:
    out: list[_Count] = []
    t, end = tk.text, 0
    for i in tk.candidates:
        if i < end or t[i] in _PLURALS and t[i + 1] not in _NUMWORDS and i not in tk.duals \
                and not _agreeing_adjective(t, i):
            continue  # a plural noun counts only with a number word after it ("متطرفين اثنين")
        if t[i] in _OPENERS_ONLY and not _opens(tk, i):
            continue
        if mixed := tk.phrase(i, ("mixed",)) or tk.phrase(i - 1, ("mixed",)):
            end = mixed[1]  # "عددا من المدنيين سقطوا بين قتيل وجريح": a total of both, its number not told here
            continue
        if not (c := _parse(tk, i)):
            continue
        c.j = min(c.j, tk.n)  # lookahead may have run into the padding
        if mixed := tk.phrase(c.j, ("mixed",)):
            c.category, c.j = "", mixed[1]
        elif c.category and t[c.j][:1] == "و" and t[c.j][1:] in _NOUNS and not _own_number(tk, c.i):
            # "قتلى وجرحى"، "111 قتيلا وجريحا" share one number; "قتيلين وجريح", "شهيد وجرحى" and
            # "شهيدان وجرحى" (one or two killed, some hurt: a dual is its own number) are two counts
            other = _NOUNS[t[c.j][1:]][0]
            if other.category not in (None, c.category) and (other.n is None or t[c.j].endswith("ا")
                                                              or _singular_after_number(t, c)):
                c.category, c.j = "", c.j + 1
        elif _shared_tamyiz(t, c):
            # "مقتل 12 عسكرياً ومدنياً": twelve soldiers and civilians, not twelve and one more
            other = _NOUNS[t[c.j][1:]][0]
            c.civilian = c.civilian if other.civilian == c.civilian else None
            c.j += 1
        out.append(c)
        end = c.j
    return out


def _digits(words: Sequence[str], commas: bool) -> Iterator[bool]:
    """Whether each of *words* is a number in digits (where a count may start, as at the words of
    :data:`_STARTS`). A number in digits is a token of digits only, unless written with thousands
    separators ("1,300"): in the few texts with a comma (*commas*), numbers are told by their first
    character."""
    return map(str.isdigit, map(itemgetter(0), words)) if commas else map(str.isdigit, words)


def _singular_after_number(t: list[str], c: _Count) -> bool:
    """Whether *c* is a number over a singular casualty noun in the genitive ("100 قتيل"): a second
    one joined to it by "و" shares that number ("أكثر من 100 قتيل وجريح": a total of both), where
    after a plural it is one more person ("3 قتلى وجريح"). (Not a noun of the act: "مقتل 58 قتيلا
    وإصابة 78 آخرين" tells two counts.)"""
    noun, other = t[c.j - 1], t[c.j]
    got = _NOUNS.get(noun)
    return c.kind == "number" and c.j - 1 > c.i and got is not None and got[0].n == 1 \
        and not noun.endswith(("ا", "ه")) and not other.endswith(("ا", "ه"))


def _shared_tamyiz(t: list[str], c: _Count) -> bool:
    """Whether the noun after *c*'s, joined by "و", shares its number: a number from 11 to 99 takes a
    singular noun in the accusative ("12 عسكرياً"), and so does a second noun joined to it ("ومدنياً"),
    of no other outcome; a feminine one ends in ة, which folds to ه ("خطف 36 سيدة وطفلا")."""
    w, noun = t[c.j], t[c.j - 1]
    if c.kind != "number" or c.best is None or not 11 <= c.best <= 99 or w[:1] != "و" or w[1:] not in _NOUNS:
        return False
    other = _NOUNS[w[1:]][0]
    return other.n == 1 and other.category in (None, c.category) and w.endswith(("ا", "ه")) \
        and noun.endswith(("ا", "ه")) and noun in _NOUNS


def _own_number(tk: _Tokens, i: int) -> bool:
    """Whether the word at token *i* is a casualty noun in the singular or the dual ("شهيد"، "قتيل"،
    "شهيدان"): one or two people, its own count."""
    got = _NOUNS.get(tk.text[i])
    return got is not None and got[0].n in (1, 2) or i in tk.duals


def _opens(tk: _Tokens, i: int) -> bool:
    """Whether a hedge starts at token *i*, or a number follows it within two tokens (as after a
    range's opener, "من 5" or "ما بين خمسة"): else a word of :data:`_OPENERS_ONLY` starts no count."""
    w, nxt, after = tk.text[i:i + 3]
    return nxt[:1].isdigit() or nxt in _NUMWORDS or after[:1].isdigit() or after in _NUMWORDS \
        or w in _HEDGE_FIRST and tk.phrase(i, _HEDGES) is not None


# --- binding -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Link:
    how: str  # trigger | subset | coord | mixed
    category: str | None = None
    start: int = 0  # first token of the outcome word
    prefix: str = ""
    adjacent: bool = True
    person: bool = False  # the outcome word counts only people named by a noun or a name
    names: bool = True  # a name right after the outcome word is its victim (not after "قتل": "قتل محمد زوجته")
    whole: bool = False  # a subset that begins the count's every member: in brackets, or after "هم"


COORD_GAP = 8  # words between coordinated counts: "اقتادوا خبير متفجرات ... بالإضافة لثلاثة عناصر"


def _left(tk: _Tokens, c: _Count, floor: int, prev: _Count | None) -> _Link | None:
    """What stands before a count: its outcome word, a subset marker, or the count it is
    coordinated with. Only fillers ("فيها"، "اليوم") may stand between a noun-like outcome word and
    its count; a verb may have its subject between ("قتلت الطائرات الروسية 12 مدنيا"). *floor*: the
    first token to look at, in the count's sentence (the end of the count before, or the sentence's start)."""
    t = tk.text
    words, coord, k = 0, c.prefix.startswith("و") or t[c.i - 1] == "و", c.i - 1
    if prev is not None and t[k] == "(" and c.kind != "number":
        return _Link("subset", whole=True)  # a breakdown of the count before: "مقتل 5 مدنيين (رجل وزوجته و3 من أطفالهما)"
    if c.i - 2 >= floor and t[k] in _WITH_OTHERS and (outcome := _OUTCOME_PRONOUNS.get(t[c.i - 2])) is not None:
        # "قتل شاب كان قد تم خطفه مع 35 شخصا آخرين": those taken with him (his outcome, theirs)
        return _Link("trigger", outcome[0][0], c.i - 2, _clitic(outcome[1]))
    if not tk.phrase_ends(floor, c.i):  # (half the counts): there are only words to count
        return _Link("coord") if prev is not None and floor == prev.j and coord \
            and _words_in(t, floor, c.i) <= COORD_GAP else None
    ends_at, tally_gap = tk.ends_at, W.TALLY_GAP
    # (no sentence's end is looked for: *floor* is never before the start of the count's sentence)
    while k >= floor:
        w = t[k]
        if hit := ends_at.get(k):
            ph, s, pre = hit
            if ph.role == "aside":  # "راح ضحيتها في حصيلة أولية 12"
                k = s - 1
                continue
            if ph.role in ("near", "verb", "tally"):
                before = tk.ends_at.get(s - 1) if s > floor else None  # not "طفلا قتل وجرح مدنيان"
                if pre.startswith("و") and before and before[0].role in ("near", "verb") \
                        and before[0].category != ph.category:
                    return _Link("mixed")  # "مقتل وإصابة 7"، "قتل وجرح"
                if (ph.role == "near" and words == 0
                        or ph.role == "verb" and (words == 0 or words <= W.VERB_GAP and not _object_named(t, s + 1, c.i)
                                                  and (c.kind == "number" or _object_after_subject(tk, c))
                                                  and not (ph.category != "killed" and _bodies(t, s + 1, c.i)))
                        or ph.role == "tally" and words <= W.TALLY_GAP
                        and (t[c.i - 1] in _CONNECTORS or c.prefix == "ل")
                        or ph.role == "tally" and words == 0 and s > 0 and t[s - 1] in _TALLY_VERBS):
                    # a name after "قتل" may be its subject ("قتل محمد زوجته"), not with the subject between
                    return _Link("trigger", ph.category, s, _clitic(pre), ph.role != "tally", ph.person,
                                 ph.role == "near" or ph.words[0] in _INTRANSITIVE or words > 0)
                return None
            if ph.role == "subset" and words == 0:
                return _Link("subset")  # "بينهم 3 أطفال"
            if ph.role == "restate" and words == 0 and pre == "" and prev is not None and prev.j == s:
                return _Link("subset", whole=True)  # "شخصين هما رجل وامرأة"
            if ph.role == "coord":
                coord, k = True, s - 1
                continue
        if w[:1].isalnum() and w not in _FILLERS:  # a word (no filler, comma or other mark)
            words += 1
            if words > tally_gap:
                return None
        k -= 1
    if prev is not None and floor == prev.j and coord and words <= COORD_GAP:
        return _Link("coord")
    return None


def _words_in(t: list[str], lo: int, hi: int) -> int:
    """How many words (no filler, comma or other mark, as :func:`_left` counts them) tokens *lo* to *hi*
    (not included) hold."""
    return sum(1 for w in t[lo:hi] if w[:1].isalnum() and w not in _FILLERS)


def _verb_object(tk: _Tokens, subject: _Count, nxt: _Count, link: _Link, floor: int,
                 prev: _Count | None) -> _Link | None:
    """The verb's link for *nxt* when *subject*, one person right after an outcome verb, is the
    verb's subject and *nxt*, a number of people after it, the verb's object: "قتل انتحاري 32 شخصا",
    "قتل مسلح خمسة أشخاص". None when *nxt* would not link to that verb without *subject* between
    (its own outcome word, "قتل جندي وأصيب 3 آخرون"; a list, "قتل طفل و3 من أفراد عائلته", or the
    person with them, "قتل قيادي مع اثنين من مرافقيه")."""
    if nxt.kind != "number" or nxt.prefix.startswith("و") or tk.text[nxt.i - 1] in _WITH \
            or tk.sentence(nxt.i) != tk.sentence(subject.i):
        return None
    alt = _left(tk, nxt, floor, prev)
    if alt is None or alt.how != "trigger" or alt.start != link.start:
        return None
    return alt


def _object_named(t: list[str], s: int, e: int) -> bool:
    """Whether a verb's object is named between it and a count: "تقتل الأطفال والنساء أكثر من 40 ألف"."""
    for w in t[s:e]:
        noun, pre = _NOUNS.get(w, (None, ""))
        if noun is not None and noun.n is None and noun.civilian and _clitic(pre) != pre:
            return True
    return False


def _bodies(t: list[str], s: int, e: int) -> bool:
    """Whether the bodies of the dead are the verb's object before a count: "احتجز الجيش جثث ستة
    مسلحين" took no one, "انتشل جثث 5 أشخاص" rescued no one."""
    return any(w.removeprefix("ال") in _BODY_WORDS for w in t[s:e])


_BODY_WORDS = frozenset(fold(w) for w in ("جثث", "جثة", "جثمان", "جثامين", "رفات"))
_WITH = frozenset(fold(w) for w in ("و", "مع", "برفقة", "رفقة"))  # before the count: no object of the verb
_WITH_OTHERS = _WITH - {"و"}  # after one person's outcome ("اعتقاله مع 4 آخرين"): theirs too


def _object_after_subject(tk: _Tokens, c: _Count) -> bool:
    """A title and a name after a verb and its subject: "أعدم تنظيم داعش أمس الشيخ نجم الدين"،
    "قتلت قوات النظام الطفل محمد". Not a name in construct with the word before it: "اعتقل كامل
    عائلة الشيخ"، "قصف منزل المختار"."""
    prev = tk.text[c.i - 1]
    return c.titled and (prev in _FILLERS or prev.startswith("ال") or prev in _GROUPS) and prev not in _FAMILY


def _right(tk: _Tokens, c: _Count) -> tuple[str, int] | None:
    """An outcome word after the count: "12 شخصا على الأقل قتلوا"، "لقي 4 مقاتلين مصرعهم", also past
    the count's breakdown ("13 مدنيا بينهم 4 أطفال وامرأتان لقوا مصرعهم")."""
    t, words = tk.text, 0
    k, end = c.j, min(c.j + 2 * W.RIGHT_GAP, tk.n)
    while k < end:
        if k in tk.starts_at:  # (most words start no phrase)
            if hit := tk.phrase(k, ("right", "right_next") if k == c.j else ("right",)):
                ph, j, pre = hit
                if pre.startswith("و") or ph.person and c.bare:
                    return None  # "راح ضحيتها 12 وأصيب 23": "و" opens a clause of its own
                return ph.category, j  # type: ignore[return-value]
            if k == c.j and (subset := tk.phrase(k, ("subset",))):
                k = _breakdown_end(tk, subset[1])
                end = min(k + 2 * W.RIGHT_GAP, tk.n)
                continue
            if tk.phrase(k, ("near", "verb", "subset")):
                return None
        w = t[k]
        if w in _STRONG or w[0].isdigit():
            return None
        words += w[0].isalpha()
        if words > (0 if c.kind == "vague" and c.bare else W.RIGHT_GAP):
            return None
        k += 1
    return None


def _breakdown_end(tk: _Tokens, k: int) -> int:
    """The token after a count's breakdown that starts at token *k* ("4 أطفال وامرأتان"): numbers,
    casualty nouns and kin, each but the first after "و", at most ``BREAKDOWN_REACH`` tokens."""
    t, first = tk.text, k
    while k < min(first + BREAKDOWN_REACH, tk.n):
        w = t[k]
        bare = w[1:] if k > first and w[:1] == "و" else w
        if not (bare[:1].isdigit() or bare in _NUMWORDS or bare in _NOUNS or bare in _KIN):
            break
        k += 1
    return k


BREAKDOWN_REACH = 6  # tokens of a count's breakdown ("بينهم 4 أطفال وامرأتان")
LIST_VERB_REACH = 6  # tokens: the members of a list of victims and the verb after them


def _list_then_verb(tk: _Tokens, c: _Count) -> str | None:
    """The outcome of a list of people that opens with *c* and ends with a plural outcome verb
    ("امرأة وزوجها وطفلهما قتلوا"، "رجل وامرأتان استشهدا"): each member is counted, *c* with this
    outcome and the rest as coordinated with it."""
    t, k, members = tk.text, c.j, 0
    while k < min(c.j + LIST_VERB_REACH, tk.n):
        if members and (hit := tk.phrase(k, ("right",))):
            ph, _j, pre = hit
            return None if pre.startswith("و") or ph.category is None else ph.category
        w = t[k]
        if w[:1] != "و" or not (w[1:] in _NOUNS or w[1:] in _KIN or w[1:] in _NUMWORDS or w[1:2].isdigit()):
            return None
        members += 1
        k += 1
    return None



@dataclass(slots=True)
class _VictimList:
    i: int  # the opener's first token
    j: int  # one past the outcome word
    n: int
    category: str
    civilian: bool | None
    dropped: bool = False  # a member had an outcome word of its own before it


def _person(w: str, clitic: str) -> tuple[int, bool | None] | None:
    """Token *w* as a person opening a list's member after *clitic* ("و" or none): (people, civilian)."""
    if (got := _NOUNS.get(w)) is not None and got[1] in (clitic, clitic + "ال") and got[0].n in (1, 2) \
            and got[0].category is None:
        return got[0].n, got[0].civilian  # "والطفل"، "امرأة"، "الشابين"
    if (got := _KIN.get(w)) is not None and got[1] == clitic:
        return got[0] or 1, None if w in _COMPANIONS else True  # "وأخيها"، "وطفلاه"
    if (got := _TITLES.get(w)) is not None and got[1] == clitic + "ال":
        return 1, got[0]  # "والحاج"
    if (got := _NAMES.get(w) or _NAME_OPENERS.get(w)) is not None and got[1] == clitic:
        return 1, None  # "وأحمد"، "وأبو"
    return None


def _victim_lists(tk: _Tokens) -> list[_VictimList]:
    """Lists of people opened by "كل من" whose outcome word comes after them with a plural or dual
    pronoun ("وفقد كل من الشابة X والتي تبلغ 23 عاما وأخيها Y 20 عاما حياتهم"): as many people as
    members, two for a dual ("حياتهما"), at least two. The first member is a person (a noun, kin, a
    title or a name: not "كل من روسيا وتركيا"); the others open with "و" or after a comma."""
    t, out = tk.text, []
    for i in tk.openers(_LIST_OPENER_FIRST):
        opener = next((o for o in _LIST_OPENERS if tuple(t[i:i + len(o)]) == o), None)
        if opener is None or (first := _person(t[i + len(opener)], "")) is None:
            continue
        members, civ = first[0], {first[1]}
        for k in range(i + len(opener) + 1, min(i + len(opener) + W.VICTIM_LIST_REACH, tk.n)):
            w = t[k]
            if w in _STRONG or tk.phrase(k, ("near", "verb")) or w[:1].isdigit() and t[k + 1] in _NOUNS:
                break  # the sentence ends, or another outcome or count is told
            hit = tk.phrase(k, ("right",))
            if hit is not None:
                ph, j, pre = hit
                last = ph.words[-1]
                dual = last.endswith("هما") or ph.words[0].endswith("ا") and not ph.words[0].endswith("وا")
                if pre or ph.category is None or last.endswith(("ه", "ها")) and not dual:
                    break
                civ.discard(None)
                out.append(_VictimList(i, j, 2 if dual else max(members, 2), ph.category,
                                       civ.pop() if len(civ) == 1 else None))
                break
            got = _person(w, "و") if w[:1] == "و" else _person(w, "") if t[k - 1] in _COMMA else None
            if got is not None:
                members += got[0]
                civ.add(got[1])
    return out


def _after_one(tk: _Tokens, c: _Count, told: Collection[str] = ()) -> tuple[str, int] | None:
    """An outcome word right after one person: "طفل استشهد اليوم"، "فقدت امرأة حياتها"، "شخصاً على
    الأقل قتل وأصيب ثلاثة"، "الطفل علي، ضحية جديدة"، "مدني ضحية رصاص قسد"."""
    t, k = tk.text, c.j
    if c.named:  # the rest of a name: "الطفل محمد أحمد استشهد"، "الطفل علي، ضحية"
        while k < c.j + 3 and (_name_like(t[k]) or t[k] in _NAMES_FOLDED_AWAY) and k not in tk.starts_at:
            k += 1
    comma = t[k] in _COMMA
    relative = not comma and t[k] in _RELATIVES  # "هاني جمعة الحمود الذي ارتقى بغارة"
    k += comma or relative
    # without a proclitic: "وتوفي" opens a clause of its own
    hit = next(((ph, j) for ph, j, pre in tk.starts_at.get(k, ())
                if pre == "" and ph.role in ("after_one", "after_one_passive")), None)
    if hit is None:
        return None
    ph, j = hit
    if comma and ph.words != ("ضحيه",) and not (c.kind == "name" and ph.words[0] in _INTRANSITIVE | _PASSIVE) \
            or relative and ph.words[0] not in _INTRANSITIVE \
            and not (ph.role == "after_one_passive" and _passive_after(t, j) and ph.category not in told):
        # "محمد المصطفى، قُتل إثر" yes; "الذي قتل" may be who killed, not "الذي قتل برصاص" (unless an
        # outcome of its kind was counted before: "قتل شخص ... الشخص الذي قتل إثر القصف" is that one)
        return None
    if _object_at(t, j):
        return None  # "رجل قتل زوجته": he killed; "قال محمد، استشهد 5 أشخاص": they died
    return ph.category, j  # type: ignore[return-value]


def _passive_after(t: list[str], j: int) -> bool:
    """Whether the words from token *j*, right after a verb in a relative clause or the name after a
    verb ("قتل أبو محمد الفضلي بضربة جوية"), show it passive: a cause or agent ("بقصف"، "برصاص"), or a
    time or place with no object after it ("فجر أمس في"; not "قتل محمد أمس زوجته")."""
    return t[j] in _PASSIVE_CAUSE or t[j] in _PASSIVE_WHEN \
        and not any(_object_at(t, k) for k in range(j + 1, j + 1 + PASSIVE_OBJECT_REACH))


def _object_at(t: list[str], k: int) -> bool:
    w = t[k]
    return w[:1].isdigit() or any(w in table for table in (_NUMWORDS, _NOUNS, _KIN, _TITLES, _NAMES, _NAME_OPENERS,
                                                           _ONE_OF, _ONE_OF_PRONOUN, _FAMILY))


def find_counts_with_subsets(nt: NormText, tallies: list[tuple[int, int]] | None = None,
                             ) -> list[tuple[CountMention, tuple[CountMention, ...]]]:
    """Each count with the subsets reported after it ("مقتل 12 شخصا بينهم قياديان" → 12, (2,)).

    Subsets share the total's category; their ``civilian`` flag says who they are, which tells
    ``civilians_killed`` when the total only says "أشخاص". *tallies*, when given, gets the spans (in
    the original text) of the items of a list that breaks a period's toll down ("– 67 استهداف على
    الحسكة أسفرت عن مقتل 15 من المدنيين"): the acts they tell are that toll's, none of the report's."""
    return _with_subsets(nt, _Tokens(nt.text, nt), tallies)


def _with_subsets(nt: NormText, tk: _Tokens, tallies: list[tuple[int, int]] | None,
                  ) -> list[tuple[CountMention, tuple[CountMention, ...]]]:
    """:func:`find_counts_with_subsets` of *nt*, read as *tk*."""
    if tallies is not None:
        tallies += [nt.orig_span(tk.start[i], tk.start[e - 1] + len(tk.text[e - 1])) for i, e in tk.items]
    result: list[tuple[CountMention, list[CountMention]]] = []
    prev: _Count | None = None
    prev_cat, prev_subset, last_civ = "", False, None  # prev_cat "" when prev was not reported
    prev_whole = False  # prev was a member of a breakdown of every member (_Link.whole)
    prev_main: int | None = None  # result index of the count of prev's sentence last reported as a total
    whole: dict[int, bool] = {}  # result index -> whether all its subsets are such members
    told: set[str] = set()  # the categories in result
    counts = _counts(tk)
    object_link: _Link | None = None  # the verb a subject told before its counted object leaves to it
    # (a list's opener is a word most texts do not hold even inside another: no need to look among their tokens)
    lists = _victim_lists(tk) if any(w in nt.text for w in _LIST_OPENER_FIRST) else []

    def list_counts(before: int) -> None:  # the lists of victims that end before token *before*
        while lists and lists[0].j <= before:
            vl = lists.pop(0)
            if not vl.dropped:
                start, end = nt.orig_span(tk.start[vl.i], tk.start[vl.j - 1] + len(tk.text[vl.j - 1]))
                result.append((CountMention(start, end, vl.category, vl.n, vl.n, None, vl.civilian), []))
                told.add(vl.category)

    for n, c in enumerate(counts):
        if lists:
            list_counts(c.i)
        sent = tk.sentence(c.i)
        first = tk.strong[sent - 1] + 1 if sent else 0  # the sentence's first token
        if prev is not None and prev.i < first:  # (the count before is before this one)
            prev, prev_cat, prev_subset, last_civ, prev_main = None, "", False, None, None
        floor = prev.j if prev is not None else first
        if object_link is not None:
            link, object_link = object_link, None
        elif prev is not None and c.i < prev.j and prev_cat and any(tk.phrase(k, ("subset",)) for k in range(prev.i, c.i)):
            link = _Link("subset")  # inside the breakdown the count before ran over ("بينهم 4 أطفال")
        else:
            link = None if c.kind == "pronoun" else _left(tk, c, floor, prev)  # "مقتله" is its own outcome
            if link is not None and link.how == "trigger" and c.kind == "single" and n + 1 < len(counts):
                obj = _verb_object(tk, c, counts[n + 1], link, floor, prev)
                if obj is not None:
                    # "قتل انتحاري 32 شخصا": the one after the verb is its subject, the number its victims
                    prev, object_link = c, obj
                    continue
        if lists and lists[0].i < c.i and not lists[0].dropped:  # a member of a list counted as a whole
            if link is not None and link.how == "trigger":
                lists[0].dropped = True  # "مقتل كل من X وY": each its own count
            else:
                continue
        category, subset, member = c.category, False, False
        s_tok, s_pre, e_tok = c.i, c.prefix, c.j
        if link is None:
            if c.kind in ("single", "kin", "name"):
                category = None
                if c.kind in ("single", "name") and tk.text[c.j - 1] not in _OTHERS and tk.text[c.i] not in \
                        _ONE_OF_PRONOUN and (after := _after_one(tk, c, told)):
                    # not "طفل آخر يقع ضحية" (one more of those told before), not "3 من الجبهة، أحدهم قتل"
                    category, e_tok = after
                elif c.kind in ("single", "kin") and tk.text[c.j - 1] not in _OTHERS:
                    category = _list_then_verb(tk, c)  # "امرأة وزوجها وطفلهما قتلوا": the list's members
            elif category is None and (right := _right(tk, c)):
                category, e_tok = right
            c.j = max(c.j, e_tok)  # a count after this one looks back no further than its outcome word
        elif link.how == "trigger":
            if c.kind in ("single", "kin", "name") and not link.adjacent \
                    or c.kind == "name" and not link.names and not _passive_after(tk.text, c.j) \
                    or link.person and c.bare or tk.text[link.start - 1] in _ATTEMPTS:
                category = None  # a tally's connector ("إلى") wants a number; "ارتقاء 3" no people; an attempt
            else:  # the outcome word outranks the noun: "قتل رهينتين"، "القبض على جريح"
                category = "" if category == "" else link.category
                if link.adjacent:
                    s_tok, s_pre = link.start, link.prefix
        elif link.how == "subset":
            category, subset, member = prev_cat, True, link.whole
        elif link.how == "coord":
            if c.kind == "name" and not (c.prefix == "و" and prev is not None and prev.j == c.i):
                category = None  # only "مقتل محمد وأحمد"; not "مع تحرير الشام وفصيل سليمان شاه"
            else:
                category, subset, member = (category if category is not None else prev_cat), prev_subset, prev_whole
        else:
            category = ""
        if link is None and category is None and c.kind in ("single", "kin", "name"):
            continue  # a person mentioned, not counted ("مقتل "خلف الوهاب" وهو معلم مدرسة بالإضافة إلى اثنين"):
            # the count before stays the one a coordinated count joins
        civilian = last_civ if c.inherit and c.civilian is None else c.civilian
        if not subset and (c.civilian is not None or not c.bare):
            last_civ = civilian
        period = tk.in_period(c.i) or link is not None and link.how == "trigger" and tk.in_period(link.start)
        prev, prev_cat, prev_subset, prev_whole = c, ("" if period else category or ""), subset, member
        if not category or period or (subset and not result):
            continue
        s = tk.start[s_tok] + len(s_pre)
        start, end = nt.orig_span(s, tk.start[e_tok - 1] + len(tk.text[e_tok - 1]))
        m = CountMention(start, end, category, c.low, c.best, c.high, civilian)
        if subset:
            result[-1][1].append(m)
            whole[len(result) - 1] = whole.get(len(result) - 1, True) and member
        else:
            if c.inherit and c.civilian and prev_main is not None and result[prev_main][0].civilian is None:
                # "فقد 3 أشخاص حياتهم بينهم طفل وإصابة 4 آخرين من أسرة واحدة": the others are of the
                # family, and so were the ones they are others to
                result[prev_main] = (replace(result[prev_main][0], civilian=True), result[prev_main][1])
            result.append((m, []))
            prev_main = len(result) - 1
            told.add(category)
    list_counts(tk.n + 1)
    for k, members in whole.items():
        if members:
            result[k] = (_told_by_its_members(*result[k]), result[k][1])
    return [(m, tuple(subs)) for m, subs in result]


def _told_by_its_members(total: CountMention, members: list[CountMention]) -> CountMention:
    """A count of no number (a whole family, "عدد من") told again by its every member, in brackets
    or after "هم" ("استشهاد عائلة كاملة (رجل وزوجته و3 من أطفالهم)": five; "مقتل عدد من المدنيين هم
    رجل وامرأتان": three), is as many as they are; any other count stays as it was told."""
    if total.best is not None or total.low is not None or any(m.low is None for m in members):
        return total
    n = sum(m.low for m in members)  # type: ignore[misc]
    return replace(total, end=max(total.end, members[-1].end), low=n, best=n)  # (its evidence quotes them)


def find_counts(nt: NormText, tallies: list[tuple[int, int]] | None = None) -> list[CountMention]:
    """Casualty counts in *nt*, in text order, with spans in the original text.

    Each is one number of people bound to one outcome; subsets, two-outcome totals and period
    tallies are left out (see the module docstring). "ولم يسفر عن وقوع ضحايا" is a count too: nobody
    killed. *tallies*: as for :func:`find_counts_with_subsets`."""
    tk = _Tokens(nt.text, nt)
    counts = _no_casualties(nt, tk)
    none_told = [(m.start, m.end) for m in counts]
    for m, subsets in _with_subsets(nt, tk, tallies):
        if none_told and any(s <= m.start < e for s, e in none_told):
            continue  # "لم يسقط أي قتيل": none, not one
        m = _with_its_subject(nt, m)
        counts.append(m)
        if m.category == "killed" and m.civilian is None and (among := _civilians_among(m, subsets)):
            counts.append(among)
    return sorted(counts, key=lambda m: m.start)


def _with_its_subject(nt: NormText, m: CountMention) -> CountMention:
    """*m*, with the one person a singular outcome verb right before "مع" tells of besides those with
    him ("وقال المرصد إن العجلاني قتل مع ثلاثة عناصر آخرين": four dead, not three)."""
    if m.best is None and m.low is None:
        return m
    got = _VERB_WITH.match(nt.text, nt.to_norm(m.start), nt.to_norm(m.end))
    if got is None or _VERB_CATEGORY[got["verb"]] != m.category:
        return m
    return replace(m, low=None if m.low is None else m.low + 1, best=None if m.best is None else m.best + 1,
                   high=None if m.high is None else m.high + 1)


# A singular outcome verb in the passive or of one's own fate (not "قتلوا"، "أصابت"), then "مع"
_VERB_CATEGORY = {fold(v): category for category, verbs in W.SUBJECT_WITH_OTHERS.items() for v in verbs}
_VERB_WITH = regex.compile(r"(?:و|ف)?(?P<verb>" + "|".join(sorted(_VERB_CATEGORY, key=len, reverse=True))
                           + r")\s+" + fold("مع") + r"\s")


def _civilians_among(total: CountMention, subsets: tuple[CountMention, ...]) -> CountMention | None:
    """The civilians a total's subsets name ("بينهم 3 أطفال وامرأتان"), as a civilian count of the
    total's outcome spanning them: at least that many, read as SCHEMA reads "ما لا يقل عن N" (low N,
    best N: the number the text states), with no high, since the rest of the total may be civilians
    too ("فقد 3 أشخاص حياتهم بينهم طفل" in a shelled home). None when they name none, or more than
    the total."""
    civ = [s for s in subsets if s.civilian]
    if not civ or any(s.low is None for s in civ):
        return None
    low = sum(s.low for s in civ)  # type: ignore[misc]
    if total.best is not None and low > total.best:
        return None
    return CountMention(civ[0].start, civ[-1].end, total.category, low, low, None, True)


_NO_CASUALTIES = regex.compile(
    r"(?<!\w)(?:و|ف)?(?:" + words_pattern(W.NO_CASUALTIES_NEGATIONS) + r")\s+(?:(?:" + words_pattern(W.NO_CASUALTIES_BETWEEN)
    + r")\s+){0,4}(?:(?:ب|ل)?(?:ال)?(?P<word>" + words_pattern(W.NO_CASUALTIES_WORDS) + r")|(?<=(?:"
    + words_pattern(("أي", "أية")) + r")\s+)(?P<word>" + words_pattern(W.NO_CASUALTIES_ANY_ONE) + r")"
    # "لم يسقط قتيل واحد": not one
    + r"|(?P<word>" + words_pattern(W.NO_CASUALTIES_ANY_ONE) + r")\s+(?:" + words_pattern(("واحد", "واحدة")) + r"))(?!\w)")
_NO_CASUALTIES_DEAD = _f(W.NO_CASUALTIES_DEAD)


# Every match of _NO_CASUALTIES holds one of these words as written ("ضحايا"، "قتلي" …): a text
# without any (more than half of them) needs no scan.
_NO_CASUALTIES_NOUNS = tuple({fold(w).split()[0] for w in (*W.NO_CASUALTIES_WORDS, *W.NO_CASUALTIES_ANY_ONE)})


def _no_casualties(nt: NormText, tk: _Tokens) -> list[CountMention]:
    text = nt.text
    if not any(w in text for w in _NO_CASUALTIES_NOUNS):
        return []
    out: list[CountMention] = []
    for m in _no_casualty_matches(text, tk):
        start, end = nt.orig_span(m.start(), m.end())
        out.append(CountMention(start, end, "killed", 0, 0, None, None))
        if m.group("word") not in _NO_CASUALTIES_DEAD:  # "دون وقوع إصابات": nobody hurt either
            out.append(CountMention(start, end, "injured", 0, 0, None, None))
    return out


def _no_casualty_matches(text: str, tk: _Tokens) -> Iterator[regex.Match]:
    """The matches of _NO_CASUALTIES in the folded *text* (read as *tk*), as its ``finditer`` finds them:
    tried only at the tokens a match can start at (the tokens are at hand; trying every character is slow)."""
    starts = tk.start
    end = 0  # (matches do not overlap)
    for i in tk.openers(_NO_CASUALTIES_STARTS):
        if starts[i] >= end and (m := _NO_CASUALTIES.match(text, starts[i])) is not None:
            end = m.end()
            yield m
