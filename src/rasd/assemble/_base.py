"""What every stage of assembly shares: the named constants and tuned thresholds (calibrated on the
dev sets), the compiled patterns of the context words, the `_Candidate` being put together, and the
distance between a mention and a cue."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from rasd.lang.ar import casualty_words, context_words, dates_words, page_words
from rasd.model import ActorMention, CountMention, DateMention, EventMention, Location, PlaceMention
from rasd.recognize.actors import trie_pattern
from rasd.recognize.events import response_clause
from rasd.text.normalize import fold
from rasd.text.patterns import words_pattern

if TYPE_CHECKING:
    from rasd.pipeline import Analysis
    from rasd.text.segment import Sentence

# How far (original characters) before a cue a not-factual word ("تهدد بشن") still governs it.
NOT_FACTUAL_WINDOW = 40
NOT_FACTUAL_AFTER_WINDOW = 30
# A not-factual word that opens a clause with "أن" governs the whole clause, however long its subject
# ("ومن المتوقع أن يشن النظام السوري، مدعوما بغطاء جوي روسي، معارك"): this far before the cue.
NOT_FACTUAL_CLAUSE_WINDOW = 90
ISO_HOME = {"SYR", "IRQ"}
# Dates this coarse name a period ("في 2012", "العام الماضي"), not the day of one act: a cue dated
# only by them is a reference to a campaign or a tally, not an incident.
COARSE_PRECISION = {"month", "year"}
# Cue weights (see lang/ar/event_cues.tsv): a strong cue ("غارة جوية", "مقتل") needs one more clue
# of its own sentence (a place, a day, a count) to make an incident; a middling one ("هجوم",
# "استهداف") needs its own place and a day or a count. Calibrated on the dev sets.
STRONG_CUE = 0.8
MIDDLING_CUE = 0.5
# A document shorter than this is a post or a flash (a tweet, a Facebook post, a short wire item),
# news of the day it went out. 536 of the 653 saved pages of eval/dev_airwars are shorter, and half
# the news items of eval/dev (whose scores this rule leaves unchanged).
SHORT_POST_CHARS = 1500
CUE_BONUS = 0.1
# Actors with aircraft of their own (an air strike or an airdrop is theirs when one is named).
AIR_FORCES = {"coalition", "us", "russia", "turkey", "israel", "regime", "iraq", "iran", "saudi_coalition"}
# Cue tags of operations (an airdrop, a raid) whose kind depends on whether shots were exchanged.
OPERATION_TAGS = {"airdrop", "raid"}
# Actors that never take up arms: borrowed only for protests and riots.
UNARMED = {"protesters", "civilians"}
# States whose forces fight at home only: one is not borrowed for an act in the other country (a
# report on Syria and Iraq, "ويشن الجيش السوري ... وفي العراق، قتل 21 شخصا في تفجير سيارة مفخخة").
HOME_FORCES = {"regime": "SYR", "iraq": "IRQ"}
# The force used on protesters: they are its target, never its perpetrator (roles, borrowing, merging).
EXCESSIVE_FORCE = "Excessive force against protesters"
# Kinds that background paragraphs mention in passing ("منذ سيطرته على الموصل", "اتفاق التسوية"):
# coded only when their own sentence names the place and the day.
NEEDS_OWN_DAY = {"Government regains territory", "Non-state actor overtakes territory",
                 "Non-violent transfer of territory", "Agreement", "Headquarters or base established",
                 "Change to group/activity"}
# How far (characters) before a cue a word of comparison ("على غرار ما حدث في حلب") still governs it.
COMPARISON_WINDOW = 60
# A tally word ("منذ بداية", "خلال الشهر") this close to a cue makes it a period's total.
TOTALS_WINDOW = 40
# How far back (characters) a cue's clause may tell of deaths over a period that it goes on to place.
TALLY_CLAUSE_WINDOW = 100
# A cue counted by a number this large ("ما لا يقل عن 12053 غارة", "ألقت 14297 برميلا") is a tally
# of months of acts: a day's report counts its strikes and shells in tens or hundreds ("أكثر من 300
# قذيفة سقطت على بلدتي الفوعة وكفريا"). Numbers that could be years (a dateline's "20 آب 2021"
# before a headline) are no count.
MANY_ACTS = 1000
# in a list's item that opens with a period ("– الشهر الرابع، 11 استهداف"), acts counted by two or more
PERIOD_ACTS = 2
# An "ongoing" word this close after a cue ("القصف التركي المستمر") makes it a campaign.
ONGOING_WINDOW = 30
# The dead of two clauses of one sentence are added up only when told this close (characters).
CLAUSE_GAP = 250
# The dead of two sides of one battle are added up only when told this close (characters).
SIDES_GAP = 400
# Parts of a list of victims stand this close (characters) to each other.
LIST_GAP = 80
# A line of at most this many words around a colon is a linked article's headline.
LINK_HEADLINE_WORDS = 10
CUT_HEADLINE_WORDS = 30  # a line cut short with "…" this long or shorter is a linked headline
# How far (characters) before a cue "غداة" may stand.
EVE_WINDOW = 60
# How far (characters) before a cue its demonstrative ("هذه القذائف") may stand.
DEMONSTRATIVE_WINDOW = 12
# How far (characters) before a place a verb of taking or fleeing makes it a destination.
DESTINATION_WINDOW = 70
# A place this close (characters) after a verb of saying and before the colon and quote mark that
# open what was said is in the words naming the speaker ("وقال فلان، مسؤول ... في الموصل، لـ«الشرق
# الأوسط»: «...»").
SPEAKER_REACH = 120
QUOTE_REACH = 60
# How far (characters) before a count a result phrase ("ما أدى إلى") may open it.
RESULT_REACH = 20
# How much (characters) of a paragraph's start may hold its "وأضاف" / "وتابع" (with a leading mark).
GOES_ON_SAYING_REACH = 20
RESULT_SUBJECT_REACH = 12  # "وأسفرت " before a cue
# A report that came out before this hour (local time) tells of the day before when it dates nothing
NIGHT_EDITION_HOUR = 6
EVENING_HOUR = 21  # a report out before it has seen no night of its own day yet (night falls at nine)
# How far (characters) before a day a verb of saying makes it the day of a statement.
STATEMENT_WINDOW = 70
# An act dated only by a statement about it happened that day or at most this many days before.
STATED_LAG_DAYS = 7
# A lead's date this many days or more before the publication day is history: it dates its own
# paragraph's acts only
HISTORY_DAYS = 365
# On a page of the day in history ("فيما يلي تسلسل لأبرز الأحداث التي حدثت في مثل هذا اليوم"), an act
# dated this many years or more before the publication year is one of its items, not news.
HISTORY_YEARS = 20
# A headline whose parts are joined by ".." ("برصاص القوات التركية.. إصابة 4 أشخاص في الدرباسية") is at
# most this many characters long.
HEADLINE_CHARS = 160
# A dateline may stand on any of a report's first lines (after a byline).
DATELINE_LINES = 3
# How much farther (characters) a date counts for each comma between it and its cue.
CLAUSE_PENALTY = 60
# Cues this close (characters) in one sentence are taken for one act.
CLAUSE_CHARS = 80
# An act of one kind at one place told twice with the same toll of at least this many dead, its
# days a day apart, is one act: a source quoted later tells its day from the day it spoke
# ("قتل أكثر من 33 ... أول من أمس" and, in the official's words, "أمس ... مقتل أكثر من 33").
SAME_TOLL_MIN = 10
SAME_TOLL_DAYS = 1


@dataclass(frozen=True)
class _Guarded:
    """A pattern that cannot match without one of its *words* in the text, behind a quick test
    for them: ``search``, ``match`` and ``finditer`` answer as the pattern's do.

    These patterns run on short windows around every cue, and most windows hold none of the
    words: a plain `re` trie of one word of each phrase (its longest, as a bare substring) says
    so several times quicker than the `regex` pattern can, with its word boundaries."""

    pattern: regex.Pattern
    guard: re.Pattern
    keys: frozenset[str] = frozenset()  # the guard's literals (see _either)
    # The fewest keys that every key holds one of (a key that holds another is found with it), when
    # they are few enough (GUARD_WORDS_MAX) that as many substring tests cost less than the trie's
    # scan; None otherwise. (Set from *keys*.)
    words: tuple[str, ...] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        words = tuple(sorted(w for w in self.keys if not any(o != w and o in w for o in self.keys)))
        if words and len(words) <= GUARD_WORDS_MAX:
            object.__setattr__(self, "words", words)

    @classmethod
    def of(cls, pattern: regex.Pattern, words: tuple[str, ...]) -> _Guarded:
        keys = frozenset(max(fold(w).split(), key=len) for w in words)
        return cls(pattern, re.compile(trie_pattern(keys, " ")), keys)

    @classmethod
    def of_literals(cls, pattern: regex.Pattern, phrases: tuple[str, ...]) -> _Guarded:
        """For a pattern every match of which holds one of *phrases* as written (folded, words one
        space apart): the whole phrases are the guard. A single word of each lets through every
        window with a common one ("على" of "على مدى", "خلال" of "خلال شهر"), two in five of them."""
        keys = frozenset(fold(w) for w in phrases)
        return cls(pattern, re.compile(trie_pattern(keys, " ")), keys)

    def holds(self, text: str) -> bool:
        """Whether *text* holds one of the keys: whether the pattern may match in it."""
        if self.words is None:
            return self.guard.search(text) is not None
        for w in self.words:
            if w in text:
                return True
        return False

    def search(self, text: str) -> regex.Match | None:
        return self.pattern.search(text) if self.holds(text) else None

    def match(self, text: str) -> regex.Match | None:
        return self.pattern.match(text) if self.holds(text) else None

    def finditer(self, text: str) -> Iterator[regex.Match]:
        return self.pattern.finditer(text) if self.holds(text) else iter(())


# A guard of at most this many words (_Guarded.words) tests them one by one as substrings rather
# than scanning its trie: `re` spends about a hundred instructions a character on a trie of Arabic
# words, a substring test a few. (Callgrind, windows of ANT texts: at 12 characters the trie wins
# from six words on, at 40 characters from twenty, at 90 it is still slower with twenty-two. Over the
# assembler's work on every 10th ANT report, limits of 6, 10, 16 and 25 words: 1,615M, 1,603M, 1,601M
# and 1,599M instructions; the guards left to their tries have 60 words or more.)
GUARD_WORDS_MAX = 25


def _either(*guarded: _Guarded) -> re.Pattern:
    """One guard for several patterns asked about one window, or about windows inside it: a window
    where it finds none of their literals holds no match of any (one scan where each would make its
    own; most windows hold none). The literals make one trie, as a guard's do (a plain alternation
    of tries would cost `re` its quick skip to the characters a match can start with)."""
    if not all(g.keys for g in guarded):
        raise ValueError("every pattern an _either guard stands for needs literals of its own")
    keys = frozenset().union(*(g.keys for g in guarded))
    return re.compile(trie_pattern(keys, " "))


def _alternation(words: tuple[str, ...]) -> _Guarded:
    alts = sorted({regex.escape(fold(w)) for w in words}, key=len, reverse=True)
    return _Guarded.of_literals(regex.compile(r"(?<!\w)(?:و|ف)?(?:" + "|".join(alts) + r")(?!\w)"), words)


_NOT_FACTUAL = _alternation(context_words.NOT_FACTUAL)
_TOTALS = _alternation(context_words.TOTALS)
_RAISING = _alternation(casualty_words.RAISING)
# the toll of a campaign or a period (TOTALS' "حصيلة ..." phrases) before the cue in its clause, no clause
# break between: "وارتفعت بذلك حصيلة قتلى العملية العسكرية في محافظة درعا إلى 162 مدنيا غالبيتهم في قصف"
_CAMPAIGN_TOLL_WORDS = tuple(w for w in context_words.TOTALS if "حصيلة" in w)
_CAMPAIGN_TOLL_CLAUSE = _Guarded.of_literals(regex.compile(
    r"(?<!\w)(?:و|ف)?(?:" + words_pattern(_CAMPAIGN_TOLL_WORDS) + r")(?!\w)[^،,.؛:]*$"), _CAMPAIGN_TOLL_WORDS)
# a comparison with an earlier act ("على غرار ما حدث في حلب"), up to the cue with no comma between
_COMPARISON = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف)?(?:" + words_pattern(context_words.COMPARISON)
                                        + r")(?!\w)[^،,]*$"), context_words.COMPARISON)
# a verb of reminding with what reminds ("ويذكّر ما يحصل ... بمعركة حلب"), not after "لم"
_REMINDS = _Guarded.of(regex.compile(r"(?<!\w)(?<!لم\s)(?:و|ف)?(?:" + words_pattern(context_words.REMINDS)
                                     + r")\s+(?:" + words_pattern(context_words.REMINDS_WHAT) + r")\s"),
                       context_words.REMINDS)
# a negation right before a cue, maybe with "أن" or a noun of happening between (context_words.NEGATIONS_BEFORE,
# HAPPENING_NOUNS: "عدم وقوع اشتباكات"), anchored at the cue
_NEGATED = regex.compile(r"(?<!\w)(?:و|ف)?(?:" + words_pattern(context_words.NEGATIONS_BEFORE)
                         + r")(?:\s+(?:" + words_pattern(("أن", *context_words.HAPPENING_NOUNS)) + r"))?\s+$")
# a verb of preparing right before a cue with "ل" clitic to it (context_words.PREPARE_FOR: "تعد لهجوم")
_PREPARED_FOR = regex.compile(r"(?<!\w)(?:و|ف)?(?:" + words_pattern(context_words.PREPARE_FOR) + r")\s+ل$")
# Every match of _NEGATED holds one of these words as written (a window without any, most of them, is
# not scanned: the pattern, anchored at the window's end, is tried at each of its characters).
_NEGATION_WORDS = re.compile(trie_pattern({max(fold(w).split(), key=len) for w in context_words.NEGATIONS_BEFORE}, " "))
NEGATED_WINDOW = 16  # characters before a cue where its negation may stand ("ومن دون أن ")
# "أي" (any) right before a cue, a negation a few words before it: none of them ("لم تتم إصابة أي صاروخ
# روسي", "دون تسجيل أي غارات")
_NONE_OF = regex.compile(r"(?<!\w)(?:و|ف)?(?:" + words_pattern(context_words.NEGATIONS_BEFORE)
                         + r")\s+(?:[^\s،,.؛]+\s+){0,3}?(?:" + words_pattern(("أي", "أية")) + r")\s+$")
NONE_OF_WINDOW = 40  # characters before a cue where a negation and its "أي" may stand
# a denial, then "أي" right before a cue, in its sentence (context_words.DENIALS)
_DENIED_ANY = regex.compile(r"(?<!\w)(?:و|ف)?(?:" + words_pattern(context_words.DENIALS) + r")(?!\w)[^.؟!\n]*(?<!\w)(?:"
                            + words_pattern(("أي", "أية")) + r")\s+$")
DENIALS_FOLDED = tuple(fold(w) for w in context_words.DENIALS)
# a noun of a part in an act or of a charge (context_words.INVOLVEMENT): "ينفي الاتهامات بالضلوع في الهجوم"
_INVOLVEMENT = re.compile(r"(?<!\w)(?:" + "|".join(sorted({fold(w) for w in context_words.INVOLVEMENT}, key=len, reverse=True))
                          + r")(?!\w)")
DENIED_ANY_WINDOW = 90  # characters before a cue where a denial and its "أي" may stand
_ANY_ENDINGS = tuple(fold(w) + " " for w in ("أي", "أية"))  # (what every window _DENIED_ANY matches ends with)
# a not-factual word opening a clause: "من المتوقع أن", "حذر من أن", "نفى أن"
_NOT_FACTUAL_THAT = _Guarded(regex.compile(_NOT_FACTUAL.pattern.pattern + r"\s+(?:من\s+)?(?:"
                                           + words_pattern(context_words.THAT) + r")(?!\w)"),
                             _NOT_FACTUAL.guard, _NOT_FACTUAL.keys)
# Every match of _NOT_FACTUAL_THAT holds one of _NOT_FACTUAL's phrases, spaces (and "من") and a word of
# THAT, as written: this `re` pattern, with no word boundaries, finds as much in a clause in a tenth
# of the time the full pattern takes to fail there (it fails in most clauses its guard lets through).
_NOT_FACTUAL_THAT_RUN = re.compile("(?:" + trie_pattern(_NOT_FACTUAL.keys, " ") + r")\s+(?:من\s+)?(?:"
                                   + words_pattern(context_words.THAT) + ")")
# a verb of fearing, its subject and what is said of it, then "أن" (see context_words.FEARS)
_FEAR_THAT = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف)?(?:" + words_pattern(context_words.FEARS)
                                       + r")(?!\w)[^.؟!]{0,70}?(?<!\w)(?:" + words_pattern(context_words.THAT)
                                       + r")(?!\w)"), context_words.FEARS)
# a sentence opening on a warning, its subject, "من" and the thing warned of up to the cue, no stop or
# clause break between (see context_words.WARNINGS); not "حذر من أن ..." (what it warned of may be told
# as done: "حذرت الأمم المتحدة من أن الغارات قتلت 20 مدنيا")
_WARNED_OF = _Guarded.of(regex.compile(r"^\W*(?:و|ف)?(?:" + words_pattern(context_words.WARNINGS)
                                       + r")(?!\w)(?:\s+(?!من(?!\w))\S+){0,10}?\s+من(?!\w)(?!\s+(?:ان|بان)(?!\w))[^.؟!،,؛:]*$"),
                         context_words.WARNINGS)
WARNED_OF_REACH = 200  # characters from a sentence's start to a cue within which its warning may open it
_BACKGROUND = regex.compile(r"^\W*(?:" + "|".join(regex.escape(fold(w)) for w in context_words.BACKGROUND) + r")(?!\w)")
_words = words_pattern


# The rest of a saved Facebook post's stamp after its date: " at 10:15 · Shared with Public"
# (page_words.POST_SHARED)
POST_STAMP_REST = (r"[^\n·]{0,40}·[^\n·]{0,40}?(?:·\s*)?(?:"
                   + "|".join(re.escape(w) for w in page_words.POST_SHARED) + ")")
_W = context_words
# An attempt at ground a few words before a takeover cue ("محاولات منها لاستعادة السيطرة"), no comma
# between: see context_words.ATTEMPTS
TERRITORY_TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
ATTEMPT_WINDOW = 40
# a habit's adverb in the clause before a cue, no clause break between ("ويقصف النظام بانتظام مناطق
# ... من طائرات حربية او بالبراميل المتفجرة": every weapon of the habit)
_HABIT_CLAUSE = _Guarded.of(regex.compile(r"(?<!\w)(?:" + _words(_W.HABIT) + r")(?!\w)[^،,.؛:]*$"), _W.HABIT)
# a party's role told in a relative clause before the cue in its clause (context_words.ROLE_VERBS)
_ROLE_CLAUSE = _Guarded.of(regex.compile(r"(?<!\w)(?:" + _words(_W.RELATIVES) + r")\s+(?:" + _words(_W.ROLE_VERBS)
                                         + r")(?!\w)[^،,.؛:]*$"), _W.ROLE_VERBS)
_ATTEMPT = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف|ل)?(?:" + _words(_W.ATTEMPTS) + r")(?!\w)[^،,.؛:]*$"), _W.ATTEMPTS)
# a charge or a sentence before the cue in its clause, no clause break between (context_words.JUDGED_FOR)
_JUDGED = _Guarded.of(regex.compile(r"(?<!\w)(?:و)?(?:" + _words(_W.JUDGED_FOR) + r")(?!\w)[^،,.؛:]*$"), _W.JUDGED_FOR)
# a gloss opened before the cue in its clause, no clause break between (context_words.GLOSSES)
_GLOSS = _Guarded.of(regex.compile(r"(?<!\w)(?:و)?(?:" + _words(_W.GLOSSES) + r")(?!\w)[^،,.؛:]*$"), _W.GLOSSES)
# a cue that is the bare word "attack" and no more, with its clitics and article (context_words.BARE_ATTACK)
_BARE_ATTACK = regex.compile(r"^(?:[وفبل]|لل)?(?:ال)?(?:" + _words(_W.BARE_ATTACK) + r")$")
_BOMBS_DISARMED = regex.compile(r"(?<!\w)(?:[وفبل]|لل)?(?:ال)?(?:" + _words(_W.BOMBS_DISARMED) + r")(?!\w)")
# a not-factual word opening the words right after the cue ("أسلحة كيماوية تحضر")
_NOT_FACTUAL_AFTER = _Guarded.of(regex.compile(r"\W*(?:\w+\s+){0,2}(?:" + _words(_W.NOT_FACTUAL_AFTER) + r")(?!\w)"),
                                 _W.NOT_FACTUAL_AFTER)
# Where a long sentence turns to another act: "، كما ..." / "، فيما ..." / "، وكان ..." / "كذلك كانت".
_COMMA_SHIFT = r"[،,؛]\s*(?=(?:و)?(?:" + _words(_W.TOPIC_SHIFT) + r")(?!\w))"
_TOPIC_SHIFT = regex.compile(_COMMA_SHIFT + r"|(?<=\s)(?=(?:" + _words(_W.REVIEW_SHIFT) + r")(?!\w))")
# _TOPIC_SHIFT for a text with none of the press review's turns (all but a few): their alternative,
# a lookahead tried at every character, takes most of the scan's time. Every one of them holds one
# of _REVIEW_WORDS as written.
_TOPIC_SHIFT_COMMA = regex.compile(_COMMA_SHIFT)
_REVIEW_WORDS = tuple({max(fold(w).split(), key=len) for w in _W.REVIEW_SHIFT})
_PERIOD = _Guarded.of(regex.compile(r"(?<!\w)(?:(?:" + _words(_W.PERIOD_LEADS) + r")\s+(?:\S+\s+){0,2}?(?:"
                                   + _words(_W.PERIOD_UNITS) + r")|(?:" + _words(_W.SPAN_UNITS) + r")\s+(?:\S+\s+)?من\s+"
                                   r"(?:" + _words(_W.SPAN_OF_ACTS) + r"))(?!\w)"),
                      (*_W.PERIOD_UNITS, *_W.SPAN_UNITS))
# hours told as a span after a lead, their number before or after them ("خلال الـ24 ساعة"،
# "في الساعات الـ48 الأخيرة"): group "n" the number (folding drops the article's tatweel); not the
# hours of one act ("خلال 24 ساعة من القصف"، "خلال 24 ساعة العملية")
_HOURS_SPAN = _Guarded.of(regex.compile(
    r"(?<!\w)(?:و|ف)?(?:" + _words(_W.HOURS_LEADS) + r")\s+(?:(?:ال)?\s*(?P<n>\d+)\s+(?:" + _words(_W.HOURS)
    + r")|(?:" + _words(_W.HOURS) + r")\s+(?:ال)?\s*(?P<n>\d+))(?!\w)(?!\s+(?:من\s+)?(?:"
    + _words(_W.SPAN_OF_ACTS) + r")(?!\w))"), _W.HOURS)
_SIMILAR_ACT = regex.compile(r"(?<!\w)(?:[وفب]|ال)?(?:" + _words(_W.ACT_NOUNS) + r")\s+(?:(?:" + _words(_W.ANOTHER)
                             + r")\s+)?(?:" + _words(_W.SIMILAR) + r")(?!\w)")
_ONGOING = _Guarded.of(regex.compile(r"^\s*(?:\S+\s+){0,2}?(?:" + _words(_W.ONGOING) + r")(?!\w)"), _W.ONGOING)
_GOES_ON = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف)?(?:" + _words(_W.GOES_ON) + r")\s+(?:\S+\s+)?$"), _W.GOES_ON)
# a verb of going on opening the cue's clause, the cue its subject ("، تواصل القصف", "وقد تواصلت الغارات",
# "فيما استمر القصف"): see context_words.GOES_ON_VERBS. (The window is prefixed with "." when it starts
# where the clause does.)
_GOES_ON_VERB = _Guarded.of(regex.compile(r"[.،,؛:!؟\n]\s*(?:(?:و|ف)?(?:" + _words(_W.GOES_ON_OPENERS) + r")\s+)?(?:و|ف)?(?:"
                                          + _words(_W.GOES_ON_VERBS) + r")\s+$"), _W.GOES_ON_VERBS)
GOES_ON_REACH = 30  # characters before a cue where its verb of going on and the clause's start may stand
# (with its preposition, as a place suffers it: "وتتعرض منذ أسبوعين لحملة قصف أسفرت عن مقتل 628 مدنيا")
_CAMPAIGN = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف)?[لب]?(?:" + _words(_W.CAMPAIGN) + r")\s+(?:\S+\s+)?$"), _W.CAMPAIGN)
# a place's lot in a relative clause's present, before a cue ("التي تتعرض لقصف مكثف", "التي تتعرض لحصار
# وقصف") or after it ("القصف الذي تتعرض له الغوطة"): see context_words.SUFFERS
_SUFFERS_BEFORE = _Guarded.of(regex.compile(r"(?<!\w)(?:و)?(?:" + _words(_W.RELATIVES) + r")\s+(?:" + _words(_W.SUFFERS)
                                            + r")\s+(?:\S+\s+){0,2}?[وبل]{0,3}$"), _W.SUFFERS)
# "أربعة منهم": the pronoun right after a count of dead, or ending its words
_OF_THEM = regex.compile(r"(?<!\w)(?:" + _words(casualty_words.OF_THEM) + r")$|^\s*(?:"
                         + _words(casualty_words.OF_THEM) + r")(?!\w)")
# a verb of killing ("قتلت في 15 مارس في عفرين، التي تتعرض للقصف": a death in the campaign)
_KILLED_VERB = regex.compile(r"(?<!\w)(?:و|ف)?(?:" + _words(casualty_words.TRIGGERS_VERB["killed"]) + r")(?!\w)")
_SUFFERED_AFTER = _Guarded.of(regex.compile(r"^\s*(?:\S+\s+){0,2}?(?:" + _words(_W.RELATIVES) + r")\s+(?:"
                                            + _words(_W.SUFFERS) + r")\s+(?:له|لها|لهما|لهم)(?!\w)"), _W.SUFFERS)
# "غداة X": X happened the day before the sentence's day (no comma between the word and the cue).
_EVE = regex.compile(r"(?<!\w)(?:و|ب)?(?:" + _words(_W.DAY_BEFORE) + r")(?!\w)[^،,.]*$")
_SPAN_EXACTLY = fold(r"(?:\s+(?:تماما|تماماً|كامل|كاملة|واحد|واحدة))?")  # "بعد يوم واحد"، "بعد أسبوع تماما"
_DAYS_AFTER = regex.compile(fold(r"(?<!\w)(?:و)?بعد\s+(?P<span>") + _words(tuple(_W.DAYS_AFTER_SPANS))
                            + ")" + _SPAN_EXACTLY + fold(r"\s+(?:من|على|عن)(?!\w)[^،,.]*$"))
DAYS_AFTER_SPANS = {fold(k): v for k, v in _W.DAYS_AFTER_SPANS.items()}
WEEKS_AFTER_SPANS = {fold(k): v for k, v in _W.WEEKS_AFTER_SPANS.items()}
# the same words fronting a sentence and closed by their comma ("بعد مرور أسبوع تماما على المأساة، شنت
# واشنطن ضربات"), weeks allowed, group "passing" the word of time passing
_DAYS_AFTER_FRONTED = regex.compile(
    fold(r"\W*(?:و)?بعد\s+(?:(?P<passing>مرور)\s+)?(?P<span>") + _words((*_W.DAYS_AFTER_SPANS, *_W.WEEKS_AFTER_SPANS))
    + ")" + _SPAN_EXACTLY + fold(r"\s+(?:من|على)\s+[^،,.]*[،,][^،,.]*$"))
# "قبل أيام من البدء بعملية الغوطة، حدثت اشتباكات": a clause fronted with "قبل <span> من X" and closed by
# its comma puts the act of the main clause some time before X, on a day the report's does not give
_DAYS_BEFORE_FRONTED = regex.compile(fold(r"(?<!\w)(?:و|ف)?قبل\s+(?:") + _words(tuple(_W.DAYS_AFTER_SPANS))
                                     + fold(r")\s+(?:من|على)(?!\w)[^،,.]*[،,][^،,.]*$"))
_BETWEEN = regex.compile(r"(?<!\w)(?:" + _words(_W.BETWEEN) + r")(?:\s+\w+)?\s*$")
_SPEECH = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف)?(?:" + _words(_W.SPEECH) + r")(?!\w)"), _W.SPEECH)
_REPORTED = regex.compile(r"(?<!\w)(?:" + _words(_W.REPORTED) + r")(?!\w)")
_REPORTED_THAT = regex.compile(r"(?<!\w)(?:" + _words(_W.REPORTED_THAT) + r")(?!\w)")
# right before a raid's cue: the act told with it happened during it ("خلال المداهمة", "خلال تنفيذها عملية إنزال")
_DURING = regex.compile(r"(?<!\w)(?:و|ف)?(?:" + _words(_W.DURING) + r")\s+(?:(?:" + _words(_W.CARRYING_OUT)
                        + r")\s+)?$")
# between a raid's cue and an act after it: what went with the raid ("عملية إنزال ... رافقها إطلاق نار")
_ACCOMPANYING = _alternation(_W.ACCOMPANYING)
DURING_REACH = 20  # characters before a raid's cue where "خلال" / "أثناء تنفيذها" may stand
# right before a place: it is a victim's home ("أحدهما من بلدة بزاعة"), not where the act was
_HOMETOWN_OF = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف)?(?:" + _words(casualty_words.HOMETOWN_OF) + r")\s+(?:(?:ال)?(?:"
                                         + _words(_W.PLACE_ANAPHORS) + r")\s+)?$"), casualty_words.HOMETOWN_OF)
HOMETOWN_REACH = 25  # characters before a place where the words making it a victim's home may stand
_STATIONED_IN = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف)?(?:" + _words(_W.STATIONED_IN) + r")\s*$"), _W.STATIONED_IN)
_RESULT = _Guarded.of(regex.compile(r"(?<!\w)(?:ما\s+|و|ف)?(?:" + _words(_W.RESULTS) + r")"), _W.RESULTS)
_DIED_OF_WOUNDS = _Guarded.of(regex.compile(r"(?<!\w)(?:" + _words(_W.DIED_OF_WOUNDS) + r")\s+ب"), _W.DIED_OF_WOUNDS)
# a verb of taking place right before a cue ("ووقع الهجوم"), or right after it and then where ("الضربات
# وقعت في بلدة الهرى"، "الهجوم الذي وقع في بلدة طوز خورماتو"; not "الاشتباكات التي وقعت نتج عنها")
_TOOK_PLACE_BEFORE = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف)?(?:" + _words(_W.TOOK_PLACE) + r")\s+$"), _W.TOOK_PLACE)
_TOOK_PLACE_AFTER = _Guarded.of(regex.compile(r"^\s+(?:(?:الذي|التي)\s+)?(?:" + _words(_W.TOOK_PLACE) + r")\s+(?:(?:"
                                              + _words(_W.WHERE_WORDS) + r")(?!\w)|ب(?=\w))"), _W.TOOK_PLACE)
TOOK_PLACE_REACH = 24  # characters on either side of a cue where its verb of taking place (and where) may stand
_RESULT_SUBJECT = _Guarded.of(regex.compile(r"(?<!\w)(?:و|ف)?(?:" + _words(_W.RESULT_VERBS) + r")\s+$"), _W.RESULT_VERBS)
_BEGAN = _Guarded.of(regex.compile(r"(?<!\w)(?:" + _words(_W.BEGAN) + r")(?:\s+\S+){0,3}?\s+في\s+(?:يوم\s+)?$"), _W.BEGAN)
BEGAN_WINDOW = 40
_BEGAN_VERB = _Guarded.of(regex.compile(r"(?<!\w)و?(?:" + _words(_W.BEGAN_VERBS) + r")(?:\s+\S+){0,3}?\s+في\s+$"),
                         _W.BEGAN_VERBS)
_CAMPAIGN_NEXT = regex.compile(r"^\s*(?:" + _words(_W.CAMPAIGN_NOUNS) + r")(?!\w)")
# How many words may stand between a campaign's day and its noun, or its noun and "في" before the day,
# none of them opening a clause with "و" ("بدأت قوات النظام حملة على الغوطة، وقتلت في 5 مارس": that
# day is the killing's).
CAMPAIGN_WORDS = 6
# How far (characters) before a day its campaign's verb and noun may stand
CAMPAIGN_WINDOW = 90
_UNJOINED_WORDS = rf"(?:\s+(?!و)\S+){{0,{CAMPAIGN_WORDS}}}?"
_CAMPAIGN_LATER = regex.compile(r"^" + _UNJOINED_WORDS + r"\s+(?:" + _words(_W.CAMPAIGN_NOUNS_NEAR) + r")(?!\w)")
_BEGAN_CAMPAIGN = regex.compile(r"(?<!\w)و?(?:" + _words(_W.BEGAN_VERBS) + r")(?:\s+\S+){0,3}?\s+(?:"
                                + _words(_W.CAMPAIGN_NOUNS_NEAR) + r")(?!\w)" + _UNJOINED_WORDS
                                + r"\s+في(?:\s+(?!و)\S+){0,2}?\s+$")  # "... في الغوطة 18 فبراير": the day after its place
_SINCE_BEGINNING = _Guarded.of(regex.compile(r"(?<!\w)و?(?:" + _words(_W.SINCE_BEGINNING) + r")(?!\w)"
                                              + _UNJOINED_WORDS + r"\s+في\s*$"), _W.SINCE_BEGINNING)
_SINCE_SPAN = regex.compile(r"^منذ\s+(?:(?:" + _words(_W.SINCE_SPANS) + r")|(?:(?:" + _words(_W.SINCE_COUNT_HEDGES)
                            + r")\s+)?(?:\d+|" + _words(tuple(dates_words.NUMBER_WORDS)) + r")\s+(?:"
                            + _words(_W.SINCE_DAY_UNITS) + r"))(?!\w)")
# "منذ أن باشر التحالف غاراته في": from "منذ" to a day, a clause of a few words, none opening with "و"
SINCE_CLAUSE_WORDS = 8
_SINCE_CLAUSE = regex.compile(r"^منذ\s+(?:(?:" + _words(_W.SINCE_CLAUSE_OPENERS) + r")\s+)?(?!(?:"
                              + _words(_W.SINCE_NOT_CLAUSE) + r")(?!\w))[^\s،,.؛:]+"
                              + rf"(?:\s+(?!و)[^\s،,.؛:]+){{0,{SINCE_CLAUSE_WORDS - 1}}}"
                              + r"\s+(?:(?:في|خلال|يوم|بتاريخ)\s+)?$")
# "قبل أن يعود الهدوء السبت": the day of what followed the act (a verb and a word or two between)
# (the day may be set off by commas: "قبل أن يعلن، اليوم الأربعاء، ارتفاع عدد القتلى")
_BEFORE_THEN = _Guarded.of_literals(regex.compile(r"(?<!\w)(?:" + _words(_W.BEFORE_THEN) + r")(?:\s+[^\s،,.؛]+){1,3}[،,]?\s+$"),
                                    _W.BEFORE_THEN)
_SINCE = _Guarded.of(regex.compile(r"(?<!\w)(?:و)?(?:" + _words(_W.SINCE) + r")\s+(?:يوم\s+)?(?:ال)?$"), _W.SINCE)
# a date opening a span ("من 19 فبراير إلى 23 مارس"): the words before it, and after it
_SPAN_FROM = _Guarded.of(regex.compile(r"(?<!\w)(?:و)?(?:" + _words(_W.SPAN_FROM) + r")\s+(?:يوم\s+)?(?:ال)?$"),
                         _W.SPAN_FROM)
_SPAN_TO = regex.compile(r"^\s*(?:" + _words(_W.SPAN_TO) + r")\s*(?:يوم\s+|ال)?\d")
# a date closing a span: "من" and a few words (the first date) before the "إلى" before it
_SPAN_CLOSE = regex.compile(r"(?<!\w)(?:" + _words(_W.SPAN_FROM) + r")\s+(?:يوم\s+)?\d[^،,.\n]{0,30}?\s(?:"
                            + _words(_W.SPAN_TO) + r")\s*(?:يوم\s+)?$")
# The gap before the next part of a list ends with its conjunction ("، و", "بالإضافة ل", "برفقة").
_LIST_JOIN = regex.compile(r"(?:^|[\s،,])(?:" + _words(_W.LIST_JOINERS) + r")\s*(?:ل|الى)?\s*$")
# Dead of two clauses of one sentence (see counts._join_clauses): the gap between the two figures
# ends with the turn to the second clause, which opens with a word of killing (not of dying: "فيما
# توفي 280 بسبب سوء الظروف"); the second clause ends at the next turn or at the sentence's end.
_CLAUSE_TURN = regex.compile(r"[،,]\s*(?:" + _words(_W.CLAUSE_TURNS) + r")\s*$")
_NEXT_TURN = regex.compile(r"[،,]\s*(?:" + _words(_W.CLAUSE_TURNS) + r")(?!\w)")
_KILLING = regex.compile(r"(?:[وف])?(?:" + _words(tuple(
    w for w in (*casualty_words.TRIGGERS_VERB["killed"], *casualty_words.TRIGGERS_NEAR["killed"])
    if w not in casualty_words.NATURAL_DEATH)) + r")(?!\w)")
_SENTENCE_STOP = re.compile(r"[.!?؟\n]")
# (quotes may close one name and open the next: 'قريتي “أبديتا” و”بزابور”')
_ENUM_GAP = regex.compile(r"^[\s،,\"“”«»]*(?:" + _words(_W.OR) + r")?[\s\"“”«»]*(?:" + _words(_W.PLACE_LIST_WORDS)
                          + r")?\s*$")
# A dateline: a few words (a city, its country), the agency in brackets, a dash.
_DATELINE = regex.compile(r"\s*(?P<head>[^\W\d][^\n()–—:\-]{1,60}?)\s*(?:\((?P<agency>[^()\n]{1,30})\))?\s*[–—-]")
# What every dateline starts as: past the spaces, the characters its head may hold, spaces (a line
# break among them), then the agency's bracket or the dash. Possessive, this fails at once on the
# lines most reports open with, where _DATELINE tries each of its head's sixty lengths.
_DATELINE_SHAPE = regex.compile(r"\s*+[^\n()–—:\-]*+\s*+[(–—-]")
_MILITANTS = regex.compile(r"(?<!\w)(?:ال)?(?:" + _words(_W.MILITANTS) + r")(?!\w)")
_ENUM_GAP_COMMA = regex.compile(r"^[\s،,]*$")
_DESTINATION = _Guarded.of(regex.compile(r"(?<!\w)(?:" + _words(_W.DESTINATION_VERBS) + r")\w*\s+(?:\S+\s+){0,6}?(?:"
                                         + _words(_W.DESTINATION_PREPOSITIONS) + r")\s+(?:\S+\s+في\s+)?$"),
                          _W.DESTINATION_VERBS)
# a source's seat, or where fire came from (ORIGIN_BEFORE): no place of the act
_TREATED = _Guarded.of(regex.compile(r"(?<!\w)(?:و)?(?:" + _words(_W.TREATED) + r")\s+(?:\S+\s+){0,4}?(?:في\s+|ب)$"),
                       _W.TREATED)
_SEAT = _Guarded.of(regex.compile(r"(?<!\w)(?:" + _words((*_W.SEAT_BEFORE, *_W.ORIGIN_BEFORE)) + r")\s+(?:في\s+)?$"),
                    (*_W.SEAT_BEFORE, *_W.ORIGIN_BEFORE))
# where a meeting is held (MEETINGS): no place of the act
_MEETING = _Guarded.of(regex.compile(
    r"(?<!\w)(?:و|ل|ب)?(?:(?:" + _words(_W.MEETINGS) + r")\s+(?:(?!(?:" + _words(_W.HILLTOP) + r")\s)[^\s،,.:]+\s+){0,3}?"
    r"(?:في\s+|ب)|(?:" + _words(_W.MEETINGS_NAMED_BY_PLACE) + r")\s+)$"), _W.MEETINGS)
# what follows a speaker's place up to the opening of the quote (an outlet's name in quotes may come
# between: 'لـ«الشرق الأوسط»:'), after a colon or "إن" ('المتحدث باسم مجلس شيوخ قضاء الفلوجة، إن "')
_QUOTE_OPENS = regex.compile(r'[^.؛:\n"]*(?:"[^"\n]{0,30}"[^.؛:\n"]*)?(?::|(?<!\w)(?:ان|إن))\s*"')  # (folding makes every quote mark ")
_GOES_ON_SAYING = regex.compile(r"\W*(?:" + _words(_W.GOES_ON_SAYING) + r"|و?(?:" + _words(_W.RESULT_OF_THAT)
                                + r")\s+ل?(?:" + _words(_W.DEMONSTRATIVES) + r"))(?!\w)")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "مطار البصرة الدولي" and "مطار البصرة" are one place
_FACILITY_ADJ = regex.compile(r"\s+(?:" + _words(_W.FACILITY_ADJECTIVES) + r")$")
# "، على بعد نحو مئة كيلومتر من": the place after it only says where the one before it is
_DISTANCE_GAP = regex.compile(fold(r"^[\s،,(]*(?:(?:ال)?واقعة?\s+)?على\s+بعد\s+[^،,.؛:]{1,40}?\s(?:من|عن|شمال\w*|جنوب\w*|شرق\w*|غرب\w*)\s+$"))
_IN_PROVINCE = regex.compile(r"^\s*(?:ب|في\s+(?:محافظة\s+)?)$")
_IN_GAP = regex.compile(r"^\s*(?:ب|في\s+)$")  # "X بريف Y", "X في ريف Y" (folded gap)
# "الغوطة الشرقية القريبة من العاصمة السورية دمشق": the place after tells where the one before lies
# (so of two places, "محافظتي دهوك وأربيل المحاذيتين لمدينة الموصل", or of several)
_NEAR_GAP = regex.compile(fold(r"^\s*(?:ال)?(?:قريب|محاذي|متاخم)(?:ة|تين|تان|ين|ان|ات)?\s+(?:من\s+|ل)"
                               r"(?:ال)?(?:عاصمة\s+(?:\w+ية\s+)?)?$"))
# "على المدينة الواقعة قرب دمشق", "عدا عن قربها من دمشق": the place after (a folded window ending where
# it starts) only tells where a town named again lies (context_words.TOWNS_NAMED_AGAIN)
_LOCATES_NAMED_AGAIN = _Guarded.of(regex.compile(
    r"(?<!\w)(?:(?:" + _words(_W.TOWNS_NAMED_AGAIN) + r")\s+(?:" + _words(_W.LYING) + r")(?:\s+(?:"
    + _words((*_W.NEAR_WORDS, *_W.OUTSIDE, *_W.SITUATING)) + r"))?"
    r"|(?:" + _words(_W.AREAS_NAMED_AGAIN) + r")\s+(?:" + _words(_W.LYING) + r")\s+(?:" + _words(_W.OUTSIDE) + r")"
    r"|(?:" + _words(_W.NEARNESS_OF_IT) + r"))\s*(?:ال)?(?:عاصمه\s+(?:\w+يه\s+)?)?(?:مدينه\s+)?$"),
    (*_W.NEAR_WORDS, *_W.OUTSIDE, *_W.NEARNESS_OF_IT, "الواقع", "تقع", "يقع"))  # (the last: a word of each of LYING)
_SITUATING = regex.compile(r"^(?:[وفب]|ال)?(?:" + _words(_W.SITUATING) + r")")
# "مدينة دوما قرب دمشق", "مدينة دوما، آخر معقل للمعارضة المسلحة قرب دمشق" (a noun phrase after a comma,
# APPOSITION_HEADS): the place after the words situates the town before them (a folded gap)
_NEAR_APPOSITION = regex.compile(r"^(?:\s*[،,]\s*(?:ال|(?:" + _words(_W.APPOSITION_HEADS) + r")(?!\w))[^،,.؛:\n]{0,60}?|\s+(?:الواقعه|الواقع|التي\s+تقع|الذي\s+يقع))?\s(?:"
                                 + _words(_W.NEAR_WORDS)
                                 + r")\s+(?:ال)?(?:عاصمه\s+(?:\w+يه\s+)?)?$")
_OTHER_SIDE = _Guarded.of(regex.compile(r"^\W*(?:و)?(?:" + _words(_W.OTHER_SIDE) + r")(?!\w)"), _W.OTHER_SIDE)
_SEPARATE = _Guarded.of(regex.compile(r"^\W*(?:و)?(?:" + _words(_W.SEPARATE) + r")(?!\w)"), _W.SEPARATE)
# A direction alone between two places, the second a title and a name ("شمالي العاصمة بغداد"):
# the first lies there (a folded gap)
_DIRECTION_GAP = regex.compile(r"^[\s،,]*(?:[وفب]|ال)?(?:" + _words(_W.SITUATING) + r")(?:\s+(?:"
                               + _words(_W.PLACE_TITLES) + r"))?\s*$")
_PLACE_ANAPHOR = _Guarded.of(regex.compile(r"(?<!\w)(?:" + _words(_W.PLACE_ANAPHOR_BEFORE) + r")\s+(?:[بل]?ال|لل)(?P<word>"
                                           + _words(tuple(_W.PLACE_ANAPHORS)) + r")(?!\w)"), tuple(_W.PLACE_ANAPHORS))
_ANAPHOR_FEATURES = {fold(k): v for k, v in _W.PLACE_ANAPHORS.items()}
_DEMONSTRATIVES = ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين")
_DEMONSTRATIVE = _Guarded.of(regex.compile(r"(?<!\w)(?<!مثل\s)(?:" + "|".join(_DEMONSTRATIVES) + r")\s+$"),
                             _DEMONSTRATIVES)  # not "مثل هذا الهجوم"
_DEFINITE = regex.compile(r"(?:^|\s)(?:(?:[وفبل]|لل)?ال|[وف]?لل)\w")  # ("للهجوم": ل + ال, its alif dropped)
# The words before a cue that make it the object of a reaction to an act already known ("دانت
# الخارجية التركية الهجوم", "الرد على الهجوم", "مسؤولية الغارة"; see context_words.REACTION_VERBS),
# the head's start in group "head"; and those right after it that tell it as contested ("الهجوم
# الكيمياوي المزعوم"; see context_words.ALLEGED).
# (the act's noun may stand between them and a weapon's cue: "الرد على الهجوم المفترض بأسلحة كيمياوية")
# (or told as alleged without it, before the weapon: "بعد أنباء عن هجوم مفترض بغاز سام")
_REACTION_TAIL = (r"\s+(?:(?:" + _words(_W.REACTION_PREPOSITIONS) + r")\s+)?[\"«»]?\s*(?P<object>(?:[بل]|لل)?ال(?:"
                  + _words(_W.ACT_NOUNS_DEFINITE) + r")(?:\s+ال\w+)?\s+[\"«»]?(?:ب|بال)?"
                  + r"|(?:" + _words(_W.ACT_NOUNS_DEFINITE) + r")\s+(?:" + _words(_W.ALLEGED) + r")\s+(?:ب|بال)?)?"
                  + r"(?:[بل]|لل)?$")
_WORD = r"[^\s،,.؛:\"«»]+"
# (the subject may take seven words: "ندد رئيس مجلس النواب العراقي سليم الجبوري بالتفجير")
_REACTED_TO = _Guarded.of(regex.compile(
    r"(?<!\w)(?:و|ف)?(?:(?P<head>" + _words(_W.REACTION_VERBS) + r")(?:\s+" + _WORD + r"){0,7}?"
    + r"(?:\s*[،,]\s*" + _WORD + r"(?:\s+" + _WORD + r")?\s*[،,](?:\s+" + _WORD + r"){0,3}?)?"  # "أدان الرئيس، الأحد، الهجوم"
    + r"|(?P<head>" + _words(_W.REACTION_NOUNS) + r")"
    # (an adjective or two before the preposition: 'برد "قوي" على', or before the act with its own
    # "ل": "إدانتها الشديدة للهجوم الكيماوي")
    + r"(?:(?:\s+[\"«»]?" + _WORD + r"[\"«»]?){1,2}(?=\s+(?:" + _words(_W.REACTION_PREPOSITIONS) + r")\s)"
    + r"|(?:\s+و?ال\w+){1,2}(?=\s+(?:[بل]|لل)?$))?)"
    + _REACTION_TAIL), (*_W.REACTION_VERBS, *_W.REACTION_NOUNS))
_ALLEGED = _Guarded.of(regex.compile(r"^\s*[\"«»]?(?:\s*ال\w+)?\s*[\"«»]?\s*(?:" + _words(_W.ALLEGED) + r")(?!\w)"),
                       _W.ALLEGED)
REACTION_WINDOW = 60  # characters before a cue where a verb of reacting and its subject may stand
ALLEGED_WINDOW = 30  # characters after a cue where "المزعوم" may stand (past one adjective)


@dataclass(slots=True)
class _Candidate:
    """One incident being put together (internal, mutable)."""

    anchor: EventMention
    sentence: int
    paragraph: int
    cues: list[EventMention] = field(default_factory=list)
    date: DateMention | None = None
    date_inherited: bool = False
    date_stated: bool = False  # the day of a statement about the act: the act was that day or before
    # its sentence tells its day ("ليلة البارحة") but the report's publication day, which would
    # resolve it, is unknown: an act of its own day all the same (linking may date it)
    day_told: bool = False
    # ... and how many days before that unknown day ("اليوم": 0, "قبل يومين": 2), when it says
    days_back: int | None = None
    # the day its sentence tells is that of a death from the act's wounds ("توفي، الجمعة، متأثرا
    # بإصابته جراء انفجار"): the act's day if nothing else tells it (see _attach_dates)
    death_day: DateMention | None = None
    time_of_day: str | None = None
    tod_span: tuple[int, int] | None = None
    place: PlaceMention | None = None
    location: Location | None = None
    place_inherited: bool = False
    # placed at a home country by its target, that state's sites ("ضربات ضد مواقع سورية"; see
    # places._state_sites)
    on_state_sites: bool = False
    answered: bool = False  # told as what another act answered ("ردا على هجوم كيميائي")
    # an act known already, told as the object of a reaction ("دانت فرنسا الهجوم الكيماوي"): of no day
    # but one told for it (see dates._reacted_to)
    known: bool = False
    retold: bool = False  # its paragraph retells an earlier report ("وكان المرصد قد تحدث في 2 أبريل عن ...")
    # told only in the story's headline printed again with its link (Analysis.headline_again), and
    # not folded into an act of the report: the same act told again, no incident of its own
    headline_only: bool = False
    new_clause: bool = False  # its unit was cut from a longer sentence at "، فيما / كما ..."
    other_side: bool = False  # its unit opens on the other side's acts ("وعلى الطرف الآخر ...")
    separate: bool = False  # its unit opens on an act apart from those before ("وفي هجوم منفصل، ...")
    after_total: bool = False  # an earlier unit of its paragraph told of a toll over a period
    tally_told: bool = False  # its sentence tells a toll over many acts (assemble.counts)
    # a place's lot over a campaign ("الغوطة التي تتعرض للقصف من النظام"): no act, but its perpetrator
    # is the paragraph's as an act's would be (dropped once actors are attached)
    lot: bool = False
    # the acts a toll over a period was told of ("قتل خلال اليومين الماضيين 30 مسلحا في معارك"): no
    # act, but "المعارك" told again later names them (dropped once such mentions are folded in)
    tally: bool = False
    # the subject of a verb of going on opening its clause, in a sentence naming a town ("ورغم
    # الهدنة، تواصل القصف على منطقة المرج ومحيط بلدة الشيفونية"): news of the report's day
    goes_on: bool = False
    # told by likeness ("ويشن تنظيم داعش هجمات مشابهة على أهداف أخرى"): acts other than the one it
    # resembles, whose perpetrator it does not tell
    likeness: bool = False
    # its unit's only dates bound a period it is told in ("حملة عسكرية عنيفة منذ 18 شباط على الغوطة
    # الشرقية، قصفا عنيفا"): no day of its own nor its paragraph's, no act (see dates._in_a_period;
    # dropped once actors are attached)
    in_period: bool = False
    actor1: ActorMention | None = None
    actor1_own: bool = False  # named in the candidate's own sentence
    # its doer the forces of a state none of our actors stands for ("طائرات بريطانية"): none borrowed
    doer_unlisted: bool = False
    actor2: ActorMention | None = None
    counts: list[CountMention] = field(default_factory=list)
    # the candidates folded in that name as their own the place this one borrowed, as they were told
    # (see output._told_at_its_place)
    own_place_parts: list[_Candidate] = field(default_factory=list)

    @property
    def sub_event_type(self) -> str:
        return self.anchor.sub_event_type

    def place_key(self) -> str | None:
        loc = self.location
        if loc is None:
            return None
        unresolved = (loc.why or {}).get("unresolved")
        if unresolved:  # placed by its district: the name, not the district, tells it apart
            return f"{loc.gazetteer_id}/{_unresolved_key(unresolved)}"
        return loc.gazetteer_id or fold(loc.name_ar or loc.name or "")


@functools.lru_cache(maxsize=4096)
def _unresolved_key(name: str) -> str:
    """The folded name of a place the gazetteer does not know, without an adjective of a facility
    ("مطار X العسكري" is the airport X); kept for the names asked most (merging asks of every pair)."""
    return _FACILITY_ADJ.sub("", fold(name))


def _response_clause(a: Analysis, sent: Sentence) -> tuple[int, int, bool] | None:
    """Where *sent* tells of the act its "ردا على" / "انتقاما لـ" answers (original offsets, see
    events.response_clause), and whether that clause opens the sentence, if it has one: the day, the
    place and the toll told there are that act's, not the answer's."""
    nt = a.nt
    s, e = nt.to_norm(sent.start), nt.to_norm(sent.end)
    got = response_clause(nt.text, s, e)
    if got is None:
        return None
    return nt.orig_span(got[0], got[0])[0], nt.orig_span(got[1], got[1])[0], got[1] < e


def _distance(m, ev: EventMention) -> int:
    if m.end <= ev.start:
        return ev.start - m.end
    if m.start >= ev.end:
        return m.start - ev.end
    return 0


def _clause_distance(text: str, m, ev: EventMention) -> int:
    """Characters between a mention and a cue, plus a penalty for every comma between them: the
    date of an act sits in its clause ("تبنى داعش، الأربعاء، الهجوم الذي أودى الثلاثاء")."""
    # (:func:`_distance` inline, and the commas counted in place: every candidate weighs each date,
    # place and count of its unit by this, ~12k times per ANT pass)
    if m.end <= ev.start:
        lo, hi = m.end, ev.start
    elif m.start >= ev.end:
        lo, hi = ev.end, m.start
    else:
        return 0  # (they overlap: no distance, nothing between)
    return hi - lo + CLAUSE_PENALTY * (text.count("،", lo, hi) + text.count(",", lo, hi))
