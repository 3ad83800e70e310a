"""The date grammar: real Arabic phrases → (value, precision, part of day), resolved against a fixed
publication date, plus the boundary cases of SCHEMA.md's DATE RULES."""
from __future__ import annotations

import datetime as dt
import json
import re
import time
from itertools import pairwise
from pathlib import Path

import pytest

from rasd.model import DateMention
from rasd.recognize import dates as D
from rasd.recognize.dates import find_dates, resolve_weekday, week_start
from rasd.text.normalize import NormText, fold

PUB = dt.date(2017, 8, 26)  # a Saturday
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "seeds.jsonl"


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def only(text: str, published: dt.date | None = PUB) -> DateMention:
    """The one mention in *text*; its evidence must be the original substring."""
    found = find_dates(NormText.of(text), published)
    assert len(found) == 1, [text[m.start:m.end] for m in found]
    return found[0]


def check(text: str, value: str | None, precision: str | None, tod: str | None,
          published: dt.date | None = PUB) -> DateMention:
    m = only(text, published)
    assert (m.value.isoformat() if m.value else None, m.precision, m.time_of_day) == (value, precision, tod)
    return m


# --- explicit dates ---------------------------------------------------------------------------

EXPLICIT = [
    ("ليل أمس الأول الـ 24 من آب / أغسطس الجاري", "2017-08-24", "day", "night"),
    ("فجر اليوم الخميس الـ 24 من آب / أغسطس الجاري من العام 2017", "2017-08-24", "day", "dawn"),
    ("الـ 6 من أبريل / نيسان الفائت من العام الجاري 2017", "2017-04-06", "day", None),
    ("بعد ظهر يوم الـ 8 من كانون الثاني / يناير من العام 2017", "2017-01-08", "day", "afternoon"),
    ("7 أبريل/نيسان", "2017-04-07", "day", None),
    ("الرابع عشر من نيسان/أبريل", "2017-04-14", "day", None),
    ("الحادي والعشرين من شهر تشرين الأول", "2016-10-21", "day", None),
    ("2 أكتوبر", "2016-10-02", "day", None),  # not yet begun in 2017 → the year before
    ("24 من آب الماضي", "2016-08-24", "day", None),  # الماضي: before the publication month
    ("5 من تموز الحالي", "2017-07-05", "day", None),
    ("15 أيلول المقبل", "2017-09-15", "day", None),
    ("20 كانون الأول", "2016-12-20", "day", None),
    ("10 يونيو (حزيران) من العام الماضي", "2016-06-10", "day", None),
    ("9 إبريل 2018", "2018-04-09", "day", None),
    ("5 مايو/ أيار 2020", "2020-05-05", "day", None),
    ("16 آذار/مارس 1988", "1988-03-16", "day", None),
    ("13/ أيلول/ 2023", "2023-09-13", "day", None),
    ("30 / تشرين الثاني / 2024", "2024-11-30", "day", None),
    ("3 تشرين ثاني", "2016-11-03", "day", None),
    ("أغسطس 30, 2023", "2023-08-30", "day", None),
    ("22 من الشهر الجاري", "2017-08-22", "day", None),
    ("14 الشهر الماضي", "2017-07-14", "day", None),
    ("يوم 27", "2017-07-27", "day", None),  # the 27th has not come yet in August
    ("يوم 26", "2017-08-26", "day", None),
    ("يوم الـ 8", "2017-08-08", "day", None),
    # numeric, day first
    ("21-04-2016", "2016-04-21", "day", None),
    ("21/4/2016", "2016-04-21", "day", None),
    ("22/04", "2017-04-22", "day", None),
    ("3/2015", "2015-03-01", "month", None),
    ("2017-08-24", "2017-08-24", "day", None),
    ("2024.11.29", "2024-11-29", "day", None),
    ("2022/09/29", "2022-09-29", "day", None),
    ("16.10.2021", "2021-10-16", "day", None),
    # English, as saved from social media
    ("November 23, 2025", "2025-11-23", "day", None),
    ("23 November 2025", "2025-11-23", "day", None),
    ("Dec 1, 2024", "2024-12-01", "day", None),
    ("November 2025", "2025-11-01", "month", None),
    # Hijri (Umm al-Qura)
    ("15 رمضان 1438 هـ", "2017-06-10", "day", None),
    ("رمضان 1438هـ", "2017-05-27", "month", None),
    ("يوم الجمعة الموافق 9/9/1436هـ", "2015-06-26", "day", None),  # in digits, with the weekday
    ("12-3-1437 هجرية", "2015-12-23", "day", None),
    # Arabic-Indic digits, diacritics, tatweel
    ("١٥ آذار ٢٠١٨", "2018-03-15", "day", None),
    ("٢٨/١١/٢٠٢٤", "2024-11-28", "day", None),
    ("فَجْرَ الخَمِيسِ المَاضِي", "2017-08-24", "day", "dawn"),
    ("الـــ 24 من آب", "2017-08-24", "day", None),
]


@pytest.mark.parametrize(("text", "value", "precision", "tod"), EXPLICIT)
def test_explicit(text: str, value: str, precision: str, tod: str | None) -> None:
    m = check(text, value, precision, tod)
    assert text[m.start:m.end] == text  # the whole phrase is the evidence


# --- relative days, weekdays, weeks, months, years ---------------------------------------------

RELATIVE = [
    ("اليوم", "2017-08-26", "day", None),
    ("قبل قليل", "2017-08-26", "day", None),  # breaking news: "a moment ago"
    ("منذ قليل", "2017-08-26", "day", None),
    ("أمس", "2017-08-25", "day", None),
    ("الأمس", "2017-08-25", "day", None),
    ("يوم أمس", "2017-08-25", "day", None),
    ("البارحة", "2017-08-25", "day", None),
    ("أمس الأول", "2017-08-24", "day", None),
    ("أول أمس", "2017-08-24", "day", None),
    ("أول من أمس", "2017-08-24", "day", None),
    ("قبل يومين", "2017-08-24", "day", None),
    ("قبل 3 أيام", "2017-08-23", "day", None),
    ("منذ 3 أيام", "2017-08-23", "day", None),
    ("منذ ثلاثة أيام", "2017-08-23", "day", None),
    ("قبل أسبوع", "2017-08-19", "day", None),
    # months and years ago: that month, that year
    ("قبل نحو 6 أشهر", "2017-02-01", "month", None),
    ("قبل شهرين", "2017-06-01", "month", None),
    ("قبل ستة أشهر", "2017-02-01", "month", None),
    ("قبل عامين", "2015-01-01", "year", None),
    ("قبل 5 سنوات", "2012-01-01", "year", None),
    ("الليلة الماضية", "2017-08-25", "day", "night"),
    ("ليلة أمس", "2017-08-25", "day", "night"),
    ("فجر اليوم", "2017-08-26", "day", "dawn"),
    ("صباح اليوم", "2017-08-26", "day", "morning"),
    ("صبيحة اليوم", "2017-08-26", "day", "morning"),
    ("مساء أمس", "2017-08-25", "day", "evening"),
    ("ليل أمس الأول", "2017-08-24", "day", "night"),
    ("منتصف ليلة الأمس", "2017-08-25", "day", "night"),
    ("أمس صباحاً", "2017-08-25", "day", "morning"),
    # weekdays: bare = on or before publication; الماضي = strictly before
    ("السبت", "2017-08-26", "day", None),
    ("السبت الماضي", "2017-08-19", "day", None),
    ("الخميس", "2017-08-24", "day", None),
    ("يوم الخميس", "2017-08-24", "day", None),
    ("الخميس الفائت", "2017-08-24", "day", None),
    ("الإثنين", "2017-08-21", "day", None),
    ("الاثنين", "2017-08-21", "day", None),
    ("الأحد", "2017-08-20", "day", None),
    ("الجمعة الماضية", "2017-08-25", "day", None),
    ("فجر الخميس الماضي", "2017-08-24", "day", "dawn"),
    ("عصر السبت", "2017-08-26", "day", "afternoon"),
    ("مساء يوم الثلاثاء", "2017-08-22", "day", "evening"),
    ("اليوم الخميس", "2017-08-26", "day", None),  # the publication day, whatever weekday it names
    ("أمس الجمعة", "2017-08-25", "day", None),
    ("يوم الخميس صباحاً", "2017-08-24", "day", "morning"),
    # nights are dated by the evening they start
    ("ليلة الخميس", "2017-08-24", "day", "night"),
    ("ليلة الخميس - الجمعة", "2017-08-24", "day", "night"),
    ("ليلة الخميس/ الجمعة", "2017-08-24", "day", "night"),
    ("ليل الجمعة السبت", "2017-08-25", "day", "night"),
    ("الخميس-الجمعة", "2017-08-24", "day", "night"),
    # weeks run Saturday to Friday
    ("الأسبوع الماضي", "2017-08-19", "week", None),
    ("الأسبوع الفائت", "2017-08-19", "week", None),
    ("هذا الأسبوع", "2017-08-26", "week", None),
    ("الأسبوع الجاري", "2017-08-26", "week", None),
    ("الأسبوع قبل الماضي", "2017-08-12", "week", None),
    ("نهاية الأسبوع الماضي", "2017-08-19", "week", None),
    # a day of this month or the last, by its ordinal
    ("السابع من الشهر الحالي", "2017-08-07", "day", None),
    ("الثالث عشر من الشهر الماضي", "2017-07-13", "day", None),
    ("الحادي والعشرين من هذا الشهر", "2017-08-21", "day", None),
    ("العشرين من الشهر الفائت", "2017-07-20", "day", None),
    # months
    ("الشهر الماضي", "2017-07-01", "month", None),
    ("الشهر الجاري", "2017-08-01", "month", None),
    ("هذا الشهر", "2017-08-01", "month", None),
    ("أيار", "2017-05-01", "month", None),
    ("أيلول", "2016-09-01", "month", None),  # September 2017 has not begun
    ("سبتمبر الماضي", "2016-09-01", "month", None),
    ("آب الماضي", "2016-08-01", "month", None),
    ("آب الجاري", "2017-08-01", "month", None),
    ("شهر آب", "2017-08-01", "month", None),
    ("مطلع شهر أيلول/ سبتمبر", "2016-09-01", "month", None),
    ("مطلع أيار", "2017-05-01", "month", None),
    ("منتصف الشهر الماضي", "2017-07-01", "month", None),
    ("أواخر آذار 2011", "2011-03-01", "month", None),
    ("مطلع الشهر", "2017-08-01", "month", None),
    ("آذار/ مارس العام الفائت 2020", "2020-03-01", "month", None),
    # years
    ("العام الماضي", "2016-01-01", "year", None),
    ("السنة الماضية", "2016-01-01", "year", None),
    ("العام الجاري", "2017-01-01", "year", None),
    ("هذا العام", "2017-01-01", "year", None),
    ("عام 2016", "2016-01-01", "year", None),
    ("العام 2016", "2016-01-01", "year", None),
    ("مطلع 2015", "2015-01-01", "year", None),
    ("صيف 2012", "2012-01-01", "year", None),  # a season of a year: the year
    ("شتاء العام الماضي", "2016-01-01", "year", None),
    ("أواخر العام الماضي", "2016-01-01", "year", None),
    ("بداية العام الحالي 2023", "2023-01-01", "year", None),
    ("بداية العام", "2017-01-01", "year", None),
]


@pytest.mark.parametrize(("text", "value", "precision", "tod"), RELATIVE)
def test_relative(text: str, value: str, precision: str, tod: str | None) -> None:
    m = check(text, value, precision, tod)
    assert text[m.start:m.end] == text
    assert m.relative == (re.search(r"\d{4}", text) is None)  # "عام 2016" needs no publication date


# A month with a proclitic ("ب", "و", "ل", "ف"), left out of the evidence span.
MONTH_PROCLITIC = [
    ("قصف الطيران البلدة بأبريل الماضي", "أبريل الماضي", "2017-04-01"),
    ("بين شباط/فبراير وآذار 2015", "آذار 2015", "2015-03-01"),
    ("في تقريره لأيلول الفائت", "أيلول الفائت", "2016-09-01"),
    ("نزح الآلاف بشهر تموز", "شهر تموز", "2017-07-01"),
    ("في حزيران وآب/أغسطس 2014", "آب/أغسطس 2014", "2014-08-01"),
    ("فقد وقع الهجوم بمارس الماضي", "مارس الماضي", "2017-03-01"),
]


@pytest.mark.parametrize(("text", "evidence", "value"), MONTH_PROCLITIC)
def test_month_with_proclitic(text: str, evidence: str, value: str) -> None:
    m = find_dates(NormText.of(text), PUB)[-1]
    assert (text[m.start:m.end], m.value.isoformat(), m.precision) == (evidence, value, "month")


def test_ranges() -> None:
    assert only("الأسبوع الماضي").range == (d("2017-08-19"), d("2017-08-25"))
    assert only("الشهر الماضي").range == (d("2017-07-01"), d("2017-07-31"))
    assert only("عام 2016").range == (d("2016-01-01"), d("2016-12-31"))
    assert only("أمس").range == (d("2017-08-25"), d("2017-08-25"))
    assert only("رمضان 1438 هـ").range == (d("2017-05-27"), d("2017-06-24"))


# --- publication-day boundaries, year rollover, no publication date ----------------------------

BOUNDARIES = [
    # published Friday 2018-01-05
    ("ديسمبر", "2018-01-05", "2017-12-01", "month"),
    ("25 ديسمبر", "2018-01-05", "2017-12-25", "day"),
    ("كانون الأول الماضي", "2018-01-05", "2017-12-01", "month"),
    ("الشهر الماضي", "2018-01-05", "2017-12-01", "month"),
    ("العام الماضي", "2018-01-05", "2017-01-01", "year"),
    ("يوم 30", "2018-01-05", "2017-12-30", "day"),
    ("الجمعة", "2018-01-05", "2018-01-05", "day"),  # weekday on the publication day
    ("الجمعة الماضية", "2018-01-05", "2017-12-29", "day"),  # strictly before
    ("الخميس", "2018-01-05", "2018-01-04", "day"),
    ("الأسبوع الماضي", "2018-01-05", "2017-12-23", "week"),  # Friday is the week's last day
    ("أمس", "2018-01-01", "2017-12-31", "day"),
    ("يناير", "2018-01-05", "2018-01-01", "month"),  # the publication month has begun
    ("يناير الماضي", "2018-01-05", "2017-01-01", "month"),
    # 29 February looks back to the last leap year; a 31st to the last month that has one
    ("29 شباط", "2018-03-10", "2016-02-29", "day"),
    ("يوم 31", "2017-10-15", "2017-08-31", "day"),
    # a year-less date a few days after publication is to come ("انتخابات 24 يونيو"), not last year's;
    # farther on, the year before's
    ("24 يونيو", "2018-06-16", "2018-06-24", "day"),
    ("11 سبتمبر", "2018-09-09", "2018-09-11", "day"),
    ("30 يونيو", "2018-06-16", "2017-06-30", "day"),
]


@pytest.mark.parametrize(("text", "published", "value", "precision"), BOUNDARIES)
def test_boundaries(text: str, published: str, value: str, precision: str) -> None:
    check(text, value, precision, None, published=d(published))


NO_PUBLISHED = [
    ("أمس", None, None),
    ("الخميس الماضي", None, None),
    ("24 آب", None, None),
    ("يوم 27", None, None),
    ("الأسبوع الماضي", None, None),
    # a month or a year keeps its precision: a period, whenever the report came out
    ("في أيار", None, "month"),
    ("العام الماضي", None, "year"),
    ("الشهر الماضي", None, "month"),
    ("بأبريل الماضي", None, "month"),
    ("قبل شهرين", None, "month"),
    ("في سبتمبر/أيلول من العام الماضي", None, "month"),
    ("الـ 22 من آذار / مارس الفائت", None, None),
    ("ليل أمس الأول الـ 24 من آب / أغسطس الجاري", None, None),
    # absolute dates still resolve
    ("الـ 6 من أبريل / نيسان الفائت من العام الجاري 2017", "2017-04-06", "day"),
    ("يوم الـ 8 من كانون الثاني / يناير من العام 2017", "2017-01-08", "day"),
    ("عام 2016", "2016-01-01", "year"),
    ("21/4/2016", "2016-04-21", "day"),
    ("15 رمضان 1438 هـ", "2017-06-10", "day"),
]


@pytest.mark.parametrize(("text", "value", "precision"), NO_PUBLISHED)
def test_no_published(text: str, value: str | None, precision: str | None) -> None:
    m = only(text, None)
    assert (m.value.isoformat() if m.value else None, m.precision) == (value, precision)
    assert m.range is None if value is None else m.range is not None
    if value is None:
        assert m.relative  # a day told, that needs the publication date (see DateMention.relative)


@pytest.mark.parametrize(("text", "back"), [
    ("اليوم", 0), ("أمس", 1), ("ليل أمس الأول", 2), ("قبل يومين", 2), ("منذ 3 أيام", 3), ("الليلة الماضية", 1),
    ("الخميس الماضي", None), ("قبل أيام", None), ("الشهر الماضي", None), ("الـ 22 من آذار الفائت", None),
])
def test_with_no_publication_day_a_day_told_relative_to_it_keeps_how_many_days_back(text: str, back) -> None:
    assert only(text, None).days_back == back


@pytest.mark.parametrize("text", ["قبل أيام", "قبل بضعة أيام", "قبل عدة أسابيع", "قبل مدة", "قبل فترة", "قبل فترة وجيزة"])
def test_some_days_ago_is_a_day_told_but_unknown(text: str) -> None:
    m = only(text)
    assert (m.value, m.relative) == (None, True)  # not the publication day, and no other


def test_a_bare_part_of_day_is_not_a_day_told() -> None:
    m = only("مساء", None)
    assert (m.value, m.time_of_day, m.relative) == (None, "evening", False)


@pytest.mark.parametrize(("text", "value"), [
    ("اليوم السبت 30 تشرين الثاني", "2024-11-30"),  # the latest Saturday 30 November by today
    ("يوم أمس الأحد 20 تشرين الثاني", "2022-11-20"),
    ("الاثنين 2 كانون الأول", "2024-12-02"),
    ("الخميس 30 تشرين الثاني", "2023-11-30"),
])
def test_no_published_a_weekday_finds_the_year(text: str, value: str, monkeypatch) -> None:
    from rasd.recognize import dates

    monkeypatch.setattr(dates, "_today", lambda: dt.date(2026, 11, 30))
    m = only(text, None)
    assert (m.value.isoformat() if m.value else None, m.precision) == (value, "day")


def test_explicit_date_beats_weekday_and_relative_words() -> None:
    # published on a Saturday the 26th: "اليوم الخميس" alone would be the 26th
    check("اليوم الخميس الـ 24 من آب", "2017-08-24", "day", None)
    check("أمس الأحد 20 آب", "2017-08-20", "day", None)
    check("الجمعة 31 تموز, 2026", "2026-07-31", "day", None)


# --- parts of the day ---------------------------------------------------------------------------

TIME_OF_DAY = [
    ("صباحاً", "morning"),
    ("مساءً", "evening"),
    ("مساء", "evening"),
    ("فجراً", "dawn"),
    ("ظهراً", "noon"),
    ("بعد الظهر", "afternoon"),
    ("عصراً", "afternoon"),
    ("ليلاً", "night"),
    ("بعد منتصف الليل", "night"),
    ("الساعة 9 مساءً", "evening"),
    ("الساعة 10:30 ليلاً", "night"),
    ("الساعة الثالثة فجراً", "dawn"),
    ("الساعة 7 صباحا", "morning"),
]


@pytest.mark.parametrize(("text", "tod"), TIME_OF_DAY)
def test_time_of_day_alone(text: str, tod: str) -> None:
    m = check(text, None, None, tod)
    assert text[m.start:m.end] == text


CLOCK = [
    ("أمس الساعة 3 مساءً", "2017-08-25", None),  # 15:00 is not evening: say nothing
    ("أمس الساعة 9 مساءً", "2017-08-25", "evening"),
    ("فجر اليوم الساعة 4", "2017-08-26", "dawn"),
    ("صباح اليوم الساعة 11 ليلاً", "2017-08-26", "night"),  # the word beside the clock speaks of it
    ("مساء أمس الساعة 3", "2017-08-25", None),
    ("يوم الخميس الساعة 10:15", "2017-08-24", None),  # a clock alone gives no part of day
]


@pytest.mark.parametrize(("text", "value", "tod"), CLOCK)
def test_clock_hours(text: str, value: str, tod: str | None) -> None:
    check(text, value, "day", tod)


@pytest.mark.parametrize("text", ["عصر يوم 14 يونيو/حزيران 1800", "في 17 آذار عام 1799"])
def test_a_day_of_another_era_is_no_date(text: str) -> None:
    """"14 يونيو/حزيران 1800": its year, not one the grammar reads, is not missing: no day of ours."""
    assert [m.value for m in find_dates(NormText.of(text), PUB)] in ([], [None])


@pytest.mark.parametrize("text", ["الساعة 3 مساءً", "الساعة 10:15", "12:24 PM"])
def test_clock_without_fitting_word_is_nothing(text: str) -> None:
    assert find_dates(NormText.of(text), PUB) == []


# --- words that are not dates -------------------------------------------------------------------

NOT_DATES = [
    "قصف منطقة البوليل بالريف الشرقي",
    "فجّر انتحاري نفسه في السوق",
    "ظهر في تسجيل مصور",
    "في عصر الإنترنت",
    "الرأي العام الدولي",
    "الأمين العام للأمم المتحدة",
    "مقاتلو الفرقة 17 في الرقة",
    "سيارة بيك آب مزودة برشاش",
    "عبر الواتس اب",
    "هجوم على سد تشرين",
    "مارس ضغوطاً على الحكومة",
    # a name of two senses with a proclitic is the word unless a year or "الماضي" follows
    "ومارس نشاطه داخل الصين",
    "في باب الهوى",
    "جهاز لاب توب",
    "بنيسان بيضاء",
    "ما زال القصف مستمراً حتى اليوم",
    "في اليوم التالي للهجوم",
    "بمناسبة اليوم العالمي للطفل",
    "الأحد عشر كوكباً",
    "كلا الاثنين",
    "الشهر الأول",
    "قتل 20 شخصاً و 17 جريحاً",
    "سيارة نيسان بيضاء",
    "ليلة الإسراء والمعراج",
    "مصادر مقربة من فريق (8 آذار)",
    "نواب قوى 14 آذار",
    # the day after the report: what it announces, no day of an act
    "من المتوقع إعلان العقوبات غدا الاثنين",
    "يوم غد الأحد",
    "بعد غد الجمعة",
    # the day a period starts (a truce, a ban): no day of an act
    "يسري وقف إطلاق النار اعتباراً من الخميس",
    "تغلق المعابر ابتداءً من يوم السبت 14 نيسان",
    "تبدأ الهدنة بدءاً من اليوم",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(NormText.of(text), PUB) == []


# "اليوم" in the name of a channel, a paper or a site is no day
OUTLET_NAMES = [
    "وأوضح مراسل اليوم، أن القصف طال عدة قرى",
    "وقال الناطق باسم المجلس لقناة اليوم: الأوضاع هادئة",
    "ونشرت صحيفة اليوم تقريراً عن المعارك",
    "وقال مسؤول في تصريح لـ\"اليوم\" إن الهجوم فشل",
    "وأضاف في حديث لـ اليوم أن القوات انسحبت",
    "في مقابلة بثتها قناة «روسيا اليوم» أمس",
    "بحسب ما أفاد مراسل “حلب اليوم”.",
    "مراسل حلب اليوم: سقوط 3 قذائف على القرية",
    "عين اليوم – بغداد\nقتل 15 عنصرا في غارة",
    "سامر خليل – عين اليوم\nأثار الاعتقال غضبا",
    "ذكر موقع اليوم السابع المصري",
]
# … but it is today after a medium named otherwise, or the medium with the article
STILL_TODAY = [
    "وقال مراسل سانا اليوم إن القذائف سقطت على الحي",
    "قال التلفزيون السوري اليوم إن انفجارات سمعت",
    "ذكرت القناة اليوم أن المعارك توقفت",
    "وصفت ما جرى بأنه \"مظاهرات حاشدة اليوم\"",
    "قصفت الطائرات البلدة اليوم - حسب المرصد",
    "دمشق - اليوم الثلاثاء\nسقطت قذائف على الحي",
]


@pytest.mark.parametrize("text", OUTLET_NAMES)
def test_today_in_an_outlet_s_name_is_no_day(text: str) -> None:
    assert [text[m.start:m.end] for m in find_dates(NormText.of(text), PUB)] in ([], ["أمس"])


@pytest.mark.parametrize("text", STILL_TODAY)
def test_today_beside_a_medium_named_otherwise(text: str) -> None:
    assert any(m.value == PUB for m in find_dates(NormText.of(text), PUB))


def test_one_mention_per_phrase_in_context() -> None:
    text = "تظاهر الأهالي لليوم الـ13 على التوالي، وشنت المقاتلات صباح اليوم 3 غارات"
    found = find_dates(NormText.of(text), PUB)
    assert [text[m.start:m.end] for m in found] == ["صباح اليوم"]


def test_day_ranges() -> None:
    m = check("ليلة 24-25 تموز", "2017-07-24", "day", "night")
    assert m.range == (d("2017-07-24"), d("2017-07-25"))
    assert only("بين 20 و26 حزيران الماضي").range == (d("2017-06-20"), d("2017-06-26"))
    assert only("من 15 إلى 17 يونيو").range == (d("2017-06-15"), d("2017-06-17"))
    text = "قتل 20 و 5 آب"  # not a range: 20 is a count
    assert [text[m.start:m.end] for m in find_dates(NormText.of(text), PUB)] == ["5 آب"]


def test_a_chronology_s_year_headers_give_their_days_a_year() -> None:
    """AFP's "key dates": a day without its year is of the section's year, as far as the next header."""
    text = ("عودة على أهم هذه الضربات منذ 2013\n- 2013 -\n30 كانون الثاني/يناير: قصف الطيران موقعا قرب دمشق.\n"
            "-2014 إلى 2016 -\n7 كانون الأول/ديسمبر: صواريخ تضرب قاعدة المزة.\n"
            "- 2017 -\n27 نيسان/أبريل: صواريخ على مطار دمشق.\n- 2018 -\n9 نيسان/أبريل: قصف مطار التيفور.")
    nt = NormText.of(text)
    days = [m.value for m in find_dates(nt, d("2018-05-10")) if m.precision == "day"]
    assert days == [d("2013-01-30"), d("2016-12-07"), d("2017-04-27"), d("2018-04-09")]
    # ... read in the whole text when the focus blanked the header lines
    focus = NormText.of(re.sub(r"(?m)^- 2013 -$", " " * len("- 2013 -"), text))
    assert [m.value for m in find_dates(focus, d("2018-05-10"), whole=nt.text)][1] == d("2013-01-30")


def test_a_chronology_s_lines_give_their_year_to_the_days_after_them() -> None:
    """A list of past acts whose lines open on their dates: a line's day told without its year is of
    the year of the line before it (or the next, told after that line's day), and so is a day told
    later in a dated line."""
    text = ("وفيما يلي أبرز الغارات على البلاد.\n30 يناير 2013: الطيران يقصف موقعا قرب دمشق.\n"
            "3 و5 مايو: غارتان قرب دمشق.\n31 أغسطس 2014: إسقاط طائرة. وفي 23 سبتمبر، إسقاط مقاتلة.\n"
            "7 ديسمبر: غارتان على منطقة ديماس.\n2 فبراير: غارة على مطار المزة.")
    days = [m.value for m in find_dates(NormText.of(text), d("2018-04-10")) if m.precision == "day"]
    assert days == [d("2013-01-30"), d("2013-05-03"), d("2014-08-31"), d("2014-09-23"), d("2014-12-07"),
                    d("2015-02-02")]
    # not in a report's own lines: a day of this year's news keeps its reading from the report's day
    text = "9 أبريل 2018: قصف مطار التيفور.\n7 فبراير: غارة على دمشق."
    assert [m.value for m in find_dates(NormText.of(text), d("2018-04-10"))] == [d("2018-04-09"), d("2018-02-07")]


def test_ordinal_of_a_week_is_no_day() -> None:
    text = "في الأسبوع الثاني من شهر شباط/فبراير الحالي"
    m = only(text)
    assert (text[m.start:m.end], m.value, m.precision) == ("شهر شباط/فبراير الحالي", d("2017-02-01"), "month")


def test_weak_month_needs_support() -> None:
    assert only("في آب").value == d("2017-08-01")
    assert only("آب 2016").value == d("2016-08-01")
    assert only("آب/أغسطس").value == d("2017-08-01")
    assert only("20 آب").value == d("2017-08-20")


# --- evidence spans, sorting, non-overlap ----------------------------------------------------------

def test_evidence_spans_in_a_report() -> None:
    text = ("وقال المرصد إن عملية الإنزال نُفذت عند عصر السبت في منطقة التبني، وكانت عملية أخرى جرت "
            "في منطقة البوليل فجر الخميس الماضي، بعد ظهر يومِ الـ 8 من كانونِ الثاني / يناير من العام 2017.")
    found = find_dates(NormText.of(text), PUB)
    assert [text[m.start:m.end] for m in found] == [
        "عصر السبت", "فجر الخميس الماضي", "بعد ظهر يومِ الـ 8 من كانونِ الثاني / يناير من العام 2017"]
    assert [m.value for m in found] == [d("2017-08-26"), d("2017-08-24"), d("2017-01-08")]
    assert all(a.end <= b.start for a, b in pairwise(found))


def test_openers_left_out_of_evidence() -> None:
    text = "وفي 7 أبريل/نيسان قصفت الطائرات، ومنذ 3 أيام، ويوم الأحد 24 تموز، وأمس، وعام 2012"
    found = find_dates(NormText.of(text), PUB)
    assert [text[m.start:m.end] for m in found] == [
        "7 أبريل/نيسان", "منذ 3 أيام", "يوم الأحد 24 تموز", "أمس", "عام 2012"]


def test_dates_do_not_run_across_lines() -> None:
    text = "الأخبار يوم\n\nالسبت 14 حزيران, 2025 - 08:45"
    found = find_dates(NormText.of(text), None)
    assert [text[m.start:m.end] for m in found] == ["السبت 14 حزيران, 2025 - 08:45"]
    assert found[0].value == d("2025-06-14")


def test_seed_reports() -> None:
    docs = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    undated = next(o for o in docs if "الـ 6 من أبريل" in o["text"])
    found = {undated["text"][m.start:m.end]: m for m in find_dates(NormText.of(undated["text"]), None)}
    assert found["الـ 6 من أبريل / نيسان الفائت من العام الجاري 2017"].value == d("2017-04-06")
    jan = found["بعد ظهر يوم الـ 8 من كانون الثاني / يناير من العام 2017"]
    assert (jan.value, jan.time_of_day) == (d("2017-01-08"), "afternoon")
    dated = find_dates(NormText.of(undated["text"]), d("2017-08-26"))
    night = next(m for m in dated if undated["text"][m.start:m.end].startswith("ليل أمس الأول"))
    assert (night.value, night.time_of_day, night.relative) == (d("2017-08-24"), "night", True)


# --- helpers, speed, and the trigger scan ----------------------------------------------------------

def test_helpers() -> None:
    assert week_start(d("2017-08-25")) == d("2017-08-19")  # Friday → its Saturday
    assert week_start(d("2017-08-26")) == d("2017-08-26")
    assert resolve_weekday(3, PUB) == d("2017-08-24")
    assert resolve_weekday(5, PUB) == PUB
    assert resolve_weekday(5, PUB, "past") == d("2017-08-19")
    assert resolve_weekday(5, PUB, "next") == d("2017-09-02")


def _texts() -> list[str]:
    docs = [json.loads(line)["text"] for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    phrases = "\n".join(t for t, *_ in EXPLICIT + RELATIVE + TIME_OF_DAY) + "\n" + "\n".join(NOT_DATES)
    return [*docs, phrases]


def test_trigger_scan_finds_every_match() -> None:
    """`_TRIGGER` only narrows where `_MASTER` is tried; it must never hide a match."""
    for text in _texts():
        folded = NormText.of(text).text
        end, via_trigger = 0, []
        for t in D._TRIGGER.finditer(folded):
            pos = t.start("d") if t.group("d") else t.start()
            if pos >= end and (m := D._MASTER.match(folded, pos)):
                via_trigger.append(m.span())
                end = m.end()
        assert via_trigger == [m.span() for m in D._MASTER.finditer(folded)]


def test_master_at_a_trigger_matches_as_master() -> None:
    """Where a trigger starts, the part of `_MASTER` tried there (`_master_at`) matches as `_MASTER`
    does, groups and all: every Arabic kind is listed in `_OPENING_WORDS`, and no word opens a kind
    it does not list."""
    assert list(D._OPENING_WORDS) == list(D._ARABIC_KINDS)
    tried = 0
    for text in _texts():
        folded = NormText.of(text).text
        for t in D._TRIGGER.finditer(folded):
            pos = t.start("d") if t.group("d") else t.start()
            m, expected = D._master_at(t).match(folded, pos), D._MASTER.match(folded, pos)
            assert (m and m.regs) == (expected and expected.regs), folded[pos:pos + 40]
            tried += D._master_at(t) is not D._MASTER
    assert tried > 100


def test_digits_passed_over_start_no_date() -> None:
    """`_may_date_digits` says no only where `_MASTER` finds nothing; `_named` says what `_NAMED` does."""
    passed = 0
    for text in _texts():
        folded = NormText.of(text).text
        for t in D._TRIGGER.finditer(folded):
            pos = t.start("d") if t.group("d") else t.start()
            if t.group("d") and not D._may_date_digits(folded, pos):
                assert D._MASTER.match(folded, pos) is None, folded[pos - 20:pos + 40]
                passed += 1
            assert D._named(folded, pos) == (D._NAMED.search(folded, max(0, pos - 20), pos) is not None)
    assert passed > 10


@pytest.mark.parametrize(("text", "may"), [
    ("مقتل 5 أشخاص", False), ("قتل 12 مدنيا", False), ("في 24 آب", True), ("يوم 27 قتل", True),
    ("يوم الـ 27 قتل", True), ("يوم ال27 قتل", True), ("من 15 إلى 17 يونيو", True), ("بين 20 و26 حزيران", True),
    ("الساعة 11:30", True), ("في 9/6", True), ("5 June 2017", True), ("خلال 2016 قتل", True),
    ("7 من هذا الشهر", True), ("15 شهر رمضان", True), ("24 من آب", True), ("5 من عناصر التنظيم", False),
    ("عام 2017، قتل", False), ("2017-06-09", True), ("مطلع 2015", True), ("وفي 2016 قتل", True), ("قتل 150 شخصا", False),
])
def test_digits_that_may_start_a_date(text: str, may: bool) -> None:
    folded = NormText.of(text).text
    pos = next(i for i, c in enumerate(folded) if c.isdigit())
    assert D._may_date_digits(folded, pos) == may
    if not may:
        assert D._MASTER.match(folded, pos) is None


def test_openers_end_with_their_words() -> None:
    """`_lead` tries `_LEADS` only where one of `_LEAD_ENDS` ends the text before the core: elsewhere
    it reads nothing."""
    skipped = 0
    for text in _texts():
        folded = NormText.of(text).text
        for t in D._TRIGGER.finditer(folded):
            start = t.start("d") if t.group("d") else t.start()
            k = start
            while k and folded[k - 1].isspace():
                k -= 1
            for cls, pattern in D._LEADS.items():
                if not folded.endswith(D._LEAD_ENDS[cls], 0, k):
                    lm = pattern.match(folded, 0, start)
                    assert lm is None or lm.start() == lm.end(), folded[max(0, start - 30):start + 10]
                    skipped += 1
    assert skipped > 100


@pytest.mark.parametrize(("text", "named"), [
    ("قوى 8 آذار", True), ("حركة \"6 أبريل\"", True), ("تحالف «14 آذار»", True), ("قتل 8 آذار", False),
])
def test_names_with_a_date(text: str, named: bool) -> None:
    folded = NormText.of(text).text
    pos = next(i for i, c in enumerate(folded) if c.isdigit())
    assert D._named(folded, pos) == named


@pytest.mark.parametrize(("token", "kinds"), [
    ("الخميس", ("k_wd",)), ("والخميس", ("k_wd",)), ("هذا", ("k_mrel", "k_week", "k_year")),
    ("قبل", ("k_rel",)), ("لأيلول", ("k_date", "k_month")), ("الرابع", ("k_hij", "k_date", "k_dom__w")),
])
def test_kinds_opening_with_a_word(token: str, kinds: tuple[str, ...]) -> None:
    assert D._KINDS_AT[fold(token)] == kinds


def test_no_arabic_kind_starts_with_a_digit() -> None:
    """`_MASTER` skips the Arabic kinds at a digit (`(?!\\d)`): none of their first words may start with one."""
    assert not [w for w in D._FIRST_WORDS if w[:1].isdecimal() or w[:1].isdigit()]


def test_fast_enough() -> None:
    text = "\n".join(_texts())[:5000]
    nt = NormText.of(text)
    find_dates(nt, PUB)
    runs = 20
    t0 = time.perf_counter()
    for _ in range(runs):
        find_dates(nt, PUB)
    per_doc = (time.perf_counter() - t0) / runs
    assert per_doc < 0.05  # typically ~1 ms: a guard against a pathological slowdown, not a speed target


@pytest.mark.parametrize(("text", "year"), [
    ("وانفجار في قلب المدينة التاريخي في 2016 أدى لمقتل 12 شخصا", 2016),
    ("في معارك شرسة خلال 2016.", 2016),
    ("منذ 2011، قتل", 2011),
    ("شن الطيران في 2016 غارة", None),  # a count of strikes, no year
])
def test_a_bare_year_after_a_preposition(text: str, year: int | None) -> None:
    found = [(m.value, m.precision) for m in find_dates(NormText.of(text), PUB)]
    assert found == ([(dt.date(year, 1, 1), "year")] if year else [])


@pytest.mark.parametrize(("phrase", "key"), [
    ("كانون  الثاني", "كانون الثاني"), ("الأحد", "الاحد"), ("حزيران الماضي ", "حزيران الماضي"), ("ليلة", "ليله"),
])
def test_lookup_key_of_a_phrase(phrase: str, key: str) -> None:
    assert D._key(phrase) == key
    assert D._key(phrase) == key  # (from the cache the second time)


@pytest.mark.parametrize("text", [
    "قتل 5 أشخاص في 24 آب 2017", "قتل 1,500 شخص", "قصف في June 5 على abcقرية", "الساعة 11:30 من يوم 7", "لا أرقام هنا",
])
def test_tokens_starting_with_a_latin_letter_or_a_digit(text: str) -> None:
    folded = NormText.of(text).text
    words, _starts = D.tokens(folded)
    assert list(D._latin_or_digit_tokens(folded, words)) == [k for k, w in enumerate(words) if w[0] in D._LATIN_OR_DIGIT]


def test_char_set_of_ranges() -> None:
    assert D._char_set("abcx,") == "[,a-cx]"
    assert re.fullmatch(D._char_set(D._LATIN_FIRST) + "+", "abcXYZſ")
