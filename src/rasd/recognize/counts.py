"""Casualty counts: numbers of people bound to an outcome (killed, injured, captured).

The grammar runs over the tokens of the folded text (words, digit runs, punctuation):

    count   := [hedge] number [- number] [hedge] [noun] [modifiers]   "ما لا يقل عن 25 من عناصر التنظيم"
             | dual noun ["اثنين"]                                     "طفلين"، "مدنيان"
             | plural noun + number word                               "متطرفين اثنين"، "العناصر الأربعة"
             | singular person noun, kin + pronoun, "أحد" + noun      "مقتل طفل"، "وعائلته"، "أحد العناصر"
             | vague quantity                                          "عشرات المدنيين"، "عدد من"، "آخرون"
    outcome := the nearest outcome word before the count ("مقتل"، "قُتل"، "أصيب"، "اعتقال" ...), a
               casualty noun in it ("قتلى"، "جرحى"), a word after it ("قتلوا"، "لقوا مصرعهم"), or the
               outcome of the count it is coordinated with ("26 من قوات النظام بالإضافة إلى تسعة روس").

Conventions (UCDP, as ../shared/SCHEMA.md and eval/ANNOTATION.md set them; the dev gold follows them):
    exact N                   low N, best N, high None
    at least N, more than N   low N, best N, high None
    about N                   best N
    under N                   high N
    N - M                     low N, best N, high M
    vague                     all None: the text says people were hit, not how many
    "X وعائلته"               X, plus the family as low 1, best None (civilians)

Not reported by :func:`find_counts`: subsets ("بينهم 3 أطفال", see :func:`find_counts_with_subsets`),
totals of two outcomes ("مقتل وإصابة 7"، "13 مدنيا بين قتيل وجريح"), and counts whose clause names a
period ("منذ بداية الشهر"، "خلال تموز"): those are tallies, not one incident (eval/ANNOTATION.md).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from rasd.lang.ar import casualty_words as W
from rasd.lang.ar import numerals as N
from rasd.model import CountMention
from rasd.text.normalize import NormText, fold

__all__ = ["find_counts", "find_counts_with_subsets", "parse_number"]

# --- lexicon, built once -------------------------------------------------------------------------
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
_ARTICLE = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وبال")


def _f(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _prefixed(table: dict[str, object], prefixes: tuple[str, ...]) -> dict[str, tuple[object, str]]:
    """``surface -> (value, prefix)``; bare forms go in first so a word is never read as a prefix
    plus some other word ("والد" is a father, not و + الد)."""
    out: dict[str, tuple[object, str]] = {}
    for p in prefixes:
        for w, v in table.items():
            out.setdefault(p + w, (v, p))
    return out


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
    endings = {"broken": ("ين", "ان"), "sound": ("ان",), "fem": ("ين", "ان")}.get(dual or "", ())
    for end in endings:
        yield stem + end, 2
    for p in fold(plurals).split():
        yield p, None
        base = p[:-1] if p.endswith("ين") else p[:-1] + "ت" if p.endswith("ه") else p
        if p.endswith("ين"):
            yield base, None  # construct: "مقاتلي الحزب"
        if not p.endswith("ون"):
            for pr in W.PRONOUNS:
                yield base + pr, None  # "جنوده"، "مقاتليها"


def _build_nouns() -> dict[str, tuple[object, str]]:
    table: dict[str, _Noun] = {}
    for sg, pl, civ, dual in W.PEOPLE:
        for form, n in _noun_forms(sg, pl, dual):
            table.setdefault(form, _Noun(n, civ))
    for sg, pl, cat, dual, alone in W.CASUALTY_NOUNS:
        for form, n in _noun_forms(sg, pl, dual):
            table.setdefault(form, _Noun(n, None, cat, alone and n == 1))
    return _prefixed(table, _CLITICS + _ARTICLE)


def _build_kin() -> dict[str, tuple[object, str]]:
    table: dict[str, int | None] = {fold(w): 1 for w in W.KIN_ONE_IRREGULAR}
    for words, value, dual in ((W.KIN_ONE, 1, False), (W.KIN_TWO, 2, True), (W.KIN_SOME, None, False)):
        for w in words:
            s = fold(w)
            s = s[:-1] + "ت" if s.endswith("ه") else s
            stems = [s + "ي" if dual else s] + ([s[:-1] + "ئ"] if s.endswith("اء") else [])
            for stem in stems:
                for pr in W.PRONOUNS:
                    table.setdefault(stem + pr, value)
    return _prefixed(table, ("", "و", "ب", "ل", "مع"))


def _ff(d: dict[str, int]) -> dict[str, int]:
    return {fold(k): v for k, v in d.items()}


_UNITS, _TEEN_HEADS, _TENS = _ff(N.UNITS), _ff(N.TEEN_HEADS), _ff(N.TENS)
_HUNDREDS, _THOUSANDS, _MULT = _ff(N.HUNDREDS), _ff(N.THOUSANDS), _ff(N.MULTIPLIERS)
_TEEN_TAILS, _HUNDRED_WORDS, _VAGUE = _f(N.TEEN_TAILS), _f(N.HUNDRED_WORDS), _f(N.VAGUE)
_NUMWORDS = _prefixed({w: w for w in (*_UNITS, *_TEEN_HEADS, *_TENS, *_HUNDREDS, *_THOUSANDS, *_VAGUE)},
                      _CLITICS + _ARTICLE)
_NOUNS = _build_nouns()
_KIN = _build_kin()
_OTHERS = _prefixed(_ff(W.OTHERS), ("", "و"))  # type: ignore[arg-type]
_ONE_OF = _prefixed({w: 1 for w in _f(W.ONE_OF)}, _CLITICS)
_ONE_OF_PRONOUN = _prefixed({w: 1 for w in _f(W.ONE_OF_PRONOUN)}, _CLITICS)
_GROUPS = _prefixed({**{fold(w).removeprefix("ال"): False for w in W.FIGHTER_GROUPS if " " not in w},
                     **{fold(w).removeprefix("ال"): True for w in W.CIVILIAN_GROUPS if " " not in w}},
                    _CLITICS + _ARTICLE)
_GROUP_PAIRS = {tuple(fold(w).split()): flag for ws, flag in ((W.FIGHTER_GROUPS, False), (W.CIVILIAN_GROUPS, True))
                for w in ws if " " in w}
_NOT_PEOPLE = _f(W.NOT_PEOPLE) | _f(W.MONTHS)
_NOT_BEFORE = _f(W.NOT_A_COUNT_BEFORE)
_FILLERS = _f(W.FILLERS) | {"و" + w for w in _f(W.FILLERS)}
_CONNECTORS = _f(W.TALLY_CONNECTORS) | {"الي"}
_PERIOD_NEXT = _f(W.PERIOD_WORDS) | _f(W.MONTHS)
_ADAD = _f(("عدد", "وعدد", "بعدد"))
_ADAD_AFTER = _f(N.VAGUE_AFTER_ADAD)
_TWO = _f(("اثنين", "اثنان", "اثنتين", "اثنتان"))
_ONE = _f(("واحد", "واحدا", "واحدة"))
_STRONG = frozenset(".!?؟;؛:\n")
_COMMA = frozenset("،,")
_YEAR = regex.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class _Phrase:
    words: tuple[str, ...]  # folded; the first without its clitic
    role: str  # near | verb | tally | right | subset | coord | about | atleast | atmost | post_* | mixed | period
    category: str | None = None


def _build_phrases() -> dict[str, list[tuple[_Phrase, str]]]:
    entries: list[_Phrase] = []
    for role, table in (("near", W.TRIGGERS_NEAR), ("verb", W.TRIGGERS_VERB), ("right", W.TRIGGERS_RIGHT)):
        entries += [_Phrase(tuple(fold(w).split()), role, cat) for cat, ws in table.items() for w in ws]
    casualty_plurals = {p: cat for _, pl, cat, _, _ in W.CASUALTY_NOUNS for p in fold(pl).split()}
    casualty_plurals.update(_ff(W.TALLY_NOUNS))  # type: ignore[arg-type]
    for plural, cat in casualty_plurals.items():
        bare = plural.removeprefix("ال")
        entries.append(_Phrase(("ال" + bare,), "tally", cat))
        entries += [_Phrase((fold(h), form), "tally", cat) for h in W.TALLY_HEADS for form in (bare, "ال" + bare)]
    for role, ws in (("subset", W.SUBSET_MARKERS), ("coord", W.COORDINATORS), ("about", W.HEDGE_ABOUT),
                     ("atleast", W.HEDGE_AT_LEAST), ("atmost", W.HEDGE_AT_MOST), ("mixed", W.MIXED_AFTER),
                     ("post_atleast", W.HEDGE_AFTER_AT_LEAST), ("post_about", W.HEDGE_AFTER_ABOUT),
                     ("period", W.PERIOD_HEADS)):
        entries += [_Phrase(tuple(fold(w).split()), role) for w in ws]
    out: dict[str, list[tuple[_Phrase, str]]] = {}
    for ph in entries:
        for p in _CLITICS:
            out.setdefault(p + ph.words[0], []).append((ph, p))
    for v in out.values():
        v.sort(key=lambda e: -len(e[0].words))
    return out


_PHRASES = _build_phrases()
_TOKEN = regex.compile(r"\d+(?:,\d{3})+(?!\d)|\d+|[^\W\d_]+|\n|[^\w\s]")


# --- tokens --------------------------------------------------------------------------------------
class _Tokens:
    """The folded text as tokens, with sentence and clause numbers and the phrases found in it."""

    __slots__ = ("text", "start", "end", "sent", "clause", "ends_at", "starts_at", "period_clauses")

    def __init__(self, folded: str) -> None:
        self.text: list[str] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.sent: list[int] = []
        self.clause: list[int] = []
        sent = clause = 0
        for m in _TOKEN.finditer(folded):
            t = m.group()
            self.text.append(t)
            self.start.append(m.start())
            self.end.append(m.end())
            self.sent.append(sent)
            self.clause.append(clause)
            if t in _STRONG:
                sent += 1
                clause += 1
            elif t in _COMMA:
                clause += 1
        self.ends_at: dict[int, tuple[_Phrase, int, str]] = {}
        self.starts_at: dict[int, list[tuple[_Phrase, int, str]]] = {}
        self.period_clauses: set[int] = set()
        n = len(self.text)
        for i, t in enumerate(self.text):
            for ph, pre in _PHRASES.get(t, ()):
                j = i + len(ph.words)
                if j <= n and all(self.text[i + x] == w for x, w in enumerate(ph.words[1:], 1)):
                    self.starts_at.setdefault(i, []).append((ph, j, pre))
                    if ph.role == "period" and self._period_follows(j):
                        self.period_clauses.add(self.clause[i])
                    if j - 1 not in self.ends_at or len(self.ends_at[j - 1][0].words) < len(ph.words):
                        self.ends_at[j - 1] = (ph, i, pre)

    def _period_follows(self, j: int) -> bool:
        """After منذ/خلال/حصيلة: "بداية"، "10 أشهر"، "نحو أسبوعين"، "تموز"، "2011"."""
        for k in range(j, min(j + 3, len(self.text))):
            t = self.text[k]
            if t in _PERIOD_NEXT or _YEAR.fullmatch(t):
                return True
            if not (t.isdigit() or t in _UNITS or fold("نحو") == t or t == "هذه"):
                return False
        return False

    def at(self, k: int) -> str:
        return self.text[k] if 0 <= k < len(self.text) else ""

    def phrase(self, k: int, roles: tuple[str, ...]) -> tuple[_Phrase, int, str] | None:
        for ph, j, pre in self.starts_at.get(k, ()):
            if ph.role in roles:
                return ph, j, pre
        return None


# --- numbers -------------------------------------------------------------------------------------
def _group(tk: _Tokens, k: int, prefix_ok: bool) -> tuple[int, int, str] | None:
    """A number below 1000 written in words at token *k*: (value, next token, proclitic)."""
    base, pre = _NUMWORDS.get(tk.at(k), (None, ""))
    if base is None or (pre and not prefix_ok):
        return None
    nxt = tk.at(k + 1)
    if base in _HUNDREDS:
        v, e = _HUNDREDS[base], k + 1  # type: ignore[index]
        rest = _and(tk, e, 100)
        return (v + rest[0], rest[1], pre) if rest else (v, e, pre)
    if base in _TEEN_HEADS and nxt in _TEEN_TAILS:
        return _TEEN_HEADS[base] + 10, k + 2, pre  # type: ignore[index]
    if base in _UNITS:
        v = _UNITS[base]  # type: ignore[index]
        if 3 <= v <= 9 and nxt in _HUNDRED_WORDS:
            rest = _and(tk, k + 2, 100)
            return (v * 100 + rest[0], rest[1], pre) if rest else (v * 100, k + 2, pre)
        tens = _and(tk, k + 1, 100)
        if v < 10 and tens and tens[0] in _TENS.values():
            return v + tens[0], tens[1], pre
        return v, k + 1, pre
    if base in _TENS:
        return _TENS[base], k + 1, pre  # type: ignore[index]
    return None


def _and(tk: _Tokens, e: int, below: int) -> tuple[int, int] | None:
    """"و" + a smaller number ("مئة وخمسين"، "خمسة وعشرين"), glued or apart."""
    if tk.at(e) == "و":
        g = _group(tk, e + 1, False)
    else:
        g = _group(tk, e, True)
        g = g if g and g[2] == "و" else None
    return (g[0], g[1]) if g and g[0] < below else None


def _number(tk: _Tokens, k: int) -> tuple[int | None, int, str] | None:
    """A number at token *k*: (value, next token, proclitic); value None for vague quantities."""
    t = tk.at(k)
    if t[:1].isdigit():
        v, e, pre = int(t.replace(",", "")), k + 1, ""
    else:
        base, pre = _NUMWORDS.get(t, (None, ""))
        if base is None and t in _ADAD and tk.at(k + 1) in _ADAD_AFTER:  # "عدد من"، "عدد آخر"
            return None, k + 1 + (tk.at(k + 1) != "من"), ""
        if base in _VAGUE:
            e = k + 1 + (tk.at(k + 1) in _f(("آلاف", "الآلاف")))
            return None, e, pre
        g = _group(tk, k, True)
        if g:
            v, e, pre = g
        elif base in _THOUSANDS:
            v, e = _THOUSANDS[base], k + 1  # type: ignore[index]
        else:
            return None
    if tk.at(e) in _MULT:
        v, e = v * _MULT[tk.at(e)], e + 1
    if v >= 1000 and v % 1000 == 0:
        rest = _and(tk, e, 1000)
        if rest:
            v, e = v + rest[0], rest[1]
    return v, e, pre


def parse_number(text: str) -> int | None:
    """The value of a number written in digits or words ("خمسة وعشرين"، "ثلاثمئة"، "5 آلاف"),
    or None when *text* is not exactly one number (vague words such as "عشرات" give None)."""
    tk = _Tokens(fold(text).strip())
    got = _number(tk, 0) if tk.text else None
    return got[0] if got and got[1] == len(tk.text) else None


# --- counts --------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Count:
    i: int  # first token
    j: int  # one past the last token
    prefix: str  # proclitic glued to the first token (left out of the evidence)
    low: int | None
    best: int | None
    high: int | None
    kind: str  # number | single | kin | vague
    civilian: bool | None = None
    category: str | None = None  # from a casualty noun
    inherit: bool = False  # civilian status of the count before ("آخرين"، "منهم")
    conj: bool = False  # coordinated by a leading "و"
    mixed: bool = False


def _clitic(prefix: str) -> str:
    """The proclitics of *prefix* without the article, which belongs to the evidence."""
    if prefix.endswith("ال"):
        return prefix[:-2]
    return prefix[:-1] if prefix.endswith("لل") else prefix


def _values(v: int | None, hi: int | None, hedge: str | None) -> tuple[int | None, int | None, int | None]:
    if v is None:
        return None, None, None
    if hi is not None:
        return v, v, hi
    if hedge == "about":
        return None, v, None
    if hedge == "atmost":
        return None, None, v
    return v, v, None


def _group_flag(tk: _Tokens, k: int) -> tuple[bool | None, int, bool]:
    """Whom "من X" / "في صفوف X" names: (civilian, next token, known)."""
    pair = (tk.at(k), tk.at(k + 1))
    for words, flag in _GROUP_PAIRS.items():
        if pair == words or pair == ("ال" + words[0].removeprefix("ال"), words[1]):
            return flag, k + 2, True
    t = tk.at(k)
    if t in _NOUNS:
        return _NOUNS[t][0].civilian, k + 1, True  # type: ignore[attr-defined]
    if t in _GROUPS:
        return _GROUPS[t][0], k + 1, True  # type: ignore[return-value]
    return None, k + 1, False


def _modifiers(tk: _Tokens, c: _Count, e: int) -> int:
    """Hedges, "آخرين", adjectives and "من X" after the noun; they may settle who was hit."""
    for _ in range(4):
        t = tk.at(e)
        if t in _COMMA and tk.phrase(e + 1, ("post_atleast",)):
            e += 1
            continue
        hedge = tk.phrase(e, ("post_atleast", "post_about"))
        if hedge:
            if c.low == c.best and c.best is not None and c.high is None and hedge[0].role == "post_about":
                c.low = None
            e = hedge[1]
            continue
        if t in _OTHERS:
            c.inherit = c.civilian is None
            e += 1
            continue
        noun = _NOUNS.get(t, (None, ""))[0]
        if isinstance(noun, _Noun) and noun.category is None and (noun.n != 1 or c.category):
            if c.civilian is None:  # "قتلى عسكريين"، "مئة قتيل مدني"، "4 عسكريين روس"
                c.civilian = noun.civilian
            e += 1
            continue
        if t in ("من", fold("ضمن")) or t in ("صفوف", "بصفوف") or (t == "في" and tk.at(e + 1) == "صفوف"):
            k = e + 1 + (tk.at(e + 1) == "صفوف")
            flag, after, known = _group_flag(tk, k)
            if not known and not tk.at(k).startswith("ال"):
                break
            if c.civilian is None:
                c.civilian = flag
            e = after
            continue
        break
    return e


def _parse(tk: _Tokens, i: int) -> _Count | None:
    """The count starting at token *i*, if one does."""
    conj = tk.at(i) == "و"
    k = i + conj
    hedge = tk.phrase(k, ("about", "atleast", "atmost"))
    start_pre = hedge[2] if hedge else ""
    if hedge:
        k = hedge[1]
    if tk.at(k) == "(":
        k += 1
    got = _number(tk, k)
    if got and _clitic(got[2]) == got[2]:  # "الاثنين" is Monday; "الأربعة" counts only after its noun
        v, e, pre = got
        if not hedge:
            start_pre = pre
        if tk.at(e) == ")":
            e += 1
        hi = None
        if v is not None and tk.at(e) in ("-", fold("إلى"), fold("حتى"), "او"):
            other = _number(tk, e + 1)
            if other and other[0] is not None and v < other[0]:
                hi, e = other[0], other[1]
        if v is not None and (tk.at(k - 1) in _NOT_BEFORE or (v > 1900 and _YEAR.fullmatch(tk.at(k)))):
            if tk.at(e) not in _NOUNS:
                return None
        low, best, high = _values(v, hi, hedge[0].role if hedge else None)
        c = _Count(i + conj, e, _clitic(start_pre), low, best, high, "vague" if v is None else "number",
                   conj=conj or pre.startswith("و"))
        post = tk.phrase(e, ("post_atleast", "post_about"))
        if post and v is not None and hi is None and not hedge:
            c.low, c.best = (v, v) if post[0].role == "post_atleast" else (None, v)
            e = post[1]
        t = tk.at(e)
        if t in _NOT_PEOPLE:
            return None
        if t in (fold("حالة"), fold("حالات")) and tk.at(e + 1) in _NOUNS:
            e += 1
            t = tk.at(e)
        if t in _NOUNS:
            noun = _NOUNS[t][0]
            c.civilian, c.category, e = noun.civilian, noun.category, e + 1  # type: ignore[attr-defined]
        elif t == "من":
            if tk.at(e + 1) in _NOT_PEOPLE:
                return None
            c.civilian, e, _ = _group_flag(tk, e + 1)
            nxt = tk.at(e - 1)
            if nxt in _NOUNS:
                c.category = _NOUNS[nxt][0].category  # type: ignore[attr-defined]
        elif t in (fold("منهم"), fold("منهن"), fold("منهما")) or t in _OTHERS:
            c.inherit, e = True, e + 1
        c.j = _modifiers(tk, c, e)
        return c
    return _parse_noun(tk, i, conj)


def _parse_noun(tk: _Tokens, i: int, conj: bool) -> _Count | None:
    """Counts carried by a noun: duals, "العناصر الأربعة", singulars, kin, "أحد العناصر", "آخرون"."""
    k = i + conj
    t = tk.at(k)
    if t in _NOUNS:
        noun, pre = _NOUNS[t]
        definite = "ال" in pre or pre == "لل"  # type: ignore[operator]
        after = tk.at(k + 1)
        if noun.n == 2:  # type: ignore[attr-defined]
            n, e, kind = 2, k + 1 + (after in _TWO), "number"
        elif noun.n is None:  # type: ignore[attr-defined]
            # "العناصر الأربعة" (both definite) or "متطرفين اثنين"; digits never follow their noun
            num_definite = _NUMWORDS.get(after, ("", ""))[1].endswith("ال")
            got = _number(tk, k + 1) if after and not after[0].isdigit() and num_definite == definite else None
            if not got or got[0] is None or (not definite and got[0] != 2):
                return None
            n, e, kind = got[0], got[1], "number"
        else:
            if noun.category and (definite or not noun.alone):  # type: ignore[attr-defined]
                return None
            if tk.at(k - 1) in ("بين", fold("بين")):
                return None
            n, e = 1, k + 1 + (after in _ONE)
            kind = "number" if noun.alone else "single"  # type: ignore[attr-defined]
        c = _Count(k, e, _clitic(pre), n, n, None, kind, noun.civilian, noun.category,  # type: ignore
                   conj=conj or pre.startswith("و"))  # type: ignore[union-attr]
        c.j = _modifiers(tk, c, e)
        return c
    if t in _KIN:
        value, pre = _KIN[t]
        low, best = (value, value) if value else (1, None)
        return _Count(k, k + 1, pre if pre != "مع" else "", low, best, None, "kin", True,  # type: ignore[arg-type]
                      conj=conj or pre in ("و", "مع"))
    if t in _ONE_OF_PRONOUN:
        return _Count(k, k + 1, _ONE_OF_PRONOUN[t][1], 1, 1, None, "single", inherit=True, conj=conj)
    if t in _ONE_OF and tk.at(k + 1) in _NOUNS and _NOUNS[tk.at(k + 1)][0].n is None:  # type: ignore
        noun = _NOUNS[tk.at(k + 1)][0]
        c = _Count(k, k + 2, _ONE_OF[t][1], 1, 1, None, "single", noun.civilian, noun.category,  # type: ignore
                   conj=conj)
        return c
    if t in _OTHERS:
        value, pre = _OTHERS[t]
        return _Count(k, k + 1, "", value, value, None, "single" if value else "vague",  # type: ignore[arg-type]
                      inherit=True, conj=conj or pre == "و")
    return None


def _counts(tk: _Tokens) -> list[_Count]:
    out: list[_Count] = []
    i, n = 0, len(tk.text)
    while i < n:
        c = _parse(tk, i)
        if c is None:
            i += 1
            continue
        mixed = tk.phrase(c.j, ("mixed",))
        nxt = tk.at(c.j)
        if mixed:
            c.mixed, c.j = True, mixed[1]
        elif c.category and nxt.startswith("و") and nxt[1:] in _NOUNS:
            # "قتلى وجرحى"، "111 قتيلا وجريحا" share one number; "قتيلين وجريح" are two counts
            other = _NOUNS[nxt[1:]][0]
            if other.category not in (None, c.category) and (other.n is None or nxt.endswith("ا")):  # type: ignore
                c.mixed, c.j = True, c.j + 1
        out.append(c)
        i = max(c.j, i + 1)
    return out


# --- binding -------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Link:
    how: str  # trigger | subset | coord | mixed
    category: str | None = None
    start: int = 0  # first token of the outcome word
    prefix: str = ""
    adjacent: bool = False


COORD_GAP = 8  # words between two coordinated counts ("عنصر التنظيم الكازخي وعائلته")


def _left(tk: _Tokens, c: _Count, floor: int, prev: _Count | None) -> _Link | None:
    """What stands before a count: its outcome word, the count it is coordinated with, or a subset
    marker. Only fillers ("فيها"، "اليوم") may stand between a noun-like outcome and its count; a
    verb may have its subject between ("قتلت الطائرات الروسية 12 مدنيا")."""
    words, coord, k = 0, c.conj, c.i - 1
    connector = tk.at(c.i - 1) in _CONNECTORS or c.prefix == "ل"
    while k >= floor:
        t = tk.text[k]
        if t in _STRONG:
            return None
        hit = tk.ends_at.get(k)
        if hit:
            ph, s, pre = hit
            if ph.role in ("near", "verb", "tally"):
                before = tk.ends_at.get(s - 1)
                if before and before[0].role in ("near", "verb") and before[0].category != ph.category \
                        and pre == "و":
                    return _Link("mixed")  # "مقتل وإصابة 7"
                ok = (ph.role == "near" and words == 0
                      or ph.role == "verb" and (words == 0 or words <= W.VERB_GAP and c.kind == "number")
                      or ph.role == "tally" and connector and words <= W.TALLY_GAP)
                return _Link("trigger", ph.category, s, pre, words == 0 or ph.role == "verb") if ok else None
            if ph.role == "subset" and words == 0:
                return _Link("subset")
            if ph.role == "coord":
                coord = True
                k = s - 1
                continue
        if t in _FILLERS or t in _COMMA or not (t[:1].isalnum()):
            k -= 1
            continue
        words += 1
        if words > W.TALLY_GAP:
            return None
        k -= 1
    if prev is not None and floor == prev.j and coord and words <= COORD_GAP:
        return _Link("coord")
    return None


def _right(tk: _Tokens, c: _Count) -> tuple[str, int] | None:
    """An outcome word after the count: "12 شخصا على الأقل قتلوا"، "لقي 4 مقاتلين مصرعهم"."""
    words, k = 0, c.j
    while k < len(tk.text) and words <= W.RIGHT_GAP:
        t = tk.text[k]
        if t in _STRONG or t[:1].isdigit():
            return None
        hit = tk.phrase(k, ("right",))
        if hit:
            return hit[0].category, hit[1]  # type: ignore[return-value]
        if tk.phrase(k, ("near", "verb", "subset")):
            return None
        words += t[:1].isalpha()
        k += 1
    return None


def _mention(nt: NormText, tk: _Tokens, c: _Count, category: str, civilian: bool | None,
             s_tok: int, s_pre: str, e_tok: int) -> CountMention:
    s = tk.start[s_tok] + len(s_pre)
    start, end = nt.orig_span(s, tk.end[e_tok - 1])
    return CountMention(start, end, category, c.low, c.best, c.high, civilian)


def find_counts_with_subsets(nt: NormText) -> list[tuple[CountMention, tuple[CountMention, ...]]]:
    """Each count with the subsets reported after it ("مقتل 12 شخصا بينهم قياديان" → 12, (2,)).

    Subsets share the total's category; their ``civilian`` flag says who they are, which is how
    ``civilians_killed`` can be told when the total only says "أشخاص"."""
    tk = _Tokens(nt.text)
    result: list[tuple[CountMention, list[CountMention]]] = []
    prev: _Count | None = None
    prev_cat: str | None = None  # category of prev, or "" when it was dropped
    prev_subset = False
    last_civ: bool | None = None
    for c in _counts(tk):
        if prev is not None and tk.sent[prev.i] != tk.sent[c.i]:
            prev, prev_cat, prev_subset, last_civ = None, None, False, None
        floor = prev.j if prev is not None else c.i
        if prev is None:
            while floor > 0 and tk.text[floor - 1] not in _STRONG:
                floor -= 1
        link = _left(tk, c, floor, prev)
        category = c.category
        subset = False
        s_tok, s_pre, e_tok = c.i, c.prefix, c.j
        if link is None or link.how == "mixed":
            pass
        elif link.how == "trigger":
            if c.category is None or link.category == "captured":
                category = link.category
            if link.adjacent:
                s_tok, s_pre = link.start, link.prefix
        elif link.how == "subset":
            subset, category = True, (prev_cat or "") if result else ""
        elif link.how == "coord":
            subset = prev_subset
            category = category or prev_cat or ""
        if link is not None and link.how == "mixed" or c.mixed:
            category = ""
        needs_link = c.kind in ("single", "kin") and (link is None or link.how == "trigger" and not link.adjacent)
        if category is None and not needs_link and c.kind in ("number", "vague"):
            right = _right(tk, c)
            if right:
                category, e_tok = right
        if needs_link and link is None:
            category = None
        civilian = last_civ if c.inherit and c.civilian is None else c.civilian
        clause_has_period = tk.clause[c.i] in tk.period_clauses or (
            link is not None and link.how == "trigger" and tk.clause[link.start] in tk.period_clauses)
        prev, prev_cat, prev_subset = c, (category if category else ""), subset
        if civilian is not None or c.kind == "number":
            last_civ = civilian
        if not category or clause_has_period:
            prev_cat = ""
            continue
        m = _mention(nt, tk, c, category, civilian, s_tok, s_pre, e_tok)
        if subset:
            if result:
                result[-1][1].append(m)
        else:
            result.append((m, []))
    return [(m, tuple(subs)) for m, subs in result]


def find_counts(nt: NormText) -> list[CountMention]:
    """Casualty counts in *nt*, in text order, with spans in the original text.

    Each is one number of people bound to one outcome; subsets, two-outcome totals and period
    tallies are left out (see the module docstring)."""
    return [m for m, _ in find_counts_with_subsets(nt)]
