"""End to end on the two seed reports: the incidents, places, types and dates their gold holds."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rasd.model import Document
from rasd.pipeline import check_order, extract
from rasd.text.normalize import fold

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "seeds.jsonl"


def _seeds() -> dict[str, Document]:
    from rasd.read import iter_documents

    return {d.id: d for d in iter_documents([str(EXAMPLES)])}


def _key(name: str | None) -> str:
    s = fold(name or "")
    return s.removeprefix("ال")


# (place as the report writes it, sub-event type, date or None)
SEED_DATED = [
    ("بقرص", "Armed clash", "2017-08-24"),
    ("بقرص", "Air/drone strike", "2017-08-24"),
    ("البوليل", "Other", "2017-08-24"),
    ("التبني", "Armed clash", "2017-04-06"),
    ("الكرين", "Other", "2017-03-22"),
    ("الكبر", "Armed clash", "2017-01-08"),
]
SEED_UNDATED = [("التبني", "Other"), ("التبني", "Shelling/artillery/missile attack"), ("البوليل", "Other"),
                ("بقرص", "Other")]


def _found(incidents, place: str, sub: str):
    return [i for i in incidents if _key(i.location.name_ar) == _key(place) and i.sub_event_type == sub]


@pytest.mark.parametrize("place,sub,date", SEED_DATED)
def test_dated_seed(place, sub, date):
    doc = _seeds()["002_4bd687e866dc954b.txt"]
    hits = _found(extract(doc), place, sub)
    assert hits, f"no {sub} at {place}"
    assert any(i.event_date == dt.date.fromisoformat(date) for i in hits)


@pytest.mark.parametrize("place,sub", SEED_UNDATED)
def test_undated_seed(place, sub):
    doc = _seeds()["000_68ca2180bc9c5453.txt"]
    assert _found(extract(doc), place, sub), f"no {sub} at {place}"


def test_evidence_quotes_the_original_text():
    for doc in _seeds().values():
        for inc in extract(doc):
            assert inc.evidence, inc
            for ev in inc.evidence:
                assert doc.text[ev.start:ev.end] == ev.text
            assert inc.notes and inc.notes.endswith(".")


def test_records_follow_the_schema():
    for doc in _seeds().values():
        for inc in extract(doc):
            d = json.loads(json.dumps(inc.to_dict(), ensure_ascii=False))
            assert d["schema"] == "rasd.incident/1"
            assert set(d["casualties"]) == {"killed", "civilians_killed", "injured", "captured"}
            assert d["doc_ids"] == [doc.id]
            assert not (d["actor1"] and d["actor2"] and d["actor1"]["id"] == d["actor2"]["id"])


def test_no_incident_in_a_text_without_one():
    doc = Document(id="x", text="عقد وزير الخارجية اجتماعا مع نظيره لبحث العلاقات الثنائية.", published=dt.date(2018, 4, 1))
    assert extract(doc) == []


def test_stage_order_is_checked():
    check_order()


def test_a_page_whose_body_lost_the_article_is_read_by_its_title():
    doc = Document(id="p", title="استشهاد مواطنين في استهداف مسيرة للاحتلال التركي لمنزل في مدينة كوباني",
                   text="الجمعة 31 تموز\nتفاهمات القاهرة بشأن غزة\nاللغة/Language\nعربي\nENGLISH",
                   published=dt.date(2025, 1, 29))
    (inc,) = extract(doc)
    assert inc.location.admin1 == "Aleppo"
    assert all(e.part == "title" and doc.title[e.start:e.end] == e.text for e in inc.evidence)


def test_a_page_that_lost_its_article_and_its_title_is_read_by_the_headline_in_its_link():
    from rasd.pipeline import url_headline

    url = ("https://hawarnews.com/ar/%D8%A7%D8%B3%D8%AA%D8%B4%D9%87%D8%A7%D8%AF-3-%D8%A3%D8%B4%D8%AE%D8%A7%D8%B5-"
           "%D8%A8%D9%82%D8%B5%D9%81-%D9%84%D9%84%D8%A7%D8%AD%D8%AA%D9%84%D8%A7%D9%84-%D8%A7%D9%84%D8%AA%D8%B1%D9%83%D9%8A-"
           "%D9%81%D9%8A-%D9%85%D8%AF%D9%8A%D9%86%D8%A9-%D9%83%D9%88%D8%A8%D8%A7%D9%86%D9%8A?fbclid=x")
    assert url_headline(url) == "استشهاد 3 أشخاص بقصف للاحتلال التركي في مدينة كوباني"
    assert url_headline("https://www.enabbaladi.net/archives/657717") is None
    doc = Document(id="u", text="الجمعة 31 تموز\nتفاهمات القاهرة بشأن غزة", url=url, published=dt.date(2025, 1, 28))
    (inc,) = extract(doc)
    assert inc.location.admin1 == "Aleppo"
    assert all(e.part == "url" and url_headline(url)[e.start:e.end] == e.text for e in inc.evidence)


def test_a_page_of_other_articles_headlines_is_read_by_its_title_too():
    doc = Document(id="h", title="إصابة طفلة في القصف التركي على مدينة كوباني",
                   text=("السبت 1 آب, 2026\n\nالجيش الكويتي: الدفاعات الجوية تتصدى لهجمات بمسيرات\n\n"
                         "مقتل رجل مسن في الرقة إثر تعرضه لإطلاق نار من قبل مجهولين\n\n"
                         "5 قتلى و4 مصابين في استهدافات لمرتزقة داعش خلال تموز\n\n"
                         "بالصور.. لمحات من طبيعة عفرين والزيتون"),
                   published=dt.date(2024, 10, 24))
    incs = extract(doc)
    titled = [i for i in incs if i.evidence[0].part == "title"]
    assert [i.location.name_ar for i in titled] == ["كوباني"]
    assert all(i.event_date == dt.date(2024, 10, 24) for i in incs)  # never the page header's day


@pytest.mark.parametrize("post, place", [
    # the page's name glued to the post's stamp tells who posted: the place the post names is the act's
    ("#عاجل قصف مدفعي يستهدف منازل المدنيين في الريف الشرقي لمنبج.مما أدى إلى مقتل طفلين.", "منبج"),
    # ... and the name is still all there is when the post names no place
    ("#عاجل قصف مدفعي يستهدف منازل المدنيين مما أدى إلى مقتل طفلين.", "الرقة"),
])
def test_the_page_name_glued_to_a_posts_stamp_gives_way_to_the_posts_place(post, place):
    text = ("#عاجل قصف مدفعي... - شبكة أخبار الرقة\nFacebookشبكة أخبار الرقة's Post\n\n"
            "شبكة أخبار الرقةMay 4, 2025 · Shared with Public" + post)
    (inc,) = extract(Document(id="fb", text=text, published=dt.date(2025, 5, 4)))
    assert inc.location.name_ar == place


def test_a_saved_post_is_read_up_to_its_readers_comments():
    from rasd.pipeline import post_end

    post = ("تلفزيون إدلب November 30, 2024 · Shared with Public#عاجل | قصف جوي روسي استهدف مخيما للمهجرين "
            "في حي الجامعة بمدينة إدلب أسفر عن إصابة 4 مدنيين")
    comments = ("All reactions:2918 comments2 sharesLikeCommentMost relevant\ufeffأبو أحمداللهم سلم1y"
                "Rustomالجولاني اعطى الاحداثيات لكسب الرضى1yسمير يعني طيران امريكي قتل 3 أطفال1y")
    assert post_end(post + comments) == len(post)
    assert post_end(post) == len(post)
    (inc,) = extract(Document(id="fb", text=post + comments, published=dt.date(2024, 11, 30)))
    assert (inc.location.name_ar, inc.actor1.id, inc.casualties["injured"].best) == ("الجامعة", "russia", 4)
    assert "killed" not in inc.casualties
    assert all(e.end <= len(post) for e in inc.evidence)
