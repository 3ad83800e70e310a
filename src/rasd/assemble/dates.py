"""The day of each candidate: the nearest date of its unit (commas counting as distance), else its
paragraph's last specific date, else the lead's date or the publication day; a day named right after
a verb of saying dates the statement, not the act."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from rasd.assemble._base import (
    _ALLEGED,
    _BACKGROUND,
    _BEFORE_THEN,
    _BEGAN,
    _BEGAN_CAMPAIGN,
    _BEGAN_VERB,
    _CAMPAIGN_LATER,
    _CAMPAIGN_NEXT,
    _DAYS_AFTER,
    _DAYS_AFTER_FRONTED,
    _DAYS_BEFORE_FRONTED,
    _DEFINITE,
    _DIED_OF_WOUNDS,
    _EVE,
    _REACTED_TO,
    _REPORTED,
    _SINCE,
    _SINCE_BEGINNING,
    _SINCE_CLAUSE,
    _SINCE_SPAN,
    _SPAN_CLOSE,
    _SPAN_FROM,
    _SPAN_TO,
    _SPEECH,
    ALLEGED_WINDOW,
    BEGAN_WINDOW,
    CAMPAIGN_WINDOW,
    CLAUSE_CHARS,
    COARSE_PRECISION,
    DAYS_AFTER_SPANS,
    EVE_WINDOW,
    EVENING_HOUR,
    HISTORY_DAYS,
    NIGHT_EDITION_HOUR,
    POST_STAMP_REST,
    REACTION_WINDOW,
    STATEMENT_WINDOW,
    WEEKS_AFTER_SPANS,
    _Candidate,
    _clause_distance,
    _distance,
    _Guarded,
    _response_clause,
)
from rasd.lang.ar import context_words, dates_words
from rasd.model import DateMention
from rasd.text.normalize import fold, fold_slice
from rasd.text.patterns import words_pattern

if TYPE_CHECKING:
    from rasd.pipeline import Analysis

# Every match of _EVE holds one of these words, and so does the folded text of a document that has
# one: a document without any (nearly all) needs no search before each candidate.
_EVE_WORDS = (*{fold(w).split()[0] for w in context_words.DAY_BEFORE}, fold("بعد"))
_BEFORE_WORD = fold("قبل")  # (the word every match of _DAYS_BEFORE_FRONTED holds)
_WEEKDAY_NUMBERS = {fold(w): n for w, n in dates_words.WEEKDAYS.items()}
_PAST_MIDNIGHT = tuple(fold(w) for w in dates_words.PAST_MIDNIGHT)
# A comma, a full stop or a line break between an act and "غداة": the act is not the one the word's clause
# follows; after a day, where its clause ends.
# (classes of characters, read by `re`: as `regex` reads them, at half the cost of a call)
_CLAUSE_BREAK = re.compile(r"[،,.؛\n]")
_CLAUSE_BREAK_OR_QUOTE = re.compile(r"[،,.؛\n\"«»“”]")
_RELATIVES = frozenset(fold(w) for w in context_words.RELATIVES)
_LATIN = re.compile(r"[A-Za-z]+")


def _attach_dates(a: Analysis, cands, sents, by_sent) -> None:
    known = _Judged(a, sents, by_sent)
    lead_date = _lead_date(a, sents, by_sent, known)
    remembered = None
    if lead_date is not None:  # (the publication day, when the lead dates nothing, is in no sentence)
        remembered = _lead_act_date(a, cands, lead_date, sents, by_sent, known)
        lead_date = remembered or lead_date
    eve = any(w in a.nt.text for w in (*_EVE_WORDS, _BEFORE_WORD))  # (whether _days_before_told may find any)
    # (a report with no word of contest, nearly all, tells no act as alleged: see _reacted_to)
    alleged = _ALLEGED.holds(a.nt.text)
    # the units the lead's first day is told in (one at most), for the candidates that fall back on it
    lead_units = [] if lead_date is None else [i for i, s in enumerate(sents) if s.start <= lead_date.start < s.end]
    for c in cands:
        c.retold = known.background(c.paragraph)
        ds = by_sent["dates"].get(c.sentence, [])
        reacted = _reacted_to(a, c, sents[c.sentence].start, alleged)
        if reacted is not None:
            c.known = True
            # "دانت فرنسا، الثلاثاء، الهجوم الكيماوي على دوما": the days told before the act's words
            # are the reaction's; only one told in the act's clause ("الذي استهدف دوما السبت") is its own
            ds = [d for d in ds if d.start >= reacted]
        elif ds and not c.answered and (told := _response_clause(a, sents[c.sentence])) is not None:
            # "وتنفذ قوات النظام هذه الغارات ردا على هجوم نفذته الهيئة في وقت متأخر السبت": the days
            # told in the clause of the act answered are that act's
            ds = [d for d in ds if not told[0] <= d.start < told[1]]
        others = [d for d in ds if _in_others_relative(a, c, d) or _named_by_another_act(a, c, d)]
        if others:
            ds = [d for d in ds if d not in others]
        valued = [d for d in ds if (d.value is not None or _period_unknown(a, c, d, ds))
                  and (not known.since(d) or _began_the_period(a, c.anchor.start, d)) and not _then(a, c, d)]
        own = [d for d in valued if not known.stated(d.start)]
        if own and c.answered and a.doc.published is not None and all(d.start < c.anchor.start for d in own) \
                and any(d.value is None and d.relative and d.start >= c.anchor.end and _vague_own(a, c, d) for d in ds):
            # "ضربات جوية ... في وقت مبكر من السبت، ردا على هجوم ... أسفر عن مقتل العشرات في دوما قبل أيام":
            # the answer's day is not the act's, which was some days before it
            c.date, c.day_told = None, True
            continue
        if own and c.answered:
            # "ضربات شنتها فجر السبت 14 نيسان ردا على هجوم كيميائي ... في دوما في 7 نيسان": the day
            # told before the answered act is the answer's
            own = [d for d in own if d.start > c.anchor.start] or own
        if own:
            c.date = next((d for d in own if _in_own_relative(a, c, d) or _took_place_on(a, c, d)), None) or \
                min(own, key=lambda d: _clause_distance(a.doc.text, d, c.anchor))
            if c.date.precision != "day" and c.date.range is not None:
                # "غارة ... أدت في مطلع يوليو إلى مقتل زعيم ...، قتل في 8 يوليو": the day inside the
                # month told beside it is the act's
                lo, hi = c.date.range
                inside = [d for d in own if d.precision == "day" and d.value is not None and lo <= d.value <= hi]
                if inside:
                    c.date = min(inside, key=lambda d: _clause_distance(a.doc.text, d, c.anchor))
            later = _period_after(a, c, own)
            if later is not None:
                c.date = later
            if c.date.end <= c.anchor.start and _DIED_OF_WOUNDS.search(
                    fold_slice(a.doc.text, c.date.end, c.anchor.start)):
                c.death_day, c.date = c.date, None  # the act's day may be told elsewhere
                continue
            if c.date.relative and known.background(c.paragraph):
                # "بعد ظهر اليوم" inside a retold earlier report means that report's day
                earlier = _paragraph_date(c, sents, by_sent, known)
                if earlier is not None and not earlier.relative:
                    c.date, c.date_inherited = earlier, True
        elif valued:
            c.date = min(valued, key=lambda d: _clause_distance(a.doc.text, d, c.anchor))
            c.date_inherited = c.date_stated = True
        elif a.doc.published is not None and any(d.value is None and d.relative and _vague_own(a, c, d) for d in ds):
            c.date, c.day_told = None, True  # "في هجوم شنه التنظيم قبل أيام": some day, not today
        elif reacted is not None:
            # an act known already, told only as what others reacted to: not of the reaction's day,
            # nor of the report's (another mention may tell its own when they fold)
            c.date, c.date_inherited = None, True
        elif _in_a_period(a, c, ds, known):
            c.date, c.date_inherited, c.in_period = None, True, True
        else:
            c.date = _paragraph_date(c, sents, by_sent, known)
            c.date_inherited = True
            if c.date is None and known.at_that_time(c.sentence):
                # "ونقلت وكالة سانا وقتها خبر تعرض أحد المواقع في مصياف لعدوان جوي": the act is of the
                # time told last before, not of the lead's day (and drops out when that was a month);
                # a day of history told in another paragraph dates that paragraph's acts only
                c.date = _last_date_before(c, by_sent, known)
                if c.date is not None and _historical_elsewhere(a, c, c.date):
                    c.date = None
            elif c.date is None and not known.background(c.paragraph) and (remembered or not _historical_elsewhere(a, c, lead_date)):
                c.date = lead_date if lead_date not in others else _publication_date(a)
                if lead_date is not None and any(i > c.sentence and sents[i].paragraph == c.paragraph for i in lead_units) \
                        and not (known.stated(lead_date.start) and _told_as_news(a, c, sents)):
                    # the lead's first day, later in the act's own paragraph, is another act's
                    # ("... إنزال جوي في بلدة الكرامة. كما اعتقلت قسد عنصرا في عملية جرت بتاريخ 3 تموز");
                    # a statement's day there is the day the act was told of ("أعلنت سنتكوم مقتل قيادي
                    # خلال عملية في الباب. وأوضحت في بيان، الجمعة، أن ..."), the nearest to its own, when
                    # the act's sentence is itself that report; an act only referred to ("بسبب الهجوم
                    # الكيماوي على دوما. وأعلن البيت الأبيض، الثلاثاء، أن ترامب ألغى جولة") is older news
                    c.date = _publication_date(a)
                c.date_stated = c.date is not None and known.stated(c.date.start)
            if c.date is not None and c.date.value is not None and a.doc.published is None and any(
                    _weekday_told(a, d) not in (None, c.date.value.weekday()) for d in ds if d.value is None):
                # "استشهد طفل اليوم الجمعة" in a report with no publication day, where the date found
                # earlier is a Thursday: the act's own day is unknown, and not that one
                c.date = None
        back = _days_before_told(a, c, sents) if eve and c.date is not None and c.date.precision == "day" else 0
        if back is None:
            c.date, c.date_inherited = None, True  # "بعد أيام من قصف ...": some days before, not which
        elif back:
            # "غداة إقدام المتظاهرين على اقتحام القنصلية": the act of the day before
            day = c.date.value - dt.timedelta(days=back)
            c.date, c.date_inherited = replace(c.date, value=day, range=(day, day)), True
        if c.date_inherited and eve and (after := _days_after_an_earlier_act(a, c, sents, cands)) is not None:
            # "بعد مرور أسبوع تماما على المأساة، شنت واشنطن وباريس ولندن ضربات": a week after the act
            # told before, the day of the lead or of the report no longer
            c.date, c.date_inherited = after, False
        if c.date is None and a.doc.published is None:
            c.day_told = any(d.value is None and d.relative and d.precision not in COARSE_PRECISION for d in ds)
            back = [d for d in ds if d.days_back is not None and not known.stated(d.start)]
            if back:
                c.days_back = min(back, key=lambda d: _clause_distance(a.doc.text, d, c.anchor)).days_back
        # part of day: the date's own, else a bare part-of-day word in the sentence
        told = None  # the part-of-day words
        if c.date is not None and c.date.time_of_day and not c.date_inherited:
            c.time_of_day = c.date.time_of_day
            told = c.date
        else:
            tods = [d for d in ds if d.time_of_day and d.value is None]
            if tods:
                t = min(tods, key=lambda d: _distance(d, c.anchor))
                c.time_of_day, c.tod_span = t.time_of_day, (t.start, t.end)
                told = t if c.date is None or not c.date.time_of_day else None
        if told is not None and _night_before(a, c, told):
            day = c.date.value - dt.timedelta(days=1)
            c.date = replace(c.date, value=day, range=(day, day))


def _period_unknown(a: Analysis, c: _Candidate, d: DateMention, ds: list[DateMention]) -> bool:
    """Whether *d* is a month or a year told relative to an unknown publication day ("بأبريل الماضي",
    "الشهر الماضي") and no such day ("السبت الماضي") is told nearer to *c*'s cue: the act's time as
    much as it would be with one (a period: the act is a reference), not a day told but unknown."""
    if d.value is not None or d.precision not in COARSE_PRECISION:
        return False
    far = _clause_distance(a.doc.text, d, c.anchor)
    return not any(o.value is None and o.relative and o.precision not in COARSE_PRECISION
                   and _clause_distance(a.doc.text, o, c.anchor) < far for o in ds)


def _reacted_to(a: Analysis, c: _Candidate, sent_start: int, alleged_told: bool) -> int | None:
    """Where the act's own words begin (its cue, or the noun with the article that names it: "الرد
    على الهجوم المفترض بأسلحة كيمياوية"), when *c*'s cue names with the article an act already
    known as the object of a condemnation, an answer, a blame or an inquiry ("دانت الخارجية
    التركية، الأحد، الهجوم"، "الرد على الهجوم الكيماوي"، "تحمل إسرائيل مسؤولية الغارة"), or tells
    it as contested ("الهجوم الكيمياوي المزعوم"); None otherwise. A day told before that point is
    the reaction's. *alleged_told*: False when the folded report holds no word that tells an act
    as contested (see _attach_dates), so that none is looked for after the cue."""
    nt = a.nt
    lo, hi = nt.to_norm(max(sent_start, c.anchor.start - REACTION_WINDOW)), nt.to_norm(c.anchor.start)
    m = _REACTED_TO.search(nt.text[lo:hi])
    if m is not None and m.group("object"):
        return nt.orig_span(lo + m.start("object"), lo + m.end("object"))[0]
    if m is None and not alleged_told:
        return None
    end = nt.to_norm(c.anchor.end)
    alleged = alleged_told and _ALLEGED.match(nt.text[end:end + ALLEGED_WINDOW]) is not None
    # Known when reacted to and named with the article, or told as alleged (one told so is known
    # though named without it: 'تعهدا "برد قوي" على "هجوم كيميائي" مفترض في دوما') and either reacted
    # to or named with it. (Most cues are neither reacted to nor alleged: the article is not read.)
    if m is None and not alleged:
        return None
    if m is not None and alleged:
        return c.anchor.start
    return c.anchor.start if _named_definite(a.doc.text, c, sent_start) else None


def _named_definite(text: str, c: _Candidate, sent_start: int) -> bool:
    """Whether *c*'s cue is a word with the article ("الهجوم", "والغارة"), a quotation mark aside."""
    word = max(text.rfind(" ", sent_start, c.anchor.start) + 1, sent_start)  # the cue's word with its clitics
    return _DEFINITE.match(fold_slice(text, word, c.anchor.end).lstrip('"«»“”')) is not None


def _period_after(a: Analysis, c: _Candidate, own: list[DateMention]) -> DateMention | None:
    """A year or a month told right after *c*'s cue, in its clause with no other act between
    ("رفات 38 عاملا خطفوا وقتلوا في العراق بأيدي الجهاديين عام 2014"), that ended before the day
    told before the cue (*c*'s date, "وصلت إلى مطار في بنجاب الاثنين رفات ..."): the act's own
    time; the day is the main clause's. None otherwise."""
    day = c.date
    if day.precision != "day" or day.end > c.anchor.start:
        return None
    text = a.doc.text
    for d in own:
        if d.precision not in COARSE_PRECISION or d.start < c.anchor.end or d.range is None or d.range[1] >= day.value:
            continue
        if _CLAUSE_BREAK.search(text, c.anchor.end, d.start):
            continue
        if any(c.anchor.end <= ev.start < d.start and ev.event_type != c.anchor.event_type for ev in a.events):
            continue  # "في غارة على بلدة سيطر عليها التنظيم عام 2014": the year of another act
        return d
    return None


def _vague_own(a: Analysis, c: _Candidate, d: DateMention) -> bool:
    """Whether *d*, some day back ("قبل أيام", "قبل مدة"), is *c*'s: told before it in its clause (no
    comma or stop between: not "جلس قبل فترة مع الوجهاء، ... لكل من ارتكب جرائم الخطف"), or after it
    ("سيطرت القوات على المدينة، في عملية بدأت قبل عدة أسابيع") but not in a relative clause opened by
    another act's cue ("مداهمة المنازل واعتقال الشباب، عرف منهم فلان الذي اعتقل قبل مدة": his arrest
    before, not the raid)."""
    text = a.doc.text
    if d.end <= c.anchor.start:
        return _CLAUSE_BREAK.search(text, d.end, c.anchor.start) is None
    return d.start < c.anchor.end or not any(
        c.anchor.end <= ev.start < d.start
        and fold_slice(text, max(0, ev.start - _RELATIVE_REACH), ev.start).split()[-1:] in _RELATIVE_WORDS
        for ev in a.events)


_RELATIVE_WORDS = [[fold(w)] for w in context_words.RELATIVES]
_RELATIVE_OPENS = regex.compile(r"^\s*(?:" + "|".join(sorted({fold(w) for w in context_words.RELATIVES})) + r")\s")
OWN_RELATIVE_REACH = 80  # characters from an act's cue to a day its relative clause tells


def _in_own_relative(a: Analysis, c: _Candidate, d: DateMention) -> bool:
    """Whether *d*, a day, is told in the relative clause right after *c*'s cue, before any comma or
    stop ("ضحايا الهجمات التي تبناها التنظيم في المحافظة الأربعاء"): the act's own day, which beats a day
    told before the cue, of the sentence's main verb ("شيعت المحافظة الخميس ضحايا ...")."""
    if d.start < c.anchor.end or d.start - c.anchor.end > OWN_RELATIVE_REACH or d.precision != "day":
        return False
    text = a.doc.text
    return _RELATIVE_OPENS.match(fold_slice(text, c.anchor.end, d.start)) is not None and \
        _CLAUSE_BREAK.search(text, c.anchor.end, d.start) is None
_RELATIVE_REACH = 12  # characters before a cue in which its relative pronoun stands


# A verb of taking place a few words after an act's cue, opening the clause that tells where and when
# it was, up to a day: "زيارة موقع هجوم يشتبه أنه بغاز سام، وقع في دوما قرب دمشق، يوم 7 أبريل".
_TOOK_PLACE_ON = regex.compile(r"^(?:\s+\S+){0,5}?[\s،,]+(?:(?:الذي|التي)\s+)?(?:"
                               + "|".join(fold(w) for w in context_words.TOOK_PLACE) + r")(?!\w)[^.؛\n]*$")
TOOK_PLACE_DAY_REACH = 100  # characters from an act's cue to the day its verb of taking place tells


def _took_place_on(a: Analysis, c: _Candidate, d: DateMention) -> bool:
    """Whether *d*, a day after *c*'s cue, is told in the clause of a verb of taking place whose
    subject is the act ("هجوم ...، وقع في دوما ...، يوم 7 أبريل"): the act's own day, which beats a
    day told before the cue ("وصلوا مطلع الأسبوع لزيارة موقع هجوم"). No other act is told between."""
    if d.start < c.anchor.end or d.start - c.anchor.end > TOOK_PLACE_DAY_REACH or d.precision != "day":
        return False
    return _TOOK_PLACE_ON.match(fold_slice(a.doc.text, c.anchor.end, d.start)) is not None \
        and not any(c.anchor.end <= ev.start < d.start for ev in a.events)


def _in_others_relative(a: Analysis, c: _Candidate, d: DateMention) -> bool:
    """Whether *d*, told after *c*'s cue in its clause, is told in the relative clause of a noun after
    the cue that tells what was done to that noun ("أعدم التنظيم أحد الرهائن الذين خطفهم من السويداء
    الشهر الماضي"): the day of that act (the abduction), not of *c* (the execution). Not the relative
    clause right after the cue, which tells *c*'s own (:func:`_in_own_relative`)."""
    if d.start <= c.anchor.end or d.start - c.anchor.end > OWN_RELATIVE_REACH \
            or _CLAUSE_BREAK.search(a.doc.text, c.anchor.end, d.start):
        return False
    nt = a.nt
    lo, hi = nt.to_norm(c.anchor.end), nt.to_norm(d.start)
    between = nt.text[lo:hi]
    if _RELATIVE_OPENS.match(between):
        return False
    rel = _RELATIVE_WORD.search(between)
    # the clause's verb takes the noun back as its object ("الرهائن الذين خطفهم"، "الحملة التي شنها"): it
    # tells what was done to the noun, and when (not a clause after the cue's adjectives: "التفجير
    # الإرهابي الذي نفذه انتحاري أمس" is the act's own)
    # (nor the clause of another act's noun: "غداة الهجوم الكيميائي الذي شنته قوات النظام في 7 نيسان" dates
    # that act, and the act before the word by it)
    return rel is not None and rel["verb"] is not None and rel["verb"] not in _HELD_PRONOUNS \
        and not all(w.endswith(_ADJECTIVE_ENDINGS) for w in between[:rel.start()].split()) \
        and not any(lo < nt.to_norm(ev.start) < lo + rel.start() for ev in a.events)


def _named_by_another_act(a: Analysis, c: _Candidate, d: DateMention) -> bool:
    """Whether *d* stands right after the cue of another act, which it names ("تلقوا إخطارا مسبقا بهجمات
    11 سبتمبر عام 2001"): that act's day, not *c*'s. (A cue as close to *c*'s as one act's are,
    CLAUSE_CHARS, may be *c*'s own: "قصف مدفعي وغارات الجمعة"; a day told relative to the report,
    "تبادل لإطلاق النار أمس ... بعد ثلاثة أيام على هجوم انتحاري", is the time the sentence counts from.)"""
    if d.relative:
        return False
    text = a.doc.text
    for ev in a.events:
        if ev.end <= d.start and d.start - ev.end <= NAMING_GAP and not text[ev.end:d.start].strip():
            return abs(ev.start - c.anchor.start) > CLAUSE_CHARS
    return False


NAMING_GAP = 2  # characters between an act's cue and the day that names it ("هجمات 11 سبتمبر")
_RELATIVE_WORD = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_RELATIVES, key=len, reverse=True))
                            + r")\s+(?:(?P<verb>\w{3,}(?:هما|هم|ها|ه))(?!\w))?")
_ADJECTIVE_ENDINGS = (fold("ي"), fold("ة"))  # (folded) what the adjectives after an act's noun mostly end with
# Prepositions with a pronoun, which a relative clause may open with but which are no verb ("التي فيها")
_HELD_PRONOUNS = frozenset(fold(p + s) for p in ("في", "على", "من", "عن", "إلى", "لدى", "عند", "مع", "ب", "ل")
                           for s in ("هما", "هم", "ها", "ه"))


def _then(a: Analysis, c: _Candidate, d: DateMention) -> bool:
    """Whether *d*, a day, is told after *c*'s cue and a few words after "قبل أن" ("وأقدم محتجون على
    إحراق مكاتب، قبل أن يعود الهدوء السبت"): the day of what followed the act, which came before it.
    (An act told after the words, up to the clause's end, has that day: "حشدت قوات النظام تعزيزاتها،
    قبل أن تبدأ قصفا الخميس", "ساد هدوء، قبل أن يستأنف مساء الأحد باستهداف الغوطة".)"""
    if d.start < c.anchor.end or d.precision != "day":
        return False
    text = a.doc.text
    lo = max(c.anchor.end, d.start - BEGAN_WINDOW)
    then = _BEFORE_THEN.search(fold_slice(text, lo, d.start))
    if then is None:
        return False
    end = _CLAUSE_BREAK.search(text, d.end)
    start, stop = lo + then.start(), end.start() if end else len(text)
    return not any(start <= ev.start < stop for ev in a.events)


def _told_as_news(a: Analysis, c: _Candidate, sents) -> bool:
    """Whether *c*'s own sentence reports it, a verb of saying before its cue ("أعلن الجيش مقتل
    قيادي خلال عملية ..."): the act is the news a later statement of its paragraph goes on telling."""
    start = sents[c.sentence].start
    # (a page's Latin words glued to the verb, "Shared with Publicأعلنت", part no Arabic word)
    before = _LATIN.sub(" ", fold_slice(a.doc.text, start, c.anchor.start))
    return c.anchor.start > start and _SPEECH.search(before) is not None


def _historical_elsewhere(a: Analysis, c: _Candidate, lead: DateMention | None) -> bool:
    """Whether *lead*, the lead's date, is a day of history (``HISTORY_DAYS`` or more before the
    publication day) told in another paragraph than *c*'s: a feature that opens on "في 25 أكتوبر
    1984، وصلت إلى مطار دمشق ..." dates what its lead tells, not the explosion five paragraphs on."""
    pub = a.doc.published
    if lead is None or lead.value is None or pub is None or (pub - lead.value).days < HISTORY_DAYS:
        return False
    return lead.end <= a.doc.text.rfind("\n", 0, c.anchor.start)


def _night_before(a: Analysis, c: _Candidate, t: DateMention) -> bool:
    """Whether *c*, told on its publication day "بعد منتصف الليل" (*t*, its part of day, or the date
    that ends with it: "اليوم بعد منتصف الليل"), or at night in a report out before that day's
    evening, happened in the night that began the evening before: a night is dated by the evening
    it starts. (The midnight of another day told of is
    not always the one before it; a report out before dawn is dated the day before already.)"""
    pub = a.doc.published
    if c.date is None or c.date.value != pub or c.date.precision != "day":
        return False
    hour = a.doc.published_hour
    if hour is not None and hour < NIGHT_EDITION_HOUR:
        return False
    if t.time_of_day == "night" and hour is not None and hour < EVENING_HOUR:
        return True  # "أفاد المرصد الأربعاء عن مقتل ... ليلا" in the afternoon: the night before
    return fold_slice(a.doc.text, max(0, t.start - len("منذ ")), t.end).endswith(_PAST_MIDNIGHT)


def _days_before_told(a: Analysis, c: _Candidate, sents) -> int | None:
    """How many days before its sentence's day an act told after "غداة" (1) or "بعد يومين من" (2)
    happened; None after "بعد أيام من" (days the text does not count); 0 for an act told with none,
    or told with its own day after the word ("غداة وصول فريق ... لبحث الهجوم ... في 7 نيسان"). An act
    told before the word whose nearest day is told after it, of the other act, happened that many
    days after that day (a negative count: "قتل مدنيان في إدلب، غداة الهجوم على دوما في 7 نيسان" is
    8 نيسان), on a day unknown after "بعد أيام من"."""
    text = a.doc.text
    if not c.date_inherited and c.anchor.end <= c.date.start:
        between = _ELABORATION.sub(" ", fold_slice(text, c.anchor.end, c.date.start)).rstrip(_COMMA_BEFORE_DAY)
        told = (_EVE.search(between) or _DAYS_AFTER.search(between)) if _tells_a_day_before(between) else None
        if told and not _CLAUSE_BREAK.search(between, 0, told.start()) and not any(
                c.anchor.end < n.start < sents[c.sentence].end for n in a.counts):
            # "وتأتي هذه المعارك غداة هجوم ... في 7 نيسان": the day told after the word is the other
            # act's, this one's the day after it (not when a toll is told after the act: "غداة مقتل
            # 17 مدنيا الجمعة" may be what the candidate tells of)
            span = told.groupdict().get("span")
            days = DAYS_AFTER_SPANS[span] if span is not None else 1
            return None if days is None else -days
    lo = max(sents[c.sentence].start, c.anchor.start - EVE_WINDOW)
    before = fold_slice(text, lo, c.anchor.start)
    if c.date_inherited and _BEFORE_WORD in before and _DAYS_BEFORE_FRONTED.search(before):
        # "قبل أيام من البدء بعملية الغوطة، حدثت اشتباكات": some time before another act (not when the
        # act's own day is told: "قبل يومين من إعادة الفرز، استهدف هجوم انتحاري ... الأحد")
        return None
    if not _tells_a_day_before(before) or (eve := _EVE.search(before)) is None and (m := _DAYS_AFTER.search(before)) is None:
        return 0
    if not c.date_inherited and lo < c.date.start and (_EVE if eve else _DAYS_AFTER).search(
            _ELABORATION.sub(" ", fold_slice(text, lo, c.date.start)).rstrip(_COMMA_BEFORE_DAY)):
        # "غداة وصول فريق ... لبحث الهجوم الكيميائي الذي ... في دوما في 7 نيسان": the day told after
        # the word, in the act's own clause, is the act's (also in the clause that explains it, and set
        # off by commas: "بعد يوم على موجة من التفجيرات ...، إذ نفذت عائلة، الأحد، سلسلة اعتداءات")
        return 0
    return 1 if eve else DAYS_AFTER_SPANS[m["span"]]


def _days_after_an_earlier_act(a: Analysis, c: _Candidate, sents, cands) -> DateMention | None:
    """The day of *c*, an act with no day of its own, whose sentence opens with a clause that puts it
    some days after an act named again ("بعد مرور أسبوع تماما على المأساة، شنت واشنطن ... ضربات"):
    that many days after the last act told before it with a day of its own. (Weeks only after
    "مرور", the passing of time: "بعد أسبوع من القصف" is as often a week of bombing.)"""
    sent = sents[c.sentence]
    if _AFTER_WORD not in a.doc.text[sent.start:c.anchor.start]:  # (as written: most sentences have none)
        return None
    m = _DAYS_AFTER_FRONTED.match(fold_slice(a.doc.text, sent.start, c.anchor.start))
    if m is None:
        return None
    days = DAYS_AFTER_SPANS[m["span"]] if m["span"] in DAYS_AFTER_SPANS else \
        WEEKS_AFTER_SPANS[m["span"]] if m["passing"] else None
    told = [o for o in cands if o.anchor.start < sent.start and o.date is not None and not o.date_inherited
            and o.date.precision == "day" and o.date.value is not None]
    if not days or not told:
        return None
    ref = max(told, key=lambda o: o.anchor.start).date
    day = ref.value + dt.timedelta(days=days)
    return replace(ref, value=day, range=(day, day), time_of_day=None)


_AFTER_WORD = "بعد"  # (folding leaves it as it is)


# A comma before "إذ" goes on with the clause it explains; the commas that set a day off ("، الأحد،") are
# no clause break either (see _days_before_told).
_ELABORATION = re.compile(r"[،,]\s*(?=(?:" + "|".join(fold(w) for w in ("إذ", "اذ")) + r")(?!\w))")
_COMMA_BEFORE_DAY = " \t،,"


def _tells_a_day_before(window: str) -> bool:
    """Whether *window* holds one of the words every match of _EVE and of _DAYS_AFTER holds ("غداة",
    "بعد"): most windows before a cue hold neither, and need not be searched."""
    for w in _EVE_WORDS:  # (a loop: a generator for two words costs more than their tests)
        if w in window:
            return True
    return False


def _lead_act_date(a: Analysis, cands, lead: DateMention, sents, by_sent, known: _Judged) -> DateMention | None:
    """When the lead's first date dates no act of its sentence ("أحيا السكان الجمعة الذكرى الثلاثين
    للهجوم الذي شنته القوات العراقية") and an act of the lead names its own day in an earlier year
    ("في 16 مارس 1988"), the report remembers that act: the acts it tells later without a day of
    their own are that act's, not the ceremony's. None otherwise (a forecast in the lead, "يسيطر
    الجيش بحلول مساء اليوم", followed by "بدأت العملية يوم 20 يناير", keeps the lead's day)."""
    lead_sentence = next((si for si, ds in by_sent["dates"].items() if lead in ds), None)
    if lead_sentence is None or any(c.sentence == lead_sentence for c in cands):
        return None
    for c in cands:
        if c.paragraph > 2:
            break
        own = [d for d in by_sent["dates"].get(c.sentence, []) if d.precision == "day" and not known.since(d)
               and not known.stated(d.start) and d.value.year < lead.value.year]
        if own:
            return min(own, key=lambda d: _clause_distance(a.doc.text, d, c.anchor))
    return None


def _weekday_told(a: Analysis, d: DateMention) -> int | None:
    """The weekday a date mention names ("اليوم الجمعة" -> 4), if any."""
    words = fold_slice(a.doc.text, d.start, d.end).split()
    return next((_WEEKDAY_NUMBERS[w] for w in words if w in _WEEKDAY_NUMBERS), None)


class _Judged:
    """What one document's dates and paragraphs are, each judged once, when first asked: every
    candidate of a sentence asks about the same dates, and every candidate of a paragraph about
    the same paragraph."""

    def __init__(self, a: Analysis, sents, by_sent) -> None:
        self.a = a
        # each date (by its start) with the start of its sentence, for judging statements
        self._sentence_of = {d.start: sents[si].start for si, ds in by_sent["dates"].items() for d in ds}
        self._first = {}  # paragraph -> its first sentence
        for s in sents:
            self._first.setdefault(s.paragraph, s)
        self._events = sorted(a.nt.to_norm(ev.start) for ev in a.events)  # folded starts of the cues
        self._stated: dict[int, bool] = {}
        self._since: dict[int, bool] = {}
        self._background: dict[int, bool] = {}
        self._sents = sents
        self._then: dict[int, bool] = {}

    def stated(self, start: int) -> bool:
        """Whether the date mention starting at *start* is the day of a statement
        (:func:`_statement_date`); False when no date of the document starts there."""
        if start not in self._stated:
            sent_start = self._sentence_of.get(start)
            self._stated[start] = sent_start is not None and _statement_date(
                self.a, start, sent_start, self._events)
        return self._stated[start]

    def since(self, d: DateMention) -> bool:
        if d.start not in self._since:
            self._since[d.start] = _since(self.a, d)
        return self._since[d.start]

    def background(self, paragraph: int) -> bool:
        if paragraph not in self._background:
            self._background[paragraph] = _background(self.a, self._first[paragraph])
        return self._background[paragraph]

    def at_that_time(self, si: int) -> bool:
        """:func:`_at_that_time` of the unit *si* (the candidates of a unit all ask about it)."""
        if si not in self._then:
            self._then[si] = _at_that_time(self.a, self._sents, si)
        return self._then[si]


def _since(a: Analysis, d: DateMention) -> bool:
    """"منذ 8 كانون الثاني", "من 19 فبراير إلى 23 مارس", "المظاهرات التي بدأت في الثامن من يوليو", "منذ
    أسبوع": an end of a period the act falls in, not the act's own day. Judged once per date of a
    document: the candidates' tallies, the counts and the dates of acts all ask about the same dates."""
    memo = a.memo.setdefault("since", {})
    got = memo.get((d.start, d.end))
    if got is None:
        got = memo[d.start, d.end] = _period_end(a, d)
    return got


def _period_end(a: Analysis, d: DateMention) -> bool:
    """See :func:`_since`."""
    text = a.doc.text
    span = fold_slice(text, d.start, d.end)
    if span.startswith("منذ") and _SINCE_SPAN.match(span):  # (every match opens with the word)
        return True
    before = fold_slice(text, max(0, d.start - 12), d.start)
    if _SINCE.search(before) or _BEGAN.search(fold_slice(text, max(0, d.start - BEGAN_WINDOW), d.start)):
        return True
    far_before = fold_slice(text, max(0, d.start - CAMPAIGN_WINDOW), d.start)
    # Every match of _BEGAN_VERB and of _BEGAN_CAMPAIGN holds one of the verbs its guard looks for,
    # and one in twenty days has one in the widest window before it (the others end where it does):
    # one look spares trying the campaign's words after the day, and both patterns.
    began = _BEGAN_VERB.holds(far_before)
    if began and (_CAMPAIGN_NEXT.match(fold_slice(text, d.end, d.end + 12)) or _CAMPAIGN_LATER.match(
            fold_slice(text, d.end, d.end + CAMPAIGN_WINDOW))) and \
            _BEGAN_VERB.search(fold_slice(text, max(0, d.start - BEGAN_WINDOW), d.start)):
        # "وبدأت تركيا في العشرين من فبراير حملة عسكرية", "وبدأت تركيا في 20 كانون الثاني بدعم من
        # فصائل سورية موالية تدخلها العسكري": the day a campaign began
        return True
    if began and _BEGAN_CAMPAIGN.search(far_before):
        return True  # "بدأ الجيش التركي عملية عسكرية في عفرين باسم غصن الزيتون، في 20 يناير"
    if _SINCE_BEGINNING.search(far_before):
        return True  # "ومنذ بدء قوات النظام تصعيدها على الغوطة الشرقية في 18 شباط"
    if _since_clause(a, d):
        return True  # "منذ أن باشر التحالف غاراته في 22 يوليو"
    if _SPAN_FROM.search(before) and _SPAN_TO.match(fold_slice(text, d.end, d.end + 12)):
        return True
    # (the first day of the span is a number: nine windows in ten hold none, and the text holds one
    # where its folding does: folding turns digits into digits and nothing else into one)
    lo = max(0, d.start - 50)
    return _DIGIT.search(text, lo, d.start) is not None and _SPAN_CLOSE.search(fold_slice(text, lo, d.start)) is not None


_DIGIT = re.compile(r"\d")  # as _SPAN_CLOSE reads a digit (a decimal digit of any script; `re`: the cheaper call)


def _since_clause(a: Analysis, d: DateMention) -> bool:
    """Whether *d* closes a clause opened by "منذ" that tells what began a period ("منذ أن باشر التحالف
    غاراته في 22 يوليو", "منذ دخوله الحسكة نهاية الشهر الماضي": `context_words.SINCE_CLAUSE`), with no
    other date between them ("منذ الصباح في قصف استهدف البلدة اليوم": that one is the period's)."""
    return _since_clause_start(a, d) is not None


def _since_clause_start(a: Analysis, d: DateMention) -> int | None:
    """Where the "منذ" of :func:`_since_clause` stands before *d*, or None."""
    text = a.doc.text
    lo = max(0, d.start - CAMPAIGN_WINDOW)
    since = text.rfind(context_words.SINCE_CLAUSE, lo, d.start)
    if since < 0 or (since > 0 and text[since - 1].isalpha() and text[since - 1] != "و"):
        return None
    if not _SINCE_CLAUSE.match(fold_slice(text, since, d.start)):
        return None
    return None if any(since < o.start and o.end <= d.start for o in a.dates) else since


def _since_beyond(a: Analysis, cue: int, d: DateMention) -> bool:
    """Whether the "since" clause *d* closes opens after the cue at *cue*, past the end of its clause
    (a comma, a stop, a quotation: 'قتلوا في القصف على اليرموك "ليرتفع إلى تسعة عدد الشهداء الذين قضوا منذ
    التصعيد على المنطقة يوم الخميس"'): the period is of the toll told there, not of the act."""
    since = _since_clause_start(a, d)
    return since is not None and since > cue and _CLAUSE_BREAK_OR_QUOTE.search(a.doc.text, cue, since) is not None


def _began_the_period(a: Analysis, cue: int, d: DateMention) -> bool:
    """Whether the cue at *cue* is the act a "since" clause tells began the period *d* starts ("منذ
    سيطرته على مدينة الموصل في 10 يونيو": the takeover, of that day): its own day, though no other act's."""
    if d.start <= cue:
        return False
    since = _since_clause_start(a, d)
    return since is not None and since < cue


# What follows a saved Facebook post's date in its stamp ("December 7, 2024 at 10:15 · Shared with
# Public"), within this many characters
POST_STAMP_TAIL = 80
_POST_STAMP_TAIL = regex.compile(POST_STAMP_REST)


def _dates_an_act(a: Analysis, d: DateMention) -> bool:
    """False for a day that cannot be the day of an act the report tells of: one after the report
    was published, the page's stamp of its publication ("December 7, 2024 · Shared with Public": the
    day the post went out, which dates no act of its own), or one alone on its line at the top or
    bottom of a page ("السبت 1 آب, 2026": the site's header, the page's own date)."""
    pub = a.doc.published
    if pub is not None and d.value is not None and d.value > pub + _ONE_DAY:
        return False
    stamp = a.doc.published_evidence
    if stamp is not None and d.start < stamp[1] and stamp[0] < d.end:
        return False
    text = a.doc.text
    if text.find("·", d.end, d.end + POST_STAMP_TAIL) >= 0 and _POST_STAMP_TAIL.match(text, d.end, d.end + POST_STAMP_TAIL):
        return False  # a post's stamp though the publication day came from the page's metadata
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    rest = text[line_start:d.start] + text[d.end:len(text) if line_end < 0 else line_end]
    return _TWO_WORDS.search(rest) is not None


_ONE_DAY = dt.timedelta(days=1)
# Two words besides a date: two runs of two letters or more (\p{L}{2,}), found by one search.
_TWO_WORDS = regex.compile(r"\p{L}{2,}+\P{L}.*?\p{L}{2}", regex.DOTALL)


def _statement_date(a: Analysis, start: int, sent_start: int, events: list[int]) -> bool:
    """"أعلن المرصد السوري الثلاثاء أن ...": a day named (at *start*) in the same clause after a
    verb of saying, with no event cue and no "أن" between them, dates the statement; the act it
    reports has its own day ("أكدت المصادر أن العملية تمت بعد ظهر اليوم" dates the act). *events*:
    the folded starts of the document's cues, sorted."""
    to_norm = a.nt.to_norm
    lo, hi = to_norm(max(sent_start, start - STATEMENT_WINDOW)), to_norm(start)
    before = a.nt.text[lo:hi].rstrip(" ،,")  # "أعلن الجيش، الثلاثاء، أن": the day between commas
    cut = max(before.rfind("،"), before.rfind(","), before.rfind("؛"), before.rfind(":"), before.rfind("."))
    if cut >= 0:
        lo, before = lo + cut + 1, before[cut + 1:]
    said = None
    for said in _SPEECH.finditer(before):
        pass
    if said is None or _REPORTED.search(before, said.end()):
        return False
    # no cue starts between the verb and the day
    return bisect_left(events, lo + said.end()) == bisect_left(events, hi)


def _paragraph_date(c: _Candidate, sents, by_sent, known: _Judged) -> DateMention | None:
    """The last dated mention earlier in the candidate's paragraph (in a retold earlier report,
    the last absolute one: its "اليوم" is that report's day, not ours)."""
    retold = known.background(c.paragraph)
    for si in range(c.sentence - 1, -1, -1):
        if sents[si].paragraph != c.paragraph:
            break
        told = [d for d in by_sent["dates"].get(si, []) if d.value is not None and not (retold and d.relative)
                and not known.since(d)]
        valued = [d for d in told if _specific_date(d)]
        if valued:
            return valued[-1]
        if told and told[-1].precision == "month" and not told[-1].relative and known.a.doc.published is not None \
                and told[-1].range is not None and told[-1].range[1] < known.a.doc.published.replace(day=1):
            # "في أبريل/نيسان 2017، وقع هجوم على خان شيخون. وقال شهود إنهم شاهدوا طائرات تقصف البلدة":
            # the paragraph tells of that month, not of the report's day
            return told[-1]
    return None


_AT_THAT_TIME = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف)?(?:" + words_pattern(context_words.AT_THAT_TIME) + r")(?!\w)"),
                            context_words.AT_THAT_TIME)  # (read in a sentence or two for each undated act)


def _at_that_time(a: Analysis, sents, si: int) -> bool:
    """Whether the unit *si*, or the next one of its paragraph, tells its act as of a time told before
    ("وقتها", "في حينه", "آنذاك": `context_words.AT_THAT_TIME`; "واستهدفت غارات جوية مواقع في دمشق
    وحمص. ومن بين المواقع المستهدفة مركز البحوث، وفق ما أفاد المرصد في حينه")."""
    s = sents[si]
    end = sents[si + 1].end if si + 1 < len(sents) and sents[si + 1].paragraph == s.paragraph else s.end
    return _AT_THAT_TIME.search(fold_slice(a.doc.text, s.start, end)) is not None


def _in_a_period(a: Analysis, c: _Candidate, ds: list[DateMention], known: _Judged) -> bool:
    """Whether the dates of *c*'s unit (*ds*) all bound a period (:func:`_since`), each told before
    its cue or after it in its clause ("وتعد هذه الصفقة الأولى منذ أن بدأت القوات الموالية حملة عسكرية
    عنيفة منذ 18 شباط/فبراير الماضي على الغوطة الشرقية، قصفا عنيفا"): the act is told as the period's,
    of no one day. (Not a period opened after the cue's clause, of a toll told there: "قتل 5 مدنيين في
    قصف على دوما، ليرتفع عدد القتلى منذ 18 شباط إلى 1500".)"""
    today = a.doc.published
    if not ds or not all(known.since(d) and d.value is not None and d.value != today and not d.time_of_day for d in ds):
        return False  # (since a time of the report's own day, "منذ الصباح", the act is that day's)
    text = a.doc.text
    if any(_RELATIVES.intersection(fold_slice(text, max(0, d.start - BEGAN_WINDOW), d.start).split()) for d in ds):
        return False  # a period a noun's relative clause tells ("ضد المظاهرات التي بدأت في الثامن من آذار")
    # (after the cue, not in a relative clause of another verb: "تشهد الفلوجة معارك ... وتنظيم داعش الذي
    # يسيطر على المدينة منذ بداية العام الماضي")
    return all(d.end <= c.anchor.start or (_CLAUSE_BREAK_OR_QUOTE.search(text, c.anchor.end, d.start) is None
                                           and not _RELATIVES.intersection(fold_slice(text, c.anchor.end, d.start).split()))
               for d in ds)


def _last_date_before(c: _Candidate, by_sent, known: _Judged) -> DateMention | None:
    """The last date told before *c*'s unit, in any paragraph (not the end of a period): the time an
    act told "at that time" is of ("استهدف بغارة إسرائيلية في تموز/يوليو الماضي. ونقلت سانا وقتها ...").
    None when that date, or one in *c*'s own unit, is told but unknown (a day relative to a report
    with no publication day: "في الخامس والعشرين من شهر تشرين الثاني الفائت، ... وقتل حينها")."""
    if any(d.value is None for d in by_sent["dates"].get(c.sentence, [])):
        return None
    for si in range(c.sentence - 1, -1, -1):
        told = [d for d in by_sent["dates"].get(si, []) if not known.since(d)]
        if told:
            return told[-1] if told[-1].value is not None else None
    return None


def _specific_date(d: DateMention) -> bool:
    return d.value is not None and d.precision not in COARSE_PRECISION


def _background(a: Analysis, first) -> bool:
    """Whether a paragraph, by its *first* sentence, retells an earlier report."""
    # (match: the pattern opens with "^", and `regex` would try search at every character)
    return bool(_BACKGROUND.match(a.nt.text[a.nt.to_norm(first.start):a.nt.to_norm(first.end)]))


def _lead_date(a: Analysis, sents, by_sent, known: _Judged) -> DateMention | None:
    """The date of the report's lead: its first dated mention in the first paragraphs (a day of an
    act before the day of a statement; after a dated statement, not one of a paragraph retelling
    an earlier report), or the publication day when the report dates nothing (news
    tells of today's and yesterday's events; a report out before dawn, of the day before's)."""
    statement_day = None
    month = None  # a past month told with the lead's act
    for si, s in enumerate(sents):
        if s.paragraph > 2:
            break
        if statement_day is not None and known.background(s.paragraph):
            continue  # "ذكر المرصد، الاثنين، أن انفجارا ... وكان قد تحدث في 2 أبريل عن": an earlier act's day
        valued = [d for d in by_sent["dates"].get(si, []) if _specific_date(d) and not known.since(d)]
        if valued and (told := _response_clause(a, s)) is not None:  # (the day of an act answered is its own)
            valued = [d for d in valued if not told[0] <= d.start < told[1]]
        own = [d for d in valued if not known.stated(d.start)]
        if own:
            return own[0]
        if a.doc.published is None and any(d.value is None and d.relative and d.precision not in COARSE_PRECISION
                                           and not known.stated(d.start) for d in by_sent["dates"].get(si, [])):
            return None  # "اليوم الجمعة" with no publication day: the lead's day is told, but unknown
        statement_day = statement_day or (valued[0] if valued else None)
        if statement_day is not None and month is None:
            month = next((d for d in by_sent["dates"].get(si, []) if _past_month(a, d) and not known.since(d)
                          and not _RELATIVES.intersection(fold_slice(a.doc.text, statement_day.end, d.start).split())),
                         None)
    if month is not None:
        # "قالت رويترز، الجمعة، إنها حصلت على تقرير يظهر استخدام غاز الكلور في الهجوم على دوما بأبريل
        # الماضي": the act is of that month, not of the day it was told of (but not a month told in a
        # relative clause, of another act: "قصف مقر الجماعة التي نفذت هجوم الأحواز الذي استهدف عرضا
        # عسكريا الشهر الماضي")
        return month
    if statement_day is not None:
        return statement_day
    return _publication_date(a)


def _past_month(a: Analysis, d: DateMention) -> bool:
    """A month named (not a day in it) that ended before the report's month began."""
    pub = a.doc.published
    return d.precision == "month" and d.range is not None and pub is not None and d.range[1] < pub.replace(day=1)


def _publication_date(a: Analysis) -> DateMention | None:
    """The publication day as a date mention, or the day before for a report out before dawn."""
    pub = a.doc.published
    if pub is None:
        return None
    if a.doc.published_hour is not None and a.doc.published_hour < NIGHT_EDITION_HOUR:
        pub -= dt.timedelta(days=1)  # out before dawn: the news of the day before
    span = a.doc.published_evidence or (0, 0)
    return DateMention(span[0], span[1], pub, "day", (pub, pub), None, relative=True)
