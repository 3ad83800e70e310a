"""Arabic number words, as data.

Written in ordinary Arabic; code folds them (``rasd.text.normalize.fold``) before use, so the
hamza/ta-marbuta/alef-maqsura variants need not be listed twice. Every gender and case form a
news text uses is listed: a counted noun agrees in reverse gender with 3-10 ("ثلاثة رجال"، "ثلاث
نساء"), and 2 declines ("اثنان" nominative, "اثنين" accusative/genitive).

The grammar that combines them ("خمسة وعشرين"، "ثلاثة عشر"، "ثلاثمئة"، "5 آلاف") is in
``rasd.recognize.counts``.
"""
from __future__ import annotations

#: 1-10 standing alone (or as the unit of "خمسة وعشرون").
UNITS: dict[str, int] = {
    "واحد": 1, "واحدة": 1, "واحدا": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثنتان": 2, "ثنتين": 2,
    "ثلاث": 3, "ثلاثة": 3,
    "أربع": 4, "أربعة": 4,
    "خمس": 5, "خمسة": 5,
    "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7,
    "ثمان": 8, "ثماني": 8, "ثمانية": 8,
    "تسع": 9, "تسعة": 9,
    "عشر": 10, "عشرة": 10,
}

#: The first word of 11-19 ("أحد عشر"، "اثنا عشر"، "ثلاثة عشر" ...); the second is in TEEN_TAILS.
TEEN_HEADS: dict[str, int] = {
    "أحد": 1, "إحدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    **{w: v for w, v in UNITS.items() if 3 <= v <= 9},
}
TEEN_TAILS: frozenset[str] = frozenset({"عشر", "عشرة"})

TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}

#: Hundreds written as one word. "ثلاث مئة" (two words) is handled by the grammar.
HUNDREDS: dict[str, int] = {
    "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "مئتا": 200, "مئتي": 200, "مائتا": 200, "مائتي": 200,
    **{f"{head}{h}": v * 100
       for head, v in {"ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "تسع": 9}.items()
       for h in ("مئة", "مائة")},
}
#: "مئة" after a unit multiplies it ("ثلاث مئة").
HUNDRED_WORDS: frozenset[str] = frozenset({"مئة", "مائة"})

#: Large numbers standing alone: "ألف" 1000, "ألفين" 2000, "مليون".
THOUSANDS: dict[str, int] = {"ألف": 1000, "ألفا": 1000, "ألفان": 2000, "ألفين": 2000, "ألفي": 2000,
                             "مليون": 1_000_000}
#: Multipliers after a number: "5 آلاف"، "خمسة آلاف"، "15 ألف"، "3 ملايين".
MULTIPLIERS: dict[str, int] = {"ألف": 1000, "ألفا": 1000, "آلاف": 1000, "مليون": 1_000_000, "ملايين": 1_000_000}

#: Quantities with no number: a mention is reported with low/best/high all unknown.
#: "عشرات" is at least 20 only by grammar, and reporters use it loosely; SCHEMA says unknown is null.
VAGUE: frozenset[str] = frozenset({
    "عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "عدة", "بضعة", "بضع", "العديد",
})
#: "عدد من"، "عدد آخر": vague when followed by one of these.
VAGUE_AFTER_ADAD: frozenset[str] = frozenset({"من", "آخر", "آخرين", "كبير", "كبيرا"})
#: A fraction before a number ("نصف مليون"، "ثلث") makes it no count we report.
FRACTIONS: frozenset[str] = frozenset({"نصف", "ربع", "ثلث", "ثلثي", "ثلثا"})
