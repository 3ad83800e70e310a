"""The HTTP API on an in-memory store (tests/web_fakes.py): filters, paging, details, exports, writes,
security headers, and hostile documents coming back as text."""
from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
from importlib import resources

import pytest
from fastapi.testclient import TestClient
from web_fakes import (
    DOC_A,
    DOC_B,
    EXAMPLE_SEEDS,
    SEED_DOCUMENTS,
    FakeStore,
    find_buqrus,
    hostile_document,
    seed_sqlite,
    seed_store,
)

from rasd.errors import ConfigError
from rasd.web.api import MAX_DOCUMENTS, StorePool, create_app

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def store() -> FakeStore:
    return seed_store()


@pytest.fixture
def client(store, monkeypatch) -> TestClient:
    monkeypatch.delenv("RASD_TOKEN", raising=False)
    monkeypatch.delenv("RASD_TILES", raising=False)
    with TestClient(create_app(lambda: store, token=TOKEN)) as c:
        yield c


def ids(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


# --- reading -------------------------------------------------------------------------------------


def test_list_is_sorted_newest_first_with_total_and_source_counts(client):
    body = client.get("/api/incidents").json()
    assert body["total"] == 6 and body["limit"] == 50 and body["offset"] == 0
    dates = [item["event_date"] for item in body["items"]]
    assert dates == sorted(dates, reverse=True)
    buqrus = next(item for item in body["items"] if item["id"] == "inc-buqrus")
    assert buqrus["sources"] == 2 and buqrus["schema"] == "rasd.incident/1"


def test_paging_walks_the_whole_list_once(client):
    seen = []
    for offset in range(0, 6, 4):
        seen += ids(client.get("/api/incidents", params={"limit": 4, "offset": offset, "sort": "event_date"}))
    assert len(seen) == len(set(seen)) == 6
    assert seen[0] == "inc-kubar"


@pytest.mark.parametrize("params, expected", [
    ({"date_from": "2017-08-24", "date_to": "2017-08-24"}, {"inc-buqrus", "inc-bulayl"}),
    ({"date_to": "2017-04-01"}, {"inc-kubar", "inc-karin"}),
    ({"admin1": "Ar-Raqqa"}, {"inc-karin"}),
    ({"event_type": "Battles"}, {"inc-kubar"}),
    ({"sub_event_type": "Shelling/artillery/missile attack"}, {"inc-tabni-shelling"}),
    ({"actor": "sdf"}, {"inc-tabni-shelling"}),
    ({"outlet": "Syrian Observatory for Human Rights", "date_from": "2017-08-01"}, {"inc-buqrus", "inc-bulayl"}),
    ({"q": "بقرص"}, {"inc-buqrus"}),
    ({"q": "airdrop at Buqrus"}, {"inc-buqrus"}),
    ({"bbox": "40.3,35.0,40.5,35.1"}, {"inc-buqrus", "inc-bulayl"}),
    ({"event_type": "Battles", "admin1": "Ar-Raqqa"}, set()),
])
def test_filters(client, params, expected):
    assert set(ids(client.get("/api/incidents", params=params))) == expected


@pytest.mark.parametrize("params", [
    {"limit": 501}, {"limit": 0}, {"offset": -1}, {"sort": "id; drop table"}, {"date_from": "24/08/2017"},
    {"bbox": "1,2,3"}, {"bbox": "50,35,40,36"}, {"bbox": "a,b,c,d"},
])
def test_bad_parameters_are_422_with_a_message(client, params):
    response = client.get("/api/incidents", params=params)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_incident_has_sources_values_evidence_and_disagreements(client, store):
    body = client.get("/api/incidents/inc-buqrus").json()
    assert body["doc_ids"] == [DOC_A, DOC_B]
    by_doc = {s["doc_id"]: s for s in body["sources"]}
    assert by_doc[DOC_B]["outlet"] == "Syrian Observatory for Human Rights"
    assert by_doc[DOC_B]["values"]["event_date"] == "2017-08-24"
    text = store.docs[DOC_B]["text"]
    for span in by_doc[DOC_B]["evidence"]:
        assert text[span["start"]:span["end"]] == span["text"]
    assert {d["doc_id"] for d in body["disagreements"]["event_date"]} == {DOC_A, DOC_B}


def test_unknown_incident_and_document_are_404_json(client):
    for path in ("/api/incidents/nope", "/api/documents/nope.txt"):
        response = client.get(path)
        assert response.status_code == 404
        assert "nope" in response.json()["detail"]


def test_document_has_text_spans_and_directed_reuse(client):
    body = client.get(f"/api/documents/{DOC_A}").json()
    assert body["text"].startswith("إنزال جوي للتحالف الدولي")
    assert "inc-buqrus" in body["incidents"]
    [passage] = body["reuse"]
    assert passage["other_doc_id"] == DOC_B and passage["direction"] == "copied_from"
    assert "نحو 20 عنصراً" in body["text"][passage["this_start"]:passage["this_end"]]


def test_document_ids_with_slashes_and_spaces_round_trip(client, store):
    doc = hostile_document("feeds/2017 08/article 1.txt")
    store.ingest_documents([doc])
    response = client.get("/api/documents/feeds%2F2017%2008%2Farticle%201.txt")
    assert response.status_code == 200 and response.json()["id"] == doc.id


def test_points_and_facets_summarize_the_store(client):
    points = client.get("/api/points", params={"admin1": "Deir-ez-Zor"}).json()
    assert points["total"] == 5 and not points["truncated"]
    rows = [dict(zip(points["fields"], row)) for row in points["rows"]]
    buqrus = next(r for r in rows if r["id"] == "inc-buqrus")
    assert (buqrus["lat"], buqrus["lon"], buqrus["geo_precision"], buqrus["sources"]) == (35.05, 40.42, 1, 2)
    facets = client.get("/api/facets").json()
    assert facets["total"] == 6 and facets["date_min"] == "2017-01-08" and facets["date_max"] == "2017-08-26"
    assert {"iso3": "SYR", "name": "Deir-ez-Zor", "count": 5} in facets["admin1"]
    assert facets["actors"][0] == {"id": "isis", "name": "Islamic State", "count": 6}


# --- export --------------------------------------------------------------------------------------


def test_export_jsonl_streams_the_filtered_records_as_a_download(client):
    response = client.get("/api/export", params={"format": "jsonl", "date_from": "2017-08-24"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert 'attachment; filename="rasd-incidents.jsonl"' == response.headers["content-disposition"]
    records = [json.loads(line) for line in response.text.splitlines()]
    assert {r["id"] for r in records} == {"inc-buqrus", "inc-bulayl", "inc-tabni-airdrop", "inc-tabni-shelling"}


def test_export_csv_and_geojson(client):
    response = client.get("/api/export", params={"format": "acled-csv", "event_type": "Battles"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["event_id_cnty"] for r in rows] == ["inc-kubar"]
    response = client.get("/api/export", params={"format": "geojson"})
    assert response.headers["content-type"].startswith("application/geo+json")
    assert len(response.json()["features"]) == 6


def test_export_of_a_large_store_arrives_whole(store):
    big = FakeStore()
    for n in range(3000):
        big.add_incident({"id": f"i{n:05d}", "event_date": "2017-01-01", "event_type": "Battles",
                          "sub_event_type": "Armed clash", "notes": "x" * 100, "evidence": []})
    with TestClient(create_app(lambda: big)) as c:
        lines = c.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert len(lines) == 3000 and {json.loads(line)["id"] for line in lines} == {f"i{n:05d}" for n in range(3000)}


def test_export_rejects_unknown_formats(client):
    assert client.get("/api/export", params={"format": "xlsx"}).status_code == 422


# --- writes --------------------------------------------------------------------------------------

NEW_DOC = {"id": "new-1.txt", "text": "غارة جوية على بلدة بقرص", "published": "2017-09-01", "outlet": "Test"}


def test_writes_need_the_bearer_token(client):
    assert client.post("/api/documents", json=NEW_DOC).status_code == 401
    response = client.post("/api/documents", json=NEW_DOC, headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert client.post("/api/documents", json=NEW_DOC, headers={"Authorization": TOKEN}).status_code == 401


def test_without_a_configured_token_writes_are_refused(store, monkeypatch):
    monkeypatch.delenv("RASD_TOKEN", raising=False)
    with TestClient(create_app(lambda: store)) as c:
        response = c.post("/api/documents", json=NEW_DOC, headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "RASD_TOKEN" in response.json()["detail"]


def test_token_from_the_environment(store, monkeypatch):
    monkeypatch.setenv("RASD_TOKEN", "from-env")
    with TestClient(create_app(lambda: store)) as c:
        assert c.post("/api/documents", json=NEW_DOC, headers={"Authorization": "Bearer from-env"}).status_code == 200


def test_post_ingests_once_and_reports_each_document(client):
    first = client.post("/api/documents", json=NEW_DOC, headers=AUTH).json()
    assert first["received"] == 1 and first["documents"] == [{"id": "new-1.txt", "status": "added"}]
    assert first["report"]["added"] == 1
    again = client.post("/api/documents", json=[NEW_DOC, {"id": "bad"}, 42], headers=AUTH).json()
    assert [d["status"] for d in again["documents"]] == ["unchanged", "failed", "failed"]
    assert all(d["error"] for d in again["documents"][1:])
    assert client.get("/api/incidents", params={"date_from": "2017-09-01"}).json()["total"] == 1


def test_post_accepts_json_lines(client):
    body = "\n".join(json.dumps({**NEW_DOC, "id": f"line-{n}"}) for n in range(3)) + "\n{not json\n"
    response = client.post("/api/documents", content=body.encode(),
                           headers={**AUTH, "Content-Type": "application/x-ndjson"})
    assert [d["status"] for d in response.json()["documents"]] == ["added"] * 3 + ["failed"]


def test_new_documents_show_in_points_at_once(client):
    assert client.get("/api/points").json()["total"] == 6
    client.post("/api/documents", json=NEW_DOC, headers=AUTH)
    assert client.get("/api/points").json()["total"] == 7


@pytest.mark.parametrize("body, status", [
    (b"{not json", 400),
    (b"[]", 400),
    (json.dumps([NEW_DOC] * (MAX_DOCUMENTS + 1)).encode(), 413),
    (json.dumps({**NEW_DOC, "text": "ا" * (3 * 1024 * 1024)}).encode(), 413),
])
def test_bad_or_oversized_bodies_are_refused(client, body, status):
    response = client.post("/api/documents", content=body, headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == status and response.json()["detail"]


# --- security ------------------------------------------------------------------------------------


def test_hostile_document_is_stored_and_returned_as_plain_text(client):
    doc = hostile_document()
    payload = {"id": doc.id, "text": doc.text, "title": doc.title, "outlet": doc.outlet, "url": doc.url,
               "published": "2017-08-20"}
    assert client.post("/api/documents", json=payload, headers=AUTH).status_code == 200
    response = client.get(f"/api/documents/{doc.id}")
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["text"] == doc.text and "<script>window.__pwned=1;alert(1)</script>" in body["text"]
    assert body["title"] == doc.title and body["url"] == doc.url


def test_security_headers_on_every_response(client):
    for path in ("/", "/api/incidents", "/static/app.css", "/api/incidents/nope"):
        headers = client.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "script-src 'self';" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_page_has_no_inline_script_and_no_remote_resources(client):
    page = client.get("/").text
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.DOTALL)
    assert scripts and all('src="/static/' in attrs and not body.strip() for attrs, body in scripts)
    assert " style=" not in page and "http://" not in page and "https://" not in page
    modules = {m.name for m in resources.files("rasd.web").joinpath("static", "js").iterdir()} - {"docs.js"}
    assert {m for m in modules if f'rel="modulepreload" href="/static/js/{m}"' in page} == modules
    for path in ("/static/vendor/leaflet/leaflet.js", "/static/vendor/markercluster/leaflet.markercluster.js",
                 "/static/vendor/fonts/noto-naskh-arabic-arabic-400-normal.woff2", "/static/js/main.js",
                 "/static/basemap/admin1.geojson", "/docs", "/static/vendor/swagger-ui/swagger-ui-bundle.js"):
        assert client.get(path).status_code == 200, path


def test_page_scripts_never_parse_strings_as_html():
    js = resources.files("rasd.web").joinpath("static", "js")
    for module in js.iterdir():
        source = module.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in source, f"{module.name} uses {sink}"


def test_basemap_is_shipped_and_compact():
    basemap = resources.files("rasd.web").joinpath("static", "basemap")
    total = 0
    for level in range(4):
        data = json.loads(basemap.joinpath(f"admin{level}.geojson").read_text(encoding="utf-8"))
        assert {f["properties"]["iso3"] for f in data["features"]} == {"SYR", "IRQ"}
        total += len(basemap.joinpath(f"admin{level}.geojson").read_bytes())
    assert total < 3_000_000


def test_openapi_describes_the_api(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/incidents", "/api/incidents/{incident_id}", "/api/documents/{doc_id}", "/api/export",
            "/api/documents"} <= set(schema["paths"])
    assert schema["paths"]["/api/documents"]["post"]["security"] == [{"bearer": []}]


def test_an_online_tile_layer_is_opt_in_and_allowed_by_the_csp(store, monkeypatch):
    monkeypatch.delenv("RASD_TILES", raising=False)
    tiles = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"
    with TestClient(create_app(lambda: store, tiles=tiles, tiles_attribution="© <OSM>")) as c:
        response = c.get("/")
    assert "img-src 'self' data: https://*.tile.openstreetmap.org;" in response.headers["content-security-policy"]
    assert 'content="https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"' in response.text
    assert "© &lt;OSM&gt;" in response.text
    with pytest.raises(ConfigError):
        create_app(lambda: store, tiles="https://evil.example; script-src *")


# --- store lifecycle -----------------------------------------------------------------------------


def test_each_thread_gets_its_own_store_and_all_are_closed():
    opened: list[FakeStore] = []

    def factory() -> FakeStore:
        opened.append(FakeStore())
        return opened[-1]

    pool = StorePool(factory)
    mine = pool.get()
    assert pool.get() is mine
    other = []
    thread = threading.Thread(target=lambda: other.append(pool.get()))
    thread.start()
    thread.join()
    assert other[0] is not mine and len(opened) == 2
    pool.close()
    assert all(s.closed for s in opened)


def test_app_shutdown_closes_the_stores(store):
    with TestClient(create_app(lambda: store)) as c:
        c.get("/api/incidents")
    assert store.closed


# --- the real SQLite store, on the seeds ---------------------------------------------------------


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    return seed_sqlite(tmp_path_factory.mktemp("web") / "seeds.db")


@pytest.fixture
def real_client(seeded_db, monkeypatch):
    monkeypatch.delenv("RASD_TOKEN", raising=False)
    with TestClient(create_app(seeded_db, token=TOKEN)) as c:
        yield c


def test_real_store_buqrus_has_both_reports_with_evidence(real_client):
    buqrus = find_buqrus(lambda path, params: real_client.get(path, params=params).json())
    assert set(buqrus["doc_ids"]) == {DOC_A, DOC_B} and buqrus["sources"] == 2
    assert buqrus["event_date"] == "2017-08-24"
    detail = real_client.get(f"/api/incidents/{buqrus['id']}").json()
    assert {s["doc_id"] for s in detail["sources"]} == {DOC_A, DOC_B}
    for source in detail["sources"]:
        text = real_client.get(f"/api/documents/{source['doc_id']}").json()["text"]
        assert source["evidence"], source["doc_id"]
        for span in source["evidence"]:
            assert text[span["start"]:span["end"]] == span["text"]
    reuse = real_client.get(f"/api/documents/{DOC_A}").json()["reuse"]
    assert any(p["other_doc_id"] == DOC_B and p["direction"] in ("copied_from", "copied_by") for p in reuse)


def test_real_store_filters_points_facets_and_exports(real_client):
    total = real_client.get("/api/incidents").json()["total"]
    assert total >= 4
    day = real_client.get("/api/incidents", params={"date_from": "2017-08-24", "date_to": "2017-08-24"}).json()
    assert 0 < day["total"] < total and all(i["event_date"] == "2017-08-24" for i in day["items"])
    for sort in ("event_date", "-sources", "fatalities"):
        assert real_client.get("/api/incidents", params={"sort": sort}).status_code == 200
    assert real_client.get("/api/points").json()["total"] == total
    assert real_client.get("/api/facets").json()["total"] == total
    jsonl = real_client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    assert len(jsonl) == total and all(json.loads(line)["schema"] == "rasd.incident/1" for line in jsonl)
    assert real_client.get("/api/export", params={"format": "acled-csv"}).text.startswith("event_id_cnty")
    assert real_client.get("/api/export", params={"format": "geojson"}).json()["type"] == "FeatureCollection"


def test_real_store_post_is_idempotent(real_client):
    seed = json.loads((EXAMPLE_SEEDS if EXAMPLE_SEEDS.exists() else SEED_DOCUMENTS).read_text().splitlines()[1])
    before = real_client.get("/api/incidents").json()["total"]
    body = real_client.post("/api/documents", json=seed, headers=AUTH).json()
    assert body["documents"] == [{"id": seed["id"], "status": "unchanged"}]
    assert real_client.get("/api/incidents").json()["total"] == before


def test_serve_binds_to_localhost_by_default(seeded_db, monkeypatch):
    import uvicorn

    from rasd.web import serve

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    serve(seeded_db)
    assert calls == [{"host": "127.0.0.1", "port": 8000, "log_level": "info"}]


def test_summaries_are_served_stale_while_refreshed_and_cleared_by_writes():
    from concurrent.futures import ThreadPoolExecutor

    from rasd.web.points import PointsCache

    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    with ThreadPoolExecutor(max_workers=1) as refresher:
        cache = PointsCache(ttl=0.05, refresher=refresher)
        assert cache.get(("k", {"a": 1}), compute) == 1
        assert cache.get(("k", {"a": 1}), compute) == 1  # fresh
        time.sleep(0.06)
        assert cache.get(("k", {"a": 1}), compute) == 1  # stale, served while refreshed
        refresher.submit(lambda: None).result()
        assert cache.get(("k", {"a": 1}), compute) == 2
        cache.clear()
        assert cache.get(("k", {"a": 1}), compute) == 3  # after a write: computed in the request
