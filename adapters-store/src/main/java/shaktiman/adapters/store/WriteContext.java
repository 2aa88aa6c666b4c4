package shaktiman.adapters.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shaktiman.core.index.resolve.ReferenceResolver;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * What every file change of one write transaction shares: the writer connection, the transaction's timestamp, and
 * whether change records are written (only under the completion record, IX-41), which also decides that full-text
 * rows of matched chunks are re-analysed only when their symbols changed (IX-43).
 */
final class WriteContext {
    final Sql sql;
    final String now;
    final boolean changeLog;
    final IdentifierAnalyzer analyzer;
    final ReferenceResolver resolver;
    final List<Long> deletedChunkIds = new ArrayList<>();

    /**
     * Whether a path is an indexed file, as module resolution found it in this transaction; the writer updates it as it
     * adds and removes files, and clears it when a file's savepoint rolls back.
     */
    final Map<String, Boolean> knownPaths = new HashMap<>();

    WriteContext(Sql sql, String now, boolean changeLog, IdentifierAnalyzer analyzer, ReferenceResolver resolver) {
        this.sql = sql;
        this.now = now;
        this.changeLog = changeLog;
        this.analyzer = analyzer;
        this.resolver = resolver;
    }

    /** Without a completion record the index is being built or rebuilt: re-analyse every matched chunk (IX-43). */
    boolean rebuilding() {
        return !changeLog;
    }
}
