package shaktiman.testkit.fake;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shaktiman.core.port.IndexCounts;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;

/** An {@link IndexStore} held in memory, for core's tests; it passes {@code IndexStoreContract}. */
public final class InMemoryIndexStore implements IndexStore {
    /** The schema version the fake claims: the one every fresh store has. */
    public static final int SCHEMA_VERSION = 1;

    /** What the fake keeps of one committed file: its identity and how many rows hang off it. */
    public record StoredFile(
            String path, String language, boolean test, boolean parseError, int chunks, int symbols, int edges) {
        public StoredFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(language, "language");
        }
    }

    private final Map<String, StoredFile> files = new HashMap<>();
    private final Map<String, String> config = new HashMap<>();
    private boolean closed;

    /** An empty, open store. */
    public InMemoryIndexStore() {}

    /** Commits a file, replacing any file with the same path. */
    public synchronized void putFile(StoredFile file) {
        requireOpen();
        files.put(file.path(), file);
    }

    /** Commits one row of the {@code config} table (keys as in IX-37). */
    public synchronized void putConfig(String key, String value) {
        requireOpen();
        config.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    }

    @Override
    public synchronized IndexCounts counts() {
        requireOpen();
        Map<String, Long> byLanguage = new HashMap<>();
        long testFiles = 0;
        long chunks = 0;
        long symbols = 0;
        long edges = 0;
        long parseErrors = 0;
        for (StoredFile file : files.values()) {
            byLanguage.merge(file.language(), 1L, Long::sum);
            testFiles += file.test() ? 1 : 0;
            parseErrors += file.parseError() ? 1 : 0;
            chunks += file.chunks();
            symbols += file.symbols();
            edges += file.edges();
        }
        Map<String, Long> languages = new LinkedHashMap<>();
        List<Map.Entry<String, Long>> ordered = byLanguage.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        ordered.forEach(entry -> languages.put(entry.getKey(), entry.getValue()));
        return new IndexCounts(files.size(), testFiles, chunks, symbols, edges, parseErrors, languages);
    }

    @Override
    public synchronized boolean fullIndexCompleted() {
        requireOpen();
        String completedAt = config.get("full_index_completed_at");
        String current = config.get("index_fingerprint");
        return completedAt != null
                && !completedAt.isEmpty()
                && current != null
                && !current.isEmpty()
                && current.equals(config.get("full_index_fingerprint"));
    }

    @Override
    public synchronized int schemaVersion() {
        requireOpen();
        return SCHEMA_VERSION;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new IndexStoreException(IndexStoreException.Kind.CLOSED, "in-memory index store is closed");
        }
    }
}
