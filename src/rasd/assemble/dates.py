"""The day of each candidate: the nearest date of its unit (commas counting as distance), else its
paragraph's last specific date, else the lead's date or the publication day; a day named right after
a verb of saying dates the statement, not the act."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from rasd.assemble._base import (
    _BACKGROUND,
    _EVE,
    _LETTERS,
    _REPORTED,
    _SINCE,
    _SPEECH,
    COARSE_PRECISION,
    EVE_WINDOW,
    NIGHT_EDITION_HOUR,
    STATEMENT_WINDOW,
    _Candidate,
    _clause_distance,
    _distance,
)
from rasd.model import DateMention
from rasd.text.normalize import fold

if TYPE_CHECKING:
    from rasd.pipeline import Analysis


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
        if c.date is None and a.doc.published is None:
            c.day_told = any(d.value is None and d.relative for d in ds)
        # part of day: the date's own, else a bare part-of-day word in the sentence
        if c.date is not None and c.date.time_of_day and not c.date_inherited:
            c.time_of_day = c.date.time_of_day
        else:
            tods = [d for d in ds if d.time_of_day and d.value is None]
            if tods:
                t = min(tods, key=lambda d: _distance(d, c.anchor))
                c.time_of_day, c.tod_span = t.time_of_day, (t.start, t.end)


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
