"""The exceptions rasd raises.

    RasdError
    ├── DocumentError          one document can't be read (bad encoding, binary, malformed JSON,
    │                          empty, too large); batch runs log it and go on
    ├── ConfigError            a settings file or option is wrong
    ├── GazetteerError         the gazetteer file is missing or corrupt, or a user place file is bad
    └── StoreError             the database can't be opened or written
        └── NotFoundError      no such incident / document in the store

Every message says what went wrong and, where it can, what to do about it.
"""
from __future__ import annotations


class RasdError(Exception):
    """Base class of every error rasd raises on purpose."""


class DocumentError(RasdError):
    """A document that can't be read. ``doc_id`` names it (a file name, a JSONL line)."""

    def __init__(self, doc_id: str, reason: str) -> None:
        super().__init__(f"{doc_id}: {reason}")
        self.doc_id = doc_id
        self.reason = reason


class ConfigError(RasdError):
    pass


class GazetteerError(RasdError):
    pass


class StoreError(RasdError):
    pass


class NotFoundError(StoreError):
    pass
