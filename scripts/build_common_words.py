#!/usr/bin/env python3
"""Build ``src/rasd/lang/ar/common_words.tsv``: words that the gazetteer knows as places but that news
text uses as common words, found by how often the text gives them the article.

    python scripts/build_common_words.py CORPUS.jsonl [CORPUS.jsonl ...] [--out PATH]

A place's name without the article never takes it, and an adjective or a noun takes it as often as
not: where news text writes "السلوك" as often as "سلوك" (behaviour; Suluk is a town of Raqqa) or
"العلماء" as often as "علماء" (scholars; the town علما), the word without the article is read as the
common word too. Each CORPUS is JSON Lines with a ``text`` field (unlabelled news: the ANT and
SaudiNewsNet corpora built the shipped list). A word is listed when its key could name a place bare
or after a place word, its form with the article occurs ``MIN_DEFINITE`` times or more, and at least
``MIN_SHARE`` as often as the form without it. The recognizer decides how a listed word is read
(recognize/places.py, COMMON_WORDS).
"""
from __future__ import annotations

import argparse
import collections
import json
import pathlib
import re

from rasd.geo.gazetteer import arabic_key, default_gazetteer
from rasd.recognize.places import _forms, _tier, find_places
from rasd.text.normalize import NormText

MIN_DEFINITE = 5  # the article form must be seen this often (fewer is chance)
MIN_SHARE = 0.5  # ... and at least half as often as the bare form: "حديثة" (Haditha; modern) is 55 to 14
MAX_IN_PLACES = 0.5  # ... and no more than this share of the article forms inside a place found
_WORD = re.compile(r"[^\W\d_A-Za-z]+")
_ARTICLE = "ال"
OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "rasd" / "lang" / "ar" / "common_words.tsv"
HEADER = """\
# Words the gazetteer knows as places that news text uses as common words (scripts/build_common_words.py:
# the form with the article at least half as frequent as the bare form; counts from the ANT and
# SaudiNewsNet corpora). Folded, without clitics or article. Columns: word, bare count, article count.
"""


def count_stems(paths: list[str]) -> tuple[collections.Counter, collections.Counter]:
    """How often each word (without clitics) occurs in the texts of *paths*, and how often inside a place."""
    stems: collections.Counter = collections.Counter()
    in_places: collections.Counter = collections.Counter()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                nt = NormText.of(json.loads(line).get("text") or "")
                for m in find_places(nt):
                    s, e = nt.to_norm(m.start), nt.to_norm(m.end)
                    for w in _WORD.findall(nt.text[s:e]):
                        in_places.update({form.stem for form in _forms(w)})
                for w in _WORD.findall(nt.text):
                    stems.update({form.stem for form in _forms(w)})
    return stems, in_places


def common_words(stems: collections.Counter, in_places: collections.Counter) -> list[tuple[str, int, int]]:
    gaz = default_gazetteer()
    out = []
    for w, bare in stems.items():
        if w.startswith(_ARTICLE) or len(w) < 3:
            continue
        definite = stems.get(_ARTICLE + w, 0)
        if definite < MIN_DEFINITE or definite < MIN_SHARE * bare or _tier(gaz, arabic_key(w)) < 1 \
                or in_places.get(_ARTICLE + w, 0) > MAX_IN_PLACES * definite:
            continue
        out.append((w, bare, definite))
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    rows = common_words(*count_stems(args.corpora))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.writelines(f"{w}\t{bare}\t{definite}\n" for w, bare, definite in rows)


if __name__ == "__main__":
    main()
