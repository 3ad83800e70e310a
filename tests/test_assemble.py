"""Mentions → incidents: the assembly rules, each on a short real-style report."""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.model import Document
from rasd.pipeline import extract

PUB = dt.date(2018, 3, 17)


def _run(text: str, published: dt.date | None = PUB):
    return extract(Document(id="t", text=text, published=published))


def test_one_strike_one_incident_with_its_clues():
    (inc,) = _run("قُتل 11 مدنياً، السبت، في غارة تركية استهدفت مدينة عفرين شمال سوريا.")
    assert inc.sub_event_type == "Air/drone strike"
    assert inc.event_date == PUB
    assert inc.location.admin1 == "Aleppo"
    assert inc.actor1.id == "turkey"
    assert inc.casualties["killed"].best == 11
    assert inc.casualties["civilians_killed"].best == 11


@pytest.mark.parametrize("hour, day", [(3, dt.date(2018, 3, 16)), (9, PUB), (None, PUB)])
def test_a_report_out_before_dawn_tells_of_the_day_before(hour, day):
    text = "أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين شمالي سوريا."
    (inc,) = extract(Document(id="t", text=text, published=PUB, published_hour=hour))
    assert inc.event_date == day
    # a day the report names is its own, whatever the hour
    (inc,) = extract(Document(id="t", text=text.replace("اشتباكات", "اشتباكات اليوم"), published=PUB,
                              published_hour=hour))
    assert inc.event_date == PUB


def test_three_villages_shelled_are_three_incidents():
    incs = _run("قصفت قوات النظام بالمدفعية بلدات كفرنبل وحاس وكنصفرة في ريف إدلب الجنوبي اليوم.")
    names = sorted(i.location.name_ar for i in incs)
    assert len(incs) == 3, names
    assert all(i.sub_event_type == "Shelling/artillery/missile attack" for i in incs)


def test_a_toll_told_as_a_result_is_the_act_s_before_it_not_a_demand_s_after_it():
    (inc,) = _run("أطلق عناصر قسد النار على المصلين اليوم في بلدة الشحيل بريف دير الزور، ما أدى إلى مقتل مدني، "
                  "ليبادر الأهالي إلى قطع الطرقات والمطالبة بطرد قسد منها.")
    assert (inc.sub_event_type, inc.actor1.id) == ("Attack", "sdf")
    assert inc.casualties["killed"].best == 1


def test_with_no_publication_day_an_act_told_two_days_before_is_another_act():
    text = ("قصفت قوات النظام اليوم بلدة كنصفرة في ريف إدلب الجنوبي، ما أدى لمقتل مدنيين اثنين.\n\n"
            "وقبل يومين، قصفت قوات النظام بلدة كنصفرة، ما أدى لمقتل 3 مدنيين.")
    assert [i.casualties["killed"].best for i in _run(text, published=None)] == [2, 3]


def test_with_no_publication_day_a_lead_told_of_today_takes_no_later_date():
    text = ("استشهد طفل اليوم بقصف جوي روسي طال أطراف قرية كنصفرة بجبل الزاوية بريف إدلب الجنوبي. "
            "وتواصل قوات النظام خرقها وقف إطلاق النار الذي تم الإعلان عنه بتاريخ الخامس من شهر آذار 2020.")
    incs = _run(text, published=None)
    assert [(i.location.name_ar, i.event_date) for i in incs] == [("كنصفرة", None)]


@pytest.mark.parametrize("ago", ["قبل أيام", "قبل مدة", "قبل فترة"])
def test_an_act_of_some_days_ago_has_no_day(ago):
    (inc,) = _run(f"قتل 35 مقاتلا من قوات النظام في هجوم شنه تنظيم الدولة {ago} في مدينة الميادين.")
    assert inc.event_date is None


@pytest.mark.parametrize("ago", ["قبل أيام", "قبل مدة"])
def test_some_time_ago_told_of_another_act_after_the_act_does_not_undate_it(ago):
    (inc,) = _run(f"داهمت قوات سوريا الديمقراطية منازل في بلدة البصيرة واعتقلت شبانا بينهم أحمد الذي اعتقل {ago} "
                  "وأفرج عنه.")
    assert inc.event_date == PUB


def test_some_time_ago_told_in_another_clause_before_the_act_does_not_undate_it():
    (inc,) = _run("قال المسؤول إنه التقى قبل أيام مع وجهاء البلدة، وإن قوات النظام قصفت مدينة درعا.")
    assert inc.event_date == PUB


def test_an_arrest_told_with_a_dual_verb_in_an_airdrop_is_one_arrest():
    (inc,) = _run("قسد والتحالف الدولي يعتقلان قياديا في تنظيم داعش بعملية إنزال جوي في بلدة الشحيل شرق دير الزور.")
    assert (inc.sub_event_type, inc.actor1.id) == ("Arrests", "coalition")


def test_the_page_s_publication_stamp_dates_no_act():
    stamp = "December 7, 2024 · Shared with Public"
    text = ("ألقى الطيران المروحي التابع... - الشبكة السورية\n"
            f"الشبكة السورية{stamp}ألقى الطيران المروحي التابع لقوات النظام براميل متفجرة على حي الأربعين "
            "في مدينة حماة، في 5-12-2024، ما أدى إلى مقتل 5 مدنيين.")
    start = text.index(stamp)
    doc = Document(id="t", text=text, published=dt.date(2024, 12, 7), published_source="page",
                   published_evidence=(start, start + len(stamp)))
    (inc,) = extract(doc)
    assert inc.event_date == dt.date(2024, 12, 5)


def test_a_posts_stamp_dates_no_act_when_the_publication_day_came_from_the_metadata():
    text = ("قصف مدفعي... - شبكة أخبار ريف حلب\n"
            "شبكة أخبار ريف حلبMarch 3, 2025 · Shared with Publicقصف مدفعي يستهدف قرية تادف، وأعلن الدفاع "
            "المدني، الأحد، مقتل مدنيين اثنين في القصف.")
    (inc,) = extract(Document(id="t", text=text, published=dt.date(2025, 3, 3), published_source="metadata"))
    assert inc.event_date == dt.date(2025, 3, 2)


@pytest.mark.parametrize("text, place", [
    # a hashtag tags the area: the village named plainly is the place
    (("قصف تركي يودي بحياة عائلة في #الحسكة قصفت مدفعية الاحتلال التركي فجر اليوم منزلاً في قرية أم حرمل "
     "بريف أبو راسين شمال غرب الحسكة، مما أدى إلى استشهاد رجلين وطفل."), ("أم حرمل", "Al-Hasakeh")),
    # the countryside a place lies in, named right after it, does not compete with it
    (("ميليشيات #قسد تستهدف أطراف نهر الفرات شرقي مدينة #جرابلس بريف #حلب الشرقي بقذائف المدفعية "
     "الثقيلة مما أدى لوقوع جرحى."), ("جرابلس", "Aleppo")),
    # the town of the hospital a victim died in is not the act's place
    (("استشهد الفنان جمعة إبراهيم اليوم في أحد مشافي الطبقة، متأثراً بإصابته جراء القصف التركي على "
     "سد تشرين يوم أمس. وأوضح قريبه أنه يتم نقل جثمانه باتجاه مدينة القامشلي."), ("سد تشرين", "Aleppo")),
    # the town two places are said to border only tells where they lie
    (("تعرضت قرى سهل الغاب في 3 آذار الجاري لقصف مدفعي عنيف من قبل قوات النظام، الأمر الذي تسبب في نزوح "
      "مئات العائلات إلى محافظتي إدلب واللاذقية المحاذيتين لمدينة حماة."), ("سهل الغاب", "Hama")),
])
def test_the_place_of_the_act_among_the_places_named(text, place):
    (inc,) = _run(text)
    assert (inc.location.name_ar, inc.location.admin1) == place


def test_a_man_run_over_by_a_military_vehicle_in_a_village_spelt_locally():
    (inc,) = _run("قالت مصادر محلية إن عربة عسكرية لقوات التحالف الدولي دهست الشاب اليوم في قرية جديد بكارة بريف دير "
                  "الزور، ما أسفر عن وفاته.")
    assert (inc.sub_event_type, inc.actor1.id, inc.location.admin1) == ("Attack", "coalition", "Deir-ez-Zor")
    assert inc.casualties["killed"].best == 1


def test_a_headline_s_parts_joined_by_two_dots_are_one_story():
    (inc,) = _run("برصاص القوات التركية.. إصابة 4 أشخاص في الدرباسية", published=None)
    assert (inc.sub_event_type, inc.actor1.id, inc.location.name_ar) == ("Attack", "turkey", "الدرباسية")
    assert inc.casualties["injured"].best == 4


def test_a_target_verb_with_its_object_as_a_pronoun_is_a_cue():
    (inc,) = _run("الطفل علي ضحية جديدة للطائرات الروسية التي استهدفته اليوم على أطراف بلدة كنصفرة بريف إدلب الجنوبي.")
    assert (inc.sub_event_type, inc.actor1.id, inc.location.name_ar) == ("Air/drone strike", "russia", "كنصفرة")


def test_strikes_in_answer_to_a_chemical_attack_are_not_the_attack():
    incs = _run("شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضربات على مواقع في حمص ردا على هجوم كيميائي "
                "مفترض في دوما أسفر عن مقتل 40 شخصا.")
    kinds = {i.sub_event_type: i for i in incs}
    assert set(kinds) == {"Air/drone strike", "Chemical weapon"}
    assert kinds["Air/drone strike"].actor1.id == "us"
    # each act in its own place: the places told after the answer's word are the answered act's
    assert (kinds["Air/drone strike"].location.name_ar, kinds["Chemical weapon"].location.name_ar) == ("حمص", "دوما")
    assert kinds["Chemical weapon"].actor1 is None  # whoever gassed Douma, the answering states did not


@pytest.mark.parametrize("answer", ["ردا على", "ردا، بحسب قولها، على", "ردا حسب قولها على"])
def test_an_act_that_answers_another_of_its_kind_is_placed_before_the_answer_s_word(answer):
    # the weak cue of the act answered ("لهجوم") folds into the answer's candidate: its place is still
    # the answered act's, and an aside naming whose word it is does not hide the answer's word
    text = (f"أمطرت فصائل المعارضة بلدتي نبل والزهراء في ريف حلب بالقذائف الصاروخية، {answer} تعرض بلدة "
            "الزبداني في ريف دمشق لهجوم من قوات النظام.")
    incs = _run(text)
    assert sorted(i.location.name_ar for i in incs) == ["الزهراء", "نبل"]
    assert {i.actor1.id for i in incs} == {"opposition"}


@pytest.mark.parametrize("text, place", [
    # a fronted "ردا على ..." clause, up to its comma, tells of the act answered: its places are not
    # the answer's
    ("وفي رد على قصف الفصائل لمدينة حلب، شنت الطائرات الروسية غارات على ريف إدلب اليوم.", "إدلب"),
    ("ردا على مقتل جنديين تركيين في عفرين، قصفت المدفعية التركية قرى في ريف منبج اليوم.", "منبج"),
    ("وانتقاما لمقتل قائدها في مدينة الباب، هاجمت الفصائل حاجزا لقوات النظام في بلدة تادف اليوم.", "تادف"),
])
def test_a_fronted_answer_clause_lends_the_answer_no_place(text, place):
    # (a clause told on to a far comma holds the answer too: see events.FRONTED_CLAUSE_MAX)
    answers = [i for i in _run(text) if i.location.name_ar == place]
    assert answers and all(i.location.name_ar == place for i in _run(text)
                           if i.sub_event_type == answers[0].sub_event_type)


def test_a_state_that_denies_a_chemical_attack_did_not_carry_it_out():
    (inc,) = _run("وصفت روسيا تقارير الهجوم الكيميائي على مدينة دوما الذي أدى إلى مقتل 40 شخصا يوم السبت بأنها مفبركة.")
    assert (inc.sub_event_type, inc.actor1) == ("Chemical weapon", None)


def test_the_lead_s_day_told_later_of_another_act_is_not_the_first_act_s():
    incs = _run("نفذت قوات سوريا الديمقراطية عملية إنزال جوي في بلدة الكرامة. كما اعتقلت قسد عنصرا آخر داخل مخيم "
                "الهول، في عملية جرت بتاريخ 3 تموز الجاري.", published=dt.date(2025, 7, 7))
    days = {i.location.name_ar: i.event_date for i in incs}
    assert days == {"الكرامة": dt.date(2025, 7, 7), "الهول": dt.date(2025, 7, 3)}


def test_a_statement_s_day_told_later_of_an_undated_act_is_the_act_s():
    # the statement tells of the act before it: its day (a Friday) is nearer the act's than the
    # report's own (a Saturday)
    (inc,) = _run("أعلن الجيش الأمريكي مقتل قيادي في تنظيم داعش خلال عملية نفذتها قواته في مدينة الباب بريف حلب. "
                  "وأوضح في بيان، الجمعة، أن العملية أسفرت أيضا عن مقتل اثنين من مرافقيه.")
    assert (inc.location.name_ar, inc.event_date) == ("الباب", dt.date(2018, 3, 16))


def test_a_statement_s_day_told_later_does_not_date_an_act_only_referred_to():
    # the act's sentence is no report of it ("بسبب الهجوم ..."): the statement after it, of something
    # else, is Tuesday's news, and the act is older
    (inc,) = _run("وتتزايد التوقعات بضربة غربية ضد الحكومة السورية بسبب الهجوم الكيماوي على مدينة دوما. "
                  "وأعلن البيت الأبيض، الثلاثاء، أن الرئيس ألغى زيارة مقررة إلى أمريكا الجنوبية.",
                  published=dt.date(2018, 4, 11))
    assert (inc.location.name_ar, inc.event_date) == ("دوما", dt.date(2018, 4, 11))


def test_a_past_month_told_with_the_lead_s_act_beats_the_day_of_the_statement():
    """The lead tells on Thursday of an attack in March: the attack is of March, and the body's
    toll of it is not Thursday's (a month is no day: the act is set aside as a reference); nor is
    the title's act, when the body dates it only by the month."""
    text = ("أعلنت لجنة التحقيق الدولية، الخميس، أنها وثقت استخدام غاز السارين في الهجوم على بلدة "
            "اللطامنة بريف حماة في مارس الماضي.\n\n"
            "وبحسب ناشطين، فإن الهجوم الكيماوي على اللطامنة أسفر عن مقتل 12 مدنيا.")
    assert _run(text, published=dt.date(2018, 4, 9)) == []
    doc = Document(id="t", text=text, title="تقرير يكشف حقيقة الهجوم الكيماوي في اللطامنة بريف حماة",
                   published=dt.date(2018, 4, 9))
    assert extract(doc) == []


def test_a_past_month_told_in_a_relative_clause_of_the_lead_dates_another_act():
    text = ("أعلن الحرس الثوري الإيراني، الاثنين، أنه قصف بعدة صواريخ باليستية مقر قيادة الجماعة التي نفذت "
            "الهجوم الذي استهدف عرضا عسكريا إيرانيا الشهر الماضي.\n"
            "ولم يكشف الحرس الثوري عن الجماعة، لكنه أكد أن القصف أسفر عن مقتل عدد كبير من أفرادها.\n"
            "وانطلقت الصواريخ الإيرانية من مدينة كرمانشاه غربي إيران لتصل إلى أهدافها في مدينة البوكمال شرقي سوريا.")
    (inc,) = _run(text, published=dt.date(2018, 4, 9))
    assert (inc.location.name, inc.event_date) == ("Abu Kamal", dt.date(2018, 4, 9))


def test_the_week_of_an_act_of_another_kind_folded_in_is_not_the_act_s_day():
    """The regime took the quarter mid last week; its strikes on Douma were told of on Tuesday."""
    text = ("وأفاد المرصد السوري لحقوق الإنسان الثلاثاء عن تنفيذ طائرات حربية تابعة لقوات النظام أكثر من 15 غارة "
            "جوية استهدفت مدينة دوما.\nويحتفظ التنظيم بسيطرته على بضعة أحياء في جنوب دمشق، وكان له تواجد محدود "
            "في هذا الحي قبل أن تتمكن قوات النظام من السيطرة عليه منتصف الأسبوع الماضي.")
    (inc,) = _run(text, published=dt.date(2018, 3, 20))
    assert (inc.sub_event_type, inc.event_date) == ("Air/drone strike", dt.date(2018, 3, 20))


def test_a_day_told_after_before_then_is_not_the_act_s():
    # the calm came back on Saturday; the burning happened before it, on the day the report opens with
    incs = _run("واقتحم متظاهرون غاضبون مساء الجمعة مطار النجف الدولي.\n"
                "وأقدم محتجون آخرون على إحراق مكاتب لبعض الأحزاب في مدينة الكوت، قبل أن يعود الهدوء السبت.",
                published=dt.date(2018, 7, 15))
    assert {i.location.name_ar: i.event_date for i in incs}["الكوت"] == dt.date(2018, 7, 13)
    # ... the day set off by commas
    incs = _run("واقتحم متظاهرون غاضبون مساء الجمعة مطار النجف الدولي.\n"
                "وأقدم محتجون آخرون على إحراق مكاتب لبعض الأحزاب في مدينة الكوت، قبل أن يعود، السبت، الهدوء.",
                published=dt.date(2018, 7, 15))
    assert {i.location.name_ar: i.event_date for i in incs}["الكوت"] == dt.date(2018, 7, 13)


def test_an_item_of_long_ago_on_a_page_of_the_day_in_history_is_no_incident():
    text = ("في 3 أكتوبر من عام 1920 سيطرت قوات فرنسية على مدينة حلب، وفي مثل هذا اليوم من عام 2016 "
            "قتل 12 مدنيا بغارة جوية على مدينة إدلب.")
    incs = _run(text, published=dt.date(2018, 10, 3))
    assert "حلب" not in {i.location.name_ar for i in incs}
    # without the page's words, the act of long ago is a report's own (a remembered attack)
    incs = _run("في 3 أكتوبر من عام 1920 سيطرت قوات فرنسية على مدينة حلب.", published=dt.date(2018, 10, 3))
    assert {i.location.name_ar for i in incs} == {"حلب"}


def test_a_year_told_right_after_the_act_is_its_time_not_the_main_clause_s_day():
    # the burial was on Monday; the men were killed in 2014, a year (no incident of a day)
    incs = _run("دفن ذوو 20 عاملا في مدينة الموصل الاثنين رفاتهم بعدما خطفوا وقتلوا على يد الجهاديين عام 2014.",
                published=dt.date(2018, 4, 2))
    assert incs == []
    # a year of another act told after the act is not its own
    (inc,) = _run("قتل 5 مدنيين الاثنين في غارة على مدينة الرقة التي سيطر عليها التنظيم عام 2014.",
                  published=dt.date(2018, 4, 2))
    assert inc.event_date == dt.date(2018, 4, 2)


def test_an_air_strike_borrows_no_perpetrator_without_aircraft():
    incs = _run("هاجمت فصائل المعارضة حاجزا لقوات النظام في بلدة حرستا اليوم. وشنت طائرات حربية غارات على بلدة دوما.")
    strike = next(i for i in incs if i.sub_event_type == "Air/drone strike")
    assert strike.actor1 is None


def test_a_home_state_s_forces_did_no_act_placed_in_a_third_country():
    """The counter-terrorism forces of a report on Turkey are Turkey's, whatever the short form's table
    says: a Syrian or Iraqi state's forces act at home (or in the other war country)."""
    text = ("وقصفت قوات النظام بلدة دوما اليوم.\n"
            "واعتقلت قوات مكافحة الإرهاب اليوم 17 شخصا في مدينة إسطنبول بعد تفجير استهدف مركزا للشرطة التركية.")
    ist = next(i for i in _run(text) if i.location.iso3 == "TUR")
    assert ist.actor1 is None


def test_the_syrian_army_is_borrowed_for_no_act_in_iraq():
    incs = _run("قتل 12 شخصا الأربعاء في غارات جوية نفذها الجيش السوري على قرية في محافظة حلب. وفي العراق، قتل 16"
                " شخصا في تفجير سيارة مفخخة في شارع تجاري في منطقة البياع في بغداد.")
    bomb = next(i for i in incs if i.location.iso3 == "IRQ")
    assert bomb.actor1 is None


@pytest.mark.parametrize("text", [
    # the Kabul bombing, none claiming it, is not the one whose likes the group wages (ANT, skynews)
    ("قتل 25 شخصا وأصيب 35 آخرون، جراء تفجير انتحاري أمام مركز تعليمي في كابل، الأربعاء.\n"
     "ولم تعلن أي جهة بعد المسؤولية عن الانفجار.\nويشن تنظيم \"داعش\" هجمات مشابهة على أهداف أخرى في نفس المنطقة."),
    "قتل 10 أشخاص في تفجير سيارة مفخخة في مدينة الرمادي اليوم. ويشن تنظيم داعش هجمات مماثلة على المدينة.",
    "قتل 10 أشخاص في تفجير سيارة مفخخة في مدينة الرمادي اليوم. وكان تنظيم داعش قد تبنى تفجيرات مماثلة في المدينة.",
])
def test_acts_told_by_likeness_lend_no_perpetrator(text):
    (inc,) = [i for i in _run(text) if i.event_type == "Explosions/Remote violence"]
    assert inc.actor1 is None


@pytest.mark.parametrize(("text", "similar", "told_before"), [
    ("ويشن تنظيم داعش هجمات مشابهة على أهداف أخرى", True, False),
    ("وكان تنظيم داعش قد تبنى تفجيرات مماثلة في المدينة", True, False),
    ("جرابلس سبق أن شهدت قصفاً صاروخياً من قبل ميليشيات قسد", False, True),
    ("قتل 10 أشخاص في تفجير سيارة مفخخة في مدينة الرمادي اليوم", False, False),
])
def test_a_report_holds_words_of_likeness_or_of_the_past(text, similar, told_before):
    """The check that spares reading a window around every candidate for these words (folded)."""
    from rasd.assemble import actors as assemble_actors
    from rasd.text.normalize import fold

    for words, held in ((assemble_actors._SIMILAR_FOLDED, similar), (assemble_actors._TOLD_BEFORE_FOLDED, told_before)):
        assert assemble_actors._holds_any(fold(text), words) is held
        assert assemble_actors._holds_any(fold(text), assemble_actors._needles(words)) is held


def test_a_report_is_searched_only_for_the_words_that_hold_no_other():
    """"مشابهة" holds "مشابه": a report that holds the one holds the other, so only "مشابه" is searched for."""
    from rasd.assemble import actors as assemble_actors
    from rasd.text.normalize import fold

    needles = assemble_actors._needles((fold("مشابهة"), fold("مشابه"), fold("سبق أن"), fold("سبق أن")))
    assert needles == (fold("مشابه"), fold("سبق أن"))


def test_acts_told_as_past_do_not_name_the_report_s_perpetrator():
    """The shelling and bombings the town "سبق أن شهدت" are the past's: the drone strike the report tells
    is the one its sources lay on the coalition, not the SDF's of the shelling before."""
    incs = _run("قالت مصادر محلية إن طائرة مسيرة مجهولة قصفت سيارة في مدينة جرابلس اليوم الأحد، ما أدى إلى مقتل "
                "شخص. ورجحت مصادر محلية أن يكون التحالف الدولي يقف خلف الاستهداف. وتجدر الإشارة إلى أن مدينة "
                "جرابلس سبق أن شهدت قصفاً صاروخياً من قبل ميليشيات قسد، إضافة إلى عدة تفجيرات إرهابية.")
    strike = next(i for i in incs if i.sub_event_type == "Air/drone strike")
    assert strike.actor1.id == "coalition"


@pytest.mark.parametrize("denial", [
    "وتنفي روسيا، التي تدخلت في الحرب عام 2015 دعما للحكومة، تورطها المباشر في قصف الغوطة الشرقية.",
    "لكن روسيا نفت تورطها في قصف الغوطة الشرقية.",
])
def test_a_denier_is_not_the_report_s_perpetrator(denial):
    """Who denies an act laid at its door is not named by the report as the doer of its other acts: the
    air strikes of the report's day, told with no doer, are not lent to it."""
    incs = _run("قال المرصد إن 29 مدنيا قتلوا في غارات جوية على بلدة دوما اليوم السبت.\n"
                "ووصف الرئيس الأمريكي الوضع بأنه عار.\n" + denial)
    strike = next(i for i in incs if i.location is not None and i.location.name_ar == "دوما")
    assert strike.actor1 is None


@pytest.mark.parametrize(("text", "doer"), [
    # a denial of a part in an act named with the article: the act happened, and the one it is laid on,
    # who denies it, is its doer as far as the report tells
    (("والنظام السوري الذي ينفي الاتهامات الغربية بالضلوع في الهجوم الكيميائي الذي أوقع نحو 40 قتيلا في "
     "مدينة دوما يوم 7 آذار."), "regime"),
    (('من جانبها، نفت دمشق أية مسؤولية عن الهجوم الكيماوي على مدينة دوما أمس، وقالت وكالة الأنباء الرسمية '
     'إن تلك الاتهامات ادعاءات من قبل "جيش الإسلام".'), "regime"),
])
def test_a_part_denied_in_a_known_act_leaves_the_act_and_names_the_accused(text, doer):
    (inc,) = _run(text)
    assert inc.sub_event_type == "Chemical weapon"
    assert inc.actor1 is not None and inc.actor1.id == doer


@pytest.mark.parametrize("text", [
    "ونفت إسرائيل شن غارة على مطار المزة العسكري اليوم.",  # the act itself denied
    "ونفت إسرائيل مسؤوليتها عن غارة على مطار المزة العسكري اليوم.",  # a strike not known before: denied
])
def test_a_denied_act_is_no_incident(text):
    assert _run(text) == []


@pytest.mark.parametrize(("text", "denier"), [
    ("وتنفي روسيا، التي تدخلت", True),
    ("ونفت دمشق ذلك", True),
    ("لكن روسيا قد نفت ذلك", True),
    ("وقصفت روسيا المدينة", False),
])
def test_the_subject_of_a_verb_of_denying_is_told_apart(text, denier):
    from rasd.assemble import actors as assemble_actors
    from rasd.model import ActorMention

    name = "روسيا" if "روسيا" in text else "دمشق"
    start = text.index(name)
    who = ActorMention(start, start + len(name), "russia", "Russia", name)

    class _A:  # (all _denier reads of the analysis)
        doc = Document(id="t", text=text)

    assert assemble_actors._denier(_A(), who) is denier


@pytest.mark.parametrize(("text", "sides"), [
    ("أعلنت وزارة الدفاع إسقاط الطائرة الروسية قبالة اللاذقية اليوم.", (None, "russia")),
    ("أسقطت الدفاعات الجوية السورية طائرة استطلاع روسية قرب اللاذقية اليوم.", ("regime", "russia")),
    # the aircraft confronted before the downing ("تصدت X للطائرات ... إسقاط طائرة"): X downed it
    ("تصدت وسائط الدفاع الجوي السورية للطائرات الاسرائيلية ونجحت في إسقاط طائرة فوق مدينة القنيطرة اليوم.",
     ("regime", "israel")),
])
def test_an_aircraft_downed_is_its_side_s_loss(text, sides):
    (inc,) = _run(text)
    assert inc.sub_event_type == "Disrupted weapons use"
    assert (inc.actor1 and inc.actor1.id, inc.actor2 and inc.actor2.id) == sides


@pytest.mark.parametrize(("text", "sides"), [
    # Kurdish fighters named as such: the YPG in Syria, the PKK in Turkey, no canonical side in Iraq or Iran
    ("قصفت المدفعية التركية مواقع المقاتلين الأكراد في مدينة عفرين اليوم.", ("turkey", "ypg")),
    ("شنت طائرات تركية غارات على مواقع للمقاتلين الأكراد في بلدة سيلوبي التركية اليوم.", ("turkey", "pkk")),
    ("أعلن الحرس الثوري مسؤوليته عن هجوم صاروخي على مقاتلين أكراد في مدينة كويسنجق اليوم.", ("iran", None)),
    # ... but the YPG by its own name stays it
    ("اشتبكت وحدات حماية الشعب مع القوات التركية في بلدة جيلان بينار التركية اليوم.", ("ypg", "turkey")),
])
def test_kurdish_fighters_abroad_are_no_ypg(text, sides):
    (inc,) = _run(text)
    assert (inc.actor1 and inc.actor1.id, inc.actor2 and inc.actor2.id) == sides


def test_however_is_no_negation():
    (inc,) = _run("أعلنت الحكومة الهدنة أمس، إلا أن قوات النظام قصفت بلدة كفرنبل اليوم.")  # "إلا" folds as "ألا"
    assert (inc.sub_event_type, inc.location.name_ar) == ("Shelling/artillery/missile attack", "كفرنبل")


def test_a_source_s_seat_is_no_place_to_inherit():
    incs = _run("وقتل تسعة مسلحين في الاشتباكات في محافظة السويداء، بحسب المرصد الذي يتخذ من لندن مقرا له.\n"
                "ومطلع الأسبوع الجاري، قتل 45 مسلحا مواليا للنظام جراء هجمات شنها تنظيم الدولة على قرى نائية.")
    assert "لندن" not in {i.location.name_ar for i in incs}


def test_a_correspondent_s_post_is_no_place_of_the_act():
    """"وقال مراسلنا في دمشق": where the outlet's correspondent is, not where the strikes were."""
    incs = _run("وقد استهدف القصف الصاروخي المترافق مع غارات للطيران الحربي - بحسب ما يقوله مراسلنا في دمشق عساف "
                "عبود - مواقع المعارضة المسلحة ومستودعات ذخيرتها.")
    assert "دمشق" not in {i.location.name_ar for i in incs}


def test_an_act_at_its_own_place_is_no_detail_of_a_deal_that_borrowed_it():
    """The bombing of a shelter in Arbin, then a deal for the whole Ghouta told of as forced
    displacement, placed only by the town it borrowed: the bombing stays an incident of its own."""
    text = ("لقي العشرات من المدنيين حتفهم حرقا في أحد الملاجئ بمدينة عربين في الغوطة الشرقية بعد أن جرى قصفه "
            "بالقنابل ليلة أمس.\nوقال المتحدث باسم فيلق الرحمن إنه جرى الاتفاق على وقف لإطلاق النار في منطقة "
            "الغوطة الشرقية.\nودانت الأمم المتحدة هذه الترتيبات واصفة إياها بالتهجير القسري.")
    incs = extract(Document(id="t", text=text, title="مقتل عشرات المدنيين حرقا بأحد ملاجئ غوطة دمشق",
                            published=dt.date(2018, 3, 23)))
    assert [i.location.name_ar for i in incs if i.event_type != "Strategic developments"] == ["عربين"]


def test_where_a_statement_was_made_is_no_place_of_the_act():
    """"وقال أمام الصحافيين في أنقرة": where the prime minister spoke, not where the bombing was."""
    incs = _run("وقال رئيس الوزراء أمام الصحافيين في أنقرة اليوم إن التفجير الانتحاري قام به داعش.")
    assert "انقرة" not in {i.location.name_ar for i in incs} and "أنقرة" not in {i.location.name_ar for i in incs}


def test_a_source_s_seat_is_no_place_of_the_act():
    (inc,) = _run("ووفقا للمرصد الذي يتخذ من لندن مقرا له، قتل 36 من القوات الحكومية في الاشتباكات في حي القدم اليوم.")
    assert inc.location.name_ar == "القدم"


@pytest.mark.parametrize("text, place", [
    ("قصفت طائرات روسية اليوم مقرات للفصائل في محافظة حماة، قبل ساعات من قمة ثلاثية في أنقرة.", "حماة"),
    ("قتل 3 مدنيين بغارة على محافظة إدلب اليوم عشية مؤتمر سوتشي.", "إدلب"),
    # a council convening
    ("قصفت طائرات روسية اليوم مقرات للفصائل في محافظة حماة، قبل اجتماع لمجلس الأمن الذي ينعقد الاثنين في نيويورك.",
     "حماة"),
    # a hilltop is no meeting
    ("سيطرت قوات النظام اليوم على قمة تلة في ريف اللاذقية بعد اشتباكات مع الفصائل.", "اللاذقية"),
])
def test_where_a_meeting_is_held_is_no_place_of_the_act(text, place):
    (inc,) = _run(text)
    assert inc.location.name_ar == place


def test_the_speaker_s_place_before_a_quote_is_no_place_of_the_act_the_quote_places():
    (inc,) = _run("وقال سعيد مموزيني، مسؤول إعلام الفرع الرابع عشر للحزب في الموصل، لـ«الشرق الأوسط»: «فجر أحد "
                  "مسلحي (داعش) أمس نفسه وسط مجموعة من مسلحي التنظيم في قضاء بعاج (غرب الموصل)».")
    assert inc.location.name_ar == "بعاج"
    # ... the quote opened after "إن" too
    (inc,) = _run("وقال المتحدث باسم مجلس شيوخ قضاء الگرمة، إن «تنظيم داعش أعدم 22 عنصرا من الجيش أمس في الحي "
                  "الصناعي جنوب الفلوجة».")
    assert inc.location.name_ar == "الفلوجة"
    # (a quote that names no place of its own tells of the speaker's town)
    (inc,) = _run('وقال ناشط من مدينة دوما لعنب بلدي: "قصفت الطائرات المدينة بعشرات الصواريخ".')
    assert inc.location.name_ar == "دوما"


def test_a_post_s_labels_and_a_page_s_name_are_no_place_of_the_act():
    # the hashtags after a post's last stop tag the story; the road the post names is the act's
    text = "استهدفت طائرة مسيرة سيارة مساء الخميس على طريق حارم – باريشا بريف إدلب الغربي.#نورث_برس #إدلب"
    (inc,) = _run(text)
    assert inc.location.name_ar == "طريق حارم - باريشا"
    # a page named after a town ("القنيطرة online") is no place; the village its post names is
    text = "القنيطرة online - اعتداء إسرائيلي شرقي بلدة خان أرنبة اليوم يسفر عن إصابة ثلاثة مدنيين"
    (inc,) = _run(text)
    assert inc.location.name_ar == "خان أرنبة"
    # (a web address after a place leaves it a place)
    text = "قوات سوريا الديمقراطية تلقي القبض على عناصر لتنظيم داعش بريف الرقة ypj-office.com اليوم"
    assert [i.location.name_ar for i in _run(text)] == ["الرقة"]


def test_two_quoted_villages_shelled_are_two_incidents():
    incs = _run("قصف مدفعي عنيف لقوات النظام استهدف أطراف قريتي “أبديتا” و”بزابور” جنوبي إدلب، صباح اليوم.")
    assert sorted(i.location.name_ar for i in incs) == ["أبديتا", "بزابور"]


@pytest.mark.parametrize("text", [
    "تهدد تركيا بشن غارات على مدينة منبج في حال لم تنسحب القوات الكردية.",
    "قال وزير الخارجية إن بلاده تستعد لشن هجوم واسع على إدلب.",
    "عقد وزير الدفاع اجتماعا مع نظيره الروسي في دمشق لبحث التعاون العسكري.",
    "قال المبعوث إن هناك دلائل على أن أسلحة كيماوية تحضر في إدلب اليوم.",
    "الإرهابيون في إدلب مستعدون لاستخدام أسلحة كيماوية اليوم.",
    "وتتواصل الغارات الجوية على ريف درعا الشرقي اليوم متسببة في مقتل العشرات.",
    "وتتهم واشنطن المركز بالمساعدة في تطوير غاز السارين في دمشق اليوم.",
    "ولا تزال معركة غصن الزيتون في ريف حلب مشتعلة، فمنذ انطلاقها قتل أكثر من 40 جنديا تركيا.",
    "القصف الذي يستهدف يوميا بعشرات الغارات بلدة حمورية في الغوطة الشرقية.",
    "حيث لقي أكثر من 400 شخص مصرعهم في الغوطة الشرقية قرب دمشق جراء قصف للنظام خلال حملة التصعيد الأخيرة.",
    "تمكن الخبراء اليوم من دخول مدينة دوما للتحقيق في الهجوم المفترض بغازات سامة.",
    "لكن الحكومة السورية وحليفتها روسيا تنفيان وقوع هجوم كيماوي في دوما اليوم.",
    "دعت المنظمة إلى السماح للسوريين الفارين من القتال في محافظة درعا بطلب اللجوء اليوم.",
    "ومن المتوقع أن يشن النظام غارات على بلدة نوى في ريف درعا اليوم.",
    "خرج الأهالي في بلدة الشحيل اليوم للمطالبة بطرد قسد منها.",
    "غادر الأسد قصره في دمشق صباح اليوم خوفا من التعرض لقصف أميركي.",
    "وشددت الشرطة التفتيش على مداخل مدينة مصراتة اليوم تخوفا من هجوم انتحاري.",
    "وانتشرت قوات الأمن في مدينة البصرة اليوم تحسباً لحدوث أعمال شغب.",
    # what is to be prevented, or risked
    "ودعا الاتحاد روسيا لاستخدام نفوذها على الحكومة لمنعها من أي استخدام للأسلحة الكيماوية في دوما اليوم.",
    "وقال المبعوث إن الفشل يخاطر بمزيد من الغارات الجوية على مدينة إدلب اليوم.",
    "ويعيش سكان مدينة إدلب اليوم حالة خوف من تجدد الغارات الجوية لقوات النظام.",  # the noun of fear
    "وتسود مخاوف من هجوم واسع لقوات النظام على مدينة إدلب اليوم.",
    "وأعرب سكان مدينة إدلب اليوم عن مخاوفهم من غارات جوية لقوات النظام على المدينة.",  # with its owner
    "وتخشى تركيا، التي تدعم فصائل المعارضة في إدلب، أن تشن قوات النظام غارات جوية على مدينة إدلب اليوم.",
    "ونصحت الشرطة بأن القتال مع أي جماعة مسلحة في عفرين قد يؤدي إلى الاعتقال والمحاكمة اليوم.",
    "ولا توجد معلومات إن كان القيادي بداعش قتل أو ألقي القبض عليه في منبج اليوم.",
    "وقال المستشار إن الولايات المتحدة لا تستبعد شن هجوم صاروخي على مدينة دوما اليوم.",
    "وقال لافروف اليوم إن موسكو تريد ضمانات بألا يقصف مسلحو المعارضة المناطق السكنية في دمشق.",
    "وترتسم معالم ضربة عسكرية غربية وشيكة على مطار المزة العسكري في دمشق اليوم.",
    "وشددت تركيا اليوم على تحذيرها من شن هجوم على مدينة إدلب.",
    "واتهم روسيا باستخدام ذلك كذريعة لشن ضربات جوية على مدينة إدلب اليوم.",
    "وقالت المصادر إن الأسد يجهز لهجوم متعدد المراحل على مدينة إدلب اليوم.",
    "وتشن تركيا بانتظام ضربات جوية ضد مواقع حزب العمال الكردستاني في قضاء سنجار اليوم.",  # a habit
    "وتقصف المدفعية التركية دوريا قرى ناحية سيدكان في محافظة دهوك اليوم.",  # the adverb after the cue
    "وتقصف قوات النظام بشكل يومي البلدات المحيطة ببلدة الفوعة اليوم.",  # daily
    "وتنفذ الشرطة بشكل منتظم مداهمات في أحياء مدينة الموصل اليوم.",
    "وتسقط قذائف الفصائل باستمرار على أحياء مدينة دمشق اليوم.",  # without end
    # who a party is: its lasting role, told in a relative clause
    ("وقتل عشرات من مقاتلي الحشد الشعبي الذي يشارك عناصره في المعارك ضد تنظيم الدولة إلى جانب القوات السورية في"
     " مدينة البوكمال."),
    "ووصلت إلى مدينة إدلب اليوم عائلات مقاتلي الفصائل التي تخوض المعارك ضد قوات النظام في الغوطة الشرقية.",
    # what a warning warns of, however long its subject
    "حذر المفوض السامي لحقوق الإنسان في الأمم المتحدة من كارثة ستقع على المدنيين في مدينة درعا جراء القصف الجوي اليوم.",
    "وحذر الرئيس الأمريكي اليوم الرئيس السوري من شن هجوم عسكري بدعم من روسيا وإيران على محافظة إدلب.",
    # every weapon of the habit's clause
    "ويقصف النظام بانتظام مناطق المعارضة في مدينة حلب وريفها من طائرات حربية أو بالبراميل المتفجرة اليوم.",
    # now and then, before the act
    "وعادة ما تنفذ تركيا ضربات جوية ضد مواقع حزب العمال الكردستاني في قضاء سنجار اليوم.",
    "ويتبنى التنظيم في بعض الأحيان عمليات اغتيال وتفجيرات في مدينة إدلب اليوم.",
    "وتتعرض مدينة إدلب اليوم من حين لآخر لقصف من قبل الطيران الروسي.",
    "ونادرا ما يشتبك الجيش السوري مع قوات سوريا الديمقراطية في محافظة دير الزور اليوم.",  # seldom
    # a deadline given for an act
    "وأعطى الجيش السوري اليوم المسلحين في بلدة حرستا مهلة للانسحاب منها.",
    # a decision to strike
    "وبدأت واشنطن خطوات باتجاه اتخاذ قرار بتوجيه ضربة عسكرية لمطار المزة العسكري في دمشق اليوم.",
    # what one focuses on, an aim
    "وظل الجيش السوري على مبعدة من مناطقها مركزا على استعادة أراض من التنظيم في محافظة دير الزور اليوم.",
    # acts only rumoured
    "وعاد الهدوء إلى مدينة الرقة اليوم، وسط أنباء عن إعدامات ميدانية ينفذها مسلحو التنظيم في أحيائها.",
    # a campaign a place suffers, with its preposition
    ("وتنتظر الأمم المتحدة السماح لها بإدخال مساعدات إلى ريف إدلب الجنوبي الذي تحاصره قوات النظام، ويتعرض منذ "
     "نحو أسبوع لحملة قصف أسفرت وفق المرصد عن مقتل 120 مدنيا بينهم 30 طفلا."),
    # a plan told in the past or as a noun
    "وقالت الوزارة اليوم إن \"الخلية الإرهابية\" خططت لتنفيذ تفجيرات في مدينة طنجة.",
    "وقال رئيس الأركان إن المسلحين في الغوطة الشرقية يخططون لتمثيل هجمة كيماوية في مدينة دوما اليوم.",
    "وخططت تلك الخلايا لمحاولة تفجير 7 مساجد في مدينة الرياض خلال صلاة يوم الجمعة.",
    # "قد" before the present: "may"
    "ويدور الحديث عن هجوم على إدلب، وقد تستخدم فيه الأسلحة الكيماوية في مدينة إدلب اليوم.",
    # what will not be, or is ruled out
    "وقال مصدر عسكري إن قوات النظام لن تشن الجمعة هجوما واسعا على بلدة اللطامنة.",
    "وتستبعد المعارضة شن النظام الجمعة هجوما واسعا على بلدة اللطامنة.",
    "وقال مصدر عسكري إنه من غير الوارد شن قوات النظام الجمعة هجوما واسعا على بلدة اللطامنة.",
    # arms made, held, moved or supplied: described, not used
    "وقال المرصد إن خبراء يعملون في مركز بمدينة مصياف اليوم على تطوير صواريخ أرض أرض تستخدم من قبل حزب الله.",
    "واتهم التقرير إيران اليوم بإمداد جماعة الحوثي بصواريخ باليستية في مدينة صعدة.",
    "وتشير تقديرات إلى أن روسيا لديها اليوم عشرات الطائرات الحربية في قاعدة حميميم.",  # aircraft held
    "وقالت الوزارة إن الموقوفين سعوا اليوم لشراء مواد لتصنيع عبوات ناسفة في مدينة طنجة.",
    # a demand, its subject between the verb and the act; a punishment called for
    "ودعا المعتصمون في مدينة اللاذقية اليوم إلى إعدام الجاني.",
    "وأكد المعتصمون في مدينة اللاذقية اليوم أنهم لن يرضوا إلا بإعدام الجاني.",
    "واعتصم المئات في مدينة اللاذقية اليوم للدعوة لإنزال العقاب بالجاني.",
    # the struggle someone is supported in
    "ويدعم التحالف قوات سوريا الديمقراطية اليوم في مواجهة مسلحي تنظيم الدولة شمال شرقي البوكمال.",
    "وتتلقى الوحدات الكردية اليوم دعما أمريكيا في مواجهة تنظيم الدولة في مدينة الحسكة.",
    # a trade, what someone does as a rule
    "وكانت القوات الأمنية تلاحق اليوم عصابة مختصة بخطف الأطفال في مدينة البصرة.",
    "وتنشط في مدينة البصرة اليوم شبكة متخصصة في اغتيال الناشطين.",
    # an act judged, a sentence's or a charge's object (Al Arabiya)
    "حكم على طالب لجوء عراقي الجمعة بالسجن 34 عاما على الأقل لتفجير محطة مترو الأنفاق في لندن.",
    "وقال القاضي الأربعاء إن المتهمين اعترفوا بالمشاركة في إعدام مدنيين في منطقة حمام العليل جنوب الموصل.",
    # what one is able to do
    "قالت وزارة الدفاع الأميركية اليوم إن النظام ما يزال قادرا على شن هجمات كيميائية في مدينة دوما.",
    # ... or what a weapon is made or equipped for
    "وهذا النظام الذي نشرته روسيا في طرطوس اليوم مصمم لإسقاط الطائرات الحربية والصواريخ.",
    "نشرت روسيا اليوم في قاعدة طرطوس نظاما محمولا مضادا للطائرات ومزودا بنوعين من الصواريخ.",
    "نشرت روسيا اليوم في قاعدة طرطوس نظاما محمولا مضادا للصواريخ.",
    # ... nor the battery a strike destroyed
    "الجيش الإسرائيلي يؤكد اليوم أنه دمر بطارية صواريخ شرق دمشق.",
    # a ceasefire told with its kind between
    "وكانت روسيا قد أخبرت الأمم المتحدة اليوم أن وقفا أحادي الجانب لإطلاق النار سيبدأ في مدينة دوما.",
    "ودعا المبعوث الأممي اليوم إلى وقف فوري لإطلاق النار في مدينة دوما.",
    # an act prepared for, or one someone is to be drawn into
    "وقال لافروف اليوم إن قوات المعارضة تعد لهجوم كيماوي في مدينة إدلب.",
    "وقال المرصد إن قوات النظام تحضر لعملية عسكرية في مدينة إدلب اليوم.",
    "وقال لافروف اليوم إن المعارضة تسعى إلى جر الولايات المتحدة إلى ضربات انتقامية في مدينة إدلب.",
    # what a state will go on to do (skynews)
    "أكد أردوغان الاثنين أن قواته ستكمل عملياتها لطرد المسلحين الأكراد من مدينة منبج.",
    "وستستمر عمليات الانسحاب من بلدة حرستا الأحد وفقا للاتفاق.",
    # a gloss on a word: the acts it names explain it (BBC)
    ("وتقول القوات التركية إنها تمكنت من تحييد أكثر من 3 آلاف إرهابي في عفرين، في إشارة إلى الذين قتلوا أو "
     "استسلموا أو أسروا."),
])
def test_threats_plans_and_meetings_are_not_incidents(text):
    assert _run(text) == []


def test_a_word_of_the_future_before_an_answer_leaves_the_act_answered_past():
    """"الصواريخ التي ستضرب النظام ردا على الهجوم الكيماوي": the strikes are to come, the attack they
    answer happened."""
    (inc,) = _run("تعهدت روسيا بإسقاط الصواريخ التي ستضرب النظام ردا على الهجوم الكيماوي في مدينة دوما السبت "
                  "الماضي.", dt.date(2018, 4, 11))
    assert (inc.sub_event_type, inc.event_date) == ("Chemical weapon", dt.date(2018, 4, 7))


@pytest.mark.parametrize("text, kind", [
    # an act right after a negation is the act not done ("دون أن", "دون", "لم", "لن")
    ("حلقت طائرات التحالف فوق بلدة هجين اليوم دون أن تقصف مواقع التنظيم.", "Air/drone strike"),
    ("تقدمت قوات النظام نحو بلدة كفرنبل اليوم من دون أن تشتبك مع الفصائل.", "Armed clash"),
    ("وقال المرصد إن طائرات النظام لم تقصف اليوم مدينة خان شيخون.", "Air/drone strike"),
    ("وصلت دورية روسية إلى بلدة تل رفعت اليوم ولم تشتبك مع أحد.", "Armed clash"),
    ("دخلت قوات النظام اليوم بلدة نوى دون اشتباكات بعد اتفاق مع الفصائل.", "Armed clash"),
    ("وقال قيادي إن الفصائل لن تهاجم مدينة حماة اليوم.", "Armed clash"),
    # "عدم" (the absence of), and a noun of happening between the negation and the act
    ("وأشار أحد سكان مدينة عفرين اليوم إلى عدم وقوع اشتباكات في المدينة.", "Armed clash"),
    ("دخلت قوات النظام اليوم بلدة نوى دون حدوث اشتباكات بعد اتفاق مع الفصائل.", "Armed clash"),
    # ... or "أي" (any) after a negation a few words before it: none
    ("وذكر المصدر أنه لم تتم إصابة أي صاروخ روسي في المناطق حول قاعدة طرطوس اليوم.",
     "Shelling/artillery/missile attack"),
    ("وأكد مدير المرصد أنه لم تسقط أي صواريخ على مطار الشعيرات العسكري اليوم.", "Shelling/artillery/missile attack"),
    # ... or a denial farther before it, across commas
    ("ونفت الولايات المتحدة وإسرائيل، كلتاهما، شن أي غارات على مطار الشعيرات اليوم.", "Air/drone strike"),
])
def test_an_act_negated_right_before_it_is_no_act(text, kind):
    assert kind not in [i.sub_event_type for i in _run(text)]


def test_a_not_factual_word_is_not_read_inside_a_longer_word_at_a_window_edge():
    """The window before a cue that a not-factual phrase is looked for in starts at a word's start:
    "غير القادرين على الهروب ... بعد الغارات" (unable to flee the raids) holds no "قادرين على" (able to)."""
    incs = _run("وقال المرصد إن المدنيين المحاصرين في أقبية وغير القادرين على الهروب للعثور على الهواء بعد الغارات "
                "على مدينة دوما اليوم توفوا اختناقا.")
    assert [i.sub_event_type for i in incs] == ["Air/drone strike"]


def test_an_act_that_left_no_casualties_is_still_an_act():
    """"دون أن يسفر عن إصابات": the act happened, without casualties (the verb after the negation is
    no act)."""
    incs = _run("سقطت قذائف هاون على بلدة كفرنبل اليوم دون أن يسفر القصف عن إصابات.")
    assert [i.sub_event_type for i in incs] == ["Shelling/artillery/missile attack"]


def test_an_act_told_amid_reports_or_in_none_is_hearsay():
    """"وسط تقارير عن إعدامات": the setting of the news, told as what others report; "لم ترد أي
    تقارير عن اشتباكات": what nobody reported. The act the sentence tells stands."""
    incs = _run("نزح معظم سكان بلدة جنديرس اليوم بعد قصف مدفعي تركي، وسط تقارير عن إعدامات ميدانية "
                "وعمليات نهب في البلدة.")
    assert [i.sub_event_type for i in incs] == ["Shelling/artillery/missile attack"]
    assert _run("واعتصم المئات في مدينة طرطوس اليوم، ولم ترد أي تقارير عن وقوع اشتباكات مع الشرطة.") == []



def test_an_act_only_rumoured_is_hearsay():
    """"ما يتردد عن هجوم": what a speaker calls a rumour, no act the report tells; the same act told
    as done stands."""
    for text in ("وقال الوزير أمس إن ما يتردد عن قصف بغاز الكلور في بلدة سراقب مجرد أكاذيب.",
                 "ونفى المتحدث ما يشاع عن غارات جوية على مدينة أريحا اليوم.",
                 "وسخر المسؤول من ما قيل عن هجوم صاروخي على مطار حماة العسكري اليوم."):
        assert _run(text) == [], text
    (inc,) = _run("وقال ناشطون إن قصفا بغاز الكلور استهدف بلدة سراقب أمس.")
    assert inc.sub_event_type == "Chemical weapon"

def test_ground_only_tried_for_is_not_taken():
    """"محاولات لاستعادة السيطرة": an attempt at ground, no takeover (an attempt at other acts, a
    storming, is an act)."""
    assert _run("وأرسلت قسد تعزيزات إلى مدينة الشحيل اليوم في محاولة لاستعادة السيطرة على المدينة.") == []
    (inc,) = _run("وسيطرت قوات النظام اليوم على بلدة مسرابا في الغوطة الشرقية.")
    assert inc.sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text", [
    "وتتقدم أرتال تنظيم داعش اليوم عبر البادية في طريقها للسيطرة على مدينة تدمر.",
    "وأرسلت قسد اليوم رتلا إلى ريف الرقة الشمالي لاستعادة بلدة عين عيسى.",
])
def test_ground_aimed_at_after_the_purpose_lam_is_not_taken(text):
    """"للسيطرة على", "لاستعادة": the ground an act is for, not ground taken."""
    assert [i.sub_event_type for i in _run(text)
            if i.sub_event_type in ("Government regains territory", "Non-state actor overtakes territory")] == []


@pytest.mark.parametrize("text", [
    "ودفع النظام السوري اليوم بقوات موالية له إلى عفرين لمواجهة ما وصفه بالعدوان التركي.",
    "وأرسل التحالف اليوم تعزيزات إلى مدينة هجين لقتال التنظيم.",
])
def test_a_fight_aimed_at_after_the_purpose_lam_is_no_fight(text):
    """"لمواجهة", "لقتال": what forces are sent for, no clash told."""
    assert [i.sub_event_type for i in _run(text) if i.sub_event_type == "Armed clash"] == []


@pytest.mark.parametrize("text, kind", [
    ("وعادت بلدة عين عيسى اليوم لسيطرة قوات النظام.", "Government regains territory"),
    ("وهاجمت قوات النظام اليوم بلدة عين عيسى مما أدى لاستعادة السيطرة عليها.", "Government regains territory"),
])
def test_control_a_place_comes_under_or_a_result_after_lam_is_taken(text, kind):
    """"لسيطرة النظام": the control a place returns to; "أدى لاستعادة": what an act led to."""
    assert kind in [i.sub_event_type for i in _run(text)]


@pytest.mark.parametrize("text", [
    "وكثفت القوات الحكومية هجماتها الأحد لاستعادة آخر معاقل المعارضة في الغوطة الشرقية.",
    "وأعلنت وزارة الدفاع الاثنين انطلاق العمليات العسكرية لتحرير مدينة الرمادي من سيطرة تنظيم داعش.",
    "وأعلنت الوزارة الاثنين انطلاق العمليات العسكرية لتحرير الأنبار من سيطرة تنظيم داعش بعد إرسال تعزيزات.",
    "وأطلقت الفصائل اليوم معركة للسيطرة على سهل الغاب.",
])
def test_ground_an_offensive_is_for_is_not_taken(text):
    """The lām of purpose on a noun of taking ground ("لاستعادة", "للسيطرة", "لتحرير"): the aim."""
    assert all(not inc.sub_event_type.endswith("territory") for inc in _run(text))


@pytest.mark.parametrize("text, taken", [
    # "استرجع" as "استعاد": ground taken back, by whoever took it back
    (('استرجع تنظيم "الدولة الإسلامية" المتطرف اليوم السيطرة على بعض المناطق في البوكمال، هي الأعنف '
      'منذ سيطرة قوات النظام عليها في تشرين الثاني.'), ("Non-state actor overtakes territory", "isis")),
    ("واسترجعت القوات العراقية اليوم السيطرة على قضاء هيت غرب الرمادي.", ("Government regains territory", "iraq")),
])
def test_ground_taken_back(text, taken):
    (inc,) = _run(text)
    assert (inc.sub_event_type, inc.actor1.id) == taken


def test_ground_taken_beside_ground_aimed_at_is_taken():
    """An aim and ground taken in one sentence: the ground taken is the act."""
    incs = _run("وشنت الفصائل اليوم هجوما للسيطرة على بلدة مورك، وتمكنت من السيطرة على قرية المصاصنة.")
    assert [(i.sub_event_type, i.location.name_ar) for i in incs] == [("Non-state actor overtakes territory", "المصاصنة")]


@pytest.mark.parametrize(("text", "taken"), [
    ("تمكنت القوات العراقية، الأحد، من تحرير مدينة الرمادي من قبضة تنظيم داعش.", [("Government regains territory", "iraq")]),
    ("وتمكنت هذه القوات الاثنين من السيطرة على بلدة الشجرة التي كانت تحت سيطرة تنظيم داعش.",
     [("Non-state actor overtakes territory", None)]),
    # (a campaign's name is no ground taken)
    ("وتتواصل عملية تحرير مدينة الرمادي من قبضة تنظيم داعش.", []),
])
def test_ground_a_side_was_able_to_take_is_taken(text, taken):
    """A takeover named by its noun after a verb of being able and "من": ground taken, as surely as by
    the verb."""
    assert [(i.sub_event_type, i.actor1 and i.actor1.id) for i in _run(text)] == taken


@pytest.mark.parametrize("text", [
    "وفي 14 أبريل، استعاد النظام السوري السيطرة على الغوطة الشرقية، إثر هجوم عنيف أدى إلى مقتل 1700 مدني.",
    "وسيطرت قوات النظام اليوم على بلدة مسرابا بعد قصف أودى بحياة 12 مدنيا بينهم أطفال.",
])
def test_ground_is_not_taken_from_the_civilians_the_offensive_killed(text):
    """A takeover's target is the armed side that held the ground, never the civilians its toll names."""
    (inc,) = _run(text)
    assert inc.sub_event_type == "Government regains territory"
    assert (inc.actor1.id, inc.actor2) == ("regime", None)


_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text, place", [
    # the report's first sentence
    ("استعادت قوات النظام السوري بلدة مسرابا في الغوطة الشرقية قرب دمشق، بعد معارك مع الفصائل.", "مسرابا"),
    # what a source says, after its day
    ("تواصل القصف على الغوطة.\nوقال مدير المرصد، اليوم، إن قوات النظام سيطرت على بلدة مسرابا.", "مسرابا"),
    # ... or with none
    ("تواصل القصف على الغوطة.\nوأفاد المرصد عن سيطرة قوات النظام على بلدة مديرا.", "مديرا"),
    # ... after a word opening the sentence
    ("تواصل القصف على الغوطة.\nوبالمقابل ذكرت وسائل إعلام رسمية أن قوات النظام سيطرت على بلدة مسرابا.", "مسرابا"),
    # ... or in its own words
    ('تواصل القصف على الغوطة.\nوقال مدير المرصد: "اقتحمت قوات النظام بلدة مديرا وتمكنت من السيطرة عليها".', "مديرا"),
])
def test_ground_taken_told_as_the_news_needs_no_day_of_its_own(text, place):
    """Ground taken is mostly told in passing, and needs its own day; in the main clause of the
    report's lead or of a source's statement it is the news of the day."""
    assert [(i.sub_event_type, i.location.name_ar, i.event_date) for i in _run(text) if i.sub_event_type in _TAKEN] \
        == [("Government regains territory", place, PUB)]


@pytest.mark.parametrize("text", [
    # told by the writer, past the lead
    "تواصل القصف على الغوطة.\nوسيطرت قوات النظام على بلدة مسرابا في الغوطة الشرقية.",
    # a clause of its own in what was said
    "تواصل القصف على الغوطة.\nوقال المرصد إن القوات باتت على مشارف دوما، بعد سيطرتها على بلدة مسرابا.",
    "تواصل القصف على الغوطة.\nوذكر المرصد أن الفصائل انسحبت من مواقع في بلدة مسرابا التي سيطرت عليها قوات النظام.",
    # over a period
    "وقال المرصد إن قوات النظام سيطرت على بلدة مسرابا منذ بدء الهجوم.",
])
def test_ground_taken_told_in_passing_needs_a_day_of_its_own(text):
    assert [i for i in _run(text) if i.sub_event_type in _TAKEN] == []


def test_who_voices_concern_is_no_party_to_the_act():
    """"أعربت X عن قلقها": X speaks of the act, it neither did it nor suffered it."""
    (inc,) = _run("أعربت الولايات المتحدة عن قلقها، بعد سيطرة القوات التركية على مدينة عفرين الأحد.")
    assert (inc.actor1.id, inc.actor2) == ("turkey", None)


@pytest.mark.parametrize("condemned", ["أدانت", "دانت", "قد دانت", "قد استنكرت"])
def test_who_condemns_the_act_before_naming_it_is_no_party_to_it(condemned):
    """"وكانت تركيا قد دانت الهجوم": the subject of a verb of condemning, "قد" maybe between, neither
    did the act nor suffered it."""
    (inc,) = _run(f"وكانت تركيا {condemned} الهجوم الذي استهدف بلدة دوما بريف دمشق، وأسفر عن مقتل 40 شخصا.")
    assert (inc.actor1, inc.actor2) == (None, None)
    # ... while who announced the act after "قد" may have done it
    (inc,) = _run("وكان تنظيم داعش قد أعلن اختطاف 36 شخصا خلال هجوم شنه على السويداء أمس.")
    assert inc.actor1.id == "isis"


def test_a_shooting_at_armed_men_is_a_fight_not_an_attack_on_civilians():
    (inc,) = _run("أطلقت قوات الأمن العراقية النار على مسلحين في مدينة الرمادي اليوم فقتلت 3 منهم.")
    assert (inc.sub_event_type, "civilians_killed" in inc.casualties) == ("Armed clash", False)
    (inc,) = _run("أطلق مسلحون النار على مدنيين في مدينة الرمادي اليوم فقتلوا 3 منهم.")
    assert inc.sub_event_type == "Attack"


def test_an_arrest_on_a_charge_of_killing_is_an_arrest_not_a_killing():
    incs = _run("واعتقلت قوات سوريا الديمقراطية اليوم 4 من عناصرها بتهمة اغتيال قيادي في قرية الصالحية بريف الرقة.")
    assert [i.sub_event_type for i in incs] == ["Arrests"]


@pytest.mark.parametrize("text", [
    "تصدت القوات الأمنية اليوم لمتظاهرين حاولوا اقتحام حقل الزبير النفطي جنوب غرب البصرة.",
    "اندلعت اليوم اشتباكات بين المتظاهرين والقوات الأمنية قرب مبنى المحافظة في البصرة.",
    "اندلعت اليوم مواجهات بين قوات الأمن ومتظاهرين غاضبين في مدينة السماوة.",  # the protesters named second
])
def test_fighting_with_protesters_is_their_riot_not_a_clash_of_armed_groups(text):
    assert [i.sub_event_type for i in _run(text)] == ["Violent demonstration"]
    # fighting of armed sides stays a clash
    (inc,) = _run("اندلعت اليوم اشتباكات بين قوات النظام والفصائل في بلدة كفرنبل.")
    assert inc.sub_event_type == "Armed clash"


@pytest.mark.parametrize("charge", ["بتهمة قتل", "للاشتباه بقتل", "مشتبها به في مقتل", "المتهم بقتل"])
def test_the_dead_of_a_charge_are_not_the_arrest_s_toll(charge):
    (inc,) = _run(f"اعتقلت قوات الأمن الكردية اليوم في قضاء زاخو شابا {charge} فتاة ألمانية.")
    assert inc.sub_event_type == "Arrests" and "killed" not in inc.casualties
    # the dead of the raid that made the arrest are its own
    (inc,) = _run("قتل مسلح واعتقل 3 آخرون اليوم في مداهمة نفذتها قوات الأمن في قضاء زاخو.")
    assert inc.casualties["killed"].best == 1


def test_who_suspects_another_of_the_act_is_no_party_to_it():
    """"وتشتبه واشنطن في أن القوات السورية استخدمت": Washington suspects, it was not gassed."""
    (inc,) = _run("وتشتبه واشنطن في أن القوات السورية استخدمت غاز الكلور والسارين في هجوم كيميائي على مدينة دوما "
                  "قرب دمشق في 7 أبريل الحالي.")
    assert inc.actor1.id == "regime"
    assert inc.actor2 is None or inc.actor2.id != "us"


@pytest.mark.parametrize("text, patron", [
    (('نشرت صحيفة "الوطن" القريبة من النظام السوري خبر مقتل مدير مركز البحوث العلمية إثر تفجير استهدف سيارته '
     'في مصياف.'), "regime"),
    (("وذكرت وسائل إعلام موالية للنظام السوري أن الصواريخ التي استهدفت الموقع العسكري بحمص أدت إلى إصابة 3 "
     "أشخاص."), "regime"),
    (("وأفادت وسائل الإعلام الموالية للحكومة التركية أن قنبلة خلفها مقاتلون أكراد انفجرت في عفرين وأدت لمقتل "
     "11 شخصا."), "turkey"),
])
def test_an_outlet_s_patron_is_no_party_to_the_act_it_reports(text, patron):
    """"صحيفة الوطن القريبة من النظام": whom an outlet is close or loyal to neither did nor suffered the act."""
    (inc,) = _run(text)
    assert patron not in (inc.actor1 and inc.actor1.id, inc.actor2 and inc.actor2.id)


def test_forces_loyal_to_a_side_are_still_its_own():
    """"المدفعية الموالية للنظام": no outlet before the word of loyalty, the side is the doer."""
    (inc,) = _run("قصفت المدفعية الموالية للنظام السوري بلدة كفرنبودة في ريف حماة.")
    assert inc.actor1.id == "regime"


def test_who_opens_an_inquiry_into_the_act_did_not_do_it():
    """"مشيرا إلى أن قوات الأمن فتحت تحقيقا في الواقعة": the investigators are no party to the blast."""
    (inc,) = _run("قال مصدر بالشرطة العراقية إن سيارة ملغومة انفجرت وسط حي في مدينة الصدر ببغداد، موقعة 18 قتيلا، "
                  "مشيرا إلى أن قوات الأمن فتحت تحقيقا في الواقعة.")
    assert inc.actor1 is None


def test_who_held_the_place_before_is_no_party_to_the_fight_there():
    """"المعارك التي تجري في محافظة دير الزور والتي سبق أن سيطر عليها تنظيم الدولة": a past deed."""
    incs = _run("وأفاد المرصد أن المعارك التي تجري في محافظة دير الزور والتي سبق أن سيطر عليها تنظيم الدولة "
                "الاسلامية أسفرت عن تسعة قتلى في صفوف القوات الموالية للنظام وستة قتلى في صفوف قوات سوريا "
                "الديموقراطية.")
    assert incs and all(i.actor1 is None or i.actor1.id != "isis" for i in incs)


def test_a_pretext_is_no_act():
    """"بدعوى زرعهم عبوة ناسفة": the arrest is told, the bomb only alleged."""
    incs = _run("واعتقلت الميليشيات ثلاثة شبان في بلدة الحديد اليوم بدعوى زرعهم عبوة ناسفة.")
    assert [i.sub_event_type for i in incs] == ["Arrests"]


def test_an_act_told_as_fabricated_is_not_the_accused_s():
    """"تتهم جيش الإسلام ببث فبركات تتعلق بهجوم كيماوي": the accused made up the news, not the attack."""
    for text in ("وتتهم الحكومة جيش الإسلام بالمسؤولية عن بث فبركات تتعلق بهجوم كيماوي في مدينة دوما اليوم.",
                 "وتتهم الحكومة جيش الإسلام بتلفيق هجوم كيماوي في مدينة دوما اليوم."):
        incs = _run(text)
        assert not [i for i in incs if i.actor1 is not None and i.actor1.id == "opposition"], text


def test_fighting_that_goes_on_in_a_named_town_is_an_incident():
    (inc,) = _run("تتواصل الاشتباكات في محيط مدينة طفس غرب درعا بين قوات النظام وفصائل المعارضة.")
    assert (inc.location.name_ar, inc.sub_event_type) == ("طفس", "Armed clash")


@pytest.mark.parametrize("text, places", [
    # a bare shelling that goes on at named places today, its perpetrator the bombardment's told before
    (("يقول ناشطون إن النظام يقصف المنطقة منذ أسابيع.\n"
      "وفي الأثناء، تواصل القصف على قرية البارة وبلدة كفرنبل رغم الهدنة المعلنة."), ["البارة", "كفرنبل"]),
    # (the truce told before it is folded into the shelling)
    (("يقول ناشطون إن النظام يقصف المنطقة منذ أسابيع.\n"
      "ورغم الهدنة المعلنة، تواصل القصف على قرية البارة وبلدة كفرنبل."), ["البارة", "كفرنبل"]),
    # the noun after a preposition: what another act went along with, no act told
    ("يقول ناشطون إن النظام يقصف المنطقة منذ أسابيع.\nومع تواصل القصف على بلدة كفرنبل، نزح الأهالي.", []),
    # going on across a province names no place of one act
    ("يقول ناشطون إن النظام يقصف المنطقة منذ أسابيع.\nوقد استمر القصف على محافظة إدلب.", []),
])
def test_a_bombardment_going_on_in_a_named_town_is_that_day_s_act(text, places):
    incs = _run(text)
    assert [i.location.name_ar for i in incs] == places
    assert all((i.event_date, i.actor1.id) == (PUB, "regime") for i in incs)


def test_these_shells_are_the_shells_told_of_before_and_the_storming_the_day_before_another_act():
    text = ("سقطت أربع قذائف، السبت، في باحة مطار البصرة الدولي.\n"
            "ولم يعرف مصدر هذه القذائف التي تأتي في وقت تشهد فيه البصرة حركة احتجاج.\n"
            "وجاءت هذه القذائف، غداة إقدام مئات المتظاهرين على اقتحام القنصلية الإيرانية في البصرة، وإضرام النار فيها.")
    incs = _run(text, published=dt.date(2018, 9, 8))
    assert [(i.sub_event_type, i.event_date, i.location.name_ar, i.actor1 and i.actor1.id) for i in incs] == [
        ("Shelling/artillery/missile attack", dt.date(2018, 9, 8), "مطار البصرة الدولي", None),
        ("Violent demonstration", dt.date(2018, 9, 7), "البصرة", "protesters"),
    ]


def test_such_an_attack_is_not_the_attack_told_of():
    text = ("انفجرت عبوة ناسفة في مدينة الباب اليوم.\nوسبقت هذا الانفجار سلسلة انفجارات أخرى.\n"
            "وقال مسؤول إن مثل هذا الهجوم قد يتكرر في مدينة منبج.")
    assert [i.location.name_ar for i in _run(text)] == ["الباب"]


def test_an_act_dated_by_an_announcement_happened_that_day_or_the_week_before():
    text = ("أعلنت وزارة الدفاع الروسية، الأحد، مقتل أربعة جنود روس بنيران مسلحين في سوريا.\n"
            "وأوضحت الوزارة أن عدة مجموعات مسلحة هاجمت موقعا للقوات السورية في دير الزور.")
    (inc,) = _run(text, published=dt.date(2018, 5, 27))
    assert inc.event_date == dt.date(2018, 5, 27)
    assert inc.date_range == (dt.date(2018, 5, 20), dt.date(2018, 5, 27))


def test_a_unit_named_for_its_guns_is_no_shelling():
    incs = _run("قتل اثنان من المستشارين الذين يديرون وحدة المدفعية السورية في دير الزور اليوم.")
    assert all(i.sub_event_type != "Shelling/artillery/missile attack" for i in incs)


def test_a_figure_in_brackets_with_another_year_is_another_event_s():
    text = ("أسفر هجوم على متجر في بلدة تريب اليوم عن مقتل رهينتين، ونفذه أحد أنصار منفذي هجمات باريس "
            "(2015، التي راح ضحيتها 130 شخصاً).")
    (inc,) = _run(text)
    assert inc.casualties["killed"].best == 2


def test_the_next_paragraph_goes_on_with_the_toll_of_the_act():
    text = ("أفاد مصدر عسكري بأن العدو الإسرائيلي شن صباح اليوم عدواناً جوياً بعدد من الصواريخ مستهدفاً "
            "أحد المباني السكنية في حي كفرسوسة بدمشق.\n"
            "وأضاف المصدر: إن العدوان أسفر عن استشهاد مدنيين اثنين وإصابة آخر بجروح.")
    (inc,) = _run(text)
    assert (inc.sub_event_type, inc.actor1.id) == ("Air/drone strike", "israel")
    assert (inc.casualties["killed"].best, inc.casualties["injured"].best) == (2, 1)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_roll_of_the_dead_after_the_act_is_its_toll(gap):
    # a roll past the lead's paragraphs is read too: the names of the act's dead, a line each
    text = ("نعي\n#درعا\nقصفت طائرات الاحتلال الإسرائيلي قرية كويا بريف درعا الغربي اليوم." + gap
            + "\n".join(f"الشهيد البطل {name}" for name in (
                "علي محمد الحنيص", "أيهم هايل الحمدان", "أمين سالم سليمان", "جودت حسين السليمان", "لؤي رضا العقلة"))
            + "\n#كويا")
    (inc,) = _run(text)
    assert (inc.actor1.id, inc.casualties["killed"].best) == ("israel", 5)
    # ... but not one far from any act
    text = ("قصفت طائرات الاحتلال الإسرائيلي قرية كويا بريف درعا الغربي اليوم.\nوزار الوفد المدينة.\n"
            "وقال الوفد إن المدينة هادئة.\nوتحدث عن الخدمات.\nالشهيد البطل علي محمد الحنيص\n"
            "الشهيد البطل أيهم هايل الحمدان")
    (inc,) = _run(text)
    assert "killed" not in inc.casualties


def test_the_start_of_a_period_dates_no_act_after_it():
    text = "توقفت الغارات على مناطق الفصائل منذ مطلع الأسبوع، بينما تتواصل الاشتباكات في محيط مدينة طفس."
    (inc,) = _run(text, published=dt.date(2018, 3, 21))
    assert inc.event_date == dt.date(2018, 3, 21)


@pytest.mark.parametrize("text, kind", [
    # protesters storm buildings; they fire no shells
    ("اقتحم متظاهرون غاضبون مبنى المحافظة في البصرة اليوم.\nوسقطت أربع قذائف على مطار البصرة الدولي اليوم.",
     "Shelling/artillery/missile attack"),
    # a mine left behind is not the bombardier's of the paragraph before
    ("قصفت قوات النظام بلدة طفس اليوم.\nوقتل 11 مدنيا جراء انفجار ألغام في بلدة المسيفرة اليوم.",
     "Remote explosive/landmine/IED"),
])
def test_who_may_be_borrowed_as_perpetrator(text, kind):
    inc = next(i for i in _run(text) if i.sub_event_type == kind)
    assert inc.actor1 is None


def test_an_act_of_a_state_with_no_actor_here_borrows_none():
    """British aircraft struck near Homs: not the regime the report named for its strikes on Douma;
    a member's strike in a report on the coalition's war is still the coalition's."""
    text = ("قصفت طائرات النظام الحربية بلدة دوما اليوم وقتلت 4 مدنيين.\n"
            "وقال وزير الدفاع البريطاني إن الهجمات، التي تنفذها أربع طائرات بريطانية من طراز تورنادو، "
            "استهدفت اليوم موقعا عسكريا بالقرب من مدينة حمص.")
    homs = next(i for i in _run(text) if i.location.name_ar == "حمص")
    assert homs.sub_event_type == "Air/drone strike" and homs.actor1 is None
    text = ("شن طيران التحالف الدولي غارات على مواقع تنظيم داعش في مدينة الرقة اليوم.\n"
            "وقصفت طائرات بريطانية اليوم مخزنا للأسلحة في مدينة الطبقة.")
    tabqa = next(i for i in _run(text) if i.location.name_ar == "الطبقة")
    assert tabqa.actor1.id == "coalition"


def test_the_report_s_perpetrator_is_borrowed_only_for_acts_of_its_kind():
    """Washington named for the strikes is not the perpetrator of the chemical attack the report
    also tells of (a shelling and an air strike count as one kind: reports tell one in the other's words)."""
    text = ("شنت واشنطن ضربات جوية على مطار الشعيرات في حمص اليوم.\n"
            "وكان هجوم بغاز الكلور قد استهدف بلدة دوما اليوم وأسفر عن مقتل 40 شخصا.")
    kinds = {i.sub_event_type: i.actor1 and i.actor1.id for i in _run(text)}
    assert kinds == {"Air/drone strike": "us", "Chemical weapon": None}


def test_the_report_s_perpetrator_is_not_lent_for_a_kind_of_act_it_suffers_and_another_does_more():
    """The army the report names most, which repelled one attack, was attacked at a checkpoint and
    fought once, is not lent to a fight whose sides go unnamed in a report that names the
    jihadists attacking twice."""
    text = ("ودارت اشتباكات عنيفة في بلدة إنخل اليوم أسفرت عن مقتل 7 أشخاص.\n"
            "وتمكنت قوات النظام من صد هجوم على بلدة الصنمين بريف درعا فجر اليوم.\n"
            "وهاجم تنظيم داعش حاجزا لقوات النظام في بلدة جاسم اليوم.\n"
            "وهاجم مقاتلو تنظيم داعش بلدة داعل اليوم.\n"
            "واشتبكت قوات النظام مع مسلحين في بلدة طفس اليوم.\n"
            "وسيطرت قوات النظام على بلدة نوى اليوم.\n"
            "واستعادت قوات النظام بلدة الشيخ مسكين اليوم.")
    (inc,) = [i for i in _run(text) if i.location is not None and i.location.name == "Ankhal"]
    assert inc.actor1 is None


def test_an_older_operation_keeps_its_own_date():
    text = ("استهدفت طائرات التحالف الدولي فجر اليوم مواقع لتنظيم داعش في بلدة هجين بريف دير الزور الشرقي.\n"
            "وكان التحالف قد نفذ في الـ 6 من شباط / فبراير الفائت عملية إنزال جوي في بلدة الشعفة، "
            "وأكدت المصادر أن العملية تمت بعد ظهر اليوم.")
    incs = {i.location.name_ar: i for i in _run(text)}
    assert incs["هجين"].event_date == PUB
    assert incs["الشعفة"].event_date == dt.date(2018, 2, 6)


def test_a_place_told_in_a_pluperfect_clause_is_no_place_to_inherit():
    """"اشتباكات في محافظة دير الزور، وكانت قسد قد سيطرت ... من معقلهم في الرقة": the clashes told on in
    the next paragraph are Deir ez-Zor's, not Raqqa's, though Raqqa is the more specific place."""
    text = ("اندلعت اشتباكات شرسة بين قوات النظام وقسد في محافظة دير الزور، وكانت قوات سوريا الديمقراطية قد سيطرت "
            "على المنطقة منذ العام الماضي ضمن حملة أخرجت مسلحي التنظيم من معقلهم في الرقة.\n"
            "وقال المرصد إن المعارك اندلعت الأحد بين الطرفين.")
    assert {i.location.name_ar for i in _run(text, published=dt.date(2018, 4, 29))} == {"دير الزور"}


def test_an_act_known_only_by_a_reaction_is_not_where_the_reaction_was_filed_from():
    """"عين اليوم – بغداد / ندد رئيس البرلمان العراقي بالتفجير الذي استهدف مسجدا في منطقة عسير": the
    bombing was in Saudi Arabia; the dateline tells where the condemnation was filed from."""
    text = ("عين اليوم – بغداد\nندد رئيس مجلس النواب العراقي سليم الجبوري بالتفجير الإرهابي الذي استهدف مسجد "
            "قوات الطوارئ في منطقة عسير أمس وأسفر عن سقوط عدد من الشهداء والجرحى.")
    assert _run(text, published=dt.date(2015, 8, 7)) == []
    # ... an act the report tells itself is the dateline's
    (inc,) = _run("عين اليوم – بغداد\nقتل ثلاثة مدنيين بتفجير عبوة ناسفة أمس.", published=dt.date(2015, 8, 7))
    assert inc.location.name_ar == "بغداد"


def test_an_act_told_as_the_background_of_another_takes_no_day_from_the_lead():
    """"على خلفية هجوم كيماوي مفترض في دوما": an act known already, not of the day the lead tells."""
    text = ("بدأت لندن خطوات عملية على خلفية هجوم كيماوي مفترض أسفر عن مقتل عشرات في مدينة دوما.\n"
            "وذكرت وسائل إعلام أن الفريق سيجتمع الخميس لبحث الوضع.")
    assert [i.event_date for i in _run(text, published=dt.date(2018, 4, 12))] in ([], [None])


def test_a_toll_told_before_a_further_statement_is_not_the_toll_of_its_act():
    """"أدت العمليات العسكرية إلى مقتل 30 شخصا، مشيرة إلى أن المعارضة واصلت قصف دمشق": the dead are of the
    operations told first, not of the shelling of the statement after them."""
    text = ("وأضافت المتحدثة أن العمليات العسكرية أدت إلى مقتل 30 شخصا على الأقل، مشيرة إلى أن المعارضة "
            "واصلت قصف دمشق اليوم.")
    assert all("killed" not in i.casualties for i in _run(text, published=dt.date(2018, 2, 26)))
    # ... a toll told after its act stays its own
    (inc,) = _run("قصفت قوات النظام بلدة كفرنبل اليوم، ما أدى إلى مقتل 5 مدنيين، مشيرا إلى أن الطائرات "
                  "استهدفت البلدة مجددا.", published=dt.date(2018, 2, 26))
    assert inc.casualties["killed"].best == 5


@pytest.mark.parametrize("opening, day", [
    # a week after the act told before it: its day, not the report's
    ("وبعد مرور أسبوع تماما على المأساة،", dt.date(2018, 4, 14)),
    ("وبعد يومين من الهجوم،", dt.date(2018, 4, 9)),
    # ... a week without "مرور" may be a week of something: no day derived
    ("وبعد أسبوع من الاتصالات،", None),
])
def test_an_act_told_some_days_after_an_earlier_one_is_dated_by_it(opening, day):
    text = ("قالت المنظمة إن خبراءها زاروا مدينة دوما لجمع عينات من موقع الهجوم الكيماوي الذي وقع في 7 أبريل/نيسان.\n"
            + opening + " شنت واشنطن وباريس ولندن ضربات عسكرية على منشآت تابعة للنظام السوري.")
    strikes = [i for i in _run(text, published=dt.date(2018, 4, 21)) if i.actor1 is not None and i.actor1.id == "us"]
    assert [i.event_date for i in strikes] == ([day] if day else []), [(i.event_date, i.location.name_ar) for i in strikes]


def test_a_raid_that_killed_is_a_clash():
    text = "نفذت قوات التحالف الدولي عملية إنزال جوي في قرية الكبر بريف دير الزور الغربي أمس، ما أسفر عن مقتل 5 من عناصر التنظيم."
    (inc,) = _run(text)
    assert inc.sub_event_type == "Armed clash"
    assert inc.casualties["killed"].best == 5


@pytest.mark.parametrize("text, kind", [
    # the ground seized named by its name alone, right after "على": a takeover
    ("وفي الغوطة الشرقية، استولت القوات الحكومية السورية على كفر بطنا اليوم.", "Government regains territory"),
    # goods seized: looting, wherever
    ("واستولى مسلحو التنظيم على أموال السكان في مدينة الميادين اليوم.", "Looting/property destruction"),
])
def test_a_verb_of_seizing_with_a_known_place_after_it_is_a_takeover(text, kind):
    (inc,) = _run(text)
    assert inc.sub_event_type == kind


def test_a_raid_and_the_exchange_of_fire_told_after_it_are_one_clash():
    """ANNOTATION: a raid with an exchange of fire is an armed clash, told in one sentence or two."""
    text = ("نفذت قوات الأمن عملية دهم في حي الشيخ مقصود بمدينة حلب فجر اليوم.\n"
            "وقتل عنصر من قوات الأمن وأصيب اثنان آخران في تبادل لإطلاق النار في مدينة حلب.")
    (inc,) = _run(text)
    assert inc.sub_event_type == "Armed clash"
    assert (inc.casualties["killed"].best, inc.casualties["injured"].best) == (1, 2)


@pytest.mark.parametrize("text, kind", [
    # a bare "attack" whose dead were all civilians, no armed side named as its target
    ("بدأ الهجوم صباح اليوم في بلدة الزبير، حيث سرق المسلح سيارة، وتسبب في مقتل راكب، وإصابة السائق.", "Attack"),
    # fighters among its dead: a fight
    ("شن مسلحون هجوما على قرية البوحمد في محافظة الأنبار اليوم، ما أسفر عن مقتل امرأتين وثلاثة من عناصر الشرطة.",
     "Armed clash"),
])
def test_a_bare_attack_that_killed_only_civilians_is_an_attack_on_civilians(text, kind):
    (inc,) = _run(text)
    assert inc.sub_event_type == kind


def test_an_act_that_came_next_is_told_apart():
    """"، عقبه قصف من قبل قوات النظام على بلدة عندان": the shelling that followed is another side's act,
    at its own place; the shells told first keep their own doer."""
    incs = _run("وسقطت عشرات القذائف الصاروخية التي أطلقتها الفصائل اليوم على بلدة نبل، عقبه قصف من قبل قوات "
                "النظام على بلدة عندان.")
    assert [(i.location.name_ar, i.actor1.id) for i in incs] == [("نبل", "opposition"), ("عندان", "regime")]


def test_a_government_s_fire_named_by_its_adjective_is_the_government_s_named_before():
    """"الغارات الحكومية" after "قوات النظام": the regime's air strikes."""
    (inc,) = _run("تواصل قوات النظام حصار الغوطة الشرقية منذ سنوات.\n"
                  "واستهدفت الغارات الحكومية بلدة سقبا اليوم، ما أدى إلى مقتل 4 مدنيين.")
    assert inc.actor1.id == "regime"


def test_a_report_of_one_act_gives_it_the_toll_told_lines_after():
    """A report of one act, its toll told in a line of its own after another ("ولم يتضح بعد عدد القتلى، بينما
    ذكرت تقارير إعلامية أن 5 قتلوا"): that act's toll."""
    text = ("قال الجيش العراقي إن متشددين فتحوا النار على عدد من المدنيين اليوم في بلدة الطارمية شمال بغداد.\n"
            "وذكر الجيش في بيان أن قوات الأمن تقوم بعمليات تفتيش في المنطقة.\n"
            "وذكرت تقارير إعلامية أن 5 أشخاص قتلوا.")
    (inc,) = _run(text)
    assert inc.casualties["killed"].best == 5


def test_a_habit_holds_within_its_clause_only():
    """"تتعرض المنطقة بشكل يومي للقصف، وقتل اليوم 5 مدنيين في غارة": past the comma, an act of its day."""
    (inc,) = _run("تتعرض المنطقة بشكل يومي للقصف، وقتل اليوم 5 مدنيين في غارة جوية على بلدة سرمين.")
    assert (inc.sub_event_type, inc.casualties["killed"].best) == ("Air/drone strike", 5)


def test_an_arrest_the_act_led_to_is_part_of_it():
    text = "جرى اشتباك مسلح بين عناصر الدورية والمطلوبين في بلدة الرويشد، الأمر الذي أدى إلى مقتل شاب، واعتقال اثنين آخرين."
    (inc,) = _run(text)
    assert inc.sub_event_type == "Armed clash"
    assert (inc.casualties["killed"].best, inc.casualties["captured"].best) == (1, 2)


def test_an_arrest_listed_last_in_the_act_s_toll_is_part_of_it():
    """"تصدت لهجمات ...، مشيرة إلى مقتل 20 عنصراً وإصابة آخرين، إضافة إلى اعتقال عنصر": the arrest is
    what the fight cost its attackers, and the toll is the fight's."""
    text = ("وأضافت قسد أن قواتها تصدت اليوم لهجمات شنتها فصائل الجيش الوطني على محيط سد تشرين، مشيرة إلى "
            "مقتل 20 عنصراً من الجيش الوطني وإصابة آخرين، إضافة إلى اعتقال عنصر.")
    (inc,) = _run(text)
    assert inc.sub_event_type == "Armed clash"
    assert (inc.casualties["killed"].best, inc.casualties["captured"].best) == (20, 1)


def test_an_arrest_after_the_sentence_turns_is_its_own_act():
    text = "قصفت الطائرات بلدة الرويشد ما أدى إلى مقتل 3، فيما اعتقلت قوات النظام 5 شبان في بلدة البصيرة."
    assert [i.sub_event_type for i in _run(text)] == ["Air/drone strike", "Arrests"]


@pytest.mark.parametrize("day, expected", [("الخامس", None), ("السادس", dt.date(2020, 3, 6))])
def test_a_weekday_told_without_a_publication_day_takes_no_other_day_of_another_weekday(day, expected):
    text = (f"قصفت قوات النظام بلدة البارة في {day} من آذار 2020.\n"
            "استشهد طفل، اليوم الجمعة، بقصف جوي روسي طال أطراف قرية كنصفرة بجبل الزاوية.")
    incs = {i.location.name_ar: i for i in _run(text, published=None)}
    assert incs["كنصفرة"].event_date == expected  # 5 March 2020 was a Thursday, the 6th a Friday


def test_the_party_with_aircraft_carries_out_an_airdrop():
    text = "نفذت قوات سوريا الديمقراطية بالتعاون مع التحالف الدولي عملية إنزال جوي في قرية الهورة غرب الرقة أمس."
    (inc,) = _run(text)
    assert inc.actor1.id == "coalition"


@pytest.mark.parametrize("text, sides", [
    # the dead of a force without aircraft, named with an air strike: its target, not who flew
    (("قال المرصد السوري لحقوق الإنسان إن قياديا تونسيا في تنظيم داعش وخمسة متشددين أجانب آخرين قتلوا في "
     "غارة جوية قرب مدينة الحسكة اليوم."), (None, "isis")),
    ("واستهدفت غارة أخرى اليوم رتلا من عجلات داعش بالقرب من قرية إمام رضا شرق الموصل.", (None, "isis")),
    ("واستهدف سلاح الجو اليوم قافلة لحزب الله في مدينة القنيطرة.", (None, "hezbollah")),  # a convoy
    # villages under a force's hold struck with barrel bombs: no barrel bomb of theirs
    ("تعرضت قرى درعا الواقعة تحت سيطرة مقاتلي المعارضة لقصف عنيف بالبراميل المتفجرة اليوم.", (None, "opposition")),
    # besiegers named beside the bombardment of the villages around the airport they besiege
    (("أفادت شبكة حلب نيوز اليوم بتعرض قرى ريف حلب الشرقي المحيطة بمطار كويرس العسكري المحاصر من قبل تنظيم "
     "«داعش» لقصف عنيف بالصواريخ الفراغية والبراميل المتفجرة."), (None, "isis")),
    # one that flies named in the sentence: its strike
    (("نفذت طائرات التحالف ضربات ضد التنظيم في ريف حلب الشرقي اليوم، كان آخرها الغارة الجوية التي استهدفت "
     "تنظيم جبهة النصرة في أعزاز."), ("coalition", "hts")),
    # a drone may be anyone's
    ("قصفت فصائل المعارضة بطائرات مسيرة اليوم بلدة جورين.", ("opposition", None)),
])
def test_a_force_without_aircraft_carries_out_no_air_strike(text, sides):
    incs = _run(text, published=dt.date(2015, 7, 21))
    inc = incs[-1]
    assert inc.sub_event_type == "Air/drone strike"
    assert (inc.actor1 and inc.actor1.id, inc.actor2 and inc.actor2.id) == sides


@pytest.mark.parametrize("text, sides", [
    # a vehicle hit is its owner's loss, and so is the owner's owner's
    ("انفجرت عبوة ناسفة بسيارة تابعة لقسد في ريف دير الزور اليوم.", (None, "sdf")),
    (("انفجر لغم أرضي بسيارة عسكرية تابعة للواء القدس التابع لقوات الأسد في بادية الرصافة بريف الرقة "
      "اليوم."), (None, "regime")),
    ("واستهدفت طائرة مسيرة تركية اليوم سيارة لقسد في ريف القامشلي.", ("turkey", "sdf")),
    # a vehicle that runs people over is the weapon: its owner did it
    ("قتل مدني اليوم إثر دهسه بعربة عسكرية تابعة لقوات التحالف في ريف الحسكة.", ("coalition", "civilians")),
    # ... and a rigged one is the bomb: its owner set it off
    ("انفجرت سيارة مفخخة تابعة لتنظيم داعش في سوق بلدة الشدادي اليوم.", ("isis", None)),
    # ... and so is a place named with its owner
    (("أفاد المرصد السوري اليوم بأن 14 مقاتلا لقوا حتفهم في الضربة العسكرية التي استهدفت مطار التيفور "
      "العسكري التابع للنظام السوري."), (None, "regime")),
])
def test_a_vehicle_is_its_owners(text, sides):
    (inc,) = _run(text, published=dt.date(2022, 8, 3))
    assert (inc.actor1 and inc.actor1.id, inc.actor2 and inc.actor2.id) == sides


def test_an_act_named_again_moves_no_act_across_a_border():
    """A later sentence naming the act again ("هذا الانفجار") in a paragraph set in another country does
    not move the act there from the town its own words placed it at."""
    text = ("أعلن رئيس الحكومة التركية أن تنظيم داعش يقف وراء الاعتداء الانتحاري الذي استهدف أمس مدينة سوروتش "
            "التركية، وأوقع 30 قتيلا على الأقل.\n"
            "وكانت كوباني مسرحا لواحدة من أكبر المعارك ضد تنظيم داعش العام الماضي. وقال خبير إن حجم هذا "
            "الانفجار يشير إلى شيء أكثر تطورا.")
    (inc,) = _run(text, published=dt.date(2015, 7, 21))
    assert (inc.sub_event_type, inc.location.name_ar) == ("Suicide bomb", "سوروتش")


def test_a_detail_folded_into_an_air_strike_lends_it_no_perpetrator_without_aircraft():
    # "من سيطرة تنظيم داعش" with the governorate the strikes are placed in, folded into them
    text = ("أعلنت وزارة الدفاع في العراق انتهاء أول مرحلة من مراحل عملية استعادة الأنبار من سيطرة تنظيم داعش بنجاح.\n"
            "وكشفت خلية الإعلام الحربي اليوم عن مقتل ثلاثة قياديين بارزين من تنظيم داعش بضربات جوية في محافظة الأنبار.")
    (inc,) = _run(text, published=dt.date(2015, 7, 24))
    assert inc.sub_event_type == "Air/drone strike"
    assert inc.actor1 is None


@pytest.mark.parametrize("text, kind, sides", [
    # the group of those arrested, named past the arrest's object: no abductor, the target
    (("قالت الكويت امس إن وزارة الداخلية ألقت القبض على عدد من الكويتيين شكلوا شبكة تتبع تنظيم داعش في "
     "مدينة الجهراء."), "Arrests", (None, "isis")),
    ("وأعلنت السلطات أمس إلقاء القبض على أكثر من 400 من عناصر تنظيم داعش في مدينة الدمام.", "Arrests",
     (None, "isis")),
    # the group those taken are suspected of belonging to (SNN aawsat, alriyadh)
    ("واعتقل المئات في مدينة إسطنبول أمس للاشتباه بانتمائهم إلى داعش.", "Arrests", (None, "isis")),
    ("ألقت قوات الأمن التركية أمس القبض على 17 شخصا يشتبه في انتمائهم لتنظيم داعش في مدينة إسطنبول.", "Arrests",
     ("turkey", "isis")),
    # the subject right after the verb took them
    ("وألقى تنظيم داعش القبض على 20 شابا في مدينة الموصل أمس.", "Abduction/forced disappearance", ("isis", "civilians")),
])
def test_the_group_of_those_arrested_is_the_target(text, kind, sides):
    (inc,) = _run(text, published=dt.date(2015, 7, 24))
    assert inc.sub_event_type == kind
    assert (inc.actor1 and inc.actor1.id, inc.actor2 and inc.actor2.id) == sides


def test_a_bombing_no_one_claimed_borrows_no_perpetrator():
    # the security forces who eat at the restaurant did not bomb it (ANT, skynews)
    text = ("انفجرت سيارة مفخخة، الأربعاء، في محافظة صلاح الدين شمالي العاصمة بغداد، الأمر الذي أسفر عن سقوط 5 قتلى"
            " على الأقل وإصابة 32 آخرين.\nوذكر مركز الإعلام الأمني في بيان، أن الانفجار استهدف مطعما قرب قضاء بيجي"
            " في المحافظة، في هجوم لم تعلن أي جهة المسؤولية عنه حتى الآن.\nونقلت وكالة رويترز عن مصادر أمنية قولها، إن"
            " انتحاريا يقود سيارة ممتلئة بالمتفجرات هاجم المطعم الذي يقع على طريق سريع، مشيرة إلى أن السيارة المفخخة"
            " دمرت مطعما عادة ما يرتاده أفراد قوات الأمن.")
    (bomb,) = [i for i in _run(text) if i.event_type == "Explosions/Remote violence"]
    assert bomb.actor1 is None


def test_an_arrest_borrows_no_abductor():
    # the group that did the bombing is the one whose men the arrests took, not the arrester
    text = ("فجر انتحاري من تنظيم داعش نفسه في مسجد بمدينة أبها أمس. "
            "وأعلنت وزارة الداخلية إلقاء القبض على 20 شخصا في مدينة أبها.")
    arrest = next(i for i in _run(text) if i.event_type != "Explosions/Remote violence")
    assert (arrest.sub_event_type, arrest.actor1) == ("Arrests", None)


def test_a_similar_operation_is_another_incident():
    text = ("نفذ التحالف الدولي عملية إنزال جوي عصر السبت في منطقة التبني بريف دير الزور الغربي.\n"
            "وكانت عملية أخرى مشابهة جرت في منطقة البوليل بالريف الشرقي لدير الزور فجر الخميس الماضي.")
    places = sorted(i.location.name_ar for i in _run(text))
    assert places == ["البوليل", "التبني"]


def test_no_publication_date_means_no_relative_date():
    (inc,) = _run("قتل 3 مدنيين بقصف مدفعي لقوات النظام على بلدة سرمين اليوم.", published=None)
    assert inc.event_date is None
    assert inc.location.name_ar == "سرمين"


def test_a_day_told_without_a_publication_date_is_the_act_s_own_day():
    """A post saved without its date: "ليلة البارحة" cannot be resolved, yet it tells the act's day
    as surely as a date would, so a middling cue with its own place is an incident (undated; linking
    may date it from another report)."""
    (inc,) = _run("اثار القصف على حي الفرقان في حلب ليلة البارحة", published=None)
    assert (inc.event_date, inc.time_of_day, inc.location.name_ar) == (None, "night", "الفرقان")
    assert _run("اثار القصف على حي الفرقان في حلب", published=None) == []


@pytest.mark.parametrize("text", [
    "وكانت طائرات النظام قد قصفت بلدة كفرنبل في أبريل الماضي، ما أدى إلى مقتل 6 مدنيين.",
    "سيطرت فصائل المعارضة على بلدة مورك الشهر الماضي بعد معارك عنيفة.",
    "قتل 4 مدنيين بغارة روسية على مدينة معرة النعمان العام الماضي.",
    "وقتل 3 مدنيين في قصف مدفعي على بلدة سرمين قبل شهرين.",
])
@pytest.mark.parametrize("published", [PUB, None])
def test_a_month_told_relative_to_the_report_makes_a_reference_with_or_without_its_date(text, published):
    """An act told with a month or a year counted from the report's ("في أبريل الماضي", "العام الماضي")
    is background whether or not the page says when it came out: that month is its time, not a day."""
    assert _run(text, published=published) == []


def test_a_day_told_nearer_than_a_month_is_the_act_s_without_a_publication_date():
    text = ("قصفت طائرات النظام بلدة كفرنبل يوم الخميس الماضي، في ثالث غارة على البلدة خلال الشهر الجاري، "
            "ما أدى إلى مقتل 6 مدنيين.")
    (inc,) = _run(text, published=None)
    assert (inc.event_date, inc.location.name_ar) == (None, "كفرنبل")


def test_a_day_of_this_month_by_its_ordinal_dates_the_act():
    """"في السابع من الشهر الحالي" is a day, not the month: the attack is an incident of that day."""
    text = "وتعرضت مدينة دوما في السابع من الشهر الحالي لهجوم تسبب بمقتل أربعين شخصا جراء تنشق غازات سامة."
    (inc,) = _run(text, published=dt.date(2018, 4, 15))
    assert (inc.event_date, inc.location.name_ar) == (dt.date(2018, 4, 7), "دوما")


@pytest.mark.parametrize("published", [dt.date(2015, 7, 23), None])
def test_an_act_with_a_day_told_is_not_a_month_s_act_named_again(published):
    """With or without the report's date, the barrel bombs dropped "صباح الأربعاء" are no detail of the
    strike told "في سبتمبر الماضي" before them: a day told, even unknown, is not that month."""
    text = ("وكانت غارة جوية أميركية استهدفت القيادي في تنظيم القاعدة قرب سرمدا في سبتمبر الماضي. "
            "من جانب آخر أفاد المرصد السوري بمقتل 12 مدنيا في قصف الطيران المروحي بالبراميل المتفجرة صباح "
            "الأربعاء على قرية قصر البريج في ريف حلب الشمالي الشرقي.")
    (inc,) = _run(text, published=published)
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("قصر البريج", 12)


def test_a_toll_told_by_a_month_is_no_act_of_a_day_named_again():
    """"أعلنت الوحدات الشهر الماضي مقتل ثلاثة ... في المعارك" after the fighting of one day in the same town:
    the month's fighting, told with the article on a statement's day, is not that day's act told again,
    and its three dead are none of it."""
    text = ("قتل مقاتل بريطاني في 15 آذار/مارس في المعارك ضد القوات التركية في مدينة عفرين.\n"
            "وأعلنت وحدات حماية الشعب الكردية الشهر الماضي مقتل ثلاثة مقاتلين أجانب في صفوفها في المعارك "
            "في منطقة عفرين.")
    incs = _run(text, published=dt.date(2018, 3, 19))
    assert [(i.event_date, i.casualties["killed"].best if i.casualties.get("killed") else None) for i in incs] \
        == [(dt.date(2018, 3, 15), 1)]


@pytest.mark.parametrize("when, hour, day", [
    ("الساعة 12:40 بعد منتصف الليل", None, dt.date(2018, 3, 16)),  # the night began the evening before
    ("بعد منتصف الليل", 9, dt.date(2018, 3, 16)),
    ("اليوم بعد منتصف الليل", None, dt.date(2018, 3, 16)),
    ("بعد منتصف الليل", 3, dt.date(2018, 3, 16)),  # out before dawn: the day before already, once
    ("بعد منتصف ليل الخميس", None, dt.date(2018, 3, 15)),  # the night names its own evening
    ("ليلا", None, PUB),
])
def test_after_midnight_is_the_night_of_the_day_before(when, hour, day):
    text = f"قصفت طائرة مسيرة تركية منزلا في قرية برخ بوطان بريف كوباني {when}، ما أدى إلى مقتل 9 مدنيين."
    (inc,) = extract(Document(id="t", text=text, published=PUB, published_hour=hour))
    assert (inc.event_date, inc.time_of_day) == (day, "night")


@pytest.mark.parametrize("reaction", ["إدانتها للهجوم", "إدانتها الشديدة للهجوم", "إدانتها الشديدة والقاطعة للهجوم"])
def test_a_condemnation_s_day_is_not_the_act_s_with_adjectives_before_the_act(reaction):
    """"وإدانتها الشديدة للهجوم الكيماوي": the day of the statement is not the attack's."""
    (inc,) = _run(f"عبر مصدر في الخارجية السعودية، الأحد، عن {reaction} الكيماوي المروع الذي تعرضت له مدينة دوما "
                  "بالغوطة الشرقية.", dt.date(2018, 4, 8))
    assert (inc.sub_event_type, inc.event_date) == ("Chemical weapon", None)


def test_a_chemical_attack_named_on_a_reaction_s_day_is_that_attack_whoever_its_sentence_names():
    """Whatever perpetrator the roles of a reaction's sentence lend the act named in it ("واستخدمت
    روسيا، الثلاثاء، حق الفيتو ضد مشروع قرار لتحديد منفذي الهجوم بالغازات السامة على دوما"), the
    attack named again with the article on a reaction's day is the one told with its own day."""
    from types import SimpleNamespace

    from rasd.assemble._base import _Candidate
    from rasd.assemble.merging import _told_again
    from rasd.model import ActorMention, DateMention, EventMention, Location

    text = ("هجوم كيماوي على دوما السبت. واستخدمت روسيا الثلاثاء حق الفيتو بشأن الهجوم الكيماوي على دوما "
            "وأي هجوم كيماوي جديد")
    pub = dt.date(2018, 4, 11)
    a = SimpleNamespace(doc=Document(id="t", text=text, published=pub))
    douma = Location("Douma", "دوما", "دوما", "Syria", "SYR", gazetteer_id="ocha:douma")

    def cand(cue: str, day: dt.date, actor: str, sentence: int) -> _Candidate:
        start = text.index(cue, 30 * sentence)
        anchor = EventMention(start, start + len(cue), "Explosions/Remote violence", "Chemical weapon")
        date = DateMention(0, 1, day, "day", (day, day), None)
        return _Candidate(anchor=anchor, sentence=sentence, paragraph=0, location=douma, date=date,
                          actor1=ActorMention(0, 1, actor, actor, actor), actor1_own=True)

    own = cand("هجوم كيماوي", dt.date(2018, 4, 7), "regime", 0)
    definite = cand("الهجوم الكيماوي", dt.date(2018, 4, 10), "us", 1)
    assert _told_again(own, definite, a) is own
    # (an attack told without the article, by another perpetrator, is another one)
    other = cand("هجوم كيماوي جديد", dt.date(2018, 4, 10), "us", 1)
    assert _told_again(own, other, a) is None


def test_the_same_two_sides_are_the_same_fight_whichever_is_named_first():
    from rasd.assemble._base import _Candidate
    from rasd.assemble.merging import _actors_clash
    from rasd.model import ActorMention, EventMention

    clash = EventMention(0, 5, "Battles", "Armed clash")
    isis, regime, russia = (ActorMention(0, 1, i, i, i) for i in ("isis", "regime", "russia"))
    x = _Candidate(anchor=clash, sentence=0, paragraph=0, actor1=isis, actor1_own=True, actor2=regime)
    y = _Candidate(anchor=clash, sentence=1, paragraph=0, actor1=regime, actor1_own=True, actor2=isis)
    z = _Candidate(anchor=clash, sentence=2, paragraph=0, actor1=russia, actor1_own=True)
    assert not _actors_clash(x, y)
    assert _actors_clash(x, z)


@pytest.mark.parametrize("text", [
    "قتل 5 مدنيين في القصف على مدينة حلب اليوم.",
    "أسفر القصف على مدينة حلب اليوم عن مقتل 5 مدنيين.",
    "قتل 5 مدنيين من أهالي حلب في القصف اليوم.",
])
def test_the_bombardment_of_a_city_is_placed_in_the_city(text):
    (inc,) = _run(text)
    assert (inc.sub_event_type, inc.location.name_ar, inc.casualties["killed"].best) == (
        "Shelling/artillery/missile attack", "حلب", 5)


@pytest.mark.parametrize("text, sides", [
    # who fights beside another is on its side, not its target
    ("وتوزعت قوات النظام على جبهات عدة إلى جانب المقاتلين الأكراد، في وقت تتواصل الاشتباكات في عفرين اليوم.",
     ("ypg", None)),
    ("ويقاتل عناصر الحشد الشعبي إلى جانب القوات السورية الحكومية في المعارك الدائرة في البوكمال اليوم.",
     ("regime", None)),
    # ... unless the one before is the target of the fighting
    ("ويشارك عناصر الحشد الشعبي في المعارك ضد تنظيم داعش إلى جانب القوات السورية في البوكمال اليوم.",
     ("pmf", "isis")),
])
def test_a_party_fighting_beside_another_is_not_its_target(text, sides):
    (inc,) = _run(text)
    assert (inc.actor1.id, inc.actor2.id if inc.actor2 else None) == sides


def test_the_day_of_a_statement_gives_way_to_the_day_of_the_act():
    text = ("أعلن المرصد السوري لحقوق الإنسان السبت أن حصيلة الغارات على بلدة كفربطنا ارتفعت إلى 20 قتيلا.\n"
            "وقتل 20 مدنيا في الغارات على بلدة كفربطنا يوم الخميس.")
    (inc,) = _run(text)
    assert inc.event_date == dt.date(2018, 3, 15)


def test_a_statement_day_dates_an_act_told_of_nowhere_else():
    (inc,) = _run("أفاد المرصد السوري لحقوق الإنسان أمس بمقتل 3 مدنيين بقصف مدفعي على بلدة سرمين.")
    assert inc.event_date == dt.date(2018, 3, 16)


def test_a_newsroom_abroad_in_the_dateline_is_not_the_place_of_the_act():
    text = "دبي، الإمارات العربية المتحدة (CNN) – قتل 3 مدنيين بقصف مدفعي لقوات النظام على بلدة سرمين اليوم."
    (inc,) = _run(text)
    assert inc.location.name_ar == "سرمين"
    from rasd.assemble.places import _dateline
    assert _dateline(text) == (0, text.index("–") + 1)
    byline = "مقال لمراسل الشؤون الدولية\n"
    assert _dateline(byline + "بيروت، لبنان (CNN) -- الحرب")[0] == len(byline)
    assert _dateline("قتل 3 مدنيين في قصف - وأفاد المرصد") == (0, 0)


def test_an_attack_abroad_in_a_town_the_gazetteer_lacks_is_kept_when_the_report_is_about_it():
    text = "قتل شرطيان الثلاثاء في هجوم مسلح استهدف مدينة ليغ الواقعة شرق بلجيكا."
    (inc,) = _run(text, published=dt.date(2018, 5, 30))
    assert (inc.location.name_ar, inc.location.iso3) == ("ليغ", "BEL")


def test_the_dead_of_both_sides_of_a_battle_add_up():
    text = ("أعلنت وزارة الدفاع الروسية الأحد أن 4 عسكريين روس قتلوا في هجوم مباغت لعدة مجموعات مسلحة في دير الزور.\n"
            "وأضافت أن 43 مسلحا قُتلوا في نفس المعركة.")
    (inc,) = _run(text)
    assert inc.casualties["killed"].best == 47


@pytest.mark.parametrize("text, killed", [
    # the parts of a list told each with its own day are two days' dead, not one act's
    ("غارات على منطقة عفرين قُتل فيها 24 من القوات الموالية للحكومة الخميس وأربعة آخرون الجمعة.", 24),
    ("قال المرصد إن الغارات الجوية على دوما قتلت حوالي 40 شخصا يوم الجمعة الماضية، و30 آخرين يوم السبت.", 40),
    # one day told, or the same day twice: one list
    ("قتل 5 مدنيين يوم الجمعة و3 آخرون في قصف على دوما", 8),
    ("قتل 5 مدنيين يوم الجمعة و3 آخرون الجمعة في قصف على دوما", 8),
])
def test_the_parts_of_a_list_add_up_unless_each_tells_its_own_day(text, killed):
    (inc,) = _run(text)
    assert inc.casualties["killed"].best == killed


def test_a_figure_restated_without_its_side_is_not_added():
    text = "قتل 5 عناصر من قوات النظام في اشتباكات مع الفصائل في ريف حماة أمس، وأكدت مصادر مقتل 5 جنود."
    (inc,) = _run(text)
    assert inc.casualties["killed"].best == 5


def test_the_place_of_the_act_is_not_the_province_that_situates_it():
    text = ("ونقلت وكالة رويترز عن سكان في إدلب أن طائرات عمودية سورية أطلقت براميل متفجرة على مساكن "
            "في ضواحي مدينة خان شيخون، جنوبي إدلب.")
    (inc,) = _run(text)
    assert inc.location.name_ar == "خان شيخون"


def test_a_direction_from_a_titled_city_situates_the_place_before_it():
    text = "انفجرت سيارة مفخخة اليوم في محافظة صلاح الدين شمالي العاصمة بغداد، ما أسفر عن مقتل 5 أشخاص."
    (inc,) = _run(text)
    assert inc.location.name_ar == "صلاح الدين"


def test_a_distance_from_a_city_situates_the_town_before_it():
    text = ("ولدى وصول الموكب إلى أحد مخارج سامراء، على بعد نحو مئة كيلومتر من بغداد، حصلت مواجهات "
            "بين سرايا السلام والمرافقين للعميد أمس.")
    (inc,) = _run(text)
    assert inc.location.name_ar == "سامراء"


@pytest.mark.parametrize(("text", "town"), [
    ("ألقت المروحيات براميل متفجرة على مدينة دوما، آخر معقل للمعارضة المسلحة قرب دمشق، صباح اليوم.", "دوما"),
    ("تعرضت بلدة سقبا، التي تقع بالقرب من دمشق، لقصف بعشرات القذائف.", "سقبا"),
    ("شهدت بلدة الأتارب الواقعة على مشارف حلب غارة جوية قتلت ثلاثة مدنيين.", "الأتارب"),
])
def test_a_city_an_apposition_says_a_town_is_near_only_situates_it(text: str, town: str):
    """"مدينة دوما، آخر معقل للمعارضة المسلحة قرب دمشق": the town named with its place word is the
    place of the act; the city it is near only tells where it lies."""
    (inc,) = _run(text)
    assert inc.location.name_ar == town


@pytest.mark.parametrize("text", [
    ("قتل ثمانية مدنيين في غارات جوية على مدينة دوما صباح اليوم.\nوتعرضت دوما لغارات جديدة، بعد ليلة من "
     "القصف العنيف على المدينة الواقعة قرب دمشق."),
    ("سيطرت قوات النظام على بلدة بصر الحرير في ريف درعا الشرقي اليوم.\nوتدور اشتباكات عنيفة في منطقة تكتسب "
     "أهمية من ناحية موقعها الجغرافي الحدودي مع الأردن، عدا عن قربها من دمشق."),
])
def test_a_city_told_only_as_where_a_town_named_again_lies_is_no_place_of_an_act(text: str):
    """"على المدينة الواقعة قرب دمشق", "عدا عن قربها من دمشق": the capital only tells where the town
    named before lies; it makes no incident of its own."""
    assert "دمشق" not in {i.location.name_ar for i in _run(text)}


def test_weapons_hit_in_what_holds_them_are_their_side_s_loss_not_its_act():
    """"قصف استهدف منظومة صواريخ إيرانية": the rockets named in the cue are Iran's, and Iran was hit; a
    strike told by its weapons alone ("صواريخ إيرانية استهدفت") is still Iran's act."""
    (inc,) = _run("تحدثت مصادر عن قصف استهدف منظومة صواريخ إيرانية في مطار حماة العسكري اليوم.")
    assert (inc.actor1, inc.actor2.id) == (None, "iran")
    (inc,) = _run("سقطت صواريخ إيرانية على مطار حماة العسكري اليوم.")
    assert inc.actor1.id == "iran"


def test_a_province_named_again_on_a_side_of_a_country_is_the_place_of_the_act():
    """"تعرضت محافظة إدلب لقصف ... في المحافظة الواقعة شمال سوريا": the province named again lies in
    northern Syria, which only tells where; the act is Idleb's. The sides of a failure told after "وذلك
    بعد" are none of the act's."""
    text = ("تعرضت محافظة إدلب لقصف جوي من قبل مقاتلات روسية، السبت، وذلك بعد يوم من فشل روسيا وتركيا وإيران "
            "بالتوصل إلى هدنة في المحافظة الواقعة شمال سوريا.")
    (inc,) = _run(text)
    assert (inc.location.name_ar, inc.actor1.id, inc.actor2) == ("إدلب", "russia", None)


def test_a_name_right_after_another_is_its_owner_not_a_second_place():
    """"في غوطة دمشق": the Ghouta of Damascus, one place, not a list of two; a place told with its
    place word after a city ("في حلب منطقة #الباب") is still a place of its own."""
    text = ("قتل 35 مدنيا، السبت، بغارات جوية لقوات النظام السوري على الأحياء السكنية في غوطة دمشق المحاصرة.\n"
            "وقتل أكثر من ألف مدني خلال 3 أسابيع من حملة القصف على الغوطة الشرقية المحاصرة.")
    assert [i.location.admin1 for i in _run(text)] == ["Rural Damascus"]
    text = "العملية تمت بإنزال جوي لقوات التحالف الدولي في حلب منطقة #الباب في #سوريا اليوم."
    assert "الباب" in {i.location.name_ar for i in _run(text)}


def test_an_act_told_at_a_town_and_again_at_a_quarter_of_it_the_gazetteer_lacks_is_one():
    """"استهداف سوق شعبي في مدينة جرمانا" and "استهدف الهجوم سوقا شعبيا في حي كشكول التابع لجرمانا": the
    quarter is placed at its town, and the shelling of both on one day is one act, with its toll."""
    text = ("لقي عشرات الأشخاص مصرعهم، الثلاثاء، إثر استهداف سوق شعبي في مدينة جرمانا، الواقعة على الأطراف "
            "الجنوبية الشرقية للعاصمة السورية، دمشق.\nواستهدف الهجوم سوقا شعبيا في حي كشكول التابع لجرمانا، "
            "مخلفا 35 قتيلا و23 مصابا على الأقل، وفقا لما نشرته وكالة الأنباء السورية (سانا).")
    (inc,) = _run(text, published=dt.date(2018, 3, 20))
    assert inc.casualties["killed"].best == 35


def test_an_act_told_at_a_city_and_again_at_a_quarter_of_it_is_one():
    """"قذيفة ... على أحد أحياء مدينة حلب" and "على منزلهم في حي الشهباء الجديدة بمدينة حلب", one toll:
    one act, at the quarter."""
    text = ("قتل خمسة أطفال الليلة الماضية إثر سقوط قذيفة صاروخية أطلقها مقاتلو المعارضة على أحد أحياء مدينة حلب.\n"
            "وقال المرصد إنه استشهد 5 أطفال جراء سقوط قذيفة صاروخية على منزلهم في حي الشهباء الجديدة بمدينة حلب.")
    (inc,) = _run(text)
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("الشهباء", 5)


def test_an_act_told_at_a_town_and_again_at_a_facility_close_by_is_one():
    """"قصف قوات النظام لمدينة سرمدا" in the lead and "قصفت الطريق المؤدي إلى معبر باب الهوى" below it,
    on one day: the town's act, told at the spot it hit, with its toll; not when their tolls tell
    two acts."""
    text = ("سقط عدد من المدنيين بين قتيل وجريح جراء قصف قوات النظام لمدينة سرمدا بريف إدلب اليوم.\n"
            "وقال المراسل إن قوات النظام قصفت الطريق المؤدي إلى معبر باب الهوى بعدد من القذائف، ما أدى إلى "
            "مقتل 4 مدنيين.")
    (inc,) = _run(text)
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("سرمدا", 4)
    text = ("قتل مدنيان جراء قصف قوات النظام لمدينة سرمدا بريف إدلب اليوم.\n"
            "كما قصفت قوات النظام معبر باب الهوى بعدد من القذائف، ما أدى إلى مقتل 4 مدنيين.")
    assert [i.casualties["killed"].best for i in _run(text)] == [2, 4]


def test_an_act_told_at_a_city_s_outskirts_and_again_at_a_suburb_across_the_border_is_one():
    """"سوقا شعبية في ضواحي العاصمة دمشق" (Damascus) and "سوق شعبية في حي كشكول على أطراف ضاحية جرمانا"
    (Rural Damascus): one market, one shelling, with its toll; the capital's title is no place's name."""
    text = ("أعلن التلفزيون الرسمي السوري، الثلاثاء، أن هجوما صاروخيا لفصائل المعارضة، استهدف سوقا شعبية في ضواحي "
            "العاصمة دمشق، أسفر عن مقتل 35 شخصا.\nونقل التلفزيون عن مصدر في الشرطة أن قذيفة صاروخية أطلقتها "
            "الفصائل على سوق شعبية في حي كشكول على أطراف ضاحية جرمانا جنوب شرقي دمشق.")
    (inc,) = _run(text, published=dt.date(2018, 3, 20))
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("دمشق", 35)


def test_a_clause_after_a_comma_that_tells_of_a_place_near_a_city_is_no_apposition():
    """"في بلدة تريب، استولى المهاجم على سيارة بالقرب من مدينة كاركاسون": a clause of its own, whose act
    is near that city."""
    text = ("قبل احتجاز الرهائن في بلدة تريب، استولى المهاجم على سيارة بالقرب من مدينة كاركاسون، "
            "وأطلق النار على سائقها وقتل راكبا.")
    assert "كاركاسون" in {i.location.name_ar for i in _run(text, published=dt.date(2018, 3, 24))}


def test_where_the_wounded_were_taken_is_not_the_place_of_the_act():
    text = ("اندلعت اشتباكات بين مسلحين وقوات الأمن في قضاء سنجار أمس.\nوأضاف المصدر أن الاشتباكات أدت إلى "
            "إصابة ثلاثة عناصر وتم نقلهم إلى مستشفى في محافظة دهوك.")
    incs = _run(text)
    assert [i.location.name_ar for i in incs] == ["سنجار"]
    # ... or is treated in
    text = ("تتعرض مدينة كوباني لقصف جوي عنيف بالمسيرات التركية.\nونتيجة القصف الذي تعرضت له المدينة قبل "
            "قليل، أصيبت طفلة بجروح، وهي تتلقى العلاج الآن في مشفى كوباني.")
    assert [i.location.name_ar for i in _run(text)] == ["كوباني"]


def test_a_linked_article_headline_is_not_an_incident():
    text = ("قتل 3 مدنيين بقصف مدفعي لقوات النظام على بلدة سرمين اليوم.\n"
            "معارك عفرين: خارطة الأعداء والحلفاء المتحركة\n"
            "وأصيب آخرون بجروح.")
    (inc,) = _run(text)
    assert inc.location.name_ar == "سرمين"


def test_an_act_told_after_ghadat_happened_the_day_before():
    text = ("قتل 3 مدنيين السبت بقصف مدفعي لقوات النظام على بلدة سرمين.\n"
            "وجاء القصف غداة مقتل شخصين بغارة جوية روسية على بلدة بنش.")
    incs = {i.location.name_ar: i for i in _run(text, published=dt.date(2018, 9, 8))}
    assert incs["سرمين"].event_date == dt.date(2018, 9, 8)
    assert incs["بنش"].event_date == dt.date(2018, 9, 7)


@pytest.mark.parametrize(("span", "days"), [("بعد يومين من", 2), ("بعد ثلاثة أيام على", 3), ("بعد يوم واحد من", 1)])
def test_an_act_told_after_some_days_happened_that_many_days_before(span: str, days: int):
    text = ("قتل 3 مدنيين السبت بقصف مدفعي لقوات النظام على بلدة سرمين.\n"
            f"وجاء القصف {span} مقتل شخصين بغارة جوية روسية على بلدة بنش.")
    incs = {i.location.name_ar: i for i in _run(text, published=dt.date(2018, 9, 8))}
    assert incs["بنش"].event_date == dt.date(2018, 9, 8) - dt.timedelta(days=days)


@pytest.mark.parametrize("began", [
    "وبدأت تركيا في 20 كانون الثاني/يناير بدعم من فصائل سورية موالية تدخلها العسكري في عفرين",
    "وبدأ الجيش التركي عملية عسكرية في عفرين باسم غصن الزيتون، في 20 يناير الماضي،",
])
def test_the_day_a_campaign_began_with_its_noun_a_few_words_off_dates_no_act(began: str):
    """"وبدأت تركيا في 20 كانون الثاني بدعم من فصائل ... تدخلها العسكري": the day the campaign began,
    not the day of the shelling the statement of the lead tells of."""
    text = ("أفاد المرصد السوري لحقوق الإنسان الجمعة، أن 43 مدنيا قتلوا في قصف مدفعي تركي استهدف مدينة عفرين.\n"
            f"{began} بداعي استهداف وحدات حماية الشعب الكردية.")
    (inc,) = _run(text, published=dt.date(2018, 3, 17))
    assert (inc.sub_event_type, inc.event_date) == ("Shelling/artillery/missile attack", dt.date(2018, 3, 16))


def test_the_day_told_after_a_begun_campaign_s_place_dates_no_act():
    """"وبدأت قوات النظام عملياتها في الغوطة الشرقية 18 فبراير": the day the operations began, told after
    their place, dates no takeover of that day."""
    text = ("أفاد المرصد السوري الجمعة بمقتل 12 مدنيا في قصف جوي على مدينة دوما.\n"
            "وبدأت قوات النظام عملياتها في الغوطة الشرقية 18 فبراير الماضي، وتقدمت بسرعة في المنطقة "
            "وسيطرت على أكثر من نصفها.")
    dates = {i.event_date for i in _run(text, published=dt.date(2018, 3, 17))}
    assert dt.date(2018, 2, 18) not in dates


@pytest.mark.parametrize("text", [
    "شيعت بلدة الشحيل الخميس ضحايا الهجمات التي شنها التنظيم على البلدة الأربعاء وأودت بحياة 30 شخصا.",
    "دفن أهالي مدينة الميادين يوم الخميس قتلى الغارة التي استهدفت سوق المدينة الأربعاء.",
])
def test_a_day_told_in_the_act_s_relative_clause_beats_the_main_verb_s(text: str):
    """"شيعت البلدة الخميس ضحايا الهجمات التي شنها التنظيم ... الأربعاء": the Wednesday is the attacks',
    the Thursday the funeral's."""
    assert {i.event_date for i in _run(text, published=dt.date(2018, 7, 26))} == {dt.date(2018, 7, 25)}


@pytest.mark.parametrize("text, day", [
    # the day a verb of taking place tells, a few words after the act, beats a day told before it
    ("وصل الخبراء مطلع الأسبوع لزيارة موقع هجوم يشتبه أنه بغاز سام، وقع في دوما قرب دمشق، يوم 7 أبريل.",
     dt.date(2018, 4, 7)),
    ("وصل الخبراء مطلع الأسبوع لزيارة موقع هجوم بغاز سام جرى في مدينة دوما يوم 7 أبريل.", dt.date(2018, 4, 7)),
    # ... not when another act is told between
    ("وصل الخبراء يوم 14 أبريل لزيارة موقع هجوم بغاز سام، وقع بعده قصف على دوما يوم 15 أبريل.",
     dt.date(2018, 4, 14)),
])
def test_a_day_told_after_the_act_s_verb_of_taking_place_is_its_own(text, day):
    (inc,) = [i for i in _run(text, published=dt.date(2018, 4, 17)) if i.sub_event_type == "Chemical weapon"]
    assert inc.event_date == day


@pytest.mark.parametrize("text, day", [
    # a day told in the relative clause of the act's object, whose verb takes the object back, is the
    # day of what was done to the object (the hostage's abduction), not the act's (his execution)
    (("أعدم تنظيم الدولة الإسلامية أحد الرهائن الذين خطفهم من محافظة السويداء الشهر الماضي، وفق ما أعلن "
      "المرصد السوري الأحد."), dt.date(2018, 8, 5)),
    ("أعدم تنظيم الدولة الإسلامية أحد الرهائن الذين خطفهم من محافظة السويداء الأربعاء الماضي.", dt.date(2018, 8, 5)),
    # ... not a clause after the act's own noun and its adjectives
    ("قتل ثلاثة مدنيين في التفجير الإرهابي الذي نفذه انتحاري في مدينة السويداء الخميس.", dt.date(2018, 8, 2)),
])
def test_a_day_told_in_the_relative_clause_of_the_act_s_object_is_not_the_act_s(text, day):
    assert [i.event_date for i in _run(text, published=dt.date(2018, 8, 5))] == [day]


def test_a_report_with_no_publication_day_that_names_its_own_day_dates_the_others_by_it():
    """"صباح اليوم الثلاثاء 30 أيار" fixes the report's day (a weekday and a date: 2023) when the page
    gives none; "يوم أمس 29 أيار" and "مساء أمس" are then the day before, not days unknown."""
    text = ("استهدف قصف مدفعي لقوات النظام أطراف قرية أبديتا جنوبي إدلب، صباح اليوم الثلاثاء 30 أيار.\n"
            "وكانت قوات النظام قد قصفت مساء أمس بالمدفعية الثقيلة بلدة معارة النعسان شرقي إدلب.")
    dates = {i.location.name_ar: i.event_date for i in _run(text, published=None)}
    assert dates == {"أبديتا": dt.date(2023, 5, 30), "معارة النعسان": dt.date(2023, 5, 29)}


@pytest.mark.parametrize(("told", "day"), [
    ("الأحد", dt.date(2022, 10, 16)),  # the day after the one named as yesterday
    # another weekday for today: no day of the report's own, and the Saturday is the one named
    ("فجر اليوم السبت", dt.date(2022, 10, 15)),
])
def test_a_report_with_no_publication_day_that_names_its_yesterday_dates_its_today_by_it(told, day):
    text = ("قتل مدني بقصف مدفعي لقوات النظام على بلدة كفرتعال غربي حلب، يوم أمس السبت 15 تشرين الأول.\n"
            f"وقصفت قوات النظام بالمدفعية الثقيلة {told} بلدة قسطون غربي إدلب.")
    dates = {i.location.name_ar: i.event_date for i in _run(text, published=None)}
    assert dates["قسطون"] == day


def test_an_act_told_after_a_past_month_in_its_paragraph_is_not_of_the_report_day():
    """"وفي أبريل/نيسان 2017، قتل 80 مدنيا ... وقال شهود عيان إنهم شاهدوا طائرات حربية تقصف بلدة كفرنبل":
    the paragraph tells of that month; the strike is no act of the publication day."""
    text = ("قتل 3 مدنيين بقصف مدفعي لقوات النظام على بلدة سرمين اليوم.\n"
            "وفي أبريل/نيسان 2017، قتل 80 مدنيا في هجوم بغاز السارين على بلدة خان شيخون. وقال شهود عيان إنهم "
            "شاهدوا طائرات حربية تقصف بلدة كفرنبل بالصواريخ وتقتل 5 مدنيين.")
    pub = dt.date(2018, 2, 14)
    assert [i.location.name_ar for i in _run(text, published=pub) if i.event_date == pub] == ["سرمين"]


def test_the_day_a_period_began_after_since_the_beginning_dates_no_act():
    """"ومنذ بدء قوات النظام تصعيدها على الغوطة الشرقية في18 شباط": the day the escalation began, from
    which the report counts, not the day of the shelling it tells of."""
    text = ("قتل 3 مدنيين في قصف على دوما اليوم.\n"
            "ومنذ بدء قوات النظام تصعيدها على الغوطة الشرقية في18 شباط/فبراير الذي تسبب بمقتل 1160 مدنيا، "
            "لم تسلم المرافق الطبية من القصف.")
    assert dt.date(2018, 2, 18) not in {i.event_date for i in _run(text, published=dt.date(2018, 3, 12))}


@pytest.mark.parametrize("since", [
    "منذ أن باشرت قوات النظام غاراتها على الغوطة في 18 شباط",
    "منذ كثفت قوات النظام عملياتها العسكرية ضد الغوطة الشرقية في 18 شباط",
    "منذ دخول القوات التركية منطقة عفرين في 20 كانون الثاني",
    "منذ تدخل روسيا العسكري في 30 أيلول 2015",
    "منذ ساعات الصباح الأولى اليوم",  # (a stretch of time after "منذ": today's toll, of today)
])
def test_a_day_closing_a_since_clause_is_when_a_period_began_not_the_act_s(since):
    """"منذ أن باشر التحالف غاراته في 22 يوليو": "منذ" opening a clause that tells what began a period,
    a verb or an act's noun, makes the day a few words on that period's start, not the shelling's."""
    text = f"قتل 3 مدنيين في قصف مدفعي على مدينة دوما، في أعلى حصيلة يومية {since}."
    # (the act that began the period, "باشرت قوات النظام غاراتها", is one of that day of its own)
    (inc,) = [i for i in _run(text, published=dt.date(2018, 3, 12)) if i.sub_event_type == "Shelling/artillery/missile attack"]
    assert inc.event_date == dt.date(2018, 3, 12)


def test_the_act_a_since_clause_names_has_that_day():
    """"منذ سيطرته على مدينة الموصل في 10 حزيران من العام الماضي": the day is the takeover's own, though it
    dates no other act of the sentence (the executions counted since)."""
    text = "وقال ناشط إن التنظيم أعدم 2070 شخصا منذ سيطرته على مدينة الموصل في 10 حزيران من العام الماضي."
    incs = _run(text, published=dt.date(2015, 8, 7))
    assert [(i.sub_event_type, i.event_date) for i in incs if i.sub_event_type != "Attack"] == [
        ("Non-state actor overtakes territory", dt.date(2014, 6, 10))]
    text = "ويعد الهجوم الأعنف منذ التفجير الانتحاري الذي أوقع 31 قتيلا في مدينة بغداد في 16 كانون الثاني."
    (inc,) = _run(text, published=dt.date(2018, 4, 12))
    assert (inc.event_date, inc.casualties["killed"].best) == (dt.date(2018, 1, 16), 31)


def test_a_since_clause_past_a_quotation_is_the_quoted_toll_s():
    text = ('وقال المرصد إن ثلاثة مدنيين قتلوا في القصف على مخيم اليرموك "ليرتفع إلى تسعة عدد القتلى منذ '
            'التصعيد على المنطقة يوم الخميس".')
    (inc,) = _run(text, published=dt.date(2018, 3, 12))
    assert (inc.event_date, inc.casualties["killed"].best) == (dt.date(2018, 3, 12), 3)


@pytest.mark.parametrize(("span", "days"), [("غداة", 1), ("بعد يومين من", 2)])
def test_a_day_told_after_ghadat_is_the_act_it_governs_and_the_act_before_the_word_follows_it(span: str, days: int):
    """"غداة ... الهجوم الكيميائي ... في دوما في 7 نيسان": the day told after the word, in the act's own
    clause, is that act's, not the day after it; the act told before the word, dated only by that
    day, happened that many days after it."""
    text = (f"قتل مدنيان في غارة جوية على مدينة إدلب {span} الهجوم الكيميائي الذي شنته قوات النظام على دوما "
            "في 7 نيسان.")
    incs = {i.location.name_ar: i.event_date for i in _run(text, published=dt.date(2018, 4, 16))}
    assert incs == {"دوما": dt.date(2018, 4, 7), "إدلب": dt.date(2018, 4, 7 + days)}


def test_a_day_set_off_by_commas_in_the_clause_that_explains_the_act_after_the_word_is_that_act_s():
    """"وجاء هذا التفجير بعد يوم على موجة من التفجيرات الانتحارية ...، إذ نفذت عائلة، الأحد، سلسلة
    اعتداءات": Sunday is the wave's day (the clause after "إذ" explains it), the bombing the day after."""
    text = ("قتل 3 أشخاص، الاثنين، في تفجير استهدف مبنى للشرطة في مدينة سورابايا الإندونيسية.\n"
            "وجاء هذا التفجير بعد يوم على موجة من التفجيرات الانتحارية ضد كنائس في سورابايا، إذ نفذت عائلة من 6 "
            "أفراد، الأحد، سلسلة اعتداءات انتحارية، مما أسفر عن مقتل 14 شخصا على الأقل.")
    days = {i.sub_event_type: i.event_date for i in _run(text, published=dt.date(2018, 5, 14))}
    assert days == {"Remote explosive/landmine/IED": dt.date(2018, 5, 14), "Suicide bomb": dt.date(2018, 5, 13)}


def test_an_act_told_as_separate_is_not_the_act_told_before_it():
    text = ("قتل 5 أشخاص، الاثنين، في انفجار عبوة ناسفة أمام مبنى للشرطة في مدينة الرمادي.\n"
            "وفي هجوم منفصل، قتل 3 أشخاص وأصيب اثنان حين انفجرت عبوة ناسفة في حي سكني في الرمادي.")
    assert [i.casualties["killed"].best for i in _run(text)] == [5, 3]


def test_an_act_told_after_some_uncounted_days_has_no_day_of_the_sentence():
    """"وذلك بعد أيام من قصف الحرس الثوري": days before the message, which the text does not say;
    the shelling told with its day and toll later is that act, placed by the reaction to it."""
    text = ("وجه النظام الإيراني، الثلاثاء، رسالة إلى الحكومة العراقية المركزية في بغداد، وذلك بعد أيام من "
            "قصف الحرس الثوري لمناطق في إقليم كردستان.\n"
            "وطالبت إيران بتسليم مقاتلي الحزب الديمقراطي الكردستاني الإيراني، الذي تعرضت مواقعه لقصف الحرس "
            "الثوري، الجمعة، الأمر الذي أسفر عن سقوط 14 قتيلا.\n"
            "وأعرب بغداد وأربيل عن رفضهما للقصف الإيراني الذي استهدف منطقة كويسنجق.")
    (inc,) = _run(text, published=dt.date(2018, 9, 11))
    assert (inc.location.name_ar, inc.event_date, inc.casualties["killed"].best) == ("كويسنجق", dt.date(2018, 9, 7), 14)


@pytest.mark.parametrize("span", ["بعد عام تماما على", "بعد عامين من", "بعد أشهر من"])
def test_an_act_told_months_or_years_before_has_no_day_of_the_sentence(span: str):
    """"وجاء هجوم دوما بعد عام تماما على ضربات صاروخية أميركية لمطار الشعيرات": the strikes were a
    year before Duma's Saturday, on a day the text does not give; and the adjective after a missile
    strike names its perpetrator."""
    text = ("قتل عشرات الأشخاص في دوما مساء السبت بهجوم كيماوي.\n"
            f"وجاء هجوم دوما {span} ضربات صاروخية أميركية لمطار الشعيرات التابع للنظام السوري.")
    incs = {i.location.name_ar: i for i in _run(text, published=dt.date(2018, 4, 8))}
    assert incs["دوما"].event_date == dt.date(2018, 4, 7)
    assert (incs["مطار الشعيرات"].event_date, incs["مطار الشعيرات"].actor1.id) == (None, "us")


@pytest.mark.parametrize("span", ["قبل أيام من", "قبل يومين من"])
def test_an_act_told_after_a_fronted_time_before_another_has_no_day_of_the_sentence(span: str):
    """"قبل أيام من البدء بعملية الغوطة، حدثت اشتباكات": some time before the offensive began, on a day
    the report's does not give; an act told with its own day and the clause after it keeps that day."""
    (inc,) = _run(f"وقال مدير المرصد إنه {span} البدء بعملية الغوطة، حدثت اشتباكات بين الفصائل في مدينة حلب.")
    assert (inc.sub_event_type, inc.event_date) == ("Armed clash", None)
    (inc,) = _run("قصفت قوات النظام مدينة حلب اليوم قبل يومين من الانتخابات.")
    assert inc.event_date == PUB
    (inc,) = _run("قبل يومين من إعادة الفرز، استهدف هجوم انتحاري مخازن صناديق الاقتراع في مدينة كركوك، الأحد.",
                  dt.date(2018, 7, 1))
    assert inc.event_date == dt.date(2018, 7, 1)


def test_a_count_with_no_figure_adds_nothing_to_the_one_with_a_figure():
    """"قتل عشرة مقاتلين ... مقتل عشرات المدنيين": the dead are at least the ten (and the evidence
    is theirs), not unknown; the dozens alone are still evidence that people were killed."""
    (inc,) = _run("وقتل عشرة مقاتلين موالين لدمشق الأربعاء جراء غارات تركية استهدفت حاجزاً لهم قرب مدينة عفرين، "
                  "كما أسفرت الغارات عن مقتل عشرات المدنيين.", published=dt.date(2018, 3, 14))
    assert inc.casualties["killed"].best == 10
    (inc,) = _run("أسفرت الغارات التركية على مدينة عفرين الأربعاء عن مقتل عشرات المدنيين.", published=dt.date(2018, 3, 14))
    assert inc.casualties.get("killed") is None or inc.casualties["killed"].best is None
    assert "casualties.killed" in {e.field for e in inc.evidence}


def test_where_a_government_sits_is_no_place_of_an_act():
    assert _run("قصفت طائرات حربية مواقع للحزب، بحسب رسالة إلى الحكومة العراقية المركزية في بغداد اليوم.",
                published=dt.date(2018, 9, 11)) == []


def test_a_source_going_on_about_the_act_names_it_again():
    text = ("أعلن مكتب رئاسة الحكومة مساء الثلاثاء عن مقتل عميد في القوات الخاصة بعد مواجهات مع مقاتلين.\n"
            "وأفاد مسؤول أن العميد كان متوجها من بغداد إلى محافظة نينوى.\n"
            "وتابع المسؤول أن الموكب لدى وصوله إلى أحد مخارج سامراء حصلت مواجهات بين سرايا السلام والمرافقين للعميد.\n"
            "وأضاف المتحدث أن المواجهات أدت إلى مقتل العميد وإصابة منتسبين وتم نقلهم إلى محافظة بغداد.")
    incs = {i.location.name_ar: i for i in _run(text, published=dt.date(2018, 3, 14))}
    assert incs["سامراء"].casualties["killed"].best == 1
    # ... but not a place of its own
    text = ("قتل 20 مدنيا السبت في القصف على مدينة دوما.\n"
            "وأشار مدير المرصد إلى أن القصف في حرستا أسفر عن مقتل ثمانية مدنيين.")
    assert sorted(i.location.name_ar for i in _run(text)) == ["حرستا", "دوما"]


def test_the_lead_is_dated_by_its_act_not_by_the_statement():
    text = ("أفاد المرصد السوري لحقوق الإنسان الأحد أن مقاتلين من تنظيم داعش هاجموا الأربعاء رتلا لقوات النظام "
            "قرب مدينة الميادين.\nوقتل في الهجوم 35 عنصرا.")
    incs = _run(text, published=dt.date(2018, 5, 27))
    assert {i.event_date for i in incs} == {dt.date(2018, 5, 23)}


def test_the_shares_of_a_toll_over_months_are_no_incidents():
    text = ("أفاد المرصد بأن طائرات التحالف قتلت 3042 من تنظيم داعش خلال 10 أشهر. وقال المرصد إن 173 مدنيا قتلوا "
            "جراء هذه الغارات خلال هذه الفترة. ولفت إلى مقتل 2927 من تنظيم داعش جراء غارات التحالف على مقار "
            "التنظيم في محافظات حماه وحلب. كما لقي 115 مسلحا من جبهة النصرة حتفهم جراء غارات التحالف على "
            "مقرات لجبهة النصرة في ريف حلب الغربي.")
    assert _run(text) == []
    # a day of its own makes an act of the paragraph an incident again
    (inc,) = _run(text + " وقتل أمس 5 مسلحين بغارة للتحالف على مقر في ريف حلب الغربي.")
    assert inc.event_date == dt.date(2018, 3, 16)


def test_the_toll_of_a_movement_since_a_day_is_not_the_toll_of_the_act_beside_it():
    text = ("سقطت أربع قذائف، السبت، في باحة مطار البصرة الدولي، ولم يعرف مصدر هذه القذائف التي تأتي في وقت "
            "تشهد فيه البصرة حركة احتجاج، منذ الثلاثاء الماضي، أسفرت عن مقتل 12 متظاهرا.")
    incs = _run(text)
    assert [i.location.name_ar for i in incs] == ["مطار البصرة الدولي"]  # the airport, not the town
    assert incs[0].casualties.get("killed") is None


def test_a_summary_of_scattered_clashes_is_no_incident_and_keeps_its_toll():
    text = ("أفادت مصادر أن 19 من عناصر داعش قتلوا في اشتباكات متفرقة مع القوات العراقية في الأنبار اليوم.\n"
            "وتمكنت قوة عسكرية من قتل 15 من عناصر داعش في اشتباكات في منطقة جبة اليوم.")
    (inc,) = _run(text)
    assert inc.casualties["killed"].best == 15


def test_an_act_abroad_is_kept_when_the_lead_is_about_that_country():
    text = ("قال الرئيس الفرنسي إن ضابط الشرطة الذي بادل نفسه بإحدى الرهائن في هجوم على متجر جنوبي فرنسا في حالة خطرة.\n"
            "وقال المسلح إنه يقاتل لصالح تنظيم داعش.\n"
            "وأضاف الرئيس أن التحقيق مستمر.\n"
            "وبدأ الهجوم صباح الجمعة في بلدة كاركاسون، حيث قتل المسلح راكبا وأصاب السائق.")
    incs = _run(text, published=dt.date(2018, 3, 24))
    assert [i.location.name_ar for i in incs] == ["كاركاسون"]
    # a country at home named in the lead, not as the place of an act ("سأنتقم لسوريا"), does not
    # make the report one about home
    text = ("ذكرت صحيفة بريطانية أن منفذ الهجوم على متجر في جنوب فرنسا صاح قبل أن يطلق النار: سأنتقم لسوريا.\n"
            "وأضافت الصحيفة أن التحقيق مستمر.\n"
            "وقالت السلطات إن المسلح كان معروفا لديها.\n"
            "وكان المسلح قد سرق سيارة صباح الجمعة في بلدة كاركاسون، وقتل راكبا فيها وأصاب السائق بالرصاص.")
    incs = _run(text, published=dt.date(2018, 3, 24))
    assert "كاركاسون" in [i.location.name_ar for i in incs]


def test_the_town_named_again_is_the_place_of_the_act():
    text = ("قتل 11 مدنيا السبت في غارة تركية استهدفت مدينة عفرين.\n"
            "وتدور حاليا اشتباكات عنيفة عند أطراف المدينة الشمالية بين القوات التركية والوحدات الكردية اليوم.")
    incs = _run(text)
    assert {i.location.name_ar for i in incs} == {"عفرين"}
    assert len(incs) == 2
    # named again as what the act struck or stormed
    text = ("قصفت قوات النظام مدينة سرمين اليوم.\n"
            "وشهدت بلدة ضمان بريف دير الزور الشمالي اشتباكا ليلة أمس.\n"
            "وفي صباح اليوم بادرت دورية إلى إطلاق النار خلال اقتحام البلدة، وأعدمت 4 مدنيين في منازلهم.")
    assert [i.location.name_ar for i in _run(text)] == ["سرمين", "ضمان", "ضمان"]


def test_a_page_header_day_dates_no_act():
    text = "السبت 1 آب, 2026\nقتل 3 مدنيين بقصف مدفعي لقوات النظام على بلدة سرمين."
    (inc,) = _run(text)
    assert inc.event_date == PUB


def test_the_province_named_after_a_town_with_bi_situates_it():
    (inc,) = _run("قصف مدفعي روسي اليوم على مخفر للشرطة شمال سرمدا بإدلب.")
    assert inc.location.name_ar == "سرمدا"


def test_a_short_post_telling_of_deaths_is_news_of_its_day():
    """A weak cue ("استهدفت") with its own place and a death: in a short post, the publication day
    stands for the act's day; in a long article the act still needs a day of its own."""
    post = "نفذت القيادة المركزية الأميركية عملية في مدينة الباب، استهدفت قياديا في تنظيم داعش، وأدت إلى مقتله."
    (inc,) = _run(post)
    assert (inc.location.name_ar, inc.event_date) == ("الباب", PUB)
    filler = "وتحدث التقرير عن الأوضاع الإنسانية في المنطقة وعن الأسعار وعن المدارس والخدمات. " * 20
    assert _run(filler + "\n" + post) == []


def test_a_note_says_none_were_killed_rather_than_at_least_none():
    (inc,) = _run("قصفت الطائرات الإسرائيلية أمس محيط مطار دمشق الدولي دون وقوع إصابات.")
    assert "none killed" in inc.notes and "at least 0" not in inc.notes


def test_a_war_s_toll_is_no_act_s():
    """No one act killed a million: "تسبب في مقتل نحو مليون مواطن سوري" is a tally whatever the words."""
    (inc,) = _run("قصفت الطائرات التركية مدينة عفرين اليوم، وقال أردوغان إن الأسد تسبب في مقتل نحو مليون مواطن سوري.")
    assert inc.casualties.get("killed") is None or inc.casualties["killed"].best is None


def test_a_note_with_no_perpetrator_reads_as_one_sentence():
    (inc,) = _run("انفجرت عبوة ناسفة في بلدة الحسينية أمس وقتل شخص.", published=dt.date(2018, 3, 10))
    assert inc.notes.startswith("On 9 March 2018, an unidentified actor ")
    (inc,) = _run("انفجرت عبوة ناسفة في بلدة الحسينية وقتل شخص.", published=None)
    assert inc.notes.startswith("An unidentified actor ")


def test_the_blame_is_no_place():
    text = "وألقى ماتيس اليوم باللوم على روسيا بعد الهجوم الكيماوي على مدينة دوما."
    assert {i.location.name_ar for i in _run(text)} == {"دوما"}


def test_acts_told_after_a_commemoration_take_the_remembered_act_s_day():
    """The lead's day is a ceremony's; the act it remembers names its own day in an earlier year, and
    the acts told later without a day of their own are that act's."""
    text = ("أحيا آلاف السكان في مدينة حلبجة الجمعة، الذكرى الثلاثين للهجوم الكيميائي على المدينة.\n"
            "وحمل الآلاف صور أطفال قتلوا في 16 آذار/مارس 1988، بقنابل الغاز التي ألقتها طائرات عراقية على حلبجة.\n"
            "وأدى الهجوم الكيميائي على حلبجة إلى مقتل نحو 5 آلاف كردي.")
    assert {i.event_date for i in _run(text)} == {dt.date(1988, 3, 16)}


def test_a_lead_s_day_of_history_dates_its_own_paragraph_only():
    """A feature that opens on a day years back dates what its lead tells with it, not an act told
    paragraphs later with no day of its own."""
    text = ("في 25 أكتوبر / تشرين الأول عام 1984، وصل حسن مقدم إلى مطار دمشق الدولي مع 13 عنصرا من الحرس الثوري.\n"
            "وطلب مقدم من السوريين إخضاعه لدورة تدريبية على الصواريخ.\n"
            "وقتل مقدم ومعه 16 من عناصر الحرس الثوري في انفجار ضخم في مطار دمشق الدولي.")
    assert [i.event_date for i in _run(text)] in ([], [None])
    # a day of this year's news still dates the acts after it
    text = ("في 25 شباط / فبراير، وصل حسن مقدم إلى مطار دمشق الدولي مع 13 عنصرا من الحرس الثوري.\n"
            "وطلب مقدم من السوريين إخضاعه لدورة تدريبية على الصواريخ.\n"
            "وقتل مقدم ومعه 16 من عناصر الحرس الثوري في انفجار ضخم في مطار دمشق الدولي.")
    assert [i.event_date for i in _run(text)] == [dt.date(2018, 2, 25)]


def test_the_other_side_s_act_named_with_the_article_is_not_the_act_before():
    text = ("أطلقت فصائل معارضة قذيفة صاروخية اليوم على سوق شعبية بحي الكشكول في ريف دمشق، أدت لمقتل 35 شخصا. "
            "وعلى الطرف الآخر أدى القصف الذي تقوم به قوات النظام على بلدة حمورية إلى مقتل 29 مدنيا.")
    (market,) = [i for i in _run(text) if i.location.name_ar == "الكشكول"]
    assert market.casualties["killed"].best == 35 and "civilians_killed" not in market.casualties


def test_a_bare_explosion_names_again_the_suicide_bombing_of_its_place():
    text = ("ارتفعت حصيلة التفجير الانتحاري في حي الشعلة في العاصمة العراقية بغداد إلى 3 قتلى وإصابة 8 بجروح.\n"
            "وأفادت مصادر أمنية أن الانتحاري كان يرتدي حزاما ناسفا.\n"
            "والتفجير هو الأول من نوعه في بغداد عقب الانتخابات.")
    assert [(i.sub_event_type, i.casualties["killed"].best) for i in _run(text)] == [("Suicide bomb", 3)]
    # told first as an explosion, then as a suicide bombing: one suicide bombing, no internal tag out
    text = ("قتل 3 أشخاص في تفجير في حي الشعلة ببغداد اليوم.\n"
            "وقالت الشرطة إن انتحاريا يرتدي حزاما ناسفا فجر نفسه في حي الشعلة ببغداد.")
    (inc,) = _run(text)
    assert (inc.sub_event_type, inc.casualties["killed"].best, inc.tags) == ("Suicide bomb", 3, ())
    # ... also with a generic word beside it that says no more ("التفجير الذي استهدف المسجد")
    text = ("قتل 11 شخصا اليوم في هجوم انتحاري على مسجد في مدينة هرات.\n"
            "وأعلن تنظيم داعش مسؤوليته عن التفجير الذي استهدف المسجد في هرات.")
    (inc,) = _run(text)
    assert (inc.sub_event_type, inc.actor1 and inc.actor1.id) == ("Suicide bomb", "isis")
    # an explosion elsewhere is another act
    text = "قتل 3 أشخاص في تفجير انتحاري في مدينة الموصل اليوم.\nوفي بغداد، أدى تفجير إلى مقتل شخصين."
    assert [i.sub_event_type for i in _run(text)] == ["Suicide bomb", "Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text, killed", [
    ("قتل خمسة مدنيين السبت في مدينة داعل جراء القصف ليرتفع عدد القتلى المدنيين منذ بدء التصعيد إلى 105 مدنيين.", 5),
    # the figure the toll is raised to, told with the day it counts from, is the period's
    ("قتل 3 مدنيين الجمعة في قصف على مدينة داعل لترتفع حصيلة القتلى منذ الاثنين الماضي إلى 30 مدنيا.", 3),
])
def test_an_act_told_before_its_toll_is_raised_is_one_act_with_its_own_toll(text, killed):
    (inc,) = _run(text, published=dt.date(2018, 6, 30))
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("داعل", killed)


def test_a_place_told_with_an_act_of_another_type_after_a_comma_is_not_the_act_s():
    # the quarter the fighters took is no place of the air strike told before it
    text = ("ويأتي القصف غداة مقتل 9 مدنيين في غارة استهدفت مخيما للنازحين في ريف إدلب الجنوبي، ومقتل 20 عنصرا "
            "من قوات النظام في هجوم لتنظيم داعش مكنه من السيطرة على حي القدم في جنوب دمشق.")
    strikes = [i for i in _run(text, published=dt.date(2018, 3, 21)) if i.sub_event_type == "Air/drone strike"]
    assert [i.location.admin1 for i in strikes] == ["Idleb"]


def test_a_car_bomb_told_again_as_a_suicide_bombing_is_one_suicide_bombing():
    text = ("قتل 21 من عناصر الجيش أمس بتفجير سيارتين مفخختين استهدفتا ثكنات عسكرية في منطقة الثرثار.\n"
            "وقال الضابط إن سيارتين يقودهما انتحاريان فجرا نفسيهما بداخل ثكنات للجيش قبل ظهر أمس في منطقة الثرثار.")
    (inc,) = _run(text, published=dt.date(2015, 7, 25))
    assert (inc.sub_event_type, inc.casualties["killed"].best) == ("Suicide bomb", 21)


@pytest.mark.parametrize("after, tells", [
    (" وقع قرب بلدة الأتارب", True), (" وقعت في بلدة الهرى", True), (" الذي وقع في بلدة طوز خورماتو", True),
    (" وقع بمدينة يوكسيكوفا", True),
    (" التي وقعت نتج عنها مقتل 43", False),  # a relative clause telling no place
])
def test_a_cue_told_to_have_taken_place_somewhere(after, tells):
    from rasd.assemble._base import _TOOK_PLACE_AFTER
    from rasd.text.normalize import fold

    assert (_TOOK_PLACE_AFTER.match(fold(after)) is not None) == tells


def test_a_bare_attack_names_again_the_act_told_before_whatever_its_kind():
    # "الهجوم" after a roadside bomb told at a whole country: the town it names is the bomb's place
    text = ("قتل 3 مدنيين مساء الثلاثاء بانفجار عبوة ناسفة في سوريا.\n"
            "وذكرت الوكالة أن الهجوم وقع قرب بلدة الأتارب.")
    (inc,) = _run(text, published=dt.date(2018, 8, 1))
    assert (inc.sub_event_type, inc.location.name_ar, inc.casualties["killed"].best) == \
        ("Remote explosive/landmine/IED", "الأتارب", 3)
    # and the one who did it, told with it, did the bombing
    text = ("قتل 4 من عناصر الأمن الثلاثاء إثر انفجار عبوة ناسفة على جانب الطريق في مدينة الحسكة.\n"
            "واتهم البيان عناصر تنظيم داعش بتنفيذ الهجوم.")
    (inc,) = _run(text, published=dt.date(2018, 8, 1))
    assert (inc.sub_event_type, inc.actor1 and inc.actor1.id) == ("Remote explosive/landmine/IED", "isis")


def test_a_bare_attack_names_again_no_bare_targeting_told_since():
    # "استهدفت" says no more than "الهجوم": the toll of the attack is the bombing's told as one
    # (nor is the town of the sentence between, which the attack named again borrows, its place)
    text = ("قتل 5 مدنيين الجمعة في تفجير سيارة مفخخة في سوق بلدة بني سعد. "
            "وشنت الشرطة حملة استهدفت شبكات التنظيم في مدينة بعقوبة. "
            "وقال المحافظ إن نحو 30 شخصا أصيبوا في الهجوم.")
    incs = _run(text, published=dt.date(2015, 7, 18))
    assert [(i.location.name_ar, i.casualties["injured"].best) for i in incs
            if i.sub_event_type == "Remote explosive/landmine/IED"] == [("بني سعد", 30)]


def test_an_act_named_again_keeps_a_town_abroad_the_gazetteer_lacks():
    # "تريب", a town the gazetteer lacks, is placed at France: "الهجوم" named again, with no place but
    # the one its paragraph borrows ("لسوريا", in the paragraph before), moves the act nowhere
    text = ("قالت صحيفة إن المهاجم كان يصرخ لحظة الهجوم أنه سيثأر لسوريا.\n"
            "ووقع الهجوم اليوم في بلدة تريب جنوب غربي فرنسا، حيث أطلق المهاجم النار باتجاه أربعة من رجال "
            "الشرطة فأصاب أحدهم، فيما أكدت السلطات مقتل شخصين في الهجوم.")
    (inc,) = _run(text, published=dt.date(2018, 3, 23))
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("تريب", 2)


def test_the_means_of_a_period_s_targeting_is_no_act_of_the_day():
    # "منذ عدة أيام" stands far from "بقصف": the shelling is how the days' targeting was done
    text = ("وبالمقابل، تستهدف القوات الحكومية منذ عدة أيام مناطق في ريف إدلب الجنوبي، بقصف مدفعي وصاروخي، "
            "تزامنا مع إرسالها تعزيزات عسكرية.")
    assert _run(text, published=dt.date(2018, 8, 12)) == []
    # (a means told with the day's act is that act's)
    (inc,) = _run("قصفت قوات النظام اليوم بلدة كفرنبل، بقذائف الهاون.", published=dt.date(2018, 8, 12))
    assert inc.location.name_ar == "كفرنبل"


def test_a_forecast_clause_governs_its_act_however_long_its_subject():
    text = "ومن المتوقع أن يشن النظام السوري، مدعوما بغطاء جوي روسي، معارك ضد داعش في محافظة القنيطرة."
    assert _run(text) == []
    # an act named with the article inside the clause is one known already
    text = ("ومن المتوقع أن يجتمع قادة الأجهزة الأمنية لاتخاذ قرار بشأن الرد على الهجوم الكيميائي الذي"
            " استهدف مدينة دوما أمس.")
    assert [i.sub_event_type for i in _run(text)] == ["Chemical weapon"]


@pytest.mark.parametrize("text", [
    ("ويُذكّر ما يحصل في الغوطة الشرقية بمعركة مدينة حلب التي حاصرت قوات النظام أحياءها الشرقية قبل أن تشن"
     " هجوما بريا تخللته عدة هدنات مؤقتة."),
    "وجرى ذلك على غرار ما حدث في مدينة حلب حين قصفت قوات النظام الأحياء الشرقية.",
])
def test_the_earlier_act_a_report_compares_with_is_no_news(text):
    assert _run(text) == []


def test_a_verb_of_mentioning_is_no_comparison():
    (inc,) = _run("ويذكر أن قوات النظام قصفت اليوم بلدة سرمين بالمدفعية.")
    assert inc.location.name_ar == "سرمين"


@pytest.mark.parametrize("text", [
    "وأكد التقرير أن المدنيين في بلدة سقبا تعرضوا لهجمات بغازات سامة 10 مرات.",
    "وخسر النظام السوري 260 قتيلا خلال 30 يوماً من المعارك في بلدة الميادين.",
    # a span of two weeks or two months, told in the dual
    "وشهدت محافظة إدلب خلال الأسبوعين الماضيين عمليات اغتيال بين الفصائل المسلحة.",
    "وقتل خلال الشهرين الماضيين أكثر من 30 مسلحا في معارك داخلية بين فصائل ريف إدلب.",
    "حيث دارت معارك عنيفة بين الطرفين في الأسبوعين الأخيرين في منطقة حوض اليرموك.",
    "وتبدو حلب، المدينة التي شهدت المعارك لعدة سنوات، واحدة من المواقع التي استخدمت فيها هذه الاستراتيجية.",
    # the dead of an escalation, its towns listed
    ("وقال المرصد إن 1401 مدنيا قضوا جميعا خلال تصعيد عمليات القصف الجوي والمدفعي على مدن وبلدات دوما "
     "وحرستا وعربين."),
])
def test_a_count_of_times_or_of_days_is_a_tally(text):
    assert _run(text) == []


def test_the_ends_of_a_span_of_days_date_no_act():
    text = ("وأفاد التقرير بأن خمس ضربات جوية للتحالف على مدينة الرقة بين 9 كانون الثاني/يناير 2017 و18"
            " كانون الثاني/يناير أسفرت عن مقتل تسعة مدنيين.")
    assert all(i.event_date is None or i.event_date.year == 2018 for i in _run(text))


def test_a_press_review_s_next_story_lends_no_place_to_the_one_before():
    text = ("نتوقف اليوم عند اعتداء ماريلاند الذي استهدف صحيفة محلية وأسفر عن مقتل خمسة أشخاص ثم ننتقل"
            " للحديث عن درعا في ظل مواصلة النظام السوري حملته للسيطرة عليها.")
    assert all(i.location.name_ar != "درعا" for i in _run(text))


@pytest.mark.parametrize("text", [
    "وبدأت قوات النظام السوري الخميس حملة قصف عنيف على الغوطة الشرقية قرب دمشق.",
    "وتشن قوات النظام حملة عنيفة على مدينة دوما، يتخللها قصف جوي ومدفعي كثيف.",
])
def test_a_campaign_of_shelling_is_no_one_act_even_on_one_town(text):
    assert _run(text) == []


@pytest.mark.parametrize("text", [
    "وتعالت الدعوات إلى هدنة في الغوطة الشرقية المحاصرة التي تتعرض لقصف مكثف من قبل القوات السورية اليوم.",
    "ورفضت روسيا الأربعاء اتهامها بقتل مئات المدنيين بالغوطة الشرقية التي تتعرض لحصار وقصف من قبل النظام.",
    "وأدان الوزير اليوم القصف الذي تتعرض له مدينة عفرين من قبل القوات التركية.",
    "وقد سلمت النساء أنفسهن إلى قوات البشمركة بعد اشتداد المعارك في بلدة تلعفر.",
])
def test_a_place_s_lot_over_a_campaign_is_no_act(text):
    """"التي تتعرض لقصف", "القصف الذي تتعرض له", "بعد اشتداد المعارك": a campaign's course."""
    assert _run(text) == []


def test_a_place_s_lot_leaves_the_acts_told_after_it_and_its_deaths():
    """The fight its clause then tells, with a day, is an act; so is a death told with its day before
    the lot, and the lot's perpetrator is the paragraph's."""
    incs = _run("وتحاول قوات النظام السيطرة على بلدة بصر الحرير التي تتعرض لغارات روسية ودارت فيها "
                "الاثنين معارك عنيفة.", published=dt.date(2018, 6, 25))
    assert [(i.sub_event_type, i.event_date) for i in incs] == [("Armed clash", dt.date(2018, 6, 25))]
    (inc,) = _run("وقُتلت المتطوعة في 15 مارس/آذار في عفرين، التي تتعرض للقصف من قبل القوات التركية.",
                  published=dt.date(2018, 3, 19))
    assert (inc.event_date, inc.location.name_ar, inc.actor1.id) == (dt.date(2018, 3, 15), "عفرين", "turkey")
    incs = _run("وسقط قتلى في الغوطة الشرقية التي تتعرض للقصف من النظام السوري، بينما أكد أطباء أن ليلة "
                "الثلاثاء شهدت غارات مكثفة على مدينة دوما.", published=dt.date(2018, 3, 8))
    assert [(i.location.name_ar, i.actor1 and i.actor1.id) for i in incs] == [("دوما", "regime")]


@pytest.mark.parametrize("text", [
    ("وتجددت الاحتجاجات في البصرة جنوبي العراق الجمعة. واندلعت الاشتباكات بين المتظاهرين والقوات الأمنية "
     "قرب مبنى المحافظة، بعد مقتل متظاهر وإصابة 4 آخرين، برصاص قوات الأمن."),
    "واندلعت الاشتباكات بين المتظاهرين والشرطة قرب مبنى المحافظة في البصرة، بعد مقتل ثلاثة مدنيين برصاص مسلحين.",
])
def test_protesters_met_with_force_are_its_target_not_its_perpetrator(text):
    for inc in _run(text):
        assert not (inc.actor1 and inc.actor1.id == "protesters" and inc.actor2 and inc.actor2.id == "civilians")
        if inc.sub_event_type == "Excessive force against protesters":
            assert inc.actor1 is None or inc.actor1.id not in ("protesters", "civilians")


def test_a_note_tells_the_kind_of_act_not_a_tag_of_a_cue_folded_in():
    text = "قصفت الطائرات الحربية أمس قرية التبني خلال عملية الإنزال الجوي."
    (inc,) = _run(text)
    assert "airdrop" in inc.tags and inc.sub_event_type == "Air/drone strike"
    assert "carried out an air/drone strike" in inc.notes


def test_a_toll_over_a_period_in_a_sentence_of_its_own_is_no_earlier_act_s():
    (inc,) = _run("قصفت قوات النظام بلدة حمورية في الغوطة الشرقية اليوم. "
                  "وذكر المرصد السوري لحقوق الإنسان أن 950 مدنيا قتلوا حتى الآن.")
    assert "killed" not in inc.casualties
    (inc,) = _run("قصفت قوات النظام بلدة حمورية في الغوطة الشرقية اليوم. وذكر المرصد أن 5 مدنيين قتلوا.")
    assert inc.casualties["killed"].best == 5


def test_a_killing_during_an_operation_is_a_fight():
    (inc,) = _run("أعلنت القيادة المركزية الأميركية مقتل قيادي في تنظيم داعش خلال عملية نفذتها قواتها "
                  "في مدينة الباب بريف حلب اليوم.")
    assert (inc.sub_event_type, inc.location.name_ar, inc.casualties["killed"].best) == ("Armed clash", "الباب", 1)


def test_the_forecast_patterns_share_one_guard():
    from rasd.assemble._base import _NOT_FACTUAL, _NOT_FACTUAL_THAT

    assert _NOT_FACTUAL_THAT.guard is _NOT_FACTUAL.guard


def _guard_cases():
    """(full pattern, its `re` pre-test, a text the pattern matches) for each word of the lists the
    quick pre-tests stand for: a pre-test must find something wherever its pattern does."""
    from rasd.assemble import _base as b
    from rasd.assemble import candidates as c
    from rasd.lang.ar import context_words as w
    from rasd.text.normalize import fold

    for neg in w.NEGATIONS_BEFORE:
        yield b._NEGATED, b._NEGATION_WORDS, fold(f"ومن {neg}  أن ")
    pairs = {(phrase, w.THAT[0]) for phrase in w.NOT_FACTUAL} | {(w.NOT_FACTUAL[0], that) for that in w.THAT}
    for phrase, that in sorted(pairs):
        yield b._NOT_FACTUAL_THAT.pattern, b._NOT_FACTUAL_THAT_RUN, fold(f"و{phrase}  من  {that} يشن")
    for word in w.ARMS_MAKING:
        yield c._ARMS_DESCRIBED, c._ARMS_WORDS, fold(f"ل{word}\tواستخدام ")
    for word in w.ARMS_SUPPLYING:
        yield c._ARMS_DESCRIBED, c._ARMS_WORDS, fold(f"و{word}\tالحوثيين ب")
    for word in w.TOPIC_SHIFT:
        yield b._TOPIC_SHIFT_COMMA, c._SHIFT_RUN, fold(f"قصفت الطائرات البلدة،\n و{word.replace(' ', '  ')} قتل")


@pytest.mark.parametrize(("pattern", "pretest", "text"), list(_guard_cases()))
def test_a_quick_pretest_finds_what_its_pattern_matches(pattern, pretest, text):
    assert pattern.search(text) is not None  # (the case is one the pattern matches)
    assert pretest.search(text) is not None


def test_a_lead_toll_placed_vaguely_is_the_toll_of_the_one_act_the_body_places():
    """The lead tells of the strike and its dead "in eastern Syria"; the body places the strike."""
    lead = "قتل 30 شخصا بينهم 12 مدنيا في غارة جوية استهدفت منطقة في شرق سوريا.\n"
    (inc,) = _run(lead + "وقال المرصد إن الضربة الجوية أصابت مبنى قرب بلدة السوسة الخميس.")
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("السوسة", 30)
    # ... but not when the body places two strikes: whose dead they were is not told
    incs = _run(lead + "وقال المرصد إن غارة جوية أصابت مبنى قرب بلدة السوسة الخميس، فيما استهدفت غارة أخرى بلدة هجين.")
    assert [(i.location.name_ar, i.casualties.get("killed")) for i in incs] == [("السوسة", None), ("هجين", None)]


@pytest.mark.parametrize("text, placed", [
    # a state's strikes on a country as a whole, told with their day in the lead (ANT, France 24)
    ("قال المرصد إن الضربات الإسرائيلية على سوريا التي وقعت فجر الخميس أسفرت عن مقتل 27 شخصا.", "سوريا"),
    ("وجهت القوات العراقية، الأحد، ضربة جوية استهدفت موقعا لقيادات داعش في سوريا.", "سوريا"),
    # (missiles counted, fired at weapons facilities: the facilities' arms are no chemical attack)
    ("وكانت الولايات المتحدة وفرنسا وبريطانيا أطلقت فجر السبت 105 صواريخ على ثلاث منشآت لأسلحة كيماوية في سوريا.",
     "سوريا"),
    # ... yield to the act the body places within it
    ("شنت إسرائيل فجر الخميس غارات جوية على سوريا.\nواستهدفت الغارات مطار التيفور العسكري في ريف حمص.",
     "مطار التيفور العسكري"),
    # ... but not to the act they answer
    (("قال المرصد إن الغارات الإسرائيلية على سوريا فجر الخميس أسفرت عن مقتل 27 شخصا.\nوجاءت الغارات ردا على "
      "إطلاق صواريخ على مواقع في هضبة الجولان."), "سوريا"),
    # ... nor to an act of another kind within it (a chemical attack is no air strike told precisely)
    ("قتل 40 شخصا في هجوم كيماوي على مدينة دوما السبت الماضي.\nوشنت قوات أميركية ضربات جوية على سوريا فجر الخميس.",
     "سوريا"),
    # a state's sites as the target, with no place: their country, wherever the report tells it
    (("وقال مسؤول إن فريق المحققين غادر دمشق إلى مدينة دوما.\nوتنفي الحكومة وقوع أي هجوم.\nوأعلنت روسيا دعمها.\n"
      "وكانت الولايات المتحدة وبريطانيا وفرنسا قد شنت ضربات جوية ضد مواقع تابعة لنظام الأسد فجر الخميس."), "سوريا"),
    # ... not folded into another side's strike placed within it
    (("وشنت الولايات المتحدة وبريطانيا وفرنسا فجر الخميس ضربات صاروخية ضد مواقع سورية.\n"
      "وكانت إسرائيل قد شنت غارة على مطار التيفور العسكري في ريف حمص الإثنين."), "سوريا"),
    # not a state at home, nor a word of weapons
    ("شنت قوات النظام، الخميس، غارات جوية في سوريا.", None),
    ("حذر البنتاغون، الخميس، من نشر موسكو منظومة صواريخ إس-300 في سوريا.", None),
])
def test_a_foreign_state_s_strikes_on_a_whole_country_are_placed_there(text, placed):
    strikes = [i for i in _run(text, published=dt.date(2018, 5, 12)) if i.event_type == "Explosions/Remote violence"
               and i.actor1 is not None and i.actor1.id != "unknown"]
    assert (strikes[0].location.name_ar if strikes else None) == placed, [(i.location.name_ar, i.sub_event_type) for i in strikes]


@pytest.mark.parametrize(("weights", "tier"), [
    ((0.7,), 1),
    ((0.7, 0.3), 1),  # one more cue word does not make a middling cue strong ...
    ((0.7, 0.3, 0.3), 2),  # ... two do
    ((0.6, 0.4, 0.4), 2),
    ((0.8,), 2),
    ((0.4, 0.3), 1),
    ((0.3,), 0),
])
def test_cue_strength_tiers(weights, tier):
    from rasd.assemble._base import _Candidate
    from rasd.assemble.merging import _tier
    from rasd.model import EventMention

    cues = [EventMention(10 * k, 10 * k + 5, "Explosions/Remote violence", "Shelling/artillery/missile attack", weight=w)
            for k, w in enumerate(weights)]
    assert _tier(_Candidate(anchor=cues[0], sentence=0, paragraph=0, cues=cues[1:])) == tier


@pytest.mark.parametrize(("text", "actor1"), [
    # an air strike of the regime and Russia together was flown by Russia
    ("غارة جوية من طائرة تابعة لحلف نظام الأسد وروسيا استهدفت بلدة كنصفرة اليوم", "russia"),
    ("أغار طيران النظام السوري والروسي على مدينة أريحا اليوم", "russia"),
    ("قتل 29 مدنيا اليوم في غارات سورية وروسية استهدفت مدينة دوما", "russia"),  # (the adjective feminine)
    ("استهدفت الطائرات الحربية السورية والروسية مدينة أريحا اليوم", "russia"),
    ("استهدف طيران الأسد وحليفه الروسي بلدة كنصفرة اليوم", "russia"),
    ("الطيران الحربي السوري الروسي يستهدف تجمعا لجبهة النصرة في حي الإذاعة بحلب اليوم", "russia"),
    # a shelling by both, or by the regime and Iran's militias, is recorded for the foreign ally
    ("قصف مدفعي لقوات النظام وروسيا على بلدة كنصفرة اليوم", "russia"),
    ("أصيب طفل بقصف مدفعي لقوات النظام والحليف الروسي على أطراف بلدة البارة اليوم", "russia"),
    ("قتل مدني بقصف صاروخي لقوات النظام والميليشيات الإيرانية على بلدة كنصفرة اليوم", "iran"),
    # partners in one operation, not a backer that only helped
    ("ألقت وحدات أمنية تابعة لقسد وبالتعاون مع قوات التحالف الدولي القبض على شخص في الحسكة اليوم", "coalition"),
    ("ألقت قسد بدعم من التحالف الدولي القبض على شخص في الحسكة اليوم", "sdf"),
    # ... the partner joined later in the sentence, to the act the local force's pronoun did
    ("واعتقلت قسد عددا من المدنيين إثر عمليات دهم نفذتها بالاشتراك مع قوات التحالف في ذيبان اليوم", "coalition"),
    # the foreign partner named first, the local one its associate
    ('بأن دورية مشتركة تابعة لـ"التحالف الدولي" و"قسد"، داهمت منازل عدد من المطلوبين في بلدة الشحيل اليوم',
     "coalition"),
    ("وتمكنت القوات التركية والفصائل الموالية لها من السيطرة على 27 قرية وبلدة في منطقة عفرين اليوم", "turkey"),
    # ... the regime's alone stays the regime's
    ("غارات لطائرات النظام على بلدة كنصفرة اليوم", "regime"),
    ("قصف مدفعي لقوات النظام على بلدة كنصفرة وسط تحليق طيران الاستطلاع الروسي في الأجواء اليوم", "regime"),
])
def test_an_act_of_a_local_force_and_its_foreign_partner_is_the_partners(text, actor1):
    (inc,) = _run(text)
    assert inc.actor1.id == actor1
    local = {"iran": "regime", "russia": "regime", "coalition": "sdf", "turkey": "sna"}.get(actor1)
    assert [a.id for a in inc.assoc_actors] == ([local] if local else [])


def test_a_place_near_which_another_lies_does_not_compete_with_it():
    """"الغوطة الشرقية القريبة من العاصمة السورية دمشق": Damascus tells where the Ghouta is."""
    (inc,) = _run("حذرت الأمم المتحدة من أن منطقة الغوطة الشرقية القريبة من العاصمة السورية دمشق تتعرض "
                  "للقصف الحكومي، وأفادت تقارير بمقتل أكثر من ستين مدنيا اليوم.")
    assert inc.location.name_ar == "الغوطة الشرقية"


def test_where_fire_came_from_is_no_place_of_the_act():
    """"قذائف انطلقت من الغوطة الشرقية على ...", "مصدره مدينة تل رفعت": the act is where they fell."""
    (inc,) = _run("قتل طفلان في قصف صاروخي مصدره مدينة تل رفعت استهدف مدينة اعزاز اليوم")
    assert inc.location.name_ar == "اعزاز"
    (inc,) = _run("قتل ستة أشخاص في قصف بقذائف الهاون انطلق من منطقة الغوطة الشرقية على حي باب توما في دمشق اليوم")
    assert inc.location.name_ar != "الغوطة الشرقية"
    # nor where the aircraft took off
    incs = _run("أفاد المرصد بغارات روسية مكثفة على عدة بلدات في ريف درعا الشرقي. وأشار المرصد إلى أن المقاتلات "
                "المستخدمة السبت لشن الغارات أتت من قاعدة حميميم الواقعة في شمال غرب سوريا.", dt.date(2018, 6, 24))
    assert "قاعدة حميميم" not in {i.location.name_ar for i in incs if i.location}


def test_where_fighters_are_evacuated_to_is_no_place_of_the_act():
    incs = _run("وتسبب القصف المتبادل أمس بتأجيل عملية إجلاء غير الراغبين بالتسوية من مقاتلين ومعارضين إلى "
                "محافظة ادلب في شمال غرب سوريا.")
    assert "ادلب" not in {i.location.name_ar for i in incs if i.location}


def test_the_town_named_again_beats_a_vaguer_place_of_its_sentence():
    """"قتلوا في القرية ذاتها الواقعة على بعد 250 كلم شمال بغداد": the village told before, not Baghdad."""
    incs = _run("انفجرت عبوتان في مقبرة قرية سديرة جنوب الشرقاط أمس مما أدى إلى مقتل 16 شخصا.\n"
                "وحدث الاعتداء أثناء تشييع خمسة مقاتلين قتلوا ليل الأربعاء في القرية ذاتها الواقعة على بعد "
                "250 كلم شمال بغداد.")
    assert {i.location.name_ar for i in incs} == {"سديرة"}


def test_the_town_named_again_in_another_clause_of_a_long_sentence_is_not_the_act_s():
    # "في المدينة" names the town told before again in a clause about it; the execution, told far on in
    # the same run-on sentence, is south of Fallujah
    incs = _run("وصل وزير الدفاع أمس إلى مدينة اربيل في إقليم كردستان.\n"
                "وأشارت مصادر عشائرية إلى أن التنظيم يحتجز نحو 100 ألف نسمة في المدينة كدروع بشرية ويهدد بالقتل "
                "كل من يحاول الخروج منها وقال المتحدث باسم مجلس شيوخ عشائر الأنبار إن التنظيم أعدم 22 عنصرا من "
                "الجيش العراقي أمس في الحي الصناعي جنوب الفلوجة.")
    assert [i.location.name_ar for i in incs] == ["الفلوجة"]


def test_what_an_act_led_to_gives_its_day_and_toll():
    """"وأدى القصف ... إلى مقتل ... الاثنين الماضي": the bombing told before, without a day of its own,
    is the one that killed on Monday, even from the next paragraph."""
    (inc,) = _run("قصفت الطائرات الحربية السورية المنطقة المعروفة باسم \"الغوطة الشرقية\" خارج دمشق.\n"
                  "وأدى القصف الذي تنفذه قوات النظام إلى مقتل أكثر من مائة شخص في يوم واحد الاثنين الماضي.")
    assert (inc.sub_event_type, inc.location.name_ar) == ("Air/drone strike", "الغوطة الشرقية")
    assert (inc.event_date, inc.casualties["killed"].best) == (dt.date(2018, 3, 12), 100)


def test_a_death_from_wounds_is_dated_by_the_act_that_wounded():
    """"توفي X، الجمعة، متأثرا بإصابته جراء انفجار": Friday is the day of the death; the blast, told
    in the next sentence with its own day and place, is the act, and the dead man is its toll."""
    (inc,) = _run("توفي عضو الحزب الديمقراطي صلاح رحماني، الجمعة، متأثرا بإصابته بجروح بليغة جراء انفجار وقع "
                  "في إقليم كردستان العراق.\nوأصيب رحماني في انفجار هز ضاحية بنصلاوة القريبة من مدينة أربيل، "
                  "عصر الخميس.")
    assert (inc.event_date, inc.location.name_ar) == (dt.date(2018, 3, 15), "بنصلاوة")
    assert inc.casualties["killed"].best == 1
    # told alone, the death's day is the nearest to the act's the report gives
    (inc,) = _run("توفي عضو الحزب صلاح رحماني، الجمعة، متأثرا بإصابته جراء انفجار في مدينة أربيل.")
    assert inc.event_date == dt.date(2018, 3, 16)


@pytest.mark.parametrize(("hour", "day"), [(16, dt.date(2018, 3, 16)), (23, PUB), (None, PUB)])
def test_a_night_told_by_a_report_out_before_evening_is_the_night_before(hour, day):
    """A night is dated by the evening it starts: in a report out at four in the afternoon, "ليلا"
    on the day of the report began the evening before."""
    text = "أفاد المرصد السوري السبت بمقتل 11 مدنيا جراء انفجار ألغام لدى عودتهم ليلا إلى بلدة المسيفرة."
    (inc,) = extract(Document(id="t", text=text, published=PUB, published_hour=hour))
    assert (inc.event_date, inc.time_of_day) == (day, "night")


def test_a_campaign_s_gains_lend_no_day_to_the_shelling_folded_with_them():
    """"حملة عسكرية بدأها النظام في 18 فبراير تمكن خلالها من السيطرة": the day of a strategic
    development folded into a shelling as a detail is not the shelling's day."""
    from rasd.assemble._base import _Candidate
    from rasd.assemble.merging import _absorb
    from rasd.model import DateMention, EventMention

    def day(d):
        return DateMention(0, 5, d, "day", (d, d), None)

    shelling = _Candidate(anchor=EventMention(0, 5, "Explosions/Remote violence", "Shelling/artillery/missile attack"),
                          sentence=0, paragraph=0, date=day(PUB), date_inherited=True)
    gains = _Candidate(anchor=EventMention(50, 55, "Strategic developments", "Government regains territory", weight=0.5),
                       sentence=1, paragraph=0, date=day(dt.date(2018, 2, 18)))
    _absorb(shelling, gains)
    assert shelling.date.value == PUB
    # a shelling's own day, told in the sentence of a cue folded in, is its day
    again = _Candidate(anchor=EventMention(50, 55, "Explosions/Remote violence", "Shelling/artillery/missile attack"),
                       sentence=1, paragraph=0, date=day(dt.date(2018, 3, 16)))
    _absorb(shelling, again)
    assert shelling.date.value == dt.date(2018, 3, 16)


def test_a_lead_toll_of_both_sides_goes_to_the_battle_the_body_places():
    """The lead counts both sides' dead in "Syria"; the body places the attack and tells a part of
    the toll (two killed at once): the act's toll is the lead's, both sides added up."""
    (inc,) = _run("أعلنت وزارة الدفاع الروسية، اليوم، مقتل أربعة جنود روس بنيران مسلحين في سوريا، في معركة "
                  "استمرت نحو ساعة تمكنت من خلالها القوة الروسية من قتل 43 مسلحا من المهاجمين.\n"
                  "وأوضحت الوزارة: \"هاجمت عدة مجموعات مسلحة مجموعة مدفعية للقوات السورية في دير الزور، وقتل "
                  "على الفور اثنان من المستشارين الروس، بينما أصيب 5 آخرون\".")
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("دير الزور", 47)


def test_the_toll_of_an_answered_act_is_that_act_s():
    """"ردا على الهجمات الكيماوية التي قيل إن أكثر من 40 شخصا لقوا حتفهم خلالها": the toll of the
    attack the strikes answered, told paragraphs after the attack."""
    incs = _run("وتقول الدول الغربية إن الحكومة السورية شنت هجمات جوية كيماوية على مدينة دوما في 7 مارس الجاري.\n"
                "لكن الحكومة السورية تنفي وقوع هجوم كيماوي.\n"
                "وكانت الولايات المتحدة قد شنت ضربات جوية ضد مواقع تابعة للنظام الأسبوع الماضي، ردا على "
                "\"الهجمات الكيماوية\" والتي قيل إن أكثر من 40 شخصا قد لقوا حتفهم خلالها.")
    chem = [i for i in incs if i.sub_event_type == "Chemical weapon"]
    assert [(i.location.name_ar, i.event_date, i.casualties["killed"].best) for i in chem] == \
        [("دوما", dt.date(2018, 3, 7), 40)]


@pytest.mark.parametrize("text, day, killed", [
    # the day and the toll told in the clause of the act answered are that act's, not the answer's
    (("شنت طائرات النظام غارات جوية على بلدة تفتناز بريف إدلب.\nوتنفذ قوات النظام هذه الغارات ردا على هجوم "
      "نفذته هيئة تحرير الشام في وقت متأخر السبت على بلدتي الفوعة وكفريا."), dt.date(2018, 6, 11), None),
    ("قصفت المدفعية التركية قرية كفرجنة ردا على هجوم نفذته الوحدات الكردية السبت.", dt.date(2018, 6, 11), None),
    ("ردا على مقتل جنديين تركيين السبت، قصفت المدفعية التركية قرية كفرجنة.", dt.date(2018, 6, 11), None),
    # ... and the answer's own are its own
    ("قصفت المدفعية التركية قرية كفرجنة يوم الأحد ردا على هجوم نفذته الوحدات الكردية السبت.",
     dt.date(2018, 6, 10), None),
    ("قصفت المدفعية التركية قرية كفرجنة ما أدى لمقتل مدنيين اثنين، ردا على هجوم.", dt.date(2018, 6, 11), 2),
])
def test_the_day_and_toll_of_an_act_answered_are_not_the_answer_s(text, day, killed):
    (inc,) = [i for i in _run(text, published=dt.date(2018, 6, 11)) if i.actor1 and i.actor1.id in ("regime", "turkey")]
    assert inc.event_date == day
    assert (inc.casualties["killed"].best if "killed" in inc.casualties else None) == killed


def test_an_act_answered_some_days_before_has_not_the_answer_s_day():
    text = ("ونفذت قوات أميركية وبريطانية وفرنسية ضربات جوية ضد سوريا في وقت مبكر من السبت، ردا على هجوم يعتقد أنه "
            "كيماوي، أسفر عن مقتل العشرات في دوما بالغوطة الشرقية قبل أيام.")
    (chem,) = [i for i in _run(text, published=dt.date(2018, 4, 14)) if i.sub_event_type == "Chemical weapon"]
    assert chem.event_date is None


def test_an_answer_inherits_no_place_from_the_act_it_answers():
    # "هذه الضربات" names no place: not دوما, told only as where the answered attack was
    text = ("وجهت الولايات المتحدة وبريطانيا وفرنسا ضربات طالت أهدافا في سوريا صباح السبت.\n"
            "وجاءت هذه الضربات الجوية ردا على هجوم كيميائي في مدينة دوما الأسبوع الماضي.")
    incs = _run(text, published=dt.date(2018, 4, 14))
    assert not any(i.location.name_ar == "دوما" for i in incs if i.sub_event_type == "Air/drone strike")


def test_the_dead_of_a_protest_movement_are_no_one_act_s_toll():
    """"ارتفع عدد قتلى التظاهرات إلى ثلاثة، بعدما توفي متظاهران ... في مدينة العمارة": three over the
    movement's towns and days; the two who died of the shooting in Amarah are the act's."""
    (inc,) = _run("وارتفع عدد قتلى التظاهرات إلى ثلاثة ليل الجمعة السبت، بعدما توفي متظاهران متأثران بجروحهما "
                  "\"جراء إطلاق نار عشوائي في مدينة العمارة\" وسط محافظة ميسان.")
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("العمارة", 2)


def test_an_answered_act_has_the_day_and_place_told_after_the_answer():
    """"ضربات شنتها الدول الثلاث فجر السبت 14 نيسان ضد مواقع سورية ردا على هجوم كيميائي ... في دوما
    في 7 نيسان": the chemical attack is Douma's, on the 7th; the strikes are not placed in Douma."""
    incs = _run("ويأتي هذا الهجوم بعد ضربات صاروخية شنتها الولايات المتحدة وبريطانيا وفرنسا فجر السبت 14 "
                "آذار/مارس ضد مواقع سورية عدة ردا على تقارير حول هجوم كيميائي مفترض اتهمت الدول الغربية "
                "الثلاث دمشق بشنه في دوما بالغوطة الشرقية في 7 آذار/مارس الجاري.")
    got = {(i.sub_event_type, i.location.name_ar, i.event_date) for i in incs}
    assert ("Chemical weapon", "دوما", dt.date(2018, 3, 7)) in got
    assert not any(i.location.name_ar == "دوما" for i in incs if i.sub_event_type != "Chemical weapon")


@pytest.mark.parametrize(("text", "answer"), [
    ("ردا على هجوم", True),
    ("انتقاما لمقتل جنوده", True),
    ("ورد عليه التحالف بضربة جوية", False),  # the answer after the act: no act answered after it
])
def test_the_words_of_an_answer(text, answer):
    from rasd.recognize.events import responds
    from rasd.text.normalize import fold

    assert responds(fold(text)) == answer


def test_a_strike_threatened_is_no_act():
    incs = _run("بحث المبعوث الروسي خلال زيارة إلى طهران الثلاثاء التهديدات الغربية بتوجيه ضربة عسكرية "
                "إلى النظام السوري.")
    assert incs == []
    # ... one's own threats too, with the act they answer a separate one
    (inc,) = _run("وكرر ترامب تهديداته بتوجيه ضربات صاروخية ردا على ما يشتبه بأنه هجوم بغاز سام على دوما في "
                  "السابع من أبريل.", published=dt.date(2018, 4, 13))
    assert inc.sub_event_type == "Chemical weapon"


def test_the_owner_of_the_launchers_a_strike_hit_is_its_target():
    """"استهدفت مستودعات ومنصات صواريخ تابعة للحرس الثوري": the rockets were hit, not fired."""
    (inc,) = _run("وأفادت تقارير بأن الغارة على الكسوة استهدفت مستودعات ومنصات صواريخ تابعة للحرس الثوري الإيراني.")
    assert (inc.actor1, inc.actor2.id) == (None, "iran")


def test_a_salvo_partly_intercepted_is_still_the_strike():
    """"أطلقت ثمانية صواريخ، تم اعتراض خمسة منها": some of the missiles stopped, the strike told."""
    (inc,) = _run('اتهم الجيش السوري طائرات حربية إسرائيلية بتنفيذ ضربات على قاعدة "تيفور" الجوية اليوم، حلقت فوق '
                  "الأجواء اللبنانية وأطلقت ثمانية صواريخ، تم اعتراض خمسة منها بينما وصلت ثلاثة صواريخ إلى الهدف.")
    assert (inc.sub_event_type, inc.actor1.id) == ("Air/drone strike", "israel")


def test_launchers_delivered_or_destroyed_fire_nothing():
    """"سلمت روسيا 4 منصات لإطلاق الصواريخ إلى دمشق": a launcher is a thing, no rocket fire; nor is a
    vehicle bomb destroyed with it a bomb set off ("أسفرت العملية عن تدمير سيارة مفخخة ومنصة لإطلاق الصواريخ")."""
    assert _run("وأبلغ وزير الدفاع بأن روسيا سلمت 4 منصات لإطلاق الصواريخ إلى دمشق اليوم.") == []
    incs = _run("نفذت القوات العراقية صباح اليوم عملية استهدفت تجمعات التنظيم شمالي مدينة الرمادي، مما أسفر عن "
                "مقتل 22 من عناصره. وأبان المصدر أن العملية أسفرت كذلك عن تدمير سيارة مفخخة ومنصة لإطلاق الصواريخ.")
    assert "Remote explosive/landmine/IED" not in {i.sub_event_type for i in incs}


def test_the_city_a_region_is_of_does_not_compete_with_the_town_in_it():
    """"بلدة دوما السورية في الغوطة الشرقية لدمشق": the Ghouta of Damascus situates Douma."""
    (inc,) = _run("قالت اللجنة الدولية إن عائلات بلدة دوما السورية في الغوطة الشرقية لدمشق يلجأون إلى أقبية "
                  "منازلهم للفرار من قصف القوات الحكومية.")
    assert inc.location.name_ar == "دوما"


def test_violent_protests_are_a_riot_with_their_toll():
    (inc,) = _run("أفادت مصادر أمنية بارتفاع عدد القتلى إلى 3 أشخاص وإصابة 14 في محافظة البصرة جنوب العراق في "
                  "احتجاجات عنيفة تزامنت مع إعادة فرض حظر التجول في المحافظة.")
    assert (inc.sub_event_type, inc.casualties["killed"].best, inc.casualties["injured"].best) == \
        ("Violent demonstration", 3, 14)


def test_the_pace_of_shelling_and_the_day_a_campaign_began_are_no_act():
    """"وتكثفت مؤخرا وتيرة إطلاق القذائف على دمشق بالتزامن مع حملة ... في 18 فبراير": many acts, and
    the day their campaign began."""
    incs = _run("قتل 29 مدنيا اليوم في قصف على مدينة دوما.\n"
                "وتكثفت مؤخرا وتيرة إطلاق القذائف على دمشق وضواحيها بالتزامن مع حملة عسكرية لقوات النظام "
                "في 18 فبراير ضد الغوطة الشرقية.")
    assert [(i.location.name_ar, i.event_date) for i in incs] == [("دوما", PUB)]


def test_the_day_a_movement_began_dates_none_of_its_acts():
    incs = _run("وأدى استخدام القوة ضد المظاهرات التي بدأت في الجنوب في الثامن من آذار إلى مقتل 14 شخصا في "
                "مدينة البصرة، إضافة إلى اعتقال العشرات.")
    assert incs and dt.date(2018, 3, 8) not in {i.event_date for i in incs}


def test_an_act_with_its_toll_placed_nowhere_is_no_detail_of_another_paragraphs_act():
    """A Revolutionary Guard strike on Abu Kamal, then the attack in Ahvaz (a city the gazetteer
    lacks) that it answered, with its toll: the toll is not the strike's."""
    incs = _run("أعلن الحرس الثوري الإيراني اليوم أنه قصف بعدة صواريخ باليستية مقر الجماعة التي نفذت هجوم الأحواز "
                "في مدينة البوكمال شرقي سوريا.\n"
                "وذكرت وسائل الإعلام الإيرانية أن الهجوم، الذي وقع في مدينة الأحواز، أدى إلى سقوط 29 قتيلا.")
    assert [(i.location.name_ar, i.casualties.get("killed")) for i in incs] == [("البوكمال", None)]


def test_a_vigil_in_a_sentence_that_tells_of_killings_elsewhere_is_no_force():
    """The violence a protest met is told near it: a killing told in another clause of a long
    sentence does not make a vigil "excessive force"."""
    incs = _run("في حين استذكر العشرات من المسيحيين الذكرى السنوية الأولى لاجتياح تنظيم داعش للقرى في سهل نينوى، "
                "خلال وقفة احتجاجية أمام مكتب الأمم المتحدة في مدينة أربيل عاصمة إقليم كردستان العراق، كشف ناشط "
                "سياسي موصلي أمس أن تنظيم داعش قتل منذ سيطرته على الموصل الصيف الماضي 2070 شخصا.")
    assert "Excessive force against protesters" not in {i.sub_event_type for i in incs}


def test_a_country_that_hastens_to_act_is_a_party_not_a_place():
    """"سارعت إيران، عبر ميليشيات عصائب أهل الحق، إلى إطلاق النار على المتظاهرين": Iran acts; the
    shooting is where the protests are."""
    (inc,) = _run("احتج الآلاف في مدينة البصرة اليوم.\nوفي المقابل، سارعت إيران، عبر ميليشيات \"عصائب أهل الحق\" "
                  "إلى إطلاق النار على المتظاهرين، الأمر الذي أدى مقتل أحدهم.")
    assert (inc.sub_event_type, inc.location.name_ar, inc.casualties["killed"].best) == \
        ("Excessive force against protesters", "البصرة", 1)


def test_a_verb_that_carries_its_subject_takes_an_object_after_it():
    """"واستهدفوا القوات التركية": a plural verb has its subject; the forces after it were its target."""
    (inc,) = _run("واستهدفوا القوات التركية في عفرين بالقذائف.")
    assert (inc.actor1, inc.actor2.id) == (None, "turkey")


def test_the_dead_of_a_blast_during_an_arrest_raid_are_the_blasts():
    (inc,) = _run("قتل انفجار اليوم جنديين للتحالف، أمريكي وبريطاني، أثناء عملية لاعتقال قيادي داعشي في منبج.")
    assert (inc.sub_event_type, inc.casualties["killed"].best) == ("Remote explosive/landmine/IED", 2)


def test_thousands_of_strikes_are_a_tally_not_an_act():
    text = ("وثق المرصد تنفيذ طائرات النظام الحربية ما لا يقل عن 12053 غارة، استهدفت بصواريخها عدة مناطق في "
            "محافظات دمشق وريف دمشق وحلب ودرعا.")
    assert _run(text) == []
    # a day's hundreds of shells are that day's shelling
    (inc,) = _run("قتل سبعة أشخاص في أكثر من 300 قذيفة سقطت على بلدة الفوعة في محافظة إدلب.")
    assert inc.location.name_ar == "الفوعة"


def test_the_day_told_inside_the_month_told_with_an_act_is_its_day():
    text = ("أعلنت وزارة الدفاع الأمريكية أن غارة جوية لقوات التحالف الدولي أدت في مطلع يوليو إلى مقتل زعيم "
            "مجموعة خراسان، وقال متحدث إنه قتل في 8 يوليو خلال تنقله بسيارة بالقرب من سرمدا بشمال غرب سوريا.")
    (inc,) = _run(text, dt.date(2015, 7, 22))
    assert inc.event_date == dt.date(2015, 7, 8)
    assert inc.date_precision == "day"


def test_attackers_carrying_belts_killed_in_their_attack_are_a_clash():
    text = ("وأفاد مصدر أمني أن 8 أشخاص يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم على القوات الأمنية "
            "العراقية في محيط حي التأميم جنوبي الرمادي.")
    (inc,) = _run(text)
    assert inc.sub_event_type == "Armed clash"
    assert inc.casualties["killed"].best == 8


def test_the_dead_of_two_clauses_of_one_sentence_at_one_place_add_up():
    text = ("وقال مسؤول إن تنظيم داعش أعدم أمس تسعة من سائقي سيارات الأجرة وسط الموصل بتهمة التجسس، في حين "
            "قتل التنظيم خمسة مواطنين كرد من سكان الموصل.")
    (inc,) = _run(text, dt.date(2015, 8, 7))
    assert inc.casualties["killed"].best == 14


@pytest.mark.parametrize("text, killed", [
    # the second clause tells of another place: another act's dead
    ("قتل 20 مدنيا بقصف بالنابالم على مدينة دوما، بينما قتل خمسة مدنيين وأصيب آخرون في مدينة عربين.", 20),
    # deaths of hardship are no victims of the act
    ("قتل 1280 شخصا خلال هجوم المتطرفين على مدينة سنجار، فيما توفي 280 بسبب سوء الظروف.", 1280),
    # the same figure told again
    ("قتل 9 مدنيين بقصف على مدينة دوما، فيما قتل 9 مدنيين بحسب الدفاع المدني.", 9),
])
def test_the_dead_of_another_clause_are_not_added_when_they_are_not_the_act_s(text, killed):
    inc = _run(text)[0]
    assert inc.casualties["killed"].best == killed


def test_an_ally_of_the_perpetrator_is_not_its_target():
    text = "وقالت وزارة الدفاع الروسية إن الطائرات الروسية قصفت مواقع قرب قوات النظام السوري في بلدة كفرنبودة بريف حماة."
    (inc,) = _run(text)
    assert inc.actor1.id == "russia"
    assert inc.actor2 is None


def test_an_act_told_again_in_a_retold_report_of_another_day_is_not_the_news():
    # the blast Monday's statement told of, and an attack on the same town that an earlier report
    # ("وكان المرصد قد تحدث في الثاني من أبريل") told of: two acts, each on its own day
    text = ("ذكر المرصد السوري لحقوق الإنسان، الاثنين، أن انفجارا استهدف سيارة عسكرية قرب بلدة عين عيسى، "
            "ما أسفر عن مقتل شخص على الأقل.\n"
            "وكان المرصد قد تحدث في الثاني من أبريل الماضي عن استهداف قاعدة للتحالف الدولي في منطقة عين عيسى "
            "بشمال غرب الرقة.")
    incs = _run(text, published=dt.date(2018, 6, 4))
    blast = next(i for i in incs if i.casualties["killed"].best == 1)
    assert (blast.location.name_ar, blast.event_date) == ("عين عيسى", dt.date(2018, 6, 4))


def test_the_protesters_are_never_the_perpetrators_of_the_force_used_on_them():
    from rasd.assemble._base import EXCESSIVE_FORCE, _Candidate
    from rasd.assemble.actors import _can_do, _never_theirs
    from rasd.model import ActorMention, EventMention

    protesters = ActorMention(0, 10, "protesters", "Protesters", "المتظاهرون")
    force = _Candidate(EventMention(20, 25, "Protests", EXCESSIVE_FORCE), sentence=0, paragraph=0)
    riot = _Candidate(EventMention(20, 25, "Riots", "Violent demonstration"), sentence=0, paragraph=0)
    assert _never_theirs(protesters, force) and not _can_do(protesters, force)
    assert not _never_theirs(protesters, riot) and _can_do(protesters, riot)


def test_a_total_restated_without_its_period_is_still_a_total():
    text = ("قال مركز الدفاع المدني إنه وثق مقتل 1433 مدنيا في 34 يوما من هجمات قوات النظام على الغوطة الشرقية.\n"
            "وذكر المركز أن الغارات الجوية للنظام على الغوطة الشرقية أسفرت عن مقتل 1433 مدنيا.")
    assert all(i.casualties.get("killed") is None or i.casualties["killed"].best != 1433 for i in _run(text))


def test_figures_going_on_with_a_tally_are_no_act_s():
    text = ("قال المرصد إن القصف على حرستا أسفر عن مقتل ثمانية مدنيين، لترتفع بذلك حصيلة القتلى المدنيين "
            "منذ 18 شباط/فبراير إلى 1031 بينهم 219 طفلا. كما أصيب أكثر من 4350 آخرين بجروح.")
    (inc,) = _run(text)
    assert inc.casualties["killed"].best == 8
    assert "injured" not in inc.casualties or inc.casualties["injured"].best is None
    # the wounded of the act itself are its own
    (inc,) = _run("قتل 5 مدنيين بقصف على بلدة حرستا اليوم. كما أصيب 12 آخرون بجروح.")
    assert (inc.casualties["killed"].best, inc.casualties["injured"].best) == (5, 12)


@pytest.mark.parametrize("campaign", ["حملة عسكرية بدأها قوات النظام السوري في 18 فبراير",
                                      "حملة عسكرية لقوات النظام السوري في 18 فبراير"])
def test_the_day_a_campaign_was_begun_is_no_act_s_day(campaign):
    text = ("أعلن التلفزيون الرسمي السوري، الثلاثاء، أن قذيفة صاروخية للفصائل استهدفت سوقا شعبية في ضاحية "
            "جرمانا، ما أسفر عن مقتل 35 شخصا.\n"
            f"وتكثف إطلاق القذائف بالتزامن مع {campaign} ضد الغوطة الشرقية، تمكن خلالها من السيطرة على نحو "
            "65 بالمئة منها.")
    incs = _run(text, published=dt.date(2018, 3, 20))
    assert incs and all(i.event_date != dt.date(2018, 2, 18) for i in incs), [(i.event_date, i.sub_event_type) for i in incs]
    assert any(i.casualties["killed"].best == 35 and i.event_date == dt.date(2018, 3, 20) for i in incs)


def test_the_day_a_campaign_began_is_no_act_s_day_but_the_act_it_began_with_keeps_its_own():
    text = ("وبدأت تركيا في العشرين من فبراير حملة عسكرية ضد منطقة عفرين، وقصفت القوات التركية مدينة عفرين "
            "ما أسفر عن مقتل 5 مدنيين.")
    assert all(i.event_date != dt.date(2018, 2, 20) for i in _run(text))
    text = ("وكانت الاحتجاجات بدأت في البلاد في 8 آذار الجاري عندما فتحت قوات الأمن النار على متظاهرين "
            "شباب في البصرة.")
    assert [i.event_date for i in _run(text)] == [dt.date(2018, 3, 8)]


def test_a_week_since_is_how_long_an_act_went_on_not_when():
    text = "وتشهد الغوطة الشرقية مواجهات عنيفة منذ أسبوع بين فصائل المعارضة وقوات النظام في بلدة مسرابا."
    incs = _run(text)
    assert all(i.event_date != PUB - dt.timedelta(days=7) for i in incs), [(i.event_date, i.sub_event_type) for i in incs]


@pytest.mark.parametrize("text", [
    "وقال قاسم إن السكان يواجهون تهجيرا نتيجة قصف الطيران التركي على بلدات وقرى عفرين منذ 52 يوماً.",
    "وأفاد ناشطون بأن القوات التركية تقصف بلدة جنديرس في ريف عفرين منذ ثلاثة أيام.",
])
def test_days_counted_since_are_how_long_an_act_went_on_not_when(text):
    incs = _run(text)
    assert all(i.event_date is None or (PUB - i.event_date).days < 3 for i in incs), \
        [(i.event_date, i.sub_event_type) for i in incs]


def test_an_act_told_at_that_time_is_of_the_time_told_before_not_of_the_report_s_day():
    text = ("قتل مدني في انفجار عبوة ناسفة في مدينة مصياف بريف حماة اليوم.\n"
            "وكان المركز قد استهدف بغارة إسرائيلية في تموز/يوليو الماضي.\n"
            "ونقلت وكالة الأنباء السورية الرسمية (سانا) وقتها، عن مصدر عسكري، خبر تعرض أحد المواقع العسكرية في "
            "مصياف لعدوان جوي إسرائيلي.")
    assert [(i.event_date, i.sub_event_type) for i in _run(text)] == [(PUB, "Remote explosive/landmine/IED")]
    text = ("قتل مدني في انفجار عبوة ناسفة في مدينة مصياف بريف حماة اليوم.\n"
            "وشنت الولايات المتحدة وبريطانيا وفرنسا في 14 آذار غارات ضد مواقع في سوريا.\n"
            "واستهدفت غارات جوية مواقع ومقار عسكرية عدة في دمشق وحمص. ومن بين المواقع المستهدفة مركز البحوث "
            "العلمية، وفق ما أفاد المرصد السوري لحقوق الإنسان في حينه.")
    strikes = [i for i in _run(text) if i.sub_event_type == "Air/drone strike"]
    assert strikes and all(i.event_date == dt.date(2018, 3, 14) for i in strikes), [(i.event_date, i.location) for i in strikes]


def test_an_act_told_only_in_a_period_is_the_campaign_not_an_incident_of_the_report_s_day():
    text = ("ومنذ بدء قوات النظام تصعيدها على الغوطة الشرقية في 18 شباط/فبراير الذي تسبب بمقتل 1160 مدنيا، "
            "لم تسلم المرافق الطبية ولا الطواقم من القصف.")
    assert _run(text) == []
    # (a period opened after the act's clause, of a toll told there, leaves the act its day)
    text = "قتل 5 مدنيين في قصف مدفعي على مدينة دوما، وسط حملة عسكرية عنيفة بدأت منذ 18 شباط."
    assert [(i.event_date, i.casualties["killed"].best) for i in _run(text)] == [(PUB, 5)]


def test_a_toll_since_an_escalation_is_a_tally():
    text = ("قتل 9 مدنيين في غارات على مدينة دوما اليوم. ولقي ما لا يقل عن 541 شخصا مصرعهم بسبب الغارات الجوية "
            "والمدفعية الحكومية منذ تصاعد وتيرة العنف قبل نحو أسبوع.")
    assert [i.casualties["killed"].best for i in _run(text)] == [9]


def test_a_toll_since_a_revolution_or_a_war_is_a_tally():
    text = ("قتل تسعة جنود في هجوم مسلح على دورية في منطقة الكرمة اليوم.\nوأسفرت الهجمات التي يشنها متشددون، "
            "منذ ثورة عام 2011، عن مقتل العشرات من قوات الأمن فضلا عن 59 سائحا في المنطقة.")
    assert [i.casualties["killed"].best for i in _run(text)] == [9]


@pytest.mark.parametrize("text", [
    ("قتل 9 مدنيين في غارات على مدينة حرستا اليوم. وكان الهجوم على مدينة دوما قد أدى إلى مقتل أكثر من 1500 "
     "شخص في قصف متواصل بالطائرات والصواريخ."),
    "قتل 9 مدنيين في غارات على مدينة حرستا اليوم. وتسببت حملة القصف على مدينة دوما بمقتل 1300 مدني.",
    ("قتل 9 مدنيين في غارات على مدينة حرستا اليوم. وقالت منظمة طبية إن الطائرات قصفت مدينة دوما خلال "
     "الأسبوعين الماضيين، مما أسفر عن مقتل نحو ألفي شخص."),
    ("قتل 9 مدنيين في غارات على مدينة حرستا اليوم. وفي مدينة دوما قتلت الغارات أكثر من 1100 شخص، منذ "
     "مطلع شباط الماضي."),
])
def test_a_toll_in_the_thousands_told_with_a_campaign_is_the_campaign_s(text: str):
    """"أدى الهجوم على دوما إلى مقتل أكثر من 1500 شخص في قصف متواصل": acts that went on, or a campaign,
    killed that many; no one act's toll."""
    assert all((i.casualties["killed"].best or 0) < 1000 for i in _run(text))


@pytest.mark.parametrize("text", [
    ("قتل 9 مدنيين في غارات على مدينة حرستا اليوم. وجاء ذلك بعد هجوم واسع على مدينة دوما استمر "
     "شهرا، قتل خلاله أكثر من 1200 مدني."),
    "قتل 9 مدنيين في غارات على مدينة حرستا اليوم. وقال ناشطون إن عدد القتلى في دوما وصل إلى 1400 قتيل.",
    "قتل 9 مدنيين في غارات على مدينة حرستا اليوم. وقال الأطباء إن القتال في مدينة دوما خلف نحو 1100 قتيل.",
    ("قتل 9 مدنيين في غارات على مدينة حرستا اليوم. وتقول منظمات إن الغارات الجوية والقصف المدفعي على "
     "مدينة دوما أسفرت عن مقتل 1300 مدني."),
    ("قتل 9 مدنيين في غارات على مدينة حرستا اليوم. وقالت منظمة إغاثة إن أكثر من ألفي شخص قتلوا في "
     "الهجوم على مدينة دوما."),
])
def test_a_toll_in_the_thousands_told_of_fighting_a_span_or_a_rising_count_is_the_campaign_s(text: str):
    """"هجوم قتل خلاله أكثر من 1200 مدني"، "وصل عدد القتلى إلى 1400"، "خلف القتال 1100 قتيل": the toll of
    a span of acts, not of today's strikes."""
    assert all((i.casualties["killed"].best or 0) < 1000 for i in _run(text))


def test_a_toll_in_the_thousands_of_an_attack_long_past_stays_its_own():
    """"أدى الهجوم إلى مقتل نحو 5 آلاف" in a report that recalls the attack's year: one act's toll (and
    the same sentence in a report of this year's war is the campaign's, above)."""
    text = "قصفت الطائرات مدينة حلبجة بالغاز في 16 آذار 1988. وأدى الهجوم إلى مقتل نحو 5 آلاف كردي."
    assert 5000 in [i.casualties["killed"].best for i in _run(text, published=dt.date(2018, 3, 17))]


def test_a_campaign_toll_after_a_period_s_tally_makes_no_incident():
    """After "قتلت 2100 خلال ثمانية أشهر", "مقتل 1900 جراء الضربات ... في محافظات حماة وحلب" tells a
    share of that tally: no strike at Hama, with or without its toll."""
    text = ("أفاد المرصد بأن طائرات التحالف قتلت 2100 من عناصر التنظيم خلال ثمانية أشهر. وقال المرصد اليوم "
            "إن 120 مدنيا قتلوا جراء هذه الغارات خلال هذه الفترة. ولفت إلى مقتل 1900 على الأقل من التنظيم "
            "جراء الضربات الصاروخية وغارات التحالف على مقار التنظيم في محافظات حماة وحلب والرقة.")
    assert _run(text, published=dt.date(2015, 7, 23)) == []


def test_the_means_a_campaign_s_toll_is_told_by_make_no_incident():
    """"ارتفعت حصيلة قتلى العملية العسكرية ... إلى 162 مدنيا غالبيتهم في قصف": how the campaign's dead
    died, however far the toll's words stand before the cue in its clause."""
    text = ("وارتفعت بذلك حصيلة قتلى العملية العسكرية في محافظة درعا إلى 162 مدنيا غالبيتهم في قصف لقوات النظام "
            "والطيران الروسي، بحسب المرصد.")
    assert _run(text, published=dt.date(2018, 7, 8)) == []
    # an act's own toll told again is that act's
    (inc,) = _run("وارتفعت حصيلة قتلى القصف الذي استهدف مدينة درعا اليوم إلى 12 مدنيا.", published=dt.date(2018, 7, 8))
    assert inc.casualties["killed"].best == 12


def test_every_read_also_label_holds_a_quick_key():
    from rasd.lang.ar.page_words import READ_ALSO
    from rasd.pipeline import _READ_ALSO_KEYS

    assert all(any(key in label for key in _READ_ALSO_KEYS) for label in READ_ALSO)
    from rasd.lang.ar.page_words import NAVIGATION

    assert all(any(key in label for key in _READ_ALSO_KEYS) for label in NAVIGATION)


@pytest.mark.parametrize("link", [
    "إقرأ أيضا في بي بي سي: جرحى في تفجير قرب مركز تدليك وسط بغداد",
    "اقرأ أيضًا.. جرحى في تفجير قرب مركز تدليك وسط بغداد",
    "اقرأ أيضاً:\n\nجرحى في تفجير قرب مركز تدليك وسط بغداد",
    "للمزيد: جرحى في تفجير قرب مركز تدليك وسط بغداد",
    # a list of headlines under a lone label, some with their day
    ("اقرأ المزيد\n\nالجمعة 2022/08/19\n\nأكثر من 40 قتيلاً بمجزرة في مدينة الباب (صور)\n"
     "ما مصير المختطفين بعد هجمات السويداء؟\nجرحى في تفجير قرب مركز تدليك وسط بغداد"),
    # the links to the site's stories before and after this one, each label alone on its line
    "السابق\n\nجرحى في تفجير قرب مركز تدليك وسط بغداد\n\nالتالي\n\nمقتل شخص باشتباكات عشائرية في ريف درعا",
    # a box's heading with its first headline on its line, after a colon
    "مواضيع ذات صِلة : جرحى في تفجير قرب مركز تدليك وسط بغداد (صور)",
    "قد يهمك أيضا: جرحى في تفجير قرب مركز تدليك وسط بغداد",
])
def test_a_link_to_another_story_is_no_part_of_the_report(link):
    from rasd.pipeline import read_also_blanked

    text = f"قتل 16 شخصا في تفجير بمدينة الصدر في بغداد اليوم.\n{link}\nوأظهرت الصور أعمدة الدخان."
    blanked = read_also_blanked(text)
    assert len(blanked) == len(text) and "تدليك" not in blanked and "عشائرية" not in blanked \
        and "أعمدة الدخان" in blanked
    (inc,) = _run(text)
    assert inc.casualties["killed"].best == 16


@pytest.mark.parametrize("link", [
    # a story's link label and its headline glued after the body's last full stop, or on a line of its own
    " رابط الخبر بصحيفة الوئام: مقتل 20 في تفجير سيارة مفخخة بسوق في الموصل",
    "\nرابط المقال: مقتل 20 في تفجير سيارة مفخخة بسوق في الموصل",
    "» رابط مختصر للمقالة: مقتل 20 في تفجير سيارة مفخخة بسوق في الموصل",
])
def test_a_story_link_s_headline_makes_no_act_of_its_own(link):
    from rasd.pipeline import story_links

    text = "قتل 16 شخصا في تفجير بمدينة الصدر في بغداد اليوم. وأظهرت الصور أعمدة الدخان." + link
    ((s, e),) = story_links(text)
    assert "الموصل" in text[s:e] and "أعمدة الدخان" not in text[s:e]
    (inc,) = _run(text)
    assert inc.casualties["killed"].best == 16


def test_a_story_link_s_headline_still_adds_to_the_act_it_tells_again():
    """What the headline tells of the report's own act (its toll) is kept with that act."""
    text = ("انفجرت سيارة مفخخة في سوق شعبي بحي البياع في بغداد اليوم. رابط الخبر بصحيفة الوئام: مقتل 18 "
            "شخصا بانفجار سيارة مفخخة في حي البياع")
    (inc,) = _run(text)
    assert inc.casualties["killed"].best == 18


@pytest.mark.parametrize("text", [
    # "رابط" in the report's own words is no label
    "قطع المسلحون الطريق الرابط بين زبيد والجراحي. رابطت القوات على تخوم المدينة.",
    "وقال إنه لم يثبت حتى الآن أي رابط مع الإرهاب. رابط الجأش قائد الكتيبة.",
])
def test_the_word_link_in_the_report_s_own_words_is_no_label(text):
    from rasd.pipeline import story_links

    assert story_links(text) == []


_STORY = "قتل 16 شخصا في تفجير بمدينة الصدر في بغداد اليوم.\n\nوأظهرت الصور أعمدة الدخان فوق السوق."


@pytest.mark.parametrize("page", [
    # a box of other stories under its heading
    _STORY + "\n\nالأكثر قراءة\n\nمقتل شخصين بقصف مدفعي على بلدة الأتارب\n\nهل يرتفع سعر الذهب أكثر؟"
             "\n\nمسيرة تستهدف سيارة على طريق جرابلس",
    # headlines each with its date, no heading
    _STORY + "\n\nسوريا\n\nمقتل شخصين بقصف مدفعي على بلدة الأتارب\n\n2019/05/02\n\nمعرض للكتاب في إسطنبول"
             "\n\n2019/05/02\n\nمسيرة تستهدف سيارة على طريق جرابلس\n\n2019/05/01\n\nارتفاع أسعار الخبز\n\n"
             "2019/05/01",
    # items opening with their date and time
    "2018/03/16 09:23 مقتل شخصين بقصف مدفعي على بلدة الأتارب\n2018/03/16 10:02 معرض للكتاب في إسطنبول\n"
    "2018/03/15 11:12 مسيرة تستهدف سيارة على طريق جرابلس\n2018/03/15 18:40 ارتفاع أسعار الخبز\n\n" + _STORY,
    # the site's "today" (the day the page was saved, after the report's) over its ticker
    "السبت 1 آب, 2026\n\nمقتل شخصين بقصف مدفعي على بلدة الأتارب\n\nمعرض للكتاب في إسطنبول هذا الأسبوع\n\n"
    "مسيرة تستهدف سيارة على طريق جرابلس\n\nارتفاع أسعار الخبز في دمشق\n\n" + _STORY,
    # headlines cut short by an ellipsis, teasers of other stories
    _STORY + "\n\nمقتل شخصين بقصف مدفعي على بلدة الأتارب في...\n\nمعرض للكتاب في إسطنبول يستقبل...\n\n"
             "مسيرة تستهدف سيارة على طريق جرابلس…",
])
def test_a_page_s_lists_of_other_stories_are_no_part_of_the_report(page):
    from rasd.pipeline import story_lists_blanked

    blanked = story_lists_blanked(page, PUB)
    assert len(blanked) == len(page) and "الأتارب" not in blanked and "جرابلس" not in blanked
    assert "أعمدة الدخان" in blanked
    (inc,) = _run(page)
    assert inc.casualties["killed"].best == 16


def test_a_report_s_own_short_lines_are_no_list():
    """A post's short lines, or a date at the top that is the report's own day, head no list."""
    from rasd.pipeline import story_lists_blanked

    post = ("2018/03/17\n#عاجل\nقصف مدفعي لقوات النظام على بلدة الأتارب\nإصابة طفلين بجروح في القصف\n"
            "فرق الدفاع المدني تسعف المصابين")
    assert story_lists_blanked(post, PUB) == post
    assert [i.location.name_ar for i in _run(post)] == ["الأتارب"]


@pytest.mark.parametrize("line", [
    # a heading's words opening the report's own prose: a full stop or a comma ends it, or it runs long
    "أخبار أخرى: قال المتحدث إن القوات قصفت البلدة فجر اليوم.",
    ("ذات صلة: قتل 3 أشخاص في قصف مدفعي لقوات النظام على بلدة الأتارب في ريف حلب الغربي فجر اليوم، وأصيب آخرون بجروح"
     " متفاوتة نقلوا على إثرها إلى المشافي الميدانية في المنطقة"),
])
def test_a_box_heading_s_words_opening_prose_are_the_report_s_own(line):
    from rasd.pipeline import read_also_blanked

    text = "قتل 16 شخصا في تفجير بمدينة الصدر في بغداد اليوم.\n" + line
    assert read_also_blanked(text) == text


def test_a_line_opening_with_a_navigation_word_is_the_report_s_own():
    """"السابق" alone on its line labels a link; a line that goes on after it is the report's."""
    from rasd.pipeline import read_also_blanked

    text = "قتل 16 شخصا في تفجير بمدينة الصدر في بغداد اليوم.\nالسابق ذكره أن التفجير وقع في سوق شعبي."
    assert read_also_blanked(text) == text


@pytest.mark.parametrize("tags", ["سمات الرمادي داعش هجوم مسلح ", "\nالوسوم:\nالموصل\nانفجار\n"])
def test_a_page_s_closing_tags_are_no_part_of_the_report(tags):
    from rasd.pipeline import tags_blanked

    text = "أعلنت خلية الإعلام الحربي اليوم عن مقتل عشرة من عناصر داعش بضربة جوية جنوبي الرمادي. " + tags
    blanked = tags_blanked(text)
    assert len(blanked) == len(text) and blanked.rstrip().endswith("الرمادي.")
    assert [i.sub_event_type for i in _run(text)] == ["Air/drone strike"]
    # a label inside a sentence is a word of it
    assert tags_blanked("وقالت إن سمات الهجوم تشير إلى داعش.") == "وقالت إن سمات الهجوم تشير إلى داعش."


def test_a_box_of_three_other_stories_each_over_its_date_is_no_part_of_the_report():
    from rasd.pipeline import story_lists_blanked

    box = ("تابعونا\n\nاشتباكات على الحدود الشمالية وحصيلة القتلى 25 قتيلاً\n\nالأحد 2024/05/12\n\n"
           "غارات على ريف حمص تقتل ثلاثة\n\nالأحد 2024/05/12\n\n"
           "وزير الخارجية يزور أنقرة\n\nالسبت 11 أيار, 2024 - 17:15\n\nالنشرة البريدية")
    text = "قصف مدفعي على بلدة الأتارب غربي حلب\n\nاستهدفت قوات النظام بالمدفعية بلدة الأتارب.\n\n" + box
    blanked = story_lists_blanked(text, dt.date(2024, 5, 12))
    assert len(blanked) == len(text) and "25" not in blanked and "أنقرة" not in blanked and "الأتارب" in blanked
    incs = _run(text, published=dt.date(2024, 5, 12))
    assert [i.location.name_ar for i in incs] == ["الأتارب"] and "killed" not in incs[0].casualties
    # a story's own headline over its byline's date is one pair, no box
    own = "مقتل مدني بقصف على الأتارب\n\nالأحد 2024/05/12\n\nقتل مدني بقصف مدفعي لقوات النظام على بلدة الأتارب."
    assert story_lists_blanked(own, dt.date(2024, 5, 12)) == own


@pytest.mark.parametrize("item", ["- الشهر الثالث، 12 غارة، أسفرت عن مقتل 9 أشخاص.",
                                  "• شهر آذار: 12 غارة أسفرت عن مقتل 9 أشخاص."])
def test_a_list_of_periods_with_their_counts_of_acts_is_a_tally(item):
    text = ("قتل مدني بغارة لطائرة مسيرة على قرية تل شعير بريف الحسكة اليوم.\n"
            "وتوزعت الغارات منذ مطلع العام على النحو التالي:\n"
            "- الشهر الأول، 5 غارات، أسفرت عن إصابة 4 أشخاص.\n" + item)
    assert [i.casualties["killed"].best for i in _run(text)] == [1]


def test_the_dead_a_clause_places_in_another_village_are_that_village_s():
    text = ("وصباح اليوم، فقد أربعة أطفال من عائلة واحدة حياتهم جراء قصف مدفعي على بلدة كنصفرة بجبل الزاوية، "
            "وذلك بعد أقل من 24 ساعة من مقتل خمسة مدنيين بينهم أربعة أطفال في بلدة بلشون.")
    assert [(i.location.name_ar, i.casualties["killed"].best) for i in _run(text)] == [("كنصفرة", 4)]
    # two villages shelled: the dead go to the one named with them
    text = "قتل 7 أشخاص اليوم جراء قصف على بلدة دير حافر وقرية عيشة بريف حلب، وأصيب 3 في قرية عيشة."
    got = {i.location.name_ar: {k: v.best for k, v in i.casualties.items()} for i in _run(text)}
    assert got["عيشة"].get("injured") == 3 and got["دير حافر"].get("injured") is None
    # a victim's home village is not where he died
    text = ("مقتل أحمد محمد من أبناء قرية الجفرة بدير الزور جراء الغارات الإسرائيلية على مدينة تدمر يوم أمس.")
    (inc,) = _run(text)
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("تدمر", 1)


def test_a_figure_its_clause_calls_a_total_is_no_act_s():
    text = ("قال المرصد إن القصف على مخيم اليرموك اليوم أوقع قتلى، ليرتفع إلى تسعة على الأقل عدد الشهداء الذين قضوا "
            "منذ التصعيد على المنطقة.")
    incs = _run(text)
    assert incs and all("killed" not in i.casualties or i.casualties["killed"].best is None for i in incs)
    text = "وقتل 20 شخصا في قصف على مدينة دوما اليوم. وتسبب القصف في مقتل أكثر من 700 شخص في الأسابيع الأخيرة."
    assert [i.casualties["killed"].best for i in _run(text)] == [20]


@pytest.mark.parametrize("tally", [
    "وقتل 568 شخصا على الأقل في الهجمات الجوية على الغوطة الشرقية في الأيام التسعة الماضية.",
    "ورفعت الاشتباكات عدد قتلى القوات الحكومية إلى 204 خلال 23 يوما.",
    "وأوقع القصف أكثر من 400 قتيل منذ الأحد الماضي في الغوطة الشرقية.",
    "ويعتقد أن أكثر من 500 مدني قتلوا بعد أسبوع من القصف الكثيف على الغوطة الشرقية.",
    "وقتل 38 مدنيا منذ إطلاق قوات النظام لهذه المعركة في ريف درعا الشرقي.",
])
def test_a_toll_over_days_told_after_the_act_is_a_tally(tally):
    text = "قتل 9 مدنيين في قصف على مدينة دوما اليوم. " + tally
    assert [i.casualties["killed"].best for i in _run(text) if "killed" in i.casualties] == [9]


def test_a_toll_over_a_day_of_hours_is_no_town_s_borrowed_by_an_act_of_its_sentence():
    text = ("قتل ثلاثة مدنيين في قصف مدفعي على بلدة حاس اليوم. "
            "وارتفع عدد ضحايا القصف في شمال البلاد خلال الـ24 ساعة الماضية إلى 11 مدنيا.")
    assert [(i.location.name_ar, i.casualties["killed"].best) for i in _run(text)
            if "killed" in i.casualties] == [("حاس", 3)]
    # the hours of the act itself are its own; fewer than a day may be one act's
    for span in ("خلال 24 ساعة من القصف", "خلال ساعتين"):
        text = f"قصفت قوات النظام بلدة حاس اليوم. وقتل 7 مدنيين {span}."
        assert [i.casualties["killed"].best for i in _run(text)] == [7], span


def test_a_toll_since_this_morning_is_the_day_s_act():
    (inc,) = _run("قتل 5 مدنيين في قصف على مدينة دوما منذ صباح اليوم.")
    assert inc.casualties["killed"].best == 5


def test_a_toll_since_last_night_is_one_fight_s_not_a_period_s():
    # a Saturday's report: since Friday night, one fight going on
    (inc,) = _run("تدور اشتباكات داخل مدينة درعا منذ ليل الجمعة أسفرت عن مقتل 17 عنصرا من قوات النظام.")
    assert (inc.sub_event_type, inc.casualties["killed"].best) == ("Armed clash", 17)
    # since a day further back with no time of it, a period's toll, as before
    assert _run("تدور اشتباكات داخل مدينة درعا منذ الثلاثاء الماضي أسفرت عن مقتل 17 عنصرا من قوات النظام.") == []


def test_an_act_named_again_on_the_report_s_day_is_the_act_told_before():
    text = ("طالبت منظمة الصحة العالمية بالسماح لفرقها بدخول مدينة دوما بعد الهجوم الكيماوي على دوما.\n"
            "وقالت المنظمة إن شركاءها عالجوا مئات المصابين.\n"
            "ودعت فرنسا إلى رد حازم.\n"
            "وكان هجوم بالغاز السام قد استهدف مدينة دوما مساء السبت 7 نيسان وأدى إلى مقتل 40 شخصا.")
    incs = [i for i in _run(text, published=dt.date(2018, 4, 11)) if i.sub_event_type == "Chemical weapon"]
    assert [(i.location.name_ar, i.event_date) for i in incs] == [("دوما", dt.date(2018, 4, 7))]
    # a day told for the act named again keeps them apart
    text = ("قتل 25 مدنيا الخميس في غارات على مدينة درعا.\n"
            "وتأتي هذه الحصيلة غداة مقتل 21 مدنيا جراء الغارات على مدينة درعا.")
    got = sorted(i.casualties["killed"].best for i in _run(text, published=dt.date(2018, 6, 29)))
    assert got == [21, 25]


def test_a_chemical_attack_named_on_a_reaction_s_day_is_the_attack_told_before():
    pub = dt.date(2018, 4, 11)
    text = ("دعت فرنسا الثلاثاء إلى رد حازم على الهجوم الكيماوي الذي استهدف مدينة دوما.\n"
            "وقالت منظمات إغاثة إن هجوما بالغاز السام استهدف مدينة دوما مساء السبت 7 نيسان وأدى إلى مقتل 40 شخصا.")
    incs = [i for i in _run(text, published=pub) if i.sub_event_type == "Chemical weapon"]
    assert [(i.location.name_ar, i.event_date) for i in incs] == [("دوما", dt.date(2018, 4, 7))]
    # attacks on their own days, long before the report, stay apart
    text = ("وقالت المنظمة إن السارين استخدم في هجوم على بلدة اللطامنة في 24 آذار/مارس 2017.\n"
            "وفي 30 آذار/مارس 2017، استخدم السارين في هجوم ثالث في بلدة اللطامنة.")
    days = sorted(i.event_date for i in _run(text, published=dt.date(2018, 6, 13)) if i.sub_event_type == "Chemical weapon")
    assert days == [dt.date(2017, 3, 24), dt.date(2017, 3, 30)]


def test_an_act_placed_at_a_country_takes_the_governorate_it_is_named_again_at():
    """"في غارة جوية بشمال شرق سوريا" told again as "الغارة الجوية التي استهدفت محافظة الحسكة": the
    act's governorate, not the country a record is too vague to be kept at."""
    text = ("أفاد المرصد السوري بمقتل اثنين من كبار قادة تنظيم داعش في غارة جوية بشمال شرق سوريا اليوم. وحدد "
            "المرصد هوية القائدين. وقال مدير المرصد إن الغارة الجوية استهدفت محافظة الحسكة.")
    (inc,) = _run(text)
    assert (inc.sub_event_type, inc.location.admin1, inc.casualties["killed"].best) == ("Air/drone strike", "Al-Hasakeh", 2)


def test_an_act_told_twice_with_all_its_fields_alike_is_one_record():
    """"قصف روسي وسوري" and "غارات سورية وروسية": merging keeps them apart (one names the regime, the
    other Russia), and the record gives both to Russia: one record."""
    text = ("قتل 29 مدنيا اليوم في قصف روسي وسوري استهدف مدينة دوما، وفق المرصد السوري.\n"
            "وتواصلت الغارات على مناطق عدة في الغوطة الشرقية.\n"
            "ووثق المرصد مقتل 29 مدنيا على الأقل اليوم جراء غارات سورية وروسية استهدفت مدينة دوما.")
    douma = [i for i in _run(text) if i.location.name_ar == "دوما"]
    assert [(i.actor1.id, i.casualties["killed"].best) for i in douma] == [("russia", 29)]


def test_bombs_defused_where_fighters_were_killed_tell_a_fight():
    text = "وأكدت قيادة عمليات بغداد اليوم مقتل سبعة إرهابيين وتفكيك 15 عبوة ناسفة أثناء تنفيذ عملية عسكرية في منطقة الكرمة."
    (inc,) = _run(text)
    assert (inc.event_type, inc.sub_event_type, inc.casualties["killed"].best) == ("Battles", "Armed clash", 7)
    # (defused alone, or a drone shot down with its dead, is disrupted weapons use still)
    (inc,) = _run(text.replace("مقتل سبعة إرهابيين و", ""))
    assert inc.sub_event_type == "Disrupted weapons use"
    (inc,) = _run("أسقطت الدفاعات الجوية السورية اليوم طائرة مسيرة فوق مدينة القنيطرة ما أدى إلى مقتل عنصرين من قوات النظام.")
    assert inc.sub_event_type == "Disrupted weapons use"


def test_a_day_right_after_another_act_s_cue_names_that_act_not_the_one_told_before():
    text = ("قالت وزارة الدفاع الأمريكية إن القيادي محسن الفضلي قتل في ضربة جوية أمريكية في سوريا قرب بلدة سرمدا، "
            "وإن الفضلي كان ضمن المجموعة التي تلقت إخطارًا مسبقًا بهجمات 11 سبتمبر عام 2001.")
    (inc,) = _run(text, published=None)
    assert (inc.sub_event_type, inc.location.name_ar, inc.event_date) == ("Air/drone strike", "سرمدا", None)
    # (a day told relative to the report is the sentence's: the act told three days before counts from it)
    text = ("قتل جندي تركي في تبادل لإطلاق النار أمس بين الجيش التركي وتنظيم داعش عبر الحدود بعد ثلاثة أيام "
            "على هجوم انتحاري نفذه التنظيم في بلدة سروج.")
    days = {i.sub_event_type: i.event_date for i in _run(text)}
    assert days.get("Suicide bomb") == PUB - dt.timedelta(days=4)


def test_a_chemical_attack_told_as_last_week_s_is_the_attack_of_its_own_day_in_the_days_after():
    """A Thursday's report calls Saturday's attack last week's, though its week (Saturday to Friday) is
    the report's: one attack, of its own day."""
    pub = dt.date(2018, 4, 12)
    text = ("قال الرئيس الفرنسي إن بلاده لديها الدليل على أن الحكومة السورية هي التي نفذت الهجوم الكيميائي على "
            "بلدة دوما الأسبوع الماضي.\n"
            "ويقول ناشطون إن العشرات قتلوا بعدما ألقت طائرات الحكومة السورية السبت قنابل معبأة بغازات سامة على بلدة دوما.")
    incs = [i for i in _run(text, published=pub) if i.sub_event_type == "Chemical weapon"]
    assert [(i.location.name_ar, i.event_date) for i in incs] == [("دوما", dt.date(2018, 4, 7))]
    # (an attack of two weeks before is another)
    text = text.replace("السبت", "السبت 24 آذار")
    incs = [i for i in _run(text, published=pub) if i.sub_event_type == "Chemical weapon"]
    assert len(incs) == 2


def test_an_act_named_again_where_another_place_is_told_keeps_its_own_place():
    text = ("فجر انتحاري نفسه أمس وسط تجمع لمسلحي التنظيم في قضاء سنجار، ما أدى إلى مقتل 12 منهم. وتأتي "
            "العملية الانتحارية في إطار الخلافات التي اندلعت بين قادة التنظيم في الموصل.")
    (inc,) = _run(text)
    assert (inc.sub_event_type, inc.location.name_ar) == ("Suicide bomb", "سنجار")


def test_an_act_told_again_with_its_toll_by_a_source_counting_from_its_own_day_is_one_act():
    text = ("قتل 27 عنصرا من قوات النظام أول من أمس في هجوم لتنظيم داعش على حاجز في بلدة مهين.\n"
            "وقال مصدر عسكري: «هاجم التنظيم أمس حاجزا في بلدة مهين، ما أسفر عن مقتل 27 عنصرا».")
    (inc,) = _run(text)
    assert (inc.event_date, inc.casualties["killed"].best) == (dt.date(2018, 3, 15), 27)


def test_the_fights_a_period_s_toll_was_told_of_are_no_act():
    text = ("وقال المرصد إنه قتل خلال الأيام الثلاثة الماضية أكثر من 40 مقاتلا في معارك بين الفصائل في بلدة "
            "سرمدا، مشيرا إلى أن القادة يسعون إلى حسم المعارك قبل العيد.")
    assert _run(text) == []


def test_captives_killed_are_the_dead_of_their_arrest_not_of_another_killing():
    text = ("أعدم التنظيم أمس رجلا في بلدة الميادين بتهمة التخابر مع التحالف، فيما اعتقل عناصره أمس 12 شابا من "
            "أبناء البلدة بتهمة رفض الالتحاق بمعسكرات التنظيم، وبحسب ناشطين: «أعدم التنظيم ثلاثة منهم ميدانيا».")
    got = {i.sub_event_type: tuple(i.casualties[k].best if k in i.casualties else None for k in ("killed", "captured"))
           for i in _run(text)}
    assert got == {"Attack": (None, None), "Arrests": (3, 12)}


def test_a_shelling_with_its_toll_at_its_village_is_no_detail_of_fighting_that_borrowed_the_village():
    """A shelling told with its dead at its own village, then fighting told with no place of its own
    (it borrows the village): the dead stay the shelling's, not a detail of the fighting."""
    incs = _run("قتل أربعة مدنيين بينهم طفلان إثر قصف طال بلدة تادف في ريف حلب الشرقي اليوم.\n"
                "وتشهد المنطقة منذ أيام توترا أمنيا.\n"
                "واندلعت اليوم اشتباكات عنيفة بين قوات النظام وفصائل المعارضة.")
    assert [(i.sub_event_type, i.casualties.get("killed") and i.casualties["killed"].best) for i in incs] == \
        [("Shelling/artillery/missile attack", 4), ("Armed clash", None)]


def test_a_shelling_with_its_toll_and_day_is_no_detail_of_fighting_told_at_the_town():
    """Fighting told of at the town's edges overnight, then the day's shelling of the town with its dead:
    the dead stay the shelling's, though both name the town."""
    incs = _run("وذكر المرصد أن اشتباكات عنيفة دارت طوال الليل على أطراف مدينة عفرين الشمالية.\n"
                "والجمعة قتل 43 مدنيا على الأقل بقصف للقوات التركية على مدينة عفرين.")
    assert {(i.sub_event_type, i.casualties.get("killed") and i.casualties["killed"].best) for i in incs} == \
        {("Shelling/artillery/missile attack", 43), ("Armed clash", None)}


def test_a_paragraph_opening_with_what_that_act_led_to_counts_its_dead():
    """"ونتيجة لهذا العدوان، أعلنت ...": a paragraph with no act of its own that opens with a result
    word and a demonstrative tells the toll of the act of the paragraph before."""
    (inc,) = _run("شنت طائرات تركية مسيرة اليوم غارات على قرية تل طويل في ريف الحسكة.\n"
                  "ونتيجة لهذا العدوان، أعلنت مصادر محلية مقتل ثلاثة مقاتلين ومدنيين اثنين.")
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("تل طويل", 5)


@pytest.mark.parametrize("text", [
    # a shooting told as happening during the raid told earlier in its sentence
    ("داهمت دورية تابعة لقوات سوريا الديمقراطية فجر اليوم منازل في بلدة الشحيل بريف دير الزور الشرقي، وقتل "
    "شاب وأصيب شقيقه بجروح برصاص عناصر الدورية خلال المداهمة."),
    # a shooting told as what went with the airdrop
    ("نفذت مروحيات التحالف الدولي فجر اليوم عملية إنزال جوي بمساندة قوات سوريا الديمقراطية في بلدة الشحيل، "
    "رافقها إطلاق نار كثيف على منازل الأهالي أدى إلى مقتل شاب."),
])
def test_a_shooting_during_a_raid_is_part_of_the_raid(text):
    (inc,) = _run(text)
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("الشحيل", 1)


@pytest.mark.parametrize("text, place", [
    ("في بلدة دارة عزة غربي حلب، قتل مدني اليوم برصاص مجهولين، وهو من أهالي قرية تادف.", "دارة عزة"),
    ("في مدينة الرقة، قتل شابان اليوم برصاص مجهولين أحدهما من بلدة الطبقة.", "الرقة"),
    # a victim's place of residence; a spot beside a town is where the act was
    ("أطلقت دورية النار على سيارة شمالي بلدة جاسم اليوم، فأصيب سائقها المقيم في مدينة درعا.", "جاسم"),
])
def test_a_victims_home_gives_way_to_the_town_the_act_was_in(text, place):
    (inc,) = _run(text)
    assert inc.location.name_ar == place


def test_civilians_listed_beside_fighters_are_told_apart_in_the_sum():
    """"ما أدى لاستشهاد 8 مدنيين ومقتل 4 مقاتلين": 12 dead, 8 of them civilians."""
    (inc,) = _run("أغار الطيران الروسي على بلدة سرمين اليوم، ما أدى لاستشهاد 8 مدنيين ومقتل 4 مقاتلين.")
    assert (inc.casualties["killed"].best, inc.casualties["civilians_killed"].best) == (12, 8)


def test_the_houses_of_the_village_name_again_the_village_named_last():
    """"وأثناء مداهمة أحد منازل القرية": what the act hit in the village named before, not the lead's
    countryside."""
    incs = _run("أفادت مصادر محلية بتوتر أمني في ريف دير الزور الشرقي اليوم.\n"
                "وقال المصدر إن الأهالي يخشون التصعيد.\n"
                "واقتحمت قوات سوريا الديمقراطية قرية الشحيل.\n"
                "وتحدث الأهالي عن حالة من الخوف.\n"
                "وأثناء مداهمة أحد منازل القرية، قتل شاب برصاص العناصر.")
    assert ("الشحيل", 1) in {(i.location.name_ar, i.casualties["killed"].best) for i in incs if "killed" in i.casualties}


def test_a_line_cut_short_with_an_ellipsis_is_another_articles_headline():
    """A page's list of other stories shows their headlines cut short ("…"): no act of the report."""
    incs = _run("قتل مدنيان اليوم في قصف مدفعي على بلدة كفرنبل جنوبي إدلب.\n"
                "بتهمة التعامل مع النظام.. اعتقال 3 أشخاص في عملية أمنية بمدينة الرقة…\n"
                "مقتل عنصر من قوات النظام بانفجار لغم في بادية دير…")
    assert [i.location.name_ar for i in incs] == ["كفرنبل"]


def test_a_fight_at_a_district_s_edge_told_again_at_a_village_there_is_one_act_at_the_village():
    text = ("اندلعت أمس اشتباكات بين مسلحين من تنظيم داعش وقوات الجيش العراقي في أطراف قضاء داقوق.\n"
            "وقال مصدر أمني حينها إن مسلحي التنظيم هاجموا قوات الجيش في قرية \"المرابيع\" بأطراف داقوق، "
            "ما أدى إلى سقوط جرحى.")
    (inc,) = _run(text)
    assert (inc.sub_event_type, inc.location.name_ar) == ("Armed clash", "المرابيع")


@pytest.mark.parametrize("text, place", [
    (("وكانت قرى سهل الغاب قد تعرضت في 3 آذار الجاري إلى هجوم واسع من قبل مسلحي تنظيم داعش، الأمر الذي دفع "
      "مئات العائلات إلى النزوح."), "سهل الغاب"),
    ("شن مسلحو تنظيم داعش فجر اليوم هجوما واسعا على مواقع قوات النظام في بلدة معدان شرقي الرقة.", "معدان"),
])
def test_a_wide_attack_by_a_named_side_at_a_named_place_on_its_day_is_an_incident(text, place):
    (inc,) = _run(text)
    assert (inc.sub_event_type, inc.location.name_ar, inc.actor1.id) == ("Armed clash", place, "isis")


def test_a_warplane_fallen_on_a_market_is_its_side_s_air_strike_on_the_town():
    text = "قال المرصد إن 9 أشخاص قتلوا اليوم حين سقطت مقاتلة سورية على سوق شعبي في بلدة معرة النعمان بريف إدلب الجنوبي."
    (inc,) = _run(text)
    assert (inc.sub_event_type, inc.location.name_ar, inc.actor1.id, inc.casualties["killed"].best) == \
        ("Air/drone strike", "معرة النعمان", "regime", 9)


def test_ground_taken_borrows_no_perpetrator_from_the_strikes_told_before_it():
    text = ("قصفت طائرات حربية سورية اليوم بلدة كفرنبل بريف إدلب. وكانت بلدة كفرنبل قد سقطت في يد تحالف من "
            "المقاتلين في 3 آذار الجاري.")
    got = {(i.sub_event_type, i.actor1.id if i.actor1 else None) for i in _run(text)}
    assert got == {("Air/drone strike", "regime"), ("Non-state actor overtakes territory", None)}


@pytest.mark.parametrize("text", [
    "دانت وزارة الخارجية الأردنية، الثلاثاء، الهجوم الكيماوي الذي استهدف مدينة دوما وأسفر عن مقتل العشرات.",
    "ندد الأمين العام للأمم المتحدة الثلاثاء بالهجوم الكيماوي على مدينة دوما.",
    "وتعهدت باريس برد \"حازم\" على الهجوم الكيماوي على مدينة دوما.",
    "وحمل الأهالي الحكومة مسؤولية الهجوم الكيماوي على مدينة دوما.",
    "وتقول موسكو إن الهجوم الكيماوي المزعوم على مدينة دوما كان مسرحية.",
    "اهتمت الصحف اليوم بالهجوم الكيميائي على مدينة دوما الواقعة في ضواحي دمشق.",  # the press's day
    "ولم تعلق دمشق الثلاثاء على الهجوم الكيماوي على مدينة دوما.",  # a comment, or none
])
def test_an_act_known_only_by_the_reactions_to_it_has_neither_their_day_nor_the_report_s(text):
    """An act named with the article as the object of a condemnation, an answer or a blame, or told
    as alleged, is one the reader knows already: the day of the reaction, or of the report, is not
    its own; with no day told for it, it has none."""
    (inc,) = _run(text, published=dt.date(2018, 4, 11))
    assert (inc.sub_event_type, inc.location.name_ar, inc.event_date) == ("Chemical weapon", "دوما", None)


def test_a_known_act_takes_the_day_told_for_it():
    pub = dt.date(2018, 4, 11)
    # in its own clause, after the reaction's day
    (inc,) = _run("دانت فرنسا الثلاثاء الهجوم الكيماوي الذي استهدف مدينة دوما يوم السبت.", published=pub)
    assert inc.event_date == dt.date(2018, 4, 7)
    # elsewhere in the report
    incs = _run("وتوعد الرئيس الأمريكي المسؤولين عن الهجوم الكيماوي على مدينة دوما بدفع ثمن باهظ.\n"
                "وكان هجوم بالغاز السام قد استهدف مدينة دوما مساء السبت 7 نيسان.", published=pub)
    assert [(i.sub_event_type, i.event_date) for i in incs] == [("Chemical weapon", dt.date(2018, 4, 7))]


def test_a_known_act_of_no_day_is_the_act_told_with_its_day_and_no_detail_of_another_day_s_act():
    """A known act, undated ("لتحديد منفذي الهجوم بالغازات السامة على دوما"), is the act of its kind and
    place told with its own day, whatever perpetrator its sentence lends it; and an act of a day of its
    own (a deal struck, "اتفاق لإجلاء المقاتلين") is no detail of it."""
    from types import SimpleNamespace

    from rasd.assemble._base import _Candidate
    from rasd.assemble.merging import _detail_of, _told_again
    from rasd.model import ActorMention, DateMention, EventMention, Location

    text = "هجوم كيماوي على دوما السبت. ولتحديد منفذي الهجوم بالغازات السامة. واتفاق لإجلاء المقاتلين"
    a = SimpleNamespace(doc=Document(id="t", text=text, published=dt.date(2018, 4, 11)))
    douma = Location("Douma", "دوما", "دوما", "Syria", "SYR", gazetteer_id="ocha:douma")

    def cand(cue, kind, day, actor, known=False):
        start = text.index(cue)
        anchor = EventMention(start, start + len(cue), "Explosions/Remote violence", kind)
        date = None if day is None else DateMention(0, 1, day, "day", (day, day), None)
        return _Candidate(anchor=anchor, sentence=0, paragraph=0, location=douma, date=date, known=known,
                          actor1=ActorMention(0, 1, actor, actor, actor), actor1_own=True)

    own = cand("هجوم كيماوي", "Chemical weapon", dt.date(2018, 4, 7), "regime")
    known = cand("الهجوم بالغازات", "Chemical weapon", None, "us", known=True)
    assert _told_again(own, known, a) is own
    deal = cand("اتفاق", "Agreement", dt.date(2018, 4, 10), "regime")
    deal.actor1 = None
    assert not _detail_of(deal, known)


@pytest.mark.parametrize("village", ["الجلبية", "بوبان"])
def test_a_weak_mention_at_the_town_a_village_lies_about_is_the_village_s_act(village):
    """"مجزرة كوباني" over a strike told at a village "في ريف كوباني": the act named by its area, not
    a second act at the town."""
    incs = _run("مجزرة كوباني: مقتل 4 مدنيين\n\nقتل أربعة مدنيين من عائلة واحدة جراء قصف مسيرة تركية لمنزلهم "
                f"في قرية {village} في ريف كوباني فجر اليوم.")
    assert [(i.sub_event_type, i.location.name_ar) for i in incs] == [("Air/drone strike", village)]


def test_a_governorate_s_city_is_not_the_area_of_a_village_in_its_countryside():
    """"ريف حلب" is the governorate's countryside: a rocket on the city is another act than the
    shelling of a village in it."""
    incs = _run("قتل 18 شخصا جراء سقوط صاروخ على حي شعبي في وسط حلب اليوم.\n\n"
                "وقصفت قوات النظام بعدد من القذائف مناطق في قرية عبطين بريف حلب الجنوبي اليوم.")
    assert sorted(i.location.name_ar for i in incs) == ["حلب", "عبطين"]


@pytest.mark.parametrize(("name", "key"), [
    ("مطار التيفور العسكري", "مطار التيفور"),  # the adjective of a facility goes
    ("مطار التيفور", "مطار التيفور"),
    ("مشفى مدينة حماة الوطني", "مشفى مدينة حماة"),  # (folded: ة, ى and أ as the patterns read them)
    ("حقل العمر النفطي", "حقل العمر النفطي"),  # an adjective of no facility's name stays
])
def test_an_unresolved_place_is_told_apart_by_its_name_without_a_facility_adjective(name, key):
    from rasd.assemble._base import _unresolved_key
    from rasd.text.normalize import fold

    assert _unresolved_key(name) == fold(key)


@pytest.mark.parametrize("text, expected", [
    # security forces a report never ties to a country are those of the home country where the act
    # of their sentence took place
    ("واعتقلت القوات الأمنية الجمعة 12 من عناصر التنظيم أثناء محاولتهم الخروج من مدينة الرمادي.",
     ("Arrests", "iraq")),
    ("وفتحت قوات الأمن النار على المحتجين وسط مدينة حمص الجمعة ما أدى إلى مقتل ثلاثة منهم.",
     ("Excessive force against protesters", "regime")),
    # and so are a government's weapons ("الطيران الحكومي") where they strike
    ("قتل ثلاثة مدنيين الجمعة جراء غارات الطيران الحكومي على بلدة كفرنبل بريف إدلب.",
     ("Air/drone strike", "regime")),
    ("وأدى القصف الحكومي الجمعة على قضاء تلعفر غرب الموصل إلى مقتل ثلاثة مدنيين.",
     ("Shelling/artillery/missile attack", "iraq")),
    # an army does not: it fights abroad as well
    ("وقصف الجيش الجمعة بلدة كفرنبل بريف إدلب بالمدفعية الثقيلة ما أدى لمقتل ثلاثة مدنيين.",
     ("Shelling/artillery/missile attack", None)),
    # nor when the text names another country's forces for them
    ("وفي اليمن، اعتقلت قوات الأمن الجمعة 12 شخصا في مدينة عدن.", ("Arrests", None)),
])
def test_security_forces_and_government_weapons_unnamed_are_those_of_the_act_s_home_country(text, expected):
    got = [(i.sub_event_type, i.actor1.id if i.actor1 else None) for i in _run(text)]
    assert got == [expected]


@pytest.mark.parametrize("first", ["زيزفونة", "مسرابا"])
def test_an_act_at_its_own_place_is_not_lost_behind_one_that_borrowed_that_place(first):
    # the first village is unknown (or not one beside an Idleb town): its shelling borrows كفرنبل and
    # folds in the shelling told at كفرنبل, which is kept as the act of its own place
    text = f"عنوان\n\nقصفت قوات النظام اليوم بلدة {first}. وقصفت قوات النظام اليوم بلدة كفرنبل.\n"
    (inc,) = _run(text)
    assert inc.location.name_ar == "كفرنبل"
    assert inc.sub_event_type == "Shelling/artillery/missile attack"
    assert inc.event_date == PUB


def test_one_scan_of_a_unit_answers_for_the_tally_windows_of_its_cues():
    """_tally_words_in: a unit with no word of _TALLY_WORDS up to its last cue spares each cue its own
    scans; one with such a word, or whose last cue is past its end, scans on ("خلال الأشهر")."""
    from rasd.assemble.candidates import _tally_words_in, _units
    from rasd.pipeline import analyze

    text = ("قصفت الطائرات الحربية بلدة كفرنبل بعدة غارات. واستمرت المعارك خلال الأشهر الماضية "
            "في محيط البلدة مع قصف مدفعي متقطع.")
    a = analyze(Document(id="t", text=text, published=PUB))
    units = _units(a)
    cues = [[e for e in a.events if u.start <= e.start < u.end] for u in units]
    assert [bool(c) for c in cues] == [True, True]
    assert [_tally_words_in(a, u, c) for u, c in zip(units, cues)] == [False, True]
    # a cue past the unit's end (between units) widens the stretch to it
    first = units[0]
    assert _tally_words_in(a, first, [*cues[0], cues[1][-1]])


@pytest.mark.parametrize("text", [
    "أقدم مسلحون مجهولون على اختطاف شاب في بلدة الصور بريف دير الزور الشرقي اليوم.",
    "هاجم عناصر من تنظيم داعش بلدة القيارة جنوب الموصل اليوم وأعدموا رجلا.",
])
def test_violence_against_civilians_targets_civilians_when_the_report_names_no_other(text):
    (inc,) = _run(text)
    assert inc.event_type == "Violence against civilians"
    assert inc.actor2 is not None and inc.actor2.id == "civilians"


def test_the_side_the_dead_are_counted_of_is_the_target_the_act_s_sentence_did_not_name():
    (inc,) = _run("أفادت مصادر في الجيش العراقي، اليوم، أن قوة عسكرية من قيادة عمليات الجزيرة والبادية تسللت إلى "
                  "منطقة جبة قرب ناحية البغدادي. وقامت بمهاجمة وكر لتنظيم داعش وتمكنت من قتل 15 من عناصر داعش.")
    assert (inc.actor1.id, inc.actor2 and inc.actor2.id) == ("iraq", "isis")
    assert inc.casualties["killed"].best == 15


@pytest.mark.parametrize("text", [
    ("قال مسؤول إن تنظيم داعش أعدم أمس تسعة من سائقي سيارات الأجرة وسط الموصل بتهمة التجسس لصالح القوات "
     "الأمنية العراقية."),
    "قام تنظيم داعش بإعدام شخصين من سكان مدينة الفلوجة اليوم بتهمة التعاون مع القوات العراقية.",
])
def test_the_side_victims_were_charged_with_serving_is_no_target(text):
    (inc,) = _run(text)
    assert inc.actor1.id == "isis"
    assert inc.actor2 is not None and inc.actor2.id == "civilians"


@pytest.mark.parametrize("text", [
    "وجاءت تعليقات جونسون بعد يومين عن ورود تقارير عن هجوم بغاز الكلور في الغوطة الشرقية.",
    "قال ناشطون إن قوات النظام شنت هجوما بغاز الكلور على بلدة حمورية في الغوطة الشرقية اليوم.",
])
def test_a_chemical_attack_with_no_armed_target_named_struck_civilians(text):
    (inc,) = _run(text)
    assert inc.sub_event_type == "Chemical weapon"
    assert inc.actor2 is not None and inc.actor2.id == "civilians"


def test_civilians_among_a_battle_s_dead_are_not_its_other_side():
    # two policewomen and a student: the fight was with the police, whatever the student's death
    (inc,) = _run("تبنى تنظيم \"داعش\"، الأربعاء، الهجوم المسلح الذي أودى الثلاثاء بحياة شرطيتين وطالب في مدينة "
                  "لييج البلجيكية.", published=dt.date(2018, 5, 30))
    assert inc.sub_event_type == "Armed clash"
    assert (inc.casualties["killed"].best, inc.casualties["civilians_killed"].best) == (3, 1)
    assert inc.actor2 is None


def test_barrels_dropped_on_homes_struck_civilians():
    (inc,) = _run("ونقلت وكالة رويترز عن سكان في إدلب أن طائرات عمودية سورية أطلقت براميل متفجرة على مساكن في ضواحي "
                  "مدينة خان شيخون، جنوبي إدلب.")
    assert (inc.actor1.id, inc.actor2 and inc.actor2.id) == ("regime", "civilians")


def test_force_used_on_protesters_targets_civilians_when_the_report_names_no_other():
    incs = _run("وأدت احتجاجات الجمعة في البصرة إلى مقتل 3 أشخاص، وإصابة نحو 50 آخرين، بحسب وزارة الصحة العراقية. "
                "وأفادت مصادر عراقية أن الضحايا سقطوا برصاص ميليشيات \"عصائب أهل الحق\"، الموالية لإيران.")
    (inc,) = [i for i in incs if i.sub_event_type == "Excessive force against protesters"]
    assert inc.actor2 is not None and inc.actor2.id == "civilians"


@pytest.mark.parametrize("text", [
    # a governorate abroad whose name only a village at home bears
    "شنت طائرات التحالف اليوم غارات على مواقع الحوثيين في محافظة أبين.",
    "شنت طائرات التحالف اليوم غارات على مواقع الحوثيين في محافظة الجوف شمال اليمن.",
])
def test_a_namesake_at_home_of_a_place_abroad_places_no_act_at_home(text):
    assert not [i for i in _run(text) if i.location is not None and i.location.iso3 in ("SYR", "IRQ")]


@pytest.mark.parametrize("text", [
    # a lead on a war elsewhere, naming no place at home: a hamlet or quarter at home named like a place
    # there, with no qualifier, is not where the act was
    "قالت وزارة الداخلية التونسية اليوم إن قوات الحرس الوطني قتلت قائدا في تنظيم داعش بدوار الرقبة.",
    "قتل خمسة مدنيين اليوم في قصف لميليشيات الحوثي على حي الروضة.",
])
def test_a_hamlet_at_home_in_a_report_on_a_war_elsewhere_places_no_act(text):
    assert not [i for i in _run(text) if i.location is not None and i.location.iso3 in ("SYR", "IRQ")]


def test_a_foreign_fighter_s_nationality_sets_no_report_abroad():
    """"مقاتل مصري في صفوف داعش": an Egyptian fighting in Syria; the village is where he was struck."""
    (inc,) = _run("قتل مقاتل مصري في صفوف داعش اليوم بغارة للتحالف على قرية الباغوز.")
    assert inc.location.name_ar == "الباغوز"


def test_an_alleged_act_named_without_the_article_as_the_object_of_a_reaction_has_no_day_of_the_reaction():
    (inc,) = _run('تعهد الرئيسان الأمريكي والفرنسي، الأحد، "برد قوي ومشترك" على "هجوم كيميائي" مفترض أسفر عن'
                  " مقتل العشرات في دوما قرب دمشق.")
    assert inc.sub_event_type == "Chemical weapon"
    assert inc.event_date is None
    # ... or of reports, the act's noun and "مفترض" before its weapon
    (inc,) = _run("توعد أردوغان، الثلاثاء، المسؤولين عن مقتل مدنيين، بعد أنباء عن هجوم مفترض بغاز سام على "
                  "مدينة دوما أدى إلى مقتل العشرات.")
    assert (inc.sub_event_type, inc.event_date) == ("Chemical weapon", None)
    # ... or answered, told as suspected or alleged after its weapon, the indefinite adjective in either case
    for text in ("شنت الولايات المتحدة السبت ضربات على مواقع للنظام ردا على هجوم كيماوي مشتبه به في مدينة دوما.",
                 "دانت فرنسا السبت هجوما كيماويا مزعوما في مدينة دوما."):
        (inc,) = [i for i in _run(text) if i.sub_event_type == "Chemical weapon"]
        assert inc.event_date is None, text
    # (reports of an act not alleged tell it with their day)
    (inc,) = _run("وردت أنباء عن مقتل 5 مدنيين في قصف على بلدة كفرنبل اليوم.")
    assert inc.event_date == PUB


def test_an_act_answered_is_not_the_answer():
    """The rockets fired on Israel's bases that its strikes answered are not those strikes: neither
    their perpetrator nor the toll of the strikes is theirs."""
    text = ("قال الجيش السوري، في بيان حول الضربات التي نفذتها إسرائيل ليلا على مواقع عسكرية في سوريا، إن "
            "الصواريخ الإسرائيلية قتلت 3 أشخاص.\nوكان المرصد السوري لحقوق الإنسان قد قال إن الضربات أسفرت عن "
            "مقتل \"23 مقاتلا\" على الأقل، بينهم 5 من قوات النظام السوري.\nيشار إلى أن إسرائيل قالت، في وقت سابق، "
            "إنها \"ضربت كل البنية التحتية الإيرانية في سوريا\"، ردا على إطلاق صواريخ من سوريا على قواعد عسكرية "
            "إسرائيلية في مرتفعات الجولان، فجر الخميس.")
    (inc,) = _run(text)
    assert inc.location.admin1 == "Quneitra"
    assert inc.actor1 is None and inc.actor2.id == "israel"
    assert "killed" not in inc.casualties


def test_rockets_counted_as_fired_are_an_act():
    (inc,) = _run("وكشفت إسرائيل، في وقت سابق، أن إيران أطلقت، فجر الخميس، 20 صاروخا من طرازي غراد وفجر على قواعد "
                  "عسكرية إسرائيلية في مرتفعات الجولان، فجر الخميس.")
    assert inc.sub_event_type == "Shelling/artillery/missile attack"
    assert (inc.actor1.id, inc.actor2.id) == ("iran", "israel")
    assert inc.location.admin1 == "Quneitra"


def test_the_lead_s_toll_of_strikes_is_not_the_toll_of_the_rockets_on_the_striker():
    """The strikes Israel carried out, on Syria as a whole, are not the rockets fired on its bases: their
    toll is not the rockets' (and they are an incident of their own, placed at the country)."""
    text = ("قال رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، الخميس، إن الضربات الجوية الإسرائيلية على أهداف "
            "إيرانية في سوريا كانت \"مناسبة\" لأن طهران \"تجاوزت الخط الأحمر\".\n"
            "وفي خطاب، عبر الفيديو، قال نتانياهو إن إسرائيل نفذت \"هجوما واسعا للغاية على أهداف إيرانية في "
            "سوريا\".\n"
            "وكشفت إسرائيل، في وقت سابق، أن إيران أطلقت، فجر الخميس، 20 صاروخا من طرازي غراد وفجر على قواعد "
            "عسكرية إسرائيلية في مرتفعات الجولان، فجر الخميس.\n"
            "وردت إسرائيل فيما بعد على هذه الضربات، بإطلاق 60 صاروخ جو-أرض على عدة مناطق عسكرية إيرانية في "
            "سوريا.\n"
            "وقال وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، إن بلاده ضربت كل البنية التحتية الإيرانية في الأراضي "
            "السورية، معربا، في الوقت نفسه، عن أمله في أن يكون \"هذا الفصل قد انتهى\".\n"
            "وأوضح المرصد السوري لحقوق الإنسان أن الضربات الإسرائيلية أسفرت عن مقتل \"23 مقاتلا\" على الأقل، بينهم "
            "5 من قوات النظام السوري، و 18 عنصرا من القوات الموالية له.")
    strikes, rockets = _run(text, dt.date(2018, 5, 10))
    assert (rockets.actor1.id, rockets.actor2.id) == ("iran", "israel")
    assert "killed" not in rockets.casualties
    assert (strikes.actor1.id, strikes.location.name_ar, strikes.casualties["killed"].best) == ("israel", "سوريا", 23)


def test_a_perpetrator_named_elsewhere_is_not_lent_to_a_strike_on_its_ally():
    """Iran, named for the rockets on Israel, did not strike the fighters loyal to the regime."""
    text = ("وأطلقت القوات الإيرانية في سوريا، ليل الأربعاء الخميس، نحو 20 مقذوفاً وصاروخاً باتجاه القوات "
            "الإسرائيلية، في الجزء الذي تحتله إسرائيل من هضبة الجولان، وفق الجيش الإسرائيلي.\n"
            "وأتت الغارات بعد مقتل تسعة مقاتلين موالين لقوات النظام السوري ليل الثلاثاء الأربعاء جراء قصف صاروخي "
            "استهدف منطقة الكسوة في ريف دمشق، وفقاً للمرصد السوري لحقوق الإنسان.")
    kiswah = [i for i in _run(text, dt.date(2018, 5, 11)) if i.location.name_ar == "الكسوة"]
    assert kiswah and all(i.actor1 is None for i in kiswah)


def test_the_acts_of_a_list_breaking_a_period_s_toll_down_are_no_incidents():
    """"– 9 من المدنيين بينهم سيدة وطفل بقصف بري لقوات النظام" under a tally's "والقتلى والشهداء هم:" is
    the toll's, not a shelling that takes in the village shelled today with its wounded."""
    text = ("قصفت قوات النظام بالرشاشات الثقيلة بلدة معارة النعسان شرقي إدلب اليوم، مما أدى لإصابة مدني وطفليه.\n\n"
            "وبذلك، يرتفع إلى 215 تعداد العسكريين والمدنيين الذين قتلوا باستهدافات برية منذ مطلع العام 2023، "
            "وذلك خلال 130 عملية تنوعت ما بين هجمات وعمليات قنص، والقتلى والشهداء هم:\n"
            "– 9 من المدنيين بينهم سيدة وطفل بقصف بري لقوات النظام\n– 157 عنصر من قوات النظام بينهم 9 ضابط\n\n"
            "وأشار المرصد إلى أن غرفة عمليات الفتح المبين استهدفت بصاروخ موجه مواقع لقوات النظام في بلدة كفرنبل.")
    got = {i.location.name_ar: {k: v.best for k, v in i.casualties.items()} for i in _run(text)}
    assert got.get("معارة النعسان", {}).get("injured") == 3 and "injured" not in got.get("كفرنبل", {})


def test_a_village_the_gazetteer_lacks_is_the_place_of_its_act_not_the_town_beside_it():
    """"قرية صلهام" is in no gazetteer, and is placed at Al-Hasakeh, named in its sentence as where the
    reporter is: the raid's place is the village, as specific as that town."""
    (inc,) = _run("وأفاد مراسل عنب بلدي في الحسكة أن قوة عسكرية من التحالف الدولي نفذت فجر اليوم عملية إنزال جوي "
                  "استهدفت خلالها قرية صلهام، ما أسفر عن مقتل شخص.")
    assert inc.location.name_ar == "صلهام"
    # ... and, folded into the same act told first of a countryside, it places the act (not the town
    # that situates it, nor the countryside)
    incs = _run("سيطر تنظيم داعش، أول من أمس، على عدة نقاط في محيط حقل جزل النفطي بريف حمص الشرقي، بعد مواجهات مع "
                "قوات الأسد. وذكرت مصادر أن تنظيم الدولة تمكن من السيطرة على قرية الدوة على الجبهة الغربية من مدينة "
                "تدمر، وأوقع قتلى وجرحى في صفوف قوات النظام.")
    assert "الدوة" in {i.location.name_ar for i in incs if i.sub_event_type == "Non-state actor overtakes territory"}
    # a plural place word names no village ("قرى تسكنها أغلبية شيعية")
    incs = _run("أطلقت فصائل المعارضة أكثر من 300 قذيفة على قرى تسكنها أغلبية شيعية في إدلب.")
    assert "تسكنها" not in {i.location.name_ar for i in incs if i.location}


def test_an_act_told_as_concurrent_with_another_is_an_act_of_its_own():
    """"بقصف صاروخي ... على قريتي مجدليا وسان، تزامنًا مع قصف صاروخي ... استهدف قرية كفرنوران": the
    shelling of Kafr Nouran is another act, at its own place, with the toll told of it."""
    incs = _run("وأشار المرصد السوري إلى إصابة عدة مدنيين بينهم طفل بقصف صاروخي نفذته قوات النظام على قريتي مجدليا "
                "وسان بريف إدلب الجنوبي، تزامنًا مع قصف صاروخي نفذته قوات النظام البرية، استهدف قرية كفرنوران "
                "بريف حلب الغربي، ما أسفر عن إصابة 5 مدنيين.")
    assert {i.location.name_ar for i in incs} == {"مجدليا", "سان", "كفرنوران"}
    (kafr_nouran,) = [i for i in incs if i.location.name_ar == "كفرنوران"]
    assert kafr_nouran.casualties["injured"].best == 5
    # ... but when the act happened is no other act
    (inc,) = _run("استشهد مواطن متأثرا بجراح أصيب بها في قصف جوي تركي استهدف سيارة تقل المدنيين، تزامنا مع مرورها أمام "
                  "محطة وقود على طريق عامودا – الحسكة بريف الحسكة، والعدد مرشح للارتفاع لوجود جريحين.")
    assert inc.casualties["killed"].best == 1


def test_where_the_forces_that_fired_are_stationed_gives_way_to_the_town_they_hit():
    """"القصف المدفعي من قبل قوات الاسد المتمركزة في بلدة الشيخ علي": where the guns are, not where
    their shells fell, when the sentence names that town too."""
    (inc,) = _run("ارتفاع حصيلة الشهداء في مدينة سرمدا الى أربعة شهداء والعديد من الجرحى نتيجة القصف المدفعي من قبل "
                  "قوات الاسد المتمركزة في بلدة الشيخ علي ساحة باب الهوى في مدينة سرمدا.")
    assert inc.location.name_ar == "سرمدا"


@pytest.mark.parametrize("text, civilians", [
    # violence against civilians and force used on protesters: their dead are civilians
    ("أعدم تنظيم داعش أمس الشيخ نجم الدين الجبوري، إمام وخطيب مسجد ناحية المشيرفة جنوب الموصل.", 1),
    ("أطلقت ميليشيات عصائب أهل الحق النار على المتظاهرين في البصرة اليوم، الأمر الذي أدى لمقتل ثلاثة أشخاص.", 3),
    # nobody killed: no civilian either
    ("سقطت أربع قذائف اليوم في باحة مطار البصرة الدولي دون وقوع إصابات.", 0),
    # a toll broken down, or of fighters, tells no more than it says
    ("هاجم مسلح بسكين المارة وسط مدينة أربيل اليوم، ما أودى بحياة شخصين - من بينهما منفذ الهجوم.", None),
    ("أعدم تنظيم داعش اليوم 23 شخصا – 22 جنديا ومدنيا واحدا – في قضاء الكرمة.", None),
])
def test_the_dead_of_violence_against_civilians_are_civilians(text, civilians):
    (inc,) = [i for i in _run(text) if "killed" in i.casualties]
    got = inc.casualties.get("civilians_killed")
    assert (got.best if got is not None else None) == civilians


def test_no_casualties_is_nobody_hurt_but_not_beside_the_dead_of_the_act():
    (inc,) = _run("سقطت أربع قذائف اليوم في باحة مطار البصرة الدولي دون وقوع إصابات.")
    assert {k: v.best for k, v in inc.casualties.items()} == {"killed": 0, "civilians_killed": 0, "injured": 0}
    text = ("قصفت قوات النظام بلدة كفرنبل اليوم، ما أدى لمقتل مدنيين اثنين، كما سقطت قذائف أخرى على أطراف البلدة "
            "دون وقوع إصابات.")
    got = {k: v.best for i in _run(text) for k, v in i.casualties.items()}
    assert got.get("killed") == 2 and "injured" not in got


def test_a_bombardment_told_as_missiles_and_as_an_air_raid_of_one_town_and_day_is_one_air_strike():
    """"قصف صاروخي استهدف منطقة الكسوة" and "شنت طائرات إسرائيلية غارات على منطقة الكسوة" the same day:
    one act, told twice, an air strike with the toll of the first telling."""
    text = ("أفاد المرصد بأن 16 مدنيا قتلوا الثلاثاء في قصف صاروخي استهدف منطقة الكسوة في ريف دمشق.\n"
            "وشنت طائرات إسرائيلية غارات على منطقة الكسوة في ريف دمشق الثلاثاء.")
    incs = _run(text, published=dt.date(2018, 5, 10))
    assert [(i.sub_event_type, i.casualties["killed"].best, i.actor1.id) for i in incs] == \
        [("Air/drone strike", 16, "israel")]


def test_a_gas_attack_dropped_from_the_air_is_one_chemical_attack():
    """"حالات اختناق ... إثر قصف جوي شنته قوات النظام السوري السبت على مدينة دوما" and "استهداف أحد
    الأحياء السكنية في مدينة دوما بغارة محملة بالغازات السامة": the raid is the gas attack."""
    text = ("أفاد المرصد السوري بتسجيل 70 حالة اختناق إثر قصف جوي شنته قوات النظام السوري السبت على مدينة "
            "دوما، آخر جيب للفصائل المعارضة في الغوطة الشرقية.\nوقالت الخوذ البيضاء إن هجوما بالغازات "
            "السامة استهدف مدينة دوما السبت، وأسفر عن مقتل 40 شخصا.")
    incs = _run(text, published=dt.date(2018, 4, 8))
    assert [(i.sub_event_type, i.location.name_ar) for i in incs] == [("Chemical weapon", "دوما")]


def test_artillery_and_an_air_raid_on_one_town_are_two_acts():
    """"قصف مدفعي تركي" on the displaced and "غارة تركية استهدفت المستشفى" of the same town and day:
    fire from the ground named is no air raid told again."""
    text = ("قتل 43 مدنيا الجمعة في قصف مدفعي تركي استهدف مجموعة من النازحين في مدينة عفرين.\n"
            "وقتل 16 مدنيا الجمعة جراء غارة تركية استهدفت المستشفى الرئيسي في مدينة عفرين.")
    incs = _run(text, published=dt.date(2018, 3, 17))
    assert sorted(i.sub_event_type for i in incs) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_a_gas_attack_first_named_without_its_place_is_the_raid_of_the_town_it_is_told_at_again():
    """"هجوم كيماوي آخر" (placed by the sentence before) and "هجوما كيماويا في مدينة دوما" are one act,
    and so is the raid "أسقطت البراميل المتفجرة على مدينة دوما" of the same day: one chemical attack."""
    text = ("أفادت مصادر معارضة بأن مروحيات النظام أسقطت البراميل المتفجرة على مدينة دوما السبت، ما تسبب "
            "بحالات اختناق.\nوقال مسؤول أمريكي إن هناك تقارير مزعجة حول هجوم كيماوي آخر.\n"
            "وذكر أطباء أن هجوما كيماويا في مدينة دوما تسبب بمقتل 25 شخصا.")
    incs = _run(text, published=dt.date(2018, 4, 8))
    assert [(i.sub_event_type, i.casualties["killed"].best) for i in incs] == [("Chemical weapon", 25)]


@pytest.mark.parametrize("text, doer, target", [
    # a state named beside a suicide bombing looked into it, was hit by it or stopped it: never its doer
    (("تصدت أجهزة الأمن لانتحاري يرتدي حزاما ناسفا فجر نفسه بعد محاصرته من قبل القوات الأمنية عند مدخل متنزه في "
     "حي الشعلة ببغداد، مما أسفر عن مقتل 3 مواطنين."), None, "civilians"),
    # ... and the group it blamed is the bomber, not the target
    (("شرعت تركيا في بناء جدار على حدودها بعد أن فجر انتحاري يعتقد أنه ينتمي إلى تنظيم داعش نفسه، فقتل 32 شخصا في "
     "بلدة سروج الحدودية."), "isis", None),
])
def test_a_suicide_bombing_is_no_state_s(text, doer, target):
    bombings = [i for i in _run(text) if i.sub_event_type == "Suicide bomb"]
    assert bombings and all((i.actor1 and i.actor1.id, i.actor2 and i.actor2.id) == (doer, target) for i in bombings)


def test_a_force_that_strikes_only_from_the_air_is_lent_no_ground_fire():
    # the coalition, named for its air strikes, fired no mortar rounds on the town
    incs = _run("قتل 3 مدنيين في قصف بقذائف الهاون على بلدة الحديد في ديالى. وشن طيران التحالف 14 غارة على مواقع "
                "داعش قرب الموصل.")
    shelling = [i for i in incs if i.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and all(i.actor1 is None or i.actor1.id != "coalition" for i in shelling)


def test_the_places_of_what_an_act_went_on_amid_give_way_to_its_own():
    (inc,) = _run("لقي متظاهر مصرعه، الجمعة، في محافظة الديوانية جنوبي العراق، برصاص عناصر تابعة لميليشيا بدر، "
                  "وذلك خلال تظاهرات اجتاحت محافظات في جنوب البلاد، وفي العاصمة بغداد.")
    # (and the protests that swept the south took no ground, nor is the riot police a riot)
    assert (inc.location.name_ar, inc.actor1.id) == ("الديوانية", "badr")


def test_a_state_carrying_out_death_sentences_is_no_incident():
    # a court's sentence carried out by a state is no political violence; a group's "حكم الإعدام" is
    assert _run("نفذت الحكومة العراقية الجمعة حكم الإعدام ضد 12 مدانا بالإرهاب في سجن الناصرية.") == []
    (inc,) = _run("نفذ تنظيم داعش حكم الإعدام بحق شاب في مدينة الرقة بتهمة التعامل مع التحالف.")
    assert (inc.sub_event_type, inc.actor1.id) == ("Attack", "isis")


def test_the_lead_s_countryside_and_the_village_told_below_on_one_day_are_one_act():
    # the lead names the countryside, the lines below the village in it: one raid with the lead's toll
    text = ("قتل مدنيان وأصيب آخرون صباح اليوم بقصف مدفعي لقوات النظام على ريف إدلب الجنوبي.\n"
            "وقالت مصادر محلية إن قوات النظام استهدفت صباح اليوم بالمدفعية الثقيلة قرية معرة حرمة "
            "بريف إدلب الجنوبي.")
    (inc,) = _run(text)
    assert (inc.location.name_ar, inc.casualties["killed"].best) == ("معرة حرمة", 2)


@pytest.mark.parametrize("text", [
    # each its own toll: two acts of one day in one countryside
    ("قتل مدنيان صباح اليوم بقصف مدفعي لقوات النظام على ريف إدلب الجنوبي.\nوقتل خمسة مدنيين صباح اليوم بقصف "
     "مدفعي لقوات النظام على قرية كفرسجنة بريف إدلب الجنوبي."),
    # the village lies on another side of the town than the countryside the lead names
    ("قتل مدنيان صباح اليوم بقصف مدفعي لقوات النظام على ريف حلب الغربي.\nواستهدفت قوات النظام صباح اليوم "
     "بالمدفعية بلدة تل رفعت في ريف حلب الشمالي."),
])
def test_a_village_is_no_detail_of_a_countryside_s_act_of_the_same_day_told_apart(text):
    assert len(_run(text)) == 2


def test_the_town_named_again_right_after_the_cue_is_the_act_s_not_the_town_its_sentence_goes_on_to():
    # "القصف الذي طال القرية" names the village told before; the town after "منوها إلى أن" had only
    # material damage, and takes neither the toll nor the act
    text = ("قصفت قوات النظام صباح اليوم قرية معرة حرمة بريف إدلب الجنوبي بعدد من القذائف.\n"
            "وأوضح المراسل أن القصف الذي طال القرية تسبب بمقتل شخص وإصابة اثنين آخرين، منوها إلى أن "
            "بلدة كفرنبل تعرضت لقصف مماثل واقتصرت الأضرار على المادية.")
    tolled = [i for i in _run(text) if i.casualties.get("killed")]
    assert [(i.location.name_ar, i.casualties["killed"].best) for i in tolled] == [("معرة حرمة", 1)]


def test_the_town_named_again_starting_in_reach_of_the_cue_is_the_act_s_however_long_the_words():
    """"ألقت قنابل بها مواد كيميائية سامة على البلدة، وهي آخر معقل للمعارضة بالقرب من العاصمة دمشق": the
    town named again right after the bombs is Douma, told before; the capital only tells where it lies.
    Activists who "say" (يقول) of the opposition speak for it: it did not drop the bombs."""
    text = ("قال ناشطون إن عشرات الأشخاص قتلوا جراء الهجوم في بلدة دوما اليوم.\n"
            "ويقول نشطاء المعارضة إن طائرة تابعة للحكومة ألقت قنابل بها مواد كيميائية سامة على البلدة، وهي آخر "
            "معقل للمعارضة المسلحة بالقرب من العاصمة دمشق.")
    incs = _run(text)
    assert {i.location.name_ar for i in incs} == {"دوما"}
    assert all(i.actor1 is None or i.actor1.id != "opposition" for i in incs)


def test_the_side_that_took_the_building_hit_for_its_base_is_its_target():
    # "يتخذه التنظيم مقرا": the group held the building that was hit; it did not fire
    (inc,) = _run("قتل 7 من عناصر داعش جراء استهداف مبنى البلدية في مدينة البوكمال، الذي يتخذه التنظيم مقرا "
                  "لشرطته.")
    assert (inc.actor1 and inc.actor1.id, inc.actor2 and inc.actor2.id) == (None, "isis")


def test_a_state_named_for_something_else_is_lent_no_bomb():
    # the forces named for their own attack did not set off the bombs told after it
    incs = _run("وقالت المصادر إن القوات العراقية علقت جزئيا العمليات العسكرية من قصف جوي ومدفعي على أحياء الفلوجة. "
                "وأشار مصدر أمني إلى مقتل 10 مدنيين من جراء انفجار عبوتين ناسفتين في قضاء المقدادية.")
    bombs = [i for i in incs if i.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombs and all(i.actor1 is None for i in bombs)


@pytest.mark.parametrize("text, place", [
    ("استعاد ثوار درعا البلد اليوم السيطرة على حي المنشية بعد معارك عنيفة مع قوات النظام.", "المنشية"),
    ("شهدت مدينة الصنمين اليوم اشتباكات عنيفة بين قوات النظام من جهة وثوار درعا من جهة أخرى.", "الصنمين"),
])
def test_the_home_that_names_the_fighters_is_not_where_they_fought(text, place):
    assert [i.location.name_ar for i in _run(text)] == [place]


@pytest.mark.parametrize("text, killed", [
    # the sentence before says the toll over a period rose, with no figure: this one's figure is that toll
    (("صعدت قوات النظام قصفها على الغوطة الشرقية اليوم، لترتفع حصيلة القتلى للحملة المستمرة منذ أسبوعين.\n"
     "وقد أسفرت الغارات الجوية على بلدات الغوطة الشرقية عن مقتل 650 شخصا، وفق المرصد."), None),
    # ... in the past too
    (("صعدت قوات النظام قصفها على الغوطة الشرقية اليوم، وارتفع عدد القتلى منذ بدء الحملة قبل أسبوعين.\n"
      "وقد أسفرت الغارات الجوية على بلدات الغوطة الشرقية عن مقتل 650 شخصا، وفق المرصد."), None),
    # ... but not when it tells its figure itself: the next sentence tells an act of its own
    (("قتل المسلحون جنديين ليرتفع عدد قتلى قوات الأمن منذ مطلع الشهر إلى 21 قتيلا.\nوقتل شرطي مساء اليوم في هجوم "
     "شنه مسلحون على سيارة للشرطة في مدينة الرمادي."), 1),
])
def test_the_figure_after_a_toll_told_as_rising_over_a_period_is_that_toll(text, killed):
    (inc,) = [i for i in _run(text) if i.location is not None and i.location.name_ar in ("الغوطة الشرقية", "الرمادي")]
    assert (inc.casualties["killed"].best if inc.casualties.get("killed") else None) == killed


def test_an_arrest_an_operation_led_to_is_part_of_it_whoever_backed_the_operation():
    # the coalition named as the raid's backer, before "أدت إلى", is no doer of an arrest of its own
    incs = _run("عملية أمنية نفذتها قسد بمساندة من طيران التحالف في بلدة الشحيل بريف دير الزور أدت إلى اعتقال ثلاثة "
                "أشخاص.")
    assert [(i.sub_event_type, i.actor1.id) for i in incs] == [("Other", "sdf")]


def test_the_dead_told_before_a_word_of_cause_are_of_the_act_it_names():
    # she died in the shelling; the fighting she took part in is no killing of hers
    incs = _run("قتلت شابة خلال مشاركتها إلى جانب الوحدات الكردية بالمعارك، إثر قصف تركي على جبهات مدينة عفرين.")
    killed = {i.sub_event_type: i.casualties["killed"].best for i in incs if i.casualties.get("killed")}
    assert killed == {"Shelling/artillery/missile attack": 1}


def test_an_act_those_arrested_are_suspected_of_is_no_act_told():
    """"اعتقال 11 مطلوبا يشتبه في ضلوعهم بأعمال شغب": the arrest is told; the riots are what they are
    suspected of (a suspected act itself, "ما يشتبه في أنه هجوم كيميائي", is still told)."""
    incs = _run("أعلن الجيش اليوم اعتقال 11 مطلوبا في مدينة نابلس يشتبه في ضلوعهم بأعمال شغب.")
    assert [i.sub_event_type for i in incs] == ["Arrests"]
    incs = _run("قتل حوالي سبعين شخصا اليوم إثر ما يشتبه في أنه هجوم كيميائي على مدينة دوما.")
    assert [i.sub_event_type for i in incs] == ["Chemical weapon"]
