"""Words of the casualty-count grammar, as data a domain expert can edit.

Written in ordinary Arabic; ``rasd.recognize.counts`` folds every entry and adds the proclitics
(و ف ب ل ك ال) itself, so list bare words only. Phrases are space-separated words.

Civilian flag: True civilians, False fighters (any armed or security force), None unknown.
Dual kinds say which endings are *only* a dual, so "طفلين" can count 2 without "مدنيين"
(usually the plural "civilians") doing so:
  "broken" — the plural is broken (أطفال), so sg+ين and sg+ان are duals (طفلين، طفلان);
  "sound"  — the plural is sg+ين (مدنيين), so only sg+ان is a sure dual (مدنيان);
  "fem"    — the singular ends in ة; stem+تين / stem+تان are duals (طفلتين، امرأتان);
  None     — no dual is read (طالبين is also "demanding", عاملين "working").
"""
from __future__ import annotations

# --- people ------------------------------------------------------------------------------------
#: (singular, plurals, civilian, dual kind). Sound plurals are listed in both cases (ين / ون).
PEOPLE: tuple[tuple[str, str, bool | None, str | None], ...] = (
    # civilians
    ("مدني", "مدنيين مدنيون مدنين", True, "sound"),  # (مدنين: a common misspelling)
    ("مدنية", "مدنيات", True, "fem"),
    ("طفل", "أطفال", True, "broken"),
    ("طفلة", "طفلات", True, "fem"),
    ("امرأة", "نساء نسوة سيدات", True, "fem"),
    ("سيدة", "سيدات", True, "fem"),
    ("فتاة", "فتيات", True, "fem"),
    ("رجل", "رجال", True, "broken"),  # SOHR and most outlets write عنصر/مقاتل for fighters
    ("شاب", "شبان شباب", True, "broken"),
    ("شابة", "شابات", True, "fem"),
    ("مواطن", "مواطنين مواطنون", True, "sound"),
    ("مواطنة", "مواطنات", True, "fem"),
    ("ساكن", "سكان أهالي قاطنين", True, None),  # "أحد سكان القرية"، "أحد الأهالي": one resident
    ("طالب", "طلاب", True, None),
    ("طالبة", "طالبات", True, "fem"),
    ("متظاهر", "متظاهرين متظاهرون", True, "sound"),
    ("محتج", "محتجين محتجون", True, "sound"),
    ("مدرس", "مدرسين", True, "sound"),
    ("معلم", "معلمين", True, "sound"),
    ("صحفي", "صحفيين صحفيون", True, "sound"),
    ("صحافي", "صحافيين صحافيون", True, "sound"),
    ("إعلامي", "إعلاميين", True, "sound"),
    ("ناشط", "ناشطين نشطاء", True, "sound"),
    ("مسعف", "مسعفين", True, "sound"),
    ("متطوع", "متطوعين", True, "sound"),
    ("طبيب", "أطباء", True, "broken"),
    ("ممرض", "ممرضين", True, "sound"),
    ("عامل", "عمال", True, None),
    ("موظف", "موظفين موظفون", True, "sound"),
    ("مزارع", "مزارعين", True, "sound"),
    ("راع", "رعاة", True, None),
    ("سائق", "سائقين", True, "sound"),
    ("راكب", "ركاب", True, None),
    ("نازح", "نازحين", True, "sound"),
    ("لاجئ", "لاجئين", True, "sound"),
    ("قاصر", "قاصرين قصر", True, "sound"),
    ("رضيع", "رضع", True, "broken"),
    ("مصل", "مصلين", True, None),
    ("مسن", "مسنين", True, "sound"),
    ("أم", "أمهات", True, None),  # "بينهم أم وطفلتان"; see PERSON_BEFORE_AND
    ("أب", "آباء", True, None),  # "مقتل أب وابنه"; folded like the month آب: see PERSON_BEFORE_AND
    # women named by their work or state ("مقتل إحدى المسعفات"، "استشهاد ممرضتين"); not "مدرسة"
    # (a school) nor "عاملة" (also "working")
    ("مسعفة", "مسعفات", True, "fem"),
    ("متطوعة", "متطوعات", True, "fem"),
    ("ممرضة", "ممرضات", True, "fem"),
    ("طبيبة", "طبيبات", True, "fem"),
    ("معلمة", "معلمات", True, "fem"),
    ("صحفية", "صحفيات", True, "fem"),
    ("صحافية", "صحافيات", True, "fem"),
    ("إعلامية", "إعلاميات", True, "fem"),
    ("ناشطة", "ناشطات", True, "fem"),
    ("موظفة", "موظفات", True, "fem"),
    ("نازحة", "نازحات", True, "fem"),
    ("لاجئة", "لاجئات", True, "fem"),
    ("مسنة", "مسنات", True, "fem"),
    ("رضيعة", "رضيعات", True, "fem"),
    ("قاصرة", "قاصرات", True, "fem"),
    # fighters and security forces
    ("عنصر", "عناصر", False, "broken"),
    ("مقاتل", "مقاتلين مقاتلون", False, "sound"),
    ("جندي", "جنود", False, "broken"),
    ("عسكري", "عسكريين عسكريون", False, "sound"),
    ("مسلح", "مسلحين مسلحون", False, "sound"),
    ("قيادي", "قياديين قياديون", False, "sound"),
    ("قائد", "قادة", False, "broken"),
    ("ضابط", "ضباط", False, "broken"),
    ("إرهابي", "إرهابيين إرهابيون", False, "sound"),
    ("داعشي", "دواعش", False, "broken"),
    ("متشدد", "متشددين متشددون", False, "sound"),
    ("متطرف", "متطرفين متطرفون", False, "sound"),
    ("جهادي", "جهاديين جهاديون", False, "sound"),
    ("شرطي", "شرطيين", False, "sound"),
    ("شرطية", "شرطيات", False, "fem"),
    ("مجند", "مجندين", False, "sound"),
    ("مرتزق", "مرتزقة", False, "broken"),
    ("انتحاري", "انتحاريين", False, "sound"),
    ("مستشار", "مستشارين", False, "sound"),
    ("خبير", "خبراء", False, "broken"),
    ("حارس", "حراس", False, "broken"),
    ("مرافق", "مرافقين", False, "sound"),
    ("مهاجم", "مهاجمين مهاجمون", False, "sound"),
    ("أمير", "أمراء", False, "broken"),
    ("زعيم", "زعماء", False, "broken"),
    ("عميد", "", False, None),
    ("عقيد", "", False, None),
    ("نقيب", "", False, None),
    ("ملازم", "", False, None),
    ("رقيب", "", False, None),
    ("مجاهد", "مجاهدين", False, "sound"),
    # unknown
    ("شخص", "أشخاص", None, "broken"),
    ("فرد", "أفراد", None, "broken"),  # "تسعة أفراد من قوات الحرس الوطني قتلوا", "5 أفراد من عائلة واحدة"
    ("مسؤول", "مسؤولين", None, "sound"),
    ("عضو", "أعضاء", None, "broken"),  # "توفي عضو الحزب ... متأثرا بإصابته": a party's member may be either
    ("منتسب", "منتسبين منتسبون", None, "sound"),  # "أحد منتسبي وزارة الداخلية": a member, of whatever body
    ("ضحية", "ضحايا", None, "fem"),
    # people named by their people ("أدى إلى مقتل كوردي وإصابة آخر"): of either side
    ("كردي", "أكراد كرد", None, None),
    ("كوردي", "كورد", None, None),
)

#: People nouns that name a member of the group in their genitive: "22 من رجال الأمن"، "3 رجال
#: شرطة". A member of an armed or security force is a fighter, whatever the noun alone says.
MEMBERS_OF: tuple[str, ...] = ("رجل", "رجال")

#: Singulars that are a person only before "و" or a pause ("بينهم أم وطفلتان"، "مقتل أم، وإصابة"); before
#: another word they are a particle ("ما إذا كان قد قتل أم تم اعتقاله": "or").
PERSON_BEFORE_AND: tuple[str, ...] = ("أم", "أب")

#: What the cases after a number ("70 حالة اختناق") are cases of, when not of a casualty noun ("5 حالات
#: وفاة"): those count the people hurt; cases of anything else count no casualty.
CASE_KINDS: dict[str, str] = {"اختناق": "injured", "تسمم": "injured", "إغماء": "injured", "ضيق": "injured",
                              "اعتقال": "captured", "احتجاز": "captured", "خطف": "captured", "اختطاف": "captured"}

#: (singular, plurals, category, dual kind, a lone indefinite singular counts 1).
#: "سقوط قتيل"، "أردته قتيلا" count one; a lone "مصاب" mostly describes someone already counted.
CASUALTY_NOUNS: tuple[tuple[str, str, str, str | None, bool], ...] = (
    ("قتيل", "قتلى", "killed", "broken", True),
    ("شهيد", "شهداء", "killed", "broken", True),
    ("جثة", "جثث", "killed", "fem", True),
    ("جثمان", "جثامين", "killed", "broken", False),
    ("وفاة", "وفيات", "killed", "fem", False),
    ("قتيلة", "قتيلات", "killed", "fem", True),
    ("شهيدة", "شهيدات", "killed", "fem", True),
    ("جريح", "جرحى", "injured", "broken", True),
    ("جريحة", "جريحات", "injured", "fem", True),
    ("مصاب", "مصابين مصابون", "injured", "sound", False),
    ("إصابة", "إصابات", "injured", "fem", False),
    ("أسير", "أسرى", "captured", "broken", False),
    ("معتقل", "معتقلين معتقلون", "captured", "sound", False),
    ("مخطوف", "مخطوفين", "captured", "sound", False),
    ("مختطف", "مختطفين مختطفون", "captured", "sound", False),
    ("مختطفة", "مختطفات", "captured", "fem", False),
    ("معتقلة", "معتقلات", "captured", "fem", False),
    ("أسيرة", "أسيرات", "captured", "fem", False),
    ("محتجز", "محتجزين", "captured", "sound", False),
    ("رهينة", "رهائن", "captured", "fem", False),
)

#: Kin with a possessive pronoun after a count ("مصرع عنصر وعائلته"، "وإصابة زوجته وطفليهما").
#: ONE: one person; TWO: dual stems (طفلي+ه = his two children); SOME: at least one, number unknown.
KIN_ONE: tuple[str, ...] = ("زوجة", "زوج", "ابن", "نجل", "ابنة", "شقيق", "شقيقة", "والد", "والدة",
                            "طفل", "طفلة", "حفيد", "حفيدة", "أخت")
KIN_ONE_IRREGULAR: tuple[str, ...] = ("أخيه", "أخوه", "أخاه", "أخيها", "أخوها", "أبيه", "أبوه", "أمه", "أمها")
KIN_TWO: tuple[str, ...] = ("طفل", "ابن", "نجل", "ولد", "ابنت", "طفلت", "شقيق", "شقيقت")
KIN_SOME: tuple[str, ...] = ("عائلة", "أسرة", "أطفال", "أبناء", "أولاد", "بنات", "أحفاد", "ذوي", "أقارب",
                             "أشقاء", "إخوة")
#: People at one's side, counted as kin are ("أدى إلى مقتله وسائقه": two) but of no side known
#: (a guard may be a fighter).
COMPANIONS_ONE: tuple[str, ...] = ("سائق", "مرافق", "حارس")
PRONOUNS: tuple[str, ...] = ("ه", "ها", "هم", "هما", "هن")

#: Words for a group a count is drawn from: "25 من عناصر تنظيم الدولة"، "قتلى في صفوف قوات النظام".
FIGHTER_GROUPS: tuple[str, ...] = (
    "قوات", "جيش", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "تنظيم", "فصيل", "فصائل", "حزب",
    "الحرس", "الحشد", "البيشمركة", "بيشمركة", "وحدات", "قسد", "داعش", "النصرة", "هيئة", "الشرطة",
    "شرطة", "الأمن", "الأسايش", "الشبيحة", "النظام", "الاحتلال", "كتيبة", "لواء", "الفرقة", "فرقة",
    "جبهة", "حركة", "الجبهة", "الحركة", "التحالف", "المعارضة", "الدفاع الوطني",
)
CIVILIAN_GROUPS: tuple[str, ...] = ("عائلة", "أسرة", "سكان", "المدنيين", "الأهالي", "أبناء", "الدفاع المدني")

# --- outcomes ----------------------------------------------------------------------------------
#: Words before a count. "near": only fillers and hedges may stand between ("مقتل 5"، "مقتل ما لا
#: يقل عن 25"); "verb": up to VERB_GAP words may ("قتلت الطائرات الروسية 12 مدنيا").
TRIGGERS_NEAR: dict[str, tuple[str, ...]] = {
    "killed": ("مقتل", "استشهاد", "مصرع", "وفاة", "إعدام", "اغتيال", "تصفية", "ارتقاء", "بحياة", "راح ضحيته",
               "راح ضحيتها", "راح ضحيتهم", "ذهب ضحيته", "ذهب ضحيتها", "ذهب ضحيتهم", "قطع رأس", "قطع رؤوس"),
    "injured": ("إصابة", "جرح", "إصابات"),
    "captured": ("أسر", "احتجاز", "اختطاف", "خطف", "توقيف", "القبض على"),
}
TRIGGERS_VERB: dict[str, tuple[str, ...]] = {
    "killed": ("قتل", "قتلت", "تقتل", "يقتل", "قتلوا", "استشهد", "استشهدت", "توفي", "توفيت", "أعدم",
               "أعدمت", "أعدموا", "يعدم", "اغتال", "اغتالت", "اغتالوا", "لقي", "لقيت", "لقوا", "قضى", "قضت",
               "أودى", "أودت", "ارتقى", "ارتقت", "ذبح", "ذبحت", "ذبحوا", "نحر", "نحرت"),
    "injured": ("أصيب", "أصيبت", "أصاب", "أصابت", "تصيب", "يصيب", "جرحت"),
    "captured": ("اعتقل", "اعتقلت", "تعتقل", "يعتقل", "احتجز", "احتجزت", "اختطف", "اختطفت", "خطفت",
                 "اقتاد", "اقتادت", "اقتادوا", "أوقف", "أوقفت", "أسرت", "اعتقالات", "الاعتقالات",
                 "اعتقال"),
}
#: Singular verbs of one person's outcome that, right before "مع" and a count, tell of their subject
#: besides those with them ("العجلاني قتل مع ثلاثة عناصر آخرين": four).
SUBJECT_WITH_OTHERS: dict[str, tuple[str, ...]] = {
    "killed": ("قتل", "قتلت", "استشهد", "استشهدت", "توفي", "توفيت", "أعدم", "أعدمت", "اغتيل", "اغتيلت"),
    "injured": ("أصيب", "أصيبت", "جرح", "جرحت"),
    "captured": ("اعتقل", "اعتقلت", "اختطف", "اختطفت", "خطف", "خطفت", "أسر", "أسرت"),
}
#: Deaths that need not be anyone's act ("فيما توفي 280 بسبب سوء الظروف").
NATURAL_DEATH: tuple[str, ...] = ("توفي", "توفيت", "وفاة")
VERB_GAP = 3  # "قتل التنظيم خمسة"، "اعتقلت قوات قسد 5 شبان"; more words lose the verb's object
#: Outcome words with another, everyday sense ("ارتقاء" is also "rising"): they count only people
#: named by a noun or a name ("ارتقاء 7 أشخاص"، "ارتقاء سعد الدين بري"), never a bare number.
NEEDS_PERSON: tuple[str, ...] = ("ارتقاء", "ارتقى", "ارتقت", "ارتقوا", "ارتقيا")
#: Verbs after which a person's name is the one who died ("استشهد الفنان جمعة"، "توفي محمد"). After a
#: transitive verb a name may be its subject ("قتل محمد زوجته"), so names count only after these.
INTRANSITIVE: tuple[str, ...] = ("استشهد", "استشهدت", "توفي", "توفيت", "قضى", "قضت", "ارتقى", "ارتقت", "لقي",
                                 "لقيت")

#: Totals announced with a connector: "ارتفع عدد القتلى ... إلى 12"، "القتلى في محسنلي هم 5 أطفال".
TALLY_HEADS: tuple[str, ...] = ("عدد", "حصيلة")
TALLY_NOUNS: dict[str, str] = {"ضحايا": "killed", "الضحايا": "killed"}  # plus every casualty plural
TALLY_CONNECTORS: tuple[str, ...] = ("إلى", "ل", "بلغ", "بلغت", "هم", "هن", "وصل", "وصلت")
#: Verbs that raise a toll, opening a clause after an act ("قتل خمسة مدنيين السبت جراء القصف ليرتفع عدد
#: القتلى منذ بدء التصعيد إلى 105"): the tally after one is the period's; the act before it is one act.
RAISING: tuple[str, ...] = ("ليرتفع", "لترتفع", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "ليرفع", "لترفع")
#: Verbs that may open the tally, its count right after it: "بلغ عدد القتلى 18 عنصرا".
TALLY_VERBS: tuple[str, ...] = ("بلغ", "بلغت", "وبلغ", "وبلغت", "وصل", "وصلت", "ووصل", "ووصلت")
TALLY_GAP = 15

#: Words after a count: "12 شخصا على الأقل قتلوا"، "لقي 4 مقاتلين مصرعهم"، "فقدان 25 شخصا لحياتهم".
TRIGGERS_RIGHT: dict[str, tuple[str, ...]] = {
    "killed": ("قتلوا", "قتلو", "قتلا", "قتلتا", "قضوا", "استشهدوا", "مصرعهم", "مصرعه", "مصرعها",
               "مصرعهما", "حتفهم", "حتفه", "حتفها", "حتفهما", "حياتهم", "حياته", "حياتها", "حياتهما", "لحياتهم",
               "لحياته", "لحياتها", "لحياتهما", "مقتلهم", "مقتلهما", "أعدموا", "ارتقوا", "ارتقيا", "توفوا", "توفيا",
               "استشهدا", "استشهدتا", "استشهدن", "فارقوا الحياة", "فارقا الحياة", "نحبهم",
               "لقوا مصرعهم", "لقوا حتفهم", "لقيا مصرعهما", "لقيا حتفهما",  # "16 شخصا قد لقوا مصرعهم"
               "سقطوا قتلى", "سقطا قتيلين", "سقطن قتلى"),  # "44 شخصا على الأقل سقطوا قتلى"
    "injured": ("أصيبوا", "أصيبا", "جرحوا", "بجروح", "بجراح", "إصابتهم", "إصابتهما", "سقطوا جرحى", "سقطا جريحين"),
    "captured": ("اعتقلوا", "اختطفوا", "أسروا", "اعتقالهم", "اختطافهم"),  # not أسرهم: also "their families"
}
RIGHT_GAP = 4
#: Singular verbs count only right after the count ("شخصا واحدا قتل"); further on they often start a
#: new clause with a subject of its own.
TRIGGERS_RIGHT_NEXT: dict[str, tuple[str, ...]] = {
    "killed": ("قتل", "قتلت", "توفي", "توفيت", "استشهد", "استشهدت", "ارتقى", "ارتقت", "قضى", "قضت"),
    "injured": ("أصيب", "أصيبت", "جرح", "جرحت"),
    "captured": ("اعتقل", "اعتقلت", "اختطف", "اختطفت"),
}
#: Words right after one person (a singular noun: "طفل استشهد اليوم"، "فقدت امرأة حياتها"; or a title and
#: name: "الطفل علي، ضحية جديدة") that say he or she was hit.
#: "ضحية" after one person is counted as killed: in these reports a named or counted single victim
#: ("مدني ضحية رصاص قسد") is a death, the wounded are "مصاب"/"جريح"; a generic "يقع ضحية" (a verb
#: between) or the plural "ضحايا" (which also takes in the wounded) is not read this way.
TRIGGERS_AFTER_ONE: dict[str, tuple[str, ...]] = {
    "killed": ("استشهد", "استشهدت", "توفي", "توفيت", "قضى", "قضت", "ارتقى", "ارتقت", "حياته", "حياتها",
               "لحياته", "لحياتها", "مصرعه", "مصرعها", "حتفه", "حتفها", "فارق الحياة", "فارقت الحياة",
               "ضحية"),
    "injured": ("أصيب", "أصيبت"),
}
#: The same, for verbs that are active as well as passive ("طفل قتل" a child was killed, "رجل قتل
#: زوجته" a man killed his wife): they count only when no object follows them.
TRIGGERS_AFTER_ONE_PASSIVE: dict[str, tuple[str, ...]] = {
    "killed": ("قتل", "قتلت"),
    "injured": ("جرح", "جرحت"),
}
#: Words right after such a verb in a relative clause that show it passive: its cause or agent told
#: where an object would stand ("الطفل الذي قتل بقصف"، "الذي قتل برصاص عناصر"; not "الرجل الذي قتل
#: زوجته", who killed) ...
PASSIVE_CAUSE_AFTER_RELATIVE: tuple[str, ...] = (
    "جراء", "إثر", "اثر", "نتيجة", "على يد", "تحت", "برصاص", "برصاصة", "بطلق", "بطلقة", "بنيران", "بقصف",
    "بغارة", "بغارات", "بضربة", "بقذيفة", "بقذائف", "بانفجار", "بتفجير", "بصاروخ", "بعبوة", "بلغم", "بهجوم",
    "باستهداف")
#: ... or its time or place, when no object follows them either ("الشاب الذي قتل فجر أمس في مدينة
#: الباب"; not "الضابط الذي قتل أمس المتظاهرين").
PASSIVE_WHEN_AFTER_RELATIVE: tuple[str, ...] = (
    "في", "فجر", "صباح", "ظهر", "عصر", "مساء", "ليل", "ليلة", "أمس", "اليوم", "يوم", "خلال", "بعد", "أثناء")
#: One person's outcome as a noun with a pronoun ("ما أدى إلى مقتله"، "تسبب بإصابتهما"): (category,
#: people; None for a plural pronoun). Counted only after "إلى" / "عن" / "في" or with "ل" / "ب" glued on,
#: the way a report says what an attack led to; "بعد مقتله" looks back at a death already told.
OUTCOME_PRONOUNS: dict[str, tuple[str, int | None]] = {
    **{w + p: ("killed", n) for w in ("مقتل", "استشهاد", "وفات", "مصرع", "اغتيال", "إعدام")
       for p, n in (("ه", 1), ("ها", 1), ("هما", 2), ("هم", None))},
    **{w + p: ("injured", n) for w in ("إصابت",) for p, n in (("ه", 1), ("ها", 1), ("هما", 2), ("هم", None))},
    **{w + p: ("captured", n) for w in ("اعتقال", "اختطاف", "خطف")
       for p, n in (("ه", 1), ("ها", 1), ("هما", 2), ("هم", None))},
}
OUTCOME_PRONOUN_AFTER: tuple[str, ...] = ("إلى", "عن", "في")
#: ... but not after "متأثرا": "توفي متأثرا بإصابته" is a death from a wound already told, no new injury.
OUTCOME_PRONOUN_NOT_AFTER: tuple[str, ...] = ("متأثرا", "متأثرة", "متأثرين", "متأثران", "متأثرتين", "متأثرات")

#: "مقتل وإصابة 7 مدنيين"، "13 مدنيا بين قتيل وجريح"، "111 قتيلا وجريحا": a total of two outcomes.
MIXED_AFTER: tuple[str, ...] = ("بين قتيل وجريح", "بين قتيل ومصاب", "بين قتيل وجرحى", "بين قتلى وجرحى",
                                "بين شهيد وجريح", "بين قتل وجريح", "بين جريح وقتيل", "بين قتيل ومعتقل",
                                "قتيلا وجريحا", "قتلى وجرحى", "قتيلا ومصابا",
                                # "نحو 20 مدنيا استشهدوا وأصيبوا": both verbs told of the one count
                                *(k + " و" + i for k in ("قتلوا", "استشهدوا", "قضوا") for i in ("أصيبوا", "جرحوا")))

# --- glue --------------------------------------------------------------------------------------
#: Hedges before a number (UCDP: "at least" fills low and best, "about" best only, "under" high).
HEDGE_ABOUT: tuple[str, ...] = ("نحو", "حوالي", "قرابة", "زهاء", "ما يقارب", "يقارب", "ما يناهز", "يناهز")
HEDGE_AT_LEAST: tuple[str, ...] = ("على الأقل", "ما لا يقل عن", "لا يقل عن", "أكثر من", "ما يزيد عن", "ما يزيد على",
                                   "يزيد عن", "يزيد على", "أزيد من", "ما يربو على", "يربو على", "ما فوق")
HEDGE_AT_MOST: tuple[str, ...] = ("أقل من", "ما لا يزيد عن", "لا يزيد عن", "ما دون")
HEDGE_AFTER_AT_LEAST: tuple[str, ...] = ("على الأقل", "أو أكثر", "وأكثر")
HEDGE_AFTER_ABOUT: tuple[str, ...] = ("تقريبا",)
#: Words joining the two ends of a range: "5 - 8"، "5 إلى 8"، "خمسة أو ستة" (never "و": "25 و4" is two counts)
RANGE_JOINS: tuple[str, ...] = ("-", "إلى", "حتى", "أو")
#: Ranges opened by a word, with the words that may join their ends: "ما بين 5 و8"، "من 5 إلى 8".
RANGE_OPENERS: dict[str, tuple[str, ...]] = {"بين": ("و", "إلى"), "ما بين": ("و", "إلى"), "من": ("إلى", "حتى")}

#: Phrases that may stand between an outcome word and its count ("راح ضحيتها في حصيلة أولية 12").
ASIDES: tuple[str, ...] = ("في حصيلة أولية", "بحصيلة أولية", "كحصيلة أولية", "حسب حصيلة أولية", "وفق حصيلة أولية",
                           "في حصيلة غير نهائية", "في حصيلة أولية غير نهائية", "بحسب حصيلة أولية",
                           "كل من")  # "أدت لمقتل كل من الجندي X والرقيب Y"
#: Openers of a list of victims whose outcome comes after it with a plural or dual pronoun: "وفقد كل من
#: الشاب X وأخته Y حياتهما": the list's members are counted.
VICTIM_LIST_OPENERS: tuple[str, ...] = ("كل من",)
VICTIM_LIST_REACH = 30  # tokens from the opener to the outcome word after the list
#: Words that may stand between an outcome word and its count without breaking the link.
FILLERS: tuple[str, ...] = (
    "فيها", "فيه", "خلالها", "خلاله", "جراءها", "جراءه", "إثرها", "إثر", "بها", "به", "ذلك", "اليوم", "أمس",
    "الليلة", "أيضا", "كذلك", "قد", "على", "الفور", "فورا", "السبت", "الأحد",
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "ب", "ل", "ف", "ك",
    "جديد", "مجددا",  # "خطفت جبهة النصرة من جديد خمسة مقاتلين": again
)
#: A count that follows one of these is a subset of the count before it ("بينهم 3 أطفال").
SUBSET_MARKERS: tuple[str, ...] = ("بينهم", "بينهن", "بينهما", "بينها", "من بينهم", "من بينهن",
                                   "من بينهما", "بما فيهم", "بمن فيهم", "بمن فيهن", "غالبيتهم",
                                   "معظمهم", "أغلبهم", "أكثرهم", "جلهم", "وهم", "وهما", "وهن", "منهم",
                                   "منهن", "منهما")
#: A count of dead right before one of these is a part of the people a sentence told of before it:
#: after an arrest or abduction, of those taken ("اعتقل 15 خياطا ... وأعدم التنظيم أربعة منهم").
OF_THEM: tuple[str, ...] = ("منهم", "منهن", "منهما")
#: A count right after a count and one of these is that count told again by its members ("مقتل
#: شخصين هما رجل وامرأة": two, not four), a subset of it; elsewhere ("القتلى في محسنلي هم 5 أطفال")
#: the pronoun is a plain word.
RESTATING_PRONOUNS: tuple[str, ...] = ("هم", "هما", "هن")
#: A count after one of these shares the outcome of the count before it ("26 من قوات النظام
#: بالإضافة إلى تسعة مقاتلين روس").
COORDINATORS: tuple[str, ...] = ("و", "بالإضافة إلى", "بالإضافة", "إضافة إلى", "إضافة", "فضلا عن",
                                 "علاوة على", "مع", "كما", "وكذلك", "ومعه", "ومعهم", "برفقة", "رفقة", "وبرفقته")
#: Words that name the group a count is drawn from: "11 مدنيا من عائلة واحدة"، "9 آخرون في صفوف فصيل".
GROUP_INTRODUCERS: tuple[str, ...] = ("من", "ضمن", "بصفوف", "في صفوف", "من صفوف", "ضمن صفوف")
#: "آخرين": the same kind of people as the count before ("مقتل 4 مدنيين وإصابة 13 آخرين").
OTHERS: dict[str, int | None] = {"آخر": 1, "أخرى": 1, "آخران": 2, "آخرين": None, "آخرون": None,
                                  "أخريات": None, "غيرهم": None}
#: "أحد العناصر"، "أحدهم": one person.
ONE_OF: tuple[str, ...] = ("أحد", "إحدى")
ONE_OF_PRONOUN: tuple[str, ...] = ("أحدهم", "أحدهما", "إحداهن", "إحداهما", "أحدهن")

#: Words after a number that say it does not count people (ages, distances, dates, weapons ...).
NOT_PEOPLE: tuple[str, ...] = (
    "عام", "عاما", "أعوام", "سنة", "سنوات", "سنين", "شهر", "أشهر", "شهور", "يوم", "أيام", "يوما",
    "الشهر", "العام", "السنة", "الأسبوع",  # "قتلت في 25 من الشهر الجاري": a day of the month
    "عمره", "عمرها", "عمرهم", "العمر",  # "قتل شابا في 19 من عمره": an age
    "ساعة", "ساعات", "دقيقة", "دقائق", "أسبوع", "أسابيع", "كلم", "كم", "كيلومتر", "كيلومترات",
    "كيلو", "متر", "أمتار", "مترا", "ميل", "دولار", "دولارا", "ليرة", "يورو", "دينار", "بالمئة",
    "بالمائة", "%", "غارة", "غارات", "قذيفة", "قذائف", "صاروخ", "صواريخ",
    "طائرة", "طائرات", "مروحية", "مروحيات", "سيارة", "سيارات", "آلية", "آليات", "دبابة", "دبابات",
    "عربة", "عربات", "منزل", "منازل", "مبنى", "مباني", "خيمة", "خيم", "مرة", "مرات", "قرية", "قرى",
    "بلدة", "بلدات", "موقع", "مواقع", "نقطة", "نقاط", "هجوم", "هجمات", "عملية", "عمليات", "انفجار",
    "انفجارات", "عبوة", "عبوات", "طن", "أطنان", "غرام", "كغ", "برميل", "براميل", "حادث", "حوادث",
    "درجة", "مساء", "صباحا", "ظهرا", "فجرا", "ليلا", "هكتار", "دونم", "مدرسة", "مدارس", "مستشفى",
    "مشفى", "قطعة", "مسيرة", "مسيرات", "حافلة", "حافلات", "شاحنة", "شاحنات", "جولة", "مجزرة",
    "مجازر", "عائلة", "عائلات", "أسرة", "أسر", "منشأة", "مستودع", "مقر", "مقرات", "حاجز", "حواجز",
)
#: Month names: "24 آب" is a date, and "خلال تموز" a period. (Kept here for the two uses above; the
#: date grammar has its own, richer table.)
MONTHS: tuple[str, ...] = (
    "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "يناير",
    "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس",
    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)
#: Words before a number that make it a label, not a count ("الفرقة 17"، "عام 2017"، "الـ 24").
NOT_A_COUNT_BEFORE: tuple[str, ...] = ("ال", "الـ", "عام", "العام", "سنة", "رقم", "الفرقة", "اللواء",
                                       "الفيلق", "الكتيبة", "الساعة", "المادة", "القرار", "يوم", "طريق",
                                       "الطريق", "عمره", "عمرها", "العمر", "بتاريخ", "تاريخ", "بنسبة",
                                       "نسبة", "+")

#: Totals over a period are not one incident (ANNOTATION.md): a count whose clause says so is dropped.
#: "منذ" / "خلال" / "حصيلة" followed (after an optional number or PERIOD_SKIP word) by one of
#: PERIOD_WORDS, a month name (MONTHS) or a year; so does a period that is the subject of "شهد"
#: ("وشهدت الفترة ذاتها مقتل 11 مسلحا", "وشهد الشهر الماضي مقتل 40 مدنيا").
PERIOD_WITNESSED: tuple[str, ...] = ("شهدت", "شهد", "تشهد", "يشهد")  # ... the whole sentence, past its commas
PERIOD_HEADS: tuple[str, ...] = ("منذ", "خلال", "حصيلة", "طيلة", "طوال", *PERIOD_WITNESSED)
PERIOD_WORDS: tuple[str, ...] = (
    "بداية", "مطلع", "بدء", "انطلاق", "اندلاع", "تدخل", "دخول", "الشهر", "شهر", "أشهر", "الأشهر",
    "شهور", "الشهور", "شهرين", "العام", "عام", "أعوام", "الأعوام", "عامين", "السنة", "سنة", "سنوات",
    "السنوات", "سنتين", "الأسبوع", "أسبوع", "أسابيع", "الأسابيع", "أسبوعين", "الفترة", "النصف",
    "الربع", "بدأت", "سيطرته", "سيطرة", "الحرب", "الثورة", "النزاع", "الصيف", "الشتاء",
)
#: Days make a period after every head but "منذ": "خلال الأيام الماضية ... قتل فيها 10 محتجين" is a
#: tally, "منذ أيام" (days ago) dates what follows.
PERIOD_DAYS: tuple[str, ...] = ("الأيام", "أيام", "اليومين", "يومين")
PERIOD_DAYS_NOT_AFTER: tuple[str, ...] = ("منذ",)
PERIOD_SKIP: tuple[str, ...] = ("نحو", "حوالي", "هذه", "تلك", "نفس")  # "خلال نفس الفترة"
#: Acts counted by a number ("استجابت فرقنا لـ 52 هجوماً"، "يرتفع إلى 102 تعداد الاستهدافات"): in a
#: sentence that names a period too ("منذ بداية العام الحالي 2024"), what follows the later of the two
#: is the period's toll, past every comma ("، وأدت لمقتل 7 مدنيين ...، وإصابة 18 آخرين"). A count of
#: the acts may stand between the number and the acts: "102 تعداد الاستهدافات".
TALLIED_ACTS: tuple[str, ...] = (
    "هجوم", "هجوما", "هجمات", "استهداف", "استهدافا", "استهدافات", "استهدافين", "غارة", "غارات", "غارتين",
    "ضربة", "ضربات", "ضربتين", "عملية", "عمليات", "عمليتين", "اعتداء", "اعتداءات", "خرق", "خرقا",
    "خروقات", "انتهاك", "انتهاكا", "انتهاكات",
)
TALLIED_ACTS_BETWEEN: tuple[str, ...] = ("تعداد", "عدد")
#: ... up to a clause that turns to another act: "شنّ نظام الأسد خلال تسعة أشهر 26350 غارة ...، فيما
#: أطلقت قوات المعارضة معركة ...، بعد اشتباكات أسفرت عن مقتل جميع العناصر".
TALLY_TURNS: tuple[str, ...] = ("فيما", "وفيما", "في حين", "وفي حين", "بينما", "وبينما")
#: A line of a list opens with one of these ("– 67 استهداف على الحسكة أسفرت عن مقتل 15 من المدنيين"):
#: the items of a list whose heading, the line ending in ":" before them, is a period's toll ("...
#: منذ مطلع العام 2023، تسببت بمقتل 86 شخص ...، والقتلى هم:") are that toll's parts, and so are those
#: of a heading right after such a list or such a sentence ("وتوزعت الاستهدافات على النحو الآتي:").
LIST_MARKS: tuple[str, ...] = ("-", "–", "—", "•", "*", "▪", "●")

# --- people named, not counted -----------------------------------------------------------------
#: Titles before a name ("استشهاد الأخ والزميل غسان"، "مقتل الشيخ X"): with the article and right after
#: an outcome word they are one person. (title, civilian). Person nouns in PEOPLE ("الطفل"، "الشاب"،
#: "العميد") already work this way.
TITLES: tuple[tuple[str, bool | None], ...] = (
    ("شيخ", None), ("حاج", True), ("حاجة", True), ("عم", True), ("خال", True), ("أخ", None), ("أخت", None),
    ("زميل", None), ("زميلة", None), ("فنان", True), ("فنانة", True), ("مدعو", None), ("مدعوة", None),
    ("دكتور", True), ("دكتورة", True), ("مهندس", True), ("مهندسة", True), ("أستاذ", True), ("أستاذة", True),
    ("مختار", True), ("محامي", True), ("محامية", True), ("صيدلاني", True), ("شاعر", True), ("بطل", None),
    ("مساعد", False), ("رائد", False), ("مقدم", False), ("لواء", False), ("عريف", False),
)
#: First words of a name: common given names and the openers of compound names ("عبد الله"، "أبو محمد"،
#: "أم أحمد"). After an outcome word a name is one person: "مقتل خلف الوهاب"، "استشهد محمد".
#: Words that are also common words after those outcome words are left out: "فجر"، "جمعة"، "أمل"، "نصر",
#: and "علي", which folding makes one with "على" ("قتل على يد مسلحين").
NAME_OPENERS: tuple[str, ...] = ("عبد", "أبو", "أبي", "أم")
GIVEN_NAMES: tuple[str, ...] = (
    "محمد", "أحمد", "محمود", "مصطفى", "حسن", "حسين", "عمر", "عثمان", "خالد", "يوسف", "إبراهيم",
    "إسماعيل", "عبدالله", "عبدالرحمن", "عبدالكريم", "عبدالقادر", "عبدالرزاق", "عبدالعزيز", "عبدالحميد",
    "عبدالسلام", "سعد", "سعيد", "سعود", "صالح", "صلاح", "فيصل", "فهد", "فراس", "فارس", "فادي", "باسل",
    "بشار", "بشير", "جميل", "جمال", "حمزة", "حمود", "حامد", "حمد", "حسام", "خليل", "خلف", "رامي", "رائد",
    "رضوان", "زكريا", "زياد", "زيد", "سامر", "سامي", "سليمان", "سليم", "سمير", "شادي", "طارق", "طه",
    "عادل", "عامر", "عدنان", "عدي", "عزام", "عماد", "عمار", "عيسى", "غسان", "قاسم", "كريم", "كمال",
    "لؤي", "ماجد", "مازن", "مالك", "ماهر", "مجد", "مجدي", "مراد", "مروان", "مهند", "موسى", "ناصر", "نبيل",
    "نزار", "هاني", "هشام", "هيثم", "وائل", "وليد", "ياسر", "ياسين", "يحيى", "يزن", "يونس", "أيمن", "أيهم",
    "أسامة", "أنس", "أمين", "أكرم", "جودت", "ضياء", "حسان", "معاذ", "مؤيد", "مهدي", "رياض", "عصام", "منذر",
    "فاطمة", "عائشة", "زينب", "مريم", "خديجة", "آمنة", "رقية", "سارة", "هدى", "نور", "ريم", "رهف", "بتول",
    "سلمى", "ليلى", "هبة", "غنى", "رغد", "جنى", "لمى", "ياسمين", "شهد", "آية", "آيات", "دعاء", "إسراء",
    # (common in Iraq and the Gulf as in Syria)
    "محسن", "عباس", "جعفر", "كاظم", "حيدر", "علاء", "عقيل", "مصعب", "إياد", "أياد", "بلال", "تامر", "ثامر",
    "جاسم", "حازم", "حاتم", "راشد", "رشيد", "سعدون", "قصي", "مثنى", "نايف", "نواف", "يعقوب", "أنور", "منير",
    "نعمان", "ضرغام", "حمدي", "رامز", "طلال", "فواز", "قتيبة", "مأمون", "ناظم", "هاشم", "أسعد", "بسام",
    "جلال", "حميد", "شاكر", "صبحي", "عارف", "عبود", "غازي", "فايز", "فؤاد", "كنان", "مؤمن", "بكر", "أنيس",
    "نسرين", "رنا", "رشا", "هند", "سمر", "سعاد", "نادية", "لينا", "روان", "رزان", "تسنيم", "ديما",
)
#: Names that folding makes one with a common word ("علي" and "على"): read as a name only inside a
#: name already begun ("الطفل علي، ضحية جديدة"), never as the first word after an outcome word.
GIVEN_NAMES_FOLDED_AWAY: tuple[str, ...] = ("علي",)
#: An outcome word right after one of these tells of an attempt ("محاولة اغتيال الرجل وابنته",
#: "في محاولة لقتل ثلاثة جنود"): its victims were not killed, nor hurt by these words.
ATTEMPTS: tuple[str, ...] = ("محاولة", "محاولات", "المحاولة", "محاولته", "محاولتها", "محاولتهم", "محاولتين")

#: Words that end a name or show the word after a title is no name ("الشهيد هو الشاب"، "الطفل الذي").
NOT_NAMES: tuple[str, ...] = (
    "هو", "هي", "هم", "الذي", "التي", "الذين", "اللذين", "اللتين", "في", "من", "على", "إلى", "عن", "مع", "بعد",
    "قبل", "عند", "منذ", "خلال", "إثر", "جراء", "بسبب", "نتيجة", "كان", "كانت", "قد", "لم", "لا", "ما", "إن",
    "أن", "أو", "ثم", "حيث", "كما", "بين", "و", "وهو", "وهي", "أيضا", "اليوم", "أمس",
    # the nouns an act's masdar follows ("نفذ التنظيم المتطرف عمليات قتل": killings, nobody killed)
    "عملية", "عمليات", "جريمة", "جرائم", "حملة", "حملات", "أعمال", "محاولة", "محاولات",
)
#: "مقتل عائلة"، "إستشهاد عائلة كاملة": a whole family, number unknown (civilians; all values null).
FAMILY: tuple[str, ...] = ("عائلة", "أسرة")
FAMILY_WHOLE: tuple[str, ...] = ("كاملة", "بأكملها", "بكاملها", "بأسرها")
#: Words between a family and "من" + its size ("عائلة مؤلفة من 5 أشخاص", "أسرة مكونة من ستة أفراد"; "عائلة
#: من 4 أشخاص" has none): the family's members are then counted.
FAMILY_MADE_OF: tuple[str, ...] = ("مؤلفة", "مكونة", "تتألف", "تتكون", "مؤلف", "مكون")


# "ولم يسفر عن وقوع ضحايا", "دون وقوع إصابات", "لا إصابات": the text says nobody was killed
# (killed = 0): a negation, at most two words of result between ("يسفر عن وقوع"), a casualty word.
# Not "لم تتضح حصيلة الضحايا" (the toll is not known): only these words may stand between.
NO_CASUALTIES_NEGATIONS: tuple[str, ...] = ("لم", "دون", "بدون", "دونما", "من دون", "لا", "عدم",
                                            # "ليس هناك أية ضحية"، "لا توجد أي إصابات"
                                            "ليس هناك", "ليست هناك", "لا يوجد", "لا توجد")
NO_CASUALTIES_BETWEEN: tuple[str, ...] = (
    "يسفر", "تسفر", "يسفرا", "تسفرا", "أسفر", "يؤد", "تؤد", "يخلف", "تخلف", "يوقع", "توقع", "ترد", "يرد",
    "تسجل", "يسجل", "تسجيل", "وقوع", "سقوط", "أنباء", "معلومات", "عن", "إلى", "أي", "أية",
    "يسقط", "تسقط",  # "لم يسقط أي قتيل"
)
NO_CASUALTIES_WORDS: tuple[str, ...] = ("ضحايا", "إصابات", "خسائر بشرية", "قتلى", "وفيات", "إصابات بشرية")
#: ... and singulars, right after "أي" / "أية" or before "واحد": "لم يسقط أي قتيل"، "ليس هناك أية ضحية"،
#: "لم يسقط قتيل واحد" ("لم يسقط قتيل" alone is still read as a count)
NO_CASUALTIES_ANY_ONE: tuple[str, ...] = ("ضحية", "قتيل", "إصابة")
#: Of those, the words for the dead only: the others ("دون وقوع إصابات"، "لم يسفر عن وقوع ضحايا") say
#: nobody was hurt either (injured = 0).
NO_CASUALTIES_DEAD: tuple[str, ...] = ("قتلى", "وفيات", "قتيل")

#: Words that make the village named after a victim his home, not where he died ("مقتل أحمد
#: محمد من أبناء قرية الجفرة ... جراء الغارات على مدينة تدمر").
HOMETOWN_WORDS: tuple[str, ...] = ("أبناء", "أهالي", "أهل", "سكان", "ينحدر", "المنحدر", "تنحدر", "المنحدرة",
                                   "مواليد", "نازح", "نازحين", "المهجرين", "مهجر")
#: The same, as phrases right before a place ("مقتل شخصين أحدهما من بلدة بزاعة والآخر من الرقة", "شاب
#: من أبناء قرية الجفرة"): the place named after them is a victim's home; any other place its sentence
#: names is where the act was.
HOMETOWN_OF: tuple[str, ...] = ("من أبناء", "من أهالي", "من أهل", "من سكان", "من مواليد", "ينحدر من", "المنحدر من",
                                "تنحدر من", "المنحدرة من", "ينحدرون من", "نازح من", "النازح من", "نازحين من",
                                "النازحين من", "المهجرين من", "مهجر من", "أحدهما من", "أحدهم من", "إحداهما من",
                                "إحداهن من", "الآخر من", "والآخر من", "الأخرى من", "والأخرى من", "والثاني من",
                                "والثالث من", "المقيم في", "المقيمة في", "المقيمين في", "يقيم في", "تقيم في",
                                # fighters named by their home: "استعاد ثوار درعا البلد السيطرة على حي المنشية"
                                "ثوار", "مقاتلو", "مقاتلي")
