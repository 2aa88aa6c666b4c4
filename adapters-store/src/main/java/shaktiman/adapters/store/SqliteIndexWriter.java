package shaktiman.adapters.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import shaktiman.core.index.resolve.ReferenceResolver;
import shaktiman.core.index.write.LineDelta;
import shaktiman.core.index.write.WriteStep;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.IndexWriter;
import shaktiman.core.port.ToolCallRecord;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * Implements {@link IndexWriter} on the store's single writer connection: one {@code BEGIN IMMEDIATE} transaction per
 * batch (cut at the IX-42 limits) and one savepoint per file (IX-44).
 */
final class SqliteIndexWriter implements IndexWriter {
    private static final System.Logger LOG = System.getLogger(SqliteIndexWriter.class.getName());
    private static final Duration CHANGE_LOG_RETENTION = Duration.ofDays(30);
    private static final String SAVEPOINT = "file_write";

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Sql sql) throws SQLException;
    }

    /** What a step did, for the batch's counts. */
    private enum Effect {
        WRITTEN,
        DELETED,
        RENAMED,
        TOUCHED,
        SKIPPED,
        STALE,
        NONE
    }

    private final SqliteIndexStore store;
    private final Connection connection;
    private final Sql sql; // the writer's cached statements, used only under this object's monitor
    private final Path dbFile;
    private final Clock clock;
    private final Optional<String> writeFailPath;
    private final IdentifierAnalyzer analyzer = new IdentifierAnalyzer();
    private final ReferenceResolver resolver;
    private final StoreConfig config;
    /** Committed transactions so far; readers of derived figures cache them per value (see SqliteIndexStore#counts). */
    private final AtomicLong commits = new AtomicLong();
    /**
     * A seqlock over the commits that may change the full-text index or the chunk count: odd while one is in flight,
     * moved by 2 by each (even one that fails), so a reader that saw the same even value before and after a read knows
     * that what it read of them is of that state. Tool-call records, change-log pruning and the embedding queue's marks
     * (a few chunk columns no reader caches) leave it, so that MCP-48's batches, one a second under load, do not drop
     * the reader's caches.
     */
    private final AtomicLong sequence = new AtomicLong();

    SqliteIndexWriter(
            SqliteIndexStore store,
            Connection connection,
            Path dbFile,
            Clock clock,
            Optional<String> writeFailPath,
            ReferenceResolver resolver) {
        this.store = store;
        this.connection = connection;
        this.sql = new Sql(connection);
        this.dbFile = dbFile;
        this.clock = clock;
        this.writeFailPath = writeFailPath;
        this.resolver = resolver;
        this.config = new StoreConfig();
    }

    @Override
    public synchronized BatchResult apply(IndexBatch batch) {
        return store.whileOpen(() -> applyOpen(batch));
    }

    @Override
    public synchronized void setFingerprint(String fingerprint) {
        store.whileOpen(() -> inTransaction("store the fingerprint of", c -> {
            if (!config.get(c, StoreConfig.INDEX_FINGERPRINT).orElse("").equals(fingerprint)) {
                config.put(c, StoreConfig.INDEX_FINGERPRINT, fingerprint);
                config.clearCompletion(c);
            }
            return null;
        }));
    }

    @Override
    public synchronized void markFullIndexComplete(String fingerprint) {
        store.whileOpen(() -> inTransaction("write the completion record of", c -> {
            config.writeCompletion(c, fingerprint, now());
            return null;
        }));
    }

    @Override
    public synchronized void clearCompletion() {
        store.whileOpen(() -> inTransaction("clear the completion record of", c -> {
            config.clearCompletion(c);
            return null;
        }));
    }

    @Override
    public synchronized long reanalyseFtsIfInconsistent() {
        return store.whileOpen(() -> inTransaction("re-analyse the full-text rows of", c -> {
            long chunks = c.query("SELECT count(*) FROM chunks", row -> row.getLong(1))
                    .getFirst();
            long rows = c.query("SELECT count(*) FROM chunks_fts_docsize", row -> row.getLong(1))
                    .getFirst();
            if (chunks == rows) {
                return 0L;
            }
            LOG.log(
                    Level.WARNING,
                    "full-text index of {0} holds {1} rows for {2} chunks; re-analysing every chunk",
                    dbFile,
                    rows,
                    chunks);
            return FtsRebuild.run(c, analyzer);
        }));
    }

    @Override
    public synchronized int reclassifyTests(String patternsFingerprint, BiPredicate<String, String> isTest) {
        return store.whileOpen(() -> inTransaction("reclassify test files of", c -> {
            record Row(long id, String path, String language, boolean test) {}
            List<Row> files = c.query(
                    "SELECT id, path, language, is_test FROM files",
                    row -> new Row(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4) == 1));
            int changed = 0;
            for (Row file : files) {
                boolean test = isTest.test(file.path(), file.language());
                if (test != file.test()) {
                    c.update("UPDATE files SET is_test = ? WHERE id = ?", test, file.id());
                    changed++;
                }
            }
            config.put(c, StoreConfig.TEST_PATTERNS_FINGERPRINT, patternsFingerprint);
            return changed;
        }));
    }

    @Override
    public synchronized int pruneChangeLog() {
        return store.whileOpen(() -> inTransaction(
                "prune the change log of",
                c -> c.update(
                        "DELETE FROM diff_log WHERE applied_at < ?",
                        Timestamps.format(clock.instant().minus(CHANGE_LOG_RETENTION))),
                false));
    }

    @Override
    public synchronized void appendToolCalls(List<ToolCallRecord> records) {
        List<ToolCallRecord> copy = List.copyOf(records);
        store.whileOpen(() -> {
            if (!copy.isEmpty()) {
                inTransaction(
                        "append " + copy.size() + " tool-call records to",
                        c -> {
                            ToolCallRows.append(c, copy);
                            return null;
                        },
                        false);
            }
            return null;
        });
    }

    /** Runs one transaction of the embedding queue (IX-53's mark jobs) on this writer, serialised with batches. */
    synchronized <T> T embeddingTransaction(String operation, Work<T> work) {
        return store.whileOpen(() -> inTransaction(operation, work, false));
    }

    /**
     * Closes the cached statements; the store calls it under its lifecycle write lock, when no writer call is inside
     * {@code whileOpen}. Not synchronized: a writer call waiting for that lock holds this monitor.
     */
    void close() throws SQLException {
        sql.close();
    }

    private BatchResult applyOpen(IndexBatch batch) {
        List<WriteStep> steps = WriteStep.plan(batch.jobs(), this::storedHash);
        List<List<WriteStep>> transactions =
                WriteStep.transactions(steps, MAX_FILES_PER_TRANSACTION, MAX_CONTENT_CHARS_PER_TRANSACTION);
        if (transactions.isEmpty() && batch.completesFullIndex().isPresent()) {
            transactions = List.of(List.of());
        }
        Tally tally = new Tally();
        for (int i = 0; i < transactions.size(); i++) {
            List<WriteStep> group = transactions.get(i);
            boolean last = i == transactions.size() - 1;
            List<Long> deleted = inTransaction("apply a batch to", c -> {
                WriteContext context = new WriteContext(c, now(), config.changeLogOn(c), analyzer, resolver);
                for (WriteStep step : group) {
                    runStep(context, step, tally);
                }
                retryPending(context);
                if (last && batch.completesFullIndex().isPresent()) {
                    config.writeCompletion(c, batch.completesFullIndex().get(), context.now);
                }
                return context.deletedChunkIds;
            });
            tally.deletedChunkIds.addAll(deleted);
            tally.transactions++;
        }
        LOG.log(Level.DEBUG, "writer committed {0} steps in {1} transactions", steps.size(), tally.transactions);
        return tally.result();
    }

    private void runStep(WriteContext context, WriteStep step, Tally tally) throws SQLException {
        int deletedBefore = context.deletedChunkIds.size();
        context.sql.execute("SAVEPOINT " + SAVEPOINT);
        try {
            Effect effect = execute(context, step);
            failIfHooked(step);
            context.sql.execute("RELEASE " + SAVEPOINT);
            tally.count(effect);
        } catch (SQLException | RuntimeException e) {
            context.sql.execute("ROLLBACK TO " + SAVEPOINT);
            context.sql.execute("RELEASE " + SAVEPOINT);
            context.deletedChunkIds
                    .subList(deletedBefore, context.deletedChunkIds.size())
                    .clear();
            context.knownPaths.clear();
            context.forgetAllCandidates();
            String path = step.paths().getFirst();
            String message = "cannot write " + path + " to index at " + dbFile + ": " + e.getMessage();
            // Recovered: the file's previous rows are intact, it is recorded write_failed, and it is retried at the
            // next
            // event or start (IX-44); the caller sees it in BatchResult.failures.
            LOG.log(Level.WARNING, message, e);
            context.sql.update(
                    "INSERT OR REPLACE INTO skipped_files (path, reason, size, detail, seen_at)"
                            + " VALUES (?, 'write_failed', ?, ?, ?)",
                    path,
                    sizeOf(step),
                    message,
                    context.now);
            tally.failures.add(new BatchResult.FileFailure(path, message));
        }
    }

    /**
     * Resolves again, once per transaction, the pending rows named by what its files inserted or removed (IX-32). If
     * that fails, the rows stay pending (a consistent state: they are retried with the next insert of their name) and
     * the files' own changes still commit.
     */
    private void retryPending(WriteContext context) throws SQLException {
        if (context.retryNames.isEmpty()) {
            return;
        }
        context.sql.execute("SAVEPOINT retry_pending");
        try {
            ReferenceRows.retryPending(context, context.retryNames);
            context.sql.execute("RELEASE retry_pending");
        } catch (SQLException | RuntimeException e) {
            context.sql.execute("ROLLBACK TO retry_pending");
            context.sql.execute("RELEASE retry_pending");
            LOG.log(Level.WARNING, "cannot resolve pending references again in " + dbFile + ": " + e, e);
        }
    }

    private Effect execute(WriteContext context, WriteStep step) throws SQLException {
        return switch (step) {
            case WriteStep.Rename rename -> rename(context, rename);
            case WriteStep.Single(IndexJob job) ->
                switch (job) {
                    case IndexJob.Upsert upsert -> upsert(context, upsert);
                    case IndexJob.Delete delete -> delete(context, delete);
                    case IndexJob.TouchMtime touch -> touch(context, touch);
                    case IndexJob.Skip skip -> skip(context, skip);
                };
        };
    }

    private Effect upsert(WriteContext context, IndexJob.Upsert upsert) throws SQLException {
        Optional<StoredFileRow> existing = StoredFileRow.find(context.sql, upsert.path());
        if (existing.isPresent()
                && existing.get().readMs() > upsert.file().meta().readMs()) {
            return Effect.STALE;
        }
        FileUpsert.Outcome outcome = FileUpsert.write(context, upsert.file(), existing, false);
        if (context.changeLog) {
            Optional<ChangeLogRows.Record> record = FileUpsert.changeRecord(upsert.file(), existing, outcome);
            if (record.isPresent()) {
                ChangeLogRows.write(context, record.get());
            }
        }
        return Effect.WRITTEN;
    }

    private Effect delete(WriteContext context, IndexJob.Delete delete) throws SQLException {
        Optional<StoredFileRow> existing = StoredFileRow.find(context.sql, delete.path());
        if (existing.isEmpty()) {
            // A file that disappears takes its skip record with it (IX-9).
            context.sql.update("DELETE FROM skipped_files WHERE path = ?", delete.path());
            return Effect.NONE;
        }
        if (existing.get().readMs() > delete.observedMs()) {
            return Effect.STALE;
        }
        ChangeLogRows.Record record = FileRemoval.remove(context, existing.get());
        if (context.changeLog && delete.cause() == DeleteCause.VANISHED) {
            ChangeLogRows.write(context, record);
        }
        return Effect.DELETED;
    }

    private Effect rename(WriteContext context, WriteStep.Rename rename) throws SQLException {
        Optional<StoredFileRow> old =
                StoredFileRow.find(context.sql, rename.from().path());
        if (old.isEmpty() || old.get().readMs() > rename.from().observedMs()) {
            // The old side is gone or newer than the deletion: no rename, only the addition stands.
            return upsert(context, rename.to());
        }
        StoredFileRow from = old.get();
        if (from.language().equals(rename.to().file().meta().language())) {
            FileUpsert.write(context, rename.to().file(), old, true);
            context.sql.update("DELETE FROM skipped_files WHERE path = ?", from.path());
        } else {
            FileRemoval.remove(context, from);
            FileUpsert.write(context, rename.to().file(), Optional.empty(), false);
        }
        if (context.changeLog) {
            ChangeLogRows.write(
                    context,
                    new ChangeLogRows.Record(
                            "rename",
                            rename.to().path(),
                            from.path(),
                            new LineDelta(0, 0),
                            from.contentHash(),
                            rename.to().file().meta().contentHash(),
                            List.of(),
                            List.of()));
        }
        return Effect.RENAMED;
    }

    private static Effect touch(WriteContext context, IndexJob.TouchMtime touch) throws SQLException {
        int updated = context.sql.update(
                "UPDATE files SET mtime_ms = ?, read_ms = ? WHERE path = ? AND read_ms <= ?",
                touch.mtimeMs(),
                touch.readMs(),
                touch.path(),
                touch.readMs());
        return updated == 0 ? Effect.STALE : Effect.TOUCHED;
    }

    private static Effect skip(WriteContext context, IndexJob.Skip skip) throws SQLException {
        context.sql.update(
                "INSERT OR REPLACE INTO skipped_files (path, reason, size, detail, seen_at) VALUES (?, ?, ?, ?, ?)",
                skip.path(),
                skip.reason().wireName(),
                skip.size(),
                skip.detail(),
                context.now);
        return Effect.SKIPPED;
    }

    /** The {@code writeFailPath} test hook (MCP §6, T-45): the write of that path fails inside its savepoint. */
    private void failIfHooked(WriteStep step) throws SQLException {
        if (writeFailPath.isEmpty()) {
            return;
        }
        boolean skipJob = step instanceof WriteStep.Single(IndexJob job) && job instanceof IndexJob.Skip;
        if (!skipJob && step.paths().contains(writeFailPath.get())) {
            throw new SQLException("test hook writeFailPath fails the write of " + writeFailPath.get());
        }
    }

    private static Long sizeOf(WriteStep step) {
        return switch (step) {
            case WriteStep.Rename rename -> rename.to().file().meta().size();
            case WriteStep.Single(IndexJob.Upsert upsert) ->
                upsert.file().meta().size();
            case WriteStep.Single other -> null;
        };
    }

    private Optional<String> storedHash(String path) {
        try {
            return sql.query("SELECT content_hash FROM files WHERE path = ?", row -> row.getString(1), path).stream()
                    .findFirst();
        } catch (SQLException e) {
            throw SqliteErrors.translate("read the stored hash of " + path + " in", dbFile, e);
        }
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    /** How many transactions this writer has committed; the only way the database changes while it is open. */
    long commits() {
        return commits.get();
    }

    /**
     * The commit sequence: even while no commit is in flight, and unchanged between two reads only when neither the
     * full-text index nor the chunks' number changed between them (data derived from them at one even value holds until
     * the value moves).
     */
    long sequence() {
        return sequence.get();
    }

    private <T> T inTransaction(String operation, Work<T> work) {
        return inTransaction(operation, work, true);
    }

    /** @param indexing whether the work may change the full-text index or the chunk count ({@link #sequence}) */
    private <T> T inTransaction(String operation, Work<T> work, boolean indexing) {
        try {
            // The writer's transactions are IMMEDIATE: leaving auto-commit takes the write lock at once.
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw SqliteErrors.translate(operation, dbFile, e);
        }
        try {
            T result = work.run(sql);
            if (indexing) {
                sequence.incrementAndGet();
            }
            try {
                connection.commit();
            } finally {
                if (indexing) {
                    sequence.incrementAndGet();
                }
            }
            commits.incrementAndGet();
            return result;
        } catch (SQLException e) {
            throw SqliteErrors.translate(operation, dbFile, rollback(e));
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "cannot return the writer of " + dbFile + " to auto-commit", e);
            }
        }
    }

    private <E extends Exception> E rollback(E failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    /** Counts across the transactions of one batch. */
    private static final class Tally {
        final List<Long> deletedChunkIds = new ArrayList<>();
        final List<BatchResult.FileFailure> failures = new ArrayList<>();
        final int[] effects = new int[Effect.values().length];
        int transactions;

        void count(Effect effect) {
            effects[effect.ordinal()]++;
        }

        BatchResult result() {
            List<Long> ids = new ArrayList<>(deletedChunkIds);
            ids.sort(null);
            return new BatchResult(
                    ids,
                    effects[Effect.WRITTEN.ordinal()],
                    effects[Effect.DELETED.ordinal()],
                    effects[Effect.RENAMED.ordinal()],
                    effects[Effect.TOUCHED.ordinal()],
                    effects[Effect.SKIPPED.ordinal()],
                    effects[Effect.STALE.ordinal()],
                    transactions,
                    failures);
        }
    }
}
