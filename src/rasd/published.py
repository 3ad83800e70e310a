"""When was this page published? Found in the page itself when the metadata does not say.

Most saved pages in the evaluation sets carry no publication date, yet nearly all of them print one:
a byline line under the headline, a Facebook or X (Twitter) save stamp, a "نشر في" label. Relative
dates in the text ("أمس", "اليوم الخميس") can only be resolved against that date, so finding it
matters more than its small size suggests.

A *stamp* is a date in a context that says "this is when the page was published". The contexts
are the data table :data:`STAMPS` below, each with a weight; the heaviest stamp wins and, among
equal weights, the one nearest the top of the page. Dates in running prose ("في 5 آذار 2020") are
never taken: they are events, not publication. The forms were catalogued on the 444 undated pages
of ``eval/dev_airwars`` (see ``tests/test_published.py`` for one example of each):

=============  ============================================================  ======
kind           example (as saved)                                            weight
=============  ============================================================  ======
meta           ``<meta property="article:published_time" content=...>``     100
label          ``نشر في 23 نوفمبر,2025`` · ``تاريخ النشر: 2024/12/01``       90
facebook       ``December 1, 2024 · Shared with Public``                      90
tweet          ``6:12 PM · Dec 12, 2021·Twitter for Android``,                85
               ``9:26 AM · Nov 30, 2024139Views`` (the views glued to the year)
dateline       a line holding only a date (and weekday / time / city):        70
               ``2024.11.29 | 11:56 دمشق`` (Syria TV), ``01/09/2023`` (Enab
               Baladi), ``الخميس, ٥ ديسمبر ٢٠٢٤, ٢١:٥٤`` (ANF),
               ``07 تشرين الثاني 2021`` (Zaman al-Wasl), ``السبت, فبراير 3, 2024``
daily          ``حصاد الأحداث الميدانية ليوم الخميس 18-08-2022``              65
today          ``استهدفت مساء اليوم السبت (6 آب 2022)``                       60
status id      ``https://twitter.com/user/status/1698814529319117003``       86
               (an X post's id holds the minute it was posted, in UTC; a saved
               page prints that minute in the saving browser's zone)
url            ``https://www.jesrpress.com/2021/08/30/...``,                  50
               ``https://www.france24.com/ar/20180217-...``
updated        ``آخر تحديث: 2024.11.29 | 14:51 دمشق``                        30
embed          ``— خطاب (@KHaatap) November 29, 2024`` (an embedded tweet)    10
=============  ============================================================  ======

A dateline on a page full of dated lines (tickers, "related" boxes) is believed only where article
prose follows it, or where it closes a byline: the page's first dated line, under the headline, right
above the heading of a box of other stories ("نداء بوست / 2021/11/07 / من الممكن أن يعجبك"), whose
items may well be of the same day.

An embedded tweet is someone else's post quoted in the article: usually the same day, but not the
article's date, so it is taken only when nothing else is found. "آخر تحديث" is a later edit; the
first publication stamp beats it. Only plausible dates are taken (:data:`MIN_YEAR` to next year).
"""
from __future__ import annotations

import datetime as dt
import html as html_lib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import regex

from rasd.lang.ar import months
from rasd.lang.ar.page_words import RELATED_HEADINGS
from rasd.text.normalize import NormText, fold

# --- data: month and weekday names ------------------------------------------------------------
# Both Arabic systems (Syriac/Levantine and the Latin-derived names of Egypt and the Gulf) and
# English (Facebook and X pages are saved from English interfaces) come from rasd.lang.ar.months.
# A stamp has a day and a year around its month, so the names months.py marks ambiguous ("آب")
# are safe here. The Maghrebi spellings below are not in months.py yet. TODO(merge): move them there.
MAGHREBI: dict[str, int] = {
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8, "شتنبر": 9,
}
MONTHS: dict[str, int] = {**months.LEVANTINE, **months.WESTERN, **MAGHREBI}
MONTHS_EN: dict[str, int] = {**months.ENGLISH}
WEEKDAYS = (
    "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
)
# Words that may follow the time on a dateline: the newsroom's city or time zone.
DATELINE_TAILS = ("دمشق", "بتوقيت دمشق", "GMT", "UTC", "ت.غ", "بيروت", "القدس", "الدوحة", "إسطنبول")

MIN_YEAR = 1990  # rasd reads news; an earlier "year" is a number, not a date.
SCAN_CHARS = 60_000  # stamps lie near the top; deep in a long page only quotes and lists remain
# A dateline (a line holding only a date) is trusted only this near the top: further down, such
# lines belong to "related articles" lists of other days. Calibrated on eval/dev_airwars, where
# the bylines sit within the first ~1,200 characters (page menus come first) and the lists after.
DATELINE_TOP_CHARS = 1_500
# This many dated lines (a date alone, or a date and a time opening a line) make a page "busy":
# news tickers, "latest" and "related" boxes, whose dates are other articles'.
LIST_MIN_ITEMS = 4
# On such a page a dateline is still believed when article prose (a line of at least this many
# characters) comes within this many lines after it, as it does under a byline.
BODY_LOOKAHEAD_LINES = 3
BODY_LINE_CHARS = 80
# A date line followed by this many headlines (lines of a few words) is a site header's "today".
HEADLINE_RUN = 4
HEADLINE_WORDS = (3, 20)
HEADLINE_CHARS = 120  # and no full stop or colon at the end: those close sentences, not headlines


def _alternation(names: Iterable[str]) -> str:
    """A regex alternation of the folded *names*, longest first, any run of spaces inside a name."""
    keys = sorted({fold(n) for n in names}, key=len, reverse=True)
    return "|".join(regex.escape(k).replace(r"\ ", r"\s+") for k in keys)


_MONTH_LOOKUP = {fold(k): v for k, v in MONTHS.items()} | {k.lower(): v for k, v in MONTHS_EN.items()}

# --- grammar ----------------------------------------------------------------------------------
# Patterns run over folded text (Western digits, one alef, "-" for every dash). Each date form
# names its parts d/m/mon/y; the ``regex`` module lets alternatives reuse group names.
_B = r"(?<![\w])"  # left word boundary that also keeps "12024" from yielding 2024
_E = r"(?![\w])"
_D = r"(?P<d>[0-3]?[0-9])"
_Y = r"(?P<y>(?:19|20)[0-9]{2})"
_M = r"(?P<m>[01]?[0-9])"
_NAME = f"(?:{_alternation(MONTHS)}|{_alternation(MONTHS_EN)})"
# "فبراير/شباط", "تموز/يوليو", "يناير:كانون الثاني", "September (أيلول)": the second name repeats the first.
_MON = rf"(?P<mon>{_NAME})\.?(?:\s*[/:\-(]\s*{_NAME}\)?)?"
_HS = r"[^\S\n]"  # horizontal space: stamps never run across lines
_DATE = "|".join(
    (
        rf"{_B}{_Y}{_HS}*(?P<sep>[-/._]){_HS}*{_M}{_HS}*(?P=sep){_HS}*{_D}{_E}",  # 2024/12/01, 2024.11.29
        rf"{_B}{_D}{_HS}*(?P<sep>[-/._]){_HS}*{_M}{_HS}*(?P=sep){_HS}*{_Y}{_E}",  # 01/09/2023, 16.10.2021
        # 23 نوفمبر,2025 · 25/ أيلول/ 2023 · 1 من أيلول 2023 · 15 فبراير/شباط 2022
        rf"{_B}{_D}{_HS}*(?:[/\-.]{_HS}*|من{_HS}+)?{_MON}{_HS}*[,،/\-.]?{_HS}*(?:(?:من{_HS}+)?(?:ال)?عام{_HS}+)?{_Y}{_E}",
        # December 1, 2024 · فبراير 3, 2024. No left boundary: Facebook glues the page name to the
        # date ("Verified accountDecember 1, 2024"), and month names are distinctive enough.
        rf"{_MON}{_HS}+{_D}{_HS}*[,،]?{_HS}*{_Y}{_E}",
    )
)
# An English date whose year may run into the digits after it (see the "tweet" stamps).
_ENDATE = rf"(?P<mon>{_alternation(MONTHS_EN)})\.?{_HS}+{_D}{_HS}*,{_HS}*{_Y}"
_WEEKDAY = rf"(?:{_alternation(WEEKDAYS)})"
_TIME = (
    rf"[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?:{_HS}*(?:AM|PM|am|pm|ص|م|مساء|صباحا)(?![\w]))?"
)
_TAIL = rf"(?:{_alternation(DATELINE_TAILS)})"


@dataclass(frozen=True, slots=True)
class StampForm:
    """One context that marks a date as the publication date. ``pattern`` is written in ordinary
    Arabic with the placeholders {DATE}, {ENDATE} (an English date with no right edge), {WEEKDAY},
    {TIME}, {TAIL} and {HS} (horizontal space) and
    is matched on folded text; ``top_chars`` limits how far
    down the page the form is believed (None: anywhere in the scanned part)."""

    kind: str
    weight: int
    pattern: str
    top_chars: int | None = None


STAMPS: tuple[StampForm, ...] = (
    StampForm("label", 90, r"(?:تاريخ النشر|تاريخ الإضافة|Published(?: on)?|Posted(?: on)?)"
              r"{HS}*[:\-]?\s*(?:{WEEKDAY}{HS}*[,،]?{HS}*)?(?:{DATE})"),
    # "نشر في" also opens prose ("وكان المرصد نشر في 5 آذار ..."): believed only as a byline, at the
    # start of a line or after a separator.
    StampForm("label", 90, r"(?:^|[|·•\-]){HS}*(?:نشر في|نشر بتاريخ|تم النشر في|تم النشر){HS}*[:\-]?{HS}*"
              r"(?:{WEEKDAY}{HS}*[,،]?{HS}*)?(?:{DATE})"),
    StampForm("facebook", 90, r"(?:{DATE})(?:{HS}*(?:at|الساعة){HS}+{TIME})?(?:{HS}*·{HS}*[^·\n]{1,60}?)?"
              r"{HS}*·{HS}*(?:Shared with|تمت المشاركة مع)"),
    StampForm("tweet", 85, r"{TIME}{HS}*·{HS}*(?:{DATE}){HS}*·"),
    # X's later layout: the count of views glued to the year ("9:26 AM · Nov 30, 2024139Views",
    # "6:55 AM · Dec 1, 20241.6KViews"), so the date has no right edge of its own.
    StampForm("tweet", 85, r"{TIME}{HS}*·{HS}*(?:{ENDATE})(?=[0-9.,]*[KMB]?{HS}*Views)"),
    StampForm("dateline", 70, r"^{HS}*(?:{WEEKDAY}{HS}*[,،]?{HS}*)?(?:{DATE})"
              r"(?:{HS}*[,،|\-]?{HS}*{TIME})?(?:{HS}*\|?{HS}*{TIME})?(?:{HS}*{TAIL})?{HS}*$", DATELINE_TOP_CHARS),
    StampForm("daily", 65, r"(?:(?<![\w])ليوم|التقرير اليومي){HS}*(?:{WEEKDAY}{HS}*[,،]?{HS}*)?(?:{DATE})"),
    StampForm("today", 60, r"(?<![\w])اليوم{HS}+(?:{WEEKDAY}{HS}*)?[(،,]?{HS}*(?:{DATE})"),
    StampForm("updated", 30, r"(?:آخر تحديث|Updated(?: on)?){HS}*[:\-]?{HS}*"
              r"(?:{WEEKDAY}{HS}*[,،]?{HS}*)?(?:{DATE})"),
    StampForm("embed", 10, r"-{HS}*[^\n()]{1,80}?\(@\w{1,30}\){HS}*(?:{DATE})"),
)
URL_WEIGHT = 50
# An X (Twitter) post id is a "snowflake": its high bits count milliseconds since this epoch. The
# day and hour are taken at UTC+3, the local time of Syria and Iraq, where the posts rasd reads are
# written. The id outweighs the post's printed stamp ("10:04 PM · Aug 3, 2022"), which a saved page
# shows in the time zone of whoever saved it (UTC for the pages of eval/dev_airwars): 01:04 on the
# 4th in Syria.
SNOWFLAKE_EPOCH_MS = 1_288_834_974_657
SNOWFLAKE_SHIFT = 22
LOCAL_ZONE = dt.timezone(dt.timedelta(hours=3))
STATUS_WEIGHT = 86
META_WEIGHT = 100


def _compile(form: StampForm) -> regex.Pattern[str]:
    p = fold(form.pattern)
    for name, value in (("DATE", _DATE), ("ENDATE", _ENDATE), ("WEEKDAY", _WEEKDAY), ("TIME", _TIME), ("TAIL", _TAIL), ("HS", _HS)):
        p = p.replace("{" + name + "}", value)
    return regex.compile(p, regex.MULTILINE | regex.IGNORECASE)


_COMPILED = tuple((form, _compile(form)) for form in STAMPS)
_DATELINE = next(p for f, p in _COMPILED if f.kind == "dateline")
# A dated list item: a line that starts with a date followed by a time (tickers, "latest news").
_LIST_ITEM = regex.compile(
    rf"^{_HS}*(?:{_WEEKDAY}{_HS}*[,،]?{_HS}*)?(?:{_DATE}){_HS}*[,،|\-]?{_HS}*{_TIME}",
    regex.MULTILINE | regex.IGNORECASE,
)
_STATUS_ID = regex.compile(r"(?:twitter|x)\.com/[^/?#]+/status(?:es)?/(?P<id>[0-9]{15,20})", regex.IGNORECASE)
# "/2021/08/30/slug", "/2021-8-30/"; or the eight digits of a path segment's start, its end or a "-"
# after them ("/ar/20180217-slug" on France 24, "/2015/20150721/lp5.htm" on Al-Jazirah, "/Issues/20150722/").
_URL_DATE = regex.compile(
    r"/(?:(?P<y>(?:19|20)[0-9]{2})[/-](?P<m>[01]?[0-9])[/-](?P<d>[0-3]?[0-9])"
    r"|(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9]))(?=[/?#_-]|$)"
)


@dataclass(frozen=True, slots=True)
class Stamp:
    """A publication date and where it was read. ``where`` is "text", "html" or "url": ``span`` is
    an offset pair into that string (the document text, its HTML source, its URL). ``hour``: the
    local hour of publication when the markup gives a time (see :func:`local_hour`)."""

    date: dt.date
    span: tuple[int, int]
    kind: str
    weight: int
    where: str = "text"
    hour: int | None = None


def plausible(d: dt.date, today: dt.date | None = None) -> bool:
    """A publication date rasd will believe: not before :data:`MIN_YEAR`, not after next year."""
    today = today or dt.date.today()
    return MIN_YEAR <= d.year <= today.year + 1


def _date_of(m: regex.Match[str], today: dt.date | None) -> dt.date | None:
    try:
        y, d = int(m.group("y")), int(m.group("d"))
        mon = m.group("mon") if "mon" in m.groupdict() else None
        month = _MONTH_LOOKUP.get(regex.sub(r"\s+", " ", mon).lower()) if mon else int(m.group("m"))
        if month is None:
            return None
        value = dt.date(y, month, d)
    except (TypeError, ValueError, IndexError):
        return None
    return value if plausible(value, today) else None


def _dated_lines(text: str, today: dt.date | None) -> tuple[Counter[dt.date | None], int | None]:
    """The dates of lines that hold a date alone or open with a date and a time (on a busy page,
    the items of lists), and the offset of the first such line."""
    found = [(m.start(), _date_of(m, today)) for p in (_LIST_ITEM, _DATELINE) for m in p.finditer(text)]
    return Counter(d for _, d in found), min((s for s, _ in found), default=None)


_RELATED = frozenset(fold(h).lower() for h in RELATED_HEADINGS)


def _closes_byline(text: str, start: int, end: int, first_dated: int | None) -> bool:
    """Whether the date line at *start*..*end* closes a story's byline: it is the page's first dated
    line, something (the headline) comes above it, and the next line is the heading of a box of other
    stories ("من الممكن أن يعجبك"), whose items' dates, even the same day's, are theirs and not this."""
    if start != first_dated or not text[:start].strip():
        return False
    following = next((ln.strip() for ln in text[end : end + 300].split("\n") if ln.strip()), "")
    return following.rstrip(":：").strip().lower() in _RELATED


def _heads_headlines(text: str, pos: int) -> bool:
    """Whether the next few lines are all headlines (a few words each, not sentences): a date above
    them is the site's "today" (the day the page was saved), as on hawarnews.com."""
    lines = [ln.strip() for ln in text[pos : pos + 3000].split("\n")]
    following = [ln for ln in lines if ln][:HEADLINE_RUN]
    return len(following) == HEADLINE_RUN and all(
        HEADLINE_WORDS[0] <= len(ln.split()) <= HEADLINE_WORDS[1] and len(ln) <= HEADLINE_CHARS and ln[-1] not in ".:："
        for ln in following
    )


def _opens_body(text: str, pos: int) -> bool:
    """Whether article prose follows within a few lines: a byline opens the body it dates, while a
    site-header date opens a menu or a list of headlines."""
    lines = [ln.strip() for ln in text[pos : pos + 3000].split("\n")]
    following = [ln for ln in lines if ln][:BODY_LOOKAHEAD_LINES]
    return any(len(ln) >= BODY_LINE_CHARS and not _LIST_ITEM.match(ln) for ln in following)


def iter_text_stamps(text: str, *, today: dt.date | None = None) -> Iterator[Stamp]:
    """Every stamp in the first :data:`SCAN_CHARS` of *text*, in original offsets, unranked."""
    head = text[:SCAN_CHARS]
    nt = NormText.of(head)
    listed, first_dated = _dated_lines(nt.text, today)
    is_listy = sum(listed.values()) >= LIST_MIN_ITEMS
    for form, pattern in _COMPILED:
        for m in pattern.finditer(nt.text):
            start, end = nt.orig_span(*m.span())
            if form.top_chars is not None and start > form.top_chars:
                break
            value = _date_of(m, today)
            if value is None:
                continue
            if form.kind == "dateline" and not _closes_byline(nt.text, *m.span(), first_dated):
                if is_listy and listed[value] > 1 and not _opens_body(nt.text, m.end()):
                    # A page full of dated lines (tickers, "related" boxes): a date shared with that
                    # list is believed only where article prose follows.
                    continue
                if _heads_headlines(nt.text, m.end()):
                    continue  # a site header: today's date over today's headlines, not this page's date
            yield Stamp(value, (start, end), form.kind, form.weight)


def line_date(line: str, *, today: dt.date | None = None, items: bool = True) -> dt.date | None:
    """The date of a line that holds a date alone (with its weekday, time or newsroom city:
    "2022/09/29", "الأربعاء, فبراير 9, 2022") or, with *items*, opens with a date and a time, as a
    list's items do ("2021/08/19 11:12 غارات إسرائيلية على ..."); None for any other line."""
    folded = fold(line.strip())
    m = _DATELINE.match(folded) or (_LIST_ITEM.match(folded) if items else None)
    return _date_of(m, today) if m else None


def find_text_stamp(text: str, *, today: dt.date | None = None) -> Stamp | None:
    """The best stamp in the page text: heaviest, then nearest the top."""
    return min(iter_text_stamps(text, today=today), key=lambda s: (-s.weight, s.span[0]), default=None)


# The stamps a page's title can hold. A title is a headline, not a byline: only a date a label or a
# day's word claims for the page ("حصاد الأحداث الميدانية ليوم الأربعاء 03-08-2022", "التقرير اليومي
# 20-11-2022") is the page's own; a bare date in a headline is as often the day of an older event.
TITLE_STAMPS = frozenset({"label", "daily", "today"})


def find_title_stamp(title: str, *, today: dt.date | None = None) -> Stamp | None:
    """The day a page's title names as the page's own (a daily roundup's day), or None. Its span
    indexes the title."""
    found = [s for s in iter_text_stamps(title, today=today) if s.kind in TITLE_STAMPS]
    best = min(found, key=lambda s: (-s.weight, s.span[0]), default=None)
    return None if best is None else replace(best, where="title")


# --- HTML metadata ----------------------------------------------------------------------------
# Regular expressions rather than a parser: the page may be hostile or huge, and only a few
# attributes in the <head> matter. Attribute order varies, so each tag is read as a whole.
_META_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
    "dc.date.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date",
)
_TAG = regex.compile(r"<(?:meta|time|span|div|abbr)\b[^<>]{0,2000}>", regex.IGNORECASE)
_ATTR = regex.compile(r"""([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_JSONLD_DATE = regex.compile(r""""datePublished"\s*:\s*"([^"]{8,40})\"""")
_ISO = regex.compile(r"(?P<y>(?:19|20)[0-9]{2})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])")
HTML_SCAN_CHARS = 500_000


def _iso_date(value: str, today: dt.date | None) -> dt.date | None:
    m = _ISO.search(value)
    if not m:
        return None
    try:
        d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return d if plausible(d, today) else None


def find_html_stamp(html: str, *, today: dt.date | None = None) -> Stamp | None:
    """The publication date declared in the page's markup: Open Graph / article meta tags,
    ``itemprop="datePublished"``, JSON-LD ``datePublished``, then the first ``<time datetime>``."""
    head = html[:HTML_SCAN_CHARS]
    best: Stamp | None = None
    for m in _TAG.finditer(head):
        attrs = {a[0].lower(): html_lib.unescape(a[1] or a[2] or a[3]) for a in _ATTR.findall(m.group())}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _META_KEYS:
            value, weight = attrs.get("content") or attrs.get("datetime") or "", META_WEIGHT
        elif m.group().lower().startswith("<time") and "datetime" in attrs:
            value, weight = attrs["datetime"], META_WEIGHT - 5  # a <time> may date a comment
        else:
            continue
        d = _iso_date(value, today)
        if d and (best is None or weight > best.weight):
            best = Stamp(d, m.span(), "meta", weight, "html", local_hour(value))
            if weight == META_WEIGHT:
                return best
    for m in _JSONLD_DATE.finditer(head):
        d = _iso_date(m.group(1), today)
        if d:
            return Stamp(d, m.span(), "meta", META_WEIGHT, "html", local_hour(m.group(1)))
    return best


def find_url_stamp(url: str, *, today: dt.date | None = None) -> Stamp | None:
    """A date in a permalink path (``/2021/08/30/slug``, ``/20210830-slug``), as WordPress and many
    news sites write it, or the posting day and local hour held in an X (Twitter) status id."""
    status = _STATUS_ID.search(url or "")
    if status:
        ms = (int(status["id"]) >> SNOWFLAKE_SHIFT) + SNOWFLAKE_EPOCH_MS
        posted = dt.datetime.fromtimestamp(ms / 1000, LOCAL_ZONE)
        d = posted.date()
        if plausible(d, today):
            return Stamp(d, status.span("id"), "status", STATUS_WEIGHT, "url", posted.hour)
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    try:
        d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return Stamp(d, m.span(), "url", URL_WEIGHT, "url") if plausible(d, today) else None


def find_stamp(
    text: str, html: str | None = None, url: str | None = None, *, title: str | None = None,
    today: dt.date | None = None,
) -> Stamp | None:
    """The best publication stamp of a page: its markup, its text, its title, its URL, by weight."""
    found = [
        s
        for s in (
            find_html_stamp(html, today=today) if html else None,
            find_text_stamp(text, today=today),
            find_title_stamp(title, today=today) if title else None,
            find_url_stamp(url, today=today) if url else None,
        )
        if s is not None
    ]
    return max(found, key=lambda s: s.weight, default=None)


def find_published(text: str, html: str | None = None) -> tuple[dt.date, tuple[int, int]] | None:
    """The publication date of a page and the span that says so, or None.

    The span indexes *text*, except when the date came from the markup of *html* (meta tags,
    JSON-LD): then it indexes *html*. Use :func:`find_stamp` to know which.
    """
    stamp = find_stamp(text, html)
    return (stamp.date, stamp.span) if stamp else None


def parse_iso(value: str) -> dt.date | None:
    """The date part of an ISO date or datetime ("2017-08-26", "2017-08-26T10:00:00Z"), else None."""
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 and value[10:11] in ("", "T", " ") else None
    except ValueError:
        return None


def local_hour(value: str) -> int | None:
    """The hour of an ISO datetime in Syrian and Iraqi time ("2018-03-24T00:56:34+00:00" -> 3), or None
    for a bare date, and None when local time is already the next or the previous day (the document's
    day is the date as written, and its hour must be an hour of that day). A datetime without a zone
    is taken as local time already."""
    value = value.strip()
    if len(value) < 13 or value[10:11] not in ("T", " "):
        return None
    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if t.tzinfo is not None:
        local = t.astimezone(LOCAL_ZONE)
        if local.date() != t.date():
            return None
        t = local
    return t.hour


__all__ = [
    "MONTHS", "MONTHS_EN", "STAMPS", "Stamp", "StampForm", "find_html_stamp", "find_published", "find_stamp",
    "find_text_stamp", "find_title_stamp", "find_url_stamp", "iter_text_stamps", "local_hour", "parse_iso", "plausible",
]
