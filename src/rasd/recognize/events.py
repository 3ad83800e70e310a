"""What happened: event cues typed by ACLED's taxonomy, and who did it to whom.

The cue words, the masks and the context words live in ``lang/ar/event_cues.tsv`` (its header
documents the columns and the ``~`` flags); this module holds the rules that read them.

:func:`find_events` reports every cue, typed in the light of its sentence:

* a *generic* cue ("قصف", "استهداف", "هجوم") becomes an air strike when an air word ("طيران",
  "غارة", "مسيرة" ...) is within ``AIR_WINDOW`` characters in its sentence, and otherwise takes
  the kind of the nearest specific cue of its sentence, so that "هجوم بسيارة مفخخة" is one
  explosion, not an explosion and a battle;
* an airdrop or raid with an exchange of fire in its sentence is an armed clash (ANNOTATION.md);
* protest words are reported only when their sentence tells of violence: a riot ("أحرقوا",
  "اقتحموا"), lethal force against the protesters, or other intervention (tear gas, arrests);
  peaceful protests are not incidents;
* burning and storming are riots in a protest sentence, property destruction and raids elsewhere.

Judgements that need the perpetrator are left to :func:`refine` (who took the territory, who
arrested whom, whether the victims were civilians), and :func:`primary` ranks the cues of one
sentence when a caller wants one kind for them. :func:`assign_roles` picks actor1 and actor2 for
a cue from the actors of its sentence; its rules are listed in its docstring.
"""
from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from rasd.errors import ConfigError
from rasd.model import ActorMention, EventMention
from rasd.recognize.actors import compile_phrases, surface
from rasd.text.normalize import NormText
from rasd.text.segment import paragraphs, sentences

__all__ = ["GOVERNMENT", "TAXONOMY", "assign_roles", "find_events", "primary", "refine"]

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

# State forces and forces acting for a state: their territorial gains are "Government regains
# territory", their detentions "Arrests". (Peshmerga are the Kurdistan Region's forces, PMF are
# Iraqi state-sanctioned.)
GOVERNMENT = frozenset({"regime", "iraq", "turkey", "russia", "us", "israel", "iran", "coalition", "pmf",
                        "peshmerga"})
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
PRECEDENCE: tuple[str, ...] = (
    "Chemical weapon", "Suicide bomb", "Air/drone strike", "Remote explosive/landmine/IED", "Grenade",
    "Shelling/artillery/missile attack", "Government regains territory", "Non-state actor overtakes territory",
    "Armed clash", "Excessive force against protesters", "Violent demonstration", "Mob violence",
    "Protest with intervention", "Attack", "Abduction/forced disappearance", "Sexual violence",
    "Disrupted weapons use", "Arrests", "Looting/property destruction", "Non-violent transfer of territory",
    "Agreement", "Headquarters or base established", "Change to group/activity", "Other", "Peaceful protest",
)
_RANK = {s: i for i, s in enumerate(PRECEDENCE)}
# A cue at least this strong counts as "specific" evidence of its kind (see the weights in the
# data file: 0.5 and up are words that name an act, below are words that merely suggest one).
STRONG = 0.5
# How far (folded characters) an air word may be from a generic cue to make it an air strike:
# about a clause ("قصف ... بالطيران الحربي"), not the whole of a run-on sentence.
AIR_WINDOW = 80
# Generic cues adopt the kind of a specific cue of these event types in their sentence: shelling
# verbs only from explosions (a battle with shelling stays two acts), "هجوم" from any violence.
_ADOPT_FROM = {
    "Explosions/Remote violence": frozenset({"Explosions/Remote violence"}),
    "Battles": frozenset({"Explosions/Remote violence", "Battles", "Violence against civilians"}),
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
                              "act_verb", "defend_verb", "target", "victim", "between"})
_FLAGS = frozenset({"generic", "context", "fire", "storm"})


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
            context.setdefault(key, set()).add(sub)
            continue
        if etype == "-":
            cues[key] = None
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
        cue = Cue(key, etype, sub, tuple(t for t in words if not t.startswith("~")), flags, w)
        if cues.get(key, cue) != cue:
            raise ConfigError(f"{where}: cue {phrase!r} is listed twice with different values")
        cues[key] = cue
    return _Tables(cues, {k: frozenset(v) for k, v in context.items()})


_TABLES = _load(resources.files("rasd.lang.ar").joinpath("event_cues.tsv").read_text(encoding="utf-8"))
_CUES = compile_phrases(_TABLES.cues, article=True)
_CONTEXT = compile_phrases(_TABLES.context, article=True)


# --- context lookups ---------------------------------------------------------------------------


class _Context:
    """Context words of a text (or part of one), by class, for range queries."""

    def __init__(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self.hits: list[tuple[int, int, frozenset[str]]] = [
            (s, e, _TABLES.context[k]) for s, e, k in _CONTEXT.finditer(text, pos, endpos)
        ]
        self.starts: dict[str, list[int]] = {}
        for s, _e, classes in self.hits:
            for c in classes:
                self.starts.setdefault(c, []).append(s)

    def any(self, cls: str, lo: int, hi: int) -> bool:
        xs = self.starts.get(cls, ())
        i = bisect_left(xs, lo)
        return i < len(xs) and xs[i] < hi


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in sentences(text)]


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


def _specific(h: _Hit) -> bool:
    return not h.cue.flags & {"generic", "context"} and h.cue.weight >= STRONG


def find_events(nt: NormText) -> list[EventMention]:
    """Event cues in document order, typed by their sentence; spans in the original text."""
    text = nt.text
    hits = [_Hit(s, e, c, c.event_type, c.sub_event_type, c.tags, c.weight)
            for s, e, k in _CUES.finditer(text) if (c := _TABLES.cues[k]) is not None]
    if not hits:
        return []
    ctx = _Context(text)
    bounds = _sentence_bounds(text)
    starts = [b[0] for b in bounds]
    by_sentence: dict[int, list[_Hit]] = {}
    for h in hits:
        by_sentence.setdefault(max(0, bisect_right(starts, h.start) - 1), []).append(h)

    out: list[EventMention] = []
    for si, group in by_sentence.items():
        lo, hi = bounds[si]
        lo, hi = min(lo, group[0].start), max(hi, group[-1].end)
        for h in group:
            if not _type_in_sentence(h, group, ctx, lo, hi):
                continue
            if h.sub_event_type == "Air/drone strike" and "drone" not in h.tags and \
                    ctx.any("drone", max(lo, h.start - AIR_WINDOW), min(hi, h.end + AIR_WINDOW)):
                h.tags = (*h.tags, "drone")
            s, e = nt.orig_span(h.start, h.end)
            out.append(EventMention(s, e, h.event_type, h.sub_event_type, h.tags, h.weight))
    out.sort(key=lambda m: m.start)
    return out


def _retype(h: _Hit, event_type: str, sub_event_type: str, weight: float | None = None) -> None:
    h.event_type, h.sub_event_type = event_type, sub_event_type
    if weight is not None:
        h.weight = weight


def _type_in_sentence(h: _Hit, group: list[_Hit], ctx: _Context, lo: int, hi: int) -> bool:
    """Apply the sentence rules to *h* in place; False when it is not to be reported."""
    flags = h.cue.flags
    protest = ctx.any("protest", lo, hi)
    if "context" in flags:
        if ctx.any("riot", lo, hi):
            _retype(h, "Riots", "Violent demonstration", 0.8)
        elif ctx.any("force", lo, hi):
            _retype(h, "Protests", "Excessive force against protesters", 0.8)
        elif ctx.any("intervention", lo, hi):
            _retype(h, "Protests", "Protest with intervention", 0.6)
        else:
            return False
        return True
    if protest and (flags & {"fire", "storm"}):
        _retype(h, "Riots", "Violent demonstration", 0.8)
        return True
    if protest and "shooting" in h.cue.tags:
        _retype(h, "Protests", "Excessive force against protesters", 0.8)
        return True
    if "generic" in flags:
        if ctx.any("air", max(lo, h.start - AIR_WINDOW), min(hi, h.end + AIR_WINDOW)):
            _retype(h, "Explosions/Remote violence", "Air/drone strike")
            return True
        allowed = _ADOPT_FROM.get(h.cue.event_type, frozenset())
        specific = [o for o in group if o is not h and _specific(o) and o.cue.event_type in allowed]
        if specific:
            near = min(specific, key=lambda o: abs(o.start - h.start))
            _retype(h, near.cue.event_type, near.cue.sub_event_type)
            h.tags = tuple(dict.fromkeys((*h.tags, *near.cue.tags)))
        return True
    if "airdrop" in h.cue.tags and ctx.any("clash", lo, hi):
        _retype(h, "Battles", "Armed clash")
    return True


def primary(events: Iterable[EventMention]) -> EventMention | None:
    """The cue that names the act when several kinds share a sentence (see ``PRECEDENCE``):
    strong cues before weak ones, then the more specific kind, then the heavier cue."""
    return min(events, key=lambda e: (e.weight < STRONG, _RANK.get(e.sub_event_type, len(PRECEDENCE)), -e.weight),
               default=None)


# --- refine ------------------------------------------------------------------------------------


def refine(event: EventMention, actor1_id: str | None = None, nt: NormText | None = None,
           cues: Sequence[EventMention] = (), *, actor2_id: str | None = None,
           clash: bool | None = None) -> EventMention:
    """The event re-typed by what the cue alone cannot tell; *event* itself when nothing changes.

    * territory taken: by a government (``GOVERNMENT``) → Government regains territory, by any
      other named actor → Non-state actor overtakes territory;
    * an airdrop or raid coded Strategic developments/Other becomes Battles/Armed clash when an
      exchange of fire is reported: *clash* if given, else a clash word in the event's paragraph
      of *nt*, or a Battles cue among *cues*;
    * an arrest by a group without an administration (``ABDUCTORS``) is an abduction;
    * an armed clash whose target (*actor2_id*) is civilians is violence against civilians, and a
      shooting coded as an attack on civilians whose target is an armed actor is an armed clash.
    """
    etype, sub = event.event_type, event.sub_event_type
    if sub in ("Government regains territory", "Non-state actor overtakes territory") and actor1_id:
        if actor1_id in GOVERNMENT:
            etype, sub = "Battles", "Government regains territory"
        elif actor1_id not in NEVER_ACTOR1:
            etype, sub = "Battles", "Non-state actor overtakes territory"
    elif sub == "Other" and ("airdrop" in event.tags or "raid" in event.tags):
        if clash is None:
            clash = any(c.event_type == "Battles" for c in cues) or (nt is not None and _clash_near(nt, event))
        if clash:
            etype, sub = "Battles", "Armed clash"
    elif sub == "Arrests" and actor1_id in ABDUCTORS:
        etype, sub = "Violence against civilians", "Abduction/forced disappearance"
    elif sub == "Armed clash" and actor2_id == "civilians" and "airdrop" not in event.tags:
        etype, sub = "Violence against civilians", "Attack"
    elif sub == "Attack" and "shooting" in event.tags and actor2_id and actor2_id not in ("civilians", "unknown"):
        etype, sub = "Battles", "Armed clash"
    if (etype, sub) == (event.event_type, event.sub_event_type):
        return event
    return dataclasses.replace(event, event_type=etype, sub_event_type=sub)


def _clash_near(nt: NormText, event: EventMention) -> bool:
    """A clash word in the paragraph of *event* (raids are told over several sentences)."""
    pos = nt.to_norm(event.start)
    for p in paragraphs(nt.text):
        if p.start <= pos < p.end:
            return _Context(nt.text, p.start, p.end).any("clash", p.start, p.end)
    return False


# --- roles -------------------------------------------------------------------------------------

# Scores of the role rules (see assign_roles). A marker counts only when at most this many words
# sit between it and the actor.
_AGENT_GAP, _VERB_GAP, _TARGET_GAP, _VICTIM_GAP = 1, 2, 1, 8


@dataclass(slots=True)
class _Role:
    mention: ActorMention
    start: int  # folded
    end: int
    agent: float = 0.0
    target: float = 0.0


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalpha() for ch in w))


def assign_roles(nt: NormText, sentence_span: tuple[int, int], event: EventMention,
                 actors: Sequence[ActorMention]) -> tuple[ActorMention | None, ActorMention | None]:
    """Actor1 (who did it) and actor2 (whom it hit) for *event* among *actors* of its sentence.

    All spans are original offsets; *actors* may hold mentions outside the sentence (ignored).
    Each actor collects agent and target evidence from the words around it:

    * agent +3: its own phrase starts with a weapon or attack noun ("غارة تركية", "قصف النظام",
      "طيران التحالف"), or an agent marker is right before it ("من قبل X", "نفذها X",
      "بقصف لـX", "برصاص X", "مصدره X");
    * agent +2: it stands right after a verb of attack, a few adverbs allowed ("شنت المقاتلات
      الروسية صباح", VSO) or right before one ("قوات النظام قصفت", SVO); first of "بين X و Y";
    * target +3: a target marker right before it ("مواقع X", "على X", "ضد X", "استهداف X"), or a
      casualty word a few words back ("مقتل 26 من قوات النظام", "في صفوف X"); its own phrase starts
      with a target noun ("مواقع النظام", "رتل تركي");
    * target +2: right after a verb of repelling ("تصدت فصائل X لهجوم ..."); second of "بين X و Y";
    * civilians are never actor1 and lean to actor2 (+1).

    Actor1 is the mention whose agent evidence most exceeds its target evidence (ties: nearest the
    cue); failing any, the nearest unmarked armed actor before the cue. Actor2 is the mention of
    another id with the most target evidence; failing that, civilians in the sentence; failing
    that, another unmarked actor of a battle cue ("اشتباكات ... X").
    """
    s0, s1 = nt.to_norm(sentence_span[0]), nt.to_norm(sentence_span[1])
    text = nt.text
    roles = [_Role(m, nt.to_norm(m.start), nt.to_norm(m.end)) for m in actors
             if m.start >= sentence_span[0] and m.end <= sentence_span[1]]
    if not roles:
        return None, None
    roles.sort(key=lambda r: r.start)
    ctx = _Context(text, s0, s1)
    ev_s, ev_e = nt.to_norm(event.start), nt.to_norm(event.end)

    prev_end = s0
    between_open = False  # the previous actor was the X of "بين X و Y"
    verbs_with_subject: set[int] = set()  # verbs an actor before them already governs (SVO)
    for r in roles:
        gap_text = text[prev_end:r.start]
        if between_open and gap_text.strip().startswith("و") and _words(gap_text) <= 2:
            r.target += 2
        between_open = False
        before = [h for h in ctx.hits if prev_end <= h[0] and h[1] <= r.start]
        own = [h for h in ctx.hits if h[0] == r.start and h[1] <= r.end]
        after = [h for h in ctx.hits if h[0] >= r.end]
        if own:
            if "agent" in own[0][2]:
                r.agent += 3
            elif "target" in own[0][2]:
                r.target += 3
        if before:
            hs, he, classes = before[-1]
            gap = _words(text[he:r.start])
            if "agent" in classes and gap <= _AGENT_GAP:
                r.agent += 3
            elif "act_verb" in classes and gap <= _VERB_GAP:
                if hs in verbs_with_subject:
                    r.target += 2  # "طائرة تركية قصفت قوات النظام": the verb has its subject
                else:
                    r.agent += 2
            elif "defend_verb" in classes and gap <= _AGENT_GAP:
                r.target += 2
            elif ("target" in classes and gap <= _TARGET_GAP) or ("victim" in classes and gap <= _VICTIM_GAP):
                r.target += 3
            elif "between" in classes and gap <= _AGENT_GAP:
                r.agent += 2
                between_open = True
        if after and "act_verb" in after[0][2] and _words(text[r.end:after[0][0]]) == 0:
            r.agent += 2
            verbs_with_subject.add(after[0][0])
        if r.mention.actor_id in NEVER_ACTOR1:
            r.agent = float("-inf")
            r.target += 1
        prev_end = r.end

    def dist(r: _Role) -> int:
        if r.end <= ev_s:
            return ev_s - r.end
        if r.start >= ev_e:
            return r.start - ev_e
        return 0

    agents = [r for r in roles if r.agent > r.target and r.agent > 0]
    a1 = max(agents, key=lambda r: (r.agent - r.target, -dist(r)), default=None)
    if a1 is None:
        plain = [r for r in roles if r.agent == 0 and r.target == 0 and r.start < ev_e
                 and r.mention.actor_id not in NEVER_ACTOR1]
        a1 = min(plain, key=dist, default=None)
    a1_id = a1.mention.actor_id if a1 else None
    others = [r for r in roles if r is not a1 and r.mention.actor_id != a1_id]
    targets = [r for r in others if r.target > r.agent and r.target > 0]
    a2 = max(targets, key=lambda r: (r.target - r.agent, -dist(r)), default=None)
    if a2 is None:
        a2 = next((r for r in others if r.mention.actor_id == "civilians"), None)
    if a2 is None and event.event_type == "Battles":
        a2 = min((r for r in others if r.agent <= 0), key=dist, default=None)
    return (a1.mention if a1 else None), (a2.mention if a2 else None)
