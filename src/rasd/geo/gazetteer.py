"""The gazetteer: Syrian and Iraqi places down to villages, admin areas, countries and cities abroad.

``Gazetteer.load()`` reads the packaged file ``geo/data/gazetteer.tsv.gz`` (built from the shared
sources by ``scripts/build_gazetteer.py``; see NOTICE), the shipped alias list ``geo/aliases.tsv``
(Kurdish and Arabic names of the same town, common alternative spellings), the named regions of
``geo/regions.tsv`` (جبل الزاوية، سهل الغاب: placed among the towns they are known for) and any user files
(``user_files=`` or the ``RASD_PLACES`` environment variable, paths joined by ``os.pathsep``):

- a places CSV with a header, at least ``name_ar`` (or ``name``), ``lat``, ``lon``; optional ``name``,
  ``admin1``, ``admin2``, ``admin3``, ``feature``, ``iso3``, ``country``, ``population``, ``id``,
  ``aliases`` (``|``-joined). Missing admin areas are taken from the nearest known place within
  15 km, so a user may list just a farm and its point. A row with ``alias_of`` and no point makes
  ``name_ar`` another name of a known place (what ``rasd places add --alias-of`` writes).
- an alias list: a CSV whose header is ``alias,canonical`` (or a TSV like ``aliases.tsv``).

Names are looked up by key: :func:`arabic_key` folds the name (:func:`rasd.text.normalize.fold`),
drops punctuation, the article "ال" at the start of each word and the spaces, so "البو كمال",
"البوكمال" and "بوكمال" meet, as do "باغوز" and "الباغوز". Latin names are keyed without accents,
case, punctuation and article words ("Deir ez-Zor" and "Deir-ez-Zor" are both "deirzor").
:func:`loose_key` is a coarser consonant skeleton for the resolver's last resort (كبار = الكبر,
قرين = الكرين).

The runtime needs only the standard library; the file loads in a few hundred milliseconds and
:func:`default_gazetteer` keeps one copy per process.
"""
from __future__ import annotations

import csv
import functools
import gzip
import math
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, KeysView, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from rasd.errors import GazetteerError
from rasd.text.normalize import fold

COLUMNS = ("id", "feature", "iso3", "admin", "within", "lat", "lon", "population", "name", "name_ar",
           "names_ar", "names_latin", "source", "keys")
FEATURES = ("country", "admin1", "admin2", "admin3", "city", "town", "village", "neighbourhood", "camp",
            "landmark")
POPULATED = frozenset({"city", "town", "village"})
ADMIN = frozenset({"admin1", "admin2", "admin3"})
COUNTRY_NAMES = {"SYR": "Syria", "IRQ": "Iraq"}
USER_RADIUS_KM = 15.0  # a user place without admin areas takes those of the nearest place this close
GRID_CELLS_PER_DEGREE = 10  # the spatial index of within_km/nearest: 0.1° cells, about 11 x 9 km in Syria
_GRID_SLACK = 1e-9  # degrees: see _gaps
KEY_CACHE_SIZE = 1 << 15  # arabic_key results kept: the names the resolver keys again and again, and more

_DATA = "data/gazetteer.tsv.gz"
_ALIASES = "aliases.tsv"
_REGIONS = "regions.tsv"
REGION_MIN_TOWNS = 2  # a region is placed only when at least this many of its towns are found

# --- keys ----------------------------------------------------------------------------------------


def _whole(table: dict[int, int | str | None]) -> dict[int, int | str | None]:
    """*table* with every other Arabic letter mapped to itself: str.translate runs about twice as fast
    when it finds each character it looks up (a miss costs it a KeyError)."""
    return {**{c: c for c in range(0x0600, 0x0700)}, **table}


# Letters beyond fold(): hamza seats, Persian/Kurdish letters; punctuation becomes a word break.
_KEY_EXTRA = _whole(str.maketrans({"ؤ": "و", "ئ": "ي", "ء": None, "پ": "ب", "چ": "ج", "ڤ": "ف", "گ": "ك", "ژ": "ز",
                                   "ڕ": "ر", "ۆ": "و", "ێ": "ي", "ڵ": "ل", "ە": "ه", "ﻻ": "لا",
                                   **{c: " " for c in "-_.,'\"()/\\،؛:;!?[]{}«»|+*&"}}))
_LOOSE = _whole(str.maketrans({"ق": "ك", "ث": "ت", "ط": "ت", "ذ": "ز", "ظ": "ض", "ص": "س", "ح": "ه", "ع": "ا",
                               "ة": "ه", "ى": "ي"}))
# _LOOSE after the first letter, where the long vowels (and ع، ى, which _LOOSE makes ا، ي) are dropped
_LOOSE_INNER = {**_LOOSE, **str.maketrans({c: None for c in "اويعى"})}
_DOUBLED = re.compile(r"(.)\1+")
# Letters that write a long vowel: a name's alif before two consonants ("ابريهة", "اعزاز") is a
# prosthetic one that other spellings of the name leave out (بريهة، عزاز), see Gazetteer.lookup_loose
_VOWEL_LETTERS = frozenset("اويى")
_LATIN_ARTICLES = frozenset({"al", "el", "ad", "ag", "ar", "as", "ash", "at", "ath", "az", "an", "ed", "er", "es",
                             "et", "ez", "en", "ul"})


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def arabic_key(name: str) -> str:
    """The lookup key of an Arabic name: folded, no punctuation, no article, no spaces.

    Cached: the recognizer and the resolver key the same few thousand names over and over."""
    words = fold(name).translate(_KEY_EXTRA).split()
    return "".join([w[2:] if w[:2] == "ال" and len(w) > 3 else w for w in words])


# Place words that may lead a name ("مزرعة الصفيح", "قرية الكبر", "مخيم الهول"): the recognizer reads them
# as the place word and looks up the rest, so a name is also keyed without its leading one. Each maps to
# the place words (recognize/places.py features) a mention must have to take a name found that way:
# "مزرعة بيت جن" is another place than "قرية بيت جن". Facility words and name heads (سد، جبل) stay in
# the mention's name, so names are not keyed without them.
_POPULATED_WORDS = ("village", "town", "city")
_LEADING_WORDS_RAW = {
    "مزرعة": ("farm",), "قرية": _POPULATED_WORDS, "بلدة": _POPULATED_WORDS, "مدينة": _POPULATED_WORDS,
    "حي": ("neighbourhood",), "مخيم": ("camp",), "منطقة": ("area",), "ناحية": ("subdistrict",),
    "بادية": ("desert",),
}
LEADING_WORDS = {fold(w): features for w, features in _LEADING_WORDS_RAW.items()}
MIN_STRIPPED_KEY = 3  # a name left without its place word needs a key this long ("حي ال..." is no name)


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def without_leading_word(name: str) -> str | None:
    """*name* without a leading place word ("مزرعة الصفيح" -> "الصفيح"), or None when it has none.

    Cached like :func:`arabic_key`: the resolver asks again for the names of every candidate."""
    words = fold(name).split(None, 1)
    if len(words) == 2 and words[0] in LEADING_WORDS:
        return words[1]
    return None


# "Upper" and "Lower": twin villages ("رميلان فوقاني"، "رميلان تحتاني") that reports name together by
# their shared name ("بلدة رميلان")
_UPPER_LOWER = frozenset(fold(w) for w in ("فوقاني", "تحتاني", "الفوقاني", "التحتاني", "فوقانية", "تحتانية",
                                           "الفوقانية", "التحتانية"))


# An article glued inside a name's word ("بصرالحرير", "ديرالزور"): two letters or more before it, three
# or more after it.
_GLUED_ARTICLE = re.compile(r"(?<!\S)([^\W\d_]{2,}?)(ال[^\W\d_]{3,})")


def name_keys(names: Iterable[str]) -> set[str]:
    """The lookup keys of Arabic *names*: each one's :func:`arabic_key`, that of the name without a
    leading place word, that of the name with a glued article written apart ("بصرالحرير" as "بصر
    الحرير"), and that of the name without "فوقاني" / "تحتاني". The build stores these; user
    places are keyed by them when added."""
    keys = set()
    for n in names:
        keys.add(arabic_key(n))
        rest = without_leading_word(n)
        if rest is not None:
            k = arabic_key(rest)
            if len(k) >= MIN_STRIPPED_KEY:
                keys.add(k)
        spaced = _GLUED_ARTICLE.sub(r"\1 \2", fold(n))
        if spaced != fold(n):  # "بصرالحرير" as reports write it apart, "بصر الحرير"
            keys.add(arabic_key(spaced))
        words = n.split()
        if len(words) > 1 and fold(words[-1]) in _UPPER_LOWER:
            k = arabic_key(" ".join(words[:-1]))
            if len(k) >= MIN_STRIPPED_KEY:
                keys.add(k)
    keys.discard("")
    return keys


def place_word_of(p: Place, key: str) -> str | None:
    """The place word *p* is named with when *key* finds it only without that word (the farm "مزرعة
    الصفيح" under the key of "الصفيح"); None when a name of *p* has the key itself, or an alias led to it."""
    word = None
    for n in p.names:
        if arabic_key(n) == key:
            return None
        rest = without_leading_word(n)
        if rest is not None and arabic_key(rest) == key:
            word = fold(n).split(None, 1)[0]
    return word


def takes_name(p: Place, key: str, feature: str | None) -> bool:
    """Whether a mention with place word *feature* (None: a bare name) and name key *key* may mean *p*:
    a name found without its place word needs a mention with a place word of its kind."""
    word = place_word_of(p, key)
    return word is None or feature in LEADING_WORDS[word]


def latin_key(name: str) -> str:
    """The lookup key of a Latin name: no accents, lower case, no article words, letters only."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['`‘’ʿʾ]", "", s)
    words = re.split(r"[^a-z0-9]+", s)
    return "".join(w for w in words if w and w not in _LATIN_ARTICLES)


def loose_key(key: str) -> str:
    """A consonant skeleton of an :func:`arabic_key`: long vowels dropped after the first letter,
    letters that local spellings swap (ق/ك، ث/ت، ص/س ...) merged, doubled letters collapsed."""
    # computed for every key of the gazetteer when the skeleton index is built: two translations
    # instead of a per-letter loop, and the regex only for the one key in ten with a doubled letter
    s = key[0].translate(_LOOSE) + key[1:].translate(_LOOSE_INNER) if len(key) > 1 else key.translate(_LOOSE)
    if len(s) > 2 and s[-1] == "ه":
        s = s[:-1]
    return _DOUBLED.sub(r"\1", s) if _DOUBLED.search(s) else s


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def is_arabic(s: str) -> bool:
    return _ARABIC_LETTER.search(s) is not None


def key_of(name: str) -> str:
    return arabic_key(name) if is_arabic(name) else latin_key(name)


# --- places --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``admin1``/``admin2``/``admin3`` are OCHA/COD English names (Arabic in
    the ``*_ar`` fields); ``source`` lists the source records it was merged from ("ocha:C5191|wof:…")."""

    id: str
    name: str
    name_ar: str
    names: tuple[str, ...]
    feature: str
    lat: float
    lon: float
    admin1: str | None = None
    admin1_ar: str | None = None
    admin2: str | None = None
    admin2_ar: str | None = None
    admin3: str | None = None
    admin3_ar: str | None = None
    iso3: str | None = None
    country: str | None = None
    population: int = 0
    source: str = ""
    admin_code: str | None = None  # the most specific admin p-code (an admin area's own)
    within: str | None = None  # id of the town a neighbourhood or landmark belongs to

    @property
    def n_sources(self) -> int:
        return self.source.count("|") + 1 if self.source else 0

    @property
    def is_admin(self) -> bool:
        return self.feature in ADMIN


# an entry in the spatial index: (row, lat, lon, feature, admin1)
_GridPoint = tuple[int, float, float, str, str | None]


def admin_chain(code: str | None) -> list[str]:
    """The admin p-codes from admin1 down to *code*: SY090104 -> [SY09, SY0901, SY090104]."""
    if not code:
        return []
    if code.startswith("SY"):
        return [code[:n] for n in (4, 6, 8) if len(code) >= n]
    m = re.match(r"(IQG\d\d)(Q\d\d)?(N\d\d)?$", code)
    if m:
        out, acc = [], ""
        for g in m.groups():
            if g:
                acc += g
                out.append(acc)
        return out
    return [code]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


# --- the gazetteer -------------------------------------------------------------------------------


class Gazetteer:
    """An in-memory index of places by name key. Build one with :meth:`load` or :meth:`from_places`.

    The packaged file holds ~57k entries; a :class:`Place` is made from its row the first time a
    lookup returns it, which keeps loading well under a second.
    """

    def __init__(self, places: Iterable[Place], aliases: Iterable[tuple[str, str]] = ()) -> None:
        self._rows: list[Place | list[str]] = list(places)
        self._index: dict[str, list[int]] = {}
        self._by_id: dict[str, int] = {}
        self._admin: dict[str, int] = {}
        self._admin_names: dict[str, tuple[str, str]] = {}
        self._countries: dict[str, str] = dict(COUNTRY_NAMES)
        self._chains: dict[str, tuple[str | None, ...]] = {}
        for i, p in enumerate(self._rows):
            if not isinstance(p, Place):
                raise TypeError(f"Gazetteer() takes Place objects, not {type(p).__name__}; see from_places()")
            self._register(i, p.id, p.feature, p.admin_code, [n for n in p.names if is_arabic(n)])
        self._latin: dict[str, list[int]] | None = None
        self._loose: dict[str, list[int]] | None = None
        self._grid: dict[tuple[int, int], list[_GridPoint]] | None = None
        self._first: frozenset[str] | None = None
        self.memo: dict = {}  # values derived from the entries by their users (countrysides, word analyses)
        self.aliases: dict[str, str] = {}
        self.aliases_ar: list[str] = []
        self.regions: set[str] = set()  # ids of the named regions (regions.tsv): a name of one may stand bare
        for alias, canonical in aliases:
            self.add_alias(alias, canonical)

    def _register(self, i: int, pid: str, feature: str, admin_code: str | None, names_ar: Iterable[str],
                  keys: Iterable[str] | None = None) -> None:
        self._by_id[pid] = i
        if admin_code and feature in ADMIN:
            self._admin[admin_code] = i
        index = self._index
        for k in keys if keys is not None else name_keys(names_ar):
            if k:
                bucket = index.get(k)
                if bucket is None:
                    index[k] = [i]
                elif bucket[-1] != i:
                    bucket.append(i)

    # construction ---------------------------------------------------------------------------------

    @classmethod
    def from_places(cls, places: Iterable[Place | dict], aliases: Iterable[tuple[str, str]] = ()) -> Gazetteer:
        """A small gazetteer for tests: Place objects or dicts with at least name_ar/name, lat, lon."""
        return cls([p if isinstance(p, Place) else _place_from_dict(p, i) for i, p in enumerate(places)], aliases)

    @classmethod
    def load(cls, path: str | os.PathLike | None = None, user_files: Sequence[str | os.PathLike] = (),
             *, env: bool = True) -> Gazetteer:
        """The packaged gazetteer (or the file at *path*), the shipped aliases, then user files
        (*user_files* and, with ``env=True``, those named by the ``RASD_PLACES`` environment variable)."""
        rows = _read_rows(path)
        g = cls([])
        g._rows = list(rows)
        for r in rows:
            if r[1] in ADMIN:
                g._admin_names[r[3]] = (r[8], r[9])
            elif r[1] == "country":
                g._countries.setdefault(r[2], r[8])
        for i, r in enumerate(rows):  # the build stored each entry's keys (arabic_key of its names)
            g._register(i, r[0], r[1], r[3], (), r[13].split("|") if r[13] else ())
        text = resources.files("rasd.geo").joinpath(_ALIASES).read_text(encoding="utf-8")
        for alias, canonical in _read_aliases(text, "aliases.tsv"):
            g.add_alias(alias, canonical)
        g._add_regions(resources.files("rasd.geo").joinpath(_REGIONS).read_text(encoding="utf-8"), _REGIONS)
        files = [Path(f) for f in user_files]
        if env and os.environ.get("RASD_PLACES"):
            files += [Path(f) for f in os.environ["RASD_PLACES"].split(os.pathsep) if f]
        for f in files:
            g.add_user_file(f)
        return g

    def _place(self, i: int) -> Place:
        r = self._rows[i]
        if isinstance(r, Place):
            return r
        pid, feature, iso3, admin, within, lat, lon, pop, name, name_ar, names_ar, names_latin, source, _ = r
        a = self._chain(admin)
        all_names = tuple(dict.fromkeys([*(names_ar.split("|") if names_ar else ()),
                                         *(names_latin.split("|") if names_latin else ())]))
        p = Place(pid, name, name_ar, all_names, feature, float(lat), float(lon), a[0], a[1], a[2], a[3], a[4],
                  a[5], iso3 or None, self._countries.get(iso3), int(pop or 0), source, admin or None, within or None)
        self._rows[i] = p
        return p

    def _chain(self, admin: str) -> tuple[str | None, ...]:
        """(admin1, admin1_ar, admin2, admin2_ar, admin3, admin3_ar) of an admin p-code."""
        a = self._chains.get(admin)
        if a is None:
            names: list[str | None] = [None] * 6
            for level, code in enumerate(admin_chain(admin)[:3]):
                en_ar = self._admin_names.get(code)
                if en_ar:
                    names[2 * level], names[2 * level + 1] = en_ar
            a = self._chains[admin] = tuple(names)
        return a

    def _places(self, idx: Iterable[int]) -> list[Place]:
        return [self._place(i) for i in idx]

    @property
    def places(self) -> list[Place]:
        """Every entry (materializes them all: slow on the full gazetteer, meant for tools and tests)."""
        return self._places(range(len(self._rows)))

    def add_user_file(self, path: str | os.PathLike) -> None:
        """Add a user places CSV or alias list (see the module docstring)."""
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except OSError as e:
            raise GazetteerError(f"can't read the user place file {path}: {e.strerror}") from e
        first = text.split("\n", 1)[0].strip().lower()
        if "\t" in first or first.replace(" ", "") in ("alias,canonical", "alias;canonical"):
            for alias, canonical in _read_aliases(text, str(path)):
                self.add_alias(alias, canonical)
            return
        for i, row in enumerate(csv.DictReader(text.splitlines()), start=2):
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            if row.get("alias_of") and not row.get("lat"):
                self.add_alias(row.get("name_ar") or row.get("name") or "", row["alias_of"])
                continue
            try:
                place = _place_from_dict(row, i, prefix=f"user:{Path(path).stem}:")
            except (KeyError, ValueError) as e:
                raise GazetteerError(f"{path}, line {i}: {e} (columns: name_ar or name, lat, lon, optional "
                                     "name, admin1, admin2, admin3, feature, iso3, population, aliases)") from e
            self.add_place(self._fill_admin(place))

    def add_place(self, place: Place) -> None:
        """Add one entry (a user place); it is found by each of its names."""
        self._rows.append(place)
        self._register(len(self._rows) - 1, place.id, place.feature, place.admin_code,
                       [n for n in place.names if is_arabic(n)])
        self._latin = self._loose = self._grid = self._first = None
        self.memo.clear()

    def add_alias(self, alias: str, canonical: str) -> None:
        """Let *alias* find what *canonical* finds (a name, or a gazetteer id such as ``ocha:C5191``)."""
        if canonical in self._by_id:
            targets = [self._by_id[canonical]]
        elif is_arabic(canonical):
            targets = list(self._index.get(arabic_key(canonical), ()))
        else:
            targets = list(self._latin_index().get(latin_key(canonical), ()))
        k = key_of(alias)
        if not k or not targets:
            return
        if len(targets) > 1:  # "سري كانيه" means the town رأس العين, not every village of that name
            main = [i for i in targets if self._prominent(i)]
            targets = main or targets
        self.aliases[k] = canonical
        if is_arabic(alias):
            self.aliases_ar.append(alias)
        self._first = self._loose = None
        self.memo.clear()  # the recognizer's caches depend on the names known
        bucket = self._index.setdefault(k, []) if is_arabic(alias) else self._latin_index().setdefault(k, [])
        bucket.extend(i for i in targets if i not in bucket)

    def _prominent(self, i: int) -> bool:
        p = self._place(i)
        return p.feature in ("country", "admin1", "admin2", "city", "town") or p.population > 0

    def _add_regions(self, text: str, where: str) -> None:
        """Add the named regions of *text* (``regions.tsv``): each at the mean of its towns found
        among the populated places of its governorate, with the admin areas they all share. A region
        a source already has as a landmark of that governorate ("الغوطة الشرقية") keeps that entry,
        which is only marked a region."""
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.startswith(("#", "name_ar\t")):
                continue
            parts = [x.strip() for x in line.split("\t")] + [""]
            if len(parts) < 5 or not parts[0] or not parts[3]:
                raise GazetteerError(f"{where}, line {n}: expected name_ar, name, admin1, towns, aliases; got {line[:60]!r}")
            name_ar, name, admin1, towns, aliases = parts[:5]
            known = [p.id for p in self.lookup(name_ar) if p.feature == "landmark" and p.admin1 == admin1]
            if known:
                self.regions.update(known)
                continue
            found = []
            for town in towns.split("|"):
                there = [p for p in self.lookup(town) if p.admin1 == admin1 and p.feature in POPULATED]
                if there:
                    found.append(max(there, key=lambda p: p.population))
            if len(found) < REGION_MIN_TOWNS:
                continue
            chains = [admin_chain(p.admin_code) for p in found]
            shared = [c for level, c in enumerate(chains[0]) if all(len(ch) > level and ch[level] == c for ch in chains)]
            code = shared[-1] if shared else None
            a1, a1_ar, a2, a2_ar, a3, a3_ar = self._chain(code) if code else (admin1, None, None, None, None, None)
            rid = f"region:{latin_key(name) or arabic_key(name_ar)}"
            self.regions.add(rid)
            self.add_place(Place(
                id=rid, name=name or name_ar, name_ar=name_ar,
                names=tuple(dict.fromkeys(x for x in (name_ar, *aliases.split("|"), name) if x)), feature="landmark",
                lat=round(sum(p.lat for p in found) / len(found), 5), lon=round(sum(p.lon for p in found) / len(found), 5),
                admin1=a1, admin1_ar=a1_ar, admin2=a2, admin2_ar=a2_ar, admin3=a3, admin3_ar=a3_ar,
                iso3=found[0].iso3, country=found[0].country, source=f"rasd:{where}", admin_code=code))

    def _fill_admin(self, p: Place) -> Place:
        if (p.admin1 and p.iso3) or p.iso3 not in (None, "SYR", "IRQ"):
            return p
        # a user place given with its governorate only ("--admin1 Deir-ez-Zor") takes its country and lower
        # admin areas from the nearest place of that governorate
        near = self.nearest(p.lat, p.lon, USER_RADIUS_KM,
                            lambda q: q.admin1 is not None and (not p.admin1 or q.admin1 == p.admin1))
        if near is None:
            return p
        return replace(p, admin1=near.admin1, admin1_ar=near.admin1_ar, admin2=p.admin2 or near.admin2,
                       admin2_ar=near.admin2_ar, admin3=p.admin3 or near.admin3, admin3_ar=near.admin3_ar,
                       iso3=near.iso3, country=near.country, admin_code=near.admin_code)

    # lookups --------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, place_id: str) -> Place | None:
        i = self._by_id.get(place_id)
        return None if i is None else self._place(i)

    def admin(self, pcode: str) -> Place | None:
        """The admin area with this p-code (SY09, IQG15Q05 ...)."""
        i = self._admin.get(pcode)
        return None if i is None else self._place(i)

    def lookup(self, name: str) -> list[Place]:
        """Places whose name or alias has the key of *name* (Arabic or Latin)."""
        if is_arabic(name):
            return self._places(self._index.get(arabic_key(name), ()))
        return self._places(self._latin_index().get(latin_key(name), ()))

    def lookup_key(self, key: str) -> list[Place]:
        """Places under an already computed :func:`arabic_key` (the recognizer's fast path)."""
        return self._places(self._index.get(key, ()))

    def has_key(self, key: str) -> bool:
        return key in self._index

    def keys(self) -> KeysView[str]:
        """Every Arabic name key, as a live view: ``key in g.keys()`` is :meth:`has_key` without a call
        (the recognizer asks it for every word after a possible first word of a name)."""
        return self._index.keys()

    def first_keys(self) -> frozenset[str]:
        """Keys of the first word of every Arabic name (the recognizer's quick reject)."""
        if self._first is None:
            first = set(self._index)  # single-word names, and a cheap superset for the rest
            for r in self._rows:
                if isinstance(r, Place):
                    names = [n for n in r.names if is_arabic(n)]
                elif " " in r[10]:  # most entries have only one-word names: skip the split
                    names = r[10].split("|")
                else:
                    continue
                for n in names:
                    if " " in n.strip():
                        first.add(arabic_key(n.split()[0]))
                        rest = without_leading_word(n)  # "مزرعة تل X" is also found as "تل X"
                        if rest is not None:
                            first.add(arabic_key(rest.split()[0]))
            for alias in self.aliases_ar:
                first.add(arabic_key(alias.split()[0]))
            self._first = frozenset(first)
        return self._first

    def keys_where(self, keep: Callable[[str, str | None, int], bool]) -> list[str]:
        """Arabic name keys with an entry whose (feature, iso3, population) *keep* accepts, read from
        the rows without making Places (for the recognizer's tables)."""
        out = []
        for k, idx in self._index.items():
            for i in idx:
                r = self._rows[i]
                if keep(*((r.feature, r.iso3, r.population) if isinstance(r, Place)
                          else (r[1], r[2] or None, int(r[7] or 0)))):
                    out.append(k)
                    break
        return out

    def lookup_loose(self, name: str) -> list[Place]:
        """Syrian and Iraqi places whose :func:`loose_key` equals that of *name*, or whose key is that of
        *name* without a prosthetic alif ("ابريهة" finds بريهة): a last resort."""
        if self._loose is None:
            loose: dict[str, list[int]] = {}
            local = [(r.iso3 if isinstance(r, Place) else r[2]) in ("SYR", "IRQ") for r in self._rows]
            is_local = local.__getitem__  # any(map(...)) over a bucket: no generator per name key
            for k, idx in self._index.items():
                if not any(map(is_local, idx)):
                    continue  # a name only found abroad (half of them): no need for its skeleton
                lk = loose_key(k)
                if len(lk) >= 3:
                    bucket = loose.get(lk)
                    if bucket is None:  # the first key of this skeleton (most are the only one)
                        loose[lk] = list(dict.fromkeys(i for i in idx if local[i]))
                    else:
                        bucket.extend(i for i in idx if local[i] and i not in bucket)
            self._loose = loose
        key = arabic_key(name)
        lk = loose_key(key)
        found = self._loose.get(lk, ()) if len(lk) >= 3 else ()
        if len(key) > 3 and key[0] == "ا" and key[1] not in _VOWEL_LETTERS and key[2] not in _VOWEL_LETTERS:
            # "قرية ابريهة": an alif said before a name's two first consonants, the rest spelt as the
            # sources spell it (بريهة); with the skeleton's spellings too, "أسديرة" would find Sadr City
            local = [i for i in self._index.get(key[1:], ()) if self._is_local(i)]
            if local:
                found = list(dict.fromkeys([*found, *local]))
        return self._places(found)

    def _is_local(self, i: int) -> bool:
        r = self._rows[i]
        return (r.iso3 if isinstance(r, Place) else r[2]) in ("SYR", "IRQ")

    def _latin_index(self) -> dict[str, list[int]]:
        if self._latin is None:
            idx: dict[str, list[int]] = defaultdict(list)
            for i, r in enumerate(self._rows):
                names = [n for n in r.names if not is_arabic(n)] if isinstance(r, Place) else \
                    (r[11].split("|") if r[11] else ())
                for k in {latin_key(n) for n in names}:
                    if k:
                        idx[k].append(i)
            self._latin = dict(idx)
        return self._latin

    def nearest(self, lat: float, lon: float, max_km: float = 25.0, where=None) -> Place | None:
        """The nearest non-admin place within *max_km* (optionally satisfying *where*)."""
        best, best_d = None, max_km
        for p in self.within_km(lat, lon, max_km):
            if where is not None and not where(p):
                continue
            d = km(lat, lon, p.lat, p.lon)
            if d <= best_d:
                best, best_d = p, d
        return best

    def within_km(self, lat: float, lon: float, radius: float,
                  features: frozenset[str] | None = None) -> list[Place]:
        """Non-admin places within *radius* km (only those of *features* if given), cell by cell
        of a 0.1° grid, which keeps this cheap."""
        return [self._place(i) for i, *_ in self._within(lat, lon, radius, features)]

    def points_within_km(self, lat: float, lon: float, radius: float, features: frozenset[str] | None = None,
                         admin1: str | None = None) -> list[tuple[float, float]]:
        """(lat, lon) of :meth:`within_km`'s places, in its order, only those in governorate *admin1*
        if given: for averaging thousands of them without making a Place of each."""
        return [(la, lo) for _, la, lo, _, _ in self._within(lat, lon, radius, features, admin1)]

    def _within(self, lat: float, lon: float, radius: float, features: frozenset[str] | None,
                admin1: str | None = None) -> list[_GridPoint]:
        grid = self._grid if self._grid is not None else self._build_grid()
        reach = math.ceil(radius / 9.0) + 1
        ci, cj = math.floor(lat * GRID_CELLS_PER_DEGREE), math.floor(lon * GRID_CELLS_PER_DEGREE)
        # a flat-earth test first (a degree of latitude is 111 km), the great circle only near the edge
        dlat2 = (radius / 111.0) ** 2
        coslat = math.cos(math.radians(lat)) ** 2
        inner, outer = dlat2 * 0.98, dlat2 * 1.02
        out = []
        for gi in range(ci - reach, ci + reach + 1):
            near_i, far_i = _gaps(lat, gi)
            if near_i > outer:
                continue
            for gj in range(cj - reach, cj + reach + 1):
                cell = grid.get((gi, gj))
                if cell is None:
                    continue
                near_j, far_j = _gaps(lon, gj)
                if near_i + near_j * coslat > outer:
                    continue  # the whole cell is out: no point of it passes either test below
                if far_i + far_j * coslat <= inner:  # the whole cell is in: every point passes the first test
                    out += [pt for pt in cell if (features is None or pt[3] in features)
                            and (admin1 is None or pt[4] == admin1)]
                    continue
                for pt in cell:
                    if (features is not None and pt[3] not in features) or (admin1 is not None and pt[4] != admin1):
                        continue
                    la, lo = pt[1], pt[2]
                    d2 = (la - lat) ** 2 + (lo - lon) ** 2 * coslat
                    if d2 <= inner or (d2 <= outer and km(lat, lon, la, lo) <= radius):
                        out.append(pt)
        return out

    def _build_grid(self) -> dict[tuple[int, int], list[_GridPoint]]:
        grid: dict[tuple[int, int], list[_GridPoint]] = {}
        for i, r in enumerate(self._rows):
            if isinstance(r, Place):
                feature, la, lo, admin1 = r.feature, r.lat, r.lon, r.admin1
            else:
                feature, la, lo, admin1 = r[1], float(r[5]), float(r[6]), self._chain(r[3])[0]
            if feature not in ADMIN and feature != "country":
                cell = (math.floor(la * GRID_CELLS_PER_DEGREE), math.floor(lo * GRID_CELLS_PER_DEGREE))
                grid.setdefault(cell, []).append((i, la, lo, feature, admin1))
        self._grid = grid
        return grid


def _gaps(x: float, cell: int) -> tuple[float, float]:
    """Squared distances (degrees) from *x* to the nearest and the farthest point of grid cell *cell*
    along one axis. The cell is widened by a hair, so that a point the grid put in it by rounding
    ``floor(x * 10)`` is never outside these bounds."""
    lo = cell / GRID_CELLS_PER_DEGREE - _GRID_SLACK
    hi = (cell + 1) / GRID_CELLS_PER_DEGREE + _GRID_SLACK
    a, b = (lo - x) ** 2, (hi - x) ** 2
    return (0.0 if lo <= x <= hi else min(a, b)), max(a, b)


USER_COLUMNS = ("name_ar", "name", "lat", "lon", "admin1", "feature", "alias_of")


def default_user_file() -> Path:
    """The user places CSV: the first path in ``RASD_PLACES``, else ~/.config/rasd/places.csv."""
    env = [f for f in os.environ.get("RASD_PLACES", "").split(os.pathsep) if f]
    return Path(env[0]) if env else Path.home() / ".config" / "rasd" / "places.csv"


def add_user_place(path: str | os.PathLike | None, *, name_ar: str, name: str | None = None,
                   lat: float | None = None, lon: float | None = None, admin1: str | None = None,
                   feature: str = "village", alias_of: str | None = None) -> Path:
    """Append a place (or, with *alias_of*, another name of a known place) to a user places CSV,
    creating it with its header; returns the file's path. ``rasd places add`` calls this."""
    target = Path(path) if path else default_user_file()
    if alias_of is None:
        if lat is None or lon is None:
            raise GazetteerError("a new place needs --lat and --lon (or --alias-of a known place)")
        _place_from_dict({"name_ar": name_ar, "name": name, "lat": lat, "lon": lon, "feature": feature}, 0)
    elif not default_gazetteer().lookup(alias_of):
        raise GazetteerError(f"{alias_of!r} is not in the gazetteer: add it as a place first")
    new = not target.exists() or target.stat().st_size == 0
    if not new:
        header = target.read_text(encoding="utf-8-sig").split("\n", 1)[0].strip().split(",")
        if header != list(USER_COLUMNS):
            raise GazetteerError(f"{target} has the columns {header}; rasd places add writes {list(USER_COLUMNS)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "a", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        if new:
            w.writerow(USER_COLUMNS)
        w.writerow([name_ar, name or "", "" if lat is None else lat, "" if lon is None else lon, admin1 or "",
                    feature if alias_of is None else "", alias_of or ""])
    return target


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer plus ``RASD_PLACES``, loaded once per process."""
    return Gazetteer.load()


# --- reading -------------------------------------------------------------------------------------


def _read_rows(path: str | os.PathLike | None) -> list[list[str]]:
    try:
        if path is None:
            raw = resources.files("rasd.geo").joinpath(_DATA).read_bytes()
        else:
            raw = Path(path).read_bytes()
        text = gzip.decompress(raw).decode("utf-8") if raw[:2] == b"\x1f\x8b" else raw.decode("utf-8")
    except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError) as e:
        where = path or f"the packaged {_DATA}"
        raise GazetteerError(f"can't read the gazetteer {where}: {e}; rebuild it with "
                             "scripts/build_gazetteer.py") from e
    lines = text.split("\n")
    if tuple(lines[0].split("\t")) != COLUMNS:
        raise GazetteerError(f"the gazetteer {path or _DATA} has unexpected columns {lines[0][:80]!r}; "
                             "rebuild it with scripts/build_gazetteer.py")
    return [ln.split("\t") for ln in lines[1:] if ln]


def _read_aliases(text: str, where: str) -> list[tuple[str, str]]:
    out = []
    delim = "\t" if "\t" in text.split("\n", 1)[0] or not text.lstrip().lower().startswith("alias,") else ","
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(delim)]
        if parts[0].lower() == "alias":
            continue
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise GazetteerError(f"{where}, line {n}: expected 'alias{delim!r}canonical', got {line[:60]!r}")
        out.append((parts[0], parts[1]))
    return out


def _place_from_dict(d: dict, i: int, prefix: str = "test:") -> Place:
    name_ar = d.get("name_ar") or ""
    name = d.get("name") or ""
    if not name_ar and not name:
        raise KeyError("name_ar or name is required")
    extra = d.get("names") or d.get("aliases") or ()
    if isinstance(extra, str):
        extra = [x for x in extra.split("|") if x.strip()]
    lat, lon = float(d["lat"]), float(d["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"lat/lon out of range: {lat}, {lon}")
    feature = d.get("feature") or "village"
    if feature not in FEATURES:
        raise ValueError(f"unknown feature {feature!r} (one of {', '.join(FEATURES)})")
    iso3 = d.get("iso3") or None
    names = tuple(dict.fromkeys(n for n in (name_ar, *extra, name) if n))
    pop = d.get("population") or 0
    return Place(
        id=d.get("id") or f"{prefix}{arabic_key(name_ar) if name_ar else latin_key(name)}:{i}",
        name=name or name_ar, name_ar=name_ar, names=names, feature=feature, lat=lat, lon=lon,
        admin1=d.get("admin1") or None, admin1_ar=d.get("admin1_ar") or None,
        admin2=d.get("admin2") or None, admin2_ar=d.get("admin2_ar") or None,
        admin3=d.get("admin3") or None, admin3_ar=d.get("admin3_ar") or None,
        iso3=iso3, country=d.get("country") or COUNTRY_NAMES.get(iso3 or ""), population=int(float(pop)),
        source=d.get("source") or "user", admin_code=d.get("admin_code") or None, within=d.get("within") or None)
