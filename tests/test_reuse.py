"""Copied-text detection: alignment, LSH candidates, direction, and the seeds' copied paragraph."""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from rasd.link.reuse import align, band_keys, chunks, direction, tokens
from rasd.model import Document
from rasd.store.testing import StaticExtract, memory_store

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seeds" / "documents.jsonl"

PARAGRAPH = (
    "وأوضحت المصادر أن نحو 20 عنصراً يرجح أنهم تابعون لقوات التحالف الدولي، يرافقهم عنصر يتحدث اللغة العربية، "
    "قاموا بعملية إنزال من مروحيتين عسكريتين، ونزلوا في منزل عند ضفاف الفرات بأطراف بلدة بقرص، كان يتخذه "
    "التنظيم كمستودع للأسلحة والذخيرة، حيث قامت عناصر الإنزال بإجلاء خبير متفجرات كان بداخل المنزل وهو من "
    "جنسية أوروبية، بالإضافة لثلاثة عناصر من جنسية عربية، يرجح أنهم مصريون، ورجل مدني من بلدة بقرص."
)
OTHER_1 = (
    "أعلنت وزارة الصحة عن افتتاح مستشفى جديد في العاصمة يضم مئتي سرير وأقساما للطوارئ والولادة والأطفال، "
    "وقال الوزير إن المستشفى سيخدم سكان الأحياء الجنوبية الذين كانوا يقطعون مسافات طويلة للعلاج. "
)
OTHER_2 = (
    "ارتفعت أسعار الذهب في الأسواق المحلية مع تراجع سعر صرف العملة، وقال تجار إن الطلب على المشغولات "
    "انخفض بشكل ملحوظ خلال الأسبوع الماضي بسبب ارتفاع الأسعار وتراجع القدرة الشرائية للمواطنين. "
)
OTHER_3 = (
    "فاز المنتخب الوطني لكرة القدم على نظيره في المباراة الودية التي أقيمت مساء الجمعة على الملعب البلدي، "
    "وسجل المهاجم هدفين في الشوط الثاني بعد تمريرات من لاعب الوسط الذي اختير أفضل لاعب في اللقاء. "
)


def test_tokens_keep_original_offsets():
    text = "قصفت الطائراتُ بلدةَ بقرص"
    toks = tokens(text)
    assert [text[t.start:t.end] for t in toks] == ["قصفت", "الطائراتُ", "بلدةَ", "بقرص"]
    assert toks[1].key == "طائرات"  # article off, diacritics folded


def test_copied_paragraph_is_found_with_offsets():
    a = OTHER_1 + "\n" + PARAGRAPH + "\n" + OTHER_2
    edited = PARAGRAPH.replace("التنظيم", "تنظيم داعش").replace("نحو 20", "قرابة عشرين")
    b = OTHER_3 + "\n\nوفي سياق آخر، " + edited
    (p,) = align(a, b)
    assert a[p.a_start:p.a_end].startswith("وأوضحت") and a[p.a_start:p.a_end].endswith("بقرص")
    assert b[p.b_start:p.b_end].startswith("وأوضحت") and p.b_end == len(b) - 1
    assert 0.8 <= p.similarity <= 1.0


def test_unrelated_texts_share_nothing():
    assert align(OTHER_1 * 3, OTHER_2 * 3) == []
    assert align(PARAGRAPH, OTHER_1 + OTHER_2) == []


def test_shuffled_words_are_still_found():
    words = PARAGRAPH.split()
    shuffled = words[:]
    random.Random(4).shuffle(shuffled)
    (p,) = align(OTHER_1 + " " + " ".join(shuffled), PARAGRAPH)
    assert p.b_end - p.b_start > 0.9 * len(PARAGRAPH)


def test_lsh_band_keys_collide_for_copies_only():
    a = band_keys(tokens(OTHER_1 + PARAGRAPH))
    b = band_keys(tokens(PARAGRAPH.replace("مصريون", "سوريون") + OTHER_2))
    c = band_keys(tokens(OTHER_2 + OTHER_1))
    assert set(a) & set(b)
    assert not set(b) & set(band_keys(tokens(OTHER_1)))
    assert all(-(2 ** 63) <= k < 2 ** 63 for k in a + c)


def test_chunks_are_cut_by_content():
    """A paragraph gets the same chunks wherever it is copied (after the first cut)."""
    pa = [" ".join(c) for c in chunks(tokens(OTHER_1 + PARAGRAPH))]
    pb = [" ".join(c) for c in chunks(tokens(OTHER_2 + PARAGRAPH))]
    assert len(set(pa) & set(pb)) >= 2


@pytest.mark.parametrize("a, b, want", [
    ("2017-08-24", "2017-08-26", "a->b"),
    ("2017-08-26", "2017-08-24", "b->a"),
    ("2017-08-26", "2017-08-26", "unknown"),
    (None, "2017-08-26", "b->a"),  # an undated document is taken to be the later copy
    ("2017-08-26", None, "a->b"),
    (None, None, "unknown"),
])
def test_direction(a, b, want):
    d = lambda s: dt.date.fromisoformat(s) if s else None
    assert direction(d(a), d(b)) == want


@pytest.mark.skipif(not SEEDS.exists(), reason="needs ../shared/eval/seeds")
def test_seed_reports_copied_paragraph_and_its_direction():
    """The undated report copies the Buqrus paragraph of the SOHR report dated 2017-08-26."""
    docs = []
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        docs.append(Document(o["id"], o["text"], o.get("title"),
                             dt.date.fromisoformat(o["published"]) if o.get("published") else None))
    store = memory_store()
    store.ingest_documents(docs, extract=StaticExtract({}))
    undated, dated = docs[0], docs[1]
    passages = store.reuse(undated.id)
    assert all(r["other_doc_id"] == dated.id and r["direction"] == "copied_from" for r in passages)
    (r,) = [r for r in passages if "بأطراف بلدة بقرص" in undated.text[r["this_start"]:r["this_end"]]]
    assert "بأطراف بلدة بقرص" in dated.text[r["other_start"]:r["other_end"]]
    assert r["similarity"] >= 0.8
    # the Bulayl paragraph is copied too, with its date rewritten ("فجر الخميس الماضي")
    assert any("البوليل" in undated.text[p["this_start"]:p["this_end"]] for p in passages)
    back = store.reuse(dated.id)
    assert len(back) == len(passages) and all(b["direction"] == "copied_by" for b in back)
