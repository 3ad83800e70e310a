"""The store: documents, their incident mentions, merged incidents, and copied passages.

:class:`Store` holds everything both backends share — ingest, linking, re-dating undated reports,
queries and exports — written once against a few backend hooks (placeholder style, transactions,
text search). :mod:`rasd.store.sqlite` and :mod:`rasd.store.postgres` supply the hooks.

Ingest, one document at a time, each in its own transaction (so a killed run leaves every committed
document whole and nothing half-written):

1. a document already stored under the same id, URL or normalized text is *unchanged* (another id
   for it is recorded as an alias, and listed in the ``doc_ids`` of its incidents); a document that
   cannot be read or extracted is stored as *failed* with its reason;
2. its chunks' LSH band keys find documents that may share text; those are aligned
   (:func:`rasd.link.reuse.align`) and the passages stored;
3. its mentions are linked (:func:`rasd.link.linker.assign`) to incidents found through the
   blocking keys and the documents it shares text with; merged records of the incidents it touched
   are rebuilt — nothing else is relinked;
4. an undated document linked to dated reports (or copying from them) gets an inferred publication
   date and is re-read against it (:meth:`Store._redate`), so its relative dates ("السبت",
   "الخميس الماضي") resolve; this also runs for undated documents a newly stored dated one links to.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Self, TextIO

from rasd.errors import DocumentError, NotFoundError, StoreError
from rasd.link import linker, reuse
from rasd.link.linker import Mention, Source
from rasd.model import Document, Incident
from rasd.pipeline import url_headline
from rasd.store.search import index_terms
from rasd.text.segment import paragraphs

log = logging.getLogger(__name__)

Extract = Callable[[Document], list[Incident]]

MAX_CANDIDATE_INCIDENTS = 600  # per new document, most recent first: keeps linking time flat
MAX_REUSE_CANDIDATES = 20  # documents aligned per new document, most shared LSH buckets first
MIN_BAND_HITS = 2  # a copied chunk shares most of its 16 band keys; a chance collision shares one
TOKEN_CACHE = 512  # tokenized texts of stored documents kept for alignment (recent ones are the usual candidates)
REDATE_DAYS = 7  # an undated report is taken to be published within a week of what it reports
SORTS = {"event_date": "event_date", "sources": "n_sources", "fatalities": "fatalities", "id": "id",
         "updated": "updated_at", "admin1": "admin1"}


@dataclass
class IngestReport:
    """What one ingest run did."""

    added: int = 0
    unchanged: int = 0
    failed: int = 0
    mentions: int = 0
    incidents_new: int = 0
    mentions_linked: int = 0
    reuse_passages: int = 0
    redated: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    unchanged_ids: list[str] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def documents(self) -> int:
        return self.added + self.unchanged + self.failed

    def summary(self) -> str:
        parts = [f"{self.added} added", f"{self.unchanged} unchanged", f"{self.failed} failed",
                 (f"{self.mentions} incident mentions ({self.mentions_linked} linked to another report, "
                 f"{self.incidents_new} new incidents)"), f"{self.reuse_passages} copied passages"]
        if self.redated:
            parts.append(f"{self.redated} undated documents dated from linked reports")
        text = "ingest: " + ", ".join(parts) + f" in {self.elapsed:.1f}s"
        for doc_id, reason in self.failures[:20]:
            text += f"\n  failed {doc_id}: {reason}"
        if len(self.failures) > 20:
            text += f"\n  ... and {len(self.failures) - 20} more failures"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "unchanged": self.unchanged, "failed": self.failed, "mentions": self.mentions,
                "incidents_new": self.incidents_new, "mentions_linked": self.mentions_linked,
                "reuse_passages": self.reuse_passages, "redated": self.redated,
                "failures": [{"doc_id": d, "reason": r} for d, r in self.failures],
                "elapsed": round(self.elapsed, 3)}

    def __add__(self, other: IngestReport) -> IngestReport:
        out = IngestReport()
        for f in ("added", "unchanged", "failed", "mentions", "incidents_new", "mentions_linked", "reuse_passages",
                  "redated", "elapsed"):
            setattr(out, f, getattr(self, f) + getattr(other, f))
        out.failures = self.failures + other.failures
        out.unchanged_ids = self.unchanged_ids + other.unchanged_ids
        return out


def default_extract() -> Extract:
    from rasd.pipeline import extract

    return extract


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso(d: dt.date | str | None) -> str | None:
    if d is None or d == "":
        return None
    return d.isoformat()[:10] if isinstance(d, dt.date) else str(d)[:10]


def _date(s: Any) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def _chunks(seq: list, n: int = 500) -> Iterator[list]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


class Store:
    """A rasd database. Use :func:`rasd.store.open_store` to get one; close it (or use ``with``)."""

    dialect = "abstract"

    # --- backend hooks ------------------------------------------------------------------------
    def _execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        raise NotImplementedError

    def _transaction(self) -> contextlib.AbstractContextManager:
        raise NotImplementedError

    def _fts_set(self, pk: int, terms: str) -> None:
        raise NotImplementedError

    def _fts_delete(self, pk: int) -> None:
        raise NotImplementedError

    def _fts_filter(self, q: str) -> tuple[str, list[Any]] | None:
        """An SQL condition on ``i.pk`` selecting incidents matching *q* (None: *q* has no words)."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- schema -----------------------------------------------------------------------------------
    def _migrate(self) -> list[str]:
        """Apply the packaged migrations this database lacks, each in its own transaction, and
        record them in ``migrations``. Returns the names applied."""
        from importlib import resources

        self._execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                      "applied_at TEXT NOT NULL)")
        done = {r["version"] for r in self._all("SELECT version FROM migrations")}
        suffix = f".{self.dialect}.sql"
        files = sorted(f for f in resources.files("rasd.store.migrations").iterdir() if f.name.endswith(suffix))
        applied = []
        for f in files:
            version = int(f.name.split("_", 1)[0])
            if version in done:
                continue
            name = f.name[: -len(suffix)]
            statements = [s.strip() for s in f.read_text(encoding="utf-8").split(";\n")]
            with self._transaction():
                if self._one("SELECT 1 FROM migrations WHERE version = ?", (version,)) is not None:
                    continue  # another process applied it while we waited for the lock
                for stmt in statements:
                    if any(line.strip() and not line.strip().startswith("--") for line in stmt.splitlines()):
                        self._execute(stmt.rstrip(";"))
                self._execute("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                              (version, name, _now()))
            applied.append(name)
            log.info("applied migration %s", name)
        newest = max((int(f.name.split("_", 1)[0]) for f in files), default=0)
        have = max(done | {int(a.split("_", 1)[0]) for a in applied}, default=0)
        if have > newest:
            raise StoreError(f"this database has schema version {have}, newer than this rasd knows ({newest}); "
                             "upgrade rasd")
        return applied

    def schema_version(self) -> int:
        row = self._one("SELECT MAX(version) AS v FROM migrations")
        return int(row["v"] or 0)

    # --- small SQL helpers ----------------------------------------------------------------------
    def _all(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        return self._execute(sql, tuple(params)).fetchall()

    def _one(self, sql: str, params: Iterable[Any] = ()) -> Any:
        return self._execute(sql, tuple(params)).fetchone()

    def _insert(self, sql: str, params: Iterable[Any]) -> int:
        return self._execute(sql + " RETURNING pk", tuple(params)).fetchone()["pk"]

    def _in(self, sql: str, values: list[Any], extra: tuple = ()) -> list[Any]:
        """Run *sql* whose ``{in}`` is a list of placeholders for *values*, in chunks."""
        out: list[Any] = []
        for part in _chunks(list(values)):
            out += self._all(sql.format(**{"in": ",".join("?" * len(part))}), tuple(part) + extra)
        return out

    # --- ingest ----------------------------------------------------------------------------------
    def ingest_documents(self, docs: Iterable[Document | DocumentError], extract: Extract | None = None,
                         progress: Any = None) -> IngestReport:
        """Store, extract and link each document, each in its own transaction (see the module
        docstring). Re-ingesting a document changes nothing and counts it as unchanged; a document
        that fails is recorded with its reason and the run goes on. *progress* is anything with a
        ``step()`` method (or a callable), called once per document."""
        extract = extract or default_extract()
        report = IngestReport()
        t0 = time.perf_counter()
        for item in docs:
            try:
                self._ingest_one(item, extract, report)
            except StoreError:
                raise
            except Exception as exc:
                doc_id = getattr(item, "id", None) or getattr(item, "doc_id", "?")
                log.exception("storing %s failed", doc_id)
                self._record_failure(doc_id, f"{type(exc).__name__}: {exc}", report,
                                     item if isinstance(item, Document) else None)
            if progress is not None:
                (progress.step if hasattr(progress, "step") else progress)()
        report.elapsed = time.perf_counter() - t0
        return report

    def _ingest_one(self, item: Document | DocumentError, extract: Extract, report: IngestReport) -> None:
        if isinstance(item, DocumentError):
            self._record_failure(item.doc_id, item.reason, report)
            return
        doc = item
        h = doc.content_hash
        dup = self._duplicate(doc, h)
        if dup is not None:
            if dup["id"] != doc.id:
                with self._transaction():
                    self._note_duplicate(doc, h)
            elif dup["content_hash"] != h:
                log.warning("%s is already stored with another text; keeping the stored one", doc.id)
            report.unchanged += 1
            report.unchanged_ids.append(doc.id)
            return
        try:
            records = [inc.to_dict() for inc in extract(doc)]
        except Exception as exc:
            log.warning("extracting %s failed: %s", doc.id, exc, exc_info=True)
            self._record_failure(doc.id, f"extraction failed: {type(exc).__name__}: {exc}", report, doc)
            return
        toks = reuse.tokens(doc.text)
        bands = reuse.band_keys(toks)
        with self._transaction():
            if self._duplicate(doc, h) is not None:  # stored meanwhile by another process
                self._note_duplicate(doc, h)
                report.unchanged += 1
                report.unchanged_ids.append(doc.id)
                return
            self._execute("DELETE FROM documents WHERE id = ? AND status = 'failed'", (doc.id,))
            doc_pk = self._insert(
                "INSERT INTO documents (id, url, content_hash, title, text, published, published_source, outlet, status, "
                "ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ok', ?)",
                (doc.id, doc.url, h, doc.title, doc.text, _iso(doc.published), doc.published_source, doc.outlet, _now()))
            report.added += 1
            report.reuse_passages += self._find_reuse(doc_pk, toks, bands)
            stats = self._link(doc_pk, doc.id, doc.published, records, [f"{doc.id}#{k}" for k in range(len(records))])
            report.mentions += len(records)
            report.incidents_new += stats[0]
            report.mentions_linked += stats[1]
            if doc.published is None:
                report.redated += self._redate(doc_pk, extract)
            else:
                for u in self._undated_neighbours(doc_pk):
                    report.redated += self._redate(u, extract)

    def _duplicate(self, doc: Document, h: str) -> Any:
        """The stored document *doc* repeats: same id, an alias of it, same URL or same normalized text."""
        cols = "pk, id, status, content_hash"
        row = self._one(f"SELECT {cols} FROM documents WHERE id = ?", (doc.id,))
        if row is not None and row["status"] == "ok":
            return row
        row = self._one("SELECT d.pk, d.id, d.status, d.content_hash FROM document_aliases a "
                        "JOIN documents d ON d.pk = a.doc_pk WHERE a.alias_id = ?", (doc.id,))
        if row is not None:
            return row
        if doc.url:
            row = self._one(f"SELECT {cols} FROM documents WHERE url = ? AND status = 'ok'", (doc.url,))
            if row is not None:
                return row
        return self._one(f"SELECT {cols} FROM documents WHERE content_hash = ? AND status = 'ok'", (h,))

    def _note_duplicate(self, doc: Document, h: str) -> None:
        row = self._duplicate(doc, h)
        if row is None or row["id"] == doc.id:
            return
        if self._one("SELECT 1 FROM document_aliases WHERE alias_id = ?", (doc.id,)) is None:
            self._execute("DELETE FROM documents WHERE id = ? AND status = 'failed'", (doc.id,))
            reason = "same_url" if doc.url and self._one("SELECT 1 FROM documents WHERE pk = ? AND url = ?",
                                                         (row["pk"], doc.url)) else "same_text"
            self._execute("INSERT INTO document_aliases (alias_id, doc_pk, reason) VALUES (?, ?, ?)",
                          (doc.id, row["pk"], reason))
            touched = [r["incident_pk"] for r in self._all("SELECT DISTINCT incident_pk FROM mentions WHERE doc_pk = ?",
                                                           (row["pk"],))]
            self._refresh(touched)

    def _record_failure(self, doc_id: str, reason: str, report: IngestReport, doc: Document | None = None) -> None:
        report.failed += 1
        report.failures.append((doc_id, reason))
        with self._transaction():
            row = self._one("SELECT pk, status, error FROM documents WHERE id = ?", (doc_id,))
            if row is not None:
                if row["status"] == "failed" and row["error"] != reason:
                    self._execute("UPDATE documents SET error = ? WHERE pk = ?", (reason, row["pk"]))
                return  # a stored document is never replaced by a failed read of it
            self._execute(
                "INSERT INTO documents (id, url, content_hash, title, text, published, outlet, status, error, "
                "ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'failed', ?, ?)",
                (doc_id, doc.url if doc else None, doc.content_hash if doc else None, doc.title if doc else None,
                 doc.text if doc else None, _iso(doc.published) if doc else None, doc.outlet if doc else None,
                 reason, _now()))

    # --- text reuse ---------------------------------------------------------------------------------
    def _find_reuse(self, doc_pk: int, toks: list[reuse.Token], bands: list[int]) -> int:
        hits: dict[int, int] = defaultdict(int)
        for row in self._in("SELECT doc_pk FROM lsh_bands WHERE key IN ({in})", bands):
            hits[row["doc_pk"]] += 1
        if bands:
            self._executemany("INSERT INTO lsh_bands (key, doc_pk) VALUES (?, ?) ON CONFLICT DO NOTHING",
                              [(k, doc_pk) for k in bands])
        cands = sorted((p for p, n in hits.items() if n >= MIN_BAND_HITS and p != doc_pk),
                       key=lambda p: (-hits[p], p))[:MAX_REUSE_CANDIDATES]
        n = 0
        for other in cands:
            other_toks = self._stored_tokens(other)
            if not other_toks:
                continue
            for p in reuse.align(other_toks, toks):
                self._execute("INSERT INTO reuse (doc1_pk, doc2_pk, start1, end1, start2, end2, similarity) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?)",
                              (other, doc_pk, p.a_start, p.a_end, p.b_start, p.b_end, p.similarity))
                n += 1
        return n

    def _stored_tokens(self, doc_pk: int) -> list[reuse.Token]:
        cache = self.__dict__.setdefault("_token_cache", OrderedDict())
        if doc_pk in cache:
            cache.move_to_end(doc_pk)
            return cache[doc_pk]
        row = self._one("SELECT text FROM documents WHERE pk = ? AND status = 'ok'", (doc_pk,))
        toks = reuse.tokens(row["text"]) if row is not None and row["text"] else []
        if toks:
            cache[doc_pk] = toks
        if len(cache) > TOKEN_CACHE:
            cache.popitem(last=False)
        return toks

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        for r in rows:
            self._execute(sql, r)

    def _passages_of(self, doc_pk: int) -> dict[str, list[tuple[int, int, int, int]]]:
        """Passages shared with other documents, keyed by the other document's id, oriented this → other."""
        out: dict[str, list[tuple[int, int, int, int]]] = defaultdict(list)
        for r in self._all("SELECT d.id AS other, r.start1, r.end1, r.start2, r.end2 FROM reuse r "
                           "JOIN documents d ON d.pk = r.doc1_pk WHERE r.doc2_pk = ?", (doc_pk,)):
            out[r["other"]].append((r["start2"], r["end2"], r["start1"], r["end1"]))
        for r in self._all("SELECT d.id AS other, r.start1, r.end1, r.start2, r.end2 FROM reuse r "
                           "JOIN documents d ON d.pk = r.doc2_pk WHERE r.doc1_pk = ?", (doc_pk,)):
            out[r["other"]].append((r["start1"], r["end1"], r["start2"], r["end2"]))
        return out

    # --- linking --------------------------------------------------------------------------------------
    def _link(self, doc_pk: int, doc_id: str, published: dt.date | None, records: list[dict], ids: list[str],
              ords: list[int] | None = None, date_inferred: bool = False) -> tuple[int, int]:
        """Store a document's mentions, each joining an incident or founding one. Returns
        (new incidents, mentions that joined an existing incident)."""
        if not records:
            return 0, 0
        for rec in records:
            for e in rec.get("evidence") or []:
                e.setdefault("doc_id", doc_id)
                if not e.get("doc_id"):
                    e["doc_id"] = doc_id
        new = [Mention.from_record(r, doc_id, published, mention_id=i, date_inferred=date_inferred)
               for r, i in zip(records, ids)]
        incidents = self._candidate_incidents(doc_pk, new)
        passages = self._passages_of(doc_pk)

        def text_link(m: Mention, other: Mention) -> tuple[bool, bool]:
            ps = passages.get(other.doc_id)
            return linker.text_linked(m.spans, other.spans, ps) if ps else (False, False)

        plan = linker.assign(new, incidents, text_link)
        touched: set[int] = set()
        n_new = n_linked = 0
        for k, (m, a, rec) in enumerate(zip(new, plan, records)):
            if a.incident is None:
                inc_pk = self._new_incident(m.id)
                n_new += 1
            else:
                inc_pk = a.incident
                n_linked += 1
            mpk = self._insert(
                "INSERT INTO mentions (id, doc_pk, incident_pk, ord, date_inferred, link_score, link_reasons, "
                "linked_via, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (m.id, doc_pk, inc_pk, ords[k] if ords else k, int(date_inferred), a.score,
                 json.dumps(list(a.reasons)) if a.incident is not None else None, a.via,
                 json.dumps(rec, ensure_ascii=False)))
            self._executemany("INSERT INTO mention_blocks (key, mention_pk) VALUES (?, ?) ON CONFLICT DO NOTHING",
                              [(key, mpk) for key in linker.block_keys(m)])
            touched.add(inc_pk)
        touched |= self._bridge(plan)
        self._refresh(touched)
        return n_new, n_linked

    def _bridge(self, plan: list[linker.Assignment]) -> set[int]:
        """Merge incidents a new mention fits as well as the one it joined, when no member of one
        conflicts with a member of the other (a later report showing that two earlier ones were
        about the same incident). The older incident keeps its id; the other's id becomes an alias."""
        into: dict[int, int] = {}

        def find(pk: int) -> int:
            while pk in into:
                pk = into[pk]
            return pk

        touched: set[int] = set()
        for a in plan:
            if a.incident is None or not a.also:
                continue
            for other in a.also:
                x, y = find(a.incident), find(other)
                if x == y:
                    continue
                members = self._members([x, y])
                if x not in members or y not in members or not linker.mergeable(members[x], members[y]):
                    continue
                keep, drop = min(x, y), max(x, y)
                drop_id = self._one("SELECT id FROM incidents WHERE pk = ?", (drop,))["id"]
                self._execute("UPDATE mentions SET incident_pk = ? WHERE incident_pk = ?", (keep, drop))
                self._execute("UPDATE incident_aliases SET incident_pk = ? WHERE incident_pk = ?", (keep, drop))
                self._execute("INSERT INTO incident_aliases (alias_id, incident_pk) VALUES (?, ?)", (drop_id, keep))
                self._fts_delete(drop)
                self._execute("DELETE FROM incidents WHERE pk = ?", (drop,))
                into[drop] = keep
                touched.add(keep)
                log.info("merged incident %s into %s", drop_id, keep)
        return {find(t) for t in touched}

    def _new_incident(self, mention_id: str) -> int:
        iid = linker.incident_id(mention_id)
        k = 1
        while self._one("SELECT 1 FROM incidents WHERE id = ?", (iid,)) is not None:
            k += 1
            iid = linker.incident_id(f"{mention_id}~{k}")
        now = _now()
        return self._insert("INSERT INTO incidents (id, n_sources, record, sources, created_at, updated_at) "
                            "VALUES (?, 0, '{}', '[]', ?, ?)", (iid, now, now))

    def _candidate_incidents(self, doc_pk: int, new: list[Mention]) -> dict[int, list[Mention]]:
        keys = sorted({k for m in new for k in linker.query_keys(m)})
        cand: set[int] = set()
        if keys:
            rows = self._in("SELECT DISTINCT m.incident_pk FROM mention_blocks b JOIN mentions m ON m.pk = b.mention_pk "
                            "WHERE b.key IN ({in}) AND m.doc_pk <> ? ORDER BY m.incident_pk DESC LIMIT "
                            + str(MAX_CANDIDATE_INCIDENTS), keys, (doc_pk,))
            cand.update(r["incident_pk"] for r in rows)
        for r in self._all("SELECT DISTINCT m.incident_pk FROM mentions m WHERE m.doc_pk IN "
                           "(SELECT doc1_pk FROM reuse WHERE doc2_pk = ? UNION SELECT doc2_pk FROM reuse WHERE doc1_pk = ?)",
                           (doc_pk, doc_pk)):
            cand.add(r["incident_pk"])
        return self._members(sorted(cand))

    def _members(self, incident_pks: list[int]) -> dict[int, list[Mention]]:
        out: dict[int, list[Mention]] = defaultdict(list)
        rows = self._in("SELECT m.pk, m.id, m.incident_pk, m.record, m.date_inferred, d.id AS doc_id, d.published "
                        "FROM mentions m JOIN documents d ON d.pk = m.doc_pk WHERE m.incident_pk IN ({in}) ORDER BY m.pk",
                        incident_pks)
        for r in rows:
            out[r["incident_pk"]].append(Mention.from_record(json.loads(r["record"]), r["doc_id"], _date(r["published"]),
                                                             key=r["pk"], mention_id=r["id"],
                                                             date_inferred=bool(r["date_inferred"])))
        return dict(out)

    def _refresh(self, incident_pks: Iterable[int]) -> None:
        """Rebuild the merged record of each incident from its members (or drop it when it has none)."""
        for pk in sorted(set(incident_pks)):
            inc = self._one("SELECT id FROM incidents WHERE pk = ?", (pk,))
            if inc is None:
                continue
            rows = self._all(
                "SELECT m.id, m.record, m.date_inferred, d.pk AS doc_pk, d.id AS doc_id, d.published, d.outlet, d.url, "
                "d.title, d.text FROM mentions m JOIN documents d ON d.pk = m.doc_pk WHERE m.incident_pk = ? "
                "ORDER BY m.pk", (pk,))
            if not rows:
                self._fts_delete(pk)
                self._execute("DELETE FROM incident_aliases WHERE incident_pk = ?", (pk,))
                self._execute("DELETE FROM incidents WHERE pk = ?", (pk,))
                continue
            aliases: dict[int, list[str]] = defaultdict(list)
            for a in self._in("SELECT alias_id, doc_pk FROM document_aliases WHERE doc_pk IN ({in}) ORDER BY alias_id",
                              sorted({r["doc_pk"] for r in rows})):
                aliases[a["doc_pk"]].append(a["alias_id"])
            sources = [Source(r["id"], json.loads(r["record"]), r["doc_id"], _date(r["published"]), r["outlet"], r["url"],
                              r["title"], bool(r["date_inferred"]), tuple(aliases.get(r["doc_pk"], ())))
                       for r in rows]
            merged = linker.merge(inc["id"], sources)
            rec = merged.record
            loc = rec.get("location") or {}
            actors = [a.get("id") for a in [rec.get("actor1"), rec.get("actor2"), *rec.get("assoc_actors", [])] if a]
            killed = (rec["casualties"].get("killed") or {}).get("best")
            self._execute(
                "UPDATE incidents SET event_date = ?, event_type = ?, sub_event_type = ?, actors = ?, iso3 = ?, "
                "admin1 = ?, admin2 = ?, latitude = ?, longitude = ?, fatalities = ?, n_sources = ?, record = ?, "
                "sources = ?, updated_at = ? WHERE pk = ?",
                (rec.get("event_date"), rec.get("event_type"), rec.get("sub_event_type"),
                 " " + " ".join(a for a in actors if a) + " ", loc.get("iso3"), loc.get("admin1"), loc.get("admin2"),
                 loc.get("latitude"), loc.get("longitude"), killed, len({s.doc_id for s in sources}),
                 json.dumps(rec, ensure_ascii=False), json.dumps(merged.sources, ensure_ascii=False), _now(), pk))
            context = [s.title for s in sources]
            for r, src in zip(rows, sources):
                context += _evidence_paragraphs(r["text"] or "", src.record)
            self._fts_set(pk, index_terms(_search_text(rec, context)))

    # --- undated documents ------------------------------------------------------------------------------
    def _undated_neighbours(self, doc_pk: int) -> list[int]:
        """Undated documents sharing an incident or a passage with this one."""
        rows = self._all(
            "SELECT DISTINCT d.pk FROM mentions m JOIN documents d ON d.pk = m.doc_pk "
            "WHERE m.incident_pk IN (SELECT incident_pk FROM mentions WHERE doc_pk = ?) AND d.pk <> ? "
            "AND d.published IS NULL AND d.status = 'ok' "
            "UNION SELECT d.pk FROM reuse r JOIN documents d ON d.pk = r.doc1_pk WHERE r.doc2_pk = ? "
            "AND d.published IS NULL AND d.status = 'ok'", (doc_pk, doc_pk, doc_pk))
        return sorted(r["pk"] for r in rows)

    def _anchors(self, doc_pk: int) -> tuple[dict[str, str], dict[str, str]]:
        """For an undated document: the date each of its linked mentions' incidents has from *other*,
        dated reports (day precision, not inferred), and the publication dates of dated documents it
        shares passages with."""
        anchors: dict[str, str] = {}
        for r in self._all("SELECT m.id, m.incident_pk FROM mentions m WHERE m.doc_pk = ?", (doc_pk,)):
            votes: dict[str, int] = defaultdict(int)
            for o in self._all("SELECT m.record FROM mentions m JOIN documents d ON d.pk = m.doc_pk "
                               "WHERE m.incident_pk = ? AND m.doc_pk <> ? AND m.date_inferred = 0 "
                               "AND d.published IS NOT NULL", (r["incident_pk"], doc_pk)):
                rec = json.loads(o["record"])
                if rec.get("event_date") and rec.get("date_precision") in (None, "day"):
                    votes[rec["event_date"]] += 1
            if votes:
                anchors[r["id"]] = max(sorted(votes), key=lambda d: votes[d])
        sources: dict[str, str] = {}
        for r in self._all("SELECT d.id, d.published FROM reuse r JOIN documents d ON d.pk = r.doc1_pk "
                           "WHERE r.doc2_pk = ? AND d.published IS NOT NULL UNION "
                           "SELECT d.id, d.published FROM reuse r JOIN documents d ON d.pk = r.doc2_pk "
                           "WHERE r.doc1_pk = ? AND d.published IS NOT NULL", (doc_pk, doc_pk)):
            sources[r["id"]] = r["published"]
        return anchors, sources

    def _redate(self, doc_pk: int, extract: Extract) -> int:
        """Give an undated document the publication date its linked and copied-from reports imply,
        and re-read it against that date. Returns 1 when the document's dates changed."""
        row = self._one("SELECT id, text, title, outlet, url, published, published_inferred, published_basis "
                        "FROM documents WHERE pk = ?", (doc_pk,))
        if row is None or row["published"] is not None:
            return 0
        anchors, sources = self._anchors(doc_pk)
        if not anchors and not sources:
            return 0
        basis = {"anchors": anchors, "shares_text_with": sources}
        if row["published_basis"] and json.loads(row["published_basis"]) == basis:
            return 0
        old = self._all("SELECT pk, id, ord, incident_pk, record FROM mentions WHERE doc_pk = ? ORDER BY ord", (doc_pk,))
        old_recs = [json.loads(o["record"]) for o in old]
        doc = Document(id=row["id"], text=row["text"], title=row["title"], outlet=row["outlet"], url=row["url"])
        lo = max([_date(d) for d in [*anchors.values(), *sources.values()]])
        chosen, recs = self._choose_publication(doc, lo, old, old_recs, anchors, extract)
        self._execute("UPDATE documents SET published_inferred = ?, published_basis = ? WHERE pk = ?",
                      (chosen.isoformat(), json.dumps(basis, ensure_ascii=False), doc_pk))
        if len(recs) == len(old_recs) and _same_dates(old_recs, recs):
            return 0  # the day changes none of its dates: nothing to re-read
        # re-read: matched mentions keep their id and ord; incidents they founded alone are relinked
        match = _match_records(old_recs, recs)
        touched: set[int] = set()
        relink: list[tuple[int, str, dict]] = []
        for i, o in enumerate(old):
            j = match.get(i)
            size = self._one("SELECT COUNT(*) AS n FROM mentions WHERE incident_pk = ?", (o["incident_pk"],))["n"]
            touched.add(o["incident_pk"])
            self._execute("DELETE FROM mention_blocks WHERE mention_pk = ?", (o["pk"],))
            fits = False
            if j is not None and size > 1:
                # still compatible with the other reports of its incident under the new dates?
                m = Mention.from_record(recs[j], doc.id, None, mention_id=o["id"], date_inferred=True)
                others = [x for x in self._members([o["incident_pk"]]).get(o["incident_pk"], []) if x.key != o["pk"]]
                fits = all(linker.pair_score(m, x, text_link=True) is not None for x in others)
            if fits:
                rec = recs[j]
                self._execute("UPDATE mentions SET record = ?, date_inferred = 1 WHERE pk = ?",
                              (json.dumps(rec, ensure_ascii=False), o["pk"]))
                self._executemany("INSERT INTO mention_blocks (key, mention_pk) VALUES (?, ?) ON CONFLICT DO NOTHING",
                                  [(key, o["pk"]) for key in linker.block_keys(m)])
            else:
                self._execute("DELETE FROM mentions WHERE pk = ?", (o["pk"],))
                if j is not None:
                    relink.append((o["ord"], o["id"], recs[j]))
        self._refresh(touched)  # drops incidents left without members, so relinked ids come back the same
        used = set(match.values())
        next_ord = max([o["ord"] for o in old], default=-1) + 1
        for j, rec in enumerate(recs):
            if j not in used:
                relink.append((next_ord, f"{doc.id}#{next_ord}", rec))
                next_ord += 1
        if relink:
            relink.sort()
            self._link(doc_pk, doc.id, None, [r for _, _, r in relink], [i for _, i, _ in relink],
                       ords=[k for k, _, _ in relink], date_inferred=True)
        anchors, sources = self._anchors(doc_pk)  # as they stand after the re-read (kept, to skip needless re-reads)
        self._execute("UPDATE documents SET published_basis = ? WHERE pk = ?",
                      (json.dumps({"anchors": anchors, "shares_text_with": sources}, ensure_ascii=False), doc_pk))
        log.info("dated %s as published %s from %s", doc.id, chosen, basis)
        return 1

    def _choose_publication(self, doc: Document, lo: dt.date, old: list[Any], old_recs: list[dict],
                            anchors: dict[str, str], extract: Extract) -> tuple[dt.date, list[dict]]:
        """The publication day in [lo, lo + REDATE_DAYS] under which the document's own dates agree
        best with the dates its linked incidents have from other reports; among equally good days
        the earliest (a copy mostly comes out the day its source does); *lo* when the document's
        dates do not depend on the day."""
        cache: dict[dt.date, list[dict]] = {}

        def read(p: dt.date) -> list[dict]:
            if p not in cache:
                cache[p] = [i.to_dict() for i in extract(replace(doc, published=p))]
            return cache[p]

        days = [lo + dt.timedelta(days=k) for k in range(REDATE_DAYS + 1)]
        if _same_dates(read(days[0]), read(days[len(days) // 2])) and _same_dates(read(days[0]), read(days[-1])):
            return lo, read(lo)
        anchored = [(i, _date(anchors[o["id"]])) for i, o in enumerate(old) if o["id"] in anchors]
        scores = {}
        for p in days:
            recs = read(p)
            match = _match_records(old_recs, recs)
            s = 0.0
            for i, a in anchored:
                j = match.get(i)
                d = _date(recs[j].get("event_date")) if j is not None else None
                if d is None:
                    continue
                gap = abs((d - a).days)
                s += 1.0 if gap == 0 else 0.5 if gap == 1 else -1.0
            scores[p] = s
        top = max(scores.values())
        best = [p for p in days if scores[p] == top]
        # among equally good days the earliest: the latest dated report it follows or copies is the
        # day it can first have been written, and a copy mostly comes out the same day
        p = best[0]
        return p, read(p)

    # --- reading ----------------------------------------------------------------------------------------
    def _where(self, date_from: Any = None, date_to: Any = None, admin1: str | None = None,
               admin2: str | None = None, bbox: Any = None, event_type: str | None = None,
               sub_event_type: str | None = None, actor: str | None = None, outlet: str | None = None,
               q: str | None = None) -> tuple[str, list[Any]]:
        conds, params = ["i.n_sources > 0"], []
        if date_from:
            conds.append("i.event_date >= ?")
            params.append(_iso(date_from))
        if date_to:
            conds.append("i.event_date <= ?")
            params.append(_iso(date_to))
        for col, val in (("admin1", admin1), ("admin2", admin2), ("event_type", event_type),
                         ("sub_event_type", sub_event_type)):
            if val:
                conds.append(f"i.{col} = ?")
                params.append(val)
        if bbox:
            if isinstance(bbox, str):
                bbox = [float(x) for x in bbox.split(",")]
            if len(bbox) != 4:
                raise StoreError("bbox must be min_lon,min_lat,max_lon,max_lat")
            conds.append("i.longitude BETWEEN ? AND ? AND i.latitude BETWEEN ? AND ?")
            params += [float(bbox[0]), float(bbox[2]), float(bbox[1]), float(bbox[3])]
        if actor:
            conds.append("i.actors LIKE ?")
            params.append(f"% {actor} %")
        if outlet:
            conds.append("EXISTS (SELECT 1 FROM mentions m JOIN documents d ON d.pk = m.doc_pk "
                         "WHERE m.incident_pk = i.pk AND d.outlet = ?)")
            params.append(outlet)
        if q:
            f = self._fts_filter(q)
            if f is not None:
                conds.append(f[0])
                params += f[1]
        return " AND ".join(conds), params

    @staticmethod
    def _order(sort: str) -> str:
        desc = sort.startswith("-")
        col = SORTS.get(sort.lstrip("-+"))
        if col is None:
            raise StoreError(f"cannot sort by {sort!r}; use one of {', '.join(sorted(SORTS))} (prefix - for descending)")
        return f"i.{col} {'DESC' if desc else 'ASC'} NULLS LAST, i.pk {'DESC' if desc else 'ASC'}"

    def incidents(self, *, date_from: Any = None, date_to: Any = None, admin1: str | None = None,
                  admin2: str | None = None, bbox: Any = None, event_type: str | None = None,
                  sub_event_type: str | None = None, actor: str | None = None, outlet: str | None = None,
                  q: str | None = None, sort: str = "-event_date", limit: int = 50,
                  offset: int = 0) -> tuple[list[dict], int]:
        """Merged incidents matching the filters (one page of them) and how many match in all."""
        where, params = self._where(date_from, date_to, admin1, admin2, bbox, event_type, sub_event_type, actor,
                                    outlet, q)
        total = self._one(f"SELECT COUNT(*) AS n FROM incidents i WHERE {where}", params)["n"]
        rows = self._all(f"SELECT i.record, i.n_sources FROM incidents i WHERE {where} ORDER BY {self._order(sort)} "
                         f"LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])
        return [{**json.loads(r["record"]), "sources": r["n_sources"]} for r in rows], total

    def iter_incidents(self, sort: str = "event_date", **filters: Any) -> Iterator[dict]:
        """Every matching merged record, in pages (for exports)."""
        where, params = self._where(**filters)
        last = 0
        while True:
            rows = self._all(f"SELECT i.pk, i.record, i.n_sources FROM incidents i WHERE {where} AND i.pk > ? "
                             f"ORDER BY i.pk LIMIT 500", [*params, last])
            if not rows:
                return
            for r in rows:
                yield {**json.loads(r["record"]), "sources": r["n_sources"]}
            last = rows[-1]["pk"]

    def incident(self, incident_id: str) -> dict:
        """One merged incident with its sources (the values each gave, its evidence) and the fields
        where they disagree."""
        row = self._one("SELECT record, sources FROM incidents WHERE id = ? AND n_sources > 0", (incident_id,))
        if row is None:
            row = self._one("SELECT i.record, i.sources FROM incident_aliases a JOIN incidents i ON i.pk = a.incident_pk "
                            "WHERE a.alias_id = ?", (incident_id,))
        if row is None:
            raise NotFoundError(f"no incident {incident_id!r} in this store")
        rec = json.loads(row["record"])
        rec["sources"] = json.loads(row["sources"])
        rec.setdefault("disagreements", {})
        return rec

    def document(self, doc_id: str) -> dict:
        """One document with its incidents, evidence spans and the passages it shares with others."""
        row = self._one("SELECT * FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            row = self._one("SELECT d.* FROM document_aliases a JOIN documents d ON d.pk = a.doc_pk "
                            "WHERE a.alias_id = ?", (doc_id,))
        if row is None:
            raise NotFoundError(f"no document {doc_id!r} in this store")
        ms = self._all("SELECT m.id, m.record, m.date_inferred, i.id AS incident_id FROM mentions m "
                       "JOIN incidents i ON i.pk = m.incident_pk WHERE m.doc_pk = ? ORDER BY m.ord", (row["pk"],))
        spans, incs, mentions = [], [], []
        for m in ms:
            rec = json.loads(m["record"])
            if m["incident_id"] not in incs:
                incs.append(m["incident_id"])
            for e in rec.get("evidence") or []:
                spans.append({**e, "incident_id": m["incident_id"]})
            mentions.append({**rec, "mention_id": m["id"], "incident_id": m["incident_id"],
                             "date_inferred": bool(m["date_inferred"])})
        return {
            "id": row["id"], "title": row["title"], "text": row["text"], "published": row["published"],
            "url_headline": url_headline(row["url"]),
            "published_inferred": row["published_inferred"],
            "published_basis": json.loads(row["published_basis"]) if row["published_basis"] else None,
            "outlet": row["outlet"], "url": row["url"], "status": row["status"], "error": row["error"],
            "aliases": [a["alias_id"] for a in self._all("SELECT alias_id FROM document_aliases WHERE doc_pk = ? "
                                                         "ORDER BY alias_id", (row["pk"],))],
            "incidents": incs, "mentions": mentions, "spans": spans, "reuse": self._reuse_rows(row["pk"]),
        }

    def _reuse_rows(self, doc_pk: int | None) -> list[dict]:
        sql = ("SELECT r.start1, r.end1, r.start2, r.end2, r.similarity, a.pk AS pk1, a.id AS id1, a.published AS pub1, "
               "b.pk AS pk2, b.id AS id2, b.published AS pub2 FROM reuse r JOIN documents a ON a.pk = r.doc1_pk "
               "JOIN documents b ON b.pk = r.doc2_pk")
        rows = self._all(sql + " WHERE r.doc1_pk = ? OR r.doc2_pk = ? ORDER BY r.pk", (doc_pk, doc_pk)) \
            if doc_pk is not None else self._all(sql + " ORDER BY r.pk")
        out = []
        for r in rows:
            d = reuse.direction(_date(r["pub1"]), _date(r["pub2"]))
            this_is_1 = doc_pk is None or r["pk1"] == doc_pk
            if this_is_1:
                this, other = ("id1", "start1", "end1"), ("id2", "start2", "end2")
                direction = {"a->b": "copied_by", "b->a": "copied_from"}.get(d, "unknown")
            else:
                this, other = ("id2", "start2", "end2"), ("id1", "start1", "end1")
                direction = {"a->b": "copied_from", "b->a": "copied_by"}.get(d, "unknown")
            out.append({"doc_id": r[this[0]], "other_doc_id": r[other[0]], "direction": direction,
                        "this_start": r[this[1]], "this_end": r[this[2]], "other_start": r[other[1]],
                        "other_end": r[other[2]], "similarity": r["similarity"]})
        return out

    def reuse(self, doc_id: str | None = None) -> list[dict]:
        """Passages shared between documents (all of them, or those of *doc_id*), each with offsets in
        both documents, similarity and direction from the first document's point of view:
        ``copied_from`` (it is the later copy), ``copied_by`` (it is the source) or ``unknown``."""
        if doc_id is None:
            return self._reuse_rows(None)
        row = self._one("SELECT pk FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            raise NotFoundError(f"no document {doc_id!r} in this store")
        return self._reuse_rows(row["pk"])

    def export(self, fmt: str, out: TextIO, **filters: Any) -> int:
        """Write matching merged incidents to *out* as ``jsonl``, ``acled-csv`` or ``geojson``;
        returns how many."""
        from rasd.export import write

        return write(fmt, self.iter_incidents(**filters), out)

    def stats(self) -> dict[str, int]:
        """Row counts: documents (stored, failed), mentions, incidents, passages."""
        one = lambda sql: self._one(sql)["n"]
        return {"documents": one("SELECT COUNT(*) AS n FROM documents WHERE status = 'ok'"),
                "failed": one("SELECT COUNT(*) AS n FROM documents WHERE status = 'failed'"),
                "aliases": one("SELECT COUNT(*) AS n FROM document_aliases"),
                "mentions": one("SELECT COUNT(*) AS n FROM mentions"),
                "incidents": one("SELECT COUNT(*) AS n FROM incidents WHERE n_sources > 0"),
                "passages": one("SELECT COUNT(*) AS n FROM reuse")}


def _search_text(rec: dict, titles: list[str | None]) -> str:
    loc = rec.get("location") or {}
    parts = [loc.get(k) for k in ("name", "name_ar", "mention", "admin1", "admin2", "admin3", "country")]
    for a in [rec.get("actor1"), rec.get("actor2"), *(rec.get("assoc_actors") or [])]:
        if a:
            parts += [a.get("name"), a.get("name_ar"), a.get("id")]
    parts += [rec.get("event_type"), rec.get("sub_event_type"), rec.get("notes"), *(rec.get("tags") or [])]
    parts += [e.get("text") for e in rec.get("evidence") or []]
    parts += titles
    return "\n".join(p for p in parts if p)


def _evidence_paragraphs(text: str, rec: dict) -> list[str]:
    """The paragraphs of *text* holding the record's evidence: the words around an incident that a
    search should find it by ("بدير الزور" beside the village name)."""
    spans = [(e["start"], e["end"]) for e in rec.get("evidence") or [] if "start" in e and e.get("part", "text") == "text"]
    if not spans or not text:
        return []
    return [text[p.start:p.end] for p in paragraphs(text) if any(s < p.end and e > p.start for s, e in spans)]


def _match_records(old: list[dict], new: list[dict]) -> dict[int, int]:
    """Old mention index → new record index for the same reading of the text (same place and act,
    overlapping evidence), best pairs first."""
    def spans(r: dict) -> set[tuple[int, int]]:
        return {(e["start"], e["end"]) for e in r.get("evidence") or [] if e.get("field") != "event_date"}

    def key(r: dict) -> tuple:
        loc = r.get("location") or {}
        return (loc.get("gazetteer_id") or linker.place_key(loc.get("name_ar")), r.get("sub_event_type"))

    pairs = []
    for i, o in enumerate(old):
        so = spans(o)
        for j, n in enumerate(new):
            sn = spans(n)
            overlap = sum(1 for a in so for b in sn if a[0] < b[1] and b[0] < a[1])
            s = 2 * (key(o) == key(n)) + overlap + (o.get("actor1") == n.get("actor1"))
            if overlap or key(o) == key(n):
                pairs.append((s, -abs(i - j), i, j))
    pairs.sort(reverse=True)
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, i, j in pairs:
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _same_dates(a: list[dict], b: list[dict]) -> bool:
    return [r.get("event_date") for r in a] == [r.get("event_date") for r in b]
