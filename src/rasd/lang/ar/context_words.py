"""Cue words the assembler reads around an event cue: whether the act is reported as having
happened, whether a figure is a total over a period, whether the victims were civilians.

Plain Arabic as a reader writes it; `rasd.assemble` folds them before use. Edit freely.
"""

# What people fled: an act before it is none that happened at a time ("الفارين من القتال"), and an actor
# whose attacks they fled ("النازحين الفارين من هجمات قوات النظام وروسيا") did no act the sentence tells.
FLED_FROM = ("الفارين من", "الفارون من", "الهاربين من", "الهاربون من", "هربا من", "هرباً من", "فرارا من",
             "فراراً من")

# Reports of reports: what a sentence tells "amid reports" of ("هرب معظم السكان، وسط تقارير عن إعدامات
# ميدانية وعمليات نهب") is the setting of its news, told as hearsay, not an act it reports; nor is what
# no report told ("ولم ترد أي تقارير عن وقوع اشتباكات"). ("بعد تقارير عن هجوم كيميائي" tells of the act
# others answered: an act.)
HEARSAY = ("وسط تقارير عن", "وسط تقارير حول", "وسط تقارير تفيد", "وسط أنباء عن", "وسط أنباء حول", "وسط أنباء تفيد",
           "وسط معلومات عن", "وسط معلومات تفيد", "وسط أحاديث عن", "وسط شائعات عن", "وسط روايات عن",
           "لم ترد أي تقارير عن", "لم ترد تقارير عن", "لم ترد أي أنباء عن", "لم ترد أنباء عن", "لم ترد أي معلومات عن",
           "لم ترد معلومات عن",
           # what is only rumoured, as the speaker calls it ("رد لافروف بأن ما يتردد عن هجوم بغاز الكلور
           # مجرد خدعة")
           "ما يتردد عن", "ما يتردد حول", "ما تردد عن", "ما تردد حول", "ما يشاع عن", "ما أشيع عن", "ما يقال عن",
           "ما قيل عن")

# An attempt or an aim at ground, a few words before a takeover cue with no comma between ("مع وجود
# محاولات منها لاستعادة السيطرة على المدينة", "يحاول التنظيم التقدم للسيطرة على قرى"): the ground
# is not taken. (An attempt at other acts is an act: "محاولة اقتحام", "محاولة اغتيال".)
ATTEMPTS = ("محاولة", "محاولات", "محاولتها", "محاولته", "محاولتهم", "تحاول", "يحاول", "يحاولون", "تحاولان",
            "يحاولان", "حاول", "حاولت", "حاولوا", "سعيا", "سعيًا", "تسعى", "يسعى", "يسعون", "بهدف", "لمحاولة")

# A takeover noun after the purpose "ل" is ground aimed at, not taken: "وفي طريقهم للسيطرة على منطقة
# الكفرة", "واطلاق معركة للسيطرة على سهل الغاب", "تقدمت القوات لاستعادة المدينة". Not the control a
# place comes under, told by these nouns bare in construct: "عادت المدينة لسيطرة النظام".
CONTROL_NOUNS = ("سيطرة", "سيطرته", "سيطرتها", "سيطرتهم")

# Adverbs of a habit, before an event cue or just after it: "وتشن تركيا بانتظام ضربات جوية ضد مواقع
# حزب العمال", "تذكر الوكالة دوريا مقتل أشخاص نتيجة قصف", "وتقصف المدفعية دوريا قرى الناحية": acts
# done time and again, no act of one day.
HABIT = ("بانتظام", "دوريا", "دورياً", "بشكل دوري", "بصورة دورية", "بشكل منتظم", "بصورة منتظمة",
         # daily: "عناصر حزب الله تتمركز داخلها وتقصف بشكل يومي البلدات المحيطة بها"
         "بشكل يومي", "بصورة يومية", "يوميا", "يومياً",
         # without end: "العاصمة التي تطاولها باستمرار قذائف الفصائل"
         "باستمرار", "بشكل مستمر", "بصورة مستمرة", "بشكل متواصل", "بصورة متواصلة")
# A party's lasting role, told of it in a relative clause by a verb of fighting or taking part in the
# present: "الحشد الشعبي الذي يشارك عناصره في المعارك ضد تنظيم الدولة"، "الفصائل التي تقاتل في الغوطة":
# who it is, no act of one day (see assemble.candidates._factual).
ROLE_VERBS = ("يقاتل", "تقاتل", "يقاتلون", "يشارك", "تشارك", "يشاركون", "يخوض", "تخوض", "يخوضون")
# Before an act, these make it a habit too: "ويتبنى التنظيم في بعض الأحيان عمليات اغتيال وتفجيرات",
# "وعادة ما تنفذ تركيا ضربات جوية". (Not after it: "وأمكن سماع إطلاق النار أحيانا" tells shots of the act.)
NOW_AND_THEN = ("في بعض الأحيان", "أحيانا", "أحياناً", "بين الحين والآخر", "بين حين وآخر", "من حين لآخر",
                "عادة ما", "غالبا ما", "غالباً ما", "كثيرا ما", "كثيراً ما",
                # seldom: "نادرا ما يشتبك الجيش السوري مع قوات سوريا الديمقراطية"
                "نادرا ما", "نادراً ما", "قلما")

# The bare word "attack" (a cue that took no kind from its sentence): when all its dead were civilians
# and no armed side is named as its target, an attack on civilians, not a fight ("بدأ الهجوم صباح
# الجمعة في بلدة ... حيث اختطف سيارة، وتسبب في مقتل راكب").
BARE_ATTACK = ("هجوم", "هجوما", "هجمات", "هجومين", "هجوم واسع", "هجوما واسعا")
# The words of the cues of bombs destroyed, defused or seized ("تدمير سيارة مفخخة"، "تفكيك عبوة ناسفة")
# among those of disrupted weapons use (the others: weapons stopped in flight, attacks foiled): fighters
# killed where they were ("مقتل سبعة إرهابيين وتفكيك 15 عبوة ناسفة أثناء تنفيذ عملية عسكرية") fell in a
# fight.
BOMBS_DISARMED = ("عبوة", "عبوات", "مفخخة", "مفخخات", "مفخخ", "مفخختين", "ناسفة", "ناسف", "لغم", "ألغام",
                  "تفكيك", "إبطال", "ضبط", "معدة للتفجير")

# An act the reader already knows, named with the article as the object of a reaction to it: the
# condemnation ("دانت فرنسا الهجوم الكيماوي على دوما", "ندد الأمين العام بالهجوم"), the answer ("الرد على
# الهجوم", "ردا على الهجوم"), the blame ("حملت دمشق إسرائيل مسؤولية الغارة", "المسؤولين عن الهجوم") or the
# inquiry ("موقع الهجوم"). The day of the reaction, or of the report, is not the act's: only a day told
# after these words, in the act's own clause ("الهجوم الذي وقع في 7 نيسان"), is. The verbs may have their
# subject between them and the act (REACTION_VERBS); the nouns have the act right after them, or after one
# of REACTION_PREPOSITIONS.
REACTION_VERBS = ("أدان", "أدانت", "دان", "دانت", "يدين", "تدين", "ندد", "نددت", "يندد", "تندد", "استنكر",
                  "استنكرت", "يستنكر", "تستنكر", "شجب", "شجبت", "يشجب", "تشجب",
                  # the press on an act: "اهتمت الصحف اليوم بالهجوم الكيميائي على مدينة دوما"
                  "اهتمت", "اهتم", "تهتم", "يهتم",
                  # a comment, or none: "ورغم أن الجيش الإسرائيلي لم يعلق على الضربة"
                  "يعلق", "تعلق", "علق", "علقت")
REACTION_NOUNS = ("إدانة", "إدانته", "إدانتها", "إدانتهم", "تنديد", "تنديده", "تنديدها", "استنكار", "شجب",
                  "الرد", "بالرد", "للرد", "رد", "برد", "ردا", "رداً", "ردها", "رده", "ردود الفعل", "ردود فعل", "رد فعل",
                  "برد فعل",
                  "مسؤولية", "المسؤولية", "بالمسؤولية", "المسؤول", "المسؤولة", "المسؤولين", "المسؤولون",
                  "مسؤولا", "مسؤولاً", "مسؤولة", "مسؤولين", "مسؤولون", "منفذي", "مرتكبي",
                  "التحقيق", "تحقيق", "بالتحقيق", "للتحقيق", "موقع", "بموقع", "لموقع",
                  # reports of an act known or alleged: "بعد أنباء عن هجوم مفترض بغاز سام"
                  "أنباء", "الأنباء", "تقارير", "التقارير",
                  # the background of another act: "ضربة عسكرية على خلفية هجوم كيماوي مفترض في دوما"
                  "خلفية")
REACTION_PREPOSITIONS = ("على", "عن", "في")
# The nouns of an act after the article, between those words and a weapon's cue ("الهجوم المفترض بأسلحة
# كيمياوية", "الهجمات بالأسلحة الكيماوية"): the object named with the article.
ACT_NOUNS_DEFINITE = ("هجوم", "هجمات", "ضربة", "ضربات", "غارة", "غارات", "قصف", "عملية", "اعتداء", "حادث",
                      "حادثة", "استخدام")
# Right after an act named with the article: it is the act others reported, told as contested ("الهجوم
# الكيمياوي المزعوم كان مسرحية"), of no day of the report's; so is one without it that is reacted to
# ("ردا على هجوم كيماوي مشتبه به"، "دانت فرنسا هجوما كيماويا مزعوما").
ALLEGED = ("المزعوم", "المزعومة", "المفترض", "المفترضة", "المشتبه به", "المشتبه بها",
           "مزعوم", "مزعومة", "مفترض", "مفترضة", "مشتبه به", "مشتبه بها",
           "مزعوما", "مفترضا", "مشتبها به", "مشتبها بها")

# Before an event cue, these make it something other than an act that happened: a threat, a
# plan, a forecast, a denial, a hypothetical, a call. Checked in a short window before the cue.
NOT_FACTUAL = (
    "سوف", "ستشن", "سيشن", "ستقوم", "سيقوم", "تهدد", "يهدد", "هدد", "هددت", "تعتزم",
    "يعتزم", "تستعد", "يستعد",
    # verbs in the future ("ستكمل عملياتها لطرد المسلحين", "سنواصل ضرب الإرهابيين"): what will be, not
    # what was
    "ستواصل", "سيواصل", "سنواصل", "ستستمر", "سيستمر", "سنستمر", "ستكمل", "سيكمل", "سنكمل", "ستستكمل",
    "سيستكمل", "ستنفذ", "سينفذ", "سننفذ", "ستضرب", "سيضرب", "سنضرب", "ستهاجم", "سيهاجم",
    "ستقصف", "سيقصف", "ستستهدف", "سيستهدف", "سنستهدف", "ستلاحق", "سيلاحق", "سنلاحق", "ستوسع", "سيوسع",
    "ستشمل", "سيشمل", "ستتوسع", "سيتوسع",
    "التهديدات", "تهديدات", "بالتهديدات", "التهديد", "تهديد", "بتهديد",  # "التهديدات الغربية بتوجيه ضربة"
    "تهديداته", "تهديداتها", "تهديدهم", "تهديده", "تهديدها",  # "وكرر تهديداته بتوجيه ضربات صاروخية"
    "تتأهب", "يتأهب", "تخطط", "يخطط", "خطة", "خطط", "تحذر",
    # a plan told in the past or as a noun: "خلية إرهابية خططت لتنفيذ تفجيرات داخل المملكة"
    "خططت", "خططوا", "خططا", "يخططون", "يخططان", "تخططان", "التخطيط", "بالتخطيط", "للتخطيط", "مخطط", "يحذر", "حذر", "حذرت", "في حال", "في حالة", "إذا", "اذا",
    "تحذير", "تحذيرها", "تحذيره", "تحذيرات", "التحذير", "تحذيرا",  # "وشددت تركيا على تحذيرها من شن هجوم"
    "ذريعة", "كذريعة",  # "كذريعة لشن ضربات جوية"
    # an act someone is to be drawn into: "وجر الولايات المتحدة إلى ضربات انتقامية"
    "وجر", "لجر", "إلى جر", "يجر", "تجر", "استدراج", "لاستدراج", "يستدرج", "تستدرج",  # (not "جر": "فجر" is dawn)
    "بدعوى", "بحجة",  # "أحرقت ثلاثة شبان بدعوى زرعهم عبوة ناسفة": the pretext, not an act
    # an act told as fabricated: "وتتهم جيش الإسلام ببث فبركات تتعلق بهجوم كيماوي" (not the accused's act)
    "فبركة", "فبركات", "بفبركة", "لفبركة", "الفبركة", "فبركات تتعلق", "مفبركة", "مفبرك",
    "تلفيق", "بتلفيق", "لتلفيق", "التلفيق", "ملفقة", "ملفق",  # "تتهمها روسيا بفبركة وتلفيق عدد من حوادث الهجمات"
    "يجهز", "تجهز", "يجهزون",  # "الأسد يجهز لهجوم متعدد المراحل"
    # what one is able to do: "النظام السوري ما يزال قادرا على شن هجمات كيميائية"
    "قادر على", "قادرا على", "قادرة على", "قادرون على", "قادرين على", "القدرة على", "قدرة على",
    "قدرته على", "قدرتها على", "قدرتهم على",
    # ... or what a weapon is made for: "وهذا النظام مصمم لإسقاط الطائرات الحربية والصواريخ"
    "مصمم", "مصممة", "المصمم", "المصممة", "مصممة خصيصا", "مصمم خصيصا",
    *NOW_AND_THEN,  # (and HABIT, within its clause: see assemble.candidates._factual)
    "وسط انباء عن",  # (HEARSAY below, as written without the hamza)
    "لو", "إن كان", "ان كان", "قد تشن", "قد يشن", "قد يؤدي", "قد تؤدي",
    # "قد" before the present is "may": "هجوما على إدلب، وقد تستخدم فيه الأسلحة الكيماوية" (before the
    # past it is "had": "وقد استخدم ...", an act)
    "قد تستخدم", "قد يستخدم", "قد تنفذ", "قد ينفذ", "قد تلجأ", "قد يلجأ", "نفى", "نفت", "تنفي", "ينفي", "ننفي",
    "تنفيان", "ينفيان", "ينفون", "نفيا",
    "بألا", "بأن لا", "أن لا",  # "تريد ضمانات بألا يقصف مسلحو المعارضة" (not "ألا": it folds as "إلا أن")
    "لا تستبعد", "لا يستبعد", "لم تستبعد", "لم يستبعد",  # "لا تستبعد شن هجوم صاروخي"
    # what will not be, or is ruled out: "لن تشن "هجوما واسعا" على إدلب", "موسكو تستبعد شن هجوم واسع",
    # "من غير الوارد شن هجوم"
    "لن تشن", "لن يشن", "لن تنفذ", "لن ينفذ", "تستبعد", "يستبعد", "استبعد", "استبعدت", "غير الوارد", "غير وارد",
    "نفوا", "نفتا", "لم يحدث", "لم تشن", "لم يشن", "دعا إلى", "دعت إلى",
    # a demand, its subject between ("ودعا المعتصمون إلى إعدام ...", "طالبوا بإعدام", "لن يرضوا إلا بإعدام")
    "دعا", "دعت", "دعوا", "طالبت", "طالبوا", "يطالبون", "لن يرضوا", "لن يرضى", "لن ترضى", "لن نرضى",
    "يطالب", "تطالب", "مطالبة", "المطالبة", "للمطالبة", "مطالبين", "مطالبا", "مطالباً", "احتمال", "محتمل", "المحتمل", "المرتقب", "مرتقب", "المقبل", "القادم", "ستبدأ",
    "سيبدأ", "لمنع", "لتجنب",
    # a decision to be taken or taken, not the act: "خطوات باتجاه اتخاذ قرار بتوجيه ضربة عسكرية"
    "اتخاذ قرار", "اتخاذ القرار", "قرار بتوجيه", "قرارا بتوجيه", "القرار بتوجيه", "قرار بشن", "قرارا بشن",
    # a deadline or an ultimatum given for an act: "أعطى الجيش المسلحين في حرستا مهلة للانسحاب"
    "مهلة", "مهلا", "إنذار", "إنذارا", "إنذاراً",
    # what one focuses on, an aim: "وظل على مبعدة من مناطقها مركزا على استعادة أراض من التنظيم"
    "مركزا على", "مركزاً على", "مركزة على", "مركزين على", "يركز على", "تركز على", "يركزون على",
    # what is to be prevented or risked: "لمنعها من أي استخدام آخر للأسلحة الكيماوية", "يخاطر بمزيد من الاستخدام"
    "لمنعه", "لمنعها", "لمنعهم", "منعه من", "منعها من", "منعهم من", "يخاطر", "تخاطر",
    "خوفا من", "خوفاً من", "خشية", "تحسبا ل", "تحسباً ل", "تحسبا من",
    "تحسبا لحدوث", "تحسباً لحدوث", "تحسبا لوقوع", "تحسباً لوقوع",  # "تحسباً لحدوث أعمال شغب"
    "ذكرى", "الذكرى", "للتحقيق في", "التحقيق في", "يحققون في", "يحقق في", "للتحقق من", "التحقق من", "مستعد",
    "مستعدة", "مستعدون", "مستعدين", "استعداد", "لاستخدام",
    "تخشى", "يخشى", "يخشون", "تخاف", "يخاف",  # and farther, before "أن": see FEARS
    # the noun of fear: "تعيش حالة خوف من توالي سقوط الصواريخ أو حدوث انفجارات", "مخاوف من هجوم"
    "خوف من", "الخوف من", "مخاوف من", "المخاوف من", "تخوف من", "التخوف من", "تخوفات من",
    # and with its owner: "أعربوا عن مخاوفهم من الاعتقال"
    "خوفه من", "خوفها من", "خوفهم من", "مخاوفه من", "مخاوفها من", "مخاوفهم من", "تخوفه من", "تخوفها من",
    "تخوفهم من",
    "تخوفا من", "تخوفاً من",  # "تشديدا لعمليات التفتيش تخوفا من عمليات انتحارية"
    "المتوقع", "متوقع", "يتوقع", "تتوقع", "ينوي", "تنوي",  # "ومن المتوقع أن يشن النظام ... معارك"
    # people fleeing the fighting: "السوريين الفارين من القتال في محافظة درعا"
    *FLED_FROM,
    *HEARSAY,
)

# A negation right before an act's verb or noun, maybe with "أن" between: the act not done ("حلقت
# الطائرات دون أن تقصف", "لم تقصف الطائرات المدينة", "دخلت القوات البلدة دون اشتباكات", "لن تهاجم").
# Only the cue right after it: in "دون أن يسفر القصف عن إصابات" the shelling told after the verb happened.
# "عدم" (the absence of) with an act's noun: "أشار أحد السكان إلى عدم وقوع اشتباكات".
NEGATIONS_BEFORE = ("دون", "بدون", "دونما", "من دون", "لم", "لن", "عدم")
# Right before an act's noun with "ل" (for): it is prepared for, not done ("قوات المعارضة تعد لهجوم
# كيماوي", "النظام يحضر لعملية عسكرية"). ("تستعد", "يجهز" are NOT_FACTUAL wherever they stand.)
PREPARE_FOR = ("تعد", "يعد", "يعدون", "تعدان", "يعدان", "تحضر", "يحضر", "يحضرون", "تحضران", "يحضران")
# A denial, then "أي" right before the act's noun, farther than NEGATIONS_BEFORE reach and across commas:
# "ونفت الولايات المتحدة وإسرائيل، كلتاهما، شن أي غارات": none was launched.
DENIALS = ("نفت", "نفى", "نفوا", "نفتا", "تنفي", "ينفي", "ينفيان", "تنفيان", "ينفون")
# Nouns of a part in an act or of a charge: a denial of one ("ينفي الاتهامات الغربية بالضلوع في الهجوم
# الكيميائي"، "تنفي تورطها في القصف") denies the doer's part, not that the act named with the article happened.
INVOLVEMENT = ("الضلوع", "بالضلوع", "ضلوعه", "ضلوعها", "ضلوعهم", "تورط", "التورط", "بالتورط", "تورطه", "تورطها",
               "تورطهم", "مسؤولية", "المسؤولية", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "الاتهامات", "اتهامات",
               "الاتهام", "الاتهامات الغربية", "صلة", "صلته", "صلتها", "صلتهم", "علاقة", "علاقته", "علاقتها",
               "علاقتهم", "دورا", "دوره", "دورها", "المشاركة", "مشاركته", "مشاركتها")
# Between such a negation and the act's noun, a noun of its happening: "دون وقوع اشتباكات", "عدم حدوث قصف".
HAPPENING_NOUNS = ("وقوع", "حدوث", "تسجيل", "اندلاع")

# Before an event cue in its clause (no comma between, and close: COMPARISON_WINDOW), these make it the earlier act a report
# compares with, not news: "على غرار ما حدث في حلب", "كما حصل في".
COMPARISON = ("على غرار", "يعيد إلى الأذهان", "تعيد إلى الأذهان", "أعاد إلى الأذهان", "أعادت إلى الأذهان",
              "يعيد للأذهان", "تعيد للأذهان", "يستحضر", "تستحضر", "كما حدث في", "كما حصل في", "مثلما حدث",
              "مثلما حصل", "على شاكلة")
# A verb of reminding followed by what reminds makes every cue after it in its unit the recalled act: "ويذكّر ما يحصل في الغوطة الشرقية بمعركة مدينة حلب التي حاصرت قوات
# النظام أحياءها ... قبل أن تشن هجوما، إلى أن انتهت المعركة بإجلاء". ("ويذكر أن ...", "تذكر وكالة
# سانا", "وذكر بيان" and "مقاومة تذكر" tell the news.)
REMINDS = ("يذكر", "تذكر", "يذكرنا", "تذكرنا")
REMINDS_WHAT = ("ما", "هذا", "هذه", "ذلك", "تلك")

# Verbs of fearing: their "أن" clause is feared, not told, even after their subject and a clause
# about it ("وتخشى تركيا، التي تدعم بعض قوات المتمردين في إدلب، أن يؤدي هجوم شامل إلى موجة نزوح").
FEARS = ("تخشى", "يخشى", "يخشون", "تخاف", "يخاف", "يخافون", "خشيت", "تتخوف", "يتخوف")
# Verbs of warning opening a sentence, the thing warned of after "من" ("حذر المفوض السامي لحقوق الإنسان من
# كارثة ستقع على المدنيين جراء القصف الجوي على المدينة"): what may come of a campaign, no act of a day.
WARNINGS = ("حذر", "حذرت", "حذروا", "يحذر", "تحذر", "يحذرون")

# What flies or is fired: named after a downing or an interception ("إسقاط الطائرة الروسية",
# "اعتراض صواريخ إيرانية"), its side lost it. (Not the air words of event_cues.tsv: "الدفاعات
# الجوية" down aircraft, they are none.) Stems: "طائرة", "طائرات" and "طائرتين" hold "طائر".
AIRCRAFT = ("طائر", "طيران", "مقاتلة", "مقاتلات", "مروحي", "مسير", "صاروخ", "صواريخ", "درون")

# After a not-factual word, these open the clause it governs, however far its verb ("ومن المتوقع
# أن يشن النظام السوري، مدعوما بغطاء جوي روسي، معارك").
THAT = ("أن", "ان", "بأن", "بان")

# A charge or a sentence for an act, governing it in its clause ("حكم عليه بالسجن 34 عاما لتفجير محطة
# مترو"، "اعتقلت 4 من عناصرها بتهمة اغتيال قيادي"): an act of before, judged, not told as news. So is
# one told of the accused ("المتهمين اعترفوا باشتراكهم في ارتكاب مجزرة الخسفة").
JUDGED_FOR = ("بتهمة", "بتهم", "بجريمة", "بالسجن", "بالحبس", "بالإعدام", "المتهمين", "المتهمون",
              # ... or a suspicion ("اعتقال 11 مطلوبا يشتبه في ضلوعهم بأعمال شغب")
              "للاشتباه", "بالاشتباه", "يشتبه في ضلوعهم", "يشتبه في تورطهم", "يشتبه بضلوعهم", "يشتبه بتورطهم")

# A charge or a suspicion right before the dead a count tells ("اعتقلت الشرطة شابا بتهمة قتل فتاة",
# "مشتبه به في مقتل الفتاة", "المتهم بقتل"): the crime charged, not the toll of the act told (an arrest).
# (Not among the charges that make a cue no act: "النظام السوري، المتهم في استهداف مدينة دوما ... بهجوم
# كيماوي" tells the attack.)
CHARGED_WITH = (*JUDGED_FOR, "مشتبه به في", "مشتبها به في", "المشتبه به في", "المشتبه بهم في", "مشتبه بهم في",
                "المتهم", "متهم", "متهمين", "متهمون")

# What opens a gloss on a word just used: the acts it names explain the word ("تحييد أكثر من 3 آلاف
# إرهابي، في إشارة إلى الذين قتلوا أو استسلموا أو أسروا"), they are not told as acts of their own.
GLOSSES = ("في إشارة إلى", "في إشارة الى", "في إشارة لـ", "في إشارة ل")

# Armed men, as a shooting's target is named when no party is ("أطلقت قوات الأمن النار على مسلحين"):
# the shooting is a fight (see recognize.events.refine). Written without the article.
ARMED_MEN = ("مسلحين", "مسلح", "مسلحون", "إرهابيين", "متشددين", "مقاتلين", "مهاجمين", "عناصر", "انتحاريين")

# Right after an event cue, these make it something other than an act that happened: "أسلحة كيماوية
# تحضر", "الهجوم المحتمل", "هجوم وشيك".
NOT_FACTUAL_AFTER = ("تحضر", "يحضر", "يجري التحضير", "المحتمل", "المحتملة", "محتمل", "محتملة", "المرتقب",
                     "المرتقبة", "مرتقب", "مرتقبة", "وشيك", "وشيكة", "الوشيك", "الوشيكة", "المزمع", "المزمعة",
                     "المقبل", "المقبلة", "القادم", "القادمة", *HABIT)

# Words that make a figure or a cue a tally over a period rather than one incident.
TOTALS = (
    "منذ بداية", "منذ مطلع", "منذ بدء", "منذ اندلاع", "منذ انطلاق", "منذ عام", "منذ العام", "حصيلة شهر", "خلال الشهر",
    "منذ تصاعد", "منذ تصعيد", "منذ التصعيد", "منذ استئناف", "منذ إطلاق", "خلال تصعيد", "خلال التصعيد",  # "541 شخصا لقوا مصرعهم ... منذ تصاعد وتيرة العنف قبل نحو أسبوع"
    "منذ ثورة", "منذ الثورة", "منذ الحرب",  # "أسفرت الهجمات منذ ثورة عام 2011 عن مقتل 59 سائحا"
    "خلال شهر", "خلال العام", "خلال عام", "خلال الأسبوع", "خلال الأشهر", "خلال السنوات", "حتى الآن", "إجمالي", "الإجمالي",
    "المجموع", "ما مجموعه", "حصيلة العام", "منذ أكثر من", "على مدى", "حصيلة العملية", "حصيلة الحملة",
    "حصيلة قتلى العملية", "حصيلة ضحايا العملية", "حصيلة قتلى الحملة", "حصيلة ضحايا الحملة",
    "خلال هذه الفترة", "خلال تلك الفترة", "خلال الفترة", "طوال الفترة", "نفس الفترة",
    "الأسابيع الماضية", "الأسابيع الأخيرة", "الأشهر الماضية", "الأشهر الأخيرة",  # "مقتل 1450 مدنيا الأسابيع الماضية"
    "مرات",  # "تعرضوا لهجمات بغازات سامة 10 مرات": a count of acts, not one
    # "لقي أكثر من 400 شخص مصرعهم جراء قصف للنظام خلال حملة التصعيد" (not "خلال حملة دهم": one raid)
    "خلال حملة التصعيد", "خلال حملة القصف", "خلال حملة عسكرية", "خلال الحملة العسكرية", "خلال حملة جوية",
    "خلال الحملة الجوية",
    # "ارتفع عدد قتلى التظاهرات إلى ثلاثة، بعدما توفي متظاهران": the dead of a movement of protest,
    # over its days and towns, not of the one act told with them
    "قتلى التظاهرات", "قتلى المظاهرات", "قتلى الاحتجاجات", "ضحايا التظاهرات", "ضحايا المظاهرات",
    "ضحايا الاحتجاجات",
)

# An item of a list of periods, each with its count of acts and their toll ("– الشهر الرابع، 11 استهداف،
# تسبب بمقتل 6 أشخاص", "شهر آذار: 4 غارات ..."): a unit opening with one of these words and the period's
# name (or with a month's name), then a comma or a colon, tells a period's tally, not an act.
PERIOD_ITEM_HEADS = ("الشهر", "شهر", "الأسبوع", "أسبوع", "العام", "عام", "السنة", "سنة")

# A sentence opening with these turns to another story ("وفي ريف الحسكة الغربي، استهدف ...", "على
# صعيد آخر"): in a text whose paragraphs were flattened into one long line, it starts a paragraph.
PARAGRAPH_OPENERS = ("وفي", "في", "على صعيد آخر", "وعلى صعيد آخر", "على صعيد متصل", "وعلى صعيد متصل",
                     "من جهة أخرى", "ومن جهة أخرى", "من ناحية أخرى", "ومن ناحية أخرى", "إلى ذلك", "وإلى ذلك",
                     "في غضون ذلك", "وفي غضون ذلك", "في سياق متصل", "وفي سياق متصل", "في السياق", "وفي السياق",
                     "في الأثناء", "وفي الأثناء", "في هذه الأثناء", "وفي هذه الأثناء", "في المقابل", "وفي المقابل",
                     "وكان", "وكانت")

# A sentence opening with these tells of the other side's acts ("وعلى الطرف الآخر أدى القصف ... إلى
# مقتل 29 مدنيا" after the opposition's shell on a market): an act it names with the article is its own.
OTHER_SIDE = ("على الطرف الآخر", "على الجانب الآخر", "في المقابل", "بالمقابل", "في الجهة المقابلة")

# A unit opening on these tells of an act apart from those told before ("وفي هجوم منفصل، قتل 3 أشخاص
# حين انفجرت قنبلة في مجمع سكني"): not the same act told again, however alike.
SEPARATE = ("في هجوم منفصل", "في حادث منفصل", "في حادثة منفصلة", "في تفجير منفصل", "في عملية منفصلة",
            "في هجوم آخر", "في حادث آخر", "في حادثة أخرى", "في تفجير آخر", "في عملية أخرى", "في اعتداء آخر",
            "في هجوم ثان", "في حادث ثان")

# What closes one side of a fight: "بين قوات النظام وحزب الله من جهة، والفصائل من جهة أخرى".
SIDE_WORDS = ("من جهة", "في جهة", "من طرف", "في طرف", "من ناحية", "من جانب")

# "، في حين / فيما / بينما / كما": where a sentence turns to its next clause (see also TOPIC_SHIFT).
CLAUSE_TURNS = ("في حين", "فيما", "بينما", "كما")

# A paragraph opening with these tells of an earlier event (background): its date is its own.
# "ونقلت وكالة سانا وقتها خبر تعرض أحد المواقع لعدوان جوي", "وفق ما أفاد المرصد في حينه": an act told as
# of a time told before, not of the report's day.
AT_THAT_TIME = ("وقتها", "حينها", "في حينه", "آنذاك", "حينذاك", "وقتئذ", "وقتذاك", "في ذلك الوقت",
                "في ذلك الحين")  # (not "يومها": "دخلت الاشتباكات يومها الخامس", its fifth day)
BACKGROUND = ("وكان", "كان", "وكانت", "كانت", "سبق أن", "وسبق", "في وقت سابق", "سابقا", "سابقاً", "حينها")

# "عملية أخرى مشابهة": an act of the same kind as the one just told of. An act noun, an optional
# "another", then a word for "similar".
ACT_NOUNS = ("عملية", "هجوم", "غارة", "ضربة", "حادثة", "حادث", "اعتداء")
ANOTHER = ("أخرى", "آخر", "ثانية", "ثان")
SIMILAR = ("مشابهة", "مشابه", "مماثلة", "مماثل", "شبيهة", "شبيه")
# What an act was told to have happened before, in the clause that tells it: "وتجدر الإشارة إلى أن مدينة
# جرابلس سبق أن شهدت قصفاً صاروخياً من قبل ميليشيات قسد، إضافة إلى عدة تفجيرات".
TOLD_BEFORE = ("سبق أن", "سبق وأن", "سبق وان", "سبق ان")
# A report saying no one claimed its bombing ("ولم تعلن أي جهة بعد المسؤولية عن الانفجار"): a bombing
# whose own sentence names no perpetrator borrows none (see assemble.actors._attach_actors).
UNCLAIMED = ("لم تعلن أي جهة", "لم تعلن أية جهة", "لم تتبن أي جهة", "لم تتبنى أي جهة", "لم تتبن أية جهة",
             "لم تعلن أي جماعة", "لم تتبن أي جماعة", "لم يعلن أحد", "لم يتبن أحد")
# Between an arrest and a group named after it: those taken are suspected of belonging to it ("اعتقل
# المئات ... للاشتباه بانتمائهم إلى داعش", "القبض على 17 شخصا يشتبه في انتمائهم لتنظيم داعش"): the
# group is the target, not the arrester (see assemble.actors._arrested_group).
SUSPECTED_OF = ("للاشتباه", "بالاشتباه", "يشتبه", "المشتبه", "مشتبه", "مشتبها", "بتهمة", "بتهم", "متهم", "متهما",
                "متهمين", "بالانتماء", "بانتمائهم", "بانتمائه", "انتمائهم", "انتمائه", "لانتمائهم", "لانتمائه")
# A charge of serving another side ("أعدم التنظيم تسعة من سائقي سيارات الأجرة بتهمة التجسس لصالح القوات
# الأمنية العراقية", "بتهمة التعامل مع النظام", "بتهمة العمالة للنظام"): a word of charge, then one of
# dealing with the side named after it. That side is what the victims were accused of serving, no
# party to the act (see assemble.actors._charged_with_serving); a charge of belonging ("بتهمة الانتماء
# إلى داعش") names the victims' own side, and is not one of these.
CHARGES = ("بتهمة", "بتهم", "بحجة", "بدعوى", "متهما إياه", "متهمة إياه")
SERVING = ("التعامل مع", "التعاون مع", "التجسس لصالح", "التجسس ل", "التخابر مع", "العمالة ل", "العمالة لصالح",
           "التواصل مع", "الولاء ل", "موالاة", "مساعدة", "مساندة", "دعم")

# "في 10 أشهر", "خلال ثلاث سنوات", "على مدى أسابيع": a span of time longer than a day, after one of
# these words, makes a cue or a figure a tally over that span.
# A day or more of hours ("خلال 24 ساعة"، "خلال الـ48 ساعة الماضية"، "في الساعات الـ24 الأخيرة"): the
# toll told over them is the day's over an area, many acts' (see assemble.counts). Fewer hours
# ("خلال ساعتين") may be one act's.
HOURS_LEADS = ("خلال", "في", "طيلة", "طوال", "على مدى", "على مدار")
HOURS = ("ساعة", "ساعات", "الساعات")
HOURS_A_DAY = 24
PERIOD_LEADS = ("في", "خلال", "منذ", "على مدى", "طيلة", "طوال", "على مدار", "لعدة")  # "شهدت المعارك لعدة سنوات"
# "بعد أسبوع من القصف الكثيف"، "ثلاثة أسابيع من القصف": a span of acts, by its length and its acts.
SPAN_UNITS = ("أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور", "أيام", "سنوات", "أعوام")
SPAN_OF_ACTS = ("القصف", "الهجوم", "الهجمات", "المعارك", "الغارات", "الحملة", "الحصار", "العمليات", "التصعيد",
                "الاشتباكات", "القتال", "العملية")
PERIOD_UNITS = ("أشهر", "شهور", "شهرا", "شهراً", "سنوات", "سنين", "أعوام", "عاما", "عاماً", "أسابيع", "أسبوعا",
                "الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات",  # "في الأيام القليلة الماضية"
                "يومين", "اليومين", "أيام", "يوما", "يوماً",  # "مقتل 1433 مدنيا في 34 يوما"  # "قتل خلال اليومين الماضيين"
                "أسبوعين", "الأسبوعين", "شهرين", "الشهرين")  # "شهدت إدلب خلال الأسبوعين الماضيين عمليات اغتيال"

# "بقصف صاروخي على قريتي مجدليا وسان، تزامنا مع قصف صاروخي استهدف قرية كفرنوران": another act, at the
# same time, when an act's cue follows (not "تزامنا مع مرورها أمام محطة وقود", "بالتزامن مع اليوم العالمي
# للطفل": when the act happened).
CONCURRENT = ("تزامنا مع", "بالتزامن مع", "بالتوازي مع")
# "نتيجة القصف المدفعي من قبل قوات الاسد المتمركزة في بلدة الشيخ علي", "قصفت المدفعية التركية المتمركزة
# في معسكر المسطومة مواقع ...": where the forces that fired are stationed; any other town or village its
# sentence names is where the act was (as for a victim's home, casualty_words.HOMETOWN_OF).
STATIONED_IN = ("المتمركزة في", "المتمركز في", "المتمركزين في", "المتمركزون في")
# Where a long sentence turns to another act (after a comma): "، كما قصفت ...", "، فيما ...".
TOPIC_SHIFT = ("كما", "كذلك", "فيما", "في حين", "بينما", "وكان", "وكانت", "كان", "كانت", "إلى ذلك",
               "من جهة أخرى", "من جهته", "من جهتها", *CONCURRENT,
               # what came next: "سقطت قذائف أطلقتها الفصائل على بلدتي نبل والزهراء، عقبه قصف من قبل قوات
               # النظام على بلدة عندان"
               "عقبه", "عقبها", "أعقبه", "أعقبها")
# Where a press review turns to its next story, with or without a comma: "اعتداء ماريلاند الذي أسفر
# عن مقتل خمسة أشخاص ثم ننتقل للحديث عن درعا" (what follows is another story, at its own place). A
# bare "ثم" does not: "اقترب منها شخص ثم أطلق الرصاص عليها" is one act.
REVIEW_SHIFT = ("ثم ننتقل", "ننتقل", "ثم نتوقف", "نتوقف عند", "ونختم", "نختم", "ثم نعرج", "نعرج على",
                "ثم نتحدث", "ثم نتطرق", "نتطرق إلى")
# "تتواصل الغارات على المنطقة": a campaign going on (checked just before a cue).
GOES_ON = ("تتواصل", "يتواصل", "تستمر", "يستمر", "استمرار", "تتوالى", "يتوالى", "تتجدد", "مواصلة",
           "لا تزال", "لا يزال", "ما زالت", "ما زال", "مازالت", "مازال")  # "ولا تزال معركة عفرين مشتعلة"
# A verb of going on whose subject is the cue, opening its clause ("ورغم الهدنة، تواصل القصف على
# منطقة المرج ومحيط بلدة الشيفونية", "فيما استمر القصف المدفعي على قرى جبل الزاوية"): in a sentence
# naming a town, that day's act (see GOES_ON for one across a region). Not the noun after a
# preposition ("مع تواصل القصف", "رغم تواصل القصف"): what an act or a statement went along with.
GOES_ON_VERBS = ("تواصل", "تواصلت", "يتواصل", "تتواصل", "استمر", "استمرت", "يستمر", "تستمر", "تجدد", "تجددت",
                 "يتجدد", "تتجدد")
# what may stand between a clause's start and its verb: "وقد تواصلت", "فيما استمر", "بينما تتواصل"
GOES_ON_OPENERS = ("قد", "لقد", "فيما", "بينما", "حيث", "كما", "في حين")
# "بدأت قوات النظام حملة قصف عنيف على مخيم اليرموك", "حملة عنيفة يتخللها قصف جوي": a campaign, even on
# one named town (checked just before a cue, as GOES_ON).
CAMPAIGN = ("حملة", "يتخللها", "تخللها", "تتخللها",
            "وتيرة",  # "وتكثفت مؤخرا وتيرة إطلاق القذائف على دمشق": the pace of many acts
            # "بعد اشتداد المعارك في بلدة تلعفر": fighting grown fiercer is a campaign's course (the
            # verb, "اشتدت المعارك في البلدة الاثنين", tells that day's fight)
            "اشتداد")
# "الغوطة الشرقية التي تتعرض لقصف مكثف", "القصف الذي تتعرض له الغوطة": what a place suffers, told in
# the present of a relative clause, is its lot over a campaign, not one act (checked on either side
# of a cue; the cue alone: "التي تتعرض لغارات روسية ودارت فيها الاثنين معارك" tells that day's
# fight after it). The past is an act ("مستشفيات ... تعرضت للقصف مساء الثلاثاء"), and so is a main clause
# in the present, as the observatory tells the day's shelling ("وتتعرض مناطق في بلدة كفرزيتا لقصف").
SUFFERS = ("تتعرض", "يتعرض", "تتعرضان", "يتعرضان", "يتعرضون")
# The verb of suffering an act with its subject a pronoun, the sufferer named before it ("سيطرت القوات
# العراقية على الجامعة، وتعرضت لاحقا لتفجيرات"): not the doer (recognize.events._SUFFERED); a noun
# after the verb is the sufferer ("تعرضت البلدة لقصف": the role words' "victim"). The relative's
# present ("التي تتعرض لقصف") is SUFFERS: a place's lot, its sufferer before the relative.
SUFFERED = ("تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا")
SUFFERED_ADVERBS = ("لاحقا", "لاحقاً", "مجددا", "مجدداً", "أيضا", "أيضاً", "بدورها", "بدوره", "بعدها", "أمس")
# Right before a cue, a word of making, holding or moving arms: the weapon it names is described, not
# used ("تطوير صواريخ أرض أرض قصيرة المدى تستخدم من قبل حزب الله", "إنتاج واستخدام الأسلحة الكيميائية",
# "لشراء المواد اللازمة لتصنيع عبوات ناسفة"); and supplying someone with it, the weapon after "بـ"
# ("إمداد ميليشيات الحوثي بصواريخ", "تزويد المعارضة بأسلحة").
ARMS_MAKING = ("تطوير", "تصنيع", "صنع", "إنتاج", "انتاج", "امتلاك", "تخزين", "تهريب", "شحنة", "شحنات",
               "بيع", "شراء", "ترسانة", "مخزون", "نقل",
               # where arms are made or kept ("ثلاث منشآت لأسلحة كيماوية", "مستودع للصواريخ")
               "منشآت", "منشأة", "مخازن", "مخزن", "مستودعات", "مستودع", "مصانع", "مصنع", "برنامج")
ARMS_SUPPLYING = ("إمداد", "امداد", "تزويد", "تسليح", "يزود", "تزود", "يمد", "تمد", "زودت", "زود", "أمدت", "أمد",
                  "يزودون", "بإمداد", "بتزويد", "لإمداد", "لتزويد")
# Words of holding weapons, a word or two before them ("لديها عشرات الطائرات الحربية في قاعدة حميميم"):
# the weapons described, no act.
ARMS_HOLDING = ("لديها", "لديه", "لديهم", "تملك", "يملك", "تمتلك", "يمتلك", "بحوزة", "بحوزته", "بحوزتها",
                "بحوزتهم",
                # equipped with them: "نظام محمول ... ومزود بنوعين من الصواريخ"
                "مزود", "مزودا", "مزودة", "المزود", "المزودة", "مجهز", "مجهزا", "مجهزة", "المجهز", "المجهزة")
# Words of a trade right before an act's noun after "بـ" or "في" ("اعتقلت قوة أمنية عصابة مختصة بخطف
# الأطفال", "شبكة متخصصة في تهريب"): what someone does as a rule, no act told.
TRADE = ("مختص", "مختصة", "مختصون", "مختصين", "المختص", "المختصة", "المختصين", "متخصص", "متخصصة", "متخصصون",
         "متخصصين", "المتخصص", "المتخصصة", "المتخصصين", "تمتهن", "يمتهن", "يمتهنون", "امتهن", "امتهنت", "امتهنوا")
RELATIVES = ("التي", "الذي", "اللتين", "اللذين", "اللتان", "اللذان", "الذين", "اللواتي", "اللاتي")
# "غداة اقتحام القنصلية": the act told after these happened the day before the sentence's day.
DAY_BEFORE = ("غداة",)
# "بعد يومين من ورود تقارير عن هجوم بغاز الكلور": the act told after "بعد <span> من/على/عن" happened
# that many days before the sentence's day; None: some days, which ones unknown. (Not weeks: "بعد أسبوع
# من القصف الجوي المكثف" is as often a week of bombing as a week after it.)
DAYS_AFTER_SPANS = {"يوم": 1, "يومين": 2, "ثلاثة أيام": 3, "أربعة أيام": 4, "خمسة أيام": 5,
                    # "وذلك بعد أيام من قصف الحرس الثوري": some days before, which the text does not say
                    "أيام": None, "عدة أيام": None, "بضعة أيام": None,
                    # "وجاء هجوم دوما بعد عام تماما على ضربات صاروخية أميركية لمطار الشعيرات": months or
                    # years before, on a day the sentence's day does not give
                    "شهر": None, "شهرين": None, "أشهر": None, "عام": None, "عامين": None, "أعوام": None,
                    "سنة": None, "سنتين": None, "سنوات": None}
# ... and weeks, only after "مرور" (the passing of time) in a clause fronting the sentence: "بعد مرور أسبوع
# تماما على المأساة، شنت واشنطن ... ضربات" is a week after it (see assemble.dates._days_after_an_earlier_act)
WEEKS_AFTER_SPANS = {"أسبوع": 7, "أسبوعين": 14}
# Words that open a sentence with a fronted clause of what went on at the time, closed by its comma
# ("وبالتزامن مع تجدد قصف الطيران المروحي لبلدة اللطامنة، استهدفت الفصائل آلية"): the act it tells
# is another, and its weapon is not the main clause's.
FRONTED_CIRCUMSTANCE = ("بالتزامن مع", "تزامنا مع", "بالتوازي مع", "مع", "بعد", "عقب", "إثر", "في أعقاب", "وسط",
                        "في ظل", "على وقع", "رغم", "قبيل", "بعيد")
# After "وذلك", words that open what an act went on amid ("برصاص عناصر ميليشيا بدر، وذلك خلال تظاهرات
# اجتاحت محافظات في جنوب البلاد، وفي العاصمة بغداد"): the places named there are the setting's.
AMID = ("خلال", "أثناء", "اثناء", "في إطار", "ضمن", "في ظل", "وسط", "بالتزامن مع", "تزامنا مع", "في سياق")
# Role words that mark an actor's target within a clause ("اشتباكات مع عناصر داعش") but open a
# circumstance when they head the clause ("فمع نجاح القوات الموالية للنظام في تقسيم الغوطة": with
# their success, not a fight against them).
CIRCUMSTANCE_HEADS = ("مع",)
# Conjunctions after which a target word ("على") opens a clause, not an object: "لديه دليل على أن
# الحكومة السورية هاجمت دوما", "أكد على أن قوات النظام قصفت": the actor after them is its subject.
CLAUSE_CONJUNCTIONS = ("أن", "بأن")
# Verbs of being able ("تمكنت قوات النظام من السيطرة على"), and the nouns of repelling that, after
# "من", make their subject the side attacked ("تمكنت القوات الحكومية من صده": it repelled the attack).
ABLE_VERBS = ("تمكن", "تمكنت", "تمكنوا", "تمكنتا", "تمكنا")
REPEL_NOUNS = ("صد", "صده", "صدها", "صدهم", "التصدي", "تصدي")
# Backer words that describe a standing alliance, not help with the act ("قوات سوريا الديمقراطية
# (تحالف تدعمه واشنطن)", "قوات النظام مدعومة بميليشيات إيرانية"): the backer they name does not
# stand for the act when no one else is marked (as "بدعم من التحالف" may for a joint raid).
STANDING_BACKING = ("تدعم", "يدعم", "تدعمه", "يدعمه", "تدعمها", "يدعمها", "تدعمهم", "يدعمهم",
                    "مدعوم", "مدعومة", "مدعوما", "مدعومًا", "مدعومين", "مدعومون")
# A fight named as what someone is supported in ("ويدعم التحالف قوات سوريا الديمقراطية في مواجهة مسلحي
# التنظيم", "تتلقى الوحدات دعما أمريكيا في مواجهة تنظيم الدولة"): the standing struggle the support is
# for, no act. SUPPORT_IN a few words before "في", then one of FIGHT_PURPOSES as the cue.
SUPPORT_IN = ("تدعم", "يدعم", "دعمت", "دعم", "دعما", "الدعم", "تساند", "يساند", "ساندت", "مساندة", "المساندة")
FIGHT_PURPOSES = ("مواجهة", "قتال", "محاربة", "مكافحة")
# Verbs of a relative clause telling what its noun is made of ("جيش الفتح، الذي يتكون من فصائل
# معارضة لنظام الأسد، أعلن ..."): the clause describes the actor before it; the actors it names take
# no part in the main clause's act (see events.asides).
COMPOSED_OF = ("يتكون", "تتكون", "يتألف", "تتألف", "يضم", "تضم", "يشمل", "تشمل")
# The same told by a participle, inside an aside ("وجيش الفتح -المؤلف من فصائل أهمها جبهة النصرة-").
# Such an aside describing no actor of ours names the members that stand for it ("غرفة عمليات حلب التي
# تضم مجموعة من الفصائل، أصدرت بيانا أعلنت فيه استهداف ...": the factions did it).
COMPOSED_OF_PARTICIPLES = ("المؤلف", "المؤلفة", "المكون", "المكونة", "المتكون", "المتكونة")
# Short forms of a state's security forces (weak rows of actors.tsv) that, resolved by nothing in the
# text, mean the forces of the home country where the act of their sentence took place ("واعتقلت القوات
# الأمنية العشرات من عناصر التنظيم ... من مدينة الرمادي"): a state's security forces act at home. Not
# "الجيش": an army acts abroad too ("قالت وسائل إعلام إسرائيلية إن الجيش رفع مستوى التأهب ... على
# مطار التيفور السوري"); nor "الحكومة", more often what people oppose than a force acting ("احتجاجات
# معارضة للحكومة"); nor "القوات الحكومية", which a report of the other side's acts names as their
# target or backdrop as often as their doer. A government's weapons are its doers wherever they strike
# ("الطيران الحكومي", "القصف الحكومي"): they mean the home country's as the security forces do.
HOME_FORCE_FORMS = ("القوات الأمنية", "قوات الأمن", "الطيران الحكومي", "الطائرات الحكومية", "الغارات الحكومية",
                    "القصف الحكومي", "المدفعية الحكومية")
# "بين" with a pronoun for its first side: the actor after the second "وبين" is the other side
# ("هجوما على محاور التماس بينهم وبين قوات سوريا الديمقراطية": the SDF were attacked).
PRONOUN_SIDES = ("بينه", "بينها", "بينهم", "بينهما")
# "بين" a few words after one of these ("توسطت الأمم المتحدة بين قيادة جيش الإسلام والحكومة الروسية"، "مفاوضات
# بين"): the two are parties to talks or a deal, no sides of another act told in the sentence.
TALKS = ("توسطت", "توسط", "تتوسط", "يتوسط", "وساطة", "الوساطة", "بوساطة", "مفاوضات", "المفاوضات", "محادثات",
         "المحادثات", "اتفاق", "الاتفاق", "اتفاقا", "اتفاقية", "الاتفاقية", "هدنة", "الهدنة", "تفاهم", "التفاهم",
         "اجتماع", "الاجتماع", "اجتماعات", "لقاء", "حوار", "الحوار", "مصالحة", "المصالحة", "تسوية", "التسوية",
         "تنسيق", "التنسيق")
# "بين قريتي الكبر والجزرة": one place between two, not two places.
BETWEEN = ("بين", "ما بين")
# Verbs and nouns of saying: a day named right after them ("أعلن المرصد الثلاثاء أن ...", "قال في بيان
# له أمس إن ...") is the day of the statement, not of the act it reports.
SPEECH = ("أعلن", "أعلنت", "قال", "قالت", "أفاد", "أفادت", "ذكر", "ذكرت", "أورد", "أوردت", "أكد", "أكدت",
          "أوضح", "أوضحت", "صرح", "صرحت", "كشف", "كشفت", "نقل", "نقلت", "أشار", "أشارت", "بيان", "تصريح",
          "تصريحات", "مؤتمر صحفي", "تبنى", "تبنت", "اعترف", "اعترفت", "أقر", "أقرت", "إعلان", "اعلان")
# Between a verb of saying and a day, these open the reported content: the day is then the act's
# ("أكدت المصادر أن العملية تمت بعد ظهر اليوم", "أعلنت وفاة الضابط الذي أصيب الجمعة").
# (the first words, REPORTED_THAT, open what was said itself: "قال المرصد إن ...", "أفاد المرصد عن ...")
REPORTED_THAT = ("أن", "إن", "ان", "بأن", "بان", "أنه", "إنه", "انه", "أنها", "إنها", "انها", "عن")
REPORTED = (*REPORTED_THAT, "الذي", "التي", "الذين", "بعد", "بعدما")
# Words that may open a sentence before its verb of saying ("وبالمقابل ذكرت وسائل إعلام رسمية أن ...",
# "من جهتها، قالت الوزارة إن ..."): the statement is still the sentence's own.
SAYING_OPENERS = (*OTHER_SIDE, "من جهته", "من جهتها", "من جهتهم", "من جانبه", "من جانبها", "من جانبهم",
                  "بدوره", "بدورها", "بدورهم", "في غضون ذلك", "إلى ذلك", "كذلك", "كما", "أيضا", "أيضاً")
# Words that open a clause of its own inside a sentence: a subordinate clause, a relative one, a
# clause that was said ("أن"), or a time before or after another act.
CLAUSE_OPENERS = ("حيث", "بعد", "بعدما", "بعد أن", "عندما", "حين", "حينما", "لما", "منذ", "قبل", "إثر", "اثر", "عقب",
                  "لأن", "كي", "لكي", *RELATIVES, *THAT)
# A capital told by its title and its country's adjective, with no name ("في منطقة العاصمة السورية"):
# the city. (Not capitals whose names are common words or name a state's government more often than
# the city: الرياض، واشنطن، عمان.)
CAPITALS_BY_ADJECTIVE = {"السورية": "دمشق", "العراقية": "بغداد", "اللبنانية": "بيروت", "التركية": "أنقرة",
                         "الإيرانية": "طهران", "الروسية": "موسكو", "الفرنسية": "باريس", "البريطانية": "لندن",
                         "المصرية": "القاهرة", "اليمنية": "صنعاء", "الأفغانية": "كابول", "الألمانية": "برلين"}
# Words that open a place phrase telling where the place before it lies: "خان شيخون، جنوبي إدلب",
# "الكبر بريف دير الزور".
SITUATING = ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمال شرق", "شمال غرب", "جنوب شرق",
             "جنوب غرب", "شمال شرقي", "شمال غربي", "جنوب شرقي", "جنوب غربي", "ريف", "أرياف", "ضواحي")
# The titles a place's name may follow after a direction: "شمالي العاصمة بغداد".
PLACE_TITLES = ("العاصمة", "مدينة", "محافظة", "بلدة", "قرية", "ناحية", "قضاء", "منطقة")

# "في المدينة", "على البلدة", "عند أطراف القرية": the town named last, named again (the place words
# without their article, and the kinds of place each may name again — news calls one town a city
# here and a town there; a preposition before them).
PLACE_ANAPHORS = {"مدينة": ("city", "town"), "بلدة": ("town", "city", "village"), "قرية": ("village", "town"),
                  "مخيم": ("camp",)}
PLACE_ANAPHOR_BEFORE = ("في", "على", "إلى", "الى", "داخل", "أطراف", "اطراف", "محيط", "وسط", "قرب", "ضواحي", "مدخل",
                        # the act's own words: "خلال اقتحام البلدة", "قصفت القرية"
                        "اقتحام", "اقتحموا", "اقتحمت", "دخول", "قصف", "قصفت", "استهداف", "استهدفت", "مداهمة",
                        "طال", "طالت",  # "القصف الذي طال القرية"
                        # what the act hit in it: "أثناء مداهمة أحد منازل القرية"، "قصف أحياء المدينة"
                        "منازل", "منزل", "بيوت", "أحياء", "شوارع")

# "تم نقلهم إلى محافظة بغداد", "نزحوا نحو مدينة إدلب": where the wounded were taken or people fled
# to is not where the act was (verb stems: any ending follows).
DESTINATION_VERBS = ("نقل", "ونقل", "تم نقل", "إسعاف", "اسعاف", "أسعف", "اسعف", "نزوح", "نزح", "فرار", "فروا", "هرب",
                     "لجوء", "لجأ", "لجا", "ترحيل", "رحل", "تهجير", "هجر",
                     # fighters evacuated: "عملية إجلاء غير الراغبين بالتسوية من مقاتلين ومعارضين إلى إدلب"
                     "إجلاء", "اجلاء", "لإجلاء", "لاجلاء")
# "المرصد ومقره لندن", "الذي يتخذ من لندن مقرا له": where a source has its seat, not where an act was;
# nor the town whose hospital the wounded were taken to.
SEAT_BEFORE = ("مقره", "مقرها", "ومقره", "ومقرها", "يتخذ من", "تتخذ من",
               # "استشهد اليوم في أحد مشافي الطبقة متأثرا بإصابته": where the wounded were treated
               "في أحد مشافي", "في أحد مستشفيات", "بأحد مشافي", "بأحد مستشفيات",
               # "رسالة إلى الحكومة العراقية المركزية في بغداد": where a government sits
               "الحكومة المركزية", "الحكومة العراقية المركزية", "الحكومة الاتحادية", "الحكومة العراقية الاتحادية",
               "السلطات المركزية", "السلطة المركزية", "السلطات الاتحادية",
               # "وقال مراسلنا في دمشق عساف عبود إن": where an outlet's correspondent is posted
               "مراسلنا", "مراسلتنا", "مراسلها", "مراسله", "مراسلينا",
               # "وقال أمام الصحافيين في أنقرة إن التفجير": where a statement was made
               "الصحافيين", "الصحفيين", "للصحافيين", "للصحفيين")
# "ويتلقى حالياً العلاج في مستشفى أفرين في الشهباء", "يرقد في مشفى بمدينة أعزاز": where the wounded are
# treated (a few words may come between, and the place follows "في" or "ب"), not where they were hit.
TREATED = ("العلاج", "يعالج", "تعالج", "يعالجون", "يرقد", "ترقد", "يرقدون", "للعلاج", "لعلاجه", "لعلاجهم", "لعلاجها")
# "قبل ساعات من قمة حاسمة في طهران", "مؤتمر سوتشي", "محادثات السلام في جنيف": where a meeting is held
# (a few words may come between, and the place follows "في" or "ب", or the noun itself for all but
# "قمة", a hilltop as often: "قمة كباني") is no place of an act told beside it.
MEETINGS = ("قمة", "القمة", "مؤتمر", "المؤتمر", "محادثات", "المحادثات", "مفاوضات", "المفاوضات", "مباحثات",
            "المباحثات", "منتدى", "المنتدى",
            # a council convening: "مجلس الأمن الدولي الذي من المفترض أن ينعقد الاثنين 9 أبريل في نيويورك"
            "ينعقد", "تنعقد", "سينعقد", "ستنعقد", "انعقد", "انعقدت", "يجتمع", "تجتمع", "سيجتمع", "ستجتمع",
            "اجتمع", "اجتمعت")
MEETINGS_NAMED_BY_PLACE = ("مؤتمر", "محادثات", "مفاوضات", "مباحثات", "منتدى")
# ... but a summit among these words is a hilltop ("قمة تلة في ريف اللاذقية")
HILLTOP = ("جبل", "الجبل", "تل", "التل", "تلة", "التلة", "هضبة", "الهضبة", "مرتفع", "مرتفعات", "جبال")
# Where fire came from, not where it fell ("قصف بقذائف الهاون انطلق من الغوطة الشرقية على مناطق سيطرة
# القوات الحكومية", "قصف صاروخي مصدره مدينة تل رفعت"), or where the aircraft took off ("المقاتلات
# المستخدمة لشن الغارات أتت من قاعدة حميميم"): no place of the act either.
ORIGIN_BEFORE = ("انطلق من", "انطلقت من", "أطلقت من", "أطلق من", "مصدره", "مصدرها", "القادمة من", "قادمة من",
                 "المنطلقة من", "أتت من", "أتى من", "جاءت من", "أقلعت من", "أقلع من", "المقلعة من")
# A speaker's participle opening a further statement in the sentence ("أدت العمليات إلى مقتل 30 شخصا،
# مشيرة إلى أن المعارضة واصلت قصف دمشق"): what follows is another statement, of another act.
SAYING_FURTHER = ("مشيرا", "مشيراً", "مشيرة", "مشيرين", "مضيفا", "مضيفاً", "مضيفة", "موضحا", "موضحاً", "موضحة",
                  "لافتا", "لافتاً", "لافتة", "منوها", "منوهاً", "منوهة", "مؤكدا", "مؤكداً", "مؤكدة")
# A paragraph opening with these goes on with what the source of the paragraph before said.
GOES_ON_SAYING = ("وأضاف", "وأضافت", "واضاف", "واضافت", "وتابع", "وتابعت", "وأوضح", "وأوضحت", "واوضح", "واوضحت",
                  "وأشار", "وأشارت", "واشار", "واشارت", "وبين", "وبينت")
# ... and so does one opening with what that act led to, named with a demonstrative ("ونتيجة لهذا
# العدوان، أعلنت قسد مقتل ...", "وجراء ذلك أصيب ..."): a result word, then "(ل)هذا/هذه/ذلك/تلك" (DEMONSTRATIVES).
RESULT_OF_THAT = ("نتيجة", "بنتيجة", "جراء", "إثر", "اثر", "على إثر", "على اثر", "أسفر", "أسفرت", "أدى", "أدت",
                  "تسبب", "تسببت")
DEMONSTRATIVES = ("هذا", "هذه", "ذلك", "تلك")
# The words of cause before an act that killed or wounded ("قتلت مقاتلة خلال مشاركتها بالمعارك، إثر
# قصف تركي"): the dead of a killing told before them are that act's (see assemble.counts).
CAUSES = ("جراء", "إثر", "اثر", "نتيجة", "بسبب", "بفعل")
# Nouns of armed forces that a demonstrative (DEMONSTRATIVES) turns into the name of the armed actor
# last named, in the paragraph or the sentence before ("شنّت قوات النظام ضربات ... بدأت تلك القوات
# باقتحام البلدة", "وقامت هذه الميليشيات بإعدام"; `recognize.actors`).
FORCE_NOUNS = ("القوات", "القوة", "الميليشيات", "الميليشيا", "المليشيات", "المليشيا", "الميلشيات", "الميلشيا",
               "الفصائل", "الفصيل", "الوحدات")
# Fighters and gunmen (the head nouns of actors.tsv that name no army): with the adjective of a state at
# war at home they are its people in arms, not its forces ("مقاتلين سوريين دربتهم الولايات المتحدة",
# "المقاتلين العراقيين الذين يقاتلون إلى جانب القوات السورية"; `recognize.actors`).
# Units of a side that move and act (target words of event_cues.tsv: "استهداف دورية تابعة لقسد"): the
# side is the doer when its unit is the subject of the act, a verb of attack after them ("دورية مشتركة
# تابعة لـ"التحالف الدولي" و"قسد"، داهمت منازل") or "قامت" before ("وقامت دورية تابعة لقسد باقتحام").
UNIT_NOUNS = ("دورية", "دوريات", "رتل", "رتلا", "آلية", "آليات")
# A vehicle hit is its owner's loss ("انفجر لغم بسيارة عسكرية تابعة للنظام"), but a vehicle that runs people
# over is the weapon, its owner the doer ("دهسه بعربة عسكرية تابعة لقوات التحالف"): the stem of the run-over cues.
RUN_OVER = "دهس"
# ... and a vehicle rigged with explosives is the bomb, not a vehicle hit ("سيارة مفخخة تابعة لتنظيم داعش"):
# the stem of the word that says so right after the vehicle.
RIGGED = "مفخخ"
# Words that name an actor's owner after it ("لواء القدس التابع لقوات الأسد", "ميليشيا الدفاع الوطني الموالية
# للنظام"): the owner of an actor that was hit was hit too.
OWNER_LINKS = ("تابع", "تابعة", "تابعين", "تابعون", "تابعا", "موالي", "موالية", "موالين", "موالون", "عائد", "عائدة")
# A side's forces named by its pronoun ("خلال عملية نفذتها قواتها"): the side that speaks of the act.
OWN_FORCES = ("قواته", "قواتها", "طائراته", "طائراتها", "مقاتلاته", "مقاتلاتها", "وحداته", "وحداتها", "عناصره",
              "مقاتليه", "جنوده", "جنودها")
FIGHTER_NOUNS = ("مقاتلين", "مقاتلي", "مقاتلو", "مقاتلون", "مسلحين", "مسلحي", "مسلحو", "مسلحون")
# Outlets, with the article or not: the side a word of closeness after one names ("صحيفة "الوطن" القريبة من
# النظام", "وسائل إعلام موالية للنظام") is its patron, no party to the act it reports (recognize.events).
CLOSE_TO = ("القريبة", "القريب", "قريبة", "المقربة", "المقرب", "مقربة", "مقرب", "الموالية", "الموالي", "موالية",
            "موال")
# Verbs of waging or leading a war, an operation, a coalition, or of taking part in one: a state right
# after one (or listed after it with "كل من") is the side that waged it, not a place ("غارات شنتها دمشق"،
# "التحالف الذي تقوده واشنطن"، "نفذتها كل من الولايات المتحدة وبريطانيا وفرنسا"; recognize.places, actors).
WAGING_VERBS = ("بدأت", "بدأ", "أطلقت", "أطلق", "شنت", "شن", "تشن", "يشن", "نفذت", "نفذ", "تنفذ", "ينفذ",
                "خاضت", "خاض", "تخوض", "يخوض", "قادت", "قاد", "تقود", "يقود",
                "شاركت", "شارك", "تشارك", "يشارك")  # "لتشارك كل من الولايات المتحدة وفرنسا في توجيه ضربات"
# Sites a state's forces hold, as the target of an act ("ضربات ضد مواقع سورية"، "قصف مقرات تابعة للجيش
# العراقي"): told with no place, they lie in that state's country (see assemble.places._state_sites)
STATE_SITES = ("مواقع", "موقع", "قواعد", "قاعدة", "نقاط", "نقطة", "مقرات", "مقر", "أهداف", "منشآت", "مطارات",
               "مستودعات", "ثكنات", "مراكز")
OUTLET_NOUNS = ("صحيفة", "صحف", "جريدة", "وكالة", "وكالات", "موقع", "مواقع", "قناة", "قنوات", "شبكة", "شبكات",
                "إذاعة", "تلفزيون", "إعلام", "الإعلام", "مجلة", "صفحة", "صفحات", "حساب", "حسابات")
# Fighting beside another ("وتوزعت تلك القوات على جبهات عدة إلى جانب المقاتلين الأكراد"): the party named
# after these words is on the side of the one named before it, not its target; unless that one is the
# target of a word of ALONGSIDE_AGAINST ("يشارك في المعارك ضد تنظيم الدولة إلى جانب القوات السورية").
ALONGSIDE = ("إلى جانب", "الى جانب", "بجانب", "جنبا إلى جنب مع", "جنباً إلى جنب مع")
ALONGSIDE_AGAINST = ("ضد", "على", "مواجهة", "لمواجهة", "قتال", "لقتال", "محاربة", "لمحاربة")
FACILITY_ADJECTIVES = ("الدولي", "العسكري", "المدني", "الحربي", "الزراعي", "المركزي", "الوطني", "العام")
DESTINATION_PREPOSITIONS = ("إلى", "الى", "نحو", "باتجاه", "صوب")

# "راح ضحيتها طفل جراء إطلاق النار عليهم خلال المداهمة", "برصاص القوات خلال تنفيذها عملية إنزال",
# "عملية إنزال جوي ... رافقها إطلاق نار كثيف": a shooting or a fight told as happening during a raid
# or an airdrop told in its sentence (right before that operation's cue: DURING, optionally with a
# word of carrying it out), or as what went with it (ACCOMPANYING, between the two), is part of it.
DURING = ("خلال", "أثناء", "اثناء", "إبان", "ابان")
CARRYING_OUT = ("تنفيذ", "تنفيذها", "تنفيذه", "تنفيذهم", "تنفيذهما")
ACCOMPANYING = ("رافقها", "رافقه", "رافقتها", "رافقته", "يرافقها", "يرافقه", "ترافقها", "ترافقه", "تخللها", "تخلله",
                "يتخللها", "يتخلله", "تتخللها", "تتخلله", "تخللتها", "تخللته", "ترافقت مع", "ترافق مع")

# What opens the outcome of an act: "اشتباك ..., الأمر الذي أدى إلى مقتل شاب واعتقال اثنين" (the
# arrest told after it is what the clash led to, not an act of its own).
RESULTS = ("أدى إلى", "أدى الى", "أدى ل", "أدت إلى", "أدت الى", "أدت ل", "أسفر عن", "أسفرت عن", "نتج عنه",
           "نتج عنها", "تسبب ب", "تسببت ب", "أفضى إلى", "أفضت إلى")

# "توفي X، الجمعة، متأثرا بإصابته جراء انفجار": a day told before these words is the day of the
# death, not of the act that wounded.
DIED_OF_WOUNDS = ("متأثرا", "متأثرة", "متأثرين", "متأثران", "متأثرتين", "متأثرات", "متأثرون")

# A result verb before the act it has as subject: "وأدى القصف الذي تنفذه قوات النظام إلى مقتل ..." tells
# what the act told of before led to (with the day it happened, when the act was told without one).
RESULT_VERBS = ("أدى", "أدت", "أسفر", "أسفرت", "تسبب", "تسببت", "أوقع", "أوقعت", "خلف", "خلفت")
# A verb of taking place beside an act named with the article ("وذكرت الوكالة أن الهجوم وقع قرب
# مدينة ...", "ووقع الانفجار في ..."): the sentence tells where or when the act told before was.
TOOK_PLACE = ("وقع", "وقعت", "جرى", "جرت", "حدث", "حدثت")
# ... and the words that go on to where, after it ("وقع في"، "وقعت قرب"; or "ب" on the place: "وقع بمدينة")
WHERE_WORDS = ("في", "قرب", "بالقرب", "على", "عند", "داخل", "شمال", "جنوب", "شرق", "غرب")

# Generic names of attackers: a figure of dead "مسلحين" in a battle is the other side's.
MILITANTS = ("مسلح", "مسلحا", "مسلحين", "مسلحون", "إرهابي", "إرهابيا", "إرهابيين", "إرهابيون", "متشدد",
             "متشددا", "متشددين", "متشددون", "مهاجم", "مهاجما", "مهاجمين", "مهاجمون", "جهادي", "جهاديا", "جهاديين")
# "منذ 8 كانون الثاني": a date that opens a period, not the day of an act.
# A page of the day in history: "فيما يلي تسلسل لأبرز الأحداث التي حدثت في مثل هذا اليوم", "وبنفس
# اليوم من عام 2017": its items of long ago are history, not news (see output.HISTORY_YEARS).
THIS_DAY_IN_HISTORY = ("في مثل هذا اليوم", "بمثل هذا اليوم", "في نفس اليوم من عام", "بنفس اليوم من عام",
                       "في اليوم نفسه من عام")
SINCE = ("منذ", "حتى", "لغاية")
# "وأقدم محتجون على إحراق مكاتب، قبل أن يعود الهدوء السبت": a day told a few words after these is
# the day of what came after the act, which happened before it.
BEFORE_THEN = ("قبل أن", "قبل ان", "قبيل أن")
# "ومنذ بدء قوات النظام تصعيدها على الغوطة الشرقية في 18 شباط": the day told a few words on, after
# "في", is the one the period began.
SINCE_BEGINNING = ("منذ بدء", "منذ بداية", "منذ انطلاق", "منذ اندلاع", "منذ انطلاقة")
# More generally "منذ" opening a clause that tells what began a period, a verb ("منذ أن باشر التحالف
# غاراته في 22 يوليو", "منذ كثفت الحكومة عملياتها في 18 فبراير") or the noun of an act ("منذ دخوله الحسكة
# نهاية الشهر الماضي", "منذ تدخل روسيا العسكري في 30 سبتمبر"), with the day a few words on and no comma
# between: the day the period began. Not when the word after "منذ" tells a stretch of time or how much
# of one ("منذ أكثر من أسبوع في قصف ... يوم الأحد", "منذ ساعات الصباح الأولى اليوم"), nor when another
# date stands between ("منذ الصباح في قصف استهدف البلدة اليوم": the date after "منذ" is the period's).
SINCE_CLAUSE = "منذ"
SINCE_CLAUSE_OPENERS = ("أن", "ما")
SINCE_NOT_CLAUSE = (
    "أكثر", "أقل", "نحو", "حوالي", "قرابة", "زهاء", "يقارب", "يزيد", "ساعات", "ساعة", "الساعات", "دقائق",
    "أيام", "الأيام", "أسابيع", "أشهر", "الأشهر", "شهور", "سنوات", "السنوات", "سنين", "أعوام", "عقود", "عقد",
    "فترة", "مدة", "وقت", "الوقت", "زمن", "ذلك", "ذاك", "الآن", "حين", "لحظة", "اللحظة", "القدم",
)
# "تشكل درعا منذ أسبوع هدفا لقصف عنيف": "منذ" with weeks or months is how long an act has gone on
# (for a week), not when it was (a week ago); days stay days ago ("قتل منذ يومين").
SINCE_SPANS = ("أسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر", "شهور")
# Days counted by a number of three or more after "منذ" are as long as the act has gone on, too
# ("قصف الطيران التركي على بلدات وقرى عفرين منذ 52 يوماً", "حملة القصف المستمرة منذ عشرة أيام"): a
# day is told as "two days ago" ("اعتقله منذ يومين"), rarely as fifty-two.
SINCE_DAY_UNITS = ("أيام", "يوما", "يوماً")
SINCE_COUNT_HEDGES = ("نحو", "حوالي", "قرابة")
# "المظاهرات التي بدأت في الجنوب في الثامن من يوليو": the day a movement began, which spans the days
# since (a relative clause: "بدأت العملية يوم 20 يناير" dates the operation's first act)
BEGAN = ("التي بدأت", "الذي بدأ", "التي انطلقت", "الذي انطلق", "التي اندلعت", "الذي اندلع",
         # "حملة عسكرية بدأها قوات النظام السوري في 18 فبراير": begun by someone
         "بدأها", "بدأتها", "بدأه", "بدأته", "أطلقها", "أطلقتها", "أطلقه", "أطلقته",
         # "بالتزامن مع حملة عسكرية لقوات النظام السوري في 18 فبراير": a campaign lasts days
         "حملة عسكرية", "الحملة العسكرية")
# "وبدأت تركيا في العشرين من فبراير حملة عسكرية": a verb of beginning, then the day, then a campaign
# (not "بدأت الاحتجاجات في 8 يوليو عندما فتحت قوات الأمن النار": the act of that day)
BEGAN_VERBS = ("بدأت", "بدأ", "أطلقت", "أطلق")
CAMPAIGN_NOUNS = ("حملة", "عملية", "هجوما", "معركة", "هجوم")
# A campaign's noun a few words from its beginning's day ("وبدأت تركيا في 20 كانون الثاني بدعم من فصائل
# سورية موالية تدخلها العسكري", "بدأ الجيش التركي عملية عسكرية في عفرين باسم غصن الزيتون، في 20
# يناير"): those nouns, or the campaign named with its owner.
CAMPAIGN_NOUNS_NEAR = (*CAMPAIGN_NOUNS, "حملتها", "حملته", "عمليتها", "عمليته", "هجومها", "هجومه",
                       "تدخلها", "تدخله", "تدخل",
                       # "وبدأ الجيش عملياته في الغوطة 18 فبراير": its operations, a campaign
                       "عملياتها", "عملياته", "عملياتهم", "حملاتها", "حملاته")
# "من 19 فبراير الماضي إلى 23 مارس الجاري": the two ends of a period, not the days of acts.
SPAN_FROM = ("من", "ما بين", "بين")
SPAN_TO = ("إلى", "الى", "حتى", "لغاية", "و")
# What joins the parts of a list of victims: "خبير ... بالإضافة لثلاث عناصر ... ورجل مدني".
LIST_JOINERS = ("و", "بالإضافة", "بالإضافة إلى", "إضافة", "إضافة إلى", "فضلا عن", "برفقة", "مع")
# What may stand between the names of a list of places: "بلدات كفرنبل وحاس وقرية كنصفرة".
PLACE_LIST_WORDS = ("بلدة", "بلدات", "قرية", "قرى", "مدينة", "مدن", "حي", "أحياء", "منطقة", "مناطق")
OR = ("و", "أو")

# "القصف التركي المستمر": a campaign going on, not one act on one day (checked just after a cue).
ONGOING = ("المستمر", "المستمرة", "المتواصل", "المتواصلة", "اليومي", "اليومية", "المتكرر", "المتكررة",
           "المتصاعد", "المتصاعدة", "مستمر", "مستمرة", "متواصل", "متواصلة",
           "متفرقة", "متفرق", "المتفرقة", "المتفرق",  # "باشتباكات متفرقة": several acts told as one
           "يوميا")  # "القصف الذي كان يستهدف يوميا بعشرات الغارات"

# A toll in the thousands told in a sentence with these is many acts' (assemble.counts): a span it
# fell "during" ("هجوم عنيف قتل خلاله أكثر من 1600 مدني"), a toll that rose or reached so far ("وصل عدد
# القتلى إلى 1600"), fighting or acts told in the plural ("خلف القتال أكثر من 1000 قتيل"، "أسفرت الغارات
# الجوية والمدفعية عن مقتل 1500 مدني").
CAMPAIGN_TOLL = ("خلاله", "خلالها", "وصل إلى", "وصلت إلى", "ارتفع إلى", "ارتفعت إلى", "ارتفاع", "القتال",
                 "المعارك", "الاشتباكات", "الغارات", "الهجمات", "الضربات")
# ... and an offensive named with the article ("لقي أكثر من ألف شخص مصرعهم في الهجوم") in a report that
# recalls no earlier year: no act of the war it follows killed that many, though one long past may have
# ("أدى الهجوم إلى مقتل نحو 5 آلاف كردي", of Halabja in 1988).
CAMPAIGN_TOLL_OFFENSIVE = ("الهجوم",)

# Spellings of one word that event_cues.tsv lists once ("كيماوي"): every row holding the first is also
# read with each other ("هجوم كيمياوي", "أسلحة كيمياوية", "منظمة حظر الأسلحة الكيمياوية").
CUE_SPELLINGS = (("كيماوي", ("كيمياوي",)),)

# Words that join a second party to the first as one perpetrator ("النظام وروسيا", "الأسد وحليفه
# الروسي", "لقوات النظام والحليف الروسي"); the actor mention carries its own "و".
JOINED_ALLY = ("و", "وحليفه", "وحليفها", "وحلفائه", "وحليفته", "والحليف")
# ... or as partners in one operation ("قسد بالاشتراك مع قوات التحالف الدولي"): not "بدعم من", whose
# backer only helped the act it backed.
JOINED_PARTNER = ("بالاشتراك مع", "بالتعاون مع", "بالتنسيق مع", "بمشاركة", "بمشاركة من")
# A noun of targeting with its subject and then its object after "لـ": "استهداف الاحتلال التركي لمنزل في
# كوباني", "استهداف قوات النظام لمواقع الفصائل" (the subject of the noun, as "قصف النظام للمدينة").
# The actor right after it is otherwise its object ("استهداف قوات النظام بقذائف").
TARGETING_NOUNS = ("استهداف",)
# The men of a side after "من" or "أحد" ("من عناصر تنظيم الدولة", "أحد مقاتلي الفصيل"), or its members
# bare ("مطعما يرتاده أفراد قوات الأمن"): people of it named, not the side acting (recognize.events).
# ("بيد مسلحي التنظيم": its gunmen did it.)
MEMBERS = ("عناصر", "مقاتلي", "قادة", "قياديي")
MEMBERS_BARE = ("أفراد", "أعضاء", "منتسبي")
# What fires a side's weapons, as the object of a verb or noun of hitting (HITTING) right before it:
# "قصف استهدف منظومة صواريخ إيرانية": the weapons' side was hit; it did not fire them (as the subject,
# "منظومة صواريخ إسرائيلية اعترضت", it fired them). (What stores them, "مستودع صواريخ", is a target
# word of event_cues.tsv wherever it stands.)
WEAPON_SYSTEMS = ("منظومة", "منظومات", "أنظمة", "بطارية", "بطاريات", "منصة", "منصات")
HITTING = ("استهدف", "استهدفت", "استهداف", "قصف", "قصفت", "ضرب", "ضربت", "دمر", "دمرت", "تدمير")
# ... or with its object a place named without "لـ", in the accusative: "إثر استهداف الميليشيات
# المرتبطة بروسيا بلدة معرزاف بقذائف كراسنوبول".
TARGETED_PLACES = ("بلدة", "بلدات", "قرية", "قرى", "مدينة", "مدن", "حي", "أحياء", "مخيم")
# Words that open with ل and name no object of the noun: a time ("لليوم الثاني", "للمرة الثالثة",
# "لعدة ساعات"), or a word whose ل is its own ("لدى", "لكن", "ليلة").
NOT_OBJECTS = ("لليوم", "ليوم", "للمرة", "لمرة", "لأول", "لمدة", "لساعات", "لساعة", "لأيام", "ليومين", "لعدة",
               "للأسبوع", "لأسبوع", "للشهر", "لشهر", "لأكثر", "لفترة", "لحظة", "لدى", "لكن", "لم", "لن", "لا",
               "لأن", "لذلك", "ليلة", "ليلا", "ليل", "ليلاً")
# The first word of the subject of "فجر ... نفسه" told between the verb and "نفسه" when that is a
# suicide bombing: a person ("فجر أحد مسلحي التنظيم نفسه", "فجرت امرأة تحمل حزاما ناسفا نفسها"), not a
# thing told as itself ("فجر مسلحو التنظيم الجسر نفسه").
BOMBERS = ("أحد", "إحدى", "انتحاري", "انتحارية", "انتحاريان", "انتحاريون", "مسلح", "مسلحة", "شخص", "رجل",
           "امرأة", "سيدة", "شاب", "فتى", "فتاة", "طفل", "طفلة", "صبي", "عنصر", "مقاتل", "مهاجم", "إرهابي",
           "إرهابية", "عنصران", "مسلحان", "شخصان", "انتحاريين")
# A killing (or wounding) told with its doer after "by the fire of": "لقي مدرس مصرعه بنيران مسلحين
# مجهولين", "أصيب طفل بنيران قناص". The words of death or wounds (stems: any ending follows), the
# marker, and the first word of a doer that is an armed man or an unknown one (stems; a named force,
# "بنيران الشرطة", is more often the end of an attacker than an attack). ("على يد مسلحين" is left out:
# "قتل 17 مقاتلا على يد مسلحين" as a lead took the toll of the fight it sums up, without its 9
# attackers; "بيد" is also "but", "بيد أن".)
KILLED_STEMS = ("قتل", "مقتل", "قتيل", "مصرع", "استشهد", "استشهاد", "اغتيل", "أصيب", "إصابة", "جرح")
KILLED_BY_FIRE = ("بنيران",)
KILLERS_BY = ("مسلح", "مجهول", "قناص", "متشدد", "جهادي", "إرهابي", "عناصر", "عنصر", "عصابة")
# An active killing by armed men: the verb, its subject opening with one of these (nominative: "قتل 5
# مسلحين" counts the dead; "قتل مسلحون في اشتباكات" is passive and has no object), then its object, a
# count or a person ("قتل مسلحون مجهولون رجلا", "قتلت عناصر التنظيم ثلاثة رعاة", "قتل تنظيم داعش 9 رجال").
KILLING_VERBS = ("قتل", "قتلت", "قتلوا")
KILLING_SUBJECTS = ("مسلحون", "مسلحو", "مجهولون", "عناصر", "متشددون", "متشددو", "جهاديون", "إرهابيون",
                    "المسلحون", "المجهولون", "المتشددون", "الجهاديون", "الإرهابيون",
                    "تنظيم", "التنظيم")  # "قتل تنظيم داعش 9 رجال من الشرطة"
KILLED_OBJECTS = ("رجلا", "شابا", "طفلا", "طفلة", "امرأة", "سيدة", "فتاة", "مدنيا", "مدنيين", "مواطنا",
                  "مواطنين", "شخصا", "جنديا", "جنديين", "عنصرا", "عنصرين", "شرطيا", "شرطيين", "ضابطا",
                  "قياديا", "مسؤولا", "مختارا", "راعيا", "رعاة", "سائقا", "طبيبا", "صحفيا", "إعلاميا",
                  "ناشطا", "معلما", "مدرسا", "عاملا", "عمالا", "مزارعا", "أحد", "إحدى", "عددا",
                  "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة")
# Words that cannot stand between such a subject and its object: a preposition or a new clause opens
# there ("قتل مسلحون في اشتباكات مع ثلاثة جنود": they were killed).
NOT_IN_SUBJECT = ("في", "خلال", "مع", "جراء", "إثر", "اثر", "بعد", "قبل", "أثناء", "اثناء", "عند", "على",
                  "إلى", "الى", "عن", "منذ", "بين", "حيث")
# An aside naming whose word it is, set between the two words of "ردا على" ("ردا، بحسب قولها، على
# تعرض بلدة الزبداني لهجوم", "ردا حسب قوله على"): the answer's word all the same (recognize.events.RESPONSE).
RESPONSE_ASIDES = ("بحسب", "حسب", "وفق", "وفقا ل", "على حد")

#: A place's share of a shelling told after its name in a list of places ("قريتي العوسجلي بـ 25 قذيفة،
#: والبوغاز بـ 10 قذائف", "بقذيفتين", "بأكثر من 20 صاروخا"): the list goes on past it. The munitions
#: (singular, plural, dual and accusative forms) and the hedges that may come before their number.
SHARE_MUNITIONS = ("قذيفة", "قذائف", "قذيفتين", "صاروخ", "صواريخ", "صاروخا", "صاروخين", "غارة", "غارات",
                   "غارتين", "ضربة", "ضربات", "ضربتين", "برميل", "براميل", "برميلا", "برميلين", "قنبلة",
                   "قنابل", "قنبلتين", "طلقة", "طلقات", "رشقة", "رشقات")
SHARE_HEDGES = ("أكثر من", "اكثر من", "نحو", "حوالي", "حوالى", "قرابة", "ما يزيد عن", "ما يزيد على", "أقل من")

# The side a region's name may end with ("الغوطة الشرقية", "القلمون الغربي"): a report that names the
# region so calls it by the rest of its name too ("استهدفت مدن وبلدات الغوطة"; geo.resolve).
REGION_SIDES = ("الشرقي", "الشرقية", "الغربي", "الغربية", "الشمالي", "الشمالية", "الجنوبي", "الجنوبية")

# The words that end an apposition telling what a town is near ("مدينة دوما، آخر معقل للمعارضة قرب
# دمشق", "بلدة حمورية قرب دمشق"): the place after them situates the town (assemble.places).
NEAR_WORDS = ("قرب", "بالقرب من", "على مقربة من", "على مشارف")
# A town named again (a place word with the article), then where it lies, or its nearness told with a
# pronoun: the place after only tells where the town named before lies, and is no act's ("بعد ليلة من
# القصف العنيف على المدينة الواقعة قرب دمشق", "تدور اشتباكات في منطقة تكتسب أهمية ... عدا عن قربها من
# دمشق"; assemble.places). An area named again lies outside it only ("على المنطقة الواقعة خارج العاصمة
# دمشق"): one lying near a town, "أصابت المنطقة الواقعة قرب بلدتي السوسة والباغوز", is that town's.
# A town or a province named again may also lie on a side of the place after ("في المحافظة الواقعة
# شمال سوريا": Idleb, named before, not northern Syria).
TOWNS_NAMED_AGAIN = ("المدينة", "البلدة", "القرية", "المخيم", "المحافظة")
AREAS_NAMED_AGAIN = ("المنطقة", "الجيب")
LYING = ("الواقعة", "الواقع", "التي تقع", "الذي يقع")
OUTSIDE = ("خارج",)
NEARNESS_OF_IT = ("قربها من", "قربه من", "قربهما من", "لقربها من", "لقربه من", "بقربها من")
# The words an apposition after a comma opens with, besides a word with the article ("، آخر معقل
# للمعارضة قرب دمشق", "، كبرى مدن الغوطة"): a noun phrase, not a clause ("، استولى على سيارة قرب ...").
APPOSITION_HEADS = ("آخر", "أكبر", "كبرى", "ثاني", "ثالث", "أحد", "إحدى", "معقل", "مركز", "أبرز", "أهم", "أقرب")

# Countries of wars elsewhere, by name and by adjective (stems: the adjective's endings are added,
# and it counts only with the article, on an institution: "الداخلية التونسية", "الجيش اليمني"; not on a
# foreign fighter, "مقاتل مصري في صفوف داعش"): a report whose lead names one and no place in Syria or
# Iraq is set there, and a place at home it names without a qualifier is a namesake of one there the
# gazetteer lacks ("حي الروضة" in a report on the Houthis). Not the states that fight in Syria or Iraq,
# nor the Gulf outlets' own.
FAR_COUNTRY_NAMES = ("اليمن", "الحوثي", "الحوثيين", "مصر", "سيناء", "ليبيا", "تونس", "أفغانستان", "افغانستان",
                     "طالبان", "الصومال", "نيجيريا", "باكستان", "السودان", "الجزائر")
FAR_COUNTRY_ADJECTIVES = ("يمني", "مصري", "ليبي", "تونسي", "أفغاني", "افغاني", "صومالي", "نيجيري", "باكستاني",
                          "سوداني", "جزائري", "مغربي")
