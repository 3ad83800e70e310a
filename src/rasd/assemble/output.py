"""Which candidates are incidents (a place, a day, and a cue backed by clues of its own sentence;
abroad only where the report is about), and the `Incident` records with their evidence spans,
casualties, notes and confidence."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_right
from dataclasses import replace
from types import SimpleNamespace
from typing import TYPE_CHECKING

import regex

from rasd.assemble._base import (
    _BARE_ATTACK,
    _BOMBS_DISARMED,
    _REPORTED_THAT,
    _SPEECH,
    AIR_FORCES,
    COARSE_PRECISION,
    EXCESSIVE_FORCE,
    HISTORY_YEARS,
    HOME_FORCES,
    ISO_HOME,
    MIDDLING_CUE,
    NEEDS_OWN_DAY,
    SHORT_POST_CHARS,
    STATED_LAG_DAYS,
    STRONG_CUE,
    TERRITORY_TAKEN,
    UNARMED,
    _Candidate,
)
from rasd.assemble.actors import _joint_ally, _joint_local, _never_theirs
from rasd.assemble.candidates import _many_acts
from rasd.assemble.counts import _casualties, _join_clauses, _join_lists, _join_sides, _val
from rasd.assemble.merging import _kinds_agree, _strength
from rasd.lang.ar import casualty_words, context_words
from rasd.model import CASUALTY_KINDS, Actor, ActorMention, Count, CountMention, Evidence, Incident, Location
from rasd.recognize.actors import ALLIES, actor
from rasd.recognize.events import AIMED, GOVERNMENT, INTERNAL_TAGS
from rasd.text.normalize import fold, fold_slice
from rasd.text.patterns import words_pattern

if TYPE_CHECKING:
    from rasd.pipeline import Analysis


_ALONGSIDE = tuple(fold(w) for w in context_words.ALONGSIDE)
_ALONGSIDE_AGAINST = tuple(" " + fold(w) for w in context_words.ALONGSIDE_AGAINST)
ALONGSIDE_REACH = 60  # characters between two parties joined by "إلى جانب"


def _alongside(text: str, m1: ActorMention, m2: ActorMention) -> bool:
    """Whether the later of two parties is told to fight beside the earlier ("وتوزعت تلك القوات على جبهات
    عدة إلى جانب المقاتلين الأكراد", `context_words.ALONGSIDE`): one side, not the act's two."""
    first, then = sorted((m1, m2), key=lambda m: m.start)
    if not 0 <= then.start - first.end <= ALONGSIDE_REACH \
            or not fold_slice(text, first.end, then.start).rstrip().endswith(_ALONGSIDE):
        return False
    before = " " + fold_slice(text, max(0, first.start - 20), first.start).rstrip()
    return not before.endswith(_ALONGSIDE_AGAINST)


def _keep(c: _Candidate, a: Analysis, lead_countries: set[str]) -> bool:
    """An incident needs a place, a day, and a cue backed by clues of its own sentence; abroad,
    only when the report is mainly about it."""
    if c.location is None:
        return False
    if c.date is not None and c.date.precision in COARSE_PRECISION:
        return False
    if _history_item(c, a):
        return False
    if _country_wide(c) and not _strikes_on_country(c, a):
        return False  # "في سوريا": a whole country is the setting of a story, not a place of one act
    own_place = c.place is not None and not c.place_inherited
    own_day = c.date is not None and not c.date_inherited or c.day_told
    if c.sub_event_type in NEEDS_OWN_DAY and not (own_place and (own_day or _reported_taken(c, a))):
        return False
    if AIMED in c.anchor.tags:
        return False  # "وفي طريقهم للسيطرة على منطقة الكفرة": ground aimed at, not taken
    if _judicial_execution(c, a):
        return False
    if c.after_total and (c.counts or c.tally_told) and not (own_day and not c.date_stated):
        return False  # "قتلت الغارات 3042 خلال 10 أشهر ... ولفت إلى مقتل 2927 من التنظيم": a share of the toll
        # (or a tally itself: "ولفت إلى مقتل 2927 جراء الضربات الصاروخية")
    counted = bool(c.counts)
    named = c.actor1 is not None and c.actor1_own
    w = _strength(c)
    if w >= STRONG_CUE:
        # a strong cue opening its own clause ("، فيما استهدفت الطائرات المستودع") is a further act
        # in the setting its paragraph gave; one with no clue at all is a mere mention
        if not (own_place or own_day or counted or c.new_clause):
            return False
    elif w >= MIDDLING_CUE:
        # (one going on today, "، تواصل القصف على منطقة المرج", is of the report's day)
        if not (own_place and (own_day or counted or named or c.goes_on)):
            return False
    elif not (own_place and (own_day or _news_of_the_day(c, a)) and counted):
        return False  # a bare "هجوم" is an incident only with its own place, day and toll
    if c.location.iso3 not in ISO_HOME:
        # abroad, only where the report is about: a place its lead names, or the country of one
        return c.place is not None and (c.place.start < _lead_end(a) or c.location.iso3 in lead_countries)
    return True


def _reported_taken(c: _Candidate, a: Analysis) -> bool:
    """Whether *c* is ground taken told as the news itself: in the main clause of the report's first
    sentence ("سيطرت قوات الحكومة السورية على أراض كانت في يد مسلحي المعارضة") or of what a source
    says ("وقال مدير المرصد، الجمعة، إن قوات الحكومة سيطرت على قريتي ...", "وأفاد المرصد عن سيطرة
    قوات النظام على بلدتين"). It is then of the statement's day, or of the report's. Ground taken
    told in passing needs a day of its own: after a comma or in a clause of its own ("بعد سيطرتها على",
    "حيث سيطر داعش على مساحات واسعة"), or told by the writer alone later in the report ("وسيطرت قسد
    على معظم المنطقة منذ العام الماضي")."""
    if c.sub_event_type not in TERRITORY_TAKEN or c.date is None:
        return False
    text = a.doc.text
    k = max(0, bisect_right([s.start for s in a.sentences], c.anchor.start) - 1)
    sent = a.sentences[k]
    if _SINCE.search(fold_slice(text, sent.start, sent.end)):
        return False  # ground taken over a period ("استعاد السيطرة على نصف أراضي البلاد ... منذ التدخل الروسي")
    before = fold_slice(text, sent.start, c.anchor.start).lstrip()
    if k == 0 and _main_clause(before):
        return True
    opener = _SAYING_OPENER.match(before)
    rest = before[opener.end():] if opener else before
    said = _SPEECH.match(rest)
    told = said and _SAID_OPENS.search(rest, said.end())
    return bool(told) and _main_clause(rest[told.end():])


def _main_clause(before: str) -> bool:
    """Whether a cue after *before* (folded, from the start of its clause) is the clause's verb."""
    return len(before.split()) <= MAIN_CLAUSE_WORDS and not _CLAUSE_BREAK.search(before)


_SINCE = re.compile(r"(?<!\w)و?منذ(?!\w)")
# what may open a sentence before its verb of saying: "وبالمقابل ذكرت ...", "من جهتها، قالت ..."
_SAYING_OPENER = regex.compile(r"(?:و|ف)?(?:" + words_pattern(context_words.SAYING_OPENERS) + r")(?!\w)[\s،,]*")
# what opens the words said: "إن", "عن" (_REPORTED_THAT) or a colon and a quote ("وقال المدير: "اقتحمت ...")
_SAID_OPENS = regex.compile(r':\s*["«“”]?\s*(?:' + _REPORTED_THAT.pattern + r")?|" + _REPORTED_THAT.pattern)
# At most this many words between the start of a clause and its verb: its subject, with a few words
# of its own ("القوات التركية مدعومة بالفصائل الموالية لها").
MAIN_CLAUSE_WORDS = 8
# A comma, a colon or a subordinating word before a cue: a clause of its own
_CLAUSE_BREAK = re.compile(r"[،,؛:]|(?<!\w)(?:و|ف)?(?:" + words_pattern(context_words.CLAUSE_OPENERS) + r")(?!\w)")


def _judicial_execution(c: _Candidate, a: Analysis) -> bool:
    """Whether *c* is a state carrying out its courts' death sentences ("نفذت الحكومة العراقية الجمعة حكم
    الإعدام ضد 12 مدانا"): no political violence, as ACLED codes it (a group's "حكم الإعدام", as the
    Islamic State words its killings, stays one)."""
    return "execution" in c.anchor.tags and c.actor1 is not None and c.actor1.actor_id in GOVERNMENT \
        and _SENTENCE.search(fold_slice(a.doc.text, max(0, c.anchor.start - SENTENCE_REACH), c.anchor.start)) is not None


# "حكم" / "أحكام" right before an execution's word: a court's sentence carried out
_SENTENCE = re.compile(r"(?<!\w)(?:" + "|".join(fold(w) for w in ("حكم", "أحكام", "احكام")) + r")\s*$")
SENTENCE_REACH = 8  # characters before an execution's word where the word of a sentence may stand


# Acts done from afar, by aircraft or missiles: a state may strike a country as a whole.
_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def _country_wide(c: _Candidate) -> bool:
    """Whether *c* is placed at a whole country ("في سوريا"), not at a place the gazetteer lacks."""
    loc = c.location
    return loc is not None and loc.geo_precision == 3 and not loc.admin1 and "unresolved" not in (loc.why or {})


def _strikes_on_country(c: _Candidate, a: Analysis) -> bool:
    """Whether *c* is a foreign state's strikes on Syria or Iraq as a whole, which the report's lead
    tells with their day ("الضربات الإسرائيلية على سوريا التي وقعت فجر الخميس", "غارات عراقية
    تستهدف موقعا لقيادات داعش في سوريا"): the country is then the act's place, as far as the report
    tells it. Not a state at home (the Syrian army's acts have places in Syria), nor a mere word of
    weapons ("نشر موسكو منظومة صواريخ إس-300 في سوريا")."""
    return c.sub_event_type in _FROM_AFAR and c.place is not None and not c.place_inherited \
        and (c.place.start < _lead_end(a) or c.on_state_sites) and c.location.iso3 in ISO_HOME \
        and c.actor1 is not None and c.actor1_own and c.actor1.actor_id in AIR_FORCES \
        and HOME_FORCES.get(c.actor1.actor_id) != c.location.iso3 \
        and c.date is not None and not c.date_inherited and _weighty(c, a)


def _weighty(c: _Candidate, a: Analysis) -> bool:
    """A strong cue, or a middling one with a toll ("الضربات الإسرائيلية ... أسفرت عن مقتل 27"), counted
    ("أطلقت فجر السبت 105 صواريخ على ثلاث منشآت في سوريا") or aimed at a state's sites ("ضربات عسكرية على
    منشآت تابعة للنظام السوري")."""
    w = _strength(c)
    return w >= STRONG_CUE or (w >= MIDDLING_CUE and (bool(c.counts) or c.on_state_sites
                                                      or _many_acts(a, c.anchor, SALVO)))


SALVO = 2  # weapons counted by this many or more, fired at a country: a strike told, not a weapon named


def _placed_within(cands: list[_Candidate], kept: list[bool]) -> list[bool]:
    """*kept*, less the strikes on a whole country (:func:`_strikes_on_country`) when the report
    places an act of their kind, a strike from afar, within it: the lead's "ضربات على سوريا" is then
    that act told vaguely. (Not a chemical attack, a bombing or a raid within it; not the act the
    strikes answer, nor one done to their doer: "الغارات الإسرائيلية على سوريا ... ردا على إطلاق صواريخ
    إيرانية على مواقع في هضبة الجولان"; and not another side's act, when the strikes are told by the
    state's sites they hit: "ضربات أمريكية ضد مواقع سورية" and "غارة إسرائيلية على مطار التيفور".)"""
    return [k and not (_country_wide(c) and any(ok and o is not c and not _country_wide(o)
                                                 and o.sub_event_type in _FROM_AFAR
                                                 and not o.answered and not _reversed_roles(c, o)
                                                 and not (c.on_state_sites and _other_doers(c, o))
                                                 for o, ok in zip(cands, kept)))
            for c, k in zip(cands, kept)]


def _told_at_its_place(c: _Candidate, a: Analysis, lead_countries: set[str]) -> bool:
    """*c*, set aside, placed only by a place it borrowed, has folded in an act of its kind that
    names that place as its own ("قصفت قوات النظام اليوم بلدة زيزفونة. وقصفت قوات النظام اليوم بلدة
    كفرنبل.": the village first named is unknown, and its shelling borrowed كفرنبل): an act told at
    its own place is not lost by being folded behind a mention of no place of its own. When the one
    folded in would be kept on its own, *c* is kept, with that place as its own. (Not one of
    another kind folded in as a detail: "دفع النظام بقوات إلى عفرين لمواجهة العدوان" beside air
    strikes is an aim, rightly folded away.)"""
    for t in c.own_place_parts:
        if _kinds_agree(c, t) and _keep(t, a, lead_countries):
            c.place, c.location, c.place_inherited, c.on_state_sites = t.place, t.location, False, t.on_state_sites
            return True
    return False


def _history_item(c: _Candidate, a: Analysis) -> bool:
    """Whether *c* is dated decades before the report (``HISTORY_YEARS``) on a page of the day in
    history ("في 1 أكتوبر من عام 1918 تمكنت القوات العربية من السيطرة على مدينة دمشق ...، فيما يلي
    تسلسل لأبرز الأحداث التي حدثت في مثل هذا اليوم"): an item of the list, not news. (A report
    that remembers one act of long ago, "الذكرى الثلاثين للهجوم الكيماوي على حلبجة", tells of it.)"""
    pub = a.doc.published
    if c.date is None or c.date.value is None or pub is None or pub.year - c.date.value.year < HISTORY_YEARS:
        return False
    return any(w in a.nt.text for w in _THIS_DAY_IN_HISTORY)


_THIS_DAY_IN_HISTORY = tuple(fold(w) for w in context_words.THIS_DAY_IN_HISTORY)


def _give_lead_toll(cands: list[_Candidate], kept: list[bool], a: Analysis) -> None:
    """A lead that tells of an act and its toll but places it vaguely ("مقتل 54 شخصا بغارة جوية ...
    في شرق سوريا") is not an incident; when the body then tells of one act of that kind at a named
    place, and gives no toll of its own ("الضربة أصابت المنطقة الواقعة قرب بلدة السوسة الخميس") or a
    smaller one, a part of the lead's ("قتل على الفور اثنان من المستشارين"), the lead's toll is that
    act's: in a battle, the dead of both sides the lead names ("مقتل أربعة جنود روس ... من قتل 43
    مسلحا من المهاجمين") added up. (Acts placed only by a place they borrow are that act told again.)"""
    end = _lead_end(a)
    for c, k in zip(cands, kept):
        if k or c.anchor.start >= end or not _tells_killed(c):
            continue
        if c.location is not None and (c.location.geo_precision != 3 or c.location.admin1):
            continue  # set aside for another reason than its place
        if c.date is not None and c.date.precision in COARSE_PRECISION:
            continue
        placed = [(o, ok) for o, ok in zip(cands, kept) if o is not c and o.anchor.event_type == c.anchor.event_type
                  and o.location is not None and not (o.location.geo_precision == 3 and not o.location.admin1)
                  and not o.place_inherited]  # (an act placed only by a place borrowed is told again)
        if len({o.anchor.start for o, _ in placed}) != 1:
            continue  # the report places several acts of that kind, or none: whose toll it is cannot be told
        o, ok = placed[0]
        own_days = c.date is not None and o.date is not None and not (c.date_inherited or o.date_inherited)
        lead = _join_sides(a, c.counts) if c.anchor.event_type == "Battles" else c.counts
        if not ok or o.anchor.start < c.anchor.start or _most_killed(o.counts) >= _most_killed(lead) or \
                (own_days and c.date.value != o.date.value) or (o.answered and not c.answered) \
                or _reversed_roles(c, o):
            continue  # (the body's own figure of dead may be a part of the lead's: "قتل على الفور اثنان";
            # the act the body places only as one answered, "رد على إطلاق صواريخ "إيرانية" من سوريا على
            # مواقع في هضبة الجولان", is not the lead's answer to it)
        o.counts = [*o.counts, *lead]
        if o.date_inherited and c.date is not None and not c.date_inherited:
            o.date, o.date_inherited, o.date_stated = c.date, False, c.date_stated  # and the lead's own day
        return


def _other_doers(x: _Candidate, y: _Candidate) -> bool:
    """Whether *x* and *y* are told as done by two different sides ("ضربات أمريكية ضد مواقع سورية" and
    "غارة إسرائيلية على مطار التيفور")."""
    return x.actor1 is not None and y.actor1 is not None and x.actor1.actor_id != y.actor1.actor_id


def _reversed_roles(x: _Candidate, y: _Candidate) -> bool:
    """Out of battle, *x*'s perpetrator is *y*'s target: two acts, the one answering the other
    ("الضربات الإسرائيلية أسفرت عن مقتل 23 مقاتلا" and "أطلقت إيران 20 صاروخا على قواعد عسكرية
    إسرائيلية")."""
    return x.anchor.event_type != "Battles" and x.actor1 is not None and y.actor2 is not None \
        and x.actor1.actor_id == y.actor2.actor_id


def _most_killed(counts) -> int:
    return max((_val(m) for m in counts if m.category == "killed"), default=0)


def _tells_killed(c: _Candidate) -> bool:
    return any(m.category == "killed" for m in c.counts)


def _news_of_the_day(c: _Candidate, a: Analysis) -> bool:
    """A short post telling of deaths ("استهدفت قياديا ... وأدت إلى مقتله"): a post is news of the
    day it went out, so its publication day stands for the act's own day."""
    return c.date is not None and len(a.doc.text) < SHORT_POST_CHARS and any(m.category == "killed" for m in c.counts)


def _lead_end(a: Analysis) -> int:
    return a.sentences[min(2, len(a.sentences) - 1)].end


def _lead_countries(a: Analysis, locations: dict[int, Location]) -> set[str]:
    """The countries of the places named in the report's lead, when none of them is at home. Syria or
    Iraq named as a whole country in words said (after a colon in its sentence: "منفذ الهجوم ... جنوب
    فرنسا ... كان يصرخ: سوف أثأر لسوريا") does not make the report one about home."""
    end = _lead_end(a)
    countries = {loc.iso3 for start, loc in locations.items() if start < end
                 and not (loc.iso3 in ISO_HOME and loc.admin1 is None and _said(a, start))}
    return set() if countries & ISO_HOME else countries


def _said(a: Analysis, pos: int) -> bool:
    """Whether *pos* follows a colon in its sentence (its line, up to a full stop; "الله أكبر.. سوف
    أثأر" goes on after two dots): in the words someone said."""
    text = a.doc.text
    before = text[text.rfind("\n", 0, pos) + 1:pos]
    return _AFTER_COLON.search(before) is not None


_AFTER_COLON = re.compile(r":(?:[^.:]|\.\.+)*$")


def _to_incident(c: _Candidate, a: Analysis, n: int) -> Incident:
    doc = a.doc
    text = doc.text
    evidence: list[Evidence] = []

    def add(field_name: str, m) -> None:
        if m is not None and m.end > m.start:
            evidence.append(Evidence(doc.id, field_name, m.start, m.end, text[m.start:m.end]))

    add("event_type", c.anchor)
    d = c.date
    if d is not None and d.end > d.start:
        add("event_date", d)
    if c.tod_span:
        s, e = c.tod_span
        evidence.append(Evidence(doc.id, "time_of_day", s, e, text[s:e]))
    add("location", c.place)
    m1, m2 = _joint_ally(a, c, c.actor1), c.actor2
    # the regime, when it struck with its foreign ally ("طائرات حلف النظام وروسيا"): an associate
    assoc = (_actor(c.actor1),) if m1 is not c.actor1 and c.actor1 is not None else ()
    if not assoc and (local := _joint_local(a, c, m1)) is not None:
        assoc = (_actor(local),)  # "دورية مشتركة تابعة لـ"التحالف الدولي" و"قسد"": the local partner
    if m1 is not None and _never_theirs(m1, c):
        m1 = None  # (again: merging may have made a Western force's strike into the attack it answered)
    if m2 is not None and m1 is not None and ((m2.start, m2.end) == (m1.start, m1.end) or m2.actor_id == m1.actor_id
                                              or (frozenset((m1.actor_id, m2.actor_id)) in ALLIES
                                                  and c.sub_event_type != "Disrupted weapons use")
                                              or _alongside(text, m1, m2)):
        # one mention is not both sides ("بين المتظاهرين و...": their clash, and force against them);
        # one side named twice, or with its ally ("مواجهات بين إسرائيل والقوات السورية وحزب الله"),
        # is no target: the other side is not known. (An ally's aircraft shot down is its loss: "أسقطت
        # الدفاعات الجوية السورية طائرة استطلاع روسية".)
        m2 = None
    taken = c.sub_event_type in TERRITORY_TAKEN
    if taken and m2 is not None and m2.actor_id in UNARMED:
        # ground is taken from the armed side that held it, not from the civilians or protesters the
        # offensive killed ("استعاد النظام السيطرة على الغوطة الشرقية إثر هجوم أدى إلى مقتل 1700 مدني")
        m2 = None
    counts = _join_clauses(text, _join_lists(text, c.counts, a.dates), a.places, c.location.name_ar if c.location else None)
    if c.anchor.event_type == "Battles":
        counts = _join_sides(a, counts)
    casualties, count_ev = _casualties(counts)
    if m2 is None and not taken:
        m2 = _side_of_the_dead(a, count_ev.get("killed"), m1)
    iso3 = c.location.iso3 if c.location is not None else None
    actor1 = _kurds_abroad(_actor(m1), m1, text, iso3)
    actor2 = _kurds_abroad(_actor(m2), m2, text, iso3)
    add("actor1", m1 if actor1 is not None else None)
    add("actor2", m2 if actor2 is not None else None)
    for k in CASUALTY_KINDS:
        add(f"casualties.{k}", count_ev.get(k))
    # civilians killed are the act's target, unless its perpetrator is itself unarmed: protesters
    # who clashed with the police did not kill the civilians who died ("اندلعت الاشتباكات بين
    # المتظاهرين والقوات الأمنية ... برصاص قوات الأمن"); nor is a fight whose dead were not all
    # civilians fought with them ("الهجوم المسلح الذي أودى بحياة شرطيتين وطالب": with the police)
    if actor2 is None and casualties.get("civilians_killed") is not None and not taken \
            and (actor1 is None or actor1.id not in UNARMED) \
            and (c.anchor.event_type != "Battles" or _all_civilians(casualties)):
        actor2 = actor("civilians")
    etype, sub = c.anchor.event_type, c.anchor.sub_event_type
    if sub == "Armed clash" and m2 is None and _all_civilians(casualties) \
            and _BARE_ATTACK.match(fold_slice(text, c.anchor.start, c.anchor.end)):
        # a bare "هجوم" whose dead were all civilians, no armed side named as its target ("بدأ الهجوم
        # صباح الجمعة في بلدة كاركاسون ... وتسبب في مقتل راكب"): an attack on civilians, not a fight
        etype, sub = "Violence against civilians", "Attack"
    if sub == "Disrupted weapons use" and _fighters_killed(casualties) \
            and _BOMBS_DISARMED.search(fold_slice(text, c.anchor.start, c.anchor.end)):
        # bombs destroyed or defused where fighters were killed ("قتل 21 إرهابيا، وتدمير مركبتين ...
        # وتدمير 3 عبوات ناسفة"): an operation that fought them, not a bomb disarmed
        etype, sub = "Battles", "Armed clash"
    if actor2 is None and (etype == "Violence against civilians" or sub in TARGETS_CIVILIANS):
        # ACLED's violence against civilians has them as its target by definition: an attack, an
        # abduction or sexual violence whose victims the report names no other way; and a chemical
        # attack no armed side is named as the target of struck the people of its place ("الهجوم
        # الكيميائي على دوما", "هجوم بغاز الكلور في الغوطة الشرقية"), and force on protesters them
        actor2 = actor("civilians")
    if (dead := _dead_civilians(text, etype, sub, actor2, counts, casualties)) is not None:
        casualties["civilians_killed"] = dead
        add("casualties.civilians_killed", count_ev.get("killed"))
    loc = c.location
    if loc is not None and c.place is not None and not loc.mention:
        loc = replace(loc, mention=text[c.place.start:c.place.end])
    inc_id = "rasd-" + hashlib.sha1(f"{doc.id}\x00{c.anchor.start}\x00{c.place.start if c.place else -1}"
                                    .encode()).hexdigest()[:16]
    ev_date = d.value if d is not None else None
    precision = d.precision if d is not None else None
    date_range = d.range if d is not None else None
    if c.date_stated and date_range is not None and date_range[0] is not None:
        # dated by a statement about it: the act was that day or in the days before
        date_range = (date_range[0] - dt.timedelta(days=STATED_LAG_DAYS), date_range[1])
    fields = {
        "id": inc_id,
        "doc_ids": (doc.id,),
        "event_date": ev_date,
        "date_precision": precision,
        "date_range": date_range,
        "time_of_day": c.time_of_day,
        "event_type": etype,
        "sub_event_type": sub,
        "tags": tuple(dict.fromkeys(t for cue in [c.anchor, *c.cues] for t in cue.tags if t not in INTERNAL_TAGS)),
        "actor1": actor1,
        "actor2": actor2,
        "assoc_actors": assoc,
        "location": loc,
        "casualties": casualties,
        "evidence": tuple(sorted(evidence, key=lambda e: e.start)),
        "confidence": _confidence(c),
    }
    from rasd.notes import note

    # the note is written from the coded fields: read off a namespace of them, the record is built once
    # (a frozen record costs ten times as much to make: each field set through object.__setattr__)
    return Incident(**fields, notes=note(SimpleNamespace(**fields)))


# Kinds of act whose target, when the report names no armed side it was aimed at, is the people of
# the place: the gas was dropped on besieged towns, Douma, Khan Sheikhoun, Eastern Ghouta, not on a
# front line (ACLED codes these attacks against civilians); force used on protesters was used on
# them, unarmed people ("وأفادت مصادر عراقية أن الضحايا سقطوا برصاص ميليشيات عصائب أهل الحق").
TARGETS_CIVILIANS = frozenset({"Chemical weapon", EXCESSIVE_FORCE})


def _side_of_the_dead(a: Analysis, dead, m1: ActorMention | None) -> ActorMention | None:
    """The side whose men the act's dead are counted of ("وتمكنت من قتل 15 من عناصر داعش", "مقتل 8
    من مسلحي التنظيم"), named in the toll itself, when the act's own sentence named no target: the toll
    may be told in a sentence after the act's ("تسللت قوة عسكرية إلى منطقة جبة ... وقامت بمهاجمة وكر
    لتنظيم داعش وتمكنت من قتل 15 من عناصر داعش"). Not the perpetrator nor its ally (its own losses),
    nor civilians (the civilians killed make them the target already)."""
    if dead is None or getattr(dead, "civilian", None) is not False:
        return None
    text = a.doc.text
    for m in a.actors:
        if m.start > dead.end + SIDE_OF_DEAD_REACH:
            break
        if m.start < dead.start or m.actor_id in UNARMED:
            continue
        if m1 is not None and (m.actor_id == m1.actor_id or frozenset((m.actor_id, m1.actor_id)) in ALLIES):
            return None
        if _MEMBERS_OF.match(fold_slice(text, dead.start, m.start)):
            return m
        return None
    return None


# "من عناصر" / "من مسلحي تنظيم" / "من": what stands between a toll's number and the side its dead are of
# (a few words before it: the outcome, the number, a noun of men; "قتل فيه ثلاثة عناصر من الفصائل")
_MEMBERS_OF = re.compile(r"^(?:[^\s.،,]+\s+){0,4}" + fold("من") + r"\s+(?:[^\s.،,]+\s+){0,2}$")
SIDE_OF_DEAD_REACH = 3  # characters after a toll's evidence where the side of its dead may be named


# A subset marker right after a figure ("بينهم"، "منهم"، "وهما"), or a bracket or a dash and a number
# opening its breakdown ("23 شخصا– 22 جنديا ومدنيا واحدا –"; not an outlet's name after a headline,
# "إلى 13 شهيداً -ANHA"): its people are told apart.
_SUBSET_AFTER = re.compile(r"[\s،,]*(?:\(|-\s*\d|-?\s*(?:" + words_pattern(casualty_words.SUBSET_MARKERS) + r")(?!\w))")
SUBSET_REACH = 30  # characters after a figure


def _dead_civilians(text: str, etype: str, sub: str, actor2: Actor | None, counts: list[CountMention],
                    casualties: dict[str, Count]) -> Count | None:
    """The civilians killed that the kind of act tells when its figures name no side: none when
    nobody was killed ("دون وقوع إصابات"), and all the dead of violence against civilians or of force
    used on protesters, the unarmed people it targets by definition ("أعدم تنظيم داعش أمس الشيخ نجم
    الدين الجبوري، إمام وخطيب مسجد"، "إطلاق النار على المتظاهرين، الأمر الذي أدى مقتل أحدهم"), unless
    a figure of the dead names fighters ("مقتل ضابط") or is broken down ("مقتل 29 شخصا، على الأقل،
    بينهم مدنيون": some were not). None when the figures tell it or tell nothing."""
    killed = casualties.get("killed")
    if "civilians_killed" in casualties or killed is None or killed.best is None and killed.low is None:
        return None
    if killed.best == 0:
        return Count(0, 0, None)
    targeted = sub == EXCESSIVE_FORCE or etype == "Violence against civilians" and actor2 is not None \
        and actor2.id == "civilians"
    if not targeted or any(m.category == "killed" and (m.civilian is False or _SUBSET_AFTER.match(
            fold_slice(text, m.end, m.end + SUBSET_REACH))) for m in counts):
        return None
    return Count(killed.low, killed.best, killed.high)


def _fighters_killed(casualties) -> bool:
    """Whether people were killed and none of them, as far as the figures tell, was a civilian."""
    killed = casualties.get("killed")
    return killed is not None and bool(killed.best or killed.low) and casualties.get("civilians_killed") is None


def _all_civilians(casualties) -> bool:
    """Whether people were killed and all of them, as far as the figures tell, were civilians."""
    civ, killed = casualties.get("civilians_killed"), casualties.get("killed")
    return civ is not None and bool(civ.best) and (killed is None or killed.best is None or killed.best <= civ.best)


def _actor(m: ActorMention | None) -> Actor | None:
    return Actor(m.actor_id, m.name, m.name_ar) if m is not None else None


def _kurds_abroad(a: Actor | None, m: ActorMention | None, text: str, iso3: str | None) -> Actor | None:
    """*a*, unless it is the YPG named only as Kurdish fighters ("المقاتلين الأكراد", "قوات كردية") at a
    place outside Syria: in Turkey those are the PKK's, in Iraq or Iran another Kurdish party's, none
    of the YPG (its own names, "وحدات حماية الشعب", stay it wherever told)."""
    if a is None or a.id != "ypg" or iso3 is None or iso3 == "SYR" or m is None \
            or _YPG_OWN_NAMES.search(fold_slice(text, m.start, m.end)):
        return a
    return actor("pkk") if iso3 == "TUR" else None


_YPG_OWN_NAMES = re.compile("|".join(fold(w) for w in ("وحدات", "حماية", "YPG", "YPJ", "PYD", "ب ي د")))


def _confidence(c: _Candidate) -> float:
    score = 0.25 + 0.25 * min(1.0, c.anchor.weight)
    if c.date is not None and c.date.value is not None:
        score += 0.15 if c.date_inherited else 0.2
    if c.location is not None:
        score += {1: 0.2, 2: 0.12, 3: 0.05}.get(c.location.geo_precision or 3, 0.05)
        if c.place_inherited:
            score -= 0.05
    if c.actor1 is not None:
        score += 0.1
    return max(0.05, min(0.99, score))
