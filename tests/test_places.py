"""Place phrases (recognize/places.py) and their resolution (geo/resolve.py) on real sentences."""
from __future__ import annotations

import time

import pytest

from rasd.geo import resolve as resolve_module
from rasd.geo.gazetteer import Gazetteer, default_gazetteer, km
from rasd.geo.resolve import ResolveContext, geocode_text, resolve, resolve_all
from rasd.model import PlaceMention
from rasd.recognize.places import _clean_name, _Finder, find_places
from rasd.text.normalize import NormText
from rasd.text.segment import paragraphs, sentences


def places(text: str, gaz=...):
    nt = NormText.of(text)
    return find_places(nt) if gaz is ... else find_places(nt, gaz)


# --- recognition ---------------------------------------------------------------------------------

RECOGNIZE = [
    # text, [(phrase, name, feature, direction, distance, context)]
    # "قضاء" names a known district, cut where the known name ends
    ("قام المتشددون باجتياح قضاء سنجار معقل الطائفة الإيزيدية",
     [("قضاء سنجار", "سنجار", "district", None, None, None)]),
    ("نزلوا في منزل عند ضفاف الفرات بأطراف بلدة بقرص، كان يتخذه التنظيم",
     [("بلدة بقرص", "بقرص", "town", None, None, None)]),
    ("في منطقة التبني الواقعة في الريف الغربي لدير الزور، حيث",
     [("منطقة التبني الواقعة في الريف الغربي لدير الزور", "التبني", "area", "west", None, "دير الزور")]),
    ("جرت في منطقة البوليل بالريف الشرقي لدير الزور فجر الخميس",
     [("منطقة البوليل بالريف الشرقي لدير الزور", "البوليل", "area", "east", None, "دير الزور")]),
    ("بمنطقة الكرين الواقعة على بعد 5 كلم غرب مدينة الطبقة بالتزامن",
     [("منطقة الكرين الواقعة على بعد 5 كلم غرب مدينة الطبقة", "الكرين", "area", "west", 5.0, "الطبقة")]),
    ("على بعد 5 كلم غرب مدينة الطبقة", [("على بعد 5 كلم غرب مدينة الطبقة", "الطبقة", "city", "west", 5.0, None)]),
    ("حطت بين قريتي الكبر والجزرة بريف دير الزور الغربي، ترافقها",
     [("قريتي الكبر", "الكبر", "village", "west", None, "دير الزور"),
      ("الجزرة بريف دير الزور الغربي", "الجزرة", "village", "west", None, "دير الزور")]),
    ("هبطتا في بادية التبني بأقصى الريف الغربي لدير الزور",
     [("بادية التبني بأقصى الريف الغربي لدير الزور", "التبني", "desert", "west", None, "دير الزور")]),
    ("في بادية بلدة البوليل، على بعد نحو 25 كلم من البلدة",
     [("بادية بلدة البوليل", "البوليل", "desert", None, None, None)]),
    ("قصف على بلدة مسكنة بريف حلب الشرقي",
     [("بلدة مسكنة بريف حلب الشرقي", "مسكنة", "town", "east", None, "حلب")]),
    ("غارات على إدلب وريف حماة الشمالي",
     [("إدلب", "إدلب", None, None, None, None), ("ريف حماة الشمالي", "حماة", "countryside", "north", None, None)]),
    ("قصف على مدينتي الرقة والطبقة", [("مدينتي الرقة", "الرقة", "city", None, None, None),
                                      ("الطبقة", "الطبقة", "city", None, None, None)]),
    ("قرية مريمين التابعة لناحية شران بريف عفرين",
     [("قرية مريمين التابعة لناحية شران", "مريمين", "village", None, None, "شران"),
      ("ريف عفرين", "عفرين", "countryside", None, None, None)]),
    ("استهدف قرية #عبلة التابعة لمدينة #الباب شرقي حلب",
     [("قرية #عبلة التابعة لمدينة #الباب", "عبلة", "village", None, None, "الباب"),
      ("شرقي حلب", "حلب", None, "east", None, None)]),
    ('بقصف على محيط "مارع" شمالي حلب', [('مارع" شمالي حلب', "مارع", None, "north", None, "حلب")]),
    ("هبوط مروحية قرب مطار البصرة الدولي", [("مطار البصرة الدولي", "مطار البصرة الدولي", "airport", None, None,
                                             "البصرة")]),
    ("سيطرت على سد تشرين", [("سد تشرين", "سد تشرين", "dam", None, None, None)]),
    ("حي الصناعة في القامشلي", [("حي الصناعة في القامشلي", "الصناعة", "neighbourhood", None, None, "القامشلي")]),
    # "وسط" (the middle of), alone or after "في", makes the town after it the name's context ("و" is no "and")
    ("في حي نزال وسط مدينة الفلوجة", [("حي نزال وسط مدينة الفلوجة", "نزال", "neighbourhood", None, None, "الفلوجة")]),
    ("حي الفرقان في وسط مدينة حلب", [("حي الفرقان في وسط مدينة حلب", "الفرقان", "neighbourhood", None, None, "حلب")]),
    ("في دوما بالغوطة الشرقية", [("دوما بالغوطة الشرقية", "دوما", None, None, None, "الغوطة الشرقية")]),
    ("محافظة دير الزور – المرصد", [("محافظة دير الزور", "دير الزور", "governorate", None, None, None)]),
    ("اشتباكات في ريف دمشق", [("ريف دمشق", "ريف دمشق", "governorate", None, None, None)]),
    ("عاد إلى سوريا من تركيا", [("سوريا", "سوريا", None, None, None, None), ("تركيا", "تركيا", None, None, None, None)]),
    ("في لييج البلجيكية", [("لييج البلجيكية", "لييج", None, None, None, "بلجيكا")]),
    # a nationality adjective ends an unknown name and places it in its country
    ("قصف مطار كويرس", [("مطار كويرس", "مطار كويرس", "airport", None, None, None)]),
    # a crossing the gazetteer lacks, named after a town it knows: the town is its context
    # no name runs on across a line break
    ("بقصف صاروخي في مدينة أريحا\n\nإرهاب نظام الأسد مستمر", [("مدينة أريحا", "أريحا", "city", None, None, None)]),
    ("قرب معبر باب الهوى", [("معبر باب الهوى", "معبر باب الهوى", "crossing", None, None, "باب الهوى")]),
    ("قصف مطار المزة العسكري", [("مطار المزة العسكري", "مطار المزة العسكري", "airport", None, None, None)]),
    # names in brackets, quotes or hashtags after a place word
    ("قصف على قرية (كنصفرة) بريف إدلب",
     [("قرية (كنصفرة) بريف إدلب", "كنصفرة", "village", None, None, "إدلب")]),
    ("قصف على قريتي (كنصفرة) و(البارة) بريف إدلب",
     [("قريتي (كنصفرة", "كنصفرة", "village", None, None, "إدلب"),
      ("البارة) بريف إدلب", "البارة", "village", None, None, "إدلب")]),
    ("في قريتي “أبديتا” و”بزابور”",
     [("قريتي “أبديتا", "أبديتا", "village", None, None, None), ("بزابور", "بزابور", "village", None, None, None)]),
    ('في بلدة "سرمين"', [("بلدة \"سرمين", "سرمين", "town", None, None, None)]),
    ("في مدينة #جرابلس بريف #حلب", [("مدينة #جرابلس بريف #حلب", "جرابلس", "city", None, None, "حلب")]),
    ("حي #الإذاعة بمدينة #حلب", [("حي #الإذاعة بمدينة #حلب", "الإذاعة", "neighbourhood", None, None, "حلب")]),
    # more place words: a district ("مديرية"), housing ("مساكن"), a town's exits
    ("قتل في مديرية حيس جنوب الحديدة",
     [("مديرية حيس جنوب الحديدة", "حيس", "district", "south", None, "الحديدة")]),
    ("في منطقة مساكن جلين بريف درعا",
     [("منطقة مساكن جلين بريف درعا", "جلين", "neighbourhood", None, None, "درعا")]),
    ("قصف مساكن هنانو", [("مساكن هنانو", "مساكن هنانو", "neighbourhood", None, None, None)]),
    ("عند مخرج بلدة حيان", [("بلدة حيان", "حيان", "town", None, None, None)]),
    # a village's two-word name is not cut to a namesake's first word; a verb or a pronoun ends it
    ("في قرية خراب دليل", [("قرية خراب دليل", "خراب دليل", "village", None, None, None)]),
    ("قرية ملا سباط بريف القامشلي",
     [("قرية ملا سباط بريف القامشلي", "ملا سباط", "village", None, None, "القامشلي")]),
    ("في منطقة حمرة جماسة بريف حماة",
     [("منطقة حمرة جماسة بريف حماة", "حمرة جماسة", "area", None, None, "حماة")]),
    ("في مدينة عفرين ذات الغالبية الكردية", [("مدينة عفرين", "عفرين", "city", None, None, None)]),
    ("في قرية كويا تؤدي", [("قرية كويا", "كويا", "village", None, None, None)]),
    ("شهدت مدينة الزبداني قصفًا عنيفًا", [("مدينة الزبداني", "الزبداني", "city", None, None, None)]),  # an act
    # ... and so does what the sentence goes on to say of the place
    ("وسجلت مدينة حمورية أعلى حصيلة", [("مدينة حمورية", "حمورية", "city", None, None, None)]),
    ("وتعرضت مدينة حمورية مجددا لقصف", [("مدينة حمورية", "حمورية", "city", None, None, None)]),
    # a dual takes two names, and a common word glued to "و" ends a list ("ومدرسة صلاح الدين": a school)
    ("في بلدتي نبل والزهراء، عقبه قصف", [("بلدتي نبل", "نبل", "town", None, None, None),
                                       ("الزهراء", "الزهراء", "town", None, None, None)]),
    ("على أحياء مدينة إدلب، ومدرسة صلاح الدين", [("أحياء مدينة إدلب", "إدلب", "city", None, None, None)]),
    ("في بلدة قطمة ضمن منطقة عفرين", [("بلدة قطمة", "قطمة", "town", None, None, None),
                                     ("منطقة عفرين", "عفرين", "area", None, None, None)]),
    ("في مدينة إدلب بصاروخ", [("مدينة إدلب", "إدلب", "city", None, None, None)]),
    ("في مدينة ليغ البلجيكية", [("مدينة ليغ البلجيكية", "ليغ", "city", None, None, "بلجيكا")]),
    ("بلدة كفر الهندية", [("بلدة كفر الهندية", "كفر الهندية", "town", None, None, None)]),
    # a list of names ends at a function word with a clitic, even one the gazetteer knows (وفي: Alofi)
    ("على الحدود الإدارية بين محافظتي الرقة ودير الزور، وفي التفاصيل التي حصل عليها",
     [("محافظتي الرقة", "الرقة", "governorate", None, None, None),
      ("دير الزور", "دير الزور", "governorate", None, None, None)]),
    # a city abroad takes no second word of a village's name ("حمرة جماسة"): the verb after it is none
    ("دهس حشدا بمدينة تورونتو ترك رسالة", [("مدينة تورونتو", "تورونتو", "city", None, None, None)]),
    # after "التابعة" a name with "ل" is the context, through a canton word too
    ("استهدف حي كشكول التابع لجرمانا", [("حي كشكول التابع لجرمانا", "كشكول", "neighbourhood", None, None, "جرمانا")]),
    ("قصف قرية البوغاز التابعة لمقاطعة منبج",
     [("قرية البوغاز التابعة لمقاطعة منبج", "البوغاز", "village", None, None, "منبج")]),
    # "قرب X" and its kin after a place make X its context, not a second place
    ("قصف على الغوطة الشرقية قرب دمشق",
     [("الغوطة الشرقية قرب دمشق", "الغوطة الشرقية", None, None, None, "دمشق")]),
    # a place word with an indefinite adjective, or a common noun, names no place
    ("قصف على مناطق محدودة في محافظة درعا", [("محافظة درعا", "درعا", "governorate", None, None, None)]),
    ("اختبأ المسلحون في مغارة في حمص", [("حمص", "حمص", None, None, None, None)]),
    # the place's state or rank is no part of its name, and stands between it and its qualifier
    ("القوات التركية التي سيطرت على بلدة جندريس الرئيسية", [("بلدة جندريس", "جندريس", "town", None, None, None)]),
    ("قتل 14 شخصا في الغوطة الشرقية المحاصرة قرب دمشق",
     [("الغوطة الشرقية المحاصرة قرب دمشق", "الغوطة الشرقية", None, None, None, "دمشق")]),
    ("قصف على الغوطة الشرقية بالقرب من العاصمة دمشق",
     [("الغوطة الشرقية بالقرب من العاصمة دمشق", "الغوطة الشرقية", None, None, None, "دمشق")]),
    ("قصف على الغوطة الشرقية في محيط دمشق",
     [("الغوطة الشرقية في محيط دمشق", "الغوطة الشرقية", None, None, None, "دمشق")]),
    ("قصف على الغوطة الشرقية بضواحي دمشق",
     [("الغوطة الشرقية بضواحي دمشق", "الغوطة الشرقية", None, None, None, "دمشق")]),
    # a road named by the towns it joins is in neither
    ("تهدف إلى قطع طريق الرقة – حلب", []),
    # a canton is read through to the town that names it; a second qualifier joins the first
    ("قصفت القوات التركية قرية مرعناز في مقاطعة الشهباء",
     [("قرية مرعناز في مقاطعة الشهباء", "مرعناز", "village", None, None, "الشهباء")]),
    ("قصف لقرى بلدة شيراوا في ريف مقاطعة عفرين والشهباء، عن",
     [("قرى بلدة شيراوا في ريف مقاطعة عفرين والشهباء", "شيراوا", "town", None, None, "عفرين")]),
    ("قصف على مناطق متفرقة بمقاطعة الفرات", []),
    ("معارك عنيفة في مناطق متعددة بمحافظة اللاذقية", [("محافظة اللاذقية", "اللاذقية", "governorate", None, None, None)]),
    # so does "تابعة" after one
    ("القصف على مناطق تابعة لمدينة عفرين", [("مدينة عفرين", "عفرين", "city", None, None, None)]),
    # a country's adjective after a place word says whose places, not which
    ("كانوا يخططون لهجمات في مدن ومناطق روسية مختلفة", []),
    ("سقطت قذائف على قرى تركية حدودية", []),
    # "قرى X", X a town's name alone: the villages around it, its countryside (not the town)
    ("قصفت المدفعية قرى منبج بعشرات القذائف", [("قرى منبج", "منبج", "countryside", None, None, None)]),
    ("قصف على قرى مقاطعة منبج.", [("قرى مقاطعة منبج", "منبج", "countryside", None, None, None)]),
    ("قصف على قرى منبج وجرابلس.", [("قرى منبج", "منبج", "village", None, None, None),
                                  ("جرابلس", "جرابلس", "village", None, None, None)]),
    ("قصف في الريف الغربي لمقاطعة منبج بالأسلحة الثقيلة",
     [("الريف الغربي لمقاطعة منبج", "منبج", "countryside", "west", None, None)]),
    # after "التابعة" a direction with "ل" ("لغرب") qualifies the name too, through a canton word
    ("قصف قرية البوغاز التابعة لغرب مقاطعة منبج",
     [("قرية البوغاز التابعة لغرب مقاطعة منبج", "البوغاز", "village", "west", None, "منبج")]),
    ("قصف قرية البوغاز شرق مقاطعة منبج",
     [("قرية البوغاز شرق مقاطعة منبج", "البوغاز", "village", "east", None, "منبج")]),
    # ... after a comma too (not a second place after "و")
    ("قتل شخص بتفجير في منطقة الطوبجي، شمال غربي بغداد",
     [("منطقة الطوبجي، شمال غربي بغداد", "الطوبجي", "area", "north-west", None, "بغداد")]),
    ("قصف قرية البوغاز، وشرق مقاطعة منبج",
     [("قرية البوغاز", "البوغاز", "village", None, None, None), ("منبج", "منبج", None, None, None, None)]),
    # a sector of the front ("قطاع") before a known name that a qualifier follows; not of an economy
    ("قصف مدفعي يستهدف قطاع عبلة شرق مدينة الباب",
     [("قطاع عبلة شرق مدينة الباب", "عبلة", "area", "east", None, "الباب")]),
    ("تضرر قطاع الصناعة في حلب", [("حلب", "حلب", None, None, None, None)]),
    ("قطاع كبير من الناخبين", []),
    # a street named after a city is no place of that name
    ("سقطت قذيفة على شارع بغداد وسط دمشق", [("دمشق", "دمشق", None, None, None, None)]),
    ("سقطت قذيفة على شارع حلب", []),
    ("سقطت قذائف على شارعي الثورة وبغداد في دمشق", [("دمشق", "دمشق", None, None, None, None)]),
    # a local news outlet named after its town ("درعا 24"), not a count after the town
    ("أسفر القصف عن إصابة آخرين، وفقا لمراسل درعا 24.", []),
    ("قتل في درعا 24 مدنيا", [("درعا", "درعا", None, None, None, None)]),
    # places joined by "و" share the context told after the last; not a city
    ("قصفت الطائرات قرية كفرنبل وبلدة حاس بريف إدلب",
     [("قرية كفرنبل", "كفرنبل", "village", None, None, "إدلب"), ("بلدة حاس بريف إدلب", "حاس", "town", None, None, "إدلب")]),
    # a road's name after "منطقة" ("الطريق الجديدة" in Beirut) is not a village called الطريق
    ("وقعت الاشتباكات بمنطقة الطريق الجديدة في بيروت", [("بيروت", "بيروت", None, None, None, None)]),
    ("قصفت الطائرات مدينة حلب وبلدة حاس بريف إدلب",
     [("مدينة حلب", "حلب", "city", None, None, None), ("بلدة حاس بريف إدلب", "حاس", "town", None, None, "إدلب")]),
    # a village's second word that reads like one with a clitic ("بوطان"), where the two words are the
    # skeleton of a name the gazetteer spells otherwise (برخ بتان), is not cut off the first
    ("سقطت قذيفة على قرية برخ بوطان فجرا", [("قرية برخ بوطان", "برخ بوطان", "village", None, None, None)]),
    # a list of places goes on past a place's share of the shelling, after a comma before "و", and
    # through a head word too short to split from its "و" ("وأم", "وتل"); an unknown word without the
    # article opens a clause
    ("استهدفت المدفعية قريتي الكبر بـ 12 قذيفة، والجزرة بثلاث قذائف هاون",
     [("قريتي الكبر", "الكبر", "village", None, None, None), ("الجزرة", "الجزرة", "village", None, None, None)]),
    ("سقطت قذائف على قرى الكبر بقذيفتين، والجزرة بأكثر من 20 صاروخا، ومعيزيلة",
     [("قرى الكبر", "الكبر", "village", None, None, None), ("الجزرة", "الجزرة", "village", None, None, None),
      ("معيزيلة", "معيزيلة", "village", None, None, None)]),
    ("نزح الأهالي من قرى الكبر، والجزرة، والحسينية",
     [("قرى الكبر", "الكبر", "village", None, None, None), ("الجزرة", "الجزرة", "village", None, None, None),
      ("الحسينية", "الحسينية", "village", None, None, None)]),
    ("جددت قوات النظام قصفها على قرى الحولة وتل ذهب وأم شرشوح في ريف حمص الشمالي",
     [("قرى الحولة", "الحولة", "village", "north", None, "حمص"), ("تل ذهب", "تل ذهب", "village", "north", None, "حمص"),
      ("أم شرشوح في ريف حمص الشمالي", "أم شرشوح", "village", "north", None, "حمص")]),
    ("قصفت المدفعية قريتي الكبر وأصيب مدنيان", [("قريتي الكبر", "الكبر", "village", None, None, None)]),
    # a country after a preposition is a place, whatever verb its clause goes on with
    ("وأوضح بأن القوات الامنية في تركيا بدأت بعملية داخلية", [("تركيا", "تركيا", None, None, None, None)]),
]


@pytest.mark.parametrize("text, expected", RECOGNIZE)
def test_find_places(text, expected):
    got = places(text)
    assert [(text[m.start:m.end], m.name, m.feature, m.direction, m.distance_km, m.context) for m in got] == expected


# Common words that are also place names somewhere: never a bare place.
@pytest.mark.parametrize("text", [
    "كان الهدف واضحا",
    "أصيب بجروح خطيرة",
    "وسبق للعراقيين أن عاقبوا الطبقة الحاكمة",  # a noun before its adjective: the ruling class
    # guardians of what they guard, not the city Hama (Saudi columns on the bombing of a police mosque)
    "فرجال الأمن حماة الوطن وحراسه والساهرون على ثغوره",
    "بالتفجير في بيوت الله، وقتل حماة الدين والوطن",
    "هم حماة للوطن، رفعوا سقف الوعي لدى كل مواطن",
    "واستهداف حماة الأمن في بيوت الله وهم يؤدون شعائر الله",
    "إن الشكر موصول لكافة الأجهزة الأمنية في مكافحة الإرهاب",  # continued, no spelling of Mosul
    "تستهدف مواقع تابعة للمقاتلين الموالين لدمشق",  # a capital after allegiance: the state
    "أوقعت مئة قتيل بين مقاتلين مؤيدين لدمشق",
    "أطلق صواريخ على مقر اجتماع قادة جماعة معادية لإيران",  # ... or after a word of enmity
    "قتل عناصر من الفصائل المناهضة لدمشق",
    "في منطقة تكتسب أهمية من ناحية موقعها الجغرافي",  # a noun with its owner's pronoun, no unknown name
    "أكد المرصد مقتل 26 مقاتلا مواليا لنظام دمشق",  # a capital after a word of rule: the state
    "وتحمل حكومة أنقرة المسؤولية",
    "ويعتقل عناصر من قوات نظام دمشق",
    "وتعرضت القاعدة لغارات اتهمت دمشق الطيران المعادي بتنفيذها",  # a capital speaking is its government
    "وقالت دمشق وموسكو إن الهجوم وقع فجرا",
    "بعيد ساعات على إعلان دمشق أن التحالف استهدف موقعا",
    # a state that waged what the pronoun names: "التي بدأتها تركيا"، "تقوده واشنطن"
    'وهي في إطار عملية "غصن الزيتون" التي بدأتها تركيا في يناير',
    "في وقت تسببت فيه غارات شنتها دمشق مع حليفتها موسكو بمقتل 62 مدنيا",
    "أدان الهجوم الصاروخي الذي نفذته إيران على مقر الحزب",
    "التحالف الدولي الذي تقوده واشنطن",
    "بعد أسبوع على المأساة، شنت واشنطن وباريس ولندن ضربات عسكرية",  # ... or right after the verb
    "وكانت بريطانيا وفرنسا قد شنت ضربات جوية",  # ... or its subject, listed before it
    # ... also after a state named in words
    "ووجهت الولايات المتحدة وفرنسا وبريطانيا ضربات عسكرية",
    "وكانت الولايات المتحدة وفرنسا قد شنت ضربات جوية",
    "وتقود الولايات المتحدة التحالف",
    "لتشارك كل من الولايات المتحدة وفرنسا وبريطانيا في توجيه ضربات",  # states that take part
    "حذرت من أن المنطقة قد تستحيل إلى حلب ثانية",  # a likeness, not the city
    "صواريخ سطح- جو للمدى ما بين القصير والمتوسط",  # short and medium range, not Al-Qusayr
    'بعد اشتباكات مع "لواء شهداء اليرموك" هناك',  # a group named for a place
    "وهم منحدرون من منطقتي الشيشان وشمال القوقاز",  # a direction cut off its name, no Iraqi Al-Shamal
    "أسفر عن مقتل مواطن كردي والآخر عنصر في قوات دمشق",  # a capital's forces: the state's
    "أن لواء اليرموك التابع للجيش الحر قصف بقذائف الهاون",  # a unit named for a place
    "ارتفاع عدد الضحايا في مخيمات اللاجئين الفلسطينيين",  # those a camp is for, not its name
    "استهدفت الغارات مئات المدن والبلدات، من إدلب شمالا وحتى درعا جنوبا",  # the ends of a stretch of land
    "في نزاع أوقع أكثر من أربعين ألف قتيل في ثلاثين عاما",  # numbers, not villages
    "أثار المخاوف من احتمال تحول الأمر إلى ظاهرة",  # a phenomenon
    "اتهامات متبادلة بين القيادات الشيعية والسنية هناك",  # sects
    "فتح الباب أمام المفاوضات",
    "في ذكرى الثورة السورية",
    "عرض صور الضحايا",
    "سقط في تشرين الأول",
    "لم يعرف كيف حدث ذلك",
    "وفي التفاصيل التي حصل عليها المرصد",
    "فيما أكدت المصادر ذلك",
    "وقدم الدعم المالي للفصائل",
    "تبنى التنظيم الهجوم",
    "قتلوا في سبيل الدفاع عن أرضهم",
    "وقعوا في كمين نصبه التنظيم",
    # a facility word with an indefinite adjective is a kind of facility, not a named one
    "قصف مستشفى عسكري",
    "أقيم مشفى ميداني",
    "استهدفت قاعدة عسكرية",
    "بعد مرافقته لمصابين إلى مستشفى تركي",  # a country's, not one named
    "عند معبر حدودي",
    "هاجموا نقطة عسكرية",
    # "مديرية" and "مساكن" name offices and dwellings as often as places
    "زار مديرية الصحة",
    "قصفت مساكن المدنيين",
    "خروقات في منطقة خفض التصعيد",
    # an indefinite adjective after a place word says what kind of place it is
    "شو شغل المدنيين بمنطقة حربية",
    "سقطت القذائف على منطقة سكنية",
    "سقط صاروخ على حي شعبي في وسط مدينة",  # (masculine, after "حي")
    "سيطر الجيش على بلدات رئيسية",  # ... or how much it matters
    "تقدمت القوات نحو قرية استراتيجية",
    "قال إنه لن يعود بالفائدة سوى على التنظيم",  # the benefit, no Iraqi village
    # ... and so does who lives there, with its state after it
    "أمطرت الفصائل أربع بلدات علوية محاصرة بالقذائف",
    # a place's name that is a man's too, with his surname and role after it: the man
    "فرض عزلة على صلاح الدين دمرداش زعيم حزب الشعوب",
    "ردت الحكومة على صلاح الدين دميرتاش، رئيس الحزب",
    "اجتمع الوفد مع صلاح الدين عبد الكريم",
    "نزح الأهالي من قرى كردية",
    # a party to the war after a place word says whose the place is (Iraqi villages bear these names)
    "شاركت الطائرات الروسية في قصف أحياء المعارضة",
    "سقطت قذائف هاون على مناطق النظام",
    # a town's name keeps its article after a clitic: "فرقة" / "فرقه" is a team, not ف + الرقة
    "هاجمت فرقة السلطان مراد المواقع",
    "وقال إن فرقه أسعفت الأطفال",
    # a unit named after a man's kunya is an armed group
    "وأعلنت كتيبة أبو عمارة مسؤوليتها عن الهجوم",
    # a group is no front line
    "قتل مسلحون من جبهة النصرة",
    # big towns whose names are words stand bare only after a preposition
    "يبقى الوضع القائم على حاله",
    "خرج الآلاف في مظاهرة سلمية أمام مبنى المحافظة",
    # common words that are also villages, found as places in ANT's output
    "واتهمت بارتكاب مجزرة وحشية",
    "وتسببت الانفجارات بهزة أرضية",
    "وفي خطاب عبر الفيديو",
    "وتلك من المرات النادرة",
    "صار لزاما أن نسأل",
    "مما تسبب بحركة نزوح واسعة",
    "استهدف تجمعا قرب حسينية",
    "اندلعت اشتباكات قرب الطريق",
    "القبض على 5 من كبار قيادات التنظيم",
    "الحرب حربنا كمسلمين في المقام الأول",
    "من الوجوه المعروفة في حركة الاحتجاجات السلمية",
    "جبهة النصرة (تنظيم القاعدة في بلاد الشام)",
    "وقال المسؤول في حديثه للصحفيين إن التحقيق جار",  # his talk, not Haditha
    "ويقدمون في سبيله دما زكيا",
    "يشير إلى زيادة في النشاط الاحترازي",  # an increase
    "وداهمت فرق تابعة لمديرية أمن أضنة عددا من المنازل",  # an office, not a place called أمن
    "أفادت مديرية الصحة بمقتل 38 مدنيا",
    "وقع الهجوم في ثاني جمعة من رمضان",
    "الضرب بيد من حديد ضد الفاسدين",
    "إعدامات وقصف صاروخي في كردستان",  # Iraq's region or Iran's, not a village of Sulaymaniyah
    "قصف الجيش ثلاث سيارات في قريتين",  # two villages, not Al-Qaryatayn
    "نقلوا إلى مخيم للنازحين",  # a camp for the displaced, not one of that name
    "ضربة بصواريخ كروز على قاعدة جوية سورية",  # an air base, not a village called جوية
    # "سورية" is Syria only after a preposition or clitic; here the adjective, Syrian
    "قالت مصادر سورية إن الطائرات قصفت",
    "ظلت الطائرات الروسية والسورية تحلق",
    "قالت مصادر عراقية وسورية إن",
    "استخدمت أسلحة كيمياوية في هجوم على مدينة سورية محاصرة",  # a besieged Syrian city
    "للحصول على نصيب من غاز الخردل",  # a share of
    "شاركه بنصيب كبير من الغنائم",
    "وقال الرائد علي عجمي مدير إعلام شرطة المحافظة",  # علي, a name, folds into على
    "إنهم يسعون دوماً لإسقاط النظام",  # always: a town's letters with an adverb's ending
    "وعدد من شيوخ العشائر في المحافظة",  # elders
    # a common word without its article after a vague or plural place word: the kind of area
    "استهدفت أشخاصا يعتقد أن لهم صلات بمناطق صراع ويسعون لتنفيذ هجمات",
    "وفتحت القوات جبهة جديدة في الهجوم",
    "وانتشرت خلاياه في القارة الأفريقية",  # the continent, not Qarra
    # "قضاء" before no known area or town is the judiciary, or spending time
    "كما أن قضاء النظام أصدر أحكاما بالسجن",
    "لم يحاكموا أمام قضاء عادل",
    "بعد خروج الطلبة لقضاء إجازة نهاية الأسبوع",
    # words of their own that read as a clitic and a big city abroad (Accra, Ilorin)
    "هاجم مسلح بسيارة مفخخة باكرا صباح الأحد حاجزا للشرطة",
    "هاجم مسلح بسيارة مفخخة باكرًا صباح الأحد حاجزا للشرطة",  # (an adverb's ending before its alif)
    "وكتب محلل في مجلة فورين بوليسي أن الحرب طويلة",
    "على غرار هجمات جماعة بوكو حرام",
    # a capital called upon is its state
    "واقترح الكاتب أن يدعو واشنطن ولندن إلى التحرك",
    "وطالبت الصحيفة بأن تحث باريس وبرلين على الضغط",
    # a city's adjective of origin tells where a man is from, not where the act was
    "قتل مسلحون خياطا موصليا بإطلاق النار عليه",
    "قتل شاب حلبي برصاص قناص",
    "اغتيال الناشط الإدلبي",
    "قصف البيوت الدمشقية القديمة",
    # a carrot, not the Turkish town Cizre (جيزرا)
    "واتبعت الحكومة سياسة العصا والجزرة مع الأحزاب الكردية",
    # "always" after a verb that has its object, not Douma
    "وضاعف الجيش توغلاته في المنطقة التي يستهدفها دوما بغارات جوية",
    "كانت تدفعه دوما إلى التشدد",
])
def test_common_words_are_not_places(text):
    assert places(text) == []


@pytest.mark.parametrize("text", ["هاجمت قوات النظام دوما بالأسلحة الكيميائية", "بعد زيارته دوما مع الوفد",
                                  "قصف يستهدف دوما"])
def test_a_name_that_is_also_an_adverb_is_the_town_as_an_object(text):
    assert [m.name for m in places(text)] == ["دوما"]


@pytest.mark.parametrize("text", ["استهدف سوقا شعبية في ضواحي العاصمة دمشق", "في ضواحي العاصمة السورية دمشق"])
def test_a_capital_s_title_after_a_place_word_is_no_name(text):
    assert [(m.name, m.feature) for m in places(text)] == [("دمشق", "outskirts")]


@pytest.mark.parametrize("text", ["عاد الوفد إلى الولايات المتحدة وفرنسا", "قتل ثلاثة في الولايات المتحدة وفرنسا"])
def test_states_named_in_words_after_a_preposition_are_places(text):
    assert [m.name for m in places(text)] == ["الولايات المتحدة", "فرنسا"]


# Words news text gives the article as often as not (lang/ar/common_words.tsv) are common words: a
# noun or adjective bare ("في سلوك الأطفال": behaviour, not the town Suluk; "علماء": scholars, not the
# town علما), and an indefinite adjective after a place word ("منطقة نفطية": an oil area)
@pytest.mark.parametrize("text", [
    "وقال أستاذ متخصص في سلوك المراهقين إن التنظيم يستغلهم",
    "ودعا المتحدث رجال الأمن وعلماء الدين إلى التصدي للفكر المتطرف",
    "وتوزع المقاتلون في أغنى منطقة نفطية في البلاد",
    "من ناحية ثانية، أعلن الجيش مقتل عشرة مسلحين",
    "وامتدت الاحتجاجات إلى محافظات جنوبية أخرى",
    "وقال في حوار مع قناة محلية إن الهدنة صامدة",
])
def test_words_common_in_news_are_not_places(text):
    assert places(text) == []


@pytest.mark.parametrize("text", ["قتل خمسة في غارات على سورية", "غارات إسرائيلية بسورية", "من العراق وسورية"])
def test_syria_spelt_with_ta_marbuta_is_found_after_a_preposition_or_clitic(text):
    assert [m.name for m in places(text)][-1:] == ["سورية"]
    (loc,) = [resolve(m) for m in places(text)][-1:]
    assert (loc.iso3, loc.geo_precision) == ("SYR", 3)


def test_a_town_whose_name_is_a_common_word_is_found_with_its_place_word():
    assert [m.name for m in places("قصفت الطائرات بلدة سلوك شمال الرقة")] == ["سلوك"]
    assert [m.name for m in places("سقطت قذائف على مدينة سلمية")] == ["سلمية"]
    # a name spelt with a final alif maqsura is no adjective: the town Salma, not "سلمي" (peaceful)
    assert [m.name for m in places("قصفت قوات النظام منطقة سلمى")] == ["سلمى"]


def test_named_regions_are_places():
    assert [m.name for m in places("قصف مدفعي على قرى جبل الزاوية وسهل الغاب")] == ["جبل الزاوية", "سهل الغاب"]


def test_a_verb_after_a_place_word_is_no_name():
    assert [m.name for m in places("هجوم للتنظيم على قرى تقع على أطراف السويداء")] == ["السويداء"]
    assert [m.name for m in places("غارات جوية على قرية يسيطر عليها تنظيم داعش في محافظة حلب")] == ["حلب"]


def test_a_noun_with_his_spelt_with_ta_marbuta_is_the_place():
    assert [m.name for m in places("قتل 3 جنود في هجوم على حديثة")] == ["حديثة"]
    assert [m.name for m in places("قصفت الطائرات مدينه حديثه غرب الأنبار")][:1] == ["حديثه"]


def test_al_qaryatayn_keeps_its_article():
    assert [m.name for m in places("اشتباكات عنيفة في القريتين بريف حمص")] == ["القريتين"]


@pytest.mark.parametrize("text, name", [
    ("وتابع أن الغارات على مدينة بنش أسفرت عن مقتل 5 مدنيين", "بنش"),
    ("وقال إن التفجير الانتحاري في مدينة سروج قام به داعش", "سروج"),  # a short verb of the past
])
def test_a_result_verb_after_a_one_word_name_is_no_second_word(text, name):
    assert [m.name for m in places(text)] == [name]


@pytest.mark.parametrize("text", [
    "قصفت المدفعية التركية قرية كفرجنة ردا على هجوم",
    "قصفت المدفعية التركية قرية كفرجنة دون وقوع إصابات",
    "قصفت المدفعية التركية قرية كفرجنة انتقاما لمقتل جنود",
    "قصفت المدفعية التركية قرية كفرجنة عقب هجوم",
])
def test_a_word_of_circumstance_after_a_one_word_name_is_no_second_word(text):
    assert [m.name for m in places(text)] == ["كفرجنة"]


def test_the_definite_form_after_a_place_word_is_still_a_name():
    assert [m.name for m in places("قصفت الطائرات منطقة الحربية")] == ["الحربية"]


def test_a_big_town_stands_bare_like_a_city():
    assert [m.name for m in places("وظلت عفرين تتعرض للقصف الجوي، وقصفت الطائرات منبج")] == ["عفرين", "منبج"]


def test_a_name_spelt_without_its_article_after_a_clitic():
    assert [m.name for m in places("سقطت قذائف بقامشلو وبالرقة")] == ["قامشلو", "الرقة"]


@pytest.mark.parametrize("text, name", [("نقل الأسلحة إلى ناحية القيارة جنوب شرق", "القيارة"),
                                        ("قصف على بلدة كفرنبل جنوب", "كفرنبل")])
def test_a_direction_that_ends_the_text_names_no_place_after_it(text, name):
    assert [m.name for m in places(text)] == [name]


def test_offsets_point_into_the_original():
    text = "قُتِلَ مدنيٌّ في قريةِ الكَبَر بريفِ دير الزّور الغربيّ"
    (m,) = places(text)
    assert text[m.name_start:m.name_end] == m.name == "الكَبَر"
    assert text[m.start:m.end].startswith("قريةِ")


@pytest.mark.parametrize("text", [
    'قصفت قوات النظام سراقب، وقالت دمشق إن القرية المسماة مريمين والمنطقة المعروفة باسم "الغوطة الشرقية" آمنة',
    "وصل الوفد إلى العاصمة الأفغانية كابول ثم إلى العاصمة دمشق، و#دير_الزور\n##دارةعزة",
    "استهدف سراقب بعدة صواريخ، واقتحموا منزل القائم بأعمال رئيس المجلس",
    "طائرات الصواريخ",  # (no token after a verb of attack)
])
def test_the_words_that_open_a_bare_name_are_found_once_per_text(text):
    """The finder tests the capital word, naming phrases, hashtags and verbs of attack once per text
    (``_Finder._openings``): the tokens it keeps are those the tests accept of every token a name
    may start with. A token's end (``_Finder.end``) is where its text ends."""
    gaz = default_gazetteer()
    f = _Finder(NormText.of(text), gaz, gaz.memo)
    every = range(f.n)
    assert f.named == {i for i in every if f.after_capital(i) or f.called(i)}
    assert f.tagged == {i for i in every if f.hashtag(i)}
    assert f.objects == {i for i in every if f.words[i].bare and f.attacked(i)}
    assert f.opened == f.named | f.tagged | f.objects
    assert bool(f.opened) == (text != "طائرات الصواريخ")
    assert all(f.nt.text[f.starts[i]:f.end(i)] == f.texts[i] for i in every)


@pytest.mark.parametrize(("written", "name"), [
    ("سراقب", "سراقب"), ("دير الزور", "دير الزور"), ("#دير_الزور", "دير الزور"), ('"مارع"', "مارع"),
    ("(كنصفرة)", "كنصفرة"), ("تل  أبيض", "تل أبيض"),
])
def test_a_name_is_cleaned_of_markup(written, name):
    assert _clean_name(written) == name


def test_gazetteer_free_mode():
    got = places("في منطقة البوليل بالريف الشرقي لدير الزور وفي إدلب", gaz=None)
    assert [(m.name, m.feature, m.context) for m in got] == [("البوليل", "area", "دير الزور")]


def test_aliases_added_later_are_recognized():
    g = Gazetteer.from_places([{"name_ar": "عين العرب", "name": "Kobani", "lat": 36.89, "lon": 38.35,
                                "admin1": "Aleppo", "iso3": "SYR", "feature": "town"}])
    text = "قصف على كوباني"
    assert places(text, g) == []
    g.add_alias("كوباني", "عين العرب")  # the recognizer's word cache must not keep the old answer
    assert [m.name for m in places(text, g)] == ["كوباني"]


ANCHORS_TEXT = (
    "قصفت الطائرات بلدة بقرص بريف دير الزور الشرقي، وسقطت قذائف على الميادين والبوكمال. وفي الرقة اشتباكات.\n"
    "وفي حلب قتل مدني، بينما قصفت قرية عبلة قرب مدينة الباب وسقطت قذائف في مريمين بريف حلب.\n"
    "وعادت الطائرات إلى الميادين، ثم إلى دير الزور وحلب. وفي بغداد والبصرة مظاهرات.\n"
    "الميادين"
)


def test_shared_anchors_are_each_mentions_own():
    """resolve_all works out the other places around a mention once per sentence; each mention must
    still get what _Resolver.anchors finds from its own sentence, paragraph and document."""
    gaz = default_gazetteer()
    nt = NormText.of(ANCHORS_TEXT)
    mentions = find_places(nt, gaz)
    mentions = [*mentions, mentions[1]]  # the same mention twice: its span is skipped for both
    sents, paras = sentences(ANCHORS_TEXT), paragraphs(ANCHORS_TEXT)

    def around(spans, m):
        sp = next((sp for sp in spans if sp.start <= m.start < sp.end), None)
        return tuple(o for o in mentions if sp and sp.start <= o.start < sp.end and o is not m)

    def index(spans, m):
        return next((x for x, sp in enumerate(spans) if sp.start <= m.start < sp.end), None)

    cache: dict = {}
    shared = resolve_module._DocumentAnchors(gaz, cache, mentions, [index(sents, m) for m in mentions],
                                             [index(paras, m) for m in mentions])
    assert len(mentions) > 10
    for k, m in enumerate(mentions):
        ctx = ResolveContext(around(sents, m), around(paras, m), tuple(o for o in mentions if o is not m))
        assert shared.of(k) == resolve_module._Resolver(gaz, ctx, cache).anchors(m), m


def test_speed():
    gaz = default_gazetteer()
    text = ("قال المرصد السوري إن عملية الإنزال نفذت عند عصر السبت في منطقة التبني الواقعة في الريف الغربي لدير "
            "الزور، حيث أكدت المصادر أن قوة الإنزال قامت بنقل عناصر من داعش من جنسيات أوروبية وعربية في بلدة بقرص. ")
    text = (text * (5000 // len(text) + 1))[:5000]
    nt = NormText.of(text)
    find_places(nt, gaz)
    start = time.perf_counter()
    for _ in range(20):
        resolve_all(find_places(nt, gaz), nt, gaz)
    per_doc = (time.perf_counter() - start) / 20
    assert per_doc < 0.1, f"{per_doc * 1000:.1f} ms for 5000 characters"  # ~3 ms on an idle machine


# --- resolution ----------------------------------------------------------------------------------

RESOLVE = [
    # phrase, name_ar, admin1, iso3, precision, gazetteer id (or None: any)
    ("بأطراف بلدة بقرص بريف دير الزور الشرقي", "بقرص", "Deir-ez-Zor", "SYR", 1, None),
    ("في منطقة التبني الواقعة في الريف الغربي لدير الزور", "التبني", "Deir-ez-Zor", "SYR", 1, "ocha:C5131"),
    ("هبطتا في بادية التبني بأقصى الريف الغربي لدير الزور", "التبني", "Deir-ez-Zor", "SYR", 2, "ocha:C5131"),
    ("في منطقة الكبر الواقعة بالريف الغربي لدير الزور", "الكبر", "Deir-ez-Zor", "SYR", 1, None),
    ("بمنطقة الكرين الواقعة على بعد 5 كلم غرب مدينة الطبقة", "الكرين", "Ar-Raqqa", "SYR", 1, None),
    ("جرت في منطقة البوليل بالريف الشرقي لدير الزور", "البوليل", "Deir-ez-Zor", "SYR", 2, None),
    ("على بعد 5 كلم غرب مدينة الطبقة", "الطبقة", "Ar-Raqqa", "SYR", 2, None),
    ("قصف على ريف حلب الشرقي", "حلب", "Aleppo", "SYR", 2, None),
    ("محافظة إدلب", "إدلب", "Idleb", "SYR", 3, "pcode:SY07"),
    ("في سوريا", "سوريا", None, "SYR", 3, "iso:SYR"),
    ("في قامشلو", "قامشلو", "Al-Hasakeh", "SYR", 1, None),
    # a district is placed by a city further off than a village would be, even across a governorate line
    ("بقصف للصواريخ على قضاء مخمور شرق الموصل", "مخمور", "Erbil", "IRQ", 2, None),
    # an adjective of the kind of place is no part of the name, and a village is no district's province
    ("في مديرية حيس الساحلية بمحافظة الحديدة", "حيس", None, "YEM", 2, None),
    ("كوباني", "كوباني", "Aleppo", "SYR", 1, None),
    ("بلدة بصر الحرير", "بصر الحرير", "Dar'a", "SYR", 1, None),  # keyed "بصرالحرير" by its sources
    # a facility named after no town of the one named after it lies in that one (not in Djamaa, Algeria)
    ("يستهدف بالصواريخ مشفى الجامعة في مدينة إدلب", "مشفى الجامعة", "Idleb", "SYR", 2, None),
    ("سري كانيه", "سري كانيه", "Al-Hasakeh", "SYR", 1, None),
    ("كري سبي", "كري سبي", "Ar-Raqqa", "SYR", 1, None),
    ("في دوما", "دوما", "Rural Damascus", "SYR", 1, None),
    ("في البصرة", "البصرة", "Al-Basrah", "IRQ", 1, None),
    ("في الناصرية", "الناصرية", "Thi-Qar", "IRQ", 1, None),
    ("مطار البصرة الدولي", "مطار البصرة الدولي", "Al-Basrah", "IRQ", 2, None),
    ("حي الصناعة في القامشلي", "الصناعة", "Al-Hasakeh", "SYR", 1, None),
    ("في لييج", "لييج", None, "BEL", 1, None),
    ("قرية مريمين التابعة لناحية شران بريف عفرين", "مريمين", "Aleppo", "SYR", 1, None),
    # a qualifier naming a country only narrows the candidates down to it, it never replaces a known town
    ("في اشتباكات بمدينة عفرين شمالي سوريا", "عفرين", "Aleppo", "SYR", 1, "ocha:C1366"),
    ("قصف على بلدة الشعفة شرقي سوريا", "الشعفة", "Deir-ez-Zor", "SYR", 1, None),
    ("في مدينة الموصل شمال العراق", "الموصل", "Ninewa", "IRQ", 1, None),
    # ... after the outermost ("في أقصى"), and a country's adjective after a border town's: not the
    # Iraqi Dijlah nor the Hama village Sruj (the gazetteer lacks the Turkish Dijlah)
    ("انطلق القصف من مدينة دجلة في أقصى جنوب شرق تركيا", "دجلة", None, "TUR", 3, None),
    ("وقع التفجير في بلدة سروج الحدودية التركية", "سروج", None, "TUR", 1, "gn:300075"),
    ("قصف على مدينة البوكمال الحدودية السورية", "البوكمال", "Deir-ez-Zor", "SYR", 1, None),
    # a de-escalation zone is no place of its own: it stands for its governorate
    ("قصف على منطقة خفض التصعيد بإدلب", "إدلب", "Idleb", "SYR", 3, "pcode:SY07"),
    # "X شمال Y": a namesake of X on another side of Y is not the one meant (an Afrin village lies east of Aleppo)
    ("في مدينة عفرين شمال حلب", "عفرين", "Aleppo", "SYR", 1, "ocha:C1366"),
    ("شمال مدينة الباب", "الباب", "Aleppo", "SYR", 2, None),
    ("قصف على الغوطة الشرقية قرب دمشق", "الغوطة الشرقية", "Rural Damascus", "SYR", 1, None),
    # a name keyed without its place word is taken only with a place word of its kind: the farm is not the town
    ("قصف على مزرعة بيت جن", "بيت جن", "Rural Damascus", "SYR", 1, "ocha:C2481"),
    ("قصف على قرية بيت جن", "بيت جن", "Rural Damascus", "SYR", 1, "ocha:C2478"),
    # a Kurdish name aliased to the one town it names, not to every namesake of its Arabic name
    ("قصف على ناحية زركان التابعة لمقاطعة الحسكة", "زركان", "Al-Hasakeh", "SYR", 1, "ocha:C5005"),
    # a base known by another name: T4 is the airbase of Tiyas, placed at the village, near it
    ("قصف مطار التيفور العسكري في محافظة حمص", "مطار التيفور العسكري", "Homs", "SYR", 2, "ocha:C2662"),
    # ... and a country named after a base, as a word or an adjective, only keeps it in that country: no
    # village of Duhok spelled like Syria (سوريا) stands for it
    ("غارة على مطار التيفور العسكري السوري", "مطار التيفور العسكري", "Homs", "SYR", 2, "ocha:C2662"),
    ("استهدفت الغارة قاعدة التيفور السورية", "قاعدة التيفور", "Homs", "SYR", 2, "ocha:C2662"),
    ("قصف مطار تيفور العسكري في سوريا", "مطار تيفور العسكري", "Homs", "SYR", 2, None),
    # ... while the desert of a city is near it, though the city is also named "مدينة حمص"
    ("في بادية حمص", "حمص", "Homs", "SYR", 2, None),
    # a facility named after a town: the governorate after it picks the town among its namesakes (Homs,
    # Quneitra and Al-Hasakeh have a باب الهوى too), and of those there the one more sources agree on
    ("معبر باب الهوى بريف إدلب", "معبر باب الهوى", "Idleb", "SYR", 2, "ocha:C6389"),
    # an alif said before a village's two first consonants: "ابريهة" is the Breiha of its sources (بريهة)
    ("قتل مدني في قرية ابريهة بريف دير الزور الشرقي", "ابريهة", "Deir-ez-Zor", "SYR", 1, "ocha:C5107"),
    # a qualifier's namesake in the governorate of one of the name's places is the one meant: Salah ad-Din
    # governorate, not the Erbil town also called so; the Shahba region of Aleppo, not Shahba in As-Sweida
    ("قتل جنديان في هجوم على مدينة بلد بمحافظة صلاح الدين", "بلد", "Salah Al-Din", "IRQ", 1, None),
    ("انفجار عبوة ناسفة في بيجي شمال صلاح الدين", "بيجي", "Salah Al-Din", "IRQ", 1, None),
    # a facility named by a village (الإمام) that lies in the governorate of the most prominent namesake
    # of the town after it (the city of Baiji, not a Kirkuk town spelt the same): in that town
    ("أحرق عناصر الحشد مقر كتيبة الإمام في مدينة بيجي", "كتيبة الإمام", "Salah Al-Din", "IRQ", 2, "wof:421176057"),
    # "مدينة X" of a city of millions abroad, in a report naming no place at home: not a home town of
    # no known people (a Kirkuk town called الرياض)
    ("أحبطت الجهات الأمنية محاولة تفجير انتحاري في مسجد بمدينة الرياض", "الرياض", None, "SAU", 1, "gn:108410"),
    ("سقطت قذائف على بلدة تل رفعت بالشهباء", "تل رفعت", "Aleppo", "SYR", 1, "ocha:C1621"),
    # an administrative unit its kind word names is that unit, however far from the city it is told from
    ("قتل مدنيون في محافظة صلاح الدين شمال غرب بغداد", "صلاح الدين", "Salah Al-Din", "IRQ", 3, "pcode:IQG16"),
    ("انفجرت عبوة في محافظة ديالى شمال شرق بغداد", "ديالى", "Diyala", "IRQ", 3, "pcode:IQG10"),
    ("هجوم مسلح على قضاء البعاج شمال غرب بغداد", "البعاج", "Ninewa", "IRQ", 2, None),
    # "قضاء" is no word of Syria's: Iraq's Garma, not a Syrian town the gazetteer also calls الكرمة
    ("تمكنت القوات الأمنية من تدمير عبوة ناسفة في قضاء الكرمة", "الكرمة", "Al-Anbar", "IRQ", 2, None),
    # a village on the other side of the town than the text says is another, unknown one: placed on that
    # side (the gazetteer's only عبلة near Al Bab lies west of it)
    ("قصف مدفعي يستهدف قطاع عبلة شرق مدينة الباب", "عبلة", "Aleppo", "SYR", 2, None),
    ("قتل مدني بقصف على قرية عبلة شرق مدينة الباب", "عبلة", "Aleppo", "SYR", 2, None),
    ("قصف على قرية البوغاز التابعة لغرب مقاطعة منبج", "البوغاز", "Aleppo", "SYR", 1, "wof:1327318237"),
    # a two-word name the gazetteer spells otherwise (برخ بتان), backed by its qualifier, before the
    # namesake of its first word alone (an Iraqi برخ)
    ("سقطت قذيفة على قرية برخ بوطان في ريف كوباني", "برخ بوطان", "Aleppo", "SYR", 1, "wof:1327123963"),
    # towns abroad near the border that GeoNames names in Latin only, by their Arabic names (aliases.tsv)
    ("تفجير انتحاري في بلدة سروج التركية", "سروج", None, "TUR", 1, "gn:300075"),
    ("هجوم انتحاري استهدف مدينة سوروتش التركية قرب الحدود السورية", "سوروتش", None, "TUR", 1, "gn:300075"),
    ("قتل شرطيان برصاص في الرأس في مدينة جيلان بينار على الحدود مع سوريا", "جيلان بينار", None, "TUR", 1,
     "gn:318668"),
    ("اشتباكات مع مقاتلي حزب العمال الكردستاني في بلدة سيلوبي قرب الحدود مع العراق", "سيلوبي", None, "TUR", 1,
     "gn:300797"),
    ("فرض حظر التجول في بلدة جيزرا التابعة لمدينة شرناق", "جيزرا", None, "TUR", 1, "gn:318253"),
    # ... and a governorate by its seat: a village of Al-Ahsa (Saudi Arabia), not of Al-Hasakeh
    ("حادث استهداف المصلين بقرية الدالوة بمحافظة الأحساء", "الدالوة", None, "SAU", 2, "gn:109571"),
    # a country's name after a name is the country, not a village of Al-Hasakeh called السعودية
    ("هجوم مسلح على حسينية في الأحساء شرق السعودية", "الأحساء", None, "SAU", 1, "gn:109571"),
    ("عقب هجوم انتحاري لداعش على بلدة سورج التركية", "سورج", None, "TUR", 1, "gn:300075"),
    # ... while their Syrian namesakes, in a Syrian context, stay at home
    ("قصف على قرية سروج بريف حماة", "سروج", "Hama", "SYR", 1, "ocha:C3102"),
    ("تعرضت قرية سروج في ريف حماة الشرقي للقصف", "سروج", "Hama", "SYR", 1, "ocha:C3102"),
    ("قتل ثلاثة مدنيين في قرية الأحساء بريف الحسكة", "الأحساء", "Al-Hasakeh", "SYR", 1, "ocha:C8534"),
    ("قصف على قرية الريحانية بريف حمص", "الريحانية", "Homs", "SYR", 1, None),
]


@pytest.mark.parametrize("phrase, name_ar, admin1, iso3, precision, gid", RESOLVE)
def test_resolve(phrase, name_ar, admin1, iso3, precision, gid):
    loc = geocode_text(phrase)[0]
    assert (loc.name_ar, loc.admin1, loc.iso3, loc.geo_precision) == (name_ar, admin1, iso3, precision), loc.why
    if gid:
        assert loc.gazetteer_id == gid
    assert loc.latitude is not None and loc.longitude is not None


def test_a_name_spelt_otherwise_is_backed_by_the_places_around_it():
    """"قرية برخ بوطان" with no qualifier: the Barkh Batan near Kobani, named in another paragraph, not
    the Iraqi namesake of its first word alone."""
    locs = geocode_text("قتل ثلاثة مدنيين بقصف على ريف مدينة كوباني.\n\nوسقطت القذيفة على منزل في قرية برخ بوطان فجرا")
    assert [(loc.admin1, loc.gazetteer_id) for loc in locs if loc.name_ar == "برخ بوطان"] == \
        [("Aleppo", "wof:1327123963")]


def test_distance_offsets_the_point():
    (tabqa,) = [loc for loc in geocode_text("مدينة الطبقة")]
    (west,) = geocode_text("على بعد 5 كلم غرب مدينة الطبقة")
    assert 4.5 < km(tabqa.latitude, tabqa.longitude, west.latitude, west.longitude) < 5.5
    assert west.longitude < tabqa.longitude


def test_a_facility_named_by_two_known_places_lies_at_the_one_near_the_text():
    """"معبر عون الدادات": the gazetteer knows عون (villages of Kerbala, Kirkuk, Aleppo) and الدادات (a
    village near Manbij) apart, not together: the crossing keeps its whole name and lies at the part
    near the other places of the text, not at a namesake of its first word in another country."""
    text = "إصابة طفلين جراء قصف لمعبر عون الدادات. وقصفت المسيرة منبج وجرابلس"
    (loc, *_) = resolve_all(places(text), NormText.of(text))
    assert loc.name_ar == "معبر عون الدادات" and loc.geo_precision == 2
    assert (loc.iso3, loc.admin1) == ("SYR", "Aleppo") and loc.gazetteer_id == "ocha:C1717"
    # a hospital's name of common words ("دار الشفاء") is at the region named after it, not abroad
    (loc, *_) = geocode_text("المتحدث باسم مستشفى دار الشفاء في الغوطة الشرقية")
    assert (loc.name_ar, loc.iso3, loc.admin1) == ("مستشفى دار الشفاء", "SYR", "Rural Damascus")
    # an adjective after the known name is no second part ("الجوية": a Basra hamlet's name too)
    assert [m.name for m in places("قصف قاعدة التيفور الجوية")] == ["قاعدة التيفور"]


def test_a_facility_named_by_a_village_far_from_its_paragraph_lies_at_that_village():
    """"مطار التيفور" in a sentence naming no town, in a paragraph on Duma: the airbase by its village in
    Homs, not unresolved because the village lies far from Duma; a town its sentence names hosts it
    still, rather than a far namesake of its village."""
    text = ("تعرض مطار التيفور العسكري في وسط سوريا إلى غارات جوية. ونفى البنتاغون أن تكون الولايات المتحدة قد "
            "نفذت هذه الغارات التي تأتي بعد هجوم كيميائي في دوما قرب دمشق.")
    (loc, *_) = resolve_all(places(text), NormText.of(text))
    assert loc is not None and (loc.iso3, loc.admin1, loc.geo_precision) == ("SYR", "Homs", 2), loc
    text = "قصفت الطائرات حقل العمر النفطي قرب مدينة الميادين. وقتل مدنيون في مدينة حلب."
    (loc, *_) = resolve_all(places(text), NormText.of(text))
    assert loc is not None and loc.admin1 == "Deir-ez-Zor", loc


def test_a_world_city_named_bare_is_that_city_when_its_sentence_names_no_place_at_home():
    """"في النيل بشمال القاهرة" in a report that names Hama in another sentence: Cairo, not a hamlet of
    Hama called القاهرة ("على متنه", aboard it, names no place either); qualified, the hamlet."""
    text = "قصفت قوات النظام مدينة حماة اليوم. وغرق مركب كان 18 شخصا على متنه في النيل بشمال القاهرة."
    locs = resolve_all(places(text), NormText.of(text))
    assert [(loc.name_ar, loc.iso3) for loc in locs] == [("حماة", "SYR"), ("القاهرة", "EGY")]
    (loc,) = geocode_text("قصفت قوات النظام قرية القاهرة بريف حماة اليوم.")
    assert (loc.iso3, loc.admin1) == ("SYR", "Hama")


def test_an_area_of_the_town_named_in_its_sentence_is_no_far_town_of_its_name():
    """"وفي البصرة ... في منطقة الكرمة": the area or quarter of the town the sentence names, placed there
    (precision 2), not a lesser town of that name in a governorate the text names nowhere (a Karmah of
    Hama, of Anbar); a district's seat is meant wherever the text goes ("منطقة عفرين" beside Homs)."""
    for word in ("منطقة", "حي"):
        text = f"وفي البصرة، قتل شخصان في اشتباكات ليلية بين عشيرتين في {word} الكرمة."
        loc = resolve_all(places(text), NormText.of(text))[-1]
        assert (loc.name_ar, loc.admin1, loc.geo_precision) == ("الكرمة", "Al-Basrah", 2), loc.why
    text = "قصفت الطائرات حي الوعر في حمص ومنطقة عفرين."
    loc = resolve_all(places(text), NormText.of(text))[-1]
    assert (loc.name_ar, loc.admin1, loc.geo_precision) == ("عفرين", "Aleppo", 1), loc.why


def test_a_quarter_named_with_no_place_around_it_is_of_the_towns_the_report_named():
    """"في مدينة دمشق" then, a paragraph on, "في حي الجمعيات": a quarter of the town the report named,
    not a village of Babil, far from every place it names; in a report on Babil, that village."""
    text = "قتل شخص بإطلاق نار في مدينة دمشق اليوم.\nوقتل آخر بإطلاق نار في حي الجمعيات."
    assert resolve_all(places(text), NormText.of(text))[-1] is None
    text = "قتل شخص بإطلاق نار في مدينة الحلة اليوم.\nوقتل آخر بإطلاق نار في حي الجمعيات."
    loc = resolve_all(places(text), NormText.of(text))[-1]
    assert (loc.name_ar, loc.admin1) == ("الجمعيات", "Babil"), loc.why


@pytest.mark.parametrize("text, name, direction, admin1, precision", [
    # a side of the capital, told with its title (and its country's adjective): near it, not in it
    ("هجوم فاشل لعناصر التنظيم شمال العاصمة بغداد، في وقت متأخر", "بغداد", "north", "Baghdad", 2),
    ("قصف جنوب العاصمة السورية دمشق", "دمشق", "south", "Damascus", 2),
    # a city told by its side of the capital is that city, however far, even on the wrong side
    ("اشتباكات في سامراء شمال العاصمة بغداد", "سامراء", "north", "Salah Al-Din", 1),
    ("انفجار في كركوك جنوبي العاصمة بغداد", "كركوك", "south", "Kirkuk", 1),
])
def test_a_side_of_the_capital_named_with_its_title(text, name, direction, admin1, precision):
    (m,) = places(text)
    (loc,) = resolve_all([m], NormText.of(text))
    assert (m.name, m.direction, loc.admin1, loc.geo_precision) == (name, direction, admin1, precision), loc.why


@pytest.mark.parametrize("side, admin2", [("الغربي", "Al Bab"), ("الشرقي", "Ain Al Arab")])
def test_a_village_takes_its_namesake_on_the_side_of_the_countryside_its_paragraph_names(side, admin2):
    """"قرية البوغاز" with no qualifier of its own, in a paragraph that tells of the western countryside of
    Manbij: the Bughaz west of Manbij, not its namesake about as far east of it (and the other way round)."""
    text = f"سقطت قذائف الهاون على قرى في الريف {side} لمدينة منبج. وأصيب مدنيان في قرية البوغاز بالقصف."
    loc = resolve_all(places(text), NormText.of(text))[-1]
    assert (loc.name_ar, loc.admin2) == ("البوغاز", admin2), loc.why


@pytest.mark.parametrize("text, feature", [
    ("أصيب ثلاثة مدنيين بقذائف سقطت على بلدتي نبل والزهراء في ريف حلب", "village"),
    ("أصيب ثلاثة مدنيين بقذائف سقطت على حي الزهراء في حلب", "neighbourhood"),
])
def test_a_place_told_in_a_city_s_countryside_is_no_quarter_of_the_city(text, feature):
    """"X في ريف حلب": a town or village of the countryside, not a quarter of Aleppo of that name."""
    loc = resolve_all(places(text), NormText.of(text))[-1]
    assert loc.name_ar == "الزهراء", loc.why
    entry = next(c for c in loc.why["candidates"] if c["id"] == loc.gazetteer_id)
    assert entry["feature"] == feature, loc.why


def test_a_place_word_misspelt_as_civil_before_a_town_is_the_town():
    """"على مدنية دارة عزة" ("مدنية", civil, a common slip for "مدينة"): the town, not the countryside
    named after it; "منطقة مدنية" stays a civilian area."""
    text = "الغارات الجوية الروسية على مدنية دارة عزة في ريف #حلب الغربي"
    (loc,) = resolve_all(places(text), NormText.of(text))
    assert (loc.name_ar, loc.admin1, loc.geo_precision) == ("دارة عزة", "Aleppo", 1)
    assert [m.name for m in places("استهدف القصف منطقة مدنية في ريف إدلب")] == ["إدلب"]
    assert places("أصيبت سيارة مدنية تقل عائلة") == []


def test_a_district_qualifier_keeps_the_name_in_its_governorate():
    """"ناحية شيراوا بريف عفرين": Afrin read as its district (a sub-district's qualifier) still keeps the
    name to Aleppo: the only شيراوا the gazetteer has, an Erbil village, is not meant."""
    (loc,) = geocode_text("ناحية شيراوا بريف عفرين")
    assert (loc.iso3, loc.admin1, loc.geo_precision) == ("SYR", "Aleppo", 2)


def test_an_unknown_area_in_a_named_town_is_at_the_town():
    """"منطقة X بمدينة Y": in the town; "منطقة X بريف مدينة Y" or "شمال مدينة Y": around it."""
    (town,) = geocode_text("مدينة القامشلي")
    (inside,) = geocode_text("منطقة الصناعة بمدينة القامشلي")
    (around,) = geocode_text("منطقة الصناعة بريف مدينة القامشلي")
    assert km(town.latitude, town.longitude, inside.latitude, inside.longitude) < 1
    assert km(town.latitude, town.longitude, around.latitude, around.longitude) > 5


def test_unknown_village_keeps_its_name():
    (loc,) = geocode_text("منطقة البوليل بالريف الشرقي لدير الزور")
    assert loc.name_ar == "البوليل" and loc.mention == "منطقة البوليل بالريف الشرقي لدير الزور"
    assert loc.why["unresolved"] == "البوليل"
    city = default_gazetteer().get("ocha:C5086")
    assert loc.longitude > city.lon  # east of the city


def test_why_records_candidates_and_runner_up():
    (loc,) = geocode_text("في منطقة الكبر الواقعة بالريف الغربي لدير الزور")
    why = loc.why
    assert why["entry"] == loc.gazetteer_id and why["source"]
    assert "Deir-ez-Zor" in why["clue"] and "spelling variant" in why["clue"]
    (loc,) = geocode_text("في قرية ذيبان بريف دير الزور الشرقي")
    assert loc.admin1 == "Deir-ez-Zor"
    assert len(loc.why["candidates"]) >= 2 and loc.why["runner_up"]["id"] != loc.gazetteer_id


def test_context_picks_the_homonym():
    """ذيبان is a town in Deir-ez-Zor and a village elsewhere: the paragraph decides."""
    g = default_gazetteer()
    m = PlaceMention(0, 5, "ذيبان", 0, 5)
    near = PlaceMention(10, 16, "الميادين", 10, 16)
    loc = resolve(m, g, ResolveContext(sentence=(near,)))
    assert loc.admin1 == "Deir-ez-Zor"


def test_a_country_s_name_is_the_country_whatever_is_named_near():
    """The United States named nearby makes no town of the USA called Lebanon of "لبنان"."""
    text = "وقالت الولايات المتحدة إن قوات حزب الله تنتشر في لبنان"
    locs = resolve_all(places(text), NormText.of(text))
    assert [(loc.name_ar, loc.iso3, loc.geo_precision) for loc in locs if loc.name_ar == "لبنان"] == [("لبنان", "LBN", 3)]


def test_small_gazetteer_for_tests():
    g = Gazetteer.from_places([
        {"name_ar": "الصفيح", "name": "Safih", "lat": 35.0, "lon": 40.0, "admin1": "Deir-ez-Zor", "iso3": "SYR"},
    ])
    (loc,) = geocode_text("في قرية الصفيح", g)
    assert (loc.name, loc.admin1, loc.geo_precision) == ("Safih", "Deir-ez-Zor", 1)


def test_bare_village_needs_support_in_an_article():
    """A village name after "في" with nothing else near it is more likely a common word: dropped in an
    article (resolve_all), kept when a user asks for that phrase (geocode_text)."""
    text = "قال إنه كان في مريمين"
    nt = NormText.of(text)
    mentions = places(text)
    assert [m.name for m in mentions] == ["مريمين"]
    assert resolve_all(mentions, nt) == [None]
    assert geocode_text(text)[0].admin1 in ("Aleppo", "Hama", "Idleb")
    text = "قصف على قرية عبلة قرب مدينة الباب، وسقطت قذائف في مريمين بريف حلب"
    mentions = places(text)
    assert [(m.name, m.context) for m in mentions] == [("عبلة", "الباب"), ("مريمين", "حلب")]
    locs = resolve_all(mentions, NormText.of(text))
    assert [loc.admin1 for loc in locs] == ["Aleppo", "Aleppo"]


@pytest.mark.parametrize("text, name", [
    ("قتل 5 مدنيين في قصف على الغوطة الشرقية أمس", "Eastern Ghouta"),  # a source's landmark, marked a region
    ("قصف مدفعي على جبل الأكراد", "Jabal al-Akrad"),
    ("غارات على جبل الزاوية", "Jabal al-Zawiya"),
    # ... and outranks a hamlet of the same name elsewhere (a "Golan" village of Aleppo)
    ("سقطت قذيفة في الجولان", "Golan Heights"),
    ("استهدفت مواقع في مرتفعات الجولان", "Golan Heights"),
    ("أطلقت صواريخ على هضبة الجولان", "Golan Heights"),
    ("قصف مدفعي على سهل الغاب", "Al-Ghab Plain"),  # a short name: regions stand bare whatever their length
    ("عملية أمنية في سلسلة جبال حمرين", "Hamrin Mountains"),
    ("مقتل 26 مسلحا كرديا في ضربات جوية في منطقة جبال قنديل شمالي العراق", "Qandil Mountains"),
    # ... and outranks a town its lookup key shares though written otherwise (شهبا of As-Sweida)
    ("القصف التركي على الشهباء", "Shahba region"),
    ("استهدفت القوات التركية قرى منطقة الشهباء", "Shahba region"),
    # ... and outranks a city abroad and a hamlet of another governorate (المرج of Libya, مراج of Tartous)
    ("تدور مواجهات عنيفة عند خطوط التماس في منطقة المرج", "Al-Marj (Eastern Ghouta)"),
])
def test_a_named_region_needs_no_support(text, name):
    """A region's name is no common word: bare after a preposition, with nothing else near, it stands."""
    locs = resolve_all(places(text), NormText.of(text))
    assert [loc.name for loc in locs] == [name]


@pytest.mark.parametrize("text, name, admin1", [
    ("قصف مدفعي على مدينة شهبا في ريف السويداء", "Shahba", "As-Sweida"),  # the town as written
    ("سقطت قذيفة صاروخية على منزلهم في حي الشهباء الجديدة بمدينة حلب", "Ash-Shahba'a", "Aleppo"),  # the quarter
    ("وقصفت طائرات حربية مدينة المرج شرقي ليبيا", "Al Marj", None),  # the city abroad, where its country is named
])
def test_a_region_s_namesakes_named_as_such_are_themselves(text, name, admin1):
    loc = resolve_all(places(text), NormText.of(text))[0]
    assert (loc.name, loc.admin1) == (name, admin1)


def test_a_region_named_bare_is_the_region_even_beside_a_quarter_s_governorate():
    text = "تعتقل إسرائيل عددا من الدروز في الجولان للاشتباه بتورطهم في هجومين في السويداء"
    locs = resolve_all(places(text), NormText.of(text))
    assert [loc.name for loc in locs] == ["Israel", "Golan Heights", "As-Sweida"]  # not the Joulan quarter of As-Sweida


@pytest.mark.parametrize("text, name", [
    ("هجوم انتحاري في العاصمة الأفغانية كابول", "Kabul"),  # the capital word names the city after it
    ("وقع الاعتداء وسط العاصمة الفرنسية باريس", "Paris"),
    ("وصل الوفد إلى العاصمة كابول", "Kabul"),
])
def test_a_capital_named_after_the_capital_word(text, name):
    assert [loc.name for loc in geocode_text(text)] == [name]


def test_in_a_report_on_a_town_abroad_a_quarter_is_no_namesake_elsewhere():
    """Every other place is abroad, a town among them: "حي الأوبرا" is no Iraqi village, and no
    Argentinian town (the gazetteer does not know the quarter of Paris it is)."""
    text = "قتل شخص في هجوم بسكين في مدينة باريس.\nوقال المدعي العام من موقع الاعتداء في حي الأوبرا إن المهاجم قتل."
    paris, opera = resolve_all(places(text), NormText.of(text))
    assert paris.name == "Paris" and opera is None
    # ... while beside a place at home it keeps its sense
    text = "قتل شخص في هجوم بسكين في مدينة باريس.\nوقالت الشرطة في السليمانية إن الهجوم وقع في حي الأوبرا."
    assert resolve_all(places(text), NormText.of(text))[-1].admin1 == "Al-Sulaymaniyah"


@pytest.mark.parametrize("text", [
    "فجر مجهولون سيارات لقياديين في منطقة الشيخ رضوان شمال مدينة غزة",
    "وفي إحدى الهجمات، بعد يوم من هجمات انتحارية على كنائس في سورابايا، فجرت أسرة نفسها",
])
def test_a_town_abroad_places_what_it_qualifies_near_it(text):
    """"X شمال مدينة غزة", "X في سورابايا": a namesake of X in Syria or Iraq is not meant."""
    assert {loc and loc.iso3 for loc in resolve_all(places(text), NormText.of(text))} - {None} <= {"PSE", "IDN"}


@pytest.mark.parametrize("text, iso3", [
    # a city named in a report that names no place at home, where home has only hamlets of its name
    ("أعلنت مصر مقتل 3 إرهابيين في تبادل لإطلاق النار مع الشرطة في مدينة الإسماعيلية (شرقي البلاد).", "EGY"),
    # ... but beside a place at home, the hamlet
    ("قصفت قوات النظام مدينة الإسماعيلية في ريف حمص.", "SYR"),
])
def test_a_city_in_a_report_that_names_no_place_at_home_is_no_hamlet_at_home(text, iso3):
    assert next(loc.iso3 for loc in resolve_all(places(text), NormText.of(text)) if loc) == iso3


def test_in_a_report_on_a_town_abroad_a_village_at_home_qualifies_nothing():
    """"منطقة الخشم التابعة لمديرية الزهرة" in a report on Hudaydah: no Iraqi hamlet الزهرة is meant, and
    so no Iraqi الخشم either."""
    text = ("شنت طائرات التحالف غارات على مواقع الحوثيين في مدينة الحديدة باليمن.\nواستهدفت الطائرات معسكرا "
            "في منطقة الخشم التابعة لمديرية الزهرة شمال مدينة الحديدة.")
    assert {loc and loc.iso3 for loc in resolve_all(places(text), NormText.of(text))} - {None} == {"YEM"}


def test_a_quarter_of_a_city_abroad_is_placed_there_not_at_a_village_at_home_spelled_like_it():
    """"حي المنصورة بمنطقة الدرين في محافظة عدن" in a report on Aden: the city named last is Aden (no
    hamlet of Kobani spelled عدن), and so is the quarter the gazetteer lacks."""
    text = ("تشهد مدينة عدن اليمنية توترا أمنيا.\nوفجر مسلحون عبوة ناسفة في حي المنصورة بمنطقة الدرين في "
            "محافظة عدن.")
    assert {loc and loc.iso3 for loc in resolve_all(places(text), NormText.of(text))} - {None} == {"YEM"}


@pytest.mark.parametrize("text, found", [
    # a word that reads as a clitic and a name, beside a place in Iraq: no German town Gera
    ("قصفت طائرات التحالف وكرا للتنظيم شرق الرمادي", [None, "IRQ"]),
    # ... unless the text names its country
    ("قصفت طائرات التحالف وكرا للتنظيم شرق الرمادي، وتحقق الشرطة في ألمانيا", ["DEU", "IRQ", "DEU"]),
    # a city big enough to need no country stays
    ("قصفت طائرات التحالف مواقع شرق الرمادي، وعقد اجتماع ببيروت", ["IRQ", "LBN"]),
])
def test_a_clitic_read_off_a_word_takes_no_small_town_abroad_beside_places_at_home(text, found):
    assert [loc and loc.iso3 for loc in resolve_all(places(text), NormText.of(text))] == found


@pytest.mark.parametrize("text, found", [
    # a world city's name is the city, though the text names the country of a small namesake
    ("وعاد الوفد إلى الولايات المتحدة، فيما عقد اجتماع طارئ في باريس لبحث الهجوم", ["USA", "FRA"]),
    ("وقع انفجار في لندن، بحسب مسؤولين في الولايات المتحدة", ["GBR", "USA"]),
    # ... unless its qualifier says which
    ("هجوم في مدينة لندن الكندية", ["CAN"]),
])
def test_a_world_city_outshines_a_namesake_in_a_country_the_text_names(text, found):
    assert [loc and loc.iso3 for loc in resolve_all(places(text), NormText.of(text))] == found


def test_one_sense_per_document():
    text = ("جرت عملية إنزال في منطقة الكبر الواقعة بالريف الغربي لدير الزور.\n"
            "ونصب العناصر حواجز على الطريق بين قرية الكبر ومحطة المياه القريبة منها.")
    locs = resolve_all(places(text), NormText.of(text))
    assert [(loc.name_ar, loc.admin1, loc.geo_precision) for loc in locs] == [("الكبر", "Deir-ez-Zor", 1)] * 2
    assert locs[0].gazetteer_id == locs[1].gazetteer_id


def test_governorates_named_with_their_word():
    locs = geocode_text("على الحدود الإدارية بين محافظتي الرقة ودير الزور")
    assert [(loc.name_ar, loc.admin1, loc.geo_precision) for loc in locs] == [
        ("الرقة", "Ar-Raqqa", 3), ("دير الزور", "Deir-ez-Zor", 3)]


def _far_namesakes() -> Gazetteer:
    """Syrian towns, and Iraqi villages that share names written near them in Syrian reports."""
    return Gazetteer.from_places([
        {"name_ar": "عفرين", "name": "Afrin", "lat": 36.51, "lon": 36.87, "admin1": "Aleppo", "iso3": "SYR",
         "feature": "town", "population": 30000},
        {"name_ar": "منبج", "name": "Menbij", "lat": 36.53, "lon": 37.95, "admin1": "Aleppo", "iso3": "SYR",
         "feature": "town", "population": 100000},
        {"name_ar": "كوباني", "name": "Ain Al Arab", "lat": 36.89, "lon": 38.35, "admin1": "Aleppo", "iso3": "SYR",
         "feature": "town", "population": 50000},
        {"name_ar": "شيراوا", "name": "Shirawah", "lat": 36.2, "lon": 44.1, "admin1": "Erbil", "iso3": "IRQ",
         "feature": "village"},
        {"name_ar": "مزن", "name": "Mazan", "lat": 36.25, "lon": 44.0, "admin1": "Erbil", "iso3": "IRQ",
         "feature": "village"},
        {"name_ar": "عون", "name": "Qaryat 'Awn", "lat": 32.6, "lon": 44.0, "admin1": "Kerbala", "iso3": "IRQ",
         "feature": "village"},
        {"name_ar": "برخ", "name": "Barikh", "lat": 35.6, "lon": 45.4, "admin1": "Al-Sulaymaniyah", "iso3": "IRQ",
         "feature": "village"},
    ])


@pytest.mark.parametrize("text, name, admin1", [
    # a qualifier known only as a village far from everything else named is not the one meant
    ("قصف الجيش التركي قرية \"مزن\" في ناحية شيراوا بريف عفرين.", "مزن", "Aleppo"),
    ("أصيب 4 أشخاص بقصف تركي على معبر عون الدادات بريف منبج.", "معبر عون", "Aleppo"),
    # an unknown village is placed at a place of its sentence, not at a far namesake of another
    ("غارة على الريف الواقع بين قريتي قومجي و برخ بوتان جنوبي مدينة كوباني.", "قومجي", "Aleppo"),
])
def test_a_village_namesake_far_from_all_else_named_places_nothing(text, name, admin1):
    gaz = _far_namesakes()
    nt = NormText.of(text)
    locs = resolve_all(find_places(nt, gaz), nt, gaz)
    assert [(loc.name_ar, loc.admin1) for loc in locs if loc is not None and loc.name_ar == name] == [(name, admin1)]


@pytest.mark.parametrize("text, named", [
    ("استهدف التحالف سيارة على طريق حارم - باريشا بريف إدلب", "طريق حارم - باريشا"),
    ("غارة على طريق #حارم-#سرمدا شمالي إدلب", "طريق حارم - سرمدا"),
    ("غارة على طريق حارم ـ باريشا بريف إدلب", "طريق حارم - باريشا"),  # a tatweel for a dash
    ("قطع مسلحون طريق الرقة – حلب الدولي", None),  # a highway between far towns is in neither
])
def test_a_local_road_between_two_towns_is_placed_on_the_road(text, named):
    nt = NormText.of(text)
    locs = [loc for loc in resolve_all(places(text), nt) if loc is not None and loc.name_ar.startswith("طريق")]
    if named is None:
        assert locs == []
        return
    (loc,) = locs
    assert (loc.name_ar, loc.admin1, loc.geo_precision) == (named, "Idleb", 2)
    harim = default_gazetteer().lookup("حارم")[0]
    assert 2 < km(loc.latitude, loc.longitude, harim.lat, harim.lon) < 15  # between the two towns


def test_a_road_to_a_village_the_gazetteer_lacks_is_near_the_town_it_knows():
    text = "استهدفت طائرة مسيرة دراجة نارية على طريق سرمدا - البردقلي شمالي إدلب"
    nt = NormText.of(text)
    (loc,) = [loc for loc in resolve_all(places(text), nt) if loc is not None and loc.name_ar == "سرمدا"]
    assert (loc.admin1, loc.geo_precision) == ("Idleb", 2)


@pytest.mark.parametrize(("text", "name"), [
    ('قصفت الطائرات المنطقة المعروفة باسم "الغوطة الشرقية"', "الغوطة الشرقية"),
    ("وصلت القوات إلى القرية المسماة مريمين", "مريمين"),
])
def test_a_name_after_a_naming_phrase_stands_bare(text, name):
    """"المعروفة باسم", "المسماة" name what follows as a preposition would."""
    assert name in [m.name for m in find_places(NormText.of(text))]


def test_speaking_on_behalf_of_names_no_place():
    assert find_places(NormText.of("قال الناطق باسم الغوطة الشرقية")) == []


@pytest.mark.parametrize(("text", "place"), [
    # the capital accused or threatened is its state ...
    ("اتهمت الدول الغربية الثلاث دمشق بشنه في دوما", False),
    ("بعد ساعات من تهديد واشنطن دمشق باتخاذ إجراءات صارمة", False),
    # (the threatening subject told at length: two leaders by office and name)
    ('كما توعد الرئيسان الأمريكي دونالد ترامب والفرنسي إيمانويل ماركون دمشق ب"رد قوي مشترك"', False),
    ("اتهم ناشطون معارضون يقيمون في تركيا قوات النظام بقصف أحياء في دمشق بالبراميل", True),
    # ... the capital reached by something is the city
    ("وصل الوفد إلى دمشق بسيارة", True),
    ("وجهت جهات عدة الاتهامات للحكومة، الأمر الذي نفته دمشق", False),  # the verb with its object pronoun
    ("لكن دمشق نفت هذه المعلومات", False),  # the subject before its verb
    ("والحصيلة مقتل خمسة مدنيين بحسب دمشق", False),  # the source of a toll
    ("في تكرار للاتهامات التي تسوقها دمشق لواشنطن بدعم الإرهاب", False),  # charges levelled
    ("وهي اتهامات كررتها دمشق مرارا", False),
    ("اتهمت المعارضة قوات النظام بقصف أحياء في دمشق", True),
    # ... and so is one telling, or laying the act at a door, its subject told first with "قد" or
    # listed after "كل من"
    ("وأشارت دمشق إلى أن دفاعاتها تصدت للصواريخ", False),
    ("الضربة التي نسبتها دمشق وطهران إلى إسرائيل", False),
    ("وتلقي موسكو ودمشق باللائمة على الفصائل في خرق الهدنة", False),
    ("وكانت دمشق قد اتهمت إسرائيل بشن غارة على المطار", False),
    ("وحملت كل من موسكو وطهران ودمشق إسرائيل مسؤولية الضربات", False),
    ("وكانت الطائرات قد قصفت حيا في دمشق", True),
    # a capital between two sides, the other a state or a party to the war, is its state
    ("وأدت الغارات إلى إنهاء الهدنة بين دمشق والمتمردين", False),
    ("وسط تنسيق بين دمشق وطهران", False),
    ("على الطريق بين دمشق وحمص", True),
])
def test_a_capital_accused_or_threatened_is_its_state(text, place):
    assert ("دمشق" in [m.name for m in find_places(NormText.of(text))]) == place


def test_a_qualifier_itself_qualified_places_the_name():
    """"قرية بينه التابعة لناحية شيراوا في عفرين": the subdistrict is no Syrian place the gazetteer
    knows (a Shirawah of Erbil is not meant): Afrin, which qualifies it, places the village."""
    text = "قصفت تركيا بالمدفعية قرية بينه التابعة لناحية شيراوا في عفرين، وأدى إلى مقتل مدني."
    (m,) = [m for m in find_places(NormText.of(text)) if m.name == "بينه"]
    assert (m.context, m.outer) == ("شيراوا", "عفرين")
    loc = resolve(m)
    assert (loc.name_ar, loc.admin1, loc.geo_precision) == ("بينه", "Aleppo", 2)
    # a direction or a country after the qualifier is no second qualifier
    for text in ("على قرية خاني بريف تل أبيض شمال شرق سوريا", "قرب بلدة السوسة في محافظة دير الزور السورية"):
        (m,) = [m for m in find_places(NormText.of(text)) if m.name in ("خاني", "السوسة")]
        assert m.outer is None


@pytest.mark.parametrize(("text", "found"), [
    ("##دارةعزة\nقصف عنيف على المدينة", ["دارةعزة"]),  # a town tagged: the story's place
    ("قصف على #دير_الزور", ["دير الزور"]),
    ("إلا أن #طهران لم تعلن عن وقوع قتلى", []),  # a capital abroad tagged is its state
])
def test_a_hashtag_tags_a_town_at_home(text, found):
    assert [m.name for m in find_places(NormText.of(text))] == found


def test_the_front_of_the_fighting_is_no_place():
    assert find_places(NormText.of("عاد الجنود إلى جبهة القتال وجبهات المعارك")) == []


def test_the_outskirts_of_a_region_name_it():
    names = [m.name for m in find_places(NormText.of("سيطرت القوات على أراض على مشارف الغوطة الشرقية وعلى تخوم مريمين"))]
    assert names == ["الغوطة الشرقية", "مريمين"]


def test_a_city_ending_its_sentence_before_the_next_ones_verb_is_a_place():
    """"... في العاصمة العراقية، بغداد.\\nوقال متحدث": the verb opens a clause of its own."""
    text = "قتل 16 شخصا في تفجير بمدينة الصدر في العاصمة العراقية، بغداد.\nوقال متحدث باسم وزارة الداخلية"
    assert "بغداد" in [m.name for m in find_places(NormText.of(text))]


@pytest.mark.parametrize(("text", "found"), [
    ("وقتل زوجها في انفجار وقع في تل عفر", ["تل عفر"]),
    ("سقطت قذائف على تل رفعت، وأصيب طفل", ["تل رفعت"]),
    ("إصابة امرأة في قصف تركي بتل تمر", ["تل تمر"]),
    ("أدانت الإدارة مجزرة أم حرملة", ["أم حرملة"]),
    # "تل" (a hill) and "أم" (or) are words first: with no preposition, no name
    ("توقف العمل في ميناء أم قصر", []),
    ("صعد الجنود على تل مرتفع", []),
    ("لا نعرف أحية هي أم ميتة", []),
])
def test_a_name_headed_by_a_short_word_stands_bare_after_a_preposition(text, found):
    """A two-letter head ("تل تمر", "أم حرملة") is no bar to a bare name after a preposition or clitic."""
    assert [m.name for m in find_places(NormText.of(text))] == found


@pytest.mark.parametrize(("text", "found"), [
    ("قصفت قوات النظام سراقب بالمدفعية الثقيلة", ["سراقب"]),
    ("استهدفت طائرات حربية سراقب صباح اليوم", ["سراقب"]),
    ("استهدف سراقب بعدة صواريخ", ["سراقب"]),
    # a town that small stands bare only as the object of an attack
    ("زار سراقب وفد من المنظمة", []),
    # not past a word that is no attacker, nor abroad, nor two villages
    ("اقتحموا منزل القائم بأعمال رئيس المجلس", []),
    ("الهجوم الذي استهدف باريس في 13 نوفمبر", []),
    ("وقصفت قوات الأسد القريتين بالصواريخ", []),
])
def test_a_town_stands_bare_as_the_object_of_an_attack(text, found):
    """"قصفت قوات النظام سراقب": after a verb of attack and its subject, a town is named as after a
    preposition; a village is not (its name is too often a common word)."""
    assert [m.name for m in find_places(NormText.of(text))] == found


@pytest.mark.parametrize("text, admin1", [
    ("تواصل القصف على مدينة دوما في الغوطة الشرقية. وأحصى المسعفون عشرات الغارات على بلدات الغوطة.",
     "Rural Damascus"),
    ("نزح الأهالي من الغوطة الغربية، وقالوا إن الطائرات قصفت قرى الغوطة، ودمرت منازلهم.", "Rural Damascus"),
])
def test_a_region_named_with_its_side_is_what_its_bare_name_means_in_the_report(text, admin1):
    """"الغوطة الشرقية" named in a report: a bare "الغوطة" later in it is that region, not a village
    of that name in another governorate."""
    locs = [loc for loc in resolve_all(places(text), NormText.of(text)) if loc is not None]
    bare = [loc for loc in locs if loc.mention.strip() in ("الغوطة", "بلدات الغوطة", "قرى الغوطة")]
    assert bare and all(loc.admin1 == admin1 for loc in bare), [(x.mention, x.why) for x in locs]
    # the record names the region in full
    assert {loc.name_ar for loc in bare} <= {"الغوطة الشرقية", "الغوطة الغربية"}


@pytest.mark.parametrize("text, name, iso3", [
    # a village the gazetteer lacks, beside Afrin: not the Azerbaijani town of its spelling, however
    # often the report names it
    (("قالت منظمة حقوق الانسان عفرين، أن القصف التركي على قرية بينه – ناحية شيراوا أسفر عن مقتل مواطن.\n"
      "وسقطت عدة قذائف مدفعية في قرية بينه."), "بينه", "SYR"),
    # a town of Eastern Ghouta, named twice: not the Libyan Al Marj
    (("قال ناشطون إن عشر بلدات في الغوطة الشرقية تعرضت للقصف. وقال الدفاع المدني إن القصف الجوي على بلدة المرج خلف 24 قتيلا.\n"
      "وقتل خمسة من النساء والأطفال في بلدة المرج."), "المرج", "SYR"),
    # ... while a border town near the places at home keeps its country
    (("وقال داود أوغلو إن الهجوم الانتحاري في سروج نفذه تنظيم داعش. "
      "وأدى تفجير انتحاري استهدف مركزا ثقافيا في بلدة سروج التي تبعد 10 كيلمترات عن الحدود السورية إلى مقتل 28 "
      "شخصا، كانوا في تجمع خيري لصالح العائلات المتضررة في بلدة كوباني السورية."), "سروج", "TUR"),
])
def test_a_village_word_takes_no_small_town_abroad_far_from_the_places_at_home(text, name, iso3):
    locs = [loc for m, loc in zip(places(text), resolve_all(places(text), NormText.of(text))) if m.name == name]
    assert locs and {loc and loc.iso3 for loc in locs} == {iso3}


def test_a_name_the_gazetteer_lacks_keeps_where_it_was_first_placed():
    """"قرية بينه التابعة لناحية شيراوا في عفرين ... في قرية بينه": the same Afrin village both
    times, though nothing around the second names where it is (one sense per document)."""
    text = ("قصفت تركيا بالمدفعية قرية بينه التابعة لناحية شيراوا في عفرين، وأدى إلى مقتل كوردي.\n"
            "وبحسب المصدر نفسه، فقد سقطت أكثر من 10 قذائف في قرية بينه.")
    first, again = [loc for m, loc in zip(places(text), resolve_all(places(text), NormText.of(text)))
                    if m.name == "بينه"]
    assert (again.name_ar, again.admin1, again.geo_precision) == ("بينه", "Aleppo", 2)
    assert (again.latitude, again.longitude) == (first.latitude, first.longitude)
    assert again.mention == "قرية بينه"


@pytest.mark.parametrize("text, name, direction", [
    ("وقعت الضربات في منطقة العاصمة السورية فجر السبت.", "دمشق", None),
    ("انفجرت سيارة مفخخة بالعاصمة العراقية صباح اليوم.", "بغداد", None),
    ("ولم تتوقف أصوات الانفجارات طوال الليل شرقي العاصمة السورية.", "دمشق", "east"),
    ("وصل الوفد إلى العاصمة الروسية أمس.", "موسكو", None),
])
def test_a_capital_told_by_its_title_and_country_is_the_city(text, name, direction):
    (m,) = places(text)
    assert (m.name, m.direction) == (name, direction)
    (loc,) = resolve_all([m], NormText.of(text))
    assert loc.name_ar == name


@pytest.mark.parametrize("text, names", [
    # the city's name after the title is the mention; the title told with another adjective, none
    ("انفجرت سيارة في العاصمة العراقية بغداد.", ["بغداد"]),
    ("هاجم التنظيم مقرا أمنيا في العاصمة اليمنية المؤقتة عدن.", []),  # (Aden stands bare after no preposition)
    # ... and a qualifier of another place keeps its place
    ("أجلي مدنيون من الغوطة الشرقية قرب العاصمة السورية للمرة الأولى.", ["الغوطة الشرقية"]),
])
def test_a_capital_s_title_before_a_name_or_in_a_qualifier_adds_no_place(text, names):
    assert [m.name for m in places(text)] == names


def test_a_facility_in_a_town_s_countryside_is_not_in_the_town():
    """"سد تشرين بريف حلب" is the dam the gazetteer knows, 90 km from the city; an airbase it lacks,
    "بريف حلب الشرقي", is placed in that countryside, not in the city. A village that hosts a
    facility stands for it ("مطار التيفور في ريف حمص")."""
    def located(text):
        nt = NormText.of(text)
        (m, *_) = find_places(nt)
        return resolve_all([m], nt)[0]
    aleppo = default_gazetteer().lookup("حلب")[0]
    dam = located('استهدف قصف تركي المدنيين قرب سد "تشرين" بريف حلب.')
    assert dam.gazetteer_id == default_gazetteer().lookup("سد تشرين")[0].id
    base = located("قصفت الطائرات مطار كويرس العسكري بريف حلب الشرقي.")
    assert base.geo_precision == 2 and km(base.latitude, base.longitude, aleppo.lat, aleppo.lon) > 20
    assert base.longitude > aleppo.lon
    tiyas = located("قصفت الطائرات مطار التيفور في ريف حمص.")
    assert "placed at" in tiyas.why["clue"]
