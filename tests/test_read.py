"""Reading documents: every input kind, encodings, and the bad inputs a batch must survive."""
from __future__ import annotations

import datetime as dt
import io
import json
import logging
import sys
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rasd.errors import DocumentError
from rasd.model import Document
from rasd.pipeline import extract
from rasd.published import SNOWFLAKE_EPOCH_MS, SNOWFLAKE_SHIFT
from rasd.read import (
    MAX_DOCUMENT_BYTES,
    decode_bytes,
    document_from_dict,
    html_title,
    html_to_text,
    iter_documents,
    strip_tags,
)

ARABIC = "قتل ثلاثة مدنيين وأصيب آخرون جراء قصف مدفعي على بلدة كنصفرة في جبل الزاوية جنوبي إدلب."
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def read(*inputs: str | Path, **kw: object) -> list[Document | DocumentError]:
    return list(iter_documents([str(i) for i in inputs], **kw))  # type: ignore[arg-type]


def only_doc(*inputs: str | Path, **kw: object) -> Document:
    (doc,) = read(*inputs, **kw)
    assert isinstance(doc, Document), doc
    return doc


def only_error(*inputs: str | Path, **kw: object) -> DocumentError:
    (err,) = read(*inputs, **kw)
    assert isinstance(err, DocumentError), err
    return err


# --- input kinds ------------------------------------------------------------------------------


def test_txt_file(tmp_path: Path) -> None:
    p = tmp_path / "report.txt"
    p.write_text(ARABIC, encoding="utf-8")
    doc = only_doc(p)
    assert (doc.id, doc.text, doc.title, doc.published, doc.published_source) == ("report.txt", ARABIC, None, None, None)


def test_txt_publication_date_found_in_the_text(tmp_path: Path) -> None:
    text = "عنوان الخبر\n\n2024.11.29 | 11:56 دمشق\n\n" + ARABIC
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    doc = only_doc(tmp_path / "a.txt")
    assert doc.published == dt.date(2024, 11, 29)
    assert doc.published_source == "page"
    assert doc.published_evidence is not None
    assert text[slice(*doc.published_evidence)] == "2024.11.29 | 11:56 دمشق"


def test_html_file(tmp_path: Path) -> None:
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>قصف على كنصفرة | موقع</title>
    <meta property="og:title" content="قصف على كنصفرة">
    <meta property="article:published_time" content="2021-08-20T09:23:00+03:00"></head>
    <body><nav><a href="/">الرئيسية</a></nav><article><h1>قصف على كنصفرة</h1><p>{ARABIC}</p></article></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    doc = only_doc(tmp_path / "page.html")
    assert doc.id == "page.html"
    assert doc.title == "قصف على كنصفرة"
    assert ARABIC in doc.text and "<" not in doc.text
    assert (doc.published, doc.published_source, doc.published_evidence) == (dt.date(2021, 8, 20), "metadata", None)


def test_html_title_falls_back_to_title_tag() -> None:
    assert html_title("<html><head><title> قصف &amp; نزوح </title></head></html>") == "قصف & نزوح"
    assert html_title("<p>لا عنوان</p>") is None
    assert html_title("<meta content=\"عنوان\" property=\"og:title\"><title>آخر</title>") == "عنوان"


def test_jsonl_file(tmp_path: Path) -> None:
    rows = [
        {"id": "a", "text": ARABIC, "title": "ع", "published": "2017-08-26T10:00:00Z", "outlet": "SOHR", "url": "u"},
        {"text": "نشر في 23 نوفمبر,2025\n" + ARABIC},
        {"id": 7, "html": f"<html><head><title>عنوان</title></head><body><p>{ARABIC}</p></body></html>"},
    ]
    p = tmp_path / "docs.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    a, b, c = read(p)
    assert isinstance(a, Document) and isinstance(b, Document) and isinstance(c, Document)
    assert (a.id, a.title, a.published, a.published_source, a.outlet, a.url) == (
        "a", "ع", dt.date(2017, 8, 26), "metadata", "SOHR", "u")
    assert (a.published_hour, b.published_hour, c.published_hour) == (13, None, None)  # 10:00 UTC in Damascus
    assert b.id == f"{p}:2"  # no id: the file and line name it
    assert (b.published, b.published_source) == (dt.date(2025, 11, 23), "page")
    assert (c.id, c.title) == ("7", "عنوان") and ARABIC in c.text


def test_html_meta_time_gives_the_publication_hour(tmp_path: Path) -> None:
    """A page whose markup dates it before dawn gets its hour, as JSON Lines metadata would give it
    (the night edition tells of the day before, see rasd.assemble.dates)."""
    page = ('<html><head><meta property="article:published_time" content="2018-03-24T00:56:34+00:00">'
            f"</head><body><p>{ARABIC}</p></body></html>")
    p = tmp_path / "night.html"
    p.write_text(page, encoding="utf-8")
    (doc,) = read(p)
    assert isinstance(doc, Document)
    assert (doc.published, doc.published_source, doc.published_hour) == (dt.date(2018, 3, 24), "metadata", 3)


def test_json_list_and_object(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(json.dumps([{"id": "x", "text": ARABIC}, {"text": ARABIC}]), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"id": "y", "text": ARABIC}), encoding="utf-8")
    docs = read(tmp_path / "list.json", tmp_path / "one.json")
    assert [d.id for d in docs] == ["x", f"{tmp_path / 'list.json'}#2", "y"]


def test_folder_reads_known_files_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<p>{ARABIC}</p>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": ARABIC}) + "\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text(ARABIC, encoding="utf-8")
    assert [d.id for d in read(tmp_path)] == ["a.html", "b.txt", "c1"]


def test_missing_path_is_an_error_not_an_exception(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(ARABIC, encoding="utf-8")
    err, doc = read(tmp_path / "nope.txt", tmp_path / "ok.txt")
    assert isinstance(err, DocumentError) and "no such file" in str(err)
    assert isinstance(doc, Document)


def test_defaults_apply_only_when_the_document_has_none(tmp_path: Path) -> None:
    rows = [{"id": "own", "text": ARABIC, "published": "2020-01-02", "outlet": "Hawar"}, {"id": "bare", "text": ARABIC}]
    p = tmp_path / "d.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    own, bare = read(p, published=dt.date(2024, 5, 1), outlet="SOHR")
    assert isinstance(own, Document) and isinstance(bare, Document)
    assert (own.published, own.outlet) == (dt.date(2020, 1, 2), "Hawar")
    assert (bare.published, bare.outlet, bare.published_source) == (dt.date(2024, 5, 1), "SOHR", "metadata")


def test_default_published_beats_a_page_stamp(tmp_path: Path) -> None:
    # The user said when these were published; a stamp found in the page is only a guess.
    (tmp_path / "a.txt").write_text("2024.11.29 | 11:56 دمشق\n\n" + ARABIC, encoding="utf-8")
    doc = only_doc(tmp_path / "a.txt", published=dt.datetime(2024, 12, 3, 10, 0))
    assert doc.published == dt.date(2024, 12, 3) and type(doc.published) is dt.date


def test_a_saved_post_s_own_stamp_beats_a_later_metadata_day() -> None:
    post = "حماة بلدنا\nDecember 5, 2024 · Shared with Public\n" + ARABIC
    doc = document_from_dict({"id": "p", "text": post, "published": "2024-12-06"}, where="f:1")
    assert (doc.published, doc.published_source) == (dt.date(2024, 12, 5), "page")
    assert post[doc.published_evidence[0]:doc.published_evidence[1]].startswith("December 5, 2024")
    # the metadata stands when it is the same day or earlier, and for pages that are no posts
    doc = document_from_dict({"id": "p", "text": post, "published": "2024-12-04"}, where="f:1")
    assert (doc.published, doc.published_source) == (dt.date(2024, 12, 4), "metadata")
    doc = document_from_dict({"id": "a", "text": "2024.11.29 | 11:56 دمشق\n\n" + ARABIC, "published": "2024-12-03"},
                             where="f:1")
    assert doc.published == dt.date(2024, 12, 3)


def test_url_date_when_the_text_has_none(tmp_path: Path) -> None:
    doc = document_from_dict({"id": "u", "text": ARABIC, "url": "https://www.jesrpress.com/2021/08/30/slug/"}, where="x")
    assert (doc.published, doc.published_source, doc.published_evidence) == (dt.date(2021, 8, 30), "url", None)


def test_the_day_a_title_claims_for_its_page() -> None:
    """A daily roundup's title names its day; a date that is only a headline's subject is not the page's."""
    roundup = {"id": "r", "text": ARABIC, "title": "حصاد الأحداث الميدانية ليوم الأربعاء 03-08-2022 | شبكة الأخبار"}
    doc = document_from_dict(roundup, where="x")
    assert (doc.published, doc.published_source, doc.published_evidence) == (dt.date(2022, 8, 3), "title", None)
    report = {"id": "d", "text": ARABIC, "title": "التقرير اليومي 20-11-2022"}
    assert document_from_dict(report, where="x").published == dt.date(2022, 11, 20)
    headline = {"id": "h", "text": ARABIC, "title": "في ذكرى مجزرة 21 آب 2013: الأهالي يطالبون بالمحاسبة"}
    assert document_from_dict(headline, where="x").published is None
    # the text's own stamp outweighs the title's
    dated = {"id": "t", "text": "نشر في 5 آب 2022\n" + ARABIC, "title": roundup["title"]}
    assert document_from_dict(dated, where="x").published == dt.date(2022, 8, 5)


def _x_post_url(posted: dt.datetime) -> str:
    """The address of an X post sent at *posted* (UTC): its id counts milliseconds since X's epoch."""
    ms = int(posted.replace(tzinfo=dt.UTC).timestamp() * 1000)
    return f"https://x.com/someone/status/{(ms - SNOWFLAKE_EPOCH_MS) << SNOWFLAKE_SHIFT}"


def test_an_x_post_s_id_gives_its_day_and_hour_in_syria() -> None:
    """22:04 UTC on 3 August is 01:04 on the 4th in Syria, whatever the time the saved page prints (in
    the zone of whoever saved it); and a post out before dawn tells of the day before."""
    text = "عاجل || إصابات في صفوف المدنيين جراء قصف مدفعي على الأحياء السكنية في مدينة اعزاز شمال حلب"
    doc = document_from_dict({"id": "x", "text": text + "\n10:04 PM · Aug 3, 2022·Twitter for iPhone",
                              "url": _x_post_url(dt.datetime(2022, 8, 3, 22, 4))}, where="x")
    assert (doc.published, doc.published_source, doc.published_hour) == (dt.date(2022, 8, 4), "url", 1)
    doc = document_from_dict({"id": "x", "text": text, "url": _x_post_url(dt.datetime(2023, 9, 4, 21, 45))}, where="x")
    assert (doc.published, doc.published_hour) == (dt.date(2023, 9, 5), 0)
    assert [i.event_date for i in extract(doc)] == [dt.date(2023, 9, 4)]
    doc = document_from_dict({"id": "x", "text": text, "url": _x_post_url(dt.datetime(2023, 9, 4, 9, 45))}, where="x")
    assert (doc.published, doc.published_hour) == (dt.date(2023, 9, 4), 12)
    assert [i.event_date for i in extract(doc)] == [dt.date(2023, 9, 4)]


# --- document_from_dict validation --------------------------------------------------------------


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ([1, 2], "expected a JSON object"),
        ("text", "expected a JSON object"),
        ({"id": "a"}, "no 'text' or 'html'"),
        ({"id": "a", "text": ["x"]}, "'text' must be a string, got a list"),
        ({"id": "a", "text": "x", "title": 5}, "'title' must be a string"),
        ({"id": ["a"], "text": "x"}, "'id' must be a string"),
        ({"id": "a", "text": "   \n\t "}, "empty document"),
        ({"id": "a", "html": "<script>x()</script>"}, "empty document"),
    ],
)
def test_document_from_dict_rejects(obj: object, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as info:
        document_from_dict(obj, where="f.jsonl:3")
    assert info.value.doc_id in ("a", "f.jsonl:3")


@pytest.mark.parametrize("bad", ["26/08/2017", "yesterday", "2017-02-30", 20170826, "1066-10-14"])
def test_bad_published_is_dropped_with_a_warning(bad: object, caplog: pytest.LogCaptureFixture) -> None:
    text = "2024.11.29 | 11:56 دمشق\n\n" + ARABIC
    with caplog.at_level(logging.WARNING, logger="rasd.read"):
        doc = document_from_dict({"id": "a", "text": text, "published": bad}, where="f:1")
    assert (doc.published, doc.published_source) == (dt.date(2024, 11, 29), "page")  # the page's own date
    assert "not a plausible ISO date" in caplog.text


def test_text_wins_over_html_which_still_gives_title_and_date() -> None:
    html = '<html><head><title>عنوان</title><meta name="pubdate" content="2022-03-04"></head><body>أخرى</body></html>'
    doc = document_from_dict({"id": "a", "text": ARABIC, "html": html}, where="f:1")
    assert (doc.text, doc.title, doc.published) == (ARABIC, "عنوان", dt.date(2022, 3, 4))


# --- encodings ----------------------------------------------------------------------------------


def test_cp1256_bytes(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_bytes(ARABIC.encode("cp1256"))
    assert only_doc(tmp_path / "old.txt").text == ARABIC


def test_cp1256_html_with_declared_charset(tmp_path: Path) -> None:
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>عنوان</title>' \
           f"</head><body><p>{ARABIC}</p></body></html>"
    (tmp_path / "old.html").write_bytes(page.encode("cp1256"))
    doc = only_doc(tmp_path / "old.html")
    assert ARABIC in doc.text and doc.title == "عنوان"


def test_cp1256_short_text_is_not_mistaken_for_another_code_page() -> None:
    assert decode_bytes("قصف على إدلب".encode("cp1256"), "x") == "قصف على إدلب"


def test_utf8_bom(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"))
    assert only_doc(tmp_path / "bom.txt").text == ARABIC


def test_utf8_bom_on_jsonl(tmp_path: Path) -> None:
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": ARABIC}).encode())
    assert only_doc(tmp_path / "bom.jsonl").text == ARABIC


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_32_with_bom(tmp_path: Path, encoding: str) -> None:
    data = ("\ufeff" + ARABIC).encode(encoding) if encoding.endswith("be") else ARABIC.encode(encoding)
    (tmp_path / "wide.txt").write_bytes(data)
    assert only_doc(tmp_path / "wide.txt").text == ARABIC


def test_utf16_jsonl(tmp_path: Path) -> None:
    lines = "\n".join(json.dumps({"id": i, "text": ARABIC}, ensure_ascii=False) for i in ("a", "b"))
    (tmp_path / "ps.jsonl").write_bytes(lines.encode("utf-16"))  # what PowerShell's Out-File writes
    assert [d.id for d in read(tmp_path / "ps.jsonl")] == ["a", "b"]


def test_latin1_text_is_not_forced_into_arabic() -> None:
    assert decode_bytes("Les frappes aériennes ont touché la ville, déclare l'ONG.".encode("latin-1"), "x") == (
        "Les frappes aériennes ont touché la ville, déclare l'ONG.")


# --- bad inputs the batch survives --------------------------------------------------------------


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    assert "binary file" in only_error(tmp_path / "photo.txt").reason


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    (tmp_path / "noise.txt").write_bytes(bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 50)
    assert "binary file" in only_error(tmp_path / "noise.txt").reason


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf  \n"])
def test_empty_document(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "empty.txt").write_bytes(content)
    err = only_error(tmp_path / "empty.txt")
    assert err.doc_id == "empty.txt" and "empty document" in err.reason


def test_malformed_json_line_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    p = tmp_path / "mixed.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": ARABIC}) + "\n"
        + '{"id": "b", "text": "نص مقطوع\n'
        + "[1, 2]\n"
        + json.dumps({"id": "d", "text": ARABIC}) + "\n",
        encoding="utf-8",
    )
    a, b, c, d = read(p)
    assert isinstance(a, Document) and isinstance(d, Document)
    assert isinstance(b, DocumentError) and b.doc_id == f"{p}:2" and "malformed JSON" in b.reason
    assert isinstance(c, DocumentError) and c.doc_id == f"{p}:3" and "expected a JSON object" in c.reason


def test_malformed_json_file(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('[{"id": "a", "text": "x"},', encoding="utf-8")
    assert "malformed JSON" in only_error(tmp_path / "bad.json").reason


def test_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    p = tmp_path / "huge.html"
    with p.open("wb") as fh:  # a sparse 50 MB file: no time or disk spent writing it
        fh.truncate(50_000_000)
    started = time.perf_counter()
    err = only_error(p)
    assert time.perf_counter() - started < 1
    assert err.reason.startswith(f"50 MB, over the {MAX_DOCUMENT_BYTES // 1_000_000} MB limit")
    assert "RASD_MAX_DOCUMENT_MB" in err.reason  # says how to raise it


def test_size_limit_can_be_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARABIC * 20, encoding="utf-8")
    assert "limit" in only_error(tmp_path / "a.txt", max_bytes=1000).reason
    assert only_doc(tmp_path / "a.txt", max_bytes=10_000).text == ARABIC * 20
    monkeypatch.setenv("RASD_MAX_DOCUMENT_MB", "0.001")
    assert "limit" in only_error(tmp_path / "a.txt").reason


def test_oversized_jsonl_record(tmp_path: Path) -> None:
    p = tmp_path / "d.jsonl"
    rows = [{"id": "big", "text": "ق" * 2000}, {"id": "huge", "text": "ق" * 50_000}, {"id": "ok", "text": ARABIC}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    big, huge, ok = read(p, max_bytes=2000)
    assert isinstance(big, DocumentError) and big.doc_id == "big" and "4,000 bytes, over the 2,000 bytes" in big.reason
    # A line too long to hold a document under the limit is refused before it is parsed.
    assert isinstance(huge, DocumentError) and huge.doc_id == f"{p}:2" and "limit" in huge.reason
    assert isinstance(ok, Document)


# --- hostile HTML -------------------------------------------------------------------------------

HOSTILE = f"""<html><head><style>body {{ display: none }}</style>
<script>document.write("<p>حقن</p>"); while(true) {{}}</script></head>
<body><img src=x onerror="alert('xss')"><p>{ARABIC}</p>
<script type="text/javascript">var s = "</p><p>حقن آخر";</script>
<noscript>فعّل جافاسكربت</noscript><svg><text>رسم</text></svg><!-- تعليق خفي -->
<iframe src="javascript:alert(1)">إطار</iframe></body></html>"""


def test_hostile_html_keeps_text_and_drops_code(tmp_path: Path) -> None:
    (tmp_path / "x.html").write_text(HOSTILE, encoding="utf-8")
    doc = only_doc(tmp_path / "x.html")
    assert ARABIC in doc.text
    # No code, whichever extractor ran (trafilatura may keep <noscript> text, which is prose).
    for junk in ("حقن", "alert", "display", "تعليق خفي", "<", "onerror"):
        assert junk not in doc.text


def test_tag_stripper_alone_drops_code() -> None:
    text = strip_tags(HOSTILE)
    assert ARABIC in text
    for junk in ("حقن", "alert", "display", "فعّل", "رسم", "تعليق خفي", "إطار"):
        assert junk not in text


def test_deeply_nested_html(tmp_path: Path) -> None:
    depth = 50_000
    (tmp_path / "deep.html").write_text("<div>" * depth + f"<p>{ARABIC}</p>" + "</div>" * depth, encoding="utf-8")
    started = time.perf_counter()
    doc = only_doc(tmp_path / "deep.html")
    assert ARABIC in doc.text
    assert time.perf_counter() - started < 30


def test_unclosed_tags_and_broken_markup() -> None:
    text = html_to_text(f"<p>{ARABIC}<div><span><b>قصف<i>نزوح</p></div><<<>>>&notanentity; &#1602;")
    assert ARABIC in text and "قصف" in text and "نزوح" in text


def test_unclosed_head_does_not_hide_the_body() -> None:
    text = strip_tags(f"<html><head><title>عنوان</title><meta charset=utf-8><body><p>{ARABIC}")
    assert text == ARABIC  # the title is the document's title, not part of its text


def _fake_trafilatura(monkeypatch: pytest.MonkeyPatch, extract: object) -> None:
    import rasd.read

    monkeypatch.setattr(rasd.read, "_trafilatura", lambda: (extract, {}))


def test_trafilatura_text_is_used_when_it_finds_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_trafilatura(monkeypatch, lambda page: "النص الرئيسي")
    assert html_to_text(f"<nav>القائمة</nav><p>{ARABIC}</p>") == "النص الرئيسي"


@pytest.mark.parametrize("failure", [ValueError("bad tree"), RecursionError(), AttributeError("NoneType")])
def test_trafilatura_failure_falls_back_to_the_stripper(monkeypatch: pytest.MonkeyPatch, failure: Exception) -> None:
    def extract(page: str) -> str:
        raise failure

    _fake_trafilatura(monkeypatch, extract)
    assert html_to_text(f"<p>{ARABIC}</p>") == ARABIC


@pytest.mark.parametrize("nothing", [None, "", "  \n"])
def test_trafilatura_finding_nothing_falls_back_to_the_stripper(monkeypatch: pytest.MonkeyPatch, nothing: object) -> None:
    _fake_trafilatura(monkeypatch, lambda page: nothing)
    assert html_to_text(f"<p>{ARABIC}</p>") == ARABIC


def test_real_trafilatura_drops_boilerplate() -> None:
    import rasd.read

    if rasd.read._trafilatura() is None:
        pytest.skip("trafilatura cannot be imported here (it needs lxml_html_clean with lxml >= 5.2)")
    body = "".join(f"<p>{ARABIC}</p>" for _ in range(5))
    page = f"<html><body><nav><ul><li>الرئيسية</li><li>اتصل بنا</li></ul></nav><article>{body}</article>" \
           "<footer>جميع الحقوق محفوظة</footer></body></html>"
    text = html_to_text(page)
    assert ARABIC in text and "جميع الحقوق محفوظة" not in text


def test_html_with_nothing_visible_is_empty(tmp_path: Path) -> None:
    (tmp_path / "blank.html").write_text("<html><head><script>x()</script></head><body> </body></html>",
                                         encoding="utf-8")
    assert "empty document" in only_error(tmp_path / "blank.html").reason


# --- whatever comes in, the only failure is a DocumentError ------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {},
    optional={k: json_values | st.text(max_size=60) for k in ("id", "text", "html", "title", "published", "outlet", "url")},
)


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_raise_document_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data, "x"), str)
    except DocumentError:
        pass


@given(st.text(max_size=500) | st.text(alphabet="<>/=\"' abcdiv!-&;#[]قصف", max_size=500))
@example('<A 0="')  # a tag left unfinished: what follows is its attribute, not text
@example("<![")  # a marked section with no name: HTMLParser raised AssertionError
def test_any_markup_is_stripped_without_error(page: str) -> None:
    assert "<script" not in strip_tags(page + "<script>x</script>")


@settings(max_examples=200)
@given(json_values | records)
def test_any_json_value_is_a_document_or_a_document_error(obj: object) -> None:
    try:
        doc = document_from_dict(obj, where="f:1")
    except DocumentError as e:
        assert e.doc_id
    else:
        assert doc.text.strip() and isinstance(doc.id, str)


# --- standard input -----------------------------------------------------------------------------


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, ARABIC.encode("utf-8"))
    doc = only_doc("-")
    assert (doc.id, doc.text) == ("<stdin>", ARABIC)


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": f"d{i}", "text": ARABIC}, ensure_ascii=False) for i in range(3)]
    _stdin(monkeypatch, ("\n" + "\n".join(lines[:2]) + "\nnot json\n" + lines[2] + "\n").encode("utf-8"))
    docs = read("-")
    assert [d.id if isinstance(d, Document) else d.doc_id for d in docs] == ["d0", "d1", "<stdin>:4", "d2"]
    assert isinstance(docs[2], DocumentError)


def test_stdin_json_list(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, json.dumps([{"id": "a", "text": ARABIC}], indent=2).encode())
    assert only_doc("-").id == "a"


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, f"<!DOCTYPE html><html><head><title>ع</title></head><body><p>{ARABIC}</p></body></html>".encode())
    doc = only_doc("-")
    assert doc.title == "ع" and ARABIC in doc.text


def test_stdin_text_that_starts_like_json(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, f"[عاجل] {ARABIC}".encode())
    assert only_doc("-").text == f"[عاجل] {ARABIC}"


def test_stdin_cp1256(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, ARABIC.encode("cp1256"))
    assert only_doc("-").text == ARABIC


def test_no_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert "no standard input" in only_error("-").reason


# --- the bundled example ------------------------------------------------------------------------


def test_bundled_seeds_example() -> None:
    first, second = read(EXAMPLES / "seeds.jsonl")
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == "000_68ca2180bc9c5453.txt" and first.outlet is None
    assert (second.id, second.published, second.outlet) == ("002_4bd687e866dc954b.txt", dt.date(2017, 8, 26), "SOHR")
    assert "المرصد السوري لحقوق الإنسان" in second.text


def test_other_corpora_field_names() -> None:
    """A SaudiNewsNet-style line: its text is "content", its outlet "source"; a crawl date is no
    publication date, and the schema's own names win when both are there."""
    line = {"source": "aawsat", "content": ARABIC, "title": "عنوان", "date_extracted": "2015-07-21 02:51:58",
            "url": "http://aawsat.com/x"}
    doc = document_from_dict(line, where="snn.jsonl:1")
    assert (doc.text, doc.outlet, doc.title) == (ARABIC, "aawsat", "عنوان")
    assert doc.published_source != "metadata"
    doc = document_from_dict({"id": "b", "text": ARABIC, "content": "أخرى", "date": "2020-01-02"}, where="f:1")
    assert (doc.text, doc.published) == (ARABIC, dt.date(2020, 1, 2))
