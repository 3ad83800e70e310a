"""Arabic/English text search normalization shared by every store backend.

Arabic glues conjunctions, prepositions and the article to the word ("بدير الزور", "والبوليل",
"للتحالف"), and writers join or split compound names ("دير الزور" / "ديرالزور"). A query must find
all of these, so both the indexed text and the query go through the same steps:

1. :func:`rasd.text.normalize.fold` (no diacritics, one alef, ى→ي, ة→ه, Western digits), lower case;
2. words are ``\\w+`` runs;
3. each word is indexed with its *clitic variants* — the word with a leading و/ف, then ب/ل/ك, then
   ال removed, each step kept only while at least :data:`MIN_STEM` letters remain
   (``بالبوليل`` → ``بالبوليل بوليل``; never ``وليل`` from ``بوليل``, since prefixes come off in
   their grammatical order: conjunction, preposition, article);
4. each pair of neighbouring words is also indexed joined, once as the first word's variants + the
   second word as written and once + the second word's bare stem (``بدير الزور`` → ``ديرالزور``,
   ``ديرزور``), so "ديرالزور" finds "دير الزور" and the other way round.

A query is the AND of its words, each an OR of that word's variants; a pair of neighbouring query
words may also match the joined token. :func:`query_groups` returns that structure and each backend
renders it (FTS5 ``MATCH`` for SQLite, ``to_tsquery`` for PostgreSQL).
"""
from __future__ import annotations

import itertools

import regex

from rasd.text.normalize import fold

MIN_STEM = 2  # letters a stripped word must keep: "بكر" → "كر" is fine, "بك" stays whole
_WORD = regex.compile(r"\w+")
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_ARTICLE = "ال"


def words(text: str) -> list[str]:
    """Folded, lower-cased words of *text*."""
    return _WORD.findall(fold(text).lower())


def clitic_variants(word: str) -> list[str]:
    """*word* and the forms left after removing its proclitics in grammatical order, longest first.

    >>> clitic_variants("وبالبوليل")
    ['وبالبوليل', 'بالبوليل', 'البوليل', 'بوليل']
    >>> clitic_variants("للتحالف")  # ل + ال written لل
    ['للتحالف', 'تحالف']
    """
    out = [word]
    w = word
    if len(w) > MIN_STEM and w[0] in _CONJ:
        w = w[1:]
        out.append(w)
    if len(w) > MIN_STEM + 1 and w.startswith("لل"):  # ل + ال: the alef of the article is dropped
        w = w[2:]
        out.append(w)
        return out
    if len(w) > MIN_STEM and w[0] in _PREP:
        w = w[1:]
        out.append(w)
    if len(w) >= MIN_STEM + len(_ARTICLE) and w.startswith(_ARTICLE):
        w = w[len(_ARTICLE):]
        out.append(w)
    return out


def stem(word: str) -> str:
    """The shortest clitic variant: the key used where one form per word is wanted (text reuse)."""
    return clitic_variants(word)[-1]


def index_terms(text: str) -> str:
    """The space-separated term string to index for *text* (see the module docstring)."""
    ws = words(text)
    terms: list[str] = []
    variants = [clitic_variants(w) for w in ws]
    for v in variants:
        terms.extend(v)
    for a, b in itertools.pairwise(variants):
        firsts = set(a[1:]) or {a[0]}
        seconds = {b[0], b[-1]}
        terms.extend(sorted(f + s for f in firsts for s in seconds))
    return " ".join(_dedupe(terms))


def query_groups(q: str) -> list[list[list[str]]]:
    """The query *q* as alternatives of conjunctions of disjunctions.

    The result is a list of alternatives; each alternative is a list of groups that must all match;
    each group is a list of terms of which one must match. The first alternative takes every word
    apart; the others join one neighbouring pair into a single token (``دير الزور`` may be indexed
    as ``ديرالزور``).
    """
    ws = words(q)
    if not ws:
        return []
    per_word = [_dedupe(clitic_variants(w)) for w in ws]
    alternatives = [per_word]
    for i in range(len(ws) - 1):
        joined = _dedupe([f + ws[i + 1] for f in per_word[i]])
        alternatives.append(per_word[:i] + [joined] + per_word[i + 2:])
    return alternatives


def fts5_match(q: str) -> str | None:
    """An FTS5 ``MATCH`` expression for *q*, or None when *q* has no words."""
    alts = query_groups(q)
    if not alts:
        return None
    rendered = []
    for groups in alts:
        rendered.append("(" + " AND ".join("(" + " OR ".join(_fts5_quote(t) for t in g) + ")" for g in groups) + ")")
    return " OR ".join(rendered)


def tsquery(q: str) -> str | None:
    """A PostgreSQL ``to_tsquery('simple', ...)`` expression for *q*, or None when it has no words."""
    alts = query_groups(q)
    if not alts:
        return None
    rendered = []
    for groups in alts:
        rendered.append("(" + " & ".join("(" + " | ".join(_ts_quote(t) for t in g) + ")" for g in groups) + ")")
    return " | ".join(rendered)


def _fts5_quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _ts_quote(term: str) -> str:
    return "'" + term.replace("'", "''").replace("\\", "\\\\") + "'"


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in items if not (x in seen or seen.add(x))]
