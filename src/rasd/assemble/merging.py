"""Candidates that tell of one act folded together: cues close in one clause, an act named again
("عملية الإنزال", "هذه القذائف"), a weak cue beside a strong one, the same kind of act at the same
place on a compatible day; and how strongly a candidate's cues say an act happened."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rasd.assemble._base import (
    _ACCOMPANYING,
    _DEFINITE,
    _DEMONSTRATIVE,
    _DURING,
    _GOES_ON_SAYING,
    _OF_THEM,
    _RESULT,
    _RESULT_SUBJECT,
    _TOOK_PLACE_AFTER,
    _TOOK_PLACE_BEFORE,
    _TOPIC_SHIFT,
    CLAUSE_CHARS,
    COARSE_PRECISION,
    CUE_BONUS,
    DEMONSTRATIVE_WINDOW,
    DURING_REACH,
    GOES_ON_SAYING_REACH,
    MIDDLING_CUE,
    OPERATION_TAGS,
    RESULT_SUBJECT_REACH,
    SAME_TOLL_DAYS,
    SAME_TOLL_MIN,
    STRONG_CUE,
    TOOK_PLACE_REACH,
    _Candidate,
)
from rasd.assemble.actors import could_do
from rasd.assemble.places import _specificity, _unlisted_facility, _unlisted_settlement
from rasd.geo.gazetteer import km
from rasd.geo.resolve import FACILITY_FEATURES
from rasd.model import Location
from rasd.recognize.events import (
    BARE_BLAST,
    BARE_SHELLING,
    BOMBINGS,
    CAR_BOMB,
    EXCHANGE_OF_FIRE,
    GENERIC_ATTACK,
    GROUND_FIRE,
)
from rasd.text.normalize import fold, fold_slice

if TYPE_CHECKING:
    from rasd.pipeline import Analysis


def _actors_clash(x: _Candidate, y: _Candidate) -> bool:
    """Both name their own perpetrator, and not the same one (a borrowed actor never blocks). In a
    battle either side may be told first: the same two sides are the same fight. Nor is an act
    answered the answer (:func:`answered_by`)."""
    if answered_by(x, y) or answered_by(y, x):
        return True
    if not (x.actor1 and y.actor1 and x.actor1_own and y.actor1_own) or x.actor1.actor_id == y.actor1.actor_id:
        return False
    if x.anchor.event_type == "Battles" and y.anchor.event_type == "Battles":
        sides_x = {x.actor1.actor_id, x.actor2.actor_id if x.actor2 else None}
        sides_y = {y.actor1.actor_id, y.actor2.actor_id if y.actor2 else None}
        if x.actor1.actor_id in sides_y or y.actor1.actor_id in sides_x:
            return False
    return True


def answered_by(x: _Candidate, y: _Candidate) -> bool:
    """*x* is told as what another act answered and its target is *y*'s perpetrator (even one
    borrowed): the strikes Israel carried out are not the rockets fired on its bases ("ضربت كل البنية
    التحتية الإيرانية في سوريا، ردا على إطلاق صواريخ من سوريا على قواعد عسكرية إسرائيلية")."""
    return x.answered and x.actor2 is not None and y.actor1 is not None and x.actor2.actor_id == y.actor1.actor_id


def _kinds_agree(x: _Candidate, y: _Candidate) -> bool:
    """Same kind of act, or the same operation told as a raid in one place and a fight in another,
    or a suicide bombing named again as a bare explosion ("والتفجير هو الأول من نوعه في بغداد") or
    as the car bomb its bomber drove ("بتفجير سيارتين مفخختين" and "سيارتين يقودهما انتحاريان فجرا
    نفسيهما")."""
    # (each kind read once off its anchor: merging asks this of ~13k pairs per ANT pass, and the
    # candidate's property costs a call at each read)
    kx, ky = x.anchor.sub_event_type, y.anchor.sub_event_type
    if kx == ky:
        return True
    if {kx, ky} == BOMBINGS and any(_bare_blast(c) or _car_bomb(c) for c in (x, y)):
        return True
    return kx in _OPERATION_KINDS and ky in _OPERATION_KINDS and _one_operation(x.anchor.tags, y.anchor.tags)


def _one_operation(tx: tuple[str, ...], ty: tuple[str, ...]) -> bool:
    """Whether a raid (or airdrop) and a fight told by these tags may be one operation: they share a
    tag ("إنزال" and "اقتحام", both raids), or one is a raid and the other an exchange of fire
    ("نفذت وحدة مكافحة الإرهاب عملية دهم" and "قتل شرطي في تبادل لإطلاق النار")."""
    return not set(tx).isdisjoint(ty) or (_RAID in tx and EXCHANGE_OF_FIRE in ty) \
        or (_RAID in ty and EXCHANGE_OF_FIRE in tx)


_RAID = "raid"


def _bare_blast(c: _Candidate) -> bool:
    """Whether *c* is told by a bare explosion alone ("والتفجير"), or with generic cues that say no more
    ("التفجيرين اللذين استهدفا مفوضية الانتخابات")."""
    return BARE_BLAST in c.anchor.tags and all(e is c.anchor or e.weight < MIDDLING_CUE for e in c.cues)


def _car_bomb(c: _Candidate) -> bool:
    """Whether *c* is a bombing told with a car bomb among its cues ("بتفجير سيارتين مفخختين")."""
    return c.anchor.sub_event_type in BOMBINGS and any(CAR_BOMB in e.tags for e in c.cues)


# Two days told relative to an unknown publication day this far apart are two acts' days (see _dates_agree).
DAYS_APART = 2


def _dates_agree(x: _Candidate, y: _Candidate) -> bool:
    """Same day, or one of them undated; a month or a year ("الشهر الماضي") agrees with nothing:
    it names a period, and folding an act into it would lose the act."""
    if _coarse(x) or _coarse(y):
        return False
    if x.days_back is not None and y.days_back is not None and abs(x.days_back - y.days_back) >= DAYS_APART:
        # with no publication day, "اليوم" and "قبل يومين" are still two days (one day apart may be one
        # day told from two days: "ذكر مسؤول أمس ... في أول من أمس" and the official's own "أمس")
        return False
    if x.date is None or y.date is None or x.date.value is None or y.date.value is None:
        return True
    if x.date_stated != y.date_stated:  # told of on the day of the statement or before it
        stated, other = (x, y) if x.date_stated else (y, x)
        if other.retold and not other.date_inherited and other.date.value != stated.date.value:
            return False  # "وكان المرصد قد تحدث في الثاني من أبريل عن ...": an earlier act, on its own day
        return other.date.value <= stated.date.value
    return x.date.value == y.date.value


def _coarse(c: _Candidate) -> bool:
    return c.date is not None and c.date.precision in COARSE_PRECISION


def _same(x: _Candidate, y: _Candidate) -> bool:
    if not _kinds_agree(x, y) or not _dates_agree(x, y):
        return False
    if _actors_clash(x, y):
        return False
    kx, ky = x.place_key(), y.place_key()
    if kx is not None and kx == ky:
        return True
    if _quarter_of(x, y) or _quarter_of(y, x):
        return True  # "في حي كشكول التابع لجرمانا" after "في مدينة جرمانا": the town's act, told in its quarter
    if _spot_by_town(x, y) or _spot_by_town(y, x):
        return True
    if x.sub_event_type != y.sub_event_type and x.sub_event_type in BOMBINGS:
        return False  # a bare explosion names again the suicide bombing of its own place only
    # a vague (countryside, governorate, inherited) undated mention of the act folds into the specific one
    lx, ly = x.location, y.location
    if lx is None or ly is None:
        return kx is None or ky is None
    coarse, fine = (x, y) if _specificity(lx) > _specificity(ly) else (y, x)
    if _spot_in_district(fine, coarse):
        coarse, fine = fine, coarse  # of one rank, a district is vaguer than a village placed near it
    if fine.place_inherited and not coarse.place_inherited and _named_spot(coarse):
        coarse, fine = fine, coarse  # a place borrowed from a sentence nearby says less than a village's name
    if not _vague(coarse) or _another_side(coarse, fine) or (
            coarse.location.admin1 != fine.location.admin1 and not _by_the_outskirts(coarse, fine)):
        return False
    if coarse.date is None or coarse.date_inherited or fine.date is None or fine.date_inherited:
        return True
    # both told on one day of their own: the lead's countryside and the village of the lines below
    # ("قتل مدنيان ... على ريف إدلب الجنوبي" then "استهدفت ... قرية معرة حرمة بريف إدلب الجنوبي"), unless they
    # tell two tolls (two acts of one day in one countryside)
    if coarse.date.value is None or coarse.date.value != fine.date.value:
        return False
    return _tolls_agree(coarse, fine)


def _by_the_outskirts(coarse: _Candidate, fine: _Candidate) -> bool:
    """*coarse* is placed at a city's outskirts by its own words and *fine* within reach of the city,
    across a governorate's border ("سوق شعبية في ضواحي العاصمة دمشق" and "سوق شعبية في حي كشكول على أطراف
    ضاحية جرمانا": Damascus and Rural Damascus, one market)."""
    cl, fl = coarse.location, fine.location
    return coarse.place is not None and coarse.place.feature == "outskirts" and not coarse.place_inherited \
        and None not in (cl.latitude, cl.longitude, fl.latitude, fl.longitude) \
        and km(cl.latitude, cl.longitude, fl.latitude, fl.longitude) <= OUTSKIRTS_KM


OUTSKIRTS_KM = 15  # how far from a city's point its outskirts may reach


def _another_side(coarse: _Candidate, fine: _Candidate) -> bool:
    """*fine*'s place is told to lie on another side of the town whose countryside *coarse* names:
    "بلدة تل رفعت في ريف حلب الشمالي" is not in "ريف حلب الغربي"."""
    cp, fp = coarse.place, fine.place
    if cp is None or fp is None or cp.feature != "countryside" or not cp.direction or not fp.direction \
            or fp.context is None or fold(fp.context) != fold(cp.name):
        return False
    return set(cp.direction.split("-")).isdisjoint(fp.direction.split("-"))


def _one_bombardment(x: _Candidate, y: _Candidate) -> bool:
    """*x* and *y* tell of a bombardment of one place on one day by one perpetrator (or by one told
    once), each by its own word: the one act, told as a raid of aircraft and as shelling ("قتل 12
    مدنيا في قصف ليلي استهدف مدينة نوى" and "قصفا جويا وصاروخيا عنيفا استهدف مساء الثلاثاء مدينة
    نوى"), or as a raid and as the gas it dropped ("إثر قصف جوي شنته قوات النظام على مدينة دوما" and
    "قصف جوي بغازات سامة"). Two perpetrators named are two acts (:func:`_actors_clash`: "غارات روسية"
    and the regime's shelling)."""
    kinds = {x.anchor.sub_event_type, y.anchor.sub_event_type}  # (read once: see _kinds_agree)
    if not kinds <= _BOMBARDMENT_KINDS:
        return False
    if any(c.date is None or c.answered or c.known or not _at_a_spot_of_its_own(c) for c in (x, y)):
        # (told with no place or day of its own, or as what another act answered: a reference; or
        # at an area, where a day holds many acts: "تقارير عن استخدام غاز الكلور في الغوطة الشرقية")
        return False
    if kinds == _BOMBARDMENTS and any(_ground_fire(c) for c in (x, y)):
        return False  # "قصف مدفعي تركي" and "غارة تركية استهدفت المستشفى": two acts of a town's day
    kx = x.place_key()
    return kx is not None and kx == y.place_key() and _dates_agree(x, y) and not _actors_clash(x, y)


def _at_a_spot_of_its_own(c: _Candidate) -> bool:
    """Whether *c* is placed at a town or a facility by its own words, or was told again there by
    one folded into it (``own_place_parts``)."""
    return any(not p.place_inherited and _named_spot(p) for p in (c, *c.own_place_parts))


def _ground_fire(c: _Candidate) -> bool:
    """Whether *c* names fire from the ground ("قصف مدفعي", "قذائف هاون"; not a bare "قصف")."""
    return any(GROUND_FIRE in e.tags for e in (c.anchor, *c.cues))


# Kinds a bombardment of one place and day may be told as, the most specific first (a gas attack
# dropped from aircraft is the gas attack; an air raid with shelling, the air raid: events.PRECEDENCE)
_ONE_BOMBARDMENT = ("Chemical weapon", "Air/drone strike", "Shelling/artillery/missile attack")
_BOMBARDMENT_KINDS = frozenset(_ONE_BOMBARDMENT)


# Kinds of act that a report tells of once at a place: a mention of one dated later than another
# of its place is that one told again, on the day of a reaction (a shelling is often renewed).
ONCE_AT_A_PLACE = frozenset({"Chemical weapon"})
REACTION_DAYS = 3  # a reaction told in a report is of its last few days


def _told_again(x: _Candidate, y: _Candidate, a: Analysis) -> _Candidate | None:
    """*x* and *y* are of one kind at one place, one of them with its own day and the other named
    with the article and dated only by the report's day or a statement's ("الهجوم الكيماوي على دوما"
    in a report of the reactions, after "هجوم بالغاز على دوما مساء السبت 7 نيسان"), or, for a kind
    told once at a place (``ONCE_AT_A_PLACE``), dated by a recent reaction's day
    (:func:`_reaction_day`): the act told again, not another one. Returns the one with the act's
    own day, or None. (A kind told once at a place, named again with the article on a reaction's
    day, is that act whoever its sentence names: "واستخدمت روسيا، الثلاثاء، حق الفيتو ضد مشروع قرار
    لتحديد منفذي الهجوم بالغازات السامة على دوما" is no Russian attack; nor is an act known already,
    undated: ``_Candidate.known``.)"""
    if not _kinds_agree(x, y) or x.place_key() is None or x.place_key() != y.place_key():
        return None
    clash = _actors_clash(x, y)
    for own, again in ((x, y), (y, x)):
        if own.date is None or own.date_inherited or _coarse(own):
            continue
        if again.known and again.date is None and (not clash or _DEFINITE.search(
                fold_slice(a.doc.text, again.anchor.start, again.anchor.end))):
            return own  # "لتحديد منفذي الهجوم بالغازات السامة على دوما": the act known, told again
        if again.sub_event_type in ONCE_AT_A_PLACE and _last_week_loosely(again, own) and (
                not clash or _DEFINITE.search(fold_slice(a.doc.text, again.anchor.start, again.anchor.end))):
            return own  # "الهجوم الكيميائي على بلدة دوما الأسبوع الماضي" on a Thursday: Saturday's attack
        if again.date is None or again.day_told or _coarse(again):
            continue  # (nor is one dated by a month: "أعلنت الوحدات الشهر الماضي مقتل ثلاثة ... في المعارك")
        if again.sub_event_type in ONCE_AT_A_PLACE and _reaction_day(again, own, a) and (
                not clash or _DEFINITE.search(fold_slice(a.doc.text, again.anchor.start, again.anchor.end))):
            return own  # "ودعت فرنسا الثلاثاء إلى رد على الهجوم الكيماوي": a reaction's day, not a second attack
        if clash:
            continue
        if again.date_inherited and (again.date_stated or again.date.value == a.doc.published) \
                and _DEFINITE.search(fold_slice(a.doc.text, again.anchor.start, again.anchor.end)):
            return own  # (not "غداة مقتل 21 مدنيا جراء الغارات": a day told, the day before)
    return None


def _last_week_loosely(again: _Candidate, own: _Candidate) -> bool:
    """Whether *again* is dated by a week ("الأسبوع الماضي", Saturday to Friday) that holds *own*'s day
    or ends in the week before it: news calls an act of the last seven days last week's, though it
    fell in the week of the report."""
    d = again.date
    if d is None or d.precision != "week" or d.range is None or own.date.value is None:
        return False
    return d.range[0] <= own.date.value <= d.range[1] + dt.timedelta(days=7)


def _same_or_told_again(x: _Candidate, y: _Candidate, a: Analysis) -> bool:
    """:func:`_same`, or *y* and the kept *x* are one act told twice (:func:`_told_again`); when *x*
    is the retelling, its day counts as borrowed, so that :func:`_absorb` gives it *y*'s own."""
    if _same(x, y):
        return True
    own = _told_again(x, y, a)
    if own is y:
        x.date_inherited = True
    return own is not None or _same_toll(x, y)


def _same_toll(x: _Candidate, y: _Candidate) -> bool:
    """*x* and *y* are of one kind at one place, their days a day apart, and tell the same toll of
    many dead: one act, told again by a source who counts the days from the day it spoke (the
    earlier mention keeps its day)."""
    if not _kinds_agree(x, y) or x.place_key() is None or x.place_key() != y.place_key() or _actors_clash(x, y):
        return False
    if x.date is None or y.date is None or x.date.value is None or y.date.value is None or _coarse(x) or _coarse(y):
        return False
    if abs((x.date.value - y.date.value).days) > SAME_TOLL_DAYS:
        return False
    dead = {m.best for m in x.counts if m.category == "killed" and (m.best or 0) >= SAME_TOLL_MIN}
    return any(m.category == "killed" and m.best in dead for m in y.counts)


def _reaction_day(again: _Candidate, own: _Candidate, a: Analysis) -> bool:
    """Whether *again* is dated in the last days before the report, after *own*'s day: the day
    someone reacted to the act, as news tells of reactions (not "في 30 آذار 2017", a day of its own)."""
    pub, day, first = a.doc.published, again.date.value, own.date.value
    return pub is not None and day is not None and first is not None and first < day \
        and pub - dt.timedelta(days=REACTION_DAYS) <= day <= pub


def _vague(c: _Candidate) -> bool:
    """Placed no better than a countryside or a governorate (a named village the gazetteer lacks,
    or a point offset from a town, is specific)."""
    loc = c.location
    if c.place_inherited or loc is None or loc.geo_precision == 3:
        return True
    return loc.geo_precision == 2 and "unresolved" not in (loc.why or {}) and \
        (c.place is None or c.place.distance_km is None)


def _one_act(x: _Candidate, y: _Candidate) -> bool:
    """Cues close together in one sentence ("يستهدف بالصواريخ", "غارة ... أدت إلى انفجار") tell of
    one act, unless each names its own perpetrator or its own place, or one answers the other
    ("شنت الدول الثلاث ضربات ردا على هجوم كيميائي")."""
    if x.sentence != y.sentence or abs(x.anchor.start - y.anchor.start) > CLAUSE_CHARS or x.tally != y.tally:
        return False
    if _actors_clash(x, y) or not _dates_agree(x, y):
        return False  # "... القذائف، غداة إقدام المتظاهرين على اقتحام القنصلية": two acts, two days
    if x.answered != y.answered:
        return False
    return x.place_key() == y.place_key() or x.place_key() is None or y.place_key() is None


def _outcome(x: _Candidate, y: _Candidate, a: Analysis) -> bool:
    """*y*, an arrest or abduction, is told as what *x* led to ("جرى اشتباك مسلح ...، الأمر الذي أدى
    إلى مقتل شاب، واعتقال اثنين آخرين"): part of *x*'s act, not one of its own (unless the sentence
    turns to another act first: "...، فيما اعتقلت ...")."""
    if x.sentence != y.sentence or y.anchor.start <= x.anchor.end or "capture" not in y.anchor.tags:
        return False
    if _listed_outcome(x, y, a):
        return True
    between = fold_slice(a.doc.text, x.anchor.end, y.anchor.start)
    result = _RESULT.search(between)
    if result is None or _TOPIC_SHIFT.search(between, result.end()):
        return False
    if not _actors_clash(x, y):
        return True
    # a doer *y* read off *x*'s own clause, before the word of result, is a party to *x*'s act, not
    # one of *y*'s own ("عملية أمنية نفذتها قسد بمساندة من طيران التحالف أدت لاعتقال شخص")
    m = y.actor1
    return m is not None and x.anchor.end <= m.start and m.end <= y.anchor.start \
        and _RESULT.search(fold_slice(a.doc.text, m.end, y.anchor.start)) is not None


def _listed_outcome(x: _Candidate, y: _Candidate, a: Analysis) -> bool:
    """*y*, an arrest, is the last item of a toll told after *x* in its sentence ("تصدت لهجمات ...،
    مشيرة إلى مقتل 20 عنصراً وإصابة آخرين، إضافة إلى اعتقال عنصر"): what *x*'s act cost, no act of
    its own."""
    told = [m for m in y.counts if m.category != "captured" and x.anchor.end <= m.start and m.end <= y.anchor.start]
    if not told:
        return False
    last = max(m.end for m in told)
    return _LIST_ITEM.fullmatch(fold_slice(a.doc.text, last, y.anchor.start)) is not None and not _actors_clash(x, y)


# between a toll's last figure and the next item of its list: "، إضافة إلى", "و"
_LIST_ITEM = re.compile(r"\s*[،,]?\s*(?:و|(?:ب?ال)?" + fold("إضافة") + r"\s+(?:" + fold("إلى") + r"|ل)|"
                        + fold("علاوة") + r"\s+" + fold("على") + r"|" + fold("فضلا") + r"\s+" + fold("عن") + r")\s*")


def _of_the_taken(x: _Candidate, y: _Candidate, a: Analysis) -> bool:
    """*y* killed some of those *x*, an arrest or abduction before it in the sentence, took ("اعتقل
    التنظيم 15 خياطا ...، وأعدم أربعة منهم"): what became of the captives, part of *x*'s act and
    not another killing of its place and day."""
    if x.sentence != y.sentence or y.anchor.start <= x.anchor.end or "capture" not in x.anchor.tags \
            or "capture" in y.anchor.tags:
        return False
    taken = max((m.best or m.low or 0 for m in x.counts if m.category == "captured"), default=0)
    text = a.doc.text
    return taken > 0 and any(m.category == "killed" and 0 < (m.best or m.low or 0) <= taken
                             and (_OF_THEM.search(fold_slice(text, m.start, m.end))
                                  or _OF_THEM.search(fold_slice(text, m.end, m.end + 8))) for m in y.counts) \
        and not _actors_clash(x, y)


def _during(x: _Candidate, y: _Candidate, a: Analysis) -> bool:
    """A shooting or a fight of one sentence with a raid or an airdrop, told as happening during it
    ("راح ضحيتها طفل جراء إطلاق النار عليهم من قبل عناصر قسد خلال المداهمة", "برصاص القوات خلال
    تنفيذها عملية إنزال جوي") or as what went with it ("عملية إنزال جوي ...، رافقها إطلاق نار
    كثيف"): part of the operation (its forces and their foreign partner's are one side in it), though
    told too far from it for :func:`_one_act`."""
    if x.sentence != y.sentence:
        return False
    ops = [c for c in (x, y) if set(c.anchor.tags) & OPERATION_TAGS and c.sub_event_type in _OPERATION_KINDS]
    if len(ops) != 1:
        return False
    op = ops[0]
    act = y if op is x else x
    if act.anchor.event_type not in _VIOLENCE or act.answered != op.answered or not _dates_agree(x, y):
        return False
    if _actors_clash(x, y) and not _partners(x, y):
        return False
    if not (x.place_key() == y.place_key() or x.place_key() is None or y.place_key() is None):
        return False
    text = a.doc.text
    for cue in (op.anchor, *op.cues):
        if abs(cue.start - act.anchor.start) > 2 * CLAUSE_CHARS:
            continue
        after = cue.end <= act.anchor.start
        between = fold_slice(text, cue.end, act.anchor.start) if after else fold_slice(text, act.anchor.end, cue.start)
        if _TOPIC_SHIFT.search(between):
            continue
        if _DURING.search(fold_slice(text, max(0, cue.start - DURING_REACH), cue.start)):
            return True
        if after and _ACCOMPANYING.search(between):
            return True
    return False


_VIOLENCE = frozenset({"Battles", "Violence against civilians"})


def _partners(x: _Candidate, y: _Candidate) -> bool:
    """Their perpetrators are a local force and its foreign partner ("قسد بمساندة طيران التحالف")."""
    from rasd.recognize.actors import FOREIGN_PARTNERS

    ix, iy = x.actor1.actor_id, y.actor1.actor_id
    return iy in FOREIGN_PARTNERS.get(ix, ()) or ix in FOREIGN_PARTNERS.get(iy, ())


def _may_name_again(y: _Candidate, a: Analysis) -> bool:
    """What :func:`_anaphor` asks of *y* alone, whatever *x*: its cue with the article, and its unit
    not opening on the other side's acts (most candidates fail it, and are tried against none)."""
    return not y.other_side and bool(_DEFINITE.search(fold_slice(a.doc.text, y.anchor.start, y.anchor.end)))


def _anaphor(x: _Candidate, y: _Candidate, a: Analysis) -> bool:
    """*y* names again, with the article and no day of its own, the act *x* told of earlier in the
    paragraph ("نفذت قوات ... عملية إنزال ...، وجرى خلال عملية الإنزال تبادل لإطلاق النار"), or in
    the paragraph after when it goes on with what its source said ("وأضاف المتحدث أن المواجهات أدت
    إلى ..."), or anywhere before after a demonstrative ("ولم يعرف مصدر هذه القذائف"). Asked only
    of a *y* that :func:`_may_name_again` (its cue with the article, its unit not the other side's:
    "وعلى الطرف الآخر أدى القصف ..."), which _merge reads once per candidate, not once per pair."""
    # the cheap tests first (most pairs fail one), then the ones that read the text
    if y.anchor.start <= x.anchor.start:
        return False
    kx, ky = x.anchor.sub_event_type, y.anchor.sub_event_type  # (read once: see _kinds_agree)
    if not (kx == ky or not set(x.anchor.tags).isdisjoint(y.anchor.tags)
            or (BARE_SHELLING in y.anchor.tags and kx in _BOMBARDMENTS)
            or (GENERIC_ATTACK in y.anchor.tags and x.anchor.event_type in _VIOLENCE_NAMED_ATTACK
                and x.anchor.weight >= MIDDLING_CUE)):
        # (a bare "القصف" names again the air strikes told before it as well as shelling; a bare
        # "الهجوم" an act of violence of any kind told as one, "وذكرت الوكالة أن الهجوم وقع قرب
        # مدينة ..." after a bombing, not a bare "استهدفت" told since)
        return False
    if y.answered and y.counts and not x.answered and kx == ky \
            and not _actors_clash(x, y):
        # "ردا على الهجمات الكيماوية التي قيل إن أكثر من 40 شخصا لقوا حتفهم خلالها": the act another
        # answered, named with the article and its toll, is the one told before, wherever (the day
        # of its sentence is the answer's)
        return True
    result = None  # whether y is the subject of a result verb (read once, when asked)
    if y.day_told and _coarse(x):
        return False  # (a day told, unknown in a report with no publication day, is no day of a month told)
    if not y.date_inherited and not (x.date and y.date and x.date.value == y.date.value):
        # what an act told without its day led to, with the day ("وأدى القصف ... إلى مقتل ... الاثنين")
        result = _result_subject(a, y)
        if not (result and (x.date is None or x.date_inherited) and not _coarse(y)):
            return False
    if _actors_clash(x, y):
        return False
    if y.paragraph != x.paragraph:
        before = fold_slice(a.doc.text, max(0, y.anchor.start - DEMONSTRATIVE_WINDOW), y.anchor.start)
        if not _DEMONSTRATIVE.search(before) and not (y.paragraph == x.paragraph + 1 and (
                (y.place_inherited or y.place_key() == x.place_key())
                and (_goes_on(a, y) or (_result_subject(a, y) if result is None else result))
                or _took_place(a, y))):
            # (a source going on about "القصف في حرستا" tells of another place's; "وذكرت الوكالة أن
            # الهجوم وقع قرب مدينة ..." tells where the act told before was)
            return False
    return True


_BOMBARDMENTS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_VIOLENCE_NAMED_ATTACK = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _result_subject(a: Analysis, c: _Candidate) -> bool:
    """Whether *c*'s cue is the subject of a result verb right before it ("وأدى القصف إلى مقتل")."""
    start = c.anchor.start
    return bool(_RESULT_SUBJECT.search(fold_slice(a.doc.text, max(0, start - RESULT_SUBJECT_REACH), start)))


def _took_place(a: Analysis, c: _Candidate) -> bool:
    """Whether *c*'s cue is the subject of a verb of taking place ("ووقع الهجوم", "الهجوم وقع")."""
    text, start, end = a.doc.text, c.anchor.start, c.anchor.end
    return bool(_TOOK_PLACE_BEFORE.search(fold_slice(text, max(0, start - TOOK_PLACE_REACH), start))
                or _TOOK_PLACE_AFTER.match(fold_slice(text, end, end + TOOK_PLACE_REACH)))


def _goes_on(a: Analysis, c: _Candidate) -> bool:
    """Whether *c*'s paragraph opens by going on with what the source of the one before said."""
    text = a.doc.text
    start = text.rfind("\n", 0, c.anchor.start) + 1
    return bool(_GOES_ON_SAYING.match(fold_slice(text, start, start + GOES_ON_SAYING_REACH)))


def _subsumed(weak: _Candidate, strong: _Candidate) -> bool:
    """A weak cue ("القنابل", "طائرات مروحية") at the same place and day as a strong one is a
    detail of the strong one's act, not an act of its own."""
    return _tier(weak) < _tier(strong) and _detail_of(weak, strong)


def _detail_of(weak: _Candidate, strong: _Candidate) -> bool:
    """:func:`_subsumed` but for the strength of their cues: same place and day, no clash."""
    if not (weak.place_inherited or weak.place_key() == strong.place_key() or _names_its_area(weak, strong)) \
            or not _dates_agree(weak, strong):
        return False
    if weak.location is None and strong.location is None and weak.paragraph != strong.paragraph:
        return False  # placed nowhere, paragraphs apart: nothing says it is the same act
    if weak.sub_event_type in _BOMBARDMENTS and strong.sub_event_type not in _BOMBARDMENTS and not weak.place_inherited \
            and (strong.place_inherited or weak.sentence != strong.sentence and weak.date is not None
                 and not weak.date_inherited) \
            and weak.anchor.weight >= MIDDLING_CUE and _tolled(weak):
        # "قتل خمسة أطفال إثر قصف طال قرية المحسنلي" is no detail of fighting told later that only
        # borrowed the village: a bombardment named as one (not a bare "استهدف"), with its toll at
        # its own place (nor, with a day of its own, of fighting told in another sentence at the same
        # town: "دارت اشتباكات طوال الليل على أطراف عفرين" and "والجمعة قتل 43 مدنيا بقصف على عفرين")
        return False
    if strong.place_inherited and not weak.place_inherited and strong.anchor.sub_event_type in _DEALS \
            and weak.anchor.event_type != _STRATEGIC:
        # "جرى قصفه بقنابل النابالم" in Arbin is no detail of "التهجير القسري" told later of the whole
        # Ghouta that only borrowed the town: an act of violence at its own place is no deal's
        return False
    if weak.sentence == strong.sentence and weak.answered != strong.answered:
        return False  # "شنت الدول الثلاث ضربات ردا على هجوم كيميائي": the strikes are no detail of the attack
    if strong.known and strong.date is None and weak.date is not None and not weak.date_inherited:
        return False  # an act of a day of its own is no detail of one known already, of no day told
    return not _actors_clash(weak, strong)


def _names_its_area(weak: _Candidate, strong: _Candidate) -> bool:
    """*weak* is placed by its own words at the town *strong*'s village is told to lie about, named
    bare ("مجزرة كوباني" and "قصف مسيرة لمنزل في قرية برخ بوتان في ريف كوباني"): the act named by its
    area. (Not a governorate's city, whose countryside is the governorate's: "سقوط صاروخ على وسط
    مدينة حلب" is no detail of "قصف على قرية عبطين بريف حلب".)"""
    area = strong.place.context if strong.place is not None and not strong.place_inherited \
        and strong.place.feature in _SPOTS else None
    return area is not None and weak.place is not None and weak.location is not None \
        and weak.location.geo_precision == 1 and not (weak.location.why or {}).get("region") \
        and weak.place.feature is None and weak.location.name != weak.location.admin1 \
        and fold(weak.place.name) == fold(area) and weak.location.admin1 == strong.location.admin1


_STRATEGIC = "Strategic developments"  # (ACLED's event type of deals, arrests and the like)
_DEALS = frozenset({"Agreement", "Non-violent transfer of territory"})
_SPOTS = frozenset({"village", "farm"})  # (a town's countryside holds them: not a quarter of a city)


def _tolled(c: _Candidate) -> bool:
    """Whether *c* tells of people killed by figure ("مقتل خمسة أطفال")."""
    return bool(_dead(c))


def _dead(c: _Candidate) -> set[int]:
    """The figures of people killed that *c* tells."""
    return {m.best or m.low for m in c.counts if m.category == "killed" and (m.best or m.low)}


def _fold_into(cands: list[_Candidate], pair, retype: bool, latest_first: bool = False,
               retold: bool = False, group=None, rekind: bool = False, may_pair=None) -> list[_Candidate]:
    """Fold each candidate into the first (*latest_first*: the last) kept one it pairs with, else
    keep it. *group*: a key that two candidates that pair always share (and that folding leaves
    as it is): each is then tried only against the kept ones of its group, not against all.
    *may_pair*: a test of the candidate alone that ``pair(kept, candidate)`` needs to hold: one that
    fails it is kept without trying any. *rekind*: a bombardment takes the more specific kind of one
    folded in (:func:`_one_bombardment`)."""
    out: list[_Candidate] = []
    groups: dict = {}  # group key -> the kept candidates with it, in order
    for c in cands:
        kept = out if group is None else groups.setdefault(group(c), [])
        tried = kept if may_pair is None or may_pair(c) else ()
        for o in (reversed(tried) if latest_first else tried):
            if not ((o.separate or c.separate) and _apart(o, c)) and pair(o, c):
                _absorb(o, c, retype=retype, retold=retold)
                if rekind:
                    _more_specific_bombardment(o, c)
                break
        else:
            out.append(c)
            if group is not None:
                kept.append(c)
    return out


def _apart(x: _Candidate, y: _Candidate) -> bool:
    """Whether the later of *x* and *y*, of another unit, is told as an act apart from those before it
    ("وفي هجوم منفصل، قتل 3 أشخاص حين انفجرت قنبلة"): the two are not folded into one. (Asked only
    when one of them is: nearly no pair is.)"""
    later = x if x.sentence > y.sentence else y
    return later.separate and x.sentence != y.sentence


def _sentence(c: _Candidate) -> int:
    """The group of :func:`_one_act` and :func:`_outcome`: cues of one sentence."""
    return c.sentence


# Kinds that one act may be told as (see _kinds_agree); folding may turn the one into the other.
_OPERATION_KINDS = frozenset({"Other", "Armed clash"})


def _kind(c: _Candidate) -> str:
    """The group of :func:`_same` (through :func:`_kinds_agree`): its kind of act, the two kinds
    of an operation taken as one, and a suicide bombing with the explosions that may name it."""
    kind = c.anchor.sub_event_type  # (read once: see _kinds_agree)
    if kind in _OPERATION_KINDS:
        return "operation"
    return "blast" if kind in BOMBINGS else kind


def _bombarding(c: _Candidate) -> bool:
    """The group of :func:`_one_bombardment`: whether *c* tells of a bombardment."""
    return c.anchor.sub_event_type in _ONE_BOMBARDMENT


def _fold_details(cands: list[_Candidate], known: list[int] | None = None) -> tuple[list[_Candidate], list[int]]:
    """``_fold_into(cands, lambda x, y: _subsumed(y, x), retype=False)``, reading the strength of
    each candidate's cues once (not once per pair) and again only when it absorbs another; with
    the tiers of the kept candidates (the next pass over them starts from those: *known*, the
    tiers of *cands*)."""
    out: list[_Candidate] = []
    tiers: list[int] = []  # _tier of out[i]
    for k, c in enumerate(cands):
        tier = _tier(c) if known is None else known[k]
        # (a candidate of the top tier, half of them, is a detail of none: it is kept without a look)
        for i, o in enumerate(out if tier < TOP_TIER else ()):
            if tier < tiers[i] and not ((o.separate or c.separate) and _apart(o, c)) and _detail_of(c, o):
                _absorb(o, c)
                tiers[i] = _tier(o)
                break
        else:
            out.append(c)
            tiers.append(tier)
    return out, tiers


def _merge(cands: list[_Candidate], a: Analysis) -> list[_Candidate]:
    cands = _fold_into(cands, _one_act, retype=True, group=_sentence)
    cands = _fold_into(cands, lambda x, y: x.tally == y.tally and (_outcome(x, y, a) or _of_the_taken(x, y, a)),
                       retype=False, group=_sentence)
    cands = _fold_into(cands, lambda x, y: x.tally == y.tally and _during(x, y, a), retype=True, group=_sentence)
    # "عملية الإنزال" names again the nearest operation told before it, not the first one
    cands = _fold_into(cands, lambda x, y: _anaphor(x, y, a), retype=False, latest_first=True, retold=True,
                       may_pair=lambda y: _may_name_again(y, a))
    cands = [c for c in cands if not c.tally]  # (the fights of a period's toll, and the words naming them again)
    cands, tiers = _fold_details(cands)
    # a weak cue before its strong one: fold it forward
    cands, _ = _fold_details(cands[::-1], tiers[::-1])
    cands.reverse()
    cands = _fold_into(cands, lambda x, y: _same_or_told_again(x, y, a), retype=False, group=_kind)
    # then each act of one kind with what told it as another kind of bombardment
    return _fold_into(cands, _one_bombardment, retype=False, group=_bombarding, rekind=True, may_pair=_bombarding)


def _absorb(o: _Candidate, c: _Candidate, retype: bool = False, retold: bool = False) -> None:
    """Fold *c* into *o*. *retold*: *c* names *o*'s act again ("هذا الانفجار"), which makes it no
    surer that the act happened (its cue adds nothing to *o*'s strength)."""
    # (the party to a deal or an arrest folded in as a detail did not plant the bomb, nor on its day:
    # "حملة عسكرية بدأها النظام في 18 فبراير ... تمكن خلالها من السيطرة")
    strategic = c.anchor.event_type == _STRATEGIC != o.anchor.event_type
    if o.place_inherited and not c.place_inherited and c.place is not None and c.place_key() == o.place_key():
        o.own_place_parts.append(c)  # (c is not changed after this: it is told on its own as it was)
    # (nor is a day it borrowed, or was told of, given up for the week of an act of another kind folded in:
    # "قبل أن تتمكن قوات النظام من السيطرة عليه منتصف الأسبوع الماضي" is not the strikes' time)
    if (o.date is None or o.date_inherited) and c.date is not None and not c.date_inherited and not _coarse(c) \
            and not strategic and not (o.date is not None and o.date.precision == "day" != c.date.precision
                                       and c.anchor.sub_event_type != o.anchor.sub_event_type):
        o.date, o.date_inherited, o.date_stated = c.date, False, False
    # (a village the gazetteer lacks, "قرية الدوة", is as specific as the town it is placed at)
    if c.location is not None and (o.location is None or _specificity(c.location) - _unlisted_settlement(c.place, c.location)
                                   < _specificity(o.location)
                                   or _own_place_for_borrowed(o, c) or _spot_in_district(o, c)
                                   or (retold and _governorate_of_country(c.location, o.location))
                                   or (_quarter_of(c, o) and "unresolved" not in (c.location.why or {}))) \
            and not _part_of(o, c.location) and not (retold and (_elsewhere(c.location, o) or _borrowed_only(c, o))) \
            and not _other_country(o, c.location):
        o.place, o.location, o.place_inherited, o.on_state_sites = c.place, c.location, c.place_inherited, c.on_state_sites
    o.time_of_day = o.time_of_day or c.time_of_day
    o.tod_span = o.tod_span or c.tod_span
    o.goes_on = o.goes_on or c.goes_on  # ("ورغم الهدنة، تواصل القصف": the truce folded into the shelling)
    # a perpetrator named with the act beats one borrowed from its paragraph, unless it comes from a
    # weaker cue folded in as a detail ("... تستهدف" beside the strike)
    # (nor one that could not have done o's act: "من سيطرة تنظيم داعش" folded into air strikes on the
    # governorate it names, a protest into a bombing)
    # (nor one of acts told by likeness, "هجمات مشابهة": others than o, of whoever did those)
    if c.actor1 is not None and not strategic and not c.likeness and could_do(c.actor1, o) and (
            o.actor1 is None
            or (c.actor1_own and not o.actor1_own and _tier(c) >= _tier(o))):
        o.actor1, o.actor1_own = c.actor1, c.actor1_own
    o.actor2 = o.actor2 or c.actor2
    o.counts.extend(m for m in c.counts if m not in o.counts)
    o.headline_only = o.headline_only and c.headline_only
    if not retold:
        o.cues.extend(c.cues)
    if retype:
        from rasd.recognize.events import primary

        o.anchor = primary([o.anchor, c.anchor]) or o.anchor
        if o.actor1 is not None and not could_do(o.actor1, o):
            # "اشتباكات بين المتظاهرين و..." folded into the force used on them: the protesters
            # are its target, not its perpetrator; "مطار كويرس العسكري المحاصر من قبل تنظيم «داعش»
            # لقصف عنيف بالصواريخ الفراغية والبراميل المتفجرة": the besiegers dropped no barrel bombs
            o.actor1, o.actor1_own = (c.actor1, c.actor1_own) if c.actor1 is not None and could_do(c.actor1, o) \
                else (None, False)
    elif o.sub_event_type == "Other" and c.sub_event_type == "Armed clash" and _one_operation(o.anchor.tags, c.anchor.tags):
        o.anchor = c.anchor  # the raid told of before turned out to have an exchange of fire
    elif c.sub_event_type == "Suicide bomb" != o.sub_event_type and (BARE_BLAST in o.anchor.tags or _car_bomb(o)):
        o.anchor = c.anchor  # the explosion (or car bomb) told of before was a suicide bombing


def _governorate_of_country(loc: Location, own: Location) -> bool:
    """*loc* is a governorate (or a place in one) of the country *own* names as a whole, of one rank
    (``geo_precision``) with it: "في غارة جوية بشمال شرق سوريا" told again as "الغارة الجوية التي
    استهدفت محافظة الحسكة" (asked of an act named again only: two acts told apart are not narrowed so)."""
    return own.admin1 is None and loc.admin1 is not None and loc.iso3 == own.iso3


def _more_specific_bombardment(o: _Candidate, c: _Candidate) -> None:
    """*o*, a bombardment that *c* told of as well, takes *c*'s kind when it is the more specific
    ("قصف" that was "قصف جوي بغازات سامة": a gas attack), and loses a perpetrator borrowed for it that
    could not have done that ("قصف" of the coalition's: no gas)."""
    if o.sub_event_type == c.sub_event_type or o.sub_event_type not in _ONE_BOMBARDMENT \
            or c.sub_event_type not in _ONE_BOMBARDMENT \
            or _ONE_BOMBARDMENT.index(c.sub_event_type) > _ONE_BOMBARDMENT.index(o.sub_event_type):
        return
    o.anchor = c.anchor
    if o.actor1 is not None and not could_do(o.actor1, o):
        o.actor1, o.actor1_own = (c.actor1, c.actor1_own) if c.actor1 is not None and could_do(c.actor1, o) \
            else (None, False)


def _borrowed_only(again: _Candidate, o: _Candidate) -> bool:
    """*again*, naming *o*'s act again, has only a place borrowed from the sentences before it,
    and *o* one of its own: "أصيب 30 شخصا في الهجوم" after a sentence set in another town says
    nothing of where the act was."""
    return again.place_inherited and not o.place_inherited and o.place is not None


def _other_country(o: _Candidate, loc: Location) -> bool:
    """*loc*, the place of an act folded into *o*, is in another country than the place *o* names
    itself: a sentence telling of it elsewhere ("التفجير الذي استهدف مدينة سوروتش التركية ... للمشاركة
    في إعادة إعمار مدينة كوباني السورية") moves no act across a border."""
    own = o.location
    return own is not None and not o.place_inherited and o.place is not None and own.geo_precision < 3 \
        and loc.iso3 != own.iso3  # (a whole country, "دفعت التقارير الولايات المتحدة", is no place held)


def _elsewhere(loc: Location, o: _Candidate) -> bool:
    """*loc*, the place of a sentence naming *o*'s act again, lies outside the area *o* names as its
    own: the retelling's sentence tells of another place ("فجر انتحاري نفسه في قضاء بعاج ... وتأتي
    العملية الانتحارية في إطار المعارك التي اندلعت في الموصل"), not where the act was."""
    own = o.location
    if own is None or o.place_inherited or own.admin1 is None:
        return False
    if loc.iso3 != own.iso3 or loc.admin1 != own.admin1:
        return True
    if (o.place is not None and o.place.feature in _WIDE) or (own.why or {}).get("region"):
        return False  # a countryside or a region holds many places: the retelling's may be one of them
    return own.geo_precision == 2 and own.admin2 is not None and loc.admin2 is not None and loc.admin2 != own.admin2


_WIDE = frozenset({"countryside", "governorate"})


def _own_place_for_borrowed(o: _Candidate, c: _Candidate) -> bool:
    """*o*'s place was borrowed from a sentence nearby, and *c* names its own, a village or a point
    near a town ("في انفجار هز ضاحية بنصلاوة القريبة من مدينة أربيل"): the act's own place, though
    the town *o* borrowed is a more precise point. (A countryside or a governorate named with the
    act says less than the village borrowed.)"""
    return o.place_inherited and _named_spot(c) and c.place_key() != o.place_key()


def _spot_in_district(o: _Candidate, c: _Candidate) -> bool:
    """*o* is placed at a district or a countryside by its own words, *c* at a village the gazetteer
    lacks, placed at that same place or in its district, and of the same rank ("قرية الزركة بأطراف طوز خورماتو" after
    "أطراف قضاء طوز خورماتو"): a spot in *o*'s area, and the act's place."""
    return not (o.place_inherited or c.place_inherited) and "unresolved" in (c.location.why or {}) \
        and (c.location.gazetteer_id is not None and c.location.gazetteer_id == o.location.gazetteer_id
             or c.location.admin2 is not None and c.location.admin2 == o.location.admin2) \
        and _specificity(c.location) == _specificity(o.location) and _vague(o)


def _named_spot(c: _Candidate) -> bool:
    """Placed by its own words at a village, a town or a point near one: not vaguely (:func:`_vague`),
    and not in a named region ("الغوطة الشرقية"), which the gazetteer places at a point."""
    return not _vague(c) and not (c.location.why or {}).get("region")


def _part_of(c: _Candidate, town: Location) -> bool:
    """*c* is placed at a facility the gazetteer lacks, in *town* ("مطار البصرة الدولي" at البصرة):
    as specific as the town and more."""
    return _unlisted_facility(c.place, c.location) and c.location.gazetteer_id is not None and \
        c.location.gazetteer_id == town.gazetteer_id


def _spot_by_town(spot: _Candidate, town: _Candidate) -> bool:
    """*spot* is placed by its own words at a facility ("قصفت الطريق المؤدي إلى معبر باب الهوى"), *town*
    at a town or city close by ("قصف قوات النظام لمدينة سرمدا"), on one day of their own or the
    report's: the town's act, told at the spot it hit."""
    return spot.place is not None and spot.place.feature in FACILITY_FEATURES \
        and spot.date is not None and town.date is not None and spot.date.value == town.date.value \
        and town.location is not None and spot.location is not None and town.location.gazetteer_id is not None \
        and town.location.gazetteer_id != spot.location.gazetteer_id and _near_the_town(spot, town, SPOT_BY_TOWN_KM)


SPOT_BY_TOWN_KM = 8  # how far from a town a facility told with its act may lie


def _town_like(c: _Candidate) -> bool:
    """Placed at a city or a town (by its word or the gazetteer's), not a village nor a quarter."""
    if c.place.feature in _TOWNS:
        return True
    why = c.location.why or {}
    return c.place.feature is None and any(p.get("id") == why.get("entry") and p.get("feature") in _TOWNS
                                           for p in why.get("candidates") or ())


_TOWNS = frozenset({"city", "town"})


def _near_the_town(spot: _Candidate, town: _Candidate, reach_km: float) -> bool:
    """*town* is placed by its own words at a city or a town, *spot* by its own words within *reach_km*
    of it in its governorate, and their tolls do not tell two acts."""
    sl, tl = spot.location, town.location
    return town.place is not None and not town.place_inherited and not spot.place_inherited \
        and sl is not None and tl is not None and sl.admin1 == tl.admin1 and _town_like(town) \
        and km(sl.latitude, sl.longitude, tl.latitude, tl.longitude) <= reach_km and _tolls_agree(spot, town)


def _tolls_agree(x: _Candidate, y: _Candidate) -> bool:
    """Whether *x* and *y* may tell one act's dead: one tells none, or they share a figure."""
    dead_x, dead_y = _dead(x), _dead(y)
    return not dead_x or not dead_y or not dead_x.isdisjoint(dead_y)


def _quarter_of(spot: _Candidate, town: _Candidate) -> bool:
    """*spot* is placed at a quarter of the town *town* is placed at by its name: one the gazetteer
    lacks, placed at the town ("استهدف الهجوم سوقا شعبيا في حي كشكول التابع لجرمانا" after "استهداف سوق
    شعبي في مدينة جرمانا"), or one it knows within the town, their tolls not telling two acts ("قذيفة
    ... على احد احياء مدينة حلب" and "على منزلهم في حي الشهباء الجديدة ... بمدينة حلب"): one place,
    a town's act being its quarter's."""
    if spot.place is None or spot.place.feature != "neighbourhood" or town.location is None \
            or "unresolved" in (town.location.why or {}) or spot.location is None:
        return False
    if "unresolved" in (spot.location.why or {}):
        return spot.location.gazetteer_id is not None and spot.location.gazetteer_id == town.location.gazetteer_id
    return _near_the_town(spot, town, QUARTER_KM)


QUARTER_KM = 10  # how far from a city's point its quarters lie


def _strength(c: _Candidate) -> float:
    """How strongly the cues of a candidate together say an act happened: its strongest cue, a
    little more for each other distinct cue word (a repeated weak word is still a weak word). One
    more word does not make a middling cue a strong one ("قصف" or "انفجار" with "استهداف"); two do.
    (That was the calibrated behaviour all along, by accident of floating point: 0.7 + 0.1 fell
    just short of 0.8. Letting one word lift them adds 37 ANT incidents and costs dev F1 0.02.)"""
    if len(c.cues) == 1 and c.cues[0] is c.anchor:
        best, extra = c.anchor.weight, 0  # (one cue, as most candidates have: no need to tell cues apart)
    else:
        weights = {(e.start, e.end): e.weight for e in (c.anchor, *c.cues)}  # one per distinct cue
        best = max(weights.values())
        extra = min(2, len(weights) - 1)
    w = min(1.0, round(best + CUE_BONUS * extra, 6))
    if best < STRONG_CUE and extra < 2:
        w = min(w, STRONG_CUE - CUE_BONUS / 2)
    return w


def _tier(c: _Candidate) -> int:
    w = _strength(c)
    return TOP_TIER if w >= STRONG_CUE else 1 if w >= MIDDLING_CUE else 0


TOP_TIER = 2  # (_tier of strong cues)


def _deadly_operation(c: _Candidate) -> None:
    """A raid or airdrop that killed people was a fight, not a mere operation (ANNOTATION: a raid
    with an exchange of fire is Battles/Armed clash); a strategic development told with a blast
    that killed people (an arrest, a deal) is the blast."""

    if set(c.anchor.tags) & OPERATION_TAGS and c.sub_event_type == "Other" and \
            any(m.category == "killed" for m in c.counts):
        c.anchor = replace(c.anchor, event_type="Battles", sub_event_type="Armed clash")
    elif c.anchor.event_type == _STRATEGIC:
        # "قتل انفجار جنديين أثناء عملية لاعتقال قيادي": the dead were the blast's, told with the arrest
        dead = [m for m in c.counts if m.category == "killed" and (m.best or m.low)]
        blast = [e for e in c.cues if e.event_type == "Explosions/Remote violence"
                 and any(abs(m.start - e.start) <= CLAUSE_CHARS for m in dead)]
        if blast:
            from rasd.recognize.events import primary

            c.anchor = primary(blast) or c.anchor
