"""Words of a page's furniture rather than of its story.

Plain Arabic as a reader writes it; `rasd.text.normalize` reads them. Edit freely.
"""

# The labels a news page or channel puts before a post ("#عاجل", "#متابعات"). A saved post often
# loses the line break after the label, gluing it to the story's first word ("#عاجلإصابة 4
# أشخاص", "#متابعاتشهيدان من المدنيين"): normalization puts the space back.
POST_LABELS = ("عاجل", "هام", "متابعات", "متابعة", "تحديث", "خاص", "مباشر", "بالفيديو", "بالصور")

# The words a post's story opens with, which a saved post glues to the hashtag before them when it
# loses the line break ("#سد_تشريناستشهاد مواطنين"): normalization puts the space back.
GLUED_OPENERS = ("استشهاد", "مقتل", "إصابة", "اصابة", "قصف", "غارة", "غارات", "انفجار", "تفجير", "اشتباكات",
                 "استهداف", "سقوط", "شهيد", "شهداء", "جرحى", "قتلى", "مجزرة")

# Where a saved social-media post ends and its readers' comments begin: the bar of reactions under
# the post (Facebook's English and Arabic interfaces). The comments name places, tolls and parties
# of their own ("الجولاني اعطى الاحداثيات لكسب الرضى") and are no part of the report.
# What a saved Facebook post's stamp ends with ("December 5, 2024 · Shared with Public")
POST_SHARED = ("Shared with", "تمت المشاركة مع")
POST_END = ("All reactions:", "جميع التفاعلات:", "كل التفاعلات:")

# A link to another of the site's stories: the line it opens (or, when it stands alone, the line
# after it) is that story's headline ("إقرأ أيضا في بي بي سي: جرحى في تفجير قرب مركز تدليك وسط بغداد"),
# no part of this report. Any alef stands for any other, and marks may follow any letter ("إقرأ
# أيضاً" is read too); "في <site>" and the rest of the line are the headline's.
READ_ALSO = ("اقرأ أيضا", "اقرأ المزيد", "شاهد أيضا", "طالع أيضا", "اقرأ كذلك", "للمزيد")
# The label of a link to a story, this one or another, that a page prints with the story's headline
# ("رابط الخبر بصحيفة الوئام: مقتل العشرات من داعش في غارات للتحالف قرب الموصل"), at a line's start
# or glued after the body's last full stop: the label and the rest of its line tell the report's acts
# again (they may add to them, never make acts of their own). Spelt as READ_ALSO's.
STORY_LINKS = ("رابط الخبر", "رابط المقال", "رابط المقالة", "رابط التقرير", "رابط الموضوع", "رابط المادة",
               "رابط القصة", "رابط مختصر", "الرابط المختصر", "رابط الفيديو", "رابط المصدر", "رابط دائم")
# The same for the links to the site's story before and after this one, read only when the label
# stands alone on its line, the headline on the next ("السابق" over "الثانية في أقل من 24 ساعة.. استشهاد
# شاب في أقبية سجون النظام"): a line opening with these words may be the report's own.
NAVIGATION = ("السابق", "التالي", "الخبر السابق", "الخبر التالي", "المقال السابق", "المقال التالي")

# The heading of a box of the site's other stories, each a headline and its date ("من الممكن أن
# يعجبك" / "أجواء من التوتر تسيطر على محادثات فيينا" / "2021/11/07" ...). A date right above such a
# heading, the page's first, closes the story's byline ("عاجل" / "نداء بوست" / "2021/11/07"): it is
# the story's own date, even when the box's stories are of the same day. A line is a heading when it
# holds one of these and nothing else (a colon may end it).
RELATED_HEADINGS = (
    "من الممكن أن يعجبك", "قد يعجبك أيضا", "قد يعجبك", "ربما يعجبك أيضا", "ربما يعجبك", "قد يهمك أيضا",
    "قد يهمك", "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "مواد ذات صلة", "ذات صلة",
    "مقالات مشابهة", "أخبار مشابهة", "مقالات أخرى", "أخبار أخرى", "اقرأ أيضا", "اقرأ المزيد", "شاهد أيضا",
    "المزيد من الأخبار", "اخترنا لك", "You may also like", "Related", "Related articles", "Related posts",
    "Read also", "Read more",
)

# The label of a page's tags, the last words of its text ("... هذه الاتهامات. سمات تركيا داعش سلاح
# الجو سوريا قصف"): the tags name topics, not what happened.
TAG_LABELS = ("سمات", "الوسوم", "وسوم", "كلمات مفتاحية", "الكلمات المفتاحية", "الكلمات الدالة")

# The heading of a box of the site's most read or latest stories, as RELATED_HEADINGS heads its
# related ones: alone on its line over a list of headlines ("الأكثر قراءة" / "حركة نزوح جراء مواجهات
# بين قوات النظام و"الدفاع الوطني" بالحسكة" ...), none of them part of the report.
BOX_HEADINGS = RELATED_HEADINGS + (
    "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأخبار الأكثر تداولا", "الأكثر رواجا", "الأكثر شعبية",
    "الأحدث", "آخر الأخبار", "أحدث الأخبار", "أهم الأخبار", "اهم أخبار اليوم", "أخبار متعلقة", "مقالات متعلقة",
    "مواضيع متعلقة", "اخترنا لكم", "أحدث منشورات الكاتب", "اقرأ التالي", "Most read", "Most popular",
    "Latest news", "Trending",
)

# A line telling how long ago a listed story went out ("ساعة واحدة مضت", "منذ 3 ساعات", "قبل يومين"):
# the words of time and of "ago" such a line is made of, and a number.
AGO_WORDS = ("مضت", "مضى", "منذ", "قبل")
AGO_UNITS = ("دقيقة", "دقائق", "ساعة", "ساعات", "ساعتين", "يوم", "أيام", "يومين", "أسبوع", "أسابيع",
             "أسبوعين", "شهر", "أشهر", "شهرين", "واحد", "واحدة")
