"""The figures of each candidate (a unit's own, or those of an act told just before), and their
combination into casualties: the parts of a list and the dead of two sides of a battle added up,
a figure restated counted once."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasd.assemble._base import (
    _CLAUSE_TURN,
    _GOES_ON_SAYING,
    _HOURS_SPAN,
    _KILLING,
    _LIST_JOIN,
    _MILITANTS,
    _NEXT_TURN,
    _PERIOD,
    _RAISING,
    _RESULT,
    _SENTENCE_STOP,
    _TOTALS,
    _YEAR,
    CLAUSE_GAP,
    LIST_GAP,
    RESULT_REACH,
    SIDES_GAP,
    TOTALS_WINDOW,
    _alternation,
    _Candidate,
    _clause_distance,
    _response_clause,
)
from rasd.assemble.candidates import _factual, _is_total
from rasd.assemble.dates import _began_the_period, _since
from rasd.lang.ar import casualty_words, context_words
from rasd.model import Count as CountValue
from rasd.model import CountMention, DateMention, PlaceMention
from rasd.recognize.counts import opens_roll
from rasd.text.normalize import fold, fold_slice
from rasd.text.patterns import words_pattern
from rasd.text.segment import Sentence

if TYPE_CHECKING:
    from rasd.pipeline import Analysis


def _attach_counts(a: Analysis, cands, sents, by_sent, locations: dict) -> None:
    by_sentence: dict[int, list[_Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    # the figures the report calls totals somewhere, restated elsewhere without the words that say so
    # ("250 شخصا قتلوا خلال يومين" in the lead, "250 شخصاً على الأقل قتلوا" further on)
    tallies = {m.best for si, ms in by_sent["counts"].items() for m in ms
               if m.best is not None and m.best >= RESTATED_TALLY_MIN and _tally_figure(a, m, sents[si])}
    for si, counts in by_sent["counts"].items():
        owners = by_sentence.get(si)
        if not owners and by_sent["events"].get(si):
            continue  # the figures of an act set aside (a tally, a threat) belong to no other act
        if owners and _after_a_toll_announced(a, sents, by_sent, si):
            for c in owners:
                c.tally_told = True
            continue  # "لترتفع حصيلة القتلى للهجوم المستمر منذ 3 أسابيع. وقد أسفرت الغارات عن مقتل 976 شخصا"
        if not owners:
            # "وأسفر ذلك عن مقتل 5": the latest incident earlier in the same paragraph, or in the
            # paragraph before when this one goes on with what the source said ("وأضاف المصدر: إن
            # العدوان أسفر عن استشهاد مدنيين اثنين")
            para = sents[si].paragraph
            folded = fold_slice(a.doc.text, sents[si].start, sents[si].end)
            if (goes_on_saying(folded) or opens_roll(folded)) and \
                    not any(c.paragraph == para and c.sentence < si for c in cands):
                para -= 1  # (or a roll of the dead after the paragraph: "الشهيد البطل علي ...")
            earlier = [c for c in cands if c.paragraph == para and c.sentence < si]
            if not earlier and len(cands) == 1 and cands[0].sentence < si:
                earlier = cands  # a report of one act, its toll told lines after it ("ولم يتضح بعد عدد القتلى،
                # بينما ذكرت تقارير إعلامية أن 5 قتلوا")
            if not earlier:
                continue
            owners = [max(earlier, key=lambda c: c.anchor.start)]
            sent = sents[si]
            # "وذكر المرصد أن 950 مدنيا قتلوا حتى الآن": a toll over a period is no earlier act's
            counts = [m for m in counts if not _is_total(a, max(sent.start, m.start - TOTALS_WINDOW),
                                                         min(sent.end, m.end + TOTALS_WINDOW), cue=m.start)]
            if counts and _after_a_total(a, sents, by_sent, si):
                continue  # "لترتفع حصيلة القتلى منذ 18 شباط إلى 1031. كما أصيب أكثر من 4350 آخرين"
        kept = {(e.start, e.end) for c in owners for e in (c.anchor, *c.cues)}
        sent = sents[si]
        aside = [e for e in by_sent["events"].get(si, []) if (e.start, e.end) not in kept and (
            not _factual(a, e, sent.start) or _is_total(a, max(sent.start, e.start - TOTALS_WINDOW),
                                                        min(sent.end, e.end + TOTALS_WINDOW), cue=e.start))]
        answered = _response_clause(a, sent)
        for m in counts:
            if _aside_of_another_year(a.doc.text, m, sent):
                continue
            if m.category != "captured" and _charged(a, m, sent):
                continue  # "اعتقلت الشرطة شابا بتهمة قتل فتاة": the crime charged, not the arrest's toll
            # (a figure of RESTATED_TALLY_MIN or more was asked above: its number is in tallies if it is one)
            if m.best != 0 and (m.best in tallies or (m.best is None or m.best < RESTATED_TALLY_MIN)
                                and _tally_figure(a, m, sent)):
                for c in by_sentence.get(si, ()):
                    c.tally_told = True
                continue  # "ليرتفع إلى تسعة عدد الشهداء الذين قضوا منذ التصعيد": a tally, no act's
            if max(m.best or 0, m.low or 0) > INCIDENT_FIGURE_MAX:
                continue  # "تسبب في مقتل نحو مليون مواطن سوري": a war's toll, whatever the words around it
            pool = owners
            if answered is not None and answered[0] <= m.start < answered[1]:
                # "ردا على هجوم دوما الذي قتل فيه 40 شخصا"، "ردا على مقتل جنديين، قصفت المدفعية": the
                # toll of the act answered, not the answer's
                pool = [c for c in owners if c.answered]
                if not pool:
                    continue
            owner = min(pool, key=lambda c: _clause_distance(a.doc.text, m, c.anchor))
            if len(pool) > 1 and m.category != "captured" and m.end <= owner.anchor.start:
                owner = _cause_of(a.doc.text, m, owner, pool)
            if m.end <= owner.anchor.start and _SAYING_FURTHER.search(fold_slice(a.doc.text, m.end, owner.anchor.start)) \
                    and _result_of_before(a.doc.text, m, sent):
                continue  # "أن العمليات العسكرية أدت إلى مقتل 30 شخصا، مشيرة إلى أن المعارضة واصلت قصف دمشق": the
                # toll of what the statement told before, not of the act of the one after it
            there = _place_after(a.doc.text, m, by_sent["places"].get(si, ()), locations)
            if there is not None and _one_place(owner) and owner.location.gazetteer_id != there:
                # "وذلك بعد ساعات من مقتل خمسة مدنيين في بلدة بلشون": the dead of the act at that
                # place if the sentence tells of one, else of another act it does not (an act placed
                # in a region or countryside may count its villages' dead)
                owner = next((c for c in owners if c.location is not None and c.location.gazetteer_id == there), None)
                if owner is None:
                    continue
            if owner.place_inherited and _one_place(owner) and _over_a_day(a.doc.text, m, sent):
                continue  # "وارتفع عدد ضحايا القصف في شمال البلاد خلال 24 ساعة إلى 13 مدنيا": a day's
                # toll over an area, not the toll of the town an act of its sentence borrowed
            # a toll told as a result ("، ما أدى إلى مقتل مدني") is of an act before it: a tally or
            # a demand after it ("والمطالبة بطرد قسد") is no nearer
            beside = [e for e in aside if e.start < m.start] if _result_of_before(a.doc.text, m, sent) else aside
            if beside and min(_clause_distance(a.doc.text, m, e) for e in beside) < \
                    min(_clause_distance(a.doc.text, m, e) for e in (owner.anchor, *owner.cues)):
                continue  # the toll of a tally or a threat beside the act ("القذائف التي تأتي في وقت
                # تشهد فيه البصرة حركة احتجاج، منذ الثلاثاء الماضي، أسفرت عن مقتل 12")
            owner.counts.append(m)


def _charged(a: Analysis, m: CountMention, sent: Sentence) -> bool:
    """Whether the dead or wounded *m* counts are the crime a charge or a suspicion right before them
    names (``context_words.CHARGED_WITH``: "بتهمة قتل فتاة", "مشتبه به في مقتل الفتاة")."""
    return _CHARGED_WITH.search(fold_slice(a.doc.text, max(sent.start, m.start - CHARGE_REACH), m.start)) is not None


_CHARGED_WITH = re.compile(r"(?<!\w)و?(?:" + words_pattern(context_words.CHARGED_WITH) + r")\s+ب?$")
CHARGE_REACH = 20  # characters before a count where the charge that names its dead ends


_CAUSE_BEFORE = re.compile("(?:" + "|".join(fold(w) for w in context_words.CAUSES) + r")\s+$")
CAUSE_REACH = 8  # characters before a cue where its word of cause ends


def _cause_of(text: str, m: CountMention, owner: _Candidate, pool: list[_Candidate]) -> _Candidate:
    """The owner of the dead or wounded *m* told before the act *owner*: the act after it that a word
    of cause names ("قتلت مقاتلة خلال مشاركتها بالمعارك، إثر قصف تركي": the shelling killed her, the
    fighting is where), else *owner*."""
    caused = [c for c in pool if c.anchor.start > owner.anchor.start
              and _CAUSE_BEFORE.search(fold_slice(text, max(0, c.anchor.start - CAUSE_REACH), c.anchor.start))]
    return min(caused, key=lambda c: c.anchor.start, default=owner)


# The place words of a village, a town or a part of one ("بلدة X", "حي X"), and how far after a
# figure its clause may name one, in characters.
_OWN_PLACES = frozenset({"village", "town", "city", "neighbourhood", "camp"})
PLACE_AFTER_COUNT_REACH = 60
TALLY_CLAUSE_REACH = 120  # characters of a figure's clause after it that may call it a total
RESTATED_TALLY_MIN = 20  # a figure this big told as a total is the total wherever the report repeats it
# No one act of these wars killed, wounded or took more than this many (Halabja's dead were about 5,000):
# a bigger figure is a tally however it is told.
INCIDENT_FIGURE_MAX = 10_000
HOURS_A_DAY = context_words.HOURS_A_DAY
_CLAUSE_END = re.compile(r"[،,.!?؟\n\"«»“”]")  # (a quotation opens another's words; `re`: the cheaper call)
_HOMETOWN = _alternation(casualty_words.HOMETOWN_WORDS)
_SAYING_FURTHER = re.compile(r"[،,]\s*(?:و)?(?:" + "|".join(fold(w) for w in context_words.SAYING_FURTHER) + r")(?!\w)")


# A toll this large told in a sentence that names a campaign, acts that went on, a period or a time
# since ("أسفرت الحملة عن مقتل 1500 مدني", "أدى الهجوم على الغوطة إلى مقتل أكثر من 1500 شخص في قصف
# متواصل", "قتلت الهجمات أكثر من 1000 شخص، منذ 18 فبراير") is the campaign's.
CAMPAIGN_FIGURE_MIN = 1000
_CAMPAIGN_WORDS = _alternation((*context_words.CAMPAIGN, *context_words.ONGOING, "الحملة", "حملات", "الحملات", "منذ",
                                 *context_words.CAMPAIGN_TOLL))
_CAMPAIGN_OFFENSIVE = _alternation(context_words.CAMPAIGN_TOLL_OFFENSIVE)


def _tally_figure(a: Analysis, m: CountMention, sent: Sentence) -> bool:
    """Whether figure *m* is a total, by words of one in its clause after it ("مقتل أكثر من 700 شخص في
    الأسابيع الأخيرة", "إلى 204 خلال 23 يوما") or a day before the report's that it counts from
    ("منذ الاثنين الماضي"; not "منذ صباح اليوم", one day's toll). ("لا معلومات عن قتلى حتى الآن"
    says none, and stays: the caller asks of figures other than 0.)"""
    text = a.doc.text
    end = min(sent.end, m.end + TALLY_CLAUSE_REACH)
    stop = _CLAUSE_END.search(text, m.end, end)
    end = stop.start() if stop else end
    raising = _RAISING.search(text[m.end:end])
    if raising is not None:  # "قتل خمسة مدنيين جراء القصف ليرتفع عدد القتلى منذ بدء التصعيد إلى 105"
        end = m.end + raising.start()
    # the figure a toll is raised to is told with the period from the raising verb on ("لترتفع حصيلة
    # القتلى منذ الاثنين الماضي إلى 30")
    opened = max((c.end() for c in _CLAUSE_END.finditer(text, sent.start, m.start)), default=sent.start)
    raised = _RAISING.search(text[opened:m.start])
    begin = opened + raised.start() if raised is not None else m.start
    window = fold_slice(text, begin, end)
    if _TOTALS.search(window) or _PERIOD.search(window):
        return True
    if m.best is not None and m.best >= CAMPAIGN_FIGURE_MIN:
        told = fold_slice(text, sent.start, sent.end)
        if _CAMPAIGN_WORDS.search(told) or _TOTALS.search(told) or _PERIOD.search(told):
            return True  # (anywhere in its sentence: "قصفت المنطقة خلال الأسبوعين الماضيين، مما أسفر عن مقتل ألف")
        if _CAMPAIGN_OFFENSIVE.search(told) and not _recalls_an_earlier_year(a):
            return True
    pub = a.doc.published
    # (the toll of the act a "since" clause tells began the period is that act's: "منذ الاعتداء الانتحاري
    # المزدوج الذي أوقع 31 قتيلا ببغداد في 16 كانون الثاني")
    return pub is not None and any(begin <= d.start < end and not m.start <= d.start < m.end
                                   and d.value is not None and d.value < pub
                                   and _since(a, d) and not _began_the_period(a, m.start, d) for d in a.dates)


def _recalls_an_earlier_year(a: Analysis) -> bool:
    """Whether the report tells a day, a month or a year of a year before the one it came out in
    (or has no day it came out)."""
    pub = a.doc.published
    return pub is None or any(d.value is not None and d.value.year < pub.year for d in a.dates)


def _over_a_day(text: str, m: CountMention, sent: Sentence) -> bool:
    """Whether the clause of figure *m* tells it over a day or more of hours ("خلال 24 ساعة"،
    "خلال الـ48 ساعة الماضية"): a tally of the acts of those hours."""
    before = _CLAUSE_END.search(text[sent.start:m.start][::-1])
    start = m.start - before.start() if before else sent.start
    after = _CLAUSE_END.search(text, m.end, sent.end)
    return any(int(h.group("n")) >= HOURS_A_DAY
               for h in _HOURS_SPAN.finditer(fold_slice(text, start, after.start() if after else sent.end)))


def _one_place(c: _Candidate) -> bool:
    """Whether *c* is placed at one village, town or part of one (not a region, a countryside or
    a governorate, which hold many)."""
    loc = c.location
    return loc is not None and loc.geo_precision == 1 and not (loc.why or {}).get("region")


def _place_after(text: str, m: CountMention, places, locations: dict) -> str | None:
    """The gazetteer id of the village or town (or part of one) that the clause of figure *m* names
    right after it ("مقتل خمسة مدنيين بينهم أربعة أطفال في بلدة بلشون"): where those dead were."""
    for p in places:
        if p.start < m.end:
            continue
        if p.start - m.end > PLACE_AFTER_COUNT_REACH or _CLAUSE_END.search(text, m.end, p.start) \
                or _HOMETOWN.search(fold_slice(text, m.end, p.start)):
            return None  # (a victim "من أبناء قرية الجفرة" died elsewhere)
        loc = locations.get(p.start)
        if p.feature in _OWN_PLACES and loc is not None and loc.geo_precision == 1:
            return loc.gazetteer_id
        return None
    return None


def _after_a_total(a: Analysis, sents, by_sent, si: int) -> bool:
    """Whether the sentence before *si*, in its paragraph, ends with a toll over a period (after
    its last figure of an act): the figures of a sentence with no act of its own then go on with
    that tally."""
    if si == 0 or sents[si - 1].paragraph != sents[si].paragraph:
        return False
    before = by_sent["counts"].get(si - 1)
    return bool(before) and _is_total(a, before[-1].end, sents[si - 1].end)


def _after_a_toll_announced(a: Analysis, sents, by_sent, si: int) -> bool:
    """Whether the sentence right before *si* (the last of the paragraph before, when *si* opens its
    own) announces a toll over a period with no figure of its own ("لترتفع حصيلة القتلى للهجوم المستمر
    منذ 3 أسابيع"): the figures of *si* are that toll."""
    if si == 0 or by_sent["counts"].get(si - 1):
        return False
    before = sents[si - 1]
    if a.doc.text.find(_RISE, before.start, before.end) < 0:
        return False  # (a plain look first: most sentences tell of nothing rising)
    folded = fold_slice(a.doc.text, before.start, before.end)
    m = _TOLL_HEAD.search(folded)
    # (not "ليرتفع عدد قتلى قوات الأمن منذ 20 يوليو إلى 21 قتيلا": the figure is told there)
    return m is not None and _TO_FIGURE.search(folded, m.end()) is None and _is_total(a, before.start, before.end)


# a death toll told as rising ("لترتفع حصيلة القتلى", "ارتفاع عدد الضحايا"): a running total, not "ما يجعل
# من الصعب التوصل إلى عدد القتلى" nor "حصيلة بأعداد قتلى ونازحي ..."
_RISE = "رتف"  # (as written: in every form of the word of rising below, "ارتفاع" and "ترتفع" alike)
_TO_FIGURE = re.compile(r"(?<!\w)(?:الي|ليبلغ|لتبلغ|بلغت|بلغ)(?!\w)")  # (folded: "إلى", "ليبلغ" ...)
_TOLL_HEAD = re.compile(r"(?<!\w)[وفل]*(?:ارتفاع|ارتفعت|ارتفع|[تي]رتفع)\s+(?:" + "|".join(map(fold, casualty_words.TALLY_HEADS))
                        + r")\s+(?:ال)?(?:" + "|".join(fold(w) for w in ("قتلى", "ضحايا", "شهداء")) + r")(?!\w)")


def goes_on_saying(folded: str) -> bool:
    """Whether a (folded) paragraph goes on with what the source of the one before said."""
    return bool(_GOES_ON_SAYING.match(folded))


def _result_of_before(text: str, m: CountMention, sent: Sentence) -> bool:
    """Whether a result phrase ("ما أدى إلى", "أسفر عن", "أدى ل") ends right where the count *m*
    starts (a glued "ل" may end the phrase one letter into the count's first word)."""
    before = fold_slice(text, max(sent.start, m.start - RESULT_REACH), m.start).rstrip()
    return any(r.end() >= len(before) - 1 for r in _RESULT.finditer(before))


def _aside_of_another_year(text: str, m: CountMention, sent: Sentence) -> bool:
    """A figure in brackets that name a year is another event's, recalled in passing ("منفذي هجمات
    باريس (2015، التي راح ضحيتها 130 شخصاً)")."""
    open_at = text.rfind("(", sent.start, m.start)
    if open_at < 0 or text.rfind(")", open_at, m.start) >= 0:
        return False
    close_at = text.find(")", m.end, sent.end + 1)
    return close_at >= 0 and bool(_YEAR.search(text, open_at, close_at))


def _join_lists(text: str, counts: list[CountMention], dates: Sequence[DateMention] = ()) -> list[CountMention]:
    """Add up the parts of one list ("اقتادوا خبير متفجرات ... بالإضافة لثلاث عناصر ... ورجل مدني",
    "ارتقاء X برفقة 3 أشخاص"): mentions of one outcome, close together, the gap before each part
    ending with its conjunction; not parts told each with its own day (*dates*: "قتلت حوالي 40 شخصا
    يوم الجمعة الماضية، و30 آخرين يوم السبت" are two days' dead, see :func:`_days_apart`)."""
    out: list[CountMention] = []
    for m in sorted(counts, key=lambda m: m.start):
        prev = out[-1] if out else None
        if prev is not None and prev.category == m.category \
                and 0 <= m.start - prev.end <= LIST_GAP and _LIST_JOIN.search(fold_slice(text, prev.end, m.start)) \
                and prev.best is not None and m.best is not None \
                and fold_slice(text, prev.start, prev.end) != fold_slice(text, m.start, m.end) \
                and not _days_apart(text, prev, m, dates) and not _sides_apart(prev, m):
            # (a title restated is not a list, nor two days' dead; civilians listed beside fighters,
            # "استشهاد 8 مدنيين ومقتل 4 مقاتلين", are added up as two groups, each told apart)
            civilian = prev.civilian if prev.civilian == m.civilian else None
            out[-1] = CountMention(prev.start, m.end, m.category, _plus(prev.low, m.low), prev.best + m.best,
                                   _plus(prev.high, m.high), civilian)
        elif m not in out:
            out.append(m)
    return out


def _sides_apart(x: CountMention, y: CountMention) -> bool:
    """One figure of civilians and one of fighters ("استشهاد 8 مدنيين ومقتل 4 مقاتلين"): two groups
    :func:`_casualties` adds up while telling the civilians apart, not one list of no side."""
    return x.civilian is not None and y.civilian is not None and x.civilian != y.civilian


LIST_DAY_REACH = 30  # characters after a list's part in which its clause may name its own day


def _days_apart(text: str, prev: CountMention, m: CountMention, dates: Sequence[DateMention]) -> bool:
    """Whether *prev* and the part *m* after it each name their own day, and the days differ: a day
    between them, another after *m* in its clause ("قتل فيها 24 من القوات الموالية للحكومة الخميس
    وأربعة آخرون الجمعة")."""
    stop = _CLAUSE_END.search(text, m.end, m.end + LIST_DAY_REACH)
    end = stop.start() if stop else m.end + LIST_DAY_REACH
    first = {d.value for d in dates if prev.end <= d.start and d.end <= m.start and d.value is not None}
    second = {d.value for d in dates if m.start < d.start < end and d.value is not None}
    return bool(first) and bool(second) and not first & second


def _join_clauses(text: str, counts: list[CountMention], places: list[PlaceMention] = (),
                  place_name: str | None = None) -> list[CountMention]:
    """Add up the dead of two clauses of one sentence that each tell of their own victims ("أعدم
    التنظيم تسعة من سائقي سيارات الأجرة وسط الموصل، في حين قتل التنظيم خمسة مواطنين كرد"; see
    _base._CLAUSE_TURN): the act's dead, as ACLED counts one actor's acts at one place on one day. A
    figure restated (the same number) or one of the other side (civilians beside fighters, added
    up anyway) is left alone, and so is a second clause that names another place (*places*, the
    report's place mentions; *place_name*, the act's): "بينما قتل خمسة مدنيين في مدينة عربين" tells
    of another act."""
    killed = sorted((m for m in counts if m.category == "killed" and m.best is not None), key=lambda m: m.start)
    if len(killed) != 2:
        return counts
    x, y = killed
    if x.best == y.best or x.civilian != y.civilian or not 0 <= y.start - x.end <= CLAUSE_GAP:
        return counts
    between = fold_slice(text, x.end, y.start)
    if _SENTENCE_STOP.search(between) or not _CLAUSE_TURN.search(between) \
            or not _KILLING.match(fold_slice(text, y.start, y.end)):
        return counts
    folded = fold_slice(text, y.end, min(len(text), y.end + CLAUSE_GAP))  # (offsets off by the marks it drops)
    ends = [m.start() for m in (_SENTENCE_STOP.search(folded), _NEXT_TURN.search(folded)) if m is not None]
    clause_end = y.end + min(ends, default=len(folded))
    if any(y.start <= p.start < clause_end and p.name != place_name for p in places):
        return counts
    total = CountMention(x.start, y.end, "killed", _plus(x.low, y.low), x.best + y.best, _plus(x.high, y.high),
                         x.civilian)
    return [m for m in counts if m is not x and m is not y] + [total]


def _join_sides(a: Analysis, counts: list[CountMention]) -> list[CountMention]:
    """In a battle the dead of each side add up: "4 عسكريين روس قتلوا في هجوم" and "43 مسلحا قُتلوا في
    نفس المعركة" are 47 killed. Only when every figure names its side (a figure of no side may
    restate another) and the figures stand close together."""
    killed = sorted((m for m in counts if m.category == "killed" and m.civilian is not True), key=lambda m: m.start)
    if len(killed) < 2 or killed[-1].start - killed[0].end > SIDES_GAP:
        return counts
    sides: dict[str, CountMention] = {}
    for m in killed:
        side = _side(a, m)
        if side is None or m.best is None:
            return counts
        if side not in sides or m.best > sides[side].best:
            sides[side] = m
    if len(sides) < 2:
        return counts
    parts = list(sides.values())
    total = CountMention(killed[0].start, killed[-1].end, "killed", sum(m.low or m.best for m in parts),
                         sum(m.best for m in parts), None, False)
    return [m for m in counts if m not in killed] + [total]


def _side(a: Analysis, m: CountMention) -> str | None:
    """The side a figure of dead fighters belongs to: the actor named in it ("4 عسكريين روس"), or
    "militants" for the attackers' generic name ("43 مسلحا")."""
    for act in a.actors:
        if m.start <= act.start < m.end + 3 and act.actor_id != "civilians":
            return act.actor_id
    if _MILITANTS.search(fold_slice(a.doc.text, m.start, m.end)):
        return "militants"
    return None


def _plus(x: int | None, y: int | None) -> int | None:
    return None if x is None or y is None else x + y


def _casualties(counts: list[CountMention]) -> tuple[dict[str, CountValue], dict[str, CountMention]]:
    """Combine the count mentions of one incident. The same figure restated is counted once (the
    highest), civilians and fighters named apart are added up; a mention with no figure counts only
    when no other has one."""
    out: dict[str, CountValue] = {}
    ev: dict[str, CountMention] = {}
    for cat in ("killed", "injured", "captured"):
        ms = [m for m in counts if m.category == cat]
        # (a mention with no figure, "عشرات المدنيين", adds nothing known to a sum: "قتل عشرة مقاتلين"
        # beside it is still ten; alone, it is the evidence that people were hit)
        ms = [m for m in ms if m.best is not None or m.low is not None] or ms
        if not ms:
            continue
        groups: dict[bool | None, CountMention] = {}
        for m in ms:
            g = groups.get(m.civilian)
            if g is None or (m.best or m.low or 0) > (g.best or g.low or 0):
                groups[m.civilian] = m
        split = [g for k, g in groups.items() if k is not None]
        total = _add(split) if split else None
        whole = groups.get(None)
        chosen = whole if whole is not None and (total is None or _val(whole) >= _val(total)) else total
        if chosen is None:
            continue
        out[cat] = chosen if isinstance(chosen, CountValue) else CountValue(chosen.low, chosen.best, chosen.high)
        ev[cat] = whole if chosen is whole else max(split, key=_val)
        if cat == "killed" and True in groups:
            civ = groups[True]
            out["civilians_killed"] = CountValue(civ.low, civ.best, civ.high)
            ev["civilians_killed"] = civ
    if out.get("injured") == CountValue(0, 0, None) and (out.get("killed") or CountValue()).best:
        # "دون وقوع إصابات" (nobody hurt) told of an act folded in beside one that killed: that one's
        # wounded are not known to be none
        del out["injured"], ev["injured"]
    return out, ev


def _val(m) -> int:
    return m.best if m.best is not None else (m.low or 0)


def _add(ms: list[CountMention]) -> CountValue:
    def s(attr: str) -> int | None:
        # a part with no best figure ("وعائلته": at least one) adds its low bound to the best
        vals = [getattr(m, attr) if getattr(m, attr) is not None or attr != "best" else m.low for m in ms]
        return None if any(v is None for v in vals) else sum(vals)

    if len(ms) == 1:
        m = ms[0]
        return CountValue(m.low, m.best, m.high)
    return CountValue(s("low"), s("best"), s("high"))
