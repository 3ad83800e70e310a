"""Regular-expression pieces built from word lists (the lists in ``rasd.lang.ar``)."""
from __future__ import annotations

from collections.abc import Iterable

import regex

from rasd.text.normalize import fold


def words_pattern(words: Iterable[str]) -> str:
    """An alternation of the folded *words* and phrases, longest first, for text folded the same
    way; a space in a phrase matches any run of spaces. Wrap it in a group and add boundaries."""
    return "|".join(regex.escape(fold(w)).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
