"""Month names as Arabic reports write them, mapped to month numbers.

Plain Arabic (hamzas, taa marbuta) as a reader writes it; `rasd.recognize.dates` folds every
name before compiling, so ``أغسطس`` also covers ``اغسطس`` and ``إبريل`` covers ``ابريل``.
Edit freely: add a spelling to the list of its month.
"""

# Levantine/Iraqi (Syriac) names. "تشرين" and "كانون" alone are never a month ("سد تشرين" is a
# dam), so only their qualified forms are listed.
LEVANTINE: dict[str, int] = {
    "كانون الثاني": 1, "كانون ثاني": 1, "كانون الآخر": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10, "تشرين أول": 10,
    "تشرين الثاني": 11, "تشرين ثاني": 11, "تشرين الآخر": 11,
    "كانون الأول": 12, "كانون أول": 12,
}

# Western (Egyptian/Gulf) names and their common spellings.
WESTERN: dict[str, int] = {
    "يناير": 1, "ينائر": 1,
    "فبراير": 2, "فبرائر": 2,
    "مارس": 3,
    "أبريل": 4, "إبريل": 4, "أبرايل": 4, "ابريل": 4,
    "مايو": 5, "مايس": 5,
    "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7,
    "أغسطس": 8, "أغسطوس": 8, "آغسطس": 8,
    "سبتمبر": 9, "سيبتمبر": 9,
    "أكتوبر": 10, "أوكتوبر": 10,
    "نوفمبر": 11, "نونبر": 11,
    "ديسمبر": 12, "دجنبر": 12,
}

# Names that are also ordinary words: "آب" (father; "بيك آب" = pick-up truck), "مارس" (he
# practised), "نيسان" (the car make), "مايس". They count as a month only with a day, a year,
# الجاري/الماضي..., the other calendar's name beside them, or after "شهر" / "في".
AMBIGUOUS: frozenset[str] = frozenset({"آب", "مارس", "نيسان", "مايس"})

# English month names for dates copied from social media ("Dec 1, 2024", "23 November 2025").
ENGLISH: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Hijri months (Umm al-Qura); a Hijri date is read only when it ends in هـ / هجري / للهجرة.
HIJRI: dict[str, int] = {
    "محرم": 1, "المحرم": 1,
    "صفر": 2,
    "ربيع الأول": 3, "ربيع أول": 3,
    "ربيع الثاني": 4, "ربيع الآخر": 4, "ربيع ثاني": 4,
    "جمادى الأولى": 5, "جمادى الأول": 5,
    "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11,
    "ذو الحجة": 12, "ذي الحجة": 12,
}
