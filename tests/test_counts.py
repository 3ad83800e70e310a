"""The casualty-count grammar: real Arabic phrases (mostly from the dev documents) → counts bound
to an outcome, with UCDP low/best/high and the civilian flag; plus negatives, subsets, number words
and evidence spans that quote the original text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.recognize.counts import (
    _NO_CASUALTIES,
    _name_like,
    _no_casualty_matches,
    _numbers,
    _Tokens,
    find_counts,
    find_counts_with_subsets,
    parse_number,
)
from rasd.text.normalize import NormText, fold

K, I, C = "killed", "injured", "captured"
DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "documents.jsonl"


def counts(text: str) -> list[tuple[str, int | None, int | None, int | None, bool | None]]:
    found = find_counts(NormText.of(text))
    for m in found:  # evidence is always the original text under the span
        assert 0 <= m.start < m.end <= len(text)
    return [(m.category, m.low, m.best, m.high, m.civilian) for m in found]


# --- number words ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("واحد", 1), ("واحدة", 1), ("اثنان", 2), ("اثنين", 2), ("اثنتين", 2), ("ثلاث", 3), ("ثلاثة", 3),
    ("أربعة", 4), ("خمس", 5), ("ستة", 6), ("سبع", 7), ("ثماني", 8), ("ثمانية", 8), ("تسعة", 9),
    ("عشر", 10), ("عشرة", 10), ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12),
    ("ثلاثة عشر", 13), ("ثلاث عشرة", 13), ("تسعة عشر", 19), ("عشرون", 20), ("عشرين", 20), ("تسعين", 90),
    ("خمسة وعشرين", 25), ("خمس وعشرون", 25), ("تسعة وتسعين", 99), ("مئة", 100), ("مائة", 100),
    ("مئتين", 200), ("ثلاثمئة", 300), ("ثلاث مئة", 300), ("خمسمائة وخمسين", 550), ("مئة وثلاثة", 103),
    ("ألف", 1000), ("ألفين", 2000), ("5 آلاف", 5000), ("خمسة آلاف", 5000), ("عشرة آلاف", 10000),
    ("ألف وخمسمئة", 1500), ("15 ألف", 15000), ("1,300", 1300), ("25", 25), ("٢٥", 25), ("3 ملايين", 3_000_000),
    ("ثَلاثَةُ", 3), ("الأربعة", 4), ("٤٠ الف", 40000), ("٤", 4),
])
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["عشرات", "مئات", "آلاف", "ثلاثة وأربعة", "مدنيين", "", "خمسة أشخاص"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


# --- counts ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # digits, hedges (UCDP: at least / more than → low and best; about → best; range → low, best, high)
    ("أسفرت العملية عن مقتل ما لا يقل عن 25 من عناصر تنظيم الدولة", [(K, 25, 25, None, False)]),
    ("قُتل 11 مدنياً، السبت، في غارة تركية", [(K, 11, 11, None, True)]),
    ("أشارت إلى مقتل 5 مدنين من بينهم طفل", [(K, 5, 5, None, True)]),  # civilians misspelt, as often
    ("وسبب وفاة نحو 40 قتيلا بحسب الدفاع المدني", [(K, None, 40, None, None)]),
    ("أدى إلى مقتل أكثر من مائة شخص في يوم واحد", [(K, 100, 100, None, None)]),
    ("أسفر عن مقتل أكثر من 33 مسلحا", [(K, 33, 33, None, False)]),
    ("لقي 12 شخصا على الأقل مصرعهم", [(K, 12, 12, None, None)]),
    ("مصرع خمسة مقاتلين على الأقل من القوات الموالية للحكومة", [(K, 5, 5, None, False)]),
    ("والذي أوقع نحو 5 آلاف قتيل", [(K, None, 5000, None, None)]),
    ("مقتل 5 - 8 مدنيين", [(K, 5, 5, 8, True)]),
    ("مقتل 5 – 8 مدنيين", [(K, 5, 5, 8, True)]),
    ("مقتل ما بين 5 و8 مدنيين", [(K, 5, 5, 8, True)]),
    ("مقتل ما بين خمسة وثمانية مدنيين", [(K, 5, 5, 8, True)]),
    ("سقط من 10 إلى 15 قتيلا", [(K, 10, 10, 15, None)]),
    ("إصابة أقل من 10 أشخاص", [(I, None, None, 10, None)]),
    ("قتل 12 مدنيا تقريبا", [(K, None, 12, None, True)]),
    # number words and duals
    ("مقتل خمسة وعشرين مدنياً وإصابة مئة وخمسين آخرين", [(K, 25, 25, None, True), (I, 150, 150, None, True)]),
    ("أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات", [(K, 8, 8, None, False)]),
    ("قال الجيش الأميركي إنه قتل متطرفين اثنين بينما جرح آخر", [(K, 2, 2, None, False), (I, 1, 1, None, False)]),
    ("مسيرات النظام تقتل شخصين غرب حلب", [(K, 2, 2, None, None)]),
    ("أصيب طفلين بجروح إثر قصف", [(I, 2, 2, None, True)]),
    ("الهجوم الذي أودى بحياة شرطيتين", [(K, 2, 2, None, False)]),
    ("قتل 4 أطفال سوريين وأصيب مدنيان آخران", [(K, 4, 4, None, True), (I, 2, 2, None, True)]),
    ("قتيلين وجريح ضمن منطقة درع الفرات", [(K, 2, 2, None, None), (I, 1, 1, None, None)]),
    ("سقط شهيد وجرحى جراء قصف مدفعي على قرية قوقفين", [(K, 1, 1, None, None)]),  # one dead, some hurt
    ("شهيدان وجرحى في قصف على بلدة في ريف إدلب", [(K, 2, 2, None, None)]),  # two dead (a dual), some hurt
    ("قتيلان وجرحى بانفجار لغم", [(K, 2, 2, None, None)]),
    ("سقوط 20 قتيلا وجريحا في التفجير", []),  # one number for both: neither known
    ("بلغ عدد الضحايا أكثر من 100 قتيل وجريح", []),  # a singular noun after a number: shared too
    ("أن عددا من المدنيين سقطوا بين قتيل وجريح في قصف", []),  # a total of both, its number not told
    ("سقط 3 قتلى وجريح في القصف", [(K, 3, 3, None, None), (I, 1, 1, None, None)]),  # after a plural: one more
    ("أسفر عن مقتل 58 قتيلا وإصابة 78 آخرين", [(K, 58, 58, None, None), (I, 78, 78, None, None)]),
    # a second accusative noun after one of 11 to 99 shares its number: twelve, of both sides
    ("أعلنت قسد مقتل 12 عسكرياً ومدنياً في الغارات", [(K, 12, 12, None, None)]),
    ("أسفرت العملية عن مقتل أكثر من 80 ضابطا وجنديا", [(K, 80, 80, None, False)]),
    ("إن التنظيم خطف 36 سيدة وطفلا أثناء هجومه", [(C, 36, 36, None, True)]),  # feminine: ة
    ("قتل 15 امرأة وطفلة في القصف", [(K, 15, 15, None, True)]),
    # an adjective agreeing with a plural between it and its number word
    ("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح أربعة آخرين", [(K, 2, 2, None, False), (I, 4, 4, None, False)]),
    ("وقتل المدنيين السوريين الثلاثة في الغارة", [(K, 3, 3, None, True)]),
    ("حيث جرى قتل العناصر الأربعة في التنظيم", [(K, 4, 4, None, False)]),
    ("إن شخصا واحدا قتل في دوما جراء القصف", [(K, 1, 1, None, None)]),
    ("وأصيب خمسة بجروح نقلوا على إثرها إلى مستشفى", [(I, 5, 5, None, None)]),
    # singular nouns right after the outcome word
    ("مقتل طفل جنوب سوريا أثناء بحثه عن الفطر", [(K, 1, 1, None, True)]),
    ("قتل رجل وأصيب طفل إثر قصف صاروخي", [(K, 1, 1, None, True), (I, 1, 1, None, True)]),
    ("ما أدى لمقتل عنصر من قوات الحكومة", [(K, 1, 1, None, False)]),
    ("أعلن الجيش عن مقتل زعيم القاعدة في المدينة", [(K, 1, 1, None, False)]),
    ("أسفر عن إصابة مدني بالإضافة إلى إصابة ثلاثة عناصر من قوى الأمن الداخلي",
     [(I, 1, 1, None, True), (I, 3, 3, None, False)]),
    ("أسفر عن وقوع قتيل، وعدد من الجرحى", [(K, 1, 1, None, None), (I, None, None, None, None)]),
    ("وألقي القبض على شخص يعتقد أنه شريك", [(C, 1, 1, None, None)]),
    ("أدى مقتل أحدهم وإصابة عدد آخر", [(K, 1, 1, None, None), (I, None, None, None, None)]),
    # "again" between the verb and its object counts no word of the subject
    ("خطفت جبهة النصرة من جديد خمسة مقاتلين", [(C, 5, 5, None, False)]),
    # one of the residents: a civilian; the residents, uncounted
    ("ما أدى إلى استشهاد أحد سكان القرية", [(K, 1, 1, None, True)]),
    ("وأصيب أحد الأهالي بجروح", [(I, 1, 1, None, True)]),
    ("ما أدى إلى مقتل 3 من أهالي القرية", [(K, 3, 3, None, True)]),
    ("أسفر القصف عن إصابة أهالي القرية", []),
    ("ما أدى لمقتل الطفل نشوان الجميل (15) سنة، وإصابة والده، واعتقال (3) أشخاص",
     [(K, 1, 1, None, True), (I, 1, 1, None, True), (C, 3, 3, None, None)]),
    # a count and its outcome in either order, with words between
    ("إن 56 عنصرا من الجيش التركي قتلوا", [(K, 56, 56, None, False)]),
    ("ان 8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم", [(K, 8, 8, None, None)]),
    ("قتل فيها 10 محتجين", [(K, 10, 10, None, True)]),
    ("راح ضحيتها 13 مدنياً", [(K, 13, 13, None, True)]),
    ("وقتلت الغارات الروسية 80 شخصا", [(K, 80, 80, None, None)]),
    ("وقتل مساء الجمعة 16 مدنيا في غارة تركية", [(K, 16, 16, None, True)]),
    ("قتل خلال الهجوم 15 مسلحا", [(K, 15, 15, None, False)]),
    ("في حين قتل التنظيم خمسة مواطنين كرد", [(K, 5, 5, None, True)]),
    ("اعتقلت قسد ثلاثة شبان بتهمة التعامل مع الجيش الوطني", [(C, 3, 3, None, True)]),
    ("فيما اعتقل أمس 15 خياطا موصليا", [(C, 15, 15, None, None)]),
    ("وأكدت الشبكة أن حملة الاعتقالات طالت نحو 120 شخصا", [(C, None, 120, None, None)]),
    ("لقي 4 مقاتلين روس، على الأقل، مصرعهم", [(K, 4, 4, None, False)]),
    ("فقدان 25 شخصا لحياتهم", [(K, 25, 25, None, None)]),
    ("ارتفع عدد القتلى جراء الغارات على الغوطة الشرقية الاثنين إلى مئة مدني بينهم نحو عشرين طفلا",
     [(K, 100, 100, None, True)]),
    ("وارتفع عدد قتلى التظاهرات إلى ثلاثة ليل الجمعة", [(K, 3, 3, None, None)]),
    # "منذ أيام" (days ago) is no period
    ("وباتت مدينة دوما منذ أيام محور اهتمام إثر هجوم كيميائي السبت أسفر عن مقتل أكثر من 40 شخصا",
     [(K, 40, 40, None, None)]),
    # two outcomes, coordination, "others" take the status of the count before
    ("مقتل 4 مدنيين وإصابة 13 آخرين بجروح متفاوتة", [(K, 4, 4, None, True), (I, 13, 13, None, True)]),
    ("وأدت احتجاجات الجمعة إلى مقتل 3 أشخاص، وإصابة نحو 50 آخرين",
     [(K, 3, 3, None, None), (I, None, 50, None, None)]),
    ("لقي 12 شخصا على الأقل مصرعهم وجرح 50 آخرون", [(K, 12, 12, None, None), (I, 50, 50, None, None)]),
    ("سقط 6 قتلى وأصيب 9 آخرون في صفوف فصيل صقور الشام", [(K, 6, 6, None, None), (I, 9, 9, None, False)]),
    ("سقوط قتيل و11 جريحا من المدنيين", [(K, 1, 1, None, None), (I, 11, 11, None, True)]),
    # a person named by his people is one person of no side known; as an adjective it names no one more
    ("قصفت المدفعية القرية وأدى ذلك إلى مقتل كردي وإصابة آخر", [(K, 1, 1, None, None), (I, 1, 1, None, None)]),
    ("مقتل 3 أكراد بقصف على القرية", [(K, 3, 3, None, None)]),
    ("قتل الجيش 4 مقاتلين كرد", [(K, 4, 4, None, False)]),
    # "من X وY" of both sides names no one side: soldiers and civilians together
    ("أسفرت الغارات عن سقوط 9 قتلى من العسكريين والمدنيين", [(K, 9, 9, None, None)]),
    ("قتل 7 أشخاص في صفوف المدنيين والعسكريين", [(K, 7, 7, None, None)]),
    ("مقتل 4 من المقاتلين والمقاتلات", [(K, 4, 4, None, False)]),
    ("ما تسبب بمقتل 26 من قوات النظام بالإضافة إلى تسعة مقاتلين روس",
     [(K, 26, 26, None, False), (K, 9, 9, None, False)]),
    ("مقتل شخص واعتقال ثلاثة آخرين", [(K, 1, 1, None, None), (C, 3, 3, None, None)]),
    ("قتل 5 أشخاص، بينهم طفلان، وأصيب 3 آخرون", [(K, 5, 5, None, None), (K, 2, 2, None, True), (I, 3, 3, None, None)]),
    ("مقتل 3 مدنيين واعتقال آخرين", [(K, 3, 3, None, True), (C, None, None, None, True)]),
    # captured, with the seed's coordination over a long description
    (("اقتادوا خبير متفجرات كان بداخل المنزل وهو من جنسية أوروبية، بالإضافة لثلاث عناصر من جنسية "
      "عربية، يرجح أنهم مصريون، ورجل مدني من بلدة بقرص"),
     [(C, 1, 1, None, False), (C, 3, 3, None, False), (C, 1, 1, None, True)]),
    ("وقتل لقديم شخصين قبل احتجاز رهائن", [(K, 2, 2, None, None)]),
    ("وتلقي القبض على جريح", [(C, 1, 1, None, None)]),
    # families and kin: at least one, civilians
    ("تسبب الرد في مصرع عنصر التنظيم الكازخي وعائلته", [(K, 1, 1, None, False), (K, 1, None, None, True)]),
    ("مقتل رجل وإصابة زوجته وطفليهما", [(K, 1, 1, None, True), (I, 1, 1, None, True), (I, 2, 2, None, True)]),
    ("استشهاد رجل وأطفاله الثلاثة", [(K, 1, 1, None, True), (K, 3, 3, None, True)]),
    ("مقتل امرأة وأطفالها بقصف", [(K, 1, 1, None, True), (K, 1, None, None, True)]),
    # the outcome verb after the count's breakdown
    ("إن 13 مدنيا بينهم 4 أطفال وامرأتان لقوا مصرعهم", [(K, 13, 13, None, True)]),
    ("إن 12 متشدداً وخمسة مدنيين قتلوا أمس", [(K, 12, 12, None, False), (K, 5, 5, None, True)]),
    # a list of people, its outcome in a plural verb after it
    ("إن امرأة وزوجها وطفلهما قتلوا في القصف", [(K, 1, 1, None, True)] * 3),
    ("إن رجلا وامرأتين قتلوا في القصف", [(K, 1, 1, None, True), (K, 2, 2, None, True)]),
    # a tally opened by its verb, the count right after it
    ("بلغ عدد القتلى 18 عنصرا", [(K, 18, 18, None, False)]),
    ("وبلغت حصيلة الضحايا 25 شخصا", [(K, 25, 25, None, None)]),
    # women named by their work, and the feminine of the casualty nouns
    ("مقتل إحدى المسعفات العاملات لصالحها", [(K, 1, 1, None, True)]),
    ("استشهاد ممرضتين", [(K, 2, 2, None, True)]),
    ("مقتل صحفية", [(K, 1, 1, None, True)]),
    ("ثلاث شهيدات", [(K, 3, 3, None, None)]),
    ("اعتقال 4 ناشطات", [(C, 4, 4, None, True)]),
    # real report phrasing: duals, hashtags and emoji, Arabic-Indic digits, asides
    ("4 شهداء أطفال", [(K, 4, 4, None, True)]),
    ("ثلاثة شهداء من بينهم طفل", [(K, 3, 3, None, None), (K, 1, 1, None, True)]),
    ("7 شهداء", [(K, 7, 7, None, None)]),
    ("#عاجل ٤ شهداء بقصف", [(K, 4, 4, None, None)]),
    ("🔴 استشهاد 3 مدنيين #إدلب", [(K, 3, 3, None, True)]),
    ("استشهد مدنيان", [(K, 2, 2, None, True)]),
    ("وفاة مدنيين اثنين", [(K, 2, 2, None, True)]),
    ("قتلت طفلتان", [(K, 2, 2, None, True)]),
    ("مقتل شخصين", [(K, 2, 2, None, None)]),
    ("أصيب طفلان", [(I, 2, 2, None, True)]),
    ("أودى بحياة شرطيتين وطالب", [(K, 2, 2, None, False), (K, 1, 1, None, True)]),
    ("أسفر عن مقتل 12 شخصاً، بينهم مدنيون", [(K, 12, 12, None, None)]),  # how many: not said
    # the civilians among a total that does not say who its dead were: at least so many
    ("قتل ما لا يقل عن 43 شخصا، من بينهم سبعة أطفال", [(K, 43, 43, None, None), (K, 7, 7, None, True)]),
    ("مقتل 10 أشخاص بينهم 3 أطفال وامرأتان", [(K, 10, 10, None, None), (K, 5, 5, None, True)]),
    ("مقتل 12 شخصا بينهم قياديان", [(K, 12, 12, None, None)]),
    ("ما أسفر عن استشهاد مواطنَين وإصابة اثنين آخرين", [(K, 2, 2, None, True), (I, 2, 2, None, True)]),  # fatha: dual
    ("راح ضحيتها في حصيلة أولية 12 وأصيب 23 آخرون", [(K, 12, 12, None, None), (I, 23, 23, None, None)]),
    ("أرتقاء (3) مدنيين وإصابة (7) أخرين", [(K, 3, 3, None, True), (I, 7, 7, None, True)]),
    ("ارتقى 4 أطفال من عائلة واحدة جراء قصف", [(K, 4, 4, None, True)]),
    ("شهيدا ارتقى وجرحى عدد من الأشخاص", [(K, 1, 1, None, None)]),
    ("أن طفلاً قتل وجرح مدنيان في قصف", [(K, 1, 1, None, True), (I, 2, 2, None, True)]),
    ("أنّ شخصاً على الأقل قتل وأصيب ثلاثة آخرون", [(K, 1, 1, None, None), (I, 3, 3, None, None)]),
    ("رجل قتل 3 أشخاص", [(K, 3, 3, None, None)]),  # the man is the killer
    # one person before the outcome word, or told by "حياته" / "ضحية"
    ("طفل استشهد اليوم بقصف قوات النظام", [(K, 1, 1, None, True)]),
    ("فقدت امرأة حياتها في القصف التركي", [(K, 1, 1, None, True)]),
    ("مما أدى إلى فقدان شخص لحياته يدعى يوسف", [(K, 1, 1, None, None)]),
    ("فقد مدني حياته، جراء القصف المدفعي", [(K, 1, 1, None, True)]),
    # a dual told with "حياتهما"; a list of victims opened by "كل من" and closed by a plural or dual
    # pronoun: as many as its members, two for the dual
    ("فقد شابان حياتهما إثر سقوط قذيفة على منزلهما", [(K, 2, 2, None, True)]),
    ("ما أدى إلى فقدان مدنيين اثنين لحياتهما", [(K, 2, 2, None, True)]),
    ("فقد رجل وزوجته حياتهما في القصف", [(K, 1, 1, None, True), (K, 1, 1, None, True)]),
    ("وفقد على إثرها كل من الشابة سلمى خليل البالغة من العمر 19 عاما وأخوها سامر خليل 17 عاما حياتهم",
     [(K, 2, 2, None, True)]),
    ("فقد كل من محمد العبد وأحمد الحسين حياتهما بالقصف", [(K, 2, 2, None, None)]),
    ("فقد كل من الطفل أحمد، والطفلة سارة، ووالدتهما حياتهم في القصف", [(K, 3, 3, None, True)]),
    ("لقي كل من محمد العبد وأحمد الحسين مصرعهما", [(K, 1, 1, None, None), (K, 1, 1, None, None)]),
    ("قصفت كل من روسيا وتركيا القرى فقتلوا", []),
    ("قضى طفل جراء القصف", [(K, 1, 1, None, True)]),
    ("مدني ضحية رصاص قسد خلال مداهمتها", [(K, 1, 1, None, True)]),
    ("الطفل علي، ضحية جديدة للطائرات الروسية", [(K, 1, 1, None, True)]),
    ("العم محمد الفارس ابو احمد شهيداً بقصف", [(K, 1, 1, None, None)]),
    ("ما أدى إلى مقتله على الفور", [(K, 1, 1, None, None)]),
    ("ما أسفر عن إصابتهما بجروح", [(I, 2, 2, None, None)]),
    # a death of wounds: one killed (a party's member, fighter or not), and no new injury
    ("توفي عضو الحزب، الجمعة، متأثرا بإصابته بجروح بليغة", [(K, 1, 1, None, None)]),
    # "سقطوا قتلى / جرحى" after the count: fell dead, wounded
    ("أعلن المرصد أن 44 شخصا على الأقل سقطوا قتلى في ضربات جوية", [(K, 44, 44, None, None)]),
    ("وأفاد بأن 5 مدنيين سقطوا جرحى", [(I, 5, 5, None, True)]),
    # a member of a body ("منتسبي وزارة الداخلية"), of a force or not
    ("قتل أحد منتسبي وزارة الداخلية وأصيب آخر بتفجير عبوة", [(K, 1, 1, None, None), (I, 1, 1, None, None)]),
    ("قتل ثلاثة من منتسبي الشرطة بتفجير عبوة", [(K, 3, 3, None, False)]),
    ("إصابة موظفين اثنين بقصف", [(I, 2, 2, None, True)]),
    ("توفيت الطفلة متأثرة بإصابتها", [(K, 1, 1, None, True)]),
    ("الناشطة التي قتلت في 25 من الشهر الجاري", []),  # a day of the month, no toll
    # one person, a passive death in a relative clause: its time, place or cause where an object would be
    ("شيع الأهالي الشاب الذي قتل فجر أمس برصاص مجهولين", [(K, 1, 1, None, True)]),
    ("نعى ناشطون الطفل الذي قتل بقصف لقوات النظام", [(K, 1, 1, None, True)]),
    ("الطفلة التي قتلت جراء انفجار لغم", [(K, 1, 1, None, True)]),
    # ... but one counted before is the one it names again
    ("قتل شخص مساء اليوم جراء قصف جوي. وقال شهود إن الشخص الذي قتل إثر القصف كان مسلحا", [(K, 1, 1, None, None)]),
    ("إستشهاد عائلة كاملة جراء قصف مدفعي", [(K, None, None, None, True)]),
    # ... but a family of a stated size is its members
    ("استشهاد عائلة مؤلفة من 5 أشخاص بغارة", [(K, 5, 5, None, True)]),
    ("قضت عائلة كاملة مكونة من ستة أفراد", [(K, 6, 6, None, True)]),
    ("مقتل عائلة من بلدة كنصفرة", [(K, None, None, None, True)]),  # where it came from, not its size
    # people named: titles, given names, quoted names
    ("الشهيد بإذن الله (بشار الزير)", [(K, 1, 1, None, None)]),
    # a roll of the dead, a line each or one after another: as many as it names
    ("الشهيد البطل علي محمد الحنيص\nالشهيد البطل أيهم هايل الحمدان\nالشهيد البطل أمين سالم سليمان",
     [(K, 3, 3, None, None)]),
    ("الشهداء الشهيد البطل علي محمد الحنيص الشهيد البطل ايهم هايل الحمدان ان لله وان اليه راجعون",
     [(K, 2, 2, None, None)]),
    ("الشهيد محمد أحمد والشهيدة فاطمة عمر", [(K, 2, 2, None, None)]),
    ("استشهاد الأخ والزميل غسان", [(K, 1, 1, None, None)]),
    ("استشهد الفنان الكوميدي جمعة إبراهيم", [(K, 1, 1, None, True)]),
    ("ارتقاء \"سعد الدين بري\" قائد شرطة سرمدا برفقة 3 أشخاص وإصابة 10 آخرين",
     [(K, 1, 1, None, None), (K, 3, 3, None, None), (I, 10, 10, None, None)]),
    ("مقتل \"خلف الوهاب\" وهو معلم مدرسة بالإضافة إلى أثنين من أبناءه", [(K, 1, 1, None, None), (K, 2, 2, None, None)]),
    # those taken or killed with one person, after his outcome and its pronoun, share it
    ("وقتل شاب كان قد تم خطفه مع 35 شخصا آخرين", [(K, 1, 1, None, True), (C, 35, 35, None, True)]),
    ("وأفرج عن شاب بعد أن تم اعتقاله مع 4 آخرين", [(C, 4, 4, None, None)]),
    ("اختطف المسلحون عشرة مدنيين وأعدموا ثلاثة منهم", [(C, 10, 10, None, True), (K, 3, 3, None, True)]),
    # a singular outcome verb right before "مع": its subject, and those with him
    ("وقال المرصد إن العجلاني قتل مع ثلاثة عناصر آخرين من قوات النظام", [(K, 4, 4, None, False)]),
    ("وكان الطالب قد اختطف مع والدته من قرية الشبكي", [(C, 2, 2, None, True)]),
    # men from a force are fighters; men from a village are not
    ("قتل تنظيم داعش 9 رجال من الشرطة العراقية", [(K, 9, 9, None, False)]),
    ("مقتل ثلاثة رجال من القرية", [(K, 3, 3, None, True)]),
    # an age is no count ("في 19 من عمره")
    ("وقتل شاب في 19 من عمره", [(K, 1, 1, None, True)]),
    ("أصيبت طفلة في الـ 12 من عمرها", [(I, 1, 1, None, True)]),
    ("وأسفرت العملية عن مقتل خلف الوهاب و2 من أولاده وشخص رابع",
     [(K, 1, 1, None, None), (K, 2, 2, None, None), (K, 1, 1, None, None)]),
    ("مقتل محمد وأحمد الحسن بقصف", [(K, 1, 1, None, None), (K, 1, 1, None, None)]),
    # given names common in Iraq as in Syria
    ("أدت غارة للتحالف إلى مقتل محسن الفضلي زعيم مجموعة خراسان", [(K, 1, 1, None, None)]),
    ("استشهد حيدر كاظم وأصيب عباس جعفر بانفجار عبوة", [(K, 1, 1, None, None), (I, 1, 1, None, None)]),
    ("اعتقل كامل عائلة هاني جمعة الحمود الذي ارتقى بغارة للتحالف", [(K, 1, 1, None, None)]),
    ("محمد المصطفى، قُتل إثر إطلاق مدفعية", [(K, 1, 1, None, None)]),
    # a name after the passive verb, its cause or time told where an object would be
    ("قُتل أبو محمد الفضلي بضربة جوية قرب إدلب", [(K, 1, 1, None, None)]),
    ("قتل أبو خالد في غارة على المدينة", [(K, 1, 1, None, None)]),
    ("أعدم تنظيم داعش أمس الشيخ نجم الدين الجبوري", [(K, 1, 1, None, None)]),
    ("وقتل اثر ذلك العسكري يدعى علي منهل", [(K, 1, 1, None, False)]),
    ("مقتل كل من أحمد الحسن ومحمد العلي", [(K, 1, 1, None, None), (K, 1, 1, None, None)]),  # "كل من": each of
    ("قالت مصادر إن 16 شخصا قد لقوا مصرعهم", [(K, 16, 16, None, None)]),
    ("شخصان لقيا حتفهما", [(K, 2, 2, None, None)]),
    # beheadings and slaughter are killings
    ("أقدم التنظيم على قطع رأس أحد المختطفين", [(K, 1, 1, None, None)]),
    ("قطع رؤوس 4 أشخاص", [(K, 4, 4, None, None)]),
    ("ذبح التنظيم ثلاثة من المختطفين", [(K, 3, 3, None, None)]),
    ("قال محمد، استشهد 5 أشخاص", [(K, 5, 5, None, None)]),  # the speaker is not a victim
    # one person right after the verb is its subject when a number of people follows: its victims
    ("قتل انتحاري 32 شخصا في بلدة سروج", [(K, 32, 32, None, None)]),
    ("قتل مسلح خمسة أشخاص في هجوم على مسجد", [(K, 5, 5, None, None)]),
    # ... but not the one the number were with: he and they
    ("قتل قيادي مع اثنين من مرافقيه في غارة", [(K, 1, 1, None, False), (K, 2, 2, None, False)]),
    ("قتلت عائلة من ثلاثة أشخاص إثر القصف", [(K, 3, 3, None, True)]),  # a family's members: civilians
    ("قتل جندي وأصيب 3 آخرون", [(K, 1, 1, None, False), (I, 3, 3, None, False)]),
    # vague quantities are reported with unknown numbers
    ("أسفرت عن مقتل مئات المدنيين", [(K, None, None, None, True)]),
    ("وإصابة عشرات آخرين بجروح", [(I, None, None, None, None)]),
    ("وأضاف المرصد أن عشرات أصيبوا", [(I, None, None, None, None)]),
    # cases: of a casualty noun, of hurt people, of arrests; a number of cases joined to a toll is no toll
    ("سجلت 5 حالات وفاة", [(K, 5, 5, None, None)]),
    ("مقتل 42 مدنيا، كما أفاد عن 70 حالة اختناق", [(K, 42, 42, None, True), (I, 70, 70, None, None)]),
    ("سجلت 30 حالة اعتقال في درعا", [(C, 30, 30, None, None)]),
    # a companion with a pronoun is one more, as kin are, but of no side known
    ("بتفجير استهدف سيارته وأدى إلى مقتله وسائقه", [(K, 1, 1, None, None), (K, 1, 1, None, None)]),
    ("ما أدى إلى مصرعه مع سائقه", [(K, 1, 1, None, None), (K, 1, 1, None, None)]),
    ("وقال سائقه إن الطريق مغلق", []),
    # a bare pronoun restates only the count right before it: elsewhere the count is its own
    ("مقتل شخصين هما رجل وامرأة", [(K, 2, 2, None, None), (K, 2, 2, None, True)]),
    # "أفراد" are people: "من X" tells whose, and an outcome verb may come after it
    ("إن تسعة أفراد من قوات الحرس الوطني قتلوا في هجوم", [(K, 9, 9, None, False)]),
    ("مقتل خمسة أفراد من عائلة واحدة بقصف", [(K, 5, 5, None, True)]),
    # "others" of one family: the people they are others to are of it too
    ("فقد 3 أشخاص حياتهم بينهم طفل وإصابة 4 آخرين من أسرة واحدة", [(K, 3, 3, None, True), (I, 4, 4, None, True)]),
    ("قتل 3 عناصر من قسد وأصيب 4 آخرون من عائلة واحدة", [(K, 3, 3, None, False), (I, 4, 4, None, True)]),
    ("أن القتلى في محسنلي هم 5 أطفال، والمصابين هم 6 أطفال أيضاً", [(K, 5, 5, None, True), (I, 6, 6, None, True)]),
    # a number written with thousands separators is one token, of more than digits
    ("أسفر القصف عن مقتل 1,300 مدني، وإصابة 2,500 آخرين", [(K, 1300, 1300, None, True), (I, 2500, 2500, None, True)]),
])
def test_counts(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    # numbers that count no people
    "الـ 24 من آب / أغسطس الجاري من العام 2017",
    "على بعد نحو 25 كلم من البلدة",
    "الواقعة على بعد 5 كلم غرب مدينة الطبقة",
    "وكان الرجل البالغ من العمر 70 عاما",
    "وأحصى المرصد 60 غارة، على الأقل، في ثلاث ساعات",
    "استهدفوا سيارة تقل 4 عناصر من تنظيم الدولة",
    "نحو 20 عنصراً يرجح أنهم تابعين لقوات التحالف",
    "قتل عنصر من الفرقة 17",  # the unit number: only the one fighter counts (checked below)
    "#الأسد_يقتل_السوريين9:48 AM · Nov 28, 2024",
    "إصابة 3 مدنيين من أفراد عائلة واحدة بجراح",  # "واحدة" is not a second count (checked below)
    # the bodies of the dead taken or handed over: no one captured
    "وقال إن الجيش احتجز جثث ستة مسلحين وبنادق",
    "سلمت الفصائل جثث 3 جنود",
    # two outcomes in one number
    "مقتل وإصابة 7 مدنيين",
    "راح ضحيتها 13 مدنياً بين قتيل وجريح، أغلبهم أطفال",
    "أدى القصف إلى 111 قتيلا وجريحا",
    "سقط 5122 شخصا بين قتيل وجريح",
    "وقال الدفاع المدني إن نحو 20 مدنيا استشهدوا وأصيبوا جراء القصف",
    "جرى قتل وأسر عدد من عناصر التنظيم",
    # totals over a period
    "توثيق مقتل 231 شخصا في سوريا خلال تموز بينهم 16 امرأة و20 طفلا",
    "وقتل 92 عسكريا روسيا في سوريا منذ تدخل موسكو في النزاع",
    "81 قتيلا ونحو 1300 إصابة في أكثر من 1400 حادث سير بسوريا منذ بداية 2025",
    "قتل 500 مدني منذ بداية الشهر",
    "وتكثف القصف الجوي على منطقة الغوطة الشرقية، موقعا أكثر من 400 قتيل خلال خمسة أيام",
    "خلال الأيام الماضية، وتحولت فيها الاحتجاجات إلى مواجهات دامية قتل فيها 10 محتجين",
    "ويعتقد أن أكثر من 40 جنديا تركيا قتلوا منذ بدء العملية",
    "وثقت الشبكة منذ مطلع العام 2023، مقتل 86 شخصا",
    # a period as the subject of "شهد"
    "وشهدت نفس الفترة، إحراق أكثر من 100 عربة، ومقتل 11 مسلحا خلال اشتباكات مع قوات الأمن",
    "وشهد الشهر الماضي مقتل 40 مدنيا بغارات على الرقة",
    # plurals with no number, and words that only look like counts
    "مقتل مدنيين",
    "الله يرحم الشهداء والشفاء العاجل للجرحى",
    "اسما الشهيدين إثر استهداف طائرة مسيرة",
    "مغادرة قرابة 3200 من المسلحين وأسرهم للمنطقة",
    "وحمل الآلاف صور نساء وأطفال قتلوا",
    "قال مسؤول إن طفلا كان يلعب قرب المنزل",
    "الحرب التي أودت بأرواح نحو نصف مليون شخص",
    # hashtags, comment timestamps and totals of a war
    "#الأسد_يقتل_السوريين #العدوان_الروسي+6",
    "#الخوذ_البيضاء #الأسد_يقتل_السوريين | الدفاع المدني السوري",
    "نستلذ بقتل والحقد على بعضنا البعض1yأميرة",
    "كانت تقصف غزة وتقتل الاطفال والنساء اكثر من ٤٠ الف",
    "الضحايا المدنيين منذ 2011",
    # "ارتقاء" rising, people only in other roles, names of places and groups
    "ارتقاء 3 درجات في التصنيف",
    "ارتقى الفريق إلى المركز 3",
    "نقل الجرحى إلى مستشفى الشهيد حمزة الخطيب",
    "دوار الشهداء في جرابلس",
    "الشهيد هو الشاب محمد ناصر",
    "قال والد الشهيد علي إن ابنه",  # one of the dead named in passing, no roll
    "رجل وزوجته ذهبا إلى السوق",
    "نفذ التنظيم المتطرف عمليات قتل وإعدام جماعية",  # killings told of, nobody counted
    "قتل محمد زوجته",
    "قتل محمد العلي أمس زوجته",
    "حوكم الضابط الذي قتل أمس المتظاهرين",  # active: its object after the time
    # an attempt: nobody killed by it
    "وأدت محاولة اغتيال الرجل وابنته في بريطانيا إلى اتهام الحكومة الروسية",
    "في محاولة لقتل ثلاثة جنود",
    "بعد مقتله بيومين",
    "قتل على يد مسلحين مجهولين",
    "وقع طفل آخر ضحية الذخائر غير المنفجرة",
    "لا يُعرف ما إذا كان قد قُتل أم تم اعتقاله",
    "مقتل \"داعش\" في المنطقة",
    "إصابة 5 مدنيين فضلاً عن نزوح 1600 عائلة من المخيمات",  # only the 5 (checked below)
    "كما قتل عنصر من فصيل الجبهة الشامية بالاشتباكات مع تحرير الشام وفصيل سليمان شاه",  # only the 1
    "فرقنا تفقدت الأماكن التي طالها القصف وتأكدت من عدم وجود إصابات أخرى",  # "أخرى" an adjective of things
])
def test_not_counts(text: str) -> None:
    found = counts(text)
    if "الفرقة 17" in text:
        assert found == [(K, 1, 1, None, False)]
    elif "نزوح 1600 عائلة" in text:
        assert found == [(I, 5, 5, None, True)]
    elif "سليمان شاه" in text:
        assert found == [(K, 1, 1, None, False)]
    elif "عائلة واحدة" in text:
        assert found == [(I, 3, 3, None, True)]
    else:
        assert found == []


# --- subsets -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, total, subsets", [
    ("مقتل 12 شخصا بينهم قياديان من فيلق الرحمن", 12, [(2, False)]),
    ("قتل فيها أربعة أشخاص بينهما طفلان", 4, [(2, True)]),
    ("قتل ما لا يقل عن 43 شخصا الجمعة، من بينهم سبعة أطفال و16 شخصا على الأقل في غارة", 43,
     [(7, True), (16, None)]),
    ("مقتل 43 مدنياً في عفرين، بينهم 16 مدنياً جراء غارة", 43, [(16, True)]),
    ("ما أدى لاستشهاد 5 مدنيين بينهم 3 أطفال ووالدتهم", 5, [(3, True), (1, True)]),
    ("أصيب 16 شخصا، من بينهم شخصان في حالة خطرة", 16, [(2, None)]),
    ("مقتل ثلاثة مدنيين - بينهم طفل - وإصابة آخرين", 3, [(1, True)]),
    ("قالت سانا إن أربعة أشخاص قُتلوا بينهم أم وطفلتان في قرية تديل", 4, [(1, True), (2, True)]),
    ("إذ قتل 5 مدنيين من عائلة واحدة (رجل وزوجته و3 من أطفالهما)، وأصيب طفل آخر", 5,
     [(1, True), (1, True), (3, True)]),  # a breakdown in brackets
    ("إذ قتل طفلان شقيقان (طفل وطفلة) وأصيب 5 مدنيين آخرين", 2, [(1, True), (1, True)]),
    # the count told again by its members after a bare pronoun
    ("ما أدى إلى مقتل شخصين هما رجل وامرأة وإصابة 55 شخصا بجروح", 2, [(1, True), (1, True)]),
    ("قتل ثلاثة مدنيين هم رجل وامرأتان في قصف", 3, [(1, True), (2, True)]),
    ("أسفر عن 28 قتيلا هم خمسة مدنيين وعشرة مقاتلين", 28, [(5, True), (10, False)]),
])
def test_subsets(text: str, total: int, subsets: list) -> None:
    groups = find_counts_with_subsets(NormText.of(text))
    assert groups[0][0].best == total
    assert [(s.best, s.civilian) for s in groups[0][1]] == subsets
    # subsets are not reported as counts of their own, only as the civilians among a total that
    # does not say who its dead were (a civilian count: at least so many)
    found = {(m.start, m.end): m for m in find_counts(NormText.of(text))}
    assert all(found[s.start, s.end].civilian for s in groups[0][1] if (s.start, s.end) in found)


# --- evidence ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, evidence", [
    ("وأسفرت الغارة عن مَقْتَلِ خَمْسَةِ مَدَنِيِّينَ أمس", ["مَقْتَلِ خَمْسَةِ مَدَنِيِّينَ"]),
    ("أسفرت عن مقتـــل ٢٥ مدنيـاً وإصابة ١٣ آخرين", ["مقتـــل ٢٥ مدنيـاً", "إصابة ١٣ آخرين"]),
    ("وقُتِلَ طفلٌ وأُصيبَ آخرُ", ["قُتِلَ طفلٌ", "أُصيبَ آخرُ"]),
    ("«19» من عناصر داعش قتلوا", ["19» من عناصر داعش قتلوا"]),
    ("تسبب في مصرع عنصر التنظيم وعائلتِه", ["مصرع عنصر", "عائلتِه"]),
    ("أسفرت عن مقتل \"خلف الوهاب\" وهو معلم", ["مقتل \"خلف الوهاب\""]),
    ("أدى لمقتل المدرّس “محمد الكطاف” وإصابة أكثر من 6 آخرين", ["مقتل المدرّس “محمد الكطاف”", "إصابة أكثر من 6 آخرين"]),
    ("فقدت امرأة حياتَها في القصف", ["امرأة حياتَها"]),
])
def test_evidence_is_original_text(text: str, evidence: list[str]) -> None:
    assert [text[m.start:m.end] for m in find_counts(NormText.of(text))] == evidence


@pytest.mark.skipif(not DEV.exists(), reason="shared dev set not present")
def test_dev_documents_spans() -> None:
    """Every count in the dev documents quotes a non-empty stretch of its document that holds a
    digit or a letter; the grammar never fails on real pages."""
    for line in DEV.read_text(encoding="utf-8").splitlines():
        text = json.loads(line).get("text") or ""
        for m in find_counts(NormText.of(text)):
            assert text[m.start:m.end].strip() and any(ch.isalnum() for ch in text[m.start:m.end])
            assert m.category in (K, I, C)
            assert m.best is None or m.low is None or m.low <= m.best
            assert m.high is None or m.best is None or m.best <= m.high


_WORDS = ["مقتل", "قتل", "إصابة", "أصيب", "اعتقال", "5", "١٢", "خمسة", "وعشرين", "مدنيين", "أطفال", "عنصرا",
          "من", "عناصر", "بينهم", "طفلان", "و3", "آخرين", "نحو", "على", "الأقل", "،", ".", "-", "(", ")", "قتلوا",
          "منذ", "بداية", "وعائلته", "\u064e", "\u0640", "\n", "ما", "لا", "يقل", "عن", "بين", "قتيل", "وجريح"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_spans_hold_on_any_text(words: list[str]) -> None:
    text = " ".join(words)
    for m, subs in find_counts_with_subsets(NormText.of(text)):
        for x in (m, *subs):
            assert 0 <= x.start < x.end <= len(text)
            assert x.category in (K, I, C)


@pytest.mark.parametrize(("text", "found", "hurt"), [
    ("وقال المسؤول إن الهجوم لم يسفر عن وقوع ضحايا", "لم يسفر عن وقوع ضحايا", True),
    ("سقطت قذائف دون وقوع إصابات", "دون وقوع إصابات", True),
    ("ولم ترد أنباء عن وقوع إصابات", "ولم ترد أنباء عن وقوع إصابات", True),
    ("ولم يسفر الهجوم عن وقوع قتلى", None, False),  # (a word between: no count)
    ("انفجرت العبوة دون وقوع قتلى", "دون وقوع قتلى", False),  # nobody killed; the wounded not told
    ("لم تتضح حصيلة الضحايا", None, False),  # the toll is unknown, not nil
    # "not any one": none, not one
    ("وقال: ليس هناك أية ضحية في صفوف المدنيين", "ليس هناك أية ضحية", True),
    ("وأكد أنه لم يسقط أي قتيل في القصف", "لم يسقط أي قتيل", False),
    ("لا توجد أي إصابات", "لا توجد أي إصابات", True),
    ("ولم يسقط قتيل واحد في الهجوم", "ولم يسقط قتيل واحد", False),  # "not one"
    ("ولم تسجل إصابة واحدة", "ولم تسجل إصابة واحدة", True),
])
def test_nobody_killed_is_a_count_of_zero(text: str, found: str | None, hurt: bool) -> None:
    """Nobody killed, and for words of casualties at large ("إصابات"، "ضحايا"), nobody hurt either."""
    got = [(text[m.start:m.end], m.category, m.best) for m in find_counts(NormText.of(text))]
    assert got == ([(found, "killed", 0)] + [(found, "injured", 0)] * hurt if found else [])


@pytest.mark.parametrize("text", [
    "وقال المسؤول إن الهجوم لم يسفر عن وقوع ضحايا، ولا معلومات عن قتلى", "فلا ضحايا ولا إصابات",
    "من دون وقوع خسائر بشرية", "ولم ترد أنباء عن وقوع إصابات بشرية", "الضحايا لم يسفر عن وقوع", "بدون  \n  قتلى",
    "#لا_ضحايا", "5لا ضحايا", "لا لا ضحايا", "سقطت قذائف دون وقوع إصابات، دون وقوع قتلى",
    "ليس هناك أية ضحية", "ولم يسقط أي قتيل", "لا توجد أي ضحية ولا إصابة", "ولم يسقط قتيل واحد",
    "لم يسفر عن واحد",
])
def test_no_casualty_matches_are_those_of_a_scan_of_every_character(text: str) -> None:
    """The matches tried at the tokens they may start at are those a scan from every character finds."""
    folded = NormText.of(text).text
    assert [m.span() for m in _no_casualty_matches(folded, _Tokens(folded))] == [m.span() for m in _NO_CASUALTIES.finditer(folded)]


@pytest.mark.parametrize("word, name", [
    ("محمد", True), ("عبد", True), ("أبو", True), ("الحمود", True),  # given names, openers, a family name
    ("في", False), ("فيها", False), ("مقتل", False), ("قتلى", False), ("خمسة", False), ("وأحمد", False), ("5", False),
])
def test_name_like(word: str, name: bool) -> None:
    assert _name_like(fold(word)) is name


def test_numbers_are_digits_and_number_words() -> None:
    words = [fold(w) for w in ["قتل", "خمسة", "و", "1,300", "من", "12", "عنصرا"]]
    assert list(_numbers(words, 10)) == [11, 13, 15]


# --- a period's toll told at length ------------------------------------------------------------
_SOHR_TALLY = ("فقد استشهد مواطن قبل قليل متأثرا بجراح أصيب بها مساء أمس في قصف جوي تركي.\n\n"
               "وبذلك، يرتفع إلى 102 تعداد الاستهدافات الجوية التي نفذتها طائرات مسيرة تركية، منذ مطلع العام 2023، "
               "تسببت بمقتل 86 شخص، بالإضافة لإصابة أكثر من 93 شخص بجراح متفاوتة، والقتلى هم:\n\n"
               "– 18 مدنيين بينهم طفلين ومواطنتين.\n\n– 65 من القوات العسكرية بينهم قياديين.\n\n"
               "وتوزعت الاستهدافات على النحو الآتي:\n\n"
               "– 67 استهداف على الحسكة أسفرت عن مقتل 15 من المدنيين بينهم طفلين و3 سيدات.\n\n"
               "– 32 استهداف في ريف حلب أسفرت عن مقتل 3 من المدنيين، و3 من قوات النظام، و27 من العسكريين.\n\n"
               "السابق\n\nمقتل 4 عناصر من قوات النظام بانفجار لغم")


def test_a_period_s_toll_told_past_its_commas_and_in_its_lists_is_no_act_s() -> None:
    """Acts counted over a period ("لـ 52 هجوماً"، "102 تعداد الاستهدافات"): what the sentence tells
    after them is the period's toll however many commas stand between, and so are the items of the
    lists that break it down; the act told before keeps its own, and a story after the list its own."""
    text = ("منذ بداية العام الحالي 2024 استجابت فرقنا لـ 52 هجوماً على شمال غربي سوريا، بينها 3 هجمات بصواريخ، "
            "استهدفت الهجمات 3 أسواق شعبية ومدرستين، وأدت لمقتل 7 مدنيين بينهم طفل وامرأة، وإصابة 18 آخرين.")
    assert counts(text) == []
    tallies: list[tuple[int, int]] = []
    got = [(_SOHR_TALLY[m.start:m.end], m.best) for m in find_counts(NormText.of(_SOHR_TALLY), tallies)]
    assert got == [("استشهد مواطن", 1), ("مقتل 4 عناصر من قوات", 4)]
    told = [_SOHR_TALLY[s:e] for s, e in tallies]  # the toll's clauses, then its lists' items
    assert len(told) == 5 and told[0].startswith("منذ مطلع العام 2023") and told[0].endswith("والقتلى هم")
    assert told[3].startswith("– 67 استهداف على الحسكة") and told[3].endswith("3 سيدات.")
    # up to a clause that turns to another act
    text = ("شنّ نظام الأسد خلال تسعة أشهر 26350 غارة على المدن السورية، وقتل فيها 1200 مدني، فيما أطلقت قوات "
            "المعارضة معركة في الزبداني، بعد اشتباكات أسفرت عن مقتل 12 عنصرا من حزب الله")
    assert counts(text) == [(K, 12, 12, None, False)]
    # a list of acts over a period that does not count them is a list of acts
    text = ("وفيما يلي أبرز الغارات التي شنتها إسرائيل داخل الأراضي السورية منذ عام 2003:\n"
            "- 8 سبتمبر 2017: استهدف الطيران الإسرائيلي موقعا عسكريا بريف حماة ما أدى إلى مقتل جنديين.")
    tallies = []
    assert counts(text) == [(K, 2, 2, None, False)] and find_counts(NormText.of(text), tallies) and tallies == []


def test_a_toll_raised_after_an_act_is_the_period_s_and_the_act_keeps_its_own() -> None:
    # "ليرتفع" ends the act's clause: the period after it does not reach the act's toll before it
    text = "قتل خمسة مدنيين السبت في مدينة داعل جراء القصف ليرتفع عدد القتلى المدنيين منذ بدء التصعيد إلى 105 مدنيين"
    assert counts(text) == [(K, 5, 5, None, True)]


@pytest.mark.parametrize("text, expected", [
    # a dual of kin as a subject, as well as after a preposition or as an object ("وطفليها")
    ("قُتل رجل وأصيبت زوجته وطفلاه في غارتين جويتين", [(K, 1, 1, None, True), (I, 1, 1, None, True),
                                                    (I, 2, 2, None, True)]),
    ("استشهدت امرأة وابناها بقصف مدفعي", [(K, 1, 1, None, True), (K, 2, 2, None, True)]),
    # members of no side are those of the group named after them
    ("هاجموا مقرها، وقتلوا خمسة من أفراد «الفرقة 30»، التي تتهمها", [(K, 5, 5, None, False)]),
    ("مقتل خمسة من أفراد الشرطة", [(K, 5, 5, None, False)]),
    ("مقتل خمسة من أفراد عائلة واحدة", [(K, 5, 5, None, True)]),
    # men of a force are fighters; men alone, or men of no force, are civilians
    ("قتل 22 من رجال الأمن في هجوم", [(K, 22, 22, None, False)]),
    ("إصابة ثلاثة رجال شرطة وسبعة مدنيين", [(I, 3, 3, None, False), (I, 7, 7, None, True)]),
    ("مقتل ثلاثة من رجال الدين", [(K, 3, 3, None, True)]),
    ("مقتل ثلاثة رجال", [(K, 3, 3, None, True)]),
    ("مقتل خمسة من المدنيين ورجال الأمن", [(K, 5, 5, None, None)]),  # of both sides
    ("أصيب عدد آخر من الموظفين ورجال", [(I, None, None, None, True)]),  # (the text ends after "رجال")
    # a father before "و" or a pause, though folded like the month آب ("في 5 آب، قتل" counts no fathers)
    ("قتل أب وابنه في غارة جوية", [(K, 1, 1, None, True), (K, 1, 1, None, True)]),
    ("في 5 آب، قتل 3 مدنيين", [(K, 3, 3, None, True)]),
])
def test_kin_in_the_dual_and_members_of_a_group(text: str, expected: list) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text, evidence, n", [
    ("وراح ضحيتها عائلة كاملة (رجل وزوجته و3 من أطفالهم ونجا طفل واحد أصيب بجراح) في ريف إدلب",
     "راح ضحيتها عائلة كاملة (رجل وزوجته و3 من أطفالهم", 5),
    ("مقتل عدد من المدنيين هم رجل وامرأتان", "مقتل عدد من المدنيين هم رجل وامرأتان", 3),
    ("مقتل عشرات المدنيين بينهم 5 أطفال", "مقتل عشرات المدنيين", None),  # some of them, not all
])
def test_a_count_of_no_number_told_by_its_every_member(text: str, evidence: str, n: int | None) -> None:
    (m, *_rest) = find_counts(NormText.of(text))
    assert (text[m.start:m.end], m.category, m.low, m.best, m.civilian) == (evidence, K, n, n, True)
