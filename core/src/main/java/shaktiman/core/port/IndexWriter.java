package shaktiman.core.port;

import java.util.List;
import java.util.function.BiPredicate;
import shaktiman.core.model.index.IndexBatch;

/**
 * The single write path into an {@link IndexStore} (IX-35, IX-42…IX-49), obtained from {@link IndexStore#writer()}.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>There is one writer per store. Its methods are meant for the single writer thread (and
 *       {@link #appendToolCalls} for the metrics writer): calls are serialised, each one blocks until its transaction
 *       has committed (or rolled back), and readers of the store are never blocked by it and see either the state
 *       before a transaction or the state after it.
 *   <li>Every method is one transaction or, for {@link #apply}, a short series of them; a failure that is not a single
 *       file's (see {@link #apply}) rolls the current transaction back and throws {@link IndexStoreException}
 *       naming the operation and the database.
 *   <li>After the store is closed every method throws {@link IndexStoreException} of kind {@code CLOSED}.
 * </ul>
 */
public interface IndexWriter {
    /** The most files one transaction of {@link #apply} holds (IX-42). */
    int MAX_FILES_PER_TRANSACTION = 256;

    /** The most characters of chunk content one transaction of {@link #apply} holds (IX-42: 16 MiB). */
    long MAX_CONTENT_CHARS_PER_TRANSACTION = 16L * 1024 * 1024;

    /**
     * Applies the jobs in order, in {@code BEGIN IMMEDIATE … COMMIT} transactions of at most
     * {@link #MAX_FILES_PER_TRANSACTION} files and {@link #MAX_CONTENT_CHARS_PER_TRANSACTION} characters of content;
     * the completion record, when the batch carries one, commits with the last of them (IX-41).
     *
     * <ul>
     *   <li>A deletion and an addition of a path not yet stored, with equal content hashes, are one rename (IX-48):
     *       with the language unchanged, the stored rows move to the new path and keep their ids.
     *   <li>Each file's change runs in a savepoint (IX-44): if it fails, the file's previous rows stay intact, the
     *       path is recorded as {@code write_failed} with the error, it is listed in
     *       {@link BatchResult#failures()}, and the rest of the batch commits.
     *   <li>An upsert read before the stored read time of its path, and a deletion observed before it, are discarded
     *       (IX-46); so is a touch of a path the index does not hold.
     *   <li>Chunks keep their ids, embedded flags and vectors when their (content hash, kind, qualified name) match
     *       (IX-43); symbols keep their ids when their (kind, qualified name, ordinal) match, and incoming edges of a
     *       vanished symbol become pending rows (IX-33) that are resolved again against every newly inserted name in
     *       the same transaction (IX-32).
     *   <li>Change records (IX-49) are written only while the completion record exists for the current fingerprint;
     *       without it (a first index or a rebuild), every matched chunk's full-text row is also re-analysed.
     *   <li>If a transaction fails as a whole, the ones before it stay committed; their deleted chunk ids are then
     *       repaired by the startup reconciliation of vectors (IX-55).
     * </ul>
     *
     * @throws IndexStoreException when a transaction cannot commit
     */
    BatchResult apply(IndexBatch batch);

    /**
     * Stores the index fingerprint (IX-40). A value different from the stored one also clears the completion record
     * in the same transaction, so the next full scan is a rebuild in place; an equal value changes nothing.
     */
    void setFingerprint(String fingerprint);

    /** Writes the completion record for {@code fingerprint} on its own, for a full scan whose last batch was empty. */
    void markFullIndexComplete(String fingerprint);

    /** Removes the completion record ({@code reindex}, IX-41): change records stop until the next full scan ends. */
    void clearCompletion();

    /**
     * The IX-38 startup check: when {@code count(chunks)} differs from the full-text table's row count, logs WARN and
     * re-analyses every chunk into the full-text table in one transaction.
     *
     * @return the number of chunks re-analysed, 0 when the counts agreed
     */
    long reanalyseFtsIfInconsistent();

    /**
     * Recomputes {@code is_test} for every stored file with {@code isTest(path, language)} and stores
     * {@code patternsFingerprint} as the test-patterns fingerprint, in one transaction, parsing nothing and leaving
     * {@code indexed_at} unchanged (IX-39).
     *
     * @return the number of files whose flag changed
     */
    int reclassifyTests(String patternsFingerprint, BiPredicate<String, String> isTest);

    /**
     * Deletes the change records older than 30 days by the store's clock (IX-49), with their symbols and chunks.
     *
     * @return the number of records deleted
     */
    int pruneChangeLog();

    /**
     * Appends the tool-call records (MCP-47, MCP-48) in order, in one short transaction of their own; an empty list
     * writes nothing. Unlike the index's own methods it is called by the metrics writer thread, not the index thread:
     * like every call here it waits until the writer's current call has finished, so the one write connection stays
     * used by one thread at a time (IX-35).
     *
     * @throws IndexStoreException when the transaction cannot commit (nothing of it is kept)
     */
    void appendToolCalls(List<ToolCallRecord> records);
}
