"""What happened: event cues typed by ACLED's taxonomy, and who did it to whom.

The cue words, the masks and the context words live in ``lang/ar/event_cues.tsv`` (its header
documents the columns and the ``~`` flags); this module holds the rules that read them.

:func:`find_events` reports every cue, typed in the light of its sentence:

* a *generic* cue ("قصف", "استهداف", "هجوم") in a sentence that names a chemical attack is that
  attack, however it was delivered ("هجوم كيميائي يستهدف مدنيين", "قنابل الغاز التي ألقتها
  طائرات": ACLED codes the weapon); otherwise it becomes an air strike when an air word ("طيران",
  "غارة", "مسيرة" ...) is within ``AIR_WINDOW`` characters in its sentence, and otherwise takes
  the kind of the nearest specific cue of its sentence that it may stand for (``_ADOPT_FROM``),
  so that "هجوم بسيارة مفخخة" is one explosion, not an explosion and a battle;
* an airdrop or raid with an exchange of fire in its sentence is an armed clash (ANNOTATION.md);
* protest words are reported only when their sentence tells of violence near them (within
  ``PROTEST_WINDOW`` characters): a riot ("أحرقوا", "اقتحموا"), lethal force against the protesters,
  or other intervention (tear gas, arrests); peaceful protests are not incidents;
* burning and storming are riots in a protest sentence, property destruction and raids elsewhere.

Judgements that need the perpetrator are left to :func:`refine` (who took the territory, who
arrested whom, whether the victims were civilians), and :func:`primary` ranks the cues of one
sentence when a caller wants one kind for them. :func:`assign_roles` picks actor1 and actor2 for
a cue from the actors of its sentence; its rules are listed in its docstring.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from operator import attrgetter
from typing import Any

from rasd.errors import ConfigError
from rasd.lang.ar import context_words
from rasd.model import ActorMention, EventMention
from rasd.recognize.actors import ALLIES, actor, compile_phrases, names_actor_at, surface
from rasd.text.normalize import NormText, fold
from rasd.text.patterns import words_pattern
from rasd.text.segment import positions

__all__ = ["CUE_WORDS", "DECISIVE", "GOVERNMENT", "NO_CHEMICAL", "NO_SUICIDE", "PRECEDENCE", "RESPONSE", "STRONG",
           "SUICIDE_BOMBERS", "TAXONOMY", "Cue", "assign_roles", "find_events", "outside_asides", "primary", "refine",
           "responds"]

# ACLED's event types and sub-event types, spelled as in shared/SCHEMA.md; cue rows are checked
# against it so a typo in the data file fails at import, not in the scores.
TAXONOMY: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}

# State forces and forces acting for a state: their detentions are "Arrests" (their territorial gains
# are a government's regaining at home only: REGAINING). (Peshmerga are the Kurdistan Region's forces,
# PMF are Iraqi state-sanctioned.)
GOVERNMENT = frozenset({"regime", "iraq", "turkey", "russia", "us", "israel", "iran", "coalition", "pmf",
                        "peshmerga"})
# Forces whose taking of ground is a government's regaining it: Syria's and Iraq's own, at home in
# these wars, and the forces fighting for them under their command (a foreign state's forces taking
# ground, Turkey's at Afrin, overtake it as a non-state actor would, as ACLED codes it).
REGAINING = frozenset({"regime", "iraq", "pmf", "peshmerga"})
# Forces that strike in Syria and Iraq (nearly) only from the air: a bare "قصف" of theirs is an air
# strike ("قصف روسي", "قصفت طائرات التحالف ... ثم قصفت القرية").
AIR_ONLY = frozenset({"russia", "coalition", "us", "israel"})
# Forces no report of these wars has seen use chemical weapons: named beside a chemical attack,
# they answered it, accused someone of it, denied it or blocked an inquiry ("شنت الولايات المتحدة
# ضربات بعد الهجوم الكيماوي على دوما", "استخدمت روسيا حق النقض ضد ... آلية تحقيق حول استخدام
# الأسلحة الكيميائية"); the attack is never theirs.
NO_CHEMICAL = frozenset({"us", "coalition", "israel", "russia"})
# States' forces send no suicide bombers: named beside a suicide bombing, they were its target, stopped
# it ("فجرت الطائرات الدولية سيارة مفخخة يقودها انتحاري") or looked into it ("أعلنت السلطات التركية أن
# الانتحاري ..."); the bombing is never theirs.
NO_SUICIDE = frozenset({"us", "coalition", "israel", "russia", "turkey", "iran", "regime", "iraq"})
# The groups that send suicide bombers in these wars: one named beside a bombing a state was named for
# is the one the state blamed ("حملت الحكومة التركية مسلحي التنظيم مسؤوليته"), not its target.
SUICIDE_BOMBERS = frozenset({"isis", "hts"})
BARE_SHELLING = "bare-shelling"
BARE_BLAST = "bare-blast"
GENERIC_ATTACK = "generic-attack"  # a bare "هجوم" its sentence gave no kind: it may name any act told before
AIMED = "aimed"  # a takeover cue after the purpose "ل": ground aimed at (see _aimed_at)
# a bare attack told as an air strike by an air word beside it ("الهجوم" near "الانزال الجوي"), not
# by its own: its named doer may yet say it was done on the ground
AIR_BY_CONTEXT = "air-by-context"
# fire from the ground named ("قصف مدفعي", "قذائف هاون"): no air strike's told again (see ~ground)
GROUND_FIRE = "ground-fire"
# an exchange of fire ("تبادل لإطلاق النار"): a raid told of at the same place that day was that fight (see ~exchange)
EXCHANGE_OF_FIRE = "exchange-of-fire"
# a verb of seizing that seized no ground the cue's words name ("استولت القوات على كفر بطنا"): the place
# recognized right after its "على" may yet be the ground (see assemble.places._seized_places)
SEIZED = "seized"
_DISRUPTED = "Disrupted weapons use"
CAR_BOMB = "car_bomb"  # a vehicle bomb (event_cues.tsv): one destroyed before use was disrupted (see _destroyed)
# Tags that steer the assembly and are no part of an incident's output
INTERNAL_TAGS = frozenset({BARE_SHELLING, BARE_BLAST, GENERIC_ATTACK, AIMED, AIR_BY_CONTEXT, GROUND_FIRE,
                           EXCHANGE_OF_FIRE, SEIZED})
# Non-state groups whose detentions ACLED and the gold code as abductions (no administration of
# their own that makes an arrest an arrest).
ABDUCTORS = frozenset({"isis", "unknown", "alqaeda", "hurras", "houthis", "asaib", "kataib_hezbollah"})
# Actors that are never the perpetrator of a cue of theirs.
NEVER_ACTOR1 = frozenset({"civilians"})

# Precedence when one kind must be chosen for the cues of a sentence: the more specific weapon
# first (a chemical or suicide attack is also an "attack"; an air strike in a battle is coded as
# the strike), the state of the ground (territory, battle) before what it caused, strategic
# developments last. Calibrated on the dev gold: e.g. "الغارات والقصف المدفعي" is an air strike,
# "حملة مداهمات واعتقالات" arrests, "الطائرات استهدفت ... بعد انسحاب قوة الإنزال" an air strike.
# A weapon stopped before use ("تفكيك عبوة", "عجلات مفخخة كانت معدة") is the disrupted use, not the
# explosion; an interception beside a strike ("غارات ... اعتراض صواريخ") is the strike.
PRECEDENCE: tuple[str, ...] = (
    "Chemical weapon", "Suicide bomb", "Air/drone strike", "Disrupted weapons use", "Remote explosive/landmine/IED",
    "Grenade", "Shelling/artillery/missile attack", "Government regains territory",
    "Non-state actor overtakes territory", "Armed clash", "Excessive force against protesters",
    "Violent demonstration", "Mob violence", "Protest with intervention", "Attack", "Abduction/forced disappearance",
    "Sexual violence", "Arrests", "Looting/property destruction", "Non-violent transfer of territory",
    "Agreement", "Headquarters or base established", "Change to group/activity", "Other", "Peaceful protest",
)
_RANK = {s: i for i, s in enumerate(PRECEDENCE)}
# A cue at least this strong counts as "specific" evidence of its kind (see the weights in the
# data file: 0.5 and up are words that name an act, below are words that merely suggest one);
# at DECISIVE and up a cue names the act outright ("اشتباكات", "أعدم", "غارة"), and precedence
# only orders cues of the same tier: "أعدم ... هاجم" is an execution, "اشتباكات ... برصاص" a clash.
STRONG = 0.5
DECISIVE = 0.8
# What a cue's object, soon after it, makes of it no act: (how the cue is known, the object's context
# class, how far in folded characters). "اختطف المسلح سيارة": a vehicle seized, no person abducted;
# "انسحاب الولايات المتحدة من الاتفاق": an accord left, no ground handed over; "أسقطت مروحيات عسكرية
# منشورات": leaflets dropped, nothing downed; "ألقت مروحيات حربية الخميس مناشير": leaflets, no strike;
# "تسلمت دائرة الطب العدلي 700 جثة": bodies received, no ground; "ما اغتصب من أراضيه": land usurped,
# nobody raped.
_NO_ACT_WITH_OBJECT = (("Abduction/forced disappearance", "vehicle", 15), ("withdraw", "accord", 30),
                       ("downing", "cargo", 40), ("aircraft", "leaflets", 40),
                       ("Non-violent transfer of territory", "handed", 30), ("Sexual violence", "usurped", 15))
# How far (folded characters) after a seizing word the ground seized may be named: past its subject
# ("استولى تنظيم داعش على مدينة الرمادي")
SEIZED_REACH = 40
# How far (folded characters) before a withdrawal a forcing verb may stand for it to be a forced
# one, fought for ("أجبر الأهالي جيش الاحتلال على الانسحاب"): past the names of both sides.
FORCED_REACH = 60
# A generic cue made an air strike by an air word beside it ("الطائرات استهدفت") is as strong as
# a named air strike that is not spelled out.
AIR_PROMOTED = 0.8
# A protest word promoted by violence in its sentence (riot, lethal force) names the act outright;
# tear gas or arrests less surely.
PROTEST_VIOLENT, PROTEST_INTERVENTION = 0.8, 0.6
# How far (folded characters) an air word may be from a generic cue to make it an air strike:
# about a clause ("قصف ... بالطيران الحربي"), not the whole of a run-on sentence.
AIR_WINDOW = 80
# A verb whose ending is its plural or dual subject ("أحرقوا", "استهدفتا", "تستهدفان") takes no subject after it.
_SUBJECT_SUFFIXES = ("وا", "تا", "ان")
PROTEST_WINDOW = 100  # characters around a protest word within which the violence it met is told
PROTESTERS_REACH = 12  # characters after a cue of fighting where the protesters it names as a side start
# ... or after "بين" right after the cue, where the second side starts ("مواجهات بين قوات الأمن ومتظاهرين")
BETWEEN_SIDES_REACH = 40
_BETWEEN_NEXT = re.compile(r"\s*بين\s")
# The kinds a generic cue may take from a specific cue of its sentence, by flag and by the
# generic's own event type: "استهداف" any explosion ("استهداف دورية بعبوة ناسفة"), "هجوم" any
# violence ("هجوم بسيارة مفخخة", "هجوم ... اشتباكات"); "قصف" only an air strike or a chemical
# attack — "انفجار" beside it is the shell landing, and a battle with shelling stays two acts.
_EXPLOSIONS = frozenset(TAXONOMY["Explosions/Remote violence"])
_ADOPT_FROM: dict[tuple[str, str], frozenset[str]] = {
    ("generic", "Explosions/Remote violence"): _EXPLOSIONS,
    ("generic", "Battles"): _EXPLOSIONS | frozenset(TAXONOMY["Battles"]) | frozenset(TAXONOMY["Violence against civilians"]),
    # "مجزرة": a massacre, by whatever means the sentence names ("مجزرة بقصف مدفعي")
    ("generic", "Violence against civilians"): _EXPLOSIONS | frozenset(TAXONOMY["Violence against civilians"]),
    ("shelling", "Explosions/Remote violence"): frozenset({"Air/drone strike", "Chemical weapon"}),
}


# --- the cue table -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of event_cues.tsv: ``tags`` are output tags, ``flags`` the ``~`` rule flags."""

    phrase: str
    event_type: str
    sub_event_type: str
    tags: tuple[str, ...]
    flags: frozenset[str]
    weight: float


@dataclass(frozen=True, slots=True)
class _Tables:
    cues: dict[str, Cue | None]  # None: a mask
    context: dict[str, frozenset[str]]  # phrase -> context classes


_CONTEXT_CLASSES = frozenset({"air", "drone", "clash", "protest", "force", "intervention", "riot", "agent",
                              "weapon", "link", "act_verb", "defend_verb", "target", "victim", "victim_after",
                              "between", "clause", "speaker", "speaker_after", "self_report", "claim", "announced",
                              "backer", "vehicle", "mask", "accord", "cargo", "handed", "ground", "defuse", "turn",
                              "destroy", "destroy_verb", "apposition", "usurped", "accuse", "ascribe", "among", "forced",
                              "leaflets", "holder"})
_FLAGS = frozenset({"generic", "shelling", "context", "fire", "storm", "withdraw", "downing", "blast", "seize", "exchange",
                    "bomber", "ground", "aircraft", "attack", "thrown"})


def _spelt(key: str) -> list[str]:
    """*key* and its other spellings (``context_words.CUE_SPELLINGS``)."""
    keys = [key]
    for word, others in _SPELLINGS:
        if word in key:
            keys += [k.replace(word, other) for k in keys for other in others]
    return keys


def _load(text: str, source: str = "event_cues.tsv") -> _Tables:
    cues: dict[str, Cue | None] = {}
    context: dict[str, set[str]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith(("#", "cue\t")):
            continue
        cols = [c.strip() for c in (line.split("\t") + [""] * 5)[:5]]
        phrase, etype, sub, tags, weight = cols
        where = f"{source} line {n}"
        key = surface(phrase)
        if not key:
            raise ConfigError(f"{where}: empty cue")
        if etype == "context":
            if sub not in _CONTEXT_CLASSES:
                raise ConfigError(f"{where}: unknown context class {sub!r}; use one of {sorted(_CONTEXT_CLASSES)}")
            for k in _spelt(key):
                context.setdefault(k, set()).add(sub)
            continue
        if etype == "-":
            for k in _spelt(key):
                cues[k] = None
            continue
        if sub not in TAXONOMY.get(etype, ()):
            raise ConfigError(f"{where}: {etype!r} / {sub!r} is not an ACLED event type / sub-event type "
                              "(spell them as in SCHEMA.md)")
        try:
            w = float(weight)
        except ValueError:
            raise ConfigError(f"{where}: weight {weight!r} is not a number") from None
        words = tags.split()
        flags = frozenset(t[1:] for t in words if t.startswith("~"))
        if flags - _FLAGS:
            raise ConfigError(f"{where}: unknown flag(s) {sorted(flags - _FLAGS)}; known: {sorted(_FLAGS)}")
        for k in _spelt(key):
            cue = Cue(k, etype, sub, tuple(t for t in words if not t.startswith("~")), flags, w)
            if cues.get(k, cue) != cue:
                raise ConfigError(f"{where}: cue {phrase!r} is listed twice with different values")
            cues[k] = cue
    acts = frozenset(k for k, v in context.items() if "act_verb" in v)
    _add_duals(cues, lambda k, c: dataclasses.replace(c, phrase=k) if c is not None else None, acts)
    _add_duals(context, lambda _k, v: v, acts)
    return _Tables(cues, {k: frozenset(v) for k, v in context.items()})


def _add_duals(table: dict, make, verbs: frozenset[str]) -> None:
    """Adds to *table* the dual of each verb of attack (act_verb, a doer's: not "انفجرت"; an imperfect
    also when its perfect is one, "يعتقل" of "اعتقل") it lists in both genders with the same reading,
    unless the dual is listed itself: the perfect "استهدف"/"استهدفت" gives "استهدفتا" (and, for a verb
    of an augmented form starting with alif, "استهدفا": a bare form's dual, "قصفا" "خطفا", is also its
    verbal noun), the imperfect "يعتقل"/"تعتقل" gives "يعتقلان" and "تعتقلان" ("طائرتان حربيتان تقصفان")."""
    new = {}
    for k, v in table.items():
        if " " in k or len(k) < 4 or k not in verbs and "ا" + k[1:] not in verbs:
            continue
        if k.endswith("ت") and not k.endswith("ات") and table.get(k[:-1], 0) == make(k[:-1], v):
            new[k + "ا"] = v
            if k[0] == "ا":
                new[k[:-1] + "ا"] = v
        if k[0] == "ت" and table.get("ي" + k[1:], 0) == make("ي" + k[1:], v):
            new[k + "ان"] = new["ي" + k[1:] + "ان"] = v
    for k, v in new.items():
        table.setdefault(k, make(k, v))


_SPELLINGS = tuple((surface(word), tuple(surface(o) for o in others)) for word, others in context_words.CUE_SPELLINGS)
_TABLES = _load(resources.files("rasd.lang.ar").joinpath("event_cues.tsv").read_text(encoding="utf-8"))
_CUES = compile_phrases(_TABLES.cues, article=True)
# The cues of one word, folded ("قصف", "غارات"): no word of a place's name (see places._Finder.second_word)
CUE_WORDS = frozenset(k for k, c in _TABLES.cues.items() if c is not None and " " not in k)
# Two context matchers: the few classes the cue rules read run over the sentences of the cues (see
# _RuleWords); the role words (frequent: على، مع، من قبل ...) only over the sentence whose roles are
# asked for.
_RULE_CLASSES = frozenset({"air", "drone", "clash", "protest", "force", "intervention", "riot", "vehicle", "mask",
                           "accord", "cargo", "handed", "ground", "defuse", "destroy", "destroy_verb", "turn", "usurped",
                           "among", "forced", "leaflets"})
# (their words may be quoted apart: "استولت على "مناطق ذات أهمية"" is ground taken)
QUOTED_WORD_SEP = r"[\s\"'«»“”]+"
_RULE_CONTEXT = compile_phrases((k for k, v in _TABLES.context.items() if v & _RULE_CLASSES), sep=QUOTED_WORD_SEP)
_ROLE_CONTEXT = compile_phrases(k for k, v in _TABLES.context.items() if v - _RULE_CLASSES or "mask" in v)
# Sentence ends, as rasd.text.segment cuts them: a stop not after a digit and before a space, a
# quote or the end, and newlines. Only the positions are needed here, so a substring search for
# each of these characters (quicker than a pattern's character set tested at every character:
# 17 µs → 11 µs a report) and a check of each candidate.
_SENT_PUNCT = ".!?؟;؛\n"


# The sentence ends that are stops (not newlines). No rule word holds one (tests/test_events.py
# checks it): no match runs across such an end, and a scan of the rule words may start or stop there.
_STOPS = ".!?؟;؛"


def _sentence_ends(text: str) -> list[int]:
    n = len(text)
    out = []
    for i in positions(text, _SENT_PUNCT):
        if text[i] == "\n" or ((i + 1 == n or text[i + 1].isspace() or text[i + 1] in "\"'")
                               and not (i and text[i - 1].isdigit())):
            out.append(i + 1)
    return out


# --- context lookups ---------------------------------------------------------------------------


class _once:  # (a decorator, named like functools.cached_property)
    """``functools.cached_property`` without its lock: before Python 3.12 that takes a lock on each
    first access, ~13k per ANT pass here. The value goes into the instance's ``__dict__``, which
    then answers every later access (this is a non-data descriptor)."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func
        self.name = func.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class _Context:
    """Context words of a text (or part of one), by class, for range queries.

    *found* are the ``(start, end, phrase)`` matches of a context PhraseSet, in text order; they
    do not overlap, so ``hit_starts`` and ``hit_ends`` are both sorted (for bisection). They are
    read when first asked for: given a scan (``PhraseSet.finditer``), a text none of whose cues
    asks about its words (about a third of the sentences with cues) is not scanned. (A scan is
    read once: a context is asked by the call that made it, or read before it is kept, as a
    sentence's reading is, so no two threads read one scan.)"""

    def __init__(self, found: Iterable[tuple[int, int, str]]) -> None:
        self._found = found

    @_once
    def hits(self) -> list[tuple[int, int, frozenset[str]]]:
        return [(s, e, classes) for s, e, k in self._found if "mask" not in (classes := _TABLES.context[k])]

    # The rules ask by class (any), the roles by position: each index is built when first asked.

    @_once
    def starts(self) -> dict[str, list[int]]:
        by_class: dict[str, list[int]] = {}
        for s, _e, classes in self.hits:
            for c in classes:
                by_class.setdefault(c, []).append(s)
        return by_class

    @_once
    def hit_starts(self) -> list[int]:
        return [h[0] for h in self.hits]

    @_once
    def hit_ends(self) -> list[int]:
        return [h[1] for h in self.hits]

    def any(self, cls: str, lo: int, hi: int) -> bool:
        xs = self.starts.get(cls, ())
        i = bisect_left(xs, lo)
        return i < len(xs) and xs[i] < hi

    def clause(self, lo: int, hi: int, pos: int) -> tuple[int, int]:
        """``[lo, hi)`` narrowed to the clause around *pos*: from the last turn word ("بينما"، "فيما")
        at or before it to the next one after it."""
        xs = self.starts.get("turn", ())
        i = bisect_right(xs, pos)
        return (max(lo, xs[i - 1]) if i else lo), (min(hi, xs[i]) if i < len(xs) else hi)


def _sentence_of(ends: list[int], text_len: int, pos: int) -> tuple[int, int]:
    """The sentence around folded position *pos*, from the sorted sentence-end positions."""
    i = bisect_right(ends, pos)
    return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else text_len)


# --- find_events -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Hit:
    start: int  # folded
    end: int
    cue: Cue
    event_type: str
    sub_event_type: str
    tags: tuple[str, ...]
    weight: float
    aimed: bool = False  # a takeover aimed at, lending no kind (see _aimed_at)


def _specific(h: _Hit) -> bool:
    return h.cue.flags.isdisjoint(_UNSPECIFIC_FLAGS) and h.cue.weight >= STRONG


_UNSPECIFIC_FLAGS = frozenset({"generic", "shelling", "context"})


# A takeover cue after the purpose "ل" of its word ("للسيطرة على منطقة الكفرة", "لاستعادة المدينة")
# tells of ground aimed at: tagged AIMED, no act for the assembly, and no kind for a bare "هجوم" beside
# it to take ("محور الهجوم الذي يشنه الجيش لانتزاع السيطرة على المنطقة"). Not a control noun in construct, the control a place comes
# under ("عادت المدينة لسيطرة النظام"), nor after a verb of result ("مما أدى لاستعادة السيطرة"); see
# context_words.CONTROL_NOUNS.
_TAKEOVERS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_PURPOSE_OPENING = re.compile(r"(?<!\w)(?:و|ف)?ل$")
_CONTROL_NOUN = re.compile(r"(?:" + words_pattern(context_words.CONTROL_NOUNS) + r")(?!\w)")
_RESULT_VERB_BEFORE = re.compile(r"(?<!\w)(?:و|ف|مما\s+|ما\s+)?(?:" + words_pattern(context_words.RESULT_VERBS)
                                 + r")\s+$")
RESULT_VERB_REACH = 14  # characters before the purpose "ل" where a verb of result may stand


# Nouns of fighting that, after the purpose "ل", name what forces are for ("أخلى الجيش جزءا من مدينة رفح
# في إطار مساعيه لمواجهة الجماعات المسلحة", "أرسل تعزيزات لقتال التنظيم"), no fight told.
_FIGHT_AIMS = frozenset(fold(w) for w in ("مواجهة", "محاربة", "قتال", "التصدي"))


def _aimed_at(text: str, h: _Hit) -> bool:
    """Whether *h* is a takeover cue, or a noun of fighting (_FIGHT_AIMS), after the purpose "ل" of its
    word (see _PURPOSE_OPENING)."""
    if h.cue.sub_event_type not in _TAKEOVERS:
        return text[h.start:h.end] in _FIGHT_AIMS and _fight_aimed(text, h)
    opening = _PURPOSE_OPENING.search(text, max(0, h.start - 2), h.start)
    if opening is None or (not text.startswith("ل", h.start) and _CONTROL_NOUN.match(text, h.start, h.end)):
        return False
    return _RESULT_VERB_BEFORE.search(text, max(0, opening.start() - RESULT_VERB_REACH), opening.start()) is None


# A takeover named by its noun after a verb of being able and "من" ("تمكنت القوات العراقية، الأحد، من تحرير
# جامعة الانبار"): ground taken, told as surely as by the verb (a bare "تحرير" is mostly an aim, a
# campaign's name: "عملية تحرير الموصل").
_ACHIEVED = re.compile(r"(?<!\w)(?:و|ف)?(?:" + words_pattern(context_words.ABLE_VERBS) + r")(?!\w)[^.\n؟!:]*\s" + fold("من")
                       + r"\s+$")
_FROM_BEFORE = " " + fold("من") + " "  # (most takeover nouns have none before them: the pattern is not tried)
ACHIEVED_REACH = 60  # characters before the noun where the verb of being able may stand
ACHIEVED_WEIGHT = 0.8


def _achieved(text: str, h: _Hit) -> bool:
    """Whether the takeover noun *h* follows "من" and a verb of being able before it (see _ACHIEVED)."""
    return text.endswith(_FROM_BEFORE, 0, h.start) and \
        _ACHIEVED.search(text, max(0, h.start - ACHIEVED_REACH), h.start) is not None


def _fight_aimed(text: str, h: _Hit) -> bool:
    """Whether the noun of fighting *h* follows the purpose "ل", no verb of result before it ("مما أدى
    لمواجهة عنيفة" tells of a fight)."""
    opening = _PURPOSE_OPENING.search(text, max(0, h.start - 2), h.start)
    return opening is not None and _RESULT_VERB_BEFORE.search(
        text, max(0, opening.start() - RESULT_VERB_REACH), opening.start()) is None


def find_events(nt: NormText) -> list[EventMention]:
    """Event cues in document order, typed by their sentence; spans in the original text."""
    text = nt.text
    hits = _hits(text)
    if not hits:
        return []
    for h in hits:
        if h.cue.sub_event_type in _TAKEOVERS or h.cue.event_type == "Battles":  # (see _aimed_at)
            h.aimed = _aimed_at(text, h)
            if h.weight < ACHIEVED_WEIGHT and h.cue.sub_event_type in _TAKEOVERS and _achieved(text, h):
                h.weight = ACHIEVED_WEIGHT
    ends = _sentence_ends(text)
    by_sentence: dict[tuple[int, int], list[_Hit]] = {}
    for h in hits:
        by_sentence.setdefault(_sentence_of(ends, len(text), h.start), []).append(h)
    words = _RuleWords(text, ends)
    out: list[EventMention] = []
    for (lo, hi), group in by_sentence.items():
        for h in _typed(text, group, words.around(lo, hi), lo, hi):
            s, e = nt.orig_span(h.start, h.end)
            tags, flags = h.tags, h.cue.flags
            if flags:  # (most cues have none: 536 of the 681 listed)
                if "shelling" in flags and h.sub_event_type == h.cue.sub_event_type:
                    tags = (*tags, BARE_SHELLING)  # a bare "قصف": its actor may yet tell air from ground
                elif "blast" in flags and h.sub_event_type == h.cue.sub_event_type:
                    tags = (*tags, BARE_BLAST)  # a bare "تفجير": it may name a suicide bombing again
                elif "attack" in flags and h.sub_event_type == h.cue.sub_event_type:
                    tags = (*tags, GENERIC_ATTACK)  # a bare "الهجوم": it may name any act again
                if "ground" in flags and h.sub_event_type == h.cue.sub_event_type:
                    tags = (*tags, GROUND_FIRE)
                elif "exchange" in flags and h.sub_event_type == h.cue.sub_event_type:
                    tags = (*tags, EXCHANGE_OF_FIRE)
                elif "seize" in flags and h.sub_event_type == h.cue.sub_event_type:
                    tags = (*tags, SEIZED)
            if h.aimed:
                tags = (*tags, AIMED)
            if flags and h.sub_event_type == "Air/drone strike" != h.cue.sub_event_type and "generic" in flags:
                tags = (*tags, AIR_BY_CONTEXT)  # (not "قصف": "الطائرات الحربية استأنفت قصف" is the aircraft's)
            out.append(EventMention(s, e, h.event_type, h.sub_event_type, tags, h.weight))
    out.sort(key=lambda m: m.start)
    return out


class _RuleWords:
    """The rule words of the sentences of *text* (from its sorted sentence *ends*), as a scan of the
    whole text finds them.

    The rules read only the sentences of the cues, and not all of those: much of a report tells of
    no act, and a sentence whose cues are all specific ("اشتباكات", "غارة" ...) asks no rule word.
    A sentence's words are scanned when first asked for (see _Context), from the stop before it to
    the stop after it (or the text's ends). No match runs across a stop (see _STOPS), so from one
    to the next a scan finds what the scan of the whole text does."""

    def __init__(self, text: str, ends: list[int]) -> None:
        self.text = text
        self.stops = [0, *(e for e in ends if text[e - 1] in _STOPS), len(text)]
        self._last: tuple[int, int, _Context] | None = None

    def around(self, lo: int, hi: int) -> _Context:
        """The rule words from the stop before ``[lo, hi)`` to the stop after it, asked in text order
        (sentences between the same stops, cut by newlines, share them)."""
        a, b = self.stops[bisect_right(self.stops, lo) - 1], self.stops[bisect_left(self.stops, hi)]
        if self._last is None or self._last[:2] != (a, b):
            self._last = (a, b, _Context(_RULE_CONTEXT.finditer(self.text, a, b)))
        return self._last[2]


def _hits(text: str, pos: int = 0, endpos: int | None = None) -> list[_Hit]:
    return [_Hit(s, e, c, c.event_type, c.sub_event_type, c.tags, c.weight) for s, e, c in _cues(text, pos, endpos)]


def _cues(text: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int, Cue]]:
    """The cues in ``text[pos:endpos]``: start, end and the cue (a _Hit is made of each only when
    it is to be typed). An act told with its subject between the verb and its object ("أطلق عناصر
    قسد النار على المصلين", "فجر أحد مسلحي التنظيم نفسه") is a cue too, from its verb to its object
    (the subject, inside, is read as the verb's actor): see ``_SPLIT_CUES``."""
    out = [(s, e, c) for s, e, k in _CUES.find(text, pos, endpos) if (c := _TABLES.cues[k]) is not None]
    end = len(text) if endpos is None else endpos
    lo, hi = max(pos, 0), max(end, 0)  # (str.find reads a negative index from the end; `re` clamps it)
    split: list[tuple[int, int, Cue]] = []
    taken: set[int] | None = None  # where the cues found start (worked out for a window with a stem)
    for stem, pattern, cue, before in _SPLIT_CUES:
        # (every match lies in the window and holds the stem: a window without it, most, is not scanned)
        if text.find(stem, lo, hi) >= 0:
            if taken is None:
                taken = {s for s, _e, _c in out}
            at = "cue" if "cue" in pattern.groupindex else "verb"
            split += [(m.start(at), m.end(), cue) for m in _split_matches(text, lo, hi, stem, pattern, before)
                      if m.start(at) not in taken]
    if split:
        out = sorted(out + split, key=lambda h: h[0])
    return out


def _split_matches(text: str, lo: int, hi: int, stem: str, pattern: re.Pattern[str], before: frozenset[int]
                   ) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, lo, hi)`` for a split cue whose matches start *before* (one of these
    many characters) an occurrence of its *stem*: the pattern is tried there alone, in order, not at
    every character of the window. (Scanned when *before* is empty: its stem may be anywhere.)"""
    if not before:
        yield from pattern.finditer(text, lo, hi)
        return
    starts = set()
    q = text.find(stem, lo, hi)
    while q >= 0:
        starts.update(q - d for d in before)
        q = text.find(stem, q + 1, hi)
    end = lo  # (as finditer goes on from the end of each match)
    for c in sorted(starts):
        if c >= end and (m := pattern.match(text, c, hi)) is not None:
            end = m.end()
            yield m


def _opening(proclitics: str, words: Iterable[str]) -> str:
    """A lookahead on the characters a match can start with, its *proclitics* or the first letter of
    one of its first *words* (folded). It changes no match, but ``re`` then skips to those characters
    with a set scan instead of trying the whole pattern at every character (as the phrase sets'
    patterns do: ``actors._first_chars``); for a split cue that is scanned."""
    return "(?=[" + "".join(sorted(set(proclitics) | {fold(w)[0] for w in words})) + "])"


def _split_cue(verbs: Sequence[str], objects: Sequence[str], stem: str, cue: str,
               subjects: Sequence[str] = ()) -> tuple[str, re.Pattern, Cue, frozenset[int]]:
    """A verb, its subject (one to four words, no comma; *subjects*: opening with one of these),
    then its object: read as the cue *cue*. Every verb holds the *stem*: a match starts as far before
    an occurrence of it as the stem stands in its verb, or one character more (a proclitic و or ف),
    and is tried there alone (see _split_matches)."""
    first = r"(?:" + "|".join(fold(w) for w in subjects) + r")\s+" if subjects else ""
    words = "{0,3}" if subjects else "{1,4}"
    pattern = re.compile(r"(?<!\w)(?:و|ف)?(?P<verb>" + "|".join(fold(w) for w in verbs) + r")\s+" + first
                         + r"(?:[^\s،,.؛]+\s+)" + words + r"?(?:" + "|".join(fold(w) for w in objects) + r")(?!\w)")
    before = frozenset(fold(v).index(fold(stem)) + p for v in verbs for p in (0, 1))
    return fold(stem), pattern, _TABLES.cues[surface(cue)], before


# a word of the subject of an active killing: not a preposition or a clause opener, not "و..."
_SUBJECT_WORD = r"(?!(?:" + words_pattern(context_words.NOT_IN_SUBJECT) + r")\s)(?!و)[^\s،,.؛:]+\s+"


def _killed_by(markers: Sequence[str], cue: str) -> tuple[str, re.Pattern, Cue, frozenset[int]]:
    """A death or a wound, then (a few words on, no comma) an agent marker and an armed or unknown
    man ("لقي مدرس مصرعه بنيران مسلحين مجهولين"): the cue is the marker and the doer's first word."""
    pattern = re.compile(_opening("وفبل", context_words.KILLED_STEMS) + r"(?<!\w)(?:و|ف|ب|ل)?(?:"
                         + words_pattern(context_words.KILLED_STEMS) + r")\w*\s+"
                         r"(?:[^\s،,.؛:]+\s+){0,6}?(?P<cue>(?:" + words_pattern(markers) + r")\s+(?:ال)?(?:"
                         + words_pattern(context_words.KILLERS_BY) + r")\w*)")
    # (its stem, the marker, comes words into a match: the pattern is scanned, skipping to its first letters)
    return fold(markers[0].split()[-1]), pattern, _TABLES.cues[surface(cue)], frozenset()


def _killing() -> tuple[str, re.Pattern, Cue, frozenset[int]]:
    """An active killing verb, its armed subject (up to four words, no preposition) and its object
    ("قتل مسلحون مجهولون رجلا"); the passive ("قتل مسلحون في اشتباكات") has no object."""
    pattern = re.compile(r"(?<!\w)(?:و|ف)?(?P<verb>" + words_pattern(context_words.KILLING_VERBS) + r")\s+(?:"
                         + words_pattern(context_words.KILLING_SUBJECTS) + r")\s+(?:" + _SUBJECT_WORD + "){0,4}?"
                         r"(?:\d+|" + words_pattern(context_words.KILLED_OBJECTS) + r")(?!\w)")
    before = frozenset(fold(v).index(fold("قتل")) + p for v in context_words.KILLING_VERBS for p in (0, 1))
    return fold("قتل"), pattern, _TABLES.cues[surface("قتل مسلحون رجلا")], before


# "أطلق عناصر قسد النار" / "أطلقت قوات الأمن الرصاص": a shooting verb, its subject, what was fired;
# "فجر أحد مسلحي التنظيم نفسه" / "فجرت امرأة تحمل حزاما ناسفا نفسها": a suicide bombing, by a
# person (not "فجر مسلحو التنظيم الجسر نفسه": the bridge itself).
_SPLIT_CUES = (
    _split_cue(("أطلقوا", "أطلقت", "أطلقا", "أطلق", "يطلقون", "تطلق", "يطلق"), ("النار", "الرصاص", "النيران"),
               "طلق", "أطلق النار"),
    _split_cue(("فجر", "فجرت", "فجرا", "فجروا"), ("نفسه", "نفسها", "نفسيهما", "أنفسهم"), "فجر", "فجر نفسه",
               subjects=context_words.BOMBERS),
    # "سقطت مقاتلة سورية على سوق مزدحم": a warplane fallen onto a place, its side's air strike there
    _split_cue(("سقطت",), ("على",), "سقطت", "سقطت مقاتلة على", subjects=("مقاتلة", "طائرة")),
    _killed_by(context_words.KILLED_BY_FIRE, "قتل بنيران مسلحين"),
    _killing(),
)


@functools.cache
def _object_checks(sub_event_type: str, flags: frozenset[str]) -> tuple[tuple[str, int], ...]:
    """The ``(context class, reach)`` of the rows of _NO_ACT_WITH_OBJECT that apply to a cue of this
    kind and flags (none for most: a few kinds and flags, so each is worked out once)."""
    return tuple((cls, reach) for which, cls, reach in _NO_ACT_WITH_OBJECT if which == sub_event_type or which in flags)


def _typed(text: str, group: list[_Hit], ctx: _Context, lo: int, hi: int) -> list[_Hit]:
    """The cues of one sentence ``[lo, hi)`` typed by its rules; those not to be reported dropped."""
    # a cue whose object says it is no act ("اختطف المسلح سيارة"): dropped, and no kind for the others
    # to take (see _NO_ACT_WITH_OBJECT)
    group = [h for h in group if not ((checks := _object_checks(h.sub_event_type, h.cue.flags))
                                      and any(ctx.any(cls, h.end, min(hi, h.end + reach)) for cls, reach in checks))]
    # a suicide bomber counted among the dead ("قتل 12 من عناصره بينهم ثلاثة انتحاريين") tells of no bombing
    group = [h for h in group if not ("bomber" in h.cue.flags
                                      and ctx.any("among", max(lo, h.start - BOMBER_AMONG_WINDOW), h.start))]
    out = []
    for h in group:
        if not _type_in_sentence(text, h, group, ctx, lo, hi):
            continue
        if h.sub_event_type == "Air/drone strike" and "drone" not in h.tags:
            dlo, dhi = max(lo, h.start - AIR_WINDOW), min(hi, h.end + AIR_WINDOW)
            if _may_name_drone(text, dlo, dhi) and ctx.any("drone", dlo, dhi):
                h.tags = (*h.tags, "drone")
        out.append(h)
    return out


# A drone word (of the rule words' class "drone") is one word opening with one of _DRONE_OPENINGS,
# after the article or لل at most ("المسيرات", "للدرون"), or two words, the second holding one of
# _DRONE_WORDS ("بدون طيار", "غير ماهولة"); tests/test_events.py checks every one. Most sentences of
# air strikes name no drone: substring searches say so, and their rule words need not be scanned.
_DRONE_OPENINGS = (fold("مسير"), fold("درون"))
_DRONE_WORDS = (fold("طيار"), fold("ماهول"))
_DRONE_OPENING_END = len("ال") + max(map(len, _DRONE_OPENINGS))  # where an opening ends, at most, in its word


def _may_name_drone(text: str, lo: int, hi: int) -> bool:
    """False when no drone word starts in ``text[lo:hi]`` (True does not say one does)."""
    return any(text.find(w, lo, hi + _DRONE_OPENING_END) >= 0 for w in _DRONE_OPENINGS) or \
        any(text.find(w, lo) >= 0 for w in _DRONE_WORDS)


def _retype(h: _Hit, event_type: str, sub_event_type: str, weight: float | None = None) -> None:
    h.event_type, h.sub_event_type = event_type, sub_event_type
    if weight is not None:
        h.weight = weight


_RIOT_FLAGS = frozenset({"fire", "storm", "thrown"})  # burning, storming, hand grenades: a riot in a protest sentence
_GENERIC_FLAGS = frozenset({"generic", "shelling"})


# "التي شهدت" and a word at most before a protest word: what a place has seen ("في مدينة البصرة التي
# شهدت مؤخرا احتجاجات"), no protest the sentence's act met
_HAS_SEEN = re.compile(r"(?<!\w)(?:التي|الذي)\s+(?:شهدت|شهد)\s+(?:\w+\s+)?$")
HAS_SEEN_REACH = 30  # characters before a protest word looked at for it


def _protest_told(text: str, ctx: _Context, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` tells of a protest, not only of one a place has seen (see _HAS_SEEN)."""
    return any("protest" in classes and not _HAS_SEEN.search(text, max(lo, s - HAS_SEEN_REACH), s)
               for s, _e, classes in ctx.hits if lo <= s < hi)


def _type_in_sentence(text: str, h: _Hit, group: list[_Hit], ctx: _Context, lo: int, hi: int) -> bool:
    """Apply the sentence rules to *h* in place; False when it is not to be reported."""
    flags = h.cue.flags
    if h.cue.sub_event_type == _TAKEOVER and _from_control(text, h, lo):
        return False
    if h.cue.sub_event_type == _DISRUPTED and _SOME_OF_THEM.match(text, h.end, min(hi, h.end + SOME_OF_THEM_REACH)):
        return False  # "أطلقت ثمانية صواريخ، تم اعتراض خمسة منها": the strike went on, some of it stopped
    if h.cue.sub_event_type == _CLASH and "defend_verb" in _TABLES.context.get(h.cue.phrase, ()) and (
            _CONFRONTED_WEAPON.match(text, h.end, min(hi, h.end + CONFRONTED_REACH)) or _disrupted(h, group)):
        # "تصدت وسائط دفاعنا الجوي لصواريخ العدوان", "الدفاعات الجوية تصدت لعدوان": the missiles met, an
        # interception, no fight
        _retype(h, "Strategic developments", _DISRUPTED)
        return True
    if "context" in flags:
        # the violence a protest met is told near it ("تفريق المتظاهرين بالرصاص الحي"), not in another
        # clause of a long sentence ("... أن تنظيم داعش قتل منذ سيطرته على الموصل 2070 شخصا")
        plo, phi = max(lo, h.start - PROTEST_WINDOW), min(hi, h.end + PROTEST_WINDOW)
        if _HAS_SEEN.search(text, max(lo, h.start - HAS_SEEN_REACH), h.start):
            return False  # "البصرة التي شهدت مؤخرا احتجاجات": protests of before, in an aside on the town
        if ctx.any("riot", plo, phi):
            _retype(h, "Riots", "Violent demonstration", PROTEST_VIOLENT)
        elif ctx.any("force", plo, phi):
            _retype(h, "Protests", "Excessive force against protesters", PROTEST_VIOLENT)
        elif ctx.any("intervention", plo, phi):
            _retype(h, "Protests", "Protest with intervention", PROTEST_INTERVENTION)
        else:
            return False
        return True
    # (whether the sentence tells of a protest is asked only of the few cues it may retype)
    if not flags.isdisjoint(_RIOT_FLAGS) and ctx.any("protest", lo, hi):
        _retype(h, "Riots", "Violent demonstration", PROTEST_VIOLENT)
        h.tags = ()  # a crowd storming a building is not a military raid
        return True
    if h.cue.sub_event_type == _CLASH and ctx.any("protest", h.end, min(hi, h.end + _sides_reach(text, h.end))):
        # "تصدت القوات الأمنية لمتظاهرين حاولوا اقتحام حقل الزبير", "صدامات بين المحتجين وقوات الأمن": the
        # protesters the other side, a riot the security forces met, no fight of armed groups
        _retype(h, "Riots", "Violent demonstration", PROTEST_VIOLENT)
        return True
    if "shooting" in h.cue.tags and ctx.any("protest", lo, hi) and _protest_told(text, ctx, lo, hi):
        _retype(h, "Protests", "Excessive force against protesters", PROTEST_VIOLENT)
        return True
    generic = flags & _GENERIC_FLAGS
    if generic and h.cue.event_type == "Explosions/Remote violence" and _aim_of_disrupted(text, h, group):
        _retype(h, "Strategic developments", _DISRUPTED)
        h.tags = ()
        return True
    if generic:
        chemical = next((o for o in group if o.cue.sub_event_type == "Chemical weapon" and _specific(o)), None)
        if chemical is not None and h.cue.event_type == "Explosions/Remote violence":
            _retype(h, chemical.cue.event_type, chemical.cue.sub_event_type)
            return True
        clo, chi = ctx.clause(lo, hi, h.start)  # (an air word across "بينما" is another act's)
        clo = max(clo, _main_clause(text, lo, h.start, h.end))
        alo, ahi = max(clo, h.start - AIR_WINDOW), min(chi, h.end + AIR_WINDOW)
        if ctx.any("air", alo, ahi) and _air_word_of_its_own(ctx, group, h, alo, ahi):
            _retype(h, "Explosions/Remote violence", "Air/drone strike", max(h.weight, AIR_PROMOTED))
            return True
        allowed = _ADOPT_FROM.get((min(generic), h.cue.event_type), frozenset())
        # a broad generic also follows a قصف beside it ("قصفت ... ما أدى إلى انفجار")
        # (not a vehicle bomb destroyed before use: "أسفرت العملية عن تدمير سيارة مفخخة" set off no bomb)
        specific = [o for o in group if o is not h and o.cue.sub_event_type in allowed and clo <= o.start < chi
                    and (_specific(o) or ("generic" in generic and "shelling" in o.cue.flags))
                    and not (CAR_BOMB in o.cue.tags and _destroyed(text, o, ctx, lo))]
        if specific:
            near = min(specific, key=lambda o: abs(o.start - h.start))
            _retype(h, near.cue.event_type, near.cue.sub_event_type)
            h.tags = tuple(dict.fromkeys((*h.tags, *near.cue.tags)))
        return True
    if "seize" in flags and ctx.any("ground", h.start, min(hi, h.end + SEIZED_REACH)):  # (its على may be the cue's)
        _retype(h, "Battles", "Non-state actor overtakes territory")  # ground seized: a takeover
    elif "withdraw" in flags and ctx.any("forced", max(lo, h.start - FORCED_REACH), h.start):
        _retype(h, "Battles", "Armed clash")  # a side forced out: fighting, no ground handed over
    elif "airdrop" in h.cue.tags and ctx.any("clash", lo, hi):
        _retype(h, "Battles", "Armed clash")
    elif h.cue.event_type == "Explosions/Remote violence" and (
            _disrupted(h, group) or (h.cue.sub_event_type == IED
                                     and ctx.any("defuse", max(lo, h.start - DEFUSE_WINDOW), h.start))
            or ((CAR_BOMB in h.cue.tags or h.cue.sub_event_type == IED) and _destroyed(text, h, ctx, lo))
            or _means_of_the_foiled(text, h, group)):
        _retype(h, "Strategic developments", _DISRUPTED)
        h.tags = ()
    return True


def _sides_reach(text: str, end: int) -> int:
    """How far after a cue of fighting ending at *end* its sides are named: further when "بين" follows it."""
    return BETWEEN_SIDES_REACH if _BETWEEN_NEXT.match(text, end) else PROTESTERS_REACH


def _air_word_of_its_own(ctx: _Context, group: list[_Hit], h: _Hit, lo: int, hi: int) -> bool:
    """Whether an air word in ``[lo, hi)`` may make the generic cue *h* an air strike: one that is not
    a word of another cue of the sentence of another kind ("الجوي" of "عملية الانزال الجوي بعد الهجوم
    الذي شنه مجهولون": the airdrop's, no raid of aircraft)."""
    others = [o for o in group if o is not h and o.sub_event_type != "Air/drone strike"]
    return any("air" in classes and lo <= s < hi and not any(o.start <= s and e <= o.end for o in others)
               for s, e, classes in ctx.hits)


def _fronted_clause(openers: Sequence[str]) -> re.Pattern[str]:
    """A sentence's opening clause headed by one of *openers*, up to its first comma (folded)."""
    return re.compile(r"[\W_]*[وف]?(?:" + words_pattern(openers) + r")(?!\w)[^،,.\n]*[،,]")


# A sentence opening with a fronted clause of circumstance (context_words.FRONTED_CIRCUMSTANCE), or of
# what went on meanwhile, headed by a turn word of event_cues.tsv ("وفيما تتواصل الحرب ضد داعش، سيطرت
# فصائل المعارضة على قرية القرقور": see _fronted_end). (Not "في وقت"، "مع": "في وقت ارتفع عدد قتلى
# النظام ...، في الهجوم الذي شنه تنظيم داعش" tells the same act's toll first.)
_FRONTED_CIRCUMSTANCE = _fronted_clause(context_words.FRONTED_CIRCUMSTANCE)
_FRONTED_WHILE = _fronted_clause([k for k, classes in _TABLES.context.items() if "turn" in classes])


def _fronted_end(text: str, s0: int, ev_s: int) -> int | None:
    """The end of a fronted clause of what went on meanwhile that opens the sentence at *s0* (folded)
    before the cue at *ev_s*, or None. (Not where the sentence was cut at a comma: "...، بينما وثقت
    منظمة الحصيلة ...، مشيرة إلى مقتل 5 مدنيين" goes on with a clause, it fronts none.)"""
    m = _FRONTED_WHILE.match(text, s0, ev_s)
    if m is None or text[:s0].rstrip()[-1:] in _COMMAS:
        return None
    return m.end()


def _main_clause(text: str, lo: int, pos: int, end: int) -> int:
    """Where the main clause starts when the generic verb ``text[pos:end]`` opens it right after the comma
    that closes a fronted clause of the sentence starting at *lo*, and names its doer right after
    it ("وبالتزامن مع تجدد قصف الطيران المروحي لبلدة اللطامنة، استهدفت الفصائل المقاتلة آلية": the
    factions' attack, whatever the helicopters did); else *lo*. The fronted clause may also open a
    quotation within the sentence ("وقال مدير المرصد "بعد الغارات الغربية، استهدف مقاتلون موالون للنظام
    القافلة"": the loyalists' attack, not the strikes')."""
    if not text[lo:pos].rstrip(" و").endswith(_COMMA_CHARS):
        return lo  # (most verbs: no comma right before them, no fronted clause to close)
    m = _FRONTED_CIRCUMSTANCE.match(text, lo, pos)
    if m is None:
        quote, colon = text.rfind('"', lo, pos), text.rfind(":", lo, pos)  # (folded: every quote mark is ")
        quote = quote if quote > colon else colon  # noqa: FURB136 — max() inline (see assemble.places._unit_at)
        if quote > lo:
            m = _FRONTED_CIRCUMSTANCE.match(text, quote, pos)
    if m is None or text[m.end():pos].strip(" و"):
        return lo
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    if (men := _MEN_OF.match(text, after)) is not None:
        after = men.end()  # "استهدف مقاتلون موالون للنظام السوري": the men of the actor after them
    return m.end() if names_actor_at(text, after) else lo


_COMMA_CHARS = ("،", ",")
# Fighters named as the men of an actor, before it ("مقاتلون موالون للنظام"، "مسلحون تابعون لـ"، "عناصر من")
_MEN_OF = re.compile(r"(?:" + words_pattern([*context_words.FIGHTER_NOUNS, "عناصر"]) + r")\s+(?:(?:ال)?(?:موال|تابع)(?:ون|ين)\s+|من\s+)")


# The weapon named right after a disrupting verb is its object: "أسقطت الفصائل طائرة مسيرة",
# "اعتراض صواريخ" — the strike did not happen. This many characters may sit between them (the
# subject, as in the first example).
DISRUPT_WINDOW = 25
# A word of counting among the dead this close before a suicide bomber ("بينهم انتحاري", "من بينهم
# ثلاثة انتحاريين"): a number may come between.
BOMBER_AMONG_WINDOW = 18
# A defusing verb this close before an explosive ("تفكيك 35 عبوة ناسفة", "إزالة أكثر من 450 عبوة"), or
# one of finding with its subject between ("اكتشفت القوات الأمنية عبوة ناسفة"): the bombs were found
# before use, however many the words between (a number, a hedge, a subject).
DEFUSE_WINDOW = 40
# An explosive right before a disrupting phrase was found before use: "عجلات مفخخة كانت معدة",
# "عبوة ناسفة تم تفكيكها". Only explosives: after a strike ("غارات ... اعترضت الدفاعات بعضها")
# the strike still happened.
DISRUPT_AFTER_WINDOW = 12
IED = "Remote explosive/landmine/IED"
BOMBINGS = frozenset({"Suicide bomb", IED})  # (a bombing's kinds: a bare blast may name a suicide bombing)


# Between a disrupted weapon (or a disrupting verb) and the verb of the weapon's relative clause: the
# weapon, an adjective, a relative pronoun, two words at most ("أسقطت الدفاعات الجوية السورية صواريخ
# استهدفت قاعدة الشعيرات", "أسقطت صواريخا استهدفت", "تصدت الدفاعات الجوية لصواريخ إسرائيلية استهدفت").
_WEAPON_AIMED = re.compile(r"\s+(?:(?![وف]\s)[^\s.،,؛:!?؟\"«»()]+\s+){0,2}$")
_DOWNED_WORDS = re.compile("|".join(fold(w) for w in context_words.AIRCRAFT))


def _aim_of_disrupted(text: str, h: _Hit, group: list[_Hit]) -> bool:
    """Whether the generic verb *h* tells what a weapon downed or intercepted right before it was fired
    at: "أسقطت الدفاعات الجوية صواريخ استهدفت قاعدة الشعيرات" is the interception, and the targeting
    never came to pass (a verb after "و", glued to it or not, opens a clause of its own)."""
    return any(o.end <= h.start and o.sub_event_type == _DISRUPTED
               and _DOWNED_WORDS.search(text, o.start, h.start) is not None
               and _WEAPON_AIMED.match(text, o.end, h.start) is not None
               for o in group)


_TAKEOVER = "Non-state actor overtakes territory"
# Some of the weapons a disruption names, right after it: a share of a salvo ("تم اعتراض خمسة منها",
# "أسقطت الدفاعات بعضها"), not all of it (see _type_in_sentence)
_SOME_OF_THEM = re.compile(r"\s+(?:[^\s،,.؛]+\s+){0,2}?(?:" + "|".join(fold(w) for w in (
    "منها", "منهم", "بعضها", "بعضهم", "معظمها", "أغلبها", "اغلبها", "غالبيتها", "أكثرها")) + r")(?!\w)")
SOME_OF_THEM_REACH = 40  # characters after a disruption where the share of the weapons is told
_CLASH = "Armed clash"
# A fight cue's object, after its subject, that is a weapon in flight: "تصدت منظومات دفاعنا الجوي
# لصواريخ العدوان" (the clash cues of confronting: تصدت، تصدى، تصدوا)
_CONFRONTED_WEAPON = re.compile(r"\s+(?:[^\s،,.؛]+\s+){0,6}?[\"«“]?(?:ل|لل)ـ?[\"«“]?(?:" + "|".join(
    fold(w) for w in context_words.AIRCRAFT) + r")")
CONFRONTED_REACH = 50  # characters after a confronting verb where the weapon it met is named
_FROM = "من "
_ARTICLE = "ال"


def _from_control(text: str, h: _Hit, lo: int) -> bool:
    """Whether the takeover noun *h* names, after "من" and without the article, whose control ground is
    taken from: "لاستعادة جامعة الأنبار من سيطرة تنظيم داعش" is a state, not a taking ("تمكن الجيش من
    السيطرة على البلدة", with the article, is the taking)."""
    start = h.start - len(_FROM)
    return start >= lo and text.startswith(_FROM, start) and (start == 0 or not text[start - 1].isalnum()) \
        and not text.startswith(_ARTICLE, h.start)


def _destroyed(text: str, h: _Hit, ctx: _Context, lo: int) -> bool:
    """Whether the vehicle bomb or other bomb *h* is the object of a word of destroying a few words
    before it: "تمكنت القوات من تدمير عجلة مفخخة", "دمرت القوات العراقية سيارة مفخخة"، "ودمرت 3 عبوات
    ناسفة" (a verb with words between, its subject or a count: "دمرت سيارة مفخخة مبنى" and "دمرت عبوة
    ناسفة آلية" are the bombs that destroyed)."""
    start = max(lo, h.start - DEFUSE_WINDOW)
    if ctx.any("destroy", start, h.start):
        return True
    return ctx.any("destroy_verb", start, h.start) and any(
        "destroy_verb" in classes and start <= s and text[e:h.start].strip() for s, e, classes in ctx.hits
        if s < h.start)


def _means_of_the_foiled(text: str, h: _Hit, group: list[_Hit]) -> bool:
    """Whether *h* is told as the means of an act foiled before it in its sentence, after a comma and
    "ب" ("إحباط محاولة للدواعش كانت تستهدف مبنى الجامعة، بسيارتين مفخختين يقودهما انتحاريان")."""
    if not MEANS_AFTER_COMMA.search(text, max(0, h.start - MEANS_COMMA_REACH), h.start):
        return False
    return any(o is not h and o.end <= h.start and o.sub_event_type == _DISRUPTED for o in group)


# a comma and "ب" right before a cue: it tells the means of the clause before ("، بسيارتين مفخختين")
MEANS_AFTER_COMMA = re.compile(r"[،,]\s*ب$")  # (the cue's span leaves its proclitic out)
MEANS_COMMA_REACH = 4  # characters before a means' cue where the comma and "ب" that open it stand


def _disrupted(h: _Hit, group: list[_Hit]) -> bool:
    # (a bombing foiled may stand as far from its verb as a bomb defused: "أحبطت القوات الأمنية العراقية
    # اليوم هجوما انتحاريا")
    reach = DEFUSE_WINDOW if h.cue.sub_event_type in BOMBINGS else DISRUPT_WINDOW
    return any(o.cue.sub_event_type == _DISRUPTED
               and (o.end <= h.start <= o.end + reach
                    or (h.cue.sub_event_type == IED
                        and h.end <= o.start <= h.end + DISRUPT_AFTER_WINDOW))
               for o in group)


def primary(events: Iterable[EventMention]) -> EventMention | None:
    """The cue that names the act when several kinds share a sentence: decisive cues first, then
    strong ones, then the rest; within a tier the kind that comes first in ``PRECEDENCE``, then the
    heavier cue."""
    def key(e: EventMention) -> tuple[int, int, float]:
        tier = 0 if e.weight >= DECISIVE else 1 if e.weight >= STRONG else 2
        return tier, _RANK.get(e.sub_event_type, len(PRECEDENCE)), -e.weight

    return min(events, key=key, default=None)


# --- refine ------------------------------------------------------------------------------------


def refine(event: EventMention, actor1_id: str | None = None, nt: NormText | None = None,
           cues: Sequence[EventMention] = (), *, actor2_id: str | None = None,
           clash: bool | None = None) -> EventMention:
    """The event re-typed by what the cue alone cannot tell; *event* itself when nothing changes.

    * territory taken: by a state's forces at home or their allies on the ground (``REGAINING``) →
      Government regains territory; by any other named actor, a foreign state's forces among them
      (ACLED: "a non-state actor ... or a foreign state actor ... gains control of a location") →
      Non-state actor overtakes territory;
    * an airdrop or raid coded Strategic developments/Other becomes Battles/Armed clash when an
      exchange of fire is reported: *clash* if given, else a clash word in the event's paragraph
      of *nt*, or a Battles cue among *cues*;
    * a bare "قصف" (no weapon word beside it) by a force that strikes only from the air
      (``AIR_ONLY``) is an air strike;
    * an arrest by a group without an administration (``ABDUCTORS``) is an abduction;
    * an armed clash whose target (*actor2_id*) is civilians is violence against civilians, and a
      shooting coded as an attack on civilians whose target is an armed actor is an armed clash.
    """
    etype, sub = event.event_type, event.sub_event_type
    if sub in ("Government regains territory", "Non-state actor overtakes territory") and actor1_id:
        if actor1_id in REGAINING:
            etype, sub = "Battles", "Government regains territory"
        elif actor1_id not in NEVER_ACTOR1:
            etype, sub = "Battles", "Non-state actor overtakes territory"
    elif sub == "Other" and ("airdrop" in event.tags or "raid" in event.tags):
        if clash is None:
            clash = any(c.event_type == "Battles" for c in cues) or (nt is not None and _clash_near(nt, event))
        if clash:
            etype, sub = "Battles", "Armed clash"
    elif sub == "Shelling/artillery/missile attack" and BARE_SHELLING in event.tags and actor1_id in AIR_ONLY:
        etype, sub = "Explosions/Remote violence", "Air/drone strike"
    elif sub == "Arrests" and actor1_id in ABDUCTORS:
        etype, sub = "Violence against civilians", "Abduction/forced disappearance"
    elif sub == "Armed clash" and actor2_id == "civilians" and "airdrop" not in event.tags:
        etype, sub = "Violence against civilians", "Attack"
    elif sub == "Attack" and "shooting" in event.tags and (
            (actor2_id and actor2_id not in ("civilians", "unknown")) or (nt is not None and _fired_on_armed(nt, event))):
        etype, sub = "Battles", "Armed clash"
    if (etype, sub) == (event.event_type, event.sub_event_type):
        return event
    return dataclasses.replace(event, event_type=etype, sub_event_type=sub)


# Armed men a shooting is aimed at ("أطلقت قوات الأمن النار على مسلحين"): a fight, not an attack on
# civilians (context_words.ARMED_MEN)
_FIRED_ON_ARMED = re.compile(r"\s*(?:" + words_pattern(("على", "باتجاه", "نحو")) + r")\s+(?:عدد\s+من\s+)?(?:ال)?(?:"
                             + words_pattern(context_words.ARMED_MEN) + r")(?!\w)")


FIRED_ON_REACH = 40  # folded characters after a shooting's words where the armed men it is aimed at are named


def _fired_on_armed(nt: NormText, event: EventMention) -> bool:
    """Whether the shooting *event* is aimed at armed men named right after it."""
    end = nt.to_norm(event.end)
    return _FIRED_ON_ARMED.match(nt.text, end, end + FIRED_ON_REACH) is not None


def _clash_near(nt: NormText, event: EventMention) -> bool:
    """A clash word in the paragraph of *event* (raids are told over several sentences)."""
    pos = nt.to_norm(event.start)
    lo = nt.text.rfind("\n", 0, pos) + 1
    hi = nt.text.find("\n", pos)
    hi = len(nt.text) if hi < 0 else hi
    return _Context(_RULE_CONTEXT.finditer(nt.text, lo, hi)).any("clash", lo, hi)


# --- roles ------------------------------------------------------------------------------------

# Cue flags of words that take the kind of another cue near them (see event_cues.tsv): a clause
# holding only such a word tells no act of a kind of its own.
_KIND_OF_OTHERS = frozenset({"generic", "shelling", "context"})
# Clause openers that turn to another act (folded)
_TURNS = tuple(fold(w) for w in context_words.CLAUSE_TURNS)


# Per marker class (see event_cues.tsv): the (agent, target) evidence it gives the actor after it,
# and how many words may separate them (link words and one-letter clitics do not count).
_BEFORE: dict[str, tuple[tuple[float, float], int]] = {
    "agent": ((3, 0), 1),
    "target": ((0, 3), 1),
    "victim": ((0, 3), 8),
    "weapon": ((2, 0), 2),  # "بقصف مدفعي لميليشيا قسد"
    "act_verb": ((2, 0), 2),
    "defend_verb": ((0, 2), 1),
    "between": ((2, 0), 1),
    "speaker": ((0, 0), 1),
    "apposition": ((0, 0), 1),  # "جبهة النصرة، ذراع تنظيم القاعدة": the actor before, described
    "holder": ((0, 0), 1),  # "هضبة الجولان التي تحتلها إسرائيل": who holds a place named, no side
    "backer": ((0, 0), 2),  # (read apart from the others: see _collect_evidence)
}
_COMMAS = frozenset("،,")
_NEW_CLAUSE = re.compile(r"[،,]\s*و")
# "تمكنت X (و Y) من صده": a verb of being able whose complement, a few words on, is repelling.
_ABLE_VERBS = frozenset(fold(w) for w in context_words.ABLE_VERBS)
_REPELLED = re.compile(r"\s*(?:[^\s.،,]+\s+){0,6}?من\s+(?:" + "|".join(fold(w) for w in context_words.REPEL_NOUNS)
                       + r")(?!\w)")
# Backer words of a standing alliance (folded, see context_words.STANDING_BACKING).
_STANDING_BACKING = frozenset(fold(w) for w in context_words.STANDING_BACKING)
# "بينهم وبين X" (folded): X is the other side of the pronoun's.
_PRONOUN_SIDES = tuple(fold(w) for w in context_words.PRONOUN_SIDES)
_TALKS = re.compile(r"(?<!\w)(?:و|ف|ل)?(?:" + "|".join(sorted({fold(w) for w in context_words.TALKS}, key=len, reverse=True))
                    + r")(?!\w)")
TALKS_REACH = 40  # characters before "بين" where a word of talks may stand (see context_words.TALKS)
_REMOTE = "Explosions/Remote violence"
_STRATEGIC = "Strategic developments"


def _parties_to_talks(text: str, lo: int, hi: int, cue: tuple[int, int]) -> bool:
    """Whether a word of talks or mediation stands in ``text[lo:hi]``, before a "بين", and is not the
    act's own cue ("اتفاق بين X و Y" is a deal between X and Y, its sides)."""
    return any(not (cue[0] <= m.start() < cue[1]) for m in _TALKS.finditer(text, lo, hi))


# Target words that mark nothing at the head of a sentence or clause ("فمع نجاح القوات ...").
_CIRCUMSTANCE_HEADS = frozenset(fold(w) for w in context_words.CIRCUMSTANCE_HEADS)
_UNIT_NOUNS = frozenset(fold(w) for w in context_words.UNIT_NOUNS)
# "على أن" (folded): a target word opening a clause whose subject is the actor after it.
_CONJUNCTION_WORDS = [[fold(w)] for w in context_words.CLAUSE_CONJUNCTIONS]  # (the first word after it, as a list)
# Clause openers (folded) that tell of another time than the clause before, or of another
# reported fact ("قالت سانا إن ...، وإن قوات الأمن لاحقت", "، وذلك بعد يوم من فشل روسيا وتركيا"): an
# actor across one with no word of its own is no fallback target.
_TIME_OPENERS = ("قبل ان", "بعد ان", "بعدما", "ثم", "وان")
# ... and one that opens no clause of its own for the other rules (the act's kind is still read across
# it: "ستواصل التحرك ضد إيران، وذلك بعد أسبوع على قصف مطار التيفور")
_TIME_AFTER = "، وذلك بعد"
# "ردا على" / "انتقاما لـ" (folded): what follows is what another party did first. An actor on one
# side of it is no party to a cue on the other ("شنت الولايات المتحدة ضربات ردا على هجوم كيميائي":
# the United States did not gas Douma).
_RESPONSE_WORDS = ("ردا على", "للرد على", "رد على", "انتقاما ل")
# ("ورد عليه التحالف بضربة" names the answer after the act: no "ردا على" before an answered act)
# (an aside naming whose word it is may stand between its two words: "ردا، بحسب قولها، على")
_ASIDE = r"\s*[،,]?\s*(?:" + "|".join(fold(w) for w in context_words.RESPONSE_ASIDES) + r")\s*\w+\s*[،,]?"
RESPONSE = re.compile(r"(?<!\w)(?:و|ف)?(?:" + "|".join(
    fold(w).replace(" ", "(?:" + _ASIDE + ")?\\s+", 1) for w in _RESPONSE_WORDS) + r")(?!(?<=علي)\w)")
# Every match of RESPONSE holds one of these as written, and most sentences hold neither: two
# substring tests say so several times quicker than the pattern, whose lookbehind `re` tries at
# every character (see responds).
_RESPONSE_NEEDS = ("رد", "انتقاما")  # (tests/test_events.py checks every response word holds one)


def responds(text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether ``RESPONSE.search(text, pos, endpos)`` finds "ردا على" / "انتقاما لـ" (the same answer)."""
    n = len(text)
    lo, hi = pos, n if endpos is None else endpos
    if not 0 <= lo <= hi <= n:  # (rare: callers ask about a sentence of the text)
        lo = min(max(pos, 0), n)  # clamped as `re` clamps them (str.find reads negatives from the end)
        hi = n if endpos is None else min(max(endpos, 0), n)
    if text.find(_RESPONSE_NEEDS[0], lo, hi) < 0 and text.find(_RESPONSE_NEEDS[1], lo, hi) < 0:
        return False
    return RESPONSE.search(text, lo, hi) is not None


# Before a response word that opens its sentence ("ردا على ...، قصفت", "وفي رد على ...، شنت"): nothing,
# or "في" with its "و".
_FRONTED = re.compile(r"\W*(?:و?في\s+)?")
_CLAUSE_END = re.compile("[،,؛]")
# characters from a fronted response word to its clause's comma: a comma farther on closes the answer
# told on without one ("وفي رد على قصف ... بالبراميل أعلنت كتائب ... استهداف مقرات في خان أرنبة، ...")
FRONTED_CLAUSE_MAX = 100


def response_clause(text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int] | None:
    """Where the act answered is told in ``text[pos:endpos]`` (a sentence), or None when it holds no
    "ردا على": from the response word to the end, or, when the word opens the sentence ("ردا على مقتل
    جنديين في عفرين، قصفت المدفعية ..."), to the clause's comma, after which the answer is told."""
    if not responds(text, pos, endpos):
        return None
    hi = len(text) if endpos is None else endpos
    m = RESPONSE.search(text, pos, hi)
    if m is None:
        return None
    if _FRONTED.fullmatch(text, pos, m.start()):
        comma = _CLAUSE_END.search(text, m.end(), min(hi, m.end() + FRONTED_CLAUSE_MAX))
        if comma is not None:
            return m.start(), comma.start()
    return m.start(), hi
_ORDER = tuple(_BEFORE)  # which class of a many-class word counts ("قصف": weapon before verb)
# How many markers back (after the previous actor) an actor's evidence is looked for.
_LOOKBACK = 4
# With no evidence at all, actor1 may be the nearest armed actor after the cue, this close
# (folded characters): "عملية إنزال ... نفذتها قوات التحالف".
_AFTER_CUE = 100
# People named as members of a side after the cue ("استهدفت شخصا ربما يكون من عناصر تنظيم الدولة", "دمرت
# مطعما يرتاده أفراد قوات الأمن"): the side's men the act told of, no fallback doer (its doers are told
# with a word of their own: "نفذه")
_MEMBERS_BEFORE = re.compile(r"(?<!\w)(?:(?:" + "|".join(fold(w) for w in ("من", "أحد", "إحدى")) + r")\s+(?:"
                             + "|".join(fold(w) for w in (*context_words.MEMBERS, *context_words.MEMBERS_BARE))
                             + r")|(?:" + "|".join(fold(w) for w in context_words.MEMBERS_BARE) + r"))\s+$")
MEMBERS_REACH = 20  # characters before the actor read for them
# A post's labels after its last sentence, its stop glued to them ("... لحياتهم.#قسد#منصة"): an actor
# among them is no doer of an act told before them (the segmenter leaves them in that sentence).
_POST_LABELS = re.compile(r"[.!?؟]\s*#")
# How far after a verb of accusing (folded characters) the accused act may be told: "اتهمت وزارة
# الخارجية السورية التحالف الدولي بقصف" (its accuser, the accused, then the act).
_ACCUSED_REACH = 80
_ON = fold("على")  # "باللائمة على X": X is the accused
# How far after an act (folded characters) a verb of ascribing may lay it at someone's door ("تفجير
# انتحاري دام استهدف مدينة سوروتش الحدودية نسبته الحكومة إلى التنظيم"), and how far after the verb
# its "إلى" may come (over the one who ascribes it: "نسبته الحكومة الإسلامية المحافظة التركية إلى").
_ASCRIBED_REACH = 60
_ASCRIBER_REACH = 50
_TO = re.compile(r"(?<!\w)" + fold("إلى") + r"(?!\w)")
_ON_WORD = re.compile(r"(?<!\w)" + _ON + r"(?!\w)")
_BLAME = fold("بال")  # how the ascribing words of blame open ("باللوم فيه"), unlike the verbs ("نسبته")
# Civilians named in the sentence but with no marker of their own ("خلال تجوال مواطنين في
# المنطقة") are the target only this close to the cue (folded characters): about a clause.
_CIVILIANS_NEAR = 120
# Allied subjects of one verb ("قوات النظام ومجموعات إيران استهدفتا"): the first named leads (its
# agent evidence exceeds the verb's nearest subject's by this much); the others are associates.
_FIRST_SUBJECT_LEAD = 0.5


@dataclass(slots=True)
class _Role:
    mention: ActorMention
    start: int  # folded
    end: int
    agent: float = 0.0
    target: float = 0.0
    elsewhere: bool = False  # the perpetrator of another act of the sentence
    backer: bool = False  # backs the act or brokered the deal ("بدعم من X"): never its target
    ally_only: bool = False  # named as a standing backer ("تحالف تدعمه واشنطن"): no fallback actor1
    announcer: bool = False  # the subject of "أعلن" (see _announced_own)
    unit: bool = False  # its target evidence is its unit's ("دورية تابعة لقسد"): the unit may be a subject


def _gap(text: str, a: int, b: int, links: list[tuple[int, int]], at_most: int) -> int:
    """Words in ``text[a:b]``, not counting link words and one-letter clitics; the count stops
    at ``at_most + 1`` (callers only ask whether a gap is that short, and gaps can be long)."""
    parts, pos = [], a
    for ls, le in links:
        if a <= ls and le <= b:
            parts.append(text[pos:ls])
            pos = le
    # (most gaps hold no link word: the gap is then the text between, no pieces joined)
    gap = " ".join((*parts, text[pos:b])) if parts else text[a:b]
    n = 0
    for w in gap.split():
        if _letters_at_least_2(w):
            n += 1
            if n > at_most:
                break
    return n


# What may stand around the "و" that joins two names: spaces and the quotes around the names
# (folded: « » “ ” are "), "لـ"التحالف الدولي" و"قسد"".
_BLANK_OR_QUOTE = " \t\n\"'"


def _and_first(gap: str) -> bool:
    """Whether the text *gap* between two names opens on "و" ("وقوات النظام", "و قسد"), or is "و"
    between quoted names ("لـ"التحالف الدولي" و"قسد"": a quote opens no word of its own, as
    "وبحيث" after ""عاصمة داعش"" would)."""
    gap = gap.strip()
    return gap.startswith("و") or gap.strip(_BLANK_OR_QUOTE) == "و"


# The words that close one side of "بين X ... من جهة، و Y ... من جهة أخرى" (folded).
_SIDE = re.compile(r"(?<!\w)(?:" + "|".join(fold(w) for w in context_words.SIDE_WORDS) + r")(?!\w)")


def _letters_at_least_2(w: str) -> bool:
    """Whether word *w* has two letters or more (most words are letters only: no loop for them)."""
    if len(w) < 2:
        return False
    return w.isalpha() or sum(ch.isalpha() for ch in w) >= 2


def _collect_evidence(text: str, s0: int, roles: list[_Role], reading: _Reading, cue: tuple[int, int],
                      deal: bool = False) -> None:
    """Score each actor of a sentence (in order) from the marker words around it (the sentence's
    *reading*); see assign_roles. A casualty word before the cue says nothing of an actor after it:
    "مقتل رجل جراء غارتين من الطيران الروسي" names the victims, then the act, then who did it.
    *deal*: the act is a strategic development (a deal, a withdrawal), whose sides the parties to talks
    told with "بين" are ("اتفاق ... بين النظام السوري وتنظيم داعش ... يقضي بانسحاب مسلحي التنظيم")."""
    ctx, links = reading.ctx, reading.links
    hits, starts, ends = ctx.hits, ctx.hit_starts, ctx.hit_ends
    prev_end = s0
    between_open = False  # the previous actor was the X of "بين X و Y"
    talks_open = False  # ... of "بين X و Y" after a word of talks: Y is a party to them too
    # "بين قوات النظام وحزب الله من جهة، والفصائل من جهة أخرى": the allies of X run up to the first
    # side word, and the other side is the first actor after it
    side = None  # the first side word after a "بين X"
    sides = None  # where it ends, while the other side is not read yet
    verbs_with_subject: set[int] = set()  # verbs that an actor before them already governs (SVO)
    first_allied: _Role | None = None  # the first of the actors joined by "و" up to this one
    prev: _Role | None = None
    for k, r in enumerate(roles):
        backer_of: _Role | None = None  # "قوات النظام بدعم من روسيا قصفت": who is backed
        announcer = False  # a verb of announcing precedes it ("أعلنت القوات العراقية")
        gap_text = text[prev_end:r.start]
        allied = first_allied is not None and _and_first(gap_text) and \
            _gap(text, prev_end, r.start, links, 2) <= 2
        first_allied = first_allied if allied else r
        if sides is not None and r.start >= sides:
            # the other side ("من طرف" before it closes X's side: it says nothing of its own)
            r.target += 2
            sides = None
            between_open = False
            prev_end, prev = r.end, r
            continue
        if between_open and _and_first(gap_text) and _gap(text, prev_end, r.start, [], 2) <= 2:
            if side is not None and r.start < side.start():
                prev_end, prev = r.end, r  # an ally of X, before "من جهة": still "بين X و ..."
                continue
            r.target += 2
        between_open = False
        if talks_open and _and_first(gap_text) and _gap(text, prev_end, r.start, [], 2) <= 2:
            r.elsewhere = True  # the Y of "توسطت ... بين X و Y"
            prev_end, prev = r.end, r
            continue
        talks_open = False
        # the marker word the actor's phrase starts with, if any (first of those starting at
        # r.start or r.start + 1 that end within the phrase)
        own = None
        first = i = bisect_left(starts, r.start)
        while i < len(hits) and starts[i] < r.start + 2:
            if ends[i] <= r.end:
                own = hits[i]
                break
            i += 1
        if own is None and first and r.start < ends[first - 1] <= r.end and "target" in hits[first - 1][2]:
            own = hits[first - 1]  # a target word running into the phrase: "مستودع صواريخ" + "صواريخ تركية"
        names_act = own is not None and not own[2].isdisjoint(_AGENT_OR_WEAPON)
        if reading.close_to and _outlet_patron(text, s0, r.start):
            r.elsewhere = True  # "صحيفة الوطن القريبة من النظام": the outlet's patron, no party
            before = []
        elif names_act and _fled_from(text, s0, r.start):
            r.elsewhere = True  # "هربا من القصف التركي": the attacks people fled, no act of the sentence
            before = []
        elif names_act and (_targeted(text, hits, ends, r, prev_end) or held_weapon_hit(text, r.start, s0)):
            # "مسؤولية استهداف الطائرة الروسية": the aircraft was the one hit; "قصف استهدف منظومة صواريخ
            # إيرانية": the weapons' holder
            r.target += 3
            before = []
        elif names_act:
            r.agent += 3  # the phrase names its own act; words before it are about the act, not the actor
            before = []
        else:
            if own is not None and "target" in own[2]:
                r.target += 3
            # the marker words between the previous actor and this one
            lo, hi = bisect_left(starts, prev_end), bisect_right(ends, r.start)
            before = [h for h in hits[lo:hi] if "link" not in h[2]]
        for hs, he, classes in reversed(before[-_LOOKBACK:]):
            cls = _marker_class(classes)
            if cls is None:
                continue
            if cls == "backer":
                # "مداهمة نفذتها قسد بمساندة التحالف": the backer's own words; a marker before
                # them still tells of the act ("نفذتها بمساندة التحالف"). Two words on at most
                # ("بدعم جوي من قوات التحالف"), not over a comma: in
                # "بين قوات النظام، بدعم روسي، وتنظيم الدولة" the backer is another
                if _gap(text, he, r.start, links, 2) > 2 or _COMMAS.intersection(text[he:r.start]):
                    continue
                r.backer = True
                r.ally_only = text[hs:he].removeprefix("ال") in _STANDING_BACKING
                if prev is not None and _gap(text, prev.end, hs, links, 0) == 0:
                    backer_of = prev
                continue
            if cls == "apposition" and (prev is None or _gap(text, prev.end, hs, links, 1) > 1):
                continue  # describing no actor named right before ("جماعة ولاية سيناء ذراع تنظيم داعش")
            if cls == "target" and text[hs:he] in _CIRCUMSTANCE_HEADS and _heads_clause(text, s0, hs):
                continue  # "فمع نجاح القوات الموالية للنظام": with their success, not against them
            if cls == "target" and text[he:r.start].split(maxsplit=1)[:1] in _CONJUNCTION_WORDS:
                continue  # "دليل على أن الحكومة السورية هاجمت": the clause's subject, not the target
            if cls == "target" and text[hs:he] in _UNIT_NOUNS:
                j = before.index((hs, he, classes))
                if j > 0 and "agent" in before[j - 1][2] and _gap(text, before[j - 1][1], hs, links, 0) == 0:
                    r.agent += 3  # "وقامت دورية تابعة لقسد باقتحام": the unit's side did it
                    break
                r.unit = True
            if cls == "act_verb" and not (hs <= cue[0] < he) and _told_before(text, s0, hs):
                r.elsewhere = True  # "والتي سبق أن سيطر عليها تنظيم الدولة": a past deed, not this act's
                break
            if cls == "weapon" and _fled_from(text, s0, hs):
                r.elsewhere = True  # "الفارين من هجمات قوات النظام": the attacks fled, no act told here
                break
            (agent, target), max_gap = _BEFORE[cls]
            if cls == "victim" and he <= cue[0] and cue[1] <= r.start:
                break
            if cls == "victim" and _NEW_CLAUSE.search(text, he, r.start):
                continue  # "أسفر عن مقتل العشرات، وأدى إلى توجيه الولايات المتحدة ضربات": another clause's
            if cls == "victim" and cue[0] - 1 <= hs <= cue[0] and r.end <= cue[1]:
                # the verb of a killing cue told with its subject and object ("قتل مسلحون من حزب
                # العمال جنديين"): the subject, inside the cue, killed
                cls, (agent, target), max_gap = "act_verb", *_BEFORE["act_verb"]
            if _gap(text, he, r.start, links, max_gap) > max_gap:
                continue
            if cls == "between" and not deal and _parties_to_talks(text, max(s0, hs - TALKS_REACH), hs, cue):
                r.elsewhere = talks_open = True  # "توسطت الأمم المتحدة بين قيادة جيش الإسلام والحكومة الروسية": no sides of the act
                break
            if cls == "between" and text[max(s0, hs - _WORD_REACH):hs].rstrip("و ").endswith(_PRONOUN_SIDES):
                agent, target = 0, 2  # "بينهم وبين قوات سوريا الديمقراطية": the other side
            elif cls == "act_verb" and (hs in verbs_with_subject or text.endswith(_SUBJECT_SUFFIXES, hs, he)):
                agent, target = 0, 2  # (a verb that carries its subject, "وأحرقوا العلم الإيراني": its object)
            elif cls == "act_verb" and _weapon_subject(text, he, r.start):
                agent, target = 0, 2  # "استهدف القصف عناصر من الحرس الثوري": the shelling hit them
            elif cls == "act_verb" and text[hs:he] in _ABLE_VERBS and _REPELLED.match(text, r.end):
                agent, target = 0, 2  # "تمكنت القوات الحكومية والميليشيات من صده": it was attacked
            elif cls == "target" and text[hs:he] in _TARGETING_NOUNS and _object_after(text, r.end):
                agent, target = 3, 0  # "استهداف الاحتلال التركي لمنزل": the noun's subject, its object after
            elif cls == "target" and "vehicle" in classes and _RUN_OVER in text[cue[0]:cue[1]]:
                agent, target = 2, 0  # "دهسه بعربة عسكرية تابعة لقوات التحالف": the vehicle ran him over
            elif cls == "target" and "vehicle" in classes and text.startswith(_RIGGED, he + 1):
                continue  # "سيارة مفخخة تابعة لتنظيم داعش": the vehicle was the bomb, no target (nor, destroyed
                # before it went off, "تدمير خمس سيارات مفخخة تعود لتنظيم داعش", the doer)
            r.agent += agent
            r.target += target
            between_open = cls == "between" and agent > 0
            if between_open:
                side = _SIDE.search(text, r.end, roles[-1].start)
                sides = side.end() if side is not None else None
            # "مصدر في قوات البيشمركة": who speaks, not who acts; "تدعم القوات الروسية", "اتفاق
            # أبرمته روسيا": who backs the act or made the deal behind it is not its target (nor
            # its perpetrator by these words; but with no other it may stand for the operation,
            # as Airwars codes the coalition of "مداهمة نفذتها قسد بمساندة التحالف")
            r.elsewhere = r.elsewhere or cls in ("speaker", "apposition", "holder")
            if cls == "speaker":
                announcer = r.announcer = text[hs:he] in _ANNOUNCE
            break
        i = bisect_left(starts, r.end)
        if i + 1 < len(hits) and text[hits[i][0]:hits[i][1]] in _PERFECT_PARTICLES \
                and text[hits[i + 1][0]:hits[i + 1][1]] not in _ANNOUNCE:
            # "وكانت تركيا قد دانت الهجوم": the verb after "قد" is the one right after the actor (not
            # "وكان التنظيم قد أعلن اختطاف 36 شخصا", whose announcer may have done it: see below)
            i += 1
        after = hits[i] if i < len(hits) else None
        # the word right after it; over a comma only for an actor not already marked the object
        # of something else: "مع الفصائل، تمكنت قوات النظام" (the verb's subject is the one after
        # it), but "القوات التركية والفصائل الموالية لها، استهدفتا"
        # (a unit's side, "دورية مشتركة تابعة لـ"التحالف الدولي" و"قسد"، داهمت منازل", is the subject
        # of the verb after a comma: its unit is)
        unit = r.unit or (first_allied is not r and first_allied.unit)
        if after is not None and _gap(text, r.end, after[0], links, 0) == 0 \
                and not (r.target > 0 and not unit and _COMMAS.intersection(text[r.end:after[0]])):
            if "act_verb" in after[2] and _verb_of_next(text, after, roles[k + 1:], r.end, links):
                pass  # "سيطرة مسلحي تنظيم داعش، واعتقلت القوات الأمنية": the verb's subject follows it
            elif "act_verb" in after[2] and backer_of is not None:
                backer_of.agent += 2  # the verb is the backed actor's; its backer stands between them
                verbs_with_subject.add(after[0])
            elif "act_verb" in after[2] and text[after[0]:after[1]] in _ABLE_VERBS \
                    and _REPELLED.match(text, after[1]):
                r.target += 2  # "كتائب المعارضة تمكنت من التصدي لمحاولة تقدم": it was attacked
            elif "act_verb" in after[2] and _object_fronted(text, hits, i):
                r.target += 2  # "مستودع تابع للحرس الثوري استهدفته الضربة": the strike hit it
            elif "act_verb" in after[2] and unit and not text.endswith(_SUBJECT_SUFFIXES, after[0], after[1]) \
                    and "و" not in text[r.end:after[0]].split():
                for u in (first_allied, r):
                    if u.unit:
                        u.target, u.unit = u.target - 3, False
                r.agent += 2
                verbs_with_subject.add(after[0])
                if first_allied is not r and first_allied.mention.actor_id not in NEVER_ACTOR1:
                    first_allied.agent = max(first_allied.agent, r.agent + _FIRST_SUBJECT_LEAD)
            elif "act_verb" in after[2] and not unit:
                r.agent += 2
                verbs_with_subject.add(after[0])
                if first_allied is not r and first_allied.mention.actor_id not in NEVER_ACTOR1:
                    first_allied.agent = max(first_allied.agent, r.agent + _FIRST_SUBJECT_LEAD)
            elif "victim_after" in after[2]:
                r.target += 3
                if first_allied is not r and (r.mention.actor_id == first_allied.mention.actor_id or frozenset(
                        (r.mention.actor_id, first_allied.mention.actor_id)) in ALLIES):
                    # "العشرات من القوات السورية الحكومية والميليشيات الإيرانية بين قتيل وجريح": allies
                    # listed together bore the toll told after them
                    first_allied.target = max(first_allied.target, r.target)
            elif "speaker_after" in after[2]:
                r.elsewhere = True  # "وكانت طهران أعلنت أن ...": who speaks, as "أعلنت طهران"
            if r.elsewhere and announcer and "announced" in after[2]:
                r.agent += 3  # "أعلنت القوات العراقية إحباط هجوم": the announcer did it
                r.elsewhere = False
        if r.elsewhere and after is not None and _gap(text, r.end, after[0], links, SELF_REPORT_REACH) \
                <= SELF_REPORT_REACH and _own_act(text, hits, i):
            # "أعلن الجيش الإسرائيلي (ليل الأربعاء،) أنه شن غارات", "أعلن التنظيم مسؤوليته عن": the
            # speaker did it (a day or a place may come between)
            r.agent += 3
            r.elsewhere = False
        if allied and r.agent == 0 and r.target == 0 and first_allied.target > max(first_allied.agent, 0) \
                and (r.mention.actor_id == first_allied.mention.actor_id
                     or frozenset((r.mention.actor_id, first_allied.mention.actor_id)) in ALLIES):
            # "مواقع قوات النظام والميليشيات الإيرانية": allies listed together, each hit (two foes
            # listed so, "قتل 19 من قوات النظام وفصائل المعارضة في اشتباكات", are a battle's sides)
            r.target = first_allied.target
        if prev is not None and r.agent == 0 and r.target == 0 and prev.target > max(prev.agent, 0) \
                and OWNED_BY.fullmatch(text, prev.end, r.start):
            r.target = prev.target  # "سيارة تابعة للواء القدس التابع لقوات الأسد": the owner's loss too
        if r.mention.actor_id in NEVER_ACTOR1:
            r.agent = float("-inf")
            r.target += 1
        prev_end, prev = r.end, r


@functools.cache
def _marker_class(classes: frozenset[str]) -> str | None:
    """The class a marker word of these *classes* counts as, first in ``_ORDER`` ("قصف": weapon
    before verb); None for one of no marker class. (Few sets of classes: each worked out once.)"""
    return next((c for c in _ORDER if c in classes), None)


_CLAUSE_STOPS = frozenset("،,.؛;:\n")
_AGENT_OR_WEAPON = frozenset({"agent", "weapon"})  # the classes of a marker word that names an act


def _targeted(text: str, hits, ends: list[int], r: _Role, prev_end: int) -> bool:
    """Whether the actor *r*, whose phrase opens with a weapon ("الطائرة الروسية"), is the object of
    a noun of targeting right before it, its clause ending after it ("مسؤولية استهداف الطائرة
    الروسية، خاصة أن"; but "استهداف الطائرات التركية لمنزل", "استهداف طائرات التحالف بعدة غارات
    معسكرا": their act, its object after them)."""
    j = bisect_right(ends, r.start) - 1
    if j < 0 or hits[j][1] <= prev_end or text[hits[j][0]:hits[j][1]] not in _TARGETING_NOUNS:
        return False
    after = text[r.end:r.end + 3].lstrip(" ")
    return not text[hits[j][1]:r.start].strip() and (not after or after[0] in _CLAUSE_STOPS)


def _verb_of_next(text: str, verb: tuple[int, int, frozenset], rest: Sequence[_Role], end: int,
                  links: list[tuple[int, int]]) -> bool:
    """Whether the verb of attack *verb*, after a comma that follows an actor ending at *end*, has
    its own subject right after it, the next actor *rest* names ("سيطرة مسلحي تنظيم داعش، واعتقلت
    القوات الأمنية العشرات": the forces arrested): a new clause, not the actor before's predicate
    (a verb carrying its plural or dual subject, "والفصائل الموالية لها، استهدفتا قسد", is
    theirs)."""
    vs, ve, _ = verb
    return bool(rest) and bool(_COMMAS.intersection(text[end:vs])) and not text.endswith(_SUBJECT_SUFFIXES, vs, ve) \
        and _gap(text, ve, rest[0].start, links, 0) == 0


# What people fled (folded): "الفارين من", "هربا من".
_FLED = tuple(fold(w) for w in context_words.FLED_FROM)


def _fled_from(text: str, s0: int, pos: int) -> bool:
    """Whether what people fled is told right before *pos*: "الفارين من هجمات", "هربا من القصف"."""
    return text[max(s0, pos - _WORD_REACH):pos].rstrip().endswith(_FLED)


# What happened before (folded): "سبق أن سيطر عليها تنظيم الدولة" (context_words.TOLD_BEFORE).
_TOLD_BEFORE = tuple(fold(w) for w in context_words.TOLD_BEFORE)


def _told_before(text: str, s0: int, pos: int) -> bool:
    """Whether the verb at *pos* is told as what happened before ("المحافظة التي سبق أن سيطر عليها
    تنظيم الدولة"): its subject did a past deed, not the act the sentence reports."""
    return text[max(s0, pos - _WORD_REACH):pos].rstrip().endswith(_TOLD_BEFORE)


# Outlets (folded, without the article): the side a word of closeness after one names is its patron, no
# party to the act it reports (`_outlet_patron`).
_OUTLETS = frozenset(fold(w).removeprefix("ال") for w in context_words.OUTLET_NOUNS)
_OUTLET_CLITICS = re.compile(r"[وف]?(?:[بل]|ال|لل)?(?:" + "|".join(sorted(_OUTLETS, key=len, reverse=True)) + ")")
OUTLET_REACH = 3  # words before a word of closeness where the outlet it describes may stand (its name between)


# A word of closeness or loyalty right before an actor ("القريبة من", "موالية لـ"; folded).
_CLOSE_TO = re.compile(r"(?<!\w)(?:" + "|".join(fold(w) for w in context_words.CLOSE_TO) + r")\s+(?:من\s+)?$")
# Every word of closeness holds one of these (tests/test_events.py checks it): before most actors
# neither stands, and two substring tests say so quicker than the pattern tried at each character.
_CLOSE_TO_NEEDS = (fold("قر"), fold("موال"))


def _outlet_patron(text: str, s0: int, start: int) -> bool:
    """Whether the actor at *start* is named as an outlet's patron ("صحيفة "الوطن" القريبة من النظام
    السوري"، "وسائل إعلام موالية للنظام السوري"): neither side of the act the outlet reports."""
    lo = max(s0, start - 20)
    if text.find(_CLOSE_TO_NEEDS[0], lo, start) < 0 and text.find(_CLOSE_TO_NEEDS[1], lo, start) < 0:
        return False
    m = _CLOSE_TO.search(text, lo, start)
    return m is not None and _outlet_before(text, s0, m.start())


def _outlet_before(text: str, s0: int, pos: int) -> bool:
    """Whether one of the few words right before *pos* is an outlet ("نشرت صحيفة "الوطن" القريبة من النظام",
    "وذكرت وسائل إعلام موالية للنظام السوري أن الصواريخ"): what the word of closeness names is whose
    outlet it is, not who did or suffered the act it reports. (Not armed men: "مقاتلين مقربين من"
    are that side's.)"""
    words = text[max(s0, pos - 80):pos].split()[-OUTLET_REACH:]
    return any(_OUTLET_CLITICS.fullmatch(w.strip("\"'،,()")) for w in words)


# Nouns of targeting whose subject may follow them, and the words opening with ل that name no object.
_TARGETING_NOUNS = frozenset(fold(w) for w in context_words.TARGETING_NOUNS)
# A verb or noun of hitting and what fires weapons, right before an actor phrase opening with a weapon
# (folded, a window ending where the phrase starts): "استهدف منظومة صواريخ إيرانية".
_HELD_WEAPON_HIT = re.compile(r"(?<!\w)(?:" + "|".join(fold(w) for w in context_words.HITTING) + r")\s+(?:ال)?(?:"
                              + "|".join(fold(w) for w in context_words.WEAPON_SYSTEMS) + r")\s+$")
HELD_WEAPON_REACH = 25  # characters before the phrase read for them


def held_weapon_hit(folded: str, pos: int, lo: int = 0) -> bool:
    """Whether the (folded) text before *pos*, from *lo* on, ends with a word of hitting and what fires
    weapons, whose weapons the actor phrase at *pos* opens with ("قصف استهدف منظومة صواريخ إيرانية")."""
    return _HELD_WEAPON_HIT.search(folded, max(lo, pos - HELD_WEAPON_REACH), pos) is not None


_RUN_OVER = fold(context_words.RUN_OVER)
_RIGGED = fold(context_words.RIGGED)
# "X التابع لـ Y", "X، التابعة لـ Y" (folded, the whole text between X and Y): Y owns X.
OWNED_BY = re.compile(r"[\s،,]*(?:ال)?(?:" + words_pattern(fold(w) for w in context_words.OWNER_LINKS)
                      + r")\s*(?:لل|ل)?\s*")
_NOT_OBJECTS = frozenset(fold(w) for w in context_words.NOT_OBJECTS)
_LAM_WORD = re.compile(r"\s*(ل[^\W\d_]*)")
_PLACE_OBJECT = re.compile(r"\s*(?:" + "|".join(fold(w) for w in context_words.TARGETED_PLACES) + r")(?!\w)")


def _object_after(text: str, end: int) -> bool:
    """Whether the word right after *end* is an object after "لـ" ("لمنزل", "للمدنيين", "لـ"قسد""),
    not a time or a word whose ل is its own ("لليوم الثاني", "لدى"), or a place in the accusative
    ("استهداف الميليشيات المرتبطة بروسيا بلدة معرزاف")."""
    if _PLACE_OBJECT.match(text, end):
        return True
    m = _LAM_WORD.match(text, end)
    return m is not None and m.group(1) not in _NOT_OBJECTS


# Object pronouns a verb of attack may end with ("استهدفته", "استهدفتها"), folded.
_OBJECT_SUFFIXES = tuple(fold(w) for w in ("ه", "ها", "هم", "هما"))
# The weapon and attack nouns of the role words, one word each (folded, no article).
_WEAPON_WORDS = frozenset(k for k, v in _TABLES.context.items() if "weapon" in v and " " not in k)
_WORD_REACH = 24  # characters enough to hold the next word


# The pronouns of a noun's owner that folding cannot mistake for a feminine ending ("غارة" folds
# to "غاره").
_POSSESSIVE_SUFFIXES = tuple(fold(w) for w in ("ها", "هم", "هما"))


def _possessed_act(text: str, start: int, end: int) -> bool:
    """Whether the cue ``text[start:end]`` opens with a noun of an act carrying its doer's pronoun
    ("سيطرتها", "هجومه", "استعادتها"): a weapon or attack noun of the role words, the pronoun
    after it (a verb with its object, "استهدفته", is none)."""
    cue = text[start:end]
    word = cue.split(maxsplit=1)[0] if cue.strip() else ""
    if not word.endswith(_POSSESSIVE_SUFFIXES):
        return False  # (most cues: no pronoun)
    for suffix in _POSSESSIVE_SUFFIXES:
        if not word.endswith(suffix):
            continue
        stem = word.removesuffix(suffix).removeprefix("ال")
        if stem in _WEAPON_WORDS or stem.endswith("ت") and stem[:-1] + fold("ة") in _WEAPON_WORDS:
            return True
    return False


def _weapon_subject(text: str, verb_end: int, actor_start: int) -> bool:
    """Whether a weapon or attack noun stands between a verb of attack and the actor after it: the
    verb's subject, the actor its object ("استهدف القصف عناصر من الحرس الثوري الإيراني")."""
    return any(w.removeprefix("ال") in _WEAPON_WORDS for w in text[verb_end:actor_start].split())


def _object_fronted(text: str, hits, i: int) -> bool:
    """Whether the verb of attack ``hits[i]``, right after an actor, has its object as a pronoun and
    its subject, a weapon, right after it ("X استهدفته الضربة الصاروخية"): the actor before it is
    the object told first, not the subject ("الطائرات التي استهدفته" has no subject after it)."""
    s, e, _ = hits[i]
    if not text.endswith(_OBJECT_SUFFIXES, s, e):
        return False
    after = text[e:e + _WORD_REACH].split(maxsplit=1)
    return bool(after) and after[0].removeprefix("ال") in _WEAPON_WORDS


def _own_act(text: str, hits, i: int) -> bool:
    """Whether the role word ``hits[i]``, right after an actor that speaks, says it tells of its own
    act: a claim ("مسؤوليته عن"), or a pronoun for it ("أنه", "إن طائراتها") and a verb of attack
    next, "قد" at most between (not "إنها لم تنفذ أي غارات")."""
    classes = hits[i][2]
    if "claim" in classes:
        return True
    if "self_report" not in classes:
        return False
    j = i + 1
    while j < len(hits) and hits[j][2] == _LINK_ONLY:  # "قد"
        j += 1
    if not (j < len(hits) and "act_verb" in hits[j][2] and text[hits[i][1]:hits[j][0]].strip() in _SELF_REPORT_GAP):
        return False
    after = text[hits[j][1]:hits[j][1] + _WORD_REACH].split(maxsplit=1)
    return not after or after[0] not in _REFLEXIVES  # ("أنه فجر نفسه": the bomber, not the speaker)


_SELF_REPORT_GAP = ("", fold("قد"))
_PERFECT_PARTICLES = frozenset({fold("قد"), fold("لقد")})
# "وتعرضت لهجوم", "وتعرضت لاحقا لتفجيرات", "لكنها تعرضت لهجوم مضاد" (folded): the verb of suffering an
# act, going on with the clause before it ("و", "لكن"; not "حيث تعرضت", whose pronoun may be
# the object before), its subject its pronoun (no noun between it and its preposition but an
# adverb of time), right before the cue; see context_words.SUFFERED.
_SUFFERED = re.compile(r"(?<!\w)(?:[وف]|(?:و?لكن(?:ها|ه|هم)\s+))(?:"
                       + words_pattern(context_words.SUFFERED)
                       + r")\s+(?:(?:" + words_pattern(context_words.SUFFERED_ADVERBS)
                       + r")\s+)?(?:ل|الي\s+|لل)$")
SUFFERED_REACH = 40  # characters before a cue where the verb of suffering may stand


def _suffered_from(text: str, s0: int, ev_s: int) -> int | None:
    """Where the verb of suffering whose object the cue at *ev_s* is starts (see _SUFFERED), or None."""
    lo = max(s0, ev_s - SUFFERED_REACH)
    if text.find("تعرض", lo, ev_s) < 0:
        return None
    m = _SUFFERED.search(text, lo, ev_s)
    return m.start() if m is not None else None


# A verb of attack acting on its own subject ("أشارت السلطات إلى أنه فجر نفسه"): a person, not the
# speaker telling of its own act.
_REFLEXIVES = frozenset(fold(w) for w in ("نفسه", "نفسها", "أنفسهم", "انفسهم", "نفسيهما"))
# How many words (a day, a place) may stand between a speaker and the pronoun of its own act.
SELF_REPORT_REACH = 4
# The verbs of saying whose subject announces its own deeds (see the "announced" role words); a
# role word's span leaves out its proclitics ("وأعلنت").
_ANNOUNCE = frozenset(fold(w) for w in ("أعلن", "أعلنت"))
_LINK_ONLY = frozenset({"link"})


@dataclass(slots=True)
class _Reading:
    """What :func:`assign_roles` reads of one sentence, the same for every candidate in it."""

    ctx: _Context  # the role words
    links: list[tuple[int, int]]  # spans of the link words (not counted in gaps)
    clause_starts: list[int]  # clause openers after a comma ("، حيث")
    # the few role words of accusing and ascribing (most sentences have none), for assign_roles' rules
    accusing: list[tuple[int, int, frozenset[str]]]
    ascribing: list[tuple[int, int, frozenset[str]]]
    cues: list[tuple[int, int, Cue]]  # the sentence's cues as found (see typed_cues)
    text: str
    span: tuple[int, int]  # the folded sentence
    responds: bool  # it holds "ردا على" (see RESPONSE)
    # it holds a word of closeness: an actor in it may be named as an outlet's patron (see _outlet_patron)
    close_to: bool
    _typed_cues: tuple[tuple[int, int, str], ...] | None = None

    def typed_cues(self) -> tuple[tuple[int, int, str], ...]:
        """The typed cues of the sentence: start, end, event type.

        Typed when first asked: a candidate needs them only when a cue of its sentence stands
        between its own and an actor (see assign_roles), and typing reads the rule words."""
        if self._typed_cues is None:
            s0, s1 = self.span
            ctx = _Context(_RULE_CONTEXT.finditer(self.text, s0, s1))
            hits = [_Hit(s, e, c, c.event_type, c.sub_event_type, c.tags, c.weight) for s, e, c in self.cues]
            self._typed_cues = tuple((h.start, h.end, h.event_type) for h in _typed(self.text, hits, ctx, s0, s1))
        return self._typed_cues


# How many sentences' readings are kept: more than a document's sentences with candidates usually
# number (candidates come in text order, so a sentence is read again only right after itself).
RECENT_SENTENCES = 64


def _after_comma(text: str, s0: int, pos: int) -> bool:
    """Whether the word at *pos* follows a comma, over a proclitic و or ف ("، وإن", "، فيما")."""
    lo = pos - 1 if pos > s0 and text[pos - 1] in "وف" else pos
    return text[max(s0, lo - 3):lo].rstrip()[-1:] in ("،", ",")


def _heads_clause(text: str, s0: int, pos: int) -> bool:
    """Whether the word at *pos* opens the sentence starting at *s0*, or a clause after a comma with
    a proclitic و or ف ("ومع تقدم الجيش"، "، فمع نجاح القوات"); a bare word after a comma goes on
    with the clause before ("الاشتباكات التي خاضتها قوات النظام وحزب الله، مع الفصائل")."""
    if pos > s0 and text[pos - 1] in "وف":
        return not text[s0:pos - 1].strip() or _after_comma(text, s0, pos)
    return not text[s0:pos].strip()


# An aside that describes the noun before it: between dashes or brackets ("أعلن جيش الفتح -والذي يتكون
# من فصائل معارضة لنظام بشار الأسد- عن سيطرته"), or a relative clause telling what the noun is made
# of, up to its comma (context_words.COMPOSED_OF: "جيش الفتح، الذي يضم فصائل معارضة للنظام، سيطر").
# The actors it names are neither the doer nor the target of the act told outside it. An aside has
# ASIDE_WORDS words at least ("حلب - إدلب - حماة", "بيروت - «الحياة» -" are no asides) and at most
# ASIDE_CHARS characters.
ASIDE_WORDS = 3
ASIDE_CHARS = 160
_ASIDE = re.compile(
    rf"(?<!\S)-\s*[^\s\d-][^-\n.!?؟()]{{0,{ASIDE_CHARS}}}?(?<=[^\s-])\s*-(?!\S)"
    rf"|\([^()\n]{{1,{ASIDE_CHARS}}}\)"
    rf"|(?<!\S)و?(?:{fold('الذي')}|{fold('التي')}|{fold('الذين')})\s+"
    rf"(?:{'|'.join(fold(w) for w in context_words.COMPOSED_OF)})(?!\w)[^،,.\n-]{{1,{ASIDE_CHARS}}}?(?=\s*[،,-])")
# Every aside holds one of these: a sentence without any (most) has none. (One search for them all
# costs half as much as a str.find for each.)
_ASIDE_GUARD = re.compile("|".join(re.escape(w) for w in ("-", "(", *(fold(w) for w in context_words.COMPOSED_OF))))
_COMPOSED = re.compile(r"(?<!\w)و?(?:" + "|".join(fold(w) for w in (*context_words.COMPOSED_OF,
                                                                   *context_words.COMPOSED_OF_PARTICIPLES))
                       + r")(?!\w)")


@functools.lru_cache(maxsize=RECENT_SENTENCES)
def _asides(text: str, s0: int, s1: int) -> tuple[tuple[int, int], ...]:
    """The folded spans of the asides (see ``_ASIDE``) of sentence ``text[s0:s1]``."""
    if _ASIDE_GUARD.search(text, s0, s1) is None:
        return ()
    return tuple(m.span() for m in _ASIDE.finditer(text, s0, s1)
                 if sum(_letters_at_least_2(w) for w in m.group().split()) >= ASIDE_WORDS)


def _asides_around(text: str, s0: int, s1: int, ev_s: int, ev_e: int, spans: Sequence[tuple[int, int]]
                   ) -> list[tuple[int, int]]:
    """The asides of the sentence that do not hold the cue ``[ev_s, ev_e)`` (one that does is the
    act's own clause) and cut through no actor's phrase (folded *spans*); one telling what its noun
    is made of only when that noun is an actor named right before it (else its members stand for
    the noun: "غرفة عمليات حلب التي تضم مجموعة من الفصائل")."""
    return [(a, b) for a, b in _asides(text, s0, s1) if (ev_e <= a or b <= ev_s)
            and not any(s < a < e or s < b < e for s, e in spans)
            and (not _COMPOSED.search(text, a, b)
                 or any(e <= a and not text[e:a].strip(" ،,") for _s, e in spans))]


def _in_aside(m: ActorMention, s: int, e: int, around: Sequence[tuple[int, int]]) -> bool:
    """Whether the actor *m* at folded ``[s, e)`` is named inside one of the asides *around* and so
    takes no part in the act: civilians named there are the people told of before, described
    ("2014 شخصا (رجال ونساء وفتيات وأطفال)")."""
    return m.actor_id not in NEVER_ACTOR1 and any(a <= s and e <= b for a, b in around)


def outside_asides(nt: NormText, sentence_span: tuple[int, int], event: EventMention,
                   actors: Sequence[ActorMention]) -> list[ActorMention]:
    """*actors* without those named inside an aside of the sentence that does not hold *event*
    ("جيش الفتح -والذي يتكون من فصائل معارضة لنظام بشار الأسد-": the regime takes no part in what
    جيش الفتح announced)."""
    if not actors:
        return []
    s0, s1 = nt.to_norm(sentence_span[0]), nt.to_norm(sentence_span[1])
    if not _asides(nt.text, s0, s1):
        return list(actors)
    spans = [(nt.to_norm(m.start), nt.to_norm(m.end)) for m in actors]
    around = _asides_around(nt.text, s0, s1, nt.to_norm(event.start), nt.to_norm(event.end), spans)
    return [m for m, (s, e) in zip(actors, spans) if not _in_aside(m, s, e, around)]


# How many words may stand between "بين" and the first side it names ("بين مقاتلي فصيل "جيش الإسلام"").
BETWEEN_REACH = 3


def _sides_of_between(text: str, ctx: _Context, links: list[tuple[int, int]], first: int,
                      roles: list[_Role]) -> bool:
    """Whether "بين" stands a few words before the actor at *first* (``BETWEEN_REACH``), no other
    actor between them: that actor and the one joined to it are the two sides."""
    hit = next((h for h in reversed(ctx.hits) if h[1] <= first and "between" in h[2]), None)
    return hit is not None and _gap(text, hit[1], first, links, BETWEEN_REACH) <= BETWEEN_REACH \
        and not any(hit[1] <= o.start < first for o in roles)


_OWN_FORCES = frozenset(fold(w) for w in context_words.OWN_FORCES)


def _announced_own(text: str, roles: list[_Role], ctx: _Context, links: list[tuple[int, int]], ev_s: int,
                   ev_e: int) -> None:
    """The one that announces a death ("أعلنت القيادة المركزية الأمريكية مقتل القيادي في تنظيم داعش")
    did the act when the act's verb of carrying out has no doer named but a pronoun of the announcer's
    own ("خلال عملية نفذتها قواتها", "في غارات جوية شنها على ثلاثة مواقع"): agent +3. Not when the
    announcer's own people are the ones hit ("أعلن الجيش التركي مقتل ثلاثة جنود أتراك")."""
    announcers = [r for r in roles if r.announcer and r.elsewhere and r.end <= ev_s]
    if not announcers or any(r.agent > r.target for r in roles):
        return
    verb = next(((hs, he) for hs, he, classes in ctx.hits if "agent" in classes and ev_s <= hs
                 and _gap(text, ev_e, hs, links, 0) == 0 and text.endswith(_OBJECT_SUFFIXES, hs, he)), None)
    if verb is None:
        return
    nxt = text[verb[1]:verb[1] + _WORD_REACH].split(maxsplit=1)
    if not (nxt and nxt[0] in _OWN_FORCES) and any(_gap(text, verb[1], r.start, links, 0) == 0
                                                    for r in roles if r.start >= verb[1]):
        return  # "في هجوم شنه مسلحون": the doer named after the verb
    r = announcers[-1]
    if not any(o.mention.actor_id == r.mention.actor_id and o.target > 0 for o in roles):
        r.agent, r.elsewhere = r.agent + 3, False


@functools.lru_cache(maxsize=RECENT_SENTENCES)
def _sentence_reading(text: str, s0: int, s1: int) -> _Reading:
    """The role words, link words, clause openers and cues of folded sentence ``text[s0:s1]``:
    the same for every candidate of the sentence, so read once for all of them (kept for the last
    few sentences; callers must not change them).

    The cues come from the scan :func:`find_events` made of the whole text; the role words are
    frequent and wanted for a few sentences only, so those sentences alone are scanned for them (and
    for the rule words, should the cues be typed)."""
    ctx = _Context(_ROLE_CONTEXT.finditer(text, s0, s1))
    links = [(h[0], h[1]) for h in ctx.hits if "link" in h[2]]
    clause_starts = [h[0] for h in ctx.hits if "clause" in h[2] and _after_comma(text, s0, h[0])]
    accusing = [h for h in ctx.hits if "accuse" in h[2]]
    ascribing = [h for h in ctx.hits if "ascribe" in h[2]]
    close_to = text.find(_CLOSE_TO_NEEDS[0], s0, s1) >= 0 or text.find(_CLOSE_TO_NEEDS[1], s0, s1) >= 0
    return _Reading(ctx, links, clause_starts, accusing, ascribing, _cues(text, s0, s1), text, (s0, s1),
                    responds(text, s0, s1), close_to)


_START = attrgetter("start")


def assign_roles(nt: NormText, sentence_span: tuple[int, int], event: EventMention,
                 actors: Sequence[ActorMention]) -> tuple[ActorMention | None, ActorMention | None]:
    """Actor1 (who did it) and actor2 (whom it hit) for *event* among *actors* of its sentence.

    All spans are original offsets; *actors* may hold mentions outside the sentence (ignored).
    Each actor collects agent and target evidence from the marker words before it (the nearest
    that is close enough, at most ``_LOOKBACK`` back and never past the previous actor) and from
    its own first word and the word after it:

    * agent +3: its phrase starts with a weapon or attack noun ("غارة تركية", "قصف النظام",
      "طيران التحالف"), or a passive-agent marker precedes it ("من قبل X", "نفذها X",
      "بقصف لـX", "برصاص X", "مصدره X", "مصدرها مواقع X", "قامت X بـ"), or a noun of targeting
      precedes it and its object follows after "لـ" ("استهداف الاحتلال التركي لمنزل");
    * agent +2: a weapon noun precedes it ("غارات X", "طائرة يعتقد أنها تابعة لـX"); a verb of
      attack precedes it, adverbs allowed ("شنت المقاتلات الروسية صباح", VSO) or follows it
      ("قوات النظام قصفت", SVO); it is the X of "بين X و Y";
    * target +3: a target marker precedes it ("مواقع X", "على X", "ضد X", "استهداف X",
      "منشآت تابعة لـX"), or a casualty word a few words back ("مقتل 26 من قوات النظام",
      "في صفوف X"), or a death word follows it ("4 عسكريين روس قتلوا"); its phrase starts with a
      target noun ("مواقع النظام", "رتل تركي");
    * target +2: it is the X of "بينهم وبين X" (the pronoun's the other side); it follows a verb
      of attack and its subject, a weapon ("استهدف القصف عناصر من
      الحرس الثوري"); it follows a verb of repelling ("تصدت فصائل X لهجوم ...") or is the subject of a verb
      of being able to repel ("تمكنت X من صده", "X تمكنت من التصدي لـ"); it is the Y of
      "بين X و Y"; it follows a verb of attack whose subject stood before the verb ("طائرة تركية
      قصفت قوات النظام");
    * civilians are never actor1 and lean to actor2 (+1);
    * agent +3: it speaks of its own act ("أعلن الجيش الإسرائيلي أنه شن", "قالت الوزارة إن
      طائراتها قصفت"; not of an act on its doer, "قالت الشرطة إنه فجر نفسه"), claims it ("أعلن
      داعش مسؤوليته عن") or announces it as its deed ("أعلنت القوات العراقية إحباط هجوم");
    * neither role otherwise, and no fallback: its attacks are what people fled ("الفارين من هجمات X",
      "هربا من القصف التركي");
    * neither role otherwise: it is an outlet's patron ("صحيفة الوطن القريبة من X", "وسائل إعلام
      موالية لـX");
    * neither role otherwise: a speaker marker precedes it ("مصدر في X", "أدانت X"); not the target: a
      backer marker precedes it ("بدعم من X", "تدعم X", "مدعومة بـX", "اتفاق أبرمته X", "بوساطة X"),
      and an act verb right after a backer is the backed actor's ("قوات النظام بدعم من روسيا قصفت",
      "قوات النظام مدعومة بميليشيات إيرانية شنت").

    An actor before a verb of accusing is the accuser, not the perpetrator, of an act told after the
    accused ("شن الجيش الإسرائيلي غارات، متهما إيران بإطلاق صواريخ": Iran fired the rockets).

    An actor behind a cue of another event type ("عملية الإنزال بالتزامن مع قصف مدفعي من قبل قسد":
    قسد shelled, it did not land) loses its agent evidence for this cue and is no fallback for it; so
    does one named by its strikes for fighting told beside them ("تتعرض لغارات روسية ودارت فيها معارك").

    Actor1 is the mention whose agent evidence most exceeds its target evidence (ties: nearest the
    cue); failing any, the nearest unmarked armed actor before the cue's end (or just after it, not
    a post's label after its last stop, "لحياتهم.#قسد") in the cue's clause (not across "، حيث",
    "، فيما" ...; not after a cue with its doer's pronoun,
    "بعد سيطرتها على كفر بطنا، وحصر المعارضة"), and not a standing backer ("تحالف تدعمه
    واشنطن", "مدعومة بميليشيات إيرانية"; a backer of the act, "بدعم من التحالف", may stand for it).
    Actor2 is a mention of another id with the most target evidence (civilians with only their +1
    count when within ``_CIVILIANS_NEAR`` of the cue); failing that, the nearest unmarked actor of
    another id, in any clause, that is not coordinated with actor1 ("قوات النظام وروسيا" are
    allies, not foes).
    """
    sent_start, sent_end = sentence_span
    to_norm = nt.to_norm
    roles = [_Role(m, to_norm(m.start), to_norm(m.end)) for m in actors
             if sent_start <= m.start and m.end <= sent_end]
    roles.sort(key=_START)  # (a no-op for actors in text order, as they come)
    if not roles:
        return None, None
    s0, s1 = nt.to_norm(sentence_span[0]), nt.to_norm(sentence_span[1])
    text = nt.text
    ev_s, ev_e = nt.to_norm(event.start), nt.to_norm(event.end)
    if _asides(text, s0, s1):
        # an aside names no party to the act told outside it, and the words around it are read as
        # if it were not there ("أعلن جيش الفتح -والذي ...- عن سيطرته": the announcer's own deed)
        around = _asides_around(text, s0, s1, ev_s, ev_e, [(r.start, r.end) for r in roles])
        if around:
            roles = [r for r in roles if not _in_aside(r.mention, r.start, r.end, around)]
            if not roles:
                return None, None
            pieces, pos = [], 0
            for a, b in around:
                pieces.append(text[pos:a])
                # (blanked but for the civilians it names, who stay in its place)
                kept = [r for r in roles if a <= r.start and r.end <= b]
                for r in kept:
                    pieces += [" " * (r.start - a), text[r.start:r.end]]
                    a = r.end
                pieces.append(" " * (b - a))
                pos = b
            text = "".join((*pieces, text[pos:]))
    reading = _sentence_reading(text, s0, s1)
    links = reading.links
    if reading.responds:
        roles = [r for r in roles if not responds(text, min(r.end, ev_e), max(r.start, ev_s))]
        if not roles:
            return None, None

    fronted = _fronted_end(text, s0, ev_s)
    if fronted is not None and any(r.start >= fronted for r in roles):
        # "وفيما تتواصل الحرب ضد داعش، سيطرت فصائل المعارضة على قرية": the sides of what went on
        # meanwhile take no part in the main clause's act, which names its own
        roles = [r for r in roles if r.start >= fronted]
    _collect_evidence(text, s0, roles, reading, (ev_s, ev_e), event.event_type == _STRATEGIC)

    def dist(r: _Role) -> int:
        if r.end <= ev_s:
            return ev_s - r.end
        if r.start >= ev_e:
            return r.start - ev_e
        return 0

    # An actor named beyond another act of the sentence ("عملية الإنزال بالتزامن مع قصف مدفعي من قبل
    # قسد وقوات عملية غضب الفرات") is that act's: a cue of another event type between it and our cue
    # takes its agent evidence, and it is no fallback for this one (a target marker still counts).
    def beyond(r: _Role, cs: int, ce: int) -> bool:
        """Whether the cue ``[cs, ce)`` stands between our cue and actor *r*."""
        return (ev_e <= cs and ce <= r.start + 2) or (r.end - 2 <= cs and ce <= ev_s)

    # Typing keeps the cues' spans: the cues are typed (reading the rule words) only when one of
    # them stands between ours and an actor, which most candidates' sentences do not have. (A cue
    # beyond some actor is beyond the last one after our cue or the first one before it: the test
    # of each cue against those two is the test against every actor.)
    last_start, first_end = roles[-1].start, min(r.end for r in roles)
    if any((ev_e <= cs and ce <= last_start + 2) or (first_end - 2 <= cs and ce <= ev_s)
           for cs, ce, _cue in reading.cues):
        others_cues = [(cs, ce) for cs, ce, event_type in reading.typed_cues() if event_type != event.event_type]
        for r in roles:
            if any(beyond(r, cs, ce) for cs, ce in others_cues):
                r.agent, r.elsewhere = 0.0, True
    # "بلدة تتعرض لغارات روسية ودارت فيها معارك": an actor named by its strikes or shelling ("غارات
    # روسية", "قصف النظام") is the doer of those, not of the fighting the sentence tells besides (the
    # strikes air defences confront are their foe's: "تصدت الدفاعات الجوية لغارات إسرائيلية")
    if event.event_type == "Battles" and any(
            (ce <= ev_s or ev_e <= cs) and any(r.start - 2 <= cs and ce < r.end - 1 for r in roles)
            for cs, ce, _cue in reading.cues) and not any(
            cs == ev_s and "defend_verb" in _TABLES.context.get(cue.phrase, ()) for cs, _ce, cue in reading.cues):
        strikes = [(cs, ce) for cs, ce, event_type in reading.typed_cues() if event_type == _REMOTE]
        for r in roles:
            if any(r.start - 2 <= cs and ce < r.end - 1 for cs, ce in strikes):
                r.agent, r.elsewhere = 0.0, True

    # clause openers after a comma ("، حيث"): unmarked actors are not taken across them
    clause_starts = reading.clause_starts

    # "في قصف بقذائف الهاون تعرضت له بلدة الحديد، فيما شن طيران التحالف 14 غارة": an actor of a
    # clause after ours, turned to with "فيما"، "كما" ..., that tells its own act of another kind is a
    # party to that act, not to ours (not after "، حيث": "ضرباتها الصاروخية ...، حيث أطلقت الولايات
    # المتحدة 105 صواريخ" tells the same act over)
    for c in clause_starts:
        if c < ev_e or not (text.startswith(_TURNS, c) or text[c] in "وف" and text.startswith(_TURNS, c + 1)):
            continue
        end = min((x for x in clause_starts if x > c), default=s1)
        if any(c <= cs and ce <= end and cue.sub_event_type != event.sub_event_type
               and not cue.flags & _KIND_OF_OTHERS for cs, ce, cue in reading.cues):
            for r in roles:
                if c <= r.start and r.end <= end:
                    r.agent, r.target, r.elsewhere = 0.0, 0.0, True

    # "شن الجيش الإسرائيلي غارات، متهما إيران بإطلاق صواريخ": who accuses another of the act did
    # not do it (a passive "يتهم باستهداف المدنيين" names no accused and says nothing of the actor
    # before it)
    for hs, he, _classes in reading.accusing:
        if he <= ev_s and ev_s - he <= _ACCUSED_REACH \
                and not any(he <= c < ev_s for c in clause_starts) \
                and any(he <= r.start and r.end <= ev_s for r in roles):
            for r in roles:
                if r.end <= hs:
                    r.agent, r.elsewhere = min(r.agent, 0.0), True
                elif he <= r.start and text[he:r.start].split() == [_ON] \
                        and not any(r.end <= o.start and o.end <= ev_s for o in roles):
                    # "وتنحي موسكو باللائمة على المعارضة، قائلة إن مقاتليها قصفوا": the one the blame
                    # is laid on is the one said to have done it, no target (not when another actor
                    # is named before the act: "ملقيا باللوم على روسيا لأنها لم تف ... لضمان تخلي
                    # النظام السوري عن أسلحته الكيماوية")
                    r.agent, r.target = max(r.agent, 1.0), 0.0

    # "تفجير انتحاري نسبته السلطات التركية إلى تنظيم داعش", "في هجوم نسب إلى متمردين أكراد": the act
    # is laid at the door of the actor right after "إلى", its doer; who lays it there is no party
    # ("بنسبة تصل إلى" is a share: no actor follows its "إلى")
    # (or the blame laid on it after "على": "تفجير انتحاري ألقي باللوم فيه على تنظيم الدولة")
    for hs, he, _classes in reading.ascribing:
        blame = text.startswith(_BLAME, hs)
        if ev_e <= hs and hs - ev_e <= _ASCRIBED_REACH \
                and (blame or not text.startswith(("ب", "ل"), hs)) and not any(ev_e <= c <= hs for c in clause_starts):
            to = (_ON_WORD if blame else _TO).search(text, he, min(s1, he + _ASCRIBER_REACH))
            doer = None if to is None else next((r for r in roles if r.start >= to.end()), None)
            if doer is None or _gap(text, to.end(), doer.start, links, 0) > 0:
                continue
            for r in roles:
                if he <= r.start and r.end <= to.start():
                    r.agent, r.target, r.elsewhere = min(r.agent, 0.0), 0.0, True
            doer.agent, doer.target, doer.elsewhere = max(doer.agent, 3.0), 0.0, False
        elif not blame and not text.startswith(("ب", "ل"), hs):
            # the verb before an act of the sentence and "إلى" right after it: "نسبت هيئة أركان الجيش
            # التركي الهجوم إلى المنظمة الإرهابية": who ascribes it is no party to the sentence's act,
            # whether or not the one it is laid at is ours, who did it
            told = next(((cs, to) for cs, ce, _cue in reading.cues if he <= cs and cs - he <= _ASCRIBER_REACH
                         and not any(he <= c <= cs for c in clause_starts)
                         and (to := _TO.match(text, ce + 1 if text[ce:ce + 1].isspace() else ce))), None)
            if told is None:
                continue
            cs, to = told
            for r in roles:
                if he <= r.start and r.end <= cs:
                    r.agent, r.target, r.elsewhere = min(r.agent, 0.0), 0.0, True
            doer = next((r for r in roles if r.start >= to.end()), None)
            if doer is not None and _gap(text, to.end(), doer.start, links, 0) == 0:
                doer.agent, doer.target, doer.elsewhere = max(doer.agent, 3.0), 0.0, False

    _announced_own(text, roles, reading.ctx, links, ev_s, ev_e)

    # "سيطرت القوات العراقية على الجامعة، وتعرضت لاحقا لتفجيرات", "شنت الجبهة الجنوبية هجوما
    # لكنها تعرضت لهجوم مضاد من القوات الحكومية": the cue is what the subject of "تعرض" suffered,
    # that subject named before the verb. An actor before it did not do the act; the doer of the act
    # its clause told (the verb's subject) is the one that suffered it.
    suffered = _suffered_from(text, s0, ev_s)
    if suffered is not None:
        before = [r for r in roles if r.end <= suffered]
        sufferer = max((r for r in before if r.agent > r.target), key=lambda r: r.start, default=None)
        for r in before:
            r.agent, r.elsewhere = min(r.agent, 0.0), True
        if sufferer is not None:
            sufferer.target, sufferer.elsewhere = sufferer.target + 3, False

    def same_clause(r: _Role) -> bool:
        lo, hi = (r.end, ev_s) if r.end <= ev_s else (ev_e, r.start)
        return not any(lo <= c < hi for c in clause_starts)

    def other_time(r: _Role) -> bool:
        """A clause opener of another time or fact ("، قبل أن", "، ثم", "، وإن") stands between *r* and the cue."""
        lo, hi = (r.end, ev_s) if r.end <= ev_s else (ev_e, r.start)
        return any(lo <= c < hi and text.startswith(_TIME_OPENERS, c) for c in clause_starts) \
            or text.find(_TIME_AFTER, lo, hi) >= 0

    agents = [r for r in roles if r.agent > r.target and r.agent > 0]
    a1 = max(agents, key=lambda r: (r.agent - r.target, -dist(r)), default=None)
    if a1 is None:
        # (a noun of the act with its doer's pronoun, "بعد سيطرتها على كفر بطنا، وحصر المعارضة": the
        # doer was named before it, an actor after it is another act's object)
        after_ok = not _possessed_act(text, ev_s, ev_e)
        plain = [r for r in roles if r.agent == 0 and r.target == 0 and r.mention.actor_id not in NEVER_ACTOR1
                 and not r.elsewhere and not r.ally_only and same_clause(r)
                 and (r.start < ev_e or after_ok and dist(r) <= _AFTER_CUE
                      and _POST_LABELS.search(text, ev_e, r.start) is None
                      and not _MEMBERS_BEFORE.search(text, max(ev_e, r.start - MEMBERS_REACH), r.start))]
        # a riot is the protesters' when they are named ("وهتف المحتجون بشعارات ... "إيران بره"،
        # وأحرقوا العلم"): not whoever their slogans name nearer the verb
        rioters = event.event_type == "Riots"
        a1 = min(plain, key=lambda r: (rioters and r.mention.actor_id != "protesters", r.start >= ev_e, dist(r)),
                 default=None)
    a1_id = a1.mention.actor_id if a1 else None

    def allied(r: _Role) -> bool:
        """Coordinated with actor1: "قوات النظام وروسيا", "قسد وقوات عملية غضب الفرات"; not the two
        sides of "بين" ("بين مقاتلي فصيل "جيش الإسلام" وقوات النظام")."""
        if a1 is None:
            return False
        lo, hi = min(a1.end, r.end), max(a1.start, r.start)
        between = text[lo:hi].strip()
        joined = between in ("", "،", ",") or (_and_first(between) and _gap(text, lo, hi, links, 2) <= 2)
        return joined and not _sides_of_between(text, reading.ctx, links, min(a1.start, r.start), roles)

    # civilians with no word of their own tying them to the act count only near the cue
    others = [r for r in roles if r.mention.actor_id != a1_id
              and not (r.mention.actor_id in NEVER_ACTOR1 and r.target <= 1 and dist(r) > _CIVILIANS_NEAR)]
    targets = [r for r in others if r.target > r.agent and r.target > 0]
    a2 = max(targets, key=lambda r: (r.target - r.agent, -dist(r)), default=None)
    if a2 is None:
        # (across clauses: the target is often told in the next one, "عملية الإنزال ...، حيث نقلت عناصر من داعش")
        # (but not from a clause told as earlier or later than the cue's: "تنتشر في المدينة شرطة
        # روسية، قبل أن تعلن قوات النظام سيطرتها عليها")
        a2 = min((r for r in others if r.agent <= 0 and r.target <= 0 and not r.elsewhere and not r.backer
                  and not allied(r) and not other_time(r)),
                 key=dist, default=None)
    if a1 is not None and a1.mention.actor_id == "protesters" \
            and event.sub_event_type == "Excessive force against protesters":
        # force used against a protest is the other side's act: "اشتباكات بين المتظاهرين والقوات
        # الأمنية" names the protesters first, but they are its target (ACLED: the protesters are
        # actor1 of a protest with intervention, actor2 of excessive force)
        armed = [r for r in roles if r.mention.actor_id not in NEVER_ACTOR1 | {"protesters"} and not r.elsewhere]
        a1, a2 = min(armed, key=dist, default=None), a1
    m2 = a2.mention if a2 else None
    if m2 is not None and m2.actor_id == "protesters" and event.event_type == "Protests":
        # protesters met with force are its civilian target, as ACLED and the gold code them
        civ = actor("civilians")
        m2 = ActorMention(m2.start, m2.end, civ.id, civ.name, civ.name_ar)
    return (a1.mention if a1 else None), m2
