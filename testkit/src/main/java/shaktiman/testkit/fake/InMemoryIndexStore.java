package shaktiman.testkit.fake;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import shaktiman.core.index.write.ChunkLines;
import shaktiman.core.index.write.IdentityKeys;
import shaktiman.core.index.write.LineDelta;
import shaktiman.core.index.write.MultisetMatch;
import shaktiman.core.index.write.SymbolChange;
import shaktiman.core.index.write.WriteStep;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.ChangeRecord;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.port.FileStamp;
import shaktiman.core.port.IndexCounts;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexStatistics;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.IndexWriter;
import shaktiman.core.port.ToolCallRecord;
import shaktiman.core.port.ToolCallSample;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * An {@link IndexStore} held in memory, for core's tests; it passes {@code IndexStoreContract}.
 *
 * <p>It keeps chunk and symbol identity (IX-43, IX-33), the stale guard, renames, the completion record, test
 * classification and the change log (IX-49, timestamped by the injected clock). Its {@link #reader()} derives the
 * full-text rows and resolves every reference (IX-30) against the current index when read, so its edges and pending
 * rows are those of a fresh resolution; {@link #counts()} and {@link #statistics()} still count no edges for written
 * files.
 */
public final class InMemoryIndexStore implements IndexStore {
    /** The schema version the fake claims: the one every fresh store has. */
    public static final int SCHEMA_VERSION = 1;

    /** What the fake keeps of one seeded file: its identity and how many rows hang off it. */
    public record StoredFile(
            String path, String language, boolean test, boolean parseError, int chunks, int symbols, int edges) {
        public StoredFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(language, "language");
        }
    }

    /** A written file: its metadata and the ids of its chunks and symbols by position. */
    private record Written(ParsedFile file, FileMeta meta, List<Long> chunkIds, List<Long> symbolIds) {}

    private final Map<String, StoredFile> seeded = new HashMap<>();
    private final Map<String, Written> files = new HashMap<>();
    private final Map<String, String> skipped = new HashMap<>();
    private final Map<String, String> config = new HashMap<>();
    private final Optional<String> writeFailPath;
    private final IndexWriter writer = new Writer();
    private final Clock clock;
    private final IdentifierAnalyzer analyzer = new IdentifierAnalyzer();
    private final List<InMemoryReadModel.StoredChange> changeLog = new ArrayList<>();
    private final List<ToolCallRecord> toolCalls = new ArrayList<>();
    private final IndexReader reader = new InMemoryIndexReader(this::readModel);
    private final EmbeddingQueue embeddingQueue = new InMemoryEmbeddingQueue(this, this::requireOpen, this::liveChunks);
    private long nextChunkId = 1;
    private long nextSymbolId = 1;
    private long nextChangeId = 1;
    private long version;
    private long modelVersion = -1;
    private InMemoryReadModel model;
    private boolean closed;

    /** An empty, open store. */
    public InMemoryIndexStore() {
        this(Optional.empty());
    }

    /** An empty store whose writer fails the write of {@code writeFailPath} (the T-45 test hook). */
    public InMemoryIndexStore(Optional<String> writeFailPath) {
        this(writeFailPath, Clock.systemUTC());
    }

    /** An empty store whose change records are timestamped by {@code clock}. */
    public InMemoryIndexStore(Clock clock) {
        this(Optional.empty(), clock);
    }

    /** An empty store with the T-45 hook and a clock for its change records. */
    public InMemoryIndexStore(Optional<String> writeFailPath, Clock clock) {
        this.writeFailPath = Objects.requireNonNull(writeFailPath, "writeFailPath");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The read model of the committed state, rebuilt after each write. */
    private synchronized InMemoryReadModel readModel() {
        requireOpen();
        if (modelVersion != version) {
            List<InMemoryReadModel.FileRows> rows = new ArrayList<>();
            files.values()
                    .forEach(w ->
                            rows.add(new InMemoryReadModel.FileRows(w.file(), w.meta(), w.chunkIds(), w.symbolIds())));
            model = InMemoryReadModel.build(rows, changeLog, analyzer);
            modelVersion = version;
        }
        return model;
    }

    /** Commits a seeded file, replacing any seeded file with the same path. */
    public synchronized void putFile(StoredFile file) {
        requireOpen();
        seeded.put(file.path(), file);
    }

    /** Commits one row of the {@code config} table (keys as in IX-37). */
    public synchronized void putConfig(String key, String value) {
        requireOpen();
        config.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    }

    /** The {@code skipped_files} reason of {@code path}, if it has a row. */
    public synchronized Optional<String> skipReason(String path) {
        return Optional.ofNullable(skipped.get(path));
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
        for (StoredFile file : seeded.values()) {
            byLanguage.merge(file.language(), 1L, Long::sum);
            testFiles += file.test() ? 1 : 0;
            parseErrors += file.parseError() ? 1 : 0;
            chunks += file.chunks();
            symbols += file.symbols();
            edges += file.edges();
        }
        for (Written file : files.values()) {
            byLanguage.merge(file.meta().language(), 1L, Long::sum);
            testFiles += file.meta().isTest() ? 1 : 0;
            parseErrors += file.meta().parseQuality() == shaktiman.core.model.index.ParseQuality.ERROR ? 1 : 0;
            chunks += file.chunkIds().size();
            symbols += file.file().symbols().stream()
                    .filter(s -> s.kind() != SymKind.FILE)
                    .count();
        }
        Map<String, Long> languages = new LinkedHashMap<>();
        byLanguage.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> languages.put(entry.getKey(), entry.getValue()));
        return new IndexCounts(seeded.size() + files.size(), testFiles, chunks, symbols, edges, parseErrors, languages);
    }

    /**
     * The fake's statistics: seeded edges count as {@code calls} (as the SQLite seed writes them), written files have
     * no edges or pending rows (the fake resolves nothing), and it writes no change records or embeddings.
     */
    @Override
    public synchronized IndexStatistics statistics() {
        requireOpen();
        Map<String, Long> chunksByLanguage = new HashMap<>();
        long edges = 0;
        long partial = 0;
        long errors = 0;
        for (StoredFile file : seeded.values()) {
            if (file.chunks() > 0) {
                chunksByLanguage.merge(file.language(), (long) file.chunks(), Long::sum);
            }
            edges += file.edges();
            errors += file.parseError() ? 1 : 0;
        }
        for (Written file : files.values()) {
            if (!file.chunkIds().isEmpty()) {
                chunksByLanguage.merge(
                        file.meta().language(), (long) file.chunkIds().size(), Long::sum);
            }
            partial += file.meta().parseQuality() == shaktiman.core.model.index.ParseQuality.PARTIAL ? 1 : 0;
            errors += file.meta().parseQuality() == shaktiman.core.model.index.ParseQuality.ERROR ? 1 : 0;
        }
        Map<String, Long> skippedByReason = new TreeMap<>();
        skipped.values().forEach(reason -> skippedByReason.merge(reason, 1L, Long::sum));
        return new IndexStatistics(
                counts(),
                partial,
                errors,
                byCountThenName(chunksByLanguage),
                edges == 0 ? Map.of() : Map.of("calls", edges),
                Map.of(),
                skippedByReason,
                0,
                0,
                fingerprint(),
                configValue("full_index_completed_at"),
                configValue("full_index_fingerprint"));
    }

    private Optional<String> configValue(String key) {
        return Optional.ofNullable(config.get(key)).filter(v -> !v.isEmpty());
    }

    private static Map<String, Long> byCountThenName(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
        return ordered;
    }

    @Override
    public synchronized boolean fullIndexCompleted() {
        requireOpen();
        String completedAt = config.getOrDefault("full_index_completed_at", "");
        String current = config.getOrDefault("index_fingerprint", "");
        return !completedAt.isEmpty() && !current.isEmpty() && current.equals(config.get("full_index_fingerprint"));
    }

    @Override
    public synchronized int schemaVersion() {
        requireOpen();
        return SCHEMA_VERSION;
    }

    @Override
    public synchronized Map<String, FileStamp> storedFiles() {
        requireOpen();
        Map<String, FileStamp> stamps = new TreeMap<>();
        for (Written file : files.values()) {
            FileMeta meta = file.meta();
            stamps.put(
                    meta.path(),
                    new FileStamp(meta.path(), meta.size(), meta.mtimeMs(), meta.readMs(), meta.contentHash()));
        }
        return java.util.Collections.unmodifiableMap(stamps);
    }

    @Override
    public synchronized Set<String> skippedPaths() {
        requireOpen();
        return java.util.Collections.unmodifiableSet(new TreeSet<>(skipped.keySet()));
    }

    @Override
    public synchronized Optional<String> fingerprint() {
        requireOpen();
        return Optional.ofNullable(config.get("index_fingerprint")).filter(v -> !v.isEmpty());
    }

    @Override
    public synchronized Optional<String> testPatternsFingerprint() {
        requireOpen();
        return Optional.ofNullable(config.get("test_patterns_fingerprint")).filter(v -> !v.isEmpty());
    }

    @Override
    public synchronized IndexReader reader() {
        requireOpen();
        return reader;
    }

    @Override
    public EmbeddingQueue embeddingQueue() {
        return embeddingQueue;
    }

    /** Every written chunk's content by id, for the embedding queue; called under this store's monitor. */
    private SortedMap<Long, String> liveChunks() {
        SortedMap<Long, String> chunks = new TreeMap<>();
        for (Written file : files.values()) {
            for (int i = 0; i < file.chunkIds().size(); i++) {
                chunks.put(file.chunkIds().get(i), file.file().chunks().get(i).content());
            }
        }
        return chunks;
    }

    @Override
    public synchronized IndexWriter writer() {
        requireOpen();
        return writer;
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

    @Override
    public synchronized List<ToolCallSample> toolCallsSince(Instant since) {
        requireOpen();
        return toolCalls.stream()
                .filter(call -> !call.startedAt().truncatedTo(ChronoUnit.MILLIS).isBefore(since))
                .sorted(Comparator.comparing(ToolCallRecord::startedAt))
                .map(call -> new ToolCallSample(
                        call.tool(),
                        call.startedAt().truncatedTo(ChronoUnit.MILLIS),
                        call.durationMs(),
                        call.outcome(),
                        call.responseTokens()))
                .toList();
    }

    /** The tool-call records appended so far (MCP-47), oldest first. */
    public synchronized List<ToolCallRecord> toolCalls() {
        return List.copyOf(toolCalls);
    }

    /** The fake's writer: every batch is one "transaction" per 256 files, applied under the store's monitor. */
    private final class Writer implements IndexWriter {
        @Override
        public void appendToolCalls(List<ToolCallRecord> records) {
            List<ToolCallRecord> copy = List.copyOf(records);
            synchronized (InMemoryIndexStore.this) {
                requireOpen();
                toolCalls.addAll(copy);
            }
        }

        @Override
        public BatchResult apply(IndexBatch batch) {
            synchronized (InMemoryIndexStore.this) {
                requireOpen();
                List<WriteStep> steps = WriteStep.plan(
                        batch.jobs(),
                        path -> Optional.ofNullable(files.get(path))
                                .map(w -> w.meta().contentHash()));
                List<List<WriteStep>> transactions =
                        WriteStep.transactions(steps, MAX_FILES_PER_TRANSACTION, MAX_CONTENT_CHARS_PER_TRANSACTION);
                version++;
                ChangeLog log =
                        new ChangeLog(fullIndexCompleted(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
                List<Long> deleted = new ArrayList<>();
                List<BatchResult.FileFailure> failures = new ArrayList<>();
                int[] counts = new int[6]; // written, deleted, renamed, touched, skipped, stale
                for (WriteStep step : steps) {
                    if (writeFailPath.isPresent()
                            && step.paths().contains(writeFailPath.get())
                            && !(step instanceof WriteStep.Single single && single.job() instanceof IndexJob.Skip)) {
                        String message = "test hook writeFailPath fails the write of " + writeFailPath.get();
                        skipped.put(step.paths().getFirst(), "write_failed");
                        failures.add(new BatchResult.FileFailure(step.paths().getFirst(), message));
                        continue;
                    }
                    apply(step, deleted, counts, log);
                }
                batch.completesFullIndex().ifPresent(fingerprint -> {
                    config.put(
                            "full_index_completed_at", java.time.Instant.now().toString());
                    config.put("full_index_fingerprint", fingerprint);
                });
                deleted.sort(null);
                return new BatchResult(
                        deleted,
                        counts[0],
                        counts[1],
                        counts[2],
                        counts[3],
                        counts[4],
                        counts[5],
                        Math.max(transactions.size(), batch.completesFullIndex().isPresent() ? 1 : 0),
                        failures);
            }
        }

        private void apply(WriteStep step, List<Long> deleted, int[] counts, ChangeLog log) {
            switch (step) {
                case WriteStep.Rename rename -> {
                    Written old = files.get(rename.from().path());
                    if (old.meta().readMs() > rename.from().observedMs()) {
                        counts[5]++;
                        apply(new WriteStep.Single(rename.to()), deleted, counts, log);
                        return;
                    }
                    files.remove(rename.from().path());
                    skipped.remove(rename.from().path());
                    if (old.meta().language().equals(rename.to().file().meta().language())) {
                        files.put(rename.to().path(), rewrite(old, rename.to().file(), deleted));
                    } else {
                        deleted.addAll(old.chunkIds());
                        files.put(rename.to().path(), rewrite(null, rename.to().file(), deleted));
                    }
                    log.rename(rename.to().path(), rename.from().path());
                    counts[2]++;
                }
                case WriteStep.Single(IndexJob.Upsert upsert) -> {
                    Written old = files.get(upsert.path());
                    if (old != null
                            && old.meta().readMs() > upsert.file().meta().readMs()) {
                        counts[5]++;
                        return;
                    }
                    Written now = rewrite(old, upsert.file(), deleted);
                    files.put(upsert.path(), now);
                    log.upsert(old, now);
                    skipped.remove(upsert.path());
                    counts[0]++;
                }
                case WriteStep.Single(IndexJob.Delete delete) -> {
                    Written old = files.get(delete.path());
                    if (old == null) {
                        skipped.remove(delete.path());
                    } else if (old.meta().readMs() > delete.observedMs()) {
                        counts[5]++;
                    } else {
                        files.remove(delete.path());
                        skipped.remove(delete.path());
                        deleted.addAll(old.chunkIds());
                        if (delete.cause() == DeleteCause.VANISHED) {
                            log.delete(old);
                        }
                        counts[1]++;
                    }
                }
                case WriteStep.Single(IndexJob.TouchMtime touch) -> {
                    Written old = files.get(touch.path());
                    if (old == null || old.meta().readMs() > touch.readMs()) {
                        counts[5]++;
                    } else {
                        FileMeta m = old.meta();
                        files.put(
                                touch.path(),
                                new Written(
                                        old.file(),
                                        new FileMeta(
                                                m.path(),
                                                m.language(),
                                                m.packageName(),
                                                m.size(),
                                                touch.mtimeMs(),
                                                touch.readMs(),
                                                m.contentHash(),
                                                m.lineCount(),
                                                m.parseQuality(),
                                                m.parseError(),
                                                m.isTest()),
                                        old.chunkIds(),
                                        old.symbolIds()));
                        counts[3]++;
                    }
                }
                case WriteStep.Single(IndexJob.Skip skip) -> {
                    skipped.put(skip.path(), skip.reason().wireName());
                    counts[4]++;
                }
            }
        }

        /** Writes {@code file} over {@code old} (or as new), keeping matched chunk and symbol ids. */
        private Written rewrite(Written old, ParsedFile file, List<Long> deleted) {
            List<IdentityKeys.ChunkKey> oldChunkKeys = old == null
                    ? List.of()
                    : old.file().chunks().stream()
                            .map(c -> IdentityKeys.chunk(c.contentHash(), c.kind(), c.qualifiedName()))
                            .toList();
            int[] chunkPartners = MultisetMatch.match(
                    oldChunkKeys,
                    file.chunks().stream()
                            .map(c -> IdentityKeys.chunk(c.contentHash(), c.kind(), c.qualifiedName()))
                            .toList());
            List<Long> chunkIds = new ArrayList<>();
            for (int partner : chunkPartners) {
                chunkIds.add(
                        partner == MultisetMatch.UNMATCHED
                                ? nextChunkId++
                                : old.chunkIds().get(partner));
            }
            boolean[] used = MultisetMatch.usedOld(oldChunkKeys.size(), chunkPartners);
            for (int i = 0; i < used.length; i++) {
                if (!used[i]) {
                    deleted.add(old.chunkIds().get(i));
                }
            }
            List<IdentityKeys.SymbolKey> oldSymbolKeys = old == null
                    ? List.of()
                    : old.file().symbols().stream()
                            .map(s -> IdentityKeys.symbol(s.kind(), s.qualifiedName()))
                            .toList();
            int[] symbolPartners = MultisetMatch.match(
                    oldSymbolKeys,
                    file.symbols().stream()
                            .map(s -> IdentityKeys.symbol(s.kind(), s.qualifiedName()))
                            .toList());
            List<Long> symbolIds = new ArrayList<>();
            for (int partner : symbolPartners) {
                symbolIds.add(
                        partner == MultisetMatch.UNMATCHED
                                ? nextSymbolId++
                                : old.symbolIds().get(partner));
            }
            return new Written(file, file.meta(), chunkIds, symbolIds);
        }

        @Override
        public void setFingerprint(String fingerprint) {
            synchronized (InMemoryIndexStore.this) {
                requireOpen();
                if (!fingerprint.equals(config.get("index_fingerprint"))) {
                    config.put("index_fingerprint", fingerprint);
                    clearCompletionLocked();
                }
            }
        }

        @Override
        public void markFullIndexComplete(String fingerprint) {
            synchronized (InMemoryIndexStore.this) {
                requireOpen();
                config.put("full_index_completed_at", java.time.Instant.now().toString());
                config.put("full_index_fingerprint", fingerprint);
            }
        }

        @Override
        public void clearCompletion() {
            synchronized (InMemoryIndexStore.this) {
                requireOpen();
                clearCompletionLocked();
            }
        }

        private void clearCompletionLocked() {
            config.remove("full_index_completed_at");
            config.remove("full_index_fingerprint");
        }

        @Override
        public long reanalyseFtsIfInconsistent() {
            synchronized (InMemoryIndexStore.this) {
                requireOpen();
                return 0; // the fake has no full-text table, so it is never inconsistent
            }
        }

        @Override
        public int reclassifyTests(String patternsFingerprint, BiPredicate<String, String> isTest) {
            synchronized (InMemoryIndexStore.this) {
                requireOpen();
                version++;
                int changed = 0;
                for (Map.Entry<String, Written> entry : files.entrySet()) {
                    Written file = entry.getValue();
                    FileMeta m = file.meta();
                    boolean test = isTest.test(m.path(), m.language());
                    if (test != m.isTest()) {
                        entry.setValue(new Written(
                                file.file(),
                                new FileMeta(
                                        m.path(),
                                        m.language(),
                                        m.packageName(),
                                        m.size(),
                                        m.mtimeMs(),
                                        m.readMs(),
                                        m.contentHash(),
                                        m.lineCount(),
                                        m.parseQuality(),
                                        m.parseError(),
                                        test),
                                file.chunkIds(),
                                file.symbolIds()));
                        changed++;
                    }
                }
                config.put("test_patterns_fingerprint", patternsFingerprint);
                return changed;
            }
        }

        @Override
        public int pruneChangeLog() {
            synchronized (InMemoryIndexStore.this) {
                requireOpen();
                Instant cutoff = clock.instant().minus(CHANGE_LOG_DAYS, ChronoUnit.DAYS);
                int before = changeLog.size();
                changeLog.removeIf(change -> change.record().appliedAt().isBefore(cutoff));
                version++;
                return before - changeLog.size();
            }
        }
    }

    /** IX-49's retention of change records. */
    private static final int CHANGE_LOG_DAYS = 30;

    /** The change records of one batch (IX-49), written only while a completion record exists (IX-41). */
    private final class ChangeLog {
        private final boolean on;
        private final Instant now;

        ChangeLog(boolean on, Instant now) {
            this.on = on;
            this.now = now;
        }

        void upsert(Written old, Written now) {
            if (!on) {
                return;
            }
            ParsedFile file = now.file();
            if (old == null) {
                write(
                        ChangeRecord.Type.ADD,
                        file.path(),
                        "",
                        new LineDelta(ownLines(file).size(), 0),
                        SymbolChange.all(facts(file), SymbolChange.Change.ADDED),
                        now.chunkIds());
            } else if (!old.meta().contentHash().equals(file.meta().contentHash())) {
                List<Long> inserted = new ArrayList<>(now.chunkIds());
                inserted.removeAll(old.chunkIds());
                write(
                        ChangeRecord.Type.MODIFY,
                        file.path(),
                        "",
                        LineDelta.between(ownLines(old.file()), ownLines(file)),
                        SymbolChange.between(facts(old.file()), facts(file)),
                        inserted);
            }
        }

        void delete(Written old) {
            if (on) {
                write(
                        ChangeRecord.Type.DELETE,
                        old.file().path(),
                        "",
                        new LineDelta(0, ownLines(old.file()).size()),
                        SymbolChange.all(facts(old.file()), SymbolChange.Change.REMOVED),
                        List.of());
            }
        }

        void rename(String path, String oldPath) {
            if (on) {
                write(ChangeRecord.Type.RENAME, path, oldPath, new LineDelta(0, 0), List.of(), List.of());
            }
        }

        private void write(
                ChangeRecord.Type type,
                String path,
                String oldPath,
                LineDelta lines,
                List<SymbolChange> symbols,
                List<Long> chunkIds) {
            ChangeRecord record = new ChangeRecord(
                    nextChangeId++,
                    path,
                    oldPath,
                    type,
                    lines.added(),
                    lines.removed(),
                    now,
                    symbols.stream()
                            .map(s -> new ChangeRecord.ChangedSymbol(
                                    s.name(),
                                    s.qualifiedName(),
                                    s.kind(),
                                    s.change().wireName()))
                            .toList());
            changeLog.add(new InMemoryReadModel.StoredChange(record, Set.copyOf(chunkIds)));
        }

        private static List<String> ownLines(ParsedFile file) {
            return ChunkLines.nonBlankOwnLines(file.chunks().stream()
                    .map(c -> new ChunkLines(c.startLine(), c.endLine(), c.isSummary(), c.parentIndex(), c.content()))
                    .toList());
        }

        private static List<SymbolChange.Facts> facts(ParsedFile file) {
            return file.symbols().stream()
                    .map(s ->
                            new SymbolChange.Facts(s.name(), s.qualifiedName(), s.kind(), s.signature(), s.bodyHash()))
                    .toList();
        }
    }
}
