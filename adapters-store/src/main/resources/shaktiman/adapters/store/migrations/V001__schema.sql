-- Version 1: the complete index schema of indexing.md IX-37 and IX-38.
-- Ids are INTEGER PRIMARY KEY AUTOINCREMENT so they are never reused (vector ids are chunk ids).
-- Times are TEXT, ISO-8601 UTC with milliseconds.

CREATE TABLE config (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE files (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    path          TEXT    NOT NULL UNIQUE,
    language      TEXT    NOT NULL,
    package       TEXT,
    size          INTEGER NOT NULL,
    mtime_ms      INTEGER NOT NULL,
    read_ms       INTEGER NOT NULL,
    content_hash  TEXT    NOT NULL,
    line_count    INTEGER NOT NULL,
    indexed_at    TEXT    NOT NULL,
    parse_quality TEXT    NOT NULL CHECK (parse_quality IN ('full', 'partial', 'error')),
    parse_error   TEXT,
    is_test       INTEGER NOT NULL CHECK (is_test IN (0, 1))
);
CREATE INDEX idx_files_language ON files (language);
CREATE INDEX idx_files_is_test ON files (is_test);

CREATE TABLE chunks (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id         INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    parent_chunk_id INTEGER REFERENCES chunks (id) ON DELETE SET NULL,
    part_group      INTEGER,
    chunk_index     INTEGER NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('function', 'method', 'class', 'interface', 'type',
                                                     'namespace', 'variable', 'constant', 'header', 'block')),
    is_summary      INTEGER NOT NULL DEFAULT 0,
    symbol_name     TEXT,
    qualified_name  TEXT,
    signature       TEXT,
    start_line      INTEGER NOT NULL,
    end_line        INTEGER NOT NULL,
    content         TEXT    NOT NULL,
    content_hash    TEXT    NOT NULL,
    token_count     INTEGER NOT NULL,
    embedded        INTEGER NOT NULL DEFAULT 0 CHECK (embedded IN (0, 1)),
    embed_attempts  INTEGER NOT NULL DEFAULT 0,
    embed_error     TEXT,
    next_embed_at   TEXT,
    CHECK (start_line >= 1 AND end_line >= start_line)
);
CREATE INDEX idx_chunks_file_chunk_index ON chunks (file_id, chunk_index);
CREATE INDEX idx_chunks_embedded_id ON chunks (embedded, id);
CREATE INDEX idx_chunks_part_group ON chunks (part_group);
CREATE INDEX idx_chunks_symbol_name ON chunks (symbol_name);

CREATE TABLE symbols (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id        INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    chunk_id       INTEGER NOT NULL REFERENCES chunks (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    qualified_name TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('function', 'method', 'class', 'interface', 'type',
                                                    'variable', 'constant', 'namespace', 'file')),
    start_line     INTEGER NOT NULL,
    end_line       INTEGER NOT NULL,
    signature      TEXT,
    visibility     TEXT CHECK (visibility IN ('public', 'private', 'internal', 'exported')),
    is_exported    INTEGER NOT NULL DEFAULT 0,
    body_hash      TEXT    NOT NULL
);
CREATE INDEX idx_symbols_name ON symbols (name);
CREATE INDEX idx_symbols_qualified_name ON symbols (qualified_name);
CREATE INDEX idx_symbols_file_id ON symbols (file_id);
CREATE INDEX idx_symbols_chunk_id ON symbols (chunk_id);
CREATE INDEX idx_symbols_kind ON symbols (kind);

CREATE TABLE edges (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    src_symbol_id INTEGER NOT NULL REFERENCES symbols (id) ON DELETE CASCADE,
    dst_symbol_id INTEGER NOT NULL REFERENCES symbols (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('imports', 'calls', 'inherits', 'implements', 'type_ref')),
    file_id       INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    line          INTEGER NOT NULL,
    text          TEXT    NOT NULL,
    UNIQUE (src_symbol_id, dst_symbol_id, kind)
);
CREATE INDEX idx_edges_dst_symbol_id ON edges (dst_symbol_id);
CREATE INDEX idx_edges_file_id ON edges (file_id);
CREATE INDEX idx_edges_kind ON edges (kind);

CREATE TABLE pending_edges (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    src_symbol_id      INTEGER NOT NULL REFERENCES symbols (id) ON DELETE CASCADE,
    file_id            INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
    dst_name           TEXT    NOT NULL,
    text               TEXT    NOT NULL,
    dst_qualified_name TEXT    NOT NULL DEFAULT '',
    kind               TEXT    NOT NULL CHECK (kind IN ('imports', 'calls', 'inherits', 'implements', 'type_ref')),
    family             TEXT    NOT NULL,
    line               INTEGER NOT NULL,
    reason             TEXT    NOT NULL CHECK (reason IN ('not_found', 'ambiguous', 'external')),
    created_at         TEXT    NOT NULL
);
CREATE INDEX idx_pending_edges_dst_name ON pending_edges (dst_name);
CREATE INDEX idx_pending_edges_src_symbol_id ON pending_edges (src_symbol_id);
CREATE INDEX idx_pending_edges_file_id ON pending_edges (file_id);

CREATE TABLE skipped_files (
    path    TEXT PRIMARY KEY,
    reason  TEXT NOT NULL CHECK (reason IN ('too_large', 'binary', 'unreadable', 'outside_root',
                                            'duplicate_link', 'write_failed')),
    size    INTEGER,
    detail  TEXT,
    seen_at TEXT NOT NULL
);
CREATE INDEX idx_skipped_files_reason ON skipped_files (reason);

-- No foreign key to files: change records outlive the file (MCP-36).
CREATE TABLE diff_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    path          TEXT    NOT NULL,
    old_path      TEXT,
    change_type   TEXT    NOT NULL CHECK (change_type IN ('add', 'modify', 'delete', 'rename')),
    lines_added   INTEGER NOT NULL DEFAULT 0,
    lines_removed INTEGER NOT NULL DEFAULT 0,
    hash_before   TEXT,
    hash_after    TEXT,
    applied_at    TEXT    NOT NULL
);
CREATE INDEX idx_diff_log_applied_at ON diff_log (applied_at);
CREATE INDEX idx_diff_log_path_applied_at ON diff_log (path, applied_at);

CREATE TABLE diff_symbols (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    diff_id        INTEGER NOT NULL REFERENCES diff_log (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,
    qualified_name TEXT    NOT NULL,
    kind           TEXT    NOT NULL,
    change         TEXT    NOT NULL CHECK (change IN ('added', 'removed', 'modified', 'signature_changed'))
);
CREATE INDEX idx_diff_symbols_diff_id ON diff_symbols (diff_id);

-- chunk_id has no foreign key: chunk ids are never reused, and the record outlives the chunk.
CREATE TABLE diff_chunks (
    diff_id  INTEGER NOT NULL REFERENCES diff_log (id) ON DELETE CASCADE,
    chunk_id INTEGER NOT NULL,
    PRIMARY KEY (diff_id, chunk_id)
);
CREATE INDEX idx_diff_chunks_chunk_id ON diff_chunks (chunk_id);

CREATE TABLE tool_calls (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    daemon_session  TEXT    NOT NULL,
    connection      TEXT    NOT NULL,
    tool            TEXT    NOT NULL,
    args            TEXT,
    started_at      TEXT    NOT NULL,
    duration_ms     REAL    NOT NULL,
    result_count    INTEGER NOT NULL,
    response_bytes  INTEGER NOT NULL,
    response_tokens INTEGER NOT NULL,
    outcome         TEXT    NOT NULL CHECK (outcome IN ('ok', 'error', 'cancelled'))
);
CREATE INDEX idx_tool_calls_tool_started_at ON tool_calls (tool, started_at);
CREATE INDEX idx_tool_calls_daemon_session ON tool_calls (daemon_session);

-- IX-38: contentless FTS5 (rowid = chunk id); the writer stores analyzer terms joined by spaces, which 'ascii'
-- leaves unchanged. contentless_delete=1 needs SQLite >= 3.43.
CREATE VIRTUAL TABLE chunks_fts USING fts5 (
    symbol, path, content, doc,
    content = '',
    contentless_delete = 1,
    tokenize = 'ascii'
);

-- Document frequency per term, for MCP-41.
CREATE VIRTUAL TABLE chunks_fts_vocab USING fts5vocab (chunks_fts, 'row');

-- Safety net for cascades: the writer deletes FTS rows itself, in the same transaction as their chunks.
CREATE TRIGGER chunks_fts_after_delete AFTER DELETE ON chunks
BEGIN
    DELETE FROM chunks_fts WHERE rowid = old.id;
END;
