"""One plain English sentence per incident, in the style of ACLED's notes column.

"On 24 August 2017, International Coalition forces carried out an airdrop raid in Buqrus
(Deir-ez-Zor) against Islamic State; 2 killed, 5 captured."
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from rasd.model import Count, Incident

# What actor1 did, by sub-event type; {target} is actor2 when known.
_VERBS: dict[str, str] = {
    "Air/drone strike": "carried out an air/drone strike",
    "Shelling/artillery/missile attack": "shelled",
    "Armed clash": "clashed",
    "Government regains territory": "regained territory",
    "Non-state actor overtakes territory": "took territory",
    "Chemical weapon": "carried out a chemical attack",
    "Suicide bomb": "carried out a suicide bombing",
    "Remote explosive/landmine/IED": "detonated an explosive device",
    "Grenade": "threw a grenade",
    "Sexual violence": "committed sexual violence",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted people",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were dispersed",
    "Excessive force against protesters": "used force against protesters",
    "Violent demonstration": "rioted",
    "Mob violence": "rioted",
    "Agreement": "carried out an agreement",
    "Arrests": "made arrests",
    "Change to group/activity": "changed its activity",
    "Disrupted weapons use": "intercepted or disrupted weapons",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property",
    "Non-violent transfer of territory": "took over territory without fighting",
    "Other": "carried out an operation",
}
# A tag's verb, for the kinds of act the tag's cues are coded as; an air strike folded together with
# an evacuation is still told as an air strike.
_TAG_VERBS = {"airdrop": "carried out an airdrop raid", "evacuation": "carried out an evacuation"}
_TAG_KINDS = {"airdrop": ("Other", "Armed clash"), "evacuation": ("Agreement", "Other")}
# How a date of each precision is told. (Written out rather than with strftime, which costs several times
# as much a call; %B in the C locale, which rasd never changes, names the months so.)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _when(day: dt.date, precision: str | None) -> str:
    """*day* told at its *precision* ("On 24 August 2017", "In the week of 7 May 2018", "In May 2018",
    "In 2018"; a day's when the precision is unknown)."""
    month = _MONTHS[day.month - 1]
    if precision == "week":
        return f"In the week of {day.day} {month} {day.year}"
    if precision == "month":
        return f"In {month} {day.year}"
    if precision == "year":
        return f"In {day.year}"
    return f"On {day.day} {month} {day.year}"


def _count(c: Count | None) -> str | None:
    if c is None or c.empty:
        return None
    if c.best == 0 and not c.high:
        return "none"  # "دون وقوع إصابات": "none killed", not "at least 0 killed"
    if c.best is not None:
        n = str(c.best)
        if c.high is not None and c.high != c.best:
            n = f"{c.best}-{c.high}"
        elif c.low is not None and c.high is None and c.low == c.best:
            n = f"at least {c.best}"
        return n
    return f"at least {c.low}" if c.low is not None else None


def note(inc: Incident | SimpleNamespace) -> str:
    """The note for *inc*, from its coded fields only (no text is translated): an Incident, or a
    namespace of the fields of one being made (see assemble.output._to_incident)."""
    when = ""
    if inc.event_date is not None:
        when = _when(inc.event_date, inc.date_precision) + ", "
    who = inc.actor1.name if inc.actor1 else "an unidentified actor"  # (the sentence's first letter is raised below)
    if inc.actor1 and inc.actor1.id not in ("civilians", "unknown"):
        who += " forces" if not who.endswith(("Forces", "Military", "Army", "Factions", "Group")) else ""
    verb = next((_TAG_VERBS[t] for t in inc.tags if t in _TAG_VERBS and inc.sub_event_type in _TAG_KINDS[t]),
                None) or _VERBS.get(inc.sub_event_type, "acted")
    where = ""
    loc = inc.location
    if loc is not None:
        place = loc.name or loc.name_ar or ""
        area = loc.admin1 if loc.admin1 and loc.admin1 != place else (loc.country if loc.country != place else None)
        near = "near " if loc.geo_precision == 2 else "in "
        where = f" {near}{place}" + (f" ({area})" if area else "")
    target = ""
    if inc.actor2 is not None and inc.actor2 != inc.actor1:
        target = " against " + ("civilians" if inc.actor2.id == "civilians" else inc.actor2.name)
    tolls = []
    for key, label in (("killed", "killed"), ("civilians_killed", "civilians among the dead"),
                       ("injured", "injured"), ("captured", "captured")):
        n = _count(inc.casualties.get(key))
        if n is not None:
            tolls.append(f"{n} {label}")
    tail = ("; " + ", ".join(tolls)) if tolls else ""
    s = f"{when}{who} {verb}{where}{target}{tail}."
    s = s[0].upper() + s[1:]
    return " ".join(s.split())
