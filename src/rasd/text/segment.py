"""Paragraphs and sentences, as spans of the original text; the tokens of a folded text.

Arabic news rarely ends sentences with a full stop: paragraphs end with a newline, and long
sentences run on with "، و" and "، حيث". We cut paragraphs at newlines and sentences at
. ! ? ؟ ; ؛ (followed by space or end) and at newlines; commas are left to the recognizers.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import not_

import regex

from rasd.lang.ar.context_words import PARAGRAPH_OPENERS
from rasd.text.normalize import fold

# A sentence ends at . ! ? ؟ ; ؛ or … followed by space or the end, closing quotes and brackets
# going with the sentence they close. A number may end a sentence ("في عام 2017. وقال"), except a
# list number opening a line ("1. المنطقة الجنوبية"). Two Arabic words glued by a full stop
# ("بقرص.عملية", pages joined when saved) are cut too, but not Latin ones: "pic.twitter.com",
# "S.N.N" and decimals stay whole, and so do words written to dodge filters ("إصـ.ـابة": a dot
# beside a tatweel; "القص.ف"، "ض.ربة": a dot cutting off one letter, which normalization deletes). A stop typed after the space instead of before it ("غربي العراق .وأفاد") ends a
# sentence too.
_SENT_END = regex.compile(
    r"(?<!(?:^|\n)[^\S\n]*\d{1,3})(?<!\u0640)[.!?؟;؛…]+[\"'“”»’)\]]*(?=\s|$)(?!\s?\u0640)"
    r"|(?<=[\u0621-\u063f\u0641-\u064a][\u064b-\u0652]*[\u0621-\u063f\u0641-\u064a][\u064b-\u0652]*)"
    r"[.؟!](?=[\u0621-\u063f\u0641-\u064a]{2})"  # letters (with their marks: "عُزّل.أسفر"), not tatweel
    r"|(?<=[\u0621-\u063f\u0641-\u064a][^\S\n])[.؟!](?=[\u0621-\u063f\u0641-\u064a])"  # "العراق .وأفاد"
)

_STOP = re.compile("[.!?؟;؛…]")

# A line this long (characters) that holds several sentences is a text flattened into one line (a
# crawl's "content" field): it is cut into paragraphs where a sentence turns to another story
# (``context_words.PARAGRAPH_OPENERS``). Reports' own paragraphs run to a few hundred characters; a
# long one that is one run-on sentence (the Observatory's) has no sentence to cut at.
LONG_LINE = 1200


_OPENER = re.compile("(?:" + "|".join(map(re.escape, sorted({fold(w) for w in PARAGRAPH_OPENERS}, key=len, reverse=True)))
                     + r")(?!\w)")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    paragraph: int  # index of the paragraph holding it


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, trimmed."""
    return list(_paragraphs(text))


@functools.lru_cache(maxsize=8)
def _paragraphs(text: str) -> tuple[Span, ...]:
    """:func:`paragraphs`, kept for the last few texts: the pipeline's stages and the resolver all
    ask for the paragraphs of the document at hand."""
    # (the lines split out and trimmed by str methods: fewer instructions than a scan for the runs
    # of characters but newlines, a match object and a loop over the spaces at each end per line)
    out = []
    end = -1  # where the line before ends
    for line in text.split("\n"):
        start, end = end + 1, end + 1 + len(line)
        if not line or line.isspace():
            continue
        s, e = start + len(line) - len(line.lstrip()), end - (len(line) - len(line.rstrip()))
        if e - s > LONG_LINE:
            out += _story_cuts(text, s, e)
        elif e > s:
            out.append(Span(s, e))
    return tuple(out)


def _story_cuts(text: str, s: int, e: int) -> list[Span]:
    """Line ``text[s:e]`` cut where a sentence opens with a turn to another story (see LONG_LINE)."""
    out, start = [], s
    first = _STOP.search(text, s, e)
    for m in _SENT_END.finditer(text, first.start() if first else e, e):
        nxt = m.end()
        while nxt < e and text[nxt].isspace():
            nxt += 1
        if nxt < e and _OPENER.match(fold(text[nxt:nxt + 40])):
            out.append(Span(start, m.end()))
            start = nxt
    out.append(Span(start, e))
    return out


def sentences(text: str) -> list[Sentence]:
    """Sentences inside paragraphs, in order; each carries its paragraph index."""
    out: list[Sentence] = []
    stops = positions(text, _STOP_CHARACTERS)
    k = 0
    for pi, p in enumerate(_paragraphs(text)):
        s = p.start
        # Every sentence end starts at a stop (a character of _STOP): _SENT_END is tried at the
        # paragraph's stops, in order, past the end of the last match, which finds what a scan of
        # the paragraph finds (most paragraphs hold no stop but at their end, and are not scanned).
        k = bisect_left(stops, s, k)
        while k < len(stops) and stops[k] < p.end:
            m = _SENT_END.match(text, stops[k], p.end)
            k += 1
            if m is None:
                continue
            e = m.end()
            if (sentence := _trim(text, s, e, pi)) is not None:
                out.append(sentence)
            s = e
            while k < len(stops) and stops[k] < e:
                k += 1
        if (sentence := _trim(text, s, p.end, pi)) is not None:
            out.append(sentence)
    return out


_STOP_CHARACTERS = ".!?؟;؛…"  # (_STOP's)


def positions(text: str, chars: str) -> list[int]:
    """Where *text* holds one of *chars*, in order. Each character is looked for by substring
    search: a report holds a few dozen stops, and `re` tests a set at every character (some forty
    instructions each, to a few for a search)."""
    out = []
    for c in chars:
        i = text.find(c)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1)
    out.sort()
    return out


# Words, digit runs (with the commas of thousands: "1,500"), whitespace and single other characters.
_TOKEN = regex.compile(r"[^\W\d_]+|\d+(?:,\d{3})+(?!\d)|\d+|\s+|.", regex.S)
ALIKE = ("\x00-\x1b\x20-\xb1\xb4-\xb8\xba\xbb\xbf-\u02ff"
         "\u0600-\u060f\u061b-\u064a\u0660-\u066f\u0671-\u06d5\u06dd\u06de\u06e5\u06e6\u06e9\u06ee-\u06ff"
         "\u2000-\u200b\u200e-\u203e\u2041-\u2053\u2055-\u206f\u20a0-\u20cf\u2190-\u245f"
         "\ufb50-\ufdff\ufe70-\ufeff\U0001f300-\U0001faff")
UNLIKE = re.compile(f"[^{ALIKE}]")


def alike_class(char_class: str) -> str:
    r"""The body of a character set (``[...]``) that holds the ALIKE characters *char_class*
    (``r"\d"``, ``r"[^\W\d_]"``) matches, as ranges: on a text of ALIKE characters it reads as
    *char_class* does, and ``re`` looks each character up in a table instead of testing its Unicode
    categories (a letter of ``[^\W\d_]`` is three tests)."""
    test = re.compile(char_class).fullmatch
    runs: list[list[int]] = []
    for a, b in re.findall(r"(.)(?:-(.))?", ALIKE, re.DOTALL):
        for code in range(ord(a), ord(b or a) + 1):
            if test(chr(code)):
                if runs and runs[-1][1] == code - 1:
                    runs[-1][1] = code
                else:
                    runs.append([code, code])
    return "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in runs)


# The same tokens in the stdlib `re`, split out of the text: re.split gives the gaps and the tokens
# alternately (no whitespace tokens to filter out) and the running lengths of the parts give each
# token's start, several times quicker than `regex` and a sixth quicker than findall of each token
# with the whitespace before it, str.lstrip and the lengths of both. (The leading lookahead changes
# nothing in what matches: every character but a space starts a token.) `re` and `regex` disagree
# on what a letter, a digit or a space is for some characters (marks, some digits), so this is used
# only on a text all of whose characters are ALIKE, on which they agree (the tests check every one
# of them); a text with another character, rare in news, goes to `_TOKEN`. Its classes are spelled
# out over the ALIKE characters (`alike_class`): a fifth fewer instructions than `\w`, `\d` and `\s`.
_L, _D, _S = (alike_class(c) for c in (r"[^\W\d_]", r"\d", r"\s"))
_TOKEN_SPLIT = re.compile(rf"((?=[^{_S}])(?:[{_L}]+|[{_D}]+(?:,[{_D}]{{3}})+(?![{_D}])|[{_D}]+|[^{_S}]))")


# A run of ALIKE characters: `re` reads a repeated set in a tighter loop than it scans a text for a
# character outside it (UNLIKE.search): half the instructions on a report.
_ALIKE_RUN = re.compile(f"[{ALIKE}]*")


@functools.lru_cache(maxsize=4)
def has_unlike(text: str) -> bool:
    """Whether *text* holds a character that is not ALIKE (``UNLIKE.search``): whether the run of
    ALIKE characters at its start stops short of its end. Kept for the last few texts: the tokens,
    the date triggers and the actor patterns all ask it of the focus."""
    return _ALIKE_RUN.match(text).end() != len(text)
NEWLINE = "\u00b6"  # newlines are tokens, written ¶ (one character for one: offsets hold)


@functools.lru_cache(maxsize=4)
def tokens(folded: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The tokens of a folded text but its whitespace, newlines written ¶, with the index of each:
    ``(tokens, starts)``. Kept for the last few texts: the count recognizer reads them all, and
    the date recognizer looks among them for the words that may start a date."""
    # Per-token work runs through map/compress, not Python loops: it is most of the time spent.
    if has_unlike(folded):
        return _tokens_regex(folded)
    # Whitespace at the end holds no token, and would cost the scan a try from each of its
    # characters over all the rest (the focus of a report blanks out long tails).
    parts = _TOKEN_SPLIT.split(folded.replace("\n", NEWLINE).rstrip())  # gaps and tokens, alternately
    return tuple(parts[1::2]), tuple(list(accumulate(map(len, parts)))[0:-1:2])  # a token starts where its gap ends


def _tokens_regex(folded: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """:func:`tokens` for any text, found by `regex`."""
    toks = _TOKEN.findall(folded.replace("\n", NEWLINE))
    keep = list(map(not_, map(str.isspace, toks)))
    return tuple(compress(toks, keep)), tuple(compress(accumulate(map(len, toks), initial=0), keep))


def _trim(text: str, s: int, e: int, pi: int) -> Sentence | None:
    """The sentence ``text[s:e]`` of paragraph *pi* without the spaces at its ends; None when it is
    all spaces."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Sentence(s, e, pi) if s < e else None
