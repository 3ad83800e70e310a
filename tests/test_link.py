"""Cross-document linking: pair evidence, assignment, merged records, incremental store linking,
and the seed reports (an undated report and a dated one sharing two incidents and a paragraph)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rasd.link.linker import (
    LINK_THRESHOLD,
    Mention,
    Source,
    assign,
    block_keys,
    compare,
    merge,
    mergeable,
    pair_score,
    query_keys,
)
from rasd.model import Count, Document
from rasd.store.testing import StaticExtract, make_incident, memory_store

D = dt.date.fromisoformat
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seeds" / "documents.jsonl"


def m(doc: str, **kw) -> Mention:
    """A mention from make_incident keywords."""
    pub = kw.pop("published", None)
    return Mention.from_record(make_incident(doc, **kw).to_dict(), doc, D(pub) if pub else None, mention_id=doc + ":0")


BUQRUS = {"name_ar": "بقرص", "admin1": "Deir-ez-Zor", "lat": 35.05, "lon": 40.42, "gazetteer_id": "g-buqrus"}
TABNI = {"name_ar": "التبني", "admin1": "Deir-ez-Zor", "lat": 35.56, "lon": 39.78, "gazetteer_id": "g-tabni"}


# --- pair evidence ------------------------------------------------------------------------------


def test_same_place_day_act_and_actor_link():
    ev = pair_score(m("a", date="2017-08-24", actor1="coalition", **BUQRUS), m("b", date="2017-08-24", actor1="us", **BUQRUS))
    assert ev is not None and ev.eligible and ev.score >= LINK_THRESHOLD


@pytest.mark.parametrize("change", [
    {"date": "2017-08-28"},  # four days later
    {"name_ar": "الكبر", "lat": 35.58, "lon": 39.68, "gazetteer_id": "g-kubar"},  # another village
    {"actor1": "russia", "sub_event_type": "Shelling/artillery/missile attack"},  # another perpetrator and act
    {"actor1": "russia", "date": "2017-08-27"},  # another perpetrator on the next day
    {"actor1": None, "sub_event_type": "Arrests"},  # another kind of act by someone unnamed
])
def test_same_place_and_day_but_different_in_one_respect_stay_apart(change):
    base = dict(date="2017-08-26", actor1="coalition", sub_event_type="Air/drone strike", **TABNI)
    assert pair_score(m("a", **base), m("b", **{**base, **change})) is None


@pytest.mark.parametrize("change, reason", [
    ({"actor1": "russia"}, "different actor1"),  # the same act: one outlet misread who
    ({"sub_event_type": "Arrests"}, "different sub-events"),  # the same perpetrator: a raid read two ways
])
def test_on_the_same_day_and_place_a_disagreement_costs_but_does_not_part(change, reason):
    base = dict(date="2017-08-26", actor1="coalition", sub_event_type="Air/drone strike", **TABNI)
    agree = pair_score(m("a", **base), m("b", **base))
    ev = pair_score(m("a", **base), m("b", **{**base, **change}))
    assert ev.eligible and LINK_THRESHOLD <= ev.score < agree.score and reason in ev.reasons


@pytest.mark.parametrize("other", ["Other", "Looting/property destruction"])
def test_a_raid_or_the_destruction_a_strike_caused_is_confusable_with_the_strike(other):
    base = dict(date="2017-08-26", actor1="coalition", sub_event_type="Air/drone strike", **TABNI)
    ev = pair_score(m("a", **base), m("b", **{**base, "sub_event_type": other}))
    assert ev is not None and "confusable sub-events" in ev.reasons


def test_roles_read_the_other_way_round_and_partners_do_not_conflict():
    raid = dict(sub_event_type="Arrests", **BUQRUS)
    swapped = pair_score(m("a", date="2017-08-24", actor1="sdf", actor2="isis", **raid),
                         m("b", date="2017-08-25", actor1="isis", actor2="sdf", **raid))
    assert swapped is not None and "actor roles swapped" in swapped.reasons
    joint = pair_score(m("a", date="2017-08-24", actor1="coalition", **raid),
                       m("b", date="2017-08-25", actor1="sdf", **raid))
    assert joint is not None and "allied actor1" in joint.reasons
    assert pair_score(m("a", date="2017-08-24", actor1="coalition", **raid),
                      m("b", date="2017-08-25", actor1="isis", **raid)) is None


def test_a_perpetrator_named_with_its_associate_is_the_same_side():
    """One outlet's "طائرات النظام", another's "طائرات حلف النظام وروسيا" (Russia's, the regime an associate)."""
    base = dict(date="2024-11-30", sub_event_type="Air/drone strike", **TABNI)
    joint = make_incident("b", actor1="russia", **base).to_dict()
    joint["assoc_actors"] = [{"id": "regime", "name": "Syrian Government Forces", "name_ar": "النظام"}]
    ev = pair_score(m("a", actor1="regime", **base), Mention.from_record(joint, "b", mention_id="b:0"))
    assert ev is not None and "associated actor1" in ev.reasons
    assert ev.score == pair_score(m("a", actor1="regime", **base), m("b", actor1="regime", **base)).score


def _dated_by(doc: str, published: str, **kw) -> Mention:
    """A mention whose date the text states (evidence for event_date)."""
    kw.setdefault("evidence", [("event_date", 0, 5, "الخميس")])
    return m(doc, published=published, **kw)


def test_a_report_dated_only_by_its_publication_day_may_tell_of_an_earlier_incident():
    earlier = m("a", date="2017-08-24", actor1="coalition", **BUQRUS)
    stand_in = m("b", date="2017-08-28", published="2017-08-28", actor1="coalition", **BUQRUS)
    ev = pair_score(earlier, stand_in)
    assert ev.eligible and ev.score >= LINK_THRESHOLD and "before publication" in ev.reasons
    assert set(query_keys(earlier)) & set(block_keys(stand_in)) and set(query_keys(stand_in)) & set(block_keys(earlier))
    # the same date stated in words is the day itself
    assert pair_score(earlier, _dated_by("b", "2017-08-28", date="2017-08-28", actor1="coalition", **BUQRUS)) is None
    # nor can it tell of an incident after it was published, or long before
    assert pair_score(m("c", date="2017-08-31", actor1="coalition", **BUQRUS), stand_in) is None
    assert pair_score(m("c", date="2017-08-14", actor1="coalition", **BUQRUS), stand_in) is None


def test_a_publication_day_standing_in_for_the_date_is_weak_evidence_of_the_day():
    base = dict(date="2017-08-24", actor1="coalition", **BUQRUS)
    stated = pair_score(m("a", **base), _dated_by("b", "2017-08-24", **base))
    stand_in = pair_score(m("a", **base), m("b", published="2017-08-24", **base))
    assert stand_in.score < stated.score and "publication day" in stand_in.reasons


def test_undated_side_links_on_place_type_and_actor():
    ev = pair_score(m("a", actor1="coalition", sub_event_type="Other", **BUQRUS),
                    m("b", date="2017-08-24", actor1="coalition", sub_event_type="Other", **BUQRUS))
    assert ev.eligible and ev.score >= LINK_THRESHOLD


def test_undated_report_cannot_tell_of_a_later_incident():
    assert pair_score(m("a", published="2017-08-20", **BUQRUS), m("b", date="2017-08-24", **BUQRUS)) is None


def test_governorate_level_report_needs_day_actor_and_act():
    vague = {"admin1": "Deir-ez-Zor", "date": "2017-08-24", "actor1": "coalition"}
    assert pair_score(m("a", **vague), m("b", date="2017-08-24", actor1="coalition", **BUQRUS)).eligible
    assert not pair_score(m("a", **{**vague, "actor1": None}), m("b", date="2017-08-24", **BUQRUS)).eligible


def test_neighbourhood_and_city():
    city = m("a", date="2018-03-01", name_ar="حلب", lat=36.20, lon=37.15, gazetteer_id="g-aleppo")
    city = Mention(**{**{f: getattr(city, f) for f in Mention.__dataclass_fields__}, "feature": "city"})
    hood = m("b", date="2018-03-01", name_ar="حي الإذاعة", lat=36.19, lon=37.13, gazetteer_id="g-idhaa")
    other_hood = m("c", date="2018-03-01", name_ar="حي الجامعة", lat=36.21, lon=37.11, gazetteer_id="g-jamia")
    assert pair_score(city, hood).eligible
    assert pair_score(hood, other_hood) is None  # two named neighbourhoods: two incidents


def test_blocking_keys_meet():
    a = m("a", date="2017-08-24", **BUQRUS)
    assert set(query_keys(m("b", date="2017-08-25", **BUQRUS))) & set(block_keys(a))
    assert not set(query_keys(m("b", date="2017-09-25", **BUQRUS))) & set(block_keys(a))
    undated = m("c", **BUQRUS)
    assert set(query_keys(undated)) & set(block_keys(a))  # by place
    assert set(query_keys(a)) & set(block_keys(undated))


# --- assignment and merging ---------------------------------------------------------------------


def test_assign_best_incident_once_per_document():
    incidents = {1: [m("x", date="2017-08-24", actor1="coalition", **BUQRUS)],
                 2: [m("y", date="2017-08-24", actor1="coalition", **TABNI)]}
    new = [m("z", date="2017-08-24", actor1="coalition", **BUQRUS),
           m("z", date="2017-08-24", actor1="coalition", sub_event_type="Other", **BUQRUS),
           m("z", date="2017-08-24", actor1="coalition", **TABNI)]
    got = [a.incident for a in assign(new, incidents)]
    assert got == [1, None, 2]


def test_incident_with_a_conflicting_member_is_not_joined():
    incidents = {1: [m("x", date="2017-08-24", actor1="coalition", **BUQRUS), m("y", actor1="isis", **BUQRUS)]}
    assert assign([m("z", date="2017-08-24", actor1="coalition", **BUQRUS)], incidents)[0].incident is None


def test_mergeable():
    assert mergeable([m("x", **BUQRUS)], [m("y", date="2017-08-24", **BUQRUS)])
    assert not mergeable([m("x", actor1="isis", **BUQRUS)], [m("y", actor1="regime", **BUQRUS)])
    assert not mergeable([m("x", **BUQRUS)], [m("x", **BUQRUS)])


def _src(doc: str, pub: str | None, **kw) -> Source:
    return Source(doc + ":0", make_incident(doc, **kw).to_dict(), doc, D(pub) if pub else None, outlet=doc.upper())


def test_merged_counts_keep_every_value_and_show_disagreement():
    got = merge("i-1", [_src("a", "2018-01-02", date="2018-01-01", killed=3, actor1="russia", **BUQRUS),
                        _src("b", "2018-01-03", date="2018-01-01", killed=Count(5, 5, 7), **BUQRUS),
                        _src("c", None, killed=4, actor1="unknown", **BUQRUS)])
    rec = got.record
    assert rec["casualties"]["killed"] == {"low": 3, "best": 4, "high": 7}
    assert [x["value"] for x in rec["disagreements"]["killed"]] == [3, 5, 4]
    assert rec["actor1"]["id"] == "russia"  # a named actor beats "unknown"
    assert rec["doc_ids"] == ["a", "b", "c"] and rec["outlets"] == ["A", "B", "C"]
    assert rec["event_date"] == "2018-01-01" and "event_date" not in rec["disagreements"]
    assert [s["values"]["killed"] for s in got.sources] == [3, 5, 4]
    assert len(rec["evidence"]) == 0 and 0.9 < rec["confidence"] < 1


def test_merged_date_prefers_day_precision_and_majority():
    got = merge("i-1", [_src("a", None, date="2018-01-01", precision="month", **BUQRUS),
                        _src("b", None, date="2018-01-05", **BUQRUS), _src("c", None, date="2018-01-05", **BUQRUS),
                        _src("d", None, date="2018-01-04", **BUQRUS)])
    assert (got.record["event_date"], got.record["date_precision"]) == ("2018-01-05", "day")
    assert {x["value"] for x in got.disagreements["event_date"]} == {"2018-01-01", "2018-01-05", "2018-01-04"}


def test_merged_date_prefers_a_stated_day_to_a_publication_day_standing_in():
    got = merge("i-1", [_src("a", "2018-01-05", date="2018-01-05", **BUQRUS),
                        _src("b", "2018-01-06", date="2018-01-03", evidence=[("event_date", 0, 5, "الأربعاء")], **BUQRUS)])
    assert got.record["event_date"] == "2018-01-03"


def test_merged_date_prefers_the_day_of_the_act_to_the_days_of_statements_about_it():
    # two outlets date the attack by the ministry's Sunday announcement (the act that day or the week
    # before); one names the Wednesday it happened
    stated = [_src(x, "2018-05-27", date="2018-05-27", evidence=[("event_date", 0, 5, "الأحد")], **BUQRUS)
              for x in ("a", "b")]
    for src in stated:
        src.record["date_range"] = ["2018-05-20", "2018-05-27"]
    act = _src("c", "2018-05-27", date="2018-05-23", evidence=[("event_date", 0, 8, "الأربعاء")], **BUQRUS)
    assert merge("i-1", [*stated, act]).record["event_date"] == "2018-05-23"
    # a statement's day and a day within its week can be one incident's
    m_act = Mention.from_record(act.record, "c", D("2018-05-27"))
    m_stated = Mention.from_record(stated[0].record, "a", D("2018-05-27"))
    assert not isinstance(compare(m_act, m_stated), str)


# --- the store links incrementally ---------------------------------------------------------------


def _docs(*ids: str, published: str | None = "2018-03-02") -> list[Document]:
    return [Document(i, f"تقرير {i} عن قصف", published=D(published) if published else None, outlet="O" + i) for i in ids]


def test_store_links_reports_of_one_incident_and_keeps_ids_stable():
    ex = StaticExtract({
        "a": [make_incident("a", date="2018-03-01", actor1="russia", killed=5, **BUQRUS)],
        "b": [make_incident("b", date="2018-03-01", actor1="russia", killed=7, **BUQRUS)],
        "c": [make_incident("c", date="2018-03-01", actor1="regime", sub_event_type="Shelling/artillery/missile attack",
                            **BUQRUS)],
        "d": [make_incident("d", date="2018-03-02", actor1="russia", **BUQRUS)],
    })
    s = memory_store()
    s.ingest_documents(_docs("a", "b", "c"), extract=ex)
    recs, n = s.incidents(sort="id")
    assert n == 2
    merged = next(r for r in recs if len(r["doc_ids"]) == 2)
    assert merged["doc_ids"] == ["a", "b"] and merged["sources"] == 2
    assert merged["casualties"]["killed"] == {"low": 5, "best": 7, "high": 7}  # the later, higher toll
    assert set(merged["disagreements"]) == {"killed"}
    view = s.incident(merged["id"])
    assert [x["doc_id"] for x in view["sources"]] == ["a", "b"]
    assert view["disagreements"]["killed"] == [{"doc_id": "a", "value": 5}, {"doc_id": "b", "value": 7}]

    other = next(r for r in recs if r["doc_ids"] == ["c"])
    before_other = s.incident(other["id"])
    s.ingest_documents(_docs("d"), extract=ex)  # a later report joins without relinking the rest
    assert s.incident(merged["id"])["doc_ids"] == ["a", "b", "d"]
    assert s.incident(other["id"]) == before_other
    snapshot = s.incidents(sort="id")
    s.ingest_documents(_docs("a", "b", "c", "d"), extract=ex)
    assert s.incidents(sort="id") == snapshot


def test_ingest_order_does_not_change_the_grouping():
    ex = StaticExtract({d: [make_incident(d, date="2018-03-01", actor1="russia", **BUQRUS),
                            make_incident(d, 1, date="2018-03-01", actor1="regime", sub_event_type="Armed clash",
                                          **TABNI)] for d in "abc"})
    groups = []
    for order in ("abc", "cba", "bca"):
        s = memory_store()
        s.ingest_documents(_docs(*order), extract=ex)
        groups.append(sorted(tuple(r["doc_ids"]) for r in s.incidents()[0]))
        assert s.stats()["incidents"] == 2
    assert groups[0] == [("a", "b", "c")] * 2
    assert all(sorted(map(sorted, g)) == sorted(map(sorted, groups[0])) for g in groups)


def test_a_bridging_report_merges_two_incidents():
    shared_a = "كانت الطائرات الحربية قد استهدفت صباح اليوم الأحياء السكنية في البلدة المحاصرة منذ أسابيع طويلة وسط نزوح الأهالي نحو المزارع القريبة هربا من القصف المتواصل"
    shared_b = "وقالت مصادر محلية إن فرق الدفاع المدني عملت لساعات على انتشال الضحايا من تحت الأنقاض وإسعاف المصابين إلى المشافي الميدانية التي تعاني نقصا حادا في المعدات الطبية"
    texts = {"a": shared_a + "\nخبر أول.", "b": "خبر ثان.\n" + shared_b, "c": shared_a + "\n" + shared_b}
    ex = StaticExtract({
        "a": [make_incident("a", sub_event_type="Air/drone strike", **BUQRUS)],
        "b": [make_incident("b", sub_event_type="Shelling/artillery/missile attack", actor1="russia", **BUQRUS)],
        "c": [make_incident("c", date="2018-03-01", sub_event_type="Air/drone strike", actor1="russia", **BUQRUS)],
    })
    s = memory_store()
    s.ingest_documents([Document(k, v) for k, v in texts.items() if k != "c"], extract=ex)
    ids = [r["id"] for r in s.incidents(sort="id")[0]]
    assert len(ids) == 2
    s.ingest_documents([Document("c", texts["c"], published=D("2018-03-01"))], extract=ex)
    (rec,), _ = s.incidents()
    assert rec["doc_ids"] == ["c", "a", "b"]
    assert rec["id"] in ids and s.incident(ids[0])["id"] == s.incident(ids[1])["id"] == rec["id"]  # old ids resolve


# --- the seed reports --------------------------------------------------------------------------


def _weekday_before(published: dt.date | None, weekday: int, strictly: bool) -> dt.date | None:
    """What a date recognizer makes of "السبت" / "الخميس الماضي" given the publication day."""
    if published is None:
        return None
    back = (published.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _seed_extract(docs: dict[str, Document]) -> StaticExtract:
    """Incidents of the two seed reports as an extractor would give them, with evidence spans found in
    the texts; relative dates of the undated report are resolved against whatever publication day
    it is given, as the date recognizer does."""
    undated, dated = list(docs)

    def ev(doc_id: str, phrase: str) -> list[tuple[str, int, int, str]]:
        i = docs[doc_id].text.index(phrase)
        return [("location", i, i + len(phrase), phrase)]

    airdrop = {"sub_event_type": "Other", "event_type": "Strategic developments", "actor1": "coalition", "actor2": "isis"}
    bulayl = {"name_ar": "البوليل", "admin1": "Deir-ez-Zor", "lat": 35.03, "lon": 40.48, "gazetteer_id": "g-bulayl"}

    def first(doc: Document) -> list:
        sat = _weekday_before(doc.published, 5, strictly=False)  # "عصر السبت"
        thu = _weekday_before(doc.published, 3, strictly=True)  # "فجر الخميس الماضي"
        return [
            make_incident(undated, 0, date=sat, evidence=ev(undated, "في منطقة التبني"), **airdrop, **TABNI),
            make_incident(undated, 1, date=sat, sub_event_type="Shelling/artillery/missile attack", actor1="sdf",
                          actor2="isis", evidence=ev(undated, "قصف مدفعي"), **TABNI),
            make_incident(undated, 2, date=thu, evidence=ev(undated, "في منطقة البوليل"), **airdrop, **bulayl),
            make_incident(undated, 3, evidence=ev(undated, "بأطراف بلدة بقرص"), **airdrop, **BUQRUS),
        ]

    second = [
        make_incident(dated, 0, date="2017-08-24", evidence=ev(dated, "بأطراف بلدة بقرص"), **airdrop, **BUQRUS),
        make_incident(dated, 1, date="2017-08-24", sub_event_type="Air/drone strike", actor1="coalition",
                      evidence=ev(dated, "الطائرات استهدفت مستودع المتفجرات"), **BUQRUS),
        make_incident(dated, 2, date="2017-08-24", evidence=ev(dated, "في منطقة البوليل"), **airdrop, **bulayl),
        make_incident(dated, 3, date="2017-04-06", sub_event_type="Armed clash", actor1="coalition", actor2="isis",
                      evidence=ev(dated, "بادية التبني"), **TABNI),
    ]
    return StaticExtract({undated: first, dated: second})


def _seed_docs() -> dict[str, Document]:
    out = {}
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        out[o["id"]] = Document(o["id"], o["text"], o.get("title"), D(o["published"]) if o.get("published") else None,
                                o.get("outlet"))
    return out


@pytest.mark.skipif(not SEEDS.exists(), reason="needs ../shared/eval/seeds")
@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_seed_reports(order):
    docs = _seed_docs()
    undated, dated = list(docs)
    s = memory_store()
    report = s.ingest_documents([list(docs.values())[i] for i in order], extract=_seed_extract(docs))
    assert report.redated >= 1
    recs, _ = s.incidents(limit=100)
    by_place = {}
    for r in recs:
        by_place.setdefault(r["location"]["name_ar"], []).append(r)

    # the two shared incidents are each one record listing both reports
    (buqrus_drop,) = [r for r in by_place["بقرص"] if r["sub_event_type"] == "Other"]
    (bulayl,) = by_place["البوليل"]
    for r in (buqrus_drop, bulayl):
        assert sorted(r["doc_ids"]) == sorted([undated, dated]) and r["event_date"] == "2017-08-24"
    # the undated report's own incidents are dated from the dated one: "عصر السبت" → 26 August
    tabni = {(r["sub_event_type"], r["event_date"]): r["doc_ids"] for r in by_place["التبني"]}
    assert tabni == {("Other", "2017-08-26"): [undated], ("Shelling/artillery/missile attack", "2017-08-26"): [undated],
                     ("Armed clash", "2017-04-06"): [dated]}
    doc = s.document(undated)
    assert doc["published"] is None and "2017-08-26" <= doc["published_inferred"] <= "2017-08-31"
    # the copied Buqrus paragraph, with its direction
    copied = [p for p in doc["reuse"] if "بقرص" in docs[undated].text[p["this_start"]:p["this_end"]]]
    assert copied and copied[0]["direction"] == "copied_from" and copied[0]["other_doc_id"] == dated
    # a second ingest changes nothing
    snapshot = (s.incidents(limit=100), s.stats())
    assert s.ingest_documents(list(docs.values()), extract=_seed_extract(docs)).unchanged == 2
    assert (s.incidents(limit=100), s.stats()) == snapshot
