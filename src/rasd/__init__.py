"""rasd (رصد): Arabic conflict reports → structured, geocoded, de-duplicated incident records.

    >>> from rasd import Document, extract
    >>> incidents = extract(Document(id="a", text="...", published=datetime.date(2017, 8, 26)))

See README.md for the command line and ../shared/SCHEMA.md for the incident record.
"""
from __future__ import annotations

import logging

from rasd.errors import ConfigError, DocumentError, GazetteerError, NotFoundError, RasdError, StoreError
from rasd.model import Actor, Count, Document, Evidence, Incident, Location
from rasd.pipeline import analyze, extract

__all__ = [
    "Actor", "ConfigError", "Count", "Document", "DocumentError", "Evidence", "GazetteerError", "Incident",
    "Location", "NotFoundError", "RasdError", "StoreError", "analyze", "extract",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
