"""Perpetrator and target of each candidate: the roles of its unit's actors, an actor written into
the cue, the one with aircraft for an air strike, else one borrowed from its paragraph or the
report; then the kind of act refined by them."""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from operator import attrgetter
from typing import TYPE_CHECKING

from rasd.assemble._base import (
    _INVOLVEMENT,
    AIR_FORCES,
    DENIALS_FOLDED,
    EXCESSIVE_FORCE,
    HOME_FORCES,
    ISO_HOME,
    OPERATION_TAGS,
    TERRITORY_TAKEN,
    UNARMED,
    _Candidate,
    _distance,
)
from rasd.lang.ar import context_words
from rasd.model import ActorMention, EventMention
from rasd.recognize.actors import ALLIES, FOREIGN_PARTNERS, actor
from rasd.recognize.events import (
    ABDUCTORS,
    AIR_BY_CONTEXT,
    AIR_ONLY,
    BOMBINGS,
    GROUND_FIRE,
    HELD_WEAPON_REACH,
    IED,
    NO_CHEMICAL,
    NO_SUICIDE,
    OWNED_BY,
    SUICIDE_BOMBERS,
    assign_roles,
    held_weapon_hit,
    outside_asides,
    refine,
)
from rasd.text.normalize import fold, fold_slice

if TYPE_CHECKING:
    from rasd.pipeline import Analysis


def _home_forces(a: Analysis, cands, sents, by_sent) -> None:
    """The short forms of a home state's forces nothing in the text resolved (``a.unresolved_forces``:
    "واعتقلت القوات الأمنية العشرات من عناصر التنظيم أثناء محاولة خروجهم من مدينة الرمادي" in a report
    that never names Iraq) are the forces of the country where the acts of their sentence took place,
    when these acts are placed by their own words in one home country (``HOME_FORCES``) and the short
    form may mean its forces. Added to ``by_sent["actors"]``."""
    if not a.unresolved_forces:
        return
    home_of = {iso3: aid for aid, iso3 in HOME_FORCES.items()}
    starts = [s.start for s in sents]
    for start, end, ids in a.unresolved_forces:
        si = max(0, bisect_right(starts, start) - 1)
        homes = {home_of.get(c.location.iso3) for c in cands if c.sentence == si and c.location is not None
                 and c.place is not None and not c.place_inherited}
        if len(homes) != 1 or not homes <= ids:
            continue
        who = actor(homes.pop())
        acts = by_sent["actors"].setdefault(si, [])
        acts.append(ActorMention(start, end, who.id, who.name, who.name_ar))
        acts.sort(key=lambda m: m.start)


def _attach_actors(a: Analysis, cands, sents, by_sent) -> None:
    _home_forces(a, cands, sents, by_sent)
    unclaimed = _UNCLAIMED.search(a.nt.text) is not None  # (the folded text, read once per document)
    folded = fold_slice(a.doc.text, 0, len(a.doc.text))
    alike = _holds_any(folded, _needles(_SIMILAR_FOLDED))
    denied = _holds_any(folded, _needles(DENIALS_FOLDED))
    last_actor1: dict[int, ActorMention] = {}
    last_kind: dict[int, str] = {}  # the kind of act last_actor1 did
    for c in sorted(cands, key=lambda c: c.anchor.start):
        acts = by_sent["actors"].get(c.sentence)
        if acts:  # (a third of the candidates' units name no actor: no roles to assign)
            sent = sents[c.sentence]
            acts = outside_asides(a.nt, (sent.start, sent.end), c.anchor, acts)
            a1, a2 = assign_roles(a.nt, (sent.start, sent.end), c.anchor, acts)
        else:
            acts, a1, a2 = [], None, None
        a1 = _in_cue(a, c, acts) or a1
        if denied and acts and (accused := _accused_denier(a, c, acts)) is not None:
            a1 = accused  # "والنظام السوري الذي ينفي الاتهامات بالضلوع في الهجوم": the accused, as far as told
        a1, a2 = _arrested_group(a, c, a1, a2)
        a2 = _charged_with_serving(a, c, a2)
        a1, a2 = _downed(a, c, a1, a2, acts)
        a1, a2 = _owner_of_place(a, c, a1, a2)
        if a2 is not None and a1 is not None and a2.actor_id == a1.actor_id:
            a2 = None
        a1 = _air_power(c, a1, acts)
        a1, a2 = _grounded(c, a1, a2)
        if a1 is not None and a1.actor_id in UNARMED and c.anchor.event_type == "Explosions/Remote violence":
            a1 = None  # "القذائف التي تأتي في وقت تشهد فيه البصرة حركة احتجاج": no protester fired them
        if a1 is not None and _never_theirs(a1, c):
            # "بعد تفجير انتحاري ألقيت المسؤولية فيه على التنظيم": the group blamed, not the target
            blamed = c.anchor.sub_event_type == "Suicide bomb" and a2 is not None and a2.actor_id in SUICIDE_BOMBERS
            a1, a2 = (a2, None) if blamed else (None, a2)
        c.actor1_own = a1 is not None
        c.doer_unlisted = a1 is None and bool(a.unlisted_forces) and c.anchor.event_type != "Battles" \
            and _done_by_unlisted(a, c, sents[c.sentence], acts)
        borrows = not (unclaimed and c.anchor.sub_event_type in BOMBINGS)
        c.likeness = alike and _by_likeness(a, c)
        # (an act told as what another answered, "ردا على هجوم كيميائي", is not the answerer's)
        if a1 is None and borrows and not c.answered and _can_do(last_actor1.get(c.paragraph), c, a2) \
                and not (c.doer_unlisted and last_actor1[c.paragraph].actor_id not in _MEMBERS_LEND) \
                and not (c.anchor.sub_event_type in TERRITORY_TAKEN and last_kind.get(c.paragraph) in _BOMBARDMENT):
            a1 = last_actor1.get(c.paragraph)
        if a1 is None and c.goes_on and c.sub_event_type in _BOMBARDMENT and not c.doer_unlisted:
            a1 = _whose_goes_on(a, c, sents, by_sent)
        c.actor1, c.actor2 = a1, a2
        if a1 is not None:
            last_actor1[c.paragraph] = a1
            last_kind[c.paragraph] = c.anchor.sub_event_type
        _refine(a, c, by_sent["events"].get(c.sentence, []))
    # a report that names its perpetrator once ("قصف للنظام ..." in the title) means it throughout;
    # not for a kind of act it tells more often done to that actor than by it, and by another more
    # often (the army that repelled the attacks and was fired on is not lent to an attack whose doers
    # go unnamed in a report that names the jihadists attacking again and again)
    told_before = _holds_any(folded, _needles(_TOLD_BEFORE_FOLDED))
    voted = {id(c): c for c in cands
             if c.actor1 is not None and c.actor1_own and not c.likeness
             and not (told_before and _told_before(a, c)) and not (denied and _denier(a, c.actor1))}
    named = Counter(c.actor1.actor_id for c in voted.values())
    if named:
        top = named.most_common(1)[0][0]
        fallback = next(c.actor1 for c in cands if c.actor1 is not None and c.actor1.actor_id == top)
        done: dict[str, Counter] = {}
        suffered = Counter()
        for c in cands:
            kind = _KIND.get(c.sub_event_type, c.sub_event_type)
            if id(c) in voted:
                done.setdefault(kind, Counter())[c.actor1.actor_id] += 1
            if c.actor2 is not None and c.actor2.actor_id == top:
                suffered[kind] += 1
        kinds = {k for k, n in done.items()
                 if n[top] and (n[top] >= suffered[k] or n[top] >= max(n.values()))}
        for c in cands:
            if c.actor1 is None and not c.answered and not (c.doer_unlisted and top not in _MEMBERS_LEND) \
                    and (c.actor2 is None or c.actor2.actor_id != top) \
                    and not (unclaimed and c.anchor.sub_event_type in BOMBINGS) \
                    and _can_do(fallback, c, c.actor2) and _KIND.get(c.sub_event_type, c.sub_event_type) in kinds:
                c.actor1 = fallback


# The actors an act of the forces of a state with no actor here may still be recorded for: the coalition
# its members' strikes are told as ("الضربات الجوية البريطانية" in a report on the coalition's war).
_MEMBERS_LEND = frozenset({"coalition"})


def _done_by_unlisted(a: Analysis, c: _Candidate, sent, acts: list[ActorMention]) -> bool:
    """Whether the doer the roles read in *c*'s sentence are the forces of a state none of our actors
    stands for (``a.unlisted_forces``): "الهجمات، التي تنفذها أربع طائرات بريطانية، استهدفت موقعا
    عسكريا" was done by none of the actors the report names elsewhere, and borrows none of them but
    the coalition (``_MEMBERS_LEND``). (Not asked of a fight: the side of ours it was fought with is
    as good an actor1.)"""
    forces = [ActorMention(s, e, "", "", "") for s, e in a.unlisted_forces if sent.start <= s and e <= sent.end]
    if not forces:
        return False
    a1, _a2 = assign_roles(a.nt, (sent.start, sent.end), c.anchor, sorted([*acts, *forces], key=attrgetter("start")))
    return a1 is not None and not a1.actor_id


def _no_home_forces_abroad(cands) -> None:
    """A Syrian or Iraqi state's forces act at home, or in the other war country: a record placed in a
    third country, once merged, has none of them as actor1 ("الحكومة", "قوات مكافحة الإرهاب" in a report
    of a bombing in Turkey are Turkey's). (:func:`_can_do` keeps them from being lent there; this, from
    being named there by a short form the table reads as theirs.)"""
    for c in cands:
        if c.actor1 is not None and c.actor1.actor_id in HOME_FORCES and c.location is not None \
                and c.location.iso3 is not None and c.location.iso3 not in ISO_HOME:
            c.actor1 = None


def _denier(a: Analysis, m: ActorMention) -> bool:
    """Whether the actor *m* is the subject of a verb of denying, right before it or right after it
    ("وتنفي روسيا، ...، تورطها المباشر في قصف الغوطة"، "لكن دمشق نفت"): the act is laid at its door
    by others, and it denies it; the report does not name it as the doer of its other acts."""
    text = a.doc.text
    return _DENIER_BEFORE.search(fold_slice(text, max(0, m.start - DENIER_REACH), m.start)) is not None \
        or _DENIER_AFTER.match(fold_slice(text, m.end, m.end + DENIER_REACH)) is not None


def _accused_denier(a: Analysis, c: _Candidate, acts: list[ActorMention]) -> ActorMention | None:
    """The actor of *c*'s sentence, before its cue, that denies a part in the act the cue names, a noun
    of its part or of the charge told between ("والنظام السوري الذي ينفي الاتهامات الغربية بالضلوع في
    الهجوم الكيميائي"، "نفت دمشق أية مسؤولية عن الهجوم"): the one the act is laid on, its doer as far
    as the report tells (as the accused is coded)."""
    nt = a.nt
    lo, hi = nt.to_norm(max(0, c.anchor.start - DENIED_PART_REACH)), nt.to_norm(c.anchor.start)
    if _INVOLVEMENT.search(nt.text, lo, hi) is None:
        return None  # (most cues: no noun of a part or a charge before them)
    text = a.doc.text
    for m in reversed(acts):
        if m.end <= c.anchor.start and _denier(a, m) \
                and _INVOLVEMENT.search(fold_slice(text, m.end, c.anchor.start)) is not None:
            return m
    # a home capital right after the verb, its government ("نفت دمشق أية مسؤولية عن الهجوم"), which the
    # actor table takes for the city it more often is
    m = _CAPITAL_DENIES.search(nt.text, lo, hi)
    if m is None or _INVOLVEMENT.search(nt.text, m.end(), hi) is None:
        return None
    who = actor(_HOME_CAPITALS[m["capital"]])
    start, end = nt.orig_span(*m.span("capital"))
    return ActorMention(start, end, who.id, who.name, who.name_ar)


_HOME_CAPITALS = {fold("دمشق"): "regime", fold("بغداد"): "iraq"}
DENIED_PART_REACH = 80  # characters before a cue where "نفت دمشق" or its noun of a part may stand
_DENIALS_WORDS = "|".join(sorted(DENIALS_FOLDED, key=len, reverse=True))
_DENIER_BEFORE = re.compile(r"(?<!\w)[وف]?(?:" + _DENIALS_WORDS + r")\s+$")
_DENIER_AFTER = re.compile(r"\s+(?:(?:الذي|التي|قد)\s+)?(?:" + _DENIALS_WORDS + r")(?!\w)")
_CAPITAL_DENIES = re.compile(r"(?<!\w)[وف]?(?:" + _DENIALS_WORDS + r")\s+(?P<capital>" + "|".join(_HOME_CAPITALS)
                             + r")(?!\w)")
DENIER_REACH = 12  # characters beside an actor where its verb of denying may stand


def _holds_any(folded: str, words: tuple[str, ...]) -> bool:
    """Whether the folded text of a report holds one of the folded *words* anywhere. When it holds
    none, a pattern that needs one matches no folded slice of the report either (a folded slice is
    a slice of the folded whole, see ``normalize.fold_slice``): the slices around each candidate
    (:func:`_by_likeness`, :func:`_told_before`) need not be read."""
    return any(w in folded for w in words)


@functools.cache
def _needles(words: tuple[str, ...]) -> tuple[str, ...]:
    """The *words* that hold none of the others: a text holds one of *words* if and only if it
    holds one of these ("مشابهه" holds "مشابه"), so :func:`_holds_any` searches a report for these
    alone (worked out once per list)."""
    return tuple(w for w in dict.fromkeys(words) if not any(o != w and o in w for o in words))


def _by_likeness(a: Analysis, c: _Candidate) -> bool:
    """Whether *c*'s cue names acts by their likeness to another ("ويشن تنظيم داعش هجمات مشابهة على
    أهداف أخرى", "عملية أخرى مشابهة"): acts other than the one they resemble."""
    text = a.doc.text
    return any(_LIKENESS.match(fold_slice(text, e.end, e.end + LIKENESS_REACH))
               or _LIKENESS_WORD.search(fold_slice(text, e.start, e.end)) for e in (c.anchor, *c.cues))


_SIMILAR_FOLDED = tuple(fold(w) for w in context_words.SIMILAR)
_SIMILAR_WORDS = "|".join(sorted(_SIMILAR_FOLDED, key=len, reverse=True))
_LIKENESS = re.compile(r"\s*(?:(?:" + "|".join(fold(w) for w in context_words.ANOTHER) + r")\s+)?(?:"
                       + _SIMILAR_WORDS + r")(?!\w)")
_LIKENESS_WORD = re.compile(r"(?<!\w)(?:" + _SIMILAR_WORDS + r")(?!\w)")
LIKENESS_REACH = 20  # characters after a cue where its word of likeness may stand


def _told_before(a: Analysis, c: _Candidate) -> bool:
    """Whether *c*'s clause tells its act as one that happened before (``context_words.TOLD_BEFORE``:
    "سبق أن شهدت قصفاً صاروخياً من قبل ميليشيات قسد، إضافة إلى عدة تفجيرات"): its perpetrator is the past's,
    not the one of the report's news."""
    before = fold_slice(a.doc.text, max(0, c.anchor.start - TOLD_BEFORE_REACH), c.anchor.start)
    return _TOLD_BEFORE.search(before) is not None


_TOLD_BEFORE_FOLDED = tuple(fold(w) for w in context_words.TOLD_BEFORE)
_TOLD_BEFORE = re.compile(r"(?<!\w)و?(?:" + "|".join(_TOLD_BEFORE_FOLDED)
                          + r")(?!\w)[^.!?؟\n]*$")
TOLD_BEFORE_REACH = 80  # characters before a cue where the words telling it happened before may stand


def _arrested_group(a: Analysis, c: _Candidate, a1: ActorMention | None,
                    a2: ActorMention | None) -> tuple[ActorMention | None, ActorMention | None]:
    """An armed group named after an arrest, past its object ("ألقت القبض على عدد من الكويتيين شكلوا
    شبكة تتبع تنظيم داعش", "إلقاء القبض على أكثر من 400 من هذا التنظيم"), is the group of those
    arrested, not who arrested them (nor, taking them, an abductor): the target; so is one they are
    suspected of belonging to ("اعتقل المئات من مختلف المناطق التركية للاشتباه بانتمائهم إلى داعش",
    ``context_words.SUSPECTED_OF``). (Not the subject
    right after the verb, "اعتقل تنظيم داعش 38 مواطنا", nor "على يد X", who did it.)"""
    if a1 is None or a1.start < c.anchor.end or "capture" not in c.anchor.tags \
            or c.anchor.sub_event_type != "Arrests":
        return a1, a2
    between = fold_slice(a.doc.text, c.anchor.end, a1.start)
    if not (_ARREST_OBJECT.search(between) or _SUSPECTED.search(between)) or _BY_HAND.search(between):
        return a1, a2
    return None, a2 or a1


_ARREST_OBJECT = re.compile(rf"(?:^|\s){fold('على')}\s")
_SUSPECTED = re.compile(r"(?<!\w)(?:" + "|".join(fold(w) for w in context_words.SUSPECTED_OF) + r")(?!\w)")
_BY_HAND = re.compile(rf"{fold('على')}\s+(?:{fold('يد')}|{fold('أيدي')})\s*$")


def _charged_with_serving(a: Analysis, c: _Candidate, a2: ActorMention | None) -> ActorMention | None:
    """The side a charge of serving names after the act ("أعدم أمس تسعة من سائقي سيارات الأجرة وسط
    الموصل بتهمة التجسس لصالح القوات الأمنية العراقية", "بتهمة التعامل مع النظام") is the one the
    victims were accused of serving, not whom the act struck: no target (the victims are then the
    civilians of violence against them). ``context_words.CHARGES``, ``SERVING``."""
    if a2 is None or a2.start < c.anchor.end:
        return a2
    before = fold_slice(a.doc.text, max(c.anchor.end, a2.start - CHARGE_REACH), a2.start)
    return None if _CHARGE_OF_SERVING.search(before) else a2


_CHARGE_OF_SERVING = re.compile(
    r"(?<!\w)(?:" + "|".join(fold(w) for w in context_words.CHARGES) + r")\s+[\"'“”«»]?(?:"
    + "|".join(fold(w) for w in sorted(context_words.SERVING, key=len, reverse=True))
    + r")[^.،,؛\n]{0,25}$")
CHARGE_REACH = 60  # characters before a target where the charge that names it may begin


def _whose_goes_on(a: Analysis, c: _Candidate, sents, by_sent) -> ActorMention | None:
    """The perpetrator of a bombardment told as going on ("، تواصل القصف على منطقة المرج"): the one the
    report named with the nearest bombardment told before it, a campaign's among them ("مع استمرار قصف
    نظام الرئيس بشار الأسد للمنطقة المحاصرة"): the bombardment that goes on. (Not a fight's: who
    fights on is not told by who fought before, "تتواصل الاشتباكات في محيط مدينة طفس".)"""
    for si in range(c.sentence, -1, -1):
        acts = by_sent["actors"].get(si, [])
        if not acts:
            continue
        sent = sents[si]
        for e in sorted(by_sent["events"].get(si, []), key=lambda e: -e.start):
            if e.start >= c.anchor.start or e.sub_event_type not in _BOMBARDMENT:
                continue
            a1, _ = assign_roles(a.nt, (sent.start, sent.end), e, acts)
            if a1 is not None and _can_do(a1, c, c.actor2):
                return a1
    return None


# (bombings, BOMBINGS, a report may say no one claimed: context_words.UNCLAIMED)
_UNCLAIMED = re.compile("|".join(fold(w) for w in context_words.UNCLAIMED))


# Ground taken (TERRITORY_TAKEN) is held by forces on the ground: the side whose aircraft or guns struck
# the place before in the paragraph is not lent to it ("سقطت مقاتلة سورية على سوق في بلدة أريحا ... البلدة
# التي سقطت في يد تحالف من مقاتلين").
_BOMBARDMENT = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


# Kinds of act that one perpetrator's report tells of in either words: a shelling told as an air
# strike and the reverse, a raid as a clash.
_KIND = {"Air/drone strike": "bombardment", "Shelling/artillery/missile attack": "bombardment",
         "Armed clash": "fight", "Attack": "fight", "Other": "fight"}


def _never_theirs(m: ActorMention, c: _Candidate) -> bool:
    """A chemical attack is no Western force's, even one named in its own sentence (``NO_CHEMICAL``),
    a suicide bombing no state's (``NO_SUICIDE``); the force used on protesters is never theirs: they
    are its target."""
    if m.actor_id == "protesters":
        return c.anchor.sub_event_type == EXCESSIVE_FORCE
    kind = c.anchor.sub_event_type
    return kind == "Chemical weapon" and m.actor_id in NO_CHEMICAL or kind == "Suicide bomb" and m.actor_id in NO_SUICIDE


def _can_do(m: ActorMention | None, c: _Candidate, target: ActorMention | None = None) -> bool:
    """Whether an actor borrowed from elsewhere in the report may have done *c*'s act: protesters
    and civilians riot and protest, they fire no shells (nor do protesters turn force on their own
    protest: see :func:`_never_theirs`); a mine left behind is nobody's the report named for
    something else; an air strike (not a drone's) is a force's with aircraft; the Syrian and Iraqi
    states' forces act at home (``HOME_FORCES``: no Syrian army for a car bomb in Baghdad); no
    one struck its ally, the act's *target* (``ALLIES``: Iran, named for the rockets on Israel, is
    lent to no strike that killed fighters loyal to the regime); a force that strikes only from the
    air (``AIR_ONLY``) fired no mortar or artillery round (``GROUND_FIRE``); a state's forces
    (``NO_SUICIDE``) set off no bomb."""
    if m is None or any("landmine" in e.tags for e in (c.anchor, *c.cues)):
        return False
    if c.anchor.sub_event_type == "Arrests" and m.actor_id in ABDUCTORS:
        return False  # the group named elsewhere in a report of arrests is the one whose men were taken
    if target is not None and frozenset((m.actor_id, target.actor_id)) in ALLIES:
        return False
    home = HOME_FORCES.get(m.actor_id)
    if home is not None and c.location is not None and c.location.iso3 in HOME_FORCES.values() \
            and c.location.iso3 != home:
        return False
    if m.actor_id not in AIR_FORCES and _from_the_air(c):
        return False  # (nor is one lent to an air strike told only by an air word beside it)
    if m.actor_id in AIR_ONLY and GROUND_FIRE in c.anchor.tags:
        return False  # "قصف بقذائف الهاون" is no force's that strikes only from the air, named for its air strikes
    if m.actor_id in NO_SUICIDE and c.anchor.sub_event_type == IED:
        return False  # "جراء تفجير وقع في حديقة مركز ثقافي": no state named for something else set off the bomb
    return could_do(m, c)



def could_do(m: ActorMention, c: _Candidate) -> bool:
    """Whether the force *m* is able to do *c*'s kind of act at all (:func:`_can_do` without what
    only makes a borrowed actor unlikely): no air strike by a force without aircraft, no shells
    fired by protesters, no chemical attack by a Western force."""
    if _never_theirs(m, c):
        return False
    if m.actor_id not in AIR_FORCES and _told_from_the_air(c):
        return False  # a strike from the air is a force's with aircraft (a drone may be anyone's)
    return m.actor_id not in UNARMED or c.anchor.event_type in ("Protests", "Riots")


def _in_cue(a: Analysis, c: _Candidate, acts: list[ActorMention]) -> ActorMention | None:
    """An actor written into the cue itself ("غارة تركية", "القصف الروسي", "مسيرة تابعة للنظام")
    is its perpetrator, whatever else the sentence names; not when the weapons are told as what was
    hit ("قصف استهدف منظومة صواريخ إيرانية": their holder was the target)."""
    for cue in (c.anchor, *c.cues):
        for m in acts:
            if cue.start <= m.start < cue.end and m.actor_id != "civilians" and not (
                    m.actor_id == "protesters" and cue.sub_event_type == EXCESSIVE_FORCE) and not _weapons_hit(a, m):
                return m
    return None


def _weapons_hit(a: Analysis, m: ActorMention) -> bool:
    """Whether the actor *m* opens with weapons told as what was hit (see events.held_weapon_hit)."""
    before = fold_slice(a.doc.text, max(0, m.start - HELD_WEAPON_REACH), m.start)
    return held_weapon_hit(before, len(before))


def _downed(a: Analysis, c: _Candidate, a1: ActorMention | None, a2: ActorMention | None,
            acts: list[ActorMention]) -> tuple[ActorMention | None, ActorMention | None]:
    """"إسقاط الطائرة الروسية", "أسقطت الدفاعات السورية طائرة استطلاع روسية": the aircraft or missile
    named after a downing is the side it belongs to, the target, not who downed it; so is one
    confronted before it ("تصدت وسائط الدفاع الجوي السورية للطائرات الاسرائيلية ونجحت في إسقاط
    طائرة"), and the side that confronted it downed it."""
    if c.anchor.sub_event_type != "Disrupted weapons use":
        return a1, a2
    text = a.doc.text
    downed = [m for m in acts if (m.start >= c.anchor.start or text.startswith(_FOR, m.start))
              and _AIRCRAFT.search(fold_slice(text, m.start, m.end))]
    if not downed:
        return a1, a2
    if a1 is not None and a1 in downed:
        a1 = next((m for m in acts if m not in downed and m.end <= c.anchor.start and m.actor_id != "civilians"
                   and m.actor_id != downed[0].actor_id), None)
    if a2 is not None and a1 is not None and a2.actor_id == a1.actor_id:
        a2 = None
    return a1, a2 or downed[0]


_FOR = "ل"  # the confronted with its preposition: "تصدت ... للطائرات"


def _owner_of_place(a: Analysis, c: _Candidate, a1: ActorMention | None,
                    a2: ActorMention | None) -> tuple[ActorMention | None, ActorMention | None]:
    """The actor named as the owner of the act's own place ("استهدفت مطار التيفور العسكري التابع للنظام
    السوري") holds what was hit: the target, not the perpetrator."""
    p = c.place
    if a1 is None or p is None or c.place_inherited or not p.end <= a1.start <= p.end + _OWNER_REACH:
        return a1, a2
    if not OWNED_BY.fullmatch(fold_slice(a.doc.text, p.end, a1.start)):
        return a1, a2
    return None, a2 or a1


_OWNER_REACH = 16  # characters between a place and its owner: "، التابعة ل"


_AIRCRAFT = re.compile("|".join(fold(w) for w in context_words.AIRCRAFT))


def _air_power(c: _Candidate, a1: ActorMention | None, acts: list[ActorMention]) -> ActorMention | None:
    """An air strike or an airdrop is carried out by whoever has the aircraft: when a ground force
    is named beside one that flies ("نفذت قسد بالتعاون مع التحالف الدولي عملية إنزال جوي"),
    the one that flies is the perpetrator."""
    air = c.sub_event_type == "Air/drone strike" or "airdrop" in c.anchor.tags
    if not air or (a1 is not None and a1.actor_id in AIR_FORCES):
        return a1
    flyers = [m for m in acts if m.actor_id in AIR_FORCES]
    if a1 is None or not flyers:
        return a1
    return min(flyers, key=lambda m: _distance(m, c.anchor))


def _grounded(c: _Candidate, a1: ActorMention | None,
              a2: ActorMention | None) -> tuple[ActorMention | None, ActorMention | None]:
    """A force with no aircraft of its own named with an air strike (not a drone's) and no force that
    flies beside it (:func:`_air_power`) was struck, it did not strike: "قياديا تونسيا في تنظيم داعش
    وخمسة متشددين أجانب آخرين قتلوا في غارة جوية", "الغارة الجوية التي استهدفت تنظيم جبهة النصرة".
    It is the target when none other is named, else no party; who flew goes unnamed. (Not for an
    attack told as an air strike only by an air word beside it, "وتأتي عملية الانزال الجوي بعد الهجوم
    الذي شنه مجهولون على مقر اللواء": its doer says it was done on the ground.)"""
    if a1 is None or a1.actor_id in AIR_FORCES or not _told_from_the_air(c):
        return a1, a2
    return None, a2 or a1


def _from_the_air(c: _Candidate) -> bool:
    """Whether *c* is an air strike not told as a drone's (a drone may be anyone's)."""
    return c.anchor.sub_event_type == "Air/drone strike" and not any("drone" in e.tags for e in (c.anchor, *c.cues))


def _told_from_the_air(c: _Candidate) -> bool:
    """:func:`_from_the_air`, told so by its own cue, not only by an air word beside it."""
    return _from_the_air(c) and AIR_BY_CONTEXT not in c.anchor.tags


def _joint_ally(a: Analysis, c: _Candidate, a1: ActorMention | None) -> ActorMention | None:
    """An act told as a local force's and its foreign partner's together ("طائرات حلف النظام وروسيا",
    "طيران الأسد وحليفه الروسي", "قصف مدفعي لقوات النظام وروسيا", "قوات النظام والميليشيات الإيرانية",
    "وحدات أمنية تابعة لقسد وبالتعاون مع قوات التحالف الدولي") is recorded for the foreign state, the
    party that monitors of foreign military action hold to account (Airwars' belligerent, the hand
    set's "قوة مشتركة من مقاتلي التحالف الدولي وقوات سوريا الديمقراطية"); the local force stays on the
    record as its associate. (Read for the record only: the two stay allies, not two acts, while
    candidates are merged.)"""
    partners = FOREIGN_PARTNERS.get(a1.actor_id) if a1 is not None else None
    if not partners:
        return a1
    if c.sub_event_type == "Disrupted weapons use":
        return a1  # "أسقطت الدفاعات الجوية السورية طائرة استطلاع روسية": the partner's loss, not its act
    text = a.doc.text
    for m in a.actors:
        if m.actor_id in partners and a1.end <= m.start <= a1.end + JOINED_REACH \
                and _JOINED.match(fold_slice(text, a1.end, m.start)):
            return m
    partner = _partner_later(a, c, a1, partners)
    if partner is not None:
        return partner
    after = _joined_russian(text, a1) if "russia" in partners else None
    if after is not None:  # "طيران النظام السوري والروسي": the ally an adjective, no mention of its own
        russia = actor("russia")
        return ActorMention(a1.end + after.start("ally"), a1.end + after.end("ally"), russia.id, russia.name,
                            russia.name_ar)
    return a1


def _partner_later(a: Analysis, c: _Candidate, a1: ActorMention, partners: frozenset[str]) -> ActorMention | None:
    """The foreign partner joined later in the sentence to the act its local force did, after a word of
    partnership (``context_words.JOINED_PARTNER``): "واعتقلت قسد عدداً من المدنيين إثر عمليات دهم واعتقال
    نفذتها بالاشتراك مع قوات التحالف الدولي" (the pronoun of "نفذتها" is the local force, its partner
    the coalition), as :func:`_joint_ally` reads one right after the local force's name."""
    if not a.sentences or c.sentence >= len(a.sentences):
        return None
    sent = a.sentences[c.sentence]
    text = a.doc.text
    for m in a.actors:
        if m.actor_id in partners and a1.end <= m.start < sent.end \
                and _PARTNERED.search(fold_slice(text, max(a1.end, m.start - PARTNER_REACH), m.start)):
            return m
    return None


def _joint_local(a: Analysis, c: _Candidate, a1: ActorMention | None) -> ActorMention | None:
    """The local force told beside a foreign one that is the perpetrator, the foreign named first
    ("دورية مشتركة تابعة لـ"التحالف الدولي" و"قسد""): its associate, as the local one of
    :func:`_joint_ally` is."""
    if a1 is None or c.sub_event_type == "Disrupted weapons use":
        return None
    text = a.doc.text
    for m in a.actors:
        if a1.end <= m.start <= a1.end + JOINED_REACH and a1.actor_id in FOREIGN_PARTNERS.get(m.actor_id, ()) \
                and _JOINED.match(fold_slice(text, a1.end, m.start)):
            return m
    return None


_JOINED_WORDS = "|".join(fold(w) for w in context_words.JOINED_ALLY)
_PARTNER_WORDS = "|".join(fold(w) for w in sorted(context_words.JOINED_PARTNER, key=len, reverse=True))
_GAP = r"[\s\"'“”«»()،,]*"
_JOINED = re.compile(rf"{_GAP}(?:و?(?:{_PARTNER_WORDS})|{_JOINED_WORDS})?{_GAP}$")
# (the adjective in either gender and number: "غارات سورية وروسية"، "الطائرات السورية والروسية")
_JOINED_RUSSIAN = re.compile(rf"\s*(?:{fold('السوري')}\s+)?(?:{_JOINED_WORDS})\s*(?P<ally>(?:ال)?روسي(?:{fold('ة')}|ين|ون|ان)?)(?!\w)")
# The Russian adjective stacked on the Syrian one of the same aircraft, with no "و": "الطيران الحربي
# السوري الروسي يستهدف"، "الطائرات الحربية السورية الروسية".
_SYRIAN_END = re.compile(rf"(?:{fold('سوري')}|{fold('سورية')})$")
_STACKED_RUSSIAN = re.compile(rf"\s+(?P<ally>(?:ال)?(?:{fold('روسية')}|{fold('روسي')}))(?!\w)")


def _joined_russian(text: str, a1: ActorMention) -> re.Match[str] | None:
    """Russia joined to the regime's mention *a1* by an adjective (see :func:`_joint_ally`): after a
    word that joins it, or stacked on the Syrian adjective that ends the mention."""
    after = fold_slice(text, a1.end, a1.end + JOINED_REACH)
    m = _JOINED_RUSSIAN.match(after)
    if m is None and _SYRIAN_END.search(fold_slice(text, a1.start, a1.end)):
        m = _STACKED_RUSSIAN.match(after)
    return m
_PARTNERED = re.compile(rf"(?<!\w)(?:{_PARTNER_WORDS}){_GAP}$")
PARTNER_REACH = 20  # characters before a partner's mention where its word of partnership may stand
JOINED_REACH = 30  # characters after a local force's mention where its foreign partner may be joined to it


def _refine(a: Analysis, c: _Candidate, unit_events: list[EventMention]) -> None:
    # An airdrop or raid is a battle only when its own unit reports an exchange of fire; the
    # recognizer judged by the whole sentence, which in SOHR's style can hold three operations.
    # (Of another act, refine reads no exchange of fire: it is not looked for.)
    anchor = c.anchor
    operation = not OPERATION_TAGS.isdisjoint(anchor.tags)
    clash = operation and any(e.event_type == "Battles" and OPERATION_TAGS.isdisjoint(e.tags) for e in unit_events)
    if operation and anchor.sub_event_type in ("Armed clash", "Other"):
        kind = ("Battles", "Armed clash") if clash else ("Strategic developments", "Other")
        anchor = replace(anchor, event_type=kind[0], sub_event_type=kind[1])
    ev = refine(anchor, c.actor1.actor_id if c.actor1 else None, a.nt, c.cues,
                actor2_id=c.actor2.actor_id if c.actor2 else None, clash=clash)
    c.anchor = ev
