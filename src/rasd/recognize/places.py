"""Place phrases in Arabic news: "بلدة بقرص بريف دير الزور الشرقي", "على بعد 5 كلم غرب مدينة الطبقة".

``find_places(nt)`` reads the folded text and returns :class:`~rasd.model.PlaceMention` objects in
original offsets, in text order, without overlaps. What it recognizes:

- a place word and the name after it: بلدة/قرية/مدينة/حي/مخيم/منطقة/ناحية/بادية/مزرعة/محافظة X, and the
  dual/plural forms with several names ("قريتي الكبر والجزرة", "مدينتي الرقة والطبقة");
- names in brackets or quotes, or hashtags, after a place word ("قرية (كنصفرة)", 'بلدة "سرمين"', "مدينة #جرابلس");
- facilities named with their word (سد تشرين، مطار الطبقة العسكري، معبر باب الهوى), but not a facility word
  with an indefinite adjective, which is a kind of facility ("مستشفى عسكري", "معبر حدودي");
- "ريف X الشرقي" / "الريف الغربي لدير الزور" (``feature="countryside"``, ``direction``);
- "شرقي X", "شمال غرب مدينة X" (``direction``) and "على بعد N كلم غرب مدينة X" (``distance_km``);
- with a gazetteer, bare names: countries, governorates, Syrian and Iraqi cities and towns, and large
  cities abroad after a preposition or clitic ("في دوما", "بإدلب", "لدير الزور", and countries,
  governorates, cities and towns of 40,000 people anywhere: "وظلت عفرين تتعرض للقصف"); villages
  only after a separate preposition ("في مريمين", "على مشارف", "تخوم") or a naming phrase ("المعروفة
  باسم"، "المسماة"); a Syrian or Iraqi town tagged ("#دارةعزة") as after a clitic. A stop-list of
  common words that are also place names (الباب، الثورة، كان، صور ...) is never taken bare, nor is a
  place's name that is a man's too before his surname and role ("على صلاح الدين دمرداش زعيم الحزب"),
  nor a word news text gives the article as often as not (``lang/ar/common_words.tsv``: "في سلوك
  الأطفال", and after a place word as its adjective, "منطقة نفطية").

After a name, a following qualifier becomes its ``context`` and extends the mention's span:
"X بريف دير الزور الشرقي", "X الواقعة على بعد 5 كلم غرب مدينة الطبقة", "حي X في مدينة Y", and a qualifier's own plain qualifier
becomes its ``outer`` ("قرية بينه التابعة لناحية شيراوا في عفرين": which Shirawa, or where when the
gazetteer has none at home); a nationality
adjective ends an unknown name and gives its country ("مدينة ليغ البلجيكية": ليغ in بلجيكا). Then
``direction``/``distance_km`` say where X lies relative to the context (the resolver falls back on
them when X itself is unknown); without a context they are relative to the name.

``name`` is the name as written in the original text, without place word or clitics (but for a capital
told by its title and its country's adjective, "العاصمة السورية": the city's name, دمشق). Pass
``gazetteer=None`` for the gazetteer-free mode (place-word phrases only, names cut by rule).
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, replace
from importlib import resources

import regex

from rasd.geo.gazetteer import Gazetteer, arabic_key, default_gazetteer, is_arabic, km, loose_key, takes_name
from rasd.lang.ar.context_words import (
    CAPITALS_BY_ADJECTIVE,
    RESULT_VERBS,
    SHARE_HEDGES,
    SHARE_MUNITIONS,
    WAGING_VERBS,
)
from rasd.lang.ar.numerals import TENS, UNITS
from rasd.model import PlaceMention
from rasd.recognize.actors import _plain
from rasd.recognize.events import CUE_WORDS
from rasd.text.normalize import NormText, fold
from rasd.text.segment import NEWLINE, has_unlike, tokens

# --- words (written plainly, folded once below) ---------------------------------------------------

# place word -> (feature, takes several names)
_TRIGGERS_RAW = {
    "بلدة": ("town", False), "بلدات": ("town", True), "بلدتي": ("town", True),
    "قرية": ("village", False), "قرى": ("village", True), "قريتي": ("village", True),
    "مدينة": ("city", False), "مدن": ("city", True), "مدينتي": ("city", True),
    "حي": ("neighbourhood", False), "أحياء": ("neighbourhood", True), "حيي": ("neighbourhood", True),
    "مخيم": ("camp", False), "مخيمات": ("camp", True), "مخيمي": ("camp", True),
    "منطقة": ("area", False), "مناطق": ("area", True), "منطقتي": ("area", True),
    "ناحية": ("subdistrict", False), "ناحيتي": ("subdistrict", True),
    "محافظة": ("governorate", False), "محافظتي": ("governorate", True), "محافظات": ("governorate", True),
    "قضاء": ("district", False),
    "بادية": ("desert", False),
    "مزرعة": ("farm", False), "مزارع": ("farm", True),
    "ضواحي": ("outskirts", False), "ضاحية": ("outskirts", False),
    "جبهة": ("area", False), "محور": ("area", False), "محاور": ("area", True), "جبهات": ("area", True),
    "مرتفعات": ("area", False), "أراضي": ("area", False), "اراضي": ("area", False),
    "مديرية": ("district", False),  # a Yemeni district ("مديرية حيس"), or an office ("مديرية الصحة"): see VAGUE_WORDS
    "مساكن": ("neighbourhood", False),  # housing ("منطقة مساكن جلين"), or a name's first word ("مساكن هنانو")
}
# Place words misspelt as a common word ("على مدنية دارة عزة": "مدنية", civil, for "مدينة"): read as
# the place word only right before the name of a Syrian or Iraqi town or city (see _Finder.misspelt_place).
_MISSPELT_TRIGGERS_RAW = {"مدنية": "city"}
# A sector of the front ("قطاع عبلة شرق مدينة الباب"), or of an economy or a service ("قطاع الصناعة",
# "قطاع كبير من الناخبين"): read as a place word only before a Syrian or Iraqi name without the article
# that a qualifier follows (see _Finder.sector_place).
_SECTOR_WORDS_RAW = ("قطاع", "بقطاع", "وقطاع", "لقطاع")
# A street named after a city ("شارع بغداد" in Damascus) is in another town: the name after the word is
# no place of its own.
_STREET_WORDS_RAW = ("شارع", "بشارع", "وشارع", "لشارع", "فشارع", "جادة", "بجادة")
# Two streets: both names ("على شارعي الثورة وبغداد في دمشق").
_STREET_DUALS_RAW = ("شارعي", "بشارعي", "وشارعي", "لشارعي")
# Names after "منطقة" that are no place: a kind of zone ("منطقة خفض التصعيد بإدلب" is Idlib's governorate).
_NOT_NAMES_RAW = ("خفض التصعيد", "خفض التوتر", "تخفيف التصعيد", "خفض التصعيد الرابعة",
                  # "جبهة القتال", "جبهات المعارك": the front of the fighting (an Iraqi village is called القتال)
                  "القتال", "المعارك", "المعركة", "الاشتباكات", "المواجهات", "الحرب", "الصراع",
                  # "منطقة الطريق الجديدة في بيروت": a road's name, not a village called الطريق
                  "الطريق")
_COMMAS = frozenset("،,")  # (a comma token)
# A direction alone, cut off the name it is part of ("منطقتي الشيشان وشمال القوقاز"): no name.
_BARE_DIRECTIONS_RAW = ("شمال", "جنوب", "شرق", "غرب")
# Parties to the war after a place word: "أحياء المعارضة", "مناطق النظام" are held by them, not named
# after them (the gazetteer knows Iraqi villages called المعارضة and النظام): no name.
_PARTIES_RAW = ("المعارضة", "النظام", "الفصائل", "الثوار", "التنظيم", "الحكومة", "المسلحين", "المتمردين")
# Indefinite adjectives that say what kind of place a place word is ("منطقة حربية" is a war zone,
# "منطقة سكنية" a residential area), though the gazetteer knows villages named with their definite form
# (الحربية): no name. The definite form after a place word is still the village.
_INDEFINITE_ADJ_RAW = ("حربية", "عسكرية", "سكنية", "صناعية", "زراعية", "حدودية", "آمنة", "امنة", "نائية", "عازلة",
                       "مدنية", "مأهولة", "ماهولة", "مفتوحة", "مغلقة", "خطرة", "ساخنة", "جبلية", "صحراوية", "محررة",
                       "محاصرة", "منكوبة", "مكتظة", "قريبة", "بعيدة", "مجاورة", "واسعة", "قتالية", "تجارية",
                       "تابعة", "تابع", "تابعين", "خاضعة", "واقعة",  # "مناطق تابعة لمدينة عفرين": whose, not which
                       "محدودة", "متفرقة", "مختلفة", "متعددة", "عديدة", "عدة", "كثيرة", "أخرى", "اخرى",  # "مناطق محدودة في محافظة درعا"
                       # how much it matters: "سيطروا على بلدات رئيسية شمال شرقي درعا"
                       "رئيسية", "رئيسي", "استراتيجية", "إستراتيجية", "استراتيجي", "إستراتيجي", "مهمة", "أساسية",
                       "حيوية", "كبرى",
                       # who lives there: "أربع بلدات شيعية محاصرة", "قرى كردية"
                       "شيعية", "سنية", "علوية", "درزية", "مسيحية", "كردية", "عربية", "تركمانية", "آشورية",
                       "ايزيدية", "إيزيدية", "سريانية",
                       # and the masculine, after "حي" or "مخيم": "حي شعبي في وسط مدينة حلب" (a working-class quarter)
                       "شعبي", "سكني", "صناعي", "تجاري", "عسكري", "مكتظ", "مجاور", "محاصر", "عشوائي", "مأهول", "ماهول")
# Names after "جبهة" that are armed groups, not front lines ("جبهة النصرة في ريف حلب" is a group in a
# place): no place, and what follows is read on its own.
_GROUP_FRONTS_RAW = ("النصرة", "فتح الشام", "تحرير الشام", "تحرير سوريا", "ثوار سوريا", "ثوار الرقة", "الإنقاذ",
                     "الانقاذ", "التحرير", "الوطنية للتحرير", "أنصار الدين", "انصار الدين", "الأكراد", "الاكراد",
                     "النضال", "أهل الشام", "اهل الشام", "الأصالة والتنمية", "الاصالة والتنمية")
# Place words that also head names of their own: a gazetteer name that starts with one is taken whole.
_NAMING_TRIGGERS_RAW = ("مساكن",)
# Place words that are as often something else: their name must be known, or qualified by a place.
_VAGUE_WORDS_RAW = ("مديرية", "مساكن")
# What an office is in charge of, after "مديرية": "مديرية أمن أضنة", "مديرية صحة إدلب" are offices of
# the town named after them, not places of their own.
_OFFICE_OF_RAW = ("أمن", "الأمن", "صحة", "الصحة", "تربية", "التربية", "زراعة", "الزراعة", "الأغذية", "شرطة",
                  "الشرطة", "إعلام", "الإعلام", "أوقاف", "الأوقاف", "المالية", "مالية", "الدفاع", "الخدمات",
                  "النقل", "الكهرباء", "المياه", "مياه", "التموين", "الجوازات", "الهجرة")
# Facilities: the word is part of the name (سد تشرين), and a town named inside it is its context.
_FACILITIES_RAW = {
    "سد": "dam", "مطار": "airport", "معبر": "crossing", "مشفى": "hospital", "مستشفى": "hospital",
    "محطة": "station", "معمل": "factory", "مجمع": "complex", "سجن": "prison", "قاعدة": "base",
    "حقل": "oilfield", "فوج": "base", "كتيبة": "base", "دوار": "roundabout", "جامعة": "university",
}
# Buildings a place list may go on to, each a phrase of its own, though villages bear some of their
# names ("أحياء مدينة إدلب، ومدرسة صلاح الدين والسوق"): with the facilities, they end a list of names.
_BUILDINGS_RAW = ("مدرسة", "مدارس", "مسجد", "جامع", "سوق", "ساحة", "شارع", "منزل", "منازل", "مبنى", "مقر",
                  "مركز", "محل", "محال", "مخبز", "فرن", "كنيسة", "مستوصف")
# Words that head a name and stay in it when the name is not in the gazetteer (تل أبيض، عين العرب ...).
_NAME_HEADS_RAW = (
    "أبو", "ابو", "أم", "ام", "تل", "تلة", "عين", "دير", "كفر", "خربة", "بيت", "جسر", "رأس", "بئر", "بير", "حاوي",
    "حوايج", "قصر", "معرة", "معارة", "جبل", "وادي", "سهل", "عرب", "البو", "شيخ", "الشيخ", "بني", "بنات", "جب",
    "قلعة", "برج", "باب", "حمام", "نبع", "مرج", "كرم", "خان", "بستان", "تلول", "ذات", "مشيرفة", "جديدة", "حزم",
    "رسم", "طريق", "ساحة", "شارع", "سوق",
)
_DIRECTIONS_RAW = {
    "شرق": "east", "شرقي": "east", "غرب": "west", "غربي": "west", "شمال": "north", "شمالي": "north",
    "جنوب": "south", "جنوبي": "south",
}
_DIRECTION_ADJ_RAW = {
    "الشرقي": "east", "الشرقية": "east", "الغربي": "west", "الغربية": "west", "الشمالي": "north",
    "الشمالية": "north", "الجنوبي": "south", "الجنوبية": "south",
}
# Words that end a name: prepositions, relatives, time words, qualifiers ("الواقعة", "التابعة").
_STOP_RAW = (
    "في", "من", "إلى", "الى", "على", "عن", "مع", "ضد", "عند", "بين", "حتى", "منذ", "خلال", "بعد", "قبل", "حيث", "التي",
    "الذي", "الذين", "و", "أو", "او", "ثم", "قد", "لم", "لا", "ما", "أن", "ان", "إن", "كما", "الواقعة", "الواقع",
    "التابعة", "التابع", "القريبة", "القريب", "المجاورة", "المحاذية", "المحاذي", "قرب", "بالقرب", "نحو", "باتجاه", "ضمن",
    "داخل", "خارج", "أطراف", "اطراف", "محيط", "ريف", "بريف", "وريف", "اليوم", "أمس", "امس", "صباح", "مساء", "فجر",
    "ليل", "ليلة", "ظهر", "عصر", "يوم", "الساعة", "إثر", "اثر", "بسبب", "جراء", "وسط", "حين", "عندما", "بينما",
    "الخاضعة", "الخاضع", "المحاصرة", "المحررة", "الحدودية", "الحدودي", "المحتلة", "الخاضعتين", "الواقعتين",
    "الاستراتيجية", "النفطي", "نفسها", "ذاتها", "أيضا", "ايضا", "هذه", "هذا", "تلك", "ذلك", "كل", "جميع", "أحد",
    "عدة", "عدد", "بعض", "آخر", "اخر", "أخرى", "اخرى", "الأخرى", "الاخرى", "المذكورة", "السابق", "الماضي", "الحالي",
    "شرقي", "غربي", "شمالي", "جنوبي", "بلدة", "قرية", "مدينة", "حي", "مخيم", "منطقة", "ناحية", "محافظة",
    "بالريف", "والريف", "الريف", "لدى", "متفرقة", "مختلفة", "متعددة", "عديدة", "واسعة", "مجاورة", "محيطة", "قريبة", "البلدة", "المدينة", "القرية", "المنطقة", "الناحية", "المحافظة", "المخيم", "لصالح", "تحت", "فوق", "أمام", "امام", "خلف", "قرابة", "حوالي", "نحو",
    # verbs that tell where places lie or what befell them ("قرى تقع على أطراف السويداء")
    "تقع", "يقع", "تتبع", "يتبع", "تبعد", "يبعد", "تعرضت", "تتعرض", "يتعرض", "تشهد", "يشهد", "شهدت", "تضم", "يضم",
    # ... or who holds them ("على قرية يسيطر عليها تنظيم داعش")
    "يسيطر", "تسيطر", "يسيطرون", "سيطر", "سيطرت",
)
# Function words that are never a name, bare or with "و"/"ف" in front ("وفي"، "فمن"، "وفيما"): they end
# a name and a list of names ("محافظتي الرقة ودير الزور، وفي التفاصيل"), even where the gazetteer has
# a namesake (وفي is Alofi's Arabic name).
_FUNCTION_RAW = (
    "في", "فيه", "فيها", "فيهم", "من", "منه", "منها", "منهم", "على", "عليه", "عليها", "عليهم", "إلى", "الى",
    "إليه", "اليه", "إليها", "اليها", "عن", "عنه", "عنها", "مع", "معه", "معها", "بين", "بينها", "بينهم", "ما",
    "لا", "لم", "لن", "قد", "كما", "فيما", "بينما", "مما", "عما", "بما", "لما", "حيث", "ثم", "أن", "ان", "إن",
    "أنه", "انه", "أنها", "انها", "إنه", "منذ", "حتى", "عند", "عندما", "بعد", "بعدما", "قبل", "خلال", "التي",
    "الذي", "الذين", "هذا", "هذه", "ذلك", "تلك", "هناك", "هنا", "كذلك", "لذلك", "بذلك", "كان", "كانت", "كانوا",
    "لكن", "لكنه", "لدى", "أيضا", "ايضا", "إذ", "اذ", "إذا", "اذا", "أما", "اما", "إما", "أي", "اي", "هو", "هي",
    "هم", "له", "لها", "لهم", "به", "بها", "بهم", "وفق", "عبر", "لقد", "إثر", "اثر",
    # words of circumstance right after a place ("قرية كفرجنة دون وقوع إصابات", "ردا على هجوم")
    "دون", "بدون", "ردا", "انتقاما", "رغم", "عقب", "جراء", "نتيجة", "بسبب", "وسط", "ضمن",
    # verbs spelt like a place without its article: "تبنى التنظيم" is not the village التبني
    "تبنى", "تبنت",
)
# Words of their own that read as a clitic and a city's name: never split ("اقتحم بجرار مفخخ باكرا
# صباح اليوم" is early, not in Accra; "مجلة فورين بوليسي" is no Ilorin; "جماعة بوكو حرام").
_UNSPLIT_RAW = ("باكرا", "فورين", "بوكو")
# Qualifiers that let a context phrase follow a name: "X الواقعة في ...", "X التابعة لـ ...".
_LINKERS_RAW = ("الواقعة", "الواقع", "التابعة", "التابع", "القريبة", "القريب", "المحاذية", "المحاذي",
                "المجاورة", "الواقعتين", "التابعتين")
# Words that make the place after them the context of the name before them: "الغوطة الشرقية قرب دمشق",
# "X بالقرب من مدينة Y", "X في محيط Y", "X بضواحي Y", "X وسط Y" (longest first).
_NEAR_RAW = ("بالقرب من", "على مقربة من", "في محيط", "في ضواحي", "في أطراف", "في اطراف", "على أطراف",
             "على اطراف", "قريبا من", "في وسط", "قرب", "بمحيط", "محيط", "ضواحي", "بضواحي", "أطراف", "اطراف", "بأطراف",
             "باطراف", "وسط", "بوسط", "في")
# Facility adjectives kept in the facility's name ("مطار البصرة الدولي").
_FACILITY_ADJ_RAW = ("الدولي", "العسكري", "الزراعي", "الوطني", "المدني", "الحربي", "النفطي", "الحراري",
                     "الكبير", "المركزي", "العام", "الحدودي")
# Prepositions after which a bare gazetteer name is taken as a place ("في دوما", "قرب الميادين").
_PREPOSITIONS_RAW = ("في", "من", "إلى", "الى", "قرب", "نحو", "باتجاه", "داخل", "عند", "حول", "بين", "على",
                     "وفي", "ومن", "والى", "وإلى", "وقرب", "بمحيط", "محيط", "أطراف", "اطراف", "بأطراف", "باطراف",
                     "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "تجاه", "مدخل", "أرياف",
                     "مجزرة", "مجازر", "أهالي", "اهالي", "سكان", "مداخل", "مخرج", "مخارج",
                     "مشارف", "بمشارف", "تخوم", "بتخوم")  # "على مشارف الغوطة الشرقية"
# Common words that are also names in the gazetteer: never taken as a bare place (a place word in
# front still works: "مدينة الباب"). Found by listing the gazetteer hits among frequent words of news
# text; extend it when a new false place shows up.
_BARE_STOP_RAW = (
    "موصول",  # "إن الشكر موصول لكافة الأجهزة": continued, not a spelling of Mosul
    "الباب", "التل", "الثورة", "السلام", "النصر", "الحرية", "الوحدة", "الشيخ", "الإمام", "الرئيس", "الجيش",
    "المدينة", "البلدة", "القرية", "المنطقة", "الحي", "المخيم", "الدولة", "الحكومة", "الشام", "القصر", "المعارضة",
    "الجزيرة", "الفرات", "النهر", "البحر", "الجبل", "الوادي", "السهل", "البادية", "الريف", "الحدود", "المعبر",
    "المطار", "الطريق", "السوق", "الضاحية", "الجامع", "المسجد", "المدرسة", "المشفى", "المستشفى", "الساحة", "الشارع", "البيت",
    "المنزل", "العين", "الرأس", "القلعة", "البرج", "السجن", "المركز", "المحطة", "المعمل", "الشركة", "الحقل",
    "الصناعة", "الزراعة", "التجارة", "العمل", "الأمن", "الامن", "الشرطة", "الجمعة", "السبت", "الأحد", "الاحد",
    "الاثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "أمس", "امس", "اليوم", "الغد", "الليل", "النهار",
    "الصباح", "المساء", "الفجر", "الظهر", "العصر", "الإسلام", "الاسلام", "الإسلامية", "الاسلامية", "العرب", "الكرد",
    "الأكراد", "الاكراد", "التركمان", "العشائر", "الشعب", "الأهالي", "الاهالي", "المدنيين", "الأطفال", "النساء",
    "الرجال", "الشباب", "الشهداء", "القتلى", "الجرحى", "الضحايا", "العائلة", "الأسرة", "البشر", "الناس", "الخير",
    "الحق", "العدل", "الفتح", "النور", "الأمل", "الامل", "الكرامة", "العزة", "الشهيد", "الشهداء", "الرحمة", "السلامة",
    "الصحة", "التربية", "الثقافة", "الحرب", "الحروب", "المعركة", "المعارك", "الاشتباكات", "الهجوم", "القصف", "الغارة",
    "الغارات", "الطيران", "الطائرات", "القوات", "الفصائل", "المقاتلين", "العناصر", "الجنود", "التحالف", "التنظيم",
    "الأسد", "الاسد", "بشار", "حافظ", "محمد", "أحمد", "احمد", "علي", "حسن", "حسين", "عمر", "خالد", "عمار", "أنس",
    "مصطفى", "إبراهيم", "ابراهيم", "يوسف", "موسى", "عيسى", "سليمان", "عثمان", "عباس", "جعفر", "صالح", "سعيد",
    "الحاج", "السيد", "الدكتور", "المهندس", "الأستاذ", "الشيخة", "الأمير", "الملك", "الوزير", "القائد", "العقيد",
    "اللواء", "العميد", "الرائد", "النقيب", "الملازم", "الفريق", "المقدم", "الوطن", "الوطني", "الوطنية", "العربي",
    "العربية", "السوري", "العراقي", "العراقية", "الكردي", "الكردية", "التركي", "التركية", "الروسي",
    "الروسية", "الأمريكي", "الأمريكية", "الدولي", "الدولية", "المحلي", "المحلية", "الجديد", "الجديدة", "القديم",
    "القديمة", "الكبير", "الكبيرة", "الصغير", "الصغيرة", "الأول", "الاول", "الثاني", "الثالث", "الرابع", "الخامس",
    "الأخير", "الاخير", "الأخيرة", "الاخيرة", "الماضي", "الحالي", "المقبل", "القادم", "العام", "الشهر", "الأسبوع",
    "الاسبوع", "الساعة", "الوقت", "الموقع", "المكان", "الجهة", "الجانب", "الطرف", "الضفة", "الضفاف", "الشاطئ",
    "الساحل", "الداخل", "الخارج", "الوسط", "المركز", "الأطراف", "الاطراف", "المحيط", "الجوار", "الطرفين",
    "الأرض", "الارض", "السماء", "الماء", "المياه", "النفط", "الغاز", "الكهرباء", "الخبز", "الطعام", "الدواء",
    "السلاح", "الأسلحة", "الاسلحة", "الذخيرة", "السيارة", "السيارات", "الدراجة", "الباص", "الحافلة", "الشاحنة",
    "حماة الديار", "مصر", "جامع", "مسجد", "عشيرة", "قبيلة", "أهل", "اهل", "بيت", "دار", "منزل", "شارع",
    "الشعيطات", "البكارة", "العقيدات", "الجبور", "طي", "شمر", "عنزة", "الفواعرة",
    "الغرب", "الشرق", "الشمال", "الجنوب", "العالم", "أوروبا", "اوروبا", "الخليج", "المنطقة", "الإقليم", "الاقليم",
    "النظام", "داعش", "قسد", "الحشد", "النصرة", "الهيئة", "بلاد الشام",
    "الجمعية", "المجلس", "الجامعة", "الكنيسة",  # institutions: "في الجمعية الوطنية" is no village
    # common words that are also names of villages or of cities abroad
    "كان", "جروح", "يان", "صور", "جميل", "وقف", "أكثر", "اكثر", "زاوية", "انه", "أنه", "حصار", "هوية", "عبور",
    "اللوم",  # "ألقى باللوم على روسيا" (the blame) is no Lomé
    "شرية", "بيضاء", "بيضا", "حياة", "خبر", "بحري", "سنة", "جنة", "منزلة", "عاصمة", "هدف", "تلك", "مجلس",
    "دخول", "خمس", "فور", "مشافي", "سلطات", "قرى", "وين", "بيرة", "بير", "بئر", "اسقاط", "إسقاط", "واسطة", "عودة",
    "ندا", "يوميا", "تحرير", "الم", "ألم", "سلسلة", "صدر", "ناحية", "ديك", "فيديو", "مينا", "إدارة", "ادارة",
    "قمة", "جرا", "سان", "دورة", "معسكر", "انا", "أنا", "كاين", "حلول", "حزيران", "أبيض", "ابيض", "غربي", "شرقي",
    "لاجي", "مان", "عيش", "مقتلة", "تلة", "سالم", "أبا", "ابا", "تموز", "آذار", "اذار", "عشرين", "حالات", "عبادي",
    "لأول", "لاول", "وقوف", "مشهد", "صورة", "أهداف", "اهداف", "حمد", "إشارة", "اشارة", "رياض", "قناة", "جماعة",
    "كنا", "سويد", "كنه", "بني", "بركة", "طيبة", "عدالة", "دوري", "طراز", "شبكة", "مطلع", "توتر", "مهربين",
    "صراع", "بيبي", "سرايا", "يشير", "قصور", "رسالة", "مشروع", "عالية", "دخان", "قلب", "قتال", "أبرز", "ابرز",
    "مديرية", "خرج", "مزيد", "هام", "دوار", "مستوى", "مقبرة", "منهل", "ورد", "قنص", "رابط", "حديقة", "بداية",
    "جين", "متن", "متنه", "متنها", "متنهم", "مجموعة", "جدية", "ملاجئ", "سبعة", "شدة", "تحت", "قضية", "درع", "سيطرة", "داخلة", "عرا",
    "مساعدة", "أخلاء", "اخلاء", "ثمانية", "مرحلة", "ماري", "اجين", "ريا", "عنب", "مشارف", "أمان", "امان",
    "رانس", "ينا", "عبد", "سلام", "نور", "ايدن", "بلا", "أبي", "ابي", "بحيرة", "لاجئين", "اللاجئين",
    "بدا", "كيف", "انيا", "ربك", "فينة", "عنه", "منه", "بلد", "بارة", "بلدية", "لسان", "عدوان", "زيارة", "بيرا",
    "كانون", "شباط", "نيسان", "أيار", "ايار", "آب", "اب", "أيلول", "ايلول", "تشرين", "حمام", "حرية", "كرامة",
    "عمره", "لازم", "بما", "نفوذ", "سيطرة", "إدارة", "الإدارة", "إحياء", "احياء", "مدارس", "واقعة",
    "جهاد", "علم", "زمان", "خيال", "جملة", "قنوات", "صدام", "شواهد", "سكر", "درك", "حكمة", "حكمه", "رابعة", "سرت",
    "نخبة", "مقسم", "خالص", "بروك", "سفيرة", "بولو", "اراك", "أراك", "كتيبة", "سليماني", "معمل", "مدرسة",
    "مصرع", "مقتل", "أسر", "اسر", "مدخل", "مخرج", "مخارج", "مداخل",
    # frequent resolved bare names of the shared eval texts that were common words (a scan of find_places
    # over ../shared/eval/*/documents.jsonl): "المالي" is not Mali, "في سبيل" not a village
    "مالي", "هند", "الهندية", "طارق", "بوتان", "كمين", "سبيل", "دور", "دير", "عيون", "مزار", "كرسي", "خيام",
    "كورونا", "القرآن", "السحور", "بليون", "أحرار", "احرار", "جمهورية", "كنيسة", "خراب", "استقلال", "مزرعة",
    "صدد", "حيرة", "قوم", "الحمار", "عدنان", "البغدادي", "سلط", "الطيب", "الحمزة",
    # ... and of ANT's output (2026-12-01): "مجزرة وحشية", "بهزة أرضية", "وفي خطاب", "الهلال الأحمر",
    # "من المرات النادرة", "والآراء الواردة", "صار لزاما", "تسبب بحركة نزوح", "قرب حسينية", "فورن بوليسي"
    "وحشية", "خازوق", "هزة", "الآراء", "آراء", "لزاما", "زاما", "خطاب", "المرات", "الهلال", "ورن", "بحركة",
    "حسينية", "هضبة", "الطريق", "كبار", "المقام",  # "من كبار قادة التنظيم", "في المقام الأول"
    "مغارة", "العاصمة",  # "اختبأ في مغارة في حمص"; "في العاصمة" alone names no place (which capital?)
    "زيادة", "النشاط", "نشاط",  # "زيادة في النشاط": an increase in activity
    # ... and of SaudiNewsNet's (2015): "في ثاني جمعة من رمضان", "طالبان الأفغان", "تصب في مصلحة الجيش",
    # "إلى درجة", "معامل تصنيع", "في ميدان المعركة", "بيد من حديد", "في أرجل الماعز", "المزارع المحيطة";
    # "كردستان" alone is a region of Iraq or of Iran, not the Sulaymaniyah village of that name
    "رمضان", "طالبان", "مصلحة", "درجة", "معامل", "ميدان", "حديد", "أرجل", "المزارع", "بساتين", "كردستان",
    # ... "وعدد من شيوخ العشائر" (elders), "مجلس الشيوخ" (the senate)
    "شيوخ",
    "الفائدة", "فائدة",  # "لن يعود بالفائدة سوى على تنظيمي داعش والقاعدة": the benefit
    # sects, as adjectives or nouns ("القيادات الشيعية والسنية"), and "ظاهرة" (a phenomenon: "تحول الأمر إلى
    # ظاهرة"), before they are villages
    "السنية", "الشيعية", "العلوية", "الدرزية", "السنة", "الشيعة", "ظاهرة",
)
# Words the gazetteer knows as places that news text gives the article as often as not
# (lang/ar/common_words.tsv, built by scripts/build_common_words.py): a name without the article never
# takes it, so these are common words first ("في سلوك الأطفال": behaviour, not the town Suluk; "وعلماء
# الدين": scholars, not the town علما; "منطقة نفطية": an oil area). Folded, without clitics or article.
COMMON_WORDS = frozenset(
    line.split("\t", 1)[0]
    for line in resources.files("rasd.lang.ar").joinpath("common_words.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#"))
# Nouns with the pronoun "his" (ـه) that fold like a place's name in ة: "في حديثه للصحفيين" (in his
# talk) is not Haditha, nor "في سبيله" a village; written with ة (حديثة) they are the places. Read
# only when the text spells the last letter ه, bare (a place word in front still names the place).
_HIS_NOUNS_RAW = ("حديثه", "سبيله", "حوله", "عقبه", "حله", "ألوانه", "الوانه", "عليه", "قوله", "مقتله", "بدوره",
                  "منزله", "وحده", "دعمه", "خلفه", "خلاله", "بيانه", "حينه", "قراره", "عقده", "مكتبه", "شعبه",
                  "زميله", "سجله", "قبله", "تركه", "صوره", "دوره", "جمعه", "ابنه", "كونه", "وجده", "محله")
# Place words in the dual: "في قريتين جنوبي مدينة الشيخ زويد" is two villages, not Al-Qaryatayn
# (القريتين, which keeps its article).
_PLACE_DUALS_RAW = ("قريتين", "بلدتين", "مدينتين", "قريتان", "بلدتان", "مدينتان")
# First names: a bare "أحمد خلف" is a person before it is an Iraqi village.
_PERSON_FIRST_RAW = ("محمد", "أحمد", "احمد", "علي", "حسن", "حسين", "عبد", "خالد", "عمر", "عمار", "مصطفى", "إبراهيم",
                     "ابراهيم", "يوسف", "سليمان", "صالح", "سعيد", "جاسم", "حمد", "حمود", "محمود", "فاطمة", "عائشة")
# Names taken bare only after a preposition or clitic: a governorate that is also a person's name,
# big towns whose names are also words ("الوضع القائم", "مدى قصير", "الجبهة الشامية").
_DEMOTED_RAW = ("صلاح الدين", "القائم", "قاسم", "القصير", "الشامية", "نوى", "نوا", "ديانا",
               "السلمية",  # "مظاهرة سلمية", "المظاهرات السلمية", the chant "سلمية سلمية": peaceful
               "سورية")  # "في سورية" is Syria, as many outlets spell it; "قوات سورية", "الحكومة السورية": Syrian

_F = fold
TRIGGERS = {_F(k): v for k, v in _TRIGGERS_RAW.items()}
# The place words in the dual ("بلدتي"): two names follow, no more
DUAL_TRIGGERS = frozenset(_F(w) for w in ("بلدتي", "قريتي", "مدينتي", "حيي", "مخيمي", "منطقتي", "ناحيتي", "محافظتي"))
FACILITIES = {_F(k): v for k, v in _FACILITIES_RAW.items()}
BUILDINGS = frozenset(_F(w) for w in _BUILDINGS_RAW)
MISSPELT_TRIGGERS = {_F(k): v for k, v in _MISSPELT_TRIGGERS_RAW.items()}
SECTOR_WORDS = frozenset(map(_F, _SECTOR_WORDS_RAW))
STREET_WORDS = frozenset(map(_F, _STREET_WORDS_RAW))
STREET_DUALS = frozenset(map(_F, _STREET_DUALS_RAW))
# Numbers that follow a town's name in the names of local news outlets ("درعا 24", "الطبقة 24")
OUTLET_NUMBERS = frozenset(("24",))
NAME_HEADS = frozenset(_F(w) for w in _NAME_HEADS_RAW)
DIRECTIONS = {_F(k): v for k, v in _DIRECTIONS_RAW.items()}
DIRECTION_ADJ = {_F(k): v for k, v in _DIRECTION_ADJ_RAW.items()}
def _with_clitics(words: tuple[str, ...], clitics: tuple[str, ...]) -> frozenset[str]:
    """The folded *words*, bare and with each of *clitics* glued on."""
    return frozenset(c + _F(w) for w in words for c in ("", *clitics))


_WORD_CLITICS = ("و", "ف", "ب", "ل")  # the clitics a bare word may carry ("وحديثه", "بقريتين")
FUNCTION = _with_clitics(_FUNCTION_RAW, ("و", "ف"))
# "مقاطعة عفرين", the cantons of the Kurdish-led administration: read through to the town or region
# that names it (not a place word of its own: "مقاطعة الجزيرة" is no town called الجزيرة).
CANTON = frozenset({_F("مقاطعة")})
STOP = frozenset(_F(w) for w in _STOP_RAW) | frozenset(DIRECTION_ADJ) | FUNCTION | CANTON
HIS_NOUNS = _with_clitics(_HIS_NOUNS_RAW, _WORD_CLITICS)
PLACE_DUALS = _with_clitics(_PLACE_DUALS_RAW, _WORD_CLITICS)
NEAR = tuple(sorted((tuple(_F(w).split()) for w in _NEAR_RAW), key=len, reverse=True))
# Words after a name before a place word that makes its place the name's context ("حي X في مدينة Y",
# "منطقة X وسط قضاء Y"): one word, or a pair.
_AMID = _F("وسط")
_BEFORE_TRIGGER = frozenset(_F(w) for w in ("في", "قرب", "وسط"))
_BEFORE_TRIGGER_PAIRS = frozenset(tuple(_F(w).split()) for w in ("بالقرب من", "في وسط"))
NEAR_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(p for p in NEAR if p[0] == first) for first in {p[0] for p in NEAR}}  # longest first
LINKERS = frozenset(_F(w) for w in _LINKERS_RAW)
# Words after an unknown name that are not a second word of it ("قرية X التركية", "بلدة X المحاصرة")
NAME_STOP = frozenset(_F(w) for w in ("التركي", "التركية", "السوري", "السورية", "العراقي", "العراقية", "المحتلة",
                                      "المحررة", "المحاصرة", "الخاضعة", "الحدودية", "الآمنة", "الامنة"))
# Adjectives of the kind or state of place after a name: not part of it, and its context may follow
# them ("مديرية حيس الساحلية بمحافظة الحديدة" is حيس, in الحديدة; "الغوطة الشرقية المحاصرة قرب دمشق")
PLACE_KIND_ADJ = frozenset(_F(w) for w in ("الساحلية", "الساحلي", "الجبلية", "الجبلي", "الصحراوية", "الصحراوي",
                                           "النائية", "النائي", "الريفية", "الريفي", "المحاصرة", "المحاصر",
                                           "المحتلة", "المحتل", "المحررة", "المحرر", "المنكوبة", "المنكوب",
                                           "الرئيسية", "الرئيسي"))  # "بلدة جندريس الرئيسية"
NAME_STOP |= PLACE_KIND_ADJ
BORDER_ADJ = frozenset(_F(w) for w in ("الحدودية", "الحدودي"))  # "بلدة سروج الحدودية التركية"
FACILITY_ADJ = frozenset(_F(w) for w in _FACILITY_ADJ_RAW)
NAMING_TRIGGERS = frozenset(_F(w) for w in _NAMING_TRIGGERS_RAW)
VAGUE_WORDS = frozenset(_F(w) for w in _VAGUE_WORDS_RAW)
# "قرى X": the villages of a town, its countryside (`_Finder.villages_of`)
VILLAGES_OF = frozenset(_F(w) for w in ("قرى", "القرى"))
# Place words that name only places the gazetteer knows: "قضاء" is an Iraqi district (all of them are
# known) or the judiciary.
KNOWN_NAMES_ONLY = frozenset(_F(w) for w in ("قضاء",))
_AREA_FEATURES = frozenset({"admin1", "admin2", "admin3", "city", "town"})
OFFICE_OF = _with_clitics(_OFFICE_OF_RAW, ("و",))
NOT_NAMES = frozenset(arabic_key(w) for w in _NOT_NAMES_RAW)
BARE_DIRECTIONS = frozenset(arabic_key(w) for w in _BARE_DIRECTIONS_RAW)
# Titles and ranks before a person's name: "الرائد علي عجمي" is a man, and his surname no place.
_TITLES_BEFORE_NAME_RAW = ("الرائد", "العقيد", "اللواء", "العميد", "النقيب", "الملازم", "المقدم", "الفريق",
                           "العريف", "الرقيب", "الشيخ", "الحاج", "السيد", "الدكتور", "المهندس", "الأستاذ",
                           "القيادي", "المدعو", "الشهيد", "الطفل", "الشاب", "المواطن", "الناشط", "الصحفي")
TITLES_BEFORE_NAME = frozenset(_F(w) for w in _TITLES_BEFORE_NAME_RAW)
# A role told right after a person's name: "صلاح الدين دمرداش زعيم حزب الشعوب" is the politician (a
# name that is also a place's, DEMOTED, then his surname and his role), not Salah al-Din.
ROLES_AFTER_NAME = frozenset(_F(w) for w in (
    "زعيم", "الزعيم", "زعيمة", "الزعيمة", "رئيس", "الرئيس", "رئيسة", "الرئيسة", "قائد", "القائد", "القيادي",
    "نائب", "النائب", "وزير", "الوزير", "وزيرة", "الأمين", "الامين", "المتحدث", "الناطق", "عضو", "العضو",
    "مسؤول", "المسؤول", "زعيمه", "رئيسه"))
# Names that are common nouns before these words: "الطبقة الحاكمة" is the ruling class, not Tabqa.
_COMMON_BEFORE_RAW = {
    "الطبقة": ("الحاكمة", "السياسية", "الوسطى", "العاملة", "الفقيرة", "الثرية", "الغنية", "البورجوازية",
               "الأرستقراطية", "الأولى", "الثانية", "الثالثة", "العليا", "الدنيا"),
    "نصيب": ("من", "كبير", "وافر", "الأسد"),  # "للحصول على نصيب من غاز الخردل", "بنصيب كبير من": a share of
    # "في القارة الأفريقية": the continent, not the town Qarra
    "القارة": ("الأفريقية", "الافريقية", "الأوروبية", "الاوروبية", "الآسيوية", "الاسيوية", "الأمريكية",
               "الامريكية", "الأميركية", "الاميركية", "العجوز", "السمراء"),
    # "رجال الأمن حماة الوطن", "وقتل حماة الدين والوطن", "هم حماة للوطن": guardians, not the city Hama
    "حماة": ("الوطن", "للوطن", "الدين", "للدين", "الديار", "الأمن", "الامن", "العقيدة", "الحرمين", "الثغور",
             "الحدود", "الشريعة", "المقدسات"),
}
COMMON_BEFORE = {_F(k): frozenset(_F(w) for w in v) for k, v in _COMMON_BEFORE_RAW.items()}
# Words that never go on a village's one-word name, though plain words: what a sentence goes on to say
# of the place ("وسجلت مدينة حمورية أعلى حصيلة", "تعرضت بلدة كفرنبل مجددا", "شهدت قرية X عشرات الغارات").
NOT_A_SECOND_WORD = frozenset(_F(w) for w in (
    "أعلى", "أكبر", "أكثر", "أشد", "أعنف", "أقل", "أول", "أولى", "آخر", "أخرى", "حصيلة", "مجددا", "مجدداً",
    "مرة", "مرات", "عشرات", "مئات", "آلاف", "ألف", "مئة", "مائة"))
# Names that are adverbs after a verb that already has its object ("المنطقة التي يستهدفها دوما بغارات
# جوية", "كانت تدفعه دوما إلى": always), not the town ("هاجمت دوما", "بعد زيارته دوما").
ADVERB_NAMES = frozenset(_F(w) for w in ("دوما",))
INDEFINITE_ADJ = frozenset(_F(w) for w in _INDEFINITE_ADJ_RAW)
# Those a camp or a shelter is for, after a place word ("مخيمات اللاجئين الفلسطينيين", "مخيم النازحين"):
# what it holds, not its name (the gazetteer knows a village called اللاجئين).
_DWELLERS_RAW = ("اللاجئين", "النازحين", "المهجرين", "الفلسطينيين")
KIND_OR_PARTY = INDEFINITE_ADJ | frozenset(_F(w) for w in (*_PARTIES_RAW, *_DWELLERS_RAW))  # no name after a place word
KUNYA = frozenset(_F(w) for w in ("أبو", "أبي", "ابو", "ابي"))
GROUP_FRONTS = frozenset(arabic_key(w) for w in _GROUP_FRONTS_RAW)
_FRONT = _F("جبهة")
PREPOSITIONS = frozenset(_F(w) for w in _PREPOSITIONS_RAW)
# Verbs of attack whose object, a few words on past their subject, is a town as a preposition would
# name it ("قصفت قوات النظام سراقب", "استهدف الطيران الحربي كفرنبل"): a town stands bare there.
ATTACK_VERBS = frozenset(_F(p + w) for p in ("", "و", "ف") for w in (
    "قصفت", "قصفوا", "يقصف", "تقصف", "استهدف", "استهدفت", "استهدفوا", "يستهدف", "تستهدف", "هاجم",
    "هاجمت", "هاجموا", "يهاجم", "تهاجم", "دكت", "تدك", "يدك", "اقتحم", "اقتحمت", "اقتحموا"))
# (not "قصف" nor "دك", nouns as often: "دانت بشدة قصف الغوطة الشرقية")
OBJECT_REACH = 4  # words from such a verb to its object (the subject between)
# The first words of such a verb's subject: an armed force or its weapons ("قوات النظام", "الطيران
# الحربي", "مدفعية الجيش"). Any other word there is more likely the object itself ("اقتحموا منزل
# القائم بأعمال", "استهدفت وفق المرصد قبو مدرسة"), a common word spelt as a town.
ATTACKERS = frozenset(_F(a + w) for a in ("", "ال") for w in (
    "قوات", "طائرات", "طائرة", "طيران", "مقاتلات", "مقاتلة", "مروحيات", "مروحية", "مدفعية", "راجمات", "صواريخ",
    "فصائل", "فصيل", "مسلحو", "مسلحون", "مسلحين", "عناصر", "ميليشيات", "ميليشيا", "مليشيات", "مليشيا", "جيش",
    "تحالف", "تنظيم", "حرس", "وحدات", "قصف", "غارات", "غارة"))
# Words of allegiance or of enmity: a capital or country after one is the state it stands for, no place
# ("المقاتلين الموالين لدمشق", "روسيا حليفة دمشق", "مقاتلين مؤيدين لدمشق", "جماعة معادية لإيران").
ALLEGIANCE = frozenset(_F(w) for w in ("موالية", "الموالية", "موالين", "الموالين", "موالي", "الموالي", "موالون",
                                       "الموالون", "حليفة", "الحليفة", "حليف", "الحليف", "حلفاء",
                                       "مؤيدة", "المؤيدة", "مؤيدين", "المؤيدين", "مؤيدون", "المؤيدون", "مؤيد",
                                       "المؤيد", "معادية", "المعادية", "معادين", "المعادين", "معادي", "المعادي",
                                       "مناهضة", "المناهضة", "مناهضين", "المناهضين", "مناوئة", "المناوئة",
                                       "مناوئين", "المناوئين"))
# Words of rule: a capital after one is the state it stands for, no place ("مقاتلا مواليا لنظام دمشق",
# "حكومة أنقرة", "سلطات دمشق").
RULE_WORDS = _with_clitics(("نظام", "حكومة", "سلطات", "قوات"), _WORD_CLITICS)  # ("عنصر في قوات دمشق")
# A capital right after a verb of saying, accusing or answering, or after the word that cites a source,
# is its government speaking ("اتهمت دمشق إسرائيل", "قالت بغداد", "نفت موسكو", "بحسب دمشق"), no place.
STATE_VERBS = frozenset(_F(w) for w in (
    "قالت", "قال", "أعلنت", "أعلن", "أكدت", "أكد", "اتهمت", "اتهم", "تتهم", "يتهم", "نفت", "نفى", "تنفي",
    "حذرت", "حذر", "تحذر", "طالبت", "طالب", "تطالب", "دانت", "أدانت", "نددت", "رفضت", "ترفض", "اعتبرت",
    "حملت", "ردت", "هددت", "تهدد", "أبلغت", "أرسلت", "سمحت", "وافقت", "توعدت", "رحبت", "تعهدت", "سارعت", "سارع",
    # charges levelled or repeated: "في تكرار للاتهامات التي تسوقها دمشق لواشنطن"
    "تسوق", "يسوق", "توجه", "يوجه", "وجهت", "تكرر", "يكرر", "كررت", "تردد", "رددت",
    "إعلان", "اتهام",  # "بعيد ساعات على إعلان دمشق أن التحالف استهدف"
    "بحسب", "حسب", "وفق", "وفقا",  # "والحصيلة مقتل خمسة مدنيين بحسب دمشق"
    # telling, and laying the act at a door: "وأشارت دمشق إلى أن"، "الغارة التي نسبتها دمشق إلى إسرائيل"،
    # "وتنحي موسكو ودمشق باللائمة على المعارضة"
    "أشارت", "أشار", "تشير", "ذكرت", "أفادت", "أوضحت", "زعمت", "ادعت", "تزعم",
    "نسبت", "نسب", "تنسب", "ينسب", "تنحي", "نحت", "ألقت", "تلقي",
    # calls on a state: "دعا واشنطن ولندن وحلفاءهما إلى اغتنام فرصة"، "وحث موسكو على"
    "دعا", "دعت", "يدعو", "تدعو", "حث", "حثت", "يحث", "تحث", "ناشد", "ناشدت", "يناشد", "تناشد"))
# Verbs of waging (context_words.WAGING_VERBS): with the pronoun of what was waged, the capital or country
# after one is the state that waged it ("عملية غصن الزيتون التي بدأتها تركيا"، "غارات شنتها دمشق").
WAGING = frozenset(_F(w) for w in WAGING_VERBS)
# verbs whose object, a capital followed by "ب", is its state: "اتهمت الدول الغربية دمشق بشنه",
# "تهديد واشنطن دمشق باتخاذ إجراءات"
ACCUSING = frozenset(_F(w) for w in ("اتهمت", "اتهم", "تتهم", "يتهم", "حملت", "حمل", "تحمل", "يحمل", "اتهام",
                                     "هددت", "هدد", "تهدد", "يهدد", "تهديد", "توعدت", "توعد", "تتوعد", "يتوعد"))
ACCUSED_REACH = 8  # words between the verb and the capital it accuses: its subject, maybe two leaders by office and name
CAPITALS = frozenset(arabic_key(w) for w in ("دمشق", "بغداد", "أنقرة", "طهران", "موسكو", "واشنطن", "بيروت",
                                              "عمان", "الرياض", "القاهرة", "باريس", "لندن", "برلين", "تل أبيب"))
# Sides a capital may be paired with after "بين", besides the parties of _PARTIES_RAW ("بين انقرة
# والمتمردين الاكراد", "بين الرياض والحوثيين"): the capital is then its state, no place.
SIDES = frozenset(_F(w) for w in ("الأكراد", "الاكراد", "الكرد", "الحوثيين", "الغرب", "الدول", "العمال"))
_BETWEEN = _F("بين")
BARE_STOP = frozenset(arabic_key(w) for w in _BARE_STOP_RAW)
DEMOTED = frozenset(arabic_key(w) for w in _DEMOTED_RAW)
PERSON_FIRST = frozenset(_F(w) for w in _PERSON_FIRST_RAW)
UNSPLIT = _with_clitics(_UNSPLIT_RAW, ("و", "ف"))
OUTERMOST = frozenset(_F(w) for w in ("بأقصى", "في أقصى", "أقصى", "باقصى", "بأطراف", "في أطراف"))
COUNTRYSIDE = _F("ريف")
COUNTRYSIDES = _F("ارياف")
AND = "و"
_MUNITIONS = frozenset(map(fold, SHARE_MUNITIONS))
_SHARE_HEDGES = tuple(tuple(fold(h).split()) for h in SHARE_HEDGES)
_NUMBER_WORDS = frozenset(map(fold, (*UNITS, *TENS)))
DISTANCE = regex.compile(fold(
    r"على\s+بعد\s+(?:نحو\s+|حوالي\s+|حوالى\s+|قرابة\s+|أكثر\s+من\s+|اكثر\s+من\s+|أقل\s+من\s+|اقل\s+من\s+)?"
    r"(\d+(?:[.,]\d+)?)\s*(?:كلم|كم|كيلومترات|كيلومترا|كيلومتر|كيلو\s+مترات|كيلو\s+متر|كيلو|km)(?=\W|$)"))
BARE_MIN_KEY = 3  # a bare name needs a key of at least this many letters
BARE_VILLAGE_MIN_KEY = 4  # ... and a village named bare after a preposition, this many
BARE_LANDMARK_MIN_KEY = 7  # ... and a landmark or neighbourhood, this many (in practice two words)
BARE_TOWN_MIN_POP = 10_000  # a Syrian/Iraqi place this big counts as a town when its feature says village
BARE_ANYWHERE_MIN_POP = 40_000  # ... and a town this big stands bare anywhere, like a city
BARE_FOREIGN_MIN_POP = 100_000  # a bare name abroad must be a city this big (or a country)
WORD_CACHE_SIZE = 100_000  # words whose analysis a gazetteer keeps, about 1 KB each (ANT's 1,137 articles: 31k)
SYR_IRQ = ("SYR", "IRQ")

# Words (letters only: "أعزاز5:44" is two tokens, "ريف_ادلب" two words) and punctuation. Hashtag signs,
# underscores and quotes are skipped, so "مدينة #سرمدا" and 'محيط "مارع"' read as plain phrases.
# The standard library's re is quicker here than regex; the leading lookahead changes nothing in what
# matches but lets it skip spaces (a third of a text, more where the pipeline blanked paragraphs) with a
# character-set scan instead of trying each alternative at each one.
_LINE_BREAK = re.compile(r"\n")
_TOKEN = re.compile(r"(?=\S)(?:[^\W\d_A-Za-z]+|[A-Za-z]+|\d+|[^\w\s#\"'«»“”])")
# The same tokens as one capturing group, for re.split: [gap, token, gap, token, ..., gap]. Their running
# lengths give every token's offsets without a match object apiece (finditer and its spans took about as
# long as the rest of the finder's setup).
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# On most texts these are the tokens `segment.tokens` reads (the date and count recognizers read the
# focus's before this one), less the characters skipped here and the newlines: they agree where `re`
# reads both (no UNLIKE character), no Latin letter is glued to another letter (its own token here)
# and no digits are grouped by commas ("1,500": one token there); and "¶" is a newline there only
# when the text holds none. Reusing them saves a second tokenization of the text, and their
# strings' hashes are known already; where a Latin letter or grouped digits make them differ, the
# few tokens that do are cut apart (_cut_apart).
_SKIPPED = frozenset("#\"'«»“”_" + NEWLINE)
_LATIN_LETTER = re.compile("[A-Za-z]")
_GROUPED_DIGITS = re.compile(r",(?<=\d,)(?=\d)")
# "الطبقةكان": a ta marbuta inside a word marks two words glued together by a careless page
_GLUED = re.compile("ة(?=[\u0621-\u064a])")
_DEFAULT = object()


# (_Form and _Word are slotted classes, not NamedTuples: the finder reads their fields some fifty
# thousand times per ANT pass, and Python 3.11 reads a slot by a specialized instruction, a
# NamedTuple's field through the generic attribute look-up, several times slower)
@dataclass(frozen=True, slots=True)
class _Form:
    kind: str | None  # "trigger", "facility", "direction", "countryside" or None
    plen: int  # clitic letters before the stem
    stem: str
    prep: bool  # the clitics include ب / ل / ك
    key: str  # arabic_key(stem)


_NO_FORMS: tuple[tuple, frozenset] = ((), frozenset())


@functools.lru_cache(maxsize=50_000)
def _analysis(w: str) -> tuple[tuple[_Form, ...], frozenset]:
    """The forms of a word and their kinds; nothing for punctuation."""
    if not w[0].isalnum():
        return _NO_FORMS
    forms = _forms(w)
    kinds = frozenset(f.kind for f in forms)
    return forms, _ONLY_NONE if kinds == _ONLY_NONE else kinds  # (one object for plain words: see _Finder.run)


def _forms(w: str) -> tuple[_Form, ...]:
    """A word and its clitic-stripped forms: وبلدة -> بلدة، بإدلب -> إدلب، للرقة -> الرقة."""
    out = [(0, w, False)]
    if w in UNSPLIT:
        return (_Form(_KINDS.get(w), 0, w, False, arabic_key(w)),)
    i = 0
    if len(w) > 3 and w[0] in "وف":
        i = 1
        out.append((1, w[1:], False))
    if len(w) > i + 2 and w[i] in "بل":
        rest = w[i + 1:]
        if w[i] == "ل" and rest.startswith("ل") and len(rest) > 2:
            out.append((i + 1, "ا" + rest, True))  # للرقة = ل + الرقة
        else:
            out.append((i + 1, rest, True))
    return tuple(_Form(_KINDS.get(st), p, st, prep, arabic_key(st)) for p, st, prep in out)


@dataclass(frozen=True, slots=True)
class _Word:
    """What a token says, wherever it stands in the text (see ``_Finder._word``)."""

    forms: tuple[_Form, ...]  # empty for punctuation
    kinds: frozenset  # the kinds of its forms (see _Form.kind)
    bare: tuple[_Form, ...]  # the forms a bare name may start with (see ``_Finder._word``)
    # a plain word whose names may stand bare only after a separate preposition ("في مريمين"): no phrase
    # starts at it unless a preposition or a road word comes before it (see ``_Finder.at_bare``)
    after_prep_only: bool
    key: str | None  # the key of the word as written (its first form); None for punctuation
    inner: bool  # may be a later word of a name: a word that is no stop word ("الشرقية" is, "في" never)
    # a capital or a country abroad among its forms: it may stand for its state ("وقالت دمشق"; see
    # ``_Finder.speaking_state``), which is asked of every word a bare name may start with
    state: bool


def _shared_tokens(text: str) -> bool:
    """Whether the tokens of *text* are those of ``segment.tokens`` less ``_SKIPPED`` (see there)."""
    if has_unlike(text) or NEWLINE in text:
        return False
    # (a text the actor recognizer found plain, most, has no letter with case: no Latin letter,
    # and no scan for one)
    if not _plain(text) and _LATIN_LETTER.search(text) is not None:
        return False
    return "," not in text or _GROUPED_DIGITS.search(text) is None


# Where segment's tokens of a text of ALIKE characters and the finder's differ: a run of Latin letters
# in segment's word ("Caféمقتل" is a word there, and three tokens here) and a comma of grouped digits
# ("1,500": three tokens here). (`regex` finds them in a fourth of the time `re` takes.)
_APART = regex.compile(r"[A-Za-z]+|,(?<=\d,)(?=\d)")


def _cut_apart(text: str, toks: tuple[str, ...], starts: tuple[int, ...]) -> tuple[list[str], list[int]]:
    """``segment.tokens(text)``, *toks* at *starts*, with the tokens that hold a Latin letter or a
    grouped digits' comma cut as the finder's split cuts them: its tokens of *text*, when *text* holds
    no UNLIKE character and no "¶" of its own, less _SKIPPED (tests/test_speed_E_places.py checks
    it). Cutting the few tokens that differ costs less than a second split of the whole text, which
    reads letters by their Unicode categories."""
    out: list[str] = []
    out_starts: list[int] = []
    done = 0  # the tokens before this one are in out
    for k in sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _APART.finditer(text)}):
        out += toks[done:k]
        out_starts += starts[done:k]
        parts = _TOKEN_SPLIT.split(toks[k])  # gaps and tokens, alternately, as in _Finder.__init__
        out += parts[1::2]
        out_starts += (starts[k] + a for a in list(itertools.accumulate(map(len, parts)))[0:-1:2])
        done = k + 1
    return out + list(toks[done:]), out_starts + list(starts[done:])


def _compound(d1: str, d2: str | None) -> str:
    if d2 and d1 in ("north", "south") and d2 in ("east", "west"):
        return f"{d1}-{d2}"
    return d1


_TANWEEN_FATH = "\u064b"  # the accusative ending of an indefinite adverb ("دوماً")

class _Finder:
    """One pass over the tokens of a folded text; ``run`` returns the mentions.

    Token *i* is ``texts[i]`` (folded word or punctuation), at ``starts[i]:end(i)`` of the folded
    text, and ``words[i]`` says what it is. Lists rather than a token object apiece: most tokens are
    only skipped, and making objects for them was a good part of the time."""

    def __init__(self, nt: NormText, gaz: Gazetteer | None, memo: dict) -> None:
        """*memo*: where the finder keeps what it learns of the gazetteer's names between texts
        (``Gazetteer.memo``, emptied when places or aliases are added)."""
        self.nt = nt
        self.gaz = gaz
        self.tiers: dict[str, int] = memo.setdefault("bare_tiers", {})
        # what each token text is (None: a skipped token, see _SKIPPED), and the words a phrase may
        # start at (see _word): one look-up a token picks either out
        self._words: dict[str, _Word | None] = memo.get("place_words", {})
        self._starters: set[str] = memo.get("place_starters", set())
        if len(self._words) > WORD_CACHE_SIZE or not self._words:
            self._words = memo["place_words"] = dict.fromkeys(_SKIPPED)
            self._starters = memo["place_starters"] = set()
        self.first_keys = gaz.first_keys() if gaz is not None else frozenset()
        self.known = gaz.keys() if gaz is not None else frozenset()  # every name key, for the loops of known_end
        self.anywhere = memo.get("bare_anywhere")  # see _anywhere_prefixes
        if self.anywhere is None:
            self.anywhere = memo["bare_anywhere"] = _anywhere_prefixes(gaz) if gaz is not None else frozenset()
        self.countries: frozenset[str] | None = memo.get("country_keys")
        if self.countries is None and gaz is not None:
            self.countries = memo["country_keys"] = frozenset(gaz.keys_where(lambda f, _iso3, _pop: f == "country"))
        text = nt.text
        cuts = sorted({nt.to_norm(m.end()) for m in _GLUED.finditer(nt.original)})
        self.texts: list[str]
        self.starts: list[int]  # (a token's end is asked of few tokens: see end)
        self.words: list[_Word]
        shared = _shared_tokens(text)
        if shared or not (has_unlike(text) or NEWLINE in text):
            toks, starts = tokens(text) if shared else _cut_apart(text, *tokens(text))
            try:
                words = list(map(self._words.__getitem__, toks))
            except KeyError:  # words not met before
                words = [None if t in _SKIPPED else self._word(t) for t in toks]
            # (a _Word is never false: the words pick out the tokens that are no skipped ones)
            self.texts = list(itertools.compress(toks, words))
            self.starts = list(itertools.compress(starts, words))
            self.words = list(filter(None, words))
        else:
            parts = _TOKEN_SPLIT.split(text)  # gaps and tokens, alternately
            self.texts = parts[1::2]
            self.starts = list(itertools.accumulate(map(len, parts)))[0:-1:2]  # a token starts where its gap ends
            self.words = self._words_of(self.texts)
        if cuts:  # rare: cut the glued words in two
            spans = [(c0, c1) for a, t in zip(self.starts, self.texts)
                     for c0, c1 in itertools.pairwise([a, *(x for x in cuts if a < x < a + len(t)), a + len(t)])]
            self.starts = [a for a, _ in spans]
            self.texts = [text[a:b] for a, b in spans]
            self.words = self._words_of(self.texts)
        # tokens that open a line: no name runs on across a line break ("مدينة أريحا\n\nإرهاب ...")
        self.line_openers = {bisect.bisect_left(self.starts, m.end()) for m in _LINE_BREAK.finditer(text)}
        self.n = len(self.words)
        self._openings()

    def _openings(self) -> None:
        """Which tokens follow a word, or a sign, that lets a name stand bare besides a preposition
        (see ``at_bare``): ``named`` after the capital word or a naming phrase (:meth:`after_capital`,
        :meth:`called`), ``tagged`` after a hashtag sign (:meth:`hashtag`), ``objects`` after a verb
        of attack (:meth:`attacked`), and all of them, ``opened``. Each is asked of most words that
        may start a name, and holds none of them in most texts: the tests are made once here, of the
        few tokens within reach of such a word or sign."""
        texts, n = self.texts, self.n
        # (nearly half the texts hold no such word: one pass in C tells so, without listing the tokens)
        marks = [] if _OPENING_WORDS.isdisjoint(texts) else \
            list(itertools.compress(range(n), map(_OPENING_WORDS.__contains__, texts)))
        self.attack_verbs = [k for k in marks if texts[k] in ATTACK_VERBS]
        self.named = {i for k in marks if texts[k] in _NAMING_WORDS for i in (k + 1, k + 2)
                      if i < n and (self.after_capital(i) or self.called(i))}
        self.tagged = {i for m in _HASHTAG_SIGN.finditer(self.nt.text)
                       if (i := bisect.bisect_left(self.starts, m.end())) < n and self.hashtag(i)} \
            if "#" in self.nt.text else set()  # (a string search, quicker than the pattern's where none is)
        self.objects = {i for k in self.attack_verbs for i in range(k + 1, min(k + 1 + OBJECT_REACH, n))
                        if self.words[i].bare and self.attacked(i)}  # (of the words a name may start with)
        self.opened = self.named | self.tagged | self.objects

    def _words_of(self, texts: list[str]) -> list[_Word]:
        """The words of token texts that are none of the tokens skipped in a text shared with
        ``segment.tokens`` ("¶" here is the character, punctuation)."""
        words = list(map(self._words.get, texts))
        if not all(words):  # words not met before (None: a _Word is never false)
            words = [got or self._word(w) for got, w in zip(words, texts)]
        return words

    def _word(self, w: str) -> _Word:
        """What token text *w* is, given the gazetteer. Kept per gazetteer (``words``): most words
        recur from one article to the next, and most of them start nothing, which ``run`` then skips
        without looking further. (A skipped token's text is punctuation here, and is not kept: it
        stays None there, see ``__init__``.)"""
        got = self._words.get(w)
        if got is None:
            forms, kinds = _analysis(w)
            # the first word of a gazetteer name, long enough (or a short head: "تل تمر", "أم حرملة"), and
            # neither a stop word nor a first name
            bare = tuple(f for f in forms if f.key in self.first_keys
                         and (len(f.key) >= BARE_MIN_KEY or f.stem in NAME_HEADS)
                         and f.stem not in STOP and f.stem not in PERSON_FIRST)
            plain = kinds == _ONLY_NONE and w != _ALA
            # a phrase may start at it: not punctuation, a stop word, or a plain word that starts no name
            may_start = bool(forms) and not (plain and (w in STOP or not bare))
            after_prep_only = plain and all(not f.prep and not f.plen and f.key not in self.anywhere for f in bare)
            inner = bool(forms) and (w not in STOP or w in DIRECTION_ADJ)
            state = self.gaz is not None and any(
                f.key in CAPITALS or (f.key in self.countries and not self.at_home(f.key)) for f in forms)
            got = _Word(forms, kinds, bare, after_prep_only, forms[0].key if forms else None, inner, state)
            if w not in _SKIPPED:
                self._words[w] = got
                if may_start:
                    self._starters.add(w)
        return got

    # small predicates -------------------------------------------------------------------------

    def word(self, i: int) -> str | None:
        return self.texts[i] if 0 <= i < self.n and self.words[i].forms else None

    def end(self, i: int) -> int:
        """Where token *i* ends in the folded text."""
        return self.starts[i] + len(self.texts[i])

    def form(self, i: int, table) -> _Form | None:
        """The first form of token *i* whose stem is in *table*."""
        if not 0 <= i < self.n:
            return None
        for f in self.words[i].forms:
            if f.stem in table:
                return f
        return None

    def known_end(self, i: int, first: _Form | None = None, max_n: int = 4) -> int | None:
        """The end of the longest gazetteer name starting at token *i* (its first word read as
        *first*, a clitic-stripped form), or None."""
        if self.gaz is None or not 0 <= i < self.n or not self.words[i].forms:
            return None
        key = (first or self.words[i].forms[0]).key
        known = self.known
        best = i + 1 if key in known else None
        last = i + max_n if i + max_n < self.n else self.n  # noqa: FURB136 — min() inline: ten times a test's cost on 3.11
        for k in range(i + 1, last):
            w = self.words[k]
            if not w.inner or k in self.line_openers:
                break  # "الغوطة الشرقية" is a name; "في" never is part of one
            key += w.key
            if key in known:
                best = k + 1
        return best

    def direction(self, i: int, clitics: str = "بو") -> tuple[str, int, int] | None:
        """A direction word at *i* (شرق، بشمال غربي ...; with one of *clitics* before it): (direction,
        tokens used, clitic letters)."""
        f = self.form(i, DIRECTIONS)
        if f is None or (f.plen and self.texts[i][f.plen - 1] not in clitics):
            return None
        d1 = DIRECTIONS[f.stem]
        d2 = DIRECTIONS.get(self.word(i + 1) or "")
        d = _compound(d1, d2)
        return d, 2 if d != d1 else 1, f.plen

    def direction_adj(self, i: int) -> tuple[str, int] | None:
        d1 = DIRECTION_ADJ.get(self.word(i) or "")
        if not d1:
            return None
        d = _compound(d1, DIRECTION_ADJ.get(self.word(i + 1) or ""))
        return d, 2 if d != d1 else 1

    # names ------------------------------------------------------------------------------------

    def name_at(self, i: int, *, unknown_ok: bool = True) -> tuple[int, bool] | None:
        """The end (exclusive token index) of a name starting at *i*, and whether it is known."""
        w = self.word(i)
        if w is None or w in STOP or w.isdigit() or not self.words[i].kinds <= _ONLY_NONE:
            return None  # a place word ("وبلدات"), a direction, a preposition ...
        if w.startswith(_FOR_THE):
            return None  # "مخيم للنازحين": a camp for the displaced, not one of that name
        end = self.known_end(i)
        nxt = self.word(i + 1)
        free = bool(nxt) and nxt not in STOP and nxt not in TRIGGERS and nxt not in DIRECTIONS and not nxt.isdigit() \
            and i + 1 not in self.line_openers
        if end is not None:
            if end == i + 1 and w in NAME_HEADS and free and unknown_ok:
                return i + 2, False  # "حي باب عمرو", "منطقة جبل البشري": a head word is not the whole name
            if end == i + 1 and free and unknown_ok and self.tier(self.words[i].key) <= 2 \
                    and self.at_home(self.words[i].key) and (self.second_word(i + 1) or self.spelt_otherwise(i)):
                # "منطقة حمرة جماسة": a village's name is not cut to a namesake's word (a city abroad,
                # "بمدينة تورونتو ترك رسالة", has no village of that name to stand for)
                return i + 2, False
            return end, True
        if not unknown_ok or len(w) < 2 or (w[0] == AND and w not in NAME_HEADS and len(w) > 3):
            return None  # "ومدرسة": an unknown word after "و" starts a new phrase
        if len(w) > PRONOUN_NAME_MIN and w.endswith(_POSSESSIVE_ENDINGS):
            return None  # "من ناحية موقعها الجغرافي": a noun with its owner's pronoun, no unknown place's name
        if free and (w in NAME_HEADS or (nxt.startswith("ال") and len(nxt) > 3 and self.known_end(i + 1) is None
                                         and nxt not in NAME_STOP and not self.nationality(i + 1))):
            return i + 2, False  # "كفر بتنا", "معارة النعسان"
        return i + 1, False

    def find_context(self, a: int, b: int, context: str | None) -> tuple[int, int, int] | None:
        """The name (first token, end token, clitic letters) among tokens [a, b) that reads *context*."""
        if not context:
            return None
        for k in range(a, b):
            for f in self.words[k].forms:
                for e in range(b, k, -1):
                    if self.name_text(k, e, f.plen) == context:
                        return k, e, f.plen
        return None

    def second_word(self, k: int) -> bool:
        """Whether token *k*, after a one-word village name, reads as the name's second word: a plain
        word, without article or clitic (those start a qualifier, an adjective or the next phrase:
        "بقذيفة", "والجزرة", "الشرقية"), no town's name and no common word. A village's name may be
        the second word ("حمرة جماسة"): two villages side by side are joined by "و" or a comma."""
        w = self.texts[k]
        if w[0] in _VERB_PREFIXES and len(w) >= 4 or w.endswith(_PRONOUN_SUFFIXES) or w in NAME_HEADS \
                or w in _RESULT_VERB_FORMS or w in CUE_WORDS or w[-1:] == "ا" and w[:-1] in CUE_WORDS \
                or w in NOT_A_SECOND_WORD:
            # "قرية كويا تؤدي", "الغارات على مدينة بنش أسفرت عن", "بلدة X شمالها", "مدينة عفرين ذات
            # الغالبية", "شهدت مدينة الزبداني قصفا عنيفا": a verb, a pronoun, a head, an act (or
            # NOT_A_SECOND_WORD)
            return False
        return (len(w) >= 3 and w[0] not in _CLITIC_LETTERS and not w.startswith("ال") and w not in FUNCTION
                and self.tier(self.words[k].key) <= 1 and self.words[k].key not in BARE_STOP and not self.generic_adj(k))

    def spelt_otherwise(self, i: int) -> bool:
        """Whether tokens *i* and *i* + 1 together are the skeleton of a Syrian or Iraqi place's name the
        gazetteer spells otherwise ("قرية برخ بوطان": برخ بتان), though the second word reads like one
        with a clitic ("بوطان") and the first is a place's name of its own (an Iraqi برخ). Not a word
        after "و" ("الموزرة وعين لاروز": two villages), an article's ("نوى السورية"), a verb ("سوسة أدى"),
        and only a name of two words or more: a long name's skeleton may be a short one's."""
        w = self.texts[i + 1]
        if self.gaz is None or w[0] == AND or w.startswith("ال") or w in FUNCTION or w in _RESULT_VERB_FORMS \
                or w in NAME_HEADS or len(w) < 3:
            return False
        two = f"{self.texts[i]} {w}"
        skeleton = loose_key(arabic_key(two))
        return any(" " in n and loose_key(arabic_key(n)) == skeleton
                   for p in self.gaz.lookup_loose(two) for n in p.names if is_arabic(n))

    def names_list(self, i: int, several: bool, bracket: bool = False) -> list[tuple[int, int, int]]:
        """Names as (first token, end token, clitic letters to skip): one at *i*, or after a dual or
        plural place word, several joined by "و" / "،" ("قريتي الكبر والجزرة"); with *bracket*, each
        in brackets ("قريتي (الكبر) و(الجزرة)"), the last one's closing bracket left to the caller."""
        first = self.name_at(i)
        if first is None:
            return []
        out = [(i, first[0], 0)]
        j = first[0]
        while several and j < self.n and len(out) < 8:
            if bracket:
                if self.texts[j] != ")" or j + 2 >= self.n or self.texts[j + 1] not in (AND, ",", "،") \
                        or self.texts[j + 2] != "(":
                    break
                k = j + 3
                nxt = self.name_at(k)
                if nxt is None or nxt[0] >= self.n or self.texts[nxt[0]] != ")":
                    break
                out.append((k, nxt[0], 0))
                j = nxt[0]
                continue
            j = self.share_end(j) or j  # "قريتي العوسجلي بـ 25 قذيفة، والبوغاز"
            t, forms = self.texts[j] if j < self.n else "", self.words[j].forms if j < self.n else ()
            comma = t in (",", "،") and j + 1 < self.n and self.texts[j + 1][0] == AND and len(self.texts[j + 1]) > 2
            if comma:  # "قرى الكبر، والجزرة"
                j += 1
                t, forms = self.texts[j], self.words[j].forms
            if t == AND or t in (",", "،"):
                k = j + 1 + (self.word(j + 1) == AND)
                nxt = self.name_at(k, unknown_ok=t == AND or k > j + 1)
                if nxt is None:
                    break
                out.append((k, nxt[0], 0))
                j = nxt[0]
            elif forms and t[0] == AND and len(t) > 2 and t not in STOP:
                # "والجزرة": the name glued to "و"
                f = forms[1] if len(forms) > 1 and forms[1].plen == 1 else None
                if f is None and t[1:] in NAME_HEADS:  # "وأم شرشوح", "وتل": too short to be split
                    f = _Form(None, 1, t[1:], False, arabic_key(t[1:]))
                if f is None or f.stem in STOP or f.stem in TRIGGERS or f.stem in FACILITIES or f.stem in BUILDINGS:
                    break  # (a building opens a phrase of its own: "أحياء مدينة إدلب، ومدرسة صلاح الدين")
                end = self.glued_name_end(j, f)
                if end is None or comma and end == j + 1 and self.known_end(j, f) is None:
                    break  # "، وأصيب": a clause; after a comma an unknown word opens one as often
                out.append((j, end, 1))
                j = end
            else:
                break
        return out

    def glued_name_end(self, j: int, f: _Form) -> int | None:
        """The end of a name glued to "و" at token *j* (read as *f*) in a list: a known name, a head
        word and the word after it ("وأم شرشوح"), or an unknown word with the article ("والجزرة"; not
        "وأصيب")."""
        end = self.known_end(j, f)
        nxt = self.word(j + 1)
        if f.stem in NAME_HEADS and (end is None or end == j + 1) and nxt and nxt not in STOP \
                and nxt not in TRIGGERS and nxt not in DIRECTIONS and not nxt.isdigit() and j + 1 not in self.line_openers:
            return j + 2
        if end is None and f.stem.startswith("ال") and len(f.stem) > 3:
            return j + 1
        return end

    def share_end(self, j: int) -> int | None:
        """After a name in a list, its share of the shelling: "بـ 25 قذيفة"، "بقذيفتين"، "بأكثر من 20
        صاروخا"، "بعشر قذائف هاون" (an adjective or a second noun may follow): the token after it when a
        separator follows, else None."""
        w = self.word(j)
        if not w or w[0] != "ب":
            return None
        if w[1:] in _MUNITIONS:
            k = j + 1
        else:
            k = j + 1 if w == "ب" else j
            words = [w[1:] if k == j else self.word(k) or "", *(self.word(x) or "" for x in range(k + 1, k + 4))]
            hedge = next((h for h in _SHARE_HEDGES if tuple(words[:len(h)]) == h), ())
            num = words[len(hedge)]
            if not (num.isdigit() or num in _NUMBER_WORDS) or words[len(hedge) + 1] not in _MUNITIONS:
                return None
            k += len(hedge) + 2
        for e in range(k, min(k + 3, self.n)):
            t = self.texts[e]
            if t in (",", "،", AND) or t[0] == AND and len(t) > 2:
                return e
            if not t[0].isalpha() or t in STOP:
                return None
        return None

    # offsets ----------------------------------------------------------------------------------

    def _form_at(self, a: int, skip: int) -> _Form | None:
        return next((f for f in self.words[a].forms if f.plen == skip), None) if skip else None

    def name_text(self, a: int, b: int, skip: int = 0) -> str:
        s, e = self.nt.orig_span(self.starts[a] + skip, self.end(b - 1))
        text = self.nt.original[s:e]
        if skip and self.texts[a][skip - 1:skip + 1] == "لل":
            text = "ا" + text
        return _clean_name(text)

    def mention(self, s_tok: int, s_skip: int, e_tok: int, name: tuple[int, int, int], **kw) -> PlaceMention:
        """A mention over tokens [s_tok, e_tok) (skipping *s_skip* clitic letters) named by *name*."""
        s, e = self.nt.orig_span(self.starts[s_tok] + s_skip, self.end(e_tok - 1))
        a, b, skip = name
        if (a, b, skip) == (s_tok, e_tok, s_skip):
            ns, ne = s, e  # a name alone, most bare ones
        else:
            ns, ne = self.nt.orig_span(self.starts[a] + skip, self.end(b - 1))
        text = self.nt.original[ns:ne]
        if skip and self.texts[a][skip - 1:skip + 1] == "لل":
            text = "ا" + text  # "للفلوجة": the article's alif was dropped after ل
        return PlaceMention(s, e, _clean_name(text), ns, ne, **kw)

    # bare names -------------------------------------------------------------------------------

    def at_home(self, key: str) -> bool:
        """Whether a place in Syria or Iraq has the name *key*."""
        return self.gaz is None or any(p.iso3 in SYR_IRQ for p in self.gaz.lookup_key(key))

    def tier(self, key: str) -> int:
        """How freely a name may stand alone: 3 anywhere (countries, governorates, cities), 2 after a
        clitic or preposition (towns; big cities abroad), 1 after a separate preposition (villages,
        districts), 0 never."""
        t = self.tiers.get(key)
        if t is None:
            t = self.tiers[key] = _tier(self.gaz, key) if self.gaz is not None else 0
        return t

    def bare_end(self, i: int, form: _Form, need: int) -> int | None:
        """The end of the longest known name at token *i* (read as *form*) whose tier is >= *need*."""
        if self.gaz is None:
            return None
        key = form.key
        if need >= 3 and key not in self.anywhere:
            return None  # no name that may stand anywhere starts with this word
        best = i + 1 if self.tier(key) >= need else None
        known = self.known
        for k, w in enumerate(self.words[i + 1:i + 4], i + 1):
            if not w.inner:
                break  # "الغوطة الشرقية" is a name; "في" never is part of one
            key += w.key
            if need >= 3 and key not in self.anywhere:
                break  # no name that may stand anywhere goes on so ("السوري" + ...)
            if key in known and self.tier(key) >= need:
                best = k + 1
        return best

    # the phrase grammar -----------------------------------------------------------------------

    def distance_at(self, i: int) -> tuple[float, str | None, int] | None:
        """"على بعد N كلم (شرق)? (من)?" at token *i*: (km, direction, token after it)."""
        if i + 1 >= self.n or self.texts[i + 1] != _DISTANCE_WORD or self.texts[i] != _ALA:
            return None  # (the two words DISTANCE starts with, as tokens: most "على" are not followed by it)
        m = DISTANCE.match(self.nt.text, self.starts[i])
        if not m:
            return None
        j = i
        while j < self.n and self.end(j) <= m.end():
            j += 1
        direction = None
        d = self.direction(j)
        if d:
            direction, used, _ = d
            j += used
        if self.word(j) in ("من", "عن"):
            j += 1
        return float(m.group(1).replace(",", ".")), direction, j

    def target(self, j: int, *, need_known: bool) -> tuple[int, int] | None:
        """A place after a direction, distance or context word: an optional place word, then a name.
        Returns the name's (start, end) tokens."""
        t = self.form(j, TRIGGERS)
        if t is not None and t.plen == 0:
            j += 1
        elif t is None and j < self.n and self.texts[j] == _CAPITAL:
            # "شمال العاصمة (العراقية) بغداد": the capital's title, maybe with its country's adjective
            # (a direction may end the text: "... إلى ناحية القيارة جنوب شرق")
            j += 1 + (j + 1 < self.n and self.texts[j + 1].startswith(_ARTICLE)
                      and self.texts[j + 1].endswith(_NISBA_FEMININE))
        got = self.name_at(j, unknown_ok=t is not None or not need_known)
        if got is None:
            return None
        if t is None and need_known and self.tier(self._key(j, got[0])) < 1:
            return None
        return j, got[0]

    def _key(self, a: int, b: int) -> str:
        return "".join(self.words[k].key for k in range(a, b))

    def names_area(self, a: int, b: int, skip: int) -> bool:
        """Whether tokens ``[a, b)`` (the first read without *skip* clitic letters) name an admin area,
        a town or a city in the gazetteer (not only a village)."""
        key = (self._form_at(a, skip) or self.words[a].forms[0]).key + self._key(a + 1, b)
        return any(p.feature in _AREA_FEATURES for p in self.gaz.lookup_key(key))

    def countryside_at(self, i: int) -> tuple[int, tuple[int, int, int], str | None, int] | None:
        """"ريف X (الشرقي)?" or "(ال)ريف الشرقي لـX" at *i*: (end, name, direction, clitic letters)."""
        f = self.form(i, _COUNTRYSIDE_FORMS)
        if f is None:
            return None
        j = i + 1
        if f.stem.startswith("ال"):
            # "الريف الغربي لدير الزور" / "الريف الشرقي لمدينة دير الزور"
            d = self.direction_adj(j)
            if not d:
                return None
            j += d[1]
            w2 = self.word(j)
            if not w2 or w2[0] != "ل" or len(w2) < 3:
                return None
            lf = next((x for x in self.words[j].forms if x.prep and x.plen == 1), None)
            if lf is None:
                return None
            if lf.stem in TRIGGERS or lf.stem in CANTON:  # "الريف الغربي لمدينة منبج" / "لمقاطعة منبج"
                got = self.name_at(j + 1)
                return (got[0], (j + 1, got[0], 0), d[0], f.plen) if got else None
            end = self.known_end(j, lf)
            if end is None:
                nxt = self.word(j + 1)
                end = j + 2 if nxt and nxt.startswith("ال") and nxt not in STOP and lf.stem in NAME_HEADS else j + 1
            return end, (j, end, 1), d[0], f.plen
        t = self.form(j, TRIGGERS)
        if (t is not None and t.plen == 0) or self.word(j) in CANTON:
            j += 1
        got = self.name_at(j)
        if got is None:
            return None
        end = got[0]
        direction = None
        d = self.direction_adj(end)
        if d:
            direction = d[0]
            end += d[1]
        return end, (j, got[0], 0), direction, f.plen

    def context_at(self, j: int, rank: float) -> tuple[int, dict] | None:
        """A qualifier after a name of size *rank* (see RANK), maybe in brackets ("ناوران (شمال شرقي
        الموصل)"): (token after it, PlaceMention fields it sets)."""
        if j < self.n and self.texts[j] == "(":
            got = self._context_at(j + 1, rank)
            if got and got[0] < self.n and self.texts[got[0]] == ")":
                return got[0] + 1, got[1]
            return got
        if j < self.n and self.texts[j] in _COMMAS and self.direction(j + 1, "") is not None:
            # after a comma, a direction from a place: "في منطقة الطوبجي، شمال غربي بغداد" (not "، وشرق")
            got = self._context_at(j + 1, rank)
            return got if got and "direction" in got[1] else None
        got = self._context_at(j, rank)
        return (self.and_another(got[0]), got[1]) if got else None

    def and_another(self, k: int) -> int:
        """After a qualifier, "و" and a second one ("في ريف مقاطعة عفرين والشهباء") qualify the
        name too: the token after the second, or *k*."""
        if k >= self.n:
            return k
        f = next((x for x in self.words[k].forms if x.plen == 1 and self.texts[k][0] == AND and not x.prep), None)
        if f is None:
            return k
        end = self.bare_end(k, f, 2)
        return end if end is not None and (end >= self.n or self.texts[end] in "،,.") else k

    def _context_at(self, j: int, rank: float) -> tuple[int, dict] | None:
        k = j + (self.word(j) in LINKERS)
        dist = self.distance_at(k)
        if dist:
            km_, direction, k2 = dist
            tgt = self.target(k2, need_known=False)
            if not tgt:
                return None
            return tgt[1], {"context": self.name_text(*tgt), "direction": direction, "distance_km": km_}
        w = self.word(k)
        if w is None or w[0] == AND and w != _AMID:
            return None  # "X وريف Y" is a second place, not X's context (but "وسط" is no "و")
        country = self.nationality(k) if k == j else None
        if country:  # "مدينة ليغ البلجيكية": the adjective places the name in its country
            return k + 1, {"context": country}
        if k == j and (w in PLACE_KIND_ADJ or w in BORDER_ADJ):
            k += 1
            w = self.word(k)
            if w is None or w[0] == AND:
                return None
            country = self.nationality(k)
            if country:  # "بلدة سروج الحدودية التركية": its country after its kind
                return k + 1, {"context": country}
        if w in OUTERMOST:  # "بأقصى الريف الغربي"
            k += 1
        w = self.word(k) or ""
        # ("حي X في مدينة Y", "قرب", "وسط", "في وسط", "بالقرب من")
        kk = k + 2 if (w, self.word(k + 1)) in _BEFORE_TRIGGER_PAIRS else k + 1 if w in _BEFORE_TRIGGER else k
        if kk > k and self.word(kk) in OUTERMOST:  # "مدينة دجلة في أقصى جنوب شرق تركيا"
            kk += 1
        cs = self.countryside_at(kk)
        if cs:
            end, name, direction, _ = cs
            return end, {"context": self.name_text(*name), "direction": direction}
        t = self.form(kk, TRIGGERS)
        if t is not None and (t.plen > 0 or kk > k) and RANK.get(TRIGGERS[t.stem][0], 0) > rank:
            # "حي X في مدينة Y", "قرية X التابعة لناحية Y"; not "إسرائيل في قرية Y" (a second place)
            got = self.name_at(kk + 1)
            if got:
                return got[0], {"context": self.name_text(kk + 1, got[0])}
        d = self.direction(kk, "بول" if k > j else "بو")  # after a linker: "التابعة لغرب مقاطعة منبج"
        if d:  # "شرقي X" / "شمال غرب مدينة X"
            tgt = self.target(kk + d[1] + (self.word(kk + d[1]) in CANTON), need_known=True)
            if tgt:
                return tgt[1], {"context": self.name_text(*tgt), "direction": d[0]}
        if self.gaz is None:
            return None
        near = self.near_end(k)
        if near > k:  # "في X" / "قرب X" / "بالقرب من X" / "في محيط X" with X known
            near += self.word(near) in CANTON  # "في مقاطعة الشهباء"
            end = self.bare_end(near, self.words[near].forms[0], 1) if self.word(near) else None
            if end:
                return end, {"context": self.name_text(near, end)}
        elif w:
            # "بالقامشلي"; after a linker also "ل": "التابعة لمنبج", "التابعة لمقاطعة منبج"
            clitics = "بل" if k > j else "ب"
            f = next((x for x in self.words[k].forms if x.prep and self.texts[k][x.plen - 1] in clitics), None)
            if f is not None and f.stem in CANTON and self.word(k + 1):  # "بمقاطعة عفرين"
                k, f = k + 1, self.words[k + 1].forms[0]
            if f is not None:  # "بالقامشلي"
                end = self.bare_end(k, f, 1)
                if end:
                    return end, {"context": self.name_text(k, end, f.plen)}
        return None

    def road_dash(self, i: int) -> tuple[int, int] | None:
        """Where X ends and the word after the dash starts in "X - Y" at *i* after a road word (X a
        known name, joined by a dash or by a tatweel standing for one: "حارم ـ باريشا"), or None."""
        a = self.known_end(i, self.words[i].forms[0])
        if a is None or a >= self.n:
            return None
        if self.texts[a] == "-":
            return (a, a + 1) if a + 1 < self.n else None
        if self._tatweel_before(a):  # folding deleted the tatweel the writer used as a dash
            return a, a
        return None

    def road_end(self, i: int) -> tuple[int, int, int] | None:
        """Where X ends, and Y starts and ends, in "X - Y" at *i* after a road word (two known names
        joined by a dash: :meth:`road_dash`), or None."""
        dash = self.road_dash(i)
        b = None if dash is None else self.known_end(dash[1])
        return None if b is None else (*dash, b)

    def road_to_unknown(self, i: int) -> int | None:
        """Where X ends in "X - Y" at *i* after a road word, X a known name and Y a word no name
        starts with, or None."""
        dash = self.road_dash(i)
        if dash is None or not self.texts[dash[1]][:1].isalpha() or self.known_end(dash[1]) is not None:
            return None
        return dash[0]

    def _tatweel_before(self, k: int) -> bool:
        """Whether a tatweel stands alone between spaces right before token *k* in the original."""
        gap_start = self.nt.orig_span(self.end(k - 1) - 1, self.end(k - 1))[1]
        gap_end = self.nt.orig_span(self.starts[k], self.starts[k] + 1)[0]
        return bool(_TATWEEL_DASH.fullmatch(self.nt.original, gap_start, gap_end))

    def road(self, i: int, a: int, y_start: int, end: int) -> list[PlaceMention]:
        """The road "X - Y" at tokens [i, end), X ending at *a* and Y starting at *y_start* (see
        :meth:`road_end`): X with Y as its context when two of their Syrian or Iraqi namesakes lie
        within ROAD_TOWNS_KM of each other ("طريق حارم - باريشا": a stretch of road near both); none
        for a highway between far towns ("طريق الرقة – حلب" is in neither)."""
        x = self.name_text(i, a)
        y = self.name_text(y_start, end)
        xs, ys = ([p for p in self.gaz.lookup(name) if p.iso3 in SYR_IRQ and p.feature in _ROAD_TOWN_FEATURES]
                  for name in (x, y))
        if not any(km(p.lat, p.lon, q.lat, q.lon) <= ROAD_TOWNS_KM for p in xs for q in ys):
            return []
        return [self.mention(i - 1, 0, end, (i, a, 0), feature="road", context=y)]

    def near_end(self, k: int) -> int:
        """The token after a "near" phrase at *k* ("قرب", "بالقرب من", "في محيط" ...), or *k*."""
        for phrase in NEAR_BY_FIRST.get(self.word(k), ()):
            if all(self.word(k + n) == w for n, w in enumerate(phrase)):
                k += len(phrase)
                return k + (self.word(k) == _CAPITAL)  # "بالقرب من العاصمة دمشق"
        return k

    def with_context(self, end: int, feature: str | None) -> tuple[int, dict]:
        if feature == "country":
            return end, {}
        rank = RANK.get(feature, BARE_RANK)
        ctx = self.context_at(end, rank)
        if not ctx:
            return end, {}
        stop, fields = ctx
        if self.gaz is not None and "outer" not in fields and fields.get("distance_km") is None:
            # "قرية بينه التابعة لناحية شيراوا في عفرين": a qualifier itself qualified, which tells
            # which of its namesakes is meant, or places the name when the gazetteer lacks them all
            more = self.context_at(stop, rank)
            outer = more[1]["context"] if more and set(more[1]) == {"context"} else None
            key = arabic_key(outer) if outer else None
            if key and key not in self.countries and self.gaz.has_key(key):  # (a country tells no namesake)
                return more[0], {**fields, "outer": outer}
        return stop, fields

    # the main loop ----------------------------------------------------------------------------

    def run(self) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        after = 0  # the token after the last phrase found
        adverbs = _TANWEEN_FATH in self.nt.original  # (see adverb: most texts have no such ending)
        for i in itertools.compress(range(self.n), map(self._starters.__contains__, self.texts)):
            if i < after:
                continue
            word = self.words[i]
            if word.after_prep_only and i not in self.opened and not (i and self.texts[i - 1] in _OPENS_BARE):
                continue  # at_bare would find nothing (the words of _OPENS_BARE are no punctuation: see word)
            if word.kinds is _ONLY_NONE and self.texts[i] != _ALA:
                got = self.at_bare(i)  # a plain word, most: only a bare name may start at it (see _word)
            else:
                got = self.at_marked(i, word)
            if got:
                ms, after = got
                out.extend((m for m in ms if not self.adverb(m)) if adverbs else ms)
        out = self.shared_context(out)
        return self.capitals(out) if _CAPITAL_STEM in self.nt.text else out

    def capitals(self, out: list[PlaceMention]) -> list[PlaceMention]:
        """*out*, where a capital told by its title and its country's adjective alone ("في منطقة
        العاصمة السورية", "شرقي العاصمة السورية") is named: the phrase whose name is the title takes the
        city's name, and one found nowhere is added. Not when a name follows, one word on at most
        ("العاصمة العراقية بغداد", "العاصمة اليمنية المؤقتة عدن"), nor inside another phrase ("الغوطة
        الشرقية قرب العاصمة السورية")."""
        nt, text = self.nt, self.nt.original
        for m in _CAPITAL_OF.finditer(nt.text):
            start, end = nt.orig_span(m.start("title"), m.end())
            city = _CAPITAL_CITY[m["adj"]]
            k = next((k for k, p in enumerate(out) if p.name_start <= start < p.name_end), None)
            if k is not None:
                p = out[k]
                out[k] = replace(p, name=city, name_start=start, name_end=end, end=max(p.end, end))
                continue
            if any(p.start < end and start < p.end for p in out):
                continue
            after = next((p for p in out if p.start >= end), None)
            if after is not None and len(_WORD.findall(text, end, after.start)) <= 1 and not _PUNCTUATION.search(
                    text, end, after.start):
                continue
            side = _DIRECTION_BEFORE.search(nt.text, max(0, m.start() - DIRECTION_REACH), m.start())
            s = start if side is None else nt.orig_span(side.start(), side.end())[0]
            bisect.insort(out, PlaceMention(s, end, city, start, end, direction=side and DIRECTIONS[side[1]]),
                          key=lambda p: p.start)
        return out

    def shared_context(self, out: list[PlaceMention]) -> list[PlaceMention]:
        """*out*, where a village, quarter or area joined by "و" to the next one takes that one's
        context: "قرية كفرنبل وبلدة حاس بريف إدلب" puts both in Idlib's countryside (from the last,
        so that a chain of them all share it). Not a city: "مدينة حلب وبلدة حاس بريف إدلب"."""
        text = self.nt.original
        for k in range(len(out) - 1, 0, -1):
            a, b = out[k - 1], out[k]
            if b.context is not None and a.context is None and a.feature in _SHARE_CONTEXT \
                    and b.feature in _SHARE_CONTEXT and text[a.end:b.start].strip() == AND:
                out[k - 1] = replace(a, context=b.context, outer=b.outer)
        return out

    def at_marked(self, i: int, word: _Word):
        """The phrase at token *i*, "على" or a word with a place word, a direction, a facility or the
        countryside among its forms (*word*): the phrase it opens, else a bare name."""
        kinds = word.kinds
        got = None
        if self.texts[i] == _ALA:
            got = self.at_distance(i)
        elif "countryside" in kinds:
            got = self.at_countryside(i)
        if got is None and "direction" in kinds:
            got = self.at_direction(i)
        if got is None and "trigger" in kinds:
            got = self.at_trigger(i)
        if got is None and "facility" in kinds:
            got = self.at_facility(i)
        if got is None and word.bare:  # (no gazetteer name starts with most words)
            got = self.at_bare(i)
        return got

    def adverb(self, m: PlaceMention) -> bool:
        """A bare name written with the accusative ending ("يسعون دوماً لإسقاط النظام": always) is an
        adverb that shares a town's letters; a place's name does not take it."""
        return m.feature is None and (self.nt.original.endswith(_TANWEEN_FATH, m.start, m.end)
                                      or self.nt.original.endswith(_TANWEEN_FATH + "ا", m.start, m.end))

    def at_distance(self, i: int):
        d = self.distance_at(i)
        if not d:
            return None
        dist, direction, j = d
        tgt = self.target(j, need_known=False)
        if not tgt:
            return None
        feature = TRIGGERS[self.texts[j]][0] if self.texts[j] in TRIGGERS else None
        return [self.mention(i, 0, tgt[1], (*tgt, 0), feature=feature, direction=direction, distance_km=dist)], tgt[1]

    def at_countryside(self, i: int):
        cs = self.countryside_at(i)
        if not cs:
            return None
        end, name, direction, plen = cs
        a, b, skip = name
        if not skip and self.gaz is not None and self.gaz.has_key(_COUNTRYSIDE_KEY + self._key(a, b)):
            # "ريف دمشق" is a governorate
            return [self.mention(i, plen, end, (i, b, plen), feature="governorate", direction=direction)], end
        return [self.mention(i, plen, end, name, feature="countryside", direction=direction)], end

    def at_direction(self, i: int):
        d = self.direction(i)
        if not d:
            return None
        direction, used, plen = d
        tgt = self.target(i + used, need_known=True)
        if not tgt:
            return None
        t = self.texts[i + used]
        feature = TRIGGERS[t][0] if t in TRIGGERS else None
        return [self.mention(i, plen, tgt[1], (*tgt, 0), feature=feature, direction=direction)], tgt[1]

    def at_trigger(self, i: int):
        f = self.form(i, TRIGGERS)
        if f is None:
            return None
        feature, several = TRIGGERS[f.stem]
        if f.stem in NAMING_TRIGGERS:
            whole = self.known_end(i, f)
            if whole is not None and whole > i + 1:  # "مساكن هنانو"
                end, ctx = self.with_context(whole, feature)
                return [self.mention(i, f.plen, end, (i, whole, f.plen), feature=feature, **ctx)], end
        vague = feature in VAGUE or f.stem in VAGUE_WORDS
        j = i + 1
        inner = self.form(j, TRIGGERS)  # chains: "بادية بلدة البوليل", "ضواحي مدينة حلب"
        if inner is not None and inner.plen == 0 and not (
                inner.stem in NAMING_TRIGGERS and (self.known_end(j) or 0) > j + 1):
            if feature not in ("desert", "outskirts"):
                feature = TRIGGERS[inner.stem][0]
            several = several or TRIGGERS[inner.stem][1]
            j += 1
        if self.word(j) == _CAPITAL:
            # "ضواحي العاصمة دمشق"، "أطراف العاصمة السورية دمشق": the capital's name follows its title
            k = j + 1 + (self.word(j + 1) or "").endswith(_NISBA_ENDINGS[1])
            if self.known_end(k) is not None:
                j = k
        if f.stem in VILLAGES_OF and j == i + 1:
            got = self.villages_of(i, f)
            if got is not None:
                return got
        bracket = j < self.n and self.texts[j] == "("  # "قرية (كنصفرة)"; quotes are no tokens
        names = self.names_list(j + bracket, several, bracket)
        if not names:
            return None
        if f.stem in DUAL_TRIGGERS or (inner is not None and inner.stem in DUAL_TRIGGERS):
            # "بلدتي نبل والزهراء، عقبه قصف": two places, the word after the comma opens a clause
            names = names[:2]
        last = names[-1][1]
        if bracket:
            if last >= self.n or self.texts[last] != ")":
                return None
            last += 1
        if vague or several:
            # "مناطق صراع": a common word without its article after a vague or a plural place word
            # tells the kind of areas, though a village bears it
            names = [(a, b, skip) for a, b, skip in names if not (
                b == a + 1 and not self.texts[a].startswith("ال") and self._key(a, b) in BARE_STOP)]
            if not names:
                return None
        if len(names) == 1 and (names[0][1] == names[0][0] + 1 and (
                self.texts[names[0][0]] in KIND_OR_PARTY or self._indefinite_nisba_country(names[0][0])
                or self.common_adj(names[0][0]))
                or self.texts[names[0][0]] in INDEFINITE_ADJ
                or (self._indefinite_nisba_country(names[0][0]) and self.gaz is not None
                    and not self.gaz.has_key(self._key(names[0][0], names[0][1])))):
            # "منطقة حربية": a kind of place, not a name; "أحياء المعارضة": whose they are; "مدن روسية",
            # "مدينة سورية محاصرة": which country's; "أربع بلدات علوية محاصرة": who lives there, and in what state; "منطقة
            # نفطية", "محافظات جنوبية": an adjective news text uses as one (COMMON_WORDS)
            return None
        if f.stem in KNOWN_NAMES_ONLY and not bracket:
            # "قضاء سنجار معقل الطائفة": Iraq's districts are all in the gazetteer, so a district's name is
            # a known area or town's, cut there; another name makes the word the judiciary ("قضاء النظام
            # أصدر": a village is called النظام)
            names = [(a, k, skip) for a, b, skip in names
                     if (k := self.known_end(a, self._form_at(a, skip))) is not None and k <= b
                     and self.names_area(a, k, skip)]
            if not names:
                return None
            last = names[-1][1]
        if f.stem == _FRONT and len(names) == 1 and self._key(names[0][0], names[0][1]) in GROUP_FRONTS:
            return [], last
        end, ctx = self.with_context(last, feature)
        if f.stem in VAGUE_WORDS and self.texts[names[0][0]] in OFFICE_OF:
            return [], end  # "مديرية أمن أضنة": an office
        if len(names) == 1 and self._key(names[0][0], names[0][1]) in NOT_NAMES:
            # "منطقة خفض التصعيد بإدلب": no place of its own; the zone stands for its governorate
            where = self.find_context(last, end, ctx.get("context"))
            if where is None:
                return [], end
            return [self.mention(i, f.plen, end, where, feature="governorate")], end
        if vague and not ctx:
            # "مناطق نفوذ", "منطقة عمليات": a vague place word needs a known name or a qualifier
            names = [(a, b, skip) for a, b, skip in names if self.known_end(a, self._form_at(a, skip)) == b]
            if not names:
                return None
        names = [(a, b, skip) for a, b, skip in names
                 if b - a > 1 or (self._form_at(a, skip) or self.words[a].forms[0]).key not in BARE_DIRECTIONS]
        if not names:
            return None
        out = []
        for n, name in enumerate(names):
            a, b, skip = name
            last = n == len(names) - 1
            s_tok, s_skip = (i, f.plen) if n == 0 else (a, skip)
            out.append(self.mention(s_tok, s_skip, end if last else b, name, feature=feature, **ctx))
        return out, end

    def villages_of(self, i: int, f: _Form):
        """"قرى X" at *i*, X alone a town's or a city's name (one that may stand after a clitic), also
        through a canton word ("قرى مقاطعة منبج"): the villages around the town, its countryside, not
        the town; None for anything else, and before "و" or a comma ("قرى الفوعة وكفريا": a list)."""
        j = i + 1 + (self.word(i + 1) in CANTON)
        if not self.word(j):
            return None
        end = self.bare_end(j, self.words[j].forms[0], 2)
        if end is None or (end < self.n and self.texts[end][0] in (AND, ",", "،")):
            return None  # a list, "وقرى الحولة وأم شرشوح" (its "و" may glue a word names_list passes over)
        return [self.mention(i, f.plen, end, (j, end, 0), feature="countryside")], end

    def at_facility(self, i: int):
        f = self.form(i, FACILITIES)
        if f is None:
            return None
        feature = FACILITIES[f.stem]
        end = self.known_end(i, f)  # the facility itself: "سد تشرين", "مطار الطبقة"
        town = None
        if end is None or end == i + 1:
            if self.generic_adj(i + 1) or self._indefinite_nisba_country(i + 1):
                return None  # "مستشفى عسكري", "معبر حدودي", "مستشفى تركي": a kind of facility, not a named one
            if feature == "base" and self.word(i + 1) in KUNYA and (self.known_end(i + 1) or 0) <= i + 2:
                # "كتيبة أبو عمارة": a unit named after a man's kunya, an armed group, no place; its
                # name is no place either ("قاعدة أبو الظهور" is, the gazetteer knowing أبو الظهور)
                return [], min(self.n, i + 3)
            got = self.name_at(i + 1, unknown_ok=False)
            if not got:
                return None
            end = self.more_name(got[0])
            town = (i + 1, end)
        while self.word(end) in FACILITY_ADJ:
            end += 1
        stop, ctx = self.with_context(end, "neighbourhood")
        if town:  # the town in the facility's name is its most specific qualifier, and the one after
            # it ("معبر باب الهوى بريف إدلب") tells which town of that name
            ctx = {"context": self.name_text(*town), "outer": ctx.get("context")}
        return [self.mention(i, f.plen, stop, (i, end, f.plen), feature=feature, **ctx)], stop

    def more_name(self, k: int) -> int:
        """The end of a facility's name whose known first part ends at token *k*: past a second known
        name right after it ("معبر عون الدادات": the gazetteer knows عون and الدادات, not the two
        together, and the crossing is named by both), else *k*. Not past an adjective ("الحدودي",
        "الشرقي", "الروسية") or a word with a clitic ("والدادات" is a second place)."""
        w = self.word(k)
        if w is None or k in self.line_openers or w in FACILITY_ADJ or w in DIRECTION_ADJ or w in NAME_STOP \
                or w[0] in _CLITIC_LETTERS or w in STOP or not self.words[k].kinds <= _ONLY_NONE \
                or self.nationality(k) or self.generic_adj(k) or w.endswith(_NISBA_ENDINGS):
            return k  # (nor past a nisba, "قاعدة التيفور الجوية", though a Basra hamlet is called الجوية)
        return self.known_end(k) or k

    def nationality(self, i: int) -> str | None:
        """The name of the country that token *i* names as an adjective ("البلجيكية" -> بلجيكا,
        "الألمانية" -> ألمانيا), or None."""
        w = self.word(i)
        if w is None or not w.startswith("ال"):
            return None
        return self._nisba_country(w[2:])

    def _indefinite_nisba_country(self, i: int) -> bool:
        """Whether token *i* is a country's adjective without the article ("روسية", "تركية")."""
        w = self.word(i)
        return w is not None and not w.startswith("ال") and self._nisba_country(w) is not None

    def _nisba_country(self, w: str) -> str | None:
        """The country whose adjective is *w* (no article: "روسية" -> روسيا), or None."""
        if not self.countries or not w.endswith(_NISBA_ENDINGS):
            return None
        stem = w.removesuffix(_NISBA_ENDINGS[1]).removesuffix("ي")
        if len(stem) < 3:
            return None
        for tail in _COUNTRY_TAILS:
            key = arabic_key(stem + tail)
            if key in self.countries:
                # the country's own name ("ألمانيا"), for the evidence of the resolution
                return next((p.name_ar for p in self.gaz.lookup_key(key) if p.feature == "country" and p.name_ar), key)
        return None

    def generic_adj(self, i: int) -> bool:
        """Whether token *i* is an indefinite nisba adjective ("عسكري", "ميدانية"), which makes the
        place word before it generic: such a word is a name only where the gazetteer has a town of
        that name ("مطار قامشلي"), never where it has only a village ("عسكري" near Kirkuk)."""
        w = self.word(i)
        if w is None or w.startswith("ال") or not w.endswith(_NISBA_ENDINGS) \
                or len(w) < NISBA_MIN_LEN - w.endswith(_NISBA_ENDINGS[1]):
            return False  # (a feminine one may be shorter: "قاعدة جوية")
        return self.gaz is None or self.tier(self.words[i].key) < 2

    def common_adj(self, i: int) -> bool:
        """Whether token *i* is an indefinite nisba adjective that news text uses as a common word
        (COMMON_WORDS: "نفطية", "ثانية", "جنوبية"), after a place word the kind of place it is; not a
        name ending in alif maqsura, which folding spells as the adjective ("منطقة سلمى")."""
        if self.texts[i] not in COMMON_WORDS or not self.generic_adj(i):
            return False
        _, end = self.nt.orig_span(self.starts[i], self.end(i))
        return not self.nt.original[max(0, end - 8):end].rstrip(_MARKS).endswith("ى")

    def common_noun(self, f: _Form, key: str) -> bool:
        """Whether a one-word bare name read as *f* is a common word (COMMON_WORDS): so when the
        article news text gives the word belongs to no place of that name ("الحديدة" is a city in
        Yemen, "القامشلي" is Qamishli: their names take it)."""
        return f.stem in COMMON_WORDS and not any(
            fold(n).startswith(_ARTICLE) and arabic_key(n) == key
            for p in self.gaz.lookup_key(key) for n in (p.name_ar, *p.names))

    def spelt_without_article(self, i: int, end: int, f: _Form, entries) -> bool:
        """Whether a town or a country of *entries* has, as written at tokens [i, end) after the
        clitics of *f*, a name without the article ("بقامشلو"): not its main name with the article
        dropped ("فرقة", "فرقه" are a team, no spelling of الرقة)."""
        written = self.name_text(i, end, f.plen)
        return any(not p.name_ar.startswith(_ARTICLE) or (written in p.names and fold(written) != fold(p.name_ar[2:]))
                   for p in entries if p.feature in _GLUED_FEATURES)

    def speaking_state(self, i: int, end: int | None = None) -> bool:
        """Whether the name at tokens [i, end) (one token by default) is a capital (or a country abroad)
        that speaks or acts for its state: right after a verb of saying, accusing or hastening ("سارعت
        إيران إلى"), the object of an accusation ("اتهمت الدول الغربية دمشق بشنه"), or joined by "و" to
        such a capital ("وقالت دمشق وموسكو", "ووجهت الولايات المتحدة وفرنسا ضربات")."""
        if end is None or end == i + 1:
            end = i + 1
            if not self.words[i].state:
                return False  # (a capital, or a country abroad: "وقالت إيران"، "سارعت إيران إلى")
        elif not self.state_name(i, end):
            return False  # (a country abroad named in words: "الولايات المتحدة")
        before = self.word(i - 1) or ""
        unstuck = _OBJECT_PRONOUN.sub("", before)  # (the verb without its object pronoun, read once)
        after = self.word(end)
        # the verb before it, maybe with its object pronoun ("الأمر الذي نفته دمشق"), or the verb right
        # after it, its subject told first ("لكن دمشق نفت هذه المعلومات"; not "وقال", a clause of its own)
        if _state_verb(before) or _state_verb(unstuck) or after in STATE_VERBS:
            return True
        if unstuck.lstrip("وف") in WAGING:
            return True  # "التي بدأتها تركيا", "شنت واشنطن وباريس ولندن ضربات": the state that waged it
        if after == _ALREADY and self.word(end + 1) in STATE_VERBS:
            return True  # "وكانت دمشق قد اتهمت إسرائيل بشن غارة"
        if before not in PREPOSITIONS and self._waged_by(end - 1):
            # "وكانت بريطانيا وفرنسا قد شنت ضربات": the states that waged it (not
            # "القوات الأمنية في تركيا بدأت بعملية", where the place is the verb's subject's)
            return True
        if before == _FROM and self.word(i - 2) == _EACH and (
                _state_verb(verb := self.word(i - 3)) or (verb or "").lstrip("وفل") in WAGING):
            # "وحملت كل من موسكو وطهران ودمشق إسرائيل مسؤولية الغارات", "لتشارك كل من الولايات المتحدة"
            return True
        if (after or "")[:1] == "ب" and any(
                (self.word(k) or "").lstrip("وف") in ACCUSING for k in range(max(0, i - ACCUSED_REACH), i)):
            return True  # "اتهمت الدول الغربية الثلاث دمشق بشنه": the state accused of the act
        if before == _BETWEEN and any(f.key in CAPITALS for f in self.words[i].forms) and self._state_or_party(end):
            return True  # "الهدنة بين انقرة والمتمردين الاكراد", "بين واشنطن وطهران": two sides, no places
        if self.texts[i][:1] != AND or i == 0:
            return False
        # joined by "و" to the state named before it, in one word or in words ("الولايات المتحدة وفرنسا")
        return any(self.speaking_state(k, i) for k in range(i - 1, max(-1, i - STATE_NAME_WORDS - 1), -1))

    def state_name(self, i: int, end: int) -> bool:
        """Whether tokens [i, end), two words or more, name a country abroad ("الولايات المتحدة")."""
        if end - i < 2 or any(not self.words[k].forms for k in range(i, end)):
            return False
        rest = "".join(self.words[k].key for k in range(i + 1, end))
        return any((key := f.key + rest) in self.countries and not self.at_home(key) for f in self.words[i].forms)

    def _waged_by(self, i: int) -> bool:
        """Whether the state ending at token *i* is the subject of a verb of waging right after it,
        "قد" at most between, or is listed with "و" before one that is ("بريطانيا وفرنسا قد شنت")."""
        after = self.word(i + 1)
        if after in WAGING or (after == _ALREADY and self.word(i + 2) in WAGING):
            return True
        nxt = self.texts[i + 1] if i + 1 < self.n else ""
        return nxt[:1] == AND and self.words[i + 1].state and self._waged_by(i + 1)

    def _state_or_party(self, i: int) -> bool:
        """Whether token *i* is "و" and a capital, a country abroad or a party to a war ("والمتمردين")."""
        w = self.texts[i] if i < self.n else ""
        if w[:1] != AND or len(w) < 3:
            return False
        if w[1:] in KIND_OR_PARTY or w[1:] in SIDES:
            return True
        return self.words[i].state

    def after_capital(self, i: int) -> bool:
        """Whether token *i* follows the capital word, with or without its country's adjective ("العاصمة
        كابول", "العاصمة الأفغانية كابول"): it names the city as a preposition would."""
        return self.word(i - 1) == _CAPITAL or (
            self.word(i - 2) == _CAPITAL and (self.word(i - 1) or "").endswith(_NISBA_ENDINGS[1]))

    def attacked(self, i: int) -> bool:
        """Whether token *i* is the object of a verb of attack right before it or a few words on, past
        its subject (`ATTACKERS`) and no preposition or comma ("قصفت قوات النظام سراقب")."""
        # (the list of the verbs' tokens answers at once for a word with none close before it)
        v = bisect.bisect_left(self.attack_verbs, i)
        if not v or self.attack_verbs[v - 1] < i - OBJECT_REACH:
            return False
        stop = i - 1 - OBJECT_REACH
        for k in range(i - 1, stop if stop > -1 else -1, -1):  # noqa: FURB136 — max() inline (see known_end)
            w = self.word(k)
            if w in ATTACK_VERBS:
                break
            if w in PREPOSITIONS:
                return False
        else:
            return False
        if k < i - 1 and self.word(k + 1) not in ATTACKERS:
            return False
        return _CLAUSE_BREAK.search(self.nt.text, self.end(k), self.starts[i]) is None

    def hashtag(self, i: int) -> bool:
        """Whether token *i* opens a hashtag ("#دارةعزة", "#دير_الزور"): a tag of the story's place."""
        start = self.starts[i]
        return start > 0 and self.nt.text[start - 1] == "#"

    def called(self, i: int) -> bool:
        """Whether token *i* (past an opening quote) follows a naming phrase ("المنطقة المعروفة باسم
        \"الغوطة الشرقية\"", "القرية المسماة X"): what follows is a name, as after a preposition."""
        j = i - 1 - (i > 0 and self.texts[i - 1] in _QUOTES)
        w = self.word(j)
        return w in _CALLED or (w == _BY_NAME and self.word(j - 1) in _KNOWN_AS)

    def spelt_with_ha(self, i: int) -> bool:
        """Whether token *i* ends with ه as written (not ة, which folding writes ه), marks aside."""
        _, end = self.nt.orig_span(self.starts[i], self.end(i))
        return self.nt.original[max(0, end - 8):end].rstrip(_MARKS).endswith("ه")

    def misspelt_place(self, i: int, feature: str):
        """The place at token *i* after a misspelt place word ("على مدنية دارة عزة", *feature* the
        word's): a Syrian or Iraqi town or city the gazetteer knows, written without a clitic; else
        None ("منطقة مدنية", "أهداف مدنية": civil)."""
        f = self.words[i].forms[0]
        end = self.bare_end(i, f, 2) if not f.plen else None
        if end is None or not self.at_home(self._key(i, end)):
            return None
        stop, ctx = self.with_context(end, feature)
        return [self.mention(i - 1, 0, stop, (i, end, 0), feature=feature, **ctx)], stop

    def sector_place(self, i: int):
        """The place at token *i* after "قطاع" (a sector of the front: "قطاع عبلة شرق مدينة الباب"): a
        Syrian or Iraqi name the gazetteer knows, without a clitic or the article, that a qualifier
        follows; else None ("قطاع الصناعة", "قطاع كبير من الناخبين": of an economy, of people)."""
        f = self.words[i].forms[0]
        if f.plen or f.stem.startswith(_ARTICLE):
            return None
        end = self.bare_end(i, f, 1)
        if end is None or not self.at_home(self._key(i, end)):
            return None
        stop, ctx = self.with_context(end, "area")
        if not ctx.get("context"):
            return None
        skip = len(self.texts[i - 1]) - len(_SECTOR)  # "بقطاع": the clitic is no part of the mention
        return [self.mention(i - 1, skip, stop, (i, end, 0), feature="area", **ctx)], stop

    def person_after(self, end: int) -> bool:
        """Whether a person's name goes on at token *end*: a first name ("صلاح الدين عبد الكريم"), or a
        surname the gazetteer does not know and then a role ("صلاح الدين دمرداش، زعيم الحزب")."""
        w = self.word(end)
        if w is None:
            return False
        if w in PERSON_FIRST:
            return True
        role = end + 1 if self.word(end + 1) is not None else end + 2
        return not w.startswith(_ARTICLE) and not self.words[end].bare and w not in STOP \
            and self.word(role) in ROLES_AFTER_NAME

    def at_bare(self, i: int):
        """A name standing bare at token *i* ("في دوما", "بإدلب", "سوريا"), or the place after a road
        word, a sector word or a misspelt place word before it."""
        if self.gaz is None or not self.words[i].bare:
            return None  # no gazetteer name starts with this word (most words: the quick way out)
        prev = self.texts[i - 1] if i and self.words[i - 1].forms else None  # (self.word(i - 1), inline)
        if prev in _LEADS_BARE:  # (rare)
            if self.not_bare(i, prev):
                return None
            got = self.led_bare(i, prev)
            if got:
                return got
        # (whether a name starts here is asked before the reasons to read none: most words start none)
        found = self.bare_name(i, prev)
        if found is None or self.not_bare(i, prev, found[1]):
            return None
        f, end, key = found
        if prev in _EXTENT_ENDS and self.word(end) in _EXTENT_ADVERBS:
            return None  # "من إدلب شمالا وحتى درعا جنوبا": the ends of the land a campaign covered, no place of an act
        country = key in self.countries  # a country is among its entries
        stop, ctx = self.with_context(end, "country" if country else None)
        return [self.mention(i, f.plen, stop, (i, end, f.plen), **ctx)], stop

    def not_bare(self, i: int, prev: str | None, end: int | None = None) -> bool:
        """Whether the name at token *i* (up to token *end*, when known), after the word *prev*, names
        no place, though the gazetteer knows it."""
        if prev in ALLEGIANCE or prev in STREET_WORDS or prev in STREET_DUALS:
            return True  # "مقاتلين موالين لدمشق"; "شارع بغداد" (a street of another town)
        if prev == _MARTYRS or prev in _UNIT_HEADS:
            # "لواء شهداء اليرموك", "لواء اليرموك التابع للجيش الحر", "صفحة شهداء حوران": a group or a
            # page named for a place
            return True
        if i >= 2 and self.texts[i - 2] in STREET_DUALS and self.texts[i].startswith(AND):
            return True  # "شارعي الثورة وبغداد": the second street
        if i + 1 < self.n and self.texts[i + 1] in OUTLET_NUMBERS and not (i + 2 < self.n and is_arabic(self.texts[i + 2])):
            # "وفقا لمراسل درعا 24."، "الطبقة 24 - #الطبقة": a local news outlet named after its town (not
            # a count after the place: "قتل في درعا 24 مدنيا")
            return True
        if prev in RULE_WORDS and any(f.key in CAPITALS for f in self.words[i].forms):
            return True  # "مواليا لنظام دمشق", "حكومة أنقرة": the state, not the city
        if self.speaking_state(i, end):
            return True  # "اتهمت دمشق إسرائيل", "وأعلنت بغداد", "وقالت دمشق وموسكو": governments, not cities
        if i + 1 < self.n and self.texts[i + 1] in _RANGE_PAIRS and self.texts[i].removeprefix(AND) in _RANGE_PAIRS:
            return True  # "للمدى ما بين القصير والمتوسط": short and medium range, not Al-Qusayr
        if self.texts[i] in HIS_NOUNS and self.spelt_with_ha(i):
            return True  # "في حديثه لوكالة": his talk, not Haditha
        if self.texts[i] in PLACE_DUALS:
            return True  # "في قريتين": two villages
        if self.texts[i] in _NUMBER_WORDS:
            return True  # "نزاع أوقع أكثر من أربعين ألف قتيل": a number, not the village أربعين
        glued = self.texts[i].startswith(AND)
        w = self.texts[i][1:] if glued else self.texts[i]
        if (w.startswith(_ARTICLE) and self._nisba_country(w[2:]) is not None) \
                or (glued and i and self._indefinite_nisba_country(i - 1)):
            # "العاصمة السورية دمشق", "الطائرات الروسية والسورية", "مصادر عراقية وسورية": Syrian, an
            # adjective, though "سورية" is also how many write Syria
            return True
        # "قال الرائد علي عجمي": folding made the name علي the preposition على
        return prev == _ALA and self.word(i - 2) in TITLES_BEFORE_NAME

    def led_bare(self, i: int, prev: str):
        """The place at token *i* after *prev*, a road word, a sector word or a misspelt place word
        (see _LEADS_BARE): a road, a sector, a town; or None."""
        if prev in ROADS:
            road = self.road_end(i)
            if road is not None:
                return self.road(i, *road), road[2]
            a = self.road_to_unknown(i)
            if a is not None:
                # "طريق سرمدا - البردقلي" with a village the gazetteer lacks: the road near the town known
                return [self.mention(i - 1, 0, a, (i, a, 0), feature="road")], a
        if prev in SECTOR_WORDS:
            got = self.sector_place(i)
            if got:
                return got
        misspelt = MISSPELT_TRIGGERS.get(prev)
        return self.misspelt_place(i, misspelt) if misspelt else None

    def bare_name(self, i: int, prev: str | None) -> tuple[_Form, int, str] | None:
        """The gazetteer name standing bare at token *i* after the word *prev*: the form of the token it
        starts with, its end token and its key; or None."""
        after_prep = prev in PREPOSITIONS or i in self.named
        # (a town at home: "استهدف باريس" is abroad; "وقصفت القريتين" are two villages)
        attacked = not after_prep and i in self.objects and self.at_home(self.words[i].key) \
            and self.texts[i].removeprefix(_ARTICLE) not in PLACE_DUALS
        tagged = i in self.tagged and self.at_home(self.words[i].key)  # (a capital abroad tagged is its state)
        for f in self.words[i].bare:  # the whole word first: "لبنان" is not ل + بنان
            if len(f.key) < BARE_MIN_KEY and not (f.prep or f.plen or after_prep):
                continue  # "تل" (a hill) and "أم" (or) head names only after a preposition: "على تل تمر"
            if f.prep or f.plen or (tagged and not after_prep):
                need = 2  # glued clitic: "بإدلب", "لدير الزور", "وحلب"; a town's hashtag: "#دارةعزة"
            elif after_prep:
                need = 1  # "في مريمين"
            elif attacked:
                need = 2  # "قصفت قوات النظام سراقب": a town, the object of an attack
            else:
                need = 3  # anywhere: "سوريا", "حلب"
                if f.key not in self.anywhere:
                    continue  # (bare_end's first test, without the call: most such words start no name)
            end = self.bare_end(i, f, need)
            if end is None:
                continue
            key = f.key + "".join(self.words[k].key for k in range(i + 1, end))
            if f.plen and not f.stem.startswith(_ARTICLE) and \
                    not self.spelt_without_article(i, end, f, self.gaz.lookup_key(key)):
                continue  # a town's name with the article keeps it after a clitic (فالرقة): "فرقة" is a team
            if end == i + 1 and self.word(end) in COMMON_BEFORE.get(f.stem, ()):
                continue  # "الطبقة الحاكمة"
            if end == i + 1 and not after_prep and not f.prep and f.stem in ADVERB_NAMES and _verb_with_object(prev):
                continue  # "يستهدفها دوما": always
            if end == i + 1 and self.common_noun(f, key):
                continue  # "في سلوك الأطفال": behaviour
            if self.word(end) in _ANOTHER:
                continue  # "قد تستحيل إلى حلب ثانية": a likeness, not the city
            if key in DEMOTED and self.person_after(end):
                continue  # "عزلة على صلاح الدين دمرداش زعيم الحزب": a man's name
            return f, end, key
        return None

_ALA = fold("على")
_DISTANCE_WORD = fold("بعد")  # "على بعد", see DISTANCE
_FOR_THE = fold("لل")  # ل + ال
# An unknown word ending in a possessive pronoun is a noun of something's ("موقعها", "مصادر تمويلها"),
# not a place's name (the gazetteer's names are found whatever their ending).
_POSSESSIVE_ENDINGS = ("ها", "هما", "هم")
PRONOUN_NAME_MIN = 4  # letters an unknown word has beyond which such an ending is a pronoun's
_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"  # harakat, shadda, sukun, tatweel
_OBJECT_PRONOUN = re.compile("(?:هما|هم|ها|ه)$")


def _verb_with_object(w: str | None) -> bool:
    """Whether (folded) word *w* reads as a verb in the present with its object pronoun ("يستهدفها",
    "تدفعه"): a prefix of the present, a pronoun ending, and a stem of three letters at least."""
    return bool(w) and w[0] in "يت" and _OBJECT_PRONOUN.search(w) is not None and len(_OBJECT_PRONOUN.sub("", w)) >= 4


def _state_verb(w: str | None) -> bool:
    """A verb of saying or acting for a state (STATE_VERBS), maybe after و / ف."""
    return bool(w) and (w in STATE_VERBS or (w[0] in "وف" and w[1:] in STATE_VERBS))
# "المعروفة باسم X", "المسماة X": a name follows (see _Finder.called)
_BY_NAME = fold("باسم")
_KNOWN_AS = frozenset(fold(w) for w in ("المعروفة", "المعروف", "تعرف", "يعرف", "تسمى", "يسمى"))
_CALLED = frozenset(fold(w) for w in ("المسماة", "المسمى", "المدعوة", "المدعو"))
_QUOTES = frozenset('"\'«“”')
_ANOTHER = frozenset(fold(w) for w in ("ثانية", "ثان", "ثاني", "أخرى"))
_ARTICLE = "ال"
_CAPITAL = fold("العاصمة")
_CAPITAL_STEM = fold("عاصمة")
_CAPITAL_CITY = {fold(adj): city for adj, city in CAPITALS_BY_ADJECTIVE.items()}
# a direction right before a capital's title: "شرقي العاصمة السورية"
_DIRECTION_BEFORE = regex.compile(r"(?<!\w)(" + "|".join(fold(w) for w in _DIRECTIONS_RAW) + r")\s+$")
DIRECTION_REACH = 12  # characters before the title where it may stand
_PUNCTUATION = regex.compile(r"[.،,؛:!؟]")
_WORD = regex.compile(r"\w+")
# "العاصمة السورية", after a clitic ("بالعاصمة"، "للعاصمة"): the title and its adjective
_CAPITAL_OF = regex.compile(r"(?<!\w)[وف]?[بلك]?(?P<title>(?:ال|ل)" + _CAPITAL_STEM + r")\s+(?P<adj>"
                            + "|".join(map(regex.escape, _CAPITAL_CITY)) + r")(?!\w)"
                            # (not one told with another adjective: "العاصمة اليمنية المؤقتة عدن")
                            + r"(?!\s+ال\w+ه(?!\w))")
_NISBA_FEMININE = fold("ية")
_SECTOR = fold("قطاع")
# what a name glued to a clitic may stand for (the others need a separate preposition: "في مريمين")
_GLUED_FEATURES = frozenset({"country", "admin1", "admin2", "city", "town"})
_CLITIC_LETTERS = "وفبلك"
# Verbs that may follow a place's name, no second word of it: of a result ("أدت"), and short ones of
# the past whose form tells no verb ("في مدينة سروج قام به داعش", "بلدة X شهدت", "قرية X كانت")
_RESULT_VERB_FORMS = frozenset(fold(w) for w in (*RESULT_VERBS, "أودى", "أودت", "قام", "قامت", "شهد", "شهدت",
                                                 "كان", "كانت", "جرى", "جرت", "حدث", "حدثت"))
_VERB_PREFIXES = "تين"  # imperfect verbs (تقع، يؤدي، نفذ) and the past tense's ت (تعرضت)
_PRONOUN_SUFFIXES = ("ها", "هم", "هما", "كم")
_NISBA_ENDINGS = ("ي", fold("ية"))  # folded: ة -> ه
# how a country's name ends where its adjective ends in -ي/-ية: بلجيك-ا، ألمان-يا، لبنان، روس-يا، السودان
_COUNTRY_TAILS = ("", "ا", "يا", "ان")
NISBA_MIN_LEN = 5  # "عسكري", "حدودي"; shorter words ending in ي are too often names ("بلي"); 4 for ية: "جوية"
_ONLY_NONE = frozenset({None})
_ALREADY, _FROM, _EACH = fold("قد"), fold("من"), fold("كل")
STATE_NAME_WORDS = 3  # the most words of a country's name a state named before "و" may take ("الولايات المتحدة")
# The ends of a stretch of land, each with the quarter it lies in ("من إدلب شمالا وحتى درعا جنوبا")
_EXTENT_ENDS = frozenset(fold(w) for w in ("من", "ومن", "حتى", "وحتى", "إلى", "وإلى"))
_EXTENT_ADVERBS = frozenset(fold(w) for w in ("شمالا", "جنوبا", "شرقا", "غربا"))
_MARTYRS = fold("شهداء")
_UNIT_HEADS = frozenset(_F(w) for w in ("لواء", "ألوية", "كتيبة", "كتائب", "فيلق", "سرايا"))
# Adjectives of range, one joined to the next by "و": "المدى ما بين القصير والمتوسط"
_RANGE_PAIRS = frozenset(_F(w) for a in ("القصير", "المتوسط", "البعيد", "الطويل") for w in (a, AND + a))
ROADS = frozenset(fold(w) for w in ("طريق", "الطريق", "وطريق", "أوتوستراد", "اوتوستراد", "الأوتوستراد",
                                   "الاوتوستراد", "طرق", "خط"))
_PREPOSITION_OR_ROAD = PREPOSITIONS | ROADS
# the words after which a plain word's names may stand bare (see ``_Finder.run``): one set, one lookup
_OPENS_BARE = frozenset(_PREPOSITION_OR_ROAD | SECTOR_WORDS | MISSPELT_TRIGGERS.keys())
# the words after which a place stands bare that is no gazetteer name alone (see ``_Finder.led_bare``)
_LEADS_BARE = frozenset(ROADS | SECTOR_WORDS | MISSPELT_TRIGGERS.keys())
# the words that name what follows them (see ``_Finder.after_capital`` and ``called``), and those a
# token may follow to be named, or attacked (see ``_Finder._openings``)
_NAMING_WORDS = frozenset({_CAPITAL, _BY_NAME, *_CALLED})
_OPENING_WORDS = _NAMING_WORDS | ATTACK_VERBS
_HASHTAG_SIGN = re.compile("#")
_CLAUSE_BREAK = re.compile("[,،.:؛\n]")  # between a verb of attack and its object (see _Finder.attacked)
_TATWEEL_DASH = re.compile("\\s+\u0640+\\s+")
ROAD_TOWNS_KM = 30.0  # "طريق X - Y" is placed on the road when X and Y lie this close (a local road)
_ROAD_TOWN_FEATURES = frozenset({"city", "town", "village"})
VAGUE = frozenset({"area"})
# Places that lie within a town's or a countryside's bounds: one joined to the next by "و" shares its
# context (see _Finder.shared_context).
_SHARE_CONTEXT = frozenset({"neighbourhood", "camp", "farm", "area", "village", "town"})
# How big a place word's place is, for "X في <place word> Y" to make Y the qualifier of X.
RANK = {"neighbourhood": 0, "camp": 0, "farm": 0, "area": 1, "village": 1, "desert": 1, "outskirts": 1, "town": 2,
        "city": 3, "subdistrict": 3, "district": 4, "countryside": 4, "governorate": 5}
BARE_RANK = 2.5  # a bare name is taken for a town  # place words that also name things that are not places
_MARKUP = re.compile(r"[#\"'«»“”()\[\]]")


def _clean_name(text: str) -> str:
    """A name without hashtag signs, quotes or brackets ("#دير_الزور" -> "دير الزور")."""
    if text.isalpha():
        return text  # one word and nothing else, most names
    return " ".join(_MARKUP.sub(" ", text).replace("_", " ").split())
_COUNTRYSIDE_FORMS = frozenset({COUNTRYSIDE, "ال" + COUNTRYSIDE, COUNTRYSIDES})
_COUNTRYSIDE_KEY = arabic_key(COUNTRYSIDE)
_KINDS: dict[str, str] = {
    **{w: "trigger" for w in TRIGGERS}, **{w: "facility" for w in FACILITIES},
    **{w: "direction" for w in DIRECTIONS}, **{w: "countryside" for w in _COUNTRYSIDE_FORMS},
}


def _anywhere(feature: str, iso3: str | None, population: int = 0) -> bool:
    """Whether an entry's name may stand bare anywhere in a text (tier 3): a country abroad, or a Syrian
    or Iraqi governorate, city or big town ("وظلت عفرين تتعرض للقصف")."""
    if iso3 in SYR_IRQ:
        return feature in ("admin1", "city") or (feature == "town" and population >= BARE_ANYWHERE_MIN_POP)
    return feature == "country"


def _anywhere_prefixes(gaz: Gazetteer) -> frozenset[str]:
    """Every beginning of the keys of names that may stand anywhere (a few hundred names): a word that
    begins none of them starts no such name, and most words out of a preposition's reach are
    dismissed by that alone."""
    return frozenset(k[:n] for k in gaz.keys_where(_anywhere) for n in range(1, len(k) + 1))


def _tier(gaz: Gazetteer, key: str) -> int:
    """See :meth:`_Finder.tier`."""
    if len(key) < BARE_MIN_KEY or key in BARE_STOP:
        return 0
    if key in DEMOTED:
        return 2
    best = 0
    for p in gaz.lookup_key(key):
        if not takes_name(p, key, None):
            continue  # "الصفيح" does not stand bare for the farm "مزرعة الصفيح"
        if _anywhere(p.feature, p.iso3, p.population):
            return 3
        if p.iso3 not in SYR_IRQ:
            if p.feature == "city" and p.population >= BARE_FOREIGN_MIN_POP:
                best = max(best, 2)
        elif p.feature == "town" or p.population >= BARE_TOWN_MIN_POP:
            best = max(best, 2)
        elif p.id in gaz.regions or (p.feature == "landmark" and len(key) >= BARE_LANDMARK_MIN_KEY
                                     and p.id.startswith("sa:")):
            best = max(best, 2)  # named regions ("سهل الغاب", "وادي بردى") and the Syrian Archive's landmarks
        elif (p.feature in ("village", "admin2", "admin3") and len(key) >= BARE_VILLAGE_MIN_KEY) \
                or len(key) >= BARE_LANDMARK_MIN_KEY:
            best = max(best, 1)
    return best


def find_places(nt: NormText, gazetteer: Gazetteer | None | object = _DEFAULT) -> list[PlaceMention]:
    """Place phrases in *nt*, in text order (see the module docstring). *gazetteer* defaults to the
    shipped one; ``None`` recognizes place-word phrases only."""
    gaz = default_gazetteer() if gazetteer is _DEFAULT else gazetteer
    if gaz is not None and not isinstance(gaz, Gazetteer):
        raise TypeError(f"gazetteer must be a Gazetteer or None, not {type(gaz).__name__}")
    return _Finder(nt, gaz, gaz.memo if gaz is not None else {}).run()
