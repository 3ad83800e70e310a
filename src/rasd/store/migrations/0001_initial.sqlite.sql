-- rasd store, version 1 (SQLite). Applied in one transaction and recorded in `migrations`.
-- Dates are ISO-8601 TEXT (they sort as dates); JSON columns are TEXT.

-- Every document handed to the store, stored or failed.
CREATE TABLE documents (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    content_hash TEXT,               -- sha256 of the folded, whitespace-collapsed text
    title TEXT,
    text TEXT,
    published TEXT,                  -- as given (metadata or page)
    published_source TEXT,           -- metadata | page (found in the text itself)
    published_inferred TEXT,         -- for undated documents: read from linked/copied reports
    published_basis TEXT,            -- JSON: why (anchors, copied-from sources)
    outlet TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error TEXT,                      -- why it failed
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_url ON documents (url);
CREATE INDEX documents_hash ON documents (content_hash);
CREATE INDEX documents_outlet ON documents (outlet);

-- Another id (or the same URL / text under another id) for a stored document.
CREATE TABLE document_aliases (
    alias_id TEXT PRIMARY KEY,
    doc_pk INTEGER NOT NULL REFERENCES documents (pk),
    reason TEXT NOT NULL             -- same_url | same_text
);
CREATE INDEX document_aliases_doc ON document_aliases (doc_pk);

-- Merged incidents: one row per real incident. `record` is the SCHEMA.md record.
CREATE TABLE incidents (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    event_date TEXT,
    event_type TEXT,
    sub_event_type TEXT,
    actors TEXT,                     -- ' actor1 actor2 assoc… ' ids, for the actor filter
    iso3 TEXT,
    admin1 TEXT,
    admin2 TEXT,
    latitude REAL,
    longitude REAL,
    fatalities INTEGER,
    n_sources INTEGER NOT NULL,
    record TEXT NOT NULL,
    sources TEXT NOT NULL,           -- JSON: each source with the values it gave
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents (event_date);
CREATE INDEX incidents_admin1 ON incidents (admin1, event_date);
CREATE INDEX incidents_type ON incidents (event_type, sub_event_type);
CREATE INDEX incidents_lat ON incidents (latitude, longitude);

-- Ids of incidents merged into another (a later report bridged them): old links keep working.
CREATE TABLE incident_aliases (
    alias_id TEXT PRIMARY KEY,
    incident_pk INTEGER NOT NULL REFERENCES incidents (pk)
);
CREATE INDEX incident_aliases_incident ON incident_aliases (incident_pk);

-- Per-document incidents (what `extract` returned), each in exactly one merged incident.
CREATE TABLE mentions (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    doc_pk INTEGER NOT NULL REFERENCES documents (pk),
    incident_pk INTEGER NOT NULL REFERENCES incidents (pk),
    ord INTEGER NOT NULL,            -- position in the document's extract output
    date_inferred INTEGER NOT NULL DEFAULT 0,
    link_score REAL,                 -- evidence it joined its incident with (NULL: founded it)
    link_reasons TEXT,               -- JSON list
    linked_via TEXT,                 -- mention id that gave the best evidence
    record TEXT NOT NULL             -- Incident.to_dict()
);
CREATE INDEX mentions_doc ON mentions (doc_pk);
CREATE INDEX mentions_incident ON mentions (incident_pk);

-- Blocking keys (rasd.link.linker.block_keys): day x country, place.
CREATE TABLE mention_blocks (
    key TEXT NOT NULL,
    mention_pk INTEGER NOT NULL REFERENCES mentions (pk),
    PRIMARY KEY (key, mention_pk)
) WITHOUT ROWID;
CREATE INDEX mention_blocks_mention ON mention_blocks (mention_pk);

-- LSH buckets of document chunks (rasd.link.reuse.band_keys).
CREATE TABLE lsh_bands (
    key INTEGER NOT NULL,
    doc_pk INTEGER NOT NULL REFERENCES documents (pk),
    PRIMARY KEY (key, doc_pk)
) WITHOUT ROWID;

-- Passages two documents share. doc1 is the document stored first.
CREATE TABLE reuse (
    pk INTEGER PRIMARY KEY,
    doc1_pk INTEGER NOT NULL REFERENCES documents (pk),
    doc2_pk INTEGER NOT NULL REFERENCES documents (pk),
    start1 INTEGER NOT NULL,
    end1 INTEGER NOT NULL,
    start2 INTEGER NOT NULL,
    end2 INTEGER NOT NULL,
    similarity REAL NOT NULL
);
CREATE INDEX reuse_doc1 ON reuse (doc1_pk);
CREATE INDEX reuse_doc2 ON reuse (doc2_pk);

-- Text search over incidents (rasd.store.search.index_terms); rowid = incidents.pk.
CREATE VIRTUAL TABLE incidents_fts USING fts5 (terms, tokenize = "unicode61 remove_diacritics 0");
