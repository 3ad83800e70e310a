"""Copied text between documents: which passages one document shares with another.

Two steps, as in the PAN text-alignment systems:

* **Candidate retrieval** (:func:`band_keys`): a document's content words are cut into
  *content-defined chunks* — a chunk ends after a word whose hash is 0 mod :data:`CHUNK_MOD` (and
  is at least :data:`CHUNK_MIN` words long) — so a paragraph copied into another article is cut at
  the same words there and gives the same chunks, whatever text surrounds it. Each chunk's word
  set gets a datasketch MinHash; the signature is split into :data:`BANDS` bands of
  :data:`ROWS` values, and each band is hashed to one 64-bit *band key* (the banding of
  ``datasketch.MinHashLSH``, with the bucket tables kept in the store's ``lsh_bands`` table
  instead of in memory, so the index persists and grows one document at a time). Two documents
  sharing any band key are candidates. Because chunks are short and cut at the same places,
  Jaccard similarity of chunk sets is close to the *containment* of the copied passage, however
  much other text either article has.
* **Alignment** (:func:`align`): words the two texts share (content words, clitics stripped,
  words frequent in either text left out) are *seeds* ``(i, j)``; seeds with too few neighbours
  in a box around them are noise and go; the rest are split into clusters wherever a gap along
  either text exceeds :data:`GAP`, repeatedly until stable; clusters close in both texts are
  merged; a cluster is a passage when it is long and dense enough on both sides. This finds
  verbatim copies, light edits, synonym substitution and also shuffled words and phrases
  (AraPlagDet's obfuscations), since a shuffled passage is a dense block of seeds rather than a
  diagonal.

Band key layout: ``blake2b(band_index (1 byte) || ROWS little-endian uint32 hash values,
digest_size=8)`` read as a signed little-endian int64, so it fits an SQL ``INTEGER``/``BIGINT``.
Signatures use ``MinHash(num_perm=BANDS*ROWS, seed=MINHASH_SEED)``; changing any of these
constants invalidates stored band keys (bump a migration that clears ``lsh_bands``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import struct
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import regex
from datasketch import MinHash

from rasd.store.search import stem
from rasd.text.normalize import fold

# --- retrieval constants (calibrated on the seeds, the dev sets and AraPlagDet; see
# benchmarks/reuse_araplagdet.py) ---------------------------------------------------------------
CHUNK_MOD = 12  # a chunk ends after a word with hash % CHUNK_MOD == 0 ...
CHUNK_MIN = 8  # ... once it holds at least this many content words
CHUNK_MAX = 40  # and always at this many
BANDS = 16  # 16 bands x 4 rows: a chunk pair with Jaccard 0.5 collides with p=0.65, 0.7 with p=0.98,
ROWS = 4  # 0.3 with p=0.12, 0.1 with p=0.0016 (random news chunks share ~1 word of 20: p≈1e-5)
MINHASH_SEED = 1

# --- alignment constants ------------------------------------------------------------------------
MAX_OCCURRENCES = 6  # a word this frequent in either text is not a seed (it chains noise)
NEIGHBOUR_BOX = 40  # a seed needs NEIGHBOURS other seeds within this many content words ...
NEIGHBOURS = 3  # ... on both texts, or it is noise
SUPPORT_BOX = 8  # a repeated word's pairing is judged by the seeds this close to it
GAP = 14  # clusters split where consecutive seeds are more than this many content words apart
MERGE_GAP = 30  # neighbouring passages closer than this on both texts become one
MIN_SEEDS = 8  # a passage shares at least this many distinct content words ...
MIN_CHARS = 120  # ... spans at least this many characters in each text ...
MIN_DENSITY = 0.25  # ... and at least this share of its content words on each side are shared

_WORD = regex.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Token:
    """A content word: its comparison key and its span in the ORIGINAL text."""

    key: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Passage:
    """Text shared by documents a and b: original-text spans in each, and how alike they are
    (containment of the smaller passage's content words in the other's, 0..1)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float

    def swapped(self) -> Passage:
        return Passage(self.b_start, self.b_end, self.a_start, self.a_end, self.similarity)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from rasd.lang.ar.stopwords import STOPWORDS

    return frozenset(stem(fold(w)) for w in STOPWORDS) | frozenset(fold(w) for w in STOPWORDS)


@lru_cache(maxsize=200_000)
def _key(word: str) -> str | None:
    """The comparison key of a word as written, or None for a stop word or a one-letter word."""
    w = fold(word).lower()
    key = stem(w)
    if len(key) < 2 or key in _stopwords() or w in _stopwords():
        return None
    return key


def tokens(text: str) -> list[Token]:
    """Content words of *text* in order (stop words and one-letter words left out).

    Words are matched in the original text (``\\w`` covers Arabic letters, harakat, tatweel and
    digits), so offsets need no mapping; each word is folded on its own for its key."""
    out = []
    for m in _WORD.finditer(text):
        key = _key(m.group())
        if key is not None:
            out.append(Token(key, m.start(), m.end()))
    return out


# --- candidate retrieval ------------------------------------------------------------------------


def _word_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=4).digest(), "little")


def chunks(toks: list[Token]) -> list[list[str]]:
    """Content-defined chunks of the word keys (see the module docstring)."""
    out: list[list[str]] = []
    cur: list[str] = []
    for t in toks:
        cur.append(t.key)
        if len(cur) >= CHUNK_MAX or (len(cur) >= CHUNK_MIN and _word_hash(t.key) % CHUNK_MOD == 0):
            out.append(cur)
            cur = []
    if len(cur) >= CHUNK_MIN // 2 or (cur and not out):
        out.append(cur)
    return out


def band_keys(toks: list[Token]) -> list[int]:
    """The LSH band keys of a document's chunks, without repeats."""
    cks = [sorted(set(c)) for c in chunks(toks)]
    if not cks:
        return []
    sigs = MinHash.bulk([[w.encode("utf-8") for w in c] for c in cks], num_perm=BANDS * ROWS, seed=MINHASH_SEED)
    keys: set[int] = set()
    for sig in sigs:
        hv = sig.hashvalues
        for b in range(BANDS):
            raw = bytes([b]) + struct.pack(f"<{ROWS}I", *(int(x) for x in hv[b * ROWS:(b + 1) * ROWS]))
            keys.add(int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "little", signed=True))
    return sorted(keys)


# --- alignment ------------------------------------------------------------------------------------


def align(a: str | list[Token], b: str | list[Token]) -> list[Passage]:
    """Passages shared by texts *a* and *b* (either may be given as its :func:`tokens`), in order of
    their position in *a*. Offsets are into the original texts."""
    ta = tokens(a) if isinstance(a, str) else a
    tb = tokens(b) if isinstance(b, str) else b
    seeds = _seeds(ta, tb)
    seeds = _disambiguate(_denoise(seeds))
    clusters = _split(seeds)
    clusters = _merge(clusters)
    out = []
    for c in clusters:
        p = _passage(_trim(c), ta, tb)
        if p is not None:
            out.append(p)
    return sorted(out, key=lambda p: (p.a_start, p.b_start))


def _seeds(ta: list[Token], tb: list[Token]) -> list[tuple[int, int]]:
    pa: dict[str, list[int]] = defaultdict(list)
    pb: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(ta):
        pa[t.key].append(i)
    for j, t in enumerate(tb):
        pb[t.key].append(j)
    out = []
    for k, ia in pa.items():
        jb = pb.get(k)
        if not jb or len(ia) > MAX_OCCURRENCES or len(jb) > MAX_OCCURRENCES:
            continue
        out.extend((i, j) for i in ia for j in jb)
    out.sort()
    return out


def _denoise(seeds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Seeds with at least NEIGHBOURS others within NEIGHBOUR_BOX words on both texts."""
    if len(seeds) <= NEIGHBOURS:
        return []
    xs = [s[0] for s in seeds]
    keep = []
    for i, j in seeds:
        lo, hi = bisect_left(xs, i - NEIGHBOUR_BOX), bisect_right(xs, i + NEIGHBOUR_BOX)
        n = 0
        for k in range(lo, hi):
            if abs(seeds[k][1] - j) <= NEIGHBOUR_BOX:
                n += 1
                if n > NEIGHBOURS:  # counts the seed itself
                    keep.append((i, j))
                    break
    return keep


def _disambiguate(seeds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A word repeated in both texts gives every pairing of its occurrences; keep, for each position
    on either text, only the pairings with the most seeds around them (the copy's own line)."""
    if not seeds:
        return seeds
    xs = [s[0] for s in seeds]
    support = {}
    for i, j in seeds:
        lo, hi = bisect_left(xs, i - SUPPORT_BOX), bisect_right(xs, i + SUPPORT_BOX)
        support[(i, j)] = sum(1 for k in range(lo, hi)
                              if seeds[k][0] != i and seeds[k][1] != j and abs(seeds[k][1] - j) <= SUPPORT_BOX)
    keep = set(seeds)
    for axis in (0, 1):
        groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for x in keep:
            groups[x[axis]].append(x)
        for g in groups.values():
            if len(g) > 1:
                top = max(support[x] for x in g)
                keep.difference_update(x for x in g if support[x] < top)
    return sorted(keep)


def _split(seeds: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Split along each axis at gaps wider than GAP until nothing changes."""
    todo = [seeds] if seeds else []
    done = []
    while todo:
        c = todo.pop()
        parts = _split_axis(c, 0)
        if len(parts) == 1:
            parts = _split_axis(c, 1)
            if len(parts) == 1:
                done.append(c)
                continue
        todo.extend(parts)
    return done


def _split_axis(c: list[tuple[int, int]], axis: int) -> list[list[tuple[int, int]]]:
    s = sorted(c, key=lambda x: (x[axis], x[1 - axis]))
    parts, cur = [], [s[0]]
    for prev, x in itertools.pairwise(s):
        if x[axis] - prev[axis] > GAP:
            parts.append(cur)
            cur = []
        cur.append(x)
    parts.append(cur)
    return parts


def _bounds(c: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    return min(x[0] for x in c), max(x[0] for x in c), min(x[1] for x in c), max(x[1] for x in c)


def _merge(clusters: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Join clusters whose extents are within MERGE_GAP of each other on both texts."""
    cs = [c for c in clusters if len({x[0] for x in c}) >= 2]
    changed = True
    while changed:
        changed = False
        cs.sort(key=lambda c: _bounds(c)[0])
        out: list[list[tuple[int, int]]] = []
        for c in cs:
            if out:
                _a0, a1, b0, b1 = _bounds(out[-1])
                c0, _c1, d0, d1 = _bounds(c)
                if c0 - a1 <= MERGE_GAP and d0 - b1 <= MERGE_GAP and b0 - d1 <= MERGE_GAP:
                    out[-1] = out[-1] + c
                    changed = True
                    continue
            out.append(c)
        cs = out
    return cs


def _trim(c: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop seeds at a cluster's edges whose word is matched elsewhere inside the cluster too: a
    word of the copied passage that also occurs just before or after it in the other text pulls
    the boundary out otherwise."""
    c = list(c)
    while len(c) > 2:
        ci, cj = Counter(x[0] for x in c), Counter(x[1] for x in c)
        i0, i1, j0, j1 = _bounds(c)
        drop = set()
        ends = ((j0, j1), (i0, i1))  # extremes of the other axis, per axis
        for axis, edge, other in ((0, i0, cj), (0, i1, cj), (1, j0, ci), (1, j1, ci)):
            # a seed on this edge whose word is matched elsewhere in the cluster too, and which is not
            # itself a corner (the last word of the copy, repeated earlier in both texts, is a corner)
            drop.update(x for x in c if x[axis] == edge and other[x[1 - axis]] > 1
                        and x[1 - axis] not in ends[axis])
        if not drop or len(drop) > len(c) - 2:
            break
        c = [x for x in c if x not in drop]
    return c


def _passage(c: list[tuple[int, int]], ta: list[Token], tb: list[Token]) -> Passage | None:
    i0, i1, j0, j1 = _bounds(c)
    ia, jb = {x[0] for x in c}, {x[1] for x in c}
    shared = {ta[i].key for i in ia}
    if len(shared) < MIN_SEEDS:
        return None
    if len(ia) / (i1 - i0 + 1) < MIN_DENSITY or len(jb) / (j1 - j0 + 1) < MIN_DENSITY:
        return None
    a_start, a_end, b_start, b_end = ta[i0].start, ta[i1].end, tb[j0].start, tb[j1].end
    if a_end - a_start < MIN_CHARS or b_end - b_start < MIN_CHARS:
        return None
    ka = Counter(t.key for t in ta[i0:i1 + 1])
    kb = Counter(t.key for t in tb[j0:j1 + 1])
    common = sum((ka & kb).values())
    sim = common / min(sum(ka.values()), sum(kb.values()))
    return Passage(a_start, a_end, b_start, b_end, round(sim, 3))


# --- direction ----------------------------------------------------------------------------------


def direction(a_published: dt.date | None, b_published: dt.date | None) -> str:
    """Who copied whom, from publication dates: ``"a->b"`` (a is the source), ``"b->a"`` or
    ``"unknown"``. The earlier publication is the source; a document without a date is taken to be
    the later one (a dated report cannot have copied an article that did not exist yet, while an
    undated one was most often collected later from a feed or an aggregator)."""
    if a_published and b_published:
        if a_published < b_published:
            return "a->b"
        if b_published < a_published:
            return "b->a"
        return "unknown"
    if a_published and not b_published:
        return "a->b"
    if b_published and not a_published:
        return "b->a"
    return "unknown"
