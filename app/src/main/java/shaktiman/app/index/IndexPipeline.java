package shaktiman.app.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import shaktiman.adapters.parse.TreeSitterParser;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.app.config.Config;
import shaktiman.app.config.TestHooks;
import shaktiman.core.index.FileIndexer;
import shaktiman.core.index.TestFileClassifier;
import shaktiman.core.index.chunk.ChunkLimits;
import shaktiman.core.index.discovery.DiscoveryConfig;
import shaktiman.core.index.discovery.Indexability;
import shaktiman.core.index.discovery.LanguageDetector;
import shaktiman.core.index.lang.LanguageTable;
import shaktiman.core.index.live.IndexEvents;
import shaktiman.core.index.live.LiveIndex;
import shaktiman.core.index.scan.FileProcessor;
import shaktiman.core.index.scan.FullScan;
import shaktiman.core.index.scan.IndexFingerprint;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.Watcher;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * The one way to assemble the indexer from the configuration: the tree-sitter parser, the token counter, the IX-1
 * predicate, the per-file processor and the IX-40 fingerprint. {@code shaktiman index} builds a {@link FullScan} from
 * it and the leader a {@link LiveIndex}, so both index a project identically. Owns the parser's native resources; the
 * store stays with its own owner.
 */
public final class IndexPipeline implements AutoCloseable {
    private final TreeSitterParser parser;
    private final Indexability indexability;
    private final FileProcessor processor;
    private final String fingerprint;
    private final int workers;
    private final TestHooks hooks;
    private final TestFileClassifier tests;
    private final String testPatternsFingerprint;

    private IndexPipeline(Path root, Config config, TestHooks hooks, TreeSitterParser parser) {
        Config.Index index = config.index();
        LanguageTable table = LanguageTable.builtIn();
        this.parser = parser;
        this.hooks = Objects.requireNonNull(hooks, "hooks");
        this.workers = index.workers();
        this.fingerprint = new IndexFingerprint(
                        IndexFingerprint.CHUNKER_VERSION,
                        parser.grammarVersions(),
                        index.maxChunkTokens(),
                        index.minChunkTokens(),
                        IdentifierAnalyzer.VERSION,
                        LanguageDetector.TABLE_VERSION + "/" + table.version(),
                        index.plainText(),
                        index.extensions())
                .value();
        FileIndexer indexer = new FileIndexer(
                parser,
                new JtokkitTokenCounter(),
                new ChunkLimits(index.maxChunkTokens(), index.minChunkTokens()),
                table,
                FileIndexer.DEFAULT_PARSE_TIMEOUT);
        this.tests = new TestFileClassifier(config.test().patterns());
        this.testPatternsFingerprint = sha256(String.join("\n", config.test().patterns()));
        this.processor = indexer.processor(tests);
        this.indexability = new Indexability(
                root, new DiscoveryConfig(index.maxFileBytes(), index.plainText(), index.extensions()));
    }

    /**
     * Builds the pipeline for the project {@code root} with {@code config}; {@code hooks} may carry
     * {@code scanBatchDelayMs}.
     */
    public static IndexPipeline open(Path root, Config config, TestHooks hooks) {
        TreeSitterParser parser = new TreeSitterParser();
        try {
            return new IndexPipeline(root, config, hooks, parser);
        } catch (RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /** The IX-1 predicate for the root. */
    public Indexability indexability() {
        return indexability;
    }

    /** The current index fingerprint (IX-40). */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * IX-39: when {@code test.patterns} differs from the patterns {@code store} was classified with, recomputes every
     * stored file's {@code is_test} in one transaction, parsing nothing. Runs at each start, before the scan.
     *
     * @return the number of files whose flag changed
     */
    public int reclassifyTests(IndexStore store) {
        if (store.testPatternsFingerprint().orElse("").equals(testPatternsFingerprint)) {
            return 0;
        }
        return store.writer().reclassifyTests(testPatternsFingerprint, (path, language) -> tests.test(path));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("SHA-256 is always available", e);
        }
    }

    /** A full scan into {@code store} (the CLI's {@code index}). */
    public FullScan fullScan(IndexStore store) {
        return new FullScan(indexability, store, processor, workers, fingerprint, System::currentTimeMillis);
    }

    /**
     * The leader's live index over {@code store}, fed by {@code watcher} (empty when {@code watcher.enabled = false});
     * not yet started.
     */
    public LiveIndex liveIndex(IndexStore store, Optional<Watcher> watcher, IndexEvents events) {
        return new LiveIndex(new LiveIndex.Setup(
                store,
                indexability,
                processor,
                workers,
                fingerprint,
                System::currentTimeMillis,
                watcher,
                events,
                sleep(hooks.scanBatchDelayMs().orElse(0)),
                sleep(hooks.indexDelayMs().orElse(0)),
                LiveIndex.FAILED_WATCHER_RESCAN));
    }

    /**
     * A test hook's sleep: {@code scanBatchDelayMs} (indexing.md §11) before each scan batch commits, {@code
     * indexDelayMs} (MCP §6) before each watcher batch.
     */
    private static Runnable sleep(long millis) {
        if (millis == 0) {
            return () -> {};
        }
        Duration delay = Duration.ofMillis(millis);
        return () -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                // The hook only slows a test's scan; an interrupt means shutdown, which the scan notices itself.
                Thread.currentThread().interrupt();
            }
        };
    }

    @Override
    public void close() {
        parser.close();
    }
}
