"""Mentions → incidents: which cue, date, place, actors and counts belong together.

A report often tells of several incidents — the new raid in its lead, older operations in
background paragraphs — so we anchor candidates on event cues, sentence by sentence, and give
each the date, place, actors and counts of its own sentence, falling back to what its paragraph
said last (Arabic reports state the date and place once and then run on for several sentences).
Candidates that report the same act (same place, compatible date, same kind) are merged; the
same perpetrator striking three named villages stays three incidents, as ACLED codes them.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import regex

from rasd.geo.resolve import FACILITY_FEATURES
from rasd.lang.ar import context_words
from rasd.model import (
    CASUALTY_KINDS,
    Actor,
    ActorMention,
    CountMention,
    DateMention,
    EventMention,
    Evidence,
    Incident,
    Location,
    PlaceMention,
)
from rasd.model import Count as CountValue
from rasd.text.normalize import NormText, fold
from rasd.text.patterns import words_pattern
from rasd.text.segment import Sentence, Span

if TYPE_CHECKING:
    from rasd.pipeline import Analysis

# How far (original characters) before a cue a not-factual word ("تهدد بشن") still governs it.
NOT_FACTUAL_WINDOW = 40
NOT_FACTUAL_AFTER_WINDOW = 30
ISO_HOME = {"SYR", "IRQ"}
# Dates this coarse name a period ("في 2012", "العام الماضي"), not the day of one act: a cue dated
# only by them is a reference to a campaign or a tally, not an incident.
COARSE_PRECISION = {"month", "year"}
# Cue weights (see lang/ar/event_cues.tsv): a strong cue ("غارة جوية", "مقتل") needs one more clue
# of its own sentence (a place, a day, a count) to make an incident; a middling one ("هجوم",
# "استهداف") needs its own place and a day or a count. Calibrated on the dev sets.
STRONG_CUE = 0.8
MIDDLING_CUE = 0.5
CUE_BONUS = 0.1
# Actors with aircraft of their own (an air strike or an airdrop is theirs when one is named).
AIR_FORCES = {"coalition", "us", "russia", "turkey", "israel", "regime", "iraq", "iran", "saudi_coalition"}
# Cue tags of operations (an airdrop, a raid) whose kind depends on whether shots were exchanged.
OPERATION_TAGS = {"airdrop", "raid"}
# Actors that never take up arms: borrowed only for protests and riots.
UNARMED = {"protesters", "civilians"}
# Kinds that background paragraphs mention in passing ("منذ سيطرته على الموصل", "اتفاق التسوية"):
# coded only when their own sentence names the place and the day.
NEEDS_OWN_DAY = {"Government regains territory", "Non-state actor overtakes territory",
                 "Non-violent transfer of territory", "Agreement", "Headquarters or base established",
                 "Change to group/activity"}
# A tally word ("منذ بداية", "خلال الشهر") this close to a cue makes it a period's total.
TOTALS_WINDOW = 40
# An "ongoing" word this close after a cue ("القصف التركي المستمر") makes it a campaign.
ONGOING_WINDOW = 30
# The dead of two sides of one battle are added up only when told this close (characters).
SIDES_GAP = 400
# Parts of a list of victims stand this close (characters) to each other.
LIST_GAP = 80
# A line of at most this many words around a colon is a linked article's headline.
LINK_HEADLINE_WORDS = 10
# How far (characters) before a cue "غداة" may stand.
EVE_WINDOW = 60
# How far (characters) before a cue its demonstrative ("هذه القذائف") may stand.
DEMONSTRATIVE_WINDOW = 12
# How far (characters) before a place a verb of taking or fleeing makes it a destination.
DESTINATION_WINDOW = 40
# A report that came out before this hour (local time) tells of the day before when it dates nothing
NIGHT_EDITION_HOUR = 6
# How far (characters) before a day a verb of saying makes it the day of a statement.
STATEMENT_WINDOW = 70
# An act dated only by a statement about it happened that day or at most this many days before.
STATED_LAG_DAYS = 7
# A dateline may stand on any of a report's first lines (after a byline).
DATELINE_LINES = 3
# How much farther (characters) a date counts for each comma between it and its cue.
CLAUSE_PENALTY = 60
# Cues this close (characters) in one sentence are taken for one act.
CLAUSE_CHARS = 80


def _alternation(words: tuple[str, ...]) -> regex.Pattern:
    alts = sorted({regex.escape(fold(w)) for w in words}, key=len, reverse=True)
    return regex.compile(r"(?<!\w)(?:و|ف)?(?:" + "|".join(alts) + r")(?!\w)")


_NOT_FACTUAL = _alternation(context_words.NOT_FACTUAL)
_TOTALS = _alternation(context_words.TOTALS)
_BACKGROUND = regex.compile(r"^\W*(?:" + "|".join(regex.escape(fold(w)) for w in context_words.BACKGROUND) + r")(?!\w)")
_words = words_pattern


_W = context_words
# a not-factual word opening the words right after the cue ("أسلحة كيماوية تحضر")
_NOT_FACTUAL_AFTER = regex.compile(r"\W*(?:\w+\s+)?(?:" + _words(_W.NOT_FACTUAL_AFTER) + r")(?!\w)")
# Where a long sentence turns to another act: "، كما ..." / "، فيما ..." / "، وكان ..." / "كذلك كانت".
_TOPIC_SHIFT = regex.compile(r"[،,؛]\s*(?=(?:و)?(?:" + _words(_W.TOPIC_SHIFT) + r")(?!\w))")
_PERIOD = regex.compile(r"(?<!\w)(?:" + _words(_W.PERIOD_LEADS) + r")\s+(?:\S+\s+){0,2}?(?:"
                        + _words(_W.PERIOD_UNITS) + r")(?!\w)")
_SIMILAR_ACT = regex.compile(r"(?<!\w)(?:[وفب]|ال)?(?:" + _words(_W.ACT_NOUNS) + r")\s+(?:(?:" + _words(_W.ANOTHER)
                             + r")\s+)?(?:" + _words(_W.SIMILAR) + r")(?!\w)")
_ONGOING = regex.compile(r"^\s*(?:\S+\s+){0,2}?(?:" + _words(_W.ONGOING) + r")(?!\w)")
_GOES_ON = regex.compile(r"(?<!\w)(?:و|ف)?(?:" + _words(_W.GOES_ON) + r")\s+(?:\S+\s+)?$")
# "غداة X": X happened the day before the sentence's day (no comma between the word and the cue).
_EVE = regex.compile(r"(?<!\w)(?:و|ب)?(?:" + _words(_W.DAY_BEFORE) + r")(?!\w)[^،,.]*$")
_BETWEEN = regex.compile(r"(?<!\w)(?:" + _words(_W.BETWEEN) + r")(?:\s+\w+)?\s*$")
_SPEECH = regex.compile(r"(?<!\w)(?:و|ف)?(?:" + _words(_W.SPEECH) + r")(?!\w)")
_REPORTED = regex.compile(r"(?<!\w)(?:" + _words(_W.REPORTED) + r")(?!\w)")
_SINCE = regex.compile(r"(?<!\w)(?:و)?(?:" + _words(_W.SINCE) + r")\s+(?:يوم\s+)?(?:ال)?$")
# The gap before the next part of a list ends with its conjunction ("، و", "بالإضافة ل", "برفقة").
_LIST_JOIN = regex.compile(r"(?:^|[\s،,])(?:" + _words(_W.LIST_JOINERS) + r")\s*(?:ل|الى)?\s*$")
_ENUM_GAP = regex.compile(r"^[\s،,]*(?:" + _words(_W.OR) + r")?\s*(?:" + _words(_W.PLACE_LIST_WORDS) + r")?\s*$")
# A dateline: a few words (a city, its country), the agency in brackets, a dash.
_DATELINE = regex.compile(r"\s*(?P<head>[^\W\d][^\n()–—:\-]{1,60}?)\s*(?:\((?P<agency>[^()\n]{1,30})\))?\s*[–—-]")
_MILITANTS = regex.compile(r"(?<!\w)(?:ال)?(?:" + _words(_W.MILITANTS) + r")(?!\w)")
_ENUM_GAP_COMMA = regex.compile(r"^[\s،,]*$")
_DESTINATION = regex.compile(r"(?<!\w)(?:" + _words(_W.DESTINATION_VERBS) + r")\w*\s+(?:\S+\s+){0,3}?(?:"
                            + _words(_W.DESTINATION_PREPOSITIONS) + r")\s+(?:\S+\s+في\s+)?$")
_GOES_ON_SAYING = regex.compile(r"\W*(?:" + _words(_W.GOES_ON_SAYING) + r")(?!\w)")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "مطار البصرة الدولي" and "مطار البصرة" are one place
_FACILITY_ADJ = regex.compile(r"\s+(?:" + _words(_W.FACILITY_ADJECTIVES) + r")$")
# "، على بعد نحو مئة كيلومتر من": the place after it only says where the one before it is
_DISTANCE_GAP = regex.compile(fold(r"^[\s،,(]*(?:(?:ال)?واقعة?\s+)?على\s+بعد\s+[^،,.؛:]{1,40}?\s(?:من|عن|شمال\w*|جنوب\w*|شرق\w*|غرب\w*)\s+$"))
_IN_PROVINCE = regex.compile(r"^\s*(?:ب|في\s+(?:محافظة\s+)?)$")
_SITUATING = regex.compile(r"^(?:[وفب]|ال)?(?:" + _words(_W.SITUATING) + r")")
_PLACE_ANAPHOR = regex.compile(r"(?<!\w)(?:" + _words(_W.PLACE_ANAPHOR_BEFORE) + r")\s+(?:[بل]?ال|لل)(?P<word>"
                                + _words(tuple(_W.PLACE_ANAPHORS)) + r")(?!\w)")
_ANAPHOR_FEATURES = {fold(k): v for k, v in _W.PLACE_ANAPHORS.items()}
_LETTERS = regex.compile(r"\p{L}{2,}")
_DEMONSTRATIVE = regex.compile(r"(?<!\w)(?<!مثل\s)(?:هذه|هذا|تلك|ذلك|هذين|هاتين)\s+$")  # not "مثل هذا الهجوم"
_DEFINITE = regex.compile(r"(?:^|\s)(?:[وفبل]|لل)?ال\w")


@dataclass
class _Candidate:
    """One incident being put together (internal, mutable)."""

    anchor: EventMention
    sentence: int
    paragraph: int
    cues: list[EventMention] = field(default_factory=list)
    date: DateMention | None = None
    date_inherited: bool = False
    date_stated: bool = False  # the day of a statement about the act: the act was that day or before
    time_of_day: str | None = None
    tod_span: tuple[int, int] | None = None
    place: PlaceMention | None = None
    location: Location | None = None
    place_inherited: bool = False
    new_clause: bool = False  # its unit was cut from a longer sentence at "، فيما / كما ..."
    after_total: bool = False  # an earlier unit of its paragraph told of a toll over a period
    actor1: ActorMention | None = None
    actor1_own: bool = False  # named in the candidate's own sentence
    actor2: ActorMention | None = None
    counts: list[CountMention] = field(default_factory=list)

    @property
    def sub_event_type(self) -> str:
        return self.anchor.sub_event_type

    def place_key(self) -> str | None:
        loc = self.location
        if loc is None:
            return None
        unresolved = (loc.why or {}).get("unresolved")
        if unresolved:  # placed by its district: the name, not the district, tells it apart
            return f"{loc.gazetteer_id}/{_FACILITY_ADJ.sub('', fold(unresolved))}"
        return loc.gazetteer_id or fold(loc.name_ar or loc.name or "")


def assemble(a: Analysis) -> list[Incident]:
    """The incidents of one analysed document, in text order."""
    sents = _units(a)
    if not sents:
        return []
    starts = [s.start for s in sents]

    def sent_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    by_sent: dict[str, dict[int, list]] = {k: {} for k in ("dates", "counts", "actors", "events", "places")}
    for kind, table in by_sent.items():
        for m in getattr(a, kind):
            if kind == "dates" and not _dates_an_act(a, m):
                continue
            table.setdefault(sent_of(m.start), []).append(m)

    similar = _similar_acts(a)
    for ev in similar:
        by_sent["events"].setdefault(sent_of(ev.start), []).append(ev)
    locations = _resolve_places(a, sents, [*a.events, *similar]) if a.events else {}
    cands = _candidates(a, sents, by_sent, locations)
    if not cands:
        return []
    _attach_dates(a, cands, sents, by_sent)
    _attach_places(a, cands, sents, locations)
    _attach_actors(a, cands, sents, by_sent)
    _attach_counts(a, cands, sents, by_sent)
    cands = _merge(cands, a)
    for c in cands:
        _deadly_operation(c)
    lead_countries = _lead_countries(a, locations)
    cands = [c for c in cands if _keep(c, a, lead_countries)]
    return [_to_incident(c, a, i) for i, c in enumerate(cands)]


def _units(a: Analysis) -> list[Sentence]:
    """Sentences, cut again where a long one turns to another act (SOHR writes whole paragraphs as
    one sentence: "..., كذلك كانت قوات أمريكية قامت في الـ 22 من آذار ..., كما كان المرصد نشر ...")."""
    nt = a.nt
    out: list[Sentence] = []
    for s in a.sentences:
        ns, ne = nt.to_norm(s.start), nt.to_norm(s.end)
        cut = s.start
        for m in _TOPIC_SHIFT.finditer(nt.text, ns, ne):
            pos = nt.orig_span(m.end(), m.end() + 1)[0] if m.end() < len(nt.text) else s.end
            if pos - cut > 20:
                out.append(Sentence(cut, pos, s.paragraph))
                cut = pos
        out.append(Sentence(cut, s.end, s.paragraph))
    return out


# --- candidates --------------------------------------------------------------------------------


def _factual(a: Analysis, ev: EventMention, sent_start: int) -> bool:
    nt = a.nt
    s = nt.to_norm(max(sent_start, ev.start - NOT_FACTUAL_WINDOW))
    e = nt.to_norm(ev.start)
    window = nt.text[s:e]
    after = nt.text[nt.to_norm(ev.end):nt.to_norm(ev.end) + NOT_FACTUAL_AFTER_WINDOW]
    return not _NOT_FACTUAL.search(window) and not _NOT_FACTUAL_AFTER.match(after)


def _is_total(a: Analysis, start: int, end: int) -> bool:
    """A toll over a period around [start, end): "منذ بداية العام", "خلال 10 أشهر", or a day after
    "منذ" ("حركة احتجاج، منذ الثلاثاء الماضي، أسفرت عن مقتل 12")."""
    nt = a.nt
    window = nt.text[nt.to_norm(start):nt.to_norm(end)]
    if _TOTALS.search(window) or _PERIOD.search(window):
        return True
    return any(start <= d.start < end and _since(a, d) for d in a.dates)


# Every match of _SIMILAR_ACT holds one of these words as written: a text without any of them (most
# texts) has none, and a substring test says so much quicker than the regex scan.
_SIMILAR_WORDS = tuple({fold(w).split()[0] for w in _W.SIMILAR})


def _similar_matches(text: str) -> list:
    if not any(w in text for w in _SIMILAR_WORDS):
        return []
    return list(_SIMILAR_ACT.finditer(text))


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


def _link_headline(text: str, sent: Sentence) -> bool:
    """A line of a few words around a colon, with no full stop, inside a page ("معارك عفرين: خارطة
    الأعداء والحلفاء المتحركة"): the headline of another article the page links to."""
    line = text[sent.start:sent.end].strip()
    return (":" in line and not line.endswith((".", "!", "؟")) and "\n" not in line
            and len(line.split()) <= LINK_HEADLINE_WORDS and (sent.start == 0 or text[sent.start - 1] == "\n")
            and (sent.end >= len(text) or text[sent.end:sent.end + 1] in ("\n", "")))


def _candidates(a: Analysis, sents, by_sent, locations) -> list[_Candidate]:
    out: list[_Candidate] = []
    sentence_starts = {s.start for s in a.sentences}
    totals: set[int] = set()  # paragraphs that told of a toll over a period
    for si, sent in enumerate(sents):
        evs = [e for e in by_sent["events"].get(si, []) if _factual(a, e, sent.start)]
        if not evs or (sent.paragraph > 0 and _link_headline(a.doc.text, sent)):
            continue
        told = len(evs)
        evs = [e for e in evs if not _is_total(a, max(sent.start, e.start - TOTALS_WINDOW), min(sent.end, e.end + TOTALS_WINDOW))]
        after_total = sent.paragraph in totals
        if len(evs) < told:
            totals.add(sent.paragraph)
        # "القصف التركي المستمر الذي يستهدف ...", "تتواصل الغارات": the campaign and the words that describe it
        # fighting that goes on in a named town today is that town's fight ("تتواصل الاشتباكات في محيط
        # مدينة طفس"); going on across a region it is a campaign
        in_town = any(sent.start <= start < sent.end and loc.geo_precision == 1 and loc.iso3 in ISO_HOME
                      for start, loc in locations.items())
        ongoing = [e.end for e in evs if _ONGOING.match(fold(a.doc.text[e.end:e.end + ONGOING_WINDOW]))
                   or (not in_town and _GOES_ON.search(fold(a.doc.text[max(sent.start, e.start - ONGOING_WINDOW):e.start])))]
        evs = [e for e in evs if not any(0 <= e.start - end <= 2 * ONGOING_WINDOW for end in ongoing)
               and e.end not in ongoing]
        if not evs:
            continue
        # one candidate per kind of act in the sentence; its strongest cue anchors it
        kinds: dict[str, list[EventMention]] = {}
        for e in evs:
            kinds.setdefault(e.sub_event_type, []).append(e)
        for group in kinds.values():
            anchor = max(group, key=lambda e: (e.weight, -e.start))
            out.append(_Candidate(anchor=anchor, sentence=si, paragraph=sent.paragraph, cues=group,
                                  new_clause=sent.start not in sentence_starts, after_total=after_total))
    return out


# --- dates -------------------------------------------------------------------------------------


def _attach_dates(a: Analysis, cands, sents, by_sent) -> None:
    # the days of statements, each judged once (by its start)
    stated = {d.start for si, ds in by_sent["dates"].items() for d in ds if _statement_date(a, d, sents[si].start)}
    lead_date = _lead_date(a, sents, by_sent, stated)
    for c in cands:
        ds = by_sent["dates"].get(c.sentence, [])
        valued = [d for d in ds if d.value is not None and not _since(a, d)]
        own = [d for d in valued if d.start not in stated]
        if own:
            c.date = min(own, key=lambda d: _clause_distance(a.doc.text, d, c.anchor))
            if c.date.relative and _background(a, sents[c.sentence], sents, c.paragraph):
                # "بعد ظهر اليوم" inside a retold earlier report means that report's day
                earlier = _paragraph_date(a, c, sents, by_sent)
                if earlier is not None and not earlier.relative:
                    c.date, c.date_inherited = earlier, True
        elif valued:
            c.date = min(valued, key=lambda d: _clause_distance(a.doc.text, d, c.anchor))
            c.date_inherited = c.date_stated = True
        else:
            c.date = _paragraph_date(a, c, sents, by_sent)
            c.date_inherited = True
            if c.date is None and not _background(a, sents[c.sentence], sents, c.paragraph):
                c.date = lead_date
                c.date_stated = lead_date is not None and lead_date.start in stated
        if c.date is not None and c.date.precision == "day" and _EVE.search(
                fold(a.doc.text[max(sents[c.sentence].start, c.anchor.start - EVE_WINDOW):c.anchor.start])):
            # "غداة إقدام المتظاهرين على اقتحام القنصلية": the act of the day before
            day = c.date.value - dt.timedelta(days=1)
            c.date, c.date_inherited = replace(c.date, value=day, range=(day, day)), True
        # part of day: the date's own, else a bare part-of-day word in the sentence
        if c.date is not None and c.date.time_of_day and not c.date_inherited:
            c.time_of_day = c.date.time_of_day
        else:
            tods = [d for d in ds if d.time_of_day and d.value is None]
            if tods:
                t = min(tods, key=lambda d: _distance(d, c.anchor))
                c.time_of_day, c.tod_span = t.time_of_day, (t.start, t.end)


def _distance(m, ev: EventMention) -> int:
    if m.end <= ev.start:
        return ev.start - m.end
    if m.start >= ev.end:
        return m.start - ev.end
    return 0


def _since(a: Analysis, d: DateMention) -> bool:
    """"منذ 8 كانون الثاني": the start of a period the act falls in, not the act's own day."""
    return bool(_SINCE.search(fold(a.doc.text[max(0, d.start - 12):d.start])))


def _dates_an_act(a: Analysis, d: DateMention) -> bool:
    """False for a day that cannot be the day of an act the report tells of: one after the report
    was published, or one alone on its line at the top or bottom of a page ("السبت 1 آب, 2026": the
    site's header, the page's own date)."""
    pub = a.doc.published
    if pub is not None and d.value is not None and d.value > pub + dt.timedelta(days=1):
        return False
    text = a.doc.text
    line_start = text.rfind("\n", 0, d.start) + 1
    line_end = text.find("\n", d.end)
    rest = text[line_start:d.start] + text[d.end:len(text) if line_end < 0 else line_end]
    return len(_LETTERS.findall(rest)) > 1


def _statement_date(a: Analysis, d: DateMention, sent_start: int) -> bool:
    """"أعلن المرصد السوري الثلاثاء أن ...": a day named in the same clause after a verb of saying,
    with no event cue and no "أن" between them, dates the statement; the act it reports has its own
    day ("أكدت المصادر أن العملية تمت بعد ظهر اليوم" dates the act)."""
    to_norm = a.nt.to_norm
    lo, hi = to_norm(max(sent_start, d.start - STATEMENT_WINDOW)), to_norm(d.start)
    before = a.nt.text[lo:hi].rstrip(" ،,")  # "أعلن الجيش، الثلاثاء، أن": the day between commas
    cut = max(before.rfind(ch) for ch in "،,؛:.")
    if cut >= 0:
        lo, before = lo + cut + 1, before[cut + 1:]
    said = None
    for said in _SPEECH.finditer(before):
        pass
    if said is None or _REPORTED.search(before, said.end()):
        return False
    return not any(lo + said.end() <= to_norm(ev.start) < hi for ev in a.events)


def _clause_distance(text: str, m, ev: EventMention) -> int:
    """Characters between a mention and a cue, plus a penalty for every comma between them: the
    date of an act sits in its clause ("تبنى داعش، الأربعاء، الهجوم الذي أودى الثلاثاء")."""
    lo, hi = (m.end, ev.start) if m.end <= ev.start else (ev.end, m.start)
    between = text[lo:hi] if hi > lo else ""
    return _distance(m, ev) + CLAUSE_PENALTY * sum(between.count(ch) for ch in "،,")


def _paragraph_date(a: Analysis, c: _Candidate, sents, by_sent) -> DateMention | None:
    """The last dated mention earlier in the candidate's paragraph (in a retold earlier report,
    the last absolute one: its "اليوم" is that report's day, not ours)."""
    retold = _background(a, sents[c.sentence], sents, c.paragraph)
    for si in range(c.sentence - 1, -1, -1):
        if sents[si].paragraph != c.paragraph:
            break
        valued = [d for d in by_sent["dates"].get(si, [])
                  if _specific_date(d) and not (retold and d.relative) and not _since(a, d)]
        if valued:
            return valued[-1]
    return None


def _specific_date(d: DateMention) -> bool:
    return d.value is not None and d.precision not in COARSE_PRECISION


def _background(a: Analysis, sent, sents, paragraph: int) -> bool:
    first = next(s for s in sents if s.paragraph == paragraph)
    return bool(_BACKGROUND.search(a.nt.text[a.nt.to_norm(first.start):a.nt.to_norm(first.end)]))


def _lead_date(a: Analysis, sents, by_sent, stated: set[int]) -> DateMention | None:
    """The date of the report's lead: its first dated mention in the first paragraphs (a day of an
    act before the day of a statement), or the publication day when the report dates nothing (news
    tells of today's and yesterday's events; a report out before dawn, of the day before's)."""
    statement_day = None
    for si, s in enumerate(sents):
        if s.paragraph > 2:
            break
        valued = [d for d in by_sent["dates"].get(si, []) if _specific_date(d) and not _since(a, d)]
        own = [d for d in valued if d.start not in stated]
        if own:
            return own[0]
        statement_day = statement_day or (valued[0] if valued else None)
    if statement_day is not None:
        return statement_day
    pub = a.doc.published
    if pub is None:
        return None
    if a.doc.published_hour is not None and a.doc.published_hour < NIGHT_EDITION_HOUR:
        pub -= dt.timedelta(days=1)  # out before dawn: the news of the day before
    span = a.doc.published_evidence or (0, 0)
    return DateMention(span[0], span[1], pub, "day", (pub, pub), None, relative=True)


# --- places ------------------------------------------------------------------------------------


def _resolve_places(a: Analysis, sents, events: list[EventMention]) -> dict[int, Location]:
    """Location of each place mention that an incident may use (keyed by the mention's start),
    resolved with its context. Only the lead and the paragraphs holding an event cue can give an
    incident its place, so the others are not resolved at all (the resolver is the costly part)."""
    from rasd.geo.resolve import resolve_all

    starts = [s.start for s in sents]

    def para(pos: int) -> int:
        return sents[max(0, bisect_right(starts, pos) - 1)].paragraph

    wanted = {0, 1} | {para(e.start) for e in events}
    headlines = [s for s in sents if s.paragraph > 0 and _link_headline(a.doc.text, s)]
    mentions = [p for p in a.places if para(p.start) in wanted
                and not any(h.start <= p.start < h.end for h in headlines)]
    locs = resolve_all(mentions, a.nt, a.gazetteer, outlet=a.doc.outlet, sents=a.sentences)
    d0, d1 = _dateline(a.doc.text)
    # "دبي، الإمارات العربية المتحدة (CNN) –": a newsroom abroad is where the report was filed; a
    # Syrian or Iraqi one ("إدلب – نورث برس") is the region the report covers, and stays
    return {m.start: loc for m, loc in zip(mentions, locs)
            if loc is not None and not (d0 <= m.start < d1 and loc.iso3 not in ISO_HOME)}


def _dateline(text: str) -> tuple[int, int]:
    """The dateline that opens a report ("دبي، الإمارات (CNN) –", "أربيل (كوردستان24)-"), on one of
    its first lines (a byline may come first); (0, 0) when there is none."""
    start = 0
    for _ in range(DATELINE_LINES):
        m = _DATELINE.match(text, start)
        if m is not None and len(m["head"].split()) <= (6 if m["agency"] else 3):
            return start, m.end()
        start = text.find("\n", start) + 1
        if start == 0:
            break
    return 0, 0


def _attach_places(a: Analysis, cands, sents, locations) -> None:
    places = [p for p in a.places if p.start in locations]
    para = {p.start: _para_of(sents, p.start) for p in places}
    extra: list[_Candidate] = []
    for c in cands:
        sent = sents[c.sentence]
        here = [p for p in places if sent.start <= p.start < sent.end and not _destination(a.doc.text, p)]
        if here:
            best = _best_place(a.doc.text, here, c.anchor, locations)
            c.place, c.location = best, locations[best.start]
            for p in _enumeration(a, here, best, locations):
                extra.append(replace(c, cues=list(c.cues), counts=list(c.counts), place=p,
                                     location=locations[p.start]))
            continue
        named_again = _place_anaphor(a.doc.text, sent, places, locations)
        if named_again is not None:
            c.place, c.location = named_again, locations[named_again.start]
            continue
        prev = _paragraph_place(c, sents, places, locations, para)
        if prev is None:
            prev = _lead_place(places, locations, para)
        if prev is None or locations[prev.start].geo_precision == 3:
            # a lead about a whole country: the paragraph before tells where the story is
            prev = _previous_paragraph_place(c, sents, places, locations, para) or prev
        if prev is not None:
            c.place, c.location, c.place_inherited = prev, locations[prev.start], True
    cands.extend(extra)
    cands.sort(key=lambda c: (c.anchor.start, c.place.start if c.place else 0))


def _destination(text: str, p: PlaceMention) -> bool:
    """"تم نقلهم إلى محافظة بغداد", "نقلوا إلى مستشفى في دهوك": a place the wounded were taken to,
    or people fled to."""
    return bool(_DESTINATION.search(fold(text[max(0, p.start - DESTINATION_WINDOW):p.start])))


def _place_anaphor(text: str, sent: Sentence, places, locations) -> PlaceMention | None:
    """"استهدفت المشفى الرئيسي في المدينة", "اشتباكات عند أطراف المدينة": the town named last
    before the sentence is the place of its act (a town or village, never a province)."""
    m = _PLACE_ANAPHOR.search(fold(text[sent.start:sent.end]))
    if m is None:
        return None
    features = _ANAPHOR_FEATURES[m["word"]]
    before = [p for p in places if p.start < sent.start and locations[p.start].geo_precision == 1
              and locations[p.start].iso3 is not None and (p.feature is None or p.feature in features)]
    return before[-1] if before else None


def _specificity(loc: Location) -> int:
    return {1: 0, 2: 1, 3: 2}.get(loc.geo_precision or 3, 2) + (loc.iso3 not in ISO_HOME)


def _best_place(text: str, here: list[PlaceMention], ev: EventMention, locations) -> PlaceMention:
    # most specific first, then the one after the cue ("غارة على بلدة X"), then the nearest in its clause;
    # a place that only situates the one before it ("خان شيخون، جنوبي إدلب") does not compete, and the
    # outskirts of a town ("ضواحي مدينة خان شيخون") or a facility in it are as good as the town
    own = [p for i, p in enumerate(here) if not (i and _situates(text, here[i - 1], p, locations))] or here
    return min(own, key=lambda p: (_specificity(locations[p.start]) - _as_good_as_its_town(p, locations[p.start]),
                                   p.start < ev.start, _clause_distance(text, p, ev)))


def _as_good_as_its_town(p: PlaceMention, loc: Location) -> bool:
    """The outskirts of a town, or a facility in it the gazetteer lacks ("مطار البصرة الدولي")."""
    return p.feature == "outskirts" or _unlisted_facility(p, loc)


def _unlisted_facility(p: PlaceMention | None, loc: Location | None) -> bool:
    """A facility the gazetteer lacks, placed at the town it is in."""
    return p is not None and p.feature in FACILITY_FEATURES and loc is not None and "unresolved" in (loc.why or {})


def _situates(text: str, prev: PlaceMention, p: PlaceMention, locations) -> bool:
    """*p* follows *prev* and tells where *prev* is: after a comma with a direction or a countryside
    word ("مدينة خان شيخون، جنوبي إدلب", "قرية الكبر بريف دير الزور"), or right after it with "بـ" /
    "في" and in the same province ("شمال سرمدا بإدلب", "بلدة كفرنبل في إدلب")."""
    gap = text[prev.end:p.start]
    if _ENUM_GAP_COMMA.match(gap) and _SITUATING.match(fold(text[p.start:p.name_start])):
        return True
    if _DISTANCE_GAP.match(fold(gap)):
        return True  # "مخارج سامراء، على بعد نحو مئة كيلومتر من بغداد"
    return bool(_IN_PROVINCE.match(fold(gap + text[p.start:p.name_start]))) and \
        locations[p.start].admin1 is not None and locations[p.start].admin1 == locations[prev.start].admin1


def _enumeration(a: Analysis, here, best, locations) -> list[PlaceMention]:
    """Places listed with *best* ("بلدات A وB وC"), each of its own rank: three incidents."""
    text = a.doc.text
    rank = locations[best.start].geo_precision
    if rank != 1:
        return []  # "محافظتي الرقة ودير الزور" is one area, not two incidents
    seq = sorted(here, key=lambda p: p.start)
    i = seq.index(best)
    out = []
    for direction in (1, -1):
        j, prev = i + direction, best
        while 0 <= j < len(seq):
            p = seq[j]
            left, right = (prev, p) if direction == 1 else (p, prev)
            if not _ENUM_GAP.match(fold(text[left.end:right.start])):
                break
            if locations[p.start].geo_precision != rank or (p.context and best.context and p.context != best.context):
                break
            out.append(p)
            prev, j = p, j + direction
    first = min([best, *out], key=lambda p: p.start)
    if _BETWEEN.search(fold(text[max(0, first.start - 20):first.start])):
        return []  # "بين قريتي الكبر والجزرة" is one place between two villages
    return out


def _paragraph_place(c, sents, places, locations, para) -> PlaceMention | None:
    best = None
    for p in places:
        si_start = sents[c.sentence].start
        if p.start >= si_start:
            break
        if para[p.start] == c.paragraph and \
                (best is None or _specificity(locations[p.start]) <= _specificity(locations[best.start])):
            best = p
    return best


def _previous_paragraph_place(c, sents, places, locations, para) -> PlaceMention | None:
    """The most specific place of the paragraph just before the candidate's ("وأدى القصف إلى ..."
    goes on about the place the paragraph before it named)."""
    before = [p for p in places if p.start < sents[c.sentence].start and para[p.start] == c.paragraph - 1]
    return min(before, key=lambda p: (_specificity(locations[p.start]), -p.start), default=None)


def _para_of(sents, pos: int) -> int:
    for s in sents:
        if s.start <= pos < s.end + 1:
            return s.paragraph
    return -1


def _lead_place(places, locations, para) -> PlaceMention | None:
    """The most specific place of the report's first two paragraphs (title included)."""
    lead = [p for p in places if para[p.start] in (0, 1)]
    if not lead:
        return None
    return min(lead, key=lambda p: (_specificity(locations[p.start]), p.start))


# --- actors ------------------------------------------------------------------------------------


def _attach_actors(a: Analysis, cands, sents, by_sent) -> None:
    from rasd.recognize.events import assign_roles

    last_actor1: dict[int, ActorMention] = {}
    for c in sorted(cands, key=lambda c: c.anchor.start):
        sent = sents[c.sentence]
        acts = by_sent["actors"].get(c.sentence, [])
        a1, a2 = assign_roles(a.nt, (sent.start, sent.end), c.anchor, acts)
        a1 = _in_cue(c, acts) or a1
        if a2 is not None and a1 is not None and a2.actor_id == a1.actor_id:
            a2 = None
        a1 = _air_power(c, a1, acts)
        if a1 is not None and a1.actor_id in UNARMED and c.anchor.event_type == "Explosions/Remote violence":
            a1 = None  # "القذائف التي تأتي في وقت تشهد فيه البصرة حركة احتجاج": no protester fired them
        c.actor1_own = a1 is not None
        if a1 is None and _can_do(last_actor1.get(c.paragraph), c):
            a1 = last_actor1.get(c.paragraph)
        c.actor1, c.actor2 = a1, a2
        if a1 is not None:
            last_actor1[c.paragraph] = a1
        _refine(a, c, by_sent["events"].get(c.sentence, []))
    # a report that names its perpetrator once ("قصف للنظام ..." in the title) means it throughout
    named = Counter(c.actor1.actor_id for c in cands if c.actor1 is not None and c.actor1_own)
    if named:
        top = named.most_common(1)[0][0]
        fallback = next(c.actor1 for c in cands if c.actor1 is not None and c.actor1.actor_id == top)
        for c in cands:
            if c.actor1 is None and (c.actor2 is None or c.actor2.actor_id != top) and _can_do(fallback, c):
                c.actor1 = fallback


def _can_do(m: ActorMention | None, c: _Candidate) -> bool:
    """Whether an actor borrowed from elsewhere in the report may have done *c*'s act: protesters
    and civilians riot and protest, they fire no shells; and a mine left behind is nobody's the
    report named for something else."""
    if m is None or any("landmine" in e.tags for e in (c.anchor, *c.cues)):
        return False
    return m.actor_id not in UNARMED or c.anchor.event_type in ("Protests", "Riots")


def _in_cue(c: _Candidate, acts: list[ActorMention]) -> ActorMention | None:
    """An actor written into the cue itself ("غارة تركية", "القصف الروسي", "مسيرة تابعة للنظام")
    is its perpetrator, whatever else the sentence names."""
    for cue in [c.anchor, *c.cues]:
        for m in acts:
            if m.actor_id != "civilians" and cue.start <= m.start < cue.end:
                return m
    return None


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


def _refine(a: Analysis, c: _Candidate, unit_events: list[EventMention]) -> None:

    from rasd.recognize.events import refine

    # An airdrop or raid is a battle only when its own unit reports an exchange of fire; the
    # recognizer judged by the whole sentence, which in SOHR's style can hold three operations.
    clash = any(e.event_type == "Battles" and not set(e.tags) & OPERATION_TAGS for e in unit_events)
    anchor = c.anchor
    if set(anchor.tags) & OPERATION_TAGS and anchor.sub_event_type in ("Armed clash", "Other"):
        kind = ("Battles", "Armed clash") if clash else ("Strategic developments", "Other")
        anchor = replace(anchor, event_type=kind[0], sub_event_type=kind[1])
    ev = refine(anchor, c.actor1.actor_id if c.actor1 else None, a.nt, c.cues,
                actor2_id=c.actor2.actor_id if c.actor2 else None, clash=clash)
    c.anchor = ev


# --- counts ------------------------------------------------------------------------------------


def _attach_counts(a: Analysis, cands, sents, by_sent) -> None:
    by_sentence: dict[int, list[_Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for si, counts in by_sent["counts"].items():
        owners = by_sentence.get(si)
        if not owners and by_sent["events"].get(si):
            continue  # the figures of an act set aside (a tally, a threat) belong to no other act
        if not owners:
            # "وأسفر ذلك عن مقتل 5": the latest incident earlier in the same paragraph, or in the
            # paragraph before when this one goes on with what the source said ("وأضاف المصدر: إن
            # العدوان أسفر عن استشهاد مدنيين اثنين")
            para = sents[si].paragraph
            if goes_on_saying(fold(a.doc.text[sents[si].start:sents[si].end])) and \
                    not any(c.paragraph == para and c.sentence < si for c in cands):
                para -= 1
            earlier = [c for c in cands if c.paragraph == para and c.sentence < si]
            if not earlier:
                continue
            owners = [max(earlier, key=lambda c: c.anchor.start)]
        kept = {(e.start, e.end) for c in owners for e in (c.anchor, *c.cues)}
        sent = sents[si]
        aside = [e for e in by_sent["events"].get(si, []) if (e.start, e.end) not in kept and (
            not _factual(a, e, sent.start) or _is_total(a, max(sent.start, e.start - TOTALS_WINDOW),
                                                        min(sent.end, e.end + TOTALS_WINDOW)))]
        for m in counts:
            if _aside_of_another_year(a.doc.text, m, sent):
                continue
            owner = min(owners, key=lambda c: _clause_distance(a.doc.text, m, c.anchor))
            if aside and min(_clause_distance(a.doc.text, m, e) for e in aside) < \
                    min(_clause_distance(a.doc.text, m, e) for e in (owner.anchor, *owner.cues)):
                continue  # the toll of a tally or a threat beside the act ("القذائف التي تأتي في وقت
                # تشهد فيه البصرة حركة احتجاج، منذ الثلاثاء الماضي، أسفرت عن مقتل 12")
            owner.counts.append(m)


def goes_on_saying(folded: str) -> bool:
    """Whether a (folded) paragraph goes on with what the source of the one before said."""
    return bool(_GOES_ON_SAYING.match(folded))


def _aside_of_another_year(text: str, m: CountMention, sent: Sentence) -> bool:
    """A figure in brackets that name a year is another event's, recalled in passing ("منفذي هجمات
    باريس (2015، التي راح ضحيتها 130 شخصاً)")."""
    open_at = text.rfind("(", sent.start, m.start)
    if open_at < 0 or text.rfind(")", open_at, m.start) >= 0:
        return False
    close_at = text.find(")", m.end, sent.end + 1)
    return close_at >= 0 and bool(_YEAR.search(text, open_at, close_at))


def _join_lists(text: str, counts: list[CountMention]) -> list[CountMention]:
    """Add up the parts of one list ("اقتادوا خبير متفجرات ... بالإضافة لثلاث عناصر ... ورجل مدني",
    "ارتقاء X برفقة 3 أشخاص"): mentions of one outcome, close together, the gap before each part
    ending with its conjunction."""
    out: list[CountMention] = []
    for m in sorted(counts, key=lambda m: m.start):
        prev = out[-1] if out else None
        if prev is not None and prev.category == m.category \
                and 0 <= m.start - prev.end <= LIST_GAP and _LIST_JOIN.search(fold(text[prev.end:m.start])) \
                and prev.best is not None and m.best is not None \
                and fold(text[prev.start:prev.end]) != fold(text[m.start:m.end]):  # a title restated is not a list
            civilian = prev.civilian if prev.civilian == m.civilian else None
            out[-1] = CountMention(prev.start, m.end, m.category, _plus(prev.low, m.low), prev.best + m.best,
                                   _plus(prev.high, m.high), civilian)
        elif m not in out:
            out.append(m)
    return out


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
    if _MILITANTS.search(fold(a.doc.text[m.start:m.end])):
        return "militants"
    return None


def _plus(x: int | None, y: int | None) -> int | None:
    return None if x is None or y is None else x + y


def _casualties(counts: list[CountMention]) -> tuple[dict[str, CountValue], dict[str, CountMention]]:
    """Combine the count mentions of one incident. The same figure restated is counted once (the
    highest), civilians and fighters named apart are added up."""
    out: dict[str, CountValue] = {}
    ev: dict[str, CountMention] = {}
    for cat in ("killed", "injured", "captured"):
        ms = [m for m in counts if m.category == cat]
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


# --- merging and filtering ---------------------------------------------------------------------


def _actors_clash(x: _Candidate, y: _Candidate) -> bool:
    """Both name their own perpetrator, and not the same one (a borrowed actor never blocks). In a
    battle either side may be told first: the same two sides are the same fight."""
    if not (x.actor1 and y.actor1 and x.actor1_own and y.actor1_own) or x.actor1.actor_id == y.actor1.actor_id:
        return False
    if x.anchor.event_type == "Battles" and y.anchor.event_type == "Battles":
        sides_x = {x.actor1.actor_id, x.actor2.actor_id if x.actor2 else None}
        sides_y = {y.actor1.actor_id, y.actor2.actor_id if y.actor2 else None}
        if x.actor1.actor_id in sides_y or y.actor1.actor_id in sides_x:
            return False
    return True


def _kinds_agree(x: _Candidate, y: _Candidate) -> bool:
    """Same kind of act, or the same operation told as a raid in one place and a fight in another."""
    if x.sub_event_type == y.sub_event_type:
        return True
    ops = {"Other", "Armed clash"}
    return x.sub_event_type in ops and y.sub_event_type in ops and bool(set(x.anchor.tags) & set(y.anchor.tags))


def _dates_agree(x: _Candidate, y: _Candidate) -> bool:
    """Same day, or one of them undated; a month or a year ("الشهر الماضي") agrees with nothing:
    it names a period, and folding an act into it would lose the act."""
    if _coarse(x) or _coarse(y):
        return False
    if x.date is None or y.date is None or x.date.value is None or y.date.value is None:
        return True
    if x.date_stated != y.date_stated:  # told of on the day of the statement or before it
        stated, other = (x, y) if x.date_stated else (y, x)
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
    # a vague (countryside, governorate, inherited) undated mention of the act folds into the specific one
    lx, ly = x.location, y.location
    if lx is None or ly is None:
        return kx is None or ky is None
    coarse, fine = (x, y) if _specificity(lx) > _specificity(ly) else (y, x)
    return _vague(coarse) and coarse.location.admin1 == fine.location.admin1 and \
        (coarse.date is None or coarse.date_inherited or fine.date is None or fine.date_inherited)


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
    one act, unless each names its own perpetrator or its own place."""
    if x.sentence != y.sentence or abs(x.anchor.start - y.anchor.start) > CLAUSE_CHARS:
        return False
    if _actors_clash(x, y) or not _dates_agree(x, y):
        return False  # "... القذائف، غداة إقدام المتظاهرين على اقتحام القنصلية": two acts, two days
    return x.place_key() == y.place_key() or x.place_key() is None or y.place_key() is None


def _anaphor(x: _Candidate, y: _Candidate, a: Analysis) -> bool:
    """*y* names again, with the article and no day of its own, the act *x* told of earlier in the
    paragraph ("نفذت قوات ... عملية إنزال ...، وجرى خلال عملية الإنزال تبادل لإطلاق النار"), or
    anywhere before after a demonstrative ("ولم يعرف مصدر هذه القذائف")."""
    if y.anchor.start <= x.anchor.start:
        return False
    before = fold(a.doc.text[max(0, y.anchor.start - DEMONSTRATIVE_WINDOW):y.anchor.start])
    if y.paragraph != x.paragraph and not _DEMONSTRATIVE.search(before):
        return False
    if not y.date_inherited and not (x.date and y.date and x.date.value == y.date.value):
        return False
    if not (set(x.anchor.tags) & set(y.anchor.tags) or x.sub_event_type == y.sub_event_type):
        return False
    if _actors_clash(x, y):
        return False
    cue = fold(a.doc.text[y.anchor.start:y.anchor.end])
    return bool(_DEFINITE.search(cue))


def _subsumed(weak: _Candidate, strong: _Candidate) -> bool:
    """A weak cue ("القنابل", "طائرات مروحية") at the same place and day as a strong one is a
    detail of the strong one's act, not an act of its own."""
    if not (weak.place_inherited or weak.place_key() == strong.place_key()) or not _dates_agree(weak, strong):
        return False
    return _tier(weak) < _tier(strong) and not _actors_clash(weak, strong)


def _fold_into(cands: list[_Candidate], pair, retype: bool, latest_first: bool = False,
               retold: bool = False) -> list[_Candidate]:
    out: list[_Candidate] = []
    for c in cands:
        for o in (reversed(out) if latest_first else out):
            if pair(o, c):
                _absorb(o, c, retype=retype, retold=retold)
                break
        else:
            out.append(c)
    return out


def _merge(cands: list[_Candidate], a: Analysis) -> list[_Candidate]:
    cands = _fold_into(cands, _one_act, retype=True)
    # "عملية الإنزال" names again the nearest operation told before it, not the first one
    cands = _fold_into(cands, lambda x, y: _anaphor(x, y, a), retype=False, latest_first=True, retold=True)
    cands = _fold_into(cands, lambda x, y: _subsumed(y, x), retype=False)
    # a weak cue before its strong one: fold it forward
    cands = list(reversed(_fold_into(list(reversed(cands)), lambda x, y: _subsumed(y, x), retype=False)))
    return _fold_into(cands, _same, retype=False)


def _absorb(o: _Candidate, c: _Candidate, retype: bool = False, retold: bool = False) -> None:
    """Fold *c* into *o*. *retold*: *c* names *o*'s act again ("هذا الانفجار"), which makes it no
    surer that the act happened (its cue adds nothing to *o*'s strength)."""
    if (o.date is None or o.date_inherited) and c.date is not None and not c.date_inherited and not _coarse(c):
        o.date, o.date_inherited, o.date_stated = c.date, False, False
    if c.location is not None and (o.location is None or _specificity(c.location) < _specificity(o.location)) \
            and not _part_of(o, c.location):
        o.place, o.location, o.place_inherited = c.place, c.location, c.place_inherited
    o.time_of_day = o.time_of_day or c.time_of_day
    o.tod_span = o.tod_span or c.tod_span
    # a perpetrator named with the act beats one borrowed from its paragraph, unless it comes from a
    # weaker cue folded in as a detail ("... تستهدف" beside the strike)
    # (the party to a deal or an arrest folded in as a detail did not plant the bomb)
    strategic = c.anchor.event_type == "Strategic developments" != o.anchor.event_type
    if c.actor1 is not None and not strategic and (
            o.actor1 is None
            or (c.actor1_own and not o.actor1_own and _tier(c) >= _tier(o))):
        o.actor1, o.actor1_own = c.actor1, c.actor1_own
    o.actor2 = o.actor2 or c.actor2
    o.counts.extend(m for m in c.counts if m not in o.counts)
    if not retold:
        o.cues.extend(c.cues)
    if retype:
        from rasd.recognize.events import primary

        o.anchor = primary([o.anchor, c.anchor]) or o.anchor
    elif o.sub_event_type == "Other" and c.sub_event_type == "Armed clash" and set(o.anchor.tags) & set(c.anchor.tags):
        o.anchor = c.anchor  # the raid told of before turned out to have an exchange of fire


def _part_of(c: _Candidate, town: Location) -> bool:
    """*c* is placed at a facility the gazetteer lacks, in *town* ("مطار البصرة الدولي" at البصرة):
    as specific as the town and more."""
    return _unlisted_facility(c.place, c.location) and c.location.gazetteer_id is not None and \
        c.location.gazetteer_id == town.gazetteer_id


def _strength(c: _Candidate) -> float:
    """How strongly the cues of a candidate together say an act happened: its strongest cue, a
    little more for each other distinct cue word (a repeated weak word is still a weak word)."""
    cues = {(e.start, e.end): e for e in [c.anchor, *c.cues]}.values()
    best = max(e.weight for e in cues)
    return min(1.0, best + CUE_BONUS * min(2, len(cues) - 1))


def _tier(c: _Candidate) -> int:
    w = _strength(c)
    return 2 if w >= STRONG_CUE else 1 if w >= MIDDLING_CUE else 0


def _deadly_operation(c: _Candidate) -> None:
    """A raid or airdrop that killed people was a fight, not a mere operation (ANNOTATION: a raid
    with an exchange of fire is Battles/Armed clash)."""

    if set(c.anchor.tags) & OPERATION_TAGS and c.sub_event_type == "Other" and \
            any(m.category == "killed" for m in c.counts):
        c.anchor = replace(c.anchor, event_type="Battles", sub_event_type="Armed clash")


def _keep(c: _Candidate, a: Analysis, lead_countries: set[str]) -> bool:
    """An incident needs a place, a day, and a cue backed by clues of its own sentence; abroad,
    only when the report is mainly about it."""
    if c.location is None:
        return False
    if c.date is not None and c.date.precision in COARSE_PRECISION:
        return False
    if c.location.geo_precision == 3 and not c.location.admin1 and "unresolved" not in (c.location.why or {}):
        return False  # "في سوريا": a whole country is the setting of a story, not a place of one act
    own_place = c.place is not None and not c.place_inherited
    own_day = c.date is not None and not c.date_inherited
    if c.sub_event_type in NEEDS_OWN_DAY and not (own_place and own_day):
        return False
    if c.after_total and c.counts and not (own_day and not c.date_stated):
        return False  # "قتلت الغارات 3042 خلال 10 أشهر ... ولفت إلى مقتل 2927 من التنظيم": a share of the toll
    counted = bool(c.counts)
    named = c.actor1 is not None and c.actor1_own
    w = _strength(c)
    if w >= STRONG_CUE:
        # a strong cue opening its own clause ("، فيما استهدفت الطائرات المستودع") is a further act
        # in the setting its paragraph gave; one with no clue at all is a mere mention
        if not (own_place or own_day or counted or c.new_clause):
            return False
    elif w >= MIDDLING_CUE:
        if not (own_place and (own_day or counted or named)):
            return False
    elif not (own_place and own_day and counted):
        return False  # a bare "هجوم" is an incident only with its own place, day and toll
    if c.location.iso3 not in ISO_HOME:
        # abroad, only where the report is about: a place its lead names, or the country of one
        return c.place is not None and (c.place.start < _lead_end(a) or c.location.iso3 in lead_countries)
    return True


def _lead_end(a: Analysis) -> int:
    return a.sentences[min(2, len(a.sentences) - 1)].end


def _lead_countries(a: Analysis, locations: dict[int, Location]) -> set[str]:
    """The countries of the places named in the report's lead, when none of them is at home."""
    end = _lead_end(a)
    countries = {loc.iso3 for start, loc in locations.items() if start < end}
    return set() if countries & ISO_HOME else countries


# --- output ------------------------------------------------------------------------------------


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
    add("actor1", c.actor1)
    add("actor2", c.actor2)
    counts = _join_lists(text, c.counts)
    if c.anchor.event_type == "Battles":
        counts = _join_sides(a, counts)
    casualties, count_ev = _casualties(counts)
    for k in CASUALTY_KINDS:
        add(f"casualties.{k}", count_ev.get(k))
    actor1 = _actor(c.actor1)
    actor2 = _actor(c.actor2)
    if actor2 is not None and actor1 is not None and actor2.id == actor1.id:
        actor2 = None  # one side named twice is no target: the other side is not known
    if actor2 is None and casualties.get("civilians_killed") is not None:
        from rasd.recognize.actors import actor

        actor2 = actor("civilians")
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
    incident = Incident(
        id=inc_id,
        doc_ids=(doc.id,),
        event_date=ev_date,
        date_precision=precision,
        date_range=date_range,
        time_of_day=c.time_of_day,
        event_type=c.anchor.event_type,
        sub_event_type=c.anchor.sub_event_type,
        tags=tuple(dict.fromkeys(t for cue in [c.anchor, *c.cues] for t in cue.tags)),
        actor1=actor1,
        actor2=actor2,
        location=loc,
        casualties=casualties,
        evidence=tuple(sorted(evidence, key=lambda e: e.start)),
        confidence=_confidence(c),
    )
    from rasd.notes import note

    return replace(incident, notes=note(incident))


def _actor(m: ActorMention | None) -> Actor | None:
    return Actor(m.actor_id, m.name, m.name_ar) if m is not None else None


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
