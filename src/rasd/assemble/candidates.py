"""Candidates: the units of a report (sentences, cut again where a long one turns to another act)
and one candidate per kind of act among a unit's factual cues (no threat, plan or period tally
around it, no campaign, no linked article's headline)."""
from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from rasd.assemble._base import (
    _ANY_ENDINGS,
    _ATTEMPT,
    _CAMPAIGN,
    _CAMPAIGN_TOLL_CLAUSE,
    _COMPARISON,
    _DEFINITE,
    _DENIED_ANY,
    _FEAR_THAT,
    _GLOSS,
    _GOES_ON,
    _GOES_ON_VERB,
    _HABIT_CLAUSE,
    _INVOLVEMENT,
    _JUDGED,
    _KILLED_VERB,
    _NEGATED,
    _NEGATION_WORDS,
    _NONE_OF,
    _NOT_FACTUAL,
    _NOT_FACTUAL_AFTER,
    _NOT_FACTUAL_THAT,
    _NOT_FACTUAL_THAT_RUN,
    _ONGOING,
    _OTHER_SIDE,
    _PERIOD,
    _PREPARED_FOR,
    _RAISING,
    _REMINDS,
    _REVIEW_WORDS,
    _ROLE_CLAUSE,
    _SEPARATE,
    _SIMILAR_ACT,
    _SUFFERED_AFTER,
    _SUFFERS_BEFORE,
    _TOPIC_SHIFT,
    _TOPIC_SHIFT_COMMA,
    _TOTALS,
    _W,
    _WARNED_OF,
    ATTEMPT_WINDOW,
    COMPARISON_WINDOW,
    CUT_HEADLINE_WORDS,
    DENIALS_FOLDED,
    DENIED_ANY_WINDOW,
    GOES_ON_REACH,
    ISO_HOME,
    LINK_HEADLINE_WORDS,
    MANY_ACTS,
    NEGATED_WINDOW,
    NONE_OF_WINDOW,
    NOT_FACTUAL_AFTER_WINDOW,
    NOT_FACTUAL_CLAUSE_WINDOW,
    NOT_FACTUAL_WINDOW,
    ONGOING_WINDOW,
    OPERATION_TAGS,
    PERIOD_ACTS,
    STRONG_CUE,
    TALLY_CLAUSE_WINDOW,
    TERRITORY_TAKEN,
    TOTALS_WINDOW,
    WARNED_OF_REACH,
    _Candidate,
    _either,
    _Guarded,
)
from rasd.assemble.dates import _began_the_period, _since, _since_beyond
from rasd.lang.ar import months
from rasd.model import EventMention
from rasd.recognize.actors import trie_pattern
from rasd.recognize.events import AIMED, MEANS_AFTER_COMMA, MEANS_COMMA_REACH, response_clause
from rasd.recognize.events import responds as _responds
from rasd.text.normalize import NormText, fold, fold_slice
from rasd.text.patterns import words_pattern
from rasd.text.segment import Sentence, Span

if TYPE_CHECKING:
    from rasd.model import DateMention
    from rasd.pipeline import Analysis


def _answered(before: str) -> bool:
    """Whether a cue after the folded words *before* it in its sentence is in the clause of an act
    answered ("ردا على هجوم", see events.response_clause)."""
    clause = response_clause(before)
    return clause is not None and clause[1] == len(before)


def _units(a: Analysis) -> list[Sentence]:
    """Sentences, cut again where a long one turns to another act (SOHR writes whole paragraphs as
    one sentence: "..., كذلك كانت قوات أمريكية قامت في الـ 22 من آذار ..., كما كان المرصد نشر ...")."""
    nt = a.nt
    # (the press review's turns only in a text with their words: see _TOPIC_SHIFT_COMMA)
    review = _REVIEW_TURN.search(nt.text) is not None
    shift = _TOPIC_SHIFT if review else _TOPIC_SHIFT_COMMA
    text = nt.text
    out: list[Sentence] = []
    # (outside a press review, a sentence that ends before the next comma and turn's word of the text,
    # as most do, is taken as it is, unread)
    run_at = -1 if review else _shift_run_at(nt, 0)
    for s in a.sentences:
        if s.end <= run_at:
            out.append(s)
            continue
        ns, ne = nt.to_norm(s.start), nt.to_norm(s.end)
        if not review:
            run_at = _shift_run_at(nt, ne)
            if _SHIFT_RUN.search(text, ns, ne) is None:
                out.append(s)  # no comma before a turn's word, no turn: the sentence as it is
                continue
        cut = s.start
        for m in shift.finditer(nt.text, ns, ne):
            pos = nt.orig_span(m.end(), m.end() + 1)[0] if m.end() < len(nt.text) else s.end
            if _CONCURRENT.match(text, m.end()) and not any(0 <= e.start - pos <= CONCURRENT_REACH for e in a.events):
                continue  # "، تزامنا مع مرورها أمام محطة وقود": when the act happened, no other act
            if pos - cut > 20:
                out.append(Sentence(cut, pos, s.paragraph))
                cut = pos
        out.append(Sentence(cut, s.end, s.paragraph))
    return out


# Whether a report holds one of _REVIEW_WORDS: the fewest of them that every one holds (all start with
# "ن") as one `re` trie, which skips from one "ن" to the next, where a substring search for each word
# reads the whole report seven times (1.65 → 0.26 ms over every 10th ANT report).
_REVIEW_TURN = re.compile(trie_pattern({w for w in _REVIEW_WORDS if not any(o != w and o in w for o in _REVIEW_WORDS)},
                                       " "))


def _shift_run_at(nt: NormText, pos: int) -> int:
    """Where the first match of _SHIFT_RUN at or after the folded *pos* starts, as an original offset (past
    the text's end when there is none): a sentence that ends there or before holds none, for the folded
    offset of its end is at most the match's start."""
    m = _SHIFT_RUN.search(nt.text, pos)
    return len(nt.original) + 1 if m is None else nt.orig_span(m.start(), m.start() + 1)[0]


# _factual and _is_total ask several guarded patterns about one window (or windows inside it, each
# ending where the cue starts): one guard for them all, then each pattern's own. (_NOT_FACTUAL_THAT
# shares _NOT_FACTUAL's words, and so its guard: tests/test_assemble.py checks it.)
_FORECAST_WORDS = _either(_NOT_FACTUAL, _FEAR_THAT)
# (the earlier act's words are few, and the window they are looked for in runs from the unit's start:
# as a _Guarded's few words, one substring test each costs less than the trie's scan; see _Guarded.words)
_EARLIER = _either(_REMINDS, _COMPARISON)
_EARLIER_WORDS = _Guarded(_EARLIER, _EARLIER, _REMINDS.keys | _COMPARISON.keys)
_TALLY_WORDS = _either(_TOTALS, _PERIOD)
_CAMPAIGN_WORDS = _either(_CAMPAIGN, _GOES_ON)
# Every match of _TOPIC_SHIFT_COMMA is a comma, then spaces and maybe "و" before a word of TOPIC_SHIFT
# as written: `re` finds as much (no word boundaries) several times quicker than the pattern, so a
# sentence without (most) is not scanned.
_CONCURRENT = re.compile(r"و?(?:" + trie_pattern({fold(w) for w in _W.CONCURRENT}, r"\s+") + r")(?!\w)")
CONCURRENT_REACH = 24  # characters from a concurrency word (context_words.CONCURRENT) to the cue of its act
_SHIFT_RUN = re.compile(r"[،,؛]\s*و?(?:" + trie_pattern({fold(w) for w in _W.TOPIC_SHIFT}, r"\s+") + ")")


# A weapon described, not used: a word of making or holding arms right before the cue (a second noun
# joined by "و" allowed: "إنتاج واستخدام الأسلحة"), or of supplying someone with them, the cue after
# "بـ" a few words on; see context_words.ARMS_MAKING.
_ARMS_DESCRIBED = re.compile(
    r"(?<!\w)(?:[وفل]|ل?ل)?(?:(?:" + words_pattern(_W.ARMS_MAKING)
    + r")\s+(?:و\w+\s+)?(?:ل|لل)?|(?:" + words_pattern(_W.ARMS_SUPPLYING)
    + r")\s+(?:[^\s.،,]+\s+){1,3}ب|(?:" + words_pattern(_W.ARMS_HOLDING) + r")\s+(?:[^\s.،,]+\s+){0,2})$")
ARMS_WINDOW = 48  # characters before a cue where the word of making or supplying may stand
# Every match of _ARMS_DESCRIBED holds one of these words as written: a window without any (most) is
# not scanned (the pattern, anchored at the cue, is tried at each character of the window).
_ARMS_WORDS = re.compile(trie_pattern({fold(w) for w in (*_W.ARMS_MAKING, *_W.ARMS_SUPPLYING, *_W.ARMS_HOLDING)}, " "))


# A trade named before the cue ("عصابة مختصة بخطف الأطفال"): see context_words.TRADE.
_TRADE = _Guarded.of(regex.compile(r"(?<!\w)(?:" + words_pattern(_W.TRADE) + r")\s+(?:ب|في\s+)$"), _W.TRADE)
TRADE_WINDOW = 16  # characters before a cue where its word of trade may stand


# A word of support a few words before "في" right before the cue ("دعما أمريكيا في مواجهة"): see
# context_words.SUPPORT_IN; the cue is one of _FIGHT_PURPOSES.
_SUPPORTED_IN = regex.compile(r"(?<!\w)[وف]?(?:" + words_pattern(_W.SUPPORT_IN) + r")(?:\s+\S+){0,5}?\s+في\s+$")
_FIGHT_PURPOSES = tuple(fold(w) for w in _W.FIGHT_PURPOSES)
SUPPORTED_WINDOW = 60  # characters before a cue where its word of support may stand


def _arms_described(text: str, e: int) -> bool:
    """Whether the cue at folded *e* names a weapon made, held, moved or supplied (_ARMS_DESCRIBED)."""
    lo = max(0, e - ARMS_WINDOW)
    return _ARMS_WORDS.search(text, lo, e) is not None and _ARMS_DESCRIBED.search(text, lo, e) is not None


_GLOSSED_OR_JUDGED = _either(_GLOSS, _JUDGED)


def _answered_after(window: str) -> bool:
    """Whether the not-factual word of *window* (a clause's text up to a cue) stands before "ردا على"
    and the cue after it: the act answered is past, whatever the answer ("الصواريخ التي ستضرب النظام
    ردا على الهجوم الكيماوي في دوما")."""
    answer = response_clause(window)
    return answer is not None and not _NOT_FACTUAL.search(window[answer[0]:])


def _part_denied(window: str, word, cue: str) -> bool:
    """Whether the not-factual *word* found in *window* (a clause's text up to the cue) is a denial of
    someone's part in the act the cue names with the article ("ينفي الاتهامات الغربية بالضلوع في
    الهجوم الكيميائي"، "تنفي تورطها المباشر في قصف الغوطة" has no article: no): the act is known to
    have happened, only the part is denied. No other not-factual word may stand after the noun of
    the part."""
    if word.group().lstrip("وف") not in _DENIAL_WORDS or not _DEFINITE.match(cue):
        return False
    part = _INVOLVEMENT.search(window, word.end())
    return part is not None and not _NOT_FACTUAL.search(window[part.end():])


_DENIAL_WORDS = frozenset(DENIALS_FOLDED)


def _window_start(nt: NormText, sent_start: int, start: int, reach: int) -> int:
    """Where in ``nt.text`` a window of *reach* characters before *start* (an original offset) begins:
    moved back to the start of the word it would cut, since its patterns find words by their edges
    ("غير القادرين على الهروب", cut at "قادرين على", is no "able to"), and not before the sentence."""
    floor = nt.to_norm(sent_start)
    i = nt.to_norm(max(sent_start, start - reach))
    text = nt.text
    while i > floor and not text[i - 1].isspace():
        i -= 1
    return i


_WARNING_STEM = "حذ"  # (every verb of context_words.WARNINGS holds it, as written, a shadda after it or not)


def _factual(a: Analysis, ev: EventMention, sent_start: int) -> bool:
    """Whether a cue tells of an act that happened: no threat, plan or forecast before it, nothing
    "imminent" after it, not the earlier act a report compares with ("ويذكّر ما يحصل في الغوطة
    بمعركة حلب التي حاصرت ...", "على غرار ما حدث في حلب"), and no ground only tried for ("محاولات
    منها لاستعادة السيطرة")."""
    nt = a.nt
    e = nt.to_norm(ev.start)
    clause_start = _window_start(nt, sent_start, ev.start, NOT_FACTUAL_CLAUSE_WINDOW)
    clause = nt.text[clause_start:e]
    # one scan for the words of all three patterns below, which most clauses lack (_NOT_FACTUAL's
    # nearer window ends the clause, and _NOT_FACTUAL_THAT shares its guard)
    first = _FORECAST_WORDS.search(clause)
    if first:
        # (no word of either starts before the first one found: _NOT_FACTUAL's are looked for from there,
        # unless that one is of them)
        worded = first.group() in _NOT_FACTUAL.keys or _NOT_FACTUAL.guard.search(clause, first.start()) is not None
        window = nt.text[_window_start(nt, sent_start, ev.start, NOT_FACTUAL_WINDOW):e]
        if worded and (denial := _NOT_FACTUAL.search(window)) and not _answered_after(window) \
                and not _part_denied(window, denial, nt.text[e:nt.to_norm(ev.end)]):
            return False  # (a slice: _window_start puts its edges at word edges)
        # farther, a forecast clause ("من المتوقع أن يشن النظام ...، معارك") tells of new acts; an act it
        # names with the article is one known already ("يتوقع أن يجتمع القادة بشأن رد على الهجوم الكيميائي")
        if ((worded and _NOT_FACTUAL_THAT_RUN.search(clause) and _NOT_FACTUAL_THAT.pattern.search(clause))
                or _FEAR_THAT.search(clause)) \
                and not _DEFINITE.match(nt.text[e:nt.to_norm(ev.end)]):
            return False
    if ev.start - sent_start <= WARNED_OF_REACH and _WARNING_STEM in a.doc.text[sent_start:ev.start] \
            and _WARNED_OF.search(fold_slice(a.doc.text, sent_start, ev.start)):
        return False  # "حذر ... من كارثة ستقع على المدنيين جراء القصف الجوي": what may come, no act
    habit = _HABIT_CLAUSE.search(clause)
    if habit is not None:
        since = nt.orig_span(clause_start + habit.start(), clause_start + habit.end())[0]
        if not any(since <= d.start < ev.start for d in a.dates):
            return False  # a cue in a habit's clause, with no day of its own between
    if _ROLE_CLAUSE.search(clause):
        return False  # "الحشد الشعبي الذي يشارك عناصره في المعارك ضد التنظيم": who a party is, no act
    lo = max(0, e - NEGATED_WINDOW)
    if _NEGATION_WORDS.search(nt.text, lo, e) and _NEGATED.search(nt.text, lo, e):
        return False  # "دون أن تقصف", "لم تشتبك", "دون اشتباكات": the act not done
    if e >= 2 and nt.text[e - 1] == "ل" and nt.text[e - 2] == " " and _PREPARED_FOR.search(nt.text, lo, e):
        return False  # "تعد لهجوم": prepared for
    lo = max(0, e - NONE_OF_WINDOW)
    if _NEGATION_WORDS.search(nt.text, lo, e) and _NONE_OF.search(nt.text, lo, e):
        return False  # "لم تتم إصابة أي صاروخ روسي": none
    if nt.text.endswith(_ANY_ENDINGS, 0, e) and _DENIED_ANY.search(
            nt.text, _window_start(nt, sent_start, ev.start, DENIED_ANY_WINDOW), e):
        return False  # "ونفت الولايات المتحدة وإسرائيل، كلتاهما، شن أي غارات": none, it is denied
    if _arms_described(nt.text, e):
        return False  # "تطوير صواريخ أرض أرض", "إمداد الحوثيين بصواريخ": arms described, not used
    if _TRADE.search(nt.text[max(0, e - TRADE_WINDOW):e]):
        return False  # "عصابة مختصة بخطف الأطفال": a trade, no act
    if nt.text.startswith(_FIGHT_PURPOSES, e) and _SUPPORTED_IN.search(nt.text, max(0, e - SUPPORTED_WINDOW), e):
        return False  # "ويدعم التحالف قسد في مواجهة التنظيم": the struggle supported, no act
    before = nt.text[nt.to_norm(sent_start):e]  # (the comparison's window ends it)
    if _EARLIER_WORDS.holds(before) and (_REMINDS.search(before) or _COMPARISON.search(
            nt.text[_window_start(nt, sent_start, ev.start, COMPARISON_WINDOW):e])):
        return False
    if ev.sub_event_type in TERRITORY_TAKEN and _ATTEMPT.search(
            nt.text[_window_start(nt, sent_start, ev.start, ATTEMPT_WINDOW):e]):
        return False  # "محاولات منها لاستعادة السيطرة على المدينة": ground tried for, not taken
    if _GLOSSED_OR_JUDGED.search(clause):  # (one scan for both: most clauses hold neither's words)
        if _GLOSS.search(clause):
            return False  # "في إشارة إلى الذين قتلوا أو استسلموا أو أسروا": a word explained, no act told
        if _JUDGED.search(nt.text[_window_start(nt, sent_start, ev.start, NOT_FACTUAL_WINDOW):e]):
            return False  # "حكم عليه بالسجن 34 عاما لتفجير محطة مترو": an act judged, not news
    end = nt.to_norm(ev.end)
    return not _NOT_FACTUAL_AFTER.match(nt.text[end:end + NOT_FACTUAL_AFTER_WINDOW])


def _not_the_means_of(text: str, evs: list[EventMention], kept: list[EventMention]) -> list[EventMention]:
    """*kept*, the cues of *evs* not told as a period's, less those told after a comma as the means of
    the one before them that is ("تستهدف القوات الحكومية منذ عدة أيام مناطق في ريف إدلب، بقصف مدفعي
    وصاروخي": the shelling is how the days' targeting was done)."""
    told = {id(e) for e in kept}
    return [e for k, e in enumerate(evs) if id(e) in told and not (
        k and id(evs[k - 1]) not in told
        and MEANS_AFTER_COMMA.search(text, max(evs[k - 1].end, e.start - MEANS_COMMA_REACH), e.start))]


def _is_total(a: Analysis, start: int, end: int, date_starts: list[tuple[int, int]] | None = None,
              cue: int | None = None, tally: bool = True) -> bool:
    """A toll over a period around [start, end): "منذ بداية العام", "خلال 10 أشهر", or a day before
    the report's after "منذ" ("حركة احتجاج، منذ الثلاثاء الماضي، أسفرت عن مقتل 12"). *date_starts*: the sorted
    ``(start, index)`` of ``a.dates``, when the caller asks about many windows of the report. *cue*: where
    the act asked about starts; the act a "since" clause tells began the period ("منذ سيطرته على مدينة
    الموصل في 10 يونيو") is no toll over it. *tally*: False when a stretch holding the window has none of
    _TALLY_WORDS (see _tally_words_in)."""
    nt = a.nt
    if cue is not None and cue < end:
        # (a toll raised after the act, "جراء القصف ليرتفع عدد القتلى منذ بدء التصعيد إلى 105", is the
        # period's, told from where the raising begins)
        raising = _RAISING.search(a.doc.text[cue:end])
        if raising is not None:
            end = cue + raising.start()
    if tally:
        window = nt.text[nt.to_norm(start):nt.to_norm(end)]
        if _TALLY_WORDS.search(window) and (_TOTALS.search(window) or _PERIOD.search(window)):
            return True
    if date_starts is None:
        date_starts = sorted((d.start, i) for i, d in enumerate(a.dates))
    lo, hi = bisect_left(date_starts, (start, -1)), bisect_left(date_starts, (end, -1))
    if lo == hi:
        return False  # no date in the window (most)
    # (since a time of the report's own day, "منذ صباح اليوم", or of the night before, "منذ ليل الجمعة" in a
    # Saturday's report, is the toll of one fight going on: an act's)
    today = a.doc.published
    return any(_since(a, a.dates[i]) and not _since_last_night(a.dates[i], today)
               and (cue is None or not (_began_the_period(a, cue, a.dates[i]) or _since_beyond(a, cue, a.dates[i])))
               for _, i in date_starts[lo:hi])


def _since_last_night(d: DateMention, today: dt.date | None) -> bool:
    """Whether *d* is the report's own day, or a time of the day before ("ليل الجمعة", "مساء أمس")."""
    if today is None or d.value is None:
        return False
    return d.value == today or (d.time_of_day is not None and d.value == today - dt.timedelta(days=1))


_COUNT_BEFORE = re.compile(r"(?<![\d,.])(\d[\d,.]*)[ \t]*(?:ب|بـ)?$")  # a number right before a cue
_DIGIT = re.compile(r"\d")  # (a window with no digit, most, is not scanned: the pattern is tried at each character)
_YEARS = range(1900, 2100)
COUNT_REACH = 16  # characters before a cue where the number counting it may stand


def _counted_any(a: Analysis, evs: list[EventMention]) -> bool:
    """Whether a digit stands within COUNT_REACH before any of a unit's cues *evs*: where none does
    (nine units in ten), one look at the stretch from before the first to the last spares the look
    before each that _many_acts begins with."""
    nt = a.nt
    lo = max(0, nt.to_norm(min(e.start for e in evs)) - COUNT_REACH)
    return _DIGIT.search(nt.text, lo, nt.to_norm(max(e.start for e in evs))) is not None


def _many_acts(a: Analysis, ev: EventMention, least: int = MANY_ACTS) -> bool:
    """Whether the cue is counted by a number of *least* (:data:`MANY_ACTS`) or more: a tally, not an act."""
    nt = a.nt
    e = nt.to_norm(ev.start)
    lo = max(0, e - COUNT_REACH)
    m = _COUNT_BEFORE.search(nt.text, lo, e) if _DIGIT.search(nt.text, lo, e) else None
    if m is None:
        return False
    digits = m.group(1).replace(",", "").split(".")[0]
    value = int(digits) if digits.isdigit() else 0
    return value >= least and value not in _YEARS


# "– الشهر الرابع، 11 استهداف، تسبب بمقتل 6 أشخاص": a list's item opening with a period, then its
# count of acts (see context_words.PERIOD_ITEM_HEADS)
_MONTH_NAMES = sorted({fold(m) for m in (*months.LEVANTINE, *months.WESTERN)}, key=len, reverse=True)
_PERIOD_ITEM = re.compile(r"[\s*•-]*(?:في\s+)?(?:(?:" + words_pattern(_W.PERIOD_ITEM_HEADS)
                          + r")\s+\w+(?:\s+\w+)?|(?:" + "|".join(_MONTH_NAMES) + r")(?:\s+\d{4})?)\s*[،,:]")
PERIOD_ITEM_REACH = 40  # characters from the unit's start to the period's comma


# Every match of _SIMILAR_ACT holds one of these words as written: a text without any of them (most
# texts) has none, and a substring test says so much quicker than the regex scan. (A word that holds
# another, "مشابهه" holding "مشابه", needs no test of its own.)
_SIMILAR_FIRST = {fold(w).split()[0] for w in _W.SIMILAR}
_SIMILAR_WORDS = tuple(sorted(w for w in _SIMILAR_FIRST if not any(v != w and v in w for v in _SIMILAR_FIRST)))


@functools.lru_cache(maxsize=4)
def _similar_matches(text: str) -> tuple:
    """The matches of _SIMILAR_ACT in a folded text; kept for the last few texts (the focus and
    the assembly of a document both ask)."""
    if not any(w in text for w in _SIMILAR_WORDS):
        return ()
    return tuple(_SIMILAR_ACT.finditer(text))


def similar_act_spans(nt: NormText) -> list[Span]:
    """Where the text says "عملية أخرى مشابهة" (original offsets): an act told by reference."""
    return [Span(*nt.orig_span(m.start(), m.end())) for m in _similar_matches(nt.text)]


def _similar_acts(a: Analysis) -> list[EventMention]:
    """Cues for "عملية أخرى مشابهة": the kind of the nearest cue before them, told again."""

    out = []
    nt = a.nt
    for m in _similar_matches(nt.text):
        s, e = nt.orig_span(m.start(), m.end())
        before = [ev for ev in a.events if ev.end <= s and ev.weight >= STRONG_CUE]
        if m.group().lstrip("وفب").removeprefix("ال").startswith(fold("عملية")):
            # "عملية" names an operation: the raid or airdrop told of before, if any
            before = [ev for ev in before if set(ev.tags) & OPERATION_TAGS] or before
        if before:
            out.append(replace(before[-1], start=s, end=e))
    return out


# Every word the windows of _around are read for (of a campaign, of going on, of a place's lot) and
# every verb of going on _goes_on looks for, as written
_AROUND_WORDS = _either(_ONGOING, _CAMPAIGN, _GOES_ON, _SUFFERS_BEFORE, _SUFFERED_AFTER, _GOES_ON_VERB)
AROUND_REACH = max(ONGOING_WINDOW, GOES_ON_REACH)


def _around(text: str, sent_start: int, ev: EventMention) -> tuple[str, str] | None:
    """The folded words within ONGOING_WINDOW before a cue (from its unit's start at the earliest)
    and after it: the words of a campaign and of a place's lot are read in both, each folded once.
    None when the stretch from AROUND_REACH before the cue to ONGOING_WINDOW after it holds none of
    _AROUND_WORDS (nineteen cues in twenty): then neither window does, nor the one _goes_on reads,
    and one fold and scan of the stretch spares two folds and the scans of each pattern."""
    # (a cue before its unit, which the first unit takes, has only its words after)
    lo = max(min(sent_start, ev.start), ev.start - AROUND_REACH)
    if _AROUND_WORDS.search(fold_slice(text, lo, ev.end + ONGOING_WINDOW)) is None:
        return None
    return (fold_slice(text, max(sent_start, ev.start - ONGOING_WINDOW), ev.start),
            fold_slice(text, ev.end, ev.end + ONGOING_WINDOW))


def _campaign_before(before: str, in_town: bool) -> bool:
    """Whether a campaign word (or, outside a town, a word of going on) ends *before*, the folded
    words before a cue (see _around): one guard for both (most hold neither)."""
    if not _CAMPAIGN_WORDS.search(before):
        return False
    return bool(_CAMPAIGN.search(before) or (not in_town and _GOES_ON.search(before)))


def _goes_on(text: str, sent_start: int, ev: EventMention) -> bool:
    """Whether a verb of going on opens the cue's clause, the cue its subject ("، تواصل القصف على ...")."""
    lo = max(sent_start, ev.start - GOES_ON_REACH)
    return bool(_GOES_ON_VERB.search(("." if lo == sent_start else "") + fold_slice(text, lo, ev.start)))


def _a_places_lot(a: Analysis, ev: EventMention, sent_start: int, before: str, after: str) -> bool:
    """Whether a relative clause in the present tells the cue as what a place suffers over a campaign
    ("الغوطة الشرقية التي تتعرض لقصف مكثف", "القصف الذي تتعرض له الغوطة"): the cue alone, not the
    acts told after it ("ودارت فيها الاثنين معارك عنيفة"). A death its sentence tells before it, with
    a day after the verb ("قُتلت في 15 مارس في عفرين، التي تتعرض للقصف"), is that campaign's act,
    which the cue then tells. *before*, *after*: the folded words around the cue (see _around)."""
    if not (_SUFFERS_BEFORE.search(before) or _SUFFERED_AFTER.match(after)):
        return False
    nt = a.nt
    ns = nt.to_norm(sent_start)
    deaths = list(_KILLED_VERB.finditer(nt.text, ns, nt.to_norm(ev.start)))
    if not deaths:
        return True
    died = nt.orig_span(deaths[0].start(), deaths[0].end())[1]
    return not any(died <= d.start < ev.start and d.precision == "day" for d in a.dates)


def _link_headline(text: str, sent: Sentence) -> bool:
    """A line of a few words around a colon, with no full stop, inside a page ("معارك عفرين: خارطة
    الأعداء والحلفاء المتحركة"), or a line cut short with the ellipsis sign ("اعتقال 3 أشخاص في عملية
    أمنية…", as a page's list of other stories shows their headlines): the headline of another
    article the page links to."""
    if not (sent.end >= len(text) or text[sent.end:sent.end + 1] in ("\n", "")):
        return False  # (most sentences: tested before the sentence is read)
    said = text[sent.start:sent.end].strip()
    if "\n" in said:
        return False
    if said.endswith("…"):  # (the line's last sentence: "بتهمة التعامل مع النظام.. اعتقال 3 أشخاص…")
        line = text[text.rfind("\n", 0, sent.start) + 1:sent.end]
        return len(line.split()) <= CUT_HEADLINE_WORDS
    return (sent.start == 0 or text[sent.start - 1] == "\n") and ":" in said \
        and not said.endswith((".", "!", "؟")) and len(said.split()) <= LINK_HEADLINE_WORDS


def _a_tallys_act(a: Analysis, sent: Sentence, ev: EventMention, tally: bool = True) -> bool:
    """Whether *ev*'s clause tells before it of deaths over a period, and goes on to the acts they
    died in ("قتل خلال اليومين الماضيين أكثر من 30 مسلحا في معارك داخلية": the fights of two days,
    no one act). *tally*: as for _is_total."""
    if not tally:
        return False
    nt = a.nt
    e = nt.to_norm(ev.start)
    lo = nt.to_norm(max(sent.start, ev.start - TALLY_CLAUSE_WINDOW))
    clause = nt.text[lo:e]
    if not _TALLY_WORDS.search(clause):
        return False
    ends = list(_CLAUSE_END.finditer(clause))
    clause = clause[ends[-1].end():] if ends else clause
    period = _PERIOD.search(clause)
    return period is not None and any(m.start() < period.start() for m in _KILLED_VERB.finditer(clause))


_CLAUSE_END = re.compile(r"[،,.؛:«»\"\n]")


def _in_tally_list(a: Analysis, ev: EventMention) -> bool:
    """Whether *ev* is told in an item of a list that breaks a period's toll down (Analysis.tallies:
    "– 67 استهداف على الحسكة أسفرت عن مقتل 15 من المدنيين", "– 9 من المدنيين بينهم سيدة وطفل بقصف بري
    لقوات النظام"): the acts of the toll, no one act."""
    return any(s <= ev.start < e for s, e in a.tallies)


def _campaign_toll_before(a: Analysis, sent_start: int, ev: EventMention) -> bool:
    """Whether the toll of a campaign or a period is told before *ev*'s cue in its clause, farther back
    than _is_total looks ("وارتفعت بذلك حصيلة قتلى العملية العسكرية في محافظة درعا إلى 162 مدنيا
    غالبيتهم في قصف لقوات النظام"): the cue tells how the period's dead died, no act."""
    nt = a.nt
    lo = _window_start(nt, sent_start, ev.start, TALLY_CLAUSE_WINDOW)
    return _CAMPAIGN_TOLL_CLAUSE.search(nt.text[lo:nt.to_norm(ev.start)]) is not None


def _tally_words_in(a: Analysis, sent: Sentence, evs: list[EventMention]) -> bool:
    """Whether the unit *sent* holds any of _TALLY_WORDS in the stretch around its cues *evs* that the
    windows _is_total and _a_tallys_act look at all lie in: from TALLY_CLAUSE_WINDOW before the first
    cue (the unit's start at the earliest) to TOTALS_WINDOW after the last one's end (the unit's end, or
    that cue's, at the latest: a cue between units belongs to the unit before). The guard's literals
    are in a stretch wherever they are in a window of it: where the stretch has none (most units), one
    scan answers for each cue's two. (Not so for _FORECAST_WORDS: units hold them too often for a scan
    of the unit to pay.)"""
    nt = a.nt
    last = max(e.end for e in evs)
    lo = max(sent.start, min(e.start for e in evs) - max(TALLY_CLAUSE_WINDOW, TOTALS_WINDOW))
    hi = min(max(sent.end, last), last + TOTALS_WINDOW)
    return _TALLY_WORDS.search(nt.text, nt.to_norm(lo), nt.to_norm(hi)) is not None


def _candidates(a: Analysis, sents, by_sent, locations) -> list[_Candidate]:
    out: list[_Candidate] = []
    sentence_starts = {s.start for s in a.sentences}
    totals: set[int] = set()  # paragraphs that told of a toll over a period
    date_starts = sorted((d.start, i) for i, d in enumerate(a.dates))
    # where the report names a town at home (see in_town below), sorted
    towns = sorted(start for start, loc in locations.items() if loc.geo_precision == 1 and loc.iso3 in ISO_HOME)
    cues = by_sent["events"]
    for si in sorted(cues):  # (a unit with no cue makes no candidate: half of them are not read)
        sent = sents[si]
        # (a fight aimed at, "لمواجهة الجماعات المسلحة", is no act: not even one to fold into another; ground
        # aimed at still tells the offensive's target, see the anchor below)
        evs = [e for e in cues[si] if _factual(a, e, sent.start)
               and not (AIMED in e.tags and e.sub_event_type not in TERRITORY_TAKEN)]
        # (whether the unit is a list's item that opens with a period is read only for a cue counted by
        # a number, which few are: a cue counted by MANY_ACTS is counted by PERIOD_ACTS)
        tallied = [e.end for e in evs if _many_acts(a, e, PERIOD_ACTS)] if evs and _counted_any(a, evs) else []
        if tallied and not _PERIOD_ITEM.match(fold_slice(a.doc.text, sent.start, sent.start + PERIOD_ITEM_REACH)):
            tallied = [e.end for e in evs if _many_acts(a, e, MANY_ACTS)]
        if tallied:  # the tally and the words that go on describing it ("12053 غارة، استهدفت بصواريخها")
            evs = [e for e in evs if not any(0 <= e.start - end <= TOTALS_WINDOW for end in tallied)
                   and e.end not in tallied]
        if not evs or (sent.paragraph > 0 and _link_headline(a.doc.text, sent)):
            continue
        told = len(evs)
        unit_tally = _tally_words_in(a, sent, evs)
        # (the windows lie in the unit: with no tally words, one holding none of the report's dates, as
        # most do, has no toll around any cue, and each is not asked)
        if unit_tally or bisect_left(date_starts, (sent.start, -1)) < bisect_left(date_starts, (sent.end, -1)):
            kept = [e for e in evs if not _is_total(a, max(sent.start, e.start - TOTALS_WINDOW),
                                                    min(sent.end, e.end + TOTALS_WINDOW), date_starts, e.start,
                                                    unit_tally)
                    and not (unit_tally and _campaign_toll_before(a, sent.start, e))]
            if len(kept) < len(evs):
                kept = _not_the_means_of(a.doc.text, evs, kept)
            evs = kept
        after_total = sent.paragraph in totals
        if len(evs) < told:
            totals.add(sent.paragraph)
        # "القصف التركي المستمر الذي يستهدف ...", "تتواصل الغارات": the campaign and the words that describe it
        # fighting that goes on in a named town today is that town's fight ("تتواصل الاشتباكات في محيط
        # مدينة طفس"); going on across a region it is a campaign
        i = bisect_left(towns, sent.start)
        in_town = i < len(towns) and towns[i] < sent.end
        around = {(e.start, e.end): _around(a.doc.text, sent.start, e) for e in evs}
        ongoing = [e.end for e in evs if (words := around[e.start, e.end]) is not None
                   and (_ONGOING.match(words[1]) or _campaign_before(words[0], in_town))]
        if ongoing:
            evs = [e for e in evs if not any(0 <= e.start - end <= 2 * ONGOING_WINDOW for end in ongoing)
                   and e.end not in ongoing]
        if not evs:
            continue
        # one candidate per kind of act in the sentence (and one per kind of a place's lot); its
        # strongest cue anchors it
        responds = _responds(fold_slice(a.doc.text, sent.start, sent.end))
        opening = fold_slice(a.doc.text, sent.start, min(sent.end, sent.start + 30))
        other_side, separate = bool(_OTHER_SIDE.match(opening)), bool(_SEPARATE.match(opening))
        kinds: dict[tuple[str, bool, bool], list[EventMention]] = {}
        tallies: list[EventMention] = []
        for e in evs:
            # (most units hold no tally words, most reports no list of a toll, and no unit told a tally before)
            tally = (unit_tally and _a_tallys_act(a, sent, e)) or (bool(a.tallies) and _in_tally_list(a, e)) or (
                bool(tallies) and any(t.sub_event_type == e.sub_event_type for t in tallies) and _DEFINITE.search(
                    fold_slice(a.doc.text, e.start, e.end)) is not None)  # "المعارك" told again after them
            if tally:
                tallies.append(e)
            lot = (words := around[e.start, e.end]) is not None and _a_places_lot(a, e, sent.start, *words)
            kinds.setdefault((e.sub_event_type, lot, tally), []).append(e)
        for (_, lot, tally), group in kinds.items():
            # (ground taken beats ground an offensive is for told as strongly: "شنت الفصائل هجوما للسيطرة
            # على بلدة مورك، وتمكنت من السيطرة على قرية المصاصنة")
            anchor = max(group, key=lambda e: (e.weight, AIMED not in e.tags, -e.start))
            # (after a fronted clause's comma, "ردا على مقتل جنديين، قصفت المدفعية", the answer)
            answered = responds and _answered(fold_slice(a.doc.text, sent.start, anchor.start))
            out.append(_Candidate(anchor=anchor, sentence=si, paragraph=sent.paragraph, cues=group, answered=answered,
                                  new_clause=sent.start not in sentence_starts, after_total=after_total,
                                  other_side=other_side, separate=separate, lot=lot, tally=tally,
                                  goes_on=in_town and around[anchor.start, anchor.end] is not None
                                  and _goes_on(a.doc.text, sent.start, anchor)))
    return out
