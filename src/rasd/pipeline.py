"""The per-document function: one document in, its incidents out.

``extract`` is pure — it reads nothing but its arguments and the packaged data loaded once per
process — so the CLI, the web server and a Spark job all call the very same code.

Stages run in a fixed order; each declares what it needs and what it sets on the ``Analysis``,
and :func:`check_order` verifies at import time that nothing reads a slot before it is set.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rasd.model import Document, Incident
from rasd.text.normalize import NormText, fold
from rasd.text.segment import sentences

if TYPE_CHECKING:
    from rasd.geo.gazetteer import Gazetteer


@dataclass
class Analysis:
    """Working state of one document while the stages run (not shared across documents)."""

    doc: Document
    gazetteer: Gazetteer | None
    nt: NormText | None = None
    sentences: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    counts: list = field(default_factory=list)
    actors: list = field(default_factory=list)
    events: list = field(default_factory=list)
    places: list = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[Analysis], None]


def _normalize(a: Analysis) -> None:
    a.nt = NormText.of(a.doc.text)


def _segment(a: Analysis) -> None:
    a.sentences = sentences(a.doc.text)


def _dates(a: Analysis) -> None:
    from rasd.recognize.dates import find_dates

    a.dates = find_dates(a.nt, a.doc.published)


def _counts(a: Analysis) -> None:
    from rasd.recognize.counts import find_counts

    a.counts = find_counts(a.nt)


def _actors(a: Analysis) -> None:
    from rasd.recognize.actors import find_actors

    a.actors = find_actors(a.nt)


def _events(a: Analysis) -> None:
    from rasd.recognize.events import find_events

    a.events = find_events(a.nt)


def _places(a: Analysis) -> None:
    from rasd.recognize.places import find_places

    a.places = find_places(a.nt, a.gazetteer)


def _assemble(a: Analysis) -> None:
    from rasd.assemble import assemble

    a.incidents = assemble(a)


STAGES: tuple[Stage, ...] = (
    Stage("normalize", ("doc",), ("nt",), _normalize),
    Stage("segment", ("doc",), ("sentences",), _segment),
    Stage("events", ("nt",), ("events",), _events),
    Stage("dates", ("nt",), ("dates",), _dates),
    Stage("counts", ("nt",), ("counts",), _counts),
    Stage("actors", ("nt",), ("actors",), _actors),
    Stage("places", ("nt", "gazetteer"), ("places",), _places),
    Stage("assemble", ("nt", "sentences", "dates", "counts", "actors", "events", "places", "gazetteer"),
          ("incidents",), _assemble),
)


def check_order(stages: tuple[Stage, ...] = STAGES) -> None:
    """Raise ValueError when a stage requires a slot no earlier stage assigns."""
    have = {"doc", "gazetteer"}
    for st in stages:
        missing = set(st.requires) - have
        if missing:
            raise ValueError(f"stage {st.name!r} needs {sorted(missing)} before it runs")
        have |= set(st.assigns)


check_order()


def analyze(doc: Document, gazetteer: Gazetteer | None = None) -> Analysis:
    """Run every stage and return the working state (for debugging and `rasd explain`)."""
    if gazetteer is None:
        from rasd.geo.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    a = Analysis(doc=doc, gazetteer=gazetteer)
    for st in STAGES:
        st.run(a)
        if st.name == "events" and not a.events:
            break  # no cue of an act anywhere: nothing later can make an incident
    return a


def extract(doc: Document, gazetteer: Gazetteer | None = None) -> list[Incident]:
    """The incidents one document reports, each with its evidence spans.

    A saved page sometimes keeps only menus and tickers in its body while the title still tells
    the news ("استشهاد مواطنين في استهداف الاحتلال التركي لمنزل في كوباني"): when the body yields
    nothing and does not contain the title, the title is read on its own, and its evidence says so
    (``part="title"``)."""
    incidents = analyze(doc, gazetteer).incidents
    if incidents or not doc.title or fold(doc.title).strip()[:60] in fold(doc.text):
        return incidents
    from rasd.recognize.events import find_events

    if not find_events(NormText.of(doc.title)):
        return incidents  # a title with no act in it cannot give one
    from dataclasses import replace

    titled = replace(doc, id=doc.id, text=doc.title, published_evidence=None)
    out = []
    for inc in analyze(titled, gazetteer).incidents:
        evidence = tuple(replace(e, part="title") for e in inc.evidence)
        out.append(replace(inc, id=inc.id + "-title", evidence=evidence, confidence=inc.confidence * 0.8))
    return out
