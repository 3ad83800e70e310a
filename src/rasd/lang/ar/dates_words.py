"""Words of the date grammar (weekdays, ordinals, relative days, parts of the day).

Plain Arabic as a reader writes it; `rasd.recognize.dates` folds every word before use, so
hamzas, taa marbuta and diacritics need not be spelled twice. Edit freely: the grammar's shape lives
in `rasd.recognize.dates`, the vocabulary here.
"""

# Python's weekday numbers (Monday 0 … Sunday 6).
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0, "الإثنين": 0, "الاتنين": 0,
    "الثلاثاء": 1, "الثلاثا": 1,
    "الأربعاء": 2, "الاربعا": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
}

# After a weekday, month, week or year: which way from publication it lies.
PAST = ("الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة")
CURRENT = ("الجاري", "الجارية", "الحالي", "الحالية")
NEXT = ("المقبل", "المقبلة", "القادم", "القادمة")

# Ordinal day of the month ("الرابع عشر من نيسان"): ordinal word -> day.
_UNITS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
_UNITS_COMPOUND = ("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
ORDINAL_DAYS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
ORDINAL_DAYS["العاشر"] = 10
ORDINAL_DAYS.update({f"{w} عشر": 11 + i for i, w in enumerate(_UNITS_COMPOUND)})
ORDINAL_DAYS["العشرين"] = 20
ORDINAL_DAYS.update({f"{w} والعشرين": 21 + i for i, w in enumerate(_UNITS_COMPOUND)})
ORDINAL_DAYS["الثلاثين"] = 30
ORDINAL_DAYS["الحادي والثلاثين"] = 31

# Small cardinals in "قبل ثلاثة أيام" / "منذ خمسة أيام".
NUMBER_WORDS: dict[str, int] = {
    "ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9, "عشرة": 10,
}

# Days back from publication, for words that need no number.
RELATIVE_DAYS: dict[str, int] = {
    "اليوم": 0, "قبل قليل": 0, "منذ قليل": 0,
    "أمس": 1, "الأمس": 1, "يوم أمس": 1, "البارحة": 1, "يوم الأمس": 1,
    "أمس الأول": 2, "الأمس الأول": 2, "يوم أمس الأول": 2, "أول أمس": 2, "أول من أمس": 2,
}
# Of RELATIVE_DAYS, those that tell a moment, not a day named with its date ("قبل قليل").
ROUGHLY_NOW = ("قبل قليل", "منذ قليل")
# "قبل / منذ" + one of these: days back ("قبل يومين" = 2). A number of days is read as well
# ("قبل 3 أيام", "منذ ثلاثة أيام"). Not when "من"/"على" follows ("قبل يومين من الهجوم").
AGO_UNITS: dict[str, int] = {"يوم": 1, "يومين": 2, "يومان": 2, "أسبوع": 7, "أسبوعين": 14}
# "قبل" + one of these: some days back, how many unsaid ("في هجوم شنه التنظيم قبل أيام"): a day told,
# but no day to date the act by (not the publication day either). Not after "منذ": "منذ أيام" is as
# often "for days" (a campaign going on) as "days ago". So too some time back ("الذي اعتقل قبل مدة";
# "منذ فترة" is mostly "for a while": "تشهد المنطقة منذ فترة تصعيدا").
AGO_VAGUE = ("أيام", "بضعة أيام", "عدة أيام", "أيام قليلة", "أسابيع", "بضعة أسابيع", "عدة أسابيع", "مدة",
             "فترة", "مدة قصيرة", "فترة قصيرة", "مدة وجيزة", "فترة وجيزة")
DAY_UNITS = ("أيام", "يوما", "يوم")
# "قبل نحو 6 أشهر", "قبل عامين": the month or the year that many before publication's (month or year
# precision). Only after "قبل": "منذ ستة أشهر" is as often "for six months" (a campaign).
AGO_MONTHS: dict[str, int] = {"شهر": 1, "شهرين": 2, "شهران": 2}
MONTH_UNITS = ("أشهر", "شهور", "شهرا", "شهر")
AGO_YEARS: dict[str, int] = {"عام": 1, "عامين": 2, "عامان": 2, "سنة": 1, "سنتين": 2, "سنتان": 2}
YEAR_UNITS = ("أعوام", "سنوات", "عاما", "سنة", "عام", "سنين")
AGO_HEDGES = ("نحو", "حوالي", "قرابة", "أكثر من", "زهاء")
# Relative nights: "الليلة الماضية" began the evening before publication.
RELATIVE_NIGHTS: dict[str, int] = {
    "الليلة الماضية": 1, "الليلة الفائتة": 1, "الليلة قبل الماضية": 2, "ليلة البارحة": 1,
}

# A date right after these words is a name ("قوى 8 آذار" is a Lebanese bloc, "ثورة 25 يناير" an
# uprising), not a day of the story.
NAMES_WITH_DATE = ("قوى", "فريق", "تحالف", "تيار", "حركة", "ثورة", "انتفاضة", "تجمع", "جبهة")

# "اليوم" is not the publication day after these words ("حتى اليوم" = until now) …
TODAY_NOT_AFTER = ("حتى", "إلى", "لغاية", "منذ", "ذات", "نفس", "هذا", "ذلك", "أخبار", "مثل")
# … nor before these ("اليوم التالي", "اليوم العالمي للطفل", "اليوم الأول من الهجوم", "اليوم السابع").
TODAY_NOT_BEFORE = (
    "التالي", "العالمي", "الدولي", "الوطني", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
    "السابع", "الثامن", "التاسع", "العاشر", "الأخير",
    "نفسه", "ذاته", "السابق", "الذي", "الذى", "الموعود", "المحدد",
)

# "اليوم" in the name of an outlet is no day. A word for a medium or for one of its people, in the
# construct state (no article), makes "اليوم" after it a name: "قناة اليوم", "صحيفة اليوم", "لقناة اليوم",
# "مراسل اليوم" (the correspondent of al-Youm; "القناة اليوم" would be "the channel, today"); so does
# one of them before a name quoted whole that ends with it ("قناة "روسيا اليوم"", 'مراسل "حلب اليوم"'), or
# before a name of one word without the article and "اليوم" told as a label ("مراسل حلب اليوم: سقوط
# 3 قذائف"). "لـ" is the "to" of a paper told something, written apart ('قال في تصريح لـ"اليوم"').
OUTLET_WORDS = (
    "قناة", "فضائية", "تلفزيون", "إذاعة", "راديو", "صحيفة", "جريدة", "مجلة", "موقع", "وكالة", "شبكة",
    "مراسل", "مراسلة", "مراسلو", "مراسلي", "مندوب", "محرر", "لـ",
)

# Part-of-day words -> time_of_day. CONSTRUCT forms lean on a following date ("فجر الخميس") and
# alone mean nothing certain ("فجّر" = detonated, "ظهر" = appeared, "عصر" = era); ADVERB forms stand
# alone ("صباحاً", "بعد الظهر", "منتصف الليل").
TOD_CONSTRUCT: dict[str, str] = {
    "فجر": "dawn", "صباح": "morning", "صبيحة": "morning", "ظهر": "noon", "ظهيرة": "noon", "بعد ظهر": "afternoon",
    "عصر": "afternoon", "مساء": "evening", "ليل": "night", "ليلة": "night",
    "منتصف ليل": "night", "منتصف ليلة": "night", "بعد منتصف ليل": "night", "بعد منتصف ليلة": "night",
}
TOD_ADVERB: dict[str, str] = {
    "فجرا": "dawn", "الفجر": "dawn", "قبيل الفجر": "dawn",
    "صباحا": "morning", "الصباح": "morning",
    "ظهرا": "noon", "الظهر": "noon", "الظهيرة": "noon",
    "بعد الظهر": "afternoon", "عصرا": "afternoon", "العصر": "afternoon",
    "مساء": "evening", "مساءا": "evening", "المساء": "evening",
    "ليلا": "night", "الليل": "night", "الليلة": "night", "منتصف الليل": "night", "بعد منتصف الليل": "night",
}
# The hours after a midnight ("بعد منتصف الليل" with no day of its own) end the night that began the
# evening before: a night is dated by the evening it starts (SCHEMA), so the act's day is the one
# before the day it is told of.
PAST_MIDNIGHT = ("بعد منتصف الليل", "منذ منتصف الليل")
# Only "مساء" is safe alone among the construct forms (it is also the adverb "مساءً").
TOD_CONSTRUCT_ALONE_OK = frozenset({"مساء"})

# Beside a clock hour a part-of-day word counts only when the hour (as written, 12-hour reading)
# falls in its range, so "الساعة 3 مساءً" (15:00, really afternoon) gives no part of day while
# "الساعة 9 مساءً" gives evening. Ranges follow Levantine usage; evening starts at 5 because winter
# reports call 17:00 "مساءً".
TOD_HOURS: dict[str, frozenset[int]] = {
    "dawn": frozenset({3, 4, 5, 6}),
    "morning": frozenset({5, 6, 7, 8, 9, 10, 11}),
    "noon": frozenset({11, 12, 1, 2}),
    "afternoon": frozenset({1, 2, 3, 4, 5}),
    "evening": frozenset({5, 6, 7, 8, 9, 10, 11}),
    "night": frozenset({8, 9, 10, 11, 12, 1, 2, 3, 4}),
}
# Hours written as words ("الساعة الثالثة فجراً").
HOUR_WORDS: dict[str, int] = {
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
    "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الثانية عشرة": 12,
}

# "مطلع / أوائل / منتصف / أواخر / نهاية" of a span: the span keeps its own first day and precision.
# So does a season of a year ("بدأت المعارك في حلب في صيف 2012"): that year, as far as a day goes.
SPAN_WORDS = ("مطلع", "أوائل", "بداية", "بدايات", "مستهل", "منتصف", "أواسط", "أواخر", "نهاية", "أخر", "آخر",
              "صيف", "ربيع", "خريف", "شتاء")

# A day after these words is when something is to start or has started to run ("هدنة يومية اعتبارا من
# الثلاثاء", "ابتداء من السبت 14 ابريل", "بدءا من اليوم"): the start of a period, no day of an act.
ONWARD_FROM = ("اعتبارا من", "ابتداء من", "بدءا من", "بدء من")
