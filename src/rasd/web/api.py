"""The HTTP API and the page: :func:`create_app` builds the FastAPI application, :func:`serve` runs it.

Reads go straight to the store (``Store.incidents / incident / document / export``); the page's map
and timeline need every matching point at once, which ``/api/points`` gathers by paging through
``Store.incidents`` and keeps for a few seconds (see :mod:`rasd.web.points`). Writes
(``POST /api/documents``) need a bearer token and go through ``Store.ingest_documents``, so they are
exactly as idempotent as ``rasd ingest``.

SQLite connections belong to the thread that opened them, so each worker thread opens its own store
(:class:`StorePool`); all of them are closed when the application shuts down.

Everything the page needs is package data (``static/``, ``templates/``): nothing is fetched from the
internet at run time, and the Content-Security-Policy forbids it (an optional online tile layer, off
by default, is the one allowed origin). Article text reaches the browser only as JSON and the page
inserts it as text nodes, never as HTML.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import html
import ipaddress
import json
import logging
import os
import queue
import re
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, is_dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Protocol
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware

from rasd.errors import ConfigError, DocumentError, NotFoundError, RasdError
from rasd.model import Document
from rasd.web.points import PointsCache, collect_facets, collect_points

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 5 * 1024 * 1024  # POST /api/documents: whole request body
MAX_DOCUMENTS = 1000  # POST /api/documents: documents per request
MAX_LIMIT = 500  # GET /api/incidents: page size
SORTS = ("-event_date", "event_date", "-sources", "sources", "-fatalities", "fatalities")  # the store's sort keys
EXPORTS = {  # format -> (media type, download file name)
    "jsonl": ("application/x-ndjson; charset=utf-8", "rasd-incidents.jsonl"),
    "acled-csv": ("text/csv; charset=utf-8", "rasd-incidents-acled.csv"),
    "geojson": ("application/geo+json; charset=utf-8", "rasd-incidents.geojson"),
}
TOKEN_ENV = "RASD_TOKEN"
TILES_ENV = "RASD_TILES"  # an online tile layer, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png
TILES_ATTRIBUTION_ENV = "RASD_TILES_ATTRIBUTION"


class Store(Protocol):
    """What the web layer uses of ``rasd.store.Store`` (so tests can pass an in-memory fake)."""

    def ingest_documents(self, docs: Any, extract: Any = ..., progress: Any = None) -> Any: ...
    def incidents(self, **filters: Any) -> tuple[list[dict], int]: ...
    def incident(self, incident_id: str) -> dict: ...
    def document(self, doc_id: str) -> dict: ...
    def export(self, fmt: str, out: Any, **filters: Any) -> int: ...
    def close(self) -> None: ...


StoreFactory = Callable[[], Store]


class StorePool:
    """One store per thread, opened on first use by that thread; :meth:`close` closes them all."""

    def __init__(self, factory: StoreFactory) -> None:
        self._factory = factory
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._factory()
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            try:
                store.close()
            except Exception:  # a connection of a finished thread may refuse; shutting down anyway
                log.debug("closing a store at shutdown failed", exc_info=True)


def _store_factory(db: str | os.PathLike | StoreFactory) -> StoreFactory:
    if callable(db):
        return db
    path = Path(db)

    def open_db() -> Store:
        from rasd.store import open_store  # imported late: the web layer is optional

        return open_store(path)

    return open_db


# --- query parameters ------------------------------------------------------------------------------


def _iso_date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(422, f"{name} must be an ISO date (YYYY-MM-DD), not {value!r}") from None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        minlon, minlat, maxlon, maxlat = (float(part) for part in value.split(","))
    except ValueError:
        raise HTTPException(422, "bbox must be four numbers: minlon,minlat,maxlon,maxlat") from None
    if not (-180 <= minlon <= maxlon <= 180 and -90 <= minlat <= maxlat <= 90):
        raise HTTPException(422, "bbox must be minlon,minlat,maxlon,maxlat within -180..180 and -90..90")
    return (minlon, minlat, maxlon, maxlat)


def incident_filters(
    date_from: str | None = Query(None, description="event_date on or after (YYYY-MM-DD)"),
    date_to: str | None = Query(None, description="event_date on or before (YYYY-MM-DD)"),
    admin1: str | None = Query(None, description="governorate, as in location.admin1"),
    admin2: str | None = Query(None, description="district, as in location.admin2"),
    bbox: str | None = Query(None, description="minlon,minlat,maxlon,maxlat"),
    event_type: str | None = Query(None, description="ACLED event type"),
    sub_event_type: str | None = Query(None, description="ACLED sub-event type"),
    actor: str | None = Query(None, description="actor id (e.g. coalition) as actor1, actor2 or associated"),
    outlet: str | None = Query(None, description="an outlet that reported the incident"),
    q: str | None = Query(None, max_length=200, description="text search, Arabic or English"),
) -> dict[str, Any]:
    """The filters every listing endpoint shares, validated; only those given are passed on."""
    filters = {
        "date_from": _iso_date(date_from, "date_from"),
        "date_to": _iso_date(date_to, "date_to"),
        "admin1": admin1, "admin2": admin2, "bbox": _bbox(bbox),
        "event_type": event_type, "sub_event_type": sub_event_type,
        "actor": actor, "outlet": outlet, "q": q.strip() if q else None,
    }
    return {key: value for key, value in filters.items() if value not in (None, "")}


Filters = Annotated[dict, Depends(incident_filters)]


# --- writes ----------------------------------------------------------------------------------------


class _Auth:
    """``Authorization: Bearer TOKEN`` for write endpoints; with no token configured, writes are off."""

    def __init__(self, token: str | None) -> None:
        self.token = token or None

    def __call__(self, request: Request) -> None:
        if self.token is None:
            raise HTTPException(403, f"writes are disabled: this server has no token; set {TOKEN_ENV} "
                                     "(or pass --token) and restart it to accept documents")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self.token.encode()):
            raise HTTPException(401, "a valid 'Authorization: Bearer TOKEN' header is required",
                                headers={"WWW-Authenticate": "Bearer"})


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body over {limit // (1024 * 1024)} MB; send fewer documents per request")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body over {limit // (1024 * 1024)} MB; send fewer documents per request")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_documents(body: bytes, content_type: str) -> list[Any]:
    """The posted objects: a JSON object, a JSON array of objects, or JSON Lines."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the body must be UTF-8 encoded JSON") from None
    if "ndjson" in content_type or "jsonl" in content_type or "json-seq" in content_type:
        items = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    items.append(DocumentError(f"line {number}", f"malformed JSON: {exc.msg}"))
        return items
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HTTPException(400, f"the body is not JSON ({exc.msg} at line {exc.lineno}); send a document "
                                 "object, a list of them, or JSON Lines as application/x-ndjson") from None
    return data if isinstance(data, list) else [data]


def _to_document(obj: Any, where: str) -> Document | DocumentError:
    """A posted object as a Document (read like a JSON Lines record by ``rasd ingest``), or the error."""
    from rasd.read import document_from_dict

    if isinstance(obj, DocumentError):
        return obj
    if not isinstance(obj, dict):
        return DocumentError(where, "each document must be a JSON object with an id and a text or html")
    if not isinstance(obj.get("id"), str) or not obj["id"].strip():
        # rasd ingest names such a record by its file and line; over HTTP there is nothing stable to use.
        return DocumentError(where, "a posted document needs an \"id\" (a non-empty string)")
    try:
        return document_from_dict(obj, where=where, max_bytes=MAX_BODY_BYTES)
    except DocumentError as exc:
        return exc


def _jsonable(value: Any) -> Any:
    """An ingest report (dataclass, object with to_dict, or plain values) as JSON-ready data."""
    if hasattr(value, "to_dict"):
        return _jsonable(value.to_dict())
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, Path)):
        return str(value)
    if isinstance(value, BaseException):
        return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "__dict__"):
        return _jsonable(vars(value))
    return str(value)


# --- export streaming ------------------------------------------------------------------------------


class _QueueWriter:
    """A write-only text stream feeding a bounded queue; raises once the reader has gone away."""

    def __init__(self, chunks: queue.Queue, *stop: threading.Event) -> None:
        self._chunks = chunks
        self._stop = stop
        self._buffer: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        self._buffer.append(text)
        self._size += len(text)
        if self._size >= 64 * 1024:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self._buffer:
            data = "".join(self._buffer).encode("utf-8")
            self._buffer, self._size = [], 0
            while True:
                if any(event.is_set() for event in self._stop):
                    raise _ExportCancelled
                try:
                    self._chunks.put(data, timeout=0.5)
                    return
                except queue.Full:
                    continue

    def writable(self) -> bool:
        return True


class _ExportCancelled(Exception):
    """The client disconnected, or the server is stopping, while an export was being written."""


_DONE = object()


def _stream_export(pool: StorePool, executor: ThreadPoolExecutor, stopping: threading.Event, fmt: str,
                   filters: dict) -> Iterator[bytes]:
    """The export written by a worker thread into a bounded queue, yielded as it comes; the worker
    gives up when the reader goes away (*cancelled*) or the application stops (*stopping*)."""
    chunks: queue.Queue = queue.Queue(maxsize=16)
    cancelled = threading.Event()

    def produce() -> None:
        writer = _QueueWriter(chunks, cancelled, stopping)
        try:
            pool.get().export(fmt, writer, **filters)
            writer.flush()
            chunks.put(_DONE)
        except _ExportCancelled:
            pass
        except Exception as exc:  # reported to the reader, which ends the response
            log.exception("export failed")
            chunks.put(exc)

    executor.submit(produce)
    try:
        while True:
            item = chunks.get()
            if item is _DONE:
                return
            if isinstance(item, Exception):
                # Headers are sent already; end the body early so the download is visibly incomplete.
                raise item
            yield item
    finally:
        cancelled.set()


# --- the application -------------------------------------------------------------------------------


def _encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def _json_bytes(body: bytes) -> Response:
    return Response(body, media_type="application/json")


def _json(data: Any) -> Response:
    """Store dicts are JSON-ready already; encoding them directly skips FastAPI's generic (and, for a
    page of 500 records, slow) ``jsonable_encoder`` pass."""
    return _json_bytes(_encode(data))



def _tile_origin(tiles: str) -> str:
    """The origin of a tile URL template (``{s}`` subdomains become ``*``), checked so that it can go
    into the Content-Security-Policy as it is."""
    parts = urlsplit(tiles)
    host = parts.netloc.replace("{s}", "*")
    if parts.scheme not in ("http", "https") or not re.fullmatch(r"[A-Za-z0-9.*:-]+", host or "-"):
        raise ConfigError(f"the tile layer must be an http(s) URL template such as "
                          f"https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png, not {tiles!r}")
    return f"{parts.scheme}://{host}"


def _csp(tiles: str | None) -> str:
    img = "'self' data:" + (f" {_tile_origin(tiles)}" if tiles else "")
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src {img}; font-src 'self'; connect-src 'self'; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class _SecurityHeaders:
    """Adds the security headers to every response (pure ASGI, so streaming responses stay streamed)."""

    def __init__(self, app: Any, csp: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (b"cross-origin-opener-policy", b"same-origin"),
        ]

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _template(name: str) -> str:
    return resources.files("rasd.web").joinpath("templates", name).read_text(encoding="utf-8")


def create_app(
    db: str | os.PathLike | StoreFactory,
    token: str | None = None,
    *,
    tiles: str | None = None,
    tiles_attribution: str | None = None,
    points_ttl: float = 15.0,
) -> FastAPI:
    """The application serving the API and the page for the store at *db*.

    *db* is a database path (opened with ``rasd.store.open_store``) or a factory returning a store
    (called once per worker thread). *token* enables ``POST /api/documents``; it defaults to the
    ``RASD_TOKEN`` environment variable, and with neither, writes are refused. *tiles* is an optional
    online tile layer URL template (default ``RASD_TILES``); the page offers it as a switchable layer.
    *points_ttl* is how long (seconds) the map's summaries are served before being refreshed in the
    background; 0 recomputes them on every request.
    """
    pool = StorePool(_store_factory(db))
    auth = _Auth(token if token is not None else os.environ.get(TOKEN_ENV))
    tiles = tiles if tiles is not None else os.environ.get(TILES_ENV) or None
    tiles_attribution = tiles_attribution or os.environ.get(TILES_ATTRIBUTION_ENV) or ""
    exporter = ThreadPoolExecutor(max_workers=2, thread_name_prefix="rasd-export")
    refresher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="rasd-summary")
    points = PointsCache(ttl=points_ttl, refresher=refresher if points_ttl > 0 else None)
    stopping = threading.Event()

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        # Open a store before the first request: the first open in a process pays for imports and
        # migration checks (about a second), which would otherwise land on the page's first load.
        await run_in_threadpool(pool.get)
        refresher.submit(summary)  # the page's first request: facets and all the points
        yield
        stopping.set()
        exporter.shutdown(wait=False, cancel_futures=True)
        refresher.shutdown(wait=False, cancel_futures=True)
        pool.close()

    app = FastAPI(
        title="rasd",
        summary="Incidents extracted from Arabic conflict news, with their sources and evidence.",
        version=_version(),
        docs_url=None, redoc_url=None,  # /docs is served from package files (see below), not a CDN
        lifespan=lifespan,
    )
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)  # 9 costs 3x the time for ~5% less
    app.add_middleware(_SecurityHeaders, csp=_csp(tiles))
    app.state.pool = pool

    static_dir = resources.files("rasd.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")
    index_html = _template("index.html").replace(
        "{{tiles}}", html.escape(tiles or "", quote=True)
    ).replace("{{tiles_attribution}}", html.escape(tiles_attribution, quote=True))
    docs_html = _template("docs.html")

    @app.exception_handler(NotFoundError)
    async def not_found(_request: Request, exc: NotFoundError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.exception_handler(RasdError)
    async def rasd_error(_request: Request, exc: RasdError) -> JSONResponse:
        log.error("request failed: %s", exc)
        return JSONResponse({"detail": str(exc)}, status_code=500)

    @app.get("/", include_in_schema=False)
    def page() -> HTMLResponse:
        return HTMLResponse(index_html)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(docs_html)

    @app.get("/api/incidents", summary="Incidents matching the filters, a page at a time")
    def list_incidents(
        filters: Filters,
        sort: str = Query("-event_date", description=f"one of {', '.join(SORTS)}"),
        limit: int = Query(50, ge=1, le=MAX_LIMIT),
        offset: int = Query(0, ge=0),
    ) -> Response:
        """Merged incident records (SCHEMA.md) plus ``sources``, the number of documents reporting each."""
        if sort not in SORTS:
            raise HTTPException(422, f"sort must be one of {', '.join(SORTS)}")
        items, total = pool.get().incidents(**filters, sort=sort, limit=limit, offset=offset)
        return _json({"items": items, "total": total, "limit": limit, "offset": offset, "sort": sort})

    @app.get("/api/incidents/{incident_id:path}", summary="One incident with its sources and evidence")
    def get_incident(incident_id: str) -> Response:
        """The merged record, each source with the values it gave and its evidence spans, and the
        fields on which sources disagree."""
        return _json(pool.get().incident(incident_id))

    @app.get("/api/documents/{doc_id:path}", summary="One document: its text, spans and copied passages")
    def get_document(doc_id: str) -> Response:
        return _json(pool.get().document(doc_id))

    @app.get("/api/points", summary="Every matching incident as a compact map point (for the page)")
    def get_points(filters: Filters) -> Response:
        """``rows`` follow ``fields``; incidents without coordinates are included (lat/lon null) so
        the timeline counts them. At most 50,000 rows (``truncated`` says when there were more)."""
        if not filters:
            return _json_bytes(summary()[1])
        return _json_bytes(points.get(("points", filters), lambda: _encode(collect_points(pool.get(), filters))))

    @app.get("/api/facets", summary="Values present in the store, with counts (for the filter panel)")
    def get_facets() -> Response:
        return _json_bytes(summary()[0])

    def summary() -> tuple[bytes, bytes]:
        """Facets and unfiltered points, computed in one pass over the store and cached together."""
        def compute() -> tuple[bytes, bytes]:
            facets, everything = collect_facets(pool.get())
            return _encode(facets), _encode(everything)

        return points.get(("summary",), compute)

    @app.get("/api/export", summary="Every matching incident as a file download")
    def export(
        filters: Filters,
        format: str = Query("jsonl", description="jsonl | acled-csv | geojson"),
    ) -> StreamingResponse:
        if format not in EXPORTS:
            raise HTTPException(422, f"format must be one of {', '.join(EXPORTS)}")
        media_type, filename = EXPORTS[format]
        return StreamingResponse(
            _stream_export(pool, exporter, stopping, format, filters),
            media_type=media_type,
            headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
        )

    @app.post(
        "/api/documents",
        summary="Ingest one document, a list of them, or JSON Lines (needs the bearer token)",
        dependencies=[Depends(auth)],
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": {"oneOf": [
                {"$ref": "#/components/schemas/DocumentIn"},
                {"type": "array", "items": {"$ref": "#/components/schemas/DocumentIn"}, "maxItems": MAX_DOCUMENTS},
            ]}},
            "application/x-ndjson": {"schema": {"type": "string", "description": "one document per line"}},
        }}},
    )
    async def post_documents(request: Request) -> dict:
        """Documents are extracted, linked and stored like ``rasd ingest`` does: a document already
        stored (same URL or same normalized text) changes nothing; one that can't be read is recorded
        as failed and the others go on. The body may be at most 5 MB and 1000 documents."""
        body = await _read_body(request, MAX_BODY_BYTES)
        items = _parse_documents(body, request.headers.get("content-type", ""))
        if not items:
            raise HTTPException(400, "no documents in the body")
        if len(items) > MAX_DOCUMENTS:
            raise HTTPException(413, f"{len(items)} documents in one request; send at most {MAX_DOCUMENTS}")
        docs = [_to_document(obj, f"document {number}") for number, obj in enumerate(items, 1)]
        report = await run_in_threadpool(lambda: pool.get().ingest_documents(docs))
        points.clear()
        return {"received": len(docs), "documents": _statuses(docs, report), "report": _jsonable(report)}

    _add_document_schema(app)
    return app


def _statuses(docs: list[Document | DocumentError], report: Any) -> list[dict]:
    """One status per posted document, in order: ``added``, ``unchanged`` (already stored under this
    id, URL or text) or ``failed`` with the reason, read from the store's ``IngestReport``."""
    failures = {doc_id: reason for doc_id, reason in getattr(report, "failures", None) or []}
    unchanged = set(getattr(report, "unchanged_ids", None) or [])
    statuses = []
    for doc in docs:
        if isinstance(doc, DocumentError):
            statuses.append({"id": doc.doc_id, "status": "failed", "error": failures.get(doc.doc_id, doc.reason)})
        elif doc.id in failures:
            statuses.append({"id": doc.id, "status": "failed", "error": failures[doc.id]})
        elif doc.id in unchanged:
            statuses.append({"id": doc.id, "status": "unchanged"})
        else:
            statuses.append({"id": doc.id, "status": "added"})
    return statuses


def _add_document_schema(app: FastAPI) -> None:
    """Describe SCHEMA.md's "Documents in" object in the OpenAPI document."""
    original = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        schema.setdefault("components", {}).setdefault("schemas", {})["DocumentIn"] = {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "text": {"type": "string", "description": "the article text (or give html)"},
                "html": {"type": "string", "description": "the article page; its main text is extracted"},
                "title": {"type": "string"},
                "published": {"type": "string", "description": "ISO date or datetime"},
                "outlet": {"type": "string"},
                "url": {"type": "string"},
            },
        }
        schema.setdefault("components", {}).setdefault("securitySchemes", {})["bearer"] = {
            "type": "http", "scheme": "bearer"}
        post = schema["paths"]["/api/documents"]["post"]
        post["security"] = [{"bearer": []}]
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("rasd")
    except Exception:  # noqa: BLE001 - not installed (running from a checkout)
        return "0"


def serve(
    db: str | os.PathLike,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    *,
    tiles: str | None = None,
    log_level: str = "info",
) -> None:
    """Run the application with uvicorn until interrupted (``rasd serve``).

    Binds to localhost unless *host* says otherwise. The store is opened once first, so a database
    that can't be opened fails here with a :class:`~rasd.errors.StoreError` rather than on the first
    request.
    """
    import uvicorn

    from rasd.store import open_store

    open_store(Path(db)).close()
    if not _is_loopback(host):
        log.warning("rasd serve: listening on %s, reachable from other machines; writes %s", host,
                    "need the token" if (token or os.environ.get(TOKEN_ENV)) else "are disabled (no token)")
    uvicorn.run(create_app(db, token=token, tiles=tiles), host=host, port=port, log_level=log_level)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
