"""Actor recognition: aliases, clitics, quotes, constructs, weak forms, blocks (rasd.recognize.actors)."""
from __future__ import annotations

from itertools import pairwise

import pytest

from rasd.errors import ConfigError
from rasd.model import Actor
from rasd.recognize import actors as actors_mod
from rasd.recognize.actors import ACTORS, CANONICAL_IDS, actor, compile_phrases, find_actors
from rasd.text.normalize import NormText, fold


def found(text: str) -> list[tuple[str, str]]:
    """(id, evidence text) of every mention, in order."""
    return [(m.actor_id, text[m.start:m.end]) for m in find_actors(NormText.of(text))]


def ids(text: str) -> list[str]:
    return [m.actor_id for m in find_actors(NormText.of(text))]


# --- fixed names, clitics, quotes ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("استهدفت طائرات التحالف الدولي مواقع داعش في هجين",
     [("coalition", "طائرات التحالف الدولي"), ("isis", "داعش")]),
    ("التحالف الدولي بقيادة الولايات المتحدة يقصف", [("coalition", "التحالف الدولي بقيادة الولايات المتحدة")]),
    ("نفذ الائتلاف الدولي بقيادة أميركية غارات", [("coalition", "الائتلاف الدولي")]),  # the coalition's other name
    ("غارات نفذها طيران الائتلاف على قاح", [("coalition", "طيران الائتلاف")]),
    ("قال الائتلاف الوطني السوري", []),  # the opposition's National Coalition
    ("قصفت قوات النظام بلدة كفرنبل", [("regime", "قوات النظام")]),
    ("وقالت قوات سوريا الديمقراطية (قسد) إن", [("sdf", "قوات سوريا الديمقراطية"), ("sdf", "قسد")]),
    ("مقاتلو قوات سوريا الديموقراطية", [("sdf", "قوات سوريا الديموقراطية")]),
    ("وحدات حماية الشعب الكردية", [("ypg", "وحدات حماية الشعب الكردية")]),
    ("هيئة تحرير الشام وجبهة النصرة", [("hts", "هيئة تحرير الشام"), ("hts", "جبهة النصرة")]),
    ("قوات الحشد الشعبي", [("pmf", "قوات الحشد الشعبي")]),
    ("مقاتلو حزب الله", [("hezbollah", "حزب الله")]),
    ("قوات مكافحة الإرهاب العراقية", [("iraq", "قوات مكافحة الإرهاب")]),
    ("الحرس الثوري الإيراني", [("iran", "الحرس الثوري الإيراني")]),
    ("انتهك النظام التركي القوانين", [("turkey", "النظام التركي")]),  # not the Syrian "النظام"
    # air defences and warships named by their nationality
    ("تصدت وسائط الدفاع الجوي السورية للطائرات", [("regime", "وسائط الدفاع الجوي السورية")]),
    ("تصدى الدفاع الجوي السوري للصواريخ", [("regime", "الدفاع الجوي السوري")]),
    ("من قبل السفن الحربية الأمريكية", [("us", "السفن الحربية الأمريكية")]),
    ("أطلقت مدمرة أمريكية صواريخ", [("us", "مدمرة أمريكية")]),
    # the accusative of a nationality where it spells no country ("سوريا", "روسيا" stay the countries)
    ("وقتل 16 جنديًا عراقيًا في كمين", [("iraq", "جنديًا عراقيًا")]),
    ("وقالت قوات سوريا الديموقراطية", [("sdf", "قوات سوريا الديموقراطية")]),
    # forces opposed to the regime: the regime they oppose is no actor
    ("قصفت الفصائل المقاتلة المعارضة للنظام السوري البلدتين",
     [("opposition", "الفصائل المقاتلة"), ("opposition", "المعارضة للنظام السوري")]),
    ("سيطر جيش الفتح على المعسكر", [("opposition", "جيش الفتح")]),
    ("غارات من طيران نظام بشار الأسد", [("regime", "طيران نظام بشار الأسد")]),
    ("قصفت فصائل مدعومة من تركيا القرية", [("sna", "فصائل مدعومة من تركيا")]),
    # the groups a state backs, named by it: Iran's and Russia's are theirs, Turkey's the SNA
    ("مجموعات موالية لطهران، متمركزة قرب مدينة الميادين، أطلقت ثلاثة صواريخ",
     [("iran", "مجموعات موالية لطهران")]),
    ("استهدفت منشآت تستخدمها جماعات متحالفة مع الحرس الثوري الإيراني",
     [("iran", "جماعات متحالفة مع الحرس الثوري الإيراني")]),
    ("إثر استهداف الميليشيات المرتبطة بروسيا بلدة معرزاف", [("russia", "الميليشيات المرتبطة بروسيا")]),
    ("المجموعات المسلَّحة الموالية لتركيا تقصف مدينتي نبل والزهراء",
     [("sna", "المجموعات المسلَّحة الموالية لتركيا")]),
    # a name's first word that lost its article before an adjective keeping its own, as posts write it
    ("غارة من تحالف الدولي الآن على طريق حارم", [("coalition", "تحالف الدولي")]),
    ("مسيرة لاحتلال التركي تستهدف مناوبين على سد تشرين", [("turkey", "احتلال التركي")]),
    ("الحرب التي يشنها نظام السوري وحليفه الروسي", [("regime", "نظام السوري")]),
    ("هدد جيش الليبي", []),  # (a block's too)
    ("قصف مسيرة #تركية للمدنيين", [("turkey", "قصف مسيرة #تركية"), ("civilians", "للمدنيين")]),  # a hashtag on the adjective
    ("مسلحون مجهولون يطلقون النار", [("unknown", "مسلحون مجهولون")]),
    ("مقتل 5 مدنيين بينهم طفلان", [("civilians", "مدنيين"), ("civilians", "طفلان")]),
    ("ثوار درعا البلد استعادوا السيطرة على نقاط", [("opposition", "ثوار")]),  # the rebels of a town
])
def test_fixed_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وداعش", [("isis", "داعش")]),
    ("فقوات النظام", [("regime", "قوات النظام")]),
    ("بقصف لقوات النظام", [("regime", "قوات النظام")]),
    ("لقسد", [("sdf", "قسد")]),
    ("كالنظام السوري", [("regime", "النظام السوري")]),
    # ل + ال is written لل: the evidence keeps the fused lam
    ("طائرة تابعة للتحالف الدولي", [("coalition", "للتحالف الدولي")]),
    ("وللتحالف الدولي", [("coalition", "للتحالف الدولي")]),
    ("بالتحالف الدولي", [("coalition", "التحالف الدولي")]),
])
def test_proclitics(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('مواقع لتنظيم "الدولة الإسلامية" في هجين', [("isis", 'تنظيم "الدولة الإسلامية')]),
    ("عناصر تنظيم «الدولة الإسلامية»", [("isis", "تنظيم «الدولة الإسلامية")]),
    ("تنظيم “داعش” الإرهابي", [("isis", "تنظيم “داعش")]),
    ("قالت وكالة لـ«داعش»", [("isis", "داعش")]),
    ('ضربات ضد "داعش"', [("isis", "داعش")]),
    ('شنت ميليشيات "عصائب أهل الحق" هجوما', [("asaib", "عصائب أهل الحق")]),
    ("تنظيمِ الدّولةِ الإسلاميّة", [("isis", "تنظيمِ الدّولةِ الإسلاميّة")]),  # diacritics
])
def test_quotes_and_diacritics(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "البوليل", "التحالفات السياسية", "الداعشيين",
    "تحالف انتخابي", "مسيرة حياته", "قسدية",
])
def test_word_boundaries(text: str) -> None:
    assert ids(text) == []


def test_latin_aliases_any_case() -> None:
    assert ids("clashes with YPG and pkk near SDF lines") == ["ypg", "pkk", "sdf"]


# --- the Syrian army family: the longest name wins --------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("الجيش السوري", "regime"),
    ("الجيش العربي السوري", "regime"),
    ("الجيش السوري الحر", "opposition"),
    ("فصائل الجيش السوري الحر", "opposition"),
    ("الجيش الحر", "opposition"),
    ("الجيش الوطني السوري", "sna"),
    ("الجيش الوطني", "sna"),
    ("القوات السورية", "regime"),
    ("القوات الحكومية السورية", "regime"),
    ("الفصائل الموالية لأنقرة", "sna"),
    ("القوات التركية والفصائل الموالية لها", "turkey sna"),
    ("غضب الفرات", "sna"),
])
def test_army_names(text: str, expected: str) -> None:
    assert ids(text) == expected.split()


# --- head noun + nationality / possessor ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("الطيران الحربي الروسي", [("russia", "الطيران الحربي الروسي")]),
    ("غارة تركية", [("turkey", "غارة تركية")]),
    ("ضربات صاروخية أميركية", [("us", "ضربات صاروخية أميركية")]),  # a feminine modifier between
    ("ضربات مدفعية تركية", [("turkey", "ضربات مدفعية تركية")]),
    ("جرائم الأسد بقصف مشفى حلب", [("regime", "جرائم الأسد")]),  # the crimes of: their perpetrator
    ("بقصف للطيران الروسي", [("russia", "للطيران الروسي")]),
    ("طائرات حربية سورية", [("regime", "طائرات حربية سورية")]),
    ("طائرات عمودية سورية", [("regime", "طائرات عمودية سورية")]),
    ("(طائرة مسيرة تركية)", [("turkey", "طائرة مسيرة تركية")]),
    ("مقتل 8 جنود أتراك", [("turkey", "جنود أتراك")]),
    ("مقتل 4 عسكريين روس", [("russia", "عسكريين روس")]),
    ("ضربات جوية أمريكية", [("us", "ضربات جوية أمريكية")]),
    ("القوات الخاصة العراقية", [("iraq", "القوات الخاصة العراقية")]),
    ("الغارات الإسرائيلية", [("israel", "الغارات الإسرائيلية")]),
    ("القوات الكردية", [("ypg", "القوات الكردية")]),
    ("قوات الأسد", [("regime", "قوات الأسد")]),
    ("طيران النظام", [("regime", "طيران النظام")]),
    ("مسيرة تابعة للنظام", [("regime", "مسيرة تابعة للنظام")]),
    ("مواقع لقوات النظام", [("regime", "قوات النظام")]),
    ("ميليشيا أسد", [("regime", "ميليشيا أسد")]),
    ("في غارتين جويتين روسيتين", [("russia", "غارتين جويتين روسيتين")]),
    # a word joined to the one before it by "و"
    ("16 غارة جوية شنها الطيران الحربي والمسير التركي على بادية الرويشد",
     [("turkey", "الطيران الحربي والمسير التركي")]),
    ("طائرات #التحالف", [("coalition", "طائرات #التحالف")]),
    ("اعتداء إسرائيلي شرقي خان أرنبة", [("israel", "اعتداء إسرائيلي")]),
    ("تصعيد #روسي.. 5 غارات جوية", [("russia", "تصعيد #روسي")]),
    # a phrase of doubt between the head and the adjective or possessor
    ("غارات لطائرات حربية يعتقد أنها روسية", [("russia", "طائرات حربية يعتقد أنها روسية")]),
    ("قصف طيران ثابت الجناح نعتقد أنه روسي", [("russia", "طيران ثابت الجناح نعتقد أنه روسي")]),
    ("طائرة مسيرة يرجح أنها تابعة للنظام", [("regime", "طائرة مسيرة يرجح أنها تابعة للنظام")]),
    # fighters and gunmen of a state at war at home are its people in arms, not its army; a state
    # abroad's, or a party's, still are theirs
    ("أصيب ثلاثة مقاتلين سوريين بقذيفة هاون", []),
    ("سحب المقاتلين السوريين المتحالفين معها من المدينة", []),
    ("مسلحين عراقيين في البادية", []),
    ("والجنود السوريين", [("regime", "الجنود السوريين")]),
    ("مقاتلين روس", [("russia", "مقاتلين روس")]),
    ("المقاتلين الأكراد", [("ypg", "المقاتلين الأكراد")]),
    # the nominative plural heads too
    ("قنبلة خلفها مقاتلون أكراد وراءهم", [("ypg", "مقاتلون أكراد")]),
    ("هاجم مسلحون أتراك الحاجز", [("turkey", "مسلحون أتراك")]),
    ("قتل مقاتلون سوريون في القصف", []),
])
def test_constructs(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_country_name_is_not_an_adjective() -> None:
    # "سوريا" ends like an accusative adjective but is the country: no Syrian army here
    assert ids("قوات سوريا الجديدة") == []


# --- weak forms, fallbacks, hints ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("أعدم التنظيم ثلاثة أشخاص", ""),  # "التنظيم" with nothing to refer back to
    ("سيطر تنظيم داعش على المدينة ثم أعدم التنظيم ثلاثة", "isis isis"),
    ("عناصر التنظيم", ""),
    ("أعلن الجيش مقتل 8 جنود", ""),
    ("أعلن الجيش التركي أن الجيش سيطر على التلة", "turkey turkey"),
    ("قالت قوات النظام إن الجيش استعاد البلدة", "regime regime"),
    ("قصف الاحتلال المنطقة", "israel"),  # fallback
    ("قصف الاحتلال التركي القرية ثم قصف الاحتلال المدرسة", "turkey turkey"),
    ("تقدمت الفصائل", "opposition"),  # fallback
    ("قصف الجيش الوطني السوري ثم تقدمت الفصائل", "sna sna"),
    # nothing before a form with a fallback resolves it: the full name the report goes on to give does
    ("قصف الاحتلال لأم الكيف. وأكد الأهالي أن قصف الاحتلال التركي دمر منازلهم", "turkey civilians turkey"),
    ("تقدمت الفصائل نحو المدينة. وأكدت الفصائل السورية الموالية لتركيا سيطرتها على تلة", "sna sna"),
    ("تقدمت الفصائل نحو المدينة. وقالت قوات النظام إن", "opposition regime"),  # (none of its ids named)
    ("التحالف الدولي ... وقال التحالف", "coalition coalition"),
    ("التحالف العربي ... وقال التحالف", "saudi_coalition saudi_coalition"),
    # the coalition's aircraft and forces are the coalition named before, else the international one
    ("دفع تحالف دعم الشرعية في اليمن بتعزيزات. وشنت طائرات التحالف غارات", "saudi_coalition saudi_coalition"),
    ("شنت طائرات التحالف غارات. وقال التحالف الدولي", "coalition coalition"),
    ("شنت طائرات التحالف غارات", "coalition"),
    ("قال مسؤول في العراق إن القوات الأمنية اعتقلت", "iraq"),  # hint
    ("في العراق. وقالت قوات النظام السوري إن القوات الأمنية", "regime regime"),  # strong beats hint
    # a state's short form with a nationality adjective is that nation's, or none of ours
    ("قصفت قوات النظام البلدة. وقال الجيش البريطاني إن جنديين قتلا", "regime"),
    ("قصفت قوات النظام البلدة. وأعلنت الحكومة العراقية", "regime iraq"),
    ("وقالت القوات البريطانية", ""),
    ("قصفت قوات النظام البلدة. وقتلت قوات الأمن الصومالية ثلاثة مسلحين", "regime"),
    # the bare noun refers back to the forces of no actor of ours named last with it, not across them
    ("قصفت قوات النظام البلدة. وتدخل الجيش اللبناني، بعدما أقفل الجيش الطرقات", "regime"),
    ("تدخل الجيش اللبناني. وقصفت قوات النظام البلدة، وقال الجيش إن", "regime regime"),
    ("دعمت القوات الإماراتية الهجوم. وشنت طائرات التحالف غارات", "coalition"),  # a name of its own
    # the country after a short form, or the one its sentence opens on, says whose forces they are
    ("قصفت قوات النظام البلدة. وقتلت قوات الأمن في باكستان ثلاثة مسلحين", "regime"),
    ("قصفت قوات النظام البلدة. وفي اليمن، اشتبكت قوات الأمن مع مسلحين", "regime"),
    ("قصفت قوات النظام البلدة. وقال الجيش في العراق إن", "regime iraq"),
    ("وفي العراق قالت قوات النظام السوري إن القوات الأمنية", "regime regime"),  # named in the sentence
    ("تقدمت الفصائل. وقالت المعارضة السورية", "opposition opposition"),  # not a state's short form
    # an operations command is Iraq's in a report that has named Iraq's forces, no one's otherwise
    ("قال الجيش العراقي إن قيادة عمليات نينوى أعلنت", "iraq iraq"),
    ("وصلت الفصائل إلى مقر قيادة عمليات قوات النظام", "opposition regime"),
])
def test_weak_aliases(text: str, expected: str) -> None:
    assert ids(text) == expected.split()


# "هذه القوات", "تلك الميليشيات": the armed actor named last, in the paragraph or the sentence before
@pytest.mark.parametrize(("text", "expected"), [
    ("شنت قوات النظام غارات على البلدة. وبعد القصف بدأت تلك القوات باقتحامها", [("regime", "قوات النظام"),
                                                                          ("regime", "تلك القوات")]),
    ("دخلت الميليشيات الإيرانية المدينة.\nوقامت هذه الميليشيات بإعدام 5 مدنيين",
     [("iran", "الميليشيات الإيرانية"), ("iran", "هذه الميليشيات"), ("civilians", "مدنيين")]),
    ("قتل مدنيون في القصف. وتمكنت هذه القوات من السيطرة على التلة", [("civilians", "مدنيون")]),  # no armed actor
    ("تقدمت القوات التركية. وقال المرصد شيئا.\nوقصفت هذه القوات البلدة", [("turkey", "القوات التركية")]),  # too far
    ("تقدمت القوات التركية. واستهدفت هذه الفصائل المعارضة المدينة",  # a name of its own
     [("turkey", "القوات التركية"), ("opposition", "الفصائل المعارضة")]),
    ("تقدمت القوات التركية. وقالت هذه القوات البريطانية", [("turkey", "القوات التركية")]),  # none of ours
    ("شنت قوات النظام غارات على البلدة. وكان لهذه القوات دور في اقتحامها",  # after a proclitic
     [("regime", "قوات النظام"), ("regime", "هذه القوات")]),
    ("شنت قوات النظام غارات على البلدة. وكان ولهذه القوات دور في اقتحامها",  # two: no word starts there
     [("regime", "قوات النظام")]),
])
def test_forces_named_again(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "pos", "expected"), [
    ("هذه القوات", 0, True),
    ("بدأت تلك القوات", 5, True),
    ("وكان لهذه القوات", 6, True),  # after one proclitic
    ("وكان ولهذه القوات", 7, False),  # after two
    ("وكان فيهذه القوات", 7, False),  # inside a word
    ("لهذه القوات", 1, True),  # the proclitic opens the text
])
def test_a_demonstrative_opens_a_word(text: str, pos: int, expected: bool) -> None:
    assert actors_mod._opens_word(text, pos) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت تركيا إن", "turkey"),
    ("وأعلنت واشنطن", "us"),
    ("اللاجئون السوريون في تركيا", ""),
    ("عاد إلى تركيا", ""),
    ("جنوب شرق تركيا", ""),
    ("في بلدة كيزليار جنوبي روسيا", ""),
    ("في وسط تركيا", ""),
    ("بعد يوم من فشل قمة طهران", ""),  # a summit named after its city
    ("يعيش بتركيا", ""),
    ("الحدود مع تركيا", ""),
    # the subject of a verb of witnessing is the scene
    ("وشهدت تركيا أمس تفجيرا انتحاريا", ""),
    ("وتشهد روسيا موجة هجمات", ""),
    # a dateline names where the report was filed
    ("أتلانتا، الولايات المتحدة الأمريكية (CNN)-- لقي عشرات الأشخاص مصرعهم", ""),
    ("واشنطن (رويترز) - قال مسؤول", ""),
    # "each of" the states that waged it, not a place after "من"
    ("العمليات التي نفذتها كل من الولايات المتحدة وبريطانيا", "us"),
    ("انتشرت في كل من تركيا", ""),
    ("رؤساء كل من روسيا", ""),
])
def test_states(text: str, expected: str) -> None:
    assert ids(text) == expected.split()


def test_place_use_of_a_state_is_a_hint() -> None:
    assert ids("في العراق. القوات الأمنية اعتقلت") == ["iraq"]


@pytest.mark.parametrize("text", [
    "قال الدفاع المدني", "منظمات المجتمع المدني", "الجيش الليبي", "الجيش الوطني الليبي",
    "الحزب الديمقراطي الكردستاني", "سلطة الطيران المدني", "المرصد السوري لحقوق الإنسان",
    "قصف مساكن ضباط",
])
def test_blocks(text: str) -> None:
    assert ids(text) == []


@pytest.mark.parametrize("text, forces", [
    ("استهدفت طائرات بريطانية موقعا عسكريا", ["طائرات بريطانية"]),
    ("وأعلن الجيش الفرنسي أنه قصف مواقع", ["الجيش الفرنسي"]),
    ("شن الجيش المصري غارات على سيناء", ["الجيش المصري"]),
    ("قصفت قوات النظام البلدة", []),
    ("قتل ثلاثة مقاتلين سوريين", []),  # Syrians in arms: no state's forces
    ("قال الدفاع المدني", []),
])
def test_the_forces_of_states_with_no_actor_here_are_told_apart(text: str, forces: list[str]) -> None:
    unlisted: list[tuple[int, int]] = []
    nt = NormText.of(text)
    find_actors(nt, None, unlisted)
    assert [text[s:e] for s, e in unlisted] == forces


@pytest.mark.parametrize("text", [
    "قالت إن الضربات العسكرية ضد دمشق لم تتعلق بمسألة \"تغيير النظام\" هناك",
    "مرددين هتافات ضد الفساد، كما طالبوا بـ\"إسقاط النظام\"",
])
def test_an_aim_against_the_regime_names_no_actor(text: str) -> None:
    assert ids(text) == []


@pytest.mark.parametrize("text", [
    "أطلقت طائرات عمودية براميل متفجرة على مساكن في ضواحي مدينة خان شيخون",
    "استهدفت مقاتلات حربية بالصواريخ الفراغية الأحياء السكنية في بلدة بصر الحرير",
])
def test_homes_and_quarters_people_live_in_are_civilians(text: str) -> None:
    assert "civilians" in ids(text)


def test_kataib_hezbollah_is_not_hezbollah() -> None:
    assert ids("كتائب حزب الله") == ["kataib_hezbollah"]


def test_protesters_are_their_own_actor() -> None:
    assert ids("اقتحم متظاهرون المبنى") == ["protesters"]


# --- spans and registry --------------------------------------------------------------------------

def test_spans_point_into_the_original_text() -> None:
    text = "وَقَصَفَتْ قُوّاتُ النِّظامِ بلدةَ كفرنبل، وردّت فصائلُ «الجيش الحرّ» لـ«داعش»"
    nt = NormText.of(text)
    ms = find_actors(nt)
    assert [m.actor_id for m in ms] == ["regime", "opposition", "isis"]
    for m in ms:
        assert nt.text[nt.to_norm(m.start):nt.to_norm(m.end)] in {"قوات النظام", "فصائل \"الجيش الحر", "داعش"}
        assert text[m.start:m.end] == text[m.start:m.end].strip()


def test_registry() -> None:
    assert CANONICAL_IDS <= ACTORS.keys()
    assert actor("isis") == Actor("isis", "Islamic State", "تنظيم الدولة الإسلامية")
    assert actor("coalition").name == "International Coalition"
    m = find_actors(NormText.of("قوات النظام"))[0]
    assert (m.name, m.name_ar) == (ACTORS["regime"].name, ACTORS["regime"].name_ar)
    with pytest.raises(KeyError, match="unknown actor id"):
        actor("martians")


def test_extensions_are_outside_the_canonical_table() -> None:
    for ext in ("pkk", "peshmerga", "asayish", "protesters", "houthis"):
        assert ext in ACTORS
        assert ext not in CANONICAL_IDS


def test_every_strong_alias_finds_itself() -> None:
    """Data check: each fixed alias, alone, is recognised as its own actor."""
    for key, entries in actors_mod._TABLE.aliases.items():
        e = entries[0]
        if e.kind not in ("", "state"):
            continue
        got = find_actors(NormText.of(key))
        assert [m.actor_id for m in got][:1] == [e.actor_id], key


# --- the data file is checked when loaded ---------------------------------------------------------

@pytest.mark.parametrize(("tsv", "message"), [
    ("isis\tIslamic State\tداعش\tداعش\tstrong-ish\n", "unknown kind"),
    ("isis\t\t\tداعش\t\n", "needs its name"),
    ("isis\tIS\tداعش\tداعش\t\nregime\tR\tن\tداعش\t\n", "only weak"),
    ("isis\tIS\tداعش\t\t\n", "alias column is empty"),
])
def test_bad_table_rows(tsv: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        actors_mod._load(tsv, "test.tsv")


def test_compile_phrases_article_variants_map_back() -> None:
    ps = compile_phrases(["قصف مدفعي"], article=True)
    got = list(ps.finditer("والقصف المدفعي على"))
    assert [(k, s, e) for s, e, k in got] == [("قصف مدفعي", 1, 14)]


def test_trie_writes_the_article_once() -> None:
    """The forms with and without the article, and after a ل ("للقصف"), share one copy of what
    follows: the cue words' pattern is read three times faster. It matches what the forms listed
    one by one match, the longest first."""
    import re

    forms = actors_mod._with_lam_lam({f"{a}قصف {b}مدفعي" for a in ("", "ال") for b in ("", "ال")}
                                     | {"الاسلحه الكيماويه", "اسلحه الكيماويه", "اسلحه"})
    pattern = actors_mod.trie_pattern(forms, r"\s+")
    assert pattern == (r"(?:(?:(?<=ل)|ا)ل(?:اسلحه\s+الكيماويه|قصف\s+(?:ال)?مدفعي)"
                       r"|اسلحه(?:\s+الكيماويه)?|قصف\s+(?:ال)?مدفعي)")

    def written(form: str) -> str:
        lam_lam = form.startswith("\x00")
        return ("(?<=ل)ل" if lam_lam else "") + r"\s+".join(map(re.escape, form[lam_lam:].split(" ")))

    one_by_one = "|".join(map(written, sorted(forms, key=len, reverse=True)))
    full = r"(?:{})(?!\w)"
    for text in ("للقصف المدفعي", "القصف  مدفعي", "لقصف المدفعيه", "الاسلحه الكيماويه", "لاسلحه الكيماوي",
                 "للاسلحه الكيماويه", "لالقصف مدفعي"):
        for pos in range(len(text)):
            got = re.compile(full.format(pattern)).match(text, pos)
            want = re.compile(full.format(one_by_one)).match(text, pos)
            assert (got and got.span()) == (want and want.span()), (text, pos)


def test_scanner_is_compiled_only_when_a_text_needs_it() -> None:
    """A phrase set read by tokens compiles its scanner for the first text whose tokens may not
    tell where it matches (one with a character outside ``segment.ALIKE``, here Cyrillic), not at
    import, nor for Latin letters: a run on Arabic reports never pays for it."""
    ps = compile_phrases(["قوات النظام", "داعش"], by_tokens=True)
    assert [k for _, _, k in ps.finditer("قصفت قوات النظام مواقع داعش")] == ["قوات النظام", "داعش"]
    assert [k for _, _, k in ps.finditer("قصفت قوات النظام (SAA) مواقع داعش")] == ["قوات النظام", "داعش"]
    assert ps.pattern._scanner == []
    assert [k for _, _, k in ps.finditer("قصفت قوات النظام (САА) مواقع داعش")] == ["قوات النظام", "داعش"]
    assert len(ps.pattern._scanner) == 1


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام مواقع ISIS وisis و(Isis) وداعش",
    "مقاتلو تنظيم الدولة Islamic State of Iraq (ISIS) في دير الزور",
    "Syrian Democratic Forces قسد وSDF وsdf",
    "ſdf ISIS",
])
def test_tokens_of_a_text_with_latin_letters_find_what_the_pattern_finds(text: str) -> None:
    """On a text with Latin letters the tokens with a letter with case are tried whatever they are
    (matched case-insensitively, they need not be the listed words): the matches are the pattern's."""
    ps = compile_phrases(["قوات النظام", "داعش", "ISIS", "sdf", "Islamic State"], by_tokens=True)
    folded = fold(text)
    want = [m.span("pre") for m in ps.pattern.pattern.finditer(folded)]
    assert [m.span("pre") for m in ps.pattern.finditer(folded)] == want
    assert [m.span("pre") for m in ps.pattern.finditer(folded, 5, len(folded) - 3)] == \
        [m.span("pre") for m in ps.pattern.pattern.finditer(folded, 5, len(folded) - 3)]
    assert want


def test_speed_is_linear_and_small() -> None:
    """A 5,000-character report takes about a millisecond; allow a wide margin for slow CI."""
    import time

    text = ("قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي، ما أدى إلى مقتل 5 مدنيين بينهم طفلان، "
            "وشنت المقاتلات الروسية غارات على مواقع هيئة تحرير الشام. ") * 35
    nt = NormText.of(text[:5000])
    find_actors(nt)
    t0 = time.perf_counter()
    for _ in range(10):
        find_actors(nt)
    assert (time.perf_counter() - t0) / 10 < 0.05


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام وروسيا مواقع لهيئة تحرير الشام وفصائل المعارضة في إدلب",
    "غارة للطيران الروسي على مواقع تنظيم الدولة الإسلامية قرب قوات سوريا الديمقراطية",
    "استهدفت طائرة مسيرة تركية مواقع قسد، وقال التحالف الدولي إن الطائرات الحربية الأمريكية قصفت التنظيم",
])
def test_candidates_are_in_order_and_apart(text: str) -> None:
    """Names alone come out as matched (in order, none inside another), as the sort would leave them."""
    folded = NormText.of(text).text
    cands = actors_mod._candidates(folded)
    assert cands
    assert all(a.end <= b.start for a, b in pairwise(cands))
    assert cands == sorted(cands, key=lambda c: (c.start, -(c.end - c.start)))


@pytest.mark.parametrize(("text", "place"), [
    ("قصف في تركيا", True), ("قصف بتركيا", True), ("قصفت تركيا القرية", False), ("قتل في  «تركيا»", True),
])
def test_a_country_after_a_locative_is_a_place(text: str, place: bool) -> None:
    folded = NormText.of(text).text
    c = next(c for c in actors_mod._candidates(folded) if c.entries[0].kind == "state")
    assert actors_mod._is_place(folded, c) == place
