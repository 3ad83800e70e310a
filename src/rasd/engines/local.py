"""Run the per-document function over a stream of documents in this process or a small pool.

Engines only move data: every one of them calls :func:`rasd.pipeline.extract` unchanged.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from rasd.errors import DocumentError
from rasd.model import Document, Incident

log = logging.getLogger(__name__)

# Documents handed to a worker at a time: large enough to amortize pickling, small enough to
# keep the output streaming.
CHUNK = 16


def _extract_one(doc: Document) -> list[Incident] | DocumentError:
    from rasd.pipeline import extract

    try:
        return extract(doc)
    except RecursionError:
        return DocumentError(doc.id, "text too deeply nested to analyse")
    except Exception as exc:  # the batch boundary: one document's failure is reported, not fatal
        # A bug of ours must not stop a batch: log it with the document's id and go on.
        log.exception("extraction failed for %s", doc.id)
        return DocumentError(doc.id, f"internal error during extraction ({type(exc).__name__}: {exc})")


def extract_all(docs: Iterable[Document | DocumentError], jobs: int = 1) -> Iterator[list[Incident] | DocumentError]:
    """For each input, in order: its incidents, or the DocumentError that kept it from being read."""
    if jobs <= 1:
        for d in docs:
            yield d if isinstance(d, DocumentError) else _extract_one(d)
        return
    import multiprocessing as mp

    from rasd.geo.gazetteer import default_gazetteer

    default_gazetteer()  # load before forking so workers share the pages
    ctx = mp.get_context("fork")
    with ctx.Pool(jobs) as pool:
        pending: list[Document | DocumentError] = []

        def flush() -> Iterator[list[Incident] | DocumentError]:
            good = [d for d in pending if isinstance(d, Document)]
            results = iter(pool.map(_extract_one, good, chunksize=CHUNK))
            for d in pending:
                yield d if isinstance(d, DocumentError) else next(results)
            pending.clear()

        for d in docs:
            pending.append(d)
            if len(pending) >= CHUNK * jobs * 4:
                yield from flush()
        yield from flush()
