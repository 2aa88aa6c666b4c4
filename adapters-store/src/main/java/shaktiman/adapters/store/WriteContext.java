package shaktiman.adapters.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shaktiman.core.index.resolve.Candidate;
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

    /**
     * The names whose pending rows are resolved again before this transaction commits (IX-32): gathered over all of
     * its files, so that a name defined in many files of one batch is retried once, not once per file.
     */
    final Set<String> retryNames = new LinkedHashSet<>();

    /**
     * The resolver's candidate lists of this transaction, by symbol name (then by the kinds and languages asked for).
     * A common name such as {@code get} is looked up for every reference to it, and re-reading its hundreds of rows
     * each time was most of a cold scan; the writer forgets a name whenever it writes a symbol of that name or changes
     * the file row of one, and forgets everything when a savepoint rolls back.
     */
    private final Map<String, Map<List<Object>, List<Candidate>>> candidatesByName = new HashMap<>();

    WriteContext(Sql sql, String now, boolean changeLog, IdentifierAnalyzer analyzer, ReferenceResolver resolver) {
        this.sql = sql;
        this.now = now;
        this.changeLog = changeLog;
        this.analyzer = analyzer;
        this.resolver = resolver;
    }

    /** The cached candidates for {@code name} asked with {@code question}, or null when not cached. */
    List<Candidate> cachedCandidates(String name, List<Object> question) {
        Map<List<Object>, List<Candidate>> answers = candidatesByName.get(name);
        return answers == null ? null : answers.get(question);
    }

    void cacheCandidates(String name, List<Object> question, List<Candidate> candidates) {
        candidatesByName.computeIfAbsent(name, key -> new HashMap<>()).put(question, List.copyOf(candidates));
    }

    /** Drops the cached candidates of {@code name}: a symbol of that name was written or its file row changed. */
    void forgetCandidates(String name) {
        candidatesByName.remove(name);
    }

    /** Drops every cached candidate list (a savepoint rolled back, so rows they name may be gone). */
    void forgetAllCandidates() {
        candidatesByName.clear();
    }

    /** Without a completion record the index is being built or rebuilt: re-analyse every matched chunk (IX-43). */
    boolean rebuilding() {
        return !changeLog;
    }
}
