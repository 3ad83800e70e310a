"""Documents in: files, folders and standard input turned into :class:`~rasd.model.Document` values.

Inputs, as ``../shared/SCHEMA.md`` ("Documents in") describes them:

* ``.txt`` — one document; its id is the file name.
* ``.html`` / ``.htm`` — one document; boilerplate removed with trafilatura (a plain tag stripper
  when trafilatura is missing, fails or finds nothing); the title from ``og:title`` or ``<title>``.
* ``.jsonl`` — one JSON object a line: ``{"id", "text" or "html", "title"?, "published"?,
  "outlet"?, "url"?}``. A line without an id is named ``FILE:LINE``. Other corpora's usual names
  for these fields are read when the schema's are absent (``FIELD_ALIASES``: a SaudiNewsNet
  line's ``content`` is its text, its ``source`` the outlet).
* ``.json`` — a list of such objects, or one object.
* ``-`` — standard input: JSON Lines (or a JSON list) when it looks like JSON, else one document.
* a folder — its ``.txt``, ``.html``, ``.htm``, ``.jsonl`` and ``.json`` files, sorted by name
  (not its sub-folders).

Batch runs must not stop for one bad document, so :func:`iter_documents` *yields* a
:class:`~rasd.errors.DocumentError` in place of a document it cannot read (binary, undecodable,
empty, malformed JSON line, over the size limit) and goes on with the next.

Bytes are decoded as UTF-8 (with or without a byte-order mark), UTF-16/32 with a byte-order mark,
the charset an HTML page declares, else detected: Windows-1256, the usual legacy encoding of Arabic
news sites, is preferred whenever it turns the bytes into mostly Arabic letters (charset detectors
often mistake it for another single-byte code page), and charset-normalizer decides the rest.

Publication date, in order: the document's own metadata (``published``, an ISO date or datetime
whose date part is kept); the caller's default (``published=``, e.g. the CLI's ``--published``);
the date the page declares in its HTML meta tags; a stamp found in the text by
:mod:`rasd.published` (``published_source="page"`` with ``published_evidence`` its span); the
day the page's title claims for it, as a daily roundup's does ("حصاد الأحداث الميدانية ليوم
الأربعاء 03-08-2022", ``published_source="title"``); a date in the URL (``published_source="url"``). One exception to that order: a saved social-media
post's own stamp ("December 5, 2024 · Shared with Public") beats a later day in its metadata,
which is the day it was saved or the same moment in another time zone. A ``published`` value
that is not a date is logged as a warning and dropped, so the page is searched instead: one typo
in a batch file should not cost the whole document.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html as html_lib
import inspect
import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

import regex
from charset_normalizer import from_bytes

from rasd.errors import DocumentError
from rasd.model import Document
from rasd.published import find_stamp, local_hour, parse_iso, plausible

log = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES = 10_000_000
"""Largest document read, in bytes (a file, or the UTF-8 text of a JSON record). Far above any news
article; it stops a mis-aimed input (a database dump, a video) from exhausting memory in the
parsers. Raise it with ``iter_documents(..., max_bytes=...)`` or ``RASD_MAX_DOCUMENT_MB``."""
MAX_BYTES_ENV = "RASD_MAX_DOCUMENT_MB"

TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES

STDIN_ID = "<stdin>"
# A JSON line may spell each Arabic letter as a 6-byte \\uXXXX escape; a line this many times the
# limit cannot hold a document under the limit, so it is refused before it is parsed.
_JSON_ESCAPE_FACTOR = 6
_SNIFF_BYTES = 1 << 16
# Decoded text with more than this share of control characters is not text.
_MAX_CONTROL_SHARE = 0.05
# Windows-1256 is chosen when at least this share of the letters it decodes to are Arabic.
_CP1256_MIN_ARABIC = 0.6

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
_LETTER = regex.compile(r"\p{L}")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_DECLARED_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.\-]+)""", regex.IGNORECASE)
_OG_TITLE = regex.compile(
    r"""<meta\b[^>]*?(?:property|name)\s*=\s*["']og:title["'][^>]*?content\s*=\s*(["'])(.*?)\1"""
    r"""|<meta\b[^>]*?content\s*=\s*(["'])(.*?)\3[^>]*?(?:property|name)\s*=\s*["']og:title["']""",
    regex.IGNORECASE | regex.DOTALL,
)
_TITLE = regex.compile(r"<title\b[^>]*>(.*?)</title\s*>", regex.IGNORECASE | regex.DOTALL)
_HTML_SNIFF = regex.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<p[\s>]|<article)", regex.IGNORECASE)
_TITLE_SCAN_CHARS = 200_000
_MAX_TITLE_CHARS = 1_000


@dataclasses.dataclass(frozen=True, slots=True)
class _Options:
    published: dt.date | None
    outlet: str | None
    max_bytes: int


def default_max_bytes() -> int:
    """The size limit in force: ``RASD_MAX_DOCUMENT_MB`` when set, else :data:`MAX_DOCUMENT_BYTES`."""
    raw = os.environ.get(MAX_BYTES_ENV)
    if raw:
        try:
            return int(float(raw) * 1_000_000)
        except ValueError:
            log.warning("%s=%r is not a number of megabytes; using %d MB", MAX_BYTES_ENV, raw,
                        MAX_DOCUMENT_BYTES // 1_000_000)
    return MAX_DOCUMENT_BYTES


def iter_documents(
    inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[Document | DocumentError]:
    """Every document in *inputs* (paths, folders, ``-`` for standard input), in order.

    Yields a :class:`DocumentError` for each document that cannot be read and carries on.
    *published* and *outlet* are defaults for documents that do not give their own.
    """
    opts = _options(published, outlet, max_bytes)
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]  # one path, not the characters of its name
    for inp in map(str, inputs):
        if inp == "-":
            stream = _stdin()
            if stream is None:
                yield DocumentError(STDIN_ID, "no standard input to read")
            else:
                yield from _read_stream(stream, STDIN_ID, opts)
            continue
        path = Path(inp)
        if path.is_dir():
            try:
                children = sorted(
                    (p for p in path.iterdir() if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES
                     and not p.name.startswith(".")),
                    key=lambda p: p.name,
                )
            except OSError as e:
                yield DocumentError(inp, f"cannot list this folder: {e.strerror or e}")
                continue
            if not children:
                log.warning("%s: no .txt, .html, .jsonl or .json files in this folder", inp)
            for child in children:
                yield from _read_path(child, opts)
        elif path.is_file():
            yield from _read_path(path, opts)
        else:
            yield DocumentError(inp, "no such file or folder")


def document_from_dict(
    obj: Any,
    *,
    where: str,
    published: dt.date | None = None,
    outlet: str | None = None,
    max_bytes: int | None = None,
) -> Document:
    """A :class:`Document` from one JSON record; raises :class:`DocumentError` naming *where*.

    *where* (``FILE:LINE``) names the document in errors and is its id when the record has none.
    ``text`` wins over ``html`` when both are given; the HTML then still supplies the title and the
    publication date if the record lacks them.
    """
    return _from_dict(obj, where, _options(published, outlet, max_bytes))


def _options(published: dt.date | None, outlet: str | None, max_bytes: int | None) -> _Options:
    if isinstance(published, dt.datetime):
        published = published.date()  # Document.published is a date: the time of day is dropped
    return _Options(published, outlet, max_bytes if max_bytes is not None else default_max_bytes())


def _stdin() -> IO[bytes] | None:
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        return None
    return getattr(stdin, "buffer", None) or io.BytesIO(stdin.read().encode("utf-8"))


# --- sources ----------------------------------------------------------------------------------


def _read_path(path: Path, opts: _Options) -> Iterator[Document | DocumentError]:
    suffix = path.suffix.lower()
    where = str(path)
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from _read_jsonl(fh, where, opts)
            return
        size = path.stat().st_size
        # A .json file may hold many documents, each checked on its own; use JSON Lines for big
        # batches, which are read a line at a time.
        if size > opts.max_bytes and suffix not in JSON_SUFFIXES:
            yield _too_large(path.name, size, opts.max_bytes)
            return
        data = path.read_bytes()
    except OSError as e:
        yield DocumentError(where, f"cannot read: {e.strerror or e}")
        return
    if suffix in JSON_SUFFIXES:
        yield from _read_json_bytes(data, where, opts)
    elif suffix in HTML_SUFFIXES:
        yield _guard(path.name, lambda: _html_document(path.name, data, opts))
    elif suffix in TEXT_SUFFIXES:
        yield _guard(path.name, lambda: _text_document(path.name, data, opts))
    else:
        yield from _read_sniffed(data, path.name, opts)


def _read_stream(stream: IO[bytes], name: str, opts: _Options) -> Iterator[Document | DocumentError]:
    """Standard input: JSON Lines when the first non-blank line is a JSON object, read line by line
    (a pipe may carry a whole corpus); otherwise the whole stream is one document or a JSON list."""
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    first = b"".join(head).lstrip(b"\xef\xbb\xbf").strip()
    if first.startswith(b"{") and first.endswith(b"}"):
        yield from _read_jsonl(_chain_lines(head, stream), name, opts)
        return
    yield from _read_sniffed(b"".join(head) + stream.read(), name, opts)


def _chain_lines(head: list[bytes], rest: IO[bytes]) -> Iterator[bytes]:
    yield from head
    yield from rest


def _read_sniffed(data: bytes, name: str, opts: _Options) -> Iterator[Document | DocumentError]:
    """Bytes of unknown kind: a JSON list or object, JSON Lines, an HTML page, or plain text."""
    start = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith((b"[", b"{")):
        try:
            json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            if start.startswith(b"{"):
                yield from _read_jsonl(iter(data.splitlines(keepends=True)), name, opts)
                return
        else:
            yield from _read_json_bytes(data, name, opts)
            return
    if len(data) > opts.max_bytes:
        yield _too_large(name, len(data), opts.max_bytes)
        return
    try:
        looks_html = bool(_HTML_SNIFF.match(decode_bytes(data[:4096], name)))
    except DocumentError:
        looks_html = False
    build = _html_document if looks_html else _text_document
    yield _guard(name, lambda: build(name, data, opts))


def _read_jsonl(lines: Iterable[bytes], name: str, opts: _Options) -> Iterator[Document | DocumentError]:
    for lineno, raw in enumerate(_utf8_lines(lines), start=1):
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        if len(raw) > opts.max_bytes * _JSON_ESCAPE_FACTOR:
            yield _too_large(where, len(raw), opts.max_bytes)
            continue
        try:
            obj = json.loads(_decode_json_line(raw, where))
        except json.JSONDecodeError as e:
            yield DocumentError(where, f"malformed JSON: {e.msg} (column {e.colno}); the other lines are read")
            continue
        except DocumentError as e:
            yield e
            continue
        yield _guard(where, lambda obj=obj, where=where: _from_dict(obj, where, opts))


def _utf8_lines(lines: Iterable[bytes]) -> Iterator[bytes]:
    """The lines, byte-order mark dropped; UTF-16/32 files (PowerShell writes them) re-encoded first,
    since splitting their bytes at b"\\n" would cut characters in half."""
    it = iter(lines)
    first = next(it, b"")
    for bom, encoding in _BOMS[1:]:
        if first.startswith(bom):
            text = b"".join([first, *it]).decode(encoding, errors="replace")
            yield from (line.encode("utf-8") for line in text.split("\n"))
            return
    yield first.removeprefix(b"\xef\xbb\xbf")
    yield from it


def _decode_json_line(raw: bytes, where: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(raw, where)  # JSON should be UTF-8, but saved files sometimes are not


def _read_json_bytes(data: bytes, name: str, opts: _Options) -> Iterator[Document | DocumentError]:
    try:
        obj = json.loads(decode_bytes(data, name))
    except json.JSONDecodeError as e:
        yield DocumentError(name, f"malformed JSON: {e.msg} (line {e.lineno}, column {e.colno})")
        return
    except DocumentError as e:
        yield e
        return
    if isinstance(obj, list):
        for i, item in enumerate(obj, start=1):
            where = f"{name}#{i}"
            yield _guard(where, lambda item=item, where=where: _from_dict(item, where, opts))
    else:
        yield _guard(name, lambda: _from_dict(obj, name, opts))


def _guard(where: str, build: Callable[[], Document]) -> Document | DocumentError:
    """The document *build* makes, or the DocumentError it raised: errors become values here so a
    generator never dies halfway through a batch."""
    try:
        return build()
    except DocumentError as e:
        return e
    except RecursionError:
        return DocumentError(where, "the page is nested too deeply to read")


def _too_large(where: str, size: int, limit: int) -> DocumentError:
    return DocumentError(
        where,
        f"{_size(size)}, over the {_size(limit)} limit for one document; if it really is one article, "
        f"raise the limit with {MAX_BYTES_ENV}=<megabytes> (or max_bytes= in Python)",
    )


def _size(n: int) -> str:
    return f"{n / 1e6:.3g} MB" if n >= 100_000 else f"{n:,} bytes"


# --- building documents -----------------------------------------------------------------------


def _text_document(name: str, data: bytes, opts: _Options) -> Document:
    return _finish(name, decode_bytes(data, name), opts=opts)


def _html_document(name: str, data: bytes, opts: _Options) -> Document:
    page = decode_bytes(data, name, html=True)
    return _finish(name, html_to_text(page), title=html_title(page), html=page, opts=opts)


def _from_dict(obj: Any, where: str, opts: _Options) -> Document:
    if not isinstance(obj, dict):
        raise DocumentError(
            where, f"expected a JSON object like {{\"id\": ..., \"text\": ...}}, got {_json_type(obj)}"
        )
    doc_id = obj.get("id")
    if doc_id is None or doc_id == "":
        doc_id = where
    elif isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif not isinstance(doc_id, str):
        raise DocumentError(where, f"'id' must be a string, got {_json_type(doc_id)}")
    obj = _with_schema_names(obj)
    fields = {key: _optional_str(obj, key, doc_id) for key in ("text", "html", "title", "outlet", "url")}
    text, page = fields["text"], fields["html"]
    if text is None and page is None:
        raise DocumentError(doc_id, "no 'text' or 'html' field (nor " + ", ".join(
            repr(a) for a in FIELD_ALIASES["text"]) + ")")
    for value in (text, page):
        if value is not None and len(value) > opts.max_bytes // 4 and len(value.encode("utf-8")) > opts.max_bytes:
            raise _too_large(doc_id, len(value.encode("utf-8")), opts.max_bytes)
    published = _metadata_date(obj.get("published"), doc_id)
    hour = local_hour(obj["published"]) if published is not None else None
    if text is None:
        text = html_to_text(page)  # type: ignore[arg-type]
    title = fields["title"] or (html_title(page) if page else None)
    return _finish(doc_id, text, title=title, published=published, outlet=fields["outlet"], url=fields["url"],
                   html=page, opts=opts, published_hour=hour)


# Other names corpora give the schema's fields, tried in order when the schema's own is absent. Not
# a crawl's date ("date_extracted", "scraped_at"): that is when the page was saved, not published.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("content", "body", "article", "full_text"),
    "published": ("date_published", "published_at", "publish_date", "pubDate", "date"),
    "outlet": ("source", "publisher", "site"),
}


def _with_schema_names(obj: dict[str, Any]) -> dict[str, Any]:
    """*obj* with each schema field it lacks taken from the first of its other names it has."""
    missing = {key: next((a for a in aliases if obj.get(a) not in (None, "")), None)
               for key, aliases in FIELD_ALIASES.items() if obj.get(key) in (None, "")}
    if not any(missing.values()):
        return obj
    return {**obj, **{key: obj[alias] for key, alias in missing.items() if alias is not None}}


def _optional_str(obj: dict[str, Any], key: str, doc_id: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise DocumentError(doc_id, f"'{key}' must be a string, got {_json_type(value)}")


def _metadata_date(value: Any, doc_id: str) -> dt.date | None:
    if value is None or value == "":
        return None
    parsed = parse_iso(value) if isinstance(value, str) else None
    if parsed is None or not plausible(parsed):
        log.warning("%s: 'published' %r is not a plausible ISO date (YYYY-MM-DD); ignored, the page is searched "
                    "for its date instead", doc_id, value)
        return None
    return parsed


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}.get(
        type(value), "a number"
    )


# The stamps a social-media platform prints on a post (see rasd.published.STAMPS).
POST_STAMPS = frozenset({"facebook", "tweet"})


def _finish(
    doc_id: str,
    text: str,
    *,
    opts: _Options,
    title: str | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    html: str | None = None,
    published_hour: int | None = None,
) -> Document:
    if not text.strip():
        what = "no text in the page" if html is not None else "only whitespace"
        raise DocumentError(doc_id, f"empty document ({what})")
    source: str | None = "metadata"
    evidence: tuple[int, int] | None = None
    if published is not None and "·" in text:  # (every post stamp holds a "·")
        stamp = find_stamp(text)
        if stamp is not None and stamp.kind in POST_STAMPS and stamp.date < published:
            # a saved post's own stamp is the day it went out; a later day in the metadata is the
            # day it was saved, or the same moment in another time zone
            published, source, evidence = stamp.date, "page", stamp.span
    if published is None:
        published = opts.published
    if published is None:
        stamp = find_stamp(text, html, url, title=title)
        if stamp is None:
            source = None
        else:
            published = stamp.date
            source = {"text": "page", "html": "metadata"}.get(stamp.where, stamp.where)
            evidence = stamp.span if stamp.where == "text" else None
            if published_hour is None:
                published_hour = stamp.hour
    return Document(
        id=doc_id,
        text=text,
        title=title,
        published=published,
        outlet=outlet or opts.outlet,
        url=url,
        published_source=source,
        published_evidence=evidence,
        # an hour the page's markup or an X post's id gives; a time printed in the text is in an
        # unknown zone (see rasd.published), a permalink's date has none
        published_hour=published_hour if source in ("metadata", "url") else None,
    )


# --- bytes to text ----------------------------------------------------------------------------


def decode_bytes(data: bytes, where: str, *, html: bool = False) -> str:
    """Text from bytes; raises :class:`DocumentError` for binary or undecodable data.

    With *html*, a charset the page declares is tried before detection.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), where)
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise DocumentError(where, "binary file (NUL bytes): not a text, HTML or JSON document")
    try:
        return _checked(data.decode("utf-8"), where)
    except UnicodeDecodeError:
        pass
    if html:
        m = _DECLARED_CHARSET.search(data[:4096])
        if m:
            try:
                return _checked(data.decode(m.group(1).decode("ascii")), where)
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown label: fall through to detection
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _arabic_share(text) >= _CP1256_MIN_ARABIC:
        return _checked(text, where)
    best = from_bytes(data[: _SNIFF_BYTES * 16]).best()
    if best is None or best.encoding is None:
        raise DocumentError(where, "binary file, or text in an encoding rasd cannot tell; save it as UTF-8")
    return _checked(data.decode(best.encoding, errors="replace"), where)


def _arabic_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    letters = len(_LETTER.findall(sample))
    return len(_ARABIC_LETTER.findall(sample)) / letters if letters else 0.0


def _checked(text: str, where: str) -> str:
    sample = text[:_SNIFF_BYTES]
    if sample and len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise DocumentError(where, "binary file (control characters): not a text, HTML or JSON document")
    return text


# --- HTML -------------------------------------------------------------------------------------


def html_title(page: str) -> str | None:
    """The page title: ``og:title`` (no site-name suffix, as a rule), else ``<title>``."""
    head = page[:_TITLE_SCAN_CHARS]
    m = _OG_TITLE.search(head)
    raw = (m.group(2) if m.group(2) is not None else m.group(4)) if m else None
    if not raw:
        t = _TITLE.search(head)
        raw = t.group(1) if t else None
    if not raw:
        return None
    title = " ".join(html_lib.unescape(regex.sub(r"<[^>]*>", " ", raw)).split())
    return title[:_MAX_TITLE_CHARS] or None


def html_to_text(page: str) -> str:
    """The article text of an HTML page: trafilatura's main-content extraction, or every visible
    text node when trafilatura is unavailable, fails on a hostile page, or finds no main content."""
    text = _trafilatura_text(page)
    return text if text and text.strip() else strip_tags(page)


@functools.cache
def _trafilatura() -> tuple[Any, dict[str, Any]] | None:
    """trafilatura's ``extract`` and the options to call it with, or None when it can't be imported."""
    try:
        from trafilatura import extract
    except ImportError as e:  # e.g. lxml >= 5.2 without the separate lxml_html_clean package
        log.warning("trafilatura cannot be imported (%s); HTML is read with the plain tag stripper, page menus "
                    "and all. Install its dependencies: pip install trafilatura lxml_html_clean", e)
        return None
    # No fallback extractors (justext, readability): several times faster, and the tag stripper
    # below is rasd's own fallback. The option was renamed in trafilatura 1.10.
    fast = "fast" if "fast" in inspect.signature(extract).parameters else "no_fallback"
    return extract, {"include_comments": False, "favor_recall": True, "include_tables": True, fast: True}


def _trafilatura_text(page: str) -> str | None:
    loaded = _trafilatura()
    if loaded is None:
        return None
    extract, options = loaded
    try:
        return extract(page, **options)
    except Exception as e:  # noqa: BLE001 — third-party parser on hostile input: any failure means "fall back"
        log.debug("trafilatura failed (%s: %s); using the tag stripper", type(e).__name__, e)
        return None


_SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "head", "title", "iframe", "object", "canvas"}
)
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "header", "footer", "blockquote", "pre", "figure", "figcaption", "main", "aside", "nav", "dd", "dt", "hr",
})


class _TextCollector(HTMLParser):
    """Visible text of a page, one block element a line. Iterative (no tree, no recursion), so
    deeply nested or unclosed markup costs time linear in its size and never a crash."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skipping = 0  # whatever was left open before it (a <head> never closed) ends here
        elif tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """"<![CDATA[ ... ]]>" and its kin; a malformed one ("<![" and no name) is a bogus comment to
        the next ">", as browsers read it, where HTMLParser would raise AssertionError."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            j = self.rawdata.find(">", i + 3)
            return -1 if j < 0 else j + 1

    def close(self) -> None:
        """End the page. A tag left unfinished at its end ('<a href="x' and all after it) is markup, as
        a browser reads it (an attribute value never closed): HTMLParser would hand it over as text."""
        if self.rawdata.startswith("<"):
            self.rawdata = ""
        super().close()


def strip_tags(page: str) -> str:
    """Every visible text node of *page*, without scripts, styles or markup; a line per block."""
    collector = _TextCollector()
    collector.feed(page)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


__all__ = [
    "MAX_DOCUMENT_BYTES", "decode_bytes", "default_max_bytes", "document_from_dict", "html_title", "html_to_text",
    "iter_documents", "strip_tags",
]
