"""Publication dates found in the page: one example of each stamp form seen in eval/dev_airwars,
the contexts that must *not* be read as publication, and the ranking between stamps."""
from __future__ import annotations

import datetime as dt

import pytest

from rasd.published import (
    find_html_stamp,
    find_published,
    find_stamp,
    find_text_stamp,
    find_url_stamp,
    local_hour,
    parse_iso,
    plausible,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        # Facebook saves: the page name glued to the date, "· Shared with Public" after it.
        (("مقتل رجل... - الدفاع المدني السوري\nFacebook\u200eالدفاع المدني السوري\u200e's Post\n\nالدفاع المدني السوري "
         "Verified accountDecember 1, 2024 · Shared with Publicمقتل رجل وإصابة زوجته"), D(2024, 12, 1), "facebook"),
        ("درعا 24March 25, 2025 · Shared with Public#متابعة: أفاد مراسل", D(2025, 3, 25), "facebook"),
        ("is at \u200eمشفى ادلب الجامعي\u200e.December 2, 2024 · Idlib, Syria · Shared with Public صور",
         D(2024, 12, 2), "facebook"),
        ("November 23, 2025 · Shared with Public", D(2025, 11, 23), "facebook"),
        # X (Twitter) saves: time · date · client.
        ("Conversationإدلب Online@idleb_online🚨قصـ.ـف مدفـ.ـعي .6:24 PM · Jul 13, 2022·Twitter for Android1 Like",
         D(2022, 7, 13), "tweet"),
        ("بريف حلب الشمالي .\n#مراسل_الشرقية_الرسمي ✅9:56 AM · Aug 18, 2022·Twitter for Android", D(2022, 8, 18), "tweet"),
        ("6:12 PM · Dec 12, 2021 · Twitter Web App", D(2021, 12, 12), "tweet"),
        # X's later layout glues the count of views to the year.
        ("Post\n\nPost\n\nشبكة الخبر@khabar_netقصف مدفعي على أطراف سرمين\n\n#إدلب00:009:26 AM · Nov 30, 2024139Views6",
         D(2024, 11, 30), "tweet"),
        ("#الخوذ_البيضاء6:55 AM · Dec 1, 20241.6KViews1418", D(2024, 12, 1), "tweet"),
        ("#درعا7:19 PM · Mar 5, 2025125.2KViews3636013.4K47\n\nسامر@samer99Mar 6, 2025تقبل الله", D(2025, 3, 5), "tweet"),
        # Labels.
        ("نشر في 23 نوفمبر,2025\nقصف على إدلب", D(2025, 11, 23), "label"),
        ("تاريخ النشر: 2024/12/01\nقصف على إدلب", D(2024, 12, 1), "label"),
        ("العنوان | نُشر في ٥ كانون الأول ٢٠٢٤", D(2024, 12, 5), "label"),
        # Datelines: a line that holds only a date (with weekday, time, city).
        (("قتلى بقصف للنظام استهدف السكن الجامعي في حلب\n\n2024.11.29 | 11:56 دمشق\n\nآخر تحديث: 2024.11.29 | 14:51 دمشق"
         "\n\nقُتل أربعة مدنيين"), D(2024, 11, 29), "dateline"),
        ("وكالة فرات للأنباء\n\nمركز الأخبار\n\nالخميس, ٥ ديسمبر ٢٠٢٤, ٢١:٥٤\n\nوكما هاجم جيش", D(2024, 12, 5), "dateline"),
        ("إسعاف طفل مصاب - 1 من أيلول 2023 (الدفاع المدني السوري/ فيس بوك)\n\nعنب بلدي\n\n01/09/2023\n\n2:22 م\n\nقُتل خمسة",
         D(2023, 9, 1), "dateline"),
        ("07 تشرين الثاني 2021\n\nطيران مُسير يستهدف شخصاً مجهول الهوية في جرابلس شرقي حلب\n\n0\n\nالتعليقات",
         D(2021, 11, 7), "dateline"),
        ("قتلى وجرحى بقصف على سرمدا\n\nادلب\n\nنداء بوست\n\n2021/10/16\n\nسقط عدد من المدنيين", D(2021, 10, 16), "dateline"),
        ("ضحايا بقصف الطيران المسير على جرابلس\n\n2021-11-07\n210 زيارة\n\nقتل شخص", D(2021, 11, 7), "dateline"),
        ("البصيرة شرق دير الزور تخلّف قتيل وجريح\n\nالأربعاء, فبراير 9, 2022\nسوريا, شرق سوريا", D(2022, 2, 9), "dateline"),
        ("أخبار سوريا ||\nأورينت نت - خاص\n2022-02-16 11:00:00\n\nقصفت ميليشيا", D(2022, 2, 16), "dateline"),
        ("16.10.2021\n3 شهداء و اكثر من عشر إصابات", D(2021, 10, 16), "dateline"),
        ("الجمعة 7 تشرين الاول 2022\n\nالخابور - متابعات", D(2022, 10, 7), "dateline"),
        ("آخر تحديث: 30.08.2023 | 21:15 دمشق\n\nاشتباكات", D(2023, 8, 30), "updated"),
        # Daily round-ups are dated by the day they cover.
        ("حصاد الأحداث الميدانية ليوم الخميس 18-08-2022\n\nحلب::قصف مدفعي", D(2022, 8, 18), "daily"),
        ('حصاد "شــام" لمُجمل الأحداث الميدانية في سوريا ليوم الاثنين 25/ أيلول/ 2023', D(2023, 9, 25), "daily"),
        ("التقرير اليومي 20-11-2022\n1) المنطقة الجنوبية:", D(2022, 11, 20), "daily"),
        # "Today" with a full date in the body.
        ("تقول: “إن (طائرة مسيرة تركية)، استهدفت مساء اليوم السبت (6 آب 2022)، سيارة", D(2022, 8, 6), "today"),
        ("استهدفت قوات الأسد اليوم الأحد 9 تموز/يوليو 2023 بقصف مدفعي", D(2023, 7, 9), "today"),
        # An embedded tweet, when nothing better is there.
        ("النظام المجرم يقصف حلب pic.twitter.com/OQOugoFcI7\n— خطاب (@KHaatap) November 29, 2024\n\nالنظام",
         D(2024, 11, 29), "embed"),
    ],
)
def test_stamp_forms(text: str, expected: dt.date, kind: str) -> None:
    stamp = find_text_stamp(text)
    assert stamp is not None
    assert (stamp.date, stamp.kind) == (expected, kind)
    quoted = text[stamp.span[0] : stamp.span[1]]
    assert any(ch.isdigit() for ch in quoted)  # the evidence holds the date itself


@pytest.mark.parametrize(
    "text",
    [
        # Dates in running prose are events, not publication.
        "وكان قضى طفل وجرح شقيقه يوم السبت 19 تشرين الثاني 2022، بانفجار قنبلة عنقودية",
        "رغم اتفاق وقف إطلاق النار الموقع في 5 مارس/ آذار 2020.",
        "وكان المرصد السوري نشر في 6 أبريل / نيسان 2017، أن عملية إنزال جرت",  # "نشر في" in prose
        "وثقت الشبكة بتاريخ ١-٩-٢٠٢٣ مقتل خمس اطفال",
        # Dates without a year, relative dates, implausible years.
        "اليوم الثلاثاء 15 شباط، قصف صاروخي",
        "#بلدي: جرحى مدنيون إثر قصف مدفعي\nمنذ سنتين",
        "1y\n30m30 minutes ago",
        "9:26 AM · Nov 30, 2024139 شخصا",  # digits after the year, but no count of views
        "15/02/1850\n\nنص",
        "2099/01/01\n\nنص",
        "31/02/2022\n\nنص",  # no such day
        "",
    ],
)
def test_not_a_stamp(text: str) -> None:
    assert find_text_stamp(text) is None


def test_first_publication_beats_the_update() -> None:
    text = "العنوان\n\n2022.10.28 | 14:32 دمشق\n\nآخر تحديث: 2023.05.09 | 09:41 دمشق\n\nقتلت امرأة"
    assert find_published(text) == (D(2022, 10, 28), (9, 32))


def test_update_alone_is_used() -> None:
    stamp = find_text_stamp("العنوان\n\nآخر تحديث: 2023.05.09 | 09:41 دمشق\n\nقتلت امرأة")
    assert stamp is not None and (stamp.date, stamp.kind) == (D(2023, 5, 9), "updated")


def test_embedded_tweet_loses_to_the_page_stamp() -> None:
    text = (
        "قتلى بقصف للنظام استهدف السكن الجامعي في حلب\n\n2024.11.30 | 11:56 دمشق\n\nقُتل أربعة مدنيين\n"
        "— خطاب (@KHaatap) November 29, 2024\n"
    )
    stamp = find_text_stamp(text)
    assert stamp is not None and (stamp.date, stamp.kind) == (D(2024, 11, 30), "dateline")


def test_nearest_the_top_wins_among_equals() -> None:
    text = "01/09/2023\n\nقُتل خمسة أطفال في قصف على الريف الشرقي لمدينة حلب بحسب الدفاع المدني السوري اليوم\n\n02/09/2023\n"
    assert find_published(text) == (D(2023, 9, 1), (0, 10))


def test_site_header_over_headlines_is_not_the_page_date() -> None:
    # hawarnews.com prints the day the page was saved above a list of today's headlines.
    text = (
        "السبت 14 حزيران, 2025\n\nاهم أخبار اليوم\n\nافتتاح معبر القائم الحدودي بين سوريا والعراق\n\n"
        "إطلاق المرحلة الرابعة من مشروع ترميم سور الرقة الأثري\n\nاعتصامان في حمص احتجاجاً على مقتل شابين\n\n"
        "مقتل شخصين وإصابة آخر في القصف التركي على ريف حلب\n\nأدى قصف جيش الاحتلال التركي لقرية بينه"
    )
    assert find_text_stamp(text) is None


def test_related_articles_list_is_not_the_page_date() -> None:
    text = (
        "قصف مكثّف على عفرين\n\nالتعليقات\n\n330 شهيداً في غزة\n\nالثلاثاء 2025/03/18\n\n"
        "الحدود اللبنانية السورية هادئة\n\nالثلاثاء 2025/03/18\n\nدرعا: قتيلان وجرحى\n\nالثلاثاء 2025/03/18\n\n"
        "مؤتمر بروكسل\n\nالثلاثاء 2025/03/18\n\nتابعنا"
    )
    assert find_text_stamp(text) is None
    stamp = find_stamp(text, url="https://www.almodon.com/arabworld/2021/8/18/slug")
    assert stamp is not None and (stamp.date, stamp.kind, stamp.where) == (D(2021, 8, 18), "url", "url")


def test_byline_on_a_busy_page_still_counts_when_prose_follows() -> None:
    ticker = "".join(f"2021/08/{d} 09:23 خبر آخر\n\n" for d in (20, 20, 19, 19, 19))
    text = ticker + "النظام يرتكب مجزرة\n\nادلب\n\n2021/08/20\n\n" + "ارتقى 4 أطفال من عائلة واحدة جراء قصف قوات النظام " * 2
    stamp = find_text_stamp(text)
    assert stamp is not None and (stamp.date, stamp.kind) == (D(2021, 8, 20), "dateline")


@pytest.mark.parametrize("heading", ["من الممكن أن يعجبك", "مقالات ذات صلة:", "قد يعجبك أيضاً", "You may also like"])
def test_byline_over_a_box_of_other_stories_of_the_same_day(heading: str) -> None:
    # headline / label / outlet / date, then a box of other stories dated the same day: the first date
    # closes the byline, however many of the box's items share it.
    box = "".join(f"{h}\n\n2023/03/14\n\n" for h in ("اجتماع وزاري في عمان", "ارتفاع أسعار الخبز في حلب",
                                                     "افتتاح مدرسة في الرقة", "حريق في سوق الحميدية"))
    text = f"قتيلان بقصف مدفعي على أطراف مدينة الباب\n\nعاجل\n\nشبكة الخبر\n\n2023/03/14\n\n{heading}\n\n" + box
    stamp = find_text_stamp(text)
    assert stamp is not None and (stamp.date, stamp.kind, stamp.span[0]) == (D(2023, 3, 14), "dateline", text.index("2023"))


@pytest.mark.parametrize(
    "text",
    [
        # the box's heading follows a date that is not the page's first: that date is an item of a list above
        ("آخر الأخبار\n\nقصف على إدلب\n\n2023/03/14\n\nاشتباكات في درعا\n\n2023/03/14\n\nمقالات ذات صلة\n\n"
         "حريق في حلب\n\n2023/03/14\n\nاجتماع في عمان\n\n2023/03/14\n\nتابعنا"),
        # nothing above the date: a site header, not a byline
        ("2023/03/14\n\nمقالات ذات صلة\n\nحريق في حلب\n\n2023/03/14\n\nاجتماع في عمان\n\n2023/03/14\n\n"
         "قصف على إدلب\n\n2023/03/14\n\nتابعنا"),
    ],
)
def test_related_heading_does_not_save_a_list_item(text: str) -> None:
    assert find_text_stamp(text) is None


def test_dateline_far_down_is_ignored() -> None:
    text = "نص الخبر " * 400 + "\n\n2023/10/11\n\nخبر مرتبط"
    assert find_text_stamp(text) is None


def test_stamps_are_found_in_original_offsets() -> None:
    text = "العنوان\u064e\u064e\n\nتاريخ النشر: ٢٠٢٤/١٢/٠١\n"
    found = find_published(text)
    assert found is not None
    date, (start, end) = found
    assert date == D(2024, 12, 1)
    assert text[start:end] == "تاريخ النشر: ٢٠٢٤/١٢/٠١"


# --- HTML and URL -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        '<meta property="article:published_time" content="2024-11-29T10:15:00+03:00">',
        "<meta content='2024-11-29' property='og:published_time'/>",
        '<meta itemprop="datePublished" content="2024-11-29">',
        '<span itemprop="datePublished" datetime="2024-11-29T08:00Z">29/11</span>',
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2024-11-29T08:00:00Z"}</script>',
        '<article><time datetime="2024-11-29">الجمعة</time></article>',
    ],
)
def test_html_meta(html: str) -> None:
    stamp = find_html_stamp(f"<html><head>{html}</head><body><p>نص</p></body></html>")
    assert stamp is not None and stamp.date == D(2024, 11, 29) and stamp.where == "html"


@pytest.mark.parametrize(
    ("html", "hour"),
    [
        ('<meta property="article:published_time" content="2024-11-29T01:15:00+03:00">', 1),
        ('<meta property="article:published_time" content="2024-11-29T08:00:00Z">', 11),  # Damascus time
        ('<meta property="article:published_time" content="2024-11-29">', None),
        ('<script type="application/ld+json">{"datePublished": "2024-11-29T02:30:00+03:00"}</script>', 2),
    ],
)
def test_html_meta_gives_the_hour(html: str, hour: int | None) -> None:
    stamp = find_html_stamp(f"<html><head>{html}</head><body><p>نص</p></body></html>")
    assert stamp is not None and stamp.hour == hour


def test_html_meta_beats_the_text_and_find_published_points_into_the_html() -> None:
    html = '<html><head><meta property="article:published_time" content="2024-11-29"></head></html>'
    text = "— خطاب (@KHaatap) November 28, 2024"
    date, (start, end) = find_published(text, html)  # type: ignore[misc]
    assert date == D(2024, 11, 29)
    assert "2024-11-29" in html[start:end]


def test_html_without_dates_falls_back_to_the_text() -> None:
    assert find_published("نشر في 23 نوفمبر,2025", "<html><body><p>x</p></body></html>") == (D(2025, 11, 23), (0, 21))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.jesrpress.com/2021/08/30/%D9%82%D9%88%D8%A7%D8%AA/", D(2021, 8, 30)),
        ("https://www.aljazeera.net/news/politics/2021/8/20/slug", D(2021, 8, 20)),
        ("https://eyeofeuphrates.com/ar/news/2021/12/13/3935?fbclid=x", D(2021, 12, 13)),
        ("https://www.enabbaladi.net/archives/657717", None),
        # eight digits, year first, at a segment's start: a day ("/ar/20180217-slug", a print issue's "/20150721/")
        ("http://www.france24.com/ar/20180217-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7", D(2018, 2, 17)),
        ("http://www.al-jazirah.com/2015/20150721/lp5.htm", D(2015, 7, 21)),
        ("http://www.okaz.com.sa/new/Issues/20150722/Con20150722784960.htm", D(2015, 7, 22)),
        ("https://example.org/news/2015072278/", None),  # ten digits: a number, not a day
        ("https://example.org/news/20151399-slug", None),  # no such day
        ("https://example.org/news/Con20150722784960.htm", None),  # inside a word
        ("https://example.org/2021/13/40/slug", None),
        # an X post id holds its posting time: 2024-11-29 21:11 UTC is already the 30th in Syria
        ("https://x.com/someone/status/1862605442036949231?s=20", D(2024, 11, 30)),
        ("https://twitter.com/muslim2day/status/1698814529319117003", D(2023, 9, 5)),
        ("https://twitter.com/someone/status/123", None),
    ],
)
def test_url_dates(url: str, expected: dt.date | None) -> None:
    stamp = find_url_stamp(url)
    assert (stamp.date if stamp else None) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-08-26", D(2017, 8, 26)),
        ("2017-08-26T23:10:00Z", D(2017, 8, 26)),
        ("2017-08-26 10:00:00+03:00", D(2017, 8, 26)),
        ("2017-08-26T10:00:00.123456", D(2017, 8, 26)),
        ("26/08/2017", None),
        ("yesterday", None),
        ("2017-02-30", None),
    ],
)
def test_parse_iso(value: str, expected: dt.date | None) -> None:
    assert parse_iso(value) == expected


def test_plausible() -> None:
    today = D(2025, 6, 1)
    assert plausible(D(1990, 1, 1), today) and plausible(D(2026, 12, 31), today)
    assert not plausible(D(1989, 12, 31), today) and not plausible(D(2027, 1, 1), today)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-03-24T00:56:34+00:00", 3),  # Syrian and Iraqi time is UTC+3
        ("2018-03-24T01:13:59Z", 4),
        ("2015-08-02 22:41:42", 22),  # no zone: local time already
        ("2018-03-23T22:30:00+00:00", None),  # already the 24th in Damascus: no hour of the 23rd
        ("2018-03-24", None),
        ("2018-03-24Tnoon", None),
    ],
)
def test_local_hour(value: str, expected: int | None) -> None:
    assert local_hour(value) == expected
