"""The per-document function: one document in, its incidents out.

``extract`` is pure — it reads nothing but its arguments and the packaged data loaded once per
process — so the CLI, the web server and a Spark job all call the very same code.

Stages run in a fixed order; each declares what it needs and what it sets on the ``Analysis``,
and :func:`check_order` verifies at import time that nothing reads a slot before it is set.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rasd.lang.ar.page_words import (
    AGO_UNITS,
    AGO_WORDS,
    BOX_HEADINGS,
    NAVIGATION,
    POST_END,
    POST_SHARED,
    READ_ALSO,
    STORY_LINKS,
    TAG_LABELS,
)
from rasd.model import Document, Incident
from rasd.published import iter_text_stamps, line_date
from rasd.text.normalize import NormText, fold, fold_whole
from rasd.text.segment import paragraphs, sentences

if TYPE_CHECKING:
    from rasd.geo.gazetteer import Gazetteer


# The report's first paragraphs (title and lead) are always read: they date and place the rest.
LEAD_PARAGRAPHS = 3
# A body of at least this many lines, this share of them headlines (at most this many words, no full
# stop), is a page of other articles' headlines.
HEADLINE_PAGE_MIN_LINES = 4
HEADLINE_PAGE_SHARE = 0.8
HEADLINE_WORDS = 14
# How much of a paragraph tells whether it opens a roll of the dead (a title and a name: "الشهيد البطل علي").
ROLL_OPENING_CHARS = 80
# A link's path segment is read as a headline when it holds at least this many Arabic words.
SLUG_MIN_WORDS = 4


@dataclass
class Analysis:
    """Working state of one document while the stages run (not shared across documents)."""

    doc: Document
    gazetteer: Gazetteer | None
    nt: NormText | None = None
    focus: NormText | None = None  # nt with the paragraphs no incident can come from blanked out
    sentences: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    counts: list = field(default_factory=list)
    # the spans of the items of a list that breaks a period's toll down (see find_counts): their acts
    # are the toll's, no incidents of their own
    tallies: list[tuple[int, int]] = field(default_factory=list)
    actors: list = field(default_factory=list)
    # short forms of a home state's forces nothing in the text resolved (see find_actors)
    unresolved_forces: list = field(default_factory=list)
    # the original spans of the forces of states none of our actors stands for (see find_actors)
    unlisted_forces: list = field(default_factory=list)
    events: list = field(default_factory=list)
    places: list = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    # the spans of a story's headline printed again with its link ("رابط الخبر: ..."; see story_links):
    # its acts are the report's told again, no incident of their own
    headline_again: list[tuple[int, int]] = field(default_factory=list)
    # (event type, province) of the acts set aside as referred to, dated only by a month or a year
    referred: list[tuple[str, str | None]] = field(default_factory=list)
    # what the assembler's steps work out once per document and several of them ask (see
    # assemble.dates._since): dropped with the document
    memo: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[Analysis], None]


def _normalize(a: Analysis) -> None:
    a.nt = NormText.of(a.doc.text)


def _segment(a: Analysis) -> None:
    a.sentences = sentences(a.doc.text)


def _focus(a: Analysis) -> None:
    """Blank out (with spaces, keeping every offset) the paragraphs an incident cannot draw on:
    assembly reads dates, counts, actors and places only from the lead, from paragraphs that hold a
    cue, from those that go on with what the source of such a paragraph said and from a roll of the
    dead after them ("الشهيد البطل علي ..." a line), so the recognizers need not read the rest (most
    of a long feature story)."""
    from rasd.assemble import goes_on_saying, similar_act_spans
    from rasd.recognize.counts import opens_roll

    nt = a.nt
    paras = paragraphs(a.doc.text)
    starts = [p.start for p in paras]
    with_cue = set()
    for e in [*a.events, *similar_act_spans(nt)]:
        i = bisect_right(starts, e.start) - 1  # the paragraph holding the cue, if any
        if i >= 0 and e.start < paras[i].end:
            with_cue.add(i)
    pieces: list[str] = []
    kept = 0  # folded text before this is in pieces already
    blanked = -1  # the last paragraph blanked out
    for i, p in enumerate(paras):
        if i < LEAD_PARAGRAPHS or i in with_cue:
            continue
        s, e = nt.to_norm(p.start), nt.to_norm(p.end)
        if i - 1 in with_cue and goes_on_saying(nt.text[s:e]):
            continue  # "وأضاف المصدر: إن العدوان أسفر عن ...": the toll of the paragraph before's act
        if blanked != i - 1 and opens_roll(nt.text[s:min(e, s + ROLL_OPENING_CHARS)]):
            continue  # the names of the dead of the acts before, a line each
        blanked = i
        pieces += [nt.text[kept:s], " " * (e - s)]
        kept = e
    if pieces:
        pieces.append(nt.text[kept:])
        a.focus = NormText(nt.original, "".join(pieces), nt.offsets)  # (as dataclasses.replace would, at a tenth the cost)
    else:
        a.focus = nt


def _dates(a: Analysis) -> None:
    from rasd.recognize.dates import find_dates, told_today

    a.dates = find_dates(a.focus, a.doc.published, whole=a.nt.text)
    if a.doc.published is None and (today := told_today(a.dates, a.doc.text)) is not None:
        # "اليوم الأربعاء 16 شباط" in a report with no publication date: the report's own day, against
        # which its other relative dates resolve ("في 2 كانون الثاني من العام الحالي")
        a.dates = find_dates(a.focus, today, whole=a.nt.text)


def _counts(a: Analysis) -> None:
    from rasd.recognize.counts import find_counts

    a.tallies = []
    a.counts = find_counts(a.focus, a.tallies)


def _actors(a: Analysis) -> None:
    from rasd.recognize.actors import find_actors

    a.unresolved_forces, a.unlisted_forces = [], []
    a.actors = find_actors(a.focus, a.unresolved_forces, a.unlisted_forces)


def _events(a: Analysis) -> None:
    from rasd.recognize.events import find_events

    a.events = find_events(a.nt)


def _places(a: Analysis) -> None:
    from rasd.recognize.places import find_places

    a.places = find_places(a.focus, a.gazetteer)


def _assemble(a: Analysis) -> None:
    from rasd.assemble import assemble

    a.incidents = assemble(a)


STAGES: tuple[Stage, ...] = (
    Stage("normalize", ("doc",), ("nt",), _normalize),
    Stage("segment", ("doc",), ("sentences",), _segment),
    Stage("events", ("nt",), ("events",), _events),
    Stage("focus", ("nt", "events"), ("focus",), _focus),
    Stage("dates", ("focus",), ("dates",), _dates),
    Stage("counts", ("focus",), ("counts", "tallies"), _counts),
    Stage("actors", ("focus",), ("actors", "unresolved_forces", "unlisted_forces"), _actors),
    Stage("places", ("focus", "gazetteer"), ("places",), _places),
    Stage("assemble", ("nt", "sentences", "dates", "counts", "tallies", "actors", "events", "places", "gazetteer"),
          ("incidents",), _assemble),
)


def check_order(stages: tuple[Stage, ...] = STAGES) -> None:
    """Raise ValueError when a stage requires a slot no earlier stage assigns."""
    have = {"doc", "gazetteer"}
    for st in stages:
        missing = set(st.requires) - have
        if missing:
            raise ValueError(f"stage {st.name!r} needs {sorted(missing)} before it runs")
        have |= set(st.assigns)


check_order()


def post_end(text: str) -> int:
    """Where the report of a saved social-media post ends: at the bar of reactions its readers'
    comments follow (``page_words.POST_END``), when the post comes before it; else the text's end."""
    ends = [i for i in (text.find(marker) for marker in POST_END) if i > 0]
    return min(ends) if ends else len(text)


def _loose(word: str) -> str:
    """A pattern for *word* as pages spell it: any alef for an alef ("اقرأ" / "إقرأ" / "اقرا"), and
    marks after any letter ("أيضاً" / "أيضًا")."""
    return "".join(r"\s+" if ch == " " else ("[اأإآ]" if ch in "اأإآ" else ch) + "[\u064b-\u0652]*" for ch in word)


# The longest line still read as one more headline in a list of links under a lone label
HEADLINE_CHARS = 120
_READ_ALSO_LABELS = "|".join(map(_loose, READ_ALSO))
_NAVIGATION_LABELS = "|".join(map(_loose, NAVIGATION))
# (_READ_ALSO and _BOX_LINE open with the line break before the line they match: see _line_spans)
_READ_ALSO = re.compile(r"(?m)\n[^\S\n]*(?:(?:" + _READ_ALSO_LABELS + r")[^\n]*|(?:" + _NAVIGATION_LABELS
                        + r")[^\S\n:.]*[:.]?[^\S\n]*$)")
# The heading of a box of other stories (``page_words.BOX_HEADINGS``) with the box's first headline on
# its line after a colon: a short line, no full stop or comma at its end (prose goes on past them)
_BOX_LINE = re.compile(r"(?m)\n[^\S\n]*(?i:" + "|".join(map(_loose, sorted(BOX_HEADINGS, key=len, reverse=True)))
                       + rf")[^\S\n]*[:：][^\S\n]*(?=\S)[^\n]{{1,{HEADLINE_CHARS}}}(?<![.،,\s])[^\S\n]*$")
_BOX_COLONS = (":", "：")  # a text with neither has no _BOX_LINE
_READ_ALSO_LABEL_ONLY = re.compile(r"[^\S\n]*(?:" + _READ_ALSO_LABELS + "|" + _NAVIGATION_LABELS + r")[\s:.]*")
_NEXT_LINE = re.compile(r"\s*[^\n]*")
# Every label holds one of these as written, marks or no marks: a text with none has no link to blank.
_READ_ALSO_KEYS = ("يض", "مزيد", "كذلك", "سابق", "تالي")
_HEADLINE = re.compile(rf"\n\s*(?=\S)[^\n]{{1,{HEADLINE_CHARS}}}(?<![.:،\s])[^\S\n]*(?=\n|$)")


def _line_spans(pattern: re.Pattern, text: str) -> Iterator[tuple[int, int]]:
    """The spans in *text* of the matches of *pattern*, a pattern of whole lines written to open
    with the line break before its line (``\\n`` where ``(?m)^`` would do): each from its line's
    start. It reads *text* after one more line break, so that the first line has one too. (`re`
    finds a pattern that opens with a literal character by a quick scan for it, where it would try
    ``^`` at every character: a third of the time.)"""
    for m in pattern.finditer("\n" + text):
        yield m.start(), m.end() - 1  # (the break is the text's character before the line)


def read_also_blanked(text: str) -> str:
    """*text* with each link to another story (``page_words.READ_ALSO``) blanked: the label's line,
    and when the label stands alone on its own, the next line and the short lines that follow it
    with no full stop at their end (a list of headlines: "اقرأ أيضاً:" over "ما مصير السوريين
    المختطفين بعد هجمات السويداء؟" and "الحرب في سوريا: أكثر من 200 قتيل في ..."). Spaces keep every
    offset. So is the line of a box's heading that holds the box's first headline after a colon ("قد
    يهمك أيضا: صراع العروش.. من يحارب من في اليمن؟", "مواضيع ذات صلة : اعتراض دورية أمريكية ...")."""
    if any(colon in text for colon in _BOX_COLONS):
        for start, end in _line_spans(_BOX_LINE, text):  # (read in the text as it came: spaces keep the offsets)
            text = text[:start] + " " * (end - start) + text[end:]
    if not any(key in text for key in _READ_ALSO_KEYS):
        return text
    chars = None
    for start, end in _line_spans(_READ_ALSO, text):
        if _READ_ALSO_LABEL_ONLY.fullmatch(text, start, end):
            end = _NEXT_LINE.match(text, end).end()  # the headline on the line after a lone label
            while (more := _HEADLINE.match(text, end)) is not None:
                end = more.end()
        chars = chars if chars is not None else list(text)
        chars[start:end] = [ch if ch == "\n" else " " for ch in text[start:end]]
    return text if chars is None else "".join(chars)


# A link to a story (``page_words.STORY_LINKS``) at a line's start or after a full stop (and a closing
# quote), to its line's end
_STORY_LINK = re.compile(r"(?:(?<=[.!?؟])|(?<=[.!?؟][»”\"'])|(?m:^))[^\S\n]*(?:" + "|".join(map(_loose, STORY_LINKS))
                         + r")(?!\w)[^\n]*")
_STORY_LINK_KEY = "رابط"


def story_links(text: str) -> list[tuple[int, int]]:
    """The spans of *text* that a story's link label opens, to its line's end (``page_words.STORY_LINKS``:
    "... من العام الماضي. رابط الخبر بصحيفة الوئام: مقتل العشرات من داعش في غارات للتحالف قرب
    الموصل"): the story's headline printed with its link, which tells the report's acts again."""
    if _STORY_LINK_KEY not in text:
        return []
    return [m.span() for m in _STORY_LINK.finditer(text)]


# The tags closing a text: their label after a full stop or at a line's start, then up to this many
# characters with no full stop to the text's end
TAGS_CHARS = 200
_TAGS = re.compile(r"(?:(?<=[.!؟?\n])|\A)\s*(?:" + "|".join(map(_loose, TAG_LABELS))
                   + rf")[\s:]+[^.!؟?]{{0,{TAGS_CHARS}}}\Z")
_TAGS_STOPS = ".!؟?"


def tags_blanked(text: str) -> str:
    """*text* with the page's closing tags (``page_words.TAG_LABELS``: "سمات تركيا داعش سلاح الجو
    سوريا قصف") blanked to spaces, so that every offset still holds."""
    lo = max(0, len(text) - TAGS_CHARS - 40)
    # (no full stop after the label: it comes after the text's last one, where most texts end)
    m = _TAGS.search(text, max(lo, *(text.rfind(stop, lo) + 1 for stop in _TAGS_STOPS)))
    if m is None:
        return text
    return text[:m.start()] + "".join(ch if ch == "\n" else " " for ch in m.group()) + text[m.end():]


# A run of headline lines holding this many dated lines (a date alone, "2022/09/29", a time ago,
# "ساعة واحدة مضت", or a date and a time opening a headline) is a list of other stories.
LIST_MIN_DATES = 3
# A date later than the publication alone on its line, over this many headlines (of a few words
# each), is the day the page was saved, over that day's headlines (a site's ticker).
TICKER_MIN_HEADLINES = 4
TICKER_HEADLINE_WORDS = (3, 20)
# A dated line opens with a date within this many characters; a time ago is told in a line no longer
_DATED_LINE_CHARS = 60
_BOX_HEADINGS = frozenset(fold(h).lower() for h in BOX_HEADINGS)
_AGO = re.compile(r"[\s\d\u200e\u200f]*(?:(?:" + "|".join(map(fold, AGO_WORDS + AGO_UNITS)) + r")[\s\d\u200e\u200f]*){1,4}")
_AGO_WORD = re.compile("|".join(map(fold, AGO_WORDS)))


def _dated(line: str) -> dt.date | bool | None:
    """The date of a dated line (see :data:`LIST_MIN_DATES`), True for one telling a time ago,
    None for any other line."""
    if any(ch.isdigit() for ch in line[:_DATED_LINE_CHARS]) and (value := line_date(line)) is not None:
        return value
    if len(line) > _DATED_LINE_CHARS:
        return None
    folded = fold(line)
    return True if _AGO_WORD.search(folded) and _AGO.fullmatch(folded) else None


def _prose(line: str) -> bool:
    """A line of the story's prose rather than a headline: long, or closed by a full stop (or a
    comma: a sentence the line break cut). A question may be a headline ("هل يهبط اليورو أكثر؟"),
    and a headline cut short by an ellipsis a teaser of another story (:func:`_teaser`)."""
    return len(line) > HEADLINE_CHARS or (line.endswith((".", "،", ",")) and not _teaser(line))


def _teaser(line: str) -> bool:
    """A short line cut short by an ellipsis ("اغتيال قيادي من حزب P.K.K واعتقالات تطال قياديين..."):
    another story's headline, as pages list them under their own."""
    return len(line) <= HEADLINE_CHARS and line.endswith(_ELLIPSES)


_ELLIPSES = ("...", "…")
# A run of headline lines holding this many teasers is a list of other stories, from the first.
LIST_MIN_TEASERS = 3


# A saved Facebook post's page opens with its furniture: the post's first words cut short and the
# page's name ("أصابات بين... - المجلس العسكري لمدينة منبج وريفها") and "Facebook<name>'s Post", over
# the line where the name is glued to the post's stamp, the post after it ("المجلس العسكري لمدينة
# منبج وريفهاDecember 5, 2024 · Shared with Public#تحديث أصابات بين ..."). The stamp is believed to
# close such a header when it comes within this many characters of the top, under lines no longer
# than HEADLINE_CHARS.
POST_HEADER_CHARS = 400
_POST_STAMP_KEYS = tuple(fold(w) for w in POST_SHARED)


def post_header_blanked(text: str) -> str:
    """*text* with the lines over a saved Facebook post's stamp line blanked to spaces (see
    :data:`POST_HEADER_CHARS`; every offset holds): the post's first words again, cut short, with the
    page's name, which would tell an act of their own at the page's town; the post follows whole."""
    head = text[:POST_HEADER_CHARS + 200]
    if "·" not in head or not any(k in fold(head) for k in _POST_STAMP_KEYS):
        return text
    stamp = next((s for s in iter_text_stamps(head) if s.kind == "facebook"), None)
    if stamp is None or stamp.span[0] > POST_HEADER_CHARS:
        return text
    start = text.rfind("\n", 0, stamp.span[0]) + 1
    if any(len(line.strip()) > HEADLINE_CHARS for line in text[:start].split("\n")):
        return text  # prose before the stamp: a story that quotes a post, not a post's page
    return "".join(ch if ch == "\n" else " " for ch in text[:start]) + text[start:]


def story_lists_blanked(text: str, published: dt.date | None = None) -> str:
    """*text* with a page's lists of other stories blanked to spaces (every offset holds): in a run
    of lines with no prose between them (blank lines aside), one that holds :data:`LIST_MIN_DATES`
    dated lines ("تركيا تعلن القبض على ثلاثة إرهابيين شمالي سوريا" / "2022/09/29" / ...) is such a
    list as a whole; else the run from the heading of a box of other stories alone on its line
    ("الأكثر قراءة", "مقالات ذات صلة", ``page_words.BOX_HEADINGS``), or from a day later than the
    publication alone on its line over :data:`TICKER_MIN_HEADLINES` headlines (the site's "today"
    when the page was saved, over its ticker: "السبت 1 آب, 2026" / "مقتل رجل مسن في الرقة إثر تعرضه
    لإطلاق نار من قبل مجهولين" / ...)."""
    if text.count("\n") < LIST_MIN_DATES:
        return text
    runs: list[list[tuple[int, int, str]]] = [[]]
    pos = 0
    for raw in text.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        if _prose(line):
            runs.append([])
        else:
            runs[-1].append((start, start + len(raw), line))
    chars = None
    for run in runs:
        if len(run) < 2:
            continue
        dated = [_dated(line) for _, _, line in run]
        cut = None
        for k, (_, _, line) in enumerate(run):
            if fold(line).rstrip(":： ").strip().lower() in _BOX_HEADINGS:
                cut = k
                break
            d = dated[k]
            if published is not None and isinstance(d, dt.date) and d > published + dt.timedelta(days=1):
                following = [ln for _, _, ln in run[k + 1:k + 1 + TICKER_MIN_HEADLINES]]
                lo, hi = TICKER_HEADLINE_WORDS
                if len(following) == TICKER_MIN_HEADLINES and all(
                        lo <= len(ln.split()) <= hi and not ln.endswith(":") for ln in following):
                    cut = k
                    break
        if cut is None and sum(map(_teaser, (line for _, _, line in run))) >= LIST_MIN_TEASERS:
            cut = next(k for k, (_, _, line) in enumerate(run) if _teaser(line))
        if cut is None:
            if sum(d is not None for d in dated) < LIST_MIN_DATES:
                continue
            # the list opens with its first item: a dated one, or the headline over a bare date
            first = next(k for k, d in enumerate(dated) if d is not None)
            bare = dated[first] is True or line_date(run[first][2], items=False) is not None
            cut = first - 1 if first > 0 and bare else first
        chars = chars if chars is not None else list(text)
        lo, hi = run[cut][0], run[-1][1]
        chars[lo:hi] = [ch if ch == "\n" else " " for ch in text[lo:hi]]
    return text if chars is None else "".join(chars)


def analyze(doc: Document, gazetteer: Gazetteer | None = None) -> Analysis:
    """Run every stage and return the working state (every mention each stage found: for debugging).
    A saved post is read up to its readers' comments (:func:`post_end`); the offsets of what is
    found hold in the whole text all the same."""
    if gazetteer is None:
        from rasd.geo.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    end = post_end(doc.text)
    text = story_lists_blanked(tags_blanked(read_also_blanked(post_header_blanked(doc.text[:end]))), doc.published)
    if text != doc.text:
        doc = replace(doc, text=text)
    a = Analysis(doc=doc, gazetteer=gazetteer, headline_again=story_links(text))
    for st in STAGES:
        st.run(a)
        if st.name == "events" and not a.events:
            break  # no cue of an act anywhere: nothing later can make an incident
    return a


def extract(doc: Document, gazetteer: Gazetteer | None = None) -> list[Incident]:
    """The incidents one document reports, each with its evidence spans.

    A saved page sometimes keeps only menus and tickers in its body while the title still tells
    the news ("استشهاد مواطنين في استهداف الاحتلال التركي لمنزل في كوباني"): when the body yields
    nothing, or is only other articles' headlines (:func:`headlines_only`), and does not contain the
    title, the title is read on its own and its acts the body does not tell are added, with evidence
    that says so (``part="title"``); failing that, the headline written into the page's link
    (``part="url"``, see :func:`url_headline`)."""
    body = analyze(doc, gazetteer)
    incidents = body.incidents
    if incidents and not headlines_only(doc.text):
        return incidents
    folded = None  # the text folded, once, when a headline is looked for in it
    for part, headline in (("title", doc.title), ("url", url_headline(doc.url))):
        if not headline:
            continue
        folded = fold_whole(doc.text) if folded is None else folded
        if fold(headline).strip()[:60] not in folded:
            told = _headline_incidents(doc, part, headline, gazetteer)
            # (nor one the body dates only by its month: "تقرير يكشف حقيقة الهجوم الكيماوي في دوما" over
            # "الهجوم على مدينة دوما بأبريل الماضي" is that act, not one of the publication day)
            new = [t for t in told if not any(_same_act(t, i) for i in incidents)
                   and not any(t.event_type == kind and (t.location is None or admin1 in (None, t.location.admin1))
                               for kind, admin1 in body.referred)]
            if new:
                return incidents + new
            if told:
                return incidents
    return incidents


def headlines_only(text: str) -> bool:
    """A body made of other articles' headlines (a saved page whose article was lost: tickers,
    "latest news" boxes): most of its lines are short and end with no full stop."""
    lines = [stripped for line in text.split("\n") if (stripped := line.strip())]
    if len(lines) < HEADLINE_PAGE_MIN_LINES:
        return False
    # (every report with incidents is asked: a line's words are counted only up to one past the
    # limit, and the count stops once too few lines are left to be short)
    need = HEADLINE_PAGE_SHARE * len(lines)
    short = 0
    for k, line in enumerate(lines):
        if len(line.split(None, HEADLINE_WORDS)) <= HEADLINE_WORDS and not line.endswith((".", "؟", "!", ":")):
            short += 1
        elif short + len(lines) - k - 1 < need:
            return False
    return short >= need


def _same_act(x: Incident, y: Incident) -> bool:
    """The headline's act is one the body tells too: same kind, and a place of the same province."""
    if x.event_type != y.event_type:
        return False
    lx, ly = x.location, y.location
    return lx is None or ly is None or lx.admin1 == ly.admin1


def _headline_incidents(doc: Document, part: str, headline: str, gazetteer: Gazetteer | None) -> list[Incident]:
    from rasd.recognize.events import find_events

    if not find_events(NormText.of(headline)):
        return []  # a headline with no act in it cannot give one
    alone = replace(doc, text=headline, published_evidence=None)
    out = []
    for inc in analyze(alone, gazetteer).incidents:
        evidence = tuple(replace(e, part=part) for e in inc.evidence)
        out.append(replace(inc, id=f"{inc.id}-{part}", evidence=evidence, confidence=inc.confidence * 0.8))
    return out


_SLUG_WORD = re.compile("[\u0621-\u064a]{2,}")


def url_headline(url: str | None) -> str | None:
    """The headline many Arabic news sites write into their links
    (``.../استشهاد-3-أشخاص-بقصف-للاحتلال-التركي-في-أم-حرمل``): the longest path segment with Arabic
    words in it, percent-decoded, its hyphens and underscores read as spaces. Evidence read from it
    (``part="url"``) indexes this string."""
    if not url:
        return None
    from urllib.parse import unquote

    path = unquote(url.split("?", 1)[0].split("#", 1)[0], errors="replace")
    segments = [s for s in path.split("/") if len(_SLUG_WORD.findall(s)) >= SLUG_MIN_WORDS]
    if not segments:
        return None
    return re.sub(r"[-_+]+", " ", max(segments, key=len)).strip()
