"""Event cues, their sentence rules, refine() and assign_roles() (rasd.recognize.events)."""
from __future__ import annotations

import dataclasses
import re

import pytest

from rasd.errors import ConfigError
from rasd.model import EventMention
from rasd.recognize import events as events_mod
from rasd.recognize.actors import find_actors
from rasd.recognize.events import TAXONOMY, assign_roles, find_events, primary, refine
from rasd.text.normalize import NormText

EX, BA, VAC, SD = "Explosions/Remote violence", "Battles", "Violence against civilians", "Strategic developments"


def kind(text: str) -> tuple[str, str] | None:
    """(event_type, sub_event_type) of the primary cue of a one-sentence text."""
    ev = primary(find_events(NormText.of(text)))
    return (ev.event_type, ev.sub_event_type) if ev else None


# --- cue typing ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("شن الطيران الحربي الروسي غارات على بلدة كفرنبل", (EX, "Air/drone strike")),
    ("قصف جوي استهدف السوق الشعبي", (EX, "Air/drone strike")),
    ("ألقت المروحيات براميل متفجرة على داريا", (EX, "Air/drone strike")),
    ("استهدفت طائرة مسيرة تركية سيارة في القامشلي", (EX, "Air/drone strike")),
    ("شنت واشنطن وباريس ولندن ضربات عسكرية على منشآت تابعة للنظام", (EX, "Air/drone strike")),
    ("قصفت قوات النظام بقذائف الهاون بلدة الهبيط", (EX, "Shelling/artillery/missile attack")),
    ("قصف مدفعي تركي على قرى منبج", (EX, "Shelling/artillery/missile attack")),
    ("ضربات مدفعية تركية على قرى منبج", (EX, "Shelling/artillery/missile attack")),
    ("سقطت أربع قذائف في باحة المطار", (EX, "Shelling/artillery/missile attack")),
    ("قتل مدني جراء القصف", (EX, "Shelling/artillery/missile attack")),
    # the plurals of a suicide attack
    ("ووقعت التفجيرات الانتحارية في منطقة المسلخ وسط المدينة", (EX, "Suicide bomb")),
    ("ونفذ ثلاثة من مقاتلي التنظيم عمليات انتحارية على حواجز البلدة", (EX, "Suicide bomb")),
    ("بعد ساعات من الاشتباكات الدامية التي تخللتها هجمات انتحارية", (EX, "Suicide bomb")),
    ("انفجرت سيارة مفخخة في مدينة أعزاز", (EX, "Remote explosive/landmine/IED")),
    ("استهداف دورية بعبوة ناسفة", (EX, "Remote explosive/landmine/IED")),
    ("مقتل 11 مدنيا جراء انفجار ألغام", (EX, "Remote explosive/landmine/IED")),
    ("فجر انتحاري حزاما ناسفا وسط السوق", (EX, "Suicide bomb")),
    ("ألقى مجهولون قنبلة يدوية على منزل", (EX, "Grenade")),
    ("قال الجيش إن متشددين فتحوا النار على عدد من المدنيين في بلدة الطارمية", ("Violence against civilians", "Attack")),
    ("هجوم بغاز الكلور على دوما", (EX, "Chemical weapon")),
    ("شنت الحكومة هجمات جوية كيماوية على البلدة", (EX, "Chemical weapon")),
    ("دارت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة", (BA, "Armed clash")),
    ("تصدت الفصائل لمحاولة تقدم لقوات النظام", (BA, "Armed clash")),
    ("هاجم مسلحون مقر الجيش", (BA, "Armed clash")),
    ("استعادت قوات النظام السيطرة على بلدة حمورية", (BA, "Government regains territory")),
    ("سيطر تنظيم داعش على مدينة الموصل", (BA, "Non-state actor overtakes territory")),
    ("تمكن التنظيم من السيطرة على مدينة الموصل", (BA, "Non-state actor overtakes territory")),  # the article
    ("أعدم تنظيم داعش ثلاثة مدنيين", (VAC, "Attack")),
    # a knife says a stabbing, whatever verb tells it
    ("الرجل الذي هاجم وأصاب مهاجرين بسكين السبت الماضي", (VAC, "Attack")),
    # a shooting told with its subject between the verb and what was fired
    ("أطلق عناصر قسد النار على جمع من المصلين", (VAC, "Attack")),
    ("بعد أن أطلق مسلحون مجهولون النار عليها في بغداد", (VAC, "Attack")),
    # ... and a suicide bombing told so, when its subject is a person
    ("فجر أحد مسلحي داعش أمس نفسه وسط مجموعة من مسلحي التنظيم", (EX, "Suicide bomb")),
    ("فجرت امرأة تحمل حزاما ناسفا نفسها في السوق", (EX, "Suicide bomb")),
    ("حيث فجر انتحاريون من التنظيم المتشدد أنفسهم في أربع سيارات مفخخة", (EX, "Suicide bomb")),
    ("اغتيال قيادي في ريف درعا", (VAC, "Attack")),
    # a killing by armed men with no weapon word: by their fire, or their verb with its object
    ("لقي مدرس وزوجته مصرعهما بنيران مسلحين مجهولين في منطقة الجعارة", (VAC, "Attack")),
    ("قتل مسلحون مجهولون رجلا في بلدة الميادين", (VAC, "Attack")),
    ("قتلت عناصر التنظيم ثلاثة رعاة في البادية", (VAC, "Attack")),
    ("قتل تنظيم داعش 9 من رجال الشرطة بعد أيام من اختطافهم", (VAC, "Attack")),  # a group named as the subject
    # the means of an attempt foiled, told after a comma, was foiled with it
    ("أحبطت القوات محاولة للتنظيم كانت تستهدف مبنى الجامعة جنوبي الرمادي، بسيارتين مفخختين يقودهما انتحاريان",
     (SD, "Disrupted weapons use")),
    # a car bomb in the dual, or by another word, destroyed before use
    ("دمرت القوات العراقية سيارتين مفخختين قرب الفلوجة", (SD, "Disrupted weapons use")),
    ("دمرت القوات العراقية عربة مفخخة قرب الفلوجة", (SD, "Disrupted weapons use")),
    ("هاجم التنظيم الثكنة بسيارتين مفخختين يقودهما انتحاريان", (EX, "Suicide bomb")),
    ("أصيب 4 أطفال أمس بانفجارين في جسر الشغور ودركوش", (EX, "Remote explosive/landmine/IED")),  # duals
    ("استهدفت عبوتان ناسفتان مساء الجمعة مقر الحزب", (EX, "Remote explosive/landmine/IED")),
    ("اختطف مسلحون مجهولون طفلا", (VAC, "Abduction/forced disappearance")),
    ("اعتقلت قوات النظام 10 شبان في حملة مداهمات", (SD, "Arrests")),
    ("نفذ التحالف الدولي عملية إنزال جوي في ريف دير الزور", (SD, "Other")),
    ("توغلت قوات الاحتلال الإسرائيلي صباح اليوم في قرية جباتا الخشب بريف القنيطرة", (SD, "Other")),
    ("مقتل قيادي في داعش خلال عملية نفذتها القوات الأمريكية في مدينة الباب", (SD, "Other")),
    ("أسقطت الفصائل طائرة مسيرة", (SD, "Disrupted weapons use")),
    ("تفكيك عبوة ناسفة على الطريق", (SD, "Disrupted weapons use")),
    ("تمكنت القوات من تفكيك 35 عبوة ناسفة", (SD, "Disrupted weapons use")),  # a number between
    ("وإزالة أكثر من 450 عبوة ناسفة من الطرق", (SD, "Disrupted weapons use")),
    ("وباشرت الفرق الهندسية برفع المتفجرات والعبوات الناسفة من الطرق", (SD, "Disrupted weapons use")),
    ("أقدم عشرة منهم على تفجير أنفسهم بعربات مفخخة", (EX, "Suicide bomb")),
    ("قام انتحاري بتفجير نفسه وسط سوق المدينة", (EX, "Suicide bomb")),
    ("وتواصل الفرق نزع العبوات الناسفة في المنطقة", (SD, "Disrupted weapons use")),
    # found or seized, not set off
    ("وعثرت الشرطة على عبوة ناسفة قرب السوق", (SD, "Disrupted weapons use")),
    ("واكتشفت عبوة ناسفة قرب السوق", (SD, "Disrupted weapons use")),
    ('وخلال مداهمات اكتشفت هذه الأجهزة "ترسانة من القنابل وعبوات ناسفة"', (SD, "Disrupted weapons use")),
    ("وقالت مصادره إن عبوة ناسفة انفجرت قرب السوق", (EX, "Remote explosive/landmine/IED")),  # (not "مصادرة")
    ("دمرت القوات الأمنية ثلاث عجلات مفخخة كانت معدة للتفجير", (SD, "Disrupted weapons use")),
    # a vehicle bomb destroyed before use: the object of "تدمير", or of "دمرت" with its subject between
    ("تمكنت القوات العراقية من تدمير عجلة مفخخة قرب القائم", (SD, "Disrupted weapons use")),
    ("دمرت القوات العراقية سيارة مفخخة قرب القائم", (SD, "Disrupted weapons use")),
    ("دمرت سيارة مفخخة مبنى البلدية في القائم", (EX, "Remote explosive/landmine/IED")),  # the bomb destroyed
    # ... and so other bombs
    ("قتلت القوات الأمنية 21 إرهابيا في قضاء الكرمة، ودمرت 3 عبوات ناسفة", (SD, "Disrupted weapons use")),
    ("تمكنت القوات العراقية من تدمير عبوة ناسفة قرب القائم", (SD, "Disrupted weapons use")),
    ("دمرت عبوة ناسفة آلية للجيش قرب القائم", (EX, "Remote explosive/landmine/IED")),
    ("انفجرت سيارة مفخخة في القائم ودمرت عدة منازل", (EX, "Remote explosive/landmine/IED")),
    # a bombing foiled, its subject between: as far as a bomb defused
    ("أحبطت القوات الأمنية العراقية اليوم هجوما انتحاريا في سامراء", (SD, "Disrupted weapons use")),
    ("شنت طائرات إسرائيلية غارات اعترضت الدفاعات الجوية بعضها", (EX, "Air/drone strike")),
    # air defences that confront missiles intercept them: no fight
    ("تصدت منظومات دفاعنا الجوي بكفاءة عالية لصواريخ العدوان", (SD, "Disrupted weapons use")),
    ('قالت وسائل إعلام النظام إن الدفاعات الجوية تصدت لـ"عدوان إسرائيلي"', (SD, "Disrupted weapons use")),
    # what an intercepted weapon was fired at is the interception's, not a strike by the defences
    ("أن الدفاعات الجوية السورية أسقطت صواريخ استهدفت قاعدة الشعيرات الجوية في حمص", (SD, "Disrupted weapons use")),
    ("أسقطت الدفاعات الجوية السورية صواريخا استهدفت قاعدة الشعيرات الجوية", (SD, "Disrupted weapons use")),
    ("تصدت الدفاعات الجوية السورية لصواريخ إسرائيلية استهدفت قاعدة الشعيرات الجوية", (SD, "Disrupted weapons use")),
    # ... not a verb of its own clause after "و"
    ("أسقطت الدفاعات الجوية طائرة مسيرة واستهدفت الطائرات الحربية بلدة كفرنبل", (EX, "Air/drone strike")),
    ("انتشلوا جثة طفل من تحت أنقاض بيت دمرته الطائرات الروسية", (EX, "Air/drone strike")),
    ("شن العدو الإسرائيلي عدواناً جوياً على حي كفرسوسة", (EX, "Air/drone strike")),
    ("اغتصب عناصر الميليشيا امرأة في القرية", ("Violence against civilians", "Sexual violence")),
    ("قامت عناصر الفصيل بنهب منازل المدنيين", (SD, "Looting/property destruction")),
    ("أحرق عناصر الفصائل منازل في القرية", (SD, "Looting/property destruction")),
    ("استولى المسلحون على أموال السكان", (SD, "Looting/property destruction")),
    ("بعد الاستيلاء على مدينة الموصل", ("Battles", "Non-state actor overtakes territory")),  # ground seized
    ("حين استولى تنظيم داعش على مدينة الرمادي", ("Battles", "Non-state actor overtakes territory")),
    ('استولت القوات على "مناطق ذات أهمية حيوية" في محيط عفرين', ("Battles", "Non-state actor overtakes territory")),
    ("استولى لقديم على سيارة بالقرب من مدينة كاركاسون", (SD, "Looting/property destruction")),  # a car
    ("خرجت الدفعة الأولى من المهجرين من دوما", (SD, "Agreement")),
    ("دخلت القوات البلدة دون قتال", (SD, "Non-violent transfer of territory")),
    ("بعد الهجوم الكيمياوي على دوما", (EX, "Chemical weapon")),  # the other spelling of كيماوي
    # a verb's duals, and the duals of the air words: "طائرتان حربيتان"
    ("طائرتان حربيتان تقصفان قرية في ريف حماة", (EX, "Air/drone strike")),
    ("مروحيتان عسكريتان استهدفتا سيارة على الطريق", (EX, "Air/drone strike")),
    ("عنصران من الشرطة يعتقلان صحفيا في المدينة", (SD, "Arrests")),
    ("دوريتان للأمن اعتقلتا ثلاثة شبان على حاجز", (SD, "Arrests")),
    ("مسلحان اختطفا تاجرا من منزله", (VAC, "Abduction/forced disappearance")),
    # bombs dropped: an air strike, nothing downed
    ("مقاتلة أمريكية أسقطت قنابل فسفورية على القرية", (EX, "Air/drone strike")),
    ("طائرتان أسقطتا قنابل على الحي", (EX, "Air/drone strike")),
    # a strike told with its striker's pronoun
    ("نفذ التحالف الدولي ضربته الثانية خلال أسبوع مستهدفا مركبة", (EX, "Air/drone strike")),
    ("كثف الجيش السوري الجمعة غاراته الجوية على الغوطة", (EX, "Air/drone strike")),
    # a two-word cue as an accusative object ("شن هجوما صاروخيا"): its tanween alif on both words
    ("شن الحرس الثوري فجر الإثنين هجوما صاروخيا على مقر بسوريا", (EX, "Shelling/artillery/missile attack")),
    ("نفذ انتحاري هجوما انتحاريا على حاجز للجيش", (EX, "Suicide bomb")),
    ("نصب مسلحون كمينا لدورية في البادية", (BA, "Armed clash")),
    ("قال المرصد إن انفجارا في مبنى سكني أسفر عن مقتل 39 شخصا", (EX, "Remote explosive/landmine/IED")),
    ("نفذ مسلحون تفجيرا في السوق", (EX, "Remote explosive/landmine/IED")),
    ("أطلقت الفصائل رشقات صاروخية على المدينة", (EX, "Shelling/artillery/missile attack")),
    ("ألقت المروحيات برميلين متفجرين على البلدة", (EX, "Air/drone strike")),
    # the bombs of a bombardment: napalm from aircraft, cluster bombs shelled unless aircraft are named
    ("تعرض الملجأ لقصف بقنابل النابالم", (EX, "Air/drone strike")),
    ("قصفت قوات النظام البلدة بالقنابل العنقودية", (EX, "Shelling/artillery/missile attack")),
    ("ألقى الطيران المروحي قنابل برميلية على البلدة", (EX, "Air/drone strike")),
    # a bare bomb takes the kind of the bombardment it is named with, or of the aircraft that dropped it
    ("قصفت قوات النظام البلدة بالقنابل", (EX, "Shelling/artillery/missile attack")),
    ("ألقت طائرات النظام قنابل على البلدة", (EX, "Air/drone strike")),
    ("انفجرت قنبلة في سوق البلدة", (EX, "Remote explosive/landmine/IED")),
    # ... but a remnant of a bombardment is a remnant's blast
    ("قتل طفل بانفجار قنبلة عنقودية من مخلفات قصف قوات النظام", (EX, "Remote explosive/landmine/IED")),
])
def test_cue_kinds(text: str, expected: tuple[str, str]) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a generic verb with an air word near it is an air strike
    ("قصف الطيران الحربي مدينة أريحا", (EX, "Air/drone strike")),
    ("الطائرات استهدفت مستودع المتفجرات", (EX, "Air/drone strike")),
    ("آثار الاستهداف المسير الذي طال دراجة نارية", (EX, "Air/drone strike")),  # "المسير": a drone's
    ("تقارير عن إسقاط براميل بغازات سامة على مدينة دوما", (EX, "Chemical weapon")),  # barrels dropped, none downed
    # ... without one it stays shelling, even beside an explosion (the shell landing)
    ("قصفت قوات النظام البلدة ما أدى إلى انفجار", (EX, "Shelling/artillery/missile attack")),
    # ... and aircraft flying over are no air word
    ("قصفت قوات النظام البلدة وسط تحليق طيران الاستطلاع", (EX, "Shelling/artillery/missile attack")),
    ("وقع هجوم إرهابي في المدينة بينما حلقت مروحيات في أجواء العاصمة", (BA, "Armed clash")),
    # ... nor the aircraft of another act, after "بينما / فيما"
    ("قصفت قوات الأسد بالقذائف قرية معرزاف، فيما شنت الطائرات الحربية الروسية ضربات على قرية الشيخ بحر",
     (EX, "Shelling/artillery/missile attack")),
    # "هجوم" takes the kind of the specific cue beside it
    ("هجوم بسيارة مفخخة على حاجز", (EX, "Remote explosive/landmine/IED")),
    ("هجوم انتحاري في بغداد", (EX, "Suicide bomb")),
    # a massacre, by the means its sentence names
    ("المجزرة التي ارتكبتها الطائرات الروسية في ريف إدلب", (EX, "Air/drone strike")),
    ("مجزرة في بلدة حاس", (VAC, "Attack")),
    # a cue with its object pronoun
    ("الأضرار التي لحقت بمستشفى إدلب جراء قصفهما من طيران النظام", (EX, "Air/drone strike")),
    # an airdrop with an exchange of fire is a battle (ANNOTATION.md)
    ("عملية إنزال جوي رافقها تبادل لإطلاق النار", (BA, "Armed clash")),
    # fire at an aircraft: its target, no air strike
    ("قتل جندي عندما فتح مسلحون النار على طائرة هليكوبتر عسكرية في هجوم", (BA, "Armed clash")),
    # the verb of exchanging fire, its subject both sides
    ("إن طرفي النزاع يتبادلان إطلاق النار في الغوطة", (BA, "Armed clash")),
    ("وقال المصدر إن الطرفين تبادلا إطلاق النار قرب الحاجز", (BA, "Armed clash")),
    # the Air Force Intelligence is no aircraft: a shooting at its officer's car is no air strike
    ('استهدف مجهولون سيارة النقيب في المخابرات الجوية "علي خضور" بالرصاص المباشر', (VAC, "Attack")),
    # the victim of a side's fire, as a headline tells it
    ("مدني ضحية رصاص قسد خلال مداهمتها قرية في ريف دير الزور", (VAC, "Attack")),
    # ... and the air word of an airdrop makes no air strike of what it targeted
    ("نفذت قوات التحالف الدولي عملية إنزال جوي استهدفت منزلا في قرية الشحيل", (SD, "Other")),
])
def test_context_rules(text: str, expected: tuple[str, str]) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # a fronted clause of what went on at the time, closed by its comma, keeps its aircraft when the
    # main clause's generic verb names its own doer right after it
    ("وبالتزامن مع غارات الطيران الحربي على أطراف المدينة، استهدفت الفصائل حاجزا لقوات النظام", "استهدفت",
     "Shelling/artillery/missile attack"),
    ("وبعد قصف جوي عنيف على القرية، استهدف مسلحون مجهولون دورية للشرطة بالأسلحة الخفيفة", "استهدف",
     "Shelling/artillery/missile attack"),
    # the fronted clause opening a quotation, and the doer named as its men ("مقاتلون موالون لـX")
    ('وقال مدير المرصد "بعد الغارات الغربية، استهدف مقاتلون موالون للنظام السوري السبت القافلة"', "استهدف",
     "Shelling/artillery/missile attack"),
    ("وبعد غارات جوية على البلدة، استهدف عناصر من قوات النظام منازل المدنيين", "استهدف",
     "Shelling/artillery/missile attack"),
    # a main clause with no doer named may be the aircraft's act
    ("وبالتزامن مع تحليق الطيران الحربي في سماء المدينة، استهدفت أحياؤها بعدة صواريخ", "استهدفت",
     "Air/drone strike"),
    # and an air word of the main clause still makes its air strike
    ("وبالتزامن مع اشتباكات عنيفة في المدينة، استهدفت الطائرات الروسية مواقع الفصائل", "استهدفت",
     "Air/drone strike"),
])
def test_a_fronted_clause_lends_no_aircraft_to_the_main_clause_with_its_own_doer(text, cue, expected) -> None:
    at = text.index(cue)
    ev = next(e for e in find_events(NormText.of(text)) if e.start <= at < e.end)
    assert ev.sub_event_type == expected


def test_the_air_word_of_another_kind_of_cue_makes_no_air_strike_of_a_generic_one() -> None:
    # "الجوي" is the airdrop's: the attack the airdrop came after was no raid of aircraft
    text = "وتأتي عملية الانزال الجوي بعد الهجوم الذي شنه مجهولون على مقر اللواء الأول في المدينة"
    at = text.index("الهجوم")
    ev = next(e for e in find_events(NormText.of(text)) if e.start <= at < e.end)
    assert ev.sub_event_type != "Air/drone strike"
    # the air word of an air strike's own cue still lends its kind
    text = "شنت طائرات حربية غارة جوية استهدفت مقرا للفصائل في المدينة"
    at = text.index("استهدفت")
    ev = next(e for e in find_events(NormText.of(text)) if e.start <= at < e.end)
    assert ev.sub_event_type == "Air/drone strike"


def test_a_generic_beside_a_chemical_attack_is_that_attack_even_with_aircraft_near() -> None:
    text = "قنابل الغاز التي ألقتها طائرات عراقية في أسوأ هجوم كيميائي يستهدف مدنيين"
    assert {e.sub_event_type for e in find_events(NormText.of(text))} == {"Chemical weapon"}


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات بين جبهة النصرة ومقاتلين من فصائل مقاتلة، تلت هجوما من الجبهة على مقر الفرقة",
    "تلت هجوما من الجبهة على مقر الفرقة في محيط اعزاز بعد تقدم الفصائل المقاتلة",
])
def test_fighting_factions_are_no_fighter_jets(text) -> None:
    assert "Air/drone strike" not in {e.sub_event_type for e in find_events(NormText.of(text))}


def test_generic_cue_follows_the_specific_one() -> None:
    evs = find_events(NormText.of("هجوم بسيارة مفخخة على حاجز"))
    assert {e.sub_event_type for e in evs} == {"Remote explosive/landmine/IED"}


@pytest.mark.parametrize(("text", "expected"), [
    ("خرجت مظاهرة سلمية في إدلب", None),  # peaceful protests are not incidents
    ("أطلقت القوات العراقية النار على المتظاهرين", ("Protests", "Excessive force against protesters")),
    ("أدت احتجاجات الجمعة إلى مقتل 3 أشخاص برصاص الميليشيات", ("Protests", "Excessive force against protesters")),
    ("فرقت الشرطة المحتجين بالغاز المسيل للدموع", ("Protests", "Protest with intervention")),
    ("اقتحم متظاهرون غاضبون مبنى المحافظة", ("Riots", "Violent demonstration")),
    ("أقدم متظاهرون على إضرام النيران في مقار الأحزاب", ("Riots", "Violent demonstration")),
    ("هاجم متظاهرون مقر منظمة بدر وحاولوا إحراقه", ("Riots", "Violent demonstration")),
    ("اندلعت أعمال شغب في المدينة", ("Riots", "Violent demonstration")),
    # a hand grenade in a protest sentence is the protest's; elsewhere a grenade
    ("أصيب عشرات من قوات الأمن بانفجار قنبلة يدوية خلال احتجاجات المتظاهرين", ("Riots", "Violent demonstration")),
    ("ألقى مجهولون قنبلة يدوية على منزل في البصرة", ("Explosions/Remote violence", "Grenade")),
    # protests a town has seen, in an aside on it, are not those the act met
    ("قتلت ناشطة بإطلاق نار في مدينة البصرة التي شهدت مؤخرا احتجاجات واسعة", ("Violence against civilians", "Attack")),
    ("شهدت البصرة احتجاجات واسعة أطلقت فيها قوات الأمن النار", ("Protests", "Excessive force against protesters")),
    # a killing the protest is over, told as a crime, is no force used on it
    ("خرجت احتجاجات في المدينة بعد حادثة قتل وقعت الأحد", None),
])
def test_protests(text: str, expected: tuple[str, str] | None) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize("text", [
    "يعيش في مناطق سيطرة النظام",
    "تقع البلدة قرب مواقع سيطرة فيلق الرحمن",  # (the positions it holds)
    "البلدة الخاضعة لسيطرة الفصائل",
    "على حي الأشرفية، الخاضع لسيطرة قوات النظام",  # (a masculine place word)
    "البلدتين الخاضعتين لسيطرة تنظيم الدولة",
    "المحافظة التي سبق أن سيطر عليها التنظيم",
    "المناطق التي سبق له وسيطر عليها",
    "دفعت عواصف رملية قوات التحالف إلى تعليق الغارات الجوية على مواقع التنظيم",
    "أعلن عن اتفاق وقف إطلاق النار",
    "دعت إلى إرساء وقف إطلاق نار إنساني في الغوطة",  # (without the article)
    "بحث الرئيسان الاتفاق النووي الإيراني",  # a standing treaty's name, no deal struck
    "طالبوا بإطلاق سراح المعتقلين",
    "قال عناصر في هيئة تحرير الشام",
    "قال رئيس التحرير",
    "وجهت ضربة قاضية للحزب",
    "منظمة حظر الأسلحة الكيميائية",
    "مسيرة حياته المهنية",
    "أصدرت السلطات مذكرة اعتقال بحقه",
    "اختطف المهاجم سيارة",
    "خلال محاولتها السيطرة على المنطقة",  # an attempt to take it is no takeover
    "أسقطت مروحيات عسكرية سورية منشورات على منطقة الغوطة الشرقية",  # leaflets dropped, nothing downed
    "وألقت مروحيات حربية تابعة للنظام الخميس مناشير على مدن عدة في ريف إدلب",  # leaflets, no strike
    "تسلمت دائرة الطب العدلي 700 جثة",  # bodies received, no ground handed over
    "في محافظة ادلب التي تخضع بمعظمها لسيطرة فصائل المعارضة",  # ground held, none taken
    "وفروا للخلية أسلحة وأسمدة كيماوية لاستخدامها في صنع المتفجرات",  # fertiliser, no chemical attack
    "سوف تعيد برنامج الأسلحة الكيميائية للنظام السوري سنوات إلى الوراء",  # the arsenal, not its use
    "عقدت منظمة حظر الأسلحة الكيمياوية اجتماعا",  # masks are read in both spellings
    "دخل مفتشو منظمة حظر الكيماوي إلى المدينة",  # the ban's organisation, by its short name
    "تعهدت الحكومة بالالتزام بحظر الأسلحة الكيمياوية",  # ... and the ban itself
    "ضد الفاسدين الذين تسببوا في سرقة مليارات الدولارات",  # public money stolen: corruption, no looting
    "والمصدر الثالث لتمويل التنظيم هو سرقة الأموال العامة",
    "وظلت الزوجة قيد الاعتقال في دمشق",  # held, not taken
    "عرض عليه توقيع معاهدة عدم الاعتداء",  # a pact of no aggression
    "إنهم يسعون دوما لإسقاط النظام الإيراني",  # a regime toppled, nothing shot down
    "قررت محكمة في باريس إسقاط الحصانة عن المصرفي",  # a right dropped, nothing shot down
    "وطالب المحامي بإسقاط التهم عن موكله",
    "وأعاد إليه هولاكو ما اغتصب من أراضيه",  # land usurped, nobody raped
    "وحدات تكتيكية وحقول ألغام قريبة من الرقة",  # minefields (a strike's target), no blast
    "كان يرتدي حزاما ناسفا ولم تعرف هويته",  # a belt worn, not set off
    "فجر مسلحو التنظيم الجسر نفسه قبل انسحابهم",  # the bridge itself, no bomber
    "سقطت مقاتلة روسية في ريف اللاذقية أثناء عودتها إلى قاعدتها",  # a crash, no strike on the place
    "قتل مسلحون وثلاثة جنود أمس في ريف المدينة",  # passive: armed men were killed, no object
    "قتل مسلحون في ريف المدينة أمس",
    "قتل خمسة مسلحين أمس",
    "قتل شاب بنيران الشرطة أمس",  # a named force's fire: more often an attacker's end
    "ومن بين الأهداف التي ضربتها قاعدة تيفور الجوية",  # the verb with its object, not "its strike"
    "وقال ناشطون إن جامعة الأنبار خرجت من سيطرة تنظيم داعش",  # whose control ground left: a state
    "باتت المدينة خالية من سيطرتهم",
    "خلال تظاهرات اجتاحت محافظات في جنوب البلاد",  # protests swept the south: no ground taken
    "انتشرت قوات مكافحة الشغب في الساحة",  # the riot police, no riot
    "تصويتا تقدمت به روسيا في مجلس الأمن",  # a draft submitted, no advance
    "ستبقى القوات خلف خط فض الاشتباك في الجولان",  # the line that keeps forces apart, no clash
    "ترشح على لائحة الحزب في مواجهة لائحة تيار المستقبل",  # a race at the polls, no fight
    "إننا متحالفون في مواجهة الإرهاب",  # the face of an ill, no fight
    "أعلنت الحكومة خطة لمواجهة الأزمة",
])
def test_masks(text: str) -> None:
    assert find_events(NormText.of(text)) == []


@pytest.mark.parametrize(("text", "bombing"), [
    # a suicide bomber counted among the dead tells of no bombing
    ("وقالت الشرطة إن قواتها قتلت 10 من عناصر التنظيم، بينهم انتحاري وثلاثة قناصين", False),
    ("وقتل 12 من عناصر التنظيم بينهم ثلاثة انتحاريين في كمين نصبته قوات الشرطة", False),
    ("وقتل 30 مسلحا من التنظيم، من بينهم 4 انتحاريين، خلال المعارك", False),
    # the bombing told beside him still is one
    ("وقتل خمسة أشخاص بينهم الانتحاري في تفجير انتحاري استهدف سوقا شعبية", True),
    ("فجر انتحاري نفسه في سوق شعبية ببغداد", True),
])
def test_a_bomber_counted_among_the_dead_tells_of_no_bombing(text: str, bombing: bool) -> None:
    subs = [e.sub_event_type for e in find_events(NormText.of(text))]
    assert ("Suicide bomb" in subs) == bombing


@pytest.mark.parametrize(("text", "transfer"), [
    ("إعلان ترامب انسحاب بلاده من الاتفاق النووي", False),  # an accord left
    ("أعلن الحزب الانسحاب من الحكومة", False),
    ("انسحبت قوات التحالف من قاعدة التنف", True),
    ("انسحاب قوات النظام من المدينة", True),
])
def test_a_withdrawal_from_an_accord_is_no_transfer_of_territory(text: str, transfer: bool) -> None:
    subs = [e.sub_event_type for e in find_events(NormText.of(text))]
    assert ("Non-violent transfer of territory" in subs) == transfer


@pytest.mark.parametrize(("text", "sub", "not_sub"), [
    # gas or bombs dropped, nothing downed
    ("قتل 150 شخصا بعدما أسقط غاز سام على مدينة دوما", "Chemical weapon", "Disrupted weapons use"),
    ("أسقطت الدفاعات الجوية طائرة مسيرة فوق مدينة دوما", "Disrupted weapons use", None),
    # a side forced out was fought: a clash, no ground handed over
    ("تصدوا لجيش الاحتلال الإسرائيلي وأجبروهم على الانسحاب", "Armed clash", "Non-violent transfer of territory"),
    ("أجبر الأهالي جيش الاحتلال الإسرائيلي على الانسحاب من القرية", "Armed clash", "Non-violent transfer of territory"),
    ("أرغمت الفصائل قوات النظام على الانسحاب من التلة", "Armed clash", "Non-violent transfer of territory"),
    ("انسحبت قوات النظام من التلة", "Non-violent transfer of territory", None),
])
def test_what_a_cue_s_object_or_forcer_makes_of_it(text: str, sub: str, not_sub: str | None) -> None:
    subs = {e.sub_event_type for e in find_events(NormText.of(text))}
    assert sub in subs and not_sub not in subs


@pytest.mark.parametrize(("text", "tag"), [
    ("استهدفت طائرة مسيرة تركية سيارة", "drone"),
    ("قصفت طائرة بدون طيار الموقع", "drone"),
    ("انفجرت سيارة مفخخة", "car_bomb"),
    ("نفذ التحالف عملية إنزال جوي", "airdrop"),
    ("حملة مداهمات في البلدة", "raid"),
    ("خروج المسلحين من الرحيبة", "evacuation"),
    ("اعتقلت الشرطة ثلاثة", "capture"),
])
def test_tags(text: str, tag: str) -> None:
    ev = primary(find_events(NormText.of(text)))
    assert ev is not None and tag in ev.tags
    assert not any(t.startswith("~") for t in ev.tags)


def test_spans_and_clitics() -> None:
    text = "وَالقَصفُ المدفعيّ، وبالغارات الجوية، ولِلاشتباكات"
    evs = find_events(NormText.of(text))
    assert [text[e.start:e.end] for e in evs] == ["القَصفُ المدفعيّ", "الغارات الجوية", "لاشتباكات"]
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack", "Air/drone strike",
                                                "Armed clash"]


def test_longest_cue_wins() -> None:
    text = "قصف مدفعي وصاروخي"
    evs = find_events(NormText.of(text))
    assert [(text[e.start:e.end], e.weight) for e in evs] == [("قصف مدفعي وصاروخي", 1.0)]


def test_taxonomy_spelling() -> None:
    for ev_type, subs in TAXONOMY.items():
        assert ev_type in {"Battles", EX, VAC, "Protests", "Riots", SD}
        assert len(subs) == len(set(subs))
    assert sum(len(s) for s in TAXONOMY.values()) == 25
    for cue in events_mod._TABLES.cues.values():
        if cue is not None:
            assert cue.sub_event_type in TAXONOMY[cue.event_type]
            assert 0 < cue.weight <= 1


# --- precedence ----------------------------------------------------------------------------------

def _ev(sub: str, weight: float = 1.0, tags: tuple[str, ...] = ()) -> EventMention:
    etype = next(t for t, subs in TAXONOMY.items() if sub in subs)
    return EventMention(0, 1, etype, sub, tags, weight)


@pytest.mark.parametrize(("subs", "expected"), [
    ([("Air/drone strike", 1.0), ("Shelling/artillery/missile attack", 1.0)], "Air/drone strike"),
    ([("Armed clash", 0.9), ("Attack", 0.5)], "Armed clash"),  # "اشتباكات ... برصاص"
    ([("Attack", 0.9), ("Armed clash", 0.6)], "Attack"),  # "أعدم ... هاجم"
    ([("Arrests", 0.8), ("Other", 0.6)], "Arrests"),  # "حملة مداهمات واعتقالات"
    ([("Other", 0.7), ("Air/drone strike", 0.7)], "Air/drone strike"),
    ([("Remote explosive/landmine/IED", 1.0), ("Disrupted weapons use", 1.0)], "Disrupted weapons use"),
    ([("Chemical weapon", 0.6), ("Armed clash", 0.5)], "Chemical weapon"),
])
def test_primary(subs: list[tuple[str, float]], expected: str) -> None:
    got = primary([_ev(s, w) for s, w in subs])
    assert got is not None and got.sub_event_type == expected


def test_primary_of_nothing() -> None:
    assert primary([]) is None


# --- refine --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sub", "tags", "actor1", "actor2", "clash", "expected"), [
    ("Non-state actor overtakes territory", (), "regime", None, None, "Government regains territory"),
    ("Non-state actor overtakes territory", (), "iraq", None, None, "Government regains territory"),
    ("Government regains territory", (), "isis", None, None, "Non-state actor overtakes territory"),
    ("Government regains territory", (), "sdf", None, None, "Non-state actor overtakes territory"),
    # a foreign state's forces taking ground overtake it (ACLED), as Turkey's did Afrin
    ("Government regains territory", (), "turkey", None, None, "Non-state actor overtakes territory"),
    ("Government regains territory", (), "coalition", None, None, "Non-state actor overtakes territory"),
    ("Non-state actor overtakes territory", (), "pmf", None, None, "Government regains territory"),
    ("Government regains territory", (), None, None, None, "Government regains territory"),
    ("Other", ("airdrop", "raid"), "coalition", "isis", True, "Armed clash"),
    ("Other", ("airdrop", "raid"), "coalition", "isis", False, "Other"),
    ("Arrests", ("capture",), "isis", None, None, "Abduction/forced disappearance"),
    ("Arrests", ("capture",), "regime", None, None, "Arrests"),
    ("Arrests", ("capture",), "sdf", None, None, "Arrests"),
    ("Armed clash", (), "isis", "civilians", None, "Attack"),
    ("Armed clash", (), "isis", "regime", None, "Armed clash"),
    ("Attack", ("shooting",), "regime", "opposition", None, "Armed clash"),
    ("Attack", ("shooting",), "regime", "civilians", None, "Attack"),
])
def test_refine(sub: str, tags: tuple[str, ...], actor1: str | None, actor2: str | None, clash: bool | None,
                expected: str) -> None:
    ev = _ev(sub, tags=tags)
    got = refine(ev, actor1, actor2_id=actor2, clash=clash)
    assert got.sub_event_type == expected
    assert got.sub_event_type in TAXONOMY[got.event_type]
    assert (got.start, got.end, got.tags) == (ev.start, ev.end, ev.tags)


def test_refine_returns_the_same_object_when_unchanged() -> None:
    ev = _ev("Air/drone strike")
    assert refine(ev, "russia") is ev


def test_refine_reads_the_paragraph_for_an_exchange_of_fire() -> None:
    text = ("نفذ التحالف الدولي عملية إنزال جوي في بلدة بقرص. وقتل أربعة عناصر من التنظيم، "
            "وجرى تبادل لإطلاق النار مع عناصر الإنزال.\nوفي خبر آخر قصفت قوات النظام بلدة أخرى.")
    nt = NormText.of(text)
    airdrop = next(e for e in find_events(nt) if "airdrop" in e.tags and e.sub_event_type == "Other")
    assert refine(airdrop, "coalition", nt).sub_event_type == "Armed clash"
    # the assembler's call shape: refine(anchor, actor1_id, nt, cues)
    assert refine(airdrop, "coalition", None, [_ev("Armed clash")]).sub_event_type == "Armed clash"


# --- roles ---------------------------------------------------------------------------------------

def roles(text: str) -> tuple[str | None, str | None]:
    nt = NormText.of(text)
    ev = primary(find_events(nt))
    assert ev is not None, text
    a1, a2 = assign_roles(nt, (0, len(text)), ev, find_actors(nt))
    return (a1.actor_id if a1 else None), (a2.actor_id if a2 else None)


@pytest.mark.parametrize(("text", "expected"), [
    # verb-subject-object and subject-verb
    ("استهدفت طائرات التحالف الدولي مواقع لتنظيم داعش في هجين", ("coalition", "isis")),
    ("شنت المقاتلات الروسية صباح اليوم غارات على مواقع هيئة تحرير الشام", ("russia", "hts")),
    ("قوات النظام قصفت بلدة الهبيط", ("regime", None)),
    ("طائرة مسيرة تركية قصفت قوات النظام", ("turkey", "regime")),
    ("سيطر تنظيم داعش على مدينة الموصل", ("isis", None)),
    # passive agent markers
    ("قتل 5 مدنيين بقصف لقوات النظام على بلدة كفرنبل", ("regime", "civilians")),
    ("قصف مدفعي من قبل قوات سوريا الديمقراطية على مواقع داعش", ("sdf", "isis")),
    ("قتل طفل بقصف مصدره قوات النظام", ("regime", "civilians")),
    ("قتل شاب برصاص قناص لقوات النظام", ("regime", None)),
    # a noun of targeting, its subject, then its object after "لـ" (not a time: "لليوم الثاني")
    ("استشهاد مواطنين في استهداف الاحتلال التركي لمنزل في قرية قرب كوباني", ("turkey", "civilians")),
    ("تزامنا مع استهداف قوات النظام لبلدة عين ترما بقصف صاروخي", ("regime", None)),
    ("أصيب ثلاثة عناصر جراء استهداف قوات النظام لليوم الثاني بقذائف الهاون", (None, "regime")),
    # whose use of a weapon (not civilians used as shields)
    ("أكدت واشنطن أن لديها أدلة على استخدام النظام لأسلحة كيماوية في هجوم على دوما", ("regime", None)),
    ("قال ناشطون إن مدنيين قتلوا باستخدام قوات النظام الغازات السامة في قصف على البلدة", ("regime", "civilians")),
    ("قتل مدني في قصف لتنظيم داعش على البلدة باستخدام المدنيين دروعا بشرية", ("isis", "civilians")),
    # ... or its object a place in the accusative, without "لـ"
    ("دمار لحق بمنازل المدنيين إثر استهداف الميليشيات المرتبطة بروسيا بلدة معرزاف بقذائف كراسنوبول",
     ("russia", "civilians")),
    # the side whose dead are mourned is the one that lost them
    ("سوريا: قصف يستهدف تشييع شهداء الجيش السوري في بلدتي نبل والزهراء", (None, "regime")),
    ("وبحسب البيان فإن القصف أسفر عن فقدان 4 مقاتلين من قسد", (None, "sdf")),
    # the object told first, its pronoun on the verb, the weapon after it
    ("مستودع أسلحة تابع لمقاتلين من الحرس الثوري الايراني استهدفته الضربة الصاروخية", (None, "iran")),
    ("قوات النظام استهدفتها بالمدفعية", ("regime", None)),
    # the guards of X's headquarters are X's men: "مقر" here marks no target
    ("قال مصدر طبي إن متظاهرا قتل الجمعة برصاص حراس مقر منظمة بدر في الديوانية", ("badr", None)),
    ("استهدف مسلحون حراس مقر منظمة بدر في البصرة", ("unknown", "badr")),
    ("إصابة مدنيين بقصف مدفعي لميليشيا قسد على قرية عبلة", ("sdf", "civilians")),
    ("جرحى جراء قصف صاروخي مصدره مناطق سيطرة قسد", ("sdf", None)),
    ("قتل مدنيان بقصف صاروخي مصدره المناطق التي تسيطر عليها قوات سوريا الديمقراطية على مدينة مارع",
     ("sdf", "civilians")),
    ("أصيب شاب جراء قصف بقذائف الهاون مصدره الأراضي التركية على قرية قرب كوباني", ("turkey", None)),
    # the side that holds the ground hit is its target, whatever the place word's gender
    ("سقطت قذيفة أطلقها مسلحون على حي الشهباء الخاضع لسيطرة قوات النظام", ("unknown", "regime")),
    ("سقطت قذيفة على بلدة نبل الخاضعة لسيطرة قوات النظام", (None, "regime")),
    ("سقطت قذيفة على حي الشهباء الخاضع لسيطرة قوات النظام", (None, "regime")),
    # the attacks people fled are no act the sentence tells
    ("تعرضت البلدة لقصف صاروخي، في وقت باتت فيه ملاذا للعائلات الفارين من هجمات قوات النظام",
     (None, None)),
    ("قتل خمسة أشخاص جراء سقوط قذائف صاروخية على دمشق، مصدرها مواقع الفصائل المقاتلة في حي جوبر",
     ("opposition", None)),
    # fire from someone's positions is theirs; a number of someone's positions, or near them, were hit
    ("تعرضت بلدة كفرنبل لقصف مدفعي من مواقع قوات النظام", ("regime", None)),
    ("استهدف الطيران الحربي عددا من مواقع داعش في ريف الرقة", (None, "isis")),
    ("سقطت قذائف بالقرب من مواقع قوات النظام في بلدة كفرنبل", (None, "regime")),
    # the sides of what went on meanwhile, in a fronted clause, are none of the main clause's act
    ("وفيما تتواصل الحرب ضد داعش، سيطرت فصائل المعارضة على قرية القرقور", ("opposition", None)),
    # victims named before the act say nothing of the actor named after it
    ("مقتل رجل وإصابة زوجته جراء غارتين من الطيران الروسي", ("russia", None)),
    ("لحظة استهداف الطائرات التركية للمدنيين", ("turkey", "civilians")),
    ("دخول قوات موالية للنظام إلى عفرين وتعرضها لإطلاق نار من القوات التركية", ("turkey", "regime")),
    ("وكان عناصر داعش قد أطلقوا ثمانية صواريخ مستهدفة قوات البيشمركة في قضاء مخمور", ("isis", "peshmerga")),
    # a noun of the act with its doer's pronoun: the doer was named before, not after it
    ("وجاء ذلك بعد سيطرتها على كفر بطنا وسقبا، وحصر المعارضة المسلحة في زاوية صغيرة من الغوطة",
     (None, "opposition")),
    # "مع" heading a sentence or a clause tells a circumstance, not the other side of a fight
    ("فمع نجاح القوات الموالية للنظام السوري في تقسيم الغوطة، سيطرت على بلدة مسرابا", ("regime", None)),
    ("ومع تولي تنظيم داعش السيطرة على الموصل، فر الأطباء", ("isis", None)),
    ("وتجددت الاشتباكات التي خاضتها قوات النظام وحزب الله، مع الفصائل المعارضة في الزبداني",
     ("regime", "opposition")),
    # a weapon between a verb of attack and the actor is the verb's subject, the actor its object
    ("حيث استهدف القصف الحرس الثوري الإيراني في مطار التيفور", (None, "iran")),
    # the men of an actor ("مقاتلين من X", "عناصر من X") stand for it after a target word
    ("وأكد المرصد أن قصفا صاروخيا طال مستودع أسلحة تابعا لمقاتلين من الحرس الثوري الإيراني", (None, "iran")),
    ("حيث استهدف القصف عناصر من الحرس الثوري الإيراني في مطار التيفور", (None, "iran")),
    # a victim word's reach ends at the clause after it ("، وأدى إلى"): the side named there did
    # not lose men
    ("هجوم في دوما أسفر عن مقتل العشرات، وأدى إلى توجيه الولايات المتحدة ضربات صاروخية على سوريا",
     ("us", None)),
    # the men of a side named after the cue ("من عناصر X") are people the act told of, no fallback doer
    ("وقالت مصادر إن طائرة مسيرة استهدفت شخصا ربما يكون من عناصر تنظيم الدولة", (None, "isis")),
    ("وقالت المصادر إن السيارة المفخخة دمرت مطعما يرتاده أفراد قوات الأمن العراقية", (None, "iraq")),
    # weapons told as what was hit, in what holds them: their side was the target
    ("تحدثت مصادر عن قصف استهدف منظومة صواريخ إيرانية في مطار حماة العسكري", (None, "iran")),
    ("قصفت الطائرات مستودع صواريخ تركية في ريف عفرين", (None, "turkey")),
    # two names of one side listed after a victim word both lost men
    ("أسفرت المعارك عن مقتل العشرات من قوات النظام والحرس الجمهوري قرب مطار المزة", (None, "regime")),
    # "بينهم وبين X": X is the other side of the pronoun's
    ("وأوضح المرصد أن مسلحي داعش نفذوا هجوما على محاور التماس بينهم وبين قوات سوريا الديمقراطية في الباغوز",
     ("isis", "sdf")),
    ("واندلعت اشتباكات عنيفة بينها وبين قوات النظام في ريف حماة", (None, "regime")),
    # a standing backer ("تدعمه واشنطن", "مدعومة بـ") is no fallback perpetrator
    ("لكن معارك شرسة اندلعت الأحد بينه وبين قوات سوريا الديموقراطية (تحالف عربي كردي تدعمه واشنطن)",
     (None, "sdf")),
    ("وقالت مصادر عسكرية، إن قوات النظام السوري مدعومة بميليشيات إيرانية هجوما بريا على أطراف بلدة جسرين",
     ("regime", None)),
    # who was able to repel the act was attacked ("تمكنت X من السيطرة" is still X's act)
    ("وتمكنت القوات الحكومية السورية من صد هجوم انتحاري في السويداء", (None, "regime")),
    ("وقال المصدر إن قوات البيشمركة تمكنت امس من صد هجوم لمسلحي داعش في قرية تل شور", ("isis", "peshmerga")),
    ("وتمكنت قوات النظام من السيطرة على بلدة حمورية", ("regime", None)),
    # who speaks of the act is neither side of it
    ("وأفاد مصدر في قوات البيشمركة بمقتل 18 من عناصرها بقصف صاروخي لتنظيم داعش", ("isis", None)),
    # a party's own news outlet tells of the act, it is no side of it
    ("ذكر التلفزيون السوري والإعلام الحربي التابع لجماعة حزب الله اللبنانية أن الدفاعات الجوية السورية أسقطت صواريخ",
     ("regime", None)),
    ("أعلن الإعلام الحربي لحزب الله أن الدفاعات الجوية السورية أسقطت طائرة مسيرة", ("regime", None)),
    ("وقالت وزارة الدفاع الروسية إن مستشارين عسكريين قتلا في هجوم على وحدة المدفعية", (None, None)),
    ("وأشارت وزارة الدفاع الروسية إلى أن مستشارين عسكريين قتلا في هجوم على وحدة المدفعية", (None, None)),
    ("وبعد الهجوم على مطار التيفور، اعترفت إيران بشكل استثنائي بمقتل عسكرييها في الهجوم", (None, None)),
    # nor does who identified a suspect of it
    ("وأعلن رئيس الوزراء أن الشرطة التركية تعرفت على هوية مشتبه به مرتبط بالهجوم الانتحاري في سوروتش",
     (None, None)),
    ("وقالت مصادر إن الشرطة العراقية حددت هوية منفذ التفجير الذي استهدف سوقا في بغداد", (None, None)),
    # nor who promises or pledges after it
    ("وتعهدت الحكومة التركية بتعزيز الأمن بعد هجوم انتحاري نسب إلى تنظيم داعش في بلدة حدودية", ("isis", None)),
    ("وعدت الحكومة العراقية بملاحقة منفذي التفجير الذي استهدف سوقا شعبية في بغداد", (None, None)),
    ("اعترف الجيش الإسرائيلي بأنه شن غارات على مواقع في سوريا", ("israel", None)),
    ("من جهته قال المسؤول في جيش الإسلام إن العشرات قتلوا جراء استنشاق الغازات السامة في دوما", (None, None)),
    ("وبحسب الخبر المنشور على الموقع الرسمي لقوات سوريا الديمقراطية، فقد أدى القصف إلى مقتل أربعة مقاتلين",
     (None, None)),
    # nor a post's labels glued to its last sentence
    ("أدى القصف الجوي إلى مقتل أربعة مقاتلين وثمانية مدنيين.#قسد #الحسكة", (None, "civilians")),
    # who accuses another of the act (named after the verb of accusing) did not do it
    ("وأعلن الجيش الإسرائيلي أن طائراته دمرت البنية التحتية الإيرانية، متهما إيران بإطلاق صواريخ على الجولان",
     ("iran", None)),
    ("واتهمت وزارة الخارجية السورية التحالف الدولي بقصف بلدة هجين", ("coalition", None)),
    ("وتلقي روسيا باللائمة على المعارضة، قائلة إن مقاتليها قصفوا الممر الآمن في الغوطة", ("opposition", None)),
    ("وألقت تركيا باللوم على وحدات حماية الشعب في قصف بلدة اعزاز", ("ypg", None)),
    # an act laid at the door of the actor after "إلى" ("نسبته X إلى Y") is Y's; X, who ascribes it, is no party
    ("قتل 12 شخصا في تفجير انتحاري استهدف سوقا شعبية، نسبته السلطات التركية إلى تنظيم داعش", ("isis", None)),
    ("قتل 12 شخصا في تفجير انتحاري استهدف سوقا شعبية نسبته أنقرة إلى تنظيم داعش", ("isis", None)),
    ("وقتل جنديان في انفجار لغم أرضي في هجوم نسب إلى متمردي حزب العمال الكردستاني", ("pkk", None)),
    # ... the verb before the act and "إلى" right after it
    ("ونسبت السلطات التركية التفجير إلى تنظيم داعش، بعد انفجار سيارة مفخخة في سوق شعبية", ("isis", None)),
    ("وفي بيان نسبت هيئة أركان الجيش التركي الهجوم إلى المنظمة الإرهابية، بعد انفجار سيارة مفخخة", (None, None)),
    # a person of an actor, the act's object or described after it, is the actor's loss
    ("نفذت مروحيات إنزالا جويا في بلدة الشحيل واعتقلت قياديا في تنظيم داعش", (None, "isis")),
    ("استهدفت طائرة مسيرة عنصرا في تنظيم الدولة في مدينة جرابلس", (None, "isis")),
    ("اغتال مسلحون مجهولون مسؤولا في قسد في بلدة الشحيل", ("unknown", "sdf")),
    ("قتل شخص في غارة جوية استهدفت دراجة نارية في بلدة الشحيل، وهو أحد كوادر تنظيم داعش", (None, "isis")),
    ("قال قيادي في الجيش الحر إن قوات النظام قصفت بلدة كفرنبل", ("regime", None)),
    # unless it tells of its own act, or claims it
    # (not when the act is done to its doer: "أنه فجر نفسه" tells of the bomber)
    ("وقالت الشرطة التركية إنه فجر نفسه وسط حشد من الشباب في سوروتش", (None, None)),
    ("أعلنت القيادة المركزية الأمريكية أنها نفذت عملية أمنية في مدينة الباب ضد تنظيم داعش", ("us", "isis")),
    ("أعلن الجيش الإسرائيلي أنه قد شن غارات على مواقع إيرانية قرب دمشق", ("israel", "iran")),
    ("أعلن الجيش الإسرائيلي ليل الأربعاء الخميس، أنه استهدف بغارات جوية عشرات \"المواقع العسكرية الإيرانية\"",
     ("israel", None)),
    ("وقالت وزارة الدفاع التركية إن طائراتها قصفت مواقع وحدات حماية الشعب", ("turkey", "ypg")),
    ("وأعلن داعش مسؤوليته عن التفجير الانتحاري", ("isis", None)),
    ("أعلن تنظيم داعش الإرهابي مسؤولية عن التفجير الانتحاري في كابل", ("isis", None)),
    ("وتبنى تنظيم داعش المسؤولية عن التفجير الانتحاري", ("isis", None)),
    ("أعلن الحرس الثوري الإيراني، الأحد، مسؤوليته، عن إطلاق الصواريخ", ("iran", None)),
    ("قالت وزارة الدفاع الروسية، إنها لم تنفذ أي غارات في محافظة إدلب", (None, None)),
    ("أعلنت القوات العراقية إحباط هجوم شنه داعش على قرية البو عيثة", ("iraq", None)),
    # nor is who condemns or threatens it
    ("وأدانت الولايات المتحدة الغارات التي شنتها الطائرات على بلدة سرمين", (None, None)),
    ("وندد الجيش التركي بالهجوم على بلدة اعزاز", (None, None)),
    ("وكانت طهران أعلنت أن الضربة الجوية التي استهدفت مطار التيفور أسفرت عن مقتل 7 عسكريين إيرانيين",
     (None, "iran")),
    ("ويأتي القصف بعد ساعات من تهديد واشنطن دمشق باتخاذ اجراءات صارمة", (None, None)),
    # those wounded, or subjected to the attack, are its targets
    ("وأصيب خمسة مقاتلين روس عندما تعرضت وحدة المدفعية التي يعملون بها إلى هجوم", (None, "russia")),
    ("تعرضت القوات الروسية لهجوم من مسلحي داعش في دير الزور", ("isis", "russia")),
    # the actor phrase names its own act
    ("غارة تركية على عفرين أدت إلى مقتل 11 مدنيا", ("turkey", "civilians")),
    ("لقيت الصحفية حتفها في قصف النظام السوري على حي باب عمرو", ("regime", None)),
    # targets and victims
    ("شنت واشنطن ضربات جوية على منشآت تابعة للنظام السوري", ("us", "regime")),
    ("شنت إسرائيل غارات على أهداف إيرانية في سوريا", ("israel", "iran")),  # sites named by their owners
    # the doers after "كل من", not the speaker
    (("قالت القيادة العامة للقوات المسلحة السورية إن صواريخ أطلقت على مواقع في سوريا في العمليات التي نفذتها كل من "
      "الولايات المتحدة وبريطانيا وفرنسا"), ("us", "regime")),
    ("قصفت الطائرات مقرات تابعة لتنظيم داعش", (None, "isis")),
    ("مقتل 26 من قوات النظام في هجوم لتنظيم داعش", ("isis", "regime")),
    ("أن 4 عسكريين روس قتلوا في هجوم لعدة مجموعات مسلحة", ("unknown", "russia")),
    # the toll told right after the sides that bore it, allies listed together
    ("وسقط العشرات من الميليشيات الإيرانية بين قتيل وجريح في غارات على ريف حماة", (None, "iran")),
    ("وسقط العشرات من القوات السورية الحكومية والميليشيات الإيرانية بين قتيل وجريح في غارات على ريف حماة",
     (None, "iran")),
    ("أسفرت الغارات التركية عن مصرع خمسة مقاتلين على الأقل من القوات الموالية للحكومة السورية",
     ("turkey", "regime")),
    ("أعدم تنظيم داعش ثلاثة مدنيين", ("isis", "civilians")),
    ("اختطف مسلحون مجهولون طفلا", ("unknown", "civilians")),
    # those counted among the dead ("بينهم", "غالبيتهم من") are hit, not the attackers
    ("وقتل 26 مسلحا مواليا للنظام السوري غالبيتهم من المقاتلين الإيرانيين، جراء ضربات صاروخية استهدفت قواعد عسكرية",
     (None, "iran")),
    ("أسفرت الغارات عن مقتل 17 شخصا بينهم عناصر من قوات النظام", (None, "regime")),
    # what belongs to an actor ("عائد لـX") was hit with it
    ("وأعلن المرصد أن صواريخ استهدفت مستودع أسلحة يرجح أنه عائد لحزب الله اللبناني", (None, "hezbollah")),
    # repelling: the subject of تصدت is the target
    ("تصدت فصائل الجيش السوري الحر لهجوم مكثف لقوات النظام", ("regime", "opposition")),
    ("ويتصدى المقاتلون الأكراد للهجوم التركي", ("turkey", "ypg")),
    # between X and Y
    ("دارت اشتباكات بين قوات النظام وفصيل جيش الإسلام", ("regime", "opposition")),
    # the sides closed by "من جهة / من طرف": the allies of the first, then the other side
    ("تدور اشتباكات بين قوات النظام وحزب الله اللبناني من جهة، والفصائل المقاتلة من جهة أخرى",
     ("regime", "opposition")),
    ("دارت اشتباكات بين قوات النظام والمسلحين الموالين لها من طرف، والفصائل الإسلامية من طرف آخر",
     ("regime", "opposition")),
    ("تتواصل الاشتباكات بين القوات التركية من جانب، وقوات سوريا الديمقراطية من جانب آخر", ("turkey", "sdf")),
    # an actor described by another is no target of its own act
    ("خطفت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، أمس، ثمانية مقاتلين", ("hts", None)),
    # ... nor is one that holds a place named beside the act
    ("قوات تابعة لداعش متحصنة قرب هضبة الجولان التي تحتلها إسرائيل تصدت لهجوم بري شنه الجيش السوري",
     ("regime", "isis")),
    # the actor of an explosive found before use
    ("دمرت القوات العراقية ثلاث عجلات مفخخة كانت معدة لاستهداف آليات الجيش", ("iraq", None)),
    # an unmarked actor of another clause is not taken as actor1 (but may be the target)
    ("كان يتخذه تنظيم داعش مستودعا للأسلحة، حيث قامت عناصر الإنزال بنقل خبير", (None, "isis")),
    # allies are not targets
    ("قصفت قوات النظام وروسيا مدينة إدلب", ("regime", None)),
    # allied subjects before their verb: the first named leads
    ("قوات النظام ومجموعات إيران استهدفتا بقصف مدفعي قرية كنصفرة", ("regime", None)),
    ("قوات النظام وروسيا قصفت مدينة إدلب", ("regime", None)),
    # a dual verb carries its subject: the actor after it is hit, as after "قصفتا"
    ("طائرتان تركيتان تقصفان مواقع قوات سوريا الديمقراطية", ("turkey", "sdf")),
    ("مسيرتان تستهدفان قوات سوريا الديمقراطية قرب البلدة", (None, "sdf")),
    # who backs the act is not its target, and the act verb after a backer is the backed actor's
    ("نفذت قوات سوريا الديمقراطية عملية مداهمة بمساندة التحالف الدولي في مدينة الطبقة", ("sdf", None)),
    ("قوات النظام بدعم من القوات الروسية قصفت مدينة إدلب", ("regime", None)),
    ("شنت قوات النظام هجوما على مدينة دوما تدعمه روسيا", ("regime", None)),
    ("أطلق عناصر قسد النار على جمع من المصلين", ("sdf", None)),
    # the subject of an active killing did it
    ("قتل مسلحون مجهولون رجلا في بلدة الميادين", ("unknown", None)),
    # armed men "من" a named group are that group's
    ("قتل مسلحون من حزب العمال الكردستاني جنديين في ولاية شرناق", ("pkk", None)),
    ("فجر أحد مسلحي داعش أمس نفسه وسط مجموعة من مسلحي التنظيم", ("isis", None)),
    # a country's authorities are its state
    ("اعتقلت السلطات التركية 18 شخصا يشتبه بانتمائهم لتنظيم داعش", ("turkey", "isis")),
    ('تدور معارك عنيفة بين قوات النظام السوري، بدعم روسي، وتنظيم "الدولة الإسلامية" في قرية القصير',
     ("regime", "isis")),
    ("نفذت قوى الأمن الداخلي عملية أمنية بدعم جوي من قوات التحالف الدولي في حي ميسلون", ("asayish", None)),
    ("وقالت مصادر إن قوات النظام السوري مدعومة بميليشيات إيرانية شنت هجوما على بلدة جسرين", ("regime", None)),
    ("نفذت قسد بالتعاون مع التحالف الدولي عملية إنزال جوي في ريف دير الزور", ("sdf", None)),
    ("وشنت قوات سوريا الديمقراطية حملة اعتقالات في ريف دير الزور قامت بها بالاشتراك مع قوات التحالف الدولي",
     ("sdf", None)),
    # an actor of a clause told as earlier, with no word tying it to the act, is not its target
    ("وتنتشر في مدينة دوما منذ مطلع الأسبوع الماضي شرطة روسية، قبل أن تعلن قوات النظام سيطرتها عليها بالكامل",
     ("regime", None)),
    # protesters met with force are civilians
    ("أطلقت القوات العراقية النار على المتظاهرين", ("iraq", "civilians")),
    # allies listed after a target marker are hit together; foes so listed are a battle's sides
    ("قصفت طائرات مجهولة مواقع قوات النظام والميليشيات الإيرانية", (None, "regime")),
    ("قتل 19 من قوات النظام وفصائل المعارضة في اشتباكات عنيفة", ("opposition", "regime")),
    ("حين استولى تنظيم داعش على مدينة الرمادي", ("isis", None)),
    # a depot is what was hit, its owner the target (not the owner of a weapon)
    ("وجهت الطائرات ضربات لبيوت هي مستودعات أسلحة لميليشيا الحشد الشعبي", (None, "pmf")),
    ("وقعت الانفجارات في مستودعات أسلحة ووقود لقوات النظام", (None, "regime")),
    # a place of a side hit ("حاجزا لقوات النظام", "مقرا لحزب الله", "اجتماعا لقادة من"), its noun
    # indefinite and so in the accusative: its owner is the target
    ("انفجرت عبوة ناسفة قرب حاجز لقوات النظام في درعا", (None, "regime")),
    ("قصفت طائرات مجهولة حاجزا لقوات النظام في ريف درعا", (None, "regime")),
    ("استهدف صاروخ مقرا لحزب الله في القصير", (None, "hezbollah")),
    ("استهدفت غارة معسكرا لتنظيم داعش قرب البوكمال", (None, "isis")),
    ("استهدفت غارة اجتماعا لهيئة تحرير الشام في إدلب", (None, "hts")),
    ("وجه الجيش ضربة جوية استهدفت اجتماعا لحزب العمال الكردستاني في جبال قنديل", (None, "pkk")),
    ("فجر انتحاري سيارة مفخخة استهدفت مركزا للشرطة العراقية في الموصل", (None, "iraq")),
    ("قصفت طائرات مجهولة مستودعا لحزب الله قرب القصير", (None, "hezbollah")),
    ("انفجرت سيارة مفخخة استهدفت تجمعا لقوات النظام شرق تدمر", (None, "regime")),
    ("وقال المرصد إن القصف طال مركزا لمقاتلين إيرانيين قرب مطار النيرب", (None, "iran")),
    # whose word the report is on is no side of the act
    ("سقطت ثلاث قذائف هاون داخل المنطقة الخضراء في بغداد، بحسب الجيش العراقي", (None, None)),
    ("قتل 17 شخصا في انفجار بمدينة الصدر، وفق مصادر الشرطة العراقية", (None, None)),
    ("قتل 9 أشخاص في قصف على قرية قرب عفرين، حسب وحدات حماية الشعب الكردية", (None, None)),
    ("قتل 4 عناصر من الجيش في قصف على حاجز قرب درعا، نقلا عن فصائل المعارضة", (None, None)),
    # nor is whose claim the act is said to be
    ("وأكدت الوكالة أن الهجوم على البلدة ادعاءات من قبل جيش الإسلام", (None, None)),
    ("وقالت الحكومة إن القصف على القرية مزاعم من قبل الحشد الشعبي", (None, None)),
    # nor is who denies it
    ("خطفت جبهة النصرة ثمانية عناصر قرب اعزاز، إلا أن وزارة الدفاع الأميركية نفت الأمر", ("hts", None)),
    # the dead counted among the victims, with the article
    ("وذكرت مصادر أن من بين القتلى 18 عنصرا من الميليشيات الإيرانية جراء الانفجارات", (None, "iran")),
    # the side whose last pocket or stronghold the place is holds it: it is struck, it does not strike
    ('قتل 54 شخصا في غارة جوية على بلدة السوسة، وهي أحد الجيوب الأخيرة لتنظيم "الدولة الإسلامية"',
     (None, "isis")),
    ("أصيب العشرات إثر قصف جوي على المدينة التي تعد آخر جيب للفصائل المعارضة في الغوطة الشرقية",
     (None, "opposition")),
    ("استهدفت غارة جوية بلدة الباغوز، وهي من المعاقل الأخيرة لتنظيم داعش", (None, "isis")),
    # a leader of a side who speaks of acts is no perpetrator of them; one killed is their target
    ('وكتب القيادي في جيش الإسلام على تويتر "تفجيرات مفتعلة وسيارات مفخخة في دوما"', (None, None)),
    ("وقال القيادي في الحشد الشعبي إن سيارة مفخخة انفجرت في سوق المدينة", (None, None)),
    ("اغتيال القيادي في حزب الله بانفجار قرب مطار دمشق", (None, "hezbollah")),
    # "على أن" opens a clause: the actor after it is its subject, not a target
    ("وقال الرئيس الفرنسي إن لديه دليلا على أن القوات الحكومية السورية قصفت دوما", ("regime", None)),
    ("وأكد المرصد على أن قوات النظام قصفت بلدة كفرنبل", ("regime", None)),
])
def test_roles(text: str, expected: tuple[str | None, str | None]) -> None:
    assert roles(text) == expected


def test_the_one_blamed_is_the_doer_only_when_no_other_actor_comes_before_the_act():
    """"ملقيا باللوم على روسيا لأنها لم تضمن تخلي النظام ...": the regime named before the act did it."""
    text = "ملقيا باللوم على روسيا لأنها لم تضمن تخلي النظام السوري عن هجماته الكيماوية في دوما"
    assert roles(text)[0] == "regime"


def roles_of_cue(text: str, cue: str) -> tuple[str | None, str | None]:
    """The roles :func:`assign_roles` gives the cue found at the text's *cue*."""
    nt = NormText.of(text)
    at = text.index(cue)
    ev = next(e for e in find_events(nt) if e.start <= at < e.end)
    a1, a2 = assign_roles(nt, (0, len(text)), ev, find_actors(nt))
    return (a1.actor_id if a1 else None), (a2.actor_id if a2 else None)


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # what the subject of "تعرض" suffered, that subject named in the clause before: it did not do it
    ("سيطرت القوات العراقية على مبنى الجامعة، وتعرضت لاحقا لتفجيرات داخل مبانيها", "تفجيرات", (None, "iraq")),
    # a draft submitted is no advance, and who condemns the act did not do it
    ("ورفض مجلس الأمن تصويتا تقدمت به روسيا يدين الضربة العسكرية التي قادتها الولايات المتحدة", "الضربة",
     ("us", None)),
    # the side of a clause turned to with its own act of another kind did that act, not this one
    ("سقط قتلى في قصف بقذائف الهاون على بلدة الحديد، فيما شن طيران التحالف 14 غارة على مواقع داعش",
     "قصف بقذائف", (None, None)),
    ("شنت فصائل المعارضة هجوما لطرد قوات النظام من المدينة لكنها تعرضت لهجوم مضاد من قوات النظام",
     "هجوم مضاد", ("regime", "opposition")),
    # the side whose hold shrinks with the act lost the ground
    ("وتمكنت قوات النظام من السيطرة على بلدة الشجرة لتتقلص سيطرة تنظيم داعش إلى ثلاث قرى", "السيطرة",
     ("regime", "isis")),
    # an actor in a clause of purpose is no party to the act before it
    (("ويرى محللون أن تكثيف الغارات الجوية يهدف إلى الضغط على فصائل المعارضة، كي تقبل بإخراج هيئة تحرير "
      "الشام من المنطقة"), "الغارات", (None, "opposition")),
    # a side's unit (patrol, convoy) that is the subject of the act: the side did it, the first named
    # of sides joined by "و", quoted or not; the unit hit is still the target
    ("وقامت دورية تابعة لقوات سوريا الديمقراطية باعتقال ثلاثة شبان في بلدة الشحيل", "اعتقال", ("sdf", None)),
    ("بأن دورية مشتركة تابعة لـ”التحالف الدولي” و”قسد”، داهمت منازل عدد من المطلوبين في حي الحسانية", "داهمت",
     ("coalition", None)),
    ("دورية مشتركة تابعة للتحالف الدولي وقسد، داهمت منازل عدد من المطلوبين في بلدة ذيبان", "داهمت",
     ("coalition", None)),
    ("استهدفت عبوة ناسفة دورية تابعة لقسد، وقتلت اثنين من عناصرها", "عبوة ناسفة", (None, "sdf")),
    ("استهدفت طائرة مسيرة تركية دورية لقسد في قرية تل طويل", "طائرة مسيرة", ("turkey", "sdf")),
    # the two sides of "بين", quoted or not, are foes, not allies
    ('وتدور اشتباكات أيضا بين مقاتلي فصيل "جيش الإسلام" وقوات النظام في محيط دوما', "اشتباكات",
     ("opposition", "regime")),
    ("وتدور اشتباكات أيضا بين مقاتلي فصيل جيش الإسلام وقوات النظام في محيط دوما", "اشتباكات",
     ("opposition", "regime")),
    # a name in quotes, then a word that opens on "و", is no ally
    ('قطع خطوط الإمداد إلى مدينة الرقة "عاصمة داعش" وبحيث تقوم المقاتلات التركية والأميركية بقصف مسلحي التنظيم',
     "قصف", ("turkey", "isis")),
    # who announces a death did the act told with its pronoun ("شنها", "نفذتها قواتها"), not one it suffered
    (('أعلن الجيش العراقي في بيان السبت، عن مقتل 45 عنصرا من تنظيم "الدولة الإسلامية" بينهم قياديون، في غارات '
      "جوية شنها على ثلاثة مواقع في منطقة هجين"), "غارات", ("iraq", "isis")),
    ("أعلنت القيادة المركزية الأمريكية مقتل قيادي بارز في تنظيم داعش خلال عملية نفذتها قواتها في ريف حلب", "عملية",
     ("us", "isis")),
    ("أعلن الجيش التركي مقتل ثلاثة جنود أتراك في هجوم شنه على قافلة عسكرية", "هجوم", (None, "turkey")),
    ("أعلن الجيش التركي مقتل ثلاثة جنود أتراك في هجوم نفذه عناصر من حزب العمال الكردستاني", "هجوم",
     ("pkk", "turkey")),
    # the neighbourhoods a side holds were hit: it is the target, whatever cue anchors the act
    ("استهدفت قوات النظام بعد منتصف الليل أحياء سيطرة الفصائل المعارضة في مدينة درعا بأكثر من 55 صاروخا",
     "صاروخا", ("regime", "opposition")),
    # an aircraft named right after a noun of targeting, its clause ending there, was the one hit; with
    # an object after it, it struck
    ("وحمّلت روسيا وسوريا إسرائيل مسؤولية استهداف الطائرة الروسية، خاصة أن إسرائيل شنت غارات على اللاذقية",
     "استهداف", ("israel", "russia")),
    ("سقطوا بين قتيل وجريح، إثر استهداف طائرات التحالف بعدة غارات معسكراً تدريبياً للميليشيات في وادي عيان",
     "استهداف", ("coalition", None)),
    ("أفادت مصادر باستهداف المقاتلات الحربية الإسرائيلية عددا من الأهداف العسكرية في الداخل السوري", "استهداف",
     ("israel", None)),
    # the relative clause of their death after a side's fighters: they were hit
    ("ارتفع إلى 29 على الأقل عدد مقاتلي الفصائل المقاتلة ممن قضوا في القصف الجوي", "القصف الجوي",
     (None, "opposition")),
    ("ارتفع الى 25 على الأقل عدد مقاتلي جبهة النصرة الذين لقوا مصرعهم في الغارات الجوية", "الغارات الجوية",
     (None, "hts")),
    # the blame for an act told before laid after "على" on its doer
    ('واستهدف تفجير انتحاري ألقي باللوم فيه على تنظيم "داعش" مركزا ثقافيا في بلدة سروج يوم الاثنين',
     "تفجير انتحاري", ("isis", None)),
    ("قالت إن هجومها رد على سلسلة من عمليات الاغتيال لضباط شرطة وجنود ألقي باللوم فيها على حزب العمال الكردستاني",
     "الاغتيال", ("pkk", None)),
])
def test_roles_of_a_cue(text: str, cue: str, expected: tuple[str | None, str | None]) -> None:
    assert roles_of_cue(text, cue) == expected


@pytest.mark.parametrize(("actor", "expected"), [
    ("russia", "Air/drone strike"),
    ("regime", "Shelling/artillery/missile attack"),
])
def test_a_bare_shelling_by_a_force_that_only_flies_is_an_air_strike(actor, expected):
    nt = NormText.of("وقصفت قرية كنصفرة بريف إدلب")
    (ev,) = find_events(nt)
    assert refine(ev, actor, nt).sub_event_type == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("شنت الطائرات الأمريكية غارات على مواقع قوات النظام ردا على هجوم لتنظيم داعش", "غارات", ("us", "regime")),
    ("شنت الطائرات الأمريكية غارات على مواقع قوات النظام ردا على هجوم لتنظيم داعش", "هجوم", ("isis", None)),
    ("شنت الولايات المتحدة ضربات على مواقع سورية ردا على هجوم كيميائي في دوما", "هجوم كيميائي", (None, None)),
])
def test_who_answers_an_act_is_no_party_to_it(text, cue, expected) -> None:
    nt = NormText.of(text)
    (ev,) = [e for e in find_events(nt) if text[e.start:e.end] == cue]
    a1, a2 = assign_roles(nt, (0, len(text)), ev, find_actors(nt))
    assert ((a1.actor_id if a1 else None), (a2.actor_id if a2 else None)) == expected


def test_roles_belong_to_their_own_act() -> None:
    text = "وجرت عملية الإنزال بالتزامن مع قصف مدفعي من قبل قوات سوريا الديمقراطية على منطقة التبني"
    nt = NormText.of(text)
    acts = find_actors(nt)
    airdrop, shelling = find_events(nt)
    assert "airdrop" in airdrop.tags and shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert assign_roles(nt, (0, len(text)), airdrop, acts)[0] is None  # قسد shelled; it did not land
    a1, _ = assign_roles(nt, (0, len(text)), shelling, acts)
    assert a1 is not None and a1.actor_id == "sdf"


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # an actor named by its strikes is their doer, not the doer of the fighting told beside them
    ("وحاولت قوات النظام السيطرة على بلدة بصر الحرير التي تتعرض لغارات روسية ودارت فيها معارك عنيفة", "معارك",
     (None, None)),
    ("وحاولت قوات النظام السيطرة على بلدة بصر الحرير التي تتعرض لغارات روسية ودارت فيها معارك عنيفة", "غارات",
     ("russia", None)),
    # ... but the strikes air defences confront are still their foe's
    ("وذكرت الوكالة أن أنظمة الدفاع الجوي السورية تصدت لغارات إسرائيلية استهدفت قاعدة التيفور", "تصدت",
     ("israel", "regime")),
])
def test_roles_an_actor_named_by_its_strikes_does_not_fight(text, cue, expected) -> None:
    assert roles_of_cue(text, cue) == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    # the two sides of talks or mediation are no sides of the act the sentence goes on to tell
    ("وتوسطت الأمم المتحدة بين قيادة جيش الإسلام والحكومة الروسية لنقل المصابين لكن القصف استمر في حمورية",
     "القصف", (None, None)),
    ("وتتزامن المفاوضات بين قوات النظام والفصائل المعارضة مع قصف على دوما", "قصف", (None, None)),
    # ... but they are the sides of the deal itself, and of what it brought about
    ("وأتبع ذلك اتفاق بين النظام السوري وتنظيم داعش يقضي بانسحاب مسلحي التنظيم من الحي", "اتفاق",
     ("regime", "isis")),
    # a fight between two sides is still theirs
    ("واندلعت اشتباكات بين قوات النظام والفصائل المعارضة في ريف حماة", "اشتباكات", ("regime", "opposition")),
])
def test_roles_parties_to_talks_are_no_sides_of_another_act(text, cue, expected) -> None:
    assert roles_of_cue(text, cue) == expected


def _roles_of(text: str, sub_event_type: str) -> tuple[str | None, str | None]:
    nt = NormText.of(text)
    ev = next(e for e in find_events(nt) if e.sub_event_type == sub_event_type)
    a1, a2 = assign_roles(nt, (0, len(text)), ev, find_actors(nt))
    return (a1.actor_id if a1 else None), (a2.actor_id if a2 else None)


@pytest.mark.parametrize("text, kind, doer", [
    ("وأعلن جيش الفتح عن سيطرته على قريتي المشيك والقرقور في سهل الغاب", "Non-state actor overtakes territory",
     "opposition"),
    ("وأعلنت القوات العراقية استعادة السيطرة على مدينة الموصل بعد معارك دامية", "Government regains territory",
     "iraq"),
    ("أعلن الجيش السوري تحرير بلدة مسرابا في الغوطة الشرقية", "Government regains territory", "regime"),
])
def test_roles_a_force_announcing_ground_taken_took_it(text: str, kind: str, doer: str) -> None:
    """"أعلن X عن سيطرته على", "أعلنت X استعادة السيطرة", "أعلن X تحرير": the announcer took the ground."""
    assert _roles_of(text, kind)[0] == doer


@pytest.mark.parametrize("text, cue, expected", [
    # an aside between dashes or brackets, or a relative clause of what a force is made of, describes
    # the actor before it: the actors it names are no party to the act told outside it
    ("وأعلن جيش العزة -والذي يتكون من مقاتلين انشقوا عن قوات النظام- عن سيطرته على تلة الكركات",
     "سيطرته", ("opposition", None)),
    ("وأعلن جيش الفتح (الذي يتكون من فصائل معارضة لنظام الأسد) عن سيطرته على بلدة محمبل",
     "سيطرته", ("opposition", None)),
    ("واقتحمت هيئة تحرير الشام، التي تضم مقاتلين انشقوا عن قوات النظام، بلدة كفرنبل",
     "اقتحمت", ("hts", None)),
    ("شنت الطائرات الروسية -التي تساند قوات النظام منذ عام 2015- غارات على بلدة خان شيخون",
     "غارات", ("russia", None)),
    ("وأعلن جيش الفتح -المؤلف من فصائل أهمها جبهة النصرة- سيطرته على بلدة الفوعة", "سيطرته",
     ("opposition", None)),
    # what a noun that is no actor of ours is made of names who it is: its members did it
    ("وأصدرت غرفة عمليات حلب التي تضم مجموعة من الفصائل، بيانا أعلنت فيه استهداف ثكنات قوات النظام في نبل",
     "استهداف", ("opposition", "regime")),
    # the act told inside the aside is the aside's own: its actors are its parties
    ("وقال القائد -الذي قصفت قوات النظام مقره أمس- إن المعارك مستمرة", "قصفت", ("regime", None)),
    # a dash between towns or a dateline makes no aside
    ("دمشق - رويترز - قصفت قوات النظام بلدة حرستا", "قصفت", ("regime", None)),
])
def test_roles_an_aside_names_no_party_to_the_act_outside_it(text: str, cue: str, expected) -> None:
    assert roles_of_cue(text, cue) == expected


@pytest.mark.parametrize("text, cue, expected", [
    # across a comma, a verb with an actor right after it is that actor's: the actor before the comma
    # closed the clause before
    ("تستعد الحكومة لتحرير المدينة من سيطرة مسلحي تنظيم داعش، واعتقلت القوات العراقية عشرين مسلحا من التنظيم",
     "اعتقلت", ("iraq", "isis")),
    ("وقتل ثلاثة مدنيين في قصف لقوات النظام، وشنت الطائرات الروسية غارات على البلدة", "غارات",
     ("russia", "civilians")),
    # a verb carrying its dual or plural subject is still the actors' before the comma
    ("القوات التركية والفصائل الموالية لها، استهدفتا قوات سوريا الديمقراطية في ريف منبج", "استهدفتا",
     ("turkey", "sdf")),
    # and so is one with no actor right after it
    ("وقالت مصادر محلية إن قوات النظام، قصفت بلدة كفرنبل بالمدفعية", "قصفت", ("regime", None)),
])
def test_roles_a_verb_across_a_comma_belongs_to_the_actor_right_after_it(text: str, cue: str, expected) -> None:
    assert roles_of_cue(text, cue) == expected


@pytest.mark.parametrize("text", [
    ("فر آلاف المدنيين من الغوطة الشرقية، حيث تدعم القوات الجوية الروسية محاولات الحكومة السورية "
     "لاستعادة السيطرة على المدينة"),
    "وبعد اتفاق تسوية أبرمته روسيا مع الفصائل، تمكنت قوات النظام من استعادة محافظة درعا",
])
def test_roles_a_backer_or_broker_is_not_the_target(text: str) -> None:
    a1, a2 = _roles_of(text, "Government regains territory")
    assert a1 == "regime" and a2 != "russia"


def test_roles_who_carried_out_the_act_and_not_its_partner_or_the_next_clause_s_subject() -> None:
    text = ('ورداً على حملات الاعتقال التي قامت بها قوات "قسد" بالاشتراك مع قوات "التحالف الدولي"، '
            'تمكنت خلايا تنظيم "داعش" من أسر عنصر')
    a1, a2 = _roles_of(text, "Arrests")
    assert a1 == "sdf" and a2 != "coalition"


def test_roles_an_actor_of_the_next_reported_clause_is_no_side_of_the_act() -> None:
    text = ("وقال الجيش السوري إن شخصا فجر نفسه في منطقة السوق في السويداء، وإن قوات الأمن لاحقت "
            "وقتلت شخصين آخرين")
    assert _roles_of(text, "Suicide bomb") == (None, None)


def test_roles_force_against_a_protest_is_the_other_side_s_even_when_the_protesters_come_first() -> None:
    text = "واندلعت مواجهات بين المتظاهرين والقوات العراقية التي أطلقت الرصاص الحي على المحتجين"
    assert _roles_of(text, "Excessive force against protesters") == ("iraq", "civilians")


def test_roles_a_riot_is_the_protesters_not_that_of_whom_their_slogans_name() -> None:
    text = 'وهتف المحتجون بشعارات مناهضة لنظام طهران، وكان منها "إيران بره بره"، وأحرقوا أيضا العلم الإيراني'
    nt = NormText.of(text)
    burning = next(e for e in find_events(nt) if text[e.start:e.end] == "أحرقوا")
    a1, _ = assign_roles(nt, (0, len(text)), burning, find_actors(nt))
    assert a1 is not None and a1.actor_id == "protesters"


def test_roles_never_make_civilians_actor1() -> None:
    assert roles("قتل مدنيان في قصف على البلدة")[0] is None


def test_roles_ignore_actors_outside_the_sentence() -> None:
    text = "قصفت قوات النظام بلدة كفرنبل. وشنت تركيا غارة أصابت المدينة"
    nt = NormText.of(text)
    second = text.index("وشنت")
    ev = next(e for e in find_events(nt) if e.start > second)
    a1, a2 = assign_roles(nt, (second, len(text)), ev, find_actors(nt))
    assert (a1.actor_id if a1 else None, a2) == ("turkey", None)


def test_roles_without_actors() -> None:
    nt = NormText.of("سقطت قذيفة على البلدة")
    ev = find_events(nt)[0]
    assert assign_roles(nt, (0, len(nt.original)), ev, []) == (None, None)


def test_roles_return_the_given_mentions() -> None:
    text = "استهدفت طائرات التحالف الدولي مواقع لتنظيم داعش"
    nt = NormText.of(text)
    acts = find_actors(nt)
    a1, a2 = assign_roles(nt, (0, len(text)), find_events(nt)[0], acts)
    assert a1 in acts and a2 in acts
    assert text[a1.start:a1.end] == "طائرات التحالف الدولي"


# --- the data file is checked when loaded ---------------------------------------------------------

@pytest.mark.parametrize(("tsv", "message"), [
    ("غارة\tExplosions/Remote violence\tAir strike\t\t1\n", "not an ACLED"),
    ("غارة\tExplosions\tAir/drone strike\t\t1\n", "not an ACLED"),
    ("غارة\tExplosions/Remote violence\tAir/drone strike\t\theavy\n", "not a number"),
    ("غارة\tExplosions/Remote violence\tAir/drone strike\t~loud\t1\n", "unknown flag"),
    ("طيران\tcontext\tflying\t\t\n", "unknown context class"),
    ("غارة\tExplosions/Remote violence\tAir/drone strike\t\t1\nغارة\tBattles\tArmed clash\t\t1\n", "twice"),
])
def test_bad_cue_rows(tsv: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        events_mod._load(tsv, "test.tsv")


def test_every_cue_finds_itself() -> None:
    """Data check: each cue, alone, is found whole (masks and protest words report nothing)."""
    for key, cue in events_mod._TABLES.cues.items():
        got = find_events(NormText.of(key))
        if cue is None or "context" in cue.flags:
            assert got == [], key
        else:  # a cue that starts like a proclitic ("بالكلور") may be found without it
            assert got and got[0].start <= 1 and got[-1].end == len(key), key


def test_event_mentions_are_frozen_values() -> None:
    ev = find_events(NormText.of("غارة جوية"))[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        ev.weight = 0  # type: ignore[misc]


def test_speed() -> None:
    import time

    text = ("قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي، ما أدى إلى مقتل 5 مدنيين بينهم طفلان، "
            "وشنت المقاتلات الروسية غارات على مواقع هيئة تحرير الشام. ") * 35
    nt = NormText.of(text[:5000])
    find_events(nt)
    t0 = time.perf_counter()
    for _ in range(10):
        find_events(nt)
    assert (time.perf_counter() - t0) / 10 < 0.05


def test_every_response_word_holds_a_literal_of_the_quick_test():
    from rasd.recognize.events import _RESPONSE_NEEDS, _RESPONSE_WORDS
    from rasd.text.normalize import fold

    assert all(any(n in fold(w) for n in _RESPONSE_NEEDS) for w in _RESPONSE_WORDS)


@pytest.mark.parametrize("pos, endpos", [(0, None), (0, 40), (12, 60), (-5, 30), (30, 12), (0, 500), (-500, -2), (40, 40)])
def test_responds_says_what_the_pattern_finds_for_any_bounds(pos, endpos):
    """responds reads a sentence's bounds as they are (its callers'), others clamped as `re` clamps them."""
    from rasd.recognize.events import RESPONSE, responds
    from rasd.text.normalize import fold

    text = fold("قصفت المدفعية التركية قرى في ريف عفرين ردا على مقتل جنديين، وانتقاما لهم")
    args = (pos,) if endpos is None else (pos, endpos)
    assert responds(text, *args) == (RESPONSE.search(text, *args) is not None)


def test_a_sentence_reading_says_whether_it_holds_a_word_of_closeness():
    """Only an actor in a sentence with a word of closeness is asked whether it is an outlet's patron."""
    from rasd.recognize.events import _sentence_reading
    from rasd.text.normalize import fold

    patron = fold("وذكرت صحيفة الوطن القريبة من النظام السوري أن الطيران قصف المدينة")
    plain = fold("وقصف الطيران الحربي التابع للنظام السوري مدينة إدلب")
    assert _sentence_reading(patron, 0, len(patron)).close_to
    assert not _sentence_reading(plain, 0, len(plain)).close_to


def test_a_charge_of_staging_chemical_attacks_is_no_attack():
    from rasd.recognize.events import find_events
    from rasd.text.normalize import NormText

    assert find_events(NormText.of("لم تنفع مسرحيات الكيماوي في حلب ولا في بلدات الغوطة الشرقية")) == []


def test_context_indexes_are_built_once_at_first_asking_without_a_lock():
    """_Context's indexes are filled at the first access and read from the instance after it; no
    functools.cached_property, which takes a lock at each first access before Python 3.12."""
    import functools

    from rasd.recognize import events as E

    phrase, classes = next((k, v) for k, v in E._TABLES.context.items() if "mask" not in v)
    ctx = E._Context([(5, 9, phrase), (20, 24, phrase)])
    assert "starts" not in vars(ctx)
    assert ctx.starts == {c: [5, 20] for c in classes} and ctx.starts is vars(ctx)["starts"]
    assert (ctx.hit_starts, ctx.hit_ends) == ([5, 20], [9, 24])
    assert not any(isinstance(v, functools.cached_property) for v in vars(E._Context).values())


def test_no_rule_word_holds_a_stop_so_they_may_be_read_from_stop_to_stop():
    """_RuleWords scans the sentences of the cues from the stop before them to the stop after: no
    match of the rule words may run across one."""
    import re

    from rasd.recognize import events as E

    assert not any(set(k) & set(E._STOPS) for k in E._RULE_CONTEXT.canon)
    assert not any(re.search(E.QUOTED_WORD_SEP, c) for c in E._STOPS)


@pytest.mark.parametrize("text", [
    "قصفت الطائرات البلدة. وقتل 3 مدنيين!\nوأصيب آخرون؟ ثم تجدد القصف؛ واندلعت اشتباكات",
    "بلغت النسبة 3.5 في المئة. وقال \"المرصد\".\"وأضاف\" أن الغارات استمرت؛",
    "هل قصفت الطائرات المدينة؟", "٣. قصف\n\nعنيف... واشتباكات!؟", "",
])
def test_sentence_ends_are_the_stops_segment_cuts_at(text):
    """_sentence_ends finds each stop by a substring search: the same ends as a check of every
    match of the stops' character class."""
    from rasd.recognize import events as E

    text = NormText.of(text).text
    n = len(text)
    expected = [m.end() for m in re.finditer(r"[.!?؟;؛\n]", text)
                if m.group() == "\n" or ((m.end() == n or text[m.end()].isspace() or text[m.end()] in "\"'")
                                         and not (m.start() and text[m.start() - 1].isdigit()))]
    assert E._sentence_ends(text) == expected


def test_the_rule_words_of_the_cues_sentences_are_those_of_the_whole_text():
    from rasd.recognize import events as E

    text = NormText.of("تظاهر المئات في المدينة.\nوأطلقت قوات الأمن الرصاص الحي على المتظاهرين\n"
                       "وشنت الطائرات الحربية غارات على البلدة. واندلعت اشتباكات عنيفة\nبين الطرفين، "
                       "بينما قصفت المدفعية مواقع المعارضة. وأعلن الجيش السيطرة على أراضي القرية").text
    ends = E._sentence_ends(text)
    whole = E._Context(E._RULE_CONTEXT.finditer(text)).hits
    words = E._RuleWords(text, ends)
    for i in (text.index("الرصاص"), text.index("قصفت"), text.index("الجيش")):
        lo, hi = E._sentence_of(ends, len(text), i)
        inside = [[h for h in hits if lo <= h[0] < hi] for hits in (whole, words.around(lo, hi).hits)]
        assert inside[0] and inside[0] == inside[1]
    assert E._RuleWords(text, [len(text)]).around(0, len(text)).hits == whole


def test_rule_words_are_scanned_only_when_asked():
    """A sentence whose cues ask no rule word is not scanned for them (see _Context)."""
    from rasd.recognize import events as E

    text = NormText.of("واندلعت اشتباكات عنيفة بين الطرفين. وشنت الطائرات الحربية غارات على البلدة").text
    second = text.index("وشنت")
    ctx = E._RuleWords(text, E._sentence_ends(text)).around(second, len(text))
    assert "hits" not in vars(ctx)
    assert ctx.any("air", second, len(text)) and "hits" in vars(ctx)


def test_object_checks_of_a_cue():
    """The object rules (_NO_ACT_WITH_OBJECT) that apply to a cue, by its kind and flags."""
    from rasd.recognize import events as E

    assert E._object_checks("Abduction/forced disappearance", frozenset()) == (("vehicle", 15),)
    assert E._object_checks("Other", frozenset({"withdraw"})) == (("accord", 30),)
    assert E._object_checks("Air/drone strike", frozenset({"generic"})) == ()
    assert find_events(NormText.of("اختطف المسلح سيارة")) == []


@pytest.mark.parametrize("text", ["وأطلق عناصر قسد النار على المصلين", "فجر أحد مسلحي التنظيم نفسه",
                                  "سقطت مقاتلة سورية على سوق مزدحم", "لقي مدرس مصرعه بنيران مسلحين مجهولين",
                                  "وقتل مسلحون مجهولون رجلا", "قتل 5 مسلحين في اشتباكات"])
def test_a_split_cue_s_opening_lookahead_changes_no_match(text: str) -> None:
    import re

    from rasd.recognize import events as E

    folded = NormText.of(text).text
    found = []
    for _stem, pattern, _cue, _before in E._SPLIT_CUES:
        bare = re.compile(pattern.pattern.split("])", 1)[-1])  # without a lookahead (see _opening)
        assert [m.span() for m in pattern.finditer(folded)] == [m.span() for m in bare.finditer(folded)]
        found += pattern.findall(folded)
    assert found or text.startswith("قتل 5")


def test_split_cues_tried_at_their_stems_match_as_a_scan_does():
    from rasd.recognize import events as E

    text = NormText.of("وأطلق عناصر قسد النار على المصلين، ثم أطلقت قوات الأمن الرصاص وانطلقت الاشتباكات. "
                       "وقتل مسلحون مجهولون رجلا وقتلوا طفلا، وفجر أحد مسلحي التنظيم نفسه وفجرت امرأة "
                       "تحمل حزاما ناسفا نفسها، وسقطت طائرة حربية على سوق. ولقي مدرس مصرعه بنيران مسلحين").text
    for stem, pattern, _cue, before in E._SPLIT_CUES:
        for lo, hi in ((0, len(text)), (1, len(text)), (3, 60), (40, 200)):
            found = [m.span() for m in E._split_matches(text, lo, hi, stem, pattern, before)]
            assert found == [m.span() for m in pattern.finditer(text, lo, hi)]
            assert found or lo


def test_every_drone_word_holds_a_literal_of_the_quick_test():
    """_may_name_drone: a drone word of one word opens with one of _DRONE_OPENINGS after the article
    (or لل) at most; one of two words holds one of _DRONE_WORDS in its second word."""
    from rasd.recognize import events as E

    words = [k for k, v in E._TABLES.context.items() if "drone" in v]
    assert words
    for k in words:
        _first, _, second = k.partition(" ")
        if second:
            assert any(w in second for w in E._DRONE_WORDS), k
        else:
            assert any(0 <= k.find(w) <= 2 and k.find(w) + len(w) <= E._DRONE_OPENING_END
                       for w in E._DRONE_OPENINGS), k


@pytest.mark.parametrize("text", ["غارة لطائرة مسيرة على سيارة", "غارات جوية على البلدة وقصف بطائرات بدون طيار",
                                  "غارة جوية للطيران الحربي على بلدة كفرنبل", "ضربة الدرون على المعسكر"])
def test_the_quick_test_of_drone_words_passes_every_sentence_that_names_one(text):
    from rasd.recognize import events as E

    text = NormText.of(text).text
    ctx = E._Context(E._RULE_CONTEXT.finditer(text))
    assert ("drone" in ctx.starts) == ("كفرنبل" not in text)  # (the one naming no drone)
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1, 3):
            if ctx.any("drone", lo, hi):
                assert E._may_name_drone(text, lo, hi), (lo, hi)


def test_every_word_of_closeness_holds_a_literal_of_the_quick_test():
    from rasd.lang.ar import context_words
    from rasd.recognize.events import _CLOSE_TO_NEEDS
    from rasd.text.normalize import fold

    assert all(any(n in fold(w) for n in _CLOSE_TO_NEEDS) for w in context_words.CLOSE_TO)


def test_a_marker_word_counts_as_its_first_class_in_order():
    """_marker_class: "قصف" (a weapon, a verb of attack and announced) counts as a weapon before
    an actor; "من قبل" as an agent's marker; a word of no marker class counts as none."""
    from rasd.recognize import events as E
    from rasd.recognize.actors import surface

    assert E._marker_class(E._TABLES.context[surface("قصف")]) == "weapon"
    assert E._marker_class(E._TABLES.context[surface("من قبل")]) == "agent"
    assert E._marker_class(frozenset({"announced", "link"})) is None
    assert all(E._marker_class(v) == next((c for c in E._ORDER if c in v), None) for v in E._TABLES.context.values())
