r"""Who acts and who is hit: actor mentions with canonical ids.

The aliases live in ``lang/ar/actors.tsv`` (its header documents every column and kind); this
module only compiles them. Three kinds of phrase name an actor:

* a fixed name — "قوات النظام", "تنظيم "الدولة الإسلامية"", "قسد";
* a military head noun with a nationality adjective — "الطيران الروسي", "غارة تركية",
  "طائرات حربية سورية" — so that the many head × adjective combinations need no listing;
* a head noun with a possessor — "قوات الأسد", "طيران النظام", "مسيرة تابعة للنظام".

Short forms that only refer back ("التنظيم", "الجيش", "الاحتلال") are *weak*: a weak alias is
reported only when an earlier strong mention in the document names one of its ids (the latest
wins; country names such as "العراق" count as hints when no strong mention does), or when the
alias has a *fallback* id: then a later strong mention of one of its ids, the name the report goes
on to give, comes before the fallback ("قصف الاحتلال" in a headline over "قصف الاحتلال التركي"). A demonstrative before a noun of forces ("تلك القوات", "هذه الميليشيات")
names again the armed actor named last in its paragraph or the sentence before. A state's short form followed by a nationality adjective ("النظام
الإيراني", "الحكومة التركية") is that nation's, or none of ours ("الجيش البريطاني"). Doing this
here, not in the assembler, keeps every consumer from re-implementing it: :func:`find_actors`
returns only mentions it can put an id on.

Matching is one pass per compiled pattern over the folded text. Patterns are built as character
tries (``compile_phrases``), so hundreds of aliases cost about as much as a handful. These tries
are compiled with the standard ``re`` module, not ``regex``: on a 600-branch trie ``re`` scans about
six times faster (0.3 ms against 2 ms per 5,000 characters, measured on the dev documents), and the
patterns use nothing ``re`` lacks (``\w`` is Unicode-aware in both). Proclitics
(و ف ب ك ل, and ل + ال → لل) are attached by the pattern, quotes and brackets may sit between the
words of a name ("تنظيم «الدولة الإسلامية»").
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from itertools import chain, compress
from typing import NamedTuple

from rasd.errors import ConfigError
from rasd.lang.ar import context_words
from rasd.model import Actor, ActorMention
from rasd.text.normalize import NormText, fold
from rasd.text.patterns import words_pattern
from rasd.text.segment import has_unlike, tokens

__all__ = [
    "ACTORS",
    "ALLIES",
    "CANONICAL_IDS",
    "FOREIGN_PARTNERS",
    "PhraseSet",
    "WordPattern",
    "actor",
    "compile_phrases",
    "find_actors",
    "names_actor_at",
    "surface",
    "trie_pattern",
]

# The ids of the output contract (SCHEMA.md); anything else in actors.tsv is an extension.
CANONICAL_IDS = frozenset({
    "coalition", "us", "russia", "turkey", "israel", "iran", "regime", "isis", "sdf", "ypg", "sna",
    "hts", "opposition", "iraq", "pmf", "hezbollah", "civilians", "unknown",
})

# Parties that fight on one side in these wars: neither is the other's target ("بين إسرائيل والقوات
# السورية وحزب الله"). Not the factions of the opposition and HTS, who fought each other.
ALLIES = frozenset(frozenset(pair) for pair in (
    ("regime", "hezbollah"), ("regime", "iran"), ("regime", "russia"), ("russia", "iran"), ("hezbollah", "iran"),
    ("iraq", "pmf"), ("iraq", "coalition"), ("iraq", "us"), ("us", "coalition"), ("sdf", "ypg"), ("sdf", "coalition"),
    ("sdf", "us"), ("ypg", "coalition"), ("ypg", "us"), ("turkey", "sna")))

# The foreign states whose forces act beside a local one's ("قوات النظام وروسيا", "قسد بالاشتراك مع
# التحالف الدولي"): an act the two are told to have done together is recorded for the foreign state.
FOREIGN_PARTNERS = {
    "regime": frozenset({"russia", "iran"}), "sdf": frozenset({"coalition", "us"}),
    "ypg": frozenset({"coalition", "us"}), "asayish": frozenset({"coalition", "us"}),
    "iraq": frozenset({"coalition", "us"}), "sna": frozenset({"turkey"}),
}

_KINDS = frozenset({"", "weak", "fallback", "hint", "state", "adj", "gen", "head", "mod", "hedge", "locative",
                    "block", "unlisted", "country"})
_ANAPHORIC = frozenset({"weak", "fallback"})

# Between the words of a name: spaces, and the quotes/brackets news put around names
# (fold() has already turned « » “ ” into ").
ALIAS_SEP = r"[\s\"'()\[\]#]+"  # "طائرات #التحالف": a hashtag inside a name
WORD_SEP = r"\s+"
# Pseudo-character for the second lam of ل + ال → لل ("للتحالف"): matches ل only after a ل.
_LAM_LAM = "\x00"
_PROCLITICS = r"(?P<pre>[وف]?[بكل]?)"

# Adjective endings added to a masculine singular nationality ("تركي" → تركية تركيين تركيون
# تركيان, and the feminine dual تركيتين تركيتان, each also with ال). ة is folded to ه. The accusative ا
# ("16 جنديا عراقيا") only where it spells no name: "سوريا", "روسيا" are the countries ("قوات سوريا
# الديموقراطية" is not the Syrian army).
_ADJ_ENDINGS = ("", "ه", "ين", "ون", "ان", "تين", "تان")
_ACCUSATIVE = "ا"
# How many words may sit between a head noun and its adjective or possessor
# ("طائرات حربية مسيرة روسية"). Two covers every form seen in the dev documents.
MAX_MODS = 2


# --- phrase matching (shared with rasd.recognize.events) ---------------------------------------


def trie_pattern(strings: Iterable[str], sep: str) -> str:
    r"""A regex alternation of *strings* written as a character trie.

    Sibling branches start with different characters, so the engine tests at most one branch per
    character instead of every phrase; a greedy optional tail makes the longest phrase win.
    A space stands for *sep*; ``_LAM_LAM`` for a ل that follows a ل.

    The pattern is written as short as it reads the same, for ``re`` parses a large one slowly
    (the cue words' is the longest: 25,000 characters instead of 64,000, read in a third of the
    time). Where a word may be written with or without the article and the rest is the same
    either way ("قصف المدفعي" / "قصف مدفعي"), the article is written once as optional,
    ``(?:ال)?مدفعي``, not as a second copy of all that follows: no branch of what follows starts
    with "ال", so one branch is tried where one was before, and the longer first. A separator that is one
    repeated character set (``\s+``) is written without a group around it.
    """
    root: dict = {}
    for s in strings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    space = sep if _ATOMIC_SEP.fullmatch(sep) else f"(?:{sep})"

    def render(ch: str) -> str:
        if ch == " ":
            return space
        if ch == _LAM_LAM:
            return "(?<=ل)ل"
        if ch == _LAM_OR_ARTICLE:
            return "(?:(?<=ل)|ا)ل"
        return re.escape(ch)

    def emit(node: dict) -> str:
        rest = _without_article(node)
        if rest is not None:
            return "(?:ال)?" + emit(rest)
        branches = [render(ch) + emit(child) for ch, child in sorted(_lam_lam_merged(node).items()) if ch != ""]
        if not branches:
            return ""
        if len(branches) > 1:
            body = "(?:" + "|".join(branches) + ")"
            return body + "?" if "" in node else body
        body = branches[0]
        if "" not in node:
            return body
        return body + "?" if len(body) == 1 else f"(?:{body})?"

    return emit(root)


# A separator written bare in a trie: a space, or one character set repeated ("\s+", "[\s\"'()\[\]#]+").
_ATOMIC_SEP = re.compile(r" |(?:\\[sSwWdD]|\[(?:[^\]\\]|\\.)+\])[+*]")


def _without_article(node: dict) -> dict | None:
    """*node* without its branch "ال" when that branch is an exact copy of what is left ("المفعول" /
    "مفعول", "الاسلحه" / "اسلحه"), so that the node reads as ``(?:ال)?`` before what is left;
    else None. Not where the node may end (at a word's start it never does)."""
    alef = node.get("ا")
    if alef is None or "ل" not in alef or "" in node:
        return None
    rest = dict(node)
    rest_alef = {ch: child for ch, child in alef.items() if ch != "ل"}
    if rest_alef:
        rest["ا"] = rest_alef
    else:
        del rest["ا"]
    return rest if rest and alef["ل"] == rest else None


# Pseudo-character for a node's ل + ال and ال branches written once when they are the same
# ("للتحالف" / "التحالف"): matches "ل" after a ل, or "ال".
_LAM_OR_ARTICLE = "\x01"


def _lam_lam_merged(node: dict) -> dict:
    """*node* with its branches ``_LAM_LAM`` and "ال" made one (``_LAM_OR_ARTICLE``) when they go on
    alike, as every form and its لل variant do (``_with_lam_lam``): the forms with the article are
    then written once, not twice. The merged branch is tried where ``_LAM_LAM``'s was, first, and
    the rest of "ا" after it, as before."""
    lam_lam, alef = node.get(_LAM_LAM), node.get("ا")
    if lam_lam is None or alef is None or alef.get("ل") != lam_lam:
        return node
    merged = {ch: child for ch, child in node.items() if ch not in (_LAM_LAM, "ا")}
    merged[_LAM_OR_ARTICLE] = lam_lam
    rest_alef = {ch: child for ch, child in alef.items() if ch != "ل"}
    if rest_alef:
        merged["ا"] = rest_alef
    return merged


def _with_lam_lam(forms: Iterable[str]) -> set[str]:
    """*forms* plus, for each starting with the article, the variant that follows a ل ("للتحالف")."""
    out = set(forms)
    out |= {_LAM_LAM + f[2:] for f in out if f.startswith("ال")}
    return out


_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class WordPattern:
    r"""A pattern whose matches start where a word may start (``(?<!\w)``), scanned quickly.

    ``re`` tries such a pattern at every character of the text, and most are inside words. When
    every match also ends on a word character, the same matches come out about a fifth quicker
    from a *scanner* that consumes the non-word character before the match instead of looking
    behind for it: its leading character set lets ``re`` skip through words. (A match cannot then
    start right where the previous one ended, after a word character; nor could it before.)

    Quicker still, on a text whose characters ``re`` and the tokens agree on (no
    ``segment.UNLIKE``), is no scan at all: a match starts at a token of the text
    (``segment.tokens``, read once per text and shared with the date and count recognizers) that
    is the first word of a phrase with its proclitics, the proclitics alone or a quote
    (``firsts``, when the first words are all letters): a set looks the tokens up and the pattern
    is tried at those few (about one in twenty), in order, as ``finditer`` would find them. A
    token with a letter with case (Latin) is tried whatever it is: matched case-insensitively, it
    need not be a listed word.
    """

    pattern: re.Pattern[str]  # the definition
    scanner_source: tuple[str, int] | None  # "[^\w]" and the rest, and the flags; None when a match may end otherwise
    firsts: frozenset[str] | None = None  # the tokens a match may start at; None: scan every text
    # the scanner, compiled when first needed: with ``firsts`` only a text with UNLIKE characters
    # needs it, and a run may read none (the actor names' scanner takes a tenth of a second to compile)
    _scanner: list[re.Pattern[str]] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def compile(cls, head: str, rest: str, last_chars: Iterable[str], flags: int = 0,
                first_words: Iterable[str] | None = None, quoted: bool = False) -> WordPattern:
        r"""``head + "(?<!\w)" + rest``; *head* is zero-width (a lookahead), *rest* starts with the
        group ``pre`` (where a match starts), *last_chars* are the characters a match may end with.
        *first_words*: the first words of the phrases *rest* matches after ``pre`` (and a quote
        when *quoted*), if known: then :meth:`finditer` reads a plain text's tokens."""
        pattern = re.compile(head + r"(?<!\w)" + rest, flags)
        ends_in_word = all(_WORD_CHAR.match(ch) for ch in last_chars)
        scanner = (r"[^\w]" + head + rest, flags) if ends_in_word else None
        return cls(pattern, scanner, None if first_words is None else _first_tokens(first_words, quoted))

    @property
    def scanner(self) -> re.Pattern[str] | None:
        """The scanner (see the class), compiled the first time it is asked for."""
        if self.scanner_source is None:
            return None
        if not self._scanner:
            self._scanner.append(re.compile(*self.scanner_source))
        return self._scanner[0]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text, pos, endpos)``. A match starts where its group
        ``pre`` does (a scanner's ``start()`` is one character earlier)."""
        endpos = len(text) if endpos is None else endpos
        if self.firsts is not None and not has_unlike(text):
            return self._at_tokens(text, pos, endpos)
        if self.scanner is None:
            return self.pattern.finditer(text, pos, endpos)
        if pos == 0:  # nothing before the text to consume: try its start alone
            m = self.pattern.match(text, 0, endpos)
            if m is not None:
                return chain((m,), self.scanner.finditer(text, m.end() - 1, endpos))
            pos = 1
        return self.scanner.finditer(text, pos - 1, endpos)

    def _at_tokens(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """:meth:`finditer` on a plain text: the pattern tried where a token of ``firsts`` starts.

        Every match starts at a token: after a non-word character, at a letter (its proclitics or
        first word, one run of letters up to the separator after the word) or at a quote. The
        token that runs past *endpos* is tried whatever it is: cut there, it may be a first word."""
        words, starts = tokens(text)
        i, j = bisect_left(starts, pos), bisect_left(starts, endpos)
        at = compress(range(i, j), map(self.firsts.__contains__, words if i == 0 and j == len(words) else words[i:j]))
        if not _plain(text):  # and the tokens with a letter with case, which may match a first word in another case
            cased = _cased_tokens(text)
            at = sorted({*at, *cased[bisect_left(cased, i):bisect_left(cased, j)]})
        if j > i and starts[j - 1] + len(words[j - 1]) > endpos:
            at = chain(at, (j - 1,))
        match, end = self.pattern.match, pos
        for k in at:
            if starts[k] >= end and (m := match(text, starts[k], endpos)) is not None:
                end = m.end()
                yield m


# The proclitics a match may start with (_PROCLITICS), and the quotes that may open a name.
_PROCLITIC_FORMS = ("", *(a + b for a in ("", "و", "ف") for b in ("", "ب", "ك", "ل") if a + b))
_OPENING_QUOTES = ("\"", "'", "(")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# Letters that ``re`` may match case-insensitively to another one (Latin, and the ſ, ı and µ that
# match s, i and μ): a text with any is scanned, not looked up by its tokens.
_CASED_CHARS = "A-Za-z\xaa\xb5\xba\xc0-\u02ff"
_CASED = re.compile(f"[{_CASED_CHARS}]")
# A run of characters with no case: a text has none when the run at its start takes it all (`re`
# reads a repeated set in a tighter loop than it scans for one of the set: an eighth fewer instructions)
_UNCASED_RUN = re.compile(f"[^{_CASED_CHARS}]*")


def _first_tokens(first_words: Iterable[str], quoted: bool) -> frozenset[str] | None:
    """The tokens a match may start at (see WordPattern): each first word with each proclitic
    form, and with *quoted* the proclitics alone and the quotes (trying the pattern at every quote
    costs less than picking those a first word follows); None when a first word is not one run of
    letters (a token of its own)."""
    words = {w.replace(_LAM_LAM, "ل") for w in first_words}
    if not all(_LETTER_RUN.fullmatch(w) for w in words):
        return None
    out = {p + w for p in _PROCLITIC_FORMS for w in words}
    if quoted:
        out.update(_PROCLITIC_FORMS[1:], _OPENING_QUOTES)
    return frozenset(out)


@functools.lru_cache(maxsize=4)
def _cased_tokens(text: str) -> tuple[int, ...]:
    """The indices of the tokens of *text* (``segment.tokens``) that hold a letter with case."""
    return tuple(k for k, w in enumerate(tokens(text)[0]) if _CASED.search(w) is not None)


@functools.lru_cache(maxsize=4)
def _plain(text: str) -> bool:
    """Whether *text* is one whose tokens tell where WordPatterns may match: ``re`` and the tokens
    agree on its characters (``segment.UNLIKE``), and it has no letter with case. Kept for the last
    few texts (a text is asked about by every pattern)."""
    return not has_unlike(text) and _UNCASED_RUN.match(text).end() == len(text)


# How many texts' whole-text scans a PhraseSet keeps (see PhraseSet.find): one document's text,
# with room for its headline read alone and for another thread's document.
RECENT_SCANS = 4


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """Phrases compiled into one pattern; :meth:`finditer` yields ``(start, end, phrase)`` in the
    folded text: the span covers the phrase without its proclitics, ``phrase`` is the lookup form
    (:func:`surface`) of the phrase as listed, whatever variant (article, لل) matched.
    :meth:`find` gives the same for a part of a text from one scan of the whole text."""

    pattern: WordPattern
    sep: re.Pattern[str]
    canon: dict[str, str]  # every accepted form -> the listed phrase it stands for
    # text -> its whole-text scan, for the last few texts (RECENT_SCANS); a cache, not a value
    _scans: dict[str, _Scan] = field(default_factory=dict, compare=False, repr=False)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int, str]]:
        canon, key = self.canon.get, self.key
        for m in self.pattern.finditer(text, pos, endpos):
            body = m.group("body")
            k = canon(body)  # (as `key` would first: most matches are written as listed)
            if k is None:
                k = key(body, m.group("pre"))
            if k is not None:
                s, e = m.span("body")
                yield s, e, k

    def find(self, text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int, str]]:
        """``list(self.finditer(text, pos, endpos))``, answered from a scan of the whole text.

        The recognizers ask for the phrases of one text many times, sentence by sentence (the
        roles of every candidate read its sentence): scanning the text once and looking the
        sentence up is much cheaper. The scan of the last few texts is kept (``RECENT_SCANS``).
        """
        scan = self._scans.get(text)
        if scan is None:
            if len(self._scans) >= RECENT_SCANS:
                self._scans.clear()  # (all at once: safe should threads share the cache)
            scan = self._scans[text] = _Scan.of(self, text)
        return scan.window(pos, len(text) if endpos is None else min(endpos, len(text)))

    def key(self, body: str, pre: str = "") -> str | None:
        """The listed phrase behind a matched *body* (with its proclitics *pre*)."""
        found = self.canon.get(body)
        if found is not None:  # written as listed (most matches): *body* is its own lookup form
            return found
        k = _lookup_form(body, self.sep)
        found = self.canon.get(k)
        if found is None and pre.endswith("ل"):
            found = self.canon.get("ا" + k)  # ل + ال written لل
        return found


@dataclass(frozen=True, slots=True)
class _Scan:
    """Every match of a :class:`PhraseSet` in one whole text, for window queries."""

    phrases: PhraseSet
    text: str
    starts: list[int]  # where each match starts, proclitics included (also those with no phrase)
    ends: list[int]
    found: list[tuple[int, int, str] | None]  # what finditer yields for each match (None: nothing)

    @classmethod
    def of(cls, phrases: PhraseSet, text: str) -> _Scan:
        starts, ends, found = [], [], []
        canon, key = phrases.canon.get, phrases.key
        for m in phrases.pattern.finditer(text):
            starts.append(m.start("pre"))
            ends.append(m.end())
            body = m.group("body")
            k = canon(body)  # (as `key` would first: most matches are written as listed)
            if k is None:
                k = key(body, m.group("pre"))
            found.append(None if k is None else (*m.span("body"), k))
        return cls(phrases, text, starts, ends, found)

    def window(self, pos: int, endpos: int) -> list[tuple[int, int, str]]:
        """What scanning ``text[pos:endpos]`` alone finds.

        That is the whole-text matches lying inside the window, unless the window cuts through a
        match or ends inside a word: there, the window alone may match differently (a shorter
        phrase, or one the word's next letter rules out), so the window is scanned itself. A
        match starting in the window is otherwise found alike both ways: the pattern looks behind
        the window as the whole-text scan does.
        """
        i = bisect_left(self.starts, pos)
        j = bisect_left(self.starts, endpos, i)
        cut = ((i > 0 and self.ends[i - 1] > pos) or (j > 0 and self.ends[j - 1] > endpos)
               or (endpos < len(self.text) and _WORD_CHAR.match(self.text, endpos)))
        if cut:
            return list(self.phrases.finditer(self.text, pos, endpos))
        return [f for f in self.found[i:j] if f is not None]


def surface(phrase: str) -> str:
    """The folded lookup form of a phrase: quotes dropped, single spaces, case-folded Latin."""
    return " ".join(re.sub(r"[\"'()\[\]]", " ", fold(phrase)).split()).casefold()


def compile_phrases(phrases: Iterable[str], *, sep: str = WORD_SEP, article: bool = False,
                    by_tokens: bool = False) -> PhraseSet:
    """Compile *phrases* (ordinary Arabic) into a :class:`PhraseSet`.

    Proclitics و ف ب ك ل are allowed before each phrase; with ``article=True`` every word may
    also carry the article (cue words: "قصف مدفعي" / "القصف المدفعي"). A phrase listed as such
    wins over a variant generated from another one. ``by_tokens``: matches are looked for among
    the tokens of a plain text (see :class:`WordPattern`), for texts whose tokens are read anyway
    (the focus, which the date and count recognizers tokenize first); reading the tokens of a
    text only for this costs more than a scan of it.
    """
    listed = [k for k in dict.fromkeys(surface(p) for p in phrases) if k]
    canon = {k: k for k in listed}
    for k in listed:
        variants = [""]
        for w in k.split(" "):
            ws = [w, "ال" + w] if article and not w.startswith("ال") and not w.isascii() else [w]
            variants = [f"{v} {x}" if v else x for v in variants for x in ws]
        for v in variants:
            canon.setdefault(v, k)
    forms = _with_lam_lam(canon)
    pat = WordPattern.compile(_first_chars(forms), rf"{_PROCLITICS}[\"'(]?(?P<body>{trie_pattern(forms, sep)})(?!\w)",
                              {f[-1] for f in forms}, re.IGNORECASE,
                              {f.split(" ")[0] for f in forms} if by_tokens else None, quoted=True)
    sep_re = re.compile(sep)
    # PhraseSet.key looks up lookup forms only: a form that is not one could never be found
    # (and must not be, by the shortcut there that looks a matched body up as it is)
    canon = {k: v for k, v in canon.items() if _lookup_form(k, sep_re) == k}
    return PhraseSet(pat, sep_re, canon)


def _lookup_form(body: str, sep: re.Pattern[str]) -> str:
    """A matched phrase as looked up: separators as single spaces, case-folded Latin."""
    return " ".join(sep.sub(" ", body).split()).casefold()


def _first_chars(forms: Iterable[str]) -> str:
    """A lookahead on the characters a match can start with. It changes nothing in what matches
    but lets ``re`` skip ahead with a character-set scan: about twice as fast on Arabic text."""
    chars = {f[0] for f in forms if f and f[0] != _LAM_LAM} | set("وفبكل\"'(")
    return "(?=[" + "".join(sorted(re.escape(c) for c in chars)) + "])"


# --- the actor table ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    actor_id: str
    kind: str


@dataclass(frozen=True, slots=True)
class _Table:
    actors: dict[str, Actor]
    aliases: dict[str, tuple[_Entry, ...]]  # surface -> entries (several only for weak forms)
    adjectives: dict[str, str]  # every generated surface form -> id
    possessors: dict[str, str]
    heads: tuple[str, ...]
    mods: tuple[str, ...]
    hedges: tuple[str, ...]
    locatives: frozenset[str]
    countries: dict[str, str]  # a country's or capital's name -> its id ("" for none of ours)


def _load(text: str, source: str = "actors.tsv") -> _Table:
    actors: dict[str, Actor] = {}
    aliases: dict[str, list[_Entry]] = {}
    adjectives: dict[str, str] = {}
    possessors: dict[str, str] = {}
    accusatives: dict[str, str] = {}  # "عراقيا": the adjectives' accusatives, kept where they spell no name
    heads: list[str] = []
    mods: list[str] = []
    hedges: list[str] = []
    locatives: set[str] = set()
    countries: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "id\t")):
            continue
        cols = (line.split("\t") + [""] * 5)[:5]
        aid, name, name_ar, alias, kind = (c.strip() for c in cols)
        where = f"{source} line {n}"
        if kind not in _KINDS:
            raise ConfigError(f"{where}: unknown kind {kind!r}; use one of {sorted(_KINDS - {''})} or leave empty")
        if not alias:
            raise ConfigError(f"{where}: the alias column is empty")
        if aid not in ("*", "_") and aid not in actors:
            if not name or not name_ar:
                raise ConfigError(f"{where}: first row of {aid!r} needs its name and name_ar")
            actors[aid] = Actor(aid, name, name_ar)
        key = surface(alias)
        if kind == "head":
            heads.append(key)
        elif kind == "mod":
            mods.append(key)
        elif kind == "hedge":
            hedges.append(key)
        elif kind == "locative":
            locatives.add(key)
        elif kind == "adj":
            base = key.removeprefix("ال")
            for end in _ADJ_ENDINGS:
                for art in ("", "ال"):
                    adjectives[art + base + end] = aid
            accusatives[base + _ACCUSATIVE] = aid
        elif kind == "gen":
            possessors[key] = aid
        elif kind == "country":
            countries[key] = ""
        else:
            if kind in ("state", "hint"):
                countries[key] = aid
            entry = _Entry("" if aid == "_" else aid, kind)
            same = aliases.setdefault(key, [])
            if entry not in same:  # spellings that fold alike ("الأهالي", "الأهالى")
                same.append(entry)
    for key, aid in accusatives.items():
        if key not in aliases and key not in countries and key not in adjectives:
            adjectives[key] = aid
    for key, entries in list(aliases.items()):
        bare = _article_dropped(key)
        kept = [e for e in entries if e.kind in ("", "block", "unlisted")]
        if bare is not None and bare not in aliases and kept:
            aliases[bare] = kept
    for key, entries in aliases.items():
        if len(entries) > 1 and any(e.kind not in _ANAPHORIC | {"hint"} for e in entries):
            ids = ", ".join(f"{e.actor_id or '_'}/{e.kind or 'strong'}" for e in entries)
            raise ConfigError(f"{source}: alias {key!r} is listed for {ids}; only weak, fallback or hint "
                              "aliases may name several actors")
    return _Table(actors, {k: tuple(v) for k, v in aliases.items()}, adjectives, possessors,
                  tuple(heads), tuple(mods), tuple(hedges), frozenset(locatives), countries)


def _article_dropped(key: str) -> str | None:
    """A name of two words or more written with the article lost from its first word while the
    adjective after it keeps its own, as hurried posts write it ("غارة من تحالف الدولي الآن",
    "مسيرة لاحتلال التركي تستهدف", the ل of "للاحتلال" written once): a noun without the article
    before an adjective with it is no other phrase. None for a name that is not of this shape."""
    words = key.split(" ")
    if len(words) < 2 or not words[0].startswith("ال") or len(words[0]) < 5 or not words[1].startswith("ال"):
        return None
    return " ".join((words[0][2:], *words[1:]))


_TABLE = _load(resources.files("rasd.lang.ar").joinpath("actors.tsv").read_text(encoding="utf-8"))

ACTORS: dict[str, Actor] = dict(_TABLE.actors)


def actor(actor_id: str) -> Actor:
    """The :class:`Actor` of a canonical or extension id; ``KeyError`` names the known ids."""
    try:
        return ACTORS[actor_id]
    except KeyError:
        raise KeyError(f"unknown actor id {actor_id!r}; known: {', '.join(sorted(ACTORS))}") from None


def _one_word_with_article(words: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        out.add(w)
        if " " not in w and not w.startswith("ال"):
            out.add("ال" + w)
    return out


_ALIASES = compile_phrases(_TABLE.aliases, sep=ALIAS_SEP, by_tokens=True)
_HEAD_FORMS = _one_word_with_article(_TABLE.heads)
_MOD_FORMS = _one_word_with_article(_TABLE.mods)
_CONSTRUCT = WordPattern.compile(
    _first_chars(_HEAD_FORMS),
    rf"{_PROCLITICS}(?P<body>(?:{trie_pattern(_with_lam_lam(_HEAD_FORMS), WORD_SEP)})"
    # (a mod may be joined to the one before: "غارة شنها الطيران الحربي والمسير التركي")
    rf"(?:{WORD_SEP}و?(?:{trie_pattern(_with_lam_lam(_MOD_FORMS), WORD_SEP)})){{0,{MAX_MODS}}}"
    # "طائرات حربية يعتقد أنها روسية", "طائرة مسيرة يرجح أنها تابعة للتحالف"
    rf"(?:{WORD_SEP}(?:{trie_pattern(_TABLE.hedges, WORD_SEP)})(?:{WORD_SEP}(?:{trie_pattern(_MOD_FORMS, WORD_SEP)}))?)?"
    rf"{WORD_SEP}"
    rf"#?(?:(?P<adj>{trie_pattern(_TABLE.adjectives, WORD_SEP)})"  # "مسيرة #تركية": a hashtag on the adjective
    rf"|ل?[\"']?(?P<gen>{trie_pattern(_with_lam_lam(_TABLE.possessors), WORD_SEP)})))(?!\w)",
    {f[-1] for f in (*_TABLE.adjectives, *_TABLE.possessors)},
    first_words={f.split(" ")[0] for f in _with_lam_lam(_HEAD_FORMS)},
)
# What follows a place in a dateline: the outlet in brackets, then a dash or a Latin name.
_DATELINE = re.compile(r"\s*\((?:[A-Za-z][^()]{0,24}|[^()]{1,25}\)\s*[-–—])")
_WORD = re.compile(r"\w+")


# --- finding mentions --------------------------------------------------------------------------


class _Cand(NamedTuple):
    """A possible mention (a named tuple, not a dataclass: a document has dozens, made in a loop)."""

    start: int  # folded, without proclitics
    end: int
    pre: str
    entries: tuple[_Entry, ...]


def _start(text: str, s: int, pre: str) -> int:
    """Where the mention starts: after the proclitics, except that ل + ال written لل keeps its
    first ل (the evidence reads "للطيران الروسي", not "لطيران الروسي")."""
    if pre.endswith("ل") and text.startswith("ل", s) and not text.startswith("ال", s):
        return s - 1
    return s


# States at war at home, whose adjective on fighters or gunmen (context_words.FIGHTER_NOUNS) names
# their people in arms, not their forces (as assemble._base.HOME_FORCES).
_HOME_STATES = frozenset({"regime", "iraq"})
_FIGHTERS = frozenset(fold(w) for w in context_words.FIGHTER_NOUNS)


def _candidates(text: str) -> list[_Cand]:
    out: list[_Cand] = []
    key_of, aliases = _ALIASES.key, _TABLE.aliases
    for m in _ALIASES.pattern.finditer(text):
        body, pre = m.group("body", "pre")
        key = key_of(body, pre)
        entries = aliases.get(key) if key is not None else None
        if entries:
            s, e = m.span("body")
            out.append(_Cand(_start(text, s, pre) if key.startswith("ال") else s, e, pre, entries))
    names = len(out)
    for m in _CONSTRUCT.finditer(text):
        s, e = m.span("body")
        entry = None
        if m.group("adj") is not None:
            aid = _TABLE.adjectives.get(m.group("adj"))
            if aid in _HOME_STATES and m.group("body").split(None, 1)[0].removeprefix("ال") in _FIGHTERS:
                entry = _BLOCK  # "مقاتلين سوريين": Syrians in arms, not the Syrian army
        else:
            g = " ".join(m.group("gen").split())
            aid = _TABLE.possessors.get(g) or _TABLE.possessors.get("ا" + g)
        if aid:
            if entry is None:  # "القوات البريطانية": a state's forces, of none of our actors
                entry = _UNLISTED if aid == "_" else _Entry(aid, "")
            out.append(_Cand(_start(text, s, m.group("pre")), e, m.group("pre"), (entry,)))
    if len(out) == names:
        return out  # the names alone: matches of one pattern, in order, none inside another
    # leftmost, then longest; on a tie the fixed name (listed first) wins over a construct
    out.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Cand] = []
    last_end = -1
    for c in out:
        if c.start >= last_end:
            kept.append(c)
            last_end = c.end
    return kept


# How far (folded characters) past a position an actor's name that starts there may run.
_NAME_REACH = 60


def names_actor_at(text: str, pos: int) -> bool:
    """Whether an actor is named starting at folded position *pos* of *text* (any of ours, however
    weak: "الفصائل", "القوات الأمنية"), as a verb's subject right after it."""
    window = text[pos:pos + _NAME_REACH]
    return any(c.start == 0 and c.entries[0].kind not in _NO_ACTOR for c in _candidates(window)[:1])


def _is_place(text: str, c: _Cand) -> bool:
    """A country or capital used as a place: after ب/ل/ك ("بتركيا") or a locative word ("في تركيا"),
    or in a dateline ("أتلانتا، الولايات المتحدة الأمريكية (CNN)--", "دمشق (رويترز) -")."""
    if any(ch in c.pre for ch in "بكل") or _DATELINE.match(text, c.end):
        return True
    # the last word before it (its run of word characters; ``(\w+)\W*$`` reads it slower)
    words = _WORD.findall(text, max(0, c.start - 30), c.start - len(c.pre))
    if words[-2:] == _EACH_OF and len(words) > 2 and words[-3].lstrip("وفل") in _WAGED:
        # "كل من" is "each of": "نفذتها كل من الولايات المتحدة وبريطانيا وفرنسا" names the states that
        # did it ("في كل من تركيا وسوريا" places, "رؤساء كل من روسيا وإيران" whose presidents)
        return False
    return bool(words) and words[-1] in _TABLE.locatives


_EACH_OF = [fold("كل"), fold("من")]
# verbs of waging or taking part (context_words.WAGING_VERBS), maybe with the object pronoun of what was
# waged, before "كل من"
_WAGED = frozenset(fold(v + p) for v in context_words.WAGING_VERBS for p in ("", "ه", "ها", "هما", "هم"))
_BLOCK = _Entry("", "block")
# The forces of a state none of our actors stands for ("الطائرات البريطانية", "الجيش الفرنسي"): no
# mention of ours, but where one is the doer of an act, no other actor of the report did it.
_UNLISTED = _Entry("", "unlisted")
_NO_ACTOR = frozenset({_BLOCK.kind, _UNLISTED.kind})
# The states' forces: a short form of theirs ("الجيش", "الحكومة", "النظام", "الاحتلال") followed by a
# nationality adjective is that nation's ("المعارضة السورية" is still the opposition).
_STATES = frozenset({"us", "russia", "turkey", "israel", "iran", "regime", "iraq"})
# A definite adjective right after a short form ("النظام الإيراني"), its hashtag sign allowed.
_ADJ_AFTER = re.compile(r"\s+#?(ال[^\W\d_]+)(?!\w)")


def _nationality_after(text: str, end: int) -> str | None:
    """The id a nationality adjective right after *end* names ("_" for one of no actor here), or None."""
    m = _ADJ_AFTER.match(text, end)
    return _TABLE.adjectives.get(m.group(1)) if m else None


_COUNTRY_NAMES = trie_pattern(_TABLE.countries, WORD_SEP)
# A country right after a short form, "في" or "ب" before it ("قوات الأمن في اليمن", "الجيش بمصر").
_COUNTRY_AFTER = re.compile(rf"\s+(?:في\s+|ب)(?P<name>{_COUNTRY_NAMES})(?!\w)")
# A sentence opening on a country ("وفي اليمن، ...", "في مصر قتلت الشرطة").
_COUNTRY_OPENING = re.compile(rf"[\s\"'#]*و?في\s+(?P<name>{_COUNTRY_NAMES})(?!\w)")
# The end of a sentence, or of its line: where a short form's or a demonstrative's sentence starts.
_SENTENCE_END = re.compile(r"[.!?؟;؛…\n]")
# How far back (characters) the start of a short form's sentence is looked for.
SENTENCE_REACH = 400


def _country_of(text: str, c: _Cand) -> tuple[str, int] | None:
    """The country whose forces a short form names by where it stands, and where its sentence
    starts: the country right after it ("قوات الأمن في اليمن"), else the one its sentence opens on
    ("وفي اليمن، اشتبكت قوات الأمن"); its id ("" for a country of no actor here). None: no country."""
    lo = max(0, c.start - SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, c.start)]
    sentence = ends[-1] if ends else (0 if lo == 0 else c.start)
    m = _COUNTRY_AFTER.match(text, c.end)
    if m is None:
        m = _COUNTRY_OPENING.match(text, sentence, c.start)
    return None if m is None else (_TABLE.countries[" ".join(m.group("name").split())], sentence)


# "هذه القوات", "تلك الميليشيات": the armed actor named last (`_named_again`). The pattern opens on the
# demonstrative, so that ``re`` skips through the text to the few letters one starts with (five times
# quicker than opening on the word break before it, tried at every character); the break, after at
# most one proclitic, is checked for each match (:func:`_opens_word`). (A match the check turns down
# hides no other: none can start inside it, for no force noun holds a demonstrative.)
_FORCE_AGAIN = re.compile(
    r"(?P<dem>" + words_pattern(context_words.DEMONSTRATIVES) + r")\s+(?:"
    + words_pattern(context_words.FORCE_NOUNS) + r")(?!\w)")
_FORCE_AGAIN_PROCLITICS = "وفبل"
_FORCE_AGAIN_GUARD = tuple(fold(w) + " " for w in context_words.DEMONSTRATIVES)
_NOT_ARMED = frozenset({"civilians", "protesters", "unknown"})


def _reach(text: str, pos: int) -> int:
    """Where an actor that a demonstrative at *pos* names again may be looked for: the start of its
    paragraph, or of the last sentence of the paragraph before when it opens its own."""
    para = text.rfind("\n", 0, pos) + 1
    if _SENTENCE_END.search(text, para, pos) or para == 0:
        return para
    end = para - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    prev = text.rfind("\n", 0, end) + 1
    stops = [m.end() for m in _SENTENCE_END.finditer(text, prev, max(prev, end - 1))]
    return stops[-1] if stops else prev


def _opens_word(text: str, pos: int) -> bool:
    r"""Whether a word starts at *pos* of *text*, but for one proclitic ("وهذه"): as ``(?<!\w)[وفبل]?``
    before it would say."""
    if pos > 0 and text[pos - 1] in _FORCE_AGAIN_PROCLITICS:
        pos -= 1
    return pos == 0 or _WORD_CHAR.match(text, pos - 1) is None


def _named_again(text: str, named: list[tuple[int, int, str]], taken: list[_Cand]
                 ) -> Iterator[tuple[int, int, str]]:
    """Folded spans of "هذه القوات" / "تلك الميليشيات" (`context_words.FORCE_NOUNS`) with the id of
    the armed actor named last before them, within `_reach`. *named* holds the folded spans and ids of
    the mentions found, *taken* every phrase the aliases matched ("هذه الفصائل المعارضة" is a name
    already)."""
    if not any(w in text for w in _FORCE_AGAIN_GUARD):
        return
    for m in _FORCE_AGAIN.finditer(text):
        s = m.start("dem")
        if not _opens_word(text, s) or any(c.start < m.end() and s < c.end for c in taken):
            continue
        lo = _reach(text, s)
        aid = next((a for p, _e, a in reversed(named) if lo <= p < s and a not in _NOT_ARMED), None)
        if aid is not None:
            yield s, m.end(), aid


# The states at war at home whose forces a short form left unresolved may be, by where the act it
# tells of took place (see find_actors' *unresolved*), and those short forms (folded).
HOME_STATES = _HOME_STATES
_HOME_FORCE_FORMS = frozenset(fold(w) for w in context_words.HOME_FORCE_FORMS)


def _home_force_form(phrase: str) -> bool:
    """Whether folded *phrase* is one of ``HOME_FORCE_FORMS`` (its fused ل read as the article's:
    "للقوات الحكومية")."""
    form = " ".join(phrase.split())
    return (("ا" + form[1:]) if form.startswith("لل") else form) in _HOME_FORCE_FORMS


def find_actors(nt: NormText, unresolved: list[tuple[int, int, frozenset[str]]] | None = None,
                unlisted: list[tuple[int, int]] | None = None) -> list[ActorMention]:
    """Actor mentions in document order, with spans in the original text.

    Proclitics are outside the span except the fused ل of لل ("للتحالف الدولي"); weak aliases
    appear only when resolved (see the module docstring), blocks and hints never. A short form that
    may mean the forces of a state at war at home (``HOME_STATES``: "القوات الأمنية", "الجيش") and
    that nothing in the text resolves (no earlier mention, no hint, no country beside it) is
    appended to *unresolved*, when given, as its original span and the ids it may mean: the
    assembly resolves it by the country of the act its sentence tells of. The forces of a state
    none of ours stands for ("طائرات بريطانية", "الجيش الفرنسي") are appended to *unlisted*, when
    given, as their original spans."""
    text = nt.text
    last_strong: dict[str, int] = {}
    last_hint: dict[str, int] = {}
    out: list[ActorMention] = []
    found: list[tuple[int, int, str]] = []  # folded span and id of each mention of *out*

    def emit(c: _Cand, aid: str) -> None:
        a = ACTORS[aid]
        s, e = nt.orig_span(c.start, c.end)
        out.append(ActorMention(s, e, aid, a.name, a.name_ar))
        found.append((c.start, c.end, aid))

    # head noun -> where the forces of a state none of ours stands for were last named by it ("الجيش
    # اللبناني": "جيش"), for the short forms that refer back to them
    last_unlisted: dict[str, int] = {}
    cands = _candidates(text)
    for k, c in enumerate(cands):
        first = c.entries[0]
        kind = first.kind
        if kind in _NO_ACTOR:
            if kind == _UNLISTED.kind:
                last_unlisted[_head(text, c.start)] = c.start
                if unlisted is not None:
                    unlisted.append(nt.orig_span(c.start, c.end))
            continue
        if kind == "state" and _is_place(text, c):
            last_hint[first.actor_id] = c.start
            continue
        if kind in ("", "state"):
            emit(c, first.actor_id)
            last_strong[first.actor_id] = c.start
            continue
        hints = [e for e in c.entries if e.kind == "hint"]
        for h in hints:
            last_hint[h.actor_id] = c.start
        refs = [e for e in c.entries if e.kind in _ANAPHORIC]
        if not refs:
            continue
        named = _nationality_after(text, c.end) if all(e.actor_id in _STATES for e in refs) else None
        if named is not None:
            # "النظام الإيراني", "الحكومة العراقية": the adjective says whose; "الجيش البريطاني": none of ours
            end = _ADJ_AFTER.match(text, c.end).end()
            if named != "_":
                emit(c._replace(end=end), named)
                last_strong[named] = c.start
            else:
                last_unlisted[_head(text, c.start)] = c.start
                if unlisted is not None:
                    unlisted.append(nt.orig_span(c.start, end))
            continue
        ids = {e.actor_id for e in refs}
        if last_unlisted and " " not in text[c.start:c.end] \
                and last_unlisted.get(_head(text, c.start), -1) > max((last_strong.get(i, -1) for i in ids), default=-1):
            # "ما استدعى تدخل الجيش اللبناني ... بعدما أقفل الجيش الطرقات": the bare noun is the army named
            # last, none of ours ("قوات التحالف" after "القوات الإماراتية" names its own)
            continue
        country = _country_of(text, c) if ids <= _STATES else None
        if country is not None and not any(last_strong.get(i, -1) >= country[1] for i in ids):
            # "قوات الأمن في اليمن", "وفي مصر، قتلت الشرطة": that country's, or none of ours (an
            # actor of ours named in the sentence before it still is the one it refers back to)
            if country[0] in ids:
                emit(c, country[0])
            continue
        chosen = max(ids & last_strong.keys(), key=last_strong.__getitem__, default=None)
        if chosen is None:
            chosen = max(ids & last_hint.keys(), key=last_hint.__getitem__, default=None)
        fallback = next((e.actor_id for e in refs if e.kind == "fallback"), None)
        if chosen is None and fallback is not None:
            chosen = _named_later(text, cands, k, ids) or fallback
        if chosen is not None:
            emit(c, chosen)
        elif unresolved is not None and ids & HOME_STATES and _home_force_form(text[c.start:c.end]):
            unresolved.append((*nt.orig_span(c.start, c.end), frozenset(ids)))
    out = _members_named(text, out, found)
    again = list(_named_again(text, found, cands))
    if again:
        for fs, fe, aid in again:
            a = ACTORS[aid]
            out.append(ActorMention(*nt.orig_span(fs, fe), aid, a.name, a.name_ar))
        out.sort(key=lambda m: m.start)
    return out


def _head(text: str, start: int) -> str:
    """The first word of the mention starting at *start*, without its article or the fused ل of لل:
    the noun a short form shares with the full name ("الجيش اللبناني", "قوات بريطانية")."""
    end = text.find(" ", start)
    word = text[start:end if end >= 0 else len(text)]
    if word.startswith("لل"):
        return word[2:]
    return word.removeprefix("ال")


def _named_later(text: str, cands: list[_Cand], k: int, ids: set[str]) -> str | None:
    """The first of *ids* that a strong mention after ``cands[k]`` names, if any: a short form with a
    fallback that nothing before it resolves refers ahead to the full name the report goes on to give
    (a headline's "قصف الاحتلال لأم الكيف" over a story of "قصف الاحتلال التركي لقرية أم الكيف"), before
    its fallback is guessed. (Not a merely weak form: "الهيئة" ahead of a "جبهة النصرة" may be "الهيئة
    الطبية"; nor a home state's forces, which the act's country resolves.)"""
    for c in cands[k + 1:]:
        first = c.entries[0]
        if first.actor_id in ids and (first.kind == "" or first.kind == "state" and not _is_place(text, c)):
            return first.actor_id
    return None


# "مسلحون من حزب العمال الكردستاني": armed men of a named group are that group's.
_OF = re.compile(r"\s+" + fold("من") + r"\s+")


def _members_named(text: str, out: list[ActorMention], found: list[tuple[int, int, str]]) -> list[ActorMention]:
    """*out* without the unidentified armed men ("مسلحون") that "من" and a named actor right after
    them say whose they are ("مسلحون من التنظيم"): the group is the one named. *found*: the folded
    spans of *out*."""
    drop = {i for i in range(len(out) - 1) if out[i].actor_id == "unknown" and out[i + 1].actor_id != "unknown"
            and _OF.fullmatch(text[found[i][1]:found[i + 1][0]])}
    return [m for i, m in enumerate(out) if i not in drop] if drop else out
